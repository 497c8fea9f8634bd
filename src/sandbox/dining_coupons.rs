//! 餐饮优惠券: restaurant and café coupons (满减券) the user claims for free.
//!
//! The coupons are compiled in, each with the stock of its campaign and how many were
//! claimed before the sandbox started; claims are counted against that stock in the
//! store. One claim per user per coupon. A claimed coupon has a code and expires
//! `valid_days` after the day it was claimed (inclusive).

use crate::db::{OptionalExtension, Transaction, params};
use chrono::Duration;
use serde_json::{Value, json};

use super::money::format_amount;
use super::{Args, Ctx, Kind, Object, Program, Route, SbError, fail, obj};

struct Coupon {
    id: &'static str,
    merchant: &'static str,
    /// A city id, or `None` for every city.
    city: Option<&'static str>,
    category: &'static str,
    /// Spend at least this much (fen; 0 = no minimum) ...
    threshold_fen: i64,
    /// ... to get this much off (fen).
    discount_fen: i64,
    stock: i64,
    /// Claimed before the sandbox started.
    claimed_before: i64,
    valid_days: i64,
    terms: &'static str,
}

const COUPONS: &[Coupon] = &[
    Coupon {
        id: "DC1001",
        merchant: "瑞幸咖啡 Luckin Coffee",
        city: None,
        category: "coffee",
        threshold_fen: 2_000,
        discount_fen: 800,
        stock: 5_000,
        claimed_before: 3_120,
        valid_days: 7,
        terms: "全国门店，外卖除外 All stores in mainland China, not for delivery",
    },
    Coupon {
        id: "DC1002",
        merchant: "肯德基 KFC",
        city: None,
        category: "fast_food",
        threshold_fen: 5_000,
        discount_fen: 1_000,
        stock: 3_000,
        claimed_before: 1_456,
        valid_days: 14,
        terms: "堂食及自取 Dine-in and pick-up",
    },
    Coupon {
        id: "DC1003",
        merchant: "喜茶 HEYTEA",
        city: None,
        category: "tea",
        threshold_fen: 3_000,
        discount_fen: 1_000,
        stock: 1_000,
        claimed_before: 1_000,
        valid_days: 7,
        terms: "每日限用一张 One per day",
    },
    Coupon {
        id: "DC2001",
        merchant: "海底捞火锅（西单店） Haidilao Hot Pot, Xidan",
        city: Some("beijing"),
        category: "hotpot",
        threshold_fen: 20_000,
        discount_fen: 4_000,
        stock: 400,
        claimed_before: 188,
        valid_days: 30,
        terms: "周一至周四可用 Monday to Thursday",
    },
    Coupon {
        id: "DC2002",
        merchant: "全聚德（前门店） Quanjude Roast Duck, Qianmen",
        city: Some("beijing"),
        category: "chinese",
        threshold_fen: 30_000,
        discount_fen: 5_000,
        stock: 200,
        claimed_before: 97,
        valid_days: 30,
        terms: "节假日通用 Also on public holidays",
    },
    Coupon {
        id: "DC3001",
        merchant: "南翔馒头店（豫园店） Nanxiang Steamed Bun, Yu Garden",
        city: Some("shanghai"),
        category: "chinese",
        threshold_fen: 10_000,
        discount_fen: 2_000,
        stock: 300,
        claimed_before: 120,
        valid_days: 30,
        terms: "堂食 Dine-in only",
    },
    Coupon {
        id: "DC3002",
        merchant: "鼎泰丰（新天地店） Din Tai Fung, Xintiandi",
        city: Some("shanghai"),
        category: "chinese",
        threshold_fen: 30_000,
        discount_fen: 6_000,
        stock: 150,
        claimed_before: 66,
        valid_days: 21,
        terms: "周末不可用 Not on weekends",
    },
    Coupon {
        id: "DC4001",
        merchant: "点都德（福田店） Dim Dou Dak, Futian",
        city: Some("shenzhen"),
        category: "dim_sum",
        threshold_fen: 15_000,
        discount_fen: 3_000,
        stock: 300,
        claimed_before: 141,
        valid_days: 30,
        terms: "早茶时段 Morning tea hours",
    },
    Coupon {
        id: "DC5001",
        merchant: "陶陶居（天河店） Tao Tao Ju, Tianhe",
        city: Some("guangzhou"),
        category: "dim_sum",
        threshold_fen: 15_000,
        discount_fen: 3_000,
        stock: 300,
        claimed_before: 170,
        valid_days: 30,
        terms: "堂食 Dine-in only",
    },
    Coupon {
        id: "DC6001",
        merchant: "外婆家（西湖店） Grandma's Kitchen, West Lake",
        city: Some("hangzhou"),
        category: "chinese",
        threshold_fen: 10_000,
        discount_fen: 2_000,
        stock: 500,
        claimed_before: 233,
        valid_days: 30,
        terms: "每桌限用一张 One per table",
    },
    Coupon {
        id: "DC6002",
        merchant: "知味观（湖滨店） Zhiweiguan, Hubin",
        city: Some("hangzhou"),
        category: "dessert",
        threshold_fen: 0,
        discount_fen: 500,
        stock: 800,
        claimed_before: 402,
        valid_days: 14,
        terms: "无门槛 No minimum spend",
    },
];

