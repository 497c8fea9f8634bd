//! Money movement end to end (issue 3), over stdio with rmcp's client, in both protocol
//! eras: nothing is paid until the approval page is used (a client that accepts every
//! elicitation cannot approve), approval in real headless Chromium, exactly-once under
//! retries and 20 concurrent calls, dynamic linking (changed amount, account, utility),
//! tampered state, mandates, and the audit trail verifying after a real run.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{call, connect, link_in, ok, text};
use rmcp::model::{
    CallToolRequestParams, ClientCapabilities, ClientConfig, ElicitRequestParams, ElicitResult,
    ElicitationAction, ElicitationCapability, FormElicitationCapability, Implementation,
    UrlElicitationCapability,
};
use rmcp::service::{RequestContext, RoleClient, RunningService};
use rmcp::{ClientHandler, ErrorData};
use serde_json::json;

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
        Client {
            on_link,
            links: Default::default(),
            forms: Default::default(),
        }
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

    async fn create_elicitation(
        &self,
        request: ElicitRequestParams,
        _: RequestContext<RoleClient>,
    ) -> Result<ElicitResult, ErrorData> {
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
                Ok(ElicitResult::new(ElicitationAction::Accept)
                    .with_content(json!({"remember": "once"})))
            }
        }
    }
}

/// Fails at once, in one line, when the browser-test tools are missing: what is missing
/// and how to install it (instead of a Node stack trace after the call's timeout).
fn require_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let chromium = std::env::var("CHROMIUM_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let missing = if !node {
        "Node.js is not on PATH (Debian: apt-get install nodejs npm), then run `npm ci --prefix tests/browser`".to_string()
    } else if !root
        .join("tests/browser/node_modules/playwright-core")
        .is_dir()
    {
        "playwright-core is not installed: run `npm ci --prefix tests/browser`".to_string()
    } else if !Path::new(&chromium).exists() {
        format!(
            "Chromium is not at {chromium} (Debian: apt-get install chromium, or set CHROMIUM_PATH)"
        )
    } else {
        return;
    };
    panic!(
        "the approval-page browser test cannot run: {missing}; ./scripts/test.sh run as root installs all of it"
    );
}

