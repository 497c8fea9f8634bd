//! Scenario files for `miniprogram-mcp test`: scripted tool calls with consent answers
//! and expected results, for mini-program developers and bank QA (YAML or JSON; the
//! format's JSON Schema is published as `examples/scenarios/scenario.schema.json`).
//!
//! This module is the format; `run.rs` runs scenarios through the real MCP stack (an
//! rmcp client talking to the server in-process) against the embedded sandbox or a
//! bridge.

pub mod run;

use std::collections::BTreeMap;
use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One scenario file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Optional pointer to this format's JSON Schema (ignored).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// What the scenario shows, one line.
    pub name: String,
    /// The user the calls run as (the sandbox gives every user their own demo data).
    #[serde(default = "default_user")]
    pub user: String,
    /// Saved defaults to set before the first step (profile key → value).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub defaults: BTreeMap<String, String>,
    /// Varies the sandbox's generated demo data (bills, accounts) for this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<String>,
    /// The payment PIN used when a step approves on the approval page.
    #[serde(default = "default_pin")]
    pub pin: String,
    /// Which MCP protocol era(s) to run the scenario in.
    #[serde(default)]
    pub era: Era,
    /// Keep state from the previous scenario of the same run instead of starting fresh.
    #[serde(default)]
    pub keep_state: bool,
    pub steps: Vec<Step>,
}

fn default_user() -> String {
    "demo".into()
}

fn default_pin() -> String {
    crate::app::DEMO_PIN.into()
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Era {
    /// 2025-11-25 then 2026-07-28.
    #[default]
    Both,
    /// 2025-11-25 (initialize, elicitation requests).
    Legacy,
    /// 2026-07-28 (stateless, MRTR).
    Modern,
}

/// One tool call.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Tool name, e.g. `utility_bills__pay_bill`.
    pub call: String,
    /// Arguments; `"${name}"` is replaced by a captured value (a whole-string
    /// reference keeps the captured JSON type).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Value>")]
    pub args: serde_json::Map<String, Value>,
    /// How to answer the consent the call raises; `none` means no consent may be asked.
    #[serde(default)]
    pub consent: ConsentAnswer,
    /// What the call must return.
    #[serde(default)]
    pub expect: Expect,
    /// Values to keep for later steps: name → dotted path into `structuredContent`
    /// (e.g. `bills.0.bill_id`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub capture: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentAnswer {
    /// No consent may be requested (the step fails if one is).
    #[default]
    None,
    /// Accept the confirmation form (or only agree to open an approval link).
    Accept,
    /// Decline the confirmation.
    Decline,
    /// Cancel (dismiss) the confirmation.
    Cancel,
    /// Open the approval link and approve on the page with the scenario's PIN.
    Approve,
    /// Open the approval link and reject the payment on the page.
    Reject,
}

/// Expected outcome: at most one of `result`, `error`, `protocol_error`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// A subset of `structuredContent` (objects: listed keys must match; arrays: same
    /// length, element by element).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// The call is a tool error (`isError: true`) whose text matches this regex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The call fails with a JSON-RPC error whose message matches this regex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol_error: Option<String>,
}

/// The JSON Schema of the scenario format.
pub fn scenario_json_schema() -> Value {
    serde_json::to_value(schemars::schema_for!(Scenario)).expect("schema serializes")
}

/// Reads a scenario file (`.yaml`/`.yml` as YAML, anything else as JSON).
pub fn load(path: &Path) -> Result<Scenario, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
    let parsed: Result<Scenario, String> = if yaml {
        yaml_serde::from_str(&text).map_err(|e| e.to_string())
    } else {
        serde_json::from_str(&text).map_err(|e| e.to_string())
    };
    let s = parsed.map_err(|e| format!("{}: not a valid scenario: {e}", path.display()))?;
    for (i, step) in s.steps.iter().enumerate() {
        let set = [
            step.expect.result.is_some(),
            step.expect.error.is_some(),
            step.expect.protocol_error.is_some(),
        ];
        if set.iter().filter(|b| **b).count() > 1 {
            return Err(format!(
                "{}: step {}: expect at most one of result, error, protocol_error",
                path.display(),
                i + 1
            ));
        }
        for pattern in [&step.expect.error, &step.expect.protocol_error]
            .into_iter()
            .flatten()
        {
            regex::Regex::new(pattern)
                .map_err(|e| format!("{}: step {}: bad pattern: {e}", path.display(), i + 1))?;
        }
    }
    if s.steps.is_empty() {
        return Err(format!(
            "{}: a scenario needs at least one step",
            path.display()
        ));
    }
    Ok(s)
}

/// Expands paths (files, or directories of `*.yaml|*.yml|*.json` except schemas), sorted.
pub fn expand_paths(paths: &[std::path::PathBuf]) -> Result<Vec<std::path::PathBuf>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<_> = std::fs::read_dir(p)
                .map_err(|e| format!("{}: {e}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    let name = f
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    (name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".json"))
                        && !name.ends_with(".schema.json")
                })
                .collect();
            files.sort();
            out.extend(files);
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            return Err(format!("{}: no such file or directory", p.display()));
        }
    }
    Ok(out)
}
