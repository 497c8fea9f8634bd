//! The HTTP bridge client: the only HTTP client of the server (reqwest). Bounded in
//! every direction: connect and total timeouts, no redirects, no proxies from the
//! environment, a response size cap read as a stream, and a concurrency limit.
//! Errors are mapped to messages an agent can act on; none carries the bridge's
//! internal URLs, bodies or credentials.

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use tokio::sync::Semaphore;

use super::BridgeError;
use super::wire::{CatalogReply, ErrorReply, HealthReply, InvokeReply, InvokeRequest, StatusReply};

/// How to reach a bridge, with safe defaults (`HttpBridgeConfig::new`).
#[derive(Debug, Clone)]
pub struct HttpBridgeConfig {
    pub base_url: String,
    pub connect_timeout: Duration,
    pub total_timeout: Duration,
    pub max_response_bytes: usize,
    pub max_concurrency: usize,
    /// Sent as `Authorization: Bearer ...` (the bridge's own credential, never a user's token).
    pub bearer_token: Option<String>,
}

impl HttpBridgeConfig {
    pub fn new(base_url: String) -> Self {
        HttpBridgeConfig {
            base_url,
            connect_timeout: Duration::from_secs(2),
            total_timeout: Duration::from_secs(10),
            max_response_bytes: 1024 * 1024,
            max_concurrency: 32,
            bearer_token: None,
        }
    }
}

#[derive(Clone)]
pub struct HttpBridge {
    http: reqwest::Client,
    base: Arc<str>,
    cfg: Arc<HttpBridgeConfig>,
    limit: Arc<Semaphore>,
}

/// Checks a bridge base URL: http(s), a host, no credentials, query or fragment.
pub fn check_base_url(url: &str) -> Result<String, String> {
    let parsed = reqwest::Url::parse(url)
        .map_err(|e| format!("`{url}` is not a valid URL ({e}); use http://HOST:PORT"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(format!(
            "the bridge URL must use http or https, not `{}`",
            parsed.scheme()
        ));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err("the bridge URL has no host".into());
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(
            "the bridge URL must not contain credentials (configure a bridge token instead)".into(),
        );
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err("the bridge URL must not have a query or fragment".into());
    }
    Ok(parsed.as_str().trim_end_matches('/').to_string())
}

impl HttpBridge {
    pub fn new(cfg: HttpBridgeConfig) -> Result<HttpBridge, String> {
        let base = check_base_url(&cfg.base_url)?;
        let http = reqwest::Client::builder()
            .connect_timeout(cfg.connect_timeout)
            .timeout(cfg.total_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .tcp_nodelay(true)
            .build()
            .map_err(|e| format!("cannot build the bridge client: {e}"))?;
        Ok(HttpBridge {
            http,
            base: base.into(),
            limit: Arc::new(Semaphore::new(cfg.max_concurrency.max(1))),
            cfg: Arc::new(cfg),
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    pub async fn invoke(&self, req: &InvokeRequest) -> Result<InvokeReply, BridgeError> {
        let r = self
            .http
            .post(format!("{}/v1/invoke", self.base))
            .header("x-request-id", &req.request_id)
            .json(req);
        self.send(r, &req.action).await
    }

    pub async fn status(&self, user: &str, key: &str) -> Result<StatusReply, BridgeError> {
        let r = self
            .http
            .get(format!("{}/v1/invocations/{key}", self.base))
            .query(&[("user", user)]);
        self.send(r, "status").await
    }

    pub async fn catalog(&self) -> Result<CatalogReply, BridgeError> {
        self.send(
            self.http.get(format!("{}/v1/catalog", self.base)),
            "catalog",
        )
        .await
    }

    pub async fn health(&self) -> Result<(), BridgeError> {
        let h: HealthReply = self
            .send(self.http.get(format!("{}/v1/health", self.base)), "health")
            .await?;
        if h.status == "ok" {
            Ok(())
        } else {
            Err(BridgeError::Upstream { status: 503 })
        }
    }

    async fn send<T: DeserializeOwned>(
        &self,
        mut r: reqwest::RequestBuilder,
        what: &str,
    ) -> Result<T, BridgeError> {
        let started = Instant::now();
        let _permit = tokio::time::timeout(self.cfg.total_timeout, self.limit.acquire())
            .await
            .map_err(|_| BridgeError::Busy)?
            .map_err(|_| BridgeError::Busy)?;
        if let Some(t) = &self.cfg.bearer_token {
            r = r.bearer_auth(t);
        }
        let resp = r.send().await.map_err(map_send_error)?;
        let status = resp.status();
        let body = read_capped(resp, self.cfg.max_response_bytes).await;
        tracing::debug!(
            what,
            status = status.as_u16(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "bridge call"
        );
        let body = body?;
        if status.is_redirection() {
            return Err(BridgeError::Redirect);
        }
        if status.is_client_error() {
            let message = serde_json::from_slice::<ErrorReply>(&body)
                .map(|e| e.error.message)
                .unwrap_or_else(|_| status.canonical_reason().unwrap_or("rejected").to_string());
            return Err(BridgeError::Rejected {
                status: status.as_u16(),
                message: message
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect(),
            });
        }
        if status != StatusCode::OK {
            return Err(BridgeError::Upstream {
                status: status.as_u16(),
            });
        }
        serde_json::from_slice(&body).map_err(|_| BridgeError::Decode)
    }
}

fn map_send_error(e: reqwest::Error) -> BridgeError {
    if e.is_timeout() {
        // The request may have been received and executed: the outcome is unknown.
        BridgeError::Timeout
    } else if e.is_connect() {
        BridgeError::Connect
    } else {
        // Reset after sending, or a broken response: the outcome is unknown too.
        BridgeError::Timeout
    }
}

/// Reads a body chunk by chunk and stops at `limit` bytes: never buffers an unbounded reply.
async fn read_capped(mut resp: reqwest::Response, limit: usize) -> Result<Vec<u8>, BridgeError> {
    if resp.content_length().is_some_and(|n| n as usize > limit) {
        return Err(BridgeError::TooLarge { limit });
    }
    let mut body = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > limit {
                    return Err(BridgeError::TooLarge { limit });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(e) if e.is_timeout() => return Err(BridgeError::Timeout),
            Err(_) => return Err(BridgeError::Decode),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked() {
        assert_eq!(
            check_base_url("http://127.0.0.1:9797/").unwrap(),
            "http://127.0.0.1:9797"
        );
        assert!(
            check_base_url("ftp://x")
                .unwrap_err()
                .contains("http or https")
        );
        assert!(
            check_base_url("http://u:p@host")
                .unwrap_err()
                .contains("credentials")
        );
        assert!(
            check_base_url("http://host/?a=1")
                .unwrap_err()
                .contains("query")
        );
        assert!(
            check_base_url("not a url")
                .unwrap_err()
                .contains("not a valid URL")
        );
    }
}
