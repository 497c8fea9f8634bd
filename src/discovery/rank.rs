//! Personal ranking: what this user's own signals add to a text match, and the reason
//! given for it. Pure: the signals are read by the caller (the store) and passed in;
//! one user's signals never reach another user's ranking.
//!
//! Signals, each in [0, 1]:
//! - **defaults**: the action fills a parameter from a profile key this user has saved
//!   (someone with only a water account who says 交费 means water). Weighted by how
//!   specific the key is in this registry: the payment card, read by hundreds of
//!   actions, says little; a water account says a lot.
//! - **usage**: how often and how lately this user used the action (log of the count,
//!   halved every 30 days).
//! - **time**: bills due around the month's turn; transfers and investments around
//!   payday (the 10th to the 15th).
//!
//! A text match is multiplied by `1 + weighted signals`, so signals reorder plausible
//! matches but cannot lift an unrelated action over a good match.

use std::collections::HashMap;

use chrono::Datelike;

use crate::action::ActionSpec;
use crate::store::ToolUse;

/// Usage records of saved defaults are kept under `key:<profile key>`.
pub const KEY_USE: &str = "key:";

pub const W_DEFAULTS: f32 = 0.35;
pub const W_USAGE: f32 = 0.6;
pub const W_TIME: f32 = 0.08;

/// A user's signals for one ranking.
#[derive(Debug, Default, Clone)]
pub struct Signals {
    /// Profile keys the user has saved (never their values).
    pub keys: Vec<String>,
    pub usage: HashMap<String, ToolUse>,
    pub now_ms: i64,
    /// Day of the month and days in it (local time).
    pub day: u32,
    pub days_in_month: u32,
}

impl Signals {
    pub fn new(
        keys: Vec<String>,
        usage: Vec<ToolUse>,
        now: chrono::DateTime<chrono::Local>,
    ) -> Signals {
        let next = if now.month() == 12 {
            chrono::NaiveDate::from_ymd_opt(now.year() + 1, 1, 1)
        } else {
            chrono::NaiveDate::from_ymd_opt(now.year(), now.month() + 1, 1)
        };
        let days_in_month = next.and_then(|d| d.pred_opt()).map_or(30, |d| d.day());
        Signals {
            keys,
            usage: usage.into_iter().map(|u| (u.tool.clone(), u)).collect(),
            now_ms: now.timestamp_millis(),
            day: now.day(),
            days_in_month,
        }
    }

    fn month_turn(&self) -> bool {
        self.day + 4 >= self.days_in_month || self.day <= 3
    }

    fn payday(&self) -> bool {
        (10..=15).contains(&self.day)
    }
}

