//! 交通违章缴罚款: the traffic violations of the user's car (the same car as ETC,
//! `etc_toll::plate_of`) and paying their fines by penalty decision number (决定书编号).
//!
//! Only the caller's own cars are found (their saved `etc.plate`). A fine is paid whole (its exact amount);
//! paying does not change the points (记分), which stay on the driving licence.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Duration, Local, NaiveTime};
use serde_json::{Value, json};

use super::etc_toll::{plate_arg, plate_of};
use super::money::{format_amount, mask};
use super::seed::{DEMO_USER, Identity, digits, number, rfc3339};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_traffic_fines_vehicle (
    plate   TEXT PRIMARY KEY,       -- normalised, with the middle dot
    user_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_traffic_fines_fine (
    decision_no TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    plate       TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    location    TEXT NOT NULL,
    violation   TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL,
    points      INTEGER NOT NULL,
    authority   TEXT NOT NULL,
    status      TEXT NOT NULL,      -- unpaid | paid
    paid_at     TEXT,
    receipt_no  TEXT
);
CREATE INDEX IF NOT EXISTS sb_traffic_fines_plate ON sb_traffic_fines_fine (plate, user_id);
";

/// (violation, fine in fen, points).
const VIOLATIONS: &[(&str, i64, i64)] = &[
    ("机动车违反规定停放 Illegal parking", 15_000, 0),
    (
        "驾驶机动车违反道路交通信号灯通行 Running a red light",
        20_000,
        6,
    ),
    (
        "超过规定时速未达20% Speeding, less than 20% over the limit",
        20_000,
        3,
    ),
    (
        "不按导向车道行驶 Not following the lane direction arrows",
        10_000,
        2,
    ),
    (
        "驾驶时拨打接听手持电话 Using a hand-held phone while driving",
        10_000,
        3,
    ),
    ("违反禁止标线指示 Crossing a solid line", 10_000, 1),
];

/// (area code of decision numbers, issuing authority, places) per city.
fn city_data(city: &str) -> (&'static str, &'static str, &'static [&'static str]) {
    match city {
        "beijing" => (
            "110000",
            "北京市公安局公安交通管理局 Beijing Traffic Management Bureau",
            &[
                "北京市海淀区中关村大街 Zhongguancun St, Haidian",
                "北京市朝阳区建国路 Jianguo Rd, Chaoyang",
                "北京市东城区东直门内大街 Dongzhimennei St, Dongcheng",
            ],
        ),
        "shanghai" => (
            "310000",
            "上海市公安局交通警察总队 Shanghai Traffic Police",
            &[
                "上海市徐汇区漕溪北路 Caoxi North Rd, Xuhui",
                "上海市浦东新区世纪大道 Century Ave, Pudong",
                "上海市静安区南京西路 West Nanjing Rd, Jing'an",
            ],
        ),
        "shenzhen" => (
            "440300",
            "深圳市公安局交通警察局 Shenzhen Traffic Police",
            &[
                "深圳市南山区深南大道 Shennan Blvd, Nanshan",
                "深圳市福田区滨河大道 Binhe Blvd, Futian",
                "深圳市宝安区宝安大道 Bao'an Blvd, Bao'an",
            ],
        ),
        "guangzhou" => (
            "440100",
            "广州市公安局交通警察支队 Guangzhou Traffic Police",
            &[
                "广州市天河区天河路 Tianhe Rd, Tianhe",
                "广州市越秀区环市东路 Huanshi East Rd, Yuexiu",
                "广州市海珠区新港中路 Xingang Middle Rd, Haizhu",
            ],
        ),
        _ => (
            "330100",
            "杭州市公安局交通警察支队 Hangzhou Traffic Police",
            &[
                "杭州市西湖区文三路 Wensan Rd, Xihu",
                "杭州市上城区解放路 Jiefang Rd, Shangcheng",
                "杭州市滨江区江南大道 Jiangnan Ave, Binjiang",
            ],
        ),
    }
}

struct Fine {
    decision_no: String,
    plate: String,
    occurred_at: String,
    location: String,
    violation: String,
    amount_fen: i64,
    points: i64,
    authority: String,
    status: String,
    paid_at: Option<String>,
}