const CITY_IDS: &[&str] = &["beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou"];
const CATEGORIES: &[&str] = &[
    "coffee",
    "tea",
    "fast_food",
    "hotpot",
    "chinese",
    "dim_sum",
    "dessert",
];

fn coupon(id: &str) -> Option<&'static Coupon> {
    COUPONS.iter().find(|c| c.id == id)
}

fn title(c: &Coupon) -> String {
    let (d, t) = (
        format_amount(c.discount_fen),
        format_amount(c.threshold_fen),
    );
    if c.threshold_fen == 0 {
        format!("立减{d}元 {d} yuan off")
    } else {
        format!("满{t}减{d} {d} yuan off a bill of {t} or more")
    }
}

fn claimed_in_store(tx: &Transaction<'_>, id: &str) -> crate::db::Result<i64> {
    tx.prepare_cached("SELECT COUNT(*) FROM sb_dining_coupons_claim WHERE coupon_id = ?1")?
        .query_row(params![id], |r| r.get(0))
}

fn coupon_json(c: &Coupon) -> Value {
    json!({
        "coupon_id": c.id,
        "merchant": c.merchant,
        "city": c.city.unwrap_or("nationwide"),
        "category": c.category,
        "title": title(c),
        "min_spend": format_amount(c.threshold_fen),
        "min_spend_fen": c.threshold_fen,
        "discount": format_amount(c.discount_fen),
        "discount_fen": c.discount_fen,
        "terms": c.terms,
        "valid_days": c.valid_days,
    })
}

pub(crate) fn list_coupons(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    _ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let city = args.choice("city", CITY_IDS)?;
    let category = args.choice("category", CATEGORIES)?;
    let mut list = Vec::new();
    for c in COUPONS.iter().filter(|c| {
        city.is_none_or(|x| c.city.is_none_or(|y| x == y))
            && category.is_none_or(|x| x == c.category)
    }) {
        let remaining = (c.stock - c.claimed_before - claimed_in_store(tx, c.id)?).max(0);
        let mut o = coupon_json(c);
        o["remaining"] = json!(remaining);
        o["sold_out"] = json!(remaining == 0);
        list.push(o);
    }
    Ok(obj(json!({ "coupons": list })))
}

