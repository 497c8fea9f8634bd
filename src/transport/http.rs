//! MCP over streamable HTTP, for many users at once: rmcp's `StreamableHttpService`
//! (2025-11-25 clients get sessions, 2026-07-28 clients are served statelessly on
//! the same endpoint) behind axum middleware that, in this order:
//!
//! 1. checks `Host` and `Origin` against allowlists before anything is parsed (403);
//! 2. identifies the user: authentication (tokens, OAuth) is not built yet, so the
//!    transport refuses any non-loopback address and every request is the local user;
//! 3. binds each 2025-11-25 session id to the user who created it (another user
//!    presenting it gets 404, as for an unknown session);
//! 4. rate-limits per user (429 with `Retry-After`) and caps request bodies (413).
//!
//! Also served: `/healthz`, `/metrics`, and the approval page under `/approve/`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::serve::ListenerExt;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use rmcp::transport::streamable_http_server::session::local::{LocalSessionManager, SessionConfig};
use rmcp::transport::{StreamableHttpServerConfig, StreamableHttpService};
use serde_json::json;

use crate::app::App;
use crate::mcp::{Identity, McpServer, McpSettings, RequestUser};

/// Settings of the HTTP transport.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub listen: SocketAddr,
    /// The origin clients use to reach us, e.g. `https://mcp.bank.example`; default
    /// `http://<listen>`. The MCP resource is `<origin>/mcp`.
    pub public_origin: Option<String>,
    /// Accepted `Host` header values (`host` or `host:port`); default: loopback names.
    pub allowed_hosts: Vec<String>,
    /// Accepted `Origin` header values (browser requests); requests without `Origin`
    /// (non-browser clients) are accepted.
    pub allowed_origins: Vec<String>,
    pub max_body_bytes: usize,
    /// Requests per minute per user (with a burst of the same size).
    pub rate_limit_per_minute: u32,
    /// Idle time after which a 2025-11-25 session ends; must outlast consent waits.
    pub session_idle: Duration,
    /// How long in-flight calls may finish after SIGTERM.
    pub shutdown_grace: Duration,
    /// The user of every request (loopback only, until authentication exists).
    pub local_user: String,
}

impl HttpSettings {
    pub fn new(listen: SocketAddr) -> HttpSettings {
        HttpSettings {
            listen,
            public_origin: None,
            allowed_hosts: Vec::new(),
            allowed_origins: Vec::new(),
            max_body_bytes: 1024 * 1024,
            rate_limit_per_minute: 600,
            session_idle: Duration::from_secs(30 * 60),
            shutdown_grace: Duration::from_secs(10),
            local_user: "demo".into(),
        }
    }
}

/// Why the server refuses to start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(
        "refusing to listen on {0}: a non-loopback address is reachable by others, and this version has no authentication for HTTP yet. Listen on 127.0.0.1 (or ::1)"
    )]
    NoAuth(SocketAddr),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
}

#[derive(Clone)]
struct Shared {
    app: App,
    hosts: Arc<Vec<String>>,
    origins: Arc<Vec<String>>,
    local_user: Arc<str>,
    limiter: Arc<DefaultKeyedRateLimiter<String>>,
    /// 2025-11-25 session id → the user who created it.
    sessions: Arc<Mutex<HashMap<String, String>>>,
}

/// A bound listener, ready to serve (so callers and tests learn the address first).
pub struct Bound {
    listener: tokio::net::TcpListener,
    pub addr: SocketAddr,
}

/// Binds with a deep accept backlog (the default 128 overflows at hundreds of sessions).
pub fn bind(settings: &HttpSettings) -> Result<Bound, StartError> {
    if !settings.listen.ip().is_loopback() {
        return Err(StartError::NoAuth(settings.listen));
    }
    let bind_err = |source| StartError::Bind {
        addr: settings.listen,
        source,
    };
    let socket = if settings.listen.is_ipv4() {
        tokio::net::TcpSocket::new_v4()
    } else {
        tokio::net::TcpSocket::new_v6()
    }
    .map_err(bind_err)?;
    socket.set_reuseaddr(true).map_err(bind_err)?;
    socket.bind(settings.listen).map_err(bind_err)?;
    let listener = socket.listen(4096).map_err(bind_err)?;
    let addr = listener.local_addr().map_err(bind_err)?;
    Ok(Bound { listener, addr })
}

