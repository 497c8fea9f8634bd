//! The audit trail: an append-only, hash-chained sequence of JSON records, kept as a
//! JSON-lines file in the data directory (embedded default) or, when the store is
//! PostgreSQL, as the rows of `audit_log` shared by every instance: one chain with a
//! total order, appends from several instances serialised by an advisory lock.
//!
//! Every record carries the hash of the previous one, so changing, removing or
//! reordering any record breaks the chain from that point; `miniprogram-mcp audit
//! verify` names the first bad record. Each append is flushed to disk (`fsync`) before
//! it returns: an intent record is durable before the bridge is called. If a write
//! fails, the trail is marked broken and money-moving calls are refused (fail closed).
//! Records hold no full account or card numbers, PINs or tokens: callers pass masked
//! values and digests only.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::db::{OptionalExtension, params};
use crate::store::{Store, StoreError};

/// The hash that the first record chains to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("the audit trail at {path} cannot be written: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "the audit trail could not be written earlier in this run; money-moving calls are refused until the server is restarted with a writable audit trail"
    )]
    Broken,
    #[error("the audit trail in the database cannot be written: {0}")]
    Store(#[from] StoreError),
}

/// One record as stored (one line).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub seq: u64,
    pub at: String,
    /// `consent_requested`, `approved`, `rejected`, `expired`, `invalidated`, `intent`, `outcome`, ...
    pub kind: String,
    pub user: String,
    pub tool: String,
    /// Kind-specific fields (masked values, digests, ids).
    pub data: Map<String, Value>,
    pub prev: String,
    pub hash: String,
}

fn record_hash(
    seq: u64,
    at: &str,
    kind: &str,
    user: &str,
    tool: &str,
    data: &Map<String, Value>,
    prev: &str,
) -> String {
    let body = serde_json::json!({"seq": seq, "at": at, "kind": kind, "user": user, "tool": tool, "data": data, "prev": prev});
    hex::encode(Sha256::digest(format!("{prev}\n{body}").as_bytes()))
}

/// The `audit_log` table of the PostgreSQL store: each record's exact JSON line.
const AUDIT_TABLE: &str = "
CREATE TABLE IF NOT EXISTS audit_log (
    seq  INTEGER PRIMARY KEY,
    line TEXT NOT NULL
);";

/// Serialises appends across instances (transaction-scoped advisory lock).
const AUDIT_LOCK: &str = "SELECT pg_advisory_xact_lock(7301002)";

struct Inner {
    file: Option<File>,
    /// The shared table instead of a file (PostgreSQL).
    store: Option<Store>,
    seq: u64,
    last: String,
    broken: bool,
}

/// A cheap-Clone handle to the trail. `None` path = in-memory (tests): records are
/// chained but not persisted.
#[derive(Clone)]
pub struct Audit {
    path: Option<PathBuf>,
    inner: Arc<Mutex<Inner>>,
}

