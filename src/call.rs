//! The tool-call pipeline: look up → prefill → validate → consent decision →
//! (the caller asks the user) → bridge → result.
//!
//! Split in two so that asking stays outside: [`prepare`] does everything up to the
//! consent decision, [`execute`] forwards a prepared call exactly once. No rmcp types.

use std::sync::Arc;

use serde_json::{Map, Value};
use tracing::{debug, warn};

use crate::action::{ActionSpec, Builtin, Route};
use crate::app::App;
use crate::bridge::BridgeError;
use crate::bridge::wire::{InvocationState, InvokeReply, InvokeRequest, InvokeStatus};
use crate::consent::{self, Need, Remember};
use crate::defaults::{self, PrefillError, Prefilled};
use crate::registry::Registry;

/// Who is calling: the local user on stdio, the authenticated user on HTTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub user: String,
    /// The protocol session (stdio process, HTTP session); `None` when stateless.
    pub session: Option<String>,
    /// The client's name, for provenance of saved defaults.
    pub client: String,
}

/// Everything that can stop a call. `mcp::result` maps each to a tool error
/// (`isError: true`) or a protocol error.
#[derive(Debug, thiserror::Error)]
pub enum CallError {
    #[error("unknown tool `{0}`")]
    UnknownTool(String),
    #[error("invalid arguments for {tool}: {}", .problems.join("; "))]
    InvalidArguments { tool: String, problems: Vec<String> },
    #[error(transparent)]
    Prefill(#[from] PrefillError),
    #[error("the user declined {0}; nothing was done")]
    Declined(String),
    #[error("the user cancelled the confirmation of {0}; nothing was done")]
    Cancelled(String),
    #[error("{0}")]
    ConsentUnavailable(String),
    #[error("{0}")]
    ConsentInvalid(String),
    #[error("{0}")]
    AuthorizeUnavailable(String),
    #[error("{message}")]
    Action { code: String, message: String },
    #[error("{source} (request {request_id})")]
    Bridge {
        request_id: String,
        #[source]
        source: BridgeError,
    },
    #[error(
        "the outcome of this call is not known yet (request {request_id}); it was sent once and will not be sent again. Check its effect (e.g. list or query) before calling again."
    )]
    Pending { request_id: String },
    #[error("the mini-program container returned a result that does not match {tool}'s output schema (request {request_id})")]
    BadReply { tool: String, request_id: String },
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<crate::store::StoreError> for CallError {
    fn from(e: crate::store::StoreError) -> Self {
        CallError::Internal(e.to_string())
    }
}

/// A call that passed lookup, prefill and validation, with its consent need.
#[derive(Debug)]
pub struct Prepared {
    pub spec: Arc<ActionSpec>,
    /// The registry the call was prepared against (one call sees one registry).
    pub registry: Arc<Registry>,
    pub prefilled: Prefilled,
    /// Digest of the effective arguments; consent is bound to it.
    pub digest: String,
    pub need: Need,
}

/// A successful result: `structuredContent` matching the output schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub structured: Map<String, Value>,
    pub replayed: bool,
}

/// Look up, prefill, validate and decide what consent the call needs.
pub fn prepare(app: &App, caller: &Caller, tool: &str, args: Option<Map<String, Value>>) -> Result<Prepared, CallError> {
    let registry = app.registry.snapshot();
    let spec = registry
        .get(tool)
        .cloned()
        .ok_or_else(|| CallError::UnknownTool(tool.to_string()))?;
    app.ensure_user(&caller.user)?;
    let args = args.unwrap_or_default();

    // Unknown properties are rejected whatever the manifest's schema says.
    let props = spec.properties();
    let unknown: Vec<String> = args
        .keys()
        .filter(|k| props.is_none_or(|p| !p.contains_key(*k)))
        .filter(|k| spec.binding(k).is_none())
        .map(|k| format!("unknown parameter `{k}`"))
        .collect();
    if !unknown.is_empty() {
        return Err(CallError::InvalidArguments {
            tool: spec.tool.clone(),
            problems: unknown,
        });
    }

    let store = &app.store;
    let user = caller.user.as_str();
    let prefilled = defaults::prefill(&spec, args, &mut |key| store.profile_get(user, key))?;
    validate_args(&spec, &prefilled)?;
    let digest = consent::args_digest(&prefilled.args);
    let granted = spec.tier == crate::manifest::ConsentTier::Confirm
        && app.store.grant_valid(
            user,
            &spec.tool,
            caller.session.as_deref().unwrap_or("-"),
            &spec.def_hash,
            now_ms(),
        )?;
    let need = consent::need(&spec, &prefilled, granted);
    Ok(Prepared {
        spec,
        registry,
        prefilled,
        digest,
        need,
    })
}

