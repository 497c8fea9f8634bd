//! MCP over stdio: stdout carries only protocol messages (logs go to stderr).
//!
//! Started by an MCP client (stdin a pipe), the process speaks rmcp's stdio transport
//! directly. Started by hand in a terminal, it says on stderr what it is and how to
//! connect a client, and answers each line that is not JSON with a JSON-RPC parse
//! error (`-32700`, `id: null`) instead of ignoring it. rmcp (like the other official
//! SDKs) deliberately ignores unparsable input so that two programs cannot trade error
//! replies forever; a person at a terminal is no such peer, so only then is stdin read
//! through [`interactive`], which forwards JSON lines to rmcp unchanged and answers the
//! others itself, between whole messages of rmcp's output.

use std::io::IsTerminal;

use rmcp::ServiceExt;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

use crate::mcp::McpServer;

/// Longest line forwarded (rmcp's own limit is larger; a person types less).
const MAX_LINE: usize = 4 * 1024 * 1024;

/// Serves until the client closes stdin or a shutdown signal arrives.
pub async fn serve(server: McpServer) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let app = server.app().clone();
    let served = serve_until_closed(server).await;
    if let Err(e) = app.discovery.flush_usage() {
        tracing::warn!(error = %e, "cannot record the last usage for discovery");
    }
    served
}

async fn serve_until_closed(
    server: McpServer,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let started = if std::io::stdin().is_terminal() {
        eprintln!("{}", banner());
        let (read, write) = interactive(tokio::io::stdin(), tokio::io::stdout());
        server.serve((read, write)).await
    } else {
        server.serve(rmcp::transport::stdio_pipes()).await
    };
    let running = match started {
        Ok(r) => r,
        // The client went away before the session began: nothing to serve.
        Err(rmcp::service::ServerInitializeError::ConnectionClosed(_)) => {
            tracing::info!("the client closed the connection before initializing");
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    let ct = running.cancellation_token();
    tokio::select! {
        r = running.waiting() => { r?; }
        _ = super::shutdown_signal() => { ct.cancel(); }
    }
    Ok(())
}

/// What a person who started `serve` in a terminal reads on stderr.
fn banner() -> String {
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "miniprogram-mcp".into());
    format!(
        "miniprogram-mcp serve speaks the Model Context Protocol (JSON-RPC 2.0, one message per line) on stdin and stdout.\n\
         It is meant to be started by an MCP client, not typed at. Connect one instead, for example:\n\
         \x20 Claude Code:     claude mcp add miniprogram -- {exe} serve\n\
         \x20 MCP Inspector:   npx @modelcontextprotocol/inspector {exe} serve\n\
         \x20 Claude Desktop, VS Code, Cursor: a config entry with \"command\": \"{exe}\", \"args\": [\"serve\"] (see README.md)\n\
         Or serve HTTP clients: {exe} serve --http   Or run one tool here: {exe} call loans__check_loan_rate --args '{{\"product\": \"personal_consumer\", \"term_months\": 12}}'\n\
         Waiting for MCP messages on stdin; a line that is not JSON gets a parse error. Ctrl-D or Ctrl-C stops."
    )
}

/// The JSON-RPC reply to a line that is not JSON.
fn parse_error(detail: &str) -> Vec<u8> {
    let reply = serde_json::json!({
        "jsonrpc": "2.0",
        "id": null,
        "error": {
            "code": -32700,
            "message": format!(
                "Parse error: the line is not JSON ({detail}). This server speaks MCP: one JSON-RPC message per line; connect an MCP client (see stderr)."
            ),
        },
    });
    let mut line = reply.to_string().into_bytes();
    line.push(b'\n');
    line
}

/// Reads `input` line by line: JSON lines (and blank ones) go on to the returned reader,
/// which rmcp reads; any other line is answered with a parse error. rmcp writes to the
/// returned writer; its output reaches `output` one whole line at a time, so that an
/// error reply never lands inside one of rmcp's messages.
pub fn interactive<R, W>(
    input: R,
    mut output: W,
) -> (
    impl AsyncRead + Send + Unpin,
    impl AsyncWrite + Send + Unpin,
)
where
    R: AsyncRead + Send + Unpin + 'static,
    W: AsyncWrite + Send + Unpin + 'static,
{
    let (to_rmcp, mut to_rmcp_w) = tokio::io::simplex(64 * 1024);
    let (from_rmcp, from_rmcp_w) = tokio::io::simplex(64 * 1024);
    let (errors, mut errors_rx) = tokio::sync::mpsc::unbounded_channel::<Vec<u8>>();
    tokio::spawn(async move {
        let mut input = BufReader::new(input);
        let mut line = Vec::new();
        loop {
            line.clear();
            match AsyncReadExt::take(&mut input, MAX_LINE as u64)
                .read_until(b'\n', &mut line)
                .await
            {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            let body = line.strip_suffix(b"\n").unwrap_or(&line);
            let body = body.strip_suffix(b"\r").unwrap_or(body);
            let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
            if body.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice::<serde::de::IgnoredAny>(body) {
                Ok(_) => {
                    if !line.ends_with(b"\n") {
                        line.push(b'\n');
                    }
                    if to_rmcp_w.write_all(&line).await.is_err() {
                        break;
                    }
                }
                Err(e) => {
                    tracing::debug!("answered a line that is not JSON with a parse error");
                    if errors.send(parse_error(&e.to_string())).is_err() {
                        break;
                    }
                }
            }
        }
        // End of input: rmcp sees its stdin close.
        let _ = to_rmcp_w.shutdown().await;
    });
    tokio::spawn(async move {
        let mut from_rmcp = BufReader::new(from_rmcp);
        let mut line = Vec::new();
        loop {
            tokio::select! {
                // `read_until` keeps a partly read line in `line` when the other branch wins.
                r = from_rmcp.read_until(b'\n', &mut line) => {
                    match r {
                        Ok(0) | Err(_) => break,
                        Ok(_) => {
                            if output.write_all(&line).await.is_err() || output.flush().await.is_err() {
                                break;
                            }
                            line.clear();
                        }
                    }
                }
                Some(reply) = errors_rx.recv() => {
                    if output.write_all(&reply).await.is_err() || output.flush().await.is_err() {
                        break;
                    }
                }
            }
        }
        if !line.is_empty() {
            let _ = output.write_all(&line).await;
        }
        let _ = output.flush().await;
    });
    (to_rmcp, from_rmcp_w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn json_lines_pass_and_other_lines_get_a_parse_error() {
        let (mut user, input) = tokio::io::duplex(4096);
        let (output, mut screen) = tokio::io::duplex(4096);
        let (mut rmcp_in, mut rmcp_out) = interactive(input, output);
        user.write_all(b"hello\n\n{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}\n")
            .await
            .unwrap();
        drop(user);
        let mut got = String::new();
        rmcp_in.read_to_string(&mut got).await.unwrap();
        assert_eq!(got, "{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":1}\n");
        rmcp_out.write_all(b"{\"id\":1}\n").await.unwrap();
        rmcp_out.shutdown().await.unwrap();
        drop(rmcp_out);
        let mut shown = String::new();
        screen.read_to_string(&mut shown).await.unwrap();
        let lines: Vec<serde_json::Value> = shown
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2, "{shown}");
        let err = lines.iter().find(|l| l["error"].is_object()).unwrap();
        assert_eq!(err["error"]["code"], -32700);
        assert!(err["id"].is_null());
        assert!(lines.iter().any(|l| l["id"] == 1));
    }
}
