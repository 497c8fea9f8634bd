//! A bounded load test over HTTP: 50 users at once (half 2025-11-25 sessions, half
//! 2026-07-28 stateless), each with their own token, making calls and answering
//! consent. Zero errors, and nobody sees anyone else's data.

mod common;

use std::time::Duration;

use miniprogram_mcp::auth::{ALL_SCOPES, TokenStore};
use miniprogram_mcp::defaults::mask;
use miniprogram_mcp::store::Store;
use serde_json::json;

use common::{Accepting, call, ok, start_http, tmpdir};

const USERS: usize = 50;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_users_at_once_without_errors_or_leaks() {
    let dir = tmpdir("mpmcp-load");
    let tokens = TokenStore::new(Store::open_dir(&dir).unwrap()).unwrap();
    let users: Vec<(String, String)> = (0..USERS)
        .map(|i| {
            let user = format!("user{i:02}");
            let (_, token) = tokens.create(&user, ALL_SCOPES, None).unwrap();
            (user, token)
        })
        .collect();
    drop(tokens);
    let server = start_http(&["--data-dir", dir.to_str().unwrap(), "--auth", "tokens"]);

    let mut tasks = Vec::new();
    for (i, (user, token)) in users.into_iter().enumerate() {
        let url = server.url.clone();
        tasks.push(tokio::spawn(async move {
            let modern = i % 2 == 1;
            let c = common::connect_http(Accepting, &url, Some(&token), modern).await;
            // Their own saved defaults, and nobody else's.
            let defaults = ok(&call(&c, "profile__show_defaults", json!({})).await);
            let mine: Vec<String> = miniprogram_mcp::sandbox::demo_profile(&user).into_iter().map(|(_, v)| mask(&v)).collect();
            for d in defaults["defaults"].as_array().unwrap() {
                let shown = d["value_masked"].as_str().unwrap().to_string();
                if !mine.contains(&shown) {
                    return Err(format!("{user} saw a default that is not theirs: {shown}"));
                }
            }
            ok(&call(&c, "loans__check_loan_rate", json!({"product": "mortgage_first_home", "term_months": 240})).await);
            // A confirmed booking (consent answered), then their visits hold exactly it.
            // Spread the users over the sandbox's branches (5 cities × 2), 5 per branch.
            let city = ["beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou"][i % 5];
            let f = ok(&call(&c, "branches__find_branches", json!({"city": city})).await);
            let br = &f["branches"][(i / 5) % 2];
            let slots = br["free_slots_next"].as_array().unwrap();
            let mut booked = None;
            for s in slots {
                let r = call(&c, "branches__book_branch_visit", json!({"branch_id": br["branch_id"], "date": s["date"], "time_slot": s["time_slot"], "purpose": br["services"][0]})).await;
                if r.is_error != Some(true) {
                    booked = Some(ok(&r)["booking_id"].as_str().unwrap().to_string());
                    break;
                }
            }
            let booked = booked.ok_or(format!("{user}: no slot could be booked"))?;
            let visits = ok(&call(&c, "branches__list_my_visits", json!({})).await);
            let ids: Vec<&str> = visits["visits"].as_array().unwrap().iter().map(|v| v["booking_id"].as_str().unwrap()).collect();
            if ids != [booked.as_str()] {
                return Err(format!("{user}: expected only {booked}, saw {ids:?}"));
            }
            let _ = c.cancel().await;
            Ok::<_, String>(())
        }));
    }
    let mut errors = Vec::new();
    for t in tasks {
        match tokio::time::timeout(Duration::from_secs(120), t).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => errors.push(e),
            Ok(Err(e)) => errors.push(format!("task panicked: {e}")),
            Err(_) => errors.push("timed out".into()),
        }
    }
    assert!(
        errors.is_empty(),
        "{} of {USERS} users failed: {errors:#?}",
        errors.len()
    );
}
