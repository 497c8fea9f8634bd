//! 社保查询: the user's social insurance record, looked up by 社会保障号 (the
//! 18-character citizen ID number): contributions by insurance type and the recent
//! months, the pension account (养老保险个人账户) with a simple pension estimate, and the
//! medical account (医保个人账户) with recent medical spending.
//!
//! Every user has one record, a pure function of the user id (the ID number carries a
//! valid ISO 7064 MOD 11-2 check character); only the caller's own record is found.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Datelike, Duration, Local, NaiveDate};
use serde_json::{Value, json};

use super::loan_calc::int_in;
use super::money::{div_round, format_amount, format_bp_percent, mask};
use super::seed::{self, Identity, digits, number};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj};

/// Insurance types: (id, name, personal rate bp, employer rate bp).
const INSURANCE: &[(&str, &str, i64, i64)] = &[
    ("pension", "养老保险 Pension insurance", 800, 1600),
    ("medical", "医疗保险 Medical insurance", 200, 800),
    ("unemployment", "失业保险 Unemployment insurance", 50, 50),
    ("work_injury", "工伤保险 Work-injury insurance", 0, 40),
    ("maternity", "生育保险 Maternity insurance", 0, 80),
];

/// Demo employers (the same one pays the user's housing fund).
const EMPLOYERS: &[&str] = &[
    "示范科技有限公司 Demo Technology Co., Ltd.",
    "华联贸易有限公司 Hualian Trading Co., Ltd.",
    "东方智造股份有限公司 Dongfang Smart Manufacturing Co., Ltd.",
    "长江物流有限公司 Changjiang Logistics Co., Ltd.",
    "蓝海软件有限公司 Lanhai Software Co., Ltd.",
    "明德教育科技有限公司 Mingde Education Technology Co., Ltd.",
    "安泰医疗器械有限公司 Antai Medical Devices Co., Ltd.",
    "新程文化传媒有限公司 Xincheng Culture Media Co., Ltd.",
];

/// Per city: (city id, ID region code, average monthly wage in yuan, demo figures).
const CITY_FACTS: &[(&str, &str, i64)] = &[
    ("beijing", "110105", 11_937),
    ("shanghai", "310115", 12_183),
    ("shenzhen", "440305", 12_964),
    ("guangzhou", "440106", 11_719),
    ("hangzhou", "330106", 10_968),
];

/// Months a pension must have been paid for to be drawn monthly (15 years).
const MIN_PENSION_MONTHS: i64 = 180;

/// The user's employer (shared with the housing fund).
pub(crate) fn employer_of(user: &str) -> &'static str {
    EMPLOYERS[(number(user, "employer") % EMPLOYERS.len() as u64) as usize]
}

/// The user's monthly contribution base (缴费基数) in fen: 6,000 to 30,000 yuan.
pub(crate) fn salary_base(user: &str) -> i64 {
    (6_000 + (number(user, "salary base") % 24_001) as i64) * 100
}

fn city_facts(city: &str) -> (&'static str, i64) {
    CITY_FACTS
        .iter()
        .find(|c| c.0 == city)
        .map_or(("110105", 11_937), |c| (c.1, c.2))
}

/// The check character of a 17-digit ID body (GB 11643, ISO 7064 MOD 11-2).
pub(crate) fn id_check(body: &str) -> char {
    const W: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = body
        .bytes()
        .zip(W)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    b"10X98765432"[(sum % 11) as usize] as char
}

/// What the user's record holds: a pure function of the user id.
struct Person {
    ssn: String,
    city: &'static str,
    birth: NaiveDate,
    male: bool,
    employer: &'static str,
    base_fen: i64,
    months: [i64; 5],
    pension_balance_fen: i64,
    medical_balance_fen: i64,
}

