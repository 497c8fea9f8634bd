//! The user's own bank cards as a source of money, shared by every program that takes
//! a payment: a card must be the caller's own and cover the amount; charging it and
//! the program's own change happen in the same transaction (all or nothing).

use crate::db::{OptionalExtension, Transaction, params};

use super::money::{format_amount, mask};
use super::{Ctx, Failure, SbError, fail};

/// The `card` argument, required: the user's saved payment card.
pub(crate) fn card_arg<'a>(args: &super::Args<'a>) -> Result<&'a str, Failure> {
    args.str_opt("card")?.ok_or_else(|| {
        fail(
            "card_required",
            "no payment card was given; the user must set a payment card in the bank app",
        )
    })
}

/// What is available on `card` if it is the caller's own.
pub(crate) fn available(tx: &Transaction<'_>, ctx: &Ctx<'_>, card: &str) -> Result<i64, SbError> {
    let row: Option<i64> = tx
        .prepare_cached("SELECT available_fen FROM sb_card WHERE card_no = ?1 AND user_id = ?2")?
        .query_row(params![card, ctx.user], |r| r.get(0))
        .optional()?;
    row.ok_or_else(|| {
        fail(
            "card_not_found",
            format!(
                "the card {} is not one of the user's cards; the payment card must be the user's own (set it in the bank app)",
                mask(card)
            ),
        )
        .into()
    })
}

/// Takes `fen` (> 0) from the caller's `card`; fails with nothing changed when the card
/// is not theirs or does not cover it. Returns what is left on the card.
pub(crate) fn charge(
    tx: &Transaction<'_>,
    ctx: &Ctx<'_>,
    card: &str,
    fen: i64,
) -> Result<i64, SbError> {
    if fen <= 0 {
        return Err(fail("invalid_amount", "the amount must be greater than 0").into());
    }
    let have = available(tx, ctx, card)?;
    if have < fen {
        return Err(fail(
            "insufficient_funds",
            format!(
                "the payment card {} does not have {} yuan available; top it up or pay less",
                mask(card),
                format_amount(fen)
            ),
        )
        .into());
    }
    tx.prepare_cached("UPDATE sb_card SET available_fen = available_fen - ?2 WHERE card_no = ?1")?
        .execute(params![card, fen])?;
    Ok(have - fen)
}

/// Puts `fen` back on (or onto) the caller's `card`, e.g. a matured deposit.
pub(crate) fn credit(
    tx: &Transaction<'_>,
    ctx: &Ctx<'_>,
    card: &str,
    fen: i64,
) -> Result<i64, SbError> {
    let have = available(tx, ctx, card)?;
    tx.prepare_cached("UPDATE sb_card SET available_fen = available_fen + ?2 WHERE card_no = ?1")?
        .execute(params![card, fen])?;
    Ok(have + fen)
}

/// A fresh reference number: `prefix`, the local time, six random characters.
pub(crate) fn reference(prefix: &str, ctx: &Ctx<'_>) -> String {
    format!(
        "{prefix}{}{}",
        ctx.now.format("%Y%m%d%H%M%S"),
        &uuid::Uuid::new_v4().simple().to_string()[..6].to_uppercase()
    )
}
