//! The approval page: the trusted surface where the user approves or rejects a
//! payment with their payment PIN, optionally as a bounded mandate, and can revoke
//! mandates. Served by the server itself (on stdio: a loopback-only listener).
//!
//! PIN first: the link alone shows nothing of the payment. The user enters their
//! payment PIN (`POST …/unlock`); only then does the page show the server's record of
//! the payment, with a short-lived view token (an HMAC over the approval, bound to it)
//! that every decision and revocation must carry. So someone else holding the link
//! learns nothing and can decide nothing without the user's PIN.
//!
//! Hardening: GET never changes anything; decisions are POSTs carrying a per-approval
//! CSRF token and must come from this page's own origin (`Origin` checked, `Host`
//! checked against DNS rebinding); responses forbid framing and caching; every
//! displayed string is escaped (the HTML is built with maud: checked at compile time,
//! escaping by default); the link carries nothing but an unguessable id.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use hmac::{Hmac, KeyInit, Mac};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{
    Approval, ApprovalError, Approvals, MandateTerms, Status, format_fen, parse_amount_fen,
};
use crate::audit::Audit;

#[derive(Clone)]
pub struct PageState {
    pub approvals: Approvals,
    pub audit: Audit,
    /// This page's origin, e.g. `http://127.0.0.1:43117`.
    pub origin: String,
    /// Accepted `Host` header values.
    pub hosts: Arc<Vec<String>>,
    /// Key of the view tokens handed out after a correct PIN (`App::keys`: per process,
    /// or shared by the instances given one secret).
    view_key: Arc<[u8; 32]>,
}

/// How long a correct PIN keeps the payment visible and decidable.
const VIEW_TTL_MS: i64 = 10 * 60_000;

impl PageState {
    pub fn new(
        approvals: Approvals,
        audit: Audit,
        addr: std::net::SocketAddr,
        view_key: [u8; 32],
    ) -> PageState {
        let port = addr.port();
        let ip = addr.ip();
        let host = if ip.is_ipv6() {
            format!("[{ip}]:{port}")
        } else {
            format!("{ip}:{port}")
        };
        PageState::with_origin(
            approvals,
            audit,
            format!("http://{host}"),
            vec![host, format!("localhost:{port}")],
            view_key,
        )
    }

    /// The page served on another listener (HTTP transport) under `origin`, accepting
    /// the given `Host` values.
    pub fn with_origin(
        approvals: Approvals,
        audit: Audit,
        origin: String,
        hosts: Vec<String>,
        view_key: [u8; 32],
    ) -> PageState {
        PageState {
            approvals,
            audit,
            origin: origin.trim_end_matches('/').to_string(),
            hosts: Arc::new(hosts),
            view_key: Arc::new(view_key),
        }
    }

    /// The link for one approval (no personal data: only the id).
    pub fn link(&self, approval_id: &str) -> String {
        format!("{}/approve/{approval_id}", self.origin)
    }
}

pub fn router(state: PageState) -> Router {
    Router::new()
        .route("/approve/{id}", get(show).post(decide))
        .route("/approve/{id}/unlock", axum::routing::post(unlock))
        .route("/approve/{id}/revoke", axum::routing::post(revoke))
        .layer(axum::extract::DefaultBodyLimit::max(16 * 1024))
        .with_state(state)
}

/// A short, non-reversible reference to an approval id for the audit trail.
pub fn approval_ref(id: &str) -> String {
    hex::encode(&Sha256::digest(id.as_bytes())[..8])
}

