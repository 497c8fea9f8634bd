//! 物业费: quarterly property management fees of the user's home, by property fee
//! account (物业缴费户号). A quarter's fee is the floor area times the monthly rate per
//! square metre times three, in whole fen. Payments settle unpaid quarters oldest
//! first and must cover whole quarters (like utility bills). Only the caller's own
//! property accounts are found.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Datelike, Local, NaiveDate};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::money::{div_round, format_amount, mask};
use super::seed::{DEMO_USER, Identity, digits, last_day, month_add, number, rfc3339};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_property_fees_account (
    account_no      TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL,
    community       TEXT NOT NULL,
    house           TEXT NOT NULL,
    area_centi_m2   INTEGER NOT NULL,   -- floor area in 0.01 m²
    rate_fen_per_m2 INTEGER NOT NULL,   -- monthly fee per m², fen
    payee           TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_property_fees_bill (
    bill_id      TEXT PRIMARY KEY,
    account_no   TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    quarter      TEXT NOT NULL,         -- YYYY-Qn
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    amount_fen   INTEGER NOT NULL,
    due_date     TEXT NOT NULL,
    status       TEXT NOT NULL,         -- unpaid | paid
    paid_at      TEXT,
    receipt_no   TEXT,
    UNIQUE (account_no, quarter)
);
";

/// Quarters seeded: the current one and the three before it.
const QUARTERS: i32 = 4;

/// (community, property company) per city.
fn city_data(city: &str) -> (&'static str, &'static str) {
    match city {
        "beijing" => (
            "北京示范花园 Beijing Demo Garden",
            "北京示范物业服务有限公司 Beijing Demo Property Services Co.",
        ),
        "shanghai" => (
            "上海示范花园 Shanghai Demo Garden",
            "上海示范物业服务有限公司 Shanghai Demo Property Services Co.",
        ),
        "shenzhen" => (
            "深圳示范花园 Shenzhen Demo Garden",
            "深圳示范物业服务有限公司 Shenzhen Demo Property Services Co.",
        ),
        "guangzhou" => (
            "广州示范花园 Guangzhou Demo Garden",
            "广州示范物业服务有限公司 Guangzhou Demo Property Services Co.",
        ),
        _ => (
            "杭州示范花园 Hangzhou Demo Garden",
            "杭州示范物业服务有限公司 Hangzhou Demo Property Services Co.",
        ),
    }
}

/// The user's property fee account number (物业缴费户号), 10 digits.
pub(crate) fn account_of(user: &str) -> String {
    format!("5{}", digits(user, "property", 9))
}

fn account_arg<'a>(args: &Args<'a>) -> Result<&'a str, Failure> {
    let a = args.str_opt("account_no")?.ok_or_else(|| {
        fail(
            "account_required",
            "`account_no` is required: pass the property fee account number (物业缴费户号) or save a default",
        )
    })?;
    if !(8..=20).contains(&a.len()) || !a.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail(
            "invalid_argument",
            "`account_no` must be 8 to 20 digits (the 物业缴费户号 on the property fee notice)",
        ));
    }
    Ok(a)
}

struct Account {
    account_no: String,
    community: String,
    house: String,
    area_centi_m2: i64,
    rate_fen_per_m2: i64,
    payee: String,
}

struct Bill {
    bill_id: String,
    quarter: String,
    period_start: String,
    period_end: String,
    amount_fen: i64,
    due_date: String,
    status: String,
    paid_at: Option<String>,
}

fn find(tx: &Transaction<'_>, ctx: &Ctx<'_>, account: &str) -> Result<Account, SbError> {
    let row = tx
        .prepare_cached(
            "SELECT account_no, community, house, area_centi_m2, rate_fen_per_m2, payee
             FROM sb_property_fees_account WHERE account_no = ?1 AND user_id = ?2",
        )?
        .query_row(params![account, ctx.user], |r| {
            Ok(Account {
                account_no: r.get(0)?,
                community: r.get(1)?,
                house: r.get(2)?,
                area_centi_m2: r.get(3)?,
                rate_fen_per_m2: r.get(4)?,
                payee: r.get(5)?,
            })
        })
        .optional()?;
    row.ok_or_else(|| {
        fail(
            "account_not_found",
            format!(
                "the user has no property fee account {}; check the 物业缴费户号 on the property fee notice",
                mask(account)
            ),
        )
        .into()
    })
}