impl Person {
    fn of(user: &str) -> Person {
        let city = Identity::of(user).city.id;
        let pension = 24 + (number(user, "pension months") % 217) as i64;
        let age = 23 + pension / 12 + (number(user, "age") % 8) as i64;
        let b = number(user, "birth date");
        let birth = NaiveDate::from_ymd_opt(
            2025 - age as i32,
            1 + (b % 12) as u32,
            1 + ((b >> 8) % 28) as u32,
        )
        .expect("valid date");
        let seq = digits(user, "id sequence", 3);
        let body = format!("{}{}{seq}", city_facts(city).0, birth.format("%Y%m%d"));
        let ssn = format!("{body}{}", id_check(&body));
        let male = (seq.as_bytes()[2] - b'0') % 2 == 1;
        let base_fen = salary_base(user);
        let gap = |label: &str, n: u64| (pension - (number(user, label) % n) as i64).max(0);
        Person {
            ssn,
            city,
            birth,
            male,
            employer: employer_of(user),
            base_fen,
            months: [
                pension,
                pension,
                gap("unemployment gap", 7),
                gap("injury gap", 13),
                gap("injury gap", 13),
            ],
            // 8 % of the base a month, with credited interest (about 8 % over the years).
            pension_balance_fen: div_round(base_fen as i128 * 8 * pension as i128 * 108, 10_000)
                as i64,
            medical_balance_fen: 100_000 + (number(user, "medical balance") % 1_500_000) as i64,
        }
    }
}

fn money(out: &mut Object, name: &str, fen: i64) {
    out.insert(name.into(), json!(format_amount(fen)));
    out.insert(format!("{name}_fen"), json!(fen));
}

fn share(base: i64, bp: i64) -> i64 {
    div_round(base as i128 * bp as i128, 10_000) as i64
}

/// (personal, employer) monthly contributions on `base`.
fn monthly_totals(base: i64) -> (i64, i64) {
    INSURANCE.iter().fold((0, 0), |(p, e), (_, _, pb, eb)| {
        (p + share(base, *pb), e + share(base, *eb))
    })
}

/// The stored record of the caller for the `ssn` argument.
struct Record {
    ssn: String,
    city: String,
    employer: String,
    base_fen: i64,
    birth: String,
    gender: String,
    months: [i64; 5],
    pension_balance_fen: i64,
    medical_balance_fen: i64,
}

fn ssn_arg(args: &Args<'_>) -> Result<String, Failure> {
    let ssn = args.str_opt("ssn")?.ok_or_else(|| {
        fail(
            "ssn_required",
            "`ssn` is required: the 18-character social security number (社会保障号, the same as the ID card number), or save it in the bank app",
        )
    })?;
    let ssn = ssn.to_ascii_uppercase();
    let b = ssn.as_bytes();
    let shaped = b.len() == 18
        && b[..17].iter().all(u8::is_ascii_digit)
        && (b[17].is_ascii_digit() || b[17] == b'X');
    if !shaped {
        return Err(fail(
            "invalid_ssn",
            "`ssn` must be 17 digits followed by a digit or X (the 18-character 社会保障号)",
        ));
    }
    if id_check(&ssn[..17]) != b[17] as char {
        return Err(fail(
            "invalid_ssn",
            "the check character of that social security number is wrong; check the number on the social security card (社保卡)",
        ));
    }
    Ok(ssn)
}

fn record(tx: &Transaction<'_>, args: &Args<'_>, ctx: &Ctx<'_>) -> Result<Record, SbError> {
    let ssn = ssn_arg(args)?;
    let found = tx
        .prepare_cached(
            "SELECT city, employer, base_fen, birth_date, gender, pension_months, medical_months,
                    unemployment_months, injury_months, maternity_months, pension_balance_fen,
                    medical_balance_fen
             FROM sb_social_security_person WHERE ssn = ?1 AND user_id = ?2",
        )?
        .query_row(params![ssn, ctx.user], |r| {
            Ok(Record {
                ssn: ssn.clone(),
                city: r.get(0)?,
                employer: r.get(1)?,
                base_fen: r.get(2)?,
                birth: r.get(3)?,
                gender: r.get(4)?,
                months: [r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?],
                pension_balance_fen: r.get(10)?,
                medical_balance_fen: r.get(11)?,
            })
        })
        .optional()?;
    found.ok_or_else(|| {
        fail(
            "ssn_not_found",
            format!(
                "the user has no social insurance record under {}; check the number (社会保障号) or use the saved one",
                mask(&ssn)
            ),
        )
        .into()
    })
}

