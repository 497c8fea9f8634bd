//! The composition root: the registry, store, bridge, approvals and audit trail one
//! server runs with. Cheap to clone; the same value serves stdio, HTTP and the CLI.
//! Contains no logic beyond wiring and per-user demo seeding.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use crate::approval::page::PageState;
use crate::approval::{ApprovalPolicy, Approvals};
use crate::audit::Audit;
use crate::bridge::Bridge;
use crate::registry::RegistryHandle;
use crate::store::{Store, StoreError};

/// The sandbox demo user's payment PIN (documented in the README).
pub const DEMO_PIN: &str = "246810";

/// The keys that seal what the server hands out and takes back later: MRTR
/// `requestState` and the approval page's view tokens. Random per process by default
/// (a restart asks again); derived from one configured secret when several instances
/// must accept each other's (`--state-key-file`, PostgreSQL deployments).
#[derive(Clone)]
pub struct Keys {
    pub request_state: [u8; 32],
    pub approval_view: [u8; 32],
}

impl Keys {
    pub fn random() -> Keys {
        Keys {
            request_state: rand::random(),
            approval_view: rand::random(),
        }
    }

    /// One key per purpose, HMAC-SHA256(secret, purpose): knowing one reveals no other.
    pub fn derive(secret: &[u8]) -> Keys {
        use hmac::{Hmac, KeyInit, Mac};
        let key = |purpose: &str| -> [u8; 32] {
            let mut mac =
                Hmac::<sha2::Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
            mac.update(purpose.as_bytes());
            mac.finalize().into_bytes().into()
        };
        Keys {
            request_state: key("miniprogram-mcp requestState v1"),
            approval_view: key("miniprogram-mcp approval view v1"),
        }
    }
}

#[derive(Clone)]
pub struct App {
    pub registry: RegistryHandle,
    pub store: Store,
    pub bridge: Bridge,
    pub approvals: Approvals,
    pub audit: Audit,
    pub metrics: crate::metrics::Metrics,
    /// Finding actions and the per-user listed set (`actions__find`, `tools/list`).
    pub discovery: crate::discovery::Discovery,
    /// The approval page, when one is being served (its links go into tool results).
    pub page: Option<PageState>,
    /// Sealing keys shared by every instance that is given the same secret.
    pub keys: Keys,
    /// Give users without saved defaults the sandbox's demo defaults and PIN (demo mode).
    pub seed_demo_profile: bool,
    seeded: Arc<Mutex<HashSet<String>>>,
}

impl App {
    pub fn new(
        registry: RegistryHandle,
        store: Store,
        bridge: Bridge,
        audit: Audit,
        seed_demo_profile: bool,
    ) -> Result<App, StoreError> {
        Ok(App {
            approvals: Approvals::new(store.clone(), ApprovalPolicy::default())?,
            discovery: crate::discovery::Discovery::new(
                store.clone(),
                crate::discovery::DEFAULT_MAX_TOOLS,
            ),
            registry,
            store,
            bridge,
            audit,
            metrics: crate::metrics::Metrics::new(),
            page: None,
            keys: Keys::random(),
            seed_demo_profile,
            seeded: Arc::new(Mutex::new(HashSet::new())),
        })
    }

    /// Most tools `tools/list` shows a user (0: no limit).
    pub fn with_max_tools(mut self, max_tools: usize) -> App {
        self.discovery.max_tools = max_tools;
        self
    }

    pub fn with_keys(mut self, keys: Keys) -> App {
        self.keys = keys;
        self
    }

    pub fn with_page(mut self, page: PageState) -> App {
        self.page = Some(page);
        self
    }

    /// Prepares a user's demo data (sandbox state and, in demo mode, saved defaults
    /// and the demo PIN) the first time the user is seen by this process.
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
            self.approvals.seed_pin(user, DEMO_PIN)?;
        }
        self.seeded
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(user.to_string());
        Ok(())
    }
}
