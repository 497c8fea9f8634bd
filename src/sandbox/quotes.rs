//! Public quotes computed from static data: loan rates (LPR + spread, equal-installment
//! estimates) and exchange rates. Pure functions: no store access, microseconds per call.

use serde_json::json;

use super::data::{self, LOAN_PRODUCTS};
use super::money::{div_round, format_4dp, format_amount, format_bp_percent};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, fail, obj};

const PRODUCT_IDS: &[&str] = &[
    "personal_consumer",
    "mortgage_first_home",
    "mortgage_second_home",
    "business_operating",
];
const CURRENCY_CODES: &[&str] = &[
    "CNY", "USD", "EUR", "HKD", "JPY", "GBP", "AUD", "CAD", "SGD", "CHF",
];

/// Equal monthly installments (等额本息) of `principal` fen over `n` months at `annual_bp`:
/// (regular monthly payment, total interest), both in fen. Interest accrues on the
/// balance each month, rounded half up to the fen; the last installment clears the balance.
pub(crate) fn amortize(principal: i64, n: i64, annual_bp: i64) -> (i64, i64) {
    let r = annual_bp as f64 / 120_000.0;
    let growth = (1.0 + r).powi(n as i32);
    let payment = if annual_bp == 0 {
        div_round(principal as i128, n as i128) as i64
    } else {
        (principal as f64 * r * growth / (growth - 1.0)).round() as i64
    };
    let mut balance = principal as i128;
    let mut interest_total: i128 = 0;
    for month in 1..=n {
        let interest = div_round(balance * annual_bp as i128, 120_000);
        interest_total += interest;
        let principal_part = if month == n {
            balance
        } else {
            (payment as i128 - interest).min(balance)
        };
        balance -= principal_part;
    }
    (payment, interest_total as i64)
}

pub(crate) fn check_loan_rate(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let product_id = args.choice_req("product", PRODUCT_IDS)?;
    let product = LOAN_PRODUCTS
        .iter()
        .find(|p| p.id == product_id)
        .ok_or_else(|| fail("invalid_argument", "unknown product"))?;
    let term = args.int_req("term_months")?;
    if !(6..=360).contains(&term) {
        return Err(fail(
            "invalid_term",
            "`term_months` must be between 6 and 360",
        ));
    }
    if term > product.max_term_months {
        return Err(fail(
            "term_not_offered",
            format!(
                "{} is offered for terms up to {} months; choose a shorter term",
                product.name, product.max_term_months
            ),
        ));
    }
    let amount = args.amount_opt("amount")?;
    let (tenor, lpr_bp) = if term <= 60 {
        ("1Y", data::LPR_1Y_BP)
    } else {
        ("5Y+", data::LPR_5Y_BP)
    };
    let rate_bp = lpr_bp + product.spread_bp;
    let mut out = obj(json!({
        "product": product.id,
        "product_name": product.name,
        "term_months": term,
        "lpr_tenor": tenor,
        "lpr_percent": format_bp_percent(lpr_bp),
        "spread_bp": product.spread_bp,
        "annual_rate_percent": format_bp_percent(rate_bp),
        "as_of": data::LPR_AS_OF,
        "source": data::LPR_SOURCE,
    }));
    if let Some(principal) = amount {
        if principal == 0 {
            return Err(fail(
                "invalid_amount",
                "`amount` must be greater than 0 (or omitted)",
            ));
        }
        let (payment, interest) = amortize(principal, term, rate_bp);
        out.insert("amount".into(), json!(format_amount(principal)));
        out.insert("amount_fen".into(), json!(principal));
        out.insert("repayment_method".into(), json!("equal_installment"));
        out.insert("monthly_payment".into(), json!(format_amount(payment)));
        out.insert("monthly_payment_fen".into(), json!(payment));
        out.insert("total_interest".into(), json!(format_amount(interest)));
        out.insert("total_interest_fen".into(), json!(interest));
    }
    Ok(out)
}

