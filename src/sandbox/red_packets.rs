//! 红包与节日转账: festive red packets (红包) to the user's saved contacts.
//!
//! The contacts are the user's saved payees of the transfers program
//! ([`transfers::payees`], a pure function of the user id); the packets sent are this
//! program's own table. A packet is 0.01 to 200.00 yuan, the same per-packet limit as
//! WeChat red packets, taken from the user's own card. Each user's history starts
//! with one packet sent some weeks before seeding.

use crate::db::{Transaction, params};
use chrono::{DateTime, Duration, Local};
use serde_json::{Value, json};

use super::money::{format_amount, mask};
use super::seed::{self, number};
use super::transfers::{self, payee_id_shape, short_text};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj, wallet};

/// Most per packet, fen (200.00 yuan, as for WeChat red packets).
const MAX_PACKET_FEN: i64 = 20_000;
const GREETING_MAX_CHARS: usize = 40;

struct Theme {
    id: &'static str,
    name: &'static str,
    /// Suggested lucky amounts, fen.
    amounts: &'static [i64],
    greeting: &'static str,
    meaning: &'static str,
}

const THEMES: &[Theme] = &[
    Theme {
        id: "spring_festival",
        name: "春节 Spring Festival",
        amounts: &[6_600, 8_800, 16_800, 18_800],
        greeting: "新春快乐，万事如意！",
        meaning: "66 一切顺利 (everything goes smoothly), 88 发发 (prosperity), 168 一路发, 188 要发发",
    },
    Theme {
        id: "mid_autumn",
        name: "中秋 Mid-Autumn Festival",
        amounts: &[6_600, 8_800, 12_800],
        greeting: "中秋快乐，阖家团圆！",
        meaning: "66 顺顺利利, 88 发发, 128 要爱发 (love and prosperity)",
    },
    Theme {
        id: "birthday",
        name: "生日 Birthday",
        amounts: &[6_600, 9_900, 16_800, 18_800],
        greeting: "生日快乐，天天开心！",
        meaning: "66 顺利, 99 长长久久 (long life), 168 一路发, 188 要发发",
    },
    Theme {
        id: "wedding",
        name: "新婚 Wedding",
        amounts: &[9_900, 13_140, 16_800, 20_000],
        greeting: "新婚快乐，百年好合！",
        meaning: "99 长长久久, 131.40 一生一世 (a lifetime together), 168 一路发, 200 the most one packet holds",
    },
    Theme {
        id: "love",
        name: "520 / 七夕 Love",
        amounts: &[520, 1_314, 5_200, 13_140],
        greeting: "我爱你！",
        meaning: "5.20 / 52.00 我爱你 (I love you), 13.14 / 131.40 一生一世; 520.00 is over the 200.00 limit of one packet",
    },
    Theme {
        id: "general",
        name: "恭喜发财 Best wishes",
        amounts: &[888, 1_888, 6_666, 8_888],
        greeting: "恭喜发财，大吉大利！",
        meaning: "8 发 (prosperity), 6 顺 (smooth going)",
    },
];

const THEME_IDS: &[&str] = &[
    "spring_festival",
    "mid_autumn",
    "birthday",
    "wedding",
    "love",
    "general",
];

fn theme(id: &str) -> &'static Theme {
    THEMES
        .iter()
        .find(|t| t.id == id)
        .unwrap_or(&THEMES[THEMES.len() - 1])
}

pub(crate) fn list_festival_themes(_args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let themes: Vec<Value> = THEMES
        .iter()
        .map(|t| {
            json!({
                "theme": t.id,
                "name": t.name,
                "suggested_amounts": t.amounts.iter().map(|a| format_amount(*a)).collect::<Vec<_>>(),
                "suggested_amounts_fen": t.amounts,
                "default_greeting": t.greeting,
                "meaning": t.meaning,
            })
        })
        .collect();
    Ok(obj(json!({
        "themes": themes,
        "max_amount": format_amount(MAX_PACKET_FEN),
        "max_amount_fen": MAX_PACKET_FEN,
    })))
}