fn secure(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

/// The page's style sheet (static, ours: not escaped).
const STYLE: &str = r#"body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:32rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.3rem} table{width:100%;border-collapse:collapse} td{padding:.4rem .2rem;border-bottom:1px solid #ddd;vertical-align:top}
td.k{color:#555;width:40%} .note{color:#666;font-size:.85rem} .amount{font-size:1.6rem;font-weight:600}
input,button{font-size:1rem;padding:.6rem;margin:.3rem 0;box-sizing:border-box} input[type=password],input[type=number]{width:100%}
button{width:100%;border:0;border-radius:.4rem;color:#fff;background:#0a7} button.reject{background:#b33} button.small{width:auto;background:#666}
.box{border:1px solid #ccc;border-radius:.5rem;padding:.8rem;margin:.8rem 0} .warn{color:#b33}"#;

/// The whole page around `body`. Built with maud: markup is checked at compile time and
/// every interpolated string is HTML-escaped; [`clean`] also strips invisible characters.
fn page(status: StatusCode, title: &str, body: Markup) -> Response {
    let html = html! {
        (DOCTYPE)
        html lang="zh-CN" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (clean(title)) }
                style { (PreEscaped(STYLE)) }
            }
            body { (body) }
        }
    };
    secure(
        (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html.into_string(),
        )
            .into_response(),
    )
}

/// Text shown on the page: control and bidi-override characters stripped, length
/// bounded (escaping is maud's).
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069)
        })
        .take(300)
        .collect()
}

fn message(status: StatusCode, zh: &str, en: &str) -> Response {
    page(status, en, html! { h1 { (clean(zh)) } p { (clean(en)) } })
}

const HEADING: &str = "付款确认 Payment approval";

fn host_ok(st: &PageState, headers: &HeaderMap) -> bool {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| st.hosts.iter().any(|a| a == h))
}

fn same_origin(st: &PageState, headers: &HeaderMap) -> bool {
    headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) == Some(st.origin.as_str())
}

fn status_text(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Pending => ("等待确认", "Waiting for your approval"),
        Status::Approved => (
            "已批准，助手可以继续",
            "Approved: the assistant can now complete the payment",
        ),
        Status::Rejected => ("已拒绝", "Rejected: nothing will be paid"),
        Status::Consumed => ("已使用", "Approved and used"),
        Status::Expired => ("已过期", "Expired: ask the assistant again"),
        Status::Invalidated => (
            "已失效（付款内容有变化）",
            "No longer valid: the payment details changed",
        ),
    }
}

async fn show(State(st): State<PageState>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    if !host_ok(&st, &headers) {
        return message(StatusCode::FORBIDDEN, "禁止访问", "Forbidden host");
    }
    match st.approvals.get(&id) {
        Ok(Some(a)) => gate(&st, &a, StatusCode::OK, None),
        Ok(None) => message(
            StatusCode::NOT_FOUND,
            "未找到此付款确认",
            "This approval does not exist",
        ),
        Err(_) => internal_error(),
    }
}

fn internal_error() -> Response {
    message(
        StatusCode::INTERNAL_SERVER_ERROR,
        "系统错误",
        "Internal error",
    )
}

/// An approval's status as the user should see it (a lapsed one is expired).
fn shown_status(a: &Approval) -> Status {
    let now = chrono::Utc::now().timestamp_millis();
    if matches!(a.status, Status::Pending | Status::Approved) && a.expires_at <= now {
        Status::Expired
    } else {
        a.status
    }
}

/// The page anyone holding the link sees: nothing of the payment, only the PIN form
/// (or, once the approval is closed, that it is closed).
fn gate(st: &PageState, a: &Approval, status: StatusCode, notice: Option<String>) -> Response {
    let shown = shown_status(a);
    if shown != Status::Pending {
        let (zh, en) = status_text(shown);
        return page(
            status,
            "Payment approval",
            html! { h1 { (HEADING) } p { (zh) " / " (en) } },
        );
    }
    let locked = st.approvals.locked(&a.user).unwrap_or(true);
    let body = html! {
        h1 { (HEADING) }
        p {
            "为保护您的信息，请先输入支付密码，再查看并确认这笔付款。" br;
            "Enter your payment PIN to see this payment and decide on it."
        }
        @if let Some(n) = &notice {
            p.warn { (clean(n)) }
        }
        @if locked {
            p.warn {
                "支付密码错误次数过多，已暂时锁定。" br;
                "Approvals are locked after too many wrong PINs; try again later."
            }
        } @else {
            form method="post" action={ "/approve/" (a.id) "/unlock" } {
                input type="hidden" name="csrf" value=(a.csrf);
                label for="pin" { "支付密码 Payment PIN" }
                input #pin name="pin" type="password" inputmode="numeric" autocomplete="off" maxlength="12" required;
                button type="submit" name="unlock" value="unlock" { "查看付款 Continue" }
            }
        }
    };
    page(status, "Payment approval", body)
}

