//! Benchmarks for the foundation (issue 2): a synthetic registry of 10,000 actions
//! (plus the demo catalog) measured for
//! - start-up: process spawn → `initialize` answered → first `tools/list` answered;
//! - `tools/list`: server-side time to build and serialize one page of 1,000 tools;
//! - pipeline overhead: `call::prepare` (lookup, prefill, validation, consent decision)
//!   excluding the bridge, and the sandbox's `invoke` on its own;
//! - resident memory of the serving process with the 10,000-action registry;
//! - sequential `loans__check_loan_rate` calls per second over stdio.
//!
//! Run with: `cargo bench --bench pipeline`. Results are printed; the README records them.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use miniprogram_mcp::app::App;
use miniprogram_mcp::bridge::Bridge;
use miniprogram_mcp::call::{self, Caller};
use miniprogram_mcp::manifest;
use miniprogram_mcp::registry::{Registry, RegistryHandle};
use miniprogram_mcp::sandbox::Sandbox;
use miniprogram_mcp::store::Store;
use rmcp::ServiceExt;
use rmcp::model::CallToolRequestParams;
use rmcp::transport::{ConfigureCommandExt, TokioChildProcess};
use serde_json::json;

const PROGRAMS: usize = 100;
const ACTIONS_PER_PROGRAM: usize = 100;

fn synthetic_manifest(p: usize) -> serde_json::Value {
    let actions: Vec<_> = (0..ACTIONS_PER_PROGRAM)
        .map(|a| {
            json!({
                "name": format!("action_{a:03}"),
                "title": format!("Synthetic action {a}"),
                "description": "A synthetic read-only action used by the benchmark.",
                "input_schema": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["city"],
                    // Every schema differs (no sharing between actions is measured).
                    "properties": {
                        "city": {"type": "string", "enum": ["beijing", "shanghai", format!("city_{p}_{a}")]},
                        "account_no": {"type": "string", "pattern": "^[0-9]{8,20}$", "description": format!("Account for action {a} of program {p}.")},
                        "limit": {"type": "integer", "minimum": 1, "maximum": 50 + a}
                    }
                },
                "output_schema": {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "maxItems": 100 + a}}},
                "annotations": {"read_only": true, "destructive": false, "idempotent": true, "open_world": false},
                "consent": "none",
                "prefill": {"account_no": {"profile_key": "utility_account.electricity", "mode": "overridable"}},
                "bridge": {"action": format!("synthetic.action_{a:03}")}
            })
        })
        .collect();
    json!({
        "id": format!("synthetic_{p:03}"),
        "app_id": format!("mp.synthetic.{p:03}"),
        "name": format!("Synthetic program {p}"),
        "version": "1.0.0",
        "actions": actions
    })
}

