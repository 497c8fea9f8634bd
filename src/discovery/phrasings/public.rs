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
pub const SAID: &[super::Concept] = &[];
