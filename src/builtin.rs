//! The server's own tools, published next to the mini-programs' actions and run
//! through the same pipeline (consent included): saved defaults.
//!
//! `profile__show_defaults` lists the user's saved defaults, masked.
//! `profile__remember_default` saves a new default (tier `confirm`); only keys that
//! an overridable binding reads can be saved, and the value must be valid for the
//! parameter it will fill. Keys behind fixed bindings (the payment card) cannot be
//! changed by an agent at all.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::action::{ActionSpec, Builtin, Route};
use crate::manifest::validate::builtin_spec;
use crate::manifest::{ActionDef, Annotations, BridgeRoute, ConsentTier, Manifest};

pub const PROGRAM: &str = "profile";

pub fn specs(settable: &BTreeMap<String, Value>) -> Vec<ActionSpec> {
    let m = Manifest {
        schema: None,
        id: PROGRAM.into(),
        app_id: "miniprogram-mcp.profile".into(),
        name: "常用信息 Saved defaults".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: None,
        actions: vec![],
    };
    // One saved default, as both tools return it.
    let entry = json!({
        "type": "object",
        "required": ["key", "value_masked", "set_by", "set_at"],
        "properties": {
            "key": {"type": "string"},
            "value_masked": {"type": "string"},
            "set_by": {"type": "string"},
            "set_at": {"type": "string"}
        }
    });
    let show = ActionDef {
        name: "show_defaults".into(),
        title: "查看常用信息 Show my saved defaults".into(),
        description: "Lists the user's saved defaults (account numbers, preferred branch, payment card, ...) that the server fills into actions, masked, with who set each and when.".into(),
        input_schema: json!({"type": "object", "properties": {}, "additionalProperties": false}),
        output_schema: json!({
            "type": "object",
            "required": ["defaults"],
            "properties": {"defaults": {"type": "array", "items": entry}}
        }),
        annotations: Annotations { read_only: true, destructive: false, idempotent: true, open_world: false },
        consent: ConsentTier::None,
        moves_money: false,
        prefill: Default::default(),
        personal: vec![],
        bridge: BridgeRoute { action: "builtin.show_defaults".into() },
        payment: None,
        utterances: vec![],
        examples: vec![],
    };
    let keys: Vec<&String> = settable.keys().collect();
    let remember = ActionDef {
        name: "remember_default".into(),
        title: "保存常用信息 Remember a default".into(),
        description: "Saves a default value that actions fill in when the parameter is omitted, e.g. the electricity account number or the preferred branch. The user confirms before it is saved. The payment card cannot be changed here (only in the bank app).".into(),
        input_schema: json!({
            "type": "object",
            "required": ["key", "value"],
            "additionalProperties": false,
            "properties": {
                "key": {"type": "string", "enum": keys, "description": "Which default to save."},
                "value": {"type": "string", "minLength": 1, "maxLength": 64, "description": "The value; it must be valid for the parameter it fills."}
            }
        }),
        output_schema: entry.clone(),
        annotations: Annotations { read_only: false, destructive: false, idempotent: true, open_world: false },
        consent: ConsentTier::Confirm,
        moves_money: false,
        prefill: Default::default(),
        personal: vec!["value".into()],
        bridge: BridgeRoute { action: "builtin.remember_default".into() },
        payment: None,
        utterances: vec![],
        examples: vec![],
    };
    let mandates = Manifest {
        id: "mandates".into(),
        app_id: "miniprogram-mcp.mandates".into(),
        name: "付款授权 Payment mandates".into(),
        ..m.clone()
    };
    let mandate_item = json!({
        "type": "object",
        "required": ["mandate_id", "tool", "payee", "cap", "uses", "max_uses", "expires_at", "active"],
        "properties": {
            "mandate_id": {"type": "string"},
            "tool": {"type": "string"},
            "payee": {"type": "string", "description": "Masked payee."},
            "cap": {"type": "string", "description": "Cap per payment, yuan."},
            "uses": {"type": "integer"},
            "max_uses": {"type": "integer"},
            "expires_at": {"type": "string"},
            "active": {"type": "boolean"}
        }
    });
    let list = ActionDef {
        name: "list".into(),
        title: "查看付款授权 List payment mandates".into(),
        description: "Lists the standing payment authorizations (mandates) the user approved on the approval page: tool, masked payee, cap per payment, uses and expiry.".into(),
        input_schema: json!({"type": "object", "properties": {}, "additionalProperties": false}),
        output_schema: json!({"type": "object", "required": ["mandates"], "properties": {"mandates": {"type": "array", "items": mandate_item}}}),
        annotations: Annotations { read_only: true, destructive: false, idempotent: true, open_world: false },
        consent: ConsentTier::None,
        moves_money: false,
        prefill: Default::default(),
        personal: vec![],
        bridge: BridgeRoute { action: "builtin.list_mandates".into() },
        payment: None,
        utterances: vec![],
        examples: vec![],
    };
    let revoke = ActionDef {
        name: "revoke".into(),
        title: "撤销付款授权 Revoke a payment mandate".into(),
        description: "Revokes one payment mandate at once; later payments to that payee need a new approval. The user confirms first.".into(),
        input_schema: json!({
            "type": "object",
            "required": ["mandate_id"],
            "additionalProperties": false,
            "properties": {"mandate_id": {"type": "string", "maxLength": 64, "description": "From mandates__list."}}
        }),
        output_schema: json!({"type": "object", "required": ["mandate_id", "revoked"], "properties": {"mandate_id": {"type": "string"}, "revoked": {"type": "boolean"}}}),
        annotations: Annotations { read_only: false, destructive: true, idempotent: true, open_world: false },
        consent: ConsentTier::Confirm,
        moves_money: false,
        prefill: Default::default(),
        personal: vec![],
        bridge: BridgeRoute { action: "builtin.revoke_mandate".into() },
        payment: None,
        utterances: vec![],
        examples: vec![],
    };
    vec![
        builtin_spec(&m, &show, Route::Builtin(Builtin::ShowDefaults)),
        builtin_spec(&m, &remember, Route::Builtin(Builtin::RememberDefault)),
        builtin_spec(&mandates, &list, Route::Builtin(Builtin::ListMandates)),
        builtin_spec(&mandates, &revoke, Route::Builtin(Builtin::RevokeMandate)),
    ]
}

/// Result object for one saved default.
pub fn entry_json(e: &crate::store::ProfileEntry) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("key".into(), Value::String(e.key.clone()));
    m.insert(
        "value_masked".into(),
        Value::String(crate::defaults::mask(&e.value)),
    );
    m.insert("set_by".into(), Value::String(e.set_by.clone()));
    m.insert("set_at".into(), Value::String(e.set_at.clone()));
    m
}
