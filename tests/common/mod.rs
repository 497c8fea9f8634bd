//! Helpers shared by the integration tests: starting the real binary and the example
//! bridge, connecting rmcp's client in either protocol era, and reading results.
#![allow(dead_code)] // each test binary uses a different subset

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use rmcp::model::{CallToolRequestParams, CallToolResult, ProtocolVersion};
use rmcp::service::{RoleClient, RunningService};
use rmcp::transport::{ConfigureCommandExt, TokioChildProcess};
use rmcp::{ClientHandler, ClientLifecycleMode, ClientServiceExt, ServiceExt};
use serde_json::Value;

/// Starts `miniprogram-mcp <args>` over stdio and connects `handler`: 2025-11-25 via
/// `initialize`, or 2026-07-28 via `server/discover` when `modern`.
pub async fn connect<H: ClientHandler>(
    handler: H,
    args: &[&str],
    modern: bool,
) -> RunningService<RoleClient, H> {
    let t = TokioChildProcess::new(
        tokio::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp")).configure(|c| {
            c.args(args);
            c.env("MINIPROGRAM_MCP_LOG", "warn");
        }),
    )
    .expect("the server starts");
    let running = if modern {
        handler
            .serve_with_lifecycle(
                t,
                ClientLifecycleMode::Discover {
                    preferred_versions: vec![ProtocolVersion::V_2026_07_28],
                },
            )
            .await
    } else {
        handler.serve(t).await
    };
    running.expect("the MCP session starts")
}

pub fn params(tool: &str, args: Value) -> CallToolRequestParams {
    CallToolRequestParams::new(tool.to_string())
        .with_arguments(args.as_object().expect("arguments are an object").clone())
}

/// Calls a tool (MRTR rounds handled by the client), failing the test after 60 s.
pub async fn call<H: ClientHandler>(
    c: &RunningService<RoleClient, H>,
    tool: &str,
    args: Value,
) -> CallToolResult {
    tokio::time::timeout(Duration::from_secs(60), c.call_tool(params(tool, args)))
        .await
        .expect("the call timed out")
        .expect("the call failed")
}

/// The text blocks of a result.
pub fn text(r: &CallToolResult) -> String {
    r.content
        .iter()
        .filter_map(|c| c.as_text().map(|t| t.text.clone()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The structuredContent of a successful result.
pub fn ok(r: &CallToolResult) -> Value {
    assert_ne!(r.is_error, Some(true), "unexpected tool error: {}", text(r));
    r.structured_content.clone().expect("structuredContent")
}

/// The first approval link in a tool error's text.
pub fn link_in(r: &CallToolResult) -> String {
    let t = text(r);
    let start = t
        .find("/approve/")
        .and_then(|i| t[..i].rfind("http"))
        .unwrap_or_else(|| panic!("no approval link in: {t}"));
    t[start..].split_whitespace().next().unwrap().to_string()
}

/// `examples/sandbox_bridge` on a free port; killed on drop.
pub struct BridgeProc {
    child: Child,
    pub url: String,
}

impl Drop for BridgeProc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_bridge(fault: &str) -> BridgeProc {
    // Examples are built next to the test binaries (target/debug/examples/) by `cargo test`.
    let exe = std::env::current_exe().unwrap();
    let bin = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join("sandbox_bridge");
    let mut child = Command::new(&bin)
        .args(["--listen", "127.0.0.1:0", "--fault", fault])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot start {} (run the whole `cargo test`, which builds examples): {e}",
                bin.display()
            )
        });
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .expect("the bridge announces its address")
        .to_string();
    BridgeProc { child, url }
}

pub fn tmpdir(prefix: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("{prefix}-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `miniprogram-mcp serve --http 127.0.0.1:0 <extra>`; killed on drop.
pub struct HttpServer {
    child: Child,
    /// `http://127.0.0.1:PORT/mcp`
    pub url: String,
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_http(extra: &[&str]) -> HttpServer {
    let mut args = vec!["serve", "--http", "127.0.0.1:0"];
    args.extend_from_slice(extra);
    start_http_with(&args, &[])
}

/// Starts the binary with exactly `args` (which must serve HTTP) and extra environment.
pub fn start_http_with(args: &[&str], env: &[(&str, &str)]) -> HttpServer {
    let mut child = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(args)
        .envs(env.iter().copied())
        .env("MINIPROGRAM_MCP_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let url = loop {
        line.clear();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "the HTTP server exited before announcing its address"
        );
        if let Some(i) = line.find("http://") {
            break line[i..]
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
        }
    };
    // Keep draining stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in reader.lines() {});
    HttpServer { child, url }
}

/// A client that declares form elicitation and accepts every form ("once").
#[derive(Clone)]
pub struct Accepting;

impl ClientHandler for Accepting {
    fn get_info(&self) -> rmcp::model::ClientConfig {
        let mut caps = rmcp::model::ClientCapabilities::default();
        caps.elicitation = Some(
            rmcp::model::ElicitationCapability::new()
                .with_form(rmcp::model::FormElicitationCapability::default()),
        );
        rmcp::model::ClientConfig::new(
            caps,
            rmcp::model::Implementation::new("integration-test", "1.0"),
        )
    }
    async fn create_elicitation(
        &self,
        _: rmcp::model::ElicitRequestParams,
        _: rmcp::service::RequestContext<RoleClient>,
    ) -> Result<rmcp::model::ElicitResult, rmcp::ErrorData> {
        Ok(
            rmcp::model::ElicitResult::new(rmcp::model::ElicitationAction::Accept)
                .with_content(serde_json::json!({"remember": "once"})),
        )
    }
}

/// Connects `handler` to an HTTP server (with a bearer token if given) in either era.
pub async fn connect_http<H: ClientHandler>(
    handler: H,
    url: &str,
    token: Option<&str>,
    modern: bool,
) -> RunningService<RoleClient, H> {
    connect_http_via(handler, reqwest::Client::new(), url, token, modern).await
}

/// [`connect_http`] through a given HTTP client (e.g. one that resolves a public name).
pub async fn connect_http_via<H: ClientHandler>(
    handler: H,
    http: reqwest::Client,
    url: &str,
    token: Option<&str>,
    modern: bool,
) -> RunningService<RoleClient, H> {
    let mut cfg =
        rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig::with_uri(
            url.to_string(),
        );
    if let Some(t) = token {
        cfg = cfg.auth_header(t.to_string());
    }
    let t = rmcp::transport::StreamableHttpClientTransport::with_client(http, cfg);
    let running = if modern {
        handler
            .serve_with_lifecycle(
                t,
                ClientLifecycleMode::Discover {
                    preferred_versions: vec![ProtocolVersion::V_2026_07_28],
                },
            )
            .await
    } else {
        handler.serve(t).await
    };
    running.expect("the MCP session starts")
}

impl HttpServer {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
    /// Waits up to `secs` for the process to exit; its exit status if it did.
    pub fn wait_exit(&mut self, secs: u64) -> Option<std::process::ExitStatus> {
        for _ in 0..secs * 10 {
            if let Ok(Some(s)) = self.child.try_wait() {
                return Some(s);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        None
    }
}
