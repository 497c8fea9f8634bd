//! The `miniprogram-mcp` binary: parse the command line, set up logging (stderr
//! only: in stdio mode stdout carries nothing but MCP), run the command.

use std::process::ExitCode;

use clap::Parser;

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
    miniprogram_mcp::cli::run(miniprogram_mcp::cli::Cli::parse()).await
}
