//! 网点预约: branches (static) and visit bookings (in the store).
//!
//! Slots are one hour, 09:00-16:00 on weekdays and 09:00-11:00 on Saturdays; closed
//! on Sundays; bookable from today up to 30 days ahead; two appointments per branch,
//! date and slot. Dates are the sandbox's local dates.

use std::collections::HashMap;

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{Datelike, Duration, NaiveDate, Timelike, Weekday};
use serde_json::{Value, json};

use super::data::{self, BOOKING_HORIZON_DAYS, Branch, SERVICES, SLOT_CAPACITY, SLOTS};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj};

const CITY_IDS: &[&str] = &["beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou"];
/// How many free slots `find_branches` shows per branch.
const FREE_SLOTS_SHOWN: usize = 6;

/// The slots a branch offers on `date`.
fn slots_on(date: NaiveDate) -> &'static [&'static str] {
    match date.weekday() {
        Weekday::Sun => &[],
        Weekday::Sat => &SLOTS[..data::SATURDAY_SLOTS],
        _ => SLOTS,
    }
}

fn slot_hour(slot: &str) -> u32 {
    slot.get(..2).and_then(|h| h.parse().ok()).unwrap_or(0)
}

/// True when the slot has already started (it cannot be booked or cancelled any more).
fn started(ctx: &Ctx<'_>, date: NaiveDate, slot: &str) -> bool {
    let today = ctx.now.date_naive();
    date < today || (date == today && slot_hour(slot) <= ctx.now.hour())
}

/// Booked counts per (date, slot) for a branch from today to the horizon.
fn booked_counts(
    tx: &Transaction<'_>,
    branch_id: &str,
    ctx: &Ctx<'_>,
) -> crate::db::Result<HashMap<(String, String), i64>> {
    let today = ctx.now.date_naive();
    let last = today + Duration::days(BOOKING_HORIZON_DAYS);
    let mut stmt = tx.prepare_cached(
        "SELECT date, time_slot, COUNT(*) FROM sb_booking
         WHERE branch_id = ?1 AND status = 'booked' AND date >= ?2 AND date <= ?3
         GROUP BY date, time_slot",
    )?;
    let rows = stmt.query_map(
        params![
            branch_id,
            today.format("%Y-%m-%d").to_string(),
            last.format("%Y-%m-%d").to_string()
        ],
        |r| {
            Ok((
                (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                r.get::<_, i64>(2)?,
            ))
        },
    )?;
    rows.collect()
}

/// The next free slots of a branch from `from` on (at most `limit`).
fn free_slots(
    counts: &HashMap<(String, String), i64>,
    ctx: &Ctx<'_>,
    from: NaiveDate,
    days: i64,
    limit: usize,
) -> Vec<(String, &'static str, i64)> {
    let today = ctx.now.date_naive();
    let mut out = Vec::new();
    for d in 0..days {
        let date = from + Duration::days(d);
        if date > today + Duration::days(BOOKING_HORIZON_DAYS) {
            break;
        }
        let ds = date.format("%Y-%m-%d").to_string();
        for slot in slots_on(date) {
            if started(ctx, date, slot) {
                continue;
            }
            let booked = counts
                .get(&(ds.clone(), (*slot).to_string()))
                .copied()
                .unwrap_or(0);
            if booked < SLOT_CAPACITY {
                out.push((ds.clone(), *slot, SLOT_CAPACITY - booked));
                if out.len() >= limit {
                    return out;
                }
            }
        }
    }
    out
}

fn branch_label(b: &Branch) -> String {
    format!("{} {}", b.name, b.name_en)
}

pub(crate) fn find_branches(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let city = args.choice_req("city", CITY_IDS)?;
    let service = args.choice("service", SERVICES)?;
    let today = ctx.now.date_naive();
    let mut list = Vec::new();
    for b in data::BRANCHES
        .iter()
        .filter(|b| b.city == city && service.is_none_or(|s| b.services.contains(&s)))
    {
        let counts = booked_counts(tx, b.id, ctx)?;
        let slots: Vec<Value> = free_slots(&counts, ctx, today, BOOKING_HORIZON_DAYS + 1, FREE_SLOTS_SHOWN)
            .into_iter()
            .map(|(date, slot, remaining)| json!({"date": date, "time_slot": slot, "remaining": remaining}))
            .collect();
        list.push(json!({
            "branch_id": b.id,
            "name": b.name,
            "name_en": b.name_en,
            "address": b.address,
            "city": b.city,
            "phone": b.phone,
            "hours": data::HOURS,
            "services": b.services,
            "free_slots_next": slots,
        }));
    }
    Ok(obj(json!({ "city": city, "branches": list })))
}

fn parse_date(s: &str) -> Result<NaiveDate, Failure> {
    let ok_shape = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    ok_shape
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| {
            fail(
                "invalid_date",
                "`date` must be a real calendar date written YYYY-MM-DD",
            )
        })
}

