//! Saved defaults applied to a call (prefill), and masking of personal values.
//!
//! Pure apart from the `lookup` closure the caller passes (the store). Values the
//! caller sent explicitly win over overridable defaults; fixed-bound parameters may
//! never be sent.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::action::ActionSpec;
use crate::manifest::BindingMode;

/// Arguments after prefill, and which of them came from saved defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Prefilled {
    pub args: Map<String, Value>,
    pub from_defaults: BTreeSet<String>,
    /// Parameters the server filled from the container (a payment's amount due).
    pub quoted: BTreeSet<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum PrefillError {
    #[error(
        "`{param}` cannot be set by the caller: it is always the user's saved default ({key}). Remove `{param}` from the arguments."
    )]
    FixedParameter { param: String, key: String },
    #[error(
        "no saved default for `{param}` ({key}). Pass `{param}` explicitly, or save a default with profile__remember_default."
    )]
    MissingDefault { param: String, key: String },
    #[error(
        "no saved {key} for this user, which this action always uses. The user must set it in the bank app; nothing was done."
    )]
    MissingFixedDefault { key: String },
    #[error("the saved defaults could not be read: {0}")]
    Store(#[from] crate::store::StoreError),
}

/// Fills bound parameters from the user's saved defaults.
pub fn prefill(
    spec: &ActionSpec,
    mut args: Map<String, Value>,
    lookup: &mut dyn FnMut(&str) -> Result<Option<String>, crate::store::StoreError>,
) -> Result<Prefilled, PrefillError> {
    let mut from_defaults = BTreeSet::new();
    for b in &spec.bindings {
        if b.mode == BindingMode::Fixed && args.contains_key(&b.param) {
            return Err(PrefillError::FixedParameter {
                param: b.param.clone(),
                key: b.key_template.clone(),
            });
        }
    }
    for b in &spec.bindings {
        if b.mode == BindingMode::Overridable && args.contains_key(&b.param) {
            continue;
        }
        // Resolve `{param}` placeholders from the (explicit) arguments. A missing or
        // non-slug placeholder value is left for schema validation to report.
        let mut key = b.key_template.clone();
        let mut resolvable = true;
        for ph in b.placeholders() {
            match args.get(ph).and_then(Value::as_str) {
                Some(v) if crate::action::is_slug(v) => key = key.replace(&format!("{{{ph}}}"), v),
                _ => resolvable = false,
            }
        }
        if !resolvable {
            continue;
        }
        match lookup(&key)? {
            Some(v) => {
                args.insert(b.param.clone(), Value::String(v));
                from_defaults.insert(b.param.clone());
            }
            None if b.mode == BindingMode::Fixed => {
                return Err(PrefillError::MissingFixedDefault { key });
            }
            None if is_required(spec, &b.param) => {
                return Err(PrefillError::MissingDefault {
                    param: b.param.clone(),
                    key,
                });
            }
            None => {}
        }
    }
    Ok(Prefilled {
        args,
        from_defaults,
        quoted: BTreeSet::new(),
    })
}

fn is_required(spec: &ActionSpec, param: &str) -> bool {
    spec.required.contains(param)
}

/// Masks a personal value, keeping at most the last four characters:
/// `6222020000001234` → `****1234`; short values are masked entirely.
pub fn mask(value: &str) -> String {
    let n = value.chars().count();
    if n <= 4 {
        return "****".into();
    }
    let keep = if n >= 8 { 4 } else { 2 };
    let tail: String = value.chars().skip(n - keep).collect();
    format!("****{tail}")
}

/// Renders an argument value for display (consent prompts), masked if personal.
pub fn display_value(spec: &ActionSpec, param: &str, v: &Value) -> String {
    let raw = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if spec.personal.contains(param) {
        mask(&raw)
    } else {
        // Bound the length and strip control characters: this text reaches a person.
        let s: String = raw.chars().filter(|c| !c.is_control()).take(200).collect();
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_keeps_only_a_short_tail() {
        assert_eq!(mask("6222020000001234"), "****1234");
        assert_eq!(mask("BJ0001"), "****01");
        assert_eq!(mask("1234"), "****");
        assert_eq!(mask(""), "****");
    }
}
