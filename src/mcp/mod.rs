//! The MCP face of the server: the only module (with `transport/`) that knows rmcp.
//!
//! [`McpServer`] is a thin, cheap-Clone `ServerHandler`: each method derives the
//! caller, opens a span and delegates to the registry (`tools`), the pipeline
//! (`crate::call`) and, for confirmations, [`ask`]. One value serves every transport;
//! transports differ only in how the [`Caller`] is derived.

pub mod ask;
pub mod notify;
pub mod result;
pub mod tools;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rmcp::ServerHandler;
use rmcp::model::{
    CacheScope, CallToolRequestParams, CallToolResponse, ErrorData, Implementation,
    ListToolsResult, PaginatedRequestParams, ProtocolVersion, RequestStateCodec,
    ServerCapabilities, ServerConfig, Tool,
};
use rmcp::service::{RequestContext, RoleServer};
use tracing::Instrument;

use crate::app::App;
use crate::approval::Status;
use crate::call::{self, CallError, Caller, PaymentStep, Prepared};
use crate::consent::{Answer, Need};
use crate::discovery::tools::CALL;
use ask::Purpose;

/// How the caller of a request is identified.
#[derive(Clone, Debug)]
pub enum Identity {
    /// stdio and the CLI: one local user; the process is the session.
    Local { user: String, session: String },
    /// Streamable HTTP: the user the transport put in the request's extensions
    /// ([`RequestUser`]); the 2025-11-25 session id, if any, is the session.
    Http,
}

/// The user of an HTTP request, inserted by the transport's middleware.
#[derive(Clone, Debug)]
pub struct RequestUser(pub String);

/// Settings of the MCP layer.
#[derive(Clone, Debug)]
pub struct McpSettings {
    /// How long a 2025-11-25 confirmation may wait for the user.
    pub consent_timeout: Duration,
    /// How long a 2026-07-28 `requestState` stays valid.
    pub request_state_ttl: Duration,
}

impl Default for McpSettings {
    fn default() -> Self {
        McpSettings {
            consent_timeout: Duration::from_secs(300),
            request_state_ttl: Duration::from_secs(300),
        }
    }
}

/// Tools per `tools/list` page.
pub const TOOLS_PAGE: usize = 1000;

#[derive(Clone)]
pub struct McpServer {
    app: App,
    identity: Identity,
    settings: McpSettings,
    codec: Arc<RequestStateCodec>,
    /// The published tool list for one registry generation.
    tools_cache: Arc<Mutex<Option<PublishedTools>>>,
    /// Who to tell when the registry changes (shared by every clone).
    pub list_changed: notify::ListChanged,
}

/// The published tool list of one registry generation.
type PublishedTools = (u64, Arc<Vec<Tool>>);

impl McpServer {
    /// The application this server serves (for the transport's shutdown work).
    pub(crate) fn app(&self) -> &App {
        &self.app
    }

    pub fn new(app: App, identity: Identity, settings: McpSettings) -> McpServer {
        // The app's key: per process (a restart makes outstanding confirmations ask
        // again) or shared by instances given one secret, so that any of them can
        // redeem a requestState another issued (once: its nonce is consumed in the store).
        let key = app.keys.request_state;
        McpServer {
            app,
            identity,
            settings,
            codec: Arc::new(
                RequestStateCodec::try_new(key.to_vec()).expect("a 32-byte key is long enough"),
            ),
            tools_cache: Arc::new(Mutex::new(None)),
            list_changed: notify::ListChanged::default(),
        }
    }

