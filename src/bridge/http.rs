//! HTTP bridge client (stub).
use super::BridgeError;
use super::wire::*;

#[derive(Debug, Clone)]
pub struct HttpBridgeConfig {
    pub base_url: String,
}

impl HttpBridgeConfig {
    pub fn new(base_url: String) -> Self {
        HttpBridgeConfig { base_url }
    }
}

#[derive(Clone)]
pub struct HttpBridge {
    base: String,
}

impl HttpBridge {
    pub fn new(cfg: HttpBridgeConfig) -> Result<HttpBridge, String> {
        Ok(HttpBridge { base: cfg.base_url })
    }
    pub fn base_url(&self) -> &str {
        &self.base
    }
    pub async fn invoke(&self, _req: &InvokeRequest) -> Result<InvokeReply, BridgeError> {
        todo!()
    }
    pub async fn status(&self, _user: &str, _key: &str) -> Result<StatusReply, BridgeError> {
        todo!()
    }
    pub async fn catalog(&self) -> Result<CatalogReply, BridgeError> {
        todo!()
    }
    pub async fn health(&self) -> Result<(), BridgeError> {
        todo!()
    }
}