pub(crate) fn book_branch_visit(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let branch_id = args.str_opt("branch_id")?.ok_or_else(|| {
        fail(
            "branch_required",
            "`branch_id` is required: pass a branch id from branches__find_branches or save a preferred branch",
        )
    })?;
    let branch = data::branch(branch_id).ok_or_else(|| {
        fail(
            "branch_not_found",
            "there is no branch with that id; use branches__find_branches to get a valid branch_id",
        )
    })?;
    let date_s = args
        .str_opt("date")?
        .ok_or_else(|| fail("invalid_date", "`date` is required (YYYY-MM-DD)"))?;
    let date = parse_date(date_s)?;
    let slot = args.choice_req("time_slot", SLOTS)?;
    let purpose = args.choice_req("purpose", SERVICES)?;
    if !branch.services.contains(&purpose) {
        return Err(fail(
            "service_not_offered",
            format!(
                "{} does not offer {purpose}; it offers {}. Choose another purpose or find a branch with branches__find_branches and `service`",
                branch.name_en,
                branch.services.join(", ")
            ),
        )
        .into());
    }
    let today = ctx.now.date_naive();
    if date < today {
        return Err(fail(
            "date_in_past",
            format!("{date_s} is in the past; choose a date from today ({today}) on"),
        )
        .into());
    }
    if date > today + Duration::days(BOOKING_HORIZON_DAYS) {
        return Err(fail(
            "date_too_far",
            format!(
                "visits can be booked at most {BOOKING_HORIZON_DAYS} days ahead (until {}); choose an earlier date",
                today + Duration::days(BOOKING_HORIZON_DAYS)
            ),
        )
        .into());
    }
    let offered = slots_on(date);
    if offered.is_empty() {
        return Err(fail(
            "branch_closed",
            format!("branches are closed on Sundays ({date_s}); choose another day"),
        )
        .into());
    }
    if !offered.contains(&slot) {
        return Err(fail(
            "slot_unavailable",
            format!(
                "on Saturdays the branch only takes appointments at {}; choose one of them",
                offered.join(", ")
            ),
        )
        .into());
    }
    if started(ctx, date, slot) {
        return Err(fail(
            "slot_in_past",
            "that slot has already started today; choose a later slot or another day",
        )
        .into());
    }
    let mine: Option<String> = tx
        .prepare_cached(
            "SELECT booking_id FROM sb_booking WHERE user_id = ?1 AND branch_id = ?2 AND date = ?3
               AND time_slot = ?4 AND status = 'booked'",
        )?
        .query_row(params![ctx.user, branch.id, date_s, slot], |r| r.get(0))
        .optional()?;
    if let Some(existing) = mine {
        return Err(fail(
            "already_booked",
            format!("the user already has booking {existing} at this branch, date and slot; nothing new was booked"),
        )
        .into());
    }
    let counts = booked_counts(tx, branch.id, ctx)?;
    let booked = counts
        .get(&(date_s.to_string(), slot.to_string()))
        .copied()
        .unwrap_or(0);
    if booked >= SLOT_CAPACITY {
        let others: Vec<String> = free_slots(&counts, ctx, date, 1, 4)
            .into_iter()
            .map(|(_, s, _)| s.to_string())
            .collect();
        let hint = if others.is_empty() {
            "no other slot is free that day; try another day".to_string()
        } else {
            format!("free slots that day: {}", others.join(", "))
        };
        return Err(fail(
            "slot_full",
            format!("the {slot} slot on {date_s} is fully booked; {hint}"),
        )
        .into());
    }
    let booking_id = format!(
        "BK{}",
        &uuid::Uuid::new_v4().simple().to_string()[..12].to_uppercase()
    );
    tx.prepare_cached(
        "INSERT INTO sb_booking (booking_id, user_id, branch_id, date, time_slot, purpose, status, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'booked', ?7)",
    )?
    .execute(params![booking_id, ctx.user, branch.id, date_s, slot, purpose, ctx.now_rfc3339()])?;
    Ok(obj(json!({
        "booking_id": booking_id,
        "branch_id": branch.id,
        "branch_name": branch_label(branch),
        "address": branch.address,
        "date": date_s,
        "time_slot": slot,
        "purpose": purpose,
        "status": "booked",
    })))
}

