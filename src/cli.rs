//! The command line: `serve`, `tools`, `validate`, `call`.
//!
//! Builds the [`App`] from flags and runs the chosen command. Human output goes to
//! stdout only for `tools`, `validate` and `call`; `serve` leaves stdout to MCP.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use serde_json::{Map, Value};

use crate::app::App;
use crate::audit::Audit;
use crate::bridge::{Bridge, HttpBridge, HttpBridgeConfig};
use crate::call::{self, CallError, Caller, PaymentStep};
use crate::consent::{Answer, Need, Remember};
use crate::manifest;
use crate::mcp::{Identity, McpServer, McpSettings};
use crate::registry::{Registry, RegistryHandle};
use crate::sandbox::Sandbox;
use crate::store::Store;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[derive(Parser, Debug)]
#[command(
    name = "miniprogram-mcp",
    version,
    about = "Mini-program actions as typed MCP tools: saved defaults, consent, and an exactly-once container bridge."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
// Parsed once per process: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Serve MCP over stdio (for Claude Desktop, Claude Code, Cursor, VS Code, ...).
    Serve(ServeArgs),
    /// Print the published tool list as JSON (what `tools/list` returns).
    Tools(RegistryArgs),
    /// Validate a directory of manifests and report every error at once.
    Validate {
        /// Directory of manifests; default: the embedded demo catalog.
        dir: Option<PathBuf>,
    },
    /// Call one tool through the same pipeline, for scripts. Consent is asked on the
    /// terminal when interactive and refused otherwise; a payment prints its approval
    /// link and waits on a terminal, or anywhere with --wait-approval.
    Call(CallArgs),
    /// Run scenario files (YAML or JSON): scripted tool calls with consent answers and
    /// expected results, each scenario on fresh state. Exit code 1 when any fails.
    Test(TestArgs),
    /// Manage the opaque bearer tokens of the HTTP transport (`serve --http --auth tokens`).
    Token {
        #[command(subcommand)]
        command: TokenCommand,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Set a user's payment PIN (read from standard input, never from an argument);
    /// only a slow salted hash is stored. It replaces the sandbox's demo PIN.
    Pin {
        #[command(subcommand)]
        command: PinCommand,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Work with the audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Draft a manifest from an API description (review it before serving it).
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    /// Draft one manifest from an OpenAPI 3.0 or 3.1 document (JSON or YAML): operations
    /// become actions, parameters and the request body the input schema, the 2xx response
    /// the output schema; consent tiers are proposed for review. Writes DIR/<program>.json
    /// and DIR/<program>.review.md, validates the draft and prints what a person must
    /// review or decide. Exit code 0 when the draft validates, 1 when decisions remain.
    Openapi {
        /// The OpenAPI document.
        file: PathBuf,
        /// The program id (tool-name prefix); default: a slug of the document's title.
        #[arg(long, value_name = "ID")]
        program: Option<String>,
        /// Where to write the draft (default: the current directory).
        #[arg(long, value_name = "DIR", default_value = ".")]
        out: PathBuf,
        /// Overwrite an existing draft.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Args, Debug, Clone)]
pub struct TestArgs {
    /// Scenario files, or directories of them.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Run against this bridge instead of a fresh embedded sandbox per scenario.
    #[arg(long, value_name = "URL")]
    pub bridge: Option<String>,
    /// Also write a JUnit XML report here.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum TokenCommand {
    /// Create a token for a user; it is printed once and only its hash is kept.
    Create {
        #[arg(long)]
        user: String,
        /// Space-separated scopes.
        #[arg(long, default_value = crate::auth::ALL_SCOPES)]
        scopes: String,
        #[arg(long)]
        label: Option<String>,
    },
    /// List tokens (never their secrets).
    List,
    /// Revoke a token by id.
    Revoke { id: String },
}

/// Where the store is, for the commands that manage it (`token`, `pin`).
#[derive(Args, Debug)]
pub struct StoreArgs {
    /// Data directory holding the store; default: the platform's data directory.
    #[arg(
        long,
        value_name = "DIR",
        env = "MINIPROGRAM_MCP_DATA_DIR",
        global = true
    )]
    pub data_dir: Option<PathBuf>,
    /// PostgreSQL store shared by several instances (postgres://USER@HOST:PORT/DB)
    /// instead of the data directory's SQLite file.
    #[arg(
        long,
        value_name = "URL",
        env = "MINIPROGRAM_MCP_DATABASE_URL",
        global = true,
        conflicts_with = "data_dir"
    )]
    pub database_url: Option<String>,
}

impl StoreArgs {
    fn open(self) -> Result<Store, BoxError> {
        Ok(match &self.database_url {
            Some(url) => Store::open_url(url, 2)?,
            None => Store::open_dir(&self.data_dir.unwrap_or_else(default_data_dir))?,
        })
    }
}

