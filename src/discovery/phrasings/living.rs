//! Phrasings of travel, shopping, health, education and entertainment.

/// (what a user says, catalogue words for what serves it)
pub const CONCEPTS: &[super::Concept] = &[
    // campus_card__get_balance
    (
        &[
            "饭卡+还剩",
            "饭卡+还有多少",
            "饭卡+余额",
            "校园卡+还剩",
            "一卡通+还剩",
            "一卡通+还有多少",
            "meal card+balance",
            "campus card+balance",
            "meal card+left",
        ],
        &["查询校园卡余额", "一卡通余额"],
    ),
    // campus_card__get_balance, campus_card__top_up
    (
        &[
            "待领取+饭卡",
            "待领取+校园卡",
            "待领取+一卡通",
            "圈存机",
            "饭卡+没到账",
            "校园卡+没到账",
            "一卡通+没到账",
            "campus card+not arrived",
        ],
        &["待领取", "terminal", "圈存"],
    ),
    // campus_card__top_up
    (
        &[
            "冲饭卡",
            "充饭卡",
            "校园卡+冲值",
            "一卡通+冲值",
            "饭卡+打钱",
            "饭卡+转点",
            "饭卡+充点",
            "校园卡+充点",
            "top up+meal card",
            "load+campus card",
            "put money+meal card",
        ],
        &["校园卡充值", "一卡通充值"],
    ),
    // campus_card__transactions
    (
        &[
            "饭卡+流水",
            "饭卡+账单",
            "饭卡+都花",
            "饭卡+扣了",
            "校园卡+扣了",
            "一卡通+扣了",
            "洗澡+扣钱",
            "食堂+花了多少",
            "饭卡+记录",
            "campus card+spending",
            "meal card+history",
        ],
        &["校园卡消费明细", "消费明细"],
    ),
    // campus_card__report_lost
    (
        &[
            "饭卡+掉了",
            "饭卡+不见了",
            "校园卡+掉了",
            "一卡通+掉了",
            "校园卡+不见了",
            "饭卡+被人刷",
            "饭卡+挂失",
            "一卡通+挂失",
            "lost+meal card",
            "lost+student card",
        ],
        &["校园卡挂失", "Report the campus card lost"],
    ),
    // campus_card__cancel_lost
    (
        &[
            "饭卡+解挂",
            "饭卡+又找到",
            "饭卡+找回来",
            "校园卡+解除挂失",
            "一卡通+解除挂失",
            "饭卡+恢复",
            "found+meal card",
            "meal card+unfreeze",
        ],
        &["校园卡解挂", "Unfreeze a found campus card"],
    ),
    // campus_card__cancel_auto_topup
    (
        &[
            "自动圈存+取消",
            "饭卡+别自动",
            "饭卡+取消自动",
            "校园卡+取消自动",
            "一卡通+取消自动",
            "饭卡+不要自动",
            "stop+auto+meal card",
            "cancel+auto+campus card",
        ],
        &["取消自动充值", "Cancel automatic top-up"],
    ),
    // campus_card__pay_dorm_power
    (
        &[
            "宿舍+买电",
            "寝室+买电",
            "宿舍+电不够",
            "宿舍+没电费",
            "寝室+没电费",
            "宿舍+点费",
            "寝室+点费",
            "宿舍+电卡",
            "dorm+buy electricity",
            "dorm room+power",
        ],
        &["宿舍电费充值", "宿舍电费"],
    ),
    // coach_ferry__search_schedules
    (
        &[
            "大巴+几点",
            "长途汽车+几点",
            "客车+几点",
            "大巴+时刻表",
            "轮渡+时刻表",
            "轮渡+几点",
            "汽车票+还有没有",
            "船票+还有没有",
            "coach+timetable",
            "ferry+timetable",
            "ferry+times",
            "coach+times",
        ],
        &["查询汽车船班次", "班次查询", "departures"],
    ),
    // coach_ferry__buy_ticket
    (
        &[
            "车客渡",
            "开车+上船",
            "带车+过海",
            "汽车+上船",
            "car+on+ferry",
            "take+car+ferry",
            "book+coach ticket",
            "book+ferry ticket",
        ],
        &["购买汽车票船票", "vehicle plate", "车客渡"],
    ),
    // coach_ferry__refund_ticket
    (
        &[
            "船票+不要了",
            "汽车票+不要了",
            "大巴+不坐了",
            "coach ticket+refund",
            "ferry ticket+refund",
        ],
        &["汽车票船票退票"],
    ),
    // coach_ferry__my_tickets
    (
        &[
            "船票+二维码",
            "汽车票+二维码",
            "大巴+检票口",
            "汽车票+检票口",
            "船票+检票",
            "我买的+船票",
            "我买的+汽车票",
            "ferry+ticket code",
            "coach+boarding gate",
        ],
        &["我的汽车票船票", "ticket code", "boarding gate"],
    ),
    // coach_ferry__ferry_weather
    (
        &[
            "海况",
            "风浪+轮渡",
            "复航",
            "轮渡+恢复",
            "停航+到什么时候",
            "ferry+resume",
            "ferry+fog",
            "ferry+wind",
        ],
        &["航线停航公告", "停航", "resumption"],
    ),
    // coffee_tea__nearby_stores
    (
        &[
            "奶茶店+排队",
            "咖啡店+排队",
            "咖啡店+几点",
            "奶茶店+几点",
            "星巴克+在哪",
            "瑞幸+在哪",
            "喜茶+在哪",
            "coffee shop+open",
            "queue+coffee",
            "tea shop+near",
        ],
        &["附近门店", "排队", "opening hours"],
    ),
    // coffee_tea__menu
    (
        &[
            "奶茶+有啥口味",
            "奶茶+菜单",
            "咖啡+菜单",
            "奶茶+新品",
            "咖啡+新品",
            "奶茶+价目",
            "咖啡+价目",
            "咖啡+有哪些",
            "奶茶+有哪些",
            "coffee+menu",
            "drinks+menu",
            "tea+menu",
        ],
        &["查看菜单", "Store menu"],
    ),
    // coffee_tea__place_order
    (
        &[
            "咖啡+送到",
            "奶茶+送到",
            "奶茶+外送",
            "咖啡+外送",
            "奶茶+带走",
            "咖啡+自取",
            "奶茶+自取",
            "deliver+coffee",
            "coffee+pick up",
            "coffee+to go",
        ],
        &["点单下单", "Order drinks", "到店自取"],
    ),
    // coffee_tea__pickup_code
    (
        &[
            "咖啡+做好",
            "奶茶+做好",
            "饮品+做好",
            "取杯",
            "取餐+几号",
            "drink+pick up+number",
            "coffee+ready",
        ],
        &["取餐码", "Pickup code"],
    ),
    // coffee_tea__cancel_order
    (
        &[
            "奶茶+不要了",
            "咖啡+不要了",
            "奶茶+点错",
            "咖啡+点错",
            "取消+奶茶",
            "取消+咖啡",
            "奶茶+退掉",
            "cancel+coffee",
            "cancel+drink",
            "cancel+tea order",
        ],
        &["取消饮品订单"],
    ),
    // coffee_tea__buy_coupon_pack
    (
        &[
            "咖啡+十杯",
            "咖啡+多买几杯",
            "咖啡+套餐券",
            "stock up+coffee",
            "coffee+pack",
            "coffees+discount",
        ],
        &["购买咖啡券包", "券包"],
    ),
    // dental_clinic__list_clinics
    (
        &[
            "附近+牙科",
            "哪家+牙科",
            "牙科诊所",
            "口腔医院+附近",
            "附近+口腔",
            "牙科+推荐",
            "dentist+near",
            "dental clinic+near",
            "good+dentist",
        ],
        &["附近口腔门诊", "Find dental clinics"],
    ),
    // dental_clinic__book_cleaning
    (
        &[
            "洁牙",
            "洁治",
            "烟渍",
            "牙齿+清洁",
            "teeth+scaling",
            "teeth+stained",
        ],
        &["预约洗牙", "洗牙"],
    ),
    // dental_clinic__book_consultation
    (
        &[
            "乳牙",
            "看牙",
            "loose tooth",
            "chipped tooth",
            "sensitive teeth",
            "crooked teeth",
        ],
        &["预约口腔面诊", "面诊", "Book a dental consultation"],
    ),
    // dental_clinic__list_bookings
    (
        &[
            "牙科+约的",
            "洗牙+约的",
            "洗牙+几点",
            "看牙+哪天",
            "牙科+预约+哪天",
            "dentist+appointment+when",
            "dental+appointment+when",
        ],
        &["我的口腔预约", "My dental bookings"],
    ),
    // dental_clinic__cancel_booking
    (
        &[
            "洗牙+不去了",
            "洗牙+取消",
            "牙科+取消",
            "看牙+去不了",
            "洗牙+去不了",
            "牙科+去不了",
            "cancel+dentist",
            "cancel+dental",
        ],
        &["取消口腔预约", "Cancel a dental booking"],
    ),
    // dental_clinic__pay_installments
    (
        &[
            "种牙+月供",
            "矫正+月付",
            "牙齿+分期付",
            "种牙+太贵",
            "矫正+太贵",
            "braces+monthly",
            "implant+monthly",
            "dental+instalments",
            "dental+installments",
        ],
        &["口腔治疗分期付款", "分期"],
    ),
    // duty_free__search_goods
    (
        &[
            "免税+价格",
            "免税+便宜多少",
            "免税店+有没有",
            "免税+口红",
            "免税+手表",
            "免税+香水",
            "免税+茅台",
            "duty free+price",
            "duty free+perfume",
            "duty free+watch",
        ],
        &["搜索免税商品", "duty-free price"],
    ),
    // duty_free__quota
    (
        &[
            "免税+还能买",
            "免税+限额",
            "免税+10万",
            "免税+十万",
            "离岛+还能买",
            "免税+额度+用了",
            "duty free+allowance",
            "duty free+how much+left",
        ],
        &["免税额度查询", "离岛免税额度"],
    ),
    // duty_free__order_goods
    (
        &[
            "免税+下单",
            "免税+寄回家",
            "免税+邮寄",
            "免税+帮我买",
            "buy+duty free",
            "order+duty free",
        ],
        &["免税下单", "Buy duty-free goods", "邮寄送达"],
    ),
    // duty_free__my_orders
    (
        &[
            "免税+寄到哪",
            "免税+提货点",
            "免税+几点提",
            "免税+买的+到哪",
            "免税+在哪提",
            "免税+提货时间",
            "duty free+order+where",
            "duty free+pickup point",
        ],
        &["免税订单", "Duty-free orders", "pickup point"],
    ),
    // duty_free__change_pickup
    (
        &[
            "免税+改签",
            "免税+改成+邮寄",
            "返岛提货",
            "duty free+flight+changed",
        ],
        &["修改提货信息", "Change pickup details"],
    ),
    // duty_free__cancel_order
    (
        &[
            "免税+不要了",
            "免税+取消",
            "免税+退掉",
            "免税+不买了",
            "cancel+duty free",
            "duty free+refund",
        ],
        &["取消免税订单", "Cancel a duty-free order"],
    ),
    // exam_reg__list_exams
    (
        &[
            "四六级+报名时间",
            "教资+报名时间",
            "报名+什么时候开始",
            "报名+截止",
            "哪些考试+报名",
            "exam+registration+open",
            "exams+sign up+when",
        ],
        &["可报名考试", "报名中", "deadlines"],
    ),
    // exam_reg__register
    (
        &[
            "报考",
            "报四级",
            "报六级",
            "报教资",
            "报普通话",
            "报计算机二级",
            "报个+考试",
            "register+cet",
            "sign up+teacher certificate",
        ],
        &["报名考试", "Register for an exam"],
    ),
    // exam_reg__pay_fee
    (
        &[
            "考试费",
            "考试+交钱",
            "考试+缴费",
            "报名费+没交",
            "exam fee",
            "registration fee+exam",
        ],
        &["缴纳报名费", "报名费"],
    ),
    // exam_reg__admission_ticket
    (
        &[
            "哪个考场",
            "考场+在哪",
            "座位号+考试",
            "考试+在哪个教室",
            "准考证+打印",
            "准考证+下载",
            "exam+seat",
            "exam+room",
            "print+admission ticket",
        ],
        &["打印准考证", "准考证"],
    ),
    // exam_reg__query_score
    (
        &[
            "四级+多少分",
            "六级+多少分",
            "过没过+四级",
            "过没过+六级",
            "考了多少分",
            "教资+过了没",
            "成绩+出了没",
            "did i pass+exam",
        ],
        &["查询考试成绩", "成绩查询"],
    ),
    // express_delivery__my_parcels
    (
        &[
            "待取件",
            "有几个快递",
            "我有快递吗",
            "快递+在驿站",
            "快递+放哪了",
            "快递+放柜",
            "寄出去的+快递",
            "parcels+coming",
            "packages+waiting",
            "parcels+sent",
        ],
        &["我的快递", "取件码"],
    ),
    // express_delivery__track_parcel
    (
        &[
            "快递+不动了",
            "快递+卡在",
            "物流信息+快递",
            "快递+到哪了",
            "运单号",
            "waybill",
            "parcel+scan",
        ],
        &["快递查询", "快递单号"],
    ),
    // express_delivery__address_book
    (
        &[
            "地址+存起来",
            "收件人+保存",
            "新地址+寄件",
            "update+address+courier",
        ],
        &["寄件地址簿", "地址簿"],
    ),
    // express_delivery__file_claim
    (
        &[
            "快递+赔偿",
            "快递+索赔",
            "寄的+丢了",
            "快递+保价",
            "compensation+parcel",
            "claim+parcel",
            "parcel+compensation",
        ],
        &["快递理赔", "理赔"],
    ),
    // express_delivery__quote_shipping
    (
        &[
            "寄到+几天",
            "哪家快递+便宜",
            "快递+哪家便宜",
            "cheapest courier",
            "how long+parcel+take",
        ],
        &["运费估算", "delivery time"],
    ),
    // express_delivery__send_parcel
    (
        &[
            "寄块递",
            "叫个快递",
            "约快递员",
            "寄个顺丰",
            "上门取件",
            "pick up+parcel+home",
            "book+courier",
        ],
        &["寄快递", "上门取件"],
    ),
    // flight_ticket__search_flights
    (
        &[
            "机票+多少钱",
            "机票+便宜",
            "特价机票",
            "往返+机票",
            "直飞",
            "机票+价格",
            "flights+price",
            "cheapest flight",
            "flight+how much",
        ],
        &["查询航班机票", "机票价格"],
    ),
    // flight_ticket__refund_flight
    (
        &[
            "退机票",
            "机票+退掉",
            "航班+不坐了",
            "机票+退票费",
            "机票+退钱",
            "refund+flight",
            "flight+refund",
            "cancel+flight+refund",
        ],
        &["机票退票", "Refund a flight ticket"],
    ),
    // flight_ticket__change_flight
    (
        &[
            "机票+改签",
            "改签+航班",
            "机票+改日期",
            "机票+往后推",
            "机票+提前",
            "rebook+flight",
            "change+flight+date",
        ],
        &["机票改期", "改签"],
    ),
    // flight_ticket__my_trips
    (
        &[
            "我订的+机票",
            "机票+订单",
            "我的+航班",
            "订了哪班",
            "订的+航班",
            "upcoming+flights",
            "my+flights",
            "flight+bookings",
        ],
        &["我的机票订单", "My flight orders"],
    ),
    // flight_ticket__check_in
    (
        &[
            "手机+值机",
            "网上+值机",
            "自助值机",
            "值机+开放",
            "值机+什么时候",
            "check in+online",
            "online check-in",
        ],
        &["在线值机", "值机"],
    ),
    // flowers_cakes__browse_flowers
    (
        &[
            "送什么花",
            "什么花+合适",
            "花篮+开业",
            "花篮+多少钱",
            "what flowers",
            "flowers+funeral",
            "flowers+hospital visit",
        ],
        &["挑选鲜花", "花篮", "Browse flowers"],
    ),
    // flowers_cakes__browse_cakes
    (
        &[
            "几寸+蛋糕",
            "蛋糕+几寸",
            "蛋糕+几磅",
            "蛋糕+尺寸",
            "蛋糕+多大",
            "蛋糕+够几个人",
            "cake+size",
            "cake+inch",
        ],
        &["挑选蛋糕", "Browse cakes"],
    ),
    // flowers_cakes__order_cake
    (
        &[
            "订个蛋糕",
            "订生日蛋糕",
            "蛋糕+写字",
            "蛋糕+写上",
            "蛋糕+蜡烛",
            "生日蛋糕+送到",
            "order+birthday cake",
        ],
        &["订蛋糕", "Order a cake"],
    ),
    // flowers_cakes__order_flowers
    (
        &[
            "匿名+送花",
            "送花+到家",
            "送一束",
            "send+flowers+office",
            "flowers+anonymous",
            "flowers+card message",
        ],
        &["订花送花", "贺卡", "Send flowers"],
    ),
    // flowers_cakes__order_status
    (
        &[
            "蛋糕+收到没",
            "蛋糕+送出了吗",
            "flowers+arrived",
            "flowers+signed for",
        ],
        &["鲜花蛋糕订单", "delivery photo"],
    ),
    // flowers_cakes__cancel_order
    (
        &[
            "蛋糕+不要了",
            "蛋糕+取消",
            "取消+订花",
            "送花+取消",
            "鲜花+取消",
            "cancel+cake",
            "cancel+flowers",
        ],
        &["取消鲜花蛋糕订单"],
    ),
    // flowers_cakes__change_delivery
    (
        &[
            "蛋糕+晚点送",
            "蛋糕+早点送",
            "蛋糕+换地址",
            "flowers+deliver+later",
            "cake+different address",
        ],
        &["修改配送时间", "Change the delivery time"],
    ),
    // food_delivery__search_restaurants
    (
        &[
            "起送",
            "外卖+哪家",
            "外卖+好吃的",
            "配送费+便宜",
            "免配送费+外卖",
            "外卖+有什么",
            "takeaway+nearby",
            "delivers+here",
        ],
        &["搜索附近外卖", "minimum order", "delivery fee"],
    ),
    // food_delivery__urge_order
    (
        &[
            "催一下+外卖",
            "外卖+超时",
            "外卖+怎么还不来",
            "骑手+还不来",
            "chase+rider",
            "rider+late",
        ],
        &["催单", "Hurry up the order"],
    ),
    // food_delivery__red_packets
    (
        &[
            "外卖券",
            "外卖+满减券",
            "外卖+领券",
            "外卖+优惠券",
            "food+coupon",
            "delivery+voucher",
            "takeaway+voucher",
        ],
        &["外卖红包", "红包"],
    ),
    // food_delivery__order_history
    (
        &[
            "上次+外卖",
            "点过的+外卖",
            "外卖+订单号",
            "外卖+历史",
            "外卖+记录",
            "外卖+上回",
            "再点一次",
            "past+takeaway",
            "previous+food order",
            "reorder",
        ],
        &["外卖历史订单", "再来一单"],
    ),
    // fresh_grocery__search_products
    (
        &[
            "车厘子",
            "五花肉",
            "活虾",
            "水果+多少钱一斤",
            "菜价",
            "买点水果",
            "买点肉",
            "fresh+fruit",
            "fresh+fish",
        ],
        &["搜索生鲜商品", "生鲜"],
    ),
    // fresh_grocery__add_to_cart
    (
        &[
            "加购物车",
            "放进购物车",
            "加进购物车",
            "加到购物车",
            "add+to+cart",
            "put+in+cart",
            "add+basket",
        ],
        &["加入购物车", "Add to cart"],
    ),
    // fresh_grocery__checkout
    (
        &[
            "购物车+结算",
            "买菜+结账",
            "购物车+付款",
            "配送时段",
            "送菜+时间",
            "checkout+cart",
            "pay+cart",
            "check out+groceries",
        ],
        &["生鲜下单结算", "配送时段"],
    ),
    // fresh_grocery__quality_refund
    (
        &[
            "斤两+不够",
            "重量+不够",
            "少称",
            "分量+不足",
            "少了+一袋",
            "underweight",
            "short weight",
        ],
        &["生鲜售后退款", "缺斤少两"],
    ),
    // fresh_grocery__cancel_order
    (
        &[
            "买菜+取消",
            "生鲜+取消",
            "买的菜+取消",
            "生鲜+不要了",
            "cancel+grocery",
            "cancel+groceries",
        ],
        &["取消生鲜订单"],
    ),
    // game_topup__search_games
    (
        &[
            "游戏+档位",
            "首充",
            "游戏+哪个区",
            "游戏+充多少",
            "游戏+礼包+多少钱",
            "which server+game",
            "top-up packs",
        ],
        &["搜索游戏", "server", "top-up packs"],
    ),
    // game_topup__topup_game
    (
        &[
            "原石",
            "创世结晶",
            "游戏+冲值",
            "top up+genshin",
            "top up+game account",
        ],
        &["游戏充值", "Top up a game account", "角色ID"],
    ),
    // game_topup__topup_history
    (
        &[
            "游戏+充了多少",
            "游戏+没到账",
            "充值记录+游戏",
            "钻石+没到",
            "点券+没到",
            "q币+没到",
            "游戏+充过",
            "game+top up+not arrived",
            "game+top-up+history",
        ],
        &["游戏充值记录", "到账"],
    ),
    // gym__list_plans
    (
        &[
            "健身卡+多少钱",
            "健身房+多少钱",
            "健身房+怎么收费",
            "健身+月卡",
            "健身+次卡+多少",
            "gym+cost",
            "gym+price",
            "gym+membership+price",
        ],
        &["会员卡价格", "Membership plans"],
    ),
    // gym__buy_membership
    (
        &[
            "办张健身卡",
            "健身卡+续一年",
            "健身卡+续上",
            "健身卡+续个",
            "办卡+健身房",
            "join+gym",
            "sign up+gym",
            "renew+gym",
        ],
        &["购买健身会员卡", "办卡", "续卡"],
    ),
    // gym__membership_info
    (
        &[
            "健身卡+到期",
            "健身卡+还剩",
            "次卡+还剩",
            "健身卡+还有几天",
            "健身卡+几次",
            "gym+membership+expire",
            "visits+left+gym",
        ],
        &["我的会员卡", "remaining visits"],
    ),
    // gym__book_class
    (
        &[
            "上节+团课",
            "约节课+健身",
            "book+yoga",
            "book+spin",
            "book+hiit",
        ],
        &["预约团课", "团课"],
    ),
    // gym__unfreeze_membership
    (
        &[
            "提前复卡",
            "健身卡+解冻",
            "健身卡+提前+恢复",
            "健身卡+重新",
            "gym+unfreeze",
            "gym+back+early",
            "resume+gym membership",
        ],
        &["会员卡复卡", "复卡"],
    ),
    // gym__cancel_auto_renew
    (
        &[
            "健身卡+自动续费",
            "健身房+每月扣",
            "健身房+自动扣",
            "健身卡+自动扣",
            "gym+auto renew",
            "gym+monthly charge",
            "gym+direct debit",
        ],
        &["关闭自动续费", "Turn off auto-renewal"],
    ),
    // health_checkup__list_packages
    (
        &[
            "体检+哪些项目",
            "体检+查什么",
            "体检套餐+推荐",
            "女性+体检",
            "老人+体检",
            "体检+哪个套餐",
            "check-up+packages",
            "check-up+what included",
        ],
        &["体检套餐列表", "体检套餐"],
    ),
    // health_checkup__cancel_checkup
    (
        &[
            "体检+取消",
            "取消+体检",
            "体检预约+取消",
            "cancel+check-up",
            "cancel+checkup",
        ],
        &["取消体检预约", "Cancel a check-up booking"],
    ),
    // health_checkup__refund_package
    (
        &["体检+退钱", "体检+退款", "check-up+money back"],
        &["体检套餐退款", "Refund a check-up package"],
    ),
    // health_checkup__list_checkups
    (
        &[
            "体检+订单",
            "体检+约的哪天",
            "体检+买了",
            "体检+约好了没",
            "my+check-up",
            "check-up+orders",
        ],
        &["我的体检订单", "My check-up orders"],
    ),
    // health_checkup__checkup_report
    (
        &[
            "体检报告+出来没",
            "体检+报告+在哪看",
            "体检+报告+什么时候出",
            "体检+结果+出来",
            "check-up+report",
            "checkup+report",
        ],
        &["查看体检报告", "体检报告"],
    ),
    // hospital_booking__list_doctors
    (
        &[
            "挂号费+多少",
            "医生+出诊",
            "出诊时间",
            "坐诊",
            "医生+哪天上班",
            "doctor+available+when",
            "doctor+schedule+hospital",
        ],
        &["查询医生及号源", "号源", "挂号费"],
    ),
    // hospital_booking__list_appointments
    (
        &[
            "就诊序号",
            "挂的几点",
            "挂的+哪天",
            "我约的+医生",
            "预约+哪天+医院",
            "my+doctor appointments",
            "hospital+appointment+when",
        ],
        &["我的预约记录", "就诊序号"],
    ),
    // hotel__my_bookings
    (
        &[
            "酒店+订单号",
            "确认号+酒店",
            "我订的+酒店",
            "酒店+订了哪",
            "酒店+订好了没",
            "hotel+confirmation number",
            "my+hotel booking",
            "hotel+reservations",
        ],
        &["我的酒店订单", "confirmation number"],
    ),
    // inpatient__deposit_balance
    (
        &[
            "住院+押金+还剩",
            "住院+还剩多少",
            "住院+押金+够不够",
            "预交金+够不够",
            "住院费+用了多少",
            "预交金+还有",
            "hospital deposit+balance",
            "hospital stay+spent",
        ],
        &["查询住院预交金余额", "住院预交金"],
    ),
    // inpatient__topup_deposit
    (
        &[
            "住院+补交",
            "住院+交押金",
            "补押金",
            "病房+催费",
            "住院+欠费",
            "住院押金+不够",
            "预交金+不够",
            "hospital+deposit+top up",
            "ward+asks+pay",
        ],
        &["缴纳住院预交金", "补缴押金"],
    ),
    // inpatient__daily_bill
    (
        &[
            "住院+清单",
            "住院+花在哪",
            "hospital+itemised",
            "daily+hospital+charges",
        ],
        &["住院每日清单", "一日清单"],
    ),
    // inpatient__discharge_settlement
    (
        &[
            "出院+结账",
            "出院+退押金",
            "出院+多退少补",
            "出院+结算",
            "出院+交钱",
            "discharge+bill",
            "hospital+final bill",
        ],
        &["出院结算", "Settle the bill at discharge"],
    ),
    // inpatient__book_admission
    (
        &[
            "住院通知单",
            "排床位",
            "住院+排队",
            "开了住院单",
            "入院+预约",
            "要住院+没床",
            "hospital bed+wait",
            "admission notice",
        ],
        &["预约住院床位", "床位预约", "入院预约"],
    ),
    // inpatient__copy_records
    (
        &[
            "复印+病历",
            "住院病历",
            "病历+邮寄",
            "病历+保险+理赔",
            "medical record+insurance",
        ],
        &["病案复印邮寄", "病历复印"],
    ),
    // iqiyi_vip__plans
    (
        &[
            "爱奇艺+多少钱",
            "爱奇艺会员+价格",
            "爱奇艺+年卡",
            "爱奇艺+套餐",
            "爱奇艺+哪种会员",
            "iqiyi+price",
            "iqiyi+plans",
        ],
        &["爱奇艺会员套餐", "iQIYI plans"],
    ),
    // iqiyi_vip__buy_vip
    (
        &[
            "爱奇艺+开会员",
            "开个爱奇艺",
            "爱奇艺+充会员",
            "爱奇艺+买会员",
            "爱奇异",
            "爱奇艺+看不了",
            "奇艺+会员",
            "iqiyi+vip+buy",
            "iqiyi+membership+buy",
        ],
        &["开通爱奇艺会员", "Buy iQIYI VIP"],
    ),
    // iqiyi_vip__auto_renew
    (
        &[
            "爱奇艺+连续包月",
            "爱奇艺+包月",
            "爱奇艺+每月自动",
            "iqiyi+monthly+subscribe",
        ],
        &["爱奇艺连续包月", "连续包月"],
    ),
    // iqiyi_vip__cancel_auto_renew
    (
        &[
            "爱奇艺+取消自动",
            "爱奇艺+别扣",
            "爱奇艺+扣钱",
            "爱奇艺+一直扣",
            "爱奇艺+关掉",
            "iqiyi+cancel",
            "iqiyi+stop+charging",
        ],
        &["取消爱奇艺自动续费", "Cancel iQIYI auto-renewal"],
    ),
    // iqiyi_vip__membership_status
    (
        &[
            "爱奇艺+到期",
            "爱奇艺+什么时候到期",
            "爱奇艺+会员+还有",
            "爱奇艺+下次扣",
            "iqiyi+expire",
            "iqiyi+membership+status",
        ],
        &["爱奇艺会员状态", "iQIYI membership status"],
    ),
    // iqiyi_vip__upgrade_tier
    (
        &[
            "爱奇艺+投屏",
            "爱奇艺+星钻",
            "电视+看不了+爱奇艺",
            "iqiyi+upgrade",
        ],
        &["爱奇艺会员升级", "白金"],
    ),
    // kindergarten__query_fees
    (
        &[
            "保教费+多少",
            "伙食费+多少",
            "幼儿园+费用",
            "nursery+fees+how much",
        ],
        &["查询幼儿园费用", "Query kindergarten fees"],
    ),
    // kindergarten__pay_fees
    (
        &["幼儿园+交费", "pay+nursery fees", "pay+kindergarten"],
        &["缴纳幼儿园费用", "Pay kindergarten fees"],
    ),
    // kindergarten__payment_history
    (
        &[
            "幼儿园+交过",
            "幼儿园+收据",
            "幼儿园+缴费记录",
            "幼儿园+交了多少",
            "幼儿园+交了没",
            "kindergarten+receipts",
            "kindergarten+paid",
        ],
        &["幼儿园缴费记录", "receipts"],
    ),
    // kindergarten__report_absence
    (
        &[
            "孩子+生病+幼儿园",
            "不去幼儿园",
            "退伙食费",
            "幼儿园+请几天",
            "nursery+off sick",
        ],
        &["请假并退伙食费", "请假"],
    ),
    // kindergarten__notices
    (
        &[
            "幼儿园+公告",
            "kindergarten+holiday",
            "kindergarten+announcement",
        ],
        &["幼儿园通知", "Kindergarten notices"],
    ),
    // library__search_catalog
    (
        &[
            "图书馆+有没有",
            "图书馆+有这本",
            "这本书+图书馆",
            "图书馆+借得到",
            "哪个分馆",
            "library+have+book",
            "library+copy",
        ],
        &["馆藏检索", "馆藏"],
    ),
    // library__renew_loan
    (&["借的书+延期", "keep+book+longer"], &["续借图书", "续借"]),
    // library__reserve_book
    (
        &["预约+借书", "reserve+book", "hold+book+library"],
        &["预约借书", "预借"],
    ),
    // library__cancel_reservation
    (
        &["预约的书+不要了", "预借+取消", "cancel+book reservation"],
        &["取消预约借书", "Cancel a book reservation"],
    ),
    // library__book_seat
    (
        &[
            "自习室",
            "图书馆+座位",
            "图书馆+占座",
            "自习+座位",
            "图书馆+学习",
            "图书馆+自习",
            "reading room+seat",
            "study+seat+library",
        ],
        &["预约自习座位", "自习室座位"],
    ),
    // library__pay_overdue_fine
    (
        &["还书+晚了", "借书+罚款", "overdue+book", "library+fine"],
        &["缴纳逾期费", "逾期费"],
    ),
    // library__apply_reader_card
    (
        &["图书馆+办卡", "图书馆+办证", "借书+要办", "join+library"],
        &["办理读者证", "办证"],
    ),
    // live_shows__search_shows
    (
        &[
            "演唱会+什么时候",
            "演唱会+哪天",
            "演出+这周末",
            "concert+when",
            "broadway",
        ],
        &["搜索演出", "演唱会"],
    ),
    // live_shows__presale_reminder
    (
        &[
            "演唱会+抢票",
            "演出+抢票",
            "开售+提醒",
            "什么时候开售",
            "remind+on sale",
        ],
        &["开售提醒", "预约抢票"],
    ),
    // live_shows__cancel_reminder
    (
        &[
            "开售提醒+取消",
            "取消+开票提醒",
            "开票提醒+不要",
            "不用+提醒+开售",
            "cancel+on-sale reminder",
        ],
        &["取消开售提醒", "Cancel the on-sale reminder"],
    ),
    // live_shows__buy_tickets
    (
        &[
            "演唱会+门票",
            "演唱会+买票",
            "内场",
            "buy+concert tickets",
            "concert+tickets",
        ],
        &["购买演出票", "Buy show tickets"],
    ),
    // live_shows__add_attendee
    (
        &[
            "实名+观演",
            "演唱会+实名",
            "演唱会+身份证",
            "concert+ticket+friend",
        ],
        &["添加观演人", "观演人"],
    ),
    // live_shows__my_tickets
    (
        &[
            "电子票+演唱会",
            "纸质票+演唱会",
            "演唱会票+到哪",
            "演出票+在哪",
            "concert+e-ticket",
            "show tickets+where",
        ],
        &["我的演出票", "e-ticket"],
    ),
    // medical_reports__list_reports
    (
        &[
            "检查报告+出来没",
            "化验单+出了没",
            "检查结果+出来",
            "血常规+结果",
            "化验+结果",
            "b超+结果",
            "ct+结果",
            "lab results+ready",
        ],
        &["查询检查报告列表", "已出"],
    ),
    // medical_reports__view_report
    (
        &[
            "参考范围",
            "检查报告+详细",
            "化验单+内容",
            "test result+high",
            "test result+low",
        ],
        &["查看报告详情", "偏高", "reference range"],
    ),
    // medical_reports__view_images
    (
        &[
            "片子+发给",
            "片子+给医生",
            "云胶片",
            "ct+影像",
            "核磁+影像",
            "影像+给医生",
        ],
        &["查看影像胶片", "云胶片"],
    ),
    // medical_reports__download_report
    (
        &[
            "检查报告+打印",
            "检查报告+pdf",
            "检查报告+盖章",
            "化验单+打印",
            "化验单+pdf",
            "test report+pdf",
            "medical report+pdf",
            "medical report+download",
        ],
        &["下载报告PDF", "PDF"],
    ),
    // medical_reports__subscribe_ready
    (
        &[
            "报告+出了+通知",
            "出报告+提醒",
            "报告+出来+告诉我",
            "报告+出了+提醒",
            "notify+results",
        ],
        &["报告出结果提醒", "出报告提醒"],
    ),
    // medical_reports__unsubscribe_ready
    (
        &[
            "报告+短信+不要",
            "报告+提醒+取消",
            "stop+report+notifications",
        ],
        &["关闭报告提醒", "Turn off report notifications"],
    ),
    // medical_reports__ask_interpretation
    (
        &[
            "检查报告+看不懂",
            "化验单+什么意思",
            "帮我看看+化验单",
            "检查报告+什么意思",
            "报告+严重吗",
            "explain+test results",
            "what+results+mean",
        ],
        &["报告解读咨询", "报告解读"],
    ),
    // movie_tickets__showtimes
    (
        &[
            "电影+几点场",
            "电影+场次",
            "电影+几点",
            "电影院+几点",
            "showtimes",
            "what time+movie",
            "film+times",
        ],
        &["影院排片", "场次"],
    ),
    // movie_tickets__refund_tickets
    (
        &["电影票+退", "电影+不看了", "电影票+不要了", "refund+movie"],
        &["电影票退票", "Refund movie tickets"],
    ),
    // movie_tickets__card_offers
    (
        &[
            "9.9+电影",
            "19元+电影",
            "观影+优惠",
            "特惠观影",
            "电影+便宜",
            "cheap+movie",
        ],
        &["银行卡观影优惠", "特惠观影"],
    ),
    // movie_tickets__now_showing
    (
        &[
            "即将上映",
            "快上映",
            "下周+上映",
            "什么时候上映",
            "coming soon",
            "release date",
        ],
        &["正在热映", "coming soon"],
    ),
    // music_vip__buy_vip
    (
        &["qq音乐+会员", "听歌+要会员", "qq music+vip", "netease+vip"],
        &["开通音乐会员", "音乐会员"],
    ),
    // music_vip__auto_renew
    (
        &[
            "绿钻+包月",
            "黑胶+包月",
            "音乐+连续包月",
            "qq音乐+包月",
            "网易云+包月",
            "music+monthly+subscribe",
        ],
        &["音乐会员连续包月", "Music auto-renewal"],
    ),
    // music_vip__cancel_auto_renew
    (
        &[
            "qq音乐+自动续费",
            "网易云+自动续费",
            "绿钻+取消",
            "黑胶+取消",
            "qq音乐+扣钱",
            "网易云+扣钱",
            "绿钻+一直扣",
            "cancel+music+subscription",
        ],
        &["取消音乐会员续费", "Cancel music auto-renewal"],
    ),
    // music_vip__membership_status
    (
        &[
            "绿钻+到期",
            "黑胶+到期",
            "qq音乐+到期",
            "网易云+到期",
            "music+membership+expire",
        ],
        &["音乐会员状态", "Music membership status"],
    ),
    // music_vip__plans
    (
        &[
            "绿钻+多少钱",
            "黑胶+多少钱",
            "音乐会员+多少钱",
            "联合会员",
            "music+membership+price",
        ],
        &["音乐会员价格", "联合会员"],
    ),
    // online_doctor__find_doctors
    (
        &[
            "网上+找医生",
            "医生+在线",
            "线上+皮肤科",
            "线上+儿科",
            "哪个医生+回复快",
            "find+online doctor",
            "doctor+online+now",
        ],
        &["找医生", "Find an online doctor"],
    ),
    // online_doctor__book_video_call
    (
        &[
            "视频+看病",
            "视频+问诊",
            "电话+问医生",
            "跟医生+视频",
            "医生+打电话",
            "video+doctor",
            "phone+doctor",
            "video call+doctor",
        ],
        &["预约视频问诊", "视频问诊", "电话问诊"],
    ),
    // online_doctor__renew_prescription
    (
        &[
            "续方",
            "开药+复诊",
            "慢病+开药",
            "老毛病+开药",
            "refill+prescription",
        ],
        &["复诊续方", "续方"],
    ),
    // online_doctor__list_consultations
    (
        &[
            "问诊记录",
            "上次+问诊",
            "医生+开的处方",
            "问过的医生",
            "问诊+历史",
            "past+consultations",
            "online+consultation+history",
        ],
        &["我的问诊记录", "My consultations"],
    ),
    // online_mall__search_products
    (
        &[
            "商城+有没有",
            "商城+多少钱",
            "扫地机器人",
            "商城+免息",
            "mall+have",
            "mall+price",
        ],
        &["搜索商品", "Search products"],
    ),
    // online_mall__place_order
    (
        &[
            "商城+下单",
            "商城+一次付清",
            "商城+全款",
            "buy+outright",
            "pay+in full+mall",
        ],
        &["商城下单", "in full"],
    ),
    // online_mall__confirm_receipt
    (
        &[
            "确认收货",
            "商城+签收了",
            "东西+到了+确认",
            "received+goods",
            "confirm+delivery",
        ],
        &["确认收货", "Confirm receipt"],
    ),
    // online_mall__refund_only
    (
        &[
            "一直不发货",
            "没发货+退款",
            "没收到货+退钱",
            "never shipped",
            "not shipped+refund",
        ],
        &["仅退款", "Refund without return"],
    ),
    // online_mall__my_orders
    (
        &[
            "商城+订单",
            "待付款",
            "待发货",
            "待收货",
            "待评价",
            "商城+买过",
            "mall+orders",
            "my+mall orders",
        ],
        &["我的商城订单", "My mall orders"],
    ),
    // online_mall__return_refund
    (
        &[
            "7天无理由",
            "无理由退",
            "no reason+return",
            "return+within 7 days",
        ],
        &["申请退货退款", "七天无理由"],
    ),
    // outpatient_pay__query_unpaid
    (
        &[
            "看病+还要交",
            "医生开的+要交",
            "门诊+没交",
            "医院+要交多少",
            "还有+没交的+医院",
            "hospital+owe",
            "outpatient+unpaid",
        ],
        &["查询门诊待缴费", "待缴费"],
    ),
    // outpatient_pay__pay_fees
    (
        &[
            "不用排队+缴费",
            "医生开了药+交钱",
            "检查+交费",
            "门诊+交钱",
            "开了药+付钱",
            "hospital+pay+queue",
            "pay+hospital+fees",
        ],
        &["门诊缴费", "Pay outpatient fees"],
    ),
    // outpatient_pay__pay_with_insurance
    (
        &[
            "医保卡+看病",
            "医保+结算+门诊",
            "医保电子凭证",
            "走医保",
            "pay+medical insurance",
            "use+medical insurance",
        ],
        &["医保在线结算", "医保个人账户", "Pay with medical insurance"],
    ),
    // outpatient_pay__get_einvoice
    (
        &[
            "医疗发票",
            "电子票据+医院",
            "门诊+发票",
            "看病+票据",
            "medical+receipt",
            "hospital+invoice",
        ],
        &["获取医疗电子票据", "医疗电子票据"],
    ),
    // outpatient_pay__request_refund
    (
        &["门诊+退费", "不做了+检查", "refund+unused+medicine"],
        &["申请门诊退费", "退费"],
    ),
    // pharmacy__search_drugs
    (
        &[
            "有没有+这个药",
            "处方药+能买",
            "非处方",
            "药店+有没有",
            "什么药+管用",
            "medicine+price",
        ],
        &["搜索药品", "药品"],
    ),
    // pharmacy__upload_prescription
    (
        &[
            "处方+上传",
            "审方",
            "买处方药",
            "处方药+怎么买",
            "医生开的单子+买药",
            "upload+prescription",
            "prescription+photo",
        ],
        &["上传处方审方", "处方"],
    ),
    // pharmacy__list_orders
    (
        &[
            "买药+订单",
            "买过的药",
            "上次买的药",
            "买药+记录",
            "pharmacy+orders",
            "medicine+orders",
        ],
        &["我的买药订单", "My pharmacy orders"],
    ),
    // pharmacy__cancel_order
    (
        &[
            "买药+取消",
            "取消+买药",
            "cancel+medicine order",
            "cancel+pharmacy",
        ],
        &["取消买药订单", "Cancel a medicine order"],
    ),
    // scenic_tickets__refund_ticket
    (
        &[
            "景区+退票",
            "门票+退掉",
            "景点+去不了",
            "门票+退钱",
            "景区+不去了",
            "refund+attraction",
            "park+tickets+refund",
        ],
        &["门票退票", "Refund attraction tickets"],
    ),
    // scenic_tickets__my_tickets
    (
        &[
            "景区+二维码",
            "我买的+门票",
            "门票+在哪看",
            "entry+qr code",
            "attraction+tickets+mine",
        ],
        &["我的门票", "入园码"],
    ),
    // scenic_tickets__annual_pass
    (
        &[
            "年卡+公园",
            "年票+公园",
            "年票+景区",
            "公园年卡",
            "游乐园+年卡",
            "景区+年卡",
            "动物园+年卡",
            "year pass",
        ],
        &["办理景区年卡", "年卡"],
    ),
    // scenic_tickets__buy_ticket
    (
        &[
            "儿童票+景区",
            "学生票+景区",
            "老人票+景区",
            "半价票+景区",
            "景区+门票+多少",
            "child ticket+park",
            "senior+ticket+park",
        ],
        &["购买景区门票", "门票"],
    ),
    // sports_venue__search_venues
    (
        &[
            "羽毛球馆",
            "篮球场+附近",
            "游泳馆+附近",
            "网球场+附近",
            "哪里+打羽毛球",
            "哪里+打篮球",
            "哪里+游泳",
            "where+play+badminton",
            "swimming pool+near",
            "sports+venue+near",
        ],
        &["搜索运动场馆", "运动场馆"],
    ),
    // sports_venue__court_availability
    (
        &[
            "羽毛球+还有场",
            "球场+空着",
            "场地+空着",
            "球场+有没有空",
            "场地+还有没有",
            "几点+有场",
            "free+court",
            "court+available",
        ],
        &["查询空闲场地", "场地余量"],
    ),
    // sports_venue__book_court
    (
        &["订个场", "订场", "book+badminton", "book+tennis"],
        &["预订场地", "Book a court"],
    ),
    // sports_venue__cancel_booking
    (
        &[
            "场地+取消",
            "羽毛球+不打了",
            "订的场+取消",
            "cancel+court",
            "cancel+badminton",
        ],
        &["取消场地预订", "Cancel a court booking"],
    ),
    // sports_venue__list_bookings
    (
        &[
            "入场码",
            "订的+场地",
            "场地+订单",
            "订了+几号场",
            "my+court bookings",
            "court+entry code",
        ],
        &["我的场地订单", "入场码"],
    ),
    // supermarket__place_order
    (
        &[
            "超市+送货",
            "超市+送到家",
            "超市+自提",
            "超市+下单",
            "supermarket+delivery",
            "supermarket+pick up",
        ],
        &["超市下单", "到店自提"],
    ),
    // supermarket__order_status
    (
        &[
            "超市+到哪",
            "超市+送到了没",
            "超市+可以取了",
            "超市+订单+状态",
            "超市+还没送",
            "supermarket+order+where",
        ],
        &["超市订单状态", "Supermarket order status"],
    ),
    // supermarket__cancel_order
    (
        &[
            "超市+取消",
            "超市+不要了",
            "超市+不买了",
            "cancel+supermarket",
        ],
        &["取消超市订单", "Cancel a supermarket order"],
    ),
    // supermarket__search_goods
    (
        &[
            "超市+满减",
            "超市+促销",
            "超市+打折",
            "超市+有没有",
            "supermarket+offers",
            "supermarket+promotion",
        ],
        &["搜索超市商品", "满减"],
    ),
    // tencent_video__plans
    (
        &[
            "腾讯视频+多少钱",
            "腾讯会员+价格",
            "svip+多少",
            "腾讯视频+套餐",
            "tencent video+price",
        ],
        &["腾讯视频会员套餐", "Tencent Video plans"],
    ),
    // tencent_video__buy_vip
    (
        &[
            "腾讯视频+开会员",
            "开个腾讯",
            "腾讯视频+看不了",
            "腾迅视频",
            "腾讯视屏",
            "tencent video+vip",
            "tencent+vip+buy",
        ],
        &["开通腾讯视频会员", "Buy Tencent Video VIP"],
    ),
    // tencent_video__auto_renew
    (
        &[
            "腾讯视频+包月",
            "腾讯视频+连续包月",
            "腾讯会员+包月",
            "tencent video+monthly",
        ],
        &["腾讯视频连续包月", "连续包月"],
    ),
    // tencent_video__cancel_auto_renew
    (
        &[
            "腾讯视频+取消自动",
            "腾讯视频+扣钱",
            "腾讯会员+一直扣",
            "腾讯视频+别扣",
            "tencent video+cancel",
            "tencent+stop+charging",
        ],
        &["取消腾讯视频自动续费", "Cancel Tencent Video auto-renewal"],
    ),
    // tencent_video__membership_status
    (
        &[
            "腾讯视频+到期",
            "腾讯会员+到期",
            "腾讯视频+会员+还有",
            "tencent video+expire",
        ],
        &["腾讯视频会员状态", "Tencent Video membership status"],
    ),
    // tencent_video__gift_vip
    (
        &[
            "给朋友+开会员",
            "给女朋友+开会员",
            "会员+当礼物",
            "friend+vip",
        ],
        &["赠送腾讯视频会员", "gift"],
    ),
    // tour_package__search_packages
    (
        &[
            "旅行团",
            "机票+酒店+套餐",
            "旅游+线路",
            "旅游+多少钱一个人",
            "tour+price per person",
        ],
        &["搜索旅游线路", "跟团游", "自由行"],
    ),
    // tour_package__book_package
    (
        &[
            "交定金+旅游",
            "报名+旅行团",
            "book+tour",
            "book+package holiday",
        ],
        &["预订旅游线路", "定金"],
    ),
    // tour_package__add_travellers
    (
        &["护照+旅行团", "旅行团+身份证", "tour+passport"],
        &["填写出游人", "Add traveller details"],
    ),
    // tour_package__tour_notice
    (
        &[
            "tour guide+phone",
            "tour+itinerary",
            "导游+联系方式",
            "去哪集合",
            "在哪集合",
            "旅行团+几点出发",
        ],
        &["出团通知", "出团通知书"],
    ),
    // tour_package__my_trips
    (
        &[
            "我报的团",
            "旅游+订单",
            "度假+订单",
            "跟团+订单",
            "my+tour",
            "tour+bookings",
        ],
        &["我的度假订单", "My tour bookings"],
    ),
    // train_ticket__search_trains
    (
        &[
            "高铁+几点",
            "火车+几点",
            "二等座+多少钱",
            "卧铺+多少钱",
            "高铁票+还有没有",
            "火车票+多少钱",
            "train+times",
            "train+fare",
            "train+timetable",
        ],
        &["查询车次余票", "余票"],
    ),
    // train_ticket__refund_ticket
    (
        &[
            "退火车票",
            "火车票+退掉",
            "退票费+火车",
            "退票费+高铁",
            "refund+train",
            "train ticket+refund",
        ],
        &["火车票退票", "Refund a train ticket"],
    ),
    // train_ticket__my_orders
    (
        &[
            "几号车厢",
            "座位号+高铁",
            "我买的+火车票",
            "火车票+订单",
            "高铁+订单",
            "my+train tickets",
            "train+booking+seat",
        ],
        &["我的火车票订单", "检票口"],
    ),
    // train_ticket__train_status
    (
        &[
            "列车+到哪了",
            "火车+到哪了",
            "高铁+到哪了",
            "几站台",
            "火车+准点",
            "高铁+准点",
            "train+delayed",
            "which platform",
        ],
        &["列车正晚点", "正晚点"],
    ),
    // train_ticket__add_passenger
    (
        &[
            "常用联系人+火车",
            "学生票+添加",
            "添加+乘客",
            "儿童票+火车",
            "frequent passenger",
        ],
        &["添加常用乘车人", "常用乘车人"],
    ),
    // training_course__my_courses
    (
        &[
            "还剩+课时",
            "课时+还有",
            "下节课+什么时候",
            "lessons+left",
            "remaining lessons",
        ],
        &["我的课程与课时", "剩余课时"],
    ),
    // training_course__reschedule_lesson
    (
        &["move+lesson", "换个上课时间", "lesson+another time"],
        &["调课", "Reschedule a lesson"],
    ),
    // training_course__request_refund
    (
        &["培训班+退钱", "培训机构+跑路", "培训+倒闭", "refund+course"],
        &["申请退课退费", "退课"],
    ),
    // tuition__bind_student
    (
        &[
            "绑定+孩子+学费",
            "绑定+学生",
            "添加+孩子+学费",
            "学号+绑定",
            "孩子+学号",
            "学费+看不到",
            "add+student",
        ],
        &["绑定学生", "学号"],
    ),
    // tuition__query_fees
    (
        &[
            "学费+多少",
            "这学期+学费",
            "住宿费+多少",
            "学费+要交",
            "tuition+how much",
        ],
        &["查询应缴学费", "应缴费用"],
    ),
    // tuition__payment_history
    (
        &[
            "学费+交过",
            "学费+交了没",
            "学费+记录",
            "学费+交了多少",
            "tuition+paid+history",
            "school fees+paid",
        ],
        &["学费缴费记录", "Tuition payment history"],
    ),
    // tuition__get_receipt
    (
        &["school fees+receipt", "学费+证明", "学费+报销"],
        &["下载缴费凭证", "缴费凭证"],
    ),
    // vaccine__list_vaccines
    (
        &[
            "哪里+有苗",
            "流感疫苗+哪里",
            "疫苗+多少钱",
            "flu jab",
            "flu vaccine",
        ],
        &["查询可约疫苗", "有苗"],
    ),
    // vaccine__stock_alert
    (
        &[
            "九价+约不到",
            "疫苗+到了+告诉我",
            "vaccine+in stock+notify",
            "vaccine+sold out",
        ],
        &["到苗提醒", "到苗通知"],
    ),
    // vaccine__child_schedule
    (
        &[
            "宝宝+该打什么",
            "几个月+打什么疫苗",
            "免费疫苗+孩子",
            "自费疫苗",
            "接种时间表",
            "宝宝+疫苗+时间",
            "baby+vaccines+due",
            "child+vaccine+schedule",
        ],
        &["儿童免疫规划程序", "疫苗时间表"],
    ),
    // vaccine__list_bookings
    (
        &[
            "接种+约的",
            "打疫苗+哪天",
            "我约的+疫苗",
            "疫苗+约了几点",
            "my+vaccination+booking",
        ],
        &["我的接种预约", "My vaccination bookings"],
    ),
    // vaccine__vaccination_record
    (
        &[
            "预防接种证",
            "入学+接种证明",
            "vaccination+certificate",
            "vaccination+record",
        ],
        &["查询接种记录", "预防接种证"],
    ),
    // visa_service__requirements
    (
        &[
            "需要签证吗",
            "need a visa",
            "签证+多久能办",
            "签证+费用",
            "签证+好办吗",
            "visa+requirements",
            "visa+documents+need",
        ],
        &["签证办理要求", "免签", "落地签"],
    ),
    // visa_service__apply_visa
    (
        &[
            "办签证",
            "代办签证",
            "签证+帮我办",
            "签证+怎么办",
            "tourist visa",
            "business visa",
            "visa+embassy",
        ],
        &["代办签证", "Apply for a visa"],
    ),
    // visa_service__application_status
    (
        &[
            "签证+下来没",
            "签证+被拒",
            "签证+批了没",
            "visa+consulate",
            "visa+issued",
            "visa+application+status",
        ],
        &["签证进度查询", "出签"],
    ),
    // visa_service__passport_return
    (
        &[
            "护照+什么时候还",
            "passport+return",
            "护照+拿回来",
            "护照+快递",
            "护照+还没回来",
        ],
        &["护照寄回", "Passport return delivery"],
    ),
    // visa_service__cancel_application
    (
        &[
            "签证+不办了",
            "签证+取消",
            "签证+不要了",
            "cancel+visa application",
            "visa application+cancel",
        ],
        &["取消签证申请", "Cancel a visa application"],
    ),
];

/// What people say for these actions, for the index's said part only (never matched
/// as a trigger): (everyday phrases, catalogue words of the actions they are said for).
pub const SAID: &[super::Concept] = &[
    // campus_card__get_balance
    (
        &[
            "饭卡还剩多少钱",
            "饭卡里还有钱吗",
            "一卡通余额",
            "校园卡还剩多少",
            "食堂卡余额",
            "待领取的钱",
            "饭卡没钱了吗",
            "how much on my meal card",
        ],
        &["查询校园卡余额"],
    ),
    // campus_card__top_up
    (
        &[
            "饭卡充钱",
            "给饭卡充值",
            "一卡通充值",
            "圈存",
            "食堂卡充点钱",
            "饭卡没钱吃饭了",
            "给孩子饭卡打钱",
            "top up meal card",
            "饭卡冲值",
        ],
        &["校园卡充值"],
    ),
    // campus_card__transactions
    (
        &[
            "饭卡花在哪了",
            "饭卡流水",
            "一卡通账单",
            "食堂消费记录",
            "饭卡扣款记录",
            "洗澡扣了多少",
            "饭卡钱花哪去了",
            "meal card spending",
            "饭卡明系",
        ],
        &["校园卡消费明细"],
    ),
    // campus_card__report_lost
    (
        &[
            "饭卡丢了",
            "一卡通掉了",
            "校园卡找不到了",
            "饭卡被偷了",
            "冻结饭卡",
            "lost my campus card",
            "饭卡挂湿",
        ],
        &["校园卡挂失"],
    ),
    // campus_card__cancel_lost
    (
        &[
            "饭卡找到了",
            "一卡通找回来了",
            "解除挂失",
            "饭卡又能用了",
            "取消饭卡挂失",
            "found my campus card",
            "饭卡解冻",
        ],
        &["校园卡解挂"],
    ),
    // campus_card__set_auto_topup
    (
        &[
            "饭卡自动充",
            "自动圈存",
            "余额不够自动充",
            "饭卡低于多少自动充",
            "不用每次充饭卡",
            "auto top up meal card",
        ],
        &["设置自动充值"],
    ),
    // campus_card__cancel_auto_topup
    (
        &[
            "关掉自动圈存",
            "饭卡别自动充了",
            "停掉饭卡自动扣款",
            "不要自动圈存了",
            "stop campus card auto top-up",
        ],
        &["取消自动充值"],
    ),
    // campus_card__pay_dorm_power
    (
        &[
            "宿舍没电了",
            "寝室电费",
            "宿舍交电费",
            "寝室断电了",
            "宿舍电表没钱",
            "dorm electricity",
            "宿舍交点费",
            "寝室冲电费",
        ],
        &["宿舍电费充值"],
    ),
    // coach_ferry__search_schedules
    (
        &[
            "大巴几点发车",
            "长途汽车时刻表",
            "轮渡几点开",
            "还有没有汽车票",
            "回老家的大巴",
            "坐船过海几点",
            "coach timetable",
            "ferry schedule",
            "班次查寻",
        ],
        &["汽车船班次"],
    ),
    // coach_ferry__buy_ticket
    (
        &[
            "买张大巴票",
            "订长途汽车票",
            "买船票",
            "坐轮渡过海",
            "开车上船",
            "买客车票",
            "buy bus ticket",
            "book ferry ticket",
        ],
        &["购买汽车票船票"],
    ),
    // coach_ferry__refund_ticket
    (
        &[
            "大巴票不坐了",
            "退汽车票",
            "船票退了",
            "长途车票退掉",
            "坐不上大巴了",
            "refund bus ticket",
            "退汽车飘",
        ],
        &["汽车票船票退票"],
    ),
    // coach_ferry__my_tickets
    (
        &[
            "我买的大巴票",
            "汽车票检票口",
            "船票取票码",
            "在哪个口上车",
            "我的船票",
            "my bus ticket",
            "my ferry ticket",
        ],
        &["我的汽车票船票"],
    ),
    // coach_ferry__ferry_weather
    (
        &[
            "轮渡停航了吗",
            "大风船还开吗",
            "大雾停航",
            "琼州海峡停航",
            "船什么时候恢复",
            "ferry suspended",
            "船停开了吗",
        ],
        &["航线停航", "停航公告"],
    ),
    // coffee_tea__nearby_stores
    (
        &[
            "附近的瑞幸",
            "附近有星巴克吗",
            "最近的奶茶店",
            "哪里能买咖啡",
            "喜茶门店",
            "排队人多吗",
            "coffee shop near me",
            "milk tea near me",
        ],
        &["附近门店"],
    ),
    // coffee_tea__menu
    (
        &[
            "奶茶有什么口味",
            "咖啡多少钱一杯",
            "饮品单",
            "有什么喝的",
            "看看有啥新品",
            "drinks menu",
            "菜单价格",
        ],
        &["查看菜单"],
    ),
    // coffee_tea__place_order
    (
        &[
            "点杯咖啡",
            "来杯奶茶",
            "点杯拿铁",
            "生椰拿铁少冰",
            "下午犯困来杯咖啡",
            "喝杯奶茶",
            "order a latte",
            "点杯奶差",
        ],
        &["点单下单"],
    ),
    // coffee_tea__pickup_code
    (
        &[
            "取餐号多少",
            "咖啡做好了吗",
            "奶茶好了没",
            "我的号到了吗",
            "凭号取餐",
            "pickup number",
            "取餐马",
        ],
        &["取餐码"],
    ),
    // coffee_tea__cancel_order
    (
        &[
            "奶茶不要了",
            "咖啡点错了",
            "退掉这杯",
            "不喝了退款",
            "点错杯型",
            "cancel my coffee order",
        ],
        &["取消饮品订单"],
    ),
    // coffee_tea__drink_coupons
    (
        &[
            "咖啡券还有几张",
            "奶茶券",
            "瑞幸券快过期",
            "我的咖啡券",
            "兑换券还剩",
            "drink vouchers",
            "my coffee coupons",
        ],
        &["我的饮品券"],
    ),
    // coffee_tea__buy_coupon_pack
    (
        &[
            "囤咖啡券",
            "买十杯咖啡券",
            "咖啡套餐券包",
            "便宜咖啡券",
            "每天喝咖啡省钱",
            "coffee voucher bundle",
            "买卷包",
        ],
        &["咖啡券包"],
    ),
    // dental_clinic__list_clinics
    (
        &[
            "附近牙科诊所",
            "哪里看牙好",
            "找个牙医",
            "牙科医院推荐",
            "牙疼去哪看",
            "dentist near me",
            "附近牙医",
        ],
        &["附近口腔门诊"],
    ),
    // dental_clinic__price_list
    (
        &[
            "种牙多少钱",
            "洗牙多少钱",
            "牙套价格",
            "隐形矫正价格",
            "补牙贵不贵",
            "拔智齿费用",
            "dental prices",
            "种植牙价钱",
        ],
        &["口腔项目价格"],
    ),
    // dental_clinic__book_cleaning
    (
        &[
            "洗个牙",
            "牙结石多",
            "牙齿黄想洗牙",
            "约洁牙",
            "牙龈出血洗牙",
            "teeth cleaning",
            "约个洗牙",
            "西牙",
        ],
        &["预约洗牙"],
    ),
    // dental_clinic__book_consultation
    (
        &[
            "牙疼看医生",
            "看牙医",
            "智齿疼",
            "牙齿矫正咨询",
            "想种牙先看看",
            "孩子牙齿检查",
            "dentist appointment",
            "牙疼得厉害",
        ],
        &["口腔面诊"],
    ),
    // dental_clinic__list_bookings
    (
        &[
            "约了哪天看牙",
            "牙科预约几点",
            "看牙的时间",
            "我约的牙医",
            "洗牙约在哪天",
            "my dentist appointments",
        ],
        &["我的口腔预约"],
    ),
    // dental_clinic__cancel_booking
    (
        &[
            "看牙不去了",
            "洗牙取消",
            "牙医预约不要了",
            "那天去不了牙科",
            "cancel dentist appointment",
        ],
        &["取消口腔预约"],
    ),
    // dental_clinic__pay_installments
    (
        &[
            "种牙分期",
            "牙套分期付",
            "矫正费分期",
            "种植牙分期付款",
            "看牙钱分期还",
            "dental payment plan",
            "种牙分七",
        ],
        &["口腔治疗分期"],
    ),
    // duty_free__search_goods
    (
        &[
            "免税店口红多少钱",
            "海南免税店买什么",
            "免税香水",
            "免税烟酒",
            "免税手表价格",
            "比专柜便宜吗",
            "duty free prices",
        ],
        &["搜索免税商品"],
    ),
    // duty_free__quota
    (
        &[
            "十万额度还剩多少",
            "离岛免税额度",
            "我还能买多少",
            "免税用了多少",
            "海南免税额度",
            "duty free allowance left",
        ],
        &["免税额度"],
    ),
    // duty_free__order_goods
    (
        &[
            "在免税店买",
            "去海南买化妆品",
            "离岛免税购物",
            "机场免税提货",
            "免税买口红",
            "buy duty free",
            "免税购买",
        ],
        &["免税下单"],
    ),
    // duty_free__my_orders
    (
        &[
            "免税买的东西到哪了",
            "免税在哪提货",
            "提货点",
            "免税邮寄到家了吗",
            "提货时间",
            "my duty free order",
        ],
        &["duty-free orders"],
    ),
    // duty_free__change_pickup
    (
        &[
            "航班改了提货",
            "换个提货方式",
            "改成邮寄到家",
            "提货航班号错了",
            "改提货时间",
            "change pickup flight",
        ],
        &["修改提货信息"],
    ),
    // duty_free__cancel_order
    (
        &[
            "免税不要了",
            "退免税订单",
            "额度退回来",
            "不去海南了退单",
            "cancel duty free order",
        ],
        &["取消免税订单"],
    ),
    // exam_reg__list_exams
    (
        &[
            "四六级什么时候报名",
            "教资报名时间",
            "最近有什么考试",
            "计算机二级报名",
            "普通话考试报名时间",
            "exams open",
            "报名截止哪天",
        ],
        &["可报名考试"],
    ),
    // exam_reg__register
    (
        &[
            "报个四六级",
            "报名教资",
            "报计算机二级",
            "报名普通话考试",
            "选考点",
            "sign up for CET",
            "报名考是",
        ],
        &["register for an exam"],
    ),
    // exam_reg__pay_fee
    (
        &[
            "交报名费",
            "考试费没交",
            "报名费付款",
            "四六级交钱",
            "教资缴费",
            "pay exam fee",
            "交报名废",
        ],
        &["缴纳报名费"],
    ),
    // exam_reg__registration_status
    (
        &[
            "报上了吗",
            "报名成功没",
            "审核通过了吗",
            "报名审核",
            "报名有没有成功",
            "registration confirmed",
        ],
        &["报名状态"],
    ),
    // exam_reg__admission_ticket
    (
        &[
            "准考证打不出来",
            "准考证下载",
            "考场在哪",
            "考试座位号",
            "几号考场",
            "准考证号忘了",
            "admission ticket",
            "准考正",
        ],
        &["准考证"],
    ),
    // exam_reg__query_score
    (
        &[
            "四六级出分了",
            "查分",
            "教资成绩",
            "考了多少分",
            "过没过",
            "cet score",
            "成绩查寻",
        ],
        &["考试成绩"],
    ),
    // exam_reg__cancel_registration
    (
        &[
            "不考了",
            "报名撤回",
            "考试不去了",
            "退报名费",
            "withdraw from exam",
        ],
        &["取消报名"],
    ),
    // express_delivery__quote_shipping
    (
        &[
            "寄快递多少钱",
            "寄到北京要几天",
            "顺丰运费",
            "寄个箱子多少钱",
            "几公斤运费",
            "shipping cost",
            "运费多少",
            "运费估计",
        ],
        &["运费估算"],
    ),
    // express_delivery__send_parcel
    (
        &[
            "寄个快递",
            "上门取件",
            "叫快递员上门",
            "寄东西回家",
            "寄顺丰",
            "发个快递",
            "send a package",
            "寄块递",
        ],
        &["寄快递"],
    ),
    // express_delivery__track_parcel
    (
        &[
            "快递到哪了",
            "查单号",
            "物流信息",
            "包裹到哪了",
            "快递怎么还没到",
            "track my package",
            "快递查寻",
        ],
        &["快递查询"],
    ),
    // express_delivery__my_parcels
    (
        &[
            "取件码",
            "快递柜取件码",
            "我有快递吗",
            "待取的快递",
            "丰巢取件码",
            "驿站取件码",
            "my packages",
            "取件吗",
        ],
        &["我的快递"],
    ),
    // express_delivery__cancel_shipment
    (
        &[
            "不寄了",
            "快递员还没来取消",
            "寄件撤回",
            "下错单不寄了",
            "cancel pickup order",
        ],
        &["取消寄件"],
    ),
    // express_delivery__address_book
    (
        &[
            "保存地址",
            "常用收件地址",
            "改寄件地址",
            "添加收件人",
            "save address",
        ],
        &["寄件地址簿"],
    ),
    // express_delivery__file_claim
    (
        &[
            "快递丢了",
            "快递摔坏了",
            "包裹破损赔偿",
            "快递丢件赔钱",
            "东西寄坏了",
            "lost package claim",
            "快递里赔",
        ],
        &["快递理赔"],
    ),
    // flight_ticket__search_flights
    (
        &[
            "机票多少钱",
            "飞上海的航班",
            "明天有飞机吗",
            "便宜机票",
            "特价机票",
            "flights to shanghai",
            "机票价个",
        ],
        &["查询航班机票"],
    ),
    // flight_ticket__book_flight
    (
        &[
            "订张机票",
            "买机票",
            "订飞机票",
            "坐飞机去北京",
            "订往返机票",
            "book a flight",
            "定机票",
        ],
        &["预订机票"],
    ),
    // flight_ticket__refund_flight
    (
        &[
            "飞机票退了",
            "不飞了退票",
            "机票退钱",
            "航班取消退票",
            "退票手续费",
            "refund plane ticket",
            "机票推票",
        ],
        &["机票退票"],
    ),
    // flight_ticket__change_flight
    (
        &[
            "机票改签",
            "改到明天飞",
            "换个航班",
            "飞机票改时间",
            "延后一天飞",
            "change flight date",
            "机票改前",
        ],
        &["机票改期"],
    ),
    // flight_ticket__check_in
    (
        &[
            "办值机",
            "登机牌",
            "网上值机",
            "领登机牌",
            "提前值机",
            "online check in",
            "在线直机",
        ],
        &["在线值机"],
    ),
    // flight_ticket__select_seat
    (
        &[
            "选个靠窗",
            "要靠过道的座位",
            "飞机选座位",
            "坐前排",
            "换座位",
            "window seat",
            "选坐",
        ],
        &["在线选座"],
    ),
    // flight_ticket__flight_status
    (
        &[
            "飞机晚点了吗",
            "航班延误",
            "几号登机口",
            "接机看航班",
            "航班取消了吗",
            "行李转盘",
            "flight delayed",
            "航班晚点",
        ],
        &["航班动态"],
    ),
    // flight_ticket__my_trips
    (
        &[
            "我订的机票",
            "我的航班行程",
            "买的飞机票",
            "退票进度",
            "my flight bookings",
        ],
        &["我的机票订单"],
    ),
    // flight_ticket__reimbursement_receipt
    (
        &[
            "机票行程单",
            "机票发票",
            "报销用行程单",
            "出差报销机票",
            "开机票发票",
            "flight invoice",
            "行程单打印",
        ],
        &["机票报销凭证"],
    ),
    // flowers_cakes__browse_flowers
    (
        &[
            "送什么花好",
            "玫瑰花束",
            "探病送花",
            "开业花篮",
            "纪念日送花",
            "花多少钱",
            "flower bouquets",
        ],
        &["挑选鲜花"],
    ),
    // flowers_cakes__browse_cakes
    (
        &[
            "生日蛋糕有哪些",
            "几寸蛋糕",
            "蛋糕什么口味",
            "蛋糕多少钱",
            "动物奶油蛋糕",
            "birthday cakes",
        ],
        &["挑选蛋糕"],
    ),
    // flowers_cakes__order_flowers
    (
        &[
            "给女朋友送花",
            "情人节送花",
            "送束玫瑰",
            "订束花",
            "匿名送花",
            "send flowers",
            "送花上门",
        ],
        &["订花送花"],
    ),
    // flowers_cakes__order_cake
    (
        &[
            "订个生日蛋糕",
            "老妈生日订蛋糕",
            "蛋糕送到家",
            "蛋糕上写字",
            "order birthday cake",
            "定蛋糕",
        ],
        &["订蛋糕"],
    ),
    // flowers_cakes__order_status
    (
        &[
            "花送到了吗",
            "蛋糕送到没",
            "签收照片",
            "花到哪了",
            "鲜花配送状态",
            "flowers delivered yet",
        ],
        &["flower and cake order status"],
    ),
    // flowers_cakes__change_delivery
    (
        &[
            "花晚点送",
            "蛋糕改时间送",
            "换个送货地址",
            "改配送地址",
            "送花时间改",
            "change delivery time",
        ],
        &["修改配送时间"],
    ),
    // flowers_cakes__cancel_order
    (
        &[
            "蛋糕不要了",
            "花不送了",
            "退掉蛋糕",
            "取消订花",
            "cancel cake order",
        ],
        &["取消鲜花蛋糕订单"],
    ),
    // food_delivery__search_restaurants
    (
        &[
            "附近有什么好吃的",
            "中午吃啥",
            "麻辣烫外卖",
            "哪家外卖好",
            "深夜还有外卖吗",
            "food near me",
            "外卖推荐",
        ],
        &["搜索附近外卖"],
    ),
    // food_delivery__place_order
    (
        &[
            "点外卖",
            "叫个外卖",
            "点份麻辣烫",
            "懒得做饭点外卖",
            "加班点餐",
            "order takeout",
            "点外麦",
        ],
        &["外卖下单"],
    ),
    // food_delivery__track_order
    (
        &[
            "外卖到哪了",
            "骑手在哪",
            "外卖还有多久",
            "饭送到没",
            "外卖出餐了吗",
            "where is my food",
        ],
        &["外卖订单跟踪"],
    ),
    // food_delivery__urge_order
    (
        &[
            "外卖太慢了",
            "催一下骑手",
            "等了一个小时",
            "饭还没到催催",
            "外卖超时",
            "hurry my order",
            "催外卖",
        ],
        &["催单"],
    ),
    // food_delivery__cancel_order
    (
        &[
            "外卖不要了",
            "点错了取消",
            "外卖撤单",
            "下错外卖",
            "cancel takeout order",
        ],
        &["取消外卖订单"],
    ),
    // food_delivery__request_refund
    (
        &[
            "外卖少送了",
            "外卖送错了",
            "汤洒了",
            "饭菜有头发",
            "外卖漏送",
            "外卖退钱",
            "food order refund",
        ],
        &["外卖申请退款"],
    ),
    // food_delivery__red_packets
    (
        &[
            "外卖神券",
            "领外卖红包",
            "外卖优惠券",
            "满减红包",
            "外卖券",
            "takeout coupon",
            "外卖红苞",
        ],
        &["外卖红包"],
    ),
    // food_delivery__order_history
    (
        &[
            "再来一单",
            "上次点的那家",
            "之前点过的外卖",
            "外卖记录",
            "点过的店",
            "past takeout orders",
        ],
        &["外卖历史订单"],
    ),
    // fresh_grocery__search_products
    (
        &[
            "车厘子多少钱一斤",
            "有没有五花肉",
            "买菜",
            "蔬菜水果价格",
            "海鲜有货吗",
            "今天菜价",
            "fresh fruit prices",
        ],
        &["搜索生鲜商品"],
    ),
    // fresh_grocery__add_to_cart
    (
        &[
            "放购物车",
            "加两斤排骨",
            "再加一盒鸡蛋",
            "加进购物车",
            "先加进去",
            "add to cart",
            "加入够物车",
        ],
        &["加入购物车"],
    ),
    // fresh_grocery__checkout
    (
        &[
            "买菜结账",
            "购物车付款",
            "生鲜结算",
            "下班前送到",
            "选送达时间",
            "checkout groceries",
        ],
        &["生鲜下单结算"],
    ),
    // fresh_grocery__track_delivery
    (
        &[
            "买的菜到哪了",
            "菜送到没",
            "生鲜还有多久到",
            "骑手送菜",
            "grocery delivery status",
        ],
        &["生鲜配送进度"],
    ),
    // fresh_grocery__quality_refund
    (
        &[
            "水果烂了",
            "缺斤少两",
            "鸡蛋碎了",
            "菜不新鲜",
            "坏果退款",
            "肉变质了",
            "spoiled fruit refund",
        ],
        &["生鲜售后退款"],
    ),
    // fresh_grocery__cancel_order
    (
        &[
            "买菜订单取消",
            "菜不要了",
            "生鲜撤单",
            "下错菜单",
            "cancel grocery order",
        ],
        &["取消生鲜订单"],
    ),
    // fresh_grocery__member_card
    (
        &[
            "买菜会员",
            "开生鲜会员",
            "免运费会员",
            "会员价买菜",
            "续费买菜会员",
            "grocery membership",
        ],
        &["生鲜会员卡"],
    ),
    // game_topup__search_games
    (
        &[
            "王者点券多少钱",
            "原神充值档位",
            "游戏有哪些充值",
            "钻石价格",
            "哪个区服",
            "game top up packs",
        ],
        &["搜索游戏"],
    ),
    // game_topup__topup_game
    (
        &[
            "充王者点券",
            "给原神充值",
            "买钻石",
            "游戏冲值",
            "充点券",
            "充元宝",
            "top up genshin",
            "充游戏币",
        ],
        &["Top up a game account"],
    ),
    // game_topup__topup_qcoin
    (
        &[
            "充Q币",
            "买Q币",
            "给QQ充值",
            "Q币冲值",
            "buy q coins",
            "扣币充值",
        ],
        &["q币充值"],
    ),
    // game_topup__topup_history
    (
        &[
            "游戏充值到账没",
            "点券没到账",
            "充了多少游戏",
            "充值记录查询",
            "game top up history",
            "充钱记录",
        ],
        &["游戏充值记录"],
    ),
    // game_topup__minor_refund
    (
        &[
            "孩子偷偷充游戏",
            "小孩充了游戏退钱",
            "儿子玩游戏花钱",
            "熊孩子充值",
            "未成年退款",
            "child game refund",
        ],
        &["未成年人充值退款"],
    ),
    // game_topup__spending_limit
    (
        &[
            "游戏限额",
            "限制孩子充值",
            "每月游戏最多花",
            "禁止游戏充值",
            "控制氪金",
            "limit game spending",
        ],
        &["游戏消费限额"],
    ),
    // gym__list_plans
    (
        &[
            "健身卡多少钱",
            "办卡价格",
            "年卡月卡价格",
            "次卡多少钱",
            "附近健身房价格",
            "gym membership price",
        ],
        &["会员卡价格"],
    ),
    // gym__buy_membership
    (
        &[
            "办张健身卡",
            "办卡健身",
            "续卡",
            "想减肥办卡",
            "健身房年卡",
            "join the gym",
            "办健身卡",
        ],
        &["购买健身会员卡"],
    ),
    // gym__membership_info
    (
        &[
            "健身卡到期",
            "卡还剩几次",
            "健身卡还有多久",
            "会员到哪天",
            "my gym membership",
        ],
        &["我的会员卡"],
    ),
    // gym__book_class
    (
        &[
            "约动感单车",
            "约瑜伽课",
            "约团操",
            "上节HIIT",
            "约健身课",
            "book yoga class",
            "约团客",
        ],
        &["预约团课"],
    ),
    // gym__cancel_class
    (
        &[
            "瑜伽课去不了",
            "团课取消",
            "单车课不上了",
            "约的课取消",
            "cancel gym class",
        ],
        &["取消团课预约"],
    ),
    // gym__freeze_membership
    (
        &[
            "健身卡暂停",
            "出差停卡",
            "受伤停卡",
            "请假停卡",
            "冻结健身卡",
            "pause gym membership",
        ],
        &["会员卡停卡"],
    ),
    // gym__unfreeze_membership
    (
        &[
            "恢复健身卡",
            "提前复卡",
            "回来继续练",
            "解冻健身卡",
            "resume gym membership",
        ],
        &["会员卡复卡"],
    ),
    // gym__cancel_auto_renew
    (
        &[
            "健身卡自动续费关掉",
            "不要自动扣健身费",
            "停止续费",
            "健身房自动扣款",
            "stop gym auto renewal",
        ],
        &["关闭自动续费"],
    ),
    // health_checkup__list_packages
    (
        &[
            "体检套餐",
            "入职体检多少钱",
            "给爸妈体检",
            "体检有哪些项目",
            "美年体检",
            "爱康体检",
            "checkup packages",
        ],
        &["体检套餐列表"],
    ),
    // health_checkup__buy_package
    (
        &[
            "买个体检",
            "给父母买体检",
            "入职体检套餐",
            "体检卡购买",
            "buy health checkup",
            "买体检套参",
        ],
        &["购买体检套餐"],
    ),
    // health_checkup__book_checkup
    (
        &[
            "约体检",
            "体检约哪天",
            "约个体检日期",
            "入职体检约时间",
            "book checkup date",
        ],
        &["预约体检时间"],
    ),
    // health_checkup__reschedule_checkup
    (
        &[
            "体检换个日子",
            "体检改天",
            "体检推迟",
            "那天去不了体检改时间",
            "change checkup date",
        ],
        &["体检改期"],
    ),
    // health_checkup__cancel_checkup
    (
        &[
            "体检不去了",
            "取消体检日期",
            "体检约错了",
            "先不体检",
            "cancel checkup appointment",
        ],
        &["取消体检预约"],
    ),
    // health_checkup__refund_package
    (
        &[
            "体检卡退钱",
            "体检不做了退款",
            "退体检套餐",
            "体检券退款",
            "refund checkup package",
        ],
        &["体检套餐退款"],
    ),
    // health_checkup__list_checkups
    (
        &[
            "我买的体检",
            "体检订单状态",
            "体检约了没",
            "待预约体检",
            "my checkup orders",
        ],
        &["我的体检订单"],
    ),
    // health_checkup__checkup_report
    (
        &[
            "体检结果出来了吗",
            "看体检报告",
            "体检异常",
            "体检指标",
            "checkup results",
            "体检报道",
        ],
        &["体检报告"],
    ),
    // hospital_booking__list_hospitals
    (
        &[
            "附近医院",
            "三甲医院有哪些",
            "哪家医院能挂号",
            "儿童医院",
            "看病去哪个医院",
            "hospitals nearby",
        ],
        &["查询可预约医院"],
    ),
    // hospital_booking__list_departments
    (
        &[
            "挂哪个科",
            "皮肤科在哪",
            "医院有什么科室",
            "看胃病挂什么科",
            "hospital departments",
        ],
        &["查询医院科室"],
    ),
    // hospital_booking__list_doctors
    (
        &[
            "还有号吗",
            "专家号",
            "主任医师号",
            "哪天有号",
            "余号查询",
            "挂号费多少",
            "doctor slots",
            "号原",
        ],
        &["查询医生及号源"],
    ),
    // hospital_booking__book_appointment
    (
        &[
            "挂个号",
            "挂专家号",
            "约医生",
            "看病挂号",
            "孩子发烧挂号",
            "book doctor",
            "挂好",
        ],
        &["预约挂号"],
    ),
    // hospital_booking__reschedule_appointment
    (
        &[
            "挂号改时间",
            "换个时间看病",
            "改约医生",
            "挂号改天",
            "reschedule doctor visit",
        ],
        &["改约挂号"],
    ),
    // hospital_booking__cancel_appointment
    (
        &[
            "退号",
            "不去看病了",
            "挂号退掉",
            "挂错号了",
            "cancel doctor appointment",
            "退挂号费",
        ],
        &["取消挂号"],
    ),
    // hospital_booking__list_appointments
    (
        &[
            "挂了哪天",
            "我挂的号",
            "就诊序号",
            "挂号记录",
            "my doctor appointments",
        ],
        &["我的预约记录"],
    ),
    // hospital_booking__queue_status
    (
        &[
            "叫到几号了",
            "前面还有几个人",
            "排到我了吗",
            "叫号",
            "还要等多久看病",
            "queue number",
            "后诊排队",
        ],
        &["候诊排队"],
    ),
    // hotel__search_hotels
    (
        &[
            "找个酒店",
            "附近酒店",
            "住哪里好",
            "便宜住的地方",
            "今晚住哪",
            "找民宿",
            "hotels near",
            "酒店推荐",
        ],
        &["搜索酒店"],
    ),
    // hotel__room_types
    (
        &[
            "大床房多少钱",
            "有没有双床房",
            "含早吗",
            "房间价格",
            "套房价格",
            "room rates",
            "房形价格",
        ],
        &["查看房型价格"],
    ),
    // hotel__book_room
    (
        &[
            "订个房",
            "订间房",
            "订酒店",
            "订大床房",
            "出差订酒店",
            "book a hotel",
            "定酒店",
        ],
        &["预订酒店"],
    ),
    // hotel__cancel_booking
    (
        &[
            "酒店退订",
            "房间不住了",
            "退订房间",
            "酒店不去了",
            "cancel hotel booking",
            "退定酒店",
        ],
        &["取消酒店订单"],
    ),
    // hotel__modify_booking
    (
        &[
            "酒店改日期",
            "多住一晚",
            "入住人改名",
            "加订一间",
            "推迟入住",
            "change hotel dates",
        ],
        &["修改酒店订单"],
    ),
    // hotel__my_bookings
    (
        &[
            "我订的酒店",
            "酒店确认号",
            "订了哪家酒店",
            "住哪家来着",
            "my hotel bookings",
        ],
        &["我的酒店订单"],
    ),
    // hotel__contact_hotel
    (
        &[
            "晚点到店",
            "要高楼层",
            "要安静的房间",
            "加床",
            "提前入住",
            "留房",
            "late arrival hotel",
        ],
        &["联系酒店备注需求"],
    ),
    // hotel__request_invoice
    (
        &[
            "住宿发票",
            "酒店报销发票",
            "开住宿费发票",
            "酒店税号",
            "hotel invoice",
            "酒店开发漂",
        ],
        &["酒店开发票"],
    ),
    // inpatient__deposit_balance
    (
        &[
            "住院押金还剩多少",
            "押金够不够",
            "住院花了多少",
            "预交金余额",
            "住院费用还剩",
            "inpatient deposit balance",
        ],
        &["住院预交金余额"],
    ),
    // inpatient__topup_deposit
    (
        &[
            "住院押金不够了",
            "补交押金",
            "交住院押金",
            "病房催交钱",
            "续交预交金",
            "pay hospital deposit",
            "住院压金",
        ],
        &["缴纳住院预交金"],
    ),
    // inpatient__daily_bill
    (
        &[
            "一日清单",
            "住院费用明细",
            "昨天花了什么",
            "住院账单",
            "药费清单",
            "daily hospital bill",
        ],
        &["住院每日清单"],
    ),
    // inpatient__discharge_settlement
    (
        &[
            "出院办手续",
            "出院结账",
            "办出院",
            "出院退押金",
            "出院缴费",
            "discharge bill",
            "出院节算",
        ],
        &["出院结算"],
    ),
    // inpatient__book_admission
    (
        &[
            "住院排床",
            "等床位",
            "入院预约",
            "办住院",
            "医生开了住院单",
            "hospital bed",
        ],
        &["预约住院床位"],
    ),
    // inpatient__copy_records
    (
        &[
            "病历复印",
            "复印住院病历",
            "保险理赔要病历",
            "病历邮寄",
            "medical record copy",
            "病历复音",
        ],
        &["病案复印"],
    ),
    // iqiyi_vip__plans
    (
        &[
            "爱奇艺会员多少钱",
            "爱奇艺年卡价格",
            "黄金和白金区别",
            "爱奇艺优惠",
            "iqiyi price",
        ],
        &["爱奇艺会员套餐"],
    ),
    // iqiyi_vip__buy_vip
    (
        &[
            "开个爱奇艺",
            "买爱奇艺会员",
            "追剧开会员",
            "给爸妈开爱奇艺",
            "爱奇艺年卡",
            "buy iqiyi vip",
            "爱奇异会员",
        ],
        &["开通爱奇艺会员"],
    ),
    // iqiyi_vip__auto_renew
    (
        &[
            "爱奇艺包月",
            "爱奇艺自动续",
            "爱奇艺每月扣",
            "iqiyi monthly subscription",
        ],
        &["爱奇艺连续包月"],
    ),
    // iqiyi_vip__cancel_auto_renew
    (
        &[
            "爱奇艺别扣钱了",
            "关掉爱奇艺包月",
            "爱奇艺自动扣费",
            "停掉爱奇艺续费",
            "爱奇艺退订",
            "stop iqiyi renewal",
        ],
        &["取消爱奇艺自动续费"],
    ),
    // iqiyi_vip__membership_status
    (
        &[
            "爱奇艺到期没",
            "爱奇艺会员还有几天",
            "爱奇艺啥时候扣费",
            "iqiyi expiry",
        ],
        &["爱奇艺会员状态"],
    ),
    // iqiyi_vip__upgrade_tier
    (
        &[
            "爱奇艺电视看不了",
            "爱奇艺升白金",
            "电视上看爱奇艺",
            "升级星钻",
            "upgrade iqiyi",
        ],
        &["爱奇艺会员升级"],
    ),
    // kindergarten__query_fees
    (
        &[
            "幼儿园这学期多少钱",
            "保教费多少",
            "伙食费要交多少",
            "幼儿园欠费吗",
            "kindergarten fees due",
        ],
        &["查询幼儿园费用"],
    ),
    // kindergarten__pay_fees
    (
        &[
            "交幼儿园学费",
            "交保教费",
            "交伙食费",
            "给孩子交园费",
            "pay kindergarten fees",
            "交幼儿园费",
        ],
        &["缴纳幼儿园费用"],
    ),
    // kindergarten__payment_history
    (
        &[
            "幼儿园交过的费",
            "保教费收据",
            "园费交过没",
            "幼儿园缴费凭证",
            "kindergarten receipts",
        ],
        &["幼儿园缴费记录"],
    ),
    // kindergarten__report_absence
    (
        &[
            "孩子生病不去幼儿园",
            "幼儿园请假",
            "退伙食费",
            "孩子请几天假",
            "kid sick absent",
            "幼儿园请架",
        ],
        &["请假并退伙食费"],
    ),
    // kindergarten__apply_enrolment
    (
        &[
            "孩子上幼儿园报名",
            "小班报名",
            "幼儿园招生",
            "报名上幼儿园",
            "kindergarten admission",
        ],
        &["入园报名"],
    ),
    // kindergarten__notices
    (
        &[
            "幼儿园放假通知",
            "园里通知",
            "幼儿园活动",
            "老师发的通知",
            "kindergarten notice",
        ],
        &["幼儿园通知"],
    ),
    // library__search_catalog
    (
        &[
            "图书馆有这本书吗",
            "找本书",
            "书在哪个分馆",
            "搜书",
            "图书馆查书",
            "library catalogue search",
        ],
        &["馆藏检索"],
    ),
    // library__my_loans
    (
        &[
            "借了哪些书",
            "书哪天到期",
            "还书日期",
            "借的书超期了吗",
            "my borrowed books",
        ],
        &["我的借阅"],
    ),
    // library__renew_loan
    (
        &[
            "书续借",
            "还书延期",
            "书还没看完",
            "借书延长",
            "renew library book",
            "续接",
        ],
        &["续借图书"],
    ),
    // library__reserve_book
    (
        &[
            "书被借走了预约",
            "预借",
            "预约一本书",
            "书到了通知我",
            "hold a book",
        ],
        &["reserve a book"],
    ),
    // library__cancel_reservation
    (
        &["预约的书不要了", "取消预借", "书不借了", "cancel book hold"],
        &["取消预约借书"],
    ),
    // library__book_seat
    (
        &[
            "图书馆占座",
            "约个自习位",
            "图书馆座位",
            "自习室座位",
            "library seat",
        ],
        &["预约自习座位"],
    ),
    // library__pay_overdue_fine
    (
        &[
            "还书晚了罚款",
            "超期罚款",
            "滞纳金",
            "图书馆罚款",
            "overdue book fine",
            "逾期废",
        ],
        &["缴纳逾期费"],
    ),
    // library__apply_reader_card
    (
        &[
            "办借书证",
            "图书馆办卡",
            "办个读者卡",
            "第一次去图书馆",
            "library card",
            "读者正",
        ],
        &["办理读者证"],
    ),
    // live_shows__search_shows
    (
        &[
            "周杰伦演唱会",
            "最近有什么演唱会",
            "话剧票",
            "音乐剧",
            "看场演出",
            "livehouse",
            "concerts near me",
            "演场会",
        ],
        &["搜索演出"],
    ),
    // live_shows__presale_reminder
    (
        &[
            "什么时候开票",
            "开票提醒我",
            "想看",
            "预约抢票",
            "抢票提醒",
            "开抢通知我",
            "notify when on sale",
        ],
        &["Remind me when tickets go on sale"],
    ),
    // live_shows__cancel_reminder
    (
        &[
            "不想看了取消提醒",
            "别提醒开票了",
            "取消想看",
            "关掉抢票提醒",
            "stop sale reminder",
        ],
        &["取消开售提醒"],
    ),
    // live_shows__buy_tickets
    (
        &[
            "买演唱会门票",
            "抢演唱会票",
            "买话剧票",
            "买两张内场票",
            "抢票",
            "buy concert tickets",
            "演唱会票",
        ],
        &["购买演出票"],
    ),
    // live_shows__add_attendee
    (
        &[
            "加个观演人",
            "实名观演人",
            "帮朋友买票加身份证",
            "添加实名信息",
            "add ticket holder",
        ],
        &["添加观演人"],
    ),
    // live_shows__refund_tickets
    (
        &[
            "演唱会票退了",
            "去不了演唱会",
            "演出票退款",
            "话剧票退掉",
            "refund concert ticket",
        ],
        &["演出退票"],
    ),
    // live_shows__my_tickets
    (
        &[
            "我抢到的票",
            "电子票在哪",
            "纸质票寄了没",
            "演唱会票入场码",
            "my concert tickets",
        ],
        &["我的演出票"],
    ),
    // medical_reports__list_reports
    (
        &[
            "报告出来没",
            "化验单出了吗",
            "验血结果",
            "CT报告出了吗",
            "我的检查报告",
            "test results ready",
            "检查报道",
        ],
        &["检查报告列表"],
    ),
    // medical_reports__view_report
    (
        &[
            "看化验单",
            "血常规结果",
            "指标偏高",
            "箭头什么意思",
            "看报告结果",
            "lab result details",
            "化验单详情",
        ],
        &["查看报告详情"],
    ),
    // medical_reports__view_images
    (
        &[
            "云胶片",
            "看CT片子",
            "核磁片子",
            "X光片",
            "片子给别的医生看",
            "CT images",
        ],
        &["影像胶片"],
    ),
    // medical_reports__download_report
    (
        &[
            "报告打印",
            "报告电子版",
            "盖章报告",
            "报告发给单位",
            "保险要报告",
            "report pdf",
        ],
        &["下载报告pdf"],
    ),
    // medical_reports__subscribe_ready
    (
        &[
            "报告出了通知我",
            "结果出来提醒",
            "出报告短信",
            "等报告提醒",
            "notify test results",
        ],
        &["报告出结果提醒"],
    ),
    // medical_reports__unsubscribe_ready
    (
        &[
            "别发报告短信了",
            "报告通知关掉",
            "不要报告提醒",
            "stop report alerts",
        ],
        &["关闭报告提醒"],
    ),
    // medical_reports__ask_interpretation
    (
        &[
            "化验单看不懂",
            "报告什么意思",
            "找医生看报告",
            "帮我解读报告",
            "explain my lab results",
            "报告解毒",
        ],
        &["报告解读"],
    ),
    // movie_tickets__now_showing
    (
        &[
            "最近有什么电影",
            "上映的电影",
            "新片",
            "好看的电影",
            "即将上映",
            "movies showing",
            "热映电影",
        ],
        &["正在热映"],
    ),
    // movie_tickets__showtimes
    (
        &[
            "几点有场次",
            "今晚的场次",
            "附近影院排片",
            "IMAX场次",
            "哪家影院有",
            "showtimes tonight",
            "电影场次",
        ],
        &["影院排片"],
    ),
    // movie_tickets__buy_tickets
    (
        &[
            "买电影票",
            "看电影买两张",
            "订电影票",
            "情侣座",
            "周末去看电影",
            "buy movie tickets",
            "电影飘",
        ],
        &["选座购票"],
    ),
    // movie_tickets__refund_tickets
    (
        &[
            "电影不看了",
            "电影票退钱",
            "电影票退掉",
            "看不成电影了",
            "refund movie ticket",
        ],
        &["电影票退票"],
    ),
    // movie_tickets__change_showtime
    (
        &[
            "换个场次",
            "电影改时间",
            "改晚一点的场",
            "电影票换场",
            "change movie time",
        ],
        &["电影票改签"],
    ),
    // movie_tickets__my_tickets
    (
        &[
            "取票码",
            "电影票取票",
            "几号厅",
            "我买的电影票",
            "my movie tickets",
            "取票吗",
        ],
        &["我的电影票"],
    ),
    // movie_tickets__card_offers
    (
        &[
            "9块9看电影",
            "19元观影",
            "银行卡看电影优惠",
            "电影票优惠",
            "movie deals",
            "便宜看电影",
        ],
        &["观影优惠"],
    ),
    // music_vip__buy_vip
    (
        &[
            "开绿钻",
            "开网易云黑胶",
            "买QQ音乐会员",
            "歌听不了要会员",
            "听歌会员",
            "buy music vip",
            "开绿转",
        ],
        &["开通音乐会员"],
    ),
    // music_vip__auto_renew
    (
        &[
            "绿钻包月",
            "黑胶自动续费",
            "QQ音乐包月",
            "网易云包月",
            "music monthly subscription",
        ],
        &["音乐会员连续包月"],
    ),
    // music_vip__cancel_auto_renew
    (
        &[
            "绿钻别扣了",
            "关掉黑胶续费",
            "QQ音乐自动扣费",
            "网易云退订",
            "stop music renewal",
        ],
        &["取消音乐会员续费"],
    ),
    // music_vip__membership_status
    (
        &[
            "绿钻到期没",
            "黑胶还有几天",
            "音乐会员什么时候到期",
            "music vip expiry",
        ],
        &["音乐会员状态"],
    ),
    // music_vip__upgrade_tier
    (
        &["升级豪华绿钻", "升SVIP", "绿钻升豪华", "upgrade music vip"],
        &["音乐会员升级"],
    ),
    // music_vip__plans
    (
        &[
            "绿钻多少钱",
            "黑胶会员价格",
            "音乐会员年卡",
            "联合会员",
            "music vip price",
        ],
        &["音乐会员价格"],
    ),
    // online_doctor__find_doctors
    (
        &[
            "网上看医生",
            "儿科医生在线",
            "咳嗽找哪个医生",
            "线上医生",
            "好评医生",
            "online doctor",
            "在线医生",
        ],
        &["找医生"],
    ),
    // online_doctor__start_consultation
    (
        &[
            "网上问医生",
            "在线问诊",
            "发图问医生",
            "问问医生",
            "孩子发烧问医生",
            "ask a doctor online",
            "文诊",
        ],
        &["发起图文问诊"],
    ),
    // online_doctor__book_video_call
    (
        &[
            "视频看医生",
            "电话问诊",
            "和医生视频",
            "约医生打电话",
            "video doctor",
        ],
        &["视频问诊"],
    ),
    // online_doctor__renew_prescription
    (
        &[
            "降压药吃完了",
            "续药",
            "网上开药",
            "慢病开药",
            "复诊开药",
            "refill prescription",
            "续放",
        ],
        &["复诊续方"],
    ),
    // online_doctor__list_consultations
    (
        &[
            "问过的医生",
            "医生回复了吗",
            "问诊历史",
            "开的处方",
            "my consultations",
        ],
        &["我的问诊记录"],
    ),
    // online_doctor__cancel_consultation
    (
        &[
            "医生没回退款",
            "不问了",
            "问诊退钱",
            "医生不回复",
            "cancel consultation",
        ],
        &["取消问诊"],
    ),
    // online_doctor__rate_doctor
    (
        &[
            "给医生好评",
            "医生打分",
            "给医生评价",
            "医生态度差",
            "rate doctor",
        ],
        &["评价医生"],
    ),
    // online_mall__search_products
    (
        &[
            "扫地机器人多少钱",
            "商城有没有手机",
            "找个空气炸锅",
            "免息商品",
            "积分商城",
            "shop online",
            "商城搜索",
        ],
        &["搜索商品"],
    ),
    // online_mall__place_order
    (
        &[
            "商城买个",
            "立即购买",
            "全款买",
            "下单买手机",
            "商城购买",
            "buy now",
        ],
        &["商城下单"],
    ),
    // online_mall__installment_order
    (
        &[
            "分期买手机",
            "免息分期",
            "12期免息",
            "信用卡分期买",
            "分期付款买",
            "buy on installments",
            "分七买",
        ],
        &["分期购买"],
    ),
    // online_mall__track_shipment
    (
        &[
            "发货了吗",
            "买的东西到哪了",
            "商城物流",
            "快递单号",
            "什么时候到货",
            "where is my order",
            "物留",
        ],
        &["查看物流"],
    ),
    // online_mall__confirm_receipt
    (
        &[
            "收到货了",
            "东西到了确认",
            "签收了",
            "已收货",
            "confirm delivery",
            "确认收获",
        ],
        &["确认收货"],
    ),
    // online_mall__return_refund
    (
        &[
            "七天无理由",
            "不想要了退货",
            "退货",
            "质量问题退",
            "东西坏了退",
            "return item",
        ],
        &["申请退货退款"],
    ),
    // online_mall__refund_only
    (
        &[
            "没收到货退款",
            "没发货退钱",
            "不用退货只退款",
            "少了配件",
            "refund only",
        ],
        &["仅退款"],
    ),
    // online_mall__my_orders
    (
        &[
            "待发货",
            "待付款订单",
            "商城订单",
            "售后中",
            "my mall orders",
        ],
        &["我的商城订单"],
    ),
    // online_mall__cancel_order
    (
        &[
            "商城不买了",
            "还没发货取消",
            "拍错了",
            "下错单",
            "cancel mall order",
        ],
        &["取消商城订单"],
    ),
    // outpatient_pay__query_unpaid
    (
        &[
            "看病要交多少钱",
            "待缴费",
            "医生开的单子多少钱",
            "检查费多少",
            "unpaid hospital fees",
        ],
        &["查询门诊待缴费"],
    ),
    // outpatient_pay__pay_fees
    (
        &[
            "看病交钱",
            "手机缴费不排队",
            "交检查费",
            "交药费",
            "医院缴费",
            "pay hospital bill",
            "门诊交费",
        ],
        &["Pay outpatient fees"],
    ),
    // outpatient_pay__pay_with_insurance
    (
        &[
            "医保支付",
            "用医保卡付",
            "医保报销",
            "刷医保",
            "医保电子凭证",
            "use medical insurance",
            "一保结算",
        ],
        &["医保在线结算"],
    ),
    // outpatient_pay__payment_history
    (
        &[
            "看病花了多少",
            "交过的费",
            "医院付款记录",
            "缴费明细",
            "medical payment history",
        ],
        &["门诊缴费记录"],
    ),
    // outpatient_pay__get_einvoice
    (
        &[
            "看病发票",
            "医院发票",
            "电子票据下载",
            "报销要发票",
            "医疗发票",
            "medical receipt",
        ],
        &["医疗电子票据"],
    ),
    // outpatient_pay__request_refund
    (
        &[
            "检查没做退钱",
            "药没拿退费",
            "退检查费",
            "多交了退钱",
            "hospital refund",
            "门诊退废",
        ],
        &["门诊退费"],
    ),
    // pharmacy__search_drugs
    (
        &[
            "布洛芬有卖吗",
            "感冒药",
            "退烧药",
            "有没有这个药",
            "药多少钱",
            "buy ibuprofen",
            "买什么药",
        ],
        &["搜索药品"],
    ),
    // pharmacy__upload_prescription
    (
        &[
            "处方药要处方",
            "拍处方",
            "审方",
            "处方照片",
            "upload prescription",
            "处方审核",
        ],
        &["上传处方"],
    ),
    // pharmacy__place_order
    (
        &[
            "买药送上门",
            "送药上门",
            "半夜买药",
            "家里没药了",
            "网上买药",
            "order medicine",
            "卖药",
        ],
        &["下单买药"],
    ),
    // pharmacy__track_order
    (
        &[
            "药到哪了",
            "药还有多久送到",
            "送药骑手",
            "药送到没",
            "medicine delivery status",
        ],
        &["药品配送"],
    ),
    // pharmacy__list_orders
    (
        &[
            "买过的药",
            "上次买的药",
            "药品订单",
            "买药记录",
            "my medicine orders",
        ],
        &["我的买药订单"],
    ),
    // pharmacy__cancel_order
    (
        &[
            "药不要了",
            "买错药了",
            "药退掉",
            "药单取消",
            "cancel medicine order",
        ],
        &["取消买药订单"],
    ),
    // pharmacy__set_reminder
    (
        &[
            "提醒我吃药",
            "按时吃药",
            "吃药闹钟",
            "每天吃药提醒",
            "medication reminder",
            "用要提醒",
        ],
        &["设置用药提醒"],
    ),
    // pharmacy__delete_reminder
    (
        &[
            "不用提醒吃药了",
            "吃药提醒删了",
            "药吃完了关提醒",
            "stop pill reminder",
        ],
        &["删除用药提醒"],
    ),
    // scenic_tickets__search_spots
    (
        &[
            "故宫门票多少钱",
            "好玩的景点",
            "周末去哪玩",
            "海洋馆",
            "景区开放时间",
            "attractions nearby",
            "景点推荐",
        ],
        &["搜索景点"],
    ),
    // scenic_tickets__buy_ticket
    (
        &[
            "买门票",
            "买张景点票",
            "儿童票",
            "学生票",
            "买迪士尼门票",
            "buy entry tickets",
            "门票购买",
        ],
        &["购买景区门票"],
    ),
    // scenic_tickets__reserve_entry
    (
        &[
            "免费博物馆预约",
            "博物馆预约",
            "约个参观时间",
            "入园预约",
            "免门票预约",
            "museum reservation",
        ],
        &["预约入园"],
    ),
    // scenic_tickets__refund_ticket
    (
        &[
            "门票退钱",
            "景区不去了",
            "门票退掉",
            "下雨不去了",
            "refund attraction ticket",
        ],
        &["门票退票"],
    ),
    // scenic_tickets__my_tickets
    (
        &[
            "入园码",
            "门票二维码",
            "我买的门票",
            "进景区的码",
            "my entry ticket",
        ],
        &["我的门票"],
    ),
    // scenic_tickets__annual_pass
    (
        &[
            "公园年卡",
            "年票",
            "办个年卡",
            "景点年票",
            "annual pass",
            "公园年票",
        ],
        &["景区年卡"],
    ),
    // scenic_tickets__crowd_level
    (
        &[
            "人多不多",
            "景区挤不挤",
            "排队人多吗",
            "今天门票卖完了吗",
            "crowd level",
        ],
        &["景区实时客流"],
    ),
    // sports_venue__search_venues
    (
        &[
            "附近羽毛球馆",
            "哪有篮球场",
            "游泳馆",
            "网球场在哪",
            "打球的地方",
            "badminton court near me",
            "羽毛球管",
        ],
        &["搜索运动场馆"],
    ),
    // sports_venue__court_availability
    (
        &[
            "还有场吗",
            "晚上有空场吗",
            "场地余量",
            "几点有场",
            "free courts",
        ],
        &["查询空闲场地"],
    ),
    // sports_venue__book_court
    (
        &[
            "订个羽毛球场",
            "约场打球",
            "订篮球场",
            "订网球场",
            "游泳票",
            "book a court",
            "定场地",
        ],
        &["预订场地"],
    ),
    // sports_venue__cancel_booking
    (
        &[
            "球场退掉",
            "不打球了",
            "场地取消",
            "约场取消",
            "cancel court booking",
        ],
        &["取消场地预订"],
    ),
    // sports_venue__list_bookings
    (
        &["入场码", "订的场几点", "我订的球场", "my court bookings"],
        &["我的场地订单"],
    ),
    // sports_venue__change_booking
    (
        &[
            "换个时间打球",
            "场地改时间",
            "换片场地",
            "改到晚上打",
            "change court time",
        ],
        &["改签场地"],
    ),
    // supermarket__nearby_supermarkets
    (
        &[
            "附近有沃尔玛吗",
            "永辉超市",
            "盒马送不送",
            "哪个超市能送",
            "supermarket near me",
        ],
        &["附近超市"],
    ),
    // supermarket__search_goods
    (
        &[
            "卫生纸多少钱",
            "洗衣液",
            "米面粮油",
            "超市促销",
            "超市满减",
            "零食",
            "supermarket deals",
        ],
        &["搜索超市商品"],
    ),
    // supermarket__place_order
    (
        &[
            "超市买东西送家",
            "买箱水",
            "买袋米",
            "到店自提",
            "纸巾没了",
            "order from supermarket",
        ],
        &["超市下单"],
    ),
    // supermarket__order_status
    (
        &[
            "超市的东西到哪了",
            "超市送到没",
            "自提好了吗",
            "supermarket order status",
        ],
        &["超市订单状态"],
    ),
    // supermarket__return_goods
    (
        &[
            "超市买的坏了",
            "过期了退货",
            "超市退货",
            "送错东西了",
            "return supermarket items",
        ],
        &["超市退货退款"],
    ),
    // supermarket__cancel_order
    (
        &[
            "超市订单不要了",
            "超市撤单",
            "超市买错了",
            "cancel supermarket order",
        ],
        &["取消超市订单"],
    ),
    // tencent_video__plans
    (
        &[
            "腾讯会员多少钱",
            "腾讯视频年卡价格",
            "SVIP多少钱",
            "腾讯会员优惠",
            "tencent video price",
        ],
        &["腾讯视频会员套餐"],
    ),
    // tencent_video__buy_vip
    (
        &[
            "开腾讯会员",
            "追剧开腾讯",
            "买腾讯视频VIP",
            "开个腾讯视频",
            "buy tencent video vip",
            "腾迅会员",
        ],
        &["开通腾讯视频会员"],
    ),
    // tencent_video__auto_renew
    (
        &[
            "腾讯会员包月",
            "腾讯视频自动续",
            "腾讯视频每月扣",
            "tencent video monthly",
        ],
        &["腾讯视频连续包月"],
    ),
    // tencent_video__cancel_auto_renew
    (
        &[
            "腾讯视频别扣钱了",
            "关掉腾讯会员续费",
            "腾讯视频自动扣费",
            "腾讯会员退订",
            "stop tencent video renewal",
        ],
        &["取消腾讯视频自动续费"],
    ),
    // tencent_video__membership_status
    (
        &[
            "腾讯会员到期没",
            "腾讯视频还有几天",
            "腾讯会员什么时候扣费",
            "tencent video expiry",
        ],
        &["腾讯视频会员状态"],
    ),
    // tencent_video__gift_vip
    (
        &[
            "送朋友腾讯会员",
            "给女朋友开腾讯",
            "帮别人开腾讯视频",
            "gift tencent vip",
        ],
        &["赠送腾讯视频会员"],
    ),
    // tour_package__search_packages
    (
        &[
            "跟团游",
            "自由行套餐",
            "去三亚玩",
            "一日游",
            "旅游线路推荐",
            "五一去哪玩",
            "tour packages",
            "旅游套餐",
        ],
        &["搜索旅游线路"],
    ),
    // tour_package__book_package
    (
        &[
            "报个团",
            "报名跟团游",
            "订自由行",
            "交旅游定金",
            "带爸妈去旅游",
            "book a tour",
            "报旅游团",
        ],
        &["预订旅游线路"],
    ),
    // tour_package__add_travellers
    (
        &[
            "填游客信息",
            "补出游人身份证",
            "加出行人",
            "旅游人信息",
            "add traveller info",
        ],
        &["填写出游人"],
    ),
    // tour_package__cancel_package
    (
        &[
            "不去旅游了",
            "退团",
            "旅游订单退款",
            "跟团取消",
            "cancel tour",
            "退旅游团",
        ],
        &["取消旅游订单"],
    ),
    // tour_package__tour_notice
    (
        &[
            "几点集合",
            "集合地点",
            "导游电话",
            "行程安排",
            "出团通知书",
            "meeting point",
        ],
        &["出团通知"],
    ),
    // tour_package__my_trips
    (
        &["我报的团", "旅游订单", "自由行订单", "my tour bookings"],
        &["我的度假订单"],
    ),
    // train_ticket__search_trains
    (
        &[
            "还有票吗",
            "高铁票还有吗",
            "明天去上海的高铁",
            "火车时刻表",
            "有没有卧铺",
            "回家的火车",
            "train tickets left",
            "余票查寻",
        ],
        &["查询车次余票"],
    ),
    // train_ticket__book_ticket
    (
        &[
            "买张高铁票",
            "订火车票",
            "抢火车票",
            "买动车票",
            "买卧铺",
            "book train ticket",
            "买或车票",
        ],
        &["购买火车票"],
    ),
    // train_ticket__change_ticket
    (
        &[
            "高铁改签",
            "改签到明天",
            "换个车次",
            "火车票改时间",
            "change train ticket",
            "火车票该签",
        ],
        &["火车票改签"],
    ),
    // train_ticket__refund_ticket
    (
        &[
            "高铁票退了",
            "不坐火车了",
            "退火车票",
            "退票费多少",
            "refund train ticket",
            "火车票推票",
        ],
        &["火车票退票"],
    ),
    // train_ticket__waitlist
    (
        &[
            "买不到票候补",
            "候补一下",
            "票卖完了",
            "抢不到票",
            "没票了排队",
            "waitlist train",
            "后补",
        ],
        &["候补购票"],
    ),
    // train_ticket__my_orders
    (
        &[
            "几号检票口",
            "我的车票",
            "座位号多少",
            "火车票订单",
            "my train tickets",
        ],
        &["我的火车票订单"],
    ),
    // train_ticket__add_passenger
    (
        &[
            "加乘车人",
            "帮爸妈买票添加",
            "添加孩子乘客",
            "学生票乘车人",
            "add passenger",
        ],
        &["常用乘车人"],
    ),
    // train_ticket__train_status
    (
        &[
            "火车晚点了吗",
            "高铁晚点",
            "几点到站",
            "接站看车次",
            "train delayed",
            "正晚点查询",
        ],
        &["列车正晚点"],
    ),
    // training_course__search_courses
    (
        &[
            "钢琴班",
            "少儿编程",
            "雅思培训",
            "游泳班",
            "兴趣班",
            "孩子学画画",
            "courses for kids",
        ],
        &["搜索培训课程"],
    ),
    // training_course__book_trial
    (
        &[
            "试听一节",
            "免费试课",
            "体验课",
            "先听一节",
            "trial lesson",
            "试听客",
        ],
        &["预约试听课"],
    ),
    // training_course__buy_course
    (
        &[
            "报个钢琴班",
            "买课时",
            "报名兴趣班",
            "买课时包",
            "buy a course",
            "报班",
        ],
        &["购买课程"],
    ),
    // training_course__buy_in_installments
    (
        &[
            "学费分期报班",
            "雅思课分期",
            "课程分期",
            "培训费分期",
            "course installments",
        ],
        &["课程分期付款"],
    ),
    // training_course__my_courses
    (
        &[
            "还剩几节课",
            "剩余课时",
            "下节课什么时候",
            "课时用了多少",
            "remaining lessons",
        ],
        &["我的课程与课时"],
    ),
    // training_course__reschedule_lesson
    (
        &[
            "这节课请假",
            "换个时间上课",
            "改上课时间",
            "孩子生病请假课",
            "reschedule lesson",
        ],
        &["调课"],
    ),
    // training_course__request_refund
    (
        &[
            "不学了退钱",
            "退课",
            "培训班退费",
            "机构跑路退钱",
            "课退掉",
            "course refund",
        ],
        &["申请退课退费"],
    ),
    // tuition__bind_student
    (
        &[
            "添加孩子",
            "绑定学号",
            "加个学生",
            "绑孩子学号",
            "link student",
        ],
        &["绑定学生"],
    ),
    // tuition__unbind_student
    (
        &["孩子毕业了解绑", "删除学生", "不用绑了", "unlink student"],
        &["解绑学生"],
    ),
    // tuition__query_fees
    (
        &[
            "这学期学费多少",
            "要交多少学费",
            "住宿费多少",
            "教材费多少",
            "tuition due",
            "学费查询",
        ],
        &["查询应缴学费"],
    ),
    // tuition__pay_fees
    (
        &[
            "交学费",
            "交住宿费",
            "给孩子交学费",
            "开学交钱",
            "pay tuition",
            "交学废",
        ],
        &["缴纳学费"],
    ),
    // tuition__payment_history
    (
        &[
            "学费交了没",
            "交过的学费",
            "学费付款记录",
            "tuition payment history",
        ],
        &["学费缴费记录"],
    ),
    // tuition__get_receipt
    (
        &[
            "学费收据",
            "学费发票",
            "学费票据",
            "缴费证明",
            "tuition receipt",
        ],
        &["Download a fee receipt"],
    ),
    // tuition__tuition_installment
    (
        &[
            "学费太贵分期",
            "学费分几个月",
            "学费信用卡分期",
            "tuition installments",
        ],
        &["学费分期"],
    ),
    // vaccine__list_vaccines
    (
        &[
            "九价有苗吗",
            "哪里有hpv",
            "流感疫苗",
            "狂犬疫苗在哪打",
            "带状疱疹疫苗",
            "vaccine availability",
            "九价疫苗",
        ],
        &["查询可约疫苗"],
    ),
    // vaccine__list_slots
    (
        &[
            "哪天能打",
            "疫苗号源",
            "接种时间段",
            "还有号吗疫苗",
            "vaccination slots",
        ],
        &["接种门诊号源"],
    ),
    // vaccine__book_vaccination
    (
        &[
            "约打疫苗",
            "打九价",
            "打流感疫苗",
            "被狗咬了打疫苗",
            "孩子打疫苗",
            "book vaccine",
            "预约打针",
        ],
        &["预约接种"],
    ),
    // vaccine__cancel_vaccination
    (
        &[
            "疫苗不打了",
            "打针取消",
            "约的疫苗去不了",
            "cancel vaccination",
        ],
        &["取消接种预约"],
    ),
    // vaccine__list_bookings
    (
        &[
            "约在哪天打",
            "打疫苗几点",
            "我约的疫苗",
            "my vaccine appointments",
        ],
        &["我的接种预约"],
    ),
    // vaccine__vaccination_record
    (
        &[
            "打过哪些疫苗",
            "接种本",
            "预防接种证",
            "第几针了",
            "vaccination record",
        ],
        &["查询接种记录"],
    ),
    // vaccine__stock_alert
    (
        &[
            "有苗通知我",
            "到苗通知",
            "九价到了提醒",
            "没苗等通知",
            "vaccine in stock alert",
            "到描提醒",
        ],
        &["到苗提醒"],
    ),
    // vaccine__child_schedule
    (
        &[
            "宝宝几个月打什么针",
            "疫苗时间表",
            "孩子该打什么疫苗",
            "自费疫苗",
            "baby vaccine schedule",
        ],
        &["儿童免疫规划"],
    ),
    // visa_service__requirements
    (
        &[
            "去日本要签证吗",
            "免签国家",
            "落地签",
            "签证要什么材料",
            "签证费多少",
            "visa requirements",
        ],
        &["签证办理要求"],
    ),
    // visa_service__apply_visa
    (
        &[
            "办个日本签证",
            "办签证",
            "申请签证",
            "出国旅游签证",
            "apply for visa",
            "办前证",
        ],
        &["代办签证"],
    ),
    // visa_service__upload_documents
    (
        &[
            "交签证材料",
            "上传护照照片",
            "银行流水上传",
            "在职证明",
            "upload visa documents",
        ],
        &["上传签证材料"],
    ),
    // visa_service__application_status
    (
        &[
            "签证出签了吗",
            "送签了吗",
            "签证办到哪了",
            "签证下来没",
            "visa status",
        ],
        &["签证进度查询"],
    ),
    // visa_service__passport_return
    (
        &[
            "护照寄回来",
            "护照什么时候寄到",
            "护照邮寄地址",
            "passport mailed back",
        ],
        &["护照寄回"],
    ),
    // visa_service__cancel_application
    (
        &["签证不办了", "不出国了", "签证撤回", "cancel visa"],
        &["取消签证申请"],
    ),
    // ---- second pass: situations, English and mixed phrasings ----
    // campus_card__get_balance
    (
        &[
            "饭卡还够吃几天",
            "孩子饭卡还有钱没",
            "刷饭卡前看看余额",
            "check campus card balance",
            "校园卡 balance 多少",
        ],
        &["查询校园卡余额"],
    ),
    // campus_card__top_up
    (
        &[
            "食堂刷卡余额不足",
            "孩子说饭卡没钱了",
            "开学给饭卡打钱",
            "给一卡通转点钱",
            "add money to meal card",
            "校园卡 top up",
        ],
        &["校园卡充值"],
    ),
    // campus_card__transactions
    (
        &[
            "饭卡怎么扣这么快",
            "孩子饭卡钱花得太快",
            "饭卡多扣了一笔",
            "看看孩子在食堂吃什么",
            "where did my meal card money go",
            "campus card transactions",
        ],
        &["校园卡消费明细"],
    ),
    // campus_card__report_lost
    (
        &[
            "饭卡落在食堂了",
            "一卡通不见了怕被刷",
            "钱包连饭卡一起丢了",
            "校园卡被人捡走",
            "freeze my campus card",
            "meal card lost",
        ],
        &["校园卡挂失"],
    ),
    // campus_card__cancel_lost
    (
        &[
            "饭卡在宿舍找到了",
            "挂失后卡又找到了",
            "同学捡到我的饭卡",
            "校园卡恢复使用",
            "unfreeze campus card",
        ],
        &["校园卡解挂"],
    ),
    // campus_card__set_auto_topup
    (
        &[
            "老忘给饭卡充钱",
            "孩子饭卡总没钱",
            "饭卡没钱自动从银行卡扣",
            "automatic campus card top up",
            "饭卡 auto recharge",
        ],
        &["设置自动充值"],
    ),
    // campus_card__cancel_auto_topup
    (
        &[
            "毕业了饭卡别再自动充",
            "饭卡老自动扣银行卡",
            "不想饭卡自动扣钱",
            "关闭圈存",
            "turn off meal card auto top up",
        ],
        &["取消自动充值"],
    ),
    // campus_card__pay_dorm_power
    (
        &[
            "宿舍空调用不了",
            "寝室灯不亮了",
            "宿舍电费用完了",
            "寝室突然停电",
            "dorm power ran out",
            "top up dorm electricity",
        ],
        &["宿舍电费充值"],
    ),
    // coach_ferry__search_schedules
    (
        &[
            "去县城的班车几点",
            "回乡下坐什么车",
            "去海岛的船几点",
            "客运站发车时间",
            "bus to my hometown",
            "ferry times to island",
        ],
        &["汽车船班次"],
    ),
    // coach_ferry__buy_ticket
    (
        &[
            "开车去海南要坐船",
            "过年回老家坐大巴",
            "买张去岛上的船票",
            "汽车站买票",
            "buy coach ticket",
            "订 bus ticket",
        ],
        &["购买汽车票船票"],
    ),
    // coach_ferry__refund_ticket
    (
        &[
            "大巴改天走不坐了",
            "船票退票手续费",
            "行程取消退车票",
            "cancel coach ticket",
            "汽车票 refund",
        ],
        &["汽车票船票退票"],
    ),
    // coach_ferry__my_tickets
    (
        &[
            "汽车站取票",
            "大巴几号检票口",
            "船票二维码",
            "上船凭证",
            "coach ticket QR code",
        ],
        &["我的汽车票船票"],
    ),
    // coach_ferry__ferry_weather
    (
        &[
            "台风来了船还开吗",
            "海上风大停航",
            "渡轮今天开不开",
            "台风天轮渡",
            "is the ferry running",
            "ferry cancelled due to wind",
        ],
        &["航线停航", "停航公告"],
    ),
    // coffee_tea__nearby_stores
    (
        &[
            "想喝咖啡附近有吗",
            "公司楼下有咖啡店吗",
            "附近奶茶店几点关门",
            "nearest starbucks",
            "附近 coffee shop",
        ],
        &["附近门店"],
    ),
    // coffee_tea__menu
    (
        &[
            "有没有低糖的奶茶",
            "燕麦奶拿铁有吗",
            "有什么不含咖啡因的",
            "新品是什么口味",
            "what drinks do they have",
            "奶茶 menu",
        ],
        &["查看菜单"],
    ),
    // coffee_tea__place_order
    (
        &[
            "开会前买杯咖啡",
            "请同事喝奶茶",
            "给同事带几杯咖啡",
            "犯困想喝咖啡",
            "order bubble tea",
            "点杯 coffee",
        ],
        &["点单下单"],
    ),
    // coffee_tea__pickup_code
    (
        &[
            "到店了饮品怎么取",
            "我的奶茶做好没",
            "取杯号多少",
            "is my coffee ready",
            "coffee pickup code",
        ],
        &["取餐码"],
    ),
    // coffee_tea__cancel_order
    (
        &[
            "咖啡点错店了",
            "奶茶下错单了",
            "奶茶下单后不想要了",
            "cancel drink order",
            "咖啡 cancel",
        ],
        &["取消饮品订单"],
    ),
    // coffee_tea__drink_coupons
    (
        &[
            "有没有免费咖啡券",
            "咖啡券怎么用",
            "上次送的饮品券",
            "我的奶茶优惠券",
            "coffee coupon expiring",
        ],
        &["我的饮品券"],
    ),
    // coffee_tea__buy_coupon_pack
    (
        &[
            "每天上班都喝咖啡",
            "咖啡想喝便宜点",
            "一次买几杯更便宜",
            "银行卡咖啡券包",
            "bulk coffee vouchers",
            "buy coffee pack",
        ],
        &["咖啡券包"],
    ),
    // dental_clinic__list_clinics
    (
        &[
            "搬家后找新牙医",
            "附近哪里能拔牙",
            "周末开门的牙科",
            "儿童牙科在哪",
            "find a dentist",
            "口腔诊所 near me",
        ],
        &["附近口腔门诊"],
    ),
    // dental_clinic__price_list
    (
        &[
            "种一颗牙要多少钱",
            "做牙套贵不贵",
            "根管治疗多少钱",
            "牙贴面价格",
            "how much is a dental implant",
        ],
        &["口腔项目价格"],
    ),
    // dental_clinic__book_cleaning
    (
        &[
            "牙齿有烟渍",
            "刷牙出血口臭",
            "半年没洗牙了",
            "牙上有黑垢",
            "book dental cleaning",
            "洗牙 appointment",
        ],
        &["预约洗牙"],
    ),
    // dental_clinic__book_consultation
    (
        &[
            "智齿发炎脸肿了",
            "牙齿有个洞",
            "吃冷的牙酸",
            "孩子牙不齐",
            "牙齿松动了",
            "门牙磕断了",
            "toothache",
            "broke a tooth",
        ],
        &["口腔面诊"],
    ),
    // dental_clinic__list_bookings
    (
        &[
            "忘了约的哪天看牙",
            "洗牙是几点来着",
            "牙科预约地址",
            "when is my dentist appointment",
        ],
        &["我的口腔预约"],
    ),
    // dental_clinic__cancel_booking
    (
        &[
            "临时有事去不了牙科",
            "牙不疼了不去了",
            "洗牙那天要出差",
            "cancel dental visit",
            "牙医 appointment 取消",
        ],
        &["取消口腔预约"],
    ),
    // dental_clinic__pay_installments
    (
        &[
            "种牙一次付不起",
            "矫正太贵分几个月",
            "看牙钱不够",
            "dental implant installments",
            "牙套 monthly payment",
        ],
        &["口腔治疗分期"],
    ),
    // duty_free__search_goods
    (
        &[
            "免税店有什么牌子",
            "免税店比国内便宜多少",
            "免税店有没有这款香水",
            "duty free lipstick price",
            "免税 iphone 价格",
        ],
        &["搜索免税商品"],
    ),
    // duty_free__quota
    (
        &[
            "今年在海南买了多少",
            "免税还能买几件",
            "免税额度一年多少",
            "how much duty free left",
            "离岛免税 quota",
        ],
        &["免税额度"],
    ),
    // duty_free__order_goods
    (
        &[
            "去三亚玩顺便买化妆品",
            "离岛前买免税",
            "给老婆买免税香水",
            "免税下单要航班号",
            "order duty free goods",
        ],
        &["免税下单"],
    ),
    // duty_free__my_orders
    (
        &[
            "免税的货提了吗",
            "离岛提货单",
            "免税快递到了吗",
            "机场提货点在哪",
            "duty free pickup status",
        ],
        &["duty-free orders"],
    ),
    // duty_free__change_pickup
    (
        &[
            "航班改签了免税提货",
            "离岛时间变了",
            "不想机场提货改邮寄",
            "提货信息填错了",
            "change duty free pickup",
        ],
        &["修改提货信息"],
    ),
    // duty_free__cancel_order
    (
        &[
            "海南行程取消了",
            "买的免税不要了",
            "免税退款恢复额度",
            "不离岛了退单",
            "refund duty free order",
        ],
        &["取消免税订单"],
    ),
    // exam_reg__list_exams
    (
        &[
            "想考个证",
            "大学生能考什么证",
            "下半年有什么考试",
            "考证报名时间",
            "what exams can I take",
        ],
        &["可报名考试"],
    ),
    // exam_reg__register
    (
        &[
            "毕业前要过四级",
            "想考教师资格证",
            "找工作要计算机二级",
            "考个普通话证",
            "register for CET",
            "报 exam",
        ],
        &["register for an exam"],
    ),
    // exam_reg__pay_fee
    (
        &[
            "报名了还没付钱",
            "报名费怎么交",
            "不交费报名会作废吗",
            "exam fee payment",
            "报名费 pay",
        ],
        &["缴纳报名费"],
    ),
    // exam_reg__registration_status
    (
        &[
            "报名审核没通过",
            "报名显示待审核",
            "报名照片审核不通过",
            "is my exam registration done",
            "报名 status",
        ],
        &["报名状态"],
    ),
    // exam_reg__admission_ticket
    (
        &[
            "明天考试还没准考证",
            "不知道在哪考试",
            "考前打印准考证",
            "print admission ticket",
            "准考证 download",
            "exam room location",
        ],
        &["准考证"],
    ),
    // exam_reg__query_score
    (
        &[
            "四级过了没",
            "考完等出成绩",
            "教资笔试过了吗",
            "did I pass the exam",
            "exam results",
            "考试成绩出了吗",
        ],
        &["考试成绩"],
    ),
    // exam_reg__cancel_registration
    (
        &[
            "报了名时间冲突",
            "考试跟出差冲突",
            "没复习好不想考了",
            "cancel exam registration",
            "报名 撤销",
        ],
        &["取消报名"],
    ),
    // express_delivery__quote_shipping
    (
        &[
            "寄一箱书多少钱",
            "寄快递哪家便宜",
            "寄行李回家多少钱",
            "寄大件贵不贵",
            "cheapest courier",
            "shipping fee estimate",
        ],
        &["运费估算"],
    ),
    // express_delivery__send_parcel
    (
        &[
            "毕业寄行李回家",
            "搬家东西寄回去",
            "给爸妈寄点东西",
            "寄文件给客户",
            "courier pickup at home",
            "ship a parcel",
            "寄个 package",
        ],
        &["寄快递"],
    ),
    // express_delivery__track_parcel
    (
        &[
            "快递好几天没动了",
            "物流一直不更新",
            "快递显示签收没收到",
            "单号查物流",
            "tracking number",
            "where is my parcel",
        ],
        &["快递查询"],
    ),
    // express_delivery__my_parcels
    (
        &[
            "有快递没拿",
            "快递柜取不出来",
            "驿站有我的件吗",
            "我手机号的快递",
            "parcel pickup code",
            "快递 code",
        ],
        &["我的快递"],
    ),
    // express_delivery__cancel_shipment
    (
        &[
            "寄件信息填错了",
            "快递员一直不来",
            "东西不用寄了",
            "cancel courier pickup",
            "寄件 cancel",
        ],
        &["取消寄件"],
    ),
    // express_delivery__address_book
    (
        &[
            "搬家了改寄件地址",
            "换了新地址",
            "常用收货人",
            "add recipient address",
            "地址 book",
        ],
        &["寄件地址簿"],
    ),
    // express_delivery__file_claim
    (
        &[
            "快递被弄丢了",
            "寄的东西碎了",
            "包裹被拆过",
            "易碎品寄坏了",
            "parcel damaged",
            "快递 lost 赔偿",
        ],
        &["快递理赔"],
    ),
    // flight_ticket__search_flights
    (
        &[
            "飞三亚多少钱",
            "最早一班飞机",
            "去东京的机票",
            "国际航班价格",
            "cheap flights",
            "机票 price",
        ],
        &["查询航班机票"],
    ),
    // flight_ticket__book_flight
    (
        &[
            "下周出国要订机票",
            "帮我 book 机票",
            "给爸妈订机票",
            "坐飞机回家过年",
            "book plane ticket",
            "订回程机票",
        ],
        &["预订机票"],
    ),
    // flight_ticket__refund_flight
    (
        &[
            "行程取消了退机票",
            "生病飞不了了",
            "航班取消要退钱",
            "cancel my flight",
            "机票 refund",
        ],
        &["机票退票"],
    ),
    // flight_ticket__change_flight
    (
        &[
            "会议推迟了改机票",
            "航班想提前",
            "赶不上飞机了改签",
            "reschedule flight",
            "机票 改 date",
        ],
        &["机票改期"],
    ),
    // flight_ticket__check_in
    (
        &[
            "明天飞要值机吗",
            "不想排队值机",
            "电子登机牌",
            "get boarding pass",
            "check in flight",
        ],
        &["在线值机"],
    ),
    // flight_ticket__select_seat
    (
        &[
            "想坐靠窗",
            "带孩子坐一起",
            "不想坐中间座",
            "安全出口座位",
            "aisle seat",
            "飞机 seat 选",
        ],
        &["在线选座"],
    ),
    // flight_ticket__flight_status
    (
        &[
            "去机场接人",
            "飞机到了没",
            "大雾飞机还飞吗",
            "雷雨天航班",
            "is my flight on time",
            "flight arrival time",
        ],
        &["航班动态"],
    ),
    // flight_ticket__my_trips
    (
        &[
            "忘了几点的飞机",
            "哪天的航班来着",
            "我的机票订单",
            "upcoming flights",
            "机票 order",
        ],
        &["我的机票订单"],
    ),
    // flight_ticket__reimbursement_receipt
    (
        &[
            "出差回来要报销",
            "公司要机票行程单",
            "机票电子发票",
            "flight expense receipt",
            "报销 flight",
        ],
        &["机票报销凭证"],
    ),
    // flowers_cakes__browse_flowers
    (
        &[
            "朋友开业送什么",
            "去医院看病人带什么花",
            "母亲节送什么花",
            "毕业送花",
            "flowers for mom",
            "花束 推荐",
        ],
        &["挑选鲜花"],
    ),
    // flowers_cakes__browse_cakes
    (
        &[
            "孩子过生日什么蛋糕",
            "蛋糕几寸够几个人",
            "无糖蛋糕",
            "老人祝寿蛋糕",
            "有没有冰淇淋蛋糕",
            "cake options",
        ],
        &["挑选蛋糕"],
    ),
    // flowers_cakes__order_flowers
    (
        &[
            "异地送花",
            "给妈妈送花",
            "七夕送花",
            "吵架了送花道歉",
            "send a bouquet",
            "送 flowers",
        ],
        &["订花送花"],
    ),
    // flowers_cakes__order_cake
    (
        &[
            "同事生日订蛋糕",
            "孩子生日要蛋糕",
            "蛋糕送到公司",
            "给爸爸过寿",
            "order cake delivery",
        ],
        &["订蛋糕"],
    ),
    // flowers_cakes__order_status
    (
        &[
            "对方收到花了吗",
            "蛋糕几点送到",
            "送花有照片吗",
            "cake delivered yet",
            "花 到了吗",
        ],
        &["flower and cake order status"],
    ),
    // flowers_cakes__change_delivery
    (
        &[
            "生日改天过了",
            "对方不在家改时间",
            "收花地址变了",
            "蛋糕提前送",
            "change delivery address",
        ],
        &["修改配送时间"],
    ),
    // flowers_cakes__cancel_order
    (
        &[
            "生日聚会取消了",
            "分手了花不送了",
            "蛋糕订重复了",
            "cancel flower order",
        ],
        &["取消鲜花蛋糕订单"],
    ),
    // food_delivery__search_restaurants
    (
        &[
            "不知道吃什么",
            "晚上饿了",
            "附近有什么外卖",
            "想吃烧烤",
            "what to eat",
            "lunch delivery near me",
        ],
        &["搜索附近外卖"],
    ),
    // food_delivery__place_order
    (
        &[
            "下雨不想出门吃饭",
            "在家不想做饭",
            "给家里点个外卖",
            "加班没吃饭",
            "order food delivery",
            "点个 delivery",
        ],
        &["外卖下单"],
    ),
    // food_delivery__track_order
    (
        &[
            "外卖什么时候到",
            "骑手位置",
            "外卖送到哪了",
            "food delivery status",
            "外卖 eta",
        ],
        &["外卖订单跟踪"],
    ),
    // food_delivery__urge_order
    (
        &[
            "饿死了外卖还没来",
            "外卖超时很久",
            "骑手一直不动",
            "food is late",
            "催 rider",
        ],
        &["催单"],
    ),
    // food_delivery__cancel_order
    (
        &[
            "外卖地址填错了",
            "不想等了取消外卖",
            "外卖重复下单",
            "cancel food order",
            "外卖 cancel",
        ],
        &["取消外卖订单"],
    ),
    // food_delivery__request_refund
    (
        &[
            "外卖难吃",
            "吃出虫子",
            "送来是凉的",
            "少了一份饭",
            "饮料洒了",
            "wrong food delivered",
            "外卖 refund",
        ],
        &["外卖申请退款"],
    ),
    // food_delivery__red_packets
    (
        &[
            "外卖怎么省钱",
            "外卖满减券",
            "点外卖有优惠吗",
            "delivery discount",
            "外卖 coupon",
        ],
        &["外卖红包"],
    ),
    // food_delivery__order_history
    (
        &[
            "上次那家叫什么",
            "再点一次上次的",
            "外卖点过什么",
            "reorder food",
            "外卖 order history",
        ],
        &["外卖历史订单"],
    ),
    // fresh_grocery__search_products
    (
        &[
            "想吃海鲜",
            "今天有什么新鲜水果",
            "有没有有机蔬菜",
            "牛排有货吗",
            "buy vegetables online",
            "fresh 水果",
        ],
        &["搜索生鲜商品"],
    ),
    // fresh_grocery__add_to_cart
    (
        &["先把菜加上", "再来点葱", "凑单", "put in cart", "加 cart"],
        &["加入购物车"],
    ),
    // fresh_grocery__checkout
    (
        &[
            "晚饭的菜送上门",
            "下班回家前菜送到",
            "买菜付款",
            "pay for groceries",
            "菜 checkout",
        ],
        &["生鲜下单结算"],
    ),
    // fresh_grocery__track_delivery
    (
        &[
            "做饭等着菜",
            "菜还没送来",
            "买的菜还没到",
            "grocery delivery eta",
        ],
        &["生鲜配送进度"],
    ),
    // fresh_grocery__quality_refund
    (
        &[
            "收到的菜烂了",
            "水果是坏的",
            "海鲜死了",
            "少了一样菜",
            "牛奶过期了",
            "rotten fruit",
            "菜不新鲜 refund",
        ],
        &["生鲜售后退款"],
    ),
    // fresh_grocery__cancel_order
    (
        &[
            "菜买重复了",
            "今晚不在家做饭了",
            "菜买多了取消",
            "cancel grocery",
        ],
        &["取消生鲜订单"],
    ),
    // fresh_grocery__member_card
    (
        &[
            "经常网上买菜",
            "买菜运费太贵",
            "每次都要配送费",
            "grocery free delivery",
            "买菜 vip",
        ],
        &["生鲜会员卡"],
    ),
    // game_topup__search_games
    (
        &[
            "王者648多少钱",
            "这游戏有首充吗",
            "游戏 充值价格",
            "游戏区服选哪个",
            "game currency price",
        ],
        &["搜索游戏"],
    ),
    // game_topup__topup_game
    (
        &[
            "想买游戏皮肤",
            "抽卡没钻石了",
            "游戏月卡续一下",
            "手游 充值",
            "buy game diamonds",
            "充 648",
        ],
        &["Top up a game account"],
    ),
    // game_topup__topup_qcoin
    (
        &[
            "QQ会员要Q币",
            "给朋友QQ充值",
            "Q币不够了",
            "top up QQ",
            "qq coins",
        ],
        &["q币充值"],
    ),
    // game_topup__topup_history
    (
        &[
            "充了没到账",
            "点券没收到",
            "上个月游戏花了多少",
            "充错账号了",
            "game top up records",
        ],
        &["游戏充值记录"],
    ),
    // game_topup__minor_refund
    (
        &[
            "孩子偷用我手机充游戏",
            "账单发现游戏扣款",
            "娃拿手机充了几千",
            "kid overspent on games",
            "kid spent money on games",
            "未成年 game refund",
        ],
        &["未成年人充值退款"],
    ),
    // game_topup__spending_limit
    (
        &[
            "怕孩子乱充游戏",
            "自己氪金停不下来",
            "控制游戏开支",
            "游戏花太多了",
            "set game spending cap",
            "stop kid buying games",
        ],
        &["游戏消费限额"],
    ),
    // gym__list_plans
    (
        &[
            "想健身不知道多少钱",
            "附近健身房怎么收费",
            "健身房月卡划算吗",
            "gym prices",
            "健身房 年卡 price",
        ],
        &["会员卡价格"],
    ),
    // gym__buy_membership
    (
        &[
            "过年胖了想健身",
            "新年想锻炼",
            "想练出腹肌",
            "sign up at the gym",
            "办 gym card",
        ],
        &["购买健身会员卡"],
    ),
    // gym__membership_info
    (
        &[
            "健身卡还能用多久",
            "健身卡过期了吗",
            "when does my gym card expire",
            "健身会员 expiry",
        ],
        &["我的会员卡"],
    ),
    // gym__book_class
    (
        &[
            "想上瑜伽",
            "下班上节单车课",
            "想跳操",
            "普拉提课",
            "join a spin class",
            "约 class",
        ],
        &["预约团课"],
    ),
    // gym__cancel_class
    (
        &[
            "加班去不了瑜伽",
            "团课临时有事",
            "不去上团课了",
            "cancel yoga booking",
        ],
        &["取消团课预约"],
    ),
    // gym__freeze_membership
    (
        &[
            "怀孕了不能健身",
            "骨折了练不了",
            "长期出差健身卡",
            "健身卡暂停一个月",
            "freeze gym card",
            "健身卡 pause",
        ],
        &["会员卡停卡"],
    ),
    // gym__unfreeze_membership
    (
        &[
            "出差回来了健身",
            "伤好了继续练",
            "生完孩子回来健身",
            "unfreeze gym card",
            "健身卡 restart",
        ],
        &["会员卡复卡"],
    ),
    // gym__cancel_auto_renew
    (
        &[
            "搬家了不去那家健身房",
            "健身卡每月自动扣钱",
            "不想续费健身",
            "cancel gym subscription",
            "gym 自动续费",
        ],
        &["关闭自动续费"],
    ),
    // health_checkup__list_packages
    (
        &[
            "年纪大了想全面检查",
            "体检选哪个套餐",
            "女性体检项目",
            "老人体检项目",
            "胃肠镜体检套餐",
            "checkup options",
        ],
        &["体检套餐列表"],
    ),
    // health_checkup__buy_package
    (
        &[
            "公司要求入职体检",
            "父母该做体检了",
            "送爸妈体检",
            "buy checkup",
            "体检 package 购买",
        ],
        &["购买体检套餐"],
    ),
    // health_checkup__book_checkup
    (
        &[
            "入职前要体检",
            "约明天体检",
            "体检要空腹吗约时间",
            "schedule a physical",
            "约 checkup",
        ],
        &["预约体检时间"],
    ),
    // health_checkup__reschedule_checkup
    (
        &[
            "那天感冒体检改天",
            "体检那天要加班",
            "来例假体检改期",
            "reschedule physical",
            "体检 延期",
        ],
        &["体检改期"],
    ),
    // health_checkup__cancel_checkup
    (
        &["体检日期先不约", "临时出差体检不去", "cancel physical exam"],
        &["取消体检预约"],
    ),
    // health_checkup__refund_package
    (
        &[
            "体检卡用不上了",
            "买错体检套餐",
            "体检券过期前退",
            "refund physical package",
        ],
        &["体检套餐退款"],
    ),
    // health_checkup__list_checkups
    (
        &[
            "体检买了没约",
            "给爸妈的体检约了吗",
            "checkup orders",
            "体检 订单",
        ],
        &["我的体检订单"],
    ),
    // health_checkup__checkup_report
    (
        &[
            "体检报告有几项偏高",
            "体检查出结节",
            "体检血脂高",
            "体检做完多久出报告",
            "physical exam results",
            "体检 report",
        ],
        &["体检报告"],
    ),
    // hospital_booking__list_hospitals
    (
        &[
            "刚搬来不知道去哪看病",
            "附近哪家医院好",
            "孩子病了去哪个医院",
            "best hospital nearby",
            "三甲 hospital",
        ],
        &["查询可预约医院"],
    ),
    // hospital_booking__list_departments
    (
        &[
            "头晕挂哪个科",
            "肚子疼看什么科",
            "皮肤过敏挂什么科",
            "失眠挂哪个科",
            "which department to see",
            "挂 科室",
        ],
        &["查询医院科室"],
    ),
    // hospital_booking__list_doctors
    (
        &[
            "想找专家看",
            "哪个医生看得好",
            "明天还有号吗",
            "available doctors",
            "号源 check",
        ],
        &["查询医生及号源"],
    ),
    // hospital_booking__book_appointment
    (
        &[
            "身体不舒服要去医院",
            "老人要去医院复查",
            "想去医院看看",
            "帮我 book 个号",
            "make a doctor appointment",
            "挂号 appointment",
        ],
        &["预约挂号"],
    ),
    // hospital_booking__reschedule_appointment
    (
        &[
            "看病那天有事",
            "挂号换一天",
            "明天去不了医院改后天",
            "change appointment",
            "挂号 reschedule",
        ],
        &["改约挂号"],
    ),
    // hospital_booking__cancel_appointment
    (
        &[
            "病好了不用看了",
            "挂了号去不了",
            "退挂号",
            "cancel hospital appointment",
            "挂号 cancel",
        ],
        &["取消挂号"],
    ),
    // hospital_booking__list_appointments
    (
        &[
            "挂的几点来着",
            "忘了挂的哪个医生",
            "appointment details",
            "我的挂号",
        ],
        &["我的预约记录"],
    ),
    // hospital_booking__queue_status
    (
        &[
            "到医院了等叫号",
            "候诊还要多久",
            "还有几个轮到我",
            "how long is the wait",
            "叫号 status",
        ],
        &["候诊排队"],
    ),
    // hotel__search_hotels
    (
        &[
            "出差住的地方",
            "带孩子去玩住哪",
            "机场附近酒店",
            "深夜没地方住",
            "离地铁近的酒店",
            "find a hotel",
            "酒店 near",
        ],
        &["搜索酒店"],
    ),
    // hotel__room_types
    (
        &[
            "一家三口住什么房",
            "带早餐的房",
            "能住三个人吗",
            "room with breakfast",
            "房型 price",
        ],
        &["查看房型价格"],
    ),
    // hotel__book_room
    (
        &[
            "出差要住一晚",
            "旅游订住宿",
            "今晚要住的地方",
            "reserve a room",
            "book 酒店",
        ],
        &["预订酒店"],
    ),
    // hotel__cancel_booking
    (
        &[
            "行程取消酒店不住",
            "航班取消酒店不住了",
            "不去旅游了退酒店",
            "cancel hotel reservation",
            "酒店 cancel",
        ],
        &["取消酒店订单"],
    ),
    // hotel__modify_booking
    (
        &[
            "行程延长多住两天",
            "提前一天退房",
            "入住的人换了",
            "extend hotel stay",
            "酒店 改 date",
        ],
        &["修改酒店订单"],
    ),
    // hotel__my_bookings
    (
        &[
            "订的酒店叫什么",
            "酒店订单查询",
            "hotel reservation details",
            "酒店 booking 查看",
        ],
        &["我的酒店订单"],
    ),
    // hotel__contact_hotel
    (
        &[
            "半夜才到酒店",
            "航班晚到怕房间没了",
            "带宝宝要婴儿床",
            "要无烟房",
            "need a crib",
            "late check in",
        ],
        &["联系酒店备注需求"],
    ),
    // hotel__request_invoice
    (
        &[
            "出差住宿要报销",
            "公司报销住宿",
            "住宿开专票",
            "hotel receipt for expenses",
            "酒店 invoice",
        ],
        &["酒店开发票"],
    ),
    // inpatient__deposit_balance
    (
        &[
            "住院押金还够几天",
            "查住院费余额",
            "爸爸住院花了多少",
            "hospital deposit left",
            "住院 deposit 还剩",
        ],
        &["住院预交金余额"],
    ),
    // inpatient__topup_deposit
    (
        &[
            "老人住院押金不够了",
            "护士催交押金",
            "住院欠费了",
            "医院说押金快用完",
            "top up hospital deposit",
            "住院 押金 充值",
        ],
        &["缴纳住院预交金"],
    ),
    // inpatient__daily_bill
    (
        &[
            "住院费怎么这么贵",
            "每天住院收了啥",
            "住院药费明细",
            "itemized hospital bill",
            "住院 每日费用",
        ],
        &["住院每日清单"],
    ),
    // inpatient__discharge_settlement
    (
        &[
            "明天出院了",
            "医生说可以出院",
            "出院怎么结账",
            "出院医保报销",
            "checking out of hospital",
            "出院 结算",
        ],
        &["出院结算"],
    ),
    // inpatient__book_admission
    (
        &[
            "要做手术得住院",
            "医生让住院",
            "排队等住院",
            "入院登记",
            "hospital admission",
            "住院 booking",
        ],
        &["预约住院床位"],
    ),
    // inpatient__copy_records
    (
        &[
            "买保险要住院病历",
            "转院要病历",
            "单位要住院证明",
            "copy of medical records",
            "病案 copy",
        ],
        &["病案复印"],
    ),
    // iqiyi_vip__plans
    (
        &[
            "爱奇艺哪个会员划算",
            "爱奇艺白金多少钱",
            "爱奇艺星钻有啥用",
            "iqiyi vip plans",
        ],
        &["爱奇艺会员套餐"],
    ),
    // iqiyi_vip__buy_vip
    (
        &[
            "想看的剧在爱奇艺",
            "爱奇艺要会员才能看",
            "爱奇艺看剧有广告",
            "爱奇艺 vip 开通",
            "get iqiyi membership",
        ],
        &["开通爱奇艺会员"],
    ),
    // iqiyi_vip__auto_renew
    (
        &[
            "爱奇艺包月便宜",
            "爱奇艺省得每月开",
            "爱奇艺开连续包月",
            "iqiyi auto renew",
        ],
        &["爱奇艺连续包月"],
    ),
    // iqiyi_vip__cancel_auto_renew
    (
        &[
            "爱奇艺莫名扣费",
            "爱奇艺每月偷偷扣钱",
            "不看爱奇艺了",
            "cancel iqiyi subscription",
            "爱奇艺 unsubscribe",
        ],
        &["取消爱奇艺自动续费"],
    ),
    // iqiyi_vip__membership_status
    (
        &[
            "爱奇艺看不了了",
            "爱奇艺会员过期了吗",
            "爱奇艺是什么会员",
            "iqiyi membership status",
        ],
        &["爱奇艺会员状态"],
    ),
    // iqiyi_vip__upgrade_tier
    (
        &[
            "爱奇艺投屏不了",
            "爱奇艺电视端要白金",
            "爱奇艺黄金升白金",
            "iqiyi on TV",
        ],
        &["爱奇艺会员升级"],
    ),
    // kindergarten__query_fees
    (
        &[
            "幼儿园开学要交多少",
            "这学期园费多少",
            "幼儿园收费明细",
            "how much is kindergarten",
            "幼儿园 fees",
        ],
        &["查询幼儿园费用"],
    ),
    // kindergarten__pay_fees
    (
        &[
            "幼儿园开学交费",
            "老师催交园费",
            "幼儿园伙食费到期",
            "pay preschool fees",
            "幼儿园 缴费",
        ],
        &["缴纳幼儿园费用"],
    ),
    // kindergarten__payment_history
    (
        &[
            "幼儿园费交了没",
            "幼儿园收据报销",
            "园费交过哪些",
            "preschool payment record",
        ],
        &["幼儿园缴费记录"],
    ),
    // kindergarten__report_absence
    (
        &[
            "孩子发烧在家",
            "带孩子回老家几天",
            "孩子出水痘不能上学",
            "幼儿园请假退饭钱",
            "child absent from kindergarten",
            "宝宝 sick leave",
        ],
        &["请假并退伙食费"],
    ),
    // kindergarten__apply_enrolment
    (
        &[
            "孩子三岁了要上幼儿园",
            "孩子明年上幼儿园",
            "公办幼儿园报名",
            "幼儿园 enrollment",
            "preschool application",
        ],
        &["入园报名"],
    ),
    // kindergarten__notices
    (
        &[
            "幼儿园什么时候开学",
            "幼儿园放几天假",
            "幼儿园开放日",
            "幼儿园 notice",
        ],
        &["幼儿园通知"],
    ),
    // library__search_catalog
    (
        &[
            "想借本书",
            "图书馆能借到吗",
            "图书馆找一本小说",
            "find a book in library",
            "图书馆 search book",
        ],
        &["馆藏检索"],
    ),
    // library__my_loans
    (
        &[
            "借的书什么时候还",
            "借书快到期",
            "我借了几本书",
            "library loans due",
            "借阅 list",
        ],
        &["我的借阅"],
    ),
    // library__renew_loan
    (
        &[
            "书还没看完想多借",
            "借的书快到期了续",
            "出差没法还书",
            "extend library book",
            "借书 renew",
        ],
        &["续借图书"],
    ),
    // library__reserve_book
    (
        &[
            "想借的书被人借了",
            "书全借出去了",
            "等别人还书",
            "book on hold",
            "reserve 图书",
        ],
        &["reserve a book"],
    ),
    // library__cancel_reservation
    (
        &[
            "书已经买了不借了",
            "预约的书不想借了",
            "预约书取消",
            "cancel library reservation",
        ],
        &["取消预约借书"],
    ),
    // library__book_seat
    (
        &[
            "考研去图书馆自习",
            "周末去图书馆学习",
            "图书馆位子难抢",
            "study seat library",
            "图书馆 占位",
        ],
        &["预约自习座位"],
    ),
    // library__pay_overdue_fine
    (
        &[
            "书还晚了",
            "借书证被停用",
            "把书弄坏了赔",
            "逾期不能借书",
            "library fine",
            "图书馆 罚款缴纳",
        ],
        &["缴纳逾期费"],
    ),
    // library__apply_reader_card
    (
        &[
            "想去图书馆借书",
            "刚搬来想借书",
            "孩子办借书证",
            "get a library card",
            "办 读者证",
        ],
        &["办理读者证"],
    ),
    // live_shows__search_shows
    (
        &[
            "周末看个话剧",
            "带孩子看儿童剧",
            "最近有什么演出",
            "演唱会在哪个城市",
            "concerts this weekend",
            "演出 show",
        ],
        &["搜索演出"],
    ),
    // live_shows__presale_reminder
    (
        &[
            "怕抢不到演唱会票",
            "演唱会还没开票",
            "等开票",
            "ticket sale alert",
            "开票 remind me",
        ],
        &["Remind me when tickets go on sale"],
    ),
    // live_shows__cancel_reminder
    (
        &[
            "已经买到票了别提醒",
            "不追这个演唱会了",
            "cancel ticket alert",
            "开售提醒 不要了",
        ],
        &["取消开售提醒"],
    ),
    // live_shows__buy_tickets
    (
        &[
            "给女朋友买演唱会票",
            "带爸妈看演出",
            "看球赛买票",
            "买场话剧",
            "buy show tickets",
            "演唱会 tickets",
        ],
        &["购买演出票"],
    ),
    // live_shows__add_attendee
    (
        &[
            "帮家人抢票要实名",
            "给朋友买票要身份证",
            "观演人信息",
            "add attendee ID",
        ],
        &["添加观演人"],
    ),
    // live_shows__refund_tickets
    (
        &[
            "演唱会那天有事",
            "演唱会取消了退钱",
            "演出延期退票",
            "演出买了票去不了",
            "show ticket refund",
        ],
        &["演出退票"],
    ),
    // live_shows__my_tickets
    (
        &[
            "演唱会怎么入场",
            "演出票寄到了吗",
            "纸质票快递",
            "concert e-ticket",
            "演出 ticket QR",
        ],
        &["我的演出票"],
    ),
    // medical_reports__list_reports
    (
        &[
            "抽完血等结果",
            "做完CT多久出结果",
            "医院报告出来了吗",
            "检查结果出了没",
            "are my test results out",
        ],
        &["检查报告列表"],
    ),
    // medical_reports__view_report
    (
        &[
            "血常规有箭头",
            "尿常规结果",
            "化验单上的数值",
            "白细胞偏高",
            "view lab report",
            "化验 result",
        ],
        &["查看报告详情"],
    ),
    // medical_reports__view_images
    (
        &[
            "换医院看病要片子",
            "医生要看CT片",
            "核磁共振片子",
            "MRI images",
            "云胶片 share",
        ],
        &["影像胶片"],
    ),
    // medical_reports__download_report
    (
        &[
            "公司要检查报告",
            "保险理赔要检查报告",
            "打印化验单",
            "download lab report",
        ],
        &["下载报告pdf"],
    ),
    // medical_reports__subscribe_ready
    (
        &[
            "不想一直刷报告",
            "报告出了短信告诉我",
            "等化验结果通知",
            "alert when results out",
        ],
        &["报告出结果提醒"],
    ),
    // medical_reports__unsubscribe_ready
    (
        &[
            "报告短信太多",
            "报告已经看过了",
            "不想收报告通知",
            "turn off results notice",
        ],
        &["关闭报告提醒"],
    ),
    // medical_reports__ask_interpretation
    (
        &[
            "化验单上的指标啥意思",
            "报告异常严重吗",
            "不懂检查结果",
            "有医生帮看报告吗",
            "what do my results mean",
            "报告 explain",
        ],
        &["报告解读"],
    ),
    // movie_tickets__now_showing
    (
        &[
            "周末看什么电影",
            "最近有好看的电影吗",
            "春节档电影",
            "what movies are on",
            "新 movie",
        ],
        &["正在热映"],
    ),
    // movie_tickets__showtimes
    (
        &[
            "下班后看场电影几点",
            "附近电影院几点场",
            "IMAX几点",
            "movie times",
            "电影 showtimes",
        ],
        &["影院排片"],
    ),
    // movie_tickets__buy_tickets
    (
        &[
            "约会看电影",
            "带孩子看动画片",
            "请朋友看电影",
            "book movie seats",
            "电影票 seat",
        ],
        &["选座购票"],
    ),
    // movie_tickets__refund_tickets
    (
        &["临时加班看不了电影", "电影去不了", "cancel movie tickets"],
        &["电影票退票"],
    ),
    // movie_tickets__change_showtime
    (
        &[
            "赶不上电影开场",
            "电影改下一场",
            "电影想换晚点的场",
            "switch movie session",
        ],
        &["电影票改签"],
    ),
    // movie_tickets__my_tickets
    (
        &[
            "到影院怎么取票",
            "电影几号厅",
            "取票机取票码",
            "movie ticket code",
        ],
        &["我的电影票"],
    ),
    // movie_tickets__card_offers
    (
        &[
            "银行卡看电影便宜",
            "周末特价电影票",
            "信用卡电影优惠",
            "cheap movie tickets",
            "电影 discount",
        ],
        &["观影优惠"],
    ),
    // music_vip__buy_vip
    (
        &[
            "歌要付费才能听",
            "下载歌要会员",
            "喜欢的歌听不了",
            "QQ音乐 vip",
            "get music membership",
        ],
        &["开通音乐会员"],
    ),
    // music_vip__auto_renew
    (
        &[
            "每月自动开绿钻",
            "黑胶连续包月",
            "音乐会员省得每月开",
            "music auto renew",
        ],
        &["音乐会员连续包月"],
    ),
    // music_vip__cancel_auto_renew
    (
        &[
            "QQ音乐每月扣钱",
            "不用网易云了",
            "绿钻自动扣费关掉",
            "cancel music subscription",
        ],
        &["取消音乐会员续费"],
    ),
    // music_vip__membership_status
    (
        &[
            "歌突然不能听了",
            "会员歌曲变灰了",
            "绿钻还有效吗",
            "music membership expiry",
            "黑胶 status",
        ],
        &["音乐会员状态"],
    ),
    // music_vip__upgrade_tier
    (
        &[
            "想听无损音质",
            "绿钻升级豪华",
            "想要更好音质",
            "upgrade to premium music",
            "音乐 svip",
        ],
        &["音乐会员升级"],
    ),
    // music_vip__plans
    (
        &[
            "绿钻和豪华绿钻区别",
            "网易云会员多少钱",
            "音乐视频联合会员",
            "music subscription price",
        ],
        &["音乐会员价格"],
    ),
    // online_doctor__find_doctors
    (
        &[
            "不想去医院排队",
            "皮肤科在线医生",
            "哪个医生能线上看",
            "find doctor online",
            "网上 doctor",
        ],
        &["找医生"],
    ),
    // online_doctor__start_consultation
    (
        &[
            "不想跑医院问问",
            "嗓子疼问医生",
            "身上起疹子拍照问",
            "吃药后不舒服问问",
            "ask doctor online",
            "在线 consult",
        ],
        &["发起图文问诊"],
    ),
    // online_doctor__book_video_call
    (
        &[
            "想和医生当面说",
            "视频让医生看看",
            "电话咨询医生",
            "video consultation",
            "医生 video call",
        ],
        &["视频问诊"],
    ),
    // online_doctor__renew_prescription
    (
        &[
            "慢性病药快吃完",
            "糖尿病药续方",
            "不想去医院开药",
            "老人常吃的药开点",
            "repeat prescription",
            "网上 复诊",
        ],
        &["复诊续方"],
    ),
    // online_doctor__list_consultations
    (
        &[
            "医生开的药方",
            "上次问诊说了什么",
            "问诊记录查看",
            "consultation history",
        ],
        &["我的问诊记录"],
    ),
    // online_doctor__cancel_consultation
    (
        &[
            "医生一直不回复",
            "问诊等太久",
            "病好了不用问了",
            "cancel doctor chat",
            "问诊 refund",
        ],
        &["取消问诊"],
    ),
    // online_doctor__rate_doctor
    (
        &[
            "医生很耐心",
            "医生回答很敷衍",
            "感谢医生",
            "review doctor",
            "医生 好评",
        ],
        &["评价医生"],
    ),
    // online_mall__search_products
    (
        &[
            "想换个手机",
            "家里缺个吸尘器",
            "商城有什么好东西",
            "find products in mall",
            "商城 商品",
        ],
        &["搜索商品"],
    ),
    // online_mall__place_order
    (
        &[
            "商城直接付款买",
            "一次性付清",
            "商城 buy",
            "全款下单",
            "pay in full",
        ],
        &["商城下单"],
    ),
    // online_mall__installment_order
    (
        &[
            "想买手机钱不够",
            "买电脑分期",
            "大件分期买",
            "不想一次付",
            "信用卡 installment",
            "分期 buy phone",
        ],
        &["分期购买"],
    ),
    // online_mall__track_shipment
    (
        &[
            "商城买的还没到",
            "商城什么时候发货",
            "商城物流不动",
            "mall order tracking",
        ],
        &["查看物流"],
    ),
    // online_mall__confirm_receipt
    (
        &[
            "商城东西收到了",
            "货到了确认",
            "收货确认",
            "mark as received",
        ],
        &["确认收货"],
    ),
    // online_mall__return_refund
    (
        &[
            "买的衣服不合适",
            "东西有质量问题",
            "七天内退货",
            "收到货不喜欢",
            "return product",
            "退货 refund",
        ],
        &["申请退货退款"],
    ),
    // online_mall__refund_only
    (
        &[
            "一直没收到货",
            "商家不发货",
            "东西没到要退钱",
            "refund without return",
        ],
        &["仅退款"],
    ),
    // online_mall__my_orders
    (
        &[
            "商城买了啥",
            "商城订单状态",
            "待收货",
            "mall orders",
            "商城 order list",
        ],
        &["我的商城订单"],
    ),
    // online_mall__cancel_order
    (
        &[
            "商城买贵了不要了",
            "商城付款后反悔",
            "拍多了一件",
            "商城 取消",
        ],
        &["取消商城订单"],
    ),
    // outpatient_pay__query_unpaid
    (
        &[
            "医生开了检查单",
            "看完医生要交多少",
            "医院待缴费用",
            "unpaid medical fees",
            "门诊 待缴",
        ],
        &["查询门诊待缴费"],
    ),
    // outpatient_pay__pay_fees
    (
        &[
            "不想排队交费",
            "医生开了药去交钱",
            "手机交检查费",
            "pay outpatient fees",
            "门诊 pay",
        ],
        &["Pay outpatient fees"],
    ),
    // outpatient_pay__pay_with_insurance
    (
        &[
            "看病能刷医保吗",
            "用医保个人账户",
            "医保手机支付",
            "pay with insurance",
            "医保 pay",
        ],
        &["医保在线结算"],
    ),
    // outpatient_pay__payment_history
    (
        &[
            "这个月看病花了多少",
            "医院扣了几次钱",
            "门诊交费记录查询",
            "outpatient payment records",
        ],
        &["门诊缴费记录"],
    ),
    // outpatient_pay__get_einvoice
    (
        &[
            "看病要报销发票",
            "商业保险理赔要发票",
            "公司报销医药费",
            "门诊电子发票",
            "medical e-receipt",
        ],
        &["医疗电子票据"],
    ),
    // outpatient_pay__request_refund
    (
        &[
            "检查取消了退费",
            "药开多了退",
            "交错费了",
            "没做的检查退钱",
            "outpatient refund",
        ],
        &["门诊退费"],
    ),
    // pharmacy__search_drugs
    (
        &[
            "嗓子疼吃什么药",
            "拉肚子买什么药",
            "有退烧药吗",
            "过敏药",
            "medicine for a cold",
            "药 price",
        ],
        &["搜索药品"],
    ),
    // pharmacy__upload_prescription
    (
        &[
            "处方药买不了",
            "买药要处方",
            "医生开的单子拍照",
            "prescription required",
            "处方 upload",
        ],
        &["上传处方"],
    ),
    // pharmacy__place_order
    (
        &[
            "半夜孩子发烧没药",
            "生病不想出门买药",
            "家里退烧药吃完了",
            "deliver medicine",
            "买药 delivery",
        ],
        &["下单买药"],
    ),
    // pharmacy__track_order
    (
        &[
            "药还没送来",
            "等药等很久",
            "药 delivery 到哪",
            "where is my medicine",
        ],
        &["药品配送"],
    ),
    // pharmacy__list_orders
    (
        &[
            "之前买的什么药",
            "再买一次上次的药",
            "买药 history",
            "pharmacy orders",
        ],
        &["我的买药订单"],
    ),
    // pharmacy__cancel_order
    (
        &[
            "药已经在药店买了",
            "病好了药不要了",
            "药买多了",
            "cancel pharmacy order",
        ],
        &["取消买药订单"],
    ),
    // pharmacy__set_reminder
    (
        &[
            "老人老忘吃药",
            "总忘记吃药",
            "一天三次吃药提醒",
            "remind me to take pills",
            "吃药 reminder",
        ],
        &["设置用药提醒"],
    ),
    // pharmacy__delete_reminder
    (
        &[
            "病好了不用吃药",
            "停药了",
            "药停了不用提醒",
            "delete medication reminder",
        ],
        &["删除用药提醒"],
    ),
    // scenic_tickets__search_spots
    (
        &[
            "附近有什么景点",
            "博物馆开门吗",
            "动物园票价",
            "things to do nearby",
            "景点 门票价格",
        ],
        &["搜索景点"],
    ),
    // scenic_tickets__buy_ticket
    (
        &[
            "周末去动物园",
            "带孩子去游乐园",
            "买环球影城票",
            "去爬山买门票",
            "buy zoo tickets",
            "门票 buy",
        ],
        &["购买景区门票"],
    ),
    // scenic_tickets__reserve_entry
    (
        &[
            "博物馆要提前预约",
            "免费景点要预约",
            "去国家博物馆参观",
            "预约 参观",
            "book museum visit",
        ],
        &["预约入园"],
    ),
    // scenic_tickets__refund_ticket
    (
        &[
            "天气不好不去了",
            "景区门票买错日期",
            "行程变了退门票",
            "refund park ticket",
        ],
        &["门票退票"],
    ),
    // scenic_tickets__my_tickets
    (
        &[
            "到景区门口怎么进",
            "景区入园二维码",
            "门票 QR code",
            "进园凭证",
        ],
        &["我的门票"],
    ),
    // scenic_tickets__annual_pass
    (
        &[
            "经常去公园",
            "带孩子常去动物园",
            "公园年卡划算吗",
            "yearly park pass",
            "年卡 办理",
        ],
        &["景区年卡"],
    ),
    // scenic_tickets__crowd_level
    (
        &[
            "节假日景区人多吗",
            "现在去人多不多",
            "景区限流了吗",
            "is it crowded",
            "客流 now",
        ],
        &["景区实时客流"],
    ),
    // sports_venue__search_venues
    (
        &[
            "想打羽毛球",
            "周末想游泳",
            "附近能踢球的地方",
            "哪有乒乓球馆",
            "sports venue near me",
        ],
        &["搜索运动场馆"],
    ),
    // sports_venue__court_availability
    (
        &[
            "今晚羽毛球馆还有场",
            "周末有空场地吗",
            "场地满了吗",
            "court available tonight",
        ],
        &["查询空闲场地"],
    ),
    // sports_venue__book_court
    (
        &[
            "约朋友打羽毛球",
            "公司团建打篮球",
            "周末打网球订场",
            "reserve a court",
            "场地 book",
        ],
        &["预订场地"],
    ),
    // sports_venue__cancel_booking
    (
        &[
            "朋友放鸽子不打了",
            "约的球场去不了",
            "下雨不打球了",
            "cancel court",
        ],
        &["取消场地预订"],
    ),
    // sports_venue__list_bookings
    (
        &[
            "我订的是几号场",
            "球馆入场码",
            "场地订单",
            "court booking details",
        ],
        &["我的场地订单"],
    ),
    // sports_venue__change_booking
    (
        &[
            "朋友晚到改时间",
            "球场往后推一小时",
            "换个场地号",
            "reschedule court",
        ],
        &["改签场地"],
    ),
    // supermarket__nearby_supermarkets
    (
        &[
            "附近哪有超市",
            "超市能送货吗",
            "哪个超市送得快",
            "supermarket delivery nearby",
        ],
        &["附近超市"],
    ),
    // supermarket__search_goods
    (
        &[
            "超市有什么打折",
            "超市饮料价格",
            "洗发水多少钱",
            "supermarket prices",
            "超市 零食",
        ],
        &["搜索超市商品"],
    ),
    // supermarket__place_order
    (
        &[
            "家里没纸了",
            "日用品没了",
            "懒得去超市",
            "大米扛不动让送",
            "超市 deliver",
            "buy household items",
        ],
        &["超市下单"],
    ),
    // supermarket__order_status
    (
        &[
            "超市货还没到",
            "超市送货多久",
            "超市自提好了没",
            "supermarket delivery eta",
        ],
        &["超市订单状态"],
    ),
    // supermarket__return_goods
    (
        &[
            "超市买的过期了",
            "超市送错货",
            "买的洗衣液漏了",
            "超市东西坏了退",
            "supermarket refund",
        ],
        &["超市退货退款"],
    ),
    // supermarket__cancel_order
    (
        &[
            "超市不要了",
            "超市下错单",
            "超市买重复了",
            "cancel supermarket",
        ],
        &["取消超市订单"],
    ),
    // tencent_video__plans
    (
        &[
            "腾讯视频VIP和SVIP区别",
            "腾讯会员哪个划算",
            "腾讯视频 price plans",
        ],
        &["腾讯视频会员套餐"],
    ),
    // tencent_video__buy_vip
    (
        &[
            "想看的剧在腾讯",
            "腾讯视频要会员",
            "腾讯视频广告太多",
            "get tencent video vip",
        ],
        &["开通腾讯视频会员"],
    ),
    // tencent_video__auto_renew
    (
        &[
            "腾讯视频每月自动开",
            "腾讯会员包月便宜",
            "tencent video auto renew",
        ],
        &["腾讯视频连续包月"],
    ),
    // tencent_video__cancel_auto_renew
    (
        &[
            "腾讯视频莫名扣钱",
            "不看腾讯视频了",
            "腾讯会员每月扣费",
            "cancel tencent video subscription",
        ],
        &["取消腾讯视频自动续费"],
    ),
    // tencent_video__membership_status
    (
        &[
            "腾讯视频突然看不了",
            "腾讯会员过期了吗",
            "腾讯是SVIP吗",
            "tencent vip status",
        ],
        &["腾讯视频会员状态"],
    ),
    // tencent_video__gift_vip
    (
        &[
            "送朋友个腾讯会员",
            "腾讯会员当礼物",
            "生日送腾讯会员",
            "gift tencent video",
        ],
        &["赠送腾讯视频会员"],
    ),
    // tour_package__search_packages
    (
        &[
            "暑假带孩子旅游",
            "退休想出去玩",
            "蜜月去哪",
            "出国旅游线路",
            "年假去哪玩",
            "holiday packages",
            "旅游 tour 推荐",
        ],
        &["搜索旅游线路"],
    ),
    // tour_package__book_package
    (
        &[
            "带爸妈跟团",
            "报个旅游团 book",
            "蜜月订自由行",
            "book a holiday",
        ],
        &["预订旅游线路"],
    ),
    // tour_package__add_travellers
    (
        &[
            "报团要身份证",
            "出游人护照信息",
            "孩子也要填出游信息",
            "traveller details",
            "出游人 添加",
        ],
        &["填写出游人"],
    ),
    // tour_package__cancel_package
    (
        &[
            "家里有事去不了旅游",
            "旅游团取消退款",
            "出发前退团扣多少",
            "cancel holiday package",
        ],
        &["取消旅游订单"],
    ),
    // tour_package__tour_notice
    (
        &[
            "明天出发几点集合",
            "导游联系方式",
            "旅游团在哪集合",
            "tour meeting time",
        ],
        &["出团通知"],
    ),
    // tour_package__my_trips
    (
        &[
            "报了哪个团",
            "旅游订单查询",
            "度假订单",
            "my holiday bookings",
        ],
        &["我的度假订单"],
    ),
    // train_ticket__search_trains
    (
        &[
            "过年回家有票吗",
            "去北京高铁几点",
            "最早一班高铁",
            "train schedule",
            "火车 tickets available",
        ],
        &["查询车次余票"],
    ),
    // train_ticket__book_ticket
    (
        &[
            "回老家买火车票",
            "给爸妈买高铁票",
            "国庆回家买票",
            "buy train ticket",
            "12306 买票",
        ],
        &["购买火车票"],
    ),
    // train_ticket__change_ticket
    (
        &[
            "赶不上高铁了",
            "会议提前改高铁",
            "火车改晚点的",
            "change my train",
            "高铁 change",
        ],
        &["火车票改签"],
    ),
    // train_ticket__refund_ticket
    (
        &[
            "行程取消退火车票",
            "不回家了退票",
            "高铁票买错了",
            "cancel train ticket",
        ],
        &["火车票退票"],
    ),
    // train_ticket__waitlist
    (
        &[
            "春运买不到票",
            "火车票都卖光了",
            "没座位了候补",
            "国庆回家没票",
            "train sold out",
        ],
        &["候补购票"],
    ),
    // train_ticket__my_orders
    (
        &[
            "高铁几车几座",
            "火车几点发车来着",
            "火车检票口在哪",
            "my train order details",
        ],
        &["我的火车票订单"],
    ),
    // train_ticket__add_passenger
    (
        &[
            "帮家人买票",
            "给孩子买火车票要加人",
            "添加 passenger",
            "同事买票加乘车人",
        ],
        &["常用乘车人"],
    ),
    // train_ticket__train_status
    (
        &[
            "去火车站接人",
            "高铁几点到站",
            "火车延误了吗",
            "is the train on time",
        ],
        &["列车正晚点"],
    ),
    // training_course__search_courses
    (
        &[
            "暑假给孩子报个班",
            "想学一门手艺",
            "下班想学英语",
            "考雅思要培训",
            "孩子学什么兴趣班",
            "find a course",
        ],
        &["搜索培训课程"],
    ),
    // training_course__book_trial
    (
        &[
            "先让孩子试试",
            "不知道孩子喜不喜欢",
            "免费体验一节",
            "book trial class",
        ],
        &["预约试听课"],
    ),
    // training_course__buy_course
    (
        &[
            "给孩子报钢琴课",
            "报个培训班",
            "sign up for a course",
            "报 course",
        ],
        &["购买课程"],
    ),
    // training_course__buy_in_installments
    (
        &[
            "培训费太贵",
            "培训费一次付不起",
            "报班分期",
            "课程 installment",
        ],
        &["课程分期付款"],
    ),
    // training_course__my_courses
    (
        &[
            "孩子还剩几节课",
            "下次上课时间",
            "课时还有多少",
            "lessons left",
        ],
        &["我的课程与课时"],
    ),
    // training_course__reschedule_lesson
    (
        &[
            "这周末有事上不了课",
            "孩子出去玩请假课",
            "老师调课",
            "move my lesson",
        ],
        &["调课"],
    ),
    // training_course__request_refund
    (
        &[
            "培训机构倒闭了",
            "孩子不想学了退钱",
            "老师换了不想学",
            "搬家了上不了课",
            "refund course",
            "培训 退费",
        ],
        &["申请退课退费"],
    ),
    // tuition__bind_student
    (
        &[
            "孩子上小学缴学费",
            "新生入学绑定",
            "家长查不到孩子",
            "add child school",
        ],
        &["绑定学生"],
    ),
    // tuition__unbind_student
    (
        &[
            "孩子转学了",
            "毕业后删掉孩子",
            "remove student",
            "学生 解绑",
        ],
        &["解绑学生"],
    ),
    // tuition__query_fees
    (
        &[
            "开学要交多少钱",
            "大学学费多少",
            "宿舍费多少",
            "school fees due",
            "学费 how much",
        ],
        &["查询应缴学费"],
    ),
    // tuition__pay_fees
    (
        &[
            "孩子开学交学费",
            "大学开学缴费",
            "老师催交学费",
            "pay school fees",
            "学费 pay",
        ],
        &["缴纳学费"],
    ),
    // tuition__payment_history
    (
        &[
            "学费交上了吗",
            "上学期交了多少",
            "学费交费记录",
            "school fee records",
        ],
        &["学费缴费记录"],
    ),
    // tuition__get_receipt
    (
        &[
            "学费报销要凭证",
            "学费发票打印",
            "助学贷款要缴费证明",
            "个税扣除要学费证明",
            "school fee receipt",
        ],
        &["Download a fee receipt"],
    ),
    // tuition__tuition_installment
    (
        &[
            "大学学费一次交不起",
            "学费手头紧",
            "学费太多分期",
            "split tuition payment",
        ],
        &["学费分期"],
    ),
    // vaccine__list_vaccines
    (
        &[
            "想打hpv哪里有",
            "哪里能打九价",
            "秋天打流感疫苗",
            "老人打肺炎疫苗",
            "where to get vaccine",
            "hpv vaccine",
        ],
        &["查询可约疫苗"],
    ),
    // vaccine__list_slots
    (
        &[
            "疫苗哪天有号",
            "社区医院哪天打疫苗",
            "接种时间",
            "vaccine appointment slots",
        ],
        &["接种门诊号源"],
    ),
    // vaccine__book_vaccination
    (
        &[
            "被猫抓了",
            "被狗咬伤了",
            "孩子到了打针时间",
            "想打hpv预约",
            "出国要打疫苗",
            "get vaccinated",
            "疫苗 booking",
        ],
        &["预约接种"],
    ),
    // vaccine__cancel_vaccination
    (
        &[
            "孩子感冒不能打疫苗",
            "发烧了疫苗推迟",
            "怀孕了不打hpv",
            "cancel vaccine appointment",
        ],
        &["取消接种预约"],
    ),
    // vaccine__list_bookings
    (
        &[
            "疫苗约在哪个社区",
            "打疫苗几点去",
            "疫苗预约查询",
            "vaccine booking details",
        ],
        &["我的接种预约"],
    ),
    // vaccine__vaccination_record
    (
        &[
            "入学要接种证明",
            "疫苗本丢了",
            "不记得打过没",
            "打到第几针",
            "vaccination history",
        ],
        &["查询接种记录"],
    ),
    // vaccine__stock_alert
    (
        &[
            "九价一直没苗",
            "等苗通知",
            "疫苗缺货",
            "没苗了等到货",
            "notify vaccine available",
        ],
        &["到苗提醒"],
    ),
    // vaccine__child_schedule
    (
        &[
            "宝宝满月打什么疫苗",
            "新生儿疫苗",
            "一岁要打哪些针",
            "免费疫苗有哪些",
            "child vaccine schedule",
        ],
        &["儿童免疫规划"],
    ),
    // visa_service__requirements
    (
        &[
            "下个月去欧洲旅游",
            "出国旅游要准备啥",
            "护照能免签去哪",
            "美国签证难办吗",
            "do I need a visa",
            "签证 requirements",
        ],
        &["签证办理要求"],
    ),
    // visa_service__apply_visa
    (
        &[
            "要出国出差",
            "孩子出国读书要签证",
            "去申根国家玩",
            "帮我办签证 apply",
            "visa application",
        ],
        &["代办签证"],
    ),
    // visa_service__upload_documents
    (
        &[
            "签证要存款证明",
            "签证照片上传",
            "签证补材料",
            "submit visa documents",
        ],
        &["上传签证材料"],
    ),
    // visa_service__application_status
    (
        &[
            "签证还没下来",
            "快出发了签证呢",
            "签证什么时候出",
            "visa approved yet",
        ],
        &["签证进度查询"],
    ),
    // visa_service__passport_return
    (
        &[
            "护照还在领馆",
            "护照寄到哪",
            "护照寄回地址改",
            "passport delivery",
        ],
        &["护照寄回"],
    ),
    // visa_service__cancel_application
    (
        &[
            "行程取消了不出国",
            "不去旅游了签证",
            "签证不需要了",
            "cancel visa application",
        ],
        &["取消签证申请"],
    ),
];

/// Third pass: what tells each action apart from its siblings (the deed, not its
/// record or estimate; for oneself or for another; the trouble, not the price list),
/// for the index's said part only. Written from the manifests, blind of every request
/// set, like the tables above.
pub const CONTRAST: &[super::Concept] = &[
    // campus_card__get_balance
    (
        &[
            "饭卡现在还剩几块",
            "查下饭卡还有多少钱",
            "饭卡够不够今天吃饭",
            "看看一卡通余额",
            "how much left on campus card",
        ],
        &["校园卡余额"],
    ),
    // campus_card__top_up
    (
        &[
            "饭卡再充点钱",
            "从银行卡转钱到饭卡",
            "饭卡刷不了要充钱",
            "马上要吃饭先充饭卡",
            "recharge my campus card",
        ],
        &["校园卡充值"],
    ),
    // campus_card__transactions
    (
        &[
            "饭卡这个月都花哪了",
            "饭卡每一笔扣款",
            "查饭卡消费记录",
            "食堂吃饭的账单",
            "campus card spending history",
        ],
        &["消费明细"],
    ),
    // campus_card__report_lost
    (
        &[
            "饭卡丢了赶紧冻结",
            "饭卡丢了先挂失",
            "怕别人捡到饭卡乱刷",
            "校园卡挂失一下",
            "report lost student card",
        ],
        &["挂失"],
    ),
    // campus_card__cancel_lost
    (
        &[
            "挂失的饭卡找回来了",
            "饭卡挂失了想恢复",
            "找到饭卡解除冻结",
            "校园卡解挂",
            "lost card found again",
        ],
        &["解挂"],
    ),
    // campus_card__set_auto_topup
    (
        &[
            "饭卡没钱自动充上",
            "开通自动圈存",
            "每月自动给饭卡充钱",
            "饭卡设个自动充值",
            "set up auto top-up",
        ],
        &["设置自动"],
    ),
    // campus_card__cancel_auto_topup
    (
        &[
            "关掉饭卡自动充值",
            "不要再自动圈存",
            "饭卡自动充值停掉",
            "取消饭卡自动充",
            "disable auto top up",
        ],
        &["取消自动充"],
    ),
    // campus_card__pay_dorm_power
    (
        &[
            "给寝室交电费",
            "宿舍电费快没了",
            "寝室买点电",
            "宿舍电费充一下",
            "pay dorm electricity bill",
        ],
        &["宿舍电费"],
    ),
    // coach_ferry__search_schedules
    (
        &[
            "明天有几班大巴",
            "去码头的船有几班",
            "最早一班大巴几点",
            "末班船几点开",
            "what time is the last ferry",
        ],
        &["班次"],
    ),
    // coach_ferry__buy_ticket
    (
        &[
            "帮我订张大巴票",
            "买明天的船票",
            "抢张回家的汽车票",
            "船票帮我买好",
            "book a seat on the coach",
        ],
        &["购买汽车票"],
    ),
    // coach_ferry__refund_ticket
    (
        &[
            "大巴票退掉",
            "船票不坐了要退钱",
            "汽车票退款手续费",
            "买了大巴票去不了",
            "refund my ferry ticket",
        ],
        &["船票退票"],
    ),
    // coach_ferry__my_tickets
    (
        &[
            "我买的船票在哪看",
            "汽车票订好了吗",
            "查看已买的大巴票",
            "已买船票的取票码",
            "show my coach ticket",
        ],
        &["我的汽车票"],
    ),
    // coach_ferry__ferry_weather
    (
        &[
            "今天轮渡停了没",
            "大风天船开不开",
            "航线什么时候复航",
            "船停航到几点",
            "ferry suspended today",
        ],
        &["停航"],
    ),
    // coffee_tea__nearby_stores
    (
        &[
            "离我最近的咖啡店",
            "附近哪有奶茶店",
            "附近门店排队多吗",
            "附近咖啡店还开着吗",
            "coffee shop nearby",
        ],
        &["附近门店"],
    ),
    // coffee_tea__menu
    (
        &[
            "这家店有什么饮品",
            "奶茶有哪些口味",
            "看看饮品价格",
            "先看看有啥喝的再点",
            "what's on the menu",
        ],
        &["菜单"],
    ),
    // coffee_tea__place_order
    (
        &[
            "帮我点一杯拿铁",
            "下单一杯奶茶",
            "点杯咖啡送公司",
            "买杯咖啡到店自取",
            "order a coffee for pickup",
        ],
        &["点单"],
    ),
    // coffee_tea__pickup_code
    (
        &[
            "我的咖啡号码多少",
            "取餐号是几号",
            "饮品做好没",
            "到店了报哪个号",
            "where's my pickup number",
        ],
        &["取餐码"],
    ),
    // coffee_tea__cancel_order
    (
        &[
            "刚点的奶茶不要了",
            "咖啡还没做取消",
            "饮品订单取消退款",
            "奶茶下错了退掉",
            "cancel my drink order",
        ],
        &["取消饮品"],
    ),
    // coffee_tea__drink_coupons
    (
        &[
            "我还有几张咖啡券",
            "咖啡券什么时候过期",
            "看看我的饮品券",
            "手上的奶茶券",
            "my coffee vouchers",
        ],
        &["饮品券"],
    ),
    // coffee_tea__buy_coupon_pack
    (
        &[
            "买一包咖啡券",
            "囤一些咖啡券",
            "咖啡券包多少钱",
            "办个咖啡券包",
            "buy a coffee coupon bundle",
        ],
        &["券包"],
    ),
    // dental_clinic__list_clinics
    (
        &[
            "附近哪家口腔门诊",
            "找家近点的牙科",
            "口腔诊所在哪",
            "离家近的牙医",
            "dental clinic nearby",
        ],
        &["口腔门诊"],
    ),
    // dental_clinic__price_list
    (
        &[
            "洗牙补牙都什么价",
            "牙科收费标准",
            "种牙大概多少钱",
            "看牙前先问价格",
            "dental treatment prices",
        ],
        &["项目价格"],
    ),
    // dental_clinic__book_cleaning
    (
        &[
            "想去洗个牙",
            "约个时间洁牙",
            "牙结石要洗了",
            "该洗牙了",
            "book a scaling",
        ],
        &["洗牙"],
    ),
    // dental_clinic__book_consultation
    (
        &[
            "牙疼想找医生看看",
            "约牙医面诊",
            "想咨询种牙方案",
            "牙齿矫正先面诊",
            "see a dentist about toothache",
        ],
        &["面诊"],
    ),
    // dental_clinic__list_bookings
    (
        &[
            "我约了哪天看牙",
            "查看牙科预约",
            "洗牙约的几点",
            "看牙预约在哪家",
            "my dental appointment",
        ],
        &["我的口腔"],
    ),
    // dental_clinic__cancel_booking
    (
        &[
            "牙科预约取消掉",
            "不去洗牙了取消",
            "取消看牙预约",
            "那天看不了牙",
            "cancel my dental appointment",
        ],
        &["取消口腔"],
    ),
    // dental_clinic__pay_installments
    (
        &[
            "种牙费用分期还",
            "正畸分期付款",
            "牙齿矫正月供",
            "种牙钱一次拿不出来",
            "dental treatment in instalments",
        ],
        &["治疗"],
    ),
    // duty_free__search_goods
    (
        &[
            "免税口红便宜多少",
            "免税店有什么香水",
            "免税价比专柜便宜吗",
            "免税店有啥好买的",
            "duty free perfume price",
        ],
        &["免税商品"],
    ),
    // duty_free__quota
    (
        &[
            "我还剩多少免税额度",
            "离岛免税额度用了多少",
            "一年能买多少免税",
            "免税还能买多少钱",
            "how much duty-free allowance left",
        ],
        &["免税额度"],
    ),
    // duty_free__order_goods
    (
        &[
            "在免税店下单",
            "离岛前买免税化妆品",
            "免税买一瓶香水",
            "趁去海南买免税",
            "buy duty-free before flight",
        ],
        &["免税下单"],
    ),
    // duty_free__my_orders
    (
        &[
            "我的免税订单在哪提货",
            "免税的东西什么时候寄到",
            "免税提货点在哪",
            "买的免税品到哪了",
            "my duty free orders",
        ],
        &["duty-free orders"],
    ),
    // duty_free__change_pickup
    (
        &[
            "航班改了提货要改",
            "免税提货时间改一下",
            "免税改成邮寄到家",
            "提货航班号填错了",
            "switch pickup to mail",
        ],
        &["提货"],
    ),
    // duty_free__cancel_order
    (
        &[
            "免税订单不要了",
            "取消免税订单退额度",
            "免税买错了取消",
            "行程取消免税单退掉",
            "cancel my duty-free purchase",
        ],
        &["取消免税"],
    ),
    // exam_reg__list_exams
    (
        &[
            "最近有什么考试能报",
            "四六级报名开始没",
            "哪些考试在报名中",
            "报名截止时间是哪天",
            "exams open for registration",
        ],
        &["可报名"],
    ),
    // exam_reg__register
    (
        &[
            "我要报名四六级",
            "帮我报个教资",
            "报名参加计算机等级考试",
            "选考点报名",
            "sign up for the exam",
        ],
        &["register"],
    ),
    // exam_reg__pay_fee
    (
        &[
            "报了名还没交钱",
            "交一下考试报名费",
            "报名后去付考试费",
            "报名待缴费",
            "pay exam registration fee",
        ],
        &["报名费"],
    ),
    // exam_reg__registration_status
    (
        &[
            "报名审核通过了吗",
            "我报上名了没有",
            "报名审核结果",
            "报名还在审核吗",
            "is my registration confirmed",
        ],
        &["报名状态"],
    ),
    // exam_reg__admission_ticket
    (
        &[
            "准考证在哪打印",
            "下载准考证",
            "考场座位号在哪看",
            "快考试了要准考证",
            "download my exam ticket",
        ],
        &["准考证"],
    ),
    // exam_reg__query_score
    (
        &[
            "四六级成绩出了吗",
            "查查考了多少分",
            "教资过了没",
            "考试过没过",
            "check my exam score",
        ],
        &["考试成绩"],
    ),
    // exam_reg__cancel_registration
    (
        &[
            "不想考了取消报名",
            "撤销考试报名",
            "报错考试了想退",
            "那场考试不去了",
            "withdraw my exam registration",
        ],
        &["取消报名"],
    ),
    // express_delivery__quote_shipping
    (
        &[
            "寄个快递多少钱",
            "寄件运费算一下",
            "哪家快递寄便宜",
            "寄几天能到",
            "how much to ship a parcel",
        ],
        &["运费"],
    ),
    // express_delivery__send_parcel
    (
        &[
            "叫快递上门取件",
            "我要寄个包裹",
            "寄东西给家里",
            "约快递员来取件",
            "ship a box to family",
        ],
        &["寄快递"],
    ),
    // express_delivery__track_parcel
    (
        &[
            "快递单号查物流",
            "按单号查快递到哪",
            "单号查一下快递",
            "物流好几天没更新",
            "track parcel by number",
        ],
        &["快递查询"],
    ),
    // express_delivery__my_parcels
    (
        &[
            "我有几个快递没取",
            "丰巢取件码多少",
            "我手机号下的快递",
            "有没有待取的快递",
            "my parcels to pick up",
        ],
        &["我的快递"],
    ),
    // express_delivery__cancel_shipment
    (
        &[
            "快递员还没来不寄了",
            "刚下的寄件单取消",
            "取消上门取件",
            "不寄了退运费",
            "cancel my courier pickup",
        ],
        &["取消寄件"],
    ),
    // express_delivery__address_book
    (
        &[
            "保存常用收件地址",
            "修改寄件人地址",
            "添加地址到地址簿",
            "常用地址存起来",
            "save shipping address",
        ],
        &["地址簿"],
    ),
    // express_delivery__file_claim
    (
        &[
            "快递丢了要赔偿",
            "寄的东西摔坏了",
            "快递破损索赔",
            "包裹丢件赔钱",
            "parcel lost claim compensation",
        ],
        &["理赔"],
    ),
    // flight_ticket__search_flights
    (
        &[
            "查查机票价格",
            "哪天机票便宜",
            "有哪些航班能飞",
            "看看几点有飞机",
            "cheap flights next week",
        ],
        &["航班机票"],
    ),
    // flight_ticket__book_flight
    (
        &[
            "帮我订张机票",
            "买明天的机票",
            "订一张经济舱",
            "出差要买机票",
            "book me a flight",
        ],
        &["订机票"],
    ),
    // flight_ticket__refund_flight
    (
        &[
            "机票退掉",
            "不飞了机票退钱",
            "机票退票手续费多少",
            "行程取消退机票",
            "refund my air ticket",
        ],
        &["机票退票"],
    ),
    // flight_ticket__change_flight
    (
        &[
            "机票改到后天",
            "航班改个日期",
            "机票改签晚一点",
            "行程推迟机票要改",
            "change my flight date",
        ],
        &["改期"],
    ),
    // flight_ticket__check_in
    (
        &[
            "手机上办值机",
            "办登机牌",
            "值机开放了没",
            "值机柜台不想排队",
            "check in for my flight",
        ],
        &["值机"],
    ),
    // flight_ticket__select_seat
    (
        &[
            "选个靠窗的座位",
            "飞机上想坐过道",
            "换个飞机座位",
            "想和同伴坐一起",
            "pick a window seat",
        ],
        &["选座"],
    ),
    // flight_ticket__flight_status
    (
        &[
            "航班延误了吗",
            "飞机晚点没",
            "航班起飞了没",
            "接机看航班到没到",
            "is my flight delayed",
        ],
        &["航班动态"],
    ),
    // flight_ticket__my_trips
    (
        &[
            "我订的机票在哪看",
            "查看机票订单",
            "机票订好了没",
            "机票出票了吗",
            "flights I booked",
        ],
        &["我的机票"],
    ),
    // flight_ticket__reimbursement_receipt
    (
        &[
            "机票行程单打印",
            "机票开发票报销",
            "要电子行程单",
            "出差回来机票报销",
            "flight receipt for expenses",
        ],
        &["报销"],
    ),
    // flowers_cakes__browse_flowers
    (
        &[
            "送什么花合适",
            "看看有哪些花束",
            "玫瑰花束多少钱",
            "花篮有什么款",
            "flower bouquet ideas",
        ],
        &["挑选鲜花"],
    ),
    // flowers_cakes__browse_cakes
    (
        &[
            "看看有什么蛋糕",
            "生日蛋糕款式",
            "蛋糕有什么口味",
            "几寸蛋糕够几个人吃",
            "cake designs",
        ],
        &["挑选蛋糕"],
    ),
    // flowers_cakes__order_flowers
    (
        &[
            "给女朋友送束花",
            "订花送到公司",
            "母亲节送花",
            "花送到她单位",
            "send flowers to her",
        ],
        &["订花"],
    ),
    // flowers_cakes__order_cake
    (
        &[
            "蛋糕下单送到餐厅",
            "蛋糕上写生日快乐",
            "订蛋糕送到家",
            "明天生日要个蛋糕",
            "order a birthday cake",
        ],
        &["订蛋糕"],
    ),
    // flowers_cakes__order_status
    (
        &[
            "花送到了没",
            "蛋糕签收了吗",
            "送花的签收照片",
            "蛋糕配送到哪了",
            "has the cake arrived",
        ],
        &["cake order status"],
    ),
    // flowers_cakes__change_delivery
    (
        &[
            "蛋糕晚点再送",
            "改下送花地址",
            "送花时间改一下",
            "蛋糕改成晚上送",
            "deliver the cake later",
        ],
        &["配送时间"],
    ),
    // flowers_cakes__cancel_order
    (
        &[
            "蛋糕不要了取消",
            "订的花取消",
            "退掉送花订单",
            "派对取消了蛋糕退掉",
            "cancel the flower order",
        ],
        &["取消鲜花"],
    ),
    // food_delivery__search_restaurants
    (
        &[
            "附近有什么好吃的外卖",
            "哪家外卖送得快",
            "附近外卖推荐",
            "这么晚还有外卖吗",
            "food delivery near me",
        ],
        &["附近外卖"],
    ),
    // food_delivery__place_order
    (
        &[
            "点个外卖",
            "叫份外卖送到家",
            "帮我点份午饭外卖",
            "懒得做饭叫外卖",
            "order takeout now",
        ],
        &["外卖下单"],
    ),
    // food_delivery__track_order
    (
        &[
            "骑手到哪了",
            "外卖还有多久到",
            "外卖出餐了没",
            "看看骑手位置",
            "rider location",
        ],
        &["跟踪"],
    ),
    // food_delivery__urge_order
    (
        &[
            "外卖超时了催一下",
            "催催骑手",
            "等了一个小时还没来",
            "外卖超时半天了",
            "hurry up my order",
        ],
        &["催单"],
    ),
    // food_delivery__cancel_order
    (
        &[
            "外卖点错了取消",
            "不要这单外卖了",
            "商家还没接单就取消",
            "外卖下错地址取消",
            "cancel my takeout",
        ],
        &["取消外卖"],
    ),
    // food_delivery__request_refund
    (
        &[
            "外卖少送了一份",
            "外卖撒了",
            "饭菜有头发要退款",
            "送错餐了要退钱",
            "missing item refund",
        ],
        &["申请退款"],
    ),
    // food_delivery__red_packets
    (
        &[
            "外卖红包领一下",
            "有没有外卖神券",
            "外卖满减红包",
            "今天的外卖红包",
            "food delivery coupons",
        ],
        &["红包"],
    ),
    // food_delivery__order_history
    (
        &[
            "上次点的那家外卖",
            "再点一次上次那个",
            "以前点过的外卖",
            "昨天点的是哪家",
            "past food orders",
        ],
        &["历史订单"],
    ),
    // fresh_grocery__search_products
    (
        &[
            "有没有新鲜的草莓",
            "今天猪肉多少钱一斤",
            "买点海鲜看看",
            "有什么当季水果",
            "fresh vegetables price",
        ],
        &["生鲜商品"],
    ),
    // fresh_grocery__add_to_cart
    (
        &[
            "把牛奶加进购物车",
            "先放购物车",
            "加到购物车里",
            "再加一样菜",
            "put it in my cart",
        ],
        &["购物车"],
    ),
    // fresh_grocery__checkout
    (
        &[
            "购物车结账",
            "买菜付款选送货时间",
            "菜挑好了付钱",
            "购物车里的都买了",
            "check out my cart",
        ],
        &["结算"],
    ),
    // fresh_grocery__track_delivery
    (
        &[
            "买的菜送到哪了",
            "生鲜什么时候送到",
            "买菜还没送来",
            "菜出库了吗",
            "when do my groceries arrive",
        ],
        &["配送进度"],
    ),
    // fresh_grocery__quality_refund
    (
        &[
            "收到的水果烂了",
            "送来的菜坏了",
            "缺斤少两退钱",
            "鸡蛋碎了好几个",
            "rotten produce refund",
        ],
        &["售后"],
    ),
    // fresh_grocery__cancel_order
    (
        &[
            "生鲜还没打包取消",
            "菜不要了还没发货",
            "买错了取消生鲜订单",
            "临时出门买的菜取消",
            "cancel my grocery order",
        ],
        &["取消生鲜"],
    ),
    // fresh_grocery__member_card
    (
        &[
            "开个买菜会员",
            "生鲜会员续费",
            "买菜会员免运费",
            "买菜会员卡续一年",
            "grocery membership renew",
        ],
        &["生鲜会员"],
    ),
    // game_topup__search_games
    (
        &[
            "这个游戏能充吗",
            "游戏充值有哪些档位",
            "找游戏充值入口",
            "游戏钻石多少钱",
            "find game top-up packs",
        ],
        &["搜索游戏"],
    ),
    // game_topup__topup_game
    (
        &[
            "手游充钻石",
            "充游戏点券",
            "给游戏角色充值",
            "王者充点券",
            "top up game diamonds",
        ],
        &["game account"],
    ),
    // game_topup__topup_qcoin
    (
        &[
            "充点Q币",
            "给QQ号充Q币",
            "Q币充值到QQ号",
            "QQ号充点币",
            "top up Q coins",
        ],
        &["Q币"],
    ),
    // game_topup__topup_history
    (
        &[
            "游戏充了没到账",
            "查游戏充值记录",
            "这个月充了多少游戏",
            "以前充过哪些游戏",
            "game top-up history",
        ],
        &["充值记录"],
    ),
    // game_topup__minor_refund
    (
        &[
            "孩子偷偷充了游戏钱",
            "小孩用我卡充了游戏",
            "未成年充值能退吗",
            "熊孩子充游戏退钱",
            "kid spent money on games refund",
        ],
        &["未成年"],
    ),
    // game_topup__spending_limit
    (
        &[
            "限制孩子游戏消费",
            "游戏每月最多充多少",
            "给游戏设个上限",
            "管住自己别乱充",
            "monthly game top-up cap",
        ],
        &["限额"],
    ),
    // gym__list_plans
    (
        &[
            "健身卡多少钱一年",
            "月卡年卡价格",
            "办卡价格对比",
            "健身房次卡怎么卖",
            "gym membership prices",
        ],
        &["会员卡价格"],
    ),
    // gym__buy_membership
    (
        &[
            "健身房办年卡",
            "健身卡再续一年",
            "想办健身年卡",
            "开始健身先办卡",
            "buy a gym card",
        ],
        &["健身会员卡"],
    ),
    // gym__membership_info
    (
        &[
            "我的健身卡什么时候到期",
            "健身卡还剩几次",
            "卡还有多久",
            "健身卡到期日查一下",
            "gym card expiry",
        ],
        &["我的会员卡"],
    ),
    // gym__book_class
    (
        &[
            "约节瑜伽课",
            "预约动感单车",
            "报名明晚的团课",
            "想上节操课",
            "book a spin class",
        ],
        &["预约团课"],
    ),
    // gym__cancel_class
    (
        &[
            "约的瑜伽课去不了",
            "取消团课预约",
            "约好的单车课不去了",
            "团课临时去不了",
            "cancel yoga class booking",
        ],
        &["取消团课"],
    ),
    // gym__freeze_membership
    (
        &[
            "出差一个月健身卡停一下",
            "受伤了暂停会员",
            "健身卡先冻结",
            "怀孕了健身卡先停",
            "freeze my gym card",
        ],
        &["停卡"],
    ),
    // gym__unfreeze_membership
    (
        &[
            "提前恢复健身卡",
            "回来了要复卡",
            "停卡结束恢复使用",
            "伤好了想去练",
            "resume gym card",
        ],
        &["复卡"],
    ),
    // gym__cancel_auto_renew
    (
        &[
            "健身房自动扣费关掉",
            "不要每月自动续卡",
            "健身卡别再自动扣",
            "不练了别自动续",
            "turn off gym auto renew",
        ],
        &["关闭自动"],
    ),
    // health_checkup__list_packages
    (
        &[
            "有哪些体检套餐",
            "父母体检选哪个套餐",
            "入职体检都有哪些套餐",
            "体检套餐都查什么",
            "checkup package options",
        ],
        &["套餐列表"],
    ),
    // health_checkup__buy_package
    (
        &[
            "给爸妈买个体检",
            "买个入职体检套餐",
            "下单体检套餐",
            "体检套餐付款",
            "buy a health checkup",
        ],
        &["购买体检"],
    ),
    // health_checkup__book_checkup
    (
        &[
            "体检卡约日期",
            "买好的体检约个周六",
            "已经买了体检怎么约",
            "体检卡约个时间",
            "schedule my checkup",
        ],
        &["体检时间"],
    ),
    // health_checkup__reschedule_checkup
    (
        &[
            "体检改天去",
            "体检日期换一下",
            "那天去不了体检换个时间",
            "体检推迟几天",
            "move my checkup",
        ],
        &["体检改期"],
    ),
    // health_checkup__cancel_checkup
    (
        &[
            "体检预约取消",
            "先不去体检了",
            "取消这次体检日期",
            "体检那天有事不约了",
            "cancel my checkup date",
        ],
        &["取消体检"],
    ),
    // health_checkup__refund_package
    (
        &[
            "体检不做了退钱",
            "体检套餐退款",
            "买的体检卡退掉",
            "体检卡没用过要退",
            "refund unused checkup",
        ],
        &["套餐退款"],
    ),
    // health_checkup__list_checkups
    (
        &[
            "我买过的体检",
            "体检订单是不是待预约",
            "我的体检约了没",
            "体检卡还没预约的",
            "checkups I bought",
        ],
        &["我的体检"],
    ),
    // health_checkup__checkup_report
    (
        &[
            "体检报告出来没",
            "看看体检结果",
            "体检有异常项",
            "体检完结果在哪看",
            "view checkup results",
        ],
        &["体检报告"],
    ),
    // hospital_booking__list_hospitals
    (
        &[
            "哪些医院能网上挂号",
            "附近三甲医院",
            "能预约的医院有哪些",
            "哪家医院能约",
            "hospitals I can book",
        ],
        &["可预约医院"],
    ),
    // hospital_booking__list_departments
    (
        &[
            "这医院有哪些科室",
            "该挂哪个科",
            "医院有没有儿科",
            "看病不知道挂什么科",
            "which department for my symptom",
        ],
        &["科室"],
    ),
    // hospital_booking__list_doctors
    (
        &[
            "专家还有号吗",
            "这个医生哪天出诊",
            "医生余号查询",
            "主任医师哪天坐诊",
            "doctor available slots",
        ],
        &["号源"],
    ),
    // hospital_booking__book_appointment
    (
        &[
            "帮我挂个号",
            "挂明天的专家号",
            "约个医生看病",
            "不舒服想挂号",
            "book a doctor",
        ],
        &["预约挂号"],
    ),
    // hospital_booking__reschedule_appointment
    (
        &[
            "挂号改到下周",
            "预约时间改一下",
            "换个时间看医生",
            "挂的号改天",
            "reschedule appointment",
        ],
        &["改约"],
    ),
    // hospital_booking__cancel_appointment
    (
        &[
            "约好的号去不了",
            "不去看病了取消挂号",
            "挂的号不要了",
            "病好了不去医院了",
            "drop my doctor booking",
        ],
        &["取消挂号"],
    ),
    // hospital_booking__list_appointments
    (
        &[
            "我挂了哪天的号",
            "我挂过的号",
            "看我的预约",
            "就诊序号多少",
            "my appointments",
        ],
        &["预约记录"],
    ),
    // hospital_booking__queue_status
    (
        &[
            "候诊还要排多久",
            "诊室叫号到哪了",
            "排队到我没",
            "快轮到我了吗",
            "how many ahead of me",
        ],
        &["候诊"],
    ),
    // hotel__search_hotels
    (
        &[
            "附近有什么酒店",
            "找家便宜的酒店",
            "市中心的酒店",
            "出差住哪好",
            "hotels near the venue",
        ],
        &["搜索酒店"],
    ),
    // hotel__room_types
    (
        &[
            "大床房和双床房差多少",
            "有没有含早的房间",
            "这家酒店有什么房型",
            "双床房还有吗",
            "room types and prices",
        ],
        &["房型"],
    ),
    // hotel__book_room
    (
        &[
            "帮我订间房",
            "订今晚的酒店",
            "就订这家酒店",
            "出差订住宿",
            "book a hotel room",
        ],
        &["订酒店"],
    ),
    // hotel__cancel_booking
    (
        &[
            "酒店不住了取消",
            "行程取消酒店退掉",
            "取消订好的酒店",
            "酒店能免费取消吗",
            "cancel my hotel",
        ],
        &["取消酒店"],
    ),
    // hotel__modify_booking
    (
        &[
            "酒店多住一晚",
            "入住日期改一下",
            "换入住人名字",
            "酒店订单改房间数",
            "extend my hotel stay",
        ],
        &["修改酒店"],
    ),
    // hotel__my_bookings
    (
        &[
            "我订的酒店在哪看",
            "酒店订单确认号在哪",
            "查看酒店订单",
            "订的酒店哪天住",
            "my hotel reservations",
        ],
        &["我的酒店"],
    ),
    // hotel__contact_hotel
    (
        &[
            "晚点到帮我留房",
            "要个高楼层安静房",
            "跟酒店说要加床",
            "能不能提前入住",
            "request early check-in",
        ],
        &["备注"],
    ),
    // hotel__request_invoice
    (
        &[
            "住宿开发票",
            "酒店发票抬头公司",
            "住完要发票报销",
            "酒店发票填税号",
            "invoice for my stay",
        ],
        &["酒店开发票"],
    ),
    // inpatient__deposit_balance
    (
        &[
            "住院押金余额查一下",
            "押金够不够用",
            "住院花了多少了",
            "预交金还有多少",
            "hospital deposit balance",
        ],
        &["预交金余额"],
    ),
    // inpatient__topup_deposit
    (
        &[
            "医院让补押金",
            "住院押金不够要补交",
            "再交点住院押金",
            "护士催交住院费",
            "pay more hospital deposit",
        ],
        &["缴纳住院"],
    ),
    // inpatient__daily_bill
    (
        &[
            "今天住院花了哪些钱",
            "住院一日清单",
            "每天费用明细",
            "住院费用清单",
            "daily hospital charges",
        ],
        &["每日清单"],
    ),
    // inpatient__discharge_settlement
    (
        &[
            "明天出院怎么结账",
            "出院办结算",
            "出院多退少补",
            "出院手续结账",
            "settle bill on discharge",
        ],
        &["出院"],
    ),
    // inpatient__book_admission
    (
        &[
            "医生开了住院单约床位",
            "等床位住院",
            "预约入院",
            "住院要排床位",
            "book hospital bed",
        ],
        &["床位"],
    ),
    // inpatient__copy_records
    (
        &[
            "复印病历寄给我",
            "理赔要住院病案",
            "住院病历复印",
            "出院后要病历",
            "mail my medical records",
        ],
        &["病案"],
    ),
    // iqiyi_vip__plans
    (
        &[
            "爱奇艺会员价格表",
            "爱奇艺黄金和白金区别",
            "爱奇艺年费多少",
            "爱奇艺会员有哪些档",
            "iQIYI plan prices",
        ],
        &["爱奇艺会员套餐"],
    ),
    // iqiyi_vip__buy_vip
    (
        &[
            "开个爱奇艺会员",
            "爱奇艺买一个月会员",
            "给爱奇艺开VIP",
            "想看爱奇艺独播剧",
            "buy iQIYI membership",
        ],
        &["开通爱奇艺"],
    ),
    // iqiyi_vip__auto_renew
    (
        &[
            "爱奇艺签连续包月",
            "爱奇艺每月自动续",
            "爱奇艺包月更便宜",
            "爱奇艺按月扣费",
            "iQIYI monthly auto pay",
        ],
        &["爱奇艺连续"],
    ),
    // iqiyi_vip__cancel_auto_renew
    (
        &[
            "爱奇艺别再扣钱了",
            "爱奇艺取消自动续费",
            "爱奇艺包月停掉",
            "爱奇艺不续了",
            "stop iQIYI auto renew",
        ],
        &["取消爱奇艺"],
    ),
    // iqiyi_vip__membership_status
    (
        &[
            "爱奇艺会员剩几天",
            "爱奇艺啥时候到期",
            "爱奇艺会员状态查一下",
            "我还是爱奇艺会员吗",
            "iQIYI expiry date",
        ],
        &["爱奇艺会员状态"],
    ),
    // iqiyi_vip__upgrade_tier
    (
        &[
            "爱奇艺黄金补差升白金",
            "爱奇艺电视上看不了要升级",
            "爱奇艺补差价升级",
            "爱奇艺想投屏电视",
            "upgrade iQIYI to platinum",
        ],
        &["爱奇艺会员升级"],
    ),
    // kindergarten__query_fees
    (
        &[
            "幼儿园这学期要交多少",
            "伙食费还欠多少",
            "幼儿园保教费多少",
            "幼儿园有没有没交的费",
            "how much kindergarten fees due",
        ],
        &["查询幼儿园"],
    ),
    // kindergarten__pay_fees
    (
        &[
            "幼儿园费用交一下",
            "把幼儿园伙食费交了",
            "孩子保教费缴纳",
            "幼儿园催交费了",
            "pay the kindergarten bill",
        ],
        &["缴纳幼儿园"],
    ),
    // kindergarten__payment_history
    (
        &[
            "幼儿园交过哪些钱",
            "上学期幼儿园交费记录",
            "幼儿园缴费收据",
            "幼儿园的钱交过没",
            "kindergarten payments made",
        ],
        &["幼儿园缴费记录"],
    ),
    // kindergarten__report_absence
    (
        &[
            "孩子发烧幼儿园请假",
            "幼儿园请假退餐费",
            "请假的伙食费退回",
            "回老家幼儿园请假",
            "kid off sick meal refund",
        ],
        &["请假"],
    ),
    // kindergarten__apply_enrolment
    (
        &[
            "孩子明年上幼儿园报名",
            "幼儿园新生报名",
            "小班入园报名",
            "孩子满三岁要上幼儿园",
            "kindergarten admission application",
        ],
        &["入园报名"],
    ),
    // kindergarten__notices
    (
        &[
            "幼儿园什么时候放假",
            "幼儿园有什么活动",
            "幼儿园最新公告",
            "幼儿园老师发的通知",
            "kindergarten announcements",
        ],
        &["幼儿园通知"],
    ),
    // library__search_catalog
    (
        &[
            "图书馆有没有这本书",
            "这本书哪个分馆有",
            "查一下馆藏",
            "这本书在架上吗",
            "does the library have this book",
        ],
        &["馆藏"],
    ),
    // library__my_loans
    (
        &[
            "我借了哪些书",
            "借的书哪天到期",
            "有书逾期没还吗",
            "借的书还几本",
            "books I have out",
        ],
        &["我的借阅"],
    ),
    // library__renew_loan
    (
        &[
            "借的书快到期了续一下",
            "图书续借",
            "书还没看完续借",
            "借书再延长",
            "extend my book loan",
        ],
        &["续借"],
    ),
    // library__reserve_book
    (
        &[
            "这本书被借走了预约一下",
            "预借这本书",
            "想借的书帮我留着",
            "书到馆了通知我去取",
            "reserve a library book",
        ],
        &["reserve"],
    ),
    // library__cancel_reservation
    (
        &[
            "借书预约撤销",
            "预借的书不借了",
            "借书预约取消",
            "预约的书不去取了",
            "cancel my book reservation",
        ],
        &["取消预约借书"],
    ),
    // library__book_seat
    (
        &[
            "图书馆占个座",
            "约个自习室座位",
            "去图书馆学习订座",
            "考研自习要座位",
            "book study seat",
        ],
        &["自习"],
    ),
    // library__pay_overdue_fine
    (
        &[
            "书还晚了要罚钱",
            "交图书馆罚款",
            "逾期罚金怎么交",
            "书弄坏了赔钱",
            "pay library fine",
        ],
        &["逾期费"],
    ),
    // library__apply_reader_card
    (
        &[
            "办张图书馆借书证",
            "第一次去图书馆办证",
            "怎么办借书卡",
            "没有读者证借不了书",
            "sign up for a reader card",
        ],
        &["读者证"],
    ),
    // live_shows__search_shows
    (
        &[
            "这个月有什么演出",
            "周末有什么话剧",
            "查演唱会时间地点",
            "有没有音乐剧看",
            "concerts this month",
        ],
        &["搜索演出"],
    ),
    // live_shows__presale_reminder
    (
        &[
            "演唱会开票提醒我",
            "开抢前通知我",
            "想看先预约抢票",
            "还没开票先标记想看",
            "notify me when tickets on sale",
        ],
        &["go on sale"],
    ),
    // live_shows__cancel_reminder
    (
        &[
            "开售提醒不要了",
            "开售提醒关掉",
            "别再提醒开票了",
            "想看标记取消",
            "cancel ticket sale alert",
        ],
        &["取消开售"],
    ),
    // live_shows__buy_tickets
    (
        &[
            "抢演唱会门票",
            "话剧票下单",
            "买内场票",
            "开票了赶紧买",
            "grab concert tickets",
        ],
        &["购买演出"],
    ),
    // live_shows__add_attendee
    (
        &[
            "添加实名观演人",
            "给朋友加观演人",
            "帮家人登记观演人",
            "观演人身份证添加",
            "register attendee ID",
        ],
        &["观演人"],
    ),
    // live_shows__refund_tickets
    (
        &[
            "演唱会去不了退票",
            "演出票能退吗",
            "演出票退款手续费",
            "演出取消退钱",
            "refund concert tickets",
        ],
        &["演出退票"],
    ),
    // live_shows__my_tickets
    (
        &[
            "我买的演唱会票",
            "电子票在哪看",
            "纸质票寄出没",
            "演出票入场码",
            "show tickets I bought",
        ],
        &["我的演出"],
    ),
    // medical_reports__list_reports
    (
        &[
            "我的化验报告出了没",
            "哪些报告已出",
            "查查检查报告",
            "做完的检查有结果了吗",
            "list my lab reports",
        ],
        &["检查"],
    ),
    // medical_reports__view_report
    (
        &[
            "看一下化验单详细数据",
            "报告里每一项结果",
            "打开这份报告",
            "哪项偏高哪项偏低",
            "view full report",
        ],
        &["报告详情"],
    ),
    // medical_reports__view_images
    (
        &[
            "CT片子在手机上看",
            "云胶片打开",
            "核磁片子看一下",
            "拍的片子发给别的医生",
            "view MRI images",
        ],
        &["影像"],
    ),
    // medical_reports__download_report
    (
        &[
            "报告导出PDF",
            "打印检查报告",
            "报告PDF发邮箱",
            "保险公司要报告原件",
            "download report PDF",
        ],
        &["下载"],
    ),
    // medical_reports__subscribe_ready
    (
        &[
            "报告出来通知我",
            "出结果提醒我",
            "化验结果出来告诉我",
            "等报告不想一直刷",
            "notify when results ready",
        ],
        &["出结果提醒"],
    ),
    // medical_reports__unsubscribe_ready
    (
        &[
            "别再发报告提醒",
            "关掉报告通知",
            "不用提醒报告了",
            "报告短信太多了",
            "stop report notifications",
        ],
        &["关闭报告"],
    ),
    // medical_reports__ask_interpretation
    (
        &[
            "报告看不懂找医生",
            "化验单箭头什么意思",
            "帮我解读一下报告",
            "指标异常严重吗",
            "explain my test results",
        ],
        &["解读"],
    ),
    // movie_tickets__now_showing
    (
        &[
            "最近有什么电影好看",
            "现在上映什么电影",
            "新上映的电影",
            "最近上映的片子",
            "movies in theaters now",
        ],
        &["热映"],
    ),
    // movie_tickets__showtimes
    (
        &[
            "今晚几点有场次",
            "哪个影院场次多",
            "杜比厅几点有场",
            "这部电影哪家影院有",
            "what times is it playing",
        ],
        &["排片"],
    ),
    // movie_tickets__buy_tickets
    (
        &[
            "买电影票选个中间座",
            "订张电影票",
            "买今晚的电影票",
            "约会看电影买票",
            "book cinema seats",
        ],
        &["选座购票"],
    ),
    // movie_tickets__refund_tickets
    (
        &[
            "电影票退款",
            "去不了电影院退票",
            "电影票能退吗",
            "电影不看了退钱",
            "refund my cinema ticket",
        ],
        &["电影票退"],
    ),
    // movie_tickets__change_showtime
    (
        &[
            "电影换个场次",
            "改到晚一点的场",
            "电影票改时间",
            "赶不上电影改场次",
            "change movie showtime",
        ],
        &["电影票改签"],
    ),
    // movie_tickets__my_tickets
    (
        &[
            "电影票取票码",
            "电影票在哪看",
            "电影在几号厅",
            "影院取票码多少",
            "my movie ticket code",
        ],
        &["我的电影"],
    ),
    // movie_tickets__card_offers
    (
        &[
            "本行卡观影特惠",
            "周末特惠观影",
            "刷卡看电影便宜",
            "这个月观影优惠还剩几次",
            "movie deals with my card",
        ],
        &["观影"],
    ),
    // music_vip__buy_vip
    (
        &[
            "开个QQ音乐绿钻",
            "开通网易云黑胶",
            "买音乐会员",
            "想听的歌要会员",
            "get QQ Music green diamond",
        ],
        &["开通音乐"],
    ),
    // music_vip__auto_renew
    (
        &[
            "绿钻连续包月",
            "网易云自动续费开通",
            "音乐会员按月扣",
            "音乐会员包月",
            "music auto renew monthly",
        ],
        &["音乐会员连续"],
    ),
    // music_vip__cancel_auto_renew
    (
        &[
            "QQ音乐别自动扣费了",
            "取消网易云自动续费",
            "关掉绿钻包月",
            "音乐会员不续了",
            "cancel music auto-renew",
        ],
        &["音乐会员续费"],
    ),
    // music_vip__membership_status
    (
        &[
            "绿钻还有几天到期",
            "黑胶会员到期时间",
            "音乐会员什么时候过期",
            "我还有音乐会员吗",
            "when does music VIP expire",
        ],
        &["音乐会员状态"],
    ),
    // music_vip__upgrade_tier
    (
        &[
            "绿钻升豪华绿钻",
            "网易云升级SVIP",
            "音乐会员补差价升级",
            "音乐会员升个档",
            "upgrade music membership",
        ],
        &["音乐会员升级"],
    ),
    // music_vip__plans
    (
        &[
            "绿钻多少钱一个月",
            "音乐会员价格对比",
            "音乐视频联合会员多少钱",
            "黑胶VIP多少钱",
            "music VIP prices",
        ],
        &["音乐会员价格"],
    ),
    // online_doctor__find_doctors
    (
        &[
            "网上找个皮肤科医生",
            "哪个医生问诊评价好",
            "找个儿科医生线上看",
            "线上有哪些医生",
            "find a doctor online",
        ],
        &["找医生"],
    ),
    // online_doctor__start_consultation
    (
        &[
            "发图片问医生",
            "在线问个医生",
            "图文问诊",
            "拍照给医生看看",
            "ask a doctor by text",
        ],
        &["图文"],
    ),
    // online_doctor__book_video_call
    (
        &[
            "跟医生视频看病",
            "约个电话问诊",
            "视频问诊预约",
            "约医生视频时间",
            "video call with doctor",
        ],
        &["视频问诊"],
    ),
    // online_doctor__renew_prescription
    (
        &[
            "高血压药吃完了续方",
            "慢病复诊开药",
            "网上再开点药",
            "常吃的药快没了",
            "refill my prescription",
        ],
        &["续方"],
    ),
    // online_doctor__list_consultations
    (
        &[
            "之前问过的医生",
            "问诊记录里医生的回复",
            "看看问诊记录",
            "上次医生开的药",
            "my past consultations",
        ],
        &["问诊记录"],
    ),
    // online_doctor__cancel_consultation
    (
        &[
            "医生不回复要退款",
            "取消问诊退钱",
            "问诊不要了",
            "医生一直没回我",
            "cancel consultation refund",
        ],
        &["取消问诊"],
    ),
    // online_doctor__rate_doctor
    (
        &[
            "给医生打分",
            "医生很好想好评",
            "评价一下这次问诊",
            "医生态度差想差评",
            "rate the doctor",
        ],
        &["评价医生"],
    ),
    // online_mall__search_products
    (
        &[
            "商城有没有扫地机器人",
            "商城手机有免息吗",
            "看看商城有什么",
            "商城里找个电饭煲",
            "search the mall",
        ],
        &["搜索商品"],
    ),
    // online_mall__place_order
    (
        &[
            "商城全款买",
            "一次付清买",
            "商城直接买下",
            "全款直接买",
            "buy it outright",
        ],
        &["商城下单"],
    ),
    // online_mall__installment_order
    (
        &[
            "商城分期买手机",
            "一次拿不出来分期买",
            "免息分期购",
            "信用卡分期买电脑",
            "buy with monthly payments",
        ],
        &["分期购买"],
    ),
    // online_mall__track_shipment
    (
        &[
            "商城买的东西到哪了",
            "商城订单发货了吗",
            "商城快递单号",
            "商城物流不动了",
            "track my mall order",
        ],
        &["物流"],
    ),
    // online_mall__confirm_receipt
    (
        &[
            "东西收到了确认一下",
            "点确认收货",
            "已经收到货了",
            "货到了签收了",
            "confirm delivery received",
        ],
        &["确认收货"],
    ),
    // online_mall__return_refund
    (
        &[
            "七天无理由退货",
            "东西坏了要退货",
            "不喜欢想退货",
            "寄回去退钱",
            "return item for refund",
        ],
        &["退货"],
    ),
    // online_mall__refund_only
    (
        &[
            "没收到货只退钱",
            "还没发货直接退款",
            "货不用寄回只退钱",
            "包裹丢了退钱",
            "refund without returning",
        ],
        &["仅退款"],
    ),
    // online_mall__my_orders
    (
        &[
            "商城订单列表",
            "待发货的订单",
            "我在商城买的东西",
            "商城待付款订单",
            "orders in the bank mall",
        ],
        &["我的商城"],
    ),
    // online_mall__cancel_order
    (
        &[
            "还没发货不想要了取消",
            "商城下错单取消",
            "商城订单取消",
            "拍错了还没付款",
            "cancel my mall order",
        ],
        &["取消商城"],
    ),
    // outpatient_pay__query_unpaid
    (
        &[
            "看病还要交多少钱",
            "医生开的单子还没交",
            "门诊欠费查询",
            "还有哪些没缴的",
            "what do I still owe the clinic",
        ],
        &["待缴费"],
    ),
    // outpatient_pay__pay_fees
    (
        &[
            "看完医生手机交费",
            "不用排队缴费",
            "开的药在线付钱",
            "化验单先交钱",
            "pay doctor's bill",
        ],
        &["pay outpatient"],
    ),
    // outpatient_pay__pay_with_insurance
    (
        &[
            "门诊费走医保个账",
            "门诊医保结算",
            "刷医保电子凭证",
            "看病走医保",
            "pay with medical insurance",
        ],
        &["医保在线"],
    ),
    // outpatient_pay__payment_history
    (
        &[
            "上次看病交了多少",
            "门诊交费记录",
            "之前看病的缴费明细",
            "门诊交过的钱",
            "clinic payments history",
        ],
        &["门诊缴费记录"],
    ),
    // outpatient_pay__get_einvoice
    (
        &[
            "看病发票报销",
            "医疗电子发票下载",
            "商业保险要票据",
            "看病收据打印",
            "hospital receipt for insurance",
        ],
        &["票据"],
    ),
    // outpatient_pay__request_refund
    (
        &[
            "检查没做要退钱",
            "药没取要退费",
            "门诊多交了退款",
            "医生取消的检查退钱",
            "refund unused tests",
        ],
        &["门诊退费"],
    ),
    // pharmacy__search_drugs
    (
        &[
            "感冒药有哪些",
            "这个药多少钱",
            "这个药有没有货",
            "这药要不要处方",
            "search for medicine",
        ],
        &["搜索药品"],
    ),
    // pharmacy__upload_prescription
    (
        &[
            "上传医生处方",
            "处方药需要审方",
            "拍处方照片",
            "买处方药要处方",
            "send my prescription photo",
        ],
        &["处方"],
    ),
    // pharmacy__place_order
    (
        &[
            "买盒感冒药送上门",
            "下单买药",
            "药直接下单送来",
            "半夜发烧买退烧药",
            "order medicine delivery",
        ],
        &["下单买药"],
    ),
    // pharmacy__track_order
    (
        &[
            "买的药到哪了",
            "送药骑手到哪了",
            "药什么时候送到",
            "买的药还没送到",
            "track medicine delivery",
        ],
        &["药品配送"],
    ),
    // pharmacy__list_orders
    (
        &[
            "以前买过的药",
            "买药订单",
            "上次买的什么药",
            "在药店买过哪些",
            "my pharmacy orders",
        ],
        &["我的买药"],
    ),
    // pharmacy__cancel_order
    (
        &[
            "药买错了取消",
            "买药订单不要了",
            "药还没送取消",
            "不需要这个药了",
            "cancel my pharmacy order",
        ],
        &["取消买药"],
    ),
    // pharmacy__set_reminder
    (
        &[
            "提醒我按时吃药",
            "设个吃药闹钟",
            "给爸妈设吃药提醒",
            "老忘吃药",
            "daily pill alarm",
        ],
        &["设置用药"],
    ),
    // pharmacy__delete_reminder
    (
        &[
            "药吃完了不用提醒",
            "删掉吃药提醒",
            "关掉用药提醒",
            "停药了取消提醒",
            "delete pill reminder",
        ],
        &["删除用药"],
    ),
    // scenic_tickets__search_spots
    (
        &[
            "周边有什么好玩的景点",
            "这个景区门票多少",
            "景点开放时间",
            "有什么景点值得去",
            "places to visit in town",
        ],
        &["景点"],
    ),
    // scenic_tickets__buy_ticket
    (
        &[
            "买张景区门票",
            "订明天的门票",
            "儿童票买一张",
            "景区门票网上买",
            "buy park tickets",
        ],
        &["景区门票"],
    ),
    // scenic_tickets__reserve_entry
    (
        &[
            "免费博物馆要预约",
            "预约入馆时段",
            "预约参观",
            "不要门票但要预约",
            "reserve museum entry",
        ],
        &["预约入园"],
    ),
    // scenic_tickets__refund_ticket
    (
        &[
            "景区门票退掉",
            "下雨不去了退门票",
            "门票能退吗",
            "门票买错日期退",
            "refund my park ticket",
        ],
        &["门票退票"],
    ),
    // scenic_tickets__my_tickets
    (
        &[
            "入园二维码",
            "我买的门票在哪",
            "查看门票订单",
            "到景区门口出示什么",
            "my park tickets",
        ],
        &["我的门票"],
    ),
    // scenic_tickets__annual_pass
    (
        &[
            "办个公园年卡",
            "年票多少钱",
            "经常去办年卡",
            "一年去好多次办年卡",
            "annual park pass",
        ],
        &["年卡"],
    ),
    // scenic_tickets__crowd_level
    (
        &[
            "景区现在人多吗",
            "今天景区挤不挤",
            "今天门票卖完了没",
            "去景区要不要排队",
            "is it crowded now",
        ],
        &["客流"],
    ),
    // sports_venue__search_venues
    (
        &[
            "附近的体育馆",
            "哪有游泳馆",
            "找个篮球场",
            "附近能打球的地方",
            "sports venues nearby",
        ],
        &["场馆"],
    ),
    // sports_venue__court_availability
    (
        &[
            "今晚还有空场吗",
            "羽毛球场几点有空",
            "场地还有没有",
            "周末场地满了吗",
            "free courts tonight",
        ],
        &["空闲"],
    ),
    // sports_venue__book_court
    (
        &[
            "订个场打羽毛球",
            "约个网球场",
            "订场打球",
            "约朋友打球订场地",
            "book a badminton court",
        ],
        &["订场"],
    ),
    // sports_venue__cancel_booking
    (
        &[
            "场地不打了取消",
            "订的球场退掉",
            "取消羽毛球场",
            "下雨了场地退掉",
            "cancel my court",
        ],
        &["取消场地"],
    ),
    // sports_venue__list_bookings
    (
        &[
            "我订的场地几点",
            "场地入场码在哪",
            "查看场地订单",
            "我订了哪个场",
            "courts I booked",
        ],
        &["场地订单"],
    ),
    // sports_venue__change_booking
    (
        &[
            "场地换个时间",
            "改到晚一点打球",
            "换一块场地",
            "订的场改个钟点",
            "move my court booking",
        ],
        &["改签场地"],
    ),
    // supermarket__nearby_supermarkets
    (
        &[
            "附近哪家超市能送",
            "离我近的超市",
            "附近哪家超市送货快",
            "这附近有什么超市",
            "supermarkets nearby",
        ],
        &["附近超市"],
    ),
    // supermarket__search_goods
    (
        &[
            "超市卫生纸多少钱",
            "超市有没有打折的",
            "超市洗衣液价格",
            "超市有满减吗",
            "search supermarket items",
        ],
        &["超市商品"],
    ),
    // supermarket__place_order
    (
        &[
            "超市买点日用品送到家",
            "超市下单自提",
            "买箱水送上门",
            "家里没纸了超市送",
            "supermarket delivery order",
        ],
        &["超市下单"],
    ),
    // supermarket__order_status
    (
        &[
            "超市的货送到哪了",
            "超市订单送出没",
            "可以去自提了吗",
            "超市拣货好了没",
            "is my supermarket order ready",
        ],
        &["订单状态"],
    ),
    // supermarket__return_goods
    (
        &[
            "超市送错了要退",
            "买的东西破了退货",
            "超市商品退款",
            "没拆封的退掉",
            "return supermarket item",
        ],
        &["超市退货"],
    ),
    // supermarket__cancel_order
    (
        &[
            "超市订单撤销",
            "超市下错单取消",
            "还没拣货取消",
            "超市的单取消掉",
            "cancel my supermarket order",
        ],
        &["取消超市"],
    ),
    // tencent_video__plans
    (
        &[
            "腾讯视频会员多少钱",
            "腾讯SVIP和VIP区别",
            "腾讯视频年费价格",
            "腾讯视频电视会员多少钱",
            "Tencent Video prices",
        ],
        &["腾讯视频会员套餐"],
    ),
    // tencent_video__buy_vip
    (
        &[
            "开个腾讯视频会员",
            "腾讯视频买一个月",
            "腾讯VIP开通",
            "想追剧开腾讯会员",
            "buy Tencent VIP",
        ],
        &["开通腾讯"],
    ),
    // tencent_video__auto_renew
    (
        &[
            "腾讯视频连续包月开通",
            "腾讯视频每月自动续",
            "腾讯视频签自动续费",
            "腾讯视频按月扣费",
            "Tencent Video monthly subscription",
        ],
        &["腾讯视频连续"],
    ),
    // tencent_video__cancel_auto_renew
    (
        &[
            "腾讯视频别自动扣了",
            "关闭腾讯视频续费",
            "腾讯会员不续了",
            "腾讯视频每月乱扣钱",
            "cancel Tencent auto renew",
        ],
        &["取消腾讯"],
    ),
    // tencent_video__membership_status
    (
        &[
            "腾讯会员什么时候到期",
            "腾讯视频还是会员吗",
            "腾讯VIP剩几天",
            "腾讯视频会员还在吗",
            "Tencent VIP expiry",
        ],
        &["腾讯视频会员状态"],
    ),
    // tencent_video__gift_vip
    (
        &[
            "腾讯会员送给朋友",
            "给女朋友开腾讯视频",
            "生日送腾讯视频会员",
            "帮别人QQ开腾讯会员",
            "Tencent VIP as a gift",
        ],
        &["赠送"],
    ),
    // tour_package__search_packages
    (
        &[
            "有什么跟团游",
            "自由行套餐推荐",
            "周边一日游",
            "五一去哪旅游",
            "group tours to choose",
        ],
        &["搜索旅游"],
    ),
    // tour_package__book_package
    (
        &[
            "报个旅行团",
            "订跟团游交定金",
            "预订这条线路",
            "就报这个团",
            "book this tour",
        ],
        &["预订旅游"],
    ),
    // tour_package__add_travellers
    (
        &[
            "填同行人身份证",
            "补充出游人信息",
            "加上家人护照信息",
            "一起去的人信息填一下",
            "add traveller details",
        ],
        &["出游人"],
    ),
    // tour_package__cancel_package
    (
        &[
            "旅游团不去了",
            "跟团游取消退款",
            "退团扣多少",
            "临时有事旅游去不了",
            "cancel tour booking",
        ],
        &["取消旅游"],
    ),
    // tour_package__tour_notice
    (
        &[
            "旅游团几点集合",
            "导游电话多少",
            "在哪集合出发",
            "出团行程单",
            "meeting point of tour",
        ],
        &["出团通知"],
    ),
    // tour_package__my_trips
    (
        &[
            "我报的旅游团",
            "我的度假订单状态",
            "旅游订单状态",
            "报的团确认了吗",
            "tours I booked",
        ],
        &["度假"],
    ),
    // train_ticket__search_trains
    (
        &[
            "高铁还有没有票",
            "查车次余票",
            "几点有动车",
            "还有卧铺吗",
            "train seats available",
        ],
        &["车次余票"],
    ),
    // train_ticket__book_ticket
    (
        &[
            "高铁票下单",
            "火车票帮我买",
            "抢回家的火车票",
            "订一张二等座",
            "book a train ticket",
        ],
        &["购买火车票"],
    ),
    // train_ticket__change_ticket
    (
        &[
            "改到早一点的车",
            "高铁改个时间",
            "赶不上火车改签",
            "火车票换一天",
            "switch to another train",
        ],
        &["火车票改签"],
    ),
    // train_ticket__refund_ticket
    (
        &[
            "火车票退掉",
            "高铁票不坐了退",
            "火车退票手续费多少",
            "火车票退款多久到",
            "refund my rail ticket",
        ],
        &["火车票退票"],
    ),
    // train_ticket__waitlist
    (
        &[
            "没票了候补一下",
            "抢不到票排候补",
            "候补买票",
            "车票卖光了排队等",
            "join waitlist",
        ],
        &["候补"],
    ),
    // train_ticket__my_orders
    (
        &[
            "我的高铁票几号检票口",
            "我买的高铁票",
            "火车票订单查看",
            "高铁几车厢几号座",
            "train tickets I bought",
        ],
        &["我的火车票"],
    ),
    // train_ticket__add_passenger
    (
        &[
            "给爸妈买票先加乘车人",
            "添加乘客身份证",
            "加个常用乘客",
            "帮同事买票先加人",
            "add a travel companion",
        ],
        &["乘车人"],
    ),
    // train_ticket__train_status
    (
        &[
            "这趟高铁晚点没",
            "高铁正点吗",
            "列车到哪了",
            "接站看火车到没到",
            "is my train late",
        ],
        &["晚点"],
    ),
    // training_course__search_courses
    (
        &[
            "孩子学钢琴的课",
            "附近编程培训",
            "雅思课程哪家好",
            "想学点技能找课",
            "find courses",
        ],
        &["培训"],
    ),
    // training_course__book_trial
    (
        &[
            "先上节试听课",
            "免费体验课",
            "想先听一节",
            "先试试再报名",
            "book a trial class",
        ],
        &["试听"],
    ),
    // training_course__buy_course
    (
        &[
            "报名买课",
            "课时包付款",
            "交钱报班",
            "试听满意了报班",
            "buy course package",
        ],
        &["购买课程"],
    ),
    // training_course__buy_in_installments
    (
        &[
            "课程费分期付",
            "培训费分期付",
            "报课分几个月付",
            "课程一次付不起",
            "pay course monthly",
        ],
        &["课程分期"],
    ),
    // training_course__my_courses
    (
        &[
            "课时还剩多少节",
            "我的课还有几次",
            "我报的课程",
            "已上几节课",
            "lessons left in my package",
        ],
        &["课时"],
    ),
    // training_course__reschedule_lesson
    (
        &[
            "这周课请个假",
            "上课时间调一下",
            "改天上课",
            "孩子生病这节课挪一下",
            "move my class to another day",
        ],
        &["调课"],
    ),
    // training_course__request_refund
    (
        &[
            "不想学了退费",
            "剩下的课退钱",
            "孩子不想学了退课",
            "机构要关门退费",
            "refund remaining lessons",
        ],
        &["退课"],
    ),
    // tuition__bind_student
    (
        &[
            "添加孩子学号",
            "绑定孩子学校",
            "关联学生信息",
            "二胎也上学了再绑一个",
            "link my child",
        ],
        &["绑定学生"],
    ),
    // tuition__unbind_student
    (
        &[
            "毕业了学生解除绑定",
            "删掉绑定的学生",
            "解除学生绑定",
            "转学了解绑原学校",
            "remove linked student",
        ],
        &["解绑学生"],
    ),
    // tuition__query_fees
    (
        &[
            "本学期应缴学费",
            "还欠学校多少钱",
            "要交哪些费用",
            "开学前看看要交多少",
            "tuition due this term",
        ],
        &["应缴"],
    ),
    // tuition__pay_fees
    (
        &[
            "学费现在交",
            "把住宿费交了",
            "开学缴学费",
            "学校催交学费",
            "pay the school bill",
        ],
        &["缴纳学费"],
    ),
    // tuition__payment_history
    (
        &[
            "以前交过的学费",
            "学费缴费明细",
            "上学期学费交了多少",
            "学费交过没",
            "tuition payment records",
        ],
        &["学费缴费记录"],
    ),
    // tuition__get_receipt
    (
        &[
            "学费发票下载",
            "交学费的收据",
            "学费票据打印",
            "报销要学费凭证",
            "tuition receipt PDF",
        ],
        &["缴费凭证"],
    ),
    // tuition__tuition_installment
    (
        &[
            "学费一次交不起",
            "大学学费分期",
            "学费分几个月还",
            "学费凑不齐",
            "pay tuition in installments",
        ],
        &["学费分期"],
    ),
    // vaccine__list_vaccines
    (
        &[
            "哪里有九价",
            "附近有没有流感疫苗",
            "有苗的社区医院",
            "哪个社区有狂犬疫苗",
            "vaccines available nearby",
        ],
        &["可约疫苗"],
    ),
    // vaccine__list_slots
    (
        &[
            "哪天还有号",
            "这个门诊什么时候能约",
            "疫苗门诊可约时段",
            "打疫苗哪天有空位",
            "open vaccine slots",
        ],
        &["号源"],
    ),
    // vaccine__book_vaccination
    (
        &[
            "约个打疫苗",
            "给孩子约打针",
            "预约打HPV",
            "被狗咬了约打针",
            "book vaccine shot",
        ],
        &["预约接种"],
    ),
    // vaccine__cancel_vaccination
    (
        &[
            "疫苗预约取消",
            "那天去不了打针",
            "不打了取消预约",
            "感冒了这次不打了",
            "cancel my shot booking",
        ],
        &["取消接种"],
    ),
    // vaccine__list_bookings
    (
        &[
            "我约的疫苗几点",
            "疫苗预约在哪天",
            "查看接种预约",
            "约的第二针是哪天",
            "my vaccine bookings",
        ],
        &["我的接种预约"],
    ),
    // vaccine__vaccination_record
    (
        &[
            "以前打过什么疫苗",
            "接种本记录",
            "打到第几针了",
            "入学要预防接种证",
            "my vaccine record",
        ],
        &["接种记录"],
    ),
    // vaccine__stock_alert
    (
        &[
            "有苗了通知我",
            "九价到了提醒我",
            "疫苗来货提醒",
            "约不到苗等通知",
            "notify when vaccine in stock",
        ],
        &["到苗"],
    ),
    // vaccine__child_schedule
    (
        &[
            "宝宝下一针打什么",
            "孩子该打什么疫苗了",
            "儿童疫苗时间表",
            "哪些疫苗是免费的",
            "childhood vaccine timetable",
        ],
        &["免疫"],
    ),
    // visa_service__requirements
    (
        &[
            "办签证要什么材料",
            "哪些国家免签",
            "落地签吗",
            "签证办多久",
            "visa rules for the country",
        ],
        &["要求"],
    ),
    // visa_service__apply_visa
    (
        &[
            "帮我办个签证",
            "代办旅游签",
            "办签证下单",
            "找中介办签证",
            "get a visa done for me",
        ],
        &["代办"],
    ),
    // visa_service__upload_documents
    (
        &[
            "上传护照扫描件",
            "交银行流水",
            "传在职证明",
            "签证证件照上传",
            "send visa paperwork",
        ],
        &["材料"],
    ),
    // visa_service__application_status
    (
        &[
            "签证出签没",
            "签证进度到哪步",
            "送签了没",
            "签证被拒了吗",
            "has my visa been issued",
        ],
        &["签证进度"],
    ),
    // visa_service__passport_return
    (
        &[
            "护照寄回地址",
            "护照什么时候寄回来",
            "护照快递单号",
            "出签后护照寄到家",
            "mail my passport back",
        ],
        &["护照"],
    ),
    // visa_service__cancel_application
    (
        &[
            "不去了签证取消",
            "签证申请撤回",
            "取消办签证",
            "行程取消签证不办了",
            "cancel my visa order",
        ],
        &["取消签证"],
    ),
];

/// Fourth pass: the situations, troubles and plans that lead to each action rather than
/// its siblings, as whole short requests, for the index's said part only. Written from
/// the manifests, blind of every request set.
pub const SITUATIONS: &[super::Concept] = &[
    // campus_card__get_balance
    (
        &[
            "月底了不知道饭卡还撑不撑得住",
            "刚在圈存机上转了钱不知道卡上有没有",
            "去食堂刷卡前想看看卡里剩多少",
            "家长想知道住校孩子饭卡还有多少钱",
            "check what's left on my student card before lunch",
        ],
        &["校园卡余额"],
    ),
    // campus_card__top_up
    (
        &[
            "食堂刷卡提示钱不够后面还排着队",
            "开学第一天饭卡里一分钱没有",
            "孩子打电话说吃饭刷不了卡了",
            "在外地的家长想给孩子打点吃饭的钱",
            "meal card is empty and the canteen closes soon",
        ],
        &["校园卡充值"],
    ),
    // campus_card__transactions
    (
        &[
            "孩子一个月饭钱花了好几百想看花哪了",
            "饭卡钱少了一截不记得买过什么",
            "怀疑食堂阿姨多刷了我一次",
            "想对一下这周在食堂吃了几顿",
            "son's canteen spending looks too high, want the details",
        ],
        &["消费明细"],
    ),
    // campus_card__report_lost
    (
        &[
            "体育课回来发现校园卡不见了",
            "书包落在图书馆了饭卡也在里面",
            "宿舍进了小偷学生证和饭卡都没了",
            "饭卡掉在操场找了一圈没找到",
            "dropped my student card somewhere on campus",
        ],
        &["校园卡挂失"],
    ),
    // campus_card__cancel_lost
    (
        &[
            "挂了失的卡在外套口袋里翻到了",
            "以为卡丢了结果在室友那拿回来了",
            "失物招领处把我的饭卡送回来了",
            "卡找回来了但食堂还是刷不了",
            "found my card in my jeans after reporting it",
        ],
        &["解挂"],
    ),
    // campus_card__set_auto_topup
    (
        &[
            "孩子总忘了充饭卡饿肚子想省心点",
            "每次饭卡没钱都要跑去圈存机太麻烦",
            "家长想孩子饭卡见底时自动打钱过去",
            "大一新生不想每周都去充饭卡",
            "want the meal card refilled whenever it runs low",
        ],
        &["设置自动"],
    ),
    // campus_card__cancel_auto_topup
    (
        &[
            "孩子毕业离校了银行卡还在往饭卡扣钱",
            "退学了饭卡还每月从我卡里划钱",
            "开了自动圈存后生活费总被转光",
            "休学半年不想钱再自动转进饭卡",
            "graduated but my bank card keeps loading the meal card",
        ],
        &["取消自动充值"],
    ),
    // campus_card__pay_dorm_power
    (
        &[
            "宿舍热水器烧不了水说是没电了",
            "晚上赶论文寝室电脑突然断电",
            "室友说这个月电用光了轮到我交",
            "夏天宿舍空调开多了电快用完了",
            "dorm lights went out and the meter shows zero",
        ],
        &["宿舍电费"],
    ),
    // coach_ferry__search_schedules
    (
        &[
            "想回乡下看奶奶不知道有没有直达的车",
            "周末想去海岛玩不知道船几点有",
            "火车票买不到看看有没有长途大巴",
            "去邻县办事想知道最晚几点能坐车回来",
            "any bus from the city to my village on Sunday",
        ],
        &["汽车船班次"],
    ),
    // coach_ferry__buy_ticket
    (
        &[
            "春节火车票没抢到只能坐大巴回去",
            "自驾去海南车得上船过海峡",
            "周末去岛上露营要先把船位定下来",
            "奶奶不会网上买票我帮她买回乡的客车票",
            "need a seat on tomorrow's coach to the county",
        ],
        &["购买汽车票"],
    ),
    // coach_ferry__refund_ticket
    (
        &[
            "台风要来了买好的船去不了想把钱拿回来",
            "亲戚改了婚期买的大巴票用不上了",
            "孩子突然发烧明天的长途车不坐了要退钱",
            "朋友开车顺路捎我大巴票白买了",
            "plans changed, want my coach fare back",
        ],
        &["船票退票"],
    ),
    // coach_ferry__my_tickets
    (
        &[
            "到了汽车站不知道去哪个口检票",
            "帮爸妈买的船票他们在码头问我要票码",
            "忘了买的是几点发车的大巴",
            "上车司机要看票我找不到买的那张",
            "at the pier and need to show my ferry ticket",
        ],
        &["我的汽车票"],
    ),
    // coach_ferry__ferry_weather
    (
        &[
            "海上起大雾了不知道今天还能不能过海",
            "在岛上玩听说风太大回不去了",
            "台风预警发了明早的渡轮还开吗",
            "码头广播说暂停开船啥时候恢复",
            "storm warning, will the island boats run tomorrow",
        ],
        &["停航公告"],
    ),
    // coffee_tea__nearby_stores
    (
        &[
            "刚到陌生城市出差想找地方喝杯咖啡",
            "在商场逛累了想找个奶茶店坐坐",
            "新公司附近不熟哪能买到咖啡",
            "带孩子去公园附近有没有卖奶茶的",
            "new neighbourhood, where can I grab a latte",
        ],
        &["附近门店"],
    ),
    // coffee_tea__menu
    (
        &[
            "怀孕了不能喝咖啡看看有什么别的饮品",
            "控糖期间想找无糖的喝",
            "乳糖不耐受想看看能不能换植物奶",
            "第一次来这家店不知道有什么招牌",
            "what seasonal drinks do they have right now",
        ],
        &["查看菜单"],
    ),
    // coffee_tea__place_order
    (
        &[
            "加班到深夜困得不行来一杯提神的",
            "客户要来开会想给他们准备几杯咖啡",
            "上班路上想买杯冰美式到店拿",
            "天太热想喝杯冰奶茶",
            "running late, want a coffee ready when I arrive",
        ],
        &["点单下单"],
    ),
    // coffee_tea__pickup_code
    (
        &[
            "柜台上一堆杯子不知道哪杯是我的",
            "店员问我几号我找不到了",
            "在店门口等了好久不知道做好没",
            "barista asked for my number and I can't find it",
        ],
        &["取餐码"],
    ),
    // coffee_tea__cancel_order
    (
        &[
            "下完单被老板叫去开会喝不了了",
            "刚付完钱朋友已经帮我买了一杯",
            "临时要出门奶茶来不及取不要了",
            "点了热的其实想要冰的趁还没做先撤了",
            "colleague already bought me one, don't need mine",
        ],
        &["取消饮品"],
    ),
    // coffee_tea__drink_coupons
    (
        &[
            "银行送过几张喝咖啡的券不知道放哪了",
            "之前活动领的奶茶券好像快到期了",
            "点单前想看看手里有没有能抵的券",
            "朋友说送了我一张咖啡券",
            "any free drink vouchers left in my account",
        ],
        &["饮品券"],
    ),
    // coffee_tea__buy_coupon_pack
    (
        &[
            "一天一杯咖啡开销太大想省点",
            "办公室十几个人常喝咖啡想批量买划算的",
            "考研天天靠咖啡续命想便宜点",
            "想一次囤够一个月的咖啡",
            "drink coffee every day, want a cheaper bundle",
        ],
        &["咖啡券包"],
    ),
    // dental_clinic__list_clinics
    (
        &[
            "出差在外地突然牙疼附近有看牙的吗",
            "孩子换牙想找家离学校近的牙科",
            "下班晚想找家晚上还开门的牙科",
            "老人要装假牙想找个靠谱的口腔医院",
            "travelling and need a dentist close by",
        ],
        &["口腔门诊"],
    ),
    // dental_clinic__price_list
    (
        &[
            "牙掉了一颗想补上先问问大概花多少",
            "孩子要戴牙套想知道得准备多少钱",
            "老人满口假牙做下来贵不贵",
            "智齿要拔担心费用太高",
            "how much would fixing a cracked tooth cost",
        ],
        &["项目价格"],
    ),
    // dental_clinic__book_cleaning
    (
        &[
            "喝茶多年牙齿发黄想弄干净",
            "年底公司福利能洗一次牙",
            "刷牙老出血牙医说该清理结石了",
            "拍婚纱照前想让牙齿干净点",
            "teeth look stained before a job interview",
        ],
        &["预约洗牙"],
    ),
    // dental_clinic__book_consultation
    (
        &[
            "吃饭咬到硬东西牙裂了",
            "孩子门牙长歪了想让医生看看",
            "半夜牙疼得睡不着想找医生看",
            "喝热水牙就酸痛想找医生检查",
            "kid's front teeth growing crooked, want a dentist's opinion",
        ],
        &["口腔面诊"],
    ),
    // dental_clinic__list_bookings
    (
        &[
            "约了看牙但忘了是哪家门诊",
            "请假前想确认一下看牙是周几",
            "家里人帮我约了洗牙我不知道时间",
            "forgot which day I booked the dentist",
        ],
        &["我的口腔预约"],
    ),
    // dental_clinic__cancel_booking
    (
        &[
            "约好洗牙那天公司要加班",
            "牙疼自己好了约的号不想去了",
            "孩子那天要考试看牙的约就不去了",
            "搬到外地了那边的牙科预约用不上了",
            "can't make it to the dentist, drop the booking",
        ],
        &["取消口腔预约"],
    ),
    // dental_clinic__pay_installments
    (
        &[
            "种三颗牙要好几万一下拿不出",
            "孩子矫正费太高想按月还",
            "刚工作没存款但牙必须得治",
            "牙医说要做全口修复钱得分开付",
            "can't pay the implant bill at once, spread it out",
        ],
        &["口腔治疗分期"],
    ),
    // duty_free__search_goods
    (
        &[
            "去海南度假想看看那边化妆品便宜不便宜",
            "朋友托我带一瓶香水看看免税店有没有",
            "想给爸妈买块表看免税能省多少",
            "出境前想看看机场店都卖些什么",
            "going to Sanya, want to see what's cheap there",
        ],
        &["免税商品"],
    ),
    // duty_free__quota
    (
        &[
            "今年已经去了两趟海南不知道还能买多少",
            "老婆上次在三亚买了很多额度还够吗",
            "计划再去海南扫货怕超了限额",
            "have I used up my Hainan shopping limit this year",
        ],
        &["免税额度"],
    ),
    // duty_free__order_goods
    (
        &[
            "在三亚玩最后一天想带几套护肤品回去",
            "机场候机时间长想顺便把香水买了",
            "闺蜜结婚想趁离岛买个大牌包送她",
            "离开海南前想把看中的表买下来",
            "leaving Hainan tomorrow, want to buy skincare tax-free",
        ],
        &["免税下单"],
    ),
    // duty_free__my_orders
    (
        &[
            "三亚买的口红说寄到家到现在没收到",
            "下飞机前想知道去哪拿之前买的东西",
            "上周离岛买的东西不知道发货了没",
            "bought stuff in Haikou, where do I collect it",
        ],
        &["免税订单"],
    ),
    // duty_free__change_pickup
    (
        &[
            "航班取消了换成第二天走买的东西怎么拿",
            "不坐飞机了改坐船离岛",
            "提货那天赶不上想换成寄回家",
            "家里收货地址写错了要改",
            "flight moved to another day, pickup needs updating",
        ],
        &["修改提货信息"],
    ),
    // duty_free__cancel_order
    (
        &[
            "家里有急事海南去不成了买的东西不要了",
            "下单后发现别处更便宜不想要了",
            "冲动买了包后悔了还没提货",
            "trip to Hainan called off, drop the purchase",
        ],
        &["取消免税订单"],
    ),
    // exam_reg__list_exams
    (
        &[
            "大三了想多考几个证增加就业机会",
            "工作几年想考职称不知道今年什么时候能报",
            "刚退休想考个证最近有没有能报的",
            "孩子大一想知道这学期有什么考试能报",
            "which certificate exams are open right now",
        ],
        &["可报名考试"],
    ),
    // exam_reg__register
    (
        &[
            "毕业要求过四级这次一定得报上",
            "转行当老师得先去考证",
            "公司要求持证上岗今年必须报名考",
            "想当导游得考个资格证",
            "need to sign up for the next CET sitting",
        ],
        &["报名考试"],
    ),
    // exam_reg__pay_fee
    (
        &[
            "报完名显示待支付怕过了时间作废",
            "信息都填好了就差付钱",
            "孩子没绑卡家长帮付考试的钱",
            "registration says unpaid and the deadline is tonight",
        ],
        &["报名费"],
    ),
    // exam_reg__registration_status
    (
        &[
            "上传的证件照不知道合不合格",
            "报完好几天了没收到任何通知",
            "室友都显示通过了我的还没动静",
            "付了钱但不确定名额报上没有",
            "signed up last week but no confirmation yet",
        ],
        &["报名状态"],
    ),
    // exam_reg__admission_ticket
    (
        &[
            "后天就考试了还不知道考场在哪个学校",
            "考试要带的那张证还没打出来",
            "不记得自己分到哪个考点了",
            "exam is tomorrow and I don't know my seat number",
        ],
        &["准考证"],
    ),
    // exam_reg__query_score
    (
        &[
            "考完一个月了心里一直没底",
            "简历上要写四级分数还不知道",
            "室友说出分了我紧张不敢看",
            "waiting to see if I passed the teacher exam",
        ],
        &["考试成绩"],
    ),
    // exam_reg__cancel_registration
    (
        &[
            "考试那天要做手术考不了了",
            "复习来不及了这次先放弃",
            "拿到offer了不需要这个证了",
            "报重复了两个科目去掉一个",
            "got a job, don't need to sit the exam anymore",
        ],
        &["取消报名"],
    ),
    // express_delivery__quote_shipping
    (
        &[
            "毕业想把一箱书寄回家先算算花多少",
            "给外地客户寄样品怕运费太贵",
            "搬家几个大箱子寄还是搬先比比价钱",
            "老家寄土特产过来大概要多少钱",
            "how much to mail a heavy box across the country",
        ],
        &["运费估算"],
    ),
    // express_delivery__send_parcel
    (
        &[
            "网店来订单了要发货给买家",
            "合同签好了要赶紧送到客户那",
            "给外地上学的孩子寄冬衣",
            "腿脚不便想让人上门把东西拿走寄出去",
            "need to ship a customer's order today",
        ],
        &["寄快递"],
    ),
    // express_delivery__track_parcel
    (
        &[
            "买家说一周了还没收到想看看发哪去了",
            "手里有个单号想看现在到哪个城市了",
            "寄给客户的合同明天要不知道在路上没",
            "家里寄的月饼好几天没消息",
            "buyer says the parcel never arrived, checking where it is",
        ],
        &["快递查询"],
    ),
    // express_delivery__my_parcels
    (
        &[
            "出差一周回来不知道有没有快递没拿",
            "短信太多不知道哪条是取件的",
            "网购了好几样想看看到了几个",
            "快递柜门打不开要再看看码",
            "back from holiday, any packages waiting for me",
        ],
        &["我的快递"],
    ),
    // express_delivery__cancel_shipment
    (
        &[
            "约了上门寄件买家突然说不要了",
            "刚约快递来拿发现放错了东西",
            "朋友说他自己过来拿不用寄了",
            "buyer cancelled and the courier hasn't come yet",
        ],
        &["取消寄件"],
    ),
    // express_delivery__address_book
    (
        &[
            "孩子去外地上大学以后常给他寄东西",
            "爸妈搬了新家以后寄东西要用新地址",
            "开网店常用的退货地址想存一下",
            "每次寄件都要重新输入地址很烦",
            "parents moved, keep their new address for shipping",
        ],
        &["地址簿"],
    ),
    // express_delivery__file_claim
    (
        &[
            "寄给客户的瓷器到了碎成几块",
            "寄出去的手机半路弄丢了",
            "保价寄的东西箱子被压扁了",
            "快递公司承认丢件了但一直没给说法",
            "the courier broke my vase, I want compensation",
        ],
        &["快递理赔"],
    ),
    // flight_ticket__search_flights
    (
        &[
            "下个月想带爸妈去三亚看看飞过去贵不贵",
            "公司让我后天去深圳开会看看有哪些航班",
            "国庆想出去玩不知道哪天飞最便宜",
            "老家有急事今晚还有没有飞回去的",
            "what flights go to Chengdu this Friday",
        ],
        &["航班机票"],
    ),
    // flight_ticket__book_flight
    (
        &[
            "签证下来了赶紧把去东京的飞机定了",
            "年假批了要订飞去海南的票",
            "给爸妈订张回老家的飞机票",
            "客户催我明天到上海马上买张飞机票",
            "visa approved, need to lock in a flight now",
        ],
        &["预订机票"],
    ),
    // flight_ticket__refund_flight
    (
        &[
            "出差临时取消了飞机票钱要拿回来",
            "生病住院飞不了了不坐了要退钱",
            "签证被拒了买好的飞机票只能不要了",
            "公司改成视频会议飞机票用不上了",
            "trip cancelled, I want my airfare refunded",
        ],
        &["机票退票"],
    ),
    // flight_ticket__change_flight
    (
        &[
            "会议推迟了两天航班要往后挪",
            "孩子发烧了飞机想晚几天再走",
            "事情提前办完了想早一天飞回去",
            "赶不上那班飞机想换到下午的",
            "meeting moved, need to fly a day later instead",
        ],
        &["机票改期"],
    ),
    // flight_ticket__check_in
    (
        &[
            "明早飞机不想在机场排长队",
            "只带了个背包不用托运想提前办好登机",
            "出发前一天想先把登机牌弄好",
            "no bags to drop, want my boarding pass before the airport",
        ],
        &["值机"],
    ),
    // flight_ticket__select_seat
    (
        &[
            "腿长坐飞机想要前排宽一点的位子",
            "带着小孩坐飞机想坐在一起",
            "不喜欢靠窗想换到过道边上",
            "想看风景坐飞机要靠窗的位置",
            "travelling with my wife and want seats together",
        ],
        &["选座"],
    ),
    // flight_ticket__flight_status
    (
        &[
            "去机场接爸妈不知道飞机落地没",
            "外面下暴雨担心飞机飞不了",
            "接机的时候想知道飞机几点到",
            "picking my mum up, has her plane landed yet",
        ],
        &["航班动态"],
    ),
    // flight_ticket__my_trips
    (
        &[
            "上个月订的机票忘了是几点起飞",
            "帮老板买过票他问我订的哪家航空公司",
            "不记得自己订的是哪班飞机了",
            "家里人帮我订了机票我想看看",
            "can't remember which flight I booked for next week",
        ],
        &["我的机票订单"],
    ),
    // flight_ticket__reimbursement_receipt
    (
        &[
            "出差回来财务要飞机票的凭证",
            "公司报差旅费要行程单",
            "月底对账缺一张飞机票的发票",
            "expense claim needs proof of my airfare",
        ],
        &["报销"],
    ),
    // flowers_cakes__browse_flowers
    (
        &[
            "第一次见女朋友爸妈想带束花不知道选啥",
            "朋友新店开业送什么花合适",
            "去医院探望病人能带什么花",
            "母亲节想看看送妈妈哪种花好",
            "not sure which flowers suit a funeral",
        ],
        &["挑选鲜花"],
    ),
    // flowers_cakes__browse_cakes
    (
        &[
            "孩子过生日想看看有什么卡通造型的",
            "老人过寿想找个不太甜的",
            "对奶油过敏想看看有没有别的款式",
            "想先看看有哪些适合周岁宴的款",
            "what cake designs do they have for a first birthday",
        ],
        &["挑选蛋糕"],
    ),
    // flowers_cakes__order_flowers
    (
        &[
            "今天结婚纪念日忘了准备送束花到她公司",
            "闺蜜升职了想给她送花过去",
            "没法回家过母亲节想让人给妈妈送束花",
            "跟女朋友吵架了想送花道歉",
            "forgot our anniversary, get flowers delivered to her office",
        ],
        &["订花送花"],
    ),
    // flowers_cakes__order_cake
    (
        &[
            "老公明天生日还没准备蛋糕",
            "孩子满月办酒席得订个大蛋糕",
            "爸爸七十大寿想准备个寿桃蛋糕",
            "同事下午过生日想订个蛋糕送到公司",
            "son's birthday party tomorrow, need a cake delivered",
        ],
        &["订蛋糕"],
    ),
    // flowers_cakes__order_status
    (
        &[
            "送出去的花不知道她收到没有",
            "派对快开始了蛋糕还没到",
            "想看看送花的人拍的签收照片",
            "did the bouquet I sent actually arrive",
        ],
        &["鲜花蛋糕订单"],
    ),
    // flowers_cakes__change_delivery
    (
        &[
            "生日聚会推到晚上了蛋糕别太早送",
            "她今天不在公司花改到明天送",
            "聚餐提前了蛋糕得早点到",
            "party moved to the evening, deliver the cake later",
        ],
        &["配送时间"],
    ),
    // flowers_cakes__cancel_order
    (
        &[
            "聚会取消了订的蛋糕不要了",
            "和女朋友分手了送花就算了",
            "朋友已经买了蛋糕我这份不用了",
            "party called off, don't need the cake anymore",
        ],
        &["取消鲜花"],
    ),
    // food_delivery__search_restaurants
    (
        &[
            "刚搬到新小区不知道附近有什么好吃的能送",
            "加班到十点想看看还有哪些店能送",
            "住酒店不想出门看看附近能点什么",
            "生病了想喝点粥看看附近有没有能送的",
            "new to the area, what food places deliver here",
        ],
        &["附近外卖"],
    ),
    // food_delivery__place_order
    (
        &[
            "下雨不想出门中午直接叫份饭",
            "家里来了客人来不及做饭",
            "加班饿了想叫份吃的送到公司",
            "孩子放学饿了给他点份饭到家",
            "too tired to cook, get dinner brought over",
        ],
        &["外卖下单"],
    ),
    // food_delivery__track_order
    (
        &[
            "点的饭骑手现在到哪了",
            "想知道饭还要多久才能送到",
            "饭显示出餐了不知道骑手取了没",
            "how far away is the rider with my food",
        ],
        &["跟踪"],
    ),
    // food_delivery__urge_order
    (
        &[
            "点了一个小时了饭还没来饿坏了",
            "午休快结束了饭还在路上",
            "孩子饿得直哭外卖迟迟不到",
            "food is way overdue, push them to hurry",
        ],
        &["催单"],
    ),
    // food_delivery__cancel_order
    (
        &[
            "刚叫的饭同事说请客出去吃了",
            "点完才发现地址填成老家的了",
            "临时要出门饭送到也没人收",
            "商家半天没接单不想等了",
            "plans changed, don't need the food I just ordered",
        ],
        &["取消外卖"],
    ),
    // food_delivery__request_refund
    (
        &[
            "送来的汤洒了一半没法吃",
            "饭菜里吃出头发了",
            "少送了一份米饭要把钱要回来",
            "外卖送到时已经凉透变味了",
            "meal arrived spilled and inedible, want my money back",
        ],
        &["外卖申请退款"],
    ),
    // food_delivery__red_packets
    (
        &[
            "点饭前想看看有没有能抵的券",
            "听说银行送吃饭的优惠不知道领了没",
            "最近点外卖太贵想找找能省钱的券",
            "any discount vouchers for my next takeaway",
        ],
        &["外卖红包"],
    ),
    // food_delivery__order_history
    (
        &[
            "上周点的那家面很好吃忘了店名",
            "想算算这个月点外卖花了多少",
            "报销加班餐要看之前点的记录",
            "what was that noodle place I ordered from last week",
        ],
        &["历史订单"],
    ),
    // fresh_grocery__search_products
    (
        &[
            "晚上想做红烧肉看看有没有五花肉",
            "孩子想吃车厘子看看现在什么价",
            "宝宝辅食要新鲜三文鱼有卖吗",
            "家里来客人想看看有什么海鲜",
            "is there fresh fish available for tonight",
        ],
        &["生鲜商品"],
    ),
    // fresh_grocery__add_to_cart
    (
        &[
            "看到几样菜想先放着凑够起送再买",
            "这周的菜先挑着明天一起付",
            "周末聚餐要的食材先一样样攒起来",
            "save these veggies for later, not paying yet",
        ],
        &["购物车"],
    ),
    // fresh_grocery__checkout
    (
        &[
            "菜都挑好了付钱让明早送来",
            "挑完菜想选个晚上六点前送到",
            "凑够满减了现在就付款",
            "done picking groceries, pay and pick a slot",
        ],
        &["生鲜下单结算"],
    ),
    // fresh_grocery__track_delivery
    (
        &[
            "做饭等着用菜送菜的到哪了",
            "说好一小时送到的菜还没来",
            "下班到家了买的菜还在路上吗",
            "waiting to cook, where's my grocery delivery",
        ],
        &["配送进度"],
    ),
    // fresh_grocery__quality_refund
    (
        &[
            "买的草莓一半是烂的",
            "收到的鱼有股臭味不新鲜",
            "称了一下肉明显分量不够",
            "鸡蛋送来碎了好几个",
            "the strawberries came mouldy, want a refund",
        ],
        &["售后"],
    ),
    // fresh_grocery__cancel_order
    (
        &[
            "临时决定出去吃饭买的菜不用送了",
            "家里冰箱坏了买的菜放不了",
            "下错单把菜买重复了还没发货",
            "going out for dinner, don't send the groceries",
        ],
        &["取消生鲜"],
    ),
    // fresh_grocery__member_card
    (
        &[
            "每周都买菜想看看办会员能省多少",
            "家里人多买菜多想要免运费",
            "邻居说开了会员买菜便宜",
            "I shop weekly, is the membership worth it",
        ],
        &["生鲜会员"],
    ),
    // game_topup__search_games
    (
        &[
            "孩子玩的那个游戏不知道能不能在这充",
            "新出的手游想看看有什么礼包",
            "换了区服不知道怎么找到我那个服",
            "is my game listed for top up here",
        ],
        &["搜索游戏"],
    ),
    // game_topup__topup_game
    (
        &[
            "新赛季出了皮肤想买点点券",
            "打游戏钻石不够抽卡了",
            "帮儿子给他的游戏号充点钱当生日礼物",
            "游戏月卡到期了想续上",
            "out of gems mid-event, need to buy more",
        ],
        &["游戏充值"],
    ),
    // game_topup__topup_qcoin
    (
        &[
            "想给QQ空间换个装扮没有币了",
            "朋友生日想在QQ上送个礼物",
            "开QQ会员手上的Q币不够",
            "need some Q coins to buy a QQ gift",
        ],
        &["Q币"],
    ),
    // game_topup__topup_history
    (
        &[
            "充了钱游戏里没到账想看看扣没扣",
            "发现银行卡被游戏扣了好几笔想核对",
            "想算算这一年在游戏上花了多少",
            "paid but the diamonds never showed up",
        ],
        &["充值记录"],
    ),
    // game_topup__minor_refund
    (
        &[
            "儿子偷用我手机给游戏花了好几千",
            "女儿拿奶奶的卡买皮肤想把钱要回来",
            "小学生背着家长充的钱能追回吗",
            "my kid spent my savings in a game, want it back",
        ],
        &["未成年"],
    ),
    // game_topup__spending_limit
    (
        &[
            "怕自己控制不住在游戏里乱花钱",
            "孩子放假玩游戏想给他设个上限",
            "每个月游戏花费太多想管住自己",
            "cap how much can be spent on games each month",
        ],
        &["消费限额"],
    ),
    // gym__list_plans
    (
        &[
            "过年胖了十斤想去健身房先问问多少钱",
            "公司附近新开了健身房想看看年卡月卡价格",
            "学生放暑假想练练不知道短期卡多少钱",
            "how much is a gym membership around here",
        ],
        &["会员卡价格"],
    ),
    // gym__buy_membership
    (
        &[
            "医生说要减肥决定去健身房办张卡",
            "婚礼前想练出好身材今天就办",
            "健身卡过期了想接着练",
            "new year resolution, signing up for the gym today",
        ],
        &["健身会员卡"],
    ),
    // gym__membership_info
    (
        &[
            "不记得健身卡什么时候到期",
            "次卡还剩几次想看看",
            "教练说我卡快到期了我想确认下",
            "how many visits are left on my gym pass",
        ],
        &["我的会员卡"],
    ),
    // gym__book_class
    (
        &[
            "一个人练没劲想跟大家一起跳操",
            "下班想去上节瑜伽放松一下",
            "同事约我周六一起去上单车课",
            "want to join a spinning class after work",
        ],
        &["团课"],
    ),
    // gym__cancel_class
    (
        &[
            "约好的瑜伽课那天要加班去不了",
            "感冒了明天的单车课上不了",
            "约了课临时要去接孩子",
            "sick tomorrow, can't make the class I booked",
        ],
        &["取消团课"],
    ),
    // gym__freeze_membership
    (
        &[
            "扭伤了脚要休养一个月练不了",
            "外派出差三个月健身卡别浪费",
            "怀孕了暂时不能去健身",
            "injured my knee, want to pause my gym membership",
        ],
        &["停卡"],
    ),
    // gym__unfreeze_membership
    (
        &[
            "脚伤好了想回去接着练",
            "出差回来了暂停的健身卡想恢复",
            "生完孩子可以恢复锻炼了",
            "back from abroad, reactivate my gym card",
        ],
        &["复卡"],
    ),
    // gym__cancel_auto_renew
    (
        &[
            "搬家后不去那家健身房了别再扣钱",
            "每月自动扣健身费但一直没去",
            "健身卡到期不想再续了怕自动扣",
            "stop the gym charging me every month",
        ],
        &["关闭自动续费"],
    ),
    // health_checkup__list_packages
    (
        &[
            "爸妈六十多了想给他们做个全面检查看看有什么项目",
            "入职要体检不知道选哪种",
            "想查查甲状腺和乳腺有没有合适的",
            "what check-up options are there for women over 40",
        ],
        &["体检套餐"],
    ),
    // health_checkup__buy_package
    (
        &[
            "母亲节想给妈妈买一次全身检查",
            "公司不安排体检自己花钱做一次",
            "给年迈的爸妈各买一份体检",
            "buy a full check-up for my parents as a gift",
        ],
        &["购买体检"],
    ),
    // health_checkup__book_checkup
    (
        &[
            "买好的体检还没约时间去",
            "单位发的体检卡要约哪天去",
            "下周请了假正好去做体检",
            "I have a check-up voucher, need to pick a date",
        ],
        &["体检时间"],
    ),
    // health_checkup__reschedule_checkup
    (
        &[
            "约的体检那天来例假了做不了",
            "体检前一晚要应酬喝酒想换天",
            "那天临时出差体检往后推推",
            "can't go on my check-up day, move it later",
        ],
        &["体检改期"],
    ),
    // health_checkup__cancel_checkup
    (
        &[
            "单位统一安排体检了自己约的不去了",
            "约的体检时间不合适先撤了以后再约",
            "家里有事约好的体检先不去了",
            "work is arranging one, cancel my own check-up appointment",
        ],
        &["取消体检"],
    ),
    // health_checkup__refund_package
    (
        &[
            "买的体检一直没用想把钱要回来",
            "给爸妈买的体检他们不肯去退了吧",
            "刚买的体检发现单位免费做要退掉",
            "bought a check-up we'll never use, want a refund",
        ],
        &["套餐退款"],
    ),
    // health_checkup__list_checkups
    (
        &[
            "之前买过几次体检不记得用了没",
            "想看看给爸妈买的体检约在哪家",
            "体检约在哪个分院忘了",
            "which check-ups have I bought and not used",
        ],
        &["我的体检"],
    ),
    // health_checkup__checkup_report
    (
        &[
            "上周做的体检结果出来没有",
            "单位体检后想看看血脂怎么样",
            "入职要交体检结果给人事",
            "did my annual check-up results come out",
        ],
        &["体检报告"],
    ),
    // hospital_booking__list_hospitals
    (
        &[
            "刚到这个城市不知道哪些医院能网上挂",
            "老家的妈来看病想知道哪家医院能约",
            "想找家离家近又能约的医院",
            "which hospitals here take online bookings",
        ],
        &["可预约医院"],
    ),
    // hospital_booking__list_departments
    (
        &[
            "头晕耳鸣不知道该挂哪个科",
            "孩子起疹子该看皮肤科还是儿科",
            "腰疼到底看骨科还是神经科",
            "stomach pain, which department should I see",
        ],
        &["科室"],
    ),
    // hospital_booking__list_doctors
    (
        &[
            "想找看甲状腺的专家看看还有没有号",
            "听说那个主任看得好不知道哪天出诊",
            "下午请了假想看看哪个医生还有号",
            "any specialist slots left for this week",
        ],
        &["号源"],
    ),
    // hospital_booking__book_appointment
    (
        &[
            "咳嗽两周了不见好得去医院看看",
            "孩子发烧三天了明天带去医院",
            "体检说有结节要去专科复查",
            "老人膝盖疼想约个医生看",
            "coughing for weeks, need to see a doctor",
        ],
        &["预约挂号"],
    ),
    // hospital_booking__reschedule_appointment
    (
        &[
            "挂了明天的号但要加班想换个日子",
            "约的上午看病要送孩子上学能改下午吗",
            "看病那天下大雪出不了门换一天",
            "can't make tomorrow's doctor visit, move it",
        ],
        &["改约"],
    ),
    // hospital_booking__cancel_appointment
    (
        &[
            "病好了那个号不用了",
            "已经在别的医院看过了约的号用不上",
            "临时出差看不了病号退掉",
            "feeling better, don't need that appointment",
        ],
        &["取消挂号"],
    ),
    // hospital_booking__list_appointments
    (
        &[
            "帮爸爸挂过号忘了是哪天",
            "到医院了不知道约的是几点",
            "约的医生是哪位来着",
            "which day is my hospital appointment",
        ],
        &["预约记录"],
    ),
    // hospital_booking__queue_status
    (
        &[
            "在医院等了好久还要多久到我",
            "前面还有几个人想先去吃个饭",
            "孩子在诊室外等不住了还要排多久",
            "how many patients are before me",
        ],
        &["候诊"],
    ),
    // hotel__search_hotels
    (
        &[
            "下周去杭州出差不知道住哪",
            "带孩子去迪士尼想找附近住的地方",
            "晚上航班落地太晚想在机场附近过夜",
            "家里装修要出去住几天",
            "need somewhere to stay near the conference venue",
        ],
        &["搜索酒店"],
    ),
    // hotel__room_types
    (
        &[
            "一家四口出去玩想看看有没有家庭房",
            "想知道带窗的房间贵多少",
            "蜜月想住海景房看看价格",
            "do they have a twin room and what does it cost",
        ],
        &["房型"],
    ),
    // hotel__book_room
    (
        &[
            "看演唱会那晚要住一晚先把房间定了",
            "爸妈来看我想给他们在附近订间房",
            "出差日期定了赶紧把住的定下来",
            "trip is confirmed, reserve a room near the station",
        ],
        &["订酒店"],
    ),
    // hotel__cancel_booking
    (
        &[
            "航班取消了那边的房不住了",
            "朋友让我住他家订的房间不要了",
            "出差取消了订好的住处要退",
            "trip called off, don't need the room anymore",
        ],
        &["取消酒店"],
    ),
    // hotel__modify_booking
    (
        &[
            "行程多了一天要多住一晚",
            "老婆也一起去了要换成大床",
            "航班晚点了入住要推后一天",
            "staying one extra night, update my booking",
        ],
        &["修改酒店"],
    ),
    // hotel__my_bookings
    (
        &[
            "到前台报不出订的是哪家分店",
            "忘了订的房是几号入住",
            "同事说帮我订好了住的我想看看",
            "which hotel did I book for the trip",
        ],
        &["我的酒店"],
    ),
    // hotel__contact_hotel
    (
        &[
            "晚上十二点才到想让酒店留房",
            "带着宝宝想让他们加张婴儿床",
            "对羽绒过敏想换个枕头",
            "想要个安静远离电梯的房间",
            "arriving late, ask them to hold the room",
        ],
        &["备注"],
    ),
    // hotel__request_invoice
    (
        &[
            "出差住宿回来要报销",
            "财务说住宿费要专票",
            "退房时忘了找前台要票",
            "forgot to get a receipt for my stay for expenses",
        ],
        &["酒店开发票"],
    ),
    // inpatient__deposit_balance
    (
        &[
            "爸住院一周了不知道之前交的钱还剩多少",
            "护士说账上钱快不够了想先看看",
            "住院每天都在花钱心里没底",
            "how much of dad's hospital deposit is left",
        ],
        &["预交金余额"],
    ),
    // inpatient__topup_deposit
    (
        &[
            "护士站催着补钱不然要停药",
            "妈妈手术后还要住一周钱得续上",
            "人在外地没法去医院窗口给爸交住院的钱",
            "hospital says dad's account is short, need to pay in more",
        ],
        &["缴纳住院预交金"],
    ),
    // inpatient__daily_bill
    (
        &[
            "住院的钱怎么花这么快想看看每天用了啥药",
            "怀疑住院多收了检查费想对一对",
            "想知道昨天住院都收了哪些钱",
            "what exactly was charged for mum's stay yesterday",
        ],
        &["每日清单"],
    ),
    // inpatient__discharge_settlement
    (
        &[
            "医生说明天能回家了要把账结了",
            "孩子病好了办完手续就走",
            "爸今天可以回家了多退少补",
            "discharged today, need to settle the hospital bill",
        ],
        &["出院结算"],
    ),
    // inpatient__book_admission
    (
        &[
            "医生说要住院做手术但没床位",
            "门诊开了住院条等着排床",
            "妈妈要做化疗得提前约个床",
            "doctor says I need surgery, need a bed",
        ],
        &["床位"],
    ),
    // inpatient__copy_records
    (
        &[
            "报商业保险要住院的病历资料",
            "去外地大医院复查要带之前的病历",
            "出院时没拿病历现在要打印寄过来",
            "insurer wants copies of my hospital records",
        ],
        &["病案"],
    ),
    // iqiyi_vip__plans
    (
        &[
            "想追爱奇艺的剧看看开会员怎么收费",
            "爱奇艺年卡和月卡哪个划算",
            "学生党想找便宜点的爱奇艺会员",
            "how much are iQIYI memberships these days",
        ],
        &["爱奇艺会员套餐"],
    ),
    // iqiyi_vip__buy_vip
    (
        &[
            "新剧只在爱奇艺播不开会员看不了",
            "国庆在家想在爱奇艺刷剧",
            "爱奇艺看剧广告太多受不了",
            "want to binge a show that's only on iQIYI",
        ],
        &["开通爱奇艺"],
    ),
    // iqiyi_vip__auto_renew
    (
        &[
            "每个月都忘了续爱奇艺剧看一半断了",
            "爱奇艺天天看想每月自动续上",
            "爱奇艺会员老过期想设个自动扣",
            "keep my iQIYI going every month automatically",
        ],
        &["爱奇艺连续包月"],
    ),
    // iqiyi_vip__cancel_auto_renew
    (
        &[
            "剧追完了爱奇艺不想再被扣钱",
            "爱奇艺每月偷偷扣费发现好久了",
            "孩子用我手机开的爱奇艺别再续了",
            "stop iQIYI charging my card every month",
        ],
        &["取消爱奇艺"],
    ),
    // iqiyi_vip__membership_status
    (
        &[
            "爱奇艺突然看不了VIP剧了是不是过期了",
            "不记得爱奇艺会员到哪天",
            "电视上爱奇艺提示要开会员我明明开过",
            "is my iQIYI still active",
        ],
        &["爱奇艺会员状态"],
    ),
    // iqiyi_vip__upgrade_tier
    (
        &[
            "想在电视上看爱奇艺现在的会员不支持",
            "爱奇艺黄金会员看不了超前点播",
            "家里大屏想投屏看爱奇艺",
            "iQIYI won't play on my TV with my current plan",
        ],
        &["爱奇艺会员升级"],
    ),
    // kindergarten__query_fees
    (
        &[
            "开学前想知道这学期孩子园里要交多少",
            "班主任说要交下个月的餐费是多少",
            "孩子刚转园想知道每月保育费多少",
            "how much is due for my son's nursery this term",
        ],
        &["查询幼儿园费用"],
    ),
    // kindergarten__pay_fees
    (
        &[
            "老师在群里催交这学期的园费",
            "孩子下周开学了钱还没交",
            "爷爷奶奶带娃想帮着把园费交了",
            "nursery says fees are overdue, pay now",
        ],
        &["缴纳幼儿园费用"],
    ),
    // kindergarten__payment_history
    (
        &[
            "报个税要看全年给幼儿园交了多少",
            "老师说没收到钱我想证明交过了",
            "孩子爸问上学期给园里交了多少",
            "need proof I paid the nursery last term",
        ],
        &["幼儿园缴费记录"],
    ),
    // kindergarten__report_absence
    (
        &[
            "孩子发烧这几天不去幼儿园了",
            "回老家过年要请一周假饭钱能退吗",
            "宝宝得了手足口病在家隔离",
            "kid is sick this week, won't attend nursery",
        ],
        &["请假"],
    ),
    // kindergarten__apply_enrolment
    (
        &[
            "孩子快三岁了该上幼儿园了",
            "刚搬到新学区想让孩子上附近的园",
            "明年九月想把娃送去小班",
            "my daughter turns three, time to apply for nursery",
        ],
        &["入园报名"],
    ),
    // kindergarten__notices
    (
        &[
            "老师说园里发了放假安排我没看到",
            "不知道幼儿园明天活动要穿什么",
            "园里开家长会的时间我没记住",
            "any announcements from the nursery this week",
        ],
        &["幼儿园通知"],
    ),
    // library__search_catalog
    (
        &[
            "老师推荐的参考书不知道图书馆有没有",
            "写论文要找本老书看看馆里能借吗",
            "孩子要读的名著想先看馆里还有没有",
            "does the library have this textbook",
        ],
        &["馆藏"],
    ),
    // library__my_loans
    (
        &[
            "不记得从图书馆借了几本书",
            "借的书快到期了吗想看一下",
            "毕业离校前要确认书都还了",
            "which library books do I still have out",
        ],
        &["我的借阅"],
    ),
    // library__renew_loan
    (
        &[
            "借的书还没看完但快到期了",
            "出差回不去还书想多借几天",
            "论文还要用这本书不想还",
            "not done with the book yet, need more time",
        ],
        &["续借"],
    ),
    // library__reserve_book
    (
        &[
            "想看的书被别人借走了等还回来给我留着",
            "热门小说一直借不到想排个队",
            "书在另一个分馆想让他们准备好我去拿",
            "book is checked out, hold it for me when it's back",
        ],
        &["预约借书"],
    ),
    // library__cancel_reservation
    (
        &[
            "自己买了那本书了之前排的不用了",
            "毕业了不再去图书馆排的书不要了",
            "朋友借给我了就不用等馆里的了",
            "bought my own copy, drop the hold",
        ],
        &["取消预约借书"],
    ),
    // library__book_seat
    (
        &[
            "期末复习宿舍太吵想去图书馆占个位",
            "考研想找个安静的地方学一天",
            "周末想去馆里学习怕没地方坐",
            "need a quiet spot to study for finals",
        ],
        &["自习"],
    ),
    // library__pay_overdue_fine
    (
        &[
            "放假忘了还书超了好几天",
            "书还晚了借书证被锁了",
            "毕业手续说我欠图书馆钱",
            "returned books late and now my card is blocked",
        ],
        &["逾期费"],
    ),
    // library__apply_reader_card
    (
        &[
            "刚搬来想去市图书馆借书",
            "给孩子办个能借绘本的证",
            "退休了想常去图书馆看书",
            "new in town, want to start borrowing books",
        ],
        &["读者证"],
    ),
    // live_shows__search_shows
    (
        &[
            "周末想带女朋友去看个演出有什么推荐",
            "喜欢的歌手今年来不来我们城市",
            "带孩子看场儿童剧最近有吗",
            "anything good on stage this weekend",
        ],
        &["搜索演出"],
    ),
    // live_shows__presale_reminder
    (
        &[
            "偶像巡演还没开票怕错过",
            "抢票那天怕忘了想到时候提醒我",
            "听说下个月开票想第一时间知道",
            "tell me the moment tickets for the tour drop",
        ],
        &["开售提醒"],
    ),
    // live_shows__cancel_reminder
    (
        &[
            "那天要出差去不了不用再提醒开票了",
            "已经托朋友买到票了提醒关了吧",
            "对那个乐队没兴趣了别再通知我",
            "already got tickets elsewhere, stop the alerts",
        ],
        &["取消开售提醒"],
    ),
    // live_shows__buy_tickets
    (
        &[
            "偶像来开演唱会一定要去现场",
            "带爸妈去听一场音乐会",
            "女朋友生日想请她看话剧",
            "want two seats for the concert next month",
        ],
        &["购买演出票"],
    ),
    // live_shows__add_attendee
    (
        &[
            "实名制入场要加上我老婆的身份证",
            "帮朋友抢票得先录他的信息",
            "带孩子一起去看要登记孩子的证件",
            "need to register my friend's ID for the concert",
        ],
        &["观演人"],
    ),
    // live_shows__refund_tickets
    (
        &[
            "演唱会那天要加班去不了想退钱",
            "演出延期了新时间去不了",
            "和朋友闹掰了多买的一张票要退",
            "can't attend the show anymore, want my money back",
        ],
        &["演出退票"],
    ),
    // live_shows__my_tickets
    (
        &[
            "到了场馆门口不知道从哪个入口进",
            "不记得买的是几排几座",
            "演出当天要出示电子票",
            "at the venue gate, need to show my ticket",
        ],
        &["我的演出票"],
    ),
    // medical_reports__list_reports
    (
        &[
            "上周抽的血结果出了没",
            "住院期间做了一堆检查想看看有哪些",
            "医生让我把最近的检查结果带来",
            "which of my test results are back",
        ],
        &["检查报告列表"],
    ),
    // medical_reports__view_report
    (
        &[
            "想看看尿检里每一项具体多少",
            "复查后想对比一下血糖数值",
            "医生说甲功正常我想自己看看数",
            "want to see the actual numbers on my blood test",
        ],
        &["报告详情"],
    ),
    // medical_reports__view_images
    (
        &[
            "拍了片子想在手机上看看",
            "去别的医院看病要带CT的片子",
            "胶片忘拿了医生要看核磁",
            "want to see my MRI scans on my phone",
        ],
        &["影像胶片"],
    ),
    // medical_reports__download_report
    (
        &[
            "要把检查结果发给外地的专家看",
            "保险理赔要上传化验单文件",
            "想把检查结果存到电脑里留着",
            "need to email my test results to my insurer",
        ],
        &["下载报告PDF"],
    ),
    // medical_reports__subscribe_ready
    (
        &[
            "抽完血不想一直刷什么时候出结果",
            "病理结果要等一周出了告诉我",
            "做完检查就回家了出结果时通知我",
            "let me know as soon as my biopsy is back",
        ],
        &["出结果提醒"],
    ),
    // medical_reports__unsubscribe_ready
    (
        &[
            "检查都做完了别再给我发短信了",
            "老是收到出结果的推送太烦",
            "结果都拿到了通知可以停了",
            "stop messaging me about test results",
        ],
        &["关闭报告提醒"],
    ),
    // medical_reports__ask_interpretation
    (
        &[
            "化验单上好几个箭头看不懂吓到了",
            "检查说有结节不知道严不严重",
            "医生下班了想找人讲讲检查结果",
            "my scan says nodule, what does it mean",
        ],
        &["报告解读"],
    ),
    // movie_tickets__now_showing
    (
        &[
            "周末无聊想看场电影最近有什么好看的",
            "约会想看电影不知道在上什么",
            "带孩子看电影最近有动画片吗",
            "what films are out right now",
        ],
        &["热映"],
    ),
    // movie_tickets__showtimes
    (
        &[
            "下班后想看电影附近几点有场",
            "想看那部片看看今晚哪家影院有",
            "带孩子看早场电影有没有",
            "what time is it playing tonight nearby",
        ],
        &["排片"],
    ),
    // movie_tickets__buy_tickets
    (
        &[
            "和女朋友周六约了看电影要两个连座",
            "公司团建包几张电影票",
            "今晚下班就去看电影先把位子买好",
            "get two seats together for tonight's film",
        ],
        &["选座购票"],
    ),
    // movie_tickets__refund_tickets
    (
        &[
            "买了电影票临时加班去不了要退",
            "朋友放鸽子多的票不要了",
            "孩子生病了电影看不成了想退钱",
            "can't make the movie, want my money back",
        ],
        &["电影票退票"],
    ),
    // movie_tickets__change_showtime
    (
        &[
            "路上堵车赶不上开场想换晚一场",
            "约会推迟了电影换个时间",
            "买的场次太早了想换到下一场",
            "stuck in traffic, switch to the later screening",
        ],
        &["电影票改签"],
    ),
    // movie_tickets__my_tickets
    (
        &[
            "到影院了取票码找不到了",
            "忘了买的是几号厅",
            "不记得订的是哪家影院",
            "at the cinema and need my ticket code",
        ],
        &["我的电影票"],
    ),
    // movie_tickets__card_offers
    (
        &[
            "用银行卡看电影有没有便宜",
            "听说刷卡看电影九块九",
            "想找便宜点的电影票",
            "any cheap movie deals with my bank card",
        ],
        &["观影优惠"],
    ),
    // music_vip__buy_vip
    (
        &[
            "喜欢的歌变灰了听不了",
            "想下载歌跑步时离线听",
            "听歌老是只能试听半首",
            "songs I like are greyed out, need a subscription",
        ],
        &["开通音乐会员"],
    ),
    // music_vip__auto_renew
    (
        &[
            "追的歌单天天听想每月自动扣费续上",
            "每天都听歌不想每个月手动续",
            "听歌会员老是到期断掉想自动续上",
            "keep my music subscription renewing monthly",
        ],
        &["音乐会员连续包月"],
    ),
    // music_vip__cancel_auto_renew
    (
        &[
            "现在用别的软件听歌了别再扣钱",
            "听歌的会员每月偷偷扣费",
            "学生毕业了听歌会员不想续了",
            "switched apps, stop my music subscription billing",
        ],
        &["音乐会员续费"],
    ),
    // music_vip__membership_status
    (
        &[
            "听歌软件突然提示要开会员我记得开过",
            "下载的歌突然不能播了是不是过期了",
            "不记得听歌会员什么时候到期",
            "is my music membership still valid",
        ],
        &["音乐会员状态"],
    ),
    // music_vip__upgrade_tier
    (
        &[
            "想听演唱会现场版音质现在的档次不够",
            "车上想听更好的音质现在的会员不行",
            "买了好耳机想听无损音质",
            "现在的会员听不了高品质音乐",
            "want lossless quality, upgrade my music plan",
        ],
        &["音乐会员升级"],
    ),
    // music_vip__plans
    (
        &[
            "想开个听歌会员先比较下价格",
            "学生听歌会员有没有便宜的",
            "听歌和看剧能不能一起开更划算",
            "how much does a music subscription cost",
        ],
        &["音乐会员价格"],
    ),
    // online_doctor__find_doctors
    (
        &[
            "孩子半夜咳嗽想找个儿科医生问问",
            "不方便去医院想在网上找个皮肤科医生",
            "老人高血压想找个专家咨询",
            "looking for a doctor to ask online tonight",
        ],
        &["找医生"],
    ),
    // online_doctor__start_consultation
    (
        &[
            "身上起了红疹子拍照问问医生",
            "吃了药有点副作用想发消息问问",
            "宝宝便便颜色不对拍个照问问",
            "send a photo of my rash to a doctor",
        ],
        &["图文"],
    ),
    // online_doctor__book_video_call
    (
        &[
            "打字说不清想跟医生当面聊",
            "老人不会打字想让医生打电话问",
            "想找医生视频看看孩子的情况",
            "want to talk to a doctor face to face on video",
        ],
        &["视频问诊"],
    ),
    // online_doctor__renew_prescription
    (
        &[
            "降压药快吃完了懒得再去医院排队",
            "长期吃的药要续开",
            "慢性病每个月都得去开一样的药",
            "running out of my regular pills, need a refill",
        ],
        &["续方"],
    ),
    // online_doctor__list_consultations
    (
        &[
            "上次网上问诊开的药名忘了",
            "上次医生说的吃药方法我忘了",
            "想把之前问医生的内容给家人看",
            "what did the online doctor tell me last time",
        ],
        &["问诊记录"],
    ),
    // online_doctor__cancel_consultation
    (
        &[
            "问诊付了钱医生一直不回",
            "已经去医院看了网上那个不用了",
            "发起问诊后症状好了想退钱",
            "the doctor never replied, refund me",
        ],
        &["取消问诊"],
    ),
    // online_doctor__rate_doctor
    (
        &[
            "网上问诊的医生态度很差想反映一下",
            "医生帮了大忙想给个好评",
            "那个医生很耐心想夸夸他",
            "医生回复敷衍想给差评",
            "the doctor was great, want to leave feedback",
        ],
        &["评价医生"],
    ),
    // online_mall__search_products
    (
        &[
            "家里电饭煲坏了想看看有什么新的",
            "换季了想给孩子找几件外套",
            "老人手机太旧想看看有什么适合的",
            "looking for a new blender, what's available",
        ],
        &["搜索商品"],
    ),
    // online_mall__place_order
    (
        &[
            "洗衣机坏了今天就要买台新的",
            "看中的耳机降价了赶紧拿下",
            "给爸妈买台按摩椅一次付清",
            "found the one I want, buy it now",
        ],
        &["商城下单"],
    ),
    // online_mall__installment_order
    (
        &[
            "想换新电脑但一下拿不出那么多钱",
            "结婚买家电想分几个月还",
            "刚毕业想买手机钱不够分几期",
            "buy the laptop but pay monthly",
        ],
        &["分期购买"],
    ),
    // online_mall__track_shipment
    (
        &[
            "买的冰箱发货好几天了到哪了",
            "网上买的东西一直没送到",
            "给孩子买的书说发货了还没收到",
            "where is the package from my online order",
        ],
        &["查看物流"],
    ),
    // online_mall__confirm_receipt
    (
        &[
            "东西收到了没问题要让卖家收钱",
            "快递已经拿到了订单还显示待收货",
            "包裹签收了想把订单完结掉",
            "got the item and it's fine, mark it received",
        ],
        &["确认收货"],
    ),
    // online_mall__return_refund
    (
        &[
            "买的衣服尺码太小穿不了要寄回去",
            "收到的电饭煲用了两天就坏了要退",
            "买回来发现颜色跟图片不一样不想要了",
            "shoes don't fit, send them back for a refund",
        ],
        &["申请退货退款"],
    ),
    // online_mall__refund_only
    (
        &[
            "快递显示签收但我根本没收到东西",
            "商家少发了一件不用退货直接退钱",
            "东西是坏的卖家说不用寄回来",
            "never got the item, just want money back",
        ],
        &["仅退款"],
    ),
    // online_mall__my_orders
    (
        &[
            "上个月在商城买了什么不记得了",
            "想看看之前买的那个电器花了多少",
            "帮家里买过东西想找出来那单",
            "what did I buy from the mall last month",
        ],
        &["我的商城"],
    ),
    // online_mall__cancel_order
    (
        &[
            "刚下单就看到别家更便宜还没发货",
            "买重复了一件想撤掉",
            "下单后家里人说已经买了",
            "ordered by mistake, stop it before it ships",
        ],
        &["取消商城"],
    ),
    // outpatient_pay__query_unpaid
    (
        &[
            "医生开了检查单不知道要交多少钱",
            "看完病想知道还有哪些费用没付",
            "孩子看完急诊还欠哪些钱",
            "doctor ordered tests, what do I still owe",
        ],
        &["待缴费"],
    ),
    // outpatient_pay__pay_fees
    (
        &[
            "窗口排队太长想在手机上付检查费",
            "医生开完药要先交钱才能拿",
            "陪老人看病想替他把费付了",
            "skip the payment queue at the clinic",
        ],
        &["门诊缴费"],
    ),
    // outpatient_pay__pay_with_insurance
    (
        &[
            "看病想用医保卡里的钱付",
            "没带医保卡能不能手机上刷医保",
            "开的药想走医保不想自己全掏",
            "use my medical insurance for today's clinic bill",
        ],
        &["医保在线结算"],
    ),
    // outpatient_pay__payment_history
    (
        &[
            "想算算今年看病一共花了多少",
            "上次看病付没付钱不记得了",
            "爸妈问上个月门诊花了多少",
            "how much did I spend at the clinic this year",
        ],
        &["门诊缴费记录"],
    ),
    // outpatient_pay__get_einvoice
    (
        &[
            "公司补充医疗报销要看病的发票",
            "看完病没拿纸质收据",
            "商业保险理赔要门诊的票",
            "need a receipt for the clinic visit for my insurer",
        ],
        &["票据"],
    ),
    // outpatient_pay__request_refund
    (
        &[
            "检查交了钱但最后没做",
            "开的药没拿想把钱要回来",
            "重复交了一次检查费",
            "paid for a scan I never had, want a refund",
        ],
        &["门诊退费"],
    ),
    // pharmacy__search_drugs
    (
        &[
            "嗓子疼想看看有什么含片",
            "孩子拉肚子家里没药看看有什么能买",
            "过敏性鼻炎犯了想找个喷剂",
            "something for hay fever, what's available",
        ],
        &["搜索药品"],
    ),
    // pharmacy__upload_prescription
    (
        &[
            "医生开的处方药网上买要先审核",
            "手里有张医院的单子想照着买药",
            "买抗生素说要医生开的方子",
            "pharmacy needs my doctor's prescription first",
        ],
        &["上传处方"],
    ),
    // pharmacy__place_order
    (
        &[
            "感冒发烧不想出门想让人把药送来",
            "家里退烧药吃完了要买点",
            "老人降压药快没了买几盒",
            "out of painkillers, get some delivered",
        ],
        &["下单买药"],
    ),
    // pharmacy__track_order
    (
        &[
            "买的退烧药怎么还没送到孩子烧着呢",
            "昨天下单的药现在到哪了",
            "快递员说送药了我没见着",
            "where's the medicine I ordered",
        ],
        &["药品配送"],
    ),
    // pharmacy__list_orders
    (
        &[
            "上次给妈买的那个药叫什么来着",
            "想看看之前买药花了多少",
            "网上买过几次药想找出记录",
            "what medicine did I order last month",
        ],
        &["我的买药"],
    ),
    // pharmacy__cancel_order
    (
        &[
            "买完药发现家里还有不要了",
            "医生换了药之前买的那个不用了",
            "病好了药还没发不想要了",
            "found some at home, cancel the medicine order",
        ],
        &["取消买药"],
    ),
    // pharmacy__set_reminder
    (
        &[
            "家里老人吃药老是忘",
            "每天要吃三次药怕记不住",
            "孩子抗生素要按时吃想提醒我",
            "keep forgetting to take my pills",
        ],
        &["设置用药"],
    ),
    // pharmacy__delete_reminder
    (
        &[
            "药吃完了疗程结束别再提醒",
            "医生让停药了提醒关掉",
            "病好了不用再按时吃药了",
            "course finished, stop reminding me to take pills",
        ],
        &["删除用药"],
    ),
    // scenic_tickets__search_spots
    (
        &[
            "周末想带孩子出去走走附近有什么好玩的",
            "第一次来西安有什么地方值得去",
            "爸妈退休了想找个适合老人的地方玩",
            "what's worth visiting around here this weekend",
        ],
        &["搜索景点"],
    ),
    // scenic_tickets__buy_ticket
    (
        &[
            "明天带家人去爬山先把票买了",
            "国庆去故宫怕现场买不到",
            "带爸妈去景区玩两张老人票",
            "need entry tickets for the zoo tomorrow",
        ],
        &["景区门票"],
    ),
    // scenic_tickets__reserve_entry
    (
        &[
            "去那个博物馆要提前约时间段",
            "有年卡但景区要求先约了才能进",
            "免费的景点也要先登记入园",
            "the park requires a time slot even with a pass",
        ],
        &["预约入园"],
    ),
    // scenic_tickets__refund_ticket
    (
        &[
            "下雨了景区去不了想退钱",
            "孩子生病出不了门票白买了",
            "行程改了那天去不了景区",
            "rain forecast, want my park tickets refunded",
        ],
        &["门票退票"],
    ),
    // scenic_tickets__my_tickets
    (
        &[
            "到了景区门口要出示码进去",
            "不记得买的是哪天的票",
            "帮家人买的票他们在门口等我发码",
            "at the park entrance, where's my ticket",
        ],
        &["我的门票"],
    ),
    // scenic_tickets__annual_pass
    (
        &[
            "家附近公园每周都去想省点钱",
            "孩子喜欢动物园想一年随便去",
            "退休了天天去爬山",
            "visit the park every week, is there a yearly pass",
        ],
        &["年卡"],
    ),
    // scenic_tickets__crowd_level
    (
        &[
            "五一去景区怕人挤人",
            "现在出发过去人会不会很多",
            "带老人去想找人少的时候",
            "is it packed there right now",
        ],
        &["客流"],
    ),
    // sports_venue__search_venues
    (
        &[
            "刚搬家不知道附近哪能打羽毛球",
            "孩子想学游泳附近有没有泳馆",
            "公司组织篮球赛想找个场子",
            "where can I play tennis around here",
        ],
        &["运动场馆"],
    ),
    // sports_venue__court_availability
    (
        &[
            "下班后想打球看看晚上还有空场没",
            "周末想约朋友打羽毛球怕没场",
            "现在过去能不能直接有场打",
            "any free badminton courts tonight",
        ],
        &["空闲"],
    ),
    // sports_venue__book_court
    (
        &[
            "约了同事周六打羽毛球得先把场定下",
            "孩子生日想包个场踢球",
            "公司团建要租个篮球场",
            "reserve a tennis court for Saturday morning",
        ],
        &["订场"],
    ),
    // sports_venue__cancel_booking
    (
        &[
            "下雨了室外场地打不了不去了",
            "约的球友临时都放鸽子了",
            "扭到脚了订的场用不上",
            "friends bailed, don't need the court",
        ],
        &["取消场地"],
    ),
    // sports_venue__list_bookings
    (
        &[
            "到场馆门口要出示入场码",
            "不记得定的是几号场",
            "约的球场是几点来着",
            "which court did I book and when",
        ],
        &["我的场地订单"],
    ),
    // sports_venue__change_booking
    (
        &[
            "朋友晚一小时到场地往后挪",
            "周六有事打球换成周日",
            "加班了订的场想换个时间",
            "want to move my court booking to a later slot",
        ],
        &["改签场地"],
    ),
    // supermarket__nearby_supermarkets
    (
        &[
            "刚搬进新家不知道附近哪有超市",
            "晚上十点想买东西哪还开着",
            "出差住酒店想买点水和零食",
            "where's the closest grocery store",
        ],
        &["附近超市"],
    ),
    // supermarket__search_goods
    (
        &[
            "孩子奶粉快喝完了看看超市有没有",
            "想买点纸巾看看现在有什么优惠",
            "做饭缺酱油看看能不能买到",
            "does the supermarket carry oat milk",
        ],
        &["超市商品"],
    ),
    // supermarket__place_order
    (
        &[
            "家里米和油都没了叫超市送来",
            "懒得去超市直接让他们送货上门",
            "下班路上去超市拿之前先下好单",
            "get a week of groceries delivered from the store",
        ],
        &["超市下单"],
    ),
    // supermarket__order_status
    (
        &[
            "超市买的东西送到哪了",
            "下单的日用品怎么还没送来",
            "到超市了不知道我的东西打包好没有",
            "has my supermarket delivery left yet",
        ],
        &["超市订单状态"],
    ),
    // supermarket__return_goods
    (
        &[
            "超市买的牛奶过期了",
            "送来的洗衣液漏了一地",
            "买的东西发现用不上想退",
            "got expired milk from the store, want a refund",
        ],
        &["超市退货"],
    ),
    // supermarket__cancel_order
    (
        &[
            "超市单下了才想起家里还有",
            "要出门几天超市的东西别送了",
            "买错了牌子想撤单重下",
            "going away, don't deliver the supermarket order",
        ],
        &["取消超市"],
    ),
    // tencent_video__plans
    (
        &[
            "想追腾讯的剧先看看会员多少钱",
            "腾讯视频年费和月费哪个划算",
            "学生党想找便宜的腾讯会员",
            "how much is Tencent Video per month",
        ],
        &["腾讯视频会员套餐"],
    ),
    // tencent_video__buy_vip
    (
        &[
            "想看的动漫只有腾讯视频有",
            "腾讯视频的剧只能看前几集",
            "周末在家想在腾讯刷剧",
            "show is only on Tencent Video, need VIP",
        ],
        &["开通腾讯"],
    ),
    // tencent_video__auto_renew
    (
        &[
            "每次腾讯会员到期都断了追剧",
            "腾讯视频天天看想每月自动续",
            "腾讯会员老忘了续想让它自己扣",
            "keep Tencent Video renewing automatically",
        ],
        &["腾讯视频连续包月"],
    ),
    // tencent_video__cancel_auto_renew
    (
        &[
            "腾讯视频一直在扣钱但我很久没看了",
            "剧追完了腾讯会员不想续了",
            "孩子开的腾讯会员别再扣了",
            "stop Tencent Video charging me",
        ],
        &["取消腾讯"],
    ),
    // tencent_video__membership_status
    (
        &[
            "腾讯视频突然有广告了是不是过期了",
            "不记得腾讯会员到哪天",
            "腾讯视频提示要开会员我明明开过",
            "is my Tencent Video still active",
        ],
        &["腾讯视频会员状态"],
    ),
    // tencent_video__gift_vip
    (
        &[
            "女朋友想看腾讯的剧想给她开个会员",
            "爸妈在家无聊送他们腾讯会员",
            "室友生日送他一个月腾讯视频",
            "give my friend Tencent Video as a birthday gift",
        ],
        &["赠送"],
    ),
    // tour_package__search_packages
    (
        &[
            "暑假想带孩子出去玩有什么线路",
            "爸妈退休想报个团出去走走",
            "蜜月想去海岛看看有什么行程",
            "any tour options for a family trip in summer",
        ],
        &["搜索旅游"],
    ),
    // tour_package__book_package
    (
        &[
            "看好了云南六日游现在就定",
            "年假批了报个团去泰国",
            "给爸妈报那个夕阳红团",
            "sign us up for that Japan tour",
        ],
        &["预订旅游"],
    ),
    // tour_package__add_travellers
    (
        &[
            "报了团还要填一起去的人的身份证",
            "老婆也去了要把她的信息补上",
            "旅行社说名单缺孩子的证件",
            "need to add my kids' passport details to the tour",
        ],
        &["出游人"],
    ),
    // tour_package__cancel_package
    (
        &[
            "家里老人住院了旅游去不了",
            "请不下假来报的团只能不去了",
            "签证没下来那个团不去了",
            "can't get time off, cancel the tour",
        ],
        &["取消旅游"],
    ),
    // tour_package__tour_notice
    (
        &[
            "明天就出发了还不知道在哪集合",
            "导游电话和航班信息在哪看",
            "出发前想知道要带什么",
            "where and when do we meet for the tour",
        ],
        &["出团通知"],
    ),
    // tour_package__my_trips
    (
        &[
            "之前报的团是哪天出发来着",
            "给爸妈报的团想再确认一下",
            "报了好几个团想看看都是什么时候",
            "what tours have I booked",
        ],
        &["度假"],
    ),
    // train_ticket__search_trains
    (
        &[
            "过年回家不知道还有没有票",
            "明天要去北京看看有哪些车",
            "周末想坐高铁去周边玩有座吗",
            "any trains left to Shanghai tomorrow morning",
        ],
        &["余票"],
    ),
    // train_ticket__book_ticket
    (
        &[
            "国庆回老家赶紧买张高铁票",
            "给爸妈买张来看孙子的火车票",
            "下周去面试要坐高铁过去",
            "book me a seat on the train home",
        ],
        &["购买火车票"],
    ),
    // train_ticket__change_ticket
    (
        &[
            "会开完早了想早点坐车回去",
            "堵车赶不上那趟高铁了换一班",
            "老板让我多留一天回程的车得换",
            "missed my train, switch to the next one",
        ],
        &["火车票改签"],
    ),
    // train_ticket__refund_ticket
    (
        &[
            "公司临时取消出差车票用不上了",
            "生病了不回家了车票要退",
            "朋友开车带我回去火车票不要了",
            "not travelling anymore, refund my train ticket",
        ],
        &["火车票退票"],
    ),
    // train_ticket__waitlist
    (
        &[
            "春运票全卖光了想排队等人退",
            "显示没票了但还想碰碰运气",
            "卧铺抢不到想等有人退票",
            "sold out, want to queue for a returned seat",
        ],
        &["候补"],
    ),
    // train_ticket__my_orders
    (
        &[
            "到了车站不知道在哪个口检票",
            "忘了买的是几车几座",
            "帮爸妈买的票他们问几点的车",
            "which carriage and seat am I in",
        ],
        &["我的火车票"],
    ),
    // train_ticket__add_passenger
    (
        &[
            "以后要经常帮爸妈买票先把他们加上",
            "孩子上学要经常坐车先录他的证件",
            "老婆换了新身份证要重新添加",
            "save my parents' ID so I can buy their tickets",
        ],
        &["乘车人"],
    ),
    // train_ticket__train_status
    (
        &[
            "去车站接人不知道车到没到",
            "下大雪担心高铁会延误",
            "在站台等了半天车还没来",
            "is my train running late",
        ],
        &["晚点"],
    ),
    // training_course__search_courses
    (
        &[
            "孩子放暑假想找个兴趣班",
            "想学点技能转行做设计",
            "退休了想学书法去哪学",
            "looking for an evening English class for adults",
        ],
        &["培训"],
    ),
    // training_course__book_trial
    (
        &[
            "不知道孩子喜不喜欢钢琴先上一节试试",
            "想报班但先看看老师怎么样",
            "担心孩子坐不住想先体验一次",
            "want one free lesson before paying",
        ],
        &["试听"],
    ),
    // training_course__buy_course
    (
        &[
            "试听完孩子很喜欢决定报了",
            "公司要求考证想报个培训班",
            "想提升英语口语直接报课",
            "sign my son up for the full swimming course",
        ],
        &["购买课程"],
    ),
    // training_course__buy_in_installments
    (
        &[
            "课程一次付太贵想按月付",
            "转行学编程学费好几万分开付",
            "刚毕业没钱报班能不能慢慢还",
            "can I pay for the course monthly",
        ],
        &["课程分期"],
    ),
    // training_course__my_courses
    (
        &[
            "孩子的舞蹈课还剩几节",
            "不记得这期课还剩多少次",
            "买的课快用完了想看看",
            "how many lessons do I have left",
        ],
        &["课时"],
    ),
    // training_course__reschedule_lesson
    (
        &[
            "孩子周六要考试那节课换个时间",
            "这周出差上不了课想挪到下周",
            "老师生病了课要换时间",
            "can't make this week's lesson, move it",
        ],
        &["调课"],
    ),
    // training_course__request_refund
    (
        &[
            "孩子不想学了剩下的课退钱",
            "搬家了离培训班太远不上了",
            "老师教得不好想退掉",
            "quit the course, want the unused fees back",
        ],
        &["退课"],
    ),
    // tuition__bind_student
    (
        &[
            "孩子刚上大学以后学费我来交",
            "二胎也上学了要加到我名下",
            "新生入学家长要关联孩子信息",
            "link my daughter's school account so I can pay",
        ],
        &["绑定学生"],
    ),
    // tuition__unbind_student
    (
        &[
            "孩子毕业了不用再交学费了",
            "绑错了别人家的孩子",
            "孩子转学了原来学校的关联去掉",
            "my son graduated, remove him from my account",
        ],
        &["解绑学生"],
    ),
    // tuition__query_fees
    (
        &[
            "开学前想知道这学期要交多少",
            "学校说还欠住宿费是多少",
            "新学期学费涨没涨想看看",
            "how much tuition is due this term",
        ],
        &["应缴"],
    ),
    // tuition__pay_fees
    (
        &[
            "开学报到前要把学费交上",
            "学校催缴再不交影响注册",
            "在外地打工想帮孩子交学费",
            "school deadline is Friday, pay the fees now",
        ],
        &["缴纳学费"],
    ),
    // tuition__payment_history
    (
        &[
            "想看看这几年给孩子交了多少学费",
            "学校说没收到我想查交过没有",
            "孩子问上学期学费交了没",
            "how much tuition have I paid so far",
        ],
        &["学费缴费记录"],
    ),
    // tuition__get_receipt
    (
        &[
            "申请助学贷款要交费证明",
            "个税抵扣要学费的凭证",
            "单位报销子女教育费要票据",
            "need proof of tuition payment for a grant",
        ],
        &["缴费凭证"],
    ),
    // tuition__tuition_installment
    (
        &[
            "学费太多一次交不起",
            "家里困难学费想分几个月交",
            "留学学费想分开慢慢还",
            "can't afford the full tuition at once",
        ],
        &["学费分期"],
    ),
    // vaccine__list_vaccines
    (
        &[
            "想给女儿打宫颈癌疫苗看看哪有",
            "秋天到了想打流感针",
            "老人想打肺炎疫苗能约吗",
            "which vaccines can I book around here",
        ],
        &["可约疫苗"],
    ),
    // vaccine__list_slots
    (
        &[
            "想周末带孩子打针看看哪天有号",
            "社区医院打疫苗什么时候有空位",
            "下周请假想打疫苗看看哪个门诊有号",
            "any vaccination slots this weekend",
        ],
        &["接种门诊号源"],
    ),
    // vaccine__book_vaccination
    (
        &[
            "宝宝满两个月该打针了",
            "准备出国留学要补打疫苗",
            "老人冬天前想打个流感针",
            "my baby is due for shots, book one",
        ],
        &["预约接种"],
    ),
    // vaccine__cancel_vaccination
    (
        &[
            "孩子发烧了明天不能打针",
            "约的那天要出差打不了",
            "怀孕了九价先不打了",
            "kid has a cold, cancel tomorrow's shot",
        ],
        &["取消接种"],
    ),
    // vaccine__list_bookings
    (
        &[
            "约的打针是哪天来着",
            "帮孩子约了疫苗忘了几点",
            "约的哪个社区医院打针忘了",
            "when is my kid's vaccination appointment",
        ],
        &["我的接种预约"],
    ),
    // vaccine__vaccination_record
    (
        &[
            "孩子上小学要交打针记录",
            "小本子丢了不知道打过哪些针",
            "出国留学要提供接种证明",
            "need my child's vaccination history for school",
        ],
        &["接种记录"],
    ),
    // vaccine__stock_alert
    (
        &[
            "九价一直约不上有了告诉我",
            "社区说苗没到来了通知我",
            "流感疫苗缺货想等到货",
            "notify me when the HPV vaccine is back",
        ],
        &["到苗"],
    ),
    // vaccine__child_schedule
    (
        &[
            "宝宝刚出生不知道什么时候打什么针",
            "孩子一岁了该打哪些疫苗",
            "新手妈妈想知道疫苗怎么安排",
            "what shots does a six-month-old need",
        ],
        &["儿童免疫规划"],
    ),
    // visa_service__requirements
    (
        &[
            "第一次出国去日本不知道要准备什么",
            "想去泰国玩要不要提前办签",
            "退休老人去欧洲探亲需要哪些东西",
            "what do I need to travel to the US",
        ],
        &["签证办理要求"],
    ),
    // visa_service__apply_visa
    (
        &[
            "下个月去法国旅游还没办签",
            "自己办太麻烦想找人帮忙办签",
            "带爸妈出国玩要办签证",
            "going to Japan next month, get my visa sorted",
        ],
        &["代办签证"],
    ),
    // visa_service__upload_documents
    (
        &[
            "银行流水开好了要交给签证那边",
            "护照照片拍好了要传上去",
            "签证那边说还缺在职证明",
            "need to send my bank statements for the visa",
        ],
        &["上传签证材料"],
    ),
    // visa_service__application_status
    (
        &[
            "交上去两周了不知道下来没",
            "下周就要飞了签证还没消息",
            "领馆那边审得怎么样了",
            "has my visa been approved yet",
        ],
        &["签证进度"],
    ),
    // visa_service__passport_return
    (
        &[
            "签证办好了想让护照寄到家",
            "护照还在领馆什么时候还给我",
            "人在外地没法去取护照想邮寄",
            "when will I get my passport back",
        ],
        &["护照寄回"],
    ),
    // visa_service__cancel_application
    (
        &[
            "行程取消了签证不办了",
            "公司不派我出国了签证撤掉",
            "签证还没送签不想去了",
            "trip cancelled, withdraw the visa application",
        ],
        &["取消签证"],
    ),
];

/// Fifth pass: other situations than the fourth's (other people, events, troubles and
/// words), spoken style, for the index's said part only. Written from the manifests,
/// blind of every request set.
pub const SITUATIONS_2: &[super::Concept] = &[
    // campus_card__cancel_auto_topup
    (
        &[
            "暑假俩月不在学校别再往饭卡里划钱了",
            "孩子转学去外地原来学校的卡别再扣我钱",
            "饭卡里攒了好几百吃不完先别自动加了",
            "换了工资卡旧卡别再自己往饭卡转钱",
            "stop loading the meal card automatically over summer",
        ],
        &["取消自动充值"],
    ),
    // campus_card__cancel_lost
    (
        &[
            "冻住的那张卡在洗衣机里洗出来了想接着用",
            "前两天冻上的卡室友给我送回来了",
            "补办前发现旧卡在抽屉里不想补了要恢复",
            "卡找到了可食堂一刷提示已冻结",
            "my frozen card turned up in the laundry, make it work again",
        ],
        &["解挂"],
    ),
    // campus_card__get_balance
    (
        &[
            "孩子说卡里还有钱我不太信想自己看看",
            "离放假还有三周饭卡里的钱撑得到吗",
            "寒假前想看看饭卡剩多少别浪费了",
            "洗澡刷卡滴了一声不知道卡里还剩几块",
            "my son swears his meal card isn't empty, let me see",
        ],
        &["校园卡余额"],
    ),
    // campus_card__pay_dorm_power
    (
        &[
            "寝室电扇突然不转了一看电表是零",
            "宿管阿姨说我们房间欠费马上要断电",
            "熬夜复习台灯啪一下灭了是没电了吗",
            "刚搬进新宿舍不知道去哪给房间买电",
            "our dorm room has no power, buy electricity",
        ],
        &["宿舍电费"],
    ),
    // campus_card__report_lost
    (
        &[
            "刚收到短信饭卡在超市被刷了可我人在宿舍",
            "上完体育课口袋里的学生卡没了先冻上",
            "军训时卡掉在草地里怕被人捡去吃饭",
            "孩子打电话说卡丢了让我赶紧帮他冻住",
            "someone's buying snacks with the card I lost",
        ],
        &["校园卡挂失"],
    ),
    // campus_card__set_auto_topup
    (
        &[
            "孩子住校我不在身边想卡里钱少了就自己补上",
            "开学一忙肯定忘充饭卡干脆让银行卡自己转",
            "饭卡低于五十就从我卡里划过去那种",
            "那个圈存懒得每回跑一趟想一劳永逸",
            "refill my son's meal card by itself whenever it drops low",
        ],
        &["设置自动"],
    ),
    // campus_card__top_up
    (
        &[
            "生活费刚到账想先转一部分到饭卡上",
            "圈存机前排长队我寻思直接手机上打钱进卡",
            "孩子说澡都洗不了卡里没钱了我给他转点",
            "考试周天天吃食堂先往卡里存点钱",
            "put some lunch money on my daughter's student card",
        ],
        &["校园卡充值"],
    ),
    // campus_card__transactions
    (
        &[
            "饭卡昨天有笔十几块的我咋没印象",
            "孩子说只在食堂吃饭我想看看是不是买零食了",
            "想记个账这个月饭卡钱都花哪去了",
            "浴室一次扣了好几块想看看每次扣多少",
            "list what my kid bought with his card this week",
        ],
        &["消费明细"],
    ),
    // coach_ferry__buy_ticket
    (
        &[
            "明早第一班大巴回老家帮我占个座",
            "一家四口去对岸小岛玩要四张船票",
            "学校放假坐长途车回县里买一张",
            "爸妈坐客车来看孙子帮他们把票买好",
            "get me two ferry seats to the island on Saturday",
        ],
        &["购买汽车票"],
    ),
    // coach_ferry__ferry_weather
    (
        &[
            "海边浪好大码头是不是停船了",
            "打算明早坐船回大陆天气预报有八级风",
            "海上能见度特别差轮渡还开不开",
            "岛上民宿老板说明天可能封航",
            "are the ferries cancelled because of fog",
        ],
        &["停航公告"],
    ),
    // coach_ferry__my_tickets
    (
        &[
            "到码头排队上船工作人员要看码",
            "给老人买的大巴票他打电话问几号车位",
            "记不清买的是哪个汽车站发车的",
            "司机问我座位号我想翻翻那张票",
            "which gate does my coach leave from",
        ],
        &["我的汽车票"],
    ),
    // coach_ferry__refund_ticket
    (
        &[
            "老板临时叫加班明早的大巴去不了钱要退",
            "婚礼延期了坐船过去的票不要了",
            "孩子学校临时补课回乡的客车不坐了",
            "岛上民宿订不到了船票想退掉",
            "got sick, want my coach fare back before it leaves",
        ],
        &["船票退票"],
    ),
    // coach_ferry__search_schedules
    (
        &[
            "那个景区不通高铁只能坐大巴几点有车",
            "想去对面小岛赶海早上最早一班船几点",
            "县城回市里下午还有车没",
            "带老人坐船去普陀山看看周末有没有班",
            "what time is the last boat back from the island",
        ],
        &["汽车船班次"],
    ),
    // coffee_tea__buy_coupon_pack
    (
        &[
            "开了家小店每天给员工买咖啡想便宜点",
            "每天上班都要一杯想一次囤十杯",
            "看到十杯装打折想囤一些",
            "办公室下午茶天天点想买打包的券",
            "are bulk coffee vouchers cheaper than paying each time",
        ],
        &["咖啡券包"],
    ),
    // coffee_tea__cancel_order
    (
        &[
            "刚下单的咖啡选错店了离我老远",
            "地铁故障赶不过去拿奶茶那单不要了",
            "糖度选错了趁还没做先撤掉",
            "老板说下午茶他请客我那杯退了",
            "ordered at the wrong shop, cancel before they make it",
        ],
        &["取消饮品"],
    ),
    // coffee_tea__drink_coupons
    (
        &[
            "信用卡积分换过几张咖啡券不知道还在不在",
            "上个月买的那包券还剩几张没用",
            "生日收到的奶茶券啥时候过期",
            "想喝杯免费的看看手里还有券没",
            "do I still have any coffee vouchers",
        ],
        &["饮品券"],
    ),
    // coffee_tea__menu
    (
        &[
            "老婆不喝咖啡想看看店里还有啥别的",
            "减肥期间想看看有没有低卡的饮品",
            "新出的季节限定都是啥口味",
            "孩子不能喝咖啡因那家店有啥能喝的",
            "what's on their menu without caffeine",
        ],
        &["查看菜单"],
    ),
    // coffee_tea__nearby_stores
    (
        &[
            "在高铁站候车想找个喝咖啡的地儿",
            "带客户谈事想找家附近安静的咖啡店",
            "跑完步想喝杯奶茶这附近哪有",
            "医院陪床累了楼下有没有卖咖啡的",
            "any bubble tea shop near this mall",
        ],
        &["附近门店"],
    ),
    // coffee_tea__pickup_code
    (
        &[
            "奶茶到店了店员问我号码多少",
            "外面等了十分钟不知道我那杯做好没",
            "帮同事拿咖啡要报个号",
            "柜台叫号叫到哪了我的好了吗",
            "what's my pickup number for the coffee",
        ],
        &["取餐码"],
    ),
    // coffee_tea__place_order
    (
        &[
            "开会前想给组里每人来一杯拿铁",
            "下午犯困到楼下拿杯美式先下好单",
            "复习熬夜想要杯奶茶送到宿舍",
            "约了朋友在店里见先帮她点一杯",
            "order an iced latte to grab on my way",
        ],
        &["点单下单"],
    ),
    // dental_clinic__book_cleaning
    (
        &[
            "牙上一层黑黑的烟渍想去弄掉",
            "半年没洁牙了该去一趟了",
            "口气重朋友说去洁治一下就好",
            "相亲前想把牙弄干净点",
            "smoker's stains on my teeth, want them scaled off",
        ],
        &["预约洗牙"],
    ),
    // dental_clinic__book_consultation
    (
        &[
            "牙龈一直肿着还流脓想让医生看看",
            "吃冷的左边后牙就钻心疼",
            "摔了一跤门牙磕松了",
            "孩子说牙疼半边脸都肿了",
            "wisdom tooth hurts, need a dentist to look at it",
        ],
        &["口腔面诊"],
    ),
    // dental_clinic__cancel_booking
    (
        &[
            "孩子牙不疼了约的那次不去了",
            "换了家离家近的牙科原来约的不要了",
            "约好看牙那天发烧了去不了",
            "那天公司年会看牙的约先撤了",
            "not going to the dentist after all, cancel it",
        ],
        &["取消口腔预约"],
    ),
    // dental_clinic__list_bookings
    (
        &[
            "给孩子约的看牙是周几来着",
            "牙医短信说我约了我咋不记得几点",
            "跟老板请假要写清楚看牙时间想确认下",
            "which clinic did I book my dental appointment at",
        ],
        &["我的口腔预约"],
    ),
    // dental_clinic__list_clinics
    (
        &[
            "刚搬到这边想找个近点的牙医",
            "孩子牙上有小黑点想找个儿童牙科",
            "周日也开门的牙科附近有吗",
            "想找家医保能用的口腔医院",
            "where's a dentist open on Sunday near me",
        ],
        &["口腔门诊"],
    ),
    // dental_clinic__pay_installments
    (
        &[
            "女儿整牙要两三万想每个月还一点",
            "种牙方案定了钱想分几期付",
            "牙套钱一次付太肉疼了",
            "我爸全口种植费用想按月还",
            "split my braces cost over twelve months",
        ],
        &["口腔治疗分期"],
    ),
    // dental_clinic__price_list
    (
        &[
            "牙齿发黄想做美白不知道得花多少",
            "智齿老发炎医生说拔掉拔一颗啥价",
            "想做隐形矫正先比比价格",
            "补一颗牙和做根管大概差多少钱",
            "what does teeth whitening cost at the clinic",
        ],
        &["项目价格"],
    ),
    // duty_free__cancel_order
    (
        &[
            "海南那趟不去了下的单还没提",
            "买多了一瓶香水还没拿想退掉",
            "家人生病旅行泡汤了买的东西不要了",
            "下单后觉得那个包不值想撤单",
            "don't want the tax-free bag anymore, haven't picked it up",
        ],
        &["取消免税订单"],
    ),
    // duty_free__change_pickup
    (
        &[
            "回程航班从上午改到晚上提货时间得调",
            "不想在机场拿了改成寄回家里",
            "航班号填错了提货会不会有问题",
            "换了个机场离岛提货点要跟着改",
            "flight got rebooked, update where I collect my purchase",
        ],
        &["修改提货信息"],
    ),
    // duty_free__my_orders
    (
        &[
            "在海南买的东西说邮寄到家还没收到",
            "离岛买的东西在机场哪个柜台拿",
            "前几天买的那套化妆品发货没有",
            "提货单号找不到了想看看",
            "where do I collect what I bought tax-free",
        ],
        &["免税订单"],
    ),
    // duty_free__order_goods
    (
        &[
            "坐船离开海南前想先下单一支口红",
            "航班信息都填好了就差把那块表买下",
            "明天从海口飞想顺手带两瓶香水",
            "趁离岛给婆婆买套护肤品",
            "buy the watch tax-free before my flight out of Sanya",
        ],
        &["免税下单"],
    ),
    // duty_free__quota
    (
        &[
            "年初去海南买过一回今年还能买多少",
            "一年十万上回花了多少不记得了",
            "这次想买个贵的包怕超标了",
            "老公也去过三亚我俩额度是分开的吗",
            "how much tax-free allowance do I have left this year",
        ],
        &["免税额度"],
    ),
    // duty_free__search_goods
    (
        &[
            "去海南前想看看那边面霜卖多少",
            "老公让我带条烟回去看看离岛店有没有",
            "想给闺蜜带个包看看三亚那边啥价",
            "听说在海南买表便宜想看看款式",
            "what perfumes do the Hainan tax-free shops sell",
        ],
        &["免税商品"],
    ),
    // exam_reg__admission_ticket
    (
        &[
            "考点门口要出示那张证我还没打",
            "考场在哪栋楼几号座位都不知道",
            "打印店老板问我要考试证号",
            "考前一周想看看分到哪个考点",
            "need to print my exam entry pass",
        ],
        &["准考证"],
    ),
    // exam_reg__cancel_registration
    (
        &[
            "那天要去外地实习考不了想撤掉",
            "报错了科目想先撤了重报",
            "复习完全跟不上这次不考了",
            "公司那天派我出差考试去不了",
            "withdraw me, I can't make the exam day",
        ],
        &["取消报名"],
    ),
    // exam_reg__list_exams
    (
        &[
            "想转行做会计最近能报啥证",
            "普通话证啥时候开始报名",
            "研究生毕业前还能考哪些证",
            "退伍回来想考个证看看现在能报啥",
            "which exams can I sign up for this month",
        ],
        &["可报名考试"],
    ),
    // exam_reg__pay_fee
    (
        &[
            "报了名还差最后一步没交钱",
            "审核过了让我付考试的钱",
            "页面提示未缴费明天就截止",
            "室友帮我报的名钱我自己付",
            "registered but haven't paid the exam fee yet",
        ],
        &["报名费"],
    ),
    // exam_reg__query_score
    (
        &[
            "考完教资好几周了出分没",
            "找工作要填四六级分数想看看",
            "普通话考完了想知道过没过",
            "朋友说出分了我不敢点开",
            "are my exam results out yet",
        ],
        &["考试成绩"],
    ),
    // exam_reg__register
    (
        &[
            "四六级报名开了赶紧给我报上",
            "想当幼儿园老师得去报个教资",
            "学校说毕业前普通话要二甲得去报",
            "我寻思今年把计算机二级考了",
            "sign me up for the Mandarin test this term",
        ],
        &["报名考试"],
    ),
    // exam_reg__registration_status
    (
        &[
            "报完名一直显示待审核咋回事",
            "照片被退回改完不知道通过没",
            "交了钱不知道到底报上没有",
            "辅导员让确认一下报名情况",
            "did my exam sign-up go through",
        ],
        &["报名状态"],
    ),
    // express_delivery__address_book
    (
        &[
            "女儿换宿舍了以后寄东西用新地址",
            "常寄的几个客户地址想存起来",
            "老家收件地址写错一个字要改",
            "每回给爸妈寄东西都要重打地址",
            "save my office address for sending parcels",
        ],
        &["地址簿"],
    ),
    // express_delivery__cancel_shipment
    (
        &[
            "约了上门取件结果我自己送过去了",
            "东西还没打包好今天不寄了",
            "叫重了两个快递员来取撤掉一个",
            "买家退款了还没取件的那单不要了",
            "courier hasn't come yet, don't need the pickup now",
        ],
        &["取消寄件"],
    ),
    // express_delivery__file_claim
    (
        &[
            "寄的蛋糕模具到了压得变形",
            "快递员把包裹弄丢了要他们赔",
            "寄出去的两瓶酒碎了一箱子",
            "保了价的东西丢了快递公司得给钱",
            "my parcel arrived smashed, claim compensation",
        ],
        &["快递理赔"],
    ),
    // express_delivery__my_parcels
    (
        &[
            "最近买了好几样不知道哪些到了",
            "我手机号下有没有待取的件",
            "家里人说有我的包裹想看看是啥",
            "驿站短信删了不知道还有几个没拿",
            "any parcels coming to my phone number",
        ],
        &["我的快递"],
    ),
    // express_delivery__quote_shipping
    (
        &[
            "想把旧电脑寄给老家弟弟先问问多少钱",
            "十几斤的行李寄到北京大概啥价",
            "开网店想知道发偏远地区要贴多少",
            "寄床被子回家贵不贵啊",
            "how much to send a 10kg box to Guangzhou",
        ],
        &["运费估算"],
    ),
    // express_delivery__send_parcel
    (
        &[
            "儿子把充电器落家里了得给他寄过去",
            "卖了个二手相机得发给买家",
            "腿脚不好想叫人上门把包裹取走",
            "给客户的样品今天必须发出去",
            "get a courier to collect a box from my flat today",
        ],
        &["寄快递"],
    ),
    // express_delivery__track_parcel
    (
        &[
            "朋友发了个单号让我盯着点",
            "寄回老家的东西三天了没动静",
            "单号发我了想知道明天能不能到",
            "物流好像卡在中转站不动了",
            "where's this tracking number at right now",
        ],
        &["快递查询"],
    ),
    // flight_ticket__book_flight
    (
        &[
            "面试过了下周要飞过去报到",
            "闺蜜在外地结婚给自己买张飞过去的票",
            "老板说出差就坐早上那班帮我定",
            "女儿寒假要飞回家给她买张票",
            "book me on that morning flight to Beijing",
        ],
        &["预订机票"],
    ),
    // flight_ticket__change_flight
    (
        &[
            "婚礼改日子了飞机也得往后挪",
            "假期多批了两天想晚点飞回来",
            "那天有台风想提前一天走",
            "客户改了见面时间航班要换天",
            "push my flight back a couple of days",
        ],
        &["机票改期"],
    ),
    // flight_ticket__check_in
    (
        &[
            "明天一早的飞机想今晚就把登机牌弄好",
            "不托运行李想直接过安检",
            "人在去机场路上想先在手机上办手续",
            "早去排队太累想提前把手续办了",
            "check me in for tomorrow's flight now",
        ],
        &["值机"],
    ),
    // flight_ticket__flight_status
    (
        &[
            "接老公的飞机大屏上没显示",
            "天气不好想知道我那班飞不飞",
            "出门去机场前想确认没延误",
            "朋友那班飞机晚点没有",
            "is the plane from Shanghai delayed",
        ],
        &["航班动态"],
    ),
    // flight_ticket__my_trips
    (
        &[
            "公司帮我订了回程我不知道几点飞",
            "值机柜台问我订的是哪家航空",
            "记不清下周飞的是哪个航班",
            "给爸妈订过机票想再看一眼",
            "what time is my flight next Tuesday",
        ],
        &["我的机票订单"],
    ),
    // flight_ticket__refund_flight
    (
        &[
            "护照过期了出不了国飞机票不要了",
            "家里老人走了行程取消机票退掉",
            "孩子出水痘飞不了了想退钱",
            "客户改成线上谈了飞机票用不上",
            "not flying anymore, get my fare back",
        ],
        &["机票退票"],
    ),
    // flight_ticket__reimbursement_receipt
    (
        &[
            "差旅报账还缺飞机的行程单",
            "会计说要电子发票才能报",
            "出差飞了两趟回来要凭证",
            "公司财务让交飞机票的票据",
            "need the itinerary receipt to claim my airfare",
        ],
        &["报销"],
    ),
    // flight_ticket__search_flights
    (
        &[
            "元旦想去哈尔滨看雪飞过去多少钱",
            "周五下班后还有没有飞成都的",
            "想比比早上和晚上的飞机哪个便宜",
            "爸妈想去看孙子查查有啥航班",
            "cheapest flight to Xiamen next weekend",
        ],
        &["航班机票"],
    ),
    // flight_ticket__select_seat
    (
        &[
            "恐高想坐中间不靠窗的位置",
            "带着老人想坐离厕所近点的位子",
            "坐长途想要过道边方便起身",
            "和同事同一班飞机想挨着坐",
            "want an aisle seat on my flight",
        ],
        &["选座"],
    ),
    // flowers_cakes__browse_cakes
    (
        &[
            "想找个无糖的给糖尿病老人过生日",
            "公司庆功想看看大尺寸的",
            "孩子喜欢恐龙有没有那种造型",
            "六寸和八寸的价格想比比",
            "show me some chocolate birthday cakes",
        ],
        &["挑选蛋糕"],
    ),
    // flowers_cakes__browse_flowers
    (
        &[
            "第一次约会带啥花好",
            "同事住院了看看送哪种花合适",
            "教师节想送老师花看看有啥款",
            "想看看向日葵花束啥价",
            "which flowers suit a graduation",
        ],
        &["挑选鲜花"],
    ),
    // flowers_cakes__cancel_order
    (
        &[
            "生日聚会不办了订的蛋糕撤了吧",
            "她说别送花了那单不要了",
            "订重了两个蛋糕去掉一个",
            "人不在本地花送了也没人收不要了",
            "cancel the flowers, she's out of town",
        ],
        &["取消鲜花"],
    ),
    // flowers_cakes__change_delivery
    (
        &[
            "她临时出差了花改送到她家",
            "生日宴改到后天蛋糕晚两天送",
            "收花地址写成她旧公司了要改",
            "饭局推迟一小时蛋糕晚点到",
            "change the cake delivery to tomorrow",
        ],
        &["配送时间"],
    ),
    // flowers_cakes__order_cake
    (
        &[
            "女儿周末过生日要个八寸的送到家",
            "公司给员工过集体生日订个大的",
            "奶奶八十了得给她订个寿糕",
            "老公升职了想给他个惊喜蛋糕",
            "need a cake delivered for my kid's party Saturday",
        ],
        &["订蛋糕"],
    ),
    // flowers_cakes__order_flowers
    (
        &[
            "女朋友今天答辩想送束花到学校",
            "客户公司开业要送个花篮过去",
            "老婆刚生完孩子想送花到医院",
            "妈妈生日我在外地让人把花送到家",
            "send a bouquet to my mum's house today",
        ],
        &["订花送花"],
    ),
    // flowers_cakes__order_status
    (
        &[
            "送女朋友的花她说还没收到",
            "订的蛋糕说好六点到现在还没来",
            "想知道花是谁签收的",
            "寿宴开席了蛋糕到哪了",
            "is the cake on its way",
        ],
        &["鲜花蛋糕订单"],
    ),
    // food_delivery__cancel_order
    (
        &[
            "点错店了趁商家还没接赶紧撤",
            "临时被叫去应酬饭不要了",
            "地址填成旧家了那单撤掉",
            "等半天没人接单不点了",
            "cancel my takeaway, I'm going out",
        ],
        &["取消外卖"],
    ),
    // food_delivery__order_history
    (
        &[
            "上次那家烤鱼叫啥来着想再点一次",
            "想看看这周点了几次外卖",
            "报销要之前点的工作餐记录",
            "老婆说上回那个粥好喝再来一单",
            "reorder what I got last Friday",
        ],
        &["历史订单"],
    ),
    // food_delivery__place_order
    (
        &[
            "懒得做饭了点个麻辣烫",
            "同学来宿舍玩叫几份炸鸡",
            "老人一个人在家给他叫份饭过去",
            "开会走不开点个盒饭到公司",
            "order some noodles to my flat",
        ],
        &["外卖下单"],
    ),
    // food_delivery__red_packets
    (
        &[
            "听说有满减券我有没有",
            "周末想多点几样先看看有没有满减的券",
            "银行送的吃饭券还没过期吧",
            "神券领了没想看看",
            "any delivery coupons I can use today",
        ],
        &["外卖红包"],
    ),
    // food_delivery__request_refund
    (
        &[
            "送来的饭里吃出虫子",
            "少给了一杯饮料钱得退回来",
            "饭菜洒了一袋子没法吃",
            "点的微辣送来辣得没法下口",
            "wrong dish delivered, want a refund",
        ],
        &["外卖申请退款"],
    ),
    // food_delivery__search_restaurants
    (
        &[
            "在医院陪护想找家能送到病房的",
            "想吃川菜附近哪家能送",
            "半夜饿了还有哪家开着能送",
            "新公司附近午饭能点些啥",
            "what's open for delivery near me this late",
        ],
        &["附近外卖"],
    ),
    // food_delivery__track_order
    (
        &[
            "饭点了半小时不知道骑手出发没",
            "显示在配送中到哪了",
            "骑手说快到了我看看在哪",
            "下楼等外卖想知道还有几分钟",
            "where's my takeout now",
        ],
        &["跟踪"],
    ),
    // food_delivery__urge_order
    (
        &[
            "说好半小时都过了一个钟了",
            "饿得胃疼饭还不来",
            "马上要上课了饭还没到让他快点",
            "超时好久了让店家赶紧出餐",
            "my delivery is super late, hurry them up",
        ],
        &["催单"],
    ),
    // fresh_grocery__add_to_cart
    (
        &[
            "牛奶鸡蛋先放进去等会一起买",
            "差几块起送先把看中的存着",
            "明天要用的菜先挑进去",
            "老婆说还要葱姜蒜先加上",
            "put two boxes of eggs in my basket for now",
        ],
        &["购物车"],
    ),
    // fresh_grocery__cancel_order
    (
        &[
            "临时出差买的菜不用送了",
            "点错日期了还没打包赶紧撤",
            "老婆已经去菜市场买了这单不要了",
            "婆婆寄了一箱菜来这单用不上",
            "cancel the grocery order, not needed today",
        ],
        &["取消生鲜"],
    ),
    // fresh_grocery__checkout
    (
        &[
            "菜挑好了付了让今晚送来",
            "篮子里的东西结了吧赶饭点",
            "凑够满减了赶紧付款",
            "选个明早七点前送到付了",
            "pay for the groceries and deliver before six",
        ],
        &["生鲜下单结算"],
    ),
    // fresh_grocery__member_card
    (
        &[
            "天天买菜付配送费想办个会员",
            "会员快到期了续一下",
            "听说开了会员买菜打折想开一个",
            "一家五口买菜多想免运费",
            "is the paid grocery plan worth it for free delivery",
        ],
        &["生鲜会员"],
    ),
    // fresh_grocery__quality_refund
    (
        &[
            "送来的西瓜切开是坏的",
            "送来的排骨称了少好几两",
            "牛奶包装破了漏了一袋子",
            "买的虾到手都是死的",
            "fish smelled off, refund me",
        ],
        &["售后"],
    ),
    // fresh_grocery__search_products
    (
        &[
            "想给孩子煮虾看看有没有活的",
            "晚上吃火锅看看有啥肥牛",
            "坐月子要炖鲫鱼汤有卖的吗",
            "今天有啥应季的水果",
            "any organic veggies available today",
        ],
        &["生鲜商品"],
    ),
    // fresh_grocery__track_delivery
    (
        &[
            "买的菜说半小时到还没影",
            "等着菜下锅送到哪了",
            "送菜小哥出发没有",
            "客人都到了菜还没送来",
            "where's my veggie order now",
        ],
        &["配送进度"],
    ),
    // game_topup__minor_refund
    (
        &[
            "孩子偷偷用我的卡充了好几千",
            "初中生拿家长手机买皮肤想退回来",
            "小孩背着我们玩游戏花了钱想追回",
            "老人手机被孙子拿去充了游戏",
            "my ten-year-old spent money in a game without asking",
        ],
        &["未成年"],
    ),
    // game_topup__search_games
    (
        &[
            "孩子玩的那款手游这里能充吗",
            "新出的游戏看看有啥礼包",
            "想找那个游戏的月卡在哪",
            "玩的是个冷门游戏不知道有没有",
            "can I top up this game here",
        ],
        &["搜索游戏"],
    ),
    // game_topup__spending_limit
    (
        &[
            "怕孩子乱充钱设个上限",
            "管不住手每月游戏最多花一百",
            "想给游戏花钱定个封顶",
            "上月游戏花超了这个月想控制一下",
            "limit my game spending to 200 a month",
        ],
        &["消费限额"],
    ),
    // game_topup__topup_game
    (
        &[
            "周年庆活动想充点钻石抽卡",
            "儿子考了第一答应给他游戏充点钱",
            "战令到期了续一下",
            "看中个新皮肤钱不够了",
            "buy some gems for my game account",
        ],
        &["游戏充值"],
    ),
    // game_topup__topup_history
    (
        &[
            "充了钻石没到账看看扣没扣款",
            "银行卡有几笔游戏扣款不认识",
            "想看看这月给游戏花了多少",
            "游戏客服要我提供充值时间",
            "did my game top-up go through",
        ],
        &["充值记录"],
    ),
    // game_topup__topup_qcoin
    (
        &[
            "想给QQ开个会员得先买点币",
            "想给QQ里的好友送个虚拟礼物",
            "QQ音乐买数字专辑要用币",
            "孩子要玩腾讯游戏叫我给QQ充币",
            "my son needs Q coins for his QQ account",
        ],
        &["Q币"],
    ),
    // gym__book_class
    (
        &[
            "周末想去上节普拉提",
            "想跟着大家一起跳尊巴",
            "晚上想约个动感单车",
            "一个人撸铁无聊想上节搏击课",
            "book me into tomorrow's yoga class",
        ],
        &["团课"],
    ),
    // gym__buy_membership
    (
        &[
            "体检查出脂肪肝决定去练办张卡",
            "年卡到期了续一张",
            "搬了新家楼下就有健身房办一张",
            "朋友拉我一起练今天就去办",
            "sign me up for a yearly gym card",
        ],
        &["健身会员卡"],
    ),
    // gym__cancel_auto_renew
    (
        &[
            "对账单发现健身房每月都扣钱",
            "搬走了不去那家了别再扣",
            "办卡时被开了自动扣款想关掉",
            "年底不练了怕下月又扣费",
            "turn off the gym's automatic renewal",
        ],
        &["关闭自动续费"],
    ),
    // gym__cancel_class
    (
        &[
            "老板临时开会约的搏击课去不了",
            "例假来了明天的课不上了",
            "孩子生病走不开那节课不去了",
            "下大雨不想出门约的课取消",
            "cancel my spinning class tonight",
        ],
        &["取消团课"],
    ),
    // gym__freeze_membership
    (
        &[
            "要去外地出差两个月卡先停了",
            "腰闪了要养一阵卡别浪费",
            "做了个小手术一个月不能练",
            "回老家过年一个月卡先冻住",
            "pause my gym card while I'm abroad",
        ],
        &["停卡"],
    ),
    // gym__list_plans
    (
        &[
            "想办健身卡先看看年卡多少钱",
            "学生党想找个便宜的次卡",
            "公司楼下健身房月卡季卡比一比",
            "医生让我多运动先看看办卡要多少",
            "how much is a gym card nearby",
        ],
        &["会员卡价格"],
    ),
    // gym__membership_info
    (
        &[
            "健身卡还有几天到期",
            "买的十次卡我用了几次了",
            "停过一次卡到期日往后延没",
            "想知道年卡还能用到几月",
            "is my gym card still valid",
        ],
        &["我的会员卡"],
    ),
    // gym__unfreeze_membership
    (
        &[
            "外派结束回来了停着的卡解开",
            "医生说膝盖可以运动了想接着去",
            "假期提前结束了卡想解冻",
            "做完手术恢复好了想接着去",
            "unpause my gym card, I'm back",
        ],
        &["复卡"],
    ),
    // health_checkup__book_checkup
    (
        &[
            "单位发了体检卡还没约去哪天",
            "买好的检查下周有空想定个日子",
            "给爸妈买的检查帮他们约个早上",
            "年假第一天正好去查身体",
            "got a screening card from work, book a slot",
        ],
        &["体检时间"],
    ),
    // health_checkup__buy_package
    (
        &[
            "父亲节想给老爸送一次全身检查",
            "单位不管体检我自己掏钱做一次",
            "给岳父岳母各买一份检查",
            "结婚前俩人想一起做个检查先买了",
            "get my wife a women's health screening",
        ],
        &["购买体检"],
    ),
    // health_checkup__cancel_checkup
    (
        &[
            "单位也安排了检查自己约的那次不去了",
            "最近太忙那次体检先不约了卡留着",
            "怀孕了有些项目做不了先不去",
            "约的那天家里有事先撤了改天再约",
            "cancel my check-up date but keep the voucher",
        ],
        &["取消体检"],
    ),
    // health_checkup__checkup_report
    (
        &[
            "体检完一周了结果出来没",
            "新公司让交上个月体检的单子",
            "想看看上次查的肝功能有没有异常",
            "护士说报告可以网上看",
            "show me the results of last week's physical",
        ],
        &["体检报告"],
    ),
    // health_checkup__list_checkups
    (
        &[
            "给全家买了几次检查不记得用没用",
            "体检约的是哪个分院来着",
            "单位的体检卡约上没有",
            "想看看买的检查还有几份没约",
            "did I ever book the check-up my company gave me",
        ],
        &["我的体检订单"],
    ),
    // health_checkup__list_packages
    (
        &[
            "快四十了想做个全面的检查有哪些选择",
            "备孕前想查查身体看有啥项目",
            "老是胃不舒服想找个带胃镜的检查",
            "想给员工做检查看看有啥团体的",
            "which check-up options include a heart scan",
        ],
        &["体检套餐"],
    ),
    // health_checkup__refund_package
    (
        &[
            "给老人买的检查他死活不肯去钱退了吧",
            "公司统一做体检了自己买的那份不用了",
            "买错了套餐还没用想退钱",
            "出国了体检券用不上想退",
            "refund the unused check-up I bought",
        ],
        &["套餐退款"],
    ),
    // health_checkup__reschedule_checkup
    (
        &[
            "约的那天要空腹可我前晚有饭局换一天",
            "体检那天被派出差往后挪挪",
            "孩子那天开家长会检查改个时间",
            "感冒了想过几天再去查",
            "move my check-up to next week",
        ],
        &["体检改期"],
    ),
    // hospital_booking__book_appointment
    (
        &[
            "肚子疼好几天了明天去医院看看",
            "孩子眼睛老眨想带去医院看看",
            "爸爸血压高要去看心内科",
            "月经不调好几个月了得去看看",
            "need to see a doctor about my back tomorrow",
        ],
        &["预约挂号"],
    ),
    // hospital_booking__cancel_appointment
    (
        &[
            "在社区医院已经看好了那个号不用了",
            "孩子不咳了约的号退了吧",
            "约了两个医院的号去一个就行退掉一个",
            "临时走不开看病的号退了",
            "already saw a GP, drop the hospital slot",
        ],
        &["取消挂号"],
    ),
    // hospital_booking__list_appointments
    (
        &[
            "给妈约的号是哪天几点来着",
            "到医院了不记得约的哪个诊室",
            "上个月看的那位医生叫啥",
            "想看看给孩子约了几个号",
            "what time is mum's appointment tomorrow",
        ],
        &["预约记录"],
    ),
    // hospital_booking__list_departments
    (
        &[
            "老是心慌胸闷不知道挂哪个科",
            "孩子尿床该看哪个科",
            "失眠好几个月挂啥科",
            "脚上长了个包是看外科还是皮肤科",
            "rash on my arm, which department do I need",
        ],
        &["科室"],
    ),
    // hospital_booking__list_doctors
    (
        &[
            "想找个看腰椎的主任看看这周有号没",
            "听说那位儿科专家很好哪天出诊",
            "想找个女医生看妇科哪天有号",
            "专家号都满了看看普通号有没有",
            "when does that professor see patients",
        ],
        &["号源"],
    ),
    // hospital_booking__list_hospitals
    (
        &[
            "带孩子来外地旅游生病了哪家医院能约",
            "想找家三甲医院能网上约的",
            "老家亲戚来看病问哪家能提前约",
            "家附近有啥医院能约号",
            "visiting and my kid got sick, which hospital can I book",
        ],
        &["可预约医院"],
    ),
    // hospital_booking__queue_status
    (
        &[
            "排队的人好多前面还有几个",
            "想下楼买个水怕错过叫号",
            "孩子在外面闹了还要等多久",
            "想先去趟厕所又怕过号",
            "how long until it's my turn",
        ],
        &["候诊"],
    ),
    // hospital_booking__reschedule_appointment
    (
        &[
            "约了明早看病但孩子要开家长会换个时间",
            "约的医生那天看不了想换到下周同一个医生",
            "挂了周一的号但要出差改到周五",
            "早上的号赶不上想改下午",
            "move my doctor's appointment to Friday",
        ],
        &["改约"],
    ),
    // hotel__book_room
    (
        &[
            "带孩子去考试得提前定一间",
            "参加婚礼那晚要住一晚定了吧",
            "老爸来城里看病给他订个附近的房",
            "出差定下来了住的先订好",
            "reserve a room for Friday night near the venue",
        ],
        &["订酒店"],
    ),
    // hotel__cancel_booking
    (
        &[
            "演唱会取消了那晚的房不住了",
            "公司安排了宿舍订的房用不着了",
            "考试改线上了住的那间退掉",
            "行程泡汤了订好的房取消",
            "the conference went online, cancel my room",
        ],
        &["取消酒店"],
    ),
    // hotel__contact_hotel
    (
        &[
            "带老人想要个低楼层的房",
            "孩子过生日想让酒店布置一下",
            "晚班机凌晨两点才到让他们别取消",
            "想让酒店提前把房间烟味散一散",
            "ask the hotel for a crib in the room",
        ],
        &["备注"],
    ),
    // hotel__modify_booking
    (
        &[
            "多带了个孩子要换成双床",
            "提前一天到想早住一晚",
            "入住人写错名字了要改",
            "同事也去要再加一间",
            "add one more night to my booking",
        ],
        &["修改酒店"],
    ),
    // hotel__my_bookings
    (
        &[
            "到了前台说不出订的是哪家",
            "忘了订的房几号退房",
            "打车司机问酒店地址我忘了",
            "帮爸妈订的住处地址是哪里",
            "what's the address of the hotel I booked",
        ],
        &["我的酒店"],
    ),
    // hotel__request_invoice
    (
        &[
            "出差住了三晚回公司要报账",
            "退房时走得急没拿票",
            "财务说住宿要开公司抬头的",
            "报销差旅缺住宿发票",
            "need a company invoice for my hotel stay",
        ],
        &["酒店开发票"],
    ),
    // hotel__room_types
    (
        &[
            "三个大人一个孩子要啥房间",
            "想知道带浴缸的房贵多少",
            "和同事出差住双床的多少钱",
            "带两个孩子想看看能加床的房",
            "how much is a suite with a bathtub",
        ],
        &["房型"],
    ),
    // hotel__search_hotels
    (
        &[
            "去外地参加婚礼想找个附近住的地方",
            "孩子高考要在考点附近住一晚",
            "凌晨到站想在火车站附近找地方睡",
            "带宠物出门找个能住的",
            "need somewhere to stay near the hospital for a few days",
        ],
        &["搜索酒店"],
    ),
    // inpatient__book_admission
    (
        &[
            "做完胃镜医生让住几天院要排床",
            "爸爸要做心脏支架得先排个床",
            "孕晚期想提前把生孩子的床定了",
            "复查后医生说得住院化疗",
            "doctor told me to get admitted next week",
        ],
        &["床位"],
    ),
    // inpatient__copy_records
    (
        &[
            "出院后报销要病历复印件",
            "转到北京看病要带之前的住院资料",
            "工伤认定要住院病历",
            "住院的资料想寄到家里",
            "need my inpatient records for a disability assessment",
        ],
        &["病案"],
    ),
    // inpatient__daily_bill
    (
        &[
            "住院每天花这么多想看看用了啥药",
            "医生换了新药想看看一天多花多少",
            "今天刚做了CT想看看收了多少",
            "商业保险要住院的每日明细",
            "itemised charges for yesterday's stay",
        ],
        &["每日清单"],
    ),
    // inpatient__deposit_balance
    (
        &[
            "住院第五天了想知道交的钱还剩多少",
            "护士说账上快没钱了我想先看看",
            "我在外地想知道妈住院的钱够不够",
            "做了几个大检查不知道押的钱还够不够",
            "is there money left on my father's hospital account",
        ],
        &["预交金余额"],
    ),
    // inpatient__discharge_settlement
    (
        &[
            "出院手续办一下医保报完剩多少我来付",
            "宝宝黄疸退了能接回家了把账结清",
            "妈今天能出院了多退少补",
            "回家前医保那部分要先结掉",
            "leaving the hospital today, settle everything",
        ],
        &["出院结算"],
    ),
    // inpatient__topup_deposit
    (
        &[
            "护士站说再不补钱就停药了",
            "爸做完手术还得住几天钱要续上",
            "我在外地上班给住院的妈交点钱",
            "医院打电话说押金欠费了",
            "top up my mother's inpatient account from my card",
        ],
        &["缴纳住院预交金"],
    ),
    // iqiyi_vip__auto_renew
    (
        &[
            "爱奇艺每次到期才想起来想让它自己续",
            "爱奇艺一个月一个月买太贵开包月省点",
            "反正一直看爱奇艺干脆每月从卡里扣",
            "sign me up for iQIYI's monthly plan",
        ],
        &["爱奇艺连续包月"],
    ),
    // iqiyi_vip__buy_vip
    (
        &[
            "老妈想看爱奇艺上的宫斗剧给她开一个",
            "寒假在家没事想刷爱奇艺的综艺",
            "坐高铁想下载爱奇艺的剧路上看",
            "爱奇艺上那部悬疑剧后面几集锁着",
            "get me iQIYI so I can watch that variety show",
        ],
        &["开通爱奇艺"],
    ),
    // iqiyi_vip__cancel_auto_renew
    (
        &[
            "对账发现爱奇艺每月扣二十几块",
            "改用别家看剧了爱奇艺的包月关了",
            "爱奇艺的剧都看完了以后别再续",
            "cancel the iQIYI monthly billing",
        ],
        &["取消爱奇艺"],
    ),
    // iqiyi_vip__membership_status
    (
        &[
            "爱奇艺剧看一半弹出开会员的提示",
            "想知道爱奇艺还剩几天能用",
            "爱奇艺是不是偷偷自动续了我看看",
            "when does my iQIYI end",
        ],
        &["爱奇艺会员状态"],
    ),
    // iqiyi_vip__plans
    (
        &[
            "爱奇艺有没有一年的那种多少钱",
            "想在电视上看爱奇艺先了解下价位",
            "爱奇艺给学生有没有便宜的档",
            "爱奇艺和别家比哪个会员便宜",
            "iQIYI price for a whole year?",
        ],
        &["爱奇艺会员套餐"],
    ),
    // iqiyi_vip__upgrade_tier
    (
        &[
            "爱奇艺想在平板和电视上一起看",
            "爱奇艺买了黄金的电视上不能用",
            "客厅换了新电视爱奇艺会员得换档",
            "make my iQIYI work on the living room TV",
        ],
        &["爱奇艺会员升级"],
    ),
    // kindergarten__apply_enrolment
    (
        &[
            "落户办完了想让娃秋天进园",
            "孩子在家太闹想早点送去上小班",
            "换工作搬到新城区娃得重新找园",
            "托班上完了要升幼儿园得去申请",
            "sign my toddler up for kindergarten in September",
        ],
        &["入园报名"],
    ),
    // kindergarten__notices
    (
        &[
            "群里消息太多没看到园里发了啥",
            "听说园里下周停课不知道真假",
            "六一要演节目不知道准备啥",
            "孩子说明天要带东西去园里我没搞清",
            "did the kindergarten post anything about holidays",
        ],
        &["幼儿园通知"],
    ),
    // kindergarten__pay_fees
    (
        &[
            "我出差在外老婆让我把娃的园费付了",
            "班里就剩我们家没交钱了",
            "老师说不交伙食费下周没饭吃",
            "姥姥在老家想替外孙把这期费用交了",
            "settle my daughter's nursery bill for this term",
        ],
        &["缴纳幼儿园费用"],
    ),
    // kindergarten__payment_history
    (
        &[
            "园长说上学期伙食费少交了我想翻翻",
            "孩子他爸说园费都是他交的我要核对",
            "年底记账想看看今年给园里转了几笔",
            "幼儿园收据丢了想找当时付的记录",
            "show what I've paid the kindergarten this year",
        ],
        &["幼儿园缴费记录"],
    ),
    // kindergarten__query_fees
    (
        &[
            "下学期升中班了不知道费用变没变",
            "园里说今年开始收午托费要多少",
            "二宝也进园了俩娃一共得交多少",
            "想提前备好钱看看这期园里收多少",
            "what does the kindergarten charge this semester",
        ],
        &["查询幼儿园费用"],
    ),
    // kindergarten__report_absence
    (
        &[
            "下周带娃回外婆家住几天不去园里",
            "孩子摔伤胳膊要在家休养几天",
            "娃肠胃炎这几天不上园了饭钱别扣",
            "陪孩子去外地看病要请几天",
            "taking my son out of nursery for a family trip",
        ],
        &["请假"],
    ),
    // library__apply_reader_card
    (
        &[
            "老师让去图书馆借课外书我们还没证",
            "上次去馆里说没证不能借",
            "大学毕业了学校的证不能用想办市里的",
            "想在网上借电子书得先有证",
            "need a library card to borrow e-books",
        ],
        &["读者证"],
    ),
    // library__book_seat
    (
        &[
            "家里装修吵得没法看书想去馆里待一天",
            "考公备考想每天固定个位子",
            "暑假带孩子去馆里写作业要俩座",
            "明早去馆里学习先占个靠窗的",
            "reserve me a desk in the reading room tomorrow",
        ],
        &["自习"],
    ),
    // library__cancel_reservation
    (
        &[
            "排了一个月还没轮到我不等了",
            "换了选题原来排队的书不要了",
            "网上找到电子版了排的书撤了吧",
            "要出国半年排着的书别给我留了",
            "cancel my hold, I don't need it now",
        ],
        &["取消预约借书"],
    ),
    // library__my_loans
    (
        &[
            "收到短信说有书快到期了是哪本",
            "搬家翻出几本馆里的书不知道是不是我借的",
            "孩子用我的证借了书不知道借了啥",
            "想知道手上这本还能留几天",
            "when are my borrowed books due",
        ],
        &["我的借阅"],
    ),
    // library__pay_overdue_fine
    (
        &[
            "搬家把书压箱底了晚还了一个月",
            "孩子把借的绘本弄湿了要赔钱",
            "借书机提示我有欠款借不了",
            "出国前忘了还书现在要补交滞纳金",
            "I owe the library a late fee, pay it",
        ],
        &["逾期费"],
    ),
    // library__renew_loan
    (
        &[
            "发烧在家没法去还书想再延一下",
            "这本书太厚一个月啃不完",
            "放暑假回老家书带回去了想延期",
            "孩子还想再看看那本绘本",
            "extend my loan, I'm out of town",
        ],
        &["续借"],
    ),
    // library__reserve_book
    (
        &[
            "听说馆里新进了那本书想先订下来",
            "想借的书在城东分馆我住城西让送过来",
            "那本考研书全被借走了排个号",
            "周末去取书前先把书留好",
            "put a hold on that book at my branch",
        ],
        &["预约借书"],
    ),
    // library__search_catalog
    (
        &[
            "考证要用的那本辅导书馆里能借到吗",
            "孩子迷上恐龙想找几本相关的书",
            "想读某个作家的全套看看馆里有几本",
            "外文原版小说馆里有没有",
            "is this novel on the shelves at the library",
        ],
        &["馆藏"],
    ),
    // live_shows__add_attendee
    (
        &[
            "门票要实名先把爸妈的身份证录上",
            "老公要跟我一起去得把他加进去",
            "想帮闺蜜一起买得有她的证件",
            "一人一票先把同去的人登记上",
            "save my husband's ID for the show",
        ],
        &["观演人"],
    ),
    // live_shows__buy_tickets
    (
        &[
            "结婚纪念日想带老婆去看音乐剧",
            "公司奖励员工看演唱会要五张",
            "孩子放假想带他去看魔术秀",
            "跨年想去现场听一场演唱会",
            "grab me two tickets for the musical",
        ],
        &["购买演出票"],
    ),
    // live_shows__cancel_reminder
    (
        &[
            "那场换城市了不去了提醒不用了",
            "抢票太累不想抢了那提醒删掉",
            "票价太贵不打算看了别通知了",
            "手机老响那个开票的提醒关了",
            "remove the sale alert for that concert",
        ],
        &["取消开售提醒"],
    ),
    // live_shows__my_tickets
    (
        &[
            "快递寄的纸质票到哪了",
            "入场要扫码我那张票在哪",
            "想看看买的是哪一场的",
            "帮朋友买了票要把座位号告诉他",
            "show me my tickets for tonight's show",
        ],
        &["我的演出票"],
    ),
    // live_shows__presale_reminder
    (
        &[
            "最喜欢的乐队官宣巡演了还没说哪天卖票",
            "上次没抢到这回想早点知道开卖",
            "那部音乐剧说秋天来我们城市到时叫我",
            "开卖那天我在上班怕错过",
            "my favourite band's tour, alert me at launch",
        ],
        &["开售提醒"],
    ),
    // live_shows__refund_tickets
    (
        &[
            "演出前一周骨折了去不了",
            "买错场次了想退了重新买",
            "公司派我出国演出那天不在",
            "主唱换人了不想看了钱退我",
            "broke my leg, get my money back for the gig",
        ],
        &["演出退票"],
    ),
    // live_shows__search_shows
    (
        &[
            "爸妈结婚纪念日想带他们看场戏",
            "出差到上海晚上有啥演出能看",
            "同事推荐了个音乐剧想看看啥时候演",
            "想找个相声专场放松一下",
            "any comedy shows in town this month",
        ],
        &["搜索演出"],
    ),
    // medical_reports__ask_interpretation
    (
        &[
            "化验单上一堆向上箭头想找人讲讲",
            "甲状腺那个写了三类不知道啥意思",
            "肺部CT说磨玻璃影吓坏了想问问",
            "爸的检查单看不懂想找医生解释",
            "what do these high liver numbers mean",
        ],
        &["报告解读"],
    ),
    // medical_reports__download_report
    (
        &[
            "单位要病假证明想附上化验单文件",
            "想把检查结果打印出来带去另一家医院",
            "出国看病要带检查结果的电子版",
            "想存一份化验单在电脑里留底",
            "save my blood test as a file to print",
        ],
        &["下载报告PDF"],
    ),
    // medical_reports__list_reports
    (
        &[
            "孩子前天抽血化验了不知道出来几项",
            "做了B超和心电图想看看都出了没",
            "换家医院看病想把之前做过的检查列出来",
            "帮妈看看她那些检查哪些出来了",
            "did any of my lab results come back yet",
        ],
        &["检查报告列表"],
    ),
    // medical_reports__subscribe_ready
    (
        &[
            "胃镜活检要等几天出了叫我",
            "抽完血先去上班结果出来告诉我一声",
            "孩子做了过敏原检测出结果时提醒下",
            "不想老点进来刷结果出了推给我",
            "alert me when my scan report is ready",
        ],
        &["出结果提醒"],
    ),
    // medical_reports__unsubscribe_ready
    (
        &[
            "帮妈订的出结果通知老发到我手机",
            "病都好了检查的推送不用再发了",
            "结果已经在窗口拿到了通知停掉",
            "turn off the results-ready texts for my dad",
        ],
        &["关闭报告提醒"],
    ),
    // medical_reports__view_images
    (
        &[
            "拍的CT没打出片子想看看",
            "骨折拍的X光想给家里人看看",
            "外地专家要看头颅核磁的片子",
            "胶片太大不想带着跑手机上能看吗",
            "pull up my chest CT images on my phone",
        ],
        &["影像胶片"],
    ),
    // medical_reports__view_report
    (
        &[
            "血常规说白细胞高了想看看具体数",
            "肝功能那几项到底超了多少",
            "尿酸上回偏高这次复查是多少",
            "医生只说没事想自己看看参考范围",
            "show the full numbers on my thyroid test",
        ],
        &["报告详情"],
    ),
    // movie_tickets__buy_tickets
    (
        &[
            "今晚和老婆看电影要中间的位子",
            "全家三口看动画片要三个挨着的",
            "想看首映赶紧把座位定下来",
            "请客户看电影买几张好位置",
            "two seats in the middle row for tonight",
        ],
        &["选座购票"],
    ),
    // movie_tickets__card_offers
    (
        &[
            "听说用这家银行卡周末看电影便宜",
            "想找个打折的方法带孩子看电影",
            "信用卡有没有看电影的福利",
            "any cheap cinema deals for cardholders",
        ],
        &["观影优惠"],
    ),
    // movie_tickets__change_showtime
    (
        &[
            "晚饭吃久了赶不上七点那场换九点的",
            "孩子睡着了想换到明天同一家的场",
            "下班晚了电影想推后一场",
            "change my movie to the 9pm screening",
        ],
        &["电影票改签"],
    ),
    // movie_tickets__my_tickets
    (
        &[
            "站在取票机前想不起取票码",
            "朋友问我买的是几排几号",
            "进了影城不知道该去哪个厅",
            "检票员要看电子票",
            "friend is at the gate waiting, what's our seat row",
        ],
        &["我的电影票"],
    ),
    // movie_tickets__now_showing
    (
        &[
            "国庆假期想看电影最近上啥了",
            "听说有部新片口碑很好上了没",
            "带爸妈看电影有没有适合老人的",
            "下雨天没处去干脆看电影最近有啥",
            "which new films came out this week",
        ],
        &["热映"],
    ),
    // movie_tickets__refund_tickets
    (
        &[
            "买完票老婆说不想看了",
            "影院说那场设备故障钱得退我",
            "临时有饭局电影看不成了",
            "买错了日期想把钱拿回来",
            "bought the wrong day, get my ticket money back",
        ],
        &["电影票退票"],
    ),
    // movie_tickets__showtimes
    (
        &[
            "晚上九点以后还有没有场次",
            "想看那部片附近哪家有IMAX厅",
            "周六上午带孩子看有没有早点的场",
            "离公司近的影院几点放",
            "what time does the cinema near me show it",
        ],
        &["排片"],
    ),
    // music_vip__auto_renew
    (
        &[
            "听歌会员一断歌单就用不了想自动续",
            "包月比单买便宜想开那种",
            "反正天天听歌干脆每月自动扣",
            "auto-renew my music membership each month",
        ],
        &["音乐会员连续包月"],
    ),
    // music_vip__buy_vip
    (
        &[
            "喜欢的歌手新专辑只有会员能听",
            "开车听歌老是插广告",
            "坐飞机想提前下好歌路上听",
            "女儿想听的歌要会员给她开一个",
            "new album is members-only, subscribe me",
        ],
        &["开通音乐会员"],
    ),
    // music_vip__cancel_auto_renew
    (
        &[
            "信用卡账单每月有个听歌的扣费不想要了",
            "换了手机自带的音乐那个别续了",
            "孩子的听歌会员别再自动扣了",
            "stop my music app billing me every month",
        ],
        &["音乐会员续费"],
    ),
    // music_vip__membership_status
    (
        &[
            "歌单里的歌突然都变灰了是不是到期了",
            "想知道听歌会员还剩几天",
            "车上连手机听歌提示要开会员",
            "check when my music membership runs out",
        ],
        &["音乐会员状态"],
    ),
    // music_vip__plans
    (
        &[
            "听歌的会员现在一个月多少钱",
            "想开个听歌的先看看年费划不划算",
            "听歌加视频一起的那种多少",
            "how much is a music membership per year",
        ],
        &["音乐会员价格"],
    ),
    // music_vip__upgrade_tier
    (
        &[
            "买了几千块的耳机想听更好的音质",
            "家里装了音响想听高品质的",
            "想听杜比全景声现在的档次不够",
            "upgrade to the hi-fi tier of my music plan",
        ],
        &["音乐会员升级"],
    ),
    // online_doctor__book_video_call
    (
        &[
            "妈妈打字慢想约个医生打电话问",
            "孩子的疹子想让医生视频里直接看",
            "下班后晚上想跟医生视频聊聊",
            "想约个时间跟医生通电话说说情况",
            "book a phone call with a doctor tonight",
        ],
        &["视频问诊"],
    ),
    // online_doctor__cancel_consultation
    (
        &[
            "等了半天医生没回想把钱退了",
            "付完钱发现挂错科了医生还没回",
            "孩子已经退烧了那个问诊不用了",
            "doctor hasn't answered, cancel and refund",
        ],
        &["取消问诊"],
    ),
    // online_doctor__find_doctors
    (
        &[
            "宝宝湿疹反反复复想找个皮肤科医生",
            "出差在外地胃疼想找个医生线上问",
            "最近老睡不着想找个心理医生聊聊",
            "老人血糖控制不好想找内分泌专家",
            "find me an online paediatrician right now",
        ],
        &["找医生"],
    ),
    // online_doctor__list_consultations
    (
        &[
            "上周问过医生的话想翻出来看看",
            "医生上次说药吃几天来着",
            "想把问诊内容截图给老婆看",
            "找找上回给孩子看病的那个医生",
            "what did the doctor say about my cough last month",
        ],
        &["问诊记录"],
    ),
    // online_doctor__rate_doctor
    (
        &[
            "那个医生半夜还回复太感动了想好评",
            "医生只回两句就结束了想反馈",
            "想给看病的医生打个分",
            "rate the doctor who helped my son",
        ],
        &["评价医生"],
    ),
    // online_doctor__renew_prescription
    (
        &[
            "糖尿病的药每个月都一样想直接续",
            "医生开的那个降脂药快吃完了",
            "甲减一直吃同一种药又要开了",
            "老妈的降压药又快见底了不想跑医院",
            "refill my usual blood pressure meds online",
        ],
        &["续方"],
    ),
    // online_doctor__start_consultation
    (
        &[
            "孩子摔了一跤额头肿了拍照问问",
            "吃了海鲜身上起包想发图问问",
            "伤口缝针后有点红肿发照片问问",
            "怀孕了能不能吃这个药想问一句",
            "send a picture of my swollen ankle to a doctor",
        ],
        &["图文"],
    ),
    // online_mall__cancel_order
    (
        &[
            "下单后发现地址是老房子的还没发货撤了",
            "手滑买成了黑色想撤单重下",
            "老板说不用我买了公司统一采购",
            "cancel my order before it ships",
        ],
        &["取消商城"],
    ),
    // online_mall__confirm_receipt
    (
        &[
            "快递拿到试了没毛病让卖家收钱",
            "收到货好几天订单还挂着没完结",
            "商家催我点收货东西确实到了",
            "got it, close the order as received",
        ],
        &["确认收货"],
    ),
    // online_mall__installment_order
    (
        &[
            "想换个手机但分期慢慢还压力小",
            "婚房的电视一次付太多分几个月",
            "孩子上网课要电脑钱不凑手",
            "split the TV payment over six months",
        ],
        &["分期购买"],
    ),
    // online_mall__my_orders
    (
        &[
            "去年在这买的电视想找保修的单子",
            "想看看还有哪单没付款",
            "帮爸妈买过的东西想找订单",
            "did I ever pay for that order I left in the cart",
        ],
        &["我的商城"],
    ),
    // online_mall__place_order
    (
        &[
            "那台电饭煲看好了直接全款拿下",
            "冰箱今早罢工了现在就得买一台",
            "老婆生日那条项链直接买了寄到家",
            "buy that blender now, pay in full",
        ],
        &["商城下单"],
    ),
    // online_mall__refund_only
    (
        &[
            "物流显示签收了我啥也没收到",
            "少发了一个配件不用寄回直接退钱",
            "杯子碎了卖家说不用寄回退钱",
            "never got the parcel, just refund me",
        ],
        &["仅退款"],
    ),
    // online_mall__return_refund
    (
        &[
            "买的鞋小一码想寄回去退钱",
            "吹风机用一次就不热了想退",
            "收到的窗帘尺寸不对要退货",
            "send back the jacket for a refund",
        ],
        &["申请退货退款"],
    ),
    // online_mall__search_products
    (
        &[
            "新房要买个扫地机器人看看有啥",
            "想给老爸挑个剃须刀当生日礼物",
            "孩子开学要个学习平板看看价位",
            "夏天到了想换台空调看看款式",
            "looking for a decent air fryer",
        ],
        &["搜索商品"],
    ),
    // online_mall__track_shipment
    (
        &[
            "买的沙发说发货了到哪了",
            "送爸妈的按摩仪几天了还没到",
            "网上买的东西物流好几天没更新",
            "where is the laptop I ordered",
        ],
        &["查看物流"],
    ),
    // outpatient_pay__get_einvoice
    (
        &[
            "单位报销医药费要看病的电子票",
            "纸质发票弄丢了想重新拿一份",
            "个税大病扣除要看病的票",
            "company wants an official receipt for my hospital visit",
        ],
        &["票据"],
    ),
    // outpatient_pay__pay_fees
    (
        &[
            "化验前要先交钱手机上交了省得排队",
            "医生开完CT单赶紧付了去做",
            "抱着孩子看病不方便去窗口付钱",
            "pay for my son's clinic tests from my phone",
        ],
        &["门诊缴费"],
    ),
    // outpatient_pay__pay_with_insurance
    (
        &[
            "这次看病想从医保账户里扣",
            "忘带社保卡了想手机上刷医保",
            "开的药能报的那部分想直接走医保",
            "settle today's bill through my health insurance",
        ],
        &["医保在线结算"],
    ),
    // outpatient_pay__payment_history
    (
        &[
            "年底想算算全家看病花了多少",
            "上周那次看病付了多少来着",
            "报销要列出今年看门诊的花费",
            "show what I paid at the clinic last month",
        ],
        &["门诊缴费记录"],
    ),
    // outpatient_pay__query_unpaid
    (
        &[
            "检查室说没缴费不给做先看看要交啥",
            "医生说开了三张单子不知道哪些没交",
            "陪爸看病不知道他还有哪些费没结",
            "clinic says there's an unpaid item on my card",
        ],
        &["待缴费"],
    ),
    // outpatient_pay__request_refund
    (
        &[
            "检查排不上号不做了钱要退",
            "开的药过敏了没拿想退钱",
            "医生开错了单已经付了要退",
            "refund the test I paid for but didn't take",
        ],
        &["门诊退费"],
    ),
    // pharmacy__cancel_order
    (
        &[
            "下单后邻居送了我一盒不用买了",
            "医生说换药了刚买的还没发撤了",
            "买错了剂量想取消重下",
            "cancel the medicine order, it hasn't left yet",
        ],
        &["取消买药"],
    ),
    // pharmacy__delete_reminder
    (
        &[
            "那盒药吃完了不用再喊我吃了",
            "换了一种药原来那个时间的提醒不要了",
            "老妈住院了家里的吃药提醒不用了",
            "finished the antibiotics, no more pill alerts",
        ],
        &["删除用药"],
    ),
    // pharmacy__list_orders
    (
        &[
            "上回买的那个胃药叫啥来着想再买",
            "想算算今年买药花了多少",
            "给爸买过的降压药是哪个牌子",
            "which brand of allergy pills did I buy last time",
        ],
        &["我的买药"],
    ),
    // pharmacy__place_order
    (
        &[
            "孩子半夜发烧家里没退烧药了",
            "感冒了起不来床让人送点药来",
            "老人的钙片吃完了买几瓶寄到老家",
            "deliver some cold medicine to my flat",
        ],
        &["下单买药"],
    ),
    // pharmacy__search_drugs
    (
        &[
            "牙疼得厉害有啥止疼药能买",
            "孩子长了口腔溃疡有啥药",
            "老人便秘想找点药看看",
            "something for a sore throat, what's there",
        ],
        &["搜索药品"],
    ),
    // pharmacy__set_reminder
    (
        &[
            "爸刚出院要每天按时吃好几种药",
            "孩子吃抗生素一天三顿怕忘",
            "自己老忘吃避孕药想定个闹",
            "dad just left hospital with five meds, help him not forget",
        ],
        &["设置用药"],
    ),
    // pharmacy__track_order
    (
        &[
            "药说半小时到现在还没来",
            "买的感冒药骑手出发没",
            "昨天买的药快递到哪了",
            "kid has a fever and the medicine still hasn't come",
        ],
        &["药品配送"],
    ),
    // pharmacy__upload_prescription
    (
        &[
            "医生开的单子拍照了想网上照着买",
            "买处方药提示要审核医生的方子",
            "医院药房缺货想拿方子去网上买",
            "upload my doctor's script to buy the antibiotics",
        ],
        &["上传处方"],
    ),
    // scenic_tickets__annual_pass
    (
        &[
            "家里娃每个月都要去趟欢乐谷买票太亏",
            "家门口的植物园想办个一年随便进的",
            "老两口每天早上去公园锻炼想办个长期的",
            "year pass for the theme park, we go monthly",
        ],
        &["年卡"],
    ),
    // scenic_tickets__buy_ticket
    (
        &[
            "明天带孩子去海洋馆先把票买了",
            "学生证能半价想买两张进山的票",
            "和老同学约好去爬山给大家买票",
            "buy four tickets for the aquarium tomorrow",
        ],
        &["景区门票"],
    ),
    // scenic_tickets__crowd_level
    (
        &[
            "国庆去西湖会不会挤爆",
            "现在去寺里烧香人多吗",
            "推着婴儿车怕太挤先看看人多不多",
            "bringing grandma, are the crowds bad at the temple now",
        ],
        &["客流"],
    ),
    // scenic_tickets__my_tickets
    (
        &[
            "闸机要扫码我那张票在哪",
            "帮爸妈买的票他们在门口问我要",
            "忘了买的是上午场还是下午场",
            "show the QR for my zoo ticket",
        ],
        &["我的门票"],
    ),
    // scenic_tickets__refund_ticket
    (
        &[
            "景区说明天大风封山票退了吧",
            "孩子临时要补课去不了了",
            "买了两天的票只玩了一天第二天的退",
            "the mountain's closed tomorrow, refund my tickets",
        ],
        &["门票退票"],
    ),
    // scenic_tickets__reserve_entry
    (
        &[
            "老人免票但景区说也得先登记时段",
            "有年卡周末去还得提前约个时段",
            "那个古镇限流要先约才能进",
            "free entry but the palace needs a booked time slot",
        ],
        &["预约入园"],
    ),
    // scenic_tickets__search_spots
    (
        &[
            "出差多待一天想在附近转转有啥好去处",
            "秋天想看红叶附近哪里好",
            "带外国朋友逛逛有啥值得去的",
            "孩子放假想去能看动物的地方",
            "any nice hiking spots near the city",
        ],
        &["搜索景点"],
    ),
    // sports_venue__book_court
    (
        &[
            "周六约了客户打网球先把场订了",
            "同学聚会想包个篮球场打一下午",
            "每周三晚上固定打羽毛球订两小时",
            "got four friends for badminton at 7, grab us a court",
        ],
        &["订场"],
    ),
    // sports_venue__cancel_booking
    (
        &[
            "腰扭了这周的球打不了场退了",
            "客户临时说不来了球场不要了",
            "天太热了大家不想打了那场取消",
            "cancel the court, nobody can make it",
        ],
        &["取消场地"],
    ),
    // sports_venue__change_booking
    (
        &[
            "打球时间和开会撞了换到晚上",
            "想从室外换到室内那片场地",
            "周五那场改成周六同一时间",
            "switch my court to the indoor one",
        ],
        &["改签场地"],
    ),
    // sports_venue__court_availability
    (
        &[
            "今晚七点到九点还有没有羽毛球场",
            "周日上午网球场空着吗",
            "临时凑齐了人现在能去打吗",
            "any free basketball court this afternoon",
        ],
        &["空闲"],
    ),
    // sports_venue__list_bookings
    (
        &[
            "球友在门口等我问场地编号",
            "忘了订的是哪个场馆",
            "想看看这周订了几次场",
            "what time did I book the tennis court",
        ],
        &["我的场地订单"],
    ),
    // sports_venue__search_venues
    (
        &[
            "出差住酒店想找个游泳的地方",
            "公司年会想找个能打乒乓球的场子",
            "孩子想玩攀岩附近有没有馆",
            "where can I play squash near the office",
        ],
        &["运动场馆"],
    ),
    // supermarket__cancel_order
    (
        &[
            "楼下便利店已经买到了超市那单不要了",
            "地址选错了趁没拣货撤掉",
            "临时要出差超市的东西别送了",
            "cancel the store order before they pick it",
        ],
        &["取消超市"],
    ),
    // supermarket__nearby_supermarkets
    (
        &[
            "深夜孩子要奶粉附近哪家超市还开着",
            "刚到外地出差想买点日用品",
            "下班路上想顺路拿点东西哪有超市",
            "which supermarkets deliver to my new flat",
        ],
        &["附近超市"],
    ),
    // supermarket__order_status
    (
        &[
            "超市买的东西打包好没我去拿",
            "日用品说一小时送到还没影",
            "超市那单发出来没有",
            "guests arriving soon, has the store sent my drinks",
        ],
        &["超市订单状态"],
    ),
    // supermarket__place_order
    (
        &[
            "家里来客人要几箱啤酒送过来",
            "下雨天不想出门日用品让超市送",
            "纸巾洗衣液一起买了送到家",
            "order toilet paper and rice for delivery",
        ],
        &["超市下单"],
    ),
    // supermarket__return_goods
    (
        &[
            "买的饼干拆开发现过期了",
            "送来的鸡蛋碎了一半",
            "洗发水发错了牌子要退",
            "got a leaking bottle from the store, return it",
        ],
        &["超市退货"],
    ),
    // supermarket__search_goods
    (
        &[
            "想买箱矿泉水看看啥价",
            "家里洗洁精用完了看看有啥牌子",
            "孩子要的那种酸奶超市有没有",
            "does the store have gluten-free bread",
        ],
        &["超市商品"],
    ),
    // tencent_video__auto_renew
    (
        &[
            "腾讯会员一个月一个月买太麻烦设自动扣",
            "腾讯视频包月更便宜开那个",
            "不想每次到期再开腾讯了",
            "I watch Tencent every night, just bill me each month",
        ],
        &["腾讯视频连续包月"],
    ),
    // tencent_video__buy_vip
    (
        &[
            "腾讯上那部古装剧后面几集锁着了",
            "寒假在家想刷腾讯的动漫",
            "腾讯视频片头广告太长不想看",
            "the anime I follow is VIP-only on Tencent",
        ],
        &["开通腾讯"],
    ),
    // tencent_video__cancel_auto_renew
    (
        &[
            "腾讯视频每月扣钱我都忘了这回事",
            "不追剧了腾讯会员别自动续",
            "信用卡账单上有腾讯视频扣款想停",
            "stop the automatic Tencent Video billing",
        ],
        &["取消腾讯"],
    ),
    // tencent_video__gift_vip
    (
        &[
            "想给异地的男朋友开个腾讯会员",
            "腾讯视频送给爸妈一年",
            "同事帮了忙送他个腾讯会员表示感谢",
            "send a month of Tencent Video to my sister",
        ],
        &["赠送"],
    ),
    // tencent_video__membership_status
    (
        &[
            "腾讯的剧看着看着提示开会员",
            "腾讯视频还能用几天",
            "腾讯会员是不是被自动续了",
            "when does my Tencent VIP expire",
        ],
        &["腾讯视频会员状态"],
    ),
    // tencent_video__plans
    (
        &[
            "腾讯视频会员有哪几档想比比",
            "腾讯视频能在电视上看的那种多少钱",
            "腾讯视频包年划不划算",
            "new TV at home, what does Tencent VIP cost for it",
        ],
        &["腾讯视频会员套餐"],
    ),
    // tour_package__add_travellers
    (
        &[
            "报团后旅行社要每个人的证件号",
            "临时多了个同事一起去信息还没填",
            "孩子的护照办下来了要补进去",
            "add my mum's passport to the tour booking",
        ],
        &["出游人"],
    ),
    // tour_package__book_package
    (
        &[
            "就定那个海南五日游两大一小",
            "结婚十周年报个海岛自由行",
            "妈说想去新疆就给她报那个团",
            "book the Yunnan tour for two adults",
        ],
        &["预订旅游"],
    ),
    // tour_package__cancel_package
    (
        &[
            "孩子突然要做手术旅游去不成了",
            "老板不批假了那个团退了",
            "那边发大水了团不去了",
            "dad's in hospital, we can't go on the tour",
        ],
        &["取消旅游"],
    ),
    // tour_package__my_trips
    (
        &[
            "去年报的团是哪家旅行社",
            "暑假报的那个团哪天出发",
            "看看报的团尾款付了没有",
            "which departure date did I pick for the Japan tour",
        ],
        &["度假"],
    ),
    // tour_package__search_packages
    (
        &[
            "年假七天想出国玩有啥线路",
            "公司团建想找个两天的周边游",
            "想带老人去看长城有没有慢节奏的团",
            "what holiday packages are there for Thailand",
        ],
        &["搜索旅游"],
    ),
    // tour_package__tour_notice
    (
        &[
            "后天出发几点在机场哪集合",
            "导游会不会提前联系想看看安排",
            "要带几件厚衣服想看看行前提醒",
            "flying out with the group Friday, what's the meeting point",
        ],
        &["出团通知"],
    ),
    // train_ticket__add_passenger
    (
        &[
            "以后常给老婆买票先把她加上",
            "孩子满六岁要买票了先登记",
            "帮外地同事买票得先存他信息",
            "save my colleague so I can buy his train tickets",
        ],
        &["乘车人"],
    ),
    // train_ticket__book_ticket
    (
        &[
            "录取了要去学校报到买张高铁",
            "给爸妈买回老家的卧铺",
            "周五下班坐高铁回家先买了",
            "book me the 8am train to Nanjing",
        ],
        &["购买火车票"],
    ),
    // train_ticket__change_ticket
    (
        &[
            "会议延长一天回程得往后推",
            "孩子发烧了推迟两天再走",
            "事提前办完了想坐早一班走",
            "switch my train to tomorrow morning",
        ],
        &["火车票改签"],
    ),
    // train_ticket__my_orders
    (
        &[
            "爸问我给他买的是几点的车",
            "想看看回程的票买没买",
            "上了车忘了是几号车厢",
            "what seat did I get on tomorrow's train",
        ],
        &["我的火车票"],
    ),
    // train_ticket__refund_ticket
    (
        &[
            "领导说不用去开会了车票用不上",
            "买了两张同行的朋友不去了退一张",
            "老家婚礼取消了回去的票退掉",
            "the conference is cancelled, I want the rail fare back",
        ],
        &["火车票退票"],
    ),
    // train_ticket__search_trains
    (
        &[
            "五一想去杭州看看还有座没",
            "明天一早去省城开会有哪些车次",
            "过年回家卧铺还剩没",
            "any high-speed train to Xi'an tonight",
        ],
        &["余票"],
    ),
    // train_ticket__train_status
    (
        &[
            "接站的人问火车几点到",
            "大雾天怕高铁停运",
            "坐的车好像慢了会晚到多少",
            "waiting at the station for my mum, is her train late",
        ],
        &["晚点"],
    ),
    // train_ticket__waitlist
    (
        &[
            "十一回家的票显示没了想排着",
            "卧铺没了想等有人退",
            "想坐那趟直达可惜卖完了",
            "put me on the waitlist for the sold-out train",
        ],
        &["候补"],
    ),
    // training_course__book_trial
    (
        &[
            "孩子说想学画画先让他上一节试试",
            "想学吉他怕坚持不了先体验一下",
            "对那个英语机构不放心先听一节",
            "book my daughter a trial dance lesson",
        ],
        &["试听"],
    ),
    // training_course__buy_course
    (
        &[
            "孩子试完游泳很喜欢就报整期",
            "想考会计先把网课买了",
            "老婆想学烘焙给她报个班",
            "pay for the full course of piano lessons",
        ],
        &["购买课程"],
    ),
    // training_course__buy_in_installments
    (
        &[
            "编程班两万块想每月还一点",
            "给孩子报了一年的课一次拿不出",
            "考研班太贵了想分开付",
            "the coding bootcamp is 20k, can I spread it out",
        ],
        &["课程分期"],
    ),
    // training_course__my_courses
    (
        &[
            "想算算孩子的钢琴还能上几节",
            "书法班还有多少节没上",
            "孩子英语课用了多少节了",
            "how many of my son's art classes are still unused",
        ],
        &["课时"],
    ),
    // training_course__request_refund
    (
        &[
            "孩子学了几节实在不喜欢剩下的退了",
            "机构老师都走了剩下的课不想上了",
            "要出国了剩的课时退钱",
            "want a refund for lessons we won't use",
        ],
        &["退课"],
    ),
    // training_course__reschedule_lesson
    (
        &[
            "孩子周末要去外婆家那节课挪一下",
            "这周感冒了英语课改到下周",
            "学校运动会和兴趣班撞了换个时间",
            "move my son's Saturday class",
        ],
        &["调课"],
    ),
    // training_course__search_courses
    (
        &[
            "孩子坐不住想给他找个运动类的班",
            "下岗了想学门手艺",
            "想学做咖啡附近有没有课",
            "any weekend coding classes for kids",
        ],
        &["培训"],
    ),
    // tuition__bind_student
    (
        &[
            "孩子考上高中了以后学费我来交",
            "给外甥交学费得先关联他",
            "老大上大学了要加到我这里",
            "link my son's student number to pay his fees",
        ],
        &["绑定学生"],
    ),
    // tuition__get_receipt
    (
        &[
            "单位子女教育补贴要学费票据",
            "申请贷款要交过学费的证明",
            "学校说电子收据可以自己下载",
            "download the official tuition receipt",
        ],
        &["缴费凭证"],
    ),
    // tuition__pay_fees
    (
        &[
            "开学注册前学费得交上",
            "辅导员说不交学费没法选课",
            "孩子在学校急着报到让我把钱转了",
            "pay my son's school fees before the deadline",
        ],
        &["缴纳学费"],
    ),
    // tuition__payment_history
    (
        &[
            "申请奖学金要列这几年交的学费",
            "不确定上学期住宿费交没交",
            "想算算大学四年一共花了多少学费",
            "list my tuition payments for the past years",
        ],
        &["学费缴费记录"],
    ),
    // tuition__query_fees
    (
        &[
            "新学期住宿费和书本费一共多少",
            "学校通知补交学费欠多少",
            "孩子说还有杂费没交是多少",
            "what fees does my daughter owe this term",
        ],
        &["应缴"],
    ),
    // tuition__tuition_installment
    (
        &[
            "大学学费一下交一万多太吃力",
            "俩孩子同时开学学费想分期交",
            "留学学费几十万想分月还",
            "spread the tuition bill over twelve months",
        ],
        &["学费分期"],
    ),
    // tuition__unbind_student
    (
        &[
            "孩子出国读书了国内学校的关联去掉",
            "绑了侄子的学号现在不用我交了",
            "孩子升学换了学校原来的删掉",
            "remove my daughter, she's finished school",
        ],
        &["解绑学生"],
    ),
    // vaccine__book_vaccination
    (
        &[
            "孩子八个月了该打麻疹那针了",
            "要出国读书学校要求补打针",
            "入冬前想给爸妈打个流感",
            "book my mum in for the flu shot",
        ],
        &["预约接种"],
    ),
    // vaccine__cancel_vaccination
    (
        &[
            "刚发现怀孕了约的针先不打",
            "医生说等孩子感冒好了再打约的撤掉",
            "宝宝这两天拉肚子不能打",
            "cancel the jab, my baby has diarrhoea",
        ],
        &["取消接种"],
    ),
    // vaccine__child_schedule
    (
        &[
            "孩子三岁了还有哪些针要打",
            "二胎妈妈忘了啥时候打什么针",
            "宝宝快满月了接下来打啥",
            "what vaccines does a two-year-old need",
        ],
        &["儿童免疫规划"],
    ),
    // vaccine__list_bookings
    (
        &[
            "给老人约的针是哪天",
            "社区发短信说约好了我想确认时间",
            "二宝的疫苗约在哪个门诊",
            "when's my HPV appointment",
        ],
        &["我的接种预约"],
    ),
    // vaccine__list_slots
    (
        &[
            "社区医院这周哪天能打",
            "请了周三的假看看那天有没有号",
            "想约个周六上午带孩子去打",
            "any slot at the community clinic on Saturday",
        ],
        &["接种门诊号源"],
    ),
    // vaccine__list_vaccines
    (
        &[
            "老人想打带状疱疹疫苗哪有",
            "女儿十五了想打HPV哪家有苗",
            "要去非洲出差得打黄热病疫苗",
            "which clinics have the shingles vaccine",
        ],
        &["可约疫苗"],
    ),
    // vaccine__stock_alert
    (
        &[
            "带状疱疹的苗一直没有来了告诉我",
            "社区说九价下月到到了通知我",
            "想打的那个苗缺货想等等",
            "tell me when the shingles vaccine arrives",
        ],
        &["到苗"],
    ),
    // vaccine__vaccination_record
    (
        &[
            "换了城市新社区问孩子打到第几针了",
            "不记得自己小时候打没打过乙肝",
            "医生问我破伤风上次打是哪年",
            "which jabs has my daughter already had",
        ],
        &["接种记录"],
    ),
    // visa_service__application_status
    (
        &[
            "材料交了十天了到哪一步了",
            "下周出发签证出来没",
            "领馆那边审核完了没有",
            "where is my visa application at",
        ],
        &["签证进度"],
    ),
    // visa_service__apply_visa
    (
        &[
            "要去美国开会自己填表太复杂找人办",
            "蜜月去欧洲还没办签",
            "爸妈去加拿大看孙子要办签",
            "too busy to deal with the embassy, have an agency do my Europe visa",
        ],
        &["代办签证"],
    ),
    // visa_service__cancel_application
    (
        &[
            "旅游泡汤了签证那单还没送签撤了",
            "改去免签国家了原来的签证不办了",
            "家里有事出不了国签证先撤",
            "withdraw my visa order, trip's cancelled",
        ],
        &["取消签证"],
    ),
    // visa_service__passport_return
    (
        &[
            "签证下来了护照寄到公司",
            "搬家了护照别寄到原来地址",
            "护照啥时候寄回来我下周要用",
            "I'm away on business, have the passport couriered to me",
        ],
        &["护照寄回"],
    ),
    // visa_service__requirements
    (
        &[
            "下个月去新加坡转机要不要签",
            "带孩子去澳洲探亲要准备啥",
            "公司派我去德国参展需要什么材料",
            "first trip to Vietnam, what paperwork do I need",
        ],
        &["签证办理要求"],
    ),
    // visa_service__upload_documents
    (
        &[
            "在职证明盖好章了要交上去",
            "白底照片拍好了传给签证那边",
            "房产证复印件要补给签证那边",
            "upload my employment letter for the visa",
        ],
        &["上传签证材料"],
    ),
];
