//! 贷款计算器: repayment maths for loans: equal instalments (等额本息) against equal
//! principal (等额本金), prepayment (提前还款) savings and how much loan an income
//! supports. Pure functions over integers: money in fen, annual rates in units of
//! 0.001 % (`3050` = 3.05 %), interest accrued monthly on the balance and rounded half
//! up to the fen; the last instalment clears the balance. No floating point.

use serde_json::{Value, json};

use super::data::{self, LOAN_PRODUCTS};
use super::money::{div_round, format_amount};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, fail};

/// Annual rate unit (0.001 %) to a monthly fraction: `rate / MONTHLY_DEN` per month.
pub(crate) const MONTHLY_DEN: i128 = 1_200_000;
/// Fixed-point scale of the growth factor (1 + i)^n.
const SCALE: i128 = 1_000_000_000_000_000_000;
/// The highest annual rate accepted, 24 % (in 0.001 %).
pub(crate) const MAX_RATE: i64 = 24_000;
const MIN_PRINCIPAL: i64 = 100_000; // 1,000 yuan
const MAX_PRINCIPAL: i64 = 10_000_000_000; // 100,000,000 yuan
const MAX_TERM: i64 = 360;

const PRODUCT_IDS: &[&str] = &[
    "personal_consumer",
    "mortgage_first_home",
    "mortgage_second_home",
    "business_operating",
];
const METHODS: &[&str] = &["equal_installment", "equal_principal"];
const OPTIONS: &[&str] = &["shorten_term", "reduce_payment"];

// ---- shared helpers (also used by wealth_calculator, housing_fund) -------------

/// An optional whole-number argument.
pub(crate) fn int_opt(args: &Args<'_>, name: &str) -> Result<Option<i64>, Failure> {
    match args.0.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| {
            fail(
                "invalid_argument",
                format!("`{name}` must be a whole number"),
            )
        }),
    }
}

/// An optional whole number within `lo..=hi`.
pub(crate) fn int_in(
    args: &Args<'_>,
    name: &str,
    lo: i64,
    hi: i64,
    code: &'static str,
) -> Result<Option<i64>, Failure> {
    match int_opt(args, name)? {
        Some(v) if !(lo..=hi).contains(&v) => Err(fail(
            code,
            format!("`{name}` must be between {lo} and {hi}"),
        )),
        v => Ok(v),
    }
}

/// A percent with at most `decimals` (≤ 3) decimals, `"3.05"`, in 0.001 % (`3050`).
pub(crate) fn parse_percent(s: &str, decimals: usize) -> Option<i64> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) if !f.is_empty() => (i, f),
        Some(_) => return None,
        None => (s, ""),
    };
    let int_ok = !int.is_empty()
        && int.len() <= 3
        && int.bytes().all(|b| b.is_ascii_digit())
        && (int == "0" || !int.starts_with('0'));
    let frac_ok = frac.len() <= decimals.min(3) && frac.bytes().all(|b| b.is_ascii_digit());
    if !int_ok || !frac_ok {
        return None;
    }
    let padded = format!("{frac:0<3}");
    Some(int.parse::<i64>().ok()? * 1000 + padded.parse::<i64>().ok()?)
}