/// The account's quarters, oldest first, filtered by status (`all` for every one).
fn bills(
    tx: &Transaction<'_>,
    ctx: &Ctx<'_>,
    account: &str,
    filter: &str,
) -> crate::db::Result<Vec<Bill>> {
    let mut stmt = tx.prepare_cached(
        "SELECT bill_id, quarter, period_start, period_end, amount_fen, due_date, status, paid_at
         FROM sb_property_fees_bill
         WHERE account_no = ?1 AND user_id = ?2 AND (?3 = 'all' OR status = ?3)
         ORDER BY quarter",
    )?;
    let rows = stmt.query_map(params![account, ctx.user, filter], |r| {
        Ok(Bill {
            bill_id: r.get(0)?,
            quarter: r.get(1)?,
            period_start: r.get(2)?,
            period_end: r.get(3)?,
            amount_fen: r.get(4)?,
            due_date: r.get(5)?,
            status: r.get(6)?,
            paid_at: r.get(7)?,
        })
    })?;
    rows.collect()
}

fn bill_json(b: &Bill) -> Value {
    let mut o = json!({
        "bill_id": b.bill_id,
        "quarter": b.quarter,
        "period_start": b.period_start,
        "period_end": b.period_end,
        "amount": format_amount(b.amount_fen),
        "amount_fen": b.amount_fen,
        "due_date": b.due_date,
        "status": b.status,
    });
    if let Some(p) = &b.paid_at {
        o["paid_at"] = json!(p);
    }
    o
}

pub(crate) fn query_property_fees(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let account = account_arg(args)?;
    let filter = args
        .choice("status", &["unpaid", "paid", "all"])?
        .unwrap_or("unpaid");
    let a = find(tx, ctx, account)?;
    let listed = bills(tx, ctx, &a.account_no, filter)?;
    let outstanding: i64 = bills(tx, ctx, &a.account_no, "unpaid")?
        .iter()
        .map(|b| b.amount_fen)
        .sum();
    Ok(obj(json!({
        "account_no_masked": mask(&a.account_no),
        "community": a.community,
        "house": a.house,
        "area_m2": format_amount(a.area_centi_m2),
        "rate_per_m2_month": format_amount(a.rate_fen_per_m2),
        "payee": a.payee,
        "quarters": listed.iter().map(bill_json).collect::<Vec<_>>(),
        "outstanding": format_amount(outstanding),
        "outstanding_fen": outstanding,
    })))
}

