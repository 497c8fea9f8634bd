//! Discovery (功能找人): finding the right action among a large catalogue, ranked for
//! the user who asks, and the per-user set of tools that `tools/list` shows.
//!
//! - [`text`]: one analyser for Chinese, English and mixed text (jieba words, character
//!   bigrams, pinyin, English stems).
//! - [`cues`]: what a request's details (an amount, a day to come) say about the action.
//! - [`index`]: the BM25 index of one registry generation (tantivy, in memory), built
//!   off the request path and swapped whole with the registry.
//! - [`rank`]: the user's own signals (saved defaults, usage, time of month) on top.
//! - [`tools`]: `actions__find`, `actions__suggest`, `actions__call`,
//!   `profile__forget_usage`.
//!
//! Per-user state (usage, found tools) lives in the store, so that every instance and
//! every stateless request sees the same set. Reached from the MCP handler through the
//! pipeline like any built-in tool; knows nothing of rmcp.

mod cues;
#[cfg(test)]
mod eval;
pub mod index;
mod lexicon;
mod phrasings;
pub mod rank;
mod situations;
pub mod text;
pub mod tools;
mod verbs;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value, json};

use crate::action::{ActionSpec, Builtin, Route};
use crate::registry::Registry;
use crate::store::{Store, StoreError};
use index::SearchIndex;
use rank::{KeyWeights, Signals};

/// The default of `--max-tools`: Cursor takes the first 40 tools, and models choose
/// worse past 30 to 50.
pub const DEFAULT_MAX_TOOLS: usize = 30;

#[derive(Debug, thiserror::Error)]
pub enum DiscoveryError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Index(#[from] index::IndexError),
    #[error("{0} is not a discovery tool")]
    NotDiscovery(String),
}

/// One result of find or suggest.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub tool: String,
    pub title: String,
    pub description: String,
    pub score: f32,
    pub why: String,
}

impl Found {
    pub fn to_json(&self) -> Value {
        json!({
            "tool": self.tool,
            "title": self.title,
            "description": self.description,
            "score": (f64::from(self.score) * 1000.0).round() / 1000.0,
            "why": self.why,
        })
    }
}

/// An index and what ranking derives from the same registry.
struct Built {
    index: SearchIndex,
    /// The profile keys each action reads, by position.
    keys: Vec<Vec<String>>,
    weights: KeyWeights,
    /// Positions of the actions that read each profile-key template.
    by_template: HashMap<String, Vec<usize>>,
}

impl Built {
    fn new(registry: &Registry) -> Result<Built, DiscoveryError> {
        let index = SearchIndex::build(registry)?;
        lexicon::warm();
        let keys: Vec<Vec<String>> = index.actions.iter().map(|a| rank::action_keys(a)).collect();
        let weights = KeyWeights::of(keys.iter());
        let mut by_template: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, ks) in keys.iter().enumerate() {
            for k in ks {
                by_template.entry(k.clone()).or_default().push(i);
            }
        }
        Ok(Built {
            index,
            keys,
            weights,
            by_template,
        })
    }
}

/// Cheap-Clone handle: the current index, the store and the list size.
#[derive(Clone)]
pub struct Discovery {
    store: Store,
    /// Most tools `tools/list` shows a user; 0 = no limit (list everything).
    pub max_tools: usize,
    current: Arc<Mutex<Option<Arc<Built>>>>,
    /// Held while an index is built, so that one registry is indexed once.
    building: Arc<Mutex<()>>,
    /// Uses counted since the last write to the store: a call does not wait for a
    /// database write (a public read makes no round trip); see [`Discovery::record_use`].
    pending: Arc<Mutex<Pending>>,
}

/// Usage not yet in the store: (user, name) → (uses, last used, unix ms).
struct Pending {
    rows: HashMap<(String, String), (u32, i64)>,
    since: std::time::Instant,
}

/// How long counted uses may wait before they are written (a crash loses at most this
/// much usage: a ranking signal, never money or consent).
const USAGE_FLUSH: std::time::Duration = std::time::Duration::from_secs(1);
/// Or how many distinct (user, tool) rows.
const USAGE_FLUSH_ROWS: usize = 4096;

