//! MCP over streamable HTTP, for many users at once: rmcp's `StreamableHttpService`
//! (2025-11-25 clients get sessions, 2026-07-28 clients are served statelessly on
//! the same endpoint). In this order:
//!
//! 1. (middleware, every route) checks `Host` and `Origin` against allowlists before
//!    anything is parsed (403); then `/mcp`'s one handler:
//! 2. authenticates opaque bearer tokens (`--auth tokens`) into the request's user and
//!    scopes, or answers 401 with `WWW-Authenticate: Bearer resource_metadata=...`;
//!    without authentication the transport refuses non-loopback addresses and every
//!    request is the local user;
//! 3. binds each 2025-11-25 session id to the user who created it (another user
//!    presenting it gets 404, as for an unknown session);
//! 4. rate-limits per user (429 with `Retry-After`) and caps request bodies (413);
//! 5. checks the scope a `tools/call` needs (`mcp:read`, `mcp:act`, `mcp:pay`: 403
//!    `insufficient_scope`);
//! 6. hands the request to rmcp and mends its reply ([`super::reply`]).
//!
//! Also served: `/healthz`, `/metrics`, `/.well-known/oauth-protected-resource`, and the
//! approval page under `/approve/`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::serve::ListenerExt;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use rmcp::transport::streamable_http_server::session::local::{LocalSessionManager, SessionConfig};
use rmcp::transport::{StreamableHttpServerConfig, StreamableHttpService};
use serde_json::json;

use crate::app::App;
use crate::auth::{Principal, SCOPE_ACT, SCOPE_PAY, SCOPE_READ, Scopes};
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
    /// The user of every request when no authentication is configured (loopback only).
    pub local_user: String,
    /// Opaque bearer tokens; with `jwt` also `None`: no authentication (loopback only).
    pub tokens: Option<crate::auth::TokenStore>,
    /// OAuth 2.1 access tokens (JWT) from an authorization server.
    pub jwt: Option<Arc<crate::auth::jwt::JwtValidator>>,
    /// A live registry directory to watch, and whether to add the bridge's catalog.
    pub registry: crate::manifest::Sources,
    pub catalog_from_bridge: bool,
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
            tokens: None,
            jwt: None,
            registry: Default::default(),
            catalog_from_bridge: false,
        }
    }
}

/// Why the server refuses to start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(
        "refusing to listen on {0} without authentication: a non-loopback address is reachable by others. Enable bearer tokens (`--auth tokens`, create them with `miniprogram-mcp token create --user ID`) or listen on 127.0.0.1"
    )]
    NoAuth(SocketAddr),
    #[error(
        "{0} listens on every interface, so the server cannot know the address clients use: add --public-url (e.g. --public-url https://mcp.bank.example or http://HOST:{port}); approval links and OAuth metadata are built from it",
        port = .0.port()
    )]
    PublicUrlNeeded(SocketAddr),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
}

/// Checks a public URL or an allowed origin: `http(s)://host[:port]`, nothing else
/// (no user, path, query or fragment). Returns its normal form (lower-case host,
/// default port omitted), as browsers send it in `Origin`.
pub fn check_origin(text: &str) -> Result<String, String> {
    let url = url::Url::parse(text.trim()).map_err(|e| {
        format!("`{text}` is not a URL ({e}); give scheme and host, e.g. https://mcp.bank.example")
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("`{text}`: the scheme must be http or https"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("`{text}` names no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!("`{text}` must not contain a user name or password"));
    }
    if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "`{text}` must be an origin without path, query or fragment (MCP is served at <url>/mcp), e.g. {}",
            url.origin().ascii_serialization()
        ));
    }
    Ok(url.origin().ascii_serialization())
}

/// Checks an allowed `Host` value: `host` or `host:port` (IPv6 in brackets).
pub fn check_host(text: &str) -> Result<String, String> {
    let t = text.trim();
    let parsed = url::Url::parse(&format!("http://{t}/")).ok().filter(|u| {
        u.host_str().is_some_and(|h| !h.is_empty())
            && u.path() == "/"
            && u.username().is_empty()
            && !t.contains(['/', '?', '#', '@'])
    });
    match parsed {
        Some(_) => Ok(t.to_ascii_lowercase()),
        None => Err(format!(
            "`{text}` is not a host name: give `host` or `host:port` as clients send it in the Host header (no scheme or path), e.g. mcp.bank.example or 10.0.0.5:8791"
        )),
    }
}

