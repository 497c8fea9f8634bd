//! The embedded sandbox container: a real, stateful demo of the bank's mini-programs
//! (utility bills, loans, branches, exchange rates, card applications), implementing
//! the bridge protocol in-process.
//!
//! All mutable state lives in the store's `sb_` tables (see [`state`]), so a file
//! store survives restarts. State-changing actions require an idempotency key and
//! execute it at most once per user: the key, the digest of the request and the reply
//! are written in the same transaction as the state change. Static reference data
//! (branches, LPR, exchange rates) is compiled in ([`data`]); pure quotes (loan rates,
//! exchange rates) never touch SQLite.
//! Must not: know MCP, consent or profiles (beyond `demo_profile`), or log argument values.

mod branches;
mod card_bills;
mod cards;
pub mod data;
mod deposits;
mod dining_coupons;
mod etc_toll;
mod gold;
mod loan_calc;
mod money;
mod movies;
mod points;
mod property_fees;
mod provident_fund;
mod queue;
mod quotes;
mod red_packets;
mod school_fees;
mod seed;
pub mod server;
mod social_security;
mod state;
mod telecom_bills;
mod traffic_fines;
mod transfers;
mod utility;
mod wallet;
mod wealth_calculator;

use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

use crate::db::Transaction;
use chrono::{DateTime, Local, SecondsFormat};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use tracing::{debug, warn};

use crate::bridge::wire::{
    ActionFailure, CatalogProgram, CatalogReply, InvocationState, InvokeReply, InvokeRequest,
    InvokeStatus, StatusReply,
};
use crate::store::{Store, StoreError};

pub use seed::DEMO_USER;

/// The embedded demo container. Cheap to share (`Arc<Sandbox>`); `Send + Sync`.
pub struct Sandbox {
    store: Store,
    /// Users whose demo data is known to be seeded (avoids a write per call).
    seeded: Mutex<HashSet<String>>,
}

/// A business failure: a stable code and one sentence saying what to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    pub code: &'static str,
    pub message: String,
}

pub(crate) fn fail(code: &'static str, message: impl Into<String>) -> Failure {
    Failure {
        code,
        message: message.into(),
    }
}

/// Why a handler stopped: a business failure (recorded, replayed) or a store fault
/// (rolled back, nothing recorded: the same key may be retried).
#[derive(Debug)]
pub(crate) enum SbError {
    Fail(Failure),
    Sql(crate::db::Error),
}

impl From<Failure> for SbError {
    fn from(f: Failure) -> Self {
        SbError::Fail(f)
    }
}

impl From<crate::db::Error> for SbError {
    fn from(e: crate::db::Error) -> Self {
        SbError::Sql(e)
    }
}

type Object = Map<String, Value>;

/// The object inside a `json!({...})` value.
pub(crate) fn obj(v: Value) -> Object {
    match v {
        Value::Object(m) => m,
        _ => Object::new(),
    }
}

/// What a handler sees of the call.
pub(crate) struct Ctx<'a> {
    pub user: &'a str,
    pub now: DateTime<Local>,
}

impl Ctx<'_> {
    pub fn now_rfc3339(&self) -> String {
        self.now.to_rfc3339_opts(SecondsFormat::Secs, false)
    }
}

/// The arguments of a call, with typed accessors that fail with a clear message.
/// The container does not trust the server's schema validation.
pub(crate) struct Args<'a>(&'a Object);

