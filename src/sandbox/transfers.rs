//! 转账汇款: transfers to the user's saved payees (收款人).
//!
//! The saved payees are a pure function of the user id ([`payees`]), shared with the
//! red packets program (its contacts are these payees). A transfer goes to one saved
//! payee, 0.01 to 50,000.00 yuan, from the user's own card, and settles at once
//! (same bank: internal; other banks: real-time interbank, 超级网银). Each user's
//! history starts with two earlier transfers (seeded), shown as the payees' last
//! transfer.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Duration, Local};
use serde_json::{Value, json};

use super::money::{format_amount, mask};
use super::seed::{self, digits, number, with_luhn};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

/// Most per transfer, fen (50,000.00 yuan).
const MAX_TRANSFER_FEN: i64 = 5_000_000;
const MEMO_MAX_CHARS: usize = 30;

/// One of the user's saved payees (收款人).
pub(crate) struct Payee {
    pub payee_id: String,
    /// The account holder's name (Chinese and pinyin).
    pub name: &'static str,
    /// How the user calls them in the app (妈妈 Mum, 房东 Landlord, ...).
    pub alias: &'static str,
    pub bank: &'static str,
    pub account_no: String,
}

impl Payee {
    pub fn same_bank(&self) -> bool {
        self.bank == BANKS[0].0
    }
}

const NAMES: &[&str] = &[
    "张伟 Zhang Wei",
    "李娜 Li Na",
    "王芳 Wang Fang",
    "刘洋 Liu Yang",
    "陈静 Chen Jing",
    "赵磊 Zhao Lei",
    "孙丽 Sun Li",
    "周杰 Zhou Jie",
    "吴敏 Wu Min",
    "郑浩 Zheng Hao",
    "黄蕾 Huang Lei",
];

const ALIASES: &[&str] = &[
    "妈妈 Mum",
    "爸爸 Dad",
    "房东 Landlord",
    "同事 Colleague",
    "好友 Friend",
    "姐姐 Sister",
    "表弟 Cousin",
];

/// Banks: (name, the first six digits of their account numbers).
const BANKS: &[(&str, &str)] = &[
    ("示范银行 Demo Bank", "622202"),
    ("招商银行 China Merchants Bank", "622588"),
    ("中国工商银行 ICBC", "622208"),
    ("中国建设银行 China Construction Bank", "621700"),
    ("中国农业银行 Agricultural Bank of China", "622848"),
    ("中国银行 Bank of China", "621661"),
];

/// The user's saved payees: four or five, a pure function of the user id.
pub(crate) fn payees(user: &str) -> Vec<Payee> {
    let count = 4 + (number(user, "payee count") % 2) as usize;
    let names_from = (number(user, "payee names") % NAMES.len() as u64) as usize;
    let aliases_from = (number(user, "payee aliases") % ALIASES.len() as u64) as usize;
    let id_stem = digits(user, "payee ids", 6);
    (0..count)
        .map(|k| {
            let (bank, bin) =
                BANKS[(number(user, &format!("payee bank {k}")) % BANKS.len() as u64) as usize];
            Payee {
                payee_id: format!("PY{id_stem}{:02}", k + 1),
                // NAMES has 11 entries: stepping by 3 visits 11 distinct names.
                name: NAMES[(names_from + 3 * k) % NAMES.len()],
                alias: ALIASES[(aliases_from + k) % ALIASES.len()],
                bank,
                account_no: with_luhn(&format!(
                    "{bin}{}",
                    digits(user, &format!("payee account {k}"), 12)
                )),
            }
        })
        .collect()
}

/// The payee `payee_id` of `user`, if it is one of theirs.
pub(crate) fn payee(user: &str, payee_id: &str) -> Option<Payee> {
    payees(user).into_iter().find(|p| p.payee_id == payee_id)
}

/// Whether `s` has the shape of a payee id (PY and 8 digits).
pub(crate) fn payee_id_shape(s: &str) -> bool {
    s.len() == 10 && s.starts_with("PY") && s[2..].bytes().all(|b| b.is_ascii_digit())
}

/// An optional free text of at most `max` characters, without control characters.
pub(crate) fn short_text<'a>(
    args: &Args<'a>,
    name: &str,
    max: usize,
) -> Result<Option<&'a str>, Failure> {
    let Some(s) = args.str_opt(name)? else {
        return Ok(None);
    };
    if s.chars().count() > max || s.chars().any(char::is_control) {
        return Err(fail(
            "invalid_argument",
            format!("`{name}` must be at most {max} characters, on one line"),
        ));
    }
    Ok(Some(s).filter(|s| !s.trim().is_empty()))
}