pub(crate) fn claim_coupon(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let id = args.str_opt("coupon_id")?.ok_or_else(|| {
        fail(
            "coupon_required",
            "`coupon_id` is required: pick a coupon from dining_coupons__list_coupons",
        )
    })?;
    let c = coupon(id).ok_or_else(|| {
        fail(
            "coupon_not_found",
            "there is no coupon with that id; list the coupons with dining_coupons__list_coupons",
        )
    })?;
    let mine: Option<(String, String)> = tx
        .prepare_cached(
            "SELECT code, expires_on FROM sb_dining_coupons_claim WHERE user_id = ?1 AND coupon_id = ?2",
        )?
        .query_row(params![ctx.user, c.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((code, expires_on)) = mine {
        return Err(fail(
            "already_claimed",
            format!(
                "the user already claimed this coupon (code {code}, valid until {expires_on}); each coupon can be claimed once per user"
            ),
        )
        .into());
    }
    let remaining = c.stock - c.claimed_before - claimed_in_store(tx, c.id)?;
    if remaining <= 0 {
        return Err(fail(
            "sold_out",
            format!(
                "all {} coupons of {} have been claimed; choose another coupon",
                c.stock, c.merchant
            ),
        )
        .into());
    }
    let today = ctx.now.date_naive();
    let expires_on = (today + Duration::days(c.valid_days - 1))
        .format("%Y-%m-%d")
        .to_string();
    let code = format!(
        "{}{}",
        &c.id[2..],
        &uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase()
    );
    tx.prepare_cached(
        "INSERT INTO sb_dining_coupons_claim (user_id, coupon_id, code, claimed_at, expires_on)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![ctx.user, c.id, code, ctx.now_rfc3339(), expires_on])?;
    let mut o = coupon_json(c);
    o["code"] = json!(code);
    o["claimed_at"] = json!(ctx.now_rfc3339());
    o["expires_on"] = json!(expires_on);
    o["status"] = json!("active");
    Ok(obj(o))
}

pub(crate) fn list_my_coupons(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let include_expired = args.bool_opt("include_expired")?.unwrap_or(false);
    let today = ctx.now.date_naive().format("%Y-%m-%d").to_string();
    let mut stmt = tx.prepare_cached(
        "SELECT coupon_id, code, claimed_at, expires_on FROM sb_dining_coupons_claim
         WHERE user_id = ?1 AND (?2 OR expires_on >= ?3)
         ORDER BY expires_on, claimed_at",
    )?;
    let rows = stmt.query_map(params![ctx.user, include_expired, today], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut list = Vec::new();
    for row in rows {
        let (id, code, claimed_at, expires_on) = row?;
        let Some(c) = coupon(&id) else { continue };
        let mut o = coupon_json(c);
        o["code"] = json!(code);
        o["claimed_at"] = json!(claimed_at);
        o["status"] = json!(if expires_on >= today {
            "active"
        } else {
            "expired"
        });
        o["expires_on"] = json!(expires_on);
        list.push(o);
    }
    Ok(obj(json!({ "coupons": list })))
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.dining_coupons",
    manifest: include_str!("../../tool-schemas/dining_coupons.json"),
    schema: "
CREATE TABLE IF NOT EXISTS sb_dining_coupons_claim (
    user_id    TEXT NOT NULL,
    coupon_id  TEXT NOT NULL,
    code       TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    expires_on TEXT NOT NULL,         -- YYYY-MM-DD, last day of validity
    PRIMARY KEY (user_id, coupon_id)
);
CREATE INDEX IF NOT EXISTS sb_dining_coupons_claim_coupon ON sb_dining_coupons_claim (coupon_id);
",
    routes: &[
        Route {
            action: "dining_coupons.list_coupons",
            params: &["city", "category"],
            kind: Kind::Public(list_coupons),
        },
        Route {
            action: "dining_coupons.claim_coupon",
            params: &["coupon_id"],
            kind: Kind::Write(claim_coupon),
        },
        Route {
            action: "dining_coupons.list_my_coupons",
            params: &["include_expired"],
            kind: Kind::Read(list_my_coupons),
        },
    ],
    seed: None,
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, sandbox};

    #[test]
    fn list_by_city_includes_nationwide_coupons() {
        let sb = sandbox();
        let r = ok(
            &sb,
            "",
            "dining_coupons.list_coupons",
            json!({"city": "hangzhou"}),
        );
        let list = r["coupons"].as_array().unwrap();
        assert!(
            list.iter()
                .all(|c| c["city"] == "hangzhou" || c["city"] == "nationwide")
        );
        assert!(list.iter().any(|c| c["city"] == "hangzhou"));
        let all = ok(&sb, "", "dining_coupons.list_coupons", json!({}));
        assert_eq!(all["coupons"].as_array().unwrap().len(), COUPONS.len());
        let tea = ok(
            &sb,
            "",
            "dining_coupons.list_coupons",
            json!({"category": "tea"}),
        );
        assert_eq!(tea["coupons"][0]["sold_out"], true);
        assert_eq!(
            failure(
                &sb,
                "",
                "dining_coupons.list_coupons",
                json!({"city": "tokyo"})
            )
            .code,
            "invalid_argument"
        );
    }

    #[test]
    fn claims_are_once_per_user_and_count_against_stock() {
        let sb = sandbox();
        let remaining = |sb: &crate::sandbox::Sandbox| {
            ok(
                sb,
                "",
                "dining_coupons.list_coupons",
                json!({"city": "beijing"}),
            )["coupons"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["coupon_id"] == "DC2001")
                .unwrap()["remaining"]
                .as_i64()
                .unwrap()
        };
        let before = remaining(&sb);
        let r = ok(
            &sb,
            "alice",
            "dining_coupons.claim_coupon",
            json!({"coupon_id": "DC2001"}),
        );
        assert_eq!(r["status"], "active");
        assert_eq!(r["discount"], "40.00");
        let code = r["code"].as_str().unwrap().to_string();
        assert_eq!(remaining(&sb), before - 1);
        let f = failure(
            &sb,
            "alice",
            "dining_coupons.claim_coupon",
            json!({"coupon_id": "DC2001"}),
        );
        assert_eq!(f.code, "already_claimed");
        assert!(f.message.contains(&code));
        ok(
            &sb,
            "bob",
            "dining_coupons.claim_coupon",
            json!({"coupon_id": "DC2001"}),
        );
        assert_eq!(remaining(&sb), before - 2);
        assert_eq!(
            failure(
                &sb,
                "alice",
                "dining_coupons.claim_coupon",
                json!({"coupon_id": "DC1003"})
            )
            .code,
            "sold_out"
        );
        assert_eq!(
            failure(
                &sb,
                "alice",
                "dining_coupons.claim_coupon",
                json!({"coupon_id": "DC9999"})
            )
            .code,
            "coupon_not_found"
        );
        let mine = ok(&sb, "alice", "dining_coupons.list_my_coupons", json!({}));
        let list = mine["coupons"].as_array().unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0]["code"], code.as_str());
        let today = chrono::Local::now().date_naive();
        assert_eq!(
            list[0]["expires_on"],
            (today + Duration::days(29)).format("%Y-%m-%d").to_string()
        );
        assert!(
            ok(
                &sb,
                "carol",
                "dining_coupons.list_my_coupons",
                json!({"include_expired": true})
            )["coupons"]
                .as_array()
                .unwrap()
                .is_empty()
        );
    }
}
