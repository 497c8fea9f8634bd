//! The server's config file (`serve --config FILE`, TOML). Its JSON Schema is published
//! as `config.schema.json` (a test keeps it in step with these types).
//!
//! Precedence, highest first: command-line flags, environment variables
//! (`MINIPROGRAM_MCP_*`, listed in `--help`), this file, built-in defaults.
//! Must not: open sockets or read manifests (it only fills in `serve`'s settings).

use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The whole file; every section and key is optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Optional pointer to this file's JSON Schema (ignored).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Directory of the embedded store and the audit trail.
    pub data_dir: Option<PathBuf>,
    /// The local user (stdio, and HTTP without authentication).
    pub user: Option<String>,
    #[serde(default)]
    pub registry: RegistrySection,
    #[serde(default)]
    pub bridge: BridgeSection,
    #[serde(default)]
    pub consent: ConsentSection,
    #[serde(default)]
    pub http: HttpSection,
    #[serde(default)]
    pub auth: AuthSection,
    #[serde(default)]
    pub store: StoreSection,
}

/// Where state is kept: the embedded SQLite file (default) or PostgreSQL.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StoreSection {
    /// PostgreSQL URL (postgres://USER[:PASSWORD]@HOST:PORT/DB), shared by several
    /// instances; default: the SQLite file in `data_dir`. Needs `state_key_file`.
    pub url: Option<String>,
    /// Connections each instance keeps to PostgreSQL at most (default 16).
    pub pool_size: Option<u32>,
    /// File holding the secret (at least 32 bytes) the sealing keys are derived from;
    /// the same file for every instance. Default: random keys per process.
    pub state_key_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegistrySection {
    /// Directory of mini-program manifests, watched for changes (default: the embedded demo catalog).
    pub dir: Option<PathBuf>,
    /// Serve the valid programs even if some manifests are invalid.
    pub skip_invalid: Option<bool>,
    /// Serve the embedded demo catalog beside `dir` (default: `dir` replaces it).
    pub with_demo: Option<bool>,
    /// Most tools `tools/list` shows a user (default 30; 0 = no limit, else at least 10).
    #[schemars(range(min = 0))]
    pub max_tools: Option<usize>,
    /// Also register programs whose manifests the bridge's catalog publishes.
    pub catalog_from_bridge: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BridgeSection {
    /// Container bridge base URL (default: the embedded sandbox).
    pub url: Option<String>,
    /// Seconds a bridge call may take in total.
    pub timeout_secs: Option<u64>,
    /// Seed the sandbox demo user's saved defaults for users without any.
    pub demo_profile: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentSection {
    /// Seconds a confirmation or approval may wait for the user.
    pub timeout_secs: Option<u64>,
    /// Seconds a 2026-07-28 requestState stays valid.
    pub request_state_ttl_secs: Option<u64>,
    /// Port of the loopback approval page on stdio (0 = random).
    pub approval_port: Option<u16>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HttpSection {
    /// Serve MCP over streamable HTTP on this address instead of stdio, e.g. "127.0.0.1:8787".
    pub listen: Option<std::net::SocketAddr>,
    /// The base URL users and the load balancer reach the server at, e.g.
    /// "https://mcp.bank.example": approval links and OAuth metadata use it.
    pub public_url: Option<String>,
    /// Accepted `Host` header values ("host" or "host:port"); replaces the loopback
    /// defaults (the public URL's host is always accepted).
    pub allowed_hosts: Option<Vec<String>>,
    /// Extra allowed `Origin` values for browser clients.
    pub allowed_origins: Option<Vec<String>>,
    /// Requests per minute per user.
    pub rate_limit_per_minute: Option<u32>,
    /// Seconds an idle 2025-11-25 session lives (at least twice the consent timeout).
    pub session_idle_secs: Option<u64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthSection {
    /// Accept opaque bearer tokens (`miniprogram-mcp token create`).
    pub tokens: Option<bool>,
    /// OAuth 2.1: the issuer of accepted JWT access tokens.
    pub jwt_issuer: Option<String>,
    /// OAuth 2.1: this server's resource URI, required in `aud`.
    pub jwt_audience: Option<String>,
    /// OAuth 2.1: the issuer's JWKS, a file or an http(s) URL.
    pub jwks: Option<String>,
    /// OAuth 2.1: minimum seconds between two fetches of a JWKS URL.
    pub jwks_refresh_secs: Option<u64>,
}

/// Reads and checks a config file; errors name the file and the problem.
pub fn load(path: &Path) -> Result<ConfigFile, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read the config file: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The JSON Schema of the config file.
pub fn config_json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(ConfigFile)).expect("schema serializes")
}
