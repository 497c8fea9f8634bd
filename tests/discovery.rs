//! Discovery (功能找人) through the real binary over stdio, in both eras: a thousand
//! actions listed as at most 30, `actions__find` answering every dev request, a found
//! demo action callable directly after the list-change notice and through
//! `actions__call` (a payment still needs the page, and replays), personal ranking by
//! saved defaults and usage, and the listed set following the live registry.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::{Accepting, call, connect, link_in, ok, text};
use rmcp::ClientHandler;
use rmcp::model::{
    ClientCapabilities, ClientConfig, ElicitRequestParams, ElicitResult, ElicitationAction,
    ElicitationCapability, FormElicitationCapability, Implementation, SubscriptionFilter,
};
use rmcp::service::{NotificationContext, RequestContext, RoleClient, RunningService};
use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared_catalog() -> PathBuf {
    root().join("../shared/catalog")
}

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/discovery")
}

/// Accepts every form ("once"), says "accept" to approval links without opening them,
/// and counts tool-list notifications (2025-11-25).
#[derive(Clone, Default)]
struct Client {
    changed: Arc<AtomicUsize>,
}

impl ClientHandler for Client {
    fn get_info(&self) -> ClientConfig {
        let mut caps = ClientCapabilities::default();
        caps.elicitation = Some(
            ElicitationCapability::new()
                .with_form(FormElicitationCapability::default())
                .with_url(rmcp::model::UrlElicitationCapability::new()),
        );
        ClientConfig::new(caps, Implementation::new("discovery-test", "1.0"))
    }
    async fn create_elicitation(
        &self,
        _: ElicitRequestParams,
        _: RequestContext<RoleClient>,
    ) -> Result<ElicitResult, rmcp::ErrorData> {
        Ok(ElicitResult::new(ElicitationAction::Accept).with_content(json!({"remember": "once"})))
    }
    async fn on_tool_list_changed(&self, _: NotificationContext<RoleClient>) {
        self.changed.fetch_add(1, Ordering::SeqCst);
    }
}

async fn tool_names<H: ClientHandler>(c: &RunningService<RoleClient, H>) -> Vec<String> {
    c.list_all_tools()
        .await
        .expect("tools/list")
        .into_iter()
        .map(|t| t.name.to_string())
        .collect()
}

async fn find<H: ClientHandler>(
    c: &RunningService<RoleClient, H>,
    q: &str,
    limit: u64,
) -> Vec<Value> {
    let r = ok(&call(c, "actions__find", json!({"query": q, "limit": limit})).await);
    r["results"].as_array().expect("results").clone()
}

fn tools_of(results: &[Value]) -> Vec<String> {
    results
        .iter()
        .map(|r| r["tool"].as_str().unwrap().to_string())
        .collect()
}

fn big_args(data: &Path) -> Vec<String> {
    vec![
        "serve".into(),
        "--data-dir".into(),
        data.display().to_string(),
        "--consent-timeout".into(),
        "2".into(),
        "--registry".into(),
        shared_catalog().join("manifests").display().to_string(),
        "--with-demo".into(),
    ]
}

async fn connect_args<H: ClientHandler>(
    h: H,
    args: &[String],
    modern: bool,
) -> RunningService<RoleClient, H> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    connect(h, &args, modern).await
}

struct DevQuery {
    query: String,
    expected: Vec<String>,
}

fn dev_queries() -> Vec<DevQuery> {
    let text = std::fs::read_to_string(shared_catalog().join("queries.dev.jsonl"))
        .expect("../shared/catalog/queries.dev.jsonl");
    queries_of(text.lines())
}

/// The development (odd) lines of one of the team's fresh sets in `tests/data/`
/// (`queries.fresh.jsonl`, `queries.fresh2.jsonl`). Their even lines are held out to
/// estimate unseen requests and are read by no test.
fn fresh_dev_queries(file: &str) -> Vec<DevQuery> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(file),
    )
    .expect(file);
    queries_of(text.lines().filter(|l| !l.trim().is_empty()).step_by(2))
}

fn queries_of<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<DevQuery> {
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            DevQuery {
                query: v["query"].as_str().unwrap().to_string(),
                expected: v["expected"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e.as_str().unwrap().to_string())
                    .collect(),
            }
        })
        .collect()
}