fn channel(p: &Payee) -> &'static str {
    if p.same_bank() {
        "intra_bank"
    } else {
        "interbank_realtime"
    }
}

struct Row {
    reference: String,
    payee_id: String,
    payee_name: String,
    bank: String,
    account_masked: String,
    card_no: String,
    amount_fen: i64,
    memo: String,
    channel: String,
    status: String,
    created_at: String,
    completed_at: Option<String>,
}

const ROW_COLUMNS: &str = "reference, payee_id, payee_name, bank, account_masked, card_no, amount_fen, memo, channel, status, created_at, completed_at";

fn row(r: &crate::db::Row<'_>) -> crate::db::Result<Row> {
    Ok(Row {
        reference: r.get(0)?,
        payee_id: r.get(1)?,
        payee_name: r.get(2)?,
        bank: r.get(3)?,
        account_masked: r.get(4)?,
        card_no: r.get(5)?,
        amount_fen: r.get(6)?,
        memo: r.get(7)?,
        channel: r.get(8)?,
        status: r.get(9)?,
        created_at: r.get(10)?,
        completed_at: r.get(11)?,
    })
}

fn transfer_json(t: &Row) -> Value {
    let mut o = json!({
        "reference": t.reference,
        "payee_id": t.payee_id,
        "payee_name": t.payee_name,
        "bank": t.bank,
        "account_masked": t.account_masked,
        "card_masked": mask(&t.card_no),
        "amount": format_amount(t.amount_fen),
        "amount_fen": t.amount_fen,
        "channel": t.channel,
        "status": t.status,
        "created_at": t.created_at,
    });
    if !t.memo.is_empty() {
        o["memo"] = json!(t.memo);
    }
    if let Some(c) = &t.completed_at {
        o["completed_at"] = json!(c);
    }
    o
}

fn insert(tx: &Transaction<'_>, user: &str, t: &Row) -> crate::db::Result<usize> {
    tx.prepare_cached(&format!(
        "INSERT OR IGNORE INTO sb_transfers_transfer (user_id, {ROW_COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    ))?
    .execute(params![
        user,
        t.reference,
        t.payee_id,
        t.payee_name,
        t.bank,
        t.account_masked,
        t.card_no,
        t.amount_fen,
        t.memo,
        t.channel,
        t.status,
        t.created_at,
        t.completed_at
    ])
}

pub(crate) fn list_payees(
    tx: &Transaction<'_>,
    _args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let mut last = tx.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM sb_transfers_transfer WHERE user_id = ?1 AND payee_id = ?2
         ORDER BY created_at DESC, rowid DESC LIMIT 1"
    ))?;
    let mut list = Vec::new();
    for p in payees(ctx.user) {
        let mut o = json!({
            "payee_id": p.payee_id,
            "name": p.name,
            "alias": p.alias,
            "bank": p.bank,
            "account_masked": mask(&p.account_no),
        });
        if let Some(t) = last
            .query_row(params![ctx.user, p.payee_id], row)
            .optional()?
        {
            o["last_transfer"] = json!({
                "reference": t.reference,
                "amount": format_amount(t.amount_fen),
                "amount_fen": t.amount_fen,
                "created_at": t.created_at,
            });
        }
        list.push(o);
    }
    Ok(obj(json!({ "payees": list })))
}

pub(crate) fn transfer(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let payee_id = args.str_opt("payee_id")?.ok_or_else(|| {
        fail(
            "payee_required",
            "`payee_id` is required: pick the payee (收款人) from transfers__list_payees",
        )
    })?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?.ok_or_else(|| {
        fail(
            "amount_required",
            "`amount` is required: the yuan amount to transfer as a decimal string, e.g. \"500.00\"",
        )
    })?;
    if !(1..=MAX_TRANSFER_FEN).contains(&amount) {
        return Err(fail(
            "amount_out_of_range",
            format!(
                "a transfer is between 0.01 and {} yuan; {} is outside that range",
                format_amount(MAX_TRANSFER_FEN),
                format_amount(amount)
            ),
        )
        .into());
    }
    let memo = short_text(args, "memo", MEMO_MAX_CHARS)?;
    let payee = payee_id_shape(payee_id)
        .then(|| payee(ctx.user, payee_id))
        .flatten()
        .ok_or_else(|| {
            fail(
                "payee_not_found",
                "that is not one of the user's saved payees; list them with transfers__list_payees (new payees are added in the bank app)",
            )
        })?;
    wallet::charge(tx, ctx, card, amount)?;
    let now = ctx.now_rfc3339();
    let t = Row {
        reference: wallet::reference("TR", ctx),
        payee_id: payee.payee_id.clone(),
        payee_name: payee.name.to_string(),
        bank: payee.bank.to_string(),
        account_masked: mask(&payee.account_no),
        card_no: card.to_string(),
        amount_fen: amount,
        memo: memo.unwrap_or_default().to_string(),
        channel: channel(&payee).to_string(),
        status: "completed".into(),
        created_at: now.clone(),
        completed_at: Some(now),
    };
    insert(tx, ctx.user, &t)?;
    Ok(obj(transfer_json(&t)))
}

