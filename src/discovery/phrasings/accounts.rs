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
pub const SAID: &[super::Concept] = &[
    // account_alerts__alert_settings
    (
        &[
            "提醒开了哪些",
            "动账通知开没开",
            "短信提醒在不在",
            "动账提醒状态",
            "提醒发到哪",
            "动帐提醒设置",
            "which alerts are on",
            "check my alert settings",
        ],
        &["查询提醒设置"],
    ),
    // account_alerts__enable_sms_alert
    (
        &[
            "开短信提醒",
            "余额变动发短信",
            "进账出账短信",
            "花钱了发短信",
            "每笔都短信通知",
            "动账短信开一下",
            "turn on text alerts",
            "sms when money moves",
        ],
        &["开通短信通知"],
    ),
    // account_alerts__cancel_sms_alert
    (
        &[
            "短信提醒停掉",
            "不要短信通知了",
            "省掉短信费",
            "退订动账短信",
            "关掉短信提醒",
            "短信提醒不要了",
            "stop sms alerts",
            "cancel text alerts",
        ],
        &["取消短信通知"],
    ),
    // account_alerts__enable_wechat_alert
    (
        &[
            "微信收动账通知",
            "公众号推送提醒",
            "免费的动账提醒",
            "微信提醒绑一下",
            "不要短信改微信",
            "微信通知余额变动",
            "wechat alerts",
            "free alerts on wechat",
        ],
        &["开通微信动账提醒"],
    ),
    // account_alerts__set_threshold
    (
        &[
            "小钱别提醒",
            "几块钱也发短信",
            "超过多少才提醒",
            "提醒门槛",
            "小额不通知",
            "起点金额改一下",
            "only alert big amounts",
            "alert threshold amount",
        ],
        &["设置提醒起点金额"],
    ),
    // account_alerts__change_alert_mobile
    (
        &[
            "换号了收不到提醒",
            "提醒发到旧手机",
            "通知换个号码",
            "短信发到新号",
            "旧号停机了",
            "动账短信换号",
            "alerts to new number",
            "change alert phone",
        ],
        &["修改通知手机号"],
    ),
    // account_alerts__sms_fee_records
    (
        &[
            "短信费扣了多少",
            "每月扣两块",
            "莫名扣2元",
            "短信服务费明细",
            "什么时候扣的短信费",
            "短信年费",
            "sms fee charged",
            "monthly 2 yuan fee",
        ],
        &["短信费扣费记录"],
    ),
    // account_center__list_accounts
    (
        &[
            "名下几张卡",
            "我有哪些卡",
            "开了几个户",
            "所有银行卡",
            "卡都列出来",
            "名下账户",
            "我的帐户",
            "all my cards",
            "which accounts do I have",
        ],
        &["我的账户列表"],
    ),
    // account_center__get_balance
    (
        &[
            "还剩多少钱",
            "卡里有多少钱",
            "余额多少",
            "看下余额",
            "查下鱼额",
            "工资卡还有多少",
            "钱够不够",
            "how much money left",
            "my card balance",
        ],
        &["查询余额"],
    ),
    // account_center__list_transactions
    (
        &[
            "钱花哪了",
            "看看流水",
            "交易明细",
            "最近的消费记录",
            "谁给我转的钱",
            "进出账记录",
            "账户明细",
            "某笔扣款查一下",
            "what did I spend",
            "recent transactions",
        ],
        &["查询收支明细"],
    ),
    // account_center__monthly_summary
    (
        &[
            "这个月花了多少",
            "每月开销",
            "本月消费分类",
            "上个月花超了",
            "月度开支",
            "吃饭花了多少",
            "月账单统计",
            "spending this month",
            "monthly spending breakdown",
        ],
        &["月度收支分析"],
    ),
    // account_center__set_alias
    (
        &[
            "卡改个名字",
            "给卡起名",
            "备注成工资卡",
            "卡的昵称",
            "账户备注",
            "分不清哪张卡",
            "nickname my card",
            "rename my card",
        ],
        &["设置账户别名"],
    ),
    // account_center__hide_account
    (
        &[
            "不想看到这张卡",
            "卡藏起来",
            "首页不显示",
            "不用的卡隐藏",
            "账户列表太多",
            "别显示这个户",
            "hide this card",
            "hide an old account",
        ],
        &["隐藏账户"],
    ),
    // account_center__account_details
    (
        &[
            "开户行是哪",
            "开户行查询",
            "联行号",
            "完整卡号",
            "填卡号开户行",
            "收款信息",
            "开户支行",
            "开户航",
            "which branch opened my card",
            "account details for payroll",
        ],
        &["账户信息与开户行"],
    ),
    // account_service__book_account_opening
    (
        &[
            "预约开户",
            "办张储蓄卡",
            "新开一张卡",
            "开户要预约",
            "办银行卡",
            "新公司要工资卡",
            "网上填开户资料",
            "open a new bank account",
            "book account opening",
        ],
        &["预约开立借记卡"],
    ),
    // account_service__close_account
    (
        &[
            "销户",
            "卡不用了注销",
            "注销储蓄卡",
            "把卡销了",
            "消户",
            "离开城市卡注销",
            "close my bank account",
            "cancel debit card",
        ],
        &["借记卡销户"],
    ),
    // account_service__reactivate_dormant
    (
        &[
            "睡眠户",
            "卡很久没用不能用了",
            "长期不动户",
            "久悬户",
            "老卡激活",
            "多年没用的卡",
            "卡休眠了",
            "dormant account",
            "old card not working",
        ],
        &["久悬账户激活"],
    ),
    // account_service__restriction_status
    (
        &[
            "卡被限制了",
            "为什么转不出去",
            "只收不付",
            "非柜面限制",
            "账户被止付",
            "转账提示受限",
            "账户异常",
            "why is my account restricted",
        ],
        &["账户限制查询"],
    ),
    // account_service__lift_restriction
    (
        &[
            "解除非柜面",
            "解限",
            "限制解除",
            "解封账户",
            "恢复转账功能",
            "提交材料解限",
            "帐户解封",
            "lift account restriction",
            "unblock my account",
        ],
        &["申请解除限制"],
    ),
    // account_service__linked_services
    (
        &[
            "卡绑了什么",
            "销户前查绑定",
            "这卡关联了啥",
            "自动扣费有哪些",
            "绑定的业务",
            "代扣还有没有",
            "what is linked to my card",
            "before closing account",
        ],
        &["账户关联业务"],
    ),
    // asset_overview__total_assets
    (
        &[
            "一共有多少钱",
            "总共多少资产",
            "家底",
            "净资产",
            "存款理财加起来",
            "全部资产",
            "身家",
            "net worth",
            "total assets at the bank",
        ],
        &["查看总资产"],
    ),
    // asset_overview__earnings
    (
        &[
            "昨天赚了多少",
            "理财收益",
            "赚了还是亏了",
            "累计收益",
            "昨日收益",
            "本月收益",
            "投资赚了多少",
            "how much did I earn",
            "investment returns",
        ],
        &["收益明细"],
    ),
    // asset_overview__cashflow
    (
        &[
            "收入支出对比",
            "钱进钱出",
            "开销分类",
            "入不敷出",
            "收支情况",
            "花钱分析",
            "每月结余",
            "where my money goes",
            "income vs spending",
        ],
        &["收支分析"],
    ),
    // asset_overview__monthly_statement
    (
        &[
            "资产月报",
            "上月资产变化",
            "资产对账单",
            "月度报告",
            "资产账单",
            "每月资产报告",
            "monthly asset report",
            "asset statement",
        ],
        &["月度资产账单"],
    ),
    // asset_overview__allocation_check
    (
        &[
            "资产体检",
            "配置合不合理",
            "投资组合体检",
            "钱怎么配置",
            "太保守了吗",
            "风险太集中",
            "理财配置建议",
            "portfolio check-up",
            "asset allocation advice",
        ],
        &["资产配置诊断"],
    ),
    // asset_overview__hide_amounts
    (
        &[
            "小眼睛",
            "金额打星号",
            "不让别人看到余额",
            "金额隐藏",
            "地铁上怕人看",
            "数字遮住",
            "hide amounts on screen",
            "privacy mode balances",
        ],
        &["隐藏资产金额"],
    ),
    // bank_certificates__apply_deposit_certificate
    (
        &[
            "签证要存款证明",
            "办存款证明",
            "留学资金证明",
            "冻结存款出证明",
            "存款正明",
            "使馆要的存款证明",
            "资金证明",
            "deposit certificate for visa",
            "proof of funds",
        ],
        &["开立存款证明"],
    ),
    // bank_certificates__apply_credit_certificate
    (
        &[
            "资信证明",
            "投标要资信",
            "银行资信",
            "移民要的资信证明",
            "信誉证明",
            "资信证明书",
            "bank reference letter",
            "credit standing letter",
        ],
        &["开立资信证明"],
    ),
    // bank_certificates__certificate_fees
    (
        &[
            "存款证明多少钱",
            "开证明要钱吗",
            "证明手续费",
            "证明几天出",
            "一份多少钱",
            "开证明收费",
            "certificate fee",
            "how much for a certificate",
        ],
        &["证明收费标准"],
    ),
    // bank_certificates__list_certificates
    (
        &[
            "证明办好了没",
            "开的证明在哪",
            "证明电子版",
            "申请的证明进度",
            "证明下载",
            "我开过的证明",
            "my certificate requests",
            "certificate ready yet",
        ],
        &["证明申请记录"],
    ),
    // bank_certificates__verify_certificate
    (
        &[
            "证明是真的吗",
            "证明验真",
            "使馆核实证明",
            "证明编号核验",
            "查验真伪",
            "证明防伪",
            "verify certificate authenticity",
            "is this certificate genuine",
        ],
        &["证明真伪验证"],
    ),
    // bank_certificates__cancel_certificate
    (
        &[
            "证明不用了解冻",
            "提前解冻存款",
            "冻结的钱取出来",
            "存款证明作废",
            "签证拿到了解冻",
            "撤掉证明",
            "release certificate frozen money",
            "cancel deposit certificate",
        ],
        &["撤销存款证明并解冻"],
    ),
    // branch_booking__find_branches
    (
        &[
            "附近的银行",
            "最近的营业厅",
            "周末营业的网点",
            "网点地址",
            "银行几点关门",
            "网点营业时间",
            "离我近的支行",
            "bank branch near me",
            "branch opening hours",
        ],
        &["查找附近网点"],
    ),
    // branch_booking__find_atms
    (
        &[
            "附近取款机",
            "哪里能取钱",
            "自助银行在哪",
            "能存钱的ATM",
            "存款机在哪",
            "最近的提款机",
            "ATM near me",
            "cash machine nearby",
        ],
        &["查找ATM"],
    ),
    // branch_booking__book_visit
    (
        &[
            "去网点前预约",
            "大额取现预约",
            "取五万块现金",
            "柜台预约",
            "约个时间去银行",
            "网点预约",
            "预约柜台办业务",
            "book a branch visit",
            "large cash withdrawal appointment",
        ],
        &["预约办理业务"],
    ),
    // branch_booking__list_bookings
    (
        &[
            "网点预约记录",
            "约了哪天去银行",
            "银行预约成功没",
            "预约单在哪",
            "约的几点去网点",
            "my bank appointments",
            "branch booking status",
        ],
        &["我的预约"],
    ),
    // branch_booking__reschedule_booking
    (
        &[
            "改个时间去网点",
            "预约改到明天",
            "换个时段",
            "改约",
            "那天去不了改期",
            "往后推一天",
            "reschedule bank visit",
            "move my appointment",
        ],
        &["修改预约"],
    ),
    // branch_booking__cancel_booking
    (
        &[
            "网点不去了",
            "网点预约不要了",
            "撤销网点预约",
            "临时有事去不了",
            "退掉预约",
            "cancel bank appointment",
            "cancel branch visit",
        ],
        &["取消预约"],
    ),
    // branch_booking__take_number
    (
        &[
            "排个号",
            "远程取号",
            "提前拿号",
            "不想在银行干等",
            "手机取号",
            "叫号单",
            "取个号去柜台",
            "take a queue number",
            "get a ticket remotely",
        ],
        &["线上取号"],
    ),
    // branch_booking__queue_status
    (
        &[
            "前面还有几个人",
            "还要等多久",
            "叫到我没",
            "排到几号了",
            "等候人数",
            "过号了吗",
            "how long is the queue",
            "people ahead of me",
        ],
        &["排队进度"],
    ),
    // card_apply__card_products
    (
        &[
            "有哪些信用卡",
            "哪张卡好",
            "白金卡",
            "联名卡",
            "免年费的卡",
            "留学生用的卡",
            "信用卡推荐",
            "车主卡",
            "which credit cards",
            "best credit card",
        ],
        &["信用卡产品"],
    ),
    // card_apply__apply_card
    (
        &[
            "办张信用卡",
            "办卡",
            "申卡",
            "第一张信用卡",
            "新人办卡",
            "网上办信用卡",
            "申请新用卡",
            "apply credit card online",
            "get a credit card",
        ],
        &["申请信用卡"],
    ),
    // card_apply__application_status
    (
        &[
            "信用卡批了没",
            "审核到哪了",
            "卡寄出来没",
            "办卡进度",
            "申卡结果",
            "信用卡快递单号",
            "被拒了吗",
            "申卡进度",
            "card application status",
            "was my card approved",
        ],
        &["申请进度查询"],
    ),
    // card_apply__activate_card
    (
        &[
            "新卡到了",
            "开卡",
            "新卡怎么用",
            "卡寄到了激活",
            "刚收到信用卡",
            "启用新卡",
            "信用卡开卡",
            "activate new card",
            "card just arrived",
        ],
        &["激活信用卡"],
    ),
    // card_apply__set_card_pin
    (
        &[
            "信用卡密码",
            "刷卡密码",
            "查询密码",
            "信用卡设密码",
            "信用卡密码忘了",
            "取现密码",
            "set credit card pin",
            "card pin for POS",
        ],
        &["设置交易密码"],
    ),
    // card_apply__cancel_card
    (
        &[
            "销卡",
            "信用卡不要了",
            "年费太贵注销",
            "剪卡",
            "信用卡注销",
            "不用的信用卡",
            "close credit card",
            "cancel my credit card",
        ],
        &["注销信用卡"],
    ),
    // card_apply__supplementary_card
    (
        &[
            "附属卡",
            "给老婆办副卡",
            "副卡",
            "孩子用我的额度",
            "家人用的信用卡",
            "亲属副卡",
            "supplementary card",
            "card for my spouse",
        ],
        &["申请附属卡"],
    ),
    // card_installment__installment_quote
    (
        &[
            "分期手续费多少",
            "分12期每月还多少",
            "分期利息",
            "分期费率",
            "算一下分期",
            "分几期划算",
            "分期计算器",
            "installment calculator",
            "fee for 12 installments",
        ],
        &["分期试算"],
    ),
    // card_installment__bill_installment
    (
        &[
            "这期还不上",
            "账单太多分期",
            "还不起分期",
            "账单分几个月",
            "本月账单分期还",
            "帐单分期",
            "整个账单分期",
            "split my bill",
            "can't pay the full bill",
        ],
        &["账单分期"],
    ),
    // card_installment__purchase_installment
    (
        &[
            "买手机分期",
            "这笔分期",
            "单笔分期",
            "大额消费分期",
            "刚买的家电分期",
            "某笔消费分期",
            "刷的那笔分期",
            "split this purchase",
            "installments for a purchase",
        ],
        &["消费分期"],
    ),
    // card_installment__cash_installment
    (
        &[
            "借点现金",
            "信用卡借钱",
            "现金贷",
            "额度变现金",
            "手头紧周转",
            "借钱分期还",
            "信用卡取现分期",
            "borrow cash on credit card",
            "cash loan installment",
        ],
        &["现金分期"],
    ),
    // card_installment__list_plans
    (
        &[
            "分期还剩几期",
            "还有多少期",
            "分期明细",
            "每月分期扣多少",
            "在还的分期",
            "分期还欠多少",
            "remaining installments",
            "my installment plans",
        ],
        &["我的分期"],
    ),
    // card_installment__early_settle
    (
        &[
            "分期一次还清",
            "提前结清分期",
            "剩下的一次性还",
            "不想分期了",
            "分期提前还",
            "结清剩余本金",
            "pay off installment early",
            "settle installment plan",
        ],
        &["分期提前还款"],
    ),
    // card_installment__installment_offers
    (
        &[
            "免息分期",
            "分期打折",
            "分期手续费优惠",
            "0利率分期",
            "有没有免息",
            "分期活动",
            "interest-free installments",
            "installment discount",
        ],
        &["分期优惠活动"],
    ),
    // card_points__points_balance
    (
        &[
            "信用卡积分多少",
            "积分快过期",
            "还有多少积分",
            "积分查询",
            "积分够不够",
            "积份查询",
            "how many points",
            "credit card points balance",
        ],
        &["积分余额"],
    ),
    // card_points__points_history
    (
        &[
            "积分怎么来的",
            "积分少了",
            "积分记录",
            "这个月得了多少积分",
            "积分扣了",
            "积分变动",
            "points earned history",
            "where did my points go",
        ],
        &["积分明细"],
    ),
    // card_points__browse_rewards
    (
        &[
            "积分能换什么",
            "积分换礼品有啥",
            "积分商城逛逛",
            "多少积分换",
            "积分好东西",
            "积分兑换目录",
            "what can I get with points",
            "rewards catalogue",
        ],
        &["积分商城商品"],
    ),
    // card_points__redeem_gift
    (
        &[
            "积分换东西",
            "用积分换",
            "积分换电饭煲",
            "积分下单",
            "积分换购",
            "积分换券",
            "redeem points for gift",
            "use points to order",
        ],
        &["积分兑换礼品"],
    ),
    // card_points__redeem_miles
    (
        &[
            "积分换里程",
            "国航里程",
            "东航里程",
            "常旅客",
            "积分转航空",
            "里程兑换",
            "飞行里程",
            "points to air miles",
            "convert to frequent flyer",
        ],
        &["积分兑换航空里程"],
    ),
    // card_points__points_offset_fee
    (
        &[
            "积分抵年费",
            "年费用积分扣",
            "积分抵现",
            "积分当钱花",
            "年费不想交现金",
            "积分冲年费",
            "use points for annual fee",
            "points offset",
        ],
        &["积分抵扣年费"],
    ),
    // card_points__redemption_orders
    (
        &[
            "换的礼品到哪了",
            "积分订单",
            "兑换的东西没收到",
            "礼品发货了吗",
            "积分换的物流",
            "兑换物流",
            "redemption order status",
            "gift not delivered",
        ],
        &["兑换订单"],
    ),
    // cardless_atm__create_withdrawal
    (
        &[
            "没带卡取钱",
            "忘带卡取现",
            "取款码",
            "手机取钱",
            "无卡取现",
            "卡没带怎么取钱",
            "生成取款码",
            "withdraw cash without card",
            "no card atm",
        ],
        &["预约无卡取款"],
    ),
    // cardless_atm__scan_atm
    (
        &[
            "ATM扫一扫",
            "扫二维码取钱",
            "取款机扫码",
            "屏幕上二维码",
            "手机扫ATM",
            "扫码取现",
            "scan atm qr code",
            "atm scan to withdraw",
        ],
        &["扫码取款"],
    ),
    // cardless_atm__list_withdrawals
    (
        &[
            "取款码过期了",
            "无卡取款用了没",
            "预约的取款",
            "取款码还有效吗",
            "无卡取现记录",
            "cardless withdrawal history",
        ],
        &["无卡取款记录"],
    ),
    // cardless_atm__cancel_withdrawal
    (
        &[
            "取款码不要了",
            "取消取款码",
            "不取了",
            "作废取款码",
            "撤回无卡取现",
            "cancel withdrawal code",
        ],
        &["撤销无卡取款"],
    ),
    // cardless_atm__cardless_limits
    (
        &[
            "无卡最多取多少",
            "一天能取几次",
            "无卡取款上限",
            "哪些ATM支持",
            "取款码限额",
            "cardless withdrawal limit",
        ],
        &["无卡取款限额"],
    ),
    // class2_account__open_class2
    (
        &[
            "开个电子账户",
            "二类户",
            "二类卡",
            "网上开户不用跑网点",
            "开二类账户",
            "电子账户",
            "零钱户",
            "II类户开通",
            "open e-account online",
            "class 2 account",
        ],
        &["开立II类账户"],
    ),
    // class2_account__fund_class2
    (
        &[
            "二类户转入",
            "给二类卡充钱",
            "电子账户充值",
            "从绑定卡转进来",
            "二类户存钱",
            "往电子户里转",
            "top up e-account",
            "move money into class 2",
        ],
        &["II类户充值"],
    ),
    // class2_account__withdraw_class2
    (
        &[
            "二类户转出",
            "钱转回绑定卡",
            "电子账户提现",
            "二类卡取出",
            "提到一类卡",
            "二类户取钱",
            "withdraw from e-account",
            "back to linked card",
        ],
        &["II类户提现"],
    ),
    // class2_account__class2_limits
    (
        &[
            "二类户限额",
            "二类卡每天能用多少",
            "电子账户额度",
            "一万限额",
            "年累计20万",
            "二类户超限",
            "转不进二类户",
            "class 2 limit left",
        ],
        &["II类户限额查询"],
    ),
    // class2_account__change_bind_card
    (
        &[
            "换绑卡",
            "绑定卡注销了",
            "二类户换卡",
            "绑的卡换一张",
            "换一张一类卡",
            "改绑定卡",
            "change linked card",
            "linked card expired",
        ],
        &["更换绑定卡"],
    ),
    // class2_account__upgrade_to_class1
    (
        &[
            "二类升一类",
            "电子户转正",
            "升级一类卡",
            "限额不够想升级",
            "二类户升级",
            "变成一类户",
            "upgrade to class 1",
            "remove e-account limits",
        ],
        &["升级为I类账户"],
    ),
    // class2_account__close_class2
    (
        &[
            "注销二类户",
            "电子账户不用了",
            "二类卡销掉",
            "关闭电子账户",
            "二类户消户",
            "注销二类卡",
            "close e-account",
            "close class 2 account",
        ],
        &["II类户销户"],
    ),
    // credit_card__current_bill
    (
        &[
            "这个月要还多少",
            "信用卡账单",
            "本期账单",
            "最低还款",
            "哪天还款",
            "还款日",
            "出账了吗",
            "帐单多少",
            "how much do I owe",
            "credit card bill this month",
        ],
        &["查询本期账单"],
    ),
    // credit_card__unbilled
    (
        &[
            "还没出账的",
            "下期账单",
            "最近刷了多少",
            "未出账",
            "账单日后消费",
            "刚刷的记录",
            "下个月要还的",
            "unbilled spending",
            "recent card spending",
        ],
        &["未出账单交易"],
    ),
    // credit_card__bill_history
    (
        &[
            "上个月账单",
            "以前的账单",
            "去年账单",
            "往期账单",
            "上期还了多少",
            "三月份账单",
            "past statements",
            "last month's bill",
        ],
        &["历史账单"],
    ),
    // credit_card__repay
    (
        &[
            "还信用卡",
            "还款",
            "还最低",
            "全额还款",
            "还一部分",
            "信用卡还钱",
            "快逾期了",
            "环信用卡",
            "pay credit card",
            "repay my card",
        ],
        &["信用卡还款"],
    ),
    // credit_card__setup_autopay
    (
        &[
            "自动还",
            "怕忘记还款",
            "到期自动扣",
            "绑卡自动还",
            "总是忘还",
            "自动扣款还信用卡",
            "自动还款开通",
            "auto repay credit card",
            "automatic payment setup",
        ],
        &["设置自动还款"],
    ),
    // credit_card__cancel_autopay
    (
        &[
            "关闭自动还款",
            "不要自动扣了",
            "停掉自动还",
            "以后自己还",
            "自动扣款取消",
            "改手动还款",
            "stop autopay",
            "turn off auto repayment",
        ],
        &["取消自动还款"],
    ),
    // credit_card__credit_limit
    (
        &[
            "额度多少",
            "还能刷多少",
            "可用额度",
            "临时额度还有吗",
            "信用额度",
            "额度还剩",
            "额度够不够",
            "how much credit left",
            "available credit",
        ],
        &["Check credit limit"],
    ),
    // credit_card__raise_limit
    (
        &[
            "提额",
            "额度太低",
            "临时提额",
            "额度不够用",
            "涨额度",
            "出国前提额",
            "提高额度",
            "题额",
            "raise my credit limit",
            "limit increase",
        ],
        &["申请提额"],
    ),
    // credit_card__change_due_date
    (
        &[
            "改账单日",
            "还款日改一下",
            "发工资前要还",
            "账单日调整",
            "换个还款日",
            "工资晚到还不上",
            "change statement date",
            "move due date",
        ],
        &["修改账单日"],
    ),
    // credit_report__request_report
    (
        &[
            "查征信",
            "打征信报告",
            "征信怎么查",
            "贷款前查征信",
            "买房看征信",
            "查正信",
            "信用记录",
            "征信报告",
            "check my credit report",
            "pull credit report",
        ],
        &["查询个人信用报告"],
    ),
    // credit_report__view_report
    (
        &[
            "征信出来了",
            "打开征信报告",
            "报告里有逾期吗",
            "看征信内容",
            "征信结果",
            "征信花了吗",
            "view credit report",
            "read my report",
        ],
        &["查看信用报告"],
    ),
    // credit_report__report_requests
    (
        &[
            "还能免费查几次",
            "查过几次征信",
            "免费次数",
            "征信申请记录",
            "今年查了几次",
            "我的征信申请",
            "free credit reports left",
            "my report requests",
        ],
        &["征信查询记录"],
    ),
    // credit_report__raise_objection
    (
        &[
            "征信有错",
            "逾期不是我的",
            "征信记录不对",
            "已还清还显示逾期",
            "征信修复",
            "申诉征信",
            "被冒名贷款",
            "wrong entry credit report",
            "dispute credit record",
        ],
        &["征信异议申请"],
    ),
    // credit_report__objection_status
    (
        &[
            "征信异议进度",
            "异议结果",
            "征信改了没",
            "异议受理了吗",
            "征信更正进度",
            "异议多久处理",
            "credit dispute progress",
        ],
        &["异议处理进度"],
    ),
    // credit_report__overdue_certificate
    (
        &[
            "不是故意逾期",
            "银行原因逾期",
            "系统问题逾期",
            "逾期证明",
            "开非恶意证明",
            "逾期情况说明",
            "non-malicious overdue letter",
            "overdue not my fault",
        ],
        &["非恶意逾期证明"],
    ),
    // customer_service__faq_search
    (
        &[
            "怎么操作",
            "帮助中心",
            "问个问题",
            "使用说明",
            "找答案",
            "常见问答",
            "操作指南",
            "help articles",
            "how do I",
        ],
        &["常见问题搜索"],
    ),
    // customer_service__start_chat
    (
        &[
            "找客服",
            "转人工",
            "人工客服",
            "联系客服",
            "聊天咨询",
            "人工服务",
            "客服在吗",
            "talk to an agent",
            "chat with support",
        ],
        &["在线客服"],
    ),
    // customer_service__request_callback
    (
        &[
            "客服给我回电话",
            "打不进95",
            "电话占线",
            "热线打不通",
            "回个电话",
            "让客服打给我",
            "call me back",
            "request a callback",
        ],
        &["预约客服回电"],
    ),
    // customer_service__file_complaint
    (
        &[
            "投诉服务态度",
            "乱收费投诉",
            "投诉柜员",
            "催收骚扰",
            "举报银行",
            "对服务不满",
            "投诉工作人员",
            "要投诉",
            "complain about staff",
            "formal complaint",
        ],
        &["File a complaint"],
    ),
    // customer_service__complaint_progress
    (
        &[
            "投诉有回复吗",
            "投诉处理了没",
            "投诉结果",
            "投诉没人管",
            "投诉多久回复",
            "complaint status",
            "reply to my complaint",
        ],
        &["投诉进度查询"],
    ),
    // customer_service__suggestion
    (
        &[
            "提个建议",
            "意见反馈",
            "app不好用",
            "吐槽一下",
            "功能建议",
            "给你们提意见",
            "send feedback",
            "app suggestion",
        ],
        &["意见建议"],
    ),
    // customer_service__rate_service
    (
        &[
            "给客服打分",
            "五星好评",
            "评价一下",
            "服务打分",
            "给个差评",
            "满意度评价",
            "rate the service",
            "give stars",
        ],
        &["服务评价"],
    ),
    // debit_card__freeze_card
    (
        &[
            "卡找不到了先锁",
            "锁卡",
            "卡暂时冻一下",
            "冻结储蓄卡",
            "卡可能丢了",
            "先冻上",
            "lock my card temporarily",
            "freeze debit card",
        ],
        &["临时冻结借记卡"],
    ),
    // debit_card__unfreeze_card
    (
        &[
            "卡找到了",
            "解冻",
            "解锁卡",
            "恢复用卡",
            "冻结的卡解开",
            "取消冻结",
            "unfreeze my card",
            "card found again",
        ],
        &["解除冻结"],
    ),
    // debit_card__report_lost
    (
        &[
            "卡丢了",
            "卡被偷了",
            "卡被吞了",
            "钱包丢了",
            "ATM吞卡",
            "挂失银行卡",
            "卡挂式",
            "lost my card",
            "card stolen",
        ],
        &["借记卡挂失"],
    ),
    // debit_card__replace_card
    (
        &[
            "补卡",
            "换卡",
            "卡坏了",
            "卡过期了",
            "卡消磁",
            "芯片坏了",
            "换张新卡",
            "卡折了",
            "replace my card",
            "card damaged",
        ],
        &["补换卡申请"],
    ),
    // debit_card__set_limits
    (
        &[
            "刷卡限额",
            "每天取现上限",
            "卡的限额调高",
            "支付超限额",
            "买车刷不了",
            "取款限额",
            "借记卡限额",
            "调低限额防盗",
            "card spending limit",
            "atm withdrawal limit",
        ],
        &["设置交易限额"],
    ),
    // debit_card__overseas_use
    (
        &[
            "出国刷卡",
            "境外取现",
            "国外用卡",
            "去日本能刷吗",
            "境外交易开通",
            "关闭境外支付",
            "出境游用卡",
            "use card abroad",
            "overseas card use",
        ],
        &["境外用卡开关"],
    ),
    // debit_card__card_status
    (
        &[
            "卡还能用吗",
            "卡什么状态",
            "卡有效期",
            "卡是不是冻了",
            "卡是否正常",
            "卡啥时候过期",
            "is my card active",
            "card expiry date",
        ],
        &["卡片状态查询"],
    ),
    // debit_card__replacement_progress
    (
        &[
            "新卡寄到哪",
            "补的卡做好没",
            "换卡进度",
            "新卡快递",
            "补卡多久",
            "能去网点拿了吗",
            "replacement card status",
            "new card shipped",
        ],
        &["补换卡进度"],
    ),
    // deposit_proof__apply
    (
        &[
            "留学存款证明",
            "学校要存款证明",
            "中英文存款证明",
            "签证资金证明",
            "存款冻结证明",
            "存款证明办理",
            "proof of funds for school",
            "deposit certificate for study",
        ],
        &["开立存款证明"],
    ),
    // deposit_proof__status
    (
        &[
            "存款证明好了没",
            "证明去哪拿",
            "存款证明寄了吗",
            "证明办到哪了",
            "存款证明领取",
            "deposit certificate ready",
            "certificate request status",
        ],
        &["存款证明进度"],
    ),
    // deposit_proof__revoke
    (
        &[
            "解冻存款证明",
            "签证下来了解冻",
            "证明作废",
            "冻结的钱要用",
            "提前解冻",
            "不用证明了",
            "revoke deposit certificate",
            "unfreeze certified money",
        ],
        &["撤销存款证明"],
    ),
    // deposit_proof__asset_certificate
    (
        &[
            "资产证明",
            "不冻结的证明",
            "总资产证明",
            "理财也算的证明",
            "资产证明书",
            "财力证明",
            "asset certificate",
            "proof of assets",
        ],
        &["开立资产证明"],
    ),
    // deposit_proof__verify
    (
        &[
            "证明核实",
            "验真存款证明",
            "学校核验证明",
            "证明编号查询",
            "证明防伪查询",
            "check certificate is real",
            "verify deposit certificate",
        ],
        &["验证证明真伪"],
    ),
    // ecny_wallet__open_wallet
    (
        &[
            "开数字人民币",
            "数币钱包",
            "开个数字钱包",
            "e-CNY开通",
            "数字货币钱包",
            "领数币红包要开",
            "数字人名币",
            "open digital yuan wallet",
            "e-CNY wallet sign up",
        ],
        &["开通数字人民币钱包"],
    ),
    // ecny_wallet__wallet_balance
    (
        &[
            "数币还有多少",
            "数字人民币余额",
            "钱包里多少钱",
            "钱包支付额度",
            "数字钱包剩多少",
            "e-CNY balance",
            "digital yuan left",
        ],
        &["钱包余额"],
    ),
    // ecny_wallet__top_up
    (
        &[
            "数币充值",
            "兑入",
            "往数字钱包转钱",
            "给数字人民币充钱",
            "数字钱包充钱",
            "卡里钱转数币",
            "load e-CNY",
            "add money to digital yuan",
        ],
        &["Top up the e-CNY wallet"],
    ),
    // ecny_wallet__withdraw
    (
        &[
            "兑出",
            "数币转回银行卡",
            "数字人民币提现",
            "钱包钱取出来",
            "数币转出",
            "数字钱包提到卡",
            "cash out e-CNY",
            "e-CNY to bank",
        ],
        &["钱包提现"],
    ),
    // ecny_wallet__pay_merchant
    (
        &[
            "数币支付",
            "用数字人民币买",
            "碰一碰付款",
            "数币扫码付",
            "离线支付",
            "数字人民币消费",
            "pay with digital yuan",
            "tap to pay e-CNY",
        ],
        &["数字人民币付款"],
    ),
    // ecny_wallet__wallet_transactions
    (
        &[
            "数币明细",
            "数币红包记录",
            "数币花哪了",
            "钱包账单",
            "数币收支",
            "数币红包到账没",
            "e-CNY history",
            "digital yuan transactions",
        ],
        &["钱包交易记录"],
    ),
    // ecny_wallet__upgrade_tier
    (
        &[
            "数币额度太低",
            "升级钱包",
            "钱包等级",
            "二类钱包",
            "提高数币限额",
            "四类钱包升级",
            "upgrade wallet tier",
            "raise e-CNY limit",
        ],
        &["钱包升级"],
    ),
    // ecny_wallet__close_wallet
    (
        &[
            "数字人民币不用了",
            "关掉数币钱包",
            "注销数字人民币",
            "删除钱包",
            "数币钱包销户",
            "close e-CNY wallet",
            "delete digital wallet",
        ],
        &["注销钱包"],
    ),
    // family_account__list_members
    (
        &[
            "亲情卡有谁",
            "给谁开了亲情卡",
            "家人用了多少额度",
            "亲属卡列表",
            "亲情号",
            "亲情账户管理",
            "family members on my account",
            "who uses my card",
        ],
        &["我的亲情账户"],
    ),
    // family_account__add_member
    (
        &[
            "给爸妈开亲情卡",
            "孩子用我的卡",
            "亲属卡开通",
            "给老人绑卡花",
            "让家人花我的钱",
            "开亲情卡",
            "加个家人",
            "add family member",
            "family card for parents",
        ],
        &["添加亲情账户"],
    ),
    // family_account__set_member_limit
    (
        &[
            "亲情卡额度调",
            "孩子每月限额",
            "给爸妈多点额度",
            "亲属卡限额",
            "亲情额度改低",
            "孩子花太多",
            "change family limit",
            "monthly limit for child",
        ],
        &["调整亲情额度"],
    ),
    // family_account__member_spending
    (
        &[
            "孩子花在哪",
            "爸妈买了啥",
            "亲情卡消费记录",
            "孩子偷偷充游戏",
            "家人花了多少",
            "亲属卡账单",
            "what my kid spent",
            "family spending",
        ],
        &["亲情账户消费明细"],
    ),
    // family_account__remove_member
    (
        &[
            "取消亲情卡",
            "不给他用了",
            "解绑亲属卡",
            "停掉亲情卡",
            "删除家人",
            "亲情号解绑",
            "remove family member",
            "stop family card",
        ],
        &["解除亲情账户"],
    ),
    // family_account__send_allowance
    (
        &[
            "给孩子零花钱",
            "给爸妈生活费",
            "每月给家里打钱",
            "孝敬父母",
            "零用钱",
            "给孩子转钱",
            "家用钱",
            "pocket money for kid",
            "allowance for parents",
        ],
        &["给家人转零花钱"],
    ),
    // fee_center__fee_schedule
    (
        &[
            "收费标准",
            "跨行转账收费吗",
            "手续费多少",
            "价目表",
            "补卡要钱吗",
            "怎么收费",
            "服务费一览",
            "bank fee list",
            "what does it cost",
        ],
        &["服务收费标准"],
    ),
    // fee_center__charged_fees
    (
        &[
            "被扣了什么钱",
            "扣费明细",
            "莫名其妙扣钱",
            "乱扣费",
            "今年扣了多少手续费",
            "管理费扣了",
            "手续费记录",
            "fees charged to me",
            "why was I charged",
        ],
        &["已扣费用查询"],
    ),
    // fee_center__waive_small_balance_fee
    (
        &[
            "小额管理费",
            "余额少扣钱",
            "账户管理费免掉",
            "不满300扣费",
            "卡里钱少被扣",
            "免管理费",
            "小额帐户管理费",
            "low balance fee",
            "waive account fee",
        ],
        &["免收小额账户管理费"],
    ),
    // fee_center__waive_annual_fee
    (
        &[
            "免年费",
            "年费太贵",
            "年费减免",
            "刷卡次数不够",
            "年费能不能免",
            "扣了年费",
            "没刷够免年费",
            "waive annual fee",
            "annual fee waiver",
        ],
        &["年费减免申请"],
    ),
    // fee_center__fee_refund
    (
        &[
            "多扣的钱退回",
            "退手续费",
            "扣错钱了",
            "退费",
            "错收费用",
            "费用退回",
            "refund a fee",
            "charged by mistake",
        ],
        &["费用退还申请"],
    ),
    // pay_codes__show_pay_code
    (
        &[
            "付款码",
            "打开付款码",
            "条形码付钱",
            "给收银员扫",
            "被扫付款",
            "超市结账",
            "二维码付款",
            "show pay code",
            "barcode to pay",
        ],
        &["出示付款码"],
    ),
    // pay_codes__scan_to_pay
    (
        &[
            "扫一扫",
            "扫码支付",
            "扫二维码付钱",
            "扫商家码",
            "扫别人的码",
            "银联扫码",
            "scan to pay",
            "scan qr code",
        ],
        &["扫码付款"],
    ),
    // pay_codes__my_collect_code
    (
        &[
            "收款码",
            "别人付我钱",
            "个人收款",
            "让朋友扫我",
            "AA收钱",
            "收钱码",
            "二维码收钱",
            "my qr to get paid",
            "collect money code",
        ],
        &["我的收款码"],
    ),
    // pay_codes__collection_records
    (
        &[
            "收到多少钱",
            "谁扫码付了",
            "今天收了多少",
            "收款码到账",
            "收钱记录",
            "朋友付了没",
            "money received",
            "who paid me",
        ],
        &["收款记录"],
    ),
    // pay_codes__set_password_free
    (
        &[
            "免密支付",
            "小额免密",
            "不用输密码",
            "免密额度",
            "关闭免密",
            "免密上限",
            "password-free payment",
            "no pin small amounts",
        ],
        &["小额免密设置"],
    ),
    // pay_codes__pay_code_records
    (
        &[
            "付款码消费记录",
            "扫码付了哪些",
            "付款码明细",
            "扫码支付记录",
            "付款记录",
            "payment code history",
            "qr payments made",
        ],
        &["付款码交易记录"],
    ),
    // pay_codes__default_pay_card
    (
        &[
            "默认卡",
            "换扣款卡",
            "付款先扣哪张",
            "优先扣款卡",
            "付款码换卡",
            "默认支付卡",
            "default payment card",
            "change card for pay code",
        ],
        &["设置默认付款卡"],
    ),
    // payroll__latest_payslip
    (
        &[
            "工资条",
            "这个月工资多少",
            "扣了多少社保",
            "公积金扣多少",
            "个税扣了多少",
            "实发工资",
            "工资明细",
            "my payslip",
            "this month's salary breakdown",
        ],
        &["本月工资条"],
    ),
    // payroll__payslip_history
    (
        &[
            "以前的工资条",
            "上个月工资条",
            "去年工资",
            "往月工资",
            "三月份工资条",
            "past payslips",
            "last month payslip",
        ],
        &["历史工资条"],
    ),
    // payroll__salary_credits
    (
        &[
            "工资发了没",
            "工资到了吗",
            "奖金到账",
            "报销款到了吗",
            "发工资记录",
            "代发工资",
            "工资几号到",
            "has my salary arrived",
            "salary paid",
        ],
        &["工资到账记录"],
    ),
    // payroll__annual_income
    (
        &[
            "一年挣多少",
            "全年收入",
            "个税汇算",
            "年收入",
            "去年总收入",
            "收入汇总",
            "annual income total",
            "yearly salary",
        ],
        &["年度收入汇总"],
    ),
    // payroll__salary_arrival_alert
    (
        &[
            "工资到账通知我",
            "发工资提醒",
            "工资到了告诉我",
            "工资提醒",
            "工资到账推送",
            "salary alert",
            "notify when paid",
        ],
        &["工资到账提醒"],
    ),
    // payroll__income_proof
    (
        &[
            "收入证明",
            "租房要收入证明",
            "贷款收入证明",
            "工资证明",
            "证明月薪",
            "开收入证明",
            "proof of income",
            "salary certificate",
        ],
        &["收入证明开立"],
    ),
    // personal_info__view_profile
    (
        &[
            "我的资料",
            "银行留的信息",
            "预留的信息",
            "个人资料",
            "身份证有效期到哪",
            "留的地址",
            "my details",
            "personal info on file",
        ],
        &["查看个人信息"],
    ),
    // personal_info__update_id
    (
        &[
            "身份证过期了",
            "换了新身份证",
            "证件过期",
            "上传身份证",
            "身份证到期",
            "证件更新",
            "身份证换新",
            "ID expired",
            "update my ID card",
        ],
        &["更新身份证件"],
    ),
    // personal_info__change_mobile
    (
        &[
            "换手机号了",
            "预留手机号",
            "收不到验证码",
            "旧号不用了",
            "银行预留号码",
            "换号",
            "手机号变更",
            "change phone number",
            "new mobile number",
        ],
        &["修改预留手机号"],
    ),
    // personal_info__update_address
    (
        &[
            "搬家了",
            "地址变了",
            "寄卡地址",
            "通讯地址",
            "新地址",
            "改地址",
            "moved house",
            "change mailing address",
        ],
        &["修改联系地址"],
    ),
    // personal_info__update_occupation
    (
        &[
            "换工作了",
            "职业信息",
            "工作单位",
            "换了单位",
            "反洗钱要更新",
            "职业变了",
            "update occupation",
            "new employer",
        ],
        &["更新职业信息"],
    ),
    // personal_info__tax_residency
    (
        &[
            "税收居民",
            "CRS声明",
            "税务居民",
            "海外纳税",
            "美国纳税人",
            "税收身份",
            "tax residency",
            "CRS declaration",
        ],
        &["税收居民身份声明"],
    ),
    // quick_pay__list_bindings
    (
        &[
            "卡绑了哪些app",
            "支付宝绑了吗",
            "微信绑卡",
            "哪些平台能扣我钱",
            "第三方绑卡",
            "绑定了哪些",
            "apps linked to card",
            "which apps can charge",
        ],
        &["快捷支付绑定查询"],
    ),
    // quick_pay__unbind_app
    (
        &[
            "支付宝解绑",
            "微信解绑银行卡",
            "解绑",
            "不让美团扣",
            "取消绑卡",
            "解除绑定",
            "unbind alipay",
            "remove card from wechat",
        ],
        &["解除快捷支付"],
    ),
    // quick_pay__set_quick_pay_limit
    (
        &[
            "支付宝限额",
            "微信支付额度",
            "快捷支付额度",
            "支付宝付不了超限",
            "微信付款限额",
            "第三方限额",
            "alipay limit",
            "wechat pay limit",
        ],
        &["设置快捷支付限额"],
    ),
    // quick_pay__list_direct_debits
    (
        &[
            "自动续费有哪些",
            "每月被扣会员费",
            "代扣协议",
            "免密协议",
            "谁在自动扣钱",
            "自动扣费",
            "签约代扣",
            "auto-renewals on my card",
            "direct debits",
        ],
        &["代扣签约查询"],
    ),
    // quick_pay__cancel_direct_debit
    (
        &[
            "取消自动续费",
            "关掉会员续费",
            "停止代扣",
            "不想再被扣",
            "视频会员自动扣",
            "解除免密协议",
            "退订续费",
            "cancel auto-renewal",
            "stop direct debit",
        ],
        &["解约代扣"],
    ),
    // quick_pay__pause_online_payments
    (
        &[
            "关网上支付",
            "只能刷卡",
            "禁止网络支付",
            "无卡支付关闭",
            "防止网上盗刷",
            "开启网上支付",
            "turn off online payments",
            "block online use",
        ],
        &["关闭网上支付"],
    ),
    // security_center__change_login_password
    (
        &[
            "改登录密码",
            "登录密码",
            "app密码改",
            "手机银行密码",
            "密码太简单",
            "网银登录密码",
            "change login password",
            "app password",
        ],
        &["修改登录密码"],
    ),
    // security_center__reset_payment_password
    (
        &[
            "卡密码忘了",
            "支付密码",
            "取款密码忘了",
            "六位密码",
            "密码输错锁了",
            "刷脸重置密码",
            "银行卡密码",
            "forgot card pin",
            "reset payment password",
        ],
        &["重置交易密码"],
    ),
    // security_center__list_devices
    (
        &[
            "哪些手机登了",
            "登录设备",
            "别的手机登录",
            "设备列表",
            "登过的电脑",
            "在别处登录",
            "devices logged in",
            "which phones",
        ],
        &["登录设备管理"],
    ),
    // security_center__remove_device
    (
        &[
            "旧手机踢掉",
            "手机丢了下线",
            "退出旧设备",
            "删除设备",
            "换手机了",
            "那台手机踢下线",
            "remove old phone",
            "sign out device",
        ],
        &["解绑设备"],
    ),
    // security_center__set_transfer_limit
    (
        &[
            "转账额度",
            "转不了大额",
            "转账上限",
            "单笔限额",
            "日累计限额",
            "转账超限",
            "调高转账额度",
            "限额太低",
            "raise transfer limit",
            "daily transfer limit",
        ],
        &["设置转账限额"],
    ),
    // security_center__login_records
    (
        &[
            "谁登了我的账号",
            "异地登录",
            "登录历史",
            "陌生地点登录",
            "最近登录",
            "登陆记录",
            "login history",
            "suspicious login",
        ],
        &["登录记录"],
    ),
    // security_center__biometric_login
    (
        &[
            "指纹登录",
            "刷脸登录",
            "面容ID",
            "指纹支付",
            "不想输密码登录",
            "face id login",
            "fingerprint login",
        ],
        &["指纹/面容登录"],
    ),
    // security_center__freeze_online_banking
    (
        &[
            "被骗了",
            "一键锁定",
            "手机银行锁起来",
            "网银冻结",
            "账号被盗",
            "怕被诈骗",
            "赶紧锁住",
            "lock online banking",
            "been scammed",
        ],
        &["紧急冻结网银"],
    ),
    // shop_collect__apply_merchant_code
    (
        &[
            "开店收款码",
            "摆摊收钱",
            "商家收款码",
            "小店收款",
            "地摊二维码",
            "办收款码",
            "个体户收款",
            "merchant qr code",
            "stall payment code",
        ],
        &["申请商户收款码"],
    ),
    // shop_collect__daily_takings
    (
        &[
            "今天卖了多少",
            "营业额",
            "今天收了多少",
            "日营业额",
            "收款汇总",
            "今日进账",
            "today's takings",
            "sales today",
        ],
        &["今日收款统计"],
    ),
    // shop_collect__merchant_transactions
    (
        &[
            "店里收款明细",
            "每笔收款",
            "顾客付款记录",
            "店铺流水",
            "商户明细",
            "哪天谁付的",
            "shop payment list",
            "store transactions",
        ],
        &["商户交易流水"],
    ),
    // shop_collect__settlement_records
    (
        &[
            "货款到账了吗",
            "结算款",
            "收款什么时候到卡",
            "T+1到账",
            "营业款没到",
            "提现到账",
            "settlement to bank",
            "when do takings arrive",
        ],
        &["结算到账查询"],
    ),
    // shop_collect__refund_customer
    (
        &[
            "给顾客退钱",
            "退款给客人",
            "收错钱了退",
            "多收了退回",
            "顾客要退货",
            "部分退款",
            "refund a customer",
            "customer refund",
        ],
        &["收款退款"],
    ),
    // shop_collect__voice_broadcast
    (
        &[
            "收款播报",
            "语音提醒到账",
            "云喇叭",
            "收钱音箱",
            "播报音箱绑定",
            "到账语音",
            "收款提示音",
            "payment voice alert",
            "speaker announcement",
        ],
        &["收款语音播报"],
    ),
    // shop_collect__merchant_fees
    (
        &[
            "收款手续费",
            "费率多少",
            "扣点",
            "商户手续费",
            "千分之几",
            "免手续费",
            "merchant fee rate",
            "transaction fee shop",
        ],
        &["商户费率"],
    ),
    // statements__export_statement
    (
        &[
            "打流水",
            "银行流水",
            "流水盖章",
            "贷款要流水",
            "签证流水",
            "开流水",
            "半年流水",
            "打印流水",
            "bank statement for visa",
            "export transactions",
        ],
        &["导出交易流水"],
    ),
    // statements__monthly_estatement
    (
        &[
            "每月对账单",
            "对账单发邮箱",
            "订阅对账单",
            "月结单",
            "邮件账单",
            "对帐单",
            "monthly e-statement",
            "email statement",
        ],
        &["电子对账单订阅"],
    ),
    // statements__cancel_estatement
    (
        &[
            "不要对账单邮件",
            "取消对账单",
            "邮箱账单停掉",
            "对账单退订",
            "别发对账单",
            "stop email statements",
            "unsubscribe statement",
        ],
        &["退订电子对账单"],
    ),
    // statements__transfer_receipt
    (
        &[
            "转账凭证",
            "回单",
            "付款凭证",
            "转账证明",
            "汇款回执",
            "打回单",
            "证明钱转过",
            "transfer receipt",
            "proof of payment",
        ],
        &["电子回单"],
    ),
    // statements__verify_receipt
    (
        &[
            "回单真假",
            "流水验证码",
            "验证回单",
            "核验流水",
            "回单是真的吗",
            "财务核对回单",
            "verify receipt",
            "check statement genuine",
        ],
        &["回单验真"],
    ),
    // statements__export_history
    (
        &[
            "之前导的流水",
            "流水重发",
            "导过的记录",
            "再发一次流水",
            "流水邮件没收到",
            "导出历史",
            "past exports",
            "resend statement",
        ],
        &["导出记录"],
    ),
    // transfer__transfer_to_person
    (
        &[
            "转钱给朋友",
            "给别人转账",
            "打钱",
            "跨行转账",
            "汇钱给他",
            "转房租给房东",
            "转帐",
            "给人打款",
            "send money to someone",
            "bank transfer",
        ],
        &["转账给他人"],
    ),
    // transfer__transfer_between_own
    (
        &[
            "自己卡之间转",
            "工资卡转到另一张",
            "倒一下钱",
            "转到自己名下",
            "本人互转",
            "卡之间挪钱",
            "between my own accounts",
            "move money to my other card",
        ],
        &["本人账户互转"],
    ),
    // transfer__transfer_by_mobile
    (
        &[
            "只知道手机号",
            "按手机号打钱",
            "没有卡号",
            "手机号汇款",
            "输手机号转",
            "转给手机号",
            "send money by phone number",
            "transfer to mobile",
        ],
        &["手机号转账"],
    ),
    // transfer__schedule_transfer
    (
        &[
            "定期转账",
            "每月自动转房租",
            "定时转账",
            "下个月再转",
            "每月5号转",
            "以后自动打钱",
            "按月给人转",
            "scheduled transfer",
            "monthly rent transfer",
        ],
        &["Schedule a transfer"],
    ),
    // transfer__cancel_scheduled_transfer
    (
        &[
            "定期转账停了",
            "取消定时转账",
            "不用每月转了",
            "房租不自动转了",
            "停掉自动转账",
            "预约的转账取消",
            "cancel scheduled transfer",
            "stop repeating transfer",
        ],
        &["撤销预约转账"],
    ),
    // transfer__list_transfer_records
    (
        &[
            "钱转过去没",
            "对方没收到",
            "转账到账了吗",
            "转账退回",
            "转账成功了吗",
            "之前转的钱",
            "转帐记录",
            "did my transfer arrive",
            "transfer status",
        ],
        &["Transfer history"],
    ),
    // transfer__list_payees
    (
        &[
            "收款人名单",
            "存的收款人",
            "转过账的人",
            "收款人列表",
            "通讯录收款人",
            "saved payees",
            "my payee list",
        ],
        &["常用收款人"],
    ),
    // transfer__add_payee
    (
        &[
            "新增收款人",
            "存一个收款人",
            "保存收款账户",
            "加个收款人",
            "下次转账方便",
            "add a payee",
            "save new payee",
        ],
        &["添加收款人"],
    ),
    // transfer__delete_payee
    (
        &[
            "收款人删掉",
            "去掉收款人",
            "不用的收款人",
            "清理收款人",
            "收款人列表删除",
            "delete payee",
            "remove saved payee",
        ],
        &["删除收款人"],
    ),
    // txn_dispute__report_fraud
    (
        &[
            "被盗刷",
            "卡被盗刷了",
            "不是我刷的",
            "莫名消费",
            "卡在身上却被刷",
            "陌生扣款",
            "卡被到刷",
            "unauthorised charge",
            "card fraud",
        ],
        &["盗刷申报"],
    ),
    // txn_dispute__open_chargeback
    (
        &[
            "商家不发货",
            "没收到货",
            "商家承诺退款没退",
            "商家跑路",
            "拒付",
            "退单",
            "服务没提供",
            "钱要回来",
            "request a chargeback",
            "merchant won't refund",
        ],
        &["申请拒付"],
    ),
    // txn_dispute__duplicate_charge
    (
        &[
            "扣了两次",
            "重复扣款",
            "多扣了一笔",
            "金额不对",
            "付一次扣两次",
            "扣多了",
            "charged twice",
            "double charge",
        ],
        &["重复扣款申诉"],
    ),
    // txn_dispute__dispute_status
    (
        &[
            "争议进度",
            "拒付结果",
            "申诉怎么样了",
            "盗刷处理到哪了",
            "争议的钱退回来没",
            "临时入账",
            "dispute status",
            "chargeback progress",
        ],
        &["争议处理进度"],
    ),
    // txn_dispute__upload_evidence
    (
        &[
            "补材料",
            "上传聊天记录",
            "上传凭证",
            "补证据",
            "快递单截图",
            "提交证明材料",
            "upload evidence",
            "add documents dispute",
        ],
        &["补充争议材料"],
    ),
    // txn_dispute__withdraw_dispute
    (
        &[
            "商家已退款",
            "撤回申诉",
            "不申诉了",
            "取消拒付",
            "问题解决了撤销",
            "撤回争议",
            "withdraw dispute",
            "merchant refunded already",
        ],
        &["撤销争议"],
    ),
    // txn_dispute__transaction_detail
    (
        &[
            "这笔是什么",
            "看不懂的扣款",
            "这笔在哪刷的",
            "商户名称",
            "这是哪家店",
            "不认识的消费",
            "交易地点",
            "what is this charge",
            "unknown merchant",
        ],
        &["交易详情查询"],
    ),
    // safe_box__box_availability
    (
        &[
            "有没有空保管箱",
            "保险箱租金",
            "保管箱多少钱一年",
            "哪里有保管箱",
            "保管箱大小",
            "保管箱押金",
            "safe deposit box available",
            "box rent price",
        ],
        &["保管箱空箱查询"],
    ),
    // safe_box__rent_box
    (
        &[
            "租保险箱",
            "放金条的地方",
            "贵重物品存放",
            "租个保管箱",
            "房产证放银行",
            "存首饰",
            "rent a safe deposit box",
            "store valuables",
        ],
        &["申请租用保管箱"],
    ),
    // safe_box__renew_box
    (
        &[
            "保管箱到期",
            "保管箱续一年",
            "保管箱续费",
            "保险箱续租",
            "交保管箱租金",
            "renew safe box",
            "extend box rental",
        ],
        &["保管箱续租"],
    ),
    // safe_box__my_box
    (
        &[
            "我的保险箱",
            "保管箱哪天到期",
            "保管箱在哪个网点",
            "开箱记录",
            "保管箱信息",
            "my safe box",
            "box expiry date",
        ],
        &["我的保管箱"],
    ),
    // safe_box__book_opening
    (
        &[
            "去开保管箱",
            "取保管箱东西",
            "开保险箱预约",
            "去金库",
            "放东西进保管箱",
            "保管箱存取",
            "open my safe box",
            "visit the vault",
        ],
        &["预约开箱"],
    ),
    // safe_box__terminate_box
    (
        &[
            "不租保管箱了",
            "退保险箱",
            "保管箱押金退",
            "交还钥匙",
            "保管箱不要了",
            "end box rental",
            "return box keys",
        ],
        &["保管箱退租"],
    ),
    // campaigns__daily_checkin
    (
        &[
            "签到",
            "今天签到",
            "打卡领积分",
            "签个到",
            "每天领奖励",
            "签到领奖",
            "check in today",
            "daily sign in",
        ],
        &["每日签到"],
    ),
    // campaigns__checkin_calendar
    (
        &[
            "签了几天",
            "连签几天",
            "签到记录",
            "断签了吗",
            "漏签",
            "签到奖励还差几天",
            "check-in streak",
            "check-in record",
        ],
        &["签到日历"],
    ),
    // campaigns__lucky_draw
    (
        &[
            "大转盘",
            "抽一次",
            "转盘抽奖",
            "抽奖机会",
            "试试手气",
            "九宫格抽奖",
            "lucky draw",
            "spin the wheel",
        ],
        &["抽奖"],
    ),
    // campaigns__list_campaigns
    (
        &[
            "有什么活动",
            "最近优惠活动",
            "银行活动",
            "新活动",
            "刷卡返现活动",
            "节日活动",
            "current promotions",
            "what campaigns",
        ],
        &["正在进行的活动"],
    ),
    // campaigns__join_campaign
    (
        &[
            "报名活动",
            "参加活动",
            "先报名再刷",
            "活动报个名",
            "报名领奖",
            "返现活动报名",
            "sign up for campaign",
            "enrol in promotion",
        ],
        &["活动报名"],
    ),
    // campaigns__campaign_progress
    (
        &[
            "还差几笔",
            "达标了吗",
            "刷了几次了",
            "任务完成没",
            "返现进度",
            "还差多少达标",
            "campaign progress",
            "how many more purchases",
        ],
        &["活动进度"],
    ),
    // campaigns__my_prizes
    (
        &[
            "中奖了吗",
            "奖品领了没",
            "抽中的东西",
            "奖品发货",
            "领奖",
            "中奖记录",
            "my prizes",
            "claim prize",
        ],
        &["我的奖品"],
    ),
    // coupon_center__available_coupons
    (
        &[
            "有什么券",
            "优惠券有哪些",
            "满减券",
            "立减金",
            "吃饭优惠券",
            "今天有券吗",
            "打折券",
            "coupons available",
            "any discounts",
        ],
        &["可领优惠券"],
    ),
    // coupon_center__claim_coupon
    (
        &[
            "领券",
            "抢券",
            "领个立减金",
            "券领一下",
            "领满减券",
            "把这张券领了",
            "claim coupon",
            "grab a coupon",
        ],
        &["领取优惠券"],
    ),
    // coupon_center__my_coupons
    (
        &[
            "我有哪些券",
            "券包",
            "领的券在哪",
            "没用的券",
            "卡券",
            "券过期了吗",
            "券怎么用",
            "my coupons",
            "coupon wallet",
        ],
        &["我的优惠券"],
    ),
    // coupon_center__expiry_reminder
    (
        &[
            "券快过期提醒",
            "别让券浪费",
            "过期前提醒我",
            "券到期通知",
            "券总忘了用",
            "coupon expiry reminder",
            "remind before coupon expires",
        ],
        &["券到期提醒"],
    ),
    // coupon_center__return_coupon
    (
        &[
            "退券",
            "券不要了",
            "券退掉",
            "买的券退款",
            "领错券",
            "不想用这张券",
            "return coupon",
            "refund paid coupon",
        ],
        &["退回优惠券"],
    ),
    // coupon_center__redeem_code
    (
        &[
            "兑换码",
            "输入券码",
            "激活码兑换",
            "有个码怎么用",
            "券码",
            "兑换口令",
            "redeem code",
            "enter coupon code",
        ],
        &["兑换券码"],
    ),
    // points_mall__points_balance
    (
        &[
            "积分还剩多少",
            "可用积分",
            "积分即将过期",
            "银行积分",
            "有多少积分",
            "积分清零",
            "my points",
            "points expiring",
        ],
        &["查询可用积分"],
    ),
    // points_mall__browse_rewards
    (
        &[
            "积分换啥",
            "积分礼品",
            "积分能买什么",
            "积分商品",
            "积分好物",
            "逛积分商城",
            "browse rewards",
            "points gifts",
        ],
        &["积分好礼"],
    ),
    // points_mall__redeem_reward
    (
        &[
            "积分换商品",
            "积分兑东西",
            "积分下单",
            "积分换电子券",
            "积分买东西",
            "用积分换",
            "redeem points",
            "use points to buy",
        ],
        &["Redeem points for goods"],
    ),
    // points_mall__points_plus_cash
    (
        &[
            "积分不够加钱",
            "积分加现金",
            "积分抵一部分",
            "差点积分补钱",
            "积分+钱",
            "部分积分",
            "points plus cash",
            "top up with cash",
        ],
        &["积分+现金购"],
    ),
    // points_mall__redeem_airmiles
    (
        &[
            "积分换里程",
            "换航空里程",
            "南航里程",
            "里程兑换",
            "积分换机票",
            "常旅客里程",
            "points to miles",
            "points for airline miles",
        ],
        &["积分兑换航空里程"],
    ),
    // points_mall__redeem_phone_credit
    (
        &[
            "积分换话费",
            "积分充话费",
            "话费兑换",
            "积分交话费",
            "手机充值积分",
            "points for phone credit",
            "mobile top up with points",
        ],
        &["积分兑话费"],
    ),
    // points_mall__redemption_history
    (
        &[
            "积分换过什么",
            "兑换的券码",
            "兑换物流",
            "兑换的东西到了吗",
            "积分使用记录",
            "redemption history",
            "voucher code from points",
        ],
        &["兑换记录"],
    ),
    // gift_card__buy_card
    (
        &[
            "买京东E卡",
            "买购物卡",
            "送礼买卡",
            "超市卡",
            "电子礼品卡",
            "买张卡送人",
            "礼品卡购买",
            "buy gift card",
            "e-gift card",
        ],
        &["购买礼品卡"],
    ),
    // gift_card__send_card
    (
        &[
            "礼品卡送朋友",
            "转赠礼品卡",
            "把卡送给朋友",
            "发礼品卡",
            "送电子卡",
            "卡转给朋友",
            "send gift card",
            "gift to a friend",
        ],
        &["赠送礼品卡"],
    ),
    // gift_card__bind_card
    (
        &[
            "实体卡绑定",
            "刮开卡密",
            "购物卡加进来",
            "输入卡密",
            "收到实体卡",
            "预付卡绑定",
            "add physical gift card",
            "enter card password",
        ],
        &["绑定礼品卡"],
    ),
    // gift_card__card_balance
    (
        &[
            "礼品卡还剩多少",
            "购物卡余额",
            "礼品卡有效期",
            "预付卡余额",
            "京东卡余额",
            "gift card balance",
            "prepaid card left",
        ],
        &["礼品卡余额"],
    ),
    // gift_card__card_transactions
    (
        &[
            "购物卡花哪了",
            "礼品卡明细",
            "预付卡消费",
            "礼品卡用了多少",
            "礼品卡账单",
            "gift card history",
            "prepaid card spending",
        ],
        &["礼品卡消费记录"],
    ),
    // gift_card__withdraw_gift
    (
        &[
            "送错人了",
            "对方没领",
            "礼品卡撤回",
            "收回礼品卡",
            "发错号码",
            "取消赠送",
            "take back gift card",
            "recipient hasn't claimed",
        ],
        &["撤回赠送"],
    ),
    // charity__list_projects
    (
        &[
            "有哪些公益",
            "助学项目",
            "捐给谁",
            "慈善项目",
            "救灾捐款项目",
            "大病救助",
            "公益活动",
            "charity projects",
            "causes to support",
        ],
        &["公益项目列表"],
    ),
    // charity__project_progress
    (
        &[
            "善款用到哪了",
            "捐的钱怎么花",
            "公益进展",
            "善款公示",
            "项目进度",
            "钱用在哪",
            "how donations are used",
            "project update",
        ],
        &["项目进展公示"],
    ),
    // charity__donate
    (
        &[
            "捐点钱",
            "献爱心",
            "捐一笔",
            "给灾区捐",
            "做公益",
            "匿名捐",
            "爱心捐赠",
            "娟款",
            "donate money",
            "make a donation",
        ],
        &["Donate"],
    ),
    // charity__set_monthly_donation
    (
        &[
            "月捐",
            "每月捐",
            "定期捐款",
            "每个月捐点",
            "长期捐助",
            "自动捐",
            "monthly donation",
            "give every month",
        ],
        &["开通月捐"],
    ),
    // charity__cancel_monthly_donation
    (
        &[
            "月捐停了",
            "不月捐了",
            "停止每月捐",
            "暂停捐款",
            "关掉月捐",
            "stop monthly donation",
            "cancel recurring gift",
        ],
        &["取消月捐"],
    ),
    // charity__donation_history
    (
        &[
            "捐过多少",
            "今年捐了多少",
            "捐赠记录",
            "爱心记录",
            "捐款明细",
            "my donations",
            "donation history",
        ],
        &["我的捐款记录"],
    ),
    // charity__donation_receipt
    (
        &[
            "捐款发票",
            "捐赠收据",
            "抵税票据",
            "个税抵扣捐款",
            "捐赠证明",
            "开捐赠票据",
            "donation receipt",
            "tax deduction receipt",
        ],
        &["申请捐赠票据"],
    ),
    // remit_abroad__send_remittance
    (
        &[
            "给孩子汇学费",
            "汇钱到国外",
            "电汇",
            "往海外打钱",
            "汇生活费出国",
            "国际汇款",
            "swift转账",
            "境外会款",
            "send money abroad",
            "wire overseas",
        ],
        &["境外汇款"],
    ),
    // remit_abroad__fee_estimate
    (
        &[
            "汇款手续费",
            "电报费",
            "汇出去要多少钱",
            "汇款成本",
            "汇一万美元多少钱",
            "跨境手续费",
            "remittance fee",
            "cost to wire abroad",
        ],
        &["汇款费用试算"],
    ),
    // remit_abroad__track_remittance
    (
        &[
            "汇款到了没",
            "学校没收到钱",
            "汇款进度",
            "中转行",
            "退汇",
            "电汇到哪了",
            "track my wire",
            "remittance arrived",
        ],
        &["汇款进度查询"],
    ),
    // remit_abroad__list_inbound
    (
        &[
            "国外打来的钱",
            "境外汇入",
            "海外汇款到了吗",
            "外国人给我汇",
            "收到外汇",
            "境外来款",
            "money from abroad",
            "inbound wire",
        ],
        &["汇入汇款查询"],
    ),
    // remit_abroad__claim_inbound
    (
        &[
            "汇入款解付",
            "国外来的钱入账",
            "境外汇款申报",
            "外汇入账确认",
            "汇款待解付",
            "申报用途",
            "claim inbound remittance",
            "declare incoming wire",
        ],
        &["汇入款项入账申报"],
    ),
    // remit_abroad__fx_quota
    (
        &[
            "5万美元额度",
            "购汇额度",
            "今年还能换多少",
            "便利化额度",
            "结汇额度",
            "换汇额度",
            "外汇额度",
            "annual fx quota",
            "50000 dollar limit",
        ],
        &["结售汇额度查询"],
    ),
    // remit_abroad__saved_beneficiaries
    (
        &[
            "海外收款人",
            "存的境外账户",
            "国外收款人",
            "学校收款信息",
            "上次汇款的收款人",
            "overseas payees",
            "saved beneficiaries",
        ],
        &["境外收款人管理"],
    ),
    // fx_cash__branches
    (
        &[
            "哪个网点有美元",
            "哪里能取日元",
            "外币现钞网点",
            "换外币去哪",
            "有泰铢的网点",
            "兑换外币网点",
            "where to get foreign cash",
            "branch with yen",
        ],
        &["可预约网点"],
    ),
    // fx_cash__book
    (
        &[
            "身上没日元",
            "出国换现金",
            "预约取美元",
            "换点欧元",
            "出差要外币",
            "取外币",
            "提前换外币",
            "book foreign cash",
            "get yen for trip",
        ],
        &["预约取外币现钞"],
    ),
    // fx_cash__bookings
    (
        &[
            "约了哪天取外币",
            "外币预约记录",
            "现钞预约状态",
            "外币预约成功没",
            "什么时候取现钞",
            "my cash booking",
            "foreign cash reservation status",
        ],
        &["我的现钞预约"],
    ),
    // fx_cash__reschedule
    (
        &[
            "改约取外币",
            "取钞日期改",
            "换个网点取外币",
            "外币晚几天取",
            "现钞改约",
            "change cash pickup date",
            "move foreign cash booking",
        ],
        &["修改现钞预约"],
    ),
    // fx_cash__cancel
    (
        &[
            "不出国了",
            "外币不取了",
            "行程取消外币",
            "现钞预约取消",
            "外币预约撤销",
            "cancel foreign cash booking",
            "don't need the cash",
        ],
        &["取消现钞预约"],
    ),
    // fx_cash__currencies
    (
        &[
            "能换哪些外币",
            "有没有韩元",
            "小币种",
            "外币面额",
            "小面额美元",
            "支持什么币种",
            "which currencies in cash",
            "cash denominations available",
        ],
        &["可兑换币种"],
    ),
    // ---- second pass: situations, English and mixed phrasings ----
    // account_alerts__alert_settings
    (
        &[
            "没收到动账短信",
            "扣钱了没通知",
            "提醒是短信还是微信",
            "动账通知发哪个号",
            "why no alert for payment",
            "do I get transaction alerts",
            "alert 开了没",
        ],
        &["查询提醒设置"],
    ),
    // account_alerts__enable_sms_alert
    (
        &[
            "被扣钱都不知道",
            "爸妈不用微信要短信",
            "每笔消费都想知道",
            "老人手机收短信提醒",
            "text me every transaction",
            "get a text when I spend",
            "开个动账 sms",
        ],
        &["开通短信通知"],
    ),
    // account_alerts__cancel_sms_alert
    (
        &[
            "银行短信太烦了",
            "每月白扣短信费",
            "短信提醒太多了",
            "不想交短信费",
            "too many texts from the bank",
            "don't want to pay for sms",
            "动账短信 cancel",
        ],
        &["取消短信通知"],
    ),
    // account_alerts__enable_wechat_alert
    (
        &[
            "关注公众号收通知",
            "微信上看进出账",
            "国外收不到短信提醒",
            "微信推送每笔消费",
            "alerts in wechat",
            "wechat 动账提醒",
            "短信要钱微信免费",
        ],
        &["开通微信动账提醒"],
    ),
    // account_alerts__set_threshold
    (
        &[
            "买瓶水都提醒",
            "一块钱也发短信太烦",
            "扫码买菜也通知",
            "小额消费别通知我",
            "stop alerts for tiny payments",
            "alerts for small amounts annoying",
            "只提醒大额",
        ],
        &["设置提醒起点金额"],
    ),
    // account_alerts__change_alert_mobile
    (
        &[
            "动账短信发到旧号上",
            "提醒改发到新号码",
            "旧号注销收不到动账",
            "动账提醒发给别人了",
            "sms alerts to my new phone",
            "alerts going to old number",
        ],
        &["修改通知手机号"],
    ),
    // account_alerts__sms_fee_records
    (
        &[
            "短信费扣了几年了",
            "每个月扣的短信费",
            "短信通知费明细",
            "短信年费扣了多少",
            "sms fee history",
            "monthly sms charge",
        ],
        &["短信费扣费记录"],
    ),
    // account_center__list_accounts
    (
        &[
            "忘了开过几张卡",
            "名下有没有别的卡",
            "开户太多记不清",
            "查名下银行卡",
            "list all my accounts",
            "how many cards do I have",
            "我有几个 account",
        ],
        &["我的账户列表"],
    ),
    // account_center__get_balance
    (
        &[
            "月底看看还剩多少钱",
            "卡里够付房租吗",
            "付款前看看钱够不够",
            "余额 check 一下",
            "check my balance",
            "how much is in my account",
            "balance 多少",
        ],
        &["查询余额"],
    ),
    // account_center__list_transactions
    (
        &[
            "有笔钱不知道去哪了",
            "查查上周那笔支出",
            "谁往我卡里打了钱",
            "卡里少了一笔钱",
            "最近扣款记录",
            "show my transactions",
            "account activity",
            "查下 transaction",
        ],
        &["查询收支明细"],
    ),
    // account_center__monthly_summary
    (
        &[
            "月光了看看钱去哪",
            "这个月怎么花这么多",
            "想记账省点钱",
            "这个月外卖花了多少",
            "where did my money go this month",
            "monthly spending report",
            "每月 spending 统计",
        ],
        &["月度收支分析"],
    ),
    // account_center__set_alias
    (
        &[
            "卡太多分不清哪张",
            "卡号长得都一样",
            "给房贷卡做个备注",
            "改个好认的名字",
            "label my accounts",
            "give my card a name",
        ],
        &["设置账户别名"],
    ),
    // account_center__hide_account
    (
        &[
            "旧卡不想在首页出现",
            "不想让家人看到这张卡",
            "不常用的卡收起来",
            "账户太多看着乱",
            "remove card from home screen",
            "hide account from list",
        ],
        &["隐藏账户"],
    ),
    // account_center__account_details
    (
        &[
            "公司要填工资卡信息",
            "报销要填开户支行",
            "别人要给我打款问卡号",
            "退税要填开户行",
            "need my account number and branch",
            "bank details to receive money",
            "开户行 info",
        ],
        &["账户信息与开户行"],
    ),
    // account_service__book_account_opening
    (
        &[
            "刚来这个城市上班",
            "给孩子开个户",
            "孩子上大学要办卡",
            "想办一张一类卡",
            "开户要准备什么",
            "open a savings account",
            "I need a bank account",
        ],
        &["预约开立借记卡"],
    ),
    // account_service__close_account
    (
        &[
            "离职了工资卡不用了",
            "出国定居卡要销掉",
            "卡太多想注销几张",
            "回老家了卡注销",
            "close my account",
            "closing an old bank card",
        ],
        &["借记卡销户"],
    ),
    // account_service__reactivate_dormant
    (
        &[
            "翻出一张旧存折",
            "老卡取不了钱",
            "长时间没交易被停",
            "好多年前开的卡",
            "account inactive for years",
            "reactivate old account",
            "睡眠卡 activate",
        ],
        &["久悬账户激活"],
    ),
    // account_service__restriction_status
    (
        &[
            "转账提示账户状态异常",
            "收到钱转不出去",
            "卡只能进不能出",
            "卡被风控了",
            "account is restricted",
            "why can't I transfer out",
            "卡 restricted 了",
        ],
        &["账户限制查询"],
    ),
    // account_service__lift_restriction
    (
        &[
            "被非柜面了怎么办",
            "证明卡是自己在用",
            "提交工作证明解限",
            "解除只收不付",
            "remove transfer restriction",
            "get restriction lifted",
        ],
        &["申请解除限制"],
    ),
    // account_service__linked_services
    (
        &[
            "销户前要解绑什么",
            "卡上还有代扣吗",
            "换卡前查查绑定",
            "卡上挂了哪些业务",
            "services tied to this account",
            "check links before closing",
        ],
        &["账户关联业务"],
    ),
    // asset_overview__total_assets
    (
        &[
            "算算自己有多少钱",
            "存款理财一共多少",
            "攒了多少钱了",
            "家底有多少",
            "how much do I have in total",
            "all my money at the bank",
            "total 资产",
        ],
        &["查看总资产"],
    ),
    // asset_overview__earnings
    (
        &[
            "理财今天赚了吗",
            "收益怎么是负的",
            "钱生钱了多少",
            "这个月赚了多少收益",
            "did I make money",
            "daily returns",
            "收益 today",
        ],
        &["收益明细"],
    ),
    // asset_overview__cashflow
    (
        &[
            "每月存不下钱",
            "工资都花哪了",
            "收入支出比例",
            "挣的不够花",
            "income and expenses",
            "am I spending more than I earn",
        ],
        &["收支分析"],
    ),
    // asset_overview__monthly_statement
    (
        &[
            "月底看资产涨没涨",
            "上个月资产少了",
            "资产变化报告",
            "asset change last month",
            "monthly wealth report",
        ],
        &["月度资产账单"],
    ),
    // asset_overview__allocation_check
    (
        &[
            "钱全放活期了",
            "股票基金买太多了",
            "配置是不是太激进",
            "钱放哪比较合理",
            "is my portfolio balanced",
            "too much risk in my investments",
        ],
        &["资产配置诊断"],
    ),
    // asset_overview__hide_amounts
    (
        &[
            "别人借我手机看",
            "截图怕露余额",
            "同事在旁边看屏幕",
            "金额显示成星号",
            "hide my balance",
            "balance visible on screen",
        ],
        &["隐藏资产金额"],
    ),
    // bank_certificates__apply_deposit_certificate,  deposit_proof__apply
    (
        &[
            "办签证要存款证明",
            "申根签要资金证明",
            "孩子出国读书要证明",
            "大使馆要看存款",
            "visa needs proof of funds",
            "bank deposit certificate",
            "签证 deposit 证明",
        ],
        &["开立存款证明"],
    ),
    // bank_certificates__apply_credit_certificate
    (
        &[
            "公司投标要银行证明",
            "招标文件要资信",
            "办移民要银行证明",
            "出国移民信誉证明",
            "bank reference for tender",
            "letter of good standing",
        ],
        &["开立资信证明"],
    ),
    // bank_certificates__certificate_fees
    (
        &[
            "开个证明要花多少",
            "证明加急要几天",
            "证明工本费",
            "开证明多久能拿",
            "how long to get a certificate",
            "certificate cost",
        ],
        &["证明收费标准"],
    ),
    // bank_certificates__list_certificates
    (
        &[
            "上周申请的证明",
            "证明审核通过了吗",
            "证明电子版在哪下",
            "download my certificate",
            "my certificate status",
        ],
        &["证明申请记录"],
    ),
    // bank_certificates__verify_certificate,  deposit_proof__verify
    (
        &[
            "大使馆要核实证明",
            "签证官核实存款",
            "证明是不是伪造的",
            "学校要核验证明",
            "embassy verifying bank letter",
            "is this bank letter real",
        ],
        &["真伪"],
    ),
    // bank_certificates__cancel_certificate,  deposit_proof__revoke
    (
        &[
            "出签了钱想用",
            "证明冻结的钱急用",
            "拒签了证明不用了",
            "签证办完解冻",
            "unfreeze money after visa",
            "release frozen deposit",
        ],
        &["撤销存款证明"],
    ),
    // branch_booking__find_branches
    (
        &[
            "周六银行开门吗",
            "去银行办事找网点",
            "附近有你们银行吗",
            "哪个网点人少",
            "nearest bank",
            "branch open on sunday",
            "附近 branch",
        ],
        &["查找附近网点"],
    ),
    // branch_booking__find_atms
    (
        &[
            "身上没现金要取钱",
            "要存现金找机器",
            "外卡能取钱的机器",
            "附近能取钱吗",
            "where can I withdraw cash",
            "nearest ATM",
            "附近 ATM",
        ],
        &["查找ATM"],
    ),
    // branch_booking__book_visit
    (
        &[
            "要取一大笔现金",
            "结婚要取现金",
            "去柜台怕排队先约",
            "老人要去柜台办事",
            "appointment at the branch",
            "帮我 book 个网点",
        ],
        &["预约办理业务"],
    ),
    // branch_booking__list_bookings
    (
        &[
            "忘了约的几号",
            "预约短信找不到了",
            "我约了哪个网点",
            "when is my appointment",
            "my bank booking",
        ],
        &["我的预约"],
    ),
    // branch_booking__reschedule_booking
    (
        &[
            "那天要加班去不了",
            "约的时间有冲突",
            "预约往后挪",
            "change appointment time",
            "预约 reschedule",
        ],
        &["修改预约"],
    ),
    // branch_booking__cancel_booking
    (
        &[
            "线上办完了不用去",
            "不用去网点了",
            "预约用不上了",
            "don't need the appointment",
            "预约 cancel",
        ],
        &["取消预约"],
    ),
    // branch_booking__take_number
    (
        &[
            "去银行之前先排队",
            "在路上先取号",
            "银行人太多了",
            "queue ticket before I arrive",
            "先拿个号",
        ],
        &["线上取号"],
    ),
    // branch_booking__queue_status
    (
        &[
            "拿了号还要等多久",
            "出去一下会不会过号",
            "排队排到哪了",
            "is it my turn yet",
            "how many people waiting",
        ],
        &["排队进度"],
    ),
    // card_apply__card_products
    (
        &[
            "出差多想要贵宾厅的卡",
            "能积里程的信用卡",
            "出国留学用什么卡",
            "加油有优惠的卡",
            "card with airport lounge",
            "credit card with no annual fee",
            "哪张卡 cashback 多",
        ],
        &["信用卡产品"],
    ),
    // card_apply__apply_card
    (
        &[
            "刚工作想办信用卡",
            "还没有信用卡",
            "大学毕业想办卡",
            "I want a credit card",
            "网上申请 credit card",
            "想申请一张信用卡",
        ],
        &["申请信用卡"],
    ),
    // card_apply__application_status
    (
        &[
            "申请了好久没消息",
            "办卡回访电话接过了",
            "信用卡怎么还没寄到",
            "信用卡审批结果",
            "where is my new credit card",
            "credit card application declined",
        ],
        &["申请进度查询"],
    ),
    // card_apply__activate_card
    (
        &[
            "收到信用卡快递了",
            "新信用卡刷不了",
            "信用卡拿到手要干嘛",
            "just got my credit card",
            "新卡 activate",
        ],
        &["激活信用卡"],
    ),
    // card_apply__set_card_pin
    (
        &[
            "信用卡刷卡要密码",
            "信用卡取现要密码",
            "信用卡密码锁了",
            "forgot credit card pin",
            "信用卡 pin 设置",
        ],
        &["设置交易密码"],
    ),
    // card_apply__cancel_card
    (
        &[
            "信用卡太多不想要了",
            "信用卡用不上了",
            "销掉一张信用卡",
            "close my credit card account",
            "信用卡 cancel",
        ],
        &["注销信用卡"],
    ),
    // card_apply__supplementary_card
    (
        &[
            "给爸妈办张副卡",
            "老婆也想用我额度",
            "孩子出国用我的额度",
            "additional card for family",
            "card for my wife",
        ],
        &["申请附属卡"],
    ),
    // card_installment__installment_quote
    (
        &[
            "想分期先算算",
            "分期到底划不划算",
            "分期每月还多少",
            "how much per month if I split",
            "分期 fee 多少",
        ],
        &["分期试算"],
    ),
    // card_installment__bill_installment
    (
        &[
            "这个月信用卡还不起了",
            "工资不够还信用卡",
            "账单太大还不完",
            "can't pay my card bill in full",
            "split my statement",
            "信用卡 bill 分期",
        ],
        &["账单分期"],
    ),
    // card_installment__purchase_installment
    (
        &[
            "刚买了电脑想分期",
            "装修刷的那笔分期",
            "买了个大件分期还",
            "split a big purchase",
            "那笔消费 installment",
        ],
        &["消费分期"],
    ),
    // card_installment__cash_installment
    (
        &[
            "信用卡额度能借出来吗",
            "额度转到储蓄卡用",
            "信用卡套现分期还",
            "cash from credit card limit",
            "borrow from my card",
        ],
        &["现金分期"],
    ),
    // card_installment__list_plans
    (
        &[
            "分期还有几期没还",
            "账单里怎么有分期",
            "分期什么时候还完",
            "how many installments left",
            "my installment plan",
        ],
        &["我的分期"],
    ),
    // card_installment__early_settle
    (
        &[
            "年终奖到了还掉分期",
            "手头宽裕了一次还清",
            "分期不想背了",
            "pay off the rest now",
            "分期 pay off",
        ],
        &["分期提前还款"],
    ),
    // card_installment__installment_offers
    (
        &[
            "分期有没有打折",
            "想等免息再分期",
            "分期手续费能便宜吗",
            "any 0% installment deals",
            "分期 promotion",
        ],
        &["分期优惠活动"],
    ),
    // card_points__points_balance,  points_mall__points_balance
    (
        &[
            "积分快清零了",
            "积分年底过期吗",
            "points about to expire",
            "积分 balance",
            "how many reward points",
        ],
        &["积分余额", "可用积分"],
    ),
    // card_points__points_history
    (
        &[
            "刷了卡怎么没积分",
            "积分怎么变少了",
            "这笔消费有积分吗",
            "why didn't I get points",
            "points not credited",
        ],
        &["积分明细"],
    ),
    // card_points__browse_rewards,  points_mall__browse_rewards
    (
        &[
            "积分快过期想换点东西",
            "积分能换啥好东西",
            "积分攒了一堆没用",
            "what can points buy",
            "rewards with my points",
        ],
        &["积分商城商品", "积分好礼"],
    ),
    // card_points__redeem_gift
    (
        &[
            "积分换个行李箱",
            "积分换超市卡",
            "积分换家电",
            "exchange points for a gift",
            "积分 redeem 礼品",
        ],
        &["积分兑换礼品"],
    ),
    // card_points__redeem_miles,  points_mall__redeem_airmiles
    (
        &[
            "想用积分换机票",
            "攒里程升舱",
            "里程不够换机票",
            "convert points to miles",
            "积分 to miles",
        ],
        &["航空里程"],
    ),
    // card_points__points_offset_fee
    (
        &[
            "年费扣了用积分抵",
            "不想现金交年费",
            "积分能抵年费吗",
            "pay annual fee with points",
        ],
        &["积分抵扣年费"],
    ),
    // card_points__redemption_orders,  points_mall__redemption_history
    (
        &[
            "积分换的东西还没到",
            "兑换的礼品没发货",
            "积分兑换查物流",
            "points order not arrived",
            "redeemed gift not received",
        ],
        &["兑换订单", "兑换记录"],
    ),
    // cardless_atm__create_withdrawal
    (
        &[
            "出门忘带银行卡",
            "钱包落家里了要取钱",
            "卡在家里人在外面",
            "让家人去ATM帮我取",
            "forgot my card need cash",
            "atm without a card",
            "无卡 withdraw",
        ],
        &["预约无卡取款"],
    ),
    // cardless_atm__scan_atm
    (
        &[
            "ATM上有个二维码",
            "取款机屏幕显示二维码",
            "用手机扫取款机",
            "scan the code on atm",
            "atm qr 取钱",
        ],
        &["扫码取款"],
    ),
    // cardless_atm__list_withdrawals
    (
        &[
            "取款码忘了",
            "取款码找不到了",
            "昨天约的取款",
            "my withdrawal code",
            "cardless withdrawal status",
        ],
        &["无卡取款记录"],
    ),
    // cardless_atm__cancel_withdrawal
    (
        &[
            "取款码发错人了",
            "不用去ATM取了",
            "取款码泄露了",
            "cancel the atm code",
            "取款码作废掉",
        ],
        &["撤销无卡取款"],
    ),
    // cardless_atm__cardless_limits
    (
        &[
            "无卡能取一万吗",
            "无卡取款一次多少",
            "哪台机器能无卡取",
            "how much without a card",
            "无卡取款 limit",
        ],
        &["无卡取款限额"],
    ),
    // class2_account__open_class2
    (
        &[
            "买理财要电子账户",
            "不想跑网点开户",
            "专门开个零花钱账户",
            "外地卡想开你行账户",
            "open an account online",
            "online account without visiting branch",
        ],
        &["开立II类账户"],
    ),
    // class2_account__fund_class2
    (
        &[
            "电子账户里没钱",
            "买理财钱不够先转入",
            "他行卡转到电子户",
            "e-account 充值",
            "add money to e-account",
        ],
        &["II类户充值"],
    ),
    // class2_account__withdraw_class2
    (
        &[
            "电子账户的钱拿出来",
            "理财到期钱转回去",
            "钱转回他行卡",
            "move money out of e-account",
            "e-account 提现",
        ],
        &["II类户提现"],
    ),
    // class2_account__class2_limits
    (
        &[
            "电子账户转不进钱",
            "二类户提示超额",
            "电子账户还能转多少",
            "e-account limit reached",
            "二类户 limit",
        ],
        &["II类户限额查询"],
    ),
    // class2_account__change_bind_card
    (
        &[
            "绑定的卡销户了",
            "绑定的那张卡丢了",
            "换了工资卡要改绑",
            "change the card linked to e-account",
            "电子账户换绑",
        ],
        &["更换绑定卡"],
    ),
    // class2_account__upgrade_to_class1
    (
        &[
            "电子账户额度不够用",
            "想把电子户变正式卡",
            "二类户转一类",
            "upgrade my e-account",
            "e-account 升级",
        ],
        &["升级为I类账户"],
    ),
    // class2_account__close_class2
    (
        &[
            "电子账户用不上了",
            "二类户不想要了",
            "多开的电子户注销",
            "close my e-account",
            "e-account 注销",
        ],
        &["II类户销户"],
    ),
    // credit_card__current_bill
    (
        &[
            "信用卡该还了吧",
            "这期要还多少钱",
            "最低还多少",
            "还款日是哪天",
            "credit card statement",
            "信用卡 bill 出了吗",
            "when is my payment due",
        ],
        &["查询本期账单"],
    ),
    // credit_card__unbilled
    (
        &[
            "账单日后刷的钱",
            "这几天刷了多少",
            "下期要还多少",
            "spending since last statement",
            "还没出账的 spending",
        ],
        &["未出账单交易"],
    ),
    // credit_card__bill_history
    (
        &[
            "查半年前的账单",
            "去年那笔信用卡消费",
            "以前的信用卡记录",
            "old credit card statements",
            "往期 bill",
        ],
        &["历史账单"],
    ),
    // credit_card__repay
    (
        &[
            "今天是还款日",
            "信用卡要逾期了",
            "信用卡欠款还掉",
            "发工资了还信用卡",
            "pay off my credit card",
            "repay card today",
            "信用卡 repay",
        ],
        &["信用卡还款"],
    ),
    // credit_card__setup_autopay
    (
        &[
            "上次忘还逾期了",
            "老是忘记还信用卡",
            "不想每月手动还",
            "工资卡自动还信用卡",
            "never miss a payment",
            "auto pay 信用卡",
        ],
        &["设置自动还款"],
    ),
    // credit_card__cancel_autopay
    (
        &[
            "工资卡换了不要自动扣",
            "自动扣款扣错卡",
            "想自己决定还多少",
            "cancel autopay",
            "自动还款 cancel",
        ],
        &["取消自动还款"],
    ),
    // credit_card__credit_limit
    (
        &[
            "刷卡被拒额度不够",
            "信用卡刷爆了吗",
            "还能刷多少钱",
            "credit limit 多少",
            "how much can I still spend on my card",
        ],
        &["Check credit limit"],
    ),
    // credit_card__raise_limit
    (
        &[
            "要买大件额度不够",
            "出国旅游怕额度不够",
            "装修要刷大额",
            "额度一直没涨",
            "increase my card limit",
            "信用卡 limit 提高",
        ],
        &["申请提额"],
    ),
    // credit_card__change_due_date
    (
        &[
            "发工资晚还款早",
            "还款日和工资对不上",
            "每次都等不到工资",
            "change my payment due date",
            "还款日 change",
        ],
        &["修改账单日"],
    ),
    // credit_report__request_report
    (
        &[
            "要买房先看看征信",
            "办贷款前查信用",
            "租房要信用报告",
            "怕自己征信有问题",
            "get my credit report",
            "credit report 查一下",
        ],
        &["查询个人信用报告"],
    ),
    // credit_report__view_report
    (
        &[
            "征信报告好了看看",
            "看看有没有逾期记录",
            "征信上有几笔贷款",
            "what's on my credit report",
            "征信 report 打开",
        ],
        &["查看信用报告"],
    ),
    // credit_report__report_requests
    (
        &[
            "今年还能免费查吗",
            "查太多次征信了",
            "how many free reports left",
            "征信查询次数",
        ],
        &["征信查询记录"],
    ),
    // credit_report__raise_objection
    (
        &[
            "征信上有不认识的贷款",
            "还清了还显示欠款",
            "身份被冒用办了卡",
            "贷款被拒说征信有问题",
            "error on my credit report",
            "someone took a loan in my name",
        ],
        &["征信异议申请"],
    ),
    // credit_report__objection_status
    (
        &[
            "征信申诉有结果吗",
            "异议提交很久了",
            "征信错误改了没",
            "credit report correction status",
        ],
        &["异议处理进度"],
    ),
    // credit_report__overdue_certificate
    (
        &[
            "自动还款没扣成逾期了",
            "银行系统原因逾期",
            "房贷要逾期说明",
            "疫情期间逾期",
            "late payment was bank's fault",
            "逾期 letter",
        ],
        &["非恶意逾期证明"],
    ),
    // customer_service__faq_search
    (
        &[
            "不知道在哪里办",
            "这个功能怎么用",
            "有没有使用教程",
            "app怎么操作",
            "help center",
            "how to use the app",
            "FAQ 查一下",
        ],
        &["常见问题搜索"],
    ),
    // customer_service__start_chat
    (
        &[
            "机器人答非所问",
            "我要找真人",
            "有问题要咨询",
            "在线问一下客服",
            "talk to a real person",
            "live chat",
            "找个人工 agent",
        ],
        &["在线客服"],
    ),
    // customer_service__request_callback
    (
        &[
            "电话排队太久",
            "客服电话一直忙",
            "没空等客服",
            "晚上打给我",
            "have someone call me",
            "客服 call back",
        ],
        &["预约客服回电"],
    ),
    // customer_service__file_complaint
    (
        &[
            "柜员态度太差",
            "被乱扣费要投诉",
            "催收电话天天打",
            "理财被误导购买",
            "办业务被推销保险",
            "I want to complain",
            "我要 complain",
        ],
        &["File a complaint"],
    ),
    // customer_service__complaint_progress
    (
        &[
            "投诉几天没人理",
            "投诉有没有结果",
            "投诉到底处理没",
            "complaint not answered",
            "complaint 进度",
        ],
        &["投诉进度查询"],
    ),
    // customer_service__suggestion
    (
        &[
            "app太难用了",
            "希望加个功能",
            "界面太复杂",
            "字太小老人看不清",
            "feedback on the app",
            "提个 suggestion",
        ],
        &["意见建议"],
    ),
    // customer_service__rate_service
    (
        &[
            "客服挺好的想表扬",
            "柜员服务很好",
            "给刚才的服务打分",
            "rate my chat",
            "给客服 five stars",
        ],
        &["服务评价"],
    ),
    // debit_card__freeze_card
    (
        &[
            "银行卡不知道放哪了",
            "卡借给别人了不放心",
            "卡好像落在店里",
            "先锁一下卡再找",
            "misplaced my card",
            "lock my debit card",
        ],
        &["临时冻结借记卡"],
    ),
    // debit_card__unfreeze_card
    (
        &[
            "卡在包里找到了",
            "锁的卡要用了",
            "卡冻了要刷卡",
            "found my card",
            "unlock my debit card",
            "卡 unfreeze",
        ],
        &["解除冻结"],
    ),
    // debit_card__report_lost
    (
        &[
            "钱包被偷了",
            "取款机把卡吞了",
            "卡掉在出租车上",
            "手机壳里的卡丢了",
            "card got stuck in the ATM",
            "my wallet was stolen",
            "卡 lost 了",
        ],
        &["借记卡挂失"],
    ),
    // debit_card__replace_card
    (
        &[
            "卡刷不出来了",
            "卡芯片读不了",
            "卡快到期了",
            "磁条坏了",
            "卡被洗衣机洗了",
            "card not reading",
            "new card to replace",
        ],
        &["补换卡申请"],
    ),
    // debit_card__set_limits
    (
        &[
            "买家电刷不过",
            "取现金提示超限",
            "一天只能取两万",
            "防盗刷调低额度",
            "card limit too low",
            "raise card spending limit",
            "借记卡 limit",
        ],
        &["设置交易限额"],
    ),
    // debit_card__overseas_use
    (
        &[
            "去国外能刷卡吗",
            "出国前要开什么",
            "国外刷卡被拒",
            "怕卡在国外被盗刷",
            "use my debit card overseas",
            "card declined abroad",
            "出国 card 能用吗",
        ],
        &["境外用卡开关"],
    ),
    // debit_card__card_status
    (
        &[
            "卡还有效吗",
            "卡刷不了不知道为啥",
            "卡是不是被锁了",
            "is my card blocked",
            "debit card status",
        ],
        &["卡片状态查询"],
    ),
    // debit_card__replacement_progress
    (
        &[
            "补的卡还没到",
            "新卡寄到哪了",
            "补卡要等几天",
            "where is my replacement card",
            "新卡 tracking",
        ],
        &["补换卡进度"],
    ),
    // deposit_proof__status
    (
        &[
            "存款证明什么时候能拿",
            "证明寄到了吗",
            "签证约了证明还没好",
            "deposit certificate status",
            "存款证明 ready 了吗",
        ],
        &["存款证明进度"],
    ),
    // deposit_proof__asset_certificate
    (
        &[
            "不想冻结钱开证明",
            "理财基金都算进去",
            "签证要资产证明",
            "证明自己有钱",
            "proof of assets without freezing",
            "asset certificate for visa",
        ],
        &["开立资产证明"],
    ),
    // ecny_wallet__open_wallet
    (
        &[
            "单位发数字人民币",
            "抽中数币红包要领",
            "政府发数币消费券",
            "想试试数字人民币",
            "sign up for e-CNY",
            "开个 e-CNY",
        ],
        &["开通数字人民币钱包"],
    ),
    // ecny_wallet__wallet_balance
    (
        &[
            "数字钱包里还有钱吗",
            "数币红包剩多少",
            "数字人民币还能花多少",
            "how much e-CNY do I have",
            "e-CNY 余额",
        ],
        &["钱包余额"],
    ),
    // ecny_wallet__top_up
    (
        &[
            "数币付款余额不足",
            "数字钱包没钱了",
            "用数币要先存钱",
            "top up digital yuan",
            "e-CNY 充值",
        ],
        &["Top up the e-CNY wallet"],
    ),
    // ecny_wallet__withdraw
    (
        &[
            "数币用不完转回卡",
            "数字钱包的钱取出来",
            "数币红包转到银行卡",
            "e-CNY back to my card",
            "e-CNY 提现",
        ],
        &["钱包提现"],
    ),
    // ecny_wallet__pay_merchant
    (
        &[
            "店里支持数字人民币",
            "没网也能付钱",
            "手机碰一下付款",
            "用数币交停车费",
            "pay by e-CNY",
            "数币 pay",
        ],
        &["数字人民币付款"],
    ),
    // ecny_wallet__wallet_transactions
    (
        &[
            "数币花在哪了",
            "数字人民币收没收到",
            "数币消费券用了吗",
            "e-CNY spending record",
            "e-CNY 明细",
        ],
        &["钱包交易记录"],
    ),
    // ecny_wallet__upgrade_tier
    (
        &[
            "数币付款超额了",
            "数字钱包限额太低",
            "数币钱包只能存一点",
            "e-CNY limit too low",
            "数币 wallet upgrade",
        ],
        &["钱包升级"],
    ),
    // ecny_wallet__close_wallet
    (
        &[
            "数字人民币用不上了",
            "数币钱包不要了",
            "不想用数币了",
            "cancel e-CNY",
            "e-CNY 注销",
        ],
        &["注销钱包"],
    ),
    // family_account__list_members
    (
        &[
            "都给谁开了亲情卡",
            "家里谁在用我的卡",
            "亲情卡开了几个人",
            "family card holders",
            "亲情账户 list",
        ],
        &["我的亲情账户"],
    ),
    // family_account__add_member
    (
        &[
            "爸妈不会网上付款",
            "孩子住校要花钱",
            "老人看病让他刷我的",
            "孩子上大学生活费",
            "let my parents spend from my card",
            "family card for my kid",
        ],
        &["添加亲情账户"],
    ),
    // family_account__set_member_limit
    (
        &[
            "孩子一个月花太多",
            "爸妈额度不够用",
            "给孩子限个额",
            "孩子乱花钱",
            "kid overspent",
            "limit my child's spending",
            "亲情卡 limit",
        ],
        &["调整亲情额度"],
    ),
    // family_account__member_spending
    (
        &[
            "孩子充游戏花了钱",
            "看看老人买了什么",
            "孩子钱花在哪了",
            "kid overspent on games",
            "what did my parents buy",
            "亲情卡 spending",
        ],
        &["亲情账户消费明细"],
    ),
    // family_account__remove_member
    (
        &[
            "孩子毕业工作了",
            "离婚了取消亲情卡",
            "不让孩子再用我的卡",
            "老人不需要了",
            "stop my kid using my card",
            "亲情卡 remove",
        ],
        &["解除亲情账户"],
    ),
    // family_account__send_allowance
    (
        &[
            "每月给爸妈钱",
            "孩子生活费打一下",
            "过节给父母转钱",
            "孩子零花钱到了吗",
            "send money to my parents",
            "pocket money 转一下",
        ],
        &["给家人转零花钱"],
    ),
    // fee_center__fee_schedule
    (
        &[
            "办这个要收钱吗",
            "异地取款收费吗",
            "挂失补卡多少钱",
            "汇款手续费标准",
            "how much does the bank charge",
            "fee list",
        ],
        &["服务收费标准"],
    ),
    // fee_center__charged_fees
    (
        &[
            "卡里少了几块钱",
            "银行扣了什么费",
            "年底算算手续费",
            "不明扣费查一下",
            "what fees did I pay",
            "mystery charge from bank",
        ],
        &["已扣费用查询"],
    ),
    // fee_center__waive_small_balance_fee
    (
        &[
            "卡里钱不多被扣费",
            "老卡每季度扣钱",
            "余额不足被收管理费",
            "存款少也扣钱",
            "low balance charge",
            "小额 fee 免掉",
        ],
        &["免收小额账户管理费"],
    ),
    // fee_center__waive_annual_fee
    (
        &[
            "卡没怎么用也收年费",
            "年费差几笔没刷够",
            "年费能不能求免",
            "信用卡年费扣了不想交",
            "waive my card annual fee",
            "annual fee 能免吗",
        ],
        &["年费减免申请"],
    ),
    // fee_center__fee_refund
    (
        &[
            "不该收的费用",
            "被多收了手续费",
            "扣错的钱要回来",
            "手续费想退",
            "refund wrong fee",
            "fee charged wrongly",
        ],
        &["费用退还申请"],
    ),
    // pay_codes__show_pay_code
    (
        &[
            "收银员让我出示码",
            "便利店结账",
            "超市自助收银",
            "食堂刷码吃饭",
            "cashier scans my phone",
            "pay with my phone at the till",
        ],
        &["出示付款码"],
    ),
    // pay_codes__scan_to_pay
    (
        &[
            "菜市场扫码付钱",
            "店家贴着二维码",
            "扫一下付款",
            "付钱给小摊",
            "scan qr to pay",
            "扫码 pay",
        ],
        &["扫码付款"],
    ),
    // pay_codes__my_collect_code
    (
        &[
            "朋友要还我钱",
            "聚餐AA收钱",
            "二手东西卖了收钱",
            "让别人扫码给我",
            "let friends pay me",
            "收款 QR code",
        ],
        &["我的收款码"],
    ),
    // pay_codes__collection_records
    (
        &[
            "朋友说转了没看到",
            "收款码收到钱没",
            "今天收了几笔",
            "did my friend pay",
            "收款 records",
        ],
        &["收款记录"],
    ),
    // pay_codes__set_password_free
    (
        &[
            "每次付钱都要输密码",
            "付小钱不想输密码",
            "怕手机丢了被免密刷",
            "免密关掉更安全",
            "skip pin for small payments",
            "免密 payment",
        ],
        &["小额免密设置"],
    ),
    // pay_codes__pay_code_records
    (
        &[
            "扫码买了什么",
            "付款码扣了几笔",
            "上次扫码付的钱",
            "qr payment history",
            "付款码 records",
        ],
        &["付款码交易记录"],
    ),
    // pay_codes__default_pay_card
    (
        &[
            "付款码扣错卡了",
            "想用信用卡付",
            "付款总扣工资卡",
            "change default card",
            "付款码 default card",
        ],
        &["设置默认付款卡"],
    ),
    // payroll__latest_payslip
    (
        &[
            "这月工资怎么少了",
            "工资少发了",
            "看看扣了哪些钱",
            "税后拿多少",
            "why is my salary lower",
            "payslip this month",
            "工资 breakdown",
        ],
        &["本月工资条"],
    ),
    // payroll__payslip_history
    (
        &[
            "对比一下之前工资",
            "前几个月工资条",
            "找去年某月工资",
            "old payslips",
            "以前的 payslip",
        ],
        &["历史工资条"],
    ),
    // payroll__salary_credits
    (
        &[
            "今天发工资了吗",
            "奖金发了吗",
            "报销还没到",
            "年终奖到账没",
            "did I get paid",
            "salary 到了吗",
        ],
        &["工资到账记录"],
    ),
    // payroll__annual_income
    (
        &[
            "年底报个税要数据",
            "算一下去年挣多少",
            "个税退税要收入",
            "申请贷款要年收入",
            "total salary last year",
            "年收入 summary",
        ],
        &["年度收入汇总"],
    ),
    // payroll__salary_arrival_alert
    (
        &[
            "等工资等得着急",
            "工资一到就告诉我",
            "发工资时提醒我",
            "tell me when salary arrives",
            "工资 alert",
        ],
        &["工资到账提醒"],
    ),
    // payroll__income_proof
    (
        &[
            "房东要收入证明",
            "办签证要收入证明",
            "买车贷款要工资证明",
            "公司不给开收入证明",
            "income proof for renting",
            "salary proof 开一下",
        ],
        &["收入证明开立"],
    ),
    // personal_info__view_profile
    (
        &[
            "银行留的手机号是哪个",
            "看看资料对不对",
            "忘了留的哪个地址",
            "what info does the bank have",
            "my profile 信息",
        ],
        &["查看个人信息"],
    ),
    // personal_info__update_id
    (
        &[
            "身份证换了新的",
            "证件过期卡被限制",
            "提示证件已过期",
            "补办了身份证",
            "身份证到期转不了账",
            "my ID card expired",
            "renewed ID card upload",
        ],
        &["更新身份证件"],
    ),
    // personal_info__change_mobile
    (
        &[
            "手机号注销了收不到验证码",
            "换了运营商新号码",
            "验证码发到旧手机",
            "出国换了号码",
            "can't get verification code",
            "old number cancelled",
        ],
        &["修改预留手机号"],
    ),
    // personal_info__update_address
    (
        &[
            "搬家了地址要改",
            "信用卡账单寄到旧地址",
            "住址变了要更新",
            "银行寄信到旧地址",
            "bank letters to my new address",
            "update my address",
        ],
        &["修改联系地址"],
    ),
    // personal_info__update_occupation
    (
        &[
            "辞职了职业要改",
            "退休了改职业",
            "银行让补充职业",
            "自己创业了",
            "changed jobs",
            "update employer info",
        ],
        &["更新职业信息"],
    ),
    // personal_info__tax_residency
    (
        &[
            "拿了绿卡",
            "在国外交税",
            "银行让填税务声明",
            "有外国身份要申报",
            "I pay tax abroad",
            "填 CRS 表",
        ],
        &["税收居民身份声明"],
    ),
    // quick_pay__list_bindings
    (
        &[
            "不记得在哪些app绑过卡",
            "卡在哪些平台用过",
            "查下绑了几个平台",
            "where is my card saved",
            "which apps have my card",
        ],
        &["快捷支付绑定查询"],
    ),
    // quick_pay__unbind_app
    (
        &[
            "不用这个app了解绑",
            "不想让外卖平台扣卡",
            "注销账号前解绑卡",
            "支付宝不用这张卡了",
            "remove my card from an app",
            "解绑 alipay",
        ],
        &["解除快捷支付"],
    ),
    // quick_pay__set_quick_pay_limit
    (
        &[
            "支付宝付款提示超限",
            "微信转账额度不够",
            "网购付不了大额",
            "孩子乱充值想限额",
            "alipay payment limit exceeded",
            "wechat pay 限额",
        ],
        &["设置快捷支付限额"],
    ),
    // quick_pay__list_direct_debits
    (
        &[
            "每个月莫名扣会员费",
            "不知道谁在扣我钱",
            "好几个会员自动续",
            "查一下自动续费",
            "which subscriptions charge my card",
            "recurring charges on my card",
        ],
        &["代扣签约查询"],
    ),
    // quick_pay__cancel_direct_debit
    (
        &[
            "会员到期又被扣了",
            "试用期后自动扣费",
            "视频会员不想续了",
            "健身房会员一直扣",
            "stop the auto renewal",
            "unsubscribe from membership",
        ],
        &["解约代扣"],
    ),
    // quick_pay__pause_online_payments
    (
        &[
            "怕卡被网上盗刷",
            "这张卡只在线下用",
            "卡信息泄露了",
            "老人卡别网上付",
            "card details leaked",
            "disable online payments",
        ],
        &["关闭网上支付"],
    ),
    // security_center__change_login_password
    (
        &[
            "密码好久没换了",
            "密码被别人知道了",
            "怕密码泄露",
            "登录密码太简单",
            "change my app password",
            "login password 改一下",
        ],
        &["修改登录密码"],
    ),
    // security_center__reset_payment_password
    (
        &[
            "密码输错三次了",
            "取钱想不起密码",
            "转账密码忘了",
            "老人忘了卡密码",
            "forgot my card password",
            "reset pin",
        ],
        &["重置交易密码"],
    ),
    // security_center__list_devices
    (
        &[
            "我的账号在哪些手机上",
            "怀疑别人登了我账号",
            "有陌生设备吗",
            "what devices are logged in",
            "device list 查看",
        ],
        &["登录设备管理"],
    ),
    // security_center__remove_device
    (
        &[
            "旧手机卖了",
            "手机被偷了怕登录",
            "换了新手机旧的下线",
            "手机送人了",
            "sold my old phone",
            "log out my lost phone",
        ],
        &["解绑设备"],
    ),
    // security_center__set_transfer_limit
    (
        &[
            "买房转首付超限",
            "大额转账转不了",
            "付装修款额度不够",
            "防诈骗调低限额",
            "transfer limit exceeded",
            "转账 limit 提高",
        ],
        &["设置转账限额"],
    ),
    // security_center__login_records
    (
        &[
            "收到陌生登录提醒",
            "半夜有人登录",
            "登录地点不是我",
            "someone logged into my account",
            "login 记录",
        ],
        &["登录记录"],
    ),
    // security_center__biometric_login
    (
        &[
            "每次登录输密码麻烦",
            "新手机设指纹",
            "刷脸登录打不开",
            "关掉人脸登录",
            "use face id",
            "fingerprint 登录",
        ],
        &["指纹/面容登录"],
    ),
    // security_center__freeze_online_banking
    (
        &[
            "接到诈骗电话",
            "把验证码告诉别人了",
            "账户被人登录了",
            "被骗转账了",
            "手机中病毒了",
            "gave my code to a scammer",
            "lock everything now",
        ],
        &["紧急冻结网银"],
    ),
    // shop_collect__apply_merchant_code
    (
        &[
            "想开个小店",
            "夜市摆摊要收钱",
            "开奶茶店收款",
            "个体户要收款码",
            "open a small shop",
            "street stall payments",
            "小店 QR code",
        ],
        &["申请商户收款码"],
    ),
    // shop_collect__daily_takings
    (
        &[
            "今天生意怎么样",
            "打烊了对下账",
            "今天进了多少钱",
            "今日收入多少",
            "how much did the shop make today",
            "今天 sales",
        ],
        &["今日收款统计"],
    ),
    // shop_collect__merchant_transactions
    (
        &[
            "顾客说付了没看到",
            "核对店里每笔收款",
            "店铺收款明细",
            "did the customer pay",
            "shop payments list",
        ],
        &["商户交易流水"],
    ),
    // shop_collect__settlement_records
    (
        &[
            "店里的钱没到卡",
            "营业额什么时候到账",
            "昨天的货款到了吗",
            "takings not in my account",
            "settlement 到账",
        ],
        &["结算到账查询"],
    ),
    // shop_collect__refund_customer
    (
        &[
            "顾客付多了",
            "客人要退货退钱",
            "收错了要退款",
            "顾客退单要退钱",
            "customer wants money back",
            "refund 顾客",
        ],
        &["收款退款"],
    ),
    // shop_collect__voice_broadcast
    (
        &[
            "忙的时候听不到收款",
            "顾客扫码没声音",
            "想要收款小喇叭",
            "到账要语音报",
            "announce payments out loud",
            "收款 speaker",
        ],
        &["收款语音播报"],
    ),
    // shop_collect__merchant_fees
    (
        &[
            "收款扣多少手续费",
            "收款码要收费吗",
            "小店费率能减吗",
            "how much fee per payment",
            "shop fee rate",
        ],
        &["商户费率"],
    ),
    // statements__export_statement
    (
        &[
            "办签证要银行流水",
            "买房贷款要流水",
            "租房要看流水",
            "打印近半年流水",
            "need a bank statement",
            "statement for mortgage",
            "流水 PDF",
        ],
        &["导出交易流水"],
    ),
    // statements__monthly_estatement
    (
        &[
            "每月想收对账单",
            "记账要月度对账单",
            "公司会计要对账单",
            "monthly statement by email",
            "e-statement 订阅",
        ],
        &["电子对账单订阅"],
    ),
    // statements__cancel_estatement
    (
        &[
            "邮箱都是对账单",
            "不看对账单了",
            "对账单邮件太多",
            "stop monthly statement email",
            "e-statement 退订",
        ],
        &["退订电子对账单"],
    ),
    // statements__transfer_receipt
    (
        &[
            "对方说没收到要凭证",
            "房东要转账截图",
            "报销要付款凭证",
            "证明我已经付了",
            "proof I paid",
            "payment receipt",
            "转账 receipt",
        ],
        &["电子回单"],
    ),
    // statements__verify_receipt
    (
        &[
            "对方发的回单是真的吗",
            "怀疑转账截图是假的",
            "验证别人的流水",
            "is this receipt fake",
            "verify bank receipt",
        ],
        &["回单验真"],
    ),
    // statements__export_history
    (
        &[
            "流水邮件找不到了",
            "之前导的流水再发",
            "流水发错邮箱",
            "resend my statement",
            "流水 export 记录",
        ],
        &["导出记录"],
    ),
    // transfer__transfer_to_person
    (
        &[
            "给朋友还钱",
            "付装修款给师傅",
            "给妈妈转点钱",
            "pay back a friend",
            "send money to my friend",
            "转账 transfer",
        ],
        &["转账给他人"],
    ),
    // transfer__transfer_between_own
    (
        &[
            "工资卡钱挪到储蓄卡",
            "两张卡之间倒钱",
            "钱转到自己另一张卡",
            "transfer to my own account",
            "自己 account 互转",
        ],
        &["本人账户互转"],
    ),
    // transfer__transfer_by_mobile
    (
        &[
            "不知道对方卡号",
            "只有对方电话",
            "记不住卡号",
            "用手机号给他钱",
            "I only have their phone number",
            "手机号 transfer",
        ],
        &["手机号转账"],
    ),
    // transfer__schedule_transfer
    (
        &[
            "每月按时给房东",
            "每月固定转一笔钱",
            "每月给爸妈自动转",
            "下周再转过去",
            "repeat a transfer every month",
            "set up a recurring transfer",
        ],
        &["Schedule a transfer"],
    ),
    // transfer__cancel_scheduled_transfer
    (
        &[
            "退租了不用转房租",
            "搬走了停掉房租",
            "预约转账转错了",
            "不用再每月给了",
            "stop automatic rent payment",
            "cancel recurring transfer",
        ],
        &["撤销预约转账"],
    ),
    // transfer__list_transfer_records
    (
        &[
            "对方说钱没到",
            "转账一直处理中",
            "转账被退回了",
            "钱转出去没到账",
            "money sent but not received",
            "transfer pending",
            "转账 status",
        ],
        &["Transfer history"],
    ),
    // transfer__list_payees
    (
        &[
            "上次转账的人",
            "找之前转过的账户",
            "转过钱的人",
            "people I sent money to",
            "收款人 list",
        ],
        &["常用收款人"],
    ),
    // transfer__add_payee
    (
        &[
            "房东账户存起来",
            "以后常给他转",
            "保存个收款账户",
            "save this account for later",
            "add 收款人",
        ],
        &["添加收款人"],
    ),
    // transfer__delete_payee
    (
        &[
            "收款人太多太乱",
            "前房东的账户删掉",
            "转错过的账户删除",
            "remove old payee",
            "删掉 payee",
        ],
        &["删除收款人"],
    ),
    // txn_dispute__report_fraud
    (
        &[
            "半夜收到消费短信",
            "卡在手里被刷了",
            "国外有笔消费不是我",
            "不认识的网上支付",
            "someone used my card",
            "charges I didn't make",
            "卡被 fraud 了",
        ],
        &["盗刷申报"],
    ),
    // txn_dispute__open_chargeback
    (
        &[
            "网购付了钱不发货",
            "健身房倒闭了",
            "培训机构跑路了",
            "商家不理我不退钱",
            "paid but never received",
            "merchant closed down",
        ],
        &["申请拒付"],
    ),
    // txn_dispute__duplicate_charge
    (
        &[
            "付了一次扣两笔",
            "刷卡失败却扣了钱",
            "加油扣了两次",
            "金额比小票多",
            "charged twice for one purchase",
            "被 double charge",
        ],
        &["重复扣款申诉"],
    ),
    // txn_dispute__dispute_status
    (
        &[
            "申诉交了多久了",
            "盗刷的钱退了吗",
            "拒付有结果没",
            "is my dispute resolved",
            "拒付 status",
        ],
        &["争议处理进度"],
    ),
    // txn_dispute__upload_evidence
    (
        &[
            "银行让补材料",
            "聊天截图交给银行",
            "上传退货单号",
            "补交报警回执",
            "send proof for dispute",
            "上传 evidence",
        ],
        &["补充争议材料"],
    ),
    // txn_dispute__withdraw_dispute
    (
        &[
            "商家把钱退了",
            "东西后来收到了",
            "误会了不是盗刷",
            "那笔是家人刷的",
            "merchant paid me back",
            "撤销 dispute",
        ],
        &["撤销争议"],
    ),
    // txn_dispute__transaction_detail
    (
        &[
            "账单上有个奇怪商户",
            "英文商户名看不懂",
            "这笔扣款是啥",
            "不记得在哪消费",
            "strange name on my statement",
            "who is this merchant",
        ],
        &["交易详情查询"],
    ),
    // safe_box__box_availability
    (
        &[
            "家里有贵重东西不放心",
            "想找个保管箱",
            "保管箱一年多少",
            "哪个网点有保管箱",
            "safe deposit box cost",
            "any box available",
        ],
        &["保管箱空箱查询"],
    ),
    // safe_box__rent_box
    (
        &[
            "金条放家里不安全",
            "家里遭过小偷",
            "传家宝要保管",
            "重要文件存银行",
            "keep valuables at the bank",
            "租个 safe box",
        ],
        &["申请租用保管箱"],
    ),
    // safe_box__renew_box
    (
        &[
            "保管箱快到期了",
            "保管箱租金该交了",
            "再租一年保管箱",
            "safe box rental expiring",
            "保管箱 renew",
        ],
        &["保管箱续租"],
    ),
    // safe_box__my_box
    (
        &[
            "忘了箱子在哪个网点",
            "保管箱还有多久到期",
            "保管箱租了几年",
            "my box details",
            "safe box 信息",
        ],
        &["我的保管箱"],
    ),
    // safe_box__book_opening
    (
        &[
            "要拿房产证出来",
            "去保管箱取首饰",
            "结婚要拿金饰",
            "往保管箱放东西",
            "get things from my box",
            "预约 open box",
        ],
        &["预约开箱"],
    ),
    // safe_box__terminate_box
    (
        &[
            "东西都取走了",
            "保管箱不用了退掉",
            "搬走了退保管箱",
            "保管箱押金拿回来",
            "close my safe box",
            "保管箱 退租",
        ],
        &["保管箱退租"],
    ),
    // campaigns__daily_checkin
    (
        &[
            "每天领个小奖励",
            "签到领积分",
            "今天还没签到",
            "打卡拿奖励",
            "daily check-in reward",
            "签到 check in",
        ],
        &["每日签到"],
    ),
    // campaigns__checkin_calendar
    (
        &[
            "昨天忘签到了",
            "连续签到断了没",
            "还差几天拿大奖",
            "did I miss a check-in",
            "签到 streak",
        ],
        &["签到日历"],
    ),
    // campaigns__lucky_draw
    (
        &[
            "有抽奖机会",
            "转一下转盘",
            "碰碰运气",
            "抽个奖",
            "try my luck",
            "spin to win",
        ],
        &["抽奖"],
    ),
    // campaigns__list_campaigns
    (
        &[
            "最近有什么福利",
            "双十一有什么活动",
            "刷卡有返现吗",
            "新用户有啥奖励",
            "any promotions now",
            "bank campaigns this month",
        ],
        &["正在进行的活动"],
    ),
    // campaigns__join_campaign
    (
        &[
            "刷卡返现要报名",
            "这个活动怎么参加",
            "没报名刷了不算",
            "参加达标活动",
            "join this promotion",
            "活动 sign up",
        ],
        &["活动报名"],
    ),
    // campaigns__campaign_progress
    (
        &[
            "返现活动还差几笔",
            "刷够了没有",
            "任务完成几个了",
            "奖励什么时候发",
            "am I close to the reward",
            "活动 progress",
        ],
        &["活动进度"],
    ),
    // campaigns__my_prizes
    (
        &[
            "抽到的奖在哪看",
            "奖品怎么还没寄",
            "中了奖怎么领",
            "奖品过期了吗",
            "did I win anything",
            "where is my prize",
        ],
        &["我的奖品"],
    ),
    // coupon_center__available_coupons
    (
        &[
            "吃饭有没有优惠",
            "今天去超市有券吗",
            "周末有啥折扣",
            "买东西有没有满减",
            "any coupons today",
            "discount coupons for dinner",
        ],
        &["可领优惠券"],
    ),
    // coupon_center__claim_coupon
    (
        &[
            "券要抢",
            "整点抢立减金",
            "领张外卖券",
            "先领券再付款",
            "grab the discount",
            "claim this coupon",
        ],
        &["领取优惠券"],
    ),
    // coupon_center__my_coupons
    (
        &[
            "领了券找不到",
            "付款没用上券",
            "券怎么没抵扣",
            "还有没有没用的券",
            "where are my coupons",
            "coupon 没用上",
        ],
        &["我的优惠券"],
    ),
    // coupon_center__expiry_reminder
    (
        &[
            "券老是过期浪费",
            "领了券忘了用",
            "快过期提醒一下",
            "remind me to use coupons",
            "coupon 过期 reminder",
        ],
        &["券到期提醒"],
    ),
    // coupon_center__return_coupon
    (
        &[
            "领错了券",
            "买的券用不上要退",
            "券占了名额想退",
            "花钱买的券退钱",
            "return unused coupon",
            "退 coupon",
        ],
        &["退回优惠券"],
    ),
    // coupon_center__redeem_code
    (
        &[
            "朋友给了个兑换码",
            "活动送了一串码",
            "短信收到券码",
            "兑换码在哪输",
            "I have a coupon code",
            "输 code 兑换",
        ],
        &["兑换券码"],
    ),
    // points_mall__redeem_reward
    (
        &[
            "积分换个电子券",
            "积分换商品下单",
            "积分兑点实物",
            "积分换视频会员",
            "buy with my points",
            "points for a voucher",
        ],
        &["Redeem points for goods"],
    ),
    // points_mall__points_plus_cash
    (
        &[
            "积分差一点不够",
            "积分不够补点钱",
            "想要的东西积分不够",
            "积分和钱一起付",
            "not enough points pay the rest",
            "积分 plus cash",
        ],
        &["积分+现金购"],
    ),
    // points_mall__redeem_phone_credit
    (
        &[
            "话费用积分充",
            "积分充手机费",
            "给爸妈手机充话费用积分",
            "points for mobile credit",
            "积分 top up 话费",
        ],
        &["积分兑话费"],
    ),
    // gift_card__buy_card
    (
        &[
            "过节给员工发福利",
            "不知道送什么礼",
            "给客户送购物卡",
            "生日送张卡",
            "buy a gift card for a friend",
            "送礼 gift card",
        ],
        &["购买礼品卡"],
    ),
    // gift_card__send_card
    (
        &[
            "礼品卡送给同事",
            "买的卡发给朋友",
            "电子卡转给家人",
            "send e-gift card",
            "礼品卡 send",
        ],
        &["赠送礼品卡"],
    ),
    // gift_card__bind_card
    (
        &[
            "收到一张购物卡",
            "公司发了实体卡",
            "卡背面刮开了",
            "过节收到礼品卡",
            "got a physical gift card",
            "购物卡 add",
        ],
        &["绑定礼品卡"],
    ),
    // gift_card__card_balance
    (
        &[
            "购物卡还能用多少",
            "礼品卡快过期吗",
            "卡里钱还够买吗",
            "how much left on gift card",
            "购物卡 balance",
        ],
        &["礼品卡余额"],
    ),
    // gift_card__card_transactions
    (
        &[
            "购物卡被谁用了",
            "礼品卡钱怎么少了",
            "购物卡买了啥",
            "gift card spending history",
            "礼品卡 records",
        ],
        &["礼品卡消费记录"],
    ),
    // gift_card__withdraw_gift
    (
        &[
            "礼品卡发错手机号",
            "朋友一直不领",
            "送出去的卡收回来",
            "sent gift card to wrong person",
            "take back 礼品卡",
        ],
        &["撤回赠送"],
    ),
    // charity__list_projects
    (
        &[
            "想帮助山区孩子",
            "哪里发洪水了能捐",
            "想做点好事",
            "有没有救助病人的项目",
            "where can I donate",
            "charities to support",
        ],
        &["公益项目列表"],
    ),
    // charity__project_progress
    (
        &[
            "捐的钱有没有用上",
            "善款花在哪了",
            "怕捐款被挪用",
            "项目落地了吗",
            "where did my donation go",
            "project 进展",
        ],
        &["项目进展公示"],
    ),
    // charity__donate
    (
        &[
            "地震了想捐钱",
            "帮帮受灾的人",
            "给贫困学生捐款",
            "随手捐一点",
            "give to charity",
            "donate now",
        ],
        &["Donate"],
    ),
    // charity__set_monthly_donation
    (
        &[
            "想长期资助孩子",
            "每月固定做公益",
            "每个月自动捐一点",
            "donate every month",
            "monthly giving",
        ],
        &["开通月捐"],
    ),
    // charity__cancel_monthly_donation
    (
        &[
            "最近手头紧不捐了",
            "月捐先停一下",
            "不想每月扣捐款",
            "stop recurring donation",
            "月捐 cancel",
        ],
        &["取消月捐"],
    ),
    // charity__donation_history
    (
        &[
            "今年一共捐了多少",
            "以前捐过哪些",
            "捐款有记录吗",
            "how much have I donated",
            "捐款 history",
        ],
        &["我的捐款记录"],
    ),
    // charity__donation_receipt
    (
        &[
            "捐款能抵个税吗",
            "个税汇算要捐赠票据",
            "公司要捐款收据",
            "donation receipt for tax",
            "捐赠 receipt",
        ],
        &["申请捐赠票据"],
    ),
    // remit_abroad__send_remittance
    (
        &[
            "孩子在国外要交学费",
            "给留学的孩子汇生活费",
            "付国外学校学费",
            "给海外亲戚汇钱",
            "pay tuition abroad",
            "send money to my son overseas",
            "wire to 国外",
        ],
        &["境外汇款"],
    ),
    // remit_abroad__fee_estimate
    (
        &[
            "汇学费要多少手续费",
            "汇到美国多少钱",
            "国外汇款贵不贵",
            "how much to wire money overseas",
            "汇款 fee",
        ],
        &["汇款费用试算"],
    ),
    // remit_abroad__track_remittance
    (
        &[
            "学校说学费没收到",
            "汇出去几天了没到",
            "汇款被退回了",
            "国外收款人没收到",
            "my wire hasn't arrived",
            "SWIFT 进度",
        ],
        &["汇款进度查询"],
    ),
    // remit_abroad__list_inbound
    (
        &[
            "国外客户给我打款",
            "海外亲戚汇的钱",
            "国外工资汇回来",
            "外国公司付款到了吗",
            "money sent from abroad",
            "海外 wire 到了吗",
        ],
        &["汇入汇款查询"],
    ),
    // remit_abroad__claim_inbound
    (
        &[
            "银行让确认汇入款",
            "国外来款要申报",
            "汇入的钱怎么入账",
            "国外汇款卡着不到账",
            "confirm incoming wire",
            "declare money from abroad",
        ],
        &["汇入款项入账申报"],
    ),
    // remit_abroad__fx_quota
    (
        &[
            "今年换汇还能换多少",
            "五万美元用完了没",
            "购汇额度还剩多少",
            "how much fx quota left",
            "换汇 quota",
        ],
        &["结售汇额度查询"],
    ),
    // remit_abroad__saved_beneficiaries
    (
        &[
            "上次汇学费的账户",
            "孩子国外账户信息",
            "国外收款账户存着",
            "saved overseas accounts",
            "境外 payee",
        ],
        &["境外收款人管理"],
    ),
    // fx_cash__branches
    (
        &[
            "哪里能换到泰铢",
            "附近哪能取外币",
            "哪个网点有日元现钞",
            "where can I get euros",
            "外币 cash 网点",
        ],
        &["可预约网点"],
    ),
    // fx_cash__book
    (
        &[
            "下周去东京出差",
            "去欧洲旅游要现金",
            "出国要带点美元",
            "去香港要港币",
            "换现金给孩子带出国",
            "need cash for my trip abroad",
            "出国带 cash",
        ],
        &["预约取外币现钞"],
    ),
    // fx_cash__bookings
    (
        &[
            "约了几号取外币",
            "外币预约好了吗",
            "在哪个网点取外币",
            "my foreign cash pickup",
            "外币 booking",
        ],
        &["我的现钞预约"],
    ),
    // fx_cash__reschedule
    (
        &[
            "出发提前了取外币",
            "那天去不了取外币",
            "改天取外币",
            "change my foreign cash pickup",
            "外币 reschedule",
        ],
        &["修改现钞预约"],
    ),
    // fx_cash__cancel
    (
        &[
            "出国取消了外币不用换",
            "签证没下来外币不取了",
            "不去旅行了外币不要了",
            "trip cancelled don't need currency",
            "外币 cancel",
        ],
        &["取消现钞预约"],
    ),
    // fx_cash__currencies
    (
        &[
            "去越南能换越南盾吗",
            "能换小面额吗",
            "哪些外币有现钞",
            "can I get baht in cash",
            "外币 currencies",
        ],
        &["可兑换币种"],
    ),
];

/// Third pass: what tells each action apart from its siblings (the deed, not its
/// record or estimate; for oneself or for another; the trouble, not the price list),
/// for the index's said part only. Written from the manifests, blind of every request
/// set, like the tables above.
pub const CONTRAST: &[super::Concept] = &[
    // account_alerts__alert_settings
    (
        &[
            "现在开了什么提醒",
            "看看提醒方式",
            "哪张卡开了提醒",
            "提醒设置看一眼",
            "what alerts do I have",
        ],
        &["提醒设置"],
    ),
    // account_alerts__enable_sms_alert
    (
        &[
            "没开过短信提醒",
            "新卡开通动账短信",
            "想收短信通知",
            "帮我开短信通知",
            "sign up for sms alerts",
        ],
        &["开通短信"],
    ),
    // account_alerts__cancel_sms_alert
    (
        &[
            "不再收动账短信",
            "短信通知关了吧",
            "销掉短信提醒",
            "opt out of bank texts",
            "短信提醒取消掉",
        ],
        &["取消短信"],
    ),
    // account_alerts__enable_wechat_alert
    (
        &[
            "绑微信收提醒",
            "公众号开通提醒",
            "免费提醒怎么开",
            "微信里收动账",
            "wechat notifications on",
        ],
        &["微信"],
    ),
    // account_alerts__set_threshold
    (
        &[
            "提醒金额调高点",
            "只要大额提醒",
            "小额不用发短信",
            "多少钱以上才通知",
            "raise alert minimum",
        ],
        &["起点"],
    ),
    // account_alerts__change_alert_mobile
    (
        &[
            "提醒换到新号码",
            "短信提醒改号码",
            "换手机号后收提醒",
            "动账短信改发新号",
            "update alert number",
        ],
        &["通知手机号"],
    ),
    // account_alerts__sms_fee_records
    (
        &[
            "短信费扣过几次",
            "查短信服务费扣款",
            "每月两块是什么钱",
            "短信费一共扣了多少",
            "what is this monthly fee",
        ],
        &["短信费"],
    ),
    // account_center__list_accounts
    (
        &[
            "我在这有几张卡",
            "卡都有哪些",
            "看看名下所有账户",
            "存折和卡都列一下",
            "show all my cards",
        ],
        &["账户列表"],
    ),
    // account_center__get_balance
    (
        &[
            "现在卡里多少钱",
            "余额还剩多少",
            "可用余额是多少",
            "钱到底剩多少",
            "current balance",
        ],
        &["查询余额"],
    ),
    // account_center__list_transactions
    (
        &[
            "一笔一笔看明细",
            "这笔钱谁转的",
            "上周扣了什么钱",
            "查某天的交易",
            "list of payments in and out",
        ],
        &["收支明细"],
    ),
    // account_center__monthly_summary
    (
        &[
            "这月比上月多花",
            "每个分类花多少",
            "月度消费统计",
            "按月看开销",
            "compare with last month",
        ],
        &["月度收支"],
    ),
    // account_center__set_alias
    (
        &[
            "卡起个别名",
            "改个卡名",
            "给账户取名字",
            "这张叫房贷卡",
            "set a nickname",
        ],
        &["别名"],
    ),
    // account_center__hide_account
    (
        &[
            "这张卡别显示了",
            "列表里藏起来",
            "不注销只隐藏",
            "不想看见旧卡",
            "hide but not close",
        ],
        &["隐藏账户"],
    ),
    // account_center__account_details
    (
        &[
            "我的卡是哪个支行",
            "要完整卡号和开户行",
            "收款要填的信息",
            "卡的联行号",
            "my full account number",
        ],
        &["开户行"],
    ),
    // account_service__book_account_opening
    (
        &[
            "去网点前先填资料",
            "网上预约办卡",
            "开一类户要预约吗",
            "先预约再去开卡",
            "book to open an account",
        ],
        &["预约开立"],
    ),
    // account_service__close_account
    (
        &[
            "卡要彻底注销",
            "这个户销掉",
            "储蓄卡不用了要销",
            "把账户关掉",
            "close this debit card for good",
        ],
        &["借记卡销户"],
    ),
    // account_service__reactivate_dormant
    (
        &[
            "很久没用被冻了",
            "沉睡的卡唤醒",
            "旧卡重新启用",
            "睡眠户恢复使用",
            "wake up old account",
        ],
        &["久悬"],
    ),
    // account_service__restriction_status
    (
        &[
            "卡为什么受限",
            "查查卡有没有被限",
            "限制原因是什么",
            "是不是被止付了",
            "is my card restricted",
        ],
        &["账户限制"],
    ),
    // account_service__lift_restriction
    (
        &[
            "怎么把限制解了",
            "要求解除止付",
            "申请恢复正常",
            "限额限制解开",
            "apply to remove restriction",
        ],
        &["解除限制"],
    ),
    // account_service__linked_services
    (
        &[
            "卡上绑了哪些代扣",
            "这卡关联哪些服务",
            "注销之前查一下",
            "有什么自动扣费",
            "what's tied to my account",
        ],
        &["关联业务"],
    ),
    // asset_overview__total_assets
    (
        &[
            "总共有多少钱",
            "所有资产加起来",
            "扣掉贷款还剩多少",
            "资产总额",
            "my total wealth",
        ],
        &["总资产"],
    ),
    // asset_overview__earnings
    (
        &[
            "赚了多少钱",
            "昨天收益多少",
            "理财赚没赚",
            "今年收益多少",
            "profit so far",
        ],
        &["收益明细"],
    ),
    // asset_overview__cashflow
    (
        &[
            "收入和支出对比",
            "进的钱多还是出的多",
            "钱进出情况",
            "每月结余多少",
            "inflow vs outflow",
        ],
        &["收支分析"],
    ),
    // asset_overview__monthly_statement
    (
        &[
            "上月资产账单",
            "资产月度报告",
            "资产变动账单",
            "每月资产对账单",
            "last month's asset report",
        ],
        &["资产账单"],
    ),
    // asset_overview__allocation_check
    (
        &[
            "配置比例对不对",
            "该怎么分配资产",
            "资产配置建议",
            "投资太集中了吗",
            "how should I allocate",
        ],
        &["资产配置"],
    ),
    // asset_overview__hide_amounts
    (
        &[
            "金额不要显示",
            "打开小眼睛",
            "资产数字藏起来",
            "金额改成星号",
            "hide numbers in app",
        ],
        &["隐藏资产"],
    ),
    // bank_certificates__apply_deposit_certificate
    (
        &[
            "申请一份存款证明",
            "要一张存款证明",
            "冻结资金开证明",
            "现在就开存款证明",
            "issue a deposit certificate",
        ],
        &["开立存款"],
    ),
    // bank_certificates__apply_credit_certificate
    (
        &[
            "开一份资信证明",
            "资信证明怎么开",
            "证明我信用良好",
            "银行出具信誉证明",
            "issue a reference letter",
        ],
        &["资信"],
    ),
    // bank_certificates__certificate_fees
    (
        &[
            "开一份证明收多少",
            "证明费用标准",
            "开证明贵不贵",
            "出证要等几天",
            "certificate price per copy",
        ],
        &["证明收费"],
    ),
    // bank_certificates__list_certificates
    (
        &[
            "我申请的证明",
            "证明出来没有",
            "开过哪些证明",
            "证明申请状态",
            "certificates I requested",
        ],
        &["证明申请"],
    ),
    // bank_certificates__verify_certificate
    (
        &[
            "核验证明编号",
            "这份证明是真的吗",
            "验一下证明真假",
            "别人给的证明验真",
            "check certificate number",
        ],
        &["真伪验证"],
    ),
    // bank_certificates__cancel_certificate
    (
        &[
            "撤销存款证明",
            "证明提前撤销",
            "证明冻的钱放出来",
            "不办签证了解冻",
            "cancel certificate and unfreeze",
        ],
        &["解冻"],
    ),
    // branch_booking__find_branches
    (
        &[
            "哪个网点离我近",
            "网点在哪里",
            "找个银行网点",
            "附近支行地址",
            "find a branch",
        ],
        &["附近网点"],
    ),
    // branch_booking__find_atms
    (
        &[
            "找台取款机",
            "附近哪有ATM",
            "能存现的自助机",
            "自助取款机在哪",
            "find a cash machine",
        ],
        &["ATMs"],
    ),
    // branch_booking__book_visit
    (
        &[
            "预约去柜台办",
            "约个网点时间",
            "提前预约大额取现",
            "新约一个网点",
            "make a branch appointment",
        ],
        &["预约办理"],
    ),
    // branch_booking__list_bookings
    (
        &[
            "看看我的预约",
            "预约了什么时间",
            "查我的网点预约",
            "预约成功了吗",
            "check my appointment",
        ],
        &["我的预约"],
    ),
    // branch_booking__reschedule_booking
    (
        &[
            "预约换一天",
            "预约时间改一下",
            "改到下午去",
            "换个网点预约",
            "change my appointment",
        ],
        &["修改预约"],
    ),
    // branch_booking__cancel_booking
    (
        &[
            "预约取消掉",
            "约好的不去了",
            "取消网点的预约",
            "撤回预约",
            "cancel my booking",
        ],
        &["取消预约"],
    ),
    // branch_booking__take_number
    (
        &[
            "现在取个号",
            "远程取一个号",
            "网上排个号",
            "帮我取号",
            "get a queue number",
        ],
        &["取号"],
    ),
    // branch_booking__queue_status
    (
        &[
            "我的号排到哪",
            "还要等几个号",
            "前面排了多少人",
            "现在叫到几号",
            "my place in the queue",
        ],
        &["排队进度"],
    ),
    // card_apply__card_products
    (
        &[
            "信用卡有几种",
            "各种信用卡对比",
            "年费和权益对比",
            "先看看有什么卡",
            "compare credit cards",
        ],
        &["信用卡产品"],
    ),
    // card_apply__apply_card
    (
        &[
            "提交信用卡申请",
            "在线申请办卡",
            "现在就申请信用卡",
            "填信用卡申请表",
            "submit a card application",
        ],
        &["申请信用卡"],
    ),
    // card_apply__application_status
    (
        &[
            "申请的卡审到哪",
            "办卡审批进度",
            "申请有结果了吗",
            "信用卡申请通过没",
            "application still pending",
        ],
        &["申请进度"],
    ),
    // card_apply__activate_card
    (
        &[
            "卡到手了要激活",
            "新卡激活一下",
            "信用卡还没激活",
            "收到卡怎么开卡",
            "activate the card I received",
        ],
        &["激活信用卡"],
    ),
    // card_apply__set_card_pin (Chinese title words are shared with other programs; English title used)
    (
        &[
            "新卡设个密码",
            "信用卡密码重设",
            "给信用卡设密码",
            "刷卡密码改一下",
            "set a pin for my credit card",
        ],
        &["card PIN"],
    ),
    // card_apply__cancel_card
    (
        &[
            "信用卡销掉",
            "把信用卡注销了",
            "这张信用卡不用了",
            "信用卡销户",
            "close this credit card",
        ],
        &["注销信用卡"],
    ),
    // card_apply__supplementary_card
    (
        &[
            "给家人办附属卡",
            "副卡申请",
            "主卡带一张副卡",
            "家人共用我的额度",
            "add a family card",
        ],
        &["附属卡"],
    ),
    // card_installment__installment_quote
    (
        &[
            "先算算分期费用",
            "分期每期多少钱",
            "分期要多少手续费",
            "分期前试算一下",
            "estimate installment fee",
        ],
        &["分期试算"],
    ),
    // card_installment__bill_installment
    (
        &[
            "本期账单分期还",
            "账单全额还不上",
            "这个月账单分几期",
            "到期还不了全款",
            "split this month's bill",
        ],
        &["账单分期"],
    ),
    // card_installment__purchase_installment
    (
        &[
            "那一笔消费分期",
            "单独一笔分期",
            "买的东西分期还",
            "一笔大额刷卡分期",
            "installments on one purchase",
        ],
        &["消费分期"],
    ),
    // card_installment__cash_installment
    (
        &[
            "从信用卡借现金",
            "借一笔钱分期还",
            "额度借出来用",
            "缺钱用信用卡借",
            "cash loan from my card",
        ],
        &["现金分期"],
    ),
    // card_installment__list_plans
    (
        &[
            "我有哪些分期",
            "还在还的分期",
            "分期还剩多少钱",
            "分期还几期结束",
            "installments I'm paying",
        ],
        &["我的分期"],
    ),
    // card_installment__early_settle
    (
        &[
            "剩下的分期一次还",
            "分期提前结清",
            "不想再分期了",
            "一次把分期还完",
            "settle installments now",
        ],
        &["分期提前"],
    ),
    // card_installment__installment_offers
    (
        &[
            "分期有什么优惠",
            "分期费率打折",
            "最近有免息活动吗",
            "分期优惠活动",
            "installment deals",
        ],
        &["分期优惠"],
    ),
    // card_points__points_balance
    (
        &[
            "积分还有多少",
            "看一下积分余额",
            "信用卡积分剩多少",
            "多少积分快过期",
            "my points total",
        ],
        &["积分余额"],
    ),
    // card_points__points_history
    (
        &[
            "积分收支明细",
            "每月积分变动",
            "积分从哪来的",
            "积分被扣了多少",
            "points earned and used",
        ],
        &["积分明细"],
    ),
    // card_points__browse_rewards
    (
        &[
            "积分商城有什么",
            "逛逛积分礼品",
            "积分可换商品",
            "看看能换啥",
            "browse points gifts",
        ],
        &["商城商品"],
    ),
    // card_points__redeem_gift
    (
        &[
            "用积分兑个礼品",
            "积分下单换礼品",
            "马上兑换礼品",
            "积分换成礼物",
            "order a gift with points",
        ],
        &["兑换礼品"],
    ),
    // card_points__redeem_miles
    (
        &[
            "积分转成里程",
            "信用卡积分换里程",
            "积分兑航空里程",
            "里程账户加积分",
            "move points to airline",
        ],
        &["航空里程"],
    ),
    // card_points__points_offset_fee
    (
        &[
            "年费用积分抵",
            "积分抵扣年费",
            "用积分免年费",
            "积分扣年费",
            "points for the annual fee",
        ],
        &["抵扣"],
    ),
    // card_points__redemption_orders
    (
        &[
            "兑换订单查一下",
            "积分订单发货没",
            "兑的礼品物流",
            "换的东西到哪了",
            "track my redemption",
        ],
        &["兑换订单"],
    ),
    // cardless_atm__create_withdrawal
    (
        &[
            "现在生成取款码",
            "约一笔无卡取款",
            "要一个新取款码",
            "手机上先约取款",
            "set up a withdrawal code",
        ],
        &["预约无卡"],
    ),
    // cardless_atm__scan_atm
    (
        &[
            "站在ATM前扫码",
            "用app扫取款机",
            "取款机上扫一下",
            "扫屏幕取现金",
            "scan to take cash",
        ],
        &["扫码取款"],
    ),
    // cardless_atm__list_withdrawals
    (
        &[
            "约过的取款码",
            "取款码取成功没",
            "无卡取款状态",
            "以前的取款码",
            "past cardless withdrawals",
        ],
        &["无卡取款记录"],
    ),
    // cardless_atm__cancel_withdrawal
    (
        &[
            "撤销取款码",
            "约的取款不取了",
            "无卡取款撤掉",
            "取款码撤回",
            "revoke the withdrawal code",
        ],
        &["撤销无卡"],
    ),
    // cardless_atm__cardless_limits
    (
        &[
            "无卡一天限多少",
            "无卡取款额度",
            "无卡单笔最多",
            "无卡取款有上限吗",
            "max cardless amount",
        ],
        &["取款限额"],
    ),
    // class2_account__open_class2
    (
        &[
            "新开一个二类户",
            "申请开电子账户",
            "线上办个二类卡",
            "还没有电子账户",
            "open a class II account",
        ],
        &["II类账户"],
    ),
    // class2_account__fund_class2
    (
        &[
            "往二类户充钱",
            "钱转入电子账户",
            "电子户充点钱",
            "二类户余额充值",
            "fund my e-account",
        ],
        &["II类户充值"],
    ),
    // class2_account__withdraw_class2
    (
        &[
            "二类户钱转出去",
            "从电子户提现",
            "电子账户钱提出",
            "二类卡转回一类",
            "cash out e-account",
        ],
        &["II类户提现"],
    ),
    // class2_account__class2_limits
    (
        &[
            "二类户剩多少额度",
            "电子账户额度查询",
            "二类户今天还能转",
            "年限额还剩多少",
            "e-account limits left",
        ],
        &["户限额"],
    ),
    // class2_account__change_bind_card
    (
        &[
            "绑定卡换成别的",
            "换一张绑定卡",
            "电子户绑卡换掉",
            "二类户改绑他行卡",
            "switch the linked card",
        ],
        &["更换绑定"],
    ),
    // class2_account__upgrade_to_class1
    (
        &[
            "二类户升成一类",
            "电子户升级正式卡",
            "申请升级一类户",
            "不想要限额了",
            "make it a class I account",
        ],
        &["升级为"],
    ),
    // class2_account__close_class2
    (
        &[
            "二类户销掉",
            "电子账户注销掉",
            "二类户关户",
            "撤销电子账户",
            "shut down e-account",
        ],
        &["类户销户"],
    ),
    // credit_card__current_bill
    (
        &[
            "本期应还多少",
            "这期账单多少",
            "最低还款额多少",
            "到期还款日",
            "this month's statement",
        ],
        &["本期"],
    ),
    // credit_card__unbilled
    (
        &[
            "账单外的消费",
            "还没出账的钱",
            "未出账单明细",
            "出账前刷了哪些",
            "not yet on statement",
        ],
        &["未出账"],
    ),
    // credit_card__bill_history
    (
        &[
            "历史账单查一下",
            "前几个月账单",
            "往月的账单",
            "以前每月账单",
            "statements from past months",
        ],
        &["历史账单"],
    ),
    // credit_card__repay
    (
        &[
            "现在就还信用卡",
            "还这期账单",
            "从储蓄卡还信用卡",
            "把欠款还上",
            "pay my card bill now",
        ],
        &["卡还款"],
    ),
    // credit_card__setup_autopay
    (
        &[
            "开通自动还款",
            "绑定自动还款",
            "每月自动还信用卡",
            "设自动全额还款",
            "turn on autopay",
        ],
        &["设置自动还款"],
    ),
    // credit_card__cancel_autopay
    (
        &[
            "自动还款关掉",
            "解除自动还款",
            "不用自动还了",
            "取消自动扣还款",
            "turn off autopay",
        ],
        &["取消自动还款"],
    ),
    // credit_card__credit_limit
    (
        &[
            "信用卡额度多少",
            "总额度和可用",
            "临额什么时候到期",
            "查一下额度",
            "my credit limit",
        ],
        &["额度查询"],
    ),
    // credit_card__raise_limit
    (
        &[
            "申请提高额度",
            "帮我提个额",
            "申请临时额度",
            "想要更高额度",
            "apply for a higher limit",
        ],
        &["提额"],
    ),
    // credit_card__change_due_date
    (
        &[
            "账单日改晚点",
            "修改还款日",
            "账单日往后挪",
            "调一下账单日",
            "change billing date",
        ],
        &["账单日"],
    ),
    // credit_report__request_report
    (
        &[
            "申请一份征信报告",
            "提交征信查询",
            "新查一次征信",
            "个人信用报告申请",
            "request a new credit report",
        ],
        &["个人信用"],
    ),
    // credit_report__view_report
    (
        &[
            "打开已出的报告",
            "看报告内容",
            "报告出来看看",
            "查看征信报告详情",
            "open my credit report",
        ],
        &["查看信用"],
    ),
    // credit_report__report_requests
    (
        &[
            "我申请过几次",
            "查询征信的记录",
            "免费额度还剩几次",
            "征信查了几回",
            "past report requests",
        ],
        &["征信查询"],
    ),
    // credit_report__raise_objection
    (
        &[
            "提交征信异议",
            "申请更正征信",
            "征信错了要改",
            "征信记录有误申诉",
            "fix my credit report",
        ],
        &["异议申请"],
    ),
    // credit_report__objection_status
    (
        &[
            "异议处理到哪了",
            "征信更正好了没",
            "异议审核进度",
            "提的异议有回复吗",
            "status of my credit dispute",
        ],
        &["异议处理"],
    ),
    // credit_report__overdue_certificate
    (
        &[
            "开非恶意逾期证明",
            "要逾期说明信",
            "证明逾期不怪我",
            "银行出个逾期说明",
            "letter explaining the late payment",
        ],
        &["非恶意"],
    ),
    // customer_service__faq_search
    (
        &[
            "搜一下帮助",
            "自己查查怎么办",
            "常见问题里找",
            "查使用说明",
            "search the help center",
        ],
        &["常见问题"],
    ),
    // customer_service__start_chat
    (
        &[
            "在线跟客服聊",
            "打开客服对话",
            "文字咨询客服",
            "在线问人工",
            "open a chat",
        ],
        &["在线客服"],
    ),
    // customer_service__request_callback
    (
        &[
            "预约客服回电",
            "等客服来电",
            "约个时间回电",
            "让银行打电话来",
            "schedule a call",
        ],
        &["回电"],
    ),
    // customer_service__file_complaint
    (
        &[
            "正式投诉",
            "提交投诉",
            "要投诉这个事",
            "投诉一个员工",
            "lodge a complaint",
        ],
        &["File a complaint"],
    ),
    // customer_service__complaint_progress
    (
        &[
            "投诉处理到哪",
            "查投诉进度",
            "上次投诉怎样了",
            "投诉回复了没",
            "complaint update",
        ],
        &["投诉进度"],
    ),
    // customer_service__suggestion
    (
        &[
            "给app提点建议",
            "反馈个意见",
            "不是投诉只是建议",
            "有个改进建议",
            "suggest a feature",
        ],
        &["意见"],
    ),
    // customer_service__rate_service
    (
        &[
            "评价刚才的服务",
            "给服务打个分",
            "服务评价一下",
            "给柜员评价",
            "rate the agent",
        ],
        &["服务评价"],
    ),
    // debit_card__freeze_card
    (
        &[
            "临时冻结一下卡",
            "卡先锁住不挂失",
            "暂时别让卡能用",
            "先冻结再说",
            "temporarily block my card",
        ],
        &["临时冻结"],
    ),
    // debit_card__unfreeze_card
    (
        &[
            "把冻结解除",
            "我冻的卡解开",
            "卡恢复正常使用",
            "解除锁卡",
            "remove the freeze",
        ],
        &["解除冻结"],
    ),
    // debit_card__report_lost
    (
        &[
            "马上挂失",
            "卡肯定找不回了",
            "正式挂失银行卡",
            "卡被人偷走了",
            "report my card stolen",
        ],
        &["卡挂失"],
    ),
    // debit_card__replace_card
    (
        &[
            "申请补一张卡",
            "办张新卡换旧卡",
            "挂失后补卡",
            "卡坏了要重新做",
            "order a replacement card",
        ],
        &["补换卡申请"],
    ),
    // debit_card__set_limits
    (
        &[
            "借记卡额度调一下",
            "每日消费限额改",
            "刷卡限额调高",
            "降低取现限额",
            "change daily card limit",
        ],
        &["交易限额"],
    ),
    // debit_card__overseas_use
    (
        &[
            "打开境外交易",
            "关掉海外使用",
            "出国前开境外功能",
            "境外刷卡开关",
            "switch on overseas use",
        ],
        &["境外用卡"],
    ),
    // debit_card__card_status
    (
        &[
            "查一下卡片状态",
            "卡是正常还是冻结",
            "卡片有效期到哪",
            "卡现在能不能用",
            "check my card's status",
        ],
        &["卡片状态"],
    ),
    // debit_card__replacement_progress
    (
        &[
            "补的卡寄出没",
            "新卡做好了吗",
            "补卡进度查询",
            "换的卡到哪了",
            "track my replacement card",
        ],
        &["补换卡进度"],
    ),
    // deposit_proof__apply
    (
        &[
            "申请开存款证明",
            "存款证明现在办",
            "冻结一笔钱开证明",
            "开中英文证明",
            "get a deposit certificate",
        ],
        &["开立存款"],
    ),
    // deposit_proof__status
    (
        &[
            "存款证明办好没",
            "证明进度查询",
            "证明在哪领取",
            "申请的存款证明状态",
            "status of my deposit certificate",
        ],
        &["证明进度"],
    ),
    // deposit_proof__revoke
    (
        &[
            "撤销这份存款证明",
            "存款证明提前撤",
            "证明撤了钱解冻",
            "作废存款证明",
            "revoke the certificate",
        ],
        &["Revoke"],
    ),
    // deposit_proof__asset_certificate
    (
        &[
            "开一份资产证明",
            "开总资产证明",
            "资产证明不冻钱",
            "出具资产证明",
            "get an asset certificate",
        ],
        &["资产证明"],
    ),
    // deposit_proof__verify
    (
        &[
            "验证存款证明真假",
            "证明编号验一下",
            "资产证明核验",
            "核对证明真伪",
            "verify certificate number",
        ],
        &["验证证明"],
    ),
    // ecny_wallet__open_wallet
    (
        &[
            "开通一个数币钱包",
            "我还没有数字钱包",
            "第一次用数字人民币",
            "注册数字钱包",
            "create an e-CNY wallet",
        ],
        &["开通数字"],
    ),
    // ecny_wallet__wallet_balance
    (
        &[
            "数币钱包余额多少",
            "查数字人民币余额",
            "钱包等级和余额",
            "钱包还有多少数币",
            "check e-CNY balance",
        ],
        &["钱包余额"],
    ),
    // ecny_wallet__top_up
    (
        &[
            "从银行卡兑入数币",
            "数字钱包存点钱",
            "充钱进数币钱包",
            "往钱包里充值",
            "put money into e-CNY",
        ],
        &["钱包充值"],
    ),
    // ecny_wallet__withdraw
    (
        &[
            "数币兑出到卡",
            "数字钱包提现",
            "钱包的钱退回卡",
            "数字人民币转回去",
            "move e-CNY to my card",
        ],
        &["钱包提现"],
    ),
    // ecny_wallet__pay_merchant
    (
        &[
            "用数币付钱",
            "数字人民币扫码付",
            "结账用数字人民币",
            "数币付给商家",
            "pay the shop with e-CNY",
        ],
        &["人民币付款"],
    ),
    // ecny_wallet__wallet_transactions
    (
        &[
            "数币交易明细",
            "钱包花了哪些",
            "数币收到的红包",
            "数字钱包流水",
            "e-CNY transaction list",
        ],
        &["钱包交易"],
    ),
    // ecny_wallet__upgrade_tier
    (
        &[
            "数币钱包升一级",
            "钱包等级提高",
            "升成更高级钱包",
            "数币限额提高",
            "upgrade my e-CNY wallet",
        ],
        &["钱包升级"],
    ),
    // ecny_wallet__close_wallet
    (
        &[
            "注销数字钱包",
            "把数币钱包关了",
            "数字人民币钱包销掉",
            "不再用数币钱包",
            "close my e-CNY wallet",
        ],
        &["注销钱包"],
    ),
    // family_account__list_members
    (
        &[
            "看看亲情账户",
            "亲情账户都有谁",
            "我绑了几个家人",
            "查看亲情卡成员",
            "list family members",
        ],
        &["我的亲情"],
    ),
    // family_account__add_member
    (
        &[
            "新加一个家人",
            "帮爸妈开通亲情账户",
            "添加亲属卡",
            "邀请家人绑定",
            "invite a family member",
        ],
        &["添加亲情"],
    ),
    // family_account__set_member_limit
    (
        &[
            "改家人每月额度",
            "亲情卡额度提高",
            "亲情卡额度降低",
            "家人限额调整",
            "adjust family limit",
        ],
        &["亲情额度"],
    ),
    // family_account__member_spending
    (
        &[
            "家人刷了哪些",
            "亲情卡花了多少",
            "看看孩子的消费",
            "亲情账户账单明细",
            "what my family spent",
        ],
        &["账户消费"],
    ),
    // family_account__remove_member
    (
        &[
            "解除亲情关系",
            "取消某个家人",
            "亲情账户解绑",
            "不再让家人用卡",
            "unlink a family member",
        ],
        &["解除亲情"],
    ),
    // family_account__send_allowance
    (
        &[
            "给家人转钱",
            "打生活费给孩子",
            "给父母转零用",
            "转钱给爸妈花",
            "send my kid money",
        ],
        &["零花钱"],
    ),
    // fee_center__fee_schedule
    (
        &[
            "收费标准是什么",
            "各项业务怎么收费",
            "办业务要多少钱",
            "手续费标准",
            "bank fee schedule",
        ],
        &["服务收费"],
    ),
    // fee_center__charged_fees
    (
        &[
            "我被扣过哪些费",
            "扣了哪些手续费",
            "查已扣的费用",
            "这几块钱什么费",
            "fees I've been charged",
        ],
        &["已扣费用"],
    ),
    // fee_center__waive_small_balance_fee
    (
        &[
            "免掉小额管理费",
            "指定一张卡免费",
            "管理费别扣了",
            "设置免收管理费",
            "stop the low balance fee",
        ],
        &["免收小额"],
    ),
    // fee_center__waive_annual_fee
    (
        &[
            "申请减免年费",
            "年费能不能免掉",
            "求免这年的年费",
            "年费给我减了吧",
            "ask to waive annual fee",
        ],
        &["年费减免"],
    ),
    // fee_center__fee_refund
    (
        &[
            "申请退还费用",
            "把扣的费用退回",
            "要求退手续费",
            "乱扣的钱要退",
            "get my fee back",
        ],
        &["费用退还"],
    ),
    // pay_codes__show_pay_code
    (
        &[
            "亮出付款码",
            "调出付款码",
            "付款码给商家扫",
            "给我付款码",
            "show my qr to cashier",
        ],
        &["出示付款"],
    ),
    // pay_codes__scan_to_pay
    (
        &[
            "扫对方码付钱",
            "扫商户二维码",
            "用app扫一扫付",
            "扫码付给店家",
            "scan the shop's code",
        ],
        &["扫码付款"],
    ),
    // pay_codes__my_collect_code
    (
        &[
            "打开我的收款码",
            "让对方扫我收钱",
            "个人收款码给我",
            "设个金额收款",
            "show my code to get paid",
        ],
        &["我的收款"],
    ),
    // pay_codes__collection_records
    (
        &[
            "收款码收了几笔",
            "收款记录查一下",
            "别人扫码付我的",
            "收到的付款明细",
            "payments I received",
        ],
        &["收款记录"],
    ),
    // pay_codes__set_password_free
    (
        &[
            "开通小额免密",
            "免密限额调整",
            "关闭小额免密",
            "免密金额设一下",
            "turn off password-free",
        ],
        &["小额免密"],
    ),
    // pay_codes__pay_code_records
    (
        &[
            "付款码付了哪些",
            "扫码付款记录",
            "用付款码花了多少",
            "付款码消费明细",
            "my qr payments",
        ],
        &["付款码交易"],
    ),
    // pay_codes__default_pay_card
    (
        &[
            "付款默认用哪张",
            "改默认扣款卡",
            "设置默认卡",
            "付款优先用信用卡",
            "set default card",
        ],
        &["默认"],
    ),
    // payroll__latest_payslip
    (
        &[
            "这个月工资条",
            "最新一期工资条",
            "本月实发多少",
            "这月扣了哪些",
            "this month's payslip",
        ],
        &["本月工资"],
    ),
    // payroll__payslip_history
    (
        &[
            "之前几个月工资条",
            "翻翻旧工资条",
            "历史工资条查询",
            "某个月的工资条",
            "payslips from earlier months",
        ],
        &["历史工资"],
    ),
    // payroll__salary_credits
    (
        &[
            "工资到账记录",
            "每月工资哪天到的",
            "单位打了几笔钱",
            "奖金打过来没",
            "salary payments received",
        ],
        &["到账记录"],
    ),
    // payroll__annual_income
    (
        &[
            "全年工资合计",
            "一年工资加起来",
            "年度收入汇总",
            "去年一共到手多少",
            "yearly income total",
        ],
        &["年度收入"],
    ),
    // payroll__salary_arrival_alert
    (
        &[
            "开工资到账提醒",
            "工资到账发通知",
            "设置工资提醒",
            "工资来了推送我",
            "salary arrival notification",
        ],
        &["到账提醒"],
    ),
    // payroll__income_proof
    (
        &[
            "开一份收入证明",
            "出具工资收入证明",
            "用工资记录开证明",
            "收入证明现在开",
            "get an income certificate",
        ],
        &["收入证明"],
    ),
    // personal_info__view_profile
    (
        &[
            "查看我的信息",
            "银行登记的资料",
            "看看个人信息",
            "资料登记的什么",
            "view my personal info",
        ],
        &["个人信息"],
    ),
    // personal_info__update_id
    (
        &[
            "重新上传身份证",
            "证件有效期更新",
            "换证后更新资料",
            "身份证信息更新",
            "upload my new ID",
        ],
        &["身份证件"],
    ),
    // personal_info__change_mobile
    (
        &[
            "改预留手机号",
            "预留号码换掉",
            "银行留的号要改",
            "更换预留号码",
            "change my registered number",
        ],
        &["预留"],
    ),
    // personal_info__update_address
    (
        &[
            "更新联系地址",
            "改收信地址",
            "地址换成新家",
            "通讯地址修改",
            "change my mailing address",
        ],
        &["联系地址"],
    ),
    // personal_info__update_occupation
    (
        &[
            "更新工作单位",
            "职业改一下",
            "职业信息修改",
            "填新工作信息",
            "update my job details",
        ],
        &["职业"],
    ),
    // personal_info__tax_residency
    (
        &[
            "填税收居民声明",
            "税收身份更新",
            "做CRS声明",
            "税收居民身份填写",
            "file tax residency",
        ],
        &["税收"],
    ),
    // quick_pay__list_bindings
    (
        &[
            "查快捷支付绑定",
            "卡被哪些app绑了",
            "绑定的支付平台",
            "快捷支付有哪些",
            "list linked apps",
        ],
        &["支付绑定"],
    ),
    // quick_pay__unbind_app
    (
        &[
            "解除快捷支付",
            "这个app别扣我卡",
            "把卡从app解绑",
            "断开第三方绑定",
            "unlink this app",
        ],
        &["解除快捷"],
    ),
    // quick_pay__set_quick_pay_limit
    (
        &[
            "快捷支付限额改",
            "支付宝额度调高",
            "微信每日限额调",
            "第三方支付限额降低",
            "change app payment limit",
        ],
        &["设置快捷"],
    ),
    // quick_pay__list_direct_debits
    (
        &[
            "查代扣签约",
            "签了哪些代扣",
            "有几个免密协议",
            "自动扣款协议列表",
            "list my direct debits",
        ],
        &["代扣签约"],
    ),
    // quick_pay__cancel_direct_debit
    (
        &[
            "代扣签约解掉",
            "解约这个代扣",
            "终止免密协议",
            "停掉这个自动扣",
            "cancel this subscription",
        ],
        &["解约代扣"],
    ),
    // quick_pay__pause_online_payments
    (
        &[
            "关掉网上支付",
            "卡禁止网上用",
            "暂停线上付款",
            "网上支付停用",
            "switch off online payments",
        ],
        &["网上支付"],
    ),
    // security_center__change_login_password
    (
        &[
            "改app登录密码",
            "换个登录密码",
            "登录密码改复杂",
            "手机银行登录密码改",
            "update login password",
        ],
        &["登录密码"],
    ),
    // security_center__reset_payment_password
    (
        &[
            "交易密码忘了重置",
            "重设六位密码",
            "支付密码找回",
            "密码锁了重置",
            "reset my transaction pin",
        ],
        &["重置"],
    ),
    // security_center__list_devices
    (
        &[
            "看登录设备",
            "有几台设备登着",
            "登录设备列表",
            "管理登录的手机",
            "see logged-in devices",
        ],
        &["设备管理"],
    ),
    // security_center__remove_device
    (
        &[
            "把这台设备解绑",
            "旧设备移除",
            "删掉一台登录设备",
            "让旧手机下线",
            "unbind old device",
        ],
        &["解绑设备"],
    ),
    // security_center__set_transfer_limit
    (
        &[
            "网银转账限额调",
            "手机转账额度改",
            "转账单笔上限调高",
            "把转账额度调低",
            "change transfer limit",
        ],
        &["转账限额"],
    ),
    // security_center__login_records
    (
        &[
            "查最近登录记录",
            "看看谁登过",
            "登录时间地点",
            "登录ip查询",
            "recent login activity",
        ],
        &["登录记录"],
    ),
    // security_center__biometric_login
    (
        &[
            "开通指纹登录",
            "设置刷脸登录",
            "关闭指纹支付",
            "面容登录打开",
            "turn on face id",
        ],
        &["指纹"],
    ),
    // security_center__freeze_online_banking
    (
        &[
            "马上冻结网银",
            "紧急锁住账户",
            "手机银行全部停用",
            "一键冻结",
            "freeze my online banking",
        ],
        &["网银"],
    ),
    // shop_collect__apply_merchant_code
    (
        &[
            "申请商户收款码",
            "商户入驻申请",
            "店铺开通收款",
            "新办商家码",
            "sign up as a merchant",
        ],
        &["申请商户"],
    ),
    // shop_collect__daily_takings
    (
        &[
            "今日收款统计",
            "今天流水汇总",
            "一天收了几笔",
            "当日收款总额",
            "today's total takings",
        ],
        &["今日收款"],
    ),
    // shop_collect__merchant_transactions
    (
        &[
            "商户每笔流水",
            "逐笔看收款",
            "收款流水明细",
            "店里交易记录",
            "list shop payments",
        ],
        &["商户交易"],
    ),
    // shop_collect__settlement_records
    (
        &[
            "结算款到账没",
            "营业款结算记录",
            "结算扣了手续费",
            "货款哪天结算",
            "settlement records",
        ],
        &["结算到账"],
    ),
    // shop_collect__refund_customer
    (
        &[
            "把钱退给顾客",
            "这笔收款退回",
            "顾客退款操作",
            "退一部分给客人",
            "refund this payment",
        ],
        &["收款退款"],
    ),
    // shop_collect__voice_broadcast
    (
        &[
            "开语音播报",
            "绑个收款音箱",
            "收款声音打开",
            "播报设置",
            "turn on voice alerts",
        ],
        &["语音播报"],
    ),
    // shop_collect__merchant_fees
    (
        &[
            "商户费率多少",
            "收款费率查询",
            "每笔扣多少点",
            "有没有费率优惠",
            "merchant fee",
        ],
        &["商户费率"],
    ),
    // statements__export_statement
    (
        &[
            "导出流水",
            "导一份盖章流水",
            "流水发到邮箱",
            "拉一年交易流水",
            "export my statement",
        ],
        &["导出交易"],
    ),
    // statements__monthly_estatement
    (
        &[
            "开通电子对账单",
            "订电子对账单",
            "每月发对账单给我",
            "对账单按月寄邮箱",
            "sign up for e-statements",
        ],
        &["订阅"],
    ),
    // statements__cancel_estatement
    (
        &[
            "退订电子对账单",
            "对账单不用发了",
            "取消月度对账单",
            "关掉对账单邮件",
            "unsubscribe e-statement",
        ],
        &["退订电子"],
    ),
    // statements__transfer_receipt
    (
        &[
            "开转账回单",
            "下载电子回单",
            "这笔转账的回单",
            "盖章的转账凭证",
            "download a transfer receipt",
        ],
        &["电子回单"],
    ),
    // statements__verify_receipt
    (
        &[
            "回单验证码核对",
            "验一下回单",
            "核验电子回单",
            "回单真伪查询",
            "check a receipt code",
        ],
        &["回单验真"],
    ),
    // statements__export_history
    (
        &[
            "看导出记录",
            "以前导出的流水",
            "重发上次的流水",
            "导出过哪些",
            "my export history",
        ],
        &["导出记录"],
    ),
    // transfer__transfer_to_person
    (
        &[
            "给别人的卡打钱",
            "转给其他人",
            "跨行给对方转",
            "按卡号转给他",
            "pay someone by account number",
        ],
        &["他人"],
    ),
    // transfer__transfer_between_own
    (
        &[
            "我自己两张卡互转",
            "本人账户之间转",
            "钱挪到我另一张卡",
            "自己转自己",
            "move money to my other account",
        ],
        &["本人账户"],
    ),
    // transfer__transfer_by_mobile
    (
        &[
            "输对方手机号转钱",
            "手机号转账给他",
            "通过手机号付钱",
            "用号码转账",
            "send money to a phone number",
        ],
        &["号转账"],
    ),
    // transfer__schedule_transfer (Chinese title shared with the cancel sibling; English title used)
    (
        &[
            "设一个定时转账",
            "指定日期转账",
            "新建每月转账",
            "到日子自动转过去",
            "set a future transfer",
        ],
        &["Schedule a transfer"],
    ),
    // transfer__cancel_scheduled_transfer
    (
        &[
            "撤销预约转账",
            "定时转账撤掉",
            "那笔预约转账不转了",
            "还没转出的预约撤回",
            "cancel the future transfer",
        ],
        &["撤销预约"],
    ),
    // transfer__list_transfer_records (转账记录 is also a securities title; English title used)
    (
        &[
            "查转账记录",
            "以前转过的钱",
            "转出的钱状态",
            "转账明细查询",
            "past transfers",
        ],
        &["Transfer history"],
    ),
    // transfer__list_payees
    (
        &[
            "看常用收款人",
            "收款人都有谁",
            "存了哪些收款人",
            "打开收款人列表",
            "show saved payees",
        ],
        &["常用收款"],
    ),
    // transfer__add_payee
    (
        &[
            "添加一个收款人",
            "新收款人存一下",
            "把这个账户加进收款人",
            "收款人新增",
            "add new payee",
        ],
        &["添加收款"],
    ),
    // transfer__delete_payee
    (
        &[
            "删除一个收款人",
            "把他从收款人删了",
            "收款人移除",
            "不要这个收款人",
            "delete saved payee",
        ],
        &["删除收款"],
    ),
    // txn_dispute__report_fraud
    (
        &[
            "申报盗刷",
            "有笔钱不是我花的",
            "卡没丢却被刷",
            "报盗刷交易",
            "report card fraud",
        ],
        &["盗刷"],
    ),
    // txn_dispute__open_chargeback
    (
        &[
            "发起拒付",
            "申请退单拿回钱",
            "付了钱没拿到东西",
            "商家拒绝退款怎么办",
            "dispute a merchant charge",
        ],
        &["拒付"],
    ),
    // txn_dispute__duplicate_charge
    (
        &[
            "一笔扣了两遍",
            "重复扣款申诉",
            "扣款金额不对",
            "同一笔扣了两次",
            "duplicate charge",
        ],
        &["重复扣款"],
    ),
    // txn_dispute__dispute_status
    (
        &[
            "争议处理到哪了",
            "申诉进展",
            "争议结果出来没",
            "临时入账了吗",
            "where is my dispute",
        ],
        &["争议处理"],
    ),
    // txn_dispute__upload_evidence
    (
        &[
            "给争议补材料",
            "上传证据给银行",
            "补交凭证",
            "补充申诉资料",
            "upload documents for dispute",
        ],
        &["补充争议"],
    ),
    // txn_dispute__withdraw_dispute
    (
        &[
            "撤销申诉",
            "争议不用处理了",
            "取消这个争议",
            "撤回拒付申请",
            "cancel my dispute",
        ],
        &["撤销争议"],
    ),
    // txn_dispute__transaction_detail
    (
        &[
            "看这笔交易详情",
            "查商户名和地点",
            "这笔消费具体信息",
            "授权码是多少",
            "details of this charge",
        ],
        &["交易详情"],
    ),
    // safe_box__box_availability
    (
        &[
            "还有空箱吗",
            "查保管箱空位",
            "保管箱尺寸和租金",
            "哪里能租到保管箱",
            "check box availability",
        ],
        &["空箱"],
    ),
    // safe_box__rent_box
    (
        &[
            "申请租保管箱",
            "新租一个保管箱",
            "第一次租保管箱",
            "要租一个箱子",
            "apply to rent a box",
        ],
        &["租用"],
    ),
    // safe_box__renew_box
    (
        &[
            "保管箱续租一年",
            "保管箱接着租",
            "交明年保管箱租金",
            "保管箱延期",
            "extend my safe box",
        ],
        &["箱续租"],
    ),
    // safe_box__my_box
    (
        &[
            "查我的保管箱",
            "我租的箱子信息",
            "保管箱到期日",
            "我保管箱的网点",
            "details of my box",
        ],
        &["我的保管"],
    ),
    // safe_box__book_opening
    (
        &[
            "约时间开箱",
            "去银行开保管箱",
            "预约进金库",
            "开箱时间预约",
            "book to open my box",
        ],
        &["开箱"],
    ),
    // safe_box__terminate_box
    (
        &[
            "保管箱退租",
            "不再续租退掉",
            "退箱还钥匙",
            "保管箱结束租用",
            "give up my safe box",
        ],
        &["箱退租"],
    ),
    // campaigns__daily_checkin
    (
        &[
            "今天签个到",
            "每日签到领奖",
            "帮我签到",
            "签到一下",
            "check in for today",
        ],
        &["每日签到"],
    ),
    // campaigns__checkin_calendar
    (
        &[
            "看签到日历",
            "本月签了几天",
            "连续签到天数",
            "签到天数查询",
            "my check-in calendar",
        ],
        &["签到日历"],
    ),
    // campaigns__lucky_draw
    (
        &[
            "用掉抽奖次数",
            "抽一次奖",
            "参加抽奖",
            "去转盘抽一下",
            "use my draw chance",
        ],
        &["抽奖"],
    ),
    // campaigns__list_campaigns
    (
        &[
            "现在有哪些活动",
            "正在进行的活动",
            "活动列表",
            "看看当前活动规则",
            "list current campaigns",
        ],
        &["正在进行"],
    ),
    // campaigns__join_campaign
    (
        &[
            "报名这个活动",
            "帮我报名参加",
            "活动先报名",
            "参加消费达标",
            "enroll me in the campaign",
        ],
        &["活动报名"],
    ),
    // campaigns__campaign_progress
    (
        &[
            "活动完成多少了",
            "达标进度查询",
            "报名的活动进度",
            "离奖励还差多少",
            "my campaign progress",
        ],
        &["活动进度"],
    ),
    // campaigns__my_prizes
    (
        &[
            "查我的奖品",
            "中的奖在哪",
            "领取奖品",
            "奖品寄出没",
            "my prizes list",
        ],
        &["奖品"],
    ),
    // coupon_center__available_coupons
    (
        &[
            "现在能领哪些券",
            "可领的优惠券",
            "还有券可领吗",
            "看看可领的立减金",
            "coupons I can claim",
        ],
        &["可领"],
    ),
    // coupon_center__claim_coupon
    (
        &[
            "领取这张优惠券",
            "帮我领张券",
            "马上领券",
            "把立减金领了",
            "claim this discount",
        ],
        &["领取优惠"],
    ),
    // coupon_center__my_coupons
    (
        &[
            "查我的优惠券",
            "我领过的券",
            "手上还有几张券",
            "已领的券在哪",
            "coupons in my wallet",
        ],
        &["我的优惠"],
    ),
    // coupon_center__expiry_reminder
    (
        &[
            "开券到期提醒",
            "券到期前通知",
            "关掉过期提醒",
            "券快到期告诉我",
            "coupon expiry alert",
        ],
        &["券到期"],
    ),
    // coupon_center__return_coupon
    (
        &[
            "把券退回去",
            "退掉这张优惠券",
            "没用的券退回",
            "券还回去",
            "give back a coupon",
        ],
        &["退回优惠"],
    ),
    // coupon_center__redeem_code
    (
        &[
            "输兑换码换券",
            "用券码兑换",
            "兑换券码",
            "这个码换券",
            "enter a redeem code",
        ],
        &["券码"],
    ),
    // points_mall__points_balance
    (
        &[
            "查可用积分",
            "积分还能用多少",
            "快过期积分有多少",
            "商城积分余额",
            "available points",
        ],
        &["可用积分"],
    ),
    // points_mall__browse_rewards
    (
        &[
            "看看积分好礼",
            "商城有什么可换",
            "积分能兑的东西",
            "按积分挑礼品",
            "browse points rewards",
        ],
        &["积分好礼"],
    ),
    // points_mall__redeem_reward (Chinese title is part of the air-miles sibling's title; English title used)
    (
        &[
            "积分兑一件商品",
            "下单用积分兑",
            "积分换个实物",
            "积分兑电子券",
            "exchange points for goods",
        ],
        &["Redeem points for goods"],
    ),
    // points_mall__points_plus_cash
    (
        &[
            "积分加钱买",
            "积分不够补现金",
            "一部分积分一部分钱",
            "积分抵部分货款",
            "points and cash together",
        ],
        &["现金购"],
    ),
    // points_mall__redeem_airmiles
    (
        &[
            "银行积分转里程",
            "商城积分换里程",
            "积分兑成航空里程",
            "积分加到常旅客",
            "turn points into miles",
        ],
        &["航空里程"],
    ),
    // points_mall__redeem_phone_credit
    (
        &[
            "积分兑话费",
            "用积分交手机费",
            "积分换手机话费",
            "话费从积分扣",
            "top up phone with points",
        ],
        &["兑话费"],
    ),
    // points_mall__redemption_history
    (
        &[
            "兑换记录查询",
            "以前兑过什么",
            "积分兑换历史",
            "兑换的券码在哪",
            "my redemption history",
        ],
        &["兑换记录"],
    ),
    // gift_card__buy_card
    (
        &[
            "购买一张礼品卡",
            "新买礼品卡",
            "买张电子礼品卡",
            "下单买购物卡",
            "purchase a gift card",
        ],
        &["购买礼品"],
    ),
    // gift_card__send_card
    (
        &[
            "赠送礼品卡",
            "手上礼品卡送人",
            "把电子卡转赠",
            "礼品卡发给朋友手机",
            "gift my card to a friend",
        ],
        &["赠送礼品"],
    ),
    // gift_card__bind_card
    (
        &[
            "绑定礼品卡",
            "实体购物卡绑上",
            "把卡号卡密录入",
            "添加实体礼品卡",
            "link a physical gift card",
        ],
        &["绑定礼品"],
    ),
    // gift_card__card_balance
    (
        &[
            "礼品卡余额查询",
            "礼品卡还剩几块",
            "礼品卡到期时间",
            "查一下购物卡余额",
            "check gift card balance",
        ],
        &["礼品卡余额"],
    ),
    // gift_card__card_transactions
    (
        &[
            "礼品卡消费记录",
            "礼品卡花了哪些",
            "购物卡消费明细",
            "礼品卡充值和消费",
            "gift card transactions",
        ],
        &["礼品卡消费"],
    ),
    // gift_card__withdraw_gift
    (
        &[
            "撤回赠送的卡",
            "送出的礼品卡撤回",
            "朋友没领我要收回",
            "赠送撤销",
            "cancel the gift I sent",
        ],
        &["撤回"],
    ),
    // charity__list_projects
    (
        &[
            "看看公益项目",
            "公益项目有哪些",
            "挑一个公益项目",
            "找个项目捐",
            "list charity projects",
        ],
        &["公益"],
    ),
    // charity__project_progress
    (
        &[
            "项目进展怎么样",
            "善款使用情况",
            "项目资金公示",
            "捐款项目最新进展",
            "project spending report",
        ],
        &["进展"],
    ),
    // charity__donate (Chinese title 捐款 is part of the history sibling's title; English title used)
    (
        &[
            "现在捐一笔",
            "一次性捐款",
            "给这个项目捐钱",
            "马上捐款",
            "donate once",
        ],
        &["Donate"],
    ),
    // charity__set_monthly_donation
    (
        &[
            "开月捐",
            "每月自动捐一笔",
            "设置月捐",
            "签一个月捐",
            "start monthly giving",
        ],
        &["开通月捐"],
    ),
    // charity__cancel_monthly_donation
    (
        &[
            "取消月捐",
            "月捐不再扣",
            "停掉每月捐款",
            "月捐终止",
            "end my monthly donation",
        ],
        &["取消月捐"],
    ),
    // charity__donation_history
    (
        &[
            "我的捐款记录",
            "我捐过的项目",
            "历年捐款明细",
            "捐款总额多少",
            "my donation record",
        ],
        &["我的捐款"],
    ),
    // charity__donation_receipt
    (
        &[
            "申请捐赠票据",
            "开一张捐赠票据",
            "要捐款的票据",
            "捐赠票据抵个税",
            "request a donation receipt",
        ],
        &["捐赠票据"],
    ),
    // remit_abroad__send_remittance
    (
        &[
            "现在汇一笔到国外",
            "发起境外汇款",
            "电汇到海外账户",
            "把钱汇出境",
            "wire money abroad now",
        ],
        &["境外汇款"],
    ),
    // remit_abroad__fee_estimate
    (
        &[
            "汇款费用试算",
            "先算汇款手续费",
            "汇出要扣多少费",
            "汇款大概花多少",
            "estimate wire fee",
        ],
        &["汇款费用"],
    ),
    // remit_abroad__track_remittance
    (
        &[
            "汇出的钱到哪了",
            "查汇款进度",
            "汇款状态查询",
            "汇出去的到账没",
            "track my outgoing wire",
        ],
        &["汇款进度"],
    ),
    // remit_abroad__list_inbound
    (
        &[
            "查汇入汇款",
            "有没有境外汇入",
            "国外汇给我的钱",
            "境外来账查询",
            "incoming wires",
        ],
        &["汇入汇款"],
    ),
    // remit_abroad__claim_inbound
    (
        &[
            "汇入款申报入账",
            "确认国外来款",
            "汇入款项申报",
            "境外来款领取",
            "claim my inbound wire",
        ],
        &["入账申报"],
    ),
    // remit_abroad__fx_quota
    (
        &[
            "结售汇额度查询",
            "今年购汇用了多少",
            "年度换汇额度剩余",
            "便利化额度还剩",
            "FX quota left",
        ],
        &["结售汇"],
    ),
    // remit_abroad__saved_beneficiaries
    (
        &[
            "管理境外收款人",
            "海外收款人列表",
            "删改境外收款人",
            "存过的国外账户",
            "manage overseas payees",
        ],
        &["境外收款"],
    ),
    // fx_cash__branches
    (
        &[
            "哪些网点能约外币",
            "可预约外币网点",
            "外币提前几天约",
            "有现钞的网点",
            "branches that stock foreign cash",
        ],
        &["预约网点"],
    ),
    // fx_cash__book
    (
        &[
            "约取外币现钞",
            "预约外币现金",
            "订一笔外币现钞",
            "提前约好外币",
            "reserve foreign banknotes",
        ],
        &["预约取"],
    ),
    // fx_cash__bookings
    (
        &[
            "看我的现钞预约",
            "查外币预约",
            "现钞预约到哪天",
            "我约的外币",
            "my foreign cash bookings",
        ],
        &["我的现钞"],
    ),
    // fx_cash__reschedule
    (
        &[
            "修改现钞预约",
            "外币预约改日期",
            "取钞网点改一下",
            "现钞预约改时间",
            "change my cash booking",
        ],
        &["修改现钞"],
    ),
    // fx_cash__cancel
    (
        &[
            "取消现钞预约",
            "外币现钞不要了",
            "撤掉外币预约",
            "现钞预约不取",
            "cancel my cash booking",
        ],
        &["取消现钞"],
    ),
    // fx_cash__currencies
    (
        &[
            "有哪些币种现钞",
            "能约哪些外币",
            "现钞币种和面额",
            "外币币种查询",
            "which currencies can I get",
        ],
        &["币种"],
    ),
];

/// Fourth pass: the situations, troubles and plans that lead to each action rather than
/// its siblings, as whole short requests, for the index's said part only. Written from
/// the manifests, blind of every request set.
pub const SITUATIONS: &[super::Concept] = &[
    // account_alerts__alert_settings
    (
        &[
            "刚办的卡不知道进出钱会不会通知我",
            "妈妈问她卡里进钱会不会收到短信",
            "换了新手机不确定提醒还开着没",
            "工资到账了却没收到任何消息",
            "not sure my card notifies me when money moves",
        ],
        &["查询提醒设置"],
    ),
    // account_alerts__enable_sms_alert
    (
        &[
            "孩子拿着我的副卡我想每笔都知道",
            "退休了只用老人机想收银行短信",
            "租客打房租进来想第一时间收到短信",
            "怕卡被人偷偷刷掉想每次都发短信",
            "my teen uses my card, want a text each time",
        ],
        &["开通短信通知"],
    ),
    // account_alerts__cancel_sms_alert
    (
        &[
            "装了银行APP短信提醒就多余了",
            "已经有微信提醒了短信重复了不要",
            "学生卡里没几个钱还要扣短信费不想开了",
            "卡快不用了那个短信提醒先停掉",
            "getting double alerts, drop the text ones",
        ],
        &["取消短信通知"],
    ),
    // account_alerts__enable_wechat_alert
    (
        &[
            "银行短信总被当垃圾信息拦掉",
            "手机号经常换想在公众号里收提醒",
            "天天用微信想在里面看到扣款消息",
            "出国漫游关了短信想用微信看进出账",
            "my phone blocks bank sms, send to wechat instead",
        ],
        &["开通微信动账提醒"],
    ),
    // account_alerts__set_threshold
    (
        &[
            "天天扫码买早餐手机响个不停",
            "孩子买零食几块钱也通知我太烦",
            "只想知道上千块的大额支出",
            "小店收款每笔几块钱都来提醒吵死了",
            "phone buzzes for every coffee I buy",
        ],
        &["设置提醒起点金额"],
    ),
    // account_alerts__change_alert_mobile
    (
        &[
            "去外地工作办了个新手机号",
            "老号码欠费停机了提醒还发那里",
            "原来的号给孩子用了我收不到提醒",
            "出国回来国内号码注销了",
            "got a new SIM after moving cities",
        ],
        &["修改通知手机号"],
    ),
    // account_alerts__sms_fee_records
    (
        &[
            "对账发现每个月都少两块钱",
            "老人说卡里每月莫名少几块是不是短信费",
            "想知道这些年一共交了多少短信费",
            "退休金卡每月小额扣款想看看明细",
            "small monthly charge on my card, is it the sms fee",
        ],
        &["短信费扣费记录"],
    ),
    // account_center__list_accounts
    (
        &[
            "搬家整理抽屉翻出好几张你们行的卡",
            "办贷款要报名下在这家银行的所有账户",
            "大学时办过卡不记得有几张了",
            "想清理不用的卡先看看都有哪些",
            "which cards do I still hold with you",
        ],
        &["我的账户列表"],
    ),
    // account_center__get_balance
    (
        &[
            "超市结账被拒了是不是卡里没钱了",
            "孩子要生活费先看看我还剩多少",
            "准备交学费先瞄一眼卡里的钱",
            "发工资前几天快见底了吧",
            "before booking the ticket, do I have enough money",
        ],
        &["查询余额"],
    ),
    // account_center__list_transactions
    (
        &[
            "房东说房租没收到我想核对一下转了没",
            "昨天网购好像扣了两次钱",
            "想找去年给装修队转的那笔钱",
            "报销要找出差那几天的付款记录",
            "need the memo of a payment I made last week",
        ],
        &["查询收支明细"],
    ),
    // account_center__monthly_summary
    (
        &[
            "老婆问这个月的钱都花在哪几类上",
            "刚工作第一个月想看看开销分布",
            "这个月好像比上个月多花了不少",
            "下月想控制预算先看看本月各项花销",
            "how much did I spend on food this month vs last",
        ],
        &["月度收支分析"],
    ),
    // account_center__set_alias
    (
        &[
            "家里三张卡老是搞混转错",
            "给孩子存教育金的卡想标注一下",
            "房租卡和生活费卡老分不清",
            "想让每张卡显示它是干什么用的",
            "each card should show what it's for",
        ],
        &["设置账户别名"],
    ),
    // account_center__hide_account
    (
        &[
            "帮亲戚代管的卡不想天天在首页看到",
            "旧公司的工资卡不用了但不想注销",
            "给老婆看手机时不想露出那张卡",
            "首页卡太多了只想留常用的两张",
            "keep the card but don't show it in the app",
        ],
        &["隐藏账户"],
    ),
    // account_center__account_details
    (
        &[
            "新单位人事让我提供开户支行",
            "租客要给我打房租问我账号",
            "填助学金申请要写开户行名称",
            "客户付款要我卡的完整信息",
            "school asks for my bank branch for the scholarship",
        ],
        &["账户信息与开户行"],
    ),
    // account_service__book_account_opening
    (
        &[
            "第一次来这边读研需要一张本地卡",
            "刚满十六岁想自己去银行办卡",
            "外地来打工要办张卡去网点前先填好",
            "家里老人没卡要带他去柜台办一张",
            "just moved here and need a bank card, going to the branch",
        ],
        &["预约开立借记卡"],
    ),
    // account_service__close_account
    (
        &[
            "退休回老家这边的卡彻底用不上了",
            "要移民了这张卡以后不会再用",
            "以前为了活动办的卡想彻底关掉",
            "工作调动离开这个城市卡不要了",
            "moving abroad for good, shut down this card",
        ],
        &["借记卡销户"],
    ),
    // account_service__reactivate_dormant
    (
        &[
            "上学时开的卡十年没动过现在用不了",
            "打工时的工资卡好几年没碰被停了",
            "回国后发现以前的卡刷不了",
            "old card from years ago rejected at the ATM",
            "老存折多年没用柜员说成了睡眠状态",
        ],
        &["久悬账户激活"],
    ),
    // account_service__restriction_status
    (
        &[
            "网购退款进来了却转不出去",
            "转账突然失败说卡状态不对不知道为什么",
            "身份证过期了卡好像不能用了",
            "my transfer got declined, is my account limited",
            "收了几笔陌生人的钱卡就不能转了",
        ],
        &["账户限制查询"],
    ),
    // account_service__lift_restriction
    (
        &[
            "卡被限了工资证明已经准备好了",
            "摆摊收款多被限制了想恢复转账",
            "已经补了新身份证想让卡恢复正常",
            "I have proof of income, please unblock my account",
            "被非柜面了想提交材料把卡解开",
        ],
        &["申请解除限制"],
    ),
    // account_service__linked_services
    (
        &[
            "要注销这张卡怕还有什么自动扣费",
            "换了工资卡旧卡上的代扣得先搬走",
            "忘了这张卡绑过哪些平台",
            "check which apps use this card before I close it",
            "卡要作废了先看看水电费是不是从它扣",
        ],
        &["账户关联业务"],
    ),
    // asset_overview__total_assets
    (
        &[
            "准备买房想算算在这里的全部家当",
            "退休了想看看这些年一共攒了多少",
            "贷款申请表要填资产总额",
            "存款理财保险加一块到底多少",
            "how much am I worth at this bank in total",
        ],
        &["查看总资产"],
    ),
    // asset_overview__earnings
    (
        &[
            "买的理财这周到底赚没赚",
            "同事说理财赚了不少我想看看我的",
            "放在这里的钱昨天生了多少利息收益",
            "股市大跌不知道我的投资亏了多少",
            "did my investments make anything yesterday",
        ],
        &["收益明细"],
    ),
    // asset_overview__cashflow
    (
        &[
            "每月工资到手就没了攒不下钱",
            "房贷车贷压力大想看收入够不够开销",
            "想知道一年到头进了多少出了多少",
            "自由职业收入不稳想看看进出平衡",
            "am I earning more than I spend each month",
        ],
        &["收支分析"],
    ),
    // asset_overview__monthly_statement
    (
        &[
            "每月要给家里汇报资产变化",
            "想存一份上个月的资产报告",
            "记账需要每个月的资产对账单",
            "月初想看上月资产增减的账单",
            "need last month's asset report for my records",
        ],
        &["月度资产账单"],
    ),
    // asset_overview__allocation_check
    (
        &[
            "钱全在存款里是不是太保守了",
            "快退休了理财是不是该稳一点",
            "刚有了孩子想重新规划家里的钱",
            "基金股票占了大半心里没底",
            "am I too heavy in risky investments",
        ],
        &["资产配置诊断"],
    ),
    // asset_overview__hide_amounts
    (
        &[
            "在公司用手机怕同事看见存款",
            "给客户演示APP时别露出数字",
            "家里亲戚总借我手机玩",
            "要投屏开会别显示我的钱",
            "screen sharing, don't show my money",
        ],
        &["隐藏资产金额"],
    ),
    // bank_certificates__apply_deposit_certificate
    (
        &[
            "孩子申请美国大学要证明家里有钱",
            "去英国探亲签证材料里要一份存款的",
            "陪读签证要证明有足够资金",
            "need a bank letter of funds for my student visa",
            "旅游签要证明有存款冻结几个月",
        ],
        &["开立存款证明"],
    ),
    // bank_certificates__apply_credit_certificate
    (
        &[
            "小公司参加投标要银行出具信誉",
            "申请投资移民要银行给证明信用",
            "供应商要我们出一份银行资信",
            "tender requires a letter from my bank about my standing",
            "海外开户要国内银行的信誉证明",
        ],
        &["开立资信证明"],
    ),
    // bank_certificates__certificate_fees
    (
        &[
            "下周就交签证材料来得及开证明吗",
            "开两份证明给两个学校要多少钱",
            "证明要等几个工作日才拿到",
            "is there a charge for a bank letter",
            "开证明的钱从哪扣收多少",
        ],
        &["证明收费标准"],
    ),
    // bank_certificates__list_certificates
    (
        &[
            "之前申请的证明一直没拿到",
            "签证中心要电子版找不到了",
            "where is the certificate I applied for",
            "前几天申请的证明现在审到哪了",
        ],
        &["证明申请记录"],
    ),
    // bank_certificates__verify_certificate
    (
        &[
            "学校招生办说要核实银行证明",
            "收到合作方的资信证明想验真",
            "中介给的存款证明看着可疑",
            "landlord wants to check my bank letter is real",
        ],
        &["证明真伪验证"],
    ),
    // bank_certificates__cancel_certificate
    (
        &[
            "签证已经下来了想把冻住的钱动出来",
            "没被学校录取证明用不上了",
            "家里急用钱但钱被证明冻住了",
            "visa approved, want my frozen money back",
        ],
        &["撤销存款证明"],
    ),
    // branch_booking__find_branches
    (
        &[
            "刚搬到新小区不知道银行在哪",
            "只有周末有空去银行办事哪里开门",
            "出差到外地要去柜台办点事",
            "which branch near my hotel is open today",
        ],
        &["查找附近网点"],
    ),
    // branch_booking__find_atms
    (
        &[
            "出租车只收现金身上一分没有",
            "晚上要把今天收的现金存进去",
            "给老人包红包要取点现金",
            "need cash for the taxi, nearest machine",
        ],
        &["查找ATM"],
    ),
    // branch_booking__book_visit
    (
        &[
            "儿子结婚要取一大笔现金给彩礼",
            "装修要付现金给工人好几万",
            "腿脚不便想去柜台但不想排长队",
            "book a slot to withdraw a lot of cash",
        ],
        &["预约办理业务"],
    ),
    // branch_booking__list_bookings
    (
        &[
            "约完就忘了是周几去银行",
            "家人帮我约的不知道约在哪个网点",
            "what time did I book at the bank",
            "预约的短信删了不记得几点",
        ],
        &["我的预约"],
    ),
    // branch_booking__reschedule_booking
    (
        &[
            "孩子发烧约好的那天去不了换一天",
            "临时出差约的日子去不成但还得办",
            "下午有会想把去银行的时间提前到上午",
            "can't make it Friday, move my bank visit",
        ],
        &["修改预约"],
    ),
    // branch_booking__cancel_booking
    (
        &[
            "事情在手机上办完了柜台不用去了",
            "大额现金不取了约的不去了",
            "计划变了不用去银行了",
            "no longer need to visit the branch",
        ],
        &["取消预约"],
    ),
    // branch_booking__take_number
    (
        &[
            "快到银行了先拿个号",
            "带着孩子不想在大厅干等",
            "在停车场先排上队",
            "get in line from home before I leave",
        ],
        &["线上取号"],
    ),
    // branch_booking__queue_status
    (
        &[
            "取完号在附近吃饭怕过号",
            "在车里等不知道轮到我没有",
            "取了号去买杯咖啡来得及吗",
            "stepped out, is my number up soon",
        ],
        &["排队进度"],
    ),
    // card_apply__card_products
    (
        &[
            "经常开车加油想找张划算的信用卡",
            "孩子下半年去英国读书用什么信用卡好",
            "常坐飞机想要能进机场休息室的卡",
            "不想交年费有没有合适的卡挑一挑",
            "compare your cards before I pick one for travel",
        ],
        &["信用卡产品"],
    ),
    // card_apply__apply_card
    (
        &[
            "刚转正工资稳定了想要张信用卡",
            "手里只有储蓄卡网购分期都不方便",
            "月底钱总不够想要张卡周转一下先申请",
            "看中了你们的白金卡现在就想递申请",
            "I'm ready to fill in the form for my first card",
        ],
        &["申请信用卡"],
    ),
    // card_apply__application_status
    (
        &[
            "上个月填的办卡申请一直没动静",
            "银行打过回访电话之后就没下文了",
            "快递说有我的信用卡但一直没送到",
            "applied two weeks ago, approved or not?",
            "是不是因为收入低被拒了想看看结果",
        ],
        &["申请进度查询"],
    ),
    // card_apply__activate_card
    (
        &[
            "快递员刚送来一张信用卡",
            "新卡拿到了第一次刷之前要干嘛",
            "网购付款提示卡未启用",
            "got the new card in the mail today, first step?",
        ],
        &["激活信用卡"],
    ),
    // card_apply__set_card_pin
    (
        &[
            "饭店刷卡让输密码我没设过",
            "信用卡在ATM取现提示密码错误要重设",
            "老是想不起信用卡的密码想换个好记的",
            "POS machine asked me for a PIN I never set",
        ],
        &["设置交易密码"],
    ),
    // card_apply__cancel_card
    (
        &[
            "要出国定居了这张信用卡不用了",
            "第二年开始收年费了卡不想留",
            "分手后不想再用那张情侣联名卡",
            "卡太多管不过来要减掉一张",
            "欠款还清了想把这张卡关掉",
        ],
        &["注销信用卡"],
    ),
    // card_apply__supplementary_card
    (
        &[
            "老婆没有信用卡想用我的额度",
            "女儿上大学给她一张用我的额度",
            "爸妈买菜想刷我的信用卡额度",
            "my husband wants his own card on my limit",
        ],
        &["申请附属卡"],
    ),
    // card_installment__installment_quote
    (
        &[
            "想买台电脑先看看分期每月要出多少",
            "分24期和12期哪个手续费少",
            "分期到底要多掏多少钱先算算",
            "thinking of splitting the payment, what would it cost monthly",
        ],
        &["分期试算"],
    ),
    // card_installment__bill_installment
    (
        &[
            "这个月看病花太多信用卡全额还不上",
            "过年开销大这期账单想分几个月还",
            "失业了这期卡账还不起整期分开还",
            "stuck paying the whole bill this month, stretch it out",
        ],
        &["账单分期"],
    ),
    // card_installment__purchase_installment
    (
        &[
            "刚刷卡买了冰箱想把那一笔分开还",
            "昨天刷的机票钱太多想单独拆几期",
            "给孩子报培训班刷了一大笔想分期",
            "just bought a laptop on the card, spread that one charge",
        ],
        &["消费分期"],
    ),
    // card_installment__cash_installment
    (
        &[
            "孩子学费差一点想从信用卡额度借出来",
            "房租交不上想用信用卡额度借钱按月还",
            "老家装修要现金能不能从卡里借",
            "need cash in my bank account from my card limit, pay monthly",
        ],
        &["现金分期"],
    ),
    // card_installment__list_plans
    (
        &[
            "账单里每月都有一笔固定的分期费",
            "去年分的那个手机钱还剩几个月",
            "想知道现在一共背着几笔分期",
            "how many months left on the phone I split",
        ],
        &["我的分期"],
    ),
    // card_installment__early_settle
    (
        &[
            "发了奖金想把剩下的分期一下还掉",
            "不想每月再交分期手续费剩的全还了",
            "要申请房贷想先把分期清掉",
            "paid off early would save fees, settle the rest now",
        ],
        &["分期提前还款"],
    ),
    // card_installment__installment_offers
    (
        &[
            "双十一前想看看分期有没有免手续费",
            "听说最近分期打折是真的吗",
            "买家电想等分期优惠的时候",
            "any discount on installments this month",
        ],
        &["分期优惠活动"],
    ),
    // card_points__points_balance
    (
        &[
            "刷了一年卡不知道攒了多少积分",
            "朋友说积分年底清零我的还剩多少",
            "想换个东西不知道积分够不够",
            "how many points have I piled up",
        ],
        &["积分余额"],
    ),
    // card_points__points_history
    (
        &[
            "上个月刷了好几千积分怎么没涨",
            "积分突然少了一截不知道被谁用了",
            "想看看哪些消费给了积分",
            "where did my points go last month",
        ],
        &["积分明细"],
    ),
    // card_points__browse_rewards
    (
        &[
            "积分攒着没用想看看能换什么",
            "想用积分给家里换点小家电看看有哪些",
            "积分换东西都有什么选择",
            "show me what gifts my points could get",
        ],
        &["积分商城商品"],
    ),
    // card_points__redeem_gift
    (
        &[
            "就用积分换那个保温杯寄到家里",
            "选好了积分换购的行李箱下单吧",
            "积分给爸妈换一箱食用油",
            "order the blender with my points now",
        ],
        &["积分兑换礼品"],
    ),
    // card_points__redeem_miles
    (
        &[
            "过年回家想用积分换张机票",
            "差一点里程就能兑换升舱",
            "常飞国航积分想转到会员账户",
            "move my card points into my airline account",
        ],
        &["积分兑换航空里程"],
    ),
    // card_points__points_offset_fee
    (
        &[
            "年费账单出来了不想掏现金",
            "卡要扣年费了积分正好够抵",
            "积分用不完拿来抵年费",
            "annual fee is due, cover it with points",
        ],
        &["积分抵扣年费"],
    ),
    // card_points__redemption_orders
    (
        &[
            "积分换的电饭锅半个月还没到",
            "兑换的礼品卡券一直没发给我",
            "换的东西寄到旧地址了想看看物流",
            "where is the gift I got with points",
        ],
        &["兑换订单"],
    ),
    // cardless_atm__create_withdrawal
    (
        &[
            "卡借给老婆了我自己要取现金",
            "银行卡落在公司了楼下就有取款机",
            "卡被ATM吞了还急着用钱",
            "让儿子替我去取款机取钱",
            "left my wallet at home, need cash from the ATM",
        ],
        &["预约无卡取款"],
    ),
    // cardless_atm__scan_atm
    (
        &[
            "站在取款机前面屏幕上有个码",
            "取款机上能直接用手机扫吗",
            "ATM显示扫码取钱我该怎么弄",
            "the ATM screen shows a QR, use my phone",
        ],
        &["扫码取款"],
    ),
    // cardless_atm__list_withdrawals
    (
        &[
            "昨天给家人弄的取款码他取了没",
            "取款码过了一天还能用吗",
            "不记得约的取款码是多少了",
            "did my mom already use the withdrawal code",
        ],
        &["无卡取款记录"],
    ),
    // cardless_atm__cancel_withdrawal
    (
        &[
            "弄了取款码后来又找到卡了",
            "家人说不用去取钱了那个码作废",
            "取款码截图发到群里了怕被人用",
            "cancel the unused ATM code I made",
        ],
        &["撤销无卡取款"],
    ),
    // cardless_atm__cardless_limits
    (
        &[
            "要取八千块不带卡一次够吗",
            "想知道手机取钱一天最多能拿多少",
            "小区门口那台ATM能不能手机取钱",
            "is there a cap on withdrawing with my phone",
        ],
        &["无卡取款限额"],
    ),
    // class2_account__open_class2
    (
        &[
            "工资卡是别家的也想用你们的理财",
            "想要个专门花零钱的账户跟主卡分开",
            "在外地不方便去网点想在手机上开个户",
            "online shopping with a separate account to protect my main card",
        ],
        &["开立II类账户"],
    ),
    // class2_account__fund_class2
    (
        &[
            "电子户里钱不够买理财得先转点进去",
            "想把别家工资卡的钱挪进电子户",
            "给孩子的零花钱账户存点钱",
            "move money from my main card into the e-account",
        ],
        &["II类户充值"],
    ),
    // class2_account__withdraw_class2
    (
        &[
            "理财赎回到电子户了想回到工资卡",
            "电子户里的零钱拿回主卡用",
            "要交房租把电子账户的钱全转出来",
            "take the money in e-account back to my main card",
        ],
        &["II类户提现"],
    ),
    // class2_account__class2_limits
    (
        &[
            "往电子户转钱提示超过额度了",
            "这个月电子户还能消费多少",
            "一年快到头了电子户额度还剩多少",
            "how much room left on my e-account this year",
        ],
        &["II类户限额查询"],
    ),
    // class2_account__change_bind_card
    (
        &[
            "绑着的那张别家卡已经注销了",
            "换了新工作工资卡换了电子户也要换绑",
            "原来绑的卡过期换了新卡",
            "my e-account is tied to an old card I no longer use",
        ],
        &["更换绑定卡"],
    ),
    // class2_account__upgrade_to_class1
    (
        &[
            "电子户每天一万不够用想变成正式卡",
            "做生意收款多电子户总是超限",
            "想把电子户转成能到柜台用的卡",
            "I want the full account without the daily caps",
        ],
        &["升级为I类账户"],
    ),
    // class2_account__close_class2
    (
        &[
            "当初为活动开的电子户不需要了",
            "账户太多电子户那个想注销",
            "理财都赎回了电子户没用了",
            "don't need the online account any more, close it",
        ],
        &["II类户销户"],
    ),
    // credit_card__current_bill
    (
        &[
            "发工资了先看看这次信用卡要还多少",
            "收到短信说出账了具体多少",
            "最低还多少能不算逾期",
            "when is the card payment due and how much",
        ],
        &["查询本期账单"],
    ),
    // credit_card__unbilled
    (
        &[
            "出账后这几天刷了多少心里没数",
            "下个月账单会不会很吓人",
            "出差几天刷的酒店钱还没出账",
            "how much have I charged since the last statement",
        ],
        &["未出账单交易"],
    ),
    // credit_card__bill_history
    (
        &[
            "报税要找去年几个月的信用卡账单",
            "想核对半年前那笔刷卡消费",
            "记账想看过去一年每月刷了多少",
            "pull up my card statements from last year",
        ],
        &["历史账单"],
    ),
    // credit_card__repay
    (
        &[
            "明天最后还款日得赶紧还",
            "工资到了把上个月刷的钱还掉",
            "出差刷了卡回来把欠的还一部分",
            "pay what I owe on the card now",
        ],
        &["信用卡还款"],
    ),
    // credit_card__setup_autopay
    (
        &[
            "工作太忙总错过还款日被收利息",
            "要出国一个月怕没法还卡",
            "老人用信用卡总忘记还钱",
            "set it so my salary card covers the bill automatically",
        ],
        &["设置自动还款"],
    ),
    // credit_card__cancel_autopay
    (
        &[
            "工资卡被冻了别再从它自动扣",
            "自动扣款把我交房租的钱扣了",
            "以后想自己手动还不要自动扣了",
            "stop the bank pulling money for my card bill",
        ],
        &["取消自动还款"],
    ),
    // credit_card__credit_limit
    (
        &[
            "下周买手机不知道卡还能刷多少",
            "刚才刷卡被拒是不是刷满了",
            "临时加的额度到什么时候结束",
            "how much room is left on my card",
        ],
        &["额度查询"],
    ),
    // credit_card__raise_limit
    (
        &[
            "要结婚了酒席钱刷卡额度太低",
            "出国旅游想多刷点怕额度不够",
            "用了两年额度还是那么点",
            "need a higher limit for the wedding expenses",
        ],
        &["申请提额"],
    ),
    // credit_card__change_due_date
    (
        &[
            "公司发薪日改到月底还款日太早",
            "每个月还款都要借钱周转因为工资晚发",
            "想把还款日挪到发工资后面",
            "my payday moved, shift the card's due date",
        ],
        &["修改账单日"],
    ),
    // credit_report__request_report
    (
        &[
            "下个月要办房贷想先看看自己的信用",
            "相亲对象家长要看信用报告",
            "应聘银行岗位要交一份征信",
            "年轻时有张卡忘了还不知道影响没有",
            "applying for a mortgage soon, get my report first",
        ],
        &["查询个人信用报告"],
    ),
    // credit_report__view_report
    (
        &[
            "昨天申请的征信今天应该出来了打开看看",
            "想知道报告里有几次贷款审批查询",
            "报告出来了看下信用卡有没有逾期",
            "my report is ready, show me what it says",
        ],
        &["查看信用报告"],
    ),
    // credit_report__report_requests
    (
        &[
            "上半年已经查过一次了还能再查吗",
            "记不清今年自己查过几次了",
            "再查一次会不会收费",
            "have I used up this year's free reports",
        ],
        &["征信查询记录"],
    ),
    // credit_report__raise_objection
    (
        &[
            "助学贷款早还清了报告里还挂着逾期",
            "身份证丢过一次报告里多了别人办的卡",
            "房贷被拒说有一笔不是我的欠款",
            "there's a loan on my report I never took",
        ],
        &["征信异议申请"],
    ),
    // credit_report__objection_status
    (
        &[
            "上个月提的征信申诉到哪一步了",
            "银行说会核查征信错误一直没消息",
            "改没改好关系到我下周签房贷",
            "is my credit report fix done yet",
        ],
        &["异议处理进度"],
    ),
    // credit_report__overdue_certificate
    (
        &[
            "住院期间没法还款留下了逾期要说明",
            "绑定卡余额够却没自动扣走被记逾期",
            "房贷经理让我找银行开说明不是故意的",
            "need a letter saying the late payment was not my fault",
        ],
        &["非恶意逾期证明"],
    ),
    // customer_service__faq_search
    (
        &[
            "第一次用手机银行好多地方看不懂",
            "想自己先查查转账手续费怎么算",
            "不想打电话先看看有没有现成的答案",
            "where can I read how this works myself",
        ],
        &["常见问题搜索"],
    ),
    // customer_service__start_chat
    (
        &[
            "问题说不清楚想找个人聊聊",
            "搜了半天帮助还是没解决",
            "老人用不来APP想让人在线指导一下",
            "I need someone to chat with right now",
        ],
        &["在线客服"],
    ),
    // customer_service__request_callback
    (
        &[
            "上班不方便一直挂着等热线",
            "打了三次热线都没人接",
            "晚上下班后希望银行打给我",
            "call me after work instead of me waiting on hold",
        ],
        &["预约客服回电"],
    ),
    // customer_service__file_complaint
    (
        &[
            "理财经理说保本结果亏了要讨说法",
            "网点保安对老人很凶要反映",
            "没经过同意就给我开了收费业务",
            "I want to lodge a formal complaint about a branch",
        ],
        &["投诉"],
    ),
    // customer_service__complaint_progress
    (
        &[
            "上周反映的问题到现在没人联系我",
            "银行说十五天内答复现在到哪步了",
            "投诉的那件事处理结果出来了吗",
            "any reply on the complaint I filed",
        ],
        &["投诉进度查询"],
    ),
    // customer_service__suggestion
    (
        &[
            "希望转账页面能加个常用联系人",
            "夜间模式太暗了想提个想法",
            "APP能不能出个老年版",
            "I have an idea to make the app better",
        ],
        &["意见建议"],
    ),
    // customer_service__rate_service
    (
        &[
            "刚才客服小姐姐很耐心想给好评",
            "今天柜台办事很快想打个分",
            "刚聊完客服没解决想给个低分",
            "leave a rating for the agent I just talked to",
        ],
        &["服务评价"],
    ),
    // debit_card__freeze_card
    (
        &[
            "卡可能落在健身房了还没去找",
            "孩子把卡拿出去玩了找不到先别让人用",
            "出差前把不带的卡锁住以防万一",
            "can't find my card, block it until I look",
        ],
        &["临时冻结借记卡"],
    ),
    // debit_card__unfreeze_card
    (
        &[
            "昨天以为卡丢了锁了现在在车里找到",
            "出差回来要用那张锁着的卡",
            "锁了的卡付工资要用了恢复一下",
            "my card turned up, make it work again",
        ],
        &["解除冻结"],
    ),
    // debit_card__report_lost
    (
        &[
            "地铁上包被划了卡没了",
            "在外地取钱机器没吐卡出来",
            "卡确定找不回来了先挂上",
            "someone stole my wallet with the bank card",
        ],
        &["借记卡挂失"],
    ),
    // debit_card__replace_card
    (
        &[
            "挂失了的卡要重新办一张",
            "卡被孩子掰弯了插不进机器",
            "卡面磨得看不清号码想换新的",
            "need a new card, the old one is cracked",
        ],
        &["补换卡申请"],
    ),
    // debit_card__set_limits
    (
        &[
            "买二手车要刷卡一次付不了",
            "老人怕被骗想把卡每天能花的调低",
            "交学费一次刷不过去",
            "raise how much I can spend per day on my card",
        ],
        &["设置交易限额"],
    ),
    // debit_card__overseas_use
    (
        &[
            "下周去泰国旅游卡在那边能刷吗",
            "回国了不想卡在国外还能被刷",
            "孩子出国游学想让他的卡能取现",
            "going to Europe, make sure my card works there",
        ],
        &["境外用卡开关"],
    ),
    // debit_card__card_status
    (
        &[
            "好久没用的卡不知道还正不正常",
            "收到短信说卡要到期了是真的吗",
            "刚才消费失败怀疑卡被锁了",
            "is my card still good or expired",
        ],
        &["卡片状态查询"],
    ),
    // debit_card__replacement_progress
    (
        &[
            "上周补办的卡还没收到短信",
            "换的新卡是寄到家还是去网点拿",
            "补的卡做好没我下周要用",
            "when will my replacement card arrive",
        ],
        &["补换卡进度"],
    ),
    // deposit_proof__apply
    (
        &[
            "孩子去澳洲读书学校要中英文证明",
            "申请研究生要证明家里有存款",
            "学校录取材料里要求资金证明",
            "my school wants proof of funds in English",
        ],
        &["开立存款证明"],
    ),
    // deposit_proof__status
    (
        &[
            "签证下周面签证明还没拿到",
            "申请的资金证明好了没去哪取",
            "留学材料就差这份证明了",
            "is my proof of funds ready to pick up",
        ],
        &["存款证明进度"],
    ),
    // deposit_proof__revoke
    (
        &[
            "签证批了冻着的钱想拿来交学费",
            "孩子不出国了证明也不需要了",
            "钱被证明锁住了家里有急事",
            "visa done, release the money held for the certificate",
        ],
        &["撤销存款证明"],
    ),
    // deposit_proof__asset_certificate
    (
        &[
            "钱都买了理财不想冻结怎么证明有钱",
            "签证要资产证明但钱不能动",
            "办移民要证明在你们行的总资产",
            "prove my wealth without locking up the money",
        ],
        &["开立资产证明"],
    ),
    // deposit_proof__verify
    (
        &[
            "学校说要向银行核实我的存款证明",
            "签证中心打电话问证明是不是真的",
            "对方给的资产证明看着不太对",
            "the school wants to confirm my certificate is genuine",
        ],
        &["验证证明真伪"],
    ),
    // ecny_wallet__open_wallet
    (
        &[
            "公司说工资部分发数字人民币",
            "商场抽奖送了数币红包还没地方领",
            "小区超市收数币想开始用",
            "my employer pays part in digital yuan, set me up",
        ],
        &["开通数字人民币钱包"],
    ),
    // ecny_wallet__wallet_balance
    (
        &[
            "之前领的数币红包还剩多少",
            "买东西前看看数字钱包够不够",
            "数币钱包一次能付多少",
            "how much digital yuan is left in my wallet",
        ],
        &["钱包余额"],
    ),
    // ecny_wallet__top_up
    (
        &[
            "数币付款时提示余额不够",
            "下周去政府食堂只能用数币先存点",
            "想用数币消费券但钱包是空的",
            "put some yuan into the digital wallet first",
        ],
        &["钱包充值"],
    ),
    // ecny_wallet__withdraw
    (
        &[
            "数币发的工资想转回储蓄卡",
            "数字钱包里的钱用不上想拿回来",
            "数币里的钱要还信用卡得先转出",
            "move my digital yuan back to the bank card",
        ],
        &["钱包提现"],
    ),
    // ecny_wallet__pay_merchant
    (
        &[
            "食堂只收数字人民币要付饭钱",
            "地下车库没信号要付停车费",
            "商店说用数币付有折扣",
            "pay the shop with digital yuan now",
        ],
        &["数字人民币付款"],
    ),
    // ecny_wallet__wallet_transactions
    (
        &[
            "公司发的数币到了没",
            "领的数币消费券在哪家店用掉了",
            "想看看这个月数币都花在哪",
            "list my digital yuan payments and red packets",
        ],
        &["钱包交易记录"],
    ),
    // ecny_wallet__upgrade_tier
    (
        &[
            "数币一次只能付两千不够买家电",
            "发的数币工资存不进钱包",
            "想让数字钱包能存更多钱",
            "my digital wallet caps are too low",
        ],
        &["钱包升级"],
    ),
    // ecny_wallet__close_wallet
    (
        &[
            "数币活动结束了钱包没用了",
            "换了手机号不想再用数字钱包",
            "数字人民币基本不用想关掉",
            "shut down my digital yuan wallet",
        ],
        &["注销钱包"],
    ),
    // family_account__list_members
    (
        &[
            "不记得当初给家里哪几个人开了",
            "想看看爸妈和孩子各自这个月花了多少额度",
            "家里几个人在用我的账户",
            "who in my family is linked to my card",
        ],
        &["我的亲情账户"],
    ),
    // family_account__add_member
    (
        &[
            "妈妈不会用手机付款想刷我的账户",
            "孩子去外地上学想直接花我卡里的",
            "婆婆住院想让她用我的钱付",
            "let my son spend from my account within a limit",
        ],
        &["添加亲情账户"],
    ),
    // family_account__set_member_limit
    (
        &[
            "孩子上高中开销大了每月额度要加",
            "爸妈最近看病多给他们放宽点",
            "女儿上个月乱买东西额度得收紧",
            "lower how much my kid can spend each month",
        ],
        &["调整亲情额度"],
    ),
    // family_account__member_spending
    (
        &[
            "儿子说钱不够想看他都买了啥",
            "老人总说没花钱我想看看记录",
            "孩子好像在网上买了游戏皮肤",
            "show me what my daughter bought on the family card",
        ],
        &["亲情账户消费明细"],
    ),
    // family_account__remove_member
    (
        &[
            "儿子工作了有工资不用刷我的了",
            "跟前任的关联还在得断掉",
            "老人过世了那个亲情卡要取消",
            "take my nephew off my card",
        ],
        &["解除亲情账户"],
    ),
    // family_account__send_allowance
    (
        &[
            "月初要给老家父母打生活费",
            "儿子住校这周零花钱该给了",
            "过年给爸妈转点钱过节",
            "send my kid this week's pocket money",
        ],
        &["给家人转零花钱"],
    ),
    // fee_center__fee_schedule
    (
        &[
            "下个月给老家汇钱想先知道要多少手续费",
            "卡掉了重办一张要不要花钱",
            "打算开几张证明先看看银行怎么收费",
            "before I send money abroad what would the bank charge",
        ],
        &["服务收费标准"],
    ),
    // fee_center__charged_fees
    (
        &[
            "年底对账发现卡里被扣了好几笔小钱",
            "在外地取了几次钱不知道收了多少手续费",
            "今年给银行交了多少年费管理费算一算",
            "list every fee the bank took from me this year",
        ],
        &["已扣费用查询"],
    ),
    // fee_center__waive_small_balance_fee
    (
        &[
            "退休金卡平时没什么钱每季度被扣几块",
            "学生卡里就几十块还被收管理费",
            "好几张卡钱都不多只想一张不被扣",
            "my card is always low and keeps getting a quarterly fee",
        ],
        &["免收小额账户管理费"],
    ),
    // fee_center__waive_annual_fee
    (
        &[
            "今年住院没怎么刷卡年费能不能通融",
            "就差一两笔没刷够次数年费扣了",
            "卡用了多年老客户年费能不能免",
            "I nearly met the spending target, please drop the card fee",
        ],
        &["年费减免申请"],
    ),
    // fee_center__fee_refund
    (
        &[
            "明明是同行转账却收了跨行手续费",
            "已经取消的业务还在扣钱想要回来",
            "ATM没吐钱还收了取款手续费",
            "the bank charged me twice, want that fee back",
        ],
        &["费用退还申请"],
    ),
    // pay_codes__show_pay_code
    (
        &[
            "药店收银员拿扫码枪对着我",
            "便利店排队到我了手机准备付",
            "加油站员工说扫我手机就行",
            "cashier has a scanner ready, pull up my code",
        ],
        &["出示付款码"],
    ),
    // pay_codes__scan_to_pay
    (
        &[
            "路边水果摊贴了个二维码",
            "饭店桌上的码扫了就能买单",
            "朋友发来收款码让我扫了付钱",
            "the taxi has a QR sticker, I pay by scanning it",
        ],
        &["扫码付款"],
    ),
    // pay_codes__my_collect_code
    (
        &[
            "开了个小摊想让客人扫我收钱",
            "同事聚餐我垫的钱让大家转我",
            "闲鱼买家当面交易要付我钱",
            "friends owe me for dinner, show them my code",
        ],
        &["我的收款码"],
    ),
    // pay_codes__collection_records
    (
        &[
            "摆摊一天下来扫码收了多少",
            "客户说已经扫给我了我没看到",
            "聚餐的钱谁给了谁还没给",
            "check who paid me through my code today",
        ],
        &["收款记录"],
    ),
    // pay_codes__set_password_free
    (
        &[
            "早上赶地铁买早餐输密码太慢",
            "孩子拿我手机乱买小东西想关掉不输密码付",
            "每次买瓶水都要输密码好烦",
            "let small purchases go through without my PIN",
        ],
        &["小额免密设置"],
    ),
    // pay_codes__pay_code_records
    (
        &[
            "这周在食堂扫码吃了几顿",
            "超市扫码付的钱好像多扣了看看",
            "想找上次在加油站扫码付的那笔",
            "what did I pay for with the QR code this week",
        ],
        &["付款码交易记录"],
    ),
    // pay_codes__default_pay_card
    (
        &[
            "结账时总是从工资卡扣想换张卡",
            "想让扫码付款先用信用卡攒积分",
            "那张卡快没钱了付款别再先扣它",
            "make my payment code charge the other card first",
        ],
        &["设置默认付款卡"],
    ),
    // payroll__latest_payslip
    (
        &[
            "刚发的工资比上月少了几百想看扣了啥",
            "入职第一个月想看工资怎么算的",
            "这个月加班费算进去没有",
            "what got deducted from this month's pay",
        ],
        &["本月工资条"],
    ),
    // payroll__payslip_history
    (
        &[
            "想对比下去年和今年同月的工资",
            "离职仲裁要以前几个月的工资单",
            "找一下上半年每个月发了多少",
            "show my pay slips from earlier months",
        ],
        &["历史工资条"],
    ),
    // payroll__salary_credits
    (
        &[
            "公司说昨天发了我怎么没看到",
            "出差报销的钱公司打过来没",
            "年终奖说这周发到了没有",
            "did the company pay my bonus into my card",
        ],
        &["工资到账记录"],
    ),
    // payroll__annual_income
    (
        &[
            "三月份要做个税汇算需要全年数",
            "申请信用卡要填一年挣多少",
            "离婚分财产要算去年总收入",
            "add up what I earned last year",
        ],
        &["年度收入汇总"],
    ),
    // payroll__salary_arrival_alert
    (
        &[
            "每个月发薪日都要反复刷手机看",
            "房租等着工资交想一到账就知道",
            "不想天天问会计工资发没发",
            "ping me the moment my pay lands",
        ],
        &["工资到账提醒"],
    ),
    // payroll__income_proof
    (
        &[
            "租房中介要看我的月薪证明",
            "公司人事不在没法开证明只能找银行",
            "办签证要近半年的工资收入证明",
            "landlord wants proof of what I earn",
        ],
        &["收入证明开立"],
    ),
    // personal_info__view_profile
    (
        &[
            "不记得当初开户留的哪个地址",
            "想确认银行记录的身份证哪天到期",
            "看看银行登记的工作单位对不对",
            "what details does the bank have on me",
        ],
        &["查看个人信息"],
    ),
    // personal_info__update_id
    (
        &[
            "去派出所换完新身份证了",
            "收到短信说证件快到期了要补",
            "补办身份证后号码有效期变了",
            "I renewed my ID card, the bank needs the new one",
        ],
        &["更新身份证件"],
    ),
    // personal_info__change_mobile
    (
        &[
            "回老家工作办了当地新号",
            "旧手机号被运营商回收了",
            "银行验证码一直发到我以前的号",
            "my old number is gone, codes go nowhere",
        ],
        &["修改预留手机号"],
    ),
    // personal_info__update_address
    (
        &[
            "刚买了新房搬过去了",
            "租的房子到期换了个小区住",
            "银行寄来的信都寄到了老家",
            "I moved, send my bank mail to the new place",
        ],
        &["修改联系地址"],
    ),
    // personal_info__update_occupation
    (
        &[
            "从公司辞职开了自己的小店",
            "考上公务员了单位换了",
            "银行打电话说我的工作信息太旧",
            "my employer changed, the bank has the old one",
        ],
        &["更新职业信息"],
    ),
    // personal_info__tax_residency
    (
        &[
            "拿到加拿大永久居留了",
            "在香港工作要在那边报税",
            "银行来信让确认是不是外国税务居民",
            "I now live and pay tax abroad, bank needs to know",
        ],
        &["税收居民身份声明"],
    ),
    // quick_pay__list_bindings
    (
        &[
            "这张卡这些年在好多APP付过钱",
            "想知道外卖和打车软件是不是绑了这张卡",
            "卡要换了先看看哪些平台用它付",
            "which payment apps are using this card",
        ],
        &["快捷支付绑定查询"],
    ),
    // quick_pay__unbind_app
    (
        &[
            "注销了某个购物APP卡还挂在上面",
            "不再用那个打车软件了卡要撤下来",
            "孩子用的游戏平台绑了我的卡",
            "take my card off that shopping app",
        ],
        &["解除快捷支付"],
    ),
    // quick_pay__set_quick_pay_limit
    (
        &[
            "用支付宝买家电付不出去",
            "怕网购平台被盗刷把能付的额度降低",
            "微信里一次只能付几千不够交学费",
            "my card is capped when paying through apps",
        ],
        &["设置快捷支付限额"],
    ),
    // quick_pay__list_direct_debits
    (
        &[
            "每个月都有几笔十几块的扣款不知来源",
            "想理一理卡上有哪些自动续费",
            "搬家后水电燃气是不是还在这张卡扣",
            "what subscriptions bill my card every month",
        ],
        &["代扣签约查询"],
    ),
    // quick_pay__cancel_direct_debit
    (
        &[
            "不看那个视频网站了还每月扣钱",
            "试用了一个月的APP开始自动扣费了",
            "退了健身卡还在每月扣钱要断掉",
            "stop that monthly app subscription taking my money",
        ],
        &["解约代扣"],
    ),
    // quick_pay__pause_online_payments
    (
        &[
            "钓鱼网站输了卡号怕被网上刷",
            "这张卡只在超市刷不想网上能用",
            "老人容易被网上骗让卡只能线下用",
            "block all internet payments on this card",
        ],
        &["关闭网上支付"],
    ),
    // security_center__change_login_password
    (
        &[
            "在网吧登过手机银行不放心",
            "家里人好像知道我APP的密码",
            "银行提醒密码很久没换了",
            "switch my banking app password to something new",
        ],
        &["修改登录密码"],
    ),
    // security_center__reset_payment_password
    (
        &[
            "好几年没用卡取钱密码全忘了",
            "柜员机上输错几次卡锁了",
            "爸爸转账时想不起六位数字",
            "can't remember the six-digit card password",
        ],
        &["重置交易密码"],
    ),
    // security_center__list_devices
    (
        &[
            "总觉得有别的手机能登我的账户",
            "以前借过朋友手机登过银行",
            "平板电脑和旧手机是不是还登着",
            "show me every phone signed in to my account",
        ],
        &["登录设备管理"],
    ),
    // security_center__remove_device
    (
        &[
            "旧手机换给爸妈用了",
            "手机拿去修怕维修店登我银行",
            "在公司电脑登过要退掉",
            "kick my old phone out of my banking",
        ],
        &["解绑设备"],
    ),
    // security_center__set_transfer_limit
    (
        &[
            "买车要转一大笔给4S店提示超额",
            "老人家怕被骗想让每天只能转一点",
            "给孩子交留学学费一次转不过去",
            "raise how much I can send per day in the app",
        ],
        &["设置转账限额"],
    ),
    // security_center__login_records
    (
        &[
            "短信说有陌生手机登录了我的银行",
            "昨晚睡觉时好像有人登了我账号",
            "想看看最近都在哪里登过",
            "where and when was my account accessed",
        ],
        &["登录记录"],
    ),
    // security_center__biometric_login
    (
        &[
            "换了新手机想用脸直接进APP",
            "老人记不住密码想刷指纹进",
            "手上有伤指纹用不了想关掉",
            "let me open the app with my face instead",
        ],
        &["指纹/面容登录"],
    ),
    // security_center__freeze_online_banking
    (
        &[
            "刚给自称公安的人报了验证码",
            "点了陌生链接感觉被骗了",
            "有人冒充客服让我开共享屏幕",
            "scammer has my codes, shut down my online banking now",
        ],
        &["紧急冻结网银"],
    ),
    // shop_collect__apply_merchant_code
    (
        &[
            "下个月在小区门口开水果店",
            "退休了想在早市卖点自家菜",
            "开了个修鞋铺客人都要扫码",
            "个人收款码被限了想办个正规商家的",
            "starting a food truck, need customers to scan and pay",
        ],
        &["申请商户收款码"],
    ),
    // shop_collect__daily_takings
    (
        &[
            "关店前算算今天一共进了多少",
            "下雨天生意差不知道今天收了几百",
            "老板问今天早班营业总额多少",
            "what did my stall take in today",
        ],
        &["今日收款统计"],
    ),
    // shop_collect__merchant_transactions
    (
        &[
            "有位客人说扫了码我想一笔笔找",
            "店员说中午那单收过了核对一下",
            "月底跟合伙人对每一笔进账",
            "list every payment my shop got this afternoon",
        ],
        &["商户交易流水"],
    ),
    // shop_collect__settlement_records
    (
        &[
            "进货要付款但前天的营业款还没到卡",
            "店里收的钱扣了多少手续费才到卡",
            "周末两天的营业额什么时候打给我",
            "when will the shop's takings reach my bank card",
        ],
        &["结算到账查询"],
    ),
    // shop_collect__refund_customer
    (
        &[
            "顾客买的衣服尺码不对退回来了",
            "店员手滑多收了客人一倍的钱",
            "外卖没送到客人要把钱退回",
            "give the customer back what they paid by QR",
        ],
        &["收款退款"],
    ),
    // shop_collect__voice_broadcast
    (
        &[
            "炒菜顾不上看手机不知道客人付没付",
            "客人扫完码我这边没动静",
            "店里太吵想买个能报到账的小音箱",
            "I want the shop to call out each payment aloud",
        ],
        &["收款语音播报"],
    ),
    // shop_collect__merchant_fees
    (
        &[
            "开店之前想知道收一百块要扣几毛",
            "听说小商户收款能免手续费我能享受吗",
            "月底对账发现收款少了点是费率吗",
            "what percentage does the bank take per sale",
        ],
        &["商户费率"],
    ),
    // statements__export_statement
    (
        &[
            "申请房贷经理要近一年盖章的流水",
            "孩子留学签证要父母半年的流水",
            "打官司律师要这张卡的进出记录文件",
            "need a stamped PDF of my account activity for a loan",
        ],
        &["导出交易流水"],
    ),
    // statements__monthly_estatement
    (
        &[
            "自己做点小生意想每月邮箱收账单",
            "想每个月收到一份账户对账发邮件",
            "家里记账希望银行每月发个总结到邮箱",
            "email me a statement at the end of every month",
        ],
        &["电子对账单订阅"],
    ),
    // statements__cancel_estatement
    (
        &[
            "换了邮箱不想再收银行的月结邮件",
            "每月的账单邮件从来不看",
            "公司邮箱收银行邮件不方便停掉",
            "stop emailing me monthly statements",
        ],
        &["退订电子对账单"],
    ),
    // statements__transfer_receipt
    (
        &[
            "供应商说货款没收到要我拿证据",
            "公司报销要一张盖章的付款凭证",
            "和房东扯皮押金转没转要凭据",
            "I need stamped proof that this payment went out",
        ],
        &["电子回单"],
    ),
    // statements__verify_receipt
    (
        &[
            "买家发来的付款凭证看着像P的",
            "财务收到一张银行流水想核实真假",
            "租客给的转账单据不太对劲",
            "check whether this bank receipt is genuine",
        ],
        &["回单验真"],
    ),
    // statements__export_history
    (
        &[
            "上次导的流水发到邮箱找不着了",
            "中介说流水附件打不开要重新发",
            "之前给签证准备的流水再发一份",
            "send me the statement I exported last time again",
        ],
        &["导出记录"],
    ),
    // transfer__transfer_to_person
    (
        &[
            "装修师傅干完活要结工钱",
            "同学聚会我来收的钱要转给班长",
            "借了朋友的钱说好这周还",
            "pay the plumber to his bank account now",
        ],
        &["转账给他人"],
    ),
    // transfer__transfer_between_own
    (
        &[
            "工资卡的钱要挪到还房贷那张卡",
            "想把生活费从主卡拨到另一张自己的卡",
            "这张卡要还信用卡钱在我另一张卡上",
            "move money from one of my cards to my other one",
        ],
        &["本人账户互转"],
    ),
    // transfer__transfer_by_mobile
    (
        &[
            "老乡只留了电话号码要给他打钱",
            "给快递小哥付钱只知道他手机号",
            "家政阿姨不知道卡号就给了电话",
            "pay someone when all I have is their phone number",
        ],
        &["手机号转账"],
    ),
    // transfer__schedule_transfer
    (
        &[
            "以后每个月发工资后给妈妈打钱",
            "孩子学费下个月初到期想提前设好",
            "房租每月固定日子交不想每次记",
            "set it so money goes out every month on the same day",
        ],
        &["预约转账"],
    ),
    // transfer__cancel_scheduled_transfer
    (
        &[
            "孩子工作了不用每月给生活费了",
            "和房东提前解约了后面的钱别再转",
            "设好的下周那笔转账不需要了",
            "stop the monthly payment I set up before it runs",
        ],
        &["撤销预约转账"],
    ),
    // transfer__list_transfer_records
    (
        &[
            "给房东打的钱对方说还没到",
            "昨晚转出去的钱显示在处理",
            "想看看上周转给朋友的成功没有",
            "did yesterday's transfer go through",
        ],
        &["转账记录"],
    ),
    // transfer__list_payees
    (
        &[
            "找一下以前给装修公司打钱的账户",
            "存过的那些人里有没有我表哥",
            "忘了上次给房东转的是哪个账号",
            "show the people I've saved to send money to",
        ],
        &["常用收款人"],
    ),
    // transfer__add_payee
    (
        &[
            "新房东的账号以后每月都要用",
            "孩子学校的缴费账户存下来方便",
            "以后常给妹妹转钱先存下她的卡",
            "save my new landlord's account for next time",
        ],
        &["添加收款人"],
    ),
    // transfer__delete_payee
    (
        &[
            "之前的保姆不做了账户不要留着",
            "转错过钱的那个账户别再出现",
            "老房东的卡号还在列表里",
            "take my ex-landlord out of my saved list",
        ],
        &["删除收款人"],
    ),
    // txn_dispute__report_fraud
    (
        &[
            "卡在钱包里却收到外地消费短信",
            "睡醒看到凌晨有好几笔网上支付",
            "从没去过国外却有一笔境外刷卡",
            "someone bought stuff online with my card overnight",
        ],
        &["盗刷申报"],
    ),
    // txn_dispute__open_chargeback
    (
        &[
            "预付的培训课程机构关门了",
            "网上订的家具一个月没发货也联系不上",
            "酒店答应退钱却一直不退",
            "the shop never delivered and won't refund me",
        ],
        &["申请拒付"],
    ),
    // txn_dispute__duplicate_charge
    (
        &[
            "超市刷卡失败重刷结果扣了两笔",
            "订机票付一次出现两次扣款",
            "餐厅账单比我签的金额多了",
            "the shop charged me twice for one purchase",
        ],
        &["重复扣款申诉"],
    ),
    // txn_dispute__dispute_status
    (
        &[
            "上个月报的盗刷钱退回来没有",
            "银行说会调查那笔争议现在到哪步",
            "跟商家的退款申诉有结论了吗",
            "any update on the charge I challenged",
        ],
        &["争议处理进度"],
    ),
    // txn_dispute__upload_evidence
    (
        &[
            "银行要我补商家的聊天截图",
            "已经去派出所报案拿到回执了",
            "找到了退货快递单号要交上去",
            "send the bank my screenshots for the dispute",
        ],
        &["补充争议材料"],
    ),
    // txn_dispute__withdraw_dispute
    (
        &[
            "问了才知道是老公用我的卡买的",
            "商家后来主动把钱退了",
            "那个包裹最后还是送到了",
            "the merchant sorted it out, drop my claim",
        ],
        &["撤销争议"],
    ),
    // txn_dispute__transaction_detail
    (
        &[
            "账单里有个看不懂的公司名字",
            "有笔扣款不记得在哪家店买的",
            "出国回来有笔外币消费想看地点",
            "which shop is behind this odd charge",
        ],
        &["交易详情查询"],
    ),
    // safe_box__box_availability
    (
        &[
            "家里老人的金饰想找地方存放先问问价",
            "搬新家前想找个银行箱子放证件",
            "附近网点有没有还空着的箱子",
            "any free box near me, and the yearly rent",
        ],
        &["保管箱空箱查询"],
    ),
    // safe_box__rent_box
    (
        &[
            "刚继承了一些首饰家里放不安心",
            "楼里最近进了小偷房本想放银行",
            "公司重要合同原件想找个银行存放",
            "I want to rent a box for my gold and papers",
        ],
        &["申请租用保管箱"],
    ),
    // safe_box__renew_box
    (
        &[
            "收到短信说箱子租期快到了还要用",
            "东西还放着明年也不打算拿走",
            "箱子租金下个月到期续上",
            "keep my box for another year",
        ],
        &["保管箱续租"],
    ),
    // safe_box__my_box
    (
        &[
            "好多年前租的箱子记不清在哪",
            "租箱子的合同找不到想看看期限",
            "上次去开箱是什么时候",
            "where is my box and when does it expire",
        ],
        &["我的保管箱"],
    ),
    // safe_box__book_opening
    (
        &[
            "卖房要用放在银行的房产证",
            "过年想戴存在银行的金镯子",
            "有份原件要放进箱子里",
            "arrange a time to go to the vault",
        ],
        &["预约开箱"],
    ),
    // safe_box__terminate_box
    (
        &[
            "东西都搬回家了箱子不想租了",
            "要出国定居箱子退掉拿回押金",
            "租箱子一年到头用不上不续了",
            "give back the box keys and get my deposit",
        ],
        &["保管箱退租"],
    ),
    // campaigns__daily_checkin
    (
        &[
            "每天早上起来顺手领个小奖励",
            "听说天天点一下能攒积分",
            "今天的奖励还没领",
            "collect today's freebie for opening the app",
        ],
        &["每日签到"],
    ),
    // campaigns__checkin_calendar
    (
        &[
            "出差几天不知道连续的断没断",
            "这个月点了几天了还差多少拿大奖",
            "上周好像漏了一天",
            "how many days in a row have I got",
        ],
        &["签到日历"],
    ),
    // campaigns__lucky_draw
    (
        &[
            "刚完成任务送了一次转盘机会",
            "听说今天能转出大奖去试试",
            "攒了好几次机会赶紧转一把",
            "use my spin on the wheel",
        ],
        &["抽奖"],
    ),
    // campaigns__list_campaigns
    (
        &[
            "快过年了银行有没有什么福利",
            "刚办了卡新人有什么奖励可以拿",
            "想买家电看看最近有没有刷卡返现",
            "what promotions is the bank running now",
        ],
        &["正在进行的活动"],
    ),
    // campaigns__join_campaign
    (
        &[
            "朋友说刷三次返二十要先报名",
            "准备大额消费前先把返现活动报上",
            "看到一个达标送礼的活动要参加",
            "enrol me before I start spending for the cashback",
        ],
        &["活动报名"],
    ),
    // campaigns__campaign_progress
    (
        &[
            "返现活动刷了几笔还差几次",
            "月底了达标任务完成没",
            "消费满额的活动我现在到多少了",
            "how close am I to the cashback target",
        ],
        &["活动进度"],
    ),
    // campaigns__my_prizes
    (
        &[
            "上次抽中的耳机怎么还没寄来",
            "活动说奖励已发到哪里去领",
            "好像中过一张券不知道过没过期",
            "show what I've won and whether it shipped",
        ],
        &["我的奖品"],
    ),
    // coupon_center__available_coupons
    (
        &[
            "周末带孩子去吃快餐想先看看有啥便宜",
            "准备去超市大采购想省点",
            "中午点外卖看看能不能便宜几块",
            "any deals I can grab before dinner out tonight",
        ],
        &["可领优惠券"],
    ),
    // coupon_center__claim_coupon
    (
        &[
            "看到咖啡店满二十减十想先拿到手",
            "十点整的立减金要准点抢",
            "买单前先把那张打折的收进券包",
            "grab that supermarket discount before it runs out",
        ],
        &["领取优惠券"],
    ),
    // coupon_center__my_coupons
    (
        &[
            "上周领的打折券放哪去了",
            "结账时没自动减钱想看券还在不在",
            "不记得手上还剩哪些没用的折扣",
            "what discounts do I still hold and how to use them",
        ],
        &["我的优惠券"],
    ),
    // coupon_center__expiry_reminder
    (
        &[
            "每次领了券都放到过期才想起来",
            "上个月好几张满减白白浪费了",
            "想在券作废前一天收到提醒",
            "nudge me before my discounts lapse",
        ],
        &["券到期提醒"],
    ),
    // coupon_center__return_coupon
    (
        &[
            "手滑领了一张用不上的占了名额",
            "花钱买的套餐券不去了想退钱",
            "那家店关门了券用不了想退回",
            "I claimed the wrong discount, give it back",
        ],
        &["退回优惠券"],
    ),
    // coupon_center__redeem_code
    (
        &[
            "公司福利发了一串字母数字",
            "信用卡活动短信里给了个码",
            "朋友转给我一个优惠口令不知道在哪输",
            "I got a code from a promotion, where do I type it",
        ],
        &["兑换券码"],
    ),
    // points_mall__points_balance
    (
        &[
            "商城里看中个东西不知道积分够不够",
            "年底了积分会不会作废看看剩多少",
            "银行短信说积分下月清零",
            "how many bank points can I spend right now",
        ],
        &["查询可用积分"],
    ),
    // points_mall__browse_rewards
    (
        &[
            "积分放着也是浪费看看有啥好东西",
            "想用积分给孩子换个文具看看有没有",
            "过节想用积分换点年货有什么可选",
            "show me what's in the points mall",
        ],
        &["积分好礼"],
    ),
    // points_mall__redeem_reward
    (
        &[
            "选好了用积分换一张视频会员卡",
            "就用积分把那个台灯下单寄到家",
            "积分够了换一张超市电子券",
            "spend my points on that voucher now",
        ],
        &["积分兑换"],
    ),
    // points_mall__points_plus_cash
    (
        &[
            "看中的电饭煲积分还差一截",
            "积分只够一半剩下的想刷卡补",
            "差几百积分想加点钱买下来",
            "not enough points, pay the rest with my card",
        ],
        &["积分+现金购"],
    ),
    // points_mall__redeem_airmiles
    (
        &[
            "暑假全家坐飞机想把积分转成里程",
            "南航会员里程差一点换机票",
            "出差常飞想把银行积分变成航空的",
            "turn my bank points into airline miles",
        ],
        &["积分兑换航空里程"],
    ),
    // points_mall__redeem_phone_credit
    (
        &[
            "手机快欠费了想用积分顶上",
            "给老妈手机充点话费不想掏钱",
            "积分不多换不了东西就充话费吧",
            "top up my mobile with points",
        ],
        &["积分兑话费"],
    ),
    // points_mall__redemption_history
    (
        &[
            "用积分换的券码找不着了",
            "半个月前积分换的东西到哪了",
            "想看看这一年积分都换了些啥",
            "show what I've exchanged with points and delivery status",
        ],
        &["兑换记录"],
    ),
    // gift_card__buy_card
    (
        &[
            "中秋要给几个客户送点心意",
            "老师过生日不知道送什么",
            "年底给员工发点购物福利",
            "get an e-card for my friend's birthday",
        ],
        &["购买礼品卡"],
    ),
    // gift_card__send_card
    (
        &[
            "手上有张没用的购物卡想送给同事",
            "妈妈生日把买好的电子卡发给她",
            "朋友搬家把闲着的卡转给他当贺礼",
            "pass my unused e-card to a friend by phone number",
        ],
        &["赠送礼品卡"],
    ),
    // gift_card__bind_card
    (
        &[
            "单位过节发了一张超市卡",
            "卡背面涂层刮开了有一串密码",
            "收到的实体购物卡想放手机里用",
            "add the plastic store card I was given",
        ],
        &["绑定礼品卡"],
    ),
    // gift_card__card_balance
    (
        &[
            "去超市前看看购物卡里还剩多少",
            "别人送的卡不知道什么时候过期",
            "京东卡用了几次不知道还有多少",
            "how much is left on my store card",
        ],
        &["礼品卡余额"],
    ),
    // gift_card__card_transactions
    (
        &[
            "购物卡钱少了不知道什么时候花的",
            "家里人用过我的礼品卡想看买了啥",
            "想核对一下购物卡每笔扣了多少",
            "what was bought with my gift card",
        ],
        &["礼品卡消费记录"],
    ),
    // gift_card__withdraw_gift
    (
        &[
            "发卡的时候号码输错了一位",
            "朋友说不要那张卡了我想拿回来",
            "送出去好几天对方都没领",
            "my friend never claimed the e-card, take it back",
        ],
        &["撤回赠送"],
    ),
    // charity__list_projects
    (
        &[
            "过年想给山区孩子做点什么",
            "南方发大水了哪里能帮上忙",
            "想帮孤寡老人看看有什么渠道",
            "show me causes I could give to",
        ],
        &["公益项目列表"],
    ),
    // charity__project_progress
    (
        &[
            "去年捐的助学项目后来怎么样了",
            "想知道捐的钱买了什么",
            "新闻说某慈善机构出问题想看看账目",
            "did the school they raised money for get built",
        ],
        &["项目进展公示"],
    ),
    // charity__donate
    (
        &[
            "看到那个生病孩子的项目想帮一把",
            "地震救灾现在就想出份力",
            "公司号召大家献爱心我出一点",
            "give once to the flood relief now",
        ],
        &["捐款"],
    ),
    // charity__set_monthly_donation
    (
        &[
            "想每个月固定资助一个学生",
            "发工资后自动拿一点去做公益",
            "长期帮扶一个项目不想每次手动",
            "give a little automatically every month",
        ],
        &["开通月捐"],
    ),
    // charity__cancel_monthly_donation
    (
        &[
            "失业了每月那笔善款先停掉",
            "换了个项目支持原来的不想续",
            "每个月自动扣的爱心款不想再扣了",
            "stop the donation that comes out every month",
        ],
        &["取消月捐"],
    ),
    // charity__donation_history
    (
        &[
            "想算算这几年一共献了多少爱心",
            "孩子问我给哪些地方捐过钱",
            "公司统计员工捐款要报数",
            "list everything I've given to charity",
        ],
        &["我的捐款记录"],
    ),
    // charity__donation_receipt
    (
        &[
            "年底个税汇算想把捐的钱扣掉",
            "公司财务要捐款的正式凭证入账",
            "捐了款想要一张抵税的收据",
            "I need an official receipt for tax on my gift",
        ],
        &["申请捐赠票据"],
    ),
    // remit_abroad__send_remittance
    (
        &[
            "儿子在澳洲下学期的房租该付了",
            "给在加拿大的女儿打生活费",
            "国外的学校发来了缴费通知",
            "wire my daughter's rent to her account overseas",
        ],
        &["境外汇款"],
    ),
    // remit_abroad__fee_estimate
    (
        &[
            "还没汇先问问往英国打钱要花多少",
            "比一比汇到国外的手续费贵不贵",
            "汇学费之前想知道总共扣多少人民币",
            "what will it cost me before I wire money abroad",
        ],
        &["汇款费用试算"],
    ),
    // remit_abroad__track_remittance
    (
        &[
            "孩子说学校还没收到我汇的学费",
            "上周汇出的钱停在中转行了吗",
            "国外房东说钱没进账",
            "where is the wire I sent last week",
        ],
        &["汇款进度查询"],
    ),
    // remit_abroad__list_inbound
    (
        &[
            "在国外工作的老公说汇了钱回来",
            "海外客户说货款打过来了",
            "国外稿费应该到了看看",
            "has any money come in from overseas",
        ],
        &["汇入汇款查询"],
    ),
    // remit_abroad__claim_inbound
    (
        &[
            "银行短信说有笔境外来款等我确认",
            "国外打来的钱卡在银行没进我账户",
            "收到海外的钱要说明用途才能入账",
            "confirm the foreign money sent to me so it gets credited",
        ],
        &["汇入款项入账申报"],
    ),
    // remit_abroad__fx_quota
    (
        &[
            "今年给孩子换了好几次汇还能换多少",
            "出国前想知道换汇额度用了多少",
            "一年五万美金的额度还剩多少",
            "how much foreign exchange allowance do I have left",
        ],
        &["结售汇额度查询"],
    ),
    // remit_abroad__saved_beneficiaries
    (
        &[
            "上次给学校汇款的账户信息找一下",
            "孩子国外银行的收款资料存过吗",
            "想看看之前存的海外收款账户",
            "show overseas accounts I've sent money to before",
        ],
        &["境外收款人管理"],
    ),
    // fx_cash__branches
    (
        &[
            "想去离公司近的网点拿英镑哪家有",
            "小县城的网点能不能约到港币",
            "泰铢现钞哪个营业厅能提供",
            "which branch nearby can give me euros in cash",
        ],
        &["可预约网点"],
    ),
    // fx_cash__book
    (
        &[
            "春节带爸妈去韩国要带点韩元现金",
            "孩子去新加坡游学要给他备些现钞",
            "下个月去欧洲出差小店只收现金",
            "trip to Bangkok next month and I want baht in hand",
        ],
        &["预约取外币现钞"],
    ),
    // fx_cash__bookings
    (
        &[
            "之前约好的港币是哪天去拿",
            "不记得约在哪个网点取外币了",
            "约的欧元现钞准备好了没",
            "when and where do I pick up my foreign cash",
        ],
        &["我的现钞预约"],
    ),
    // fx_cash__reschedule
    (
        &[
            "航班改签提前了外币得早点拿",
            "那天要加班去不了网点拿美元换一天",
            "想换到家附近的网点取日元",
            "my flight moved, pick up the cash on a different day",
        ],
        &["修改现钞预约"],
    ),
    // fx_cash__cancel
    (
        &[
            "孩子游学活动取消了外币不用拿了",
            "改成刷卡出国不需要现钞了",
            "签证被拒约的外币不要了",
            "trip is off, I don't need the foreign cash anymore",
        ],
        &["取消现钞预约"],
    ),
    // fx_cash__currencies
    (
        &[
            "要去土耳其不知道能不能换到里拉",
            "去越南玩想知道银行有没有越南盾",
            "给小孩出国带零花想要小面额的",
            "which foreign notes can the bank supply in cash",
        ],
        &["可兑换币种"],
    ),
];

/// Fifth pass: other situations than the fourth's (other people, events, troubles and
/// words), spoken style, for the index's said part only. Written from the manifests,
/// blind of every request set.
pub const SITUATIONS_2: &[super::Concept] = &[
    // account_alerts__alert_settings
    (
        &[
            "我寻思我那几张卡到底哪张开了通知",
            "儿子帮我弄过提醒现在也不知道走短信还是微信",
            "昨天被扣了一笔手机啥也没响是不是没开",
            "开店用的那张卡有没有进账消息啊",
            "which of my cards actually ping me and how",
        ],
        &["查询提醒设置"],
    ),
    // account_alerts__enable_sms_alert
    (
        &[
            "老爸不用微信想让他卡里一动就来短信",
            "卡里存着买房的首付一分钱动了我都要知道",
            "小店收款想每笔都收个短信好对账",
            "家里老人被骗过这回想每笔都短信告诉他",
            "want a text msg every time money moves on my card",
        ],
        &["开通短信通知"],
    ),
    // account_alerts__cancel_sms_alert
    (
        &[
            "那张卡就放着存钱每月还扣短信费不划算",
            "老人机不用了那些银行短信别再发了",
            "退休卡每月两块钱短信费能省就省",
            "短信太多了手机天天响我不要那个了",
            "stop the paid text alerts on this card please",
        ],
        &["取消短信通知"],
    ),
    // account_alerts__enable_wechat_alert
    (
        &[
            "短信要收费我寻思换个免费的通知方式",
            "在国外手机卡没信号只能上微信看消息",
            "想把扣款提醒挪到公众号里不花钱",
            "老号码快不用了以后看消息就靠微信",
            "free alerts in wechat instead of paying for sms",
        ],
        &["开通微信动账提醒"],
    ),
    // account_alerts__set_threshold
    (
        &[
            "食堂刷个饭卡几块钱也来消息烦死了",
            "开奶茶店每单十几块都提醒手机炸了",
            "只想大额进出才告诉我小钱别通知",
            "孩子坐公交刷一次就响一次咋整",
            "only notify me for bigger amounts, not small stuff",
        ],
        &["设置提醒起点金额"],
    ),
    // account_alerts__change_alert_mobile
    (
        &[
            "手机号转给老婆用了提醒全发她那去了",
            "换了运营商新办了号码通知还发旧的",
            "卡的提醒一直发到我爸的手机上要改成我的",
            "以前那个号欠费停了收不到动账消息",
            "alerts still go to my old phone number",
        ],
        &["修改通知手机号"],
    ),
    // account_alerts__sms_fee_records
    (
        &[
            "卡里每个季度扣几块钱一查说是短信服务费",
            "想把今年扣的短信钱一笔一笔列出来",
            "取消了提醒后还扣没扣钱想看看",
            "流水里有笔两块钱的扣费是哪来的",
            "list the sms charges taken from my card",
        ],
        &["短信费扣费记录"],
    ),
    // account_center__list_accounts
    (
        &[
            "爷爷走了想看看他名下有啥卡",
            "结婚后想跟老婆清点一下各自在这行有几张卡",
            "我寻思除了工资卡还有没有别的存折",
            "搬家翻出一堆卡不知道哪张还在用",
            "show all the cards and books I have here",
        ],
        &["我的账户列表"],
    ),
    // account_center__get_balance
    (
        &[
            "刚交完房租卡里还剩多少啊",
            "手机付款提示失败是不是钱不够了",
            "月底了看看卡里还够不够撑到发工资",
            "准备给孩子交学杂费先瞅瞅还有多少钱",
            "how much money is left on my debit card",
        ],
        &["查询余额"],
    ),
    // account_center__list_transactions
    (
        &[
            "快递员说代收的钱我付过了我想翻一下",
            "上个月那笔莫名其妙的支出找一下",
            "找找前天收到客户的那笔钱是几点进来的",
            "老婆说我这周又花钱了我看看都花哪了",
            "show me every in and out on my card last week",
        ],
        &["查询收支明细"],
    ),
    // account_center__monthly_summary
    (
        &[
            "这个月外卖是不是点得太多了看看占多少",
            "刚当妈每月奶粉尿布到底花了多少",
            "想看看这月吃喝玩乐各花了几成",
            "我寻思每月钱都去哪了分分类看看",
            "break down this month's spending by category",
        ],
        &["月度收支分析"],
    ),
    // account_center__set_alias
    (
        &[
            "两张卡尾号差不多老是选错",
            "给老爸存养老钱那张卡想写个备注",
            "公司报销卡和自己的卡想标个名字区分",
            "卡列表全是一串数字看不出哪张是干啥的",
            "label my cards so I know which is which",
        ],
        &["设置账户别名"],
    ),
    // account_center__hide_account
    (
        &[
            "那张存私房钱的卡别在首页露出来",
            "孩子老拿我手机看不想让他看到那张卡",
            "已经不怎么用的存折别在列表里占地方",
            "首页只想看见工资卡其它先藏起来",
            "don't show that account on my home screen",
        ],
        &["隐藏账户"],
    ),
    // account_center__account_details
    (
        &[
            "公司财务让填收款卡开户在哪个支行",
            "交社保要填银行卡的全称和开户网点",
            "单位要我银行卡的联行号咋查",
            "报名考试退费要填卡的开户银行",
            "what branch was my card opened at",
        ],
        &["账户信息与开户行"],
    ),
    // account_service__book_account_opening
    (
        &[
            "孩子刚上初中学校让办张卡交费",
            "来这边当保姆东家要我办张你们的卡",
            "去网点办卡前想先在手机上把表填了",
            "新公司发工资指定要你们银行的卡",
            "want to fill in the card form before going to the branch",
        ],
        &["预约开立借记卡"],
    ),
    // account_service__close_account
    (
        &[
            "老家那张卡多年不用了干脆注销掉",
            "卡太多了每年扣管理费想关掉一张",
            "父母那边的卡以后用不上了彻底不要了",
            "离职了公司发的那张工资卡想销掉",
            "leaving the country, shut this debit account",
        ],
        &["借记卡销户"],
    ),
    // account_service__reactivate_dormant
    (
        &[
            "翻出一张十几年前的卡柜员机说卡状态异常",
            "很多年没动的存折现在想用用不了",
            "毕业后一直没碰那张卡现在转账提示长期不动户",
            "出国好多年回来旧卡被银行停了",
            "old card unused for years is now asleep, wake it up",
        ],
        &["久悬账户激活"],
    ),
    // account_service__restriction_status
    (
        &[
            "工资进来了却取不出来不知道咋回事",
            "手机上转账说卡被管控了原因是啥",
            "好端端的卡突然只能存不能取",
            "我寻思是不是因为换了手机号卡被限了",
            "why is my card stuck, can't pay out",
        ],
        &["账户限制查询"],
    ),
    // account_service__lift_restriction
    (
        &[
            "卡被限制了网点说要补材料我都带齐了",
            "做微商收款被限了想把证明交上去解封",
            "租房合同和工作证明都有了想把卡解开",
            "身份信息更新好了卡还限着想恢复",
            "I've sent the documents, lift the block on my account",
        ],
        &["申请解除限制"],
    ),
    // account_service__linked_services
    (
        &[
            "这张卡上挂了哪些自动扣的东西我寻思看看",
            "想换卡前看看燃气水费是不是扣这张",
            "不记得这卡绑过哪些代扣",
            "老人的卡绑了啥业务帮他理一下",
            "what is hooked up to this card before I swap it",
        ],
        &["账户关联业务"],
    ),
    // asset_overview__total_assets
    (
        &[
            "跟老公算算在你们这一共有多少身家",
            "年终总结想看看在这家银行有多少钱",
            "存款加基金加理财合起来多少",
            "离婚分财产要知道在这里的全部资产",
            "my total money here across everything",
        ],
        &["查看总资产"],
    ),
    // asset_overview__earnings
    (
        &[
            "放那儿的理财这个月到底挣了多少",
            "昨天基金涨了我赚了几个钱",
            "买的产品累计收益到底多少",
            "我寻思理财放了半年赚没赚着",
            "how much did my investments earn so far",
        ],
        &["收益明细"],
    ),
    // asset_overview__cashflow
    (
        &[
            "我这一年到头挣的和花的哪个多",
            "开了店以后进账出账平不平衡",
            "感觉入不敷出想看看收支情况",
            "生了二胎以后开销是不是超过工资了",
            "compare my money coming in vs going out",
        ],
        &["收支分析"],
    ),
    // asset_overview__monthly_statement
    (
        &[
            "每个月想留一份资产变动的账单",
            "上个月资产多了还是少了要一份报告",
            "记账本要每月的资产总结单",
            "月底想收个资产月报看看涨跌",
            "send me the monthly report of my assets",
        ],
        &["月度资产账单"],
    ),
    // asset_overview__allocation_check
    (
        &[
            "我寻思钱都买了一只基金风险是不是太大",
            "马上要给孩子攒学费这些投资合不合适",
            "听说要分散投资我的钱放得合不合理",
            "亏了好几个月想看看配置哪里有问题",
            "is my mix of savings and funds right for me",
        ],
        &["资产配置诊断"],
    ),
    // asset_overview__hide_amounts
    (
        &[
            "地铁上打开APP旁边人能看到我的余额",
            "直播的时候不想让粉丝看到数字",
            "老爸总看我手机不想他知道我有多少钱",
            "在单位打开APP想让金额显示成星号",
            "hide the numbers, people are looking at my screen",
        ],
        &["隐藏资产金额"],
    ),
    // bank_certificates__apply_deposit_certificate
    (
        &[
            "带父母去日本探亲领事馆要看存款",
            "移民材料里要一份银行出的存款金额证明",
            "孩子读国际学校入学要家长存款证明",
            "办旅游签证要银行开一张存款单",
            "visa office wants a bank letter showing my savings",
        ],
        &["开立存款证明"],
    ),
    // bank_certificates__apply_credit_certificate
    (
        &[
            "公司要去海外参展对方要银行信用证明",
            "合作商要我提供在银行的信誉状况",
            "申请国外工作许可要银行出信用情况说明",
            "做外贸接大单客户要银行资信",
            "partner needs a letter on my standing with the bank",
        ],
        &["开立资信证明"],
    ),
    // bank_certificates__certificate_fees
    (
        &[
            "我寻思开个存款证明银行要收钱吗",
            "一份资信证明多少钱几天能出",
            "急着要证明多开几份贵不贵",
            "开一张证明要花多少钱先问问",
            "how much does a bank certificate cost",
        ],
        &["证明收费标准"],
    ),
    // bank_certificates__list_certificates
    (
        &[
            "上个月开的证明编号想再看看",
            "申请过的那几份证明现在啥状态",
            "中介要证明扫描件我找之前开的那份",
            "那张证明电子版在哪下载",
            "list the certificates I've requested",
        ],
        &["证明申请记录"],
    ),
    // bank_certificates__verify_certificate
    (
        &[
            "别人拿来一张银行证明我想查查是不是真的",
            "招租时租客给的存款证明不放心",
            "合作方的资信证明编号想核对一下",
            "大使馆说要核实证明真假",
            "check if this certificate from your bank is real",
        ],
        &["证明真伪验证"],
    ),
    // bank_certificates__cancel_certificate
    (
        &[
            "签证拒了冻着的存款想放出来",
            "孩子不去留学了那笔冻结的钱想拿回",
            "开证明冻住的钱急着交房款",
            "不需要那份证明了钱解冻吧",
            "cancel the certificate and unfreeze my savings",
        ],
        &["撤销存款证明并解冻"],
    ),
    // branch_booking__find_branches
    (
        &[
            "带老妈去柜台办业务最近的网点在哪",
            "晚上六点以后还有哪个营业厅开着",
            "出差到外地想找个能办外币的网点",
            "新搬的家附近有你们银行吗",
            "nearest branch to me that's open now",
        ],
        &["查找附近网点"],
    ),
    // branch_booking__find_atms
    (
        &[
            "菜市场只收现金附近哪能取钱",
            "半夜要取点现金给代驾哪有机器",
            "想存硬币和零钱附近有能存的机器吗",
            "景区里有没有取款机",
            "where's the nearest cash machine",
        ],
        &["查找ATM"],
    ),
    // branch_booking__book_visit
    (
        &[
            "买车要取一大笔现金先跟银行约好",
            "老人要去柜台改密码想约个时间",
            "去网点销户想提前约好不排队",
            "下周要取十万块现金得先约",
            "book a time at the branch to close my account",
        ],
        &["预约办理业务"],
    ),
    // branch_booking__list_bookings
    (
        &[
            "上周约的银行那个事是哪天来着",
            "帮我看看约在哪个营业厅几点",
            "我到底约没约上银行那个号",
            "老婆帮我约了取现不知道约的啥时候",
            "show my upcoming bank appointments",
        ],
        &["我的预约"],
    ),
    // branch_booking__reschedule_booking
    (
        &[
            "约好的那天下雨想改到后天",
            "公司临时加班银行那个约挪一挪",
            "我寻思约的上午太早了改成下午",
            "约的网点太远换个近点的",
            "move my branch appointment to next week",
        ],
        &["修改预约"],
    ),
    // branch_booking__cancel_booking
    (
        &[
            "取现的事不办了约的那个撤掉",
            "人在外地回不去了银行约的不要了",
            "业务已经在APP上办好了不用去柜台了",
            "不小心约重了多的那个删掉",
            "cancel the bank visit I booked",
        ],
        &["取消预约"],
    ),
    // branch_booking__take_number
    (
        &[
            "在路上了想先排个号省得干等",
            "到网点门口了先领个号",
            "抱着娃去银行不想站着排",
            "马上到了帮我先取个号",
            "grab me a ticket at the branch before I arrive",
        ],
        &["线上取号"],
    ),
    // branch_booking__queue_status
    (
        &[
            "号取了还有几个人到我",
            "出去抽根烟回来会不会过号",
            "等了半天前面还剩多少人",
            "我这号大概还要等多久",
            "how many people ahead of me in the queue",
        ],
        &["排队进度"],
    ),
    // card_apply__card_products
    (
        &[
            "刚毕业想找张没年费的卡看看有哪些",
            "老婆爱网购有没有返现多的卡",
            "常去超市买菜哪张卡优惠多比一比",
            "想给爸妈挑张简单好用的卡有啥选",
            "what credit cards do you offer, compare them",
        ],
        &["信用卡产品"],
    ),
    // card_apply__apply_card
    (
        &[
            "开网店进货周转想办张卡",
            "买车要刷卡想先申一张",
            "我寻思现在就填资料办张卡",
            "工作稳定了想正式申请张白金卡",
            "sign me up for a credit card now",
        ],
        &["申请信用卡"],
    ),
    // card_apply__application_status
    (
        &[
            "办卡填完资料一直不知道批没批",
            "银行说在审核都半个月了",
            "我寻思被拒了也该给个消息吧看看进度",
            "网上申请的卡寄出来没有",
            "where is my card application at",
        ],
        &["申请进度查询"],
    ),
    // card_apply__activate_card
    (
        &[
            "新卡到手刷不了说要先开卡",
            "信封里的卡拿出来第一步干啥",
            "卡寄到了先弄一下才能用吧",
            "刚收到的卡网上支付提示未开卡",
            "just got my new credit card, turn it on",
        ],
        &["激活信用卡"],
    ),
    // card_apply__set_card_pin
    (
        &[
            "刷卡要密码可我从来没设过",
            "信用卡密码忘了商场消费输不对",
            "想给信用卡设个跟借记卡一样的密码",
            "卡上的密码老记不住想换一个",
            "set a PIN for my credit card",
        ],
        &["设置交易密码"],
    ),
    // card_apply__cancel_card
    (
        &[
            "年底要扣年费了这张卡不想留了",
            "卡办了一直没用干脆销掉",
            "孩子工作了给他办的那张卡可以关了",
            "卡太多怕影响房贷想销一张",
            "close this credit card, I'm done with it",
        ],
        &["注销信用卡"],
    ),
    // card_apply__supplementary_card
    (
        &[
            "老妈买菜想用我的信用卡额度",
            "大学生儿子想要张卡刷我的账",
            "给老公办一张跟我共享额度的",
            "家里保姆买东西想用我额度的副卡",
            "add a second card for my wife on my account",
        ],
        &["申请附属卡"],
    ),
    // card_installment__installment_quote
    (
        &[
            "想给孩子买架钢琴分12期每月还多少",
            "换个新手机要是分开还得多掏多少利息",
            "我寻思分6期划不划算先算一下",
            "装修刷了卡想看看分期的话每期多少",
            "how much extra if I split it, just estimate",
        ],
        &["分期试算"],
    ),
    // card_installment__bill_installment
    (
        &[
            "这期卡账太多工资不够还一次性还不上",
            "出账单了整个账单想分几个月慢慢还",
            "孩子开学刷爆了这期账单分开还吧",
            "这个月的信用卡全部拆成几期还",
            "split this whole month's bill into monthly payments",
        ],
        &["账单分期"],
    ),
    // card_installment__purchase_installment
    (
        &[
            "刚刷了一笔旅游团费想单独分期",
            "前天刷卡买的空调那笔分开还",
            "就那笔买家具的钱拆成几个月还",
            "昨天刷的婚纱照钱太多想分期",
            "split that one big purchase I made yesterday",
        ],
        &["消费分期"],
    ),
    // card_installment__cash_installment
    (
        &[
            "急用钱想从信用卡借点到储蓄卡分期还",
            "老人看病缺几万能不能从卡里借出来",
            "生意周转要现金信用卡额度能不能变成钱",
            "想借点钱交首付分几年还我寻思能行吗",
            "turn my card limit into cash I repay monthly",
        ],
        &["现金分期"],
    ),
    // card_installment__list_plans
    (
        &[
            "我现在信用卡上挂着几笔分期啊",
            "那笔电视分期还剩几期没还",
            "每月账单多出来的固定钱是哪个分期",
            "想看看还有多少分期没还完",
            "what installment plans am I still paying",
        ],
        &["我的分期"],
    ),
    // card_installment__early_settle
    (
        &[
            "年终奖发了剩下的分期一次结清",
            "不想再背着分期了剩下的全还掉",
            "买的手机分期想提前还完省点费",
            "手头宽裕了那笔分期提前了结",
            "settle my remaining installments early",
        ],
        &["分期提前还款"],
    ),
    // card_installment__installment_offers
    (
        &[
            "最近分期有没有免息的",
            "买家电听说分期手续费打折现在有吗",
            "我寻思等优惠再分期现在有活动没",
            "年底有没有分期费率打折的",
            "any interest-free installment deals now",
        ],
        &["分期优惠活动"],
    ),
    // card_points__points_balance
    (
        &[
            "我这信用卡刷了这么久积分有多少了",
            "积分是不是快过期了还剩多少",
            "想换个礼品先看看我有多少分",
            "孩子问积分能不能换玩具我先看看多少",
            "how many card points do I have",
        ],
        &["积分余额"],
    ),
    // card_points__points_history
    (
        &[
            "上个月交房租刷卡有没有给积分",
            "积分怎么一下少了这么多看看明细",
            "我寻思那次活动送的积分到账没",
            "每个月积分是怎么来的想一笔笔看",
            "show where my points came from and went",
        ],
        &["积分明细"],
    ),
    // card_points__browse_rewards
    (
        &[
            "积分能换啥好东西逛逛",
            "过节了看看积分能换点啥礼品",
            "想用积分换个电器看看有没有",
            "积分兑换有哪些东西可以挑",
            "what can I get with my card points",
        ],
        &["积分商城商品"],
    ),
    // card_points__redeem_gift
    (
        &[
            "就那个电饭锅拿积分换了寄给我妈",
            "积分够了把那个行李箱换下来",
            "用积分换那张超市卡吧下单",
            "看好的那个保温壶积分兑了",
            "redeem my points for that gift now",
        ],
        &["积分兑换礼品"],
    ),
    // card_points__redeem_miles
    (
        &[
            "暑假带娃坐飞机想用积分换里程",
            "卡积分挪到东航会员里",
            "里程差一点凑个机票拿积分补",
            "积分不换东西想换成航空公司的",
            "convert my credit card points into miles",
        ],
        &["积分兑换航空里程"],
    ),
    // card_points__points_offset_fee
    (
        &[
            "年费要扣了我寻思拿积分抵掉",
            "卡年费几百块不想交积分能顶吗",
            "积分留着也没用抵扣今年的年费",
            "年费短信来了用积分付",
            "pay this year's card fee with points",
        ],
        &["积分抵扣年费"],
    ),
    // card_points__redemption_orders
    (
        &[
            "拿积分换的东西到哪了",
            "积分兑的那个锅一直没发货",
            "换的电子券怎么没看到",
            "上周兑换的礼品物流到哪了",
            "track what I ordered with points",
        ],
        &["兑换订单"],
    ),
    // cardless_atm__create_withdrawal
    (
        &[
            "出门忘带卡了想在机器上取钱",
            "卡在老婆包里我在外面要取现金",
            "让老爸帮我去取款机取点钱给他个码",
            "手机在身上卡不在想取钱咋整",
            "get cash at the ATM without my card",
        ],
        &["预约无卡取款"],
    ),
    // cardless_atm__scan_atm
    (
        &[
            "取款机屏幕上跳出个二维码咋用",
            "人在ATM前面想拿手机扫一下取钱",
            "机器说可以扫码取现我试试",
            "不插卡直接扫机器上的码取钱",
            "scan the code on the ATM screen to withdraw",
        ],
        &["扫码取款"],
    ),
    // cardless_atm__list_withdrawals
    (
        &[
            "前天弄的那个取款码用掉没",
            "帮家里人弄的取钱码他去取了吗",
            "取款码过期了没我看看",
            "这个月手机取现了几次",
            "show my cardless withdrawals",
        ],
        &["无卡取款记录"],
    ),
    // cardless_atm__cancel_withdrawal
    (
        &[
            "弄好取款码后来不需要取了",
            "取钱码发错人了赶紧作废",
            "那个码别用了我改主意了",
            "卡找到了取款码撤掉吧",
            "cancel that withdrawal code I made",
        ],
        &["撤销无卡取款"],
    ),
    // cardless_atm__cardless_limits
    (
        &[
            "不插卡一次最多能取多少钱",
            "手机取钱一天上限是多少",
            "我寻思取两万块不带卡行不行",
            "哪些取款机支持手机取现",
            "what's the max I can take out without a card",
        ],
        &["无卡取款限额"],
    ),
    // class2_account__open_class2
    (
        &[
            "想开个只买理财的电子账户不用跑网点",
            "网购想用个单独的账户跟工资卡隔开",
            "别的银行工资卡也能在你们这开个电子户吗",
            "给自己弄个专门攒钱的线上账户",
            "open an online-only sub account",
        ],
        &["开立II类账户"],
    ),
    // class2_account__fund_class2
    (
        &[
            "电子账户里没钱了从工资卡转点进去",
            "想买你们的理财先把钱挪到电子户",
            "给电子户存点钱下周要用",
            "从绑定的卡往电子账户里放钱",
            "top up my e-account from my main card",
        ],
        &["II类户充值"],
    ),
    // class2_account__withdraw_class2
    (
        &[
            "电子户里的钱转回工资卡",
            "理财到期的钱在电子账户里拿出来",
            "把电子户余额全提到主卡",
            "急用钱把电子账户的钱转回去",
            "move e-account money back to my linked card",
        ],
        &["II类户提现"],
    ),
    // class2_account__class2_limits
    (
        &[
            "电子户一天能转多少进去",
            "电子账户今天还能花多少",
            "我寻思电子户是不是有年度上限还剩多少",
            "往电子户转钱被拒说超额了",
            "e-account daily and yearly limits left",
        ],
        &["II类户限额查询"],
    ),
    // class2_account__change_bind_card
    (
        &[
            "电子账户绑的那张卡丢了换了新的",
            "原来绑的别行卡不用了换绑",
            "电子户想换一张卡来绑定",
            "工资卡换了电子账户绑定也改一下",
            "link my e-account to a different card",
        ],
        &["更换绑定卡"],
    ),
    // class2_account__upgrade_to_class1
    (
        &[
            "电子户额度太小想变成全功能的卡",
            "生意大了电子账户不够用要升级",
            "想让这个线上账户也能取现转大额",
            "电子户用习惯了想转成正式账户",
            "make my e-account a full account",
        ],
        &["升级为I类账户"],
    ),
    // class2_account__close_class2
    (
        &[
            "那个电子账户不用了注销吧",
            "电子户里钱都取完了关掉",
            "我寻思这个线上账户没用了销户",
            "理财不在这买了电子户不要了",
            "close my online e-account",
        ],
        &["II类户销户"],
    ),
    // credit_card__current_bill
    (
        &[
            "这个月信用卡账单出来没有要还多少",
            "卡账这期最低还多少",
            "快到还款日了看看这期欠了多少",
            "账单日过了这期金额多少",
            "how much is this month's card bill",
        ],
        &["查询本期账单"],
    ),
    // credit_card__unbilled
    (
        &[
            "出账以后我又刷了多少",
            "这几天旅游刷的钱下期账单会有多少",
            "还没出账的消费有哪些",
            "我寻思下个月账单会不会超看看已刷的",
            "charges not on a statement yet",
        ],
        &["未出账单交易"],
    ),
    // credit_card__bill_history
    (
        &[
            "去年装修那几个月的信用卡账单找一下",
            "想看前几个月的账单对比一下",
            "单位报销要三个月前的刷卡账单",
            "过去一年每期账单都看看",
            "show my old card statements",
        ],
        &["历史账单"],
    ),
    // credit_card__repay
    (
        &[
            "工资到了先把卡上的钱还了",
            "今天最后一天了快还信用卡",
            "刷卡欠的钱还一部分先",
            "我寻思先还个最低的",
            "pay my credit card bill now",
        ],
        &["信用卡还款"],
    ),
    // credit_card__setup_autopay
    (
        &[
            "老忘还卡想到期自动从储蓄卡扣",
            "出差多怕错过还款日让它自己扣",
            "想让工资卡每月自动帮我还卡",
            "逾期过一次这回设个自动扣",
            "auto repay my card from my debit account",
        ],
        &["设置自动还款"],
    ),
    // credit_card__cancel_autopay
    (
        &[
            "储蓄卡里的钱要留着交学费别自动还卡",
            "换了工资卡原来那个自动扣停掉",
            "我想自己还款不要自动扣了",
            "自动还卡把房租钱扣走了不要了",
            "stop auto-paying my card bill",
        ],
        &["取消自动还款"],
    ),
    // credit_card__credit_limit
    (
        &[
            "这卡总共能刷多少还剩多少",
            "临时额度啥时候到期",
            "我寻思刷个电脑额度还够不够",
            "信用卡剩余额度看看",
            "what's my card limit and what's available",
        ],
        &["额度查询"],
    ),
    // credit_card__raise_limit
    (
        &[
            "过年回家开销大额度不够用",
            "买家电想一次刷卡额度太低",
            "卡用好几年了额度还这么低想涨",
            "出国玩想临时加点额度",
            "ask for a higher credit limit",
        ],
        &["申请提额"],
    ),
    // credit_card__change_due_date
    (
        &[
            "每月还款日都在发工资前太紧",
            "发工资日改了还款时间也想跟着改",
            "想把账单日往后挪几天",
            "还款日老跟房贷撞在一起",
            "change my card's statement date",
        ],
        &["修改账单日"],
    ),
    // credit_report__request_report
    (
        &[
            "打算贷款买车想先查下自己的征信",
            "找工作单位要看征信报告",
            "我寻思以前欠过网贷看看有没有记录",
            "租房房东要看信用记录",
            "pull my personal credit report",
        ],
        &["查询个人信用报告"],
    ),
    // credit_report__view_report
    (
        &[
            "征信报告出来了想看里面写了啥",
            "报告里我那几张卡的情况看看",
            "申请好的信用报告打开看一下",
            "看看报告里有没有逾期的",
            "open my credit report that's ready",
        ],
        &["查看信用报告"],
    ),
    // credit_report__report_requests
    (
        &[
            "今年免费查征信的次数用完没",
            "我查过几次征信记不清了",
            "再查一次要收钱吗先看看次数",
            "之前申请征信的记录看看",
            "how many times have I checked my report this year",
        ],
        &["征信查询记录"],
    ),
    // credit_report__raise_objection
    (
        &[
            "报告里有张卡我从没办过",
            "明明按时还了报告说我逾期",
            "有笔贷款不是我的要申诉",
            "别人冒用我身份证贷了款上了征信",
            "dispute a wrong entry on my credit report",
        ],
        &["征信异议申请"],
    ),
    // credit_report__objection_status
    (
        &[
            "申诉的那条征信错误改好没",
            "征信异议交了半个月了到哪步了",
            "我寻思申诉的结果出来没",
            "银行说在核实我的征信问题进展如何",
            "status of my credit report dispute",
        ],
        &["异议处理进度"],
    ),
    // credit_report__overdue_certificate
    (
        &[
            "疫情隔离那阵没还上被记逾期要个说明",
            "系统故障扣款失败的逾期要银行出证明",
            "贷款经理让开个不是故意逾期的证明",
            "出差没信号逾期了一天想要证明不是恶意的",
            "need a letter that my late payment wasn't on purpose",
        ],
        &["非恶意逾期证明"],
    ),
    // customer_service__faq_search
    (
        &[
            "跨行转账收不收钱我自己查查",
            "忘了密码咋办有没有说明",
            "我寻思先看看帮助里有没有答案",
            "APP上某个功能咋用想看教程",
            "search the help articles myself",
        ],
        &["常见问题搜索"],
    ),
    // customer_service__start_chat
    (
        &[
            "有个事搞不懂想找人问问",
            "机器人答非所问给我转人工",
            "想在手机上跟客服打字聊",
            "我寻思直接问客服比较快",
            "let me chat with a real agent",
        ],
        &["在线客服"],
    ),
    // customer_service__request_callback
    (
        &[
            "热线一直占线能让客服回个电话吗",
            "我在开车不方便等着让他们打给我",
            "下午三点以后给我来个电话",
            "打客服排队太久了让人回拨",
            "have an agent call me back later",
        ],
        &["预约客服回电"],
    ),
    // customer_service__file_complaint
    (
        &[
            "柜员态度太差了我要投诉",
            "卖给我的保险根本不是说的那样要反映",
            "被乱收费了要正式投诉",
            "网点让我等了两个小时没人管",
            "I want to complain about your service",
        ],
        &["投诉"],
    ),
    // customer_service__complaint_progress
    (
        &[
            "我那个投诉到底有没有人管",
            "投诉都一个星期了处理到哪了",
            "上次反映柜员的事有结果没",
            "我寻思投诉的回复出来没",
            "what's happening with my complaint",
        ],
        &["投诉进度查询"],
    ),
    // customer_service__suggestion
    (
        &[
            "字太小了老人看不清提个建议",
            "要是转账能语音就好了",
            "我寻思给APP提个改进意见",
            "首页太乱了希望改简洁点",
            "some feedback to make the app better",
        ],
        &["意见建议"],
    ),
    // customer_service__rate_service
    (
        &[
            "刚才那个客服帮了大忙给个五星",
            "今天柜员服务挺好想夸一下",
            "电话客服没解决问题给个差评",
            "办完业务给这次服务打个分",
            "rate the agent who just helped me",
        ],
        &["服务评价"],
    ),
    // debit_card__freeze_card
    (
        &[
            "卡好像落在出租车上了先锁一下",
            "钱包不见了卡先停用等我找找",
            "孩子拿我卡去买东西了先锁上",
            "怕卡被别人捡到先临时停掉",
            "lock my card for now, might have lost it",
        ],
        &["临时冻结借记卡"],
    ),
    // debit_card__unfreeze_card
    (
        &[
            "卡在沙发缝里找到了解锁吧",
            "锁住的卡要交电费了打开",
            "之前自己锁的卡现在要用",
            "出差回来了那张卡恢复正常",
            "unlock the card I froze",
        ],
        &["解除冻结"],
    ),
    // debit_card__report_lost
    (
        &[
            "钱包被偷了里面有银行卡",
            "取款机把我的卡吞了",
            "卡掉在火车上肯定找不回了",
            "卡丢了正式挂了吧",
            "my bank card is stolen, report it lost",
        ],
        &["借记卡挂失"],
    ),
    // debit_card__replace_card
    (
        &[
            "卡芯片坏了刷不了想换张新的",
            "挂失之后得重新办一张卡",
            "卡快过期了想换新卡",
            "卡被洗衣机洗坏了",
            "order me a new card to replace the broken one",
        ],
        &["补换卡申请"],
    ),
    // debit_card__set_limits
    (
        &[
            "刷卡买家具提示超过当日限额",
            "想把取现每天限少一点怕被骗",
            "一次付不了装修款卡的额度调高",
            "我寻思卡每天能刷多少设置一下",
            "change how much my card can spend per day",
        ],
        &["设置交易限额"],
    ),
    // debit_card__overseas_use
    (
        &[
            "下个月带孩子去新加坡卡能不能用",
            "出国回来了把境外刷卡关掉",
            "去香港想用卡取点港币先打开",
            "卡在国外被拒了是不是没开",
            "turn on my card for use abroad",
        ],
        &["境外用卡开关"],
    ),
    // debit_card__card_status
    (
        &[
            "这卡还能正常用吗",
            "卡是不是被冻住了看看状态",
            "我寻思卡啥时候到期",
            "老卡是不是已经失效了",
            "is my debit card active or blocked",
        ],
        &["卡片状态查询"],
    ),
    // debit_card__replacement_progress
    (
        &[
            "补办的新卡做好了没",
            "换卡申请好几天了寄出来没",
            "补办的新卡快递到哪儿了",
            "我寻思补的卡能去网点拿了吗",
            "where's my replacement card",
        ],
        &["补换卡进度"],
    ),
    // deposit_proof__apply
    (
        &[
            "孩子读语言学校要一份中英文资金证明",
            "申请海外读研学校要存款的英文证明",
            "出国念书签证要家里存款证明",
            "我寻思给孩子开个留学用的存款证明",
            "need a bilingual proof of funds for school",
        ],
        &["开立存款证明"],
    ),
    // deposit_proof__status
    (
        &[
            "申请的存款证明做好了没",
            "资金证明要去哪个网点拿",
            "我寻思证明是不是已经开出来了",
            "存款证明还要等几天",
            "is my deposit certificate ready",
        ],
        &["存款证明进度"],
    ),
    // deposit_proof__revoke
    (
        &[
            "签证下来了想把冻结的钱解开",
            "不出国了存款证明撤了吧",
            "证明冻着的钱急需用",
            "学校已经录取了证明可以撤了",
            "revoke my proof of funds and free the money",
        ],
        &["撤销存款证明"],
    ),
    // deposit_proof__asset_certificate
    (
        &[
            "钱都在基金里开个证明又不想冻住",
            "办签证要证明有资产但钱不能锁",
            "证明我在银行有多少理财和存款",
            "我寻思理财也能算进证明里吗",
            "certificate of all my assets without freezing",
        ],
        &["开立资产证明"],
    ),
    // deposit_proof__verify
    (
        &[
            "学校要确认我的存款证明是真的",
            "领事馆打电话核实证明",
            "想自己查下证明编号能不能验",
            "别人给我的存款证明查下真假",
            "verify a deposit certificate number",
        ],
        &["验证证明真伪"],
    ),
    // ecny_wallet__open_wallet
    (
        &[
            "单位说下月补贴发数字人民币",
            "抽奖中了数币红包还没地方收",
            "想用政府发的数币消费券",
            "菜市场说用数币付有优惠我还没开",
            "employer pays part in e-CNY, set me up",
        ],
        &["开通数字人民币钱包"],
    ),
    // ecny_wallet__wallet_balance
    (
        &[
            "上回政府发的数币还剩多少",
            "买菜前看看数币够不够",
            "领的数字人民币红包用了多少",
            "数币钱包一天最多能花多少",
            "how much e-CNY do I have left",
        ],
        &["钱包余额"],
    ),
    // ecny_wallet__top_up
    (
        &[
            "食堂只收数币可钱包空了",
            "数币付款提示余额不够",
            "想用满减券得先往数字钱包放钱",
            "从工资卡转几百到数币里",
            "move some yuan into my digital wallet",
        ],
        &["钱包充值"],
    ),
    // ecny_wallet__withdraw
    (
        &[
            "发的数币工资想转回储蓄卡",
            "数币里的钱要交房租得先转出来",
            "数字钱包的钱用不上拿回卡里",
            "要还信用卡数币里的钱转回去",
            "send my digital yuan back to my bank card",
        ],
        &["钱包提现"],
    ),
    // ecny_wallet__pay_merchant
    (
        &[
            "地铁站里没信号想用数币付",
            "超市说用数币付立减几块",
            "食堂打饭要用数字人民币结账",
            "停车场出口只认数币付款",
            "pay this merchant with e-CNY",
        ],
        &["数字人民币付款"],
    ),
    // ecny_wallet__wallet_transactions
    (
        &[
            "单位发的数币补贴进没进来",
            "那张数币消费券在哪家店用的",
            "数字钱包这个月都花哪了",
            "收到的数币红包谁发的",
            "list my digital yuan payments and top-ups",
        ],
        &["钱包交易记录"],
    ),
    // ecny_wallet__upgrade_tier
    (
        &[
            "数币一次付不了两千块的家电",
            "发的数币工资存不下钱包满了",
            "数字钱包上限太低想提高等级",
            "买大件数币总超限",
            "my e-CNY wallet limits are too low",
        ],
        &["钱包升级"],
    ),
    // ecny_wallet__close_wallet
    (
        &[
            "消费券活动结束了数币不用了",
            "换新手机不想再用数字钱包",
            "数币一年也用不了一次关了吧",
            "手机号要注销了数字钱包先销掉",
            "never use e-CNY, close the wallet",
        ],
        &["注销钱包"],
    ),
    // family_account__list_members
    (
        &[
            "我寻思当初给谁开过亲情那个都忘了",
            "老婆问家里谁能刷我的账户",
            "前几年给外甥弄过一个现在还挂着吗",
            "想看看家里几个人绑在我账户下",
            "who is still linked to my account as family",
        ],
        &["我的亲情账户"],
    ),
    // family_account__add_member
    (
        &[
            "老爸住养老院想让他用我的钱买东西",
            "闺女去外地实习想花我账上的钱",
            "奶奶不会绑卡让她直接用我的",
            "我寻思让老婆也能刷我的账户但限个数",
            "let my mom pay from my account up to a limit",
        ],
        &["添加亲情账户"],
    ),
    // family_account__set_member_limit
    (
        &[
            "儿子上大学生活费不够每月多给点额度",
            "老妈最近买保健品太多了额度降下来",
            "闺女打游戏充钱太多额度收一收",
            "过年爸妈要办年货额度临时放开点",
            "change how much my son can spend monthly",
        ],
        &["调整亲情额度"],
    ),
    // family_account__member_spending
    (
        &[
            "老爸用我的钱都买了啥我想看看",
            "孩子说生活费花光了到底花哪了",
            "老婆这个月刷我的账户买了些啥",
            "我寻思闺女是不是在网上乱买东西",
            "what did my parents buy with my account",
        ],
        &["亲情账户消费明细"],
    ),
    // family_account__remove_member
    (
        &[
            "离婚了前妻还能用我的账户得断开",
            "侄子毕业了不用再刷我的",
            "保姆辞职了她那个关联解掉",
            "我寻思老人现在有自己的卡了不用关联了",
            "unlink my ex from my account",
        ],
        &["解除亲情账户"],
    ),
    // family_account__send_allowance
    (
        &[
            "闺女说这周饭钱不够了给她打点",
            "老爸生日给他转点零用钱",
            "儿子在外地上学月初给他打生活费",
            "给住校的孩子发点零花钱",
            "send pocket money to my daughter",
        ],
        &["给家人转零花钱"],
    ),
    // fee_center__fee_schedule
    (
        &[
            "补办一张卡要收多少钱",
            "跨行转账收不收手续费",
            "异地取现银行怎么收费",
            "我寻思办这个业务要交多少钱先问问",
            "what are the bank's fees for things",
        ],
        &["服务收费标准"],
    ),
    // fee_center__charged_fees
    (
        &[
            "今年银行从我卡里扣了多少手续费",
            "卡里少了几块钱是扣的什么费",
            "我寻思去年交了多少年费和管理费",
            "看看最近都被收了哪些费用",
            "show fees the bank charged me",
        ],
        &["已扣费用查询"],
    ),
    // fee_center__waive_small_balance_fee
    (
        &[
            "存折里就几十块每季度被扣管理费",
            "那张卡钱少老被扣小钱想免掉",
            "好几张卡都没钱指定一张不收费",
            "老人卡平时没余额还被扣钱",
            "stop the low balance fee on my card",
        ],
        &["免收小额账户管理费"],
    ),
    // fee_center__waive_annual_fee
    (
        &[
            "今年卡没刷几次年费想请银行免了",
            "年费扣了能不能申请减免",
            "刷卡次数差一点年费能通融吗",
            "我寻思老客户了年费能不能不收",
            "please waive my annual fee this year",
        ],
        &["年费减免申请"],
    ),
    // fee_center__fee_refund
    (
        &[
            "莫名其妙扣了一笔手续费想退回来",
            "收了不该收的费要回来",
            "取钱没成功却扣了费要退",
            "已经销户的业务还在扣钱要退",
            "refund a fee charged by mistake",
        ],
        &["费用退还申请"],
    ),
    // pay_codes__show_pay_code
    (
        &[
            "奶茶店让我亮码给她扫",
            "食堂阿姨让我出示手机让她扫",
            "超市自助收银要扫我的码",
            "我寻思收银员要扫我手机咋弄",
            "show the code for the cashier to scan",
        ],
        &["出示付款码"],
    ),
    // pay_codes__scan_to_pay
    (
        &[
            "菜场摊主墙上贴着码我扫过去",
            "停车场出口有个码要扫了交钱",
            "朋友发个码让我扫给他钱",
            "打车司机让我扫他的二维码",
            "scan the shop's QR to pay",
        ],
        &["扫码付款"],
    ),
    // pay_codes__my_collect_code
    (
        &[
            "摆地摊让人扫我收钱",
            "同学AA的钱让他们扫我",
            "二手东西卖了让人付我钱",
            "我寻思亮个码让人付钱给我",
            "show my QR so people can pay me",
        ],
        &["我的收款码"],
    ),
    // pay_codes__collection_records
    (
        &[
            "今天摆摊扫码进了多少钱",
            "客人说付了钱我怎么没看到",
            "我寻思看看谁扫码给我了",
            "这周卖菜收的钱都有哪几笔",
            "who paid me by my code today",
        ],
        &["收款记录"],
    ),
    // pay_codes__set_password_free
    (
        &[
            "早餐几块钱也要输密码太麻烦",
            "孩子玩我手机随便付钱想关了免密",
            "买菜扫码想不输密码直接付",
            "我寻思小钱付款别让我输密码",
            "no PIN for small payments",
        ],
        &["小额免密设置"],
    ),
    // pay_codes__pay_code_records
    (
        &[
            "这礼拜扫码买了多少东西",
            "超市那次扫码付款好像扣多了",
            "我寻思看看上次在药店扫码付的那笔",
            "食堂扫码消费记录看看",
            "list my QR payments this month",
        ],
        &["付款码交易记录"],
    ),
    // pay_codes__default_pay_card
    (
        &[
            "扫码总是先扣储蓄卡想改成信用卡",
            "那张卡没钱了付款别先扣它",
            "想用另一张卡付款默认换一下",
            "我寻思付款码优先扣工资卡",
            "change which card the pay code uses first",
        ],
        &["设置默认付款卡"],
    ),
    // payroll__latest_payslip
    (
        &[
            "这个月到手怎么少了好几百想看扣了啥",
            "刚转正第一个月想看看工资咋算的",
            "请了几天病假想知道扣了多少",
            "个税这月是不是扣多了",
            "what was taken out of this month's pay",
        ],
        &["本月工资条"],
    ),
    // payroll__payslip_history
    (
        &[
            "跟老板闹劳动仲裁要前几个月的工资单",
            "跳槽前想对比下这两年工资涨没涨",
            "想翻翻去年夏天那几个月发的明细",
            "产假那几个月工资是怎么算的",
            "pull up my payslips from past months",
        ],
        &["历史工资条"],
    ),
    // payroll__salary_credits
    (
        &[
            "会计说十号发了我卡里咋没动静",
            "出差垫的钱公司报了没打过来没",
            "年终奖说发了我看看进来没",
            "换了公司新工资第一笔到了没有",
            "did my employer's payment land yet",
        ],
        &["工资到账记录"],
    ),
    // payroll__annual_income
    (
        &[
            "个税APP汇算要填全年工资",
            "买房贷款让写家庭年收入",
            "去年跳了两次槽一共挣了多少",
            "申请公租房要算一年总收入",
            "total pay I received over the year",
        ],
        &["年度收入汇总"],
    ),
    // payroll__salary_arrival_alert
    (
        &[
            "每到发薪日就忍不住刷好几遍APP",
            "信用卡等着工资还想一到就知道",
            "老板发工资不固定想到账就提醒我",
            "房贷扣款前想确认工资进来了",
            "notify me the moment payday money comes in",
        ],
        &["工资到账提醒"],
    ),
    // payroll__income_proof
    (
        &[
            "办签证要半年工资流水证明",
            "房东要看我收入稳不稳",
            "公司倒闭了开不了收入证明咋整",
            "贷款买车要证明月收入",
            "prove my monthly pay for a loan",
        ],
        &["收入证明开立"],
    ),
    // personal_info__view_profile
    (
        &[
            "当年开户留的是哪个手机号记不清了",
            "想看看银行那登记的单位还对不对",
            "身份证有效期银行那边记的哪天",
            "不知道银行存的是老家还是现在地址",
            "what personal info does the bank hold on me",
        ],
        &["查看个人信息"],
    ),
    // personal_info__update_id
    (
        &[
            "过了十年身份证换新的了",
            "卡刷不了说证件到期了",
            "老人身份证换成长期的了",
            "钱包丢了补了新身份证",
            "new ID card, update it with the bank",
        ],
        &["更新身份证件"],
    ),
    // personal_info__change_mobile
    (
        &[
            "号码注销了验证码收不到转不了账",
            "手机号给了老爸现在收验证码的是他",
            "换了携号转网号码都变了",
            "老号码在老家现在用本地新号",
            "bank codes go to a number I no longer have",
        ],
        &["修改预留手机号"],
    ),
    // personal_info__update_address
    (
        &[
            "刚装修好搬进新房子了",
            "银行寄的信用卡老寄到前任那",
            "外派到别的城市常住了",
            "老房子卖了信都收不到",
            "I've moved house, change where the bank sends mail",
        ],
        &["修改联系地址"],
    ),
    // personal_info__update_occupation
    (
        &[
            "辞职跑滴滴了银行里还写着公司职员",
            "退休了单位那一栏不对了",
            "考上编制换了单位",
            "开了个体户工作信息得改",
            "my job has changed, update the bank's record",
        ],
        &["更新职业信息"],
    ),
    // personal_info__tax_residency
    (
        &[
            "在新加坡工作一年多要在那边报税",
            "嫁到美国拿了绿卡",
            "银行来信问是不是外国税收居民",
            "移民澳洲了要说明报税身份",
            "I'm now a tax resident abroad",
        ],
        &["税收居民身份声明"],
    ),
    // quick_pay__list_bindings
    (
        &[
            "这卡用了十年不知道挂在多少个平台上",
            "换卡前看看外卖打车都绑没绑它",
            "想清理下这卡连了哪些购物软件",
            "怕有不认识的APP绑了我的卡",
            "which apps have this card attached",
        ],
        &["快捷支付绑定查询"],
    ),
    // quick_pay__unbind_app
    (
        &[
            "删了那个借贷软件可卡还绑着",
            "孩子的游戏账号绑了我的卡得解开",
            "不用那个购物软件了卡别挂上面",
            "前任手机的支付软件还绑着我的卡",
            "take my card off that app",
        ],
        &["解除快捷支付"],
    ),
    // quick_pay__set_quick_pay_limit
    (
        &[
            "在支付宝买家具付不过去说超额",
            "给孩子网上报班一次付不了",
            "怕外卖软件被盗刷把上限调小",
            "网上买机票总提示超过单笔限额",
            "change how much apps can charge my card",
        ],
        &["设置快捷支付限额"],
    ),
    // quick_pay__list_direct_debits
    (
        &[
            "每月总有几笔小钱被划走看不懂",
            "搬家后物业费水电是不是还扣这卡",
            "不记得签了多少会员自动续费",
            "老人的卡每月被扣钱帮他看看签了啥",
            "what keeps billing my card every month",
        ],
        &["代扣签约查询"],
    ),
    // quick_pay__cancel_direct_debit
    (
        &[
            "试用期过了开始每月扣钱了",
            "搬走了旧房子的燃气还从我卡上扣",
            "孩子开了个会员每月扣我钱断掉",
            "不听那个音乐会员了还在续",
            "stop that recurring charge on my card",
        ],
        &["解约代扣"],
    ),
    // quick_pay__pause_online_payments
    (
        &[
            "在可疑网站填过卡号怕被网上刷",
            "这卡就用来存钱网上别能花",
            "老妈总在网上被骗让卡只能柜台用",
            "出国期间这卡网上付款先停掉",
            "block internet payments on this card",
        ],
        &["关闭网上支付"],
    ),
    // security_center__change_login_password
    (
        &[
            "前男友知道我手机银行密码",
            "在酒店电脑上登过心里不踏实",
            "密码用的生日太好猜了",
            "同事看到我输APP密码了",
            "I want a new password for the banking app",
        ],
        &["修改登录密码"],
    ),
    // security_center__reset_payment_password
    (
        &[
            "老爸取钱密码想不起来了",
            "转账时六位数输错三次锁了",
            "很久没用卡去取钱密码全忘了",
            "信用卡和储蓄卡密码搞混了记不清",
            "forgot my card PIN, need a new one",
        ],
        &["重置交易密码"],
    ),
    // security_center__list_devices
    (
        &[
            "总觉得还有别的手机登着我的账号",
            "以前在公司电脑上登过现在还在吗",
            "看看有几个设备能登我的手机银行",
            "老婆的平板是不是也登着我的",
            "which phones are signed in to my banking",
        ],
        &["登录设备管理"],
    ),
    // security_center__remove_device
    (
        &[
            "旧手机卖二手了上面还登着银行",
            "手机丢了那台别再能进我账户",
            "离职了公司发的手机要交回去",
            "在网吧电脑上登过要踢出去",
            "log out and remove my old phone",
        ],
        &["解绑设备"],
    ),
    // security_center__set_transfer_limit
    (
        &[
            "给4S店付车款一次转不过去",
            "爸妈怕被骗想每天转账少一点",
            "付装修尾款提示超过当日额度",
            "买房首付要转大额被挡了",
            "raise my daily transfer cap in the app",
        ],
        &["设置转账限额"],
    ),
    // security_center__login_records
    (
        &[
            "半夜收到短信说有新设备登录",
            "在外地时好像有人登了我的APP",
            "想看看这几天在哪些地方登过",
            "怀疑账号被盗看看登录时间",
            "where and when has my account been accessed",
        ],
        &["登录记录"],
    ),
    // security_center__biometric_login
    (
        &[
            "老是记不住密码想刷脸进",
            "换了新手机还想用指纹开APP",
            "戴口罩刷脸老失败想改指纹",
            "不想让孩子拿我手指解锁银行关掉",
            "log in with my face instead of a password",
        ],
        &["指纹/面容登录"],
    ),
    // security_center__freeze_online_banking
    (
        &[
            "刚才自称客服让我下载了个软件",
            "把验证码念给了冒充警察的人",
            "收到短信说账户在异地操作不是我",
            "骗子远程控制了我手机快封住",
            "I think I've been scammed, lock everything online now",
        ],
        &["紧急冻结网银"],
    ),
    // shop_collect__apply_merchant_code
    (
        &[
            "包子铺开业了要个正经的收款码",
            "个人码收钱多了被限额了",
            "夜市摆摊要个能开收据的码",
            "开了家理发店客人都扫码",
            "I'm opening a stall and need a business QR",
        ],
        &["申请商户收款码"],
    ),
    // shop_collect__daily_takings
    (
        &[
            "关门前算算今天收了多少",
            "今天下雨生意咋样",
            "早班营业员交班要报总数",
            "这周六的营业额比上周多不多",
            "how much did the shop take today",
        ],
        &["今日收款统计"],
    ),
    // shop_collect__merchant_transactions
    (
        &[
            "有个顾客说付了我看不到那笔",
            "中午那一单收了没有一笔笔对",
            "跟合伙人月底对每笔进账",
            "店员说收了两百块我要核实",
            "list each payment the shop received",
        ],
        &["商户交易流水"],
    ),
    // shop_collect__settlement_records
    (
        &[
            "昨天的营业款还没进到卡上",
            "要进货付钱店里的钱啥时候到",
            "周末两天收的钱啥时候打给我",
            "到卡的钱比收的少了一点怎么回事",
            "when do my shop takings get paid to the card",
        ],
        &["结算到账查询"],
    ),
    // shop_collect__refund_customer
    (
        &[
            "顾客买错了尺码要退钱",
            "客人扫多了一位数得退给他",
            "外卖订单取消了钱退回去",
            "货卖没了客人已经付了钱",
            "give a customer their money back",
        ],
        &["收款退款"],
    ),
    // shop_collect__voice_broadcast
    (
        &[
            "炒菜的时候看不了手机想听到收钱声",
            "客人扫完我这没声音不知道付没付",
            "店里吵听不见想买个报钱的喇叭",
            "老人看店眼神不好要语音报",
            "have each payment read out loud",
        ],
        &["收款语音播报"],
    ),
    // shop_collect__merchant_fees
    (
        &[
            "开店前想知道收一百块扣多少",
            "听说小店收款有免手续费能享受吗",
            "到账比营业额少是不是扣了费",
            "跟别家收款码比哪个扣得少",
            "what percent is taken from each sale",
        ],
        &["商户费率"],
    ),
    // statements__export_statement
    (
        &[
            "申请房贷经理要近一年盖章流水",
            "孩子出国签证要父母的银行流水",
            "打官司律师要这张卡的进出记录",
            "公司年审要个人账户流水",
            "stamped PDF of my account history for the bank",
        ],
        &["导出交易流水"],
    ),
    // statements__monthly_estatement
    (
        &[
            "自己开工作室想每月邮箱收账单",
            "想每月月初收到账户情况邮件",
            "记账App要导入每月的对账单",
            "不想手动下载每月发到邮箱就好",
            "email me my account statement monthly",
        ],
        &["电子对账单订阅"],
    ),
    // statements__cancel_estatement
    (
        &[
            "每月银行邮件从来不看塞满邮箱",
            "换了新邮箱旧邮箱的账单不要了",
            "公司邮箱收私人账单不方便",
            "每个月那个对账邮件别发了",
            "stop sending me monthly statement emails",
        ],
        &["退订电子对账单"],
    ),
    // statements__transfer_receipt
    (
        &[
            "给供应商付了款对方说没收到要凭证",
            "房东说押金没退要转账凭据",
            "报销要盖了章的付款单子",
            "打官司要证明这笔钱转过去了",
            "stamped proof that my payment went out",
        ],
        &["电子回单"],
    ),
    // statements__verify_receipt
    (
        &[
            "买家发来的付款截图像是P的",
            "员工报销交的银行回单不太对",
            "二手车买家给的转账凭证可疑",
            "收到一份流水想核实是不是银行出的",
            "is this bank receipt real or fake",
        ],
        &["回单验真"],
    ),
    // statements__export_history
    (
        &[
            "上次导的流水邮件找不到了",
            "签证中心说流水附件打不开再发一份",
            "之前给贷款准备的流水还能再下吗",
            "导出过几次流水想看看",
            "resend a statement I exported earlier",
        ],
        &["导出记录"],
    ),
    // transfer__transfer_to_person
    (
        &[
            "搬家公司干完活要把钱打他卡上",
            "闺蜜替我垫了机票钱得还她",
            "同学婚礼人没到份子钱转过去",
            "欠表哥的钱说好月底还",
            "send money to someone else's bank account",
        ],
        &["转账给他人"],
    ),
    // transfer__transfer_between_own
    (
        &[
            "房贷卡下周扣款钱都在工资卡上",
            "把零花钱从主卡挪到我另一张卡",
            "信用卡要还钱在我另一张储蓄卡上",
            "两张自己的卡倒一下钱",
            "move money across my own accounts",
        ],
        &["本人账户互转"],
    ),
    // transfer__transfer_by_mobile
    (
        &[
            "跑腿小哥只给了个电话号码",
            "老同学没发卡号只说用手机号",
            "给小区保洁阿姨打钱只知道她电话",
            "不想问卡号用电话号码打过去",
            "pay a friend using only their mobile number",
        ],
        &["手机号转账"],
    ),
    // transfer__schedule_transfer
    (
        &[
            "每个月十号给老家爸妈打钱想自动",
            "下周一房租到期到时候自动转",
            "孩子每月生活费想设好定时给",
            "还表哥的钱分几个月固定日子还",
            "set up a recurring or future transfer",
        ],
        &["预约转账"],
    ),
    // transfer__cancel_scheduled_transfer
    (
        &[
            "搬出出租屋了后面月份的房租别转了",
            "爸妈说以后不用每月打钱了",
            "之前设的下周那笔提前给过了撤掉",
            "孩子毕业有工资了每月那笔停",
            "cancel a transfer I set up for later",
        ],
        &["撤销预约转账"],
    ),
    // transfer__list_transfer_records
    (
        &[
            "房东说房租还没收到我转了没",
            "昨晚转的那笔一直显示处理中",
            "转给朋友的钱被退回来了没",
            "想找上个月给装修队的那笔转账",
            "did the money I sent arrive",
        ],
        &["转账记录"],
    ),
    // transfer__list_payees
    (
        &[
            "以前存过的表哥账号在不在",
            "找找存过的物业缴费账户",
            "上次给家政阿姨转钱的账号",
            "存的那些常转账的人都有谁",
            "show people I've saved for transfers",
        ],
        &["常用收款人"],
    ),
    // transfer__add_payee
    (
        &[
            "新租的房东账号以后每月要用",
            "孩子的补习老师卡号存下来",
            "以后常给弟弟打钱先存着他的卡",
            "新合作的供应商账户记下来",
            "save this account for future transfers",
        ],
        &["添加收款人"],
    ),
    // transfer__delete_payee
    (
        &[
            "之前的保姆不干了账号别留着",
            "和前任分了她卡号不想看到",
            "转错过一次的那个账户清掉",
            "老房东的账号还在名单里",
            "remove someone from my saved payees",
        ],
        &["删除收款人"],
    ),
    // txn_dispute__report_fraud
    (
        &[
            "手机丢了第二天卡里少了好几笔",
            "人在家里睡觉卡却在外省加油站刷了",
            "我寻思从没买过游戏点卡怎么扣了钱",
            "收到验证码我没操作钱就被转走了",
            "charges I never made showed up at midnight",
        ],
        &["盗刷申报"],
    ),
    // txn_dispute__open_chargeback
    (
        &[
            "健身房跑路了刷卡办的年卡钱要追回",
            "网上买的手机寄来是空盒商家不理我",
            "机票退了航空公司一直不退钱",
            "刷卡付了定金装修公司人没影了",
            "merchant vanished after I paid, want my money back",
        ],
        &["申请拒付"],
    ),
    // txn_dispute__duplicate_charge
    (
        &[
            "加油站刷了一次卡扣了两回",
            "我寻思明明付了三百怎么扣了三千",
            "POS机显示失败又刷一次结果都扣了",
            "宾馆押金扣了两遍",
            "I got billed twice for one meal",
        ],
        &["重复扣款申诉"],
    ),
    // txn_dispute__dispute_status
    (
        &[
            "之前申诉那笔钱银行查得怎么样了",
            "盗刷那件事有没有临时先把钱退给我",
            "我寻思商家退款争议啥时候有结果",
            "报了被重复扣款半个月了没动静",
            "what's the status of my disputed charge",
        ],
        &["争议处理进度"],
    ),
    // txn_dispute__upload_evidence
    (
        &[
            "客服让我把退货单号发过去",
            "和卖家的聊天记录截好了要补给银行",
            "派出所报案回执拿到了交哪里",
            "我寻思银行要的发票照片在哪传",
            "add my receipts to the dispute I opened",
        ],
        &["补充争议材料"],
    ),
    // txn_dispute__withdraw_dispute
    (
        &[
            "搞错了那笔是我闺女刷的",
            "卖家已经退钱了申诉不用了",
            "东西今天收到了之前的投诉撤回",
            "我寻思那笔是自动续费不是盗刷算了",
            "never mind, the shop refunded me, drop the case",
        ],
        &["撤销争议"],
    ),
    // txn_dispute__transaction_detail
    (
        &[
            "账单上有个看不懂的英文商户名",
            "有笔扣款写的某某科技是啥店",
            "我寻思这笔消费是在哪个城市刷的",
            "一笔几十块的扣款想看商户和时间",
            "who is this merchant on my bill",
        ],
        &["交易详情查询"],
    ),
    // safe_box__box_availability
    (
        &[
            "家里有些金条想存银行先问问有没有箱子",
            "我寻思租个小箱子一年多少钱",
            "离家近的网点还有空箱没",
            "想放几本房产证找个地方问问价格",
            "is there a free safe box nearby and the price",
        ],
        &["保管箱空箱查询"],
    ),
    // safe_box__rent_box
    (
        &[
            "家里装修工人进进出出首饰没处放",
            "老人留下的古董想放银行里",
            "我寻思把房本和存单都锁银行里",
            "要出国半年家里的金饰存起来",
            "I want to rent a safe box now",
        ],
        &["申请租用保管箱"],
    ),
    // safe_box__renew_box
    (
        &[
            "箱子到期了东西还得放着",
            "我寻思保管箱再续一年",
            "租的箱子还要继续用明年也租",
            "收到通知箱子快到期了继续租",
            "extend my safe box rental",
        ],
        &["保管箱续租"],
    ),
    // safe_box__my_box
    (
        &[
            "我那箱子租在哪个网点来着",
            "箱子什么时候到期了我忘了",
            "我寻思上回开箱是啥时候",
            "租的保管箱多大啥规格",
            "details of the safe box I rent",
        ],
        &["我的保管箱"],
    ),
    // safe_box__book_opening
    (
        &[
            "办过户要拿存在箱子里的原件",
            "闺女结婚要取放在银行的金首饰",
            "我寻思有几件东西要放进箱子里约个时间",
            "要去金库拿存着的遗嘱",
            "book a visit to open my box",
        ],
        &["预约开箱"],
    ),
    // safe_box__terminate_box
    (
        &[
            "东西都拿回家了箱子不要了",
            "搬去外地了银行箱子退了吧",
            "我寻思保管箱用不上退掉把押金拿回来",
            "箱子里空了不续了还钥匙",
            "end my safe box rental",
        ],
        &["保管箱退租"],
    ),
    // campaigns__daily_checkin
    (
        &[
            "今天打开APP还没点那个领积分的",
            "我寻思每天点一下送的那个小奖励领一下",
            "连着点了好几天今天别断了",
            "早上顺手把今天的积分领了",
            "tap in today for my daily reward",
        ],
        &["每日签到"],
    ),
    // campaigns__checkin_calendar
    (
        &[
            "这个月我连着领了几天了",
            "我寻思再坚持几天能拿啥奖励",
            "上周出差漏没漏一天",
            "看看这月哪几天没点",
            "show my streak this month",
        ],
        &["签到日历"],
    ),
    // campaigns__lucky_draw
    (
        &[
            "攒了个转盘机会去转一下",
            "我寻思今天运气好抽一把",
            "活动送了一次抽奖机会用掉",
            "大转盘还能转几次转了吧",
            "spin the lucky wheel",
        ],
        &["抽奖"],
    ),
    // campaigns__list_campaigns
    (
        &[
            "最近银行有啥优惠活动",
            "我寻思刷卡有没有返钱的活动",
            "开学季有没有啥福利",
            "端午节银行搞啥活动没",
            "what campaigns are on right now",
        ],
        &["正在进行的活动"],
    ),
    // campaigns__join_campaign
    (
        &[
            "那个刷满送礼的活动先报上名",
            "朋友说要先报名才能拿返现",
            "我寻思这个满额有礼要先参加一下",
            "看到个活动报名了才算数",
            "sign me up for that cashback campaign",
        ],
        &["活动报名"],
    ),
    // campaigns__campaign_progress
    (
        &[
            "那个刷卡返现我还差几笔",
            "我寻思达标活动完成了没",
            "这个月的消费任务进度看看",
            "满额送礼还差多少钱",
            "how far am I toward the campaign goal",
        ],
        &["活动进度"],
    ),
    // campaigns__my_prizes
    (
        &[
            "抽中的东西在哪领",
            "我寻思中的那个奖寄出来没",
            "活动奖品有没有发给我",
            "之前中的券还在不在",
            "show the prizes I've won",
        ],
        &["我的奖品"],
    ),
    // coupon_center__available_coupons
    (
        &[
            "今晚请同事吃火锅看看有啥能便宜的",
            "开车路过加油站想省几块油钱",
            "周末带老人逛商场能不能少花点",
            "那个 下午想喝咖啡有没有能白拿的折扣",
            "heading to the cinema, any deals to pick up first",
        ],
        &["可领优惠券"],
    ),
    // coupon_center__claim_coupon
    (
        &[
            "那个满五十减二十的我先拿到手",
            "零点开抢的外卖红包手慢就没了",
            "排队结账前先把那张打折的收进来",
            "同事说早上十点有立减金去抢",
            "snag that discount before it's gone",
        ],
        &["领取优惠券"],
    ),
    // coupon_center__my_coupons
    (
        &[
            "上回抢的那几张打折的收哪了",
            "到收银台了手里有啥能抵的",
            "买单没减钱是不是那张过期了",
            "前几天领的咖啡折扣还能不能用",
            "which discounts did I already grab and are they still valid",
        ],
        &["我的优惠券"],
    ),
    // coupon_center__expiry_reminder
    (
        &[
            "领了一堆打折的回回都忘了用",
            "我这记性券作废了才想起来",
            "快失效的时候给我发个消息呗",
            "上回满减白领了没用上心疼",
            "ping me a day before a discount runs out",
        ],
        &["券到期提醒"],
    ),
    // coupon_center__return_coupon
    (
        &[
            "手一抖领了个外地的用不了",
            "那家奶茶店倒闭了抢的折扣还回去",
            "领错了占了我一个名额咋整",
            "这张我用不上想让给别人",
            "undo a discount I claimed by mistake",
        ],
        &["退回优惠券"],
    ),
    // coupon_center__redeem_code
    (
        &[
            "公司年会发了张纸上面一串字母",
            "客户送了个口令说能换折扣",
            "抽奖中了个码不知道往哪填",
            "短信里那几位数字咋换成优惠",
            "I have a voucher code from an event, where does it go",
        ],
        &["兑换券码"],
    ),
    // points_mall__points_balance
    (
        &[
            "看中个加湿器不知道分够不够",
            "听说积分年底作废我能花的还有多少",
            "老公说他换过东西了我这边还剩多少分",
            "想给孩子换玩具先看看家底",
            "how many points are spendable in the mall",
        ],
        &["查询可用积分"],
    ),
    // points_mall__browse_rewards
    (
        &[
            "积分放着发霉想换点厨房用的",
            "快过节了用积分换啥年货好",
            "给爸妈挑点积分能换的保健品",
            "闲着逛逛积分能换的新东西",
            "browse what the points store has now",
        ],
        &["积分好礼"],
    ),
    // points_mall__redeem_reward
    (
        &[
            "那个空气炸锅分够了直接下单",
            "挑好了积分换张加油卡",
            "积分换两张电影票这周末去看",
            "就那个床上四件套寄到家",
            "order that item with my points now",
        ],
        &["积分兑换"],
    ),
    // points_mall__points_plus_cash
    (
        &[
            "想要的那个电动牙刷积分差点",
            "分只够付一半剩下刷卡",
            "贴几十块钱把那个锅换下来",
            "积分不够又不想等攒够",
            "points don't cover it, pay the rest by card",
        ],
        &["积分+现金购"],
    ),
    // points_mall__redeem_airmiles
    (
        &[
            "过年回老家机票想用积分抵",
            "里程卡上差两千积分来凑",
            "出差坐飞机多想把分变里程",
            "带孩子出去玩想换张免费机票",
            "move bank points over to my frequent flyer account",
        ],
        &["积分兑换航空里程"],
    ),
    // points_mall__redeem_phone_credit
    (
        &[
            "老爸手机停机了拿积分给他充上",
            "这月流量超了话费不够积分顶一下",
            "分不多换不了大件就冲话费",
            "学生党没钱交话费有积分",
            "use points to top up a mobile number",
        ],
        &["积分兑话费"],
    ),
    // points_mall__redemption_history
    (
        &[
            "上个月积分换的那个锅咋还没到",
            "积分换的视频会员激活码找不着了",
            "去年积分都换了些啥想回顾",
            "换的东西快递单号多少",
            "where is the stuff I got with points",
        ],
        &["兑换记录"],
    ),
    // gift_card__buy_card
    (
        &[
            "客户过生日不知道送啥就送张卡",
            "教师节想给班主任表点心意",
            "公司年会抽奖要买几张购物卡当奖品",
            "闺蜜结婚不好送现金送张电子卡吧",
            "buy an e-gift card as a present",
        ],
        &["购买礼品卡"],
    ),
    // gift_card__send_card
    (
        &[
            "手里那张购物卡用不上给婆婆吧",
            "同事帮了忙把闲着的电子卡送他",
            "外甥考上大学把卡转给他当红包",
            "买了卡还没用想直接发给朋友手机上",
            "pass my unused e-card to my sister",
        ],
        &["赠送礼品卡"],
    ),
    // gift_card__bind_card
    (
        &[
            "过节单位发了张塑料的超市卡",
            "刮开背面有串密码想放手机里用",
            "亲戚送了张实体购物卡怕弄丢",
            "收到张卡想扫码付款时用",
            "put the physical store card into the app",
        ],
        &["绑定礼品卡"],
    ),
    // gift_card__card_balance
    (
        &[
            "周末去超市购物卡还够买多少",
            "那张卡放了一年不知道过期没",
            "别人送的卡用了两次还剩多少",
            "结账前看看卡里钱够不够",
            "what's left on my gift card and when it expires",
        ],
        &["礼品卡余额"],
    ),
    // gift_card__card_transactions
    (
        &[
            "购物卡里钱少了谁用的",
            "老婆拿我的卡去超市买了些啥",
            "想对一下礼品卡上次扣了多少",
            "卡里钱不对想一笔笔看",
            "list what was spent on my gift card",
        ],
        &["礼品卡消费记录"],
    ),
    // gift_card__withdraw_gift
    (
        &[
            "发卡的时候手机号输错了",
            "送出去的卡对方说不要了想收回",
            "三天了朋友都没领那张卡",
            "发错给了前同事想拿回来",
            "my friend never claimed it, pull the e-card back",
        ],
        &["撤回赠送"],
    ),
    // charity__list_projects
    (
        &[
            "孩子生日想带他一起做点好事",
            "看了山区留守儿童的视频想帮帮",
            "退休了闲着想为社会出点力看看有啥",
            "家里狗走了想帮帮流浪动物",
            "what causes can I support through the bank",
        ],
        &["公益项目列表"],
    ),
    // charity__project_progress
    (
        &[
            "前年捐给乡村图书馆的建好没",
            "想看看捐的钱到底花在哪了",
            "网上说善款被挪用我有点担心",
            "捐过的那个水窖项目后来咋样了",
            "how has the money I gave been used",
        ],
        &["项目进展公示"],
    ),
    // charity__donate
    (
        &[
            "看到新闻里的泥石流想马上出份力",
            "同事孩子生了大病项目在这儿",
            "单位号召献爱心我也出一点",
            "刷到一个助残项目想帮一把",
            "give once to that appeal right now",
        ],
        &["捐款"],
    ),
    // charity__set_monthly_donation
    (
        &[
            "想长期资助一个贫困学生每月给点",
            "每个月发工资顺手捐一点",
            "一次捐不多想细水长流",
            "想每月定期帮孤寡老人",
            "set up a monthly gift to a charity",
        ],
        &["开通月捐"],
    ),
    // charity__cancel_monthly_donation
    (
        &[
            "最近手头紧每月那点爱心款先停",
            "孩子要上学了每月的捐款停一停",
            "每个月自动划走做公益的先断了",
            "换个项目支持原来那个每月的停掉",
            "stop the charity money leaving each month",
        ],
        &["取消月捐"],
    ),
    // charity__donation_history
    (
        &[
            "年底想看看今年一共捐了多少",
            "孩子写作文问我捐过哪些地方",
            "单位评先进要报捐款情况",
            "这些年做公益的钱加一块多少",
            "list all my donations so far",
        ],
        &["我的捐款记录"],
    ),
    // charity__donation_receipt
    (
        &[
            "个税APP里想扣除捐款要凭证",
            "公司捐了款财务要正规票据入账",
            "捐完了想要张能抵税的单子",
            "汇算清缴要捐赠的正式收据",
            "official receipt for my donation for tax",
        ],
        &["申请捐赠票据"],
    ),
    // remit_abroad__send_remittance
    (
        &[
            "闺女在英国读研下学期学费要交了",
            "国外供应商催货款要电汇过去",
            "在德国的儿子租房押金不够",
            "给在泰国养老的爸妈打生活费",
            "wire tuition to the university abroad",
        ],
        &["境外汇款"],
    ),
    // remit_abroad__fee_estimate
    (
        &[
            "还没汇想知道寄钱到澳洲要扣多少",
            "往美国汇一笔钱加上电报费得多少",
            "想比比汇一次和分两次哪个省",
            "汇学费之前先算要准备多少人民币",
            "estimate fees before wiring money overseas",
        ],
        &["汇款费用试算"],
    ),
    // remit_abroad__track_remittance
    (
        &[
            "汇给学校的钱三天了对方说没收到",
            "国外卖家说款还没到帐",
            "汇出去的钱是不是被退回来了",
            "那笔电汇现在走到哪家银行了",
            "where is the money I wired abroad",
        ],
        &["汇款进度查询"],
    ),
    // remit_abroad__list_inbound
    (
        &[
            "在迪拜打工的老公说寄钱回来了",
            "国外出版社说稿费打过来了",
            "海外的亲戚给孩子汇了压岁钱",
            "外国客户说尾款付了我看看",
            "did any money arrive from overseas for me",
        ],
        &["汇入汇款查询"],
    ),
    // remit_abroad__claim_inbound
    (
        &[
            "短信说有笔境外来款要我确认用途",
            "国外汇来的钱卡在银行不进卡",
            "收外汇要填个说明才给入账",
            "海外工资寄回来了要申报一下",
            "confirm the incoming foreign money so it's credited",
        ],
        &["汇入款项入账申报"],
    ),
    // remit_abroad__fx_quota
    (
        &[
            "今年给孩子换了几次美元还能换多少",
            "出国前想知道还有多少换汇的份",
            "一年五万的份我用了多少了",
            "买外汇被提示额度不足看看",
            "how much of my yearly FX allowance is left",
        ],
        &["结售汇额度查询"],
    ),
    // remit_abroad__saved_beneficiaries
    (
        &[
            "上回汇学费的那个学校账户找出来",
            "孩子国外的账号存过没有",
            "海外收款人的银行代码以前填过",
            "之前汇过的外国账户都有哪些",
            "show the overseas accounts I saved before",
        ],
        &["境外收款人管理"],
    ),
    // fx_cash__branches
    (
        &[
            "住的这片哪个网点能约到港币",
            "出差在外地哪家营业厅有欧元现金",
            "小县城里能不能约到日元",
            "公司楼下那个网点能取美元吗",
            "which branch near me can supply foreign notes",
        ],
        &["可预约网点"],
    ),
    // fx_cash__book
    (
        &[
            "月底带孩子去韩国玩路边摊只收现金",
            "去非洲援建那边刷不了卡要现金美元",
            "出国留学落地要先付出租车钱",
            "婚礼在泰国办要给人包泰铢红包",
            "reserve some foreign banknotes to pick up",
        ],
        &["预约取外币现钞"],
    ),
    // fx_cash__bookings
    (
        &[
            "约的英镑到底哪天能拿",
            "不记得约在哪个营业厅取外币",
            "约的外币钞票备好了没",
            "老公帮我约的港币是几号的",
            "show my foreign cash reservations",
        ],
        &["我的现钞预约"],
    ),
    // fx_cash__reschedule
    (
        &[
            "约的那天孩子要打疫苗去不了换一天",
            "签证晚了出发推迟取外币往后挪",
            "搬家了取外币换到新家附近的网点",
            "那天下大暴雨去不了改个日子",
            "move my foreign cash pickup to another day",
        ],
        &["修改现钞预约"],
    ),
    // fx_cash__cancel
    (
        &[
            "老板说出差取消了外币不用拿了",
            "改报旅行团全程刷卡不要现钞了",
            "孩子生病出不了国约的外币不要了",
            "行程黄了约好的日元退掉吧",
            "I'm not travelling anymore, drop the cash booking",
        ],
        &["取消现钞预约"],
    ),
    // fx_cash__currencies
    (
        &[
            "要去埃及不知道能不能换到当地钱",
            "去墨西哥银行有没有比索现金",
            "给孩子出国带零花想要小面额的",
            "去俄罗斯玩能换到卢布吗",
            "which currencies and notes can I get",
        ],
        &["可兑换币种"],
    ),
];
