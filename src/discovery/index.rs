//! The search index over one registry's actions: BM25 (tantivy, in memory) over three
//! parts of each action, each kept in the token streams of [`super::text`] (single
//! characters in the title and description parts only).
//!
//! | part | text | weight |
//! |---|---|---|
//! | head | title, action name, the developer's example requests | highest |
//! | body | the action's description, the program's name | middle |
//! | context | parameter descriptions, the program's description | low |
//! | verb | the everyday words for what the action's name does ([`super::verbs`]) | highest |
//! | said | what people say for it: the concept lexicon's everyday words, the phrasings' tables and the manifest's `utterances`, for the few actions whose titles have their catalogue words | 1.3 times the title's |
//!
//! Built once per registry generation (off the request path) and swapped whole.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use tantivy::collector::TopDocs;
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, Schema, TantivyDocument, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Term};

use super::text::{Analyzed, analyze};
use crate::action::ActionSpec;
use crate::registry::Registry;

/// Weights of the parts and streams (how strongly a match in each counts).
const PARTS: [(&str, f32); 5] = [
    ("head", 2.0),
    ("body", 2.0),
    ("ctx", 1.0),
    ("verb", 4.0),
    ("said", SAID_WEIGHT),
];
/// The part that holds what people say for an action ([`said_of`]), and its weight
/// (with the lexicon's concepts alone 0.3-1.0 ranked alike; with both `SAID` passes
/// 1.2-1.5; with the `CONTRAST` and `SITUATIONS` passes 2.2-3.2 ranked best on the
/// development sets).
const SAID: usize = 4;
const SAID_WEIGHT: f32 = 2.6;
/// The share of that weight an everyday verb keeps in the said part (a third of a
/// title's weight; none in a request of verbs alone): at full weight the demo catalogue's gas payment led an ambiguous 缴费 by more
/// than three uses of water could move (`tests/discovery.rs`); damped, the request sets
/// ranked as well.
const SAID_VERB: f32 = 0.25;
/// A concept whose catalogue words are in more titles than this says nothing about any
/// one of them.
const SAID_MAX_ACTIONS: usize = 6;
/// How much more a match counts when the action does what the request's verb asks.
const VERB_AGREEMENT: f32 = 1.2;
/// How much more a sibling counts that does what the request's verb asks.
const VERB_SIBLING: f32 = 0.4;
/// How much of that depends on the share of the sibling's own verbs that the request
/// asks for: of 提前还款试算 (prepay, estimate) and 提前还款 (prepay), a request to
/// prepay that asks for no estimate is the second's.
const VERB_PRECISION: f32 = 1.0;
/// How much the best-distinguished sibling of a program gains ([`SearchIndex::siblings`]).
const SIBLINGS: f32 = 0.3;
/// Between siblings: the weight of each detail of the request that an action takes
/// ([`super::cues`]: an amount, a day to come, a time of day).
const DETAIL: f32 = 0.3;
/// How much an action gains from its program's second-best match, against the best
/// match of all ([`SearchIndex::programs_support`]).
const PROGRAM_SUPPORT: f32 = 0.4;
/// How much a word of the concept lexicon counts against a word of the request (0.5
/// until the lexicon had its situations and sibling words; 0.6-0.8 ranked better after).
const EXPANSION: f32 = 0.7;
/// The same, when telling a program's siblings apart ([`SearchIndex::siblings`]).
const SIBLING_EXPANSION: f32 = 0.5;
/// How much the words of the corrected request count ([`SearchIndex::correct`]).
const SLIP_FIX: f32 = 0.8;
const STREAMS: [(&str, f32); 4] = [
    ("words", 1.0),
    ("grams", 0.8),
    ("sounds", 0.45),
    ("chars", 0.3),
];

/// (token id, how many of a program's actions have it), by token id.
type TokenCounts = Box<[(u32, u16)]>;

/// One text match: the action's position in [`SearchIndex::actions`] and its score.
#[derive(Debug, Clone, Copy)]
pub struct TextHit {
    pub ord: usize,
    pub score: f32,
}

