//! 住房公积金: the user's housing provident fund account: balance and monthly deposit
//! (employer and personal shares), the account's records (monthly deposits, a rent
//! withdrawal, the annual interest), and an estimate of the largest 公积金贷款 (fund
//! loan) the account supports.
//!
//! Each user has one account, a pure function of the user id (the employer and the
//! deposit base are the ones of the user's social insurance); only the caller's own
//! account is found. Balances are pure functions of the user id too; dates follow the
//! day the user was first seen.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Datelike, Duration, Local, NaiveDate};
use serde_json::json;

use super::loan_calc::{
    amount_in, format_rate, installment, int_in, max_principal, run_installment,
};
use super::money::{div_round, format_amount, format_bp_percent, mask};
use super::seed::{self, Identity, digits, number};
use super::social_security::{employer_of, salary_base};
use super::{Args, Ctx, Kind, Object, Program, Route, SbError, fail, obj};

/// A fund loan is at most this multiple of the account balance.
const BALANCE_MULTIPLE: i64 = 15;
/// The monthly instalment may take at most this share of the monthly income.
const INCOME_RATIO_PERCENT: i64 = 50;
/// Fund-loan rates (0.001 %): (home, up to 5 years, over 5 years), as of `RATES_AS_OF`.
const LOAN_RATES: &[(&str, i64, i64)] =
    &[("first_home", 2_100, 2_600), ("second_home", 2_525, 3_075)];
const RATES_AS_OF: &str = "2025-05-08";
/// The most one applicant may borrow, per city (fen; demo figures).
const CITY_CAPS: &[(&str, i64)] = &[
    ("beijing", 120_000_000),
    ("shanghai", 100_000_000),
    ("shenzhen", 90_000_000),
    ("guangzhou", 80_000_000),
    ("hangzhou", 80_000_000),
];
const HOMES: &[&str] = &["first_home", "second_home"];
/// Annual interest credited to fund deposits, bp.
const DEPOSIT_INTEREST_BP: i64 = 150;

/// The user's fund account: a pure function of the user id.
struct Account {
    fund_account: String,
    city: &'static str,
    employer: &'static str,
    base_fen: i64,
    rate_percent: i64,
    opening_fen: i64,
    withdrawal_fen: i64,
    withdrawal_back: i32,
}

impl Account {
    fn of(user: &str) -> Account {
        Account {
            fund_account: format!("2{}", digits(user, "housing fund", 11)),
            city: Identity::of(user).city.id,
            employer: employer_of(user),
            base_fen: salary_base(user),
            rate_percent: 5 + (number(user, "fund rate") % 8) as i64,
            opening_fen: (5_000 + (number(user, "fund opening") % 145_000) as i64) * 100,
            withdrawal_fen: (15 + (number(user, "fund withdrawal") % 31) as i64) * 10_000,
            withdrawal_back: 2 + (number(user, "fund withdrawal month") % 4) as i32,
        }
    }

    fn share(&self) -> i64 {
        div_round(self.base_fen as i128 * self.rate_percent as i128, 100) as i64
    }
}

fn money(out: &mut Object, name: &str, fen: i64) {
    out.insert(name.into(), json!(format_amount(fen)));
    out.insert(format!("{name}_fen"), json!(fen));
}

struct Stored {
    fund_account: String,
    city: String,
    employer: String,
    base_fen: i64,
    rate_percent: i64,
    balance_fen: i64,
    status: String,
}

fn account(tx: &Transaction<'_>, args: &Args<'_>, ctx: &Ctx<'_>) -> Result<Stored, SbError> {
    let no = args.str_opt("fund_account")?.ok_or_else(|| {
        fail(
            "fund_account_required",
            "`fund_account` is required: the housing fund account number (公积金个人账号), or save it in the bank app",
        )
    })?;
    if !(8..=20).contains(&no.len()) || !no.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail(
            "invalid_argument",
            "`fund_account` must be 8 to 20 digits (the 公积金个人账号)",
        )
        .into());
    }
    let found = tx
        .prepare_cached(
            "SELECT city, employer, base_fen, rate_percent, balance_fen, status
             FROM sb_housing_fund_account WHERE fund_account = ?1 AND user_id = ?2",
        )?
        .query_row(params![no, ctx.user], |r| {
            Ok(Stored {
                fund_account: no.to_string(),
                city: r.get(0)?,
                employer: r.get(1)?,
                base_fen: r.get(2)?,
                rate_percent: r.get(3)?,
                balance_fen: r.get(4)?,
                status: r.get(5)?,
            })
        })
        .optional()?;
    found.ok_or_else(|| {
        fail(
            "fund_account_not_found",
            format!(
                "the user has no housing fund account {}; check the account number (公积金个人账号) or use the saved one",
                mask(no)
            ),
        )
        .into()
    })
}

