//! Crash soak for the scale-out (not in CI; bounded; loopback only).
//!
//! Starts a local cluster (`scripts/cluster.sh`: PostgreSQL, three instances, HAProxy),
//! then runs N cycles. Each cycle: a fresh user approves one electricity payment on the
//! page, sends `--concurrency` identical payment calls through HAProxy, one instance is
//! SIGKILLed at a random moment while they run, it is restarted, and the payment is
//! retried through HAProxy until a receipt comes back. Then it counts, from the
//! container's own idempotency records in the shared database, how many payments were
//! executed for that user. At the end it prints payments made, double payments and
//! lost receipts, and checks the shared audit chain.
//!
//! Run: `cargo build --release && cargo run --release --example soak -- --cycles 1000`

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use clap::Parser;
use rmcp::model::{CallToolRequestParams, CallToolResult, ProtocolVersion};
use rmcp::service::{RoleClient, RunningService};
use rmcp::{ClientHandler, ClientLifecycleMode, ClientServiceExt};
use serde_json::{Value, json};

#[derive(Parser)]
struct Args {
    /// Crash cycles to run.
    #[arg(long, default_value_t = 100)]
    cycles: u32,
    /// Identical payment calls in flight when the instance is killed.
    #[arg(long, default_value_t = 5)]
    concurrency: usize,
    /// The cluster's directory (removed at the end).
    #[arg(long, default_value = "/tmp/mpmcp-soak")]
    dir: PathBuf,
}

#[derive(Clone)]
struct Client;
impl ClientHandler for Client {}

type Conn = RunningService<RoleClient, Client>;

const PAY: &str = "utility_bills__pay_bill";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn binary() -> PathBuf {
    root().join("target/release/miniprogram-mcp")
}

fn cluster(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    Command::new(root().join("scripts/cluster.sh"))
        .arg(args[0])
        .arg(dir)
        .args(&args[1..])
        .env("MPMCP_BIN", binary())
        .env("MINIPROGRAM_MCP_LOG", "warn")
        .output()
        .expect("scripts/cluster.sh runs")
}

async fn connect(url: &str, token: &str) -> Result<Conn, String> {
    let cfg =
        rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig::with_uri(
            url.to_string(),
        )
        .auth_header(token.to_string());
    let t =
        rmcp::transport::StreamableHttpClientTransport::with_client(reqwest::Client::new(), cfg);
    Client
        .serve_with_lifecycle(
            t,
            ClientLifecycleMode::Discover {
                preferred_versions: vec![ProtocolVersion::V_2026_07_28],
            },
        )
        .await
        .map_err(|e| e.to_string())
}

async fn pay(url: &str, token: &str) -> Result<CallToolResult, String> {
    let c = connect(url, token).await?;
    let p = CallToolRequestParams::new(PAY.to_string()).with_arguments(
        json!({"utility": "electricity"})
            .as_object()
            .expect("an object")
            .clone(),
    );
    let r = tokio::time::timeout(Duration::from_secs(60), c.call_tool(p))
        .await
        .map_err(|_| "timed out".to_string())?
        .map_err(|e| e.to_string());
    let _ = c.cancel().await;
    r
}

fn receipt(r: &CallToolResult) -> Option<Value> {
    (r.is_error != Some(true))
        .then(|| r.structured_content.clone())
        .flatten()
        .filter(|v| v["receipt_no"].is_string())
}