#[tokio::test]
async fn a_thousand_actions_list_as_thirty_and_every_dev_request_is_answered() {
    for modern in [false, true] {
        let data = common::tmpdir("mpmcp-disc");
        let c = connect_args(Client::default(), &big_args(&data), modern).await;
        let names = tool_names(&c).await;
        assert!(names.len() <= 30, "{modern}: {} tools listed", names.len());
        for t in [
            "actions__find",
            "actions__call",
            "actions__suggest",
            "profile__forget_usage",
        ] {
            assert!(names.contains(&t.to_string()), "{modern}: {t} is listed");
        }
        assert_eq!(
            names.iter().collect::<HashSet<_>>().len(),
            names.len(),
            "no tool twice"
        );
        // Every dev request gets an answer; the expected action is among the results of
        // most (the quality figure itself is the next test's and the benchmark's).
        let queries = dev_queries();
        assert_eq!(queries.len(), 120);
        for q in &queries {
            let res = find(&c, &q.query, 5).await;
            assert!(!res.is_empty(), "{modern}: no answer for {}", q.query);
            for r in &res {
                assert!(r["why"].as_str().is_some_and(|w| !w.is_empty()), "{r}");
                assert!(r["score"].as_f64().is_some_and(|s| s > 0.0), "{r}");
            }
        }
        // Paging a long list does not make it longer: still at most 30 after finds.
        let names = tool_names(&c).await;
        assert!(
            names.len() <= 30,
            "{modern}: {} tools listed after finds",
            names.len()
        );
        c.cancel().await.unwrap();
    }
}

/// A regression guard (not the target): top-3 accuracy over the dev set, through the
/// real binary, for the seeded demo user, at the 90 % the issue asks for. The server
/// gets the shared catalogue alone: the dev set's answers are written for it, and with
/// the demo catalogue beside it some demo actions serve a request as well as the
/// expected one (违章 → `traffic_fines__query_fines`). The ranking reaches 94.2 % on the
/// whole dev set (README, "Discovery"). The dev set was read while tuning, so this guards
/// against regressions; it does not estimate unseen requests. The odd lines of the
/// team's fresh sets are guarded the same way, at 85 % (91 % now on each).
#[tokio::test]
async fn dev_set_top3_accuracy_stays_above_the_guard() {
    let data = common::tmpdir("mpmcp-disc");
    let args: Vec<String> = big_args(&data)
        .into_iter()
        .filter(|a| a != "--with-demo")
        .collect();
    let c = connect_args(Client::default(), &args, true).await;
    top3_stays_above(&c, &dev_queries(), 0.90).await;
    top3_stays_above(&c, &fresh_dev_queries("queries.fresh.jsonl"), 0.85).await;
    top3_stays_above(&c, &fresh_dev_queries("queries.fresh2.jsonl"), 0.85).await;
    c.cancel().await.unwrap();
}