/// Runs tests/browser/approve.mjs: opens `url` in Debian's headless Chromium and acts.
async fn browser(url: &str, action: &str, extra: &[&str]) -> String {
    require_browser();
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
    assert!(
        out.status.success(),
        "browser script failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    // Before the PIN, the page shows nothing of the payment.
    let before = v["before"].as_str().unwrap();
    assert!(
        before.contains("Payment PIN") && !before.contains('¥') && !before.contains("****"),
        "the link alone revealed the payment: {before}"
    );
    stdout
}

async fn start(
    era: Era,
    client: Client,
    data: &Path,
    consent_timeout: &str,
) -> RunningService<RoleClient, Client> {
    let args = [
        "serve",
        "--consent-timeout",
        consent_timeout,
        "--data-dir",
        data.to_str().unwrap(),
    ];
    connect(client, &args, era == Era::Modern).await
}

fn tmpdir() -> PathBuf {
    common::tmpdir("mpmcp-pay")
}

async fn outstanding(c: &RunningService<RoleClient, Client>, utility: &str) -> String {
    ok(&call(c, "utility_bills__query_bills", json!({"utility": utility})).await)["outstanding"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn paid_bills(c: &RunningService<RoleClient, Client>, utility: &str) -> usize {
    let v = ok(&call(
        c,
        "utility_bills__query_bills",
        json!({"utility": utility, "status": "paid"}),
    )
    .await);
    v["bills"].as_array().unwrap().len()
}

fn audit_verify(data: &Path) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["audit", "verify", "--data-dir"])
        .arg(data)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
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
    require_browser();
    each_era(|era| async move {
        let data = tmpdir();
        let c = start(era, Client::new(OnLink::AcceptOnly), &data, "2").await;
        let paid_before = paid_bills(&c, "electricity").await;
        assert_eq!(outstanding(&c, "electricity").await, "236.50");

        // The client accepts the link but nobody approves: nothing is paid.
        let r = call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity"}),
        )
        .await;
        assert_eq!(r.is_error, Some(true), "{era:?}: {}", text(&r));
        assert!(text(&r).contains("Nothing has been paid"), "{}", text(&r));
        assert_eq!(
            outstanding(&c, "electricity").await,
            "236.50",
            "{era:?}: nothing paid"
        );
        let link = link_in(&r);
        assert_eq!(
            c.service().links.lock().unwrap().last(),
            Some(&link),
            "the same link was offered by URL elicitation"
        );

        // The user approves on the page (real Chromium); the same call now pays once.
        let page = browser(&link, "approve", &[]).await;
        assert!(page.contains("Approved"), "{page}");
        let first = ok(&call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity"}),
        )
        .await);
        assert_eq!(first["amount"], "236.50");
        assert_eq!(first["status"], "paid");
        assert!(
            !first.to_string().contains("6222027597610926733"),
            "the card is masked"
        );
        // Calling again returns the same receipt, and the bills show one payment.
        let again = ok(&call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity", "amount": "236.50"}),
        )
        .await);
        let same = ok(&call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity"}),
        )
        .await);
        assert_eq!(
            same["receipt_no"], first["receipt_no"],
            "{era:?}: a retry replays the first receipt"
        );
        assert_eq!(outstanding(&c, "electricity").await, "0.00");
        assert_eq!(
            paid_bills(&c, "electricity").await,
            paid_before + 2,
            "the two unpaid bills were paid once"
        );
        // Naming the amount that was approved is the same call: the same receipt.
        assert_eq!(again["receipt_no"], first["receipt_no"], "{era:?}");
        assert!(
            c.service().forms.load(Ordering::SeqCst) >= 1,
            "confirm-tier reads were asked by form"
        );
        c.cancel().await.unwrap();
        let (ok_, out) = audit_verify(&data);
        assert!(ok_, "{out}");
        let log = std::fs::read_to_string(data.join("audit.log")).unwrap();
        for kind in [
            "consent_requested",
            "approved",
            "authorized",
            "intent",
            "outcome",
        ] {
            assert!(
                log.contains(&format!("\"kind\":\"{kind}\"")),
                "{era:?}: no {kind} record"
            );
        }
        for secret in ["6222027597610926733", PIN, "1066547162"] {
            assert!(
                !contains_token(&log, secret),
                "{era:?}: {secret} (card, PIN or account) is in the audit trail"
            );
        }
        // One changed byte in record 3: verification fails and names it.
        let mut bytes = log.into_bytes();
        let third = bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(1)
            .unwrap()
            .0
            + 1;
        let pos = third + 20;
        bytes[pos] = if bytes[pos] == b'0' { b'1' } else { b'0' };
        std::fs::write(data.join("audit.log"), bytes).unwrap();
        let (ok_, out) = audit_verify(&data);
        assert!(!ok_, "{out}");
        assert!(out.contains("record 3 is bad"), "{out}");
    })
    .await;
}

