//! The sandbox's static reference data: cities and their utility companies, branches,
//! loan products and the LPR, exchange rates, card products. Compiled in; never
//! changes at run time (all mutable state lives in the store, see `state`).

/// A city the sandbox bank operates in.
pub struct City {
    pub id: &'static str,
    /// Payees (Chinese and English name) for electricity, water and gas.
    pub electricity: &'static str,
    pub water: &'static str,
    pub gas: &'static str,
}

pub const CITIES: &[City] = &[
    City {
        id: "beijing",
        electricity: "国网北京市电力公司 State Grid Beijing Electric Power Company",
        water: "北京市自来水集团 Beijing Waterworks Group",
        gas: "北京燃气集团 Beijing Gas Group",
    },
    City {
        id: "shanghai",
        electricity: "国网上海市电力公司 State Grid Shanghai Municipal Electric Power Company",
        water: "上海城投水务 Shanghai Chengtou Water Group",
        gas: "上海燃气 Shanghai Gas",
    },
    City {
        id: "shenzhen",
        electricity: "深圳供电局 Shenzhen Power Supply Bureau",
        water: "深圳市水务集团 Shenzhen Water Group",
        gas: "深圳市燃气集团 Shenzhen Gas Corporation",
    },
    City {
        id: "guangzhou",
        electricity: "广州供电局 Guangzhou Power Supply Bureau",
        water: "广州市自来水公司 Guangzhou Water Supply Company",
        gas: "广州燃气集团 Guangzhou Gas Group",
    },
    City {
        id: "hangzhou",
        electricity: "国网杭州供电公司 State Grid Hangzhou Power Supply Company",
        water: "杭州水务集团 Hangzhou Water Group",
        gas: "杭州市燃气集团 Hangzhou Gas Group",
    },
];

pub const UTILITIES: &[&str] = &["electricity", "water", "gas"];

impl City {
    pub fn payee(&self, utility: &str) -> &'static str {
        match utility {
            "electricity" => self.electricity,
            "water" => self.water,
            _ => self.gas,
        }
    }
}

pub const SERVICES: &[&str] = &[
    "cash",
    "account_opening",
    "wealth",
    "foreign_exchange",
    "mortgage",
];

const ALL: &[&str] = SERVICES;
const RETAIL_FX: &[&str] = &["cash", "account_opening", "wealth", "foreign_exchange"];
const RETAIL_MORTGAGE: &[&str] = &["cash", "account_opening", "mortgage"];
const RETAIL_WEALTH_MORTGAGE: &[&str] = &["cash", "account_opening", "wealth", "mortgage"];
const CASH_FX: &[&str] = &["cash", "account_opening", "foreign_exchange"];

pub struct Branch {
    pub id: &'static str,
    pub city: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
    pub address: &'static str,
    pub phone: &'static str,
    pub services: &'static [&'static str],
}

pub const HOURS: &str = "Mon–Fri 09:00–17:00, Sat 09:00–12:00, closed Sun (周一至周五 09:00–17:00，周六 09:00–12:00，周日休息)";

/// Appointment slots (start of a one-hour slot) on weekdays; Saturdays use the first three.
pub const SLOTS: &[&str] = &[
    "09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00",
];
pub const SATURDAY_SLOTS: usize = 3;
/// Appointments per branch, date and slot.
pub const SLOT_CAPACITY: i64 = 2;
/// How far ahead a visit can be booked.
pub const BOOKING_HORIZON_DAYS: i64 = 30;

