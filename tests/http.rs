//! MCP over streamable HTTP with rmcp's client, in both eras on one endpoint:
//! calls and consent (elicitation on 2025-11-25 sessions, MRTR on 2026-07-28), Host and
//! Origin checks before anything runs, health and metrics, non-loopback refused.

mod common;

use rmcp::service::{RoleClient, RunningService};
use serde_json::json;

use common::{Accepting, call, ok, start_http, text};

async fn client(url: &str, modern: bool) -> RunningService<RoleClient, Accepting> {
    common::connect_http(Accepting, url, None, modern).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_eras_call_and_confirm_over_one_endpoint() {
    let server = start_http(&["--in-memory"]);
    for modern in [false, true] {
        let c = client(&server.url, modern).await;
        assert!(c.list_all_tools().await.unwrap().len() >= 10);
        let rate = ok(&call(
            &c,
            "loans__check_loan_rate",
            json!({"product": "personal_consumer", "term_months": 12}),
        )
        .await);
        assert_eq!(rate["lpr_tenor"], "1Y");
        let b = ok(&call(&c, "branches__find_branches", json!({"city": "shenzhen"})).await);
        let branch = &b["branches"][0];
        let slot = &branch["free_slots_next"][usize::from(modern)];
        let booked = ok(&call(&c, "branches__book_branch_visit", json!({"branch_id": branch["branch_id"], "date": slot["date"], "time_slot": slot["time_slot"], "purpose": branch["services"][0]})).await);
        assert_eq!(
            booked["status"], "booked",
            "consent asked and answered over HTTP"
        );
        let pay = call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "gas", "amount": "1.00"}),
        )
        .await;
        assert_eq!(pay.is_error, Some(true));
        assert!(
            text(&pay).contains("/approve/"),
            "the approval page is on the same listener: {}",
            text(&pay)
        );
        let _ = c.cancel().await;
    }
    let metrics = reqwest::get(server.url.replace("/mcp", "/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains(
            "miniprogram_mcp_tool_calls_total{tool=\"loans__check_loan_rate\",outcome=\"ok\"} 2"
        ),
        "{metrics}"
    );
    let health = reqwest::get(server.url.replace("/mcp", "/healthz"))
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn foreign_host_and_origin_are_refused_before_anything_runs() {
    let server = start_http(&["--in-memory"]);
    let http = reqwest::Client::new();
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "loans__check_loan_rate", "arguments": {"product": "personal_consumer", "term_months": 12}}});
    for (header, value) in [
        ("Origin", "http://evil.example"),
        ("Origin", "null"),
        ("Host", "evil.example"),
    ] {
        let r = http
            .post(&server.url)
            .header("accept", "application/json, text/event-stream")
            .header(header, value)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{header}: {value}");
    }
    let metrics = reqwest::get(server.url.replace("/mcp", "/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !metrics.contains("tool_calls_total{"),
        "nothing was executed: {metrics}"
    );
}

#[test]
fn a_non_loopback_address_is_refused_without_authentication() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["serve", "--in-memory", "--http", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("refusing to listen on 0.0.0.0:0") && err.contains("127.0.0.1"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_and_body_caps_answer_429_and_413() {
    let server = start_http(&["--in-memory", "--rate-limit", "5"]);
    let http = reqwest::Client::new();
    let ping = json!({"jsonrpc": "2.0", "id": 1, "method": "server/discover", "params": {}});
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let r = http
            .post(&server.url)
            .header("accept", "application/json, text/event-stream")
            .json(&ping)
            .send()
            .await
            .unwrap();
        if r.status() == 429 {
            assert!(
                r.headers()["retry-after"]
                    .to_str()
                    .unwrap()
                    .parse::<u64>()
                    .unwrap()
                    >= 1
            );
        }
        statuses.push(r.status().as_u16());
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(
        !statuses[..5].contains(&429),
        "the first 5 are within the limit: {statuses:?}"
    );

    let server = start_http(&["--in-memory"]);
    let big = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "loans__check_loan_rate", "arguments": {"pad": "x".repeat(2 * 1024 * 1024)}}});
    let r = http
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .json(&big)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
}

/// Says yes to opening approval links, without approving: the server then waits for
/// the user's decision (the consent timeout) — an in-flight call.
#[derive(Clone)]
struct OpensLinks;

