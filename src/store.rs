//! The embedded store: one SQLite file in the data directory (in-memory for tests).
//!
//! Owns the connection and the narrow interfaces other modules use: profiles
//! (saved defaults with provenance), consent grants, single-use tokens. The sandbox
//! keeps its own tables here too (see `sandbox::state`). Everything is behind small
//! methods so that a PostgreSQL backend can replace it later.
//! Must not: know about MCP, consent rules or the bridge protocol.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{Connection, OptionalExtension, params};

/// Errors from the store. Messages never contain stored values.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open the data store at {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("data store error: {0}")]
    Sql(#[from] rusqlite::Error),
}

/// A cheap-Clone handle to the store.
#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
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
";

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
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
            path: dir.display().to_string(),
            source: rusqlite::Error::ToSqlConversionFailure(Box::new(e)),
        })?;
        let path = dir.join("miniprogram-mcp.db");
        let conn = Connection::open(&path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Self::init(conn)
    }

    /// A private in-memory store (tests, benchmarks).
    pub fn in_memory() -> Result<Store, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        conn.execute_batch(SCHEMA)?;
        Ok(Store {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs additional schema SQL (idempotent `CREATE ... IF NOT EXISTS`), for modules
    /// that keep their own tables (the sandbox).
    pub fn migrate(&self, sql: &str) -> Result<(), StoreError> {
        self.lock().execute_batch(sql)?;
        Ok(())
    }

    /// Runs `f` inside one transaction: all or nothing.
    pub fn transaction<T, E>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<rusqlite::Error>,
    {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (transactions roll
        // back on drop), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    // ---- profiles ----------------------------------------------------------

    pub fn profile_get(&self, user: &str, key: &str) -> Result<Option<String>, StoreError> {
        let conn = self.lock();
        let mut stmt =
            conn.prepare_cached("SELECT value FROM profile WHERE user_id = ?1 AND key = ?2")?;
        Ok(stmt
            .query_row(params![user, key], |r| r.get(0))
            .optional()?)
    }

    pub fn profile_list(&self, user: &str) -> Result<Vec<ProfileEntry>, StoreError> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT key, value, set_by, set_at FROM profile WHERE user_id = ?1 ORDER BY key",
        )?;
        let rows = stmt.query_map(params![user], |r| {
            Ok(ProfileEntry {
                key: r.get(0)?,
                value: r.get(1)?,
                set_by: r.get(2)?,
                set_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn profile_set(
        &self,
        user: &str,
        key: &str,
        value: &str,
        set_by: &str,
    ) -> Result<(), StoreError> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        self.lock().execute(
            "INSERT INTO profile (user_id, key, value, set_by, set_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value,
                 set_by = excluded.set_by, set_at = excluded.set_at",
            params![user, key, value, set_by, now],
        )?;
        Ok(())
    }

    /// Sets a default only if the user has none for that key (sandbox seeding).
    pub fn profile_seed(&self, user: &str, key: &str, value: &str) -> Result<(), StoreError> {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        self.lock().execute(
            "INSERT OR IGNORE INTO profile (user_id, key, value, set_by, set_at)
             VALUES (?1, ?2, ?3, 'sandbox seed', ?4)",
            params![user, key, value, now],
        )?;
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
        self.lock().execute(
            "INSERT INTO consent_grant (user_id, tool, scope, def_hash, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (user_id, tool, scope) DO UPDATE SET def_hash = excluded.def_hash,
                 expires_at = excluded.expires_at",
            params![user, tool, scope, def_hash, expires_at_ms],
        )?;
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
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT 1 FROM consent_grant WHERE user_id = ?1 AND tool = ?2
               AND (scope = '*' OR scope = ?3) AND def_hash = ?4 AND expires_at > ?5 LIMIT 1",
        )?;
        Ok(stmt
            .query_row(params![user, tool, session, def_hash, now_ms], |_| Ok(()))
            .optional()?
            .is_some())
    }

    // ---- single-use tokens (MRTR requestState, approvals) --------------------

    /// Marks `token_id` used. Returns false when it was already used (a replay).
    pub fn token_consume(&self, token_id: &str, expires_at_ms: i64) -> Result<bool, StoreError> {
        let conn = self.lock();
        let now = chrono::Utc::now().timestamp_millis();
        conn.prepare_cached("DELETE FROM used_token WHERE expires_at < ?1")?
            .execute(params![now - 60_000])?;
        let n = conn
            .prepare_cached(
                "INSERT OR IGNORE INTO used_token (token_id, expires_at) VALUES (?1, ?2)",
            )?
            .execute(params![token_id, expires_at_ms])?;
        Ok(n == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
