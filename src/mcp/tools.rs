//! `ActionSpec` → the published `rmcp::model::Tool`.

use std::sync::Arc;

use rmcp::model::{Tool, ToolAnnotations};

use crate::action::ActionSpec;
use crate::registry::Registry;

pub fn to_tool(spec: &ActionSpec) -> Tool {
    let a = spec.annotations;
    Tool::new(
        spec.tool.clone(),
        spec.description.clone(),
        spec.published_input_schema.clone(),
    )
    .with_title(spec.title.clone())
    .with_raw_output_schema(spec.output_schema.clone())
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
    Arc::new(registry.iter().map(|s| to_tool(s)).collect())
}

/// The published list as JSON (the `tools` CLI command and the snapshot test).
pub fn published_json(registry: &Registry) -> serde_json::Value {
    serde_json::json!({ "tools": *published(registry) })
}
