//! Load generator for the streamable HTTP transport (issue #4's benchmark): N concurrent
//! sessions call `loans__check_loan_rate` in a loop for a few seconds, in each era;
//! prints calls/s, p50/p99 latency and, at the largest N, the server's resident memory.
//! The server runs on core 0 and this generator on core 1 (taskset) when possible.
//!
//! Run with: `cargo bench --bench http_load` (optionally `-- 1 50 500` for the session counts).
//! It speaks MCP over HTTP itself (raw JSON-RPC with reqwest) to keep the client cheap.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

const SECS: u64 = 4;

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

fn start_server() -> Server {
    use std::io::{BufRead, BufReader};
    let bin = env!("CARGO_BIN_EXE_miniprogram-mcp");
    let pinned = Command::new("taskset").arg("-V").output().is_ok();
    let mut cmd = if pinned {
        let mut c = Command::new("taskset");
        c.args(["-c", "0", bin]);
        c
    } else {
        Command::new(bin)
    };
    let mut child = cmd
        .args([
            "serve",
            "--http",
            "127.0.0.1:0",
            "--in-memory",
            "--rate-limit",
            "1000000000",
        ])
        .env("MINIPROGRAM_MCP_LOG", "error")
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
            break line[i..].trim().to_string();
        }
    };
    std::thread::spawn(move || for _ in reader.lines() {});
    Server { child, url }
}

/// CPU seconds (user + system) the process has used so far.
fn cpu_secs(pid: u32) -> f64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    let rest = s.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|v| v.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|v| v.parse().ok()).unwrap_or(0.0);
    ticks / 100.0
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

/// One session's loop; returns per-call latencies.
async fn session(url: String, modern: bool, until: Instant) -> Result<Vec<Duration>, String> {
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
    let args: serde_json::Value = serde_json::from_str(ARGS).unwrap();
    let mut lat = Vec::new();
    let mut n = 1u64;
    while Instant::now() < until {
        n += 1;
        let mut params = json!({"name": "loans__check_loan_rate", "arguments": args});
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
                .header("mcp-name", "loans__check_loan_rate")
        };
        let t = Instant::now();
        let r = req.send().await.map_err(|e| e.to_string())?;
        let status = r.status();
        let text = r.text().await.map_err(|e| e.to_string())?;
        if !status.is_success() || !text.contains("lpr_tenor") {
            return Err(format!(
                "bad reply {status}: {}",
                &text[..text.len().min(200)]
            ));
        }
        lat.push(t.elapsed());
    }
    Ok(lat)
}

async fn run(url: &str, sessions: usize, modern: bool, pid: u32, report_memory: bool) {
    let until = Instant::now() + Duration::from_secs(SECS);
    let start = Instant::now();
    let cpu_before = cpu_secs(pid);
    let me = std::process::id();
    let gen_before = cpu_secs(me);
    let url = Arc::new(url.to_string());
    let tasks: Vec<_> = (0..sessions)
        .map(|_| tokio::spawn(session((*url).clone(), modern, until)))
        .collect();
    // Memory while all sessions are live.
    let mem = if report_memory {
        tokio::time::sleep(Duration::from_secs(SECS / 2)).await;
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
    let server_cpu = (cpu_secs(pid) - cpu_before) / elapsed * 100.0;
    let gen_cpu = (cpu_secs(me) - gen_before) / elapsed * 100.0;
    all.sort();
    let p = |q: f64| {
        all.get(((all.len().max(1) - 1) as f64 * q) as usize)
            .copied()
            .unwrap_or_default()
    };
    println!(
        "{:<10} {:>4} sessions: {:>8.0} calls/s  p50 {:>8.2?}  p99 {:>8.2?}  errors {errors}  server CPU {server_cpu:>3.0}%  generator CPU {gen_cpu:>3.0}%{}",
        if modern { "2026-07-28" } else { "2025-11-25" },
        sessions,
        all.len() as f64 / elapsed,
        p(0.5),
        p(0.99),
        mem.map(|m| format!("  server RSS {m:.1} MiB"))
            .unwrap_or_default()
    );
}

fn main() {
    let counts: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let counts = if counts.is_empty() {
        vec![1, 50, 500]
    } else {
        counts
    };
    // The generator on core 1 (the server is on core 0).
    let _ = Command::new("taskset")
        .args(["-p", "-c", "1", &std::process::id().to_string()])
        .output();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let max = *counts.iter().max().unwrap();
    for modern in [false, true] {
        // A fresh server per era, so that memory reflects that era's sessions.
        let server = start_server();
        let pid = server.child.id();
        rt.block_on(async {
            for &n in &counts {
                run(&server.url, n, modern, pid, n == max).await;
            }
        });
    }
}
