//! The store: profiles, consent grants, single-use tokens and discovery's per-user data,
//! on one of two backends (`db.rs`): the embedded SQLite file in the data directory
//! (default; in-memory for tests) or PostgreSQL, shared by several instances.
//!
//! Owns the narrow interfaces other modules use; modules with tables of their own
//! (sandbox, approvals, tokens, audit) add them with [`Store::migrate`] and run their
//! statements through [`Store::transaction`] / [`Store::with`].
//! Must not: know about MCP, consent rules or the bridge protocol.

use std::path::Path;

use crate::db::{self, Db, OptionalExtension, params};

/// Errors from the store. Messages never contain stored values.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the data store at {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: db::Error,
    },
    #[error(
        "the data store at {path} has schema version {found}, newer than this build knows ({known}): it was written by a newer miniprogram-mcp. Run that version (or newer) on it, or restore a backup; nothing was changed"
    )]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("data store error: {0}")]
    Sql(#[from] db::Error),
}

impl StoreError {
    /// True when the database could not be reached (PostgreSQL down or restarting), as
    /// opposed to a statement it refused.
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Sql(e) | StoreError::Open { source: e, .. } => e.is_unavailable(),
            StoreError::TooNew { .. } => false,
        }
    }
}

/// A cheap-Clone handle to the store.
#[derive(Clone)]
pub struct Store {
    db: Db,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS profile (
    user_id TEXT NOT NULL,
    key     TEXT NOT NULL,
    value   TEXT NOT NULL,
    set_by  TEXT NOT NULL,
    set_at  TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE TABLE IF NOT EXISTS consent_grant (
    user_id    TEXT NOT NULL,
    tool       TEXT NOT NULL,
    scope      TEXT NOT NULL,     -- '*' or a session id
    def_hash   TEXT NOT NULL,     -- the action definition the user agreed to
    expires_at INTEGER NOT NULL,  -- unix ms; i64::MAX for 'until revoked'
    PRIMARY KEY (user_id, tool, scope)
);
CREATE TABLE IF NOT EXISTS used_token (
    token_id   TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
-- Discovery: how often and how lately each user used each tool (their own ranking only).
CREATE TABLE IF NOT EXISTS tool_usage (
    user_id   TEXT NOT NULL,
    tool      TEXT NOT NULL,
    uses      INTEGER NOT NULL,
    last_used INTEGER NOT NULL,   -- unix ms
    PRIMARY KEY (user_id, tool)
);
-- Discovery: tools a user found with actions__find, listed to them in tools/list.
CREATE TABLE IF NOT EXISTS found_tool (
    user_id  TEXT NOT NULL,
    tool     TEXT NOT NULL,
    found_at INTEGER NOT NULL,    -- unix ms
    PRIMARY KEY (user_id, tool)
);
";

/// The schema versions this build knows, oldest first: forward-only migrations, each
/// applied once, in one transaction with the version bump (`PRAGMA user_version`).
/// Version 1 is the schema as first released (idempotent, so files made before
/// versioning adopt it). Modules with their own tables (sandbox, approvals, tokens) add
/// them with [`Store::migrate`]; a change to any table becomes a new numbered entry here.
const MIGRATIONS: &[(i64, &str)] = &[(1, SCHEMA)];

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// One user's use of one tool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolUse {
    pub tool: String,
    pub uses: u32,
    pub last_used_ms: i64,
}

/// One saved default with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ProfileEntry {
    pub key: String,
    pub value: String,
    pub set_by: String,
    pub set_at: String,
}

impl Store {
    /// Opens (creating if needed) the store file `miniprogram-mcp.db` in `dir`.
    pub fn open_dir(dir: &Path) -> Result<Store, StoreError> {
        let path = dir.join("miniprogram-mcp.db");
        let label = path.display().to_string();
        let db = Db::sqlite_file(&path).map_err(|source| StoreError::Open {
            path: label.clone(),
            source,
        })?;
        Self::init(db, &label)
    }

    /// Connects to PostgreSQL (`postgres://user[:password]@host[:port]/db`), shared by
    /// every instance given the same URL. Fails when the server cannot be reached now:
    /// the migrations must run before anything is served.
    pub fn open_url(url: &str, pool_size: u32) -> Result<Store, StoreError> {
        let label = db::redact_url(url);
        let db = Db::postgres(url, pool_size).map_err(|source| StoreError::Open {
            path: label.clone(),
            source,
        })?;
        Self::init(db, &label)
    }

    /// A private in-memory store (tests, benchmarks).
    pub fn in_memory() -> Result<Store, StoreError> {
        Self::init(Db::sqlite_memory()?, ":memory:")
    }

