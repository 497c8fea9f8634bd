//! `ActionSpec` → the published `rmcp::model::Tool`.

use std::sync::Arc;

use rmcp::model::{Tool, ToolAnnotations};

use crate::action::ActionSpec;
use crate::registry::Registry;

/// The published tool; `keep` caches its parsed schemas on the action (for tools
/// being called, not for listings).
pub fn to_tool(spec: &ActionSpec, keep: bool) -> Tool {
    let a = spec.annotations;
    let schemas = spec.published_schemas(keep);
    Tool::new(spec.tool.clone(), spec.description.clone(), schemas.input)
        .with_title(spec.title.clone())
        .with_raw_output_schema(schemas.output)
        .with_annotations(
            ToolAnnotations::with_title(spec.title.clone())
                .read_only(a.read_only)
                .destructive(a.destructive)
                .idempotent(a.idempotent)
                .open_world(a.open_world),
        )
}

/// The whole published list, in the registry's (name) order.
pub fn published(registry: &Registry) -> Arc<Vec<Tool>> {
    Arc::new(page(registry, 0, usize::MAX))
}

/// Up to `len` published tools from position `start`, in the registry's (name) order.
pub fn page(registry: &Registry, start: usize, len: usize) -> Vec<Tool> {
    registry
        .iter()
        .skip(start)
        .take(len)
        .map(|s| to_tool(s, false))
        .collect()
}

/// The published list as JSON (the `tools` CLI command and the snapshot test).
pub fn published_json(registry: &Registry) -> serde_json::Value {
    serde_json::json!({ "tools": *published(registry) })
}
