//! miniprogram-mcp: mini-program actions as typed MCP tools.
pub mod bridge;
pub mod manifest;
pub mod sandbox;
pub mod store;
