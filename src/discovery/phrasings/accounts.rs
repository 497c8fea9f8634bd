//! Phrasings of accounts, cards, payments and transfers.

/// (what a user says, catalogue words for what serves it)
pub const CONCEPTS: &[super::Concept] = &[
    // account_alerts__alert_settings
    (
        &[
            "动账通知+开了没",
            "短信提醒+开了没",
            "有没有开+提醒",
            "通知+发到哪个",
            "which+alerts+on",
            "alerts+set up",
        ],
        &["查询提醒设置", "提醒设置", "Alert settings"],
    ),
    // account_alerts__enable_sms_alert
    (
        &[
            "开通+短信提醒",
            "短信提醒+开通",
            "开个短信提醒",
            "开通+短信通知",
            "余额变动+短信",
            "余额变动+提醒",
            "turn on+sms alerts",
            "text alerts+turn on",
            "sms+every time",
        ],
        &["开通短信通知", "短信通知", "SMS alerts"],
    ),
    // account_alerts__cancel_sms_alert
    (
        &[
            "短信通知+取消",
            "取消+短信通知",
            "退订+短信提醒",
            "短信提醒+退订",
            "短信提醒+收费",
            "不想交+短信费",
            "短信费+不交",
            "短信费+取消",
            "每个月+扣两块",
            "每月+扣2元",
            "短信+每月收费",
            "unsubscribe+sms",
            "stop paying+sms",
        ],
        &["取消短信通知", "Cancel SMS alerts", "stops the monthly fee"],
    ),
    // account_alerts__enable_wechat_alert
    (
        &[
            "微信+余额变动",
            "公众号+提醒",
            "公众号+动账",
            "免费+动账提醒",
            "不要钱的+提醒",
            "微信+收到+提醒",
            "free+alerts",
            "alerts+free",
        ],
        &["开通微信动账提醒", "微信提醒", "free transaction alerts"],
    ),
    // account_alerts__set_threshold
    (
        &[
            "小钱+不提醒",
            "几块钱+也提醒",
            "短信太多+提醒",
            "一块钱+也发",
            "大额+才提醒",
            "起点金额",
            "起提金额",
            "too many+alerts",
            "every+small+alert",
        ],
        &["设置提醒起点金额", "起点金额", "threshold"],
    ),
    // account_alerts__change_alert_mobile
    (
        &[
            "通知手机号",
            "提醒+换号",
            "换了号+提醒",
            "提醒+发到+新号",
            "旧号码+提醒",
            "alerts+phone number+change",
        ],
        &["修改通知手机号", "通知手机号", "Change alert phone number"],
    ),
    // account_alerts__sms_fee_records
    (
        &[
            "短信费+扣了",
            "短信费+记录",
            "短信服务费",
            "短信费+多少",
            "扣了+短信费",
            "短息费",
            "短信费+扣了多久",
            "sms+charges",
        ],
        &["短信费扣费记录", "短信服务费", "SMS fee charges"],
    ),
    // account_center__get_balance
    (
        &[
            "餘額",
            "卡里+还剩",
            "瞅瞅+余额",
            "看看+余额",
            "还剩几个钱",
            "还有几个钱",
            "工资卡+还剩",
            "卡上+还有多少",
            "可用余额",
            "账面余额",
            "how much+in my account",
            "how much+left+account",
        ],
        &["查询余额", "可用余额", "Check account balance"],
    ),
    // account_center__list_transactions
    (
        &[
            "收支明細",
            "交易明細",
            "明细+看一下",
            "进账+记录",
            "出账+记录",
            "那笔+扣款",
            "查查+流水",
            "支出+明细",
            "收入+明细",
            "where+money+went",
            "incoming+payments",
            "outgoing+payments",
        ],
        &["查询收支明细", "收支明细", "List transactions"],
    ),
    // account_center__monthly_summary, asset_overview__cashflow
    (
        &[
            "消费分析",
            "收支分析",
            "花销+分类",
            "开销+分类",
            "每个月+花多少",
            "吃饭+花了多少",
            "花在+哪些方面",
            "比上个月+多花",
            "这个月+花了多少",
            "月度+收支",
            "spending+breakdown",
            "spending+category",
            "spend+each month",
        ],
        &["收支分析", "月度收支分析", "spending"],
    ),
    // account_center__account_details
    (
        &[
            "开户网点",
            "在哪开的卡",
            "哪个网点开的",
            "开户地",
            "开户支行",
            "开护行",
            "工资卡+开户行",
            "which branch+opened",
            "bank code",
            "opening branch",
        ],
        &["账户信息与开户行", "开户行", "联行号"],
    ),
    // account_center__list_accounts
    (
        &[
            "名下+账户",
            "全部的卡",
            "存折+还有",
            "有几个账户",
            "办过+哪些卡",
            "办过几张卡",
            "all+my accounts",
            "how many+accounts",
        ],
        &["我的账户列表", "List my accounts"],
    ),
    // account_center__hide_account
    (
        &[
            "账户+隐藏",
            "隐藏+一张卡",
            "别显示+这张卡",
            "不想看到+这张卡",
        ],
        &["隐藏账户", "Hide an account"],
    ),
    // account_service__book_account_opening
    (
        &[
            "办张银行卡",
            "单位+要求+办卡",
            "发工资+办卡",
            "预约开户",
            "预约+开卡",
            "open+new+account",
            "get+debit card",
        ],
        &["预约开立借记卡", "预约开户", "Book a debit card opening"],
    ),
    // account_service__close_account
    (
        &[
            "消户",
            "销护",
            "这张卡+不要了",
            "多余的卡",
            "close+account+permanently",
        ],
        &["借记卡销户", "销户", "Close a debit account"],
    ),
    // account_service__reactivate_dormant
    (
        &[
            "多年没用",
            "老卡+激活",
            "睡眠账户",
            "激活+旧卡",
            "old account+reactivate",
            "reactivate+account",
            "account+inactive",
        ],
        &["久悬账户激活", "久悬户", "睡眠户"],
    ),
    // account_service__restriction_status
    (
        &["止付", "被风控", "限制+什么原因", "why+account+restricted"],
        &["账户限制查询", "非柜面限制", "只收不付"],
    ),
    // account_service__lift_restriction
    (
        &[
            "解除+非柜面",
            "解除+限制",
            "解限",
            "账户+解封",
            "怎么解封",
            "解除+只收不付",
            "申请+解除+限制",
            "lift+restriction",
            "unblock+account",
            "remove+restriction",
        ],
        &["申请解除限制", "解除非柜面限制", "lift"],
    ),
    // account_service__linked_services
    (
        &[
            "销户前",
            "注销前+检查",
            "销卡前",
            "绑定了哪些业务",
            "before+closing+account",
        ],
        &["账户关联业务", "Services linked to an account"],
    ),
    // asset_overview__total_assets
    (
        &[
            "净资产",
            "资产+一共",
            "资产+总共",
            "我有多少资产",
            "在你们银行+多少钱",
            "how much+worth",
            "everything+i have+bank",
        ],
        &["查看总资产", "总资产", "net assets"],
    ),
    // asset_overview__earnings
    (
        &[
            "昨天+赚了",
            "昨日收益",
            "挣了多少",
            "收益+多少",
            "收益+明细",
            "累计收益",
            "理财+赚了",
            "投资+赚了",
            "how much+earned",
            "investment+earnings",
            "how much+made+investments",
        ],
        &["收益明细", "收益", "Investment earnings"],
    ),
    // asset_overview__monthly_statement
    (
        &[
            "资产报告",
            "月度报告",
            "资产+账单",
            "资产+月度",
            "资产变化",
            "monthly+asset statement",
            "asset+report",
        ],
        &["月度资产账单", "月度资产报告", "Monthly asset statement"],
    ),
    // asset_overview__allocation_check
    (
        &[
            "资产体检",
            "理财+体检",
            "配置+合理吗",
            "投资+太集中",
            "鸡蛋+一个篮子",
            "投资组合+看看",
            "portfolio+check",
            "too risky+investments",
        ],
        &["资产配置诊断", "体检", "Portfolio check-up"],
    ),
    // asset_overview__hide_amounts
    (
        &[
            "小眼睛",
            "别显示+金额",
            "金额+不显示",
            "金额+变成星号",
            "显示+星号",
            "show+amounts",
        ],
        &["隐藏资产金额", "小眼睛", "隐藏金额"],
    ),
    // bank_certificates__apply_deposit_certificate, deposit_proof__apply
    (
        &[
            "开个存款证明",
            "开存款证明",
            "存款证明+英文",
            "存款证明+签证",
            "存款正明",
            "存款证名",
            "时点证明",
            "时段证明",
            "使馆+存款",
            "deposit certificate",
        ],
        &[
            "开立存款证明",
            "存款证明",
            "Apply for a deposit certificate",
        ],
    ),
    // bank_certificates__apply_credit_certificate
    (
        &[
            "资信证明",
            "资性证明",
            "资信正明",
            "投标+证明",
            "招标+证明",
            "投标+银行",
            "移民+证明",
            "信誉证明",
            "资信+证明",
            "credit standing",
            "tender+certificate",
            "immigration+bank+letter",
        ],
        &["开立资信证明", "资信证明", "credit standing certificate"],
    ),
    // bank_certificates__verify_certificate, deposit_proof__verify
    (
        &[
            "证明+是真的",
            "使馆+验证",
            "使馆+核查",
            "学校+核实+证明",
            "embassy+verify",
            "certificate+genuine",
        ],
        &["证明真伪验证", "验证证明真伪", "真伪查验"],
    ),
    // deposit_proof__asset_certificate
    (
        &[
            "资产证明",
            "不想冻结",
            "证明+不冻结",
            "不冻结+证明",
            "总资产+证明",
            "财产+证明",
            "asset certificate",
            "without+freezing",
        ],
        &["开立资产证明", "资产证明", "without freezing money"],
    ),
    // branch_booking__find_branches
    (
        &[
            "最近的银行",
            "附近+银行",
            "离我最近+网点",
            "附近的网点",
            "周末+开门的网点",
            "周末+营业+网点",
            "网点+地址",
            "网点+电话",
            "nearest branch",
            "branch+near me",
            "branch+open+weekend",
        ],
        &["查找附近网点", "附近网点", "营业时间"],
    ),
    // branch_booking__find_atms
    (
        &[
            "能存钱的机器",
            "存现金+机器",
            "能存钱的atm",
            "存款+atm",
            "外卡+atm",
            "附近+取款机",
            "哪有+atm",
            "自助银行+在哪",
            "atm+near",
            "deposit+cash+machine",
        ],
        &["查找ATM", "自助银行", "Find ATMs"],
    ),
    // branch_booking__book_visit
    (
        &[
            "预约+网点",
            "网点+预约",
            "约个时间+银行",
            "大额取现+预约",
            "取大额+预约",
            "取五万",
            "book+branch",
            "appointment+branch",
            "branch+visit",
        ],
        &["预约办理业务", "Book a branch appointment", "大额取现"],
    ),
    // branch_booking__list_bookings
    (
        &[
            "网点+约了",
            "约了+哪个网点",
            "网点预约+记录",
            "my+branch+appointments",
        ],
        &["我的预约", "My appointments"],
    ),
    // branch_booking__reschedule_booking
    (
        &[
            "网点+改时间",
            "改约+网点",
            "银行+换个时间",
            "网点+换个时间",
            "reschedule+branch",
            "move+appointment",
        ],
        &["修改预约", "Reschedule an appointment"],
    ),
    // branch_booking__cancel_booking
    (
        &[
            "不去银行了",
            "网点+预约+取消",
            "取消+网点预约",
            "银行+不去了",
            "cancel+branch appointment",
            "cancel+branch",
        ],
        &["取消预约", "Cancel an appointment"],
    ),
    // branch_booking__take_number
    (
        &[
            "先取个号",
            "提前取号",
            "网上取号",
            "线上取号",
            "手机取号",
            "不想排队",
            "在家+取号",
            "take+number+branch",
        ],
        &["线上取号", "取号", "Take a queue number"],
    ),
    // branch_booking__queue_status
    (
        &[
            "前面+几个人",
            "前面还有几",
            "还要排多久",
            "轮到我",
            "排到+几号",
            "how many+ahead",
            "wait+how long+branch",
        ],
        &["排队进度", "Queue progress"],
    ),
    // card_apply__card_products
    (
        &[
            "哪种信用卡",
            "哪款信用卡",
            "信用卡+推荐",
            "信用卡+哪个好",
            "信用卡+种类",
            "信用卡+权益",
            "credit card+recommend",
            "best+credit card",
        ],
        &["信用卡产品", "Credit card products", "白金卡"],
    ),
    // card_apply__application_status
    (
        &[
            "信用卡+寄出",
            "信用卡+寄了没",
            "信用卡+快递",
            "信用卡+什么时候到",
            "申请+信用卡+进度",
            "申卡+进度",
            "办卡+进度",
            "信用卡+被拒",
            "card+application+status",
            "credit card+posted",
        ],
        &["申请进度查询", "Application progress"],
    ),
    // card_apply__activate_card
    (
        &[
            "信用卡+激活",
            "激活+信用卡",
            "开卡+信用卡",
            "信用卡+刚到",
            "信用卡+刚收到",
            "激火",
            "activate+credit card",
            "new credit card+arrived",
        ],
        &["激活信用卡", "开卡", "Activate a new credit card"],
    ),
    // card_apply__set_card_pin
    (
        &[
            "查询密码+信用卡",
            "信用卡+交易密码",
            "信用卡+取现密码",
            "信用卡+改密码",
            "credit card+pin+reset",
        ],
        &["设置交易密码", "查询密码", "Set the card PIN"],
    ),
    // card_apply__supplementary_card
    (
        &[
            "付属卡",
            "副属卡",
            "给老婆+办卡",
            "给老公+办卡",
            "家人+共用额度",
            "共享额度",
            "second card+family",
        ],
        &["申请附属卡", "附属卡", "supplementary card"],
    ),
    // card_installment__installment_quote
    (
        &[
            "分期+每个月还多少",
            "分期+每月还",
            "分12期+多少",
            "分6期",
            "分3期",
            "分24期",
            "算一下+分期",
            "试算+分期",
            "分期+怎么算",
            "分期+划不划算",
            "installment+how much+month",
            "installment+quote",
        ],
        &["分期试算", "Installment quote", "手续费"],
    ),
    // card_installment__purchase_installment
    (
        &[
            "刚买的+分期",
            "手机+分期还",
            "那笔消费+分期",
            "单笔+分期",
            "大额消费+分期",
            "split+purchase",
            "purchase+installments",
        ],
        &[
            "消费分期",
            "单笔消费分期",
            "Split a purchase into installments",
        ],
    ),
    // card_installment__cash_installment
    (
        &[
            "现金分期",
            "信用卡+借点钱",
            "额度+变现金",
            "额度+取出来",
            "额度+转到储蓄卡",
            "现金贷",
            "cash+from+credit card",
        ],
        &["现金分期", "现金贷", "Cash installment loan"],
    ),
    // card_installment__bill_installment
    (
        &[
            "账单分期",
            "帐单分期",
            "这期账单+分期",
            "本期+分期",
            "账单+分期还",
        ],
        &["账单分期", "Split the statement into installments"],
    ),
    // card_installment__early_settle
    (
        &[
            "分期+不想分了",
            "分期+结清",
            "剩下几期+还掉",
            "分期+一把还",
            "settle+installment",
            "installment+early",
        ],
        &["分期提前还款", "Pay off an installment plan early"],
    ),
    // card_points__points_balance, points_mall__points_balance
    (
        &[
            "有多少积分",
            "积分+多少",
            "积分+还剩",
            "攒了多少积分",
            "积分+快过期",
            "积分+查一下",
            "积分+余额",
            "积份",
            "how many points",
            "points+balance",
        ],
        &["积分余额", "查询可用积分", "即将过期"],
    ),
    // card_points__redeem_miles, points_mall__redeem_airmiles
    (
        &[
            "换里程",
            "兑换里程",
            "里程+积分",
            "积分+里程",
            "飞行里程",
            "常旅客",
            "国航+积分",
            "东航+积分",
            "南航+积分",
            "凤凰知音",
            "air miles",
            "frequent flyer",
        ],
        &["积分兑换航空里程", "航空里程", "miles"],
    ),
    // card_points__points_offset_fee
    (
        &[
            "积分+抵年费",
            "积分+抵扣",
            "积分抵现",
            "积分+当钱",
            "积分+顶年费",
            "积分+交年费",
            "points+offset",
        ],
        &["积分抵扣年费", "积分抵现", "annual fee"],
    ),
    // card_points__redemption_orders, points_mall__redemption_history
    (
        &[
            "兑换的+到了没",
            "积分换的+发货",
            "兑的东西+没到",
            "兑换+记录",
            "兑换订单",
            "兑换的+券码",
            "redemption+history",
            "redemption+order",
        ],
        &["兑换订单", "兑换记录", "delivery status"],
    ),
    // points_mall__redeem_phone_credit
    (
        &[
            "积分+充话费",
            "积分+换话费",
            "积分+充值+手机",
            "points+phone credit",
            "points+top up+phone",
        ],
        &["积分兑话费", "话费", "Points for phone credit"],
    ),
    // card_points__redeem_gift, points_mall__redeem_reward
    (
        &[
            "积分+换个",
            "积分+兑换+礼品",
            "points+for+gift",
            "exchange+points",
        ],
        &["积分兑换礼品", "积分兑换", "Redeem points"],
    ),
    // cardless_atm__create_withdrawal
    (
        &[
            "取款码",
            "生成+取款码",
            "手机+预约取款",
            "手机+预约+取钱",
            "不插卡+取钱",
            "不用卡+取钱",
            "没带银行卡",
            "忘拿卡",
            "cardless withdrawal",
            "withdrawal code",
        ],
        &["预约无卡取款", "无卡取款", "one-time code"],
    ),
    // cardless_atm__scan_atm
    (
        &[
            "atm+扫码",
            "atm+二维码",
            "取款机+扫码",
            "扫码取款",
            "扫码取现",
            "atm+qr code",
        ],
        &["扫码取款", "Withdraw by scanning the ATM"],
    ),
    // cardless_atm__list_withdrawals
    (
        &[
            "无卡取款+记录",
            "取款码+过期",
            "取款码+还能用",
            "取款码+用了没",
            "预约的+取款",
            "cardless+records",
            "withdrawal code+expired",
        ],
        &["无卡取款记录", "Cardless withdrawal records"],
    ),
    // class2_account__open_class2
    (
        &[
            "开个电子账户",
            "开通+电子账户",
            "开个二类",
            "不用去网点+开户",
            "手机上+开户",
            "在线开户",
            "二类卡+申请",
            "open+e-account",
            "open+class ii",
            "open+account+online",
        ],
        &["开立II类账户", "II类户", "Open a Class II account"],
    ),
    // class2_account__class2_limits
    (
        &[
            "电子账户+一天",
            "二类户+一年",
            "二类户+额度",
            "电子账户+超额",
            "二类户+上限",
            "电子账户+上限",
            "一万块+限制",
            "e-account+limit",
            "class ii+limit",
        ],
        &["II类户限额查询", "Class II account limits"],
    ),
    // credit_card__repay
    (
        &[
            "信用卡+还了",
            "还一下+信用卡",
            "还清+信用卡",
            "全额还款",
            "信用卡+还清",
            "信用卡+全还",
            "还上+信用卡",
            "信用卡+该还钱",
            "还钱+信用卡",
            "pay off+credit card",
            "repay+credit card",
            "pay+credit card+bill",
            "clear+card balance",
        ],
        &["信用卡还款", "还款", "Repay the credit card"],
    ),
    // credit_card__setup_autopay
    (
        &[
            "信用卡+自动还款",
            "信用卡+自动扣",
            "还款日+自动扣",
            "工资卡+自动还",
            "set up+autopay",
            "automatic repayment",
        ],
        &["设置自动还款", "自动还款", "Set up automatic repayment"],
    ),
    // credit_card__change_due_date
    (
        &[
            "帐单日",
            "账单日+调整",
            "换个账单日",
            "账单日+太早",
            "还款日+跟工资",
            "change+statement date",
            "change+due date",
            "statement day",
        ],
        &["修改账单日", "账单日", "Change the statement date"],
    ),
    // credit_card__unbilled
    (
        &[
            "下期账单",
            "下个月账单",
            "还没出账单",
            "账单+还没出",
            "这个月刷了",
            "刷了多少+还没出",
            "unbilled",
            "next+statement",
            "not yet+billed",
        ],
        &["未出账单交易", "未出账单", "Unbilled transactions"],
    ),
    // credit_card__bill_history
    (
        &[
            "几月份+账单",
            "去年+信用卡+账单",
            "信用卡+历史",
            "每个月+账单+看看",
            "older+statements",
            "previous+statement",
        ],
        &["历史账单", "Past statements"],
    ),
    // credit_card__credit_limit
    (
        &[
            "临时额度+到期",
            "临额+到期",
            "临时额度+还有",
            "信用额度",
            "信用卡+剩余额度",
            "credit+available",
            "how much+credit+left",
        ],
        &["额度查询", "信用额度", "available credit"],
    ),
    // credit_card__raise_limit
    (
        &["临时+提额", "题额", "need+higher+limit"],
        &["申请提额", "提额", "临时额度"],
    ),
    // credit_report__view_report
    (
        &[
            "信用报告+出来了",
            "征信报告+好了",
            "报告+好了没",
            "看一下+征信报告",
            "打开+信用报告",
            "查看+信用报告",
            "view+credit report",
            "credit report+ready",
        ],
        &["查看信用报告", "逾期记录", "View a credit report"],
    ),
    // credit_report__report_requests
    (
        &[
            "免费+查询+次数",
            "征信+免费+几次",
            "征信+查询记录",
            "查征信+次数",
            "谁查了+征信",
            "credit report+requests",
            "free+credit report+left",
        ],
        &["征信查询记录", "Credit report requests", "free queries"],
    ),
    // credit_report__request_report
    (
        &[
            "打印+征信",
            "拉个征信",
            "打个征信",
            "查个+征信",
            "征信+查一下",
            "个人征信",
            "买房+征信",
            "贷款+要征信",
            "get+credit report",
            "pull+credit report",
        ],
        &["查询个人信用报告", "个人信用报告", "Get my credit report"],
    ),
    // credit_report__overdue_certificate
    (
        &[
            "银行原因+逾期",
            "系统原因+逾期",
            "银行+的错+逾期",
            "不是我的原因+逾期",
            "疫情+逾期",
            "逾期证明",
            "逾期+开证明",
            "not my fault+overdue",
            "bank error+late",
        ],
        &["非恶意逾期证明", "Non-malicious overdue letter"],
    ),
    // credit_report__raise_objection
    (
        &[
            "征信+纠错",
            "征信+逾期+不是我",
            "征信+异议",
            "征信上+多了",
            "不是我+贷款",
            "冤枉",
            "incorrect+credit report",
        ],
        &["征信异议申请", "征信异议", "Dispute a credit report entry"],
    ),
    // customer_service__faq_search
    (
        &["使用帮助", "怎么用+app", "哪里+能看到+说明", "help+article"],
        &["常见问题搜索", "常见问题", "Search help articles"],
    ),
    // customer_service__start_chat
    (
        &[
            "找人工",
            "在线客服",
            "真人+客服",
            "活人+客服",
            "机器人+听不懂",
            "智能客服+没用",
            "联系客服",
            "问问客服",
            "找客服",
            "chat+agent",
            "speak+someone",
        ],
        &["在线客服", "转人工", "Chat with customer service"],
    ),
    // customer_service__request_callback
    (
        &[
            "打电话给我",
            "给我回电话",
            "回个电话",
            "回电话",
            "给我+打电话",
            "客服电话+打不通",
            "电话+打不进",
            "客服+占线",
            "电话+排队太久",
            "95+打不通",
            "没空+打电话",
            "call+me back",
            "phone+me",
            "callback",
        ],
        &["预约客服回电", "预约回电", "Request a callback"],
    ),
    // customer_service__file_complaint
    (
        &[
            "举报+员工",
            "工作人员+态度",
            "催收+骚扰",
            "暴力催收",
            "催收电话",
            "我要投诉",
            "要投诉",
            "向银行+投诉",
            "强制+搭售",
            "搭售",
            "file+complaint",
            "harass+collection",
        ],
        &["投诉", "File a complaint", "staff"],
    ),
    // customer_service__suggestion
    (
        &[
            "提个建议",
            "意见反馈",
            "提意见",
            "app+不好用",
            "app+太难用",
            "app+改进",
            "希望+增加+功能",
            "suggest+improve",
        ],
        &["意见建议", "意见反馈", "Send feedback"],
    ),
    // customer_service__rate_service
    (
        &[
            "客服+好评",
            "客服+差评",
            "客服+打分",
            "网点+服务+评价",
            "柜员+评价",
            "stars+service",
            "rate+agent",
        ],
        &["服务评价", "Rate a service"],
    ),
    // debit_card__card_status
    (
        &["card+expiry date", "card+still+active"],
        &["卡片状态查询", "Debit card status"],
    ),
    // debit_card__freeze_card
    (&["freeze+card"], &["临时冻结借记卡", "临时冻结", "锁卡"]),
    // debit_card__unfreeze_card
    (
        &["取消冻结", "解除冻结", "恢复+卡", "unfreeze+card"],
        &["解除冻结", "Unfreeze a debit card"],
    ),
    // debit_card__report_lost
    (
        &[
            "银行卡+掉了",
            "银行卡+弄丢",
            "银行卡+找不回",
            "银行卡+被捡",
            "lost+debit card",
            "card+swallowed",
        ],
        &["借记卡挂失", "挂失", "吞卡"],
    ),
    // debit_card__replace_card
    (
        &[
            "补张卡",
            "补一张卡",
            "换张新卡",
            "换一张卡",
            "换新卡",
            "补办+银行卡",
            "replace+card",
            "new+card+damaged",
        ],
        &["补换卡申请", "补卡", "换卡"],
    ),
    // debit_card__overseas_use
    (
        &[
            "境外+开通",
            "境外交易",
            "境外取现",
            "境外+关闭",
            "关闭+境外",
            "开通+境外",
            "海外+刷卡",
            "enable+overseas",
            "block+overseas",
        ],
        &[
            "境外用卡开关",
            "境外交易",
            "Turn overseas card use on or off",
        ],
    ),
    // debit_card__set_limits
    (
        &[
            "交易限额+借记卡",
            "消费限额",
            "刷卡+上限",
            "pos+限额",
            "买车+刷卡+限额",
            "raise+daily limit",
            "lower+limit+card",
        ],
        &["设置交易限额", "交易限额", "daily limits"],
    ),
    // ecny_wallet__open_wallet
    (
        &[
            "开通+数字人民币",
            "开个+数字钱包",
            "数字人民币+怎么开",
            "数币+开通",
            "开通+数币",
            "数字人民币+开户",
            "数字人民币+注册",
            "申请+数字人民币",
            "open+e-cny",
            "e-cny+wallet+set up",
        ],
        &[
            "开通数字人民币钱包",
            "数字人民币钱包",
            "Open an e-CNY wallet",
        ],
    ),
    // ecny_wallet__wallet_balance
    (
        &[
            "数字人民币+余额",
            "数币+余额",
            "数字人民币+还有多少",
            "数币+还剩",
            "数字钱包+余额",
            "e-cny+balance",
            "digital yuan+balance",
        ],
        &["钱包余额", "e-CNY wallet balance"],
    ),
    // ecny_wallet__wallet_transactions
    (
        &[
            "数币+记录",
            "数字人民币+明细",
            "抽到+数字人民币",
            "e-cny+transactions",
        ],
        &["钱包交易记录", "红包", "e-CNY transactions"],
    ),
    // ecny_wallet__top_up
    (
        &["数币+兑入", "兑入", "e-cny+top up", "top up+digital yuan"],
        &["钱包充值", "兑入", "Top up the e-CNY wallet"],
    ),
    // ecny_wallet__withdraw
    (
        &[
            "兑出",
            "数字人民币+换回",
            "e-cny+withdraw",
            "e-cny+back+bank",
        ],
        &["钱包提现", "兑出", "Withdraw from the e-CNY wallet"],
    ),
    // family_account__list_members
    (
        &[
            "亲情账户+有谁",
            "绑了+哪些家人",
            "亲情卡+列表",
            "亲情卡+给了谁",
            "亲属卡+有几张",
            "家人+都能用",
            "family+members+linked",
            "who+family account",
        ],
        &["我的亲情账户", "My family members"],
    ),
    // family_account__add_member
    (
        &[
            "开亲情卡",
            "开通+亲情卡",
            "开通+亲属卡",
            "孩子+住校+花钱",
            "add+family member",
            "parents+use+my card",
        ],
        &["添加亲情账户", "亲属卡", "Add a family member"],
    ),
    // family_account__send_allowance
    (
        &[
            "生活费+打给",
            "给爸妈+打钱",
            "孝敬+爸妈",
            "每月+给爸妈",
            "给孩子+生活费",
            "send+allowance",
            "living money",
        ],
        &["给家人转零花钱", "零花钱", "living money"],
    ),
    // family_account__member_spending
    (
        &[
            "亲情卡+花了",
            "亲情卡+消费",
            "亲属卡+花了",
            "亲属卡+明细",
            "孩子+刷了多少",
            "老人+买了什么",
            "爸妈+刷了",
            "what+family+spent",
            "family member+spending",
        ],
        &["亲情账户消费明细", "Family member spending"],
    ),
    // fee_center__fee_schedule
    (
        &[
            "银行+收费标准",
            "服务价目",
            "收不收手续费",
            "跨行+手续费+多少",
            "补卡+多少钱",
            "补卡+收费",
            "跨境+手续费",
            "银行+收什么费",
            "bank+fees+list",
            "what+bank+charge",
        ],
        &["服务收费标准", "服务价目表", "Fee schedule"],
    ),
    // fee_center__charged_fees
    (
        &["扣费+记录", "what fees+charged", "fees+charged+me"],
        &["已扣费用查询", "Fees charged to me", "小额账户管理费"],
    ),
    // fee_center__waive_small_balance_fee
    (
        &[
            "小额+管理费",
            "余额少+扣费",
            "睡眠卡+扣钱",
            "不用的卡+扣钱",
            "account+maintenance fee",
        ],
        &["免收小额账户管理费", "小额账户管理费", "low-balance"],
    ),
    // pay_codes__scan_to_pay
    (
        &["扫商家", "扫码支付", "scan+pay", "scan+qr+pay"],
        &["扫码付款", "扫一扫付款", "Scan a code to pay"],
    ),
    // pay_codes__show_pay_code
    (
        &[
            "出示付款码",
            "让商家扫",
            "show+payment code",
            "open+payment code",
        ],
        &["出示付款码", "付款码", "Show my payment code"],
    ),
    // pay_codes__collection_records
    (
        &[
            "收款码+收了多少",
            "朋友+付了没",
            "money+received+code",
            "who+paid me",
        ],
        &["收款记录", "Money received by code"],
    ),
    // pay_codes__set_password_free
    (
        &[
            "小额免密",
            "每次+输密码",
            "关闭+免密",
            "免密+限额",
            "免蜜",
            "without+entering+pin",
            "no+pin+small",
        ],
        &["小额免密设置", "小额免密", "password-free"],
    ),
    // pay_codes__default_pay_card
    (
        &[
            "默认+付款卡",
            "默认卡",
            "先扣哪张",
            "付款码+换卡",
            "付款+换成+这张卡",
            "扣款顺序",
            "default+card",
            "pay+with+other card",
        ],
        &["设置默认付款卡", "Set the default payment card"],
    ),
    // payroll__latest_payslip
    (
        &[
            "工资条",
            "这个月工资+多少",
            "实发",
            "到手+工资",
            "税前+税后",
            "扣了+社保+工资",
            "工资+扣了多少",
            "工资+怎么少了",
            "电子工资条",
            "工资明细",
            "payslip",
            "net pay",
            "gross pay",
        ],
        &["本月工资条", "电子工资条", "Latest payslip"],
    ),
    // payroll__payslip_history
    (
        &[
            "以前的工资条",
            "上个月+工资条",
            "去年+工资条",
            "往月+工资",
            "之前+工资条",
            "历史+工资",
            "几月+工资条",
            "past+payslips",
            "old+payslips",
        ],
        &["历史工资条", "Past payslips"],
    ),
    // payroll__salary_credits
    (
        &[
            "工资+怎么还没到",
            "工资+没到",
            "奖金+到了",
            "奖金+发了没",
            "报销+到了没",
            "报销款",
            "工资+几号到",
            "老板+发工资",
            "bonus+paid",
            "reimbursement+paid",
        ],
        &["工资到账记录", "代发工资", "报销"],
    ),
    // payroll__income_proof
    (
        &[
            "租房+收入证明",
            "房东+收入证明",
            "收入正明",
            "工资+证明+贷款",
            "工资流水+证明",
            "收入+证明+签证",
            "proof+salary",
            "income+proof+rent",
        ],
        &["收入证明开立", "收入证明", "Income proof from payroll"],
    ),
    // personal_info__update_occupation
    (
        &[
            "换工作+银行",
            "职业信息",
            "换了单位",
            "反洗钱",
            "补充+职业",
            "退休了+职业",
            "changed+job",
            "new+employer",
        ],
        &["更新职业信息", "职业信息", "Update occupation"],
    ),
    // personal_info__tax_residency
    (
        &[
            "crs",
            "税务居民",
            "税收+身份",
            "居民身份声明",
            "国外+纳税",
            "海外+纳税",
            "tax+declaration+resident",
        ],
        &["税收居民身份声明", "Tax residency declaration"],
    ),
    // personal_info__update_id
    (
        &[
            "身份证+更新",
            "更新+身份证",
            "证件+更新",
            "换了+身份证",
            "身份证+换了",
            "身份证+快到期",
            "上传+身份证",
            "身份证+拍照",
            "身分证",
            "id card+update",
        ],
        &["更新身份证件", "证件更新", "Update ID document"],
    ),
    // personal_info__change_mobile
    (
        &[
            "预留手机号",
            "银行+留的号码",
            "手机号+注销了",
            "旧号+不用了",
            "收不到验证码",
            "号码+停用",
            "change+registered+mobile",
            "sms code+old number",
        ],
        &[
            "修改预留手机号",
            "预留手机号",
            "Change the registered mobile number",
        ],
    ),
    // quick_pay__unbind_app
    (
        &[
            "解绑+支付宝",
            "解绑+微信",
            "支付宝+解绑",
            "微信+解绑",
            "美团+解绑",
            "京东+解绑",
            "拼多多+解绑",
            "解除+绑卡",
            "取消+绑卡",
            "不让+扣我卡",
            "unlink+alipay",
            "unlink+wechat",
            "unbind+app",
        ],
        &["解除快捷支付", "Unbind a payment app"],
    ),
    // quick_pay__cancel_direct_debit
    (
        &[
            "自动续费+扣钱",
            "免密代扣+解约",
            "代扣+解约",
            "auto renewal+cancel",
        ],
        &["解约代扣", "解约", "auto-renewing membership"],
    ),
    // quick_pay__list_direct_debits
    (
        &[
            "代扣+签了",
            "免密支付+协议",
            "哪些+自动扣",
            "扣款协议",
            "what+direct debits",
            "subscriptions+card",
        ],
        &["代扣签约查询", "代扣签约", "免密支付协议"],
    ),
    // quick_pay__pause_online_payments
    (
        &[
            "无卡支付",
            "关闭+网购",
            "禁止+网购",
            "只能刷卡",
            "只刷卡+不网上",
            "防止+网上盗刷",
            "turn off+online payments",
            "online payment+off",
        ],
        &[
            "关闭网上支付",
            "关闭无卡支付",
            "Turn off online payments for a card",
        ],
    ),
    // security_center__list_devices
    (
        &[
            "哪些手机+登录",
            "登录设备",
            "在哪些设备",
            "登了+几台",
            "devices+logged in",
            "which+devices",
        ],
        &["登录设备管理", "登录设备", "Logged-in devices"],
    ),
    // security_center__login_records
    (
        &[
            "登录记录",
            "登陆记录",
            "有人+登录",
            "有人+登了",
            "不是我+登录",
            "登录+ip",
            "who+logged in",
            "suspicious+login",
            "login history",
        ],
        &["登录记录", "Login history"],
    ),
    // security_center__biometric_login
    (
        &["指纹+支付", "刷脸+支付", "人脸登录", "不想+输密码+登录"],
        &["指纹", "面容登录", "Fingerprint or face login"],
    ),
    // security_center__set_transfer_limit
    (
        &[
            "转帐限额",
            "转账+额度",
            "一天+能转多少",
            "转账+超限",
            "限额+调高+转账",
            "转不了+那么多",
            "daily+transfer+limit",
        ],
        &["设置转账限额", "转账限额", "Set online transfer limits"],
    ),
    // security_center__change_login_password
    (
        &[
            "登陆密码",
            "网银+密码",
            "手机银行+密码",
            "login password",
            "app+password",
        ],
        &["修改登录密码", "登录密码", "Change the login password"],
    ),
    // security_center__reset_payment_password
    (
        &[
            "支付密码+重置",
            "交易密码+重置",
            "取款密码",
            "六位+密码",
            "6位密码",
            "密码+锁了",
            "密码+被锁",
            "银行卡密码",
            "reset+payment password",
            "card pin+forgot",
        ],
        &["重置交易密码", "交易密码", "取款密码"],
    ),
    // shop_collect__apply_merchant_code
    (
        &[
            "摆摊+收款码",
            "商户码",
            "商家码",
            "小店+收钱",
            "申请+收款码",
            "收款码+申请",
            "卖早餐",
            "摆地摊",
            "个体户+收款",
            "stall+payment",
        ],
        &[
            "申请商户收款码",
            "小微商户",
            "Apply for a shop collection code",
        ],
    ),
    // shop_collect__settlement_records
    (
        &[
            "收款+什么时候到卡",
            "收的钱+提现",
            "收款+提现",
            "settlement+shop",
            "takings+bank account",
        ],
        &["结算到账查询", "结算", "Settlement to bank account"],
    ),
    // shop_collect__refund_customer
    (
        &[
            "给顾客+退款",
            "退钱给客人",
            "顾客+要退",
            "顾客+退货",
            "客人+多付",
            "顾客+付错",
        ],
        &["收款退款", "Refund a customer"],
    ),
    // shop_collect__merchant_fees
    (
        &[
            "商家+手续费",
            "收款+扣点",
            "扣点",
            "merchant+fee",
            "fee rate",
        ],
        &["商户费率", "费率", "Merchant fee rate"],
    ),
    // shop_collect__voice_broadcast
    (
        &[
            "云喇叭",
            "云音箱",
            "音箱+收款",
            "收款+喇叭",
            "收款+声音",
            "到账+语音",
            "speaker+payment",
            "voice+announce",
        ],
        &["收款语音播报", "收款播报", "Payment voice announcements"],
    ),
    // statements__monthly_estatement
    (
        &[
            "订阅+对账单",
            "对账单+邮箱",
            "对账单+发邮件",
            "对账单+每个月",
            "电子对账单",
            "monthly+statement+email",
            "subscribe+statement",
        ],
        &[
            "电子对账单订阅",
            "对账单",
            "Subscribe to monthly e-statements",
        ],
    ),
    // statements__export_statement
    (
        &[
            "导出+流水",
            "流水+导出",
            "流水+pdf",
            "流水+发邮箱",
            "一年+流水",
            "房贷+流水",
            "买房+流水",
            "交易流水+打印",
            "流水单",
            "流水帐",
            "export+transactions",
            "bank statement+pdf",
        ],
        &["导出交易流水", "交易流水", "带电子章"],
    ),
    // statements__transfer_receipt
    (
        &[
            "电子回单",
            "回单",
            "转账+截图+不行",
            "盖章+回单",
            "transfer+receipt",
        ],
        &["电子回单", "Transfer receipt", "prove a payment"],
    ),
    // transfer__transfer_by_mobile
    (
        &[
            "只知道+手机号",
            "不知道+卡号",
            "没有+卡号",
            "不知道+账号",
            "按手机号",
            "手机号转帐",
            "transfer+phone number",
            "send+phone number",
            "mobile number+transfer",
        ],
        &["手机号转账", "Transfer by mobile number"],
    ),
    // transfer__transfer_to_person
    (
        &[
            "他行+转账",
            "转给+朋友",
            "转给+同事",
            "借给+朋友",
            "专账",
            "send+money+friend",
            "transfer+another bank",
        ],
        &["转账给他人", "跨行", "Transfer to another person"],
    ),
    // transfer__list_payees
    (
        &[
            "收款人+列表",
            "常用收款人",
            "收款人名册",
            "存过的+收款人",
            "收款人+有哪些",
            "之前+转过的人",
            "saved+payees",
            "payee+list",
        ],
        &["常用收款人", "Saved payees"],
    ),
    // transfer__add_payee
    (
        &["保存+收款人", "收款人+加进来"],
        &["添加收款人", "Add a payee"],
    ),
    // transfer__list_transfer_records
    (
        &[
            "转账记录",
            "转帐记录",
            "转账+成功了吗",
            "转账+到了没",
            "转账+处理中",
            "转账+被退回",
            "转账+失败",
            "transfer+history",
            "transfer+went through",
            "transfer+arrived",
        ],
        &["转账记录", "Transfer history", "处理中"],
    ),
    // transfer__schedule_transfer
    (
        &[
            "定时转账",
            "预约转账",
            "定期转账",
            "每月+自动转",
            "每个月+自动转",
            "到时候+自动转",
            "schedule+transfer",
            "future+transfer",
        ],
        &["预约转账", "定期转账", "Schedule a transfer"],
    ),
    // txn_dispute__duplicate_charge
    (
        &["刷了两次", "扣了双份", "一笔+扣两", "重复+扣款", "重复支付"],
        &["重复扣款申诉", "重复扣款", "Report a duplicate charge"],
    ),
    // txn_dispute__dispute_status
    (
        &[
            "申诉+进度",
            "争议+结果",
            "拒付+结果",
            "临时入账",
            "申诉+怎么样了",
            "争议+处理得",
        ],
        &["争议处理进度", "Dispute status", "临时入账"],
    ),
    // txn_dispute__upload_evidence
    (
        &[
            "补充材料",
            "上传+聊天记录",
            "证据+上传",
            "上传+证据",
            "补充+证据",
            "快递单+证明",
            "争议+材料",
            "upload+evidence",
            "add+evidence",
        ],
        &["补充争议材料", "Add dispute evidence"],
    ),
    // txn_dispute__withdraw_dispute
    (
        &[
            "商家+已经退了",
            "商家+退款了+申诉",
            "撤销+申诉",
            "撤销+争议",
            "不申诉了",
            "拒付+撤销",
            "撤销+拒付",
            "cancel+dispute",
        ],
        &["撤销争议", "Withdraw a dispute"],
    ),
    // txn_dispute__open_chargeback
    (
        &[
            "拒付",
            "没发货+扣了钱",
            "服务+没提供",
            "预付+跑路",
            "chargeback",
        ],
        &["申请拒付", "拒付", "Request a chargeback"],
    ),
    // txn_dispute__transaction_detail
    (
        &[
            "扣款+商户",
            "不认识+商户",
            "商户名+看不懂",
            "看不懂+扣款",
            "扣款+在哪",
            "交易地点",
            "unknown+merchant name",
            "recognise+charge",
        ],
        &[
            "交易详情查询",
            "merchant name",
            "Transaction detail for a charge",
        ],
    ),
    // safe_box__box_availability
    (
        &[
            "保管箱+有没有空",
            "保管箱+还有没有",
            "保管箱+多少钱一年",
            "保管箱+租金",
            "保管箱+价格",
            "保管箱+多大",
            "哪个网点+保管箱",
            "safe deposit+available",
            "safe deposit+price",
            "safe deposit+rent",
        ],
        &["保管箱空箱查询", "Box availability and rent", "保管箱"],
    ),
    // safe_box__rent_box
    (
        &[
            "租个保管箱",
            "租一个保管箱",
            "申请+保管箱",
            "金条+放哪",
            "首饰+放哪",
            "房产证+放哪",
            "放家里+不放心",
            "rent+safe deposit box",
            "store+valuables",
        ],
        &["申请租用保管箱", "Rent a safe deposit box"],
    ),
    // safe_box__renew_box
    (
        &[
            "续租+保管箱",
            "保管箱+再租",
            "保管箱+交租",
            "renew+safe deposit",
            "safe deposit+expir",
        ],
        &["保管箱续租", "Renew the box rental"],
    ),
    // safe_box__my_box
    (
        &[
            "我的保管箱",
            "保管箱+在哪个网点",
            "保管箱+几号",
            "保管箱+什么时候到期",
            "保管箱+开过",
            "my+safe deposit box",
        ],
        &["我的保管箱", "My safe deposit box"],
    ),
    // safe_box__book_opening
    (
        &[
            "预约+开箱",
            "去取+保管箱",
            "保管箱+存东西",
            "保管箱+预约",
            "open+safe deposit box",
            "visit+vault",
        ],
        &["预约开箱", "开箱预约", "Book a visit to open the box"],
    ),
    // campaigns__checkin_calendar
    (
        &[
            "漏签",
            "签到+记录",
            "签到+日历",
            "签到+奖励+还差",
            "check-in+record",
        ],
        &["签到日历", "签到", "Check-in record"],
    ),
    // campaigns__lucky_draw
    (
        &[
            "大转盘",
            "抽个奖",
            "抽一下奖",
            "抽奖机会",
            "转盘",
            "去抽奖",
            "spin+wheel",
        ],
        &["抽奖", "大转盘", "Lucky draw"],
    ),
    // campaigns__list_campaigns
    (
        &[
            "有什么活动",
            "有啥活动",
            "撸羊毛",
            "银行+活动",
            "新户+奖励",
            "新卡+奖励",
            "活动+有哪些",
            "promotions+bank",
            "ongoing+campaigns",
        ],
        &["正在进行的活动", "Ongoing campaigns", "消费达标"],
    ),
    // campaigns__join_campaign
    (
        &[
            "参加+活动",
            "参与+活动",
            "活动+怎么参加",
            "刷3笔",
            "刷三笔",
            "sign up+campaign",
            "join+campaign",
            "enrol+promotion",
        ],
        &["活动报名", "报名", "Sign up for a campaign"],
    ),
    // campaigns__campaign_progress
    (
        &[
            "活动进度",
            "达标了没",
            "算不算+达标",
            "刷了几笔",
            "还要刷几笔",
            "how many+more+transactions",
        ],
        &["活动进度", "Campaign progress", "qualifying transactions"],
    ),
    // campaigns__my_prizes
    (
        &["奖品+到了没", "我的奖品", "my+prizes", "claim+prize"],
        &["我的奖品", "My prizes"],
    ),
    // coupon_center__available_coupons
    (
        &[
            "有什么券",
            "有啥券",
            "能领的券",
            "立减金",
            "满减券",
            "折扣券",
            "优惠券+有哪些",
            "有没有+优惠券",
            "coupons+available",
            "coupons+claim",
        ],
        &["可领优惠券", "立减金", "满减券"],
    ),
    // coupon_center__claim_coupon
    (
        &[
            "领一张券",
            "领券",
            "抢券",
            "领个券",
            "把券领了",
            "领取+优惠券",
            "领优惠卷",
            "优惠卷",
            "claim+coupon",
            "grab+coupon",
        ],
        &["领取优惠券", "领券", "Claim a coupon"],
    ),
    // coupon_center__my_coupons
    (
        &[
            "我的券",
            "我有哪些券",
            "领的券+在哪",
            "my coupons",
            "coupons+i have",
        ],
        &["我的优惠券", "使用规则", "My coupons"],
    ),
    // points_mall__browse_rewards, card_points__browse_rewards
    (
        &[
            "积分商城",
            "积分好礼",
            "积分+商城",
            "积分+兑什么",
            "积分+有什么",
            "rewards catalogue",
            "points+catalogue",
        ],
        &["积分好礼", "积分商城商品", "Browse rewards"],
    ),
    // gift_card__card_balance
    (
        &[
            "礼品卡+余额",
            "购物卡+还剩",
            "礼品卡+还剩",
            "购物卡+还有多少",
            "礼品卡+还有多少",
            "礼品卡+过期",
            "购物卡+过期",
            "e卡+余额",
            "gift card+balance",
            "gift card+expir",
        ],
        &["礼品卡余额", "Gift card balance"],
    ),
    // gift_card__buy_card
    (
        &["买张卡+送人", "buy+gift card", "gift card+present"],
        &["购买礼品卡", "电子礼品卡", "Buy a gift card"],
    ),
    // gift_card__bind_card
    (
        &[
            "绑定+礼品卡",
            "绑定+购物卡",
            "礼品卡+绑定",
            "实体卡+添加",
            "购物卡+添加",
            "卡密+输入",
            "刮开+密码",
            "add+physical gift card",
            "scratch",
        ],
        &["绑定礼品卡", "卡密", "Add a physical gift card"],
    ),
    // charity__donate
    (
        &[
            "捐点钱",
            "捐一笔",
            "献爱心",
            "奉献+爱心",
            "做点+善事",
            "捐个",
            "帮帮+山区孩子",
            "make+donation",
            "donate+money",
            "give+to charity",
        ],
        &["捐款", "Donate", "one-off donation"],
    ),
    // charity__set_monthly_donation
    (
        &["开通+月捐", "monthly+giving"],
        &["开通月捐", "月捐", "Set up a monthly donation"],
    ),
    // charity__project_progress
    (
        &[
            "捐的钱+怎么用",
            "项目+进展",
            "善款+用途",
            "捐款+用途",
            "捐款+公示",
            "捐款+透明",
            "how+donation+used",
            "project+progress+charity",
        ],
        &["项目进展公示", "善款使用公示", "Project progress report"],
    ),
    // remit_abroad__saved_beneficiaries
    (
        &[
            "境外收款人",
            "国外收款人",
            "海外收款人",
            "上次+汇款+收款人",
            "汇款+收款人+保存",
            "国外+收款人+管理",
            "overseas+beneficiar",
            "saved+beneficiar",
        ],
        &["境外收款人管理", "Overseas beneficiaries"],
    ),
    // remit_abroad__send_remittance
    (
        &[
            "汇美元",
            "汇美金",
            "汇欧元",
            "汇英镑",
            "汇澳元",
            "汇加元",
            "汇日元",
            "汇港币",
            "汇到+香港",
            "境外+汇钱",
            "swift+transfer",
            "send+dollars+abroad",
        ],
        &["境外汇款", "电汇", "Send money abroad"],
    ),
    // remit_abroad__claim_inbound
    (
        &[
            "汇入+申报",
            "解付",
            "入账申报",
            "国外汇款+入账",
            "汇款+到了+没入账",
            "国外汇款+确认",
            "收汇+申报",
            "收汇",
            "外汇+入账",
            "claim+remittance",
            "inbound+remittance+credit",
        ],
        &[
            "汇入款项入账申报",
            "汇入款解付",
            "Claim an inbound remittance",
        ],
    ),
    // remit_abroad__fee_estimate
    (
        &[
            "汇款+手续费+多少",
            "汇出去+要多少钱",
            "汇款+多少钱",
            "汇款+成本",
            "汇款+试算",
            "fee+send+abroad",
            "cost+remittance",
        ],
        &["汇款费用试算", "手续费", "Estimate remittance fees"],
    ),
    // remit_abroad__track_remittance
    (
        &[
            "汇款+到哪了",
            "汇款+没收到",
            "汇款+进度",
            "汇出去+还没到",
            "学校+没收到+学费",
            "国外+还没收到",
            "中转行",
            "track+remittance",
            "wire+not arrived",
        ],
        &["汇款进度查询", "Track an outbound remittance", "中转行处理"],
    ),
    // fx_cash__book
    (
        &[
            "取美金",
            "取美元",
            "取日元",
            "取欧元",
            "取港币",
            "取泰铢",
            "取韩元",
            "预约+外币",
            "外币+预约",
            "外币现金",
            "现钞预约",
            "去日本+日元",
            "去泰国+泰铢",
            "去韩国+韩元",
            "去香港+港币",
            "去欧洲+欧元",
            "去美国+美元",
            "book+foreign cash",
            "pick up+foreign cash",
        ],
        &["预约取外币现钞", "现钞预约", "外币现钞"],
    ),
    // fx_cash__bookings
    (
        &[
            "外币预约+记录",
            "我的+外币预约",
            "现钞预约+记录",
            "外币+约了",
            "预约的+外币",
            "外币+哪天取",
            "my+cash bookings",
            "foreign cash+booking+status",
        ],
        &["我的现钞预约", "My cash bookings"],
    ),
    // fx_cash__reschedule
    (
        &[
            "外币+改约",
            "现钞+改约",
            "外币+换个日子",
            "现钞+换个网点",
            "外币+改天取",
            "外币+改时间",
            "change+foreign cash+booking",
            "reschedule+cash pickup",
        ],
        &["修改现钞预约", "改约", "Change a cash booking"],
    ),
    // fx_cash__cancel
    (
        &[
            "外币预约+取消",
            "取消+外币预约",
            "外币+不取了",
            "现钞+不要了",
            "取消+现钞预约",
            "外币+不去了",
            "行程+取消+外币",
            "不出国了+外币",
            "cancel+foreign cash",
            "cancel+cash booking",
        ],
        &["取消现钞预约", "Cancel a cash booking"],
    ),
    // fx_cash__currencies
    (
        &[
            "外币+面额",
            "现钞+面额",
            "小面额+外币",
            "小面额+美元",
            "小额+现钞",
            "韩元+有没有",
            "泰铢+有没有",
            "小币种",
            "which+currencies+cash",
            "denominations",
        ],
        &["可兑换币种", "面额", "Currencies available in cash"],
    ),
];

/// What people say for these actions, for the index's said part only (never matched
/// as a trigger): (everyday phrases, catalogue words of the actions they are said for).
pub const SAID: &[super::Concept] = &[];
