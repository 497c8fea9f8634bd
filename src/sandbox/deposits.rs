//! 定期存款与大额存单: time deposits (整存整取) and large-denomination certificates of
//! deposit (大额存单): the product list (static), opening a deposit from the user's own
//! debit card, and the user's deposits (in the store, one seeded per user).
//!
//! Interest is simple interest for the whole term (principal × annual rate × months /
//! 12), rounded half up to the fen; a deposit matures on the same day of the month
//! `term` months after it was opened (the month's last day when shorter).

use crate::db::{Transaction, params};
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

use super::money::{div_round, format_amount, format_bp_percent, mask};
use super::seed::{self, Identity, digits, number};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

pub(crate) struct DepositProduct {
    pub id: &'static str,
    /// `time_deposit` (整存整取) or `large_cd` (大额存单).
    pub kind: &'static str,
    pub name: &'static str,
    pub term_months: i64,
    pub rate_bp: i64,
    pub min_fen: i64,
}

const fn product(
    id: &'static str,
    kind: &'static str,
    name: &'static str,
    term_months: i64,
    rate_bp: i64,
    min_fen: i64,
) -> DepositProduct {
    DepositProduct {
        id,
        kind,
        name,
        term_months,
        rate_bp,
        min_fen,
    }
}

const TD_MIN: i64 = 5_000; // 50 yuan
const CD_MIN: i64 = 20_000_000; // 200,000 yuan
/// The most one deposit may hold in the app: 10,000,000 yuan.
pub(crate) const MAX_DEPOSIT: i64 = 1_000_000_000;
pub(crate) const RATES_AS_OF: &str = "2025-05-20";

/// The bank's deposit products and their annual rates (compiled in).
pub(crate) const PRODUCTS: &[DepositProduct] = &[
    product(
        "td_3m",
        "time_deposit",
        "整存整取 3个月 Time deposit, 3 months",
        3,
        65,
        TD_MIN,
    ),
    product(
        "td_6m",
        "time_deposit",
        "整存整取 6个月 Time deposit, 6 months",
        6,
        85,
        TD_MIN,
    ),
    product(
        "td_1y",
        "time_deposit",
        "整存整取 1年 Time deposit, 1 year",
        12,
        95,
        TD_MIN,
    ),
    product(
        "td_2y",
        "time_deposit",
        "整存整取 2年 Time deposit, 2 years",
        24,
        105,
        TD_MIN,
    ),
    product(
        "td_3y",
        "time_deposit",
        "整存整取 3年 Time deposit, 3 years",
        36,
        125,
        TD_MIN,
    ),
    product(
        "td_5y",
        "time_deposit",
        "整存整取 5年 Time deposit, 5 years",
        60,
        130,
        TD_MIN,
    ),
    product(
        "cd_3m",
        "large_cd",
        "大额存单 3个月 Large-denomination CD, 3 months",
        3,
        90,
        CD_MIN,
    ),
    product(
        "cd_6m",
        "large_cd",
        "大额存单 6个月 Large-denomination CD, 6 months",
        6,
        110,
        CD_MIN,
    ),
    product(
        "cd_1y",
        "large_cd",
        "大额存单 1年 Large-denomination CD, 1 year",
        12,
        120,
        CD_MIN,
    ),
    product(
        "cd_2y",
        "large_cd",
        "大额存单 2年 Large-denomination CD, 2 years",
        24,
        130,
        CD_MIN,
    ),
    product(
        "cd_3y",
        "large_cd",
        "大额存单 3年 Large-denomination CD, 3 years",
        36,
        155,
        CD_MIN,
    ),
];

const PRODUCT_IDS: &[&str] = &[
    "td_3m", "td_6m", "td_1y", "td_2y", "td_3y", "td_5y", "cd_3m", "cd_6m", "cd_1y", "cd_2y",
    "cd_3y",
];
const KINDS: &[&str] = &["time_deposit", "large_cd"];

pub(crate) fn product_by_id(id: &str) -> Option<&'static DepositProduct> {
    PRODUCTS.iter().find(|p| p.id == id)
}

/// The product of `kind` for a term, if offered.
pub(crate) fn product_for(kind: &str, term_months: i64) -> Option<&'static DepositProduct> {
    PRODUCTS
        .iter()
        .find(|p| p.kind == kind && p.term_months == term_months)
}

