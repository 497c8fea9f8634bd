//! Text analysis for discovery: one function turns Chinese, English or mixed text into
//! the token streams the index keeps, so that documents and queries are analysed alike.
//!
//! - `words`: Chinese words (jieba, search mode) and English stems (Snowball) — what a
//!   request *says*.
//! - `grams`: Chinese character bigrams (and single characters of one-character runs) —
//!   robust where jieba segments a colloquial request differently from a description.
//! - `sounds`: toneless pinyin of each character bigram, every reading of a polyphonic
//!   character included — so that a pinyin-IME slip (交点费 for 交电费, 换款 for 还款)
//!   still meets the right words.
//!
//! Pure and deterministic; no rules for particular requests.

use std::sync::LazyLock;

use jieba_rs::Jieba;
use pinyin::ToPinyinMulti;
use rust_stemmers::{Algorithm, Stemmer};

/// jieba's dictionary cut to its 80,000 commonest words (`scripts/trim-jieba-dict.sh`,
/// MIT like jieba): the whole one (349,000 words) held ~30 MiB in every server process,
/// the cut one ~5 MiB, and ranking is the same (a dropped word still matches by its
/// character bigrams). Compiled in, loaded once on first use (the index is built off the
/// start-up path). The domain's words ([`super::lexicon::domain_words`]) are added to it.
static DICT: &str = include_str!("data/jieba-words.txt");

static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    let mut j = Jieba::with_dict(&mut DICT.as_bytes()).expect("the compiled-in dictionary parses");
    if !cfg!(test) || std::env::var_os("DISCOVERY_NO_DICT").is_none() {
        for w in super::lexicon::domain_words() {
            j.add_word(w, None, None);
        }
    }
    j
});
static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The token streams of one text.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Analyzed {
    pub words: Vec<String>,
    pub grams: Vec<String>,
    pub sounds: Vec<String>,
    /// Single Chinese characters: what still meets when a request says a word shorter
    /// or longer than the catalogue's (修 / 维修, 搬到 / 搬家, 提一提 / 提额).
    pub chars: Vec<String>,
}

impl Analyzed {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.grams.is_empty()
            && self.sounds.is_empty()
            && self.chars.is_empty()
    }
}

/// Function words that carry no intent in either language (requests are full of them:
/// 帮我…一下吧, "can you please…"). Kept short on purpose: a content word wrongly listed
/// here could never be found.
const ZH_STOP: &[&str] = &[
    "的",
    "了",
    "吗",
    "吧",
    "呢",
    "啊",
    "呀",
    "哦",
    "嗯",
    "哎",
    "呗",
    "啦",
    "么",
    "我",
    "你",
    "他",
    "她",
    "它",
    "我们",
    "你们",
    "他们",
    "我的",
    "把",
    "给",
    "帮",
    "帮我",
    "一下",
    "一个",
    "这个",
    "那个",
    "这",
    "那",
    "请",
    "麻烦",
    "想",
    "要",
    "能",
    "能不能",
    "可以",
    "是",
    "在",
    "有",
    "和",
    "就",
    "都",
    "也",
    "还是",
    "得",
    "着",
    "过",
    "去",
    "来",
    "个",
    "下",
    "让",
    "被",
    "跟",
];

const EN_STOP: &[&str] = &[
    "a", "an", "the", "i", "me", "my", "mine", "we", "our", "you", "your", "it", "its", "is", "am",
    "are", "was", "were", "be", "been", "do", "does", "did", "to", "of", "in", "on", "at", "for",
    "and", "or", "so", "if", "that", "this", "these", "those", "with", "from", "by", "as",
    "please", "can", "could", "would", "will", "want", "need", "like", "just", "some", "any",
    "have", "has", "had", "get", "what", "how", "when", "where", "which", "who", "there", "here",
    "up", "out", "about", "into", "than", "then", "them", "they", "he", "she", "his", "her", "let",
    "us", "i'd", "i'm", "it's", "don't", "yes", "too", "also", "very", "much", "many", "right",
    "now", "all", "one", "same", "s", "t", "ll", "ve", "re", "d", "m",
];

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Full-width ASCII to half-width, then lowercase.
fn normalize(c: char) -> char {
    let c = match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        // The old variant of 账 (转帐, 帐单, 对帐): same word, and catalogues write 账.
        '帐' => '账',
        _ => c,
    };
    c.to_ascii_lowercase()
}

enum Run {
    Cjk(String),
    Latin(String),
}

