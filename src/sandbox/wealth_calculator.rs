//! 理财计算器: savings and investment calculators: deposit interest from the bank's
//! compiled-in rate table (活期, 整存整取, 零存整取, 大额存单), a monthly fund
//! investment plan (基金定投) at an assumed return, and the monthly amount a savings
//! goal needs. Pure functions over integers (fen; rates in bp or 0.001 %).
//!
//! Investment maths: each monthly amount is invested at the start of the month and the
//! whole value grows by the monthly rate (annual / 12) at its end, rounded half up to
//! the fen.

use serde_json::json;

use super::deposits::{self, MAX_DEPOSIT};
use super::loan_calc::{MONTHLY_DEN, parse_percent};
use super::money::{div_round, format_amount, format_bp_percent};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, fail, obj};

const DEPOSIT_PRODUCTS: &[&str] = &["demand", "lump_sum", "installment", "large_cd"];
/// 活期 demand deposits, bp per year.
const DEMAND_RATE_BP: i64 = 5;
/// 零存整取 (monthly instalment savings): (term months, bp per year).
const INSTALLMENT_RATES: &[(i64, i64)] = &[(12, 65), (36, 85), (60, 85)];
const INSTALLMENT_MIN: i64 = 500; // 5 yuan a month
const MAX_MONTHS: i64 = 600;
/// The assumed annual return when none is given, 0.001 %.
const DEFAULT_RETURN: i64 = 4_000;
const MAX_RETURN: i64 = 20_000;
const MAX_MONTHLY: i64 = 100_000_000; // 1,000,000 yuan a month
const MAX_TARGET: i64 = 10_000_000_000; // 100,000,000 yuan

fn money(out: &mut Object, name: &str, fen: i64) {
    out.insert(name.into(), json!(format_amount(fen)));
    out.insert(format!("{name}_fen"), json!(fen));
}

fn terms(list: impl Iterator<Item = i64>) -> String {
    list.map(|t| t.to_string()).collect::<Vec<_>>().join(", ")
}

pub(crate) fn deposit_interest(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let product = args.choice_req("product", DEPOSIT_PRODUCTS)?;
    let term = args.int_req("term_months")?;
    if !(1..=60).contains(&term) {
        return Err(fail(
            "invalid_term",
            "`term_months` must be between 1 and 60",
        ));
    }
    let amount = args.amount_opt("amount")?.filter(|a| *a > 0).ok_or_else(|| {
        fail(
            "invalid_amount",
            "`amount` is required: the sum deposited in yuan (for 零存整取 the monthly deposit), greater than 0",
        )
    })?;
    if amount > MAX_DEPOSIT {
        return Err(fail(
            "invalid_amount",
            format!(
                "`amount` may be at most {} yuan",
                format_amount(MAX_DEPOSIT)
            ),
        ));
    }
    let not_offered = |kind: &str, offered: String| {
        fail(
            "term_not_offered",
            format!("{kind} is offered for terms of {offered} months; choose one of them"),
        )
    };
    let (name, rate_bp, min, deposited, interest, method) = match product {
        "demand" => (
            "活期存款 Demand deposit".to_string(),
            DEMAND_RATE_BP,
            1,
            amount,
            deposits::term_interest(amount, DEMAND_RATE_BP, term),
            "simple interest at the demand rate for the months held (the rate may change; banks settle demand interest quarterly)",
        ),
        "installment" => {
            let rate_bp = INSTALLMENT_RATES
                .iter()
                .find(|(t, _)| *t == term)
                .map(|(_, r)| *r)
                .ok_or_else(|| {
                    not_offered(
                        "零存整取 Monthly instalment savings",
                        terms(INSTALLMENT_RATES.iter().map(|(t, _)| *t)),
                    )
                })?;
            // Deposit k (k = 1..n) earns interest for n - k + 1 months.
            let month_sum = term * (term + 1) / 2;
            (
                "零存整取 Monthly instalment savings".to_string(),
                rate_bp,
                INSTALLMENT_MIN,
                amount * term,
                deposits::term_interest(amount, rate_bp, month_sum),
                "the same amount deposited every month; each deposit earns simple interest from its month to maturity",
            )
        }
        kind => {
            let p = deposits::product_for(
                if kind == "lump_sum" {
                    "time_deposit"
                } else {
                    "large_cd"
                },
                term,
            )
            .ok_or_else(|| {
                let label = if kind == "lump_sum" {
                    "整存整取 Time deposit"
                } else {
                    "大额存单 Large-denomination CD"
                };
                let k = if kind == "lump_sum" {
                    "time_deposit"
                } else {
                    "large_cd"
                };
                not_offered(
                    label,
                    terms(
                        deposits::PRODUCTS
                            .iter()
                            .filter(|p| p.kind == k)
                            .map(|p| p.term_months),
                    ),
                )
            })?;
            (
                p.name.to_string(),
                p.rate_bp,
                p.min_fen,
                amount,
                deposits::term_interest(amount, p.rate_bp, term),
                "simple interest for the whole term, paid at maturity",
            )
        }
    };
    if amount < min {
        return Err(fail(
            "below_minimum",
            format!(
                "{name} needs at least {} yuan{}",
                format_amount(min),
                if product == "installment" {
                    " a month"
                } else {
                    ""
                }
            ),
        ));
    }
    let mut out = obj(json!({
        "product": product,
        "product_name": name,
        "term_months": term,
        "annual_rate_percent": format_bp_percent(rate_bp),
        "interest_method": method,
        "as_of": deposits::RATES_AS_OF,
    }));
    money(&mut out, "amount", amount);
    money(&mut out, "total_deposited", deposited);
    money(&mut out, "interest", interest);
    money(&mut out, "maturity_value", deposited + interest);
    Ok(out)
}

