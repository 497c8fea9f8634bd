//! OAuth 2.1 resource server: validates JWT access tokens against a configured issuer,
//! audience (this server) and JWKS (a file or an http URL). A URL's key set is fetched
//! again when a token names an unknown key id (the issuer rotated keys) and when it is
//! older than ten refresh intervals (so removed keys stop being trusted), but never more
//! often than once per refresh interval (60 s by default), whatever tokens arrive. Only
//! asymmetric algorithms from the allow-list are accepted: `alg: none` and HS* (e.g.
//! HS256 "signed" with a public key) never are.

use std::sync::RwLock;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
use serde::Deserialize;

use super::{Principal, SCOPE_ACT, SCOPE_PAY, SCOPE_READ, Scopes};

/// Where the signing keys come from.
#[derive(Debug, Clone)]
pub enum JwksSource {
    File(std::path::PathBuf),
    Url(String),
}

impl JwksSource {
    pub fn parse(s: &str) -> JwksSource {
        if s.starts_with("http://") || s.starts_with("https://") {
            JwksSource::Url(s.to_string())
        } else {
            JwksSource::File(s.into())
        }
    }
}

#[derive(Debug, Clone)]
pub struct JwtConfig {
    pub issuer: String,
    /// This server's resource URI; tokens must name it in `aud`.
    pub audience: String,
    pub jwks: JwksSource,
    pub algorithms: Vec<Algorithm>,
    pub leeway_secs: u64,
    /// Minimum time between two fetches of a JWKS URL.
    pub refresh_interval: Duration,
}

impl JwtConfig {
    pub fn new(issuer: String, audience: String, jwks: JwksSource) -> JwtConfig {
        JwtConfig {
            issuer,
            audience,
            jwks,
            algorithms: vec![Algorithm::RS256, Algorithm::ES256, Algorithm::EdDSA],
            leeway_secs: 30,
            refresh_interval: Duration::from_secs(60),
        }
    }
}

/// Why a JWT was refused (never contains the token).
#[derive(Debug, thiserror::Error)]
pub enum JwtError {
    #[error("the token is not a valid JWT")]
    Malformed,
    #[error("the token's algorithm is not accepted")]
    Algorithm,
    #[error("the token was signed by an unknown key")]
    UnknownKey,
    #[error("the token is not valid: {0}")]
    Invalid(String),
}

#[derive(Deserialize)]
struct Claims {
    sub: String,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    scp: Option<Vec<String>>,
}

pub struct JwtValidator {
    cfg: JwtConfig,
    keys: RwLock<JwkSet>,
    last_fetch: std::sync::Mutex<Instant>,
    http: reqwest::Client,
}

impl std::fmt::Debug for JwtValidator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JwtValidator")
            .field("issuer", &self.cfg.issuer)
            .finish()
    }
}

impl JwtValidator {
    pub async fn new(cfg: JwtConfig) -> Result<JwtValidator, String> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| e.to_string())?;
        let keys = fetch(&http, &cfg.jwks).await?;
        Ok(JwtValidator {
            cfg,
            keys: RwLock::new(keys),
            last_fetch: std::sync::Mutex::new(Instant::now()),
            http,
        })
    }

    pub fn issuer(&self) -> &str {
        &self.cfg.issuer
    }

    pub async fn validate(&self, token: &str) -> Result<Principal, JwtError> {
        let header = decode_header(token).map_err(|_| JwtError::Malformed)?;
        if !self.cfg.algorithms.contains(&header.alg) {
            return Err(JwtError::Algorithm);
        }
        let kid = header.kid.clone().ok_or(JwtError::UnknownKey)?;
        let mut key = self.key(&kid)?;
        let stale = self.age() >= self.cfg.refresh_interval * 10;
        if (key.is_none() || stale)
            && matches!(self.cfg.jwks, JwksSource::Url(_))
            && self.may_refresh()
        {
            match fetch(&self.http, &self.cfg.jwks).await {
                Ok(fresh) => {
                    tracing::info!(keys = fresh.keys.len(), "JWKS fetched again");
                    *self.keys.write().unwrap_or_else(|p| p.into_inner()) = fresh;
                }
                // Keep the keys we have; the next refresh may succeed.
                Err(e) => tracing::warn!(error = %e, "JWKS refresh failed"),
            }
            key = self.key(&kid)?;
        }
        let key = key.ok_or(JwtError::UnknownKey)?;
        let mut v = Validation::new(header.alg);
        v.set_issuer(&[&self.cfg.issuer]);
        v.set_audience(&[&self.cfg.audience]);
        v.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        v.validate_nbf = true;
        v.leeway = self.cfg.leeway_secs;
        let data =
            decode::<Claims>(token, &key, &v).map_err(|e| JwtError::Invalid(e.to_string()))?;
        let c = data.claims;
        if super::check_user_id(&c.sub).is_err() {
            return Err(JwtError::Invalid(
                "the subject is not a valid user id".into(),
            ));
        }
        let granted: Vec<String> = c
            .scope
            .map(|s| s.split_whitespace().map(String::from).collect())
            .or(c.scp)
            .unwrap_or_default();
        let has = |s: &str| granted.iter().any(|g| g == s);
        Ok(Principal {
            user: c.sub,
            scopes: Scopes {
                read: has(SCOPE_READ),
                act: has(SCOPE_ACT),
                pay: has(SCOPE_PAY),
            },
        })
    }

    fn key(&self, kid: &str) -> Result<Option<DecodingKey>, JwtError> {
        let keys = self.keys.read().unwrap_or_else(|p| p.into_inner());
        match keys.find(kid) {
            Some(jwk) => DecodingKey::from_jwk(jwk)
                .map(Some)
                .map_err(|_| JwtError::UnknownKey),
            None => Ok(None),
        }
    }

    /// Time since the key set was last fetched.
    fn age(&self) -> Duration {
        self.last_fetch
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .elapsed()
    }

    /// Claims the next fetch if the refresh interval has passed since the last one.
    fn may_refresh(&self) -> bool {
        let mut last = self.last_fetch.lock().unwrap_or_else(|p| p.into_inner());
        if last.elapsed() >= self.cfg.refresh_interval {
            *last = Instant::now();
            true
        } else {
            false
        }
    }
}

async fn fetch(http: &reqwest::Client, source: &JwksSource) -> Result<JwkSet, String> {
    let text = match source {
        JwksSource::File(p) => std::fs::read_to_string(p)
            .map_err(|e| format!("cannot read the JWKS {}: {e}", p.display()))?,
        JwksSource::Url(u) => http
            .get(u)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| format!("cannot fetch the JWKS: {e}"))?
            .text()
            .await
            .map_err(|e| format!("cannot fetch the JWKS: {e}"))?,
    };
    serde_json::from_str(&text).map_err(|e| format!("the JWKS is not valid: {e}"))
}
