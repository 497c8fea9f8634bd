//! 电影票: cinema showtimes and tickets.
//!
//! Films, cinemas (two per city) and the daily schedule are compiled in; a showtime is
//! a film at a cinema on a date and time, from today to six days ahead, and its id
//! says so: `BJC1-F01-20250612-1930`. Every hall has rows A to H of 12 seats. Some
//! seats of every showtime were sold before the sandbox started (a pure function of
//! the showtime id); the seats sold here are kept in the store, so a seat is never
//! sold twice. The caller passes the amount, which must equal the price times the
//! number of seats (there is no quote: the price depends on the seats asked for).

use std::collections::HashSet;

use crate::db::{Transaction, params};
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde_json::{Value, json};

use super::money::{format_amount, mask};
use super::seed::number;
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

struct Film {
    id: &'static str,
    title: &'static str,
    title_en: &'static str,
    genre: &'static str,
    minutes: i64,
    /// Start times every day, HH:MM.
    times: &'static [&'static str],
    /// Added to the cinema's base price (fen), e.g. for IMAX.
    surcharge_fen: i64,
    hall: &'static str,
}

const FILMS: &[Film] = &[
    Film {
        id: "F01",
        title: "星河远航",
        title_en: "Voyage Beyond the Stars",
        genre: "sci-fi 科幻",
        minutes: 136,
        times: &["10:30", "14:00", "19:30"],
        surcharge_fen: 2_000,
        hall: "IMAX厅 IMAX Hall",
    },
    Film {
        id: "F02",
        title: "熊猫侦探",
        title_en: "Panda Detective",
        genre: "animation 动画",
        minutes: 98,
        times: &["10:00", "13:30", "16:00"],
        surcharge_fen: 0,
        hall: "2号厅 Hall 2",
    },
    Film {
        id: "F03",
        title: "江南烟雨",
        title_en: "Misty Rain of Jiangnan",
        genre: "drama 剧情",
        minutes: 121,
        times: &["15:30", "20:30"],
        surcharge_fen: 0,
        hall: "3号厅 Hall 3",
    },
    Film {
        id: "F04",
        title: "极速追击",
        title_en: "Full Throttle",
        genre: "action 动作",
        minutes: 112,
        times: &["12:00", "18:00", "21:30"],
        surcharge_fen: 500,
        hall: "4号厅 Hall 4",
    },
];

struct Cinema {
    id: &'static str,
    city: &'static str,
    name: &'static str,
    address: &'static str,
    base_fen: i64,
}

const CINEMAS: &[Cinema] = &[
    Cinema {
        id: "BJC1",
        city: "beijing",
        name: "示范影城（西单店） Demo Cinema Xidan",
        address: "北京市西城区西单北大街120号5层",
        base_fen: 5_500,
    },
    Cinema {
        id: "BJC2",
        city: "beijing",
        name: "光影国际影城（望京店） Guangying International Cinema Wangjing",
        address: "北京市朝阳区望京街9号4层",
        base_fen: 4_900,
    },
    Cinema {
        id: "SHC1",
        city: "shanghai",
        name: "示范影城（五角场店） Demo Cinema Wujiaochang",
        address: "上海市杨浦区淞沪路8号6层",
        base_fen: 5_800,
    },
    Cinema {
        id: "SHC2",
        city: "shanghai",
        name: "光影国际影城（静安店） Guangying International Cinema Jing'an",
        address: "上海市静安区南京西路1618号5层",
        base_fen: 6_500,
    },
    Cinema {
        id: "SZC1",
        city: "shenzhen",
        name: "示范影城（福田店） Demo Cinema Futian",
        address: "深圳市福田区福华三路268号4层",
        base_fen: 5_200,
    },
    Cinema {
        id: "SZC2",
        city: "shenzhen",
        name: "光影国际影城（南山店） Guangying International Cinema Nanshan",
        address: "深圳市南山区海德三道126号5层",
        base_fen: 4_800,
    },
    Cinema {
        id: "GZC1",
        city: "guangzhou",
        name: "示范影城（天河店） Demo Cinema Tianhe",
        address: "广州市天河区天河路208号6层",
        base_fen: 5_000,
    },
    Cinema {
        id: "GZC2",
        city: "guangzhou",
        name: "光影国际影城（海珠店） Guangying International Cinema Haizhu",
        address: "广州市海珠区新港东路618号3层",
        base_fen: 4_500,
    },
    Cinema {
        id: "HZC1",
        city: "hangzhou",
        name: "示范影城（湖滨店） Demo Cinema Hubin",
        address: "杭州市上城区延安路258号4层",
        base_fen: 5_300,
    },
    Cinema {
        id: "HZC2",
        city: "hangzhou",
        name: "光影国际影城（滨江店） Guangying International Cinema Binjiang",
        address: "杭州市滨江区江南大道228号5层",
        base_fen: 4_600,
    },
];