pub(crate) fn query_fund_balance(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let a = account(tx, args, ctx)?;
    let share = div_round(a.base_fen as i128 * a.rate_percent as i128, 100) as i64;
    let last: Option<String> = tx
        .prepare_cached(
            "SELECT MAX(date) FROM sb_housing_fund_record WHERE fund_account = ?1 AND kind = 'deposit'",
        )?
        .query_row(params![a.fund_account], |r| r.get(0))?;
    let mut out = obj(json!({
        "fund_account_masked": mask(&a.fund_account),
        "city": a.city,
        "employer": a.employer,
        "status": a.status,
        "personal_rate_percent": format_bp_percent(a.rate_percent * 100),
        "employer_rate_percent": format_bp_percent(a.rate_percent * 100),
    }));
    if let Some(d) = last {
        out.insert("last_deposit_date".into(), json!(d));
    }
    money(&mut out, "balance", a.balance_fen);
    money(&mut out, "deposit_base", a.base_fen);
    money(&mut out, "monthly_deposit", 2 * share);
    money(&mut out, "personal_share", share);
    money(&mut out, "employer_share", share);
    Ok(out)
}

pub(crate) fn query_fund_records(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let a = account(tx, args, ctx)?;
    let limit = int_in(args, "limit", 1, 50, "invalid_argument")?.unwrap_or(10);
    let mut stmt = tx.prepare_cached(
        "SELECT date, kind, description, amount_fen, balance_after_fen FROM sb_housing_fund_record
         WHERE fund_account = ?1 ORDER BY date DESC, seq DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![a.fund_account, limit], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    let mut records = Vec::new();
    for row in rows {
        let (date, kind, description, amount, after) = row?;
        records.push(json!({
            "date": date,
            "kind": kind,
            "direction": if kind == "withdrawal" { "out" } else { "in" },
            "description": description,
            "amount": format_amount(amount),
            "amount_fen": amount,
            "balance_after": format_amount(after),
            "balance_after_fen": after,
        }));
    }
    Ok(obj(json!({
        "fund_account_masked": mask(&a.fund_account),
        "count": records.len(),
        "records": records,
    })))
}

pub(crate) fn estimate_fund_loan(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let a = account(tx, args, ctx)?;
    let home = args.choice("home", HOMES)?.unwrap_or("first_home");
    let term = int_in(args, "term_months", 12, 360, "invalid_term")?.unwrap_or(360);
    let given = amount_in(args, "monthly_income", 1, 1_000_000_000)?;
    if a.status != "normal" {
        return Err(fail(
            "account_not_active",
            "the housing fund account is not being paid into; a fund loan needs an account with regular deposits",
        )
        .into());
    }
    let income = given.unwrap_or(a.base_fen);
    let rate = LOAN_RATES
        .iter()
        .find(|r| r.0 == home)
        .map(|r| if term <= 60 { r.1 } else { r.2 })
        .unwrap_or(2_600);
    let by_balance = a.balance_fen * BALANCE_MULTIPLE;
    let budget = div_round(income as i128 * INCOME_RATIO_PERCENT as i128, 100) as i64;
    let by_income = max_principal(budget, term, rate);
    let cap = CITY_CAPS
        .iter()
        .find(|c| c.0 == a.city)
        .map_or(80_000_000, |c| c.1);
    let (limit, binding) = [
        (by_balance, "balance"),
        (by_income, "income"),
        (cap, "city_cap"),
    ]
    .into_iter()
    .min_by_key(|(v, _)| *v)
    .expect("three limits");
    // Fund loans are granted in whole thousands of yuan.
    let max_loan = limit / 100_000 * 100_000;
    let run = if max_loan > 0 {
        run_installment(
            max_loan,
            installment(max_loan, term, rate),
            rate,
            term,
            true,
        )
    } else {
        Default::default()
    };
    let mut out = obj(json!({
        "fund_account_masked": mask(&a.fund_account),
        "home": home,
        "term_months": term,
        "annual_rate_percent": format_rate(rate),
        "rates_as_of": RATES_AS_OF,
        "balance_multiple": BALANCE_MULTIPLE,
        "income_ratio_percent": INCOME_RATIO_PERCENT,
        "income_source": if given.is_some() { "given" } else { "deposit_base" },
        "binding_limit": binding,
    }));
    money(&mut out, "balance", a.balance_fen);
    money(&mut out, "limit_by_balance", by_balance);
    money(&mut out, "monthly_income", income);
    money(&mut out, "limit_by_income", by_income);
    money(&mut out, "city_cap", cap);
    money(&mut out, "max_loan", max_loan);
    money(&mut out, "monthly_payment", run.first);
    money(&mut out, "total_interest", run.interest);
    Ok(out)
}

/// The account's records, oldest first: (date, kind, description, amount fen).
fn records_of(a: &Account, today: NaiveDate) -> Vec<(NaiveDate, &'static str, String, i64)> {
    let mut out = Vec::new();
    for back in (1..=12).rev() {
        let (y, m) = seed::month_add(today.year(), today.month(), -back);
        let date = NaiveDate::from_ymd_opt(y, m, 10).expect("valid date");
        out.push((
            date,
            "deposit",
            format!("汇缴 {y:04}-{m:02} Monthly deposit"),
            2 * a.share(),
        ));
    }
    let (y, m) = seed::month_add(today.year(), today.month(), -a.withdrawal_back);
    out.push((
        NaiveDate::from_ymd_opt(y, m, 20).expect("valid date"),
        "withdrawal",
        "租房提取 Rent withdrawal".into(),
        a.withdrawal_fen,
    ));
    let june = NaiveDate::from_ymd_opt(today.year(), 6, 30).expect("valid date");
    let june = if june < today {
        june
    } else {
        NaiveDate::from_ymd_opt(today.year() - 1, 6, 30).expect("valid date")
    };
    out.push((
        june,
        "interest",
        "年度结息 Annual interest".into(),
        div_round(a.opening_fen as i128 * DEPOSIT_INTEREST_BP as i128, 10_000) as i64,
    ));
    out.sort_by_key(|r| r.0);
    out
}

fn seed_housing_fund(
    tx: &Transaction<'_>,
    user: &str,
    now: DateTime<Local>,
) -> crate::db::Result<()> {
    let a = Account::of(user);
    let records = records_of(&a, now.date_naive());
    let mut balance = a.opening_fen;
    let mut rows = Vec::new();
    for (date, kind, description, amount) in records {
        balance += if kind == "withdrawal" {
            -amount
        } else {
            amount
        };
        rows.push((date, kind, description, amount, balance));
    }
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO sb_housing_fund_account
             (fund_account, user_id, city, employer, base_fen, rate_percent, balance_fen, status,
              opened)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'normal', ?8)",
        params![
            a.fund_account,
            user,
            a.city,
            a.employer,
            a.base_fen,
            a.rate_percent,
            balance,
            seed::rfc3339(now - Duration::days(400))
        ],
    )?;
    if inserted == 0 {
        return Ok(());
    }
    let mut rec = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_housing_fund_record
             (fund_account, seq, date, kind, description, amount_fen, balance_after_fen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (i, (date, kind, description, amount, after)) in rows.into_iter().enumerate() {
        rec.execute(params![
            a.fund_account,
            i as i64,
            date.format("%Y-%m-%d").to_string(),
            kind,
            description,
            amount,
            after
        ])?;
    }
    Ok(())
}

