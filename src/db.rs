//! The two database backends behind one small, rusqlite-shaped surface: the embedded
//! SQLite file (default) and PostgreSQL (`postgres://...`, shared by several instances).
//!
//! Every module that keeps state writes its SQL once, in the dialect both accept
//! (`?N` placeholders, `ON CONFLICT ... DO NOTHING/UPDATE`, `INTEGER`/`TEXT` columns);
//! this module translates what differs for PostgreSQL (placeholders become `$N`,
//! `INTEGER` columns `BIGINT`, `rowid` the row's physical position) and converts values
//! both ways. Transactions on PostgreSQL are SERIALIZABLE and re-run on a
//! serialization failure, so the read-check-write closures the modules pass behave as
//! they do on SQLite's single writer: no lost update, no double payment.
//! Must not: know what any table means.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use postgres::types::{IsNull, ToSql, Type, to_sql_checked};

/// Errors from either backend. Messages never contain bound values.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database error: {0}")]
    Postgres(#[from] postgres::Error),
    #[error("the database is unreachable: {0}")]
    Unavailable(String),
    #[error("no row")]
    NoRow,
    #[error("a stored value has an unexpected type: {0}")]
    Type(String),
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// An error from outside the database (a value that cannot be stored, ...).
    pub fn other(e: impl std::fmt::Display) -> Error {
        Error::Other(e.to_string())
    }

    /// True when the database could not be reached (as opposed to a refused statement).
    pub fn is_unavailable(&self) -> bool {
        match self {
            Error::Unavailable(_) => true,
            // No SQLSTATE: the connection broke; class 08: connection exceptions;
            // 57P01-57P03: the server is shutting down or starting; 53300: no free
            // connection slots.
            Error::Postgres(e) => {
                e.is_closed()
                    || e.code().is_none_or(|c| {
                        let c = c.code();
                        c.starts_with("08") || matches!(c, "57P01" | "57P02" | "57P03" | "53300")
                    })
            }
            _ => false,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `.optional()` on a single-row query, as rusqlite spells it.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NoRow) | Err(Error::Sqlite(rusqlite::Error::QueryReturnedNoRows)) => {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

// ---- values ---------------------------------------------------------------

/// A value bound to or read from a statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// Something that can be bound as a parameter (see [`params!`]).
pub trait Param {
    fn value(&self) -> Value;
}

macro_rules! int_param {
    ($($t:ty),*) => {$(
        impl Param for $t {
            fn value(&self) -> Value {
                Value::Int(*self as i64)
            }
        }
    )*};
}
int_param!(i64, i32, u32, u8, u16, i16, usize, u64);

impl Param for bool {
    fn value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl Param for f64 {
    fn value(&self) -> Value {
        Value::Real(*self)
    }
}
impl Param for str {
    fn value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl Param for String {
    fn value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl<T: Param> Param for Option<T> {
    fn value(&self) -> Value {
        self.as_ref().map_or(Value::Null, Param::value)
    }
}
impl<T: Param + ?Sized> Param for &T {
    fn value(&self) -> Value {
        (**self).value()
    }
}

/// Binds parameters: `params![user, key]`, as rusqlite spells it.
macro_rules! params {
    () => { &[] as &[&dyn $crate::db::Param] };
    ($($p:expr),+ $(,)?) => { &[$(&$p as &dyn $crate::db::Param),+] as &[&dyn $crate::db::Param] };
}
pub(crate) use params;

/// Something a column can be read as.
pub trait FromValue: Sized {
    fn from_value(v: Value) -> Result<Self>;
}

fn type_error(want: &str, got: &Value) -> Error {
    let got = match got {
        Value::Null => "NULL",
        Value::Int(_) => "an integer",
        Value::Real(_) => "a real number",
        Value::Text(_) => "text",
    };
    Error::Type(format!("wanted {want}, found {got}"))
}

macro_rules! int_from {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(v: Value) -> Result<Self> {
                match v {
                    Value::Int(i) => <$t>::try_from(i).map_err(|_| Error::Type(format!("{i} is out of range"))),
                    other => Err(type_error("an integer", &other)),
                }
            }
        }
    )*};
}
int_from!(i64, i32, u32, u64, usize, u8, u16, i16);

impl FromValue for bool {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Int(i) => Ok(i != 0),
            other => Err(type_error("a boolean", &other)),
        }
    }
}
impl FromValue for f64 {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Real(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            other => Err(type_error("a number", &other)),
        }
    }
}
impl FromValue for String {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Text(s) => Ok(s),
            other => Err(type_error("text", &other)),
        }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value) -> Result<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}