    /// With a registry directory, watch it (and with `from_catalog`, add the bridge's
    /// programs); every swap is announced to connected clients.
    pub async fn start_live_registry(&self, sources: crate::manifest::Sources, from_catalog: bool) {
        if from_catalog {
            crate::watch::reload(&self.app, &sources, true).await;
        }
        // The discovery index is built off the start-up path, and again after each swap.
        self.app.discovery.warm(self.app.registry.snapshot());
        if sources.dir.is_none() {
            return;
        }
        let lc = self.list_changed.clone();
        let app = self.app.clone();
        let on_swap: crate::watch::OnSwap = Arc::new(move || {
            app.discovery.warm(app.registry.snapshot());
            let lc = lc.clone();
            tokio::spawn(async move { lc.tools_changed().await });
        });
        let app = self.app.clone();
        tokio::spawn(async move {
            if let Err(e) = crate::watch::watch(app, sources, from_catalog, on_swap).await {
                tracing::error!(error = %e, "cannot watch the registry directory; it will not be reloaded");
            }
        });
    }

    /// The user a request or notification comes from (see [`McpServer::caller`]).
    fn user_of(&self, extensions: &rmcp::model::Extensions) -> String {
        match &self.identity {
            Identity::Local { user, .. } => user.clone(),
            Identity::Http => extensions
                .get::<axum::http::request::Parts>()
                .and_then(|p| p.extensions.get::<RequestUser>())
                .map(|u| u.0.clone())
                // Without a user the transport is misconfigured: an identity nobody
                // has, so nothing personal is reachable.
                .unwrap_or_else(|| "(unidentified)".into()),
        }
    }

    fn caller(&self, ctx: &RequestContext<RoleServer>) -> Caller {
        let client = ctx
            .client_info()
            .map(|i| {
                i.name
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(64)
                    .collect()
            })
            .unwrap_or_else(|| "unknown client".to_string());
        match &self.identity {
            Identity::Local { user, session } => Caller {
                user: user.clone(),
                session: Some(session.clone()),
                client,
            },
            Identity::Http => {
                let parts = ctx.extensions.get::<axum::http::request::Parts>();
                let user = self.user_of(&ctx.extensions);
                let session = parts
                    .and_then(|p| p.headers.get("mcp-session-id"))
                    .and_then(|v| v.to_str().ok())
                    .map(|s| format!("http:{s}"));
                Caller {
                    user,
                    session,
                    client,
                }
            }
        }
    }

    /// One page of the published list and the position after it (if more follow).
    /// An ordinary registry (one page) is built once per generation and cached; the
    /// pages of a very large one are built when asked for, so that the server does not
    /// hold every schema of every tool as JSON trees.
    fn published_page(&self, start: usize) -> Result<(Vec<Tool>, Option<usize>), ErrorData> {
        let reg = self.app.registry.snapshot();
        if start > 0 && start >= reg.len() {
            return Err(ErrorData::invalid_params(
                "invalid or stale cursor; list again from the start",
                None,
            ));
        }
        let end = (start + TOOLS_PAGE).min(reg.len());
        let next = (end < reg.len()).then_some(end);
        if reg.len() > TOOLS_PAGE {
            return Ok((tools::page(&reg, start, TOOLS_PAGE), next));
        }
        let mut cache = self.tools_cache.lock().unwrap_or_else(|p| p.into_inner());
        let tools = match &*cache {
            Some((generation, tools)) if *generation == reg.generation => tools.clone(),
            _ => {
                let tools = tools::published(&reg);
                *cache = Some((reg.generation, tools.clone()));
                tools
            }
        };
        Ok((tools[start..].to_vec(), next))
    }