/// What the middleware needs; one `Arc` clone per request (axum clones the state).
type Shared = Arc<SharedInner>;

struct SharedInner {
    app: App,
    tokens: Option<crate::auth::TokenStore>,
    jwt: Option<Arc<crate::auth::jwt::JwtValidator>>,
    /// `<origin>/.well-known/oauth-protected-resource/mcp`
    metadata_url: Arc<str>,
    resource: Arc<str>,
    max_body: usize,
    hosts: Arc<Vec<String>>,
    origins: Arc<Vec<String>>,
    local_user: Arc<str>,
    limiter: Arc<DefaultKeyedRateLimiter<String>>,
    /// 2025-11-25 session id → (owning user, when it was recorded).
    sessions: Arc<Mutex<HashMap<String, (String, std::time::Instant)>>>,
}

/// A bound listener, ready to serve (so callers and tests learn the address first).
pub struct Bound {
    listener: tokio::net::TcpListener,
    pub addr: SocketAddr,
}

/// Binds with a deep accept backlog (the default 128 overflows at hundreds of sessions).
pub fn bind(settings: &HttpSettings) -> Result<Bound, StartError> {
    if !settings.listen.ip().is_loopback() && settings.tokens.is_none() && settings.jwt.is_none() {
        return Err(StartError::NoAuth(settings.listen));
    }
    if settings.listen.ip().is_unspecified() && settings.public_origin.is_none() {
        return Err(StartError::PublicUrlNeeded(settings.listen));
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
    let shared = Arc::new(SharedInner {
        app: app.clone(),
        tokens: settings.tokens.clone(),
        jwt: settings.jwt.clone(),
        metadata_url: format!("{origin}/.well-known/oauth-protected-resource/mcp").into(),
        resource: format!("{origin}/mcp").into(),
        max_body: settings.max_body_bytes,
        hosts: Arc::new(hosts.clone()),
        origins: Arc::new(origins.clone()),
        local_user: settings.local_user.clone().into(),
        limiter: Arc::new(RateLimiter::keyed(Quota::per_minute(per_minute))),
        sessions: Arc::new(Mutex::new(HashMap::new())),
    });

    // The approval page lives on this listener too.
    let page = crate::approval::page::PageState::with_origin(
        app.approvals.clone(),
        app.audit.clone(),
        origin.clone(),
        hosts.clone(),
        app.keys.approval_view,
    );
    let app = app.with_page(page.clone());
    let flush = app.clone();
    let server = McpServer::new(app.clone(), Identity::Http, mcp);
    server
        .start_live_registry(settings.registry.clone(), settings.catalog_from_bridge)
        .await;

    let ct = tokio_util_cancel();
    let mut session_manager = LocalSessionManager::default();
    session_manager.session_config = {
        let mut c = SessionConfig::default();
        c.keep_alive = Some(settings.session_idle);
        c
    };
    // Stateless (2026-07-28) replies as plain JSON unless a notification precedes the
    // result (rmcp then falls back to SSE): less framing per call.
    let config = StreamableHttpServerConfig::default()
        .with_json_response(true)
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
    let session_manager = Arc::new(session_manager);
    tokio::spawn(reap_sessions(
        session_manager.clone(),
        shared.clone(),
        settings.session_idle,
        ct.clone(),
    ));
    // Held once and borrowed per request: routing the service itself would clone it
    // (its config's host and origin lists included) for every request.
    let mcp_service = Arc::new(StreamableHttpService::new(
        move || Ok(server.clone()),
        session_manager,
        config,
    ));
    let mcp_shared = shared.clone();
    let mcp_handler = move |req: Request| {
        let svc = mcp_service.clone();
        let s = mcp_shared.clone();
        async move { mcp_endpoint(s, svc, req).await }
    };

    let mcp_routes = Router::new().route("/mcp", axum::routing::any(mcp_handler));
    let ops = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route(
            "/.well-known/oauth-protected-resource",
            get(resource_metadata),
        )
        .route(
            "/.well-known/oauth-protected-resource/mcp",
            get(resource_metadata),
        )
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
    let served = axum::serve(listener, router)
        .with_graceful_shutdown(graceful)
        .await;
    if let Err(e) = flush.discovery.flush_usage() {
        tracing::warn!(error = %e, "cannot record the last usage for discovery");
    }
    served
}

/// `/metrics` and `/healthz` on their own loopback listener, for `serve` on stdio (which
/// has no HTTP listener otherwise). Returns the bound address.
pub async fn spawn_metrics(app: App, addr: SocketAddr) -> Result<SocketAddr, String> {
    if !addr.ip().is_loopback() {
        return Err(format!(
            "--metrics {addr}: the metrics listener binds to loopback only (e.g. 127.0.0.1:9464); put a scraper or proxy next to it"
        ));
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen for metrics on {addr}: {e}"))?;
    let bound = listener
        .local_addr()
        .map_err(|e| format!("metrics listener: {e}"))?;
    let router = Router::new()
        .route(
            "/metrics",
            get(|State(app): State<App>| async move { metrics_response(&app) }),
        )
        .route(
            "/healthz",
            get(|State(app): State<App>| async move { health_response(&app).await }),
        )
        .with_state(app);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            tracing::error!(error = %e, "metrics listener stopped");
        }
    });
    Ok(bound)
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