impl FromValue for Value {
    fn from_value(v: Value) -> Result<Self> {
        Ok(v)
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

fn from_sqlite(v: rusqlite::types::Value) -> Result<Value> {
    use rusqlite::types::Value as V;
    Ok(match v {
        V::Null => Value::Null,
        V::Integer(i) => Value::Int(i),
        V::Real(f) => Value::Real(f),
        V::Text(s) => Value::Text(s),
        V::Blob(_) => return Err(Error::Type("a blob column".into())),
    })
}

/// Binds a [`Value`] to whatever type PostgreSQL inferred for the parameter.
impl ToSql for Value {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                _ => i.to_string().to_sql(&Type::TEXT, out),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                Type::FLOAT8 => f.to_sql(ty, out),
                _ => f.to_string().to_sql(&Type::TEXT, out),
            },
            Value::Text(s) => s.as_str().to_sql(&Type::TEXT, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// Reads any column PostgreSQL returns for our tables into a [`Value`].
struct PgAny(Value);

impl<'a> postgres::types::FromSql<'a> for PgAny {
    fn from_sql(
        ty: &Type,
        raw: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgAny(match *ty {
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Int(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => Value::Int(i16::from_sql(ty, raw)?.into()),
            Type::BOOL => Value::Int(bool::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)?.into()),
            Type::NUMERIC => numeric(raw)?,
            _ => Value::Text(String::from_sql(&Type::TEXT, raw)?),
        }))
    }

    fn from_sql_null(_: &Type) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(PgAny(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// PostgreSQL's binary NUMERIC (what `sum(bigint)` returns): an integer when it has no
/// fraction, else a real.
fn numeric(raw: &[u8]) -> Result<Value, Box<dyn std::error::Error + Sync + Send>> {
    let word = |i: usize| -> Result<i16, Box<dyn std::error::Error + Sync + Send>> {
        let b = raw.get(i..i + 2).ok_or("a short NUMERIC")?;
        Ok(i16::from_be_bytes([b[0], b[1]]))
    };
    let (ndigits, weight, sign, dscale) = (word(0)?, word(2)?, word(4)? as u16, word(6)?);
    if sign == 0xC000 {
        return Err("NaN where a number was expected".into());
    }
    let mut v = 0f64;
    let mut int: Option<i128> = Some(0);
    for i in 0..ndigits.max(0) as usize {
        let d = word(8 + 2 * i)?;
        let exp = i32::from(weight) - i as i32;
        v += f64::from(d) * 10000f64.powi(exp);
        int = match (int, exp >= 0) {
            (Some(n), true) => 10000i128
                .checked_pow(exp as u32)
                .and_then(|p| n.checked_add(i128::from(d) * p)),
            (_, false) if d != 0 => None,
            (n, _) => n,
        };
    }
    let neg = sign == 0x4000;
    Ok(match int.and_then(|n| i64::try_from(n).ok()) {
        Some(n) if dscale == 0 || n as f64 == v => Value::Int(if neg { -n } else { n }),
        _ => Value::Real(if neg { -v } else { v }),
    })
}

// ---- SQL translation -------------------------------------------------------

/// `?N` and `?` placeholders become `$N`; `rowid` becomes `ctid`; SQLite's
/// `INSERT OR IGNORE` becomes `INSERT ... ON CONFLICT DO NOTHING`. String literals and
/// quoted identifiers are left alone.
fn pg_sql(sql: &str) -> String {
    let trimmed = sql.trim_start();
    const OR_IGNORE: &str = "INSERT OR IGNORE ";
    if trimmed.len() > OR_IGNORE.len() && trimmed[..OR_IGNORE.len()].eq_ignore_ascii_case(OR_IGNORE)
    {
        let rest = &trimmed[OR_IGNORE.len()..];
        return format!(
            "{} ON CONFLICT DO NOTHING",
            pg_placeholders(&format!("INSERT {}", rest.trim_end().trim_end_matches(';')))
        );
    }
    pg_placeholders(sql)
}

fn pg_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 1u32;
    let mut chars = sql.char_indices().peekable();
    let mut quote: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                out.push(c);
            }
            '?' => {
                let mut n = String::new();
                while let Some((_, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                    n.push(*d);
                    chars.next();
                }
                let n = if n.is_empty() {
                    let n = next;
                    next += 1;
                    n
                } else {
                    n.parse().unwrap_or(0)
                };
                out.push('$');
                out.push_str(&n.to_string());
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let start = i;
                let mut end = i + c.len_utf8();
                while let Some((j, d)) = chars
                    .peek()
                    .copied()
                    .filter(|(_, d)| d.is_ascii_alphanumeric() || *d == '_')
                {
                    end = j + d.len_utf8();
                    chars.next();
                }
                let word = &sql[start..end];
                out.push_str(if word.eq_ignore_ascii_case("rowid") {
                    "ctid"
                } else {
                    word
                });
            }
            _ => out.push(c),
        }
    }
    out
}

/// Schema SQL for PostgreSQL: 64-bit integers and doubles, as SQLite stores them.
fn pg_ddl(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 64);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(match word.to_ascii_uppercase().as_str() {
            "INTEGER" => "BIGINT",
            "REAL" => "DOUBLE PRECISION",
            "BLOB" => "BYTEA",
            _ => word.as_str(),
        });
        word.clear();
    };
    let mut comment = false;
    let mut prev = '\0';
    for c in sql.chars() {
        if comment {
            if c == '\n' {
                comment = false;
                out.push(c);
            }
            continue;
        }
        if c == '-' && prev == '-' {
            // Drop the comment (and the first dash already written).
            flush(&mut word, &mut out);
            out.pop();
            comment = true;
            prev = '\0';
            continue;
        }
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
        prev = c;
    }
    flush(&mut word, &mut out);
    out
}

