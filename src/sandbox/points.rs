//! 积分商城: the user's reward points (积分) and the rewards they buy.
//!
//! Every user starts with a deterministic balance (3,000 to 29,999 points), a part of
//! it expiring at the end of next month, and a short earn/spend history. Rewards are
//! compiled in with the stock of their campaign; redemptions are counted against that
//! stock in the store. Points are not money: redeeming needs a confirmation, not a
//! payment approval. Points expiring soonest are spent first.

use crate::db::{OptionalExtension, Transaction, params};
use chrono::{DateTime, Datelike, Duration, Local, NaiveDate};
use serde_json::{Value, json};

use super::seed::{last_day, month_add, number, rfc3339};
use super::{Args, Ctx, Failure, Kind, Object, Program, Route, SbError, fail, obj};

struct Reward {
    id: &'static str,
    name: &'static str,
    category: &'static str,
    points: i64,
    /// Units offered in the campaign.
    stock: i64,
    /// Days the redemption code stays valid.
    valid_days: i64,
    how_to_use: &'static str,
}

const REWARDS: &[Reward] = &[
    Reward {
        id: "R001",
        name: "10元话费充值券 10-yuan mobile top-up voucher",
        category: "top_up",
        points: 1_000,
        stock: 5_000,
        valid_days: 30,
        how_to_use: "在手机银行“充值缴费”中输入兑换码 Enter the code under Top-up in the bank app",
    },
    Reward {
        id: "R002",
        name: "星巴克中杯饮品券 Starbucks tall drink voucher",
        category: "food",
        points: 1_800,
        stock: 800,
        valid_days: 60,
        how_to_use: "到店出示兑换码 Show the code at any Starbucks in mainland China",
    },
    Reward {
        id: "R003",
        name: "爱奇艺黄金会员月卡 iQIYI VIP one month",
        category: "membership",
        points: 2_500,
        stock: 600,
        valid_days: 90,
        how_to_use: "在爱奇艺App“兑换码”页输入 Enter the code on the iQIYI app's redeem page",
    },
    Reward {
        id: "R004",
        name: "电影票兑换券 Cinema ticket voucher",
        category: "entertainment",
        points: 3_500,
        stock: 300,
        valid_days: 90,
        how_to_use: "购票时选择“兑换券”并输入兑换码 Choose voucher at checkout and enter the code",
    },
    Reward {
        id: "R005",
        name: "航空里程500公里 500 airline miles",
        category: "travel",
        points: 6_000,
        stock: 1_000,
        valid_days: 30,
        how_to_use: "凭兑换码在航空公司会员页领取 Claim on the airline's member page with the code",
    },
    Reward {
        id: "R006",
        name: "生肖纪念银章 Zodiac commemorative silver medal",
        category: "collectible",
        points: 28_000,
        stock: 0,
        valid_days: 30,
        how_to_use: "凭兑换码到任一网点领取 Collect at any branch with the code",
    },
    Reward {
        id: "R007",
        name: "示范银行20寸行李箱 Demo Bank 20-inch suitcase",
        category: "lifestyle",
        points: 120_000,
        stock: 50,
        valid_days: 30,
        how_to_use: "凭兑换码到任一网点领取 Collect at any branch with the code",
    },
];

const REWARD_IDS: &[&str] = &["R001", "R002", "R003", "R004", "R005", "R006", "R007"];
const CATEGORIES: &[&str] = &[
    "top_up",
    "food",
    "membership",
    "entertainment",
    "travel",
    "collectible",
    "lifestyle",
];
const MAX_QUANTITY: i64 = 5;
const HISTORY_SHOWN: usize = 10;

fn reward(id: &str) -> Option<&'static Reward> {
    REWARDS.iter().find(|r| r.id == id)
}

pub(crate) fn list_rewards(args: &Args<'_>, _ctx: &Ctx<'_>) -> Result<Object, Failure> {
    let category = args.choice("category", CATEGORIES)?;
    let list: Vec<Value> = REWARDS
        .iter()
        .filter(|r| category.is_none_or(|c| c == r.category))
        .map(|r| {
            json!({
                "reward_id": r.id,
                "name": r.name,
                "category": r.category,
                "points": r.points,
                "stock": r.stock,
                "valid_days": r.valid_days,
                "how_to_use": r.how_to_use,
            })
        })
        .collect();
    Ok(obj(json!({ "rewards": list })))
}

