//! Deterministic per-user demo data, derived from a hash of the user id: every user
//! gets their own cards, utility accounts, bills and card application, and the same
//! user always gets the same ones. `demo_profile` is a pure function of the user id;
//! seeding writes the same values into the `sb_` tables.

use crate::db::{Transaction, params};
use chrono::{DateTime, Datelike, Duration, Local, NaiveDate, SecondsFormat};
use sha2::{Digest, Sha256};

use super::Program;
use super::data::{self, CITIES, City};

/// The demo user whose unpaid electricity total is exactly 236.50 yuan.
pub const DEMO_USER: &str = "demo";
/// The demo user's unpaid electricity bills, oldest first (fen): 128.40 + 108.10 = 236.50.
const DEMO_UNPAID_ELECTRICITY: [i64; 2] = [12_840, 10_810];
const DEMO_PAID_ELECTRICITY: i64 = 14_320;

pub(crate) fn digest(user: &str, label: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"miniprogram-mcp sandbox v1\0");
    h.update(label.as_bytes());
    h.update(b"\0");
    h.update(user.as_bytes());
    h.finalize().into()
}

/// A deterministic number for (user, label).
pub(crate) fn number(user: &str, label: &str) -> u64 {
    let d = digest(user, label);
    u64::from_be_bytes(d[..8].try_into().expect("8 bytes"))
}

/// `n` (at most 18) deterministic decimal digits for (user, label).
pub(crate) fn digits(user: &str, label: &str, n: u32) -> String {
    debug_assert!(n <= 18);
    let v = number(user, label) % 10u64.pow(n);
    format!("{v:0width$}", width = n as usize)
}

