//! Runs scenarios through the real MCP stack: for each scenario (and era) a fresh
//! in-process server (`McpServer` over an in-memory duplex pipe) with a fresh store
//! and sandbox, driven by an rmcp client that answers consent as each step says (on
//! the approval page over HTTP, like a user's browser, when told to approve).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rmcp::model::{
    CallToolRequestParams, CallToolResult, ClientCapabilities, ClientConfig, ElicitRequestParams,
    ElicitResult, ElicitationAction, ElicitationCapability, FormElicitationCapability,
    Implementation, ProtocolVersion, UrlElicitationCapability,
};
use rmcp::service::{RequestContext, RoleClient, RunningService, ServiceError};
use rmcp::{ClientHandler, ClientLifecycleMode, ClientServiceExt, ErrorData, ServiceExt};
use serde_json::{Map, Value, json};

use super::{ConsentAnswer, Era, Scenario, Step};
use crate::app::App;
use crate::audit::Audit;
use crate::bridge::{Bridge, HttpBridge, HttpBridgeConfig};
use crate::mcp::{Identity, McpServer, McpSettings};
use crate::registry::RegistryHandle;
use crate::sandbox::Sandbox;
use crate::store::Store;

/// Where scenarios run.
#[derive(Clone)]
pub struct Target {
    pub registry: RegistryHandle,
    /// `None`: a fresh embedded sandbox per scenario; `Some`: this bridge, whose state
    /// the scenarios share (start a fresh bridge for a repeatable run).
    pub bridge: Option<String>,
}

/// The result of one scenario in one era.
#[derive(Debug, Clone)]
pub struct ScenarioResult {
    pub file: String,
    pub name: String,
    pub era: &'static str,
    pub elapsed: Duration,
    pub failure: Option<Failure>,
}

#[derive(Debug, Clone)]
pub struct Failure {
    /// 1-based step number (0: setting up).
    pub step: usize,
    pub tool: String,
    pub reason: String,
    /// Expected and actual, pretty-printed, when the failure is a mismatch.
    pub diff: Option<(String, String)>,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "step {} ({}): {}", self.step, self.tool, self.reason)?;
        if let Some((e, a)) = &self.diff {
            write!(
                f,
                "\n    expected (subset): {}\n    actual:            {}",
                indent(e),
                indent(a)
            )?;
        }
        Ok(())
    }
}

fn indent(s: &str) -> String {
    s.replace('\n', "\n                       ")
}

/// Runs every scenario file, in order; each in each of its eras.
pub async fn run_files(files: &[PathBuf], target: &Target) -> Vec<ScenarioResult> {
    let mut results = Vec::new();
    let mut kept: Option<App> = None;
    for file in files {
        let label = file.display().to_string();
        let scenario = match super::load(file) {
            Ok(s) => s,
            Err(e) => {
                results.push(ScenarioResult {
                    file: label.clone(),
                    name: label,
                    era: "-",
                    elapsed: Duration::ZERO,
                    failure: Some(Failure {
                        step: 0,
                        tool: "-".into(),
                        reason: e,
                        diff: None,
                    }),
                });
                continue;
            }
        };
        let eras: &[Era] = match scenario.era {
            Era::Both => &[Era::Legacy, Era::Modern],
            Era::Legacy => &[Era::Legacy],
            Era::Modern => &[Era::Modern],
        };
        for &era in eras {
            let started = Instant::now();
            let reuse = if scenario.keep_state {
                kept.clone()
            } else {
                None
            };
            let (failure, app) = run_one(&scenario, era, target, reuse).await;
            kept = app;
            results.push(ScenarioResult {
                file: label.clone(),
                name: scenario.name.clone(),
                era: if era == Era::Modern {
                    "2026-07-28"
                } else {
                    "2025-11-25"
                },
                elapsed: started.elapsed(),
                failure,
            });
        }
    }
    results
}

