//! The embedded sandbox container: a real, stateful demo of the bank's mini-programs.
//! (Interface stub; implementation in progress.)

use serde_json::Value;

use crate::bridge::wire::{CatalogReply, InvokeReply, InvokeRequest, StatusReply};
use crate::store::{Store, StoreError};

pub mod server;

pub struct Sandbox {
    #[allow(dead_code)]
    store: Store,
}

impl Sandbox {
    /// Creates the sandbox's tables in `store` (idempotent) and returns it.
    pub fn new(store: Store) -> Result<Sandbox, StoreError> {
        Ok(Sandbox { store })
    }
    /// Seeds this user's deterministic demo data if not present yet.
    pub fn ensure_user(&self, _user: &str) {
        todo!()
    }
    pub fn invoke(&self, _req: &InvokeRequest) -> InvokeReply {
        todo!()
    }
    pub fn status(&self, _user: &str, _key: &str) -> StatusReply {
        todo!()
    }
    pub fn catalog(&self) -> CatalogReply {
        todo!()
    }
}

/// The saved defaults the demo user of `user` id starts with: (profile key, value).
pub fn demo_profile(_user: &str) -> Vec<(String, String)> {
    todo!()
}

#[allow(dead_code)]
fn _unused(_: Value) {}
