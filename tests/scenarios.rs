//! `miniprogram-mcp test`: the published scenario format does not drift, the example
//! scenarios pass, and a wrong expectation fails with a readable diff, a non-zero exit
//! code and a JUnit report.

mod common;

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"));
    c.env("MINIPROGRAM_MCP_LOG", "warn");
    c
}

#[test]
fn published_scenario_schema_matches_the_rust_types() {
    let schema = serde_json::to_string_pretty(&miniprogram_mcp::scenario::scenario_json_schema())
        .unwrap()
        + "\n";
    let path = root().join("examples/scenarios/scenario.schema.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &schema).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        schema,
        "run `UPDATE_SNAPSHOTS=1 cargo test --test scenarios`"
    );
}

#[test]
fn the_example_scenarios_pass() {
    let out = bin()
        .arg("test")
        .arg(root().join("examples/scenarios"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");
    assert!(
        stdout.lines().filter(|l| l.starts_with("PASS")).count() >= 10,
        "{stdout}"
    );
}

#[test]
fn a_wrong_expectation_fails_with_a_diff_and_junit() {
    let dir = std::env::temp_dir().join(format!("mpmcp-scn-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("wrong.yaml"),
        "name: the electricity bill is wrongly expected to be 100.00\nera: legacy\nsteps:\n  - call: loans__check_loan_rate\n    args: {product: personal_consumer, term_months: 12}\n  - call: utility_bills__query_bills\n    args: {utility: electricity}\n    consent: accept\n    expect:\n      result: {outstanding: \"100.00\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("ok.json"), r#"{"name": "fine", "era": "modern", "steps": [{"call": "fx__get_exchange_rate", "args": {"from": "USD", "to": "CNY"}}]}"#).unwrap();
    let junit = dir.join("report.xml");
    let out = bin()
        .arg("test")
        .arg(&dir)
        .arg("--junit")
        .arg(&junit)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("PASS  fine [2026-07-28]"), "{stdout}");
    assert!(
        stdout.contains("FAIL  the electricity bill is wrongly expected to be 100.00 [2025-11-25]"),
        "{stdout}"
    );
    assert!(stdout.contains("step 2 (utility_bills__query_bills): `outstanding`: expected \"100.00\", got \"236.50\""), "{stdout}");
    assert!(
        stdout.contains("expected (subset)") && stdout.contains("\"outstanding\": \"236.50\""),
        "{stdout}"
    );
    assert!(stdout.contains("1 passed, 1 failed"), "{stdout}");
    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(
        xml.contains("<failure") && xml.contains("tests=\"2\""),
        "{xml}"
    );
}

#[test]
fn an_unexpected_consent_request_fails_the_step() {
    let dir = std::env::temp_dir().join(format!("mpmcp-scn-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("s.json");
    std::fs::write(&file, r#"{"name": "bills are personal", "era": "legacy", "steps": [{"call": "utility_bills__query_bills", "args": {"utility": "gas"}}]}"#).unwrap();
    let out = bin().arg("test").arg(&file).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("no consent was expected, but the server asked (confirmation form)"),
        "{stdout}"
    );
}

#[test]
fn a_malformed_scenario_is_reported_by_file() {
    let dir = std::env::temp_dir().join(format!("mpmcp-scn-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.yaml");
    std::fs::write(&file, "name: x\nsteps:\n  - call: a\n    consnt: accept\n").unwrap();
    let out = bin().arg("test").arg(&file).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("bad.yaml: not a valid scenario") && stdout.contains("consnt"),
        "{stdout}"
    );
}

#[test]
fn the_same_scenarios_run_against_the_sandbox_bridge_over_http() {
    let bridge = common::start_bridge("none");
    let url = bridge.url.clone();
    let s = root().join("examples/scenarios");
    let out = bin()
        .arg("test")
        .args([
            s.join("loans.yaml"),
            s.join("branches.yaml"),
            s.join("fx_cards_profile.yaml"),
        ])
        .args(["--bridge", &url])
        .output()
        .unwrap();
    drop(bridge);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("6 passed, 0 failed"), "{stdout}");
}

/// Every action of the demo catalogue is called by at least one example scenario (which
/// `the_example_scenarios_pass` runs in both eras), and each scenario names real tools.
#[test]
fn every_demo_action_is_covered_by_an_example_scenario() {
    let (reg, _) = miniprogram_mcp::registry::Registry::build(
        &miniprogram_mcp::manifest::embedded_catalog(),
        false,
    )
    .unwrap();
    // The mini-programs' actions (not the server's own tools).
    let actions: Vec<String> = reg
        .iter()
        .filter(|s| matches!(s.route, miniprogram_mcp::action::Route::Bridge(_)))
        .map(|s| s.tool.clone())
        .collect();
    let mut called = std::collections::BTreeSet::new();
    for e in std::fs::read_dir(root().join("examples/scenarios")).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_none_or(|x| x != "yaml") {
            continue;
        }
        let v: serde_json::Value =
            yaml_serde::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for step in v["steps"].as_array().unwrap() {
            called.insert(step["call"].as_str().unwrap().to_string());
        }
    }
    let missing: Vec<&String> = actions.iter().filter(|a| !called.contains(*a)).collect();
    assert!(
        missing.is_empty(),
        "demo actions no scenario calls: {missing:?}"
    );
    assert!(
        actions.len() >= 60,
        "the demo catalogue has {} actions",
        actions.len()
    );
}
