//! Domain types of a validated action: what the pipeline works with.
//!
//! An [`ActionSpec`] is built only by `manifest::validate` (or for built-in tools by
//! `builtin`); it is never deserialized from the outside world.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::manifest::{Annotations, BindingMode, ConsentTier};

/// Where a call is executed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Forwarded to the container bridge under this action id.
    Bridge(String),
    /// Handled by the server itself (saved defaults).
    Builtin(Builtin),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    ShowDefaults,
    RememberDefault,
    ListMandates,
    RevokeMandate,
    /// Discovery (`crate::discovery`).
    Find,
    Suggest,
    CallAction,
    ForgetUsage,
}

/// A parameter bound to a profile key (a template: `utility_account.{utility}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub param: String,
    pub key_template: String,
    pub mode: BindingMode,
}

impl Binding {
    /// The parameters named by `{...}` placeholders in the key template.
    pub fn placeholders(&self) -> Vec<&str> {
        placeholders(&self.key_template)
    }
}

pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

/// An action's published input and output schemas as JSON objects.
#[derive(Debug, Clone)]
pub struct PublishedSchemas {
    pub input: Arc<Map<String, Value>>,
    pub output: Arc<Map<String, Value>>,
}

fn parse_object(json: &str) -> Arc<Map<String, Value>> {
    match serde_json::from_str(json) {
        Ok(Value::Object(m)) => Arc::new(m),
        // Built from validated objects, so this cannot happen; an empty schema
        // publishes nothing wrong.
        _ => Arc::new(Map::new()),
    }
}

/// One validated action = one MCP tool.
#[derive(Debug)]
pub struct ActionSpec {
    /// `<program>__<action>`.
    pub tool: String,
    pub program_id: String,
    pub program_name: String,
    pub app_id: String,
    pub action: String,
    pub title: String,
    /// The published description (manifest text plus notes on defaults and consent).
    pub description: String,
    /// The schema the bridge receives (after prefill), kept as compact JSON and
    /// compiled on the action's first call: most actions of a large registry are never
    /// called, and compiled validators are the bulk of a registry's memory.
    pub(crate) input_schema_json: Box<str>,
    /// Declared parameter names, and the required ones.
    pub params: BTreeSet<String>,
    pub required: BTreeSet<String>,
    /// Property schemas of bound parameters and of key-template placeholders.
    pub param_schemas: std::collections::BTreeMap<String, Value>,
    /// The schema agents see: fixed parameters removed, overridable ones optional.
    /// Kept as compact JSON like the internal schema (JSON trees of 10,000 tools' schemas
    /// are most of a large registry's memory); parsed for a page of `tools/list`, and
    /// cached once the action is called.
    pub(crate) published_input_json: Box<str>,
    pub(crate) output_schema_json: Box<str>,
    pub(crate) schemas: std::sync::OnceLock<PublishedSchemas>,
    pub annotations: Annotations,
    pub tier: ConsentTier,
    pub moves_money: bool,
    pub bindings: Vec<Binding>,
    /// Parameters shown masked in prompts, logs and errors (the manifest's `personal`).
    pub personal: BTreeSet<String>,
    pub route: Route,
    /// For money-moving actions: where the amount and payee are.
    pub payment: Option<crate::manifest::PaymentDef>,
    /// sha256 of the action's definition; consent is bound to it.
    pub def_hash: String,
    /// The manifest's example calls (validated against the schemas at load).
    pub examples: Vec<Example>,
    pub(crate) input_validator: std::sync::OnceLock<Option<jsonschema::Validator>>,
    /// Compiled on first use, like the input validator.
    pub(crate) output_validator: std::sync::OnceLock<Option<jsonschema::Validator>>,
    /// What discovery indexes besides the title.
    pub search: SearchText,
}

/// The text of an action that discovery (`actions__find`) indexes, besides its title
/// and name: the manifest's own words, not the published description's notes.
#[derive(Debug, Clone, Default)]
pub struct SearchText {
    /// The manifest's description of the action.
    pub description: String,
    /// The descriptions of its parameters, joined.
    pub params: String,
    /// The program's description.
    pub program: String,
    /// Example requests the developer wrote (`utterances` in the manifest).
    pub utterances: Vec<String>,
}

/// An example call: when a call's arguments include all of `arguments`, `result` is
/// what the embedded sandbox may answer for an action it does not implement.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub arguments: Map<String, Value>,
    pub result: Map<String, Value>,
}

impl ActionSpec {
    pub fn binding(&self, param: &str) -> Option<&Binding> {
        self.bindings.iter().find(|b| b.param == param)
    }

    /// True when `result` matches the output schema. A schema that fails to compile
    /// matches nothing (fail closed).
    pub fn output_matches(&self, result: &Value) -> bool {
        self.output_validator
            .get_or_init(|| crate::manifest::validate::compile(&self.output_schema_value()).ok())
            .as_ref()
            .is_some_and(|v| v.is_valid(result))
    }

    fn output_schema_value(&self) -> Value {
        serde_json::from_str(&self.output_schema_json).unwrap_or(Value::Null)
    }

    /// The published schemas, parsed now (for a listing) or cached (`keep`: for an
    /// action being called, which is asked for its schema on every HTTP request).
    pub fn published_schemas(&self, keep: bool) -> PublishedSchemas {
        if let Some(s) = self.schemas.get() {
            return s.clone();
        }
        let parse = || PublishedSchemas {
            input: parse_object(&self.published_input_json),
            output: parse_object(&self.output_schema_json),
        };
        if keep {
            self.schemas.get_or_init(parse).clone()
        } else {
            parse()
        }
    }

    /// The compiled input validator (compiled on first use). `None` if the schema
    /// cannot be compiled, which load-time checks make a "can't happen".
    pub fn input_validator(&self) -> Option<&jsonschema::Validator> {
        self.input_validator
            .get_or_init(|| {
                let schema: Value = serde_json::from_str(&self.input_schema_json).ok()?;
                crate::manifest::validate::compile(&schema).ok()
            })
            .as_ref()
    }

    /// The internal input schema (what the bridge receives).
    pub fn input_schema(&self) -> Value {
        serde_json::from_str(&self.input_schema_json).unwrap_or(Value::Null)
    }

    pub fn has_param(&self, name: &str) -> bool {
        self.params.contains(name)
    }

    /// The property schema of a bound parameter or a key-template placeholder.
    pub fn param_schema(&self, name: &str) -> Option<&Value> {
        self.param_schemas.get(name)
    }
}

/// The field the server adds to a replayed payment's result (and to the published
/// output schema of every money-moving action).
pub const REPLAYED: &str = "replayed";

/// Tool names: `<program>__<action>`, lowercase `[a-z0-9_]`, at most 64 characters.
pub const MAX_TOOL_NAME: usize = 64;

pub fn tool_name(program: &str, action: &str) -> String {
    format!("{program}__{action}")
}

/// A slug: lowercase letters and digits in words joined by single underscores.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('_').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("utility_bills"));
        assert!(is_slug("fx2"));
        assert!(!is_slug("Utility"));
        assert!(!is_slug("a__b"));
        assert!(!is_slug("_a"));
        assert!(!is_slug("a-b"));
        assert!(!is_slug(""));
    }

    #[test]
    fn template_placeholders() {
        assert_eq!(placeholders("utility_account.{utility}"), vec!["utility"]);
        assert!(placeholders("payment.card").is_empty());
    }
}
