//! What people call the things an action does. An action's name says what it does in a
//! handful of English verbs (`pay_bill`, `cancel_booking`, `check_limit`); requests say it
//! in everyday Chinese and English (交, 缴, 付; 停掉, 别再扣, 关了; 瞅瞅, 还剩多少). This
//! table maps the name's verbs to those everyday words, so that a request reaches the
//! sibling that does what it asks (pay rather than query, book rather than find).
//!
//! General vocabulary of the domain, one line per kind of action, written from how
//! people talk about banking and life services — not from particular requests. The
//! catalogue's own titles add more per registry ([`super::index`]'s learned lexicon).

use std::sync::LazyLock;

/// The class of lookups (`query`, `check`, ...) in [`CLASSES`].
const LOOKUP: usize = 2;
/// The mask of an action name without a verb.
pub const NO_VERB: u32 = 1 << LOOKUP;

/// (verbs of action names, everyday words for them)
pub const CLASSES: &[(&[&str], &[&str])] = &[
    (
        &["pay", "repay", "settle"],
        &[
            "交", "缴", "付", "交费", "缴费", "付款", "支付", "还款", "还钱", "结清", "补上",
            "扣款", "pay", "repay", "settle",
            // Handing the money over (交钱, 付钱, 把账结了): paying.
            "交钱", "缴钱", "付钱", "掏钱", "结账", "买单",
            // The formal verbs of bills and fees (缴纳学费, 交纳物业费).
            "缴纳", "交纳", "缴清", "交清",
        ],
    ),
    (
        &["topup", "top", "recharge", "renew"],
        &[
            "充",
            "充值",
            // Another period of what one has (再续三个月, 续上).
            "续",
            "续上",
            "充钱",
            "续费",
            "top up",
            "recharge",
            "renew",
            "add money",
            // Run out (卡里没钱了, 余额不足): money is to be put in.
            "没钱了",
            "余额不足",
        ],
    ),
    (
        &[
            "query", "check", "view", "balance", "status", "detail", "details", "summary", "info",
            "track", "progress", "inquire",
        ],
        &[
            "查",
            "查询",
            "查看",
            "查一查",
            "看看",
            "瞅瞅",
            "多少",
            "还剩",
            "剩多少",
            "还有多少",
            // What is left on a card or an account is looked up (交通卡余额).
            "余额",
            "到哪",
            "进度",
            "怎么样",
            // "Has it happened yet?" asks for a status (到账了没, 发了没).
            "了没",
            "check",
            "show",
            "see",
            "how much",
            // Asking what something is (what's the LPR now): a lookup.
            "what's",
            "what is",
            "what are",
            "left",
            "status",
        ],
    ),
    (
        &[
            "list",
            "history",
            "records",
            "statement",
            "my",
            "holdings",
            "bookings",
            "appointments",
        ],
        &[
            "记录",
            "明细",
            "历史",
            "列表",
            "有哪些",
            "哪些",
            "list",
            "history",
            "records",
        ],
    ),
    (
        &["book", "reserve", "schedule", "request", "appointment"],
        &[
            "约",
            "预约",
            "订",
            "预订",
            "预定",
            "挂号",
            "叫",
            "安排",
            // Getting someone to come and do it is booking a service.
            "找人",
            "找个人",
            "请人",
            "叫人",
            "上门",
            "book",
            "reserve",
            "appointment",
            "arrange",
        ],
    ),
    (
        &[
            "cancel",
            "stop",
            "close",
            "terminate",
            "unbind",
            "disable",
            "pause",
            "freeze",
            "suspend",
            "lock",
            "unsubscribe",
            "delete",
            "remove",
            "deregister",
        ],
        &[
            "取消",
            "停",
            "停掉",
            "停了",
            "关",
            "关掉",
            "关闭",
            "退订",
            "解绑",
            "unbind",
            "解约",
            "不要",
            "别再",
            "不用",
            "注销",
            "撤销",
            "暂停",
            "冻结",
            "cancel",
            "stop",
            "turn off",
            "remove",
            "close",
            // 别 (别自动续费了), 不再, and deleting (删掉): not wanting it any more.
            "别",
            "删",
            "删掉",
            "删除",
            "delete",
            // Not going after all (约好了又不去了): the booking is to be cancelled.
            "不去了",
            "去不了",
            "不来了",
            "来不了",
            // Giving a thing back (保单退掉, 会员退了): ending it, as well as a refund.
            "退掉",
        ],
    ),
    (
        &[
            "change",
            "modify",
            "update",
            "reschedule",
            "edit",
            "switch",
            "replace",
        ],
        &[
            "改",
            "换",
            "修改",
            "更换",
            "变更",
            "改成",
            "调整",
            "change",
            "update",
            "switch",
            "move",
            // Moving a date: 换个时间, 往后挪, 推迟.
            "换个",
            "改个",
            "改到",
            "挪",
            "挪到",
            "往后挪",
            "推迟",
            "延后",
            "改期",
            "改签",
            "调到",
            "调成",
            "postpone",
            "push back",
        ],
    ),
    (
        &[
            "apply", "open", "enable", "activate", "register", "bind", "sign", "setup", "set",
            "add", "create",
        ],
        &[
            "申请", "办", "办理", "开", "开通", "开个", "绑定", "设置", "签约", "报名", "apply",
            "open", "set up", "turn on", "sign up",
        ],
    ),
    (
        &["buy", "purchase", "order", "subscribe", "invest"],
        &[
            "买",
            "购买",
            "下单",
            "认购",
            "申购",
            "订购",
            "buy",
            "purchase",
            "order",
            // Getting one (弄一份, 来一份) or snapping it up (抢购, 抢一下): buying.
            "抢",
            "抢购",
            "弄一份",
            "来一份",
            "整一份",
            "搞一份",
            "买一份",
            "入手",
        ],
    ),
    (
        &["sell", "redeem", "withdraw", "cash"],
        &[
            "卖", "卖掉", "赎回", "取出", "提取", "取", "sell", "redeem", "withdraw", "take out",
            // Money moved back out (转出活钱, 提现).
            "转出", "提现",
        ],
    ),
    (
        &["refund", "return"],
        &[
            "退",
            "退款",
            "退货",
            "退钱",
            "退回",
            "refund",
            "return",
            "money back",
        ],
    ),
    (
        &["transfer", "send", "remit", "give", "donate"],
        &[
            "转", "转账", "汇款", "打钱", "打到", "转给", "汇", "捐", "捐款", "transfer", "send",
            "remit", "wire", "give", "donate",
        ],
    ),
    (
        &["report", "dispute", "complain", "appeal", "urge", "claim"],
        &[
            "挂失",
            "举报",
            "投诉",
            "申诉",
            "丢了",
            "报案",
            "催",
            "理赔",
            "report",
            "dispute",
            "complain",
            "lost",
            // Hurrying something that is late (太慢了, 快点送) is chasing it up.
            "催一下",
            "催单",
            "快点",
            "太慢",
            "这么慢",
            "还没送到",
            "hurry",
            "chase",
            "speed up",
        ],
    ),
    (
        &[
            "estimate",
            "quote",
            "calculate",
            "trial",
            "compare",
            "rates",
            "rate",
            "price",
            "prices",
        ],
        &[
            "算",
            "算算",
            "计算",
            "估算",
            "试算",
            "大概",
            "多少钱",
            "划算",
            // Trying the sum before committing to it: how much could I get, what
            // would it cost, what is it worth.
            "估",
            "估一下",
            "估估",
            "测算",
            "预估",
            "能借多少",
            "可以借多少",
            "能贷多少",
            "可以贷多少",
            "能批多少",
            "值多少",
            "多少利息",
            "利息多少",
            "利率",
            "价格",
            "价目",
            "收费标准",
            "怎么收费",
            "费率",
            "报价",
            "estimate",
            "calculate",
            "quote",
            "how much",
            "rate",
            "rates",
            "price",
            "prices",
            "pricing",
            "worth",
        ],
    ),
    (
        &["find", "search", "nearby", "locate"],
        &[
            // 查 is how people say "search" as well as "look up" (查车次, 查附近网点).
            "找", "附近", "哪里", "哪儿", "哪能", "在哪", "查", "查询", "搜", "搜索", "find",
            "search", "nearby", "where",
        ],
    ),
    // Classes below are appended: the bit positions above are used by `UNDO`/`DEED`.
    (
        // 15: asking to be told later (提醒, 通知): a reminder or an alert, not the deed.
        &[
            "remind",
            "reminder",
            "reminders",
            "alert",
            "alerts",
            "notify",
            "subscribe",
        ],
        &[
            "提醒",
            "提醒我",
            "通知我",
            "叫我",
            "喊我",
            "说一声",
            "吱一声",
            "提个醒",
            "了告诉我",
            "时告诉我",
            "就告诉我",
            "时候告诉我",
            "给我发个消息",
            "给我发消息",
            "发消息给我",
            "remind",
            "reminder",
            "notify",
            "notification",
            "alert",
            "heads-up",
        ],
    ),
    (
        // 16: stopping for a while (冻结, 锁, 暂停), not for good.
        &["freeze", "lock", "pause", "suspend"],
        &[
            "冻结",
            "冻上",
            "冻住",
            "冻一下",
            "锁卡",
            "锁住",
            "锁上",
            "锁定",
            "锁一下",
            "暂停",
            "先停",
            "暂时停",
            "临时停",
            "停一段",
            "停用",
            "报停",
            "block",
            "freeze",
            "lock",
            "pause",
            "suspend",
        ],
    ),
    (
        // 17: undoing a freeze (解冻, 恢复).
        &["unfreeze", "resume", "reactivate", "unlock", "lift"],
        &[
            "解冻",
            "解除冻结",
            "解锁",
            "恢复",
            "解挂",
            "重新启用",
            "重新开始",
            "unfreeze",
            "unlock",
            "unblock",
            "resume",
            "reactivate",
            "restart",
        ],
    ),
    (
        // 18: paying off or taking out before the due date (提前还款, 提前支取).
        &["prepay", "early"],
        &[
            "提前还",
            "提前还款",
            "提前结清",
            "提前支取",
            "提前兑取",
            "提前取",
            "提前赎回",
            "一次性还",
            "一次还完",
            "一次还清",
            "全部还清",
            "还清",
            "早点还",
            "提早还",
            "prepay",
            "pay off",
            "early",
            "ahead of schedule",
        ],
    ),
    (
        // 19: a higher tier, speed or limit (升级, 提高, 提额): more of what one has.
        &["upgrade", "raise", "increase"],
        &[
            "升级",
            "升个级",
            "提高",
            "调高",
            "提额",
            "提速",
            "upgrade",
            "raise",
            "increase",
            "higher",
        ],
    ),
    (
        // 20: is it genuine (真伪, 是不是真的): a verification.
        &["verify"],
        &[
            // Not 验证 alone: 验证码 is a text code, not a check of a paper.
            "验真",
            "验证真伪",
            "真伪",
            "是不是真的",
            "真的假的",
            "核实",
            "verify",
            "genuine",
            "authentic",
        ],
    ),
    (
        // 21: handing papers in (上传, 补材料): an upload, not the application itself.
        &["upload"],
        &["上传", "传一下", "传上去", "补材料", "upload"],
    ),
];