impl Discovery {
    pub fn new(store: Store, max_tools: usize) -> Discovery {
        Discovery {
            store,
            max_tools,
            current: Arc::new(Mutex::new(None)),
            building: Arc::new(Mutex::new(())),
            pending: Arc::new(Mutex::new(Pending {
                rows: HashMap::new(),
                since: std::time::Instant::now(),
            })),
        }
    }

    /// Writes the counted uses to the store (one transaction). Called before usage is
    /// read or forgotten, and by [`Discovery::record_use`] once they are old or many.
    pub fn flush_usage(&self) -> Result<(), StoreError> {
        let rows = {
            let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
            p.since = std::time::Instant::now();
            std::mem::take(&mut p.rows)
        };
        if rows.is_empty() {
            return Ok(());
        }
        let list: Vec<(&str, &str, u32, i64)> = rows
            .iter()
            .map(|((u, t), (n, last))| (u.as_str(), t.as_str(), *n, *last))
            .collect();
        if let Err(e) = self.store.usage_add(&list) {
            // Keep them for the next try rather than lose them.
            let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
            for ((u, t), (n, last)) in rows {
                let e = p.rows.entry((u, t)).or_insert((0, last));
                e.0 = e.0.saturating_add(n);
                e.1 = e.1.max(last);
            }
            return Err(e);
        }
        Ok(())
    }

    fn cached(&self, generation: u64) -> Option<Arc<Built>> {
        self.current
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .filter(|b| b.index.generation == generation)
            .cloned()
    }

    /// The index of `registry`, built now if it is not ready (once per generation).
    fn built(&self, registry: &Registry) -> Result<Arc<Built>, DiscoveryError> {
        if let Some(b) = self.cached(registry.generation) {
            return Ok(b);
        }
        let _guard = self.building.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = self.cached(registry.generation) {
            return Ok(b);
        }
        let started = std::time::Instant::now();
        let built = Arc::new(Built::new(registry)?);
        tracing::info!(
            actions = built.index.len(),
            ms = started.elapsed().as_millis() as u64,
            "discovery index built"
        );
        let mut cur = self.current.lock().unwrap_or_else(|p| p.into_inner());
        // A newer registry may have been indexed meanwhile; keep the newest.
        if cur
            .as_ref()
            .is_none_or(|c| c.index.generation < built.index.generation)
        {
            *cur = Some(built.clone());
        }
        Ok(built)
    }

    /// Builds the index of `registry` now (if not built yet); returns how many actions
    /// it holds.
    pub fn index_now(&self, registry: &Registry) -> Result<usize, DiscoveryError> {
        Ok(self.built(registry)?.index.len())
    }

    /// Builds the index of `registry` on a background thread (start-up, registry swaps),
    /// so that the first search does not wait for it.
    pub fn warm(&self, registry: Arc<Registry>) {
        let d = self.clone();
        std::thread::spawn(move || {
            if let Err(e) = d.built(&registry) {
                tracing::error!(error = %e, "cannot build the discovery index");
            }
        });
    }

    fn signals(&self, user: &str) -> Result<Signals, DiscoveryError> {
        let keys = self
            .store
            .profile_list(user)?
            .into_iter()
            .map(|e| e.key)
            .collect();
        self.flush_usage()?;
        let usage = self.store.usage_list(user)?;
        Ok(Signals::new(keys, usage, chrono::Local::now()))
    }