pub struct SearchIndex {
    /// The registry generation this index was built from.
    pub generation: u64,
    /// Searchable actions, by position.
    pub actions: Vec<Arc<ActionSpec>>,
    /// Position by tool name.
    pub by_tool: HashMap<String, usize>,
    /// Analysed titles (for `why`).
    titles: Vec<Analyzed>,
    /// What kind of thing each action does ([`super::verbs`] classes, a bit set).
    verb_masks: Vec<u32>,
    /// The details each action takes ([`super::cues`]: an amount, a day, a time slot).
    cues: Vec<u8>,
    /// Each action's title-and-verb tokens, description tokens and said tokens, for
    /// telling siblings apart ([`SearchIndex::siblings`]; what people say for an action
    /// tells it from its siblings too: 加进来 is the add, not the list).
    local: Vec<[Box<[u32]>; 3]>,
    /// Which fields (a bit per part and stream, [`field_bit`]) hold each token, by its
    /// hash: a request token a field does not hold is not asked of it. Most of a
    /// request's bigrams are in no title, and each term query costs (its dictionary
    /// lookups and scorer) even when it matches nothing.
    present: HashMap<u64, u32>,
    /// The ids of the tokens in `local` (interned: a thousand actions' token sets as
    /// strings would cost tens of MiB at 10,000 actions).
    token_ids: HashMap<String, u32>,
    /// Each action's program (position in `programs`), and the actions of each program.
    program_of: Vec<usize>,
    programs: Vec<Vec<usize>>,
    /// In how many of each program's actions each token occurs, per part of `local`.
    program_df: Vec<[TokenCounts; 3]>,
    /// The catalogue's Chinese bigrams by sound (hash of one toneless reading, position
    /// in `sound_grams`), sorted: where a slip in a request sounds like a catalogue word.
    sounds: Vec<(u64, u32)>,
    sound_grams: Vec<Box<str>>,
    fields: [[Field; 4]; 5],
    reader: IndexReader,
    ords: Vec<Column<u64>>,
}

/// Errors building or querying the index (internal: the index is our own).
#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct IndexError(#[from] tantivy::TantivyError);

/// True for the tools discovery returns: every action and the server's own tools,
/// except the discovery tools themselves.
pub fn searchable(spec: &ActionSpec) -> bool {
    spec.program_id != super::tools::PROGRAM
}