// ---- connections and transactions -------------------------------------------

/// One pooled PostgreSQL connection with its prepared statements.
pub struct PgConn {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

struct PgManager {
    config: postgres::Config,
}

impl r2d2::ManageConnection for PgManager {
    type Connection = PgConn;
    type Error = postgres::Error;

    fn connect(&self) -> Result<PgConn, postgres::Error> {
        Ok(PgConn {
            client: self.config.connect(postgres::NoTls)?,
            statements: HashMap::new(),
        })
    }

    fn is_valid(&self, conn: &mut PgConn) -> Result<(), postgres::Error> {
        conn.client.simple_query("").map(|_| ())
    }

    fn has_broken(&self, conn: &mut PgConn) -> bool {
        conn.client.is_closed()
    }
}

/// Where statements run: SQLite (a connection or an open transaction, both deref to
/// `Connection`) or a PostgreSQL client or transaction.
enum Inner<'c> {
    Sqlite(&'c rusqlite::Connection),
    Pg(RefCell<PgTarget<'c>>),
}

struct PgTarget<'c> {
    exec: &'c mut dyn PgExec,
    statements: &'c mut HashMap<String, postgres::Statement>,
}

trait PgExec {
    fn prepare(&mut self, sql: &str) -> Result<postgres::Statement, postgres::Error>;
    fn run(
        &mut self,
        st: &postgres::Statement,
        p: &[&(dyn ToSql + Sync)],
    ) -> Result<u64, postgres::Error>;
    fn rows(
        &mut self,
        st: &postgres::Statement,
        p: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<postgres::Row>, postgres::Error>;
    fn batch(&mut self, sql: &str) -> Result<(), postgres::Error>;
}

macro_rules! pg_exec {
    ($t:ty) => {
        impl PgExec for $t {
            fn prepare(&mut self, sql: &str) -> Result<postgres::Statement, postgres::Error> {
                postgres::GenericClient::prepare(self, sql)
            }
            fn run(
                &mut self,
                st: &postgres::Statement,
                p: &[&(dyn ToSql + Sync)],
            ) -> Result<u64, postgres::Error> {
                postgres::GenericClient::execute(self, st, p)
            }
            fn rows(
                &mut self,
                st: &postgres::Statement,
                p: &[&(dyn ToSql + Sync)],
            ) -> Result<Vec<postgres::Row>, postgres::Error> {
                postgres::GenericClient::query(self, st, p)
            }
            fn batch(&mut self, sql: &str) -> Result<(), postgres::Error> {
                postgres::GenericClient::batch_execute(self, sql)
            }
        }
    };
}
pg_exec!(postgres::Client);
pg_exec!(postgres::Transaction<'_>);

/// Statements against the store, inside a transaction ([`Db::transaction`]) or not
/// ([`Db::with`]). Named as rusqlite names it, since most code reads as it did.
pub struct Transaction<'c> {
    inner: Inner<'c>,
    /// Set when PostgreSQL refused a statement for a reason a re-run can fix
    /// (serialization failure, deadlock, a concurrent insert of the same key).
    retry: Cell<bool>,
    round_trips: Cell<u32>,
}

const RETRYABLE: [&str; 3] = ["40001", "40P01", "23505"];

impl<'c> Transaction<'c> {
    fn new(inner: Inner<'c>) -> Transaction<'c> {
        Transaction {
            inner,
            retry: Cell::new(false),
            round_trips: Cell::new(0),
        }
    }

    fn pg_values(params: &[&dyn Param]) -> Vec<Value> {
        params.iter().map(|p| p.value()).collect()
    }

    fn pg<T>(
        &self,
        sql: &str,
        f: impl FnOnce(&mut dyn PgExec, &postgres::Statement) -> Result<T, postgres::Error>,
    ) -> Result<T> {
        let Inner::Pg(target) = &self.inner else {
            unreachable!("only called for PostgreSQL")
        };
        let mut t = target.borrow_mut();
        let PgTarget { exec, statements } = &mut *t;
        let out = (|| {
            let st = match statements.get(sql) {
                Some(st) => st.clone(),
                None => {
                    self.trip();
                    let st = exec.prepare(&pg_sql(sql))?;
                    statements.insert(sql.to_string(), st.clone());
                    st
                }
            };
            self.trip();
            f(&mut **exec, &st)
        })();
        out.map_err(|e| {
            if e.code().is_some_and(|c| RETRYABLE.contains(&c.code())) {
                self.retry.set(true);
            }
            Error::Postgres(e)
        })
    }

    pub fn execute(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        match &self.inner {
            Inner::Sqlite(c) => {
                self.trip();
                Ok(c.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(Self::pg_values(params)))?)
            }
            Inner::Pg(_) => {
                let vals = Self::pg_values(params);
                let refs: Vec<&(dyn ToSql + Sync)> =
                    vals.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                self.pg(sql, |e, st| e.run(st, &refs)).map(|n| n as usize)
            }
        }
    }