    /// Applies the migrations this database lacks, each in one transaction with its
    /// version bump; refuses a database from a newer build. On PostgreSQL instances
    /// starting together take turns (an advisory lock).
    fn init(db: Db, label: &str) -> Result<Store, StoreError> {
        let open_err = |source: db::Error| StoreError::Open {
            path: label.to_string(),
            source,
        };
        db.migrate_locked(|tx| {
            let found = tx.schema_version()?;
            if found > SCHEMA_VERSION {
                return Ok(Err(found));
            }
            for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > found) {
                tx.execute_batch(sql)?;
                tx.set_schema_version(*version)?;
            }
            Ok(Ok(()))
        })
        .map_err(open_err)?
        .map_err(|found| StoreError::TooNew {
            path: label.to_string(),
            found,
            known: SCHEMA_VERSION,
        })?;
        Ok(Store { db })
    }

    /// Runs additional schema SQL (idempotent `CREATE ... IF NOT EXISTS`), for modules
    /// that keep their own tables (sandbox, approvals, tokens, audit).
    pub fn migrate(&self, sql: &str) -> Result<(), StoreError> {
        self.db.migrate_locked(|tx| tx.execute_batch(sql))?;
        Ok(())
    }

    /// Runs `f` inside one transaction: all or nothing. On PostgreSQL `f` may run more
    /// than once (a serialization failure is retried), so it must only touch the database.
    pub fn transaction<T, E>(
        &self,
        f: impl FnMut(&db::Transaction<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<db::Error>,
    {
        self.db.transaction(f)
    }

    /// As [`Store::transaction`], for work that serialises itself with a lock it takes
    /// (READ COMMITTED on PostgreSQL).
    pub fn transaction_read_committed<T, E>(
        &self,
        f: impl FnMut(&db::Transaction<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<db::Error>,
    {
        self.db.transaction_read_committed(f)
    }

    /// Runs `f` outside a transaction (each statement on its own): reads.
    pub fn with<T, E>(&self, f: impl FnOnce(&db::Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<db::Error>,
    {
        self.db.with(f)
    }

    /// The backend: `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        if self.db.is_postgres() {
            "postgres"
        } else {
            "sqlite"
        }
    }

    /// Round trips to the database since start (statements and transaction commands).
    pub fn round_trips(&self) -> u64 {
        self.db.round_trips()
    }

    /// True when the database answers now (always, for SQLite).
    pub fn ping(&self) -> bool {
        self.db.ping()
    }

    // ---- profiles ----------------------------------------------------------

    pub fn profile_get(&self, user: &str, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.with(|c| {
            c.query_row(
                "SELECT value FROM profile WHERE user_id = ?1 AND key = ?2",
                params![user, key],
                |r| r.get(0),
            )
            .optional()
        })?)
    }

    pub fn profile_list(&self, user: &str) -> Result<Vec<ProfileEntry>, StoreError> {
        Ok(self.with(|c| {
            c.query_rows(
                "SELECT key, value, set_by, set_at FROM profile WHERE user_id = ?1 ORDER BY key",
                params![user],
                |r| {
                    Ok(ProfileEntry {
                        key: r.get(0)?,
                        value: r.get(1)?,
                        set_by: r.get(2)?,
                        set_at: r.get(3)?,
                    })
                },
            )
        })?)
    }

    pub fn profile_set(
        &self,
        user: &str,
        key: &str,
        value: &str,
        set_by: &str,
    ) -> Result<(), StoreError> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        self.with(|c| {
            c.execute(
                "INSERT INTO profile (user_id, key, value, set_by, set_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value,
                     set_by = excluded.set_by, set_at = excluded.set_at",
                params![user, key, value, set_by, now],
            )
        })?;
        Ok(())
    }

    /// Sets a default only if the user has none for that key (sandbox seeding).
    pub fn profile_seed(&self, user: &str, key: &str, value: &str) -> Result<(), StoreError> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        self.with(|c| {
            c.execute(
                "INSERT INTO profile (user_id, key, value, set_by, set_at)
                 VALUES (?1, ?2, ?3, 'sandbox seed', ?4) ON CONFLICT DO NOTHING",
                params![user, key, value, now],
            )
        })?;
        Ok(())
    }

    // ---- consent grants ("remember") ---------------------------------------

    /// Records that `user` agreed to `tool` (definition `def_hash`) for `scope` until `expires_at_ms`.
    pub fn grant_put(
        &self,
        user: &str,
        tool: &str,
        scope: &str,
        def_hash: &str,
        expires_at_ms: i64,
    ) -> Result<(), StoreError> {
        self.with(|c| {
            c.execute(
                "INSERT INTO consent_grant (user_id, tool, scope, def_hash, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (user_id, tool, scope) DO UPDATE SET def_hash = excluded.def_hash,
                     expires_at = excluded.expires_at",
                params![user, tool, scope, def_hash, expires_at_ms],
            )
        })?;
        Ok(())
    }

    /// True when a live grant covers this call (scope `*` or the given session).
    pub fn grant_valid(
        &self,
        user: &str,
        tool: &str,
        session: &str,
        def_hash: &str,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        Ok(self.with(|c| {
            c.prepare_cached(
                "SELECT 1 FROM consent_grant WHERE user_id = ?1 AND tool = ?2
                   AND (scope = '*' OR scope = ?3) AND def_hash = ?4 AND expires_at > ?5 LIMIT 1",
            )?
            .exists(params![user, tool, session, def_hash, now_ms])
        })?)
    }

    // ---- single-use tokens (MRTR requestState, approvals) --------------------

    /// Marks `token_id` used. Returns false when it was already used (a replay), at
    /// this instance or any other sharing the database.
    pub fn token_consume(&self, token_id: &str, expires_at_ms: i64) -> Result<bool, StoreError> {
        let now = chrono::Utc::now().timestamp_millis();
        Ok(self.with(|c| {
            c.execute(
                "DELETE FROM used_token WHERE expires_at < ?1",
                params![now - 60_000],
            )?;
            let n = c.execute(
                "INSERT INTO used_token (token_id, expires_at) VALUES (?1, ?2)
                 ON CONFLICT DO NOTHING",
                params![token_id, expires_at_ms],
            )?;
            Ok::<_, db::Error>(n == 1)
        })?)
    }

    // ---- discovery: per-user usage and found tools -------------------------

    /// Counts one use of `tool` by `user`.
    pub fn usage_record(&self, user: &str, tool: &str, now_ms: i64) -> Result<(), StoreError> {
        self.usage_add(&[(user, tool, 1, now_ms)])
    }

    /// Adds counted uses, (user, tool, uses, last used unix ms) each, in one transaction.
    pub fn usage_add(&self, rows: &[(&str, &str, u32, i64)]) -> Result<(), StoreError> {
        self.transaction(|tx| {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO tool_usage (user_id, tool, uses, last_used) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (user_id, tool) DO UPDATE SET uses = tool_usage.uses + excluded.uses,
                     last_used = CASE WHEN excluded.last_used > tool_usage.last_used
                         THEN excluded.last_used ELSE tool_usage.last_used END",
            )?;
            for (user, tool, uses, last) in rows {
                stmt.execute(params![*user, *tool, *uses, *last])?;
            }
            Ok::<_, StoreError>(())
        })
    }

