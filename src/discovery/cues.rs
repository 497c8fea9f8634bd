//! What a request's details say about the action it wants. A request that names an
//! amount (转5000给我妈, top up 100) asks for an action that takes one, not for its
//! sibling that shows or sets something; a request that names a day to come (本周六,
//! next Tuesday) asks for one that takes a date, and a time of day (上午, 3pm) for one
//! that takes a time slot (book, not find). Read
//! from the action's declared parameter names and the request's own text: general
//! shapes of amounts and days, not words of particular requests.
//!
//! Used only between siblings ([`super::index`]): a detail never lifts an action of
//! another program.

use std::sync::LazyLock;

use regex::Regex;

/// The request names an amount of money.
pub const AMOUNT: u8 = 1;
/// The request names a day to come.
pub const WHEN: u8 = 2;
/// The request names a time of day (上午, 3点, 3pm): a slot to book.
pub const SLOT: u8 = 4;

/// The details a request carries, as a bit set of [`AMOUNT`], [`WHEN`] and [`SLOT`].
pub fn of_request(raw: &str) -> u8 {
    let lower = raw.to_lowercase();
    let mut cues = 0;
    if AMOUNT_RE.is_match(&lower) {
        cues |= AMOUNT;
    }
    // 周五之前 is a deadline to come, not a time gone by.
    let past = PAST_RE.is_match(&DEADLINE_RE.replace_all(&lower, ""));
    if !past {
        if WHEN_RE.is_match(&lower) {
            cues |= WHEN;
        }
        if SLOT_RE.is_match(&lower) {
            cues |= SLOT;
        }
    }
    cues
}

/// The details an action takes, from its parameter names: an amount to pay or move now
/// (`amount`; not the `topup_amount` or `monthly_amount` of a standing setting), a date
/// to come (`date`, `pickup_date`, `new_date`; not the `start_date`/`end_date` of a
/// range to look through), a time of day (`time_slot`, `pickup_time`).
pub fn of_action<'a>(params: impl IntoIterator<Item = &'a String>) -> u8 {
    let mut cues = 0;
    for p in params {
        let p = p.as_str();
        if p == "amount" {
            cues |= AMOUNT;
        }
        let range = matches!(p, "start_date" | "end_date" | "from_date" | "to_date");
        if p == "date" || (p.ends_with("_date") && !range) {
            cues |= WHEN;
        }
        if matches!(p, "time" | "slot" | "slot_id" | "time_slot")
            || p.ends_with("_time")
            || p.ends_with("_slot")
            || p.ends_with("_slot_id")
        {
            cues |= SLOT;
        }
    }
    cues
}

/// A number with a unit of money, or a currency sign before it.
static AMOUNT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"[0-9][0-9,.]*\s*(?:万|千|百)?\s*(?:块|元|rmb|yuan|美元|美金|刀|港币|港元|日元|欧元|英镑)",
        // 一块 alone is also "together" (一块去): one of it needs 钱 or 元.
        r"|[一二两三四五六七八九十百千万]+(?:元|块钱|美元|美金|港币|日元|欧元|英镑)",
        r"|[一二两三四五六七八九十百千万]{2,}块|[两三四五六七八九十]块",
        r"|[0-9][0-9,.]*\s*(?:万|w|k)(?:[^a-z0-9]|$)",
        r"|[¥￥$€£]\s*[0-9]",
        r"|\b[0-9][0-9,.]*\s*(?:dollars?|bucks|usd|cny|hkd|eur|gbp|jpy|yen)\b",
    ))
    .expect("amount pattern")
});

/// A day to come: tomorrow, next week, a weekday, a date.
static WHEN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"明天|明儿|后天|下周|下星期|下礼拜|下个?月[0-9一二三四五六七八九十]|",
        r"(?:周|星期|礼拜)[一二三四五六日天末]|",
        r"[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+[日号]|",
        r"[0-9一二三四五六七八九十]+号|",
        r"\b(?:tomorrow|tonight|weekend|next week|",
        r"(?:on|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    ))
    .expect("day pattern")
});

/// A time of day: a part of the day or an hour.
static SLOT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Not 一点 ("a bit": 快一点, 便宜一点).
        r"上午|下午|晚上|中午|早上|傍晚|[0-9]+点|[两三四五六七八九十][一二]?点|",
        r"\b(?:morning|afternoon|evening|tonight|noon|[0-9]{1,2}(?::[0-9]{2})?\s?(?:am|pm)|o'clock)\b",
    ))
    .expect("time pattern")
});

/// A day to come with 之前/以前 after it: by when, not when it happened.
static DEADLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:明天|后天|下周[一二三四五六日天末]?|下个?月[0-9一二三四五六七八九十]*[日号]?|",
        r"(?:本|这)?(?:周|星期|礼拜)[一二三四五六日天末]|月底|月末|年底|",
        r"[0-9一二三四五六七八九十]+[日号])(?:之前|以前)",
    ))
    .expect("deadline pattern")
});

/// A time gone by: the day named is when something happened, not when to do it.
static PAST_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"昨天|前天|上周|上星期|上礼拜|上个?月|上次|刚才|之前|那天|",
        r"\b(?:yesterday|last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ago)\b",
    ))
    .expect("past pattern")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_money_with_a_unit_or_a_sign() {
        for q in [
            "转5000元给我妈",
            "充100块话费",
            "借5万",
            "top up 100 dollars",
            "send $200",
            "两千块",
            "一百块",
        ] {
            assert_eq!(of_request(q) & AMOUNT, AMOUNT, "{q}");
        }
        for q in [
            "分12期",
            "今年12月的六级",
            "查一下余额",
            "5-year LPR",
            "iPhone 15",
            "我们一块去",
            "快一点",
        ] {
            assert_eq!(of_request(q) & AMOUNT, 0, "{q}");
        }
    }

    #[test]
    fn a_day_to_come_is_a_when_and_a_day_gone_by_is_not() {
        for q in [
            "预约本周六上午验车",
            "明天下午去网点",
            "book it for next Tuesday",
            "3月5号",
            "周五之前帮我约一下",
        ] {
            assert_eq!(of_request(q) & WHEN, WHEN, "{q}");
        }
        for q in ["预约本周六上午验车", "下午3点", "at 10am", "周五晚上"] {
            assert_eq!(of_request(q) & SLOT, SLOT, "{q}");
        }
        for q in [
            "上周六转的钱到了没",
            "昨天下午3点的那笔",
            "what did I spend last week",
            "查余额",
            "之前周五约的那个",
        ] {
            assert_eq!(of_request(q) & WHEN, 0, "{q}");
        }
    }

    #[test]
    fn ranges_to_look_through_are_not_days_to_book() {
        let p = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(of_action(&p(&["start_date", "end_date", "card"])), 0);
        assert_eq!(
            of_action(&p(&["station", "date", "time_slot"])),
            WHEN | SLOT
        );
        assert_eq!(of_action(&p(&["location", "date"])), WHEN);
        assert_eq!(of_action(&p(&["amount", "payee"])), AMOUNT);
        assert_eq!(of_action(&p(&["threshold", "topup_amount"])), 0);
    }
}