    async fn call_tool_impl(
        &self,
        req: CallToolRequestParams,
        ctx: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let started = std::time::Instant::now();
        let caller = self.caller(&ctx);
        let via_call = req.name == CALL;
        // `actions__call` runs the named action exactly as a direct call of it.
        let req = match discovery_call(req) {
            Ok(r) => r,
            Err(e) => return result::failure(CALL, e).map(Into::into),
        };
        let tool = req.name.to_string();
        let reply = match call::prepare(&self.app, &caller, &tool, req.arguments.clone()).await {
            Ok(prepared) => {
                let reply = self.run(&req, &ctx, &caller, &prepared).await;
                if let Ok(Reply::Done(o)) = &reply {
                    self.after_success(&caller, &prepared, o);
                }
                reply
            }
            Err(e) => Err(e),
        };
        // A client that reached the action through `actions__call` may not list it: the
        // retry the approval asks for may go the same way.
        let reply = match reply {
            Err(CallError::ApprovalRequired {
                tool,
                link,
                message,
            }) if via_call => Err(CallError::ApprovalRequired {
                tool: format!("{tool} (or {CALL} with the same `tool` and `arguments`)"),
                link,
                message,
            }),
            r => r,
        };
        let outcome = match &reply {
            Ok(Reply::Done(_)) => "ok",
            Ok(Reply::Input(_)) => "input_required",
            Err(e) => result::error_kind(e),
        };
        let m = &self.app.metrics;
        // Unknown tool names are not used as labels (unbounded cardinality).
        m.call(
            if matches!(reply, Err(CallError::UnknownTool(_))) {
                "(unknown)"
            } else {
                &tool
            },
            outcome,
            started.elapsed(),
        );
        match &reply {
            Err(
                CallError::Bridge { .. } | CallError::Pending { .. } | CallError::BadReply { .. },
            ) => m.bridge_error(),
            Err(CallError::Declined(_)) => m.consent("declined"),
            Err(CallError::Cancelled(_)) => m.consent("cancelled"),
            Err(CallError::ConsentUnavailable(_)) => m.consent("unavailable"),
            Err(CallError::ConsentInvalid(_)) => m.consent("invalid"),
            Err(CallError::ApprovalRequired { .. }) => m.consent("approval_required"),
            _ => {}
        }
        match reply {
            Ok(Reply::Done(o)) => Ok(result::success(o).into()),
            Ok(Reply::Input(i)) => Ok(i.into()),
            Err(e) => result::failure(&tool, e).map(Into::into),
        }
    }

    /// Usage for the caller's own ranking, and the caller's clients told when the call
    /// changed their listed tools.
    fn after_success(&self, caller: &Caller, p: &Prepared, o: &call::Outcome) {
        if matches!(p.spec.route, crate::action::Route::Bridge(_)) {
            self.app
                .discovery
                .record_use(&caller.user, &p.spec, &p.prefilled);
        }
        if o.list_changed {
            let lc = self.list_changed.clone();
            let user = caller.user.clone();
            tokio::spawn(async move { lc.tools_changed_for(&user).await });
        }
    }

    async fn run(
        &self,
        req: &CallToolRequestParams,
        ctx: &RequestContext<RoleServer>,
        caller: &Caller,
        p: &Prepared,
    ) -> Result<Reply, CallError> {
        let is_2026 = ctx
            .protocol_version()
            .is_some_and(|v| !v.has_initialize() && v >= ProtocolVersion::V_2026_07_28);
        let caps = ctx.client_capabilities();
        match &p.need {
            Need::Nothing => call::execute(&self.app, caller, p, None)
                .await
                .map(Reply::Done),
            Need::Confirm(prompt) => {
                let answer = if is_2026 {
                    match &req.request_state {
                        Some(state) => ask::redeem(
                            &self.codec,
                            &self.app.store,
                            Purpose::Confirm,
                            caller,
                            p,
                            state,
                            req.input_responses.as_ref(),
                        )
                        .map(|r| r.answer),
                        None if ask::supports_form(caps.as_ref()) => {
                            return Ok(Reply::Input(ask::input_required(
                                &self.codec,
                                caller,
                                p,
                                prompt,
                                self.settings.request_state_ttl,
                            )));
                        }
                        None => Err(cannot_ask(&p.spec.tool)),
                    }
                } else if ask::supports_form(caps.as_ref()) {
                    ask::ask_legacy(
                        &ctx.peer,
                        prompt,
                        caller.session.is_some(),
                        self.settings.consent_timeout,
                    )
                    .await
                } else {
                    Err(cannot_ask(&p.spec.tool))
                };
                self.after_answer(caller, p, answer).await.map(Reply::Done)
            }
            Need::Authorize(_) => self.pay(req, ctx, caller, p, is_2026, caps.as_ref()).await,
        }
    }