/// Simple interest for the term, in fen.
pub(crate) fn term_interest(amount: i64, rate_bp: i64, months: i64) -> i64 {
    div_round(amount as i128 * rate_bp as i128 * months as i128, 120_000) as i64
}

/// `date` plus `months`, on the same day of the month or the month's last day.
pub(crate) fn add_months(date: NaiveDate, months: i64) -> NaiveDate {
    let (y, m) = seed::month_add(date.year(), date.month(), months as i32);
    let last = seed::last_day(y, m);
    NaiveDate::from_ymd_opt(y, m, date.day().min(last.day())).unwrap_or(last)
}

fn product_json(p: &DepositProduct) -> Value {
    json!({
        "product": p.id,
        "kind": p.kind,
        "name": p.name,
        "term_months": p.term_months,
        "annual_rate_percent": format_bp_percent(p.rate_bp),
        "minimum": format_amount(p.min_fen),
        "minimum_fen": p.min_fen,
    })
}

pub(crate) fn list_deposit_products(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let kind = args.choice("kind", KINDS)?;
    let products: Vec<Value> = PRODUCTS
        .iter()
        .filter(|p| kind.is_none_or(|k| p.kind == k))
        .map(product_json)
        .collect();
    Ok(obj(json!({
        "products": products,
        "interest_method": "simple interest for the whole term: principal × annual rate × months / 12, paid at maturity",
        "maximum": format_amount(MAX_DEPOSIT),
        "maximum_fen": MAX_DEPOSIT,
        "as_of": RATES_AS_OF,
    })))
}

pub(crate) fn open_time_deposit(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let id = args.choice_req("product", PRODUCT_IDS)?;
    let p = product_by_id(id).ok_or_else(|| fail("invalid_argument", "unknown product"))?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?.ok_or_else(|| {
        fail(
            "invalid_amount",
            "`amount` is required: how much to deposit, in yuan, e.g. \"10000\"",
        )
    })?;
    if amount < p.min_fen {
        return Err(fail(
            "below_minimum",
            format!(
                "{} needs at least {} yuan; deposit more or choose a 整存整取 time deposit (from 50 yuan)",
                p.name,
                format_amount(p.min_fen)
            ),
        )
        .into());
    }
    if amount > MAX_DEPOSIT {
        return Err(fail(
            "above_maximum",
            format!(
                "one deposit may hold at most {} yuan in the app; split it or visit a branch",
                format_amount(MAX_DEPOSIT)
            ),
        )
        .into());
    }
    wallet::charge(tx, ctx, card, amount)?;
    let start = ctx.now.date_naive();
    let maturity = add_months(start, p.term_months);
    let interest = term_interest(amount, p.rate_bp, p.term_months);
    let deposit_id = wallet::reference("TD", ctx);
    tx.prepare_cached(
        "INSERT INTO sb_deposits_deposit
             (deposit_id, user_id, product, amount_fen, rate_bp, start_date, maturity_date,
              interest_fen, card_no, opened_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        deposit_id,
        ctx.user,
        p.id,
        amount,
        p.rate_bp,
        start.format("%Y-%m-%d").to_string(),
        maturity.format("%Y-%m-%d").to_string(),
        interest,
        card,
        ctx.now_rfc3339()
    ])?;
    Ok(obj(json!({
        "deposit_id": deposit_id,
        "product": p.id,
        "product_name": p.name,
        "term_months": p.term_months,
        "annual_rate_percent": format_bp_percent(p.rate_bp),
        "amount": format_amount(amount),
        "amount_fen": amount,
        "start_date": start.format("%Y-%m-%d").to_string(),
        "maturity_date": maturity.format("%Y-%m-%d").to_string(),
        "expected_interest": format_amount(interest),
        "expected_interest_fen": interest,
        "maturity_value": format_amount(amount + interest),
        "maturity_value_fen": amount + interest,
        "card_masked": mask(card),
        "status": "active",
        "opened_at": ctx.now_rfc3339(),
    })))
}

