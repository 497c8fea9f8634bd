//! The container bridge: where actions are executed.
//!
//! Two implementations of one protocol (`bridge-openapi.yaml`): the embedded
//! [`Sandbox`](crate::sandbox::Sandbox), in-process, and [`HttpBridge`], a reqwest
//! client for a real container (or `examples/sandbox_bridge.rs`).
//! Must not: know MCP, consent, or profiles.

pub mod http;
pub mod wire;

use std::sync::Arc;

pub use http::{HttpBridge, HttpBridgeConfig};
use wire::{CatalogReply, InvokeReply, InvokeRequest, StatusReply};

use crate::sandbox::Sandbox;

/// Why the bridge could not give a reply. Messages are safe to show to an agent:
/// no internal URLs, credentials or bodies beyond a short excerpt.
#[derive(Debug, Clone, thiserror::Error)]
pub enum BridgeError {
    #[error("the mini-program container could not be reached; try again later")]
    Connect,
    /// The request may have been executed: the outcome is unknown.
    #[error("the mini-program container did not answer in time; the outcome is not known yet")]
    Timeout,
    #[error("the mini-program container is busy (too many calls in progress); try again shortly")]
    Busy,
    #[error("the mini-program container refused the call: {message}")]
    Rejected { status: u16, message: String },
    #[error("the mini-program container failed (HTTP {status}); try again later")]
    Upstream { status: u16 },
    #[error("the mini-program container sent a reply that could not be understood")]
    Decode,
    #[error("the mini-program container's reply was larger than the {limit}-byte limit")]
    TooLarge { limit: usize },
    #[error("the mini-program container answered with a redirect, which is not followed")]
    Redirect,
}

impl BridgeError {
    /// True when the request may have reached the container and been executed.
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            BridgeError::Timeout | BridgeError::Decode | BridgeError::TooLarge { .. }
        )
    }
}

/// The configured bridge. An enum rather than a trait object: two implementations,
/// both known here, and async methods stay simple.
#[derive(Clone)]
pub enum Bridge {
    Sandbox(Arc<Sandbox>),
    Http(HttpBridge),
}

impl Bridge {
    pub async fn invoke(&self, req: &InvokeRequest) -> Result<InvokeReply, BridgeError> {
        match self {
            Bridge::Sandbox(s) => Ok(s.invoke(req)),
            Bridge::Http(h) => h.invoke(req).await,
        }
    }

    /// For the embedded sandbox only: when it does not implement the action and the
    /// manifest has examples, the reply made from them (see [`Sandbox::example_reply`]).
    /// A real container is always asked.
    pub fn example_reply(
        &self,
        req: &InvokeRequest,
        examples: &[crate::action::Example],
    ) -> Option<InvokeReply> {
        match self {
            Bridge::Sandbox(s) if !examples.is_empty() && !s.implements(&req.action) => {
                Some(s.example_reply(req, examples))
            }
            _ => None,
        }
    }

    pub async fn status(&self, user: &str, key: &str) -> Result<StatusReply, BridgeError> {
        match self {
            Bridge::Sandbox(s) => Ok(s.status(user, key)),
            Bridge::Http(h) => h.status(user, key).await,
        }
    }

    pub async fn catalog(&self) -> Result<CatalogReply, BridgeError> {
        match self {
            Bridge::Sandbox(s) => Ok(s.catalog()),
            Bridge::Http(h) => h.catalog().await,
        }
    }

    pub async fn health(&self) -> Result<(), BridgeError> {
        match self {
            Bridge::Sandbox(_) => Ok(()),
            Bridge::Http(h) => h.health().await,
        }
    }

    /// Prepares per-user demo data where the bridge is the embedded sandbox.
    pub fn ensure_user(&self, user: &str) {
        if let Bridge::Sandbox(s) = self {
            s.ensure_user(user);
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Bridge::Sandbox(_) => "embedded sandbox".to_string(),
            Bridge::Http(h) => format!("HTTP bridge at {}", h.base_url()),
        }
    }
}
