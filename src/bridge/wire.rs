//! The bridge protocol's wire types (documented in `bridge-openapi.yaml`).
//!
//! Serializable = boundary: these types are the protocol, used by the HTTP client,
//! the embedded sandbox and `examples/sandbox_bridge.rs`. Domain code converts at the edge.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// `POST /v1/invoke`: execute one action for one user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvokeRequest {
    /// Unique per attempt; for tracing only.
    pub request_id: String,
    /// Required for actions that change state. The bridge executes a key at most
    /// once and replays the first reply for later requests with the same key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// The user on whose behalf the action runs.
    pub user: String,
    /// The mini-program's container app id.
    pub app_id: String,
    /// The action identifier (the manifest's `bridge.action`).
    pub action: String,
    /// Arguments after prefill and validation.
    pub arguments: Map<String, Value>,
}

/// The reply to an invocation (also embedded in a status reply).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvokeReply {
    /// `ok`: `result` holds the action's output; `failed`: `error` says why
    /// (a business failure the user or agent can act on, e.g. "bill already paid").
    pub status: InvokeStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Map<String, Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ActionFailure>,
    /// True when this reply is a replay of an earlier execution of the same key.
    #[serde(default)]
    pub replayed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvokeStatus {
    Ok,
    Failed,
}

/// A business failure, safe to show to the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionFailure {
    /// Stable machine code, e.g. `bill_already_paid`, `slot_full`, `not_found`.
    pub code: String,
    /// One sentence for the user/agent, saying what to change.
    pub message: String,
}

/// `GET /v1/invocations/{idempotency_key}?user=...`: what happened to a key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusReply {
    pub state: InvocationState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<InvokeReply>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvocationState {
    /// The key was executed; `reply` holds the first reply.
    Completed,
    /// The key is executing right now.
    InProgress,
    /// The bridge has never seen this key: it was not executed.
    Unknown,
}

/// `GET /v1/catalog`: the programs and actions the container offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogReply {
    pub programs: Vec<CatalogProgram>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogProgram {
    pub app_id: String,
    pub actions: Vec<String>,
    /// Optional full manifest (the manifest format) for registering the program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest: Option<Value>,
}

/// `GET /v1/health`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HealthReply {
    pub status: String,
}

/// Error body for non-2xx replies: `{"error": {"code", "message"}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorReply {
    pub error: ActionFailure,
}
