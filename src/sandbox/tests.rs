//! Sandbox behaviour: every action's happy path validated against the manifests'
//! schemas, failures with their codes, exactly-once execution, persistence.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, Duration, Local, NaiveDate, Weekday};
use serde_json::{Map, Value, json};

use super::*;

/// bridge action → (app_id, input schema, output schema), from the demo manifests.
static SCHEMAS: LazyLock<HashMap<String, (String, Value, Value)>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for p in PROGRAMS {
        let m: Value = serde_json::from_str(p.manifest).expect("manifest JSON");
        for a in m["actions"].as_array().unwrap() {
            out.insert(
                a["bridge"]["action"].as_str().unwrap().to_string(),
                (
                    m["app_id"].as_str().unwrap().to_string(),
                    a["input_schema"].clone(),
                    a["output_schema"].clone(),
                ),
            );
        }
    }
    out
});

pub(crate) fn sandbox() -> Sandbox {
    Sandbox::new(Store::in_memory().unwrap()).unwrap()
}

pub(crate) fn profile(user: &str, key: &str) -> String {
    demo_profile(user)
        .into_iter()
        .find(|(k, _)| k == key)
        .unwrap()
        .1
}

pub(crate) fn request(user: &str, action: &str, args: Value, key: Option<&str>) -> InvokeRequest {
    let app_id = SCHEMAS
        .get(action)
        .map(|s| s.0.clone())
        .unwrap_or_else(|| "mp.bank.unknown".into());
    InvokeRequest {
        request_id: uuid::Uuid::new_v4().to_string(),
        idempotency_key: key.map(String::from),
        user: user.to_string(),
        app_id,
        action: action.to_string(),
        arguments: args.as_object().cloned().unwrap_or_default(),
    }
}

pub(crate) fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Invokes; the arguments must satisfy the manifest's input schema and the result its
/// output schema.
pub(crate) fn ok(sb: &Sandbox, user: &str, action: &str, args: Value) -> Map<String, Value> {
    let key = new_key();
    ok_with_key(sb, user, action, args, &key)
}

pub(crate) fn ok_with_key(
    sb: &Sandbox,
    user: &str,
    action: &str,
    args: Value,
    key: &str,
) -> Map<String, Value> {
    let (_, input, output) = SCHEMAS.get(action).expect("action in a manifest");
    let iv = jsonschema::validator_for(input).unwrap();
    let problems: Vec<String> = iv.iter_errors(&args).map(|e| e.to_string()).collect();
    assert!(
        problems.is_empty(),
        "test arguments for {action} are invalid: {problems:?}"
    );
    let reply = sb.invoke(&request(user, action, args, Some(key)));
    assert_eq!(
        reply.status,
        InvokeStatus::Ok,
        "{action}: {:?}",
        reply.error
    );
    let result = reply.result.expect("result");
    let ov = jsonschema::validator_for(output).unwrap();
    let instance = Value::Object(result.clone());
    let problems: Vec<String> = ov
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        problems.is_empty(),
        "{action} result does not match its output schema: {problems:?}\n{instance:#}"
    );
    result
}

pub(crate) fn failure(sb: &Sandbox, user: &str, action: &str, args: Value) -> ActionFailure {
    let key = new_key();
    let reply = sb.invoke(&request(user, action, args, Some(&key)));
    assert_eq!(
        reply.status,
        InvokeStatus::Failed,
        "{action} should fail: {:?}",
        reply.result
    );
    assert!(reply.result.is_none());
    let f = reply.error.expect("error");
    assert!(!f.message.is_empty());
    f
}

fn query(sb: &Sandbox, user: &str, utility: &str) -> Map<String, Value> {
    let account = profile(user, &format!("utility_account.{utility}"));
    ok(
        sb,
        user,
        "utility.query_bills",
        json!({"utility": utility, "account_no": account}),
    )
}

fn pay_args(user: &str, amount: Option<&str>) -> Value {
    let mut v = json!({
        "utility": "electricity",
        "account_no": profile(user, "utility_account.electricity"),
        "card": profile(user, "payment.card"),
    });
    if let Some(a) = amount {
        v["amount"] = json!(a);
    }
    v
}

