//! Phrasings of loans, deposits, wealth, foreign exchange, insurance and social security.

/// (what a user says, catalogue words for what serves it)
pub const CONCEPTS: &[super::Concept] = &[
    // ---- bank_insurance ----
    // bank_insurance__quote
    (
        &[
            "保费+算一下",
            "重疾险+多少钱",
            "医疗险+多少钱",
            "寿险+多少钱",
            "保险+报费",
            "premium+estimate",
        ],
        &["保费测算", "Premium quote", "保额"],
    ),
    // bank_insurance__browse
    (
        &[
            "保险+推荐",
            "推荐+保险",
            "哪款+保险",
            "保险+怎么选",
            "年金险",
            "增额终身寿",
            "增额寿",
            "recommend+insurance",
            "which+insurance+buy",
            "life insurance+option",
        ],
        &["保险产品", "Browse insurance products"],
    ),
    // bank_insurance__buy
    (
        &[
            "健康告知",
            "就买+这款+保险",
            "下单+保险",
            "买一份+重疾险",
            "买一份+医疗险",
            "买份+意外险",
            "health disclosure",
            "take out+policy",
            "sign up+policy",
        ],
        &["投保", "Buy a policy", "健康告知"],
    ),
    // bank_insurance__policies
    (
        &[
            "买过+哪些保险",
            "买了+哪些保险",
            "在银行+买的保险",
            "银行+买的+保单",
            "我的+保险+有哪些",
            "what+policies+have",
            "insurance+i have",
            "list+my+policies",
        ],
        &["我的保单", "My policies"],
    ),
    // bank_insurance__pay_renewal
    (
        &[
            "保单+续费",
            "保险+交第二年",
            "保单+忘了交",
            "续期保费",
            "续期+交费",
            "renewal premium",
            "policy+lapse",
            "keep+policy+active",
        ],
        &["续期缴费", "续期保费", "Pay a renewal premium", "失效"],
    ),
    // bank_insurance__file_claim
    (
        &[
            "确诊+重疾",
            "骨折+保险",
            "意外+受伤+保险",
            "摔伤+保险",
            "理陪",
            "报案+保险+住院",
            "diagnosed+insurance",
            "injured+insurance+claim",
        ],
        &["申请理赔", "理赔报案", "File a claim"],
    ),
    // bank_insurance__surrender
    (
        &[
            "现金价值",
            "退保+能退多少",
            "退保+损失",
            "保险+退宝",
            "surrender value",
            "cash value+policy",
        ],
        &["退保", "现金价值", "Cancel a policy"],
    ),
    // ---- bank_securities ----
    // bank_securities__to_securities
    (
        &[
            "入金+证券",
            "入金+股票",
            "券商+入金",
            "股票账户+打钱",
            "证券账户+打钱",
            "券商+充钱",
            "股票账户+充值",
            "top up+brokerage",
            "deposit+brokerage",
            "move money+stock account",
        ],
        &["银行转证券", "银转证", "Transfer bank to brokerage"],
    ),
    // bank_securities__to_bank
    (
        &[
            "出金+证券",
            "出金+股票",
            "券商+出金",
            "证转银",
            "股票+卖了+转出",
            "券商+提现",
            "股票账户+提现",
            "withdraw+from+brokerage",
            "stock+sold+money+bank",
        ],
        &["证券转银行", "证转银", "Transfer brokerage to bank"],
    ),
    // bank_securities__securities_balance
    (
        &[
            "股票账户+可取",
            "可取资金",
            "证券+可用资金",
            "股票账户+能取多少",
            "券商+余额",
            "withdrawable+brokerage",
            "cash+brokerage+available",
        ],
        &["查询证券资金余额", "可取", "Brokerage cash balance"],
    ),
    // bank_securities__records
    (
        &[
            "银证转账+记录",
            "出入金",
            "入金+股票+记录",
            "转到+股票账户+记录",
            "证券+转账记录",
            "银证+流水",
            "brokerage+transfer+history",
            "transfers+brokerage+record",
        ],
        &["银证转账记录", "Transfer records"],
    ),
    // ---- biz_loan ----
    // biz_loan__repay
    (
        &[
            "经营贷+还款",
            "经营贷+还掉",
            "经营贷+先还",
            "经营贷+还一部分",
            "经营贷+还清",
            "repay+business loan",
            "pay back+business loan",
        ],
        &["归还经营贷", "Repay the business loan"],
    ),
    // biz_loan__assess_limit
    (
        &[
            "纳税+额度",
            "开票+额度",
            "发票+额度+贷款",
            "经营贷+额度+多少",
            "经营贷+能批",
            "business loan+limit",
            "tax+records+loan+limit",
        ],
        &[
            "评估经营贷额度",
            "经营贷额度",
            "Assess the business loan limit",
        ],
    ),
    // ---- car_loan ----
    // car_loan__repay
    (
        &[
            "车贷+补交",
            "车贷+补缴",
            "车贷+手动还",
            "车贷+卡里没钱",
            "车贷+没扣上",
            "car loan+payment+failed",
            "car payment+missed",
            "pay+car loan+installment",
        ],
        &["还车贷月供", "Pay the car loan installment"],
    ),
    // car_loan__change_repay_card
    (
        &[
            "车贷+换卡",
            "车贷+扣款卡",
            "车贷+换个卡",
            "car loan+change+card",
            "car loan+new card",
            "car loan+different card",
        ],
        &[
            "变更车贷扣款卡",
            "扣款卡",
            "Change the car loan deduction card",
        ],
    ),
    // car_loan__release_lien
    (
        &[
            "绿本+抵押",
            "登记证书+抵押",
            "解压+车贷",
            "release+lien",
            "lien+car",
            "car+title+release",
        ],
        &["申请解除抵押", "Request release of the vehicle lien"],
    ),
    // ---- cash_plus ----
    // cash_plus__withdraw_fast
    (
        &[
            "活钱+秒到",
            "活钱宝+秒到",
            "活钱+马上+到账",
            "活钱宝+实时+到账",
            "活钱+快速取",
            "快速取现",
            "cash+instant+withdraw",
            "money+out+right now+cash",
        ],
        &["快速转出", "Instant withdrawal"],
    ),
    // cash_plus__withdraw_normal
    (
        &[
            "活钱+转出+大额",
            "活钱+超过1万",
            "活钱+超过一万",
            "活钱宝+全部转出",
            "活钱宝+转出+明天到",
            "活钱+全取出来",
            "withdraw+all+cash product",
            "standard+withdrawal+cash",
        ],
        &["普通转出", "Standard withdrawal"],
    ),
    // cash_plus__earnings
    (
        &[
            "活钱宝+赚了多少",
            "活钱+收益+多少",
            "活钱+利息+多少",
            "cash product+earn",
            "cash management+yield",
        ],
        &["活钱收益", "Cash product earnings", "七日年化"],
    ),
    // cash_plus__auto_sweep
    (
        &[
            "余额+超过+自动+转入",
            "工资+到账+自动转",
            "活钱+自动转入",
            "auto+top up+cash",
            "sweep+salary+cash",
        ],
        &["设置自动转入", "工资自动转入", "Set automatic top-up"],
    ),
    // ---- consumer_loan ----
    // consumer_loan__application_status
    (
        &[
            "贷款+批了没",
            "贷款+批下来没",
            "贷款+审核+多久",
            "贷款+审批+进度",
            "贷款+通过没",
            "贷款申请+结果",
            "loan+approved+yet",
            "loan+decision",
        ],
        &[
            "查询贷款申请进度",
            "Check the loan application status",
            "审批中",
        ],
    ),
    // consumer_loan__change_repay_card
    (
        &[
            "消费贷+换卡",
            "消费贷+扣款卡",
            "loan+repayment+card+change",
            "loan+deduct+different card",
        ],
        &["变更还款账户", "还款账户", "Change the repayment card"],
    ),
    // consumer_loan__prepay
    (
        &[
            "消费贷+提前",
            "消费贷+结清",
            "消费贷+一次性",
            "消费贷+还清",
            "贷款+提前还+违约金",
            "消费贷+违约金",
        ],
        &["提前还款", "Prepay the consumer loan", "违约金"],
    ),
    // ---- flash_loan ----
    // flash_loan__check_limit
    (
        &[
            "闪电贷+额度",
            "快贷+额度",
            "日利率+多少",
            "借款额度+多少",
            "闪电代",
            "instant+credit line+how much",
            "credit line+available",
        ],
        &["查看可用额度", "预授信额度", "日利率"],
    ),
    // flash_loan__repay_early
    (
        &[
            "闪电贷+提前还",
            "借的钱+提前还",
            "借款+还一部分",
            "借款+先还",
            "repay+instant loan",
            "pay back+borrowed+early",
        ],
        &["随借随还", "Repay any time"],
    ),
    // flash_loan__request_increase
    (
        &[
            "闪电贷+提额",
            "快贷+提额",
            "闪电贷+额度+太低",
            "快贷+额度+太少",
            "借款额度+提高",
            "闪电贷+额度+提高",
            "instant+credit line+higher",
            "credit line+increase",
        ],
        &["申请提额", "Request a higher limit"],
    ),
    // ---- fcy_account ----
    // fcy_account__fcy_time_deposit
    (
        &[
            "外币+存定期",
            "美金+定期",
            "港币+定期",
            "美元+存一年",
            "外币+吃利息",
            "dollars+earn interest",
            "foreign currency+term deposit",
        ],
        &["外币定期存入", "外币定期", "Foreign currency time deposit"],
    ),
    // fcy_account__fcy_transactions
    (
        &[
            "外币+流水",
            "美元+流水",
            "美金+明细",
            "外币+进出",
            "外币+汇款+记录",
            "foreign currency+statement",
            "dollar+transactions",
        ],
        &["外币交易明细", "Foreign currency transactions"],
    ),
    // ---- fund_sip ----
    // fund_sip__list_plans
    (
        &[
            "定投+有哪些",
            "定投+几个",
            "我在+定投",
            "定投+哪几只",
            "定投+什么时候扣",
            "sip+plans+have",
            "sip+plans+list",
        ],
        &["我的定投计划", "My SIP plans"],
    ),
    // fund_sip__plan_history
    (
        &[
            "定投+扣了没",
            "定投+扣了几次",
            "定投+买了多少份",
            "定投+扣款记录",
            "定投+没扣成",
            "sip+deduction",
            "sip+history",
        ],
        &["定投扣款记录", "扣款失败", "SIP deduction history"],
    ),
    // fund_sip__stop_plan
    (
        &[
            "定投+不要了",
            "定投+以后+不投",
            "定投+结束",
            "stop+sip+for good",
            "end+sip",
            "cancel+sip",
        ],
        &["终止定投", "Stop a SIP plan"],
    ),
    // fund_sip__pause_plan
    (
        &[
            "定投+停几个月",
            "定投+暂时+不扣",
            "这个月+定投+别扣",
            "sip+break",
            "sip+temporarily",
        ],
        &["暂停定投", "Pause a SIP plan"],
    ),
    // ---- fx_exchange ----
    // fx_exchange__limit_order
    (
        &[
            "换汇+挂单",
            "挂单+美元",
            "挂单+日元",
            "挂单+欧元",
            "挂单+兑换",
            "limit order+currency",
            "exchange+automatically+rate",
            "target rate+exchange",
        ],
        &["挂单兑换", "Place a limit exchange order"],
    ),
    // fx_exchange__cancel_limit_order
    (
        &[
            "换汇+撤单",
            "换汇+挂单+取消",
            "cancel+limit order",
            "cancel+exchange order",
        ],
        &["撤销挂单", "Cancel a limit order"],
    ),
    // fx_exchange__records
    (
        &[
            "换汇+记录",
            "购汇+记录",
            "结汇+记录",
            "之前+换的+美元",
            "换过+外币",
            "换汇+历史",
            "currency+exchange+history",
            "exchanged+before+rate",
        ],
        &["结售汇记录", "Exchange history"],
    ),
    // ---- fx_rates ----
    // fx_rates__list_alerts
    (
        &[
            "汇率提醒+设了",
            "汇率提醒+有哪些",
            "设过+汇率提醒",
            "汇率+提醒+看看",
            "rate alerts+set",
            "rate alerts+list",
        ],
        &["我的汇率提醒", "My rate alerts"],
    ),
    // fx_rates__board
    (
        &[
            "中间价",
            "现汇买入价",
            "现钞卖出价",
            "牌价+美元",
            "银行+外汇+价格",
            "bank+buying rate",
            "bank+selling rate",
        ],
        &["外汇牌价", "Exchange rate board", "中间价"],
    ),
    // ---- gold_saving ----
    // gold_saving__sell
    (
        &[
            "积存金+取出",
            "积存金+变现",
            "积存金+赎回",
            "黄金+卖几克",
            "卖几克",
            "sell+grams+gold",
            "cash out+gold",
        ],
        &["卖出积存金", "Sell accumulation gold"],
    ),
    // gold_saving__redeem_physical
    (
        &[
            "积存金+换成",
            "积存金+提金",
            "gold+account+into+bar",
            "physical gold+exchange",
        ],
        &["兑换实物黄金", "兑换实物金", "Exchange for physical gold"],
    ),
    // ---- large_cd ----
    // large_cd__products
    (
        &[
            "大额存单+还有额度",
            "大额存单+利率",
            "大额存单+在售",
            "大额存单+有哪些",
            "大额存单+几年",
            "大额存单+起存",
            "large cd+rate",
            "cd+on sale",
        ],
        &["在售大额存单", "Available large CDs", "剩余额度"],
    ),
    // large_cd__buy
    (
        &[
            "认购+大额存单",
            "大额存单+买一份",
            "大额存单+下单",
            "抢购+大额存单",
            "buy+large cd",
            "subscribe+cd",
        ],
        &["认购大额存单", "Buy a large CD"],
    ),
    // large_cd__holdings
    (
        &[
            "我的+存单",
            "存单+几号到期",
            "大额存单+到期",
            "大额存单+买了几",
            "持有+大额存单",
            "large cd+hold",
            "cd+maturity",
        ],
        &["我的大额存单", "My large CDs"],
    ),
    // large_cd__buy_transfer
    (
        &[
            "转让专区",
            "别人转让+存单",
            "二手+存单",
            "buy+transferred+cd",
            "cd+transfer market",
        ],
        &["购买转让区存单", "转让专区", "Buy a transferred CD"],
    ),
    // ---- loan_calculator, mortgage ----
    // loan_calculator__combo_loan
    (
        &[
            "公积金+不够+商贷",
            "公积金+商业贷款+组合",
            "combination+loan",
            "provident fund+commercial+loan",
        ],
        &["组合贷计算", "Combined loan calculator", "组合贷款"],
    ),
    // loan_calculator__prepay_savings, mortgage__prepay_trial
    (
        &[
            "提前还+省多少",
            "提前还+能省",
            "提前还款+划不划算",
            "提前还款+划算吗",
            "提前还+值不值",
            "缩短期限+减少月供",
            "缩短年限+还是+减少月供",
            "worth+paying off early",
            "shorten+term+or+reduce",
        ],
        &["提前还款试算", "提前还款计算器", "缩短期限", "减少月供"],
    ),
    // loan_calculator__affordability
    (
        &[
            "买多贵的房",
            "买多少钱的房子",
            "收入+买房+够不够",
            "工资+能贷多少",
            "月收入+能贷",
            "how much+house+afford",
            "what+home price+afford",
        ],
        &["购房能力评估", "Home affordability check", "房贷能贷多少"],
    ),
    // mortgage__payoff_certificate
    (
        &[
            "结清证明",
            "房贷+还完了+证明",
            "房贷+还清+解押",
            "房产证+解押",
            "房本+解押",
            "不动产+解押",
            "房子+解除抵押",
            "mortgage+paid off+certificate",
            "release+mortgage+property",
            "settlement+certificate",
        ],
        &["开具贷款结清证明", "结清证明", "解押"],
    ),
    // mortgage__loan_info
    (
        &[
            "房贷+加点",
            "利率+加点+多少",
            "房贷利率+现在+多少",
            "mortgage+rate+now",
            "mortgage+spread",
        ],
        &["查询房贷信息", "执行利率", "加点"],
    ),
    // mortgage__prepay
    (
        &[
            "房贷+还一笔",
            "房贷+提前还+预约",
            "房贷+全部还清",
            "房贷+一次性还清",
            "房贷+提前结清",
            "提前还房贷",
            "prepay+mortgage",
            "settle+mortgage",
        ],
        &["申请提前还款", "Prepay the mortgage", "全部结清"],
    ),
    // ---- mutual_fund ----
    // mutual_fund__buy
    (
        &[
            "基金+加仓",
            "补仓+基金",
            "基金+上车",
            "买入+基金",
            "基金+买一点",
            "buy+fund+units",
            "invest+in+fund",
        ],
        &["申购基金", "Buy a fund"],
    ),
    // mutual_fund__dividend_method
    (
        &[
            "分红+再投",
            "分红+现金",
            "分红方式",
            "分红+改成",
            "dividend+reinvest",
            "dividend+cash",
            "dividend+option",
        ],
        &["修改分红方式", "Change dividend option", "红利再投资"],
    ),
    // ---- notice_deposit ----
    // notice_deposit__give_notice
    (
        &[
            "通知存款+预约取",
            "通知存款+要取",
            "通知存款+打招呼",
            "give notice+withdraw",
            "notice+withdraw+call deposit",
        ],
        &["预约支取", "通知支取", "Give withdrawal notice"],
    ),
    // notice_deposit__list
    (
        &[
            "通知存款+有多少",
            "通知存款+利息+多少",
            "通知存款+几笔",
            "我存的+通知存款",
            "call deposits+list",
            "call deposit+interest+earned",
        ],
        &["我的通知存款", "My call deposits"],
    ),
    // ---- precious_metals ----
    // precious_metals__coin_reserve
    (
        &[
            "记念币",
            "纪年币",
            "记念钞",
            "熊猫金币+预约",
            "reserve+coin",
            "book+commemorative",
        ],
        &["纪念币预约", "纪念币", "Reserve commemorative coins"],
    ),
    // precious_metals__orders
    (
        &[
            "金条+到哪了",
            "金条+物流",
            "金条+发货",
            "贵金属+订单",
            "金条+订单",
            "银条+到了",
            "gold bar+order+status",
            "gold bar+shipped",
        ],
        &["贵金属订单", "My precious-metal orders"],
    ),
    // ---- risk_assessment ----
    // risk_assessment__result
    (
        &[
            "我是+保守型",
            "我是+稳健型",
            "我是+激进型",
            "我是+进取型",
            "我是+什么+等级",
            "风险等级+能买",
            "测评+什么时候到期",
            "risk level+what",
            "risk rating+my",
        ],
        &["我的风险等级", "My risk level", "到期"],
    ),
    // risk_assessment__submit
    (
        &[
            "再做一次+测评",
            "测评+重做",
            "测评+选错",
            "测评+答错",
            "做个+测评",
            "测评+做一下",
            "take+risk assessment",
            "retake+risk",
        ],
        &["提交风险测评", "Take the risk assessment"],
    ),
    // risk_assessment__history
    (
        &[
            "以前+测评",
            "测过+几次",
            "历次+测评",
            "测评+历史",
            "past+risk assessments",
            "risk assessment+history",
        ],
        &["测评记录", "Assessment history"],
    ),
    // risk_assessment__questionnaire
    (
        &[
            "测评+题目",
            "测评+有哪些题",
            "测评+问卷",
            "风险+问卷",
            "测评+问的什么",
            "risk+questions",
            "risk+questionnaire",
        ],
        &["风险测评问卷", "Get the risk questionnaire"],
    ),
    // ---- savings_bonds ----
    // savings_bonds__holdings
    (
        &[
            "我的国债",
            "国债+买了多少",
            "国债+几号到期",
            "国债+到期",
            "国债+持有",
            "买的国债",
            "bonds+hold",
            "savings bonds+mine",
        ],
        &["我的国债", "My savings bonds"],
    ),
    // savings_bonds__buy
    (
        &[
            "国债+下单",
            "国债+认购",
            "认购+国债",
            "buy+savings bond",
            "buy+government bond",
        ],
        &["购买国债", "Buy savings bonds"],
    ),
    // ---- student_loan ----
    // student_loan__loan_info
    (
        &[
            "助学贷款+还剩",
            "助学贷款+贴息",
            "贴息期",
            "助学贷款+多少钱",
            "助学贷款+余额",
            "student loan+balance",
            "student loan+interest-free",
        ],
        &["查询助学贷款", "贴息期", "View my student loan"],
    ),
    // student_loan__prepay
    (
        &[
            "助学贷款+提前还",
            "助学贷款+一次还清",
            "助学贷款+还清",
            "助学贷款+全还",
            "助学贷款+多还",
            "pay off+student loan",
            "student loan+early",
        ],
        &["助学贷款提前还款", "Prepay the student loan"],
    ),
    // student_loan__update_contact
    (
        &[
            "毕业去向",
            "助学贷款+换手机号",
            "助学贷款+换工作",
            "助学贷款+联系方式",
            "助学贷款+地址",
            "student loan+update+contact",
            "student loan+new phone",
        ],
        &[
            "更新毕业去向信息",
            "毕业去向",
            "Update graduate contact details",
        ],
    ),
    // student_loan__schedule
    (
        &[
            "助学贷款+每年+还多少",
            "助学贷款+还款计划",
            "助学贷款+还几年",
            "助学贷款+哪年还完",
            "student loan+schedule",
            "student loan+yearly",
        ],
        &["助学贷款还款计划", "Student loan repayment schedule"],
    ),
    // student_loan__repay
    (
        &[
            "助学贷款+年底",
            "助学贷款+12月",
            "助学贷款+还款+截止",
            "助学代款",
            "助学贷+还钱",
            "repay+student loan",
            "student loan+due",
        ],
        &["归还助学贷款", "本年应还", "Repay the student loan"],
    ),
    // ---- term_deposit ----
    // term_deposit__interest_trial
    (
        &[
            "存一年+利息+多少",
            "存三年+利息",
            "存三年+能有多少",
            "how much interest+deposit",
            "interest+calculate+deposit",
        ],
        &["存款利息计算", "Deposit interest calculator"],
    ),
    // term_deposit__set_auto_renew
    (
        &[
            "到期+自动续",
            "到期+接着存",
            "定期+续存",
            "定期+到期+继续存",
            "auto-renew+deposit",
            "roll over+deposit",
            "renew+automatically+deposit",
        ],
        &["设置自动转存", "自动转存", "Turn on automatic renewal"],
    ),
    // term_deposit__early_withdraw
    (
        &[
            "定期+取一部分",
            "定期+提前取",
            "定期+提前支取",
            "withdraw+term deposit+early",
            "break+fixed deposit",
        ],
        &["提前支取", "Withdraw a term deposit early"],
    ),
    // ---- wealth_adviser ----
    // wealth_adviser__my_adviser
    (
        &[
            "理财经理+是谁",
            "客户经理+是谁",
            "谁是+我的+理财经理",
            "我的+客户经理",
            "理财经理+在哪个网点",
            "理财经理+上班时间",
            "who+my+adviser",
            "who+relationship manager",
        ],
        &["我的理财经理", "My wealth adviser", "专属客户经理"],
    ),
    // wealth_adviser__book
    (
        &[
            "见一下+理财经理",
            "理财经理+视频",
            "sit down+adviser",
            "meet+adviser",
            "appointment+adviser",
            "book+adviser",
        ],
        &["预约理财经理", "预约面谈", "Book an adviser meeting"],
    ),
    // wealth_adviser__bookings
    (
        &[
            "约了+理财经理+几点",
            "理财经理+约的+哪天",
            "约的+面谈+时间",
            "我的+面谈",
            "adviser+appointment+when",
            "adviser+bookings",
        ],
        &["我的预约", "My adviser bookings"],
    ),
    // wealth_adviser__reschedule
    (
        &[
            "理财经理+改时间",
            "面谈+改时间",
            "面谈+改约",
            "面谈+改天",
            "理财经理+换个时间",
            "reschedule+adviser",
            "move+adviser+meeting",
        ],
        &["修改预约时间", "Reschedule an adviser meeting"],
    ),
    // wealth_adviser__cancel
    (
        &[
            "理财经理+去不了",
            "面谈+取消",
            "面谈+不去了",
            "取消+理财+预约",
            "理财经理+不约了",
            "cancel+adviser+meeting",
            "cancel+adviser+appointment",
        ],
        &["取消理财预约", "Cancel an adviser meeting"],
    ),
    // ---- wealth_products ----
    // wealth_products__product_detail
    (
        &[
            "理财+净值+走势",
            "理财产品+详情",
            "理财+说明书",
            "理财+业绩+怎么样",
            "理财+费率",
            "理财+赎回规则",
            "wealth product+nav",
            "wealth product+details",
        ],
        &["产品详情与净值", "净值走势", "Product details and NAV"],
    ),
    // wealth_products__buy
    (
        &[
            "理财+买入",
            "理财+下单",
            "理财+认购",
            "买一款+理财",
            "buy+wealth product",
            "invest+wealth product",
        ],
        &["购买理财", "Buy a wealth product"],
    ),
    // ---- personal_pension ----
    // personal_pension__open_account
    (
        &[
            "个人养老金+开户",
            "个人养老金+怎么开",
            "个人养老金+开通",
            "open+personal pension",
            "personal pension+account+open",
        ],
        &["开立个人养老金账户", "Open a pension account"],
    ),
    // personal_pension__contribute
    (
        &[
            "个人养老金+存入",
            "个人养老金+缴存",
            "个人养老金+存满",
            "个人养老金+交钱",
            "存满+12000",
            "存满+1.2万",
            "1.2万+养老",
            "contribute+pension",
            "pay into+pension",
        ],
        &["缴存养老金", "Contribute to the pension account"],
    ),
    // personal_pension__products
    (
        &[
            "个人养老金+能买什么",
            "养老金产品+有哪些",
            "个人养老金+产品",
            "pension+products+list",
            "pension+eligible+products",
        ],
        &["养老金产品目录", "Pension product list"],
    ),
    // personal_pension__change_card
    (
        &[
            "个人养老金+换卡",
            "pension+linked card",
            "pension account+change+card",
        ],
        &["变更绑定银行卡", "Change the linked card"],
    ),
    // ---- car_insurance, travel_insurance ----
    // car_insurance__buy_renewal
    (
        &[
            "车险+续上",
            "车险+交钱",
            "车险+付款",
            "车险+就买",
            "车险+下单",
            "车险+投保",
            "车船税+车险",
            "buy+car insurance",
            "renew+car insurance+pay",
            "pay+car insurance",
        ],
        &["车险续保投保", "Buy the renewal", "车船税"],
    ),
    // travel_insurance__quote
    (
        &[
            "旅行险+多少钱",
            "旅行险+报价",
            "旅游险+多少钱",
            "申根+保险+多少钱",
            "签证+保险+多少钱",
            "travel insurance+cost",
            "travel insurance+quote",
            "travel insurance+price",
        ],
        &["旅行险报价", "Travel insurance quote"],
    ),
    // travel_insurance__flight_delay
    (
        &[
            "延误险",
            "晚点险",
            "飞机+晚点+保险",
            "delay insurance",
            "flight delay+cover",
        ],
        &["航班延误险", "Flight delay insurance"],
    ),
    // travel_insurance__policies
    (
        &[
            "旅行险+保单",
            "我的旅行险",
            "买的旅行险",
            "旅行险+生效",
            "旅游险+保单",
            "travel policy+status",
            "travel insurance+policies",
        ],
        &["我的旅行保单", "My travel policies"],
    ),
    // travel_insurance__certificate
    (
        &[
            "保单+英文",
            "英文版+保单",
            "保险单+签证",
            "insurance+english+certificate",
            "insurance+letter+visa",
            "proof+travel insurance",
        ],
        &["下载保险凭证", "英文保单", "保险证明"],
    ),
    // ---- home_valuation ----
    // home_valuation__book_appraisal
    (
        &[
            "评估师+上门",
            "房子+正式+评估",
            "房子+评估+贷款",
            "离婚+房子+评估",
            "继承+房子+评估",
            "appraiser",
            "property+appraisal+book",
            "valuation+visit",
        ],
        &["预约上门评估", "评估师", "Book an on-site appraisal"],
    ),
    // home_valuation__cancel_appraisal
    (
        &[
            "上门评估+取消",
            "上门评估+不要了",
            "评估+预约+取消",
            "评估师+不用来",
            "cancel+appraisal",
        ],
        &["取消评估预约", "Cancel an appraisal"],
    ),
    // home_valuation__appraisal_report
    (
        &[
            "评估报告+出来",
            "评估报告+下载",
            "评估报告+好了没",
            "appraisal report",
            "valuation report",
        ],
        &["查看评估报告", "评估报告", "View the appraisal report"],
    ),
    // ---- housing_fund ----
    // housing_fund__loan_info
    (
        &[
            "公积金贷款+还剩",
            "公积金贷款+利率",
            "公积金贷款+下次",
            "公积金贷款+还款计划",
            "公积金贷款+剩多少",
            "公积金贷款+详情",
            "housing fund loan+balance",
            "provident fund loan+schedule",
        ],
        &["公积金贷款查询", "Fund loan status and schedule"],
    ),
    // ---- iit ----
    // iit__income_records
    (
        &[
            "收入纳税明细",
            "陌生+公司+收入",
            "个税+被冒用",
            "个税+多了+公司",
            "个税+收入+明细",
            "个税+扣了多少",
            "工资+扣税+明细",
            "income+tax withheld",
            "unknown+employer+income",
            "tax+withheld+salary",
        ],
        &["收入纳税明细", "Income and tax withheld"],
    ),
    // iit__list_deductions
    (
        &[
            "扣除+填了哪些",
            "专项附加扣除+有哪些",
            "扣除+报了什么",
            "扣除+报了没",
            "deductions+claimed",
            "which+deductions+have",
        ],
        &["查看专项附加扣除", "View special additional deductions"],
    ),
    // iit__delete_deduction
    (
        &[
            "扣除+作废",
            "扣除+删掉",
            "扣除+删除",
            "扣除+不要了",
            "扣除+撤销",
            "delete+deduction",
            "void+deduction",
            "remove+deduction",
        ],
        &["作废专项附加扣除", "Withdraw a deduction"],
    ),
    // ---- pension_cert ----
    // pension_cert__cert_status
    (
        &[
            "养老+认证+过了没",
            "养老+认证+做了没",
            "养老+认证+成功没",
            "养老+认证+下次",
            "退休金+认证+做了没",
            "退休金+认证+过了没",
            "今年+认证+养老",
            "certification+done",
            "certification+due",
            "certification+status",
        ],
        &["查询认证状态", "Certification status"],
    ),
    // pension_cert__certify_self
    (
        &[
            "养老金+本人+认证",
            "本人+刷脸+养老",
            "自己+刷脸+养老金",
            "自己+认证+养老金",
            "certify+myself",
            "my own+certification",
        ],
        &["本人刷脸认证", "Certify by face scan"],
    ),
    // pension_cert__add_family
    (
        &[
            "添加+家人+养老+认证",
            "代认证+添加",
            "认证+绑定+老人",
            "add+relative+certification",
            "add+parent+certification",
        ],
        &["添加代认证家人", "Add a relative for certification"],
    ),
    // pension_cert__remove_family
    (
        &[
            "认证+去世",
            "去世+养老金+认证",
            "认证+名单+去掉",
            "remove+relative+certification",
            "passed away+certification",
        ],
        &["删除代认证家人", "Remove a relative"],
    ),
    // ---- social_insurance ----
    // social_insurance__contribution_records
    (
        &[
            "社保+交了几个月",
            "社保+缴费明细",
            "社保+记录",
            "单位+交没交+社保",
            "公司+有没有+交社保",
            "社保+交到+几月",
            "did+employer+pay+social",
            "social insurance+history",
            "social insurance+records",
        ],
        &["社保缴费记录", "缴费明细", "Contribution records"],
    ),
    // social_insurance__pay
    (
        &[
            "缴费档次",
            "社保+档次",
            "社保+交几个月",
            "social insurance+base level",
            "contribution base",
        ],
        &["缴纳社保费", "缴费档次", "Pay social insurance"],
    ),
    // ---- medical_account ----
    // medical_account__activate_voucher
    (
        &[
            "医保电子凭证+激活",
            "电子医保卡+开通",
            "医保码+开通",
            "医保码+没有",
            "医保码+怎么弄",
            "医保码+用不了",
            "电子医保+领取",
            "activate+medical insurance",
            "medical insurance+e-voucher",
        ],
        &[
            "激活医保电子凭证",
            "医保电子凭证",
            "Activate the medical insurance e-voucher",
        ],
    ),
    // ---- resident_medical ----
    // resident_medical__payment_records
    (
        &[
            "医保+交了没",
            "医保+缴费凭证",
            "医保+缴费记录",
            "居民医保+交过",
            "医保+交过了吗",
            "医保+发票",
            "medical insurance+paid+receipt",
            "resident medical+paid",
        ],
        &["医保缴费记录", "缴费凭证", "Premium payment records"],
    ),
    // resident_medical__add_family_member
    (
        &[
            "代缴+家人+添加",
            "添加+家人+医保",
            "医保+加一个+家人",
            "add+family member+medical",
        ],
        &["添加代缴家人", "Add a family member"],
    ),
    // resident_medical__remove_family_member
    (
        &[
            "删除+家人+医保",
            "代缴+名单+去掉",
            "remove+family member+medical",
        ],
        &["删除代缴家人", "Remove a family member"],
    ),
    // ---- more sibling words and slips across the wealth programs ----
    // term_deposit__rates
    (
        &[
            "定期+几个点",
            "定期+利息+几个点",
            "存款利率+多少",
            "零存整取+利率",
            "存本取息+利率",
            "term deposit+rates",
            "fixed deposit+rate",
        ],
        &["定期存款利率", "Term deposit rates", "定期利率"],
    ),
    // notice_deposit__rates
    (
        &[
            "通知存款+利率",
            "通知存款+几个点",
            "七天通知+利率",
            "七天通知+利息+多少",
            "call deposit+rate",
            "notice deposit+rate",
        ],
        &["通知存款利率", "Call deposit rates"],
    ),
    // consumer_loan__change_repay_card, mortgage__change_account
    (
        &["还款帐户", "扣款帐户", "还款帐号+换"],
        &["变更还款账户", "变更房贷还款账户", "还款账户"],
    ),
    // gold_saving__buy, gold_saving__holdings
    (&["积存今", "积存经", "基存金", "积存斤"], &["积存金"]),
    // iit__add_deduction
    (
        &[
            "附加扣出",
            "专项扣出",
            "专项附加+填报",
            "扣除+添加",
            "扣除+加上",
            "claim+deduction",
            "add+deduction",
        ],
        &[
            "填报专项附加扣除",
            "专项附加扣除",
            "Claim a special additional deduction",
        ],
    ),
    // wealth_products__holdings
    (
        &[
            "investments+doing",
            "investments+worth",
            "wealth products+earned",
            "理财+持仓",
            "理财+昨日收益",
            "理财+总收益",
        ],
        &["我的理财持仓", "My wealth holdings", "昨日收益"],
    ),
    // mutual_fund__redeem
    (
        &[
            "基金+卖了+多久到",
            "基金+赎回+多久",
            "基金+赎回费",
            "基金+全卖了",
            "sell+fund+units",
            "fund+redemption fee",
        ],
        &["赎回基金", "Sell a fund", "redemption fee"],
    ),
    // fx_rates__history
    (
        &["汇率+历史", "exchange rate+past", "currency+chart"],
        &["汇率走势", "Exchange rate history", "汇率走势图"],
    ),
    // savings_bonds__upcoming
    (
        &[
            "国债+利率+多少",
            "国债+票面利率",
            "三年期+国债",
            "五年期+国债",
            "凭证式+国债",
            "电子式+国债",
            "savings bond+rate",
            "bond+coupon",
        ],
        &["国债发行信息", "票面利率", "Upcoming bond issues"],
    ),
];

/// What people say for these actions, for the index's said part only (never matched
/// as a trigger): (everyday phrases, catalogue words of the actions they are said for).
pub const SAID: &[super::Concept] = &[
    // ---- bank_insurance ----
    // bank_insurance__browse
    (
        &[
            "买什么保险好",
            "保险推荐",
            "有哪些保险",
            "医疗险哪个好",
            "给爸妈买啥保险",
            "年金险产品",
            "保险品种",
            "insurance products list",
            "which insurance to buy",
        ],
        &["保险产品"],
    ),
    // bank_insurance__quote
    (
        &[
            "保费多少钱",
            "一年交多少保费",
            "算算保费",
            "保险多少钱一年",
            "保费试算",
            "报费测算",
            "how much premium",
            "premium calculator",
        ],
        &["保费测算"],
    ),
    // bank_insurance__buy
    (
        &[
            "买份保险",
            "下单买保险",
            "健康告知",
            "给孩子买保险",
            "马上投保",
            "投报",
            "buy insurance now",
            "purchase policy",
        ],
        &["Buy a policy"],
    ),
    // bank_insurance__policies
    (
        &[
            "我买的保险",
            "保单查询",
            "保单在哪看",
            "买过哪些保险",
            "下次交费日期",
            "电子保单",
            "my insurance policies",
        ],
        &["我的保单"],
    ),
    // bank_insurance__pay_renewal
    (
        &[
            "续保费",
            "保险续费",
            "交下一年保费",
            "保单快失效了",
            "保费到期了",
            "交保费",
            "续期交费",
            "renew insurance premium",
        ],
        &["续期缴费"],
    ),
    // bank_insurance__file_claim
    (
        &[
            "住院了报保险",
            "理赔报案",
            "上传发票理赔",
            "出险了",
            "怎么理赔",
            "申请赔付",
            "看病报销保险",
            "file insurance claim",
        ],
        &["申请理赔"],
    ),
    // bank_insurance__claim_status
    (
        &[
            "理赔到哪了",
            "赔款到账没",
            "理赔审核结果",
            "赔了多少钱",
            "赔付进度",
            "claim payout status",
        ],
        &["Claim status"],
    ),
    // bank_insurance__surrender
    (
        &[
            "保险不要了",
            "退掉保单",
            "犹豫期退保",
            "现金价值",
            "保险退钱",
            "退保能退多少",
            "cancel insurance policy",
        ],
        &["Cancel a policy"],
    ),
    // ---- bank_securities ----
    // bank_securities__to_securities
    (
        &[
            "银转证",
            "转钱到股票账户",
            "往券商转钱",
            "炒股入金",
            "入金",
            "股票账户充钱",
            "transfer to brokerage",
            "money to stock account",
        ],
        &["银行转证券"],
    ),
    // bank_securities__to_bank
    (
        &[
            "证转银",
            "出金",
            "股票账户钱取出来",
            "券商转回银行卡",
            "卖股票的钱转出",
            "炒股的钱转回来",
            "withdraw from brokerage",
        ],
        &["证券转银行"],
    ),
    // bank_securities__securities_balance
    (
        &[
            "股票账户还有多少钱",
            "证券余额",
            "可取资金",
            "券商账户余额",
            "证券可用资金",
            "brokerage balance",
        ],
        &["查询证券资金余额"],
    ),
    // bank_securities__records
    (
        &[
            "银证转账明细",
            "入金出金记录",
            "转证券的记录",
            "银证流水",
            "securities transfer history",
        ],
        &["银证转账记录"],
    ),
    // bank_securities__sign_custody
    (
        &[
            "三方存管",
            "绑定证券账户",
            "券商绑定银行卡",
            "存管银行签约",
            "开完户绑卡",
            "山方存管",
            "link securities account",
        ],
        &["签约三方存管"],
    ),
    // bank_securities__cancel_custody
    (
        &[
            "解绑证券账户",
            "换存管银行",
            "三方存管解约",
            "取消存管",
            "券商换绑卡",
            "unlink brokerage account",
        ],
        &["解约三方存管"],
    ),
    // ---- biz_loan ----
    // biz_loan__assess_limit
    (
        &[
            "经营贷能贷多少",
            "税务贷额度",
            "发票贷",
            "小微企业贷款额度",
            "开店能贷多少",
            "经营代额度",
            "business loan limit",
        ],
        &["评估经营贷额度"],
    ),
    // biz_loan__apply
    (
        &[
            "申请经营贷款",
            "做生意缺钱",
            "小微企业贷款",
            "个体户贷款",
            "进货资金周转",
            "经营代",
            "business loan application",
        ],
        &["申请经营贷"],
    ),
    // biz_loan__drawdown
    (
        &[
            "经营贷提款",
            "支用额度",
            "用款",
            "经营贷放款到账",
            "从额度里取钱",
            "draw business loan",
        ],
        &["经营贷用款"],
    ),
    // biz_loan__repay
    (
        &[
            "还经营贷",
            "经营贷还款",
            "还一部分经营贷",
            "经营贷还清",
            "repay business loan",
        ],
        &["归还经营贷"],
    ),
    // biz_loan__loan_overview
    (
        &[
            "经营贷还欠多少",
            "经营贷明细",
            "经营贷哪天到期",
            "经营贷用了多少",
            "business loan balance",
        ],
        &["经营贷借款明细"],
    ),
    // biz_loan__renew
    (
        &[
            "续贷",
            "无还本续贷",
            "经营贷快到期了",
            "到期不想先还本",
            "经营贷续期",
            "续代",
            "renew business loan",
        ],
        &["申请续贷"],
    ),
    // biz_loan__upload_use_proof
    (
        &[
            "贷款用途证明",
            "上传发票合同",
            "受托支付",
            "用途凭证",
            "银行要资金用途",
            "proof of loan use",
        ],
        &["上传贷款用途凭证"],
    ),
    // ---- car_loan ----
    // car_loan__apply
    (
        &[
            "买车贷款",
            "购车分期",
            "二手车贷款",
            "贷款买车",
            "车代",
            "car loan application",
            "finance a car",
        ],
        &["申请车贷"],
    ),
    // car_loan__loan_detail
    (
        &[
            "车贷还剩多少",
            "车贷余额",
            "车贷月供多少",
            "车贷下次还款",
            "car loan balance",
        ],
        &["车贷详情"],
    ),
    // car_loan__repay
    (
        &[
            "还车贷",
            "车贷扣款失败",
            "卡里钱不够还车贷",
            "交车贷月供",
            "车贷逾期了",
            "pay car loan",
        ],
        &["还车贷月供"],
    ),
    // car_loan__settle
    (
        &[
            "车贷一次还清",
            "提前还清车贷",
            "车贷结清",
            "车贷全部还完",
            "pay off car loan",
        ],
        &["车贷提前结清"],
    ),
    // car_loan__schedule
    (
        &[
            "车贷还了几期",
            "车贷还款表",
            "车贷还有几期",
            "car loan schedule",
        ],
        &["车贷还款计划"],
    ),
    // car_loan__release_lien
    (
        &[
            "车辆解押",
            "车解抵押",
            "车管所解押",
            "登记证书解押",
            "车贷还完解压",
            "release car lien",
        ],
        &["申请解除抵押"],
    ),
    // car_loan__change_repay_card
    (
        &[
            "车贷换卡扣款",
            "车贷扣款卡",
            "换车贷还款卡",
            "change car loan card",
        ],
        &["变更车贷扣款卡"],
    ),
    // ---- cash_plus ----
    // cash_plus__deposit
    (
        &[
            "转进活钱宝",
            "闲钱放活钱宝",
            "活钱宝存钱",
            "零钱理财转入",
            "活钱包转入",
            "put money in cash plus",
        ],
        &["转入活钱宝"],
    ),
    // cash_plus__withdraw_fast
    (
        &[
            "马上到账转出",
            "急用钱取出来",
            "T+0转出",
            "秒到账转出",
            "实时转出",
            "instant withdrawal",
        ],
        &["快速转出"],
    ),
    // cash_plus__withdraw_normal
    (
        &[
            "大额转出",
            "超过一万转出",
            "明天到账转出",
            "T+1转出",
            "全部转出",
            "standard withdrawal",
        ],
        &["普通转出"],
    ),
    // cash_plus__earnings
    (
        &[
            "昨天赚了多少",
            "七日年化",
            "万份收益",
            "活钱宝收益",
            "活钱宝余额",
            "cash plus earnings",
        ],
        &["活钱收益"],
    ),
    // cash_plus__auto_sweep
    (
        &[
            "工资自动转入",
            "闲钱自动理财",
            "余额自动转进去",
            "自动攒钱",
            "auto top up",
        ],
        &["设置自动转入"],
    ),
    // cash_plus__cancel_sweep
    (
        &[
            "停掉自动转入",
            "不要自动转了",
            "关掉自动理财",
            "取消工资自动转入",
            "stop auto sweep",
        ],
        &["关闭自动转入"],
    ),
    // ---- consumer_loan ----
    // consumer_loan__estimate_limit
    (
        &[
            "能借多少",
            "贷款额度多少",
            "消费贷利率多少",
            "测一下额度",
            "不查征信测额度",
            "消费代额度",
            "how much can I borrow",
        ],
        &["测算可贷额度"],
    ),
    // consumer_loan__apply
    (
        &[
            "借钱装修",
            "申请贷款",
            "装修贷",
            "婚庆贷款",
            "消费代",
            "消费贷款",
            "apply personal loan",
        ],
        &["申请消费贷"],
    ),
    // consumer_loan__application_status
    (
        &[
            "贷款批了没",
            "审批结果",
            "贷款审核到哪了",
            "放款了没",
            "loan approved yet",
        ],
        &["查询贷款申请进度"],
    ),
    // consumer_loan__repay
    (
        &[
            "还这个月贷款",
            "本期应还",
            "贷款扣款失败",
            "消费贷还款",
            "还本期月供",
            "pay loan installment",
        ],
        &["归还本期贷款"],
    ),
    // consumer_loan__prepay
    (
        &[
            "提前还清消费贷",
            "一次性还完贷款",
            "提前结清",
            "违约金多少",
            "消费贷提前还",
            "prepay loan early",
        ],
        &["Prepay the consumer loan"],
    ),
    // consumer_loan__repayment_schedule
    (
        &[
            "每期还多少",
            "还款日是哪天",
            "还有几期",
            "还款明细表",
            "loan repayment schedule",
        ],
        &["查看还款计划"],
    ),
    // consumer_loan__loan_detail
    (
        &[
            "贷款还剩多少",
            "剩余本金",
            "今天还清要多少",
            "贷款利率多少",
            "loan balance",
        ],
        &["查询贷款详情"],
    ),
    // consumer_loan__change_repay_card
    (
        &[
            "换扣款卡",
            "贷款扣款卡更换",
            "换张卡还贷款",
            "还款卡换了",
            "change loan card",
        ],
        &["变更还款账户"],
    ),
    // ---- fcy_account ----
    // fcy_account__fcy_balances
    (
        &[
            "美元还有多少",
            "外币存款",
            "现汇现钞余额",
            "外币账户有多少钱",
            "手里的外币",
            "foreign currency balance",
        ],
        &["外币余额"],
    ),
    // fcy_account__buy_fcy, fx_exchange__buy_fx
    (
        &[
            "换美元",
            "换日元",
            "出国换钱",
            "人民币换外币",
            "留学换汇",
            "去日本没日元",
            "买外汇",
            "换点欧元",
            "buy dollars",
            "exchange yuan for euros",
        ],
        &["Buy foreign currency"],
    ),
    // fcy_account__sell_fcy, fx_exchange__sell_fx
    (
        &[
            "外币换人民币",
            "美元换回人民币",
            "旅游剩下的外币",
            "海外工资换人民币",
            "剩的日元换回来",
            "节汇",
            "convert dollars to yuan",
        ],
        &["结汇"],
    ),
    // fcy_account__fcy_transactions
    (
        &[
            "外币流水",
            "美元消费记录",
            "境外刷卡记录",
            "外币账户明细",
            "foreign currency statement",
        ],
        &["外币交易明细"],
    ),
    // fcy_account__fcy_rates, fx_rates__board
    (
        &[
            "今天美元多少",
            "汇率多少",
            "现汇买入价",
            "银行牌价",
            "日元汇率",
            "会率",
            "中间价",
            "exchange rate today",
        ],
        &["外汇牌价"],
    ),
    // fcy_account__fcy_time_deposit
    (
        &[
            "美元存定期",
            "外币定期",
            "美元定存利息",
            "外币存款利率",
            "USD time deposit",
        ],
        &["外币定期存入"],
    ),
    // ---- flash_loan ----
    // flash_loan__check_limit
    (
        &[
            "闪电贷额度",
            "还能借多少",
            "预授信额度",
            "日利率多少",
            "available credit line",
        ],
        &["查看可用额度"],
    ),
    // flash_loan__activate
    (
        &[
            "开通额度",
            "激活闪电贷",
            "领取额度",
            "签借款合同",
            "activate credit line",
        ],
        &["激活额度"],
    ),
    // flash_loan__borrow
    (
        &[
            "借点钱",
            "急用钱",
            "借钱到卡",
            "周转一下",
            "提款到卡",
            "借前",
            "borrow money now",
        ],
        &["借款到卡"],
    ),
    // flash_loan__repay_early
    (
        &[
            "提前还闪电贷",
            "有钱了先还上",
            "随时还款",
            "还掉一部分借款",
            "repay loan early",
        ],
        &["随借随还"],
    ),
    // flash_loan__borrow_records
    (
        &[
            "借了几笔",
            "借款记录",
            "还款记录",
            "还欠多少闪电贷",
            "borrowing history",
        ],
        &["借还记录"],
    ),
    // flash_loan__request_increase
    (
        &[
            "额度太低",
            "提高额度",
            "闪电贷提额",
            "额度不够用",
            "raise credit line",
        ],
        &["Request a higher limit"],
    ),
    // flash_loan__close_line
    (
        &[
            "不想要这额度",
            "关掉闪电贷",
            "注销借款额度",
            "取消授信",
            "close credit line",
        ],
        &["注销额度"],
    ),
    // ---- fund_sip ----
    // fund_sip__create_plan
    (
        &[
            "每月定投",
            "基金定投",
            "每周自动买基金",
            "开始定投",
            "设置定投",
            "start fund SIP",
        ],
        &["新建定投"],
    ),
    // fund_sip__list_plans
    (
        &[
            "定投了哪些",
            "定投计划列表",
            "下次扣款日",
            "看看我的定投",
            "my SIP plans",
        ],
        &["我的定投计划"],
    ),
    // fund_sip__modify_plan
    (
        &[
            "定投金额改一下",
            "定投改成每周",
            "调整定投扣款日",
            "加大定投",
            "change SIP amount",
        ],
        &["修改定投"],
    ),
    // fund_sip__pause_plan
    (
        &["定投先停一下", "暂时不投了", "定投缓一缓", "pause fund SIP"],
        &["暂停定投"],
    ),
    // fund_sip__resume_plan
    (
        &["定投重新开始", "继续定投", "重启定投", "resume fund SIP"],
        &["恢复定投"],
    ),
    // fund_sip__stop_plan
    (
        &[
            "取消定投",
            "定投不要了",
            "彻底停掉定投",
            "stop SIP for good",
        ],
        &["终止定投"],
    ),
    // fund_sip__plan_history
    (
        &[
            "定投扣款失败",
            "定投扣了几次",
            "定投记录",
            "每期买了多少份",
            "SIP deduction history",
        ],
        &["定投扣款记录"],
    ),
    // fund_sip__sip_calculator
    (
        &[
            "定投能赚多少",
            "定投回测",
            "定投收益计算",
            "每月投一千十年",
            "SIP return calculator",
        ],
        &["定投收益计算器"],
    ),
    // ---- fx_exchange ----
    // fx_exchange__quota
    (
        &[
            "五万美元额度",
            "换汇额度还剩多少",
            "今年还能换多少",
            "购汇额度",
            "FX quota left",
        ],
        &["查询购汇额度"],
    ),
    // fx_exchange__limit_order
    (
        &[
            "汇率到了自动换",
            "挂单换汇",
            "委托换汇",
            "目标汇率兑换",
            "limit order exchange",
        ],
        &["挂单兑换"],
    ),
    // fx_exchange__cancel_limit_order
    (
        &[
            "换汇撤单",
            "挂单撤掉",
            "取消换汇委托",
            "不挂单了",
            "cancel FX order",
        ],
        &["撤销挂单"],
    ),
    // fx_exchange__records
    (
        &[
            "换汇记录",
            "买美元的记录",
            "结汇记录",
            "购汇明细",
            "exchange history",
        ],
        &["结售汇记录"],
    ),
    // fx_exchange__fx_balance
    (
        &[
            "外币账户还有多少",
            "美元余额",
            "现钞现汇余额",
            "FX account balance",
        ],
        &["外币账户余额"],
    ),
    // ---- fx_rates ----
    // fx_rates__history
    (
        &[
            "美元走势",
            "汇率涨了还是跌了",
            "日元最近跌了吗",
            "汇率走势图",
            "exchange rate trend",
        ],
        &["汇率走势"],
    ),
    // fx_rates__convert
    (
        &[
            "100美元多少人民币",
            "一万日元等于多少",
            "汇率计算",
            "换算人民币",
            "currency converter",
        ],
        &["汇率换算"],
    ),
    // fx_rates__set_alert
    (
        &[
            "汇率到价提醒",
            "日元便宜了提醒",
            "汇率降了告诉我",
            "set rate alert",
        ],
        &["设置汇率提醒"],
    ),
    // fx_rates__list_alerts
    (
        &[
            "设了哪些汇率提醒",
            "汇率提醒列表",
            "看看提醒设了没",
            "my rate alerts",
        ],
        &["我的汇率提醒"],
    ),
    // fx_rates__delete_alert
    (
        &[
            "取消汇率提醒",
            "不要汇率提醒了",
            "汇率提醒关掉",
            "delete rate alert",
        ],
        &["删除汇率提醒"],
    ),
    // ---- gold_saving ----
    // gold_saving__gold_price
    (
        &[
            "今天金价",
            "黄金多少钱一克",
            "金价涨了吗",
            "积存金价格",
            "今价",
            "gold price today",
        ],
        &["积存金实时金价"],
    ),
    // gold_saving__buy
    (
        &[
            "买点黄金",
            "存金子",
            "积存金买入",
            "按克买黄金",
            "buy gold grams",
        ],
        &["买入积存金"],
    ),
    // gold_saving__sell
    (
        &[
            "黄金卖掉",
            "积存金赎回",
            "金价高了卖",
            "卖金子",
            "sell accumulation gold",
        ],
        &["卖出积存金"],
    ),
    // gold_saving__create_plan
    (
        &["黄金定投", "每月存金", "每天攒黄金", "gold saving plan"],
        &["设置定期积存"],
    ),
    // gold_saving__cancel_plan
    (
        &[
            "停掉黄金定投",
            "不定投黄金了",
            "取消定期积存",
            "stop gold plan",
        ],
        &["终止定期积存"],
    ),
    // gold_saving__holdings
    (
        &[
            "有多少克黄金",
            "黄金赚了多少",
            "积存金持仓",
            "my gold holdings",
        ],
        &["我的积存金"],
    ),
    // gold_saving__redeem_physical
    (
        &[
            "换成金条",
            "提实物黄金",
            "积存金换金饰",
            "兑换金条",
            "convert to gold bar",
        ],
        &["兑换实物黄金"],
    ),
    // gold_saving__price_alert
    (
        &[
            "金价到了提醒",
            "金价跌了告诉我",
            "黄金价格提醒",
            "gold price alert",
        ],
        &["金价提醒"],
    ),
    // ---- large_cd ----
    // large_cd__products
    (
        &[
            "大额存单利率",
            "有什么大额存单",
            "大额存单还有额度吗",
            "20万存单",
            "大鹅存单",
            "large CD rates",
        ],
        &["在售大额存单"],
    ),
    // large_cd__buy
    (
        &["买大额存单", "抢大额存单", "存20万大额", "buy large CD"],
        &["认购大额存单"],
    ),
    // large_cd__holdings
    (
        &[
            "我买的大额存单",
            "大额存单到期",
            "存单哪天到期",
            "my large CDs",
        ],
        &["我的大额存单"],
    ),
    // large_cd__transfer_out
    (
        &[
            "大额存单转让",
            "存单卖给别人",
            "急用钱不损失利息",
            "转让存单",
            "sell my CD",
        ],
        &["挂单转让大额存单"],
    ),
    // large_cd__cancel_transfer
    (
        &["转让撤单", "存单不卖了", "撤回转让", "cancel CD listing"],
        &["撤销转让挂单"],
    ),
    // large_cd__buy_transfer
    (
        &[
            "转让区存单",
            "买别人转让的存单",
            "短期大额存单",
            "buy transferred CD",
        ],
        &["购买转让区存单"],
    ),
    // large_cd__early_redeem
    (
        &[
            "大额存单提前取",
            "存单没到期取出来",
            "提前支取大额",
            "redeem CD early",
        ],
        &["大额存单提前支取"],
    ),
    // large_cd__issue_reminder
    (
        &[
            "大额存单何时发售",
            "新存单提醒",
            "预约大额存单",
            "CD issue reminder",
        ],
        &["大额存单发售提醒"],
    ),
    // ---- loan_calculator ----
    // loan_calculator__mortgage_payment
    (
        &[
            "房贷月供多少",
            "贷100万30年",
            "等额本息计算",
            "等额本金",
            "房贷计算器",
            "房代计算",
            "mortgage calculator",
        ],
        &["房贷月供计算"],
    ),
    // loan_calculator__combo_loan
    (
        &[
            "公积金加商贷",
            "组合贷款月供",
            "组合贷",
            "combination loan calculator",
        ],
        &["组合贷计算"],
    ),
    // loan_calculator__prepay_savings
    (
        &[
            "提前还款省多少利息",
            "缩短年限还是减月供",
            "提前还划算吗",
            "prepayment calculator",
        ],
        &["提前还款计算器"],
    ),
    // loan_calculator__car_payment
    (
        &[
            "买车首付多少",
            "车贷月供计算",
            "20万的车月供",
            "car loan calculator",
        ],
        &["车贷计算器"],
    ),
    // loan_calculator__lpr_rates
    (
        &[
            "LPR多少",
            "最新贷款利率",
            "五年期LPR",
            "贷款市场报价利率",
            "current LPR rate",
        ],
        &["最新LPR利率"],
    ),
    // loan_calculator__affordability
    (
        &[
            "能买多少钱的房",
            "月薪能贷多少",
            "买得起多少房",
            "房贷能贷多少",
            "home affordability",
        ],
        &["购房能力评估"],
    ),
    // ---- mortgage ----
    // mortgage__loan_info
    (
        &[
            "房贷还剩多少",
            "房贷利率多少",
            "房贷剩余本金",
            "房贷执行利率",
            "房代",
            "mortgage balance",
        ],
        &["查询房贷信息"],
    ),
    // mortgage__schedule
    (
        &[
            "房贷还款表",
            "每月本金利息",
            "房贷还了多少期",
            "mortgage schedule",
        ],
        &["房贷还款计划"],
    ),
    // mortgage__repay_overdue
    (
        &[
            "房贷逾期了",
            "房贷没扣上",
            "房贷断供",
            "补还房贷",
            "房贷欠款",
            "overdue mortgage",
        ],
        &["归还逾期房贷"],
    ),
    // mortgage__prepay_trial
    (
        &[
            "提前还房贷划算吗",
            "房贷提前还省多少",
            "提前还月供变多少",
            "mortgage prepay estimate",
        ],
        &["提前还款试算"],
    ),
    // mortgage__prepay
    (
        &[
            "提前还房贷",
            "房贷一次还清",
            "部分提前还款",
            "房贷全部结清",
            "prepay mortgage",
        ],
        &["申请提前还款"],
    ),
    // mortgage__cancel_prepay
    (
        &[
            "不提前还了",
            "取消提前还房贷",
            "撤回提前还款",
            "cancel mortgage prepayment",
        ],
        &["撤销提前还款预约"],
    ),
    // mortgage__lpr_reprice
    (
        &[
            "重定价日",
            "利率调整日",
            "房贷利率何时调",
            "LPR调整日",
            "repricing date",
        ],
        &["LPR重定价日设置"],
    ),
    // mortgage__change_account
    (
        &[
            "房贷换卡",
            "月供换卡扣",
            "房贷扣款卡换",
            "change mortgage card",
        ],
        &["变更房贷还款账户"],
    ),
    // mortgage__payoff_certificate
    (
        &[
            "结清证明",
            "房贷还完解押",
            "房产证解押",
            "贷款还清证明",
            "payoff certificate",
        ],
        &["开具贷款结清证明"],
    ),
    // ---- mutual_fund ----
    // mutual_fund__search
    (
        &[
            "找基金",
            "白酒基金",
            "新能源基金",
            "基金代码查",
            "哪只基金好",
            "search mutual funds",
        ],
        &["搜索基金"],
    ),
    // mutual_fund__fund_detail
    (
        &[
            "基金净值",
            "基金经理是谁",
            "基金持仓股票",
            "申购费多少",
            "fund NAV",
        ],
        &["基金详情"],
    ),
    // mutual_fund__buy
    (
        &["买基金", "申购", "加仓", "买入基金", "buy mutual fund"],
        &["申购基金"],
    ),
    // mutual_fund__redeem
    (
        &[
            "卖基金",
            "基金赎回",
            "减仓",
            "基金卖出到账",
            "sell mutual fund",
        ],
        &["赎回基金"],
    ),
    // mutual_fund__switch
    (
        &[
            "换一只基金",
            "同公司基金互换",
            "基金换成别的",
            "switch funds",
        ],
        &["基金转换"],
    ),
    // mutual_fund__holdings
    (
        &[
            "基金赚了多少",
            "基金持仓",
            "基金亏了多少",
            "my mutual funds",
        ],
        &["我的基金"],
    ),
    // mutual_fund__cancel_order
    (
        &[
            "买错基金了",
            "撤回申购",
            "基金买了想撤",
            "当日撤单",
            "cancel fund order",
        ],
        &["基金撤单"],
    ),
    // mutual_fund__dividend_method
    (
        &[
            "红利再投资",
            "现金分红",
            "分红方式改",
            "dividend reinvestment",
        ],
        &["修改分红方式"],
    ),
    // ---- notice_deposit ----
    // notice_deposit__rates
    (
        &[
            "七天通知存款利率",
            "通知存款利息",
            "一天通知利率",
            "call deposit rate",
        ],
        &["通知存款利率"],
    ),
    // notice_deposit__open
    (
        &["存七天通知", "存通知存款", "5万存通知", "open call deposit"],
        &["存入通知存款"],
    ),
    // notice_deposit__give_notice
    (
        &[
            "预约取款",
            "通知银行要取",
            "提前通知支取",
            "notice to withdraw",
        ],
        &["预约支取"],
    ),
    // notice_deposit__cancel_notice
    (
        &[
            "通知存款不取了",
            "取消支取预约",
            "撤销支取通知",
            "cancel withdrawal notice",
        ],
        &["取消支取通知"],
    ),
    // notice_deposit__withdraw
    (
        &[
            "取出通知存款",
            "通知存款取出来",
            "马上取通知存款",
            "withdraw call deposit",
        ],
        &["支取通知存款"],
    ),
    // notice_deposit__list
    (
        &[
            "通知存款有多少",
            "存了哪些通知存款",
            "通知存款利息多少",
            "my call deposits",
        ],
        &["我的通知存款"],
    ),
    // notice_deposit__smart_sweep
    (
        &[
            "智能通知存款",
            "闲钱自动存七天",
            "活期自动转通知",
            "automatic sweep",
        ],
        &["设置智能通知存款"],
    ),
    // ---- precious_metals ----
    // precious_metals__catalog
    (
        &[
            "金条多少钱",
            "生肖金",
            "纪念金币",
            "投资金条",
            "gold bars for sale",
        ],
        &["贵金属商品"],
    ),
    // precious_metals__buy
    (
        &[
            "买金条",
            "买生肖金条",
            "下单金条",
            "买实物黄金",
            "buy gold bar",
        ],
        &["购买实物金"],
    ),
    // precious_metals__orders
    (
        &["金条到哪了", "金条订单", "什么时候取金条", "my gold order"],
        &["My precious-metal orders"],
    ),
    // precious_metals__cancel_order
    (
        &[
            "金条不要了",
            "退掉金条订单",
            "取消金条",
            "cancel gold bar order",
        ],
        &["取消贵金属订单"],
    ),
    // precious_metals__buyback
    (
        &["金条卖给银行", "金条回收", "回购金条", "sell gold bar back"],
        &["贵金属回购"],
    ),
    // precious_metals__coin_reserve
    (
        &[
            "纪念币预约兑换",
            "预约纪念钞",
            "新纪念币",
            "龙年纪念币",
            "reserve commemorative coins",
        ],
        &["Reserve commemorative coins"],
    ),
    // precious_metals__cancel_coin_reserve
    (
        &[
            "纪念币不换了",
            "取消纪念币",
            "纪念币预约撤销",
            "cancel coin reservation",
        ],
        &["取消纪念币预约"],
    ),
    // ---- risk_assessment ----
    // risk_assessment__questionnaire
    (
        &[
            "风险测评题目",
            "测评问卷",
            "风险评估题",
            "risk questionnaire",
        ],
        &["风险测评问卷"],
    ),
    // risk_assessment__submit
    (
        &[
            "做风险测评",
            "重新测评",
            "测评过期了重做",
            "风险等级太低买不了",
            "风险侧评",
            "take risk assessment",
        ],
        &["提交风险测评"],
    ),
    // risk_assessment__result
    (
        &[
            "我是什么风险等级",
            "能买R几的产品",
            "测评结果",
            "测评哪天到期",
            "my risk level",
        ],
        &["我的风险等级"],
    ),
    // risk_assessment__history
    (
        &[
            "以前的测评",
            "测评历史",
            "做过几次测评",
            "assessment history",
        ],
        &["测评记录"],
    ),
    // risk_assessment__expiry_reminder
    (
        &[
            "测评过期提醒",
            "测评快到期",
            "到期提醒我重测",
            "risk assessment reminder",
        ],
        &["测评到期提醒"],
    ),
    // ---- savings_bonds ----
    // savings_bonds__upcoming
    (
        &[
            "国债什么时候发行",
            "国债利率",
            "这期国债",
            "储蓄国债",
            "savings bond issues",
        ],
        &["国债发行信息"],
    ),
    // savings_bonds__buy
    (
        &["买国债", "抢国债", "国债认购", "buy savings bonds"],
        &["购买国债"],
    ),
    // savings_bonds__holdings
    (
        &["我买的国债", "国债到期", "国债持有", "my savings bonds"],
        &["我的国债"],
    ),
    // savings_bonds__early_redeem
    (
        &[
            "国债提前取",
            "国债没到期取出",
            "国债兑付",
            "redeem bond early",
        ],
        &["国债提前兑取"],
    ),
    // savings_bonds__sale_reminder
    (
        &[
            "国债开售提醒我",
            "国债预约提醒",
            "国债发售通知",
            "bond sale reminder",
        ],
        &["国债开售提醒"],
    ),
    // savings_bonds__interest_records
    (
        &[
            "国债利息到账",
            "国债付息",
            "国债每年利息",
            "bond interest payments",
        ],
        &["国债付息记录"],
    ),
    // ---- student_loan ----
    // student_loan__loan_info
    (
        &[
            "助学贷款还剩多少",
            "生源地贷款",
            "贴息期到什么时候",
            "国家助学贷款",
            "助学代款",
            "student loan balance",
        ],
        &["查询助学贷款"],
    ),
    // student_loan__repay
    (
        &[
            "还助学贷款",
            "助学贷款还款",
            "12月20号前还",
            "pay student loan",
        ],
        &["归还助学贷款"],
    ),
    // student_loan__prepay
    (
        &[
            "提前还助学贷款",
            "助学贷款一次还清",
            "助学贷款提前还",
            "prepay student loan",
        ],
        &["助学贷款提前还款"],
    ),
    // student_loan__schedule
    (
        &[
            "助学贷款每年还多少",
            "助学贷款还款表",
            "助学贷款还剩几年",
            "student loan schedule",
        ],
        &["助学贷款还款计划"],
    ),
    // student_loan__apply_extension
    (
        &[
            "助学贷款延期",
            "读研延期还款",
            "找不到工作还不上",
            "展期",
            "extend student loan",
        ],
        &["申请还款展期"],
    ),
    // student_loan__update_contact
    (
        &[
            "毕业去向",
            "更新联系方式",
            "换工作单位",
            "update graduate info",
        ],
        &["更新毕业去向信息"],
    ),
    // ---- term_deposit ----
    // term_deposit__rates
    (
        &[
            "定期利率",
            "存三年利息多少",
            "定期存款利息",
            "整存整取利率",
            "deposit rates",
        ],
        &["定期存款利率"],
    ),
    // term_deposit__open
    (
        &[
            "存一年定期",
            "定期存一笔",
            "活期转定期",
            "存死期",
            "open fixed deposit",
        ],
        &["存定期"],
    ),
    // term_deposit__list
    (
        &[
            "定期什么时候到期",
            "我存了多少定期",
            "定期存单",
            "存款到期日",
            "my fixed deposits",
        ],
        &["我的定期存款"],
    ),
    // term_deposit__early_withdraw
    (
        &[
            "定期提前取",
            "定期没到期取出来",
            "死期提前取",
            "withdraw fixed deposit early",
        ],
        &["Withdraw a term deposit early"],
    ),
    // term_deposit__set_auto_renew
    (
        &[
            "到期自动续存",
            "自动续存",
            "定期到期接着存",
            "auto renew deposit",
        ],
        &["设置自动转存"],
    ),
    // term_deposit__cancel_auto_renew
    (
        &[
            "不要自动续存",
            "到期转活期",
            "关掉自动转存",
            "cancel auto renew",
        ],
        &["取消自动转存"],
    ),
    // term_deposit__interest_trial
    (
        &[
            "利息怎么算",
            "存10万一年利息",
            "存款利息计算器",
            "interest calculator",
        ],
        &["存款利息计算"],
    ),
    // ---- wealth_adviser ----
    // wealth_adviser__my_adviser
    (
        &[
            "客户经理是谁",
            "专属客户经理",
            "理财经理电话",
            "my relationship manager",
        ],
        &["我的理财经理"],
    ),
    // wealth_adviser__book
    (
        &[
            "约理财经理",
            "预约面谈",
            "找理财经理聊聊",
            "book adviser meeting",
        ],
        &["预约理财经理"],
    ),
    // wealth_adviser__bookings
    (
        &[
            "约了哪天",
            "理财预约记录",
            "面谈预约",
            "my adviser appointments",
        ],
        &["My adviser bookings"],
    ),
    // wealth_adviser__reschedule
    (
        &[
            "改约时间",
            "面谈改期",
            "换个时间见经理",
            "reschedule adviser meeting",
        ],
        &["修改预约时间"],
    ),
    // wealth_adviser__cancel
    (
        &[
            "不去面谈了",
            "取消面谈",
            "取消约理财经理",
            "cancel adviser meeting",
        ],
        &["取消理财预约"],
    ),
    // wealth_adviser__message
    (
        &[
            "问问理财经理",
            "给理财经理留言",
            "在线问理财",
            "message my adviser",
        ],
        &["在线咨询理财经理"],
    ),
    // wealth_adviser__change_adviser
    (
        &[
            "换客户经理",
            "换个理财经理",
            "理财经理不满意",
            "change my adviser",
        ],
        &["更换理财经理"],
    ),
    // ---- wealth_products ----
    // wealth_products__browse
    (
        &[
            "有什么理财",
            "理财推荐",
            "稳健理财",
            "收益高的理财",
            "理才产品",
            "wealth products",
        ],
        &["理财产品列表"],
    ),
    // wealth_products__product_detail
    (
        &[
            "理财净值走势",
            "这款理财怎么样",
            "产品说明书",
            "product NAV",
        ],
        &["产品详情与净值"],
    ),
    // wealth_products__buy
    (
        &["买理财", "理财申购", "买一款理财", "buy wealth product"],
        &["购买理财"],
    ),
    // wealth_products__redeem
    (
        &[
            "理财卖掉",
            "理财取出来",
            "理财赎回到账",
            "redeem wealth product",
        ],
        &["赎回理财"],
    ),
    // wealth_products__holdings
    (
        &["理财赚了多少", "昨日收益", "理财持仓", "my wealth holdings"],
        &["我的理财持仓"],
    ),
    // wealth_products__cancel_order
    (
        &[
            "理财买错了撤回",
            "撤销理财申购",
            "在途撤单",
            "cancel wealth order",
        ],
        &["理财撤单"],
    ),
    // wealth_products__transactions
    (
        &[
            "理财买卖记录",
            "理财交易明细",
            "理财历史",
            "wealth transaction history",
        ],
        &["理财交易记录"],
    ),
    // ---- personal_pension ----
    // personal_pension__open_account
    (
        &[
            "开个人养老金",
            "个人养老金开户",
            "养老金账户开通",
            "open pension account",
        ],
        &["开立个人养老金账户"],
    ),
    // personal_pension__contribute
    (
        &[
            "存个人养老金",
            "养老金缴存12000",
            "个税抵扣存养老金",
            "contribute to pension",
        ],
        &["缴存养老金"],
    ),
    // personal_pension__account_summary
    (
        &[
            "养老金账户有多少",
            "今年存了多少养老金",
            "养老金账户余额",
            "pension account overview",
        ],
        &["养老金账户概览"],
    ),
    // personal_pension__buy_product
    (
        &[
            "养老金买理财",
            "买养老基金",
            "养老储蓄",
            "Y份额",
            "buy pension product",
        ],
        &["购买养老金产品"],
    ),
    // personal_pension__products
    (
        &[
            "养老金能买什么",
            "养老金产品有哪些",
            "养老理财产品",
            "pension product list",
        ],
        &["养老金产品目录"],
    ),
    // personal_pension__tax_receipt
    (
        &[
            "个人养老金缴费凭证",
            "个税汇算凭证",
            "养老金抵税证明",
            "pension contribution receipt",
        ],
        &["Get the contribution receipt"],
    ),
    // personal_pension__change_card
    (
        &[
            "养老金账户换卡",
            "换绑养老金银行卡",
            "养老金绑的卡换了",
            "change pension card",
        ],
        &["变更绑定银行卡"],
    ),
    // personal_pension__withdraw
    (
        &[
            "退休领养老金",
            "取出个人养老金",
            "个人养老金领取",
            "draw personal pension",
        ],
        &["申请领取养老金"],
    ),
    // ---- car_insurance ----
    // car_insurance__renewal_quote
    (
        &[
            "车险多少钱",
            "车险快到期了",
            "交强险报价",
            "商业险报价",
            "car insurance quote",
        ],
        &["车险续保报价"],
    ),
    // car_insurance__buy_renewal
    (
        &[
            "买车险",
            "续保车险",
            "交强险续保",
            "车险续费",
            "buy car insurance",
        ],
        &["车险续保投保"],
    ),
    // car_insurance__my_policies
    (
        &[
            "车险什么时候到期",
            "车险保单",
            "车险电子保单",
            "my car insurance",
        ],
        &["我的车险保单"],
    ),
    // car_insurance__report_claim
    (
        &[
            "撞车了",
            "车被刮了",
            "出车祸报保险",
            "追尾了",
            "车险报案电话",
            "report car accident",
        ],
        &["车险报案"],
    ),
    // car_insurance__claim_progress
    (
        &[
            "车险理赔到哪了",
            "定损进度",
            "车险赔款到账",
            "car claim progress",
        ],
        &["Claim progress"],
    ),
    // car_insurance__cancel_policy
    (
        &[
            "卖车退车险",
            "车险退掉",
            "商业险退保",
            "cancel car insurance",
        ],
        &["车险退保"],
    ),
    // ---- travel_insurance ----
    // travel_insurance__quote
    (
        &[
            "旅游保险多少钱",
            "申根签证保险",
            "出国保险报价",
            "travel insurance price",
        ],
        &["旅行险报价"],
    ),
    // travel_insurance__buy
    (
        &[
            "买旅游保险",
            "出国买保险",
            "旅行保险",
            "buy travel insurance",
        ],
        &["购买旅行险"],
    ),
    // travel_insurance__flight_delay
    (
        &["延误险", "航班延误保险", "飞机晚点险", "flight delay cover"],
        &["航班延误险"],
    ),
    // travel_insurance__policies
    (
        &["旅游保单", "买的旅行险", "航延险保单", "my travel policies"],
        &["我的旅行保单"],
    ),
    // travel_insurance__certificate
    (
        &[
            "签证要保险证明",
            "英文保单",
            "保险证明",
            "insurance certificate for visa",
        ],
        &["下载保险凭证"],
    ),
    // travel_insurance__cancel
    (
        &[
            "拒签了退保险",
            "行程取消退保险",
            "旅游保险退掉",
            "cancel travel insurance",
        ],
        &["退订旅行险"],
    ),
    // travel_insurance__claim
    (
        &[
            "行李丢了",
            "国外看病报销",
            "航班延误理赔",
            "travel insurance claim",
        ],
        &["旅行险理赔"],
    ),
    // ---- home_valuation ----
    // home_valuation__estimate_value
    (
        &[
            "房子值多少钱",
            "估一下房价",
            "这套房值多少",
            "房产估价",
            "house value estimate",
        ],
        &["在线房屋估价"],
    ),
    // home_valuation__price_trend
    (
        &[
            "小区均价",
            "房价涨了吗",
            "小区最近成交",
            "house price trend",
        ],
        &["小区房价走势"],
    ),
    // home_valuation__my_property_value
    (
        &[
            "我家房子现在值多少",
            "房产估值变化",
            "我的房子涨了没",
            "my home value",
        ],
        &["我的房产估值"],
    ),
    // home_valuation__book_appraisal
    (
        &[
            "上门评估",
            "找评估师",
            "房产评估预约",
            "抵押评估",
            "book home appraisal",
        ],
        &["预约上门评估"],
    ),
    // home_valuation__cancel_appraisal
    (
        &[
            "评估不做了",
            "取消上门评估",
            "评估师不用来了",
            "cancel appraisal",
        ],
        &["取消评估预约"],
    ),
    // home_valuation__appraisal_report
    (
        &[
            "评估报告出了吗",
            "房产评估报告",
            "评估结果",
            "appraisal report",
        ],
        &["查看评估报告"],
    ),
    // ---- housing_fund ----
    // housing_fund__query_balance
    (
        &[
            "公积金有多少",
            "公积金余额",
            "公积金账户",
            "公基金",
            "housing fund balance",
        ],
        &["查询公积金余额"],
    ),
    // housing_fund__deposit_records
    (
        &[
            "公积金交了多少",
            "公积金缴存记录",
            "单位交公积金没",
            "housing fund records",
        ],
        &["公积金缴存明细"],
    ),
    // housing_fund__withdraw_rent
    (
        &[
            "租房提公积金",
            "公积金付房租",
            "提公积金交房租",
            "withdraw fund for rent",
        ],
        &["租房提取公积金"],
    ),
    // housing_fund__withdraw
    (
        &[
            "买房提公积金",
            "还房贷提公积金",
            "离职提公积金",
            "退休提取公积金",
            "withdraw housing fund",
        ],
        &["其他提取公积金"],
    ),
    // housing_fund__loan_quota
    (
        &[
            "公积金能贷多少",
            "公积金贷款额度",
            "公积金贷款月供多少",
            "fund loan amount",
        ],
        &["公积金贷款额度测算"],
    ),
    // housing_fund__loan_info
    (
        &[
            "公积金贷款还剩多少",
            "公积金房贷余额",
            "公积金贷款下次还",
            "fund loan status",
        ],
        &["公积金贷款查询"],
    ),
    // housing_fund__loan_prepay
    (
        &[
            "提前还公积金贷款",
            "公积金贷款还清",
            "公积金贷款提前还",
            "prepay fund loan",
        ],
        &["公积金贷款提前还款"],
    ),
    // housing_fund__transfer_account
    (
        &[
            "公积金转到新城市",
            "换城市公积金",
            "公积金异地转",
            "transfer housing fund",
        ],
        &["公积金异地转移"],
    ),
    // ---- iit ----
    // iit__refund_status
    (
        &[
            "退税到账了吗",
            "退税多少",
            "个税退税进度",
            "tax refund status",
        ],
        &["查询退税进度"],
    ),
    // iit__income_records
    (
        &[
            "收入纳税记录",
            "工资扣了多少税",
            "陌生公司报收入",
            "income tax records",
        ],
        &["收入纳税明细"],
    ),
    // iit__list_deductions
    (
        &[
            "填了哪些专项扣除",
            "专项扣除查看",
            "个税扣除项目",
            "view tax deductions",
        ],
        &["查看专项附加扣除"],
    ),
    // iit__add_deduction
    (
        &[
            "填房租扣除",
            "加子女教育扣除",
            "赡养老人扣除",
            "申报专项扣除",
            "claim tax deduction",
        ],
        &["填报专项附加扣除"],
    ),
    // iit__update_deduction
    (
        &[
            "改专项扣除",
            "扣除比例改",
            "换租房城市",
            "change tax deduction",
        ],
        &["修改专项附加扣除"],
    ),
    // iit__delete_deduction
    (
        &[
            "填错了作废",
            "删掉专项扣除",
            "撤销扣除",
            "void tax deduction",
        ],
        &["作废专项附加扣除"],
    ),
    // iit__file_annual
    (
        &[
            "个税汇算",
            "年度汇算",
            "申请退税",
            "补税",
            "annual tax filing",
        ],
        &["办理年度汇算"],
    ),
    // ---- pension_cert ----
    // pension_cert__cert_status
    (
        &[
            "养老金认证了没",
            "认证状态",
            "什么时候要认证",
            "pension certification status",
        ],
        &["查询认证状态"],
    ),
    // pension_cert__certify_self
    (
        &["刷脸认证", "养老金认证", "养老金年审", "pension face scan"],
        &["本人刷脸认证"],
    ),
    // pension_cert__certify_family
    (
        &["给爸妈认证", "帮老人刷脸", "代人认证", "certify for parent"],
        &["为家人代认证"],
    ),
    // pension_cert__payment_records
    (
        &[
            "养老金发了没",
            "退休金到账",
            "养老金每月多少",
            "pension payments",
        ],
        &["养老金发放记录"],
    ),
    // pension_cert__add_family
    (
        &[
            "添加老人",
            "加上爸妈认证",
            "代认证加家人",
            "add relative for certification",
        ],
        &["添加代认证家人"],
    ),
    // pension_cert__remove_family
    (
        &[
            "删除老人",
            "代认证的家人删掉",
            "移除代认证",
            "remove relative",
        ],
        &["删除代认证家人"],
    ),
    // ---- social_insurance ----
    // social_insurance__query_due
    (
        &[
            "社保要交多少",
            "灵活就业社保多少",
            "社保应缴",
            "social insurance due",
        ],
        &["查询应缴社保"],
    ),
    // social_insurance__pay
    (
        &[
            "交社保",
            "灵活就业交社保",
            "自己交社保",
            "pay social insurance",
        ],
        &["缴纳社保费"],
    ),
    // social_insurance__contribution_records
    (
        &[
            "社保交了几个月",
            "社保断缴",
            "社保缴费明细",
            "contribution records",
        ],
        &["社保缴费记录"],
    ),
    // social_insurance__pension_account
    (
        &[
            "养老保险交了多少年",
            "社保个人账户",
            "缴费年限",
            "pension account balance",
        ],
        &["养老保险个人账户"],
    ),
    // social_insurance__insured_certificate
    (
        &[
            "社保证明",
            "买房要社保证明",
            "参保证明",
            "proof of social insurance",
        ],
        &["打印参保证明"],
    ),
    // social_insurance__set_auto_deduct
    (
        &[
            "社保自动扣款",
            "社保代扣",
            "每月自动交社保",
            "auto pay social insurance",
        ],
        &["签约社保自动扣款"],
    ),
    // social_insurance__cancel_auto_deduct
    (
        &[
            "社保不自动扣了",
            "取消社保代扣",
            "停掉社保扣款",
            "stop social insurance debit",
        ],
        &["解约社保自动扣款"],
    ),
    // ---- medical_account ----
    // medical_account__activate_voucher
    (
        &[
            "医保电子凭证",
            "激活医保码",
            "电子医保卡",
            "activate medical voucher",
        ],
        &["激活医保电子凭证"],
    ),
    // medical_account__show_code
    (
        &["医保码", "看病付款码", "医保卡付款", "show medical code"],
        &["出示医保码"],
    ),
    // medical_account__account_balance
    (
        &[
            "医保卡有多少钱",
            "医保余额",
            "医保个人账户",
            "medical account balance",
        ],
        &["医保个人账户余额"],
    ),
    // medical_account__transactions
    (
        &[
            "医保卡怎么扣钱了",
            "医保划入",
            "医保消费记录",
            "medical account transactions",
        ],
        &["医保消费明细"],
    ),
    // medical_account__bind_family
    (
        &[
            "医保给家人用",
            "家庭共济",
            "父母用我的医保",
            "share medical account",
        ],
        &["绑定家庭共济"],
    ),
    // medical_account__unbind_family
    (
        &[
            "取消家庭共济",
            "解绑家人医保",
            "家人不共济了",
            "unlink family medical",
        ],
        &["解除家庭共济"],
    ),
    // medical_account__offsite_filing
    (
        &[
            "异地医保",
            "外地看病报销",
            "异地就医",
            "medical care another city",
        ],
        &["异地就医备案"],
    ),
    // medical_account__designated_institutions
    (
        &[
            "能刷医保的药店",
            "医保定点医院",
            "附近医保药店",
            "designated hospitals",
        ],
        &["定点医药机构查询"],
    ),
    // ---- resident_medical ----
    // resident_medical__query_due
    (
        &[
            "居民医保交多少",
            "新农合交多少",
            "医保什么时候交",
            "resident medical due",
        ],
        &["查询居民医保应缴"],
    ),
    // resident_medical__pay
    (
        &[
            "交居民医保",
            "交新农合",
            "城乡居民医保缴费",
            "pay resident medical",
        ],
        &["缴纳居民医保"],
    ),
    // resident_medical__pay_for_family
    (
        &[
            "给孩子交医保",
            "给爸妈交医保",
            "代缴医保",
            "pay medical for family",
        ],
        &["为家人代缴医保"],
    ),
    // resident_medical__payment_records
    (
        &[
            "医保交了没",
            "医保缴费凭证",
            "居民医保缴费记录",
            "medical payment records",
        ],
        &["医保缴费记录"],
    ),
    // resident_medical__add_family_member
    (
        &[
            "添加家人",
            "加孩子代缴",
            "代缴家人加进来",
            "add family member",
        ],
        &["添加代缴家人"],
    ),
    // resident_medical__remove_family_member
    (
        &[
            "删除家人",
            "代缴家人删掉",
            "不给他交了",
            "remove family member",
        ],
        &["删除代缴家人"],
    ),
    // resident_medical__policy_info
    (
        &[
            "居民医保多少钱一年",
            "缴费截止日期",
            "医保补贴",
            "premium rates",
        ],
        &["居民医保缴费标准"],
    ),
    // ---- second pass: situations, English and mixed phrasings ----
    // ---- bank_insurance ----
    // bank_insurance__browse
    (
        &[
            "刚生了宝宝想买保险",
            "爸妈年纪大了想买保险",
            "怕得大病没钱治",
            "没有社保想买医疗险",
            "家里顶梁柱怕出事",
            "what insurance should I get",
            "重疾险 推荐",
            "best health insurance",
        ],
        &["保险产品"],
    ),
    // bank_insurance__quote
    (
        &[
            "三十岁买重疾多少钱",
            "给孩子买保险一年多少钱",
            "保费会不会很贵",
            "insurance cost per year",
            "premium 多少",
            "保额五十万交多少",
        ],
        &["保费测算"],
    ),
    // bank_insurance__buy
    (
        &[
            "想给自己上份保险",
            "帮我投个保",
            "买个意外险",
            "get insured now",
            "sign up for health insurance",
            "保险 下单",
        ],
        &["Buy a policy"],
    ),
    // bank_insurance__policies
    (
        &[
            "忘了买过什么保险",
            "保险合同找不到了",
            "家里人保了什么险",
            "where is my policy",
            "保单 在哪下载",
            "check my insurance coverage",
        ],
        &["我的保单"],
    ),
    // bank_insurance__pay_renewal
    (
        &[
            "保险扣款没成功",
            "收到保险缴费提醒",
            "保单宽限期快过了",
            "insurance payment due",
            "保单 lapse 了",
            "保险该交第二年了",
        ],
        &["续期缴费"],
    ),
    // bank_insurance__file_claim
    (
        &[
            "做完手术想报销保险",
            "摔骨折了能赔吗",
            "确诊重疾怎么赔",
            "出院了发票报保险",
            "hospital bills insurance claim",
            "查出癌症保险赔",
            "医疗险 claim",
        ],
        &["申请理赔"],
    ),
    // bank_insurance__claim_status
    (
        &[
            "理赔材料交了没动静",
            "理赔一直没消息",
            "保险公司还没赔钱",
            "when will my claim be paid",
            "claim 审核多久",
            "理赔款什么时候到",
        ],
        &["Claim status"],
    ),
    // bank_insurance__surrender
    (
        &[
            "不想交保费了",
            "保险买亏了想退",
            "被忽悠买了保险",
            "急用钱想退保险",
            "want to cancel my policy",
            "保险 refund",
            "退保 损失多少",
        ],
        &["Cancel a policy"],
    ),
    // ---- bank_securities ----
    // bank_securities__to_securities
    (
        &[
            "想买股票账户没钱",
            "打新股要入金",
            "股票账户钱不够",
            "fund my stock account",
            "转钱炒股",
            "add money to broker",
        ],
        &["银行转证券"],
    ),
    // bank_securities__to_bank
    (
        &[
            "股票卖了钱取不出来",
            "不炒股了钱拿回来",
            "清仓后转回银行",
            "cash out from broker",
            "股票账户 提现",
        ],
        &["证券转银行"],
    ),
    // bank_securities__securities_balance
    (
        &[
            "卖完股票能取多少",
            "券商里还剩多少钱",
            "how much cash in my broker",
            "证券账户 余额",
            "股票账户可用资金",
        ],
        &["查询证券资金余额"],
    ),
    // bank_securities__records
    (
        &[
            "转进券商的钱没看到",
            "银证转账到没到",
            "stock transfer records",
            "入金 记录查询",
            "出金 明细",
        ],
        &["银证转账记录"],
    ),
    // bank_securities__sign_custody
    (
        &[
            "刚开了股票账户",
            "券商让绑银行卡",
            "开户后转不了账",
            "just opened brokerage account",
            "存管银行 绑卡",
            "开户 三方存管",
        ],
        &["签约三方存管"],
    ),
    // bank_securities__cancel_custody
    (
        &[
            "换了家券商",
            "股票账户销户了",
            "券商账户不用了",
            "switching brokers",
            "存管 解绑",
            "销户 解约存管",
        ],
        &["解约三方存管"],
    ),
    // ---- biz_loan ----
    // biz_loan__assess_limit
    (
        &[
            "开店缺钱能贷多少",
            "公司流水能贷多少",
            "个体户能贷多少钱",
            "how much can my business borrow",
            "营业执照 贷款额度",
            "纳税多能贷多少",
        ],
        &["评估经营贷额度"],
    ),
    // biz_loan__apply
    (
        &[
            "店里周转不开",
            "进货钱不够",
            "要扩大店面",
            "发工资缺钱周转",
            "small business needs cash",
            "loan for my shop",
            "做买卖 贷款",
        ],
        &["申请经营贷"],
    ),
    // biz_loan__drawdown
    (
        &[
            "额度批了怎么用",
            "供应商催货款",
            "经营贷额度提出来",
            "use approved business credit",
            "经营贷 提现",
        ],
        &["经营贷用款"],
    ),
    // biz_loan__repay
    (
        &[
            "回款了先还经营贷",
            "货款回笼还贷款",
            "经营贷利息太高先还",
            "pay back business loan",
            "经营贷 repay",
        ],
        &["归还经营贷"],
    ),
    // biz_loan__loan_overview
    (
        &[
            "经营贷还欠银行多少",
            "经营贷利息多少了",
            "哪笔经营贷快到期",
            "business loan details",
            "经营贷 overview",
        ],
        &["经营贷借款明细"],
    ),
    // biz_loan__renew
    (
        &[
            "经营贷到期还不上",
            "到期资金周转不过来",
            "不想找过桥资金",
            "过桥资金太贵",
            "can't repay principal at maturity",
            "续贷 怎么办理",
        ],
        &["申请续贷"],
    ),
    // biz_loan__upload_use_proof
    (
        &[
            "银行让交发票",
            "银行查贷款用途",
            "贷款资金流向检查",
            "补交采购合同",
            "bank asks for invoices",
            "贷款用途 证明",
        ],
        &["上传贷款用途凭证"],
    ),
    // ---- car_loan ----
    // car_loan__apply
    (
        &[
            "想买车钱不够",
            "首付够了想分期",
            "提车想贷款",
            "4S店贷款",
            "buy a car on loan",
            "买车 分期付款",
            "看中一辆车想贷款",
        ],
        &["申请车贷"],
    ),
    // car_loan__loan_detail
    (
        &[
            "车贷还欠多少",
            "车贷利率多少",
            "车贷还有多少本金",
            "car loan details",
            "车贷 情况",
        ],
        &["车贷详情"],
    ),
    // car_loan__repay
    (
        &[
            "车贷没扣上",
            "车贷今天到期",
            "忘了交车贷",
            "pay my car installment",
            "车贷 逾期 补交",
            "车贷催款短信",
        ],
        &["还车贷月供"],
    ),
    // car_loan__settle
    (
        &[
            "年终奖想还清车贷",
            "卖车前要结清贷款",
            "不想再付车贷利息",
            "clear remaining car loan",
            "车贷 settle",
        ],
        &["车贷提前结清"],
    ),
    // car_loan__schedule
    (
        &[
            "车贷还要还多久",
            "车贷哪年还完",
            "car loan payment plan",
            "车贷 剩几期",
            "车贷每月几号扣",
        ],
        &["车贷还款计划"],
    ),
    // car_loan__release_lien
    (
        &[
            "车贷还完了绿本呢",
            "登记证书在银行",
            "卖车要先解押",
            "车还在抵押状态",
            "get my car title back",
            "车 解押 材料",
        ],
        &["申请解除抵押"],
    ),
    // car_loan__change_repay_card
    (
        &[
            "扣车贷的卡不用了",
            "换工资卡了车贷怎么扣",
            "new card for car loan",
            "车贷 换卡",
        ],
        &["变更车贷扣款卡"],
    ),
    // ---- cash_plus ----
    // cash_plus__deposit
    (
        &[
            "活期利息太低",
            "工资到了放活钱宝",
            "idle cash earn interest",
            "零钱 转进 活钱宝",
            "钱放卡里不赚钱",
        ],
        &["转入活钱宝"],
    ),
    // cash_plus__withdraw_fast
    (
        &[
            "急着付款从活钱宝取",
            "马上要用钱转出",
            "need cash now from cash plus",
            "活钱宝 取出来 马上用",
        ],
        &["快速转出"],
    ),
    // cash_plus__withdraw_normal
    (
        &[
            "转出超额度了",
            "快速转出额度不够",
            "取出来明天到也行",
            "withdraw more than daily limit",
            "活钱宝 全取",
        ],
        &["普通转出"],
    ),
    // cash_plus__earnings
    (
        &[
            "活钱宝今天收益",
            "收益怎么变少了",
            "活钱宝年化多少",
            "how much did my cash earn",
            "活钱宝 yield",
        ],
        &["活钱收益"],
    ),
    // cash_plus__auto_sweep
    (
        &[
            "工资到账就理财",
            "不想手动转钱",
            "每月剩的钱自动存",
            "auto invest leftover money",
            "自动 转入 活钱宝",
        ],
        &["设置自动转入"],
    ),
    // cash_plus__cancel_sweep
    (
        &[
            "工资总被转进活钱宝",
            "钱自动转走不想要",
            "卡里钱老被转走理财",
            "stop moving my salary automatically",
        ],
        &["关闭自动转入"],
    ),
    // ---- consumer_loan ----
    // consumer_loan__estimate_limit
    (
        &[
            "想借钱不知道能批多少",
            "征信花了能借吗",
            "what's my loan limit",
            "消费贷 能借多少",
            "贷款利息低吗",
        ],
        &["测算可贷额度"],
    ),
    // consumer_loan__apply
    (
        &[
            "结婚钱不够",
            "装修差十几万",
            "买家电想贷款",
            "need a personal loan",
            "贷款 买家具",
            "办酒席差钱",
        ],
        &["申请消费贷"],
    ),
    // consumer_loan__application_status
    (
        &[
            "申请贷款好几天了",
            "贷款怎么还没放款",
            "贷款被拒了",
            "is my loan approved",
            "贷款 审批进度",
        ],
        &["查询贷款申请进度"],
    ),
    // consumer_loan__repay
    (
        &[
            "收到贷款还款短信",
            "消费贷今天到期",
            "扣款卡余额不足还贷",
            "pay this month's loan",
            "贷款 这期 还了吗",
        ],
        &["归还本期贷款"],
    ),
    // consumer_loan__prepay
    (
        &[
            "有钱了想把贷款还了",
            "不想付利息了",
            "年终奖还消费贷",
            "pay off personal loan",
            "消费贷 提前结清",
        ],
        &["Prepay the consumer loan"],
    ),
    // consumer_loan__repayment_schedule
    (
        &[
            "贷款每个月几号扣",
            "消费贷还到什么时候",
            "loan payment dates",
            "还款 计划表",
        ],
        &["查看还款计划"],
    ),
    // consumer_loan__loan_detail
    (
        &[
            "消费贷还欠多少",
            "贷款利息怎么算的",
            "outstanding personal loan",
            "贷款 余额 查询",
        ],
        &["查询贷款详情"],
    ),
    // consumer_loan__change_repay_card
    (
        &[
            "换了工资卡扣贷款",
            "原来扣款卡销户了",
            "switch loan deduction card",
            "贷款 换卡扣款",
        ],
        &["变更还款账户"],
    ),
    // ---- fcy_account ----
    // fcy_account__fcy_balances, fx_exchange__fx_balance
    (
        &[
            "出国回来还剩多少外币",
            "外币账户里有美元吗",
            "how many dollars do I have",
            "美元 余额 查询",
            "账户里的日元还有多少",
            "check my USD balance",
        ],
        &["外币余额", "外币账户余额"],
    ),
    // fcy_account__buy_fcy, fx_exchange__buy_fx
    (
        &[
            "下周去东京出差",
            "孩子要出国读书",
            "去欧洲旅游要换钱",
            "出国前换点外币",
            "想存点美元",
            "going abroad need currency",
            "买点 dollars",
            "换 USD",
        ],
        &["购汇"],
    ),
    // fcy_account__sell_fcy, fx_exchange__sell_fx
    (
        &[
            "国外回来剩的美元",
            "留学回国剩下的钱",
            "手上美元想换回来",
            "convert leftover foreign money",
            "美元 换成 人民币",
            "sell my dollars",
        ],
        &["结汇"],
    ),
    // fcy_account__fcy_transactions
    (
        &[
            "国外刷卡扣了多少",
            "出国消费记录",
            "外币扣款明细",
            "overseas card spending",
            "美元 流水",
            "海外消费 账单",
        ],
        &["外币交易明细"],
    ),
    // fcy_account__fcy_time_deposit
    (
        &[
            "美元放着没利息",
            "美元存起来吃利息",
            "外币闲着不动",
            "USD deposit interest",
            "美元 定存一年",
            "美元存款利率高",
        ],
        &["外币定期存入"],
    ),
    // fcy_account__fcy_rates, fx_rates__board
    (
        &[
            "美元兑人民币多少",
            "今天换美元划算吗",
            "银行挂牌汇率",
            "what's the dollar rate",
            "日元 现在多少",
            "today's USD rate",
        ],
        &["外汇牌价"],
    ),
    // ---- fx_exchange ----
    // fx_exchange__quota
    (
        &[
            "换汇被拒超额度",
            "今年换了多少外汇",
            "留学换汇额度够不够",
            "annual FX allowance",
            "购汇 额度 用完",
            "五万额度还剩多少",
        ],
        &["查询购汇额度"],
    ),
    // fx_exchange__limit_order
    (
        &[
            "等汇率低点再换",
            "美元跌到目标价再买",
            "exchange when rate hits target",
            "汇率 到价 自动换",
            "挂单 买美元",
        ],
        &["挂单兑换"],
    ),
    // fx_exchange__cancel_limit_order
    (
        &[
            "挂的单不想换了",
            "换汇委托撤掉",
            "cancel pending exchange order",
            "委托 不要了",
        ],
        &["撤销挂单"],
    ),
    // fx_exchange__records
    (
        &[
            "上次换汇什么汇率",
            "换过多少美元",
            "my currency exchange history",
            "结汇 明细",
            "购汇 记录",
        ],
        &["结售汇记录"],
    ),
    // ---- fx_rates ----
    // fx_rates__history
    (
        &[
            "美元最近涨了吗",
            "现在换汇是低点吗",
            "欧元这个月走势",
            "how has the dollar moved",
            "汇率 历史",
            "日元跌到底了吗",
        ],
        &["汇率走势"],
    ),
    // fx_rates__convert
    (
        &[
            "日本东西人民币多少钱",
            "海淘美元价折合多少",
            "how much is that in yuan",
            "美金 折合 人民币",
            "欧元换算人民币",
        ],
        &["汇率换算"],
    ),
    // fx_rates__set_alert
    (
        &[
            "等日元再便宜点提醒我",
            "汇率跌到某个价通知",
            "notify me when rate drops",
            "汇率 提醒",
            "盯着汇率太累",
        ],
        &["设置汇率提醒"],
    ),
    // fx_rates__list_alerts
    (
        &[
            "我设的汇率提醒",
            "提醒还在不在",
            "show my rate alerts",
            "汇率 提醒 有哪些",
        ],
        &["我的汇率提醒"],
    ),
    // fx_rates__delete_alert
    (
        &[
            "汇率提醒太烦了",
            "老收到汇率短信",
            "stop rate notifications",
            "不用提醒汇率了",
        ],
        &["删除汇率提醒"],
    ),
    // ---- gold_saving ----
    // gold_saving__gold_price
    (
        &[
            "金价今天涨没涨",
            "现在黄金什么价",
            "黄金行情",
            "gold price per gram",
            "积存金 报价",
            "金价 跌了吗",
        ],
        &["积存金实时金价"],
    ),
    // gold_saving__buy
    (
        &[
            "金价跌了想抄底",
            "想攒点黄金",
            "黄金保值买一点",
            "buy some gold online",
            "积存金 买一克",
            "手机上买黄金",
        ],
        &["买入积存金"],
    ),
    // gold_saving__sell
    (
        &[
            "金价涨了想卖",
            "黄金赚了落袋",
            "积存金变现",
            "cash out my gold",
            "积存金 卖了",
        ],
        &["卖出积存金"],
    ),
    // gold_saving__create_plan
    (
        &[
            "每月攒一点黄金",
            "给孩子攒金子",
            "每天存一克",
            "monthly gold investing",
            "积存金 定投",
            "工资到了买点黄金",
        ],
        &["设置定期积存"],
    ),
    // gold_saving__cancel_plan
    (
        &[
            "黄金不攒了",
            "金价太高停定投",
            "stop buying gold monthly",
            "积存金 定投 停",
        ],
        &["终止定期积存"],
    ),
    // gold_saving__holdings
    (
        &[
            "攒了多少克金子",
            "积存金赚钱了吗",
            "how much gold do I own",
            "积存金 收益",
        ],
        &["我的积存金"],
    ),
    // gold_saving__redeem_physical
    (
        &[
            "攒的黄金换成首饰",
            "结婚要金饰",
            "积存金提金条",
            "turn my gold into bars",
            "积存金 取实物",
        ],
        &["兑换实物黄金"],
    ),
    // gold_saving__price_alert
    (
        &[
            "金价跌了通知我",
            "等金价回调再买",
            "notify me gold price",
            "金价 提醒设置",
            "盯金价太累",
        ],
        &["金价提醒"],
    ),
    // ---- large_cd ----
    // large_cd__products
    (
        &[
            "比定期利息高的存款",
            "大额存单 哪期利率高",
            "large deposit certificate",
            "三年期大额存单",
            "大额存单 还有吗",
            "存款利率最高的",
        ],
        &["在售大额存单"],
    ),
    // large_cd__buy
    (
        &[
            "大额存单开抢了",
            "抢到大额存单额度",
            "存一笔大额存单",
            "subscribe to large CD",
            "大额 存单 下单",
        ],
        &["认购大额存单"],
    ),
    // large_cd__holdings
    (
        &[
            "大额存单利息多少",
            "我的存单什么时候到期",
            "check my CDs",
            "大额存单 持有",
        ],
        &["我的大额存单"],
    ),
    // large_cd__transfer_out
    (
        &[
            "大额存单急着变现",
            "存单卖掉不亏利息",
            "转让 存单 挂多少钱",
            "transfer my CD to others",
        ],
        &["挂单转让大额存单"],
    ),
    // large_cd__cancel_transfer
    (
        &[
            "挂出去的存单撤回",
            "存单转让不想卖了",
            "cancel CD transfer",
            "转让 挂单 撤销",
        ],
        &["撤销转让挂单"],
    ),
    // large_cd__buy_transfer
    (
        &[
            "想买快到期的存单",
            "剩余期限短的存单",
            "转让区 捡漏",
            "buy CD from others",
            "别人卖的大额存单",
        ],
        &["购买转让区存单"],
    ),
    // large_cd__early_redeem
    (
        &[
            "大额存单急用钱取出",
            "存单提前取亏多少利息",
            "break my CD early",
            "大额存单 提前取",
        ],
        &["大额存单提前支取"],
    ),
    // large_cd__issue_reminder
    (
        &[
            "大额存单老抢不到",
            "存单一发就没了",
            "新一期大额存单什么时候",
            "notify me of new CDs",
            "大额存单 预约提醒",
        ],
        &["大额存单发售提醒"],
    ),
    // ---- loan_calculator ----
    // loan_calculator__mortgage_payment
    (
        &[
            "买房贷款月供多少",
            "首套房月供计算",
            "房贷三十年每月还多少",
            "monthly mortgage payment",
            "商贷 月供 计算",
            "贷款买房每月还多少",
        ],
        &["房贷月供计算"],
    ),
    // loan_calculator__combo_loan
    (
        &[
            "公积金不够贷还要商贷",
            "公积金贷款加商业贷款",
            "combined provident fund loan",
            "组合贷 月供",
            "公积金额度不够买房",
        ],
        &["组合贷计算"],
    ),
    // loan_calculator__prepay_savings
    (
        &[
            "手里有闲钱要不要提前还",
            "提前还贷划不划算",
            "should I prepay my loan",
            "提前还款 省利息 计算",
        ],
        &["提前还款计算器"],
    ),
    // loan_calculator__car_payment
    (
        &[
            "想买辆车算月供",
            "车贷首付三成月供",
            "车贷 月供 算一下",
            "how much car payment per month",
            "买车预算",
        ],
        &["车贷计算器"],
    ),
    // loan_calculator__lpr_rates
    (
        &[
            "LPR降了没",
            "这个月LPR",
            "is the LPR cut",
            "贷款基准利率",
            "lpr 又降了",
        ],
        &["最新LPR利率"],
    ),
    // loan_calculator__affordability
    (
        &[
            "工资能买多大房子",
            "刚工作想买房",
            "can I afford a house",
            "买房 预算 评估",
            "月收入能贷多少房贷",
        ],
        &["购房能力评估"],
    ),
    // ---- mortgage ----
    // mortgage__loan_info
    (
        &[
            "房贷还欠银行多少",
            "我的房贷利率降了没",
            "房贷利率怎么还这么高",
            "my mortgage rate",
            "房贷 剩多少",
        ],
        &["查询房贷信息"],
    ),
    // mortgage__schedule
    (
        &[
            "房贷每月几号扣",
            "房贷还有多少年",
            "房贷本金利息各多少",
            "mortgage payment dates",
            "房贷 还款日",
        ],
        &["房贷还款计划"],
    ),
    // mortgage__repay_overdue
    (
        &[
            "房贷卡里忘存钱",
            "银行打电话催房贷",
            "房贷晚了几天",
            "missed mortgage payment",
            "房贷 罚息",
            "房贷 没还上",
        ],
        &["归还逾期房贷"],
    ),
    // mortgage__prepay_trial
    (
        &[
            "手里有钱要不要还房贷",
            "房贷提前还一部分省多少",
            "房贷 提前还 划不划算",
            "mortgage prepayment savings",
        ],
        &["提前还款试算"],
    ),
    // mortgage__prepay
    (
        &[
            "年终奖提前还房贷",
            "房贷利率高想还掉",
            "卖房前先还清房贷",
            "pay down my mortgage",
            "房贷 提前还 预约",
        ],
        &["申请提前还款"],
    ),
    // mortgage__cancel_prepay
    (
        &[
            "预约的提前还款不还了",
            "钱另有用不提前还了",
            "改主意不提前还房贷",
            "cancel prepayment booking",
        ],
        &["撤销提前还款预约"],
    ),
    // mortgage__lpr_reprice
    (
        &[
            "利率下调我房贷啥时生效",
            "LPR降了我的房贷没变",
            "when does my mortgage rate reset",
            "重定价 改到一月一日",
        ],
        &["LPR重定价日设置"],
    ),
    // mortgage__change_account
    (
        &[
            "房贷扣款卡要注销",
            "换了工资卡房贷扣款",
            "以前扣房贷的卡不用了",
            "switch mortgage deduction card",
        ],
        &["变更房贷还款账户"],
    ),
    // mortgage__payoff_certificate
    (
        &[
            "房贷还清了要证明",
            "房子要解押过户",
            "房贷还完了然后呢",
            "proof mortgage paid off",
            "不动产 解押 材料",
        ],
        &["开具贷款结清证明"],
    ),
    // ---- flash_loan ----
    // flash_loan__check_limit
    (
        &[
            "银行给我授信了多少",
            "手机上能借多少钱",
            "急用钱看看额度",
            "how much can I borrow instantly",
            "快贷 额度",
        ],
        &["查看可用额度"],
    ),
    // flash_loan__activate
    (
        &[
            "收到预授信短信",
            "银行说我有额度",
            "额度怎么开通",
            "activate my loan offer",
            "闪电贷 开通",
        ],
        &["激活额度"],
    ),
    // flash_loan__borrow
    (
        &[
            "差几千块周转",
            "月底手头紧",
            "下午就要用钱",
            "need cash today",
            "借点钱 到卡",
            "急需一笔钱应急",
        ],
        &["借款到卡"],
    ),
    // flash_loan__repay_early
    (
        &[
            "工资到了把借的还上",
            "借的钱想早点还",
            "少付点利息先还",
            "pay back instant loan",
            "闪电贷 还款",
        ],
        &["随借随还"],
    ),
    // flash_loan__borrow_records
    (
        &[
            "闪电贷借过几次",
            "借的钱还清了没",
            "闪电贷 还了多少",
            "instant loan history",
        ],
        &["借还记录"],
    ),
    // flash_loan__request_increase
    (
        &[
            "借不到想要的钱",
            "额度只有几千",
            "公积金高能提额吗",
            "increase my borrowing limit",
            "额度 太少",
        ],
        &["申请提额"],
    ),
    // flash_loan__close_line
    (
        &[
            "怕自己乱借钱",
            "授信影响房贷审批",
            "征信上有授信想关掉",
            "close my loan line",
            "闪电贷 注销",
        ],
        &["注销额度"],
    ),
    // ---- fund_sip ----
    // fund_sip__create_plan
    (
        &[
            "想每月存点钱买基金",
            "工资到了自动买基金",
            "小白买基金省心",
            "懒人理财 定投",
            "set up regular fund investing",
            "指数基金 定投",
        ],
        &["新建定投"],
    ),
    // fund_sip__list_plans
    (
        &[
            "我定投了几只基金",
            "每月扣多少定投",
            "定投哪天扣款",
            "check my SIP",
        ],
        &["我的定投计划"],
    ),
    // fund_sip__modify_plan
    (
        &[
            "工资涨了多投点",
            "定投金额太大了",
            "定投日改到发工资后",
            "increase my monthly SIP",
        ],
        &["修改定投"],
    ),
    // fund_sip__pause_plan
    (
        &[
            "最近手头紧定投先停",
            "这个月没钱定投",
            "市场太差先停定投",
            "skip SIP for now",
        ],
        &["暂停定投"],
    ),
    // fund_sip__resume_plan
    (
        &[
            "暂停的定投恢复",
            "手头宽裕了继续投",
            "restart my paused SIP",
        ],
        &["恢复定投"],
    ),
    // fund_sip__stop_plan
    (
        &[
            "这只基金不想定投了",
            "定投一直亏不投了",
            "cancel my SIP plan",
        ],
        &["终止定投"],
    ),
    // fund_sip__plan_history
    (
        &[
            "定投怎么没扣钱",
            "卡里没钱定投失败",
            "这个月定投扣了吗",
            "did my SIP go through",
        ],
        &["定投扣款记录"],
    ),
    // fund_sip__sip_calculator
    (
        &[
            "每月投一点能攒多少",
            "坚持定投能赚吗",
            "定投十年收益",
            "how much will SIP earn",
        ],
        &["定投收益计算器"],
    ),
    // ---- mutual_fund ----
    // mutual_fund__search
    (
        &[
            "想买个指数基金",
            "医药基金有哪些",
            "纳斯达克基金",
            "买基金不知道选哪个",
            "find a fund",
            "基金 推荐",
        ],
        &["搜索基金"],
    ),
    // mutual_fund__fund_detail
    (
        &[
            "这只基金怎么样",
            "基金最近收益率",
            "基金费率多少",
            "fund performance",
            "基金经理 业绩",
        ],
        &["基金详情"],
    ),
    // mutual_fund__buy
    (
        &[
            "基金跌了想补仓",
            "想买点基金",
            "抄底买基金",
            "buy into a fund",
            "补仓 基金",
        ],
        &["申购基金"],
    ),
    // mutual_fund__redeem
    (
        &[
            "基金亏了想割肉",
            "基金赚了止盈",
            "急用钱卖基金",
            "sell my fund",
            "基金 止盈",
        ],
        &["赎回基金"],
    ),
    // mutual_fund__switch
    (
        &[
            "这只基金太差换一只",
            "股票基金换成债基",
            "不赎回换基金",
            "switch to another fund",
        ],
        &["基金转换"],
    ),
    // mutual_fund__holdings
    (
        &[
            "基金今天涨了多少",
            "我的基金绿了",
            "基金收益查一下",
            "check my fund returns",
            "基金 亏了吗",
        ],
        &["我的基金"],
    ),
    // mutual_fund__cancel_order
    (
        &[
            "基金买多了想撤",
            "刚申购后悔了",
            "手滑买错基金",
            "undo fund purchase today",
        ],
        &["基金撤单"],
    ),
    // mutual_fund__dividend_method
    (
        &[
            "基金分红怎么是现金",
            "分红想继续投",
            "分红自动买入",
            "fund dividend option",
        ],
        &["修改分红方式"],
    ),
    // ---- notice_deposit ----
    // notice_deposit__rates
    (
        &[
            "短期存钱利率高点的",
            "比活期高的存法",
            "notice deposit rate",
            "通知存款 年化",
        ],
        &["通知存款利率"],
    ),
    // notice_deposit__open
    (
        &[
            "几天后要用的钱先存着",
            "钱放几天就用",
            "存 七天 通知存款",
            "open notice deposit",
        ],
        &["存入通知存款"],
    ),
    // notice_deposit__give_notice
    (
        &[
            "过几天要取通知存款",
            "下周要用钱先通知",
            "give notice to withdraw",
        ],
        &["预约支取"],
    ),
    // notice_deposit__cancel_notice
    (
        &[
            "预约的钱暂时不取了",
            "支取预约 撤销",
            "keep my notice deposit",
        ],
        &["取消支取通知"],
    ),
    // notice_deposit__withdraw
    (
        &[
            "今天就要取出通知存款",
            "不提前通知能取吗",
            "take out notice deposit",
        ],
        &["支取通知存款"],
    ),
    // notice_deposit__list
    (
        &[
            "我存了几笔通知存款",
            "通知存款到现在利息",
            "check my notice deposits",
        ],
        &["我的通知存款"],
    ),
    // notice_deposit__smart_sweep
    (
        &[
            "闲钱自动存通知存款",
            "卡里余额自动生息",
            "auto sweep into notice deposit",
        ],
        &["设置智能通知存款"],
    ),
    // ---- precious_metals ----
    // precious_metals__catalog
    (
        &[
            "送金条当礼物",
            "宝宝满月送金",
            "过年送什么金",
            "生肖金条 多少钱",
            "gold bar gift",
            "银条 纪念章",
        ],
        &["贵金属商品"],
    ),
    // precious_metals__buy
    (
        &[
            "想买根金条收藏",
            "买金条送人",
            "下单 实物黄金",
            "order a gold bar",
        ],
        &["购买实物金"],
    ),
    // precious_metals__orders
    (
        &[
            "金条什么时候能取",
            "金条快递到哪了",
            "金条寄出来没",
            "gold bar delivery status",
        ],
        &["贵金属订单"],
    ),
    // precious_metals__cancel_order
    (
        &[
            "金条订单买错了",
            "金价跌了金条不要了",
            "cancel my gold purchase",
        ],
        &["取消贵金属订单"],
    ),
    // precious_metals__buyback
    (
        &[
            "家里金条想卖掉",
            "金条能卖回银行吗",
            "金价高把金条卖了",
            "sell gold bars to bank",
        ],
        &["贵金属回购"],
    ),
    // precious_metals__coin_reserve
    (
        &[
            "新纪念币什么时候预约",
            "生肖纪念币",
            "想换纪念钞",
            "book commemorative coin",
        ],
        &["纪念币预约"],
    ),
    // precious_metals__cancel_coin_reserve
    (
        &[
            "纪念币那天去不了",
            "纪念币 预约 不要了",
            "cancel coin booking",
        ],
        &["取消纪念币预约"],
    ),
    // ---- risk_assessment ----
    // risk_assessment__questionnaire
    (
        &["风险测评怎么答", "测评题目看看", "risk test questions"],
        &["风险测评问卷"],
    ),
    // risk_assessment__submit
    (
        &[
            "买基金提示要测评",
            "风险等级不够买不了",
            "测评过期了买不了理财",
            "买理财要先测评",
            "do risk profile test",
            "风险评估 重做",
        ],
        &["提交风险测评"],
    ),
    // risk_assessment__result
    (
        &[
            "我是保守型还是激进型",
            "为什么买不了高风险",
            "what's my risk profile",
            "风险等级 多少",
        ],
        &["我的风险等级"],
    ),
    // risk_assessment__history
    (
        &[
            "上次测评是什么时候",
            "测评做过几回",
            "past risk assessments",
        ],
        &["测评记录"],
    ),
    // risk_assessment__expiry_reminder
    (
        &[
            "测评过期别忘了提醒",
            "测评到期前告诉我",
            "remind me to redo risk test",
        ],
        &["测评到期提醒"],
    ),
    // ---- savings_bonds ----
    // savings_bonds__upcoming
    (
        &[
            "国债几号开卖",
            "今年国债利率多少",
            "爸妈想买国债",
            "next bond issue",
            "国债 三年期 五年期",
        ],
        &["国债发行信息"],
    ),
    // savings_bonds__buy
    (
        &[
            "给爸妈抢国债",
            "国债开售了快买",
            "买点国债 保本",
            "subscribe savings bond",
        ],
        &["购买国债"],
    ),
    // savings_bonds__holdings
    (
        &[
            "国债哪天到期",
            "买的国债在哪看",
            "check my government bonds",
        ],
        &["我的国债"],
    ),
    // savings_bonds__early_redeem
    (
        &["国债急用钱取出", "国债没到期要用钱", "cash in bonds early"],
        &["国债提前兑取"],
    ),
    // savings_bonds__sale_reminder
    (
        &["国债老是抢不到", "国债开卖提醒", "remind me bond sale"],
        &["国债开售提醒"],
    ),
    // savings_bonds__interest_records
    (
        &[
            "国债利息什么时候给",
            "国债利息到哪张卡",
            "bond interest paid",
        ],
        &["国债付息记录"],
    ),
    // ---- student_loan ----
    // student_loan__loan_info
    (
        &[
            "上大学贷的款还欠多少",
            "毕业了助学贷款怎么办",
            "助学贷款什么时候开始还",
            "student loan details",
        ],
        &["查询助学贷款"],
    ),
    // student_loan__repay
    (
        &[
            "助学贷款年底要还",
            "收到助学贷款还款短信",
            "助学贷款 逾期",
            "pay back student loan",
        ],
        &["归还助学贷款"],
    ),
    // student_loan__prepay
    (
        &[
            "工作了想把助学贷款还清",
            "有钱了先还助学贷款",
            "pay off student loan early",
        ],
        &["助学贷款提前还款"],
    ),
    // student_loan__schedule
    (
        &[
            "助学贷款今年还多少",
            "助学贷款还到哪一年",
            "student loan payment plan",
        ],
        &["助学贷款还款计划"],
    ),
    // student_loan__apply_extension
    (
        &[
            "考上研究生助学贷款延期",
            "毕业没工作还不起助学贷款",
            "读博 贷款延期",
            "postpone student loan",
        ],
        &["申请还款展期"],
    ),
    // student_loan__update_contact
    (
        &[
            "毕业换了手机号",
            "助学贷款留的电话换了",
            "工作单位变了要报",
            "update my contact for student loan",
        ],
        &["更新毕业去向信息"],
    ),
    // ---- term_deposit ----
    // term_deposit__rates
    (
        &[
            "存银行哪个期限利息高",
            "现在存款利息多少",
            "定期利率又降了吗",
            "fixed deposit rates",
        ],
        &["定期存款利率"],
    ),
    // term_deposit__open
    (
        &[
            "拆迁款存银行",
            "攒的钱存定期",
            "年终奖存起来",
            "open a time deposit",
        ],
        &["存定期"],
    ),
    // term_deposit__list
    (
        &[
            "存的定期哪天到期",
            "定期存款在哪看",
            "存了几笔定期",
            "my time deposits",
        ],
        &["我的定期存款"],
    ),
    // term_deposit__early_withdraw
    (
        &[
            "定期存款急用钱",
            "家里急用钱定期取出",
            "定期没到期要用钱",
            "break fixed deposit",
        ],
        &["Withdraw a term deposit early"],
    ),
    // term_deposit__set_auto_renew
    (
        &[
            "定期到期忘了转存",
            "到期自动再存一年",
            "auto rollover deposit",
        ],
        &["设置自动转存"],
    ),
    // term_deposit__cancel_auto_renew
    (
        &[
            "定期到期不想再存",
            "到期直接转活期",
            "don't renew my deposit",
        ],
        &["取消自动转存"],
    ),
    // term_deposit__interest_trial
    (
        &[
            "存一年能有多少利息",
            "存款 利息 算一下",
            "how much interest will I get",
        ],
        &["存款利息计算"],
    ),
    // ---- wealth_adviser ----
    // wealth_adviser__my_adviser
    (
        &[
            "银行谁负责我",
            "我的客户经理联系方式",
            "who is my banker",
            "理财经理 联系",
        ],
        &["我的理财经理"],
    ),
    // wealth_adviser__book
    (
        &[
            "想找人规划下资产",
            "想当面咨询理财",
            "约个时间去网点谈理财",
            "book a meeting with banker",
        ],
        &["预约理财经理"],
    ),
    // wealth_adviser__bookings
    (
        &[
            "我约了理财经理哪天",
            "面谈时间查一下",
            "when is my adviser meeting",
        ],
        &["My adviser bookings"],
    ),
    // wealth_adviser__reschedule
    (
        &[
            "那天有事去不了换一天",
            "和理财经理改个时间",
            "move my adviser appointment",
        ],
        &["修改预约时间"],
    ),
    // wealth_adviser__cancel
    (
        &[
            "约的理财经理不去了",
            "临时有事取消面谈",
            "cancel my banker meeting",
        ],
        &["取消理财预约"],
    ),
    // wealth_adviser__message
    (
        &[
            "有个理财问题想问",
            "给客户经理发消息",
            "ask my adviser a question",
        ],
        &["在线咨询理财经理"],
    ),
    // wealth_adviser__change_adviser
    (
        &[
            "理财经理离职了",
            "搬家了换个网点经理",
            "经理老推销想换",
            "assign me a new adviser",
        ],
        &["更换理财经理"],
    ),
    // ---- wealth_products ----
    // wealth_products__browse
    (
        &[
            "闲钱想买点理财",
            "比存款收益高点的",
            "稳一点的理财产品",
            "低风险理财",
            "safe investment products",
            "理财 R2",
        ],
        &["理财产品列表"],
    ),
    // wealth_products__product_detail
    (
        &[
            "这个理财会不会亏",
            "理财破净了吗",
            "业绩比较基准多少",
            "is this product risky",
        ],
        &["产品详情与净值"],
    ),
    // wealth_products__buy
    (
        &[
            "看中一款理财想买",
            "理财 下单",
            "买 稳健理财",
            "invest in wealth product",
        ],
        &["购买理财"],
    ),
    // wealth_products__redeem
    (
        &[
            "理财亏了想卖",
            "理财急用钱取出",
            "take money out of wealth product",
        ],
        &["赎回理财"],
    ),
    // wealth_products__holdings
    (
        &[
            "理财今天收益多少",
            "我的理财亏了吗",
            "how are my wealth products doing",
        ],
        &["我的理财持仓"],
    ),
    // wealth_products__cancel_order
    (
        &["理财刚买想撤销", "理财在途能撤吗", "undo wealth purchase"],
        &["理财撤单"],
    ),
    // wealth_products__transactions
    (
        &[
            "理财赎回记录",
            "之前买过哪些理财",
            "wealth purchase records",
        ],
        &["理财交易记录"],
    ),
    // ---- personal_pension ----
    // personal_pension__open_account
    (
        &[
            "想开个人养老金抵税",
            "单位让开养老金账户",
            "第三支柱开户",
            "open personal pension account",
        ],
        &["开立个人养老金账户"],
    ),
    // personal_pension__contribute
    (
        &[
            "年底前存养老金抵个税",
            "少交个税存养老金",
            "个人养老金今年还没存",
            "save tax with pension",
        ],
        &["缴存养老金"],
    ),
    // personal_pension__account_summary
    (
        &[
            "个人养老金存了多少",
            "养老金账户收益",
            "personal pension balance",
        ],
        &["养老金账户概览"],
    ),
    // personal_pension__buy_product
    (
        &[
            "养老金账户的钱闲着",
            "养老金账户买基金",
            "invest pension money",
        ],
        &["购买养老金产品"],
    ),
    // personal_pension__products
    (
        &[
            "个人养老金买什么好",
            "养老目标基金有哪些",
            "pension eligible products",
        ],
        &["养老金产品目录"],
    ),
    // personal_pension__tax_receipt
    (
        &[
            "个税汇算要养老金凭证",
            "养老金抵扣凭证下载",
            "pension tax certificate",
        ],
        &["Get the contribution receipt"],
    ),
    // personal_pension__change_card
    (
        &[
            "养老金账户绑的卡注销",
            "个人养老金换卡",
            "change pension linked card",
        ],
        &["变更绑定银行卡"],
    ),
    // personal_pension__withdraw
    (
        &[
            "退休了取个人养老金",
            "出国定居领养老金",
            "个人养老金 能取了吗",
            "withdraw personal pension",
        ],
        &["申请领取养老金"],
    ),
    // ---- car_insurance ----
    // car_insurance__renewal_quote
    (
        &[
            "保险公司打电话让续保",
            "车险明年多少钱",
            "出过险保费涨多少",
            "car insurance renewal price",
            "车险 比价",
        ],
        &["车险续保报价"],
    ),
    // car_insurance__buy_renewal
    (
        &[
            "车险下个月到期要续",
            "交强险今天到期",
            "renew my car insurance",
            "车险 下单",
            "车险过期了要买",
        ],
        &["车险续保投保"],
    ),
    // car_insurance__my_policies
    (
        &[
            "车险保的哪些项目",
            "交警要看保单",
            "车险在哪家买的",
            "show my car insurance policy",
        ],
        &["我的车险保单"],
    ),
    // car_insurance__report_claim
    (
        &[
            "停车被人撞了",
            "车被砸了",
            "开车蹭了别人车",
            "下雨车被淹了",
            "got into a car accident",
            "车 出险 报案",
        ],
        &["车险报案"],
    ),
    // car_insurance__claim_progress
    (
        &[
            "车修好了赔款没到",
            "定损完了没消息",
            "车险赔了多少",
            "car insurance payout status",
        ],
        &["Claim progress"],
    ),
    // car_insurance__cancel_policy
    (
        &[
            "车卖了保险退",
            "车报废了退保",
            "车险重复买了",
            "refund car insurance after selling car",
        ],
        &["车险退保"],
    ),
    // ---- travel_insurance ----
    // travel_insurance__quote
    (
        &[
            "出境游保险多少钱",
            "自由行保险贵吗",
            "签证保险要多少钱",
            "travel cover cost",
            "旅行险 价格",
        ],
        &["旅行险报价"],
    ),
    // travel_insurance__buy
    (
        &[
            "下周出国旅游买保险",
            "带爸妈出国买保险",
            "去申根国家买保险",
            "buy trip insurance",
            "境外旅行险 下单",
        ],
        &["购买旅行险"],
    ),
    // travel_insurance__flight_delay
    (
        &[
            "怕飞机延误",
            "航班经常晚点买个险",
            "赶飞机怕延误",
            "insure my flight delay",
        ],
        &["航班延误险"],
    ),
    // travel_insurance__policies
    (
        &["出国前买的保险在哪", "旅行险保到哪天", "my trip insurance"],
        &["我的旅行保单"],
    ),
    // travel_insurance__certificate
    (
        &[
            "签证材料要保险单",
            "使馆要英文保单",
            "保险证明 打印",
            "visa insurance proof document",
        ],
        &["下载保险凭证"],
    ),
    // travel_insurance__cancel
    (
        &[
            "签证没下来退保险",
            "旅行不去了保险退",
            "行程改期保险退",
            "trip cancelled refund insurance",
        ],
        &["退订旅行险"],
    ),
    // travel_insurance__claim
    (
        &[
            "国外看病花了钱",
            "国外生病住院",
            "行李箱摔坏了",
            "航班延误怎么赔",
            "overseas medical bills",
            "lost luggage claim",
        ],
        &["旅行险理赔"],
    ),
    // ---- home_valuation ----
    // home_valuation__estimate_value
    (
        &[
            "想卖房不知道值多少",
            "房子能卖多少钱",
            "二手房估价",
            "what's my flat worth",
            "房子 估价",
        ],
        &["在线房屋估价"],
    ),
    // home_valuation__price_trend
    (
        &[
            "想买这个小区看看价格",
            "附近房价跌了没",
            "小区单价多少",
            "neighborhood home prices",
        ],
        &["小区房价走势"],
    ),
    // home_valuation__my_property_value
    (
        &[
            "我家房子跌了多少",
            "我的房子现在市值",
            "my property value now",
        ],
        &["我的房产估值"],
    ),
    // home_valuation__book_appraisal
    (
        &[
            "抵押贷款要评估报告",
            "离婚分房子要评估",
            "遗产房子要估价",
            "book a property appraiser",
        ],
        &["预约上门评估"],
    ),
    // home_valuation__cancel_appraisal
    (
        &[
            "评估师那天没人在家",
            "房子不用评估了",
            "cancel home appraisal booking",
        ],
        &["取消评估预约"],
    ),
    // home_valuation__appraisal_report
    (
        &[
            "评估师来过了报告呢",
            "评估报告 下载",
            "get appraisal report",
        ],
        &["查看评估报告"],
    ),
    // ---- housing_fund ----
    // housing_fund__query_balance
    (
        &[
            "公积金里有多少钱",
            "how much in my housing fund",
            "公积金 余额 查一下",
        ],
        &["查询公积金余额"],
    ),
    // housing_fund__deposit_records
    (
        &[
            "换工作后公积金交了没",
            "公司有没有给我交公积金",
            "公积金断缴了吗",
            "housing fund contributions",
        ],
        &["公积金缴存明细"],
    ),
    // housing_fund__withdraw_rent
    (
        &[
            "租房子能提公积金吗",
            "房租太贵用公积金",
            "每月提公积金付房租",
            "use housing fund for rent",
        ],
        &["租房提取公积金"],
    ),
    // housing_fund__withdraw
    (
        &[
            "买房首付想用公积金",
            "辞职了公积金取出来",
            "离开这个城市取公积金",
            "装修提公积金",
            "withdraw provident fund",
        ],
        &["其他提取公积金"],
    ),
    // housing_fund__loan_quota
    (
        &[
            "用公积金买房能贷多少",
            "公积金贷款能贷多少年",
            "how much provident fund loan",
        ],
        &["公积金贷款额度测算"],
    ),
    // housing_fund__loan_info
    (
        &[
            "公积金贷款还欠多少",
            "公积金房贷利率",
            "provident fund loan balance",
        ],
        &["公积金贷款查询"],
    ),
    // housing_fund__loan_prepay
    (
        &[
            "有钱了提前还公积金贷款",
            "公积金贷款一次结清",
            "prepay provident fund loan",
        ],
        &["公积金贷款提前还款"],
    ),
    // housing_fund__transfer_account
    (
        &[
            "换城市工作公积金怎么办",
            "跳槽到外地公积金",
            "回老家工作公积金转回",
            "move housing fund to new city",
        ],
        &["公积金异地转移"],
    ),
    // ---- iit ----
    // iit__refund_status
    (
        &[
            "退税申请了没到账",
            "退税怎么一直审核中",
            "个税退款什么时候到",
            "when will I get tax refund",
        ],
        &["查询退税进度"],
    ),
    // iit__income_records
    (
        &[
            "收入明细不对",
            "没在那家公司上班却有收入",
            "被冒用报了收入",
            "去年工资报了多少",
            "check my reported income",
        ],
        &["收入纳税明细"],
    ),
    // iit__list_deductions
    (
        &["今年填了哪些扣除", "专项扣除填了没", "my tax deductions"],
        &["查看专项附加扣除"],
    ),
    // iit__add_deduction
    (
        &[
            "孩子上学了个税扣除",
            "生了孩子个税怎么填",
            "租房个税能扣",
            "爸妈满六十了个税",
            "首套房贷利息扣个税",
            "add a tax deduction",
        ],
        &["填报专项附加扣除"],
    ),
    // iit__update_deduction
    (
        &[
            "换了租的房子个税要改",
            "扣除要改成我一个人扣",
            "赡养老人分摊改",
            "edit my tax deduction",
        ],
        &["修改专项附加扣除"],
    ),
    // iit__delete_deduction
    (
        &[
            "扣除项填重复了",
            "房贷利息填错了删掉",
            "remove a tax deduction",
        ],
        &["作废专项附加扣除"],
    ),
    // iit__file_annual
    (
        &[
            "每年三月退税",
            "年终奖个税多了退",
            "个税汇算 怎么弄",
            "file my tax return",
            "个税 多交了",
        ],
        &["办理年度汇算"],
    ),
    // ---- pension_cert ----
    // pension_cert__cert_status
    (
        &[
            "养老金被暂停发放",
            "认证有效期到哪天",
            "is my pension certification done",
        ],
        &["查询认证状态"],
    ),
    // pension_cert__certify_self
    (
        &[
            "社保通知要认证",
            "一年一次的养老认证",
            "退休人员认证",
            "do my yearly pension check",
        ],
        &["本人刷脸认证"],
    ),
    // pension_cert__certify_family
    (
        &[
            "爸妈不会用手机认证",
            "帮老人做养老认证",
            "老人行动不便认证",
            "certify for my elderly parent",
        ],
        &["为家人代认证"],
    ),
    // pension_cert__payment_records
    (
        &[
            "退休金这个月发了吗",
            "养老金涨了多少",
            "养老金调整",
            "pension paid this month",
        ],
        &["养老金发放记录"],
    ),
    // pension_cert__add_family
    (
        &[
            "给老人认证要先添加",
            "绑定爸妈认证",
            "add my parent for pension check",
        ],
        &["添加代认证家人"],
    ),
    // pension_cert__remove_family
    (
        &[
            "老人去世了不用认证",
            "不用再给他认证",
            "remove parent from pension check",
        ],
        &["删除代认证家人"],
    ),
    // ---- social_insurance ----
    // social_insurance__query_due
    (
        &[
            "自由职业社保多少钱",
            "灵活就业缴费基数",
            "how much social insurance to pay",
            "社保 这个月 多少钱",
        ],
        &["查询应缴社保"],
    ),
    // social_insurance__pay
    (
        &[
            "辞职了社保断了怎么办",
            "失业了自己交社保",
            "自由职业交社保",
            "pay my own social insurance",
        ],
        &["缴纳社保费"],
    ),
    // social_insurance__contribution_records
    (
        &[
            "换工作社保断没断",
            "公司交了社保没",
            "社保交到哪个月了",
            "check social insurance history",
        ],
        &["社保缴费记录"],
    ),
    // social_insurance__pension_account
    (
        &[
            "交满十五年了吗",
            "退休能领多少",
            "养老账户有多少钱",
            "years of pension contributions",
        ],
        &["养老保险个人账户"],
    ),
    // social_insurance__insured_certificate
    (
        &[
            "孩子上学要社保证明",
            "买车摇号要社保证明",
            "落户要参保证明",
            "social insurance certificate",
        ],
        &["打印参保证明"],
    ),
    // social_insurance__set_auto_deduct
    (
        &[
            "每月忘交社保",
            "社保自动交不用管",
            "automatic social insurance payment",
        ],
        &["签约社保自动扣款"],
    ),
    // social_insurance__cancel_auto_deduct
    (
        &[
            "找到工作了单位交社保",
            "单位交了不用自己交",
            "stop auto social insurance",
        ],
        &["解约社保自动扣款"],
    ),
    // ---- medical_account ----
    // medical_account__activate_voucher
    (
        &[
            "手机上开通医保",
            "第一次用医保码",
            "set up e medical card",
            "医保电子凭证 开通",
        ],
        &["激活医保电子凭证"],
    ),
    // medical_account__show_code
    (
        &[
            "医保卡没带",
            "药店付钱要医保码",
            "看病扫码付医保",
            "hospital asks for medical code",
        ],
        &["出示医保码"],
    ),
    // medical_account__account_balance
    (
        &[
            "医保卡里还剩多少",
            "医保能买药的钱",
            "how much in my medical account",
        ],
        &["医保个人账户余额"],
    ),
    // medical_account__transactions
    (
        &[
            "医保卡被刷了",
            "医保这个月划了多少",
            "医保钱去哪了",
            "medical account spending",
        ],
        &["医保消费明细"],
    ),
    // medical_account__bind_family
    (
        &[
            "孩子看病用我医保",
            "爸妈买药用我的医保",
            "医保钱给家人用",
            "share my medical funds with family",
        ],
        &["绑定家庭共济"],
    ),
    // medical_account__unbind_family
    (
        &[
            "离婚了取消共济",
            "不想给家人用医保了",
            "stop sharing medical account",
        ],
        &["解除家庭共济"],
    ),
    // medical_account__offsite_filing
    (
        &[
            "在外地工作看病",
            "回老家看病报销",
            "去外地住院",
            "跨省看病",
            "seeing a doctor in another city",
        ],
        &["异地就医备案"],
    ),
    // medical_account__designated_institutions
    (
        &[
            "哪家医院能用医保",
            "附近能刷医保的诊所",
            "这家药店能用医保吗",
            "find hospitals accepting medical insurance",
        ],
        &["定点医药机构查询"],
    ),
    // ---- resident_medical ----
    // resident_medical__query_due
    (
        &[
            "今年医保该交多少",
            "孩子医保要交多少",
            "没工作医保多少钱",
            "resident health insurance cost",
        ],
        &["查询居民医保应缴"],
    ),
    // resident_medical__pay
    (
        &[
            "没工作医保怎么交",
            "自由职业交居民医保",
            "老家医保要交了",
            "pay my resident health insurance",
        ],
        &["缴纳居民医保"],
    ),
    // resident_medical__pay_for_family
    (
        &[
            "帮爸妈交新农合",
            "新生儿交医保",
            "给老人交居民医保",
            "pay health insurance for my kid",
        ],
        &["为家人代缴医保"],
    ),
    // resident_medical__payment_records
    (
        &[
            "医保到底交上了没",
            "去年医保交了吗",
            "居民医保缴费证明",
            "resident medical payment history",
        ],
        &["医保缴费记录"],
    ),
    // resident_medical__add_family_member
    (
        &[
            "给家人交医保先添加",
            "加个代缴家人",
            "add family to pay medical insurance",
        ],
        &["添加代缴家人"],
    ),
    // resident_medical__remove_family_member
    (
        &[
            "孩子上班了不用代缴",
            "家人有单位医保了",
            "stop paying medical insurance for relative",
        ],
        &["删除代缴家人"],
    ),
    // resident_medical__policy_info
    (
        &[
            "居民医保今年涨价了",
            "医保截止几号交",
            "医保财政补贴多少",
            "resident insurance deadline",
        ],
        &["居民医保缴费标准"],
    ),
];

/// Third pass: what tells each action apart from its siblings (the deed, not its
/// record or estimate; for oneself or for another; the trouble, not the price list),
/// for the index's said part only. Written from the manifests, blind of every request
/// set, like the tables above.
pub const CONTRAST: &[super::Concept] = &[
    // ---- bank_insurance ----
    // bank_insurance__browse
    (
        &[
            "随便看看有什么险",
            "有哪些险种可以选",
            "重疾险和医疗险有啥区别",
            "先了解下保险产品",
            "适合老人的保险有哪些",
            "compare insurance plans",
        ],
        &["保险产品"],
    ),
    // bank_insurance__quote
    (
        &[
            "按年龄性别算保费",
            "保额不同价格差多少",
            "交费年限选哪个便宜",
            "先报个价再决定买不买",
            "get a premium quote",
        ],
        &["保费测算"],
    ),
    // bank_insurance__buy
    (
        &[
            "确定了就投保",
            "健康告知没问题就买",
            "帮我下单这份重疾险",
            "现在签投保单",
            "首期保费从卡里扣",
            "buy this policy now",
        ],
        &["投保"],
    ),
    // bank_insurance__policies
    (
        &[
            "我名下有几张保单",
            "保单现在什么状态",
            "保险下次什么时候扣费",
            "保障到哪年为止",
            "list my insurance policies",
        ],
        &["我的保单"],
    ),
    // bank_insurance__pay_renewal
    (
        &[
            "保单停效了要补交",
            "第二年保费手动交",
            "宽限期内补交保费",
            "续期保费现在交",
            "pay next year's premium",
        ],
        &["续期"],
    ),
    // bank_insurance__file_claim
    (
        &[
            "生病住院花了不少钱",
            "提交理赔材料",
            "怎么找保险公司赔钱",
            "上传病历申请赔付",
            "意外受伤想报保险",
            "start an insurance claim",
        ],
        &["申请理赔"],
    ),
    // bank_insurance__claim_status
    (
        &[
            "理赔审核到哪一步",
            "理赔款打到哪张卡",
            "理赔被拒了为什么",
            "补交材料后理赔进度",
            "insurance claim progress",
        ],
        &["Claim status"],
    ),
    // bank_insurance__surrender
    (
        &[
            "刚买的保险后悔了",
            "犹豫期内全额退",
            "寿险不想继续交了",
            "保单解除合同",
            "退掉年金险",
            "cancel my life insurance",
        ],
        &["退保"],
    ),
    // ---- bank_securities ----
    // bank_securities__to_securities
    (
        &[
            "把钱转进证券账户",
            "银行卡钱转到券商",
            "往股票账户转一笔",
            "证券账户入金操作",
            "move cash to my broker",
        ],
        &["银行转证券"],
    ),
    // bank_securities__to_bank
    (
        &[
            "股票账户的钱转回卡",
            "证券资金转出到银行",
            "把券商里的钱拿出来",
            "出金到银行卡",
            "move money back from broker",
        ],
        &["证券转银行"],
    ),
    // bank_securities__securities_balance
    (
        &[
            "证券账户可用多少",
            "券商里能取的钱",
            "股票账户现金余额",
            "可取金额是多少",
            "broker cash available",
        ],
        &["资金余额"],
    ),
    // bank_securities__records
    (
        &[
            "上次转券商的记录",
            "哪天转的证券",
            "银证转账历史",
            "过去转进转出明细",
            "bank to broker transfer log",
        ],
        &["银证"],
    ),
    // bank_securities__sign_custody
    (
        &[
            "新开股票账户绑这张卡",
            "第一次设置存管银行",
            "券商开户后绑定银行",
            "指定这张卡为存管卡",
            "link my bank to broker",
        ],
        &["签约"],
    ),
    // bank_securities__cancel_custody
    (
        &[
            "换其他银行做存管",
            "存管银行换掉",
            "解除银证关联",
            "股票账户注销要解约",
            "unlink bank from broker",
        ],
        &["解约"],
    ),
    // ---- biz_loan ----
    // biz_loan__assess_limit
    (
        &[
            "授权税务数据测额度",
            "看看公司能贷多少",
            "先评估一下经营贷",
            "个体户额度预估",
            "check business credit limit",
        ],
        &["评估"],
    ),
    // biz_loan__apply
    (
        &[
            "提交经营贷申请",
            "第一次申请经营贷",
            "给公司办笔贷款",
            "凭营业执照申请贷款",
            "apply for a business loan",
        ],
        &["申请经营贷"],
    ),
    // biz_loan__drawdown
    (
        &[
            "额度里提一笔出来用",
            "支用一笔付货款",
            "经营贷钱转到公司账户",
            "先用一部分额度",
            "draw funds from credit line",
        ],
        &["用款"],
    ),
    // biz_loan__repay
    (
        &[
            "经营贷到期还本",
            "还经营贷本金",
            "把支用的那笔还了",
            "生意回款还银行",
            "repay business drawdown",
        ],
        &["归还经营贷"],
    ),
    // biz_loan__loan_overview
    (
        &[
            "经营贷额度还剩多少",
            "经营贷还有几笔没还",
            "经营贷利息累计多少",
            "经营贷到期日查询",
            "business loan outstanding",
        ],
        &["借款明细"],
    ),
    // biz_loan__renew
    (
        &[
            "贷款到期想续上",
            "不还本继续用",
            "续一年经营贷",
            "到期后接着贷",
            "renew my business loan",
        ],
        &["续贷"],
    ),
    // biz_loan__upload_use_proof
    (
        &[
            "补传购货发票",
            "上传合同证明用途",
            "贷款用在哪要证明",
            "用途资料怎么交",
            "upload invoices for loan",
        ],
        &["用途凭证"],
    ),
    // ---- car_loan ----
    // car_loan__apply
    (
        &[
            "新车贷款申请",
            "买二手车办分期",
            "办一笔车贷",
            "首付交了剩下贷款",
            "apply for an auto loan",
        ],
        &["申请车贷"],
    ),
    // car_loan__loan_detail
    (
        &[
            "车贷剩余本金",
            "车贷抵押的是哪辆车",
            "车贷合同信息",
            "车贷下期扣多少",
            "car loan remaining balance",
        ],
        &["车贷详情"],
    ),
    // car_loan__repay
    (
        &[
            "这期车贷手动交",
            "车贷月供补上",
            "车贷欠了一期",
            "车贷扣款卡没钱补交",
            "pay this month's car loan",
        ],
        &["还车贷月供"],
    ),
    // car_loan__settle
    (
        &[
            "车贷剩下的一把还清",
            "车贷不想分期了还完",
            "结清车贷要付多少",
            "车贷全部提前还",
            "pay off car loan in full",
        ],
        &["结清"],
    ),
    // car_loan__schedule
    (
        &[
            "车贷每期还款日",
            "车贷一共多少期",
            "车贷哪几期已还",
            "车贷还款日程表",
            "car loan payment calendar",
        ],
        &["车贷还款计划"],
    ),
    // car_loan__release_lien
    (
        &[
            "车贷还完办解押",
            "车辆登记证书取回",
            "解除车辆抵押手续",
            "去车管所解押要什么",
            "release the car mortgage",
        ],
        &["解除抵押"],
    ),
    // car_loan__change_repay_card
    (
        &[
            "车贷换一张卡扣",
            "车贷扣款银行卡变更",
            "车贷绑定卡丢了",
            "车贷扣款卡注销了",
            "change auto loan debit card",
        ],
        &["车贷扣款卡"],
    ),
    // ---- cash_plus ----
    // cash_plus__deposit
    (
        &[
            "存点钱进活钱宝",
            "余额转入活钱管理",
            "把活期钱挪到活钱宝",
            "手动转入一笔",
            "move cash into cash plus",
        ],
        &["活钱宝"],
    ),
    // cash_plus__withdraw_fast
    (
        &[
            "活钱宝秒取",
            "立刻到卡上",
            "现在就要到账",
            "几分钟内要用钱",
            "instant cash out",
        ],
        &["快速"],
    ),
    // cash_plus__withdraw_normal
    (
        &[
            "不急用明天到账就行",
            "大额取出活钱宝",
            "转出超过快速额度",
            "活钱宝钱次日到",
            "next-day withdrawal",
        ],
        &["普通转出"],
    ),
    // cash_plus__earnings
    (
        &[
            "活钱宝每天收益",
            "这个月活钱赚了多少",
            "七日年化降了",
            "活钱宝收益率",
            "cash plus daily return",
        ],
        &["活钱收益"],
    ),
    // cash_plus__auto_sweep
    (
        &[
            "开通自动转入",
            "超过多少自动转进去",
            "工资一到就转活钱宝",
            "余额多了自动存",
            "set up auto sweep",
        ],
        &["设置自动转入"],
    ),
    // cash_plus__cancel_sweep
    (
        &[
            "自动转入关掉",
            "不想自动转活钱宝了",
            "停止工资自动理财",
            "自动转入取消",
            "turn off auto top-up",
        ],
        &["关闭自动转入"],
    ),
    // ---- consumer_loan ----
    // consumer_loan__estimate_limit
    (
        &[
            "先看看能批多少",
            "不影响征信测额度",
            "消费贷利率测一下",
            "借钱前先测算",
            "pre-check loan amount",
        ],
        &["可贷额度"],
    ),
    // consumer_loan__apply
    (
        &[
            "提交消费贷申请",
            "消费贷现在申请",
            "填贷款用途申请",
            "想贷一笔装修款",
            "apply for a consumer loan",
        ],
        &["申请消费贷"],
    ),
    // consumer_loan__application_status
    (
        &[
            "贷款还在审批中",
            "申请了几天没回音",
            "贷款审批通过没有",
            "贷款被拒原因",
            "loan application still pending",
        ],
        &["申请进度"],
    ),
    // consumer_loan__repay
    (
        &[
            "这个月贷款手动还",
            "本期月供还上",
            "消费贷本月没扣成功",
            "还当期消费贷",
            "pay current installment",
        ],
        &["本期"],
    ),
    // consumer_loan__prepay (no word its siblings lack; 提前还款 is in 8 titles, so the English title words)
    (
        &[
            "消费贷剩余本金全还",
            "提前还一部分消费贷",
            "消费贷不想分期了",
            "消费贷早点还完",
            "repay loan before due",
        ],
        &["Prepay the consumer"],
    ),
    // consumer_loan__repayment_schedule
    (
        &[
            "每期本金利息明细",
            "后面还有几期没还",
            "哪几期还了",
            "贷款还款日历",
            "full repayment schedule",
        ],
        &["查看还款计划"],
    ),
    // consumer_loan__loan_detail
    (
        &[
            "消费贷合同利率",
            "贷款剩多少本金没还",
            "消费贷期限多长",
            "消费贷详细信息",
            "loan details and rate",
        ],
        &["贷款详情"],
    ),
    // consumer_loan__change_repay_card
    (
        &[
            "自动扣款换张卡",
            "消费贷还款卡改一下",
            "扣款卡挂失了",
            "贷款绑的卡换掉",
            "update repayment account",
        ],
        &["变更还款账户"],
    ),
    // ---- fcy_account ----
    // fcy_account__fcy_balances
    (
        &[
            "各币种余额多少",
            "现钞现汇各有多少",
            "外币折合人民币多少",
            "港币还剩多少",
            "my foreign currency holdings",
        ],
        &["外币余额"],
    ),
    // fcy_account__buy_fcy
    (
        &[
            "用人民币买美元",
            "购汇存进外币账户",
            "交学费要买美元",
            "换一笔欧元备用",
            "buy foreign cash with yuan",
        ],
        &["购汇"],
    ),
    // fcy_account__sell_fcy
    (
        &[
            "外币卖掉换人民币",
            "美元结汇到卡",
            "美元工资换成人民币",
            "外币兑回人民币",
            "sell dollars for yuan",
        ],
        &["Convert foreign"],
    ),
    // fcy_account__fcy_transactions
    (
        &[
            "外币进出账",
            "美元汇款记录",
            "外币账户收支",
            "外币账户交易流水",
            "foreign currency history",
        ],
        &["外币交易明细"],
    ),
    // fcy_account__fcy_rates (外汇牌价 is also the fx_rates board title)
    (
        &[
            "现钞卖出价多少",
            "银行外币买入价",
            "各币种牌价",
            "外币今日挂牌价",
            "bank FX rate board",
        ],
        &["Bank exchange"],
    ),
    // fcy_account__fcy_time_deposit
    (
        &[
            "美元存几个月定期",
            "外币存定期一年",
            "欧元定存",
            "外币转成定期",
            "open a USD fixed deposit",
        ],
        &["外币定期"],
    ),
    // ---- flash_loan ----
    // flash_loan__check_limit
    (
        &[
            "闪电贷还能用多少",
            "剩余可借额度",
            "闪电贷日息多少",
            "授信额度多少",
            "credit line remaining",
        ],
        &["可用额度"],
    ),
    // flash_loan__activate
    (
        &[
            "第一次用闪电贷",
            "额度还没开通",
            "签合同开通借款",
            "领取预授信额度",
            "activate instant loan",
        ],
        &["激活额度"],
    ),
    // flash_loan__borrow
    (
        &[
            "从闪电贷借一笔",
            "借钱马上到账",
            "提一笔到银行卡",
            "借一笔分期还",
            "borrow from my credit line",
        ],
        &["借款到卡"],
    ),
    // flash_loan__repay_early
    (
        &[
            "闪电贷先还一部分",
            "提前还借款不收费",
            "借的钱今天还上",
            "还了就不算利息",
            "repay instant loan now",
        ],
        &["随借随还"],
    ),
    // flash_loan__borrow_records
    (
        &[
            "借过哪几笔",
            "闪电贷还款历史",
            "闪电贷账单记录",
            "之前借的都还了吗",
            "loan and repayment history",
        ],
        &["借还记录"],
    ),
    // flash_loan__request_increase
    (
        &[
            "额度能提高吗",
            "申请加额度",
            "提额要什么材料",
            "上传公积金提额",
            "ask for a higher limit",
        ],
        &["申请提额"],
    ),
    // flash_loan__close_line
    (
        &[
            "闪电贷额度注销",
            "不用了关掉额度",
            "授信关掉",
            "销掉借款额度",
            "cancel my credit line",
        ],
        &["注销额度"],
    ),
    // ---- fund_sip ----
    // fund_sip__create_plan
    (
        &[
            "新建一个定投",
            "开通每月自动买基金",
            "设一个定投计划",
            "第一次定投",
            "new SIP plan",
        ],
        &["新建定投"],
    ),
    // fund_sip__list_plans
    (
        &[
            "我有几个定投",
            "定投计划都有哪些",
            "定投状态看看",
            "哪些定投在扣款",
            "list my SIP plans",
        ],
        &["我的定投计划"],
    ),
    // fund_sip__modify_plan
    (
        &[
            "定投金额调高",
            "定投周期改成每两周",
            "定投少扣点",
            "修改定投扣款日",
            "change SIP date",
        ],
        &["修改定投"],
    ),
    // fund_sip__pause_plan
    (
        &[
            "定投暂停几个月",
            "先不扣定投",
            "定投停一停以后再说",
            "定投暂时停扣",
            "pause my SIP",
        ],
        &["暂停定投"],
    ),
    // fund_sip__resume_plan
    (
        &[
            "重新开启定投",
            "暂停的定投继续扣",
            "定投恢复扣款",
            "停了的定投重新投",
            "resume my SIP",
        ],
        &["恢复定投"],
    ),
    // fund_sip__stop_plan
    (
        &[
            "定投永久停止",
            "终止这个定投",
            "以后不再定投这只",
            "定投彻底不要了",
            "end my SIP",
        ],
        &["终止定投"],
    ),
    // fund_sip__plan_history
    (
        &[
            "定投扣款明细",
            "每次定投买了几份",
            "定投失败记录",
            "定投扣过几期",
            "SIP deduction records",
        ],
        &["定投扣款记录"],
    ),
    // fund_sip__sip_calculator
    (
        &[
            "模拟定投收益",
            "算算定投能赚多少",
            "定投收益率测算",
            "过去定投能赚多少",
            "SIP backtest",
        ],
        &["定投收益计算器"],
    ),
    // ---- fx_exchange ----
    // fx_exchange__buy_fx (no word its siblings lack; 购汇 is also in the quota title)
    (
        &[
            "人民币买外汇",
            "留学生购汇交学费",
            "现在就购汇",
            "换点港币",
            "buy USD with yuan",
        ],
        &["购汇"],
    ),
    // fx_exchange__sell_fx
    (
        &[
            "卖出外币",
            "外汇兑回人民币",
            "结汇到人民币账户",
            "美元卖给银行",
            "sell foreign currency now",
        ],
        &["Sell foreign"],
    ),
    // fx_exchange__quota
    (
        &[
            "今年还能购汇多少",
            "便利化额度剩多少",
            "换汇额度够不够",
            "年度购汇额度查询",
            "check my FX quota",
        ],
        &["购汇额度"],
    ),
    // fx_exchange__limit_order
    (
        &[
            "设个目标汇率换",
            "到价自动兑换",
            "委托兑换外币",
            "挂个单等汇率",
            "place FX limit order",
        ],
        &["挂单兑换"],
    ),
    // fx_exchange__cancel_limit_order
    (
        &[
            "挂单不要了撤掉",
            "撤销换汇委托",
            "未成交挂单取消",
            "换汇挂单撤回",
            "cancel my limit order",
        ],
        &["撤销挂单"],
    ),
    // fx_exchange__records
    (
        &[
            "之前购汇的记录",
            "换汇流水",
            "结售汇明细",
            "以前换外币的记录",
            "past currency exchanges",
        ],
        &["结售汇记录"],
    ),
    // fx_exchange__fx_balance
    (
        &[
            "外汇账户余额",
            "美元现汇余额",
            "账户里外币多少",
            "外币账户里还剩多少",
            "my foreign currency balance",
        ],
        &["外币账户"],
    ),
    // ---- fx_rates ----
    // fx_rates__board (外汇牌价 is also the fcy_account rates title)
    (
        &[
            "实时汇率牌价",
            "现汇卖出价",
            "各货币今日汇率",
            "银行外汇报价",
            "live exchange rates",
        ],
        &["rate board"],
    ),
    // fx_rates__history
    (
        &[
            "近一年汇率走势",
            "日元历史最低",
            "美元汇率曲线",
            "汇率涨跌趋势",
            "exchange rate chart",
        ],
        &["汇率走势"],
    ),
    // fx_rates__convert
    (
        &[
            "美元折合人民币",
            "多少钱换算成日元",
            "汇率换算一下",
            "按今天汇率算",
            "convert yuan to dollars",
        ],
        &["汇率换算"],
    ),
    // fx_rates__set_alert
    (
        &[
            "汇率到价通知我",
            "设个提醒等汇率",
            "汇率低于多少提醒",
            "新建汇率提醒",
            "alert me at target rate",
        ],
        &["设置汇率提醒"],
    ),
    // fx_rates__list_alerts
    (
        &[
            "已设的汇率提醒",
            "汇率提醒都有哪些",
            "查看汇率提醒",
            "我设过什么提醒",
            "view my FX alerts",
        ],
        &["我的汇率提醒"],
    ),
    // fx_rates__delete_alert
    (
        &[
            "删掉汇率提醒",
            "汇率提醒不用了",
            "汇率提醒取消掉",
            "不再提醒汇率",
            "remove rate alert",
        ],
        &["删除汇率提醒"],
    ),
    // ---- gold_saving ----
    // gold_saving__gold_price
    (
        &[
            "积存金现在多少一克",
            "积存金买卖价",
            "今天金价涨跌",
            "金价实时行情",
            "live gold price",
        ],
        &["实时金价"],
    ),
    // gold_saving__buy
    (
        &[
            "买入几克积存金",
            "积存金按金额买",
            "积存金下单买入",
            "趁跌买点积存金",
            "buy accumulation gold",
        ],
        &["买入积存金"],
    ),
    // gold_saving__sell
    (
        &[
            "积存金卖出几克",
            "积存金卖了到卡",
            "积存金卖掉变现",
            "金价高卖点积存金",
            "sell my gold grams",
        ],
        &["卖出积存金"],
    ),
    // gold_saving__create_plan
    (
        &[
            "每月自动买黄金",
            "开通定期积存",
            "每周定投积存金",
            "设个黄金定投",
            "gold auto-buy plan",
        ],
        &["设置定期积存"],
    ),
    // gold_saving__cancel_plan
    (
        &[
            "停止定期积存",
            "黄金定投不要了",
            "积存金定投取消",
            "不再自动买黄金",
            "cancel gold auto-buy",
        ],
        &["终止定期积存"],
    ),
    // gold_saving__holdings
    (
        &[
            "我攒了几克金",
            "积存金成本价",
            "积存金盈亏",
            "积存金账户有多少",
            "my gold account",
        ],
        &["我的积存金"],
    ),
    // gold_saving__redeem_physical
    (
        &[
            "积存金换金条",
            "提取实物金",
            "积存金兑换首饰",
            "攒的克数换成金条",
            "redeem gold for bars",
        ],
        &["兑换实物黄金"],
    ),
    // gold_saving__price_alert
    (
        &[
            "金价到位通知我",
            "金价跌破提醒",
            "金价涨到提醒我",
            "设个金价提醒",
            "gold price notification",
        ],
        &["金价提醒"],
    ),
    // ---- large_cd ----
    // large_cd__products
    (
        &[
            "现在在售的大额存单",
            "大额存单哪些能买",
            "这期大额存单利率几个点",
            "大额存单起存多少",
            "large CDs on sale",
        ],
        &["在售"],
    ),
    // large_cd__buy
    (
        &[
            "认购一份大额存单",
            "大额存单马上买",
            "额度还有赶紧认购",
            "用卡里的钱买存单",
            "buy a large CD now",
        ],
        &["认购"],
    ),
    // large_cd__holdings
    (
        &[
            "我持有的大额存单",
            "大额存单能不能转让",
            "手上几张大额存单",
            "存单利率和到期日",
            "list my CDs",
        ],
        &["我的大额存单"],
    ),
    // large_cd__transfer_out
    (
        &[
            "大额存单挂出去转让",
            "存单转让给别人",
            "存单挂个价卖掉",
            "大额存单转给别人接手",
            "list my CD for sale",
        ],
        &["挂单转让"],
    ),
    // large_cd__cancel_transfer
    (
        &[
            "转让挂单撤回",
            "存单不转让了",
            "挂的存单没人买撤了",
            "撤销存单转让",
            "cancel CD transfer listing",
        ],
        &["撤销转让"],
    ),
    // large_cd__buy_transfer
    (
        &[
            "转让区买存单",
            "买二手大额存单",
            "剩一年到期的存单买",
            "捡别人转让的存单",
            "buy a CD on the transfer market",
        ],
        &["转让区"],
    ),
    // large_cd__early_redeem
    (
        &[
            "大额存单提前取出",
            "存单不到期取钱",
            "大额存单支取不要利息了",
            "大额存单全部取出",
            "redeem large CD early",
        ],
        &["大额存单提前"],
    ),
    // large_cd__issue_reminder
    (
        &[
            "新大额存单发售提醒",
            "存单开售前提醒我",
            "下期存单开售告诉我",
            "大额存单上新通知",
            "CD launch alert",
        ],
        &["发售提醒"],
    ),
    // ---- loan_calculator ----
    // loan_calculator__mortgage_payment
    (
        &[
            "商贷月供算一下",
            "等额本息每月还多少",
            "房贷总利息计算",
            "等额本金和等额本息对比",
            "mortgage payment estimate",
        ],
        &["月供计算"],
    ),
    // loan_calculator__combo_loan
    (
        &[
            "组合贷月供怎么算",
            "公积金加商贷月供",
            "组合贷总利息",
            "公积金部分加商贷部分",
            "combo loan payment",
        ],
        &["组合贷"],
    ),
    // loan_calculator__prepay_savings
    (
        &[
            "提前还款省利息计算器",
            "缩短年限能省多少",
            "任意贷款提前还计算",
            "减少月供还是缩短期限算算",
            "prepayment interest saved",
        ],
        &["提前还款计算器"],
    ),
    // loan_calculator__car_payment
    (
        &[
            "买车月供计算",
            "车价首付月供算算",
            "车贷几年月供多少",
            "首付比例月供计算",
            "auto loan calculator",
        ],
        &["车贷计算器"],
    ),
    // loan_calculator__lpr_rates
    (
        &[
            "最新LPR",
            "LPR最新报价",
            "五年以上LPR多少",
            "一年期LPR",
            "latest LPR",
        ],
        &["LPR"],
    ),
    // loan_calculator__affordability
    (
        &[
            "我能买多少钱的房",
            "收入能负担多大房贷",
            "月薪够买什么价位的房",
            "有车贷还能贷多少房贷",
            "how much house can I afford",
        ],
        &["购房能力"],
    ),
    // ---- mortgage ----
    // mortgage__loan_info
    (
        &[
            "房贷现在利率加点",
            "房贷剩多少年",
            "房贷执行利率查询",
            "房贷下一期多少",
            "mortgage remaining principal",
        ],
        &["房贷信息"],
    ),
    // mortgage__schedule
    (
        &[
            "房贷每期本息",
            "房贷还款明细表",
            "房贷以后每期还多少",
            "房贷已还期数",
            "mortgage amortization schedule",
        ],
        &["房贷还款计划"],
    ),
    // mortgage__repay_overdue
    (
        &[
            "房贷逾期补交",
            "房贷罚息一起还",
            "房贷欠的一期还上",
            "怕房贷上征信赶紧还",
            "pay overdue mortgage",
        ],
        &["逾期房贷"],
    ),
    // mortgage__prepay_trial
    (
        &[
            "提前还能省多少利息",
            "提前还划不划算",
            "先算算提前还款",
            "提前还后月供变多少",
            "how much interest would I save",
        ],
        &["试算"],
    ),
    // mortgage__prepay
    (
        &[
            "申请提前还一部分",
            "提前还款缩短年限",
            "直接把房贷提前还了",
            "预约提前还房贷",
            "pay off part of my mortgage now",
        ],
        &["申请提前"],
    ),
    // mortgage__cancel_prepay
    (
        &[
            "房贷提前还款预约撤销",
            "提前还款不办了",
            "约好的提前还款取消",
            "撤回房贷还款预约",
            "cancel prepay appointment",
        ],
        &["撤销提前"],
    ),
    // mortgage__lpr_reprice
    (
        &[
            "重定价日改成一月一日",
            "利率调整时间设置",
            "换成贷款周年日调整",
            "LPR重定价日修改",
            "change repricing date",
        ],
        &["重定价"],
    ),
    // mortgage__change_account
    (
        &[
            "房贷扣款换一张卡",
            "月供改从新卡扣",
            "房贷还款卡变更",
            "房贷扣款账户更换",
            "change mortgage account",
        ],
        &["房贷还款账户"],
    ),
    // mortgage__payoff_certificate
    (
        &[
            "开房贷结清证明",
            "还清后开证明",
            "房贷结清证明去哪开",
            "办解押要结清证明",
            "mortgage payoff letter",
        ],
        &["结清证明"],
    ),
    // ---- mutual_fund ----
    // mutual_fund__search
    (
        &[
            "搜一下基金名字",
            "按代码搜基金",
            "搜消费主题基金",
            "按基金经理找基金",
            "search fund by name",
        ],
        &["搜索基金"],
    ),
    // mutual_fund__fund_detail
    (
        &[
            "这只基金费率持仓",
            "基金历年业绩",
            "基金详细信息",
            "基金规模多大",
            "fund details",
        ],
        &["基金详情"],
    ),
    // mutual_fund__buy
    (
        &[
            "申购这只基金",
            "买入这只基金",
            "下午三点前买基金",
            "基金申购一笔",
            "buy this fund",
        ],
        &["申购"],
    ),
    // mutual_fund__redeem
    (
        &[
            "卖出基金份额",
            "赎回部分基金",
            "基金卖一半",
            "基金赎回到卡",
            "redeem fund units",
        ],
        &["赎回基金"],
    ),
    // mutual_fund__switch
    (
        &[
            "基金转换成另一只",
            "同公司基金转换",
            "基金直接换成债基",
            "不卖出换基金",
            "convert fund to another",
        ],
        &["基金转换"],
    ),
    // mutual_fund__holdings
    (
        &[
            "我持有的基金",
            "基金持仓收益",
            "我买的基金亏赚",
            "基金总收益",
            "my fund holdings",
        ],
        &["我的基金"],
    ),
    // mutual_fund__cancel_order
    (
        &[
            "今天买的基金撤回",
            "基金申购撤单",
            "基金赎回撤单",
            "三点前撤销基金",
            "cancel fund order today",
        ],
        &["基金撤单"],
    ),
    // mutual_fund__dividend_method
    (
        &[
            "分红改红利再投",
            "分红方式改现金",
            "基金分红改成再投资",
            "分红要现金",
            "change dividend to reinvest",
        ],
        &["分红"],
    ),
    // ---- notice_deposit ----
    // notice_deposit__rates
    (
        &[
            "七天通知利率多少",
            "一天通知存款利率",
            "通知存款起存多少",
            "通知存款利率比活期高吗",
            "call deposit interest rate",
        ],
        &["通知存款利率"],
    ),
    // notice_deposit__open
    (
        &[
            "存一笔七天通知",
            "新开通知存款",
            "钱存进通知存款",
            "存个一天通知",
            "open a notice deposit",
        ],
        &["存入通知"],
    ),
    // notice_deposit__give_notice
    (
        &[
            "预约支取通知存款",
            "提前约好取款日",
            "通知银行哪天取",
            "先预约后天取",
            "schedule withdrawal notice",
        ],
        &["预约支取"],
    ),
    // notice_deposit__cancel_notice
    (
        &[
            "支取通知撤回",
            "不取了继续存着",
            "预约的支取取消",
            "通知存款先不取",
            "cancel my withdrawal notice",
        ],
        &["取消支取"],
    ),
    // notice_deposit__withdraw
    (
        &[
            "通知存款立即支取",
            "现在取出通知存款",
            "没预约直接取通知存款",
            "通知存款取到活期",
            "withdraw notice deposit now",
        ],
        &["支取通知存款"],
    ),
    // notice_deposit__list
    (
        &[
            "存了哪几笔通知",
            "通知存款利息累计",
            "通知存款总共多少钱",
            "查看我的通知存款",
            "list my call deposits",
        ],
        &["我的通知存款"],
    ),
    // notice_deposit__smart_sweep
    (
        &[
            "开智能通知存款",
            "余额超过自动存通知",
            "闲置资金自动存七天",
            "设置自动通知存款",
            "smart sweep deposit",
        ],
        &["智能通知"],
    ),
    // ---- precious_metals ----
    // precious_metals__catalog
    (
        &[
            "有哪些金条卖",
            "金条银条价目",
            "贵金属商品有哪些",
            "熊猫金币价格",
            "browse gold bars",
        ],
        &["贵金属商品"],
    ),
    // precious_metals__buy
    (
        &[
            "订购金条",
            "买一根金条",
            "下单买生肖金",
            "金条送到家",
            "buy a physical gold bar",
        ],
        &["购买实物金"],
    ),
    // precious_metals__orders (no word its siblings lack; 贵金属订单 is also in the cancel title)
    (
        &[
            "金条订单状态",
            "金条物流信息",
            "金条取货时间",
            "买的银条发货没",
            "track my gold order",
        ],
        &["My precious-metal"],
    ),
    // precious_metals__cancel_order
    (
        &[
            "金条订单取消",
            "不要这根金条了",
            "金条还没发货能取消吗",
            "退掉贵金属订单",
            "cancel precious metal order",
        ],
        &["取消贵金属"],
    ),
    // precious_metals__buyback
    (
        &[
            "预约金条回购",
            "把金条卖回银行",
            "金条拿去网点回购",
            "银行回收金条",
            "sell my gold bar to the bank",
        ],
        &["回购"],
    ),
    // precious_metals__coin_reserve
    (
        &[
            "预约新纪念币",
            "纪念钞预约兑换",
            "抢纪念币预约",
            "纪念币网点兑换预约",
            "reserve new coins",
        ],
        &["commemorative"],
    ),
    // precious_metals__cancel_coin_reserve
    (
        &[
            "纪念币预约取消",
            "纪念币不去换了",
            "撤销纪念币预约",
            "纪念钞预约取消",
            "cancel my coin reservation",
        ],
        &["取消纪念币"],
    ),
    // ---- risk_assessment ----
    // risk_assessment__questionnaire
    (
        &[
            "风险测评问卷看看",
            "测评有几道题",
            "先看看测评题目再做",
            "测评问卷内容",
            "show me the risk questions",
        ],
        &["问卷"],
    ),
    // risk_assessment__submit
    (
        &[
            "提交测评答案",
            "重新做风险测评",
            "测评答完了提交",
            "现在做一遍测评",
            "submit my risk answers",
        ],
        &["提交"],
    ),
    // risk_assessment__result
    (
        &[
            "我的风险等级是什么",
            "风险等级能买R几",
            "测评结果是哪一级",
            "我算稳健型吗",
            "my risk rating",
        ],
        &["风险等级"],
    ),
    // risk_assessment__history
    (
        &[
            "过往测评记录",
            "历史风险等级",
            "以前测评结果都有",
            "每次测评的等级",
            "my risk assessment records",
        ],
        &["测评记录"],
    ),
    // risk_assessment__expiry_reminder
    (
        &[
            "测评到期提醒我",
            "测评过期前通知",
            "测评失效前提醒",
            "开通测评到期提醒",
            "risk test expiry alert",
        ],
        &["测评到期"],
    ),
    // ---- savings_bonds ----
    // savings_bonds__upcoming
    (
        &[
            "国债发行时间",
            "下期国债利率",
            "这个月有国债发行吗",
            "国债发行额度多少",
            "upcoming savings bonds",
        ],
        &["发行"],
    ),
    // savings_bonds__buy
    (
        &[
            "认购这期国债",
            "买一期国债",
            "国债开售马上下单",
            "买五年期国债",
            "buy government bonds now",
        ],
        &["购买国债"],
    ),
    // savings_bonds__holdings
    (
        &[
            "持有的国债",
            "国债到期时间",
            "国债持仓明细",
            "手上有几期国债",
            "list my bonds",
        ],
        &["我的国债"],
    ),
    // savings_bonds__early_redeem
    (
        &[
            "国债提前兑取",
            "国债未到期兑现",
            "国债提前取要扣多少",
            "国债卖掉拿钱",
            "cash in my bonds early",
        ],
        &["兑取"],
    ),
    // savings_bonds__sale_reminder
    (
        &[
            "国债开售前提醒",
            "国债开卖通知我",
            "下次国债开售告诉我",
            "设个国债提醒",
            "bond launch alert",
        ],
        &["开售"],
    ),
    // savings_bonds__interest_records
    (
        &[
            "国债付息记录",
            "国债利息发了几次",
            "国债今年利息到了吗",
            "国债利息明细",
            "bond coupon history",
        ],
        &["付息"],
    ),
    // ---- student_loan ----
    // student_loan__loan_info
    (
        &[
            "助学贷款合同",
            "贴息期什么时候结束",
            "助学贷款每学年贷了多少",
            "助学贷款详细信息",
            "view my student loan",
        ],
        &["查询助学"],
    ),
    // student_loan__repay
    (
        &[
            "今年助学贷款还款",
            "助学贷款应还金额交了",
            "年底前还助学贷款",
            "这年的助学贷款还上",
            "pay this year's student loan",
        ],
        &["归还助学"],
    ),
    // student_loan__prepay
    (
        &[
            "助学贷款提前还一部分",
            "一次结清助学贷款",
            "助学贷款多还点本金",
            "不等到期先还助学贷款",
            "prepay my student loan",
        ],
        &["助学贷款提前"],
    ),
    // student_loan__schedule
    (
        &[
            "助学贷款每年还款表",
            "助学贷款利息明细",
            "助学贷款每年几号还",
            "助学贷款还几期",
            "student loan yearly payments",
        ],
        &["助学贷款还款计划"],
    ),
    // student_loan__apply_extension
    (
        &[
            "申请延期还本",
            "还款展期申请",
            "读研期间缓还",
            "助学贷款晚点还",
            "apply to defer student loan",
        ],
        &["展期"],
    ),
    // student_loan__update_contact
    (
        &[
            "更新工作单位",
            "毕业去向登记",
            "助学贷款地址变了",
            "毕业后信息更新",
            "update my employer details",
        ],
        &["毕业"],
    ),
    // ---- term_deposit ----
    // term_deposit__rates
    (
        &[
            "三年定期利率多少",
            "各期限定期利率",
            "定期几个期限利率对比",
            "定期利率表",
            "time deposit rates",
        ],
        &["定期存款利率"],
    ),
    // term_deposit__open
    (
        &[
            "存一笔定期",
            "开个定期",
            "钱转成定期",
            "存个三年定期",
            "open a fixed deposit now",
        ],
        &["存定期"],
    ),
    // term_deposit__list
    (
        &[
            "我有几笔定期",
            "定期存款明细",
            "定期存款到期日",
            "我的定期存单列表",
            "list my fixed deposits",
        ],
        &["我的定期"],
    ),
    // term_deposit__early_withdraw
    (
        &[
            "定期部分提前支取",
            "定期取一半出来",
            "定期没到期急用",
            "死期提前拿出来",
            "withdraw fixed deposit before maturity",
        ],
        &["提前支取"],
    ),
    // term_deposit__set_auto_renew
    (
        &[
            "到期自动转存",
            "开通自动转存",
            "到期继续存一期",
            "定期设成自动续",
            "turn on auto renewal",
        ],
        &["设置自动转存"],
    ),
    // term_deposit__cancel_auto_renew
    (
        &[
            "取消定期自动续存",
            "到期别再转存",
            "自动转存关掉",
            "到期钱回活期",
            "turn off auto renewal",
        ],
        &["取消自动转存"],
    ),
    // term_deposit__interest_trial
    (
        &[
            "存款利息计算",
            "存多少年利息多少算一下",
            "定期利息预估",
            "算下存款到期本息",
            "deposit interest estimate",
        ],
        &["利息计算"],
    ),
    // ---- wealth_adviser ----
    // wealth_adviser__my_adviser
    (
        &[
            "我的理财经理是哪位",
            "专属经理在哪个网点",
            "理财经理工作时间",
            "查一下我的客户经理",
            "who is my wealth adviser",
        ],
        &["我的理财经理"],
    ),
    // wealth_adviser__book
    (
        &[
            "约理财经理见面",
            "预约视频面谈",
            "想约个理财咨询",
            "约时间聊资产配置",
            "book an adviser appointment",
        ],
        &["预约理财"],
    ),
    // wealth_adviser__bookings
    (
        &[
            "我约过的面谈",
            "预约记录看看",
            "约好的面谈是哪天",
            "以前约的面谈",
            "list my adviser bookings",
        ],
        &["我的预约"],
    ),
    // wealth_adviser__reschedule
    (
        &[
            "面谈改到下周",
            "预约时间改一下",
            "推迟面谈时间",
            "换个时段见经理",
            "change meeting time",
        ],
        &["修改预约"],
    ),
    // wealth_adviser__cancel
    (
        &[
            "面谈取消掉",
            "预约的面谈不去了",
            "取消和经理的约",
            "理财预约撤销",
            "cancel my adviser booking",
        ],
        &["取消理财"],
    ),
    // wealth_adviser__message
    (
        &[
            "在线问理财经理",
            "发消息给经理",
            "线上咨询理财问题",
            "给理财经理发信息",
            "chat with my adviser",
        ],
        &["咨询"],
    ),
    // wealth_adviser__change_adviser
    (
        &[
            "更换理财经理",
            "申请换个经理",
            "经理服务不好要换",
            "换到新城市的经理",
            "request a new adviser",
        ],
        &["更换"],
    ),
    // ---- wealth_products ----
    // wealth_products__browse
    (
        &[
            "理财产品有哪些",
            "看看在售理财",
            "低风险理财列表",
            "短期理财产品",
            "browse wealth products",
        ],
        &["理财产品列表"],
    ),
    // wealth_products__product_detail
    (
        &[
            "这款理财净值",
            "理财产品说明",
            "理财业绩比较基准",
            "理财费率多少",
            "product NAV history",
        ],
        &["净值"],
    ),
    // wealth_products__buy
    (
        &[
            "购买这款理财",
            "理财下单买入",
            "买一笔稳健理财",
            "理财产品认购",
            "buy this wealth product",
        ],
        &["购买理财"],
    ),
    // wealth_products__redeem
    (
        &[
            "理财赎回",
            "理财卖出一部分",
            "理财份额卖掉",
            "理财全部赎回",
            "redeem my wealth product",
        ],
        &["赎回理财"],
    ),
    // wealth_products__holdings
    (
        &[
            "理财持有多少",
            "持有的理财赚了没",
            "理财昨天收益",
            "我的理财市值",
            "my wealth product holdings",
        ],
        &["持仓"],
    ),
    // wealth_products__cancel_order
    (
        &[
            "理财申购撤单",
            "理财赎回撤回",
            "在途理财取消",
            "理财下错单撤",
            "undo pending wealth order",
        ],
        &["理财撤单"],
    ),
    // wealth_products__transactions
    (
        &[
            "理财交易记录",
            "理财申购赎回明细",
            "理财历史交易",
            "理财分红记录",
            "wealth trade history",
        ],
        &["理财交易"],
    ),
    // ---- personal_pension ----
    // personal_pension__open_account
    (
        &[
            "开立养老金资金账户",
            "第一次开个人养老金",
            "还没有个人养老金账户",
            "个人养老金在这开户",
            "open my pension account",
        ],
        &["开立个人"],
    ),
    // personal_pension__contribute
    (
        &[
            "往养老金账户存钱",
            "今年的养老金存进去",
            "个人养老金缴一笔",
            "养老金账户充值",
            "pay into my pension",
        ],
        &["缴存"],
    ),
    // personal_pension__account_summary
    (
        &[
            "养老金账户里还剩多少额度",
            "今年还能存多少养老金",
            "养老金账户持有什么",
            "个人养老金账户概况",
            "pension account summary",
        ],
        &["概览"],
    ),
    // personal_pension__buy_product
    (
        &[
            "用养老金账户买产品",
            "养老金账户余额买理财",
            "买养老目标基金",
            "养老金账户里的钱投出去",
            "buy with pension money",
        ],
        &["购买养老金"],
    ),
    // personal_pension__products
    (
        &[
            "养老金能买哪些产品",
            "养老金产品对比",
            "养老储蓄有哪些",
            "养老产品收益排名",
            "list pension products",
        ],
        &["产品目录"],
    ),
    // personal_pension__tax_receipt
    (
        &[
            "下载个人养老金凭证",
            "个税抵扣要的凭证",
            "养老金缴费证明打印",
            "汇算要上传养老金凭证",
            "download pension receipt",
        ],
        &["缴费凭证"],
    ),
    // personal_pension__change_card
    (
        &[
            "养老金账户绑定卡变更",
            "养老金换绑一张卡",
            "个人养老金银行卡换掉",
            "养老金扣款卡换新",
            "update pension linked card",
        ],
        &["变更绑定"],
    ),
    // personal_pension__withdraw
    (
        &[
            "到退休了申请领取",
            "个人养老金按月领",
            "个人养老金一次领完",
            "大病申请领养老金",
            "start drawing my pension",
        ],
        &["领取"],
    ),
    // ---- car_insurance ----
    // car_insurance__renewal_quote
    (
        &[
            "车险续保多少钱",
            "明年车险报个价",
            "几家保险公司比个价",
            "续保前先询价",
            "car insurance renewal quote",
        ],
        &["续保报价"],
    ),
    // car_insurance__buy_renewal
    (
        &[
            "车险就买这家了",
            "交强险商业险一起续",
            "车险确认下单付款",
            "续保付钱",
            "pay for my car renewal",
        ],
        &["续保投保"],
    ),
    // car_insurance__my_policies
    (
        &[
            "我的车险保单",
            "车险保了哪些险种",
            "车险起止日期",
            "车险是哪家公司的",
            "my car insurance details",
        ],
        &["我的车险"],
    ),
    // car_insurance__report_claim
    (
        &[
            "车撞了报保险",
            "倒车碰了柱子",
            "车险出险报案",
            "被别的车追尾了",
            "report a car accident now",
        ],
        &["报案"],
    ),
    // car_insurance__claim_progress
    (
        &[
            "车险定损到哪了",
            "车险理赔什么时候到账",
            "修车理赔进度",
            "车险赔付进展",
            "car claim status",
        ],
        &["Claim progress"],
    ),
    // car_insurance__cancel_policy
    (
        &[
            "车过户了商业险退掉",
            "车卖了保险还剩半年",
            "车险剩下的退钱",
            "车报废保险退",
            "cancel my car insurance policy",
        ],
        &["车险退保"],
    ),
    // ---- travel_insurance ----
    // travel_insurance__quote
    (
        &[
            "旅行险几天多少钱",
            "旅行险各方案价格",
            "申根保险报价",
            "去欧洲保险多少钱",
            "quote travel insurance",
        ],
        &["旅行险报价"],
    ),
    // travel_insurance__buy
    (
        &[
            "就买这个旅行险",
            "出发前买份旅行险",
            "旅行险下单付款",
            "给全家买旅行险",
            "buy a travel policy",
        ],
        &["购买旅行险"],
    ),
    // travel_insurance__flight_delay
    (
        &[
            "航班延误险买一份",
            "飞机延误自动赔",
            "明天航班怕晚点",
            "这趟航班买延误险",
            "buy flight delay cover",
        ],
        &["延误"],
    ),
    // travel_insurance__policies
    (
        &[
            "我买过的旅行险",
            "旅行险保单状态",
            "延误险生效了吗",
            "旅行保单在哪看",
            "list my travel policies",
        ],
        &["我的旅行"],
    ),
    // travel_insurance__certificate
    (
        &[
            "保险凭证下载",
            "签证要英文保险证明",
            "打印旅行险凭证",
            "国外医院要保单证明",
            "travel insurance certificate",
        ],
        &["保险凭证"],
    ),
    // travel_insurance__cancel
    (
        &[
            "旅行险退订",
            "签证被拒旅行险退",
            "不出国了退旅行险",
            "旅行取消全额退保费",
            "refund my travel insurance",
        ],
        &["退订"],
    ),
    // travel_insurance__claim
    (
        &[
            "旅行险申请理赔",
            "国外看病报旅行险",
            "行李丢了要赔",
            "行程取消理赔",
            "claim on travel insurance",
        ],
        &["旅行险理赔"],
    ),
    // ---- home_valuation ----
    // home_valuation__estimate_value
    (
        &[
            "在线估一下房价",
            "输入小区估价",
            "这套房市场价多少",
            "房子大概能卖多少",
            "estimate my home value",
        ],
        &["房屋估价"],
    ),
    // home_valuation__price_trend
    (
        &[
            "小区房价走势",
            "小区近期成交价",
            "这片房价跌了吗",
            "小区每平米多少钱",
            "community price trend",
        ],
        &["小区房价"],
    ),
    // home_valuation__my_property_value
    (
        &[
            "我房子这个月涨了吗",
            "我保存的房产现在估值",
            "我家房子比上月值多少",
            "房子估值跟上月比",
            "track my home value",
        ],
        &["房产估值"],
    ),
    // home_valuation__book_appraisal
    (
        &[
            "约评估师上门",
            "房子要正式评估报告",
            "贷款需要房产评估",
            "卖房要专业评估",
            "book a home appraisal",
        ],
        &["上门评估"],
    ),
    // home_valuation__cancel_appraisal
    (
        &[
            "评估师约的时间取消",
            "不用上门评估了",
            "评估师别来了",
            "撤销评估预约",
            "cancel my appraisal",
        ],
        &["取消评估"],
    ),
    // home_valuation__appraisal_report
    (
        &[
            "评估报告出来没",
            "下载评估报告",
            "评估报告什么时候出",
            "正式评估结果",
            "view appraisal report",
        ],
        &["评估报告"],
    ),
    // ---- housing_fund ----
    // housing_fund__query_balance
    (
        &[
            "公积金账户余额",
            "每月公积金交多少",
            "公积金账户状态",
            "公积金还有多少钱",
            "housing fund account balance",
        ],
        &["公积金余额"],
    ),
    // housing_fund__deposit_records
    (
        &[
            "公积金每月缴存记录",
            "公积金哪个月没交",
            "单位交公积金明细",
            "公积金利息记录",
            "housing fund deposit history",
        ],
        &["缴存明细"],
    ),
    // housing_fund__withdraw_rent
    (
        &[
            "租房提取公积金",
            "交房租用公积金",
            "租房提取额度",
            "每年提一次公积金付房租",
            "withdraw fund to pay rent",
        ],
        &["租房"],
    ),
    // housing_fund__withdraw
    (
        &[
            "买房后提公积金",
            "还贷提取公积金",
            "退休了公积金取出",
            "离开城市销户提取",
            "withdraw fund to buy a home",
        ],
        &["其他提取"],
    ),
    // housing_fund__loan_quota
    (
        &[
            "公积金贷款能贷多少测算",
            "公积金贷款月供测算",
            "用公积金买房能贷几成",
            "公积金贷款额度算算",
            "estimate my fund loan",
        ],
        &["额度测算"],
    ),
    // housing_fund__loan_info
    (
        &[
            "公积金贷款剩余本金",
            "公积金房贷利率多少",
            "公积金贷款下期还款",
            "公积金房贷还剩多少期",
            "fund loan schedule",
        ],
        &["公积金贷款查询"],
    ),
    // housing_fund__loan_prepay
    (
        &[
            "公积金贷款提前还一部分",
            "公积金房贷提前结清",
            "提前还公积金缩短年限",
            "公积金贷款多还点",
            "prepay my fund loan",
        ],
        &["公积金贷款提前"],
    ),
    // housing_fund__transfer_account
    (
        &[
            "公积金转移到新城市",
            "换城市公积金转过去",
            "公积金异地转移接续",
            "跳槽外地公积金转",
            "transfer fund to new city",
        ],
        &["异地转移"],
    ),
    // ---- iit ----
    // iit__refund_status
    (
        &[
            "退税到哪一步了",
            "退税审核中多久",
            "退税钱到账没",
            "个税退税进度查询",
            "where is my tax refund",
        ],
        &["退税"],
    ),
    // iit__income_records
    (
        &[
            "个税里的收入对不对",
            "每月扣了多少税",
            "哪些单位给我报了收入",
            "个税申报收入记录",
            "my income tax records",
        ],
        &["纳税"],
    ),
    // iit__list_deductions
    (
        &[
            "扣除信息核对一下",
            "今年报了哪些扣除",
            "扣除项都有什么",
            "专项扣除列表",
            "list my deductions",
        ],
        &["查看专项"],
    ),
    // iit__add_deduction
    (
        &[
            "新增专项扣除",
            "填报子女教育",
            "添加赡养老人扣除",
            "填报住房租金",
            "add a new deduction",
        ],
        &["填报"],
    ),
    // iit__update_deduction
    (
        &[
            "扣除比例改成百分百",
            "住房租金城市改了",
            "专项扣除信息修改",
            "改一下子女教育扣除",
            "update my deduction",
        ],
        &["修改专项"],
    ),
    // iit__delete_deduction
    (
        &[
            "专项扣除作废",
            "扣除报错了作废",
            "多报的扣除删掉",
            "作废一条扣除",
            "void a deduction",
        ],
        &["作废"],
    ),
    // iit__file_annual
    (
        &[
            "办理个税汇算",
            "开始年度汇算",
            "个税汇算申报",
            "年度汇算提交",
            "file annual tax return",
        ],
        &["汇算"],
    ),
    // ---- pension_cert ----
    // pension_cert__cert_status
    (
        &[
            "养老金认证状态",
            "今年认证了没有",
            "下次认证什么时候",
            "认证过期了吗",
            "certification status check",
        ],
        &["认证状态"],
    ),
    // pension_cert__certify_self
    (
        &[
            "我自己刷脸认证",
            "本人做养老认证",
            "给自己认证养老金",
            "刷脸领养老金资格",
            "certify myself by face",
        ],
        &["刷脸"],
    ),
    // pension_cert__certify_family
    (
        &[
            "我妈在旁边帮她认证",
            "替老人刷脸认证",
            "用我手机给爸认证",
            "帮家里老人认证养老金",
            "certify for my mother",
        ],
        &["为家人"],
    ),
    // pension_cert__payment_records
    (
        &[
            "养老金发放记录",
            "每月养老金到账记录",
            "养老金调整后多少",
            "退休金发放明细",
            "pension payment history",
        ],
        &["发放"],
    ),
    // pension_cert__add_family
    (
        &[
            "以后每年帮老人认证",
            "把老人加进认证名单",
            "加一个要认证的老人",
            "存一下爸妈信息认证",
            "add a family member to certify",
        ],
        &["添加代认证"],
    ),
    // pension_cert__remove_family
    (
        &[
            "代认证名单里去掉一个",
            "认证名单删掉老人",
            "不再代认证了",
            "移除家人认证",
            "remove relative from certification",
        ],
        &["删除代认证"],
    ),
    // ---- social_insurance ----
    // social_insurance__query_due
    (
        &[
            "这个月社保应缴多少",
            "社保下个月要交多少",
            "养老医疗各交多少",
            "应缴社保金额",
            "social insurance amount due",
        ],
        &["应缴社保"],
    ),
    // social_insurance__pay
    (
        &[
            "灵活就业这月社保交上",
            "现在交社保",
            "交几个月社保",
            "补交本月社保",
            "pay social insurance now",
        ],
        &["缴纳社保"],
    ),
    // social_insurance__contribution_records
    (
        &[
            "社保缴费历史清单",
            "社保哪几个月断了",
            "缴费基数明细",
            "单位交社保记录",
            "social insurance contribution history",
        ],
        &["社保缴费记录"],
    ),
    // social_insurance__pension_account
    (
        &[
            "养老保险交够年限没",
            "社保累计交了几年",
            "养老账户余额",
            "养老保险个人账户余额",
            "pension insurance balance",
        ],
        &["养老保险"],
    ),
    // social_insurance__insured_certificate
    (
        &[
            "打印参保证明",
            "下载社保证明",
            "社保参保证明开一份",
            "参保证明PDF",
            "social insurance proof",
        ],
        &["参保证明"],
    ),
    // social_insurance__set_auto_deduct
    (
        &[
            "签约社保扣款",
            "社保每月自动扣",
            "开通社保代扣",
            "社保三方协议签约",
            "set up social insurance auto pay",
        ],
        &["签约社保"],
    ),
    // social_insurance__cancel_auto_deduct
    (
        &[
            "解约社保扣款",
            "社保代扣解约",
            "不要社保自动扣了",
            "取消三方协议",
            "cancel social insurance debit",
        ],
        &["解约社保"],
    ),
    // ---- medical_account ----
    // medical_account__activate_voucher
    (
        &[
            "医保电子凭证没激活",
            "开通电子医保",
            "医保凭证激活刷脸",
            "领医保电子凭证",
            "activate my e medical card",
        ],
        &["激活医保"],
    ),
    // medical_account__show_code
    (
        &[
            "打开医保码",
            "出示医保码",
            "医保码扫一下",
            "药店要扫医保码",
            "show my medical QR code",
        ],
        &["医保码"],
    ),
    // medical_account__account_balance
    (
        &[
            "医保个人账户余额",
            "医保账户还有多少",
            "医保卡余额查询",
            "医保个账多少钱",
            "medical account balance now",
        ],
        &["医保个人账户"],
    ),
    // medical_account__transactions
    (
        &[
            "医保消费明细",
            "医保每月划入多少",
            "医保刷卡记录",
            "医保统筹报了多少",
            "medical account spending history",
        ],
        &["医保消费"],
    ),
    // medical_account__bind_family
    (
        &[
            "家人看病刷我的个账",
            "爸妈加入共济",
            "孩子绑定我的医保",
            "开通家庭共济",
            "link family to my medical account",
        ],
        &["绑定家庭"],
    ),
    // medical_account__unbind_family
    (
        &[
            "家人医保共济关掉",
            "共济解绑",
            "家人退出共济",
            "不再给家人共济",
            "unlink family member",
        ],
        &["解除家庭"],
    ),
    // medical_account__offsite_filing
    (
        &[
            "异地就医备案",
            "外地看病备案",
            "长期住外地医保备案",
            "跨省就医直接结算",
            "register for offsite medical care",
        ],
        &["异地就医"],
    ),
    // medical_account__designated_institutions
    (
        &[
            "定点医院查询",
            "附近定点药店",
            "医保定点机构",
            "能用医保的医院",
            "find designated pharmacies",
        ],
        &["定点"],
    ),
    // ---- resident_medical ----
    // resident_medical__query_due
    (
        &[
            "今年居民医保应缴多少",
            "居民医保缴费期几号",
            "居民医保这次要交多少",
            "居民医保还欠多少没交",
            "resident medical amount due",
        ],
        &["居民医保应缴"],
    ),
    // resident_medical__pay
    (
        &[
            "给自己交居民医保",
            "城乡居民医保我自己交",
            "交今年城乡医保",
            "交我自己的新农合",
            "pay my resident medical",
        ],
        &["缴纳居民医保"],
    ),
    // resident_medical__pay_for_family
    (
        &[
            "给刚出生的宝宝交医保",
            "帮孩子交城乡医保",
            "替爸妈交居民医保",
            "给家里老人交医保",
            "pay medical insurance for family",
        ],
        &["为家人代缴"],
    ),
    // resident_medical__payment_records
    (
        &[
            "医保缴费发票下载",
            "医保交过的凭证",
            "去年医保交过没",
            "医保缴费收据",
            "medical premium payment records",
        ],
        &["医保缴费记录"],
    ),
    // resident_medical__add_family_member
    (
        &[
            "新生儿加到代缴名单",
            "加个家人代缴医保",
            "代缴名单加上孩子",
            "保存家人交医保",
            "add a family member to pay for",
        ],
        &["添加代缴"],
    ),
    // resident_medical__remove_family_member
    (
        &[
            "家人有工作了删掉代缴",
            "代缴名单删掉",
            "不再替他交医保",
            "移除代缴成员",
            "remove family from payment list",
        ],
        &["删除代缴"],
    ),
    // resident_medical__policy_info
    (
        &[
            "今年居民医保涨到多少",
            "今年医保个人交多少钱标准",
            "居民医保缴费截止时间",
            "医保政府补贴标准",
            "resident premium rates",
        ],
        &["缴费标准"],
    ),
];

/// Fourth pass: the situations, troubles and plans that lead to each action rather than
/// its siblings, as whole short requests, for the index's said part only. Written from
/// the manifests, blind of every request set.
pub const SITUATIONS: &[super::Concept] = &[
    // bank_insurance__browse
    (
        &[
            "刚结婚想给小家配齐保障",
            "宝宝出生了不知道该配哪些险",
            "同事得了大病我也想买点保障",
            "背着房贷怕自己倒下家里断了收入",
            "父母六十多了还能买到什么保险",
            "just had a baby, what cover should we get",
        ],
        &["保险产品"],
    ),
    // bank_insurance__quote
    (
        &[
            "想知道四十岁买重疾一年要花多少",
            "一年只有几千块预算能买多少保额",
            "给刚出生的宝宝上保险每年出多少",
            "抽烟的人买保险是不是要贵不少",
            "how much would cover cost me at 35",
        ],
        &["保费测算"],
    ),
    // bank_insurance__buy
    (
        &[
            "比较了好几款决定就要这一份了",
            "下个月常出差想先把意外险买上",
            "有个小结节健康告知能过就马上买",
            "孩子明天开学今天想把保险办好",
            "decided on this plan, want to sign up today",
        ],
        &["投保"],
    ),
    // bank_insurance__policies
    (
        &[
            "爸爸住院了想看看家里保过什么",
            "搬家把保险合同弄丢了",
            "记不清当年在银行买的是哪家公司的",
            "医生说要手术想看看自己有哪些保障",
            "can't remember which insurer I bought from",
        ],
        &["我的保单"],
    ),
    // bank_insurance__pay_renewal
    (
        &[
            "换了银行卡保险第二年没扣成",
            "收到短信说保单马上要停效了",
            "去年买的重疾今年还没交钱",
            "卡里余额不够保费扣款失败了",
            "got a letter that my policy will lapse",
        ],
        &["续期缴费"],
    ),
    // bank_insurance__file_claim
    (
        &[
            "孩子肺炎住院刚出院想报商业险",
            "打篮球把手腕摔骨折了",
            "体检查出甲状腺癌要做手术",
            "爸爸做了心脏支架想找保险赔",
            "走路摔了一跤缝了好几针",
            "slipped on ice and broke my arm, bills piling up",
        ],
        &["申请理赔"],
    ),
    // bank_insurance__claim_status
    (
        &[
            "材料交上去两周了还没赔",
            "保险公司说在审核一直没下文",
            "出院一个月了赔款还没到卡里",
            "上次住院报的保险到底赔了没有",
            "submitted hospital bills weeks ago, still no money",
        ],
        &["Claim status"],
    ),
    // bank_insurance__surrender
    (
        &[
            "失业了保费实在交不起了",
            "朋友推销买的保险越想越不划算",
            "保险买重复了想退掉一份",
            "移民国外这份保险以后用不上了",
            "签完合同第二天就后悔了",
            "lost my job and can't keep paying premiums",
        ],
        &["退保"],
    ),
    // bank_securities__to_securities
    (
        &[
            "看好一只股票想明天开盘就买",
            "股票跌了想补仓账户里却没钱",
            "年终奖到了想拿一部分去炒股",
            "券商账户余额是零什么都买不了",
            "stock dipped and my broker account is empty",
        ],
        &["银行转证券"],
    ),
    // bank_securities__to_bank
    (
        &[
            "股票割肉了钱要拿来交首付",
            "股市太吓人以后不玩了",
            "卖了股票要付装修款",
            "孩子学费要用把炒股的钱拿回卡上",
            "sold my shares, need the money for rent",
        ],
        &["证券转银行"],
    ),
    // bank_securities__securities_balance
    (
        &[
            "卖了股票不知道今天能取多少",
            "分红到了券商里现在有多少现金",
            "想转出来之前先看看能动多少",
            "上周卖股票的钱还在券商那边吗",
            "how much of my sale money can I take out",
        ],
        &["资金余额"],
    ),
    // bank_securities__records
    (
        &[
            "对账发现少了一笔炒股的钱",
            "记不得去年往股市投了多少本金",
            "卡里扣了钱券商那边却没看见",
            "老婆问我往股票账户一共转了多少",
            "how much have I moved into stocks in total",
        ],
        &["银证转账记录", "银证"],
    ),
    // bank_securities__sign_custody
    (
        &[
            "刚在券商APP开完户下一步怎么弄",
            "券商说要指定一家银行才能转钱",
            "第一次炒股开户后银行这边要办什么",
            "new broker account says pick a custody bank",
        ],
        &["签约三方存管"],
    ),
    // bank_securities__cancel_custody
    (
        &[
            "券商佣金太高要转到别家去",
            "以后不炒股了想把和券商的关联断掉",
            "换券商时提示要先解除原来银行",
            "这张卡要销户可它还绑着股票账户",
            "closing my brokerage, need to cut the bank link",
        ],
        &["解约三方存管"],
    ),
    // biz_loan__assess_limit
    (
        &[
            "开了三年小饭馆不知道银行肯借多少",
            "公司每年开票几百万能贷到多少",
            "想开第二家分店先摸摸底能借多少",
            "个体户纳税记录不错能拿多少钱",
            "my shop pays tax every year, how much could I borrow",
        ],
        &["经营贷额度", "评估经营贷额度"],
    ),
    // biz_loan__apply
    (
        &[
            "旺季要囤货手上现金不够",
            "接了个大订单要先垫付材料款",
            "门店要装修升级还缺一笔钱",
            "年底要给工人发工资还差一些",
            "got a big order, need cash to buy materials",
        ],
        &["申请经营贷"],
    ),
    // biz_loan__drawdown
    (
        &[
            "授信批下来了现在要付货款",
            "额度已经有了这周要进一批货",
            "批的额度一直没动今天要用一笔",
            "批下来的钱要直接打给供应商",
            "credit line approved, need to pay a supplier now",
        ],
        &["经营贷用款", "用款"],
    ),
    // biz_loan__repay
    (
        &[
            "年底收回了账款想把经营贷还了",
            "淡季用不上这笔钱不想白付利息",
            "店铺转让了欠银行的先还上",
            "生意不做了借银行的钱要还清",
            "customer finally paid, want to clear the business loan",
        ],
        &["归还经营贷"],
    ),
    // biz_loan__loan_overview
    (
        &[
            "会计要做账问我欠银行多少",
            "想再借之前看看额度已经用了多少",
            "记不清几笔经营贷分别哪天到期",
            "年底算账看看贷款利息花了多少",
            "accountant needs my business loan balances",
        ],
        &["经营贷借款明细", "借款明细"],
    ),
    // biz_loan__renew
    (
        &[
            "经营贷下月到期但钱都压在货上",
            "到期要还本可货款还没回来",
            "贷款快到期生意还得接着周转",
            "loan matures next month but cash is tied up in stock",
        ],
        &["续贷"],
    ),
    // biz_loan__upload_use_proof
    (
        &[
            "客户经理打电话说要看贷款花哪了",
            "贷款买了设备要把发票交给银行",
            "银行短信提醒补交资金用途材料",
            "付完材料款银行要合同复印件",
            "bank wants receipts for what I bought with the loan",
        ],
        &["用途凭证", "上传贷款用途凭证"],
    ),
    // car_loan__apply
    (
        &[
            "考完驾照想买辆代步车全款不够",
            "老婆怀孕了想换辆大点的车钱不够",
            "上班通勤太远想分期买辆车",
            "想跑网约车贷款买辆车",
            "got my license, want to finance my first car",
        ],
        &["申请车贷"],
    ),
    // car_loan__loan_detail
    (
        &[
            "想把车卖掉先看看还欠银行多少",
            "车贷利息是不是比别人高",
            "记不清车贷每个月要扣多少",
            "做家庭预算想知道车贷还剩多少本金",
            "thinking of trading in my car, what do I still owe",
        ],
        &["车贷详情"],
    ),
    // car_loan__repay
    (
        &[
            "工资晚发了这个月车贷没扣上",
            "银行来电话说车贷逾期一天了",
            "扣款卡被冻结车贷没交成",
            "出差忘了往卡里存钱还车",
            "car payment bounced this month",
        ],
        &["还车贷月供"],
    ),
    // car_loan__settle
    (
        &[
            "拿到拆迁款想把车贷全部还掉",
            "要换新车旧车的贷款得先清掉",
            "车要过户给别人得先还完贷款",
            "月供压力大有笔钱想一次还完车",
            "selling my car, need to clear the loan first",
        ],
        &["车贷提前结清"],
    ),
    // car_loan__schedule
    (
        &[
            "想知道车贷还要还到哪一年",
            "已经交了多少期车贷记不清了",
            "规划明年开支看看车贷还剩几期",
            "想确认下个月是不是最后一期车贷",
            "when is my last car payment",
        ],
        &["车贷还款计划"],
    ),
    // car_loan__release_lien
    (
        &[
            "车贷终于还完了车还在银行名下",
            "卖车时买家说车还有抵押",
            "车贷清了登记证书怎么拿回来",
            "二手车商说车有抵押过不了户",
            "loan paid off but the car still shows a lien",
        ],
        &["解除抵押", "申请解除抵押"],
    ),
    // car_loan__change_repay_card
    (
        &[
            "原来的卡被冻结了车贷怎么扣",
            "换工作工资卡变了车贷想从新卡扣",
            "扣车贷的那张卡丢了补了新卡",
            "扣车贷的卡下个月要销户",
            "old bank card closed, car loan needs a new one",
        ],
        &["车贷扣款卡"],
    ),
    // cash_plus__deposit
    (
        &[
            "备用金随时要用又想有点收益",
            "发了奖金先挪个地方赚点零花",
            "下个月要付房租先放进去生息",
            "卡里几万块躺着一分钱不长",
            "emergency fund sitting idle, want it to earn a bit",
        ],
        &["转入活钱宝", "活钱宝"],
    ),
    // cash_plus__withdraw_fast
    (
        &[
            "收银台付款卡里不够钱都在活钱里",
            "房东催房租把生息的钱马上取出来",
            "朋友急着借钱马上要打给他",
            "网购抢购卡里差几百先从活钱挪",
            "at the checkout and my card is short",
        ],
        &["快速转出"],
    ),
    // cash_plus__withdraw_normal
    (
        &[
            "下周交首付要把几十万都拿出来",
            "明天才用钱不着急到账",
            "要取的钱超过了当天秒到的上限",
            "月底要把活钱里的钱全挪去买房",
            "need to move a large sum out, tomorrow is fine",
        ],
        &["普通转出"],
    ),
    // cash_plus__earnings
    (
        &[
            "放进去一周了不知道赚了几毛",
            "感觉最近每天收益越来越少",
            "每天才赚几块钱这正常吗",
            "想比比活钱和余额宝哪个赚得多",
            "has my idle cash earned anything this week",
        ],
        &["活钱收益"],
    ),
    // cash_plus__auto_sweep
    (
        &[
            "每月发工资都忘了转去理财",
            "想让卡里多余的钱自己去生息",
            "总是乱花钱想让工资自动存起来",
            "卡里超过五千的部分想自动去生息",
            "I keep forgetting to move my salary to savings",
        ],
        &["设置自动转入"],
    ),
    // cash_plus__cancel_sweep
    (
        &[
            "发工资后刷卡老是提示余额不足",
            "房贷扣款前钱被自动转走了",
            "卡里总留不住钱付账单失败",
            "不想让系统替我挪钱了",
            "salary keeps disappearing from my card automatically",
        ],
        &["关闭自动转入"],
    ),
    // consumer_loan__estimate_limit
    (
        &[
            "打算装修先看看银行能借我多少",
            "想办婚礼不知道能贷到几万",
            "刚转正月薪一万能借多少",
            "怕申请被拒先看看能批多少",
            "planning a wedding, how much could I borrow",
        ],
        &["测算可贷额度", "可贷额度"],
    ),
    // consumer_loan__apply
    (
        &[
            "新房交了钥匙装修款还差一截",
            "孩子出国留学生活费还差一些想借",
            "新家要买家具电器想借一笔",
            "婚期定了酒店钱还没凑齐",
            "need money to furnish our new flat",
        ],
        &["申请消费贷"],
    ),
    // consumer_loan__application_status
    (
        &[
            "周一提交的借款到现在没消息",
            "装修师傅等着付款贷款还没下来",
            "客服说在审核不知道还要多久",
            "按短信补充了材料后来就没动静",
            "applied last week, still waiting for a decision",
        ],
        &["查询贷款申请进度", "申请进度"],
    ),
    // consumer_loan__repay
    (
        &[
            "工资卡换了这个月借款没扣到",
            "收到逾期提醒赶紧补上这期",
            "这个月扣款日卡里余额不够",
            "忘存钱导致这期借款没还上",
            "loan payment failed this month",
        ],
        &["归还本期贷款", "本期"],
    ),
    // consumer_loan__prepay
    (
        &[
            "发了年终奖不想再背着借款",
            "装修借的钱现在有能力一次还清",
            "利息太高想早点还掉剩下的",
            "申请房贷前想先清掉消费贷",
            "paying off my personal loan before applying for a mortgage",
        ],
        &["Prepay the consumer loan"],
    ),
    // consumer_loan__repayment_schedule
    (
        &[
            "想安排下个月开支看看每期扣多少",
            "借的钱要还到明年哪个月",
            "想知道还剩几期能还完",
            "记不清每月几号扣钱还借款",
            "which months do I still have loan payments",
        ],
        &["查看还款计划"],
    ),
    // consumer_loan__loan_detail
    (
        &[
            "银行说利率会调想看看现在是多少",
            "买房前想知道身上还背多少贷款",
            "借款合同丢了想看看借了多长期限",
            "what rate am I actually paying on my loan",
        ],
        &["查询贷款详情", "贷款详情"],
    ),
    // consumer_loan__change_repay_card
    (
        &[
            "原扣款卡销户了借款怎么扣",
            "换工作了想用新工资卡还消费贷",
            "扣款卡被盗刷冻结了换一张",
            "bank card closed, loan needs another debit card",
        ],
        &["变更还款账户"],
    ),
    // fcy_account__fcy_balances
    (
        &[
            "海外工资打进来了想看看有多少美元",
            "要给孩子汇学费先看看外币够不够",
            "去年换的港币不知道还剩多少",
            "准备再出国看看账户里还有多少欧元",
            "how many euros are left from my last trip",
        ],
        &["外币余额"],
    ),
    // fcy_account__buy_fcy
    (
        &[
            "孩子拿到国外录取通知要交学费",
            "下个月去美国看病要准备美元",
            "暑假带全家去泰国玩要换钱",
            "担心人民币贬值想换点美元放着",
            "paying tuition overseas, need dollars",
        ],
        &["购汇"],
    ),
    // fcy_account__sell_fcy
    (
        &[
            "在国外打工攒的美元要换回来买房",
            "回国定居了外币以后用不上",
            "美元涨了想换回人民币赚点差价",
            "常驻海外回来手里一堆欧元",
            "moved back home, my dollars are useless now",
        ],
        &["结汇"],
    ),
    // fcy_account__fcy_transactions
    (
        &[
            "在日本刷了几次卡不知道扣了多少",
            "回国后发现外币账户少了一笔",
            "报销差旅要境外消费的清单",
            "孩子在国外花钱太多想查查去向",
            "expense report needs my overseas card charges",
        ],
        &["外币交易明细"],
    ),
    // fcy_account__fcy_rates
    (
        &[
            "出国前想看看银行今天卖多少钱",
            "朋友说港币便宜了想看看价",
            "换汇前比一比银行的买入卖出价",
            "what's the bank charging for yen today",
        ],
        &["外汇牌价"],
    ),
    // fcy_account__fcy_time_deposit
    (
        &[
            "出国旅行剩下的美元放着浪费",
            "美元工资攒着暂时用不上",
            "听说美元利息比人民币高想存一年",
            "孩子留学的钱一年后才要用",
            "spare dollars are idle, want interest for a year",
        ],
        &["外币定期"],
    ),
    // flash_loan__check_limit
    (
        &[
            "车坏了要修想看看手机上能借多少",
            "上次借了一些不知道还剩多少能用",
            "突然要交房租先看看最多能借多少",
            "急着用钱先看看银行给我多少",
            "how much can I borrow right now for an emergency",
        ],
        &["查看可用额度", "可用额度"],
    ),
    // flash_loan__activate
    (
        &[
            "收到短信说给我批了额度要去领",
            "额度显示未开通借不了钱",
            "额度放着没开通怕要用时来不及",
            "第一次想用银行的备用额度要先签约",
            "got a pre-approved offer, want to turn it on",
        ],
        &["激活额度"],
    ),
    // flash_loan__borrow
    (
        &[
            "孩子突然生病住院押金不够",
            "房东催房租工资还没发",
            "车坏在路上修车要几千块",
            "朋友结婚随礼手上钱不够",
            "car broke down and I need cash today",
        ],
        &["借款到卡"],
    ),
    // flash_loan__repay_early
    (
        &[
            "报销款到了借的钱不想再背利息",
            "借了几天钱没用上想还回去",
            "年终奖发了先把借的清掉",
            "借款每天都在算利息想早点还",
            "borrowed money turned out unneeded, return it",
        ],
        &["随借随还"],
    ),
    // flash_loan__borrow_records
    (
        &[
            "忘了上个月那笔借款还清没有",
            "想知道今年一共借了几次钱",
            "记账发现多扣了一笔想核对借还",
            "did I ever repay that loan from last month",
        ],
        &["借还记录"],
    ),
    // flash_loan__request_increase
    (
        &[
            "要借的钱比额度多出一截",
            "工资涨了借款额度还是那么低",
            "公积金交得多了想多借一点",
            "想借两万额度只给了几千",
            "my limit is too low for what I need",
        ],
        &["申请提额"],
    ),
    // flash_loan__close_line
    (
        &[
            "房贷审批说我授信太多了",
            "管不住手总想借钱干脆关了",
            "怕手机丢了被人拿去借钱",
            "以后再也不想在手机上借钱了",
            "mortgage officer says unused credit lines hurt me",
        ],
        &["注销额度"],
    ),
    // fund_sip__create_plan
    (
        &[
            "刚工作每月想存点钱又不想操心",
            "给孩子攒大学学费想每月买点基金",
            "不会挑时机想分批慢慢买",
            "想每周五自动买一点指数基金",
            "want to invest a bit every month for my kid",
        ],
        &["新建定投"],
    ),
    // fund_sip__list_plans
    (
        &[
            "每月被扣的是哪几个定投",
            "开了好几个定投记不清了",
            "想整理一下每月固定投了多少",
            "下次扣钱是哪天好留够余额",
            "how many monthly fund plans do I have running",
        ],
        &["我的定投计划"],
    ),
    // fund_sip__modify_plan
    (
        &[
            "孩子出生开销大了想每月少投点",
            "发工资的日子变了扣款日要跟着改",
            "每月扣太多生活费紧张想减一半",
            "想从每月一次改成每周分散一下",
            "my payday changed, move the SIP date",
        ],
        &["修改定投"],
    ),
    // fund_sip__pause_plan
    (
        &[
            "这几个月要装修先别扣了",
            "失业了过阵子再接着投",
            "要交首付定投先停几个月",
            "生孩子花钱多定投歇一歇",
            "between jobs, hold my SIP for a few months",
        ],
        &["暂停定投"],
    ),
    // fund_sip__resume_plan
    (
        &[
            "找到新工作了之前停的接着投",
            "装修完了恢复每月买基金",
            "市场跌到位了想重新开始扣",
            "停了半年的定投想继续",
            "back at work, restart my paused plan",
        ],
        &["恢复定投"],
    ),
    // fund_sip__stop_plan
    (
        &[
            "基金经理换人了不想再投这只",
            "投了三年一直亏彻底放弃",
            "要移民了以后不再投这只基金",
            "换了更好的基金原来那个不要了",
            "fund manager left, end this plan for good",
        ],
        &["终止定投"],
    ),
    // fund_sip__plan_history
    (
        &[
            "余额不足那天基金到底买没买",
            "想知道每次扣款买到多少份",
            "对账发现有一个月没扣钱",
            "怀疑定投重复扣了两次",
            "was my monthly fund purchase skipped",
        ],
        &["定投扣款记录"],
    ),
    // fund_sip__sip_calculator
    (
        &[
            "想说服老公每月投一千算给他看",
            "如果三年前开始投现在能赚多少",
            "每月攒五百够不够孩子上大学",
            "退休前每月投一点能攒多少",
            "what if I had invested monthly for five years",
        ],
        &["定投收益计算器"],
    ),
    // fx_exchange__buy_fx
    (
        &[
            "暑假去香港玩要准备港币",
            "孩子在英国读书要先换英镑",
            "下个月出国开会要准备点欧元",
            "签证要求出示一笔外币存款",
            "need pounds for my kid's living costs in London",
        ],
        &["购汇"],
    ),
    // fx_exchange__sell_fx
    (
        &[
            "国外发的奖学金美元想换成人民币",
            "外派回来攒了一笔美元要用",
            "美元换回来付首付",
            "出国回来剩的日元用不上了",
            "back from working abroad, turn dollars into yuan",
        ],
        &["结汇"],
    ),
    // fx_exchange__quota
    (
        &[
            "今年已经给孩子换了不少还能换吗",
            "换汇时提示超限了",
            "明年初还要交学费怕额度不够",
            "年底了想知道今年换外汇用了多少",
            "bank says I've hit my yearly exchange limit",
        ],
        &["查询购汇额度", "购汇额度"],
    ),
    // fx_exchange__limit_order
    (
        &[
            "觉得日元还会跌想跌到位自动换",
            "没时间盯盘想到价自动买美元",
            "等汇率合适再换又不想天天看",
            "上班没空看汇率让它到价自己成交",
            "buy euros automatically when the rate hits my target",
        ],
        &["挂单兑换"],
    ),
    // fx_exchange__cancel_limit_order
    (
        &[
            "之前挂的换汇单行程取消不换了",
            "美元跌过头了挂的价不想要了",
            "急用人民币挂着的换汇单先撤",
            "挂的换汇单一直没成交改主意了",
            "trip cancelled, pull my pending exchange order",
        ],
        &["撤销挂单"],
    ),
    // fx_exchange__records
    (
        &[
            "报税需要去年换外汇的证明",
            "想知道上次换日元是多少汇率",
            "给孩子换了几次学费想统计一下",
            "对账少了一笔美元想看看换汇记录",
            "what rate did I get last time I bought yen",
        ],
        &["结售汇记录"],
    ),
    // fx_exchange__fx_balance
    (
        &[
            "准备出国先看看账户里外币够不够",
            "海外汇款到了没想看看外币账户",
            "结汇前先确认一下有多少美元",
            "do I have enough dollars before my trip",
        ],
        &["外币账户余额"],
    ),
    // fx_rates__board
    (
        &[
            "换钱前想看看今天银行挂的价",
            "代购要算账看看今天港币什么价",
            "新闻说人民币升值了看看今天价格",
            "checking today's yen rate before I exchange",
        ],
        &["外汇牌价"],
    ),
    // fx_rates__history
    (
        &[
            "日元这半年是不是一直在跌",
            "想看看美元这一年是涨是跌",
            "等英镑回落不知道最近什么趋势",
            "纠结现在换还是再等等先看趋势",
            "has the euro been rising over the past year",
        ],
        &["汇率走势"],
    ),
    // fx_rates__convert
    (
        &[
            "日本药妆店标价合人民币多少",
            "海外offer年薪折合人民币多少",
            "国外网站标价九十九美元划算吗",
            "酒店报价是欧元帮我算一下",
            "how much is this hotel price in yuan",
        ],
        &["汇率换算"],
    ),
    // fx_rates__set_alert
    (
        &[
            "等日元再跌点我再去换到时提醒我",
            "打算明年留学想等低点时告诉我",
            "上班忙不能一直看汇率想要通知",
            "美元跌到七以下发消息给我",
            "tell me when the pound gets cheap",
        ],
        &["设置汇率提醒"],
    ),
    // fx_rates__list_alerts
    (
        &[
            "之前设过提醒怎么一直没收到",
            "忘了给哪些币种设了提醒",
            "想确认日元那个提醒还在不在",
            "did I set a yen alert already",
        ],
        &["我的汇率提醒"],
    ),
    // fx_rates__delete_alert
    (
        &[
            "已经换完汇了不需要再通知",
            "旅行取消了汇率提醒没用了",
            "每天收到汇率短信很烦",
            "already exchanged, stop the rate messages",
        ],
        &["删除汇率提醒"],
    ),
    // gold_saving__gold_price
    (
        &[
            "听说黄金又创新高了看看现在多少",
            "想卖金子前看看今天什么价",
            "新闻说金价大跌是真的吗",
            "is gold up or down today",
        ],
        &["实时金价"],
    ),
    // gold_saving__buy
    (
        &[
            "觉得钱不保值想攒几克金子",
            "金价回调了想进一点",
            "手头几百块想买点黄金",
            "担心通胀想配置点黄金",
            "worried about inflation, want to buy some gold",
        ],
        &["买入积存金"],
    ),
    // gold_saving__sell
    (
        &[
            "金价创新高想落袋为安",
            "急用钱把攒的黄金换成钱",
            "金价涨了三成想卖一部分",
            "装修缺钱想把账户里的金子卖了",
            "gold hit a record, sell some of my grams",
        ],
        &["卖出积存金"],
    ),
    // gold_saving__create_plan
    (
        &[
            "想每周攒一点金子不用自己操心",
            "给女儿攒嫁妆每月买点金",
            "不会挑时机想分批买黄金",
            "每个月固定花几百买黄金",
            "save a little gold every month automatically",
        ],
        &["设置定期积存"],
    ),
    // gold_saving__cancel_plan
    (
        &[
            "每月自动买金子不想继续了",
            "手头紧不想再每月买黄金",
            "金价太高每月自动扣款停掉",
            "stop the monthly gold auto purchase",
        ],
        &["终止定期积存"],
    ),
    // gold_saving__holdings
    (
        &[
            "攒了一年黄金不知道赚没赚",
            "金价涨了看看我的金子值多少",
            "想卖之前看看手上有几克",
            "how much is my gold worth now",
        ],
        &["我的积存金"],
    ),
    // gold_saving__redeem_physical
    (
        &[
            "女儿结婚想把攒的金子打成首饰",
            "攒够一百克想换成金条放家里",
            "想把账户里的黄金拿到手上",
            "turn my saved grams into a real gold bar",
        ],
        &["兑换实物黄金"],
    ),
    // gold_saving__price_alert
    (
        &[
            "想等金价回落再买到时候叫我一声",
            "金价涨到目标我想卖掉要通知",
            "没时间看盘金价到了告诉我",
            "notify me when gold drops below my price",
        ],
        &["金价提醒"],
    ),
    // large_cd__products
    (
        &[
            "拆迁款几十万想找利息高的存法",
            "卖房的钱想存得利息高一点",
            "退休攒了二十多万想存银行",
            "定期利息太低有没有更高的存款",
            "got a big lump sum, want the highest deposit rate",
        ],
        &["在售大额存单"],
    ),
    // large_cd__buy
    (
        &[
            "今天上新存单要赶紧下手",
            "卖房的钱到了马上抢一份存单",
            "上次没抢到这次一开售就买",
            "这期利率不错想存三年",
            "the new CD is out, grab one now",
        ],
        &["认购大额存单"],
    ),
    // large_cd__holdings
    (
        &[
            "不记得存单是哪年买的",
            "想用钱前看看存单哪张先到期",
            "家里几张存单利率各是多少",
            "when do my CDs mature",
        ],
        &["我的大额存单"],
    ),
    // large_cd__transfer_out
    (
        &[
            "存单还有两年到期但要买房",
            "想用钱又不想丢掉已有的利息",
            "生意周转急需用钱存单没到期",
            "need cash but don't want to lose CD interest",
        ],
        &["挂单转让大额存单"],
    ),
    // large_cd__cancel_transfer
    (
        &[
            "挂出去的存单不想卖了钱凑够了",
            "挂了几天没人接单收回来",
            "转让价挂低了撤下来",
            "don't need to sell my CD anymore",
        ],
        &["撤销转让挂单"],
    ),
    // large_cd__buy_transfer
    (
        &[
            "只想存一年但新存单都是三年",
            "想找快到期的存单短期放钱",
            "别人挂出来的存单利率更划算",
            "want a CD that matures within a year",
        ],
        &["购买转让区存单", "转让区"],
    ),
    // large_cd__early_redeem
    (
        &[
            "家里急用钱存单利息不要了",
            "挂转让也卖不出去急需现金",
            "住院要钱存单只好提前拿出来",
            "emergency, cash out my CD and forget the interest",
        ],
        &["大额存单提前支取"],
    ),
    // large_cd__issue_reminder
    (
        &[
            "每次新存单都抢不到",
            "想知道下期存单什么时候上",
            "存单一上架就被抢光了",
            "alert me when new CDs go on sale",
        ],
        &["大额存单发售提醒"],
    ),
    // loan_calculator__mortgage_payment
    (
        &[
            "看中一套房想知道每月要还多少",
            "准备买房怕月供压力太大",
            "首付三成剩下贷款每月还多少",
            "新婚想买房算算每月要还多少",
            "found a flat, how much would monthly payments be",
        ],
        &["房贷月供计算"],
    ),
    // loan_calculator__combo_loan
    (
        &[
            "夫妻俩都有公积金还差一截要商贷",
            "公积金贷款最高额度不够房价",
            "买房想公积金和商贷一起用算月供",
            "provident fund covers only part of the loan",
        ],
        &["组合贷计算", "组合贷"],
    ),
    // loan_calculator__prepay_savings
    (
        &[
            "手上有笔闲钱还贷还是理财好",
            "车贷提前还到底划不划算",
            "消费贷提前还能少付多少利息",
            "should I use my bonus to pay down a loan",
        ],
        &["提前还款计算器"],
    ),
    // loan_calculator__car_payment
    (
        &[
            "想买辆新能源车算下首付月供",
            "刚毕业想买车每月能负担吗",
            "4S店报的月供是不是太高了",
            "dealer's monthly quote seems high, let me check",
        ],
        &["车贷计算器"],
    ),
    // loan_calculator__lpr_rates
    (
        &[
            "新闻说降息了现在贷款利率是多少",
            "准备买房想知道现在贷款利率",
            "听说房贷利率又下调了",
            "did the central bank cut lending rates",
        ],
        &["最新LPR利率"],
    ),
    // loan_calculator__affordability
    (
        &[
            "两口子月收入两万能买多大房",
            "刚结婚想买房不知道钱够不够",
            "租房太贵想知道自己能不能买",
            "can we afford a flat on our salaries",
        ],
        &["购房能力评估", "购房能力"],
    ),
    // mortgage__loan_info
    (
        &[
            "别人都说房贷利率降了我的是多少",
            "想卖房先看看还欠银行多少本金",
            "年初利率调整后我现在按多少算",
            "想转贷之前先看看现在的加点",
            "how much do I still owe on my house",
        ],
        &["房贷信息"],
    ),
    // mortgage__schedule
    (
        &[
            "想算算到现在已经还了多少利息",
            "房贷还要还到我多少岁",
            "想知道每期里本金占多少",
            "how many years of house payments are left",
        ],
        &["房贷还款计划"],
    ),
    // mortgage__repay_overdue
    (
        &[
            "出国旅游忘了存钱房贷没扣",
            "银行短信说我的房贷逾期了",
            "扣款卡被冻结了这期房贷没还上",
            "怕影响征信想马上补上欠的月供",
            "missed my house payment, want to fix it now",
        ],
        &["归还逾期房贷", "逾期房贷"],
    ),
    // mortgage__prepay_trial
    (
        &[
            "拿到一笔奖金还房贷能省多少",
            "想比较一下缩短年限和减月供哪个好",
            "父母给了点钱要不要拿去还房贷",
            "how much would I save paying down my mortgage",
        ],
        &["提前还款试算"],
    ),
    // mortgage__prepay
    (
        &[
            "卖了老房子想把新房贷款还一部分",
            "存款利率太低不如把房贷还了",
            "决定了下个月还掉一半房贷",
            "sold my old flat, pay down the mortgage now",
        ],
        &["申请提前还款"],
    ),
    // mortgage__cancel_prepay
    (
        &[
            "约了提前还房贷但钱要给孩子买房",
            "生意上急用钱约好的还款不办了",
            "家里出了事需要现金不提前还了",
            "plans changed, keep the money instead of prepaying",
        ],
        &["撤销提前还款预约"],
    ),
    // mortgage__lpr_reprice
    (
        &[
            "每年一月才调利率想改到放款那天",
            "LPR降了我要等到明年才享受",
            "想让房贷利率早点跟上降息",
            "my rate won't drop until next year, can I change that",
        ],
        &["LPR重定价日设置", "重定价"],
    ),
    // mortgage__change_account
    (
        &[
            "扣房贷的卡丢了补了一张新的",
            "老卡年费太贵想销户换卡扣房贷",
            "工资改发到别的银行了月供想跟着换",
            "closing my old account, mortgage should use a new one",
        ],
        &["变更房贷还款账户"],
    ),
    // mortgage__payoff_certificate
    (
        &[
            "房贷还完了不动产中心要证明材料",
            "想卖房买家要求先把房子解押",
            "房子贷款还清了下一步要什么材料",
            "mortgage done, the land registry wants proof",
        ],
        &["开具贷款结清证明", "结清证明"],
    ),
    // mutual_fund__search
    (
        &[
            "听同事说有只医药基金很好",
            "想买个跟踪标普五百的基金",
            "朋友推荐的基金只记得半个名字",
            "想找某位明星基金经理管的产品",
            "looking for a clean energy fund to invest in",
        ],
        &["搜索基金"],
    ),
    // mutual_fund__fund_detail
    (
        &[
            "朋友推荐这只基金想看看靠不靠谱",
            "买之前想看看它重仓了哪些股票",
            "这只基金最近跌得厉害怎么回事",
            "is this fund any good before I buy it",
        ],
        &["基金详情"],
    ),
    // mutual_fund__buy
    (
        &[
            "今天跌了三个点想加一点仓",
            "研究好了这只基金现在就买",
            "发了奖金想投一部分到基金里",
            "下午两点多想赶在今天净值买进",
            "market dipped, I want to buy more of this fund",
        ],
        &["申购基金"],
    ),
    // mutual_fund__redeem
    (
        &[
            "孩子要交学费卖点基金",
            "基金终于回本了赶紧跑",
            "买房首付差一点卖基金凑",
            "fund is back to break even, get me out",
        ],
        &["赎回基金"],
    ),
    // mutual_fund__switch
    (
        &[
            "股市太颠簸想挪到稳一点的债基",
            "同公司有只更好的想直接挪过去",
            "不想卖出再买多交一遍手续费",
            "move my money to a bond fund without selling",
        ],
        &["基金转换"],
    ),
    // mutual_fund__holdings
    (
        &[
            "今天大盘大跌我亏了多少",
            "好久没看基金了不知道收益如何",
            "买了好几只基金想看总盈亏",
            "how are my funds doing after the crash",
        ],
        &["我的基金"],
    ),
    // mutual_fund__cancel_order
    (
        &[
            "刚才点错多买了一只",
            "申购后发现看错了基金代码",
            "卖完基金才觉得明天还会涨想撤回",
            "oops I bought the wrong fund a minute ago",
        ],
        &["基金撤单"],
    ),
    // mutual_fund__dividend_method
    (
        &[
            "基金分红总打到卡上我想让它继续滚",
            "退休了想每次分红都拿现金花",
            "分的钱自动买回去更省事",
            "I'd rather get dividends as cash now I'm retired",
        ],
        &["修改分红方式"],
    ),
    // notice_deposit__rates
    (
        &[
            "一笔钱下周才用放几天有利息吗",
            "几十万短期放着什么利率高",
            "想找比活期好一点的短存利率",
            "what rate for parking cash just a week",
        ],
        &["通知存款利率"],
    ),
    // notice_deposit__open
    (
        &[
            "卖房款到账七天后才付首付",
            "拆迁款下周才用先存个短的",
            "货款放几天就要付出去先生点息",
            "money arrives now but I pay it out in a week",
        ],
        &["存入通知存款"],
    ),
    // notice_deposit__give_notice
    (
        &[
            "下周三要付房款先跟银行说一声",
            "过几天要交首付得先打招呼",
            "提前七天告诉银行我要用钱",
            "I'll need that deposit next Tuesday",
        ],
        &["预约支取"],
    ),
    // notice_deposit__cancel_notice
    (
        &[
            "房子没买成钱不用取了",
            "约好的取款日计划变了",
            "对方付款推迟了钱先不取",
            "deal fell through, keep the deposit earning",
        ],
        &["取消支取通知"],
    ),
    // notice_deposit__withdraw
    (
        &[
            "今天就要付钱没来得及预约",
            "临时急用直接把短存拿出来",
            "约的日子到了把钱取到活期",
            "need that deposit right now, take it out",
        ],
        &["支取通知存款"],
    ),
    // notice_deposit__list
    (
        &[
            "存了几笔短存忘了有多少钱",
            "想看看哪笔已经约了取款",
            "how many notice deposits do I have",
            "存了七天的那笔还在不在",
        ],
        &["我的通知存款"],
    ),
    // notice_deposit__smart_sweep
    (
        &[
            "活期余额多但随时可能要用",
            "不想每次手动存短期存款",
            "卡里常年几十万趴着不生息",
            "let my idle balance earn more automatically",
        ],
        &["设置智能通知存款", "智能通知"],
    ),
    // precious_metals__catalog
    (
        &[
            "明年龙年想给孩子买个生肖金",
            "父母金婚想送点金子做纪念",
            "公司年会想买几根小金条当奖品",
            "gift ideas in gold for a newborn",
        ],
        &["贵金属商品"],
    ),
    // precious_metals__buy
    (
        &[
            "选好了生肖金条马上下单",
            "孙子满月决定就买那款金条",
            "想屯一根实物金条放保险柜",
            "order that gold bar for my mom's birthday",
        ],
        &["购买实物金"],
    ),
    // precious_metals__orders
    (
        &[
            "买了金条一周了还没收到",
            "网点通知可以取金条了吗",
            "想知道金条寄到哪儿了",
            "my gold bar order hasn't arrived yet",
        ],
        &["贵金属订单"],
    ),
    // precious_metals__cancel_order
    (
        &[
            "金条订了才发现买贵了",
            "礼物不用送了订的金条不要了",
            "下错款式了趁还没发货撤掉",
            "changed my mind on the gold bar before shipping",
        ],
        &["取消贵金属订单"],
    ),
    // precious_metals__buyback
    (
        &[
            "老人留下的金条想换成钱",
            "十年前买的金条现在价高想卖",
            "急用钱想把家里金条卖回银行",
            "old gold bars at home, sell them back",
        ],
        &["贵金属回购"],
    ),
    // precious_metals__coin_reserve
    (
        &[
            "想给孩子收藏一套生肖币",
            "听说新的纪念钞快发行了",
            "集币爱好者想抢新发行的币",
            "want the new commemorative coins for my collection",
        ],
        &["纪念币预约"],
    ),
    // precious_metals__cancel_coin_reserve
    (
        &[
            "兑换那天要出差去不了网点",
            "约了纪念币后来又不想要了",
            "换币那天家里有事去不成",
            "can't make it to the branch on coin exchange day",
        ],
        &["取消纪念币预约"],
    ),
    // risk_assessment__questionnaire
    (
        &[
            "做测评前想先看看会问什么",
            "帮爸妈做测评想先看看题目",
            "想知道测评都问哪些问题",
            "what questions does the risk test ask",
        ],
        &["风险测评问卷"],
    ),
    // risk_assessment__submit
    (
        &[
            "买理财时提示我资格不够",
            "退休了投资态度变了想重新测",
            "提示测评已经失效要重新做",
            "app blocks me from buying until I do the test",
        ],
        &["提交风险测评"],
    ),
    // risk_assessment__result
    (
        &[
            "买高风险基金被拦了想知道我的等级",
            "理财经理说我是稳健型是真的吗",
            "不知道自己能不能买R4的产品",
            "what risk category am I in",
        ],
        &["我的风险等级"],
    ),
    // risk_assessment__history
    (
        &[
            "去年和今年测出来不一样想对比",
            "之前好像做过好几次测评",
            "理财纠纷需要当时的测评结果",
            "need my old risk test results for a complaint",
        ],
        &["测评记录"],
    ),
    // risk_assessment__expiry_reminder
    (
        &[
            "上次过期了没买成理财不想再有",
            "经常忘了测评什么时候失效",
            "提前通知我别耽误买基金",
            "don't want my risk profile to lapse unnoticed",
        ],
        &["测评到期提醒"],
    ),
    // savings_bonds__upcoming
    (
        &[
            "爸妈只信国债问下期利率多少",
            "退休金想买最稳的问问国债何时卖",
            "存款利率降了国债利率怎么样",
            "when is the next government bond sale",
        ],
        &["国债发行信息"],
    ),
    // savings_bonds__buy
    (
        &[
            "开售了帮妈妈抢一份",
            "养老钱想买国家发的最稳的",
            "今天早上开卖赶紧下单",
            "bonds are on sale today, get me some",
        ],
        &["购买国债"],
    ),
    // savings_bonds__holdings
    (
        &[
            "记不得给自己买了几期国债",
            "想知道国债哪年到期好安排",
            "手上那几期国债利率多少",
            "which government bonds am I holding",
        ],
        &["我的国债"],
    ),
    // savings_bonds__early_redeem
    (
        &[
            "国债还有两年才到期但要看病",
            "家里装修缺钱国债先拿出来",
            "孩子结婚要用钱国债还没到期",
            "need cash now, my bonds aren't due yet",
        ],
        &["国债提前兑取"],
    ),
    // savings_bonds__sale_reminder
    (
        &[
            "每次都忘了国债哪天开卖",
            "妈妈让我下期一定给她买上国债",
            "上次错过了这次想早点知道",
            "remind me next time bonds are sold",
        ],
        &["国债开售提醒"],
    ),
    // savings_bonds__interest_records
    (
        &[
            "国债利息应该每年给怎么没见到",
            "今年的国债利息打到哪了",
            "对账想看国债一共给了多少利息",
            "did my bond interest get paid this year",
        ],
        &["国债付息记录"],
    ),
    // student_loan__loan_info
    (
        &[
            "刚毕业不知道上学借的钱还欠多少",
            "想知道免息到哪天结束",
            "借了四年每年借了多少记不清了",
            "how much do I owe from my college years",
        ],
        &["查询助学贷款"],
    ),
    // student_loan__repay
    (
        &[
            "年底了今年上学借的钱还没还",
            "工作第一年要还上学借的钱了",
            "辅导员提醒我今年该还钱了",
            "my yearly student loan payment is due",
        ],
        &["归还助学贷款"],
    ),
    // student_loan__prepay
    (
        &[
            "发了奖金想多还点上学借的钱",
            "出国前想把上学借的钱全还清",
            "结婚前想把上学欠的钱清掉",
            "pay off my college loan before going abroad",
        ],
        &["助学贷款提前还款"],
    ),
    // student_loan__schedule
    (
        &[
            "想知道上学借的钱还要还几年",
            "每年年底要还多少心里有个数",
            "规划工资想看每年还多少",
            "how many more years on my student loan",
        ],
        &["助学贷款还款计划"],
    ),
    // student_loan__apply_extension
    (
        &[
            "保研了上学借的钱还不上",
            "毕业半年了还在找工作",
            "生病休养一年还不起上学的贷款",
            "got into grad school, can't pay yet",
        ],
        &["申请还款展期"],
    ),
    // student_loan__update_contact
    (
        &[
            "毕业去外地工作了要告诉银行",
            "换了手机号怕收不到还款提醒",
            "入职新公司要更新单位信息",
            "moved cities after graduation, update my info",
        ],
        &["更新毕业去向信息"],
    ),
    // term_deposit__rates
    (
        &[
            "攒了点钱想看存多久最划算",
            "爸妈问存银行几年利息最高",
            "听说利率又要降了现在存是多少",
            "which deposit term pays the best right now",
        ],
        &["定期存款利率"],
    ),
    // term_deposit__open
    (
        &[
            "年终奖发了不想乱花锁起来",
            "给孩子存一笔上大学的钱",
            "卖了房子这笔钱几年内不用",
            "lock away my bonus so I don't spend it",
        ],
        &["存定期"],
    ),
    // term_deposit__list
    (
        &[
            "不记得去年存的钱哪天能取",
            "想用钱前看看哪笔存款快到期",
            "爸妈帮我存的那几笔现在在哪",
            "when can I take out my savings from last year",
        ],
        &["我的定期存款"],
    ),
    // term_deposit__early_withdraw
    (
        &[
            "家人住院要交押金存款没到期",
            "买房首付差一截只能动存款",
            "孩子出国交学费存的死期要拿出来",
            "emergency, I need my savings before maturity",
        ],
        &["Withdraw a term deposit early"],
    ),
    // term_deposit__set_auto_renew
    (
        &[
            "存款到期那几天我人在国外",
            "老忘了到期去转存损失了利息",
            "到期后钱想继续存着不想管",
            "keep rolling over my deposit while I'm away",
        ],
        &["设置自动转存"],
    ),
    // term_deposit__cancel_auto_renew
    (
        &[
            "明年存款到期要拿来买车",
            "到期后想换成别的理财",
            "到期钱要用别再帮我续了",
            "I need the money at maturity, don't roll it over",
        ],
        &["取消自动转存"],
    ),
    // term_deposit__interest_trial
    (
        &[
            "退休金存五年能有多少利息",
            "想比较存一年和三年差多少利息",
            "存款利息够不够每月的生活费",
            "how much would my savings earn over two years",
        ],
        &["存款利息计算"],
    ),
    // wealth_adviser__my_adviser
    (
        &[
            "以前给我打电话的银行经理叫什么",
            "想找负责我的人但忘了是谁",
            "去网点办事想找专门对接我的人",
            "who at the bank looks after my account",
        ],
        &["我的理财经理"],
    ),
    // wealth_adviser__book
    (
        &[
            "拿到一笔遗产想找专业人士规划",
            "快退休了想当面聊聊钱怎么放",
            "孩子要出国想当面聊下资金安排",
            "want to sit down with someone about my inheritance",
        ],
        &["预约理财经理"],
    ),
    // wealth_adviser__bookings
    (
        &[
            "忘了约的是周几去银行",
            "想确认下周去网点见经理的时间",
            "上次约的见面是几点",
            "what time is my bank appointment",
        ],
        &["My adviser bookings"],
    ),
    // wealth_adviser__reschedule
    (
        &[
            "约好那天孩子生病去不了改一天",
            "临时加班想把见面推到周末",
            "约的时间和公司开会冲突了",
            "something came up, move my adviser appointment",
        ],
        &["修改预约时间"],
    ),
    // wealth_adviser__cancel
    (
        &[
            "约了见面但已经自己买好了不用去",
            "出差很久回不来约的面谈取消",
            "不打算理财了见面取消吧",
            "no longer need the meeting, cancel it",
        ],
        &["取消理财预约"],
    ),
    // wealth_adviser__message
    (
        &[
            "有个产品看不懂想问问负责我的经理",
            "不方便去网点想在线上问问经理",
            "到期的钱怎么安排想问问我的经理",
            "quick question for my banker",
        ],
        &["在线咨询理财经理"],
    ),
    // wealth_adviser__change_adviser
    (
        &[
            "调到外地工作了想换当地的经理",
            "经理总是不回消息",
            "经理一直推高风险产品不放心",
            "my adviser never answers, want someone else",
        ],
        &["更换理财经理"],
    ),
    // wealth_products__browse
    (
        &[
            "定期利息太低想找收益高点的",
            "刚工作想把存款拿去理财",
            "爸妈存款到期想买点稳的",
            "savings rates are too low, what else is there",
        ],
        &["理财产品列表"],
    ),
    // wealth_products__product_detail
    (
        &[
            "同事推荐一款理财想看看风险",
            "这款理财说明书里费用是多少",
            "这款理财最近净值跌了为什么",
            "what's the track record of this product",
        ],
        &["产品详情与净值"],
    ),
    // wealth_products__buy
    (
        &[
            "看好了那款稳健型现在就买",
            "存款到期了转去买那款理财",
            "年终奖到了买下那款半年期的",
            "go ahead and invest in that product",
        ],
        &["购买理财"],
    ),
    // wealth_products__redeem
    (
        &[
            "要付首付把理财拿出来",
            "市场不好理财一直跌想撤出来",
            "孩子学费要交理财取出来",
            "need the money, sell my wealth product",
        ],
        &["赎回理财"],
    ),
    // wealth_products__holdings
    (
        &[
            "最近债市跌了我的理财怎么样",
            "想知道昨天理财赚了几块",
            "好久没看理财了还剩多少",
            "did my investments drop this week",
        ],
        &["我的理财持仓"],
    ),
    // wealth_products__cancel_order
    (
        &[
            "刚下单买理财发现钱要另作他用",
            "赎回点错了想取消",
            "买了之后发现风险太高想撤回",
            "changed my mind right after buying",
        ],
        &["理财撤单"],
    ),
    // wealth_products__transactions
    (
        &[
            "想知道去年买卖了几次理财",
            "报税要理财收益的记录",
            "对账发现卡里少钱是不是买了理财",
            "what did I buy and sell last year",
        ],
        &["理财交易记录"],
    ),
    // personal_pension__open_account
    (
        &[
            "同事说存养老钱能少交税我还没账户",
            "工作了几年想为退休早做准备",
            "单位通知大家都要开一个养老账户",
            "I hear there's a tax-saving retirement account",
        ],
        &["开立个人养老金账户"],
    ),
    // personal_pension__contribute
    (
        &[
            "年底了想抓紧存钱抵今年的个税",
            "收入高个税多想用养老账户降一点",
            "今年一万二的额度还没存满",
            "want to top up my retirement account before year end",
        ],
        &["缴存养老金"],
    ),
    // personal_pension__account_summary
    (
        &[
            "想知道今年还能存多少来抵税",
            "存了几年养老钱现在一共多少",
            "养老账户里买的东西赚了没有",
            "how much have I saved for retirement so far",
        ],
        &["养老金账户概览"],
    ),
    // personal_pension__buy_product
    (
        &[
            "养老账户里的钱没动想投出去",
            "存进去的钱一直是现金不生息",
            "想用养老账户的钱买一只养老基金",
            "my pension cash is just sitting there",
        ],
        &["购买养老金产品"],
    ),
    // personal_pension__products
    (
        &[
            "养老账户里能买什么完全不知道",
            "想看看哪些养老产品风险低",
            "想比较一下养老储蓄和养老理财",
            "what can I invest in with my pension account",
        ],
        &["养老金产品目录"],
    ),
    // personal_pension__tax_receipt
    (
        &[
            "个税汇算时要填养老金扣除的证明",
            "公司HR要我交存养老金的凭据",
            "抵个税需要存过养老金的证明",
            "need proof of pension contribution for my tax return",
        ],
        &["缴费凭证", "Get the contribution receipt"],
    ),
    // personal_pension__change_card
    (
        &[
            "原来绑养老账户的卡丢了",
            "换了工资卡想用新卡存养老金",
            "养老账户绑的那张卡年费太高",
            "my pension account is linked to a card I'm closing",
        ],
        &["变更绑定银行卡"],
    ),
    // personal_pension__withdraw
    (
        &[
            "今年正式退休了存的养老钱怎么拿",
            "要移民国外定居了",
            "得了大病需要用存的养老钱",
            "I've just retired, how do I get my pension savings",
        ],
        &["申请领取养老金"],
    ),
    // car_insurance__renewal_quote
    (
        &[
            "保险还有一个月到期想比比价",
            "去年出了两次险今年会涨多少",
            "刚换了车想问问保险要多少钱",
            "my car cover expires soon, how much will it cost",
        ],
        &["车险续保报价", "续保报价"],
    ),
    // car_insurance__buy_renewal
    (
        &[
            "车险明天到期今天必须买上",
            "比好价了就定这家保险公司",
            "车险过期了不敢开车上路",
            "年检要交强险得先续上",
            "insurance expires tomorrow, buy it now",
        ],
        &["车险续保投保", "续保投保"],
    ),
    // car_insurance__my_policies
    (
        &[
            "交警查车要看保险",
            "出事故了想知道自己保了什么",
            "忘了车险买的是哪家公司",
            "did I buy scratch cover for my car",
        ],
        &["我的车险保单", "我的车险"],
    ),
    // car_insurance__report_claim
    (
        &[
            "在小区停车被人剐了",
            "路口等红灯被后车追尾",
            "暴雨把停在地库的车泡了",
            "车窗被砸东西被偷了",
            "someone hit my parked car",
        ],
        &["车险报案"],
    ),
    // car_insurance__claim_progress
    (
        &[
            "修车厂说保险的钱还没到",
            "定损员来过之后就没下文了",
            "事故处理完了赔款什么时候到",
            "repair shop is still waiting for the insurer",
        ],
        &["Claim progress"],
    ),
    // car_insurance__cancel_policy
    (
        &[
            "车卖掉了保险还剩几个月",
            "车报废了剩下的保险怎么办",
            "出国两年车一直不开了",
            "sold my car, want the unused premium back",
        ],
        &["车险退保"],
    ),
    // travel_insurance__quote
    (
        &[
            "带爸妈去欧洲玩保险大概多少钱",
            "办签证要买保险不知道贵不贵",
            "去东南亚玩一周保险多少钱",
            "how much is cover for a two week Europe trip",
        ],
        &["旅行险报价"],
    ),
    // travel_insurance__buy
    (
        &[
            "下周去日本玩想买个保障",
            "申根签证材料要保险得先买",
            "带孩子出国玩想保一下",
            "flying out Friday, need cover for the trip",
        ],
        &["购买旅行险"],
    ),
    // travel_insurance__flight_delay
    (
        &[
            "雷雨季节坐飞机怕晚点",
            "明天的航班天气不好怕延误",
            "这个航班准点率太低想保一下",
            "worried my flight tomorrow will be delayed",
        ],
        &["航班延误险"],
    ),
    // travel_insurance__policies
    (
        &[
            "出国前买过保险想确认生效没",
            "在国外想找保单号",
            "忘了这次旅行有没有买保险",
            "did I buy insurance for this trip",
        ],
        &["我的旅行保单"],
    ),
    // travel_insurance__certificate
    (
        &[
            "使馆要英文版的保险证明",
            "国外医院要我出示保险单",
            "签证中心让打印保单",
            "the embassy wants my insurance document in English",
        ],
        &["下载保险凭证"],
    ),
    // travel_insurance__cancel
    (
        &[
            "签证被拒了保险还没生效",
            "出发前家里有事不去了保险想退",
            "行程推迟到明年了",
            "visa refused, want my trip cover refunded",
        ],
        &["退订旅行险"],
    ),
    // travel_insurance__claim
    (
        &[
            "在泰国吃坏肚子去了医院",
            "在国外行李被航空公司弄丢了",
            "在国外摔伤了看病花了不少",
            "got sick abroad and paid the hospital myself",
        ],
        &["旅行险理赔"],
    ),
    // home_valuation__estimate_value
    (
        &[
            "想换大房子先看看旧房值多少",
            "继承了一套老房子想知道值多少",
            "中介报价太低想自己估估",
            "what's my flat worth if I sell",
        ],
        &["在线房屋估价"],
    ),
    // home_valuation__price_trend
    (
        &[
            "想在这个小区买房看看最近行情",
            "附近新地铁开通了房价涨没涨",
            "打算卖房看看周边成交",
            "have prices in this neighbourhood fallen",
        ],
        &["小区房价走势"],
    ),
    // home_valuation__my_property_value
    (
        &[
            "想知道我家房子今年跌了多少",
            "我存的那套房这个月估值有变化吗",
            "想一直关注我家房子值多少",
            "how has my home's value changed since last month",
        ],
        &["我的房产估值"],
    ),
    // home_valuation__book_appraisal
    (
        &[
            "房子要拿去抵押经营贷得评估",
            "继承房产要一份正式评估",
            "打官司需要房子的正式估价报告",
            "need a certified valuation for my loan",
        ],
        &["预约上门评估"],
    ),
    // home_valuation__cancel_appraisal
    (
        &[
            "房子不卖了评估不用做了",
            "约了评估那天要出差",
            "贷款不办了评估师不用来了",
            "plans changed, don't send the appraiser",
        ],
        &["取消评估预约"],
    ),
    // home_valuation__appraisal_report
    (
        &[
            "评估师上周来过了报告出了没",
            "银行要评估报告原件",
            "上门评估结束想看看估了多少",
            "the appraiser came, where's the report",
        ],
        &["查看评估报告"],
    ),
    // housing_fund__query_balance
    (
        &[
            "想买房先看看公积金攒了多少",
            "工作五年公积金有多少了",
            "换工作后公积金还在吗",
            "how much is in my provident fund",
        ],
        &["查询公积金余额"],
    ),
    // housing_fund__deposit_records
    (
        &[
            "入职三个月公司到底交没交公积金",
            "离职后公积金是不是停了",
            "涨工资后公积金多交了吗",
            "is my new employer paying into my fund",
        ],
        &["公积金缴存明细", "缴存明细"],
    ),
    // housing_fund__withdraw_rent
    (
        &[
            "刚来城市打工租房太贵",
            "房租每月几千能用公积金吗",
            "租房住没买房公积金能用吗",
            "rent is killing me, can my fund help",
        ],
        &["租房提取公积金"],
    ),
    // housing_fund__withdraw
    (
        &[
            "刚买了房想把公积金取出来",
            "辞职回老家了公积金取出来",
            "退休了公积金怎么拿",
            "bought a flat, want to take out my fund",
        ],
        &["其他提取公积金", "其他提取"],
    ),
    // housing_fund__loan_quota
    (
        &[
            "准备买首套房公积金大概能借多少",
            "夫妻俩公积金合在一起能贷多少",
            "公积金交了两年能贷多少",
            "how big a fund loan can we get as a couple",
        ],
        &["公积金贷款额度测算"],
    ),
    // housing_fund__loan_info
    (
        &[
            "公积金房贷还剩几年",
            "想知道这个月公积金贷款扣多少",
            "公积金贷款利率是不是调了",
            "how much of my fund mortgage is left",
        ],
        &["公积金贷款查询"],
    ),
    // housing_fund__loan_prepay
    (
        &[
            "攒了一笔想提前还公积金贷款",
            "想把公积金那部分房贷先还清",
            "公积金余额够了一次还掉贷款",
            "pay off my provident fund loan early",
        ],
        &["公积金贷款提前还款"],
    ),
    // housing_fund__transfer_account
    (
        &[
            "从北京跳槽到上海了公积金怎么办",
            "回老家工作了公积金要带过去",
            "换城市工作公积金想接着交",
            "I moved cities for work, move my fund too",
        ],
        &["公积金异地转移", "异地转移"],
    ),
    // iit__refund_status
    (
        &[
            "三月份汇算了到现在还没到账",
            "退的税说在审核快一个月了",
            "退税状态显示受理了然后呢",
            "tax refund still hasn't arrived",
        ],
        &["查询退税进度"],
    ),
    // iit__income_records
    (
        &[
            "个税上显示我在陌生公司上班",
            "年终奖扣了多少税想看看",
            "兼职的劳务费有没有扣税",
            "was tax withheld on my freelance income",
        ],
        &["收入纳税明细"],
    ),
    // iit__list_deductions
    (
        &[
            "不记得年初填了哪些扣除",
            "工资扣税变多了是不是扣除没填",
            "想确认赡养老人那项有没有填",
            "what tax deductions did I claim this year",
        ],
        &["查看专项附加扣除"],
    ),
    // iit__add_deduction
    (
        &[
            "孩子上幼儿园了可以少交税",
            "生了二胎想个税少扣点",
            "开始租房住了个税能省",
            "老爸今年满六十我每月给他生活费",
            "my kid started school, claim the tax break",
        ],
        &["填报专项附加扣除"],
    ),
    // iit__update_deduction
    (
        &[
            "搬到另一个城市租房了个税那项要改",
            "和老公商量改成我一个人扣孩子",
            "兄弟姐妹分摊赡养老人的比例变了",
            "switch the child deduction to my spouse",
        ],
        &["修改专项附加扣除"],
    ),
    // iit__delete_deduction
    (
        &[
            "孩子那项老公已经填了我重复了",
            "房子卖了房贷利息不能再扣",
            "不租房了住房租金那项要撤掉",
            "my spouse already claimed it, remove mine",
        ],
        &["作废专项附加扣除"],
    ),
    // iit__file_annual
    (
        &[
            "去年换了两份工作可能要补税",
            "每年春天都要办的退税那件事",
            "年中才填了扣除想把多交的退回",
            "switched jobs last year, need to settle my taxes",
        ],
        &["办理年度汇算"],
    ),
    // pension_cert__cert_status
    (
        &[
            "养老金这个月没到账是不是没认证",
            "不确定今年做没做过认证",
            "怕错过年审想知道下次截止时间",
            "has my pension check been done this year",
        ],
        &["查询认证状态"],
    ),
    // pension_cert__certify_self
    (
        &[
            "社保局来电话让我做年审",
            "退休了每年要证明自己还健在",
            "不想跑社保局想在手机上做",
            "I need to do my yearly pension check on my phone",
        ],
        &["本人刷脸认证"],
    ),
    // pension_cert__certify_family
    (
        &[
            "老妈不会用智能手机做年审",
            "爸爸卧床不能出门要年审",
            "奶奶就在身边帮她做一下",
            "my dad is bedridden, do his check for him",
        ],
        &["为家人代认证"],
    ),
    // pension_cert__payment_records
    (
        &[
            "这个月退休金比上月少了",
            "今年涨的养老金补发了没",
            "想看看一年领了多少退休金",
            "how much pension did I receive this year",
        ],
        &["养老金发放记录"],
    ),
    // pension_cert__add_family
    (
        &[
            "以后每年都帮外婆年审想先加上",
            "想把刚退休的爸妈存进我的认证名单",
            "家里又多了一位要年审的老人",
            "save my mom so I can certify her each year",
        ],
        &["添加代认证家人"],
    ),
    // pension_cert__remove_family
    (
        &[
            "外公去世了不用再帮他年审",
            "老人搬去和弟弟住了由他认证",
            "姑姑自己会用手机了不用我帮",
            "grandma passed, take her off my list",
        ],
        &["删除代认证家人"],
    ),
    // social_insurance__query_due
    (
        &[
            "辞职后自己交社保一个月要多少",
            "开网店了想知道社保多少钱",
            "今年基数调了自己交多少",
            "how much are my social insurance fees as a freelancer",
        ],
        &["查询应缴社保"],
    ),
    // social_insurance__pay
    (
        &[
            "离职后社保不想断",
            "开了家小店自己交社保",
            "这个月社保还没交快截止了",
            "just quit, keep my social insurance going",
        ],
        &["缴纳社保费"],
    ),
    // social_insurance__contribution_records
    (
        &[
            "入职新公司想确认社保交了没",
            "跳槽中间可能断了一个月",
            "想知道社保从哪年开始交的",
            "did my old company stop paying my social insurance",
        ],
        &["社保缴费记录"],
    ),
    // social_insurance__pension_account
    (
        &[
            "还有几年退休想知道交够没",
            "换了几个城市养老保险交了多少年",
            "想估算退休能拿多少先看账户",
            "have I paid into my pension long enough",
        ],
        &["养老保险个人账户"],
    ),
    // social_insurance__insured_certificate
    (
        &[
            "在外地买房要证明交满社保",
            "孩子入学要家长社保证明",
            "办居住证要参保材料",
            "school admission needs my social insurance proof",
        ],
        &["打印参保证明"],
    ),
    // social_insurance__set_auto_deduct
    (
        &[
            "每个月都记不住交社保",
            "上个月忘交社保断了一个月",
            "自由职业不想每月手动交社保",
            "I keep forgetting to pay my social insurance",
        ],
        &["签约社保自动扣款"],
    ),
    // social_insurance__cancel_auto_deduct
    (
        &[
            "新公司给交社保了不用自己扣",
            "扣社保的卡要换了先停掉",
            "不想再自己交社保了",
            "new job covers it, stop my auto debit",
        ],
        &["解约社保自动扣款"],
    ),
    // medical_account__activate_voucher
    (
        &[
            "医院说现在只认手机上的医保",
            "第一次在手机上用医保还没开通",
            "换了新手机医保要重新开通",
            "hospital wants a medical code on my phone, never set up",
        ],
        &["激活医保电子凭证"],
    ),
    // medical_account__show_code
    (
        &[
            "在药店排队结账要扫医保",
            "挂号窗口让出示医保",
            "医保卡放家里了在窗口付钱",
            "pharmacy cashier wants my medical code",
        ],
        &["出示医保码"],
    ),
    // medical_account__account_balance
    (
        &[
            "想去药店买药看看个账还够不够",
            "看牙前看看医保里剩多少",
            "年底想把医保里的钱用掉还剩多少",
            "enough left in my medical account for glasses",
        ],
        &["医保个人账户余额"],
    ),
    // medical_account__transactions
    (
        &[
            "医保卡被家人刷了想看看",
            "没去医院医保少了钱",
            "上次住院医保报了多少",
            "money left my medical account without me going",
        ],
        &["医保消费明细"],
    ),
    // medical_account__bind_family
    (
        &[
            "孩子经常感冒看病想用我医保",
            "老妈高血压每月买药想用我的",
            "老婆没工作想刷我的医保",
            "my mom's pills could use my medical account",
        ],
        &["绑定家庭共济"],
    ),
    // medical_account__unbind_family
    (
        &[
            "孩子工作有自己的医保了",
            "和前夫离婚了要取消",
            "老人去世了共济要去掉",
            "my son has his own insurance now",
        ],
        &["解除家庭共济"],
    ),
    // medical_account__offsite_filing
    (
        &[
            "退休了去海南过冬看病怎么报",
            "外派到外地一年看病怎么办",
            "爸妈去外地帮带孩子看病",
            "retired parents wintering in another province need care",
        ],
        &["异地就医备案"],
    ),
    // medical_account__designated_institutions
    (
        &[
            "搬新家附近哪个药店能刷医保",
            "出差在外地哪家医院认医保",
            "这个社区诊所能不能刷医保",
            "which clinic near me takes medical insurance",
        ],
        &["定点医药机构查询"],
    ),
    // resident_medical__query_due
    (
        &[
            "毕业没找到工作居民医保要交多少",
            "我在老家的医保今年多少钱",
            "缴费期快到了看看我要交多少",
            "how much is my resident health cover this year",
        ],
        &["查询居民医保应缴"],
    ),
    // resident_medical__pay
    (
        &[
            "辞职了单位医保停了自己交",
            "毕业了没工作怕医保断",
            "缴费截止前把我自己的交了",
            "no job so I need to pay my own health insurance",
        ],
        &["缴纳居民医保"],
    ),
    // resident_medical__pay_for_family
    (
        &[
            "孩子上学学校通知交医保",
            "爸妈在农村医保要交了我来付",
            "宝宝刚上户口要交医保",
            "pay my parents' village health insurance",
        ],
        &["为家人代缴医保"],
    ),
    // resident_medical__payment_records
    (
        &[
            "学校要孩子医保缴费凭证",
            "不确定今年帮爸妈交了没",
            "看病报销时说要医保缴费证明",
            "did I already pay my mom's health insurance",
        ],
        &["医保缴费记录"],
    ),
    // resident_medical__add_family_member
    (
        &[
            "今年起每年帮岳父母交医保先存好信息",
            "二胎出生了想登记好以后每年替他交",
            "要帮奶奶交医保先把她存进去",
            "save my newborn to pay his premium each year",
        ],
        &["添加代缴家人"],
    ),
    // resident_medical__remove_family_member
    (
        &[
            "孩子参军了不用我交了",
            "奶奶去世了医保不用再替她交",
            "弟弟成家了医保以后他自己交",
            "my daughter's employer covers her now",
        ],
        &["删除代缴家人"],
    ),
    // resident_medical__policy_info
    (
        &[
            "听说今年医保费涨了涨到多少",
            "怕错过今年城乡医保的截止日",
            "居民医保政府每人补贴多少",
            "when is the deadline for resident insurance",
        ],
        &["居民医保缴费标准"],
    ),
];

/// Fifth pass: other situations than the fourth's (other people, events, troubles and
/// words), spoken style, for the index's said part only. Written from the manifests,
/// blind of every request set.
pub const SITUATIONS_2: &[super::Concept] = &[
    // bank_insurance__browse
    (
        &[
            "女儿要去外地上大学该给她配点啥险",
            "自己开小店没单位保障想补上",
            "同学年纪轻轻查出白血病我有点慌",
            "奶奶七十多了还有没有能保的险种",
            "我寻思给全家配个保障从哪下手",
            "freelancer with no company benefits, what cover is there",
        ],
        &["保险产品"],
    ),
    // bank_insurance__quote
    (
        &[
            "有高血压的话买重疾一年得掏多少",
            "五十岁了再买医疗险是不是贵得离谱",
            "给老婆和我各保一份一年大概多少钱",
            "交二十年和交三十年每年差多少钱",
            "我寻思先算算给闺女买保险的花销",
            "rough yearly cost for a 45 year old non-smoker",
        ],
        &["保费测算"],
    ),
    // bank_insurance__buy
    (
        &[
            "下周要去工地干活今天先把意外险上了",
            "健康问题都答完了没毛病直接下单",
            "老婆催了好久今天终于决定签了",
            "报价看过了就按这个方案给我上",
            "opted for the accident plan, sign me up now",
        ],
        &["投保"],
    ),
    // bank_insurance__policies
    (
        &[
            "出了车祸想翻翻自己到底保了哪些",
            "前些年在柜台买的那个保险还在不在",
            "理财经理离职了我买的保险找不着了",
            "整理家里资料想列一下我名下的保险",
            "which of my policies are still active",
        ],
        &["我的保单"],
    ),
    // bank_insurance__pay_renewal
    (
        &[
            "出国一年回来才想起那份保险今年没交",
            "宽限期只剩几天了赶紧把钱补上",
            "保险公司打电话说今年那笔没收到",
            "孩子的教育金保险今年那期还没交",
            "annual premium due and my card didn't go through",
        ],
        &["续期缴费"],
    ),
    // bank_insurance__file_claim
    (
        &[
            "老妈骑电动车摔了住了一周院",
            "孩子手足口住院花了好几千想报",
            "做了个阑尾手术发票都攒着呢",
            "被狗咬了打疫苗能不能找保险",
            "got my appendix out, want the insurer to pay",
        ],
        &["申请理赔"],
    ),
    // bank_insurance__claim_status
    (
        &[
            "报了保险快一个月那钱到底啥时候到",
            "补完病历之后赔付一直没动静",
            "手术那次的赔款到没到账我也不清楚",
            "理赔说在审核都半个月了咋整",
            "where's my hospital payout at",
        ],
        &["Claim status"],
    ),
    // bank_insurance__surrender
    (
        &[
            "孩子大了那份少儿险没用了想退",
            "离婚了那份保险不想再交了",
            "做生意亏了保险的钱想拿回来周转",
            "业务员离职了这保险越想越坑",
            "don't want this policy anymore, get my money back",
        ],
        &["退保"],
    ),
    // bank_securities__to_securities
    (
        &[
            "新股中签了要缴款证券账户没钱",
            "想买点ETF先把工资挪过去",
            "券商那边提示可用资金是零",
            "股票打折了我寻思抄个底钱还在卡里",
            "IPO allotment needs cash in my broker account",
        ],
        &["银行转证券"],
    ),
    // bank_securities__to_bank
    (
        &[
            "炒股赚了点想拿出来买辆车",
            "老婆让我别炒了钱全拿回来",
            "股票账户里闲着的钱要拿去还信用卡",
            "打新没中签钱想挪回卡上",
            "cashing out my trading account to pay bills",
        ],
        &["证券转银行"],
    ),
    // bank_securities__securities_balance
    (
        &[
            "打新前想看看证券那边的钱够不够",
            "月底对账想知道券商里还躺着多少钱",
            "卖出的钱过了一天现在能转出多少",
            "老公说股票账户还有闲钱我不信",
            "is there idle cash sitting at my broker",
        ],
        &["资金余额"],
    ),
    // bank_securities__records
    (
        &[
            "工资卡少了一笔是不是转去炒股了",
            "想算算这些年往股市转了多少本金",
            "前天转的钱券商显示没到想核对",
            "离婚分财产要炒股资金往来的记录",
            "list every transfer between my bank and broker",
        ],
        &["银证转账记录"],
    ),
    // bank_securities__sign_custody
    (
        &[
            "手机上开了股票账户还没绑银行卡",
            "券商让我去银行确认存管那一步",
            "大学生第一次炒股银行这边要开啥",
            "换了家券商新账户要关联这张卡",
            "just opened a trading account, link my bank card",
        ],
        &["签约三方存管"],
    ),
    // bank_securities__cancel_custody
    (
        &[
            "券商那边销户要先把银行这边断开",
            "这张卡以后不想再用来炒股了",
            "想换一家银行做存管原来的得先解",
            "老人的股票账户不用了卡上关系解掉",
            "moving custody to another bank, unlink this one",
        ],
        &["解约三方存管"],
    ),
    // biz_loan__assess_limit
    (
        &[
            "开了个小超市流水不错能批多少",
            "厂里想买台新机器先摸一下银行能给多少",
            "开票量今年翻了番能借的是不是也多了",
            "做外贸的小公司我寻思能贷几十万不",
            "how much business credit could my café get",
        ],
        &["评估经营贷额度"],
    ),
    // biz_loan__apply
    (
        &[
            "店里要上新设备全款拿不出",
            "夏天空调旺季要提前备货缺周转",
            "开第二个档口房租押金还差一截",
            "甲方拖款了手里现金周转不开",
            "need working capital to stock up before the holidays",
        ],
        &["申请经营贷"],
    ),
    // biz_loan__drawdown
    (
        &[
            "额度批下来好久了这会儿要付店租",
            "供应商催货款想从批好的额度里拿",
            "已经有授信了今天进一批原材料",
            "从批的经营额度里取一笔打到对公账户",
            "draw some of my approved business credit for rent",
        ],
        &["经营贷用款"],
    ),
    // biz_loan__repay
    (
        &[
            "年货卖完回款了银行那笔先还上",
            "生意淡下来钱放着光交利息",
            "关店了欠银行那笔做生意的钱要还",
            "这个月到期那笔经营贷得还上",
            "shop's closing, pay back what I borrowed for it",
        ],
        &["归还经营贷"],
    ),
    // biz_loan__loan_overview
    (
        &[
            "税务筹划要知道今年经营贷付了多少利息",
            "几笔用款哪笔最先到期来着",
            "合伙人问我店里欠银行多少",
            "想看看经营额度还剩多少没用",
            "what do I still owe on my business credit line",
        ],
        &["经营贷借款明细"],
    ),
    // biz_loan__renew
    (
        &[
            "生意还得接着转贷款到期不想断",
            "一年期的经营贷马上到头钱都压在货上",
            "我寻思能不能不还本直接再续一年",
            "到期还不上本金又不想影响信用",
            "business loan due soon, roll it over",
        ],
        &["续贷"],
    ),
    // biz_loan__upload_use_proof
    (
        &[
            "银行说我用款以后没交发票",
            "付了供应商的钱要把合同传上去",
            "贷款买的货单据拍照了交哪里",
            "客户经理催我提交资金去向的材料",
            "bank asks for invoices showing how I spent the loan",
        ],
        &["用途凭证"],
    ),
    // car_loan__apply
    (
        &[
            "孩子上学接送不方便想贷款买车",
            "跑货拉拉想分期弄辆面包车",
            "二手车看好了首付有了剩下想贷",
            "老车坏得修不起想贷款换辆新的",
            "found a used car, need financing for the rest",
        ],
        &["申请车贷"],
    ),
    // car_loan__loan_detail
    (
        &[
            "车贷利率多少想和别家比比",
            "想把车抵给别人先看看还欠多少",
            "合同找不到了想看车贷签了几年",
            "车贷现在还剩多少本金没还",
            "what's left on my car loan and at what rate",
        ],
        &["车贷详情"],
    ),
    // car_loan__repay
    (
        &[
            "这个月车贷扣款失败了赶紧补上",
            "卡里钱不够这期车贷没扣走",
            "银行发短信说车的月供还没还",
            "住院那几天忘了车贷这期",
            "car installment missed, pay it now",
        ],
        &["还车贷月供"],
    ),
    // car_loan__settle
    (
        &[
            "中了点彩票想把车贷一次清了",
            "家里给了点钱车贷剩的全还掉",
            "利息太亏我寻思把车的剩余贷款一把还了",
            "车要过户给我爸贷款得先全部还完",
            "pay off the rest of my car loan in one go",
        ],
        &["车贷提前结清"],
    ),
    // car_loan__schedule
    (
        &[
            "规划换车时间想看车贷还有多少期",
            "想把车贷每期扣款日期记到日历上",
            "车贷哪几期已经还了哪几期没还",
            "看看明年每个月车贷要扣多少",
            "list my remaining car payments by month",
        ],
        &["车贷还款计划"],
    ),
    // car_loan__release_lien
    (
        &[
            "车贷都还清了绿本还押在银行",
            "还清车贷想把车过户给儿子还抵押着",
            "还完车贷去车管所解押要啥材料",
            "car's paid off, get the lien removed",
        ],
        &["解除抵押"],
    ),
    // car_loan__change_repay_card
    (
        &[
            "扣车贷那张卡年费太贵想换一张",
            "扣车贷的卡被盗刷停用了",
            "扣车贷的那张卡要注销了咋整",
            "switch the card my car payments come from",
        ],
        &["车贷扣款卡"],
    ),
    // cash_plus__deposit
    (
        &[
            "生意收的零钱想放着每天有收益",
            "孩子压岁钱不想存死想随取随用",
            "卡里的钱放着也是放着我寻思挪进去",
            "下周要付装修尾款这几天先生点利息",
            "park my spare cash somewhere flexible",
        ],
        &["活钱宝"],
    ),
    // cash_plus__withdraw_fast
    (
        &[
            "医院交押金卡里不够马上要用",
            "转账给房东差几百得立刻到",
            "孩子学校现在就要交费钱在活钱里",
            "加油站加完油卡里差钱",
            "need it on my card this minute",
        ],
        &["快速转出"],
    ),
    // cash_plus__withdraw_normal
    (
        &[
            "要取十几万下周才用",
            "明天到账都行不着急",
            "秒到那个额度不够我要取好几万",
            "月底买车这几天把活钱里的大头拿出来",
            "big withdrawal, next day is fine",
        ],
        &["普通转出"],
    ),
    // cash_plus__earnings
    (
        &[
            "放了一个月到底赚了几块钱",
            "今天收益怎么比昨天少了",
            "零钱放进去昨天赚了多少想看看",
            "活钱年化多少想和定期比比",
            "how much did my spare cash make yesterday",
        ],
        &["活钱收益"],
    ),
    // cash_plus__auto_sweep
    (
        &[
            "工资一到账就想让它自己去赚钱",
            "老是懒得手动挪钱有没有省事的",
            "卡里留个几千其余自动去生息",
            "每次收到货款都想自动存进去赚点",
            "sweep my leftover balance in automatically",
        ],
        &["设置自动转入"],
    ),
    // cash_plus__cancel_sweep
    (
        &[
            "信用卡自动还款总失败钱被挪走了",
            "卡里钱老被转走水电费扣不上",
            "不想让工资自动跑进去了",
            "要用卡里的钱还房贷别再自动转",
            "rent payment failed because my balance got swept",
        ],
        &["关闭自动转入"],
    ),
    // consumer_loan__estimate_limit
    (
        &[
            "想换个新手机电脑先看看能借多少",
            "打算出国旅游想借点看能批多少",
            "刚入职公积金交了半年能借几万",
            "征信有点花想先看看能不能借到",
            "how much personal loan could I get on my salary",
        ],
        &["可贷额度"],
    ),
    // consumer_loan__apply
    (
        &[
            "孩子学琴要买钢琴手头不够",
            "想给爸妈翻新老房子要借一笔",
            "二胎出生月子中心的钱想借一笔",
            "出国读研学费差一截想借",
            "need a personal loan for my parents' home repairs",
        ],
        &["申请消费贷"],
    ),
    // consumer_loan__application_status
    (
        &[
            "昨天申请的借款现在审到哪一步了",
            "说好两天出结果到现在没消息",
            "借款到底是批了还是拒了",
            "装修公司在等钱贷款批下来没",
            "has my personal loan been approved yet",
        ],
        &["申请进度"],
    ),
    // consumer_loan__repay
    (
        &[
            "这期借款没扣成想马上补上",
            "出差忘了这个月的分期借款",
            "收到短信说本期贷款还没还",
            "卡被冻结了这月贷款没扣到",
            "this month's loan payment didn't go through",
        ],
        &["归还本期贷款"],
    ),
    // consumer_loan__prepay
    (
        &[
            "拿了拆迁补偿想把消费贷全还了",
            "涨薪了想一次把剩下借款还清",
            "借款利息太高先还一部分本金",
            "准备结婚不想背着借款过日子",
            "settle my personal loan early",
        ],
        &["Prepay the consumer loan"],
    ),
    // consumer_loan__repayment_schedule
    (
        &[
            "借款每个月扣多少想列出来看看",
            "借的钱哪个月是最后一期",
            "想看看每期本金利息各多少",
            "年底做预算看看借款还剩几期",
            "show me every installment left on my loan",
        ],
        &["查看还款计划"],
    ),
    // consumer_loan__loan_detail
    (
        &[
            "借款利率到底是多少我都忘了",
            "借的钱还剩多少本金没还",
            "借了多少年来着合同找不到",
            "想看看那笔消费贷的整体情况",
            "what's my personal loan balance and rate",
        ],
        &["贷款详情"],
    ),
    // consumer_loan__change_repay_card
    (
        &[
            "借款扣款卡想换成工资卡",
            "老卡要销户了消费贷从哪扣",
            "换了银行发工资还借款的卡也要换",
            "扣款那张卡丢了补办了新卡",
            "use a different card for my loan payments",
        ],
        &["变更还款账户"],
    ),
    // fcy_account__fcy_balances
    (
        &[
            "国外客户打的货款到了看看有多少外币",
            "帮孩子攒的英镑现在有多少了",
            "上次去澳洲剩的澳元还在账户里吗",
            "现汇现钞各有多少我分不清",
            "how much foreign money do I hold in total",
        ],
        &["外币余额"],
    ),
    // fcy_account__buy_fcy
    (
        &[
            "女儿下学期在澳洲的房租要付",
            "去欧洲看展要准备点欧元",
            "海外代购要付美元货款",
            "老公外派新加坡要先换点新币",
            "need some Aussie dollars for my daughter's rent",
        ],
        &["Buy foreign currency"],
    ),
    // fcy_account__sell_fcy
    (
        &[
            "外企发的美元奖金要换成人民币",
            "留学回来剩的加元想换回来",
            "国外亲戚汇来的钱想换成人民币花",
            "美元账户的钱换回来还房贷",
            "convert my leftover dollars back to yuan",
        ],
        &["结汇"],
    ),
    // fcy_account__fcy_transactions
    (
        &[
            "在欧洲刷卡那几笔到底扣了多少",
            "外币账户多了一笔不知道哪来的",
            "给孩子汇的学费出账了没想看看明细",
            "上个月在香港买东西外币扣了哪些",
            "list my foreign currency card spending",
        ],
        &["外币交易明细"],
    ),
    // fcy_account__fcy_rates
    (
        &[
            "银行今天收美元多少钱一块",
            "结汇前看看银行买入价多少",
            "换澳元前看看银行挂的价划不划算",
            "what's the bank buying dollars at today",
        ],
        &["外汇牌价"],
    ),
    // fcy_account__fcy_time_deposit
    (
        &[
            "外币放活期没啥利息想存一年",
            "孩子两年后才出国留学美元先存着",
            "手上港币暂时用不着想生点息",
            "美元存款利息高我寻思存半年",
            "lock my spare dollars away for six months",
        ],
        &["外币定期"],
    ),
    // flash_loan__check_limit
    (
        &[
            "下个月要交学费想看看能借多少周转",
            "手机上那个随时借的还剩多少能用",
            "信用卡刷爆了看看还有别的额度没",
            "借之前想知道一天利息多少",
            "how much is left on my instant credit",
        ],
        &["查看可用额度"],
    ),
    // flash_loan__activate
    (
        &[
            "银行给我预批了个额度还没开通",
            "想借钱提示要先签合同开通",
            "额度一直是灰的用不了咋整",
            "先把备用额度开了万一急用",
            "turn on that pre-approved credit line",
        ],
        &["激活额度"],
    ),
    // flash_loan__borrow
    (
        &[
            "老家房子漏水修缮要钱马上要",
            "月底工资没到信用卡要还",
            "家里猫生病手术费不够",
            "急着付定金手上差几千",
            "need a few thousand on my card right now",
        ],
        &["借款到卡"],
    ),
    // flash_loan__repay_early
    (
        &[
            "上周借的钱用不上了想还回去",
            "工资一到账手机上借的那笔就想清掉",
            "借的钱利息一天天涨赶紧还一部分",
            "朋友把钱还我了我也把银行的还了",
            "got paid, return what I borrowed last week",
        ],
        &["随借随还"],
    ),
    // flash_loan__borrow_records
    (
        &[
            "上个月借过几次钱记不清了",
            "手机上借的那几笔到底还清没有",
            "想核对下借钱利息扣了多少",
            "征信报告上有一笔借款想对对",
            "show me what I borrowed and paid back",
        ],
        &["借还记录"],
    ),
    // flash_loan__request_increase
    (
        &[
            "要买的东西比额度贵想多借点",
            "升职了额度能不能给高点",
            "额度太少不够应急用",
            "个税交得多了想让银行多给点额度",
            "I need a bigger credit line",
        ],
        &["申请提额"],
    ),
    // flash_loan__close_line
    (
        &[
            "准备买房不想征信上挂着授信",
            "老婆不让我再在网上借钱了直接关掉",
            "这个额度一直没用想销掉",
            "怕被骗子诱导借款干脆关了",
            "close that credit line for good",
        ],
        &["注销额度"],
    ),
    // fund_sip__create_plan
    (
        &[
            "每月发工资后想自动买点基金",
            "给刚出生的宝宝攒教育金每月投一点",
            "想每两周扣一点买指数基金",
            "退休前想每月固定投一点养老",
            "set up a monthly buy of an index fund",
        ],
        &["新建定投"],
    ),
    // fund_sip__list_plans
    (
        &[
            "每个月卡里被扣好几笔是哪些定投",
            "想看看我定投的都是哪几只",
            "老婆问我每月往基金里定投了几笔",
            "我寻思清理一下不知道开了几个定投",
            "show all my regular fund plans",
        ],
        &["我的定投计划"],
    ),
    // fund_sip__modify_plan
    (
        &[
            "换工作工资少了每月少投点",
            "定投扣款日和房贷同一天想错开",
            "涨工资了每月定投想多投一些",
            "定投从每月扣改成每周扣",
            "raise my monthly fund amount",
        ],
        &["修改定投"],
    ),
    // fund_sip__pause_plan
    (
        &[
            "这两个月要买车定投先停停",
            "孩子上学开销大定投先暂停几个月",
            "手头紧定投先歇一下以后再投",
            "出国一段时间定投先别扣了",
            "hold off my fund plan for a couple of months",
        ],
        &["暂停定投"],
    ),
    // fund_sip__resume_plan
    (
        &[
            "停了的那个定投想重新开始扣",
            "手头宽裕了定投继续每月投",
            "车买完了之前停的定投接着投",
            "暂停的基金计划恢复吧",
            "restart the fund plan I paused",
        ],
        &["恢复定投"],
    ),
    // fund_sip__stop_plan
    (
        &[
            "这只基金不想再每月买了彻底停掉",
            "换成别的基金了原来的定投不要了",
            "亏麻了以后再也不定投这只",
            "要买房了以后不做定投了",
            "cancel my monthly fund purchase for good",
        ],
        &["终止定投"],
    ),
    // fund_sip__plan_history
    (
        &[
            "上个月定投到底扣没扣",
            "每次扣钱买到多少份想看看",
            "卡里钱不够那次定投失败了吗",
            "这个定投一共扣了多少钱了",
            "show every deduction of my fund plan",
        ],
        &["定投扣款记录"],
    ),
    // fund_sip__sip_calculator
    (
        &[
            "每月投一千坚持十年能有多少",
            "如果前年开始每月投现在赚多少",
            "想算算给孩子每月投多少够学费",
            "定投和一次性买哪个赚得多",
            "simulate investing monthly for ten years",
        ],
        &["定投收益计算器"],
    ),
    // fx_exchange__buy_fx
    (
        &[
            "下学期学费要交美元想先换",
            "去韩国旅行要准备点韩元",
            "国外开会注册费要付欧元",
            "给在美国的女儿汇生活费得先换",
            "need dollars for my conference fee",
        ],
        &["Buy foreign currency"],
    ),
    // fx_exchange__sell_fx
    (
        &[
            "海外项目结了美元奖金想换回来",
            "在迪拜工作攒的钱回国要用",
            "美元存款到期想换成人民币",
            "外币放着没用换成人民币吧",
            "change my foreign savings into yuan",
        ],
        &["结汇"],
    ),
    // fx_exchange__quota
    (
        &[
            "今年给孩子换了好几次还剩多少能换",
            "换外币提示超出年度限额",
            "明年出国留学每人一年能换多少",
            "年初到现在换外汇用了多少额度",
            "how much of my yearly FX allowance is left",
        ],
        &["购汇额度"],
    ),
    // fx_exchange__limit_order
    (
        &[
            "美元到我想要的价就自动换",
            "想等英镑便宜点再换又没空盯着",
            "定个价位到了自己成交",
            "日元到某个价位帮我自动买进",
            "auto-convert when the rate reaches my price",
        ],
        &["挂单兑换"],
    ),
    // fx_exchange__cancel_limit_order
    (
        &[
            "挂着的换汇单不想要了",
            "留学不去了挂的换美元单撤掉",
            "挂的价太低一直成交不了先撤",
            "急用钱换汇挂单取消",
            "withdraw my pending exchange order",
        ],
        &["撤销挂单"],
    ),
    // fx_exchange__records
    (
        &[
            "去年一共换了多少美元",
            "上次换欧元是什么汇率",
            "换汇记录要给签证中心看",
            "想看看今年换过几次外汇",
            "what did I pay for the euros I bought in spring",
        ],
        &["结售汇记录"],
    ),
    // fx_exchange__fx_balance
    (
        &[
            "换完汇想确认外币到账没",
            "日本回来后账户里日元剩多少",
            "汇款前看看美元余额够不够",
            "去香港前看看港币余额",
            "how much foreign currency is in my account",
        ],
        &["外币账户余额"],
    ),
    // fx_rates__board
    (
        &[
            "今天银行美元卖多少",
            "港币今天什么价",
            "出国前看看今天欧元价格",
            "看看各种外币今天的牌价",
            "today's bank rates for all currencies",
        ],
        &["外汇牌价"],
    ),
    // fx_rates__history
    (
        &[
            "日元最近一个月跌了多少",
            "美元这几年走势怎么样",
            "看看英镑近三个月的曲线",
            "想知道现在澳元算高位还是低位",
            "show the yen trend over six months",
        ],
        &["汇率走势"],
    ),
    // fx_rates__convert
    (
        &[
            "国外网购的价格合人民币多少",
            "韩国化妆品标价换成人民币多少钱",
            "一千欧元大概是多少人民币",
            "泰国酒店一晚多少钱折成人民币",
            "how much is 200 pounds in yuan",
        ],
        &["汇率换算"],
    ),
    // fx_rates__set_alert
    (
        &[
            "美元跌到某个价叫我一声",
            "港币便宜了提醒我去换",
            "等澳元回落了发消息给我",
            "想等美元回调再给孩子换学费到时叫我",
            "ping me when the euro drops",
        ],
        &["设置汇率提醒"],
    ),
    // fx_rates__list_alerts
    (
        &[
            "手机老收到汇率短信我到底设了几个",
            "之前设的美元提醒还在吗",
            "看看我都订了哪些到价提醒",
            "汇率提醒设的是多少价来着",
            "show the rate alerts I've set",
        ],
        &["我的汇率提醒"],
    ),
    // fx_rates__delete_alert
    (
        &[
            "汇率通知不需要了关掉",
            "不出国了美元提醒删掉",
            "那个日元的到价提醒不要了",
            "done with my Japan trip, drop the yen alert",
        ],
        &["删除汇率提醒"],
    ),
    // gold_saving__gold_price
    (
        &[
            "金价今天是涨了还是跌了",
            "金店标价太贵想看看银行今天金价",
            "想给女儿打金镯子先看看今天金价",
            "听说金价跳水了看看",
            "what's gold per gram right now",
        ],
        &["实时金价"],
    ),
    // gold_saving__buy
    (
        &[
            "发了奖金想买点黄金存着",
            "孩子满月想给她存几克金子",
            "钱放银行不安心想囤点金子",
            "每次几百块也想买点金",
            "buy a few grams of gold today",
        ],
        &["买入积存金"],
    ),
    // gold_saving__sell
    (
        &[
            "金价涨得多了想卖掉一部分",
            "手头缺钱把攒的黄金卖了",
            "攒的金子卖了换钱交学费",
            "金价高位我寻思先出货",
            "sell some of my gold while prices are high",
        ],
        &["卖出积存金"],
    ),
    // gold_saving__create_plan
    (
        &[
            "想每个月自动买点黄金",
            "给孙女每月攒点金子",
            "每周固定买一克黄金",
            "工资到了就自动买点金子",
            "auto-buy gold every week",
        ],
        &["设置定期积存"],
    ),
    // gold_saving__cancel_plan
    (
        &[
            "每月自动买黄金那个停了吧",
            "金价太贵不想再自动买了",
            "要买房不想每月扣钱买金子了",
            "stop my recurring gold purchase",
        ],
        &["终止定期积存"],
    ),
    // gold_saving__holdings
    (
        &[
            "我攒了多少克黄金了",
            "黄金账户现在赚了还是亏了",
            "我的金子成本价多少",
            "金价涨了我的黄金值多少钱",
            "how many grams of gold do I have",
        ],
        &["我的积存金"],
    ),
    // gold_saving__redeem_physical
    (
        &[
            "儿子结婚想把攒的金子换成金饰",
            "想把账户里的黄金换成金条拿回家",
            "攒够了克数想提实物",
            "want real gold bars from my account",
        ],
        &["兑换实物黄金"],
    ),
    // gold_saving__price_alert
    (
        &[
            "金价跌到某个价通知我",
            "金价涨上去了提醒我卖",
            "帮我盯着金价到了叫我",
            "alert me when gold hits my target",
        ],
        &["金价提醒"],
    ),
    // large_cd__products
    (
        &[
            "有笔几十万的钱想存个利息高的",
            "现在银行有哪些大额存单能买",
            "退休金想存三年看看有什么",
            "看看大额存单最近利率",
            "retired with a lump sum, any big CDs on offer",
        ],
        &["在售大额存单"],
    ),
    // large_cd__buy
    (
        &[
            "新一期存单开卖了马上买",
            "这期三年期的利率合适就它了",
            "钱到账了赶紧买一份大额存单",
            "抢一份刚上的存单",
            "subscribe to the new CD now",
        ],
        &["认购大额存单"],
    ),
    // large_cd__holdings
    (
        &[
            "想给存单做个表记下利率和到期日",
            "那几张大额存单利率各多少",
            "想看看家里存单的总额",
            "my CDs and their maturity dates",
        ],
        &["我的大额存单"],
    ),
    // large_cd__transfer_out
    (
        &[
            "存单还没到期要用钱想卖给别人",
            "不想损失利息把存单转给别人",
            "存单还有一年多开店缺钱想让给别人",
            "sell my CD to someone else instead of breaking it",
        ],
        &["挂单转让"],
    ),
    // large_cd__cancel_transfer
    (
        &[
            "挂出去的存单不想转了",
            "钱凑齐了存单转让撤回来",
            "转让价格定低了先撤下来",
            "take my CD off the transfer market",
        ],
        &["撤销转让"],
    ),
    // large_cd__buy_transfer
    (
        &[
            "半年后要用钱想买个只剩半年的存单",
            "别人让出来的存单期限合适我想接",
            "转让区有没有划算的存单",
            "buy someone's CD that matures soon",
        ],
        &["转让区"],
    ),
    // large_cd__early_redeem
    (
        &[
            "家里出事存单只能提前取",
            "转让卖不掉只好直接提前取",
            "急需用钱把大额存单拿出来",
            "break my CD early, I need the money",
        ],
        &["大额存单提前支取"],
    ),
    // large_cd__issue_reminder
    (
        &[
            "下次有新存单告诉我",
            "存单老是抢不到想提前知道",
            "新存单发售前通知我一声",
            "I keep missing new CD launches",
        ],
        &["发售提醒"],
    ),
    // loan_calculator__mortgage_payment
    (
        &[
            "女朋友家要求买房想算算每月得还多少",
            "等额本金和等额本息每月差多少",
            "看了套学区房月供大概多少",
            "贷款二十年和三十年月供差多少",
            "monthly payment for a 30-year home loan",
        ],
        &["房贷月供计算"],
    ),
    // loan_calculator__combo_loan
    (
        &[
            "公积金能贷六十万剩下商贷月供多少",
            "公积金不够还得加商贷每月还多少",
            "组合贷款每月要还多少",
            "算一下公积金加商业贷款的月供",
            "provident fund plus bank loan, monthly payment",
        ],
        &["组合贷计算"],
    ),
    // loan_calculator__prepay_savings
    (
        &[
            "亲戚劝我提前还贷我想算算划不划算",
            "中了奖想算算先还贷能少付几年利息",
            "提前还一部分贷款划算吗",
            "装修贷提前还一半能省多少",
            "how much interest would prepaying save",
        ],
        &["提前还款计算器"],
    ),
    // loan_calculator__car_payment
    (
        &[
            "十几万的车首付两成月供多少",
            "买车贷三年每月要还多少",
            "看中一辆车想算首付和月供",
            "车价二十万贷款五年月供多少",
            "car loan monthly payment calculator",
        ],
        &["车贷计算器"],
    ),
    // loan_calculator__lpr_rates
    (
        &[
            "这个月贷款利率降了没",
            "现在五年期以上利率是多少",
            "央行最新报价利率多少",
            "开发商说利率又下调了是真的吗",
            "heard rates were cut, what's the benchmark now",
        ],
        &["最新LPR利率"],
    ),
    // loan_calculator__affordability
    (
        &[
            "我一个月挣一万能买多少钱的房",
            "背着车贷还想买房不知道能买多贵",
            "我们收入能承受多贵的房子",
            "想买房看看能贷多少",
            "on our combined salary what flat price is realistic",
        ],
        &["购房能力评估"],
    ),
    // mortgage__loan_info
    (
        &[
            "同事的房贷利率比我低我是不是亏了",
            "打算转按揭先看看还欠多少本金",
            "离婚要分房子得知道还欠银行多少",
            "买第二套前想看看第一套还剩多少没还",
            "what rate is my home loan on right now",
        ],
        &["房贷信息"],
    ),
    // mortgage__schedule
    (
        &[
            "想知道房子啥时候能还完我好规划",
            "做家庭预算想看接下来一年每期月供",
            "每期里是不是利息占大头想看看",
            "已经还了多少期房贷我也记不清",
            "list my upcoming mortgage installments",
        ],
        &["房贷还款计划"],
    ),
    // mortgage__repay_overdue
    (
        &[
            "银行打电话说房贷欠了一期",
            "住院一个月房贷没顾上那期没扣",
            "工资拖欠了这期月供没还上要补",
            "征信要花了赶紧把拖欠的月供补上",
            "my mortgage payment bounced, pay it now",
        ],
        &["逾期房贷"],
    ),
    // mortgage__prepay_trial
    (
        &[
            "年终奖拿去还房贷能少还多少",
            "还掉一部分以后月供能降到多少",
            "想看看提前还一笔房贷年限能缩多少",
            "房贷还是理财哪个划算先算算我这笔",
            "what if I put my bonus into my mortgage",
        ],
        &["提前还款试算"],
    ),
    // mortgage__prepay
    (
        &[
            "理财到期了钱拿去还房贷决定了",
            "卖了车把房贷还掉一部分",
            "房贷利率太高下个月还掉一大笔",
            "拆迁款到了房贷一次全部结清",
            "book a partial mortgage prepayment",
        ],
        &["申请提前还款"],
    ),
    // mortgage__cancel_prepay
    (
        &[
            "约了下周提前还房贷钱要借给弟弟",
            "老婆不同意提前还那个预约取消",
            "约好的还贷先不办了钱另有用处",
            "changed my mind about paying down the house early",
        ],
        &["撤销提前还款预约"],
    ),
    // mortgage__lpr_reprice
    (
        &[
            "降息了我的房贷却要明年才变",
            "想把房贷利率调整时间改到放款日",
            "房贷利率每年啥时候跟着变能不能换",
            "rates fell but my loan only adjusts in January",
        ],
        &["重定价"],
    ),
    // mortgage__change_account
    (
        &[
            "扣月供那张卡被冻结了换一张",
            "扣房贷那张卡要注销了咋整",
            "扣款卡是外地的存钱不方便想换",
            "my mortgage comes off a card I'm closing",
        ],
        &["房贷还款账户"],
    ),
    // mortgage__payoff_certificate
    (
        &[
            "房贷还清了去房管局解押要证明",
            "卖房买家让先出个还清贷款的证明",
            "房贷还完了银行要给我开啥材料",
            "need a paid-off letter for my home loan",
        ],
        &["结清证明"],
    ),
    // mutual_fund__search
    (
        &[
            "网上老有人说半导体要起来了有啥基金",
            "同事天天念叨的那只白酒基金叫啥来着",
            "我寻思配点黄金类的基金有没有",
            "新闻说AI火了有相关的基金吗",
            "a friend mentioned a Nasdaq tracker, find it",
        ],
        &["搜索基金"],
    ),
    // mutual_fund__fund_detail
    (
        &[
            "群里有人推一只基金不知道底细",
            "想看看这只基金的经理换过几次",
            "买之前瞅瞅这只收多少手续费",
            "这只基金去年亏了多少想了解下",
            "is this fund's manager any good",
        ],
        &["基金详情"],
    ),
    // mutual_fund__buy
    (
        &[
            "大跌了我寻思这时候进场就买那只",
            "马上三点了今天得把基金买进去",
            "年终奖分一半就投那只基金",
            "看好了那只消费基金现在就下单",
            "market crashed, buying that fund now",
        ],
        &["申购基金"],
    ),
    // mutual_fund__redeem
    (
        &[
            "基金终于回本了不想再拿了",
            "要交房租把基金卖掉一部分",
            "老婆生孩子要用钱基金先卖点",
            "这只一直亏心累了卖了吧",
            "need the cash, sell my fund",
        ],
        &["赎回基金"],
    ),
    // mutual_fund__switch
    (
        &[
            "觉得股市要跌想挪到同家的债基",
            "不想先卖再买多掏一遍手续费",
            "同一家公司的货基想换成指数的",
            "move from equity to bond fund, same company",
        ],
        &["基金转换"],
    ),
    // mutual_fund__holdings
    (
        &[
            "今天大盘涨了我的基金回血没",
            "老婆问基金到底亏了多少",
            "买的好几只基金总共赚了没有",
            "how much am I up on my funds",
        ],
        &["我的基金"],
    ),
    // mutual_fund__cancel_order
    (
        &[
            "刚才买基金多按了个零",
            "下午买完就后悔了还能撤吗",
            "卖错基金了赶紧反悔",
            "I just bought the wrong fund, undo it",
        ],
        &["基金撤单"],
    ),
    // mutual_fund__dividend_method
    (
        &[
            "我寻思分红别再买回去了直接给现金",
            "分的钱散在卡里老被花掉想让它自动买回去",
            "基金分的钱想换个方式拿",
            "reinvest my dividends automatically",
        ],
        &["修改分红方式"],
    ),
    // notice_deposit__rates
    (
        &[
            "卖车的钱放几天有没有比活期高的",
            "几十万放一周大概什么利率",
            "一天和七天的短存利率差多少",
            "what's the rate on a 7-day deposit",
        ],
        &["通知存款利率"],
    ),
    // notice_deposit__open
    (
        &[
            "公司分红到了下周才投先存个七天",
            "房款七天后才付先放个短存",
            "收了一笔货款过几天才付先别闲着",
            "put this money in a 7-day deposit",
        ],
        &["存入通知存款"],
    ),
    // notice_deposit__give_notice
    (
        &[
            "下周五要付房款那笔短存先打招呼",
            "过几天要交学费约一下取那笔七天存款",
            "约好下周提那笔通知存款",
            "let the bank know I'll withdraw next week",
        ],
        &["预约支取"],
    ),
    // notice_deposit__cancel_notice
    (
        &[
            "首付改期了约的取款先不取",
            "对方说晚一个月再收钱那笔先不取",
            "约好取钱那个撤回让它继续生息",
            "cancel the withdrawal I booked",
        ],
        &["取消支取通知"],
    ),
    // notice_deposit__withdraw
    (
        &[
            "来不及提前说了那笔短存现在就要",
            "跟银行约好今天取那笔短存的钱",
            "临时要交押金七天存款先取出来",
            "landlord wants the money today, empty my notice deposit",
        ],
        &["支取通知存款"],
    ),
    // notice_deposit__list
    (
        &[
            "存了几笔七天的存款现在都在吗",
            "那笔短存利息攒了多少了",
            "哪笔已经约了要取来着",
            "how many 7-day deposits am I holding",
        ],
        &["我的通知存款"],
    ),
    // notice_deposit__smart_sweep
    (
        &[
            "卡里闲钱多想超过的部分自动存七天",
            "做生意账户余额多不想手动倒腾",
            "让活期多出来的钱自己去存通知存款",
            "auto-sweep idle cash into 7-day deposits",
        ],
        &["智能通知"],
    ),
    // precious_metals__catalog
    (
        &[
            "春节想给长辈送点金货看看有啥",
            "孩子满月想挑个金锁",
            "想收一枚熊猫金币有哪些款",
            "结婚纪念日想送老婆金饰看看款式",
            "gift ideas: gold bars or coins",
        ],
        &["贵金属商品"],
    ),
    // precious_metals__buy
    (
        &[
            "那款生肖金条就定它了",
            "给老爸过寿就订那块金条寄回家",
            "挑好了小金条今天下单",
            "order that gold bar for delivery",
        ],
        &["购买实物金"],
    ),
    // precious_metals__orders
    (
        &[
            "订的金条几天了发货没",
            "网点说到货了能去取了吗",
            "买的金币快递到哪了",
            "where's the gold bar I ordered",
        ],
        &["贵金属订单"],
    ),
    // precious_metals__cancel_order
    (
        &[
            "金条订多了想退一根",
            "还没发货的那块金条不要了",
            "金条订错了款式想撤单",
            "gift plans fell through, scrap the bar I ordered",
        ],
        &["取消贵金属订单"],
    ),
    // precious_metals__buyback
    (
        &[
            "搬家翻出几根老金条想卖回银行",
            "手头紧把在银行买的金条变现",
            "金价高位把家里的金条卖回去",
            "cleaning out dad's safe, the bank's gold bars should go back for cash",
        ],
        &["贵金属回购"],
    ),
    // precious_metals__coin_reserve
    (
        &[
            "听说新年要发纪念币想约一套",
            "想给孩子换一套新纪念钞",
            "同事都在约新的纪念币我也要",
            "my kid collects coins, book the new issue",
        ],
        &["纪念币预约"],
    ),
    // precious_metals__cancel_coin_reserve
    (
        &[
            "兑换那天公司开年会走不开",
            "不想要纪念币了把预约取消",
            "换币那天我人在外地",
            "can't go to the branch on coin day, drop my booking",
        ],
        &["取消纪念币"],
    ),
    // risk_assessment__questionnaire
    (
        &[
            "帮我爸做测评前想先看看题",
            "测评都问啥我先瞅瞅再答",
            "第一次买理财那份问卷是啥样",
            "what will the risk quiz ask me",
        ],
        &["风险测评问卷"],
    ),
    // risk_assessment__submit
    (
        &[
            "买基金被拦说要先测评",
            "测评过期了想重新做一遍",
            "现在收入高了想重测把等级提上去",
            "let me retake the risk test",
        ],
        &["提交风险测评"],
    ),
    // risk_assessment__result
    (
        &[
            "买产品提示不匹配我到底啥等级",
            "我能不能买R4的东西",
            "测评啥时候到期我也不知道",
            "bank says my profile doesn't match, which level am I",
        ],
        &["我的风险等级"],
    ),
    // risk_assessment__history
    (
        &[
            "以前测过几次结果都是啥",
            "投诉理财要去年的测评结果",
            "想对比今年和前年测的等级",
            "show my past assessments",
        ],
        &["测评记录"],
    ),
    // risk_assessment__expiry_reminder
    (
        &[
            "测评快过期时提醒我一下",
            "怕测评过期耽误抢理财",
            "每年都忘测评到期设个提醒",
            "my risk test expires soon, ping me ahead",
        ],
        &["测评到期提醒"],
    ),
    // savings_bonds__upcoming
    (
        &[
            "我妈问下一期国债啥时候有利率多少",
            "存款利率又降了看看国债怎么样",
            "退休金想放国债看看这期几年期的",
            "mom wants government bonds, when's the next issue",
        ],
        &["国债发行信息"],
    ),
    // savings_bonds__buy
    (
        &[
            "今天国债开卖了帮爸妈抢一份",
            "国债一开售就得下单不然没了",
            "存款到期想转去买这期国债",
            "the bond sale opens today, grab some for my parents",
        ],
        &["购买国债"],
    ),
    // savings_bonds__holdings
    (
        &[
            "我爸给我买的国债还有几期",
            "我手上国债哪年到期",
            "我的国债一共多少钱利率多少",
            "which government bonds do I still have",
        ],
        &["我的国债"],
    ),
    // savings_bonds__early_redeem
    (
        &[
            "国债还没到期但家里急用钱",
            "要买房国债只能先兑出来",
            "孩子出国缺钱把国债提前拿出来",
            "cash my bonds before maturity",
        ],
        &["国债提前兑取"],
    ),
    // savings_bonds__sale_reminder
    (
        &[
            "我老忘了国债哪天开卖提醒我",
            "上班忙总错过国债开卖想有人提醒",
            "上回国债没抢到下次早点告诉我",
            "ping me before the next bond sale",
        ],
        &["国债开售提醒"],
    ),
    // savings_bonds__interest_records
    (
        &[
            "国债利息今年到账了没",
            "这些年国债一共付了多少利息",
            "对账想看国债利息打进来的记录",
            "did the annual bond interest arrive",
        ],
        &["国债付息记录"],
    ),
    // student_loan__loan_info
    (
        &[
            "毕业一年了上学借的那笔还欠多少",
            "贴息啥时候到期要开始自己付利息了吗",
            "大学四年借的钱每年多少想看看合同",
            "just graduated, what do I still owe for college",
        ],
        &["查询助学贷款"],
    ),
    // student_loan__repay
    (
        &[
            "今年年底前要还的助学那笔还没交",
            "上班第一年要还上学欠的今年那部分",
            "老师打电话说我今年的还没还",
            "the yearly student loan deadline is coming",
        ],
        &["归还助学贷款"],
    ),
    // student_loan__prepay
    (
        &[
            "工作稳定了想一次把上学借的还完",
            "攒了点钱想多还点上学的贷款",
            "考公上岸想把助学的钱先清掉",
            "got a good job, clear my college loan ahead of time",
        ],
        &["助学贷款提前还款"],
    ),
    // student_loan__schedule
    (
        &[
            "上学借的钱每年要还多少想列一下",
            "助学那笔要还到哪一年",
            "规划以后每年开支看看要还的钱",
            "what are my student loan dues each year",
        ],
        &["助学贷款还款计划"],
    ),
    // student_loan__apply_extension
    (
        &[
            "考上研究生了今年还不上",
            "毕业后一直没找到工作还不起",
            "生病在家休养上学借的还不了",
            "I'm still studying, can I postpone payments",
        ],
        &["展期"],
    ),
    // student_loan__update_contact
    (
        &[
            "换了手机号银行找不到我",
            "毕业去深圳上班了地址要改",
            "入职了单位信息要报给银行",
            "update my employer after graduation",
        ],
        &["毕业去向"],
    ),
    // term_deposit__rates
    (
        &[
            "存款想存三年看看现在几个点",
            "爸妈问现在存一年利息多少",
            "要不要趁降息前存先看看利率",
            "which fixed term pays best for my retirement savings",
        ],
        &["定期存款利率"],
    ),
    // term_deposit__open
    (
        &[
            "这笔钱三年内用不上想锁起来",
            "卖了车的钱想存个一年的",
            "给孩子攒的钱想存五年死期",
            "lock my money away for a year",
        ],
        &["存定期"],
    ),
    // term_deposit__list
    (
        &[
            "我存的那几笔死期都哪天到期",
            "奶奶帮我存的定期还在吗",
            "想看看存款哪笔快到期了",
            "when does each of my fixed deposits mature",
        ],
        &["我的定期存款"],
    ),
    // term_deposit__early_withdraw
    (
        &[
            "存的死期没到但要交首付",
            "家里出事要用钱定期只好取出来",
            "定期还差半年到期但要用",
            "hospital bills, I need my fixed deposit before it's due",
        ],
        &["提前支取"],
    ),
    // term_deposit__set_auto_renew
    (
        &[
            "存款到期那阵我在外地顾不上",
            "到期那天人在医院没法去转存",
            "怕忘了去转存利息损失",
            "I travel a lot, keep my deposit rolling",
        ],
        &["设置自动转存"],
    ),
    // term_deposit__cancel_auto_renew
    (
        &[
            "明年存款到期要买车别再续存",
            "到期了钱要拿出来别自动转存",
            "想到期后换成理财不续了",
            "don't roll over my deposit at maturity",
        ],
        &["取消自动转存"],
    ),
    // term_deposit__interest_trial
    (
        &[
            "想给孙子存笔钱看看三年后多出多少",
            "存一年和存三年利息差多少",
            "退休金存银行每年利息够花吗",
            "would three years or five years earn more",
        ],
        &["存款利息计算"],
    ),
    // wealth_adviser__my_adviser
    (
        &[
            "去年帮我开户那位姑娘叫啥我想找她",
            "网点搬了不知道我的对接人还在不在",
            "手机里存的银行经理电话打不通了",
            "老爸说银行有专人管他的账那我的是谁",
            "who should I call at the bank about my money",
        ],
        &["我的理财经理"],
    ),
    // wealth_adviser__book
    (
        &[
            "刚拿到一笔赔偿款想找懂行的当面聊",
            "结婚后两人的钱想找专业的人一起规划",
            "公司上市分了股票想当面问问咋安排",
            "父亲留下些存款想约人去网点商量",
            "I'd like to meet someone in person about investing",
        ],
        &["预约理财经理"],
    ),
    // wealth_adviser__bookings
    (
        &[
            "上礼拜好像约了银行的人具体哪天忘了",
            "老婆说帮我约了见经理我看看啥时候",
            "约的那个视频面谈是哪天来着",
            "did I book a bank meeting this month",
        ],
        &["我的预约"],
    ),
    // wealth_adviser__reschedule
    (
        &[
            "约见那天正好要带孩子打疫苗换一天",
            "临时要出差见经理那事挪到下周",
            "下雨天不想出门见面改个时间",
            "push my bank appointment to another day",
        ],
        &["修改预约时间"],
    ),
    // wealth_adviser__cancel
    (
        &[
            "跟老公商量好了钱不动了见面就算了",
            "要聊的事电话里已经说完了不用去了",
            "住院了最近去不了银行约的就取消吧",
            "I sorted it out myself, no need for the meeting",
        ],
        &["取消理财预约"],
    ),
    // wealth_adviser__message
    (
        &[
            "半夜睡不着想给负责我的人留个言",
            "想让经理帮我看看这个月到期的钱咋放",
            "人在外地不方便去网点给经理发个消息",
            "text my banker about a product I saw",
        ],
        &["在线咨询理财经理"],
    ),
    // wealth_adviser__change_adviser
    (
        &[
            "原来的经理调走了新来的我不熟想换",
            "经理总半夜打电话推销烦死了",
            "我说要稳的他偏推股票基金想换人",
            "my banker pushes risky stuff, want someone else",
        ],
        &["更换理财经理"],
    ),
    // wealth_products__browse
    (
        &[
            "定期到期了利息才那么点还能放哪",
            "刚工作攒了两万不知道该买点啥",
            "爸妈退休金想找个比存款好点的",
            "我寻思闲钱放半年有啥稳当的",
            "my deposit matured, what else can I put it in",
        ],
        &["理财产品列表"],
    ),
    // wealth_products__product_detail
    (
        &[
            "群里说这款理财破净了我想看看",
            "买之前想知道这款能不能随时取",
            "业绩比较基准写的啥意思想看明细",
            "is that product losing money lately",
        ],
        &["产品详情与净值"],
    ),
    // wealth_products__buy
    (
        &[
            "看了半天就那款一年期的下手了",
            "年底分红到了投进那款稳健的",
            "同事买的那款我也跟一份",
            "put my bonus into that product now",
        ],
        &["购买理财"],
    ),
    // wealth_products__redeem
    (
        &[
            "装修尾款要付理财得卖掉一些",
            "看到亏了睡不着不想拿了",
            "换工作空窗期生活费得从理财里拿",
            "pull my money out of that product",
        ],
        &["赎回理财"],
    ),
    // wealth_products__holdings
    (
        &[
            "老公问我理财里还剩多少钱",
            "好几款理财总共值多少我心里没数",
            "上个月买的那款现在赚了几块",
            "how are my investments doing overall",
        ],
        &["我的理财持仓"],
    ),
    // wealth_products__cancel_order
    (
        &[
            "刚下的单钱要给孩子交学费先不买了",
            "刚刚手滑卖错了那笔还在途",
            "买完才看到封闭期三年想反悔",
            "I changed my mind on the order I just placed",
        ],
        &["理财撤单"],
    ),
    // wealth_products__transactions
    (
        &[
            "做家庭账本要理财的买卖流水",
            "记不清那款理财是哪天卖的",
            "去年理财一共进出了多少想核对",
            "list what I bought and sold last year",
        ],
        &["理财交易记录"],
    ),
    // personal_pension__open_account
    (
        &[
            "公司群里都在说开养老账户我还没有",
            "工资高了想找个合法少交税的办法",
            "三十岁了想给退休单独攒一笔",
            "I want to start a private pension",
        ],
        &["开立个人养老金账户"],
    ),
    // personal_pension__contribute
    (
        &[
            "十二月了今年的养老钱还没存进去",
            "年终奖到了想拿一部分存养老抵税",
            "每年都想存满上限今年还差一些",
            "put this year's money into my private pension",
        ],
        &["缴存养老金"],
    ),
    // personal_pension__account_summary
    (
        &[
            "养老那个账户里现在一共多少钱",
            "存了三年养老钱想看看涨了多少",
            "养老账户里是现金多还是产品多",
            "what's in my private pension now",
        ],
        &["养老金账户概览"],
    ),
    // personal_pension__buy_product
    (
        &[
            "养老账户里的钱光放着没收益",
            "存进养老账户的钱想买那款养老理财",
            "想用养老账户的钱配点养老目标基金",
            "put my pension cash into a product",
        ],
        &["购买养老金产品"],
    ),
    // personal_pension__products
    (
        &[
            "养老账户能买啥我完全没概念",
            "想看看养老账户能买的保险有哪些",
            "哪些养老产品风险比较低",
            "what can my pension money buy",
        ],
        &["养老金产品目录"],
    ),
    // personal_pension__tax_receipt
    (
        &[
            "汇算时个税APP要养老那笔的凭证",
            "财务说要存过养老钱的单子才能扣",
            "抵税需要那张存养老钱的证明",
            "tax return needs my pension deposit receipt",
        ],
        &["缴费凭证"],
    ),
    // personal_pension__change_card
    (
        &[
            "绑养老账户的那张卡要注销了",
            "换了新工资卡养老账户想绑新的",
            "绑的卡被冻结了养老钱存不进去",
            "move my pension to a different debit card",
        ],
        &["变更绑定银行卡"],
    ),
    // personal_pension__withdraw
    (
        &[
            "到退休年龄了养老账户里的钱咋取",
            "要出国定居了那笔养老钱想拿出来",
            "查出重病想把养老账户的钱提前用",
            "I've retired, draw from my private pension",
        ],
        &["申请领取养老金"],
    ),
    // car_insurance__renewal_quote
    (
        &[
            "今年一次险没出保费能便宜多少",
            "保险公司打电话报价我想比比别家",
            "加了个新手司机车险要涨多少",
            "what would my car cover cost this year",
        ],
        &["续保报价"],
    ),
    // car_insurance__buy_renewal
    (
        &[
            "报价挺合适就按这个续了",
            "车险后天就到期了赶紧续上",
            "年检前得把交强险续好",
            "go ahead and renew my car cover",
        ],
        &["续保投保"],
    ),
    // car_insurance__my_policies
    (
        &[
            "买车险时保了划痕没有我忘了",
            "车险哪天到期来着",
            "修车厂要看我的保单信息",
            "which company insures my car",
        ],
        &["我的车险"],
    ),
    // car_insurance__report_claim
    (
        &[
            "倒车撞到墙了保险杠裂了",
            "在停车场被人蹭了车门",
            "开车蹭了电动车对方腿擦伤了",
            "I just hit a wall while parking",
        ],
        &["车险报案"],
    ),
    // car_insurance__claim_progress
    (
        &[
            "车都修好了保险钱还没赔下来",
            "交完材料保险那边一直不回话",
            "4S店催我问保险赔款到哪步了",
            "has the insurer paid my repair yet",
        ],
        &["Claim progress"],
    ),
    // car_insurance__cancel_policy
    (
        &[
            "车卖给朋友了剩下的保险想退钱",
            "车报废了保险还没到期",
            "出国好几年车一直不开想退保",
            "car's scrapped, get the rest of my premium back",
        ],
        &["车险退保"],
    ),
    // travel_insurance__quote
    (
        &[
            "去美国探亲一个月保险多少钱",
            "带父母去日本玩保险大概多贵",
            "去澳洲打工度假保险贵不贵",
            "what would travel cover to Thailand cost",
        ],
        &["旅行险报价"],
    ),
    // travel_insurance__buy
    (
        &[
            "下个月去欧洲玩先把保险买上",
            "带孩子去海岛潜水想买个保障",
            "出国出差一周想保一下",
            "cover me for my trip next week",
        ],
        &["购买旅行险"],
    ),
    // travel_insurance__flight_delay
    (
        &[
            "台风天坐飞机怕晚点想保一下",
            "明早的航班老延误想买个险",
            "飞机晚点能赔钱的那个想买",
            "my flight always runs late, insure it",
        ],
        &["航班延误险"],
    ),
    // travel_insurance__policies
    (
        &[
            "在国外看病要保单号在哪看",
            "出门前买的保险哪天开始算",
            "给爸妈买的出国保险是哪家的",
            "which travel policies do I have",
        ],
        &["我的旅行"],
    ),
    // travel_insurance__certificate
    (
        &[
            "签证中心要保险的英文件",
            "国外诊所让提供保险证明",
            "need a copy of my travel policy for the visa",
        ],
        &["保险凭证"],
    ),
    // travel_insurance__cancel
    (
        &[
            "签证没下来旅行险还没生效想退",
            "老人病了出不去了保险想退掉",
            "行程取消了买的旅行险不要了",
            "trip's off, refund the cover",
        ],
        &["退订旅行险"],
    ),
    // travel_insurance__claim
    (
        &[
            "在国外行李被偷了想报保险",
            "在日本生病看病花了好多钱",
            "航班取消多住一晚酒店想找保险赔",
            "I got sick abroad and want to claim",
        ],
        &["旅行险理赔"],
    ),
    // home_valuation__estimate_value
    (
        &[
            "想卖房先看看大概值多少钱",
            "爸妈那套老房子现在能卖多少",
            "离婚分房想先心里有个数",
            "what could my flat sell for",
        ],
        &["房屋估价"],
    ),
    // home_valuation__price_trend
    (
        &[
            "这个小区最近房价涨了还是跌了",
            "想在学校边上买房看看均价",
            "附近最近成交价多少",
            "how are prices moving around here",
        ],
        &["小区房价走势"],
    ),
    // home_valuation__my_property_value
    (
        &[
            "我存的那套房最近跌了没",
            "关注的自家房子这个月估值变了吗",
            "房东问我房子值多少我看看存的那套",
            "track my own home's value",
        ],
        &["我的房产估值"],
    ),
    // home_valuation__book_appraisal
    (
        &[
            "银行贷款要正式的房屋评估报告",
            "抵押房子借钱要有资质的人来看",
            "分家产需要房子出个正式估价",
            "I need a certified appraiser at my flat",
        ],
        &["上门评估"],
    ),
    // home_valuation__cancel_appraisal
    (
        &[
            "约了评估那天家里没人想取消",
            "房子决定不卖了评估不做了",
            "买家反悔了上门评估取消",
            "call off the appraisal visit",
        ],
        &["取消评估"],
    ),
    // home_valuation__appraisal_report
    (
        &[
            "律师要那份正式估价报告",
            "评估完了到底估了多少钱",
            "评估做完好几天了结果出来没",
            "send me the finished appraisal",
        ],
        &["评估报告"],
    ),
    // housing_fund__query_balance
    (
        &[
            "离职了公积金里还剩多少",
            "想用公积金付首付先看看够不够",
            "单位说给我补交了公积金现在多少",
            "changing jobs, what's sitting in my provident fund",
        ],
        &["公积金余额"],
    ),
    // housing_fund__deposit_records
    (
        &[
            "涨薪后公积金每月多交了没",
            "离职那个月公积金还交了没",
            "单位说补缴了公积金想看每月明细",
            "show my monthly provident fund deposits",
        ],
        &["缴存明细"],
    ),
    // housing_fund__withdraw_rent
    (
        &[
            "毕业租房住公积金能拿出来吗",
            "和女朋友合租了想提点公积金交租",
            "房东要押一付三手头紧想用公积金",
            "use my provident fund to pay rent",
        ],
        &["租房提取公积金"],
    ),
    // housing_fund__withdraw
    (
        &[
            "装修房子想提点公积金",
            "退休了公积金想一次性取",
            "出国定居了公积金全取出来",
            "take out my provident fund after buying a flat",
        ],
        &["其他提取"],
    ),
    // housing_fund__loan_quota
    (
        &[
            "我和老公公积金加起来能借多少",
            "看中的房子公积金够不够贷",
            "单位公积金比例高能多贷点吗",
            "first flat for us, what could the provident fund lend",
        ],
        &["额度测算"],
    ),
    // housing_fund__loan_info
    (
        &[
            "公积金那部分房贷下次扣多少",
            "想算算公积金那笔房贷哪年能还完",
            "听说公积金利率调了我那笔现在按多少",
            "show my provident fund loan",
        ],
        &["公积金贷款查询"],
    ),
    // housing_fund__loan_prepay
    (
        &[
            "手里有闲钱公积金那部分先还掉",
            "奖金到了想先还点公积金贷款",
            "公积金那笔想一次性全部还清",
            "bonus came in, knock down the provident fund part of my mortgage",
        ],
        &["公积金贷款提前还款"],
    ),
    // housing_fund__transfer_account
    (
        &[
            "去杭州上班了老家公积金咋办",
            "回老家考了编公积金要跟过去",
            "换城市工作了公积金要转过去",
            "move my provident fund to the new city",
        ],
        &["异地转移"],
    ),
    // iit__refund_status
    (
        &[
            "汇算完了退税钱啥时候到",
            "退税一直显示审核中咋回事",
            "税务局说退的税发了我卡里没见",
            "when will my tax refund arrive",
        ],
        &["退税"],
    ),
    // iit__income_records
    (
        &[
            "个税上多了一家我没去过的公司",
            "兼职收入有没有扣税想看看",
            "去年工资一共报了多少想核对",
            "show my income and tax withheld",
        ],
        &["收入纳税明细"],
    ),
    // iit__list_deductions
    (
        &[
            "赡养老人那项还在不在",
            "新年了去年填的扣除还有效吗",
            "工资条上个税突然多了扣除还在吗",
            "which tax deductions are on file for me",
        ],
        &["查看专项"],
    ),
    // iit__add_deduction
    (
        &[
            "孩子上小学了个税能少扣点吗",
            "开始还房贷了个税能减吗",
            "报了个在职研究生能抵税吗",
            "I started a master's, claim the tax deduction",
        ],
        &["填报专项附加扣除"],
    ),
    // iit__update_deduction
    (
        &[
            "孩子的扣除想改成我老公扣",
            "工作地变了租房扣除城市要换",
            "换了房东租房扣除信息要改",
            "change my deduction split with my spouse",
        ],
        &["修改专项"],
    ),
    // iit__delete_deduction
    (
        &[
            "房子卖了房贷扣除要撤掉",
            "不租房了那项扣除不要了",
            "填错了把那条扣除作废",
            "remove a deduction I entered by mistake",
        ],
        &["作废"],
    ),
    // iit__file_annual
    (
        &[
            "每年三月那个退税补税要办",
            "去年有劳务报酬要合并申报",
            "年底才填的扣除想把多交的退回来",
            "do my annual tax settlement",
        ],
        &["汇算"],
    ),
    // pension_cert__cert_status
    (
        &[
            "老爸的退休金停发了是不是认证过期",
            "忘了今年有没有去做年审",
            "年审啥时候截止",
            "pension stopped arriving, did my yearly check lapse",
        ],
        &["认证状态"],
    ),
    // pension_cert__certify_self
    (
        &[
            "社保短信催我做今年的认证",
            "退休了在外地住不想回去认证",
            "刷个脸证明我还在领养老金",
            "living abroad half the year, verify myself on the phone",
        ],
        &["本人刷脸认证"],
    ),
    // pension_cert__certify_family
    (
        &[
            "老妈眼睛不好我拿手机帮她认证",
            "外婆住养老院我来给她做认证",
            "爷爷不识字今年认证我替他做",
            "help my grandpa with his pension check",
        ],
        &["为家人"],
    ),
    // pension_cert__payment_records
    (
        &[
            "老妈问退休金每月到账多少",
            "今年调整后的养老金发了几个月",
            "退休金这月好像少了几十块",
            "show my monthly pension payments",
        ],
        &["养老金发放记录"],
    ),
    // pension_cert__add_family
    (
        &[
            "公公今年刚退休以后我帮他认证",
            "家里又有位老人要年审",
            "以后每年帮外婆认证先把她加上",
            "add my mom to my certification list",
        ],
        &["添加代认证"],
    ),
    // pension_cert__remove_family
    (
        &[
            "老人搬去弟弟家了他来认证",
            "舅舅自己学会刷脸了不用我管",
            "爷爷走了名单里要删掉",
            "remove a relative from my list",
        ],
        &["删除代认证"],
    ),
    // social_insurance__query_due
    (
        &[
            "刚辞职当全职妈妈社保得自己掏多少",
            "开网约车想自己交社保先问问价",
            "做自由职业了社保一个月多少钱",
            "freelancing now, what's my monthly social insurance",
        ],
        &["应缴社保"],
    ),
    // social_insurance__pay
    (
        &[
            "跑外卖的社保这月该交了",
            "刚办了个体户这个月社保还没交",
            "全职在家带娃社保这个月得交上",
            "pay this month's social insurance for me",
        ],
        &["缴纳社保"],
    ),
    // social_insurance__contribution_records
    (
        &[
            "前公司到底按多少基数给我交的",
            "办退休前想核对每个月都交上没",
            "单位说补交了我看看到底补没补",
            "show my social insurance payment history",
        ],
        &["社保缴费记录"],
    ),
    // social_insurance__pension_account
    (
        &[
            "在好几个城市交过想看看总共多少年",
            "想算退休金先看养老那块账户攒了多少",
            "五十多了看看养老保险够不够十五年",
            "how much is in my basic pension account",
        ],
        &["养老保险"],
    ),
    // social_insurance__insured_certificate
    (
        &[
            "小孩入园要家长的社保材料",
            "签证要交社保的证明",
            "落户材料里要一份参保的证明",
            "need proof I'm insured for a visa",
        ],
        &["参保证明"],
    ),
    // social_insurance__set_auto_deduct
    (
        &[
            "我寻思社保别每月手动交了让卡自动扣",
            "常出差老错过社保缴费想省心",
            "开店太忙社保想签个代扣",
            "auto-pay my social insurance every month",
        ],
        &["签约社保"],
    ),
    // social_insurance__cancel_auto_deduct
    (
        &[
            "入职了单位给交社保卡上别再扣",
            "那张扣社保的卡要销户",
            "回老家交社保了这边自动扣停掉",
            "got a job with benefits, end the card debit",
        ],
        &["解约社保"],
    ),
    // medical_account__activate_voucher
    (
        &[
            "第一次用手机医保要开通",
            "医院自助机要扫电子医保",
            "刚参保还没领过手机上的医保",
            "set up my medical e-voucher",
        ],
        &["激活医保"],
    ),
    // medical_account__show_code
    (
        &[
            "在诊所付钱要扫医保的码",
            "医保卡落家里了窗口要刷医保",
            "药房收银员让我亮码",
            "open my medical QR code to pay",
        ],
        &["医保码"],
    ),
    // medical_account__account_balance
    (
        &[
            "配眼镜前看看医保个账还有多少",
            "年底了个账里的钱还剩多少",
            "想给孩子买药看看我医保账户够不够",
            "before buying glasses, see what my medical account has",
        ],
        &["医保个人账户"],
    ),
    // medical_account__transactions
    (
        &[
            "上次看病医保扣了多少",
            "医保个账每月划进来多少想看看",
            "药店刷了医保回家一看好像多扣了",
            "where did my medical account money go",
        ],
        &["医保消费"],
    ),
    // medical_account__bind_family
    (
        &[
            "媳妇怀孕产检想用我的医保",
            "公公糖尿病天天吃药想刷我的",
            "孩子配眼镜想花我个账里的钱",
            "let my spouse use my medical account",
        ],
        &["绑定家庭"],
    ),
    // medical_account__unbind_family
    (
        &[
            "老人走了共济要解除",
            "和老婆分开了医保共济去掉",
            "儿子自己上班了不用再刷我的",
            "unlink my son from my medical account",
        ],
        &["解除家庭"],
    ),
    // medical_account__offsite_filing
    (
        &[
            "在外地读研看病想用老家医保",
            "老人跟我去外地住看病报销咋整",
            "去外地住院想直接结算先要办啥",
            "using my insurance while living in another city",
        ],
        &["异地就医"],
    ),
    // medical_account__designated_institutions
    (
        &[
            "想去的那家私立医院能不能刷医保",
            "旅游时在外地生病哪家医院能刷",
            "新小区附近的药房哪家能走医保",
            "find pharmacies that accept my insurance",
        ],
        &["定点"],
    ),
    // resident_medical__query_due
    (
        &[
            "在家带娃没上班医保一年多少钱",
            "退休没单位的老人医保交多少",
            "今年我这份居民医保该交多少",
            "how much resident health insurance do I owe",
        ],
        &["居民医保应缴"],
    ),
    // resident_medical__pay
    (
        &[
            "在家务农的医保今年自己交上",
            "辞了职单位医保停了自己交居民的",
            "截止前把自己的医保交了",
            "pay my own resident health premium",
        ],
        &["缴纳居民医保"],
    ),
    // resident_medical__pay_for_family
    (
        &[
            "孩子学校让交医保我来付",
            "老公在外打工他的医保我代交",
            "爸妈的农村医保今年我来交",
            "my parents' village health premium, I'll cover it",
        ],
        &["为家人代缴"],
    ),
    // resident_medical__payment_records
    (
        &[
            "记不清今年给孩子交过医保没",
            "想看看这几年给家里人交的医保",
            "单位报销要我居民医保的缴费单",
            "show my health insurance payments",
        ],
        &["医保缴费记录"],
    ),
    // resident_medical__add_family_member
    (
        &[
            "公婆的医保以后我交先存好信息",
            "刚给闺女上了户口先把她加进来",
            "以后每年帮岳父母交先加上",
            "add a family member for premium payments",
        ],
        &["添加代缴"],
    ),
    // resident_medical__remove_family_member
    (
        &[
            "孩子工作了单位给交医保",
            "老人去世了不用再交了",
            "妹妹嫁人了医保她自己交",
            "take someone off my premium list",
        ],
        &["删除代缴"],
    ),
    // resident_medical__policy_info
    (
        &[
            "听说城乡医保又涨价了今年啥标准",
            "村里通知交医保最晚哪天",
            "学生和老人的医保标准一样吗",
            "what's this year's resident premium",
        ],
        &["缴费标准"],
    ),
];