    /// A money-moving call: runs at once if an approval or mandate covers exactly this
    /// call; otherwise the user is sent to the approval page (URL elicitation, MRTR URL
    /// request, or a tool error carrying the link). A form answer never approves.
    async fn pay(
        &self,
        req: &CallToolRequestParams,
        ctx: &RequestContext<RoleServer>,
        caller: &Caller,
        p: &Prepared,
        is_2026: bool,
        caps: Option<&rmcp::model::ClientCapabilities>,
    ) -> Result<Reply, CallError> {
        // A 2026-07-28 retry must carry a state that is valid for exactly this call;
        // a tampered, replayed, expired or foreign one is refused before anything else.
        let redeemed = match (is_2026, &req.request_state) {
            (true, Some(state)) => Some(ask::redeem(
                &self.codec,
                &self.app.store,
                Purpose::Approve,
                caller,
                p,
                state,
                req.input_responses.as_ref(),
            )?),
            _ => None,
        };
        // The user rejected on the page the approval this retry is about: that is final.
        if let Some(id) = redeemed.as_ref().and_then(|r| r.approval.as_deref())
            && self
                .app
                .approvals
                .get(id)?
                .is_some_and(|a| a.status == Status::Rejected)
        {
            return Err(CallError::Declined(p.spec.tool.clone()));
        }
        let redeemed = redeemed.map(|r| r.answer);
        let (approval_id, link) = match call::authorize(&self.app, caller, p)? {
            PaymentStep::Execute { idempotency_key }
                if !matches!(redeemed, Some(Answer::Decline | Answer::Cancel)) =>
            {
                return call::execute(&self.app, caller, p, Some(idempotency_key))
                    .await
                    .map(Reply::Done);
            }
            PaymentStep::Execute { .. } => return Err(CallError::Declined(p.spec.tool.clone())),
            PaymentStep::NeedsApproval { approval_id, link } => (approval_id, link),
        };
        let pay = p
            .payment
            .as_ref()
            .expect("authorize-tier calls carry payment facts");
        let message = format!(
            "Approve the payment of ¥{} to {} ({}) on the bank's approval page; your payment PIN is required. 请在确认页面输入支付密码以批准付款。",
            pay.display.amount,
            pay.display.payee_shown(),
            p.spec.title
        );
        let required = || CallError::ApprovalRequired {
            tool: p.spec.tool.clone(),
            link: link.clone(),
            message: format!(
                "This payment of ¥{} to {} needs the user's approval on the bank's approval page.",
                pay.display.amount,
                pay.display.payee_shown()
            ),
        };
        let answer = if let Some(a) = redeemed {
            a
        } else if is_2026 {
            if !ask::supports_url(caps) {
                return Err(required());
            }
            return Ok(Reply::Input(ask::approval_input_required(
                &self.codec,
                caller,
                p,
                &approval_id,
                &message,
                &link,
                self.settings.request_state_ttl,
            )));
        } else if ask::supports_url(caps) {
            match ask::ask_url(
                &ctx.peer,
                &message,
                &link,
                &approval_id,
                self.settings.consent_timeout,
            )
            .await
            {
                Ok(a) => a,
                Err(_) => return Err(required()),
            }
        } else {
            return Err(required());
        };
        match answer {
            Answer::Decline => return Err(CallError::Declined(p.spec.tool.clone())),
            Answer::Cancel => return Err(CallError::Cancelled(p.spec.tool.clone())),
            Answer::Accept(_) => {}
        }
        // The user agreed to open the page: wait (bounded) for their decision there.
        match call::wait_for_decision(&self.app, &approval_id, self.settings.consent_timeout)
            .await?
        {
            Status::Rejected => Err(CallError::Declined(p.spec.tool.clone())),
            Status::Pending => Err(required()),
            Status::Expired | Status::Invalidated => Err(CallError::ConsentInvalid(format!(
                "the approval for this call of {} expired or no longer matches it; nothing was paid. Call again to get a new approval link.",
                p.spec.tool
            ))),
            Status::Approved | Status::Consumed => match call::authorize(&self.app, caller, p)? {
                PaymentStep::Execute { idempotency_key } => {
                    call::execute(&self.app, caller, p, Some(idempotency_key))
                        .await
                        .map(Reply::Done)
                }
                PaymentStep::NeedsApproval { .. } => Err(required()),
            },
        }
    }