impl SearchIndex {
    pub fn build(registry: &Registry) -> Result<SearchIndex, IndexError> {
        let mut sb = Schema::builder();
        let opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("ws")
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        let fields = PARTS.map(|(part, _)| {
            STREAMS.map(|(stream, _)| sb.add_text_field(&format!("{part}_{stream}"), opts.clone()))
        });
        let ord_field = sb.add_u64_field("ord", FAST);
        let index = Index::create_in_ram(sb.build());
        index
            .tokenizers()
            .register("ws", TextAnalyzer::from(WhitespaceTokenizer::default()));
        let mut writer = index.writer_with_num_threads(1, 64 << 20)?;

        let actions: Vec<Arc<ActionSpec>> =
            registry.iter().filter(|s| searchable(s)).cloned().collect();
        let verbs = verb_lexicon(&actions);
        let said = said_of(&actions);
        let mut titles = Vec::with_capacity(actions.len());
        let mut local: Vec<[Box<[u32]>; 3]> = Vec::with_capacity(actions.len());
        let mut token_ids: HashMap<String, u32> = HashMap::new();
        let mut present: HashMap<u64, u32> = HashMap::new();
        let mut program_ids: HashMap<String, usize> = HashMap::new();
        let mut programs: Vec<Vec<usize>> = Vec::new();
        let mut program_of = Vec::with_capacity(actions.len());
        for (ord, spec) in actions.iter().enumerate() {
            let title = analyze(&spec.title);
            let mut head = title.clone();
            extend(&mut head, analyze(&spec.action));
            for u in &spec.search.utterances {
                extend(&mut head, analyze(u));
            }
            let mut body = analyze(&spec.search.description);
            extend(&mut body, analyze(&spec.program_name));
            let mut ctx = analyze(&spec.search.params);
            extend(&mut ctx, analyze(&spec.search.program));
            let mut verb = Analyzed {
                words: verbs.get(verb_of(spec)).cloned().unwrap_or_default(),
                ..Analyzed::default()
            };
            for w in super::verbs::words_for(&spec.action) {
                for t in analyze(w).words {
                    if !verb.words.contains(&t) {
                        verb.words.push(t);
                    }
                }
            }
            let head_ids = intern(
                &mut token_ids,
                head.words.iter().chain(&head.grams).chain(&verb.words),
            );
            let body_ids = intern(&mut token_ids, body.words.iter().chain(&body.grams));
            local.push([head_ids, body_ids, Box::default()]);
            let next = program_ids.len();
            let pi = *program_ids.entry(spec.program_id.clone()).or_insert(next);
            if pi == programs.len() {
                programs.push(Vec::new());
            }
            programs[pi].push(ord);
            program_of.push(pi);
            let mut doc = TantivyDocument::default();
            for (p, a) in [&head, &body, &ctx, &verb, &said[ord]].iter().enumerate() {
                let none: &[String] = &[];
                let streams = [
                    &a.words[..],
                    &a.grams[..],
                    if p < SAID { &a.sounds[..] } else { none },
                    if p < 2 { &a.chars[..] } else { none },
                ];
                for (s, tokens) in streams.into_iter().enumerate() {
                    if tokens.is_empty() && s >= 2 {
                        continue;
                    }
                    doc.add_text(fields[p][s], tokens.join(" "));
                    for t in tokens {
                        *present.entry(hash(t)).or_default() |= field_bit(p, s);
                    }
                }
            }
            doc.add_u64(ord_field, ord as u64);
            writer.add_document(doc)?;
            titles.push(title);
        }
        // Tokens from here on are said only: never a correction's target.
        let catalogue_tokens = token_ids.len();
        for (ord, a) in said.iter().enumerate() {
            local[ord][2] = intern(&mut token_ids, a.words.iter().chain(&a.grams));
        }
        drop(said);
        writer.commit()?;
        writer.wait_merging_threads()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let verb_masks = actions
            .iter()
            .map(|a| {
                let named = super::verbs::action_mask(&a.action);
                // The verb the title starts with (查询个人信用报告 is a lookup, whatever
                // `request_report` says).
                let lead = analyze(&a.title)
                    .words
                    .into_iter()
                    .next()
                    .filter(|w| !w.is_ascii())
                    .map_or(0, |w| {
                        super::verbs::query_mask(std::slice::from_ref(&w), &w)
                    });
                match tune("TITLEVERB", 2.0) as u32 {
                    2 if lead != 0 => super::verbs::undo_first(named | lead),
                    1 if named == super::verbs::NO_VERB && lead != 0 => lead,
                    _ => named,
                }
            })
            .collect();
        let cues = actions
            .iter()
            .map(|a| super::cues::of_action(&a.params))
            .collect();
        let ords = reader
            .searcher()
            .segment_readers()
            .iter()
            .map(|s| s.fast_fields().u64("ord"))
            .collect::<Result<_, _>>()?;
        let by_tool = actions
            .iter()
            .enumerate()
            .map(|(i, s)| (s.tool.clone(), i))
            .collect();
        let (sounds, sound_grams) = sound_table(
            token_ids
                .iter()
                .filter(|(_, id)| (**id as usize) < catalogue_tokens)
                .map(|(t, _)| t),
        );
        Ok(SearchIndex {
            sounds,
            sound_grams,
            generation: registry.generation,
            actions,
            by_tool,
            titles,
            verb_masks,
            cues,
            program_df: programs
                .iter()
                .map(|ords| {
                    [0, 1, 2].map(|part| {
                        let mut df: HashMap<u32, u16> = HashMap::new();
                        for &o in ords {
                            for t in local[o][part].iter() {
                                *df.entry(*t).or_default() += 1;
                            }
                        }
                        let mut df: Vec<(u32, u16)> = df.into_iter().collect();
                        df.sort_unstable();
                        df.into_boxed_slice()
                    })
                })
                .collect(),
            local,
            present,
            token_ids,
            program_of,
            programs,
            fields,
            reader,
            ords,
        })
    }