/// Serves until SIGTERM/ctrl-c (then lets in-flight calls finish, bounded by the grace).
pub async fn serve(
    bound: Bound,
    app: App,
    mcp: McpSettings,
    settings: HttpSettings,
) -> std::io::Result<()> {
    serve_until(bound, app, mcp, settings, super::shutdown_signal()).await
}

pub async fn serve_until(
    bound: Bound,
    app: App,
    mcp: McpSettings,
    settings: HttpSettings,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let addr = bound.addr;
    let origin = settings
        .public_origin
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"));
    let mut hosts = settings.allowed_hosts.clone();
    if hosts.is_empty() {
        let port = addr.port();
        hosts = vec![
            format!("127.0.0.1:{port}"),
            format!("localhost:{port}"),
            format!("[::1]:{port}"),
            "127.0.0.1".into(),
            "localhost".into(),
        ];
    }
    if let Some(h) = origin.split("://").nth(1) {
        hosts.push(h.trim_end_matches('/').to_string());
    }
    let mut origins = settings.allowed_origins.clone();
    origins.push(origin.trim_end_matches('/').to_string());

    let per_minute = NonZeroU32::new(settings.rate_limit_per_minute.max(1)).expect("at least 1");
    let shared = Shared {
        app: app.clone(),
        hosts: Arc::new(hosts.clone()),
        origins: Arc::new(origins.clone()),
        local_user: settings.local_user.clone().into(),
        limiter: Arc::new(RateLimiter::keyed(Quota::per_minute(per_minute))),
        sessions: Arc::new(Mutex::new(HashMap::new())),
    };

    // The approval page lives on this listener too.
    let page = crate::approval::page::PageState::with_origin(
        app.approvals.clone(),
        app.audit.clone(),
        origin.clone(),
        hosts.clone(),
    );
    let app = app.with_page(page.clone());
    let server = McpServer::new(app.clone(), Identity::Http, mcp);

    let ct = tokio_util_cancel();
    let mut session_manager = LocalSessionManager::default();
    session_manager.session_config = {
        let mut c = SessionConfig::default();
        c.keep_alive = Some(settings.session_idle);
        c
    };
    let config = StreamableHttpServerConfig::default()
        .with_allowed_hosts(
            hosts
                .iter()
                .map(|h| {
                    h.split(':')
                        .next()
                        .unwrap_or(h)
                        .trim_matches(['[', ']'])
                        .to_string()
                })
                .collect::<Vec<_>>(),
        )
        .with_allowed_origins(origins.clone())
        .with_max_request_body_bytes(settings.max_body_bytes)
        .with_cancellation_token(ct.clone());
    let mcp_service = StreamableHttpService::new(
        move || Ok(server.clone()),
        Arc::new(session_manager),
        config,
    );

    let mcp_routes = Router::new()
        .nest_service("/mcp", mcp_service)
        .layer(middleware::from_fn_with_state(shared.clone(), limits))
        .layer(middleware::from_fn_with_state(shared.clone(), authenticate));
    let ops = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(shared.clone());
    let router = Router::new()
        .merge(mcp_routes)
        .merge(crate::approval::page::router(page))
        .merge(ops)
        .layer(middleware::from_fn_with_state(shared, host_and_origin));

    tracing::info!(%addr, %origin, "MCP over streamable HTTP at /mcp");
    let listener = bound.listener.tap_io(|tcp| {
        // Nagle's algorithm adds ~40 ms to small request/response exchanges.
        let _ = tcp.set_nodelay(true);
    });
    let grace = settings.shutdown_grace;
    let ct2 = ct.clone();
    let graceful = async move {
        shutdown.await;
        tracing::info!("shutting down: finishing in-flight calls");
        // Long-lived streams (sessions' GET streams, listen streams) end after the grace.
        tokio::spawn(async move {
            tokio::time::sleep(grace).await;
            ct2.cancel();
        });
    };
    axum::serve(listener, router)
        .with_graceful_shutdown(graceful)
        .await
}