impl<'a> Args<'a> {
    fn new(args: &'a Object, allowed: &[&str]) -> Result<Args<'a>, Failure> {
        if let Some(k) = args.keys().find(|k| !allowed.contains(&k.as_str())) {
            let shown: String = k.chars().filter(|c| !c.is_control()).take(40).collect();
            return Err(fail(
                "invalid_argument",
                format!(
                    "unknown parameter `{shown}`; allowed: {}",
                    allowed.join(", ")
                ),
            ));
        }
        Ok(Args(args))
    }

    pub fn str_opt(&self, name: &str) -> Result<Option<&'a str>, Failure> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(fail(
                "invalid_argument",
                format!("`{name}` must be a string"),
            )),
        }
    }

    /// A string that must be one of `allowed`.
    pub fn choice(
        &self,
        name: &str,
        allowed: &[&'static str],
    ) -> Result<Option<&'static str>, Failure> {
        match self.str_opt(name)? {
            None => Ok(None),
            Some(v) => allowed
                .iter()
                .find(|a| **a == v)
                .map(|a| Some(*a))
                .ok_or_else(|| {
                    fail(
                        "invalid_argument",
                        format!("`{name}` must be one of: {}", allowed.join(", ")),
                    )
                }),
        }
    }

    pub fn choice_req(
        &self,
        name: &str,
        allowed: &[&'static str],
    ) -> Result<&'static str, Failure> {
        self.choice(name, allowed)?.ok_or_else(|| {
            fail(
                "invalid_argument",
                format!("`{name}` is required: one of {}", allowed.join(", ")),
            )
        })
    }

    pub fn bool_opt(&self, name: &str) -> Result<Option<bool>, Failure> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(fail(
                "invalid_argument",
                format!("`{name}` must be true or false"),
            )),
        }
    }

    pub fn int_req(&self, name: &str) -> Result<i64, Failure> {
        self.0.get(name).and_then(Value::as_i64).ok_or_else(|| {
            fail(
                "invalid_argument",
                format!("`{name}` is required and must be a whole number"),
            )
        })
    }

    /// An optional decimal amount (`^(0|[1-9][0-9]{0,8})(\.[0-9]{1,2})?$`) in minor units.
    pub fn amount_opt(&self, name: &str) -> Result<Option<i64>, Failure> {
        match self.str_opt(name)? {
            None => Ok(None),
            Some(s) => money::parse_amount(s).map(Some).ok_or_else(|| {
                fail(
                    "invalid_amount",
                    format!(
                        "`{name}` must be a decimal string with at most 2 decimals, e.g. \"120.50\""
                    ),
                )
            }),
        }
    }
}

type PureFn = fn(&Args<'_>, &Ctx<'_>) -> Result<Object, Failure>;
type DbFn = fn(&Transaction<'_>, &Args<'_>, &Ctx<'_>) -> Result<Object, SbError>;

#[derive(Clone, Copy)]
pub(crate) enum Kind {
    /// Static data: no store access at all.
    Pure(PureFn),
    /// Reads public state in the store (no user needed); ignores any idempotency key.
    Public(DbFn),
    /// Reads the caller's state; ignores any idempotency key.
    Read(DbFn),
    /// Changes state: idempotency key required, executed at most once.
    Write(DbFn),
}

/// One action the container implements: its bridge name, the parameters it accepts
/// (exactly its manifest's), and how it runs.
pub(crate) struct Route {
    pub action: &'static str,
    pub params: &'static [&'static str],
    pub kind: Kind,
}

/// One mini-program of the demo container: everything about it in one place, owned by
/// its module (`utility::PROGRAM`, `telecom_bills::PROGRAM`, ...). Adding a program is one
/// module and one line in [`PROGRAMS`].
pub(crate) struct Program {
    pub app_id: &'static str,
    /// Its manifest (`include_str!` of `tool-schemas/<id>.json`), offered in the catalog.
    pub manifest: &'static str,
    /// Its `sb_` tables (`CREATE TABLE IF NOT EXISTS ...`), created at start-up.
    pub schema: &'static str,
    pub routes: &'static [Route],
    /// Seeds one user's deterministic data for this program, once per user and store
    /// (recorded in `sb_program_seed`, so a program added later still seeds old users).
    pub seed: Option<SeedFn>,
    /// The saved defaults consistent with the seeded data: (profile key, value).
    pub profile: Option<ProfileFn>,
}

pub(crate) type ProfileFn = fn(&str) -> Vec<(String, String)>;