const CITY_IDS: &[&str] = &["beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou"];
const FILM_IDS: &[&str] = &["F01", "F02", "F03", "F04"];
const ROWS: &[u8] = b"ABCDEFGH";
const SEATS_PER_ROW: u32 = 12;
/// Rows best first (the middle of the hall).
const ROW_PREFERENCE: &[u8] = b"EDFCGBHA";
const MAX_SEATS: usize = 6;
/// Showtimes can be bought from today to this many days ahead.
const DAYS_AHEAD: i64 = 6;
/// At most this many showtimes are listed.
const LISTED: usize = 40;
/// Matinees (before 12:00) cost this much less.
const MATINEE_DISCOUNT_FEN: i64 = 1_000;

fn film(id: &str) -> Option<&'static Film> {
    FILMS.iter().find(|f| f.id == id)
}

fn cinema(id: &str) -> Option<&'static Cinema> {
    CINEMAS.iter().find(|c| c.id == id)
}

/// One screening: a film at a cinema at a local date and time.
struct Showtime {
    film: &'static Film,
    cinema: &'static Cinema,
    starts: NaiveDateTime,
}

impl Showtime {
    fn id(&self) -> String {
        format!(
            "{}-{}-{}",
            self.cinema.id,
            self.film.id,
            self.starts.format("%Y%m%d-%H%M")
        )
    }

    fn price_fen(&self) -> i64 {
        let matinee = self.starts.time() < NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
        self.cinema.base_fen + self.film.surcharge_fen
            - if matinee { MATINEE_DISCOUNT_FEN } else { 0 }
    }

    /// The seats sold before the sandbox started: 20 to 59 % of the hall.
    fn sold_before(&self) -> HashSet<String> {
        let id = self.id();
        let share = 20 + number(&id, "occupancy") % 40;
        all_seats()
            .filter(|s| number(&id, s) % 100 < share)
            .collect()
    }
}

fn all_seats() -> impl Iterator<Item = String> {
    ROWS.iter()
        .flat_map(|r| (1..=SEATS_PER_ROW).map(move |n| format!("{}{n}", *r as char)))
}

fn capacity() -> usize {
    ROWS.len() * SEATS_PER_ROW as usize
}

/// Parses `CINEMA-FILM-YYYYMMDD-HHMM` into a showtime of the schedule.
fn parse_showtime(id: &str) -> Option<Showtime> {
    let mut parts = id.split('-');
    let (c, f, d, t) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() != 8 || t.len() != 4 {
        return None;
    }
    let (cinema, film) = (cinema(c)?, film(f)?);
    let date = NaiveDate::parse_from_str(d, "%Y%m%d").ok()?;
    let time = NaiveTime::parse_from_str(t, "%H%M").ok()?;
    let hhmm = time.format("%H:%M").to_string();
    film.times.contains(&hhmm.as_str()).then_some(Showtime {
        film,
        cinema,
        starts: date.and_time(time),
    })
}

fn schedule_on(cinema: &'static Cinema, film: &'static Film, date: NaiveDate) -> Vec<Showtime> {
    film.times
        .iter()
        .filter_map(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
        .map(|time| Showtime {
            film,
            cinema,
            starts: date.and_time(time),
        })
        .collect()
}

fn sold_here(tx: &Transaction<'_>, showtime_id: &str) -> crate::db::Result<HashSet<String>> {
    let mut stmt = tx.prepare_cached("SELECT seat FROM sb_movies_seat WHERE showtime_id = ?1")?;
    let rows = stmt.query_map(params![showtime_id], |r| r.get::<_, String>(0))?;
    rows.collect()
}

fn taken(tx: &Transaction<'_>, s: &Showtime) -> crate::db::Result<HashSet<String>> {
    let mut t = s.sold_before();
    t.extend(sold_here(tx, &s.id())?);
    Ok(t)
}

fn parse_date(s: &str) -> Result<NaiveDate, Failure> {
    (s.len() == 10)
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| {
            fail(
                "invalid_date",
                "`date` must be a real calendar date written YYYY-MM-DD",
            )
        })
}

