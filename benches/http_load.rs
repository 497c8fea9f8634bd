//! This server against a minimal rmcp server with the same one tool, measured side by
//! side in the same run (a noisy shared machine moves absolute figures 2x between runs;
//! the ratio is what is reported).
//!
//! - HTTP: N concurrent sessions call `loans__check_loan_rate` in a loop for a few seconds,
//!   in each era; calls/s, p50/p99 latency and, at the largest N, resident memory.
//! - stdio: one client calls it sequentially, in each era.
//!
//! The reference ("baseline") is this bench binary itself, re-executed with
//! `MPMCP_BASELINE=http|stdio`: a hand-written rmcp `ServerHandler` publishing the same tool
//! definition and answering it from the same embedded sandbox, served with rmcp's default
//! streamable HTTP configuration (SSE replies; TCP_NODELAY set) or stdio, and nothing
//! else: no prefill, consent, audit, metrics, limits or authentication, the system
//! allocator. It is a yardstick, not product code.
//!
//! The servers run on core 0 and this generator on core 1 (taskset) when possible.
//! Run with: `cargo bench --bench http_load` (optionally `-- 1 50 500` for the session counts).
//! It speaks MCP over HTTP itself (raw JSON-RPC with reqwest) to keep the client cheap.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

/// Seconds per step: 4, or `MPMCP_BENCH_SECS` (a longer step shows memory that grows
/// with the calls made, such as responses kept for stream resumption).
fn secs() -> u64 {
    static S: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *S.get_or_init(|| {
        std::env::var("MPMCP_BENCH_SECS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(4)
    })
}

struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Which server a measurement is of.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Ours,
    Baseline,
}

fn command(target: Target) -> Command {
    let bin = match target {
        Target::Ours => std::path::PathBuf::from(env!("CARGO_BIN_EXE_miniprogram-mcp")),
        Target::Baseline => std::env::current_exe().unwrap(),
    };
    let pinned = Command::new("taskset").arg("-V").output().is_ok();
    let mut c = if pinned {
        let mut c = Command::new("taskset");
        c.arg("-c").arg("0").arg(bin);
        c
    } else {
        Command::new(bin)
    };
    c.env("MINIPROGRAM_MCP_LOG", "error");
    c
}

fn start_server(target: Target) -> Server {
    start_server_with(target, &["--in-memory"])
}

/// Ours with a store chosen by `store_args` (`--in-memory`, `--data-dir D`, or
/// `--database-url U --state-key-file F`).
fn start_server_with(target: Target, store_args: &[&str]) -> Server {
    use std::io::{BufRead, BufReader};
    let mut cmd = command(target);
    match target {
        Target::Ours => {
            cmd.args([
                "serve",
                "--http",
                "127.0.0.1:0",
                "--rate-limit",
                "1000000000",
            ]);
            cmd.args(store_args);
        }
        Target::Baseline => {
            cmd.env("MPMCP_BASELINE", "http");
        }
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let url = loop {
        line.clear();
        assert!(reader.read_line(&mut line).unwrap() > 0, "server exited");
        if let Some(i) = line.find("http://") {
            break line[i..]
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
        }
    };
    std::thread::spawn(move || for _ in reader.lines() {});
    Server { child, url }
}

fn rss_mib(pid: u32) -> f64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1024.0
}

const ARGS: &str = r#"{"product":"personal_consumer","term_months":12}"#;

/// What a session calls in its loop, and a string every good reply contains.
#[derive(Clone, Copy)]
struct Call {
    tool: &'static str,
    args: &'static str,
    expect: &'static str,
}

/// The public read (tier `none`) that the reference server also serves.
const PUBLIC: Call = Call {
    tool: "loans__check_loan_rate",
    args: ARGS,
    expect: "lpr_tenor",
};

/// A personal read (tier `confirm`), with a 30-minute grant set up first: prefill from
/// the saved defaults, the grant check and the container's read all touch the store.
const CONFIRM: Call = Call {
    tool: "utility_bills__query_bills",
    args: r#"{"utility":"electricity"}"#,
    expect: "outstanding_fen",
};