struct Account {
    balance: i64,
    expiring: i64,
    expires_on: String,
}

fn account(tx: &Transaction<'_>, user: &str) -> Result<Account, SbError> {
    let found = tx
        .prepare_cached(
            "SELECT balance, expiring_points, expires_on FROM sb_points_account WHERE user_id = ?1",
        )?
        .query_row(params![user], |r| {
            Ok(Account {
                balance: r.get(0)?,
                expiring: r.get(1)?,
                expires_on: r.get(2)?,
            })
        })
        .optional()?;
    found.ok_or_else(|| {
        fail(
            "no_points_account",
            "the user has no reward points account yet; it opens with the first card purchase",
        )
        .into()
    })
}

/// Points expiring on `expires_on` that are still there (not past and not spent).
fn expiring_now(a: &Account, today: NaiveDate) -> i64 {
    let future = NaiveDate::parse_from_str(&a.expires_on, "%Y-%m-%d").is_ok_and(|d| d >= today);
    if future { a.expiring.min(a.balance) } else { 0 }
}

pub(crate) fn query_points(
    tx: &Transaction<'_>,
    _args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let a = account(tx, ctx.user)?;
    let mut stmt = tx.prepare_cached(
        "SELECT kind, points, description, at FROM sb_points_ledger WHERE user_id = ?1
         ORDER BY at DESC, rowid DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![ctx.user, HISTORY_SHOWN as i64], |r| {
        Ok(json!({
            "kind": r.get::<_, String>(0)?,
            "points": r.get::<_, i64>(1)?,
            "description": r.get::<_, String>(2)?,
            "at": r.get::<_, String>(3)?,
        }))
    })?;
    let recent = rows.collect::<crate::db::Result<Vec<Value>>>()?;
    let expiring = expiring_now(&a, ctx.now.date_naive());
    let mut out = json!({
        "balance": a.balance,
        "expiring_soon": expiring,
        "recent": recent,
    });
    if expiring > 0 {
        out["expires_on"] = json!(a.expires_on);
    }
    Ok(obj(out))
}