fn film_json(f: &Film) -> Value {
    json!({
        "film_id": f.id,
        "title": f.title,
        "title_en": f.title_en,
        "genre": f.genre,
        "duration_minutes": f.minutes,
    })
}

pub(crate) fn list_showtimes(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let city = args.choice_req("city", CITY_IDS)?;
    let film_id = args.choice("film_id", FILM_IDS)?;
    let today = ctx.now.date_naive();
    let now = ctx.now.naive_local();
    let dates: Vec<NaiveDate> = match args.str_opt("date")? {
        Some(d) => {
            let d = parse_date(d)?;
            if d < today || d > today + Duration::days(DAYS_AHEAD) {
                return Err(fail(
                    "date_out_of_range",
                    format!("showtimes are on sale from today ({today}) to {}; choose a date in between", today + Duration::days(DAYS_AHEAD)),
                )
                .into());
            }
            vec![d]
        }
        None => vec![today, today + Duration::days(1)],
    };
    let cinemas: Vec<&'static Cinema> = CINEMAS.iter().filter(|c| c.city == city).collect();
    let films: Vec<&'static Film> = FILMS
        .iter()
        .filter(|f| film_id.is_none_or(|id| id == f.id))
        .collect();
    let mut shows: Vec<Showtime> = Vec::new();
    for date in &dates {
        for c in &cinemas {
            for f in &films {
                shows.extend(
                    schedule_on(c, f, *date)
                        .into_iter()
                        .filter(|s| s.starts > now),
                );
            }
        }
    }
    shows.sort_by(|a, b| (a.starts, a.cinema.id).cmp(&(b.starts, b.cinema.id)));
    let more = shows.len() > LISTED;
    let mut listed = Vec::new();
    for s in shows.iter().take(LISTED) {
        let left = capacity() - taken(tx, s)?.len();
        listed.push(json!({
            "showtime_id": s.id(),
            "film_id": s.film.id,
            "cinema_id": s.cinema.id,
            "date": s.starts.format("%Y-%m-%d").to_string(),
            "start_time": s.starts.format("%H:%M").to_string(),
            "hall": s.film.hall,
            "price": format_amount(s.price_fen()),
            "price_fen": s.price_fen(),
            "seats_left": left,
        }));
    }
    Ok(obj(json!({
        "city": city,
        "films": films.iter().map(|f| film_json(f)).collect::<Vec<_>>(),
        "cinemas": cinemas.iter().map(|c| json!({"cinema_id": c.id, "name": c.name, "address": c.address})).collect::<Vec<_>>(),
        "showtimes": listed,
        "more": more,
    })))
}

fn seat_label_ok(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 2 || b.len() > 3 || !ROWS.contains(&b[0]) {
        return false;
    }
    s[1..]
        .parse::<u32>()
        .is_ok_and(|n| (1..=SEATS_PER_ROW).contains(&n))
        && !s[1..].starts_with('0')
}

/// The best `n` free seats: side by side in the middle rows if possible, else the
/// free seats closest to the middle.
fn best_seats(taken: &HashSet<String>, n: usize) -> Option<Vec<String>> {
    let centre = (SEATS_PER_ROW + 1) as i64; // twice the middle, to stay in integers
    for row in ROW_PREFERENCE {
        let r = *row as char;
        let mut best: Option<(i64, u32)> = None;
        for start in 1..=(SEATS_PER_ROW + 1).saturating_sub(n as u32) {
            let free = (start..start + n as u32).all(|k| !taken.contains(&format!("{r}{k}")));
            if free {
                let mid2 = 2 * start as i64 + n as i64 - 1;
                let d = (mid2 - centre).abs();
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, start));
                }
            }
        }
        if let Some((_, start)) = best {
            return Some(
                (start..start + n as u32)
                    .map(|k| format!("{r}{k}"))
                    .collect(),
            );
        }
    }
    let mut free: Vec<(usize, i64, String)> = ROW_PREFERENCE
        .iter()
        .enumerate()
        .flat_map(|(i, row)| {
            (1..=SEATS_PER_ROW).map(move |k| {
                (
                    i,
                    (2 * k as i64 - centre).abs(),
                    format!("{}{k}", *row as char),
                )
            })
        })
        .filter(|(_, _, s)| !taken.contains(s))
        .collect();
    if free.len() < n {
        return None;
    }
    free.sort();
    Some(free.into_iter().take(n).map(|(_, _, s)| s).collect())
}

