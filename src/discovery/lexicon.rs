//! A concept lexicon of the domain: the everyday words people use for the things a bank's
//! app and its life-service partners deal in, mapped to the words catalogues use for them
//! (停机 / 没话费 → 话费充值; 断网 → 宽带 故障报修; 罚单 → 交通违法; 钱包丢了 → 挂失).
//! A request that says the need, not the function ("the card is gone", "the kid spent
//! money in a game"), then meets the actions that serve it.
//!
//! Written concept by concept from the kinds of programs a bank app carries (accounts,
//! cards, loans, deposits, wealth, FX, insurance, utilities, telecom, government and
//! vehicle services, travel, shopping, health, education, home services): general
//! vocabulary of the domain, not phrases of particular requests. Applied to the query
//! only, at a lower weight than the request's own words ([`super::index`]), so that it
//! adds candidates and never outweighs what the request literally says.
//!
//! A trigger with Chinese characters matches as a substring of the request (robust to
//! segmentation); `a+b` needs both parts, `a*b` a then b within four characters. A Latin
//! trigger matches when all its (stemmed) words are in the request.

use std::sync::LazyLock;

use super::text::{Analyzed, analyze};

/// (everyday words, catalogue words they mean)
const CONCEPTS: &[(&[&str], &[&str])] = &[
    // ---- telecom ----
    (
        &[
            "停机",
            "没话费",
            "话费不够",
            "欠费",
            "手机费",
            "手机没钱",
            "充话费",
            "交话费",
            "缴话费",
            "手机号充",
            "phone credit",
            "phone bill",
            "mobile credit",
            "prepaid phone",
        ],
        &["话费", "话费充值", "话费余额"],
    ),
    (
        &[
            "流量不够",
            "流量用完",
            "没流量",
            "流量超",
            "上网流量",
            "流量快",
            "mobile data",
            "data plan",
            "run out of data",
            "data left",
        ],
        &["流量", "流量包", "套餐余量"],
    ),
    (&["移动", "china mobile", "cmcc"], &["中国移动"]),
    (&["联通", "unicom"], &["中国联通"]),
    (&["电信", "telecom"], &["中国电信"]),
    (
        &[
            "套餐太贵",
            "换套餐",
            "改套餐",
            "换个套餐",
            "cheaper plan",
            "change my plan",
        ],
        &["变更套餐"],
    ),
    (
        &[
            "断网",
            "网断",
            "没网",
            "上不了网",
            "网络故障",
            "网坏",
            "连不上网",
            "wifi",
            "wi-fi",
            "internet",
            "网费",
            "光猫",
            "路由器",
            "router",
        ],
        &["宽带", "家庭宽带"],
    ),
    (
        &[
            "断网",
            "网断",
            "没网",
            "上不了网",
            "网络故障",
            "连不上网",
            "internet down",
            "no internet",
        ],
        &["故障报修"],
    ),
    (
        &[
            "网速慢",
            "网太慢",
            "网速太慢",
            "网卡",
            "slow internet",
            "faster internet",
        ],
        &["宽带", "提速"],
    ),
    // ---- utilities and home ----
    (
        &[
            "电费",
            "交电",
            "缴电",
            "电钱",
            "electricity",
            "electric bill",
            "power bill",
        ],
        &["电费", "缴纳电费"],
    ),
    (
        &[
            "停电",
            "没电了",
            "断电",
            "跳闸",
            "power cut",
            "power outage",
            "blackout",
        ],
        &["停电", "停电公告", "电费"],
    ),
    (
        &["用了多少电", "用电多少", "电表", "几度电", "耗电"],
        &["用电量"],
    ),
    (&["水费", "自来水", "water bill"], &["水费", "缴纳水费"]),
    (
        &["停水", "没水", "断水", "water outage", "no water"],
        &["停水通知", "停水公告"],
    ),
    (
        &["水管", "漏水", "爆管", "水压", "burst pipe", "water leak"],
        &["供水报修", "报修"],
    ),
    (&["水表"], &["水表读数", "水表"]),
    (
        &[
            "桶装水",
            "送水",
            "矿泉水",
            "纯净水",
            "饮水机",
            "水票",
            "bottled water",
            "water delivery",
        ],
        &["桶装水", "送水", "水票"],
    ),
    (
        &["燃气", "煤气", "天然气", "gas bill", "natural gas"],
        &["燃气费", "燃气"],
    ),
    (
        &["点火", "通气", "开通燃气", "新房通气"],
        &["开通点火", "燃气"],
    ),
    (
        &["煤气味", "燃气泄漏", "漏气", "燃气灶坏", "gas leak"],
        &["燃气报修", "燃气安检"],
    ),
    (
        &["暖气", "供暖", "取暖", "采暖", "heating", "radiator"],
        &["供暖费", "供暖"],
    ),
    (
        &[
            "暖气不热",
            "不热",
            "冰凉",
            "冰冷",
            "冷",
            "不够暖",
            "室温低",
            "家里冷",
            "太冷了",
            "冻得",
            "not warm",
            "too cold",
        ],
        &["室温不达标报修", "供暖"],
    ),
    (
        &["不在家住", "房子空着", "空置", "没人住", "报停", "vacant"],
        &["供暖报停", "报停"],
    ),
    (
        &[
            "物业",
            "管理费",
            "小区",
            "property fee",
            "property management",
        ],
        &["物业费", "物业"],
    ),
    (
        &[
            "坏了",
            "维修",
            "修一下",
            "报修",
            "漏水",
            "灯不亮",
            "broken",
            "repair",
            "fix",
        ],
        &["报修", "维修"],
    ),
    (
        &[
            "访客",
            "朋友来",
            "来访",
            "门禁",
            "进小区",
            "visitor",
            "guest",
        ],
        &["访客邀请通行"],
    ),
    (
        &["房租", "租金", "交租", "房东", "租房", "rent", "landlord"],
        &["房租", "缴纳房租"],
    ),
    (
        &[
            "退租",
            "不租了",
            "搬走",
            "合同到期",
            "move out",
            "end the lease",
        ],
        &["退租", "申请退租"],
    ),
    (
        &[
            "有线电视",
            "电视费",
            "收视费",
            "机顶盒",
            "电视没信号",
            "cable tv",
            "tv channel",
        ],
        &["有线电视", "收视费"],
    ),
    (
        &[
            "户号",
            "缴费账户",
            "生活缴费",
            "各种账单",
            "水电煤",
            "utility bills",
        ],
        &["缴费户号", "生活缴费"],
    ),
    // ---- vehicles ----
    (
        &[
            "违章",
            "罚单",
            "闯红灯",
            "超速",
            "被拍",
            "压线",
            "违停",
            "乱停",
            "贴条",
            "交通违法",
            "traffic ticket",
            "speeding",
            "traffic fine",
            "parking ticket",
            "red light",
        ],
        &["交通违法", "违法处理", "交通罚款"],
    ),
    (
        &[
            "驾照",
            "驾驶证",
            "driving licence",
            "driver's license",
            "driving license",
        ],
        &["驾驶证"],
    ),
    (
        &["驾照到期", "驾驶证到期", "换驾照", "换驾驶证", "驾照过期"],
        &["驾驶证到期换证"],
    ),
    (
        &["扣了几分", "扣分", "几分", "记分", "12分", "penalty points"],
        &["驾驶证记分查询", "学法减分"],
    ),
    (
        &[
            "年检",
            "年审",
            "验车",
            "车检",
            "审车",
            "annual inspection",
            "mot",
        ],
        &["年检", "车辆年检"],
    ),
    (&["车船税", "车税", "vehicle tax", "road tax"], &["车船税"]),
    (
        &[
            "高速",
            "过路费",
            "收费站",
            "通行费",
            "etc",
            "toll",
            "highway",
            "expressway",
        ],
        &["ETC", "通行费"],
    ),
    (
        &[
            "卖车",
            "车卖了",
            "车卖掉",
            "车已经卖",
            "车子卖",
            "不开车了",
            "报废",
            "sold my car",
            "sold the car",
        ],
        &["注销", "退保", "解除抵押"],
    ),
    (
        &[
            "加油",
            "油价",
            "汽油",
            "柴油",
            "加油站",
            "gas station",
            "fuel",
            "petrol",
            "gasoline",
        ],
        &["加油", "油价", "加油站"],
    ),
    (
        &[
            "充电桩",
            "充电站",
            "电车",
            "新能源",
            "电动车",
            "电动汽车",
            "特斯拉",
            "ev",
            "electric car",
            "charging",
        ],
        &["充电", "充电站", "充电桩"],
    ),
    (
        &["停车", "车位", "停车场", "parking", "car park"],
        &["停车", "停车费", "停车场"],
    ),
    (
        &[
            "车险",
            "车保险",
            "交强险",
            "商业险",
            "车辆保险",
            "car insurance",
            "auto insurance",
        ],
        &["车险", "车险续保"],
    ),
    (
        &[
            "撞车",
            "追尾",
            "刮蹭",
            "车祸",
            "撞了",
            "剐蹭",
            "被撞",
            "出险",
            "car accident",
            "crash",
            "fender bender",
        ],
        &["车险报案", "理赔"],
    ),
    (
        &["车贷", "汽车贷款", "买车贷款", "car loan", "auto loan"],
        &["车贷"],
    ),
    (
        &[
            "租车",
            "自驾",
            "租辆车",
            "rent a car",
            "car hire",
            "car rental",
        ],
        &["租车"],
    ),
    (
        &[
            "打车",
            "叫车",
            "出租车",
            "的士",
            "网约车",
            "滴滴",
            "打个车",
            "taxi",
            "cab",
            "uber",
            "ride",
        ],
        &["打车", "叫车", "车费"],
    ),
    (
        &[
            "落在车上",
            "忘在车上",
            "落车上",
            "丢在车上",
            "left in the taxi",
            "left in the car",
        ],
        &["物品遗失"],
    ),
    // ---- transit and travel ----
    (
        &[
            "公交",
            "地铁",
            "坐车",
            "乘车",
            "交通卡",
            "公交卡",
            "地铁卡",
            "羊城通",
            "一卡通",
            "深圳通",
            "八达通",
            "岭南通",
            "bus",
            "metro",
            "subway",
            "transit",
        ],
        &["公交地铁", "交通卡", "乘车码"],
    ),
    (
        &["火车", "高铁", "动车", "12306", "train", "railway"],
        &["火车票", "车次", "余票"],
    ),
    (
        &[
            "有票",
            "还有票",
            "有票吗",
            "余票",
            "买得到票",
            "tickets left",
            "seats left",
        ],
        &["余票", "查询车次余票", "查询航班机票"],
    ),
    (
        &["晚点", "延误", "准点", "正点", "delayed", "on time"],
        &["正晚点", "航班动态"],
    ),
    (
        &[
            "机票",
            "飞机",
            "航班",
            "坐飞机",
            "飞去",
            "flight",
            "plane",
            "fly",
            "airline",
        ],
        &["机票", "航班"],
    ),
    (
        &[
            "值机",
            "选座",
            "登机牌",
            "check in online",
            "seat selection",
            "boarding pass",
        ],
        &["在线值机", "在线选座"],
    ),
    (
        &["报销", "行程单", "reimburse", "expense claim"],
        &["报销凭证", "发票"],
    ),
    (
        &[
            "汽车票",
            "大巴",
            "客车",
            "长途车",
            "船票",
            "轮渡",
            "渡轮",
            "坐船",
            "ferry",
            "coach",
        ],
        &["汽车票", "船票"],
    ),
    (
        &["酒店", "宾馆", "旅馆", "民宿", "hotel", "hostel"],
        &["酒店", "酒店订单"],
    ),
    (
        &[
            "旅游",
            "旅行",
            "度假",
            "跟团",
            "报团",
            "出游",
            "玩几天",
            "tour",
            "holiday",
            "vacation",
        ],
        &["旅游线路", "度假", "旅行"],
    ),
    (
        &[
            "景点",
            "景区",
            "门票",
            "公园",
            "游乐园",
            "迪士尼",
            "博物馆",
            "scenic",
            "attraction",
            "theme park",
            "museum",
        ],
        &["景区门票", "景点"],
    ),
    (&["签证", "visa", "办签", "签注"], &["签证", "签证办理要求"]),
    (&["护照", "passport"], &["护照", "签证"]),
    (
        &[
            "出国",
            "出境",
            "国外",
            "境外",
            "海外",
            "去日本",
            "去美国",
            "去欧洲",
            "去泰国",
            "去韩国",
            "abroad",
            "overseas",
            "international",
        ],
        &["境外", "外币", "签证", "旅行险"],
    ),
    (
        &[
            "日元",
            "美元",
            "美金",
            "欧元",
            "港币",
            "港元",
            "英镑",
            "泰铢",
            "韩元",
            "澳元",
            "加元",
            "新币",
            "卢布",
            "外币",
            "外汇",
            "换钱",
            "dollars",
            "usd",
            "yen",
            "euro",
            "pound",
            "baht",
            "foreign currency",
        ],
        &["外币", "外汇", "购汇", "外币现钞"],
    ),
    (&["现金", "现钞", "cash"], &["现钞", "取款"]),
    (
        &[
            "汇率",
            "牌价",
            "换多少",
            "能换",
            "exchange rate",
            "rate today",
        ],
        &["汇率", "外汇牌价", "汇率换算"],
    ),
    (
        &[
            "寄钱到国外",
            "打钱到国外",
            "汇到国外",
            "汇款到国外",
            "海外汇款",
            "国际汇款",
            "留学",
            "send money abroad",
            "wire abroad",
            "international transfer",
            "overseas transfer",
        ],
        &["境外汇款", "跨境汇款"],
    ),
    (
        &[
            "国外刷卡",
            "境外刷卡",
            "出国刷卡",
            "国外用卡",
            "海外刷卡",
            "use my card abroad",
        ],
        &["境外用卡开关", "境外用卡"],
    ),
    (&["免税", "duty free", "duty-free", "离岛"], &["免税"]),
    // ---- accounts and cards ----
    (
        &[
            "卡里还有",
            "卡里有多少",
            "还有多少钱",
            "剩多少钱",
            "余额",
            "balance",
            "how much money",
        ],
        &["余额", "查询余额"],
    ),
    (
        &[
            "流水",
            "交易记录",
            "收支明细",
            "账单明细",
            "花了多少",
            "消费记录",
            "statement",
            "transaction history",
            "transactions",
        ],
        &["交易流水", "收支明细", "明细"],
    ),
    (
        &[
            "存款证明",
            "资产证明",
            "资信证明",
            "proof of funds",
            "proof of deposit",
            "bank reference",
        ],
        &["存款证明", "资产证明", "资信证明"],
    ),
    (
        &[
            "收入证明",
            "工资证明",
            "proof of income",
            "income certificate",
        ],
        &["收入证明"],
    ),
    (
        &[
            "工资",
            "薪水",
            "工资条",
            "发工资",
            "薪资",
            "salary",
            "payslip",
            "paycheck",
            "wage",
        ],
        &["工资条", "工资到账"],
    ),
    (
        &[
            "个税",
            "所得税",
            "扣税",
            "交税",
            "缴税",
            "纳税",
            "退税",
            "税",
            "income tax",
            "tax refund",
            "tax return",
        ],
        &["个人所得税", "退税", "纳税"],
    ),
    (
        &[
            "税+孩子",
            "税+子女",
            "税+上学",
            "税+房贷",
            "税+租房",
            "税+老人",
            "税+父母",
            "税+赡养",
            "税+继续教育",
            "税+大病",
            "税+婴幼儿",
            "少扣税",
            "少交税",
            "抵税",
            "专项扣除",
            "tax deduction",
            "deduct+tax",
        ],
        &["专项附加扣除", "填报专项附加扣除"],
    ),
    (
        &[
            "转账",
            "转钱",
            "打钱",
            "汇钱",
            "转给",
            "transfer",
            "send money",
        ],
        &["转账"],
    ),
    (
        &["储蓄卡", "借记卡", "工资卡", "debit card", "bank card"],
        &["借记卡"],
    ),
    (
        &[
            "丢了",
            "丢失",
            "被偷",
            "不见了",
            "找不到",
            "遗失",
            "弄丢",
            "落在",
            "lost",
            "stolen",
            "missing",
        ],
        &["挂失", "冻结"],
    ),
    (
        &[
            "冻结",
            "锁卡",
            "先锁",
            "暂时不用",
            "先停用",
            "freeze",
            "lock",
        ],
        &["临时冻结", "冻结"],
    ),
    (
        &[
            "盗刷",
            "被刷",
            "不是我刷",
            "不是我买",
            "莫名",
            "陌生消费",
            "没刷过",
            "不认识的消费",
            "fraud",
            "unauthorized",
            "didn't make",
        ],
        &["盗刷申报", "交易争议", "拒付"],
    ),
    (
        &[
            "扣了两次",
            "重复扣",
            "扣两次",
            "多扣",
            "扣了两遍",
            "charged twice",
            "double charged",
        ],
        &["重复扣款申诉"],
    ),
    (
        &[
            "补卡",
            "换卡",
            "卡坏",
            "消磁",
            "卡过期",
            "新卡",
            "卡折了",
            "replace my card",
            "card is damaged",
        ],
        &["补换卡"],
    ),
    (
        &[
            "密码忘",
            "忘记密码",
            "忘了密码",
            "密码错",
            "密码锁",
            "reset password",
            "forgot password",
            "forgot my password",
        ],
        &["重置", "密码", "重置交易密码"],
    ),
    (
        &[
            "登录",
            "登陆",
            "换手机",
            "新手机",
            "旧手机",
            "设备",
            "log in",
            "login",
            "device",
        ],
        &["登录设备", "登录"],
    ),
    (
        &["短信", "动账", "到账提醒", "sms", "text alert"],
        &["短信通知", "动账"],
    ),
    (
        &[
            "手机号换了",
            "换号",
            "换手机号",
            "新号码",
            "预留手机",
            "change my phone number",
            "new phone number",
        ],
        &["预留手机号", "修改预留手机号"],
    ),
    (
        &[
            "身份证过期",
            "身份证到期",
            "身份证换",
            "新身份证",
            "证件过期",
            "id card expired",
            "new id card",
        ],
        &["更新身份证件"],
    ),
    (&["新地址", "地址变", "地址改", "address"], &["联系地址"]),
    (
        &[
            "销户",
            "不用这张卡",
            "不想要这张卡",
            "注销账户",
            "close account",
            "close my account",
        ],
        &["销户", "注销"],
    ),
    (
        &[
            "很久没用",
            "好久没用",
            "长期不用",
            "睡眠户",
            "久悬",
            "dormant",
        ],
        &["久悬账户激活"],
    ),
    (
        &[
            "账户被限制",
            "卡被限制",
            "非柜面",
            "限制交易",
            "卡被冻",
            "用不了了",
            "account restricted",
            "account frozen",
        ],
        &["账户限制", "解除限制"],
    ),
    (
        &["二类户", "ii类", "电子账户", "class ii", "e-account"],
        &["II类账户", "II类户"],
    ),
    (
        &[
            "零钱",
            "闲钱",
            "活钱",
            "余额宝",
            "活期理财",
            "idle cash",
            "spare cash",
        ],
        &["活钱宝", "活钱", "转入活钱宝"],
    ),
    (
        &[
            "存定期",
            "存死期",
            "存一年",
            "存三年",
            "存两年",
            "存起来",
            "term deposit",
            "fixed deposit",
            "fixed-term",
        ],
        &["定期存款", "存定期"],
    ),
    (&["利息", "利率", "interest"], &["利率", "利息"]),
    (
        &["大额存单", "certificate of deposit", "large cd"],
        &["大额存单"],
    ),
    (
        &[
            "国债",
            "国库券",
            "treasury",
            "savings bond",
            "government bond",
        ],
        &["国债", "储蓄国债"],
    ),
    (
        &["黄金", "金条", "金价", "金子", "gold"],
        &["积存金", "黄金", "金价", "实物金"],
    ),
    (&["纪念币", "纪念钞", "commemorative coin"], &["纪念币"]),
    (&["基金", "fund"], &["基金"]),
    (
        &[
            "定投",
            "每月自动买",
            "每个月买一点",
            "sip",
            "regular investment",
        ],
        &["定投"],
    ),
    (
        &[
            "股票",
            "炒股",
            "证券",
            "股市",
            "券商",
            "stock",
            "broker",
            "securities",
            "brokerage",
        ],
        &["证券", "银证转账", "银行转证券"],
    ),
    (
        &[
            "风险测评",
            "风险评估",
            "测评",
            "风险等级",
            "风测",
            "risk test",
            "risk profile",
            "risk assessment",
        ],
        &["风险测评", "提交风险测评"],
    ),
    (
        &["测评过期", "测评到期", "重新测评", "assessment expired"],
        &["提交风险测评", "风险测评问卷"],
    ),
    (
        &[
            "理财经理",
            "客户经理",
            "投资顾问",
            "adviser",
            "advisor",
            "relationship manager",
        ],
        &["理财经理"],
    ),
    (
        &[
            "总资产",
            "身家",
            "全部资产",
            "所有资产",
            "net worth",
            "total assets",
        ],
        &["总资产", "资产"],
    ),
    (
        &["保管箱", "保险箱", "safe deposit", "safe box"],
        &["保管箱"],
    ),
    (
        &[
            "卡吞",
            "吞了我的卡",
            "卡没吐",
            "卡没退出来",
            "卡退不出来",
            "卡卡在",
            "不吐卡",
            "卡被机器",
            "swallowed",
            "atm kept",
            "atm took",
        ],
        &["借记卡挂失", "补换卡申请", "吞卡"],
    ),
    (
        &[
            "转错",
            "打错钱",
            "汇错",
            "输错账号",
            "账号填错",
            "转给了别人",
            "wrong account",
            "wrong person",
        ],
        &["转账记录", "在线客服"],
    ),
    (
        &[
            "对方没收到",
            "对方说没收到",
            "对方还没收到",
            "转过去没到",
            "钱转过去",
            "transfer+arriv",
            "payee+not receiv",
        ],
        &["转账记录", "汇款进度查询"],
    ),
    (
        &[
            "付款凭证",
            "转账凭证",
            "转账截图",
            "付过钱",
            "证明+已付",
            "证明+付款",
            "证明+转过",
            "proof of payment",
            "payment proof",
            "payment receipt",
        ],
        &["电子回单"],
    ),
    (
        &[
            "打流水",
            "打印流水",
            "拉流水",
            "开流水",
            "盖章+流水",
            "流水+签证",
            "流水+贷款",
            "流水+盖章",
            "bank statement",
            "stamped statement",
        ],
        &["导出交易流水", "交易流水"],
    ),
    (
        &[
            "资金证明",
            "财力证明",
            "财产证明",
            "签证+证明",
            "签证+存款",
            "留学+证明",
            "担保金",
            "visa+fund",
            "visa+bank",
        ],
        &["存款证明", "开立存款证明"],
    ),
    (
        &[
            "只收不付",
            "只能进不能出",
            "钱取不出来",
            "取不出钱",
            "卡被锁",
            "only receive",
        ],
        &["账户限制", "解除限制"],
    ),
    (
        &[
            "卡被拒",
            "刷卡失败",
            "支付失败",
            "付不了款",
            "付款失败",
            "card declined",
            "payment failed",
            "card was declined",
        ],
        &["卡片状态查询", "账户限制查询", "额度查询"],
    ),
    (
        &[
            "每个月都扣",
            "每月都扣",
            "莫名扣",
            "偷偷扣",
            "一直在扣",
            "不知道是什么扣",
            "不知道什么扣",
            "莫名其妙+扣",
            "recurring charge",
            "keeps charging",
            "keep charging",
        ],
        &["代扣签约查询", "解约代扣", "关闭自动续费"],
    ),
    (
        &[
            "网上支付",
            "关闭网上",
            "不让网上",
            "网购+关",
            "online payments",
            "turn off online",
        ],
        &["关闭网上支付"],
    ),
    (
        &[
            "隐藏余额",
            "别人看到",
            "被别人看",
            "偷看",
            "不想让人看",
            "hide my balance",
            "hide the amount",
        ],
        &["隐藏资产金额", "隐藏账户"],
    ),
    (
        &[
            "给卡起名",
            "卡的名字",
            "备注卡",
            "卡取个名",
            "nickname",
            "rename",
        ],
        &["设置账户别名", "账户别名"],
    ),
    (
        &[
            "钱都花哪",
            "花到哪",
            "花哪了",
            "每个月花多少",
            "月光",
            "开销",
            "开支",
            "spending summary",
            "spending breakdown",
        ],
        &["月度收支分析", "收支分析"],
    ),
    (
        &[
            "营业时间",
            "几点关门",
            "几点开门",
            "银行几点",
            "周末营业",
            "opening hours",
            "open on sunday",
        ],
        &["查找附近网点", "营业时间"],
    ),
    (
        &[
            "取款机",
            "存款机",
            "自助银行",
            "附近+atm",
            "nearest atm",
            "find an atm",
        ],
        &["查找ATM", "ATM"],
    ),
    (
        &[
            "验证码+告诉",
            "验证码+给了",
            "密码泄露",
            "密码被盗",
            "密码被人知道",
            "被盗号",
            "账号被盗",
            "hacked",
            "account compromised",
        ],
        &["紧急冻结网银", "修改登录密码", "登录记录"],
    ),
    (
        &[
            "剩下的美元",
            "剩下的外币",
            "用不完的外币",
            "外币换回",
            "换回人民币",
            "换成人民币",
            "美元+换成",
            "leftover",
            "convert back",
        ],
        &["结汇"],
    ),
    (
        &[
            "带点现金",
            "带现金",
            "带些现金",
            "现金+出国",
            "现金+旅游",
            "现金+出差",
            "当地货币",
            "cash+trip",
            "cash+travel",
            "local currency",
            "foreign cash",
        ],
        &["外币现钞", "预约取外币现钞"],
    ),
    (
        &[
            "外汇额度",
            "换汇额度",
            "五万美元",
            "5万美元",
            "每年能换",
            "fx quota",
            "annual quota",
        ],
        &["购汇额度", "结售汇额度"],
    ),
    (
        &[
            "学费+国外",
            "学费+留学",
            "学费+海外",
            "学费+美国",
            "学费+英国",
            "学费+澳洲",
            "国外+学费",
            "tuition+abroad",
            "overseas tuition",
        ],
        &["境外汇款", "购汇"],
    ),
    (
        &[
            "年收入",
            "一年挣",
            "一年赚",
            "全年收入",
            "收入汇总",
            "annual income",
            "yearly income",
        ],
        &["年度收入汇总"],
    ),
    (
        &[
            "定期+急用",
            "定期+取出",
            "定期+没到期",
            "没到期+取",
            "存单+取出",
            "急用+存款",
            "break the deposit",
            "withdraw early",
        ],
        &["提前支取"],
    ),
    (
        &[
            "定期到期",
            "到期+自动转",
            "到期+续存",
            "自动续存",
            "到期了+存款",
            "存款到期",
            "deposit matures",
            "deposit matured",
        ],
        &["自动转存", "设置自动转存"],
    ),
    (
        &[
            "基金+卖",
            "卖基金",
            "卖掉基金",
            "基金+取出",
            "理财+取出",
            "理财+到期",
            "理财+卖",
            "sell+fund",
            "redeem+fund",
            "redeem+wealth",
        ],
        &["赎回基金", "赎回理财"],
    ),
    (
        &["买不了理财", "买不了基金", "风险等级不够", "等级不够"],
        &["风险测评", "提交风险测评"],
    ),
    (
        &[
            "语音播报",
            "到账播报",
            "收款提示音",
            "收款+语音",
            "播报",
            "voice announcement",
        ],
        &["收款语音播报"],
    ),
    (
        &[
            "退钱给顾客",
            "顾客+退款",
            "客人+退款",
            "给顾客退",
            "refund a customer",
        ],
        &["收款退款"],
    ),
    (
        &[
            "营业款",
            "货款+到账",
            "收的钱+到账",
            "商户+结算",
            "收款+结算",
            "结算+到账",
            "merchant+settlement",
        ],
        &["结算到账查询"],
    ),
    (
        &[
            "信用卡+取现",
            "信用卡里取钱",
            "信用卡+取钱",
            "信用卡+现金",
            "cash advance",
        ],
        &["现金分期"],
    ),
    (
        &[
            "保险+退",
            "保单+退",
            "冷静期",
            "后悔买+保险",
            "不想要+保险",
            "cancel+policy",
        ],
        &["退保"],
    ),
    (
        &[
            "交保费",
            "保费到期",
            "保险+交钱",
            "保单+缴费",
            "保险+断缴",
            "保单+失效",
            "premium due",
            "policy lapse",
        ],
        &["续期缴费"],
    ),
    (
        &[
            "贷款被拒",
            "贷款没批",
            "拒贷",
            "没批下来",
            "审批没过",
            "loan rejected",
            "loan declined",
            "loan refused",
        ],
        &["查询个人信用报告", "征信"],
    ),
    // ---- pension, social insurance, medical insurance, housing fund ----
    (&["养老金", "退休金", "退休工资", "pension"], &["养老金"]),
    (
        &[
            "认证",
            "刷脸",
            "生存认证",
            "资格认证",
            "人脸",
            "face scan",
            "certify",
        ],
        &["养老金资格认证", "刷脸认证"],
    ),
    (
        &[
            "帮他",
            "帮她",
            "替他",
            "替她",
            "代办",
            "给家人",
            "给我爸",
            "给我妈",
            "for my father",
            "for my mother",
            "on behalf",
        ],
        &["家人", "代"],
    ),
    (
        &[
            "社保",
            "五险",
            "养老保险",
            "social insurance",
            "social security",
        ],
        &["社保", "社保缴费"],
    ),
    (&["社保卡", "医保卡", "social security card"], &["社保卡"]),
    (
        &[
            "医保",
            "医疗保险",
            "看病报销",
            "medical insurance",
            "health insurance",
        ],
        &["医保"],
    ),
    (
        &[
            "异地就医",
            "外地看病",
            "在外地看病",
            "外地住院",
            "回老家看病",
            "see a doctor in another city",
        ],
        &["异地就医备案"],
    ),
    (
        &["居民医保", "城乡医保", "新农合", "农村医保"],
        &["城乡居民医保", "居民医保"],
    ),
    (
        &["公积金", "housing fund", "provident fund"],
        &["公积金", "住房公积金"],
    ),
    // ---- loans and credit ----
    (
        &[
            "房贷",
            "按揭",
            "房子贷款",
            "住房贷款",
            "房子的贷款",
            "mortgage",
            "home loan",
        ],
        &["房贷", "个人住房贷款"],
    ),
    (
        &[
            "还清",
            "还完",
            "结清",
            "抵押注销",
            "注销抵押",
            "解押",
            "撤押",
            "paid off",
            "pay off",
        ],
        &["结清证明", "贷款结清证明", "提前结清"],
    ),
    (
        &["月供", "monthly payment", "monthly instalment"],
        &["月供", "还款"],
    ),
    (
        &[
            "提前还",
            "早点还完",
            "提前结清",
            "一次性还",
            "prepay",
            "early repayment",
            "repay early",
            "pay off early",
        ],
        &["提前还款", "提前结清"],
    ),
    (
        &[
            "省多少利息",
            "省多少",
            "利息能省",
            "能省",
            "省下",
            "save interest",
            "how much interest",
            "would i save",
        ],
        &["提前还款试算", "提前还款计算器", "试算"],
    ),
    (
        &[
            "每个月还多少",
            "月供多少",
            "贷款计算",
            "算月供",
            "能贷多少",
            "买得起",
            "afford",
        ],
        &["月供计算", "贷款计算器", "购房能力评估"],
    ),
    (
        &[
            "借钱",
            "借点钱",
            "周转",
            "贷款",
            "缺钱",
            "手头紧",
            "borrow",
            "loan",
        ],
        &["消费贷", "闪电贷", "借款", "贷款"],
    ),
    (
        &[
            "还能借",
            "能借多少",
            "可以借多少",
            "额度还有",
            "how much can i borrow",
        ],
        &["可用额度", "查看可用额度", "额度查询"],
    ),
    (
        &["生意", "做生意", "开店", "店铺", "小店", "进货", "business"],
        &["经营贷", "商户"],
    ),
    (
        &[
            "收款码",
            "收钱",
            "顾客",
            "摆摊",
            "小摊",
            "摊位",
            "merchant",
            "collect payment",
            "accept payment",
        ],
        &["商户收款码", "收款码", "商户收款"],
    ),
    (
        &[
            "付款码",
            "扫码付",
            "扫一扫",
            "付钱码",
            "qr code",
            "pay code",
        ],
        &["付款码", "扫码付款"],
    ),
    (
        &[
            "支付宝",
            "微信支付",
            "财付通",
            "京东支付",
            "美团支付",
            "alipay",
            "wechat pay",
        ],
        &["快捷支付", "解除快捷支付", "代扣"],
    ),
    (
        &[
            "自动扣",
            "代扣",
            "免密",
            "自动扣费",
            "自动扣款",
            "direct debit",
            "automatic deduction",
            "auto debit",
        ],
        &["代扣", "自动扣款", "自动缴费"],
    ),
    (&["助学贷款", "学贷", "student loan"], &["助学贷款"]),
    (&["毕业", "找到工作", "工作单位", "graduat"], &["毕业去向"]),
    (
        &["分期", "分*期", "installment", "instalment", "pay in"],
        &["分期", "消费分期", "账单分期"],
    ),
    (
        &[
            "分期+刷",
            "分期+这笔",
            "分期+买",
            "分期+消费",
            "installment+purchas",
        ],
        &["消费分期"],
    ),
    (
        &[
            "提额",
            "额度太低",
            "额度不够",
            "临时额度",
            "涨额度",
            "加额度",
            "raise my limit",
            "increase my limit",
            "higher limit",
        ],
        &["申请提额", "额度"],
    ),
    (
        &["账单日", "出账日", "billing date", "statement date"],
        &["账单日", "修改账单日"],
    ),
    (
        &[
            "还信用卡",
            "还卡",
            "信用卡还",
            "pay my credit card",
            "card payment due",
        ],
        &["信用卡还款"],
    ),
    (
        &["积分", "points", "reward points", "rewards"],
        &["积分", "积分余额"],
    ),
    (
        &["里程", "航空里程", "miles", "airline miles"],
        &["航空里程"],
    ),
    (
        &["年费", "annual fee"],
        &["年费", "积分抵扣年费", "年费减免"],
    ),
    (
        &["附属卡", "副卡", "给家人办", "supplementary card"],
        &["附属卡"],
    ),
    (
        &["激活", "新卡到了", "收到卡", "卡寄到", "activate"],
        &["激活"],
    ),
    (
        &["零花钱", "生活费", "亲情", "pocket money", "allowance"],
        &["亲情账户", "零花钱"],
    ),
    (
        &["数字人民币", "数币", "e-cny", "ecny", "digital yuan"],
        &["数字人民币"],
    ),
    (&["礼品卡", "购物卡", "储值卡", "gift card"], &["礼品卡"]),
    (
        &[
            "没带卡",
            "忘带卡",
            "不带卡",
            "手机取钱",
            "手机取款",
            "cardless",
            "without my card",
        ],
        &["无卡取款"],
    ),
    (
        &["取钱", "取现", "取点钱", "atm", "withdraw cash"],
        &["取款", "ATM", "取现金"],
    ),
    (
        &[
            "网点",
            "营业厅",
            "柜台",
            "柜面",
            "银行网点",
            "去银行",
            "branch",
        ],
        &["网点", "预约办理业务"],
    ),
    (
        &["排队", "取号", "叫号", "前面还有", "queue"],
        &["排队进度", "取号"],
    ),
    (
        &["客服", "人工", "call me back", "回电", "customer service"],
        &["客服", "在线客服", "预约客服回电"],
    ),
    (&["投诉", "不满意", "态度差", "complain"], &["投诉"]),
    (
        &["手续费", "管理费", "扣了费", "乱扣费", "多收费", "fee"],
        &["费用", "收费", "已扣费用"],
    ),
    (
        &["优惠券", "券", "红包", "coupon", "voucher", "discount"],
        &["优惠券", "券"],
    ),
    (
        &["签到", "打卡", "抽奖", "check in daily", "lucky draw"],
        &["签到", "抽奖"],
    ),
    (
        &[
            "捐款",
            "捐钱",
            "捐赠",
            "慈善",
            "公益",
            "灾区",
            "救灾",
            "洪水",
            "地震",
            "希望工程",
            "donate",
            "charity",
            "relief",
            "flood",
            "earthquake",
            "disaster",
        ],
        &["捐款", "公益", "公益项目"],
    ),
    (
        &[
            "买车+贷款",
            "买车+钱不够",
            "分期买车",
            "买车+分期",
            "贷款买车",
            "car financing",
            "finance a car",
        ],
        &["申请车贷", "车贷计算器"],
    ),
    (
        &["首付", "买房+贷", "买得起房", "down payment"],
        &["购房能力评估", "房贷月供计算"],
    ),
    (
        &[
            "房贷逾期",
            "房贷没还",
            "房贷+扣款失败",
            "房贷+逾期",
            "房贷+忘了",
            "missed+mortgage",
        ],
        &["归还逾期房贷"],
    ),
    (
        &[
            "个体户",
            "个体工商户",
            "营业执照",
            "开公司",
            "小微企业",
            "资金周转",
            "周转不开",
            "sole trader",
            "small business",
        ],
        &["经营贷", "申请经营贷"],
    ),
    (
        &[
            "展期",
            "延期还款",
            "晚点还",
            "推迟还款",
            "缓一缓",
            "还款+延期",
            "defer+repay",
        ],
        &["申请还款展期", "展期"],
    ),
    // ---- shopping and food ----
    (
        &[
            "外卖",
            "叫外卖",
            "点外卖",
            "美团",
            "饿了么",
            "takeout",
            "takeaway",
            "food delivery",
        ],
        &["外卖"],
    ),
    (
        &[
            "还没到",
            "还没送",
            "没送到",
            "太慢了",
            "催一下",
            "催催",
            "一直没来",
            "still not here",
            "hurry",
        ],
        &["催单", "订单跟踪", "配送进度"],
    ),
    (
        &[
            "买菜",
            "生鲜",
            "蔬菜",
            "水果",
            "肉",
            "海鲜",
            "groceries",
            "vegetables",
            "fruit",
        ],
        &["生鲜"],
    ),
    (&["超市", "日用品", "纸巾", "supermarket"], &["超市"]),
    (
        &[
            "咖啡",
            "奶茶",
            "拿铁",
            "星巴克",
            "瑞幸",
            "coffee",
            "latte",
            "bubble tea",
            "milk tea",
        ],
        &["咖啡", "奶茶", "饮品"],
    ),
    (
        &["食堂", "饭卡", "饭堂", "canteen", "cafeteria"],
        &["食堂", "饭卡"],
    ),
    (
        &["学校", "宿舍", "学生卡", "校卡", "campus", "dorm"],
        &["校园卡"],
    ),
    (
        &["老年食堂", "助餐", "老人吃饭", "meals for the elderly"],
        &["社区食堂", "助餐"],
    ),
    (
        &["网购", "淘宝", "京东", "商城", "online shopping"],
        &["商城"],
    ),
    (
        &["退货", "不想要了", "质量问题", "尺码不对", "货不对"],
        &["退货退款", "申请退货退款"],
    ),
    (
        &["到货", "物流", "发货", "快递到哪", "tracking", "shipped"],
        &["物流", "查看物流", "配送进度"],
    ),
    // ---- home services ----
    (
        &[
            "家政",
            "保洁",
            "打扫",
            "搞卫生",
            "大扫除",
            "擦玻璃",
            "钟点工",
            "阿姨",
            "cleaning",
            "cleaner",
            "housekeeper",
        ],
        &["保洁", "家政"],
    ),
    (
        &["保姆", "月嫂", "育儿嫂", "带孩子", "nanny", "babysitter"],
        &["保姆月嫂"],
    ),
    (
        &[
            "老人",
            "老年人",
            "腿脚不便",
            "腿脚不方便",
            "行动不便",
            "上门照顾",
            "助浴",
            "洗澡",
            "陪护",
            "护工",
            "失能",
            "养老院",
            "敬老院",
            "elderly",
            "nursing home",
            "care home",
        ],
        &["养老服务", "居家上门服务", "养老机构"],
    ),
    (
        &[
            "空调",
            "冰箱",
            "洗衣机",
            "热水器",
            "油烟机",
            "家电",
            "电视坏",
            "appliance",
            "air conditioner",
            "fridge",
            "washing machine",
            "water heater",
        ],
        &["家电维修", "上门维修", "家电安装"],
    ),
    (
        &["搬家", "搬新家", "搬东西", "moving", "movers", "move house"],
        &["搬家", "宽带移机"],
    ),
    (
        &["洗衣", "干洗", "洗衣服", "洗鞋", "laundry", "dry clean"],
        &["洗衣"],
    ),
    (
        &[
            "废品",
            "旧衣服",
            "回收",
            "卖废品",
            "纸箱",
            "旧家电",
            "recycle",
        ],
        &["回收", "上门回收"],
    ),
    (
        &[
            "快递",
            "寄东西",
            "寄件",
            "包裹",
            "顺丰",
            "寄个",
            "courier",
            "parcel",
            "shipment",
        ],
        &["快递", "寄快递", "寄件"],
    ),
    (
        &[
            "鲜花",
            "花束",
            "送花",
            "玫瑰",
            "买花",
            "一束花",
            "束花",
            "flowers",
            "bouquet",
        ],
        &["鲜花", "订花送花"],
    ),
    (&["蛋糕", "cake"], &["蛋糕", "订蛋糕"]),
    (
        &[
            "生日",
            "纪念日",
            "情人节",
            "母亲节",
            "birthday",
            "anniversary",
            "valentine",
        ],
        &["鲜花", "蛋糕", "礼品卡"],
    ),
    (
        &[
            "宠物",
            "猫",
            "狗",
            "毛孩子",
            "pet",
            "cat",
            "dog",
            "puppy",
            "kitten",
        ],
        &["宠物"],
    ),
    (
        &[
            "寄养",
            "没人照顾",
            "出远门+猫",
            "出远门+狗",
            "出差+猫",
            "出差+狗",
            "旅游+猫",
            "旅游+狗",
            "没人管",
            "boarding",
            "pet sitter",
        ],
        &["宠物寄养"],
    ),
    (
        &["宠物医院", "兽医", "vet", "猫+病", "狗+病"],
        &["宠物医院"],
    ),
    (
        &["狗+洗澡", "猫+洗澡", "狗+美容", "猫+美容", "grooming"],
        &["洗护美容"],
    ),
    (
        &["养狗", "狗证", "犬证", "dog licence", "dog license"],
        &["养犬登记"],
    ),
    (
        &[
            "健身",
            "健身房",
            "撸铁",
            "瑜伽",
            "普拉提",
            "私教",
            "gym",
            "fitness",
            "yoga",
        ],
        &["健身", "会员卡", "团课"],
    ),
    (
        &[
            "羽毛球",
            "篮球",
            "网球",
            "乒乓球",
            "足球",
            "游泳",
            "场馆",
            "打球",
            "球场",
            "badminton",
            "tennis",
            "basketball",
            "football",
            "court",
        ],
        &["运动场馆", "场地"],
    ),
    // ---- entertainment ----
    (
        &[
            "电影", "看片", "片子", "大片", "影院", "影城", "movie", "film", "cinema",
        ],
        &["电影票", "影院"],
    ),
    (
        &[
            "演唱会",
            "音乐会",
            "话剧",
            "演出",
            "音乐节",
            "concert",
            "musical",
            "gig",
        ],
        &["演出", "演出票"],
    ),
    (&["爱奇艺", "iqiyi"], &["爱奇艺会员"]),
    (&["腾讯视频", "tencent video"], &["腾讯视频会员"]),
    (
        &["听歌", "音乐", "网易云", "qq音乐", "music", "spotify"],
        &["音乐会员"],
    ),
    (&["追剧", "看剧", "视频会员", "vip"], &["会员", "视频会员"]),
    (
        &[
            "自动续费",
            "连续包月",
            "每个月自动扣",
            "auto-renew",
            "auto renew",
            "subscription",
        ],
        &["自动续费", "连续包月"],
    ),
    (
        &[
            "游戏", "王者", "原神", "点券", "钻石", "q币", "game", "gaming",
        ],
        &["游戏充值"],
    ),
    (
        &[
            "未成年",
            "孩子+游戏",
            "小孩+游戏",
            "儿子+游戏",
            "女儿+游戏",
            "kid+game",
            "child+game",
            "son+game",
            "daughter+game",
            "minor",
        ],
        &["未成年人充值退款", "退款"],
    ),
    // ---- health ----
    (
        &[
            "药",
            "感冒",
            "发烧",
            "处方",
            "medicine",
            "drug",
            "pharmacy",
            "prescription",
        ],
        &["买药", "药品"],
    ),
    (
        &["吃药提醒", "按时吃药", "忘记吃药", "remind me to take"],
        &["用药提醒"],
    ),
    (
        &[
            "看病",
            "挂号",
            "医院",
            "看医生",
            "专家号",
            "门诊",
            "doctor",
            "hospital",
        ],
        &["预约挂号", "医院"],
    ),
    (
        &[
            "问诊",
            "线上看病",
            "网上看病",
            "问医生",
            "咨询医生",
            "online doctor",
            "video consultation",
        ],
        &["在线问诊"],
    ),
    (
        &[
            "牙", "洗牙", "补牙", "拔牙", "智齿", "矫正", "dentist", "dental", "teeth", "tooth",
        ],
        &["口腔", "口腔门诊"],
    ),
    (
        &[
            "体检",
            "checkup",
            "check-up",
            "physical exam",
            "medical exam",
        ],
        &["体检"],
    ),
    (
        &[
            "疫苗",
            "打针",
            "接种",
            "vaccine",
            "vaccination",
            "jab",
            "hpv",
            "流感针",
        ],
        &["疫苗", "接种"],
    ),
    (
        &[
            "化验",
            "检查结果",
            "验血",
            "ct",
            "b超",
            "x光",
            "片子出来",
            "test results",
            "lab results",
            "scan results",
        ],
        &["检查检验报告", "报告"],
    ),
    (
        &[
            "住院",
            "出院",
            "押金+医院",
            "inpatient",
            "hospitalised",
            "hospitalized",
        ],
        &["住院", "住院预交金"],
    ),
    // ---- education ----
    (
        &[
            "学费",
            "学杂费",
            "住宿费",
            "书本费",
            "教材费",
            "下学期",
            "开学",
            "tuition",
            "school fees",
            "term fees",
        ],
        &["学费", "缴纳学费"],
    ),
    (
        &[
            "幼儿园",
            "托儿所",
            "托班",
            "kindergarten",
            "nursery",
            "preschool",
        ],
        &["幼儿园"],
    ),
    (
        &[
            "培训",
            "补习",
            "辅导班",
            "兴趣班",
            "网课",
            "课程",
            "学钢琴",
            "学英语",
            "tutoring",
            "course",
        ],
        &["培训课程", "课程"],
    ),
    (
        &[
            "考试",
            "报名",
            "准考证",
            "成绩",
            "四六级",
            "考研",
            "教资",
            "考证",
            "exam",
        ],
        &["考试报名", "考试"],
    ),
    (
        &[
            "图书馆",
            "借书",
            "还书",
            "借的书",
            "library",
            "borrowed book",
        ],
        &["图书馆", "借阅"],
    ),
    // ---- government and life events ----
    (
        &["结婚", "领证", "结婚证", "marry", "marriage", "wedding"],
        &["婚姻登记", "结婚登记"],
    ),
    (&["离婚", "divorce"], &["离婚登记"]),
    (
        &[
            "房价",
            "房子值",
            "房子估价",
            "估值",
            "值多少钱",
            "home value",
            "house worth",
            "property value",
        ],
        &["房屋估价", "估值"],
    ),
    (
        &[
            "征信",
            "信用报告",
            "信用记录",
            "credit report",
            "credit score",
            "credit history",
        ],
        &["征信", "信用报告"],
    ),
    (
        &["逾期+证明", "非恶意", "逾期记录", "不小心逾期"],
        &["非恶意逾期证明"],
    ),
    // ---- insurance ----
    (
        &[
            "意外险",
            "重疾险",
            "医疗险",
            "寿险",
            "买保险",
            "买个保险",
            "buy insurance",
        ],
        &["保险产品", "投保"],
    ),
    (
        &["旅行险", "旅游险", "出行保险", "travel insurance"],
        &["旅行险"],
    ),
    (&["航班延误", "飞机延误", "flight delay"], &["航班延误险"]),
    (&["理赔", "报销+保险", "claim"], &["理赔", "申请理赔"]),
    // ---- situations: the need behind a request, by the service that meets it ----
    (
        &[
            "每笔都想知道",
            "钱到没到",
            "到账没",
            "到账了没",
            "动了钱",
            "有人动",
            "money comes in",
        ],
        &["动账通知", "到账提醒", "短信通知"],
    ),
    (
        &[
            "好几张卡",
            "所有的卡",
            "哪些卡",
            "卡太多",
            "all my accounts",
            "all my cards",
        ],
        &["我的账户列表", "账户"],
    ),
    (
        &[
            "开户行",
            "联行号",
            "swift",
            "支行名",
            "bank branch name",
            "routing",
        ],
        &["账户信息与开户行"],
    ),
    (
        &[
            "转不了账",
            "转不出去",
            "不能转账",
            "交易受限",
            "被限额",
            "can't transfer",
        ],
        &["账户限制查询", "解除限制"],
    ),
    (
        &[
            "赚了多少",
            "亏了多少",
            "收益",
            "亏钱",
            "赚钱",
            "earnings",
            "returns",
            "profit",
        ],
        &["收益明细", "收益"],
    ),
    (
        &[
            "大额取现",
            "取5万",
            "取10万",
            "取几万",
            "取大额",
            "取一大笔",
            "large withdrawal",
        ],
        &["预约办理业务", "网点"],
    ),
    (
        &[
            "不制冷",
            "不冷了",
            "不转了",
            "不出热水",
            "不加热",
            "打不着火",
            "没反应",
            "stopped working",
            "not cooling",
        ],
        &["预约上门维修", "报修", "维修"],
    ),
    (
        &[
            "新买的空调",
            "新买的热水器",
            "装空调",
            "装热水器",
            "装一下",
            "安装",
            "install",
        ],
        &["预约家电安装", "安装"],
    ),
    (&["保修", "过保", "保修期", "warranty"], &["查询保修期"]),
    (
        &["新房装网", "装宽带", "装个网", "拉网线", "新装"],
        &["预约新装宽带"],
    ),
    (&["网要到期", "宽带到期", "宽带快到期"], &["宽带续费"]),
    (
        &[
            "保险快到期",
            "保险到期",
            "续保",
            "renew my insurance",
            "insurance expires",
        ],
        &["续保", "车险续保报价", "续期缴费"],
    ),
    (
        &[
            "押金没退",
            "押金还没退",
            "押金退",
            "deposit back",
            "deposit refund",
        ],
        &["押金退还进度", "退桶押金"],
    ),
    (
        &[
            "还不起",
            "还不上",
            "钱不够还",
            "一次还不完",
            "压力大",
            "can't afford to repay",
            "can't pay it all",
        ],
        &["账单分期", "分期"],
    ),
    (
        &["积分快过期", "积分过期", "积分要作废", "points expire"],
        &["积分兑换", "积分"],
    ),
    (
        &["钱放着", "钱闲着", "放着不动", "躺在卡里", "sitting idle"],
        &["活钱宝", "转入活钱宝", "理财"],
    ),
    (
        &["装修", "买家具", "买家电", "办婚礼", "renovation"],
        &["消费贷", "分期"],
    ),
    (
        &[
            "这期要还",
            "要还多少",
            "这个月还多少",
            "本期",
            "how much do i owe",
        ],
        &["本期账单", "查询本期账单"],
    ),
    (
        &[
            "刚刷的",
            "还没出账",
            "未出账",
            "最近刷的",
            "recent purchases",
        ],
        &["未出账单交易"],
    ),
    (
        &["额度不够用", "额度用完", "刷爆", "maxed out"],
        &["申请提额", "额度"],
    ),
    (
        &[
            "总忘记还",
            "老忘了还",
            "忘记还款",
            "每个月自动还",
            "auto repay",
            "autopay",
        ],
        &["自动还款", "设置自动还款"],
    ),
    (
        &["发工资那天", "工资日", "还款日", "due date"],
        &["修改账单日", "账单日"],
    ),
    (
        &[
            "买房前",
            "贷款前",
            "查查信用",
            "信用好不好",
            "有没有逾期",
            "credit check",
        ],
        &["查询个人信用报告", "征信"],
    ),
    (
        &[
            "不是我的逾期",
            "征信有错",
            "征信不对",
            "记录有误",
            "wrong record",
            "error in my credit",
        ],
        &["征信异议申请", "异议"],
    ),
    (
        &["吞卡", "卡被吞", "atm吞", "ate my card"],
        &["补换卡申请", "借记卡"],
    ),
    (
        &["寄东西", "寄给", "发个快递", "寄回", "send a parcel"],
        &["寄快递"],
    ),
    (
        &[
            "快递丢了",
            "快递坏了",
            "摔坏",
            "破损",
            "包裹丢",
            "parcel lost",
            "damaged parcel",
        ],
        &["快递理赔", "理赔"],
    ),
    (
        &["小额账户管理费", "账户管理费", "小额管理费", "管理费+卡"],
        &["免收小额账户管理费"],
    ),
    (&["出差", "business trip"], &["机票", "火车票", "酒店"]),
    (
        &[
            "行程变了",
            "改时间",
            "改期",
            "改签",
            "换个时间",
            "推迟",
            "提前一天",
            "reschedule",
            "change the date",
        ],
        &["改期", "改签", "改约", "修改"],
    ),
    (
        &[
            "不去了",
            "去不了",
            "去不成",
            "临时有事",
            "can't go",
            "can't make it",
        ],
        &["退票", "取消"],
    ),
    (
        &["饿了", "不想做饭", "懒得做饭", "hungry"],
        &["外卖", "外卖下单"],
    ),
    (
        &["送错", "漏送", "洒了", "少送", "餐有问题", "wrong order"],
        &["外卖申请退款", "退款"],
    ),
    (
        &["受伤", "怀孕", "出差一个月", "暂时去不了", "injured"],
        &["会员卡停卡", "停卡"],
    ),
    (
        &["单位体检", "入职体检", "爸妈体检", "父母体检", "体检报告"],
        &["体检", "购买体检套餐", "查看体检报告"],
    ),
    (
        &[
            "卖房",
            "买房",
            "二手房",
            "房子能卖",
            "sell my flat",
            "sell my house",
        ],
        &["房屋估价", "房价走势"],
    ),
    (
        &[
            "换城市",
            "调到外地",
            "换工作去",
            "去外地工作",
            "离职回老家",
            "relocat",
        ],
        &["公积金异地转移", "异地转移"],
    ),
    (
        &[
            "租房+公积金",
            "交房租+公积金",
            "公积金+房租",
            "rent+provident",
        ],
        &["租房提取公积金"],
    ),
    (
        &["买房+公积金", "公积金+贷多少", "公积金+能贷"],
        &["公积金贷款额度测算"],
    ),
    (
        &[
            "退税",
            "多交了税",
            "年度汇算",
            "汇算清缴",
            "tax refund",
            "tax return",
        ],
        &["办理年度汇算", "查询退税进度"],
    ),
    (
        &["住院押金", "押金不够", "预交金", "住院费"],
        &["缴纳住院预交金", "住院预交金"],
    ),
    (&["出院", "discharge"], &["出院结算"]),
    (
        &["病历", "病案", "复印病历", "medical records"],
        &["病案复印邮寄"],
    ),
    (
        &["孩子请假", "孩子生病没去", "没去幼儿园", "请了假", "伙食费"],
        &["请假并退伙食费"],
    ),
    (
        &["结婚证丢", "结婚证找不到", "补结婚证"],
        &["预约补领结婚证"],
    ),
    (&["外地看病", "异地", "回老家+看病"], &["异地就医备案"]),
    (
        &[
            "灵活就业",
            "自由职业",
            "辞职了",
            "离职了",
            "没单位",
            "freelanc",
            "self-employed",
        ],
        &["社保", "缴纳社保费", "城乡居民社保缴费"],
    ),
    (
        &[
            "给爸妈交医保",
            "给父母交医保",
            "替家人交",
            "帮家人交",
            "给孩子交医保",
            "for my family",
        ],
        &["为家人代缴医保", "代缴"],
    ),
    (
        &[
            "孩子留学",
            "留学生活费",
            "在国外读书",
            "国外上学",
            "study abroad",
        ],
        &["境外汇款", "跨境汇款"],
    ),
    (
        &[
            "国外汇给我",
            "国外打钱给我",
            "收到国外",
            "国外的钱",
            "incoming remittance",
            "from abroad",
        ],
        &["汇入汇款查询", "汇入款项入账申报"],
    ),
    (
        &[
            "贵重物品",
            "首饰",
            "房产证",
            "重要文件",
            "金条放",
            "valuables",
            "jewelry",
            "jewellery",
        ],
        &["保管箱", "申请租用保管箱"],
    ),
    (
        &[
            "手机丢",
            "手机被偷",
            "手机不见",
            "lost my phone",
            "phone stolen",
        ],
        &["紧急冻结网银", "解绑设备", "登录设备管理"],
    ),
    (
        &["被骗", "诈骗", "骗子", "上当", "scam", "scammed"],
        &["紧急冻结网银", "临时冻结", "盗刷申报"],
    ),
    (
        &[
            "陌生设备",
            "别人登录",
            "异地登录",
            "有人登",
            "someone logged",
        ],
        &["登录记录", "登录设备管理"],
    ),
    (
        &["宝宝", "婴儿", "新生儿", "小孩打针", "孩子打针", "baby"],
        &["疫苗", "儿童免疫规划程序", "预约接种"],
    ),
    (
        &["回老家", "春节回家", "过年回家", "回家的票", "go home for"],
        &["火车票", "机票", "汽车票"],
    ),
    (
        &[
            "钱转给",
            "打给朋友",
            "还朋友钱",
            "给朋友",
            "pay back a friend",
        ],
        &["转账给他人", "转账"],
    ),
    (
        &["只知道手机号", "用手机号转", "by phone number"],
        &["手机号转账"],
    ),
    (
        &[
            "每个月+给+转",
            "每月+转",
            "定时转",
            "到时候自动转",
            "scheduled transfer",
        ],
        &["预约转账"],
    ),
    (
        &["自己的卡之间", "转到我另一张", "自己账户", "between my own"],
        &["本人账户互转"],
    ),
    (
        &["考完", "分数", "出分", "考得怎么样", "exam results"],
        &["查询考试成绩"],
    ),
    (
        &["忘了还书", "书超期", "逾期费", "overdue"],
        &["缴纳逾期费", "续借图书"],
    ),
    (&["自习", "占座", "study room"], &["预约自习座位"]),
    (
        &[
            "住院+保险",
            "手术+保险",
            "保险+报销",
            "保险+能报",
            "保险能赔",
            "insurance+hospital",
        ],
        &["申请理赔", "理赔"],
    ),
    (
        &[
            "老婆+信用卡",
            "老公+信用卡",
            "家人+信用卡",
            "孩子+信用卡",
            "爸妈+信用卡",
            "card for my wife",
            "card for my husband",
        ],
        &["附属卡", "申请附属卡"],
    ),
    (
        &[
            "攒钱",
            "存钱",
            "存点钱",
            "强制储蓄",
            "每月存",
            "save money",
            "savings",
        ],
        &["定期存款", "定投", "积存金", "存款"],
    ),
    (
        &["退休后", "养老规划", "为养老", "老了以后", "retirement"],
        &["个人养老金", "养老金"],
    ),
    (
        &["冰箱空", "家里没菜", "没菜了", "买点菜", "做饭"],
        &["生鲜", "超市"],
    ),
    (
        &["没水喝", "喝的水", "水喝完", "drinking water"],
        &["桶装水", "订桶装水"],
    ),
    (
        &["带孩子玩", "周末去哪", "出去玩", "去哪玩", "day out"],
        &["景区门票", "旅游线路", "电影票"],
    ),
    (
        &["减肥", "锻炼", "运动", "长胖", "work out", "exercise"],
        &["健身", "运动场馆"],
    ),
    (
        &[
            "不舒服",
            "头疼",
            "头痛",
            "咳嗽",
            "生病",
            "病了",
            "发烧",
            "拉肚子",
            "肚子疼",
            "sick",
            "fever",
            "ill",
        ],
        &["预约挂号", "在线问诊", "买药"],
    ),
    (
        &[
            "奖金",
            "年终奖",
            "多了一笔钱",
            "有笔钱",
            "一笔闲钱",
            "bonus",
            "windfall",
        ],
        &["理财", "定期存款", "大额存单"],
    ),
    (
        &["保值", "避险", "通胀", "inflation", "hedge"],
        &["积存金", "黄金"],
    ),
    (
        &["中奖", "奖品", "抽中", "won a prize"],
        &["我的奖品", "抽奖"],
    ),
    (
        &[
            "工资到了",
            "工资到没",
            "发工资了吗",
            "工资没到",
            "工资到账",
            "salary arrived",
            "been paid",
        ],
        &["工资到账记录"],
    ),
    (&["上幼儿园", "入园", "幼儿园报名"], &["入园报名"]),
    (
        &[
            "没带公交卡",
            "忘带公交卡",
            "扫码坐车",
            "扫码乘车",
            "手机坐车",
        ],
        &["乘车码", "开通乘车码"],
    ),
    (
        &[
            "多扣+地铁",
            "多扣+公交",
            "扣错+乘车",
            "扣错+地铁",
            "扣了+地铁",
            "overcharged+metro",
        ],
        &["乘车扣费申诉"],
    ),
    (
        &["八十岁", "80岁", "九十岁", "90岁", "高龄", "老人补贴"],
        &["高龄津贴"],
    ),
    (
        &["摔倒", "出事了", "紧急情况", "emergency contact"],
        &["设置紧急联系人"],
    ),
    (
        &["开票", "开售", "抢票", "on sale"],
        &["开售提醒", "候补购票"],
    ),
    (
        &["买不到票", "没票了", "抢不到", "sold out"],
        &["候补购票", "开售提醒"],
    ),
    (
        &["乘车人", "帮别人买票", "给爸妈买票", "观演人", "passenger"],
        &["添加常用乘车人", "添加观演人"],
    ),
    (
        &["捐衣服", "旧衣", "不穿的衣服", "old clothes"],
        &["旧衣捐赠回收"],
    ),
    (
        &["没带医保卡", "忘带医保卡", "医保卡没带", "电子医保"],
        &["出示医保码", "激活医保电子凭证"],
    ),
    (
        &[
            "医保+家人",
            "医保+老婆",
            "医保+老公",
            "医保+孩子",
            "医保+爸妈",
            "共济",
        ],
        &["绑定家庭共济", "家庭共济"],
    ),
    (&["医保药店", "能用医保", "定点"], &["定点医药机构查询"]),
    (
        &["看完病交钱", "医院交钱", "看病交费", "诊费", "检查费"],
        &["门诊缴费"],
    ),
    (
        &["发票", "开票", "票据", "invoice", "receipt"],
        &["发票", "电子票据", "凭证"],
    ),
    (
        &["换工作", "职业", "单位变了", "new job", "occupation"],
        &["更新职业信息"],
    ),
    (
        &["税收居民", "海外纳税", "tax resident"],
        &["税收居民身份声明"],
    ),
    (
        &[
            "登录密码",
            "登不上",
            "登录不了",
            "进不去app",
            "can't log in",
        ],
        &["修改登录密码", "重置"],
    ),
    (
        &["指纹", "面容", "face id", "刷脸登录", "fingerprint"],
        &["指纹/面容登录"],
    ),
    (
        &[
            "转账限额",
            "转不了那么多",
            "限额太低",
            "限额",
            "limit too low",
            "transfer limit",
        ],
        &["设置转账限额", "设置交易限额", "限额"],
    ),
    (
        &["默认+卡", "换一张卡付", "用另一张卡", "default card"],
        &["设置默认付款卡"],
    ),
    (&["积分+话费", "积分换话费"], &["积分兑话费"]),
    (
        &["卖金子", "金子卖", "回收黄金", "黄金回购", "sell gold"],
        &["贵金属回购", "卖出积存金"],
    ),
    (
        &[
            "急用钱",
            "急需用钱",
            "着急用钱",
            "等钱用",
            "urgently need money",
            "need cash fast",
        ],
        &["借款", "提前支取", "快速转出"],
    ),
    (
        &["收款人", "payee", "recipient"],
        &["常用收款人", "境外收款人管理"],
    ),
    (
        &["利率调整", "lpr", "重定价", "利率下调", "降息", "rate cut"],
        &["LPR重定价日设置", "最新LPR利率"],
    ),
    (
        &[
            "扣款卡",
            "换扣款",
            "工资卡换了",
            "换了工资卡",
            "换了张卡",
            "new bank card",
        ],
        &["变更还款账户", "变更车贷扣款卡", "更换绑定卡"],
    ),
    (
        &[
            "逾期",
            "忘了还",
            "没还上",
            "扣款失败",
            "没扣上",
            "missed a payment",
            "overdue payment",
        ],
        &["逾期", "还款", "归还"],
    ),
    (
        &[
            "没钱了",
            "卡里没钱",
            "余额不足",
            "钱不够",
            "刷不出来",
            "刷不了",
            "not enough money",
            "insufficient balance",
            "ran out of money",
        ],
        &["充值", "余额"],
    ),
    // ---- people: who the request is for ----
    (
        &[
            "我爸",
            "我妈",
            "爸爸",
            "妈妈",
            "父母",
            "爸妈",
            "老爸",
            "老妈",
            "老婆",
            "老公",
            "媳妇",
            "爱人",
            "儿子",
            "女儿",
            "闺女",
            "孩子",
            "小孩",
            "爷爷",
            "奶奶",
            "外公",
            "外婆",
            "姥姥",
            "姥爷",
            "家里人",
            "family",
            "parents",
            "mother",
            "father",
            "mum",
            "mom",
            "dad",
            "wife",
            "husband",
            "son",
            "daughter",
        ],
        &["家人"],
    ),
    (
        &[
            "孩子", "小孩", "儿子", "女儿", "闺女", "娃", "kid", "child", "children",
        ],
        &["子女", "儿童", "学生"],
    ),
];

