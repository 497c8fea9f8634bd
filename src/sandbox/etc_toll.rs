//! ETC 通行: the user's prepaid ETC toll account (储值卡) for their car: balance,
//! top-ups and recent toll records.
//!
//! Every user has one car (plate from their city, e.g. 浙A·D2741) with an ETC
//! account. Only the caller's own ETC accounts are found. Plates are written with or
//! without the middle dot and always returned with it. The plate is also the car of
//! the traffic-fines program (`plate_of`).

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Duration, Local, NaiveTime};
use serde_json::{Value, json};

use super::money::{format_amount, mask};
use super::seed::{DEMO_USER, Identity, digits, number, rfc3339};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_etc_account (
    plate         TEXT PRIMARY KEY,  -- normalised, with the middle dot
    user_id       TEXT NOT NULL,
    etc_card_no   TEXT NOT NULL,
    issuer        TEXT NOT NULL,
    vehicle_class TEXT NOT NULL,
    balance_fen   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_etc_toll (
    record_id     TEXT PRIMARY KEY,
    plate         TEXT NOT NULL,
    user_id       TEXT NOT NULL,
    entry_station TEXT NOT NULL,
    exit_station  TEXT NOT NULL,
    entered_at    TEXT NOT NULL,
    exited_at     TEXT NOT NULL,
    amount_fen    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_etc_toll_plate ON sb_etc_toll (plate, exited_at);
CREATE TABLE IF NOT EXISTS sb_etc_topup (
    order_no   TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    plate      TEXT NOT NULL,
    card_no    TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    at         TEXT NOT NULL
);
";

/// Province abbreviations that start a plate.
const PROVINCES: &str = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
/// Plate letters (no I or O).
const PLATE_LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const MIN_TOP_UP_FEN: i64 = 1_000;
const MAX_TOP_UP_FEN: i64 = 500_000;
/// Below this balance the account shows `low_balance` (gates may refuse the car).
const LOW_BALANCE_FEN: i64 = 5_000;
const TOLL_RECORDS: u64 = 8;
const DEFAULT_LIMIT: i64 = 10;
const MAX_LIMIT: i64 = 50;
const VEHICLE_CLASS: &str = "一型客车 Class 1 passenger car (up to 9 seats)";

/// (plate prefix, issuer code, issuer, stations) per city.
fn city_data(
    city: &str,
) -> (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
) {
    match city {
        "beijing" => (
            "京A",
            "1101",
            "北京速通卡 Beijing Sutong ETC",
            &[
                "西红门 Xihongmen",
                "马驹桥 Majuqiao",
                "沙河 Shahe",
                "大羊坊 Dayangfang",
            ],
        ),
        "shanghai" => (
            "沪A",
            "3101",
            "上海沪通卡 Shanghai Hutong ETC",
            &[
                "莘庄 Xinzhuang",
                "安亭 Anting",
                "朱桥 Zhuqiao",
                "松江 Songjiang",
            ],
        ),
        "shenzhen" => (
            "粤B",
            "4403",
            "广东粤通卡 Guangdong Yuetong ETC",
            &[
                "南头 Nantou",
                "福永 Fuyong",
                "龙岗 Longgang",
                "机场 Airport",
            ],
        ),
        "guangzhou" => (
            "粤A",
            "4401",
            "广东粤通卡 Guangdong Yuetong ETC",
            &[
                "广州北 Guangzhou North",
                "太和 Taihe",
                "新塘 Xintang",
                "番禺 Panyu",
            ],
        ),
        _ => (
            "浙A",
            "3301",
            "浙江浙通卡 Zhejiang Zhetong ETC",
            &[
                "杭州北 Hangzhou North",
                "杭州西 Hangzhou West",
                "萧山 Xiaoshan",
                "余杭 Yuhang",
            ],
        ),
    }
}

/// The user's car plate, e.g. `浙A·D2741` (a letter and four digits after the dot).
pub(crate) fn plate_of(user: &str) -> String {
    let (prefix, ..) = city_data(Identity::of(user).city.id);
    let letter =
        PLATE_LETTERS[(number(user, "plate letter") % PLATE_LETTERS.len() as u64) as usize];
    format!("{prefix}·{}{}", letter as char, digits(user, "plate", 4))
}

/// A plate in the normalised form (with the middle dot), or `None` when malformed.
pub(crate) fn normalise_plate(s: &str) -> Option<String> {
    let mut chars = s.chars();
    let province = chars.next().filter(|c| PROVINCES.contains(*c))?;
    let city = chars.next().filter(char::is_ascii_uppercase)?;
    let rest: String = chars.collect();
    let rest = rest.strip_prefix('·').unwrap_or(&rest);
    let ok = (5..=6).contains(&rest.len())
        && rest
            .bytes()
            .all(|b| b.is_ascii_digit() || PLATE_LETTERS.contains(&b));
    ok.then(|| format!("{province}{city}·{rest}"))
}

/// The `plate` argument, required and normalised.
pub(crate) fn plate_arg(args: &Args<'_>) -> Result<String, Failure> {
    let plate = args.str_opt("plate")?.ok_or_else(|| {
        fail(
            "plate_required",
            "`plate` is required: pass the car's plate number (车牌号, e.g. 浙A·12345) or save the user's plate",
        )
    })?;
    normalise_plate(plate).ok_or_else(|| {
        fail(
            "invalid_argument",
            "`plate` must be a mainland plate: province character, a capital letter, an optional middle dot and 5 or 6 letters or digits (e.g. 浙A·12345)",
        )
    })
}

struct Account {
    plate: String,
    etc_card_no: String,
    issuer: String,
    vehicle_class: String,
    balance_fen: i64,
}

fn find(tx: &Transaction<'_>, ctx: &Ctx<'_>, plate: &str) -> Result<Account, SbError> {
    let row = tx
        .prepare_cached(
            "SELECT plate, etc_card_no, issuer, vehicle_class, balance_fen FROM sb_etc_account
             WHERE plate = ?1 AND user_id = ?2",
        )?
        .query_row(params![plate, ctx.user], |r| {
            Ok(Account {
                plate: r.get(0)?,
                etc_card_no: r.get(1)?,
                issuer: r.get(2)?,
                vehicle_class: r.get(3)?,
                balance_fen: r.get(4)?,
            })
        })
        .optional()?;
    row.ok_or_else(|| {
        fail(
            "etc_account_not_found",
            "the user has no ETC account for that plate; check the plate number (车牌号) the ETC device is registered to",
        )
        .into()
    })
}

fn status(balance: i64) -> &'static str {
    if balance < LOW_BALANCE_FEN {
        "low_balance"
    } else {
        "normal"
    }
}

pub(crate) fn query_etc_account(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let plate = plate_arg(args)?;
    let a = find(tx, ctx, &plate)?;
    Ok(obj(json!({
        "plate": a.plate,
        "etc_card_masked": mask(&a.etc_card_no),
        "issuer": a.issuer,
        "vehicle_class": a.vehicle_class,
        "balance": format_amount(a.balance_fen),
        "balance_fen": a.balance_fen,
        "status": status(a.balance_fen),
        "low_balance_below": format_amount(LOW_BALANCE_FEN),
        "low_balance_below_fen": LOW_BALANCE_FEN,
    })))
}

pub(crate) fn top_up_etc(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let plate = plate_arg(args)?;
    let card = wallet::card_arg(args)?;
    let range = format!(
        "{} to {} yuan",
        format_amount(MIN_TOP_UP_FEN),
        format_amount(MAX_TOP_UP_FEN)
    );
    let amount = args
        .amount_opt("amount")?
        .ok_or_else(|| fail("amount_required", format!("`amount` is required: {range}")))?;
    if !(MIN_TOP_UP_FEN..=MAX_TOP_UP_FEN).contains(&amount) {
        return Err(fail(
            "amount_out_of_range",
            format!(
                "an ETC top-up must be {range}; {} yuan is outside that",
                format_amount(amount)
            ),
        )
        .into());
    }
    let a = find(tx, ctx, &plate)?;
    wallet::charge(tx, ctx, card, amount)?;
    let balance = a.balance_fen + amount;
    tx.prepare_cached("UPDATE sb_etc_account SET balance_fen = ?2 WHERE plate = ?1")?
        .execute(params![a.plate, balance])?;
    let order_no = wallet::reference("ET", ctx);
    let at = ctx.now_rfc3339();
    tx.prepare_cached(
        "INSERT INTO sb_etc_topup (order_no, user_id, plate, card_no, amount_fen, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![order_no, ctx.user, a.plate, card, amount, at])?;
    Ok(obj(json!({
        "order_no": order_no,
        "plate": a.plate,
        "etc_card_masked": mask(&a.etc_card_no),
        "issuer": a.issuer,
        "amount": format_amount(amount),
        "amount_fen": amount,
        "balance_after": format_amount(balance),
        "balance_after_fen": balance,
        "account_status": status(balance),
        "card_masked": mask(card),
        "topped_up_at": at,
        "status": "success",
    })))
}

fn limit_arg(args: &Args<'_>) -> Result<i64, Failure> {
    let bad = || {
        fail(
            "invalid_argument",
            format!("`limit` must be a whole number from 1 to {MAX_LIMIT}"),
        )
    };
    match args.0.get("limit") {
        None | Some(Value::Null) => Ok(DEFAULT_LIMIT),
        Some(v) => v
            .as_i64()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .ok_or_else(bad),
    }
}

pub(crate) fn list_toll_records(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let plate = plate_arg(args)?;
    let limit = limit_arg(args)?;
    let a = find(tx, ctx, &plate)?;
    let mut stmt = tx.prepare_cached(
        "SELECT record_id, entry_station, exit_station, entered_at, exited_at, amount_fen
         FROM sb_etc_toll WHERE plate = ?1 AND user_id = ?2
         ORDER BY exited_at DESC, record_id LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![a.plate, ctx.user, limit], |r| {
        let fen: i64 = r.get(5)?;
        Ok(json!({
            "record_id": r.get::<_, String>(0)?,
            "entry_station": r.get::<_, String>(1)?,
            "exit_station": r.get::<_, String>(2)?,
            "entered_at": r.get::<_, String>(3)?,
            "exited_at": r.get::<_, String>(4)?,
            "amount": format_amount(fen),
            "amount_fen": fen,
        }))
    })?;
    let records = rows.collect::<crate::db::Result<Vec<Value>>>()?;
    let total: i64 = records
        .iter()
        .filter_map(|r| r["amount_fen"].as_i64())
        .sum();
    Ok(obj(json!({
        "plate": a.plate,
        "count": records.len(),
        "total": format_amount(total),
        "total_fen": total,
        "records": records,
    })))
}

fn seed(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let id = Identity::of(user);
    let (_, code, issuer, stations) = city_data(id.city.id);
    let plate = plate_of(user);
    let h = number(user, "etc balance");
    // The demo user's balance is low (a top-up is the natural next step).
    let balance = if user == DEMO_USER {
        3_000 + (h % 1_500) as i64
    } else {
        2_000 + (h % 58_000) as i64
    };
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO sb_etc_account
                 (plate, user_id, etc_card_no, issuer, vehicle_class, balance_fen)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            plate,
            user,
            format!("{code}{}", digits(user, "etc card", 16)),
            issuer,
            VEHICLE_CLASS,
            balance
        ])?;
    if inserted == 0 {
        // The plate is someone else's: leave it alone.
        return Ok(());
    }
    let mut toll = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_etc_toll
             (record_id, plate, user_id, entry_station, exit_station, entered_at, exited_at, amount_fen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let today = now.date_naive();
    for k in 0..TOLL_RECORDS {
        let t = number(user, &format!("etc toll {k}"));
        let day = today - Duration::days((1 + 3 * k + t % 3) as i64);
        let start = NaiveTime::from_hms_opt(7 + ((t >> 8) % 13) as u32, ((t >> 16) % 60) as u32, 0)
            .unwrap_or(NaiveTime::MIN);
        let entered = day
            .and_time(start)
            .and_local_timezone(Local)
            .earliest()
            .unwrap_or(now - Duration::days(1 + 3 * k as i64));
        let exited = entered + Duration::minutes(20 + ((t >> 24) % 70) as i64);
        let from = (t >> 32) as usize % stations.len();
        let to = (from + 1 + (t >> 40) as usize % (stations.len() - 1)) % stations.len();
        toll.execute(params![
            format!("TR{}", digits(user, &format!("etc toll id {k}"), 12)),
            plate,
            user,
            stations[from],
            stations[to],
            rfc3339(entered),
            rfc3339(exited),
            500 + ((t >> 48) % 8_000) as i64
        ])?;
    }
    Ok(())
}

fn profile(user: &str) -> Vec<(String, String)> {
    vec![("etc.plate".into(), plate_of(user))]
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.etc_toll",
    manifest: include_str!("../../tool-schemas/etc_toll.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "etc.query_etc_account",
            params: &["plate"],
            kind: Kind::Read(query_etc_account),
        },
        Route {
            action: "etc.top_up_etc",
            params: &["plate", "amount", "card"],
            kind: Kind::Write(top_up_etc),
        },
        Route {
            action: "etc.list_toll_records",
            params: &["plate", "limit"],
            kind: Kind::Read(list_toll_records),
        },
    ],
    seed: Some(seed),
    profile: Some(profile),
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::normalise_plate;
    use crate::sandbox::tests::{failure, ok, profile, sandbox};

    #[test]
    fn plates_are_normalised_and_validated() {
        assert_eq!(normalise_plate("浙A12345").as_deref(), Some("浙A·12345"));
        assert_eq!(normalise_plate("浙A·12345").as_deref(), Some("浙A·12345"));
        assert_eq!(normalise_plate("粤BD12345").as_deref(), Some("粤B·D12345"));
        for bad in [
            "",
            "浙",
            "A12345",
            "浙a12345",
            "浙A1234",
            "浙A·1234567",
            "浙AO1234",
            "哈A12345",
        ] {
            assert_eq!(normalise_plate(bad), None, "{bad}");
        }
        for user in ["demo", "alice", "bob", "张三"] {
            let p = profile(user, "etc.plate");
            assert_eq!(normalise_plate(&p).as_deref(), Some(p.as_str()));
        }
    }

    #[test]
    fn account_top_up_and_records() {
        let sb = sandbox();
        let plate = profile("demo", "etc.plate");
        let card = profile("demo", "payment.card");
        let a = ok(
            &sb,
            "demo",
            "etc.query_etc_account",
            json!({"plate": plate}),
        );
        assert_eq!(a["status"], "low_balance");
        // Written without the dot, it is the same account.
        let undotted = plate.replace('·', "");
        let r = ok(
            &sb,
            "demo",
            "etc.top_up_etc",
            json!({"plate": undotted, "amount": "200", "card": card}),
        );
        assert_eq!(r["plate"], plate.as_str());
        assert_eq!(
            r["balance_after_fen"].as_i64().unwrap(),
            a["balance_fen"].as_i64().unwrap() + 20_000
        );
        assert_eq!(r["account_status"], "normal");
        for bad in ["9.99", "5000.01"] {
            let f = failure(
                &sb,
                "demo",
                "etc.top_up_etc",
                json!({"plate": plate, "amount": bad, "card": card}),
            );
            assert_eq!(f.code, "amount_out_of_range");
        }
        let t = ok(
            &sb,
            "demo",
            "etc.list_toll_records",
            json!({"plate": plate}),
        );
        let recs = t["records"].as_array().unwrap();
        assert_eq!(recs.len(), 8);
        assert!(
            recs.windows(2)
                .all(|w| w[0]["exited_at"].as_str() >= w[1]["exited_at"].as_str())
        );
        assert!(recs.iter().all(|r| r["entry_station"] != r["exit_station"]));
        let t2 = ok(
            &sb,
            "demo",
            "etc.list_toll_records",
            json!({"plate": plate, "limit": 3}),
        );
        assert_eq!(t2["records"].as_array().unwrap()[..], recs[..3]);
        let f = failure(
            &sb,
            "demo",
            "etc.list_toll_records",
            json!({"plate": plate, "limit": 0}),
        );
        assert_eq!(f.code, "invalid_argument");
        // Reproducible on another store.
        let other = sandbox();
        assert_eq!(
            ok(
                &other,
                "demo",
                "etc.list_toll_records",
                json!({"plate": plate})
            )["records"],
            t["records"]
        );
        // Another user's plate is not found.
        let f = failure(
            &sb,
            "alice",
            "etc.query_etc_account",
            json!({"plate": plate}),
        );
        assert_eq!(f.code, "etc_account_not_found");
    }
}