/// The first date from tomorrow on that is `wanted` (or any weekday when `None`).
fn next_day(wanted: Option<Weekday>) -> NaiveDate {
    let mut d = Local::now().date_naive() + Duration::days(1);
    loop {
        let w = d.weekday();
        let hit = match wanted {
            Some(x) => w == x,
            None => !matches!(w, Weekday::Sat | Weekday::Sun),
        };
        if hit {
            return d;
        }
        d += Duration::days(1);
    }
}

fn book_args(branch: &str, date: NaiveDate, slot: &str, purpose: &str) -> Value {
    json!({"branch_id": branch, "date": date.format("%Y-%m-%d").to_string(), "time_slot": slot, "purpose": purpose})
}

#[test]
fn sandbox_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Sandbox>();
}

#[test]
fn demo_user_owes_exactly_236_50_for_electricity() {
    let sb = sandbox();
    sb.ensure_user("demo");
    let r = query(&sb, "demo", "electricity");
    assert_eq!(r["outstanding"], "236.50");
    assert_eq!(r["outstanding_fen"], 23_650);
    let bills = r["bills"].as_array().unwrap();
    assert_eq!(bills.len(), 2);
    assert!(bills.iter().all(|b| b["status"] == "unpaid"));
    assert!(
        bills[0]["period"].as_str() < bills[1]["period"].as_str(),
        "oldest first"
    );
    assert!(
        r["payee"].as_str().unwrap().contains(' '),
        "bilingual payee"
    );
    let acct = profile("demo", "utility_account.electricity");
    assert_eq!(
        r["account_no_masked"],
        format!("****{}", &acct[acct.len() - 4..])
    );
    // History.
    let all = ok(
        &sb,
        "demo",
        "utility.query_bills",
        json!({"utility": "electricity", "account_no": acct, "status": "all"}),
    );
    assert_eq!(all["bills"].as_array().unwrap().len(), 3);
    let paid = ok(
        &sb,
        "demo",
        "utility.query_bills",
        json!({"utility": "electricity", "account_no": acct, "status": "paid"}),
    );
    assert_eq!(paid["bills"].as_array().unwrap().len(), 1);
    assert!(paid["bills"][0]["paid_at"].is_string());
    assert_eq!(
        paid["outstanding"], "236.50",
        "outstanding is the account total whatever the filter"
    );
}

#[test]
fn every_user_has_consistent_seeded_data() {
    let sb = sandbox();
    for user in ["demo", "alice", "bob", "张三", "user-42"] {
        sb.ensure_user(user);
        sb.ensure_user(user); // idempotent
        let e = query(&sb, user, "electricity");
        assert!(
            e["outstanding_fen"].as_i64().unwrap() > 0,
            "{user} has an unpaid electricity bill"
        );
        for u in ["water", "gas"] {
            let r = query(&sb, user, u);
            assert!(!r["payee"].as_str().unwrap().is_empty());
        }
        let app = ok(
            &sb,
            user,
            "cards.application_status",
            json!({"application_id": profile(user, "cards.application_id")}),
        );
        assert!(
            !app["next_step"].as_str().unwrap().is_ascii(),
            "bilingual next step"
        );
        assert!(data::branch(&profile(user, "branch.preferred")).is_some());
    }
    // Reproducible: a second sandbox on another store seeds the same amounts.
    let other = sandbox();
    assert_eq!(
        query(&other, "alice", "electricity")["outstanding"],
        query(&sb, "alice", "electricity")["outstanding"]
    );
}