/// The Chinese words of the lexicon and of the verb table, for the segmenter's
/// dictionary: a domain word jieba does not know (车贷, 解绑, 停机) is otherwise cut
/// across (还车贷月供 → 还车 / 贷月供) and meets neither the request nor the lexicon.
pub fn domain_words() -> impl Iterator<Item = &'static str> {
    let lexicon = CONCEPTS
        .iter()
        .flat_map(|(triggers, means)| triggers.iter().chain(means.iter()))
        .flat_map(|t| t.split(['+', ' ', '/']));
    let verbs = super::verbs::CLASSES
        .iter()
        .flat_map(|(_, words)| words.iter().copied());
    lexicon.chain(verbs).filter(|w| {
        let n = w.chars().count();
        (2..=3).contains(&n) && w.chars().all(|c| c as u32 >= 0x3400)
    })
}

/// One concept: its triggers, each a list of parts that must all occur.
struct Concept {
    cjk: Vec<Vec<String>>,
    latin: Vec<Vec<String>>,
    expansion: Analyzed,
}

static LEXICON: LazyLock<Vec<Concept>> = LazyLock::new(|| {
    CONCEPTS
        .iter()
        .map(|(triggers, means)| {
            let mut cjk = Vec::new();
            let mut latin = Vec::new();
            for t in *triggers {
                if t.chars().any(|c| c as u32 >= 0x3400) {
                    cjk.push(t.split('+').map(|s| s.to_lowercase()).collect());
                } else {
                    let words: Vec<String> = t.split('+').flat_map(|p| analyze(p).words).collect();
                    if !words.is_empty() {
                        latin.push(words);
                    }
                }
            }
            let mut expansion = Analyzed::default();
            for m in *means {
                let a = analyze(m);
                expansion.words.extend(a.words);
                expansion.grams.extend(a.grams);
            }
            Concept {
                cjk,
                latin,
                expansion,
            }
        })
        .collect()
});

