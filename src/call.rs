//! The tool-call pipeline: look up → prefill → validate → consent decision →
//! (the caller asks the user) → bridge → result.
//!
//! Split in two so that asking stays outside: [`prepare`] does everything up to the
//! consent decision, [`execute`] forwards a prepared call exactly once. No rmcp types.

use std::sync::Arc;

use serde_json::{Map, Value, json};
use tracing::{debug, warn};

use crate::action::{ActionSpec, Builtin, Route};
use crate::app::App;
use crate::approval::page::approval_ref;
use crate::approval::{
    ApprovalError, Authorization, Display, DisplayLine, PaymentFacts, Status, format_fen,
    parse_amount_fen,
};
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
    #[error(
        "the mini-program container returned a result that does not match {tool}'s output schema (request {request_id})"
    )]
    BadReply { tool: String, request_id: String },
    #[error(
        "{message} Approve it here: {link} — then call {tool} again with the same arguments. Nothing has been paid yet."
    )]
    ApprovalRequired {
        tool: String,
        link: String,
        message: String,
    },
    #[error(
        "the audit trail cannot be written, so calls that change anything are refused; nothing was done"
    )]
    AuditUnavailable,
    #[error(
        "the data store cannot be reached right now (the database is down or restarting), so calls that read personal data or change anything are refused; nothing was done. Public lookups still work; try this again shortly."
    )]
    StoreUnavailable,
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<ApprovalError> for CallError {
    fn from(e: ApprovalError) -> Self {
        match e {
            ApprovalError::Store(s) => CallError::from(s),
            other => CallError::ConsentUnavailable(format!("{other}; nothing was paid.")),
        }
    }
}

impl From<crate::store::StoreError> for CallError {
    fn from(e: crate::store::StoreError) -> Self {
        if e.is_unavailable() {
            tracing::warn!(error = %e, "the data store is unavailable; call refused");
            CallError::StoreUnavailable
        } else {
            CallError::Internal(e.to_string())
        }
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
    /// For money-moving actions: the amount, payee and what the approval page shows.
    pub payment: Option<Payment>,
}

/// The facts of a payment that approvals and mandates are bound to.
#[derive(Debug, Clone)]
pub struct Payment {
    pub amount_fen: i64,
    /// Canonical payee key (parameter values), bound by approvals and mandates.
    pub payee: String,
    pub display: Display,
    /// Digest of the arguments before the amount due was filled in.
    pub base_digest: String,
}

/// How a prepared payment may proceed.
#[derive(Debug, Clone, PartialEq)]
pub enum PaymentStep {
    /// Execute with this idempotency key.
    Execute { idempotency_key: String },
    /// The user must approve on the page first.
    NeedsApproval { approval_id: String, link: String },
}

/// A successful result: `structuredContent` matching the output schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub structured: Map<String, Value>,
    /// The bridge replayed the result of an earlier execution with the same
    /// idempotency key: nothing was executed again.
    pub replayed: bool,
    /// The call changed which tools the caller's `tools/list` shows (discovery).
    pub list_changed: bool,
    /// A sentence for the model and the user shown before the result (a replay says
    /// that and when it was already done; example data says so).
    pub note: Option<String>,
    /// The result is example data from the manifest, not from the container.
    pub example: bool,
}

