//! The search index over one registry's actions: BM25 (tantivy, in memory) over three
//! parts of each action, each kept in the three token streams of [`super::text`].
//!
//! | part | text | weight |
//! |---|---|---|
//! | head | title, action name, the developer's example requests | highest |
//! | body | the action's description, the program's name | middle |
//! | context | parameter descriptions, the program's description | low |
//!
//! Built once per registry generation (off the request path) and swapped whole.

use std::collections::HashMap;
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
const PARTS: [(&str, f32); 4] = [("head", 2.0), ("body", 2.0), ("ctx", 1.0), ("verb", 4.0)];
/// How much more a match counts when the action does what the request's verb asks.
const VERB_AGREEMENT: f32 = 1.2;
/// How much a word of the concept lexicon counts against a word of the request.
const EXPANSION: f32 = 0.5;
const STREAMS: [(&str, f32); 3] = [("words", 1.0), ("grams", 0.8), ("sounds", 0.45)];

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
    fields: [[Field; 3]; 4],
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
        let mut titles = Vec::with_capacity(actions.len());
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
            let mut doc = TantivyDocument::default();
            for (p, a) in [head, body, ctx, verb].iter().enumerate() {
                doc.add_text(fields[p][0], a.words.join(" "));
                doc.add_text(fields[p][1], a.grams.join(" "));
                doc.add_text(fields[p][2], a.sounds.join(" "));
            }
            doc.add_u64(ord_field, ord as u64);
            writer.add_document(doc)?;
            titles.push(title);
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let verb_masks = actions
            .iter()
            .map(|a| super::verbs::action_mask(&a.action))
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
        Ok(SearchIndex {
            generation: registry.generation,
            actions,
            by_tool,
            titles,
            verb_masks,
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
        let known = |gram: &str| {
            (0..PARTS.len()).any(|p| {
                searcher
                    .doc_freq(&Term::from_field_text(self.fields[p][1], gram))
                    .is_ok_and(|n| n > 0)
            })
        };
        let slips: Vec<String> = q
            .grams
            .iter()
            .filter(|g| g.chars().count() == 2 && !known(g))
            .flat_map(|g| super::text::sounds_of(g))
            .collect();
        let streams = [
            (0, &q.words, 1.0),
            (1, &q.grams, 1.0),
            (2, &slips, 1.0),
            (0, &x.words, tune("EXP", EXPANSION)),
            (1, &x.grams, tune("EXP", EXPANSION)),
        ];
        let mut seen = std::collections::HashSet::new();
        for (s, tokens, w) in streams {
            for t in tokens.iter().filter(|t| seen.insert((s, t.as_str()))) {
                for (p, (_, part_w)) in PARTS.iter().enumerate() {
                    let term = Term::from_field_text(self.fields[p][s], t);
                    let tq = TermQuery::new(term, IndexRecordOption::WithFreqs);
                    clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(tq), part_w * STREAMS[s].1 * w)),
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
        let asked = super::verbs::query_mask(&q.words, raw);
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
                        score * tune("VERB", VERB_AGREEMENT)
                    } else {
                        score
                    },
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        Ok(hits)
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

fn extend(a: &mut Analyzed, b: Analyzed) {
    a.words.extend(b.words);
    a.grams.extend(b.grams);
    a.sounds.extend(b.sounds);
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