/// Appends the Luhn check digit.
pub(crate) fn with_luhn(body: &str) -> String {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

/// Everything about a user that is a pure function of the user id.
pub struct Identity {
    pub city: &'static City,
    /// 19-digit debit card: the saved payment card.
    pub debit_card: String,
    /// 16-digit credit card.
    pub credit_card: String,
    pub electricity: String,
    pub water: String,
    pub gas: String,
    pub preferred_branch: &'static str,
    pub application_id: String,
    pub application_product: &'static str,
    pub application_status: &'static str,
}

impl Identity {
    pub fn of(user: &str) -> Identity {
        let city = &CITIES[(number(user, "city") % CITIES.len() as u64) as usize];
        let branches: Vec<&data::Branch> = data::BRANCHES
            .iter()
            .filter(|b| b.city == city.id)
            .collect();
        let preferred_branch =
            branches[(number(user, "branch") % branches.len() as u64) as usize].id;
        let products = data::CARD_PRODUCTS;
        let statuses = data::APPLICATION_STATUSES;
        Identity {
            city,
            debit_card: with_luhn(&format!("622202{}", digits(user, "debit", 12))),
            credit_card: with_luhn(&format!("625807{}", digits(user, "credit", 9))),
            electricity: format!("10{}", digits(user, "electricity", 8)),
            water: format!("20{}", digits(user, "water", 7)),
            gas: format!("3{}", digits(user, "gas", 10)),
            preferred_branch,
            application_id: format!("CA{}", digits(user, "application", 10)),
            application_product: products
                [(number(user, "card product") % products.len() as u64) as usize],
            application_status: statuses
                [(number(user, "card status") % statuses.len() as u64) as usize],
        }
    }

    pub fn account(&self, utility: &str) -> &str {
        match utility {
            "electricity" => &self.electricity,
            "water" => &self.water,
            _ => &self.gas,
        }
    }
}

/// The saved defaults consistent with the user's seeded data.
pub fn demo_profile(user: &str) -> Vec<(String, String)> {
    let id = Identity::of(user);
    vec![
        ("payment.card".into(), id.debit_card.clone()),
        ("utility_account.electricity".into(), id.electricity.clone()),
        ("utility_account.water".into(), id.water.clone()),
        ("utility_account.gas".into(), id.gas.clone()),
        ("branch.preferred".into(), id.preferred_branch.to_string()),
        ("cards.application_id".into(), id.application_id.clone()),
    ]
}

/// `(year, month)` shifted by `delta` months.
pub(crate) fn month_add(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 + delta;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

pub(crate) fn last_day(y: i32, m: u32) -> NaiveDate {
    let (ny, nm) = month_add(y, m, 1);
    NaiveDate::from_ymd_opt(ny, nm, 1).expect("valid date") - Duration::days(1)
}

pub fn bill_id(account_no: &str, period: &str) -> String {
    let d = Sha256::digest(format!("bill\0{account_no}\0{period}").as_bytes());
    format!("BL{}", hex::encode_upper(&d[..6]))
}

/// One seeded bill, newest first: (months back, amount fen, unpaid).
fn bills_for(user: &str, utility: &str) -> Vec<(i32, i64, bool)> {
    if user == DEMO_USER && utility == "electricity" {
        return vec![
            (1, DEMO_UNPAID_ELECTRICITY[1], true),
            (2, DEMO_UNPAID_ELECTRICITY[0], true),
            (3, DEMO_PAID_ELECTRICITY, false),
        ];
    }
    let h = number(user, &format!("bills {utility}"));
    let (count, unpaid, lo, hi) = match utility {
        // 2-3 bills, 1-2 unpaid, 60-420 yuan.
        "electricity" => (2 + h % 2, 1 + (h >> 8) % 2, 6_000, 42_000),
        // 1-3 bills, 0-1 unpaid, 20-120 yuan.
        "water" => (1 + h % 3, (h >> 8) % 2, 2_000, 12_000),
        // 1-3 bills, 0-1 unpaid, 30-250 yuan.
        _ => (1 + h % 3, (h >> 8) % 2, 3_000, 25_000),
    };
    (0..count)
        .map(|k| {
            let a = number(user, &format!("bill {utility} {k}"));
            let amount = lo + (a % (hi - lo) as u64) as i64;
            (k as i32 + 1, amount, k < unpaid)
        })
        .collect()
}

pub(crate) fn rfc3339(t: DateTime<Local>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Seeds the user's data unless already present. Returns true when it seeded.
/// Seeds every program whose data this user lacks (a program added later still
/// seeds users of an older store).
pub(crate) fn seed_user(
    tx: &Transaction<'_>,
    user: &str,
    now: DateTime<Local>,
    programs: &[&Program],
) -> crate::db::Result<bool> {
    let fresh = seed_core(tx, user, now)?;
    let mut mark = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_program_seed (user_id, app_id, seeded_at) VALUES (?1, ?2, ?3)",
    )?;
    for p in programs {
        if let Some(seed) = p.seed
            && mark.execute(params![user, p.app_id, rfc3339(now)])? == 1
        {
            seed(tx, user, now)?;
        }
    }
    Ok(fresh)
}

fn seed_core(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<bool> {
    let id = Identity::of(user);
    let now_s = rfc3339(now);
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO sb_user (user_id, city, seeded_at) VALUES (?1, ?2, ?3)",
        params![user, id.city.id, now_s],
    )?;
    if inserted == 0 {
        return Ok(false);
    }
    let today = now.date_naive();

    let debit_balance = 800_000 + (number(user, "debit balance") % 2_200_000) as i64;
    let credit_available = 2_000_000 + (number(user, "credit limit") % 3_000_000) as i64;
    let mut card = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_card (card_no, user_id, kind, product, available_fen)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    card.execute(params![
        id.debit_card,
        user,
        "debit",
        data::DEBIT_CARD_PRODUCT,
        debit_balance
    ])?;
    card.execute(params![
        id.credit_card,
        user,
        "credit",
        data::CARD_PRODUCTS[1],
        credit_available
    ])?;

    let mut account = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_utility_account (account_no, utility, user_id, payee)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut bill = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_bill (bill_id, account_no, period, amount_fen, due_date, status, paid_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for utility in data::UTILITIES {
        let account_no = id.account(utility);
        if account.execute(params![account_no, utility, user, id.city.payee(utility)])? == 0 {
            // The number already belongs to someone else's account: leave it alone.
            continue;
        }
        for (back, amount, unpaid) in bills_for(user, utility) {
            let (y, m) = month_add(today.year(), today.month(), -back);
            let period = format!("{y:04}-{m:02}");
            let (ny, nm) = month_add(y, m, 1);
            let due = last_day(ny, nm);
            let (status, paid_at) = if unpaid {
                ("unpaid", None)
            } else {
                let day = NaiveDate::from_ymd_opt(ny, nm, 8)
                    .expect("valid date")
                    .min(today);
                let at = day
                    .and_hms_opt(10, 15, 0)
                    .and_then(|t| t.and_local_timezone(Local).single())
                    .unwrap_or(now)
                    .min(now);
                ("paid", Some(rfc3339(at)))
            };
            bill.execute(params![
                bill_id(account_no, &period),
                account_no,
                period,
                amount,
                due.format("%Y-%m-%d").to_string(),
                status,
                paid_at
            ])?;
        }
    }

    let submitted = now - Duration::days(3 + (number(user, "card submitted") % 20) as i64);
    let updated =
        submitted + Duration::days((number(user, "card updated") % 3) as i64) + Duration::hours(5);
    tx.execute(
        "INSERT OR IGNORE INTO sb_card_application
             (application_id, user_id, product, status, submitted_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            id.application_id,
            user,
            id.application_product,
            id.application_status,
            rfc3339(submitted),
            rfc3339(updated.min(now))
        ],
    )?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_are_deterministic_distinct_and_well_formed() {
        let a = Identity::of("demo");
        let b = Identity::of("demo");
        let c = Identity::of("alice");
        assert_eq!(a.debit_card, b.debit_card);
        assert_ne!(a.debit_card, c.debit_card);
        assert_ne!(a.electricity, c.electricity);
        assert_eq!(a.debit_card.len(), 19);
        assert_eq!(a.credit_card.len(), 16);
        for acct in [&a.electricity, &a.water, &a.gas] {
            assert!((8..=20).contains(&acct.len()) && acct.bytes().all(|b| b.is_ascii_digit()));
        }
        assert!(a.application_id.starts_with("CA") && a.application_id.len() == 12);
        assert_eq!(demo_profile("demo"), demo_profile("demo"));
        let keys: Vec<String> = demo_profile("x").into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            [
                "payment.card",
                "utility_account.electricity",
                "utility_account.water",
                "utility_account.gas",
                "branch.preferred",
                "cards.application_id"
            ]
        );
    }

    #[test]
    fn luhn_is_valid() {
        // Known valid number.
        assert_eq!(with_luhn("7992739871"), "79927398713");
        let card = Identity::of("bob").debit_card;
        assert_eq!(with_luhn(&card[..card.len() - 1]), card);
    }

    #[test]
    fn months_wrap() {
        assert_eq!(month_add(2026, 1, -1), (2025, 12));
        assert_eq!(month_add(2026, 12, 1), (2027, 1));
        assert_eq!(
            last_day(2028, 2),
            NaiveDate::from_ymd_opt(2028, 2, 29).unwrap()
        );
    }
}