pub(crate) fn redeem_reward(
    tx: &Transaction<'_>,
    args: &Args<'_>,
    ctx: &Ctx<'_>,
) -> Result<Object, SbError> {
    let id = args.choice_req("reward_id", REWARD_IDS)?;
    let r = reward(id).ok_or_else(|| {
        fail(
            "reward_not_found",
            "there is no such reward; see points__list_rewards",
        )
    })?;
    let quantity = match args.0.get("quantity") {
        None | Some(Value::Null) => 1,
        Some(_) => args.int_req("quantity")?,
    };
    if !(1..=MAX_QUANTITY).contains(&quantity) {
        return Err(fail(
            "invalid_quantity",
            format!("`quantity` must be between 1 and {MAX_QUANTITY}"),
        )
        .into());
    }
    let redeemed: i64 = tx
        .prepare_cached(
            "SELECT COALESCE(SUM(quantity), 0) FROM sb_points_redemption WHERE reward_id = ?1",
        )?
        .query_row(params![r.id], |row| row.get(0))?;
    let left = (r.stock - redeemed).max(0);
    if left < quantity {
        let msg = if left == 0 {
            format!(
                "{} is out of stock; choose another reward from points__list_rewards",
                r.name
            )
        } else {
            format!("only {left} of {} are left; redeem at most {left}", r.name)
        };
        return Err(fail("out_of_stock", msg).into());
    }
    let a = account(tx, ctx.user)?;
    let cost = r.points * quantity;
    if a.balance < cost {
        return Err(fail(
            "insufficient_points",
            format!(
                "{quantity} × {} needs {cost} points but the balance is {}; {} more points are needed",
                r.name,
                a.balance,
                cost - a.balance
            ),
        )
        .into());
    }
    let today = ctx.now.date_naive();
    let expiring_left = (expiring_now(&a, today) - cost).max(0);
    let balance = a.balance - cost;
    tx.prepare_cached(
        "UPDATE sb_points_account SET balance = ?2, expiring_points = ?3, updated_at = ?4 WHERE user_id = ?1",
    )?
    .execute(params![ctx.user, balance, expiring_left, ctx.now_rfc3339()])?;
    let code = format!(
        "RD{}",
        &uuid::Uuid::new_v4().simple().to_string()[..10].to_uppercase()
    );
    let valid_until = (today + Duration::days(r.valid_days))
        .format("%Y-%m-%d")
        .to_string();
    tx.prepare_cached(
        "INSERT INTO sb_points_redemption (redemption_code, user_id, reward_id, quantity, points, redeemed_at, valid_until)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![code, ctx.user, r.id, quantity, cost, ctx.now_rfc3339(), valid_until])?;
    tx.prepare_cached(
        "INSERT INTO sb_points_ledger (user_id, kind, points, description, at) VALUES (?1, 'spend', ?2, ?3, ?4)",
    )?
    .execute(params![ctx.user, -cost, format!("兑换 Redeemed: {} × {quantity}", r.name), ctx.now_rfc3339()])?;
    Ok(obj(json!({
        "redemption_code": code,
        "reward_id": r.id,
        "name": r.name,
        "quantity": quantity,
        "points_spent": cost,
        "balance_after": balance,
        "valid_until": valid_until,
        "how_to_use": r.how_to_use,
        "status": "redeemed",
    })))
}

/// What a user earned and spent before (newest first): (days back, points, description).
const HISTORY: &[(&str, i64, i64)] = &[
    ("信用卡消费 Credit card spending", 3, 600),
    ("生活缴费奖励 Utility bill payment bonus", 9, 120),
    ("信用卡消费 Credit card spending", 24, 900),
    (
        "兑换 Redeemed: 10元话费充值券 10-yuan mobile top-up voucher × 1",
        31,
        0,
    ),
    ("信用卡消费 Credit card spending", 45, 1_500),
];

fn seed(tx: &Transaction<'_>, user: &str, now: DateTime<Local>) -> crate::db::Result<()> {
    let balance = 3_000 + (number(user, "points balance") % 27_000) as i64;
    let expiring = (200 + (number(user, "points expiring") % 1_800) as i64).min(balance);
    let today = now.date_naive();
    let (y, m) = month_add(today.year(), today.month(), 1);
    let expires_on = last_day(y, m).format("%Y-%m-%d").to_string();
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO sb_points_account (user_id, balance, expiring_points, expires_on, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![user, balance, expiring, expires_on, rfc3339(now)],
    )?;
    if inserted == 0 {
        return Ok(());
    }
    let mut entry = tx.prepare_cached(
        "INSERT INTO sb_points_ledger (user_id, kind, points, description, at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    // Oldest first, so that rowids follow time.
    for (k, (description, days, cap)) in HISTORY.iter().enumerate().rev() {
        let (kind, points) = if *cap == 0 {
            ("spend", -1_000)
        } else {
            (
                "earn",
                50 + (number(user, &format!("points earned {k}")) % *cap as u64) as i64,
            )
        };
        let at = now
            - Duration::days(*days)
            - Duration::minutes((number(user, "points minutes") % 500) as i64);
        entry.execute(params![user, kind, points, description, rfc3339(at)])?;
    }
    Ok(())
}

pub(crate) const PROGRAM: Program = Program {
    app_id: "mp.bank.points",
    manifest: include_str!("../../tool-schemas/points.json"),
    schema: "
CREATE TABLE IF NOT EXISTS sb_points_account (
    user_id         TEXT PRIMARY KEY,
    balance         INTEGER NOT NULL,
    expiring_points INTEGER NOT NULL,
    expires_on      TEXT NOT NULL,    -- YYYY-MM-DD
    updated_at      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sb_points_ledger (
    user_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,        -- earn | spend
    points      INTEGER NOT NULL,     -- negative when spent
    description TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_points_ledger_user ON sb_points_ledger (user_id, at);
CREATE TABLE IF NOT EXISTS sb_points_redemption (
    redemption_code TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL,
    reward_id       TEXT NOT NULL,
    quantity        INTEGER NOT NULL,
    points          INTEGER NOT NULL,
    redeemed_at     TEXT NOT NULL,
    valid_until     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sb_points_redemption_reward ON sb_points_redemption (reward_id);
",
    routes: &[
        Route {
            action: "points.query_points",
            params: &[],
            kind: Kind::Read(query_points),
        },
        Route {
            action: "points.list_rewards",
            params: &["category"],
            kind: Kind::Pure(list_rewards),
        },
        Route {
            action: "points.redeem_reward",
            params: &["reward_id", "quantity"],
            kind: Kind::Write(redeem_reward),
        },
    ],
    seed: Some(seed),
    profile: None,
};

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::sandbox::tests::{failure, ok, sandbox};

    #[test]
    fn balances_are_deterministic_with_history() {
        let sb = sandbox();
        let a = ok(&sb, "demo", "points.query_points", json!({}));
        let b = ok(&sandbox(), "demo", "points.query_points", json!({}));
        assert_eq!(a["balance"], b["balance"]);
        let balance = a["balance"].as_i64().unwrap();
        assert!((3_000..30_000).contains(&balance));
        let expiring = a["expiring_soon"].as_i64().unwrap();
        assert!(expiring > 0 && expiring <= balance);
        assert!(a["expires_on"].is_string());
        let recent = a["recent"].as_array().unwrap();
        assert_eq!(recent.len(), HISTORY.len());
        assert_eq!(recent[0]["kind"], "earn");
        assert!(
            recent[0]["at"].as_str() > recent[1]["at"].as_str(),
            "newest first"
        );
        assert!(
            recent
                .iter()
                .any(|e| e["kind"] == "spend" && e["points"] == -1_000)
        );
    }

    #[test]
    fn redeeming_spends_points_and_stock() {
        let sb = sandbox();
        let before = ok(&sb, "alice", "points.query_points", json!({}));
        let balance = before["balance"].as_i64().unwrap();
        let expiring = before["expiring_soon"].as_i64().unwrap();
        let r = ok(
            &sb,
            "alice",
            "points.redeem_reward",
            json!({"reward_id": "R001", "quantity": 2}),
        );
        assert_eq!(r["points_spent"], 2_000);
        assert_eq!(r["balance_after"], balance - 2_000);
        assert!(r["redemption_code"].as_str().unwrap().starts_with("RD"));
        let after = ok(&sb, "alice", "points.query_points", json!({}));
        assert_eq!(after["balance"], balance - 2_000);
        assert_eq!(
            after["expiring_soon"],
            (expiring - 2_000).max(0),
            "expiring points go first"
        );
        assert_eq!(after["recent"][0]["points"], -2_000);

        let f = failure(
            &sb,
            "alice",
            "points.redeem_reward",
            json!({"reward_id": "R007"}),
        );
        assert_eq!(f.code, "insufficient_points");
        assert!(f.message.contains("120000"), "{}", f.message);
        assert_eq!(
            failure(
                &sb,
                "alice",
                "points.redeem_reward",
                json!({"reward_id": "R006"})
            )
            .code,
            "out_of_stock"
        );
        assert_eq!(
            failure(
                &sb,
                "alice",
                "points.redeem_reward",
                json!({"reward_id": "R001", "quantity": 6})
            )
            .code,
            "invalid_quantity"
        );
        assert_eq!(
            failure(
                &sb,
                "alice",
                "points.redeem_reward",
                json!({"reward_id": "R001", "quantity": "2"})
            )
            .code,
            "invalid_argument"
        );
        assert_eq!(
            failure(
                &sb,
                "alice",
                "points.redeem_reward",
                json!({"reward_id": "R999"})
            )
            .code,
            "invalid_argument"
        );
        // Nothing changed by the failures.
        assert_eq!(
            ok(&sb, "alice", "points.query_points", json!({}))["balance"],
            balance - 2_000
        );
    }

    #[test]
    fn rewards_are_public_and_filterable() {
        let sb = sandbox();
        let all = ok(&sb, "", "points.list_rewards", json!({}));
        assert_eq!(all["rewards"].as_array().unwrap().len(), REWARDS.len());
        let food = ok(&sb, "", "points.list_rewards", json!({"category": "food"}));
        assert_eq!(food["rewards"].as_array().unwrap().len(), 1);
    }
}