pub(crate) type SeedFn = fn(&Transaction<'_>, &str, DateTime<Local>) -> crate::db::Result<()>;

/// The demo mini-programs, in catalog order.
const PROGRAMS: &[&Program] = &[
    &branches::PROGRAM,
    &cards::PROGRAM,
    &deposits::PROGRAM,
    &card_bills::PROGRAM,
    &etc_toll::PROGRAM,
    &quotes::FX,
    &gold::PROGRAM,
    &provident_fund::PROGRAM,
    &loan_calc::PROGRAM,
    &quotes::LOANS,
    &social_security::PROGRAM,
    &property_fees::PROGRAM,
    &school_fees::PROGRAM,
    &telecom_bills::PROGRAM,
    &traffic_fines::PROGRAM,
    &utility::PROGRAM,
    &transfers::PROGRAM,
    &red_packets::PROGRAM,
    &queue::PROGRAM,
    &points::PROGRAM,
    &movies::PROGRAM,
    &dining_coupons::PROGRAM,
    &wealth_calculator::PROGRAM,
];

fn route(action: &str) -> Option<(&'static Program, &'static Route)> {
    PROGRAMS.iter().find_map(|p| {
        p.routes
            .iter()
            .find(|r| r.action == action)
            .map(|r| (*p, r))
    })
}

static CATALOG: LazyLock<CatalogReply> = LazyLock::new(|| {
    let programs = PROGRAMS
        .iter()
        .filter_map(|p| serde_json::from_str::<Value>(p.manifest).ok())
        .filter_map(|m| {
            let app_id = m.get("app_id")?.as_str()?.to_string();
            let actions = m
                .get("actions")?
                .as_array()?
                .iter()
                .filter_map(|a| a.pointer("/bridge/action")?.as_str().map(String::from))
                .collect();
            Some(CatalogProgram {
                app_id,
                actions,
                manifest: Some(m),
            })
        })
        .collect();
    CatalogReply { programs }
});

const MAX_KEY_LEN: usize = 200;
const MAX_USER_LEN: usize = 256;

fn ok_reply(result: Object) -> InvokeReply {
    InvokeReply {
        status: InvokeStatus::Ok,
        result: Some(result),
        error: None,
        replayed: false,
    }
}

fn failed_reply(f: Failure) -> InvokeReply {
    InvokeReply {
        status: InvokeStatus::Failed,
        result: None,
        error: Some(ActionFailure {
            code: f.code.to_string(),
            message: f.message,
        }),
        replayed: false,
    }
}

fn unavailable() -> InvokeReply {
    failed_reply(fail(
        "sandbox_unavailable",
        "the sandbox could not read or write its data; nothing was changed. Try again later (with the same idempotency key).",
    ))
}

/// Canonical JSON: object keys sorted at every level, no whitespace.
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String((*k).clone()).to_string());
                out.push(':');
                canonical(&m[k.as_str()], out);
            }
            out.push('}');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// sha256 of the canonical `{app_id, action, arguments}`: what a key is bound to.
fn request_hash(req: &InvokeRequest) -> String {
    let mut s = String::new();
    let v = serde_json::json!({
        "app_id": req.app_id,
        "action": req.action,
        "arguments": Value::Object(req.arguments.clone()),
    });
    canonical(&v, &mut s);
    hex::encode(Sha256::digest(s.as_bytes()))
}

impl Sandbox {
    /// Creates the sandbox's tables in `store` (idempotent) and returns it.
    pub fn new(store: Store) -> Result<Sandbox, StoreError> {
        store.migrate(state::SCHEMA)?;
        for p in PROGRAMS {
            store.migrate(p.schema)?;
        }
        Ok(Sandbox {
            store,
            seeded: Mutex::new(HashSet::new()),
        })
    }