/// The everyday words for what an action named `action` (e.g. `cancel_booking`) does.
pub fn words_for(action: &str) -> impl Iterator<Item = &'static str> + '_ {
    let tokens: Vec<&str> = action.split('_').collect();
    CLASSES
        .iter()
        .filter(move |(verbs, _)| verbs.iter().any(|v| tokens.contains(v)))
        .flat_map(|(_, words)| words.iter().copied())
}

/// Is `word` one of the everyday words for what actions do (交, 查, 瞅瞅, 了没)?
pub fn is_verb_word(word: &str) -> bool {
    static WORDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            CLASSES
                .iter()
                .flat_map(|(_, words)| words.iter().copied())
                .collect()
        });
    WORDS.contains(word)
}

/// How one everyday phrase of a class is found in a request.
enum Trigger {
    /// A Chinese verb, looked for as written (see [`query_mask`]).
    Chinese(String),
    /// English words as the index and queries analyse them; a phrase of several
    /// ("turn off") is asked for only when all are there.
    Words(Vec<String>),
    /// An English phrase that analysis would cut to a generic word or to nothing
    /// ("how much", "turn on" → turn): looked for as written, as whole words.
    Written(String),
}

/// English verbs whose stem is also a common noun's (a film's showing, the 9pm show):
/// looked for as written, as whole words.
const AS_WRITTEN: &[&str] = &["show"];

