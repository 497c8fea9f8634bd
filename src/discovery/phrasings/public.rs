//! Phrasings of utilities, telecom, vehicles, government and home services.

/// (what a user says, catalogue words for what serves it)
pub const CONCEPTS: &[super::Concept] = &[
    // ---- annual_inspection ----
    // annual_inspection__check_due
    (
        &[
            "年检+哪天",
            "该年检了",
            "要不要+年检",
            "六年免检",
            "6年免检",
            "when+inspection+car",
        ],
        &["年检到期查询", "年审", "免检"],
    ),
    // annual_inspection__find_stations
    (
        &[
            "哪儿+年检",
            "附近+年检",
            "检车+哪里",
            "年检+去哪",
            "where+inspect+car",
        ],
        &["检测站查询", "检测站"],
    ),
    // annual_inspection__list_bookings
    (
        &[
            "年检+约的",
            "检车+约的",
            "年检+约了",
            "年检+约在",
            "my+inspection+booking",
        ],
        &["我的年检预约"],
    ),
    // annual_inspection__reschedule
    (
        &[
            "年检+改时间",
            "年检+换个时间",
            "年检+改天",
            "年检+改期",
            "检车+改时间",
            "检车+改天",
            "检车+换个时间",
            "inspection+reschedule",
            "reschedule+inspection",
        ],
        &["改约年检", "改约"],
    ),
    // annual_inspection__cancel_booking
    (
        &[
            "年检+不去了",
            "检车+不去了",
            "年检+取消",
            "检车+取消",
            "取消+检车",
            "cancel+inspection",
        ],
        &["取消年检预约"],
    ),
    // annual_inspection__apply_exempt_sticker
    (
        &[
            "免检标志",
            "年检标志",
            "免检+申领",
            "不用+上线检",
            "不用+去检测站",
            "不用+上检测线",
            "inspection sticker",
            "exemption+sticker",
            "windscreen+sticker",
        ],
        &["申领免检标志", "免检标志", "电子检验标志"],
    ),
    // ---- broadband ----
    // broadband__renew
    (
        &[
            "宽带+包年",
            "宽带+续一年",
            "宽带+续几个月",
            "网费+包年",
            "宽带+快到期",
        ],
        &["宽带续费", "续费"],
    ),
    // broadband__report_fault
    (
        &[
            "光猫+红灯",
            "路由器+红灯",
            "宽带+坏了",
            "家里+断网",
            "宽带+连不上",
            "modem+red light",
            "router+red light",
            "broadband+down",
        ],
        &["宽带故障报修", "宽带报障"],
    ),
    // broadband__report_fault, broadband__upgrade_speed
    (
        &["internet+slow", "slow+internet", "slow+broadband"],
        &["宽带", "提速", "报障"],
    ),
    // broadband__upgrade_speed
    (
        &[
            "升级+宽带",
            "宽带+提速",
            "网速+升级",
            "宽带+加速",
            "faster+internet",
        ],
        &["宽带提速", "提速"],
    ),
    // broadband__relocate
    (
        &[
            "宽带+带走",
            "宽带+新地址",
            "internet+new address",
            "transfer+broadband",
        ],
        &["宽带移机", "移机"],
    ),
    // broadband__cancel_service
    (
        &[
            "宽带+退掉",
            "拆宽带",
            "宽带+销户",
            "退还+光猫",
            "close+broadband",
            "terminate+broadband",
            "cancel+internet+service",
        ],
        &["宽带销户", "拆机", "销户"],
    ),
    // ---- cable_tv ----
    // cable_tv__query_fee
    (
        &[
            "电视费+多少",
            "收视费+多少",
            "有线+欠费",
            "电视费+交到",
            "机顶盒+欠费",
            "有线+到期",
            "有线电视+到期",
            "cable+due",
            "cable tv+fee",
        ],
        &["查询收视费", "收视费"],
    ),
    // cable_tv__payment_history
    (
        &[
            "电视费+记录",
            "收视费+记录",
            "电视费+交过",
            "电视费+交了没",
            "有线+缴费记录",
            "cable+payment+history",
        ],
        &["收视费缴费记录"],
    ),
    // cable_tv__order_package
    (
        &[
            "加个+频道",
            "多订+频道",
            "开通+频道",
            "看球+电视",
            "电视+看球",
            "movie channel",
            "add+channel",
            "premium+channel",
        ],
        &["订购节目套餐", "增值节目包"],
    ),
    // cable_tv__report_fault
    (
        &[
            "电视+无信号",
            "有线+没信号",
            "机顶盒+开不了",
            "机顶盒+死机",
            "画面+定格",
            "电视+马赛克",
            "cable+no signal",
        ],
        &["有线电视报修", "无信号", "机顶盒故障"],
    ),
    // ---- telecom (cmcc telecom unicom) ----
    // cmcc__query_balance, telecom__query_balance, unicom__query_balance
    (
        &[
            "还有多少话费",
            "话费+够不够",
            "手机+欠费了吗",
            "手机+还有钱",
            "phone+balance",
            "credit+left",
            "phone+credit+left",
        ],
        &["查询话费余额", "话费余额"],
    ),
    // cmcc__query_usage, telecom__query_usage, unicom__query_usage
    (
        &[
            "流量+还剩",
            "流量+剩多少",
            "流量+还有多少",
            "流量+够不够",
            "剩余流量",
            "how much data",
        ],
        &["查询套餐余量", "剩余流量"],
    ),
    // cmcc__change_plan, telecom__change_plan, unicom__change_plan
    (
        &[
            "降套餐",
            "升套餐",
            "便宜+套餐",
            "套餐+用不完",
            "cheaper+phone plan",
            "cheaper+mobile plan",
            "switch+phone plan",
            "change+mobile plan",
        ],
        &["变更套餐", "套餐变更"],
    ),
    // cmcc__unsubscribe_service
    (
        &[
            "取消+彩铃",
            "视频会员+话费",
            "会员+扣话费",
            "包月+扣话费",
            "ringtone+cancel",
            "cancel+ringtone",
            "value-added+service",
        ],
        &["退订增值业务", "增值业务"],
    ),
    // telecom__set_auto_topup
    (
        &[
            "话费+自动充",
            "自动+充话费",
            "话费+低于",
            "话费+少于",
            "不想+停机",
            "免得+停机",
            "automatic+top up",
            "phone+auto+top",
        ],
        &["开通话费自动充值", "自动充值"],
    ),
    // telecom__cancel_auto_topup
    (
        &[
            "自动充值+取消",
            "自动充值+关掉",
            "自动充值+关闭",
            "自动充+不要",
            "关掉+自动充",
            "stop+auto top up",
            "cancel+auto top up",
            "turn off+auto top",
        ],
        &["取消自动充值"],
    ),
    // unicom__cancel_data_pack
    (
        &[
            "流量包+自动续",
            "流量包+关掉",
            "流量包+关闭",
            "stop+data pack",
        ],
        &["退订流量包", "流量包退订"],
    ),
    // ---- etc ----
    // etc__query_balance
    (
        &[
            "etc+余额",
            "etc+还有多少",
            "etc+还剩",
            "etc卡+多少钱",
            "etc balance",
            "balance+etc",
        ],
        &["查询ETC余额", "储值卡余额"],
    ),
    // etc__trip_records
    (
        &[
            "etc+扣费",
            "高速费+多扣",
            "过路费+记录",
            "高速+通行记录",
            "etc+记录",
            "etc+明细",
            "过路费+多少",
            "高速费+多少",
            "toll+records",
            "toll+history",
            "highway+charged",
        ],
        &["ETC通行记录", "通行记录"],
    ),
    // etc__toll_invoice
    (
        &["通行费+发票", "etc+发票", "etc+报销", "toll+expense"],
        &["开具通行费发票", "通行费电子发票"],
    ),
    // etc__report_lost
    (
        &[
            "etc+找不到",
            "etc+不见",
            "etc+挂失",
            "etc+stolen",
            "etc tag+missing",
        ],
        &["ETC挂失", "挂失"],
    ),
    // etc__cancel_etc
    (
        &["卖车+etc", "车卖了+etc", "换车+etc", "etc+sell+car"],
        &["注销ETC"],
    ),
    // ---- ev_charging ----
    // ev_charging__find_stations
    (
        &[
            "附近+充电桩",
            "附近+充电站",
            "哪里+充电桩",
            "哪有+充电桩",
            "哪里+能充电",
            "快充桩",
            "慢充桩",
            "新能源+没电",
            "电车+快没电",
            "电动汽车+充电",
            "charger+near",
            "ev+charge+near",
            "where+charge+car",
        ],
        &["查找充电站", "充电站", "充电桩"],
    ),
    // ev_charging__stop_charging
    (&["结束+充电", "end+charging", "unplug+car"], &["结束充电"]),
    // ev_charging__book_charger
    (
        &[
            "充电桩+预约",
            "预约+充电",
            "占个+充电桩",
            "留个+充电桩",
            "book+charger",
        ],
        &["预约充电桩", "预约充电"],
    ),
    // ev_charging__start_charging
    (&["冲电桩", "充电庄"], &["充电桩", "扫码充电"]),
    // ---- fuel ----
    // fuel__fuel_prices
    (
        &[
            "汽油+多少钱一升",
            "柴油+多少钱",
            "92号+多少",
            "95号+多少",
            "98号+多少",
            "油价+什么时候调",
            "petrol price",
            "diesel price",
            "price+petrol",
        ],
        &["今日油价", "油价", "调价窗口"],
    ),
    // fuel__pay_at_pump
    (
        &[
            "几号枪",
            "号枪",
            "加油+不下车",
            "加油+不排队",
            "加油+免排队",
            "pump+number",
            "pay+at pump",
        ],
        &["加油付款", "油枪号", "一键加油"],
    ),
    // fuel__topup_fuel_card
    (
        &[
            "中石化+充值",
            "中石油+充值",
            "圈存",
            "加油卡+余额不足",
            "sinopec+card",
            "petrochina+card",
            "fuel card+top",
        ],
        &["加油卡充值", "加油卡", "圈存"],
    ),
    // ---- gas ----
    // gas_crgas__query_bill, gas_towngas__query_bill
    (
        &[
            "燃气费+多少",
            "煤气费+多少",
            "煤气+欠费",
            "燃气+账单",
            "燃气+帐单",
            "煤气+账单",
            "燃气费+该交",
            "gas bill+how much",
            "gas+owe",
        ],
        &["燃气费", "查询燃气"],
    ),
    // gas_crgas__pay_bill, gas_towngas__pay_bill
    (
        &[
            "交燃气",
            "缴燃气",
            "交煤气",
            "缴煤气",
            "pay+gas bill",
            "gas bill+pay",
        ],
        &["缴纳燃气费", "燃气费"],
    ),
    // gas_crgas__pay_bill
    (
        &[
            "物联网表",
            "燃气+充值",
            "煤气+充值",
            "智能燃气表",
            "smart+gas meter",
            "gas+top up",
        ],
        &["缴纳燃气费", "物联网表"],
    ),
    // gas_crgas__payment_history, gas_towngas__payment_history
    (
        &[
            "燃气费+记录",
            "燃气+交过",
            "燃气+交了没",
            "煤气费+交了没",
            "燃气费+交上",
            "燃气+缴费记录",
            "gas+payment history",
            "gas+paid+already",
        ],
        &["缴费记录", "Gas payment history"],
    ),
    // gas_crgas__submit_reading
    (
        &["燃气+读数", "燃气表+度数", "燃气+自报", "gas+reading"],
        &["自报燃气读数", "自报读数"],
    ),
    // gas_crgas__submit_reading, water_sz__submit_reading
    (
        &[
            "抄表+没来",
            "没人+抄表",
            "抄表员",
            "自己+抄表",
            "估抄",
            "meter reader",
        ],
        &["自报读数"],
    ),
    // gas_crgas__set_autopay
    (
        &[
            "燃气+自动扣",
            "燃气+自动交",
            "燃气+带扣",
            "煤气+自动扣",
            "煤气+自动交",
            "煤气+代扣",
            "gas+direct debit",
            "gas+automatic",
        ],
        &["开通燃气自动缴费", "代扣"],
    ),
    // gas_crgas__cancel_autopay
    (
        &[
            "燃气+代扣+取消",
            "燃气+自动+取消",
            "燃气+不要+自动",
            "燃气+解约",
            "煤气+代扣+取消",
            "cancel+gas+autopay",
            "stop+gas+direct debit",
        ],
        &["取消燃气自动缴费", "解约代扣"],
    ),
    // gas_towngas__ic_card_topup
    (
        &[
            "ic卡+燃气",
            "ic卡+买气",
            "买燃气",
            "买天然气",
            "买煤气",
            "购气",
            "插卡+燃气表",
            "燃气表+插卡",
            "燃气+卡表",
            "gas card+top",
            "ic card+gas",
            "buy+gas+card",
        ],
        &["IC卡燃气表购气", "购气"],
    ),
    // gas_towngas__ic_card_topup, gas_crgas__pay_bill
    (
        &[
            "燃气表+没余额",
            "煤气+没气了",
            "燃气+没气了",
            "燃气+余额不足",
            "gas meter+empty",
        ],
        &["购气", "prepaid"],
    ),
    // gas_towngas__ic_card_records
    (
        &[
            "燃气+没写上",
            "燃气+没到账",
            "购气+记录",
            "买气+记录",
            "paid+gas+no credit",
            "gas+card+not+credit",
        ],
        &["购气记录与写卡状态", "写卡状态"],
    ),
    // gas_towngas__book_safety_check
    (
        &[
            "燃气+安检",
            "煤气+安检",
            "燃气+上门检查",
            "入户安检",
            "安检+上门+燃气",
            "gas+safety check",
        ],
        &["预约燃气安检", "入户安检"],
    ),
    // gas_towngas__report_repair
    (
        &[
            "燃气灶+打不着",
            "煤气+打不着",
            "闻到+煤气",
            "闻到+燃气",
            "gas+leak",
        ],
        &["燃气报修"],
    ),
    // ---- heating ----
    // heating__query_fee
    (
        &[
            "暖气费+多少",
            "供暖费+多少",
            "取暖费+多少",
            "采暖费+多少",
            "暖气费+按面积",
            "暖气费+怎么算",
            "暖气费+交了吗",
            "heating+how much",
            "heating fee+due",
        ],
        &["查询供暖费", "供暖费", "采暖费"],
    ),
    // heating__payment_history
    (
        &[
            "暖气费+记录",
            "供暖费+记录",
            "去年+暖气费",
            "往年+暖气费",
            "暖气费+交过",
            "供暖+缴费记录",
            "heating+payment+history",
        ],
        &["供暖缴费记录"],
    ),
    // heating__apply_suspend
    (
        &[
            "供暖+报停",
            "不用+暖气",
            "暖气+不用了",
            "空着+暖气",
            "不住+暖气",
            "没人住+暖气",
            "空房+暖气",
            "房子+空着+供暖",
            "冬天+不在家+暖气",
            "供暖+停供",
            "empty+flat+heating",
            "heating+not needed",
        ],
        &["申请供暖报停", "报停"],
    ),
    // heating__cancel_suspend
    (
        &[
            "报停+取消",
            "又要住+暖气",
            "heating+back on",
            "restart+heating",
        ],
        &["取消供暖报停", "恢复供暖"],
    ),
    // heating__report_cold
    (
        &[
            "暖气片+不热",
            "室温+不够",
            "屋里+太冷",
            "家里+太冷",
            "家里+好冷",
            "暖气+不够热",
            "暖气+半热",
        ],
        &["室温不达标报修", "暖气不热"],
    ),
    // heating__request_invoice
    (
        &[
            "取暖费+发票",
            "暖气费+报销",
            "heating+receipt",
            "heating+subsidy",
        ],
        &["开具供暖费发票", "取暖补贴"],
    ),
    // ---- lifepay ----
    // lifepay__list_accounts
    (
        &[
            "户号+有哪些",
            "存过的+户号",
            "所有+户号",
            "户号+列表",
            "绑了几个+户号",
            "utility accounts+saved",
            "my+utility accounts",
        ],
        &["我的缴费户号", "缴费户号"],
    ),
    // lifepay__add_account
    (
        &[
            "加个+户号",
            "添个+户号",
            "户号+添加",
            "保存+户号",
            "户号+记下来",
            "新户号",
            "再加+户号",
            "add+account+electricity",
            "add+account+water",
        ],
        &["添加缴费户号", "添加户号"],
    ),
    // lifepay__set_reminder
    (
        &[
            "欠费+提醒",
            "出账+提醒",
            "水电+提醒",
            "电费+提醒",
            "水费+提醒",
            "忘了交+电费",
            "忘了交+水费",
            "总忘+水电",
            "老忘+水电",
            "忘了交+燃气",
        ],
        &["开通缴费提醒", "缴费提醒"],
    ),
    // lifepay__cancel_reminder
    (
        &[
            "缴费提醒+关掉",
            "缴费提醒+关闭",
            "缴费提醒+取消",
            "缴费+提醒+不要",
            "水电+提醒+关掉",
            "水电+提醒+关闭",
            "turn off+bill reminder",
            "stop+bill reminder",
        ],
        &["关闭缴费提醒"],
    ),
    // lifepay__all_payments
    (
        &[
            "生活缴费+汇总",
            "水电煤+一共",
            "水电+一年",
            "水电+花了多少",
            "每月+水电+多少",
            "水电费+总共",
            "水电煤+开销",
            "生活缴费+账单",
            "utilities+total",
            "utility+spending",
            "household+bills+total",
        ],
        &["全部缴费记录", "生活缴费账单汇总"],
    ),
    // ---- marriage_reg ----
    // marriage_reg__list_offices
    (
        &[
            "民政局+在哪",
            "民政局+地址",
            "民政局+几点",
            "民政局+上班",
            "婚姻登记处+在哪",
            "婚姻登记处+地址",
            "去哪+领证",
            "哪里+领证",
            "where+register+marriage",
        ],
        &["婚姻登记处", "民政局"],
    ),
    // marriage_reg__available_dates
    (
        &[
            "七夕+领证",
            "领证+还有号",
            "领证+约满",
            "领证+日期",
            "民政局+约满",
            "date+get married",
        ],
        &["查询可约日期", "Available registration dates"],
    ),
    // marriage_reg__required_documents
    (
        &[
            "领证+需要什么",
            "结婚+需要+户口本",
            "离婚+材料",
            "登记+带什么",
            "户口本+领证",
            "what+bring+marriage",
            "documents+divorce",
        ],
        &["登记所需材料", "户口本"],
    ),
    // marriage_reg__book_marriage
    (
        &[
            "领结婚证",
            "登记结婚",
            "领个证",
            "去民政局+结婚",
            "结婚登记",
            "get married",
            "register+marriage",
        ],
        &["预约结婚登记", "结婚登记", "领证"],
    ),
    // marriage_reg__book_divorce
    (
        &["协议离婚", "离婚+冷静期", "离婚证"],
        &["预约离婚登记", "离婚登记"],
    ),
    // marriage_reg__book_replacement
    (
        &[
            "结婚证+找不到",
            "结婚证+泡水",
            "结婚证+不见",
            "replace+marriage certificate",
        ],
        &["预约补领结婚证", "补领结婚证"],
    ),
    // marriage_reg__list_bookings
    (
        &[
            "领证+约的",
            "约的+民政局",
            "登记+约的+几点",
            "领证+约了",
            "marriage+appointment+when",
        ],
        &["我的登记预约"],
    ),
    // marriage_reg__cancel_booking
    (
        &[
            "领证+取消",
            "不去领证",
            "领证+不去了",
            "结婚登记+取消",
            "离婚+不离了",
            "cancel+marriage+appointment",
        ],
        &["取消登记预约"],
    ),
    // ---- parking ----
    // parking__query_fee
    (
        &[
            "停车费+多少",
            "停车+欠了",
            "停了多久",
            "parking+owe",
            "how much+parking",
        ],
        &["查询停车费", "停车费"],
    ),
    // parking__buy_monthly_pass
    (
        &["月租+车位", "车位+月租", "办+停车月卡"],
        &["办理停车月卡", "月卡"],
    ),
    // parking__set_auto_pay
    (
        &[
            "无感支付",
            "不用扫码+出场",
            "抬杆+自动",
            "停车+免扫码",
            "停车+自动付",
            "parking+automatic+payment",
            "parking+auto pay",
        ],
        &["开通无感支付", "无感支付"],
    ),
    // parking__cancel_auto_pay
    (
        &[
            "无感支付+关掉",
            "无感支付+关闭",
            "关闭+无感",
            "无感+取消",
            "取消+无感",
            "停车+自动扣+取消",
            "停车+自动扣+关掉",
            "停车+自动扣+关闭",
            "turn off+parking+auto",
            "cancel+hands-free",
        ],
        &["关闭无感支付"],
    ),
    // parking__find_lots
    (
        &[
            "附近+停车场",
            "哪里+停车",
            "哪能+停车",
            "哪儿+停车",
            "找不到+停车",
            "where+park",
            "parking+near",
            "car park+near",
        ],
        &["附近停车场", "停车场"],
    ),
    // ---- power ----
    // power_sgcc__query_bill, power_csg__query_bill
    (
        &[
            "电费+多少",
            "电费+该交",
            "本月+电费",
            "这个月+电费",
            "电费+帐单",
            "点费+帐单",
            "how much+electricity",
            "electricity+owe",
        ],
        &["查询电费账单", "电费"],
    ),
    // power_csg__prepay
    (
        &["预存+电费", "电费+存点", "电费+多充", "电费+存"],
        &["预存电费"],
    ),
    // power_sgcc__usage_history, power_csg__usage_history
    (
        &["度数+电", "电表+度数", "用电+多少度"],
        &["查询用电量", "用电量"],
    ),
    // power_sgcc__usage_history
    (
        &["谷电", "峰电", "晚上+电+便宜", "peak+off-peak", "off-peak"],
        &["用电量", "峰谷"],
    ),
    // power_csg__usage_history
    (
        &["电价+阶梯", "tiered+electricity"],
        &["阶梯电价", "用电量"],
    ),
    // power_sgcc__set_autopay
    (
        &[
            "电费+自动交",
            "电费+自动扣",
            "电费+带扣",
            "电费+自动缴",
            "电费+每月+自动",
            "electricity+direct debit",
            "electricity+automatic",
        ],
        &["开通电费自动缴费", "代扣"],
    ),
    // power_sgcc__cancel_autopay
    (
        &[
            "电费+代扣+取消",
            "电费+自动扣+不要",
            "电费+自动+关掉",
            "电费+自动+关闭",
            "电费+自动+取消",
            "cancel+electricity+autopay",
            "stop+electricity+direct debit",
        ],
        &["取消电费自动缴费", "解约代扣"],
    ),
    // power_sgcc__request_invoice
    (&["electricity+receipt"], &["申请电费电子发票", "电子发票"]),
    // power_csg__outage_notice
    (
        &[
            "停电+通知",
            "停电+几点",
            "停电+到几点",
            "什么时候+来电",
            "几点+来电",
            "明天+停电",
            "计划停电",
            "停电+公告",
            "为什么+停电",
            "power cut+when",
            "outage+electricity",
        ],
        &["停电公告", "计划停电"],
    ),
    // ---- property ----
    // property__query_fee
    (
        &[
            "物业费+多少",
            "公摊+水电",
            "公摊费",
            "物业费+交到",
            "property fee+how much",
        ],
        &["查询物业费", "物业费"],
    ),
    // property__payment_history
    (
        &[
            "物业费+记录",
            "物业费+交了没",
            "物业费+交过",
            "物业费+凭证",
            "property fee+history",
        ],
        &["物业缴费记录"],
    ),
    // property__submit_repair
    (
        &["门禁卡+刷不开", "楼道灯+不亮", "door+access+broken"],
        &["报事报修", "报修"],
    ),
    // property__visitor_pass
    (
        &["小区+访客", "visitor+car", "let+friend+in"],
        &["访客邀请通行", "访客码"],
    ),
    // ---- social_security_card ----
    // social_security_card__apply_sscard
    (
        &[
            "办社保卡",
            "办个社保卡",
            "办张社保卡",
            "没有+社保卡",
            "宝宝+社保卡",
            "孩子+社保卡",
            "申请+社保卡",
            "apply+social security card",
            "new+social security card",
        ],
        &["社保卡申领"],
    ),
    // social_security_card__activate_financial
    (
        &[
            "激活+社保卡",
            "社保卡+当银行卡",
            "社保卡+领不了",
            "社保卡+收不到",
            "activate+social security card",
        ],
        &["激活社保卡金融功能", "金融账户激活"],
    ),
    // social_security_card__report_lost_sscard
    (&["社保卡+挂失"], &["社保卡挂失"]),
    // social_security_card__reissue_sscard
    (
        &[
            "社保卡+补办",
            "社保卡+换卡",
            "社保卡+消磁",
            "社保卡+刷不了",
            "社保卡+换新",
            "社保卡+补卡",
            "社保卡+过期",
            "replace+social security card",
            "social security card+damaged",
        ],
        &["社保卡补换", "补卡", "换卡"],
    ),
    // social_security_card__sscard_progress
    (
        &["社保卡+多久", "社保卡+到了没", "社保卡+制作"],
        &["制卡进度查询", "制卡进度"],
    ),
    // ---- traffic_12123 ----
    // traffic_12123__handle_violation
    (
        &[
            "违章+处理",
            "处理+违章",
            "电子眼+处理",
            "违法+处理",
            "accept+violation",
            "handle+violation",
            "deal with+violation",
        ],
        &["违法处理", "电子监控违法处理"],
    ),
    // traffic_12123__pay_fine
    (
        &[
            "交罚款",
            "缴罚款",
            "滞纳金+罚款",
            "pay+traffic fine",
            "pay+ticket+traffic",
        ],
        &["缴纳交通罚款", "罚款缴纳"],
    ),
    // traffic_12123__licence_points
    (
        &["还剩几分", "扣了多少分", "how many+points+licence"],
        &["驾驶证记分查询", "记分"],
    ),
    // traffic_12123__renew_licence
    (
        &[
            "驾照+换证",
            "驾驶证+换证",
            "driving+licence+expir",
            "driving+license+expir",
            "renew+driving+licen",
        ],
        &["驾驶证到期换证", "期满换证"],
    ),
    // traffic_12123__my_vehicles
    (
        &[
            "名下+的车",
            "名下+几辆",
            "我名下+车辆",
            "登记+几辆车",
            "registered+vehicles",
            "cars+my name",
        ],
        &["我的机动车"],
    ),
    // ---- vehicle_tax ----
    // vehicle_tax__query_tax
    (
        &[
            "车船税+多少",
            "车船税+交了吗",
            "车船税+该交",
            "vehicle tax+how much",
            "road tax",
            "car tax+due",
        ],
        &["查询车船税"],
    ),
    // vehicle_tax__pay_tax
    (
        &[
            "交车船税",
            "缴车船税",
            "pay+vehicle tax",
            "pay+road tax",
            "pay+car tax",
        ],
        &["缴纳车船税"],
    ),
    // vehicle_tax__payment_records
    (
        &[
            "车船税+记录",
            "保险+代收+车船税",
            "车船税+交过",
            "买保险+车船税",
            "车船税+保险",
            "tax+paid+insurer",
            "vehicle tax+history",
        ],
        &["车船税缴纳记录", "代收"],
    ),
    // vehicle_tax__apply_exemption
    (
        &[
            "残疾+车船税",
            "ev+vehicle tax",
            "electric car+tax",
            "vehicle tax+exempt",
        ],
        &["申请车船税减免", "减免"],
    ),
    // ---- water ----
    // water_bj__query_bill, water_sh__query_bill, water_sz__query_bill
    (
        &[
            "水费+多少",
            "水费+账单",
            "水费+帐单",
            "水费+该交",
            "这个月+水费",
            "water bill+how much",
            "water+owe",
        ],
        &["查询水费", "水费"],
    ),
    // water_bj__payment_history, water_sh__payment_history, water_sz__payment_history
    (
        &[
            "水费+交了没",
            "水费+记录",
            "水费+交上了",
            "水费+交过",
            "水费+交成功",
            "water+payment+history",
            "water bill+paid+already",
        ],
        &["水费缴费记录", "缴费记录"],
    ),
    // water_bj__set_autopay
    (
        &[
            "水费+带扣",
            "水费+自动交",
            "水费+自动扣",
            "water+direct debit",
        ],
        &["开通水费代扣", "代扣"],
    ),
    // water_bj__cancel_autopay
    (
        &[
            "水费+代扣+取消",
            "水费+自动+取消",
            "水费+自动扣+不要",
            "cancel+water+autopay",
        ],
        &["取消水费代扣", "解约代扣"],
    ),
    // water_bj__report_repair, water_bj__outage_notice, water_sz__outage_notice
    (
        &["家里+没水", "突然+没水", "怎么+没水", "一滴水+没有"],
        &["停水", "报修"],
    ),
    // water_bj__report_repair
    (
        &[
            "水流+很小",
            "low+water pressure",
            "burst+pipe",
            "water meter+broken",
        ],
        &["供水报修", "报修"],
    ),
    // water_bj__outage_notice, water_sz__outage_notice
    (
        &[
            "停水+通知",
            "什么时候+停水",
            "明天+停水",
            "停水+到几点",
            "几点+来水",
            "什么时候+来水",
            "停水+公告",
            "停水+几点",
            "water+outage",
            "water+supply+interruption",
        ],
        &["停水"],
    ),
    // water_sh__tier_prices
    (
        &["污水处理费", "water price", "price+cubic metre"],
        &["阶梯水价", "污水处理费"],
    ),
    // water_sh__tier_usage
    (
        &[
            "用了多少吨",
            "今年+用水",
            "water+used+this year",
            "water+tier",
        ],
        &["查询年度阶梯用水量", "阶梯"],
    ),
    // water_sh__transfer_owner
    (
        &[
            "水费+户名",
            "水表+户名",
            "户名+还是+原房主",
            "water account+name",
            "transfer+water",
        ],
        &["水表过户", "过户"],
    ),
    // water_sz__submit_reading
    (
        &[
            "水表+拍照",
            "水表+度数",
            "water meter+reading",
            "meter+photo+water",
        ],
        &["自报水表读数", "自报读数"],
    ),
    // water_sz__open_account
    (
        &[
            "用水*开户",
            "水表+开户",
            "用水+开户",
            "用水+开通",
            "new home+water account",
            "open+water account",
        ],
        &["新装用水开户", "开户"],
    ),
    // ---- water_delivery ----
    // water_delivery__order_water
    (
        &[
            "送水上门",
            "送桶水+上门",
            "送水+饮水机",
            "叫水",
            "订几桶水",
            "订桶水",
            "叫桶水",
            "换桶水",
            "送桶水",
            "drinking water+deliver",
            "water+barrel",
        ],
        &["订桶装水", "桶装水"],
    ),
    // water_delivery__buy_tickets
    (
        &[
            "买水票",
            "办水票",
            "水票+套餐",
            "水票+优惠",
            "buy+water tickets",
        ],
        &["购买水票", "水票"],
    ),
    // water_delivery__ticket_balance
    (
        &[
            "水票+还剩",
            "水票+还有几",
            "水票+多少张",
            "水票+过期",
            "水票+余额",
            "water tickets+left",
        ],
        &["水票余额"],
    ),
    // water_delivery__cancel_schedule
    (
        &[
            "定期送水+取消",
            "不要+每周送水",
            "停止+送水",
            "送水+暂停",
            "送水+先停",
            "stop+water delivery",
            "cancel+water delivery",
        ],
        &["取消定期送水"],
    ),
    // water_delivery__refund_deposit
    (
        &["桶+押金", "桶+压金", "return+barrels"],
        &["退桶押金", "桶押金"],
    ),
    // water_delivery__track_order
    (
        &[
            "送水+还没到",
            "送水+什么时候",
            "桶装水+还没",
            "送水+到哪",
            "water+not+arrived",
        ],
        &["查询送水进度"],
    ),
    // ---- car_rental ----
    // car_rental__search_cars
    (
        &[
            "租车+多少钱一天",
            "租车+价格",
            "租车+自动挡",
            "租车+哪些车",
            "rental+price",
            "car hire+price",
            "rental car+available",
        ],
        &["查询可租车型", "可租车型"],
    ),
    // car_rental__cancel_rental
    (
        &[
            "租车+取消",
            "取消+租车",
            "租的车+不要了",
            "不租车了",
            "cancel+car rental",
            "cancel+car hire",
        ],
        &["取消租车订单"],
    ),
    // car_rental__extend_rental
    (&["extend+car hire"], &["续租"]),
    // car_rental__deposit_status
    (
        &[
            "还车+押金",
            "还了车+押金",
            "租车+压金",
            "预授权+租车",
            "租车+冻结",
            "租车+预授权",
            "违章押金+什么时候",
            "rental+hold+card",
            "car hire+hold",
            "rental+pre-authoriz",
        ],
        &["押金退还进度", "押金"],
    ),
    // car_rental__my_rentals
    (
        &[
            "租车+订单",
            "我的+租车",
            "租车+记录",
            "my+rentals",
            "rental+orders",
        ],
        &["我的租车订单"],
    ),
    // ---- appliance_repair ----
    // appliance_repair__repair_prices
    (
        &[
            "维修+多少钱",
            "加氟+多少钱",
            "修空调+多少钱",
            "维修+收费",
            "how much+repair",
            "call-out fee",
        ],
        &["维修收费标准", "上门费"],
    ),
    // appliance_repair__request_repair
    (
        &["没氟", "洗衣机+不排水", "空调+不凉快", "appliance+broken"],
        &["预约上门维修", "报修"],
    ),
    // appliance_repair__book_installation
    (
        &[
            "空调+安装",
            "热水器+安装",
            "装个+洗衣机",
            "新买+空调",
            "新买的+热水器",
            "空调+拆装",
        ],
        &["预约家电安装", "安装", "移机"],
    ),
    // appliance_repair__cancel_repair
    (
        &[
            "师傅+别来",
            "师傅+不用来",
            "维修+取消",
            "取消+维修",
            "安装+取消",
            "cancel+technician",
            "cancel+repair visit",
        ],
        &["取消维修订单"],
    ),
    // appliance_repair__check_warranty
    (
        &[
            "延保",
            "还在保修",
            "保修+过了",
            "保修+几年",
            "还保修吗",
            "under+warranty",
            "warranty+still",
            "warranty+appliance",
        ],
        &["查询保修期", "保修期", "延保"],
    ),
    // ---- housekeeping ----
    // housekeeping__service_prices
    (
        &[
            "保洁+多少钱",
            "钟点工+多少钱",
            "保洁+一小时",
            "开荒+多少钱",
            "深度保洁+价格",
            "家政+价格",
            "打扫+多少钱",
            "cleaning+price",
            "cleaner+per hour",
            "cleaning+cost",
        ],
        &["家政服务价格"],
    ),
    // housekeeping__book_cleaning
    (
        &[
            "找个阿姨+打扫",
            "新房+打扫",
            "装修完+打扫",
            "搬进+打扫",
            "book+cleaner",
            "house+cleaning",
        ],
        &["预约保洁"],
    ),
    // housekeeping__hire_helper
    (
        &["带孩子+阿姨", "护工", "live-in+helper"],
        &["预约保姆月嫂", "保姆", "月嫂"],
    ),
    // housekeeping__reschedule_order
    (
        &[
            "阿姨+改时间",
            "保洁+换个时间",
            "保洁+改天",
            "阿姨+改天",
            "阿姨+晚点来",
            "cleaner+another day",
            "cleaning+reschedule",
        ],
        &["修改上门时间"],
    ),
    // housekeeping__cancel_order
    (
        &[
            "保洁+取消",
            "阿姨+不用来",
            "阿姨+别来",
            "取消+保洁",
            "cancel+cleaner",
            "cancel+cleaning",
        ],
        &["取消家政订单"],
    ),
    // housekeeping__list_orders
    (
        &[
            "家政+订单",
            "保洁+订单",
            "约的+阿姨",
            "约的+保洁",
            "cleaning+orders",
        ],
        &["我的家政订单"],
    ),
    // housekeeping__rate_service
    (
        &[
            "阿姨+评价",
            "保洁+评价",
            "阿姨+好评",
            "保洁+投诉",
            "阿姨+投诉",
            "保洁+差评",
            "rate+cleaner",
            "review+cleaner",
            "cleaner+complain",
        ],
        &["评价服务"],
    ),
    // ---- moving ----
    // moving__get_quote
    (
        &[
            "搬家+估价",
            "搬家+报价",
            "搬家+大概",
            "搬家+费用",
            "moving+quote",
            "how much+move house",
        ],
        &["搬家估价"],
    ),
    // moving__book_move
    (
        &[
            "搬家公司",
            "找人+搬家",
            "拉货+搬家",
            "面包车+搬家",
            "moving company",
            "removal van",
        ],
        &["预约搬家"],
    ),
    // moving__reschedule_move
    (
        &[
            "搬家+改时间",
            "搬家+改天",
            "搬家+推迟",
            "搬家+换个日子",
            "搬家+提前",
            "搬家+延期",
            "move+date+change",
        ],
        &["修改搬家时间"],
    ),
    // moving__cancel_move
    (
        &["搬家+取消", "不搬了", "取消+搬家", "cancel+move"],
        &["取消搬家订单"],
    ),
    // moving__pay_move
    (
        &[
            "搬家费",
            "楼层费",
            "拆装费",
            "搬家+超时",
            "pay+movers",
            "moving+bill",
        ],
        &["支付搬家费用"],
    ),
    // moving__list_orders
    (
        &["搬家+订单", "约的+搬家", "moving+orders"],
        &["我的搬家订单"],
    ),
    // ---- recycling ----
    // recycling__recycle_prices
    (
        &[
            "废品+价格",
            "纸板+多少钱",
            "废纸+多少钱",
            "废铁+多少钱",
            "纸壳+多少钱",
            "旧家电+多少钱",
            "废品+多少钱一斤",
            "scrap+price",
            "recycling+price",
        ],
        &["回收价格"],
    ),
    // recycling__book_pickup
    (
        &[
            "旧空调+回收",
            "旧家电+回收",
            "废品+上门",
            "scrap+pickup",
            "recycle+pickup",
            "recycling+collect",
        ],
        &["预约上门回收", "上门回收"],
    ),
    // recycling__donate_clothes
    (
        &[
            "旧衣服",
            "不穿的+衣服",
            "旧衣+回收",
            "衣服+太多+不穿",
            "donate+clothes",
        ],
        &["旧衣捐赠回收", "旧衣回收"],
    ),
    // recycling__cancel_pickup
    (
        &[
            "回收+取消",
            "废品+不卖了",
            "取消+回收",
            "cancel+recycling",
            "cancel+pickup+recycl",
        ],
        &["取消回收预约"],
    ),
    // recycling__list_orders
    (
        &[
            "回收+订单",
            "回收+记录",
            "废品+卖了多少",
            "recycling+orders",
            "recycling+history",
        ],
        &["我的回收订单"],
    ),
    // ---- laundry ----
    // laundry__book_pickup
    (
        &[
            "取衣服+上门",
            "洗衣+上门",
            "pick up+laundry",
            "laundry+pickup",
            "collect+laundry",
        ],
        &["预约上门取衣", "上门取件"],
    ),
    // laundry__pay_order
    (
        &[
            "洗衣费",
            "干洗费",
            "洗衣+付款",
            "pay+laundry",
            "laundry+bill",
        ],
        &["支付洗衣订单"],
    ),
    // laundry__cancel_order
    (
        &["洗衣+取消", "取衣+取消", "取消+洗衣", "cancel+laundry"],
        &["取消洗衣订单"],
    ),
    // laundry__list_orders
    (
        &["洗衣+订单", "干洗+订单", "laundry+orders"],
        &["我的洗衣订单"],
    ),
    // ---- rent ----
    // rent__query_rent
    (
        &[
            "房租+多少",
            "这个月+房租",
            "房租+该交",
            "房租+账单",
            "房租+帐单",
            "rent+due",
            "how much+rent",
        ],
        &["查询房租账单", "待缴房租"],
    ),
    // rent__pay_rent
    (
        &[
            "交房租",
            "付房租",
            "缴房租",
            "房东+转账",
            "房东+转帐",
            "房租+转给",
            "pay+rent",
            "pay+landlord",
        ],
        &["缴纳房租"],
    ),
    // rent__rent_history
    (
        &[
            "租房+个税",
            "房租+专项附加扣除",
            "住房租金+扣除",
            "房租+抵扣+个税",
            "租金+个税",
        ],
        &["房租缴纳记录", "个税专项附加扣除"],
    ),
    // rent__set_autopay
    (
        &[
            "房租+自动扣",
            "房租+自动交",
            "房租+带扣",
            "每月+自动+房租",
            "房租+自动付",
            "rent+direct debit",
            "automatic+rent",
        ],
        &["开通房租自动扣款", "自动代扣"],
    ),
    // rent__cancel_autopay
    (
        &[
            "房租+自动扣+取消",
            "房租+不要+自动",
            "房租+自动+关掉",
            "房租+自动+关闭",
            "房租+自动+取消",
            "房租+代扣+取消",
            "stop+rent+autopay",
            "cancel+rent+autopay",
        ],
        &["取消房租自动扣款"],
    ),
    // rent__view_lease
    (
        &[
            "押一付三",
            "租期+到什么时候",
            "租期+多久",
            "房租+合同",
            "lease+contract",
            "tenancy agreement",
            "lease+terms",
        ],
        &["查看租赁合同", "租房合同"],
    ),
    // rent__terminate_lease
    (&["退压金", "房租+压金", "租房+压金"], &["退押金", "退租"]),
    // ---- pet_care ----
    // pet_care__book_vet
    (
        &["狗狗+疫苗", "猫咪+疫苗", "dog+vaccin", "cat+vaccin", "spay"],
        &["预约宠物医院", "绝育", "猫三联"],
    ),
    // pet_care__cancel_vet
    (
        &[
            "宠物医院+取消",
            "取消+宠物医院",
            "宠物+看病+取消",
            "cancel+vet",
        ],
        &["取消宠物医院预约"],
    ),
    // pet_care__book_grooming
    (
        &[
            "给狗+洗澡",
            "给猫+洗澡",
            "宠物+美容",
            "groom+dog",
            "pet+grooming",
        ],
        &["预约洗护美容", "洗澡", "美容"],
    ),
    // pet_care__book_boarding
    (
        &[
            "宠物+寄养",
            "pet+boarding",
            "dog+while away",
            "cat+while away",
            "dog sitter",
        ],
        &["预约宠物寄养", "寄养"],
    ),
    // pet_care__health_records
    (
        &["宠物+档案", "pet+vaccination+record"],
        &["宠物健康档案", "驱虫"],
    ),
    // ---- elderly_care ----
    // elderly_care__list_institutions
    (
        &["护理院", "老人院", "养老机构", "retirement home"],
        &["查询养老机构", "养老院"],
    ),
    // elderly_care__book_home_care
    (
        &[
            "老人+洗澡",
            "上门+护理",
            "老人+上门+服务",
            "accompany+hospital+elderly",
        ],
        &["预约居家上门服务", "陪诊", "助浴"],
    ),
    // elderly_care__cancel_home_care
    (
        &[
            "上门服务+取消",
            "护理+取消",
            "取消+上门服务",
            "陪诊+取消",
            "cancel+home care",
            "cancel+carer",
        ],
        &["取消上门服务"],
    ),
    // elderly_care__list_services
    (
        &[
            "养老服务+记录",
            "上门服务+记录",
            "护理+记录",
            "care+bookings",
        ],
        &["我的养老服务记录"],
    ),
    // elderly_care__pay_care_fee
    (
        &["养老院+付", "nursing home+fee"],
        &["缴纳养老服务费", "床位费"],
    ),
    // elderly_care__allowance_status
    (
        &[
            "高龄补贴",
            "80岁+补贴",
            "老年+津贴",
            "养老服务补贴",
            "old-age allowance",
            "elderly+allowance",
        ],
        &["查询高龄津贴", "高龄津贴"],
    ),
    // elderly_care__set_emergency_contact
    (
        &[
            "紧急呼叫+老人",
            "老人+紧急联系人",
            "报警器+老人",
            "老人+摔倒",
            "老人+跌倒",
            "emergency button",
            "elderly+emergency contact",
        ],
        &["设置紧急联系人", "一键呼叫"],
    ),
    // ---- community_canteen ----
    // community_canteen__today_menu
    (
        &[
            "食堂+吃什么",
            "食堂+有什么",
            "食堂+菜单",
            "食堂+什么菜",
            "食堂+今天",
            "canteen+menu",
        ],
        &["查看今日菜单", "菜单"],
    ),
    // community_canteen__cancel_meal
    (
        &[
            "订的饭+不要",
            "订餐+取消",
            "取消+订餐",
            "订的饭+取消",
            "cancel+meal",
        ],
        &["取消订餐"],
    ),
    // community_canteen__meal_card_balance
    (
        &[
            "社区+饭卡",
            "老人+饭卡+余额",
            "老人+饭卡",
            "canteen+meal card",
        ],
        &["饭卡余额"],
    ),
    // community_canteen__top_up_meal_card
    (
        &["老人+饭卡+充", "妈+饭卡+充", "爸+饭卡+充", "社区+饭卡+充"],
        &["饭卡充值"],
    ),
    // community_canteen__apply_meal_subsidy
    (
        &[
            "助餐",
            "老年+用餐+优惠",
            "吃饭+便宜+老人",
            "食堂+老人+优惠",
            "elderly+meal+discount",
        ],
        &["申请助餐补贴", "老年助餐补贴"],
    ),
    // ---- transit_card ----
    // transit_card__ride_code
    (
        &[
            "地铁码",
            "公交码",
            "坐车码",
            "成车码",
            "地铁+扫码",
            "公交+扫码",
            "没带+公交卡",
            "没带+交通卡",
            "metro+qr",
            "bus+qr",
        ],
        &["乘车码"],
    ),
    // transit_card__enable_code
    (
        &[
            "乘车码+开通",
            "乘车码+怎么开",
            "第一次+乘车码",
            "乘车码+绑卡",
            "activate+ride code",
            "enable+ride code",
        ],
        &["开通乘车码"],
    ),
    // transit_card__topup_card
    (
        &[
            "nfc+公交",
            "transit card+top",
            "metro card+top",
            "bus card+top",
        ],
        &["交通卡充值", "交通卡"],
    ),
    // transit_card__card_balance
    (
        &[
            "公交卡+余额",
            "交通卡+余额",
            "公交卡+还有多少",
            "公交卡+还剩",
            "地铁卡+还剩",
            "地铁卡+余额",
            "北京+一卡通+余额",
            "transit card+balance",
            "metro card+balance",
            "bus card+balance",
        ],
        &["交通卡余额"],
    ),
    // transit_card__route_plan
    (
        &["地铁+怎么去", "公交+怎么去", "坐什么车+去", "which+bus"],
        &["公交地铁线路查询", "线路"],
    ),
    // ---- ride_hailing ----
    // ride_hailing__request_ride
    (
        &["叫个的", "叫个出租", "打辆车", "taxi+now", "get+taxi"],
        &["立即叫车", "叫车"],
    ),
    // ride_hailing__schedule_ride
    (
        &[
            "明天+打车",
            "明早+打车",
            "提前+约车",
            "预约+打车",
            "约车+明天",
            "book+taxi+tomorrow",
            "taxi+tomorrow",
            "taxi+early morning",
            "schedule+ride",
        ],
        &["预约用车"],
    ),
    // ride_hailing__trip_history
    (
        &[
            "打车+记录",
            "打车+行程",
            "打车+花了多少",
            "ride+history",
            "taxi+history",
            "trips+taxi",
        ],
        &["我的行程"],
    ),
    // ride_hailing__trip_invoice
    (
        &["行程单", "出租车+发票", "网约车+发票", "taxi+invoice"],
        &["行程开发票", "行程单", "电子发票"],
    ),
    // ride_hailing__lost_item
    (
        &["left+in+car", "forgot+in+taxi", "left+behind+ride"],
        &["物品遗失", "失物"],
    ),
];

/// What people say for these actions, for the index's said part only (never matched
/// as a trigger): (everyday phrases, catalogue words of the actions they are said for).
pub const SAID: &[super::Concept] = &[
    // annual_inspection__check_due
    (
        &[
            "年检啥时候到期",
            "车该年审了吗",
            "年检过期没",
            "年审日期",
            "六年免检吗",
            "年减到期",
            "when is inspection due",
        ],
        &["年检到期查询"],
    ),
    // annual_inspection__find_stations
    (
        &[
            "附近检车的地方",
            "哪有检测站",
            "验车站在哪",
            "检测线地址",
            "检车站推荐",
            "inspection station near me",
        ],
        &["检测站查询"],
    ),
    // annual_inspection__book
    (
        &[
            "约个检车",
            "想去验车",
            "年审约时间",
            "约检测站",
            "检车排号",
            "book car inspection",
        ],
        &["预约年检"],
    ),
    // annual_inspection__list_bookings
    (
        &[
            "约的哪天检车",
            "年检约到几号",
            "检车约好了没",
            "年检预约记录",
            "my inspection appointment",
        ],
        &["我的年检预约"],
    ),
    // annual_inspection__reschedule
    (
        &[
            "检车改天",
            "年检换个时间",
            "检车那天有事",
            "改检车日期",
            "年检往后推",
            "move inspection date",
        ],
        &["改约年检"],
    ),
    // annual_inspection__cancel_booking
    (
        &[
            "不去检车了",
            "年检预约不要了",
            "撤销检车预约",
            "验车不去了",
            "cancel inspection booking",
        ],
        &["取消年检预约"],
    ),
    // annual_inspection__apply_exempt_sticker
    (
        &[
            "免检贴",
            "领年检标",
            "电子检验标志",
            "新车免上线",
            "六年免检领标",
            "exemption sticker",
        ],
        &["申领免检标志"],
    ),
    // broadband__query_account
    (
        &[
            "宽带啥时候到期",
            "网费还剩几个月",
            "宽带多少兆",
            "宽带套餐是啥",
            "款待到期",
            "broadband expiry date",
        ],
        &["查询宽带账户"],
    ),
    // broadband__renew
    (
        &[
            "交网费",
            "宽带到期了续上",
            "网费该交了",
            "续一年宽带",
            "款待续费",
            "pay internet bill",
        ],
        &["宽带续费"],
    ),
    // broadband__book_install
    (
        &[
            "装宽带",
            "新家拉网线",
            "办宽带",
            "新房子没网",
            "上门装网",
            "款待安装",
            "install home internet",
        ],
        &["预约新装宽带"],
    ),
    // broadband__report_fault
    (
        &[
            "网断了",
            "wifi连不上",
            "网速特别慢",
            "光猫亮红灯",
            "老掉线",
            "上不了网",
            "internet is down",
        ],
        &["宽带故障报修"],
    ),
    // broadband__upgrade_speed
    (
        &[
            "网太慢想升级",
            "升千兆",
            "换更快的宽带",
            "带宽加大",
            "宽带升级",
            "gigabit upgrade",
        ],
        &["宽带提速"],
    ),
    // broadband__relocate
    (
        &[
            "搬家宽带怎么办",
            "宽带跟着搬",
            "换地址装网",
            "宽带挪到新家",
            "move internet to new home",
        ],
        &["宽带移机"],
    ),
    // broadband__cancel_service
    (
        &[
            "不用宽带了",
            "拆宽带",
            "退宽带",
            "宽带注销",
            "还光猫",
            "cancel broadband",
        ],
        &["宽带销户"],
    ),
    // cable_tv__query_fee
    (
        &[
            "电视费到期没",
            "有线费欠多少",
            "机顶盒到期",
            "电视交到哪天了",
            "cable tv fee due",
        ],
        &["查询收视费"],
    ),
    // cable_tv__pay_fee
    (
        &[
            "交电视费",
            "交有线费",
            "续电视费",
            "电视停了交钱",
            "机顶和缴费",
            "pay cable tv",
        ],
        &["缴纳收视费"],
    ),
    // cable_tv__payment_history
    (
        &[
            "电视费交过没",
            "有线缴费明细",
            "去年交的电视费",
            "cable tv payment record",
        ],
        &["收视费缴费记录"],
    ),
    // cable_tv__order_package
    (
        &[
            "加个体育频道",
            "开通电影包",
            "少儿频道",
            "点播包",
            "看球要订",
            "add channel package",
        ],
        &["订购节目套餐"],
    ),
    // cable_tv__cancel_package
    (
        &[
            "退掉电影包",
            "频道包不要了",
            "停掉付费频道",
            "乱扣频道费",
            "cancel premium channel",
        ],
        &["退订节目套餐"],
    ),
    // cable_tv__report_fault
    (
        &[
            "电视没信号",
            "机顶盒坏了",
            "电视画面卡住",
            "有线电视黑屏",
            "机顶和坏了",
            "no tv signal",
        ],
        &["有线电视报修"],
    ),
    // cmcc__topup
    (
        &[
            "给移动号充钱",
            "手机充值",
            "冲话费",
            "手机欠费停机",
            "给爸妈充话费",
            "充50话费",
            "top up mobile",
        ],
        &["话费充值"],
    ),
    // cmcc__query_balance
    (
        &[
            "还剩多少话费",
            "话费还够吗",
            "是不是欠费了",
            "移动余额",
            "查化费",
            "phone credit left",
        ],
        &["查询话费余额"],
    ),
    // cmcc__query_usage
    (
        &[
            "流量还剩多少",
            "流量够不够用",
            "本月剩余流量",
            "通话分钟还有多少",
            "流量快用完",
            "data left this month",
        ],
        &["查询套餐余量"],
    ),
    // cmcc__buy_data_pack
    (
        &[
            "加个流量包",
            "流量不够用",
            "买日包",
            "流量加油包",
            "流量用超了",
            "buy more data",
        ],
        &["订购流量包"],
    ),
    // cmcc__query_bill
    (
        &[
            "这月话费怎么这么多",
            "话费明细",
            "上个月扣了多少",
            "移动月账单",
            "化费账单",
            "phone bill details",
        ],
        &["查询月账单"],
    ),
    // cmcc__change_plan
    (
        &[
            "换个便宜套餐",
            "套餐太贵",
            "改套餐",
            "降套餐",
            "换5G套餐",
            "switch phone plan",
        ],
        &["变更套餐"],
    ),
    // cmcc__unsubscribe_service
    (
        &[
            "莫名扣费",
            "取消彩铃",
            "乱扣钱的业务",
            "退订视频会员",
            "增值服务扣费",
            "unwanted subscriptions",
        ],
        &["退订增值业务"],
    ),
    // telecom__topup
    (
        &[
            "电信充话费",
            "给手机冲点钱",
            "帮家人充话费",
            "停机了充钱",
            "交手机费",
            "phone recharge",
        ],
        &["话费充值"],
    ),
    // telecom__query_balance
    (
        &[
            "电信话费余额",
            "手机还有多少钱",
            "欠费没",
            "快停机了吗",
            "check phone balance",
        ],
        &["查询话费余额"],
    ),
    // telecom__query_usage
    (
        &[
            "电信流量剩多少",
            "还有多少流量",
            "分钟数还剩",
            "流量用了多少",
            "remaining data",
        ],
        &["查询套餐余量"],
    ),
    // telecom__buy_data_pack
    (
        &[
            "流量包订一个",
            "买个月包",
            "流量不够了",
            "加点流量",
            "data add-on",
        ],
        &["订购流量包"],
    ),
    // telecom__query_bill
    (
        &[
            "电信月账单",
            "话费怎么扣这么多",
            "账单明细",
            "上月话费",
            "monthly phone bill",
        ],
        &["查询月账单"],
    ),
    // telecom__change_plan
    (
        &[
            "套餐换了",
            "换便宜点的套餐",
            "套餐降档",
            "升套餐",
            "change mobile plan",
        ],
        &["变更套餐"],
    ),
    // telecom__set_auto_topup
    (
        &[
            "话费低了自动充",
            "不想再停机",
            "自动交话费",
            "余额不足自动充",
            "auto recharge phone",
        ],
        &["开通话费自动充值"],
    ),
    // telecom__cancel_auto_topup
    (
        &[
            "不要自动充了",
            "关掉自动充话费",
            "自动充值停掉",
            "stop auto top up",
        ],
        &["取消自动充值"],
    ),
    // unicom__topup
    (
        &[
            "联通充值",
            "手机没钱了",
            "交话费",
            "话费冲值",
            "给号码充钱",
            "mobile credit top up",
        ],
        &["话费充值"],
    ),
    // unicom__query_balance
    (
        &[
            "联通余额",
            "话费还剩多少",
            "欠不欠费",
            "话费够不够",
            "how much credit left",
        ],
        &["查询话费余额"],
    ),
    // unicom__query_usage
    (
        &[
            "联通流量剩余",
            "流量还有吗",
            "套餐用了多少",
            "流量超没超",
            "data usage left",
        ],
        &["查询套餐余量"],
    ),
    // unicom__buy_data_pack
    (
        &[
            "流量不够买点",
            "加个日包",
            "流量加油包",
            "订流量",
            "extra data pack",
        ],
        &["订购流量包"],
    ),
    // unicom__query_bill
    (
        &[
            "联通账单",
            "这个月扣多少话费",
            "话费清单",
            "多扣话费",
            "phone bill this month",
        ],
        &["查询月账单"],
    ),
    // unicom__change_plan
    (
        &[
            "联通换套餐",
            "套餐改一下",
            "换个流量多的套餐",
            "套餐用不完",
            "change phone plan",
        ],
        &["变更套餐"],
    ),
    // unicom__cancel_data_pack
    (
        &[
            "流量包不要了",
            "退掉流量包",
            "流量包自动续费",
            "取消加油包",
            "cancel data add-on",
        ],
        &["退订流量包"],
    ),
    // etc__apply
    (
        &[
            "办ETC",
            "装个ETC",
            "新车办etc",
            "上高速不用排队",
            "ETC免费办理",
            "get an etc tag",
        ],
        &["申办ETC"],
    ),
    // etc__query_balance
    (
        &[
            "ETC还有多少钱",
            "etc卡余额",
            "储值卡余额",
            "ETC够不够",
            "etc balance left",
        ],
        &["查询ETC余额"],
    ),
    // etc__topup
    (
        &[
            "给ETC充钱",
            "etc储值卡充值",
            "ETC余额不足",
            "etc冲值",
            "top up etc card",
        ],
        &["ETC充值"],
    ),
    // etc__trip_records
    (
        &[
            "高速扣了多少",
            "ETC乱扣费",
            "通行费明细",
            "走高速花了多少",
            "etc扣费记录",
            "highway toll charges",
        ],
        &["ETC通行记录"],
    ),
    // etc__toll_invoice
    (
        &[
            "高速发票",
            "过路费发票",
            "同行费发票",
            "报销高速费",
            "toll receipt",
        ],
        &["通行费发票"],
    ),
    // etc__report_lost
    (
        &[
            "ETC丢了",
            "etc卡被偷",
            "玻璃上的ETC没了",
            "etc标签丢失",
            "lost etc tag",
        ],
        &["ETC挂失"],
    ),
    // etc__cancel_etc
    (
        &[
            "卖车了ETC怎么办",
            "不用ETC了",
            "退ETC",
            "ETC销户",
            "close etc account",
        ],
        &["注销ETC"],
    ),
    // ev_charging__find_stations
    (
        &[
            "附近充电桩",
            "哪里能充电",
            "快充站",
            "电车没电了",
            "充电装在哪",
            "ev charger near me",
        ],
        &["查找充电站"],
    ),
    // ev_charging__start_charging
    (
        &[
            "扫码充电",
            "插枪开始充",
            "开始充电",
            "充电桩怎么用",
            "冲电",
            "start ev charging",
        ],
        &["扫码启动充电"],
    ),
    // ev_charging__stop_charging
    (
        &[
            "停止充电",
            "拔枪结算",
            "充够了停掉",
            "充电停下来",
            "stop charging now",
        ],
        &["结束充电"],
    ),
    // ev_charging__charging_status
    (
        &[
            "充到多少了",
            "电量到百分之几",
            "还要充多久",
            "充满没",
            "battery level charging",
        ],
        &["充电进度"],
    ),
    // ev_charging__order_history
    (
        &[
            "充电花了多少",
            "以前充电记录",
            "充电账单",
            "上个月充电费",
            "charging history",
        ],
        &["充电订单"],
    ),
    // ev_charging__topup_wallet
    (
        &[
            "充电账户没钱",
            "充电余额充值",
            "给充电钱包充钱",
            "充电卡充值",
            "top up charging wallet",
        ],
        &["充电钱包充值"],
    ),
    // ev_charging__book_charger
    (
        &[
            "先占个桩",
            "提前锁桩",
            "预约快充桩",
            "到了没桩",
            "reserve a charger",
        ],
        &["预约充电桩"],
    ),
    // fuel__fuel_prices
    (
        &[
            "今天油价多少",
            "92号汽油多少钱",
            "油价调整",
            "明天油价涨吗",
            "今日有价",
            "petrol price today",
        ],
        &["今日油价"],
    ),
    // fuel__find_stations
    (
        &[
            "附近加油站",
            "哪里加油便宜",
            "中石化加油站在哪",
            "油快没了",
            "gas station near me",
        ],
        &["附近加油站"],
    ),
    // fuel__pay_at_pump
    (
        &[
            "一键加油",
            "加油不用进店",
            "油枪号付款",
            "加油优惠付款",
            "pay at the pump",
        ],
        &["加油付款"],
    ),
    // fuel__topup_fuel_card
    (
        &[
            "给加油卡充钱",
            "中石化卡充值",
            "油卡充值",
            "加油卡圈存",
            "家油卡充值",
            "top up fuel card",
        ],
        &["加油卡充值"],
    ),
    // fuel__order_history
    (
        &[
            "加油花了多少",
            "这个月加了几次油",
            "油费记录",
            "fuel spending history",
        ],
        &["加油记录"],
    ),
    // fuel__request_invoice
    (
        &["加油票", "油费报销", "加油开票", "开油票", "fuel receipt"],
        &["加油发票"],
    ),
    // gas_crgas__query_bill
    (
        &[
            "燃气费多少钱",
            "煤气费账单",
            "欠多少燃气费",
            "然气费",
            "天然气账单",
            "gas bill amount",
        ],
        &["查询燃气账单"],
    ),
    // gas_crgas__pay_bill
    (
        &[
            "交煤气费",
            "燃气表没钱了",
            "物联网表充值",
            "天然气缴费",
            "给燃气充钱",
            "pay gas bill",
        ],
        &["缴纳燃气费"],
    ),
    // gas_crgas__payment_history
    (
        &[
            "燃气交过没",
            "煤气费缴费明细",
            "燃气费交了多少",
            "gas payment record",
        ],
        &["gas payment history"],
    ),
    // gas_crgas__submit_reading
    (
        &[
            "抄表员没来",
            "自己报燃气表数",
            "燃气表读数上传",
            "煤气表度数",
            "gas meter reading",
        ],
        &["自报燃气读数"],
    ),
    // gas_crgas__book_ignition
    (
        &[
            "新房通气",
            "新家开通燃气",
            "点火通气",
            "煤气开通",
            "燃气开栓",
            "gas connection new home",
        ],
        &["开通点火"],
    ),
    // gas_crgas__set_autopay
    (
        &[
            "燃气自动扣费",
            "煤气费代扣",
            "每月自动交燃气",
            "老忘交燃气费",
            "gas autopay",
        ],
        &["开通燃气自动缴费"],
    ),
    // gas_crgas__cancel_autopay
    (
        &[
            "燃气代扣解约",
            "不要自动扣煤气费",
            "停掉燃气代扣",
            "cancel gas autopay",
        ],
        &["取消燃气自动缴费"],
    ),
    // gas_towngas__query_bill
    (
        &[
            "燃气费欠多少",
            "港华燃气账单",
            "煤气费多少",
            "燃气户号查费",
            "然气费查询",
            "how much gas owed",
        ],
        &["查询燃气费"],
    ),
    // gas_towngas__pay_bill
    (
        &[
            "交燃气费",
            "港华缴费",
            "煤气费缴了",
            "燃气欠费交钱",
            "gas bill payment",
        ],
        &["缴纳燃气费"],
    ),
    // gas_towngas__ic_card_topup
    (
        &[
            "燃气卡充值",
            "IC卡买气",
            "燃气卡没气",
            "买气",
            "气卡充钱",
            "插卡燃气表",
            "top up gas card",
        ],
        &["IC卡燃气表购气"],
    ),
    // gas_towngas__ic_card_records
    (
        &[
            "交了钱表里没气",
            "写卡失败",
            "购气没写卡",
            "燃气卡写卡",
            "买气记录",
            "gas card not credited",
        ],
        &["购气记录与写卡状态"],
    ),
    // gas_towngas__book_safety_check
    (
        &[
            "燃气入户安检",
            "约安检",
            "燃气检查上门",
            "煤气安全检查",
            "gas safety inspection",
        ],
        &["预约燃气安检"],
    ),
    // gas_towngas__report_repair
    (
        &[
            "燃气灶打不着",
            "燃气表坏了",
            "热水器点不着火",
            "燃气管道坏了",
            "煤气报修",
            "gas appliance repair",
        ],
        &["燃气报修"],
    ),
    // gas_towngas__payment_history
    (
        &[
            "港华缴费明细",
            "燃气费交过没",
            "燃气缴费历史",
            "towngas payment record",
        ],
        &["燃气缴费记录"],
    ),
    // heating__query_fee
    (
        &[
            "暖气费多少钱",
            "今年采暖费",
            "供暖费交了没",
            "取暖费多少",
            "供热费查询",
            "heating fee due",
        ],
        &["查询供暖费"],
    ),
    // heating__pay_fee
    (
        &[
            "交暖气费",
            "交采暖费",
            "供热费缴纳",
            "取暖费缴费",
            "暖器费",
            "pay heating fee",
        ],
        &["缴纳供暖费"],
    ),
    // heating__payment_history
    (
        &[
            "去年暖气费交了多少",
            "采暖费缴费明细",
            "往年供暖费",
            "heating payment record",
        ],
        &["供暖缴费记录"],
    ),
    // heating__apply_suspend
    (
        &[
            "房子空着不供暖",
            "暖气报停",
            "今年不烧暖气",
            "空房停暖",
            "只交基础热费",
            "stop heating empty home",
        ],
        &["申请供暖报停"],
    ),
    // heating__cancel_suspend
    (
        &[
            "恢复供暖",
            "又要烧暖气了",
            "撤回报停",
            "报停不停了",
            "resume heating",
        ],
        &["取消供暖报停"],
    ),
    // heating__report_cold
    (
        &[
            "暖气不热",
            "家里太冷",
            "暖气片冰凉",
            "室温太低",
            "暖器不热",
            "radiator is cold",
        ],
        &["室温不达标"],
    ),
    // heating__request_invoice
    (
        &[
            "暖气费发票",
            "取暖补贴报销",
            "采暖费开票",
            "供暖费报销",
            "heating fee receipt",
        ],
        &["供暖费发票"],
    ),
    // lifepay__list_accounts
    (
        &[
            "我绑了哪些户号",
            "家里的水电户号",
            "存过的缴费账号",
            "户号列表",
            "my utility accounts",
        ],
        &["我的缴费户号"],
    ),
    // lifepay__add_account
    (
        &[
            "绑定户号",
            "加个电费户号",
            "给爸妈家绑户号",
            "新增缴费账号",
            "save a utility account",
        ],
        &["添加缴费户号"],
    ),
    // lifepay__remove_account
    (
        &[
            "解绑户号",
            "搬走了删户号",
            "删掉旧户号",
            "不用的户号去掉",
            "unlink utility account",
        ],
        &["删除缴费户号"],
    ),
    // lifepay__set_reminder
    (
        &[
            "出账提醒我",
            "欠费提醒",
            "余额不足提醒",
            "老忘交水电费",
            "bill due reminder",
        ],
        &["开通缴费提醒"],
    ),
    // lifepay__cancel_reminder
    (
        &[
            "别再提醒缴费",
            "关掉欠费通知",
            "缴费短信太多",
            "停止缴费提醒",
            "turn off bill alerts",
        ],
        &["关闭缴费提醒"],
    ),
    // lifepay__all_payments
    (
        &[
            "水电煤一共花了多少",
            "生活缴费汇总",
            "每月水电开销",
            "家里缴费总账",
            "household bills overview",
        ],
        &["全部缴费记录"],
    ),
    // marriage_reg__list_offices
    (
        &[
            "民政局在哪",
            "婚姻登记处地址",
            "领证去哪",
            "民政局几点上班",
            "marriage registry office",
        ],
        &["婚姻登记处"],
    ),
    // marriage_reg__available_dates
    (
        &[
            "520能约吗",
            "七夕领证",
            "哪天能领证",
            "好日子还有号吗",
            "登记号源",
            "registry open dates",
        ],
        &["查询可约日期"],
    ),
    // marriage_reg__required_documents
    (
        &[
            "领证带什么",
            "结婚要什么材料",
            "户口本要带吗",
            "离婚需要什么证件",
            "登记照片要求",
            "documents for marriage",
        ],
        &["登记所需材料"],
    ),
    // marriage_reg__book_marriage
    (
        &[
            "领证预约",
            "扯证",
            "约领结婚证",
            "登机结婚",
            "去民政局领证",
            "register our marriage",
        ],
        &["预约结婚登记"],
    ),
    // marriage_reg__book_divorce
    (
        &[
            "离婚预约",
            "去民政局离婚",
            "协议离婚",
            "办离婚手续",
            "离婚冷静期",
            "file for divorce",
        ],
        &["预约离婚登记"],
    ),
    // marriage_reg__book_replacement
    (
        &[
            "结婚证丢了",
            "补办结婚证",
            "结婚证坏了",
            "结婚证找不到",
            "replace marriage certificate",
        ],
        &["补领结婚证"],
    ),
    // marriage_reg__list_bookings
    (
        &[
            "领证约的哪天",
            "登记预约记录",
            "民政局约上了没",
            "约的几点领证",
            "my registry appointment",
        ],
        &["我的登记预约"],
    ),
    // marriage_reg__cancel_booking
    (
        &[
            "不去领证了",
            "民政局预约取消",
            "改主意不登记",
            "撤销登记预约",
            "cancel registry appointment",
        ],
        &["取消登记预约"],
    ),
    // parking__query_fee
    (
        &[
            "停车费多少",
            "停了多久多少钱",
            "路边停车欠费",
            "停车欠费查询",
            "parking fee owed",
        ],
        &["查询停车费"],
    ),
    // parking__pay_fee
    (
        &[
            "交停车费",
            "出场缴费",
            "停车场付款",
            "补缴路边停车",
            "停车费扫码付",
            "pay for parking",
        ],
        &["缴纳停车费"],
    ),
    // parking__buy_monthly_pass
    (
        &[
            "包月停车",
            "办月租车位",
            "停车包月",
            "长租车位",
            "monthly parking pass",
        ],
        &["办理停车月卡"],
    ),
    // parking__renew_monthly_pass
    (
        &[
            "月卡快到期",
            "续停车月卡",
            "月租续费",
            "包月续一下",
            "renew parking pass",
        ],
        &["月卡续费"],
    ),
    // parking__parking_records
    (
        &[
            "停车历史",
            "上次停在哪",
            "停车时长记录",
            "停车扣费明细",
            "parking history",
        ],
        &["停车记录"],
    ),
    // parking__set_auto_pay
    (
        &[
            "出场自动扣费",
            "不停车抬杆",
            "免扫码离场",
            "无感停车",
            "绑车牌自动付",
            "auto pay parking",
        ],
        &["开通无感支付"],
    ),
    // parking__cancel_auto_pay
    (
        &[
            "关掉自动扣停车费",
            "解绑车牌扣款",
            "无感支付不要了",
            "停车自动扣款关闭",
            "stop auto parking payment",
        ],
        &["关闭无感支付"],
    ),
    // parking__find_lots
    (
        &[
            "附近哪能停车",
            "找车位",
            "停车场收费标准",
            "有空车位吗",
            "parking lot nearby",
        ],
        &["附近停车场"],
    ),
    // power_csg__query_bill
    (
        &[
            "电费多少钱",
            "欠了多少电费",
            "点费账单",
            "这月电费",
            "南网电费",
            "how much electricity owed",
        ],
        &["查询电费账单"],
    ),
    // power_csg__pay_bill
    (
        &[
            "交电费",
            "欠费停电了",
            "交点费",
            "电费缴了",
            "南方电网缴费",
            "pay electricity bill",
        ],
        &["缴纳电费"],
    ),
    // power_csg__prepay
    (
        &[
            "先存点电费",
            "预交电费",
            "多充点电费",
            "电费存进去",
            "prepay electricity",
        ],
        &["预存电费"],
    ),
    // power_csg__query_balance
    (
        &[
            "电费余额",
            "预存还剩多少",
            "电费还能用几天",
            "电表余额",
            "prepaid power balance",
        ],
        &["查询预存余额"],
    ),
    // power_csg__usage_history
    (
        &[
            "用了多少度电",
            "每月用电量",
            "阶梯电价到哪档",
            "用电度数",
            "电怎么用这么多",
            "electricity usage kwh",
        ],
        &["查询用电量"],
    ),
    // power_csg__payment_history
    (
        &[
            "电费交过没",
            "电费缴费明细",
            "南网缴费历史",
            "电费交了几次",
            "electricity payment record",
        ],
        &["缴费记录 payment history"],
    ),
    // power_csg__outage_notice
    (
        &[
            "什么时候停电",
            "明天停电吗",
            "计划停电",
            "突然停电了",
            "片区停电",
            "power cut schedule",
        ],
        &["停电公告"],
    ),
    // power_sgcc__query_bill
    (
        &[
            "国网电费账单",
            "电费欠费多少",
            "这个月电费多少",
            "查点费",
            "电费出账了吗",
            "electricity bill",
        ],
        &["查询电费账单"],
    ),
    // power_sgcc__pay_bill
    (
        &[
            "网上交电费",
            "电费充值",
            "国家电网缴费",
            "交个电费",
            "电费欠了交上",
            "pay power bill",
        ],
        &["缴纳电费"],
    ),
    // power_sgcc__usage_history
    (
        &[
            "峰谷用电",
            "这个月用了几度电",
            "用电量对比",
            "用电太多",
            "用电统计",
            "power consumption",
        ],
        &["查询用电量"],
    ),
    // power_sgcc__payment_history
    (
        &[
            "电费缴了吗",
            "国网缴费记录",
            "电费交费历史",
            "电费到账没",
            "electricity payments history",
        ],
        &["电费缴费记录"],
    ),
    // power_sgcc__set_autopay
    (
        &[
            "电费自动扣",
            "电费代扣",
            "每月自动交电费",
            "不想每月交电费",
            "electricity autopay",
        ],
        &["开通电费自动缴费"],
    ),
    // power_sgcc__cancel_autopay
    (
        &[
            "电费代扣解约",
            "不要自动扣电费",
            "关掉电费自动缴",
            "cancel power autopay",
        ],
        &["取消电费自动缴费"],
    ),
    // power_sgcc__request_invoice
    (
        &[
            "电费发票",
            "电费报销",
            "开电费票",
            "电费开票",
            "power bill invoice",
        ],
        &["电费电子发票"],
    ),
    // property__query_fee
    (
        &[
            "物业费多少",
            "欠物业费吗",
            "车位管理费",
            "公摊水电费",
            "物业费查询",
            "property fee due",
        ],
        &["查询物业费"],
    ),
    // property__pay_fee
    (
        &[
            "交物业费",
            "物业费缴了",
            "交管理费",
            "物业费续交",
            "物页费",
            "pay property fee",
        ],
        &["缴纳物业费"],
    ),
    // property__payment_history
    (
        &[
            "物业费交到哪年",
            "物业费缴费明细",
            "去年物业费",
            "property payment record",
        ],
        &["物业缴费记录"],
    ),
    // property__submit_repair
    (
        &[
            "家里漏水",
            "楼道灯坏了",
            "电梯坏了",
            "门禁坏了",
            "找物业修",
            "报个修",
            "report a repair",
        ],
        &["报事报修"],
    ),
    // property__list_repairs
    (
        &[
            "报修进度",
            "修好了没",
            "物业工单",
            "物业派人没",
            "my repair orders",
        ],
        &["我的报修单"],
    ),
    // property__cancel_repair
    (
        &[
            "不用修了",
            "报修撤销",
            "自己修好了",
            "撤回报修单",
            "cancel repair request",
        ],
        &["取消报修"],
    ),
    // property__visitor_pass
    (
        &[
            "朋友来家里",
            "访客码",
            "给客人开门",
            "访客车进小区",
            "临时通行码",
            "visitor pass",
        ],
        &["访客邀请通行"],
    ),
    // social_security_card__apply_sscard
    (
        &[
            "办社保卡",
            "第一次办社保卡",
            "新办社保卡",
            "社报卡申请",
            "孩子办社保卡",
            "get social security card",
        ],
        &["社保卡申领"],
    ),
    // social_security_card__activate_financial
    (
        &[
            "社保卡激活",
            "社保卡金融功能",
            "领养老金要激活",
            "社保卡当银行卡用",
            "activate sscard bank account",
        ],
        &["激活社保卡"],
    ),
    // social_security_card__report_lost_sscard
    (
        &[
            "社保卡丢了",
            "社保卡找不到",
            "社保卡被偷",
            "冻结社保卡",
            "lost social security card",
        ],
        &["社保卡挂失"],
    ),
    // social_security_card__reissue_sscard
    (
        &[
            "补办社保卡",
            "社保卡坏了",
            "换新社保卡",
            "社保卡消磁",
            "replace sscard",
        ],
        &["社保卡补换"],
    ),
    // social_security_card__sscard_balance
    (
        &[
            "社保卡里有多少钱",
            "养老金到账没",
            "社保卡余额",
            "社保卡流水",
            "pension arrived",
        ],
        &["社保卡余额"],
    ),
    // social_security_card__sscard_progress
    (
        &[
            "社保卡做好了没",
            "社保卡什么时候能领",
            "制卡到哪了",
            "社保卡进度",
            "is my sscard ready",
        ],
        &["制卡进度"],
    ),
    // social_security_card__pay_resident_insurance
    (
        &[
            "交居民医保",
            "新农合缴费",
            "城乡居民养老",
            "给孩子交医保",
            "交医保",
            "pay resident medical insurance",
        ],
        &["城乡居民"],
    ),
    // traffic_12123__query_violations
    (
        &[
            "有没有违章",
            "被拍了吗",
            "违章查询",
            "闯红灯被拍",
            "违停罚单",
            "traffic tickets",
        ],
        &["查询交通违法"],
    ),
    // traffic_12123__handle_violation
    (
        &[
            "处理违章",
            "违章扣分处理",
            "电子眼违章处理",
            "认领违章",
            "handle camera violation",
        ],
        &["违法处理"],
    ),
    // traffic_12123__pay_fine
    (
        &[
            "交罚款",
            "违章罚款缴纳",
            "罚单交钱",
            "滞纳金",
            "罚款决定书",
            "pay traffic fine",
        ],
        &["缴纳交通罚款"],
    ),
    // traffic_12123__licence_points
    (
        &[
            "驾照扣了几分",
            "还剩几分",
            "驾驶证分数",
            "口分查询",
            "license points left",
        ],
        &["驾驶证记分"],
    ),
    // traffic_12123__renew_licence
    (
        &[
            "驾照到期",
            "换驾照",
            "驾驶证过期",
            "驾照快到期",
            "renew driving license",
        ],
        &["到期换证"],
    ),
    // traffic_12123__points_study
    (
        &[
            "分快扣完了",
            "消分",
            "网上学习减分",
            "学习减分",
            "reduce license points",
        ],
        &["学法减分"],
    ),
    // traffic_12123__my_vehicles
    (
        &[
            "我名下的车",
            "绑定的车辆",
            "车辆状态",
            "车保险到期没",
            "my registered cars",
        ],
        &["我的机动车"],
    ),
    // vehicle_tax__query_tax
    (
        &[
            "车船税多少钱",
            "今年车船税",
            "车船税交了没",
            "欠车船税",
            "vehicle tax due",
        ],
        &["查询车船税"],
    ),
    // vehicle_tax__pay_tax
    (
        &[
            "交车船税",
            "补缴车船税",
            "车船税缴费",
            "车船说",
            "pay vehicle tax",
        ],
        &["缴纳车船税"],
    ),
    // vehicle_tax__payment_records
    (
        &[
            "车船税交过没",
            "保险代收车船税",
            "往年车船税",
            "vehicle tax paid record",
        ],
        &["车船税缴纳记录"],
    ),
    // vehicle_tax__tax_certificate
    (
        &[
            "完税证明",
            "年检要完税证明",
            "卖车要税证明",
            "车船税凭证",
            "tax paid certificate",
        ],
        &["完税证明"],
    ),
    // vehicle_tax__apply_exemption
    (
        &[
            "新能源免车船税",
            "车船税减半",
            "车船税免征",
            "残疾人车免税",
            "vehicle tax exemption",
        ],
        &["车船税减免"],
    ),
    // water_bj__query_bill
    (
        &[
            "水费多少",
            "欠多少水费",
            "这个月水费",
            "用了多少方水",
            "谁费账单",
            "water bill",
        ],
        &["查询水费账单"],
    ),
    // water_bj__pay_bill
    (
        &[
            "交水费",
            "水费缴了",
            "欠水费交上",
            "交谁费",
            "pay water bill",
        ],
        &["缴纳水费"],
    ),
    // water_bj__payment_history
    (
        &[
            "水费交过没",
            "水费缴费明细",
            "水费交了几次",
            "water payment record",
        ],
        &["水费缴费记录"],
    ),
    // water_bj__set_autopay
    (
        &["水费自动扣", "水费代扣", "每期自动交水费", "water autopay"],
        &["开通水费代扣"],
    ),
    // water_bj__cancel_autopay
    (
        &[
            "不要自动扣水费",
            "水费代扣解约",
            "关掉水费代扣",
            "cancel water autopay",
        ],
        &["取消水费代扣"],
    ),
    // water_bj__report_repair
    (
        &[
            "家里没水",
            "水压太小",
            "水表坏了",
            "表前管道漏水",
            "水龙头没水",
            "no water at home",
        ],
        &["供水报修"],
    ),
    // water_bj__outage_notice
    (
        &[
            "什么时候停水",
            "明天停水吗",
            "小区停水",
            "突然停水了",
            "water outage",
        ],
        &["停水通知"],
    ),
    // water_sh__query_bill
    (
        &[
            "上海水费",
            "两个月水费多少",
            "水费出账",
            "水费欠费",
            "谁费查询",
            "shanghai water bill",
        ],
        &["查询水费"],
    ),
    // water_sh__pay_bill
    (
        &[
            "上海交水费",
            "缴水费",
            "水费付了",
            "自来水费缴纳",
            "pay water",
        ],
        &["缴纳水费"],
    ),
    // water_sh__payment_history
    (
        &[
            "上海水费缴费明细",
            "水费记录",
            "以前交的水费",
            "water bills paid",
        ],
        &["水费缴费记录"],
    ),
    // water_sh__tier_prices
    (
        &[
            "水价多少钱一吨",
            "一方水多少钱",
            "污水处理费",
            "阶梯水价标准",
            "water price per ton",
        ],
        &["阶梯水价"],
    ),
    // water_sh__tier_usage
    (
        &[
            "水费怎么涨了",
            "今年用水到第几档",
            "用水超阶梯",
            "年度用水量",
            "why water bill higher",
        ],
        &["年度阶梯用水量"],
    ),
    // water_sh__transfer_owner
    (
        &[
            "买房水表过户",
            "水费户名变更",
            "二手房过户水",
            "改水费户名",
            "transfer water account",
        ],
        &["水表过户"],
    ),
    // water_sz__query_bill
    (
        &[
            "深圳水费",
            "水费欠多少",
            "水费账单",
            "水费出来没",
            "water bill shenzhen",
        ],
        &["查询水费账单"],
    ),
    // water_sz__pay_bill
    (
        &[
            "交水费",
            "深圳缴水费",
            "水费缴纳",
            "欠水费了",
            "pay water shenzhen",
        ],
        &["缴纳水费"],
    ),
    // water_sz__payment_history
    (
        &[
            "水费交了没",
            "深圳水费缴费记录",
            "水费缴费历史",
            "water payment history",
        ],
        &["water payment history"],
    ),
    // water_sz__submit_reading
    (
        &[
            "抄表员进不来",
            "自己报水表",
            "水表读数拍照",
            "水费按估算",
            "submit water meter reading",
        ],
        &["自报水表读数"],
    ),
    // water_sz__open_account
    (
        &[
            "新房开户用水",
            "租房水费开户",
            "新装水表",
            "用水开户",
            "new water account",
        ],
        &["新装用水开户"],
    ),
    // water_sz__outage_notice
    (
        &[
            "深圳停水",
            "什么时候来水",
            "停水公告查询",
            "管道施工停水",
            "water cut schedule",
        ],
        &["停水公告"],
    ),
    // water_delivery__order_water
    (
        &[
            "送水上门",
            "订桶水",
            "叫桶水",
            "饮水机没水了",
            "来两桶水",
            "order bottled water",
        ],
        &["订桶装水"],
    ),
    // water_delivery__buy_tickets
    (
        &["买水票", "水票套餐", "充水票", "20送2", "buy water tickets"],
        &["购买水票"],
    ),
    // water_delivery__ticket_balance
    (
        &[
            "水票还剩几张",
            "水票还有吗",
            "水票过期了吗",
            "water tickets left",
        ],
        &["水票余额"],
    ),
    // water_delivery__set_schedule
    (
        &[
            "每周送两桶",
            "定时送水",
            "固定送水",
            "自动送水",
            "regular water delivery",
        ],
        &["设置定期送水"],
    ),
    // water_delivery__cancel_schedule
    (
        &[
            "不要再送水了",
            "停掉定期送水",
            "暂停送水",
            "stop water delivery",
        ],
        &["取消定期送水"],
    ),
    // water_delivery__refund_deposit
    (
        &[
            "退水桶",
            "空桶押金",
            "桶押金退",
            "退压金",
            "refund barrel deposit",
        ],
        &["退桶押金"],
    ),
    // water_delivery__track_order
    (
        &[
            "水什么时候到",
            "送水师傅到哪",
            "水还没送来",
            "送水要等多久",
            "where is my water",
        ],
        &["送水进度"],
    ),
    // car_rental__search_cars
    (
        &[
            "租个车",
            "有什么车能租",
            "租车多少钱一天",
            "机场取车",
            "自驾租车",
            "rent a car",
        ],
        &["可租车型"],
    ),
    // car_rental__book_car
    (
        &[
            "订辆车",
            "租车下单",
            "预订自驾车",
            "周末租车自驾游",
            "book a rental car",
        ],
        &["预订租车"],
    ),
    // car_rental__cancel_rental
    (
        &[
            "租车不要了",
            "退订租车",
            "取消订车",
            "行程取消不租了",
            "cancel car rental",
        ],
        &["取消租车订单"],
    ),
    // car_rental__extend_rental
    (
        &[
            "晚两天还车",
            "多租几天",
            "延长还车",
            "还车时间往后延",
            "extend car rental",
        ],
        &["extend a rental"],
    ),
    // car_rental__deposit_status
    (
        &[
            "押金没退",
            "租车押金多久退",
            "违章押金",
            "预授权没解冻",
            "还车后押金",
            "deposit not returned",
        ],
        &["押金退还进度"],
    ),
    // car_rental__rental_violations
    (
        &[
            "租车期间违章",
            "租的车被拍",
            "租车罚单",
            "租车扣分",
            "rental car ticket",
        ],
        &["租车违章"],
    ),
    // car_rental__my_rentals
    (
        &["我租的车", "租车订单查看", "租车记录", "my car rentals"],
        &["我的租车订单"],
    ),
    // appliance_repair__repair_prices
    (
        &[
            "修空调多少钱",
            "上门费多少",
            "空调加氟价格",
            "维修价格表",
            "repair cost",
        ],
        &["维修收费标准"],
    ),
    // appliance_repair__request_repair
    (
        &[
            "空调不制冷",
            "洗衣机不排水",
            "冰箱不冷",
            "热水器坏了",
            "叫师傅上门修",
            "appliance broken",
        ],
        &["上门维修"],
    ),
    // appliance_repair__book_installation
    (
        &[
            "装空调",
            "新买热水器安装",
            "空调移机",
            "装油烟机",
            "install air conditioner",
        ],
        &["家电安装"],
    ),
    // appliance_repair__track_repair
    (
        &[
            "师傅什么时候来",
            "维修到哪一步",
            "等配件",
            "师傅出发没",
            "repair status",
        ],
        &["维修进度"],
    ),
    // appliance_repair__cancel_repair
    (
        &[
            "不用上门修了",
            "维修单撤销",
            "自己好了不修了",
            "cancel repair visit",
        ],
        &["取消维修订单"],
    ),
    // appliance_repair__pay_repair
    (
        &["付维修费", "配件费付款", "修完付钱", "pay repair bill"],
        &["支付维修费用"],
    ),
    // appliance_repair__check_warranty
    (
        &[
            "还在保修吗",
            "过保没",
            "延保查询",
            "保修还有多久",
            "warranty check",
        ],
        &["保修期"],
    ),
    // housekeeping__service_prices
    (
        &[
            "保洁多少钱一小时",
            "开荒保洁价格",
            "家政收费",
            "油烟机清洗价格",
            "cleaning price",
        ],
        &["家政服务价格"],
    ),
    // housekeeping__book_cleaning
    (
        &[
            "请个阿姨打扫",
            "小时工",
            "家里大扫除",
            "深度保洁",
            "擦玻璃",
            "book a cleaner",
        ],
        &["预约保洁"],
    ),
    // housekeeping__hire_helper
    (
        &[
            "请保姆",
            "找月嫂",
            "育儿嫂",
            "请护工照顾老人",
            "住家阿姨",
            "hire a nanny",
        ],
        &["保姆月嫂"],
    ),
    // housekeeping__reschedule_order
    (
        &[
            "阿姨改天来",
            "保洁换时间",
            "上门时间改一下",
            "reschedule cleaning",
        ],
        &["修改上门时间"],
    ),
    // housekeeping__cancel_order
    (
        &["保洁不要了", "阿姨别来了", "退掉家政", "cancel cleaning"],
        &["取消家政订单"],
    ),
    // housekeeping__pay_order
    (
        &["付保洁费", "阿姨打扫完付钱", "家政付款", "pay the cleaner"],
        &["支付家政订单"],
    ),
    // housekeeping__list_orders
    (
        &[
            "阿姨几点来",
            "保洁订单状态",
            "约的保洁",
            "my cleaning orders",
        ],
        &["我的家政订单"],
    ),
    // housekeeping__rate_service
    (
        &[
            "给阿姨打分",
            "评价保洁",
            "投诉保洁",
            "阿姨打扫得好",
            "rate the cleaner",
        ],
        &["评价服务"],
    ),
    // moving__get_quote
    (
        &[
            "搬家多少钱",
            "搬家报价",
            "搬家大概费用",
            "没电梯搬家多贵",
            "moving cost estimate",
        ],
        &["搬家估价"],
    ),
    // moving__book_move
    (
        &[
            "找搬家公司",
            "叫个货车搬家",
            "约搬家师傅",
            "下周搬家",
            "班家",
            "book movers",
        ],
        &["预约搬家"],
    ),
    // moving__reschedule_move
    (
        &["搬家改天", "搬家推迟", "搬家日期变了", "change moving date"],
        &["修改搬家时间"],
    ),
    // moving__cancel_move
    (
        &["不搬了", "搬家取消", "退搬家单", "cancel move"],
        &["取消搬家订单"],
    ),
    // moving__pay_move
    (
        &["付搬家钱", "楼层费", "搬家尾款", "pay movers"],
        &["支付搬家费用"],
    ),
    // moving__list_orders
    (
        &[
            "搬家订单状态",
            "约的搬家",
            "搬家车什么时候到",
            "my moving order",
        ],
        &["我的搬家订单"],
    ),
    // recycling__recycle_prices
    (
        &[
            "纸箱多少钱一斤",
            "废品价格",
            "废铁回收价",
            "旧空调回收价格",
            "scrap prices",
        ],
        &["回收价格"],
    ),
    // recycling__book_pickup
    (
        &[
            "卖废品",
            "收废品上门",
            "纸箱子回收",
            "旧家电回收",
            "回首废品",
            "book recycling pickup",
        ],
        &["预约上门回收"],
    ),
    // recycling__donate_clothes
    (
        &[
            "旧衣服捐了",
            "衣服回收",
            "不穿的衣服",
            "捐衣服",
            "donate clothes",
        ],
        &["旧衣捐赠"],
    ),
    // recycling__cancel_pickup
    (
        &[
            "不卖废品了",
            "回收取消",
            "收废品别来了",
            "cancel recycling pickup",
        ],
        &["取消回收预约"],
    ),
    // recycling__list_orders
    (
        &[
            "卖了多少废品",
            "回收订单",
            "废品卖了多少钱",
            "my recycling orders",
        ],
        &["我的回收订单"],
    ),
    // recycling__withdraw_earnings
    (
        &[
            "环保金提现",
            "卖废品的钱取出",
            "回收钱到卡",
            "withdraw recycling money",
        ],
        &["回收收益提现"],
    ),
    // laundry__price_list
    (
        &[
            "干洗多少钱",
            "羽绒服洗一次多少",
            "洗鞋价格",
            "窗帘清洗价格",
            "dry cleaning prices",
        ],
        &["洗衣价格表"],
    ),
    // laundry__book_pickup
    (
        &[
            "上门收衣服",
            "干洗上门取",
            "送洗衣服",
            "洗羽绒服",
            "laundry pickup",
        ],
        &["预约上门取衣"],
    ),
    // laundry__pay_order
    (
        &["付洗衣费", "干洗付款", "洗衣服付钱", "pay laundry"],
        &["支付洗衣订单"],
    ),
    // laundry__track_order
    (
        &[
            "衣服洗好了没",
            "衣服送回来没",
            "洗衣到哪了",
            "laundry status",
        ],
        &["洗衣进度"],
    ),
    // laundry__cancel_order
    (
        &["不洗了", "取消取衣", "洗衣单撤销", "cancel laundry"],
        &["取消洗衣订单"],
    ),
    // laundry__list_orders
    (
        &[
            "送洗了哪些衣服",
            "洗衣订单",
            "送洗记录",
            "my laundry orders",
        ],
        &["我的洗衣订单"],
    ),
    // rent__query_rent
    (
        &[
            "这个月房租多少",
            "该交多少房租",
            "房租账单",
            "房祖多少",
            "rent due",
        ],
        &["查询房租账单"],
    ),
    // rent__pay_rent
    (
        &["交房租", "付房租", "给房东转租金", "租金缴纳", "pay rent"],
        &["缴纳房租"],
    ),
    // rent__rent_history
    (
        &[
            "房租交过的记录",
            "租房个税扣除",
            "房租凭证",
            "rent payment proof",
        ],
        &["房租缴纳记录"],
    ),
    // rent__set_autopay
    (
        &[
            "房租自动交",
            "每月自动付房租",
            "房租代扣",
            "忘交房租",
            "rent autopay",
        ],
        &["开通房租自动扣款"],
    ),
    // rent__cancel_autopay
    (
        &[
            "不要自动扣房租",
            "房租代扣取消",
            "停掉房租自动扣",
            "stop rent autopay",
        ],
        &["取消房租自动扣款"],
    ),
    // rent__view_lease
    (
        &[
            "看租房合同",
            "押一付三",
            "合同到哪天",
            "租房备案",
            "lease contract",
        ],
        &["查看租赁合同"],
    ),
    // rent__renew_lease
    (
        &["合同到期续签", "再租一年", "续签租房合同", "renew lease"],
        &["续租签约"],
    ),
    // rent__terminate_lease
    (
        &["不租了", "提前退租", "退押金", "搬走退房", "end lease"],
        &["申请退租"],
    ),
    // pet_care__book_vet
    (
        &[
            "猫生病了",
            "狗狗看病",
            "打狂犬疫苗",
            "猫绝育",
            "宠物医院挂号",
            "vet appointment",
        ],
        &["预约宠物医院"],
    ),
    // pet_care__cancel_vet
    (
        &[
            "宠物医院不去了",
            "取消看病预约",
            "猫好了不用去了",
            "疫苗改天再打",
            "cancel vet visit",
        ],
        &["取消宠物医院预约"],
    ),
    // pet_care__book_grooming
    (
        &["给狗洗澡", "猫咪美容", "剪指甲", "宠物洗护", "dog grooming"],
        &["洗护美容"],
    ),
    // pet_care__book_boarding
    (
        &[
            "出差猫没人管",
            "狗寄养",
            "放假宠物寄养",
            "猫托管",
            "pet boarding",
        ],
        &["宠物寄养"],
    ),
    // pet_care__pay_vet_bill
    (
        &["付宠物医药费", "宠物看病钱", "宠物医院结账", "pay vet"],
        &["宠物医疗费"],
    ),
    // pet_care__health_records
    (
        &[
            "疫苗打到哪针",
            "该驱虫了吗",
            "猫三联",
            "宠物疫苗记录",
            "pet vaccine record",
        ],
        &["宠物健康档案"],
    ),
    // pet_care__dog_license
    (
        &["办狗证", "犬证年审", "养狗登记", "遛狗要证", "dog license"],
        &["养犬登记"],
    ),
    // elderly_care__list_institutions
    (
        &[
            "找养老院",
            "敬老院",
            "日间照料中心",
            "养老院多少钱一月",
            "care home nearby",
        ],
        &["查询养老机构"],
    ),
    // elderly_care__book_home_care
    (
        &[
            "上门护理",
            "给老人助浴",
            "陪诊",
            "老人上门照护",
            "home care for parents",
        ],
        &["居家上门"],
    ),
    // elderly_care__cancel_home_care
    (
        &[
            "上门护理不要了",
            "取消助浴",
            "护工别来了",
            "陪诊不用了",
            "cancel home care",
        ],
        &["取消上门服务"],
    ),
    // elderly_care__list_services
    (
        &[
            "护理记录",
            "约的上门服务",
            "养老服务订单",
            "my care bookings",
        ],
        &["我的养老服务记录"],
    ),
    // elderly_care__pay_care_fee
    (
        &["交养老院费", "床位费", "护理费缴纳", "pay care home fee"],
        &["缴纳养老服务费"],
    ),
    // elderly_care__allowance_status
    (
        &[
            "高龄补贴",
            "老人补贴发了没",
            "八十岁补贴",
            "养老补贴申请",
            "old age allowance",
        ],
        &["高龄津贴"],
    ),
    // elderly_care__set_emergency_contact
    (
        &[
            "一键呼叫联系人",
            "老人摔倒通知谁",
            "紧急呼叫绑定家属",
            "emergency contact elderly",
        ],
        &["紧急联系人"],
    ),
    // community_canteen__today_menu
    (
        &[
            "今天吃什么",
            "食堂菜单",
            "今天午饭有啥",
            "长者食堂菜谱",
            "canteen menu",
        ],
        &["今日菜单"],
    ),
    // community_canteen__order_meal
    (
        &["订午饭", "老人送餐", "订个饭", "食糖订餐", "order lunch"],
        &["在线订餐"],
    ),
    // community_canteen__cancel_meal
    (
        &["不吃了", "退餐", "午饭取消", "cancel meal"],
        &["取消订餐"],
    ),
    // community_canteen__meal_card_balance
    (
        &[
            "饭卡还有多少钱",
            "饭卡里多少钱",
            "餐卡余额",
            "meal card balance",
        ],
        &["饭卡余额"],
    ),
    // community_canteen__top_up_meal_card
    (
        &["给饭卡充钱", "饭卡没钱了", "充饭卡", "top up meal card"],
        &["饭卡充值"],
    ),
    // community_canteen__apply_meal_subsidy
    (
        &[
            "老人吃饭补贴",
            "助餐优惠",
            "60岁吃饭打折",
            "meal subsidy elderly",
        ],
        &["助餐补贴"],
    ),
    // transit_card__ride_code
    (
        &[
            "坐地铁扫码",
            "公交码",
            "打开乘车码",
            "地铁二维码",
            "bus qr code",
        ],
        &["ride QR code"],
    ),
    // transit_card__enable_code
    (
        &[
            "开通地铁码",
            "公交码开通",
            "新城市坐地铁",
            "绑定乘车卡",
            "activate metro code",
        ],
        &["开通乘车码"],
    ),
    // transit_card__disable_code
    (
        &[
            "关掉乘车码",
            "乘车码解绑",
            "不用乘车码",
            "deactivate ride code",
        ],
        &["关闭乘车码"],
    ),
    // transit_card__topup_card
    (
        &[
            "公交卡充值",
            "一卡通充钱",
            "交通卡没钱了",
            "NFC交通卡充值",
            "top up metro card",
        ],
        &["交通卡充值"],
    ),
    // transit_card__card_balance
    (
        &[
            "公交卡还有多少钱",
            "一卡通余额",
            "公交卡余额",
            "transit card balance",
        ],
        &["交通卡余额"],
    ),
    // transit_card__fare_dispute
    (
        &[
            "地铁多扣钱",
            "没刷出站",
            "扣了最高票价",
            "乘车扣费不对",
            "wrong metro fare",
        ],
        &["扣费申诉"],
    ),
    // transit_card__ride_records
    (
        &[
            "坐车记录",
            "地铁扣费记录",
            "上周坐了几次地铁",
            "metro trip history",
        ],
        &["乘车记录"],
    ),
    // transit_card__route_plan
    (
        &[
            "怎么坐地铁去",
            "坐几路公交",
            "换乘路线",
            "地铁怎么走",
            "bus route to",
        ],
        &["线路查询"],
    ),
    // ride_hailing__estimate_fare
    (
        &[
            "打车多少钱",
            "打车大概多少",
            "去机场车费",
            "快车多少钱",
            "fare estimate",
        ],
        &["预估车费"],
    ),
    // ride_hailing__request_ride
    (
        &[
            "叫个车",
            "马上打车",
            "叫辆快车",
            "打个车",
            "大车",
            "call a taxi now",
        ],
        &["立即叫车"],
    ),
    // ride_hailing__schedule_ride
    (
        &[
            "明早约车去机场",
            "预约打车",
            "提前叫车",
            "约个车",
            "schedule a ride",
        ],
        &["预约用车"],
    ),
    // ride_hailing__cancel_ride
    (
        &["不坐了", "取消打车", "司机太远不要了", "cancel ride"],
        &["取消叫车"],
    ),
    // ride_hailing__pay_fare
    (
        &["车费还没付", "补付车费", "打车付款", "pay taxi fare"],
        &["支付车费"],
    ),
    // ride_hailing__trip_history
    (
        &["打车记录", "以前坐过的车", "上个月打车花费", "ride history"],
        &["我的行程"],
    ),
    // ride_hailing__trip_invoice
    (
        &["打车发票", "打车报销", "行程单开票", "taxi receipt"],
        &["行程开发票"],
    ),
    // ride_hailing__lost_item
    (
        &[
            "东西落车上",
            "手机落出租车",
            "包忘车上了",
            "找司机要东西",
            "left phone in taxi",
        ],
        &["物品遗失"],
    ),
    // ---- second pass: situations, English and mixed phrasings ----
    // annual_inspection__check_due
    (
        &[
            "车买了快六年了",
            "行驶证上年检日期",
            "车检标志快过期",
            "新车几年检一次",
            "年检过期会罚吗",
            "is my car inspection overdue",
            "车 inspection 到期了吗",
        ],
        &["年检到期查询"],
    ),
    // annual_inspection__find_stations
    (
        &[
            "哪个检测站人少",
            "离家近的验车点",
            "检车去哪里",
            "年审去哪个站",
            "where to get car inspected",
        ],
        &["检测站查询"],
    ),
    // annual_inspection__book
    (
        &[
            "车检快到期了要去验",
            "老车要上线检测",
            "周末想去检车",
            "十年以上的车年检",
            "schedule vehicle inspection",
            "帮我约个 inspection",
        ],
        &["预约年检"],
    ),
    // annual_inspection__list_bookings
    (
        &[
            "忘了约的检车时间",
            "检车预约成功了吗",
            "检车约在哪个站",
            "when is my inspection booking",
        ],
        &["我的年检预约"],
    ),
    // annual_inspection__reschedule
    (
        &[
            "检车那天要出差",
            "检车时间冲突了",
            "年检预约改到周末",
            "change my inspection slot",
        ],
        &["改约年检"],
    ),
    // annual_inspection__cancel_booking
    (
        &[
            "车卖了不检了",
            "车检先不约了",
            "检车预约撤掉",
            "drop the inspection appointment",
        ],
        &["取消年检预约"],
    ),
    // annual_inspection__apply_exempt_sticker
    (
        &[
            "新车六年内不用上线",
            "免检车怎么领标",
            "车窗上年检标没了",
            "电子年检标志下载",
            "不用去检测站的年检",
            "get inspection exemption certificate",
        ],
        &["申领免检标志"],
    ),
    // broadband__query_account
    (
        &[
            "宽带账号忘了",
            "家里网是多少兆的",
            "宽带还能用多久",
            "what is my broadband plan",
            "宽带 plan 是什么",
        ],
        &["查询宽带账户"],
    ),
    // broadband__renew
    (
        &[
            "宽带到期上不了网",
            "网被停了要交钱",
            "宽带欠费断网",
            "renew home internet",
            "宽带 续一年",
        ],
        &["宽带续费"],
    ),
    // broadband__book_install
    (
        &[
            "租房没有宽带",
            "想装个光纤",
            "新家需要 wifi",
            "刚搬进来还没网",
            "get broadband installed",
            "装个 wifi",
        ],
        &["预约新装宽带"],
    ),
    // broadband__report_fault
    (
        &[
            "路由器重启也没用",
            "网页打不开",
            "打游戏网卡",
            "晚上网速很差",
            "网络 断断续续",
            "wifi keeps dropping",
            "home wifi not working",
        ],
        &["宽带故障报修"],
    ),
    // broadband__upgrade_speed
    (
        &[
            "百兆不够用",
            "想要千兆宽带",
            "打游戏延迟高想换快的",
            "家里人多网不够快",
            "faster internet plan",
            "网速 upgrade",
        ],
        &["宽带提速"],
    ),
    // broadband__relocate
    (
        &[
            "搬家了网络还要用",
            "换房子宽带怎么办",
            "宽带迁到新地址",
            "moving house keep broadband",
            "搬家 宽带 迁移",
        ],
        &["宽带移机"],
    ),
    // broadband__cancel_service
    (
        &[
            "要出国宽带不用了",
            "退租了宽带要停",
            "家里不用网了",
            "宽带合约到期不续",
            "stop home internet service",
            "terminate broadband",
        ],
        &["宽带销户"],
    ),
    // cable_tv__query_fee
    (
        &[
            "电视提示欠费",
            "有线电视还能看多久",
            "机顶盒提示到期",
            "how long is cable paid",
        ],
        &["查询收视费"],
    ),
    // cable_tv__pay_fee
    (
        &[
            "电视看不了提示缴费",
            "给老人交有线电视费",
            "有线电视续一年",
            "机顶盒欠费停了",
            "pay tv subscription",
        ],
        &["缴纳收视费"],
    ),
    // cable_tv__payment_history
    (
        &[
            "电视费什么时候交的",
            "有线电视交费明细",
            "tv bill payment history",
        ],
        &["收视费缴费记录"],
    ),
    // cable_tv__order_package
    (
        &[
            "想看足球直播",
            "孩子想看动画频道",
            "世界杯要开什么",
            "电视想看电影大片",
            "subscribe sports channel",
            "开个 sports 包",
        ],
        &["订购节目套餐"],
    ),
    // cable_tv__cancel_package
    (
        &[
            "电视多扣了频道费",
            "体育包不看了",
            "球赛结束退订",
            "每月被扣节目费",
            "unsubscribe tv package",
        ],
        &["退订节目套餐"],
    ),
    // cable_tv__report_fault
    (
        &[
            "电视雪花屏",
            "机顶盒开不了机",
            "电视只有声音没图像",
            "电视画面马赛克",
            "cable tv not working",
        ],
        &["有线电视报修"],
    ),
    // cmcc__topup, telecom__topup, unicom__topup
    (
        &[
            "手机停机打不出去",
            "打电话提示欠费",
            "停机了收不到验证码",
            "给老人手机充钱",
            "recharge my phone",
            "手机 充值",
            "手机没话费了",
        ],
        &["话费充值"],
    ),
    // cmcc__query_balance, telecom__query_balance, unicom__query_balance
    (
        &[
            "话费扣得快不知还剩多少",
            "担心手机要停机",
            "查下手机余额",
            "phone balance check",
            "is my phone in arrears",
            "手机 balance",
        ],
        &["查询话费余额"],
    ),
    // cmcc__query_usage, telecom__query_usage, unicom__query_usage
    (
        &[
            "月底流量够不够",
            "怕流量超了",
            "通话时间还剩多少",
            "短信还剩几条",
            "how much data do I have",
            "流量 left",
        ],
        &["查询套餐余量"],
    ),
    // cmcc__buy_data_pack, telecom__buy_data_pack, unicom__buy_data_pack
    (
        &[
            "出差流量不够用",
            "月底流量用光了",
            "旅游要多点流量",
            "开热点流量没了",
            "out of mobile data",
            "need more data",
            "买个 data pack",
        ],
        &["订购流量包"],
    ),
    // cmcc__query_bill, telecom__query_bill, unicom__query_bill
    (
        &[
            "话费突然变多",
            "话费为啥这么高",
            "报销要话费账单",
            "上个月话费明细",
            "why is my phone bill so high",
            "phone bill 明细",
        ],
        &["查询月账单"],
    ),
    // cmcc__change_plan, telecom__change_plan, unicom__change_plan
    (
        &[
            "套餐太贵想降",
            "退休了用不了这么多",
            "套餐换成流量多的",
            "月租太高换套餐",
            "cheaper phone plan",
            "downgrade my plan",
            "换个 plan",
        ],
        &["变更套餐"],
    ),
    // cmcc__unsubscribe_service
    (
        &[
            "话费被偷偷扣了",
            "不知道开了什么业务",
            "每月多扣几块钱",
            "彩铃不想要了",
            "stop unknown charges",
            "cancel phone subscription",
            "取消 会员 扣费",
        ],
        &["退订增值业务"],
    ),
    // telecom__set_auto_topup
    (
        &[
            "老人手机老停机",
            "怕忘充话费",
            "话费不够自动补",
            "automatic phone top-up",
            "auto top up 话费",
        ],
        &["开通话费自动充值"],
    ),
    // telecom__cancel_auto_topup
    (
        &[
            "话费自动充值扣太多",
            "不想自动扣话费了",
            "号码不用了停自动充",
            "turn off phone auto recharge",
        ],
        &["取消自动充值"],
    ),
    // unicom__cancel_data_pack
    (
        &[
            "流量包每月自动扣",
            "流量包用不完",
            "加油包续订了不想要",
            "stop data pack renewal",
            "unsubscribe data add-on",
        ],
        &["退订流量包"],
    ),
    // etc__apply
    (
        &[
            "买了新车上高速",
            "收费站排队太久",
            "自驾游要走高速",
            "ETC通行费打折",
            "apply for etc",
            "装 etc 设备",
        ],
        &["申办ETC"],
    ),
    // etc__query_balance
    (
        &[
            "过收费站怕余额不够",
            "储值卡还剩多少",
            "check etc card balance",
        ],
        &["查询ETC余额"],
    ),
    // etc__topup
    (
        &[
            "etc提示余额不足",
            "ETC储值卡没钱了",
            "出远门前给etc充钱",
            "recharge etc",
        ],
        &["ETC充值"],
    ),
    // etc__trip_records
    (
        &[
            "收到高速扣费短信",
            "没走高速却扣费",
            "重复扣了过路费",
            "查一下过路费",
            "unknown toll charge",
            "etc 扣费 明细",
        ],
        &["ETC通行记录"],
    ),
    // etc__toll_invoice
    (
        &[
            "出差高速费要报销",
            "公司报销过路费",
            "过路费开票",
            "toll invoice for expenses",
            "高速 发票",
        ],
        &["通行费发票"],
    ),
    // etc__report_lost
    (
        &[
            "换挡风玻璃etc掉了",
            "车被盗etc也没了",
            "etc卡不见了",
            "etc device stolen",
            "lost etc card",
        ],
        &["ETC挂失"],
    ),
    // etc__cancel_etc
    (
        &[
            "车卖了要解绑ETC",
            "车报废ETC要注销",
            "换车了旧ETC不用",
            "sold my car etc",
            "注销 etc 账户",
        ],
        &["注销ETC"],
    ),
    // ev_charging__find_stations
    (
        &[
            "电动车快没电了",
            "续航不够了找地方充",
            "高速上哪里能充电",
            "电量只剩一点了",
            "find ev charger",
            "新能源车 充电站",
        ],
        &["查找充电站"],
    ),
    // ev_charging__start_charging
    (
        &[
            "到了充电桩怎么开始",
            "枪插好了不充电",
            "充电桩扫码没反应",
            "plug in and charge",
            "充电桩 扫码",
        ],
        &["扫码启动充电"],
    ),
    // ev_charging__stop_charging
    (
        &[
            "要开车走了先停充电",
            "充电枪拔不下来",
            "充够了不充了",
            "end charging session",
            "unplug charger",
        ],
        &["结束充电"],
    ),
    // ev_charging__charging_status
    (
        &[
            "电充到多少了",
            "充满还要多久",
            "充电中的电量",
            "how long until full",
            "charging 进度",
        ],
        &["充电进度"],
    ),
    // ev_charging__order_history
    (
        &[
            "充电扣费记录",
            "电车每月充电花费",
            "上次在哪充的电",
            "ev charging receipts",
            "充电 费用 记录",
        ],
        &["充电订单"],
    ),
    // ev_charging__topup_wallet
    (
        &[
            "充电账户余额不足",
            "充不了电余额不够",
            "充电前先充钱",
            "add money for charging",
        ],
        &["充电钱包充值"],
    ),
    // ev_charging__book_charger
    (
        &[
            "去了充电站没位置",
            "充电桩老被占",
            "快到了先约个桩",
            "hold a charging spot",
            "book ev charger",
        ],
        &["预约充电桩"],
    ),
    // fuel__fuel_prices
    (
        &[
            "油价又要涨了",
            "今晚油价调整",
            "要不要赶紧加油",
            "柴油价格",
            "fuel price today",
            "油价 调整 窗口",
        ],
        &["今日油价"],
    ),
    // fuel__find_stations
    (
        &[
            "油灯亮了",
            "高速上哪里加油",
            "车快没油了",
            "找个中石油",
            "petrol station nearby",
            "加油站 nearby",
        ],
        &["附近加油站"],
    ),
    // fuel__pay_at_pump
    (
        &[
            "加完油不想排队付款",
            "在油枪旁付钱",
            "加油怎么手机付",
            "加油有银行卡优惠",
            "pay for fuel",
            "加油 pay",
        ],
        &["加油付款"],
    ),
    // fuel__topup_fuel_card
    (
        &[
            "油卡没钱了",
            "公司油卡充值",
            "给加油卡圈存",
            "加油卡余额不足",
            "recharge fuel card",
        ],
        &["加油卡充值"],
    ),
    // fuel__order_history
    (
        &[
            "油费花了多少",
            "每月加油开销",
            "上次什么时候加的油",
            "how much spent on fuel",
        ],
        &["加油记录"],
    ),
    // fuel__request_invoice
    (
        &[
            "油费开票报销",
            "加油要发票",
            "公司报销油费",
            "fuel invoice for reimbursement",
        ],
        &["加油发票"],
    ),
    // gas_crgas__query_bill, gas_towngas__query_bill
    (
        &[
            "煤气费怎么这么贵",
            "冬天燃气费涨了",
            "这两个月用了多少气",
            "天然气欠费了吗",
            "gas bill this month",
            "燃气 bill",
        ],
        &["查询燃气"],
    ),
    // gas_crgas__pay_bill, gas_towngas__pay_bill
    (
        &[
            "燃气欠费要停气",
            "燃气费催缴单",
            "帮爸妈交燃气费",
            "pay natural gas",
            "燃气 缴费 pay",
        ],
        &["缴纳燃气费"],
    ),
    // gas_crgas__payment_history, gas_towngas__payment_history
    (
        &[
            "燃气费交没交上",
            "燃气费扣款成功没",
            "上次交燃气费",
            "gas bill paid already",
        ],
        &["gas payment history"],
    ),
    // gas_crgas__submit_reading
    (
        &[
            "家里白天没人抄表",
            "燃气费按估算的",
            "燃气表拍照上报",
            "report gas meter reading",
            "燃气 读数",
        ],
        &["自报燃气读数"],
    ),
    // gas_crgas__book_ignition
    (
        &[
            "新房燃气还没通",
            "搬新家没法做饭",
            "燃气灶装好了要通气",
            "新房第一次用燃气",
            "gas not connected yet",
            "新家 开通 gas",
        ],
        &["开通点火"],
    ),
    // gas_crgas__set_autopay
    (
        &[
            "燃气忘交被停气",
            "燃气费每月自动扣",
            "不想每次手动交燃气",
            "auto pay gas bill",
        ],
        &["开通燃气自动缴费"],
    ),
    // gas_crgas__cancel_autopay
    (
        &[
            "燃气代扣不要了",
            "搬走了燃气不要代扣",
            "stop gas direct debit",
            "燃气 自动扣费 取消",
        ],
        &["取消燃气自动缴费"],
    ),
    // gas_towngas__ic_card_topup
    (
        &[
            "燃气表提示余额低",
            "卡表没气了做不了饭",
            "插卡表充值",
            "燃气卡买气",
            "buy gas credit card meter",
            "gas card 充值",
        ],
        &["IC卡燃气表购气"],
    ),
    // gas_towngas__ic_card_records
    (
        &[
            "买了气插卡没反应",
            "充了气表上没显示",
            "燃气卡读不出来",
            "写卡没成功",
            "paid gas but meter empty",
        ],
        &["购气记录与写卡状态"],
    ),
    // gas_towngas__book_safety_check
    (
        &[
            "燃气公司要上门检查",
            "燃气安检通知",
            "约燃气师傅查管道",
            "一年一次燃气检查",
            "book gas safety check",
        ],
        &["预约燃气安检"],
    ),
    // gas_towngas__report_repair
    (
        &[
            "燃气灶打火不着",
            "燃气热水器不出热水",
            "燃气表不走字",
            "闻到煤气味",
            "gas stove not working",
            "燃气 repair",
        ],
        &["燃气报修"],
    ),
    // heating__query_fee
    (
        &[
            "今年暖气费怎么算",
            "按面积算暖气费",
            "供暖季要交多少",
            "how much is heating this year",
        ],
        &["查询供暖费"],
    ),
    // heating__pay_fee
    (
        &[
            "供暖季要开始了",
            "不交暖气费不给供暖",
            "暖气费截止日期",
            "入冬前交暖气费",
            "pay for central heating",
            "暖气 fee 缴纳",
        ],
        &["缴纳供暖费"],
    ),
    // heating__payment_history
    (
        &[
            "暖气费哪年交过",
            "采暖费交费凭证",
            "heating fee paid last year",
        ],
        &["供暖缴费记录"],
    ),
    // heating__apply_suspend
    (
        &[
            "冬天不在家住",
            "房子没人住暖气",
            "去南方过冬",
            "房子在装修不供暖",
            "出国过冬暖气停",
            "suspend heating",
            "vacant home heating",
        ],
        &["申请供暖报停"],
    ),
    // heating__cancel_suspend
    (
        &[
            "报停了又要回来住",
            "冬天回来了要暖气",
            "房子租出去了要供暖",
            "restore heating service",
        ],
        &["取消供暖报停"],
    ),
    // heating__report_cold
    (
        &[
            "屋里只有十几度",
            "暖气片上热下凉",
            "暖气时热时冷",
            "孩子在家冻得不行",
            "暖气不够热",
            "house is freezing",
            "heating not warm enough",
        ],
        &["室温不达标"],
    ),
    // heating__request_invoice
    (
        &[
            "单位发取暖补贴要发票",
            "暖气费电子票",
            "heating invoice",
            "取暖费 报销 发票",
        ],
        &["供暖费发票"],
    ),
    // lifepay__list_accounts
    (
        &[
            "户号记不住了",
            "查下绑的户号",
            "水电燃气户号在哪看",
            "saved bill accounts",
            "我的 户号",
        ],
        &["我的缴费户号"],
    ),
    // lifepay__add_account
    (
        &[
            "新家的户号加进来",
            "帮老家交费先绑户号",
            "添加父母家水电户号",
            "link a utility account",
            "add 户号",
        ],
        &["添加缴费户号"],
    ),
    // lifepay__remove_account
    (
        &[
            "卖房了户号删掉",
            "退租后户号解绑",
            "户号绑错了",
            "remove utility account",
            "删 户号",
        ],
        &["删除缴费户号"],
    ),
    // lifepay__set_reminder
    (
        &[
            "怕欠费停水停电",
            "交费日子总忘",
            "快欠费时提醒我",
            "remind me to pay bills",
            "缴费 reminder",
        ],
        &["开通缴费提醒"],
    ),
    // lifepay__cancel_reminder
    (
        &[
            "缴费通知太烦",
            "户号不用了别提醒",
            "stop payment reminders",
            "关掉 reminder",
        ],
        &["关闭缴费提醒"],
    ),
    // lifepay__all_payments
    (
        &[
            "一年水电燃气花多少",
            "家庭开支水电统计",
            "记账要缴费总数",
            "all my utility payments",
            "生活缴费 账单 汇总",
        ],
        &["全部缴费记录"],
    ),
    // marriage_reg__list_offices
    (
        &[
            "户口所在地民政局",
            "婚姻登记处电话",
            "民政局周末上班吗",
            "where to get married",
            "登记处 address",
        ],
        &["婚姻登记处"],
    ),
    // marriage_reg__available_dates
    (
        &[
            "想挑个好日子领证",
            "情人节领证的人多吗",
            "生日那天领证",
            "下个月哪天能登记",
            "available dates to register",
            "领证 日期",
        ],
        &["查询可约日期"],
    ),
    // marriage_reg__book_marriage
    (
        &[
            "准备结婚了去登记",
            "订婚了要领证",
            "和对象去登记",
            "我们要领证了",
            "get married",
            "领证 book",
        ],
        &["预约结婚登记"],
    ),
    // marriage_reg__book_divorce
    (
        &[
            "过不下去了要离婚",
            "和老公协议分开",
            "夫妻感情破裂",
            "想离婚怎么办手续",
            "get divorced",
            "离婚 appointment",
        ],
        &["预约离婚登记"],
    ),
    // marriage_reg__required_documents
    (
        &[
            "户口本在老家",
            "领证要几张照片",
            "离婚要带结婚证吗",
            "外地户口能领证吗",
            "what to bring to register",
            "登记 材料清单",
        ],
        &["登记所需材料"],
    ),
    // marriage_reg__book_replacement
    (
        &[
            "搬家结婚证弄丢了",
            "结婚证被水泡了",
            "办事要结婚证找不到",
            "lost marriage certificate",
            "结婚证 补办",
        ],
        &["补领结婚证"],
    ),
    // marriage_reg__list_bookings
    (
        &[
            "领证时间记不清",
            "登记预约成功了吗",
            "check my registry booking",
        ],
        &["我的登记预约"],
    ),
    // marriage_reg__cancel_booking
    (
        &[
            "领证那天有事",
            "不想结了",
            "和好了不离了",
            "cancel marriage appointment",
        ],
        &["取消登记预约"],
    ),
    // parking__query_fee
    (
        &[
            "停车场停了一天多少钱",
            "出场前看看多少钱",
            "停车费怎么算",
            "how much parking owed",
            "停车费 查询",
        ],
        &["查询停车费"],
    ),
    // parking__pay_fee
    (
        &[
            "出口排队缴费",
            "出停车场扫码",
            "车要离场交钱",
            "收到路边停车欠费通知",
            "pay parking before exit",
            "停车 pay",
        ],
        &["缴纳停车费"],
    ),
    // parking__buy_monthly_pass
    (
        &[
            "公司楼下天天停车",
            "小区停车包月",
            "上班停车太贵",
            "buy parking monthly pass",
            "月卡 办理",
        ],
        &["办理停车月卡"],
    ),
    // parking__renew_monthly_pass
    (
        &[
            "月卡过期进不去",
            "停车月卡下个月续上",
            "extend monthly parking",
        ],
        &["月卡续费"],
    ),
    // parking__parking_records
    (
        &[
            "忘了车停哪个停车场",
            "停车扣了不知哪次",
            "停车费报销记录",
            "past parking sessions",
        ],
        &["停车记录"],
    ),
    // parking__set_auto_pay
    (
        &[
            "出场不想排队扫码",
            "抬杆自动扣钱",
            "车牌绑卡自动付",
            "hands-free parking payment",
        ],
        &["开通无感支付"],
    ),
    // parking__cancel_auto_pay
    (
        &[
            "车卖了关掉停车自动扣",
            "停车被自动扣错了",
            "disable auto parking payment",
        ],
        &["关闭无感支付"],
    ),
    // parking__find_lots
    (
        &[
            "到了找不到车位",
            "医院附近停车",
            "商场停车位满了",
            "哪里停车便宜",
            "where can I park",
            "停车 lot",
        ],
        &["附近停车场"],
    ),
    // power_csg__query_bill, power_sgcc__query_bill
    (
        &[
            "电费怎么突然这么高",
            "收到电费催缴短信",
            "这两个月电费多少",
            "开了一夏天空调电费",
            "electricity bill this month",
            "电费 bill 多少",
        ],
        &["查询电费账单"],
    ),
    // power_csg__pay_bill, power_sgcc__pay_bill
    (
        &[
            "欠费停电了要交钱",
            "电费催缴了",
            "给老家交电费",
            "帮爸妈交电费",
            "pay the power bill",
            "电费 pay",
        ],
        &["缴纳电费"],
    ),
    // power_csg__usage_history, power_sgcc__usage_history
    (
        &[
            "空调开多了用了多少电",
            "电费涨了看看用电",
            "夏天用电多少度",
            "峰谷电怎么用",
            "how many kwh this month",
            "用电 usage",
        ],
        &["查询用电量"],
    ),
    // power_csg__payment_history, power_sgcc__payment_history
    (
        &[
            "电费交上了吗",
            "交的电费到账没有",
            "电费缴费凭证",
            "did my electricity payment go through",
        ],
        &["电费缴费记录", "缴费记录 payment history"],
    ),
    // power_csg__prepay
    (
        &[
            "出远门前多存点电费",
            "怕停电先预交",
            "电费提前存",
            "租客预存电费",
            "top up electricity in advance",
        ],
        &["预存电费"],
    ),
    // power_csg__query_balance
    (
        &[
            "电费还够用吗",
            "电表提示余额不足",
            "电费快用完了吗",
            "预存电费还剩",
            "how much power credit left",
        ],
        &["查询预存余额"],
    ),
    // power_csg__outage_notice
    (
        &[
            "小区突然没电了",
            "停电是不是检修",
            "周末会停电吗",
            "停电什么时候来电",
            "scheduled power outage",
            "停电 notice",
        ],
        &["停电公告"],
    ),
    // power_sgcc__set_autopay
    (
        &[
            "老忘交电费",
            "出差怕停电",
            "电费每月自动扣",
            "auto pay electricity bill",
        ],
        &["开通电费自动缴费"],
    ),
    // power_sgcc__cancel_autopay
    (
        &[
            "换卡了电费代扣取消",
            "电费不要自动扣了",
            "房子卖了电费代扣停掉",
            "stop electricity auto debit",
        ],
        &["取消电费自动缴费"],
    ),
    // power_sgcc__request_invoice
    (
        &[
            "公司报销电费",
            "电费开发票",
            "个体户电费发票",
            "electricity invoice",
            "电费 invoice",
        ],
        &["电费电子发票"],
    ),
    // property__query_fee
    (
        &[
            "物业上门催缴",
            "物业费一年多少",
            "车位费多少钱",
            "how much property fee owed",
            "物业费 多少",
        ],
        &["查询物业费"],
    ),
    // property__pay_fee
    (
        &[
            "物业费到期了",
            "物业催交费",
            "车位管理费缴纳",
            "物业费一次交一年",
            "pay hoa fee",
            "pay management fee",
        ],
        &["缴纳物业费"],
    ),
    // property__payment_history
    (
        &[
            "物业说我没交",
            "物业费交到什么时候",
            "物业费收据",
            "property fee paid history",
        ],
        &["物业缴费记录"],
    ),
    // property__submit_repair
    (
        &[
            "卫生间往楼下渗水",
            "下水道堵了",
            "小区路灯不亮",
            "楼上漏水到我家",
            "门禁卡刷不开",
            "water leaking from ceiling",
            "物业 报修 repair",
        ],
        &["报事报修"],
    ),
    // property__list_repairs
    (
        &[
            "报修好几天没人来",
            "物业还没修",
            "物业报修没人管",
            "repair request status",
        ],
        &["我的报修单"],
    ),
    // property__cancel_repair
    (
        &[
            "漏水已经好了",
            "不用物业来了",
            "报修报错了",
            "withdraw repair request",
        ],
        &["取消报修"],
    ),
    // property__visitor_pass
    (
        &[
            "亲戚开车进小区",
            "家里来客人",
            "保安不让朋友进",
            "快递进不了小区",
            "guest entry pass",
            "访客 pass",
        ],
        &["访客邀请通行"],
    ),
    // social_security_card__apply_sscard
    (
        &[
            "刚参加工作要办社保卡",
            "新生儿办社保卡",
            "看病要社保卡",
            "外地人办社保卡",
            "apply for social security card",
            "社保卡 apply",
        ],
        &["社保卡申领"],
    ),
    // social_security_card__activate_financial
    (
        &[
            "新社保卡领了要激活",
            "社保卡取不了钱",
            "退休了领养老金",
            "社保卡不能当银行卡",
            "activate social security card",
        ],
        &["激活社保卡"],
    ),
    // social_security_card__report_lost_sscard
    (
        &[
            "钱包丢了社保卡在里面",
            "社保卡被人捡了",
            "怕社保卡被冒用",
            "social security card stolen",
            "社保卡 lost",
        ],
        &["社保卡挂失"],
    ),
    // social_security_card__reissue_sscard
    (
        &[
            "社保卡刷不出来",
            "社保卡芯片坏了",
            "换第三代社保卡",
            "挂失后补卡",
            "社保卡过期换新",
            "new sscard replacement",
        ],
        &["社保卡补换"],
    ),
    // social_security_card__sscard_balance
    (
        &[
            "退休金发了没",
            "养老金打到社保卡了吗",
            "社保卡收支明细",
            "pension payment check",
            "社保卡 balance",
        ],
        &["社保卡余额"],
    ),
    // social_security_card__sscard_progress
    (
        &[
            "申请了社保卡还没拿到",
            "社保卡去哪个网点领",
            "社保卡办了多久了",
            "sscard status",
            "社保卡 进度 查询",
        ],
        &["制卡进度"],
    ),
    // social_security_card__pay_resident_insurance
    (
        &[
            "给老人交新农合",
            "孩子上学要交医保",
            "没工作怎么交医保",
            "农村医保每年交",
            "pay rural medical insurance",
        ],
        &["城乡居民"],
    ),
    // traffic_12123__query_violations
    (
        &[
            "车被贴条了",
            "收到违章短信",
            "超速被拍了吗",
            "开车走错车道",
            "有没有违停罚单",
            "any traffic violations",
            "违章 check",
        ],
        &["查询交通违法"],
    ),
    // traffic_12123__handle_violation
    (
        &[
            "违章处理了才能年检",
            "电子眼拍到了怎么处理",
            "违章确认扣分",
            "process traffic violation",
            "违章 处理",
        ],
        &["违法处理"],
    ),
    // traffic_12123__pay_fine
    (
        &[
            "收到交警罚单",
            "罚款晚交有滞纳金",
            "处罚决定书缴款",
            "pay speeding fine",
            "罚款 pay",
        ],
        &["缴纳交通罚款"],
    ),
    // traffic_12123__licence_points
    (
        &[
            "驾照还剩多少分",
            "驾照会被扣满吗",
            "实习期扣分",
            "驾照状态正常吗",
            "how many points on license",
        ],
        &["驾驶证记分"],
    ),
    // traffic_12123__renew_licence
    (
        &[
            "驾照有效期快到",
            "驾驶证要换新的",
            "换证体检",
            "driving licence expired",
            "驾照 renew",
        ],
        &["到期换证"],
    ),
    // traffic_12123__points_study
    (
        &[
            "驾照分快没了",
            "驾照分数不够了",
            "学习一次减分",
            "网上学法消分",
            "study to reduce points",
        ],
        &["学法减分"],
    ),
    // traffic_12123__my_vehicles
    (
        &[
            "我名下有几辆车",
            "车辆信息查询",
            "车险什么时候到期",
            "vehicles registered to me",
        ],
        &["我的机动车"],
    ),
    // vehicle_tax__query_tax
    (
        &[
            "车船税怎么算",
            "排量多大交多少税",
            "没交车船税",
            "how much vehicle tax",
        ],
        &["查询车船税"],
    ),
    // vehicle_tax__pay_tax
    (
        &[
            "买保险没交车船税",
            "车船税欠好几年",
            "年检说没交车船税",
            "pay car tax",
            "车船税 pay",
        ],
        &["缴纳车船税"],
    ),
    // vehicle_tax__payment_records
    (
        &[
            "保险里交了车船税没",
            "车船税哪年交过",
            "car tax payment history",
        ],
        &["车船税缴纳记录"],
    ),
    // vehicle_tax__tax_certificate
    (
        &[
            "年检要车船税证明",
            "过户需要完税证明",
            "车船税缴税凭证",
            "vehicle tax certificate",
            "完税 证明 打印",
        ],
        &["完税证明"],
    ),
    // vehicle_tax__apply_exemption
    (
        &[
            "电动车要交车船税吗",
            "新能源车免税",
            "混动车减免车船税",
            "ev vehicle tax exemption",
        ],
        &["车船税减免"],
    ),
    // water_bj__query_bill, water_sh__query_bill, water_sz__query_bill
    (
        &[
            "这两个月用了多少水",
            "收到水费催缴",
            "水费出了吗",
            "水费单看看",
            "water bill amount",
            "水费 bill",
        ],
        &["查询水费"],
    ),
    // water_bj__pay_bill, water_sh__pay_bill, water_sz__pay_bill
    (
        &[
            "水费欠费要停水",
            "帮爸妈交水费",
            "收到水费催缴单",
            "pay the water bill",
            "水费 pay",
        ],
        &["缴纳水费"],
    ),
    // water_bj__payment_history, water_sh__payment_history, water_sz__payment_history
    (
        &[
            "水费扣款成功没",
            "水费交上了吗",
            "水费缴费凭证",
            "water bill paid already",
        ],
        &["water payment history"],
    ),
    // water_bj__set_autopay
    (
        &[
            "老忘交水费",
            "水费每期自动扣",
            "不想手动交水费",
            "auto pay water bill",
        ],
        &["开通水费代扣"],
    ),
    // water_bj__cancel_autopay
    (
        &[
            "水费不要自动扣了",
            "换卡了水费代扣解约",
            "房子卖了停水费代扣",
            "stop water auto debit",
        ],
        &["取消水费代扣"],
    ),
    // water_bj__report_repair
    (
        &[
            "水龙头出水很小",
            "水管爆了",
            "水表在漏水",
            "自来水发黄",
            "water pipe burst",
            "供水 repair",
        ],
        &["供水报修"],
    ),
    // water_bj__outage_notice, water_sz__outage_notice
    (
        &[
            "小区今天停水吗",
            "停水多久恢复",
            "管道维修停水",
            "停水前要储水",
            "planned water outage",
            "停水 notice",
        ],
        &["停水通知", "停水公告"],
    ),
    // water_sh__tier_prices
    (
        &[
            "上海水价多少",
            "自来水一吨多少钱",
            "水费单价",
            "阶梯水价怎么算",
            "water tariff",
            "水价 per ton",
        ],
        &["阶梯水价"],
    ),
    // water_sh__tier_usage
    (
        &[
            "水费比去年贵",
            "今年用水量超标了吗",
            "人口多用水超档",
            "为什么水费贵了",
            "water usage this year",
        ],
        &["年度阶梯用水量"],
    ),
    // water_sh__transfer_owner
    (
        &[
            "买了二手房水费户名",
            "房子卖了水费过户",
            "户主去世水费过户",
            "change water account holder",
        ],
        &["水表过户"],
    ),
    // water_sz__submit_reading
    (
        &[
            "家里没人抄不了表",
            "水费是估的",
            "拍水表上报",
            "自己抄水表",
            "report water meter",
        ],
        &["自报水表读数"],
    ),
    // water_sz__open_account
    (
        &[
            "新房收楼要开通水",
            "新房还没水",
            "新家自来水开户",
            "set up water for new home",
            "新房 用水 开户",
        ],
        &["新装用水开户"],
    ),
    // water_delivery__order_water
    (
        &[
            "饮水机空了",
            "家里喝的水没了",
            "办公室要送水",
            "叫人送桶水",
            "deliver drinking water",
            "桶装水 order",
        ],
        &["订桶装水"],
    ),
    // water_delivery__buy_tickets
    (
        &[
            "水票买多少划算",
            "囤点水票",
            "预存水票优惠",
            "water ticket bundle",
        ],
        &["购买水票"],
    ),
    // water_delivery__ticket_balance
    (
        &["水票用了几张", "水票还能用多久", "how many water tickets"],
        &["水票余额"],
    ),
    // water_delivery__set_schedule
    (
        &[
            "每周固定送水",
            "不想每次都叫水",
            "每月自动送几桶",
            "schedule water delivery",
        ],
        &["设置定期送水"],
    ),
    // water_delivery__cancel_schedule
    (
        &[
            "出门旅游暂停送水",
            "搬家了不用送水",
            "水喝不完停一下",
            "pause regular water delivery",
        ],
        &["取消定期送水"],
    ),
    // water_delivery__refund_deposit
    (
        &[
            "搬家了空桶退掉",
            "不订水了退押金",
            "水桶押金怎么退",
            "return empty water bottles",
            "水桶 deposit refund",
        ],
        &["退桶押金"],
    ),
    // water_delivery__track_order
    (
        &[
            "水怎么还不到",
            "送水的几点来",
            "订的水送到哪了",
            "water delivery status",
        ],
        &["送水进度"],
    ),
    // car_rental__search_cars
    (
        &[
            "出去旅游想自驾",
            "落地机场租辆车",
            "周末带家人自驾",
            "租个七座车",
            "car hire",
            "租车 自驾 车型",
        ],
        &["可租车型"],
    ),
    // car_rental__book_car
    (
        &[
            "国庆自驾游订车",
            "出差要租车",
            "锁定一辆租车",
            "reserve a rental car",
            "订 租车",
        ],
        &["预订租车"],
    ),
    // car_rental__cancel_rental
    (
        &[
            "航班取消不租车了",
            "自驾游去不成了",
            "租车订错日期",
            "cancel my car hire",
        ],
        &["取消租车订单"],
    ),
    // car_rental__extend_rental
    (
        &[
            "还车前想多用几天",
            "行程延长了车要续",
            "租车续一天",
            "keep the rental car longer",
            "租车 续租",
        ],
        &["extend a rental"],
    ),
    // car_rental__deposit_status
    (
        &[
            "信用卡额度被押金占着",
            "违章押金什么时候退",
            "租车预授权还没解",
            "rental deposit refund",
            "租车 deposit 没退",
        ],
        &["押金退还进度"],
    ),
    // car_rental__rental_violations
    (
        &[
            "租车公司说我违章",
            "还车后收到违章通知",
            "自驾游被拍了",
            "租车超速",
            "traffic fine on rental car",
        ],
        &["租车违章"],
    ),
    // car_rental__my_rentals
    (
        &[
            "租车订单在哪看",
            "租的车哪天还",
            "取车时间查一下",
            "rental booking details",
        ],
        &["我的租车订单"],
    ),
    // appliance_repair__repair_prices
    (
        &[
            "修洗衣机贵不贵",
            "换压缩机要多少钱",
            "修冰箱大概多少钱",
            "怕被维修师傅坑",
            "how much to fix appliance",
        ],
        &["维修收费标准"],
    ),
    // appliance_repair__request_repair
    (
        &[
            "空调漏水",
            "洗衣机不转",
            "油烟机吸力小",
            "空调有异响",
            "热水器漏水",
            "冰箱结冰",
            "washing machine broken",
            "fix my fridge",
        ],
        &["上门维修"],
    ),
    // appliance_repair__book_installation
    (
        &[
            "新买的空调要装",
            "洗衣机到货要安装",
            "搬家空调要拆装",
            "新房装热水器",
            "appliance installation",
            "装 空调",
        ],
        &["家电安装"],
    ),
    // appliance_repair__track_repair
    (
        &[
            "维修师傅还没到",
            "报修几天没动静",
            "配件到了没",
            "repair technician eta",
        ],
        &["维修进度"],
    ),
    // appliance_repair__cancel_repair
    (
        &[
            "空调自己好了",
            "找了别家修",
            "维修师傅不用来",
            "cancel technician visit",
        ],
        &["取消维修订单"],
    ),
    // appliance_repair__pay_repair
    (
        &[
            "师傅修好了要付钱",
            "换配件的钱",
            "维修费怎么付",
            "pay technician",
        ],
        &["支付维修费用"],
    ),
    // appliance_repair__check_warranty
    (
        &[
            "买了几年了还保修吗",
            "坏了能免费修吗",
            "保修卡找不到",
            "is it under warranty",
            "保修 check",
        ],
        &["保修期"],
    ),
    // housekeeping__service_prices
    (
        &[
            "请阿姨打扫多少钱",
            "新房开荒多少钱",
            "家政怎么收费",
            "housekeeping rates",
        ],
        &["家政服务价格"],
    ),
    // housekeeping__book_cleaning
    (
        &[
            "家里太乱了要收拾",
            "过年前大扫除",
            "新房装修完要打扫",
            "退租前打扫干净",
            "请人擦窗户",
            "book house cleaning",
            "找个 cleaner",
        ],
        &["预约保洁"],
    ),
    // housekeeping__hire_helper
    (
        &[
            "老婆快生了要月嫂",
            "坐月子请人",
            "双职工孩子没人带",
            "找个住家保姆",
            "need a nanny",
            "请个 nanny",
        ],
        &["保姆月嫂"],
    ),
    // housekeeping__reschedule_order
    (
        &[
            "阿姨来的那天不在家",
            "保洁推迟一天",
            "打扫时间改一下",
            "change cleaning time",
        ],
        &["修改上门时间"],
    ),
    // housekeeping__cancel_order
    (
        &[
            "不用打扫了",
            "阿姨不要来了",
            "家政预约撤销",
            "cancel housekeeping",
        ],
        &["取消家政订单"],
    ),
    // housekeeping__pay_order
    (
        &[
            "保洁结账",
            "打扫完怎么付钱",
            "月嫂费用支付",
            "pay for cleaning",
        ],
        &["支付家政订单"],
    ),
    // housekeeping__list_orders
    (
        &[
            "约的阿姨什么时候到",
            "保洁订单看一下",
            "housekeeping booking status",
        ],
        &["我的家政订单"],
    ),
    // housekeeping__rate_service
    (
        &[
            "阿姨打扫不干净",
            "保洁员态度差",
            "表扬保洁阿姨",
            "review the cleaner",
        ],
        &["评价服务"],
    ),
    // moving__get_quote
    (
        &[
            "一室一厅搬家多少钱",
            "搬家要几吨车",
            "搬个家要花多少",
            "how much to move house",
            "搬家 quote",
        ],
        &["搬家估价"],
    ),
    // moving__book_move
    (
        &[
            "买了新房要搬家",
            "毕业搬出宿舍",
            "换个地方住要搬东西",
            "家具太多要搬",
            "hire movers",
            "搬家 book",
        ],
        &["预约搬家"],
    ),
    // moving__reschedule_move
    (
        &[
            "新房还没交房",
            "搬家那天下雨",
            "搬家时间提前",
            "reschedule movers",
        ],
        &["修改搬家时间"],
    ),
    // moving__cancel_move
    (
        &["房子不换了", "搬家自己搬了", "cancel moving booking"],
        &["取消搬家订单"],
    ),
    // moving__pay_move
    (
        &["搬完了结账", "搬家超时费", "搬家付款", "pay moving fee"],
        &["支付搬家费用"],
    ),
    // moving__list_orders
    (
        &["搬家师傅几点到", "搬家预约看一下", "moving order status"],
        &["我的搬家订单"],
    ),
    // recycling__recycle_prices
    (
        &[
            "废纸板现在什么价",
            "旧电脑值多少钱",
            "易拉罐怎么卖",
            "废铜价格",
            "recycling price per kg",
        ],
        &["回收价格"],
    ),
    // recycling__book_pickup
    (
        &[
            "家里纸箱太多",
            "搬家清理旧物",
            "旧冰箱没地方放",
            "快递箱攒了一堆",
            "recycling pickup",
            "junk removal",
        ],
        &["预约上门回收"],
    ),
    // recycling__donate_clothes
    (
        &[
            "衣柜塞满旧衣服",
            "孩子衣服小了穿不了",
            "旧衣服怎么处理",
            "旧衣捐给山区",
            "donate old clothes",
            "旧衣 donate",
        ],
        &["旧衣捐赠"],
    ),
    // recycling__cancel_pickup
    (
        &["废品自己卖了", "回收员别上门了", "cancel junk pickup"],
        &["取消回收预约"],
    ),
    // recycling__list_orders
    (
        &["回收了几次", "卖废品记录", "recycling history"],
        &["我的回收订单"],
    ),
    // recycling__withdraw_earnings
    (
        &[
            "卖废品的钱怎么拿",
            "环保金转到银行卡",
            "回收余额提出来",
            "cash out recycling earnings",
        ],
        &["回收收益提现"],
    ),
    // laundry__price_list
    (
        &[
            "大衣干洗多少钱",
            "洗被子多少钱",
            "洗一双鞋多少钱",
            "laundry price list",
        ],
        &["洗衣价格表"],
    ),
    // laundry__book_pickup
    (
        &[
            "换季衣服要洗",
            "西装要干洗",
            "羽绒服自己不会洗",
            "窗帘拆下来洗",
            "没时间去洗衣店",
            "dry cleaning pickup",
            "干洗 上门",
        ],
        &["预约上门取衣"],
    ),
    // laundry__pay_order
    (
        &["洗衣单子付款", "干洗费结算", "pay for dry cleaning"],
        &["支付洗衣订单"],
    ),
    // laundry__track_order
    (
        &["大衣洗好送回没", "送洗几天了还没回", "where are my clothes"],
        &["洗衣进度"],
    ),
    // laundry__cancel_order
    (
        &["衣服不送洗了", "取衣别上门了", "cancel dry cleaning pickup"],
        &["取消洗衣订单"],
    ),
    // laundry__list_orders
    (
        &["送洗过什么", "干洗订单列表", "laundry order list"],
        &["我的洗衣订单"],
    ),
    // rent__query_rent
    (
        &[
            "这期租金多少",
            "房租含不含物业费",
            "这期房租有水电吗",
            "how much rent do I owe",
            "房租 bill",
        ],
        &["查询房租账单"],
    ),
    // rent__pay_rent
    (
        &[
            "房东催房租",
            "房租到期了",
            "交这个季度房租",
            "押一付三该交了",
            "pay my rent",
            "房租 pay",
        ],
        &["缴纳房租"],
    ),
    // rent__rent_history
    (
        &[
            "个税申报要房租凭证",
            "房租扣除需要记录",
            "交了几个月房租",
            "rent receipts for tax",
        ],
        &["房租缴纳记录"],
    ),
    // rent__set_autopay
    (
        &["总是忘记交房租", "房租每月自动转", "auto pay rent"],
        &["开通房租自动扣款"],
    ),
    // rent__cancel_autopay
    (
        &[
            "要退租了停自动扣",
            "房租自动扣款换卡",
            "cancel automatic rent payment",
        ],
        &["取消房租自动扣款"],
    ),
    // rent__view_lease
    (
        &[
            "租房合同什么时候到期",
            "押金交了多少",
            "租房合同备案没",
            "my tenancy agreement",
        ],
        &["查看租赁合同"],
    ),
    // rent__renew_lease
    (
        &[
            "还想继续住",
            "房东同意续租",
            "租约快满了想续",
            "extend my lease",
            "续签 lease",
        ],
        &["续租签约"],
    ),
    // rent__terminate_lease
    (
        &[
            "买房了不租了",
            "租约到期搬走",
            "房东要收房",
            "退租押金怎么退",
            "move out of rental",
            "退租 押金",
        ],
        &["申请退租"],
    ),
    // pet_care__book_vet
    (
        &[
            "狗狗呕吐不吃东西",
            "猫拉肚子",
            "狗被咬了",
            "宠物要做绝育",
            "小猫打疫苗",
            "my dog is sick",
            "猫 vet",
        ],
        &["预约宠物医院"],
    ),
    // pet_care__cancel_vet
    (
        &[
            "宠物医院约错时间",
            "狗狗好了不去医院",
            "cancel pet appointment",
        ],
        &["取消宠物医院预约"],
    ),
    // pet_care__book_grooming
    (
        &[
            "狗狗毛太长",
            "猫掉毛严重",
            "狗身上有味",
            "给泰迪剪毛",
            "pet bath and grooming",
        ],
        &["洗护美容"],
    ),
    // pet_care__book_boarding
    (
        &[
            "过年回老家狗怎么办",
            "出去旅游猫没人喂",
            "出国一周宠物放哪",
            "pet sitter while away",
            "宠物 boarding",
        ],
        &["宠物寄养"],
    ),
    // pet_care__pay_vet_bill
    (
        &[
            "宠物看完病付钱",
            "猫手术费支付",
            "宠物医院账单",
            "pay pet hospital bill",
        ],
        &["宠物医疗费"],
    ),
    // pet_care__health_records
    (
        &[
            "狗狗上次打疫苗是什么时候",
            "猫该打加强针了",
            "体内驱虫时间",
            "pet vaccination history",
        ],
        &["宠物健康档案"],
    ),
    // pet_care__dog_license
    (
        &[
            "刚养了只狗",
            "狗证到期了",
            "遛狗被查证",
            "register my dog",
            "狗 license 年审",
        ],
        &["养犬登记"],
    ),
    // elderly_care__list_institutions
    (
        &[
            "父母年纪大了没人照顾",
            "老人失能要住养老院",
            "白天家里没人看老人",
            "养老院哪家好",
            "nursing home for parents",
        ],
        &["查询养老机构"],
    ),
    // elderly_care__book_home_care
    (
        &[
            "老人行动不便洗澡难",
            "爸妈看病没人陪",
            "老人出院回家需要护理",
            "请人上门照顾老人",
            "in-home elderly care",
        ],
        &["居家上门"],
    ),
    // elderly_care__cancel_home_care
    (
        &[
            "老人住院了上门先停",
            "家里有人照顾了",
            "助浴改天不要",
            "cancel caregiver visit",
        ],
        &["取消上门服务"],
    ),
    // elderly_care__list_services
    (
        &[
            "护工来过几次",
            "上门服务做了什么",
            "陪诊记录",
            "care service history",
        ],
        &["我的养老服务记录"],
    ),
    // elderly_care__pay_care_fee
    (
        &[
            "养老院月费该交了",
            "护工费怎么付",
            "老人床位费续交",
            "pay nursing home bill",
        ],
        &["缴纳养老服务费"],
    ),
    // elderly_care__allowance_status
    (
        &[
            "老人年纪大有补贴吗",
            "高龄补贴到账没",
            "长寿金怎么领",
            "elderly allowance",
        ],
        &["高龄津贴"],
    ),
    // elderly_care__set_emergency_contact
    (
        &[
            "独居老人怕摔倒",
            "老人一个人在家不放心",
            "紧急按钮打给谁",
            "换紧急联系人电话",
            "elderly alarm contact",
        ],
        &["紧急联系人"],
    ),
    // community_canteen__today_menu
    (
        &[
            "食堂今天有什么菜",
            "晚饭吃什么",
            "老年食堂菜价",
            "what's for lunch",
            "今天 menu",
        ],
        &["今日菜单"],
    ),
    // community_canteen__order_meal
    (
        &[
            "老人不会做饭",
            "爸妈一个人在家吃饭",
            "给老人订份饭",
            "老人腿脚不便送饭上门",
            "order meal delivery for parents",
        ],
        &["在线订餐"],
    ),
    // community_canteen__cancel_meal
    (
        &["中午有事不吃了", "饭订多了退一份", "cancel my meal order"],
        &["取消订餐"],
    ),
    // community_canteen__meal_card_balance
    (
        &["饭卡还够吃几顿", "老人饭卡余额", "meal card money left"],
        &["饭卡余额"],
    ),
    // community_canteen__top_up_meal_card
    (
        &[
            "老人饭卡要充钱",
            "给饭卡冲钱",
            "餐卡充值",
            "add money to meal card",
        ],
        &["饭卡充值"],
    ),
    // community_canteen__apply_meal_subsidy
    (
        &[
            "老人吃饭有优惠吗",
            "老年人吃饭补贴申请",
            "长者食堂打折",
            "senior meal discount",
        ],
        &["助餐补贴"],
    ),
    // transit_card__ride_code
    (
        &[
            "进站扫码",
            "坐公交怎么扫",
            "地铁刷手机",
            "没带公交卡",
            "show ride code",
            "乘车 qr",
        ],
        &["ride QR code"],
    ),
    // transit_card__enable_code
    (
        &[
            "出差到新城市坐地铁",
            "第一次用手机坐地铁",
            "乘车码怎么开通",
            "set up metro qr code",
        ],
        &["开通乘车码"],
    ),
    // transit_card__disable_code
    (
        &[
            "离开城市不坐地铁了",
            "乘车码换张卡扣",
            "turn off ride code",
            "停用 乘车码",
        ],
        &["关闭乘车码"],
    ),
    // transit_card__topup_card
    (
        &[
            "进站提示余额不足",
            "公交卡刷不了没钱",
            "孩子公交卡充值",
            "手机交通卡充值",
            "recharge transit card",
        ],
        &["交通卡充值"],
    ),
    // transit_card__card_balance
    (
        &[
            "一卡通还剩多少",
            "公交卡够不够刷",
            "老人卡余额",
            "check metro card balance",
        ],
        &["交通卡余额"],
    ),
    // transit_card__fare_dispute
    (
        &[
            "出站没刷上扣了全程",
            "地铁重复扣费",
            "坐公交扣错钱",
            "乘车多扣钱退",
            "overcharged metro fare",
            "地铁 扣费 申诉",
        ],
        &["扣费申诉"],
    ),
    // transit_card__ride_records
    (
        &[
            "通勤每月花多少",
            "地铁报销记录",
            "坐公交的记录",
            "ride history metro",
        ],
        &["乘车记录"],
    ),
    // transit_card__route_plan
    (
        &[
            "去火车站坐什么车",
            "地铁几号线到机场",
            "公交怎么换乘",
            "坐地铁到那要多久",
            "how to get there by metro",
            "地铁 route",
        ],
        &["线路查询"],
    ),
    // ride_hailing__estimate_fare
    (
        &[
            "打车去火车站多少钱",
            "专车和快车差多少",
            "打车贵不贵",
            "how much is a taxi",
            "打车 price",
        ],
        &["预估车费"],
    ),
    // ride_hailing__request_ride
    (
        &[
            "下雨了打不到车",
            "赶时间叫车",
            "帮我叫辆出租车",
            "现在要去医院叫车",
            "get me a taxi",
            "叫 uber",
        ],
        &["立即叫车"],
    ),
    // ride_hailing__schedule_ride
    (
        &[
            "明早赶飞机要车",
            "提前约车接人",
            "明天去机场约车",
            "book a taxi for tomorrow",
            "预约 ride",
        ],
        &["预约用车"],
    ),
    // ride_hailing__cancel_ride
    (
        &[
            "司机一直不来",
            "叫错地址了",
            "行程不去了",
            "司机让我取消",
            "cancel my taxi",
        ],
        &["取消叫车"],
    ),
    // ride_hailing__pay_fare
    (
        &[
            "打车未支付",
            "车费欠着",
            "下车忘付钱",
            "打车没付款不能叫车",
            "unpaid ride fare",
        ],
        &["支付车费"],
    ),
    // ride_hailing__trip_history
    (
        &[
            "上次打车去哪了",
            "打车一个月花多少",
            "查下昨天的行程",
            "past trips",
            "打车 history",
        ],
        &["我的行程"],
    ),
    // ride_hailing__trip_invoice
    (
        &[
            "出差打车要报销",
            "打车费报销开票",
            "行程单打印",
            "ride invoice for expenses",
            "打车 invoice",
        ],
        &["行程开发票"],
    ),
    // ride_hailing__lost_item
    (
        &[
            "下车忘拿手机",
            "钥匙丢车上",
            "行李落后备箱",
            "东西落在出租车里",
            "lost item in taxi",
            "left my bag in the car",
        ],
        &["物品遗失"],
    ),
];

/// Third pass: what tells each action apart from its siblings (the deed, not its
/// record or estimate; for oneself or for another; the trouble, not the price list),
/// for the index's said part only. Written from the manifests, blind of every request
/// set, like the tables above.
pub const CONTRAST: &[super::Concept] = &[
    // annual_inspection__check_due
    (
        &[
            "年检还有多久到期",
            "我的车今年要年检吗",
            "是不是该年审了",
            "年检截止哪天",
            "inspection deadline",
            "车检 due date",
        ],
        &["年检到期"],
    ),
    // annual_inspection__find_stations
    (
        &[
            "哪个检测站有空位",
            "检测站营业时间",
            "最近的年检站",
            "检测站电话地址",
            "inspection stations nearby",
        ],
        &["检测站"],
    ),
    // annual_inspection__book
    (
        &[
            "约明天去检车",
            "帮我预约上线检测",
            "年检约个时间",
            "想约周末检车",
            "book an inspection slot",
            "预约 年检 slot",
        ],
        &["预约年检"],
    ),
    // annual_inspection__list_bookings
    (
        &[
            "查下我约的年检",
            "年检约的几点",
            "我有没有约年检",
            "年检预约单",
            "check my inspection booking",
        ],
        &["我的年检预约"],
    ),
    // annual_inspection__reschedule
    (
        &[
            "年检改约到下周",
            "检车推迟几天",
            "约的年检去不了想改天",
            "检车时间改一下",
            "postpone my inspection",
        ],
        &["改约"],
    ),
    // annual_inspection__cancel_booking
    (
        &[
            "年检预约取消掉",
            "不用去检车了",
            "检车预约退掉",
            "车检过了取消预约",
            "cancel my car inspection",
        ],
        &["取消年检"],
    ),
    // annual_inspection__apply_exempt_sticker
    (
        &[
            "六年内免检领标志",
            "免检车不用上线",
            "网上领免检标",
            "申请电子检验标志",
            "apply exemption sticker",
            "免检 sticker 申领",
        ],
        &["免检标志"],
    ),
    // broadband__query_account
    (
        &[
            "宽带账号查一下",
            "宽带套餐多少钱",
            "宽带到期日",
            "网速是多少兆",
            "check my broadband plan",
        ],
        &["宽带账户"],
    ),
    // broadband__renew
    (
        &[
            "宽带再续一年",
            "宽带续费交钱",
            "宽带快到期了续费",
            "续交网费",
            "renew my broadband",
            "宽带 续费 pay",
        ],
        &["宽带续费"],
    ),
    // broadband__book_install
    (
        &[
            "新装一条宽带",
            "办新宽带上门安装",
            "家里要拉宽带",
            "新开户装宽带",
            "new broadband installation",
            "预约 装宽带",
        ],
        &["新装宽带"],
    ),
    // broadband__report_fault
    (
        &[
            "宽带报修",
            "网络故障报修",
            "光猫坏了",
            "宽带突然断了",
            "wifi 没信号了",
            "broadband fault repair",
        ],
        &["宽带故障"],
    ),
    // broadband__upgrade_speed
    (
        &[
            "宽带升到千兆",
            "网速提上去",
            "升级网速套餐",
            "宽带换高速率",
            "speed up my broadband",
            "宽带 提速 upgrade",
        ],
        &["宽带提速"],
    ),
    // broadband__relocate
    (
        &[
            "搬家宽带移过去",
            "宽带移到新家",
            "宽带换个地址用",
            "宽带移机",
            "relocate broadband",
        ],
        &["宽带移机"],
    ),
    // broadband__cancel_service
    (
        &[
            "宽带拆机",
            "宽带不续了退掉",
            "注销宽带账号",
            "宽带销户退光猫",
            "cancel my broadband account",
        ],
        &["宽带销户"],
    ),
    // cable_tv__query_fee
    (
        &[
            "收视费还欠多少",
            "有线电视费多少钱",
            "机顶盒交到哪天",
            "收视费到期时间",
            "how much is cable tv fee",
        ],
        &["查询收视费"],
    ),
    // cable_tv__pay_fee
    (
        &[
            "收视费缴一年",
            "交一下有线电视费",
            "有线电视续费",
            "给机顶盒交钱",
            "pay cable tv fee now",
        ],
        &["缴纳收视费"],
    ),
    // cable_tv__payment_history
    (
        &[
            "收视费交费记录",
            "以前交的有线费",
            "有线电视交过几次",
            "收视费付款明细",
            "past cable tv payments",
        ],
        &["收视费缴费记录"],
    ),
    // cable_tv__order_package
    (
        &[
            "订个体育频道",
            "开通电影频道",
            "加订少儿节目",
            "想多看几个频道",
            "order a channel pack",
        ],
        &["订购节目"],
    ),
    // cable_tv__cancel_package
    (
        &[
            "退订体育频道",
            "不要这个节目包",
            "取消电影频道",
            "节目套餐退掉",
            "cancel channel package",
        ],
        &["退订节目"],
    ),
    // cable_tv__report_fault
    (
        &[
            "有线电视没信号",
            "机顶盒报修",
            "电视信号不好",
            "有线电视坏了",
            "cable box broken",
        ],
        &["有线电视"],
    ),
    // cmcc__topup telecom__topup unicom__topup
    (
        &[
            "帮我充点话费",
            "话费充值一下",
            "给这个号码充值",
            "手机充话费",
            "top up phone credit",
            "话费 top up",
        ],
        &["话费充值"],
    ),
    // cmcc__query_balance telecom__query_balance unicom__query_balance
    (
        &[
            "话费余额查询",
            "手机还剩多少钱",
            "我手机欠费没",
            "号码余额多少",
            "check my phone credit",
        ],
        &["话费余额"],
    ),
    // cmcc__query_usage telecom__query_usage unicom__query_usage
    (
        &[
            "套餐余量",
            "这个月流量用了多少",
            "剩下多少分钟通话",
            "流量还剩几个G",
            "data remaining this month",
        ],
        &["套餐余量"],
    ),
    // cmcc__buy_data_pack telecom__buy_data_pack unicom__buy_data_pack
    (
        &[
            "订个流量包",
            "买个流量日包",
            "流量不够想加",
            "办个流量加油包",
            "buy a data add-on",
        ],
        &["订购流量"],
    ),
    // cmcc__query_bill telecom__query_bill unicom__query_bill
    (
        &[
            "话费月账单",
            "上月话费花在哪",
            "话费扣费明细",
            "这个月话费账单",
            "itemized phone bill",
        ],
        &["月账单"],
    ),
    // cmcc__change_plan telecom__change_plan unicom__change_plan
    (
        &[
            "套餐换一个",
            "改成便宜的套餐",
            "下个月换套餐",
            "套餐升级",
            "switch to a cheaper plan",
        ],
        &["变更套餐"],
    ),
    // cmcc__unsubscribe_service
    (
        &[
            "退订增值业务",
            "取消包月业务",
            "退掉视频彩铃",
            "关掉每月扣费的业务",
            "cancel value-added services",
        ],
        &["增值业务"],
    ),
    // telecom__set_auto_topup
    (
        &[
            "开通自动充值",
            "余额低了自动充",
            "设置话费自动充",
            "自动续话费",
            "set up auto top-up",
        ],
        &["话费自动"],
    ),
    // telecom__cancel_auto_topup
    (
        &[
            "关闭话费自动充值",
            "自动充值取消掉",
            "不要再自动充话费",
            "停掉自动充值",
            "cancel auto top-up",
        ],
        &["取消自动充值"],
    ),
    // unicom__cancel_data_pack
    (
        &[
            "流量包退订",
            "取消流量包",
            "流量包下月不续",
            "关掉流量包自动续订",
            "cancel my data pack",
        ],
        &["退订流量"],
    ),
    // etc__apply
    (
        &[
            "申请ETC",
            "办理ETC设备",
            "车还没装ETC",
            "第一次办ETC",
            "ETC怎么申请",
            "apply for etc tag",
        ],
        &["申办"],
    ),
    // etc__query_balance
    (
        &[
            "ETC余额查询",
            "etc卡里还有钱吗",
            "查一下ETC余额",
            "etc account balance",
        ],
        &["查询ETC"],
    ),
    // etc__topup
    (
        &[
            "给ETC充值",
            "储值卡充值",
            "etc卡充点钱",
            "ETC卡充钱",
            "load money onto etc",
        ],
        &["ETC充值"],
    ),
    // etc__trip_records
    (
        &[
            "ETC通行记录",
            "高速通行明细",
            "走了哪些高速",
            "etc过路费记录",
            "etc trip history",
        ],
        &["通行记录"],
    ),
    // etc__toll_invoice
    (
        &[
            "开通行费发票",
            "ETC开发票",
            "过路费开电子发票",
            "高速费开票",
            "etc toll invoice",
        ],
        &["通行费发票"],
    ),
    // etc__report_lost
    (
        &[
            "挂失ETC卡",
            "etc丢了要挂失",
            "etc标签被偷了",
            "ETC卡挂失",
            "report lost etc",
        ],
        &["ETC挂失"],
    ),
    // etc__cancel_etc
    (
        &[
            "注销ETC",
            "ETC不用了销户",
            "卖车注销ETC",
            "etc账户关掉",
            "cancel my etc",
            "ETC退掉余额退回",
        ],
        &["注销ETC"],
    ),
    // ev_charging__find_stations
    (
        &[
            "找个充电站",
            "附近哪有快充",
            "充电站在哪里",
            "最近的充电桩在哪",
            "find charging station nearby",
        ],
        &["充电站"],
    ),
    // ev_charging__start_charging
    (
        &[
            "扫码启动充电",
            "开始给车充电",
            "扫桩号充电",
            "插上枪启动",
            "start charging my car",
        ],
        &["启动充电"],
    ),
    // ev_charging__stop_charging
    (
        &[
            "停止充电结算",
            "拔枪结束充电",
            "不充了结束",
            "结束本次充电",
            "stop the charging session",
        ],
        &["结束充电"],
    ),
    // ev_charging__charging_status
    (
        &[
            "充电进度",
            "现在充了多少电",
            "电量充到多少",
            "还差多久充满",
            "charging progress now",
        ],
        &["充电进度"],
    ),
    // ev_charging__order_history
    (
        &[
            "充电订单记录",
            "历史充电订单",
            "充电消费明细",
            "上次充电多少钱",
            "past charging orders",
        ],
        &["充电订单"],
    ),
    // ev_charging__topup_wallet
    (
        &[
            "充电钱包充值",
            "给充电账户充值",
            "充电余额不够了",
            "充电钱包没钱",
            "top up ev wallet",
        ],
        &["充电钱包"],
    ),
    // ev_charging__book_charger
    (
        &[
            "预约一个充电桩",
            "先订个桩",
            "提前预约充电",
            "到站前锁个桩",
            "reserve ev charger",
        ],
        &["预约充电桩"],
    ),
    // fuel__fuel_prices
    (
        &[
            "今日油价多少",
            "现在汽油什么价",
            "92号油价",
            "油价下次调整",
            "current fuel prices",
        ],
        &["油价"],
    ),
    // fuel__find_stations
    (
        &[
            "附近哪里有加油站",
            "最近的加油站",
            "找个加油站",
            "加油站在哪",
            "nearest petrol station",
        ],
        &["加油站"],
    ),
    // fuel__pay_at_pump
    (
        &[
            "加油手机付款",
            "油枪扫码付钱",
            "加油直接付",
            "加完油付款",
            "pay at pump with phone",
        ],
        &["加油付款"],
    ),
    // fuel__topup_fuel_card
    (
        &[
            "加油卡充钱",
            "中石油加油卡充值",
            "油卡充点钱",
            "加油卡里充值",
            "top up my fuel card",
        ],
        &["加油卡"],
    ),
    // fuel__order_history
    (
        &[
            "加油记录",
            "历史加油订单",
            "加油消费明细",
            "以前的加油单",
            "past fuel purchases",
        ],
        &["加油记录"],
    ),
    // fuel__request_invoice
    (
        &[
            "开加油发票",
            "加油开电子发票",
            "加油订单开票",
            "油费发票",
            "invoice for fuel",
        ],
        &["加油发票"],
    ),
    // gas_crgas__query_bill
    (
        &[
            "燃气账单查询",
            "燃气费欠了多少",
            "这期燃气费多少",
            "华润燃气账单",
            "check gas bill",
        ],
        &["燃气账单"],
    ),
    // gas_crgas__pay_bill gas_towngas__pay_bill
    (
        &[
            "燃气费缴了",
            "交一下燃气费",
            "缴纳燃气费",
            "燃气费交钱",
            "pay my gas bill",
        ],
        &["缴纳燃气费"],
    ),
    // gas_crgas__payment_history gas_towngas__payment_history
    (
        &[
            "燃气费交费记录",
            "以前交的燃气费",
            "燃气费付款明细",
            "燃气交过几次",
            "past gas payments",
        ],
        &["gas payment"],
    ),
    // gas_crgas__submit_reading
    (
        &[
            "上报燃气表读数",
            "燃气表数报一下",
            "自报燃气表",
            "燃气表抄数上传",
            "submit gas meter reading",
        ],
        &["燃气读数"],
    ),
    // gas_crgas__book_ignition
    (
        &[
            "预约通气点火",
            "燃气开通点火",
            "新房燃气点火",
            "约师傅来通气",
            "book gas ignition",
        ],
        &["点火"],
    ),
    // gas_crgas__set_autopay
    (
        &[
            "开通燃气代扣",
            "燃气费自动缴",
            "签燃气代扣",
            "燃气自动缴费开通",
            "set up gas direct debit",
        ],
        &["开通燃气"],
    ),
    // gas_crgas__cancel_autopay
    (
        &[
            "取消燃气代扣",
            "燃气自动缴费关掉",
            "解除燃气代扣",
            "燃气不要自动扣款",
            "cancel gas direct debit",
        ],
        &["取消燃气"],
    ),
    // gas_towngas__query_bill
    (
        &[
            "港华燃气费多少",
            "燃气费账单查一下",
            "燃气欠费多少钱",
            "查下燃气费",
            "towngas bill amount",
        ],
        &["查询燃气费"],
    ),
    // gas_towngas__ic_card_topup
    (
        &[
            "燃气IC卡充值",
            "卡表买气",
            "网上买燃气",
            "燃气卡充气",
            "buy gas for ic card",
        ],
        &["IC卡"],
    ),
    // gas_towngas__ic_card_records
    (
        &[
            "买气的记录查一下",
            "写卡状态",
            "买的气写卡了没",
            "燃气卡没写进去",
            "gas card write status",
        ],
        &["写卡"],
    ),
    // gas_towngas__book_safety_check
    (
        &[
            "预约燃气安检",
            "燃气安检上门时间",
            "约个燃气安全检查",
            "燃气安检预约",
            "schedule gas safety visit",
        ],
        &["燃气安检"],
    ),
    // gas_towngas__report_repair
    (
        &[
            "燃气灶坏了报修",
            "燃气管漏气",
            "燃气表故障",
            "燃气热水器打不着",
            "report gas fault",
        ],
        &["燃气报修"],
    ),
    // heating__query_fee
    (
        &[
            "供暖费多少钱",
            "今年供暖费",
            "采暖费要交多少",
            "暖气费欠多少",
            "heating fee this season",
        ],
        &["查询供暖"],
    ),
    // heating__pay_fee
    (
        &[
            "缴供暖费",
            "暖气费交一下",
            "采暖费缴纳",
            "供暖费付了",
            "pay heating bill",
        ],
        &["缴纳供暖"],
    ),
    // heating__payment_history
    (
        &[
            "暖气费交费记录",
            "供暖费缴过没有",
            "往年采暖费缴费",
            "暖气费付款记录",
            "heating payments history",
        ],
        &["供暖缴费"],
    ),
    // heating__apply_suspend
    (
        &[
            "申请暖气报停",
            "今年暖气不要了",
            "房子空着申请停暖",
            "办理供暖报停",
            "apply to stop heating",
        ],
        &["申请供暖"],
    ),
    // heating__cancel_suspend
    (
        &[
            "取消暖气报停",
            "报停撤销",
            "恢复暖气",
            "今年又要供暖了",
            "cancel heating suspension",
        ],
        &["取消供暖"],
    ),
    // heating__report_cold
    (
        &[
            "室温不达标",
            "暖气温度不够",
            "暖气不热报修",
            "屋里冷得待不住",
            "radiators not warm",
        ],
        &["室温不达标"],
    ),
    // heating__request_invoice
    (
        &[
            "开供暖费发票",
            "暖气费开发票",
            "采暖费电子发票",
            "取暖费开票",
            "heating fee invoice",
        ],
        &["供暖费发票"],
    ),
    // lifepay__list_accounts
    (
        &[
            "我的缴费户号",
            "查看绑定的户号",
            "存了哪些缴费账户",
            "户号都有哪些",
            "list my saved accounts",
        ],
        &["我的缴费"],
    ),
    // lifepay__add_account
    (
        &[
            "添加户号",
            "新加一个缴费户号",
            "绑个新户号",
            "保存水电户号",
            "add a utility account",
        ],
        &["添加缴费"],
    ),
    // lifepay__remove_account
    (
        &[
            "删除户号",
            "解除绑定户号",
            "户号不要了删掉",
            "移除缴费账户",
            "delete saved account",
        ],
        &["删除缴费"],
    ),
    // lifepay__set_reminder
    (
        &[
            "开通缴费提醒",
            "出账单提醒我",
            "水电费到期提醒",
            "设置账单提醒",
            "turn on bill reminders",
        ],
        &["开通缴费"],
    ),
    // lifepay__cancel_reminder
    (
        &[
            "关闭缴费提醒",
            "不要缴费通知了",
            "取消账单提醒",
            "缴费提醒别发了",
            "mute bill notifications",
        ],
        &["关闭缴费"],
    ),
    // lifepay__all_payments
    (
        &[
            "全部缴费记录",
            "今年水电燃气总共交了多少",
            "所有缴费账单",
            "生活缴费明细",
            "all bills paid this year",
        ],
        &["全部缴费"],
    ),
    // marriage_reg__list_offices
    (
        &[
            "附近的婚姻登记处",
            "婚姻登记处几点开门",
            "领证地点",
            "民政局婚姻登记在哪",
            "marriage registry near me",
        ],
        &["婚姻登记处"],
    ),
    // marriage_reg__available_dates
    (
        &[
            "领证哪天能约",
            "登记还有空号吗",
            "可预约的日期",
            "哪天有号领证",
            "registration dates available",
        ],
        &["可约日期"],
    ),
    // marriage_reg__required_documents
    (
        &[
            "领证需要带哪些东西",
            "登记要准备什么材料",
            "登记所需材料",
            "离婚登记要带什么",
            "what documents to register",
        ],
        &["所需材料"],
    ),
    // marriage_reg__book_marriage
    (
        &[
            "预约领结婚证",
            "约民政局领证",
            "预约结婚登记",
            "结婚领证约个时间",
            "book wedding registration",
        ],
        &["结婚登记"],
    ),
    // marriage_reg__book_divorce
    (
        &[
            "预约离婚登记",
            "约民政局离婚",
            "离婚登记预约",
            "协议离婚约时间",
            "book divorce appointment",
        ],
        &["离婚"],
    ),
    // marriage_reg__book_replacement
    (
        &[
            "补领结婚证",
            "结婚证补办预约",
            "结婚证丢了补一个",
            "约补结婚证",
            "replacement marriage certificate",
        ],
        &["补领"],
    ),
    // marriage_reg__list_bookings
    (
        &[
            "我的登记预约",
            "查看领证预约",
            "约的领证时间",
            "我约了哪天登记",
            "my marriage registration booking",
        ],
        &["我的登记"],
    ),
    // marriage_reg__cancel_booking
    (
        &[
            "取消领证预约",
            "领证预约不要了",
            "登记预约退掉",
            "不去民政局了",
            "cancel my registry booking",
        ],
        &["取消登记"],
    ),
    // parking__query_fee
    (
        &[
            "停车费查一下",
            "现在停车要交多少",
            "停车欠了多少钱",
            "这次停车多少钱",
            "how much is my parking",
        ],
        &["查询停车"],
    ),
    // parking__pay_fee
    (
        &[
            "停车费付一下",
            "离场前交停车费",
            "路边停车补缴",
            "停车缴费",
            "pay my parking fee",
        ],
        &["缴纳停车"],
    ),
    // parking__buy_monthly_pass
    (
        &[
            "办个停车月卡",
            "新办月租车位",
            "第一次办月卡",
            "车位按月租",
            "get a parking pass",
        ],
        &["停车月卡"],
    ),
    // parking__renew_monthly_pass
    (
        &[
            "停车月卡续费",
            "月卡再续几个月",
            "月租车位续期",
            "月卡要到期续一下",
            "renew monthly parking",
        ],
        &["月卡续费"],
    ),
    // parking__parking_records
    (
        &[
            "停车记录查询",
            "以前停过哪些停车场",
            "停车进出记录",
            "停车缴费历史",
            "my parking records",
        ],
        &["停车记录"],
    ),
    // parking__set_auto_pay
    (
        &[
            "开通无感支付",
            "停车自动扣款开通",
            "离场自动付费",
            "停车绑卡自动扣",
            "enable auto parking payment",
        ],
        &["开通无感"],
    ),
    // parking__cancel_auto_pay
    (
        &[
            "关闭无感支付",
            "停车无感支付解绑",
            "不要出场自动扣",
            "关掉停车自动付",
            "turn off hands-free payment",
        ],
        &["关闭无感"],
    ),
    // parking__find_lots
    (
        &[
            "停车场哪里有",
            "找个停车场",
            "哪个停车场有空位",
            "停车场一小时多少钱",
            "car park nearby",
        ],
        &["附近停车场"],
    ),
    // power_csg__query_bill power_sgcc__query_bill
    (
        &[
            "电费账单查询",
            "查下这月电费",
            "电费欠多少钱",
            "电费出来了吗",
            "check electricity bill",
        ],
        &["电费账单"],
    ),
    // power_csg__pay_bill power_sgcc__pay_bill
    (
        &[
            "缴纳电费",
            "电费交一下",
            "把电费交了",
            "补交电费",
            "pay electricity now",
        ],
        &["缴纳电费"],
    ),
    // power_csg__prepay
    (
        &[
            "预存一笔电费",
            "电费先存一些",
            "电费充进去备用",
            "提前交点电费",
            "prepay my electricity",
        ],
        &["预存电费"],
    ),
    // power_csg__query_balance
    (
        &[
            "预存余额查询",
            "电费余额还剩多少",
            "预存的电费还够几天",
            "电费账户余额",
            "prepaid electricity balance",
        ],
        &["预存余额"],
    ),
    // power_csg__usage_history power_sgcc__usage_history
    (
        &[
            "用电量查询",
            "这个月用电多少度",
            "每天用电量",
            "每月用了几度电",
            "electricity consumption history",
        ],
        &["查询用电量"],
    ),
    // power_csg__payment_history
    (
        &[
            "南网电费缴费记录",
            "电费充值记录",
            "预存电费的记录",
            "交电费的历史",
            "power bill payment record",
        ],
        &["缴费记录 payment"],
    ),
    // power_csg__outage_notice
    (
        &[
            "停电通知查询",
            "今天会不会停电",
            "停电检修公告",
            "哪天停电",
            "power outage notice",
        ],
        &["停电"],
    ),
    // power_sgcc__payment_history
    (
        &[
            "电费交费记录",
            "电费缴费历史查询",
            "以前交过的电费",
            "电费付款明细",
            "past electricity payments",
        ],
        &["电费缴费"],
    ),
    // power_sgcc__set_autopay
    (
        &[
            "开通电费代扣",
            "签电费自动缴费",
            "电费绑卡自动扣",
            "电费自动缴费开通",
            "set up power direct debit",
        ],
        &["开通电费"],
    ),
    // power_sgcc__cancel_autopay
    (
        &[
            "取消电费代扣",
            "电费自动缴费取消",
            "解除电费代扣",
            "关闭电费自动扣款",
            "cancel electricity direct debit",
        ],
        &["取消电费"],
    ),
    // power_sgcc__request_invoice
    (
        &[
            "开电费电子发票",
            "电费发票申请",
            "要一张电费发票",
            "电费开具发票",
            "electricity e-invoice",
        ],
        &["电子发票"],
    ),
    // property__query_fee
    (
        &[
            "物业费欠多少",
            "物业费账单",
            "物业费还差多少没交",
            "查物业费",
            "check property fee",
        ],
        &["查询物业"],
    ),
    // property__pay_fee
    (
        &[
            "缴物业费",
            "物业费交一年",
            "把物业费交了",
            "网上交物业费",
            "pay the property fee",
        ],
        &["缴纳物业"],
    ),
    // property__payment_history
    (
        &[
            "物业缴费记录",
            "物业费交过哪几年",
            "物业费付款凭证",
            "以前交的物业费",
            "property fee payments history",
        ],
        &["物业缴费"],
    ),
    // property__submit_repair
    (
        &[
            "报事报修",
            "物业报修",
            "公共区域坏了报修",
            "让物业派人修",
            "ask property to fix",
        ],
        &["报事报修"],
    ),
    // property__list_repairs
    (
        &[
            "我的报修单",
            "报修单处理到哪了",
            "物业工单进度",
            "报的修有人接了吗",
            "my repair tickets",
        ],
        &["我的报修"],
    ),
    // property__cancel_repair
    (
        &[
            "取消报修单",
            "报修不用了撤掉",
            "物业不用上门了",
            "报修单取消",
            "cancel my repair ticket",
        ],
        &["取消报修"],
    ),
    // property__visitor_pass
    (
        &[
            "生成访客码",
            "邀请访客进小区",
            "给朋友开个通行证",
            "访客车辆登记",
            "invite a guest",
        ],
        &["访客"],
    ),
    // social_security_card__apply_sscard
    (
        &[
            "社保卡申领",
            "申请新社保卡",
            "第一次申领社保卡",
            "网上申领社保卡",
            "apply new sscard",
        ],
        &["社保卡申领"],
    ),
    // social_security_card__activate_financial
    (
        &[
            "激活社保卡银行账户",
            "社保卡金融账户激活",
            "开通社保卡金融功能",
            "社保卡怎么激活",
            "activate card bank function",
        ],
        &["金融功能"],
    ),
    // social_security_card__report_lost_sscard
    (
        &[
            "挂失社保卡",
            "社保卡不见了先挂失",
            "社保卡停用",
            "社保卡丢失挂失",
            "report sscard lost",
        ],
        &["社保卡挂失"],
    ),
    // social_security_card__reissue_sscard
    (
        &[
            "社保卡补换",
            "补一张社保卡",
            "社保卡换新卡",
            "社保卡旧了换一张",
            "reissue social security card",
        ],
        &["补换"],
    ),
    // social_security_card__sscard_balance
    (
        &[
            "社保卡账户余额",
            "社保卡交易明细",
            "社保卡到账记录",
            "养老金打进来了没",
            "sscard account balance",
        ],
        &["余额与明细"],
    ),
    // social_security_card__sscard_progress
    (
        &[
            "制卡进度",
            "社保卡制作进度",
            "社保卡做好能领了吗",
            "新社保卡到网点没",
            "sscard production status",
        ],
        &["制卡"],
    ),
    // social_security_card__pay_resident_insurance
    (
        &[
            "城乡居民医保缴费",
            "交城乡居民养老保险",
            "给家人交居民医保",
            "居民医保续交",
            "pay resident insurance",
        ],
        &["城乡居民"],
    ),
    // traffic_12123__query_violations
    (
        &[
            "查交通违法",
            "车有没有违章记录",
            "违章查一下",
            "有没有被拍违章",
            "check my traffic violations",
        ],
        &["交通违法"],
    ),
    // traffic_12123__handle_violation
    (
        &[
            "违章认领处理",
            "网上处理违章",
            "电子监控违法处理",
            "违章在线处理",
            "accept camera violation",
        ],
        &["违法处理"],
    ),
    // traffic_12123__pay_fine
    (
        &[
            "交通罚款缴纳",
            "交罚单的钱",
            "决定书缴罚款",
            "罚款交一下",
            "pay my traffic ticket",
        ],
        &["交通罚款"],
    ),
    // traffic_12123__licence_points
    (
        &[
            "驾驶证记分",
            "查驾照分",
            "驾照扣分情况",
            "我驾照扣了多少",
            "check licence points",
        ],
        &["记分"],
    ),
    // traffic_12123__renew_licence
    (
        &[
            "驾驶证期满换证",
            "驾照到期换新",
            "网上换驾照",
            "驾照有效期满了",
            "renew my driving licence",
        ],
        &["换证"],
    ),
    // traffic_12123__points_study
    (
        &[
            "驾照扣分能减吗",
            "学习消分报名",
            "扣的分怎么减掉",
            "驾照分想减回来",
            "reduce driving points",
        ],
        &["学法减分"],
    ),
    // traffic_12123__my_vehicles
    (
        &[
            "我的机动车",
            "名下车辆查询",
            "我有几辆车登记",
            "车辆登记信息",
            "cars registered in my name",
        ],
        &["机动车"],
    ),
    // vehicle_tax__query_tax
    (
        &[
            "车船税要交多少",
            "车船税欠几年",
            "今年车船税多少",
            "车船税查询",
            "check vehicle tax due",
        ],
        &["查询车船"],
    ),
    // vehicle_tax__pay_tax
    (
        &[
            "车船税缴纳",
            "把车船税交了",
            "缴一下车船税",
            "车船税补交",
            "pay my vehicle tax",
        ],
        &["缴纳车船"],
    ),
    // vehicle_tax__payment_records
    (
        &[
            "车船税缴纳记录",
            "车船税交过哪些年",
            "车船税缴税历史",
            "车船税付款记录",
            "vehicle tax payment history",
        ],
        &["车船税缴"],
    ),
    // vehicle_tax__tax_certificate
    (
        &[
            "开车船税完税证明",
            "打印完税证明",
            "要一张完税证明",
            "完税凭证下载",
            "vehicle tax receipt certificate",
        ],
        &["完税"],
    ),
    // vehicle_tax__apply_exemption
    (
        &[
            "申请车船税减免",
            "车船税能减免吗",
            "新能源车免税申请",
            "车船税免税办理",
            "apply vehicle tax exemption",
        ],
        &["车船税减"],
    ),
    // water_bj__query_bill water_sh__query_bill water_sz__query_bill
    (
        &[
            "水费账单查询",
            "水费欠了多少",
            "这期水费多少",
            "查下水费",
            "check water bill",
        ],
        &["查询水费"],
    ),
    // water_bj__pay_bill water_sh__pay_bill water_sz__pay_bill
    (
        &[
            "水费交一下",
            "把水费交了",
            "缴纳水费",
            "水费付款",
            "pay my water bill",
        ],
        &["缴纳水费"],
    ),
    // water_bj__payment_history water_sh__payment_history water_sz__payment_history
    (
        &[
            "水费交费记录",
            "以前交过的水费",
            "水费付款记录",
            "水费缴了几回",
            "past water payments",
        ],
        &["water payment"],
    ),
    // water_bj__set_autopay
    (
        &[
            "开通水费代扣",
            "水费自动缴",
            "签水费代扣",
            "水费绑卡自动扣",
            "set up water direct debit",
        ],
        &["开通水费"],
    ),
    // water_bj__cancel_autopay
    (
        &[
            "取消水费自动扣",
            "解除水费代扣",
            "水费代扣关掉",
            "水费不要代扣",
            "cancel water direct debit",
        ],
        &["取消水费"],
    ),
    // water_bj__report_repair
    (
        &[
            "供水报修",
            "自来水报修",
            "水管漏水报修",
            "家里水压低报修",
            "report water supply fault",
        ],
        &["供水"],
    ),
    // water_bj__outage_notice water_sz__outage_notice
    (
        &[
            "停水通知查询",
            "哪天停水",
            "停水安排",
            "这周会停水吗",
            "water outage notice",
        ],
        &["停水"],
    ),
    // water_sh__tier_prices
    (
        &[
            "阶梯水价",
            "水价标准",
            "第二档水价多少",
            "每吨水多少钱",
            "tiered water prices",
        ],
        &["阶梯水价"],
    ),
    // water_sh__tier_usage
    (
        &[
            "年度用水量查询",
            "今年用了多少水",
            "用水到第几阶梯了",
            "用水量到二档没",
            "yearly water usage",
        ],
        &["年度阶梯"],
    ),
    // water_sh__transfer_owner
    (
        &[
            "水表过户",
            "水费户名改成我的",
            "水表户主变更",
            "买房后水表过户",
            "transfer water account owner",
        ],
        &["过户"],
    ),
    // water_sz__submit_reading
    (
        &[
            "上报水表读数",
            "水表数报一下",
            "自报水表读数",
            "水表抄数上传",
            "submit water reading",
        ],
        &["水表读数"],
    ),
    // water_sz__open_account
    (
        &[
            "新装用水开户",
            "刚收房办用水开户",
            "申请用水开户",
            "新房水表开户",
            "open a new water account",
        ],
        &["用水开户"],
    ),
    // water_delivery__order_water
    (
        &[
            "送桶装水",
            "订一桶水上门",
            "现在要桶水",
            "饮水机换水",
            "叫一桶水送上来",
            "deliver water barrels",
        ],
        &["桶装水"],
    ),
    // water_delivery__buy_tickets
    (
        &[
            "购买水票",
            "水票买一本",
            "水票用完了再买",
            "办一套水票",
            "buy a water ticket pack",
        ],
        &["买水票"],
    ),
    // water_delivery__ticket_balance
    (
        &[
            "水票余额查一下",
            "我还有多少水票",
            "剩几张水票",
            "水票什么时候过期",
            "water ticket balance",
        ],
        &["水票余额"],
    ),
    // water_delivery__set_schedule
    (
        &[
            "设置定期送水",
            "每周自动送水",
            "按期送水上门",
            "每隔几天送一次水",
            "set up weekly water delivery",
        ],
        &["设置定期送水"],
    ),
    // water_delivery__cancel_schedule
    (
        &[
            "取消定期送水",
            "定时送水停了",
            "不要按期送水",
            "自动送水关掉",
            "cancel scheduled delivery",
        ],
        &["取消定期"],
    ),
    // water_delivery__refund_deposit
    (
        &[
            "退桶押金",
            "空桶退回退押金",
            "桶押金退给我",
            "退水桶拿回押金",
            "refund bottle deposit",
        ],
        &["退桶押金"],
    ),
    // water_delivery__track_order
    (
        &[
            "送水进度",
            "订的水到哪了",
            "送水员什么时候到",
            "水多久能送到",
            "track water order",
        ],
        &["送水进度"],
    ),
    // car_rental__search_cars
    (
        &[
            "有哪些车可租",
            "可租车型查询",
            "租车车型价格",
            "看看能租什么车",
            "available rental cars",
        ],
        &["可租车型"],
    ),
    // car_rental__book_car
    (
        &[
            "预订一辆租车",
            "确认租这辆车",
            "租车付款下单",
            "订车自驾",
            "book this rental car",
        ],
        &["预订租车"],
    ),
    // car_rental__cancel_rental
    (
        &[
            "取消租车订单",
            "租车订单退掉",
            "订的车不要了",
            "不去取车了",
            "cancel the rental booking",
        ],
        &["取消租车"],
    ),
    // car_rental__extend_rental
    (
        &[
            "租车续几天",
            "还车时间延后",
            "车再多用两天",
            "续租车辆",
            "extend my car rental",
        ],
        &["extend a rental"],
    ),
    // car_rental__deposit_status
    (
        &[
            "押金退还进度",
            "租车押金退了没",
            "违章押金退还",
            "押金什么时候解冻",
            "rental deposit status",
        ],
        &["押金退还"],
    ),
    // car_rental__rental_violations
    (
        &[
            "租车违章查询",
            "租车期间有没有违章",
            "租的车违章记录",
            "还的车被拍了吗",
            "violations on rental car",
        ],
        &["租车违章"],
    ),
    // car_rental__my_rentals
    (
        &[
            "我的租车订单",
            "查看租车订单",
            "租车订单状态",
            "我订的租车",
            "my rental bookings",
        ],
        &["我的租车"],
    ),
    // appliance_repair__repair_prices
    (
        &[
            "维修收费标准",
            "上门费怎么收",
            "修一次大概多少钱",
            "换个配件多少钱",
            "repair price list",
        ],
        &["维修收费"],
    ),
    // appliance_repair__request_repair
    (
        &[
            "约师傅上门维修",
            "家电坏了报修",
            "空调坏了找人修",
            "冰箱坏了上门修",
            "book a repair technician",
        ],
        &["上门维修"],
    ),
    // appliance_repair__book_installation
    (
        &[
            "预约家电安装",
            "新家电上门安装",
            "约师傅装空调",
            "热水器安装预约",
            "book appliance installation",
        ],
        &["家电安装"],
    ),
    // appliance_repair__track_repair
    (
        &[
            "维修进度查询",
            "维修单到哪一步",
            "师傅派单了没",
            "修好了没有",
            "track my repair",
        ],
        &["维修进度"],
    ),
    // appliance_repair__cancel_repair
    (
        &[
            "取消维修订单",
            "维修单取消",
            "不修了取消",
            "安装预约取消",
            "cancel repair order",
        ],
        &["取消维修"],
    ),
    // appliance_repair__pay_repair
    (
        &[
            "支付维修费",
            "维修费付款",
            "修好了付维修费",
            "配件费和上门费付了",
            "pay repair fee",
        ],
        &["维修费用"],
    ),
    // appliance_repair__check_warranty
    (
        &[
            "查询保修期",
            "保修期到哪天",
            "机器还在保修内吗",
            "序列号查保修",
            "check appliance warranty",
        ],
        &["保修期"],
    ),
    // housekeeping__service_prices
    (
        &[
            "家政服务价格表",
            "保洁怎么收费",
            "深度保洁多少钱一平",
            "钟点工价格",
            "housekeeping price list",
        ],
        &["家政服务"],
    ),
    // housekeeping__book_cleaning
    (
        &[
            "约个保洁阿姨",
            "预约日常保洁",
            "约个钟点工打扫",
            "周末请人打扫",
            "book a house cleaner",
        ],
        &["预约保洁"],
    ),
    // housekeeping__hire_helper
    (
        &[
            "预约保姆月嫂",
            "找个育儿嫂",
            "请住家保姆",
            "家里老人需要护工",
            "hire a maternity nurse",
        ],
        &["保姆月嫂"],
    ),
    // housekeeping__reschedule_order
    (
        &[
            "修改上门时间",
            "阿姨上门时间改一下",
            "保洁改到明天",
            "保洁时间往后挪",
            "change visit time",
        ],
        &["上门时间"],
    ),
    // housekeeping__cancel_order
    (
        &[
            "取消家政订单",
            "家政预约取消",
            "保洁订单退掉",
            "阿姨这次不用来",
            "cancel housekeeping order",
        ],
        &["取消家政"],
    ),
    // housekeeping__pay_order
    (
        &[
            "支付家政订单",
            "家政费付款",
            "保洁费用结算",
            "打扫完了付款",
            "pay housekeeping bill",
        ],
        &["支付家政"],
    ),
    // housekeeping__list_orders
    (
        &[
            "我的家政订单",
            "家政订单状态",
            "我约了哪些保洁",
            "约的家政是哪天",
            "my housekeeping orders",
        ],
        &["我的家政"],
    ),
    // housekeeping__rate_service
    (
        &[
            "评价家政服务",
            "给保洁打个分",
            "阿姨服务评价",
            "家政服务投诉",
            "rate housekeeping service",
        ],
        &["评价服务"],
    ),
    // moving__get_quote
    (
        &[
            "搬家估个价",
            "搬家要花多少钱",
            "搬家费用估算",
            "搬家车型价格",
            "estimate moving cost",
        ],
        &["搬家估价"],
    ),
    // moving__book_move
    (
        &[
            "预约搬家车",
            "约搬家公司上门",
            "搬家下单",
            "订个搬家车",
            "book a moving truck",
        ],
        &["预约搬家"],
    ),
    // moving__reschedule_move
    (
        &[
            "修改搬家时间",
            "搬家改个日子",
            "搬家往后推几天",
            "搬家日期调整",
            "change my moving day",
        ],
        &["搬家时间"],
    ),
    // moving__cancel_move
    (
        &[
            "取消搬家订单",
            "搬家订单退掉",
            "搬家预约不要了",
            "搬家取消预约",
            "cancel moving order",
        ],
        &["取消搬家"],
    ),
    // moving__pay_move
    (
        &[
            "支付搬家费",
            "搬家费付款",
            "搬家结账付钱",
            "搬家加收费用付了",
            "pay for the move",
        ],
        &["搬家费用"],
    ),
    // moving__list_orders
    (
        &[
            "我的搬家订单",
            "搬家订单查看",
            "搬家单状态",
            "约的搬家车订单",
            "my moving bookings",
        ],
        &["我的搬家"],
    ),
    // recycling__recycle_prices
    (
        &[
            "今天废品收购价",
            "废纸多少钱一公斤",
            "旧家电回收多少钱",
            "回收价格表",
            "scrap recycling prices",
        ],
        &["回收价格"],
    ),
    // recycling__book_pickup
    (
        &[
            "预约上门回收",
            "约人上门收废品",
            "废纸箱上门回收",
            "叫收废品的上门",
            "book scrap pickup",
        ],
        &["上门回收"],
    ),
    // recycling__donate_clothes
    (
        &[
            "旧衣捐赠",
            "捐旧衣服",
            "旧衣服免费上门收",
            "不要的衣服捐出去",
            "donate used clothes",
        ],
        &["旧衣"],
    ),
    // recycling__cancel_pickup
    (
        &[
            "取消回收预约",
            "回收预约不要了",
            "上门回收取消",
            "废品回收不约了",
            "cancel pickup",
        ],
        &["取消回收"],
    ),
    // recycling__list_orders
    (
        &[
            "我的回收订单",
            "回收订单记录",
            "卖过几次废品",
            "回收赚了多少",
            "my recycling pickups",
        ],
        &["我的回收"],
    ),
    // recycling__withdraw_earnings
    (
        &[
            "回收收益提现",
            "环保金提到卡上",
            "卖废品的钱提现",
            "回收余额提现",
            "withdraw recycling balance",
        ],
        &["收益提现"],
    ),
    // laundry__price_list
    (
        &[
            "洗衣价格表",
            "干洗价目表",
            "洗一件衬衫多少钱",
            "洗衣怎么收费",
            "laundry prices",
        ],
        &["价格表"],
    ),
    // laundry__book_pickup
    (
        &[
            "预约上门取衣",
            "约人来取衣服",
            "上门取件洗衣",
            "送洗衣服上门取",
            "book laundry collection",
        ],
        &["取衣"],
    ),
    // laundry__pay_order
    (
        &[
            "支付洗衣订单",
            "洗衣订单付款",
            "衣服计价后付钱",
            "洗衣费结算",
            "pay my laundry order",
        ],
        &["支付洗衣"],
    ),
    // laundry__track_order
    (
        &[
            "洗衣进度",
            "衣服洗到哪一步",
            "衣服什么时候送回",
            "送洗的衣服到哪了",
            "track my laundry",
        ],
        &["洗衣进度"],
    ),
    // laundry__cancel_order
    (
        &[
            "取消洗衣订单",
            "洗衣单取消",
            "取衣预约取消",
            "不送洗了取消",
            "cancel laundry order",
        ],
        &["取消洗衣"],
    ),
    // laundry__list_orders
    (
        &[
            "我的洗衣订单",
            "洗衣订单状态",
            "查看洗衣订单",
            "送洗过的订单",
            "my laundry order history",
        ],
        &["我的洗衣"],
    ),
    // rent__query_rent
    (
        &[
            "房租账单查询",
            "这期房租多少钱",
            "还欠多少房租",
            "房租应交多少",
            "check my rent bill",
        ],
        &["房租账单"],
    ),
    // rent__pay_rent
    (
        &[
            "缴纳房租",
            "把房租交了",
            "房租付一下",
            "给房东交租",
            "pay rent now",
        ],
        &["缴纳房租"],
    ),
    // rent__rent_history
    (
        &[
            "房租缴纳记录",
            "交过的房租明细",
            "房租付款历史",
            "去年交了多少房租",
            "rent payment history",
        ],
        &["房租缴纳"],
    ),
    // rent__set_autopay
    (
        &[
            "开通房租自动扣款",
            "房租到日子自动扣",
            "设置房租自动付",
            "房租绑卡自动交",
            "set up rent direct debit",
        ],
        &["开通房租"],
    ),
    // rent__cancel_autopay
    (
        &[
            "取消房租自动扣款",
            "房租自动扣关掉",
            "房租不要自动付了",
            "解除房租代扣",
            "cancel rent direct debit",
        ],
        &["取消房租"],
    ),
    // rent__view_lease
    (
        &[
            "查看租赁合同",
            "租房合同在哪看",
            "合同里押金多少",
            "租期到哪天",
            "view my lease",
        ],
        &["租赁合同"],
    ),
    // rent__renew_lease
    (
        &[
            "续租签约",
            "合同续一年",
            "租约续签",
            "继续租这套房",
            "renew my lease",
        ],
        &["续租签约"],
    ),
    // rent__terminate_lease
    (
        &[
            "申请退租",
            "提前退租办理",
            "不租了要退房",
            "退租退押金",
            "end my lease early",
        ],
        &["申请退租"],
    ),
    // pet_care__book_vet
    (
        &[
            "预约宠物医院",
            "约宠物医生看病",
            "带狗去医院约个号",
            "宠物看病预约",
            "book a vet appointment",
        ],
        &["预约宠物医院"],
    ),
    // pet_care__cancel_vet
    (
        &[
            "取消宠物医院预约",
            "宠物看病预约取消",
            "兽医预约取消",
            "不带猫去医院了",
            "cancel the vet booking",
        ],
        &["取消宠物"],
    ),
    // pet_care__book_grooming
    (
        &[
            "预约宠物洗护",
            "约个宠物美容",
            "狗狗洗澡预约",
            "猫咪洗护",
            "book dog grooming",
        ],
        &["洗护"],
    ),
    // pet_care__book_boarding
    (
        &[
            "预约宠物寄养",
            "狗放寄养几天",
            "猫寄养预约",
            "找地方寄养宠物",
            "book pet boarding",
        ],
        &["寄养"],
    ),
    // pet_care__pay_vet_bill
    (
        &[
            "支付宠物医疗费",
            "宠物医药费付款",
            "兽医费付了",
            "宠物诊疗费结账",
            "pay vet bill",
        ],
        &["医疗费"],
    ),
    // pet_care__health_records
    (
        &[
            "宠物健康档案",
            "宠物疫苗驱虫记录",
            "下次驱虫什么时候",
            "宠物打过哪些疫苗",
            "pet health record",
        ],
        &["健康档案"],
    ),
    // pet_care__dog_license
    (
        &[
            "办理养犬登记",
            "犬证续期",
            "新养的狗办证",
            "养犬证办理",
            "register my dog licence",
        ],
        &["养犬"],
    ),
    // elderly_care__list_institutions
    (
        &[
            "查询养老机构",
            "附近的养老院",
            "养老院有空床位吗",
            "日间照料中心在哪",
            "find a care home",
        ],
        &["养老机构"],
    ),
    // elderly_care__book_home_care
    (
        &[
            "预约居家上门服务",
            "约护理员上门",
            "约人给老人助浴",
            "预约陪诊服务",
            "book home care visit",
        ],
        &["居家"],
    ),
    // elderly_care__cancel_home_care
    (
        &[
            "上门服务这次取消",
            "上门护理取消",
            "这次陪诊取消",
            "护理员不用上门了",
            "cancel home care visit",
        ],
        &["取消上门"],
    ),
    // elderly_care__list_services
    (
        &[
            "养老服务做过几次",
            "上门服务历史",
            "护理服务订单查询",
            "约过哪些上门服务",
            "my elderly care records",
        ],
        &["服务记录"],
    ),
    // elderly_care__pay_care_fee
    (
        &[
            "缴纳养老服务费",
            "养老院费用支付",
            "护理费交一下",
            "上门服务费付款",
            "pay elderly care fee",
        ],
        &["服务费"],
    ),
    // elderly_care__allowance_status
    (
        &[
            "高龄津贴查询",
            "高龄津贴发了没",
            "老人能领多少补贴",
            "养老补贴发放记录",
            "check old-age allowance",
        ],
        &["高龄津贴"],
    ),
    // elderly_care__set_emergency_contact
    (
        &[
            "设置紧急联系人",
            "添加紧急联系人",
            "紧急呼叫打给我",
            "老人报警通知家属",
            "set emergency contact",
        ],
        &["紧急联系人"],
    ),
    // community_canteen__today_menu
    (
        &[
            "今日菜单",
            "食堂今天菜单",
            "中午吃什么菜",
            "今天有哪些菜",
            "today's canteen menu",
        ],
        &["今日菜单"],
    ),
    // community_canteen__order_meal
    (
        &[
            "在线订餐",
            "食堂订一份午饭",
            "订饭送到家",
            "预订明天午餐",
            "order a canteen meal",
        ],
        &["在线订餐"],
    ),
    // community_canteen__cancel_meal
    (
        &[
            "订的饭不吃了",
            "退掉今天的饭",
            "午餐订单取消",
            "食堂订餐取消",
            "cancel canteen order",
        ],
        &["取消订餐"],
    ),
    // community_canteen__meal_card_balance
    (
        &[
            "饭卡余额查询",
            "饭卡还剩多少",
            "饭卡消费记录",
            "查下饭卡余额",
            "canteen card balance",
        ],
        &["饭卡余额"],
    ),
    // community_canteen__top_up_meal_card
    (
        &[
            "饭卡里充点钱",
            "给老人饭卡充值",
            "饭卡续费",
            "饭卡充值一下",
            "add funds to meal card",
        ],
        &["饭卡充值"],
    ),
    // community_canteen__apply_meal_subsidy
    (
        &[
            "申请助餐补贴",
            "老年助餐补贴申请",
            "助餐优惠怎么申请",
            "办理老人就餐补贴",
            "apply meal subsidy",
        ],
        &["助餐"],
    ),
    // transit_card__ride_code (no word the siblings lack; rarest title word)
    (
        &[
            "出示乘车码",
            "调出乘车码",
            "刷码进站",
            "扫码坐公交",
            "show my metro code",
        ],
        &["show the ride"],
    ),
    // transit_card__enable_code
    (
        &[
            "开通乘车码",
            "乘车码开通绑卡",
            "申请乘车码",
            "开个地铁乘车码",
            "enable ride qr code",
        ],
        &["开通乘车"],
    ),
    // transit_card__disable_code
    (
        &[
            "关闭乘车码",
            "注销乘车码",
            "乘车码停用",
            "乘车码不用了关掉",
            "disable ride code",
        ],
        &["关闭乘车"],
    ),
    // transit_card__topup_card
    (
        &[
            "交通卡充值",
            "给一卡通充值",
            "公交卡充点钱",
            "地铁卡充值",
            "top up bus card",
        ],
        &["交通卡充值"],
    ),
    // transit_card__card_balance
    (
        &[
            "交通卡余额查询",
            "地铁卡还剩多少",
            "一卡通余额查询",
            "公交卡余额多少",
            "how much on my bus card",
        ],
        &["交通卡余额"],
    ),
    // transit_card__fare_dispute
    (
        &[
            "乘车扣费申诉",
            "地铁扣费异常",
            "公交扣费错了申诉",
            "地铁多扣的钱要退回",
            "dispute metro charge",
        ],
        &["扣费申诉"],
    ),
    // transit_card__ride_records
    (
        &[
            "乘车记录",
            "地铁乘车明细",
            "公交乘车记录",
            "坐车扣费明细",
            "my ride history",
        ],
        &["乘车记录"],
    ),
    // transit_card__route_plan
    (
        &[
            "公交地铁线路查询",
            "坐地铁怎么换乘",
            "公交路线规划",
            "去那里坐几号线",
            "plan a metro route",
        ],
        &["线路查询"],
    ),
    // ride_hailing__estimate_fare
    (
        &[
            "预估车费",
            "打车估个价",
            "叫车前估价",
            "打车费用估算",
            "estimate taxi fare",
        ],
        &["预估"],
    ),
    // ride_hailing__request_ride
    (
        &[
            "立即叫车",
            "现在叫一辆车",
            "马上来辆车",
            "叫车接我",
            "call a ride now",
        ],
        &["立即叫车"],
    ),
    // ride_hailing__schedule_ride
    (
        &[
            "预约用车",
            "约个明天早上的车",
            "提前预约专车",
            "定时用车",
            "book a ride for later",
        ],
        &["预约用车"],
    ),
    // ride_hailing__cancel_ride
    (
        &[
            "取消叫车",
            "叫的车不要了",
            "取消这单打车",
            "预约的车取消",
            "cancel the taxi",
        ],
        &["取消叫车"],
    ),
    // ride_hailing__pay_fare
    (
        &[
            "支付车费",
            "打车费付一下",
            "车费补交",
            "行程待支付",
            "pay ride fare",
        ],
        &["支付车费"],
    ),
    // ride_hailing__trip_history
    (
        &[
            "我的行程",
            "历史打车行程",
            "打车行程记录",
            "坐过的车查一下",
            "my trip history",
        ],
        &["我的行程"],
    ),
    // ride_hailing__trip_invoice
    (
        &[
            "行程开发票",
            "打车开电子发票",
            "打车开票报销",
            "开打车发票",
            "invoice for taxi rides",
        ],
        &["行程开"],
    ),
    // ride_hailing__lost_item
    (
        &[
            "物品遗失",
            "东西忘在车上",
            "找回落车上的东西",
            "联系司机拿回东西",
            "left something in the car",
        ],
        &["遗失"],
    ),
];

/// Fourth pass: the situations, troubles and plans that lead to each action rather than
/// its siblings, as whole short requests, for the index's said part only. Written from
/// the manifests, blind of every request set.
pub const SITUATIONS: &[super::Concept] = &[
    // annual_inspection__check_due
    (
        &[
            "二手车刚过户不知道啥时候检",
            "交警说我车可能没年审",
            "车开了快六年心里没数",
            "保险续保时想起年检的事",
            "just bought a used car, is it due for inspection",
        ],
        &["年检到期查询"],
    ),
    // annual_inspection__find_stations
    (
        &[
            "刚搬到新城市不知道去哪验车",
            "开车去检车不想跑太远",
            "外地牌照在本地能去哪检",
            "老家的车开到这边想找地方检",
            "new in town, where can I get my car tested",
        ],
        &["检测站查询"],
    ),
    // annual_inspection__book
    (
        &[
            "车开了十年今年得上线检",
            "下个月年审到期想先排上",
            "周末有空想带车去检一下",
            "公司车队几辆车要去验车",
            "car is over six years old, need to book a test",
        ],
        &["预约年检"],
    ),
    // annual_inspection__list_bookings
    (
        &[
            "上次约完检车没记下时间",
            "老公说约好检车了我想看看",
            "不记得约的是哪天去验车",
            "was my inspection slot confirmed or not",
        ],
        &["我的年检预约"],
    ),
    // annual_inspection__reschedule
    (
        &[
            "约好验车那天孩子要开家长会",
            "检车当天临时要加班",
            "那天车被家人开走了得换天",
            "验车那天下大雨想换个日子",
            "something came up on my inspection day, move it",
        ],
        &["改约年检"],
    ),
    // annual_inspection__cancel_booking
    (
        &[
            "车已经在4S店顺便检完了",
            "约了验车但车刚卖掉了",
            "车出了事故在修验不了了",
            "不打算去检车了把约的撤了",
            "sold the car, drop the inspection slot",
        ],
        &["取消年检预约"],
    ),
    // annual_inspection__apply_exempt_sticker
    (
        &[
            "新车买了四年不用上线吧",
            "六年内的车只要领个标就行",
            "挡风玻璃上的检验标贴丢了",
            "新能源车刚满两年要领标",
            "car is under six years, just need the sticker",
        ],
        &["申领免检标志"],
    ),
    // broadband__query_account
    (
        &[
            "交了一年网费忘了哪天到期",
            "不知道家里网是百兆还是千兆",
            "房东说宽带交了我想确认",
            "老人家网费还欠不欠",
            "how fast is the internet plan I'm paying for",
        ],
        &["查询宽带账户"],
    ),
    // broadband__renew
    (
        &[
            "家里网突然连不上提示欠费",
            "孩子上网课网被停了得交钱",
            "网费下周到期想提前续上",
            "老爸家的网费该交了",
            "internet cut off because the plan expired",
        ],
        &["宽带续费"],
    ),
    // broadband__book_install
    (
        &[
            "刚买的新房子还没通网",
            "开了个小店需要拉根网线",
            "孩子要上网课家里却没网",
            "租的房子什么网都没有",
            "moved into a new flat with no internet at all",
        ],
        &["预约新装宽带"],
    ),
    // broadband__report_fault
    (
        &[
            "打雷后光猫灯一直闪红",
            "装修工人把网线弄断了",
            "开会视频老卡是家里网的问题",
            "所有设备都连不上网了",
            "internet died after the storm last night",
        ],
        &["宽带故障报修"],
    ),
    // broadband__upgrade_speed
    (
        &[
            "孩子上网课老师说画面卡",
            "在家直播带货网速跟不上",
            "全家一起刷视频网就慢",
            "开始在家办公需要更快的网",
            "working from home, need a much faster connection",
        ],
        &["宽带提速"],
    ),
    // broadband__relocate
    (
        &[
            "下个月搬家想把网带过去",
            "换了租房宽带合约还没到期",
            "买了新房宽带想一起迁",
            "moving flats but want to keep the same internet",
        ],
        &["宽带移机"],
    ),
    // broadband__cancel_service
    (
        &[
            "房子要卖了网也不用了",
            "老人搬去养老院家里网停掉",
            "以后都用手机流量不要宽带",
            "合租室友搬走宽带退掉",
            "moving abroad, want to shut down home internet",
        ],
        &["宽带销户"],
    ),
    // cable_tv__query_fee
    (
        &[
            "电视开机弹出快到期的提示",
            "不知道有线电视交到哪个月",
            "爸妈家电视费还够不够看",
            "how many months of cable tv are left",
        ],
        &["查询收视费"],
    ),
    // cable_tv__pay_fee
    (
        &[
            "电视突然黑屏显示请续费",
            "爸妈说电视看不了了要交钱",
            "过年前给老家电视交上费",
            "春晚前得把电视费续上",
            "tv stopped, says the subscription ran out",
        ],
        &["缴纳收视费"],
    ),
    // cable_tv__payment_history
    (
        &[
            "记得交过电视费还提示欠费",
            "想看看去年电视费交了多少",
            "爸说他交过电视费我查查",
            "already paid for cable tv, want the record",
        ],
        &["收视费缴费记录"],
    ),
    // cable_tv__order_package
    (
        &[
            "孩子放暑假想看动画台",
            "爸爸想看球赛直播频道",
            "奥运会要开始了想多看几个台",
            "老人想看戏曲频道",
            "want to watch the football league on tv",
        ],
        &["订购节目套餐"],
    ),
    // cable_tv__cancel_package
    (
        &[
            "孩子开学了动画台不看了",
            "球赛季结束体育台不要了",
            "每月多扣钱的频道包退了",
            "don't watch the movie channels any more",
        ],
        &["退订节目套餐"],
    ),
    // cable_tv__report_fault
    (
        &[
            "刮风后电视一直显示无信号",
            "机顶盒指示灯不亮了",
            "换了电视后有线电视出不来",
            "老人说电视只有雪花点",
            "cable tv shows no signal since yesterday",
        ],
        &["有线电视报修"],
    ),
    // cmcc__topup, telecom__topup, unicom__topup
    (
        &[
            "在外地打电话说我已欠费",
            "爸妈手机打不通了可能停机",
            "孩子手表卡没钱了打不了电话",
            "出差手机停机收不到短信",
            "my mum's phone got cut off, add credit",
        ],
        &["话费充值"],
    ),
    // cmcc__query_balance, telecom__query_balance, unicom__query_balance
    (
        &[
            "收到短信说余额不足了",
            "出国前看看手机里还有多少钱",
            "怕手机月底停机先看看钱够不够",
            "老人手机是不是快没钱了",
            "phone got a low credit warning text",
        ],
        &["查询话费余额"],
    ),
    // cmcc__query_usage, telecom__query_usage, unicom__query_usage
    (
        &[
            "这个月刷视频太多怕超了",
            "出门旅游前看看手机还剩几个G",
            "开热点给电脑用了不少",
            "孩子手机这个月用了多少网",
            "how many gigs do I still have this month",
        ],
        &["查询套餐余量"],
    ),
    // cmcc__buy_data_pack, telecom__buy_data_pack, unicom__buy_data_pack
    (
        &[
            "酒店wifi太差只能用手机网",
            "回老家没wifi得多买点流量",
            "月底还有几天流量已经光了",
            "出差要开热点给电脑上网",
            "hotel wifi is bad, need extra mobile data",
        ],
        &["订购流量包"],
    ),
    // cmcc__query_bill, telecom__query_bill, unicom__query_bill
    (
        &[
            "上个月话费比平时多了好几十",
            "公司报销要打印话费清单",
            "不知道话费花在哪了",
            "漫游回来话费扣了不少",
            "why did my phone cost so much last month",
        ],
        &["查询月账单"],
    ),
    // cmcc__change_plan, telecom__change_plan, unicom__change_plan
    (
        &[
            "退休了每月话费用不完",
            "换了工作天天开会电话多",
            "孩子上大学需要流量大的",
            "每月流量都用不完太浪费",
            "paying too much, barely use my phone",
        ],
        &["变更套餐"],
    ),
    // cmcc__unsubscribe_service
    (
        &[
            "话费里每月多了几块不明扣费",
            "老人手机被开了什么会员",
            "手机里莫名多了个包月",
            "got charged for something I never signed up for",
        ],
        &["退订增值业务"],
    ),
    // telecom__set_auto_topup
    (
        &[
            "老妈手机隔三岔五就停机",
            "老是忘了交话费耽误事",
            "出国期间国内号不能停",
            "keep forgetting to top up, phone keeps dying",
        ],
        &["开通话费自动充值"],
    ),
    // telecom__cancel_auto_topup
    (
        &[
            "号码要转给别人用了",
            "卡都不用了还在自动扣钱",
            "每月自动充的太多用不完",
            "don't want my card charged for the phone any more",
        ],
        &["取消自动充值"],
    ),
    // unicom__cancel_data_pack
    (
        &[
            "家里装了wifi流量包多余了",
            "之前买的加油包每月还在扣",
            "换了新套餐流量够了",
            "the extra data keeps renewing, stop it",
        ],
        &["退订流量包"],
    ),
    // etc__apply
    (
        &[
            "提了新车常跑高速",
            "每次过收费站都要排长队",
            "国庆自驾不想在收费口排队",
            "跑长途货运想省点过路费",
            "new car, tired of queueing at toll booths",
        ],
        &["申办ETC"],
    ),
    // etc__query_balance
    (
        &[
            "明天走高速怕卡里钱不够",
            "过收费站提示余额不足",
            "长途前看看储值卡还够不够",
            "is there enough on the toll card for my trip",
        ],
        &["查询ETC余额"],
    ),
    // etc__topup
    (
        &[
            "过站时提示卡里没钱了",
            "周末自驾游前先存点钱进卡",
            "储值卡钱快花光了",
            "明天跑长途卡里得多放点钱",
            "toll tag says low balance, load some money",
        ],
        &["ETC充值"],
    ),
    // etc__trip_records
    (
        &[
            "高速费感觉扣多了想核对",
            "上周出差走了哪几段高速",
            "过收费站扣了两次钱",
            "家人开车去了哪里想看看",
            "was I charged twice on the highway",
        ],
        &["ETC通行记录"],
    ),
    // etc__toll_invoice
    (
        &[
            "出差过路费要拿去公司报账",
            "跑业务的高速费财务要票",
            "报销差旅需要高速费凭证",
            "need receipts for highway tolls to claim",
        ],
        &["开具通行费发票"],
    ),
    // etc__report_lost
    (
        &[
            "车玻璃上的电子标签被偷了",
            "换挡风玻璃时设备找不着了",
            "卡片掉了怕被别人拿去用",
            "toll tag was stolen from my car",
        ],
        &["ETC挂失"],
    ),
    // etc__cancel_etc
    (
        &[
            "车已经卖给别人了",
            "车报废了设备也不要了",
            "以后不开车不跑高速了",
            "car is scrapped, close the toll account",
        ],
        &["注销ETC"],
    ),
    // ev_charging__find_stations
    (
        &[
            "电动车快没电了附近哪能充",
            "开新能源车回老家路上怎么补电",
            "自驾游担心半路没电",
            "电动车电量只剩一成了",
            "EV battery low, where can I plug in nearby",
        ],
        &["查找充电站"],
    ),
    // ev_charging__start_charging
    (
        &[
            "车已经停到桩前插好枪了",
            "到了充电桩不知道怎么开始",
            "插上枪了没反应要扫哪里",
            "plugged in at the charger, how do I start",
        ],
        &["扫码启动充电"],
    ),
    // ev_charging__stop_charging
    (
        &[
            "电已经够用了想马上走",
            "充到八成了准备出发",
            "有急事要把车开走拔枪",
            "I need to leave now, end the session",
        ],
        &["结束充电"],
    ),
    // ev_charging__charging_status
    (
        &[
            "在商场逛街想知道车充满没",
            "还要等多久才能开走",
            "车在楼下充着现在多少电了",
            "how much longer until my car is full",
        ],
        &["充电进度"],
    ),
    // ev_charging__order_history
    (
        &[
            "这个月充电花了多少钱",
            "感觉上次充电多扣了钱",
            "公司报销要充电明细",
            "how much did I spend charging last month",
        ],
        &["充电订单"],
    ),
    // ev_charging__topup_wallet
    (
        &[
            "扫码充电提示账户余额不够",
            "充电账户里快没钱了",
            "准备出远门先往充电账户存点",
            "charging app says insufficient balance",
        ],
        &["充电钱包充值"],
    ),
    // ev_charging__book_charger
    (
        &[
            "每次到了充电站都排长队",
            "到了发现桩被占满了",
            "下班路上想先占个桩",
            "hold a charger for me before I arrive",
        ],
        &["预约充电桩"],
    ),
    // fuel__fuel_prices
    (
        &[
            "听说油价今晚要涨",
            "想知道现在加满一箱多少钱",
            "听说最近降价了要不要等等",
            "is petrol getting more expensive tonight",
        ],
        &["今日油价"],
    ),
    // fuel__find_stations
    (
        &[
            "油表亮灯了附近哪能加油",
            "跑高速油快见底了",
            "在陌生城市找个地方加油",
            "fuel light came on, nearest gas station",
        ],
        &["附近加油站"],
    ),
    // fuel__pay_at_pump
    (
        &[
            "已经加好了不想去柜台排队",
            "油枪停了直接手机付",
            "加完油收银台排好长的队",
            "filled up already, pay without going inside",
        ],
        &["加油付款"],
    ),
    // fuel__topup_fuel_card
    (
        &[
            "公司给的油卡没钱了",
            "给跑运输的老公油卡存点钱",
            "趁充值有优惠往油卡里存钱",
            "fleet fuel card is running empty",
        ],
        &["加油卡充值"],
    ),
    // fuel__order_history
    (
        &[
            "这个月在油上花了多少",
            "想算算车每月的油耗",
            "上次加了多少升不记得了",
            "how much have I spent on petrol lately",
        ],
        &["加油记录"],
    ),
    // fuel__request_invoice
    (
        &[
            "出差自驾油费要拿去报销",
            "公司用车加油需要开票",
            "加油时忘了跟站里要票",
            "need a receipt for fuel to expense it",
        ],
        &["开具加油发票"],
    ),
    // gas_crgas__query_bill
    (
        &[
            "冬天天天洗热水澡怕燃气费高",
            "收到短信说燃气欠费了",
            "租的房子不知道燃气欠多少",
            "how much do I owe for gas this month",
        ],
        &["查询燃气账单"],
    ),
    // gas_crgas__pay_bill, gas_towngas__pay_bill
    (
        &[
            "燃气公司贴了欠费通知在门上",
            "再不交燃气公司要停气了",
            "给爸妈家交一下燃气费",
            "做饭时打不着火说是欠费了",
            "got a notice that gas will be cut off",
        ],
        &["缴纳燃气费"],
    ),
    // gas_crgas__payment_history, gas_towngas__payment_history
    (
        &[
            "房东说燃气费没交我明明交过",
            "退租前要证明燃气费都交清了",
            "已经交过燃气费怎么还在催",
            "I already paid the gas, need proof",
        ],
        &["gas payment history"],
    ),
    // gas_crgas__submit_reading
    (
        &[
            "抄表员来的时候家里没人",
            "在外地工作家里表没人抄",
            "燃气公司让自己拍表上报",
            "meter reader missed us, I'll send the number",
        ],
        &["自报燃气读数"],
    ),
    // gas_crgas__book_ignition
    (
        &[
            "新房装修好了灶台还打不着",
            "刚收房燃气表还没通",
            "搬进新家还没法做饭",
            "新装了燃气热水器要通气",
            "new flat, stove not connected to gas yet",
        ],
        &["开通点火"],
    ),
    // gas_crgas__set_autopay
    (
        &[
            "老是忘了交燃气费被停",
            "常年出差家里燃气费顾不上",
            "不想每个月都操心交气费",
            "keep forgetting the gas bill, deduct it each month",
        ],
        &["开通燃气自动缴费"],
    ),
    // gas_crgas__cancel_autopay
    (
        &[
            "房子卖了燃气不想再从卡扣",
            "换了银行卡不想用这张扣费",
            "租客搬走了不用我卡付气费",
            "moving out, stop taking gas money from my card",
        ],
        &["取消燃气自动缴费"],
    ),
    // gas_towngas__query_bill
    (
        &[
            "这两个月燃气用得多不知要交多少",
            "搬进来前一任欠没欠气费",
            "门上贴了条说燃气要交钱",
            "what's the gas bill for this period",
        ],
        &["查询燃气费"],
    ),
    // gas_towngas__ic_card_topup
    (
        &[
            "燃气表提示余量不足了",
            "插卡表里的气快用完了",
            "表上显示只剩几方气",
            "煮饭一半燃气表没气了",
            "prepaid gas meter is almost empty",
        ],
        &["IC卡燃气表购气"],
    ),
    // gas_towngas__ic_card_records
    (
        &[
            "手机上买了气表里没显示",
            "买完气插卡还是没到账",
            "不知道上次买的气写进去没",
            "paid for gas but the meter card shows nothing",
        ],
        &["购气记录与写卡状态"],
    ),
    // gas_towngas__book_safety_check
    (
        &[
            "燃气公司上门检查一直没在家",
            "租房前想检查一下燃气安全",
            "家里老人用气不放心想检查",
            "通知要入户检查想约个时间",
            "want someone to check our gas setup is safe",
        ],
        &["预约燃气安检"],
    ),
    // gas_towngas__report_repair
    (
        &[
            "燃气灶点火点不着",
            "热水器一开就熄火",
            "燃气表走字不对劲",
            "家里管子接口有点松",
            "gas stove won't light, need someone to fix it",
        ],
        &["燃气报修"],
    ),
    // heating__query_fee
    (
        &[
            "快入冬了今年暖气要交多少",
            "刚买的房子暖气费怎么算",
            "供热季前想知道要交多少钱",
            "how much is heating this winter",
        ],
        &["查询供暖费"],
    ),
    // heating__pay_fee
    (
        &[
            "供热公司通知要开始收费了",
            "不交钱暖气不给开",
            "给老家父母交今年的暖气钱",
            "马上来暖气了还没交钱",
            "heating starts soon and I haven't paid",
        ],
        &["缴纳供暖费"],
    ),
    // heating__payment_history
    (
        &[
            "单位报销取暖要交费证明",
            "去年暖气费交过了吗",
            "卖房子要看暖气费交没交清",
            "did I already pay last winter's heating",
        ],
        &["供暖缴费记录"],
    ),
    // heating__apply_suspend
    (
        &[
            "今年冬天全家去南方过",
            "房子空着没人住不用暖气",
            "老人去孩子家过冬了",
            "house is empty this winter, no heating needed",
        ],
        &["申请供暖报停"],
    ),
    // heating__cancel_suspend
    (
        &[
            "本来不住了现在又要回来住",
            "之前停了暖气现在家里太冷",
            "计划变了今年在家过冬",
            "changed plans, staying home this winter after all",
        ],
        &["取消供暖报停"],
    ),
    // heating__report_cold
    (
        &[
            "屋里只有十几度冻得睡不着",
            "暖气片摸着是凉的",
            "家里老人冷得穿棉袄",
            "交了暖气钱屋里还是冷",
            "radiators are barely warm, flat is freezing",
        ],
        &["室温不达标"],
    ),
    // heating__request_invoice
    (
        &[
            "报销取暖补贴需要正规票据",
            "单位说暖气补贴要交票据",
            "公司报取暖费要凭证",
            "already paid heating, employer wants a receipt",
        ],
        &["供暖费发票"],
    ),
    // lifepay__list_accounts
    (
        &[
            "帮爸妈交过几家费用记不清了",
            "之前绑过哪些房子的水电号",
            "手机里存的户号都有哪些",
            "which utility accounts have I saved before",
        ],
        &["我的缴费户号"],
    ),
    // lifepay__add_account
    (
        &[
            "刚买了房想把水电号存起来",
            "以后要帮老家父母交水电费",
            "租了新房子要记下电表号",
            "每次交费都要输号码太麻烦",
            "save my parents' electricity number for next time",
        ],
        &["添加缴费户号"],
    ),
    // lifepay__remove_account
    (
        &[
            "退租了以前那套房的号不用了",
            "老房子卖掉了不再交那边的费",
            "帮前任交费的号码删掉",
            "moved out, get rid of the old flat's numbers",
        ],
        &["删除缴费户号"],
    ),
    // lifepay__set_reminder
    (
        &[
            "上次忘交电费被停了电",
            "老是错过账单最后期限",
            "预存的钱用完了都不知道",
            "remind me when a new utility bill comes out",
        ],
        &["开通缴费提醒"],
    ),
    // lifepay__cancel_reminder
    (
        &[
            "已经设了自动扣款不用再通知",
            "每个月的缴费短信太烦了",
            "帮别人交的那户不想收消息了",
            "stop sending me bill notifications",
        ],
        &["关闭缴费提醒"],
    ),
    // lifepay__all_payments
    (
        &[
            "想算算今年水电气一共花多少",
            "做家庭账本要统计生活开销",
            "这一年交了多少杂费",
            "how much did we spend on utilities this year",
        ],
        &["全部缴费记录"],
    ),
    // marriage_reg__list_offices
    (
        &[
            "户口在老家不知道去哪领证",
            "想找个离家近的民政局",
            "登记的地方周末开门吗",
            "where do couples go to register here",
        ],
        &["婚姻登记处"],
    ),
    // marriage_reg__available_dates
    (
        &[
            "想挑个好日子去领证",
            "情人节那天还能约上吗",
            "下个月哪天民政局有空位",
            "which days are still free at the registry",
        ],
        &["查询可约日期"],
    ),
    // marriage_reg__required_documents
    (
        &[
            "领证那天要带户口本吗",
            "我们俩户口不在一个地方要带啥",
            "去民政局需要准备几张照片",
            "what paperwork do we bring to get married",
        ],
        &["登记所需材料"],
    ),
    // marriage_reg__book_marriage
    (
        &[
            "求婚成功了打算去领证",
            "双方父母见完面想定个领证时间",
            "女朋友说七夕想去扯证",
            "我们想在纪念日那天领证",
            "we're engaged and want to make it official",
        ],
        &["预约结婚登记"],
    ),
    // marriage_reg__book_divorce
    (
        &[
            "夫妻俩商量好了要分开",
            "感情破裂协议都签好了",
            "和平分手想去民政局办手续",
            "we both agreed to split, need an appointment",
        ],
        &["预约离婚登记"],
    ),
    // marriage_reg__book_replacement
    (
        &[
            "搬家时小红本找不到了",
            "孩子上户口要结婚证但丢了",
            "结婚证被水泡坏了",
            "lost our marriage certificate while moving",
        ],
        &["补领结婚证"],
    ),
    // marriage_reg__list_bookings
    (
        &[
            "约完领证忘了是几点",
            "看看民政局那边约上没有",
            "我们约的是哪个登记处",
            "did our appointment at the registry go through",
        ],
        &["我的登记预约"],
    ),
    // marriage_reg__cancel_booking
    (
        &[
            "婚期往后推了先不去了",
            "两个人又和好了不办了",
            "那天要出差去不了民政局",
            "we changed our minds, call off the registry visit",
        ],
        &["取消登记预约"],
    ),
    // parking__query_fee
    (
        &[
            "车停商场一下午不知道多少钱",
            "停了一晚上心里没底要多少",
            "路边停了一会儿会收多少",
            "how much do I owe for parking so far",
        ],
        &["查询停车费"],
    ),
    // parking__pay_fee
    (
        &[
            "要出停车场了先把钱交了",
            "出口排队想提前付掉",
            "路边停车单贴在车窗上",
            "leaving the car park, pay before the gate",
        ],
        &["缴纳停车费"],
    ),
    // parking__buy_monthly_pass
    (
        &[
            "公司楼下天天停车太贵",
            "新搬的小区车没地方长期停",
            "刚入职每天都得开车上班",
            "tired of paying daily, want a monthly spot",
        ],
        &["办理停车月卡"],
    ),
    // parking__renew_monthly_pass
    (
        &[
            "小区门口抬杆说月卡快到期",
            "包月车位下个月还要用",
            "停车场提示月租该交了",
            "my monthly spot expires next week",
        ],
        &["月卡续费"],
    ),
    // parking__parking_records
    (
        &[
            "报销需要这个月停车明细",
            "上周停哪个停车场不记得了",
            "感觉停车被多扣了想核对",
            "where and how long did I park last month",
        ],
        &["停车记录"],
    ),
    // parking__set_auto_pay
    (
        &[
            "每次出停车场扫码太麻烦",
            "想出口直接抬杆不用停",
            "开车出闸手忙脚乱找付款码",
            "want the gate to open and charge automatically",
        ],
        &["开通无感支付"],
    ),
    // parking__cancel_auto_pay
    (
        &[
            "车借给朋友开怕被扣钱",
            "换车了旧车牌不要自动扣",
            "停车老被自动扣钱不放心",
            "stop auto charging my card at car parks",
        ],
        &["关闭无感支付"],
    ),
    // parking__find_lots
    (
        &[
            "带孩子去医院找不到停车位",
            "到了商圈不知道车停哪",
            "周末去景点怕没车位",
            "where can I park near the hospital",
        ],
        &["附近停车场"],
    ),
    // power_csg__query_bill, power_sgcc__query_bill
    (
        &[
            "夏天空调开得多怕电费超",
            "收到短信说电费欠费了",
            "租房子看看这个月电费多少",
            "how much is the electricity bill this month",
        ],
        &["查询电费账单"],
    ),
    // power_csg__pay_bill, power_sgcc__pay_bill
    (
        &[
            "家里突然停电说是欠费",
            "电力公司催费短信来了",
            "帮爸妈把这个月电费交了",
            "power was cut because the bill wasn't paid",
        ],
        &["缴纳电费"],
    ),
    // power_csg__prepay
    (
        &[
            "要出国几个月先存点电费",
            "怕下个月忘交先放钱进去",
            "空房子每月有点电费先存着",
            "put money aside for power while I'm away",
        ],
        &["预存电费"],
    ),
    // power_csg__query_balance
    (
        &[
            "之前存的电费还够用几个月",
            "电卡里的钱还剩多少",
            "怕存的电费用完被断电",
            "how long will my prepaid power last",
        ],
        &["查询预存余额"],
    ),
    // power_csg__usage_history, power_sgcc__usage_history
    (
        &[
            "装了电暖气后用电多了多少",
            "想知道家里每个月用几度电",
            "怀疑电表走得太快",
            "装了空调想看看耗电变化",
            "how many kWh did we use each month",
        ],
        &["查询用电量"],
    ),
    // power_csg__payment_history
    (
        &[
            "电费交过几次想对一下账",
            "上个月交过电费还显示欠费",
            "房东要电费缴纳凭证",
            "already paid power, need the record",
        ],
        &["缴费记录 payment history"],
    ),
    // power_csg__outage_notice
    (
        &[
            "明天在家办公怕突然停电",
            "冰箱里的东西怕停电坏掉",
            "小区贴了检修通知不知哪天",
            "will there be a power cut in my area this week",
        ],
        &["停电公告"],
    ),
    // power_sgcc__payment_history
    (
        &[
            "交完电费还收到欠费短信",
            "退租时房东要看电费交清没",
            "爸妈说上个月电费交过了",
            "paid the power bill, need proof",
        ],
        &["电费缴费记录"],
    ),
    // power_sgcc__set_autopay
    (
        &[
            "出差多老是忘了交电费",
            "不想每个月再惦记电费",
            "爸妈不会用手机交电费",
            "just take the power bill from my card monthly",
        ],
        &["开通电费自动缴费"],
    ),
    // power_sgcc__cancel_autopay
    (
        &[
            "房子卖了电费别再从我卡扣",
            "房子租出去了电费让租客交",
            "换了工资卡不想用老卡扣电费",
            "stop my card paying the electricity",
        ],
        &["取消电费自动缴费"],
    ),
    // power_sgcc__request_invoice
    (
        &[
            "公司租的办公室电费要开票",
            "开店的电费要拿去做账",
            "公司报销电费需要票据",
            "need a tax receipt for the shop's power bill",
        ],
        &["电费电子发票"],
    ),
    // property__query_fee
    (
        &[
            "新收房不知物业费一年多少",
            "刚接手二手房有没有欠物业钱",
            "物业说我欠费了想看看多少",
            "how much management fee do we owe",
        ],
        &["查询物业费"],
    ),
    // property__pay_fee
    (
        &[
            "物业上门催交管理费",
            "年底了物业费该交了",
            "不交物业费门禁卡被停了",
            "building management wants this year's fee",
        ],
        &["缴纳物业费"],
    ),
    // property__payment_history
    (
        &[
            "物业说我没交但我交过了",
            "卖房过户要物业费结清证明",
            "去年的管理费交了多少",
            "property office says I owe but I paid",
        ],
        &["物业缴费记录"],
    ),
    // property__submit_repair
    (
        &[
            "楼道灯坏了好几天了",
            "楼上漏水渗到我家天花板",
            "单元楼门禁卡刷不开了",
            "电梯经常卡住不动",
            "hallway light has been broken for days",
        ],
        &["报事报修"],
    ),
    // property__list_repairs
    (
        &[
            "报修好几天了没人来",
            "上次说楼道灯修没修",
            "叫物业修水管到哪一步了",
            "is anyone coming about the repair I reported",
        ],
        &["我的报修单"],
    ),
    // property__cancel_repair
    (
        &[
            "水管自己修好了不用物业来",
            "报修的问题已经解决了",
            "楼上已经修好了不漏了",
            "problem fixed itself, no need for the handyman",
        ],
        &["取消报修"],
    ),
    // property__visitor_pass
    (
        &[
            "朋友周末开车来家里玩",
            "爸妈要来看孩子进不了门",
            "快递小哥进不了小区",
            "保姆第一次来小区门禁",
            "friend is visiting, guard won't let them in",
        ],
        &["访客邀请通行"],
    ),
    // social_security_card__apply_sscard
    (
        &[
            "刚参加工作还没有社保卡",
            "孩子出生了要办医保卡",
            "从外地调过来这边没卡",
            "看病时医院说要社保卡",
            "started my first job, don't have the card yet",
        ],
        &["社保卡申领"],
    ),
    // social_security_card__activate_financial
    (
        &[
            "退休金要打到社保卡上",
            "新领的社保卡取不了钱",
            "社保卡拿到了还不能用来存钱",
            "父母养老金发不到卡里",
            "pension goes to the new card but it's not working",
        ],
        &["激活社保卡"],
    ),
    // social_security_card__report_lost_sscard
    (
        &[
            "钱包丢了社保卡也在里面",
            "怕别人捡到卡去药店刷",
            "老人在医院把卡弄丢了",
            "wallet stolen with my medical card inside",
        ],
        &["社保卡挂失"],
    ),
    // social_security_card__reissue_sscard
    (
        &[
            "卡芯片坏了医院刷不了",
            "卡丢了挂失后要一张新的",
            "孩子把社保卡折断了",
            "card chip broken, need a new one",
        ],
        &["社保卡补换"],
    ),
    // social_security_card__sscard_balance
    (
        &[
            "看看养老金这个月到账没",
            "社保卡里还有多少钱可用",
            "爸妈想知道退休金发了多少",
            "did this month's pension arrive on the card",
        ],
        &["社保卡余额"],
    ),
    // social_security_card__sscard_progress
    (
        &[
            "申请了新卡一个月还没消息",
            "卡做好了去哪里取",
            "补办的卡什么时候能拿到",
            "when will my new card be ready for pickup",
        ],
        &["制卡进度"],
    ),
    // social_security_card__pay_resident_insurance
    (
        &[
            "家里老人没单位要交医保",
            "孩子上学要交居民医保",
            "辞职在家想自己交养老保险",
            "农村父母今年的医保要交了",
            "no employer now, want to pay my own insurance",
        ],
        &["城乡居民"],
    ),
    // traffic_12123__query_violations
    (
        &[
            "开了一个月车不知道有没有被拍",
            "开车时好像被拍到了",
            "借车给朋友回来怕有违章",
            "卖车前看看有没有没处理的",
            "think a camera flashed me yesterday",
        ],
        &["查询交通违法"],
    ),
    // traffic_12123__handle_violation
    (
        &[
            "收到短信说闯红灯被拍了",
            "被拍的违章要认领一下",
            "系统里有条违章等着确认",
            "got a text about a camera ticket, accept it",
        ],
        &["违法处理"],
    ),
    // traffic_12123__pay_fine
    (
        &[
            "拿到处罚决定书要交钱",
            "交警开了罚单还没交",
            "罚款不交会有滞纳金",
            "got a fine notice, need to pay before late fees",
        ],
        &["缴纳交通罚款"],
    ),
    // traffic_12123__licence_points
    (
        &[
            "今年被拍好几次怕分不够",
            "我的驾照今年还剩几分了",
            "分扣多了怕驾照被吊",
            "how many points have I lost this year",
        ],
        &["驾驶证记分"],
    ),
    // traffic_12123__renew_licence
    (
        &[
            "驾照上的日期快到了",
            "六年的驾照要换新的",
            "老人的驾照快过期了",
            "driving licence expires next month",
        ],
        &["到期换证"],
    ),
    // traffic_12123__points_study
    (
        &[
            "扣了九分不想再扣了",
            "分快扣完了能不能补回来",
            "听说学习考试可以减分",
            "lost too many points, can I earn some back",
        ],
        &["学法减分"],
    ),
    // traffic_12123__my_vehicles
    (
        &[
            "名下到底登记了几辆车",
            "想看看车的保险是不是快到期",
            "家里车登记在我名下没有",
            "which cars are registered in my name",
        ],
        &["我的机动车"],
    ),
    // vehicle_tax__query_tax
    (
        &[
            "排量大的车一年要交多少税",
            "刚买的车今年得交多少税",
            "买保险前想知道税钱多少",
            "how much road tax will my car cost",
        ],
        &["查询车船税"],
    ),
    // vehicle_tax__pay_tax
    (
        &[
            "保险没代交车的税要自己交",
            "年检前得先把车税交了",
            "去年忘了交车税今年补上",
            "insurer didn't collect the car tax, pay it myself",
        ],
        &["缴纳车船税"],
    ),
    // vehicle_tax__payment_records
    (
        &[
            "买保险时车税到底交没交",
            "保险公司说代缴了想核实",
            "以前几年车税交了多少",
            "was the car tax already paid with insurance",
        ],
        &["车船税缴纳记录"],
    ),
    // vehicle_tax__tax_certificate
    (
        &[
            "卖车时买家要交税凭证",
            "验车时让出示交税证明",
            "车辆过户需要税务证明",
            "buyer wants proof the car tax was paid",
        ],
        &["完税证明"],
    ),
    // vehicle_tax__apply_exemption
    (
        &[
            "买了电动车听说不用交税",
            "残疾人开的车能不能少交",
            "新能源车还要交车税吗",
            "electric car, shouldn't I be exempt from tax",
        ],
        &["车船税减免"],
    ),
    // water_bj__query_bill, water_sh__query_bill, water_sz__query_bill
    (
        &[
            "家里装修后用水多了怕水费贵",
            "收到催缴短信说欠水费",
            "刚租的房子水费欠不欠",
            "how much is the water bill this time",
        ],
        &["查询水费"],
    ),
    // water_bj__pay_bill, water_sh__pay_bill, water_sz__pay_bill
    (
        &[
            "门上贴着欠水费的单子",
            "不交要停水了赶紧交",
            "帮楼下老人交一下水费",
            "water company says they'll cut us off",
        ],
        &["缴纳水费"],
    ),
    // water_bj__payment_history, water_sh__payment_history, water_sz__payment_history
    (
        &[
            "交过水费还收到催缴",
            "退租时房东要水费交清证明",
            "水费去年交了几次",
            "paid the water bill but still got a reminder",
        ],
        &["water payment history"],
    ),
    // water_bj__set_autopay
    (
        &[
            "常年在外地顾不上交水费",
            "上次忘交水费差点停水",
            "想让卡里每次自动扣水费",
            "take the water bill from my card automatically",
        ],
        &["开通水费代扣"],
    ),
    // water_bj__cancel_autopay
    (
        &[
            "房子卖了水费别再扣我的卡",
            "房子出租了水费让租客付",
            "换了银行卡不想用旧卡扣",
            "stop my card paying for water",
        ],
        &["取消水费代扣"],
    ),
    // water_bj__report_repair
    (
        &[
            "家里水龙头突然没水了",
            "水压小得洗不了澡",
            "楼下水表那里一直在漏水",
            "打开龙头出来的是黄水",
            "no water coming out of the taps",
        ],
        &["供水报修"],
    ),
    // water_bj__outage_notice, water_sz__outage_notice
    (
        &[
            "明天想洗衣服怕停水",
            "小区贴了管道施工通知",
            "要不要提前存点水",
            "will the water be off in my area tomorrow",
        ],
        &["停水"],
    ),
    // water_sh__tier_prices
    (
        &[
            "家里人多用水会不会更贵",
            "水价是按用量分档吗",
            "上海现在一吨水要多少钱",
            "is water more expensive if we use more",
        ],
        &["阶梯水价"],
    ),
    // water_sh__tier_usage
    (
        &[
            "今年用水多快到第二档了吧",
            "家里来了亲戚住半年用水多了",
            "想省水费看看用到哪档",
            "are we near the higher water price this year",
        ],
        &["年度阶梯用水量"],
    ),
    // water_sh__transfer_owner
    (
        &[
            "买了二手房水表还是前房主的",
            "房子卖了水费户名要改",
            "继承了父母的房子要改户名",
            "bought a flat, water account still in seller's name",
        ],
        &["水表过户"],
    ),
    // water_sz__submit_reading
    (
        &[
            "抄表员来的那天家里没人",
            "水表在屋里抄表的进不来",
            "水务公司让自己拍水表",
            "reader couldn't get in, I'll send my meter number",
        ],
        &["水表读数"],
    ),
    // water_sz__open_account
    (
        &[
            "刚拿到新房钥匙水还没通",
            "新买的房子要办用水手续",
            "开了个小店要单独的水表",
            "new flat, need the water set up in my name",
        ],
        &["用水开户"],
    ),
    // water_delivery__order_water
    (
        &[
            "饮水机的水喝完了",
            "办公室饮水机没水喝了",
            "家里来客人桶里没水了",
            "water cooler is empty, get some delivered",
        ],
        &["订桶装水"],
    ),
    // water_delivery__buy_tickets
    (
        &[
            "每次单买一桶太贵想便宜点",
            "办公室常喝水想囤点票",
            "充多少送几桶划不划算",
            "cheaper to prepay for a bunch of water bottles",
        ],
        &["购买水票"],
    ),
    // water_delivery__ticket_balance
    (
        &[
            "买的水票用了几张记不清了",
            "之前买的票还能送几桶",
            "水票会不会快过期了",
            "how many prepaid water bottles do I have left",
        ],
        &["水票余额"],
    ),
    // water_delivery__set_schedule
    (
        &[
            "每周都要打电话叫水太烦",
            "店里每周固定用两桶水",
            "想每个礼拜自动送来",
            "deliver water every week without me asking",
        ],
        &["设置定期送水"],
    ),
    // water_delivery__cancel_schedule
    (
        &[
            "公司搬了不用每周送水了",
            "要出国一段时间不用送水",
            "买了净水器不用送水了",
            "got a filter, stop the weekly water",
        ],
        &["取消定期送水"],
    ),
    // water_delivery__refund_deposit
    (
        &[
            "搬家了空桶要还回去",
            "不喝桶装水了押金想拿回",
            "家里堆着几个空桶",
            "moving out, return the empty bottles for money",
        ],
        &["退桶押金"],
    ),
    // water_delivery__track_order
    (
        &[
            "订的水一上午了还没到",
            "送水师傅现在到哪儿了",
            "水快喝完了订的还没来",
            "when will the water I ordered arrive",
        ],
        &["送水进度"],
    ),
    // car_rental__search_cars
    (
        &[
            "五一一家人回老家想开个车",
            "出差落地后想找辆车开",
            "带父母自驾需要七座车",
            "周末想开辆车去郊外看看",
            "flying in next week, what cars can I get",
        ],
        &["可租车型"],
    ),
    // car_rental__book_car
    (
        &[
            "自己的车在修上班没车开",
            "国庆想自驾游可家里没车",
            "搬东西需要辆车用两天",
            "旅游落地后想自己开车玩",
            "my car's in the shop, need one for a few days",
        ],
        &["预订租车"],
    ),
    // car_rental__cancel_rental
    (
        &[
            "行程取消了车不用了",
            "航班延误赶不上取车了",
            "朋友借我车了租的不要了",
            "trip got cancelled, don't need the car",
        ],
        &["取消租车订单"],
    ),
    // car_rental__extend_rental
    (
        &[
            "旅游玩得开心想多待两天",
            "还车前发现还要用一天",
            "航班改签了车得晚点还",
            "staying longer, keep the car another two days",
        ],
        &["extend a rental"],
    ),
    // car_rental__deposit_status
    (
        &[
            "还了车好几天钱还没退回来",
            "卡上冻结的钱什么时候解开",
            "违章押金一个月了还压着",
            "returned the car but my money's still held",
        ],
        &["押金退还进度"],
    ),
    // car_rental__rental_violations
    (
        &[
            "租车公司说我开车时有违章",
            "自驾回来担心被拍了",
            "用车期间有没有闯红灯",
            "did I get any tickets with the rental car",
        ],
        &["租车违章"],
    ),
    // car_rental__my_rentals
    (
        &[
            "下周那辆车订好了没",
            "忘了在哪家店取车",
            "之前租过的车单子在哪",
            "where do I pick up the car I reserved",
        ],
        &["我的租车订单"],
    ),
    // appliance_repair__repair_prices
    (
        &[
            "空调不制冷修一下大概多少钱",
            "洗衣机换个零件贵不贵",
            "师傅上门要收多少钱",
            "how much does it cost to fix a fridge",
        ],
        &["维修收费标准"],
    ),
    // appliance_repair__request_repair
    (
        &[
            "冰箱不制冷了菜都放坏了",
            "洗衣机转不动还漏水",
            "热水器洗澡洗一半没热水",
            "空调滴水滴到墙上",
            "washing machine stopped spinning, need a repairman",
        ],
        &["上门维修"],
    ),
    // appliance_repair__book_installation
    (
        &[
            "新买的空调要人来装",
            "搬新家热水器得重新装",
            "网购了洗碗机没人会装",
            "bought a new air conditioner, need it fitted",
        ],
        &["家电安装"],
    ),
    // appliance_repair__track_repair
    (
        &[
            "修空调的师傅怎么还没来",
            "说要等零件等了一周",
            "冰箱拿去修了什么时候好",
            "is the repairman on his way yet",
        ],
        &["维修进度"],
    ),
    // appliance_repair__cancel_repair
    (
        &[
            "洗衣机重启一下自己好了",
            "找了楼下师傅已经修好了",
            "约的人来修但我要出门了",
            "appliance works again, call off the visit",
        ],
        &["取消维修订单"],
    ),
    // appliance_repair__pay_repair
    (
        &[
            "空调修好了师傅等着收钱",
            "师傅修好了让我付钱",
            "换了个零件师傅让结账",
            "repair done, the technician is waiting for payment",
        ],
        &["支付维修费用"],
    ),
    // appliance_repair__check_warranty
    (
        &[
            "买了两年的冰箱坏了还保吗",
            "空调坏了修要不要钱",
            "不知道厂家还管不管修",
            "is my washing machine still covered",
        ],
        &["保修期"],
    ),
    // housekeeping__service_prices
    (
        &[
            "请人打扫一次多少钱",
            "找个月嫂一个月要多少",
            "新房开荒一平米怎么收费",
            "how much does a cleaner cost per hour",
        ],
        &["家政服务价格"],
    ),
    // housekeeping__book_cleaning
    (
        &[
            "装修完家里全是灰",
            "过年前想把家里彻底打扫",
            "租客搬走房子太脏",
            "周末来客人家里一团乱",
            "just finished renovating, house is full of dust",
        ],
        &["预约保洁"],
    ),
    // housekeeping__hire_helper
    (
        &[
            "老婆快生了想找人照顾月子",
            "我们俩都上班孩子没人看",
            "爸爸中风了需要人照顾",
            "baby is due next month, need a maternity nurse",
        ],
        &["保姆月嫂"],
    ),
    // housekeeping__reschedule_order
    (
        &[
            "约的阿姨来那天我不在家",
            "临时出差保洁得改天",
            "上午有事让阿姨下午来",
            "cleaner booked for tomorrow but I won't be home",
        ],
        &["修改上门时间"],
    ),
    // housekeeping__cancel_order
    (
        &[
            "家里自己打扫干净了",
            "计划变了不需要阿姨了",
            "婆婆来帮忙不请人了",
            "don't need the cleaner any more",
        ],
        &["取消家政订单"],
    ),
    // housekeeping__pay_order
    (
        &[
            "钟点工干完活等着我付钱",
            "阿姨打扫完等我结钱",
            "保洁做完了要付款",
            "cleaning is done, pay the cleaner",
        ],
        &["支付家政订单"],
    ),
    // housekeeping__list_orders
    (
        &[
            "约的保洁阿姨今天几点到",
            "上次保洁订单付了没",
            "请的钟点工哪天来",
            "what time is the cleaner coming",
        ],
        &["我的家政订单"],
    ),
    // housekeeping__rate_service
    (
        &[
            "阿姨打碎了东西想反馈一下",
            "阿姨打扫得特别仔细想夸夸",
            "这次保洁很敷衍想说一下",
            "cleaner did a great job, want to leave a review",
        ],
        &["评价服务"],
    ),
    // moving__get_quote
    (
        &[
            "六楼没电梯搬家贵不贵",
            "一室一厅搬过去大概多少钱",
            "想先问问搬家要花多少",
            "how much would it cost to move a two-bed flat",
        ],
        &["搬家估价"],
    ),
    // moving__book_move
    (
        &[
            "月底房子到期得搬走",
            "买了新房下周要搬进去",
            "公司换办公室要搬东西",
            "需要车和人帮忙搬家具",
            "lease ends this month, need movers and a van",
        ],
        &["预约搬家"],
    ),
    // moving__reschedule_move
    (
        &[
            "新房交房推迟了搬不成",
            "搬家那天下暴雨想换日子",
            "房东让晚几天再搬",
            "moving day clashes with work, change it",
        ],
        &["修改搬家时间"],
    ),
    // moving__cancel_move
    (
        &[
            "房东让续租了不搬了",
            "朋友帮我搬了不用车了",
            "换工作的事黄了不搬家了",
            "not moving after all, call it off",
        ],
        &["取消搬家订单"],
    ),
    // moving__pay_move
    (
        &[
            "搬完家师傅说楼层费要另付",
            "东西搬完了师傅等结账",
            "搬到新家了该付钱了",
            "movers finished, pay them now",
        ],
        &["支付搬家费用"],
    ),
    // moving__list_orders
    (
        &[
            "约的搬家是哪天来着",
            "约的搬家车几点到",
            "搬家的车到底订上没有",
            "what time are the movers coming",
        ],
        &["我的搬家订单"],
    ),
    // recycling__recycle_prices
    (
        &[
            "家里攒了一堆纸箱值多少钱",
            "旧冰箱卖废品能卖多少",
            "废铁现在多少钱一斤",
            "how much are old cardboard boxes worth",
        ],
        &["回收价格"],
    ),
    // recycling__book_pickup
    (
        &[
            "网购拆的纸箱堆满阳台",
            "换了新空调旧的要处理",
            "店里的废纸板想卖掉",
            "老人攒了一屋子塑料瓶",
            "balcony full of boxes, someone come take them",
        ],
        &["预约上门回收"],
    ),
    // recycling__donate_clothes
    (
        &[
            "孩子长大了小衣服穿不了",
            "换季清出一堆旧衣服",
            "旧衣服扔了可惜想捐掉",
            "kids outgrew their clothes, want to give them away",
        ],
        &["旧衣捐赠"],
    ),
    // recycling__cancel_pickup
    (
        &[
            "约了收纸箱那天家里没人",
            "纸箱已经卖给楼下收废品的",
            "旧家电被亲戚拿走了",
            "sold the boxes already, no pickup needed",
        ],
        &["取消回收预约"],
    ),
    // recycling__list_orders
    (
        &[
            "之前卖废品的单子在哪看",
            "上次卖了多少斤纸",
            "约的收废品的来没来",
            "how much did I get for my recycling",
        ],
        &["我的回收订单"],
    ),
    // recycling__withdraw_earnings
    (
        &[
            "卖纸箱的钱还在账户里没取",
            "卖废品攒的钱想转到卡上",
            "环保金攒了一些想拿出来",
            "move the recycling money to my bank",
        ],
        &["回收收益提现"],
    ),
    // laundry__price_list
    (
        &[
            "羽绒服洗一件多少钱",
            "窗帘拿去洗贵不贵",
            "干洗一套西装要多少钱",
            "how much to dry clean a suit",
        ],
        &["洗衣价格表"],
    ),
    // laundry__book_pickup
    (
        &[
            "换季一堆冬衣要洗",
            "家里窗帘该洗了拆不动",
            "面试的西装要干洗",
            "没空去洗衣店想让人来拿",
            "winter coats need cleaning, someone pick them up",
        ],
        &["预约上门取衣"],
    ),
    // laundry__pay_order
    (
        &[
            "送洗的衣服算完价让我交钱",
            "衣服都拿去洗了让我付款",
            "洗衣店说价格算好了",
            "laundry priced my items, pay now",
        ],
        &["支付洗衣订单"],
    ),
    // laundry__track_order
    (
        &[
            "羽绒服送去洗了到哪一步了",
            "送洗的衣服一周了还没回来",
            "明天要穿的西装洗好没",
            "where are my clothes, need them tomorrow",
        ],
        &["洗衣进度"],
    ),
    // laundry__cancel_order
    (
        &[
            "不想送洗了衣服还没被拿走",
            "衣服自己手洗了不用取",
            "约了来拿衣服但我出门了",
            "washed them myself, cancel the pickup",
        ],
        &["取消洗衣订单"],
    ),
    // laundry__list_orders
    (
        &[
            "上个月送洗了几单记不清",
            "送洗过哪几件衣服",
            "之前洗的羽绒服单子在哪",
            "which clothes have I sent to the laundry",
        ],
        &["我的洗衣订单"],
    ),
    // rent__query_rent
    (
        &[
            "房东说这季度要加物业费",
            "这个月房租加杂费一共多少",
            "下次交租要准备多少钱",
            "how much rent do I owe this period",
        ],
        &["查询房租账单"],
    ),
    // rent__pay_rent
    (
        &[
            "房东发消息催交租了",
            "月初发工资了把房租交上",
            "明天就是交房租的日子了",
            "landlord is chasing me for this month's rent",
        ],
        &["缴纳房租"],
    ),
    // rent__rent_history
    (
        &[
            "个税抵扣要房租证明",
            "房东说我少交了一个月",
            "公司报住房补贴要租房付款凭证",
            "need proof of rent paid for tax deduction",
        ],
        &["房租缴纳记录"],
    ),
    // rent__set_autopay
    (
        &[
            "老是忘了交租被房东说",
            "每个月交租日都记不住",
            "出差多想让卡自动交租",
            "keep forgetting rent day, take it automatically",
        ],
        &["开通房租自动扣款"],
    ),
    // rent__cancel_autopay
    (
        &[
            "快搬走了房租不想自动扣",
            "和房东改成现金付了",
            "换了工资卡不用这张付租",
            "moving out, stop the automatic rent payments",
        ],
        &["取消房租自动扣款"],
    ),
    // rent__view_lease
    (
        &[
            "忘了押金当初交了多少",
            "合同上写的是押一付几",
            "不记得租约哪天到期",
            "搬走前看看提前退租违约条款",
            "what does my lease say about the deposit",
        ],
        &["查看租赁合同"],
    ),
    // rent__renew_lease
    (
        &[
            "房子快到期了还想接着住",
            "孩子在附近上学不想搬",
            "合同到期想再住一年",
            "lease is ending, want to stay another year",
        ],
        &["续租签约"],
    ),
    // rent__terminate_lease
    (
        &[
            "换工作要去别的城市了",
            "自己买了房子不想再租了",
            "和室友闹翻想搬走",
            "got a job in another city, end my tenancy",
        ],
        &["申请退租"],
    ),
    // pet_care__book_vet
    (
        &[
            "狗狗两天不吃东西了",
            "猫一直呕吐精神不好",
            "刚抱回来的小猫要打针",
            "狗到年纪了想做绝育",
            "my cat keeps throwing up",
        ],
        &["预约宠物医院"],
    ),
    // pet_care__cancel_vet
    (
        &[
            "猫自己好了不用带去看病",
            "狗狗已经好了不用去看了",
            "约了给猫打针那天去不了",
            "pet is better, don't need the appointment",
        ],
        &["取消宠物医院预约"],
    ),
    // pet_care__book_grooming
    (
        &[
            "狗狗身上毛打结了",
            "夏天到了想给狗剃毛",
            "猫指甲太长抓沙发",
            "dog smells, needs a bath and trim",
        ],
        &["洗护美容"],
    ),
    // pet_care__book_boarding
    (
        &[
            "过年回老家狗没人管",
            "出差一周猫没人喂",
            "要去旅游家里的狗托谁",
            "going on holiday, who looks after my dog",
        ],
        &["宠物寄养"],
    ),
    // pet_care__pay_vet_bill
    (
        &[
            "狗狗打完针前台让付钱",
            "狗看完病医院让我结账",
            "猫做完手术要交钱",
            "vet visit done, pay the bill",
        ],
        &["宠物医疗费"],
    ),
    // pet_care__health_records
    (
        &[
            "带猫搬家要看疫苗打了没",
            "不记得猫上次驱虫是哪天",
            "狗下次该打什么针了",
            "when is my dog due for deworming",
        ],
        &["宠物健康档案"],
    ),
    // pet_care__dog_license
    (
        &[
            "刚养了只狗要去上证",
            "遛狗被社区说要办证",
            "狗牌快到期了要续",
            "just got a puppy, need to register it",
        ],
        &["养犬登记"],
    ),
    // elderly_care__list_institutions
    (
        &[
            "父母年纪大了身边没人照顾",
            "奶奶行动不便想找地方住",
            "家里老人白天没人陪",
            "mum can't live alone any more, need a care home",
        ],
        &["养老机构"],
    ),
    // elderly_care__book_home_care
    (
        &[
            "老人洗澡不方便需要人帮",
            "爸爸出院了需要上门护理",
            "老人独居想找人定期上门",
            "dad needs help bathing at home",
        ],
        &["居家上门"],
    ),
    // elderly_care__cancel_home_care
    (
        &[
            "家里来亲戚照顾老人了不用上门",
            "老人住院了上门的不用来",
            "我放假在家自己照顾",
            "mum is in hospital, no home visit this week",
        ],
        &["取消上门服务"],
    ),
    // elderly_care__list_services
    (
        &[
            "上个月给妈约的护理有几次",
            "护工这周来了几次",
            "看看给老人约的服务到哪天",
            "what home care visits did mum have",
        ],
        &["我的养老服务记录"],
    ),
    // elderly_care__pay_care_fee
    (
        &[
            "奶奶住的养老院要交护理费",
            "养老院让交下个月床位费",
            "老人护理的钱该交了",
            "care home fee is due this month",
        ],
        &["缴纳养老服务费"],
    ),
    // elderly_care__allowance_status
    (
        &[
            "爷爷满八十了有没有补贴",
            "老人的补助钱发了没",
            "奶奶今年九十政府给不给钱",
            "does grandpa get the over-80 allowance",
        ],
        &["高龄津贴"],
    ),
    // elderly_care__set_emergency_contact
    (
        &[
            "老人独居怕摔倒没人知道",
            "换了手机号老人按铃找不到我",
            "妈妈按呼叫键想打给我",
            "if dad presses the help button call me",
        ],
        &["紧急联系人"],
    ),
    // community_canteen__today_menu
    (
        &[
            "给爸妈订饭前先看看有啥菜",
            "中午不想做饭看看食堂有啥",
            "老人想知道今天食堂吃什么",
            "what's the canteen cooking today",
        ],
        &["今日菜单"],
    ),
    // community_canteen__order_meal
    (
        &[
            "爸妈年纪大不方便做饭",
            "老人腿脚不好想把饭送到家",
            "中午家里没人给老人做饭",
            "mum can't cook any more, send her lunch",
        ],
        &["在线订餐"],
    ),
    // community_canteen__cancel_meal
    (
        &[
            "订了午饭可老人突然住院了",
            "老人今天去亲戚家吃了",
            "中午要去医院饭不要了",
            "dad's eating out today, cancel his lunch",
        ],
        &["取消订餐"],
    ),
    // community_canteen__meal_card_balance
    (
        &[
            "老人的饭卡是不是快没钱了",
            "爸妈的饭卡还能吃几顿",
            "食堂打饭说卡里钱不多了",
            "how much is left on mum's canteen card",
        ],
        &["饭卡余额"],
    ),
    // community_canteen__top_up_meal_card
    (
        &[
            "爸妈的饭卡快用完了存点钱",
            "给老人的饭卡存点钱",
            "打饭时说余额不够了",
            "put money on my parents' canteen card",
        ],
        &["饭卡充值"],
    ),
    // community_canteen__apply_meal_subsidy
    (
        &[
            "老人吃食堂听说能打折",
            "老人满六十吃饭能不能便宜",
            "听说社区吃饭有补贴",
            "can my retired dad get cheaper meals",
        ],
        &["助餐补贴"],
    ),
    // transit_card__ride_code
    (
        &[
            "已经到地铁闸机口了",
            "没带公交卡怎么上车",
            "站在进站口手机怎么刷",
            "at the metro gate without my card",
        ],
        &["ride QR code"],
    ),
    // transit_card__enable_code
    (
        &[
            "刚到这个城市想用手机坐地铁",
            "出差到外地不想买票",
            "第一次在这边坐公交",
            "new city, want to ride the metro with my phone",
        ],
        &["开通乘车码"],
    ),
    // transit_card__disable_code
    (
        &[
            "不再用手机坐车了解除绑卡",
            "离开这个城市不再坐地铁了",
            "手机换了怕旧手机被扣钱",
            "leaving the city, turn off phone transit payment",
        ],
        &["关闭乘车码"],
    ),
    // transit_card__topup_card
    (
        &[
            "孩子的公交卡没钱了",
            "刷卡进站说余额不足",
            "老人的交通卡要存钱",
            "kid's bus card is empty",
        ],
        &["交通卡充值"],
    ),
    // transit_card__card_balance
    (
        &[
            "老人的公交卡里还有多少钱",
            "孩子的公交卡还够坐几天",
            "刷卡时没看清剩多少",
            "how much is left on my bus card",
        ],
        &["交通卡余额"],
    ),
    // transit_card__fare_dispute
    (
        &[
            "出站没刷上被扣了最高票价",
            "坐一站扣了好多钱",
            "闸机坏了被多扣了车费",
            "charged the maximum fare for a short ride",
        ],
        &["扣费申诉"],
    ),
    // transit_card__ride_records
    (
        &[
            "公司报交通费要乘车明细",
            "这个月通勤花了多少",
            "上周几号坐过地铁",
            "need my commute rides for expenses",
        ],
        &["乘车记录"],
    ),
    // transit_card__route_plan
    (
        &[
            "第一次去火车站怎么坐车",
            "去市医院要坐几号线",
            "从家到新公司怎么换乘",
            "how do I get to the airport by metro",
        ],
        &["线路查询"],
    ),
    // ride_hailing__estimate_fare
    (
        &[
            "从机场打车到市里多少钱",
            "从公司打车回家贵不贵",
            "想比一下打车和坐地铁哪个便宜",
            "how much would a taxi to the station cost",
        ],
        &["预估车费"],
    ),
    // ride_hailing__request_ride
    (
        &[
            "下大雨打不到出租车",
            "喝了酒不能开车回家",
            "孩子发烧要马上去医院",
            "just landed, need a car now",
        ],
        &["立即叫车"],
    ),
    // ride_hailing__schedule_ride
    (
        &[
            "明早五点要赶飞机",
            "后天带父母去医院复诊",
            "明天一早有面试怕打不到车",
            "early flight tomorrow, book a car the night before",
        ],
        &["预约用车"],
    ),
    // ride_hailing__cancel_ride
    (
        &[
            "朋友顺路捎我了车不用了",
            "司机半天不动不想等了",
            "计划变了不出门了",
            "got a lift, don't need the car any more",
        ],
        &["取消叫车"],
    ),
    // ride_hailing__pay_fare
    (
        &[
            "打车软件提示有一单待支付",
            "下车时着急忘了付钱",
            "车费一直显示没付",
            "forgot to pay for my last ride",
        ],
        &["支付车费"],
    ),
    // ride_hailing__trip_history
    (
        &[
            "想看看上次坐车的司机是谁",
            "上周打车去哪了想不起来",
            "这个月打车花了多少",
            "where did I go by taxi last week",
        ],
        &["我的行程"],
    ),
    // ride_hailing__trip_invoice
    (
        &[
            "这个月打车的钱要找公司报",
            "出差打车费要报销",
            "公司要打车的票据",
            "need receipts for taxi rides to expense",
        ],
        &["行程开发票"],
    ),
    // ride_hailing__lost_item
    (
        &[
            "下车后发现手机落车上了",
            "包忘在出租车后座了",
            "孩子的书包留在车里了",
            "left my phone in the taxi",
        ],
        &["物品遗失"],
    ),
];

/// Fifth pass: other situations than the fourth's (other people, events, troubles and
/// words), spoken style, for the index's said part only. Written from the manifests,
/// blind of every request set.
pub const SITUATIONS_2: &[super::Concept] = &[
    // annual_inspection__check_due
    (
        &[
            "行驶证找不到了不记得年审到哪年",
            "我寻思这车是不是该去检了啊",
            "公司配的那台车不知道年审过期没",
            "开老爸的车出门怕年检已经过了",
            "车在车库停了一年年审还有效吗",
            "borrowed dad's car, not sure the inspection is still valid",
        ],
        &["年检到期查询"],
    ),
    // annual_inspection__find_stations
    (
        &[
            "周末回老家顺便想找个验车的地方",
            "能上线检车的地方哪儿离公司近点",
            "大货车年审得去哪种站啊",
            "新能源车检车去哪个站能做",
            "which test centre near the airport is open on saturday",
        ],
        &["检测站查询"],
    ),
    // annual_inspection__book
    (
        &[
            "在外地上班得回来检车先约上",
            "老婆的车年审快到了帮她约一个",
            "检测站排队太长想先占个号再去",
            "二手车过户完要上线检测帮我排个时间",
            "need a slot to get the old van tested next week",
        ],
        &["预约年检"],
    ),
    // annual_inspection__list_bookings
    (
        &[
            "检车那条短信删了不知道约在几号",
            "帮我老爸约的验车是上午还是下午",
            "我之前到底约没约检车啊",
            "约的验车站是哪个我给忘了",
            "did I book the car test for this saturday or next",
        ],
        &["我的年检预约"],
    ),
    // annual_inspection__reschedule
    (
        &[
            "约检车那天要去医院陪床得往后挪",
            "车那天送去保养了验车改一天",
            "孩子发烧了约的验车得换个日子",
            "出差回不来那天的检车挪到下周",
            "can't make the car test on friday, push it back",
        ],
        &["改约年检"],
    ),
    // annual_inspection__cancel_booking
    (
        &[
            "车被撞了在修理厂约的验车不去了",
            "车已经报废了之前约的检车撤了吧",
            "查了下不用上线约的检车不要了",
            "那个站约错了先撤掉不去了",
            "the car is being scrapped, drop the test slot",
        ],
        &["取消年检预约"],
    ),
    // annual_inspection__apply_exempt_sticker
    (
        &[
            "新车上牌快两年了是不是只要领个电子标",
            "交警查车要看检验标志我手机里没有",
            "车窗贴膜把那个检验标揭掉了",
            "私家车五年不用去站里检网上领个标吧",
            "car is only three years old, just need the e-sticker",
        ],
        &["申领免检标志"],
    ),
    // broadband__query_account
    (
        &[
            "我寻思家里网是不是快到期了",
            "合租的说网费交到年底我想看看",
            "开店拉的那个网是啥套餐来着",
            "爸妈家的宽带账号是啥我忘了",
            "is the home internet paid until december or not",
        ],
        &["查询宽带账户"],
    ),
    // broadband__renew
    (
        &[
            "网页弹出来说宽带到期请续费",
            "放寒假孩子在家网费得接着交",
            "店里的网下个月到期先续半年",
            "帮老妈把家里网费续上一年",
            "internet expires next week, pay for another year",
        ],
        &["宽带续费"],
    ),
    // broadband__book_install
    (
        &[
            "结婚的新房装修完了想拉个网",
            "老人家想看网络电视家里得拉根线",
            "公司新办公室还没有网络要装一下",
            "宿舍楼能不能单独装个光纤",
            "just rented a shop, need internet installed",
        ],
        &["预约新装宽带"],
    ),
    // broadband__report_fault
    (
        &[
            "光猫LOS灯一直红着网全断了",
            "老鼠把网线咬断了上不了网",
            "网线插着但电脑显示无网络访问",
            "wifi 连上了但网页一个都打不开咋整",
            "the fibre box light is red, nothing connects",
        ],
        &["宽带故障报修"],
    ),
    // broadband__upgrade_speed
    (
        &[
            "家里装了好几个监控网速不够用了",
            "买了新电视看4K老卡想换快点的网",
            "孩子打游戏天天嫌网慢要换个快的",
            "现在这网下载文件太慢了想升一档",
            "need faster internet for gaming and streaming",
        ],
        &["宽带提速"],
    ),
    // broadband__relocate
    (
        &[
            "公司搬了新写字楼网线要跟过去",
            "换了个小区住原来的网想接着用",
            "爸妈搬去新房那条宽带能不能挪过去",
            "下周搬家原来那条网要跟着走",
            "moving next month, take my internet with me",
        ],
        &["宽带移机"],
    ),
    // broadband__cancel_service
    (
        &[
            "店不开了那条网线也不要了",
            "公司给配了网家里的宽带停了吧",
            "孩子出国留学家里用不着网了",
            "换了别家的宽带原来这家要拆掉",
            "switched to another provider, close the old line",
        ],
        &["宽带销户"],
    ),
    // cable_tv__query_fee
    (
        &[
            "租的房子电视能看到几月份啊",
            "买的二手房有线电视前房主欠费没",
            "奶奶问电视费交到啥时候了",
            "想算算有线电视这一年得花多少",
            "how much is left to pay on the cable box",
        ],
        &["查询收视费"],
    ),
    // cable_tv__pay_fee
    (
        &[
            "电视只剩几个台了说要交钱才能看",
            "过节亲戚来家电视打不开得续费",
            "奶奶家电视停了我远程给她交一下",
            "看球前电视欠费了先把钱交上",
            "cable tv got cut, pay so grandma can watch",
        ],
        &["缴纳收视费"],
    ),
    // cable_tv__payment_history
    (
        &[
            "物业说电视费没交我记得交过了",
            "想看看电视费去年是哪天交的",
            "帮爸妈交过电视费想确认一下",
            "报销要有线电视的交费凭证",
            "did I pay the cable tv last year or not",
        ],
        &["收视费缴费记录"],
    ),
    // cable_tv__order_package
    (
        &[
            "老公想看篮球直播电视上没有那台",
            "想给孩子开点英语启蒙的频道",
            "电视上新出的电影都要付费才能看",
            "爷爷想看围棋和钓鱼频道咋开",
            "want the kids' cartoon channels on the tv",
        ],
        &["订购节目套餐"],
    ),
    // cable_tv__cancel_package
    (
        &[
            "那个电影包看了一个月没啥意思不要了",
            "孩子上高三了少儿频道停掉吧",
            "老人看不懂那些付费台退了吧",
            "电视费多了一项不想要的频道",
            "we never watch the premium channels, cancel them",
        ],
        &["退订节目套餐"],
    ),
    // cable_tv__report_fault
    (
        &[
            "电视画面一卡一卡的声音也断断续续",
            "机顶盒遥控按了没反应换了电池也不行",
            "装修后电视线好像被弄断了没信号",
            "电视屏幕上一直显示错误码看不了",
            "set-top box keeps rebooting, no picture",
        ],
        &["有线电视报修"],
    ),
    // cmcc__topup, telecom__topup, unicom__topup
    (
        &[
            "刚换的新卡里面一分钱都没有",
            "孩子住校打不了电话可能没钱了",
            "手机提示余额不足快停机了赶紧充点",
            "给乡下奶奶的老人机冲点钱",
            "出国回来手机停了先交点钱开起来",
            "phone ran out of credit, add some money to it",
        ],
        &["话费充值"],
    ),
    // cmcc__query_balance, telecom__query_balance, unicom__query_balance
    (
        &[
            "好久没用的副卡不知道欠没欠钱",
            "月初扣完月租不知道还有多少钱",
            "孩子的电话手表卡里还有钱吗",
            "出差回来手机好像扣了挺多还剩多少",
            "how much credit is left on my old sim",
        ],
        &["查询话费余额"],
    ),
    // cmcc__query_usage, telecom__query_usage, unicom__query_usage
    (
        &[
            "在外面追剧追了一天还剩多少G",
            "打了好多长途电话通话分钟还有没有",
            "出差一直用手机导航还剩多少网",
            "游戏更新了一个大包流量用了多少",
            "how many call minutes are left this month",
        ],
        &["查询套餐余量"],
    ),
    // cmcc__buy_data_pack, telecom__buy_data_pack, unicom__buy_data_pack
    (
        &[
            "在高铁上追剧手机网马上就没了",
            "宿舍网坏了这几天只能用手机网",
            "直播带货一晚上手机网不够跑",
            "外出露营没wifi得多备点流量",
            "need an extra few gigs for the weekend trip",
        ],
        &["订购流量包"],
    ),
    // cmcc__query_bill, telecom__query_bill, unicom__query_bill
    (
        &[
            "每个月话费都比套餐贵不知道为啥",
            "公司要求交上个月的通讯费清单",
            "老爸的手机话费一个月扣了一百多",
            "上个月打了好多客服电话看看扣了啥",
            "what was I charged for on last month's phone bill",
        ],
        &["查询月账单"],
    ),
    // cmcc__change_plan, telecom__change_plan, unicom__change_plan
    (
        &[
            "跑外卖天天导航流量不够想换档",
            "家里装了宽带手机流量用不完想降",
            "在家带娃很少打电话月租太亏了",
            "老人机就接打电话用不着那么贵的",
            "want a plan with more data, I'm always running out",
        ],
        &["变更套餐"],
    ),
    // cmcc__unsubscribe_service
    (
        &[
            "手机里突然开了个视频会员我没点过",
            "孩子玩手机结果订了个游戏包月",
            "每个月话费里多了个什么阅读包",
            "老妈手机来电铃声变成歌了还扣钱",
            "some monthly music service keeps billing my phone",
        ],
        &["退订增值业务"],
    ),
    // telecom__set_auto_topup
    (
        &[
            "孩子住校手机停机就联系不上想自动充",
            "父母在老家不会充话费想设个自动的",
            "手机绑着银行验证码停机就麻烦了",
            "要去外地长期驻场没空管话费",
            "top up my dad's phone automatically when it gets low",
        ],
        &["开通话费自动充值"],
    ),
    // telecom__cancel_auto_topup
    (
        &[
            "孩子毕业了那个号不用再帮他充了",
            "银行卡要注销了别再自动扣话费",
            "话费攒了好几百用不完别自动充了",
            "老人机换号了原来那个自动充关掉",
            "stop auto top-up, the number is being cancelled",
        ],
        &["取消自动充值"],
    ),
    // unicom__cancel_data_pack
    (
        &[
            "单位给装了wifi加的那个流量包多余了",
            "过年那阵加的流量包现在用不上了",
            "流量包每月扣钱但是套餐流量都用不完",
            "旅游时开的那个流量包还在续费",
            "the holiday data add-on is still charging me",
        ],
        &["退订流量包"],
    ),
    // etc__apply
    (
        &[
            "跑网约车天天上高速想装那个自动扣费的",
            "听说走高速装那个东西能打九五折",
            "新车挡风玻璃上还没贴那个小盒子",
            "老爸的车走高速还在人工缴费太慢了",
            "want that tag so I can drive through toll gates",
        ],
        &["申办ETC"],
    ),
    // etc__query_balance
    (
        &[
            "周末带娃去海边走高速卡里钱够吗",
            "储值卡好久没充不知道还剩多少",
            "上次过站滴了一声好像提示余额低",
            "is my toll card running low before the holiday",
        ],
        &["查询ETC余额"],
    ),
    // etc__topup
    (
        &[
            "储值卡过闸被拦下来说钱不够",
            "节假日前往高速卡里存几百块",
            "老公开长途货车那张卡要充钱了",
            "过收费站说卡里欠着得补钱",
            "load money on the toll card before the road trip",
        ],
        &["ETC充值"],
    ),
    // etc__trip_records
    (
        &[
            "月底对账看看高速一共扣了多少",
            "车借给同事开了看看他走了哪段高速",
            "高速出口显示的金额和扣的不一样",
            "想查查上个月跑了几趟高速",
            "show me which highways I drove last month",
        ],
        &["ETC通行记录"],
    ),
    // etc__toll_invoice
    (
        &[
            "老板让把这个月的过路费票据交上",
            "公车出差的高速费要拿去做账",
            "开货车的高速费得开票抵扣",
            "个体户记账要高速费的电子票",
            "need e-receipts for tolls to give to accounting",
        ],
        &["开具通行费发票"],
    ),
    // etc__report_lost
    (
        &[
            "车窗被砸了玻璃上那个小盒子没了",
            "储值卡借给朋友结果找不到了",
            "洗车后发现卡槽里的卡不见了",
            "高速卡掉在服务区了怕被人刷",
            "lost the toll card somewhere, block it",
        ],
        &["ETC挂失"],
    ),
    // etc__cancel_etc
    (
        &[
            "车过户给儿子了原来的设备要销掉",
            "出国定居车也卖了高速卡不要了",
            "换了别家银行的设备旧的要退掉",
            "公司车辆处置了对应的设备注销",
            "sold the car last week, close the toll tag account",
        ],
        &["注销ETC"],
    ),
    // ev_charging__find_stations
    (
        &[
            "刚提的电车还不知道附近哪能补电",
            "高速服务区前面还有没有快充的地方",
            "小区没装桩只能去外面找地方充",
            "在老家县城开电车去哪充电啊",
            "where's a fast charger near the mall",
        ],
        &["查找充电站"],
    ),
    // ev_charging__start_charging
    (
        &[
            "枪插上了屏幕让扫码我该咋弄",
            "停好车想直接用手机开始充",
            "桩上那个编号输进去就能充了吗",
            "车插上了没动静桩显示待机中",
            "plugged in, how do I get the charger going",
        ],
        &["扫码启动充电"],
    ),
    // ev_charging__stop_charging
    (
        &[
            "充了一半老婆打电话催我回家",
            "停车场要关门了得赶紧拔枪走",
            "后面排队的人等着呢我先不充了",
            "车要出门了现在就停下来结账",
            "done for now, unplug and settle the bill",
        ],
        &["结束充电"],
    ),
    // ev_charging__charging_status
    (
        &[
            "吃个饭回来车充了多少了",
            "开会前插上的现在几成电了",
            "这次充电已经跑了多少钱了",
            "还得多长时间能充到百分之八十",
            "how far along is the charge, can I leave yet",
        ],
        &["充电进度"],
    ),
    // ev_charging__order_history
    (
        &[
            "上个月几号在哪充的电想不起来",
            "算一下开电车比油车省了多少",
            "那次充电的账单想再看一下",
            "感觉那个充电站收费贵想对比下",
            "list my past charging sessions and costs",
        ],
        &["充电订单"],
    ),
    // ev_charging__topup_wallet
    (
        &[
            "充电钱包里就剩几块钱了",
            "充电平台搞活动充值送券想存点",
            "扫桩的时候提示先去充值",
            "给老公的充电账户转点钱进去",
            "add money to my charging balance",
        ],
        &["充电钱包充值"],
    ),
    // ev_charging__book_charger
    (
        &[
            "快到了怕桩被油车占了先锁一个",
            "下了高速还有十分钟想先留个桩",
            "那个站经常满想先占个位置",
            "上次去了一个空桩都没有这次先约",
            "reserve a fast charger, I'm ten minutes out",
        ],
        &["预约充电桩"],
    ),
    // fuel__fuel_prices
    (
        &[
            "这周加油是不是又贵了点",
            "跑长途想知道外省油价高不高",
            "92号汽油现在一升几块钱了",
            "下次油价调整是哪天啊",
            "are petrol prices going down this week",
        ],
        &["今日油价"],
    ),
    // fuel__find_stations
    (
        &[
            "自驾到山里不知道哪有加油站",
            "想找个有优惠活动的中石化加油",
            "导航上那个加油站关门了附近还有吗",
            "开柴油车要找能加柴油的站",
            "cheapest petrol station around here",
        ],
        &["附近加油站"],
    ),
    // fuel__pay_at_pump
    (
        &[
            "我在三号枪加完了手机能直接付吗",
            "不想下车跑去收银台付油钱",
            "加油站员工说可以扫码付油钱",
            "带着孩子在车上不方便去柜台结账",
            "pay for pump 5 from my phone",
        ],
        &["加油付款"],
    ),
    // fuel__topup_fuel_card
    (
        &[
            "单位发的中石化卡余额快没了",
            "给老爸那张石油卡往里存点钱",
            "加油时刷油卡说余额不足了",
            "车队的几张油卡月初要存钱",
            "add money to my Sinopec card",
        ],
        &["加油卡充值"],
    ),
    // fuel__order_history
    (
        &[
            "想看看上次在哪个站加的油",
            "老公说这月加了三次油我查查",
            "一年下来油钱大概花了多少",
            "车油耗好像变高了想翻翻之前加的",
            "show my fuel fill-ups for the last few months",
        ],
        &["加油记录"],
    ),
    // fuel__request_invoice
    (
        &[
            "上周加油忘开票了现在想补开",
            "公司跑外勤的油费要电子票",
            "个体户加油要开专票抵税",
            "单位报销油费得有发票才行",
            "need an invoice for yesterday's fill-up",
        ],
        &["开具加油发票"],
    ),
    // gas_crgas__query_bill, gas_towngas__query_bill
    (
        &[
            "冬天开地暖烧气了这月得交多少",
            "饭店这个月燃气用得多账单多少钱",
            "想跟去年比比这个月燃气费多少",
            "不知道这个月燃气费出来没有",
            "how much is this month's gas bill",
        ],
        &["查询燃气账单", "查询燃气费"],
    ),
    // gas_crgas__pay_bill, gas_towngas__pay_bill
    (
        &[
            "燃气公司打电话说欠费了要交钱",
            "月底了把家里燃气钱交一下",
            "出租房的燃气费租客没交我先垫上",
            "天然气欠费了热水器不出热水",
            "settle the outstanding gas bill for my flat",
        ],
        &["缴纳燃气费"],
    ),
    // gas_crgas__payment_history, gas_towngas__payment_history
    (
        &[
            "记不得燃气费这个季度交没交过",
            "想看看去年冬天燃气交了几次钱",
            "婆婆说燃气费她交过了我核对下",
            "做家庭账本要燃气交费的明细",
            "show me the gas payments I've made this year",
        ],
        &["gas payment history"],
    ),
    // gas_crgas__submit_reading
    (
        &[
            "燃气公司短信让这个月自己报表数",
            "燃气表在厨房里面抄表的没进来",
            "长期出差家里燃气表我拍照报一下",
            "这个月燃气按估算扣的想报实际的",
            "send in my gas meter number this month",
        ],
        &["自报燃气读数"],
    ),
    // gas_crgas__book_ignition
    (
        &[
            "燃气管道改造完了要人来开阀通气",
            "买的二手房燃气停了很久要重新开",
            "新换的燃气灶想请师傅来点个火",
            "饭店新开业厨房要开通燃气",
            "gas is installed, need someone to turn it on",
        ],
        &["开通点火"],
    ),
    // gas_crgas__set_autopay
    (
        &[
            "爸妈不会交燃气费想从我卡上扣",
            "上次燃气欠费饭都做不成以后自动扣",
            "出租的房子燃气费想每月自动扣",
            "要出国一年燃气费每月自动交",
            "just debit the gas bill from my card every month",
        ],
        &["开通燃气自动缴费"],
    ),
    // gas_crgas__cancel_autopay
    (
        &[
            "燃气费每月扣的那张卡要销户了",
            "跟房东说好燃气费他来交不用扣我的",
            "燃气代扣多扣了一次不想再自动扣了",
            "家里人说燃气费以后他们自己交",
            "stop the gas direct debit on my card",
        ],
        &["取消燃气自动缴费"],
    ),
    // gas_towngas__ic_card_topup
    (
        &[
            "插卡燃气表在嘀嘀响要买气了",
            "刚搬进来的房子燃气卡里没气",
            "过年在家做饭多得多买点气",
            "热水器打不着火插卡一看没气了",
            "need to buy gas for the card meter before dinner",
        ],
        &["IC卡燃气表购气"],
    ),
    // gas_towngas__ic_card_records
    (
        &[
            "昨天网上买的气去插卡没反应",
            "买了两次气好像只写进去一次",
            "想查下今年买了几次气花了多少",
            "表里的气量跟我买的对不上",
            "did the gas I bought get written to the card",
        ],
        &["购气记录与写卡状态"],
    ),
    // gas_towngas__book_safety_check
    (
        &[
            "家里刚装了新热水器想让人来查一下",
            "房东让租客配合燃气年检约个时间",
            "开餐馆消防要求燃气要查一遍",
            "周末才在家让燃气师傅那时来检查",
            "book the yearly gas check for a weekend",
        ],
        &["预约燃气安检"],
    ),
    // gas_towngas__report_repair
    (
        &[
            "燃气表不走字了做饭却有火",
            "灶台有个眼一直打不着火",
            "燃气阀门拧不动了关不上",
            "燃气管外面的包皮破了要换",
            "the gas hob only lights on one side",
        ],
        &["燃气报修"],
    ),
    // heating__query_fee
    (
        &[
            "房子面积大暖气一季得多少钱",
            "今年供暖涨价没想看看要交多少",
            "出租的房子今年暖气费是多少",
            "地暖的房子采暖费怎么收的",
            "how much is this season's heating going to cost me",
        ],
        &["查询供暖费"],
    ),
    // heating__pay_fee
    (
        &[
            "小区通知暖气费月底截止要交",
            "今年暖气钱还没交怕不给开阀",
            "替出国的儿子把他家暖气交了",
            "交了暖气费才能试水我先交上",
            "heating fee is due, pay it now",
        ],
        &["缴纳供暖费"],
    ),
    // heating__payment_history
    (
        &[
            "记不清去年暖气是交了全额还是报停的",
            "供热公司说我前年的没交我查查",
            "想看看这几年暖气费都交了多少",
            "爸妈的暖气费是不是已经交过了",
            "show past heating payments for my flat",
        ],
        &["供暖缴费记录"],
    ),
    // heating__apply_suspend
    (
        &[
            "今年冬天要去海南陪孩子读书",
            "房子在装修冬天住不了人",
            "出国一年家里没人不想全交暖气",
            "老房子租不出去空着不供暖了",
            "away all winter, don't heat the empty flat",
        ],
        &["申请供暖报停"],
    ),
    // heating__cancel_suspend
    (
        &[
            "之前说不住了结果孩子要回来住",
            "房子租出去了租客要用暖气",
            "装修提前完工今年能住进去了",
            "老人从南方回来过冬了得开暖气",
            "rented the flat out after all, turn the heating back on",
        ],
        &["取消供暖报停"],
    ),
    // heating__report_cold
    (
        &[
            "暖气片上面热下面是凉的",
            "地暖开了一周屋里还是冷冰冰",
            "孩子在家冻感冒了室温才十五度",
            "邻居家都热就我家暖气不热",
            "radiator in the bedroom is stone cold",
        ],
        &["室温不达标"],
    ),
    // heating__request_invoice
    (
        &[
            "个体户交的暖气费要发票记账",
            "厂里让提供供暖费的正式票",
            "交完暖气费忘了要票了现在补",
            "租办公室的采暖费要开票给公司",
            "need an invoice for the heating I paid",
        ],
        &["供暖费发票"],
    ),
    // lifepay__list_accounts
    (
        &[
            "给好几套房交费记不住哪个是哪个",
            "看看我绑定的都是哪些水电气",
            "那个老家的电费号我存过没有",
            "帮丈母娘交过的号码在哪看",
            "show all the utility numbers I've saved",
        ],
        &["我的缴费户号"],
    ),
    // lifepay__add_account
    (
        &[
            "刚租了个门面要把电表号加进去",
            "给老人交燃气费得先把户号存上",
            "爸妈的燃气本上有户号帮我存进去",
            "买了车位有个单独的电表号要存",
            "save the number on my new flat's water bill",
        ],
        &["添加缴费户号"],
    ),
    // lifepay__remove_account
    (
        &[
            "房子卖了那个电费号别再显示了",
            "跟前室友合租那套房的号现在不用了",
            "存错了一个户号想删掉",
            "姥姥搬来同住她那边的号不用了",
            "delete the old utility accounts I don't use",
        ],
        &["删除缴费户号"],
    ),
    // lifepay__set_reminder
    (
        &[
            "家里水电费总是欠了才知道",
            "老人那边来账单了我想收到通知",
            "预存的燃气钱快没了能提醒我吗",
            "出租房的电费出账前提醒我一下",
            "notify me when the gas bill is out",
        ],
        &["开通缴费提醒"],
    ),
    // lifepay__cancel_reminder
    (
        &[
            "那套房都卖了还天天推交费提醒",
            "交费通知太多了关掉一些吧",
            "不想再收到水费出账的消息了",
            "帮同事交的那户别再给我提醒",
            "turn off reminders for the old flat",
        ],
        &["关闭缴费提醒"],
    ),
    // lifepay__all_payments
    (
        &[
            "这个月水电燃气一共交了多少钱",
            "年底想看看生活缴费的总账",
            "所有交过的费想拉出来看看",
            "跟老婆对账看看谁交了哪些费",
            "every utility payment I made this year",
        ],
        &["全部缴费记录"],
    ),
    // marriage_reg__list_offices
    (
        &[
            "在外地工作能在这边领证吗去哪领",
            "想找个环境好拍照好看的登记处",
            "民政局的婚姻登记在哪个区啊",
            "登记大厅几点开门几点关门",
            "where is the nearest civil affairs office for weddings",
        ],
        &["婚姻登记处"],
    ),
    // marriage_reg__available_dates
    (
        &[
            "520那天想去领证还有名额吗",
            "下周末民政局还能约上吗",
            "想找个双日子去扯证看看哪天空着",
            "老人看了黄历那几天能不能约上",
            "any free slots at the registry next month",
        ],
        &["查询可约日期"],
    ),
    // marriage_reg__required_documents
    (
        &[
            "对象是外地户口领证要带啥",
            "离婚去民政局要准备哪些东西",
            "补结婚证得带什么证件过去",
            "二婚领证要不要带离婚证",
            "what do we need to bring to divorce",
        ],
        &["登记所需材料"],
    ),
    // marriage_reg__book_marriage
    (
        &[
            "孩子快出生了想先把证领了",
            "对象家里催着我们赶紧领证",
            "在一起五年了下个月想去登记结婚",
            "年前想把结婚证办了约个号",
            "we want to get married at the registry next month",
        ],
        &["预约结婚登记"],
    ),
    // marriage_reg__book_divorce
    (
        &[
            "分居两年了想去把手续办了",
            "跟老公说好了去民政局办分开",
            "离婚协议写好了约个时间去办",
            "冷静期之前得先去申请离婚吧",
            "we've decided to divorce, book us in",
        ],
        &["预约离婚登记"],
    ),
    // marriage_reg__book_replacement
    (
        &[
            "办贷款要结婚证但找不到了",
            "结婚证被孩子撕坏了要重新领",
            "买房要结婚证原件结果丢了",
            "老家的结婚证找不着了要补一个",
            "lost our marriage certificate, need a new one",
        ],
        &["补领结婚证"],
    ),
    // marriage_reg__list_bookings
    (
        &[
            "男朋友说约好领证了我看看哪天",
            "约的离婚登记是哪天几点",
            "约上了没有民政局也没短信",
            "我们约的那个登记在哪个窗口",
            "what day is our registry appointment",
        ],
        &["我的登记预约"],
    ),
    // marriage_reg__cancel_booking
    (
        &[
            "那天家里有急事领证去不了了",
            "孩子劝了几句离婚先不办了",
            "婚礼改期了约的登记撤了吧",
            "约了补证结果结婚证又找到了",
            "cancel our registry appointment, plans changed",
        ],
        &["取消登记预约"],
    ),
    // parking__query_fee
    (
        &[
            "车在医院停车场停了半天得交多少",
            "看电影停了三小时停车会不会很贵",
            "车在机场停了几天了算算多少钱",
            "我寻思这停车场现在收我多少了",
            "how much is my parking so far at the mall",
        ],
        &["查询停车费"],
    ),
    // parking__pay_fee
    (
        &[
            "出口的扫码机坏了想手机先付",
            "车窗上夹了张停车缴费单",
            "开车的老公让我在手机上帮他付停车钱",
            "马上要离场先把钱付了免得堵出口",
            "pay parking now so the barrier lifts",
        ],
        &["缴纳停车费"],
    ),
    // parking__buy_monthly_pass
    (
        &[
            "新小区地下车库想包个固定车位",
            "孩子学校附近天天接送想办个月卡",
            "店门口天天停车临时费太贵了",
            "新公司没车位想在附近办包月",
            "get a monthly pass at the car park near work",
        ],
        &["办理停车月卡"],
    ),
    // parking__renew_monthly_pass
    (
        &[
            "进车库时屏幕显示月卡还剩三天",
            "包月车位到期了下个月还要停",
            "过完年还在这上班车位要接着包",
            "月卡过期了抬杆变成收临时费了",
            "extend my monthly parking another three months",
        ],
        &["月卡续费"],
    ),
    // parking__parking_records
    (
        &[
            "车被刮了想知道那天停在哪个场",
            "一个月停车费花了多少统计一下",
            "停车场进出时间想核对一下",
            "老婆开我车去哪些地方停过",
            "show me all my parking sessions this month",
        ],
        &["停车记录"],
    ),
    // parking__set_auto_pay
    (
        &[
            "出停车场老堵在闸口等付款",
            "想跟高速一样停车出闸自动扣钱",
            "老人开车不会扫码付停车费",
            "绑了车牌以后出场不用掏手机",
            "let the car park just charge my card on exit",
        ],
        &["开通无感支付"],
    ),
    // parking__cancel_auto_pay
    (
        &[
            "车卖了停车自动扣款要关掉",
            "这张卡要注销了停车费别再扣",
            "自动扣停车费扣错了想关掉",
            "公司的车以后不用我卡付停车费了",
            "turn off automatic parking charges",
        ],
        &["关闭无感支付"],
    ),
    // parking__find_lots
    (
        &[
            "带爸妈去吃饭饭店附近哪能停车",
            "去火车站送人车停哪比较好",
            "老城区逛街车往哪停便宜点",
            "演唱会现场附近有没有空车位",
            "any free parking spaces near the stadium",
        ],
        &["附近停车场"],
    ),
    // power_csg__query_bill, power_sgcc__query_bill
    (
        &[
            "冬天开了电暖器这月电费要多少",
            "店里冰柜一直开着这个月电费出来没",
            "出租屋的电费这个月多少给租客说",
            "电费短信没收到不知道这月多少",
            "what's the power bill for this month",
        ],
        &["查询电费账单"],
    ),
    // power_csg__pay_bill, power_sgcc__pay_bill
    (
        &[
            "电表跳闸了说是欠费停电了",
            "供电局打电话催缴电费了",
            "店铺电费逾期了要赶紧交上",
            "在外地帮老家把电费交一下",
            "pay the electricity before they disconnect",
        ],
        &["缴纳电费"],
    ),
    // power_csg__prepay
    (
        &[
            "过年回老家这边电费先存上",
            "家里冰箱一直开着怕欠费先多放点钱",
            "单位发了奖金先预存一年电费",
            "电费账户里先充点钱以后慢慢扣",
            "put a few hundred on the power account in advance",
        ],
        &["预存电费"],
    ),
    // power_csg__query_balance
    (
        &[
            "去年存的那笔电费现在还剩多少",
            "出租房里存的电费是不是快扣完了",
            "电费账户里的余额够这个月扣吗",
            "短信说存的电费快用完了看看",
            "how much prepaid credit is left on the power account",
        ],
        &["查询预存余额"],
    ),
    // power_csg__usage_history, power_sgcc__usage_history
    (
        &[
            "家里装了充电桩后每月多用多少度",
            "想看看峰谷电分别用了多少度",
            "空房子没住人怎么还在走电",
            "怀疑邻居偷电想看我家用电量",
            "how many kWh did we use last winter",
        ],
        &["查询用电量"],
    ),
    // power_csg__payment_history, power_sgcc__payment_history
    (
        &[
            "电费交了但是没来电想看看记录",
            "和室友分电费要看交过多少",
            "记不清这个月电费交了没有",
            "年底对一下电费总共交了多少",
            "I paid the electricity, show me the record",
        ],
        &["缴费记录 payment history", "电费缴费记录"],
    ),
    // power_csg__outage_notice
    (
        &[
            "周末要在家开派对会不会停电",
            "听说我们片区要检修线路哪天停",
            "明天孩子有网课怕突然断电",
            "店里冷柜怕停电想提前知道",
            "any scheduled power cuts in my district",
        ],
        &["停电公告"],
    ),
    // power_sgcc__set_autopay
    (
        &[
            "出租的房子电费想每月自动从卡上扣",
            "老人住院了家里电费没人交",
            "上回忘交电费被断了以后自动扣",
            "把老家的电费绑到我卡上自动交",
            "set up direct debit for my power bill",
        ],
        &["开通电费自动缴费"],
    ),
    // power_sgcc__cancel_autopay
    (
        &[
            "电费代扣的那张卡挂失了要停掉",
            "电费跟室友分开交不用我卡扣了",
            "爸妈说电费以后他们自己会交",
            "自动扣电费扣了两次不想再扣了",
            "cancel the electricity direct debit",
        ],
        &["取消电费自动缴费"],
    ),
    // power_sgcc__request_invoice
    (
        &[
            "工作室的电费要给会计开发票",
            "厂房的电费要开增值税发票",
            "在家办公公司补电费要票据",
            "交完电费想要个电子的票据",
            "need an e-invoice for last month's electricity",
        ],
        &["电费电子发票"],
    ),
    // property__query_fee
    (
        &[
            "车位管理费一年是多少钱",
            "刚租的商铺物业费怎么算的",
            "物业群里说今年涨价了我家要交多少",
            "想知道还欠物业几个月的钱",
            "how much is the service charge for my flat",
        ],
        &["查询物业费"],
    ),
    // property__pay_fee
    (
        &[
            "物业说再不交就停电梯卡了",
            "年前把物业的钱结清了吧",
            "车库的管理费该交了",
            "帮出国的邻居把物业费交一下",
            "pay this year's building management fee",
        ],
        &["缴纳物业费"],
    ),
    // property__payment_history
    (
        &[
            "物业管家说我家去年还欠着",
            "想看看往年物业费都交了多少",
            "出租房的物业费租客交了没看看",
            "和老公对账物业费是谁交的",
            "show the building fees I've already paid",
        ],
        &["物业缴费记录"],
    ),
    // property__submit_repair
    (
        &[
            "小区下水道堵了污水都反上来了",
            "单元门的锁坏了关不上",
            "地下车库的灯一直不亮",
            "消防通道被杂物堵了找物业管",
            "the building's front door lock is broken",
        ],
        &["报事报修"],
    ),
    // property__list_repairs
    (
        &[
            "上周找物业修门禁到底弄没弄",
            "报的那个漏水问题有人接单了吗",
            "物业说派人来修了人呢",
            "之前报修过几次都是啥问题",
            "what happened to my repair request from last week",
        ],
        &["我的报修单"],
    ),
    // property__cancel_repair
    (
        &[
            "门禁刷了几次又好了不用修了",
            "老公下班自己把灯换了报修撤了吧",
            "楼道灯已经有人换好了",
            "报错了地址那个报修不要了",
            "no need for the maintenance visit any more",
        ],
        &["取消报修"],
    ),
    // property__visitor_pass
    (
        &[
            "装修师傅明天要进小区干活",
            "搬家公司的车要进小区",
            "亲戚开车来车牌没登记进不来",
            "送外卖的进不了大门让我开个码",
            "give my guest a pass to get in the gate",
        ],
        &["访客邀请通行"],
    ),
    // social_security_card__apply_sscard
    (
        &[
            "大学毕业落户了还没办那个卡",
            "退休回老家想在这边办张卡",
            "外地来打工在这边看病没卡",
            "单位让交一寸照办社保那张卡",
            "don't have the social security card yet, how to get one",
        ],
        &["社保卡申领"],
    ),
    // social_security_card__activate_financial
    (
        &[
            "社保卡里的钱转不到别的卡上",
            "新卡第一次用要不要先激活",
            "单位把补贴打到社保卡上用不了",
            "社保卡能当银行卡用吗怎么开通",
            "my new social card can't be used to withdraw money",
        ],
        &["激活社保卡"],
    ),
    // social_security_card__report_lost_sscard
    (
        &[
            "包被偷了医保卡也没了赶紧停用",
            "孩子的医保卡找不到了怕被冒用",
            "出去旅游把社保卡弄丢了",
            "卡可能掉在药店了怕别人刷",
            "lost my social security card, block it now",
        ],
        &["社保卡挂失"],
    ),
    // social_security_card__reissue_sscard
    (
        &[
            "社保卡上名字写错了要重新做",
            "卡用了十年磨得刷不出来了",
            "卡上照片是小时候的想换张新的",
            "社保卡被洗衣机洗坏了",
            "card is damaged, I need a replacement",
        ],
        &["社保卡补换"],
    ),
    // social_security_card__sscard_balance
    (
        &[
            "医保个人账户还剩多少钱能拿药",
            "补贴打到社保卡上没有",
            "药店刷卡说里面余额不够",
            "看看社保卡最近扣了哪些钱",
            "how much is left in my medical account",
        ],
        &["社保卡余额"],
    ),
    // social_security_card__sscard_progress
    (
        &[
            "上个月申请的卡到哪一步了",
            "新生儿的卡办了好久没通知",
            "卡做出来了是邮寄到哪了",
            "说是十五个工作日现在还没拿到",
            "is my new social card ready yet",
        ],
        &["制卡进度"],
    ),
    // social_security_card__pay_resident_insurance
    (
        &[
            "自由职业没人给交医保了",
            "孩子上幼儿园要交城乡医保",
            "回老家种地养老保险自己交",
            "下岗了医保断了要续上",
            "freelancer, need to pay my own health insurance",
        ],
        &["城乡居民"],
    ),
    // traffic_12123__query_violations
    (
        &[
            "新手上路不知道有没有压线被拍",
            "开车去外地回来怕有罚单",
            "看看车有没有没处理的违章再去年检",
            "那个路口好像闪了一下我被拍了吗",
            "any tickets on my car I don't know about",
        ],
        &["查询交通违法"],
    ),
    // traffic_12123__handle_violation
    (
        &[
            "被拍了闯红灯网上能直接处理吗",
            "违停被拍了要在网上认一下",
            "外地被电子眼拍了不想跑过去",
            "摄像头拍的超速想网上确认了",
            "accept the camera ticket online so I can pay it",
        ],
        &["违法处理"],
    ),
    // traffic_12123__pay_fine
    (
        &[
            "交警贴的罚单要去哪交钱",
            "决定书上的罚款还没交",
            "违章处理完了还要交钱吧",
            "罚款过了十五天会加钱吗先交了",
            "pay the fine on my penalty notice",
        ],
        &["缴纳交通罚款"],
    ),
    // traffic_12123__licence_points
    (
        &[
            "被拍了几次不知道扣了几分",
            "今年跑网约车被扣了分看看剩多少",
            "驾照的分快清零了吗还剩几分",
            "记分周期什么时候清零啊",
            "how many points are left on my licence",
        ],
        &["驾驶证记分"],
    ),
    // traffic_12123__renew_licence
    (
        &[
            "驾照有效期到了要换本",
            "驾照快满十年了换个长期的",
            "体检做完了要换新驾照",
            "驾驶证过期了还能网上换吗",
            "my licence is about to expire, renew it",
        ],
        &["到期换证"],
    ),
    // traffic_12123__points_study
    (
        &[
            "扣了六分想学习考试补回来",
            "驾照分快扣满十二了有没有办法",
            "听说网上学习能抵掉扣的分",
            "分数扣多了怕要重新考驾照",
            "can I take the online course to clear points",
        ],
        &["学法减分"],
    ),
    // traffic_12123__my_vehicles
    (
        &[
            "名下有几辆车我自己都糊涂了",
            "卖掉的车是不是还挂在我名下",
            "看看我的车年检和保险到啥时候",
            "想确认车过户到我名下没有",
            "which vehicles are under my name",
        ],
        &["我的机动车"],
    ),
    // vehicle_tax__query_tax
    (
        &[
            "二手车过户后要交多少车船税",
            "两升排量的车一年税钱多少",
            "买车前想知道每年要交多少税",
            "补交去年的车税得要多少钱",
            "how much vehicle tax is due this year",
        ],
        &["查询车船税"],
    ),
    // vehicle_tax__pay_tax
    (
        &[
            "年检说车船税没交要先补上",
            "新车上牌后那个车船税还要交",
            "去年漏交了车税今年一起交了",
            "在网上交车税不想跑税务局",
            "pay the road tax before the inspection",
        ],
        &["缴纳车船税"],
    ),
    // vehicle_tax__payment_records
    (
        &[
            "想看看往年车船税是谁交的",
            "车税连着交了几年记不清了",
            "保单上那笔车船税交了多少",
            "交过车税了系统还说没交",
            "records of past vehicle tax payments",
        ],
        &["车船税缴纳记录"],
    ),
    // vehicle_tax__tax_certificate
    (
        &[
            "车要迁到外地需要完税凭证",
            "保险公司要车船税缴纳的证明",
            "车子报废要开个交税证明",
            "贷款买车银行要完税的凭证",
            "need the tax paid certificate for my car",
        ],
        &["完税证明"],
    ),
    // vehicle_tax__apply_exemption
    (
        &[
            "插电混动的车能不能免车税",
            "车停了一年没开能减点税吗",
            "车被偷了那年的车税能免吗",
            "农村用的小货车有没有减税",
            "my hybrid should qualify for a tax break",
        ],
        &["车船税减免"],
    ),
    // water_bj__query_bill, water_sh__query_bill, water_sz__query_bill
    (
        &[
            "这两个月水费怎么这么多啊",
            "夏天天天浇花水费会不会很高",
            "出租房这期水费多少跟租客说",
            "刚收房不知道要交多少水钱",
            "how much do we owe for water this period",
        ],
        &["查询水费"],
    ),
    // water_bj__pay_bill, water_sh__pay_bill, water_sz__pay_bill
    (
        &[
            "物业说水费欠了好几个月了",
            "帮在外地的爸妈把水钱交了",
            "收到停水预警先把欠的水费付了",
            "月底把家里水费清一下",
            "pay the overdue water bill for my flat",
        ],
        &["缴纳水费"],
    ),
    // water_bj__payment_history, water_sh__payment_history, water_sz__payment_history
    (
        &[
            "水费到底是我交的还是室友交的",
            "想看看今年一共交了多少水钱",
            "自来水公司说没收到我交的钱",
            "报销要水费缴纳的记录",
            "show me the water payments I've made",
        ],
        &["water payment history"],
    ),
    // water_bj__set_autopay
    (
        &[
            "爸妈不会网上交水费想绑我的卡",
            "出租房的水费每期自动从卡扣",
            "以后水费别让我操心自动扣吧",
            "出国一年水费就自动交了吧",
            "direct debit the water bill each time",
        ],
        &["开通水费代扣"],
    ),
    // water_bj__cancel_autopay
    (
        &[
            "水费代扣的那张卡要注销了",
            "租客要自己交水费不用扣我的了",
            "水费自动扣了两次不想再扣了",
            "想改成自己手动交水费",
            "stop automatic water payments from my card",
        ],
        &["取消水费代扣"],
    ),
    // water_bj__report_repair
    (
        &[
            "水表箱那里滋滋往外喷水",
            "整栋楼就我家水压小得可怜",
            "晚上水龙头流出来有股怪味",
            "冬天自来水管冻裂了在漏",
            "water pipe outside the meter is leaking",
        ],
        &["供水报修"],
    ),
    // water_bj__outage_notice, water_sz__outage_notice
    (
        &[
            "明早要给孩子洗澡会不会停水",
            "小区群里说要停水几点开始",
            "饭店明天营业怕突然停水",
            "路上在挖管子是不是要停水了",
            "is there a water shutdown in my area this week",
        ],
        &["停水"],
    ),
    // water_sh__tier_prices
    (
        &[
            "一家五口用水要多交钱吗",
            "第二档水价比第一档贵多少",
            "租房子水费按几块钱一吨算",
            "上海水价最近调了没有",
            "what's the price per ton for water in Shanghai",
        ],
        &["阶梯水价"],
    ),
    // water_sh__tier_usage
    (
        &[
            "今年装了浴缸水用得多到哪档了",
            "家里添了二胎用水多了快超档了吗",
            "年底了看看今年用了多少方水",
            "水费单价变贵了是不是进第二档了",
            "how much water have we used this year",
        ],
        &["年度阶梯用水量"],
    ),
    // water_sh__transfer_owner
    (
        &[
            "父母的房子过户给我了水表名也要改",
            "卖房后买家让我配合改水费户名",
            "房产证下来了水费还写着开发商",
            "离婚后房子归我了水户要改名",
            "change the water account to my name after buying",
        ],
        &["水表过户"],
    ),
    // water_sz__submit_reading
    (
        &[
            "水务短信让上传这个月水表照片",
            "水表在家里面我上班没人开门",
            "这期水费是估的想自己报一下数",
            "长期出差家里水表数自己报上去",
            "send a photo of my water meter reading",
        ],
        &["水表读数"],
    ),
    // water_sz__open_account
    (
        &[
            "新房装修要用水但还没有水表户",
            "自建的新店面要申请自来水",
            "刚交房开发商说要自己去开户用水",
            "租了个厂房要单独办个用水户",
            "brand new flat, set up a water account",
        ],
        &["用水开户"],
    ),
    // water_delivery__order_water
    (
        &[
            "饮水机只剩个底了赶紧送一桶",
            "茶叶店泡茶的水用完了送两桶",
            "周末在家没水喝懒得下楼买",
            "老人家饮水机空了帮他订水",
            "send two big bottles of water to my place",
        ],
        &["订桶装水"],
    ),
    // water_delivery__buy_tickets
    (
        &[
            "家里天天喝桶装水想买一叠票",
            "听说买票比单买便宜不少",
            "公司让我买一批送水的票",
            "一桶一桶买太亏想办个套餐",
            "buy a bundle of water tickets to save money",
        ],
        &["购买水票"],
    ),
    // water_delivery__ticket_balance
    (
        &[
            "水票还剩几张够不够这个月",
            "去年买的水票现在还能用吗",
            "跟同事合买的水票还剩多少",
            "送水师傅说我票快用完了",
            "how many water tickets are left",
        ],
        &["水票余额"],
    ),
    // water_delivery__set_schedule
    (
        &[
            "家里老人喝水多想每周固定送",
            "办公室每周一早上送三桶",
            "老忘了订水干脆定时送吧",
            "每隔十天送一次水能设吗",
            "set up a weekly water delivery",
        ],
        &["设置定期送水"],
    ),
    // water_delivery__cancel_schedule
    (
        &[
            "装了直饮水机不用再定期送了",
            "放暑假办公室没人不用送水",
            "换了别家送水原来的定期停了",
            "老人去养老院了送水不用了",
            "stop the regular water deliveries",
        ],
        &["取消定期送水"],
    ),
    // water_delivery__refund_deposit
    (
        &[
            "换净水器了空桶退回去拿押金",
            "办公室不喝桶装水了押金退一下",
            "退租前把水桶押金要回来",
            "饮水机送人了桶押金能退吗",
            "return the empty bottles and get my deposit back",
        ],
        &["退桶押金"],
    ),
    // water_delivery__track_order
    (
        &[
            "叫的水说一小时到现在还没来",
            "送水的今天到底还来不来",
            "订的水送到哪了我要出门了",
            "等水等半天了师傅在路上吗",
            "where is my water delivery",
        ],
        &["送水进度"],
    ),
    // car_rental__search_cars
    (
        &[
            "下个月去三亚想租辆敞篷玩玩",
            "搬家想租个大点的车看看有啥",
            "过年回家想租个SUV有没有",
            "这周末市区还能租到什么车",
            "what rental cars are available this weekend",
        ],
        &["可租车型"],
    ),
    // car_rental__book_car
    (
        &[
            "下周去云南落地想直接开车玩",
            "婚礼接亲差一辆车想租一台",
            "驾照刚拿到想租车练练手",
            "带孩子去郊区露营要订个车",
            "book a car for my trip next week",
        ],
        &["预订租车"],
    ),
    // car_rental__cancel_rental
    (
        &[
            "孩子生病出不了门租的车不要了",
            "天气预报有台风自驾游取消了",
            "公司派车了我订的租车退掉",
            "取车时间太早改成打车了不租了",
            "don't need the rental car any more",
        ],
        &["取消租车订单"],
    ),
    // car_rental__extend_rental
    (
        &[
            "车还在外地开不回去要多用两天",
            "出差延期了租的车晚点还",
            "家里有事想多租一天再还",
            "旅途延长了车再续几天",
            "keep the rental car until sunday",
        ],
        &["extend a rental"],
    ),
    // car_rental__deposit_status
    (
        &[
            "还车两周了押金还冻着",
            "租车预授权的钱一直没解冻",
            "车还了押的钱什么时候到卡",
            "租车的押金卡里还扣着呢",
            "when will my rental deposit be released",
        ],
        &["押金退还进度"],
    ),
    // car_rental__rental_violations
    (
        &[
            "租车时开了趟高速不知道超速没",
            "还车后店里说有罚单我看看",
            "自驾回来看看租的车有没有罚单",
            "租车违章会从押金扣吗我看看有没有",
            "any traffic tickets on the car I rented",
        ],
        &["租车违章"],
    ),
    // car_rental__my_rentals
    (
        &[
            "订的租车在哪个门店取来着",
            "这次租车的单子我找不到了",
            "上次租车一共花了多少钱",
            "看看下周的车订上没有",
            "show my upcoming car rental",
        ],
        &["我的租车订单"],
    ),
    // appliance_repair__repair_prices
    (
        &[
            "冰箱压缩机坏了修值不值",
            "空调加个氟大概多少钱",
            "师傅上门检测要不要收钱",
            "洗衣机换个电机得花多少",
            "what does a washing machine repair usually cost",
        ],
        &["维修收费标准"],
    ),
    // appliance_repair__request_repair
    (
        &[
            "油烟机嗡嗡响吸不走油烟",
            "空调开了半天吹的是热风",
            "冰箱门关不严一直在响",
            "微波炉一开就跳闸了",
            "the oven stopped heating, send someone",
        ],
        &["上门维修"],
    ),
    // appliance_repair__book_installation
    (
        &[
            "新房装修热水器要人上门装",
            "买了台油烟机谁来给装一下",
            "网购了个壁挂电视需要打孔安装",
            "搬家后旧空调要重新装上",
            "need someone to install my new dishwasher",
        ],
        &["家电安装"],
    ),
    // appliance_repair__track_repair
    (
        &[
            "约的修冰箱师傅说下午到人呢",
            "空调维修单现在什么状态了",
            "零件到了没师傅什么时候再来",
            "报修三天了一直没消息",
            "is the technician coming today",
        ],
        &["维修进度"],
    ),
    // appliance_repair__cancel_repair
    (
        &[
            "热水器换了个电池又能用了",
            "空调拔插头重启一下就好了不用修",
            "找了品牌售后修好了这边取消",
            "冰箱决定直接换新的不修了",
            "no need for the repair, the fridge works again",
        ],
        &["取消维修订单"],
    ),
    // appliance_repair__pay_repair
    (
        &[
            "师傅换了个配件要收钱",
            "修完洗衣机师傅说扫码付",
            "维修单上的钱还没付呢",
            "空调加完氟要付钱了",
            "pay the repairman for today's fix",
        ],
        &["支付维修费用"],
    ),
    // appliance_repair__check_warranty
    (
        &[
            "空调买了三年坏了厂家还管吗",
            "热水器延保到哪年了",
            "冰箱发票找不到了还在保吗",
            "洗衣机的保修过了没有",
            "is my dishwasher still under warranty",
        ],
        &["保修期"],
    ),
    // housekeeping__service_prices
    (
        &[
            "找人擦一次玻璃要多少钱",
            "请个住家保姆一个月得多少钱",
            "深度清洁一次大概要多少钱",
            "月嫂现在什么价位啊",
            "how much is a deep clean for a two-bed flat",
        ],
        &["家政服务价格"],
    ),
    // housekeeping__book_cleaning
    (
        &[
            "明天岳父母要来家里得收拾",
            "退租要把房子打扫干净还押金",
            "家里厨房油污太重想找人清",
            "新房开荒想找两个阿姨来",
            "need someone to clean the flat this weekend",
        ],
        &["预约保洁"],
    ),
    // housekeeping__hire_helper
    (
        &[
            "产后没人带娃想请个人",
            "老人瘫痪在床需要人护理",
            "双职工孩子放学没人接要请阿姨",
            "二胎出生想请个育儿嫂",
            "looking for a live-in nanny for my kid",
        ],
        &["保姆月嫂"],
    ),
    // housekeeping__reschedule_order
    (
        &[
            "阿姨约明天来但我要加班改后天",
            "孩子生病在家睡觉保洁晚两天来",
            "周六家里来客人保洁挪到周日",
            "保洁时间和装修撞了往后推",
            "move the cleaner to next week",
        ],
        &["修改上门时间"],
    ),
    // housekeeping__cancel_order
    (
        &[
            "房子卖了不用打扫了",
            "老人不让陌生人进门阿姨别来了",
            "订错日子了这单先不要了",
            "朋友介绍了个阿姨这边取消",
            "cancel the cleaning appointment",
        ],
        &["取消家政订单"],
    ),
    // housekeeping__pay_order
    (
        &[
            "擦完玻璃阿姨说扫码付款",
            "深度保洁结束了付一下钱",
            "家政单子显示待支付",
            "阿姨做完了我在公司帮她付",
            "pay for today's cleaning",
        ],
        &["支付家政订单"],
    ),
    // housekeeping__list_orders
    (
        &[
            "上个月请了几次保洁",
            "月嫂的单子现在什么状态",
            "家政还有几单没付钱",
            "看看约的保洁单子有没有成功",
            "show my housekeeping bookings",
        ],
        &["我的家政订单"],
    ),
    // housekeeping__rate_service
    (
        &[
            "阿姨来了迟到一个小时想投诉",
            "打扫完厨房还是很脏想反馈",
            "保洁阿姨很勤快想给个好评",
            "阿姨把地板划了得说一下",
            "leave feedback for today's cleaner",
        ],
        &["评价服务"],
    ),
    // moving__get_quote
    (
        &[
            "家里东西多搬到隔壁区多少钱",
            "钢琴也要搬这个要加钱吗",
            "小面包车搬一趟大概多少",
            "宿舍搬到出租屋要花多少",
            "rough price to move across town",
        ],
        &["搬家估价"],
    ),
    // moving__book_move
    (
        &[
            "毕业了宿舍东西要搬走",
            "跟女朋友同居要把东西搬过去",
            "店面换位置了货架要运过去",
            "下周六约个车和师傅搬家",
            "need a van and two movers on saturday",
        ],
        &["预约搬家"],
    ),
    // moving__reschedule_move
    (
        &[
            "新房装修没完搬家往后推一周",
            "搬家那天老板让加班改一天",
            "孩子那天考试搬家挪到周日",
            "天气预报有台风搬家换个时间",
            "push the move back to next weekend",
        ],
        &["修改搬家时间"],
    ),
    // moving__cancel_move
    (
        &[
            "房子没租成搬家不用了",
            "自己借了辆车不用搬家公司了",
            "家里不同意先不搬了",
            "东西不多打车就搬了约的车退了",
            "cancel the movers, we're staying",
        ],
        &["取消搬家订单"],
    ),
    // moving__pay_move
    (
        &[
            "搬完了师傅说拆床另外收费",
            "搬家费还没给呢怎么付",
            "多等了一小时要加钱一起付了",
            "搬家师傅等我转钱",
            "pay the movers including the stairs fee",
        ],
        &["支付搬家费用"],
    ),
    // moving__list_orders
    (
        &[
            "约的搬家车型是小面还是厢货",
            "订的搬家那天是几号来着",
            "搬家定金交了没看看订单",
            "之前约的那个搬家还在吗",
            "show my moving booking details",
        ],
        &["我的搬家订单"],
    ),
    // recycling__recycle_prices
    (
        &[
            "旧手机卖回收能值几个钱",
            "一堆旧书论斤卖多少钱",
            "易拉罐现在回收什么价",
            "旧洗衣机拿去回收给多少",
            "how much do they pay for scrap metal",
        ],
        &["回收价格"],
    ),
    // recycling__book_pickup
    (
        &[
            "搬家清出一堆废旧家电",
            "装修剩了一堆废铁管子想卖",
            "家里旧报纸堆成山了找人来拉",
            "快递箱太多了约人上门收",
            "someone come collect the old electronics",
        ],
        &["预约上门回收"],
    ),
    // recycling__donate_clothes
    (
        &[
            "减肥成功以前的衣服都穿不下了",
            "家里老人的旧棉衣想捐给山区",
            "衣柜塞满了旧衣服想送出去",
            "搬家清出来很多衣服不想扔",
            "give away a bag of old clothes",
        ],
        &["旧衣捐赠"],
    ),
    // recycling__cancel_pickup
    (
        &[
            "约了回收但我那天要出差",
            "纸箱被物业收走了不用来了",
            "旧电视送给邻居了回收取消",
            "家人说东西先留着不卖了",
            "cancel the recycling pickup",
        ],
        &["取消回收预约"],
    ),
    // recycling__list_orders
    (
        &[
            "上次卖的旧家电给了多少钱",
            "回收的钱到账没看看订单",
            "卖废品的单子今年有几单",
            "约的上门回收今天来吗",
            "show my recycling orders",
        ],
        &["我的回收订单"],
    ),
    // recycling__withdraw_earnings
    (
        &[
            "卖废品攒的钱能转银行卡吗",
            "环保积分的钱怎么提出来",
            "回收账户里有几十块想取",
            "收益攒够了想提现",
            "cash out my recycling earnings",
        ],
        &["回收收益提现"],
    ),
    // laundry__price_list
    (
        &[
            "洗一床被子多少钱",
            "皮衣能干洗吗要多少",
            "婚纱洗一次得多少钱",
            "洗双运动鞋要多少钱",
            "price to clean a down jacket",
        ],
        &["洗衣价格表"],
    ),
    // laundry__book_pickup
    (
        &[
            "孩子的校服和床单攒了一堆要洗",
            "家里洗衣机坏了衣服让人来拿",
            "大衣沾了红酒要送洗",
            "出差回来一箱脏衣服找人取",
            "send someone to collect my dry cleaning",
        ],
        &["预约上门取衣"],
    ),
    // laundry__pay_order
    (
        &[
            "洗衣店把价钱算好了等我付",
            "取走的衣服计价出来了要付钱",
            "洗衣单显示待付款",
            "送洗的被子要先交钱才洗吗",
            "pay for the laundry order",
        ],
        &["支付洗衣订单"],
    ),
    // laundry__track_order
    (
        &[
            "窗帘送洗几天了还没送回",
            "婚礼要穿的西装洗好了吗",
            "送洗的鞋到哪一步了",
            "衣服说今天送回来几点到",
            "is my dry cleaning ready yet",
        ],
        &["洗衣进度"],
    ),
    // laundry__cancel_order
    (
        &[
            "衣服决定自己拿去楼下洗",
            "约了取件但我要出差了取消",
            "那件衣服找不到了不送洗了",
            "家里洗衣机修好了不用送洗",
            "cancel the laundry pickup",
        ],
        &["取消洗衣订单"],
    ),
    // laundry__list_orders
    (
        &[
            "送洗的衣服有几单还没回来",
            "去年冬天洗羽绒服的单子",
            "送洗的订单都在哪看",
            "看看这个月洗衣花了多少",
            "show all my laundry orders",
        ],
        &["我的洗衣订单"],
    ),
    // rent__query_rent
    (
        &[
            "下季度房租加水电一共要交多少",
            "合同里说的那些费用这期要交多少",
            "这个月房租该付多少了",
            "租金涨了这期具体多少钱",
            "how much is this month's rent",
        ],
        &["查询房租账单"],
    ),
    // rent__pay_rent
    (
        &[
            "交租日到了转给房东",
            "合租的这个月轮到我交房租",
            "出差在外地房租得按时付",
            "房租交晚了要罚钱赶紧付",
            "pay my rent for this month",
        ],
        &["缴纳房租"],
    ),
    // rent__rent_history
    (
        &[
            "想看看今年交了几个月房租",
            "退押金时房东说有一个月没付",
            "申请公租房要交租凭证",
            "住房补贴要提供付租记录",
            "show my rent payments this year",
        ],
        &["房租缴纳记录"],
    ),
    // rent__set_autopay
    (
        &[
            "每月交租日总在出差想自动扣",
            "房东说晚一天都不行设成自动的",
            "怕忘了交租扣违约金",
            "工资到账后自动交房租",
            "pay the rent automatically every month",
        ],
        &["开通房租自动扣款"],
    ),
    // rent__cancel_autopay
    (
        &[
            "房东换了收款账户自动扣要停",
            "和房东改成季付了不自动扣了",
            "这个月钱紧想手动交房租",
            "自动扣的房租扣错金额了",
            "stop the automatic rent payment",
        ],
        &["取消房租自动扣款"],
    ),
    // rent__view_lease
    (
        &[
            "想知道合同里能不能养宠物",
            "合同里写的维修谁负责",
            "房东要涨租合同里怎么写的",
            "办居住证要租房合同",
            "check what my lease says about pets",
        ],
        &["查看租赁合同"],
    ),
    // rent__renew_lease
    (
        &[
            "房东同意不涨价就接着续一年",
            "工作还在这边租房合同续签",
            "合同快到期想再签两年",
            "想续租但问问能不能少点",
            "renew my lease for another year",
        ],
        &["续租签约"],
    ),
    // rent__terminate_lease
    (
        &[
            "要结婚搬去男方家了房子退了",
            "房子太吵想提前退租",
            "公司分了宿舍不租了",
            "合同到期不续了要退房",
            "give notice to move out of my flat",
        ],
        &["申请退租"],
    ),
    // pet_care__book_vet
    (
        &[
            "狗狗走路一瘸一拐的",
            "猫咪老是挠耳朵好像有螨虫",
            "家里兔子两天不拉便便了",
            "小狗该打第二针疫苗了",
            "my dog is limping, need a vet",
        ],
        &["预约宠物医院"],
    ),
    // pet_care__cancel_vet
    (
        &[
            "约了绝育但猫在发情期做不了",
            "狗那天要跟我回老家去不了医院",
            "换了家宠物医院原来的预约取消",
            "猫只是吐了个毛球没事了",
            "cancel the vet appointment",
        ],
        &["取消宠物医院预约"],
    ),
    // pet_care__book_grooming
    (
        &[
            "狗狗在草地上滚了一身泥",
            "泰迪毛长了要修一修",
            "猫咪掉毛严重想洗个澡",
            "过年了想给狗狗做个造型",
            "book a bath and haircut for my dog",
        ],
        &["洗护美容"],
    ),
    // pet_care__book_boarding
    (
        &[
            "下周出差猫得找地方寄放",
            "家里装修狗待不了几天",
            "住院几天狗狗没人遛",
            "搬家那几天先把狗送走",
            "need a place for my cat while I travel",
        ],
        &["宠物寄养"],
    ),
    // pet_care__pay_vet_bill
    (
        &[
            "狗狗化验完医院让付钱",
            "宠物拍片子的钱要付",
            "绝育手术做完要交费",
            "宠物医院账单还没付",
            "pay the vet for today's visit",
        ],
        &["宠物医疗费"],
    ),
    // pet_care__health_records
    (
        &[
            "猫上次打疫苗是哪天",
            "带狗坐飞机要看疫苗记录",
            "狗的体内驱虫该做了吗",
            "宠物疫苗本丢了想看看记录",
            "show my cat's vaccination history",
        ],
        &["宠物健康档案"],
    ),
    // pet_care__dog_license
    (
        &[
            "小区物业说没狗证不能养",
            "搬到新城市狗要重新登记",
            "刚领养了一只狗要上户口",
            "狗狂犬疫苗打好了要办证",
            "register my new dog with the city",
        ],
        &["养犬登记"],
    ),
    // elderly_care__list_institutions
    (
        &[
            "爷爷认知症家里照顾不了",
            "老人术后想找个有护理的地方住",
            "父母想住老年公寓有没有床位",
            "白天上班想送老人去日托",
            "find a nursing home with free beds",
        ],
        &["养老机构"],
    ),
    // elderly_care__book_home_care
    (
        &[
            "老人腿脚不便想找人上门理发",
            "妈妈中风后要人来做康复",
            "老人一个人住想请人陪他聊天做饭",
            "父亲需要人上门换药",
            "book a carer to visit my mum at home",
        ],
        &["居家上门"],
    ),
    // elderly_care__cancel_home_care
    (
        &[
            "这周我休假在家不用上门了",
            "老人去我姐家住了护理先停",
            "约的助浴那天老人感冒了不用来",
            "老人不喜欢陌生人上门取消",
            "cancel this week's home care visit",
        ],
        &["取消上门服务"],
    ),
    // elderly_care__list_services
    (
        &[
            "护工上周到底来了没有",
            "给爸爸约的上门服务哪天",
            "看看这个月的护理记录",
            "约的助浴是什么时间",
            "show the care visits booked for dad",
        ],
        &["我的养老服务记录"],
    ),
    // elderly_care__pay_care_fee
    (
        &[
            "养老院的月费要续交了",
            "上门护理的钱还没付",
            "老人日托这个月的钱该交了",
            "爸爸在护理院这个月的床位钱",
            "pay my father's care home bill",
        ],
        &["缴纳养老服务费"],
    ),
    // elderly_care__allowance_status
    (
        &[
            "姥姥的养老补贴这个月到了没",
            "八十岁以上每月能领多少钱",
            "老人补贴怎么停发了",
            "爷爷的高龄补助发到哪张卡",
            "has grandma's old-age allowance been paid",
        ],
        &["高龄津贴"],
    ),
    // elderly_care__set_emergency_contact
    (
        &[
            "老人手环按了找谁得设一下",
            "我出国了紧急时要打给我弟",
            "爸妈家的呼叫器要加我的号",
            "舅舅住得近出事先找他",
            "add me as mum's emergency contact",
        ],
        &["紧急联系人"],
    ),
    // community_canteen__today_menu
    (
        &[
            "今天食堂中午有没有软一点的菜",
            "爸爸血糖高看看今天有啥能吃",
            "社区饭堂今晚吃什么",
            "想知道午饭有没有鱼",
            "what's on the community canteen menu",
        ],
        &["今日菜单"],
    ),
    // community_canteen__order_meal
    (
        &[
            "我出差几天老人午饭没人管",
            "妈妈做完手术不能下厨",
            "老人在家想吃食堂的饭送过去",
            "给楼上独居的奶奶订个午饭",
            "order lunch delivered to my dad",
        ],
        &["在线订餐"],
    ),
    // community_canteen__cancel_meal
    (
        &[
            "我今天回家做饭了食堂的不要了",
            "老人胃口不好晚饭别送了",
            "订重复了取消一份",
            "今天家里来人一起出去吃",
            "cancel dad's lunch order today",
        ],
        &["取消订餐"],
    ),
    // community_canteen__meal_card_balance
    (
        &[
            "老妈的饭卡还能刷几顿啊",
            "老人说刷卡时滴了两声",
            "看看奶奶的饭卡花了多少",
            "饭卡里的钱够这周吃吗",
            "check the balance on the canteen card",
        ],
        &["饭卡余额"],
    ),
    // community_canteen__top_up_meal_card
    (
        &[
            "给爸的饭卡打几百块",
            "饭卡没钱了今天打不了饭",
            "月初给老人饭卡充一个月的",
            "食堂说饭卡欠费了",
            "top up grandma's canteen card",
        ],
        &["饭卡充值"],
    ),
    // community_canteen__apply_meal_subsidy
    (
        &[
            "低保老人吃饭有没有补贴",
            "社区饭堂老人能打几折怎么申请",
            "残疾老人吃饭能减免吗",
            "独居老人吃饭优惠怎么办理",
            "apply for the seniors' meal discount",
        ],
        &["助餐补贴"],
    ),
    // transit_card__ride_code
    (
        &[
            "公交车上来了要刷手机",
            "排队进站了快打开那个码",
            "上车了司机让我扫码",
            "到闸机口了手机上那个码在哪",
            "show the metro QR code",
        ],
        &["ride QR code"],
    ),
    // transit_card__enable_code
    (
        &[
            "来上海旅游想手机坐地铁",
            "搬到新城市想手机刷公交",
            "第一次用手机坐车要先开通吗",
            "老人想手机刷公交怎么开",
            "set up phone payment for the metro",
        ],
        &["开通乘车码"],
    ),
    // transit_card__disable_code
    (
        &[
            "不坐地铁了解绑银行卡",
            "手机被偷了那个码要关掉",
            "公司有班车不用刷码了",
            "绑的那张卡要注销了",
            "turn off the ride code on this phone",
        ],
        &["关闭乘车码"],
    ),
    // transit_card__topup_card
    (
        &[
            "老人公交卡刷不了说没钱",
            "学生卡快没钱了充一点",
            "手机里的交通卡要存钱了",
            "明天上班前给公交卡存上钱",
            "top up my metro card",
        ],
        &["交通卡充值"],
    ),
    // transit_card__card_balance
    (
        &[
            "公交卡好久没用还有钱吗",
            "学生卡的余额够一周吗",
            "找到张旧交通卡不知道有多少",
            "交通卡里剩的钱够坐回家吗",
            "what's left on my transit card",
        ],
        &["交通卡余额"],
    ),
    // transit_card__fare_dispute
    (
        &[
            "出站刷了没反应被多扣钱",
            "坐了两站扣了全程票价",
            "公交车刷了两次扣了双份",
            "没坐车却有一条扣费记录",
            "I was overcharged on the subway",
        ],
        &["扣费申诉"],
    ),
    // transit_card__ride_records
    (
        &[
            "这个月坐了几趟地铁",
            "昨天在哪站下的车想不起来",
            "孩子说坐车去学校了看看记录",
            "上周几号坐过公交",
            "list my metro trips last month",
        ],
        &["乘车记录"],
    ),
    // transit_card__route_plan
    (
        &[
            "去动物园坐几路车",
            "从火车站去酒店坐哪条线",
            "去那个医院地铁换乘几次",
            "末班车之前能到家吗怎么换乘",
            "how to get to the stadium by bus",
        ],
        &["线路查询"],
    ),
    // ride_hailing__estimate_fare
    (
        &[
            "从酒店打车去景点大概多少",
            "半夜打车回家会不会很贵",
            "去机场打车和快车哪个便宜",
            "打个车去火车站要多少钱",
            "how much is a cab to the airport",
        ],
        &["预估车费"],
    ),
    // ride_hailing__request_ride
    (
        &[
            "孩子在学校受伤了马上要过去",
            "下班太晚地铁停了要打车",
            "拖着行李站路边打不到车",
            "商场门口叫个车回家",
            "get me a car right now",
        ],
        &["立即叫车"],
    ),
    // ride_hailing__schedule_ride
    (
        &[
            "明天凌晨接机怕没车",
            "周日早上送孩子去考场",
            "婚礼那天早上要用车",
            "后天五点去火车站先订个车",
            "book a car for 6am tomorrow",
        ],
        &["预约用车"],
    ),
    // ride_hailing__cancel_ride
    (
        &[
            "刚叫了车老公说来接我",
            "地址输错了先取消",
            "车还没到公交来了",
            "约的明早的车不用了",
            "cancel the ride I just ordered",
        ],
        &["取消叫车"],
    ),
    // ride_hailing__pay_fare
    (
        &[
            "打车的钱还没付说欠费",
            "上次坐车没扣成功要补",
            "下车忘了付钱司机打电话来",
            "打车软件说有欠款叫不了车",
            "pay for the ride I took yesterday",
        ],
        &["支付车费"],
    ),
    // ride_hailing__trip_history
    (
        &[
            "上次打车的车牌号是多少",
            "昨晚坐车从哪上的车",
            "孩子说打车回家了看看行程",
            "找一下上周那趟车的司机",
            "show my recent rides",
        ],
        &["我的行程"],
    ),
    // ride_hailing__trip_invoice
    (
        &[
            "打车去客户那的钱要报",
            "出差打车的票据给财务",
            "这个月打车发票一起开",
            "公司让交打车的电子票",
            "invoice my taxi rides for expenses",
        ],
        &["行程开发票"],
    ),
    // ride_hailing__lost_item
    (
        &[
            "钱包好像落在刚才那辆车上",
            "下车后发现雨伞没拿",
            "笔记本电脑忘在后备箱了",
            "孩子的玩具掉在车座上了",
            "left my wallet in the car",
        ],
        &["物品遗失"],
    ),
];
