//! OAuth 2.1 resource server over HTTP: only a valid JWT for this audience from the
//! configured issuer, signed by a JWKS key with an accepted algorithm, gets in
//! (security.md A3); everything else is 401 with the metadata challenge. Scopes apply.

mod common;

use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use rmcp::ServiceExt;
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig;
use serde_json::{Value, json};

use common::{call, ok, start_http};

const ISS: &str = "https://auth.bank.example";
const AUD: &str = "https://mcp.bank.example/mcp";

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/jwt/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn sign(claims: Value, key_file: &str, kid: &str) -> String {
    let key = EncodingKey::from_rsa_pem(&std::fs::read(fixture(key_file)).unwrap()).unwrap();
    let mut h = Header::new(Algorithm::RS256);
    h.kid = Some(kid.into());
    encode(&h, &claims, &key).unwrap()
}

fn claims() -> Value {
    json!({"iss": ISS, "aud": AUD, "sub": "carol", "exp": now() + 300, "iat": now(), "scope": "mcp:read mcp:act"})
}

fn b64(v: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v)
}

async fn status(url: &str, token: &str) -> (u16, String) {
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "jwt", "version": "1"}}});
    let r = reqwest::Client::new()
        .post(url)
        .header("accept", "application/json, text/event-stream")
        .header("authorization", format!("Bearer {token}"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let challenge = r
        .headers()
        .get("www-authenticate")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (r.status().as_u16(), challenge)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_jwt_matrix() {
    let server = start_http(&[
        "--in-memory",
        "--jwt-issuer",
        ISS,
        "--jwt-audience",
        AUD,
        "--jwks",
        &fixture("jwks.json"),
    ]);
    let valid = sign(claims(), "signing_key.pem", "test-key-1");
    assert_eq!(
        status(&server.url, &valid).await.0,
        200,
        "a valid token gets in"
    );

    let mut cases: Vec<(&str, String)> = Vec::new();
    let with = |k: &str, v: Value| {
        let mut c = claims();
        c[k] = v;
        sign(c, "signing_key.pem", "test-key-1")
    };
    let without = |k: &str| {
        let mut c = claims();
        c.as_object_mut().unwrap().remove(k);
        sign(c, "signing_key.pem", "test-key-1")
    };
    cases.push(("wrong aud", with("aud", json!("https://other.example/mcp"))));
    cases.push((
        "aud = the bridge",
        with("aud", json!("http://127.0.0.1:9797")),
    ));
    cases.push(("no aud", without("aud")));
    cases.push(("expired", with("exp", json!(now() - 3600))));
    cases.push(("nbf in the future", with("nbf", json!(now() + 3600))));
    cases.push(("wrong iss", with("iss", json!("https://evil.example"))));
    cases.push(("no sub", without("sub")));
    cases.push((
        "unknown key",
        sign(claims(), "unknown_key.pem", "test-key-1"),
    ));
    cases.push((
        "unknown kid",
        sign(claims(), "unknown_key.pem", "other-kid"),
    ));
    let payload = b64(claims().to_string().as_bytes());
    cases.push((
        "alg none",
        format!(
            "{}.{payload}.",
            b64(br#"{"alg":"none","typ":"JWT","kid":"test-key-1"}"#)
        ),
    ));
    // HS256 "signed" with the RSA public key's bytes (the key-confusion attack).
    let public = std::fs::read(fixture("signing_key.pub.pem")).unwrap();
    let mut h = Header::new(Algorithm::HS256);
    h.kid = Some("test-key-1".into());
    cases.push((
        "HS256 with the public key",
        encode(&h, &claims(), &EncodingKey::from_secret(&public)).unwrap(),
    ));
    cases.push(("garbage", "not.a.jwt".into()));
    for (what, token) in cases {
        let (code, challenge) = status(&server.url, &token).await;
        assert_eq!(code, 401, "{what}");
        assert!(
            challenge.contains("resource_metadata=") && challenge.contains("invalid_token"),
            "{what}: {challenge}"
        );
    }

    // The protected-resource metadata names the issuer.
    let meta: Value = reqwest::get(
        server
            .url
            .replace("/mcp", "/.well-known/oauth-protected-resource"),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(meta["authorization_servers"], json!([ISS]));

    // Scopes: without mcp:pay a payment is 403, reads work.
    let t = StreamableHttpClientTransport::from_config(
        StreamableHttpClientTransportConfig::with_uri(server.url.clone())
            .auth_header(valid.clone()),
    );
    let c = ().serve(t).await.unwrap();
    ok(&call(
        &c,
        "loans__check_loan_rate",
        json!({"product": "personal_consumer", "term_months": 12}),
    )
    .await);
    let r = reqwest::Client::new()
        .post(&server.url)
        .header("accept", "application/json, text/event-stream")
        .header("authorization", format!("Bearer {valid}"))
        .json(&json!({"jsonrpc": "2.0", "id": 9, "method": "tools/call", "params": {"name": "utility_bills__pay_bill", "arguments": {"utility": "gas"}}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_jwks_can_come_from_a_url() {
    let jwks = std::fs::read_to_string(fixture("jwks.json")).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().route(
        "/jwks",
        axum::routing::get(move || async move { ([("content-type", "application/json")], jwks) }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let url = format!("http://{addr}/jwks");
    let server = start_http(&[
        "--in-memory",
        "--jwt-issuer",
        ISS,
        "--jwt-audience",
        AUD,
        "--jwks",
        &url,
    ]);
    assert_eq!(
        status(
            &server.url,
            &sign(claims(), "signing_key.pem", "test-key-1")
        )
        .await
        .0,
        200
    );
    assert_eq!(
        status(
            &server.url,
            &sign(claims(), "unknown_key.pem", "test-key-2")
        )
        .await
        .0,
        401
    );
}

/// The issuer rotates its keys: a token signed with the new key is accepted once the
/// server fetches the key set again (on the unknown key id, at most once per refresh
/// interval), and the removed key stops being trusted when the set goes stale.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_jwks_is_fetched_again() {
    let served = std::sync::Arc::new(std::sync::Mutex::new(
        std::fs::read_to_string(fixture("jwks.json")).unwrap(),
    ));
    let fetches = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = {
        let (served, fetches) = (served.clone(), fetches.clone());
        axum::Router::new().route(
            "/jwks",
            axum::routing::get(move || async move {
                fetches.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let body = served.lock().unwrap().clone();
                ([("content-type", "application/json")], body)
            }),
        )
    };
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let server = start_http(&[
        "--in-memory",
        "--jwt-issuer",
        ISS,
        "--jwt-audience",
        AUD,
        "--jwks",
        &format!("http://{addr}/jwks"),
        "--jwks-refresh",
        "1",
    ]);
    let fetched = || fetches.load(std::sync::atomic::Ordering::SeqCst);
    let old = || sign(claims(), "signing_key.pem", "test-key-1");
    let new = || sign(claims(), "unknown_key.pem", "test-key-2");
    assert_eq!(status(&server.url, &old()).await.0, 200);
    assert_eq!(fetched(), 1, "fetched once at start-up");

    // Rotation, step 1: the issuer publishes the new key beside the old one. A token
    // with the new key id makes the server fetch the set again.
    let set = |f: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(fixture(f)).unwrap()).unwrap()
    };
    let mut both = set("jwks.json");
    both["keys"]
        .as_array_mut()
        .unwrap()
        .extend(set("jwks_rotated.json")["keys"].as_array().unwrap().clone());
    *served.lock().unwrap() = both.to_string();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        status(&server.url, &new()).await.0,
        200,
        "the new key is fetched"
    );
    assert_eq!(fetched(), 2);
    assert_eq!(status(&server.url, &old()).await.0, 200);
    // Step 2: the old key is withdrawn. It is trusted until the set is stale (ten
    // intervals), then the set is fetched again and the old key refused.
    *served.lock().unwrap() = set("jwks_rotated.json").to_string();
    assert_eq!(status(&server.url, &old()).await.0, 200, "cached set");
    tokio::time::sleep(std::time::Duration::from_millis(10_500)).await;
    let (code, challenge) = status(&server.url, &old()).await;
    assert_eq!(code, 401, "the removed key is no longer trusted");
    assert!(challenge.contains("resource_metadata="), "{challenge}");
    assert_eq!(fetched(), 3);
    assert_eq!(status(&server.url, &new()).await.0, 200);
    // A burst of tokens with made-up key ids cannot make the server fetch more than
    // once per interval.
    let burst = std::time::Instant::now();
    for i in 0..20 {
        let forged = sign(claims(), "unknown_key.pem", &format!("made-up-{i}"));
        assert_eq!(status(&server.url, &forged).await.0, 401);
    }
    let bound = 3 + burst.elapsed().as_secs() as usize + 1;
    assert!(
        fetched() <= bound,
        "{} fetches for 20 unknown key ids in {:?}",
        fetched(),
        burst.elapsed()
    );
}