/// The everyday phrases of each class, ready to be looked for.
static CLASS_PHRASES: std::sync::LazyLock<Vec<Vec<Trigger>>> = std::sync::LazyLock::new(|| {
    CLASSES
        .iter()
        .map(|(_, words)| {
            words
                .iter()
                .map(|w| {
                    if w.chars().all(|c| c as u32 >= 0x3400) {
                        return Trigger::Chinese(w.to_string());
                    }
                    let words = super::text::analyze(w).words;
                    if words.len() < w.split_whitespace().count() || AS_WRITTEN.contains(w) {
                        Trigger::Written(w.to_lowercase())
                    } else {
                        Trigger::Words(words)
                    }
                })
                .collect()
        })
        .collect()
});

/// Classes that undo or redo what another did (cancel, change, refund, report): a
/// request or an action that has one of them is about it, not about the deed it undoes
/// (取消预订 is a cancellation, `reschedule_appointment` a change, `cancel_auto_renew`
/// a cancellation).
const UNDO: u32 = (1 << 5) | (1 << 6) | (1 << 10) | (1 << 12) | UNFREEZE;
/// The deeds they undo: pay, top up, book, apply, buy, transfer, being reminded, paying
/// early (关掉提醒 is a cancellation, 撤销提前还款 too).
const DEED: u32 =
    (1 << 0) | (1 << 1) | (1 << 4) | (1 << 7) | (1 << 8) | (1 << 11) | (1 << 15) | (1 << 18);