fn fine_json(f: &Fine) -> Value {
    let mut o = json!({
        "decision_no": f.decision_no,
        "occurred_at": f.occurred_at,
        "location": f.location,
        "violation": f.violation,
        "amount": format_amount(f.amount_fen),
        "amount_fen": f.amount_fen,
        "points": f.points,
        "status": f.status,
    });
    if let Some(p) = &f.paid_at {
        o["paid_at"] = json!(p);
    }
    o
}

fn decision_arg<'a>(args: &Args<'a>) -> Result<Option<&'a str>, Failure> {
    let Some(d) = args.str_opt("decision_no")? else {
        return Ok(None);
    };
    if d.len() != 16 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail(
            "invalid_argument",
            "`decision_no` must be the 16-digit penalty decision number (决定书编号)",
        ));
    }
    Ok(Some(d))
}

/// The car's fines, newest first.
fn fines(tx: &Transaction<'_>, ctx: &Ctx<'_>, plate: &str) -> crate::db::Result<Vec<Fine>> {
    let mut stmt = tx.prepare_cached(
        "SELECT decision_no, plate, occurred_at, location, violation, amount_fen, points, authority,
                status, paid_at
         FROM sb_traffic_fines_fine WHERE plate = ?1 AND user_id = ?2
         ORDER BY occurred_at DESC, decision_no",
    )?;
    let rows = stmt.query_map(params![plate, ctx.user], |r| {
        Ok(Fine {
            decision_no: r.get(0)?,
            plate: r.get(1)?,
            occurred_at: r.get(2)?,
            location: r.get(3)?,
            violation: r.get(4)?,
            amount_fen: r.get(5)?,
            points: r.get(6)?,
            authority: r.get(7)?,
            status: r.get(8)?,
            paid_at: r.get(9)?,
        })
    })?;
    rows.collect()
}

/// The plate must be a car of the caller's, so that an unknown plate is told apart
/// from a clean record.
fn check_car(tx: &Transaction<'_>, ctx: &Ctx<'_>, plate: &str) -> Result<(), SbError> {
    let mine: Option<i64> = tx
        .prepare_cached("SELECT 1 FROM sb_traffic_fines_vehicle WHERE plate = ?1 AND user_id = ?2")?
        .query_row(params![plate, ctx.user], |r| r.get(0))
        .optional()?;
    if mine.is_none() {
        return Err(fail(
            "vehicle_not_found",
            "the user has no car with that plate; check the plate number (车牌号)",
        )
        .into());
    }
    Ok(())
}

fn not_found(decision_no: &str) -> SbError {
    fail(
        "fine_not_found",
        format!(
            "the car has no penalty decision {}; list its violations with traffic_fines__query_fines to get the decision number (决定书编号)",
            mask(decision_no)
        ),
    )
    .into()
}

pub(crate) fn query_fines(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let plate = plate_arg(args)?;
    let filter = args
        .choice("status", &["unpaid", "paid", "all"])?
        .unwrap_or("all");
    let decision = decision_arg(args)?;
    check_car(tx, ctx, &plate)?;
    let all = fines(tx, ctx, &plate)?;
    let unpaid: Vec<&Fine> = all.iter().filter(|f| f.status == "unpaid").collect();
    let unpaid_total: i64 = unpaid.iter().map(|f| f.amount_fen).sum();
    let unpaid_points: i64 = unpaid.iter().map(|f| f.points).sum();
    let due = match decision {
        None => unpaid_total,
        Some(d) => {
            let f = all
                .iter()
                .find(|f| f.decision_no == d)
                .ok_or_else(|| not_found(d))?;
            if f.status == "unpaid" {
                f.amount_fen
            } else {
                0
            }
        }
    };
    let listed: Vec<Value> = all
        .iter()
        .filter(|f| decision.is_none_or(|d| f.decision_no == d))
        .filter(|f| filter == "all" || f.status == filter)
        .map(fine_json)
        .collect();
    let (_, authority, _) = city_data(Identity::of(ctx.user).city.id);
    let authority = all
        .first()
        .map(|f| f.authority.clone())
        .unwrap_or_else(|| authority.to_string());
    Ok(obj(json!({
        "plate": plate,
        "authority": authority,
        "violations": listed,
        "unpaid_count": unpaid.len(),
        "unpaid_total": format_amount(unpaid_total),
        "unpaid_total_fen": unpaid_total,
        "unpaid_points": unpaid_points,
        "amount_due": format_amount(due),
        "amount_due_fen": due,
    })))
}