#[derive(Subcommand, Debug)]
pub enum PinCommand {
    /// Set the PIN of `--user` to the 4 to 12 digits read from standard input.
    Set {
        #[arg(long)]
        user: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    /// Check the hash chain of the audit trail; names the first bad record.
    Verify {
        /// Data directory holding `audit.log`; default: the platform's data directory.
        #[arg(long, value_name = "DIR", env = "MINIPROGRAM_MCP_DATA_DIR")]
        data_dir: Option<PathBuf>,
        /// Check the shared trail in this PostgreSQL store instead.
        #[arg(
            long,
            value_name = "URL",
            env = "MINIPROGRAM_MCP_DATABASE_URL",
            conflicts_with = "data_dir"
        )]
        database_url: Option<String>,
    },
}

#[derive(Args, Debug, Clone)]
pub struct RegistryArgs {
    /// Directory of mini-program manifests (*.json); it replaces the embedded demo
    /// catalog unless --with-demo is given. Default: the demo catalog alone.
    #[arg(long, value_name = "DIR")]
    pub registry: Option<PathBuf>,
    /// Serve the embedded demo catalog beside --registry's programs (by default a
    /// registry directory replaces it: a bank's own programs do not want demo ones).
    #[arg(long)]
    pub with_demo: bool,
    /// Most tools `tools/list` shows a user (server tools, found tools, suggestions);
    /// a registry that fits is listed whole. 0 = no limit. At least 10 otherwise.
    #[arg(long, default_value_t = crate::discovery::DEFAULT_MAX_TOOLS, value_name = "N",
          env = "MINIPROGRAM_MCP_MAX_TOOLS", value_parser = parse_max_tools)]
    pub max_tools: usize,
    /// Start even if some manifests are invalid: skip those programs (each is logged).
    #[arg(long)]
    pub skip_invalid: bool,
}

fn parse_max_tools(s: &str) -> Result<usize, String> {
    let n: usize = s
        .parse()
        .map_err(|_| format!("`{s}` is not a number of tools"))?;
    if n != 0 && n < 10 {
        return Err(format!(
            "{n} is too few: the server's own tools take 8 places; use 0 (no limit) or at least 10"
        ));
    }
    Ok(n)
}

impl RegistryArgs {
    pub fn sources(&self) -> manifest::Sources {
        manifest::Sources {
            dir: self.registry.clone(),
            with_demo: self.with_demo,
        }
    }
}

