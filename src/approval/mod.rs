//! Approvals of money-moving calls (consent tier `authorize`) and bounded mandates.
//!
//! An approval is the server's own record of one payment: user, client, tool, the
//! action's definition hash and the digest of the effective arguments (after prefill
//! and quoting), plus a masked display. It is created `pending`, decided on the
//! approval page with the user's payment PIN, and is single-use and short-lived: any
//! different call invalidates it. A mandate is a standing authorization for one tool
//! and one payee with a cap per payment, a count and an expiry; revocable at any time.
//!
//! This module owns the tables and the rules; the page (`page.rs`) is one surface that
//! decides, the pipeline (`call.rs`) is the one that consumes.

pub mod page;

use crate::db::{OptionalExtension, params};
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use serde::{Deserialize, Serialize};

use crate::store::{Store, StoreError};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS approval (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    client      TEXT NOT NULL,
    tool        TEXT NOT NULL,
    def_hash    TEXT NOT NULL,
    args_digest TEXT NOT NULL,
    base_digest TEXT NOT NULL,
    payee       TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL,
    display     TEXT NOT NULL,
    csrf        TEXT NOT NULL,
    status      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    decided_at  INTEGER
);
CREATE INDEX IF NOT EXISTS approval_user ON approval (user_id, tool, status);
CREATE TABLE IF NOT EXISTS payment_pin (
    user_id      TEXT PRIMARY KEY,
    hash         TEXT NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS mandate (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    tool       TEXT NOT NULL,
    def_hash   TEXT NOT NULL,
    payee      TEXT NOT NULL,
    payee_display TEXT NOT NULL,
    cap_fen    INTEGER NOT NULL,
    max_uses   INTEGER NOT NULL,
    uses       INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS mandate_use (
    mandate_id  TEXT NOT NULL,
    args_digest TEXT NOT NULL,
    idem_key    TEXT NOT NULL,
    used_at     INTEGER NOT NULL,
    PRIMARY KEY (mandate_id, args_digest)
);
";

/// Limits of the approval flow.
#[derive(Debug, Clone)]
pub struct ApprovalPolicy {
    /// How long a pending or approved (unused) approval lives.
    pub ttl_ms: i64,
    /// How long after approval an identical call still replays the same receipt.
    pub replay_window_ms: i64,
    /// Most pending approvals one user may have at once.
    pub max_pending: i64,
    /// Most approvals one user may create per `rate_window_ms`.
    pub max_created: i64,
    pub rate_window_ms: i64,
    /// Wrong PINs before approvals are locked, and for how long.
    pub max_pin_failures: i64,
    pub lockout_ms: i64,
}

impl Default for ApprovalPolicy {
    fn default() -> Self {
        ApprovalPolicy {
            ttl_ms: 5 * 60_000,
            replay_window_ms: 24 * 3_600_000,
            max_pending: 5,
            max_created: 20,
            rate_window_ms: 10 * 60_000,
            max_pin_failures: 5,
            lockout_ms: 15 * 60_000,
        }
    }
}

/// What the page shows, fixed when the approval is created (masked values only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Display {
    pub title: String,
    pub tool: String,
    pub amount: String,
    /// The payee's parameters as shown (masked), e.g. `electricity · ****7162`.
    pub payee: String,
    /// The payee's name as the container knows it (from the payment's quote action),
    /// e.g. "国网杭州供电公司 State Grid Hangzhou Power Supply Company".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    pub lines: Vec<DisplayLine>,
}

impl Display {
    /// The payee as the user should recognise it: the name, then the masked parameters.
    pub fn payee_shown(&self) -> String {
        match &self.payee_name {
            Some(name) => format!("{name} ({})", self.payee),
            None => self.payee.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DisplayLine {
    pub label: String,
    pub value: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Approved,
    Rejected,
    Consumed,
    Expired,
    Invalidated,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Consumed => "consumed",
            Status::Expired => "expired",
            Status::Invalidated => "invalidated",
        }
    }
    fn parse(s: &str) -> Status {
        match s {
            "pending" => Status::Pending,
            "approved" => Status::Approved,
            "rejected" => Status::Rejected,
            "consumed" => Status::Consumed,
            "expired" => Status::Expired,
            _ => Status::Invalidated,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Approval {
    pub id: String,
    pub user: String,
    pub client: String,
    pub tool: String,
    pub def_hash: String,
    pub args_digest: String,
    pub payee: String,
    pub amount_fen: i64,
    pub display: Display,
    pub csrf: String,
    pub status: Status,
    pub created_at: i64,
    pub expires_at: i64,
    pub decided_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mandate {
    pub id: String,
    pub tool: String,
    pub payee: String,
    pub payee_display: String,
    pub cap_fen: i64,
    pub max_uses: i64,
    pub uses: i64,
    pub expires_at: i64,
    pub revoked: bool,
}

/// The facts of one payment call that approvals and mandates are bound to.
#[derive(Debug, Clone)]
pub struct PaymentFacts<'a> {
    pub user: &'a str,
    pub client: &'a str,
    pub tool: &'a str,
    pub def_hash: &'a str,
    pub args_digest: &'a str,
    /// Digest of the arguments before the server filled in the amount due: a retry
    /// that omits the amount again is recognised by it (see `replayable_amount`).
    pub base_digest: &'a str,
    pub payee: &'a str,
    pub amount_fen: i64,
}

/// How a payment call may proceed.
#[derive(Debug, Clone, PartialEq)]
pub enum Authorization {
    /// Execute with this idempotency key (an approval's id, or a mandate use's key).
    Execute { idempotency_key: String, via: Via },
    /// Ask the user to approve on the page.
    NeedsApproval { approval_id: String, created: bool },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Via {
    Approval(String),
    /// A retry of an approval that was already used: the bridge replays its result.
    Replay(String),
    Mandate(String),
}

#[derive(Debug, thiserror::Error)]
pub enum ApprovalError {
    #[error(
        "too many payment approvals are waiting for this user; approve or reject the pending ones first (or wait a few minutes)"
    )]
    TooManyPending,
    #[error("too many payment approvals were requested recently; wait a few minutes and try again")]
    RateLimited,
    #[error("payment approvals are locked after too many wrong PINs; try again later")]
    Locked,
    #[error("wrong payment PIN")]
    WrongPin { remaining: i64 },
    #[error("no payment PIN is set up for this user; set one in the bank app")]
    NoPin,
    #[error("this approval is not pending any more")]
    NotPending,
    #[error("this approval was not found")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<crate::db::Error> for ApprovalError {
    fn from(e: crate::db::Error) -> Self {
        ApprovalError::Store(StoreError::Sql(e))
    }
}

/// Parses a decimal yuan string ("236.50", "12", "0.5") into fen. No floats.
pub fn parse_amount_fen(s: &str) -> Option<i64> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    if int.is_empty()
        || int.len() > 12
        || frac.len() > 2
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut fen: i64 = int.parse::<i64>().ok()?.checked_mul(100)?;
    if !frac.is_empty() {
        let f: i64 = frac.parse().ok()?;
        fen = fen.checked_add(if frac.len() == 1 { f * 10 } else { f })?;
    }
    Some(fen)
}

pub fn format_fen(fen: i64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

fn now() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn random_token() -> String {
    let b: [u8; 32] = rand::random();
    hex::encode(b)
}

/// The approval store: cheap Clone over the shared [`Store`].
#[derive(Clone)]
pub struct Approvals {
    store: Store,
    pub policy: ApprovalPolicy,
}

impl Approvals {
    pub fn new(store: Store, policy: ApprovalPolicy) -> Result<Approvals, StoreError> {
        store.migrate(SCHEMA)?;
        Ok(Approvals { store, policy })
    }

    // ---- PINs ----------------------------------------------------------------

    /// Stores `pin` as an Argon2id hash (salted), replacing any earlier one.
    pub fn set_pin(&self, user: &str, pin: &str) -> Result<(), StoreError> {
        let hash = hash_pin(pin);
        self.store.transaction(|tx| {
            tx.execute(
                "INSERT INTO payment_pin (user_id, hash) VALUES (?1, ?2)
                 ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash, failures = 0, locked_until = 0",
                params![user, hash],
            )?;
            Ok::<_, StoreError>(())
        })
    }

    /// Sets a PIN only if the user has none (sandbox seeding).
    pub fn seed_pin(&self, user: &str, pin: &str) -> Result<(), StoreError> {
        let exists: bool = self.store.transaction(|tx| {
            Ok::<_, StoreError>(
                tx.query_row(
                    "SELECT 1 FROM payment_pin WHERE user_id = ?1",
                    params![user],
                    |_| Ok(()),
                )
                .optional()?
                .is_some(),
            )
        })?;
        if !exists {
            self.set_pin(user, pin)?;
        }
        Ok(())
    }

    pub fn locked(&self, user: &str) -> Result<bool, ApprovalError> {
        let until: Option<i64> = self.store.transaction(|tx| {
            Ok::<_, ApprovalError>(
                tx.query_row(
                    "SELECT locked_until FROM payment_pin WHERE user_id = ?1",
                    params![user],
                    |r| r.get(0),
                )
                .optional()?,
            )
        })?;
        Ok(until.is_some_and(|u| u > now()))
    }

    /// Checks a PIN, counting failures; the fifth wrong PIN locks approvals.
    pub fn verify_pin(&self, user: &str, pin: &str) -> Result<(), ApprovalError> {
        let row: Option<(String, i64, i64)> = self.store.transaction(|tx| {
            Ok::<_, ApprovalError>(
                tx.query_row(
                    "SELECT hash, failures, locked_until FROM payment_pin WHERE user_id = ?1",
                    params![user],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?,
            )
        })?;
        let Some((hash, _, locked_until)) = row else {
            return Err(ApprovalError::NoPin);
        };
        if locked_until > now() {
            return Err(ApprovalError::Locked);
        }
        let ok = PasswordHash::new(&hash).is_ok_and(|h| {
            argon2::Argon2::default()
                .verify_password(pin.as_bytes(), &h)
                .is_ok()
        });
        let policy = &self.policy;
        // The outcome is computed inside the transaction but returned outside it, so
        // that a wrong PIN's failure count is committed, not rolled back.
        let outcome: Result<(), ApprovalError> = self.store.transaction(|tx| {
            if ok {
                tx.execute(
                    "UPDATE payment_pin SET failures = 0 WHERE user_id = ?1",
                    params![user],
                )?;
                return Ok::<_, ApprovalError>(Ok(()));
            }
            // Counted from what is stored now, inside this (serializable) transaction:
            // wrong PINs sent to several instances at once each count.
            let (stored, locked_until): (i64, i64) = tx.query_row(
                "SELECT failures, locked_until FROM payment_pin WHERE user_id = ?1",
                params![user],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if locked_until > now() {
                return Ok(Err(ApprovalError::Locked));
            }
            let failures = stored + 1;
            let lock = if failures >= policy.max_pin_failures {
                now() + policy.lockout_ms
            } else {
                0
            };
            let stored_failures = if lock > 0 { 0 } else { failures };
            tx.execute(
                "UPDATE payment_pin SET failures = ?2, locked_until = ?3 WHERE user_id = ?1",
                params![user, stored_failures, lock],
            )?;
            Ok(Err(if lock > 0 {
                ApprovalError::Locked
            } else {
                ApprovalError::WrongPin {
                    remaining: policy.max_pin_failures - failures,
                }
            }))
        })?;
        outcome
    }

    // ---- approvals -------------------------------------------------------------

    /// Decides how a payment call may proceed; creates a pending approval if needed.
    /// Expires stale approvals and invalidates this user's approvals for the same tool
    /// that were made for different arguments (returned for auditing).
    pub fn authorize(
        &self,
        f: &PaymentFacts<'_>,
        display: &Display,
    ) -> Result<(Authorization, Vec<(String, Status)>), ApprovalError> {
        let now = now();
        let policy = self.policy.clone();
        self.store.transaction(|tx| {
            let mut changed = Vec::new();
            // Expire what is past its time.
            {
                let mut stmt = tx.prepare("SELECT id FROM approval WHERE user_id = ?1 AND status IN ('pending','approved') AND expires_at <= ?2")?;
                let ids: Vec<String> = stmt.query_map(params![f.user, now], |r| r.get(0))?.collect::<Result<_, _>>()?;
                for id in ids {
                    tx.execute("UPDATE approval SET status = 'expired' WHERE id = ?1", params![id])?;
                    changed.push((id, Status::Expired));
                }
            }
            // 1. An approved approval for exactly this call: claim it (single use).
            let approved: Option<String> = tx
                .query_row(
                    "SELECT id FROM approval WHERE user_id = ?1 AND tool = ?2 AND def_hash = ?3 AND args_digest = ?4 AND status = 'approved' ORDER BY created_at DESC LIMIT 1",
                    params![f.user, f.tool, f.def_hash, f.args_digest],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = approved {
                tx.execute("UPDATE approval SET status = 'consumed' WHERE id = ?1 AND status = 'approved'", params![id])?;
                return Ok((Authorization::Execute { idempotency_key: id.clone(), via: Via::Approval(id) }, changed));
            }
            // 2. A retry of an approval already used for exactly this call: same key, the
            //    bridge replays the first result (no second payment).
            let consumed: Option<String> = tx
                .query_row(
                    "SELECT id FROM approval WHERE user_id = ?1 AND tool = ?2 AND def_hash = ?3 AND args_digest = ?4 AND status = 'consumed' AND decided_at > ?5 ORDER BY created_at DESC LIMIT 1",
                    params![f.user, f.tool, f.def_hash, f.args_digest, now - policy.replay_window_ms],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(id) = consumed {
                return Ok((Authorization::Execute { idempotency_key: id.clone(), via: Via::Replay(id) }, changed));
            }
            // 3. A live mandate for this tool and payee that covers the amount.
            if let Some(auth) = claim_mandate(tx, f, now)? {
                return Ok((auth, changed));
            }
            // 4. Any other live approval of this user for this tool is for different
            //    arguments (or an older definition): invalidate it.
            {
                let mut stmt = tx.prepare(
                    "SELECT id, args_digest, def_hash FROM approval WHERE user_id = ?1 AND tool = ?2 AND status IN ('pending','approved')",
                )?;
                let rows: Vec<(String, String, String)> = stmt.query_map(params![f.user, f.tool], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
                for (id, digest, def) in rows {
                    if digest == f.args_digest && def == f.def_hash {
                        // The same call is already waiting for the user: reuse its link.
                        return Ok((Authorization::NeedsApproval { approval_id: id, created: false }, changed));
                    }
                    tx.execute("UPDATE approval SET status = 'invalidated' WHERE id = ?1", params![id])?;
                    changed.push((id, Status::Invalidated));
                }
            }
            // 5. A new pending approval, within the caps.
            let pending: i64 = tx.query_row("SELECT COUNT(*) FROM approval WHERE user_id = ?1 AND status = 'pending'", params![f.user], |r| r.get(0))?;
            if pending >= policy.max_pending {
                return Err(ApprovalError::TooManyPending);
            }
            let recent: i64 = tx.query_row(
                "SELECT COUNT(*) FROM approval WHERE user_id = ?1 AND created_at > ?2",
                params![f.user, now - policy.rate_window_ms],
                |r| r.get(0),
            )?;
            if recent >= policy.max_created {
                return Err(ApprovalError::RateLimited);
            }
            let id = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO approval (id, user_id, client, tool, def_hash, args_digest, base_digest, payee, amount_fen, display, csrf, status, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?13, ?7, ?8, ?9, ?10, 'pending', ?11, ?12)",
                params![
                    id,
                    f.user,
                    f.client,
                    f.tool,
                    f.def_hash,
                    f.args_digest,
                    f.payee,
                    f.amount_fen,
                    serde_json::to_string(display).expect("display serializes"),
                    random_token(),
                    now,
                    now + policy.ttl_ms,
                    f.base_digest
                ],
            )?;
            Ok((Authorization::NeedsApproval { approval_id: id, created: true }, changed))
        })
    }

    /// The amount of the most recent payment this user approved and made for the same
    /// call without an explicit amount, within the replay window. After a payment the
    /// amount due is 0, so a retry of "pay my bill" is recognised by this and replays
    /// the first receipt instead of failing or paying again.
    pub fn replayable_amount(
        &self,
        user: &str,
        tool: &str,
        def_hash: &str,
        base_digest: &str,
    ) -> Result<Option<i64>, ApprovalError> {
        let since = now() - self.policy.replay_window_ms;
        self.store.transaction(|tx| {
            Ok::<_, ApprovalError>(
                tx.query_row(
                    "SELECT amount_fen FROM approval WHERE user_id = ?1 AND tool = ?2 AND def_hash = ?3 AND base_digest = ?4
                       AND status = 'consumed' AND decided_at > ?5 ORDER BY decided_at DESC LIMIT 1",
                    params![user, tool, def_hash, base_digest, since],
                    |r| r.get(0),
                )
                .optional()?,
            )
        })
    }

    pub fn get(&self, id: &str) -> Result<Option<Approval>, ApprovalError> {
        self.store.transaction(|tx| {
            Ok::<_, ApprovalError>(
                tx.query_row(
                    "SELECT id, user_id, client, tool, def_hash, args_digest, payee, amount_fen, display, csrf, status, created_at, expires_at, decided_at FROM approval WHERE id = ?1",
                    params![id],
                    |r| {
                        let display: String = r.get(8)?;
                        let status: String = r.get(10)?;
                        Ok(Approval {
                            id: r.get(0)?,
                            user: r.get(1)?,
                            client: r.get(2)?,
                            tool: r.get(3)?,
                            def_hash: r.get(4)?,
                            args_digest: r.get(5)?,
                            payee: r.get(6)?,
                            amount_fen: r.get(7)?,
                            display: serde_json::from_str(&display).unwrap_or(Display {
                                title: String::new(),
                                tool: String::new(),
                                amount: String::new(),
                                payee: String::new(),
                                payee_name: None,
                                lines: vec![],
                            }),
                            csrf: r.get(9)?,
                            status: Status::parse(&status),
                            created_at: r.get(11)?,
                            expires_at: r.get(12)?,
                            decided_at: r.get(13)?,
                        })
                    },
                )
                .optional()?,
            )
        })
    }

    /// Records the user's decision. Only a pending, unexpired approval can be decided.
    /// With `mandate`, also creates a standing authorization for this tool and payee.
    pub fn decide(
        &self,
        id: &str,
        approve: bool,
        mandate: Option<MandateTerms>,
    ) -> Result<Option<String>, ApprovalError> {
        let now = now();
        self.store.transaction(|tx| {
            let row: Option<(String, i64, String, String, String, String)> = tx
                .query_row(
                    "SELECT status, expires_at, user_id, tool, def_hash, payee FROM approval WHERE id = ?1",
                    params![id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
                )
                .optional()?;
            let Some((status, expires_at, user, tool, def_hash, payee)) = row else {
                return Err(ApprovalError::NotFound);
            };
            if status != "pending" {
                return Err(ApprovalError::NotPending);
            }
            if expires_at <= now {
                tx.execute("UPDATE approval SET status = 'expired' WHERE id = ?1", params![id])?;
                return Err(ApprovalError::NotPending);
            }
            let new_status = if approve { "approved" } else { "rejected" };
            tx.execute("UPDATE approval SET status = ?2, decided_at = ?3 WHERE id = ?1", params![id, new_status, now])?;
            if approve && let Some(m) = mandate {
                let mid = uuid::Uuid::new_v4().to_string();
                let display: String = tx.query_row("SELECT display FROM approval WHERE id = ?1", params![id], |r| r.get(0))?;
                let payee_display = serde_json::from_str::<Display>(&display).map(|d| d.payee_shown()).unwrap_or_default();
                tx.execute(
                    "INSERT INTO mandate (id, user_id, tool, def_hash, payee, payee_display, cap_fen, max_uses, expires_at, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![mid, user, tool, def_hash, payee, payee_display, m.cap_fen, m.max_uses, now + m.valid_ms, now],
                )?;
                return Ok(Some(mid));
            }
            Ok(None)
        })
    }

    /// Invalidates live approvals made under an action definition that is no longer
    /// current (the registry changed). Returns the ids, for the audit trail.
    pub fn invalidate_outdated(
        &self,
        is_current: &dyn Fn(&str, &str) -> bool,
    ) -> Result<Vec<String>, ApprovalError> {
        self.store.transaction(|tx| {
            let mut stmt = tx.prepare(
                "SELECT id, tool, def_hash FROM approval WHERE status IN ('pending','approved')",
            )?;
            let rows: Vec<(String, String, String)> = stmt
                .query_map(params![], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            let mut out = Vec::new();
            for (id, tool, def) in rows {
                if !is_current(&tool, &def) {
                    tx.execute(
                        "UPDATE approval SET status = 'invalidated' WHERE id = ?1",
                        params![id],
                    )?;
                    out.push(id);
                }
            }
            Ok::<_, ApprovalError>(out)
        })
    }

    // ---- mandates --------------------------------------------------------------

    pub fn mandates(&self, user: &str) -> Result<Vec<Mandate>, ApprovalError> {
        self.store.transaction(|tx| {
            let mut stmt = tx.prepare(
                "SELECT id, tool, payee, payee_display, cap_fen, max_uses, uses, expires_at, revoked FROM mandate WHERE user_id = ?1 ORDER BY created_at",
            )?;
            let rows = stmt.query_map(params![user], |r| {
                Ok(Mandate {
                    id: r.get(0)?,
                    tool: r.get(1)?,
                    payee: r.get(2)?,
                    payee_display: r.get(3)?,
                    cap_fen: r.get(4)?,
                    max_uses: r.get(5)?,
                    uses: r.get(6)?,
                    expires_at: r.get(7)?,
                    revoked: r.get::<_, i64>(8)? != 0,
                })
            })?;
            Ok::<_, ApprovalError>(rows.collect::<Result<_, _>>()?)
        })
    }

    /// Revokes one of `user`'s mandates; false when there is no such mandate.
    pub fn revoke(&self, user: &str, mandate_id: &str) -> Result<bool, ApprovalError> {
        self.store.transaction(|tx| {
            let n = tx.execute(
                "UPDATE mandate SET revoked = 1 WHERE id = ?1 AND user_id = ?2 AND revoked = 0",
                params![mandate_id, user],
            )?;
            Ok::<_, ApprovalError>(n == 1)
        })
    }
}

/// What the user grants when approving a mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MandateTerms {
    pub cap_fen: i64,
    pub max_uses: i64,
    pub valid_ms: i64,
}

fn claim_mandate(
    tx: &crate::db::Transaction<'_>,
    f: &PaymentFacts<'_>,
    now: i64,
) -> Result<Option<Authorization>, ApprovalError> {
    let mut stmt = tx.prepare(
        "SELECT id FROM mandate WHERE user_id = ?1 AND tool = ?2 AND def_hash = ?3 AND payee = ?4 AND revoked = 0 AND expires_at > ?5 AND cap_fen >= ?6 ORDER BY created_at",
    )?;
    let ids: Vec<String> = stmt
        .query_map(
            params![f.user, f.tool, f.def_hash, f.payee, now, f.amount_fen],
            |r| r.get(0),
        )?
        .collect::<Result<_, _>>()?;
    for id in ids {
        // An identical call under the same mandate is a retry: same key, not a new use.
        let existing: Option<String> = tx
            .query_row(
                "SELECT idem_key FROM mandate_use WHERE mandate_id = ?1 AND args_digest = ?2",
                params![id, f.args_digest],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(key) = existing {
            return Ok(Some(Authorization::Execute {
                idempotency_key: key,
                via: Via::Replay(id),
            }));
        }
        let n = tx.execute(
            "UPDATE mandate SET uses = uses + 1 WHERE id = ?1 AND uses < max_uses",
            params![id],
        )?;
        if n == 1 {
            let key = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO mandate_use (mandate_id, args_digest, idem_key, used_at) VALUES (?1, ?2, ?3, ?4)",
                params![id, f.args_digest, key, now],
            )?;
            return Ok(Some(Authorization::Execute {
                idempotency_key: key,
                via: Via::Mandate(id),
            }));
        }
    }
    Ok(None)
}

fn hash_pin(pin: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    argon2::Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .expect("argon2 hashing with default parameters succeeds")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approvals() -> Approvals {
        Approvals::new(Store::in_memory().unwrap(), ApprovalPolicy::default()).unwrap()
    }

    fn facts<'a>(digest: &'a str, amount_fen: i64) -> PaymentFacts<'a> {
        PaymentFacts {
            user: "u",
            client: "c",
            tool: "t",
            def_hash: "h",
            args_digest: digest,
            base_digest: digest,
            payee: "p",
            amount_fen,
        }
    }

    fn display() -> Display {
        Display {
            title: "Pay".into(),
            tool: "t".into(),
            amount: "1.00".into(),
            payee: "p".into(),
            payee_name: None,
            lines: vec![],
        }
    }

    #[test]
    fn amounts_parse_without_floats() {
        assert_eq!(parse_amount_fen("236.50"), Some(23650));
        assert_eq!(parse_amount_fen("236.5"), Some(23650));
        assert_eq!(parse_amount_fen("12"), Some(1200));
        assert_eq!(parse_amount_fen("0.01"), Some(1));
        assert_eq!(parse_amount_fen("1.234"), None);
        assert_eq!(parse_amount_fen("-1"), None);
        assert_eq!(parse_amount_fen("1e2"), None);
        assert_eq!(parse_amount_fen(""), None);
        assert_eq!(format_fen(23650), "236.50");
    }

    #[test]
    fn an_approval_is_single_use_and_bound_to_the_digest() {
        let a = approvals();
        let (auth, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        let Authorization::NeedsApproval {
            approval_id,
            created: true,
        } = auth
        else {
            panic!("{auth:?}")
        };
        // Asking again for the same call reuses the link.
        let (again, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        assert_eq!(
            again,
            Authorization::NeedsApproval {
                approval_id: approval_id.clone(),
                created: false
            }
        );
        a.decide(&approval_id, true, None).unwrap();
        assert!(matches!(
            a.decide(&approval_id, true, None),
            Err(ApprovalError::NotPending)
        ));
        let (run, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        assert_eq!(
            run,
            Authorization::Execute {
                idempotency_key: approval_id.clone(),
                via: Via::Approval(approval_id.clone())
            }
        );
        // A retry replays with the same key.
        let (replay, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        assert_eq!(
            replay,
            Authorization::Execute {
                idempotency_key: approval_id.clone(),
                via: Via::Replay(approval_id)
            }
        );
    }

    #[test]
    fn a_different_call_invalidates_an_approved_one() {
        let a = approvals();
        let (auth, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        let Authorization::NeedsApproval { approval_id, .. } = auth else {
            panic!()
        };
        a.decide(&approval_id, true, None).unwrap();
        let (other, changed) = a.authorize(&facts("d2", 101), &display()).unwrap();
        assert!(matches!(
            other,
            Authorization::NeedsApproval { created: true, .. }
        ));
        assert_eq!(changed, vec![(approval_id.clone(), Status::Invalidated)]);
        // The original call now needs a new approval too.
        let (orig, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        assert!(matches!(
            orig,
            Authorization::NeedsApproval { created: true, .. }
        ));
        assert_eq!(
            a.get(&approval_id).unwrap().unwrap().status,
            Status::Invalidated
        );
    }

    #[test]
    fn pins_lock_after_five_failures() {
        let a = approvals();
        a.set_pin("u", "246810").unwrap();
        a.verify_pin("u", "246810").unwrap();
        for i in 0..4 {
            match a.verify_pin("u", "000000") {
                Err(ApprovalError::WrongPin { remaining }) => assert_eq!(remaining, 4 - i),
                other => panic!("{other:?}"),
            }
        }
        assert!(matches!(
            a.verify_pin("u", "000000"),
            Err(ApprovalError::Locked)
        ));
        assert!(matches!(
            a.verify_pin("u", "246810"),
            Err(ApprovalError::Locked)
        ));
        assert!(a.locked("u").unwrap());
    }

    #[test]
    fn mandates_cap_count_and_revoke() {
        let a = approvals();
        let (auth, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        let Authorization::NeedsApproval { approval_id, .. } = auth else {
            panic!()
        };
        let mid = a
            .decide(
                &approval_id,
                true,
                Some(MandateTerms {
                    cap_fen: 500,
                    max_uses: 2,
                    valid_ms: 60_000,
                }),
            )
            .unwrap()
            .unwrap();
        // Consume the approval itself first.
        assert!(matches!(
            a.authorize(&facts("d1", 100), &display()).unwrap().0,
            Authorization::Execute {
                via: Via::Approval(_),
                ..
            }
        ));
        // Within the cap: runs under the mandate.
        assert!(matches!(
            a.authorize(&facts("d2", 400), &display()).unwrap().0,
            Authorization::Execute {
                via: Via::Mandate(_),
                ..
            }
        ));
        // Above the cap: needs approval.
        assert!(matches!(
            a.authorize(&facts("d3", 501), &display()).unwrap().0,
            Authorization::NeedsApproval { .. }
        ));
        // Second use, then the count is exhausted.
        assert!(matches!(
            a.authorize(&facts("d4", 300), &display()).unwrap().0,
            Authorization::Execute {
                via: Via::Mandate(_),
                ..
            }
        ));
        assert!(matches!(
            a.authorize(&facts("d5", 300), &display()).unwrap().0,
            Authorization::NeedsApproval { .. }
        ));
        assert_eq!(a.mandates("u").unwrap()[0].uses, 2);
        // Revoked: nothing more.
        assert!(a.revoke("u", &mid).unwrap());
        assert!(!a.revoke("other", &mid).unwrap());
    }

    #[test]
    fn revoked_and_expired_mandates_stop_at_once() {
        let a = approvals();
        let terms = MandateTerms {
            cap_fen: 500,
            max_uses: 5,
            valid_ms: 60_000,
        };
        let (auth, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        let Authorization::NeedsApproval { approval_id, .. } = auth else {
            panic!()
        };
        let mid = a.decide(&approval_id, true, Some(terms)).unwrap().unwrap();
        assert!(matches!(
            a.authorize(&facts("d2", 100), &display()).unwrap().0,
            Authorization::Execute {
                via: Via::Mandate(_),
                ..
            }
        ));
        a.revoke("u", &mid).unwrap();
        assert!(matches!(
            a.authorize(&facts("d3", 100), &display()).unwrap().0,
            Authorization::NeedsApproval { .. }
        ));

        let b = approvals();
        let (auth, _) = b.authorize(&facts("d1", 100), &display()).unwrap();
        let Authorization::NeedsApproval { approval_id, .. } = auth else {
            panic!()
        };
        b.decide(
            &approval_id,
            true,
            Some(MandateTerms {
                valid_ms: 1,
                ..terms
            }),
        )
        .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(matches!(
            b.authorize(&facts("d2", 100), &display()).unwrap().0,
            Authorization::NeedsApproval { .. }
        ));
    }

    #[test]
    fn an_expired_approval_cannot_be_decided_or_used() {
        let a = Approvals::new(
            Store::in_memory().unwrap(),
            ApprovalPolicy {
                ttl_ms: 1,
                ..ApprovalPolicy::default()
            },
        )
        .unwrap();
        let (auth, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        let Authorization::NeedsApproval { approval_id, .. } = auth else {
            panic!()
        };
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(matches!(
            a.decide(&approval_id, true, None),
            Err(ApprovalError::NotPending)
        ));
        let (again, changed) = a.authorize(&facts("d1", 100), &display()).unwrap();
        assert!(
            matches!(again, Authorization::NeedsApproval { created: true, .. }),
            "a new approval is needed"
        );
        assert!(changed.is_empty() || changed.iter().all(|(_, s)| *s == Status::Expired));
        assert_eq!(
            a.get(&approval_id).unwrap().unwrap().status,
            Status::Expired
        );
    }

    #[test]
    fn another_users_approval_is_useless() {
        let a = approvals();
        let (auth, _) = a.authorize(&facts("d1", 100), &display()).unwrap();
        let Authorization::NeedsApproval { approval_id, .. } = auth else {
            panic!()
        };
        a.decide(&approval_id, true, None).unwrap();
        let bob = PaymentFacts {
            user: "bob",
            ..facts("d1", 100)
        };
        assert!(matches!(
            a.authorize(&bob, &display()).unwrap().0,
            Authorization::NeedsApproval { created: true, .. }
        ));
        // Alice's approval is still there for Alice.
        assert!(matches!(
            a.authorize(&facts("d1", 100), &display()).unwrap().0,
            Authorization::Execute { .. }
        ));
    }

    #[test]
    fn pending_approvals_are_capped() {
        let a = approvals();
        for i in 0..5 {
            let f = PaymentFacts {
                tool: ["t0", "t1", "t2", "t3", "t4"][i],
                ..facts("d", 100)
            };
            assert!(matches!(
                a.authorize(&f, &display()).unwrap().0,
                Authorization::NeedsApproval { created: true, .. }
            ));
        }
        let f = PaymentFacts {
            tool: "t5",
            ..facts("d", 100)
        };
        assert!(matches!(
            a.authorize(&f, &display()),
            Err(ApprovalError::TooManyPending)
        ));
    }
}
