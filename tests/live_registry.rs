//! The live registry over stdio, in both eras: adding a manifest makes its tools
//! callable and connected clients are notified within a second; breaking one keeps the
//! previous tools serving; removing one removes its tools.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::connect;
use rmcp::model::ProtocolVersion;
use rmcp::model::{CallToolRequestParams, SubscriptionFilter};
use rmcp::service::{NotificationContext, RoleClient, RunningService};
use rmcp::{ClientHandler, ClientLifecycleMode, ClientServiceExt, ServiceExt};
use serde_json::json;

#[derive(Clone, Default)]
struct Counting {
    changed: Arc<AtomicUsize>,
}

impl ClientHandler for Counting {
    async fn on_tool_list_changed(&self, _: NotificationContext<RoleClient>) {
        self.changed.fetch_add(1, Ordering::SeqCst);
    }
}

fn registry_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mpmcp-live-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tool-schemas");
    for f in ["loans.json", "fx.json"] {
        std::fs::copy(src.join(f), dir.join(f)).unwrap();
    }
    dir
}

/// A second program: the loans manifest under another id (same container app and action).
fn extra_manifest() -> String {
    let mut v: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tool-schemas/loans.json"),
        )
        .unwrap(),
    )
    .unwrap();
    v["id"] = json!("loans_partner");
    v.to_string()
}

async fn start(
    dir: &Path,
    modern: bool,
    handler: Counting,
) -> RunningService<RoleClient, Counting> {
    connect(
        handler,
        &["serve", "--in-memory", "--registry", dir.to_str().unwrap()],
        modern,
    )
    .await
}

async fn names(c: &RunningService<RoleClient, Counting>) -> Vec<String> {
    c.list_all_tools()
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.name.to_string())
        .collect()
}

