//! 生活缴费: utility bills (query, pay).
//!
//! Any existing account may be queried and paid (paying a parent's bill is a
//! feature); the card must be the caller's own. Payments settle unpaid bills oldest
//! first and must cover whole bills.

use crate::db::{OptionalExtension, Transaction, params};
use serde_json::{Value, json};

use super::money::{format_amount, mask};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, data, fail, obj, wallet};

struct Account {
    account_no: String,
    payee: String,
}

struct Bill {
    bill_id: String,
    period: String,
    amount_fen: i64,
    status: String,
    due_date: String,
    paid_at: Option<String>,
}

const ACCOUNT_PATTERN: &str = "8 to 20 digits";

fn account_arg<'a>(args: &Args<'a>) -> Result<&'a str, Failure> {
    let account_no = args.str_opt("account_no")?.ok_or_else(|| {
        fail(
            "account_required",
            "`account_no` is required: pass the utility account number (户号) or save a default for this utility",
        )
    })?;
    if !(8..=20).contains(&account_no.len()) || !account_no.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail(
            "invalid_argument",
            format!("`account_no` must be {ACCOUNT_PATTERN} (the 户号 printed on the bill)"),
        ));
    }
    Ok(account_no)
}

fn find_account(tx: &Transaction<'_>, utility: &str, account_no: &str) -> Result<Account, SbError> {
    let found = tx
        .prepare_cached("SELECT account_no, payee FROM sb_utility_account WHERE account_no = ?1 AND utility = ?2")?
        .query_row(params![account_no, utility], |r| {
            Ok(Account {
                account_no: r.get(0)?,
                payee: r.get(1)?,
            })
        })
        .optional()?;
    found.ok_or_else(|| {
        SbError::Fail(fail(
            "account_not_found",
            format!(
                "there is no {utility} account with number {}; check the utility and the account number (户号) on the bill",
                mask(account_no)
            ),
        ))
    })
}

/// The account's bills, oldest first; `unpaid_only` limits to unpaid ones.
fn bills(tx: &Transaction<'_>, account_no: &str, filter: &str) -> crate::db::Result<Vec<Bill>> {
    let mut stmt = tx.prepare_cached(
        "SELECT bill_id, period, amount_fen, status, due_date, paid_at FROM sb_bill
         WHERE account_no = ?1 AND (?2 = 'all' OR status = ?2) ORDER BY period",
    )?;
    let rows = stmt.query_map(params![account_no, filter], |r| {
        Ok(Bill {
            bill_id: r.get(0)?,
            period: r.get(1)?,
            amount_fen: r.get(2)?,
            status: r.get(3)?,
            due_date: r.get(4)?,
            paid_at: r.get(5)?,
        })
    })?;
    rows.collect()
}

fn bill_json(b: &Bill) -> Value {
    let mut o = json!({
        "bill_id": b.bill_id,
        "period": b.period,
        "amount": format_amount(b.amount_fen),
        "amount_fen": b.amount_fen,
        "status": b.status,
        "due_date": b.due_date,
    });
    if let Some(p) = &b.paid_at {
        o["paid_at"] = json!(p);
    }
    o
}

pub(crate) fn query_bills(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    _ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let utility = args.choice_req("utility", data::UTILITIES)?;
    let account_no = account_arg(args)?;
    let filter = args
        .choice("status", &["unpaid", "paid", "all"])?
        .unwrap_or("unpaid");
    let account = find_account(tx, utility, account_no)?;
    let listed = bills(tx, &account.account_no, filter)?;
    let outstanding: i64 = bills(tx, &account.account_no, "unpaid")?
        .iter()
        .map(|b| b.amount_fen)
        .sum();
    Ok(obj(json!({
        "utility": utility,
        "account_no_masked": mask(&account.account_no),
        "payee": account.payee,
        "bills": listed.iter().map(bill_json).collect::<Vec<_>>(),
        "outstanding": format_amount(outstanding),
        "outstanding_fen": outstanding,
    })))
}

pub(crate) fn pay_bill(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let utility = args.choice_req("utility", data::UTILITIES)?;
    let account_no = account_arg(args)?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?;
    let account = find_account(tx, utility, account_no)?;

    wallet::available(tx, ctx, card)?;

    let unpaid = bills(tx, &account.account_no, "unpaid")?;
    if unpaid.is_empty() {
        return Err(fail(
            "nothing_to_pay",
            format!(
                "the {utility} account {} has no unpaid bills; nothing was paid",
                mask(&account.account_no)
            ),
        )
        .into());
    }
    let outstanding: i64 = unpaid.iter().map(|b| b.amount_fen).sum();
    // The payable amounts: the oldest bill, the two oldest, ..., everything.
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
        Some(a) if a > outstanding => {
            return Err(fail(
                "amount_exceeds_outstanding",
                format!(
                    "{} is more than the {} yuan outstanding; pay at most the outstanding total (or omit the amount to pay it all)",
                    format_amount(a),
                    format_amount(outstanding)
                ),
            )
            .into());
        }
        Some(a) if prefixes.contains(&a) => a,
        Some(a) => {
            let options: Vec<String> = prefixes
                .iter()
                .zip(&unpaid)
                .map(|(sum, b)| format!("{} (bills up to {})", format_amount(*sum), b.period))
                .collect();
            return Err(fail(
                "amount_mismatch",
                format!(
                    "{} does not settle whole bills (bills are paid oldest first); pay one of: {}; or omit the amount to pay the outstanding {}",
                    format_amount(a),
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
    let paid_at = ctx.now_rfc3339();
    wallet::charge(tx, ctx, card, pay)?;
    let receipt_no = wallet::reference("RC", ctx);
    tx.prepare_cached(
        "INSERT INTO sb_receipt (receipt_no, user_id, utility, account_no, card_no, amount_fen, paid_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![receipt_no, ctx.user, utility, account.account_no, card, pay, paid_at])?;
    let mut mark = tx.prepare_cached(
        "UPDATE sb_bill SET status = 'paid', paid_at = ?2, receipt_no = ?3 WHERE bill_id = ?1 AND status = 'unpaid'",
    )?;
    for b in settled {
        mark.execute(params![b.bill_id, paid_at, receipt_no])?;
    }
    let remaining = outstanding - pay;
    Ok(obj(json!({
        "receipt_no": receipt_no,
        "utility": utility,
        "payee": account.payee,
        "account_no_masked": mask(&account.account_no),
        "card_masked": mask(card),
        "amount": format_amount(pay),
        "amount_fen": pay,
        "bills_paid": settled.iter().map(|b| b.bill_id.clone()).collect::<Vec<_>>(),
        "paid_at": paid_at,
        "status": "paid",
        "remaining_outstanding": format_amount(remaining),
        "remaining_outstanding_fen": remaining,
    })))
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.utility_bills",
    manifest: include_str!("../../tool-schemas/utility_bills.json"),
    schema: "",
    routes: &[
        Route {
            action: "utility.query_bills",
            params: &["utility", "account_no", "status"],
            kind: Kind::Read(query_bills),
        },
        Route {
            action: "utility.pay_bill",
            params: &["utility", "account_no", "amount", "card"],
            kind: Kind::Write(pay_bill),
        },
    ],
    seed: None,
    profile: None,
};