pub(crate) fn pay_fine(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let plate = plate_arg(args)?;
    let decision = decision_arg(args)?.ok_or_else(|| {
        fail(
            "decision_no_required",
            "`decision_no` is required: the 16-digit penalty decision number (决定书编号) from traffic_fines__query_fines",
        )
    })?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?;
    check_car(tx, ctx, &plate)?;
    let all = fines(tx, ctx, &plate)?;
    let f = all
        .iter()
        .find(|f| f.decision_no == decision)
        .ok_or_else(|| not_found(decision))?;
    if f.status == "paid" {
        return Err(fail(
            "already_paid",
            format!(
                "the fine of penalty decision {} was already paid{}; nothing was paid",
                mask(decision),
                f.paid_at
                    .as_deref()
                    .map(|p| format!(" ({p})"))
                    .unwrap_or_default()
            ),
        )
        .into());
    }
    if let Some(a) = amount
        && a != f.amount_fen
    {
        return Err(fail(
            "amount_mismatch",
            format!(
                "the fine is {} yuan, not {}; a fine is paid in full: pay exactly {} or omit the amount",
                format_amount(f.amount_fen),
                format_amount(a),
                format_amount(f.amount_fen)
            ),
        )
        .into());
    }
    wallet::charge(tx, ctx, card, f.amount_fen)?;
    let receipt_no = wallet::reference("TF", ctx);
    let paid_at = ctx.now_rfc3339();
    tx.prepare_cached(
        "UPDATE sb_traffic_fines_fine SET status = 'paid', paid_at = ?2, receipt_no = ?3
         WHERE decision_no = ?1 AND user_id = ?4 AND status = 'unpaid'",
    )?
    .execute(params![f.decision_no, paid_at, receipt_no, ctx.user])?;
    let left: Vec<&Fine> = all
        .iter()
        .filter(|x| x.status == "unpaid" && x.decision_no != f.decision_no)
        .collect();
    let left_total: i64 = left.iter().map(|x| x.amount_fen).sum();
    Ok(obj(json!({
        "receipt_no": receipt_no,
        "decision_no": f.decision_no,
        "plate": f.plate,
        "authority": f.authority,
        "violation": f.violation,
        "amount": format_amount(f.amount_fen),
        "amount_fen": f.amount_fen,
        "points": f.points,
        "card_masked": mask(card),
        "paid_at": paid_at,
        "status": "paid",
        "remaining_unpaid_count": left.len(),
        "remaining_unpaid_total": format_amount(left_total),
        "remaining_unpaid_total_fen": left_total,
    })))
}

