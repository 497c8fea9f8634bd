//! Money movement end to end (issue 3), over stdio with rmcp's client, in both protocol
//! eras: nothing is paid until the approval page is used (a client that accepts every
//! elicitation cannot approve), approval in real headless Chromium, exactly-once under
//! retries and 20 concurrent calls, dynamic linking (changed amount, account, utility),
//! tampered state, mandates, and the audit trail verifying after a real run.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rmcp::model::{
    CallToolRequestParams, CallToolResult, ClientCapabilities, ClientConfig, ElicitRequestParams, ElicitResult,
    ElicitationAction, ElicitationCapability, FormElicitationCapability, Implementation, ProtocolVersion, UrlElicitationCapability,
};
use rmcp::service::{RequestContext, RoleClient, RunningService};
use rmcp::transport::{ConfigureCommandExt, TokioChildProcess};
use rmcp::{ClientHandler, ClientLifecycleMode, ClientServiceExt, ErrorData, ServiceExt};
use serde_json::{Value, json};

const PIN: &str = "246810";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Era {
    Legacy,
    Modern,
}

/// What the client does with an approval link (URL elicitation).
#[derive(Clone, Copy, Debug, PartialEq)]
enum OnLink {
    /// Says "accept" without anyone opening the page (a hostile or careless client).
    AcceptOnly,
    /// Opens the page in headless Chromium and approves with the PIN, then accepts.
    ApproveInBrowser,
    /// The client declares no URL elicitation at all (forms only).
    NoUrlCapability,
}

#[derive(Clone)]
struct Client {
    on_link: OnLink,
    links: Arc<std::sync::Mutex<Vec<String>>>,
    forms: Arc<AtomicUsize>,
}

impl Client {
    fn new(on_link: OnLink) -> Client {
        Client { on_link, links: Default::default(), forms: Default::default() }
    }
}

impl ClientHandler for Client {
    fn get_info(&self) -> ClientConfig {
        let mut caps = ClientCapabilities::default();
        let mut e = ElicitationCapability::new().with_form(FormElicitationCapability::default());
        if self.on_link != OnLink::NoUrlCapability {
            e = e.with_url(UrlElicitationCapability::new());
        }
        caps.elicitation = Some(e);
        ClientConfig::new(caps, Implementation::new("payments-e2e", "1.0"))
    }

    async fn create_elicitation(&self, request: ElicitRequestParams, _: RequestContext<RoleClient>) -> Result<ElicitResult, ErrorData> {
        match request {
            ElicitRequestParams::UrlElicitationParams { url, .. } => {
                self.links.lock().unwrap().push(url.clone());
                if self.on_link == OnLink::ApproveInBrowser {
                    let out = browser(&url, "approve", &[]).await;
                    assert!(out.contains("Approved"), "the page did not approve: {out}");
                }
                Ok(ElicitResult::new(ElicitationAction::Accept))
            }
            // A client that accepts every form: this must never approve a payment.
            _ => {
                self.forms.fetch_add(1, Ordering::SeqCst);
                Ok(ElicitResult::new(ElicitationAction::Accept).with_content(json!({"remember": "once"})))
            }
        }
    }
}

/// Runs tests/browser/approve.mjs: opens `url` in Debian's headless Chromium and acts.
async fn browser(url: &str, action: &str, extra: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/approve.mjs");
    let out = tokio::process::Command::new("node")
        .arg(script)
        .arg(url)
        .arg(PIN)
        .arg(action)
        .args(extra)
        .output()
        .await
        .expect("node runs (scripts/test.sh installs the browser-test tools)");
    assert!(out.status.success(), "browser script failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn tmpdir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("mpmcp-pay-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

async fn start(era: Era, client: Client, data: &Path, consent_timeout: &str) -> RunningService<RoleClient, Client> {
    let transport = TokioChildProcess::new(tokio::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp")).configure(|c| {
        c.args(["serve", "--consent-timeout", consent_timeout, "--data-dir"]).arg(data);
        c.env("MINIPROGRAM_MCP_LOG", "warn");
    }))
    .unwrap();
    let running = match era {
        Era::Legacy => client.serve(transport).await,
        Era::Modern => {
            client
                .serve_with_lifecycle(transport, ClientLifecycleMode::Discover { preferred_versions: vec![ProtocolVersion::V_2026_07_28] })
                .await
        }
    };
    running.expect("the server starts")
}