pub(crate) fn buy_movie_tickets(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let showtime_id = args.str_opt("showtime_id")?.ok_or_else(|| {
        fail(
            "showtime_required",
            "`showtime_id` is required: pick a showtime from movies__list_showtimes",
        )
    })?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?.ok_or_else(|| {
        fail(
            "amount_required",
            "`amount` is required: the ticket price times the number of seats, in yuan",
        )
    })?;
    let wanted: Option<Vec<String>> = match args.0.get("seats") {
        None | Some(Value::Null) => None,
        Some(Value::Array(a)) => Some(
            a.iter()
                .map(|v| v.as_str().filter(|s| seat_label_ok(s)).map(String::from))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| {
                    fail(
                        "invalid_seat",
                        format!("`seats` must be seat labels: a row A to H and a seat 1 to {SEATS_PER_ROW}, e.g. \"E7\""),
                    )
                })?,
        ),
        Some(_) => return Err(fail("invalid_seat", "`seats` must be a list of seat labels such as [\"E6\", \"E7\"]").into()),
    };
    let count = match args.0.get("seat_count") {
        None | Some(Value::Null) => None,
        Some(_) => Some(args.int_req("seat_count")?),
    };
    let seats_hint = format!("1 to {MAX_SEATS} seats per order");
    let n = match (&wanted, count) {
        (Some(_), Some(_)) => {
            return Err(fail(
                "invalid_argument",
                "give either `seats` (labels) or `seat_count`, not both",
            )
            .into());
        }
        (None, None) => {
            return Err(fail(
                "seats_required",
                format!("say how many seats (`seat_count`) or which ones (`seats`); {seats_hint}"),
            )
            .into());
        }
        (Some(w), None) => {
            let unique: HashSet<&String> = w.iter().collect();
            if unique.len() != w.len() {
                return Err(fail("invalid_seat", "a seat is listed twice in `seats`").into());
            }
            w.len()
        }
        (None, Some(c)) => usize::try_from(c).unwrap_or(0),
    };
    if !(1..=MAX_SEATS).contains(&n) {
        return Err(fail("invalid_seat_count", seats_hint).into());
    }
    let show = parse_showtime(showtime_id).ok_or_else(|| {
        fail(
            "showtime_not_found",
            "there is no such showtime; pick one from movies__list_showtimes (ids look like CINEMA-FILM-YYYYMMDD-HHMM)",
        )
    })?;
    let now = ctx.now.naive_local();
    if show.starts <= now {
        return Err(fail(
            "showtime_started",
            "that showtime has already started; choose a later one from movies__list_showtimes",
        )
        .into());
    }
    if show.starts.date() > ctx.now.date_naive() + Duration::days(DAYS_AHEAD) {
        return Err(fail(
            "not_on_sale",
            format!("tickets go on sale {DAYS_AHEAD} days ahead; choose an earlier showtime"),
        )
        .into());
    }
    let price = show.price_fen();
    let due = price * n as i64;
    if amount != due {
        return Err(fail(
            "amount_mismatch",
            format!(
                "{n} seat(s) at {} yuan cost {} yuan, not {}; pay exactly {}",
                format_amount(price),
                format_amount(due),
                format_amount(amount),
                format_amount(due)
            ),
        )
        .into());
    }
    let taken = taken(tx, &show)?;
    let seats = match wanted {
        Some(w) => {
            let gone: Vec<&str> = w
                .iter()
                .filter(|s| taken.contains(*s))
                .map(String::as_str)
                .collect();
            if !gone.is_empty() {
                let suggestion = best_seats(&taken, n)
                    .map(|s| format!("free seats side by side: {}", s.join(", ")))
                    .unwrap_or_else(|| "not enough seats are free".into());
                return Err(fail(
                    "seat_taken",
                    format!("seat(s) {} are already sold; {suggestion}", gone.join(", ")),
                )
                .into());
            }
            w
        }
        None => best_seats(&taken, n).ok_or_else(|| {
            fail(
                "not_enough_seats",
                format!(
                    "only {} seats are left for this showtime",
                    capacity() - taken.len()
                ),
            )
        })?,
    };
    wallet::charge(tx, ctx, card, due)?;
    let order_id = wallet::reference("MV", ctx);
    let pickup_code = format!("{:08}", uuid::Uuid::new_v4().as_u128() % 100_000_000);
    let sid = show.id();
    let mut seat = tx.prepare_cached(
        "INSERT INTO sb_movies_seat (showtime_id, seat, order_id) VALUES (?1, ?2, ?3)",
    )?;
    for s in &seats {
        seat.execute(params![sid, s, order_id])?;
    }
    let bought_at = ctx.now_rfc3339();
    tx.prepare_cached(
        "INSERT INTO sb_movies_order (order_id, user_id, showtime_id, seats, amount_fen, card_no, pickup_code, bought_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![order_id, ctx.user, sid, seats.join(","), due, card, pickup_code, bought_at])?;
    let mut o = ticket_json(&show, &order_id, &seats, due, &pickup_code, &bought_at);
    o["card_masked"] = json!(mask(card));
    o["status"] = json!("paid");
    Ok(obj(o))
}

