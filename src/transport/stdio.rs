//! MCP over stdio: stdout carries only protocol messages (logs go to stderr).

use rmcp::ServiceExt;

use crate::mcp::McpServer;

/// Serves until the client closes stdin or a shutdown signal arrives.
pub async fn serve(server: McpServer) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let running = match server.serve(rmcp::transport::stdio_pipes()).await {
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