pub(crate) fn send_red_packet(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let contact_id = args.str_opt("contact_id")?.ok_or_else(|| {
        fail(
            "contact_required",
            "`contact_id` is required: the payee_id of a saved contact from transfers__list_payees",
        )
    })?;
    let card = wallet::card_arg(args)?;
    let amount = args.amount_opt("amount")?.ok_or_else(|| {
        fail(
            "amount_required",
            "`amount` is required: the yuan amount of the packet as a decimal string, e.g. \"66.00\"",
        )
    })?;
    if !(1..=MAX_PACKET_FEN).contains(&amount) {
        return Err(fail(
            "amount_out_of_range",
            format!(
                "one red packet holds 0.01 to {} yuan (the WeChat limit); {} is outside that range. Send several packets, or use transfers__transfer for larger sums",
                format_amount(MAX_PACKET_FEN),
                format_amount(amount)
            ),
        )
        .into());
    }
    let theme = theme(args.choice_req("theme", THEME_IDS)?);
    let greeting = short_text(args, "greeting", GREETING_MAX_CHARS)?.unwrap_or(theme.greeting);
    let contact = payee_id_shape(contact_id)
        .then(|| transfers::payee(ctx.user, contact_id))
        .flatten()
        .ok_or_else(|| {
            fail(
                "contact_not_found",
                "that is not one of the user's saved contacts; list them with transfers__list_payees and pass a payee_id",
            )
        })?;
    wallet::charge(tx, ctx, card, amount)?;
    let packet_id = wallet::reference("RP", ctx);
    let sent_at = ctx.now_rfc3339();
    tx.prepare_cached(
        "INSERT INTO sb_red_packets_packet
             (packet_id, user_id, contact_id, contact_name, theme, amount_fen, greeting, card_no, sent_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        packet_id,
        ctx.user,
        contact.payee_id,
        contact.name,
        theme.id,
        amount,
        greeting,
        card,
        sent_at
    ])?;
    Ok(obj(json!({
        "packet_id": packet_id,
        "contact_id": contact.payee_id,
        "contact_name": contact.name,
        "contact_alias": contact.alias,
        "theme": theme.id,
        "theme_name": theme.name,
        "amount": format_amount(amount),
        "amount_fen": amount,
        "greeting": greeting,
        "card_masked": mask(card),
        "sent_at": sent_at,
        "status": "sent",
    })))
}

