//! 排队取号: remote queue tickets for the service counters of a branch.
//!
//! The queue at a branch (people waiting and estimated wait per service counter) is a
//! pure function of the branch, the service and the current hour: no store access.
//! A ticket (`A023`: the service's letter and a number) is for today at one branch;
//! a user holds at most one waiting ticket per branch. Tickets can be taken at any
//! time of day (the sandbox never refuses by clock time, so demos do not depend on
//! it); the reply says whether the branch is open now.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{Datelike, Timelike, Weekday};
use serde_json::{Value, json};

use super::data::{self, Branch, SERVICES};
use super::seed::number;
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj};

/// One kind of service counter.
struct Counter {
    service: &'static str,
    name: &'static str,
    prefix: char,
    minutes_per_person: i64,
    counters: i64,
    /// Most people waiting outside peak hours.
    max_waiting: u64,
    /// Tickets a branch issues per opening hour.
    per_hour: i64,
}

const COUNTERS: &[Counter] = &[
    Counter {
        service: "cash",
        name: "现金业务 Cash",
        prefix: 'A',
        minutes_per_person: 4,
        counters: 3,
        max_waiting: 12,
        per_hour: 18,
    },
    Counter {
        service: "account_opening",
        name: "开户 Account opening",
        prefix: 'B',
        minutes_per_person: 12,
        counters: 1,
        max_waiting: 5,
        per_hour: 4,
    },
    Counter {
        service: "wealth",
        name: "理财 Wealth management",
        prefix: 'C',
        minutes_per_person: 15,
        counters: 1,
        max_waiting: 4,
        per_hour: 3,
    },
    Counter {
        service: "foreign_exchange",
        name: "外汇 Foreign exchange",
        prefix: 'D',
        minutes_per_person: 8,
        counters: 1,
        max_waiting: 3,
        per_hour: 3,
    },
    Counter {
        service: "mortgage",
        name: "房贷 Mortgage",
        prefix: 'E',
        minutes_per_person: 20,
        counters: 1,
        max_waiting: 3,
        per_hour: 2,
    },
];

const OPENS: u32 = 9;
const CLOSES: u32 = 17;

fn counter(service: &str) -> &'static Counter {
    COUNTERS
        .iter()
        .find(|c| c.service == service)
        .unwrap_or(&COUNTERS[0])
}

/// Whether branches are open at this local time (data::HOURS).
fn open_now(ctx: &Ctx<'_>) -> bool {
    let h = ctx.now.hour();
    match ctx.now.weekday() {
        Weekday::Sun => false,
        Weekday::Sat => (OPENS..12).contains(&h),
        _ => (OPENS..CLOSES).contains(&h),
    }
}

/// People waiting for `c` at `branch` in the current hour (0 when closed).
fn waiting(branch: &Branch, c: &Counter, ctx: &Ctx<'_>) -> i64 {
    if !open_now(ctx) {
        return 0;
    }
    let hour = ctx.now.hour();
    let peak = matches!(hour, 10 | 11 | 14 | 15);
    let max = c.max_waiting + if peak { c.max_waiting / 2 } else { 0 };
    (number(branch.id, &format!("queue {} {hour}", c.service)) % (max + 1)) as i64
}

fn wait_minutes(c: &Counter, people: i64) -> i64 {
    (people * c.minutes_per_person + c.counters - 1) / c.counters
}