    /// The best `limit` text matches of an analysed query, best first. A query bigram
    /// that no action contains is likely a slip: only such bigrams are looked up by
    /// sound (a correct bigram sounds like many unrelated words).
    ///
    /// `x`: what the request means in the catalogue's words ([`super::lexicon`]), asked
    /// for at [`EXPANSION`] of the weight of the request's own words.
    pub fn search(
        &self,
        raw: &str,
        q: &Analyzed,
        x: &Analyzed,
        limit: usize,
    ) -> Result<Vec<TextHit>, IndexError> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let searcher = self.reader.searcher();
        let known = |gram: &str| self.known(gram);
        let slips: Vec<String> = q
            .grams
            .iter()
            .filter(|g| g.chars().count() == 2 && !known(g))
            .flat_map(|g| super::text::sounds_of(g))
            .collect();
        // The request as it was likely meant (交点费 → 交电费): the words and bigrams
        // that the correction adds, where the catalogue has them.
        let fixed = self
            .correct(&searcher, raw, q, x, &known)
            .map(|f| (analyze(&f), f));
        let (fixed_words, fixed_grams) = match &fixed {
            Some((a, _)) => (
                a.words
                    .iter()
                    .filter(|w| !q.words.contains(w) && w.chars().count() >= 2)
                    .cloned()
                    .collect(),
                a.grams
                    .iter()
                    .filter(|g| !q.grams.contains(g) && known(g))
                    .cloned()
                    .collect(),
            ),
            None => (Vec::new(), Vec::new()),
        };
        let streams = [
            (0, &q.words, 1.0),
            (1, &q.grams, 1.0),
            (2, &slips, 1.0),
            (3, &q.chars, 1.0),
            (0, &x.words, tune("EXP", EXPANSION)),
            (1, &x.grams, tune("EXP", EXPANSION)),
            (0, &fixed_words, tune("FIX", SLIP_FIX)),
            (1, &fixed_grams, tune("FIX", SLIP_FIX)),
        ];
        // A request of verbs alone (缴费, pay) names no thing: how often what is said for
        // equal programs holds the verb would decide it, not the user's own signals.
        let only_verbs =
            !q.words.is_empty() && q.words.iter().all(|w| super::verbs::is_verb_word(w));
        let mut seen = std::collections::HashSet::new();
        for (s, tokens, w) in streams {
            for t in tokens.iter().filter(|t| seen.insert((s, t.as_str()))) {
                let held = self.present.get(&hash(t)).copied().unwrap_or(0);
                for (p, (name, part_w)) in PARTS.iter().enumerate() {
                    if held & field_bit(p, s) == 0 {
                        continue;
                    }
                    // The concept words are not looked for in parameter and program
                    // descriptions: those name every sibling's things, and the term
                    // queries cost time.
                    if w < 1.0 && (*name == "ctx" || p == SAID) {
                        continue;
                    }
                    if p == SAID && s >= 2 {
                        continue;
                    }
                    // Single characters are looked for in titles and descriptions only:
                    // elsewhere they meet everything (and cost a term query each).
                    if s == 3 && !matches!(*name, "head" | "body") {
                        continue;
                    }
                    let mut part_w = tune(&name.to_uppercase(), *part_w);
                    // An everyday verb (缴费, 交, pay) in what is said for an action counts
                    // for little: programs that do the same thing are said with it
                    // unevenly (one program's phrases say 缴费, its equal's say 交水费),
                    // which would settle an ambiguous request by chance, beyond what the
                    // user's own usage can move. The verb part weighs verbs evenly.
                    if p == SAID && super::verbs::is_verb_word(t) {
                        part_w *= if only_verbs {
                            0.0
                        } else {
                            tune("SAIDVERB", SAID_VERB)
                        };
                    }
                    if part_w == 0.0 {
                        continue;
                    }
                    let term = Term::from_field_text(self.fields[p][s], t);
                    let tq = TermQuery::new(term, IndexRecordOption::WithFreqs);
                    clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(
                            Box::new(tq),
                            part_w * tune(&format!("S{s}"), STREAMS[s].1) * w,
                        )),
                    ));
                }
            }
        }
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::new(clauses);
        let top: Vec<(f32, DocAddress)> =
            searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        // An action that does what the request asks (pay, cancel, book ...) goes before
        // its siblings that only share the request's nouns.
        let asked = super::verbs::query_mask(&q.words, raw)
            | fixed
                .as_ref()
                .map_or(0, |(a, f)| super::verbs::query_mask(&a.words, f));
        let mut hits: Vec<TextHit> = top
            .into_iter()
            .filter_map(|(score, addr)| {
                let ord = self
                    .ords
                    .get(addr.segment_ord as usize)?
                    .first(addr.doc_id)? as usize;
                let agrees = asked & self.verb_masks.get(ord).copied().unwrap_or(0) != 0;
                Some(TextHit {
                    ord,
                    score: if agrees {
                        score * tune("VAGREE", VERB_AGREEMENT)
                    } else {
                        score
                    },
                })
            })
            .collect();
        self.siblings(&mut hits, q, x, asked, super::cues::of_request(raw));
        self.programs_support(&mut hits);
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        Ok(hits)
    }

    /// Does any action's text have this bigram?
    fn known(&self, gram: &str) -> bool {
        let held = self.present.get(&hash(gram)).copied().unwrap_or(0);
        (0..SAID).any(|p| held & field_bit(p, 1) != 0)
    }

    /// The request with its likely IME slips corrected: each bigram that no action
    /// contains is replaced by the catalogue's commonest bigram that sounds the same and
    /// differs from it in one character (点费 → 电费, 换款 → 还款, 公基 → 公积); `None`
    /// when nothing changes. A pinyin IME offers homophones, so a slip keeps the sound
    /// and usually one of the two characters.
    fn correct(
        &self,
        searcher: &tantivy::Searcher,
        raw: &str,
        q: &Analyzed,
        x: &Analyzed,
        known: &dyn Fn(&str) -> bool,
    ) -> Option<String> {
        let df = |gram: &str| -> u64 {
            (0..2)
                .map(|p| {
                    searcher
                        .doc_freq(&Term::from_field_text(self.fields[p][1], gram))
                        .unwrap_or(0)
                })
                .sum()
        };
        let mut out = raw.to_string();
        for g in q.grams.iter().filter(|g| g.chars().count() == 2) {
            if known(g) || !out.contains(g.as_str()) {
                continue;
            }
            let gc: Vec<char> = g.chars().collect();
            let mut candidates: Vec<(&str, u64)> = Vec::new();
            for sound in super::text::sounds_of(g) {
                let h = hash(&sound);
                let from = self.sounds.partition_point(|(k, _)| *k < h);
                for (_, i) in self.sounds[from..].iter().take_while(|(k, _)| *k == h) {
                    let c = &*self.sound_grams[*i as usize];
                    let cc: Vec<char> = c.chars().collect();
                    let same = (cc[0] == gc[0]) as u8 + (cc[1] == gc[1]) as u8;
                    if same != 1 || candidates.iter().any(|(b, _)| *b == c) {
                        continue;
                    }
                    candidates.push((c, df(c)));
                }
            }
            // The commonest that the rest of the request supports.
            candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            if let Some((c, _)) = candidates
                .into_iter()
                .find(|(c, _)| tune("CTXFIX", 1.0) == 0.0 || self.supported(c, g, q, x))
            {
                out = out.replacen(g.as_str(), c, 1);
            }
        }
        (out != raw).then_some(out)
    }

    /// Does the rest of the request support reading `slip` as `fix`? Yes when some
    /// action has `fix` together with another of the request's content words (not a
    /// verb, not overlapping the slip), or when the request has no other content word
    /// the catalogue knows. A spelling corrector's context check: 钱到了没 after a
    /// transfer is not 签到 (no action says 签到 with 转给), 交点费 is 交电费.
    fn supported(&self, fix: &str, slip: &str, q: &Analyzed, x: &Analyzed) -> bool {
        let Some(fix) = self.token_ids.get(fix) else {
            return false;
        };
        let others: Vec<u32> = q
            .words
            .iter()
            .chain(&q.grams)
            .chain(&x.words)
            .chain(&x.grams)
            .filter(|t| t.chars().count() >= 2 && !t.chars().any(|c| slip.contains(c)))
            .filter(|t| !super::verbs::is_verb_word(t))
            .filter_map(|t| self.token_ids.get(t.as_str()).copied())
            .collect();
        let chars: Vec<char> = q
            .chars
            .iter()
            .filter(|c| !slip.contains(c.as_str()) && !super::verbs::is_verb_word(c))
            .filter_map(|c| c.chars().next())
            .collect();
        if others.is_empty() && chars.is_empty() {
            return true;
        }
        self.local.iter().enumerate().any(|(ord, [head, body, _])| {
            let has = |id: &u32| head.binary_search(id).is_ok() || body.binary_search(id).is_ok();
            has(fix)
                && (others.iter().any(has) || {
                    let a = &self.actions[ord];
                    chars
                        .iter()
                        .any(|c| a.title.contains(*c) || a.search.description.contains(*c))
                })
        })
    }

    /// Tells siblings apart. BM25 weighs a word by how rare it is in the whole
    /// catalogue, so the words that set one action apart from its siblings (交 or 查,
    /// 家人, 自动) count for little next to the program's own nouns, which all siblings
    /// share. Here each matched word is weighed by how rare it is *among the program's
    /// actions*, and the best-distinguished sibling gains up to [`SIBLINGS`] of its
    /// score: the order between programs stays BM25's, the order inside one is this.
    fn siblings(&self, hits: &mut [TextHit], q: &Analyzed, x: &Analyzed, asked: u32, cues: u8) {
        let beta = tune("SIB", SIBLINGS);
        let delta = tune("CUE", DETAIL);
        // Siblings that do what the request asks go first among their program's.
        let gamma = tune("VSIB", VERB_SIBLING);
        let agrees = |ord: usize| asked & self.verb_masks.get(ord).copied().unwrap_or(0) != 0;
        let agreeing: HashSet<usize> = hits
            .iter()
            .filter(|h| agrees(h.ord))
            .map(|h| self.program_of[h.ord])
            .collect();
        let mut tokens: Vec<(u32, f32)> = Vec::new();
        let mut seen = HashSet::new();
        for (list, w) in [
            (&q.words, 1.0),
            (&q.grams, 1.0),
            (&x.words, tune("SIBEXP", SIBLING_EXPANSION)),
            (&x.grams, tune("SIBEXP", SIBLING_EXPANSION)),
        ] {
            for t in list {
                if seen.insert(t.as_str())
                    && let Some(id) = self.token_ids.get(t)
                {
                    tokens.push((*id, w));
                }
            }
        }
        let mut local: Vec<f32> = vec![0.0; hits.len()];
        let mut best: HashMap<usize, f32> = HashMap::new();
        for (i, h) in hits.iter().enumerate() {
            let p = self.program_of[h.ord];
            let siblings = &self.programs[p];
            let n = siblings.len() as f32;
            if siblings.len() < 2 {
                continue;
            }
            let mut score = 0.0;
            for (t, w) in &tokens {
                for (part, part_w) in [(0usize, 1.0f32), (1, 0.5), (2, 0.5)] {
                    if self.local[h.ord][part].binary_search(t).is_err() {
                        continue;
                    }
                    let dfs = &self.program_df[p][part];
                    let df = dfs
                        .binary_search_by_key(t, |(id, _)| *id)
                        .map_or(1, |i| dfs[i].1) as f32;
                    score += w * part_w * (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                }
            }
            local[i] = score;
            let b = best.entry(p).or_insert(0.0);
            *b = b.max(score);
        }
        // The sibling order: the text score, weighed by the verb and the distinguishing
        // words.
        let key: Vec<f32> = hits
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let p = self.program_of[h.ord];
                let mut k = h.score;
                if agreeing.contains(&p) && agrees(h.ord) {
                    let m = self.verb_masks.get(h.ord).copied().unwrap_or(0);
                    let share = (asked & m).count_ones() as f32 / m.count_ones().max(1) as f32;
                    let prec = tune("VPREC", VERB_PRECISION);
                    k *= 1.0 + gamma * (1.0 - prec + prec * share);
                }
                let taken = cues & self.cues[h.ord];
                if taken != 0 {
                    k *= 1.0 + delta * taken.count_ones() as f32;
                }
                let b = best.get(&p).copied().unwrap_or(0.0);
                if b > 0.0 {
                    k *= 1.0 + beta * local[i] / b;
                }
                k
            })
            .collect();
        if tune("MODE", 1.0) == 0.0 {
            for (h, k) in hits.iter_mut().zip(&key) {
                h.score = *k;
            }
            return;
        }
        // Only the order inside each program changes: its actions take the program's
        // scores in the new order, so that where the program stands among the others
        // is BM25's alone.
        let mut by_program: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, h) in hits.iter().enumerate() {
            by_program
                .entry(self.program_of[h.ord])
                .or_default()
                .push(i);
        }
        for idx in by_program.values() {
            if idx.len() < 2 {
                continue;
            }
            let mut scores: Vec<f32> = idx.iter().map(|i| hits[*i].score).collect();
            scores.sort_by(|a, b| b.total_cmp(a));
            let mut order = idx.clone();
            order.sort_by(|a, b| key[*b].total_cmp(&key[*a]));
            let ords: Vec<usize> = order.iter().map(|i| hits[*i].ord).collect();
            for ((slot, ord), score) in idx.iter().zip(ords).zip(scores) {
                hits[*slot] = TextHit { ord, score };
            }
        }
    }

    /// A program whose several actions the request reaches is what the request is
    /// about; one action that shares a generic word (invoice, report) with the request
    /// in a program it does not otherwise touch is less likely.
    fn programs_support(&self, hits: &mut [TextHit]) {
        let alpha = tune("PROG", PROGRAM_SUPPORT);
        let top = hits.iter().map(|h| h.score).fold(0.0f32, f32::max);
        if alpha == 0.0 || top <= 0.0 {
            return;
        }
        // Each program's second-best match: how far the request reaches into it
        // beyond its best action.
        let mut best: HashMap<usize, [f32; 2]> = HashMap::new();
        for h in hits.iter() {
            let b = best.entry(self.program_of[h.ord]).or_insert([0.0; 2]);
            if h.score > b[0] {
                *b = [h.score, b[0]];
            } else if h.score > b[1] {
                b[1] = h.score;
            }
        }
        for h in hits.iter_mut() {
            let second = best.get(&self.program_of[h.ord]).map_or(0.0, |b| b[1]);
            h.score *= 1.0 + alpha * second / top;
        }
    }

    /// The query's words that appear in the action's title (for `why`).
    pub fn title_matches<'a>(&self, ord: usize, q: &'a Analyzed) -> Vec<&'a str> {
        let Some(t) = self.titles.get(ord) else {
            return Vec::new();
        };
        let mut out: Vec<&str> = Vec::new();
        for w in &q.words {
            if t.words.contains(w) && !out.contains(&w.as_str()) {
                out.push(w);
            }
        }
        if out.is_empty() {
            for g in &q.grams {
                if t.grams.contains(g) && !out.contains(&g.as_str()) {
                    out.push(g);
                }
            }
        }
        out.truncate(4);
        out
    }

    pub fn len(&self) -> usize {
        self.actions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }
}

