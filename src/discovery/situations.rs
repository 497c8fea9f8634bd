//! Situations: what people say when they describe their need rather than a function
//! ("下周去东京出差，身上没日元", "the kid's tuition notice came", "手机突然没信号了"),
//! mapped to the catalogue's words for the actions that serve it. Same format and
//! matching as [`super::lexicon`]'s concepts (`a+b` both parts, `a*b` a then b within
//! four characters, Latin triggers by stemmed words), kept apart from the vocabulary of
//! things so that each table stays readable: this one is about life events and
//! everyday trouble, written from the kinds of programs a bank app carries, not from
//! particular requests.

/// (what a user says of their situation, catalogue words for what serves it)
pub const CONCEPTS: &[(&[&str], &[&str])] = &[];