/// Stopping and freezing, which unfreezing undoes (解除冻结 asks to lift a freeze).
const STOPPING: u32 = (1 << 5) | (1 << 16);
const UNFREEZE: u32 = 1 << 17;

pub fn undo_first(mask: u32) -> u32 {
    let mask = if mask & UNFREEZE != 0 {
        mask & !STOPPING
    } else {
        mask
    };
    if mask & UNDO != 0 { mask & !DEED } else { mask }
}

/// The classes an action named `action` belongs to, as a bit set. A name without a
/// verb (`wallet_balance`, `current_bill`) names what it shows: a lookup.
pub fn action_mask(action: &str) -> u32 {
    let tokens: Vec<&str> = action.split('_').collect();
    let mask = CLASSES
        .iter()
        .enumerate()
        .filter(|(_, (verbs, _))| verbs.iter().any(|v| tokens.contains(v)))
        .fold(0, |m, (i, _)| m | (1 << i));
    if mask == 0 { NO_VERB } else { undo_first(mask) }
}

/// A two-character verb said with a word between its halves (报个名, 挂了号, 交过费:
/// Chinese splits such verbs around a measure word or an aspect marker).
fn separated(verb: &str, raw: &str) -> bool {
    let mut cs = verb.chars();
    let (Some(a), Some(b), None) = (cs.next(), cs.next(), cs.next()) else {
        return false;
    };
    let mut window = [None; 3];
    raw.chars().any(|c| {
        window = [window[1], window[2], Some(c)];
        window[0] == Some(a)
            && window[2] == Some(b)
            && matches!(window[1], Some('个' | '了' | '过' | '完' | '上'))
    })
}

