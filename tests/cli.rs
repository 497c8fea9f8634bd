//! The command line: `tools`, `validate`, `call` (consent refused when not interactive),
//! `serve` refusing an invalid registry unless `--skip-invalid`, `pin set`, `--help` everywhere.

use std::process::{Command, Stdio};

mod common;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"));
    c.env("MINIPROGRAM_MCP_LOG", "warn").stdin(Stdio::null());
    c
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = bin().args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn tools_prints_the_published_list() {
    let (code, out, _) = run(&["tools"]);
    assert_eq!(code, Some(0));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["tools"].as_array().unwrap().len() >= 10);
}

#[test]
fn call_runs_public_tools_and_refuses_consent_without_a_terminal() {
    let (code, out, _) = run(&[
        "call",
        "loans__check_loan_rate",
        "--in-memory",
        "--args",
        r#"{"product": "personal_consumer", "term_months": 12}"#,
    ]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("\"lpr_tenor\": \"1Y\""), "{out}");
    let (code, _, err) = run(&["call", "branches__list_my_visits", "--in-memory"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("not an interactive terminal"), "{err}");
    let (code, _, err) = run(&[
        "call",
        "utility_bills__pay_bill",
        "--in-memory",
        "--args",
        r#"{"utility": "gas", "amount": "10.00"}"#,
    ]);
    assert_eq!(code, Some(1));
    assert!(err.contains("nothing was paid"), "{err}");
    let (code, _, err) = run(&[
        "call",
        "loans__check_loan_rate",
        "--in-memory",
        "--args",
        "[1]",
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("must be a JSON object"), "{err}");
    let (code, _, err) = run(&["call", "nope__tool", "--in-memory"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown tool"), "{err}");
}

#[test]
fn validate_reports_every_error_and_serve_refuses_an_invalid_registry() {
    let dir = common::tmpdir("mpmcp-cli");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tool-schemas/loans.json"),
        dir.join("loans.json"),
    )
    .unwrap();
    std::fs::write(
        dir.join("broken.json"),
        r#"{"id": "Broken Id", "app_id": "x", "name": "x", "version": "1", "actions": []}"#,
    )
    .unwrap();
    let d = dir.to_str().unwrap();
    let (code, out, _) = run(&["validate", d]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("broken.json: at /id:") && out.contains("broken.json: at /actions:"),
        "{out}"
    );
    assert!(out.contains("2 error(s) in 1 of 2 manifest(s)"), "{out}");
    let (code, _, err) = run(&["serve", "--in-memory", "--registry", d]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("--skip-invalid") && err.contains("broken.json"),
        "{err}"
    );
    // With --skip-invalid it starts (and ends when stdin closes).
    let (code, _, err) = run(&["serve", "--in-memory", "--registry", d, "--skip-invalid"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("skipped invalid mini-program manifest"),
        "{err}"
    );
    let (code, out, _) = run(&[
        "validate",
        concat!(env!("CARGO_MANIFEST_DIR"), "/tool-schemas"),
    ]);
    assert_eq!(code, Some(0));
    let programs = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tool-schemas"))
        .unwrap()
        .filter(|e| {
            let n = e.as_ref().unwrap().file_name();
            let n = n.to_string_lossy();
            n.ends_with(".json") && n != "manifest.schema.json"
        })
        .count();
    assert!(
        out.starts_with("OK: ")
            && out.contains("tool-schemas: ")
            && out.contains(&format!("{programs} manifest(s), {programs} program(s)")),
        "{out}"
    );
    // No directory: it names the embedded catalog and counts as `tools` does.
    let (code, out, _) = run(&["validate"]);
    assert_eq!(code, Some(0));
    let (_, listed, _) = run(&["tools"]);
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let n = listed["tools"].as_array().unwrap().len();
    assert!(
        out.contains("the embedded demo catalog") && out.contains(&format!(", {n} tools, as")),
        "{out}"
    );
}

#[test]
fn every_command_has_help() {
    for cmd in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["tools", "--help"],
        vec!["validate", "--help"],
        vec!["call", "--help"],
        vec!["test", "--help"],
        vec!["audit", "verify", "--help"],
    ] {
        let (code, out, _) = run(&cmd);
        assert_eq!(code, Some(0), "{cmd:?}");
        assert!(out.contains("Usage:"), "{cmd:?}: {out}");
    }
}

/// `pin set` reads the PIN from standard input and refuses, changing nothing, a PIN that
/// is not 4–12 digits or a user id that is not valid.
#[test]
fn pin_set_checks_its_input() {
    use std::io::Write;
    let dir = common::tmpdir("mpmcp-pin");
    let d = dir.to_str().unwrap();
    let pin_set = |user: &str, stdin: &str| {
        let mut child = bin()
            .args(["pin", "set", "--user", user, "--data-dir", d])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // (The user id is checked first, so the child may exit before reading.)
        let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for bad in ["12\n", "1234567890123\n", "12a4\n", "\n", ""] {
        let (code, err) = pin_set("alice", bad);
        assert_eq!(code, Some(1), "{bad:?}");
        assert!(err.contains("4 to 12 digits"), "{bad:?}: {err}");
    }
    let (code, err) = pin_set("not a user", "135790\n");
    assert_eq!(code, Some(1));
    assert!(err.contains("not a valid user id"), "{err}");
    let (code, err) = pin_set("alice", "135790\n");
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("set the payment PIN of alice"), "{err}");
    assert!(!err.contains("135790"), "the PIN is never echoed");
}

/// Issue 9: `serve` started by hand in a terminal says on stderr what it speaks and how
/// to connect a client, and answers a line that is not JSON with a JSON-RPC parse error
/// (then still serves MCP). The terminal is a real pseudo-terminal from util-linux's
/// `script`; with a pipe instead (how clients start it) stdout stays protocol-only.
#[test]
fn serve_in_a_terminal_explains_itself_and_answers_non_json_with_a_parse_error() {
    use std::io::{Read, Write};
    let script = std::path::Path::new("/usr/bin/script");
    assert!(
        script.exists(),
        "this test needs util-linux's `script` (Debian: apt-get install bsdutils)"
    );
    let cmd = format!(
        "{} serve --in-memory",
        env!("CARGO_BIN_EXE_miniprogram-mcp")
    );
    let mut child = Command::new(script)
        .args(["-qec", &cmd, "/dev/null"])
        .env("MINIPROGRAM_MCP_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = String::new();
    let mut wait_for = |needle: &str| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while !seen.contains(needle) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match rx.recv_timeout(left) {
                Ok(b) => seen.push_str(&String::from_utf8_lossy(&b)),
                Err(_) => panic!("no `{needle}` in the terminal within 20 s: {seen}"),
            }
        }
        seen.clone()
    };
    let shown = wait_for("Waiting for MCP messages");
    assert!(
        shown.contains("speaks the Model Context Protocol")
            && shown.contains("claude mcp add miniprogram --"),
        "{shown}"
    );
    stdin.write_all(b"hello\n").unwrap();
    let shown = wait_for("\"code\":-32700");
    assert!(shown.contains("\"id\":null"), "{shown}");
    stdin
        .write_all(
            br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#,
        )
        .unwrap();
    stdin.write_all(b"\n").unwrap();
    wait_for("\"serverInfo\"");
    let _ = child.kill();
    let _ = child.wait();

    // Through a pipe (as clients start it): no banner, nothing but protocol on stdout.
    let out = bin()
        .args(["serve", "--in-memory"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
        .wait_with_output()
        .unwrap();
    assert!(out.stdout.is_empty(), "{:?}", out.stdout);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("speaks the Model Context Protocol"),
        "the banner is only for terminals"
    );
}

/// Issue 9: one `validate` run reports structural and semantic errors together (not
/// some only after others are fixed), and an enum-like field lists its allowed values.
#[test]
fn validate_reports_structural_and_semantic_errors_in_one_run_and_lists_allowed_values() {
    let dir = common::tmpdir("mpmcp-validate");
    let mut m: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tool-schemas/utility_bills.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let pay = m["actions"]
        .as_array()
        .unwrap()
        .iter()
        .position(|a| a["name"] == "pay_bill")
        .unwrap();
    let other = if pay == 0 { 1 } else { 0 };
    m["id"] = "Utility Bills".into();
    m["actions"][other]["consent"] = "maybe".into();
    m["actions"][other]["annotations"]["read_only"] = "yes".into();
    m["actions"][pay]["prefill"]["account_no"]["profile_key"] = "Bad Key!".into();
    m["actions"][pay]["payment"]["payee"] = serde_json::json!(["utility", "nope"]);
    std::fs::write(dir.join("bills.json"), m.to_string()).unwrap();
    let (code, out, _) = run(&["validate", dir.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{out}");
    for expected in [
        format!(
            "at /actions/{other}/consent: \"maybe\" is not one of the allowed values: \"none\", \"confirm\", \"authorize\""
        ),
        format!("at /actions/{other}/annotations/read_only:"),
        format!("at /actions/{pay}/prefill/account_no/profile_key: profile key `Bad Key!`"),
        format!("at /actions/{pay}/payment/payee/1: names parameter `nope`"),
        "at /id: program id `Utility Bills`".to_string(),
    ] {
        assert!(out.contains(&expected), "missing `{expected}` in:\n{out}");
    }
    assert!(!out.contains("oneOf"), "{out}");
    assert!(out.contains("5 error(s) in 1 of 1 manifest(s)"), "{out}");
}

/// Issue 9: `call --wait-approval` makes the README true off a terminal: it prints the
/// approval link (naming amount and payee) and waits for the decision on the page, then
/// pays once; stderr carries no INFO logs by default. Without the option a script gets a
/// clear refusal that names it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn call_wait_approval_prints_the_link_waits_for_the_page_and_pays_quietly() {
    use std::io::BufRead;
    let data = common::tmpdir("mpmcp-call-wait");
    let data = data.to_str().unwrap();
    let pay = |extra: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"));
        c.env_remove("MINIPROGRAM_MCP_LOG")
            .args([
                "call",
                "utility_bills__pay_bill",
                "--data-dir",
                data,
                "--args",
                r#"{"utility": "electricity"}"#,
            ])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    };
    let out = pay(&[]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Pass --wait-approval"), "{err}");
    assert!(!err.contains(" INFO "), "quiet by default: {err}");

    let mut child = pay(&["--wait-approval", "60"]).spawn().unwrap();
    let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut shown = String::new();
    let link = loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "call exited before printing a link: {shown}"
        );
        shown.push_str(&line);
        if let Some(i) = line.find("http://127.0.0.1:") {
            break line[i..].trim().to_string();
        }
    };
    assert!(
        shown.contains("Approve the payment of ¥236.50 to 国网杭州供电公司 State Grid Hangzhou Power Supply Company (electricity · ****7162)"),
        "{shown}"
    );
    let page = miniprogram_mcp::scenario::run::decide_on_page(
        &reqwest::Client::new(),
        &link,
        "246810",
        "approve",
        &[],
    )
    .await
    .unwrap();
    assert!(page.contains("Approved"), "{page}");
    let out = child.wait_with_output().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    assert_eq!(out.status.code(), Some(0), "{shown}{rest}");
    let receipt: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(receipt["status"], "paid");
    assert!(
        !format!("{shown}{rest}").contains(" INFO "),
        "no INFO logs: {shown}{rest}"
    );
}

/// Issue 9: a manifest's examples are checked at load: arguments must be declared
/// parameters with valid values, results must match the output schema.
#[test]
fn validate_checks_examples_against_the_schemas() {
    let dir = common::tmpdir("mpmcp-examples");
    let mut m: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tool-schemas/fx.json"))
            .unwrap(),
    )
    .unwrap();
    m["actions"][0]["examples"] = serde_json::json!([
        {"arguments": {"nope": 1}, "result": {}},
    ]);
    std::fs::write(dir.join("fx.json"), m.to_string()).unwrap();
    let (code, out, _) = run(&["validate", dir.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("at /actions/0/examples/0/arguments/nope: `nope` is not a parameter"),
        "{out}"
    );
    assert!(
        out.contains(
            "at /actions/0/examples/0/result: the example result does not match the output schema"
        ),
        "{out}"
    );
}

#[test]
fn serve_refuses_a_data_store_from_a_newer_build_and_says_so() {
    let dir = common::tmpdir("mpmcp-newer");
    let (code, _, err) = run(&[
        "token",
        "create",
        "--user",
        "u",
        "--data-dir",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let db = dir.join("miniprogram-mcp.db");
    assert!(db.exists());
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 9999)
        .unwrap();
    let (code, _, err) = run(&["serve", "--data-dir", dir.to_str().unwrap()]);
    assert_ne!(code, Some(0));
    assert!(
        err.contains("schema version 9999") && err.contains("newer than this build knows"),
        "{err}"
    );
}