pub(crate) fn list_my_deposits(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let kind = args.choice("kind", KINDS)?;
    let today = ctx.now.date_naive().format("%Y-%m-%d").to_string();
    let mut stmt = tx.prepare_cached(
        "SELECT deposit_id, product, amount_fen, rate_bp, start_date, maturity_date, interest_fen, card_no
         FROM sb_deposits_deposit WHERE user_id = ?1 ORDER BY start_date DESC, opened_at DESC",
    )?;
    let rows = stmt.query_map(params![ctx.user], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, i64>(6)?,
            r.get::<_, String>(7)?,
        ))
    })?;
    let mut list = Vec::new();
    let mut total = 0i64;
    for row in rows {
        let (deposit_id, product, amount, rate_bp, start, maturity, interest, card) = row?;
        let p = product_by_id(&product);
        if kind.is_some_and(|k| p.is_none_or(|p| p.kind != k)) {
            continue;
        }
        total += amount;
        let status = if maturity <= today {
            "matured"
        } else {
            "active"
        };
        list.push(json!({
            "deposit_id": deposit_id,
            "product": product,
            "product_name": p.map_or(product.as_str(), |p| p.name),
            "term_months": p.map_or(0, |p| p.term_months),
            "annual_rate_percent": format_bp_percent(rate_bp),
            "amount": format_amount(amount),
            "amount_fen": amount,
            "start_date": start,
            "maturity_date": maturity,
            "expected_interest": format_amount(interest),
            "expected_interest_fen": interest,
            "card_masked": mask(&card),
            "status": status,
        }));
    }
    Ok(obj(json!({
        "deposits": list,
        "count": list.len(),
        "total_principal": format_amount(total),
        "total_principal_fen": total,
    })))
}