fn ticket_json(
    s: &Showtime,
    order_id: &str,
    seats: &[String],
    amount: i64,
    pickup_code: &str,
    bought_at: &str,
) -> Value {
    json!({
        "order_id": order_id,
        "showtime_id": s.id(),
        "film": format!("{} {}", s.film.title, s.film.title_en),
        "cinema": s.cinema.name,
        "address": s.cinema.address,
        "hall": s.film.hall,
        "date": s.starts.format("%Y-%m-%d").to_string(),
        "start_time": s.starts.format("%H:%M").to_string(),
        "seats": seats,
        "seat_count": seats.len(),
        "amount": format_amount(amount),
        "amount_fen": amount,
        "pickup_code": pickup_code,
        "bought_at": bought_at,
    })
}

pub(crate) fn list_my_tickets(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let include_past = args.bool_opt("include_past")?.unwrap_or(false);
    let now = ctx.now.naive_local();
    let mut stmt = tx.prepare_cached(
        "SELECT order_id, showtime_id, seats, amount_fen, pickup_code, bought_at FROM sb_movies_order
         WHERE user_id = ?1 ORDER BY showtime_id, bought_at",
    )?;
    let rows = stmt.query_map(params![ctx.user], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut tickets: Vec<(NaiveDateTime, Value)> = Vec::new();
    for row in rows {
        let (order_id, showtime_id, seats, amount, pickup, bought_at) = row?;
        let Some(show) = parse_showtime(&showtime_id) else {
            continue;
        };
        let past = show.starts <= now;
        if past && !include_past {
            continue;
        }
        let seats: Vec<String> = seats.split(',').map(String::from).collect();
        let mut o = ticket_json(&show, &order_id, &seats, amount, &pickup, &bought_at);
        o["status"] = json!(if past { "past" } else { "upcoming" });
        tickets.push((show.starts, o));
    }
    tickets.sort_by_key(|t| t.0);
    Ok(obj(json!({
        "tickets": tickets.into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
    })))
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.movies",
    manifest: include_str!("../../tool-schemas/movies.json"),
    schema: "
CREATE TABLE IF NOT EXISTS sb_movies_order (
    order_id    TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    showtime_id TEXT NOT NULL,
    seats       TEXT NOT NULL,        -- comma-separated labels, e.g. E6,E7
    amount_fen  INTEGER NOT NULL,
    card_no     TEXT NOT NULL,
    pickup_code TEXT NOT NULL,
    bought_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_movies_order_user ON sb_movies_order (user_id);
CREATE TABLE IF NOT EXISTS sb_movies_seat (
    showtime_id TEXT NOT NULL,
    seat        TEXT NOT NULL,
    order_id    TEXT NOT NULL,
    PRIMARY KEY (showtime_id, seat)
);
",
    routes: &[
        Route {
            action: "movies.list_showtimes",
            params: &["city", "film_id", "date"],
            kind: Kind::Public(list_showtimes),
        },
        Route {
            action: "movies.buy_movie_tickets",
            params: &["showtime_id", "seat_count", "seats", "amount", "card"],
            kind: Kind::Write(buy_movie_tickets),
        },
        Route {
            action: "movies.list_my_tickets",
            params: &["include_past"],
            kind: Kind::Read(list_my_tickets),
        },
    ],
    seed: None,
    profile: None,
};

#[cfg(test)]
mod tests {
    use chrono::Local;
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, profile, sandbox};

    /// A showtime tomorrow evening (never started while the test runs).
    fn tomorrow(cinema: &str, film: &str, hhmm: &str) -> String {
        let d = Local::now().date_naive() + Duration::days(1);
        format!("{cinema}-{film}-{}-{hhmm}", d.format("%Y%m%d"))
    }

    #[test]
    fn showtimes_are_listed_with_prices_and_seats() {
        let sb = sandbox();
        let d = (Local::now().date_naive() + Duration::days(1))
            .format("%Y-%m-%d")
            .to_string();
        let r = ok(
            &sb,
            "",
            "movies.list_showtimes",
            json!({"city": "beijing", "date": d}),
        );
        let shows = r["showtimes"].as_array().unwrap();
        // 2 cinemas × (3 + 3 + 2 + 3) showtimes a day.
        assert_eq!(shows.len(), 22);
        assert_eq!(r["more"], false);
        assert!(shows.iter().all(|s| s["date"] == d.as_str()));
        let imax = shows
            .iter()
            .find(|s| s["showtime_id"] == tomorrow("BJC1", "F01", "1930").as_str())
            .unwrap();
        assert_eq!(imax["price"], "75.00");
        let matinee = shows
            .iter()
            .find(|s| s["showtime_id"] == tomorrow("BJC1", "F01", "1030").as_str())
            .unwrap();
        assert_eq!(matinee["price_fen"], 6_500);
        let left = imax["seats_left"].as_i64().unwrap();
        assert!(left > 0 && left < 96, "{left}");
        let f = ok(
            &sb,
            "",
            "movies.list_showtimes",
            json!({"city": "hangzhou", "film_id": "F03"}),
        );
        assert!(
            f["showtimes"]
                .as_array()
                .unwrap()
                .iter()
                .all(|s| s["film_id"] == "F03")
        );
        assert_eq!(f["films"].as_array().unwrap().len(), 1);
        let far = (Local::now().date_naive() + Duration::days(7))
            .format("%Y-%m-%d")
            .to_string();
        assert_eq!(
            failure(
                &sb,
                "",
                "movies.list_showtimes",
                json!({"city": "beijing", "date": far})
            )
            .code,
            "date_out_of_range"
        );
    }

    #[test]
    fn buying_sells_each_seat_once() {
        let sb = sandbox();
        let id = tomorrow("SHC2", "F02", "1600");
        let card = profile("alice", "payment.card");
        let r = ok(
            &sb,
            "alice",
            "movies.buy_movie_tickets",
            json!({"showtime_id": id, "seat_count": 2, "amount": "130.00", "card": card}),
        );
        assert_eq!(r["status"], "paid");
        assert_eq!(r["amount_fen"], 13_000);
        let seats: Vec<String> = r["seats"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect();
        assert_eq!(seats.len(), 2);
        // Bob cannot buy the same seats.
        let bob = profile("bob", "payment.card");
        sb.ensure_user("bob");
        let f = failure(
            &sb,
            "bob",
            "movies.buy_movie_tickets",
            json!({"showtime_id": id, "seats": [seats[0]], "amount": "65", "card": bob}),
        );
        assert_eq!(f.code, "seat_taken");
        assert!(f.message.contains(&seats[0]));
        let f = failure(
            &sb,
            "bob",
            "movies.buy_movie_tickets",
            json!({"showtime_id": id, "seat_count": 3, "amount": "130", "card": bob}),
        );
        assert_eq!(f.code, "amount_mismatch");
        assert!(f.message.contains("195.00"), "{}", f.message);
        let mine = ok(&sb, "alice", "movies.list_my_tickets", json!({}));
        assert_eq!(mine["tickets"][0]["order_id"], r["order_id"]);
        assert_eq!(mine["tickets"][0]["status"], "upcoming");
        assert!(
            ok(
                &sb,
                "bob",
                "movies.list_my_tickets",
                json!({"include_past": true})
            )["tickets"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        // A free seat picked by label.
        let taken = taken_now(&sb, &id);
        let free = all_seats().find(|s| !taken.contains(s)).unwrap();
        ok(
            &sb,
            "bob",
            "movies.buy_movie_tickets",
            json!({"showtime_id": id, "seats": [free], "amount": "65.00", "card": bob}),
        );
    }

    fn taken_now(sb: &crate::sandbox::Sandbox, id: &str) -> HashSet<String> {
        let show = parse_showtime(id).unwrap();
        sb.store.transaction(|tx| taken(tx, &show)).unwrap()
    }

    #[test]
    fn buy_rules() {
        let sb = sandbox();
        let card = profile("alice", "payment.card");
        let id = tomorrow("GZC1", "F04", "2130");
        let buy =
            |args: serde_json::Value| failure(&sb, "alice", "movies.buy_movie_tickets", args).code;
        assert_eq!(
            buy(json!({"showtime_id": id, "seat_count": 7, "amount": "1", "card": card})),
            "invalid_seat_count"
        );
        assert_eq!(
            buy(json!({"showtime_id": id, "seat_count": 0, "amount": "1", "card": card})),
            "invalid_seat_count"
        );
        assert_eq!(
            buy(json!({"showtime_id": id, "amount": "1", "card": card})),
            "seats_required"
        );
        assert_eq!(
            buy(
                json!({"showtime_id": id, "seat_count": 1, "seats": ["A1"], "amount": "1", "card": card})
            ),
            "invalid_argument"
        );
        assert_eq!(
            buy(json!({"showtime_id": id, "seats": ["Z1"], "amount": "1", "card": card})),
            "invalid_seat"
        );
        assert_eq!(
            buy(json!({"showtime_id": id, "seats": ["A13"], "amount": "1", "card": card})),
            "invalid_seat"
        );
        assert_eq!(
            buy(json!({"showtime_id": id, "seats": ["A1", "A1"], "amount": "1", "card": card})),
            "invalid_seat"
        );
        assert_eq!(
            buy(
                json!({"showtime_id": tomorrow("GZC1", "F04", "2200"), "seat_count": 1, "amount": "55", "card": card})
            ),
            "showtime_not_found"
        );
        assert_eq!(
            buy(
                json!({"showtime_id": "XXC1-F04-20250101-2130", "seat_count": 1, "amount": "55", "card": card})
            ),
            "showtime_not_found"
        );
        let past = format!(
            "GZC1-F04-{}-1200",
            (Local::now().date_naive() - Duration::days(1)).format("%Y%m%d")
        );
        assert_eq!(
            buy(json!({"showtime_id": past, "seat_count": 1, "amount": "55", "card": card})),
            "showtime_started"
        );
        let later = format!(
            "GZC1-F04-{}-1200",
            (Local::now().date_naive() + Duration::days(9)).format("%Y%m%d")
        );
        assert_eq!(
            buy(json!({"showtime_id": later, "seat_count": 1, "amount": "55", "card": card})),
            "not_on_sale"
        );
        assert_eq!(
            buy(json!({"showtime_id": id, "seat_count": 1, "amount": "55"})),
            "card_required"
        );
        assert_eq!(
            buy(json!({"showtime_id": id, "seat_count": 1, "amount": "54.99", "card": card})),
            "amount_mismatch"
        );
        ok(
            &sb,
            "alice",
            "movies.buy_movie_tickets",
            json!({"showtime_id": id, "seat_count": 1, "amount": "55.00", "card": card}),
        );
    }

    #[test]
    fn best_seats_prefers_the_middle() {
        let none = HashSet::new();
        assert_eq!(best_seats(&none, 2).unwrap(), ["E6", "E7"]);
        assert_eq!(best_seats(&none, 3).unwrap().len(), 3);
        let mut full: HashSet<String> = all_seats().collect();
        full.remove("A1");
        full.remove("H12");
        assert_eq!(best_seats(&full, 2).unwrap().len(), 2);
        assert!(best_seats(&full, 3).is_none());
    }
}