fn challenge(
    s: &Shared,
    status: StatusCode,
    error: Option<&str>,
    scope: Option<&str>,
    description: &str,
) -> Response {
    let mut value = format!("Bearer resource_metadata=\"{}\"", s.metadata_url);
    if let Some(e) = error {
        value.push_str(&format!(", error=\"{e}\""));
    }
    if let Some(sc) = scope {
        value.push_str(&format!(", scope=\"{sc}\""));
    }
    let body = json!({"error": error.unwrap_or("unauthorized"), "error_description": description})
        .to_string();
    let mut r = (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
    if let Ok(v) = header::HeaderValue::from_str(&value) {
        r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    r
}

/// An opaque token (our prefix) goes to the token store, anything else to the JWT
/// validator. The error is a fixed, safe description.
async fn authenticate_bearer(s: &Shared, token: Option<&str>) -> Result<Principal, AuthFailure> {
    let token = token.ok_or(AuthFailure::Invalid(
        "the Authorization header is not `Bearer <token>`",
    ))?;
    if token.starts_with(crate::auth::TOKEN_PREFIX) {
        let tokens = s
            .tokens
            .as_ref()
            .ok_or(AuthFailure::Invalid("opaque tokens are not accepted here"))?;
        return match tokens.verify(token) {
            Ok(Some(p)) => Ok(p),
            Ok(None) => Err(AuthFailure::Invalid("the bearer token is not valid")),
            Err(e) if e.is_unavailable() => {
                tracing::warn!(error = %e, "token lookup: the store is unreachable");
                Err(AuthFailure::StoreDown)
            }
            Err(e) => {
                tracing::error!(error = %e, "token lookup failed");
                Err(AuthFailure::Invalid(
                    "the bearer token could not be checked",
                ))
            }
        };
    }
    let jwt = s
        .jwt
        .as_ref()
        .ok_or(AuthFailure::Invalid("the bearer token is not valid"))?;
    jwt.validate(token).await.map_err(|e| {
        AuthFailure::Invalid(match e {
            crate::auth::jwt::JwtError::Malformed => "the access token is not a valid JWT",
            crate::auth::jwt::JwtError::Algorithm => "the access token's algorithm is not accepted",
            crate::auth::jwt::JwtError::UnknownKey => {
                "the access token was signed by an unknown key"
            }
            crate::auth::jwt::JwtError::Invalid(_) => {
                "the access token is expired, not yet valid, or for another issuer or audience"
            }
        })
    })
}

/// Why a bearer token was not accepted.
enum AuthFailure {
    /// The token is not good: 401 with a fixed, safe description.
    Invalid(&'static str),
    /// The token could not be checked (the shared database is unreachable): 503, so
    /// that a client retries instead of discarding a good token.
    StoreDown,
}

type McpService = StreamableHttpService<McpServer, LocalSessionManager>;

/// A request to `/mcp`, step by step in one handler (each step as its own axum
/// middleware layer cost a service clone and a boxed future per request): who is
/// calling, whether the session is theirs, their rate limit and scope, then rmcp, then
/// rmcp's reply mended ([`super::reply`]), then a new session's owner recorded.
async fn mcp_endpoint(s: Shared, svc: Arc<McpService>, mut req: Request) -> Response {
    let principal = match principal_of(&s, req.headers()).await {
        Ok(p) => p,
        Err(refused) => return refused,
    };
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
            .map(|(user, _)| user.clone());
        // Unknown (ended, never ours) or someone else's: nothing to see here.
        if owner.as_deref() != Some(principal.user.as_str()) {
            return (StatusCode::NOT_FOUND, "Session not found").into_response();
        }
    }
    req = match limits(&s, &principal, req).await {
        Ok(req) => req,
        Err(refused) => return refused,
    };
    let user = principal.user.clone();
    req.extensions_mut().insert(RequestUser(user.clone()));
    req.extensions_mut().insert(principal);
    let method = req.method().clone();
    let resp = svc.handle(req).await.map(axum::body::Body::new);
    let resp = super::reply::mend(&method, session.is_some(), resp).await;
    let mut map = s.sessions.lock().unwrap_or_else(|p| p.into_inner());
    if session.is_none()
        && let Some(id) = resp
            .headers()
            .get("mcp-session-id")
            .and_then(|v| v.to_str().ok())
    {
        map.insert(id.to_string(), (user, std::time::Instant::now()));
    }
    if method == axum::http::Method::DELETE
        && let Some(id) = &session
    {
        map.remove(id);
    }
    s.app.metrics.set_sessions(map.len() as i64);
    resp
}

/// Who is calling: a token's user, or (no authentication configured) the local user.
async fn principal_of(s: &Shared, headers: &HeaderMap) -> Result<Principal, Response> {
    if s.tokens.is_none() && s.jwt.is_none() {
        return Ok(Principal {
            user: s.local_user.to_string(),
            scopes: Scopes {
                read: true,
                act: true,
                pay: true,
            },
        });
    }
    let Some(header_value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return Err(challenge(
            s,
            StatusCode::UNAUTHORIZED,
            None,
            None,
            "a bearer token is required",
        ));
    };
    match authenticate_bearer(s, crate::auth::bearer(header_value)).await {
        Ok(p) => Ok(p),
        Err(AuthFailure::StoreDown) => Err((
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "5")],
            "the bearer token cannot be checked right now (the data store is unreachable); try again shortly",
        )
            .into_response()),
        Err(AuthFailure::Invalid(reason)) => {
            tracing::info!(reason, "authentication failed");
            Err(challenge(
                s,
                StatusCode::UNAUTHORIZED,
                Some("invalid_token"),
                None,
                reason,
            ))
        }
    }
}

