//! 信用卡账单与还款: the user's credit card statement, repayment from their debit
//! card, instalment quotes (账单分期) and the credit limit.
//!
//! The credit card is the one the core seed gives every user (`Identity::credit_card`,
//! a `credit` row of `sb_card` whose `available_fen` is the available credit). Its
//! statement and limits live here. A repayment may be any amount from 0.01 up to what
//! is still owed on the current statement; it restores the available credit by the
//! same amount. Only the caller's own credit cards are found.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Duration, Local, NaiveDate};
use serde_json::{Value, json};

use super::money::{div_round, format_4dp, format_amount, mask};
use super::seed::{DEMO_USER, Identity, number};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_credit_card_account (
    card_no          TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL,
    credit_limit_fen INTEGER NOT NULL,
    temp_limit_fen   INTEGER NOT NULL,   -- extra temporary limit (临时额度), 0 when none
    temp_limit_until TEXT,               -- YYYY-MM-DD, last day of the temporary limit
    statement_date   TEXT NOT NULL,      -- YYYY-MM-DD (账单日)
    due_date         TEXT NOT NULL,      -- YYYY-MM-DD (到期还款日)
    statement_fen    INTEGER NOT NULL,   -- statement balance (本期应还)
    min_payment_fen  INTEGER NOT NULL,   -- minimum payment (最低还款额)
    repaid_fen       INTEGER NOT NULL,   -- repaid against this statement
    unbilled_fen     INTEGER NOT NULL    -- spending since the statement (未出账单)
);
CREATE TABLE IF NOT EXISTS sb_credit_card_repayment (
    receipt_no  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    card_no     TEXT NOT NULL,
    source_card TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL,
    repaid_at   TEXT NOT NULL
);
";

/// Instalment plans offered: (instalments, fee rate per instalment in 1/10000).
const INSTALMENTS: &[(i64, i64)] = &[(3, 75), (6, 70), (12, 66), (24, 65)];
/// The smallest statement balance that can be split into instalments, fen.
const MIN_INSTALMENT_PRINCIPAL: i64 = 50_000;
/// The credit limit is a multiple of this, fen.
const LIMIT_STEP: i64 = 500_000;

struct Account {
    card_no: String,
    product: String,
    available_fen: i64,
    credit_limit_fen: i64,
    temp_limit_fen: i64,
    temp_limit_until: Option<String>,
    statement_date: String,
    due_date: String,
    statement_fen: i64,
    min_payment_fen: i64,
    repaid_fen: i64,
    unbilled_fen: i64,
}

impl Account {
    fn remaining(&self) -> i64 {
        (self.statement_fen - self.repaid_fen).max(0)
    }

    fn minimum_remaining(&self) -> i64 {
        (self.min_payment_fen - self.repaid_fen).max(0)
    }
}

fn card_param<'a>(args: &Args<'a>) -> Result<&'a str, Failure> {
    let card = args.str_opt("credit_card")?.ok_or_else(|| {
        fail(
            "credit_card_required",
            "`credit_card` is required: pass the 16-digit credit card number or save the user's credit card",
        )
    })?;
    if card.len() != 16 || !card.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail(
            "invalid_argument",
            "`credit_card` must be the 16-digit credit card number",
        ));
    }
    Ok(card)
}

fn find(tx: &Transaction<'_>, ctx: &Ctx<'_>, card: &str) -> Result<Account, SbError> {
    let row = tx
        .prepare_cached(
            "SELECT a.card_no, c.product, c.available_fen, a.credit_limit_fen, a.temp_limit_fen,
                    a.temp_limit_until, a.statement_date, a.due_date, a.statement_fen,
                    a.min_payment_fen, a.repaid_fen, a.unbilled_fen
             FROM sb_credit_card_account a JOIN sb_card c ON c.card_no = a.card_no
             WHERE a.card_no = ?1 AND a.user_id = ?2 AND c.user_id = ?2 AND c.kind = 'credit'",
        )?
        .query_row(params![card, ctx.user], |r| {
            Ok(Account {
                card_no: r.get(0)?,
                product: r.get(1)?,
                available_fen: r.get(2)?,
                credit_limit_fen: r.get(3)?,
                temp_limit_fen: r.get(4)?,
                temp_limit_until: r.get(5)?,
                statement_date: r.get(6)?,
                due_date: r.get(7)?,
                statement_fen: r.get(8)?,
                min_payment_fen: r.get(9)?,
                repaid_fen: r.get(10)?,
                unbilled_fen: r.get(11)?,
            })
        })
        .optional()?;
    row.ok_or_else(|| {
        fail(
            "card_not_found",
            format!(
                "{} is not one of the user's credit cards; check the card number",
                mask(card)
            ),
        )
        .into()
    })
}