pub(crate) fn get_exchange_rate(args: &Args<'_>, ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let from = args.choice_req("from", CURRENCY_CODES)?;
    let to = args.choice_req("to", CURRENCY_CODES)?;
    let foreign_code = match (from, to) {
        ("CNY", "CNY") => {
            return Err(fail(
                "unsupported_pair",
                "`from` and `to` are both CNY; choose a foreign currency for one of them",
            ));
        }
        ("CNY", f) | (f, "CNY") => f,
        _ => {
            return Err(fail(
                "unsupported_pair",
                "one side of the pair must be CNY; to compare two foreign currencies, make two calls via CNY",
            ));
        }
    };
    let c = data::currency(foreign_code)
        .ok_or_else(|| fail("unsupported_pair", "that currency is not quoted"))?;
    let mid = c.mid4;
    let buy = div_round(mid as i128 * (10_000 - c.spread_bp) as i128, 10_000) as i64;
    let sell = div_round(mid as i128 * (10_000 + c.spread_bp) as i128, 10_000) as i64;
    let mut out = obj(json!({
        "pair": format!("{foreign_code}/CNY"),
        "from": from,
        "to": to,
        "unit": c.unit,
        "rate": format_4dp(mid),
        "buy": format_4dp(buy),
        "sell": format_4dp(sell),
        "as_of": format!("{}T09:30:00+08:00", ctx.now.format("%Y-%m-%d")),
    }));
    if let Some(amount) = args.amount_opt("amount")? {
        if amount == 0 {
            return Err(fail(
                "invalid_amount",
                "`amount` must be greater than 0 (or omitted)",
            ));
        }
        // Amounts in minor units (1/100); rates in 1/10000 CNY per `unit`.
        let (converted, applied) = if from == "CNY" {
            // The user buys foreign currency: the bank sells it.
            (
                div_round(amount as i128 * c.unit as i128 * 10_000, sell as i128),
                "sell",
            )
        } else {
            // The user sells foreign currency: the bank buys it.
            (
                div_round(amount as i128 * buy as i128, c.unit as i128 * 10_000),
                "buy",
            )
        };
        out.insert("amount".into(), json!(format_amount(amount)));
        out.insert(
            "converted_amount".into(),
            json!(format_amount(converted as i64)),
        );
        out.insert("applied_rate".into(), json!(applied));
    }
    Ok(out)
}

pub(crate) const LOANS: Program = Program {
    app_id: "mp.bank.loans",
    manifest: include_str!("../../tool-schemas/loans.json"),
    schema: "",
    routes: &[Route {
        action: "loans.check_loan_rate",
        params: &["product", "term_months", "amount"],
        kind: Kind::Pure(check_loan_rate),
    }],
    seed: None,
    profile: None,
};

pub(crate) const FX: Program = Program {
    app_id: "mp.bank.fx",
    manifest: include_str!("../../tool-schemas/fx.json"),
    schema: "",
    routes: &[Route {
        action: "fx.get_exchange_rate",
        params: &["from", "to", "amount"],
        kind: Kind::Pure(get_exchange_rate),
    }],
    seed: None,
    profile: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amortization_matches_the_textbook_formula() {
        // 1,000,000 yuan over 30 years at 3.05 %: 4,243.05 yuan a month (standard 等额本息 tables).
        let (pay, interest) = amortize(100_000_000, 360, 305);
        assert_eq!(pay, 424_305);
        // Total interest is within a few fen of payment * n - principal.
        let naive = pay * 360 - 100_000_000;
        assert!((interest - naive).abs() < 400, "{interest} vs {naive}");
        // 100,000 over 12 months at 3.50 %: 8,492.16 a month.
        let (pay, _) = amortize(10_000_000, 12, 350);
        assert_eq!(pay, 849_216);
        assert_eq!(amortize(1_200, 12, 0), (100, 0));
    }
}
