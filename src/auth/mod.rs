//! Authentication for the HTTP transport: opaque bearer tokens kept in the store as
//! hashes, each mapping to a user and the scopes it grants (`mcp:read`, `mcp:act`,
//! `mcp:pay`). The HTTP transport turns a token into the request's user; a token never
//! reaches the bridge or the logs.
//!
//! OAuth 2.1 JWT access tokens are validated by [`jwt`].

pub mod jwt;

use crate::db::{OptionalExtension, params};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::store::{Store, StoreError};

pub const SCOPE_READ: &str = "mcp:read";
pub const SCOPE_ACT: &str = "mcp:act";
pub const SCOPE_PAY: &str = "mcp:pay";
pub const ALL_SCOPES: &str = "mcp:read mcp:act mcp:pay";

/// What a token lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scopes {
    pub read: bool,
    pub act: bool,
    pub pay: bool,
}

impl Scopes {
    /// Parses a space-separated scope list; unknown scopes are an error.
    pub fn parse(s: &str) -> Result<Scopes, String> {
        let mut out = Scopes {
            read: false,
            act: false,
            pay: false,
        };
        for part in s.split_whitespace() {
            match part {
                SCOPE_READ => out.read = true,
                SCOPE_ACT => out.act = true,
                SCOPE_PAY => out.pay = true,
                other => return Err(format!("unknown scope `{other}` (known: {ALL_SCOPES})")),
            }
        }
        Ok(out)
    }

    pub fn has(&self, scope: &str) -> bool {
        match scope {
            SCOPE_READ => self.read,
            SCOPE_ACT => self.act,
            SCOPE_PAY => self.pay,
            _ => false,
        }
    }

    pub fn to_scope_string(self) -> String {
        [
            (self.read, SCOPE_READ),
            (self.act, SCOPE_ACT),
            (self.pay, SCOPE_PAY),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, s)| *s)
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// The authenticated caller of an HTTP request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user: String,
    pub scopes: Scopes,
}

/// A token as listed (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TokenInfo {
    pub id: String,
    pub user: String,
    pub scopes: String,
    pub label: Option<String>,
    pub created_at: String,
    pub revoked: bool,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS auth_token (
    id         TEXT PRIMARY KEY,
    hash       TEXT NOT NULL UNIQUE,
    user_id    TEXT NOT NULL,
    scopes     TEXT NOT NULL,
    label      TEXT,
    created_at TEXT NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
);
";

/// The prefix that marks our opaque tokens.
pub const TOKEN_PREFIX: &str = "mpm_";

/// Opaque bearer tokens in the store.
#[derive(Clone)]
pub struct TokenStore {
    store: Store,
    /// Tokens this instance verified lately (by hash), so that clients already
    /// connected keep their public lookups while a shared database is unreachable
    /// (for at most [`OUTAGE_GRACE`] after the last successful check). Whenever the
    /// database answers, it decides: a revoked token stops at once.
    recent: Arc<Mutex<HashMap<String, (Principal, Instant)>>>,
}

/// How long a token verified before a database outage is still honoured during it.
pub const OUTAGE_GRACE: Duration = Duration::from_secs(15 * 60);
const RECENT_MAX: usize = 10_000;