/// Look up, prefill, validate and decide what consent the call needs.
pub async fn prepare(
    app: &App,
    caller: &Caller,
    tool: &str,
    args: Option<Map<String, Value>>,
) -> Result<Prepared, CallError> {
    let registry = app.registry.snapshot();
    let spec = registry
        .get(tool)
        .cloned()
        .ok_or_else(|| CallError::UnknownTool(tool.to_string()))?;
    if let Err(e) = app.ensure_user(&caller.user) {
        // Public lookups (no personal data) go on without the store; the rest fail closed.
        if spec.tier != crate::manifest::ConsentTier::None {
            return Err(e.into());
        }
        tracing::warn!(error = %e, "cannot prepare the user's data; serving a public lookup anyway");
    }
    let args = args.unwrap_or_default();

    // Unknown properties are rejected whatever the manifest's schema says.
    let unknown: Vec<String> = args
        .keys()
        .filter(|k| !spec.has_param(k))
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
    let mut prefilled = defaults::prefill(&spec, args, &mut |key| store.profile_get(user, key))
        .map_err(|e| match e {
            PrefillError::Store(s) => CallError::from(s),
            other => CallError::Prefill(other),
        })?;
    validate_args(&spec, &prefilled)?;
    let payment = match &spec.payment {
        Some(def) => {
            let base_digest = consent::args_digest(&prefilled.args);
            let needs_amount = !prefilled.args.contains_key(&def.amount);
            let wants_name = def.quote.as_ref().is_some_and(|q| q.payee_name.is_some());
            let mut payee_name = None;
            if needs_amount || wants_name {
                payee_name = quote(
                    app,
                    caller,
                    &spec,
                    &mut prefilled,
                    &base_digest,
                    needs_amount,
                )
                .await?;
                if needs_amount {
                    validate_args(&spec, &prefilled)?;
                }
            }
            Some(payment_facts(&spec, &prefilled, base_digest, payee_name)?)
        }
        None => None,
    };
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
        payment,
    })
}

/// Asks the container's quote action about the payee: fills an omitted payment amount
/// with the amount due (`fill_amount`), so that the user approves (and the approval
/// binds) a concrete amount, and returns the payee's name when the manifest says where
/// the quote has it, so that the user sees whom they pay.
async fn quote(
    app: &App,
    caller: &Caller,
    spec: &ActionSpec,
    p: &mut Prefilled,
    base_digest: &str,
    fill_amount: bool,
) -> Result<Option<String>, CallError> {
    let def = spec.payment.as_ref().expect("called for payments only");
    let Some(q) = &def.quote else {
        return Err(CallError::InvalidArguments {
            tool: spec.tool.clone(),
            problems: vec![format!("`{}` is required", def.amount)],
        });
    };
    let arguments: Map<String, Value> = def
        .payee
        .iter()
        .filter_map(|k| p.args.get(k).map(|v| (k.clone(), v.clone())))
        .collect();
    let request_id = uuid::Uuid::new_v4().to_string();
    let req = InvokeRequest {
        request_id: request_id.clone(),
        idempotency_key: None,
        user: caller.user.clone(),
        app_id: spec.app_id.clone(),
        action: q.action.clone(),
        arguments,
    };
    let reply = app
        .bridge
        .invoke(&req)
        .await
        .map_err(|e| CallError::Bridge {
            request_id: request_id.clone(),
            source: e,
        })?;
    if reply.status == InvokeStatus::Failed {
        let f = reply.error.unwrap_or(crate::bridge::wire::ActionFailure {
            code: "failed".into(),
            message: "the amount due could not be found".into(),
        });
        return Err(CallError::Action {
            code: f.code,
            message: clean_text(&f.message),
        });
    }
    let payee_name = q
        .payee_name
        .as_ref()
        .and_then(|f| reply.result.as_ref()?.get(f)?.as_str())
        .map(|n| clean_text(n).chars().take(120).collect::<String>())
        .filter(|n| !n.trim().is_empty());
    if !fill_amount {
        return Ok(payee_name);
    }
    let amount = reply
        .result
        .as_ref()
        .and_then(|r| r.get(&q.field))
        .and_then(Value::as_str)
        .filter(|a| parse_amount_fen(a).is_some())
        .ok_or_else(|| CallError::BadReply {
            tool: spec.tool.clone(),
            request_id: request_id.clone(),
        })?;
    let mut amount = amount.to_string();
    if parse_amount_fen(&amount) == Some(0) {
        // Nothing due: if this very call was already paid, it is a retry; replay it.
        match app.approvals.replayable_amount(
            &caller.user,
            &spec.tool,
            &spec.def_hash,
            base_digest,
        )? {
            Some(fen) => amount = format_fen(fen),
            None => {
                return Err(CallError::Action {
                    code: "nothing_to_pay".into(),
                    message: "there is nothing to pay for this payee right now".into(),
                });
            }
        }
    }
    p.args.insert(def.amount.clone(), Value::String(amount));
    p.quoted.insert(def.amount.clone());
    Ok(payee_name)
}