pub(crate) fn pay_property_fees(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let account = account_arg(args)?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?;
    let a = find(tx, ctx, account)?;
    wallet::available(tx, ctx, card)?;
    let unpaid = bills(tx, ctx, &a.account_no, "unpaid")?;
    if unpaid.is_empty() {
        return Err(fail(
            "nothing_to_pay",
            format!(
                "the property fee account {} has no unpaid quarters; nothing was paid",
                mask(&a.account_no)
            ),
        )
        .into());
    }
    let outstanding: i64 = unpaid.iter().map(|b| b.amount_fen).sum();
    // The payable amounts: the oldest quarter, the two oldest, ..., everything.
    let prefixes: Vec<i64> = unpaid
        .iter()
        .scan(0i64, |acc, b| {
            *acc += b.amount_fen;
            Some(*acc)
        })
        .collect();
    let pay = match amount {
        None => outstanding,
        Some(0) => return Err(fail("invalid_amount", "the amount must be greater than 0").into()),
        Some(x) if x > outstanding => {
            return Err(fail(
                "amount_exceeds_outstanding",
                format!(
                    "{} is more than the {} yuan outstanding; pay at most the outstanding total (or omit the amount to pay it all)",
                    format_amount(x),
                    format_amount(outstanding)
                ),
            )
            .into());
        }
        Some(x) if prefixes.contains(&x) => x,
        Some(x) => {
            let options: Vec<String> = prefixes
                .iter()
                .zip(&unpaid)
                .map(|(sum, b)| format!("{} (up to {})", format_amount(*sum), b.quarter))
                .collect();
            return Err(fail(
                "amount_mismatch",
                format!(
                    "{} does not settle whole quarters (quarters are paid oldest first); pay one of: {}; or omit the amount to pay the outstanding {}",
                    format_amount(x),
                    options.join(", "),
                    format_amount(outstanding)
                ),
            )
            .into());
        }
    };
    let count = prefixes
        .iter()
        .position(|s| *s == pay)
        .map_or(unpaid.len(), |i| i + 1);
    let settled = &unpaid[..count];
    wallet::charge(tx, ctx, card, pay)?;
    let receipt_no = wallet::reference("PF", ctx);
    let paid_at = ctx.now_rfc3339();
    let mut mark = tx.prepare_cached(
        "UPDATE sb_property_fees_bill SET status = 'paid', paid_at = ?2, receipt_no = ?3
         WHERE bill_id = ?1 AND user_id = ?4 AND status = 'unpaid'",
    )?;
    for b in settled {
        mark.execute(params![b.bill_id, paid_at, receipt_no, ctx.user])?;
    }
    let remaining = outstanding - pay;
    Ok(obj(json!({
        "receipt_no": receipt_no,
        "payee": a.payee,
        "account_no_masked": mask(&a.account_no),
        "house": a.house,
        "card_masked": mask(card),
        "amount": format_amount(pay),
        "amount_fen": pay,
        "quarters_paid": settled.iter().map(|b| b.quarter.clone()).collect::<Vec<_>>(),
        "paid_at": paid_at,
        "status": "paid",
        "remaining_outstanding": format_amount(remaining),
        "remaining_outstanding_fen": remaining,
    })))
}

fn bill_id(account: &str, quarter: &str) -> String {
    let d = Sha256::digest(format!("property\0{account}\0{quarter}").as_bytes());
    format!("PB{}", hex::encode_upper(&d[..6]))
}

fn seed(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let account = account_of(user);
    let (community, payee) = city_data(Identity::of(user).city.id);
    let h = number(user, "property house");
    let house = {
        let (b, u, f, r) = (
            1 + h % 20,
            1 + (h >> 8) % 4,
            2 + (h >> 16) % 29,
            1 + (h >> 24) % 4,
        );
        format!("{b}幢{u}单元{f}{r:02}室 Building {b}, Unit {u}, Room {f}{r:02}")
    };
    let area = 6_000 + ((h >> 32) % 10_000) as i64; // 60.00 to 159.99 m²
    let rate = 180 + 10 * ((h >> 48) % 28) as i64; // 1.80 to 4.50 yuan per m² per month
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO sb_property_fees_account
                 (account_no, user_id, community, house, area_centi_m2, rate_fen_per_m2, payee)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![account, user, community, house, area, rate, payee])?;
    if inserted == 0 {
        // The number is someone else's account: leave it alone.
        return Ok(());
    }
    let fee = div_round(i128::from(area) * i128::from(rate) * 3, 100) as i64;
    // The newest quarters are unpaid: two for the demo user, none to two for others.
    let unpaid = if user == DEMO_USER {
        2
    } else {
        (number(user, "property unpaid") % 3) as i32
    };
    let today = now.date_naive();
    let first_month = (today.month() - 1) / 3 * 3 + 1;
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_property_fees_bill
             (bill_id, account_no, user_id, quarter, period_start, period_end, amount_fen, due_date,
              status, paid_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for back in 0..QUARTERS {
        let (y, m) = month_add(today.year(), first_month, -3 * back);
        let quarter = format!("{y:04}-Q{}", (m - 1) / 3 + 1);
        let start = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(today);
        let (ey, em) = month_add(y, m, 2);
        let end = last_day(ey, em);
        let due = last_day(y, m);
        let is_unpaid = back < unpaid;
        let paid_at = (!is_unpaid).then(|| {
            let day = (start + chrono::Duration::days(10)).min(today);
            day.and_hms_opt(9, 30, 0)
                .and_then(|t| t.and_local_timezone(Local).earliest())
                .map(|t| rfc3339(t.min(now)))
                .unwrap_or_else(|| rfc3339(now))
        });
        insert.execute(params![
            bill_id(&account, &quarter),
            account,
            user,
            quarter,
            start.format("%Y-%m-%d").to_string(),
            end.format("%Y-%m-%d").to_string(),
            fee,
            due.format("%Y-%m-%d").to_string(),
            if is_unpaid { "unpaid" } else { "paid" },
            paid_at
        ])?;
    }
    Ok(())
}