pub(crate) fn list_sent_red_packets(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let filter = args.choice("theme", THEME_IDS)?;
    let mut stmt = tx.prepare_cached(
        "SELECT packet_id, contact_id, contact_name, theme, amount_fen, greeting, sent_at
         FROM sb_red_packets_packet
         WHERE user_id = ?1 AND (?2 IS NULL OR theme = ?2)
         ORDER BY sent_at DESC, rowid DESC",
    )?;
    let rows = stmt.query_map(params![ctx.user, filter], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let mut packets = Vec::new();
    let mut total = 0;
    for row in rows {
        let (packet_id, contact_id, contact_name, theme_id, amount, greeting, sent_at) = row?;
        total += amount;
        packets.push(json!({
            "packet_id": packet_id,
            "contact_id": contact_id,
            "contact_name": contact_name,
            "theme": theme_id,
            "theme_name": theme(&theme_id).name,
            "amount": format_amount(amount),
            "amount_fen": amount,
            "greeting": greeting,
            "sent_at": sent_at,
        }));
    }
    Ok(obj(json!({
        "count": packets.len(),
        "total": format_amount(total),
        "total_fen": total,
        "packets": packets,
    })))
}

/// One packet sent to the user's first contact, 20 to 60 days before seeding.
fn seed(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let Some(contact) = transfers::payees(user).into_iter().next() else {
        return Ok(());
    };
    let at = now - Duration::days(20 + (number(user, "red packet days") % 41) as i64);
    let t = theme("birthday");
    let amount = t.amounts[(number(user, "red packet amount") % t.amounts.len() as u64) as usize];
    let tail = hex::encode_upper(&seed::digest(user, "red packet ref")[..3]);
    tx.prepare_cached(
        "INSERT OR IGNORE INTO sb_red_packets_packet
             (packet_id, user_id, contact_id, contact_name, theme, amount_fen, greeting, card_no, sent_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        format!("RP{}{tail}", at.format("%Y%m%d%H%M%S")),
        user,
        contact.payee_id,
        contact.name,
        t.id,
        amount,
        t.greeting,
        seed::Identity::of(user).debit_card,
        seed::rfc3339(at)
    ])?;
    Ok(())
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.red_packets",
    manifest: include_str!("../../tool-schemas/red_packets.json"),
    schema: "
CREATE TABLE IF NOT EXISTS sb_red_packets_packet (
    packet_id    TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL,
    contact_id   TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    theme        TEXT NOT NULL,
    amount_fen   INTEGER NOT NULL,
    greeting     TEXT NOT NULL,
    card_no      TEXT NOT NULL,
    sent_at      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_red_packets_packet_user ON sb_red_packets_packet (user_id, sent_at);
",
    routes: &[
        Route {
            action: "red_packets.list_festival_themes",
            params: &[],
            kind: Kind::Pure(list_festival_themes),
        },
        Route {
            action: "red_packets.send_red_packet",
            params: &["contact_id", "amount", "theme", "greeting", "card"],
            kind: Kind::Write(send_red_packet),
        },
        Route {
            action: "red_packets.list_sent_red_packets",
            params: &["theme"],
            kind: Kind::Read(list_sent_red_packets),
        },
    ],
    seed: Some(seed),
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, profile, sandbox};

    #[test]
    fn themes_suggest_amounts_within_the_limit() {
        let sb = sandbox();
        let r = ok(&sb, "", "red_packets.list_festival_themes", json!({}));
        assert_eq!(r["max_amount"], "200.00");
        let themes = r["themes"].as_array().unwrap();
        assert_eq!(themes.len(), THEME_IDS.len());
        for t in themes {
            for a in t["suggested_amounts_fen"].as_array().unwrap() {
                assert!((1..=MAX_PACKET_FEN).contains(&a.as_i64().unwrap()));
            }
        }
        assert_eq!(themes[0]["suggested_amounts"][1], "88.00");
    }

    #[test]
    fn send_list_and_limits() {
        let sb = sandbox();
        let contact = transfers::payees("bob")[2].payee_id.clone();
        let card = profile("bob", "payment.card");
        let before = ok(&sb, "bob", "red_packets.list_sent_red_packets", json!({}));
        assert_eq!(before["count"], 1, "one seeded packet");
        let r = ok(
            &sb,
            "bob",
            "red_packets.send_red_packet",
            json!({"contact_id": contact, "amount": "88", "theme": "spring_festival", "card": card}),
        );
        assert_eq!(r["amount"], "88.00");
        assert_eq!(r["greeting"], "新春快乐，万事如意！");
        assert_eq!(r["status"], "sent");
        let r = ok(
            &sb,
            "bob",
            "red_packets.send_red_packet",
            json!({"contact_id": contact, "amount": "200.00", "theme": "wedding", "greeting": "百年好合", "card": card}),
        );
        assert_eq!(r["greeting"], "百年好合");
        let after = ok(&sb, "bob", "red_packets.list_sent_red_packets", json!({}));
        assert_eq!(after["count"], 3);
        assert_eq!(
            after["total_fen"].as_i64().unwrap(),
            before["total_fen"].as_i64().unwrap() + 28_800
        );
        assert_eq!(after["packets"][0]["theme"], "wedding", "newest first");
        let only = ok(
            &sb,
            "bob",
            "red_packets.list_sent_red_packets",
            json!({"theme": "spring_festival"}),
        );
        assert_eq!(only["count"], 1);
        assert_eq!(
            ok(&sb, "alice", "red_packets.list_sent_red_packets", json!({}))["count"],
            1,
            "only the user's own packets"
        );

        let send =
            |args: serde_json::Value| failure(&sb, "bob", "red_packets.send_red_packet", args).code;
        assert_eq!(
            send(json!({"contact_id": contact, "amount": "520.00", "theme": "love", "card": card})),
            "amount_out_of_range"
        );
        assert_eq!(
            send(
                json!({"contact_id": transfers::payees("alice")[0].payee_id, "amount": "5.20", "theme": "love", "card": card})
            ),
            "contact_not_found"
        );
        assert_eq!(
            send(
                json!({"contact_id": contact, "amount": "5.20", "theme": "valentine", "card": card})
            ),
            "invalid_argument"
        );
        assert_eq!(
            send(
                json!({"contact_id": contact, "amount": "5.20", "theme": "love", "greeting": "爱".repeat(41), "card": card})
            ),
            "invalid_argument"
        );
        assert_eq!(
            send(json!({"contact_id": contact, "amount": "5.20", "theme": "love"})),
            "card_required"
        );
    }
}
