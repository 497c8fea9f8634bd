//! Consent: which tier a call needs, what the user is shown, and "remember" grants.
//!
//! Pure: deciding and describing. Asking is done by the MCP layer (elicitation on
//! 2025-11-25, MRTR on 2026-07-28) or the CLI (terminal); recording a grant is the
//! pipeline's job. Tiers come from the manifest and are never loosened by a caller.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::action::ActionSpec;
use crate::defaults::{Prefilled, display_value};
use crate::manifest::ConsentTier;

/// What must happen before the call may be forwarded.
#[derive(Debug, Clone, PartialEq)]
pub enum Need {
    /// Nothing: tier `none`, or a live "remember" grant covers the call.
    Nothing,
    /// In-chat confirmation (tier `confirm`).
    Confirm(Prompt),
    /// Approval on a trusted surface (tier `authorize`).
    Authorize(Prompt),
}

/// What the user is shown: the effective arguments (masked where personal) and
/// which of them came from saved defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub tool: String,
    pub title: String,
    pub lines: Vec<PromptLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PromptLine {
    pub param: String,
    pub shown: String,
    pub from_default: bool,
    /// Filled by the server from the container (e.g. the amount due on the bill).
    pub quoted: bool,
}

impl PromptLine {
    /// Where the value came from, when not from the caller.
    pub fn note(&self) -> Option<&'static str> {
        if self.from_default {
            Some("from your saved defaults")
        } else if self.quoted {
            Some("amount due, from the bill")
        } else {
            None
        }
    }
}

impl Prompt {
    pub fn new(spec: &ActionSpec, p: &Prefilled) -> Prompt {
        Prompt {
            tool: spec.tool.clone(),
            title: spec.title.clone(),
            lines: p
                .args
                .iter()
                .map(|(k, v)| PromptLine {
                    param: k.clone(),
                    shown: display_value(spec, k, v),
                    from_default: p.from_defaults.contains(k),
                    quoted: p.quoted.contains(k),
                })
                .collect(),
        }
    }

    /// The message of a confirmation prompt, plain text.
    pub fn message(&self) -> String {
        let mut s = format!(
            "Allow the assistant to run “{}” ({})?",
            self.title, self.tool
        );
        if self.lines.is_empty() {
            s.push_str("\n(no arguments)");
        }
        for l in &self.lines {
            s.push_str(&format!("\n• {}: {}", l.param, l.shown));
            if let Some(n) = l.note() {
                s.push_str(&format!("  ({n})"));
            }
        }
        s
    }
}

/// Decides what a call needs. `granted` = a live remember-grant covers it
/// (grants are only ever honoured for tier `confirm`).
pub fn need(spec: &ActionSpec, p: &Prefilled, granted: bool) -> Need {
    match spec.tier {
        ConsentTier::None => Need::Nothing,
        ConsentTier::Confirm if granted => Need::Nothing,
        ConsentTier::Confirm => Need::Confirm(Prompt::new(spec, p)),
        ConsentTier::Authorize => Need::Authorize(Prompt::new(spec, p)),
    }
}

/// How long the user's "yes" lasts for this action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remember {
    Once,
    /// For the rest of this session (stdio process / HTTP session).
    Session,
    /// For this many minutes, for this action, in any session.
    Minutes(u32),
}

/// The choices offered in the form: (value, title).
pub const REMEMBER_CHOICES: &[(&str, &str)] = &[
    ("once", "Just this once 仅本次"),
    ("session", "For this session 本次会话"),
    ("30m", "For 30 minutes 30 分钟内"),
    ("24h", "For 24 hours 24 小时内"),
];

impl Remember {
    /// Parses the form's `remember` field; anything unknown means "once" (fail closed).
    pub fn parse(content: Option<&Value>) -> Remember {
        match content
            .and_then(|c| c.get("remember"))
            .and_then(Value::as_str)
        {
            Some("session") => Remember::Session,
            Some("30m") => Remember::Minutes(30),
            Some("24h") => Remember::Minutes(24 * 60),
            _ => Remember::Once,
        }
    }
}

/// The user's answer to a confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept(Remember),
    Decline,
    Cancel,
}

/// sha256 over the canonical JSON of the effective arguments (keys sorted).
pub fn args_digest(args: &Map<String, Value>) -> String {
    // serde_json's Map is a BTreeMap here (no `preserve_order`), so keys are sorted.
    let text = serde_json::to_string(args).expect("a JSON map serializes");
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn remember_parsing_fails_closed() {
        assert_eq!(Remember::parse(None), Remember::Once);
        assert_eq!(
            Remember::parse(Some(&json!({"remember": "forever"}))),
            Remember::Once
        );
        assert_eq!(
            Remember::parse(Some(&json!({"remember": "session"}))),
            Remember::Session
        );
        assert_eq!(
            Remember::parse(Some(&json!({"remember": "30m"}))),
            Remember::Minutes(30)
        );
    }

    #[test]
    fn digest_ignores_key_order_but_not_values() {
        let a = json!({"a": 1, "b": "x"});
        let b = json!({"b": "x", "a": 1});
        let c = json!({"b": "y", "a": 1});
        let m = |v: Value| v.as_object().unwrap().clone();
        assert_eq!(args_digest(&m(a.clone())), args_digest(&m(b)));
        assert_ne!(args_digest(&m(a)), args_digest(&m(c)));
    }
}
