//! Development aid (ignored test): ranking quality over the shared catalogue's dev set,
//! split into halves (odd / even lines) so that tuning on one half can be checked on the
//! other. `cargo test --lib discovery::eval -- --ignored --nocapture`; set
//! `DISCOVERY_MISSES=odd|even|all` to print the misses of a half, and
//! `DISCOVERY_SET=FILE` to measure another request set of the same format;
//! `DISCOVERY_RANKS=odd|even|all` prints each request's rank (99: not in the top 10), to
//! compare two builds or settings request by request.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use super::Discovery;
use crate::manifest;
use crate::registry::Registry;
use crate::store::Store;

#[derive(Default, Clone, Copy)]
struct Q {
    n: usize,
    t1: usize,
    t3: usize,
    t5: usize,
    mrr: f64,
}

impl Q {
    fn add(&mut self, rank: Option<usize>) {
        self.n += 1;
        if let Some(r) = rank {
            self.t1 += (r == 0) as usize;
            self.t3 += (r < 3) as usize;
            self.t5 += (r < 5) as usize;
            if r < 10 {
                self.mrr += 1.0 / (r as f64 + 1.0);
            }
        }
    }
    fn line(&self, name: &str) -> String {
        let p = |k: usize| 100.0 * k as f64 / self.n.max(1) as f64;
        format!(
            "{name:<12} n={:<3} top1 {:5.1}  top3 {:5.1}  top5 {:5.1}  MRR {:.3}",
            self.n,
            p(self.t1),
            p(self.t3),
            p(self.t5),
            self.mrr / self.n.max(1) as f64
        )
    }
}

#[test]
#[ignore]
fn dev_set_quality_by_half() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/catalog");
    let ms = manifest::load_dir(&root.join("manifests")).unwrap();
    let (reg, _) = Registry::build(&ms, false).unwrap();
    let d = Discovery::new(Store::in_memory().unwrap(), 30);
    d.index_now(&reg).unwrap();
    let show = std::env::var("DISCOVERY_MISSES").unwrap_or_default();
    let set = std::env::var("DISCOVERY_SET")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("queries.dev.jsonl"));
    let text = std::fs::read_to_string(&set).unwrap();
    println!("{}", set.display());
    let (mut all, mut odd, mut even) = (Q::default(), Q::default(), Q::default());
    let mut kinds: BTreeMap<String, Q> = BTreeMap::new();
    let mut diag: BTreeMap<String, usize> = BTreeMap::new();
    for (i, l) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let v: Value = serde_json::from_str(l).unwrap();
        let query = v["query"].as_str().unwrap();
        let kind = v["kind"].as_str().unwrap_or_default().to_string();
        let expected: Vec<&str> = v["expected"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let res = d.search(&reg, "eval-user", query, 10).unwrap();
        let rank = res.iter().position(|f| expected.contains(&f.tool.as_str()));
        all.add(rank);
        // Line 1 is odd.
        let is_odd = i % 2 == 0;
        if is_odd {
            odd.add(rank);
        } else {
            even.add(rank);
        }
        kinds.entry(kind.clone()).or_default().add(rank);
        kinds
            .entry(format!("{kind}/{}", if is_odd { "odd" } else { "even" }))
            .or_default()
            .add(rank);
        let half = if is_odd { "odd" } else { "even" };
        if rank != Some(0) {
            let prog = |t: &str| t.split("__").next().unwrap_or_default().to_string();
            let top = res.first().map(|f| prog(&f.tool)).unwrap_or_default();
            let sibling = expected.iter().any(|e| prog(e) == top);
            let in10 = rank.is_some();
            *diag
                .entry(format!(
                    "{half}: top-1 {} program, expected {}",
                    if sibling { "right" } else { "wrong" },
                    if in10 { "in top-10" } else { "not in top-10" }
                ))
                .or_insert(0) += 1;
        }
        let ranks = std::env::var("DISCOVERY_RANKS").unwrap_or_default();
        if ranks == "all" || ranks == half {
            println!(
                "RANK {} {}",
                v["id"].as_str().unwrap_or_default(),
                rank.map_or(99, |r| r + 1)
            );
        }
        if rank != Some(0) && (show == "all" || show == half) {
            println!(
                "MISS {} [{kind}] rank {:?} {query} -> expected {:?}; got {:?}",
                v["id"].as_str().unwrap_or_default(),
                rank.map(|r| r + 1),
                expected,
                res.iter()
                    .take(3)
                    .map(|f| f.tool.as_str())
                    .collect::<Vec<_>>()
            );
        }
    }
    println!("{}", all.line("all"));
    println!("{}", odd.line("odd (dev)"));
    println!("{}", even.line("even (held)"));
    for (k, n) in &diag {
        println!("{k}: {n}");
    }
    for (k, q) in &kinds {
        println!("{}", q.line(k));
    }
}

#[test]
#[ignore]
fn explain() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/catalog");
    let ms = manifest::load_dir(&root.join("manifests")).unwrap();
    let (reg, _) = Registry::build(&ms, false).unwrap();
    let d = Discovery::new(Store::in_memory().unwrap(), 30);
    d.index_now(&reg).unwrap();
    let Ok(q) = std::env::var("Q") else { return };
    let a = super::text::analyze(&super::text::catalogue_names(&q));
    let x = super::lexicon::expand(&q, &a);
    println!(
        "words {:?}\ngrams {:?}\nx {:?} {:?}",
        a.words, a.grams, x.words, x.grams
    );
    println!("mask {:b}", super::verbs::query_mask(&a.words, &q));
    if let Ok(t) = std::env::var("T") {
        let a = super::text::analyze(&t);
        println!("T words {:?}\nT grams {:?}", a.words, a.grams);
    }
    for f in d.search(&reg, "u", &q, 20).unwrap() {
        println!("{:.3} {} {}", f.score, f.tool, f.why);
    }
}