pub(crate) fn query_transfer(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let reference = args.str_opt("reference")?.ok_or_else(|| {
        fail(
            "reference_required",
            "`reference` is required: the transfer's reference (交易流水号), TR followed by 20 characters",
        )
    })?;
    let well_formed = reference.len() == 22
        && reference.starts_with("TR")
        && reference[2..]
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    if !well_formed {
        return Err(fail(
            "invalid_argument",
            "`reference` must be TR followed by 20 digits or capital letters, as returned by transfers__transfer",
        )
        .into());
    }
    let found = tx
        .prepare_cached(&format!(
            "SELECT {ROW_COLUMNS} FROM sb_transfers_transfer WHERE reference = ?1 AND user_id = ?2"
        ))?
        .query_row(params![reference, ctx.user], row)
        .optional()?;
    let t = found.ok_or_else(|| {
        fail(
            "transfer_not_found",
            "the user made no transfer with that reference; check the reference on the transfer receipt",
        )
    })?;
    Ok(obj(transfer_json(&t)))
}

/// Two earlier transfers to the first two payees, 5 to 40 days before seeding.
fn seed(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let card = seed::Identity::of(user).debit_card;
    for (k, p) in payees(user).iter().take(2).enumerate() {
        let days = 5 + (number(user, &format!("transfer days {k}")) % 36) as i64;
        let at = now
            - Duration::days(days)
            - Duration::minutes((number(user, "transfer minutes") % 600) as i64);
        let tail = hex::encode_upper(&seed::digest(user, &format!("transfer ref {k}"))[..3]);
        let amount = 10_000 * (1 + (number(user, &format!("transfer amount {k}")) % 30) as i64);
        let at_s = seed::rfc3339(at);
        insert(
            tx,
            user,
            &Row {
                reference: format!("TR{}{tail}", at.format("%Y%m%d%H%M%S")),
                payee_id: p.payee_id.clone(),
                payee_name: p.name.to_string(),
                bank: p.bank.to_string(),
                account_masked: mask(&p.account_no),
                card_no: card.clone(),
                amount_fen: amount,
                memo: ["生活费 Living expenses", "房租 Rent"][k].to_string(),
                channel: channel(p).to_string(),
                status: "completed".into(),
                created_at: at_s.clone(),
                completed_at: Some(at_s),
            },
        )?;
    }
    Ok(())
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.transfers",
    manifest: include_str!("../../tool-schemas/transfers.json"),
    schema: "
CREATE TABLE IF NOT EXISTS sb_transfers_transfer (
    reference      TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL,
    payee_id       TEXT NOT NULL,
    payee_name     TEXT NOT NULL,
    bank           TEXT NOT NULL,
    account_masked TEXT NOT NULL,
    card_no        TEXT NOT NULL,
    amount_fen     INTEGER NOT NULL,
    memo           TEXT NOT NULL,
    channel        TEXT NOT NULL,     -- intra_bank | interbank_realtime
    status         TEXT NOT NULL,     -- completed
    created_at     TEXT NOT NULL,
    completed_at   TEXT
);
CREATE INDEX IF NOT EXISTS sb_transfers_transfer_user ON sb_transfers_transfer (user_id, payee_id, created_at);
",
    routes: &[
        Route {
            action: "transfers.list_payees",
            params: &[],
            kind: Kind::Read(list_payees),
        },
        Route {
            action: "transfers.transfer",
            params: &["payee_id", "amount", "memo", "card"],
            kind: Kind::Write(transfer),
        },
        Route {
            action: "transfers.query_transfer",
            params: &["reference"],
            kind: Kind::Read(query_transfer),
        },
    ],
    seed: Some(seed),
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, profile, sandbox};

    #[test]
    fn payees_are_deterministic_distinct_and_masked() {
        let a = payees("demo");
        let b = payees("demo");
        assert!((4..=5).contains(&a.len()));
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.payee_id, y.payee_id);
            assert_eq!(x.account_no, y.account_no);
            assert!(payee_id_shape(&x.payee_id));
            assert_eq!(x.account_no.len(), 19);
            assert_eq!(with_luhn(&x.account_no[..18]), x.account_no);
        }
        let mut names: Vec<&str> = a.iter().map(|p| p.name).collect();
        names.dedup();
        assert_eq!(names.len(), a.len(), "distinct names");
        assert_ne!(payees("alice")[0].payee_id, a[0].payee_id);

        let sb = sandbox();
        let r = ok(&sb, "demo", "transfers.list_payees", json!({}));
        let list = r["payees"].as_array().unwrap();
        assert_eq!(list.len(), a.len());
        assert_eq!(list[0]["account_masked"], mask(&a[0].account_no));
        assert!(
            list[0]["last_transfer"]["reference"].is_string(),
            "seeded history"
        );
        assert!(list[2].get("last_transfer").is_none());
        assert!(!r.values().any(|v| v.to_string().contains(&a[0].account_no)));
    }

    #[test]
    fn transfer_charges_the_card_and_is_queryable_by_its_owner_only() {
        let sb = sandbox();
        let p = &payees("alice")[1];
        let card = profile("alice", "payment.card");
        let r = ok(
            &sb,
            "alice",
            "transfers.transfer",
            json!({"payee_id": p.payee_id, "amount": "1200.5", "memo": "房租", "card": card}),
        );
        assert_eq!(r["amount"], "1200.50");
        assert_eq!(r["amount_fen"], 120_050);
        assert_eq!(r["status"], "completed");
        assert_eq!(r["payee_name"], p.name);
        assert_eq!(r["memo"], "房租");
        let reference = r["reference"].as_str().unwrap().to_string();
        let q = ok(
            &sb,
            "alice",
            "transfers.query_transfer",
            json!({"reference": reference}),
        );
        assert_eq!(q["amount"], "1200.50");
        assert_eq!(q["reference"], reference.as_str());
        let l = ok(&sb, "alice", "transfers.list_payees", json!({}));
        assert_eq!(
            l["payees"][1]["last_transfer"]["reference"],
            reference.as_str()
        );
        assert_eq!(
            failure(
                &sb,
                "bob",
                "transfers.query_transfer",
                json!({"reference": reference})
            )
            .code,
            "transfer_not_found"
        );
        assert_eq!(
            failure(
                &sb,
                "bob",
                "transfers.query_transfer",
                json!({"reference": "TR1"})
            )
            .code,
            "invalid_argument"
        );
    }

    #[test]
    fn transfer_rules() {
        let sb = sandbox();
        let mine = payees("alice")[0].payee_id.clone();
        let card = profile("alice", "payment.card");
        let t = |args: serde_json::Value| failure(&sb, "alice", "transfers.transfer", args).code;
        assert_eq!(
            t(json!({"payee_id": mine, "amount": "50000.01", "card": card})),
            "amount_out_of_range"
        );
        assert_eq!(
            t(json!({"payee_id": mine, "amount": "0", "card": card})),
            "amount_out_of_range"
        );
        assert_eq!(
            t(json!({"payee_id": mine, "amount": "1.234", "card": card})),
            "invalid_amount"
        );
        assert_eq!(
            t(json!({"payee_id": mine, "card": card})),
            "amount_required"
        );
        assert_eq!(
            t(json!({"payee_id": payees("bob")[0].payee_id, "amount": "1", "card": card})),
            "payee_not_found"
        );
        assert_eq!(
            t(json!({"payee_id": mine, "amount": "1", "card": profile("bob", "payment.card")})),
            "card_not_found"
        );
        assert_eq!(
            t(json!({"payee_id": mine, "amount": "1", "memo": "x".repeat(31), "card": card})),
            "invalid_argument"
        );
        // 50,000.00 is within the range, but more than any seeded debit card holds.
        assert_eq!(
            t(json!({"payee_id": mine, "amount": "50000", "card": card})),
            "insufficient_funds"
        );
    }
}