impl Audit {
    /// Opens (or creates) `audit.log` in `dir`, checking the existing chain first:
    /// appending to a tampered trail would hide the tampering.
    pub fn open_dir(dir: &Path) -> Result<Audit, AuditError> {
        let path = dir.join("audit.log");
        let io = |source| AuditError::Io {
            path: path.display().to_string(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let (seq, last) = match verify_file(&path) {
            Ok(v) => (v.records, v.head),
            Err(VerifyError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                (0, GENESIS.to_string())
            }
            Err(VerifyError::Io(e)) => return Err(io(e)),
            Err(VerifyError::Store(e)) => return Err(AuditError::Store(e)),
            Err(VerifyError::Bad { line, reason }) => {
                return Err(io(std::io::Error::other(format!(
                    "the existing trail fails verification at record {line}: {reason}"
                ))));
            }
        };
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(io)?;
        // Make the file's directory entry durable too.
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(Audit {
            path: Some(path),
            inner: Arc::new(Mutex::new(Inner {
                file: Some(file),
                store: None,
                seq,
                last,
                broken: false,
            })),
        })
    }

    /// The shared trail in the store's `audit_log` table (PostgreSQL). Its chain is
    /// checked at start-up, as a file's is.
    pub fn in_store(store: Store) -> Result<Audit, AuditError> {
        store.migrate(AUDIT_TABLE)?;
        let v = verify_store(&store).map_err(|e| match e {
            VerifyError::Store(e) => AuditError::Store(e),
            e => AuditError::Io {
                path: "audit_log".into(),
                source: std::io::Error::other(format!(
                    "the existing trail fails verification: {e}"
                )),
            },
        })?;
        tracing::debug!(records = v.records, "audit trail in the database verified");
        Ok(Audit {
            path: None,
            inner: Arc::new(Mutex::new(Inner {
                file: None,
                store: Some(store),
                seq: 0,
                last: GENESIS.to_string(),
                broken: false,
            })),
        })
    }

    pub fn in_memory() -> Audit {
        Audit {
            path: None,
            inner: Arc::new(Mutex::new(Inner {
                file: None,
                store: None,
                seq: 0,
                last: GENESIS.to_string(),
                broken: false,
            })),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// False once a write has failed.
    pub fn healthy(&self) -> bool {
        !self.inner.lock().unwrap_or_else(|p| p.into_inner()).broken
    }

    /// Appends one record and makes it durable before returning.
    pub fn append(
        &self,
        kind: &str,
        user: &str,
        tool: &str,
        data: Map<String, Value>,
    ) -> Result<u64, AuditError> {
        let mut g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if g.broken {
            return Err(AuditError::Broken);
        }
        if let Some(store) = g.store.clone() {
            // Not under our lock: the database serialises appends of all instances.
            drop(g);
            return append_shared(&store, kind, user, tool, data);
        }
        let seq = g.seq + 1;
        let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let hash = record_hash(seq, &at, kind, user, tool, &data, &g.last);
        let rec = Record {
            seq,
            at,
            kind: kind.into(),
            user: user.into(),
            tool: tool.into(),
            data,
            prev: g.last.clone(),
            hash: hash.clone(),
        };
        if let Some(f) = g.file.as_mut() {
            let mut line = serde_json::to_string(&rec).expect("a record serializes");
            line.push('\n');
            let r = f.write_all(line.as_bytes()).and_then(|_| f.sync_data());
            if let Err(source) = r {
                g.broken = true;
                tracing::error!(error = %source, "audit trail write failed; refusing money-moving calls");
                return Err(AuditError::Io {
                    path: self
                        .path
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    source,
                });
            }
        }
        g.seq = seq;
        g.last = hash;
        Ok(seq)
    }

    /// Test aid: make every later append fail, as a full or failing disk would.
    pub fn break_for_test(&self) {
        self.inner.lock().unwrap_or_else(|p| p.into_inner()).broken = true;
    }
}

/// Appends to the shared chain: under the advisory lock, read the head, chain to it,
/// insert; one transaction, committed (durable) before this returns. A failure (the
/// database unreachable) refuses this call only: the next append tries again.
fn append_shared(
    store: &Store,
    kind: &str,
    user: &str,
    tool: &str,
    data: Map<String, Value>,
) -> Result<u64, AuditError> {
    let seq = store.transaction_read_committed(|tx| {
        if tx.is_postgres() {
            tx.execute(AUDIT_LOCK, params![])?;
        }
        let head: Option<(i64, String)> = tx
            .query_row(
                "SELECT seq, line FROM audit_log ORDER BY seq DESC LIMIT 1",
                params![],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (seq, prev) = match head {
            None => (1u64, GENESIS.to_string()),
            Some((seq, line)) => {
                let rec: Record = serde_json::from_str(&line).map_err(crate::db::Error::other)?;
                (seq as u64 + 1, rec.hash)
            }
        };
        let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let hash = record_hash(seq, &at, kind, user, tool, &data, &prev);
        let rec = Record {
            seq,
            at,
            kind: kind.into(),
            user: user.into(),
            tool: tool.into(),
            data: data.clone(),
            prev,
            hash,
        };
        let line = serde_json::to_string(&rec).expect("a record serializes");
        tx.execute(
            "INSERT INTO audit_log (seq, line) VALUES (?1, ?2)",
            params![seq as i64, line],
        )?;
        Ok::<_, StoreError>(seq)
    });
    seq.map_err(|e| {
        tracing::error!(error = %e, "audit append to the database failed; this call is refused");
        AuditError::Store(e)
    })
}

/// Checks the shared chain in the store's `audit_log` table.
pub fn verify_store(store: &Store) -> Result<Verified, VerifyError> {
    let lines: Vec<String> = store
        .with(|c| {
            c.query_rows("SELECT line FROM audit_log ORDER BY seq", params![], |r| {
                r.get(0)
            })
        })
        .map_err(|e| VerifyError::Store(e.into()))?;
    verify_lines(lines.into_iter().map(|l| Ok(l.into_bytes())))
}

/// The result of verifying a trail.
#[derive(Debug, PartialEq)]
pub struct Verified {
    pub records: u64,
    pub head: String,
}

#[derive(Debug)]
pub enum VerifyError {
    Io(std::io::Error),
    Store(StoreError),
    /// `line` is the 1-based line number (= record number) of the first bad record.
    Bad {
        line: u64,
        reason: String,
    },
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerifyError::Io(e) => write!(f, "cannot read the audit trail: {e}"),
            VerifyError::Store(e) => write!(f, "cannot read the audit trail: {e}"),
            VerifyError::Bad { line, reason } => write!(f, "record {line} is bad: {reason}"),
        }
    }
}

/// Checks the whole chain; names the first record that does not verify.
pub fn verify_file(path: &Path) -> Result<Verified, VerifyError> {
    let f = File::open(path).map_err(VerifyError::Io)?;
    verify_lines(BufReader::new(f).split(b'\n'))
}

/// Checks a chain given as its records' lines, in order.
fn verify_lines(
    lines: impl Iterator<Item = std::io::Result<Vec<u8>>>,
) -> Result<Verified, VerifyError> {
    let mut prev = GENESIS.to_string();
    let mut n = 0u64;
    for line in lines {
        let line = line.map_err(VerifyError::Io)?;
        n += 1;
        let bad = |reason: String| VerifyError::Bad { line: n, reason };
        let rec: Record =
            serde_json::from_slice(&line).map_err(|e| bad(format!("not a valid record ({e})")))?;
        if rec.seq != n {
            return Err(bad(format!(
                "sequence number {} where {n} was expected (a record was removed or reordered)",
                rec.seq
            )));
        }
        if rec.prev != prev {
            return Err(bad("it does not chain to the previous record".into()));
        }
        let h = record_hash(
            rec.seq, &rec.at, &rec.kind, &rec.user, &rec.tool, &rec.data, &rec.prev,
        );
        if h != rec.hash {
            return Err(bad(
                "its content does not match its hash (it was changed)".into()
            ));
        }
        prev = rec.hash;
    }
    Ok(Verified {
        records: n,
        head: prev,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tmp() -> PathBuf {
        std::env::temp_dir().join(format!("mpmcp-audit-{}", uuid::Uuid::new_v4()))
    }

    fn data(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn a_real_trail_verifies_and_survives_reopening() {
        let dir = tmp();
        let a = Audit::open_dir(&dir).unwrap();
        a.append("intent", "demo", "t", data(json!({"args_digest": "ab"})))
            .unwrap();
        a.append("outcome", "demo", "t", data(json!({"result": "ok"})))
            .unwrap();
        drop(a);
        let a = Audit::open_dir(&dir).unwrap();
        a.append("intent", "demo", "t", Map::new()).unwrap();
        let v = verify_file(&dir.join("audit.log")).unwrap();
        assert_eq!(v.records, 3);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn one_changed_byte_is_named() {
        let dir = tmp();
        let a = Audit::open_dir(&dir).unwrap();
        for i in 0..5 {
            a.append("intent", "demo", "t", data(json!({"i": i})))
                .unwrap();
        }
        let path = dir.join("audit.log");
        let mut bytes = std::fs::read(&path).unwrap();
        // Change one byte inside record 3's data.
        let line3 = bytes
            .split(|b| *b == b'\n')
            .take(2)
            .map(|l| l.len() + 1)
            .sum::<usize>();
        let pos = line3
            + bytes[line3..]
                .windows(4)
                .position(|w| w == b"\"i\":")
                .unwrap()
            + 4;
        bytes[pos] = b'7';
        std::fs::write(&path, &bytes).unwrap();
        match verify_file(&path) {
            Err(VerifyError::Bad { line, .. }) => assert_eq!(line, 3),
            other => panic!("expected record 3 to be named, got {other:?}"),
        }
        // Reopening a tampered trail is refused.
        assert!(Audit::open_dir(&dir).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_removed_record_is_named() {
        let dir = tmp();
        let a = Audit::open_dir(&dir).unwrap();
        for i in 0..4 {
            a.append("intent", "demo", "t", data(json!({"i": i})))
                .unwrap();
        }
        let path = dir.join("audit.log");
        let text = std::fs::read_to_string(&path).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .enumerate()
            .filter(|(i, _)| *i != 1)
            .map(|(_, l)| l)
            .collect();
        std::fs::write(&path, kept.join("\n") + "\n").unwrap();
        match verify_file(&path) {
            Err(VerifyError::Bad { line, .. }) => assert_eq!(line, 2),
            other => panic!("expected record 2 to be named, got {other:?}"),
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_broken_trail_refuses_appends() {
        let a = Audit::in_memory();
        a.append("intent", "u", "t", Map::new()).unwrap();
        a.break_for_test();
        assert!(!a.healthy());
        assert!(matches!(
            a.append("intent", "u", "t", Map::new()),
            Err(AuditError::Broken)
        ));
    }
}
