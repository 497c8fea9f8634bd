//! 校园缴费: this term's school fees (tuition, accommodation, books) of the user's
//! child, by student id (学号), paid from the user's card: all unpaid items at once or
//! one item. Only the caller's own students are found.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Datelike, Local, NaiveDate};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::money::{format_amount, mask};
use super::seed::{DEMO_USER, Identity, digits, number, rfc3339};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_school_fees_student (
    student_id TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    school     TEXT NOT NULL,
    term       TEXT NOT NULL,        -- e.g. 2025-2026-1
    term_name  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_school_fees_item (
    item_id    TEXT PRIMARY KEY,
    student_id TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,        -- tuition | accommodation | books
    name       TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    due_date   TEXT NOT NULL,
    status     TEXT NOT NULL,        -- unpaid | paid
    paid_at    TEXT,
    receipt_no TEXT
);
CREATE INDEX IF NOT EXISTS sb_school_fees_item_student ON sb_school_fees_item (student_id, user_id);
";

/// (kind, name, lowest and highest amount in fen, whole yuan?).
const ITEMS: &[(&str, &str, i64, i64, bool)] = &[
    ("tuition", "学费 Tuition", 150_000, 600_000, true),
    (
        "accommodation",
        "住宿费 Accommodation",
        60_000,
        150_000,
        true,
    ),
    ("books", "教材费 Textbooks", 18_000, 65_000, false),
];

fn school_of(city: &str) -> &'static str {
    match city {
        "beijing" => "北京示范实验学校 Beijing Demo Experimental School",
        "shanghai" => "上海示范实验学校 Shanghai Demo Experimental School",
        "shenzhen" => "深圳示范实验学校 Shenzhen Demo Experimental School",
        "guangzhou" => "广州示范实验学校 Guangzhou Demo Experimental School",
        _ => "杭州示范实验学校 Hangzhou Demo Experimental School",
    }
}

/// The user's child's student id (学号): the year they started and six digits.
pub(crate) fn student_id(user: &str) -> String {
    format!(
        "{}{}",
        2019 + number(user, "student year") % 6,
        digits(user, "student", 6)
    )
}

/// The school term of `date`: (id, name, fees due date). The autumn term runs from
/// August to January, the spring term from February to July.
fn term_of(date: NaiveDate) -> (String, String, NaiveDate) {
    let (y, m) = (date.year(), date.month());
    let (start, half) = match m {
        8..=12 => (y, 1),
        1 => (y - 1, 1),
        _ => (y - 1, 2),
    };
    let (name, due) = if half == 1 {
        (
            format!("{start}-{} 学年第一学期 autumn term", start + 1),
            NaiveDate::from_ymd_opt(start, 9, 15),
        )
    } else {
        (
            format!("{start}-{} 学年第二学期 spring term", start + 1),
            NaiveDate::from_ymd_opt(start + 1, 3, 15),
        )
    };
    (
        format!("{start}-{}-{half}", start + 1),
        name,
        due.unwrap_or(date),
    )
}

fn item_id(student: &str, term: &str, kind: &str) -> String {
    let d = Sha256::digest(format!("school fee\0{student}\0{term}\0{kind}").as_bytes());
    format!("SF{}", hex::encode_upper(&d[..5]))
}

fn student_arg<'a>(args: &Args<'a>) -> Result<&'a str, Failure> {
    let id = args.str_opt("student_id")?.ok_or_else(|| {
        fail(
            "student_id_required",
            "`student_id` is required: pass the student id (学号) or save the child's student id",
        )
    })?;
    let ok = (6..=20).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric());
    if !ok {
        return Err(fail(
            "invalid_argument",
            "`student_id` must be the student id (学号): 6 to 20 letters or digits",
        ));
    }
    Ok(id)
}