fn tokio_util_cancel() -> tokio_util::sync::CancellationToken {
    tokio_util::sync::CancellationToken::new()
}

fn forbidden(msg: &'static str) -> Response {
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        msg,
    )
        .into_response()
}

/// DNS-rebinding and cross-site protection, before any body is read.
async fn host_and_origin(State(s): State<Shared>, req: Request, next: Next) -> Response {
    let headers = req.headers();
    let host_ok = headers
        .get_all(header::HOST)
        .iter()
        .collect::<Vec<_>>()
        .as_slice()
        .first()
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| s.hosts.iter().any(|a| a.eq_ignore_ascii_case(h)))
        && headers.get_all(header::HOST).iter().count() == 1;
    if !host_ok {
        return forbidden("Forbidden: Host not allowed");
    }
    let origins: Vec<_> = headers.get_all(header::ORIGIN).iter().collect();
    match origins.as_slice() {
        [] => {}
        [o] if o.to_str().is_ok_and(|o| s.origins.iter().any(|a| a == o)) => {}
        _ => return forbidden("Forbidden: Origin not allowed"),
    }
    next.run(req).await
}

/// Who is calling: the local user (loopback only until authentication exists).
async fn authenticate(State(s): State<Shared>, mut req: Request, next: Next) -> Response {
    let principal = RequestUser(s.local_user.to_string());
    // A 2025-11-25 session belongs to the user who created it.
    let session = req
        .headers()
        .get("mcp-session-id")
        .and_then(|v| v.to_str().ok())
        .map(String::from);
    if let Some(id) = &session {
        let owner = s
            .sessions
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(id)
            .cloned();
        if owner.as_deref().is_some_and(|o| o != principal.0) {
            return (StatusCode::NOT_FOUND, "Session not found").into_response();
        }
    }
    let user = principal.0.clone();
    req.extensions_mut().insert(principal);
    let is_delete = req.method() == axum::http::Method::DELETE;
    let resp = next.run(req).await;
    let mut map = s.sessions.lock().unwrap_or_else(|p| p.into_inner());
    if session.is_none()
        && let Some(id) = resp
            .headers()
            .get("mcp-session-id")
            .and_then(|v| v.to_str().ok())
    {
        map.insert(id.to_string(), user);
    }
    if is_delete && let Some(id) = &session {
        map.remove(id);
    }
    s.app.metrics.set_sessions(map.len() as i64);
    resp
}

/// Per-user rate limit.
async fn limits(State(s): State<Shared>, req: Request, next: Next) -> Response {
    let Some(user) = req.extensions().get::<RequestUser>().map(|u| u.0.clone()) else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "no user").into_response();
    };
    if let Err(not_until) = s.limiter.check_key(&user) {
        let wait = not_until.wait_time_from(governor::clock::Clock::now(
            &governor::clock::DefaultClock::default(),
        ));
        let secs = wait.as_secs().max(1).to_string();
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, secs)],
            "Too many requests for this user; retry later",
        )
            .into_response();
    }
    next.run(req).await
}

async fn healthz(State(s): State<Shared>) -> Response {
    let bridge = s.app.bridge.health().await.is_ok();
    let audit = s.app.audit.healthy();
    let status = if bridge && audit {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(json!({"status": if status == StatusCode::OK { "ok" } else { "degraded" }, "bridge": bridge, "audit": audit}))).into_response()
}

async fn metrics(State(s): State<Shared>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        s.app.metrics.render(),
    )
        .into_response()
}