#[derive(Args, Debug, Clone)]
pub struct RuntimeArgs {
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Container bridge base URL (http://HOST:PORT); default: the embedded sandbox.
    #[arg(long, value_name = "URL", env = "MINIPROGRAM_MCP_BRIDGE")]
    pub bridge: Option<String>,
    /// Seconds a bridge call may take in total (connecting: 2 s at most).
    #[arg(
        long,
        default_value_t = 10,
        value_name = "SECS",
        env = "MINIPROGRAM_MCP_BRIDGE_TIMEOUT"
    )]
    pub bridge_timeout: u64,
    /// Data directory for the embedded store; default: the platform's data directory.
    #[arg(long, value_name = "DIR", env = "MINIPROGRAM_MCP_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Keep all state in memory (nothing is written to disk).
    #[arg(long, conflicts_with_all = ["data_dir", "database_url"])]
    pub in_memory: bool,
    /// Keep all state in PostgreSQL (postgres://USER[:PASSWORD]@HOST:PORT/DB) instead of
    /// the embedded SQLite file: profiles, grants, approvals, PINs, tokens, the audit
    /// chain and the sandbox, shared by every instance given the same URL. Needs
    /// --state-key-file.
    #[arg(long, value_name = "URL", env = "MINIPROGRAM_MCP_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Connections each instance keeps to PostgreSQL at most.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 16,
        env = "MINIPROGRAM_MCP_DATABASE_POOL"
    )]
    pub database_pool: u32,
    /// A file holding the secret (at least 32 bytes, e.g. `openssl rand -hex 32`) from
    /// which the keys sealing requestState and approval-page view tokens are derived.
    /// Give every instance the same file so that each accepts what another issued.
    /// Default: random keys per process.
    #[arg(long, value_name = "FILE", env = "MINIPROGRAM_MCP_STATE_KEY_FILE")]
    pub state_key_file: Option<PathBuf>,
    /// The local user (stdio and `call`).
    #[arg(long, default_value = "demo", env = "MINIPROGRAM_MCP_USER")]
    pub user: String,
    /// Seed the sandbox demo user's saved defaults for users that have none
    /// (always on with the embedded sandbox; use with a sandbox bridge).
    #[arg(long)]
    pub demo_profile: bool,
}

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// A config file (TOML; schema: config.schema.json). Flags and environment variables
    /// override it.
    #[arg(long, value_name = "FILE", env = "MINIPROGRAM_MCP_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub runtime: RuntimeArgs,
    /// Seconds a confirmation prompt may wait for the user.
    #[arg(
        long,
        default_value_t = 300,
        value_name = "SECS",
        env = "MINIPROGRAM_MCP_CONSENT_TIMEOUT"
    )]
    pub consent_timeout: u64,
    /// Also register the programs whose manifests the bridge's catalog publishes
    /// (re-read whenever the registry directory changes).
    #[arg(long)]
    pub catalog_from_bridge: bool,
    /// Port of the loopback approval page (0 = a random free port).
    #[arg(long, default_value_t = 0, value_name = "PORT")]
    pub approval_port: u16,
    /// Serve MCP over streamable HTTP at http://ADDR/mcp instead of stdio (default
    /// address 127.0.0.1:8787). A non-loopback address needs `--auth tokens` or OAuth,
    /// and `0.0.0.0`/`[::]` also `--public-url`.
    #[arg(long, value_name = "ADDR", num_args = 0..=1, default_missing_value = "127.0.0.1:8787", env = "MINIPROGRAM_MCP_HTTP")]
    pub http: Option<std::net::SocketAddr>,
    /// On stdio: also serve `/metrics` (Prometheus text) and `/healthz` at http://ADDR
    /// (loopback only), so that stdio deployments can be watched like HTTP ones.
    /// Over HTTP they are on the MCP listener already.
    #[arg(long, value_name = "ADDR", env = "MINIPROGRAM_MCP_METRICS")]
    pub metrics: Option<std::net::SocketAddr>,
    /// The base URL users and the load balancer reach this server at, e.g.
    /// `https://mcp.bank.example` (scheme, host, optional port; no path). Approval links
    /// and the OAuth resource metadata use it; its host is allowed in `Host`, its origin
    /// in `Origin`. Default: `http://<--http address>`.
    #[arg(long, value_name = "URL", env = "MINIPROGRAM_MCP_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Accepted `Host` header values over HTTP, `host` or `host:port` (repeatable, or
    /// comma-separated in the environment). Replaces the loopback defaults; the public
    /// URL's host is always accepted.
    #[arg(
        long = "allowed-host",
        value_name = "HOST",
        env = "MINIPROGRAM_MCP_ALLOWED_HOSTS",
        value_delimiter = ','
    )]
    pub allowed_hosts: Vec<String>,
    /// Extra allowed `Origin` values for browser clients over HTTP, e.g.
    /// `https://app.bank.example` (repeatable, or comma-separated in the environment).
    #[arg(
        long = "allowed-origin",
        value_name = "ORIGIN",
        env = "MINIPROGRAM_MCP_ALLOWED_ORIGINS",
        value_delimiter = ','
    )]
    pub allowed_origins: Vec<String>,
    /// HTTP authentication: `tokens` = opaque bearer tokens from `miniprogram-mcp token create`.
    #[arg(long, value_name = "KIND", value_parser = ["tokens"], env = "MINIPROGRAM_MCP_AUTH")]
    pub auth: Option<String>,
    /// OAuth 2.1: accept JWT access tokens from this issuer (with --jwt-audience and --jwks).
    #[arg(long, value_name = "URL", env = "MINIPROGRAM_MCP_JWT_ISSUER")]
    pub jwt_issuer: Option<String>,
    /// The audience JWTs must name: this server's resource URI (e.g. https://mcp.bank.example/mcp).
    #[arg(long, value_name = "URI", env = "MINIPROGRAM_MCP_JWT_AUDIENCE")]
    pub jwt_audience: Option<String>,
    /// The issuer's signing keys: a JWKS file or http(s) URL.
    #[arg(long, value_name = "FILE|URL", env = "MINIPROGRAM_MCP_JWKS")]
    pub jwks: Option<String>,
    /// Minimum seconds between two fetches of a JWKS URL (fetched again on an unknown
    /// key id, and when older than ten times this).
    #[arg(
        long,
        default_value_t = 60,
        value_name = "SECS",
        env = "MINIPROGRAM_MCP_JWKS_REFRESH"
    )]
    pub jwks_refresh: u64,
    /// HTTP requests per minute per user.
    #[arg(
        long,
        default_value_t = 600,
        value_name = "N",
        env = "MINIPROGRAM_MCP_RATE_LIMIT"
    )]
    pub rate_limit: u32,
    /// Seconds a 2026-07-28 confirmation state (MRTR requestState) stays valid.
    #[arg(long, default_value_t = 300, value_name = "SECS")]
    pub request_state_ttl: u64,
    /// Seconds an idle 2025-11-25 HTTP session lives. Never less than twice the consent
    /// timeout, so that a session waiting for the user's answer is not reaped.
    #[arg(
        long,
        default_value_t = 1800,
        value_name = "SECS",
        env = "MINIPROGRAM_MCP_SESSION_IDLE"
    )]
    pub session_idle: u64,
}

#[derive(Args, Debug, Clone)]
pub struct CallArgs {
    /// Tool name, e.g. loans__check_loan_rate.
    pub tool: String,
    /// Arguments as a JSON object.
    #[arg(long, default_value = "{}", value_name = "JSON")]
    pub args: String,
    /// For a payment: print the approval link on stderr and wait up to SECS (default
    /// 300) for the decision on the page, also when not on a terminal (scripts, CI).
    /// On a terminal `call` always waits.
    #[arg(long, value_name = "SECS", num_args = 0..=1, default_missing_value = "300")]
    pub wait_approval: Option<u64>,
    #[command(flatten)]
    pub runtime: RuntimeArgs,
}

/// The log filter when `MINIPROGRAM_MCP_LOG` is not set: `serve` tells the operator what
/// it does (info); the one-shot commands keep stderr for their own output (warnings only).
pub fn default_log_filter(cli: &Cli) -> &'static str {
    match cli.command {
        Command::Serve(_) => "info,rmcp=warn",
        _ => "warn",
    }
}