fn item_arg<'a>(args: &Args<'a>) -> Result<Option<&'a str>, Failure> {
    let Some(id) = args.str_opt("item_id")? else {
        return Ok(None);
    };
    let ok =
        id.len() == 12 && id.starts_with("SF") && id[2..].bytes().all(|b| b.is_ascii_hexdigit());
    if !ok {
        return Err(fail(
            "invalid_argument",
            "`item_id` must be a fee item id from school_fees__query_school_fees (SF followed by 10 characters)",
        ));
    }
    Ok(Some(id))
}

struct Student {
    student_id: String,
    school: String,
    term: String,
    term_name: String,
}

struct Item {
    item_id: String,
    kind: String,
    name: String,
    amount_fen: i64,
    due_date: String,
    status: String,
    paid_at: Option<String>,
}

fn find_student(tx: &Transaction<'_>, ctx: &Ctx<'_>, id: &str) -> Result<Student, SbError> {
    let row = tx
        .prepare_cached(
            "SELECT student_id, school, term, term_name FROM sb_school_fees_student
             WHERE student_id = ?1 AND user_id = ?2",
        )?
        .query_row(params![id, ctx.user], |r| {
            Ok(Student {
                student_id: r.get(0)?,
                school: r.get(1)?,
                term: r.get(2)?,
                term_name: r.get(3)?,
            })
        })
        .optional()?;
    row.ok_or_else(|| {
        fail(
            "student_not_found",
            format!(
                "the user has no student with id {} registered for school fees; check the student id (学号)",
                mask(id)
            ),
        )
        .into()
    })
}

/// The student's items in a fixed order (tuition, accommodation, books).
fn items(tx: &Transaction<'_>, ctx: &Ctx<'_>, student: &str) -> crate::db::Result<Vec<Item>> {
    let mut stmt = tx.prepare_cached(
        "SELECT item_id, kind, name, amount_fen, due_date, status, paid_at FROM sb_school_fees_item
         WHERE student_id = ?1 AND user_id = ?2
         ORDER BY CASE kind WHEN 'tuition' THEN 0 WHEN 'accommodation' THEN 1 ELSE 2 END, item_id",
    )?;
    let rows = stmt.query_map(params![student, ctx.user], |r| {
        Ok(Item {
            item_id: r.get(0)?,
            kind: r.get(1)?,
            name: r.get(2)?,
            amount_fen: r.get(3)?,
            due_date: r.get(4)?,
            status: r.get(5)?,
            paid_at: r.get(6)?,
        })
    })?;
    rows.collect()
}

fn item_json(i: &Item) -> Value {
    let mut o = json!({
        "item_id": i.item_id,
        "kind": i.kind,
        "name": i.name,
        "amount": format_amount(i.amount_fen),
        "amount_fen": i.amount_fen,
        "due_date": i.due_date,
        "status": i.status,
    });
    if let Some(p) = &i.paid_at {
        o["paid_at"] = json!(p);
    }
    o
}

/// The items selected by `item_id` (one) or all of them; unknown ids fail.
fn select<'i>(all: &'i [Item], item: Option<&str>) -> Result<Vec<&'i Item>, SbError> {
    match item {
        None => Ok(all.iter().collect()),
        Some(id) => all
            .iter()
            .find(|i| i.item_id == id)
            .map(|i| vec![i])
            .ok_or_else(|| {
                fail(
                    "item_not_found",
                    "the student has no fee item with that id this term; list the items with school_fees__query_school_fees",
                )
                .into()
            }),
    }
}

pub(crate) fn query_school_fees(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let id = student_arg(args)?;
    let item = item_arg(args)?;
    let s = find_student(tx, ctx, id)?;
    let all = items(tx, ctx, &s.student_id)?;
    let chosen = select(&all, item)?;
    let outstanding: i64 = chosen
        .iter()
        .filter(|i| i.status == "unpaid")
        .map(|i| i.amount_fen)
        .sum();
    Ok(obj(json!({
        "student_id_masked": mask(&s.student_id),
        "school": s.school,
        "term": s.term,
        "term_name": s.term_name,
        "items": chosen.iter().map(|i| item_json(i)).collect::<Vec<_>>(),
        "outstanding": format_amount(outstanding),
        "outstanding_fen": outstanding,
    })))
}