async fn fresh_app(target: &Target) -> Result<App, String> {
    let store = Store::in_memory().map_err(|e| e.to_string())?;
    let (bridge, seed) = match &target.bridge {
        None => (
            Bridge::Sandbox(Arc::new(
                Sandbox::new(store.clone()).map_err(|e| e.to_string())?,
            )),
            true,
        ),
        Some(url) => (
            Bridge::Http(
                HttpBridge::new(HttpBridgeConfig::new(url.clone()))
                    .map_err(|e| format!("--bridge: {e}"))?,
            ),
            true,
        ),
    };
    let app = App::new(
        target.registry.clone(),
        store,
        bridge,
        Audit::in_memory(),
        seed,
    )
    .map_err(|e| e.to_string())?;
    let page = crate::approval::page::spawn_loopback(
        app.approvals.clone(),
        app.audit.clone(),
        0,
        app.keys.approval_view,
    )
    .await
    .map_err(|e| format!("cannot start the approval page: {e}"))?;
    Ok(app.with_page(page))
}

/// Runs one scenario in one era. Returns the failure (if any) and the app (for `keep_state`).
async fn run_one(
    s: &Scenario,
    era: Era,
    target: &Target,
    reuse: Option<App>,
) -> (Option<Failure>, Option<App>) {
    let setup = |reason: String| {
        Some(Failure {
            step: 0,
            tool: "-".into(),
            reason,
            diff: None,
        })
    };
    let app = match reuse {
        Some(a) => a,
        None => match fresh_app(target).await {
            Ok(a) => a,
            Err(e) => return (setup(e), None),
        },
    };
    let mut user = s.user.clone();
    if let Some(seed) = &s.seed {
        user = format!("{user}~{seed}");
    }
    if let Err(e) = app.ensure_user(&user) {
        return (setup(e.to_string()), Some(app));
    }
    for (k, v) in &s.defaults {
        if let Err(e) = app.store.profile_set(&user, k, v, "scenario") {
            return (setup(e.to_string()), Some(app));
        }
    }

    let settings = McpSettings {
        // A step that only "accepts" an approval link makes the server wait this long
        // for a decision that never comes.
        consent_timeout: Duration::from_secs(2),
        ..McpSettings::default()
    };
    let server = McpServer::new(
        app.clone(),
        Identity::Local {
            user: user.clone(),
            session: uuid::Uuid::new_v4().to_string(),
        },
        settings,
    );
    let (client_io, server_io) = tokio::io::duplex(1 << 20);
    let server_task = tokio::spawn(async move {
        if let Ok(running) = server.serve(tokio::io::split(server_io)).await {
            let _ = running.waiting().await;
        }
    });
    let handler = StepClient::new(s.pin.clone());
    let client = match era {
        Era::Modern => {
            handler
                .clone()
                .serve_with_lifecycle(
                    tokio::io::split(client_io),
                    ClientLifecycleMode::Discover {
                        preferred_versions: vec![ProtocolVersion::V_2026_07_28],
                    },
                )
                .await
        }
        _ => handler.clone().serve(tokio::io::split(client_io)).await,
    };
    let client = match client {
        Ok(c) => c,
        Err(e) => {
            return (
                setup(format!("the MCP session could not start: {e}")),
                Some(app),
            );
        }
    };
    let failure = run_steps(s, &client, &handler).await;
    let _ = client.cancel().await;
    server_task.abort();
    (failure, Some(app))
}

