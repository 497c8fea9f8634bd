//! The server over the HTTP bridge against the real `examples/sandbox_bridge` (started
//! on port 0), with rmcp's client over stdio, in both eras: calls and consent work the
//! same as with the embedded sandbox, and bridge faults (a timeout after executing, 5xx,
//! bad JSON, a redirect, a huge body) give clear errors and never a second payment.

mod common;

use common::{Accepting, call, connect, ok, start_bridge, text};
use rmcp::model::CallToolResult;
use rmcp::service::{RoleClient, RunningService};
use serde_json::{Value, json};

async fn serve(bridge: &str, modern: bool, timeout: &str) -> RunningService<RoleClient, Accepting> {
    let args = [
        "serve",
        "--in-memory",
        "--demo-profile",
        "--consent-timeout",
        "2",
        "--bridge-timeout",
        timeout,
        "--bridge",
        bridge,
    ];
    connect(Accepting, &args, modern).await
}

async fn outstanding(c: &RunningService<RoleClient, Accepting>) -> String {
    ok(&call(
        c,
        "utility_bills__query_bills",
        json!({"utility": "electricity"}),
    )
    .await)["outstanding"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Approves the pending payment the error text links to, as the user would on the page.
async fn approve_link_in(r: &CallToolResult) {
    let link = common::link_in(r);
    let out = miniprogram_mcp::scenario::run::decide_on_page(
        &reqwest::Client::new(),
        &link,
        "246810",
        "approve",
        &[],
    )
    .await
    .unwrap();
    assert!(out.contains("Approved"), "{out}");
}

/// Gets a payment approved (first call returns the link), then returns the paying call's result.
async fn approved_payment(c: &RunningService<RoleClient, Accepting>) -> CallToolResult {
    let args = json!({"utility": "electricity", "amount": "236.50"});
    let first = call(c, "utility_bills__pay_bill", args.clone()).await;
    assert_eq!(first.is_error, Some(true));
    approve_link_in(&first).await;
    call(c, "utility_bills__pay_bill", args).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_and_consent_work_over_the_http_bridge_in_both_eras() {
    let bridge = start_bridge("none");
    for modern in [false, true] {
        let c = serve(&bridge.url, modern, "10").await;
        let rate = ok(&call(
            &c,
            "loans__check_loan_rate",
            json!({"product": "mortgage_first_home", "term_months": 360}),
        )
        .await);
        assert_eq!(rate["lpr_percent"], "3.50");
        let b = ok(&call(&c, "branches__find_branches", json!({"city": "beijing"})).await);
        let branch = &b["branches"][0];
        // Both eras book as the same user on one bridge: a different slot each.
        let slot = &branch["free_slots_next"][usize::from(modern)];
        let booked = ok(&call(&c, "branches__book_branch_visit", json!({"branch_id": branch["branch_id"], "date": slot["date"], "time_slot": slot["time_slot"], "purpose": branch["services"][0]})).await);
        assert_eq!(booked["status"], "booked");
        let visits = ok(&call(&c, "branches__list_my_visits", json!({})).await);
        assert!(
            visits["visits"]
                .as_array()
                .unwrap()
                .iter()
                .any(|v| v["booking_id"] == booked["booking_id"])
        );
        let _ = c.cancel().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timeout_after_executing_is_settled_to_exactly_one_payment() {
    let bridge = start_bridge("delay-after-execute");
    let c = serve(&bridge.url, false, "1").await;
    assert_eq!(outstanding(&c).await, "236.50");
    // The bridge executes, then does not answer in time: the status query settles it.
    let paid = ok(&approved_payment(&c).await);
    assert_eq!(paid["status"], "paid");
    assert_eq!(outstanding(&c).await, "0.00");
    // A retry replays (same key): still one payment, same receipt.
    let again = ok(&call(
        &c,
        "utility_bills__pay_bill",
        json!({"utility": "electricity", "amount": "236.50"}),
    )
    .await);
    assert_eq!(again["receipt_no"], paid["receipt_no"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bridge_faults_give_clear_errors_and_no_second_payment() {
    for (fault, expect, executes) in [
        ("status-500", "failed (HTTP 500)", false),
        ("redirect", "redirect, which is not followed", false),
        ("bad-json", "", true),
        ("huge-body", "", true),
    ] {
        let bridge = start_bridge(fault);
        let c = serve(&bridge.url, true, "5").await;
        let r = approved_payment(&c).await;
        if executes {
            // The reply was unusable but the payment happened: settled by the status query.
            assert_eq!(ok(&r)["status"], "paid", "{fault}");
            assert_eq!(outstanding(&c).await, "0.00", "{fault}");
        } else {
            assert_eq!(r.is_error, Some(true), "{fault}");
            assert!(text(&r).contains(expect), "{fault}: {}", text(&r));
            assert!(!text(&r).contains("evil.example"), "no internal URLs leak");
            assert_eq!(outstanding(&c).await, "236.50", "{fault}: nothing paid");
            // Calling again does not pay twice either.
            let again = call(
                &c,
                "utility_bills__pay_bill",
                json!({"utility": "electricity", "amount": "236.50"}),
            )
            .await;
            assert_eq!(again.is_error, Some(true), "{fault}");
            assert_eq!(outstanding(&c).await, "236.50", "{fault}");
        }
    }
}

/// `bridge-openapi.yaml` describes what the Rust wire types really send and accept.
#[test]
fn the_openapi_document_matches_the_wire_types() {
    use miniprogram_mcp::bridge::wire::*;
    let doc: Value = yaml_serde::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/bridge-openapi.yaml"))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let check = |name: &str, instance: Value| {
        let schema = json!({"$ref": format!("#/components/schemas/{name}"), "components": doc["components"].clone()});
        let v = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = v.iter_errors(&instance).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:?} for {instance}");
    };
    let req = InvokeRequest {
        request_id: "r".into(),
        idempotency_key: Some("k".into()),
        user: "demo".into(),
        app_id: "mp.bank.loans".into(),
        action: "loans.check_loan_rate".into(),
        arguments: serde_json::Map::new(),
    };
    check("InvokeRequest", serde_json::to_value(&req).unwrap());
    let ok_reply = InvokeReply {
        status: InvokeStatus::Ok,
        result: Some(serde_json::Map::new()),
        error: None,
        replayed: true,
    };
    check("InvokeReply", serde_json::to_value(&ok_reply).unwrap());
    let failed = InvokeReply {
        status: InvokeStatus::Failed,
        result: None,
        error: Some(ActionFailure {
            code: "slot_full".into(),
            message: "m".into(),
        }),
        replayed: false,
    };
    check("InvokeReply", serde_json::to_value(&failed).unwrap());
    check(
        "StatusReply",
        serde_json::to_value(StatusReply {
            state: InvocationState::Completed,
            reply: Some(ok_reply),
        })
        .unwrap(),
    );
    check(
        "StatusReply",
        serde_json::to_value(StatusReply {
            state: InvocationState::Unknown,
            reply: None,
        })
        .unwrap(),
    );
    let catalog =
        miniprogram_mcp::sandbox::Sandbox::new(miniprogram_mcp::store::Store::in_memory().unwrap())
            .unwrap()
            .catalog();
    check("CatalogReply", serde_json::to_value(&catalog).unwrap());
    check(
        "HealthReply",
        serde_json::to_value(HealthReply {
            status: "ok".into(),
        })
        .unwrap(),
    );
    check(
        "ErrorReply",
        serde_json::to_value(ErrorReply {
            error: ActionFailure {
                code: "bad_request".into(),
                message: "m".into(),
            },
        })
        .unwrap(),
    );
}
