//! miniprogram-mcp: mini-program actions as typed MCP tools.
pub mod action;
pub mod app;
pub mod approval;
pub mod audit;
pub mod bridge;
pub mod builtin;
pub mod call;
pub mod consent;
pub mod defaults;
pub mod manifest;
pub mod metrics;
pub mod registry;
pub mod sandbox;
pub mod store;
pub mod mcp;
pub mod transport;
pub mod cli;
