//! The config file: its published schema does not drift, the example parses, values
//! apply, environment variables and flags override them, mistakes are named.

mod common;

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn published_config_schema_matches_the_rust_types_and_the_example_parses() {
    let schema = serde_json::to_string_pretty(&miniprogram_mcp::config::config_json_schema())
        .unwrap()
        + "\n";
    let path = root().join("config.schema.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &schema).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        schema,
        "run `UPDATE_SNAPSHOTS=1 cargo test --test config`"
    );
    let example =
        miniprogram_mcp::config::load(&root().join("miniprogram-mcp.example.toml")).unwrap();
    assert_eq!(example.http.listen.unwrap().port(), 8787);
    let v: serde_json::Value = serde_json::to_value(&example).unwrap();
    assert!(jsonschema::is_valid(
        &miniprogram_mcp::config::config_json_schema(),
        &v
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_file_applies_and_environment_and_flags_override_it() {
    let dir = common::tmpdir("mpmcp-config");
    let data = dir.join("data");
    let file = dir.join("c.toml");
    std::fs::write(&file, format!("data_dir = {:?}\n[http]\nlisten = \"127.0.0.1:0\"\nrate_limit_per_minute = 1000\n[auth]\ntokens = true\n", data)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args([
            "token",
            "create",
            "--user",
            "dave",
            "--data-dir",
            data.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let f = file.to_str().unwrap();
    // Counts 429s in 4 authenticated requests (a 401 would mean the token setting is off).
    let statuses = |url: String, token: String| async move {
        let http = reqwest::Client::new();
        let mut s = Vec::new();
        for _ in 0..4 {
            let r = http
                .get(&url)
                .header("authorization", format!("Bearer {token}"))
                .send()
                .await
                .unwrap();
            s.push(r.status().as_u16());
        }
        s
    };
    // The file alone: tokens on (401 without one), a generous rate limit.
    let server = common::start_http_with(&["serve", "--config", f], &[]);
    let r = reqwest::Client::new()
        .get(&server.url)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401, "[auth] tokens = true applied");
    assert!(
        !statuses(server.url.clone(), token.clone())
            .await
            .contains(&429)
    );
    drop(server);
    // The environment overrides the file.
    let server = common::start_http_with(
        &["serve", "--config", f],
        &[("MINIPROGRAM_MCP_RATE_LIMIT", "2")],
    );
    assert!(
        statuses(server.url.clone(), token.clone())
            .await
            .contains(&429),
        "env beats file"
    );
    drop(server);
    // A flag overrides the environment.
    let server = common::start_http_with(
        &["serve", "--config", f, "--rate-limit", "1000"],
        &[("MINIPROGRAM_MCP_RATE_LIMIT", "2")],
    );
    assert!(
        !statuses(server.url.clone(), token).await.contains(&429),
        "flag beats env"
    );
}

#[test]
fn a_mistake_in_the_file_is_named() {
    let dir = common::tmpdir("mpmcp-config");
    let file = dir.join("bad.toml");
    std::fs::write(&file, "[http]\nlistne = \"127.0.0.1:1\"\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["serve", "--config", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.toml") && err.contains("listne"), "{err}");
}
