//! 话费/宽带: mobile balance and top-ups, broadband renewal.
//!
//! Every user has their own mobile number and a family member's number (亲情号) on
//! their account, and one broadband account. A top-up may go to any number the
//! operator knows (a parent's is the usual case); the details of a number (balance,
//! plan, unpaid fees) are shown only for the numbers on the caller's account. A
//! top-up first clears what is unpaid (欠费), the rest goes to the balance.
//! Broadband is renewed for 12 months at a time; a renewal is due within 30 days of
//! expiry (or after it).

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{Duration, Months, NaiveDate};
use serde_json::json;

use super::money::{format_amount, mask};
use super::seed::{DEMO_USER, Identity, digits, number};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_telecom_line (
    phone        TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL,
    holder       TEXT NOT NULL,      -- self | family
    operator     TEXT NOT NULL,
    plan         TEXT NOT NULL,
    plan_fee_fen INTEGER NOT NULL,
    balance_fen  INTEGER NOT NULL,
    unpaid_fen   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_telecom_topup (
    order_no   TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    phone      TEXT NOT NULL,
    card_no    TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    at         TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_telecom_broadband (
    account_no     TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL,
    operator       TEXT NOT NULL,
    plan           TEXT NOT NULL,
    speed_mbps     INTEGER NOT NULL,
    annual_fee_fen INTEGER NOT NULL,
    expires_on     TEXT NOT NULL     -- YYYY-MM-DD, last day of service
);
CREATE TABLE IF NOT EXISTS sb_telecom_broadband_payment (
    receipt_no TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    account_no TEXT NOT NULL,
    card_no    TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    paid_at    TEXT NOT NULL,
    new_expiry TEXT NOT NULL
);
";

/// The mobile top-up amounts offered, yuan.
const TOP_UP_YUAN: &[i64] = &[30, 50, 100, 200, 300];
/// A broadband renewal is due this many days before expiry (and any time after).
const RENEWAL_WINDOW_DAYS: i64 = 30;
const RENEWAL_MONTHS: u32 = 12;

struct Operator {
    name: &'static str,
    prefixes: &'static [&'static str],
    broadband: &'static str,
}

const OPERATORS: &[Operator] = &[
    Operator {
        name: "中国移动 China Mobile",
        prefixes: &["139", "138", "135", "187", "182"],
        broadband: "中国移动宽带 China Mobile Broadband",
    },
    Operator {
        name: "中国联通 China Unicom",
        prefixes: &["130", "131", "156", "186", "185"],
        broadband: "中国联通宽带 China Unicom Broadband",
    },
    Operator {
        name: "中国电信 China Telecom",
        prefixes: &["133", "153", "189", "180", "199"],
        broadband: "中国电信宽带 China Telecom Broadband",
    },
];

/// Mobile plans: (name, monthly fee in fen).
const PLANS: &[(&str, i64)] = &[
    ("58元 4G 畅享套餐 58-yuan 4G plan", 5_800),
    ("88元 5G 套餐 88-yuan 5G plan", 8_800),
    ("128元 5G 套餐 128-yuan 5G plan", 12_800),
];
const FAMILY_PLAN: (&str, i64) = ("19元 亲情副卡 19-yuan family add-on", 1_900);

/// Broadband plans: (name, Mbps, 12-month fee in fen).
const BROADBAND_PLANS: &[(&str, i64, i64)] = &[
    ("100M 光纤宽带 100 Mbps fibre", 100, 60_000),
    ("300M 光纤宽带 300 Mbps fibre", 300, 96_000),
    ("500M 光纤宽带 500 Mbps fibre", 500, 120_000),
    ("1000M 千兆宽带 1000 Mbps gigabit fibre", 1_000, 158_000),
];

fn pick<T>(list: &[T], user: &str, label: &str) -> usize {
    (number(user, label) % list.len() as u64) as usize
}

fn phone_of(user: &str, label: &str) -> String {
    let op = &OPERATORS[pick(OPERATORS, user, &format!("{label} operator"))];
    let prefix = op.prefixes[pick(op.prefixes, user, &format!("{label} prefix"))];
    format!("{prefix}{}", digits(user, label, 8))
}

/// The user's own mobile number.
pub(crate) fn own_phone(user: &str) -> String {
    phone_of(user, "phone")
}

/// A family member's number on the user's account.
pub(crate) fn family_phone(user: &str) -> String {
    phone_of(user, "family phone")
}

fn area_code(user: &str) -> &'static str {
    match Identity::of(user).city.id {
        "beijing" => "010",
        "shanghai" => "021",
        "shenzhen" => "0755",
        "guangzhou" => "020",
        _ => "0571",
    }
}