/// Approves `link` by POSTing the page's own form over HTTP, as the user's browser
/// would (the Chromium tests cover the real browser).
async fn approve_over_http(link: &str, extra: &[(&str, &str)]) {
    let body = miniprogram_mcp::scenario::run::decide_on_page(
        &reqwest::Client::new(),
        link,
        PIN,
        "approve",
        extra,
    )
    .await
    .unwrap();
    assert!(body.contains("Approved"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approving_in_chromium_during_the_call_pays_once_and_twenty_concurrent_retries_pay_once() {
    require_browser();
    each_era(|era| async move {
        let data = tmpdir();
        let c = start(era, Client::new(OnLink::ApproveInBrowser), &data, "30").await;
        let paid_before = paid_bills(&c, "water").await;
        let due = outstanding(&c, "water").await;
        // The client opens the link in Chromium and approves with the PIN; the same call pays.
        let first = ok(&call(&c, "utility_bills__pay_bill", json!({"utility": "water"})).await);
        assert_eq!(first["amount"], due.as_str(), "{era:?}");
        assert_eq!(c.service().links.lock().unwrap().len(), 1);
        // 20 concurrent identical calls: all replay the same receipt, no second payment.
        let c = Arc::new(c);
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let c = c.clone();
            tasks.push(tokio::spawn(async move {
                call(&c, "utility_bills__pay_bill", json!({"utility": "water"})).await
            }));
        }
        for t in tasks {
            let r = t.await.unwrap();
            assert_eq!(ok(&r)["receipt_no"], first["receipt_no"], "{era:?}");
        }
        assert_eq!(
            c.service().links.lock().unwrap().len(),
            1,
            "no new approval was requested"
        );
        assert_eq!(outstanding(&c, "water").await, "0.00");
        assert!(paid_bills(&c, "water").await > paid_before);
        let (ok_, out) = audit_verify(&data);
        assert!(ok_, "{out}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_is_bound_to_amount_account_and_utility() {
    each_era(|era| async move {
        let data = tmpdir();
        let c = start(era, Client::new(OnLink::NoUrlCapability), &data, "2").await;
        // A client without URL elicitation gets the link in a tool error.
        let r = call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity", "amount": "236.50"}),
        )
        .await;
        assert_eq!(r.is_error, Some(true));
        assert!(
            text(&r).contains("call utility_bills__pay_bill again"),
            "{}",
            text(&r)
        );
        let link = link_in(&r);
        assert!(
            !link.contains("236") && !link.contains("electricity"),
            "the link carries no personal data: {link}"
        );
        approve_over_http(&link, &[]).await;
        // Any difference is refused, pays nothing, and invalidates the approval.
        for changed in [
            json!({"utility": "electricity", "amount": "236.51"}),
            json!({"utility": "electricity", "amount": "236.50", "account_no": "1234567890"}),
            json!({"utility": "water", "amount": "236.50"}),
        ] {
            let r = call(&c, "utility_bills__pay_bill", changed.clone()).await;
            assert_eq!(r.is_error, Some(true), "{era:?} {changed}: {}", text(&r));
            assert_eq!(
                outstanding(&c, "electricity").await,
                "236.50",
                "{era:?} {changed}: nothing paid"
            );
        }
        let r = call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity", "amount": "236.50"}),
        )
        .await;
        assert_eq!(
            r.is_error,
            Some(true),
            "{era:?}: the old approval was invalidated"
        );
        assert_ne!(link_in(&r), link, "a new approval is needed");
        // The old link no longer approves anything.
        let page = reqwest::get(&link).await.unwrap().text().await.unwrap();
        assert!(page.contains("No longer valid"), "{page}");
        assert_eq!(outstanding(&c, "electricity").await, "236.50");
        // A sent card is refused before anything else (fixed binding).
        let r = call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity", "card": "6222020000001234"}),
        )
        .await;
        assert_eq!(r.is_error, Some(true));
        assert!(
            text(&r).contains("`card` cannot be set by the caller"),
            "{}",
            text(&r)
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_or_foreign_request_state_pays_nothing() {
    let data = tmpdir();
    let c = start(Era::Modern, Client::new(OnLink::AcceptOnly), &data, "1").await;
    let paid_before = paid_bills(&c, "electricity").await;
    let args = json!({"utility": "electricity"})
        .as_object()
        .unwrap()
        .clone();
    let first = c
        .call_tool_once(
            CallToolRequestParams::new("utility_bills__pay_bill").with_arguments(args.clone()),
        )
        .await
        .unwrap();
    let rmcp::model::CallToolResponse::InputRequired(ir) = first else {
        panic!("expected an MRTR input request, got {first:?}")
    };
    let state = ir.request_state.clone().unwrap();
    let requests = serde_json::to_value(&ir.input_requests).unwrap();
    assert_eq!(requests["approval"]["params"]["mode"], "url", "{requests}");
    let url = requests["approval"]["params"]["url"]
        .as_str()
        .unwrap()
        .to_string();
    // Approve on the page, then present a tampered state: refused, nothing paid.
    approve_over_http(&url, &[]).await;
    let mut bytes = state.clone().into_bytes();
    let mid = bytes.len() / 2;
    bytes[mid] = if bytes[mid] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(bytes).unwrap();
    let mut responses = rmcp::model::InputResponses::new();
    responses.insert("approval".into(), json!({"action": "accept"}));
    let mut retry =
        CallToolRequestParams::new("utility_bills__pay_bill").with_arguments(args.clone());
    retry.request_state = Some(tampered);
    retry.input_responses = Some(responses.clone());
    let r = c.call_tool_once(retry).await.unwrap();
    let rmcp::model::CallToolResponse::Complete(r) = r else {
        panic!()
    };
    assert_eq!(r.is_error, Some(true), "{}", text(&r));
    assert!(text(&r).contains("not valid"), "{}", text(&r));
    // The state of this call reused with other arguments: refused.
    let mut other = CallToolRequestParams::new("utility_bills__pay_bill")
        .with_arguments(json!({"utility": "water"}).as_object().unwrap().clone());
    other.request_state = Some(state.clone());
    other.input_responses = Some(responses.clone());
    let rmcp::model::CallToolResponse::Complete(r) = c.call_tool_once(other).await.unwrap() else {
        panic!()
    };
    assert_eq!(r.is_error, Some(true), "{}", text(&r));
    assert_eq!(outstanding(&c, "electricity").await, "236.50");
    assert_eq!(outstanding(&c, "water").await, "52.63", "nothing paid");
    // The genuine state (the refusals above failed verification, so it is unused)
    // works once with its own arguments...
    let mut genuine =
        CallToolRequestParams::new("utility_bills__pay_bill").with_arguments(args.clone());
    genuine.request_state = Some(state.clone());
    genuine.input_responses = Some(responses.clone());
    let rmcp::model::CallToolResponse::Complete(r) =
        c.call_tool_once(genuine.clone()).await.unwrap()
    else {
        panic!()
    };
    assert_eq!(ok(&r)["amount"], "236.50");
    // ...and is refused when replayed, without a second payment.
    let rmcp::model::CallToolResponse::Complete(r) = c.call_tool_once(genuine).await.unwrap()
    else {
        panic!()
    };
    assert_eq!(r.is_error, Some(true), "{}", text(&r));
    assert!(text(&r).contains("already used"), "{}", text(&r));
    assert_eq!(
        paid_bills(&c, "electricity").await,
        paid_before + 2,
        "the two unpaid bills were paid once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mandate_pays_within_its_cap_and_count_and_stops_when_revoked() {
    each_era(|era| async move {
        let data = tmpdir();
        let c = start(era, Client::new(OnLink::NoUrlCapability), &data, "2").await;
        // Electricity has two unpaid bills: 128.40 (oldest) and 108.10.
        let r = call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity", "amount": "128.40"}),
        )
        .await;
        approve_over_http(
            &link_in(&r),
            &[
                ("mandate", "on"),
                ("cap", "120.00"),
                ("count", "1"),
                ("days", "30"),
            ],
        )
        .await;
        ok(&call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity", "amount": "128.40"}),
        )
        .await);
        // Within the cap: paid without a new approval.
        let second = ok(&call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity", "amount": "108.10"}),
        )
        .await);
        assert_eq!(second["amount"], "108.10", "{era:?}");
        let m = ok(&call(&c, "mandates__list", json!({})).await);
        assert_eq!(m["mandates"][0]["uses"], 1);
        assert_eq!(m["mandates"][0]["active"], false, "its count is used up");
        assert!(!m.to_string().contains("1066547162"), "payee masked");

        // A mandate on water, revoked at once: it no longer counts as active.
        let r = call(&c, "utility_bills__pay_bill", json!({"utility": "water"})).await;
        approve_over_http(
            &link_in(&r),
            &[
                ("mandate", "on"),
                ("cap", "500.00"),
                ("count", "5"),
                ("days", "30"),
            ],
        )
        .await;
        let m = ok(&call(&c, "mandates__list", json!({})).await);
        let water = m["mandates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["active"] == true)
            .unwrap()
            .clone();
        ok(&call(
            &c,
            "mandates__revoke",
            json!({"mandate_id": water["mandate_id"]}),
        )
        .await);
        let m = ok(&call(&c, "mandates__list", json!({})).await);
        assert!(
            m["mandates"]
                .as_array()
                .unwrap()
                .iter()
                .all(|x| x["active"] == false),
            "{m}"
        );
        // The approval given with the mandate still covers that one payment.
        let paid = ok(&call(&c, "utility_bills__pay_bill", json!({"utility": "water"})).await);
        assert_eq!(paid["status"], "paid");
        let (ok_, out) = audit_verify(&data);
        assert!(ok_, "{out}");
    })
    .await;
}

/// A client that declares URL elicitation, records each approval prompt and approves on
/// the page over HTTP (as the user's browser would) before answering.
#[derive(Clone, Default)]
struct PromptRecorder {
    prompts: Arc<std::sync::Mutex<Vec<String>>>,
}

impl ClientHandler for PromptRecorder {
    fn get_info(&self) -> ClientConfig {
        let mut caps = ClientCapabilities::default();
        caps.elicitation = Some(
            ElicitationCapability::new()
                .with_form(FormElicitationCapability::default())
                .with_url(UrlElicitationCapability::new()),
        );
        ClientConfig::new(caps, Implementation::new("payments-e2e", "1.0"))
    }

    async fn create_elicitation(
        &self,
        request: ElicitRequestParams,
        _: RequestContext<RoleClient>,
    ) -> Result<ElicitResult, ErrorData> {
        match request {
            ElicitRequestParams::UrlElicitationParams { url, message, .. } => {
                self.prompts.lock().unwrap().push(message);
                let page = miniprogram_mcp::scenario::run::decide_on_page(
                    &reqwest::Client::new(),
                    &url,
                    PIN,
                    "approve",
                    &[],
                )
                .await
                .unwrap();
                self.prompts.lock().unwrap().push(page);
                Ok(ElicitResult::new(ElicitationAction::Accept))
            }
            _ => Ok(ElicitResult::new(ElicitationAction::Accept)
                .with_content(json!({"remember": "once"}))),
        }
    }
}

const HANGZHOU_POWER: &str = "国网杭州供电公司 State Grid Hangzhou Power Supply Company";

/// Issue 9: the prompt and the page name the payee as the bill does; a repeated
/// identical payment is marked as a replay (structured and in words, with the time it
/// was paid) and counted apart in the metrics; the first payment is not marked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeated_payment_says_it_was_already_paid_and_the_payee_is_named_where_the_user_decides()
{
    for modern in [false, true] {
        let server = common::start_http(&["--in-memory", "--consent-timeout", "30"]);
        let client = PromptRecorder::default();
        let c = common::connect_http(client.clone(), &server.url, None, modern).await;
        let first = call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity"}),
        )
        .await;
        let receipt = ok(&first);
        assert_eq!(receipt["payee"], HANGZHOU_POWER);
        assert!(
            receipt.get("replayed").is_none(),
            "modern={modern}: {receipt}"
        );
        assert!(!text(&first).contains("Already paid"), "{}", text(&first));
        {
            let prompts = client.prompts.lock().unwrap();
            assert_eq!(prompts.len(), 2, "one prompt, one page: {prompts:?}");
            assert!(
                prompts[0].contains(HANGZHOU_POWER) && prompts[0].contains("****7162"),
                "modern={modern}: the prompt names the payee: {}",
                prompts[0]
            );
            assert!(
                prompts[1].contains(HANGZHOU_POWER) && prompts[1].contains("Approved"),
                "modern={modern}: the page names the payee: {}",
                prompts[1]
            );
        }

        let again = call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity"}),
        )
        .await;
        let replay = ok(&again);
        assert_eq!(replay["receipt_no"], receipt["receipt_no"]);
        assert_eq!(replay["replayed"], true, "modern={modern}: {replay}");
        let paid_at = receipt["paid_at"].as_str().unwrap();
        assert!(
            text(&again).contains(&format!("Already paid at {paid_at}"))
                && text(&again).contains("Nothing was paid this time"),
            "modern={modern}: {}",
            text(&again)
        );
        assert_eq!(
            client.prompts.lock().unwrap().len(),
            2,
            "a replay asks nothing"
        );

        let metrics = reqwest::get(server.url.replace("/mcp", "/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            metrics.contains(
                "miniprogram_mcp_replayed_calls_total{tool=\"utility_bills__pay_bill\"} 1"
            ),
            "modern={modern}: {metrics}"
        );
        c.cancel().await.unwrap();
    }
}

/// `needle` as a value of its own, not inside a longer run of letters and digits: a
/// six-digit PIN also turns up, by chance, inside digests and millisecond timestamps.
fn contains_token(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}