/// The verb of an action: the first word of its name (`cancel_booking` → cancel).
fn verb_of(spec: &ActionSpec) -> &str {
    spec.action.split('_').next().unwrap_or_default()
}

/// What the catalogue itself says each action verb is called: the title words that
/// come with one verb far more than with others (cancel: 取消, 撤销, 关闭 …), learned
/// from the registry's own titles. Lets 停掉 or 关了 reach the `cancel_*` sibling of a
/// program rather than its `set_*` one, without a word list written by hand.
fn verb_lexicon(actions: &[Arc<ActionSpec>]) -> HashMap<String, Vec<String>> {
    let mut by_word: HashMap<String, HashMap<&str, usize>> = HashMap::new();
    for a in actions {
        let v = verb_of(a);
        let mut seen = std::collections::HashSet::new();
        for w in analyze(&a.title).words {
            if seen.insert(w.clone()) {
                *by_word.entry(w).or_default().entry(v).or_default() += 1;
            }
        }
    }
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for (w, verbs) in by_word {
        let total: usize = verbs.values().sum();
        for (v, n) in verbs {
            if n >= 3 && n * 5 >= total * 2 {
                out.entry(v.to_string()).or_default().push(w.clone());
            }
        }
    }
    for words in out.values_mut() {
        words.sort();
    }
    out
}