async fn run_steps(
    s: &Scenario,
    client: &RunningService<RoleClient, StepClient>,
    handler: &StepClient,
) -> Option<Failure> {
    let mut captured: Map<String, Value> = Map::new();
    for (i, step) in s.steps.iter().enumerate() {
        let n = i + 1;
        let fail = |reason: String, diff: Option<(String, String)>| {
            Some(Failure {
                step: n,
                tool: step.call.clone(),
                reason,
                diff,
            })
        };
        let args = match substitute(&Value::Object(step.args.clone()), &captured) {
            Ok(Value::Object(m)) => m,
            Ok(_) => unreachable!("an object stays an object"),
            Err(e) => return fail(e, None),
        };
        handler.begin(step.consent);
        let call =
            client.call_tool(CallToolRequestParams::new(step.call.clone()).with_arguments(args));
        let outcome = match tokio::time::timeout(Duration::from_secs(60), call).await {
            Ok(r) => r,
            Err(_) => return fail("the call did not finish within 60 s".into(), None),
        };
        let asked = handler.end();
        if let Some(problem) = consent_problem(step, &asked) {
            return fail(problem, None);
        }
        let mut step = step.clone();
        if let Some(r) = &step.expect.result {
            match substitute(r, &captured) {
                Ok(v) => step.expect.result = Some(v),
                Err(e) => return fail(e, None),
            }
        }
        if let Some(f) = check(&step, &outcome) {
            return fail(f.0, f.1);
        }
        if let Ok(r) = &outcome {
            for (name, path) in &step.capture {
                match r.structured_content.as_ref().and_then(|v| lookup(v, path)) {
                    Some(v) => {
                        captured.insert(name.clone(), v.clone());
                    }
                    None => {
                        return fail(
                            format!("capture `{name}`: the result has no `{path}`"),
                            None,
                        );
                    }
                }
            }
        }
    }
    None
}

fn consent_problem(step: &Step, asked: &[Asked]) -> Option<String> {
    match (step.consent, asked.first()) {
        (ConsentAnswer::None, Some(a)) => Some(format!(
            "no consent was expected, but the server asked ({}): {}",
            a.kind, a.message
        )),
        (ConsentAnswer::None, None) => None,
        (expected, None) => Some(format!(
            "the step answers consent with `{}`, but no consent was asked",
            answer_name(expected)
        )),
        (ConsentAnswer::Approve | ConsentAnswer::Reject, Some(a)) if a.kind != "approval page" => {
            Some(format!(
                "the step expects an approval page, but the server asked for an in-chat confirmation: {}",
                a.message
            ))
        }
        _ => None,
    }
}