pub(crate) fn pay_school_fees(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let id = student_arg(args)?;
    let item = item_arg(args)?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?;
    let s = find_student(tx, ctx, id)?;
    wallet::available(tx, ctx, card)?;
    let all = items(tx, ctx, &s.student_id)?;
    let chosen = select(&all, item)?;
    let unpaid: Vec<&Item> = chosen
        .into_iter()
        .filter(|i| i.status == "unpaid")
        .collect();
    if unpaid.is_empty() {
        let (code, what) = match item {
            Some(_) => ("already_paid", "that fee item is already paid"),
            None => ("nothing_to_pay", "every fee item of this term is paid"),
        };
        return Err(fail(code, format!("{what}; nothing was paid")).into());
    }
    let due: i64 = unpaid.iter().map(|i| i.amount_fen).sum();
    if let Some(a) = amount
        && a != due
    {
        let hint = if item.is_some() {
            "pay one item by its item_id and amount, or omit the amount"
        } else {
            "to pay a single item pass its item_id; or omit the amount"
        };
        return Err(fail(
            "amount_mismatch",
            format!(
                "{} yuan is not what is due: {} yuan for the selected items; {hint}",
                format_amount(a),
                format_amount(due)
            ),
        )
        .into());
    }
    wallet::charge(tx, ctx, card, due)?;
    let receipt_no = wallet::reference("SC", ctx);
    let paid_at = ctx.now_rfc3339();
    let mut mark = tx.prepare_cached(
        "UPDATE sb_school_fees_item SET status = 'paid', paid_at = ?2, receipt_no = ?3
         WHERE item_id = ?1 AND user_id = ?4 AND status = 'unpaid'",
    )?;
    for i in &unpaid {
        mark.execute(params![i.item_id, paid_at, receipt_no, ctx.user])?;
    }
    let remaining: i64 = all
        .iter()
        .filter(|i| i.status == "unpaid")
        .map(|i| i.amount_fen)
        .sum::<i64>()
        - due;
    Ok(obj(json!({
        "receipt_no": receipt_no,
        "student_id_masked": mask(&s.student_id),
        "school": s.school,
        "term": s.term,
        "items_paid": unpaid.iter().map(|i| i.item_id.clone()).collect::<Vec<_>>(),
        "amount": format_amount(due),
        "amount_fen": due,
        "card_masked": mask(card),
        "paid_at": paid_at,
        "status": "paid",
        "remaining_outstanding": format_amount(remaining),
        "remaining_outstanding_fen": remaining,
    })))
}

fn seed(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let student = student_id(user);
    let (term, term_name, due) = term_of(now.date_naive());
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO sb_school_fees_student (student_id, user_id, school, term, term_name)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            student,
            user,
            school_of(Identity::of(user).city.id),
            term,
            term_name
        ])?;
    if inserted == 0 {
        // The id is someone else's child: leave it alone.
        return Ok(());
    }
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_school_fees_item
             (item_id, student_id, user_id, kind, name, amount_fen, due_date, status, paid_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (kind, name, lo, hi, whole) in ITEMS {
        let h = number(user, &format!("school fee {kind}"));
        let mut amount = lo + (h % (hi - lo) as u64) as i64;
        if *whole {
            amount -= amount % 1_000; // whole tens of yuan
        }
        // The demo user owes everything; others have each item unpaid one time in two.
        let unpaid = user == DEMO_USER || (h >> 32).is_multiple_of(2);
        let paid_at = (!unpaid).then(|| rfc3339(now - chrono::Duration::days(10)));
        insert.execute(params![
            item_id(&student, &term, kind),
            student,
            user,
            kind,
            name,
            amount,
            due.format("%Y-%m-%d").to_string(),
            if unpaid { "unpaid" } else { "paid" },
            paid_at
        ])?;
    }
    Ok(())
}