/// The user's broadband account number (宽带账号): area code and digits, 12 in all.
pub(crate) fn broadband_account(user: &str) -> String {
    let area = area_code(user);
    format!(
        "{area}{}",
        digits(user, "broadband", (12 - area.len()) as u32)
    )
}

fn operator_of(phone: &str) -> &'static Operator {
    OPERATORS
        .iter()
        .find(|o| o.prefixes.iter().any(|p| phone.starts_with(p)))
        .unwrap_or(&OPERATORS[0])
}

fn phone_arg<'a>(args: &Args<'a>) -> Result<&'a str, Failure> {
    let phone = args.str_opt("phone")?.ok_or_else(|| {
        fail(
            "phone_required",
            "`phone` is required: pass the 11-digit mobile number or save the user's own number",
        )
    })?;
    if phone.len() != 11 || !phone.starts_with('1') || !phone.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail(
            "invalid_argument",
            "`phone` must be an 11-digit mainland mobile number starting with 1",
        ));
    }
    Ok(phone)
}

fn broadband_arg<'a>(args: &Args<'a>) -> Result<&'a str, Failure> {
    let account = args.str_opt("broadband_account")?.ok_or_else(|| {
        fail(
            "broadband_account_required",
            "`broadband_account` is required: pass the broadband account number (宽带账号) or save a default",
        )
    })?;
    if !(10..=12).contains(&account.len()) || !account.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail(
            "invalid_argument",
            "`broadband_account` must be 10 to 12 digits (the 宽带账号 on the installation sheet or bill)",
        ));
    }
    Ok(account)
}

struct Line {
    phone: String,
    user_id: String,
    holder: String,
    operator: String,
    plan: String,
    plan_fee_fen: i64,
    balance_fen: i64,
    unpaid_fen: i64,
}

fn find_line(tx: &Transaction<'_>, phone: &str) -> crate::db::Result<Option<Line>> {
    tx.prepare_cached(
        "SELECT phone, user_id, holder, operator, plan, plan_fee_fen, balance_fen, unpaid_fen
         FROM sb_telecom_line WHERE phone = ?1",
    )?
    .query_row(params![phone], |r| {
        Ok(Line {
            phone: r.get(0)?,
            user_id: r.get(1)?,
            holder: r.get(2)?,
            operator: r.get(3)?,
            plan: r.get(4)?,
            plan_fee_fen: r.get(5)?,
            balance_fen: r.get(6)?,
            unpaid_fen: r.get(7)?,
        })
    })
    .optional()
}

fn phone_not_found(phone: &str, mine: bool) -> SbError {
    let what = if mine {
        "is not a number on the user's account (only the user's own number and family numbers can be looked up); a top-up can still be sent to it"
    } else {
        "is not a mobile number the operators know; check the number"
    };
    fail(
        "phone_not_found",
        format!("the number {} {what}", mask(phone)),
    )
    .into()
}

pub(crate) fn query_phone_bill(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let phone = phone_arg(args)?;
    let line = match find_line(tx, phone)? {
        Some(l) if l.user_id == ctx.user => l,
        _ => return Err(phone_not_found(phone, true)),
    };
    Ok(obj(json!({
        "phone_masked": mask(&line.phone),
        "holder": line.holder,
        "operator": line.operator,
        "plan": line.plan,
        "billing_month": ctx.now.format("%Y-%m").to_string(),
        "plan_fee": format_amount(line.plan_fee_fen),
        "plan_fee_fen": line.plan_fee_fen,
        "balance": format_amount(line.balance_fen),
        "balance_fen": line.balance_fen,
        "unpaid": format_amount(line.unpaid_fen),
        "unpaid_fen": line.unpaid_fen,
    })))
}