fn link(r: &CallToolResult) -> Option<String> {
    let text: String = r
        .content
        .iter()
        .filter_map(|c| c.as_text().map(|t| t.text.clone()))
        .collect();
    let i = text.find("http://")?;
    Some(
        text[i..]
            .split(|c: char| c.is_whitespace())
            .next()?
            .trim_end_matches(['.', ',', ')'])
            .to_string(),
    )
}

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() {
    let args = Args::parse();
    assert!(
        binary().exists(),
        "{} is missing: run `cargo build --release` first",
        binary().display()
    );
    let _ = cluster(&["down"], &args.dir);
    let up = cluster(&["up"], &args.dir);
    assert!(
        up.status.success(),
        "cluster up: {}",
        String::from_utf8_lossy(&up.stderr)
    );
    let env: std::collections::HashMap<String, String> =
        std::fs::read_to_string(args.dir.join("cluster.env"))
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
    let url = env["MCP_URL"].clone();
    let db_url = env["DATABASE_URL"].clone();
    let instances: u32 = env["INSTANCES"].parse().unwrap();
    let http = reqwest::Client::new();
    let db = miniprogram_mcp::store::Store::open_url(&db_url, 2).expect("the database");
    let run = uuid::Uuid::new_v4().simple().to_string()[..6].to_string();

    let (mut payments, mut doubles, mut lost, mut interrupted) = (0u64, 0u64, 0u64, 0u64);
    let started = Instant::now();
    for cycle in 1..=args.cycles {
        let user = format!("soak{run}c{cycle}");
        let out = Command::new(binary())
            .args([
                "token",
                "create",
                "--user",
                &user,
                "--database-url",
                &db_url,
            ])
            .env("MINIPROGRAM_MCP_LOG", "warn")
            .output()
            .unwrap();
        let token = String::from_utf8_lossy(&out.stdout).trim().to_string();

        // Approve once, through HAProxy.
        let first = pay(&url, &token).await.expect("the first call answers");
        let Some(link) = link(&first) else {
            panic!("cycle {cycle}: no approval link: {first:?}");
        };
        miniprogram_mcp::scenario::run::decide_on_page(
            &http,
            &link,
            miniprogram_mcp::app::DEMO_PIN,
            "approve",
            &[],
        )
        .await
        .unwrap_or_else(|e| panic!("cycle {cycle}: approval: {e}"));

        // Concurrent identical calls; an instance dies while they run.
        let calls: Vec<_> = (0..args.concurrency)
            .map(|_| {
                let (url, token) = (url.clone(), token.clone());
                tokio::spawn(async move { pay(&url, &token).await })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(rand::random::<u64>() % 60)).await;
        let victim = 1 + rand::random::<u32>() % instances;
        cluster(&["kill", &victim.to_string()], &args.dir);
        let mut receipts = Vec::new();
        for c in calls {
            match c.await.unwrap() {
                Ok(r) => match receipt(&r) {
                    Some(v) => receipts.push(v),
                    None => interrupted += 1,
                },
                Err(_) => interrupted += 1,
            }
        }
        let restarted = cluster(&["start", &victim.to_string()], &args.dir);
        assert!(
            restarted.status.success(),
            "restart: {}",
            String::from_utf8_lossy(&restarted.stderr)
        );

        // Retry until the receipt comes back.
        let mut settled = None;
        for _ in 0..40 {
            if let Ok(r) = pay(&url, &token).await
                && let Some(v) = receipt(&r)
            {
                settled = Some(v);
                break;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        let executed: i64 = db
            .with(|c| {
                c.query_row(
                    "SELECT count(*) FROM sb_idempotency WHERE user_id = ?1 AND reply LIKE '%receipt_no%'",
                    &[&user as &dyn miniprogram_mcp::db::Param],
                    |r| r.get(0),
                )
            })
            .unwrap_or(-1);
        payments += executed.max(0) as u64;
        if executed > 1 {
            doubles += 1;
            eprintln!("cycle {cycle}: DOUBLE PAYMENT ({executed} executions) for {user}");
        }
        match &settled {
            None => {
                lost += 1;
                eprintln!("cycle {cycle}: LOST RECEIPT for {user} ({executed} executions)");
            }
            Some(s) => {
                if receipts.iter().any(|r| r["receipt_no"] != s["receipt_no"]) {
                    doubles += 1;
                    eprintln!("cycle {cycle}: two different receipts for {user}");
                }
            }
        }
        if cycle % 50 == 0 || cycle == args.cycles {
            eprintln!(
                "{cycle} cycles in {:.0} s: payments {payments}, double payments {doubles}, lost receipts {lost}, calls cut by the kill {interrupted}",
                started.elapsed().as_secs_f64()
            );
        }
    }
    let verify = Command::new(binary())
        .args(["audit", "verify", "--database-url", &db_url])
        .output()
        .unwrap();
    let verify_text = String::from_utf8_lossy(&verify.stdout).trim().to_string();
    println!(
        "soak: {} crash cycles ({} instances, {} concurrent calls each, one SIGKILL per cycle): payments made {payments}, double payments {doubles}, lost receipts {lost}, calls cut by the kill {interrupted}; audit: {verify_text}; {:.0} s",
        args.cycles,
        instances,
        args.concurrency,
        started.elapsed().as_secs_f64()
    );
    drop(db);
    let _ = cluster(&["down"], &args.dir);
    if doubles > 0 || lost > 0 || !verify.status.success() {
        std::process::exit(1);
    }
}