fn profile(user: &str) -> Vec<(String, String)> {
    vec![(
        "housing_fund.account".into(),
        Account::of(user).fund_account,
    )]
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_housing_fund_account (
    fund_account TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL,
    city         TEXT NOT NULL,
    employer     TEXT NOT NULL,
    base_fen     INTEGER NOT NULL,    -- monthly deposit base
    rate_percent INTEGER NOT NULL,    -- each of employer and employee, 5 to 12
    balance_fen  INTEGER NOT NULL,
    status       TEXT NOT NULL,       -- normal | suspended
    opened       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_housing_fund_account_user ON sb_housing_fund_account (user_id);
CREATE TABLE IF NOT EXISTS sb_housing_fund_record (
    fund_account      TEXT NOT NULL,
    seq               INTEGER NOT NULL,
    date              TEXT NOT NULL,  -- YYYY-MM-DD
    kind              TEXT NOT NULL,  -- deposit | withdrawal | interest
    description       TEXT NOT NULL,
    amount_fen        INTEGER NOT NULL,
    balance_after_fen INTEGER NOT NULL,
    PRIMARY KEY (fund_account, seq)
);
";

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.provident_fund",
    manifest: include_str!("../../tool-schemas/provident_fund.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "housing_fund.query_fund_balance",
            params: &["fund_account"],
            kind: Kind::Read(query_fund_balance),
        },
        Route {
            action: "housing_fund.query_fund_records",
            params: &["fund_account", "limit"],
            kind: Kind::Read(query_fund_records),
        },
        Route {
            action: "housing_fund.estimate_fund_loan",
            params: &["fund_account", "home", "term_months", "monthly_income"],
            kind: Kind::Read(estimate_fund_loan),
        },
    ],
    seed: Some(seed_housing_fund),
    profile: Some(profile),
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, profile as saved, sandbox};

    fn balance_of(user: &str) -> i64 {
        let a = Account::of(user);
        let recs = records_of(&a, Local::now().date_naive());
        a.opening_fen
            + recs
                .iter()
                .map(|r| if r.1 == "withdrawal" { -r.3 } else { r.3 })
                .sum::<i64>()
    }

    #[test]
    fn balance_and_records_agree() {
        let sb = sandbox();
        let acct = saved("demo", "housing_fund.account");
        let b = ok(
            &sb,
            "demo",
            "housing_fund.query_fund_balance",
            json!({"fund_account": acct}),
        );
        assert_eq!(b["balance_fen"], balance_of("demo"));
        assert_eq!(b["status"], "normal");
        assert_eq!(
            b["monthly_deposit_fen"].as_i64().unwrap(),
            2 * b["personal_share_fen"].as_i64().unwrap()
        );
        assert_eq!(b["deposit_base_fen"], salary_base("demo"));
        assert_eq!(b["employer"], employer_of("demo"));
        let r = ok(
            &sb,
            "demo",
            "housing_fund.query_fund_records",
            json!({"fund_account": acct, "limit": 50}),
        );
        let recs = r["records"].as_array().unwrap();
        assert_eq!(recs.len(), 14);
        assert_eq!(recs[0]["balance_after"], b["balance"], "newest first");
        assert!(
            recs.windows(2)
                .all(|w| w[0]["date"].as_str() >= w[1]["date"].as_str())
        );
        assert_eq!(recs.iter().filter(|x| x["kind"] == "withdrawal").count(), 1);
        let few = ok(
            &sb,
            "demo",
            "housing_fund.query_fund_records",
            json!({"fund_account": acct}),
        );
        assert_eq!(few["count"], 10);
    }

    #[test]
    fn fund_loan_is_the_smallest_limit() {
        let sb = sandbox();
        let acct = saved("demo", "housing_fund.account");
        let e = ok(
            &sb,
            "demo",
            "housing_fund.estimate_fund_loan",
            json!({"fund_account": acct}),
        );
        assert_eq!(e["annual_rate_percent"], "2.60");
        assert_eq!(e["income_source"], "deposit_base");
        let limits = [
            "limit_by_balance_fen",
            "limit_by_income_fen",
            "city_cap_fen",
        ]
        .map(|k| e[k].as_i64().unwrap());
        let max = e["max_loan_fen"].as_i64().unwrap();
        assert_eq!(max, limits.iter().min().unwrap() / 100_000 * 100_000);
        let second = ok(
            &sb,
            "demo",
            "housing_fund.estimate_fund_loan",
            json!({"fund_account": acct, "home": "second_home", "term_months": 60, "monthly_income": "1000000"}),
        );
        assert_eq!(second["annual_rate_percent"], "2.525");
        assert_eq!(second["income_source"], "given");
        assert_ne!(second["binding_limit"], "income");
        let poor = ok(
            &sb,
            "demo",
            "housing_fund.estimate_fund_loan",
            json!({"fund_account": acct, "monthly_income": "1"}),
        );
        assert_eq!(poor["max_loan"], "0.00");
        assert_eq!(poor["binding_limit"], "income");
    }

    #[test]
    fn only_the_callers_account() {
        let sb = sandbox();
        let alice = saved("alice", "housing_fund.account");
        for action in [
            "housing_fund.query_fund_balance",
            "housing_fund.query_fund_records",
            "housing_fund.estimate_fund_loan",
        ] {
            let f = failure(&sb, "demo", action, json!({"fund_account": alice}));
            assert_eq!(f.code, "fund_account_not_found");
            assert!(!f.message.contains(&alice));
        }
        let f = failure(
            &sb,
            "demo",
            "housing_fund.query_fund_balance",
            json!({"fund_account": "12ab"}),
        );
        assert_eq!(f.code, "invalid_argument");
        let f = failure(&sb, "demo", "housing_fund.query_fund_records", json!({}));
        assert_eq!(f.code, "fund_account_required");
        let f = failure(
            &sb,
            "demo",
            "housing_fund.estimate_fund_loan",
            json!({"fund_account": saved("demo", "housing_fund.account"), "term_months": 400}),
        );
        assert_eq!(f.code, "invalid_term");
    }
}