fn branch_arg(args: &Args<'_>) -> Result<&'static Branch, Failure> {
    let id = args.str_opt("branch_id")?.ok_or_else(|| {
        fail(
            "branch_required",
            "`branch_id` is required: pass a branch id from branches__find_branches or save a preferred branch",
        )
    })?;
    data::branch(id).ok_or_else(|| {
        fail(
            "branch_not_found",
            "there is no branch with that id; use branches__find_branches to get a valid branch_id",
        )
    })
}

fn label(b: &Branch) -> String {
    format!("{} {}", b.name, b.name_en)
}

pub(crate) fn get_queue_status(args: &Args<'_>, ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let branch = branch_arg(args)?;
    let only = args.choice("service", SERVICES)?;
    if let Some(s) = only
        && !branch.services.contains(&s)
    {
        return Err(not_offered(branch, s));
    }
    let queues: Vec<Value> = branch
        .services
        .iter()
        .filter(|s| only.is_none_or(|o| o == **s))
        .map(|s| {
            let c = counter(s);
            let people = waiting(branch, c, ctx);
            json!({
                "service": c.service,
                "service_name": c.name,
                "ticket_prefix": c.prefix.to_string(),
                "waiting": people,
                "estimated_wait_minutes": wait_minutes(c, people),
                "counters_open": if open_now(ctx) { c.counters } else { 0 },
            })
        })
        .collect();
    Ok(obj(json!({
        "branch_id": branch.id,
        "branch_name": label(branch),
        "address": branch.address,
        "hours": data::HOURS,
        "open_now": open_now(ctx),
        "as_of": ctx.now_rfc3339(),
        "queues": queues,
    })))
}

fn not_offered(branch: &Branch, service: &str) -> Failure {
    fail(
        "service_not_offered",
        format!(
            "{} has no {service} counter; it offers {}. Choose another service or branch",
            branch.name_en,
            branch.services.join(", ")
        ),
    )
}

pub(crate) fn take_queue_number(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let branch = branch_arg(args)?;
    let service = args.choice_req("service", SERVICES)?;
    if !branch.services.contains(&service) {
        return Err(not_offered(branch, service).into());
    }
    let today = ctx.now.date_naive().format("%Y-%m-%d").to_string();
    let held: Option<(String, String)> = tx
        .prepare_cached(
            "SELECT ticket_id, ticket_number FROM sb_queue_ticket
             WHERE user_id = ?1 AND branch_id = ?2 AND date = ?3 AND status = 'waiting'",
        )?
        .query_row(params![ctx.user, branch.id, today], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    if let Some((id, number)) = held {
        return Err(fail(
            "already_in_queue",
            format!(
                "the user already holds ticket {number} ({id}) at this branch today; one ticket per branch: cancel it with queue__cancel_queue_number to take another"
            ),
        )
        .into());
    }
    let c = counter(service);
    let (last, ahead_here): (i64, i64) = tx
        .prepare_cached(
            "SELECT COALESCE(MAX(seq), 0), COUNT(CASE WHEN status = 'waiting' THEN 1 END) FROM sb_queue_ticket
             WHERE branch_id = ?1 AND service = ?2 AND date = ?3",
        )?
        .query_row(params![branch.id, service, today], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let people_now = waiting(branch, c, ctx);
    // Tickets issued since opening (none before 09:00, the whole day's after 17:00).
    let served = i64::from(ctx.now.hour().clamp(OPENS, CLOSES) - OPENS) * c.per_hour;
    let seq = (served + people_now + 1).max(last + 1);
    let ticket_number = format!("{}{:03}", c.prefix, seq % 1000);
    let ticket_id = format!(
        "QN{}",
        &uuid::Uuid::new_v4().simple().to_string()[..10].to_uppercase()
    );
    let ahead = people_now + ahead_here;
    let taken_at = ctx.now_rfc3339();
    tx.prepare_cached(
        "INSERT INTO sb_queue_ticket (ticket_id, user_id, branch_id, service, date, seq, ticket_number, status, taken_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'waiting', ?8)",
    )?
    .execute(params![ticket_id, ctx.user, branch.id, service, today, seq, ticket_number, taken_at])?;
    Ok(obj(json!({
        "ticket_id": ticket_id,
        "ticket_number": ticket_number,
        "branch_id": branch.id,
        "branch_name": label(branch),
        "address": branch.address,
        "service": service,
        "service_name": c.name,
        "people_ahead": ahead,
        "estimated_wait_minutes": wait_minutes(c, ahead),
        "open_now": open_now(ctx),
        "date": today,
        "taken_at": taken_at,
        "status": "waiting",
    })))
}

pub(crate) fn cancel_queue_number(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let id = args.str_opt("ticket_id")?.ok_or_else(|| {
        fail(
            "ticket_required",
            "`ticket_id` is required: the ticket id returned by queue__take_queue_number",
        )
    })?;
    let not_found = || {
        fail(
            "ticket_not_found",
            "the user has no queue ticket with that id; it is the ticket_id returned by queue__take_queue_number (QN followed by 10 characters)",
        )
    };
    if id.len() > 16 {
        return Err(not_found().into());
    }
    let row: Option<(String, String, String, String, String)> = tx
        .prepare_cached(
            "SELECT ticket_number, branch_id, service, date, status FROM sb_queue_ticket WHERE ticket_id = ?1 AND user_id = ?2",
        )?
        .query_row(params![id, ctx.user], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?;
    let Some((number, branch_id, service, date, status)) = row else {
        return Err(not_found().into());
    };
    if status == "cancelled" {
        return Err(fail(
            "already_cancelled",
            format!("ticket {number} is already cancelled; nothing was changed"),
        )
        .into());
    }
    if date < ctx.now.date_naive().format("%Y-%m-%d").to_string() {
        return Err(fail(
            "ticket_expired",
            format!("ticket {number} was for {date} and has expired; nothing to cancel"),
        )
        .into());
    }
    tx.prepare_cached(
        "UPDATE sb_queue_ticket SET status = 'cancelled', cancelled_at = ?2 WHERE ticket_id = ?1",
    )?
    .execute(params![id, ctx.now_rfc3339()])?;
    Ok(obj(json!({
        "ticket_id": id,
        "ticket_number": number,
        "branch_id": branch_id,
        "service": service,
        "date": date,
        "status": "cancelled",
    })))
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.queue",
    manifest: include_str!("../../tool-schemas/queue.json"),
    schema: "
CREATE TABLE IF NOT EXISTS sb_queue_ticket (
    ticket_id     TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL,
    branch_id     TEXT NOT NULL,
    service       TEXT NOT NULL,
    date          TEXT NOT NULL,      -- YYYY-MM-DD, the day the ticket is for
    seq           INTEGER NOT NULL,
    ticket_number TEXT NOT NULL,      -- e.g. A023
    status        TEXT NOT NULL,      -- waiting | cancelled
    taken_at      TEXT NOT NULL,
    cancelled_at  TEXT,
    UNIQUE (branch_id, service, date, seq)
);
CREATE INDEX IF NOT EXISTS sb_queue_ticket_user ON sb_queue_ticket (user_id, branch_id, date, status);
",
    routes: &[
        Route {
            action: "queue.get_queue_status",
            params: &["branch_id", "service"],
            kind: Kind::Pure(get_queue_status),
        },
        Route {
            action: "queue.take_queue_number",
            params: &["branch_id", "service"],
            kind: Kind::Write(take_queue_number),
        },
        Route {
            action: "queue.cancel_queue_number",
            params: &["ticket_id"],
            kind: Kind::Write(cancel_queue_number),
        },
    ],
    seed: None,
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::sandbox::tests::{failure, ok, sandbox};

    #[test]
    fn queue_status_is_deterministic_per_branch_and_hour() {
        let sb = sandbox();
        let a = ok(
            &sb,
            "",
            "queue.get_queue_status",
            json!({"branch_id": "SH001"}),
        );
        let b = ok(
            &sb,
            "",
            "queue.get_queue_status",
            json!({"branch_id": "SH001"}),
        );
        if a["as_of"].as_str().map(|s| &s[..13]) == b["as_of"].as_str().map(|s| &s[..13]) {
            assert_eq!(a["queues"], b["queues"]);
        }
        assert_eq!(a["queues"].as_array().unwrap().len(), 5);
        assert_eq!(a["queues"][0]["ticket_prefix"], "A");
        let one = ok(
            &sb,
            "",
            "queue.get_queue_status",
            json!({"branch_id": "SH001", "service": "wealth"}),
        );
        assert_eq!(one["queues"].as_array().unwrap().len(), 1);
        assert_eq!(
            failure(
                &sb,
                "",
                "queue.get_queue_status",
                json!({"branch_id": "BJ003", "service": "wealth"})
            )
            .code,
            "service_not_offered"
        );
        assert_eq!(
            failure(
                &sb,
                "",
                "queue.get_queue_status",
                json!({"branch_id": "XX001"})
            )
            .code,
            "branch_not_found"
        );
    }

    #[test]
    fn one_ticket_per_user_and_branch_and_cancelling() {
        let sb = sandbox();
        let t = ok(
            &sb,
            "alice",
            "queue.take_queue_number",
            json!({"branch_id": "BJ001", "service": "cash"}),
        );
        assert_eq!(t["status"], "waiting");
        let number = t["ticket_number"].as_str().unwrap().to_string();
        assert!(number.starts_with('A') && number.len() == 4, "{number}");
        let f = failure(
            &sb,
            "alice",
            "queue.take_queue_number",
            json!({"branch_id": "BJ001", "service": "wealth"}),
        );
        assert_eq!(f.code, "already_in_queue");
        assert!(f.message.contains(&number));
        // Another branch is fine; so is another user, who gets a later number.
        ok(
            &sb,
            "alice",
            "queue.take_queue_number",
            json!({"branch_id": "BJ002", "service": "cash"}),
        );
        let u = ok(
            &sb,
            "bob",
            "queue.take_queue_number",
            json!({"branch_id": "BJ001", "service": "cash"}),
        );
        assert!(u["ticket_number"].as_str().unwrap() > number.as_str() || number.ends_with("999"));
        assert_eq!(
            u["people_ahead"].as_i64().unwrap(),
            t["people_ahead"].as_i64().unwrap() + 1
        );

        let id = t["ticket_id"].as_str().unwrap();
        assert_eq!(
            failure(
                &sb,
                "bob",
                "queue.cancel_queue_number",
                json!({"ticket_id": id})
            )
            .code,
            "ticket_not_found"
        );
        let c = ok(
            &sb,
            "alice",
            "queue.cancel_queue_number",
            json!({"ticket_id": id}),
        );
        assert_eq!(c["status"], "cancelled");
        assert_eq!(c["ticket_number"], number.as_str());
        assert_eq!(
            failure(
                &sb,
                "alice",
                "queue.cancel_queue_number",
                json!({"ticket_id": id})
            )
            .code,
            "already_cancelled"
        );
        // Cancelled: a new ticket can be taken.
        ok(
            &sb,
            "alice",
            "queue.take_queue_number",
            json!({"branch_id": "BJ001", "service": "wealth"}),
        );
        assert_eq!(
            failure(
                &sb,
                "alice",
                "queue.take_queue_number",
                json!({"branch_id": "BJ003", "service": "wealth"})
            )
            .code,
            "service_not_offered"
        );
    }
}