    async fn after_answer(
        &self,
        caller: &Caller,
        prepared: &Prepared,
        answer: Result<Answer, CallError>,
    ) -> Result<call::Outcome, CallError> {
        let tool = &prepared.spec.tool;
        match answer? {
            Answer::Accept(remember) => {
                tracing::info!(tool = %tool, "user confirmed");
                self.app.metrics.consent("confirmed");
                call::remember(&self.app, caller, prepared, remember)?;
                call::execute(&self.app, caller, prepared, None).await
            }
            Answer::Decline => Err(CallError::Declined(tool.clone())),
            Answer::Cancel => Err(CallError::Cancelled(tool.clone())),
        }
    }
}

/// Unwraps `actions__call {tool, arguments}` into a call of `tool` (the same request
/// state and input responses: an MRTR retry of `actions__call` redeems the inner call's
/// state). Anything else passes through.
fn discovery_call(mut req: CallToolRequestParams) -> Result<CallToolRequestParams, CallError> {
    if req.name != CALL {
        return Ok(req);
    }
    let bad = |problem: String| CallError::InvalidArguments {
        tool: CALL.into(),
        problems: vec![problem],
    };
    let mut args = req.arguments.take().unwrap_or_default();
    if let Some(k) = args.keys().find(|k| *k != "tool" && *k != "arguments") {
        return Err(bad(format!(
            "unknown parameter `{k}`; pass the action's own parameters inside `arguments`"
        )));
    }
    let tool = match args.remove("tool") {
        Some(serde_json::Value::String(t)) if !t.is_empty() => t,
        Some(_) => return Err(bad("`tool` must be a tool name (a string)".into())),
        None => {
            return Err(bad(
                "`tool` is required: the name of the action to call".into()
            ));
        }
    };
    if tool == CALL {
        return Err(bad(format!("`tool`: {CALL} cannot call itself")));
    }
    let inner = match args.remove("arguments") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::Object(o)) => Some(o),
        Some(_) => {
            return Err(bad(
                "`arguments` must be an object of the action's parameters".into(),
            ));
        }
    };
    req.name = tool.into();
    req.arguments = inner;
    Ok(req)
}

/// What a call produced: a result, or (2026-07-28) a request for input.
enum Reply {
    Done(call::Outcome),
    Input(rmcp::model::InputRequiredResult),
}

fn cannot_ask(tool: &str) -> CallError {
    CallError::ConsentUnavailable(format!(
        "{tool} needs the user's confirmation, but this client cannot show confirmation prompts (it did not declare form elicitation); nothing was done. Use a client that supports elicitation, or the bank app."
    ))
}