/// The seeded deposit: a 1-, 2- or 3-year time deposit of 10,000 to 100,000 yuan,
/// opened 1 to 11 months before the user was first seen.
fn seed_deposits(
    tx: &Transaction<'_>,
    user: &str,
    now: chrono::DateTime<chrono::Local>,
) -> crate::db::Result<()> {
    let p = &PRODUCTS[2 + (number(user, "deposit product") % 3) as usize];
    let amount = (10 + (number(user, "deposit amount") % 91) as i64) * 100_000;
    let start = add_months(
        now.date_naive(),
        -(1 + (number(user, "deposit start") % 11) as i64),
    );
    let maturity = add_months(start, p.term_months);
    let opened = start
        .and_hms_opt(10, 30, 0)
        .and_then(|t| t.and_local_timezone(chrono::Local).single())
        .unwrap_or(now);
    tx.execute(
        "INSERT OR IGNORE INTO sb_deposits_deposit
             (deposit_id, user_id, product, amount_fen, rate_bp, start_date, maturity_date,
              interest_fen, card_no, opened_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            format!("TD{}", digits(user, "deposit", 16)),
            user,
            p.id,
            amount,
            p.rate_bp,
            start.format("%Y-%m-%d").to_string(),
            maturity.format("%Y-%m-%d").to_string(),
            term_interest(amount, p.rate_bp, p.term_months),
            Identity::of(user).debit_card,
            seed::rfc3339(opened)
        ],
    )?;
    Ok(())
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_deposits_deposit (
    deposit_id    TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL,
    product       TEXT NOT NULL,
    amount_fen    INTEGER NOT NULL,
    rate_bp       INTEGER NOT NULL,
    start_date    TEXT NOT NULL,      -- YYYY-MM-DD
    maturity_date TEXT NOT NULL,      -- YYYY-MM-DD
    interest_fen  INTEGER NOT NULL,   -- expected at maturity
    card_no       TEXT NOT NULL,      -- paid from, and back to at maturity
    opened_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_deposits_deposit_user ON sb_deposits_deposit (user_id, start_date);
";

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.deposits",
    manifest: include_str!("../../tool-schemas/deposits.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "deposits.list_deposit_products",
            params: &["kind"],
            kind: Kind::Pure(list_deposit_products),
        },
        Route {
            action: "deposits.open_time_deposit",
            params: &["product", "amount", "card"],
            kind: Kind::Write(open_time_deposit),
        },
        Route {
            action: "deposits.list_my_deposits",
            params: &["kind"],
            kind: Kind::Read(list_my_deposits),
        },
    ],
    seed: Some(seed_deposits),
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, ok_with_key, profile, sandbox};

    #[test]
    fn products_are_consistent() {
        assert_eq!(PRODUCT_IDS.len(), PRODUCTS.len());
        for (id, p) in PRODUCT_IDS.iter().zip(PRODUCTS) {
            assert_eq!(*id, p.id);
            assert!(KINDS.contains(&p.kind));
        }
        assert_eq!(term_interest(1_000_000, 95, 12), 9_500);
        assert_eq!(term_interest(1_000_000, 65, 3), 1_625);
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(add_months(d("2025-01-31"), 1), d("2025-02-28"));
        assert_eq!(add_months(d("2025-11-30"), 3), d("2026-02-28"));
        assert_eq!(add_months(d("2025-05-20"), -6), d("2024-11-20"));
    }

    #[test]
    fn products_list_filters_by_kind() {
        let sb = sandbox();
        let all = ok(&sb, "demo", "deposits.list_deposit_products", json!({}));
        assert_eq!(all["products"].as_array().unwrap().len(), PRODUCTS.len());
        let cds = ok(
            &sb,
            "demo",
            "deposits.list_deposit_products",
            json!({"kind": "large_cd"}),
        );
        let cds = cds["products"].as_array().unwrap();
        assert_eq!(cds.len(), 5);
        assert!(cds.iter().all(|p| p["minimum"] == "200000.00"));
    }

    #[test]
    fn opening_a_deposit_charges_the_card_and_lists_it() {
        let sb = sandbox();
        let card = profile("demo", "payment.card");
        let mine = ok(&sb, "demo", "deposits.list_my_deposits", json!({}));
        assert_eq!(mine["count"], 1, "one seeded deposit");
        assert_eq!(mine["deposits"][0]["status"], "active");
        let key = crate::sandbox::tests::new_key();
        let args = json!({"product": "td_1y", "amount": "5000", "card": card});
        let r = ok_with_key(
            &sb,
            "demo",
            "deposits.open_time_deposit",
            args.clone(),
            &key,
        );
        assert_eq!(r["expected_interest"], "47.50");
        assert_eq!(r["maturity_value"], "5047.50");
        assert_eq!(r["status"], "active");
        // A replay opens nothing new.
        let again = ok_with_key(&sb, "demo", "deposits.open_time_deposit", args, &key);
        assert_eq!(again["deposit_id"], r["deposit_id"]);
        let mine = ok(&sb, "demo", "deposits.list_my_deposits", json!({}));
        assert_eq!(mine["count"], 2);
        let cds = ok(
            &sb,
            "demo",
            "deposits.list_my_deposits",
            json!({"kind": "large_cd"}),
        );
        assert_eq!(cds["count"], 0);
        // Other users see only their own.
        let bob = ok(&sb, "bob", "deposits.list_my_deposits", json!({}));
        assert_eq!(bob["count"], 1);
        assert_ne!(bob["deposits"][0]["deposit_id"], r["deposit_id"]);
    }

    #[test]
    fn deposit_rules() {
        let sb = sandbox();
        let card = profile("demo", "payment.card");
        for (args, code) in [
            (
                json!({"product": "cd_1y", "amount": "1000", "card": card}),
                "below_minimum",
            ),
            (
                json!({"product": "td_1y", "amount": "10", "card": card}),
                "below_minimum",
            ),
            (
                json!({"product": "td_1y", "amount": "20000000", "card": card}),
                "above_maximum",
            ),
            (
                json!({"product": "td_1y", "amount": "9000000", "card": card}),
                "insufficient_funds",
            ),
            (
                json!({"product": "td_1y", "amount": "100", "card": profile("bob", "payment.card")}),
                "card_not_found",
            ),
            (
                json!({"product": "td_9y", "amount": "100", "card": card}),
                "invalid_argument",
            ),
            (json!({"product": "td_1y", "card": card}), "invalid_amount"),
            (
                json!({"product": "td_1y", "amount": "100"}),
                "card_required",
            ),
        ] {
            let f = failure(&sb, "demo", "deposits.open_time_deposit", args);
            assert_eq!(f.code, code, "{}", f.message);
        }
        let mine = ok(&sb, "demo", "deposits.list_my_deposits", json!({}));
        assert_eq!(mine["count"], 1, "failures open nothing");
    }
}
