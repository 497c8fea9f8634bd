#!/usr/bin/env bash
# Writes src/discovery/data/jieba-words.txt: jieba's dictionary (as jieba-rs ships it, MIT
# licence) cut to the words its corpus counts at least MIN_FREQ times (default 20: about
# 80,000 of 349,000 words). The full dictionary costs a server ~30 MiB of memory; the cut
# one ~5 MiB, and the dev set's ranking does not change (README, "Discovery"). Words the
# cut drops still match through the character-bigram stream, and the domain's own words
# are added at load (src/discovery/lexicon.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
MIN_FREQ="${MIN_FREQ:-20}"
dir=$(cargo metadata --format-version 1 --locked |
  python3 -c 'import json,sys,os; m=json.load(sys.stdin); print(next(os.path.dirname(p["manifest_path"]) for p in m["packages"] if p["name"]=="jieba-rs"))')
awk -v t="$MIN_FREQ" '$2 >= t' "$dir/src/data/dict.txt" > src/discovery/data/jieba-words.txt
wc -l src/discovery/data/jieba-words.txt