    /// Schema SQL (several statements, no parameters).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.inner {
            Inner::Sqlite(c) => {
                self.trip();
                Ok(c.execute_batch(sql)?)
            }
            Inner::Pg(target) => {
                self.trip();
                let mut t = target.borrow_mut();
                Ok(t.exec.batch(&pg_ddl(sql))?)
            }
        }
    }

    pub fn query_rows<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        let vals = Self::pg_values(params);
        match &self.inner {
            Inner::Sqlite(c) => {
                self.trip();
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(rusqlite::params_from_iter(vals))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    out.push(f(&Row(RowInner::Sqlite(r)))?);
                }
                Ok(out)
            }
            Inner::Pg(_) => {
                let refs: Vec<&(dyn ToSql + Sync)> =
                    vals.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
                let rows = self.pg(sql, |e, st| e.rows(st, &refs))?;
                rows.iter().map(|r| f(&Row(RowInner::Pg(r)))).collect()
            }
        }
    }

    pub fn query_row<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut f = Some(f);
        let mut rows = self.query_rows(sql, params, |r| {
            Ok(match f.take() {
                Some(f) => Some(f(r)?),
                None => None,
            })
        })?;
        if rows.is_empty() {
            return Err(Error::NoRow);
        }
        rows.swap_remove(0).ok_or(Error::NoRow)
    }

    /// A statement to run (prepared once per connection and cached).
    pub fn prepare_cached<'t>(&'t self, sql: &str) -> Result<Statement<'t, 'c>> {
        Ok(Statement {
            tx: self,
            sql: sql.to_string(),
        })
    }

    pub fn prepare<'t>(&'t self, sql: &str) -> Result<Statement<'t, 'c>> {
        self.prepare_cached(sql)
    }

    /// True on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        matches!(self.inner, Inner::Pg(_))
    }

    /// The schema version recorded in this database (0: none yet). SQLite keeps it in
    /// `PRAGMA user_version`; PostgreSQL in the one-row table `schema_version`.
    pub fn schema_version(&self) -> Result<i64> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.pragma_query_value(None, "user_version", |r| r.get(0))?),
            Inner::Pg(_) => {
                self.execute_batch(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
                )?;
                self.query_row(
                    "SELECT COALESCE(MAX(version), 0) FROM schema_version",
                    params![],
                    |r| r.get(0),
                )
            }
        }
    }

    /// Records `version` as this database's schema version.
    pub fn set_schema_version(&self, version: i64) -> Result<()> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.pragma_update(None, "user_version", version)?),
            Inner::Pg(_) => {
                self.execute("DELETE FROM schema_version", params![])?;
                self.execute(
                    "INSERT INTO schema_version (version) VALUES (?1)",
                    params![version],
                )?;
                Ok(())
            }
        }
    }

    /// Statements sent to the database so far in this transaction (on PostgreSQL each
    /// is a network round trip; a first use of a statement on a connection adds its
    /// PREPARE).
    pub fn round_trips(&self) -> u32 {
        self.round_trips.get()
    }

    fn trip(&self) {
        self.round_trips.set(self.round_trips.get() + 1);
    }
}