/// The ids of `tokens`, sorted, each string given the next id the first time it is seen.
fn intern<'a>(
    token_ids: &mut HashMap<String, u32>,
    tokens: impl Iterator<Item = &'a String>,
) -> Box<[u32]> {
    let mut ids: Vec<u32> = tokens
        .map(|t| {
            let next = token_ids.len() as u32;
            *token_ids.entry(t.clone()).or_insert(next)
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_boxed_slice()
}

/// What people say for each action, from the concept lexicon turned around: a
/// concept's everyday words (压着+钱, 押金+没退) go to the actions whose titles have
/// its catalogue words (押金退还进度), where a request that says them in other words
/// still meets some of them (BM25 over words and bigrams, not the lexicon's exact
/// triggers). A concept whose words are in many titles is left out.
fn said_of(actions: &[Arc<ActionSpec>]) -> Vec<Analyzed> {
    if tune("SAID", SAID_WEIGHT) == 0.0 {
        return vec![Analyzed::default(); actions.len()];
    }
    let mut said = said_from(
        actions,
        super::lexicon::concepts()
            .chain(super::phrasings::said().filter(|_| tune("SAIDTABLE", 1.0) > 0.0))
            .collect(),
    );
    // What the bank's developer wrote for an action (the manifest's `utterances`) is
    // said for it at least as loudly as the built-in tables say anything.
    for (ord, a) in actions.iter().enumerate() {
        if !a.search.utterances.is_empty() {
            let mut u = analyze(&a.search.utterances.join(" "));
            u.sounds = Vec::new();
            u.chars = Vec::new();
            extend(&mut said[ord], u);
        }
    }
    said
}

/// [`said_of`] with these concepts.
fn said_from(
    actions: &[Arc<ActionSpec>],
    concepts: Vec<&super::phrasings::Concept>,
) -> Vec<Analyzed> {
    let mut out = vec![Analyzed::default(); actions.len()];
    let mut words: Vec<String> = concepts
        .iter()
        .flat_map(|(_, means)| means.iter().map(|m| m.to_lowercase()))
        .collect();
    words.sort();
    words.dedup();
    let Ok(ac) = aho_corasick::AhoCorasick::new(&words) else {
        return out;
    };
    let mut titled: HashMap<&str, Vec<usize>> = HashMap::new();
    for (ord, a) in actions.iter().enumerate() {
        let title = a.title.to_lowercase();
        let mut seen = HashSet::new();
        for m in ac.find_overlapping_iter(&title) {
            let w = words[m.pattern().as_usize()].as_str();
            if seen.insert(w) {
                titled.entry(w).or_default().push(ord);
            }
        }
    }
    for (triggers, means) in concepts {
        let mut to: Vec<usize> = means
            .iter()
            .flat_map(|m| {
                titled
                    .get(m.to_lowercase().as_str())
                    .into_iter()
                    .flatten()
                    .copied()
            })
            .collect();
        to.sort_unstable();
        to.dedup();
        if to.is_empty() || to.len() > SAID_MAX_ACTIONS {
            continue;
        }
        let text: Vec<String> = triggers
            .iter()
            .map(|t| t.replace(['+', '*'], " "))
            .collect();
        let mut a = analyze(&text.join(" "));
        // The said part holds words and bigrams only.
        a.sounds = Vec::new();
        a.chars = Vec::new();
        for ord in to {
            extend(&mut out[ord], a.clone());
        }
    }
    out
}

/// The table of [`SearchIndex::correct`]: every Chinese bigram among `tokens` under
/// each of its readings.
fn sound_table<'a>(tokens: impl Iterator<Item = &'a String>) -> (Vec<(u64, u32)>, Vec<Box<str>>) {
    let mut grams: Vec<Box<str>> = tokens
        .filter(|t| t.chars().count() == 2 && t.chars().all(|c| c as u32 >= 0x3400))
        .map(|t| t.as_str().into())
        .collect();
    grams.sort_unstable();
    let mut table: Vec<(u64, u32)> = grams
        .iter()
        .enumerate()
        .flat_map(|(i, g)| {
            super::text::sounds_of(g)
                .into_iter()
                .map(move |s| (hash(&s), i as u32))
        })
        .collect();
    table.sort_unstable();
    table.dedup();
    (table, grams)
}

/// The bit of part `p`, stream `s` in [`SearchIndex::present`].
fn field_bit(p: usize, s: usize) -> u32 {
    1 << (p * STREAMS.len() + s)
}

fn hash(s: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(s)
}

fn extend(a: &mut Analyzed, b: Analyzed) {
    a.words.extend(b.words);
    a.grams.extend(b.grams);
    a.sounds.extend(b.sounds);
    a.chars.extend(b.chars);
}

/// Development knob: a constant, overridable by `DISCOVERY_<NAME>` in test builds.
fn tune(name: &str, default: f32) -> f32 {
    if cfg!(test) {
        std::env::var(format!("DISCOVERY_{name}"))
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    } else {
        default
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_index() -> SearchIndex {
        let ms = crate::manifest::load::embedded_catalog();
        let (reg, _) = Registry::build(&ms, false).unwrap();
        SearchIndex::build(&reg).unwrap()
    }

    /// The request as [`SearchIndex::correct`] would correct it.
    fn fix(idx: &SearchIndex, raw: &str) -> Option<String> {
        let searcher = idx.reader.searcher();
        let known = |gram: &str| idx.known(gram);
        let q = analyze(raw);
        let x = super::super::lexicon::expand(raw, &q);
        idx.correct(&searcher, raw, &q, &x, &known)
    }

    #[test]
    fn an_ime_slip_is_corrected_to_the_catalogues_same_sounding_word() {
        let idx = demo_index();
        // 点费 sounds like 电费 and keeps 费; nothing in the catalogue says 点费.
        assert_eq!(fix(&idx, "帮我交点费").as_deref(), Some("帮我交电费"));
        // A request without slips is left as it is.
        assert_eq!(fix(&idx, "交电费"), None);
    }

    #[test]
    fn a_correction_needs_the_rest_of_the_request_to_support_it() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/catalog/manifests");
        let ms = crate::manifest::load_dir(&root).unwrap();
        let (reg, _) = Registry::build(&ms, false).unwrap();
        let idx = SearchIndex::build(&reg).unwrap();
        // 卡换款 is no word; 还款 is, beside 信用卡 in the credit card's actions.
        assert_eq!(fix(&idx, "信用卡换款").as_deref(), Some("信用卡还款"));
        // 钱到 sounds like 签到 (check in), but no check-in action says anything else
        // of this request: the money of a transfer, not a slip.
        assert_eq!(fix(&idx, "昨天转给我哥的钱到了没"), None);
    }

    #[test]
    fn a_concepts_everyday_words_are_said_for_the_few_actions_its_catalogue_words_title() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/catalog/manifests");
        let ms = crate::manifest::load_dir(&root).unwrap();
        let (reg, _) = Registry::build(&ms, false).unwrap();
        let actions: Vec<Arc<ActionSpec>> = reg.iter().filter(|s| searchable(s)).cloned().collect();
        // The lexicon's concepts alone (the SAID tables say 没话费 for top-ups, rightly).
        let said = said_from(&actions, super::super::lexicon::concepts().collect());
        let of = |tool: &str| {
            let i = actions.iter().position(|a| a.tool == tool).unwrap();
            &said[i].words
        };
        // 押金+没退 → 押金退还进度: a request that says 押金 or 没退 in other words
        // still meets the deposit's status.
        let deposit = of("car_rental__deposit_status");
        assert!(deposit.iter().any(|w| w == "没退") && deposit.iter().any(|w| w == "押金"));
        // 没话费 → 话费: 话费 is in more than a handful of titles, so nothing is said
        // for any one of them.
        for a in actions.iter().filter(|a| a.title.contains("话费")) {
            assert!(!of(&a.tool).iter().any(|w| w == "没话费"), "{}", a.tool);
        }
    }
}