impl rmcp::ClientHandler for OpensLinks {
    fn get_info(&self) -> rmcp::model::ClientConfig {
        let mut caps = rmcp::model::ClientCapabilities::default();
        caps.elicitation = Some(
            rmcp::model::ElicitationCapability::new()
                .with_url(rmcp::model::UrlElicitationCapability::new()),
        );
        rmcp::model::ClientConfig::new(caps, rmcp::model::Implementation::new("opens-links", "1.0"))
    }
    async fn create_elicitation(
        &self,
        _: rmcp::model::ElicitRequestParams,
        _: rmcp::service::RequestContext<RoleClient>,
    ) -> Result<rmcp::model::ElicitResult, rmcp::ErrorData> {
        Ok(rmcp::model::ElicitResult::new(
            rmcp::model::ElicitationAction::Accept,
        ))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_an_in_flight_call_finish() {
    let mut server = start_http(&["--in-memory", "--consent-timeout", "3"]);
    let c = common::connect_http(OpensLinks, &server.url, None, false).await;
    let call = tokio::spawn(async move {
        call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "gas", "amount": "1.00"}),
        )
        .await
    });
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &server.pid().to_string()])
        .status();
    // The call was waiting for the user's decision; it still gets its answer.
    let r = call.await.unwrap();
    assert_eq!(r.is_error, Some(true));
    assert!(
        text(&r).contains("needs the user's approval"),
        "{}",
        text(&r)
    );
    let status = tokio::task::spawn_blocking(move || server.wait_exit(15))
        .await
        .unwrap();
    assert!(
        status.is_some_and(|s| s.success()),
        "the server exits cleanly after SIGTERM: {status:?}"
    );
}

/// A slow user: answers every consent form after a delay.
#[derive(Clone)]
struct Slow(std::time::Duration);

impl rmcp::ClientHandler for Slow {
    fn get_info(&self) -> rmcp::model::ClientConfig {
        rmcp::ClientHandler::get_info(&Accepting)
    }
    async fn create_elicitation(
        &self,
        p: rmcp::model::ElicitRequestParams,
        cx: rmcp::service::RequestContext<RoleClient>,
    ) -> Result<rmcp::model::ElicitResult, rmcp::ErrorData> {
        tokio::time::sleep(self.0).await;
        Accepting.create_elicitation(p, cx).await
    }
}

async fn active_sessions(url: &str) -> String {
    let m = reqwest::get(url.replace("/mcp", "/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    m.lines()
        .find(|l| l.starts_with("miniprogram_mcp_active_sessions "))
        .unwrap_or_default()
        .to_string()
}

/// rmcp's session idle timer counts a wait for the user's answer as idle time; the
/// server keeps sessions alive at least twice the consent timeout, and still reaps
/// sessions that really are idle.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_outlasts_a_consent_wait_and_idle_sessions_expire() {
    // Configured idle 1 s, consent timeout 3 s: effective idle 6 s.
    let server = start_http(&[
        "--in-memory",
        "--session-idle",
        "1",
        "--consent-timeout",
        "3",
    ]);
    let slow = std::time::Duration::from_millis(1500);
    let c = common::connect_http(Slow(slow), &server.url, None, false).await;
    let b = ok(&call(&c, "branches__find_branches", json!({"city": "shenzhen"})).await);
    let branch = &b["branches"][0];
    // The last slot shown: none starts while the user is being asked.
    let slot = branch["free_slots_next"]
        .as_array()
        .unwrap()
        .last()
        .unwrap();
    let args = json!({"branch_id": branch["branch_id"], "date": slot["date"], "time_slot": slot["time_slot"], "purpose": branch["services"][0]});
    let booked = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        call(&c, "branches__book_branch_visit", args),
    )
    .await
    .expect("the call finished: the session survived the consent wait");
    assert_eq!(ok(&booked)["status"], "booked");
    assert_eq!(
        active_sessions(&server.url).await,
        "miniprogram_mcp_active_sessions 1"
    );
    // Now really idle for longer than 6 s: the session ends (rmcp's timer) and is
    // forgotten (our reaper, every second here); 8 s leaves room for a slow machine.
    tokio::time::sleep(std::time::Duration::from_secs(8)).await;
    assert_eq!(
        active_sessions(&server.url).await,
        "miniprogram_mcp_active_sessions 0"
    );
    // The client starts a new session on the 404, as the spec says, and goes on.
    ok(&call(
        &c,
        "loans__check_loan_rate",
        json!({"product": "personal_consumer", "term_months": 12}),
    )
    .await);
    assert_eq!(
        active_sessions(&server.url).await,
        "miniprogram_mcp_active_sessions 1"
    );
}