/// The classes a request's words ask for, as a bit set. A Chinese verb right before
/// 的 describes the thing (订的酒店: the hotel that was booked), it is not what is asked.
pub fn query_mask(words: &[String], raw: &str) -> u32 {
    let lower = raw.to_lowercase();
    let asked = |trigger: &Trigger| match trigger {
        Trigger::Written(p) => lower.match_indices(p.as_str()).any(|(i, m)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + m.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphanumeric())
                && !after.is_some_and(|c| c.is_ascii_alphanumeric())
        }),
        // A Chinese verb: where it occurs and is not followed by 的. One of two or more
        // characters is found wherever it occurs (jieba sometimes cuts a colloquial
        // request across it: 这张卡解绑 → 张卡解 / 绑); a one-character verb where it
        // is a word of its own or carries an aspect (关了, 停掉, 查一下) or is doubled.
        Trigger::Chinese(w) => {
            let single = w.chars().count() == 1;
            separated(w, raw)
                || (!single || words.contains(w))
                    && raw
                        .match_indices(w.as_str())
                        .any(|(i, _)| !raw[i + w.len()..].starts_with('的'))
                || single
                    && raw.match_indices(w.as_str()).any(|(i, _)| {
                        let rest = &raw[i + w.len()..];
                        // ...or is doubled (催催, 查查, 看看: "just do it").
                        rest.starts_with(w.as_str())
                            || ["了", "掉", "过", "一下", "一"]
                                .iter()
                                .any(|a| rest.starts_with(a))
                            // ...or is asked for how, again or at once (咋关, 再续,
                            // 先停), which jieba keeps as one word with the verb.
                            || raw[..i]
                                .chars()
                                .next_back()
                                .is_some_and(|c| ASKING.contains(&c))
                                && !rest.starts_with('的')
                    })
        }
        Trigger::Words(phrase) => phrase.iter().all(|t| words.contains(t)),
    };
    let mask = CLASS_PHRASES
        .iter()
        .enumerate()
        .filter(|(_, phrases)| phrases.iter().any(asked))
        .fold(0, |m, (i, _)| m | (1 << i));
    let mask = undo_first(mask);
    // "Has it happened?" (交上没, 到账了没, did my transfer go through) asks about a
    // deed already done: its record or status, not doing it again.
    let mask = if mask & UNDO == 0 && asks_if_done(raw) {
        (mask & !DEED) | (1 << LOOKUP) | LIST
    } else {
        mask
    };
    if mask & UNDO == 0 && names_own_things(raw) {
        (mask & !(BOOK | BUY)) | LIST
    } else {
        mask
    }
}

/// Words right before a one-character verb that ask for it to be done: how (咋关),
/// again (再续), first or at once (先停, 快退).
const ASKING: &[char] = &['咋', '再', '先', '快', '赶'];
/// Does the request ask whether something was done (交上没, 钱到了没有, 扣了吗, 有没有
/// 到账, did it go through, has my salary come in)?
fn asks_if_done(raw: &str) -> bool {
    static DONE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(concat!(
            // ...not 丢了没法用, 卡上没钱: the question ends there.
            r"(?:了|[交缴付充存]上|过|到|完|好|成功|到账|出来)没有?(?:[呢啊呀吧啦?？。,，!！\s]|$)",
            r"|(?:了|成功|到账)吗",
            r"|有没有(?:交|缴|付|扣|转|到|还|充|发|退|成功)",
            // Paid before (交过的, 上次交了多少, 去年缴了几次): what was paid, not paying;
            // not 交过路费 / 缴过户费, where 过 starts the next word.
            r"|[交缴付]过(?:[^路户桥期]|$)|[交缴付]了(?:多少|几)",
            // (not 上个月没交的, still owed).
            r"|(?:上次|之前|以前|去年|上个月|上月)[^没未欠]{0,2}[交缴付]",
            // Booked already (约了哪天, 约的几点): the booking, not booking again.
            r"|约(?:了|的)(?:哪|几|什么)",
            r"|^(?:did|has|have|was|were)\b|\b(?:go|gone|went|come|came) through\b",
            r"|\b(?:arrived|come in|came in) yet\b|\bdid (?:i|we|my|the|it)\b",
        ))
        .expect("done pattern")
    });
    DONE.is_match(&raw.to_lowercase())
}

/// The classes of listing, booking and buying.
const LIST: u32 = 1 << 3;
const BOOK: u32 = 1 << 4;
const BUY: u32 = 1 << 8;

