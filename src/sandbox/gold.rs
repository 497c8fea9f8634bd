//! 积存金: gold savings. Today's price per gram (a pure function of the date, so it is
//! stable within a day), buying grams of gold from the user's own debit card, and the
//! user's holding valued at today's price (one seeded holding per user).
//!
//! Grams are decimal strings with at most 2 decimals (1 to 1000 g a purchase), held as
//! integers in 0.01 g; prices are fen per gram. A purchase costs grams × the ask price
//! (卖出价, what the bank sells at), rounded half up to the fen; holdings are valued at
//! the bid price (买入价, what the bank buys back at).

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Duration, Local, NaiveDate};
use serde_json::json;

use super::money::{div_round, format_amount, mask, parse_amount};
use super::seed::{self, number};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

pub(crate) const PRODUCT_NAME: &str = "示范银行积存金 Demo Bank Gold Savings";
const MIN_CG: i64 = 100; // 1 g
const MAX_CG: i64 = 100_000; // 1000 g
/// Half the bid/ask spread, fen per gram.
const HALF_SPREAD: i64 = 100;

/// (bid, ask) in fen per gram on `date`: a mid price of 760.00 to 799.99 yuan.
pub(crate) fn price_on(date: NaiveDate) -> (i64, i64) {
    let mid = 76_000 + (number(&date.format("%Y-%m-%d").to_string(), "gold price") % 4_000) as i64;
    (mid - HALF_SPREAD, mid + HALF_SPREAD)
}

/// Grams (at most 2 decimals) in 0.01 g.
fn grams_arg(args: &Args<'_>, required: bool) -> Result<Option<i64>, Failure> {
    let Some(s) = args.str_opt("grams")? else {
        return if required {
            Err(fail(
                "grams_required",
                "`grams` is required: how many grams of gold to buy, 1 to 1000 with at most 2 decimals, e.g. \"10\" or \"2.5\"",
            ))
        } else {
            Ok(None)
        };
    };
    match parse_amount(s) {
        Some(cg) if (MIN_CG..=MAX_CG).contains(&cg) => Ok(Some(cg)),
        _ => Err(fail(
            "invalid_grams",
            "`grams` must be 1 to 1000 grams as a decimal string with at most 2 decimals, e.g. \"10\" or \"2.5\"",
        )),
    }
}

fn cost(cg: i64, price: i64) -> i64 {
    div_round(cg as i128 * price as i128, 100) as i64
}

fn money(out: &mut Object, name: &str, fen: i64) {
    out.insert(name.into(), json!(format_amount(fen)));
    out.insert(format!("{name}_fen"), json!(fen));
}

pub(crate) fn get_gold_price(args: &Args<'_>, ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let grams = grams_arg(args, false)?;
    let today = ctx.now.date_naive();
    let (bid, ask) = price_on(today);
    let mut out = obj(json!({
        "date": today.format("%Y-%m-%d").to_string(),
        "product_name": PRODUCT_NAME,
        "unit": "CNY per gram",
    }));
    money(&mut out, "bid_price", bid);
    money(&mut out, "ask_price", ask);
    if let Some(cg) = grams {
        out.insert("grams".into(), json!(format_amount(cg)));
        money(&mut out, "amount", cost(cg, ask));
    }
    Ok(out)
}

