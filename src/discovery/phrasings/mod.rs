//! Phrasings: how people ask for one action rather than its siblings, and the
//! situations in which they need it, written program by program over the kinds of
//! programs a bank app carries. Same format and matching as [`super::lexicon`]'s
//! concepts (`a+b` both parts, `a*b` a then b within four characters, Latin triggers by
//! stemmed words); each concept names, in a comment, the actions it was written for,
//! and its expansion words are words of those actions' titles and descriptions.
//!
//! Each domain file holds five tables, all written from the manifests by helpers that saw
//! no request set: `CONCEPTS` (matched as triggers, like the lexicon's), and four passes
//! of what people say for each action, for the index's said part only: `SAID` (short
//! phrases), `CONTRAST` (what tells it from its siblings), and `SITUATIONS` and
//! `SITUATIONS_2` (what leads to it, as whole short requests).
//!
//! Split by domain so that each file stays readable.

mod accounts;
mod living;
mod public;
mod wealth;

/// (what a user says, catalogue words for what serves it)
pub type Concept = (&'static [&'static str], &'static [&'static str]);

/// Every phrasing of every domain.
pub fn all() -> impl Iterator<Item = &'static Concept> {
    enabled_tables([
        ("accounts", accounts::CONCEPTS),
        ("wealth", wealth::CONCEPTS),
        ("public", public::CONCEPTS),
        ("living", living::CONCEPTS),
    ])
}

/// What people say for actions, for the index's said part only: the [`all`] concepts
/// and these ([`super::index`]), every pass of each [`enabled`] domain.
pub fn said() -> impl Iterator<Item = &'static Concept> {
    [
        (
            "accounts",
            [
                accounts::SAID,
                accounts::CONTRAST,
                accounts::SITUATIONS,
                accounts::SITUATIONS_2,
            ],
        ),
        (
            "wealth",
            [
                wealth::SAID,
                wealth::CONTRAST,
                wealth::SITUATIONS,
                wealth::SITUATIONS_2,
            ],
        ),
        (
            "public",
            [
                public::SAID,
                public::CONTRAST,
                public::SITUATIONS,
                public::SITUATIONS_2,
            ],
        ),
        (
            "living",
            [
                living::SAID,
                living::CONTRAST,
                living::SITUATIONS,
                living::SITUATIONS_2,
            ],
        ),
    ]
    .into_iter()
    .filter(|(name, _)| enabled(name))
    .flat_map(|(_, passes)| passes.into_iter().flatten())
}

/// The concepts of the named domain tables that are [`enabled`].
fn enabled_tables(
    tables: [(&'static str, &'static [Concept]); 4],
) -> impl Iterator<Item = &'static Concept> {
    tables
        .into_iter()
        .filter(|(name, _)| enabled(name))
        .flat_map(|(_, table)| table.iter())
}

/// In development builds `DISCOVERY_PHRASINGS=accounts,living` measures some tables
/// without the others ([`super::eval`]).
#[cfg(test)]
fn enabled(name: &str) -> bool {
    std::env::var("DISCOVERY_PHRASINGS").map_or(true, |v| v.split(',').any(|n| n == name))
}

#[cfg(not(test))]
fn enabled(_: &str) -> bool {
    true
}