/// Issue 9: ending a 2025-11-25 session with DELETE answers 200 (rmcp says 202, which
/// the Python SDK reports as a failed termination), and the session is gone after it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_a_session_answers_200_and_ends_it() {
    let server = start_http(&["--in-memory"]);
    let http = reqwest::Client::new();
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "delete-test", "version": "1"}}});
    let r = http
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .json(&init)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let session = r
        .headers()
        .get("mcp-session-id")
        .expect("a session id")
        .to_str()
        .unwrap()
        .to_string();
    let _ = r.text().await;
    let r = http
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .header("mcp-session-id", &session)
        .header("mcp-protocol-version", "2025-11-25")
        .json(&json!({"jsonrpc": "2.0", "method": "notifications/initialized"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 202, "a notification is accepted");
    let r = http
        .delete(&server.url)
        .header("mcp-session-id", &session)
        .header("mcp-protocol-version", "2025-11-25")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "DELETE of a session");
    let r = http
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .header("mcp-session-id", &session)
        .header("mcp-protocol-version", "2025-11-25")
        .json(&json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "the session has ended");
}

/// Issue 9: a stdio deployment can be watched too: `serve --metrics ADDR` serves
/// `/metrics` and `/healthz` on a loopback listener next to the stdio session.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_on_stdio_offers_metrics_and_health_with_metrics_addr() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let c = common::connect(
        common::Accepting,
        &["serve", "--in-memory", "--metrics", &addr],
        false,
    )
    .await;
    let r = common::call(
        &c,
        "loans__check_loan_rate",
        json!({"product": "personal_consumer", "term_months": 12}),
    )
    .await;
    common::ok(&r);
    let metrics = reqwest::get(format!("http://{addr}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains(
            "miniprogram_mcp_tool_calls_total{tool=\"loans__check_loan_rate\",outcome=\"ok\"} 1"
        ),
        "{metrics}"
    );
    let health = reqwest::get(format!("http://{addr}/healthz"))
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    c.cancel().await.unwrap();

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["serve", "--in-memory", "--metrics", "0.0.0.0:9464"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("loopback only"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A 2025-11-25 session's call whose only message is its answer comes back as one JSON
/// body (rmcp would stream it as SSE); a call that first asks the user something stays a
/// stream, its priming event and the elicitation intact.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_answer_alone_is_json_and_a_question_first_stays_a_stream() {
    let server = start_http(&["--in-memory"]);
    let http = reqwest::Client::new();
    let post = |session: Option<&str>, body: serde_json::Value| {
        let mut r = http
            .post(&server.url)
            .header("accept", "application/json, text/event-stream")
            .json(&body);
        if let Some(id) = session {
            r = r
                .header("mcp-session-id", id)
                .header("mcp-protocol-version", "2025-11-25");
        }
        r.send()
    };
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {"elicitation": {"form": {}}},
        "clientInfo": {"name": "reply-test", "version": "1"}}});
    let r = post(None, init).await.unwrap();
    let session = r.headers()["mcp-session-id"].to_str().unwrap().to_string();
    let _ = r.text().await;
    let note = json!({"jsonrpc": "2.0", "method": "notifications/initialized"});
    assert_eq!(post(Some(&session), note).await.unwrap().status(), 202);

    let call = json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {
        "name": "loans__check_loan_rate",
        "arguments": {"product": "personal_consumer", "term_months": 12}}});
    let r = post(Some(&session), call).await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/json");
    let answer: serde_json::Value = r.json().await.unwrap();
    assert_eq!(answer["id"], 2);
    assert_eq!(answer["result"]["structuredContent"]["lpr_tenor"], "1Y");

    // A confirm-tier read asks first: the stream starts with the priming event and the
    // elicitation, and stays open for the user's reply.
    let ask = json!({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {
        "name": "utility_bills__query_bills", "arguments": {"utility": "electricity"}}});
    let mut r = post(Some(&session), ask).await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/event-stream");
    let mut text = String::new();
    while !text.contains("elicitation/create") {
        let chunk = tokio::time::timeout(std::time::Duration::from_secs(10), r.chunk())
            .await
            .expect("the question arrives")
            .unwrap()
            .expect("the stream stays open until the user answers");
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(
        text.starts_with("data: \nid: "),
        "priming event first: {text}"
    );
}
