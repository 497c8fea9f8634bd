//! The registry: the validated set of tools, looked up by name.
//!
//! Built once from manifests (plus the server's built-in tools) and swapped whole
//! when manifests change; readers hold an `Arc<Registry>` snapshot for a whole call.
//! Must not: do I/O, call the bridge, or know rmcp.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use serde_json::Value;

use crate::action::ActionSpec;
use crate::builtin;
use crate::manifest::validate::{Validated, validate_all};
use crate::manifest::{BindingMode, LoadedManifest, ManifestError};

#[derive(Debug)]
pub struct Registry {
    tools: BTreeMap<String, Arc<ActionSpec>>,
    /// Increases with every swap; lets caches (the published tool list) know they are stale.
    pub generation: u64,
    /// Profile keys an agent may save with `profile__remember_default`, with the
    /// input-schema fragment each value must satisfy.
    settable: BTreeMap<String, Value>,
}

static GENERATION: AtomicU64 = AtomicU64::new(1);

/// What building a registry found wrong.
#[derive(Debug)]
pub struct RegistryErrors {
    pub errors: Vec<ManifestError>,
}

impl std::fmt::Display for RegistryErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{} problem(s) in the mini-program manifests:",
            self.errors.len()
        )?;
        for e in &self.errors {
            writeln!(f, "  - {e}")?;
        }
        Ok(())
    }
}

impl Registry {
    /// Validates `manifests` and builds a registry. With `skip_invalid`, invalid files
    /// are left out (returned in `Validated::errors` for logging); otherwise any
    /// error fails the whole build.
    pub fn build(
        manifests: &[LoadedManifest],
        skip_invalid: bool,
    ) -> Result<(Registry, Validated), RegistryErrors> {
        let mut validated = validate_all(manifests);
        if !validated.errors.is_empty() && !skip_invalid {
            return Err(RegistryErrors {
                errors: std::mem::take(&mut validated.errors),
            });
        }
        let programs = std::mem::take(&mut validated.programs);
        let specs: Vec<ActionSpec> = programs.into_iter().flat_map(|p| p.actions).collect();
        Ok((Registry::from_specs(specs), validated))
    }

    /// Builds a registry from validated specs, adding the built-in tools.
    pub fn from_specs(specs: Vec<ActionSpec>) -> Registry {
        let settable = settable_keys(&specs);
        let mut tools: BTreeMap<String, Arc<ActionSpec>> = BTreeMap::new();
        for s in specs {
            tools.insert(s.tool.clone(), Arc::new(s));
        }
        for s in builtin::specs(&settable)
            .into_iter()
            .chain(crate::discovery::tools::specs())
        {
            tools.insert(s.tool.clone(), Arc::new(s));
        }
        Registry {
            tools,
            generation: GENERATION.fetch_add(1, Ordering::Relaxed),
            settable,
        }
    }

    pub fn get(&self, tool: &str) -> Option<&Arc<ActionSpec>> {
        self.tools.get(tool)
    }

    /// All tools, sorted by name (deterministic order).
    pub fn iter(&self) -> impl Iterator<Item = &Arc<ActionSpec>> {
        self.tools.values()
    }

    pub fn len(&self) -> usize {
        self.tools.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tools.is_empty()
    }

    /// The schema a value for `key` must satisfy, if agents may save that key.
    pub fn settable_key(&self, key: &str) -> Option<&Value> {
        self.settable.get(key)
    }
}

/// Keys that overridable bindings read, expanded over the enum values of their
/// placeholders. Keys read by a *fixed* binding are never settable by an agent
/// (that would let an agent redirect money), even if some other action reads them
/// as overridable.
fn settable_keys(specs: &[ActionSpec]) -> BTreeMap<String, Value> {
    let mut fixed = BTreeSet::new();
    let mut out = BTreeMap::new();
    for s in specs {
        for b in &s.bindings {
            for key in expand(&b.key_template, s) {
                if b.mode == BindingMode::Fixed {
                    fixed.insert(key);
                } else if let Some(prop) = s.param_schema(&b.param) {
                    out.entry(key).or_insert_with(|| prop.clone());
                }
            }
        }
    }
    out.retain(|k, _| !fixed.contains(k));
    out
}

/// Expands `{param}` placeholders over that parameter's `enum` values.
pub(crate) fn expand(template: &str, spec: &ActionSpec) -> Vec<String> {
    let mut keys = vec![template.to_string()];
    for ph in crate::action::placeholders(template) {
        let values: Vec<String> = spec
            .param_schema(ph)
            .and_then(|p| p.get("enum"))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        keys = keys
            .iter()
            .flat_map(|k| {
                values
                    .iter()
                    .map(move |v| k.replace(&format!("{{{ph}}}"), v))
            })
            .collect();
    }
    keys
}

/// The shared, swappable registry.
#[derive(Clone)]
pub struct RegistryHandle {
    inner: Arc<RwLock<Arc<Registry>>>,
}

impl RegistryHandle {
    pub fn new(reg: Registry) -> RegistryHandle {
        RegistryHandle {
            inner: Arc::new(RwLock::new(Arc::new(reg))),
        }
    }

    /// The current registry; hold it for the whole call so one call sees one registry.
    pub fn snapshot(&self) -> Arc<Registry> {
        self.inner.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Replaces the registry whole.
    pub fn swap(&self, reg: Registry) {
        *self.inner.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(reg);
    }
}