pub(crate) fn query_contributions(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let rec = record(tx, args, ctx)?;
    let insurance: Vec<Value> = INSURANCE
        .iter()
        .zip(rec.months)
        .map(|((id, name, pb, eb), months)| {
            json!({
                "type": id,
                "name": name,
                "months_contributed": months,
                "personal_rate_percent": format_bp_percent(*pb),
                "employer_rate_percent": format_bp_percent(*eb),
                "monthly_personal": format_amount(share(rec.base_fen, *pb)),
                "monthly_personal_fen": share(rec.base_fen, *pb),
                "monthly_employer": format_amount(share(rec.base_fen, *eb)),
                "monthly_employer_fen": share(rec.base_fen, *eb),
            })
        })
        .collect();
    let mut stmt = tx.prepare_cached(
        "SELECT period, base_fen, status FROM sb_social_security_record
         WHERE ssn = ?1 ORDER BY period DESC LIMIT 6",
    )?;
    let rows = stmt.query_map(params![rec.ssn], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut recent = Vec::new();
    for row in rows {
        let (period, base, status) = row?;
        let (p, e) = monthly_totals(base);
        recent.push(json!({
            "period": period,
            "contribution_base": format_amount(base),
            "contribution_base_fen": base,
            "personal_amount": format_amount(p),
            "personal_amount_fen": p,
            "employer_amount": format_amount(e),
            "employer_amount_fen": e,
            "status": status,
        }));
    }
    let (p, e) = monthly_totals(rec.base_fen);
    let mut out = obj(json!({
        "ssn_masked": mask(&rec.ssn),
        "city": rec.city,
        "employer": rec.employer,
        "status": "contributing",
        "insurance": insurance,
        "recent_records": recent,
    }));
    money(&mut out, "contribution_base", rec.base_fen);
    money(&mut out, "monthly_personal_total", p);
    money(&mut out, "monthly_employer_total", e);
    Ok(out)
}

pub(crate) fn query_pension_account(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let rec = record(tx, args, ctx)?;
    let months = rec.months[0];
    let male = rec.gender == "male";
    let (retire_age, divisor) = if male { (60, 139) } else { (55, 170) };
    let birth = NaiveDate::parse_from_str(&rec.birth, "%Y-%m-%d").map_err(|_| {
        fail(
            "record_unreadable",
            "the stored record has no valid birth date",
        )
    })?;
    let today = ctx.now.date_naive();
    let retire_index = (birth.year() + retire_age) as i64 * 12 + birth.month() as i64;
    let now_index = today.year() as i64 * 12 + today.month() as i64;
    let to_go = (retire_index - now_index).max(0);
    let monthly_personal = share(rec.base_fen, INSURANCE[0].2);
    let projected = rec.pension_balance_fen + monthly_personal * to_go;
    let total_months = months + to_go;
    let avg = city_facts(&rec.city).1 * 100;
    let index_bp =
        (div_round(rec.base_fen as i128 * 10_000, avg as i128) as i64).clamp(6_000, 30_000);
    let eligible = total_months >= MIN_PENSION_MONTHS;
    let (basic, personal) = if eligible {
        (
            div_round(
                avg as i128 * (10_000 + index_bp) as i128 * total_months as i128,
                2 * 10_000 * 12 * 100,
            ) as i64,
            div_round(projected as i128, divisor) as i64,
        )
    } else {
        (0, 0)
    };
    let mut out = obj(json!({
        "ssn_masked": mask(&rec.ssn),
        "months_contributed": months,
        "years_contributed": months / 12,
        "extra_months": months % 12,
        "retirement_age": retire_age,
        "months_to_retirement": to_go,
        "months_at_retirement": total_months,
        "eligible_for_monthly_pension": eligible,
        "assumptions": format!(
            "retirement at {retire_age} (the gradual raise of retirement ages is not modelled); contributions continue at today's base until then; basic pension = city average wage × (1 + contribution index) / 2 × years × 1 %; personal-account pension = projected balance / {divisor} months; no interest or wage growth; at least {MIN_PENSION_MONTHS} months are needed for a monthly pension"
        ),
    }));
    out.insert(
        "contribution_index".into(),
        json!(format!(
            "{}.{:02}",
            index_bp / 10_000,
            index_bp % 10_000 / 100
        )),
    );
    money(&mut out, "account_balance", rec.pension_balance_fen);
    money(&mut out, "monthly_personal_contribution", monthly_personal);
    money(&mut out, "projected_balance", projected);
    money(&mut out, "city_average_wage", avg);
    money(&mut out, "estimated_basic_pension", basic);
    money(&mut out, "estimated_account_pension", personal);
    money(&mut out, "estimated_monthly_pension", basic + personal);
    Ok(out)
}

pub(crate) fn query_medical_balance(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let rec = record(tx, args, ctx)?;
    let limit = int_in(args, "limit", 1, 20, "invalid_argument")?.unwrap_or(10);
    let mut stmt = tx.prepare_cached(
        "SELECT date, kind, institution, total_fen, account_fen, pooled_fen, self_fen
         FROM sb_social_security_medical WHERE ssn = ?1
         ORDER BY date DESC, record_id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![rec.ssn, limit], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, i64>(5)?,
            r.get::<_, i64>(6)?,
        ))
    })?;
    let mut records = Vec::new();
    let mut from_account = 0;
    for row in rows {
        let (date, kind, institution, total, account, pooled, own) = row?;
        from_account += account;
        records.push(json!({
            "date": date,
            "kind": kind,
            "institution": institution,
            "total": format_amount(total),
            "total_fen": total,
            "paid_from_account": format_amount(account),
            "paid_from_account_fen": account,
            "paid_by_pool": format_amount(pooled),
            "paid_by_pool_fen": pooled,
            "self_paid": format_amount(own),
            "self_paid_fen": own,
        }));
    }
    let mut out = obj(json!({
        "ssn_masked": mask(&rec.ssn),
        "count": records.len(),
        "records": records,
    }));
    money(&mut out, "account_balance", rec.medical_balance_fen);
    money(
        &mut out,
        "monthly_credit",
        share(rec.base_fen, INSURANCE[1].2),
    );
    money(&mut out, "spent_from_account", from_account);
    Ok(out)
}