/// "My bookings", 我的年检预约: bookings or orders named as things one has ask for the
/// list of them, not to book or order (stemming makes "bookings" "book").
fn names_own_things(raw: &str) -> bool {
    const OWNED: &[&str] = &[
        "bookings",
        "appointments",
        "reservations",
        "orders",
        "tickets",
        "trips",
        "rentals",
        "consultations",
        "plans",
        "policies",
        "requests",
        "coupons",
        "parcels",
        "courses",
        "prizes",
    ];
    let lower = raw.to_lowercase();
    let en: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let english = en
        .iter()
        .enumerate()
        .any(|(i, w)| *w == "my" && en[i + 1..].iter().take(4).any(|n| OWNED.contains(n)));
    let zh = raw.trim_end_matches(['吗', '呢', '?', '？', '。', ' ']);
    let chinese = raw.contains("我的") && ["预约", "订单", "预订"].iter().any(|s| zh.ends_with(s));
    english || chinese
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(q: &str) -> u32 {
        let a = super::super::text::analyze(q);
        query_mask(&a.words, q)
    }

    /// An English trigger is matched by its analysed words; one that loses all but a
    /// generic word to the stop list ("can't make it" → make) would fire on any
    /// request with that word.
    #[test]
    fn english_triggers_keep_their_meaning_after_analysis() {
        for (_, triggers) in CLASSES {
            for t in triggers.iter().filter(|t| t.is_ascii()) {
                let words = super::super::text::analyze(t).words;
                let kept = t.split_whitespace().count();
                let phrase = CLASS_PHRASES
                    .iter()
                    .flatten()
                    .any(|p| matches!(p, Trigger::Written(w) if w == t));
                assert!(
                    phrase || (!words.is_empty() && words.len() >= kept),
                    "`{t}` analyses to {words:?}"
                );
            }
        }
    }

    #[test]
    fn not_going_after_all_cancels_the_booking() {
        const CANCEL: u32 = 1 << 5;
        assert_ne!(mask("约了明天去网点，去不了了") & CANCEL, 0);
        assert_ne!(mask("体检预约了但是周六不去了") & CANCEL, 0);
        assert_eq!(mask("make an appointment at the branch") & CANCEL, 0);
        assert_ne!(mask("这个会员退掉吧") & CANCEL, 0);
        // "turn on" is not any request with "turn" in it.
        let turn_on = mask("turn on card payments abroad");
        assert_eq!(mask("turn off card payments abroad") & turn_on & !CANCEL, 0);
        assert_ne!(mask("how much is left on my card") & NO_VERB, 0);
    }

    #[test]
    fn a_one_character_verb_asked_how_or_again_is_the_verb() {
        const PAY: u32 = 1;
        const TOPUP: u32 = 1 << 1;
        const CANCEL: u32 = 1 << 5;
        assert_ne!(mask("网易云每个月自动扣钱咋关啊") & CANCEL, 0);
        assert_ne!(mask("停车月卡下礼拜到期，再续三个月") & TOPUP, 0);
        assert_ne!(mask("缴纳幼儿园这学期的保教费") & PAY, 0);
        // Described, not asked: 再续的那张卡.
        assert_eq!(mask("再续的那张卡") & TOPUP, 0);
        // A film's showing is not "show me".
        assert_eq!(
            mask("Move my movie tickets to the 9pm showing") & NO_VERB,
            0
        );
        assert_ne!(mask("show my card balance") & NO_VERB, 0);
    }

    #[test]
    fn asking_whether_a_deed_was_done_asks_for_its_record() {
        for q in [
            "前天交的电费交上没",
            "转给我哥的钱到了没，帮我看看",
            "工资到账了吗",
            "did my transfer go through?",
        ] {
            assert!(asks_if_done(q), "{q}");
            assert_eq!(mask(q) & DEED, 0, "{q}: the deed is not asked for");
            assert_ne!(mask(q) & (1 << LOOKUP), 0, "{q}");
        }
    }

    #[test]
    fn a_deed_with_a_negation_nearby_is_still_the_deed() {
        for q in [
            "卡丢了没法用",
            "校园卡上没钱了，帮我充一下",
            "帮我把这个月水费交了",
            "上个月没交的燃气费帮我交了",
        ] {
            assert!(!asks_if_done(q), "{q}");
        }
        assert_ne!(mask("校园卡上没钱了，帮我充一下") & (1 << 1), 0);
        assert_ne!(mask("交通卡里没钱了") & (1 << 1), 0);
    }
}