/// Forgets the owners of sessions that rmcp ended (idle expiry, transport close), so
/// the session→user map stays bounded and `active_sessions` stays true.
async fn reap_sessions(
    manager: Arc<LocalSessionManager>,
    s: Shared,
    idle: Duration,
    ct: tokio_util::sync::CancellationToken,
) {
    let every = (idle / 4).clamp(Duration::from_secs(1), Duration::from_secs(30));
    loop {
        tokio::select! {
            _ = ct.cancelled() => return,
            _ = tokio::time::sleep(every) => {}
        }
        let started = std::time::Instant::now();
        let live: std::collections::HashSet<String> = manager
            .sessions
            .read()
            .await
            .keys()
            .map(|k| k.to_string())
            .collect();
        let mut map = s.sessions.lock().unwrap_or_else(|p| p.into_inner());
        // Entries recorded after the snapshot began may not be in it yet.
        map.retain(|id, (_, at)| live.contains(id) || *at >= started);
        s.app.metrics.set_sessions(map.len() as i64);
    }
}

/// Per-user rate limit (429), then the scope a `tools/call` needs (403); the request
/// goes on, rebuilt if its body had to be read.
async fn limits(s: &Shared, principal: &Principal, req: Request) -> Result<Request, Response> {
    if let Err(not_until) = s.limiter.check_key(&principal.user) {
        let wait = not_until.wait_time_from(governor::clock::Clock::now(
            &governor::clock::DefaultClock::default(),
        ));
        let secs = wait.as_secs().max(1).to_string();
        return Err((
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, secs)],
            "Too many requests for this user; retry later",
        )
            .into_response());
    }
    // Only a caller who lacks some scope needs the body inspected (all-scope callers
    // skip the buffering and the extra parse).
    let all = principal.scopes.read && principal.scopes.act && principal.scopes.pay;
    if all || req.method() != axum::http::Method::POST {
        return Ok(req);
    }
    // Read the (bounded) body to learn the tool; the request is rebuilt after.
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, s.max_body).await else {
        return Err((StatusCode::PAYLOAD_TOO_LARGE, "Request body too large").into_response());
    };
    if let Some(scope) = required_scope(&s.app, &bytes)
        && !principal.scopes.has(scope)
    {
        return Err(challenge(
            s,
            StatusCode::FORBIDDEN,
            Some("insufficient_scope"),
            Some(scope),
            &format!("this call needs the `{scope}` scope"),
        ));
    }
    Ok(Request::from_parts(parts, axum::body::Body::from(bytes)))
}