/// Splits text into runs of Chinese characters and runs of ASCII letters and digits;
/// everything else separates.
fn runs(text: &str) -> Vec<Run> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_cjk = false;
    let flush = |cur: &mut String, cjk: bool, out: &mut Vec<Run>| {
        if !cur.is_empty() {
            let s = std::mem::take(cur);
            out.push(if cjk { Run::Cjk(s) } else { Run::Latin(s) });
        }
    };
    for c in text.chars().map(normalize) {
        if is_cjk(c) {
            if !cur_cjk {
                flush(&mut cur, false, &mut out);
                cur_cjk = true;
            }
            cur.push(c);
        } else if c.is_ascii_alphanumeric() || (c == '\'' && !cur_cjk && !cur.is_empty()) {
            if cur_cjk {
                flush(&mut cur, true, &mut out);
                cur_cjk = false;
            }
            cur.push(c);
        } else {
            flush(&mut cur, cur_cjk, &mut out);
        }
    }
    flush(&mut cur, cur_cjk, &mut out);
    out
}

/// Toneless readings of a character (several for polyphonic ones, deduplicated).
fn readings(c: char) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    if let Some(multi) = c.to_pinyin_multi() {
        for p in multi {
            let s = p.plain();
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// The toneless pinyin of a character bigram, every reading combination (at most 3 x 3).
pub fn sounds_of(gram: &str) -> Vec<String> {
    let mut chars = gram.chars();
    let (Some(c0), Some(c1)) = (chars.next(), chars.next()) else {
        return Vec::new();
    };
    let (r0, r1) = (readings(c0), readings(c1));
    let mut out = Vec::new();
    for x in r0.iter().take(3) {
        for y in r1.iter().take(3) {
            out.push(format!("{x}{y}"));
        }
    }
    out
}

/// Splits an identifier or an English phrase into words: `report_lost` → report, lost.
fn latin_words(run: &str, out: &mut Vec<String>) {
    for w in run.split(['_', '\'']) {
        if w.is_empty() || EN_STOP.contains(&w) {
            continue;
        }
        if w.bytes().all(|b| b.is_ascii_digit()) {
            out.push(w.to_string());
        } else {
            out.push(STEMMER.stem(w).into_owned());
        }
    }
}

/// Analyses `text` into the four token streams.
pub fn analyze(text: &str) -> Analyzed {
    let mut a = Analyzed::default();
    for run in runs(text) {
        match run {
            Run::Latin(s) => {
                latin_words(&s, &mut a.words);
            }
            Run::Cjk(s) => {
                for t in JIEBA.cut_for_search(&s, true) {
                    if !ZH_STOP.contains(&t.word) {
                        a.words.push(t.word.to_string());
                        // A verb with an aspect particle (交了, 停掉, 查过) also counts
                        // as the verb itself: Chinese "stemming".
                        if let Some(stem) = t.word.strip_suffix(['了', '掉', '过', '着'])
                            && !stem.is_empty()
                            && !ZH_STOP.contains(&stem)
                        {
                            a.words.push(stem.to_string());
                        }
                    }
                }
                let chars: Vec<char> = s.chars().collect();
                let mut buf = [0u8; 4];
                for c in &chars {
                    let c: &str = c.encode_utf8(&mut buf);
                    if !ZH_STOP.contains(&c) {
                        a.chars.push(c.to_string());
                    }
                }
                if chars.len() == 1 {
                    if !ZH_STOP.contains(&s.as_str()) {
                        a.grams.push(s.clone());
                    }
                    continue;
                }
                for pair in chars.windows(2) {
                    let gram: String = pair.iter().collect();
                    a.sounds.extend(sounds_of(&gram));
                    a.grams.push(gram);
                }
            }
        }
    }
    a
}

/// Verb-object words that colloquial Chinese splits (离合词): 刷一下脸, 挂个号, 洗个澡,
/// 交了费. Besides the domain's words ([`super::lexicon::domain_words`]).
const SEPARABLE: &[&str] = &[
    "刷脸", "洗澡", "挂号", "理发", "充电", "加油", "报名", "请假", "付款", "还款", "取款", "存款",
    "缴费", "交费", "办卡", "开户", "销户", "转账", "取号", "看病", "体检", "洗牙", "补牙", "拔牙",
    "打针", "结婚", "离婚", "退房", "订票", "退票", "改签", "搬家", "停车", "打车", "叫车", "买票",
    "充值", "点餐", "订餐", "寄件", "退款", "报修", "开票",
];

static SEPARABLE_WORDS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    SEPARABLE
        .iter()
        .copied()
        .chain(super::lexicon::domain_words())
        .filter(|w| w.chars().count() == 2)
        .map(String::from)
        .collect()
});