/// Loads the lexicon (analysed once) ahead of the first query.
pub fn warm() {
    LazyLock::force(&LEXICON);
}

/// Does a trigger part occur in the text? `a*b`: a, then b within four characters
/// (分*期 is 分12期, 分个6期, 分成三期).
fn occurs(text: &str, part: &str) -> bool {
    let Some((a, b)) = part.split_once('*') else {
        return text.contains(part);
    };
    text.match_indices(a).any(|(i, _)| {
        let rest = &text[i + a.len()..];
        rest.char_indices()
            .take(5)
            .any(|(j, _)| rest[j..].starts_with(b))
    })
}

/// What the request means in the catalogue's words: the expansions of every concept it
/// triggers, without the tokens the request already has.
pub fn expand(query: &str, q: &Analyzed) -> Analyzed {
    let text = query.to_lowercase();
    // Most triggers start with a character the request does not have: one look-up
    // rules them out.
    let chars: std::collections::HashSet<char> = text.chars().collect();
    let may_occur = |p: &str| p.chars().next().is_some_and(|c| chars.contains(&c));
    let mut out = Analyzed::default();
    for c in LEXICON.iter() {
        let hit = c
            .cjk
            .iter()
            .any(|parts| parts.iter().all(|p| may_occur(p) && occurs(&text, p)))
            || c.latin
                .iter()
                .any(|parts| parts.iter().all(|p| q.words.contains(p)));
        if !hit {
            continue;
        }
        for w in &c.expansion.words {
            if !q.words.contains(w) && !out.words.contains(w) {
                out.words.push(w.clone());
            }
        }
        for g in &c.expansion.grams {
            if !q.grams.contains(g) && !out.grams.contains(g) {
                out.grams.push(g.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_words_reach_the_catalogue_words() {
        let q = "手机快停机了";
        let x = expand(q, &analyze(q));
        assert!(x.words.contains(&"话费".to_string()), "{x:?}");
        let q = "got a speeding ticket";
        let x = expand(q, &analyze(q));
        assert!(x.grams.contains(&"违法".to_string()), "{x:?}");
        // Both parts of a conjunctive trigger are needed.
        let q = "孩子上学";
        assert!(!expand(q, &analyze(q)).words.iter().any(|w| w == "专项"));
    }
}