fn hash(token: &str) -> String {
    // The tokens carry 256 random bits, so a fast hash is enough (no dictionary to try).
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// User ids: 1–64 of `[A-Za-z0-9_.@-]`.
pub fn check_user_id(user: &str) -> Result<(), String> {
    let ok = (1..=64).contains(&user.len())
        && user
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.@-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{user}` is not a valid user id: use 1–64 of A–Z a–z 0–9 _ . @ -"
        ))
    }
}

impl std::fmt::Debug for TokenStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenStore")
    }
}

impl TokenStore {
    pub fn new(store: Store) -> Result<TokenStore, StoreError> {
        store.migrate(SCHEMA)?;
        Ok(TokenStore {
            store,
            recent: Arc::default(),
        })
    }

    /// Creates a token for `user`; the secret is returned once and only its hash is kept.
    pub fn create(
        &self,
        user: &str,
        scopes: &str,
        label: Option<&str>,
    ) -> Result<(TokenInfo, String), String> {
        check_user_id(user)?;
        let scopes = Scopes::parse(scopes)?.to_scope_string();
        if scopes.is_empty() {
            return Err("a token needs at least one scope".into());
        }
        let secret: [u8; 32] = rand::random();
        let token = format!("{TOKEN_PREFIX}{}", hex::encode(secret));
        let id = uuid::Uuid::new_v4().simple().to_string()[..12].to_string();
        let created_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        self.store
            .transaction(|tx| {
                tx.execute(
                    "INSERT INTO auth_token (id, hash, user_id, scopes, label, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![id, hash(&token), user, scopes, label, created_at],
                )?;
                Ok::<_, StoreError>(())
            })
            .map_err(|e| e.to_string())?;
        Ok((
            TokenInfo {
                id,
                user: user.into(),
                scopes,
                label: label.map(String::from),
                created_at,
                revoked: false,
            },
            token,
        ))
    }

    pub fn list(&self) -> Result<Vec<TokenInfo>, StoreError> {
        self.store.transaction(|tx| {
            let mut stmt = tx.prepare("SELECT id, user_id, scopes, label, created_at, revoked FROM auth_token ORDER BY created_at, id")?;
            let rows = stmt.query_map(crate::db::params![], |r| {
                Ok(TokenInfo { id: r.get(0)?, user: r.get(1)?, scopes: r.get(2)?, label: r.get(3)?, created_at: r.get(4)?, revoked: r.get::<_, i64>(5)? != 0 })
            })?;
            Ok::<_, StoreError>(rows.collect::<Result<_, _>>()?)
        })
    }

    pub fn revoke(&self, id: &str) -> Result<bool, StoreError> {
        self.store.transaction(|tx| {
            Ok::<_, StoreError>(
                tx.execute(
                    "UPDATE auth_token SET revoked = 1 WHERE id = ?1 AND revoked = 0",
                    params![id],
                )? == 1,
            )
        })
    }

    /// The principal of a live token. When the database cannot be reached, a token
    /// this instance verified within [`OUTAGE_GRACE`] still counts; any other is an
    /// error (the caller answers 503, not 401: the token may well be good).
    pub fn verify(&self, token: &str) -> Result<Option<Principal>, StoreError> {
        if !token.starts_with(TOKEN_PREFIX) {
            return Ok(None);
        }
        let h = hash(token);
        let row: Result<Option<(String, String)>, StoreError> = self.store.with(|tx| {
            Ok::<_, StoreError>(
                tx.query_row(
                    "SELECT user_id, scopes FROM auth_token WHERE hash = ?1 AND revoked = 0",
                    params![h],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?,
            )
        });
        let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        match row {
            Ok(Some((user, scopes))) => {
                let p = Principal {
                    user,
                    scopes: Scopes::parse(&scopes).unwrap_or(Scopes {
                        read: false,
                        act: false,
                        pay: false,
                    }),
                };
                // Refreshed at most once a minute per token: the hot path stays a lookup.
                let fresh = recent
                    .get(&h)
                    .is_some_and(|(q, at)| *q == p && at.elapsed() < Duration::from_secs(60));
                if !fresh {
                    if recent.len() >= RECENT_MAX {
                        recent.retain(|_, (_, at)| at.elapsed() < OUTAGE_GRACE);
                    }
                    if recent.len() < RECENT_MAX {
                        recent.insert(h, (p.clone(), Instant::now()));
                    }
                }
                Ok(Some(p))
            }
            Ok(None) => {
                recent.remove(&h);
                Ok(None)
            }
            Err(e) if e.is_unavailable() => match recent.get(&h) {
                Some((p, at)) if at.elapsed() < OUTAGE_GRACE => {
                    tracing::warn!(
                        "the token store is unreachable; honouring a token verified lately"
                    );
                    Ok(Some(p.clone()))
                }
                _ => Err(e),
            },
            Err(e) => Err(e),
        }
    }
}

/// The bearer token of an `Authorization` header value (`Bearer <token>`).
pub fn bearer(header: &str) -> Option<&str> {
    let (scheme, token) = header.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && !token.contains(' '))
        .then_some(token)
}

/// RFC 9728 protected-resource metadata.
pub fn protected_resource_metadata(
    resource: &str,
    authorization_servers: &[String],
) -> serde_json::Value {
    serde_json::json!({
        "resource": resource,
        "authorization_servers": authorization_servers,
        "scopes_supported": [SCOPE_READ, SCOPE_ACT, SCOPE_PAY],
        "bearer_methods_supported": ["header"],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_list_and_revoke_without_keeping_secrets() {
        let t = TokenStore::new(Store::in_memory().unwrap()).unwrap();
        let (info, token) = t
            .create("alice", "mcp:read mcp:act", Some("laptop"))
            .unwrap();
        assert!(token.starts_with(TOKEN_PREFIX) && token.len() == TOKEN_PREFIX.len() + 64);
        let p = t.verify(&token).unwrap().unwrap();
        assert_eq!(p.user, "alice");
        assert!(p.scopes.read && p.scopes.act && !p.scopes.pay);
        assert!(t.verify("mpm_wrong").unwrap().is_none());
        assert!(!format!("{:?}", t.list().unwrap()).contains(&token[4..]));
        assert!(t.revoke(&info.id).unwrap());
        assert!(t.verify(&token).unwrap().is_none());
        assert!(t.create("bad user", ALL_SCOPES, None).is_err());
        assert!(
            t.create("bob", "mcp:admin", None)
                .unwrap_err()
                .contains("unknown scope")
        );
    }

    #[test]
    fn bearer_headers() {
        assert_eq!(bearer("Bearer abc"), Some("abc"));
        assert_eq!(bearer("bearer abc"), Some("abc"));
        assert_eq!(bearer("Basic abc"), None);
        assert_eq!(bearer("Bearer "), None);
        assert_eq!(bearer("Bearer a b"), None);
    }
}