/// The profile keys an action reads: its bindings' templates expanded over the enum
/// values of their placeholders (`utility_account.{utility}` with utility in [water]
/// reads `utility_account.water`); a template that cannot be expanded stays a template.
pub fn action_keys(spec: &ActionSpec) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for b in &spec.bindings {
        let mut keys = crate::registry::expand(&b.key_template, spec);
        if keys.is_empty() {
            keys.push(b.key_template.clone());
        }
        for k in keys {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// How specific each profile key is in one registry: `ln(N / actions reading it) /
/// ln(N)`, in (0, 1].
#[derive(Debug, Default)]
pub struct KeyWeights(HashMap<String, f32>);

impl KeyWeights {
    pub fn of<'a>(keys: impl Iterator<Item = &'a Vec<String>>) -> KeyWeights {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut n = 0usize;
        for ks in keys {
            n += 1;
            for k in ks {
                *df.entry(k.clone()).or_default() += 1;
            }
        }
        let ln_n = (n.max(2) as f32).ln();
        KeyWeights(
            df.into_iter()
                .map(|(k, d)| (k, ((n.max(2) as f32) / d as f32).ln().max(0.05) / ln_n))
                .collect(),
        )
    }

    fn get(&self, key: &str) -> f32 {
        self.0.get(key).copied().unwrap_or(0.0)
    }
}

/// Does a saved key fill a key template (`utility_account.{utility}` is filled by
/// `utility_account.water`)?
pub fn key_fills(template: &str, key: &str) -> bool {
    let mut rest = key;
    let mut parts = template.split('{').peekable();
    let Some(first) = parts.next() else {
        return false;
    };
    let Some(r) = rest.strip_prefix(first) else {
        return false;
    };
    rest = r;
    for part in parts {
        // `name}literal`: a placeholder value (a slug), then the literal.
        let Some((_, literal)) = part.split_once('}') else {
            return false;
        };
        let value_len = if literal.is_empty() {
            rest.len()
        } else {
            match rest.find(literal) {
                Some(i) => i,
                None => return false,
            }
        };
        if value_len == 0 || !crate::action::is_slug(&rest[..value_len]) {
            return false;
        }
        rest = &rest[value_len + literal.len()..];
    }
    rest.is_empty()
}

/// What the user's signals say about one action.
#[derive(Debug, Default, Clone)]
pub struct Personal {
    /// Weighted sum of the signals.
    pub boost: f32,
    /// The most specific saved key the action uses, with its weight.
    pub key: Option<(String, f32)>,
    pub uses: Option<(u32, i64)>,
    /// The saved account it reads that the user uses most, and how often.
    pub key_uses: Option<(String, u32)>,
    pub time: Option<&'static str>,
}

/// `keys`: the action's [`action_keys`].
pub fn personal(spec: &ActionSpec, keys: &[String], s: &Signals, weights: &KeyWeights) -> Personal {
    let mut p = Personal::default();
    for template in keys {
        let w = weights.get(template);
        if let Some(k) = s.keys.iter().find(|k| key_fills(template, k))
            && p.key.as_ref().is_none_or(|(_, best)| w > *best)
        {
            p.key = Some((k.clone(), w));
        }
    }
    let mut boost = p.key.as_ref().map_or(0.0, |(_, w)| W_DEFAULTS * w);
    let usage = |u: &ToolUse| {
        let age_days = ((s.now_ms - u.last_used_ms).max(0) as f32) / 86_400_000.0;
        let freq = ((1.0 + u.uses as f32).ln() / 11f32.ln()).min(1.0);
        freq * 0.5f32.powf(age_days / 30.0)
    };
    if let Some(u) = s.usage.get(&spec.tool) {
        boost += W_USAGE * usage(u);
        p.uses = Some((u.uses, u.last_used_ms));
    }
    // The saved accounts this action reads, by how much the user uses them (half weight:
    // the account, not this very action).
    let mut best: Option<(&ToolUse, f32)> = None;
    for template in keys {
        for (name, u) in &s.usage {
            if let Some(key) = name.strip_prefix(KEY_USE)
                && key_fills(template, key)
            {
                let v = usage(u) * weights.get(template);
                if best.is_none_or(|(_, bv)| v > bv) {
                    best = Some((u, v));
                }
            }
        }
    }
    if let Some((u, v)) = best {
        boost += W_USAGE * 0.5 * v;
        p.key_uses = Some((u.tool[KEY_USE.len()..].to_string(), u.uses));
    }
    if spec.moves_money {
        let bill = spec.payment.as_ref().is_some_and(|d| d.quote.is_some());
        if bill && s.month_turn() {
            p.time = Some("bills fall due around the turn of the month");
        } else if !bill && s.payday() {
            p.time = Some("it is payday time");
        }
        if p.time.is_some() {
            boost += W_TIME;
        }
    }
    p.boost = boost;
    p
}

/// The personal part of `why`, if any.
pub fn reason(p: &Personal, now_ms: i64) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((uses, last)) = p.uses {
        let days = (now_ms - last).max(0) / 86_400_000;
        let when = match days {
            0 => "today".to_string(),
            1 => "yesterday".to_string(),
            d => format!("{d} days ago"),
        };
        let times = if uses == 1 {
            "once".to_string()
        } else {
            format!("{uses} times")
        };
        out.push(format!("you used it {times}, last {when}"));
    }
    match (&p.key_uses, &p.key) {
        (Some((key, n)), _) => out.push(format!(
            "it uses your {key}, which you used {}",
            if *n == 1 {
                "once".to_string()
            } else {
                format!("{n} times")
            }
        )),
        (None, Some((key, w))) if *w >= 0.3 => out.push(format!("it uses your saved {key}")),
        _ => {}
    }
    if let Some(t) = p.time {
        out.push(t.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_keys_fill_templates() {
        assert!(key_fills(
            "utility_account.{utility}",
            "utility_account.water"
        ));
        assert!(key_fills("payment.card", "payment.card"));
        assert!(!key_fills("payment.card", "payment.card2"));
        assert!(!key_fills("utility_account.{utility}", "utility_account."));
        assert!(!key_fills("utility_account.{utility}", "loan.car"));
        assert!(key_fills("a.{x}.b", "a.gas.b"));
        assert!(!key_fills("a.{x}.b", "a.gas.c"));
    }
}