const INSTITUTIONS: &[(&str, &str)] = &[
    ("outpatient", "市第一人民医院 City No. 1 People's Hospital"),
    ("pharmacy", "益民大药房 Yimin Pharmacy"),
    ("outpatient", "社区卫生服务中心 Community Health Centre"),
    ("pharmacy", "康泰医药连锁 Kangtai Pharmacy Chain"),
    ("inpatient", "市中心医院 City Central Hospital"),
];

/// One medical bill: (total, from the account, by the pool, self-paid), fen.
fn medical_split(kind: &str, h: u64) -> (i64, i64, i64, i64) {
    match kind {
        "pharmacy" => {
            let total = 2_000 + (h % 28_000) as i64;
            (total, total, 0, 0)
        }
        "inpatient" => {
            let total = 300_000 + (h % 1_200_000) as i64;
            let pooled = total * 85 / 100;
            (total, 0, pooled, total - pooled)
        }
        _ => {
            let total = 8_000 + (h % 72_000) as i64;
            let pooled = total / 2;
            let own = total / 10;
            (total, total - pooled - own, pooled, own)
        }
    }
}

fn seed_social_security(
    tx: &Transaction<'_>,
    user: &str,
    now: DateTime<Local>,
) -> crate::db::Result<()> {
    let p = Person::of(user);
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO sb_social_security_person
             (ssn, user_id, city, employer, base_fen, birth_date, gender, pension_months,
              medical_months, unemployment_months, injury_months, maternity_months,
              pension_balance_fen, medical_balance_fen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            p.ssn,
            user,
            p.city,
            p.employer,
            p.base_fen,
            p.birth.format("%Y-%m-%d").to_string(),
            if p.male { "male" } else { "female" },
            p.months[0],
            p.months[1],
            p.months[2],
            p.months[3],
            p.months[4],
            p.pension_balance_fen,
            p.medical_balance_fen
        ],
    )?;
    if inserted == 0 {
        // The number already belongs to someone else's record: leave it alone.
        return Ok(());
    }
    let today = now.date_naive();
    let mut rec = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_social_security_record (ssn, period, base_fen, status)
         VALUES (?1, ?2, ?3, 'paid')",
    )?;
    for back in 1..=6 {
        let (y, m) = seed::month_add(today.year(), today.month(), -back);
        rec.execute(params![p.ssn, format!("{y:04}-{m:02}"), p.base_fen])?;
    }
    let mut med = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_social_security_medical
             (record_id, ssn, date, kind, institution, total_fen, account_fen, pooled_fen, self_fen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let count = 3 + number(user, "medical count") % 4;
    for k in 0..count {
        let h = number(user, &format!("medical {k}"));
        // Mostly outpatient visits and pharmacy purchases; now and then a hospital stay.
        let which = number(user, &format!("medical kind {k}"));
        let pick = if which.is_multiple_of(20) {
            4
        } else {
            which % 4
        };
        let (kind, institution) = INSTITUTIONS[pick as usize];
        let date = today - Duration::days(7 + k as i64 * 30 + ((h >> 16) % 20) as i64);
        let (total, account, pooled, own) = medical_split(kind, h >> 24);
        med.execute(params![
            format!("{}-{k}", p.ssn),
            p.ssn,
            date.format("%Y-%m-%d").to_string(),
            kind,
            institution,
            total,
            account,
            pooled,
            own
        ])?;
    }
    Ok(())
}

