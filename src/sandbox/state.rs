//! The sandbox's tables in the store (all prefixed `sb_`) and the idempotency record.
//! Every piece of mutable sandbox state lives here, so a file store survives restarts.

use crate::db::{OptionalExtension, Transaction, params};

pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_user (
    user_id   TEXT PRIMARY KEY,
    city      TEXT NOT NULL,
    seeded_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_card (
    card_no       TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL,
    kind          TEXT NOT NULL,      -- debit | credit
    product       TEXT NOT NULL,
    available_fen INTEGER NOT NULL    -- balance (debit) or available credit
);
CREATE INDEX IF NOT EXISTS sb_card_user ON sb_card (user_id);
CREATE TABLE IF NOT EXISTS sb_utility_account (
    account_no TEXT PRIMARY KEY,
    utility    TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    payee      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_bill (
    bill_id    TEXT PRIMARY KEY,
    account_no TEXT NOT NULL,
    period     TEXT NOT NULL,         -- YYYY-MM
    amount_fen INTEGER NOT NULL,
    due_date   TEXT NOT NULL,
    status     TEXT NOT NULL,         -- unpaid | paid
    paid_at    TEXT,
    receipt_no TEXT,
    UNIQUE (account_no, period)
);
CREATE TABLE IF NOT EXISTS sb_receipt (
    receipt_no TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    utility    TEXT NOT NULL,
    account_no TEXT NOT NULL,
    card_no    TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    paid_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_card_application (
    application_id TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL,
    product        TEXT NOT NULL,
    status         TEXT NOT NULL,
    submitted_at   TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_booking (
    booking_id   TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL,
    branch_id    TEXT NOT NULL,
    date         TEXT NOT NULL,       -- YYYY-MM-DD
    time_slot    TEXT NOT NULL,       -- HH:MM
    purpose      TEXT NOT NULL,
    status       TEXT NOT NULL,       -- booked | cancelled
    created_at   TEXT NOT NULL,
    cancelled_at TEXT
);
CREATE INDEX IF NOT EXISTS sb_booking_slot ON sb_booking (branch_id, date, time_slot, status);
CREATE INDEX IF NOT EXISTS sb_booking_user ON sb_booking (user_id, date, time_slot);
CREATE TABLE IF NOT EXISTS sb_program_seed (
    user_id   TEXT NOT NULL,
    app_id    TEXT NOT NULL,
    seeded_at TEXT NOT NULL,
    PRIMARY KEY (user_id, app_id)
);
CREATE TABLE IF NOT EXISTS sb_idempotency (
    user_id      TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,       -- sha256 of the canonical {app_id, action, arguments}
    reply        TEXT NOT NULL,       -- the first reply, JSON
    created_at   TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
";

/// The recorded execution of an idempotency key: (request hash, reply JSON).
pub fn idempotency_get(
    tx: &Transaction<'_>,
    user: &str,
    key: &str,
) -> crate::db::Result<Option<(String, String)>> {
    tx.prepare_cached(
        "SELECT request_hash, reply FROM sb_idempotency WHERE user_id = ?1 AND key = ?2",
    )?
    .query_row(params![user, key], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()
}

pub fn idempotency_put(
    tx: &Transaction<'_>,
    user: &str,
    key: &str,
    request_hash: &str,
    reply: &str,
    now: &str,
) -> crate::db::Result<()> {
    tx.prepare_cached(
        "INSERT INTO sb_idempotency (user_id, key, request_hash, reply, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![user, key, request_hash, reply, now])?;
    Ok(())
}