fn payment_facts(
    spec: &ActionSpec,
    p: &Prefilled,
    base_digest: String,
    payee_name: Option<String>,
) -> Result<Payment, CallError> {
    let def = spec.payment.as_ref().expect("called for payments only");
    let amount_fen = p
        .args
        .get(&def.amount)
        .and_then(Value::as_str)
        .and_then(parse_amount_fen)
        .filter(|f| *f > 0)
        .ok_or_else(|| CallError::InvalidArguments {
            tool: spec.tool.clone(),
            problems: vec![format!(
                "`{}` must be a positive amount in yuan with at most 2 decimals, e.g. \"236.50\"",
                def.amount
            )],
        })?;
    let value = |k: &str| match p.args.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => String::new(),
    };
    let payee = def
        .payee
        .iter()
        .map(|k| format!("{k}={}", value(k)))
        .collect::<Vec<_>>()
        .join(";");
    let payee_display = def
        .payee
        .iter()
        .map(|k| crate::defaults::display_value(spec, k, p.args.get(k).unwrap_or(&Value::Null)))
        .collect::<Vec<_>>()
        .join(" · ");
    let prompt = consent::Prompt::new(spec, p);
    let display = Display {
        title: spec.title.clone(),
        tool: spec.tool.clone(),
        amount: format_fen(amount_fen),
        payee: payee_display,
        payee_name,
        lines: prompt
            .lines
            .iter()
            .map(|l| DisplayLine {
                label: l.param.clone(),
                value: l.shown.clone(),
                note: l.note().map(String::from),
            })
            .collect(),
    };
    Ok(Payment {
        amount_fen,
        payee,
        display,
        base_digest,
    })
}

/// Decides whether a prepared payment may run now (an approval or a mandate covers
/// exactly this call) or must be approved on the page first.
pub fn authorize(app: &App, caller: &Caller, p: &Prepared) -> Result<PaymentStep, CallError> {
    let pay = p
        .payment
        .as_ref()
        .ok_or_else(|| CallError::Internal("authorize-tier action without payment facts".into()))?;
    if !app.audit.healthy() {
        return Err(CallError::AuditUnavailable);
    }
    let facts = PaymentFacts {
        user: &caller.user,
        client: &caller.client,
        tool: &p.spec.tool,
        def_hash: &p.spec.def_hash,
        args_digest: &p.digest,
        base_digest: &pay.base_digest,
        payee: &pay.payee,
        amount_fen: pay.amount_fen,
    };
    let (auth, changed) = app.approvals.authorize(&facts, &pay.display)?;
    for (id, status) in changed {
        audit(
            app,
            status.as_str(),
            caller,
            p,
            json!({"approval_ref": approval_ref(&id)}),
        )?;
    }
    match auth {
        Authorization::Execute {
            idempotency_key,
            via,
        } => {
            let via = match via {
                crate::approval::Via::Approval(id) => json!({"approval_ref": approval_ref(&id)}),
                crate::approval::Via::Replay(id) => json!({"replay_of": approval_ref(&id)}),
                crate::approval::Via::Mandate(id) => json!({"mandate_ref": approval_ref(&id)}),
            };
            audit(
                app,
                "authorized",
                caller,
                p,
                json!({"via": via, "args_digest": p.digest}),
            )?;
            Ok(PaymentStep::Execute { idempotency_key })
        }
        Authorization::NeedsApproval {
            approval_id,
            created,
        } => {
            let Some(page) = &app.page else {
                return Err(CallError::AuthorizeUnavailable(format!(
                    "{} moves money and needs the user's approval on the approval page, which this command does not serve (use `serve`); nothing was paid.",
                    p.spec.tool
                )));
            };
            if created {
                audit(
                    app,
                    "consent_requested",
                    caller,
                    p,
                    json!({"approval_ref": approval_ref(&approval_id), "args_digest": p.digest, "def_hash": p.spec.def_hash,
                           "amount_fen": pay.amount_fen, "payee": pay.display.payee}),
                )?;
            }
            Ok(PaymentStep::NeedsApproval {
                link: page.link(&approval_id),
                approval_id,
            })
        }
    }
}