fn profile(user: &str) -> Vec<(String, String)> {
    vec![("property.account".into(), account_of(user))]
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.property_fees",
    manifest: include_str!("../../tool-schemas/property_fees.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "property_fees.query_property_fees",
            params: &["account_no", "status"],
            kind: Kind::Read(query_property_fees),
        },
        Route {
            action: "property_fees.pay_property_fees",
            params: &["account_no", "amount", "card"],
            kind: Kind::Write(pay_property_fees),
        },
    ],
    seed: Some(seed),
    profile: Some(profile),
};

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::sandbox::tests::{failure, ok, profile, sandbox};

    fn pay(user: &str, amount: Option<&str>) -> Value {
        let mut v = json!({
            "account_no": profile(user, "property.account"),
            "card": profile(user, "payment.card"),
        });
        if let Some(a) = amount {
            v["amount"] = json!(a);
        }
        v
    }

    #[test]
    fn quarters_are_paid_whole_and_oldest_first() {
        let sb = sandbox();
        let acct = profile("demo", "property.account");
        let q = ok(
            &sb,
            "demo",
            "property_fees.query_property_fees",
            json!({"account_no": acct}),
        );
        let qs = q["quarters"].as_array().unwrap();
        assert_eq!(qs.len(), 2);
        assert!(qs[0]["quarter"].as_str() < qs[1]["quarter"].as_str());
        let fee = qs[0]["amount_fen"].as_i64().unwrap();
        assert_eq!(q["outstanding_fen"].as_i64().unwrap(), 2 * fee);
        let all = ok(
            &sb,
            "demo",
            "property_fees.query_property_fees",
            json!({"account_no": acct, "status": "all"}),
        );
        assert_eq!(all["quarters"].as_array().unwrap().len(), 4);
        let f = failure(
            &sb,
            "demo",
            "property_fees.pay_property_fees",
            pay("demo", Some("1.00")),
        );
        assert_eq!(f.code, "amount_mismatch");
        let too_much = super::format_amount(2 * fee + 1);
        let f = failure(
            &sb,
            "demo",
            "property_fees.pay_property_fees",
            pay("demo", Some(&too_much)),
        );
        assert_eq!(f.code, "amount_exceeds_outstanding");
        let one = qs[0]["amount"].as_str().unwrap().to_string();
        let r = ok(
            &sb,
            "demo",
            "property_fees.pay_property_fees",
            pay("demo", Some(&one)),
        );
        assert_eq!(r["quarters_paid"], json!([qs[0]["quarter"]]));
        assert_eq!(r["remaining_outstanding_fen"].as_i64().unwrap(), fee);
        let r = ok(
            &sb,
            "demo",
            "property_fees.pay_property_fees",
            pay("demo", None),
        );
        assert_eq!(r["quarters_paid"], json!([qs[1]["quarter"]]));
        assert_eq!(r["remaining_outstanding"], "0.00");
        let f = failure(
            &sb,
            "demo",
            "property_fees.pay_property_fees",
            pay("demo", None),
        );
        assert_eq!(f.code, "nothing_to_pay");
        let f = failure(
            &sb,
            "alice",
            "property_fees.query_property_fees",
            json!({"account_no": acct}),
        );
        assert_eq!(f.code, "account_not_found");
        for user in ["alice", "bob", "张三"] {
            let r = ok(
                &sb,
                user,
                "property_fees.query_property_fees",
                json!({"account_no": profile(user, "property.account"), "status": "all"}),
            );
            assert_eq!(r["quarters"].as_array().unwrap().len(), 4);
            assert!(r["house"].as_str().unwrap().contains("Room"));
        }
    }
}
