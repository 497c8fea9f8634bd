//! Pipeline results → MCP: a `CallToolResult` (success, or a tool error with
//! `isError: true` the model can act on) or a JSON-RPC error (unknown tool, internal
//! fault). Details of internal faults are logged, not returned.

use rmcp::model::{CallToolResult, ContentBlock, ErrorData};
use serde_json::Value;
use tracing::{error, info};

use crate::call::{CallError, Outcome};

/// `_meta` key set on a result that is example data from the manifest.
pub const EXAMPLE_META: &str = "miniprogram-mcp/example-data";

pub fn success(o: Outcome) -> CallToolResult {
    let mut r = CallToolResult::structured(Value::Object(o.structured));
    if let Some(note) = o.note {
        r.content.insert(0, ContentBlock::text(note));
    }
    if o.example {
        let mut meta = serde_json::Map::new();
        meta.insert(EXAMPLE_META.into(), Value::Bool(true));
        r.meta = Some(rmcp::model::MetaObject(meta));
    }
    r
}

pub fn failure(tool: &str, e: CallError) -> Result<CallToolResult, ErrorData> {
    let text = match &e {
        CallError::UnknownTool(name) => {
            return Err(ErrorData::invalid_params(
                format!("Unknown tool: {name}"),
                None,
            ));
        }
        CallError::Internal(detail) => {
            let id = uuid::Uuid::new_v4();
            error!(tool, error_id = %id, %detail, "internal error");
            return Err(ErrorData::internal_error(
                format!("internal error (error id {id})"),
                None,
            ));
        }
        CallError::InvalidArguments { .. } => format!("{e}. Correct the arguments and call again."),
        CallError::Prefill(_) => e.to_string(),
        CallError::Action { code, message } => format!("{message} (code: {code})"),
        other => other.to_string(),
    };
    info!(tool, outcome = error_kind(&e), "tool error");
    Ok(CallToolResult::error(vec![ContentBlock::text(text)]))
}

/// A short, stable label for metrics and logs.
pub fn error_kind(e: &CallError) -> &'static str {
    match e {
        CallError::UnknownTool(_) => "unknown_tool",
        CallError::InvalidArguments { .. } => "invalid_arguments",
        CallError::Prefill(_) => "prefill",
        CallError::Declined(_) => "declined",
        CallError::Cancelled(_) => "cancelled",
        CallError::ConsentUnavailable(_) => "consent_unavailable",
        CallError::ConsentInvalid(_) => "consent_invalid",
        CallError::AuthorizeUnavailable(_) => "authorize_unavailable",
        CallError::Action { .. } => "action_failed",
        CallError::Bridge { .. } => "bridge_error",
        CallError::Pending { .. } => "pending",
        CallError::BadReply { .. } => "bad_reply",
        CallError::ApprovalRequired { .. } => "approval_required",
        CallError::AuditUnavailable => "audit_unavailable",
        CallError::StoreUnavailable => "store_unavailable",
        CallError::Internal(_) => "internal",
    }
}
