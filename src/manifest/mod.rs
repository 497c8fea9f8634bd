//! The on-disk manifest format: one JSON file per mini-program in `tool-schemas/`.
//!
//! These serde types *are* the file format (and, through schemars, the published
//! `tool-schemas/manifest.schema.json`). They are raw: nothing here is trusted until
//! [`validate`] has turned it into [`crate::action::ActionSpec`]s.
//! Must not: know about rmcp, HTTP, users or the store.

pub mod load;
pub mod validate;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use load::{LoadedManifest, ManifestSource, Sources, embedded_catalog, load_dir};
pub use validate::{ManifestError, validate_all};

/// A mini-program and the actions it offers to agents.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Optional pointer to this format's JSON Schema (ignored by the server).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Program slug, used as the tool-name prefix: lowercase `[a-z0-9_]`, no `__`.
    pub id: String,
    /// The mini-program's app id inside the container (sent to the bridge).
    pub app_id: String,
    /// Display name (a Chinese user should recognise it, e.g. "生活缴费 Utility bills").
    pub name: String,
    /// Version of the mini-program these actions belong to.
    pub version: String,
    /// One paragraph on what the program does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The actions; each becomes one MCP tool named `<id>__<action name>`.
    pub actions: Vec<ActionDef>,
}

/// One action of a mini-program; becomes one MCP tool.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionDef {
    /// Action name, lowercase `[a-z0-9_]`, no `__`.
    pub name: String,
    /// Human title shown by clients.
    pub title: String,
    /// What the action does, for the model. Never contains a user's values.
    pub description: String,
    /// JSON Schema of the arguments, as the bridge receives them (after prefill).
    /// Root `type: object`; no top-level `oneOf`/`anyOf`/`allOf`.
    #[schemars(with = "serde_json::Map<String, Value>")]
    pub input_schema: Value,
    /// JSON Schema of the result (`structuredContent`); root `type: object`.
    #[schemars(with = "serde_json::Map<String, Value>")]
    pub output_schema: Value,
    /// MCP tool annotations, all four explicit.
    pub annotations: Annotations,
    /// Consent tier: who must agree before the call is forwarded.
    pub consent: ConsentTier,
    /// True when the action moves money; such an action must be `authorize`.
    #[serde(default)]
    pub moves_money: bool,
    /// Parameters filled from the user's saved defaults, by parameter name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub prefill: BTreeMap<String, PrefillBinding>,
    /// Parameters whose values are personal and are shown masked in consent prompts.
    /// Prefilled parameters are always masked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personal: Vec<String>,
    /// Where the bridge routes the call.
    pub bridge: BridgeRoute,
    /// Required when `moves_money`: which parameters hold the amount and the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentDef>,
    /// Example requests this action serves, in the users' own words (中文 or English,
    /// colloquial is best: "这个月电费交了吗", "pay my power bill"). Discovery
    /// (`actions__find`) ranks them above the description. At most 20, each 2 to 100
    /// characters; never a user's personal values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 20))]
    pub utterances: Vec<String>,
    /// Example calls (arguments → result). The embedded sandbox answers an action it
    /// does not implement from these, marked as example data, so that a new program can
    /// be tried (`call`, scenarios, assistants) before the container has it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<ActionExample>,
}

/// One example call of an action: when a call's arguments include all of these
/// `arguments` (equal values), the sandbox may answer it with `result`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionExample {
    /// What the example shows (for people reading the manifest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The arguments it answers, as the bridge receives them (after saved defaults are
    /// filled in); `{}` answers any call. The example matching the most arguments wins.
    #[serde(default)]
    #[schemars(with = "serde_json::Map<String, Value>")]
    pub arguments: serde_json::Map<String, Value>,
    /// The result; it must match the action's output schema.
    #[schemars(with = "serde_json::Map<String, Value>")]
    pub result: serde_json::Map<String, Value>,
}

/// How a money-moving action's amount and payee are found in its arguments. The
/// approval (and any mandate) is bound to exactly these values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentDef {
    /// The parameter holding the amount, a decimal string in yuan (e.g. "236.50").
    pub amount: String,
    /// The parameters that together identify the payee (e.g. `utility` and `account_no`).
    pub payee: Vec<String>,
    /// When the amount is omitted, ask the bridge for the amount due before approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<QuoteDef>,
}

/// A read-only bridge action that returns the amount due for a payee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuoteDef {
    /// Bridge action to call with the payee parameters, e.g. `utility.query_bills`.
    pub action: String,
    /// Field of its result holding the amount due as a decimal string, e.g. `outstanding`.
    pub field: String,
    /// Field of its result holding the payee's name as the container knows it, e.g.
    /// `payee` ("国网杭州供电公司 State Grid Hangzhou Power Supply Company"). When set, the
    /// quote action is asked on every payment (also when the amount is given), so that
    /// the approval prompt and page name the payee the user is paying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
}

/// The four MCP tool annotations. All are required so that no client default
/// (`destructiveHint: true`, `openWorldHint: true`) is ever relied upon by accident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Annotations {
    /// The action does not change any state.
    pub read_only: bool,
    /// The action may destroy or irreversibly change state.
    pub destructive: bool,
    /// Calling twice with the same arguments has no further effect.
    pub idempotent: bool,
    /// The action reaches outside the container (other systems, payees).
    pub open_world: bool,
}

/// Consent tiers, from least to most demanding.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ConsentTier {
    /// Public information; no prompt.
    None,
    /// Personal reads and reversible writes; in-chat confirmation.
    Confirm,
    /// Money movement; approval on a trusted surface the agent cannot operate.
    Authorize,
}

impl ConsentTier {
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentTier::None => "none",
            ConsentTier::Confirm => "confirm",
            ConsentTier::Authorize => "authorize",
        }
    }
}

/// A parameter bound to a key of the user's saved defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrefillBinding {
    /// Profile key, e.g. `payment.card`. May contain `{param}` placeholders naming
    /// another (required, string) parameter: `utility_account.{utility}`.
    pub profile_key: String,
    /// `overridable`: optional in the published schema, the agent may pass another value.
    /// `fixed`: removed from the published schema and rejected if sent.
    pub mode: BindingMode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum BindingMode {
    Overridable,
    Fixed,
}

/// The bridge route of an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BridgeRoute {
    /// Action identifier on the container bridge, e.g. `utility.pay_bill`.
    pub action: String,
}

/// The JSON Schema of the manifest format, as published in `tool-schemas/manifest.schema.json`.
pub fn manifest_json_schema() -> Value {
    let schema = schemars::schema_for!(Manifest);
    serde_json::to_value(schema).expect("schema serializes")
}