/// Parses the command line (and, for `serve --config`, the config file underneath it).
pub fn parse() -> Result<Cli, String> {
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().get_matches();
    let mut cli = Cli::from_arg_matches(&matches).map_err(|e| e.to_string())?;
    if let Command::Serve(a) = &mut cli.command
        && let Some(path) = a.config.clone()
    {
        let file = crate::config::load(&path)?;
        if let Some(n) = file.registry.max_tools {
            parse_max_tools(&n.to_string())
                .map_err(|e| format!("{}: [registry] max_tools: {e}", path.display()))?;
        }
        let sub = matches
            .subcommand_matches("serve")
            .expect("the serve subcommand matched");
        apply_config(a, &file, sub);
    }
    Ok(cli)
}

/// Fills in `serve`'s settings from the config file where neither a flag nor an
/// environment variable set them.
fn apply_config(a: &mut ServeArgs, f: &crate::config::ConfigFile, m: &clap::ArgMatches) {
    use clap::parser::ValueSource;
    let unset = |id: &str| {
        !matches!(
            m.value_source(id),
            Some(ValueSource::CommandLine | ValueSource::EnvVariable)
        )
    };
    let r = &mut a.runtime;
    if unset("data_dir") && f.data_dir.is_some() {
        r.data_dir = f.data_dir.clone();
    }
    if unset("database_url") && f.store.url.is_some() {
        r.database_url = f.store.url.clone();
    }
    if unset("database_pool")
        && let Some(n) = f.store.pool_size
    {
        r.database_pool = n;
    }
    if unset("state_key_file") && f.store.state_key_file.is_some() {
        r.state_key_file = f.store.state_key_file.clone();
    }
    if unset("user")
        && let Some(u) = &f.user
    {
        r.user = u.clone();
    }
    if unset("registry") && f.registry.dir.is_some() {
        r.registry.registry = f.registry.dir.clone();
    }
    if unset("skip_invalid")
        && let Some(v) = f.registry.skip_invalid
    {
        r.registry.skip_invalid = v;
    }
    if unset("with_demo")
        && let Some(v) = f.registry.with_demo
    {
        r.registry.with_demo = v;
    }
    if unset("max_tools")
        && let Some(v) = f.registry.max_tools
    {
        r.registry.max_tools = v;
    }
    if unset("catalog_from_bridge")
        && let Some(v) = f.registry.catalog_from_bridge
    {
        a.catalog_from_bridge = v;
    }
    if unset("bridge") && f.bridge.url.is_some() {
        r.bridge = f.bridge.url.clone();
    }
    if unset("bridge_timeout")
        && let Some(v) = f.bridge.timeout_secs
    {
        r.bridge_timeout = v;
    }
    if unset("demo_profile")
        && let Some(v) = f.bridge.demo_profile
    {
        r.demo_profile = v;
    }
    if unset("consent_timeout")
        && let Some(v) = f.consent.timeout_secs
    {
        a.consent_timeout = v;
    }
    if unset("request_state_ttl")
        && let Some(v) = f.consent.request_state_ttl_secs
    {
        a.request_state_ttl = v;
    }
    if unset("approval_port")
        && let Some(v) = f.consent.approval_port
    {
        a.approval_port = v;
    }
    if unset("session_idle")
        && let Some(v) = f.http.session_idle_secs
    {
        a.session_idle = v;
    }
    if unset("http") && f.http.listen.is_some() {
        a.http = f.http.listen;
    }
    if unset("allowed_origins")
        && let Some(v) = &f.http.allowed_origins
    {
        a.allowed_origins = v.clone();
    }
    if unset("allowed_hosts")
        && let Some(v) = &f.http.allowed_hosts
    {
        a.allowed_hosts = v.clone();
    }
    if unset("public_url") && f.http.public_url.is_some() {
        a.public_url = f.http.public_url.clone();
    }
    if unset("rate_limit")
        && let Some(v) = f.http.rate_limit_per_minute
    {
        a.rate_limit = v;
    }
    if unset("auth") && f.auth.tokens == Some(true) {
        a.auth = Some("tokens".into());
    }
    if unset("jwt_issuer") && f.auth.jwt_issuer.is_some() {
        a.jwt_issuer = f.auth.jwt_issuer.clone();
    }
    if unset("jwt_audience") && f.auth.jwt_audience.is_some() {
        a.jwt_audience = f.auth.jwt_audience.clone();
    }
    if unset("jwks_refresh")
        && let Some(v) = f.auth.jwks_refresh_secs
    {
        a.jwks_refresh = v;
    }
    if unset("jwks") && f.auth.jwks.is_some() {
        a.jwks = f.auth.jwks.clone();
    }
}

