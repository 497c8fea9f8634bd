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
pub const SAID: &[super::Concept] = &[];
