//! The `miniprogram-mcp` binary: parse the command line, set up logging (stderr
//! only: in stdio mode stdout carries nothing but MCP), run the command.

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("MINIPROGRAM_MCP_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,rmcp=warn")),
        )
        .init();
    match miniprogram_mcp::cli::parse() {
        Ok(cli) => miniprogram_mcp::cli::run(cli).await,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
