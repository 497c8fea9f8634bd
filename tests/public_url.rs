//! A real deployment address: `serve --http 0.0.0.0:PORT --auth tokens --public-url
//! http://mcp.bank.test:PORT`, reached by name (the test's HTTP client resolves the
//! public host to this machine, as DNS would): MCP, the approval link and the page's
//! own POSTs all work at the public URL in both eras; other Host names are refused; a
//! wildcard address without a public URL refuses to start and says why.

mod common;

use serde_json::json;

use common::{Accepting, call, ok, start_http_with, tmpdir};

const HOST: &str = "mcp.bank.test";

fn token(dir: &str, user: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args(["token", "create", "--user", user, "--data-dir", dir])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("0.0.0.0:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn a_wildcard_address_without_a_public_url_refuses_to_start() {
    let dir = tmpdir("mpmcp-public-none");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
        .args([
            "serve",
            "--http",
            "0.0.0.0:0",
            "--auth",
            "tokens",
            "--data-dir",
        ])
        .arg(&dir)
        .env("MINIPROGRAM_MCP_LOG", "warn")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("--public-url") && err.contains("every interface"),
        "{err}"
    );
    for (flag, bad, says) in [
        ("--public-url", "https://mcp.bank.test/mcp", "without path"),
        ("--allowed-host", "https://x", "not a host name"),
        ("--allowed-origin", "app.bank.test", "not a URL"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_miniprogram-mcp"))
            .args(["serve", "--http", "127.0.0.1:0", flag, bad, "--data-dir"])
            .arg(&dir)
            .env("MINIPROGRAM_MCP_LOG", "warn")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{flag} {bad}");
        assert!(
            err.contains(flag) && err.contains(says),
            "{flag} {bad}: {err}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_completes_through_the_public_url_in_both_eras() {
    let dir = tmpdir("mpmcp-public");
    let d = dir.to_str().unwrap();
    let port = free_port();
    let public = format!("http://{HOST}:{port}");
    let listen = format!("0.0.0.0:{port}");
    let server = start_http_with(
        &[
            "serve",
            "--http",
            &listen,
            "--auth",
            "tokens",
            "--data-dir",
            d,
        ],
        &[("MINIPROGRAM_MCP_PUBLIC_URL", public.as_str())],
    );
    assert_eq!(
        server.url,
        format!("{public}/mcp"),
        "announced at the public URL"
    );
    let local: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let http = reqwest::Client::builder()
        .resolve(HOST, local)
        .build()
        .unwrap();

    // The OAuth resource metadata names the public URL.
    let meta: serde_json::Value = http
        .get(format!("{public}/.well-known/oauth-protected-resource/mcp"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(meta["resource"], format!("{public}/mcp"));
    // A Host that is neither the public one nor loopback is refused.
    let r = http
        .get(format!("{public}/healthz"))
        .header("host", format!("evil.test:{port}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    for (user, modern) in [("carol", false), ("dave", true)] {
        let t = token(d, user);
        let c =
            common::connect_http_via(Accepting, http.clone(), &server.url, Some(&t), modern).await;
        let pay = json!({"utility": "electricity"});
        let r = call(&c, "utility_bills__pay_bill", pay.clone()).await;
        assert_eq!(r.is_error, Some(true), "needs approval first");
        let link = common::link_in(&r);
        assert!(
            link.starts_with(&format!("{public}/approve/")),
            "the approval link is at the public URL: {link}"
        );
        let page = miniprogram_mcp::scenario::run::decide_on_page(
            &http,
            &link,
            miniprogram_mcp::app::DEMO_PIN,
            "approve",
            &[],
        )
        .await
        .unwrap();
        assert!(page.contains("Approved"), "{page}");
        let receipt = ok(&call(&c, "utility_bills__pay_bill", pay).await);
        assert_eq!(receipt["status"], "paid", "{receipt}");
        let after = ok(&call(
            &c,
            "utility_bills__query_bills",
            json!({"utility": "electricity"}),
        )
        .await);
        assert_eq!(after["outstanding_fen"], 0, "{after}");
        c.cancel().await.unwrap();
    }
}
