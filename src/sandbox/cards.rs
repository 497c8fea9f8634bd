//! 信用卡: credit card application status. Only the caller's own applications are found.

use crate::db::{OptionalExtension, Transaction, params};
use serde_json::json;

use super::{Args, Ctx, Kind, Object, Program, Route, SbError, data, fail, obj};

pub(crate) fn application_status(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let id = args.str_opt("application_id")?.ok_or_else(|| {
        fail(
            "application_required",
            "`application_id` is required: pass the application number (CA followed by 10 digits)",
        )
    })?;
    let well_formed =
        id.len() == 12 && id.starts_with("CA") && id[2..].bytes().all(|b| b.is_ascii_digit());
    if !well_formed {
        return Err(fail(
            "invalid_argument",
            "`application_id` must be CA followed by 10 digits",
        )
        .into());
    }
    let row: Option<(String, String, String, String)> = tx
        .prepare_cached(
            "SELECT product, status, submitted_at, updated_at FROM sb_card_application
             WHERE application_id = ?1 AND user_id = ?2",
        )?
        .query_row(params![id, ctx.user], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let Some((product, status, submitted_at, updated_at)) = row else {
        return Err(fail(
            "application_not_found",
            "the user has no card application with that number; check the number (申请编号) in the application confirmation",
        )
        .into());
    };
    Ok(obj(json!({
        "application_id": id,
        "card_product": product,
        "status": status,
        "submitted_at": submitted_at,
        "updated_at": updated_at,
        "next_step": data::next_step(&status),
    })))
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.cards",
    manifest: include_str!("../../tool-schemas/cards.json"),
    schema: "",
    routes: &[Route {
        action: "cards.application_status",
        params: &["application_id"],
        kind: Kind::Read(application_status),
    }],
    seed: None,
    profile: None,
};