async fn top3_stays_above<H: ClientHandler>(
    c: &RunningService<RoleClient, H>,
    queries: &[DevQuery],
    guard: f64,
) {
    let mut hits = 0;
    let mut misses = Vec::new();
    for q in queries {
        let res = tools_of(&find(c, &q.query, 3).await);
        if res.iter().any(|t| q.expected.contains(t)) {
            hits += 1;
        } else {
            misses.push(format!(
                "{} -> {:?} (expected {:?})",
                q.query, res, q.expected
            ));
        }
    }
    let acc = hits as f64 / queries.len() as f64;
    assert!(
        acc >= guard,
        "top-3 accuracy {:.1} % fell below {:.0} %; misses:\n{}",
        acc * 100.0,
        guard * 100.0,
        misses.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_found_payment_is_callable_directly_after_the_notice_and_through_actions_call() {
    for modern in [false, true] {
        let data = common::tmpdir("mpmcp-disc");
        let client = Client::default();
        let changed = client.changed.clone();
        let c = connect_args(client, &big_args(&data), modern).await;
        let mut sub = if modern {
            Some(
                c.listen(SubscriptionFilter::builder().tools_list_changed().build())
                    .await
                    .expect("listen"),
            )
        } else {
            None
        };
        let before = tool_names(&c).await;
        assert!(before.len() <= 30, "{before:?}");
        let res = find(&c, "交电费", 5).await;
        assert!(
            tools_of(&res).contains(&"utility_bills__pay_bill".to_string()),
            "{modern}: 交电费 finds the demo payment among the thousand: {res:?}"
        );
        // The client is told its list changed, and the found tool is listed.
        if let Some(sub) = sub.as_mut() {
            tokio::time::timeout(Duration::from_secs(2), sub.next())
                .await
                .expect("the listen stream is told within 2 s")
                .expect("a notification");
        } else {
            for _ in 0..40 {
                if changed.load(Ordering::SeqCst) > 0 {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            assert!(
                changed.load(Ordering::SeqCst) > 0,
                "tools/list_changed received"
            );
        }
        let after = tool_names(&c).await;
        assert!(after.len() <= 30);
        assert!(
            after.contains(&"utility_bills__pay_bill".to_string()),
            "{after:?}"
        );

        // Directly: a confirm-tier read of a found tool works as a listed one would.
        assert_eq!(electricity_due(&c).await, "236.50");

        // Through actions__call: an accept-everything client pays nothing...
        let r = call(
            &c,
            "actions__call",
            json!({"tool": "utility_bills__pay_bill", "arguments": {"utility": "electricity"}}),
        )
        .await;
        assert_eq!(r.is_error, Some(true), "{modern}: {}", text(&r));
        assert!(text(&r).contains("Nothing has been paid"), "{}", text(&r));
        assert!(
            text(&r).contains("or actions__call with the same `tool` and `arguments`"),
            "the retry may go through actions__call too: {}",
            text(&r)
        );
        assert_eq!(
            electricity_due(&c).await,
            "236.50",
            "{modern}: nothing paid yet"
        );
        // ...until the user approves on the page; then it pays once,
        let link = link_in(&r);
        let page = miniprogram_mcp::scenario::run::decide_on_page(
            &reqwest::Client::new(),
            &link,
            miniprogram_mcp::app::DEMO_PIN,
            "approve",
            &[],
        )
        .await
        .unwrap();
        assert!(page.contains("Approved"), "{page}");
        let paid = ok(&call(
            &c,
            "actions__call",
            json!({"tool": "utility_bills__pay_bill", "arguments": {"utility": "electricity"}}),
        )
        .await);
        assert_eq!(paid["amount"], "236.50");
        // and a retry, direct or through actions__call, replays the same receipt.
        let direct = ok(&call(
            &c,
            "utility_bills__pay_bill",
            json!({"utility": "electricity"}),
        )
        .await);
        assert_eq!(
            direct["receipt_no"], paid["receipt_no"],
            "{modern}: replayed"
        );
        assert_eq!(
            electricity_due(&c).await,
            "0.00",
            "{modern}: paid exactly once"
        );

        // actions__call refuses what a direct call could not do, with a tool error.
        for (args, needle) in [
            (
                json!({"tool": "actions__call", "arguments": {}}),
                "cannot call itself",
            ),
            (json!({"arguments": {}}), "`tool` is required"),
            (
                json!({"tool": "utility_bills__pay_bill", "arguments": "x"}),
                "`arguments` must be an object",
            ),
            (json!({"tool": "no_such__tool"}), "no_such__tool"),
            (
                json!({"tool": "utility_bills__pay_bill", "arguments": {"utility": "electricity", "card": "6222020000001234"}}),
                "cannot be set by the caller",
            ),
        ] {
            let r = c
                .call_tool(common::params("actions__call", args.clone()))
                .await;
            let msg = match r {
                Ok(r) => {
                    assert_eq!(r.is_error, Some(true), "{args}: {}", text(&r));
                    text(&r)
                }
                Err(e) => e.to_string(),
            };
            assert!(msg.contains(needle), "{args}: {msg}");
        }
        c.cancel().await.unwrap();
    }
}

/// The demo user's electricity outstanding (a confirm-tier read).
async fn electricity_due(c: &RunningService<RoleClient, Client>) -> Value {
    ok(&call(
        c,
        "utility_bills__query_bills",
        json!({"utility": "electricity"}),
    )
    .await)["outstanding"]
        .clone()
}

async fn first_pay(c: &RunningService<RoleClient, Client>, q: &str) -> Vec<String> {
    tools_of(&find(c, q, 6).await)
        .into_iter()
        .filter(|t| t.ends_with("__pay_bill"))
        .collect()
}

#[tokio::test]
async fn saved_defaults_move_the_ranking_water_only_means_water() {
    // No demo seeding behind a bridge: each user saves only what they saved themselves,
    // through profile__remember_default (confirmed), the product's own surface.
    let bridge = common::start_bridge("none");
    let data = common::tmpdir("mpmcp-disc");
    for modern in [false, true] {
        for (user, key, value, expect) in [
            (
                "wendy",
                "utility_account.water",
                "2100000001",
                "city_water__pay_bill",
            ),
            (
                "eddie",
                "utility_account.electricity",
                "1100000001",
                "city_power__pay_bill",
            ),
        ] {
            let user = format!("{user}-{modern}");
            let args: Vec<String> = [
                "serve",
                "--data-dir",
                data.to_str().unwrap(),
                "--bridge",
                &bridge.url,
                "--registry",
                fixtures().to_str().unwrap(),
                "--user",
                &user,
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            let c = connect_args(Client::default(), &args, modern).await;
            let saved = ok(&call(
                &c,
                "profile__remember_default",
                json!({"key": key, "value": value}),
            )
            .await);
            assert_eq!(saved["key"], key);
            let pays = first_pay(&c, "交费").await;
            assert_eq!(
                pays.first().map(String::as_str),
                Some(expect),
                "{user}: {pays:?}"
            );
            let res = find(&c, "交费", 3).await;
            assert!(
                res[0]["why"].as_str().unwrap().contains(key),
                "the reason names the saved key: {}",
                res[0]
            );
            let sug = ok(&call(&c, "actions__suggest", json!({})).await);
            let first = sug["results"][0]["tool"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            assert!(
                first.starts_with(expect.split("__").next().unwrap()),
                "{user}: suggest {sug}"
            );
            c.cancel().await.unwrap();
        }
    }
}

#[tokio::test]
async fn usage_moves_only_the_users_own_ranking_and_can_be_forgotten() {
    for modern in [false, true] {
        let data = common::tmpdir("mpmcp-disc");
        let start = |user: &'static str| {
            let args: Vec<String> = [
                "serve",
                "--data-dir",
                data.to_str().unwrap(),
                "--registry",
                fixtures().to_str().unwrap(),
                "--user",
                user,
                "--max-tools",
                "10",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            async move { connect_args(Client::default(), &args, modern).await }
        };
        // Both demo users have all three accounts (sandbox seed): 缴费 is ambiguous.
        let gus = start("gus").await;
        let olga = start("olga").await;
        let base_gus = first_pay(&gus, "缴费").await;
        let base_olga = first_pay(&olga, "缴费").await;
        assert_eq!(base_gus, base_olga, "no history: the same ranking");
        assert_ne!(
            base_gus[0], "town_gas__pay_bill",
            "gas is not first without history"
        );

        // gus deals with his gas account three times.
        for _ in 0..3 {
            ok(&call(&gus, "town_gas__query_bills", json!({"utility": "gas"})).await);
        }
        let now_gus = first_pay(&gus, "缴费").await;
        assert_eq!(now_gus[0], "town_gas__pay_bill", "{modern}: {now_gus:?}");
        let res = find(&gus, "缴费", 3).await;
        let why = res
            .iter()
            .find(|r| r["tool"] == "town_gas__pay_bill")
            .unwrap()["why"]
            .clone();
        assert!(why.as_str().unwrap().contains("3 times"), "{why}");
        // Nothing of it reaches olga.
        assert_eq!(
            first_pay(&olga, "缴费").await,
            base_olga,
            "{modern}: olga unchanged"
        );
        let sug = ok(&call(&gus, "actions__suggest", json!({"limit": 3})).await);
        assert_eq!(sug["results"][0]["tool"], "town_gas__query_bills", "{sug}");
        assert!(
            sug["results"][0]["why"]
                .as_str()
                .unwrap()
                .contains("used it 3 times"),
            "{sug}"
        );
        // The listed set (10 at most) holds what gus found last, best first.
        let listed = tool_names(&gus).await;
        assert!(listed.len() <= 10, "{listed:?}");
        assert!(
            listed.contains(&"town_gas__pay_bill".to_string()),
            "{listed:?}"
        );

        // Forgotten: back to the baseline.
        let f = ok(&call(&gus, "profile__forget_usage", json!({})).await);
        assert!(f["forgotten"].as_u64().unwrap() >= 3, "{f}");
        assert_eq!(
            first_pay(&gus, "缴费").await,
            base_gus,
            "{modern}: usage forgotten"
        );
        gus.cancel().await.unwrap();
        olga.cancel().await.unwrap();
    }
}

#[tokio::test]
async fn the_listed_set_is_the_users_and_follows_the_live_registry() {
    let dir = std::env::temp_dir().join(format!("mpmcp-disc-reg-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["city_power.json", "city_water.json", "town_gas.json"] {
        std::fs::copy(fixtures().join(f), dir.join(f)).unwrap();
    }
    let data = common::tmpdir("mpmcp-disc");
    for modern in [false, true] {
        let args: Vec<String> = [
            "serve",
            "--data-dir",
            data.to_str().unwrap(),
            "--registry",
            dir.to_str().unwrap(),
            "--user",
            if modern { "nina" } else { "nick" },
            "--max-tools",
            "10",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let c = connect_args(Client::default(), &args, modern).await;
        let listed = tool_names(&c).await;
        assert!(listed.len() <= 10);
        let res = find(&c, "gas bill", 2).await;
        assert!(
            tools_of(&res).iter().all(|t| t.starts_with("town_gas__")),
            "{res:?}"
        );
        let listed = tool_names(&c).await;
        assert!(listed.len() <= 10);
        assert!(
            listed.contains(&"town_gas__pay_bill".to_string()),
            "{listed:?}"
        );
        // Kept in the store: a new connection (a new stateless request) sees the same set.
        c.cancel().await.unwrap();
        let c = connect_args(Client::default(), &args, modern).await;
        assert!(
            tool_names(&c)
                .await
                .contains(&"town_gas__pay_bill".to_string())
        );
        c.cancel().await.unwrap();
    }
    // The program is removed: it disappears from every set and from find.
    let args = |user: &str| -> Vec<String> {
        [
            "serve",
            "--data-dir",
            data.to_str().unwrap(),
            "--registry",
            dir.to_str().unwrap(),
            "--user",
            user,
            "--max-tools",
            "10",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let c = connect_args(Client::default(), &args("nick"), false).await;
    // Let the watcher start before the change (it starts beside the session).
    tokio::time::sleep(Duration::from_millis(500)).await;
    std::fs::remove_file(dir.join("town_gas.json")).unwrap();
    let mut gone = false;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if !tool_names(&c)
            .await
            .iter()
            .any(|t| t.starts_with("town_gas__"))
        {
            gone = true;
            break;
        }
    }
    assert!(gone, "a removed action leaves the listed set");
    let res = find(&c, "gas bill", 5).await;
    assert!(
        !tools_of(&res).iter().any(|t| t.starts_with("town_gas__")),
        "{res:?}"
    );
    c.cancel().await.unwrap();
    let c = connect_args(Client::default(), &args("nina"), true).await;
    assert!(
        !tool_names(&c)
            .await
            .iter()
            .any(|t| t.starts_with("town_gas__"))
    );
    c.cancel().await.unwrap();
}

#[tokio::test]
async fn a_registry_that_fits_is_listed_whole_and_max_tools_is_checked() {
    // Three utility programs fit in 30: everything is listed, plus the discovery tools.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/discovery");
    let c = connect(
        Accepting,
        &["serve", "--in-memory", "--registry", fixtures],
        true,
    )
    .await;
    let names = tool_names(&c).await;
    for p in [
        "city_power__",
        "city_water__",
        "town_gas__",
        "actions__",
        "profile__",
    ] {
        assert!(
            names.iter().any(|n| n.starts_with(p)),
            "{p} listed: {names:?}"
        );
    }
    let all = std::fs::read_dir(fixtures)
        .unwrap()
        .map(|e| {
            let m: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap();
            m["actions"].as_array().unwrap().len()
        })
        .sum::<usize>();
    let actions = names
        .iter()
        .filter(|n| {
            ["city_power", "city_water", "town_gas"]
                .iter()
                .any(|p| n.starts_with(&format!("{p}__")))
        })
        .count();
    assert_eq!(actions, all, "every action of a registry that fits");
    c.cancel().await.unwrap();

    // The demo catalogue (over 30 tools) is a visible set at most 30 long.
    let c = connect(Accepting, &["serve", "--in-memory"], true).await;
    let names = tool_names(&c).await;
    assert!(names.len() <= 30, "{}", names.len());
    assert!(names.contains(&"actions__find".to_string()));
    let res = find(&c, "房贷利率", 3).await;
    assert_eq!(res[0]["tool"], "loans__check_loan_rate", "{res:?}");
    // The README's conversation.
    let res = find(&c, "帮我把这个月水费交了", 3).await;
    assert_eq!(res[0]["tool"], "utility_bills__pay_bill", "{res:?}");
    c.cancel().await.unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["serve", "--in-memory", "--max-tools", "5"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("at least 10"), "{err}");
}