/// `text` with the verb-object words it splits joined up and appended (刷一下脸 → 刷脸),
/// so that they are searched for, and ask, as if said whole.
pub fn rejoin(text: &str) -> std::borrow::Cow<'_, str> {
    const INFIXES: &[&str] = &["一下", "个", "了", "过", "完", "一"];
    let chars: Vec<char> = text.chars().collect();
    let mut joined: Vec<String> = Vec::new();
    for i in 1..chars.len() {
        for infix in INFIXES {
            let n = infix.chars().count();
            if i + n < chars.len()
                && chars[i..i + n].iter().copied().eq(infix.chars())
                && is_cjk(chars[i - 1])
                && is_cjk(chars[i + n])
            {
                let w: String = [chars[i - 1], chars[i + n]].iter().collect();
                if SEPARABLE_WORDS.contains(&w) && !joined.contains(&w) {
                    joined.push(w);
                }
            }
        }
    }
    if joined.is_empty() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(format!("{text} {}", joined.join(" ")))
    }
}

/// Everyday names of things whose parts name something else, with what catalogues
/// call them: a 工资卡 is the debit card one's salary is paid into, not a payroll
/// service; a 储蓄卡 is a debit card, not a savings deposit or a savings bond.
const EVERYDAY_NAMES: &[(&str, &str)] = &[("工资卡", "借记卡"), ("储蓄卡", "借记卡")];

/// `text` with [`EVERYDAY_NAMES`] said in the catalogue's words, for the request's own
/// words to be searched for (the concept lexicon still reads the request as written).
pub fn catalogue_names(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(text);
    for (everyday, catalogue) in EVERYDAY_NAMES {
        if out.contains(everyday) {
            out = std::borrow::Cow::Owned(out.replace(everyday, catalogue));
        }
    }
    out
}

/// The identifier words of a tool or program name, for display in `why`.
pub fn is_meaningful_word(w: &str) -> bool {
    !w.is_empty() && !ZH_STOP.contains(&w) && !EN_STOP.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_names_of_the_debit_card_are_searched_as_the_catalogue_says_them() {
        assert_eq!(
            catalogue_names("查一下我工资卡里还剩多少钱"),
            "查一下我借记卡里还剩多少钱"
        );
        assert_eq!(catalogue_names("储蓄卡丢了"), "借记卡丢了");
        // Salary itself is left alone.
        assert!(matches!(
            catalogue_names("工资到账了吗"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn chinese_is_segmented_into_words_grams_and_sounds() {
        let a = analyze("帮我交电费");
        assert!(a.words.contains(&"电费".to_string()), "{a:?}");
        assert!(!a.words.contains(&"帮我".to_string()));
        assert!(a.grams.contains(&"电费".to_string()));
        assert!(a.sounds.contains(&"dianfei".to_string()));
    }

    #[test]
    fn an_ime_slip_sounds_like_the_right_words() {
        let slip = analyze("交点费");
        let right = analyze("交电费");
        assert!(
            slip.sounds
                .iter()
                .any(|s| right.sounds.contains(s) && s == "dianfei")
        );
        // 还 has two readings (hai, huan): 换款 meets 还款.
        let repay = analyze("还款");
        assert!(
            analyze("换款")
                .sounds
                .iter()
                .all(|s| repay.sounds.contains(s))
        );
    }

    #[test]
    fn english_is_stemmed_and_stopwords_dropped() {
        let a = analyze("How do I activate my new Credit Cards?");
        assert!(a.words.contains(&"activ".to_string()), "{a:?}");
        assert!(a.words.contains(&"card".to_string()));
        assert!(!a.words.iter().any(|w| w == "how" || w == "my"));
        let id = analyze("debit_card__report_lost");
        assert!(id.words.contains(&"lost".to_string()), "{id:?}");
    }

    #[test]
    fn single_characters_meet_longer_and_shorter_words() {
        // 修 (the request) is in 维修 (the title), which neither words nor bigrams meet.
        let q = analyze("预约师傅上门修空调");
        let t = analyze("预约上门维修");
        assert!(!t.words.contains(&"修".to_string()) && !t.grams.contains(&"修".to_string()));
        assert!(q.chars.contains(&"修".to_string()) && t.chars.contains(&"修".to_string()));
        // Function characters are not kept.
        assert!(
            !analyze("我的卡")
                .chars
                .iter()
                .any(|c| c == "的" || c == "我")
        );
    }

    #[test]
    fn split_verb_object_words_are_joined() {
        assert_eq!(rejoin("帮他刷一下脸"), "帮他刷一下脸 刷脸");
        assert_eq!(rejoin("挂个号"), "挂个号 挂号");
        assert_eq!(rejoin("交电费"), "交电费");
    }

    #[test]
    fn mixed_and_full_width_text() {
        let a = analyze("帮我check一下ＥＴＣ扣费");
        assert!(a.words.contains(&"check".to_string()), "{a:?}");
        assert!(a.words.contains(&"etc".to_string()));
        assert!(a.grams.contains(&"扣费".to_string()));
    }
}