/// `3050` → `"3.05"`, `3075` → `"3.075"` (at least 2 decimals).
pub(crate) fn format_rate(r: i64) -> String {
    let s = format!("{}.{:03}", r / 1000, r % 1000);
    match s.strip_suffix('0') {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// An optional annual rate argument (percent, at most 3 decimals, 0 to 24).
pub(crate) fn rate_arg(args: &Args<'_>, name: &str) -> Result<Option<i64>, Failure> {
    let Some(s) = args.str_opt(name)? else {
        return Ok(None);
    };
    match parse_percent(s, 3) {
        Some(r) if r <= MAX_RATE => Ok(Some(r)),
        _ => Err(fail(
            "invalid_rate",
            format!(
                "`{name}` must be a percent per year between 0 and 24 as a decimal string with at most 3 decimals, e.g. \"3.05\""
            ),
        )),
    }
}

/// A required amount in yuan within `min..=max` fen.
pub(crate) fn amount_in(
    args: &Args<'_>,
    name: &str,
    min: i64,
    max: i64,
) -> Result<Option<i64>, Failure> {
    match args.amount_opt(name)? {
        Some(v) if v < min || v > max => Err(fail(
            "invalid_amount",
            format!(
                "`{name}` must be between {} and {} yuan",
                format_amount(min),
                format_amount(max)
            ),
        )),
        v => Ok(v),
    }
}

fn monthly_interest(balance: i64, rate: i64) -> i64 {
    div_round(balance as i128 * rate as i128, MONTHLY_DEN) as i64
}

/// (1 + i)^n in fixed point (`SCALE` = 1).
fn growth(n: i64, rate: i64) -> i128 {
    let mut g = SCALE;
    for _ in 0..n {
        g = div_round(g * (MONTHLY_DEN + rate as i128), MONTHLY_DEN);
    }
    g
}

/// The regular equal instalment (等额本息) of `principal` fen over `n` months.
pub(crate) fn installment(principal: i64, n: i64, rate: i64) -> i64 {
    if rate == 0 {
        return principal / n;
    }
    let g = growth(n, rate);
    div_round(
        principal as i128 * rate as i128 * g,
        MONTHLY_DEN * (g - SCALE),
    ) as i64
}

/// The largest principal (fen) whose equal instalment over `n` months is at most `payment`.
pub(crate) fn max_principal(payment: i64, n: i64, rate: i64) -> i64 {
    if payment <= 0 {
        return 0;
    }
    let mut p = if rate == 0 {
        payment * n
    } else {
        let g = growth(n, rate);
        (payment as i128 * MONTHLY_DEN * (g - SCALE) / (rate as i128 * g)) as i64
    };
    // The formula is exact up to rounding; several principals share each payment.
    while p > 0 && installment(p, n, rate) > payment {
        p -= 1;
    }
    while installment(p + 1, n, rate) <= payment {
        p += 1;
    }
    p
}

/// The outcome of paying a loan for some months.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Run {
    pub months: i64,
    pub interest: i64,
    pub first: i64,
    pub last: i64,
    /// What is still owed afterwards.
    pub balance: i64,
}

impl Run {
    fn record(&mut self, pay: i64, interest: i64) {
        if self.months == 0 {
            self.first = pay;
        }
        self.months += 1;
        self.last = pay;
        self.interest += interest;
    }

    pub fn total_paid(&self, principal: i64) -> i64 {
        principal - self.balance + self.interest
    }
}

/// Pays `payment` a month (equal instalments) on `balance` for up to `months` months;
/// a month whose balance plus interest is within one payment clears the loan, and so
/// does month `months` when `clear`.
pub(crate) fn run_installment(
    balance: i64,
    payment: i64,
    rate: i64,
    months: i64,
    clear: bool,
) -> Run {
    let mut run = Run {
        balance,
        ..Run::default()
    };
    for month in 1..=months {
        let interest = monthly_interest(run.balance, rate);
        let due = run.balance + interest;
        let pay = if due <= payment || (clear && month == months) {
            due
        } else {
            payment
        };
        run.balance = due - pay;
        run.record(pay, interest);
        if run.balance == 0 {
            break;
        }
    }
    run
}

/// Repays `part` of principal a month plus the month's interest (equal principal);
/// the month the balance is within one part clears it, and so does month `months`
/// when `clear`.
pub(crate) fn run_principal(balance: i64, part: i64, rate: i64, months: i64, clear: bool) -> Run {
    let mut run = Run {
        balance,
        ..Run::default()
    };
    for month in 1..=months {
        let interest = monthly_interest(run.balance, rate);
        let principal = if run.balance <= part || (clear && month == months) {
            run.balance
        } else {
            part
        };
        run.balance -= principal;
        run.record(principal + interest, interest);
        if run.balance == 0 {
            break;
        }
    }
    run
}

/// The rate a loan product is priced at for `term` months: LPR of the tenor plus the
/// product's spread, in 0.001 %, with (product, tenor, LPR bp).
pub(crate) fn lpr_rate(
    product_id: &str,
    term: i64,
) -> Result<(&'static data::LoanProduct, &'static str, i64), Failure> {
    let product = LOAN_PRODUCTS
        .iter()
        .find(|p| p.id == product_id)
        .ok_or_else(|| fail("invalid_argument", "unknown loan product"))?;
    if term > product.max_term_months {
        return Err(fail(
            "term_not_offered",
            format!(
                "{} is offered for terms up to {} months; choose a shorter term or give `annual_rate_percent`",
                product.name, product.max_term_months
            ),
        ));
    }
    let (tenor, lpr) = if term <= 60 {
        ("1Y", data::LPR_1Y_BP)
    } else {
        ("5Y+", data::LPR_5Y_BP)
    };
    Ok((product, tenor, lpr))
}

/// The rate of a calculation: the given `annual_rate_percent`, or the bank's LPR-based
/// rate for `product` (default first-home mortgage). Adds what was used to `out`.
fn rate_for(args: &Args<'_>, term: i64, out: &mut Object) -> Result<i64, Failure> {
    let product_id = args.choice("product", PRODUCT_IDS)?;
    if let Some(r) = rate_arg(args, "annual_rate_percent")? {
        out.insert("annual_rate_percent".into(), json!(format_rate(r)));
        out.insert("rate_source".into(), json!("given"));
        return Ok(r);
    }
    let (product, tenor, lpr) = lpr_rate(product_id.unwrap_or("mortgage_first_home"), term)?;
    let rate = (lpr + product.spread_bp) * 10;
    out.insert("annual_rate_percent".into(), json!(format_rate(rate)));
    out.insert("rate_source".into(), json!("lpr"));
    out.insert("product".into(), json!(product.id));
    out.insert(
        "rate_basis".into(),
        json!(format!(
            "{}: LPR {tenor} {} % {:+} bp = {} % (LPR as of {})",
            product.name,
            format_rate(lpr * 10),
            product.spread_bp,
            format_rate(rate),
            data::LPR_AS_OF
        )),
    );
    Ok(rate)
}

fn principal_arg(args: &Args<'_>, name: &str) -> Result<i64, Failure> {
    amount_in(args, name, MIN_PRINCIPAL, MAX_PRINCIPAL)?.ok_or_else(|| {
        fail(
            "invalid_amount",
            format!("`{name}` is required: the loan principal in yuan, e.g. \"1000000\""),
        )
    })
}

fn term_arg(args: &Args<'_>, name: &str, lo: i64) -> Result<i64, Failure> {
    let t = args.int_req(name)?;
    if !(lo..=MAX_TERM).contains(&t) {
        return Err(fail(
            "invalid_term",
            format!("`{name}` must be between {lo} and {MAX_TERM} months"),
        ));
    }
    Ok(t)
}

fn money(out: &mut Object, name: &str, fen: i64) {
    out.insert(name.into(), json!(format_amount(fen)));
    out.insert(format!("{name}_fen"), json!(fen));
}

fn plan_json(run: &Run, principal: i64, decrease: Option<i64>) -> Value {
    let mut o = Object::new();
    money(&mut o, "first_payment", run.first);
    money(&mut o, "last_payment", run.last);
    money(&mut o, "total_interest", run.interest);
    money(&mut o, "total_payment", run.total_paid(principal));
    if let Some(d) = decrease {
        money(&mut o, "monthly_decrease", d);
    }
    Value::Object(o)
}

pub(crate) fn mortgage_payment(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let principal = principal_arg(args, "principal")?;
    let term = term_arg(args, "term_months", 1)?;
    let mut out = Object::new();
    let rate = rate_for(args, term, &mut out)?;
    let ei = run_installment(
        principal,
        installment(principal, term, rate),
        rate,
        term,
        true,
    );
    let part = principal / term;
    let ep = run_principal(principal, part, rate, term, true);
    money(&mut out, "principal", principal);
    out.insert("term_months".into(), json!(term));
    out.insert("equal_installment".into(), plan_json(&ei, principal, None));
    out.insert(
        "equal_principal".into(),
        plan_json(&ep, principal, Some(monthly_interest(part, rate))),
    );
    money(
        &mut out,
        "interest_difference",
        (ei.interest - ep.interest).max(0),
    );
    Ok(out)
}

pub(crate) fn prepayment_savings(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let principal = principal_arg(args, "principal")?;
    let term = term_arg(args, "term_months", 2)?;
    let method = args
        .choice("method", METHODS)?
        .unwrap_or("equal_installment");
    let option = args.choice("option", OPTIONS)?.unwrap_or("shorten_term");
    let paid = args.int_req("paid_months")?;
    if !(1..term).contains(&paid) {
        return Err(fail(
            "invalid_argument",
            format!(
                "`paid_months` (instalments already paid before the prepayment) must be between 1 and {}",
                term - 1
            ),
        ));
    }
    let prepay = args
        .amount_opt("prepay_amount")?
        .filter(|a| *a > 0)
        .ok_or_else(|| {
            fail(
                "invalid_amount",
                "`prepay_amount` is required: the lump sum repaid early, in yuan, greater than 0",
            )
        })?;
    let mut out = Object::new();
    let rate = rate_for(args, term, &mut out)?;
    let left = term - paid;
    let by_installment = method == "equal_installment";
    let pay = installment(principal, term, rate);
    let part = principal / term;
    let before = if by_installment {
        run_installment(principal, pay, rate, paid, false)
    } else {
        run_principal(principal, part, rate, paid, false)
    };
    if prepay > before.balance {
        return Err(fail(
            "prepayment_exceeds_balance",
            format!(
                "after {paid} instalments {} yuan is still owed; prepay at most that (repaying it all clears the loan)",
                format_amount(before.balance)
            ),
        ));
    }
    let original = if by_installment {
        run_installment(before.balance, pay, rate, left, true)
    } else {
        run_principal(before.balance, part, rate, left, true)
    };
    let rest = before.balance - prepay;
    let after = match (by_installment, option) {
        _ if rest == 0 => Run::default(),
        (true, "shorten_term") => run_installment(rest, pay, rate, left, true),
        (true, _) => run_installment(rest, installment(rest, left, rate), rate, left, true),
        (false, "shorten_term") => run_principal(rest, part, rate, left, true),
        (false, _) => run_principal(rest, (rest / left).max(1), rate, left, true),
    };
    money(&mut out, "principal", principal);
    out.insert("term_months".into(), json!(term));
    out.insert("method".into(), json!(method));
    out.insert("option".into(), json!(option));
    out.insert("paid_months".into(), json!(paid));
    money(&mut out, "balance_before", before.balance);
    money(&mut out, "prepay_amount", prepay);
    money(&mut out, "balance_after", before.balance - prepay);
    out.insert("loan_cleared".into(), json!(before.balance == prepay));
    money(&mut out, "original_payment", original.first);
    out.insert("original_remaining_months".into(), json!(original.months));
    money(&mut out, "original_remaining_interest", original.interest);
    money(&mut out, "new_payment", after.first);
    out.insert("new_remaining_months".into(), json!(after.months));
    money(&mut out, "new_remaining_interest", after.interest);
    out.insert("months_saved".into(), json!(original.months - after.months));
    money(
        &mut out,
        "interest_saved",
        original.interest - after.interest,
    );
    Ok(out)
}

pub(crate) fn affordability(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let income = amount_in(args, "monthly_income", 1, MAX_PRINCIPAL)?.ok_or_else(|| {
        fail(
            "invalid_amount",
            "`monthly_income` is required: the household's monthly income after tax, in yuan",
        )
    })?;
    let ratio = int_in(args, "ratio_percent", 1, 80, "invalid_argument")?.unwrap_or(50);
    let debt = amount_in(args, "existing_monthly_debt", 0, MAX_PRINCIPAL)?.unwrap_or(0);
    let term = int_in(args, "term_months", 12, MAX_TERM, "invalid_term")?.unwrap_or(MAX_TERM);
    let mut out = Object::new();
    let rate = rate_for(args, term, &mut out)?;
    let budget = div_round(income as i128 * ratio as i128, 100) as i64 - debt;
    let budget = budget.max(0);
    let loan = max_principal(budget, term, rate) / 100 * 100;
    let run = if loan > 0 {
        run_installment(loan, installment(loan, term, rate), rate, term, true)
    } else {
        Run::default()
    };
    money(&mut out, "monthly_income", income);
    out.insert("ratio_percent".into(), json!(ratio));
    money(&mut out, "existing_monthly_debt", debt);
    money(&mut out, "max_monthly_payment", budget);
    out.insert("term_months".into(), json!(term));
    money(&mut out, "max_loan", loan);
    money(&mut out, "monthly_payment", run.first);
    money(&mut out, "total_interest", run.interest);
    Ok(out)
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.loan_calc",
    manifest: include_str!("../../tool-schemas/loan_calc.json"),
    schema: "",
    routes: &[
        Route {
            action: "loan_calculator.mortgage_payment",
            params: &["principal", "term_months", "annual_rate_percent", "product"],
            kind: Kind::Pure(mortgage_payment),
        },
        Route {
            action: "loan_calculator.prepayment_savings",
            params: &[
                "principal",
                "term_months",
                "annual_rate_percent",
                "product",
                "method",
                "paid_months",
                "prepay_amount",
                "option",
            ],
            kind: Kind::Pure(prepayment_savings),
        },
        Route {
            action: "loan_calculator.affordability",
            params: &[
                "monthly_income",
                "ratio_percent",
                "existing_monthly_debt",
                "term_months",
                "annual_rate_percent",
                "product",
            ],
            kind: Kind::Pure(affordability),
        },
    ],
    seed: None,
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, sandbox};

    #[test]
    fn rates_parse_and_format() {
        assert_eq!(parse_percent("3.05", 3), Some(3050));
        assert_eq!(parse_percent("3.075", 3), Some(3075));
        assert_eq!(parse_percent("0", 3), Some(0));
        assert_eq!(parse_percent("12.5", 2), Some(12_500));
        for bad in ["", ".5", "3.", "03", "1.2345", "-1", "1e2", "3.075x"] {
            assert_eq!(parse_percent(bad, 3), None, "{bad:?}");
        }
        assert_eq!(parse_percent("3.075", 2), None);
        assert_eq!(format_rate(3050), "3.05");
        assert_eq!(format_rate(3075), "3.075");
        assert_eq!(format_rate(2600), "2.60");
        assert_eq!(format_rate(0), "0.00");
    }

    #[test]
    fn instalments_match_the_textbook_tables() {
        // 1,000,000 yuan over 30 years at 3.05 %: 4,243.05 a month (as loans.check_loan_rate).
        assert_eq!(installment(100_000_000, 360, 3050), 424_305);
        assert_eq!(installment(10_000_000, 12, 3500), 849_216);
        assert_eq!(installment(120_000, 12, 0), 10_000);
        let run = run_installment(100_000_000, 424_305, 3050, 360, true);
        assert_eq!(run.months, 360);
        assert_eq!(run.balance, 0);
        assert!((run.last - 424_305).abs() < 500, "{run:?}");
        // Equal principal: 1,000,000 over 360 months at 3.05 %: first 2,777.78 + 2,541.67.
        let ep = run_principal(100_000_000, 100_000_000 / 360, 3050, 360, true);
        assert_eq!(ep.first, 277_777 + 254_167);
        assert_eq!(ep.months, 360);
        assert!(ep.interest < run.interest);
        // The largest loan a payment supports pays at most that payment.
        let p = max_principal(424_305, 360, 3050);
        assert!(installment(p, 360, 3050) <= 424_305);
        assert!(installment(p + 1, 360, 3050) > 424_305);
        assert!((p - 100_000_000).abs() < 200, "{p}");
    }

    #[test]
    fn mortgage_payment_compares_both_methods() {
        let sb = sandbox();
        let r = ok(
            &sb,
            "demo",
            "loan_calculator.mortgage_payment",
            json!({"principal": "1000000", "term_months": 360}),
        );
        assert_eq!(r["annual_rate_percent"], "3.05");
        assert_eq!(r["rate_source"], "lpr");
        assert_eq!(r["product"], "mortgage_first_home");
        assert_eq!(r["equal_installment"]["first_payment"], "4243.05");
        assert_eq!(r["equal_principal"]["first_payment"], "5319.44");
        assert_eq!(r["equal_principal"]["monthly_decrease"], "7.06");
        let ei = r["equal_installment"]["total_interest_fen"]
            .as_i64()
            .unwrap();
        let ep = r["equal_principal"]["total_interest_fen"].as_i64().unwrap();
        assert_eq!(r["interest_difference_fen"], ei - ep);
        let given = ok(
            &sb,
            "demo",
            "loan_calculator.mortgage_payment",
            json!({"principal": "100000", "term_months": 12, "annual_rate_percent": "3.5"}),
        );
        assert_eq!(given["rate_source"], "given");
        assert_eq!(given["annual_rate_percent"], "3.50");
        assert_eq!(given["equal_installment"]["first_payment"], "8492.16");
        assert!(given.get("product").is_none());
        let zero = ok(
            &sb,
            "demo",
            "loan_calculator.mortgage_payment",
            json!({"principal": "1200", "term_months": 12, "annual_rate_percent": "0"}),
        );
        assert_eq!(zero["equal_installment"]["total_interest"], "0.00");
        assert_eq!(zero["equal_principal"]["last_payment"], "100.00");
        let consumer = failure(
            &sb,
            "demo",
            "loan_calculator.mortgage_payment",
            json!({"principal": "100000", "term_months": 120, "product": "personal_consumer"}),
        );
        assert_eq!(consumer.code, "term_not_offered");
        for (args, code) in [
            (
                json!({"principal": "999", "term_months": 12}),
                "invalid_amount",
            ),
            (
                json!({"principal": "1.234", "term_months": 12}),
                "invalid_amount",
            ),
            (json!({"term_months": 12}), "invalid_amount"),
            (
                json!({"principal": "100000", "term_months": 361}),
                "invalid_term",
            ),
            (
                json!({"principal": "100000", "term_months": "12"}),
                "invalid_argument",
            ),
            (
                json!({"principal": "100000", "term_months": 12, "annual_rate_percent": "25"}),
                "invalid_rate",
            ),
            (
                json!({"principal": "100000", "term_months": 12, "annual_rate_percent": 3.5}),
                "invalid_argument",
            ),
            (
                json!({"principal": "100000", "term_months": 12, "product": "car"}),
                "invalid_argument",
            ),
        ] {
            let f = failure(&sb, "demo", "loan_calculator.mortgage_payment", args);
            assert_eq!(f.code, code, "{}", f.message);
        }
    }

    #[test]
    fn prepayment_saves_interest_both_ways() {
        let sb = sandbox();
        let base = json!({
            "principal": "1000000", "term_months": 360, "annual_rate_percent": "3.05",
            "paid_months": 36, "prepay_amount": "200000"
        });
        let short = ok(
            &sb,
            "demo",
            "loan_calculator.prepayment_savings",
            base.clone(),
        );
        assert_eq!(short["option"], "shorten_term");
        assert_eq!(short["method"], "equal_installment");
        assert_eq!(short["original_remaining_months"], 324);
        assert_eq!(short["new_payment"], "4243.05");
        assert!(short["new_remaining_months"].as_i64().unwrap() < 324);
        assert!(short["months_saved"].as_i64().unwrap() > 0);
        let mut args = base.clone();
        args["option"] = json!("reduce_payment");
        let reduce = ok(&sb, "demo", "loan_calculator.prepayment_savings", args);
        assert_eq!(reduce["new_remaining_months"], 324);
        assert!(reduce["new_payment_fen"].as_i64().unwrap() < 424_305);
        // Shortening the term saves more interest than lowering the payment.
        assert!(
            short["interest_saved_fen"].as_i64().unwrap()
                > reduce["interest_saved_fen"].as_i64().unwrap()
        );
        let balance = &short["balance_before_fen"];
        assert_eq!(
            short["balance_after_fen"].as_i64().unwrap(),
            balance.as_i64().unwrap() - 20_000_000
        );
        for option in ["shorten_term", "reduce_payment"] {
            let mut args = base.clone();
            args["method"] = json!("equal_principal");
            args["option"] = json!(option);
            let r = ok(&sb, "demo", "loan_calculator.prepayment_savings", args);
            assert!(r["interest_saved_fen"].as_i64().unwrap() > 0, "{option}");
        }
        // Repaying everything clears the loan.
        let mut all = base.clone();
        all["prepay_amount"] = json!(short["balance_before"]);
        let cleared = ok(&sb, "demo", "loan_calculator.prepayment_savings", all);
        assert_eq!(cleared["loan_cleared"], true);
        assert_eq!(cleared["new_remaining_months"], 0);
        assert_eq!(
            cleared["interest_saved"],
            cleared["original_remaining_interest"]
        );
        let mut too_much = base.clone();
        too_much["prepay_amount"] = json!("999999");
        assert_eq!(
            failure(&sb, "demo", "loan_calculator.prepayment_savings", too_much).code,
            "prepayment_exceeds_balance"
        );
        let mut late = base.clone();
        late["paid_months"] = json!(360);
        assert_eq!(
            failure(&sb, "demo", "loan_calculator.prepayment_savings", late).code,
            "invalid_argument"
        );
        let mut zero = base;
        zero["prepay_amount"] = json!("0");
        assert_eq!(
            failure(&sb, "demo", "loan_calculator.prepayment_savings", zero).code,
            "invalid_amount"
        );
    }

    #[test]
    fn affordability_inverts_the_instalment() {
        let sb = sandbox();
        let r = ok(
            &sb,
            "demo",
            "loan_calculator.affordability",
            json!({"monthly_income": "20000"}),
        );
        assert_eq!(r["ratio_percent"], 50);
        assert_eq!(r["max_monthly_payment"], "10000.00");
        assert_eq!(r["annual_rate_percent"], "3.05");
        let loan = r["max_loan_fen"].as_i64().unwrap();
        assert_eq!(loan % 100, 0);
        assert!(r["monthly_payment_fen"].as_i64().unwrap() <= 1_000_000);
        // 10,000 a month over 30 years at 3.05 % carries about 2.357 million yuan.
        assert!((235_600_000..235_800_000).contains(&loan), "{loan}");
        let debt = ok(
            &sb,
            "demo",
            "loan_calculator.affordability",
            json!({"monthly_income": "8000", "existing_monthly_debt": "5000", "ratio_percent": 40}),
        );
        assert_eq!(debt["max_monthly_payment"], "0.00");
        assert_eq!(debt["max_loan"], "0.00");
        let f = failure(
            &sb,
            "demo",
            "loan_calculator.affordability",
            json!({"monthly_income": "8000", "ratio_percent": 90}),
        );
        assert_eq!(f.code, "invalid_argument");
    }
}