/// A statement bound to a [`Transaction`].
pub struct Statement<'t, 'c> {
    tx: &'t Transaction<'c>,
    sql: String,
}

impl Statement<'_, '_> {
    pub fn execute(&mut self, params: &[&dyn Param]) -> Result<usize> {
        self.tx.execute(&self.sql, params)
    }

    pub fn query_row<T>(
        &mut self,
        params: &[&dyn Param],
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.tx.query_row(&self.sql, params, f)
    }

    pub fn query_map<T>(
        &mut self,
        params: &[&dyn Param],
        f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<std::vec::IntoIter<Result<T>>> {
        let rows = self.tx.query_rows(&self.sql, params, f)?;
        Ok(rows.into_iter().map(Ok).collect::<Vec<_>>().into_iter())
    }

    pub fn exists(&mut self, params: &[&dyn Param]) -> Result<bool> {
        Ok(!self
            .tx
            .query_rows(&self.sql, params, |_| Ok(()))?
            .is_empty())
    }
}

enum RowInner<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Pg(&'a postgres::Row),
}

/// A column position (as rusqlite's `RowIndex`, so that `r.get(0)` infers `usize`).
pub trait RowIndex {
    fn index(self) -> usize;
}
impl RowIndex for usize {
    fn index(self) -> usize {
        self
    }
}

/// One result row.
pub struct Row<'a>(RowInner<'a>);

impl Row<'_> {
    pub fn get<I: RowIndex, T: FromValue>(&self, idx: I) -> Result<T> {
        let idx = idx.index();
        let v = match &self.0 {
            RowInner::Sqlite(r) => from_sqlite(r.get::<_, rusqlite::types::Value>(idx)?)?,
            RowInner::Pg(r) => r.try_get::<_, PgAny>(idx)?.0,
        };
        T::from_value(v)
    }
}