/// The caller's holding: (0.01 g, cost basis fen).
fn holding(tx: &Transaction<'_>, user: &str) -> crate::db::Result<(i64, i64)> {
    Ok(tx
        .prepare_cached("SELECT grams_cg, cost_fen FROM sb_gold_holding WHERE user_id = ?1")?
        .query_row(params![user], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or((0, 0)))
}

/// Average cost per gram in fen.
fn average(cg: i64, cost_fen: i64) -> i64 {
    if cg == 0 {
        0
    } else {
        div_round(cost_fen as i128 * 100, cg as i128) as i64
    }
}

pub(crate) fn buy_gold(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let cg = grams_arg(args, true)?.unwrap_or(MIN_CG);
    let card = wallet::card_arg(args)?;
    let (_, ask) = price_on(ctx.now.date_naive());
    let due = cost(cg, ask);
    if let Some(amount) = args.amount_opt("amount")?
        && amount != due
    {
        return Err(fail(
            "price_changed",
            format!(
                "{} g of gold cost {} yuan at today's price of {} yuan a gram, not {}; nothing was bought. Get the price again (gold__get_gold_price) and buy with that amount, or omit the amount",
                format_amount(cg),
                format_amount(due),
                format_amount(ask),
                format_amount(amount)
            ),
        )
        .into());
    }
    wallet::charge(tx, ctx, card, due)?;
    let order_no = wallet::reference("AU", ctx);
    let now = ctx.now_rfc3339();
    tx.prepare_cached(
        "INSERT INTO sb_gold_order (order_no, user_id, grams_cg, price_fen, amount_fen, card_no, traded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![order_no, ctx.user, cg, ask, due, card, now])?;
    tx.prepare_cached(
        "INSERT INTO sb_gold_holding (user_id, grams_cg, cost_fen, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (user_id) DO UPDATE SET grams_cg = grams_cg + ?2, cost_fen = cost_fen + ?3, updated_at = ?4",
    )?
    .execute(params![ctx.user, cg, due, now])?;
    let (held, basis) = holding(tx, ctx.user)?;
    let mut out = obj(json!({
        "order_no": order_no,
        "product_name": PRODUCT_NAME,
        "grams": format_amount(cg),
        "card_masked": mask(card),
        "traded_at": now,
        "status": "filled",
        "holding_grams": format_amount(held),
    }));
    money(&mut out, "price_per_gram", ask);
    money(&mut out, "amount", due);
    money(&mut out, "average_cost", average(held, basis));
    Ok(out)
}

pub(crate) fn list_gold_holdings(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let with_orders = args.bool_opt("include_orders")?.unwrap_or(false);
    let today = ctx.now.date_naive();
    let (bid, _) = price_on(today);
    let (cg, basis) = holding(tx, ctx.user)?;
    let value = cost(cg, bid);
    let gain = value - basis;
    // Gain as a percent of cost, 2 decimals, signed.
    let gain_bp = if basis == 0 {
        0
    } else {
        let bp = div_round(gain.unsigned_abs() as i128 * 10_000, basis as i128) as i64;
        if gain < 0 { -bp } else { bp }
    };
    let sign = if gain_bp < 0 { "-" } else { "" };
    let mut out = obj(json!({
        "date": today.format("%Y-%m-%d").to_string(),
        "product_name": PRODUCT_NAME,
        "grams": format_amount(cg),
        "gain_percent": format!("{sign}{}.{:02}", gain_bp.abs() / 100, gain_bp.abs() % 100),
    }));
    money(&mut out, "average_cost", average(cg, basis));
    money(&mut out, "cost_basis", basis);
    money(&mut out, "bid_price", bid);
    money(&mut out, "market_value", value);
    money(&mut out, "unrealised_gain", gain);
    if with_orders {
        let mut stmt = tx.prepare_cached(
            "SELECT order_no, grams_cg, price_fen, amount_fen, card_no, traded_at FROM sb_gold_order
             WHERE user_id = ?1 ORDER BY traded_at DESC, order_no DESC LIMIT 20",
        )?;
        let rows = stmt.query_map(params![ctx.user], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut orders = Vec::new();
        for row in rows {
            let (order_no, g, price, amount, card, at) = row?;
            orders.push(json!({
                "order_no": order_no,
                "side": "buy",
                "grams": format_amount(g),
                "price_per_gram": format_amount(price),
                "price_per_gram_fen": price,
                "amount": format_amount(amount),
                "amount_fen": amount,
                "card_masked": mask(&card),
                "traded_at": at,
            }));
        }
        out.insert("orders".into(), json!(orders));
    }
    Ok(out)
}

/// The seeded holding: two earlier purchases of 2.00 to 20.00 g each at 560.00 to
/// 699.99 yuan a gram, 40 to 400 days before the user was first seen.
fn seed_gold(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let card = seed::Identity::of(user).debit_card;
    let mut held = 0;
    let mut basis = 0;
    let mut order = tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_gold_order (order_no, user_id, grams_cg, price_fen, amount_fen, card_no, traded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for k in 0..2 {
        let g = 200 + (number(user, &format!("gold grams {k}")) % 1_801) as i64;
        let price = 56_000 + (number(user, &format!("gold price {k}")) % 14_000) as i64;
        let days =
            if k == 0 { 400 } else { 40 } - (number(user, &format!("gold day {k}")) % 30) as i64;
        let amount = cost(g, price);
        order.execute(params![
            format!("AU{}{k}", seed::digits(user, "gold order", 15)),
            user,
            g,
            price,
            amount,
            card,
            seed::rfc3339(now - Duration::days(days))
        ])?;
        held += g;
        basis += amount;
    }
    tx.execute(
        "INSERT OR IGNORE INTO sb_gold_holding (user_id, grams_cg, cost_fen, updated_at) VALUES (?1, ?2, ?3, ?4)",
        params![user, held, basis, seed::rfc3339(now)],
    )?;
    Ok(())
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sb_gold_holding (
    user_id    TEXT PRIMARY KEY,
    grams_cg   INTEGER NOT NULL,      -- 0.01 g
    cost_fen   INTEGER NOT NULL,      -- what the grams held cost in total
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_gold_order (
    order_no  TEXT PRIMARY KEY,
    user_id   TEXT NOT NULL,
    grams_cg  INTEGER NOT NULL,
    price_fen INTEGER NOT NULL,       -- per gram
    amount_fen INTEGER NOT NULL,
    card_no   TEXT NOT NULL,
    traded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_gold_order_user ON sb_gold_order (user_id, traded_at);
";

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.gold",
    manifest: include_str!("../../tool-schemas/gold.json"),
    schema: SCHEMA,
    routes: &[
        Route {
            action: "gold.get_gold_price",
            params: &["grams"],
            kind: Kind::Pure(get_gold_price),
        },
        Route {
            action: "gold.buy_gold",
            params: &["grams", "amount", "card"],
            kind: Kind::Write(buy_gold),
        },
        Route {
            action: "gold.list_gold_holdings",
            params: &["include_orders"],
            kind: Kind::Read(list_gold_holdings),
        },
    ],
    seed: Some(seed_gold),
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, new_key, ok, ok_with_key, profile, sandbox};

    #[test]
    fn prices_are_stable_within_a_day() {
        let d = NaiveDate::from_ymd_opt(2025, 6, 3).unwrap();
        assert_eq!(price_on(d), price_on(d));
        let (bid, ask) = price_on(d);
        assert_eq!(ask - bid, 2 * HALF_SPREAD);
        assert!((75_900..80_100).contains(&bid));
        let sb = sandbox();
        let p = ok(&sb, "demo", "gold.get_gold_price", json!({"grams": "2.5"}));
        let ask = p["ask_price_fen"].as_i64().unwrap();
        assert_eq!(p["amount_fen"], cost(250, ask));
        assert_eq!(p["grams"], "2.50");
        let plain = ok(&sb, "demo", "gold.get_gold_price", json!({}));
        assert!(plain.get("amount").is_none());
        for bad in ["0.5", "1000.01", "1.234", "-1", "ten"] {
            let f = failure(&sb, "demo", "gold.get_gold_price", json!({"grams": bad}));
            assert_eq!(f.code, "invalid_grams", "{bad}");
        }
    }

    #[test]
    fn buying_charges_the_card_and_adds_to_the_holding() {
        let sb = sandbox();
        let card = profile("demo", "payment.card");
        let before = ok(
            &sb,
            "demo",
            "gold.list_gold_holdings",
            json!({"include_orders": true}),
        );
        assert_eq!(before["orders"].as_array().unwrap().len(), 2, "seeded");
        let basis = before["cost_basis_fen"].as_i64().unwrap();
        let held = parse_amount(before["grams"].as_str().unwrap()).unwrap();
        assert!(before["unrealised_gain_fen"].as_i64().unwrap() > 0);
        let price = ok(&sb, "demo", "gold.get_gold_price", json!({"grams": "2"}));
        let key = new_key();
        let args = json!({"grams": "2", "amount": price["amount"], "card": card});
        let r = ok_with_key(&sb, "demo", "gold.buy_gold", args.clone(), &key);
        assert_eq!(r["status"], "filled");
        assert_eq!(r["amount"], price["amount"]);
        assert_eq!(r["holding_grams"], format_amount(held + 200));
        let again = ok_with_key(&sb, "demo", "gold.buy_gold", args, &key);
        assert_eq!(again["order_no"], r["order_no"]);
        let after = ok(&sb, "demo", "gold.list_gold_holdings", json!({}));
        assert_eq!(
            after["cost_basis_fen"].as_i64().unwrap(),
            basis + price["amount_fen"].as_i64().unwrap()
        );
        assert!(after.get("orders").is_none());
        // Without an amount it buys at today's price.
        let r = ok(
            &sb,
            "demo",
            "gold.buy_gold",
            json!({"grams": "1.25", "card": card}),
        );
        assert_eq!(
            r["amount_fen"],
            cost(125, price["ask_price_fen"].as_i64().unwrap())
        );
        // Another user's holding is untouched.
        let bob = ok(
            &sb,
            "bob",
            "gold.list_gold_holdings",
            json!({"include_orders": true}),
        );
        assert_eq!(bob["orders"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn buying_rules() {
        let sb = sandbox();
        let card = profile("demo", "payment.card");
        for (args, code) in [
            (
                json!({"grams": "2", "amount": "1.00", "card": card}),
                "price_changed",
            ),
            (json!({"grams": "0.99", "card": card}), "invalid_grams"),
            (json!({"amount": "800", "card": card}), "grams_required"),
            (json!({"grams": "1000", "card": card}), "insufficient_funds"),
            (
                json!({"grams": "1", "card": profile("bob", "payment.card")}),
                "card_not_found",
            ),
            (json!({"grams": "1"}), "card_required"),
        ] {
            let f = failure(&sb, "demo", "gold.buy_gold", args);
            assert_eq!(f.code, code, "{}", f.message);
        }
        let h = ok(
            &sb,
            "demo",
            "gold.list_gold_holdings",
            json!({"include_orders": true}),
        );
        assert_eq!(h["orders"].as_array().unwrap().len(), 2, "nothing bought");
    }
}
