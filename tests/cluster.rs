//! Scale-out on PostgreSQL, tried on a real local cluster (`scripts/cluster.sh`):
//! a throwaway PostgreSQL, three instances of the binary on it and HAProxy in front
//! (round robin; sticky on `Mcp-Session-Id`). Everything goes through HAProxy, in both
//! eras: one approval then 20 concurrent identical payments pay once; the approval page's
//! requests land on other instances than the call; five wrong PINs spread over the
//! instances lock the user; one user sees nothing of another's; a `requestState` is
//! single-use across instances; the shared audit chain verifies and names a changed
//! record. Faults: PostgreSQL stopped mid-run, an instance SIGKILLed inside a payment.
//!
//! Needs Debian's `postgresql` and `haproxy` (./scripts/test.sh installs them as root);
//! without them these tests fail at once with a line saying what to install.

mod common;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use rmcp::model::{CallToolResponse, InputResponses};
use serde_json::{Value, json};

use common::{Accepting, call, ok, params, text};

const PAY: &str = "utility_bills__pay_bill";

/// A running cluster; `down` on drop.
struct Cluster {
    dir: PathBuf,
    env: HashMap<String, String>,
    script_env: Vec<(String, String)>,
    /// One cluster at a time: no port chosen twice, and two cores are not shared by
    /// three clusters' worth of processes.
    _one_at_a_time: std::sync::MutexGuard<'static, ()>,
}

static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/cluster.sh")
}

/// Fails the test at once, in one line, when the cluster's programs are missing.
fn require_tools() {
    let pg = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| d.flatten().any(|e| e.path().join("bin/initdb").exists()))
        .unwrap_or(false);
    let haproxy = Command::new("haproxy").arg("-v").output().is_ok();
    let mut missing = Vec::new();
    if !pg {
        missing.push("postgresql");
    }
    if !haproxy {
        missing.push("haproxy");
    }
    assert!(
        missing.is_empty(),
        "the cluster tests cannot run: {} not installed (Debian: sudo apt-get install {}; ./scripts/test.sh run as root installs them)",
        missing.join(" and "),
        missing.join(" ")
    );
}