fn answer_name(a: ConsentAnswer) -> &'static str {
    match a {
        ConsentAnswer::None => "none",
        ConsentAnswer::Accept => "accept",
        ConsentAnswer::Decline => "decline",
        ConsentAnswer::Cancel => "cancel",
        ConsentAnswer::Approve => "approve",
        ConsentAnswer::Reject => "reject",
    }
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// Compares the outcome with the expectation; returns the reason and an optional diff.
fn check(
    step: &Step,
    outcome: &Result<CallToolResult, ServiceError>,
) -> Option<(String, Option<(String, String)>)> {
    let e = &step.expect;
    let text = |r: &CallToolResult| {
        r.content
            .iter()
            .filter_map(|c| c.as_text().map(|t| t.text.clone()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    match outcome {
        Err(ServiceError::McpError(err)) => match &e.protocol_error {
            Some(p) if regex::Regex::new(p).is_ok_and(|re| re.is_match(&err.message)) => None,
            Some(p) => Some((
                format!("the JSON-RPC error does not match /{p}/"),
                Some((p.clone(), err.message.to_string())),
            )),
            None => Some((
                format!("the call failed with a JSON-RPC error: {}", err.message),
                None,
            )),
        },
        Err(other) => Some((format!("the call failed: {other}"), None)),
        Ok(r) if r.is_error == Some(true) => match &e.error {
            Some(p) if regex::Regex::new(p).is_ok_and(|re| re.is_match(&text(r))) => None,
            Some(p) => Some((
                format!("the tool error does not match /{p}/"),
                Some((p.clone(), text(r))),
            )),
            None => Some((
                "the call returned a tool error".into(),
                Some(("a result".into(), text(r))),
            )),
        },
        Ok(r) => {
            if e.error.is_some() || e.protocol_error.is_some() {
                let actual = r
                    .structured_content
                    .as_ref()
                    .map(pretty)
                    .unwrap_or_else(|| text(r));
                return Some((
                    "the call succeeded, but an error was expected".into(),
                    Some((
                        e.error
                            .clone()
                            .or(e.protocol_error.clone())
                            .unwrap_or_default(),
                        actual,
                    )),
                ));
            }
            let expected = e.result.as_ref()?;
            let actual = r.structured_content.clone().unwrap_or(Value::Null);
            subset_mismatch(expected, &actual, "")
                .map(|m| (m, Some((pretty(expected), pretty(&actual)))))
        }
    }
}

/// `None` when `expected` is a subset of `actual`; otherwise where and how they differ.
pub fn subset_mismatch(expected: &Value, actual: &Value, at: &str) -> Option<String> {
    let here = if at.is_empty() {
        "the result".to_string()
    } else {
        format!("`{at}`")
    };
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().find_map(|(k, ev)| {
            let path = if at.is_empty() {
                k.clone()
            } else {
                format!("{at}.{k}")
            };
            match a.get(k) {
                Some(av) => subset_mismatch(ev, av, &path),
                None => Some(format!("`{path}` is missing")),
            }
        }),
        (Value::Array(e), Value::Array(a)) if e.len() != a.len() => Some(format!(
            "{here} has {} items, expected {}",
            a.len(),
            e.len()
        )),
        (Value::Array(e), Value::Array(a)) => {
            e.iter().zip(a).enumerate().find_map(|(i, (ev, av))| {
                subset_mismatch(
                    ev,
                    av,
                    &if at.is_empty() {
                        i.to_string()
                    } else {
                        format!("{at}.{i}")
                    },
                )
            })
        }
        (e, a) if e == a => None,
        (e, a) => Some(format!("{here}: expected {e}, got {a}")),
    }
}

/// Replaces `${name}` in strings; a string that is exactly `${name}` takes the
/// captured value with its JSON type.
fn substitute(v: &Value, captured: &Map<String, Value>) -> Result<Value, String> {
    Ok(match v {
        Value::String(s) => {
            if let Some(name) = s.strip_prefix("${").and_then(|r| r.strip_suffix('}'))
                && !name.contains("${")
            {
                return captured
                    .get(name)
                    .cloned()
                    .ok_or_else(|| format!("`${{{name}}}` was not captured by an earlier step"));
            }
            let mut out = s.clone();
            for (k, val) in captured {
                let text = match val {
                    Value::String(t) => t.clone(),
                    other => other.to_string(),
                };
                out = out.replace(&format!("${{{k}}}"), &text);
            }
            if let Some(start) = out.find("${") {
                return Err(format!(
                    "`{}` was not captured by an earlier step",
                    &out[start..]
                ));
            }
            Value::String(out)
        }
        Value::Array(a) => Value::Array(
            a.iter()
                .map(|x| substitute(x, captured))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| Ok((k.clone(), substitute(x, captured)?)))
                .collect::<Result<_, String>>()?,
        ),
        other => other.clone(),
    })
}

/// `bills.0.bill_id` into a JSON value.
fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |cur, seg| match cur {
        Value::Object(m) => m.get(seg),
        Value::Array(a) => seg.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
}

#[derive(Debug, Clone)]
struct Asked {
    kind: &'static str,
    message: String,
}

/// The scenario's MCP client: declares form and URL elicitation and answers as the
/// current step says.
#[derive(Clone)]
struct StepClient {
    answer: Arc<Mutex<ConsentAnswer>>,
    asked: Arc<Mutex<Vec<Asked>>>,
    pin: String,
    http: reqwest::Client,
}

impl StepClient {
    fn new(pin: String) -> StepClient {
        StepClient {
            answer: Arc::new(Mutex::new(ConsentAnswer::None)),
            asked: Arc::new(Mutex::new(Vec::new())),
            pin,
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("a plain HTTP client builds"),
        }
    }
    fn begin(&self, a: ConsentAnswer) {
        *self.answer.lock().unwrap_or_else(|p| p.into_inner()) = a;
        self.asked.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
    fn end(&self) -> Vec<Asked> {
        std::mem::take(&mut *self.asked.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

impl ClientHandler for StepClient {
    fn get_info(&self) -> ClientConfig {
        let mut caps = ClientCapabilities::default();
        caps.elicitation = Some(
            ElicitationCapability::new()
                .with_form(FormElicitationCapability::default())
                .with_url(UrlElicitationCapability::new()),
        );
        ClientConfig::new(
            caps,
            Implementation::new("miniprogram-mcp test", env!("CARGO_PKG_VERSION")),
        )
    }

    async fn create_elicitation(
        &self,
        request: ElicitRequestParams,
        _: RequestContext<RoleClient>,
    ) -> Result<ElicitResult, ErrorData> {
        let answer = *self.answer.lock().unwrap_or_else(|p| p.into_inner());
        let (kind, message, url) = match &request {
            ElicitRequestParams::UrlElicitationParams { message, url, .. } => {
                ("approval page", message.clone(), Some(url.clone()))
            }
            ElicitRequestParams::FormElicitationParams { message, .. } => {
                ("confirmation form", message.clone(), None)
            }
            _ => ("unknown request", String::new(), None),
        };
        self.asked
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(Asked { kind, message });
        let result = match (answer, url) {
            (ConsentAnswer::Decline, _) => ElicitResult::new(ElicitationAction::Decline),
            (ConsentAnswer::Cancel | ConsentAnswer::None, _) => {
                ElicitResult::new(ElicitationAction::Cancel)
            }
            (ConsentAnswer::Approve | ConsentAnswer::Reject, Some(url)) => {
                let decision = if answer == ConsentAnswer::Approve {
                    "approve"
                } else {
                    "reject"
                };
                if let Err(e) = decide_on_page(&self.http, &url, &self.pin, decision, &[]).await {
                    tracing::warn!(error = %e, "approval page");
                }
                ElicitResult::new(ElicitationAction::Accept)
            }
            (ConsentAnswer::Approve | ConsentAnswer::Reject, None) => {
                ElicitResult::new(ElicitationAction::Cancel)
            }
            (ConsentAnswer::Accept, Some(_)) => ElicitResult::new(ElicitationAction::Accept),
            (ConsentAnswer::Accept, None) => ElicitResult::new(ElicitationAction::Accept)
                .with_content(json!({"remember": "once"})),
        };
        Ok(result)
    }
}

/// Acts on an approval page as the user's browser would: loads it, then posts the
/// decision with the page's CSRF token from the page's own origin.
pub async fn decide_on_page(
    http: &reqwest::Client,
    url: &str,
    pin: &str,
    decision: &str,
    extra: &[(&str, &str)],
) -> Result<String, String> {
    let origin = url
        .split("/approve/")
        .next()
        .unwrap_or_default()
        .to_string();
    // 1. The link shows only the PIN form.
    let gate = http
        .get(url)
        .send()
        .await
        .map_err(|e| e.to_string())?
        .text()
        .await
        .map_err(|e| e.to_string())?;
    let csrf = form_field(&gate, "csrf")
        .ok_or("the approval page has no PIN form (are approvals locked?)")?;
    // 2. The PIN shows the payment and the decision form.
    let shown = post_form(
        http,
        &origin,
        &format!("{url}/unlock"),
        &[("csrf", csrf.as_str()), ("pin", pin)],
    )
    .await?;
    let view = form_field(&shown, "view").filter(|_| shown.contains("name=\"decision\""));
    let Some(view) = view else {
        return Err(match warning(&shown) {
            Some(w) => format!("the approval page refused: {w}"),
            None => "the approval page shows no decision form (already decided or expired?)".into(),
        });
    };
    // 3. The decision.
    let mut form = vec![
        ("csrf", csrf.as_str()),
        ("view", view.as_str()),
        ("decision", decision),
    ];
    form.extend_from_slice(extra);
    post_form(http, &origin, url, &form).await
}

/// A same-origin form POST to the approval page; the page's body if it answered 2xx.
async fn post_form(
    http: &reqwest::Client,
    origin: &str,
    to: &str,
    form: &[(&str, &str)],
) -> Result<String, String> {
    let resp = http
        .post(to)
        .header("Origin", origin)
        .form(form)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let status = resp.status();
    let body = resp.text().await.map_err(|e| e.to_string())?;
    if !status.is_success() {
        return Err(format!("the approval page answered {status}"));
    }
    Ok(body)
}

/// The value of the first hidden form field `name` on a page.
fn form_field(page: &str, name: &str) -> Option<String> {
    page.split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map(str::to_string)
}

/// The page's warning line, if any (e.g. a wrong PIN).
fn warning(page: &str) -> Option<String> {
    page.split("class=\"warn\">")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .map(str::to_string)
}

/// Prints results: a line per scenario (with the failing step and a diff), then the totals.
pub fn report(
    results: &[ScenarioResult],
    out: &mut dyn std::io::Write,
) -> std::io::Result<(usize, usize)> {
    let mut passed = 0;
    for r in results {
        match &r.failure {
            None => {
                passed += 1;
                writeln!(
                    out,
                    "PASS  {} [{}]  ({}, {} ms)",
                    r.name,
                    r.era,
                    r.file,
                    r.elapsed.as_millis()
                )?;
            }
            Some(f) => writeln!(out, "FAIL  {} [{}]  ({})\n  {f}", r.name, r.era, r.file)?,
        }
    }
    let failed = results.len() - passed;
    writeln!(out, "{passed} passed, {failed} failed")?;
    Ok((passed, failed))
}

/// Writes a JUnit XML report.
pub fn write_junit(results: &[ScenarioResult], path: &Path) -> Result<(), String> {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut suite = TestSuite::new("miniprogram-mcp scenarios");
    for r in results {
        let status = match &r.failure {
            None => TestCaseStatus::success(),
            Some(f) => {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_message(format!("step {} ({}): {}", f.step, f.tool, f.reason));
                s.set_description(f.to_string());
                s
            }
        };
        let mut case = TestCase::new(format!("{} [{}]", r.name, r.era), status);
        case.set_classname(r.file.clone());
        case.set_time(r.elapsed);
        suite.add_test_case(case);
    }
    let mut report = Report::new("miniprogram-mcp test");
    report.add_test_suite(suite);
    let xml = report.to_string().map_err(|e| e.to_string())?;
    std::fs::write(path, xml).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subset_matching_names_the_first_difference() {
        let actual = json!({"a": 1, "b": {"c": "x", "d": [1, 2]}});
        assert_eq!(subset_mismatch(&json!({"a": 1}), &actual, ""), None);
        assert_eq!(
            subset_mismatch(&json!({"b": {"d": [1, 2]}}), &actual, ""),
            None
        );
        assert_eq!(
            subset_mismatch(&json!({"b": {"c": "y"}}), &actual, ""),
            Some("`b.c`: expected \"y\", got \"x\"".into())
        );
        assert_eq!(
            subset_mismatch(&json!({"z": 1}), &actual, ""),
            Some("`z` is missing".into())
        );
        assert_eq!(
            subset_mismatch(&json!({"b": {"d": [1]}}), &actual, ""),
            Some("`b.d` has 2 items, expected 1".into())
        );
    }

    #[test]
    fn captures_substitute_with_their_types() {
        let mut c = Map::new();
        c.insert("id".into(), json!("BK1"));
        c.insert("n".into(), json!(3));
        assert_eq!(
            substitute(&json!({"x": "${id}", "y": "${n}", "z": "no ${id}"}), &c).unwrap(),
            json!({"x": "BK1", "y": 3, "z": "no BK1"})
        );
        assert!(substitute(&json!({"x": "${missing}"}), &c).is_err());
        assert_eq!(lookup(&json!({"a": [{"b": 2}]}), "a.0.b"), Some(&json!(2)));
    }
}