fn profile(user: &str) -> Vec<(String, String)> {
    vec![("school.student_id".into(), student_id(user))]
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.school_fees",
    manifest: include_str!("../../tool-schemas/school_fees.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "school_fees.query_school_fees",
            params: &["student_id", "item_id"],
            kind: Kind::Read(query_school_fees),
        },
        Route {
            action: "school_fees.pay_school_fees",
            params: &["student_id", "item_id", "amount", "card"],
            kind: Kind::Write(pay_school_fees),
        },
    ],
    seed: Some(seed),
    profile: Some(profile),
};

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use serde_json::json;

    use super::term_of;
    use crate::sandbox::tests::{failure, ok, profile, sandbox};

    #[test]
    fn terms_follow_the_school_year() {
        let d = |y, m| NaiveDate::from_ymd_opt(y, m, 10).unwrap();
        assert_eq!(term_of(d(2025, 9)).0, "2025-2026-1");
        assert_eq!(term_of(d(2026, 1)).0, "2025-2026-1");
        assert_eq!(term_of(d(2026, 3)).0, "2025-2026-2");
        assert_eq!(
            term_of(d(2026, 7)).2,
            NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
        );
    }

    #[test]
    fn pay_one_item_then_the_rest() {
        let sb = sandbox();
        let sid = profile("demo", "school.student_id");
        let card = profile("demo", "payment.card");
        let q = ok(
            &sb,
            "demo",
            "school_fees.query_school_fees",
            json!({"student_id": sid}),
        );
        let items = q["items"].as_array().unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(items[0]["kind"], "tuition");
        assert!(items.iter().all(|i| i["status"] == "unpaid"));
        let total = q["outstanding_fen"].as_i64().unwrap();
        let books = items[2]["item_id"].as_str().unwrap();
        let one = ok(
            &sb,
            "demo",
            "school_fees.query_school_fees",
            json!({"student_id": sid, "item_id": books}),
        );
        assert_eq!(one["outstanding"], items[2]["amount"]);
        let f = failure(
            &sb,
            "demo",
            "school_fees.pay_school_fees",
            json!({"student_id": sid, "card": card, "amount": items[2]["amount"]}),
        );
        assert_eq!(f.code, "amount_mismatch");
        let p = ok(
            &sb,
            "demo",
            "school_fees.pay_school_fees",
            json!({"student_id": sid, "item_id": books, "card": card}),
        );
        assert_eq!(p["items_paid"], json!([books]));
        assert_eq!(
            p["remaining_outstanding_fen"].as_i64().unwrap(),
            total - items[2]["amount_fen"].as_i64().unwrap()
        );
        let f = failure(
            &sb,
            "demo",
            "school_fees.pay_school_fees",
            json!({"student_id": sid, "item_id": books, "card": card}),
        );
        assert_eq!(f.code, "already_paid");
        let p = ok(
            &sb,
            "demo",
            "school_fees.pay_school_fees",
            json!({"student_id": sid, "card": card}),
        );
        assert_eq!(p["items_paid"].as_array().unwrap().len(), 2);
        assert_eq!(p["remaining_outstanding"], "0.00");
        let f = failure(
            &sb,
            "demo",
            "school_fees.pay_school_fees",
            json!({"student_id": sid, "card": card}),
        );
        assert_eq!(f.code, "nothing_to_pay");
        let f = failure(
            &sb,
            "demo",
            "school_fees.query_school_fees",
            json!({"student_id": sid, "item_id": "SF0000000000"}),
        );
        assert_eq!(f.code, "item_not_found");
        // Someone else's child is not found.
        let f = failure(
            &sb,
            "alice",
            "school_fees.query_school_fees",
            json!({"student_id": sid}),
        );
        assert_eq!(f.code, "student_not_found");
        for user in ["alice", "bob", "张三"] {
            let q = ok(
                &sb,
                user,
                "school_fees.query_school_fees",
                json!({"student_id": profile(user, "school.student_id")}),
            );
            assert_eq!(q["items"].as_array().unwrap().len(), 3);
        }
    }
}
