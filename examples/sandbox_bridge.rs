//! The embedded sandbox served over the bridge protocol (`bridge-openapi.yaml`).
//!
//! Run with: `cargo run --example sandbox_bridge -- --listen 127.0.0.1:9797 --data-dir ./sandbox-data`
//! then:     `cargo run -- serve --bridge http://127.0.0.1:9797 --demo-profile`
//!
//! Prints exactly one line on stdout once listening: `listening on http://IP:PORT`
//! (tests start it on port 0 and read the port from it). Logs go to stderr.
//!
//! Test aids (`--fault MODE`, applied only to invocations that change state, i.e. that
//! carry an idempotency key; reads stay normal so tests can check the effect):
//! - `delay-after-execute`: executes, then waits 30 s before replying (a timeout after execution);
//! - `status-500`: answers 500 without executing;
//! - `bad-json`: executes, then answers with a body that is not JSON;
//! - `redirect`: answers 302 to another host without executing;
//! - `huge-body`: executes, then streams 50 MB.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use clap::{Parser, ValueEnum};
use miniprogram_mcp::bridge::wire::InvokeRequest;
use miniprogram_mcp::sandbox::{Sandbox, server};
use miniprogram_mcp::store::Store;

#[derive(Parser)]
#[command(about = "Serve the miniprogram-mcp sandbox over the bridge protocol")]
struct Args {
    #[arg(long, default_value = "127.0.0.1:9797")]
    listen: SocketAddr,
    /// Keep the sandbox's state here (in memory when absent).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Require this bearer token.
    #[arg(long)]
    token: Option<String>,
    /// Misbehave on purpose (test aid).
    #[arg(long, value_enum, default_value = "none")]
    fault: Fault,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Fault {
    None,
    DelayAfterExecute,
    #[value(name = "status-500")]
    Status500,
    BadJson,
    Redirect,
    HugeBody,
}

#[derive(Clone)]
struct Faulty {
    fault: Fault,
    sandbox: Arc<Sandbox>,
}

async fn inject(State(f): State<Faulty>, req: Request, next: Next) -> Response {
    if f.fault == Fault::None || req.uri().path() != "/v1/invoke" {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 20)
        .await
        .unwrap_or_default();
    let parsed = serde_json::from_slice::<InvokeRequest>(&bytes).ok();
    if parsed.as_ref().is_none_or(|r| r.idempotency_key.is_none()) {
        return next
            .run(Request::from_parts(parts, Body::from(bytes)))
            .await;
    }
    match f.fault {
        Fault::Status500 => return (StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response(),
        Fault::Redirect => {
            return (
                StatusCode::FOUND,
                [(header::LOCATION, "http://evil.example/v1/invoke")],
            )
                .into_response();
        }
        _ => {}
    }
    // The remaining faults happen after the action really executed.
    if let Some(r) = parsed {
        let sb = f.sandbox.clone();
        let _ = tokio::task::spawn_blocking(move || sb.invoke(&r)).await;
    }
    match f.fault {
        Fault::DelayAfterExecute => {
            tokio::time::sleep(Duration::from_secs(30)).await;
            (StatusCode::GATEWAY_TIMEOUT, "late").into_response()
        }
        Fault::BadJson => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            "{ this is not json",
        )
            .into_response(),
        _ => {
            let chunk = vec![b'x'; 1 << 20];
            let stream = chunks(chunk, 50);
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                Body::from_stream(stream),
            )
                .into_response()
        }
    }
}

/// `n` chunks of `chunk`, produced as the client reads them.
fn chunks(
    chunk: Vec<u8>,
    n: usize,
) -> tokio_stream::wrappers::ReceiverStream<Result<Vec<u8>, std::io::Error>> {
    let (tx, rx) = tokio::sync::mpsc::channel(2);
    tokio::spawn(async move {
        for _ in 0..n {
            if tx.send(Ok(chunk.clone())).await.is_err() {
                break;
            }
        }
    });
    tokio_stream::wrappers::ReceiverStream::new(rx)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
    let args = Args::parse();
    let store = match &args.data_dir {
        Some(d) => Store::open_dir(d)?,
        None => Store::in_memory()?,
    };
    let sandbox = Arc::new(Sandbox::new(store)?);
    let app =
        server::router(sandbox.clone(), args.token.clone()).layer(middleware::from_fn_with_state(
            Faulty {
                fault: args.fault,
                sandbox,
            },
            inject,
        ));
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(miniprogram_mcp::transport::shutdown_signal())
        .await?;
    Ok(())
}
