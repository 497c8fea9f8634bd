//! The sandbox served over the bridge protocol (`bridge-openapi.yaml`), so that the
//! server's HTTP bridge client is exercised for real (`examples/sandbox_bridge.rs`).

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::Sandbox;
use crate::bridge::wire::{ActionFailure, ErrorReply, HealthReply, InvokeRequest};

#[derive(Clone)]
struct St {
    sandbox: Arc<Sandbox>,
    token: Option<Arc<str>>,
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        axum::Json(ErrorReply {
            error: ActionFailure {
                code: code.into(),
                message: message.into(),
            },
        }),
    )
        .into_response()
}

fn authorized(st: &St, headers: &HeaderMap) -> bool {
    match &st.token {
        None => true,
        Some(t) => headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|v| v == &**t),
    }
}

/// The bridge protocol over HTTP; with `bearer_token`, every route but health needs it.
pub fn router(sandbox: Arc<Sandbox>, bearer_token: Option<String>) -> Router {
    let st = St {
        sandbox,
        token: bearer_token.map(Into::into),
    };
    Router::new()
        .route("/v1/invoke", post(invoke))
        .route("/v1/invocations/{key}", get(status))
        .route("/v1/catalog", get(catalog))
        .route(
            "/v1/health",
            get(|| async {
                axum::Json(HealthReply {
                    status: "ok".into(),
                })
            }),
        )
        .layer(axum::extract::DefaultBodyLimit::max(1024 * 1024))
        .with_state(st)
}

async fn invoke(State(st): State<St>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    if !authorized(&st, &headers) {
        return error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a valid bridge token is required",
        );
    }
    let req: InvokeRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                "bad_request",
                &format!("not a valid invoke request: {e}"),
            );
        }
    };
    let sb = st.sandbox.clone();
    match tokio::task::spawn_blocking(move || sb.invoke(&req)).await {
        Ok(reply) => axum::Json(reply).into_response(),
        Err(_) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the sandbox failed",
        ),
    }
}

#[derive(Deserialize)]
struct UserQuery {
    user: String,
}

async fn status(
    State(st): State<St>,
    headers: HeaderMap,
    Path(key): Path<String>,
    Query(q): Query<UserQuery>,
) -> Response {
    if !authorized(&st, &headers) {
        return error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a valid bridge token is required",
        );
    }
    let sb = st.sandbox.clone();
    match tokio::task::spawn_blocking(move || sb.status(&q.user, &key)).await {
        Ok(reply) => axum::Json(reply).into_response(),
        Err(_) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the sandbox failed",
        ),
    }
}

async fn catalog(State(st): State<St>, headers: HeaderMap) -> Response {
    if !authorized(&st, &headers) {
        return error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a valid bridge token is required",
        );
    }
    axum::Json(st.sandbox.catalog()).into_response()
}