/// Waits up to 5 s: the change is noticed after a 150 ms debounce, but on a loaded
/// 2-core machine (CI runs the tests in parallel, each server building its search index
/// on a thread of its own) a notification can take longer than a second.
async fn wait_for(mut f: impl FnMut() -> bool, what: &str) {
    for _ in 0..200 {
        if f() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("not within 5 s: {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_2025_session_sees_added_broken_and_removed_manifests() {
    let dir = registry_dir();
    let h = Counting::default();
    let c = start(&dir, false, h.clone()).await;
    assert!(
        !names(&c)
            .await
            .iter()
            .any(|n| n.starts_with("loans_partner__"))
    );

    std::fs::write(dir.join("loans_partner.json"), extra_manifest()).unwrap();
    wait_for(
        || h.changed.load(Ordering::SeqCst) >= 1,
        "notifications/tools/list_changed",
    )
    .await;
    assert!(
        names(&c)
            .await
            .contains(&"loans_partner__check_loan_rate".to_string())
    );
    let r = c
        .call_tool(
            CallToolRequestParams::new("loans_partner__check_loan_rate").with_arguments(
                json!({"product": "personal_consumer", "term_months": 12})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
        )
        .await
        .unwrap();
    assert_ne!(r.is_error, Some(true));

    // A broken manifest: the previous registry keeps serving, nobody is told anything changed.
    let before = h.changed.load(Ordering::SeqCst);
    std::fs::write(dir.join("loans_partner.json"), "{ not json").unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(h.changed.load(Ordering::SeqCst), before);
    assert!(
        names(&c)
            .await
            .contains(&"loans_partner__check_loan_rate".to_string()),
        "old tools still serve"
    );

    // Removing it removes its tools.
    std::fs::remove_file(dir.join("loans_partner.json")).unwrap();
    wait_for(
        || h.changed.load(Ordering::SeqCst) > before,
        "list_changed after removal",
    )
    .await;
    assert!(
        !names(&c)
            .await
            .iter()
            .any(|n| n.starts_with("loans_partner__"))
    );
    let gone = c
        .call_tool(
            CallToolRequestParams::new("loans_partner__check_loan_rate").with_arguments(
                json!({"product": "personal_consumer", "term_months": 12})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
        )
        .await;
    assert!(gone.is_err(), "an unknown tool is a protocol error");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_2026_listen_stream_is_told_about_changes() {
    let dir = registry_dir();
    let c = start(&dir, true, Counting::default()).await;
    let mut sub = c
        .listen(SubscriptionFilter::builder().tools_list_changed().build())
        .await
        .unwrap();
    std::fs::write(dir.join("loans_partner.json"), extra_manifest()).unwrap();
    let note = tokio::time::timeout(Duration::from_secs(1), sub.next())
        .await
        .expect("notified within 1 s")
        .unwrap();
    assert!(format!("{note:?}").contains("ToolListChanged"), "{note:?}");
    assert!(
        names(&c)
            .await
            .contains(&"loans_partner__check_loan_rate".to_string())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_definition_invalidates_pending_approvals() {
    let dir = registry_dir();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tool-schemas/utility_bills.json");
    std::fs::copy(&src, dir.join("utility_bills.json")).unwrap();
    let h = Counting::default();
    let c = start(&dir, false, h.clone()).await;
    // This client cannot open links: the approval link comes back in the tool error.
    let r = c
        .call_tool(
            CallToolRequestParams::new("utility_bills__pay_bill").with_arguments(
                json!({"utility": "electricity", "amount": "236.50"})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
        )
        .await
        .unwrap();
    let text = r.content[0].as_text().unwrap().text.clone();
    let link = text[text.find("http://").unwrap()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    assert!(
        reqwest::get(&link)
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("Payment PIN")
    );
    // The action's definition changes (a new description): the pending approval is void.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&src).unwrap()).unwrap();
    v["actions"][1]["description"] = json!("Pays a utility bill (new wording).");
    std::fs::write(dir.join("utility_bills.json"), v.to_string()).unwrap();
    wait_for(
        || h.changed.load(Ordering::SeqCst) >= 1,
        "list_changed after the change",
    )
    .await;
    let page = reqwest::get(&link).await.unwrap().text().await.unwrap();
    assert!(
        page.contains("No longer valid") && !page.contains("Payment PIN"),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn over_http_both_eras_are_told_about_changes() {
    let dir = registry_dir();
    let server = common::start_http(&["--in-memory", "--registry", dir.to_str().unwrap()]);
    let legacy_handler = Counting::default();
    let legacy = legacy_handler
        .clone()
        .serve(rmcp::transport::StreamableHttpClientTransport::from_uri(
            server.url.clone(),
        ))
        .await
        .unwrap();
    let modern = Counting::default()
        .serve_with_lifecycle(
            rmcp::transport::StreamableHttpClientTransport::from_uri(server.url.clone()),
            ClientLifecycleMode::Discover {
                preferred_versions: vec![ProtocolVersion::V_2026_07_28],
            },
        )
        .await
        .unwrap();
    let mut sub = modern
        .listen(SubscriptionFilter::builder().tools_list_changed().build())
        .await
        .unwrap();
    // Let the legacy session's standalone stream open before the change.
    tokio::time::sleep(Duration::from_millis(300)).await;
    std::fs::write(dir.join("loans_partner.json"), extra_manifest()).unwrap();
    let note = tokio::time::timeout(Duration::from_secs(1), sub.next())
        .await
        .expect("2026 listen stream notified within 1 s")
        .unwrap();
    assert!(format!("{note:?}").contains("ToolListChanged"), "{note:?}");
    wait_for(
        || legacy_handler.changed.load(Ordering::SeqCst) >= 1,
        "2025 session notified",
    )
    .await;
    let tools: Vec<String> = legacy
        .list_all_tools()
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.name.to_string())
        .collect();
    assert!(tools.contains(&"loans_partner__check_loan_rate".to_string()));
}

/// A registry larger than one `tools/list` page (1,000 tools) is listed in pages, in
/// both eras: every tool once, in name order, each with its schemas; a made-up cursor
/// is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_registry_is_listed_in_pages() {
    let dir = common::tmpdir("mpmcp-pages");
    let loans: serde_json::Value =
        serde_json::from_str(include_str!("../tool-schemas/loans.json")).unwrap();
    let action = loans["actions"][0].clone();
    for p in 0..12 {
        let mut m = loans.clone();
        m["id"] = json!(format!("synth{p:02}"));
        // (The same mini-program's action, so that the sandbox can execute it.)
        m["actions"] = (0..100)
            .map(|i| {
                let mut a = action.clone();
                a["name"] = json!(format!("action_{i:03}"));
                a["title"] = json!(format!("Action {i} of program {p}"));
                a
            })
            .collect();
        std::fs::write(dir.join(format!("synth{p:02}.json")), m.to_string()).unwrap();
    }
    let registry = dir.to_str().unwrap();
    for modern in [false, true] {
        let c = common::connect(
            common::Accepting,
            // No limit on the listed set (--max-tools 0): the whole registry, in pages.
            &[
                "serve",
                "--in-memory",
                "--registry",
                registry,
                "--max-tools",
                "0",
            ],
            modern,
        )
        .await;
        let first = c.list_tools(None).await.unwrap();
        assert_eq!(first.tools.len(), 1000);
        assert_eq!(first.next_cursor.as_deref(), Some("1000"));
        let all = c.list_all_tools().await.unwrap();
        assert_eq!(all.len(), 1208, "1,200 actions and the 8 built-in tools");
        let names: Vec<&str> = all.iter().map(|t| t.name.as_ref()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(names, sorted, "name order, each once");
        assert!(all.iter().all(|t| {
            t.input_schema.contains_key("properties")
                && t.output_schema
                    .as_ref()
                    .is_some_and(|o| o.contains_key("properties"))
        }));
        let bogus = c
            .list_tools(Some(
                rmcp::model::PaginatedRequestParams::default().with_cursor(Some("99999".into())),
            ))
            .await;
        assert!(bogus.is_err(), "{bogus:?}");
        // A listed tool is callable.
        let r = common::call(
            &c,
            "synth11__action_099",
            json!({"product": "personal_consumer", "term_months": 12}),
        )
        .await;
        assert_eq!(r.is_error, Some(false), "{}", common::text(&r));
        let _ = c.cancel().await;
    }
}