pub(crate) fn cancel_branch_visit(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let booking_id = args.str_opt("booking_id")?.ok_or_else(|| {
        fail(
            "booking_required",
            "`booking_id` is required; find it with branches__list_my_visits",
        )
    })?;
    let not_found = || {
        fail(
            "booking_not_found",
            "the user has no booking with that reference; list the user's visits with branches__list_my_visits",
        )
    };
    if booking_id.len() > 32 {
        return Err(not_found().into());
    }
    let row: Option<(String, String, String, String)> = tx
        .prepare_cached("SELECT branch_id, date, time_slot, status FROM sb_booking WHERE booking_id = ?1 AND user_id = ?2")?
        .query_row(params![booking_id, ctx.user], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    let Some((branch_id, date_s, slot, status)) = row else {
        return Err(not_found().into());
    };
    if status == "cancelled" {
        return Err(fail(
            "already_cancelled",
            "that booking is already cancelled; nothing was changed",
        )
        .into());
    }
    if NaiveDate::parse_from_str(&date_s, "%Y-%m-%d").is_ok_and(|d| started(ctx, d, &slot)) {
        return Err(fail(
            "booking_in_past",
            "that visit has already started or taken place; it cannot be cancelled",
        )
        .into());
    }
    tx.prepare_cached(
        "UPDATE sb_booking SET status = 'cancelled', cancelled_at = ?2 WHERE booking_id = ?1",
    )?
    .execute(params![booking_id, ctx.now_rfc3339()])?;
    Ok(obj(json!({
        "booking_id": booking_id,
        "branch_id": branch_id,
        "date": date_s,
        "time_slot": slot,
        "status": "cancelled",
    })))
}

pub(crate) fn list_my_visits(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let include_cancelled = args.bool_opt("include_cancelled")?.unwrap_or(false);
    let mut stmt = tx.prepare_cached(
        "SELECT booking_id, branch_id, date, time_slot, purpose, status FROM sb_booking
         WHERE user_id = ?1 AND (?2 OR status = 'booked')
         ORDER BY date, time_slot, created_at",
    )?;
    let rows = stmt.query_map(params![ctx.user, include_cancelled], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut visits = Vec::new();
    for row in rows {
        let (booking_id, branch_id, date, slot, purpose, status) = row?;
        let name = data::branch(&branch_id)
            .map(branch_label)
            .unwrap_or_else(|| branch_id.clone());
        visits.push(json!({
            "booking_id": booking_id,
            "branch_id": branch_id,
            "branch_name": name,
            "date": date,
            "time_slot": slot,
            "purpose": purpose,
            "status": status,
        }));
    }
    Ok(obj(json!({ "visits": visits })))
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.branches",
    manifest: include_str!("../../tool-schemas/branches.json"),
    schema: "",
    routes: &[
        Route {
            action: "branches.find_branches",
            params: &["city", "service"],
            kind: Kind::Public(find_branches),
        },
        Route {
            action: "branches.book_branch_visit",
            params: &["branch_id", "date", "time_slot", "purpose"],
            kind: Kind::Write(book_branch_visit),
        },
        Route {
            action: "branches.cancel_branch_visit",
            params: &["booking_id"],
            kind: Kind::Write(cancel_branch_visit),
        },
        Route {
            action: "branches.list_my_visits",
            params: &["include_cancelled"],
            kind: Kind::Read(list_my_visits),
        },
    ],
    seed: None,
    profile: None,
};
