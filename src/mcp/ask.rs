//! Asking the user for a `confirm`-tier call, in the client's era:
//! - 2025-11-25: a server→client `elicitation/create` form during the call;
//! - 2026-07-28: an MRTR `InputRequiredResult` whose sealed `requestState` is bound to
//!   the user, the tool, the definition hash and the argument digest, short-lived and
//!   single-use (its nonce is consumed in the store when it is redeemed).

use std::time::Duration;

use rmcp::model::{
    ClientCapabilities, ElicitRequest, ElicitRequestParams, ElicitResult, ElicitationAction,
    ElicitationSchema, InputRequest, InputRequests, InputRequiredResult, InputResponses,
};
use rmcp::model::{RequestStateCodec, SealOptions};
use rmcp::service::{Peer, RoleServer};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::call::{CallError, Caller, Prepared, now_ms};
use crate::consent::{Answer, Prompt, REMEMBER_CHOICES, Remember};
use crate::store::Store;

/// The key of our one input request inside `inputRequests` / `inputResponses`.
pub const CONSENT_KEY: &str = "consent";

/// True when the client declared URL-mode elicitation.
pub fn supports_url(caps: Option<&ClientCapabilities>) -> bool {
    caps.and_then(|c| c.elicitation.as_ref())
        .is_some_and(|e| e.url.is_some())
}

/// True when the client declared form-mode elicitation (an empty object means form).
pub fn supports_form(caps: Option<&ClientCapabilities>) -> bool {
    caps.and_then(|c| c.elicitation.as_ref())
        .is_some_and(|e| e.form.is_some() || e.url.is_none())
}

fn form(prompt: &Prompt, offer_session: bool) -> ElicitRequestParams {
    let choices: Vec<Value> = REMEMBER_CHOICES
        .iter()
        .filter(|(v, _)| offer_session || *v != "session")
        .map(|(v, t)| json!({"const": v, "title": t}))
        .collect();
    let schema = json!({
        "type": "object",
        "properties": {
            "remember": {
                "type": "string",
                "title": "Remember my answer 记住我的选择",
                "description": "How long the assistant may run this action again without asking.",
                "oneOf": choices,
                "default": "once"
            }
        }
    });
    let requested_schema =
        ElicitationSchema::from_json_schema(schema.as_object().cloned().unwrap_or_default())
            .expect("the consent form schema is a valid elicitation schema");
    ElicitRequestParams::FormElicitationParams {
        meta: None,
        message: prompt.message(),
        requested_schema,
    }
}

fn answer_from(result: &ElicitResult) -> Answer {
    match result.action {
        ElicitationAction::Accept => Answer::Accept(Remember::parse(result.content.as_ref())),
        ElicitationAction::Decline => Answer::Decline,
        _ => Answer::Cancel,
    }
}

/// 2025-11-25: ask with an elicitation request and wait (bounded) for the answer.
pub async fn ask_legacy(
    peer: &Peer<RoleServer>,
    prompt: &Prompt,
    offer_session: bool,
    timeout: Duration,
) -> Result<Answer, CallError> {
    match peer
        .create_elicitation_with_timeout(form(prompt, offer_session), Some(timeout))
        .await
    {
        Ok(r) => Ok(answer_from(&r)),
        Err(e) => {
            tracing::info!(error = %e, "confirmation request failed or timed out");
            Err(CallError::ConsentUnavailable(format!(
                "{} needs the user's confirmation, but no answer arrived (the request failed or timed out); nothing was done. Call again to ask again.",
                prompt.tool
            )))
        }
    }
}

/// What we seal into `requestState`. Readable by the client (integrity only): no secrets.
#[derive(Serialize, Deserialize)]
struct ConsentState {
    v: u8,
    nonce: String,
    exp: i64,
    /// The approval the link was for (payments only; the id is in the link anyway).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    approval: Option<String>,
}

/// What a sealed state is for: a confirmation form, or a payment approval link.
#[derive(Clone, Copy)]
pub enum Purpose {
    Confirm,
    Approve,
}

fn associated_data(purpose: Purpose, caller: &Caller, p: &Prepared) -> String {
    let tag = match purpose {
        Purpose::Confirm => "consent",
        Purpose::Approve => "approval",
    };
    format!(
        "{tag}|v1|{}|{}|{}|{}",
        caller.user, p.spec.tool, p.spec.def_hash, p.digest
    )
}

fn url_request(message: &str, url: &str, elicitation_id: &str) -> ElicitRequestParams {
    ElicitRequestParams::UrlElicitationParams {
        meta: None,
        message: message.to_string(),
        url: url.to_string(),
        elicitation_id: elicitation_id.to_string(),
    }
}

