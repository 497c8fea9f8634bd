//! HTTP with bearer tokens: 401 with the resource-metadata challenge, per-user
//! isolation (two users in parallel see only their own data), sessions bound to their
//! user, and scopes (a token without `mcp:pay` cannot pay but can still read).

mod common;

use rmcp::service::{RoleClient, RunningService};
use serde_json::json;

use common::{Accepting, call, ok, params, start_http, tmpdir};

fn token(dir: &str, user: &str, scopes: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args([
            "token",
            "create",
            "--user",
            user,
            "--scopes",
            scopes,
            "--data-dir",
            dir,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

async fn client(url: &str, token: &str, modern: bool) -> RunningService<RoleClient, Accepting> {
    common::connect_http(Accepting, url, Some(token), modern).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_isolate_users_bind_sessions_and_limit_scopes() {
    let dir = tmpdir("mpmcp-auth");
    let d = dir.to_str().unwrap();
    let alice = token(d, "alice", "mcp:read mcp:act mcp:pay");
    let bob = token(d, "bob", "mcp:read mcp:act");
    let server = start_http(&["--data-dir", d, "--auth", "tokens"]);
    let http = reqwest::Client::new();
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}});

    // No token, a wrong token: 401 with the metadata challenge.
    for auth in [None, Some("Bearer mpm_0000"), Some("Basic abc")] {
        let mut r = http
            .post(&server.url)
            .header("accept", "application/json, text/event-stream")
            .json(&init);
        if let Some(a) = auth {
            r = r.header("authorization", a);
        }
        let r = r.send().await.unwrap();
        assert_eq!(r.status(), 401, "{auth:?}");
        let challenge = r.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            challenge.starts_with("Bearer resource_metadata=\"http://127.0.0.1:")
                && challenge.contains("/.well-known/oauth-protected-resource/mcp\""),
            "{challenge}"
        );
    }
    let meta: serde_json::Value = reqwest::get(
        server
            .url
            .replace("/mcp", "/.well-known/oauth-protected-resource/mcp"),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(meta["resource"], server.url);

    // Two users in parallel, each era: each sees only their own saved defaults and bookings.
    for modern in [false, true] {
        let (a, b) = tokio::join!(
            client(&server.url, &alice, modern),
            client(&server.url, &bob, modern)
        );
        let (da, db) = tokio::join!(
            call(&a, "profile__show_defaults", json!({})),
            call(&b, "profile__show_defaults", json!({}))
        );
        let (da, db) = (ok(&da), ok(&db));
        assert_ne!(da, db, "different users, different saved defaults");
        let f = ok(&call(&a, "branches__find_branches", json!({"city": "guangzhou"})).await);
        let br = &f["branches"][0];
        let slot = &br["free_slots_next"][usize::from(modern)];
        let booked = ok(&call(&a, "branches__book_branch_visit", json!({"branch_id": br["branch_id"], "date": slot["date"], "time_slot": slot["time_slot"], "purpose": br["services"][0]})).await);
        let bob_visits = ok(&call(&b, "branches__list_my_visits", json!({})).await);
        assert!(
            !bob_visits
                .to_string()
                .contains(booked["booking_id"].as_str().unwrap()),
            "bob does not see alice's booking"
        );
        // Bob cannot cancel alice's booking either.
        let r = call(
            &b,
            "branches__cancel_branch_visit",
            json!({"booking_id": booked["booking_id"]}),
        )
        .await;
        assert_eq!(r.is_error, Some(true));
        // Bob has no paying scope: refused at the HTTP layer; reading still works.
        let pay = tokio::time::timeout(
            std::time::Duration::from_secs(20),
            b.call_tool(params(
                "utility_bills__pay_bill",
                json!({"utility": "gas", "amount": "1.00"}),
            )),
        )
        .await
        .unwrap();
        assert!(pay.is_err(), "403 insufficient_scope");
        ok(&call(
            &b,
            "loans__check_loan_rate",
            json!({"product": "personal_consumer", "term_months": 12}),
        )
        .await);
    }

    // A session id of alice's presented with bob's token: 404, nothing of alice's.
    let r = http
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .header("authorization", format!("Bearer {alice}"))
        .json(&init)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let session = r.headers()["mcp-session-id"].to_str().unwrap().to_string();
    let list = json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "profile__show_defaults", "arguments": {}}});
    let r = http
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .header("authorization", format!("Bearer {bob}"))
        .header("mcp-session-id", &session)
        .header("mcp-protocol-version", "2025-11-25")
        .json(&list)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    // Scope refusal as raw HTTP: 403 with insufficient_scope.
    let pay = json!({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "utility_bills__pay_bill", "arguments": {"utility": "gas"}}});
    let r = http
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .header("authorization", format!("Bearer {bob}"))
        .json(&pay)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let challenge = r.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        challenge.contains("error=\"insufficient_scope\"")
            && challenge.contains("scope=\"mcp:pay\""),
        "{challenge}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_users_request_state_is_useless() {
    let dir = tmpdir("mpmcp-auth-rs");
    let d = dir.to_str().unwrap();
    let alice = token(d, "alice", "mcp:read mcp:act mcp:pay");
    let bob = token(d, "bob", "mcp:read mcp:act mcp:pay");
    let server = start_http(&["--data-dir", d, "--auth", "tokens"]);
    let a = client(&server.url, &alice, true).await;
    let b = client(&server.url, &bob, true).await;
    // Alice starts a booking and gets a sealed requestState for it.
    let f = ok(&call(&a, "branches__find_branches", json!({"city": "hangzhou"})).await);
    let br = &f["branches"][0];
    let slot = &br["free_slots_next"][0];
    let args = json!({"branch_id": br["branch_id"], "date": slot["date"], "time_slot": slot["time_slot"], "purpose": br["services"][0]});
    let rmcp::model::CallToolResponse::InputRequired(ir) = a
        .call_tool_once(params("branches__book_branch_visit", args.clone()))
        .await
        .unwrap()
    else {
        panic!("expected an input request")
    };
    // Bob presents Alice's state with the same arguments: refused, nothing booked for anyone.
    let mut p = params("branches__book_branch_visit", args);
    let mut responses = rmcp::model::InputResponses::new();
    responses.insert(
        "consent".into(),
        json!({"action": "accept", "content": {"remember": "once"}}),
    );
    p.input_responses = Some(responses);
    p.request_state = ir.request_state.clone();
    let rmcp::model::CallToolResponse::Complete(r) = b.call_tool_once(p).await.unwrap() else {
        panic!("expected a result")
    };
    assert_eq!(r.is_error, Some(true));
    assert!(
        common::text(&r).contains("not valid"),
        "{}",
        common::text(&r)
    );
    assert_eq!(
        ok(&call(&b, "branches__list_my_visits", json!({})).await)["visits"],
        json!([])
    );
    assert_eq!(
        ok(&call(&a, "branches__list_my_visits", json!({})).await)["visits"],
        json!([])
    );
}