    fn seeded(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.seeded.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Seeds this user's deterministic demo data if not present yet.
    pub fn ensure_user(&self, user: &str) {
        if user.is_empty() || user.len() > MAX_USER_LEN || self.seeded().contains(user) {
            return;
        }
        let now = Local::now();
        match self
            .store
            .transaction(|tx| seed::seed_user(tx, user, now, PROGRAMS))
        {
            Ok(fresh) => {
                if fresh {
                    debug!("sandbox: seeded a new demo user");
                }
                self.seeded().insert(user.to_string());
            }
            Err(e) => warn!(error = %e, "sandbox: seeding a user's demo data failed"),
        }
    }

    /// Executes one action for one user. Never panics on bad input; every problem is
    /// a `failed` reply with a code and a message saying what to change.
    /// Whether this container implements `action`.
    pub fn implements(&self, action: &str) -> bool {
        route(action).is_some()
    }

    /// Answers an action this container does not implement from its manifest's example
    /// calls: the example whose arguments the call includes (equal values), the most
    /// specific first. Nothing is executed or stored; the caller marks the reply as
    /// example data.
    pub fn example_reply(
        &self,
        req: &InvokeRequest,
        examples: &[crate::action::Example],
    ) -> InvokeReply {
        let mut best: Option<&crate::action::Example> = None;
        for x in examples {
            let matches = x
                .arguments
                .iter()
                .all(|(k, v)| req.arguments.get(k) == Some(v));
            if matches && best.is_none_or(|b| x.arguments.len() > b.arguments.len()) {
                best = Some(x);
            }
        }
        match best {
            Some(x) => ok_reply(x.result.clone()),
            None => failed_reply(fail(
                "no_matching_example",
                "the container does not implement this action yet, and none of its manifest's examples matches these arguments; call it with the arguments of one of the examples, or add an example",
            )),
        }
    }

    pub fn invoke(&self, req: &InvokeRequest) -> InvokeReply {
        let Some((program, route)) = route(&req.action) else {
            debug!("sandbox: unknown action");
            let shown: String = req
                .action
                .chars()
                .filter(|c| !c.is_control())
                .take(64)
                .collect();
            let known: Vec<&str> = PROGRAMS
                .iter()
                .flat_map(|p| p.routes.iter().map(|r| r.action))
                .collect();
            return failed_reply(fail(
                "unknown_action",
                format!(
                    "the container has no action `{shown}` (its manifest has no examples to answer from, either: add `examples` to try it before the container implements it); known actions: {}",
                    known.join(", ")
                ),
            ));
        };
        debug!(action = route.action, "sandbox: invoke");
        if program.app_id != req.app_id {
            return failed_reply(fail(
                "unknown_action",
                format!(
                    "action `{}` belongs to mini-program {}, not to the app id sent",
                    route.action, program.app_id
                ),
            ));
        }
        let args = match Args::new(&req.arguments, route.params) {
            Ok(a) => a,
            Err(f) => return failed_reply(f),
        };
        let ctx = Ctx {
            user: &req.user,
            now: Local::now(),
        };
        let needs_user = matches!(route.kind, Kind::Read(_) | Kind::Write(_));
        if needs_user {
            if req.user.is_empty() || req.user.len() > MAX_USER_LEN {
                return failed_reply(fail("invalid_user", "the call names no valid user"));
            }
            self.ensure_user(&req.user);
        }
        match route.kind {
            Kind::Pure(f) => match f(&args, &ctx) {
                Ok(r) => ok_reply(r),
                Err(e) => failed_reply(e),
            },
            Kind::Public(f) | Kind::Read(f) => self.read(route, f, &args, &ctx),
            Kind::Write(f) => self.invoke_once(req, route, f, &args, &ctx),
        }
    }

    /// Read-only actions: one transaction for a consistent view.
    fn read(&self, route: &Route, f: DbFn, args: &Args<'_>, ctx: &Ctx<'_>) -> InvokeReply {
        let r = self.store.transaction(|tx| match f(tx, args, ctx) {
            Ok(r) => Ok(ok_reply(r)),
            Err(SbError::Fail(e)) => Ok(failed_reply(e)),
            Err(SbError::Sql(e)) => Err(e),
        });
        r.unwrap_or_else(|e| {
            warn!(action = route.action, error = %e, "sandbox: store error");
            unavailable()
        })
    }

    /// The exactly-once path of state-changing actions.
    fn invoke_once(
        &self,
        req: &InvokeRequest,
        route: &Route,
        f: DbFn,
        args: &Args<'_>,
        ctx: &Ctx<'_>,
    ) -> InvokeReply {
        let key = match req.idempotency_key.as_deref() {
            None | Some("") => {
                return failed_reply(fail(
                    "idempotency_key_required",
                    "this action changes state and needs an idempotency key; send one (a fresh UUID per intended action)",
                ));
            }
            Some(k) if k.len() > MAX_KEY_LEN || k.chars().any(char::is_control) => {
                return failed_reply(fail(
                    "invalid_idempotency_key",
                    format!("the idempotency key must be 1 to {MAX_KEY_LEN} printable characters"),
                ));
            }
            Some(k) => k,
        };
        let hash = request_hash(req);
        let now = ctx.now_rfc3339();
        let result = self.store.transaction(|tx| -> Result<InvokeReply, crate::db::Error> {
            if let Some((stored_hash, stored)) = state::idempotency_get(tx, ctx.user, key)? {
                if stored_hash != hash {
                    return Ok(failed_reply(fail(
                        "idempotency_key_reused",
                        "this idempotency key was already used for a different request; use a new key for a new action",
                    )));
                }
                return Ok(match serde_json::from_str::<InvokeReply>(&stored) {
                    Ok(mut r) => {
                        r.replayed = true;
                        r
                    }
                    Err(_) => unavailable(),
                });
            }
            tx.execute_batch("SAVEPOINT sb_action")?;
            let reply = match f(tx, args, ctx) {
                Ok(r) => {
                    tx.execute_batch("RELEASE sb_action")?;
                    ok_reply(r)
                }
                Err(SbError::Fail(e)) => {
                    tx.execute_batch("ROLLBACK TO sb_action; RELEASE sb_action")?;
                    failed_reply(e)
                }
                Err(SbError::Sql(e)) => return Err(e),
            };
            let text = serde_json::to_string(&reply).map_err(crate::db::Error::other)?;
            state::idempotency_put(tx, ctx.user, key, &hash, &text, &now)?;
            Ok(reply)
        });
        result.unwrap_or_else(|e| {
            warn!(action = route.action, error = %e, "sandbox: store error; nothing recorded");
            unavailable()
        })
    }

    /// What happened to `key` of `user`: the first reply, or unknown (never executed).
    pub fn status(&self, user: &str, key: &str) -> StatusReply {
        let found = self
            .store
            .transaction(|tx| state::idempotency_get(tx, user, key));
        match found {
            Ok(Some((_, text))) => match serde_json::from_str::<InvokeReply>(&text) {
                Ok(reply) => StatusReply {
                    state: InvocationState::Completed,
                    reply: Some(reply),
                },
                Err(_) => StatusReply {
                    state: InvocationState::InProgress,
                    reply: None,
                },
            },
            Ok(None) => StatusReply {
                state: InvocationState::Unknown,
                reply: None,
            },
            // Not knowing is not "never executed": report it as unsettled.
            Err(e) => {
                warn!(error = %e, "sandbox: store error in a status query");
                StatusReply {
                    state: InvocationState::InProgress,
                    reply: None,
                }
            }
        }
    }

    /// The programs and actions this container offers, with their manifests.
    pub fn catalog(&self) -> CatalogReply {
        CATALOG.clone()
    }
}

/// The manifests of the demo programs (the embedded catalog).
pub fn demo_manifests() -> impl Iterator<Item = &'static str> {
    PROGRAMS.iter().map(|p| p.manifest)
}

/// The saved defaults the demo user of `user` id starts with: (profile key, value).
/// Consistent with the data `ensure_user` seeds; a pure function of the user id.
pub fn demo_profile(user: &str) -> Vec<(String, String)> {
    let mut out = seed::demo_profile(user);
    for p in PROGRAMS {
        if let Some(f) = p.profile {
            out.extend(f(user));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests;