fn status(a: &Account, today: NaiveDate) -> &'static str {
    let overdue = NaiveDate::parse_from_str(&a.due_date, "%Y-%m-%d").is_ok_and(|d| d < today);
    if a.remaining() == 0 {
        "paid"
    } else if a.minimum_remaining() == 0 {
        "minimum_paid"
    } else if overdue {
        "overdue"
    } else {
        "unpaid"
    }
}

pub(crate) fn query_statement(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let a = find(tx, ctx, card_param(args)?)?;
    Ok(obj(json!({
        "card_masked": mask(&a.card_no),
        "card_product": a.product,
        "statement_date": a.statement_date,
        "due_date": a.due_date,
        "statement_balance": format_amount(a.statement_fen),
        "statement_balance_fen": a.statement_fen,
        "minimum_payment": format_amount(a.min_payment_fen),
        "minimum_payment_fen": a.min_payment_fen,
        "repaid": format_amount(a.repaid_fen),
        "repaid_fen": a.repaid_fen,
        "remaining": format_amount(a.remaining()),
        "remaining_fen": a.remaining(),
        "minimum_remaining": format_amount(a.minimum_remaining()),
        "minimum_remaining_fen": a.minimum_remaining(),
        "status": status(&a, ctx.now.date_naive()),
    })))
}