impl Cluster {
    fn up(bridge: Option<&str>) -> Cluster {
        require_tools();
        let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        let dir = common::tmpdir("mpmcp-cluster");
        std::fs::remove_dir_all(&dir).unwrap();
        let first = free_port();
        let mut script_env = vec![
            (
                "MPMCP_BIN".into(),
                env!("CARGO_BIN_EXE_miniprogram-mcp").into(),
            ),
            ("CLUSTER_PG_PORT".into(), free_port().to_string()),
            ("CLUSTER_PORT".into(), free_port().to_string()),
            ("MINIPROGRAM_MCP_LOG".into(), "info".into()),
        ];
        // Three consecutive free ports for the instances.
        let first = (first..first + 200)
            .find(|p| (0..3).all(|i| std::net::TcpListener::bind(("127.0.0.1", p + i)).is_ok()))
            .expect("three free ports");
        script_env.push(("CLUSTER_FIRST_PORT".into(), first.to_string()));
        if let Some(b) = bridge {
            script_env.push(("CLUSTER_BRIDGE".into(), b.to_string()));
        }
        let out = Command::new(script())
            .arg("up")
            .arg(&dir)
            .envs(script_env.iter().map(|(k, v)| (k, v)))
            .output()
            .unwrap();
        let cluster_env = dir.join("cluster.env");
        let env = std::fs::read_to_string(&cluster_env)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let c = Cluster {
            dir,
            env,
            script_env,
            _one_at_a_time: guard,
        };
        assert!(
            out.status.success(),
            "scripts/cluster.sh up failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        c
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new(script())
            .arg(args[0])
            .arg(&self.dir)
            .args(&args[1..])
            .envs(self.script_env.iter().map(|(k, v)| (k, v)))
            .output()
            .unwrap()
    }

    fn script_ok(&self, args: &[&str]) {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "scripts/cluster.sh {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn mcp_url(&self) -> &str {
        &self.env["MCP_URL"]
    }

    fn public_url(&self) -> &str {
        &self.env["PUBLIC_URL"]
    }

    fn database_url(&self) -> &str {
        &self.env["DATABASE_URL"]
    }

    /// `http://127.0.0.1:PORT` of instance `i` (1-based), bypassing HAProxy.
    fn instance(&self, i: u16) -> String {
        let first: u16 = self.env["FIRST_PORT"].parse().unwrap();
        format!("http://127.0.0.1:{}", first + i - 1)
    }

    /// The binary with `--database-url` of the cluster.
    fn cli(&self, args: &[&str], stdin: Option<&str>) -> std::process::Output {
        use std::io::Write;
        let mut child = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
            .args(args)
            .args(["--database-url", self.database_url()])
            .env("MINIPROGRAM_MCP_LOG", "warn")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        if let Some(s) = stdin {
            child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
        }
        child.wait_with_output().unwrap()
    }

    fn token(&self, user: &str) -> String {
        let out = self.cli(&["token", "create", "--user", user], None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    fn audit_verify(&self) -> (bool, String) {
        let out = self.cli(&["audit", "verify"], None);
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
        )
    }

    /// Runs SQL on the cluster's database with psql (as the test's own tampering or
    /// inspection, never as the product's way in).
    fn psql(&self, sql: &str) -> String {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .unwrap()
            .flatten()
            .map(|e| e.path().join("bin/psql"))
            .find(|p| p.exists())
            .unwrap_or_else(|| PathBuf::from("psql"));
        let out = Command::new(bin)
            .args([self.database_url(), "-qAt", "-c", sql])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "psql: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn log(&self, i: u16) -> String {
        std::fs::read_to_string(self.dir.join(format!("instance-{i}.log"))).unwrap_or_default()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self.run(&["down"]);
    }
}

async fn connect(
    c: &Cluster,
    token: &str,
    modern: bool,
) -> rmcp::service::RunningService<rmcp::service::RoleClient, Accepting> {
    common::connect_http(Accepting, c.mcp_url(), Some(token), modern).await
}

/// Approves on the page (the demo PIN); its page's body.
async fn approve(http: &reqwest::Client, link: &str) -> String {
    miniprogram_mcp::scenario::run::decide_on_page(
        http,
        link,
        miniprogram_mcp::app::DEMO_PIN,
        "approve",
        &[],
    )
    .await
    .unwrap()
}

/// An instance's `/healthz` body.
async fn healthz(http: &reqwest::Client, instance: &str) -> Value {
    http.get(format!("{instance}/healthz"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

fn era(modern: bool) -> &'static str {
    if modern { "2026-07-28" } else { "2025-11-25" }
}

/// How many tool calls each instance has answered so far (its `/metrics`).
async fn served_per_instance(c: &Cluster, http: &reqwest::Client) -> Vec<f64> {
    let mut out = Vec::new();
    for i in 1..=3 {
        let body = http
            .get(format!("{}/metrics", c.instance(i)))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let n: f64 = body
            .lines()
            .filter(|l| l.starts_with("miniprogram_mcp_tool_calls_total"))
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum();
        out.push(n);
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_instances_on_one_database_pay_once_share_approvals_pins_and_state() {
    let c = Cluster::up(None);
    let http = reqwest::Client::new();
    let before = served_per_instance(&c, &http).await;

    for (user, other, modern) in [("alice", "bob", false), ("carol", "dave", true)] {
        let era = era(modern);
        let token = c.token(user);
        let client = connect(&c, &token, modern).await;
        let pay = json!({"utility": "electricity"});
        let bill = ok(&call(&client, "utility_bills__query_bills", pay.clone()).await);
        assert!(
            bill["outstanding_fen"].as_i64().unwrap() > 0,
            "{era}: {bill}"
        );

        // Asked on one instance; approved on the page, whose requests HAProxy spreads.
        let r = call(&client, PAY, pay.clone()).await;
        assert_eq!(r.is_error, Some(true), "{era}: needs approval first");
        let link = common::link_in(&r);
        assert!(
            link.starts_with(&format!("{}/approve/", c.public_url())),
            "{era}: {link}"
        );
        let page = approve(&http, &link).await;
        assert!(page.contains("Approved"), "{era}: {page}");

        // 20 concurrent identical calls, each on its own connection (so, over the
        // instances): one payment, one receipt.
        let mut clients = Vec::new();
        for _ in 0..20 {
            clients.push(connect(&c, &token, modern).await);
        }
        let tasks: Vec<_> = clients
            .into_iter()
            .map(|cl| {
                let pay = pay.clone();
                tokio::spawn(async move {
                    let r = call(&cl, PAY, pay).await;
                    cl.cancel().await.unwrap();
                    r
                })
            })
            .collect();
        let mut receipts: Vec<Value> = Vec::new();
        for t in tasks {
            receipts.push(ok(&t.await.unwrap()));
        }
        let first = &receipts[0]["receipt_no"];
        assert!(first.is_string(), "{era}: {}", receipts[0]);
        assert!(
            receipts.iter().all(|r| &r["receipt_no"] == first),
            "{era}: one receipt: {receipts:?}"
        );
        let fresh = receipts
            .iter()
            .filter(|r| r.get("replayed").is_none())
            .count();
        assert_eq!(fresh, 1, "{era}: paid once, the rest replays: {receipts:?}");
        let after = ok(&call(&client, "utility_bills__query_bills", pay.clone()).await);
        assert_eq!(after["outstanding_fen"], 0, "{era}: {after}");
        assert_eq!(
            receipts[0]["amount_fen"], bill["outstanding_fen"],
            "{era}: the bill paid once, not more: {}",
            receipts[0]
        );

        // The other user sees nothing of this one's: their own bills, their own set.
        let other_token = c.token(other);
        let o = connect(&c, &other_token, modern).await;
        let theirs = ok(&call(&o, "utility_bills__query_bills", pay.clone()).await);
        assert_ne!(
            theirs["account_no_masked"], bill["account_no_masked"],
            "{era}: another user's account"
        );
        assert!(
            theirs["outstanding_fen"].as_i64().unwrap() > 0,
            "{era}: the other user's bill is untouched: {theirs}"
        );
        let profile = ok(&call(&o, "profile__show_defaults", json!({})).await).to_string();
        assert!(!profile.contains(user), "{era}: {profile}");
        o.cancel().await.unwrap();
        client.cancel().await.unwrap();
    }
    let after = served_per_instance(&c, &http).await;
    for i in 0..3 {
        assert!(
            after[i] > before[i],
            "instance {} served nothing: HAProxy did not spread the requests ({before:?} -> {after:?})",
            i + 1
        );
    }

    // Five wrong PINs, spread over the instances, lock the user everywhere.
    let token = c.token("erin");
    let e = connect(&c, &token, true).await;
    let r = call(&e, PAY, json!({"utility": "water"})).await;
    let link = common::link_in(&r);
    // All five at once: each instance counts inside one serializable transaction, so
    // none is lost to a concurrent one.
    let wrong: Vec<_> = (0..5)
        .map(|_| {
            let (http, link) = (http.clone(), link.clone());
            tokio::spawn(async move {
                miniprogram_mcp::scenario::run::decide_on_page(
                    &http,
                    &link,
                    "000000",
                    "approve",
                    &[],
                )
                .await
            })
        })
        .collect();
    for (n, w) in wrong.into_iter().enumerate() {
        let err = w.await.unwrap().unwrap_err();
        assert!(!err.contains("Approved"), "wrong PIN {n}: {err}");
    }
    let locked = miniprogram_mcp::scenario::run::decide_on_page(
        &http,
        &link,
        miniprogram_mcp::app::DEMO_PIN,
        "approve",
        &[],
    )
    .await
    .unwrap_err();
    assert!(
        locked.to_lowercase().contains("lock"),
        "the right PIN after five wrong ones: {locked}"
    );
    for i in 1..=3 {
        let page = http
            .get(link.replace(c.public_url(), &c.instance(i)))
            .header("host", c.public_url().trim_start_matches("http://"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !page.contains("name=\"pin\""),
            "instance {i} still offers the PIN form to a locked user"
        );
    }
    let r = call(&e, PAY, json!({"utility": "water"})).await;
    assert_eq!(r.is_error, Some(true), "nothing paid while locked");
    e.cancel().await.unwrap();

    // A requestState issued by one instance is redeemable once, at any instance.
    let token = c.token("frank");
    let f = connect(&c, &token, true).await;
    let args = json!({"utility": "gas"});
    let state = match f
        .call_tool_once(params("utility_bills__query_bills", args.clone()))
        .await
        .unwrap()
    {
        CallToolResponse::InputRequired(ir) => ir.request_state.unwrap(),
        other => panic!("expected input_required, got {other:?}"),
    };
    let retry = |state: String| {
        let f = &f;
        let args = args.clone();
        async move {
            let mut p = params("utility_bills__query_bills", args);
            let mut responses = InputResponses::new();
            responses.insert(
                "consent".into(),
                json!({"action": "accept", "content": {"remember": "once"}}),
            );
            p.input_responses = Some(responses);
            p.request_state = Some(state);
            match f.call_tool_once(p).await.unwrap() {
                CallToolResponse::Complete(r) => r,
                other => panic!("expected a result, got {other:?}"),
            }
        }
    };
    let first = retry(state.clone()).await;
    assert!(first.is_error != Some(true), "{}", text(&first));
    for _ in 0..3 {
        let again = retry(state.clone()).await;
        assert!(text(&again).contains("already used"), "{}", text(&again));
    }
    f.cancel().await.unwrap();

    // One audit chain: it verifies after the mixed run, and one changed byte is named.
    let (ok_, out) = c.audit_verify();
    assert!(ok_, "{out}");
    let records: u64 = c.psql("SELECT count(*) FROM audit_log").parse().unwrap();
    assert!(records > 20, "{records} records");
    let seq = records / 2;
    c.psql(&format!(
        "UPDATE audit_log SET line = replace(line, '\"kind\":\"', '\"kind\":\"x') WHERE seq = {seq}"
    ));
    let (ok_, out) = c.audit_verify();
    assert!(!ok_, "a changed record must fail: {out}");
    assert!(out.contains(&format!("record {seq} ")), "{out}");

    // Discovery's per-user set is in the database: found at one instance, listed at all.
    let token = c.token("grace");
    let g = connect(&c, &token, true).await;
    let found = ok(&call(&g, "actions__find", json!({"query": "交电费"})).await);
    let tool = found["results"][0]["tool"].as_str().unwrap().to_string();
    g.cancel().await.unwrap();
    for i in 1..=3 {
        let direct = common::connect_http(
            Accepting,
            &format!("{}/mcp", c.instance(i)),
            Some(&token),
            true,
        )
        .await;
        let listed = direct.list_all_tools().await.unwrap();
        assert!(
            listed.len() <= 30 && listed.iter().any(|t| t.name == tool),
            "instance {i} lists the found {tool} ({} tools)",
            listed.len()
        );
        direct.cancel().await.unwrap();
    }

    // A database migrated by a newer build: refused, saying so, nothing changed.
    let version = c.psql("SELECT version FROM schema_version");
    c.psql("UPDATE schema_version SET version = version + 1");
    let out = c.cli(&["token", "list"], None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("newer than this build knows"), "{err}");
    assert_eq!(
        c.psql("SELECT version FROM schema_version"),
        (version.parse::<i64>().unwrap() + 1).to_string()
    );
}

/// A public read (no personal data: the `none` tier).
async fn public_read<H: rmcp::ClientHandler>(
    c: &rmcp::service::RunningService<rmcp::service::RoleClient, H>,
) -> rmcp::model::CallToolResult {
    call(
        c,
        "fx__get_exchange_rate",
        json!({"from": "USD", "to": "CNY"}),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn with_postgresql_down_public_reads_work_writes_are_refused_and_it_recovers() {
    let c = Cluster::up(None);
    let http = reqwest::Client::new();
    let token = c.token("grace");
    let g = connect(&c, &token, true).await;
    // Each instance has verified the token before the outage (round robin).
    for _ in 0..6 {
        ok(&public_read(&g).await);
    }
    let bill = ok(&call(&g, "utility_bills__query_bills", json!({"utility": "gas"})).await);
    assert!(bill["outstanding_fen"].as_i64().unwrap() > 0);

    c.script_ok(&["pg-stop"]);
    // Public reads keep working, at every instance.
    for _ in 0..3 {
        let r = public_read(&g).await;
        assert!(r.is_error != Some(true), "{}", text(&r));
    }
    // Anything that needs the store fails closed, saying why.
    let r = call(&g, "utility_bills__query_bills", json!({"utility": "gas"})).await;
    assert_eq!(r.is_error, Some(true), "{}", text(&r));
    assert!(
        text(&r).contains("data store") && text(&r).contains("nothing was done"),
        "{}",
        text(&r)
    );
    let r = call(&g, PAY, json!({"utility": "gas"})).await;
    assert_eq!(r.is_error, Some(true), "{}", text(&r));
    assert!(!text(&r).contains("/approve/"), "{}", text(&r));
    let health = healthz(&http, &c.instance(1)).await;
    assert_eq!(health["database"]["reachable"], false, "{health}");
    assert_eq!(health["status"], "degraded", "{health}");

    // Back without restarting any instance.
    c.script_ok(&["pg-start"]);
    let mut recovered = false;
    for _ in 0..50 {
        let r = call(&g, "utility_bills__query_bills", json!({"utility": "gas"})).await;
        if r.is_error != Some(true) {
            assert_eq!(
                ok(&r)["outstanding_fen"],
                bill["outstanding_fen"],
                "nothing half-applied"
            );
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(recovered, "the instances reconnect by themselves");
    let health = healthz(&http, &c.instance(2)).await;
    assert_eq!(health["database"]["reachable"], true, "{health}");
    // And a payment goes through the page and pays once.
    let r = call(&g, PAY, json!({"utility": "gas"})).await;
    let link = common::link_in(&r);
    approve(&http, &link).await;
    let receipt = ok(&call(&g, PAY, json!({"utility": "gas"})).await);
    assert_eq!(receipt["status"], "paid", "{receipt}");
    let (ok_, out) = c.audit_verify();
    assert!(ok_, "{out}");
    g.cancel().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_instance_killed_inside_a_payment_is_settled_elsewhere_without_paying_again() {
    // The container answers 30 s after executing: the instance is killed in between.
    let bridge = common::start_bridge("delay-after-execute");
    let c = Cluster::up(Some(&bridge.url));
    let http = reqwest::Client::new();
    let token = c.token("heidi");
    let pay = json!({"utility": "electricity"});

    // Approve through HAProxy.
    let h = connect(&c, &token, true).await;
    let bill = ok(&call(&h, "utility_bills__query_bills", pay.clone()).await);
    let r = call(&h, PAY, pay.clone()).await;
    let link = common::link_in(&r);
    approve(&http, &link).await;
    h.cancel().await.unwrap();

    // The payment, sent to instance 1 directly; killed while the bridge holds the answer.
    let one = common::connect_http(
        Accepting,
        &format!("{}/mcp", c.instance(1)),
        Some(&token),
        true,
    )
    .await;
    let pending = tokio::spawn(async move {
        let r = one
            .call_tool(params(PAY, json!({"utility": "electricity"})))
            .await;
        drop(one);
        r
    });
    let mut intent = false;
    for _ in 0..100 {
        if c.psql("SELECT count(*) FROM audit_log WHERE line LIKE '%\"kind\":\"intent\"%'") != "0" {
            intent = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(intent, "the durable intent was written");
    tokio::time::sleep(Duration::from_millis(500)).await;
    c.script_ok(&["kill", "1"]);
    let r = pending.await.unwrap();
    assert!(
        r.is_err() || r.unwrap().is_error == Some(true),
        "the killed call has no receipt"
    );

    // The retry reaches instance 2: settled from the container's record, not paid again.
    let two = common::connect_http(
        Accepting,
        &format!("{}/mcp", c.instance(2)),
        Some(&token),
        true,
    )
    .await;
    let r = call(&two, PAY, pay.clone()).await;
    let receipt = ok(&r);
    assert_eq!(receipt["status"], "paid", "{receipt}");
    // The container's record of the first attempt answers (replayed, or read back by
    // a status query with the same key after the container's late answer).
    assert!(
        receipt["replayed"] == true || c.log(2).contains("settling by status query"),
        "the earlier payment, not a new one: {receipt}"
    );
    assert_eq!(
        receipt["amount_fen"], bill["outstanding_fen"],
        "one payment of the bill: {receipt}"
    );
    let after = ok(&call(&two, "utility_bills__query_bills", pay.clone()).await);
    assert_eq!(after["outstanding_fen"], 0, "{after}");
    let (ok_, out) = c.audit_verify();
    assert!(ok_, "{out}");
    let intents = c.psql("SELECT count(*) FROM audit_log WHERE line LIKE '%\"kind\":\"intent\"%'");
    assert_eq!(
        intents, "2",
        "one intent per attempt, both with the approval's key"
    );
    two.cancel().await.unwrap();
}

/// Mistakes in the database settings are named at start-up, before anything is served
/// (no PostgreSQL needed: the server refuses before or at connecting).
#[test]
fn database_settings_are_checked_at_start_up() {
    let dir = common::tmpdir("mpmcp-dbargs");
    let serve = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
            .args(["serve", "--http", "127.0.0.1:0"])
            .args(extra)
            .env("MINIPROGRAM_MCP_LOG", "warn")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(!out.status.success(), "{extra:?} must not start");
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    // Port 1 on loopback: nothing listens there.
    let url = "postgres://mcp:s3cret@127.0.0.1:1/mcp";
    let err = serve(&["--database-url", url]);
    assert!(err.contains("--state-key-file"), "{err}");
    let short = dir.join("short.key");
    std::fs::write(&short, "too short").unwrap();
    let err = serve(&[
        "--database-url",
        url,
        "--state-key-file",
        short.to_str().unwrap(),
    ]);
    assert!(err.contains("at least 32"), "{err}");
    let key = dir.join("state.key");
    std::fs::write(&key, "0123456789abcdef0123456789abcdef0123456789abcdef").unwrap();
    let err = serve(&[
        "--database-url",
        url,
        "--state-key-file",
        key.to_str().unwrap(),
    ]);
    assert!(
        err.contains("cannot open the data store") && err.contains("127.0.0.1:1"),
        "{err}"
    );
    assert!(
        !err.contains("s3cret"),
        "the password is never shown: {err}"
    );
    let err = serve(&[
        "--database-url",
        "mysql://x",
        "--state-key-file",
        key.to_str().unwrap(),
    ]);
    assert!(err.contains("database URL"), "{err}");
}