/// The value after `months` of investing `monthly` fen at the start of each month.
pub(crate) fn project(monthly: i64, months: i64, annual: i64) -> i64 {
    let mut v: i128 = 0;
    for _ in 0..months {
        v = div_round(
            (v + monthly as i128) * (MONTHLY_DEN + annual as i128),
            MONTHLY_DEN,
        );
    }
    v as i64
}

fn return_arg(args: &Args<'_>) -> Result<i64, Failure> {
    match args.str_opt("annual_return_percent")? {
        None => Ok(DEFAULT_RETURN),
        Some(s) => parse_percent(s, 2)
            .filter(|r| *r <= MAX_RETURN)
            .ok_or_else(|| {
                fail(
                    "invalid_rate",
                    "`annual_return_percent` must be an assumed return between 0 and 20 percent a year, a decimal string with at most 2 decimals, e.g. \"6\" or \"4.5\"",
                )
            }),
    }
}

fn months_arg(args: &Args<'_>) -> Result<i64, Failure> {
    let n = args.int_req("months")?;
    if !(1..=MAX_MONTHS).contains(&n) {
        return Err(fail(
            "invalid_term",
            format!("`months` must be between 1 and {MAX_MONTHS} (50 years)"),
        ));
    }
    Ok(n)
}

fn rate_text(r: i64) -> String {
    format_bp_percent(r / 10)
}

pub(crate) fn fixed_investment_plan(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let monthly = args
        .amount_opt("monthly_amount")?
        .filter(|a| (1..=MAX_MONTHLY).contains(a))
        .ok_or_else(|| {
            fail(
                "invalid_amount",
                "`monthly_amount` is required: the amount invested each month in yuan, greater than 0 and at most 1000000",
            )
        })?;
    let months = months_arg(args)?;
    let annual = return_arg(args)?;
    let value = project(monthly, months, annual);
    let invested = monthly * months;
    let mut out = obj(json!({
        "months": months,
        "annual_return_percent": rate_text(annual),
        "compounding": "monthly; each amount invested at the start of its month",
    }));
    money(&mut out, "monthly_amount", monthly);
    money(&mut out, "total_invested", invested);
    money(&mut out, "projected_value", value);
    money(&mut out, "gain", value - invested);
    Ok(out)
}