pub async fn run(cli: Cli) -> ExitCode {
    let r = match cli.command {
        Command::Serve(a) => serve(a).await,
        Command::Tools(a) => tools(&a),
        Command::Validate { dir } => return validate(dir.as_deref()),
        Command::Call(a) => return call_cmd(a).await,
        Command::Audit {
            command:
                AuditCommand::Verify {
                    data_dir,
                    database_url,
                },
        } => return audit_verify(data_dir, database_url),
        Command::Test(a) => return test_cmd(a).await,
        Command::Token { command, store } => token_cmd(command, store),
        Command::Pin { command, store } => pin_cmd(command, store),
        Command::Import {
            command:
                ImportCommand::Openapi {
                    file,
                    program,
                    out,
                    force,
                },
        } => return import_openapi(&file, program.as_deref(), &out, force),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

pub fn build_registry(a: &RegistryArgs) -> Result<Registry, BoxError> {
    let ms = a.sources().load()?;
    let (reg, validated) = Registry::build(&ms, a.skip_invalid).map_err(|e| -> BoxError {
        format!("{e}Start with --skip-invalid to serve the valid programs only.").into()
    })?;
    for e in &validated.errors {
        tracing::warn!(error = %e, "manifest error");
    }
    for s in &validated.invalid_sources {
        tracing::warn!(source = %s, "skipped invalid mini-program manifest");
    }
    Ok(reg)
}

pub fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("", "", "miniprogram-mcp")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".miniprogram-mcp"))
}

pub fn build_app(a: &RuntimeArgs) -> Result<App, BoxError> {
    let registry = build_registry(&a.registry)?;
    let keys = match &a.state_key_file {
        Some(path) => crate::app::Keys::derive(&read_state_key(path)?),
        None if a.database_url.is_some() => {
            return Err("--database-url needs --state-key-file (MINIPROGRAM_MCP_STATE_KEY_FILE, [store] state_key_file): every instance on the database must seal requestState and approval-page tokens with the same secret. Make one with `openssl rand -hex 32 > state.key` and give it to all of them".into());
        }
        None => crate::app::Keys::random(),
    };
    let (store, audit) = match &a.database_url {
        Some(url) => {
            let store = Store::open_url(url, a.database_pool)?;
            let audit = Audit::in_store(store.clone())?;
            tracing::info!(database = %crate::db::redact_url(url), "store: PostgreSQL");
            (store, audit)
        }
        None if a.in_memory => (Store::in_memory()?, Audit::in_memory()),
        None => {
            let dir = a.data_dir.clone().unwrap_or_else(default_data_dir);
            (Store::open_dir(&dir)?, Audit::open_dir(&dir)?)
        }
    };
    let (bridge, seed) = match &a.bridge {
        None => (
            Bridge::Sandbox(Arc::new(Sandbox::new(store.clone())?)),
            true,
        ),
        Some(url) => (
            Bridge::Http(
                HttpBridge::new(HttpBridgeConfig {
                    total_timeout: Duration::from_secs(a.bridge_timeout.max(1)),
                    ..HttpBridgeConfig::new(url.clone())
                })
                .map_err(|e| format!("--bridge: {e}"))?,
            ),
            a.demo_profile,
        ),
    };
    tracing::info!(tools = registry.len(), bridge = %bridge.describe(), "registry loaded");
    Ok(
        App::new(RegistryHandle::new(registry), store, bridge, audit, seed)?
            .with_max_tools(a.registry.max_tools)
            .with_keys(keys),
    )
}

/// Starts the loopback approval page and attaches it to the app.
async fn with_page(app: App, port: u16) -> Result<App, BoxError> {
    let page = crate::approval::page::spawn_loopback(
        app.approvals.clone(),
        app.audit.clone(),
        port,
        app.keys.approval_view,
    )
    .await
    .map_err(|e| format!("cannot start the approval page on 127.0.0.1:{port}: {e}"))?;
    tracing::info!(origin = %page.origin, "approval page listening");
    Ok(app.with_page(page))
}

fn token_cmd(cmd: TokenCommand, store: StoreArgs) -> Result<(), BoxError> {
    let store = store.open()?;
    let tokens = crate::auth::TokenStore::new(store)?;
    match cmd {
        TokenCommand::Create {
            user,
            scopes,
            label,
        } => {
            let (info, token) = tokens.create(&user, &scopes, label.as_deref())?;
            eprintln!(
                "created token {} for {} ({}); it is shown once:",
                info.id, info.user, info.scopes
            );
            println!("{token}");
        }
        TokenCommand::List => println!("{}", serde_json::to_string_pretty(&tokens.list()?)?),
        TokenCommand::Revoke { id } => {
            if !tokens.revoke(&id)? {
                return Err(format!("no active token has the id `{id}`").into());
            }
            eprintln!("revoked {id}");
        }
    }
    Ok(())
}

fn pin_cmd(cmd: PinCommand, store: StoreArgs) -> Result<(), BoxError> {
    let PinCommand::Set { user } = cmd;
    crate::auth::check_user_id(&user)?;
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    let pin = line.trim_end_matches(['\r', '\n']);
    if !(4..=12).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err("a payment PIN is 4 to 12 digits, given on standard input".into());
    }
    let store = store.open()?;
    let approvals =
        crate::approval::Approvals::new(store, crate::approval::ApprovalPolicy::default())?;
    approvals.set_pin(&user, pin)?;
    eprintln!("set the payment PIN of {user}");
    Ok(())
}