pub(crate) fn repay_card(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let credit = card_param(args)?;
    let source = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?;
    let a = find(tx, ctx, credit)?;
    if source == a.card_no {
        return Err(fail(
            "same_card",
            "a credit card cannot be repaid from itself; the repayment is taken from the user's debit card",
        )
        .into());
    }
    wallet::available(tx, ctx, source)?;
    let kind: Option<String> = tx
        .prepare_cached("SELECT kind FROM sb_card WHERE card_no = ?1 AND user_id = ?2")?
        .query_row(params![source, ctx.user], |r| r.get(0))
        .optional()?;
    if kind.as_deref() != Some("debit") {
        return Err(fail(
            "source_not_debit",
            "repayments are taken from a debit card; the payment card is a credit card. Set a debit card as the payment card in the bank app",
        )
        .into());
    }
    let owed = a.remaining();
    if owed == 0 {
        return Err(fail(
            "nothing_to_pay",
            format!(
                "the statement of credit card {} is fully repaid; nothing was paid",
                mask(&a.card_no)
            ),
        )
        .into());
    }
    let pay = match amount {
        None => owed,
        Some(0) => return Err(fail("invalid_amount", "the amount must be at least 0.01").into()),
        Some(x) if x > owed => {
            return Err(fail(
                "amount_exceeds_owed",
                format!(
                    "{} is more than the {} yuan still owed on the statement; repay at most that (or omit the amount to repay it all)",
                    format_amount(x),
                    format_amount(owed)
                ),
            )
            .into());
        }
        Some(x) => x,
    };
    wallet::charge(tx, ctx, source, pay)?;
    tx.prepare_cached(
        "UPDATE sb_credit_card_account SET repaid_fen = repaid_fen + ?2 WHERE card_no = ?1",
    )?
    .execute(params![a.card_no, pay])?;
    // The repayment frees the same amount of credit.
    wallet::credit(tx, ctx, &a.card_no, pay)?;
    let receipt_no = wallet::reference("CR", ctx);
    let at = ctx.now_rfc3339();
    tx.prepare_cached(
        "INSERT INTO sb_credit_card_repayment (receipt_no, user_id, card_no, source_card, amount_fen, repaid_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![receipt_no, ctx.user, a.card_no, source, pay, at])?;
    let after = find(tx, ctx, &a.card_no)?;
    Ok(obj(json!({
        "receipt_no": receipt_no,
        "card_masked": mask(&a.card_no),
        "source_card_masked": mask(source),
        "amount": format_amount(pay),
        "amount_fen": pay,
        "repaid_at": at,
        "remaining": format_amount(after.remaining()),
        "remaining_fen": after.remaining(),
        "minimum_remaining": format_amount(after.minimum_remaining()),
        "minimum_remaining_fen": after.minimum_remaining(),
        "available_credit": format_amount(after.available_fen),
        "available_credit_fen": after.available_fen,
        "status": "repaid",
    })))
}

fn int_opt(args: &Args<'_>, name: &str) -> Result<Option<i64>, Failure> {
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

/// One instalment plan of `principal` fen: fees and instalments in whole fen; the
/// remainders of the division go into the first instalment.
fn plan(principal: i64, n: i64, rate: i64) -> Value {
    let total_fee = div_round(
        i128::from(principal) * i128::from(rate) * i128::from(n),
        10_000,
    ) as i64;
    let regular = principal / n + total_fee / n;
    let first = regular + principal % n + total_fee % n;
    json!({
        "instalments": n,
        "fee_rate_per_period": format_4dp(rate),
        "total_fee": format_amount(total_fee),
        "total_fee_fen": total_fee,
        "first_instalment": format_amount(first),
        "first_instalment_fen": first,
        "per_instalment": format_amount(regular),
        "per_instalment_fen": regular,
        "total_repayable": format_amount(principal + total_fee),
        "total_repayable_fen": principal + total_fee,
    })
}

pub(crate) fn installment_quote(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let card = card_param(args)?;
    let wanted = int_opt(args, "instalments")?;
    if let Some(n) = wanted
        && !INSTALMENTS.iter().any(|(k, _)| *k == n)
    {
        return Err(fail(
            "invalid_argument",
            "`instalments` must be one of 3, 6, 12, 24",
        )
        .into());
    }
    let a = find(tx, ctx, card)?;
    let principal = a.remaining();
    if principal < MIN_INSTALMENT_PRINCIPAL {
        return Err(fail(
            "amount_too_small",
            format!(
                "the statement still owes {} yuan; only statements of at least {} yuan can be split into instalments",
                format_amount(principal),
                format_amount(MIN_INSTALMENT_PRINCIPAL)
            ),
        )
        .into());
    }
    let options: Vec<Value> = INSTALMENTS
        .iter()
        .filter(|(n, _)| wanted.is_none_or(|w| w == *n))
        .map(|(n, rate)| plan(principal, *n, *rate))
        .collect();
    Ok(obj(json!({
        "card_masked": mask(&a.card_no),
        "statement_date": a.statement_date,
        "principal": format_amount(principal),
        "principal_fen": principal,
        "options": options,
    })))
}

pub(crate) fn query_credit_limit(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let a = find(tx, ctx, card_param(args)?)?;
    let today = ctx.now.date_naive().format("%Y-%m-%d").to_string();
    let temp_active = a
        .temp_limit_until
        .as_deref()
        .is_some_and(|u| u >= today.as_str());
    let temp = if temp_active { a.temp_limit_fen } else { 0 };
    let used = a.remaining() + a.unbilled_fen;
    let mut out = obj(json!({
        "card_masked": mask(&a.card_no),
        "card_product": a.product,
        "credit_limit": format_amount(a.credit_limit_fen),
        "credit_limit_fen": a.credit_limit_fen,
        "available_credit": format_amount(a.available_fen),
        "available_credit_fen": a.available_fen,
        "used": format_amount(used),
        "used_fen": used,
        "unbilled": format_amount(a.unbilled_fen),
        "unbilled_fen": a.unbilled_fen,
        "temporary_limit": format_amount(temp),
        "temporary_limit_fen": temp,
    }));
    if temp_active && let Some(u) = a.temp_limit_until {
        out.insert("temporary_limit_until".into(), json!(u));
    }
    Ok(out)
}

fn seed(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let card = Identity::of(user).credit_card;
    let available: Option<i64> = tx
        .prepare_cached(
            "SELECT available_fen FROM sb_card WHERE card_no = ?1 AND user_id = ?2 AND kind = 'credit'",
        )?
        .query_row(params![card, user], |r| r.get(0))
        .optional()?;
    let Some(available) = available else {
        // The number belongs to someone else: leave it alone.
        return Ok(());
    };
    let today = now.date_naive();
    let h = number(user, "credit statement");
    // The demo user and three users in four have a statement of 500 to 12,000 yuan.
    let statement = if user == DEMO_USER || !h.is_multiple_of(4) {
        50_000 + ((h >> 8) % 1_150_000) as i64
    } else {
        0
    };
    let minimum = div_round(i128::from(statement) * 10, 100) as i64;
    let unbilled = (number(user, "credit unbilled") % 300_000) as i64;
    let needed = available + statement + unbilled;
    let limit = (needed + LIMIT_STEP - 1) / LIMIT_STEP * LIMIT_STEP;
    let t = number(user, "credit temporary limit");
    let (temp, until) = if t.is_multiple_of(3) {
        let until = today + Duration::days(30 + ((t >> 16) % 60) as i64);
        (
            LIMIT_STEP * (1 + ((t >> 8) % 4) as i64),
            Some(until.format("%Y-%m-%d").to_string()),
        )
    } else {
        (0, None)
    };
    let statement_date = today - Duration::days(1 + ((h >> 40) % 20) as i64);
    let due_date = statement_date + Duration::days(25);
    tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_credit_card_account
             (card_no, user_id, credit_limit_fen, temp_limit_fen, temp_limit_until, statement_date,
              due_date, statement_fen, min_payment_fen, repaid_fen, unbilled_fen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10)",
    )?
    .execute(params![
        card,
        user,
        limit,
        temp,
        until,
        statement_date.format("%Y-%m-%d").to_string(),
        due_date.format("%Y-%m-%d").to_string(),
        statement,
        minimum,
        unbilled
    ])?;
    Ok(())
}

fn profile(user: &str) -> Vec<(String, String)> {
    vec![("credit_card.number".into(), Identity::of(user).credit_card)]
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.card_bills",
    manifest: include_str!("../../tool-schemas/card_bills.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "credit_card.query_statement",
            params: &["credit_card"],
            kind: Kind::Read(query_statement),
        },
        Route {
            action: "credit_card.repay_card",
            params: &["credit_card", "amount", "card"],
            kind: Kind::Write(repay_card),
        },
        Route {
            action: "credit_card.installment_quote",
            params: &["credit_card", "instalments"],
            kind: Kind::Read(installment_quote),
        },
        Route {
            action: "credit_card.query_credit_limit",
            params: &["credit_card"],
            kind: Kind::Read(query_credit_limit),
        },
    ],
    seed: Some(seed),
    profile: Some(profile),
};

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::sandbox::tests::{failure, ok, profile, sandbox};

    fn cc(user: &str) -> Value {
        json!({"credit_card": profile(user, "credit_card.number")})
    }

    fn repay(user: &str, amount: Option<&str>) -> Value {
        let mut v = json!({
            "credit_card": profile(user, "credit_card.number"),
            "card": profile(user, "payment.card"),
        });
        if let Some(a) = amount {
            v["amount"] = json!(a);
        }
        v
    }

    fn fen(v: &Value) -> i64 {
        v.as_i64().unwrap()
    }

    #[test]
    fn limits_are_consistent_for_every_user() {
        let sb = sandbox();
        for user in ["demo", "alice", "bob", "张三", "user-42"] {
            let s = ok(&sb, user, "credit_card.query_statement", cc(user));
            let l = ok(&sb, user, "credit_card.query_credit_limit", cc(user));
            assert!(
                fen(&l["credit_limit_fen"])
                    >= fen(&l["available_credit_fen"]) + fen(&l["used_fen"])
            );
            assert_eq!(fen(&l["credit_limit_fen"]) % super::LIMIT_STEP, 0);
            assert!(fen(&s["minimum_payment_fen"]) <= fen(&s["statement_balance_fen"]));
            assert!(s["due_date"].as_str() > s["statement_date"].as_str());
        }
        let s = ok(&sb, "demo", "credit_card.query_statement", cc("demo"));
        assert!(fen(&s["remaining_fen"]) >= super::MIN_INSTALMENT_PRINCIPAL);
        assert_eq!(s["status"], "unpaid");
    }

    #[test]
    fn partial_then_full_repayment_restores_credit() {
        let sb = sandbox();
        let s = ok(&sb, "demo", "credit_card.query_statement", cc("demo"));
        let l = ok(&sb, "demo", "credit_card.query_credit_limit", cc("demo"));
        let owed = fen(&s["remaining_fen"]);
        let f = failure(
            &sb,
            "demo",
            "credit_card.repay_card",
            repay("demo", Some(&super::format_amount(owed + 1))),
        );
        assert_eq!(f.code, "amount_exceeds_owed");
        let f = failure(
            &sb,
            "demo",
            "credit_card.repay_card",
            repay("demo", Some("0")),
        );
        assert_eq!(f.code, "invalid_amount");
        let r = ok(
            &sb,
            "demo",
            "credit_card.repay_card",
            repay("demo", Some("0.01")),
        );
        assert_eq!(fen(&r["remaining_fen"]), owed - 1);
        assert_eq!(
            fen(&r["available_credit_fen"]),
            fen(&l["available_credit_fen"]) + 1
        );
        let r = ok(&sb, "demo", "credit_card.repay_card", repay("demo", None));
        assert_eq!(fen(&r["amount_fen"]), owed - 1);
        assert_eq!(r["remaining"], "0.00");
        assert_eq!(
            fen(&r["available_credit_fen"]),
            fen(&l["available_credit_fen"]) + owed
        );
        let s = ok(&sb, "demo", "credit_card.query_statement", cc("demo"));
        assert_eq!(s["status"], "paid");
        let f = failure(&sb, "demo", "credit_card.repay_card", repay("demo", None));
        assert_eq!(f.code, "nothing_to_pay");
        let f = failure(&sb, "demo", "credit_card.installment_quote", cc("demo"));
        assert_eq!(f.code, "amount_too_small");
    }

    #[test]
    fn cards_must_be_the_users_own_and_not_the_same() {
        let sb = sandbox();
        sb.ensure_user("alice");
        let f = failure(&sb, "demo", "credit_card.query_statement", cc("alice"));
        assert_eq!(f.code, "card_not_found");
        let mut v = repay("demo", None);
        v["card"] = v["credit_card"].clone();
        let f = failure(&sb, "demo", "credit_card.repay_card", v);
        assert_eq!(f.code, "same_card");
        let mut v = repay("demo", None);
        v["card"] = json!(profile("alice", "payment.card"));
        let f = failure(&sb, "demo", "credit_card.repay_card", v);
        assert_eq!(f.code, "card_not_found");
    }

    #[test]
    fn instalment_fees_are_whole_fen_and_add_up() {
        assert_eq!(
            super::plan(100_000, 3, 75),
            json!({
                "instalments": 3, "fee_rate_per_period": "0.0075",
                "total_fee": "22.50", "total_fee_fen": 2_250,
                "first_instalment": "340.84", "first_instalment_fen": 34_084,
                "per_instalment": "340.83", "per_instalment_fen": 34_083,
                "total_repayable": "1022.50", "total_repayable_fen": 102_250,
            })
        );
        let sb = sandbox();
        let q = ok(&sb, "demo", "credit_card.installment_quote", cc("demo"));
        let principal = fen(&q["principal_fen"]);
        let options = q["options"].as_array().unwrap();
        assert_eq!(options.len(), 4);
        for o in options {
            let n = fen(&o["instalments"]);
            assert_eq!(
                fen(&o["first_instalment_fen"]) + (n - 1) * fen(&o["per_instalment_fen"]),
                principal + fen(&o["total_fee_fen"])
            );
        }
        let mut one = cc("demo");
        one["instalments"] = json!(12);
        let q = ok(&sb, "demo", "credit_card.installment_quote", one);
        assert_eq!(q["options"].as_array().unwrap().len(), 1);
        assert_eq!(q["options"][0]["fee_rate_per_period"], "0.0066");
        let mut bad = cc("demo");
        bad["instalments"] = json!(5);
        assert_eq!(
            failure(&sb, "demo", "credit_card.installment_quote", bad).code,
            "invalid_argument"
        );
    }
}