/// One session's loop; returns per-call latencies.
async fn session_of(
    url: String,
    modern: bool,
    until: Instant,
    call: Call,
) -> Result<Vec<Duration>, String> {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(1)
        .tcp_nodelay(true)
        .build()
        .unwrap();
    let accept = "application/json, text/event-stream";
    let mut session_id = None;
    if !modern {
        let init = json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "load", "version": "1"}}});
        let r = http
            .post(&url)
            .header("accept", accept)
            .json(&init)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let id = r
            .headers()
            .get("mcp-session-id")
            .ok_or("no session id")?
            .to_str()
            .unwrap()
            .to_string();
        let _ = r.bytes().await;
        let note = json!({"jsonrpc": "2.0", "method": "notifications/initialized"});
        http.post(&url)
            .header("accept", accept)
            .header("mcp-session-id", &id)
            .header("mcp-protocol-version", "2025-11-25")
            .json(&note)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        session_id = Some(id);
    }
    let args: serde_json::Value = serde_json::from_str(call.args).unwrap();
    let mut lat = Vec::new();
    let mut n = 1u64;
    while Instant::now() < until {
        n += 1;
        let mut params = json!({"name": call.tool, "arguments": args});
        if modern {
            params["_meta"] = json!({"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}});
        }
        let body = json!({"jsonrpc": "2.0", "id": n, "method": "tools/call", "params": params});
        let mut req = http.post(&url).header("accept", accept).json(&body);
        req = if let Some(id) = &session_id {
            req.header("mcp-session-id", id)
                .header("mcp-protocol-version", "2025-11-25")
        } else {
            req.header("mcp-protocol-version", "2026-07-28")
                .header("mcp-method", "tools/call")
                .header("mcp-name", call.tool)
        };
        let t = Instant::now();
        let r = req.send().await.map_err(|e| e.to_string())?;
        let status = r.status();
        let text = r.text().await.map_err(|e| e.to_string())?;
        if !status.is_success() || !text.contains(call.expect) {
            return Err(format!(
                "bad reply {status}: {}",
                &text[..text.len().min(200)]
            ));
        }
        lat.push(t.elapsed());
    }
    // Done, as a client that closes its session says so (spec: SHOULD send DELETE),
    // so that the next step measures its own sessions, not these left idle beside them.
    if let Some(id) = &session_id {
        let _ = http
            .delete(&url)
            .header("mcp-session-id", id)
            .header("mcp-protocol-version", "2025-11-25")
            .send()
            .await;
    }
    Ok(lat)
}

/// One measurement.
#[derive(Clone, Copy, Default)]
struct Stat {
    calls_per_s: f64,
    p50: Duration,
    p99: Duration,
    errors: usize,
    rss_mib: Option<f64>,
}

async fn run(url: &str, sessions: usize, modern: bool, pid: u32, report_memory: bool) -> Stat {
    run_of(url, sessions, modern, pid, report_memory, PUBLIC).await
}

async fn run_of(
    url: &str,
    sessions: usize,
    modern: bool,
    pid: u32,
    report_memory: bool,
    call: Call,
) -> Stat {
    let until = Instant::now() + Duration::from_secs(secs());
    let start = Instant::now();
    let url = Arc::new(url.to_string());
    let tasks: Vec<_> = (0..sessions)
        .map(|_| tokio::spawn(session_of((*url).clone(), modern, until, call)))
        .collect();
    // Memory while all sessions are live.
    let rss_mib = if report_memory {
        tokio::time::sleep(Duration::from_secs(secs() / 2)).await;
        Some(rss_mib(pid))
    } else {
        None
    };
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(l) => all.extend(l),
            Err(_) => errors += 1,
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    all.sort();
    Stat {
        calls_per_s: all.len() as f64 / elapsed,
        p50: percentile(&all, 0.5),
        p99: percentile(&all, 0.99),
        errors,
        rss_mib,
    }
}

/// Two measurements of the same thing, averaged (the steps run as A B B A, so that a
/// drift in the machine's load during the pair falls on both sides alike).
fn mean(x: Stat, y: Stat) -> Stat {
    Stat {
        calls_per_s: (x.calls_per_s + y.calls_per_s) / 2.0,
        p50: (x.p50 + y.p50) / 2,
        p99: (x.p99 + y.p99) / 2,
        errors: x.errors + y.errors,
        // The first run's: the second one's legacy sessions sit beside the first's
        // (they end after the idle timeout), which is not what one run costs.
        rss_mib: x.rss_mib,
    }
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted
        .get(((sorted.len().max(1) - 1) as f64 * q) as usize)
        .copied()
        .unwrap_or_default()
}

/// Sequential calls over stdio for `secs()`, through rmcp's client.
async fn stdio_run(target: Target, modern: bool) -> Stat {
    use rmcp::model::{CallToolRequestParams, ProtocolVersion};
    use rmcp::transport::TokioChildProcess;
    use rmcp::{ClientLifecycleMode, ClientServiceExt, ServiceExt};
    let mut cmd = tokio::process::Command::from(command(target));
    match target {
        Target::Ours => {
            cmd.args(["serve", "--in-memory"]);
        }
        Target::Baseline => {
            cmd.env("MPMCP_BASELINE", "stdio");
        }
    }
    let transport = TokioChildProcess::new(cmd).unwrap();
    let client = if modern {
        ().serve_with_lifecycle(
            transport,
            ClientLifecycleMode::Discover {
                preferred_versions: vec![ProtocolVersion::V_2026_07_28],
            },
        )
        .await
    } else {
        ().serve(transport).await
    }
    .unwrap();
    let args: serde_json::Value = serde_json::from_str(ARGS).unwrap();
    let args = args.as_object().unwrap().clone();
    let call = || {
        client.call_tool(
            CallToolRequestParams::new("loans__check_loan_rate").with_arguments(args.clone()),
        )
    };
    for _ in 0..200 {
        call().await.unwrap();
    }
    let mut lat = Vec::new();
    let mut errors = 0;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(secs()) {
        let t = Instant::now();
        match call().await {
            Ok(r) if r.is_error != Some(true) => lat.push(t.elapsed()),
            _ => errors += 1,
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    let _ = client.cancel().await;
    lat.sort();
    Stat {
        calls_per_s: lat.len() as f64 / elapsed,
        p50: percentile(&lat, 0.5),
        p99: percentile(&lat, 0.99),
        errors,
        rss_mib: None,
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn row(label: &str, ours: Stat, reference: Stat) {
    let mem = match (ours.rss_mib, reference.rss_mib) {
        (Some(a), Some(b)) => format!(" {a:.0} / {b:.0} MiB = {:.2}x |", a / b),
        _ => " |".into(),
    };
    println!(
        "| {label} | {:.0} / {:.0} = **{:.2}x** | {} / {} | {} / {} |{mem}{}",
        ours.calls_per_s,
        reference.calls_per_s,
        ours.calls_per_s / reference.calls_per_s.max(1.0),
        ms(ours.p50),
        ms(reference.p50),
        ms(ours.p99),
        ms(reference.p99),
        if ours.errors + reference.errors > 0 {
            format!(" errors {} / {}", ours.errors, reference.errors)
        } else {
            String::new()
        }
    );
}

fn main() {
    match std::env::var("MPMCP_BASELINE").as_deref() {
        Ok("http") => return baseline::serve_http(),
        Ok("stdio") => return baseline::serve_stdio(),
        _ => {}
    }
    let counts: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let counts = if counts.is_empty() {
        vec![1, 50, 500]
    } else {
        counts
    };
    // The generator on core 1 (the servers are on core 0).
    let _ = Command::new("taskset")
        .args(["-p", "-c", "1", &std::process::id().to_string()])
        .output();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let max = *counts.iter().max().unwrap();
    println!(
        "ours / a minimal rmcp server with the same tool, measured side by side ({} s per step, A B B A, averaged)\n",
        secs()
    );
    println!("| transport, era, sessions | calls/s | p50 | p99 | RSS |");
    println!("|---|---|---|---|---|");
    for modern in [false, true] {
        let era = if modern { "2026-07-28" } else { "2025-11-25" };
        // Fresh servers per era, so that memory reflects that era's sessions.
        let ours = start_server(Target::Ours);
        let reference = start_server(Target::Baseline);
        rt.block_on(async {
            for &n in &counts {
                let a1 = run(&ours.url, n, modern, ours.child.id(), n == max).await;
                let b1 = run(&reference.url, n, modern, reference.child.id(), n == max).await;
                let b2 = run(&reference.url, n, modern, reference.child.id(), n == max).await;
                let a2 = run(&ours.url, n, modern, ours.child.id(), n == max).await;
                row(&format!("HTTP {era}, {n}"), mean(a1, a2), mean(b1, b2));
            }
        });
    }
    for modern in [false, true] {
        let era = if modern { "2026-07-28" } else { "2025-11-25" };
        let (a, b) = rt.block_on(async {
            let a1 = stdio_run(Target::Ours, modern).await;
            let b1 = stdio_run(Target::Baseline, modern).await;
            let b2 = stdio_run(Target::Baseline, modern).await;
            let a2 = stdio_run(Target::Ours, modern).await;
            (mean(a1, a2), mean(b1, b2))
        });
        row(&format!("stdio {era}, 1"), a, b);
    }
    if counts.contains(&50) || std::env::var_os("MPMCP_BENCH_DB").is_some() {
        database_section(&rt);
    }
}

/// SQLite against PostgreSQL (a throwaway server from `scripts/cluster.sh db-up`), at
/// 50 sessions, for a public read and a confirm-tier read, each era; every figure as a
/// ratio against the reference server's public read measured in the same run, plus the
/// database round trips per call (from the server's `/metrics`).
fn database_section(rt: &tokio::runtime::Runtime) {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("mpmcp-bench-db-{}", std::process::id()));
    let script = root.join("scripts/cluster.sh");
    // A port free now, not the script's fixed default: a test's cluster may still hold it.
    let pg_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap();
    let up = Command::new(&script)
        .arg("db-up")
        .arg(&dir)
        .env("CLUSTER_PG_PORT", pg_port.to_string())
        .output()
        .unwrap();
    if !up.status.success() {
        println!(
            "\nPostgreSQL columns skipped: {}",
            String::from_utf8_lossy(&up.stderr).trim()
        );
        return;
    }
    let env = std::fs::read_to_string(dir.join("cluster.env")).unwrap();
    let url = env
        .lines()
        .find_map(|l| l.strip_prefix("DATABASE_URL="))
        .unwrap()
        .to_string();
    let key = dir.join("state.key");
    let sqlite_dir = dir.join("sqlite");
    let (key, sqlite_dir) = (key.to_str().unwrap(), sqlite_dir.to_str().unwrap());
    let sessions = 50;
    println!(
        "\nSQLite and PostgreSQL, {sessions} sessions, ours / the reference's public read ({} s per step)\n",
        secs()
    );
    println!("| store, call (tier), era | calls/s | p50 | p99 | round trips per call |");
    println!("|---|---|---|---|---|");
    for (label, store_args) in [
        ("SQLite", vec!["--data-dir", sqlite_dir]),
        (
            "PostgreSQL",
            vec!["--database-url", &url, "--state-key-file", key],
        ),
    ] {
        let ours = start_server_with(Target::Ours, &store_args);
        let reference = start_server(Target::Baseline);
        rt.block_on(async {
            grant_30_minutes(&ours.url, CONFIRM).await;
            for modern in [false, true] {
                let era = if modern { "2026-07-28" } else { "2025-11-25" };
                for (call, tier) in [(PUBLIC, "none"), (CONFIRM, "confirm")] {
                    let pid = ours.child.id();
                    let before = round_trips(&ours.url).await;
                    let a1 = run_of(&ours.url, sessions, modern, pid, false, call).await;
                    let trips = round_trips(&ours.url).await - before;
                    let calls = a1.calls_per_s * secs() as f64;
                    let rpid = reference.child.id();
                    let b1 = run(&reference.url, sessions, modern, rpid, false).await;
                    let b2 = run(&reference.url, sessions, modern, rpid, false).await;
                    let a2 = run_of(&ours.url, sessions, modern, pid, false, call).await;
                    let (a, b) = (mean(a1, a2), mean(b1, b2));
                    row(&format!("{label}, {} ({tier}), {era}", call.tool), a, b);
                    println!(
                        "|   ↳ round trips per call | | | | {:.2} |",
                        trips / calls.max(1.0)
                    );
                }
            }
        });
    }
    let _ = Command::new(&script).arg("down").arg(&dir).output();
}

/// The server's database round trips so far (`/metrics`).
async fn round_trips(mcp_url: &str) -> f64 {
    let base = mcp_url.trim_end_matches("/mcp");
    let text = reqwest::get(format!("{base}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find(|l| l.starts_with("miniprogram_mcp_database_round_trips"))
        .and_then(|l| l.rsplit(' ').next()?.parse().ok())
        .unwrap_or(0.0)
}

/// Answers the confirmation of `call` once with "for 30 minutes" (a 2026-07-28 MRTR
/// round), so that the load then runs without prompts in either era.
async fn grant_30_minutes(url: &str, call: Call) {
    let http = reqwest::Client::new();
    let args: serde_json::Value = serde_json::from_str(call.args).unwrap();
    let meta = json!({"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {"elicitation": {"form": {}}}});
    let send = |params: serde_json::Value| {
        let http = http.clone();
        async move {
            let body = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": params});
            let r = http
                .post(url)
                .header("accept", "application/json, text/event-stream")
                .header("mcp-protocol-version", "2026-07-28")
                .header("mcp-method", "tools/call")
                .header("mcp-name", call.tool)
                .json(&body)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let json_text = r
                .lines()
                .find_map(|l| l.strip_prefix("data: "))
                .unwrap_or(&r)
                .to_string();
            serde_json::from_str::<serde_json::Value>(&json_text).unwrap()
        }
    };
    let first = send(json!({"name": call.tool, "arguments": args, "_meta": meta})).await;
    let state = first["result"]["requestState"]
        .as_str()
        .unwrap_or_else(|| panic!("expected an input request: {first}"))
        .to_string();
    let second = send(json!({
        "name": call.tool, "arguments": args, "_meta": meta,
        "requestState": state,
        "inputResponses": {"consent": {"action": "accept", "content": {"remember": "30m"}}}
    }))
    .await;
    assert!(
        second.to_string().contains(call.expect),
        "the confirmed call answers: {second}"
    );
}

/// The reference server: rmcp and the one tool, nothing else.
mod baseline {
    use std::sync::Arc;

    use miniprogram_mcp::bridge::wire::{InvokeRequest, InvokeStatus};
    use miniprogram_mcp::sandbox::Sandbox;
    use miniprogram_mcp::store::Store;
    use rmcp::model::{
        CallToolRequestParams, CallToolResponse, CallToolResult, ListToolsResult,
        PaginatedRequestParams, ServerCapabilities, ServerConfig, Tool,
    };
    use rmcp::service::RequestContext;
    use rmcp::{ErrorData, RoleServer, ServerHandler, ServiceExt};

    const TOOL: &str = "loans__check_loan_rate";

    #[derive(Clone)]
    struct Baseline {
        tool: Tool,
        sandbox: Arc<Sandbox>,
    }

    impl Baseline {
        fn new() -> Baseline {
            let (reg, _) = miniprogram_mcp::registry::Registry::build(
                &miniprogram_mcp::manifest::embedded_catalog(),
                false,
            )
            .expect("the demo catalogue");
            let spec = reg.get(TOOL).expect("the loan rate tool");
            Baseline {
                tool: miniprogram_mcp::mcp::tools::to_tool(spec, true),
                sandbox: Arc::new(Sandbox::new(Store::in_memory().unwrap()).unwrap()),
            }
        }
    }

    impl ServerHandler for Baseline {
        fn get_info(&self) -> ServerConfig {
            ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
        }

        async fn list_tools(
            &self,
            _request: Option<PaginatedRequestParams>,
            _ctx: RequestContext<RoleServer>,
        ) -> Result<ListToolsResult, ErrorData> {
            Ok(ListToolsResult::with_all_items(vec![self.tool.clone()]))
        }

        fn get_tool(&self, name: &str) -> Option<Tool> {
            (name == TOOL).then(|| self.tool.clone())
        }

        async fn call_tool(
            &self,
            request: CallToolRequestParams,
            _ctx: RequestContext<RoleServer>,
        ) -> Result<CallToolResponse, ErrorData> {
            if request.name != TOOL {
                return Err(ErrorData::invalid_params("unknown tool", None));
            }
            let reply = self.sandbox.invoke(&InvokeRequest {
                request_id: uuid::Uuid::new_v4().to_string(),
                idempotency_key: None,
                user: "bench".into(),
                app_id: "mp.bank.loans".into(),
                action: "loans.check_loan_rate".into(),
                arguments: request.arguments.unwrap_or_default(),
            });
            match (reply.status, reply.result) {
                (InvokeStatus::Ok, Some(r)) => Ok(CallToolResult::structured(r.into()).into()),
                _ => Ok(
                    CallToolResult::structured_error(serde_json::json!({"error": "failed"})).into(),
                ),
            }
        }
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    pub fn serve_http() {
        use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
        use rmcp::transport::{StreamableHttpServerConfig, StreamableHttpService};
        runtime().block_on(async {
            let handler = Baseline::new();
            let service = StreamableHttpService::new(
                move || Ok(handler.clone()),
                Arc::new(LocalSessionManager::default()),
                StreamableHttpServerConfig::default(),
            );
            let router = axum::Router::new().nest_service("/mcp", service);
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            eprintln!("baseline at http://{}/mcp", listener.local_addr().unwrap());
            // TCP_NODELAY as any HTTP server should (without it, Nagle and delayed ACKs
            // add 40 ms to every streamed reply).
            use axum::serve::ListenerExt;
            let listener = listener.tap_io(|tcp| {
                let _ = tcp.set_nodelay(true);
            });
            axum::serve(listener, router).await.unwrap();
        });
    }

    pub fn serve_stdio() {
        runtime().block_on(async {
            let running = Baseline::new()
                .serve(rmcp::transport::stdio())
                .await
                .unwrap();
            let _ = running.waiting().await;
        });
    }
}