/// Sets a user's payment PIN with `miniprogram-mcp pin set` (PIN on stdin).
fn set_pin(dir: &str, user: &str, pin: &str) {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["pin", "set", "--user", user, "--data-dir", dir])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{pin}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_users_approval_link_shows_nothing_and_changes_nothing() {
    let dir = tmpdir("mpmcp-auth-link");
    let d = dir.to_str().unwrap();
    let alice = token(d, "alice", "mcp:read mcp:act mcp:pay");
    let carol = token(d, "carol", "mcp:read mcp:act mcp:pay");
    set_pin(d, "carol", "135790");
    let server = start_http(&["--data-dir", d, "--auth", "tokens"]);
    let a = client(&server.url, &alice, false).await;
    let c = client(&server.url, &carol, true).await;
    let pay = json!({"utility": "water"});
    let r = call(&a, "utility_bills__pay_bill", pay.clone()).await;
    assert_eq!(r.is_error, Some(true));
    let link = common::link_in(&r);
    let http = reqwest::Client::new();

    // Carol opens Alice's link: nothing of the payment, whatever she enters.
    let gate = http.get(&link).send().await.unwrap().text().await.unwrap();
    assert!(gate.contains("Payment PIN"), "{gate}");
    for secret in ["¥", "water", "水费", "****", "alice"] {
        assert!(!gate.contains(secret), "the link revealed {secret:?}");
    }
    let err =
        miniprogram_mcp::scenario::run::decide_on_page(&http, &link, "135790", "approve", &[])
            .await
            .unwrap_err();
    assert!(err.contains("Wrong PIN"), "{err}");
    let err = miniprogram_mcp::scenario::run::decide_on_page(&http, &link, "135790", "reject", &[])
        .await
        .unwrap_err();
    assert!(err.contains("Wrong PIN"), "{err}");
    // Carol's own identical call gets her own approval, not Alice's.
    let rc = call(&c, "utility_bills__pay_bill", pay.clone()).await;
    assert_eq!(rc.is_error, Some(true));
    assert_ne!(common::link_in(&rc), link);

    // Nothing was decided: Alice's call still waits for her approval, then pays once.
    let r = call(&a, "utility_bills__pay_bill", pay.clone()).await;
    assert_eq!(r.is_error, Some(true), "still unapproved");
    let page =
        miniprogram_mcp::scenario::run::decide_on_page(&http, &link, "246810", "approve", &[])
            .await
            .unwrap();
    assert!(page.contains("Approved") && page.contains("¥"), "{page}");
    let receipt = ok(&call(&a, "utility_bills__pay_bill", pay).await);
    assert_eq!(receipt["status"], "paid", "{receipt}");
    let water = json!({"utility": "water"});
    let alices = ok(&call(&a, "utility_bills__query_bills", water.clone()).await);
    assert_eq!(alices["outstanding_fen"], 0, "{alices}");
    let carols = ok(&call(&c, "utility_bills__query_bills", water).await);
    assert_ne!(
        carols["outstanding_fen"], 0,
        "carol's bills are untouched: {carols}"
    );
}