fn seed(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let plate = plate_of(user);
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO sb_traffic_fines_vehicle (plate, user_id) VALUES (?1, ?2)",
        )?
        .execute(params![plate, user])?;
    if inserted == 0 {
        // The plate is someone else's car: leave it alone.
        return Ok(());
    }
    let (area, authority, places) = city_data(Identity::of(user).city.id);
    let h = number(user, "fines");
    // 1 to 3 violations; the demo user has at least one unpaid, and one paid.
    let count = if user == DEMO_USER { 3 } else { 1 + h % 3 };
    let unpaid = if user == DEMO_USER {
        2
    } else {
        (h >> 8) % (count + 1)
    };
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_traffic_fines_fine
             (decision_no, user_id, plate, occurred_at, location, violation, amount_fen, points,
              authority, status, paid_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let today = now.date_naive();
    for k in 0..count {
        let v = number(user, &format!("fine {k}"));
        // Newest first: fine k happened 5 + 25k to 24 + 25k days ago.
        let day = today - Duration::days((5 + 25 * k + v % 20) as i64);
        let at = day
            .and_time(
                NaiveTime::from_hms_opt(7 + ((v >> 8) % 14) as u32, ((v >> 16) % 60) as u32, 0)
                    .unwrap_or(NaiveTime::MIN),
            )
            .and_local_timezone(Local)
            .earliest()
            .unwrap_or(now);
        let (violation, amount, points) =
            VIOLATIONS[((v >> 24) % VIOLATIONS.len() as u64) as usize];
        let place = places[((v >> 32) % places.len() as u64) as usize];
        let is_unpaid = k < unpaid;
        let paid_at = (!is_unpaid).then(|| rfc3339((at + Duration::days(3)).min(now)));
        insert.execute(params![
            format!("{area}{}", digits(user, &format!("fine decision {k}"), 10)),
            user,
            plate,
            rfc3339(at),
            place,
            violation,
            amount,
            points,
            authority,
            if is_unpaid { "unpaid" } else { "paid" },
            paid_at
        ])?;
    }
    Ok(())
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.traffic_fines",
    manifest: include_str!("../../tool-schemas/traffic_fines.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "traffic_fines.query_fines",
            params: &["plate", "status", "decision_no"],
            kind: Kind::Read(query_fines),
        },
        Route {
            action: "traffic_fines.pay_fine",
            params: &["plate", "decision_no", "amount", "card"],
            kind: Kind::Write(pay_fine),
        },
    ],
    seed: Some(seed),
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::sandbox::tests::{failure, ok, profile, sandbox};

    #[test]
    fn demo_has_unpaid_and_paid_fines_newest_first() {
        let sb = sandbox();
        let plate = profile("demo", "etc.plate");
        let r = ok(
            &sb,
            "demo",
            "traffic_fines.query_fines",
            json!({"plate": plate}),
        );
        let v = r["violations"].as_array().unwrap();
        assert_eq!(v.len(), 3);
        assert!(
            v.windows(2)
                .all(|w| w[0]["occurred_at"].as_str() >= w[1]["occurred_at"].as_str())
        );
        assert_eq!(r["unpaid_count"], 2);
        assert_eq!(r["amount_due"], r["unpaid_total"]);
        assert!(r["authority"].as_str().unwrap().contains(' '));
        let paid = ok(
            &sb,
            "demo",
            "traffic_fines.query_fines",
            json!({"plate": plate, "status": "paid"}),
        );
        assert_eq!(paid["violations"].as_array().unwrap().len(), 1);
        for user in ["alice", "bob", "张三"] {
            let p = profile(user, "etc.plate");
            let r = ok(&sb, user, "traffic_fines.query_fines", json!({"plate": p}));
            assert!(!r["violations"].as_array().unwrap().is_empty());
        }
        let f = failure(
            &sb,
            "alice",
            "traffic_fines.query_fines",
            json!({"plate": plate}),
        );
        assert_eq!(f.code, "vehicle_not_found");
    }

    #[test]
    fn a_fine_is_paid_once_in_full() {
        let sb = sandbox();
        let plate = profile("demo", "etc.plate");
        let card = profile("demo", "payment.card");
        let r = ok(
            &sb,
            "demo",
            "traffic_fines.query_fines",
            json!({"plate": plate, "status": "unpaid"}),
        );
        let fine = &r["violations"][0];
        let d = fine["decision_no"].as_str().unwrap();
        let one = ok(
            &sb,
            "demo",
            "traffic_fines.query_fines",
            json!({"plate": plate, "decision_no": d}),
        );
        assert_eq!(one["amount_due"], fine["amount"]);
        assert_eq!(one["violations"].as_array().unwrap().len(), 1);
        let f = failure(
            &sb,
            "demo",
            "traffic_fines.pay_fine",
            json!({"plate": plate, "decision_no": d, "card": card, "amount": "1.00"}),
        );
        assert_eq!(f.code, "amount_mismatch");
        let p = ok(
            &sb,
            "demo",
            "traffic_fines.pay_fine",
            json!({"plate": plate, "decision_no": d, "card": card}),
        );
        assert_eq!(p["amount"], fine["amount"]);
        assert_eq!(p["remaining_unpaid_count"], 1);
        let f = failure(
            &sb,
            "demo",
            "traffic_fines.pay_fine",
            json!({"plate": plate, "decision_no": d, "card": card}),
        );
        assert_eq!(f.code, "already_paid");
        let one = ok(
            &sb,
            "demo",
            "traffic_fines.query_fines",
            json!({"plate": plate, "decision_no": d}),
        );
        assert_eq!(one["amount_due"], "0.00");
        let f = failure(
            &sb,
            "demo",
            "traffic_fines.pay_fine",
            json!({"plate": plate, "decision_no": "1234567890123456", "card": card}),
        );
        assert_eq!(f.code, "fine_not_found");
        let f = failure(
            &sb,
            "demo",
            "traffic_fines.pay_fine",
            json!({"plate": plate, "card": card}),
        );
        assert_eq!(f.code, "decision_no_required");
    }
}