    /// The user's usage, most used first.
    pub fn usage_list(&self, user: &str) -> Result<Vec<ToolUse>, StoreError> {
        Ok(self.with(|c| {
            c.query_rows(
                "SELECT tool, uses, last_used FROM tool_usage WHERE user_id = ?1
                 ORDER BY uses DESC, last_used DESC, tool",
                params![user],
                |r| {
                    Ok(ToolUse {
                        tool: r.get(0)?,
                        uses: r.get::<_, i64>(1)?.clamp(0, i64::from(u32::MAX)) as u32,
                        last_used_ms: r.get(2)?,
                    })
                },
            )
        })?)
    }

    /// Adds tools to the user's found set (refreshing the time of those already in it)
    /// and keeps only the `keep` most recently found. One transaction.
    pub fn found_add(
        &self,
        user: &str,
        tools: &[String],
        now_ms: i64,
        keep: usize,
    ) -> Result<(), StoreError> {
        self.transaction(|tx| {
            let mut put = tx.prepare_cached(
                "INSERT INTO found_tool (user_id, tool, found_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (user_id, tool) DO UPDATE SET found_at = excluded.found_at",
            )?;
            // The first result is the best: give it the latest time, so it is kept longest.
            for (i, t) in tools.iter().enumerate() {
                put.execute(params![user, t, now_ms - i as i64])?;
            }
            tx.execute(
                "DELETE FROM found_tool WHERE user_id = ?1 AND tool NOT IN
                   (SELECT tool FROM found_tool WHERE user_id = ?1
                    ORDER BY found_at DESC, tool LIMIT ?2)",
                params![user, keep as i64],
            )?;
            Ok::<_, StoreError>(())
        })
    }

    /// The user's found tools, most recently found first.
    pub fn found_list(&self, user: &str) -> Result<Vec<String>, StoreError> {
        Ok(self.with(|c| {
            c.query_rows(
                "SELECT tool FROM found_tool WHERE user_id = ?1 ORDER BY found_at DESC, tool",
                params![user],
                |r| r.get(0),
            )
        })?)
    }