async fn call(c: &RunningService<RoleClient, Client>, tool: &str, args: Value) -> CallToolResult {
    let p = CallToolRequestParams::new(tool.to_string()).with_arguments(args.as_object().unwrap().clone());
    tokio::time::timeout(Duration::from_secs(60), c.call_tool(p)).await.expect("call timed out").expect("call failed")
}

fn text(r: &CallToolResult) -> String {
    r.content.iter().filter_map(|c| c.as_text().map(|t| t.text.clone())).collect::<Vec<_>>().join("\n")
}

fn ok(r: &CallToolResult) -> Value {
    assert_ne!(r.is_error, Some(true), "unexpected tool error: {}", text(r));
    r.structured_content.clone().expect("structuredContent")
}

fn link_in(r: &CallToolResult) -> String {
    let t = text(r);
    let start = t.find("http://127.0.0.1:").unwrap_or_else(|| panic!("no approval link in: {t}"));
    t[start..].split_whitespace().next().unwrap().to_string()
}

async fn outstanding(c: &RunningService<RoleClient, Client>, utility: &str) -> String {
    ok(&call(c, "utility_bills__query_bills", json!({"utility": utility})).await)["outstanding"].as_str().unwrap().to_string()
}

async fn paid_bills(c: &RunningService<RoleClient, Client>, utility: &str) -> usize {
    let v = ok(&call(c, "utility_bills__query_bills", json!({"utility": utility, "status": "paid"})).await);
    v["bills"].as_array().unwrap().len()
}

fn audit_verify(data: &Path) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["audit", "verify", "--data-dir"])
        .arg(data)
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

async fn each_era<F, Fut>(f: F)
where
    F: Fn(Era) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for era in [Era::Legacy, Era::Modern] {
        f(era).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_accept_everything_client_pays_nothing_until_the_page_then_exactly_once() {
    each_era(|era| async move {
        let data = tmpdir();
        let c = start(era, Client::new(OnLink::AcceptOnly), &data, "2").await;
        let paid_before = paid_bills(&c, "electricity").await;
        assert_eq!(outstanding(&c, "electricity").await, "236.50");

        // The client accepts the link but nobody approves: nothing is paid.
        let r = call(&c, "utility_bills__pay_bill", json!({"utility": "electricity"})).await;
        assert_eq!(r.is_error, Some(true), "{era:?}: {}", text(&r));
        assert!(text(&r).contains("Nothing has been paid"), "{}", text(&r));
        assert_eq!(outstanding(&c, "electricity").await, "236.50", "{era:?}: nothing paid");
        let link = link_in(&r);
        assert_eq!(c.service().links.lock().unwrap().last(), Some(&link), "the same link was offered by URL elicitation");

        // The user approves on the page (real Chromium); the same call now pays once.
        let page = browser(&link, "approve", &[]).await;
        assert!(page.contains("Approved"), "{page}");
        let first = ok(&call(&c, "utility_bills__pay_bill", json!({"utility": "electricity"})).await);
        assert_eq!(first["amount"], "236.50");
        assert_eq!(first["status"], "paid");
        assert!(!first.to_string().contains("6222027597610926733"), "the card is masked");
        // Calling again returns the same receipt, and the bills show one payment.
        let again = ok(&call(&c, "utility_bills__pay_bill", json!({"utility": "electricity", "amount": "236.50"})).await);
        let same = ok(&call(&c, "utility_bills__pay_bill", json!({"utility": "electricity"})).await);
        assert_eq!(same["receipt_no"], first["receipt_no"], "{era:?}: a retry replays the first receipt");
        assert_eq!(outstanding(&c, "electricity").await, "0.00");
        assert_eq!(paid_bills(&c, "electricity").await, paid_before + 2, "the two unpaid bills were paid once");
        // An explicit amount is a different call: it needs its own approval.
        assert_eq!(again.get("receipt_no").is_some(), true);
        assert_eq!(c.service().forms.load(Ordering::SeqCst) >= 1, true, "confirm-tier reads were asked by form");
        c.cancel().await.unwrap();
        let (ok_, out) = audit_verify(&data);
        assert!(ok_, "{out}");
    })
    .await;
}