pub(crate) fn savings_goal(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let target = args
        .amount_opt("target_amount")?
        .filter(|a| (100..=MAX_TARGET).contains(a))
        .ok_or_else(|| {
            fail(
                "invalid_amount",
                "`target_amount` is required: the sum to reach in yuan, from 1 to 100000000",
            )
        })?;
    let months = months_arg(args)?;
    let annual = return_arg(args)?;
    // The smallest monthly amount (fen) whose projected value reaches the target.
    let (mut lo, mut hi) = (1i64, target);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if project(mid, months, annual) >= target {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    let monthly = lo;
    let value = project(monthly, months, annual);
    let invested = monthly * months;
    let mut out = obj(json!({
        "months": months,
        "annual_return_percent": rate_text(annual),
        "compounding": "monthly; each amount invested at the start of its month",
    }));
    money(&mut out, "target_amount", target);
    money(&mut out, "monthly_amount", monthly);
    money(&mut out, "total_invested", invested);
    money(&mut out, "projected_value", value);
    money(&mut out, "gain", value - invested);
    Ok(out)
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.wealth_calculator",
    manifest: include_str!("../../tool-schemas/wealth_calculator.json"),
    schema: "",
    routes: &[
        Route {
            action: "wealth_calculator.deposit_interest",
            params: &["product", "term_months", "amount"],
            kind: Kind::Pure(deposit_interest),
        },
        Route {
            action: "wealth_calculator.fixed_investment_plan",
            params: &["monthly_amount", "months", "annual_return_percent"],
            kind: Kind::Pure(fixed_investment_plan),
        },
        Route {
            action: "wealth_calculator.savings_goal",
            params: &["target_amount", "months", "annual_return_percent"],
            kind: Kind::Pure(savings_goal),
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
    fn deposit_interest_uses_the_rate_table() {
        let sb = sandbox();
        let r = ok(
            &sb,
            "demo",
            "wealth_calculator.deposit_interest",
            json!({"product": "lump_sum", "term_months": 12, "amount": "100000"}),
        );
        assert_eq!(r["annual_rate_percent"], "0.95");
        assert_eq!(r["interest"], "950.00");
        assert_eq!(r["maturity_value"], "100950.00");
        let inst = ok(
            &sb,
            "demo",
            "wealth_calculator.deposit_interest",
            json!({"product": "installment", "term_months": 12, "amount": "1000"}),
        );
        // 1000 × 0.65 % / 12 × (12 × 13 / 2) = 42.25.
        assert_eq!(inst["total_deposited"], "12000.00");
        assert_eq!(inst["interest"], "42.25");
        let demand = ok(
            &sb,
            "demo",
            "wealth_calculator.deposit_interest",
            json!({"product": "demand", "term_months": 6, "amount": "10000"}),
        );
        assert_eq!(demand["interest"], "2.50");
        let cd = ok(
            &sb,
            "demo",
            "wealth_calculator.deposit_interest",
            json!({"product": "large_cd", "term_months": 36, "amount": "200000"}),
        );
        assert_eq!(cd["interest"], "9300.00");
        for (args, code) in [
            (
                json!({"product": "lump_sum", "term_months": 7, "amount": "1000"}),
                "term_not_offered",
            ),
            (
                json!({"product": "large_cd", "term_months": 12, "amount": "1000"}),
                "below_minimum",
            ),
            (
                json!({"product": "installment", "term_months": 24, "amount": "100"}),
                "term_not_offered",
            ),
            (
                json!({"product": "demand", "term_months": 0, "amount": "100"}),
                "invalid_term",
            ),
            (
                json!({"product": "demand", "term_months": 6, "amount": "0"}),
                "invalid_amount",
            ),
            (
                json!({"product": "savings", "term_months": 6, "amount": "1"}),
                "invalid_argument",
            ),
        ] {
            let f = failure(&sb, "demo", "wealth_calculator.deposit_interest", args);
            assert_eq!(f.code, code, "{}", f.message);
        }
    }

    #[test]
    fn investment_plans_compound_monthly() {
        assert_eq!(project(100_000, 12, 0), 1_200_000);
        // 1,000 a month for 12 months at 12 %: 12,809.33 as an annuity due at 1 % a
        // month, one fen more with the value rounded to the fen every month.
        assert_eq!(project(100_000, 12, 12_000), 1_280_934);
        let sb = sandbox();
        let r = ok(
            &sb,
            "demo",
            "wealth_calculator.fixed_investment_plan",
            json!({"monthly_amount": "1000", "months": 12, "annual_return_percent": "12"}),
        );
        assert_eq!(r["projected_value"], "12809.34");
        assert_eq!(r["total_invested"], "12000.00");
        assert_eq!(r["gain"], "809.34");
        assert_eq!(r["annual_return_percent"], "12.00");
        let default = ok(
            &sb,
            "demo",
            "wealth_calculator.fixed_investment_plan",
            json!({"monthly_amount": "500", "months": 36}),
        );
        assert_eq!(default["annual_return_percent"], "4.00");
        let goal = ok(
            &sb,
            "demo",
            "wealth_calculator.savings_goal",
            json!({"target_amount": "12809.34", "months": 12, "annual_return_percent": "12"}),
        );
        assert_eq!(goal["monthly_amount"], "1000.00");
        let goal = ok(
            &sb,
            "demo",
            "wealth_calculator.savings_goal",
            json!({"target_amount": "1000000", "months": 120, "annual_return_percent": "0"}),
        );
        assert_eq!(goal["monthly_amount"], "8333.34");
        assert!(goal["projected_value_fen"].as_i64().unwrap() >= 100_000_000);
        for (action, args, code) in [
            (
                "wealth_calculator.fixed_investment_plan",
                json!({"monthly_amount": "1000", "months": 601}),
                "invalid_term",
            ),
            (
                "wealth_calculator.fixed_investment_plan",
                json!({"monthly_amount": "1000", "months": 12, "annual_return_percent": "25"}),
                "invalid_rate",
            ),
            (
                "wealth_calculator.fixed_investment_plan",
                json!({"monthly_amount": "0", "months": 12}),
                "invalid_amount",
            ),
            (
                "wealth_calculator.savings_goal",
                json!({"target_amount": "0.5", "months": 12}),
                "invalid_amount",
            ),
            (
                "wealth_calculator.savings_goal",
                json!({"target_amount": "1000", "months": 12, "annual_return_percent": "4.555"}),
                "invalid_rate",
            ),
        ] {
            let f = failure(&sb, "demo", action, args);
            assert_eq!(f.code, code, "{}", f.message);
        }
    }
}