pub const BRANCHES: &[Branch] = &[
    Branch {
        id: "BJ001",
        city: "beijing",
        name: "示范银行北京西单支行",
        name_en: "Demo Bank Beijing Xidan Sub-branch",
        address: "北京市西城区西单北大街131号",
        phone: "010-6602 1188",
        services: ALL,
    },
    Branch {
        id: "BJ002",
        city: "beijing",
        name: "示范银行北京国贸支行",
        name_en: "Demo Bank Beijing Guomao Sub-branch",
        address: "北京市朝阳区建国门外大街1号国贸写字楼1座1层",
        phone: "010-6505 3366",
        services: RETAIL_FX,
    },
    Branch {
        id: "BJ003",
        city: "beijing",
        name: "示范银行北京中关村支行",
        name_en: "Demo Bank Beijing Zhongguancun Sub-branch",
        address: "北京市海淀区中关村大街27号",
        phone: "010-8262 5500",
        services: RETAIL_MORTGAGE,
    },
    Branch {
        id: "SH001",
        city: "shanghai",
        name: "示范银行上海陆家嘴支行",
        name_en: "Demo Bank Shanghai Lujiazui Sub-branch",
        address: "上海市浦东新区陆家嘴环路1000号",
        phone: "021-5888 6600",
        services: ALL,
    },
    Branch {
        id: "SH002",
        city: "shanghai",
        name: "示范银行上海南京西路支行",
        name_en: "Demo Bank Shanghai West Nanjing Road Sub-branch",
        address: "上海市静安区南京西路1266号",
        phone: "021-6288 1199",
        services: RETAIL_FX,
    },
    Branch {
        id: "SH003",
        city: "shanghai",
        name: "示范银行上海徐家汇支行",
        name_en: "Demo Bank Shanghai Xujiahui Sub-branch",
        address: "上海市徐汇区漕溪北路88号",
        phone: "021-6438 7700",
        services: RETAIL_MORTGAGE,
    },
    Branch {
        id: "SZ001",
        city: "shenzhen",
        name: "示范银行深圳福田支行",
        name_en: "Demo Bank Shenzhen Futian Sub-branch",
        address: "深圳市福田区深南大道6008号",
        phone: "0755-8298 1166",
        services: ALL,
    },
    Branch {
        id: "SZ002",
        city: "shenzhen",
        name: "示范银行深圳南山科技园支行",
        name_en: "Demo Bank Shenzhen Nanshan Science Park Sub-branch",
        address: "深圳市南山区科苑南路2666号",
        phone: "0755-8663 2288",
        services: RETAIL_WEALTH_MORTGAGE,
    },
    Branch {
        id: "GZ001",
        city: "guangzhou",
        name: "示范银行广州天河支行",
        name_en: "Demo Bank Guangzhou Tianhe Sub-branch",
        address: "广州市天河区天河路385号",
        phone: "020-3886 6611",
        services: ALL,
    },
    Branch {
        id: "GZ002",
        city: "guangzhou",
        name: "示范银行广州越秀支行",
        name_en: "Demo Bank Guangzhou Yuexiu Sub-branch",
        address: "广州市越秀区北京路328号",
        phone: "020-8333 4477",
        services: CASH_FX,
    },
    Branch {
        id: "HZ001",
        city: "hangzhou",
        name: "示范银行杭州西湖支行",
        name_en: "Demo Bank Hangzhou West Lake Sub-branch",
        address: "杭州市西湖区文三路90号",
        phone: "0571-8788 5522",
        services: RETAIL_WEALTH_MORTGAGE,
    },
    Branch {
        id: "HZ002",
        city: "hangzhou",
        name: "示范银行杭州钱江新城支行",
        name_en: "Demo Bank Hangzhou Qianjiang New Town Sub-branch",
        address: "杭州市上城区富春路290号",
        phone: "0571-8699 3311",
        services: ALL,
    },
];

pub fn branch(id: &str) -> Option<&'static Branch> {
    BRANCHES.iter().find(|b| b.id == id)
}

// ---- loans -------------------------------------------------------------------

/// The Loan Prime Rate in basis points, as published on `LPR_AS_OF`.
pub const LPR_1Y_BP: i64 = 300;
pub const LPR_5Y_BP: i64 = 350;
pub const LPR_AS_OF: &str = "2025-05-20";
pub const LPR_SOURCE: &str = "LPR published by the National Interbank Funding Center";

pub struct LoanProduct {
    pub id: &'static str,
    pub name: &'static str,
    pub spread_bp: i64,
    pub max_term_months: i64,
}