fn validate_args(spec: &ActionSpec, p: &Prefilled) -> Result<(), CallError> {
    let instance = Value::Object(p.args.clone());
    let mut problems = Vec::new();
    for e in spec.validator.iter_errors(&instance) {
        let path = e.instance_path().to_string();
        let param = path.trim_start_matches('/').split('/').next().unwrap_or("");
        if !param.is_empty() && p.from_defaults.contains(param) {
            // Never echo a saved (personal) value back.
            problems.push(format!(
                "the saved default for `{param}` is not valid for this action; pass `{param}` explicitly"
            ));
        } else if spec.personal.contains(param) {
            problems.push(format!("`{param}`: {}", e.masked()));
        } else if path.is_empty() {
            problems.push(e.to_string());
        } else {
            problems.push(format!("`{param}`: {e}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        problems.dedup();
        Err(CallError::InvalidArguments {
            tool: spec.tool.clone(),
            problems,
        })
    }
}

/// Records a "remember" grant after the user accepted.
pub fn remember(app: &App, caller: &Caller, p: &Prepared, remember: Remember) -> Result<(), CallError> {
    let (scope, until) = match remember {
        Remember::Once => return Ok(()),
        Remember::Session => match &caller.session {
            Some(s) => (s.as_str(), i64::MAX),
            None => return Ok(()),
        },
        Remember::Minutes(m) => ("*", now_ms() + i64::from(m) * 60_000),
    };
    app.store
        .grant_put(&caller.user, &p.spec.tool, scope, &p.spec.def_hash, until)?;
    Ok(())
}

/// Forwards a prepared call whose consent is settled. Sent to the bridge exactly
/// once; an unclear outcome is settled by a status query with the same key.
pub async fn execute(app: &App, caller: &Caller, p: &Prepared) -> Result<Outcome, CallError> {
    let spec = &p.spec;
    let request_id = uuid::Uuid::new_v4().to_string();
    let route = match &spec.route {
        Route::Builtin(b) => return run_builtin(app, caller, p, *b),
        Route::Bridge(r) => r,
    };
    let idempotency_key = (!spec.annotations.read_only).then(|| uuid::Uuid::new_v4().to_string());
    let req = InvokeRequest {
        request_id: request_id.clone(),
        idempotency_key: idempotency_key.clone(),
        user: caller.user.clone(),
        app_id: spec.app_id.clone(),
        action: route.clone(),
        arguments: p.prefilled.args.clone(),
    };
    debug!(tool = %spec.tool, %request_id, "forwarding to the bridge");
    let reply = match app.bridge.invoke(&req).await {
        Ok(r) => r,
        Err(e) if e.outcome_unknown() && idempotency_key.is_some() => {
            warn!(tool = %spec.tool, %request_id, error = %e, "bridge outcome unknown; settling by status query");
            settle(app, caller, idempotency_key.as_deref().unwrap_or_default(), &request_id, e).await?
        }
        Err(e) => {
            warn!(tool = %spec.tool, %request_id, error = %e, "bridge call failed");
            return Err(CallError::Bridge { request_id, source: e });
        }
    };
    reply_to_outcome(spec, reply, &request_id)
}

/// Asks the bridge what happened to `key` after an unclear outcome.
async fn settle(app: &App, caller: &Caller, key: &str, request_id: &str, original: BridgeError) -> Result<InvokeReply, CallError> {
    match app.bridge.status(&caller.user, key).await {
        Ok(s) if s.state == InvocationState::Completed && s.reply.is_some() => Ok(s.reply.expect("checked")),
        Ok(s) if s.state == InvocationState::Unknown => Err(CallError::Bridge {
            request_id: request_id.to_string(),
            source: original,
        }),
        _ => Err(CallError::Pending {
            request_id: request_id.to_string(),
        }),
    }
}

fn reply_to_outcome(spec: &ActionSpec, reply: InvokeReply, request_id: &str) -> Result<Outcome, CallError> {
    match reply.status {
        InvokeStatus::Ok => {
            let structured = reply.result.unwrap_or_default();
            if !spec.output_validator.is_valid(&Value::Object(structured.clone())) {
                warn!(tool = %spec.tool, %request_id, "bridge result does not match the output schema");
                return Err(CallError::BadReply {
                    tool: spec.tool.clone(),
                    request_id: request_id.to_string(),
                });
            }
            Ok(Outcome {
                structured,
                replayed: reply.replayed,
            })
        }
        InvokeStatus::Failed => {
            let f = reply.error.unwrap_or(crate::bridge::wire::ActionFailure {
                code: "failed".into(),
                message: "the action failed without a reason".into(),
            });
            Err(CallError::Action {
                code: f.code,
                message: clean_text(&f.message),
            })
        }
    }
}

/// Bridge text reaches the model and the user: strip control characters, bound it.
fn clean_text(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(500).collect()
}

fn run_builtin(app: &App, caller: &Caller, p: &Prepared, b: Builtin) -> Result<Outcome, CallError> {
    let mut out = Map::new();
    match b {
        Builtin::ShowDefaults => {
            let list: Vec<Value> = app
                .store
                .profile_list(&caller.user)?
                .iter()
                .map(|e| Value::Object(crate::builtin::entry_json(e)))
                .collect();
            out.insert("defaults".into(), Value::Array(list));
        }
        Builtin::RememberDefault => {
            let key = p.prefilled.args.get("key").and_then(Value::as_str).unwrap_or_default();
            let value = p.prefilled.args.get("value").and_then(Value::as_str).unwrap_or_default();
            let schema = p.registry.settable_key(key).ok_or_else(|| CallError::InvalidArguments {
                tool: p.spec.tool.clone(),
                problems: vec![format!("`key`: `{key}` cannot be saved")],
            })?;
            let valid = jsonschema::validator_for(schema)
                .map(|v| v.is_valid(&Value::String(value.to_string())))
                .unwrap_or(false);
            if !valid {
                return Err(CallError::InvalidArguments {
                    tool: p.spec.tool.clone(),
                    problems: vec![format!(
                        "`value` is not valid for `{key}` (it must match the parameter it fills)"
                    )],
                });
            }
            let set_by = format!("{} via {} (confirmed)", caller.user, caller.client);
            app.store.profile_set(&caller.user, key, value, &set_by)?;
            let entry = app
                .store
                .profile_list(&caller.user)?
                .into_iter()
                .find(|e| e.key == key)
                .ok_or_else(|| CallError::Internal("saved default not found after saving".into()))?;
            out = crate::builtin::entry_json(&entry);
        }
    }
    Ok(Outcome {
        structured: out,
        replayed: false,
    })
}

pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
