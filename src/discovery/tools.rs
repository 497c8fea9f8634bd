//! The discovery tools as specs, published beside the registry's actions and run
//! through the same pipeline: `actions__find`, `actions__suggest`, `actions__call`
//! and `profile__forget_usage`.

use serde_json::json;

use crate::action::{ActionSpec, Builtin, Route};
use crate::manifest::validate::builtin_spec;
use crate::manifest::{ActionDef, Annotations, BridgeRoute, ConsentTier, Manifest};

/// The program id of the discovery tools.
pub const PROGRAM: &str = "actions";
pub const FIND: &str = "actions__find";
pub const SUGGEST: &str = "actions__suggest";
pub const CALL: &str = "actions__call";
pub const FORGET_USAGE: &str = "profile__forget_usage";

/// The most results one find or suggest returns.
pub const MAX_LIMIT: u64 = 20;
pub const DEFAULT_LIMIT: u64 = 5;

fn results_schema() -> serde_json::Value {
    json!({
        "type": "object",
        "required": ["results"],
        "properties": {
            "results": {
                "type": "array",
                "description": "Best first.",
                "items": {
                    "type": "object",
                    "required": ["tool", "title", "description", "score", "why"],
                    "properties": {
                        "tool": {"type": "string", "description": "The tool to call (directly, or through actions__call)."},
                        "title": {"type": "string"},
                        "description": {"type": "string"},
                        "score": {"type": "number", "description": "Relevance, higher is better (comparable within one answer only)."},
                        "why": {"type": "string", "description": "What matched, and which of this user's signals moved it."}
                    }
                }
            }
        }
    })
}

fn limit_schema() -> serde_json::Value {
    json!({"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT, "description": "How many results (default 5)."})
}

fn def(name: &str, title: &str, description: &str) -> ActionDef {
    ActionDef {
        name: name.into(),
        title: title.into(),
        description: description.into(),
        input_schema: json!({"type": "object", "properties": {}, "additionalProperties": false}),
        output_schema: results_schema(),
        annotations: Annotations {
            read_only: true,
            destructive: false,
            idempotent: true,
            open_world: false,
        },
        consent: ConsentTier::None,
        moves_money: false,
        prefill: Default::default(),
        personal: vec![],
        bridge: BridgeRoute {
            action: format!("builtin.{name}"),
        },
        payment: None,
        utterances: vec![],
        examples: vec![],
    }
}

pub fn specs() -> Vec<ActionSpec> {
    let m = Manifest {
        schema: None,
        id: PROGRAM.into(),
        app_id: "miniprogram-mcp.actions".into(),
        name: "功能查找 Find actions".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        description: None,
        actions: vec![],
    };
    let profile = Manifest {
        id: crate::builtin::PROGRAM.into(),
        app_id: "miniprogram-mcp.profile".into(),
        name: "常用信息 Saved defaults".into(),
        ..m.clone()
    };
    let mut find = def(
        "find",
        "查找功能 Find an action",
        "Finds the mini-program actions that serve a request, in the user's words (中文 or English, e.g. \"帮我交电费\", \"pay my water bill\"), ranked for this user (their saved accounts and what they use). Found tools are added to this user's tool list; call one directly, or through actions__call. Use this whenever no listed tool fits the request: the catalogue has far more actions than are listed.",
    );
    find.input_schema = json!({
        "type": "object",
        "required": ["query"],
        "additionalProperties": false,
        "properties": {
            "query": {"type": "string", "minLength": 1, "maxLength": 200, "description": "The user's request, as they said it."},
            "limit": limit_schema()
        }
    });
    let mut suggest = def(
        "suggest",
        "推荐功能 Suggest actions",
        "Suggests what this user likely wants now, with reasons, from what the server holds for them: their saved defaults, their own usage and the day of the month (bills at month end). Reads no other personal data.",
    );
    suggest.input_schema = json!({
        "type": "object",
        "additionalProperties": false,
        "properties": {"limit": limit_schema()}
    });
    let mut call = def(
        "call",
        "调用功能 Call an action",
        "Calls any registered action by name (e.g. one returned by actions__find) with its arguments. The call runs exactly as a direct call: saved defaults are filled in, the user confirms personal actions and approves payments on the bank's approval page.",
    );
    call.input_schema = json!({
        "type": "object",
        "required": ["tool"],
        "additionalProperties": false,
        "properties": {
            "tool": {"type": "string", "minLength": 1, "maxLength": 64, "description": "The tool's name, e.g. utility_bills__pay_bill."},
            "arguments": {"type": "object", "description": "The tool's arguments (see its input schema in actions__find's tool or tools/list)."}
        }
    });
    call.output_schema = json!({"type": "object", "properties": {}, "additionalProperties": true, "description": "The called tool's result."});
    let mut forget = def(
        "forget_usage",
        "清除使用记录 Forget my usage",
        "Forgets which actions this user used and found, so that rankings and suggestions no longer reflect them. Saved defaults are kept. The user confirms first.",
    );
    forget.consent = ConsentTier::Confirm;
    forget.output_schema = json!({
        "type": "object",
        "required": ["forgotten"],
        "properties": {"forgotten": {"type": "integer", "description": "How many usage records were removed."}}
    });
    forget.annotations = Annotations {
        read_only: false,
        destructive: true,
        idempotent: true,
        open_world: false,
    };
    // actions__call takes no consent itself (the called action's tier applies, checked
    // when the MCP layer runs it), but it can reach anything: its annotations say so,
    // which the manifest rules (not read-only => not tier none) would refuse.
    let mut call = builtin_spec(&m, &call, Route::Builtin(Builtin::CallAction));
    call.annotations = Annotations {
        read_only: false,
        destructive: true,
        idempotent: false,
        open_world: true,
    };
    vec![
        builtin_spec(&m, &find, Route::Builtin(Builtin::Find)),
        builtin_spec(&m, &suggest, Route::Builtin(Builtin::Suggest)),
        call,
        builtin_spec(&profile, &forget, Route::Builtin(Builtin::ForgetUsage)),
    ]
}