pub const LOAN_PRODUCTS: &[LoanProduct] = &[
    LoanProduct {
        id: "personal_consumer",
        name: "个人消费贷款 Personal consumer loan",
        spread_bp: 50,
        max_term_months: 60,
    },
    LoanProduct {
        id: "mortgage_first_home",
        name: "首套住房贷款 First-home mortgage",
        spread_bp: -45,
        max_term_months: 360,
    },
    LoanProduct {
        id: "mortgage_second_home",
        name: "二套住房贷款 Second-home mortgage",
        spread_bp: 5,
        max_term_months: 360,
    },
    LoanProduct {
        id: "business_operating",
        name: "个人经营贷款 Business operating loan",
        spread_bp: 35,
        max_term_months: 120,
    },
];

// ---- exchange rates ------------------------------------------------------------

pub struct Currency {
    pub code: &'static str,
    /// Units of the currency a rate is quoted for (100 for JPY).
    pub unit: i64,
    /// Middle rate: CNY per `unit`, in 1/10000 CNY.
    pub mid4: i64,
    /// The bank's spread either side of the middle rate, basis points.
    pub spread_bp: i64,
}

pub const CURRENCIES: &[Currency] = &[
    Currency {
        code: "USD",
        unit: 1,
        mid4: 71_000,
        spread_bp: 30,
    },
    Currency {
        code: "EUR",
        unit: 1,
        mid4: 77_500,
        spread_bp: 35,
    },
    Currency {
        code: "HKD",
        unit: 1,
        mid4: 9_100,
        spread_bp: 30,
    },
    Currency {
        code: "JPY",
        unit: 100,
        mid4: 47_800,
        spread_bp: 40,
    },
    Currency {
        code: "GBP",
        unit: 1,
        mid4: 90_500,
        spread_bp: 40,
    },
    Currency {
        code: "AUD",
        unit: 1,
        mid4: 46_500,
        spread_bp: 50,
    },
    Currency {
        code: "CAD",
        unit: 1,
        mid4: 51_500,
        spread_bp: 50,
    },
    Currency {
        code: "SGD",
        unit: 1,
        mid4: 54_500,
        spread_bp: 50,
    },
    Currency {
        code: "CHF",
        unit: 1,
        mid4: 80_500,
        spread_bp: 50,
    },
];

pub fn currency(code: &str) -> Option<&'static Currency> {
    CURRENCIES.iter().find(|c| c.code == code)
}

// ---- cards ---------------------------------------------------------------------

pub const CARD_PRODUCTS: &[&str] = &[
    "示范银行白金信用卡 Demo Bank Platinum Credit Card",
    "示范银行金卡信用卡 Demo Bank Gold Credit Card",
    "示范银行旅行联名信用卡 Demo Bank Travel Co-branded Credit Card",
];

pub const DEBIT_CARD_PRODUCT: &str = "示范银行借记卡 Demo Bank Debit Card";

pub const APPLICATION_STATUSES: &[&str] = &[
    "submitted",
    "under_review",
    "approved",
    "card_mailed",
    "activated",
    "rejected",
];

pub fn next_step(status: &str) -> &'static str {
    match status {
        "submitted" => {
            "资料已提交，等待审核。 The application has been received and is waiting for review."
        }
        "under_review" => {
            "审核中，通常需要3–5个工作日；如需补充材料，银行会致电联系。 Under review, usually 3–5 working days; the bank will call if any document is missing."
        }
        "approved" => {
            "已批准，卡片将在2个工作日内寄出。 Approved; the card will be mailed within 2 working days."
        }
        "card_mailed" => {
            "卡片已寄出，请留意快递，收到后在App内激活。 The card has been mailed; activate it in the app when it arrives."
        }
        "activated" => "卡片已激活，可以正常使用。 The card is activated and ready to use.",
        _ => {
            "申请未通过，可在3个月后重新申请。 The application was not approved; the user may apply again after 3 months."
        }
    }
}