async fn test_cmd(a: TestArgs) -> ExitCode {
    let files = match crate::scenario::expand_paths(&a.paths) {
        Ok(f) if !f.is_empty() => f,
        Ok(_) => {
            eprintln!("error: no scenario files (*.yaml, *.yml, *.json) found");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let registry = match build_registry(&a.registry) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let target = crate::scenario::run::Target {
        registry: RegistryHandle::new(registry),
        bridge: a.bridge.clone(),
    };
    let results = crate::scenario::run::run_files(&files, &target).await;
    let (_, failed) =
        crate::scenario::run::report(&results, &mut std::io::stdout()).unwrap_or((0, 1));
    if let Some(path) = &a.junit
        && let Err(e) = crate::scenario::run::write_junit(&results, path)
    {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Reads the state-key secret: at least 32 bytes (surrounding whitespace ignored).
fn read_state_key(path: &std::path::Path) -> Result<Vec<u8>, BoxError> {
    let raw =
        std::fs::read(path).map_err(|e| format!("--state-key-file {}: {e}", path.display()))?;
    let key = raw.trim_ascii().to_vec();
    if key.len() < 32 {
        return Err(format!(
            "--state-key-file {}: the secret has {} bytes; at least 32 are needed (e.g. `openssl rand -hex 32`)",
            path.display(),
            key.len()
        )
        .into());
    }
    Ok(key)
}

fn audit_verify(data_dir: Option<PathBuf>, database_url: Option<String>) -> ExitCode {
    if let Some(url) = database_url {
        let place = format!("audit_log at {}", crate::db::redact_url(&url));
        let result = Store::open_url(&url, 1)
            .map_err(|e| e.to_string())
            .and_then(|s| crate::audit::verify_store(&s).map_err(|e| e.to_string()));
        return match result {
            Ok(v) => {
                println!(
                    "OK: {} record(s) verified in {place}; head {}",
                    v.records, v.head
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                println!("FAILED: {place}: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let path = data_dir.unwrap_or_else(default_data_dir).join("audit.log");
    match crate::audit::verify_file(&path) {
        Ok(v) => {
            println!(
                "OK: {} record(s) verified in {}; head {}",
                v.records,
                path.display(),
                v.head
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("FAILED: {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}

async fn serve(a: ServeArgs) -> Result<(), BoxError> {
    if let Some(addr) = a.http {
        return serve_http(a.clone(), addr).await;
    }
    let app = with_page(build_app(&a.runtime)?, a.approval_port).await?;
    if let Some(addr) = a.metrics {
        let bound = crate::transport::http::spawn_metrics(app.clone(), addr).await?;
        tracing::info!(url = %format!("http://{bound}/metrics"), "metrics listening");
    }
    let identity = Identity::Local {
        user: a.runtime.user.clone(),
        session: uuid::Uuid::new_v4().to_string(),
    };
    let settings = McpSettings {
        consent_timeout: Duration::from_secs(a.consent_timeout.max(1)),
        request_state_ttl: Duration::from_secs(a.request_state_ttl.max(1)),
    };
    let server = McpServer::new(app.clone(), identity, settings);
    server
        .start_live_registry(a.runtime.registry.sources(), a.catalog_from_bridge)
        .await;
    crate::transport::stdio::serve(server).await
}

/// The idle lifetime of a legacy HTTP session: as configured, but at least twice the
/// consent timeout (an elicitation wait produces no session events).
fn session_idle(configured_secs: u64, consent_timeout_secs: u64) -> Duration {
    let floor = consent_timeout_secs.max(1).saturating_mul(2);
    if configured_secs < floor {
        tracing::warn!(
            configured_secs,
            effective_secs = floor,
            "the session idle time is raised to twice the consent timeout"
        );
    }
    Duration::from_secs(configured_secs.max(floor))
}

async fn serve_http(a: ServeArgs, addr: std::net::SocketAddr) -> Result<(), BoxError> {
    use crate::transport::http::{check_host, check_origin};
    let mut settings = crate::transport::http::HttpSettings::new(addr);
    settings.public_origin = a
        .public_url
        .as_deref()
        .map(check_origin)
        .transpose()
        .map_err(|e| format!("--public-url: {e}"))?;
    settings.allowed_hosts = a
        .allowed_hosts
        .iter()
        .map(|h| check_host(h))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("--allowed-host: {e}"))?;
    settings.allowed_origins = a
        .allowed_origins
        .iter()
        .map(|o| check_origin(o))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("--allowed-origin: {e}"))?;
    settings.rate_limit_per_minute = a.rate_limit;
    settings.local_user = a.runtime.user.clone();
    settings.registry = a.runtime.registry.sources();
    settings.catalog_from_bridge = a.catalog_from_bridge;
    // Sessions must outlast the longest consent wait.
    settings.session_idle = session_idle(a.session_idle, a.consent_timeout);
    let app = build_app(&a.runtime)?;
    if a.auth.as_deref() == Some("tokens") {
        settings.tokens = Some(crate::auth::TokenStore::new(app.store.clone())?);
    }
    let jwt_parts = [
        a.jwt_issuer.is_some(),
        a.jwt_audience.is_some(),
        a.jwks.is_some(),
    ];
    if jwt_parts.contains(&true) && jwt_parts.contains(&false) {
        return Err("OAuth needs all three of --jwt-issuer, --jwt-audience and --jwks (or [auth] jwt_issuer, jwt_audience, jwks)".into());
    }
    if let (Some(iss), Some(aud), Some(jwks)) = (&a.jwt_issuer, &a.jwt_audience, &a.jwks) {
        let mut cfg = crate::auth::jwt::JwtConfig::new(
            iss.clone(),
            aud.clone(),
            crate::auth::jwt::JwksSource::parse(jwks),
        );
        cfg.refresh_interval = Duration::from_secs(a.jwks_refresh.max(1));
        settings.jwt = Some(Arc::new(
            crate::auth::jwt::JwtValidator::new(cfg)
                .await
                .map_err(|e| format!("--jwks: {e}"))?,
        ));
    }
    let bound = crate::transport::http::bind(&settings)?;
    let mcp = McpSettings {
        consent_timeout: Duration::from_secs(a.consent_timeout.max(1)),
        request_state_ttl: Duration::from_secs(a.request_state_ttl.max(1)),
    };
    match &settings.public_origin {
        Some(public) => eprintln!(
            "miniprogram-mcp: MCP over streamable HTTP at {public}/mcp (listening on {})",
            bound.addr
        ),
        None => eprintln!(
            "miniprogram-mcp: MCP over streamable HTTP at http://{}/mcp",
            bound.addr
        ),
    }
    crate::transport::http::serve(bound, app, mcp, settings).await?;
    Ok(())
}

/// `import openapi`: 0 when the draft validates, 1 when a person must decide something
/// first, 2 when the document cannot be read.
fn import_openapi(file: &Path, program: Option<&str>, out: &Path, force: bool) -> ExitCode {
    let draft = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))
        .and_then(|text| crate::import::openapi::parse_document(&text))
        .and_then(|doc| crate::import::openapi::draft(&doc, program));
    let draft = match draft {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    let path = out.join(format!("{}.json", draft.program_id));
    let review_path = out.join(format!("{}.review.md", draft.program_id));
    if path.exists() && !force {
        eprintln!(
            "error: {} exists; pass --force to overwrite it",
            path.display()
        );
        return ExitCode::from(2);
    }
    // Through the format's own type, so that fields come in the documented order.
    let typed = serde_json::from_value::<manifest::Manifest>(draft.manifest.clone());
    let text = match &typed {
        Ok(m) => serde_json::to_string_pretty(m),
        Err(_) => serde_json::to_string_pretty(&draft.manifest),
    }
    .unwrap_or_default()
        + "\n";
    let checked = crate::manifest::validate_all(&[manifest::LoadedManifest {
        source: crate::manifest::ManifestSource::File(path.clone()),
        text: text.clone(),
    }]);
    let tools: usize = checked.programs.iter().map(|p| p.actions.len()).sum();
    let mut report = format!(
        "# Review of {} (drafted from {})\n\nEvery proposal below needs a person's review before the program is served.\n\n## Proposals to review\n\n",
        path.display(),
        file.display()
    );
    for r in &draft.review {
        report.push_str(&format!("- {r}\n"));
    }
    report.push_str("\n## Not mapped\n\n");
    if draft.unmapped.is_empty() {
        report.push_str("- nothing\n");
    }
    for u in &draft.unmapped {
        report.push_str(&format!("- {u}\n"));
    }
    report.push_str("\n## Validation\n\n");
    if checked.errors.is_empty() {
        report.push_str(&format!("- OK: the draft validates ({tools} tools)\n"));
    } else {
        for e in &checked.errors {
            report.push_str(&format!("- DECIDE: {e}\n"));
        }
    }
    let written = std::fs::create_dir_all(out)
        .and_then(|_| std::fs::write(&path, &text))
        .and_then(|_| std::fs::write(&review_path, &report));
    if let Err(e) = written {
        eprintln!("error: cannot write the draft to {}: {e}", out.display());
        return ExitCode::from(2);
    }
    print!("{report}");
    println!("\nWrote {} and {}.", path.display(), review_path.display());
    if checked.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        println!(
            "{} decision(s) left: fix them in {}, then `miniprogram-mcp validate {}`.",
            checked.errors.len(),
            path.display(),
            out.display()
        );
        ExitCode::FAILURE
    }
}

fn tools(a: &RegistryArgs) -> Result<(), BoxError> {
    let reg = build_registry(a)?;
    let json = crate::mcp::tools::published_json(&reg);
    println!("{}", serde_json::to_string_pretty(&json)?);
    Ok(())
}

fn validate(dir: Option<&Path>) -> ExitCode {
    let ms = match manifest::Sources::dir(dir.map(Path::to_path_buf)).load() {
        Ok(m) => m,
        Err(e) => {
            println!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let v = manifest::validate_all(&ms);
    if v.errors.is_empty() {
        let tools: usize = v.programs.iter().map(|p| p.actions.len()).sum();
        // What `tools` would list: the same programs plus the server's own tools.
        let listed = build_registry(&RegistryArgs {
            registry: dir.map(Path::to_path_buf),
            with_demo: false,
            max_tools: 0,
            skip_invalid: false,
        })
        .map(|r| r.len())
        .unwrap_or(tools);
        let own = listed.saturating_sub(tools);
        let what = match dir {
            Some(d) => d.display().to_string(),
            None => "the embedded demo catalog (no directory given)".to_string(),
        };
        println!(
            "OK: {what}: {} manifest(s), {} program(s), {tools} action tool(s); with the server's own {own} tools, {} tools, as `miniprogram-mcp tools` lists them",
            ms.len(),
            v.programs.len(),
            listed
        );
        ExitCode::SUCCESS
    } else {
        for e in &v.errors {
            println!("{e}");
        }
        println!(
            "{} error(s) in {} of {} manifest(s)",
            v.errors.len(),
            v.invalid_sources.len(),
            ms.len()
        );
        ExitCode::FAILURE
    }
}

/// Exit codes of `call`: 0 success, 1 tool error (`isError`), 2 usage or protocol error.
async fn call_cmd(a: CallArgs) -> ExitCode {
    let app = match build_app(&a.runtime) {
        Ok(app) => match with_page(app, 0).await {
            Ok(app) => app,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        },
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let args: Map<String, Value> = match serde_json::from_str::<Value>(&a.args) {
        Ok(Value::Object(m)) => m,
        Ok(_) => {
            eprintln!(
                "error: --args must be a JSON object, e.g. '{{\"utility\": \"electricity\"}}'"
            );
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: --args is not valid JSON: {e}");
            return ExitCode::from(2);
        }
    };
    let caller = Caller {
        user: a.runtime.user.clone(),
        session: None,
        client: "miniprogram-mcp call".into(),
    };
    let result = run_call(&app, &caller, &a.tool, args, a.wait_approval).await;
    match result {
        Ok(o) => {
            if let Some(note) = &o.note {
                eprintln!("{note}");
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&Value::Object(o.structured)).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(CallError::UnknownTool(t)) => {
            eprintln!("error: unknown tool `{t}` (see `miniprogram-mcp tools`)");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("tool error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run_call(
    app: &App,
    caller: &Caller,
    tool: &str,
    args: Map<String, Value>,
    wait_approval: Option<u64>,
) -> Result<call::Outcome, CallError> {
    let p = call::prepare(app, caller, tool, Some(args)).await?;
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let wait = match (wait_approval, interactive) {
        (Some(secs), _) => Some(Duration::from_secs(secs.max(1))),
        (None, true) => Some(Duration::from_secs(300)),
        (None, false) => None,
    };
    match &p.need {
        Need::Nothing => {}
        Need::Authorize(_) => {
            let (id, link) = match call::authorize(app, caller, &p)? {
                PaymentStep::Execute { idempotency_key } => {
                    return call::execute(app, caller, &p, Some(idempotency_key)).await;
                }
                PaymentStep::NeedsApproval { approval_id, link } => (approval_id, link),
            };
            let Some(wait) = wait else {
                return Err(CallError::ConsentUnavailable(format!(
                    "{tool} moves money and needs the user's approval on the approval page, and this is not an interactive terminal; nothing was paid. Pass --wait-approval to print the link and wait for the decision."
                )));
            };
            let pay = p
                .payment
                .as_ref()
                .expect("authorize-tier calls carry payment facts");
            eprintln!(
                "Approve the payment of ¥{} to {} in your browser (payment PIN required):\n  {link}\nWaiting up to {} s for the decision...",
                pay.display.amount,
                pay.display.payee_shown(),
                wait.as_secs()
            );
            match call::wait_for_decision(app, &id, wait).await? {
                crate::approval::Status::Approved => match call::authorize(app, caller, &p)? {
                    PaymentStep::Execute { idempotency_key } => {
                        return call::execute(app, caller, &p, Some(idempotency_key)).await;
                    }
                    PaymentStep::NeedsApproval { .. } => {
                        return Err(CallError::ConsentInvalid(
                            "the approval no longer matches this call; nothing was paid".into(),
                        ));
                    }
                },
                crate::approval::Status::Rejected => {
                    return Err(CallError::Declined(tool.to_string()));
                }
                _ => {
                    return Err(CallError::ConsentInvalid(
                        "the payment was not approved in time; nothing was paid".into(),
                    ));
                }
            }
        }
        Need::Confirm(prompt) => {
            if !interactive {
                return Err(CallError::ConsentUnavailable(format!(
                    "{tool} needs the user's confirmation, and this is not an interactive terminal; nothing was done."
                )));
            }
            match ask_terminal(&prompt.message()) {
                Answer::Accept(r) => call::remember(app, caller, &p, r)?,
                Answer::Decline => return Err(CallError::Declined(tool.to_string())),
                Answer::Cancel => return Err(CallError::Cancelled(tool.to_string())),
            }
        }
    }
    call::execute(app, caller, &p, None).await
}

fn ask_terminal(message: &str) -> Answer {
    let mut err = std::io::stderr();
    let _ = write!(err, "{message}\nProceed? [y/N] ");
    let _ = err.flush();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => Answer::Cancel,
        Ok(_) if matches!(line.trim().to_lowercase().as_str(), "y" | "yes") => {
            Answer::Accept(Remember::Once)
        }
        Ok(_) => Answer::Decline,
    }
}