impl ServerHandler for McpServer {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(
            ServerCapabilities::builder()
                .enable_tools()
                .enable_tool_list_changed()
                .enable_prompts()
                .enable_resources()
                .build(),
        )
        .with_server_info(Implementation::new("miniprogram-mcp", env!("CARGO_PKG_VERSION")))
        .with_instructions(
            "Tools run actions of the bank's mini-programs (utility bills, loans, branches, FX, cards). \
             Saved defaults (account numbers, preferred branch, payment card) are filled in by the server when a \
             parameter is omitted. Personal actions ask the user to confirm; payments need approval on a trusted page.",
        )
    }

    async fn list_tools(
        &self,
        request: Option<PaginatedRequestParams>,
        ctx: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        // A registry larger than --max-tools: this user's set (server tools, found
        // tools, suggestions), never paged, private to the user.
        let user = self.user_of(&ctx.extensions);
        let reg = self.app.registry.snapshot();
        if self.app.discovery.max_tools > 0 && reg.len() > self.app.discovery.max_tools {
            if request.as_ref().is_some_and(|r| r.cursor.is_some()) {
                return Err(ErrorData::invalid_params(
                    "invalid or stale cursor; list again from the start",
                    None,
                ));
            }
            let internal = |e: &dyn std::fmt::Display| {
                tracing::error!(error = %e, "cannot build the user's tool list");
                ErrorData::internal_error("the tool list cannot be built right now", None)
            };
            // Without the store (database down) the user's set cannot be read: list
            // the server's tools and the public actions, which work without it.
            let degraded = |e: &dyn std::fmt::Display| {
                tracing::warn!(error = %e, "the store is unavailable; listing public tools only");
                let max = self.app.discovery.max_tools;
                let mut v: Vec<_> = reg
                    .iter()
                    .filter(|s| matches!(s.route, crate::action::Route::Builtin(_)))
                    .cloned()
                    .collect();
                v.extend(
                    reg.iter()
                        .filter(|s| {
                            !matches!(s.route, crate::action::Route::Builtin(_))
                                && s.tier == crate::manifest::ConsentTier::None
                        })
                        .cloned(),
                );
                v.truncate(max);
                v
            };
            let visible = match self.app.ensure_user(&user) {
                Err(e) if e.is_unavailable() => degraded(&e),
                Err(e) => return Err(internal(&e)),
                Ok(()) => match self.app.discovery.visible(&reg, &user) {
                    Ok(v) => v.unwrap_or_default(),
                    Err(crate::discovery::DiscoveryError::Store(e)) if e.is_unavailable() => {
                        degraded(&e)
                    }
                    Err(e) => return Err(internal(&e)),
                },
            };
            let tools = visible.iter().map(|s| tools::to_tool(s, false)).collect();
            return Ok(ListToolsResult::with_all_items(tools)
                .with_ttl_ms(0)
                .with_cache_scope(CacheScope::Private));
        }
        // One page for ordinary registries (some clients ignore nextCursor); pages of
        // TOOLS_PAGE for very large ones, so that one response stays small and fast.
        let start = match request.and_then(|r| r.cursor) {
            None => 0,
            Some(c) => c.parse::<usize>().ok().filter(|&n| n > 0).ok_or_else(|| {
                ErrorData::invalid_params(
                    "invalid or stale cursor; list again from the start",
                    None,
                )
            })?,
        };
        let (page, next) = self.published_page(start)?;
        let mut result = ListToolsResult::with_all_items(page);
        if let Some(end) = next {
            result.next_cursor = Some(end.to_string());
        }
        // The list is the same for every caller; changes are announced.
        Ok(result
            .with_ttl_ms(60_000)
            .with_cache_scope(CacheScope::Public))
    }

    async fn on_initialized(&self, ctx: rmcp::service::NotificationContext<RoleServer>) {
        // A 2025-11-25 session: told about tool-list changes on its own channel.
        let user = self.user_of(&ctx.extensions);
        self.list_changed.add_peer(user, ctx.peer);
    }

    fn accepted_subscription_filter(
        &self,
        requested: &rmcp::model::SubscriptionFilter,
    ) -> Option<rmcp::model::SubscriptionFilter> {
        Some(requested.clone())
    }

    async fn listen(&self, ctx: rmcp::service::SubscriptionContext) -> Result<(), ErrorData> {
        // A 2026-07-28 listen stream; rmcp only forwards what its filter accepted.
        let user = self.user_of(&ctx.request_context().extensions);
        let key = self.list_changed.add_sink(user, ctx.sink().clone());
        ctx.cancelled().await;
        self.list_changed.remove_sink(key);
        Ok(())
    }

    fn get_tool(&self, name: &str) -> Option<Tool> {
        let reg = self.app.registry.snapshot();
        reg.get(name).map(|s| tools::to_tool(s, true))
    }

    async fn call_tool(
        &self,
        req: CallToolRequestParams,
        ctx: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        // Debug level: an info span on every call costs measurable time over stdio;
        // tool errors are logged with the tool name at info anyway.
        let span = tracing::debug_span!("tool_call", tool = %req.name, request_id = %ctx.id);
        self.call_tool_impl(req, ctx).instrument(span).await
    }
}