fn profile(user: &str) -> Vec<(String, String)> {
    vec![("social_security.number".into(), Person::of(user).ssn)]
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_social_security_person (
    ssn                 TEXT PRIMARY KEY,
    user_id             TEXT NOT NULL,
    city                TEXT NOT NULL,
    employer            TEXT NOT NULL,
    base_fen            INTEGER NOT NULL,   -- monthly contribution base
    birth_date          TEXT NOT NULL,      -- YYYY-MM-DD
    gender              TEXT NOT NULL,      -- male | female
    pension_months      INTEGER NOT NULL,
    medical_months      INTEGER NOT NULL,
    unemployment_months INTEGER NOT NULL,
    injury_months       INTEGER NOT NULL,
    maternity_months    INTEGER NOT NULL,
    pension_balance_fen INTEGER NOT NULL,
    medical_balance_fen INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_social_security_person_user ON sb_social_security_person (user_id);
CREATE TABLE IF NOT EXISTS sb_social_security_record (
    ssn      TEXT NOT NULL,
    period   TEXT NOT NULL,               -- YYYY-MM
    base_fen INTEGER NOT NULL,
    status   TEXT NOT NULL,               -- paid
    PRIMARY KEY (ssn, period)
);
CREATE TABLE IF NOT EXISTS sb_social_security_medical (
    record_id   TEXT PRIMARY KEY,
    ssn         TEXT NOT NULL,
    date        TEXT NOT NULL,            -- YYYY-MM-DD
    kind        TEXT NOT NULL,            -- outpatient | pharmacy | inpatient
    institution TEXT NOT NULL,
    total_fen   INTEGER NOT NULL,
    account_fen INTEGER NOT NULL,         -- paid from the personal medical account
    pooled_fen  INTEGER NOT NULL,         -- paid by the pooled fund (统筹)
    self_fen    INTEGER NOT NULL          -- paid by the patient
);
CREATE INDEX IF NOT EXISTS sb_social_security_medical_ssn ON sb_social_security_medical (ssn, date);
";

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.social_security",
    manifest: include_str!("../../tool-schemas/social_security.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "social_security.query_contributions",
            params: &["ssn"],
            kind: Kind::Read(query_contributions),
        },
        Route {
            action: "social_security.query_pension_account",
            params: &["ssn"],
            kind: Kind::Read(query_pension_account),
        },
        Route {
            action: "social_security.query_medical_balance",
            params: &["ssn", "limit"],
            kind: Kind::Read(query_medical_balance),
        },
    ],
    seed: Some(seed_social_security),
    profile: Some(profile),
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, profile as saved, sandbox};

    #[test]
    fn id_numbers_are_valid_and_per_user() {
        // A published example number: 11010519491231002X.
        assert_eq!(id_check("11010519491231002"), 'X');
        let a = Person::of("demo").ssn;
        assert_eq!(a, Person::of("demo").ssn);
        assert_ne!(a, Person::of("alice").ssn);
        for user in ["demo", "alice", "bob", "carol"] {
            let s = Person::of(user).ssn;
            assert_eq!(s.len(), 18);
            assert_eq!(id_check(&s[..17]), s.chars().last().unwrap());
            assert_eq!(saved(user, "social_security.number"), s);
        }
    }

    #[test]
    fn contributions_pension_and_medical() {
        let sb = sandbox();
        let ssn = saved("demo", "social_security.number");
        let c = ok(
            &sb,
            "demo",
            "social_security.query_contributions",
            json!({"ssn": ssn}),
        );
        assert_eq!(c["insurance"].as_array().unwrap().len(), 5);
        assert_eq!(c["recent_records"].as_array().unwrap().len(), 6);
        let periods: Vec<&str> = c["recent_records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["period"].as_str().unwrap())
            .collect();
        assert!(periods.windows(2).all(|w| w[0] > w[1]), "newest first");
        let base = c["contribution_base_fen"].as_i64().unwrap();
        assert_eq!(c["insurance"][0]["monthly_personal_fen"], base * 8 / 100);
        assert_eq!(c["employer"], employer_of("demo"));
        let p = ok(
            &sb,
            "demo",
            "social_security.query_pension_account",
            json!({"ssn": ssn}),
        );
        assert!(p["account_balance_fen"].as_i64().unwrap() > 0);
        assert_eq!(
            p["months_contributed"],
            c["insurance"][0]["months_contributed"]
        );
        let total = p["estimated_monthly_pension_fen"].as_i64().unwrap();
        assert_eq!(
            total,
            p["estimated_basic_pension_fen"].as_i64().unwrap()
                + p["estimated_account_pension_fen"].as_i64().unwrap()
        );
        let m = ok(
            &sb,
            "demo",
            "social_security.query_medical_balance",
            json!({"ssn": ssn, "limit": 2}),
        );
        assert_eq!(m["records"].as_array().unwrap().len(), 2);
        for r in m["records"].as_array().unwrap() {
            let sum = r["paid_from_account_fen"].as_i64().unwrap()
                + r["paid_by_pool_fen"].as_i64().unwrap()
                + r["self_paid_fen"].as_i64().unwrap();
            assert_eq!(r["total_fen"].as_i64().unwrap(), sum);
        }
    }

    #[test]
    fn only_the_callers_valid_number_is_found() {
        let sb = sandbox();
        let alice = saved("alice", "social_security.number");
        let f = failure(
            &sb,
            "demo",
            "social_security.query_contributions",
            json!({"ssn": alice}),
        );
        assert_eq!(f.code, "ssn_not_found");
        assert!(!f.message.contains(&alice));
        let mut wrong = saved("demo", "social_security.number");
        let last = wrong.pop().unwrap();
        wrong.push(if last == '0' { '1' } else { '0' });
        for bad in [wrong.as_str(), "12345", "1101051949123100ZZ"] {
            let f = failure(
                &sb,
                "demo",
                "social_security.query_pension_account",
                json!({"ssn": bad}),
            );
            assert_eq!(f.code, "invalid_ssn", "{bad}");
        }
        let f = failure(
            &sb,
            "demo",
            "social_security.query_medical_balance",
            json!({}),
        );
        assert_eq!(f.code, "ssn_required");
        let f = failure(
            &sb,
            "demo",
            "social_security.query_medical_balance",
            json!({"ssn": saved("demo", "social_security.number"), "limit": 0}),
        );
        assert_eq!(f.code, "invalid_argument");
    }
}