#[test]
fn pay_bill_pays_everything_outstanding_by_default() {
    let sb = sandbox();
    let before = query(&sb, "demo", "electricity");
    let r = ok(&sb, "demo", "utility.pay_bill", pay_args("demo", None));
    assert_eq!(r["status"], "paid");
    assert_eq!(r["amount"], "236.50");
    assert_eq!(r["amount_fen"], 23_650);
    assert_eq!(r["remaining_outstanding"], "0.00");
    let ids: Vec<&Value> = before["bills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| &b["bill_id"])
        .collect();
    assert_eq!(
        r["bills_paid"]
            .as_array()
            .unwrap()
            .iter()
            .collect::<Vec<_>>(),
        ids
    );
    let card = profile("demo", "payment.card");
    assert_eq!(r["card_masked"], format!("****{}", &card[card.len() - 4..]));
    assert!(r["receipt_no"].as_str().unwrap().starts_with("RC"));

    let after = query(&sb, "demo", "electricity");
    assert_eq!(after["outstanding"], "0.00");
    assert!(after["bills"].as_array().unwrap().is_empty());
    assert_eq!(
        failure(&sb, "demo", "utility.pay_bill", pay_args("demo", None)).code,
        "nothing_to_pay"
    );
}

#[test]
fn pay_bill_amount_rules() {
    let sb = sandbox();
    let f = failure(
        &sb,
        "demo",
        "utility.pay_bill",
        pay_args("demo", Some("300")),
    );
    assert_eq!(f.code, "amount_exceeds_outstanding");
    assert!(f.message.contains("236.50"), "{}", f.message);
    let f = failure(
        &sb,
        "demo",
        "utility.pay_bill",
        pay_args("demo", Some("100")),
    );
    assert_eq!(f.code, "amount_mismatch");
    assert!(
        f.message.contains("128.40") && f.message.contains("236.50"),
        "{}",
        f.message
    );
    assert_eq!(
        failure(&sb, "demo", "utility.pay_bill", pay_args("demo", Some("0"))).code,
        "invalid_amount"
    );
    assert_eq!(
        failure(
            &sb,
            "demo",
            "utility.pay_bill",
            pay_args("demo", Some("12.345"))
        )
        .code,
        "invalid_amount"
    );
    // The oldest bill alone is payable.
    let r = ok(
        &sb,
        "demo",
        "utility.pay_bill",
        pay_args("demo", Some("128.4")),
    );
    assert_eq!(r["amount"], "128.40");
    assert_eq!(r["bills_paid"].as_array().unwrap().len(), 1);
    assert_eq!(r["remaining_outstanding"], "108.10");
    assert_eq!(query(&sb, "demo", "electricity")["outstanding"], "108.10");
}

#[test]
fn pay_bill_accounts_and_cards() {
    let sb = sandbox();
    sb.ensure_user("bob");
    // Alice pays Bob's (a parent's) electricity bill with her own card.
    let mut args = pay_args("alice", None);
    args["account_no"] = json!(profile("bob", "utility_account.electricity"));
    let owed = query(&sb, "bob", "electricity")["outstanding"].clone();
    let r = ok(&sb, "alice", "utility.pay_bill", args);
    assert_eq!(r["amount"], owed);
    assert_eq!(query(&sb, "bob", "electricity")["outstanding"], "0.00");
    // But never with Bob's card.
    let mut args = pay_args("alice", None);
    args["card"] = json!(profile("bob", "payment.card"));
    assert_eq!(
        failure(&sb, "alice", "utility.pay_bill", args).code,
        "card_not_found"
    );
    // Unknown account, and an account of another utility.
    let mut args = pay_args("alice", None);
    args["account_no"] = json!("99999999999");
    let f = failure(&sb, "alice", "utility.pay_bill", args);
    assert_eq!(f.code, "account_not_found");
    assert!(
        !f.message.contains("99999999999"),
        "account numbers are masked in messages"
    );
    let mut args = pay_args("alice", None);
    args["account_no"] = json!(profile("alice", "utility_account.water"));
    assert_eq!(
        failure(&sb, "alice", "utility.pay_bill", args).code,
        "account_not_found"
    );
    let mut args = pay_args("alice", None);
    args.as_object_mut().unwrap().remove("card");
    assert_eq!(
        failure(&sb, "alice", "utility.pay_bill", args).code,
        "card_required"
    );
    let mut args = pay_args("alice", None);
    args["tip"] = json!("1");
    assert_eq!(
        failure(&sb, "alice", "utility.pay_bill", args).code,
        "invalid_argument"
    );
}

#[test]
fn idempotent_replay_and_key_reuse() {
    let sb = sandbox();
    let key = new_key();
    let first = sb.invoke(&request(
        "demo",
        "utility.pay_bill",
        pay_args("demo", None),
        Some(&key),
    ));
    assert_eq!(first.status, InvokeStatus::Ok);
    assert!(!first.replayed);
    let again = sb.invoke(&request(
        "demo",
        "utility.pay_bill",
        pay_args("demo", None),
        Some(&key),
    ));
    assert!(again.replayed);
    assert_eq!(
        again.result, first.result,
        "the same receipt, not a second payment"
    );
    assert_eq!(query(&sb, "demo", "electricity")["outstanding"], "0.00");

    let status = sb.status("demo", &key);
    assert_eq!(status.state, InvocationState::Completed);
    assert_eq!(status.reply.unwrap().result, first.result);
    assert_eq!(
        sb.status("demo", "never-used").state,
        InvocationState::Unknown
    );
    assert_eq!(
        sb.status("alice", &key).state,
        InvocationState::Unknown,
        "keys are per user"
    );

    // Same key, different request.
    let other = sb.invoke(&request(
        "demo",
        "utility.pay_bill",
        pay_args("demo", Some("128.40")),
        Some(&key),
    ));
    assert_eq!(other.status, InvokeStatus::Failed);
    assert_eq!(other.error.unwrap().code, "idempotency_key_reused");

    // Missing key.
    let none = sb.invoke(&request(
        "demo",
        "utility.pay_bill",
        pay_args("demo", None),
        None,
    ));
    assert_eq!(none.error.unwrap().code, "idempotency_key_required");
    let b = book_args("BJ001", next_day(None), "10:00", "cash");
    assert_eq!(
        sb.invoke(&request("demo", "branches.book_branch_visit", b, None))
            .error
            .unwrap()
            .code,
        "idempotency_key_required"
    );

    // Business failures are recorded and replayed too.
    let key2 = new_key();
    let f1 = sb.invoke(&request(
        "demo",
        "utility.pay_bill",
        pay_args("demo", None),
        Some(&key2),
    ));
    assert_eq!(f1.error.as_ref().unwrap().code, "nothing_to_pay");
    let f2 = sb.invoke(&request(
        "demo",
        "utility.pay_bill",
        pay_args("demo", None),
        Some(&key2),
    ));
    assert!(f2.replayed);
    assert_eq!(f2.error, f1.error);
    assert_eq!(sb.status("demo", &key2).state, InvocationState::Completed);

    // Read-only actions ignore keys entirely.
    let acct = profile("demo", "utility_account.electricity");
    let q = sb.invoke(&request(
        "demo",
        "utility.query_bills",
        json!({"utility": "electricity", "account_no": acct}),
        Some(&key),
    ));
    assert_eq!(q.status, InvokeStatus::Ok);
    assert!(!q.replayed);
}

#[test]
fn canonical_request_hash_ignores_key_order() {
    let a = request(
        "u",
        "utility.pay_bill",
        json!({"utility": "gas", "account_no": "12345678"}),
        None,
    );
    let mut b = a.clone();
    b.arguments = Map::new();
    b.arguments.insert("account_no".into(), json!("12345678"));
    b.arguments.insert("utility".into(), json!("gas"));
    b.request_id = "other".into();
    assert_eq!(request_hash(&a), request_hash(&b));
    b.arguments.insert("amount".into(), json!("1"));
    assert_ne!(request_hash(&a), request_hash(&b));
}

#[test]
fn state_survives_reopening_a_file_store() {
    let dir = std::env::temp_dir().join(format!("mpmcp-sandbox-{}", uuid::Uuid::new_v4()));
    let key = new_key();
    let (first, booking) = {
        let sb = Sandbox::new(Store::open_dir(&dir).unwrap()).unwrap();
        let r = sb.invoke(&request(
            "demo",
            "utility.pay_bill",
            pay_args("demo", None),
            Some(&key),
        ));
        assert_eq!(r.status, InvokeStatus::Ok);
        let b = ok(
            &sb,
            "demo",
            "branches.book_branch_visit",
            book_args("SH001", next_day(None), "14:00", "wealth"),
        );
        (r, b["booking_id"].clone())
    };
    let sb = Sandbox::new(Store::open_dir(&dir).unwrap()).unwrap();
    assert_eq!(query(&sb, "demo", "electricity")["outstanding"], "0.00");
    let again = sb.invoke(&request(
        "demo",
        "utility.pay_bill",
        pay_args("demo", None),
        Some(&key),
    ));
    assert!(again.replayed);
    assert_eq!(again.result, first.result);
    let visits = ok(&sb, "demo", "branches.list_my_visits", json!({}));
    assert_eq!(visits["visits"][0]["booking_id"], booking);
    drop(sb);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_loan_rate_quotes_lpr_plus_spread() {
    let sb = sandbox();
    let r = ok(
        &sb,
        "",
        "loans.check_loan_rate",
        json!({"product": "mortgage_first_home", "term_months": 360, "amount": "1000000"}),
    );
    assert_eq!(r["lpr_tenor"], "5Y+");
    assert_eq!(r["lpr_percent"], "3.50");
    assert_eq!(r["spread_bp"], -45);
    assert_eq!(r["annual_rate_percent"], "3.05");
    assert_eq!(r["monthly_payment"], "4243.05");
    assert_eq!(r["monthly_payment_fen"], 424_305);
    assert_eq!(r["amount_fen"], 100_000_000);
    assert!(r["total_interest_fen"].as_i64().unwrap() > 50_000_000);
    assert_eq!(
        r["source"],
        "LPR published by the National Interbank Funding Center"
    );

    let r = ok(
        &sb,
        "",
        "loans.check_loan_rate",
        json!({"product": "personal_consumer", "term_months": 12}),
    );
    assert_eq!(r["lpr_tenor"], "1Y");
    assert_eq!(r["annual_rate_percent"], "3.50");
    assert!(r.get("monthly_payment").is_none());
    let r = ok(
        &sb,
        "",
        "loans.check_loan_rate",
        json!({"product": "mortgage_second_home", "term_months": 60}),
    );
    assert_eq!(r["lpr_tenor"], "1Y", "60 months is still the 1-year tenor");
    ok(
        &sb,
        "",
        "loans.check_loan_rate",
        json!({"product": "business_operating", "term_months": 36, "amount": "50000.5"}),
    );

    assert_eq!(
        failure(
            &sb,
            "",
            "loans.check_loan_rate",
            json!({"product": "personal_consumer", "term_months": 120})
        )
        .code,
        "term_not_offered"
    );
    assert_eq!(
        failure(
            &sb,
            "",
            "loans.check_loan_rate",
            json!({"product": "personal_consumer", "term_months": 3})
        )
        .code,
        "invalid_term"
    );
    assert_eq!(
        failure(
            &sb,
            "",
            "loans.check_loan_rate",
            json!({"product": "car", "term_months": 12})
        )
        .code,
        "invalid_argument"
    );
    assert_eq!(
        failure(
            &sb,
            "",
            "loans.check_loan_rate",
            json!({"product": "mortgage_first_home", "term_months": 12.5})
        )
        .code,
        "invalid_argument"
    );
}

#[test]
fn check_loan_rate_touches_no_store() {
    let sb = sandbox();
    let req = request(
        "bench",
        "loans.check_loan_rate",
        json!({"product": "mortgage_first_home", "term_months": 360, "amount": "2000000"}),
        None,
    );
    // Its speed is measured in benches/pipeline.rs, not here.
    assert_eq!(sb.invoke(&req).status, InvokeStatus::Ok);
    assert!(
        !sb.seeded().contains("bench"),
        "pure quotes do not seed users"
    );
}

#[test]
fn exchange_rates() {
    let sb = sandbox();
    let r = ok(
        &sb,
        "",
        "fx.get_exchange_rate",
        json!({"from": "USD", "to": "CNY", "amount": "100"}),
    );
    assert_eq!(r["pair"], "USD/CNY");
    assert_eq!(r["rate"], "7.1000");
    assert_eq!(r["buy"], "7.0787");
    assert_eq!(r["sell"], "7.1213");
    assert_eq!(r["converted_amount"], "707.87");
    assert_eq!(r["applied_rate"], "buy");
    let r = ok(
        &sb,
        "",
        "fx.get_exchange_rate",
        json!({"from": "CNY", "to": "USD", "amount": "1000"}),
    );
    assert_eq!(r["pair"], "USD/CNY");
    assert_eq!(r["converted_amount"], "140.42");
    assert_eq!(r["applied_rate"], "sell");
    let r = ok(
        &sb,
        "",
        "fx.get_exchange_rate",
        json!({"from": "CNY", "to": "JPY", "amount": "100"}),
    );
    assert_eq!(r["unit"], 100);
    assert_eq!(r["rate"], "4.7800");
    let r = ok(
        &sb,
        "",
        "fx.get_exchange_rate",
        json!({"from": "HKD", "to": "CNY"}),
    );
    assert!(r.get("converted_amount").is_none());
    let f = failure(
        &sb,
        "",
        "fx.get_exchange_rate",
        json!({"from": "EUR", "to": "USD"}),
    );
    assert_eq!(f.code, "unsupported_pair");
    assert!(f.message.contains("CNY"));
    assert_eq!(
        failure(
            &sb,
            "",
            "fx.get_exchange_rate",
            json!({"from": "CNY", "to": "CNY"})
        )
        .code,
        "unsupported_pair"
    );
    assert_eq!(
        failure(
            &sb,
            "",
            "fx.get_exchange_rate",
            json!({"from": "XAU", "to": "CNY"})
        )
        .code,
        "invalid_argument"
    );
}

#[test]
fn find_branches_lists_every_city_with_free_slots() {
    let sb = sandbox();
    for city in ["beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou"] {
        let r = ok(&sb, "", "branches.find_branches", json!({"city": city}));
        let list = r["branches"].as_array().unwrap();
        assert!(list.len() >= 2, "{city}");
        for b in list {
            assert_eq!(b["city"], city);
            assert!(!b["free_slots_next"].as_array().unwrap().is_empty());
        }
    }
    let r = ok(
        &sb,
        "demo",
        "branches.find_branches",
        json!({"city": "beijing", "service": "mortgage"}),
    );
    for b in r["branches"].as_array().unwrap() {
        assert!(
            b["services"]
                .as_array()
                .unwrap()
                .contains(&json!("mortgage"))
        );
    }
    assert_eq!(
        failure(
            &sb,
            "demo",
            "branches.find_branches",
            json!({"city": "tokyo"})
        )
        .code,
        "invalid_argument"
    );
}

fn first_future_slot(sb: &Sandbox, city: &str, branch: &str) -> (String, String, i64) {
    let today = Local::now().date_naive().format("%Y-%m-%d").to_string();
    let r = ok(sb, "demo", "branches.find_branches", json!({"city": city}));
    let b = r["branches"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["branch_id"] == branch)
        .unwrap()
        .clone();
    // The last slot shown: the furthest from starting while the test runs, whatever
    // the time of day (in the morning all the slots shown may be today's).
    let s = b["free_slots_next"]
        .as_array()
        .unwrap()
        .last()
        .expect("a free slot")
        .clone();
    assert!(s["date"].as_str().unwrap() >= today.as_str());
    (
        s["date"].as_str().unwrap().into(),
        s["time_slot"].as_str().unwrap().into(),
        s["remaining"].as_i64().unwrap(),
    )
}

fn slot_listed(sb: &Sandbox, city: &str, branch: &str, date: &str, slot: &str) -> Option<i64> {
    let r = ok(sb, "demo", "branches.find_branches", json!({"city": city}));
    let b = r["branches"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["branch_id"] == branch)
        .unwrap()
        .clone();
    b["free_slots_next"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["date"] == date && s["time_slot"] == slot)
        .map(|s| s["remaining"].as_i64().unwrap())
}

#[test]
fn bookings_respect_capacity_and_cancelling_frees_the_slot() {
    let sb = sandbox();
    let (date_s, slot, remaining) = first_future_slot(&sb, "shenzhen", "SZ001");
    assert_eq!(remaining, 2);
    let date = NaiveDate::parse_from_str(&date_s, "%Y-%m-%d").unwrap();
    let args = book_args("SZ001", date, &slot, "cash");

    let a = ok(&sb, "alice", "branches.book_branch_visit", args.clone());
    assert_eq!(a["status"], "booked");
    assert_eq!(a["date"], date_s.as_str());
    assert_eq!(
        slot_listed(&sb, "shenzhen", "SZ001", &date_s, &slot),
        Some(1),
        "free_slots_next reflects bookings"
    );
    assert_eq!(
        failure(&sb, "alice", "branches.book_branch_visit", args.clone()).code,
        "already_booked"
    );
    ok(&sb, "bob", "branches.book_branch_visit", args.clone());
    assert_eq!(
        slot_listed(&sb, "shenzhen", "SZ001", &date_s, &slot),
        None,
        "a full slot is not offered"
    );
    let f = failure(&sb, "carol", "branches.book_branch_visit", args.clone());
    assert_eq!(f.code, "slot_full");

    // Only the owner can cancel; others get booking_not_found.
    let id = a["booking_id"].as_str().unwrap();
    assert_eq!(
        failure(
            &sb,
            "bob",
            "branches.cancel_branch_visit",
            json!({"booking_id": id})
        )
        .code,
        "booking_not_found"
    );
    assert_eq!(
        failure(
            &sb,
            "bob",
            "branches.cancel_branch_visit",
            json!({"booking_id": "BK000000000000"})
        )
        .code,
        "booking_not_found"
    );
    let c = ok(
        &sb,
        "alice",
        "branches.cancel_branch_visit",
        json!({"booking_id": id}),
    );
    assert_eq!(c["status"], "cancelled");
    assert_eq!(
        failure(
            &sb,
            "alice",
            "branches.cancel_branch_visit",
            json!({"booking_id": id})
        )
        .code,
        "already_cancelled"
    );
    assert_eq!(
        slot_listed(&sb, "shenzhen", "SZ001", &date_s, &slot),
        Some(1)
    );
    ok(&sb, "carol", "branches.book_branch_visit", args);

    // Alice's list: nothing booked, one cancelled.
    let v = ok(&sb, "alice", "branches.list_my_visits", json!({}));
    assert!(v["visits"].as_array().unwrap().is_empty());
    let v = ok(
        &sb,
        "alice",
        "branches.list_my_visits",
        json!({"include_cancelled": true}),
    );
    assert_eq!(v["visits"].as_array().unwrap().len(), 1);
    assert_eq!(v["visits"][0]["status"], "cancelled");
    let v = ok(
        &sb,
        "bob",
        "branches.list_my_visits",
        json!({"include_cancelled": false}),
    );
    assert_eq!(v["visits"][0]["status"], "booked");
}

#[test]
fn booking_date_and_branch_rules() {
    let sb = sandbox();
    let today = Local::now().date_naive();
    let book = |args: Value| failure(&sb, "demo", "branches.book_branch_visit", args).code;
    assert_eq!(
        book(book_args(
            "BJ001",
            next_day(Some(Weekday::Sun)),
            "10:00",
            "cash"
        )),
        "branch_closed"
    );
    assert_eq!(
        book(book_args(
            "BJ001",
            next_day(Some(Weekday::Sat)),
            "14:00",
            "cash"
        )),
        "slot_unavailable"
    );
    ok(
        &sb,
        "demo",
        "branches.book_branch_visit",
        book_args("BJ001", next_day(Some(Weekday::Sat)), "11:00", "cash"),
    );
    assert_eq!(
        book(book_args(
            "BJ001",
            today - Duration::days(1),
            "10:00",
            "cash"
        )),
        "date_in_past"
    );
    assert_eq!(
        book(book_args(
            "BJ001",
            today + Duration::days(31),
            "10:00",
            "cash"
        )),
        "date_too_far"
    );
    assert_eq!(
        book(book_args(
            "BJ003",
            next_day(None),
            "10:00",
            "foreign_exchange"
        )),
        "service_not_offered"
    );
    assert_eq!(
        book(book_args("XX999", next_day(None), "10:00", "cash")),
        "branch_not_found"
    );
    assert_eq!(
        book(
            json!({"branch_id": "BJ001", "date": "2026-02-30", "time_slot": "10:00", "purpose": "cash"})
        ),
        "invalid_date"
    );
    assert_eq!(
        book(book_args("BJ001", next_day(None), "17:00", "cash")),
        "invalid_argument"
    );
    assert_eq!(
        book(json!({"date": next_day(None).to_string(), "time_slot": "10:00", "purpose": "cash"})),
        "branch_required"
    );
}

#[test]
fn card_application_status_is_private() {
    let sb = sandbox();
    let id = profile("alice", "cards.application_id");
    let r = ok(
        &sb,
        "alice",
        "cards.application_status",
        json!({"application_id": id}),
    );
    assert_eq!(r["application_id"], id.as_str());
    assert!(data::APPLICATION_STATUSES.contains(&r["status"].as_str().unwrap()));
    sb.ensure_user("bob");
    let f = failure(
        &sb,
        "bob",
        "cards.application_status",
        json!({"application_id": id}),
    );
    assert_eq!(f.code, "application_not_found");
    assert_eq!(
        failure(
            &sb,
            "bob",
            "cards.application_status",
            json!({"application_id": "CA12"})
        )
        .code,
        "invalid_argument"
    );
}

#[test]
fn unknown_actions_and_mismatched_apps_fail_clearly() {
    let sb = sandbox();
    let f = failure(&sb, "demo", "utility.refund", json!({}));
    assert_eq!(f.code, "unknown_action");
    assert!(
        f.message.contains("utility.pay_bill"),
        "lists the known actions"
    );
    let mut req = request(
        "demo",
        "utility.query_bills",
        json!({"utility": "gas"}),
        None,
    );
    req.app_id = "mp.bank.loans".into();
    assert_eq!(sb.invoke(&req).error.unwrap().code, "unknown_action");
    let f = failure(
        &sb,
        "demo",
        "utility.query_bills",
        json!({"utility": "gas"}),
    );
    assert_eq!(f.code, "account_required");
    let f = failure(
        &sb,
        "",
        "utility.query_bills",
        json!({"utility": "gas", "account_no": "12345678"}),
    );
    assert_eq!(f.code, "invalid_user");
}

#[test]
fn catalog_matches_routes_and_manifests() {
    let sb = sandbox();
    let cat = sb.catalog();
    assert_eq!(cat.programs.len(), PROGRAMS.len());
    let mut listed = 0;
    for p in &cat.programs {
        assert!(p.manifest.is_some());
        for a in &p.actions {
            let (program, route) = route(a).unwrap_or_else(|| panic!("no route for {a}"));
            assert_eq!(program.app_id, p.app_id);
            // The container accepts exactly the parameters the manifest declares.
            let (_, input, _) = &SCHEMAS[a.as_str()];
            let mut declared: Vec<&str> = input["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut params = route.params.to_vec();
            declared.sort();
            params.sort();
            assert_eq!(declared, params, "{a}");
            // State-changing routes are exactly the manifests' non-read-only actions.
            listed += 1;
        }
    }
    assert_eq!(
        listed,
        PROGRAMS.iter().map(|p| p.routes.len()).sum::<usize>()
    );
    for p in PROGRAMS {
        let m: Value = serde_json::from_str(p.manifest).unwrap();
        assert_eq!(m["app_id"], p.app_id);
        for a in m["actions"].as_array().unwrap() {
            let (_, route) = route(a["bridge"]["action"].as_str().unwrap()).unwrap();
            let read_only = a["annotations"]["read_only"].as_bool().unwrap();
            assert_eq!(
                matches!(route.kind, Kind::Write(_)),
                !read_only,
                "{}",
                route.action
            );
            let pure =
                a["consent"] == "none" && a["input_schema"]["properties"].get("city").is_none();
            if pure {
                assert!(matches!(route.kind, Kind::Pure(_)), "{}", route.action);
            }
        }
    }
}

#[test]
fn demo_profile_values_never_appear_in_manifests() {
    for user in ["demo", "alice", "bob"] {
        for (_, value) in demo_profile(user) {
            for p in PROGRAMS {
                assert!(
                    !p.manifest.contains(&value),
                    "a demo value of {user} appears in a manifest"
                );
            }
        }
    }
}