fn view_mac(st: &PageState, a: &Approval, exp: i64) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(st.view_key.as_slice())
        .expect("HMAC takes keys of any length");
    mac.update(format!("{}|{}|{}|{exp}", a.id, a.user, a.csrf).as_bytes());
    mac
}

/// A view token for `a`: `<expiry ms>.<hex HMAC>`.
fn view_token(st: &PageState, a: &Approval) -> String {
    let exp = chrono::Utc::now().timestamp_millis() + VIEW_TTL_MS;
    let tag = view_mac(st, a, exp).finalize().into_bytes();
    format!("{exp}.{}", hex::encode(tag))
}

/// Whether the form carries a live view token for `a` (the PIN was entered).
fn view_ok(st: &PageState, a: &Approval, form: &HashMap<String, String>) -> bool {
    let Some((exp, tag)) = form.get("view").and_then(|v| v.split_once('.')) else {
        return false;
    };
    let (Ok(exp), Ok(tag)) = (exp.parse::<i64>(), hex::decode(tag)) else {
        return false;
    };
    exp > chrono::Utc::now().timestamp_millis() && view_mac(st, a, exp).verify_slice(&tag).is_ok()
}

/// The server's record of the payment, shown only after the PIN.
fn render(st: &PageState, a: &Approval, notice: Option<String>) -> Response {
    let now = chrono::Utc::now().timestamp_millis();
    let status = shown_status(a);
    let view = view_token(st, a);
    let (zh, en) = status_text(status);
    let d = &a.display;
    let cap = format_fen(a.amount_fen.max(1));
    let mandates: Vec<_> = st
        .approvals
        .mandates(&a.user)
        .unwrap_or_default()
        .into_iter()
        .filter(|m| !m.revoked && m.expires_at > now && m.uses < m.max_uses)
        .collect();
    let body = html! {
        h1 { (HEADING) }
        p { (clean(&format!("{} ({})", d.title, d.tool))) }
        div.box {
            div { "本页显示的是服务器记录的付款内容 · The server's own record of this payment" }
            div.amount { "¥" (clean(&d.amount)) }
            @if let Some(name) = &d.payee_name {
                div { "收款方 Payee: " strong { (clean(name)) } }
                div.note { (clean(&d.payee)) }
            } @else {
                div { "收款方 Payee: " (clean(&d.payee)) }
            }
        }
        table {
            @for l in &d.lines {
                tr {
                    td.k { (clean(&l.label)) }
                    td {
                        (clean(&l.value))
                        @if let Some(n) = &l.note {
                            div.note { (clean(n)) }
                        }
                    }
                }
            }
        }
        p.note { (zh) " / " (en) }
        @if let Some(n) = &notice {
            p.warn { (clean(n)) }
        }
        @if status == Status::Pending {
            form method="post" action={ "/approve/" (a.id) } {
                input type="hidden" name="csrf" value=(a.csrf);
                input type="hidden" name="view" value=(view);
                div.box {
                    label {
                        input type="checkbox" name="mandate" value="on";
                        " 以后向该收款方付款无需再次确认（有限授权）" br;
                        "Also allow future payments to this payee without asking (a mandate)"
                    }
                    label { "每笔上限 Cap per payment (¥)" input type="number" name="cap" min="0.01" step="0.01" value=(cap); }
                    label { "次数 Number of payments" input type="number" name="count" min="1" max="12" value="3"; }
                    label { "有效天数 Valid for days" input type="number" name="days" min="1" max="90" value="30"; }
                }
                button type="submit" name="decision" value="approve" { "批准付款 Approve payment" }
                button.reject type="submit" name="decision" value="reject" formnovalidate { "拒绝 Reject" }
            }
        }
        // The user's mandates, revocable here.
        @if !mandates.is_empty() {
            h2 { "我的授权 My mandates" }
            @for m in &mandates {
                div.box {
                    (clean(&m.tool)) " · " (clean(&m.payee_display)) br;
                    "每笔上限 cap ¥" (format_fen(m.cap_fen)) " · 已用 used " (m.uses) "/" (m.max_uses)
                    form method="post" action={ "/approve/" (a.id) "/revoke" } {
                        input type="hidden" name="csrf" value=(a.csrf);
                        input type="hidden" name="view" value=(view);
                        input type="hidden" name="mandate_id" value=(m.id);
                        button.small type="submit" { "撤销 Revoke" }
                    }
                }
            }
        }
    };
    page(StatusCode::OK, "Payment approval", body)
}