/// Waits (bounded) until the user has decided on the page. Returns the final status,
/// or `Pending` on timeout.
pub async fn wait_for_decision(
    app: &App,
    approval_id: &str,
    timeout: std::time::Duration,
) -> Result<Status, CallError> {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let status = app
            .approvals
            .get(approval_id)?
            .map(|a| a.status)
            .unwrap_or(Status::Invalidated);
        if status != Status::Pending || tokio::time::Instant::now() >= deadline {
            return Ok(status);
        }
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
}

fn audit(
    app: &App,
    kind: &str,
    caller: &Caller,
    p: &Prepared,
    data: Value,
) -> Result<(), CallError> {
    let data = data.as_object().cloned().unwrap_or_default();
    app.audit
        .append(kind, &caller.user, &p.spec.tool, data)
        .map(|_| ())
        .map_err(|e| match e {
            crate::audit::AuditError::Store(s) => CallError::from(s),
            e => {
                tracing::error!(error = %e, "audit append failed");
                CallError::AuditUnavailable
            }
        })
}

fn validate_args(spec: &ActionSpec, p: &Prefilled) -> Result<(), CallError> {
    let instance = Value::Object(p.args.clone());
    let mut problems = Vec::new();
    let validator = spec.input_validator().ok_or_else(|| {
        CallError::Internal(format!(
            "the input schema of {} cannot be compiled",
            spec.tool
        ))
    })?;
    // The common case first: `is_valid` stops at nothing and builds no error.
    if validator.is_valid(&instance) {
        return Ok(());
    }
    for e in validator.iter_errors(&instance) {
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
pub fn remember(
    app: &App,
    caller: &Caller,
    p: &Prepared,
    remember: Remember,
) -> Result<(), CallError> {
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
pub async fn execute(
    app: &App,
    caller: &Caller,
    p: &Prepared,
    key: Option<String>,
) -> Result<Outcome, CallError> {
    let spec = &p.spec;
    let request_id = uuid::Uuid::new_v4().to_string();
    let route = match &spec.route {
        Route::Builtin(b) => return run_builtin(app, caller, p, *b),
        Route::Bridge(r) => r,
    };
    let writes = !spec.annotations.read_only;
    let idempotency_key = writes.then(|| key.unwrap_or_else(|| uuid::Uuid::new_v4().to_string()));
    let req = InvokeRequest {
        request_id: request_id.clone(),
        idempotency_key: idempotency_key.clone(),
        user: caller.user.clone(),
        app_id: spec.app_id.clone(),
        action: route.clone(),
        arguments: p.prefilled.args.clone(),
    };
    debug!(tool = %spec.tool, %request_id, "forwarding to the bridge");
    let key_ref = idempotency_key.as_deref().map(approval_ref);
    if writes {
        // The intent is durable before anything is sent: no audit, no call.
        let mut data = json!({"idempotency_ref": key_ref, "args_digest": p.digest});
        if let Some(pay) = &p.payment {
            data["amount_fen"] = json!(pay.amount_fen);
            data["payee"] = json!(pay.display.payee);
        }
        audit(app, "intent", caller, p, data)?;
    }
    let mut result = forward(app, caller, spec, &req, &request_id).await;
    if let Ok(o) = &mut result
        && o.replayed
    {
        mark_replay(app, spec, o, idempotency_key.as_deref());
    }
    if writes {
        let outcome = match &result {
            Ok(o) => {
                json!({"idempotency_ref": key_ref, "result": "ok", "replayed": o.replayed, "example": o.example})
            }
            Err(CallError::Action { code, .. }) => {
                json!({"idempotency_ref": key_ref, "result": "failed", "code": code})
            }
            Err(CallError::Pending { .. }) => {
                json!({"idempotency_ref": key_ref, "result": "pending"})
            }
            Err(e) => {
                json!({"idempotency_ref": key_ref, "result": "error", "error": e.to_string()})
            }
        };
        // The call has happened; a failing outcome write is logged and makes the trail
        // refuse further state-changing calls.
        let _ = audit(app, "outcome", caller, p, outcome);
    }
    result
}

/// A replayed result is not a new success: it says so (`replayed: true` for payments,
/// whose published output schema has that field, and a sentence saying when it was
/// done), and is counted apart.
fn mark_replay(app: &App, spec: &ActionSpec, o: &mut Outcome, key: Option<&str>) {
    app.metrics.replayed(&spec.tool);
    tracing::info!(tool = %spec.tool, "replayed the result of an earlier identical call; nothing was executed again");
    let when = o
        .structured
        .get("paid_at")
        .and_then(Value::as_str)
        .map(String::from)
        .or_else(|| {
            let a = app.approvals.get(key?).ok()??;
            chrono::DateTime::from_timestamp_millis(a.decided_at?).map(|t| t.to_rfc3339())
        });
    let when = when.map_or_else(|| " earlier".to_string(), |w| format!(" at {w}"));
    o.note = Some(if spec.moves_money {
        o.structured
            .insert(crate::action::REPLAYED.into(), Value::Bool(true));
        format!(
            "Already paid{when}: this is the receipt of that earlier identical payment, returned again. Nothing was paid this time; tell the user it had already been paid."
        )
    } else {
        format!(
            "Already done{when}: this is the result of that earlier identical call, returned again. Nothing was done this time."
        )
    });
}

async fn forward(
    app: &App,
    caller: &Caller,
    spec: &ActionSpec,
    req: &InvokeRequest,
    request_id: &str,
) -> Result<Outcome, CallError> {
    let request_id = request_id.to_string();
    let idempotency_key = req.idempotency_key.clone();
    if let Some(reply) = app.bridge.example_reply(req, &spec.examples) {
        tracing::info!(tool = %spec.tool, %request_id, "answered from the manifest's examples (example data: the container does not implement the action; nothing was executed)");
        let mut o = reply_to_outcome(spec, reply, &request_id)?;
        o.example = true;
        o.note = Some(format!(
            "Example data from the manifest of {}: the container does not implement this action yet, so nothing was executed and this is not a real result. Tell the user it is example data.",
            spec.tool
        ));
        return Ok(o);
    }
    let reply = match app.bridge.invoke(req).await {
        Ok(r) => r,
        Err(e) if e.outcome_unknown() && idempotency_key.is_some() => {
            warn!(tool = %spec.tool, %request_id, error = %e, "bridge outcome unknown; settling by status query");
            settle(
                app,
                caller,
                idempotency_key.as_deref().unwrap_or_default(),
                &request_id,
                e,
            )
            .await?
        }
        Err(e) => {
            warn!(tool = %spec.tool, %request_id, error = %e, "bridge call failed");
            return Err(CallError::Bridge {
                request_id,
                source: e,
            });
        }
    };
    reply_to_outcome(spec, reply, &request_id)
}

/// Asks the bridge what happened to `key` after an unclear outcome.
async fn settle(
    app: &App,
    caller: &Caller,
    key: &str,
    request_id: &str,
    original: BridgeError,
) -> Result<InvokeReply, CallError> {
    match app.bridge.status(&caller.user, key).await {
        Ok(s) if s.state == InvocationState::Completed && s.reply.is_some() => {
            Ok(s.reply.expect("checked"))
        }
        Ok(s) if s.state == InvocationState::Unknown => Err(CallError::Bridge {
            request_id: request_id.to_string(),
            source: original,
        }),
        _ => Err(CallError::Pending {
            request_id: request_id.to_string(),
        }),
    }
}

fn reply_to_outcome(
    spec: &ActionSpec,
    reply: InvokeReply,
    request_id: &str,
) -> Result<Outcome, CallError> {
    match reply.status {
        InvokeStatus::Ok => {
            // Checked as a JSON value without copying it (results can be large).
            let value = Value::Object(reply.result.unwrap_or_default());
            if !spec.output_matches(&value) {
                warn!(tool = %spec.tool, %request_id, "bridge result does not match the output schema");
                return Err(CallError::BadReply {
                    tool: spec.tool.clone(),
                    request_id: request_id.to_string(),
                });
            }
            let Value::Object(structured) = value else {
                unreachable!("built as an object above")
            };
            Ok(Outcome {
                structured,
                replayed: reply.replayed,
                list_changed: false,
                note: None,
                example: false,
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
        Builtin::Find | Builtin::Suggest | Builtin::ForgetUsage => {
            let (structured, list_changed) = crate::discovery::run(
                &app.discovery,
                &p.registry,
                &caller.user,
                b,
                &p.prefilled.args,
            )
            .map_err(|e| CallError::Internal(e.to_string()))?;
            return Ok(Outcome {
                structured,
                replayed: false,
                list_changed,
                note: None,
                example: false,
            });
        }
        Builtin::CallAction => {
            return Err(CallError::Internal(
                "actions__call is unwrapped by the MCP layer and never executed itself".into(),
            ));
        }
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
            let key = p
                .prefilled
                .args
                .get("key")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let value = p
                .prefilled
                .args
                .get("value")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let schema =
                p.registry
                    .settable_key(key)
                    .ok_or_else(|| CallError::InvalidArguments {
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
                .ok_or_else(|| {
                    CallError::Internal("saved default not found after saving".into())
                })?;
            out = crate::builtin::entry_json(&entry);
        }
        Builtin::ListMandates => {
            let now = now_ms();
            let list: Vec<Value> = app
                .approvals
                .mandates(&caller.user)?
                .into_iter()
                .map(|m| {
                    json!({
                        "mandate_id": m.id,
                        "tool": m.tool,
                        "payee": m.payee_display,
                        "cap": format_fen(m.cap_fen),
                        "uses": m.uses,
                        "max_uses": m.max_uses,
                        "expires_at": chrono::DateTime::from_timestamp_millis(m.expires_at).map(|t| t.to_rfc3339()).unwrap_or_default(),
                        "active": !m.revoked && m.expires_at > now && m.uses < m.max_uses,
                    })
                })
                .collect();
            out.insert("mandates".into(), Value::Array(list));
        }
        Builtin::RevokeMandate => {
            let id = p
                .prefilled
                .args
                .get("mandate_id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            audit(
                app,
                "mandate_revoked",
                caller,
                p,
                json!({"mandate_ref": approval_ref(id), "via": "tool"}),
            )?;
            if !app.approvals.revoke(&caller.user, id)? {
                return Err(CallError::InvalidArguments {
                    tool: p.spec.tool.clone(),
                    problems: vec!["`mandate_id`: no active mandate of this user has that id (see mandates__list)".into()],
                });
            }
            out.insert("mandate_id".into(), Value::String(id.to_string()));
            out.insert("revoked".into(), Value::Bool(true));
        }
    }
    Ok(Outcome {
        structured: out,
        replayed: false,
        list_changed: false,
        note: None,
        example: false,
    })
}

pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
