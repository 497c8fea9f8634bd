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
pub const SAID: &[super::Concept] = &[];