/// The user's bearer token stops at the transport: a recording bridge (the sandbox's
/// HTTP face behind a middleware that keeps every request) never sees it, in headers or
/// body, while the calls it serves are the user's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_users_token_is_never_forwarded_to_the_bridge() {
    use std::sync::{Arc, Mutex};
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let sandbox = Arc::new(
        miniprogram_mcp::sandbox::Sandbox::new(miniprogram_mcp::store::Store::in_memory().unwrap())
            .unwrap(),
    );
    let record = {
        let seen = seen.clone();
        move |req: axum::extract::Request, next: axum::middleware::Next| {
            let seen = seen.clone();
            async move {
                let (parts, body) = req.into_parts();
                let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap();
                seen.lock().unwrap().push(format!(
                    "{:?}\n{}",
                    parts.headers,
                    String::from_utf8_lossy(&bytes)
                ));
                next.run(axum::extract::Request::from_parts(parts, bytes.into()))
                    .await
            }
        }
    };
    let app = miniprogram_mcp::sandbox::server::router(sandbox, None)
        .layer(axum::middleware::from_fn(record));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let bridge = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let dir = tmpdir("mpmcp-auth-bridge");
    let d = dir.to_str().unwrap();
    let alice = token(d, "alice", "mcp:read mcp:act mcp:pay");
    let server = start_http(&[
        "--data-dir",
        d,
        "--auth",
        "tokens",
        "--bridge",
        &bridge,
        "--demo-profile",
    ]);
    for modern in [false, true] {
        let a = client(&server.url, &alice, modern).await;
        ok(&call(
            &a,
            "loans__check_loan_rate",
            json!({"product": "personal_consumer", "term_months": 12}),
        )
        .await);
        let bills = ok(&call(
            &a,
            "utility_bills__query_bills",
            json!({"utility": "water"}),
        )
        .await);
        assert!(bills["outstanding_fen"].is_number(), "{bills}");
    }
    let seen = seen.lock().unwrap();
    assert!(
        seen.len() >= 4,
        "the bridge served the calls: {}",
        seen.len()
    );
    assert!(
        seen.iter().any(|r| r.contains("\"alice\"")),
        "calls are made for the user"
    );
    let secret = alice.trim_start_matches("mpm_");
    for r in seen.iter() {
        assert!(!r.contains(secret), "the token reached the bridge: {r}");
        assert!(
            !r.to_ascii_lowercase().contains("authorization"),
            "no Authorization header goes to the bridge: {r}"
        );
    }
}