fn write_registry(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for p in 0..PROGRAMS {
        let path = dir.join(format!("synthetic_{p:03}.json"));
        std::fs::write(path, synthetic_manifest(p).to_string()).unwrap();
    }
    for m in manifest::embedded_catalog() {
        if let manifest::ManifestSource::Embedded(name) = m.source {
            std::fs::write(dir.join(name), m.text).unwrap();
        }
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn rss_kib(pid: u32) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    s.lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn in_process(dir: &Path) {
    let manifests = manifest::load_dir(dir).unwrap();
    let t = Instant::now();
    let (reg, _) = Registry::build(&manifests, false).unwrap();
    println!(
        "registry build (validate + compile {} tools): {:?}",
        reg.len(),
        t.elapsed()
    );

    let t = Instant::now();
    let tools = miniprogram_mcp::mcp::tools::published(&reg);
    println!(
        "tools/list, the whole list of {} tools built at once (parse every schema): {:?}",
        tools.len(),
        t.elapsed()
    );
    drop(tools);
    let mut samples = Vec::new();
    for i in 0..50 {
        let t = Instant::now();
        // What the handler does per request for a registry this large: build one page
        // from the actions' compact schemas; then what rmcp does: serialize it.
        let page_no = i % (reg.len() / miniprogram_mcp::mcp::TOOLS_PAGE);
        let page = miniprogram_mcp::mcp::tools::page(
            &reg,
            page_no * miniprogram_mcp::mcp::TOOLS_PAGE,
            miniprogram_mcp::mcp::TOOLS_PAGE,
        );
        let result = rmcp::model::ListToolsResult::with_all_items(page);
        let text = serde_json::to_vec(&result).unwrap();
        std::hint::black_box(text);
        samples.push(t.elapsed());
    }
    println!(
        "tools/list server-side, one page of {} tools (build the page + serialize): median {:?}",
        miniprogram_mcp::mcp::TOOLS_PAGE,
        median(samples)
    );

    let store = Store::in_memory().unwrap();
    let sandbox = std::sync::Arc::new(Sandbox::new(store.clone()).unwrap());
    let app = App::new(
        RegistryHandle::new(reg),
        store,
        Bridge::Sandbox(sandbox.clone()),
        miniprogram_mcp::audit::Audit::in_memory(),
        true,
    )
    .unwrap();
    let caller = Caller {
        user: "demo".into(),
        session: Some("bench".into()),
        client: "bench".into(),
    };
    let args = json!({"product": "mortgage_first_home", "term_months": 360, "amount": "1000000"});
    let args = args.as_object().unwrap().clone();
    let mut prep = Vec::new();
    let mut bridge = Vec::new();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    for i in 0..20_000 {
        let t = Instant::now();
        let p = rt
            .block_on(call::prepare(
                &app,
                &caller,
                "loans__check_loan_rate",
                Some(args.clone()),
            ))
            .unwrap();
        let d1 = t.elapsed();
        let t = Instant::now();
        let out = rt.block_on(call::execute(&app, &caller, &p, None)).unwrap();
        let d2 = t.elapsed();
        std::hint::black_box(out);
        if i >= 1000 {
            prep.push(d1);
            bridge.push(d2);
        }
    }
    let p50 = pct(&mut prep, 0.5);
    let p99 = pct(&mut prep, 0.99);
    println!(
        "pipeline overhead excl. bridge (prepare: lookup+prefill+validate+consent): median {p50:?}, p99 {p99:?}"
    );
    let e50 = pct(&mut bridge, 0.5);
    println!("execute incl. embedded sandbox + output validation: median {e50:?}");
}

async fn over_stdio(dir: &Path) {
    let bin = env!("CARGO_BIN_EXE_miniprogram-mcp");
    let t = Instant::now();
    let transport = TokioChildProcess::new(tokio::process::Command::new(bin).configure(|c| {
        c.arg("serve").arg("--in-memory").arg("--registry").arg(dir);
        c.env("MINIPROGRAM_MCP_LOG", "warn");
    }))
    .unwrap();
    let pid = transport.id();
    let client = ().serve(transport).await.unwrap();
    let init = t.elapsed();
    let tools = client.list_all_tools().await.unwrap();
    println!(
        "start-up (spawn → initialize answered): {init:?}; → all tools listed ({} tools, all pages): {:?}",
        tools.len(),
        t.elapsed()
    );
    if let Some(pid) = pid.and_then(rss_kib_for) {
        println!(
            "resident memory of the server with {} tools: {:.1} MiB",
            tools.len(),
            pid as f64 / 1024.0
        );
    }
    let args = json!({"product": "personal_consumer", "term_months": 12});
    let args = args.as_object().unwrap().clone();
    for _ in 0..500 {
        client
            .call_tool(
                CallToolRequestParams::new("loans__check_loan_rate").with_arguments(args.clone()),
            )
            .await
            .unwrap();
    }
    let n = 10_000;
    let t = Instant::now();
    for _ in 0..n {
        let r = client
            .call_tool(
                CallToolRequestParams::new("loans__check_loan_rate").with_arguments(args.clone()),
            )
            .await
            .unwrap();
        assert_ne!(r.is_error, Some(true));
    }
    let el = t.elapsed();
    println!(
        "sequential loans__check_loan_rate over stdio (10k-tool registry): {:.0} calls/s ({n} calls in {el:?})",
        n as f64 / el.as_secs_f64()
    );
    client.cancel().await.unwrap();
}

fn rss_kib_for(pid: u32) -> Option<u64> {
    rss_kib(pid)
}

fn main() {
    // `cargo bench` passes `--bench`; ignore arguments.
    let dir: PathBuf = std::env::temp_dir().join(format!("mpmcp-bench-{}", uuid::Uuid::new_v4()));
    write_registry(&dir);
    in_process(&dir);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(over_stdio(&dir));
    let _ = std::fs::remove_dir_all(&dir);
}
