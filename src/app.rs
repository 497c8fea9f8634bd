//! The composition root: the registry, store and bridge one server runs with.
//! Cheap to clone; the same value serves stdio, HTTP and the CLI. Contains no logic
//! beyond wiring and per-user demo seeding.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use crate::bridge::Bridge;
use crate::registry::RegistryHandle;
use crate::store::{Store, StoreError};

#[derive(Clone)]
pub struct App {
    pub registry: RegistryHandle,
    pub store: Store,
    pub bridge: Bridge,
    /// Give users without saved defaults the sandbox's demo defaults (demo mode).
    pub seed_demo_profile: bool,
    seeded: Arc<Mutex<HashSet<String>>>,
}

impl App {
    pub fn new(registry: RegistryHandle, store: Store, bridge: Bridge, seed_demo_profile: bool) -> App {
        App {
            registry,
            store,
            bridge,
            seed_demo_profile,
            seeded: Arc::new(Mutex::new(HashSet::new())),
        }
    }

    /// Prepares a user's demo data (sandbox state and, in demo mode, saved defaults)
    /// the first time the user is seen by this process.
    pub fn ensure_user(&self, user: &str) -> Result<(), StoreError> {
        {
            let seen = self.seeded.lock().unwrap_or_else(|p| p.into_inner());
            if seen.contains(user) {
                return Ok(());
            }
        }
        self.bridge.ensure_user(user);
        if self.seed_demo_profile {
            for (k, v) in crate::sandbox::demo_profile(user) {
                self.store.profile_seed(user, &k, &v)?;
            }
        }
        self.seeded
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(user.to_string());
        Ok(())
    }
}