/// 2025-11-25: send the user to the approval page (URL-mode elicitation). `Accept`
/// only means the user agreed to open it; the decision is read from the approval.
pub async fn ask_url(
    peer: &Peer<RoleServer>,
    message: &str,
    url: &str,
    approval_id: &str,
    timeout: Duration,
) -> Result<Answer, CallError> {
    match peer
        .create_elicitation_with_timeout(url_request(message, url, approval_id), Some(timeout))
        .await
    {
        Ok(r) => Ok(answer_from(&r)),
        Err(e) => {
            tracing::info!(error = %e, "approval link request failed or timed out");
            Err(CallError::ApprovalRequired {
                tool: String::new(),
                link: url.to_string(),
                message: "The payment needs the user's approval.".into(),
            })
        }
    }
}

/// 2026-07-28, first round of a payment: a URL input request and its sealed state.
pub fn approval_input_required(
    codec: &RequestStateCodec,
    caller: &Caller,
    p: &Prepared,
    approval_id: &str,
    message: &str,
    url: &str,
    ttl: Duration,
) -> InputRequiredResult {
    let sealed = seal(codec, Purpose::Approve, caller, p, ttl, Some(approval_id));
    let mut requests = InputRequests::new();
    requests.insert(
        APPROVAL_KEY.to_string(),
        InputRequest::Elicitation(ElicitRequest::new(url_request(message, url, ""))),
    );
    InputRequiredResult::new(Some(requests), Some(sealed))
}

/// The key of the approval-link input request.
pub const APPROVAL_KEY: &str = "approval";

fn seal(
    codec: &RequestStateCodec,
    purpose: Purpose,
    caller: &Caller,
    p: &Prepared,
    ttl: Duration,
    approval: Option<&str>,
) -> String {
    let state = ConsentState {
        v: 1,
        nonce: uuid::Uuid::new_v4().to_string(),
        exp: now_ms() + ttl.as_millis() as i64,
        approval: approval.map(String::from),
    };
    let ad = associated_data(purpose, caller, p);
    codec
        .seal_json_with(
            &state,
            &SealOptions::new().associated_data(ad.as_bytes()).ttl(ttl),
        )
        .expect("consent state serializes")
}

/// 2026-07-28, first round: the input request and its sealed state.
pub fn input_required(
    codec: &RequestStateCodec,
    caller: &Caller,
    p: &Prepared,
    prompt: &Prompt,
    ttl: Duration,
) -> InputRequiredResult {
    let sealed = seal(codec, Purpose::Confirm, caller, p, ttl, None);
    let mut requests = InputRequests::new();
    requests.insert(
        CONSENT_KEY.to_string(),
        InputRequest::Elicitation(ElicitRequest::new(form(prompt, false))),
    );
    InputRequiredResult::new(Some(requests), Some(sealed))
}

/// A redeemed `requestState`: the user's answer, and for payments the approval the
/// link was for.
pub struct Redeemed {
    pub answer: Answer,
    pub approval: Option<String>,
}

/// 2026-07-28, retry: verify the state against *this* call (user, tool, definition,
/// arguments), consume it, and read the answer.
pub fn redeem(
    codec: &RequestStateCodec,
    store: &Store,
    purpose: Purpose,
    caller: &Caller,
    p: &Prepared,
    sealed: &str,
    responses: Option<&InputResponses>,
) -> Result<Redeemed, CallError> {
    let ad = associated_data(purpose, caller, p);
    let key = match purpose {
        Purpose::Confirm => CONSENT_KEY,
        Purpose::Approve => APPROVAL_KEY,
    };
    let state: ConsentState = codec.open_json_with(sealed, ad.as_bytes()).map_err(|e| {
        tracing::info!(tool = %p.spec.tool, reason = %e, "requestState rejected");
        CallError::ConsentInvalid(format!(
            "the confirmation state sent with this call of {} is not valid for it (it expired, was altered, or the arguments changed); nothing was done. Call again without requestState to be asked afresh.",
            p.spec.tool
        ))
    })?;
    if state.v != 1 || !store.token_consume(&format!("mrtr:{}", state.nonce), state.exp)? {
        return Err(CallError::ConsentInvalid(format!(
            "this confirmation of {} was already used; nothing was done. Call again without requestState to be asked afresh.",
            p.spec.tool
        )));
    }
    let Some(raw) = responses.and_then(|r| r.get(key)) else {
        return Err(CallError::ConsentInvalid(format!(
            "the retry of {} carried no answer to the input request (inputResponses.{key}); nothing was done. Call again to be asked afresh.",
            p.spec.tool
        )));
    };
    let result: ElicitResult = serde_json::from_value(raw.clone()).map_err(|_| {
        CallError::ConsentInvalid(format!(
            "the answer to the confirmation of {} is not an elicitation result; nothing was done.",
            p.spec.tool
        ))
    })?;
    Ok(Redeemed {
        answer: answer_from(&result),
        approval: state.approval,
    })
}
