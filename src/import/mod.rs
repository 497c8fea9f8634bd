//! Drafting manifests from API descriptions (`miniprogram-mcp import ...`).
//!
//! An importer turns a description of an existing API into a *draft* manifest in the
//! manifest format, plus what a person must review or decide (the proposed consent
//! tiers, money movement, what could not be mapped). It writes files and validates the
//! draft with `manifest::validate`; it never registers anything by itself.
//! Must not: know rmcp, HTTP serving, users or the store.

pub mod openapi;