/// The scope a request needs: a tool by its effect (read, act, pay); other requests read.
fn required_scope(app: &App, body: &[u8]) -> Option<&'static str> {
    #[derive(serde::Deserialize)]
    struct Msg {
        method: Option<String>,
        params: Option<serde_json::Value>,
    }
    let msg: Msg = serde_json::from_slice(body).ok()?;
    let method = msg.method?;
    if method.starts_with("notifications/") {
        return None;
    }
    if method != "tools/call" {
        return Some(SCOPE_READ);
    }
    let name = msg.params.as_ref()?.get("name")?.as_str()?.to_string();
    let reg = app.registry.snapshot();
    let Some(spec) = reg.get(&name) else {
        return Some(SCOPE_READ);
    };
    Some(if spec.moves_money {
        SCOPE_PAY
    } else if spec.annotations.read_only {
        SCOPE_READ
    } else {
        SCOPE_ACT
    })
}

async fn resource_metadata(State(s): State<Shared>) -> Response {
    let servers: Vec<String> = s.jwt.iter().map(|j| j.issuer().to_string()).collect();
    axum::Json(crate::auth::protected_resource_metadata(
        &s.resource,
        &servers,
    ))
    .into_response()
}

async fn healthz(State(s): State<Shared>) -> Response {
    health_response(&s.app).await
}

/// 200 while this instance can serve: public reads need only the bridge. A shared
/// database that does not answer makes it `degraded` (personal and money-moving calls
/// are refused until it is back) but keeps it in a load balancer's rotation, since
/// every instance shares that database; a broken bridge or audit trail is a 503.
async fn health_response(app: &App) -> Response {
    let bridge = app.bridge.health().await.is_ok();
    let audit = app.audit.healthy();
    let store = app.store.clone();
    let database = tokio::task::spawn_blocking(move || store.ping())
        .await
        .unwrap_or(false);
    let status = if bridge && audit {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let word = if status == StatusCode::OK && database {
        "ok"
    } else {
        "degraded"
    };
    (
        status,
        axum::Json(json!({
            "status": word,
            "bridge": bridge,
            "audit": audit,
            "database": {"backend": app.store.backend(), "reachable": database},
        })),
    )
        .into_response()
}

async fn metrics(State(s): State<Shared>) -> Response {
    metrics_response(&s.app)
}

fn metrics_response(app: &App) -> Response {
    app.metrics.set_db_round_trips(app.store.round_trips());
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        app.metrics.render(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::{check_host, check_origin};

    #[test]
    fn public_urls_and_origins_are_normalised_or_refused_by_name() {
        assert_eq!(
            check_origin("https://MCP.Bank.Example/").unwrap(),
            "https://mcp.bank.example"
        );
        assert_eq!(
            check_origin("https://mcp.bank.example:443").unwrap(),
            "https://mcp.bank.example"
        );
        assert_eq!(
            check_origin("http://10.0.0.5:8791").unwrap(),
            "http://10.0.0.5:8791"
        );
        for (bad, says) in [
            ("mcp.bank.example", "not a URL"),
            ("ftp://mcp.bank.example", "http or https"),
            ("https://u:p@mcp.bank.example", "user name"),
            ("https://mcp.bank.example/mcp", "without path"),
            ("https://mcp.bank.example/?a=1", "without path"),
        ] {
            let e = check_origin(bad).unwrap_err();
            assert!(e.contains(says) && e.contains(bad), "{bad}: {e}");
        }
    }

    #[test]
    fn allowed_hosts_are_host_or_host_port() {
        assert_eq!(check_host("MCP.bank.example").unwrap(), "mcp.bank.example");
        assert_eq!(check_host("10.0.0.5:8791").unwrap(), "10.0.0.5:8791");
        assert_eq!(check_host("[::1]:8791").unwrap(), "[::1]:8791");
        for bad in ["https://x", "x/mcp", "", "u@x", "x:port"] {
            assert!(check_host(bad).is_err(), "{bad}");
        }
    }
}