pub(crate) fn top_up_phone(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let phone = phone_arg(args)?;
    let card = wallet::card_arg(args)?;
    let allowed: Vec<String> = TOP_UP_YUAN.iter().map(i64::to_string).collect();
    let amount = args.amount_opt("amount")?.ok_or_else(|| {
        fail(
            "amount_required",
            format!("`amount` is required: one of {} yuan", allowed.join(", ")),
        )
    })?;
    if !TOP_UP_YUAN.iter().any(|y| y * 100 == amount) {
        return Err(fail(
            "invalid_amount",
            format!(
                "mobile top-ups come in fixed amounts; {} yuan is not one of them. Choose one of {} yuan",
                format_amount(amount),
                allowed.join(", ")
            ),
        )
        .into());
    }
    let Some(line) = find_line(tx, phone)? else {
        return Err(phone_not_found(phone, false));
    };
    wallet::charge(tx, ctx, card, amount)?;
    let cleared = amount.min(line.unpaid_fen);
    let balance = line.balance_fen + amount - cleared;
    tx.prepare_cached(
        "UPDATE sb_telecom_line SET unpaid_fen = unpaid_fen - ?2, balance_fen = ?3 WHERE phone = ?1",
    )?
    .execute(params![line.phone, cleared, balance])?;
    let order_no = wallet::reference("TU", ctx);
    let at = ctx.now_rfc3339();
    tx.prepare_cached(
        "INSERT INTO sb_telecom_topup (order_no, user_id, phone, card_no, amount_fen, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![order_no, ctx.user, line.phone, card, amount, at])?;
    let mut out = obj(json!({
        "order_no": order_no,
        "phone_masked": mask(&line.phone),
        "operator": line.operator,
        "amount": format_amount(amount),
        "amount_fen": amount,
        "unpaid_cleared": format_amount(cleared),
        "unpaid_cleared_fen": cleared,
        "card_masked": mask(card),
        "topped_up_at": at,
        "status": "success",
    }));
    // Only the caller's own lines show what is on them now.
    if line.user_id == ctx.user {
        out.insert("balance_after".into(), json!(format_amount(balance)));
        out.insert("balance_after_fen".into(), json!(balance));
    }
    Ok(out)
}

struct Broadband {
    account_no: String,
    operator: String,
    plan: String,
    speed_mbps: i64,
    annual_fee_fen: i64,
    expires_on: NaiveDate,
}

fn find_broadband(
    tx: &Transaction<'_>,
    ctx: &Ctx<'_>,
    account: &str,
) -> Result<Broadband, SbError> {
    let row: Option<(String, String, String, i64, i64, String)> = tx
        .prepare_cached(
            "SELECT account_no, operator, plan, speed_mbps, annual_fee_fen, expires_on
             FROM sb_telecom_broadband WHERE account_no = ?1 AND user_id = ?2",
        )?
        .query_row(params![account, ctx.user], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .optional()?;
    let Some((account_no, operator, plan, speed_mbps, annual_fee_fen, expires)) = row else {
        return Err(fail(
            "broadband_account_not_found",
            format!(
                "the user has no broadband account {}; check the 宽带账号 on the installation sheet or bill",
                mask(account)
            ),
        )
        .into());
    };
    let expires_on = NaiveDate::parse_from_str(&expires, "%Y-%m-%d")
        .map_err(|e| SbError::Sql(crate::db::Error::other(e)))?;
    Ok(Broadband {
        account_no,
        operator,
        plan,
        speed_mbps,
        annual_fee_fen,
        expires_on,
    })
}

fn due_fen(b: &Broadband, today: NaiveDate) -> i64 {
    if b.expires_on <= today + Duration::days(RENEWAL_WINDOW_DAYS) {
        b.annual_fee_fen
    } else {
        0
    }
}

pub(crate) fn query_broadband(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let account = broadband_arg(args)?;
    let b = find_broadband(tx, ctx, account)?;
    let today = ctx.now.date_naive();
    let due = due_fen(&b, today);
    Ok(obj(json!({
        "account_masked": mask(&b.account_no),
        "operator": b.operator,
        "plan": b.plan,
        "speed_mbps": b.speed_mbps,
        "expires_on": b.expires_on.format("%Y-%m-%d").to_string(),
        "status": if b.expires_on < today { "expired" } else { "active" },
        "renewal_months": RENEWAL_MONTHS,
        "renewal_fee": format_amount(b.annual_fee_fen),
        "renewal_fee_fen": b.annual_fee_fen,
        "due": format_amount(due),
        "due_fen": due,
    })))
}

pub(crate) fn pay_broadband(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let account = broadband_arg(args)?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?;
    let b = find_broadband(tx, ctx, account)?;
    wallet::available(tx, ctx, card)?;
    let today = ctx.now.date_naive();
    let due = due_fen(&b, today);
    if due == 0 {
        return Err(fail(
            "nothing_to_pay",
            format!(
                "broadband account {} runs until {} and no renewal is due yet (renewals open {RENEWAL_WINDOW_DAYS} days before expiry); nothing was paid",
                mask(&b.account_no),
                b.expires_on.format("%Y-%m-%d")
            ),
        )
        .into());
    }
    if let Some(a) = amount
        && a != due
    {
        return Err(fail(
            "amount_mismatch",
            format!(
                "the renewal due is {} yuan ({RENEWAL_MONTHS} months of {}), not {}; pay exactly the amount due or omit the amount",
                format_amount(due),
                b.plan,
                format_amount(a)
            ),
        )
        .into());
    }
    wallet::charge(tx, ctx, card, due)?;
    let from = b.expires_on.max(today);
    let new_expiry = from
        .checked_add_months(Months::new(RENEWAL_MONTHS))
        .unwrap_or(from + Duration::days(365));
    let new_s = new_expiry.format("%Y-%m-%d").to_string();
    tx.prepare_cached("UPDATE sb_telecom_broadband SET expires_on = ?2 WHERE account_no = ?1")?
        .execute(params![b.account_no, new_s])?;
    let receipt_no = wallet::reference("BB", ctx);
    let paid_at = ctx.now_rfc3339();
    tx.prepare_cached(
        "INSERT INTO sb_telecom_broadband_payment (receipt_no, user_id, account_no, card_no, amount_fen, paid_at, new_expiry)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![receipt_no, ctx.user, b.account_no, card, due, paid_at, new_s])?;
    Ok(obj(json!({
        "receipt_no": receipt_no,
        "account_masked": mask(&b.account_no),
        "operator": b.operator,
        "plan": b.plan,
        "amount": format_amount(due),
        "amount_fen": due,
        "card_masked": mask(card),
        "previous_expiry": b.expires_on.format("%Y-%m-%d").to_string(),
        "new_expiry": new_s,
        "paid_at": paid_at,
        "status": "paid",
    })))
}

fn seed_line(
    tx: &Transaction<'_>,
    user: &str,
    phone: &str,
    holder: &str,
    plan: (&str, i64),
    label: &str,
) -> crate::db::Result<()> {
    let h = number(user, label);
    // One line in five is in arrears (balance used up, something unpaid); the demo
    // user's own line never is.
    let arrears = h.is_multiple_of(5) && !(user == DEMO_USER && holder == "self");
    let (balance, unpaid) = if arrears {
        (0, 500 + ((h >> 8) % 5_500) as i64)
    } else {
        (100 + ((h >> 8) % 19_900) as i64, 0)
    };
    tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_telecom_line
             (phone, user_id, holder, operator, plan, plan_fee_fen, balance_fen, unpaid_fen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        phone,
        user,
        holder,
        operator_of(phone).name,
        plan.0,
        plan.1,
        balance,
        unpaid
    ])?;
    Ok(())
}

fn seed(
    tx: &Transaction<'_>,
    user: &str,
    now: chrono::DateTime<chrono::Local>,
) -> crate::db::Result<()> {
    let own = own_phone(user);
    seed_line(
        tx,
        user,
        &own,
        "self",
        PLANS[pick(PLANS, user, "phone plan")],
        "phone balance",
    )?;
    let family = family_phone(user);
    if family != own {
        seed_line(tx, user, &family, "family", FAMILY_PLAN, "family balance")?;
    }

    let (plan, speed, fee) = BROADBAND_PLANS[pick(BROADBAND_PLANS, user, "broadband plan")];
    let today = now.date_naive();
    let h = number(user, "broadband expiry");
    // The demo user and every second user are within the renewal window (from 5 days
    // expired to 19 days ahead); the others have 2 to 10 months left.
    let due = user == DEMO_USER || h.is_multiple_of(2);
    let expires = if due {
        today + Duration::days(((h >> 8) % 25) as i64 - 5)
    } else {
        today + Duration::days(60 + ((h >> 8) % 240) as i64)
    };
    let op = operator_of(&own);
    tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_telecom_broadband
             (account_no, user_id, operator, plan, speed_mbps, annual_fee_fen, expires_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        broadband_account(user),
        user,
        op.broadband,
        plan,
        speed,
        fee,
        expires.format("%Y-%m-%d").to_string()
    ])?;
    Ok(())
}

fn profile(user: &str) -> Vec<(String, String)> {
    vec![
        ("telecom.phone".into(), own_phone(user)),
        ("telecom.broadband_account".into(), broadband_account(user)),
    ]
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.telecom_bills",
    manifest: include_str!("../../tool-schemas/telecom_bills.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "telecom.query_phone_bill",
            params: &["phone"],
            kind: Kind::Read(query_phone_bill),
        },
        Route {
            action: "telecom.top_up_phone",
            params: &["phone", "amount", "card"],
            kind: Kind::Write(top_up_phone),
        },
        Route {
            action: "telecom.query_broadband",
            params: &["broadband_account"],
            kind: Kind::Read(query_broadband),
        },
        Route {
            action: "telecom.pay_broadband",
            params: &["broadband_account", "amount", "card"],
            kind: Kind::Write(pay_broadband),
        },
    ],
    seed: Some(seed),
    profile: Some(profile),
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::sandbox::tests::{failure, new_key, ok, ok_with_key, profile, sandbox};

    fn phone_args(user: &str) -> serde_json::Value {
        json!({"phone": profile(user, "telecom.phone")})
    }

    #[test]
    fn every_user_has_a_phone_line_and_broadband() {
        let sb = sandbox();
        for user in ["demo", "alice", "bob", "张三"] {
            let r = ok(&sb, user, "telecom.query_phone_bill", phone_args(user));
            assert_eq!(r["holder"], "self");
            assert!(r["operator"].as_str().unwrap().contains(' '));
            let b = ok(
                &sb,
                user,
                "telecom.query_broadband",
                json!({"broadband_account": profile(user, "telecom.broadband_account")}),
            );
            assert!(b["renewal_fee_fen"].as_i64().unwrap() > 0);
        }
        let b = ok(
            &sb,
            "demo",
            "telecom.query_broadband",
            json!({"broadband_account": profile("demo", "telecom.broadband_account")}),
        );
        assert!(b["due_fen"].as_i64().unwrap() > 0, "demo has a renewal due");
        // Reproducible on another store.
        let other = sandbox();
        assert_eq!(
            ok(
                &other,
                "alice",
                "telecom.query_phone_bill",
                phone_args("alice")
            )["balance"],
            ok(
                &sb,
                "alice",
                "telecom.query_phone_bill",
                phone_args("alice")
            )["balance"]
        );
    }

    #[test]
    fn top_up_adds_to_the_balance_and_only_fixed_amounts() {
        let sb = sandbox();
        let before = ok(&sb, "demo", "telecom.query_phone_bill", phone_args("demo"));
        let card = profile("demo", "payment.card");
        let phone = profile("demo", "telecom.phone");
        let r = ok(
            &sb,
            "demo",
            "telecom.top_up_phone",
            json!({"phone": phone, "amount": "50", "card": card}),
        );
        assert_eq!(r["amount"], "50.00");
        assert_eq!(
            r["balance_after_fen"].as_i64().unwrap(),
            before["balance_fen"].as_i64().unwrap() + 5_000
        );
        let after = ok(&sb, "demo", "telecom.query_phone_bill", phone_args("demo"));
        assert_eq!(after["balance_fen"], r["balance_after_fen"]);
        for bad in ["40", "50.5", "1000"] {
            let f = failure(
                &sb,
                "demo",
                "telecom.top_up_phone",
                json!({"phone": phone, "amount": bad, "card": card}),
            );
            assert_eq!(f.code, "invalid_amount");
            assert!(f.message.contains("30, 50, 100, 200, 300"));
        }
        let f = failure(
            &sb,
            "demo",
            "telecom.top_up_phone",
            json!({"phone": phone, "card": card}),
        );
        assert_eq!(f.code, "amount_required");
        let f = failure(
            &sb,
            "demo",
            "telecom.top_up_phone",
            json!({"phone": "10000000000", "amount": "30", "card": card}),
        );
        assert_eq!(f.code, "phone_not_found");
        let f = failure(
            &sb,
            "demo",
            "telecom.top_up_phone",
            json!({"phone": "1380013800", "amount": "30", "card": card}),
        );
        assert_eq!(f.code, "invalid_argument");
    }

    #[test]
    fn another_users_number_can_be_topped_up_but_not_looked_up() {
        let sb = sandbox();
        sb.ensure_user("alice");
        let alice_phone = profile("alice", "telecom.phone");
        let before = ok(
            &sb,
            "alice",
            "telecom.query_phone_bill",
            phone_args("alice"),
        );
        let f = failure(
            &sb,
            "demo",
            "telecom.query_phone_bill",
            json!({"phone": alice_phone}),
        );
        assert_eq!(f.code, "phone_not_found");
        let r = ok(
            &sb,
            "demo",
            "telecom.top_up_phone",
            json!({"phone": alice_phone, "amount": "100", "card": profile("demo", "payment.card")}),
        );
        assert!(
            r.get("balance_after").is_none(),
            "no view of another's line"
        );
        let after = ok(
            &sb,
            "alice",
            "telecom.query_phone_bill",
            phone_args("alice"),
        );
        let gained = after["balance_fen"].as_i64().unwrap()
            - before["balance_fen"].as_i64().unwrap()
            + before["unpaid_fen"].as_i64().unwrap()
            - after["unpaid_fen"].as_i64().unwrap();
        assert_eq!(gained, 10_000);
        // The family number on the demo user's account is visible to them.
        let fam = super::family_phone("demo");
        let r = ok(
            &sb,
            "demo",
            "telecom.query_phone_bill",
            json!({"phone": fam}),
        );
        assert_eq!(r["holder"], "family");
    }

    #[test]
    fn broadband_renewal_extends_expiry_once() {
        let sb = sandbox();
        let acct = profile("demo", "telecom.broadband_account");
        let card = profile("demo", "payment.card");
        let q = ok(
            &sb,
            "demo",
            "telecom.query_broadband",
            json!({"broadband_account": acct}),
        );
        let f = failure(
            &sb,
            "demo",
            "telecom.pay_broadband",
            json!({"broadband_account": acct, "card": card, "amount": "1.00"}),
        );
        assert_eq!(f.code, "amount_mismatch");
        let key = new_key();
        let r = ok_with_key(
            &sb,
            "demo",
            "telecom.pay_broadband",
            json!({"broadband_account": acct, "card": card}),
            &key,
        );
        assert_eq!(r["amount"], q["due"]);
        assert!(r["new_expiry"].as_str() > q["expires_on"].as_str());
        let q2 = ok(
            &sb,
            "demo",
            "telecom.query_broadband",
            json!({"broadband_account": acct}),
        );
        assert_eq!(q2["due"], "0.00");
        assert_eq!(q2["status"], "active");
        let f = failure(
            &sb,
            "demo",
            "telecom.pay_broadband",
            json!({"broadband_account": acct, "card": card}),
        );
        assert_eq!(f.code, "nothing_to_pay");
        // Someone else's account is not found.
        let f = failure(
            &sb,
            "alice",
            "telecom.query_broadband",
            json!({"broadband_account": acct}),
        );
        assert_eq!(f.code, "broadband_account_not_found");
    }
}