fn csrf_ok(a: &Approval, form: &HashMap<String, String>) -> bool {
    let sent = form.get("csrf").map(String::as_bytes).unwrap_or_default();
    // Constant-time comparison of equal-length tokens.
    sent.len() == a.csrf.len()
        && sent
            .iter()
            .zip(a.csrf.as_bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The checks every POST passes first: our own Host and Origin, an existing approval,
/// and that approval's CSRF token.
fn posted_approval(
    st: &PageState,
    id: &str,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<Approval, Box<Response>> {
    if !host_ok(st, headers) || !same_origin(st, headers) {
        return Err(Box::new(message(
            StatusCode::FORBIDDEN,
            "请求来源无效",
            "Forbidden: this form must be sent from the approval page itself",
        )));
    }
    let a = match st.approvals.get(id) {
        Ok(Some(a)) => a,
        Ok(None) => {
            return Err(Box::new(message(
                StatusCode::NOT_FOUND,
                "未找到此付款确认",
                "This approval does not exist",
            )));
        }
        Err(_) => return Err(Box::new(internal_error())),
    };
    if !csrf_ok(&a, form) {
        return Err(Box::new(message(
            StatusCode::FORBIDDEN,
            "请求已失效，请刷新页面",
            "Forbidden: the form token is not valid; reload the page",
        )));
    }
    Ok(a)
}

/// [`posted_approval`], plus a live view token: decisions need the PIN entered first.
fn unlocked_approval(
    st: &PageState,
    id: &str,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<Approval, Box<Response>> {
    let a = posted_approval(st, id, headers, form)?;
    if !view_ok(st, &a, form) {
        return Err(Box::new(gate(
            st,
            &a,
            StatusCode::FORBIDDEN,
            Some("请先输入支付密码。Enter your payment PIN first.".into()),
        )));
    }
    Ok(a)
}

/// `POST /approve/{id}/unlock`: the PIN shows the payment (and nothing else does).
async fn unlock(
    State(st): State<PageState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let a = match posted_approval(&st, &id, &headers, &form) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    let record = |kind: &str| {
        let data = obj(json!({"approval_ref": approval_ref(&a.id)}));
        let _ = st.audit.append(kind, &a.user, &a.tool, data);
    };
    let pin = form.get("pin").map(String::as_str).unwrap_or_default();
    let notice = match st.approvals.verify_pin(&a.user, pin) {
        Ok(()) => return render(&st, &a, None),
        Err(ApprovalError::WrongPin { remaining }) => {
            record("pin_failed");
            format!(
                "支付密码错误，还可尝试 {remaining} 次。Wrong PIN: {remaining} attempt(s) left."
            )
        }
        Err(ApprovalError::Locked) => {
            record("pin_locked");
            "已锁定 Locked after too many wrong PINs.".into()
        }
        Err(ApprovalError::NoPin) => {
            "未设置支付密码 No payment PIN is set up for this user.".into()
        }
        Err(_) => return internal_error(),
    };
    gate(&st, &a, StatusCode::OK, Some(notice))
}

async fn decide(
    State(st): State<PageState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let a = match unlocked_approval(&st, &id, &headers, &form) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    if a.status != Status::Pending {
        return render(&st, &a, None);
    }
    let approve = match form.get("decision").map(String::as_str) {
        Some("approve") => true,
        Some("reject") => false,
        _ => {
            return render(
                &st,
                &a,
                Some("请选择批准或拒绝 Choose approve or reject".into()),
            );
        }
    };
    let mandate = if approve && form.get("mandate").map(String::as_str) == Some("on") {
        let cap = form.get("cap").and_then(|c| parse_amount_fen(c.trim()));
        let count = form
            .get("count")
            .and_then(|c| c.trim().parse::<i64>().ok())
            .filter(|c| (1..=12).contains(c));
        let days = form
            .get("days")
            .and_then(|c| c.trim().parse::<i64>().ok())
            .filter(|d| (1..=90).contains(d));
        match (cap, count, days) {
            (Some(cap_fen), Some(max_uses), Some(days)) if cap_fen > 0 => Some(MandateTerms { cap_fen, max_uses, valid_ms: days * 86_400_000 }),
            _ => return render(&st, &a, Some("授权条件无效 The mandate terms are not valid (cap > 0, 1–12 payments, 1–90 days).".into())),
        }
    } else {
        None
    };
    // The decision must be on the record before it takes effect.
    let kind = if approve { "approved" } else { "rejected" };
    let mut data = obj(
        json!({"approval_ref": approval_ref(&a.id), "args_digest": a.args_digest, "amount_fen": a.amount_fen, "payee": a.display.payee}),
    );
    if let Some(m) = mandate {
        data.insert(
            "mandate".into(),
            json!({"cap_fen": m.cap_fen, "max_uses": m.max_uses, "valid_ms": m.valid_ms}),
        );
    }
    if st.audit.append(kind, &a.user, &a.tool, data).is_err() {
        return message(
            StatusCode::SERVICE_UNAVAILABLE,
            "暂时无法记录，未作任何更改",
            "The audit trail cannot be written; nothing was changed",
        );
    }
    match st.approvals.decide(&a.id, approve, mandate) {
        Ok(_) | Err(ApprovalError::NotPending) => {}
        Err(_) => return internal_error(),
    }
    match st.approvals.get(&a.id) {
        Ok(Some(a)) => render(&st, &a, None),
        _ => internal_error(),
    }
}

async fn revoke(
    State(st): State<PageState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let a = match unlocked_approval(&st, &id, &headers, &form) {
        Ok(a) => a,
        Err(r) => return *r,
    };
    let mid = form.get("mandate_id").cloned().unwrap_or_default();
    if st
        .audit
        .append(
            "mandate_revoked",
            &a.user,
            &a.tool,
            obj(json!({"mandate_ref": approval_ref(&mid), "via": "approval page"})),
        )
        .is_err()
    {
        return message(
            StatusCode::SERVICE_UNAVAILABLE,
            "暂时无法记录，未作任何更改",
            "The audit trail cannot be written; nothing was changed",
        );
    }
    let done = st.approvals.revoke(&a.user, &mid).unwrap_or(false);
    render(
        &st,
        &a,
        Some(if done {
            "授权已撤销 Mandate revoked.".into()
        } else {
            "未找到该授权 No such mandate.".into()
        }),
    )
}

fn obj(v: serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    v.as_object().cloned().unwrap_or_default()
}

/// Binds a loopback listener (port 0 = random) and serves the page in the background.
pub async fn spawn_loopback(
    approvals: Approvals,
    audit: Audit,
    port: u16,
    view_key: [u8; 32],
) -> std::io::Result<PageState> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let state = PageState::new(approvals, audit, listener.local_addr()?, view_key);
    let app = router(state.clone());
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "approval page server stopped");
        }
    });
    Ok(state)
}