// ---- the database -----------------------------------------------------------

#[derive(Clone)]
enum Backend {
    Sqlite(Arc<Mutex<rusqlite::Connection>>),
    Pg(Arc<PgPool>),
}

/// The connection pool. Closing a synchronous PostgreSQL client blocks on its own
/// small runtime, which must not happen on a tokio thread: the last handle drops the
/// pool on a thread of its own.
struct PgPool(Option<r2d2::Pool<PgManager>>);

impl std::ops::Deref for PgPool {
    type Target = r2d2::Pool<PgManager>;
    fn deref(&self) -> &Self::Target {
        self.0.as_ref().expect("the pool lives until dropped")
    }
}

impl Drop for PgPool {
    fn drop(&mut self) {
        if let Some(pool) = self.0.take() {
            let _ = std::thread::spawn(move || drop(pool)).join();
        }
    }
}

/// A cheap-Clone handle to one database: SQLite or PostgreSQL.
#[derive(Clone)]
pub struct Db {
    backend: Backend,
    /// Round trips since start (statements, transaction commands), for `/metrics`.
    trips: Arc<std::sync::atomic::AtomicU64>,
}

/// How many times a PostgreSQL transaction is re-run after a serialization failure.
const MAX_RETRIES: u32 = 30;

impl Db {
    /// The embedded SQLite file at `path` (created with its directory if needed): WAL,
    /// fsync on every commit, a writer waits up to 5 s for another.
    pub fn sqlite_file(path: &std::path::Path) -> Result<Db> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(Error::other)?;
        }
        let conn = rusqlite::Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(Duration::from_secs(5))?;
        Ok(Db::sqlite(conn))
    }

    /// A private in-memory SQLite database (tests, benchmarks).
    pub fn sqlite_memory() -> Result<Db> {
        Ok(Db::sqlite(rusqlite::Connection::open_in_memory()?))
    }

    pub fn sqlite(conn: rusqlite::Connection) -> Db {
        Db {
            backend: Backend::Sqlite(Arc::new(Mutex::new(conn))),
            trips: Arc::default(),
        }
    }

    /// Connects to PostgreSQL (`postgres://user@host:port/db`). Fails when the URL is
    /// malformed or the server cannot be reached now (start-up runs the migrations);
    /// later outages are survived: the pool reconnects, [`Db::ping`] tells.
    pub fn postgres(url: &str, pool_size: u32) -> Result<Db> {
        let config: postgres::Config = url
            .parse()
            .map_err(|e: postgres::Error| Error::Other(format!("the database URL: {e}")))?;
        let pool = r2d2::Pool::builder()
            .max_size(pool_size.max(1))
            .min_idle(Some(0))
            .connection_timeout(Duration::from_secs(3))
            .test_on_check_out(false)
            .build_unchecked(PgManager { config });
        let pool = Arc::new(PgPool(Some(pool)));
        // Reachable now, or say so: start-up runs the migrations.
        blocking(|| Self::checkout(&pool).map(drop))?;
        Ok(Db {
            backend: Backend::Pg(pool),
            trips: Arc::default(),
        })
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.backend, Backend::Pg(_))
    }

    /// Round trips to the database since start (statements and transaction commands).
    pub fn round_trips(&self) -> u64 {
        self.trips.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn count(&self, n: u32) {
        self.trips
            .fetch_add(u64::from(n), std::sync::atomic::Ordering::Relaxed);
    }

    fn lock(conn: &Mutex<rusqlite::Connection>) -> MutexGuard<'_, rusqlite::Connection> {
        // A panic while holding the lock leaves SQLite consistent (transactions roll
        // back on drop), so a poisoned lock is safe to reuse.
        conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn checkout(pool: &r2d2::Pool<PgManager>) -> Result<r2d2::PooledConnection<PgManager>> {
        pool.get().map_err(|e| Error::Unavailable(e.to_string()))
    }

    /// Runs `f` outside any transaction (each statement on its own).
    pub fn with<T, E>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<Error>,
    {
        match &self.backend {
            Backend::Sqlite(conn) => {
                let conn = Self::lock(conn);
                let t = Transaction::new(Inner::Sqlite(&conn));
                let out = f(&t);
                self.count(t.round_trips());
                out
            }
            Backend::Pg(pool) => blocking(|| {
                let mut conn = Self::checkout(pool)?;
                let PgConn { client, statements } = &mut *conn;
                let t = Transaction::new(Inner::Pg(RefCell::new(PgTarget {
                    exec: client,
                    statements,
                })));
                let out = f(&t);
                self.count(t.round_trips());
                out
            }),
        }
    }

    /// Runs `f` inside one transaction: all or nothing. On PostgreSQL the transaction
    /// is SERIALIZABLE and `f` is run again when a concurrent one made it fail.
    pub fn transaction<T, E>(&self, f: impl FnMut(&Transaction<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<Error>,
    {
        self.transaction_at(postgres::IsolationLevel::Serializable, f)
    }

    /// As [`Db::transaction`], but READ COMMITTED on PostgreSQL: each statement sees
    /// what committed before it, for work that serialises itself with a lock taken
    /// inside (the audit chain's advisory lock).
    pub fn transaction_read_committed<T, E>(
        &self,
        f: impl FnMut(&Transaction<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<Error>,
    {
        self.transaction_at(postgres::IsolationLevel::ReadCommitted, f)
    }

    fn transaction_at<T, E>(
        &self,
        isolation: postgres::IsolationLevel,
        mut f: impl FnMut(&Transaction<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<Error>,
    {
        match &self.backend {
            Backend::Sqlite(conn) => {
                let mut conn = Self::lock(conn);
                let tx = conn.transaction().map_err(Error::from)?;
                let t = Transaction::new(Inner::Sqlite(&tx));
                let out = f(&t);
                // BEGIN and COMMIT (or ROLLBACK) too.
                self.count(t.round_trips() + 2);
                let out = out?;
                tx.commit().map_err(Error::from)?;
                Ok(out)
            }
            Backend::Pg(pool) => blocking(|| {
                let mut attempt = 0;
                loop {
                    attempt += 1;
                    let mut conn = Self::checkout(pool)?;
                    let PgConn { client, statements } = &mut *conn;
                    let mut tx = client
                        .build_transaction()
                        .isolation_level(isolation)
                        .start()
                        .map_err(Error::from)?;
                    let (out, retry) = {
                        let t = Transaction::new(Inner::Pg(RefCell::new(PgTarget {
                            exec: &mut tx,
                            statements,
                        })));
                        let out = f(&t);
                        self.count(t.round_trips() + 2);
                        (out, t.retry.get())
                    };
                    match out {
                        Ok(v) => match tx.commit() {
                            Ok(()) => return Ok(v),
                            Err(e)
                                if attempt < MAX_RETRIES
                                    && e.code().is_some_and(|c| RETRYABLE.contains(&c.code())) => {}
                            Err(e) => return Err(Error::from(e).into()),
                        },
                        Err(_) if retry && attempt < MAX_RETRIES => {
                            let _ = tx.rollback();
                        }
                        Err(e) => return Err(e),
                    }
                    // Back off a little, longer each time, so that contenders spread out.
                    let jitter = u64::from(rand::random::<u8>() % 8);
                    std::thread::sleep(Duration::from_millis(
                        u64::from(attempt.min(10)) * 2 + jitter,
                    ));
                }
            }),
        }
    }

    /// Schema SQL under an exclusive lock, so that instances starting together do not
    /// race to create the same tables (PostgreSQL); SQLite has one writer anyway.
    pub fn migrate_locked<T>(&self, f: impl FnMut(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut f = f;
        self.transaction(|tx| {
            if matches!(tx.inner, Inner::Pg(_)) {
                tx.execute("SELECT pg_advisory_xact_lock(7301001)", params![])?;
            }
            f(tx)
        })
    }

    /// True when the database answers (always, for SQLite).
    pub fn ping(&self) -> bool {
        match &self.backend {
            Backend::Sqlite(_) => true,
            // Quick, so that a health check answers within a load balancer's timeout.
            Backend::Pg(pool) => blocking(|| {
                pool.get_timeout(Duration::from_millis(500))
                    .map_err(|e| Error::Unavailable(e.to_string()))
                    .and_then(|mut c| Ok(c.client.simple_query("SELECT 1")?))
                    .is_ok()
            }),
        }
    }
}

/// Runs blocking database work (the synchronous PostgreSQL client drives its own small
/// runtime) from wherever we are: inside a multi-threaded tokio runtime the worker
/// hands its other tasks on; inside a current-thread runtime (tests) it runs on a
/// scoped thread; outside any runtime it simply runs.
fn blocking<T>(f: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(f),
        // A current-thread runtime cannot hand its tasks on; the server never runs on
        // one (`main.rs` builds a multi-threaded runtime), tests that use PostgreSQL
        // from a library test say `flavor = "multi_thread"`.
        Ok(_) => panic!("PostgreSQL needs a multi-threaded tokio runtime"),
        Err(_) => f(),
    }
}

/// A database URL for messages and logs: the password, if any, replaced by `***`.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "the configured database URL".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_rowid_translate_but_literals_do_not() {
        assert_eq!(
            pg_sql("SELECT a FROM t WHERE x = ?1 AND y = '?2' AND z = ? ORDER BY rowid DESC"),
            "SELECT a FROM t WHERE x = $1 AND y = '?2' AND z = $1 ORDER BY ctid DESC"
        );
        assert_eq!(pg_sql("a = ?, b = ?"), "a = $1, b = $2");
        assert_eq!(
            pg_sql("  INSERT OR IGNORE INTO t (a) VALUES (?1)"),
            "INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING"
        );
    }

    #[test]
    fn schema_types_widen_and_comments_go() {
        assert_eq!(
            pg_ddl("CREATE TABLE t (n INTEGER NOT NULL, -- a count\n r REAL, s TEXT)"),
            "CREATE TABLE t (n BIGINT NOT NULL, \n r DOUBLE PRECISION, s TEXT)"
        );
    }

    #[test]
    fn numerics_decode() {
        // 12345678 = [1234, 5678] weight 1; -2.5 = [2, 5000] weight 0 scale 1.
        let enc = |digits: &[i16], weight: i16, sign: u16, scale: i16| {
            let mut b = Vec::new();
            for w in [digits.len() as i16, weight, sign as i16, scale] {
                b.extend_from_slice(&w.to_be_bytes());
            }
            for d in digits {
                b.extend_from_slice(&d.to_be_bytes());
            }
            b
        };
        assert_eq!(
            numeric(&enc(&[1234, 5678], 1, 0, 0)).unwrap(),
            Value::Int(12345678)
        );
        assert_eq!(numeric(&enc(&[], 0, 0, 0)).unwrap(), Value::Int(0));
        assert_eq!(
            numeric(&enc(&[2, 5000], 0, 0x4000, 1)).unwrap(),
            Value::Real(-2.5)
        );
    }

    #[test]
    fn sqlite_surface_reads_and_writes() {
        let db = Db::sqlite(rusqlite::Connection::open_in_memory().unwrap());
        db.transaction(|tx| {
            tx.execute_batch("CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, o TEXT)")?;
            tx.execute(
                "INSERT INTO t VALUES (?1, ?2, ?3)",
                params!["a", 5i64, None::<String>],
            )?;
            Ok::<_, Error>(())
        })
        .unwrap();
        let (n, o): (i64, Option<String>) = db
            .with(|tx| {
                tx.prepare_cached("SELECT n, o FROM t WHERE k = ?1")?
                    .query_row(params!["a"], |r| Ok((r.get(0)?, r.get(1)?)))
            })
            .unwrap();
        assert_eq!((n, o), (5, None));
        let none = db
            .with(|tx| {
                tx.query_row("SELECT n FROM t WHERE k = ?1", params!["b"], |r| {
                    r.get::<_, i64>(0)
                })
                .optional()
            })
            .unwrap();
        assert_eq!(none, None);
    }
}