    /// Forgets the user's usage and found tools. Returns how many records went.
    pub fn usage_forget(&self, user: &str) -> Result<usize, StoreError> {
        self.transaction(|tx| {
            Ok::<_, StoreError>(
                tx.execute("DELETE FROM tool_usage WHERE user_id = ?1", params![user])?
                    + tx.execute("DELETE FROM found_tool WHERE user_id = ?1", params![user])?,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn migrations_are_versioned_and_a_newer_file_is_refused() {
        let dir = std::env::temp_dir().join(format!("mpmcp-store-{}", uuid::Uuid::new_v4()));
        let s = Store::open_dir(&dir).unwrap();
        s.profile_seed("u", "k", "v").unwrap();
        drop(s);
        let path = dir.join("miniprogram-mcp.db");
        let version = |c: &Connection| -> i64 {
            c.pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap()
        };
        assert_eq!(version(&Connection::open(&path).unwrap()), SCHEMA_VERSION);
        // Reopening applies nothing twice and keeps the data.
        let s = Store::open_dir(&dir).unwrap();
        assert_eq!(s.profile_get("u", "k").unwrap().as_deref(), Some("v"));
        drop(s);
        // A file from a newer build: refused, named, untouched.
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let err = Store::open_dir(&dir).err().expect("refused").to_string();
        assert!(
            err.contains("newer than this build knows") && err.contains("miniprogram-mcp.db"),
            "{err}"
        );
        assert_eq!(
            version(&Connection::open(&path).unwrap()),
            SCHEMA_VERSION + 1
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn profile_roundtrip_keeps_provenance() {
        let s = Store::in_memory().unwrap();
        s.profile_seed("u", "payment.card", "6222020000001234")
            .unwrap();
        s.profile_seed("u", "payment.card", "ignored").unwrap();
        assert_eq!(
            s.profile_get("u", "payment.card").unwrap().as_deref(),
            Some("6222020000001234")
        );
        s.profile_set("u", "branch.preferred", "BJ001", "user via agent")
            .unwrap();
        let all = s.profile_list("u").unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].key, "branch.preferred");
        assert_eq!(all[0].set_by, "user via agent");
        assert_eq!(all[1].set_by, "sandbox seed");
        assert!(s.profile_get("other", "payment.card").unwrap().is_none());
    }

    #[test]
    fn usage_and_found_tools_are_per_user_bounded_and_forgettable() {
        let s = Store::in_memory().unwrap();
        s.usage_record("u", "gas__pay", 1).unwrap();
        s.usage_record("u", "gas__pay", 5).unwrap();
        s.usage_record("u", "water__pay", 3).unwrap();
        let u = s.usage_list("u").unwrap();
        assert_eq!(
            (u[0].tool.as_str(), u[0].uses, u[0].last_used_ms),
            ("gas__pay", 2, 5)
        );
        assert!(s.usage_list("v").unwrap().is_empty());
        let tools: Vec<String> = ["a", "b", "c"].iter().map(|t| t.to_string()).collect();
        s.found_add("u", &tools, 100, 2).unwrap();
        assert_eq!(s.found_list("u").unwrap(), ["a", "b"]);
        s.found_add("u", &["c".to_string()], 200, 2).unwrap();
        assert_eq!(s.found_list("u").unwrap(), ["c", "a"]);
        assert!(s.found_list("v").unwrap().is_empty());
        assert_eq!(s.usage_forget("u").unwrap(), 4);
        assert!(s.usage_list("u").unwrap().is_empty() && s.found_list("u").unwrap().is_empty());
    }

    #[test]
    fn tokens_are_single_use() {
        let s = Store::in_memory().unwrap();
        assert!(s.token_consume("t1", i64::MAX).unwrap());
        assert!(!s.token_consume("t1", i64::MAX).unwrap());
    }

    #[test]
    fn grants_respect_scope_definition_and_expiry() {
        let s = Store::in_memory().unwrap();
        s.grant_put("u", "t", "sess1", "h1", 1_000).unwrap();
        assert!(s.grant_valid("u", "t", "sess1", "h1", 999).unwrap());
        assert!(!s.grant_valid("u", "t", "sess2", "h1", 999).unwrap());
        assert!(!s.grant_valid("u", "t", "sess1", "h2", 999).unwrap());
        assert!(!s.grant_valid("u", "t", "sess1", "h1", 1_000).unwrap());
        assert!(!s.grant_valid("v", "t", "sess1", "h1", 999).unwrap());
    }
}