    /// The actions that serve `query`, ranked for `user`, best first.
    pub fn search(
        &self,
        registry: &Registry,
        user: &str,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Found>, DiscoveryError> {
        let built = self.built(registry)?;
        let query = &*text::rejoin(query);
        let q = text::analyze(&text::catalogue_names(query));
        let x = lexicon::expand(query, &q);
        let hits = built.index.search(query, &q, &x, 60.max(limit * 4))?;
        let Some(top) = hits.first().map(|h| h.score).filter(|s| *s > 0.0) else {
            return Ok(Vec::new());
        };
        let signals = self.signals(user)?;
        let mut ranked: Vec<(f32, usize, rank::Personal)> = hits
            .iter()
            .map(|h| {
                let spec = &built.index.actions[h.ord];
                let p = rank::personal(spec, &built.keys[h.ord], &signals, &built.weights);
                ((h.score / top) * (1.0 + p.boost), h.ord, p)
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(ranked
            .into_iter()
            .take(limit)
            .map(|(score, ord, p)| {
                let spec = &built.index.actions[ord];
                let matched = built.index.title_matches(ord, &q);
                let mut why = vec![if matched.is_empty() {
                    "matches its description".to_string()
                } else {
                    format!("matches {} in the title", matched.join(", "))
                }];
                why.extend(rank::reason(&p, signals.now_ms));
                found(spec, score, why.join("; "))
            })
            .collect())
    }

    /// What `user` likely wants now, from their signals only; best first.
    pub fn suggest(
        &self,
        registry: &Registry,
        user: &str,
        limit: usize,
        exclude: &HashSet<&str>,
    ) -> Result<Vec<Found>, DiscoveryError> {
        let built = self.built(registry)?;
        let signals = self.signals(user)?;
        let mut candidates: HashSet<usize> = HashSet::new();
        for (template, ords) in &built.by_template {
            if signals.keys.iter().any(|k| rank::key_fills(template, k)) {
                candidates.extend(ords.iter().copied());
            }
        }
        candidates.extend(
            signals
                .usage
                .keys()
                .filter_map(|t| built.index.by_tool.get(t).copied()),
        );
        let mut ranked: Vec<(f32, usize, rank::Personal)> = candidates
            .into_iter()
            .filter(|o| !exclude.contains(built.index.actions[*o].tool.as_str()))
            .map(|o| {
                let p = rank::personal(
                    &built.index.actions[o],
                    &built.keys[o],
                    &signals,
                    &built.weights,
                );
                (p.boost, o, p)
            })
            .filter(|(_, _, p)| p.uses.is_some() || p.key.as_ref().is_some_and(|(_, w)| *w >= 0.3))
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Ok(ranked
            .into_iter()
            .take(limit)
            .map(|(score, o, p)| {
                found(
                    &built.index.actions[o],
                    score,
                    rank::reason(&p, signals.now_ms).join("; "),
                )
            })
            .collect())
    }

    /// The tools `tools/list` shows `user`, or `None` when the registry fits and every
    /// tool is listed. The set: the server's own tools, then the tools the user found
    /// (most recent first), then suggestions, at most `max_tools` in all.
    pub fn visible(
        &self,
        registry: &Registry,
        user: &str,
    ) -> Result<Option<Vec<Arc<ActionSpec>>>, DiscoveryError> {
        if self.max_tools == 0 || registry.len() <= self.max_tools {
            return Ok(None);
        }
        let mut out: Vec<Arc<ActionSpec>> = registry
            .iter()
            .filter(|s| matches!(s.route, Route::Builtin(_)))
            .cloned()
            .collect();
        out.truncate(self.max_tools);
        let slots = self.max_tools - out.len();
        let found = self.store.found_list(user)?;
        let mut listed: HashSet<&str> = HashSet::new();
        let mut actions: Vec<Arc<ActionSpec>> = Vec::new();
        for t in &found {
            if actions.len() == slots {
                break;
            }
            // A removed action disappears from every set: only the registry's count.
            if let Some(s) = registry.get(t)
                && !matches!(s.route, Route::Builtin(_))
                && listed.insert(t)
            {
                actions.push(s.clone());
            }
        }
        if actions.len() < slots {
            for f in self.suggest(registry, user, slots - actions.len(), &listed)? {
                if let Some(s) = registry.get(&f.tool) {
                    actions.push(s.clone());
                }
            }
        }
        out.extend(actions);
        Ok(Some(out))
    }

    /// The tools a trimmed list would keep from the found set (what may be stored).
    fn found_slots(&self, registry: &Registry) -> usize {
        let fixed = registry
            .iter()
            .filter(|s| matches!(s.route, Route::Builtin(_)))
            .count();
        if self.max_tools == 0 {
            tools::MAX_LIMIT as usize
        } else {
            self.max_tools.saturating_sub(fixed).max(1)
        }
    }

    /// Counts a completed call of `spec` by `user`, and of each saved default it filled
    /// (`key:<profile key>`: a user who pays gas is a user of their gas account, whichever
    /// program they pay it in). Their own ranking only; never logged.
    pub fn record_use(
        &self,
        user: &str,
        spec: &ActionSpec,
        prefilled: &crate::defaults::Prefilled,
    ) {
        let now = crate::call::now_ms();
        let mut names = vec![spec.tool.clone()];
        for b in &spec.bindings {
            if !prefilled.from_defaults.contains(&b.param) {
                continue;
            }
            let mut key = b.key_template.clone();
            for ph in b.placeholders() {
                if let Some(v) = prefilled.args.get(ph).and_then(Value::as_str) {
                    key = key.replace(&format!("{{{ph}}}"), v);
                }
            }
            names.push(format!("{}{key}", rank::KEY_USE));
        }
        let due = {
            let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
            for n in names {
                let e = p.rows.entry((user.to_string(), n)).or_insert((0, now));
                e.0 = e.0.saturating_add(1);
                e.1 = e.1.max(now);
            }
            p.rows.len() >= USAGE_FLUSH_ROWS || p.since.elapsed() >= USAGE_FLUSH
        };
        if due && let Err(e) = self.flush_usage() {
            tracing::warn!(error = %e, "cannot record usage for discovery");
        }
    }
}

fn found(spec: &ActionSpec, score: f32, why: String) -> Found {
    let description: String = spec.search.description.chars().take(300).collect();
    Found {
        tool: spec.tool.clone(),
        title: spec.title.clone(),
        description: if description.is_empty() {
            spec.description.chars().take(300).collect()
        } else {
            description
        },
        score,
        why,
    }
}

fn limit_arg(args: &Map<String, Value>) -> usize {
    args.get("limit")
        .and_then(Value::as_u64)
        .unwrap_or(tools::DEFAULT_LIMIT)
        .clamp(1, tools::MAX_LIMIT) as usize
}

/// Runs a discovery tool for `user` (arguments already validated by the pipeline).
/// Returns the result and whether the user's listed tools changed.
pub fn run(
    d: &Discovery,
    registry: &Registry,
    user: &str,
    builtin: Builtin,
    args: &Map<String, Value>,
) -> Result<(Map<String, Value>, bool), DiscoveryError> {
    let mut out = Map::new();
    let changed = match builtin {
        Builtin::Find => {
            let query = args
                .get("query")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let before = d.visible(registry, user)?.map(names);
            let results = d.search(registry, user, query, limit_arg(args))?;
            let tools: Vec<String> = results.iter().map(|f| f.tool.clone()).collect();
            d.store
                .found_add(user, &tools, crate::call::now_ms(), d.found_slots(registry))?;
            out.insert(
                "results".into(),
                Value::Array(results.iter().map(Found::to_json).collect()),
            );
            before != d.visible(registry, user)?.map(names)
        }
        Builtin::Suggest => {
            let results = d.suggest(registry, user, limit_arg(args), &HashSet::new())?;
            out.insert(
                "results".into(),
                Value::Array(results.iter().map(Found::to_json).collect()),
            );
            false
        }
        Builtin::ForgetUsage => {
            let before = d.visible(registry, user)?.map(names);
            d.flush_usage()?;
            let n = d.store.usage_forget(user)?;
            out.insert("forgotten".into(), json!(n));
            before != d.visible(registry, user)?.map(names)
        }
        other => return Err(DiscoveryError::NotDiscovery(format!("{other:?}"))),
    };
    Ok((out, changed))
}

fn names(v: Vec<Arc<ActionSpec>>) -> Vec<String> {
    v.iter().map(|s| s.tool.clone()).collect()
}
