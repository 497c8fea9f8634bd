//! Telling connected clients that the tool list changed: 2025-11-25 sessions get
//! `notifications/tools/list_changed` on their session; 2026-07-28 clients get it on
//! the `subscriptions/listen` streams that asked for tool-list changes. Every peer and
//! stream is kept with its user, so that a change of one user's listed set (discovery)
//! is told to that user's clients only.

use std::sync::{Arc, Mutex};

use rmcp::service::{Peer, RoleServer, SubscriptionSink};

/// A 2025-11-25 session's peer and its user.
type UserPeer = (String, Peer<RoleServer>);
/// A listen stream's key, its user and its sink.
type UserSink = (u64, String, SubscriptionSink);

/// Cheap-Clone registry of the peers and listen streams to notify. Ended sessions and
/// streams are forgotten (a long-running server sees many come and go).
#[derive(Clone, Default)]
pub struct ListChanged {
    peers: Arc<Mutex<Vec<UserPeer>>>,
    sinks: Arc<Mutex<Vec<UserSink>>>,
    next_sink: Arc<std::sync::atomic::AtomicU64>,
}

impl ListChanged {
    /// Adds a 2025-11-25 session's peer, dropping those whose session has ended.
    pub fn add_peer(&self, user: String, peer: Peer<RoleServer>) {
        let mut g = self.peers.lock().unwrap_or_else(|p| p.into_inner());
        g.retain(|(_, p)| !p.is_transport_closed());
        g.push((user, peer));
    }

    /// Adds a listen stream; pass the returned key to [`ListChanged::remove_sink`] when
    /// the stream ends.
    pub fn add_sink(&self, user: String, sink: SubscriptionSink) -> u64 {
        let key = self
            .next_sink
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.sinks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((key, user, sink));
        key
    }

    pub fn remove_sink(&self, key: u64) {
        self.sinks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .retain(|(k, _, _)| *k != key);
    }

    /// Sends `notifications/tools/list_changed` everywhere (the registry changed).
    pub async fn tools_changed(&self) {
        self.notify(None).await
    }

    /// Sends it to one user's sessions and streams (their listed set changed).
    pub async fn tools_changed_for(&self, user: &str) {
        self.notify(Some(user)).await
    }

    async fn notify(&self, only: Option<&str>) {
        let wanted = |u: &String| only.is_none_or(|o| o == u);
        let peers: Vec<_> = {
            let mut g = self.peers.lock().unwrap_or_else(|p| p.into_inner());
            g.retain(|(_, p)| !p.is_transport_closed());
            g.iter()
                .filter(|(u, _)| wanted(u))
                .map(|(_, p)| p.clone())
                .collect()
        };
        for p in peers {
            let _ = p.notify_tool_list_changed().await;
        }
        let sinks: Vec<_> = self
            .sinks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .filter(|(_, u, _)| wanted(u))
            .map(|(k, _, s)| (*k, s.clone()))
            .collect();
        for (key, s) in sinks {
            if s.notify_tool_list_changed().await.is_err() {
                self.remove_sink(key);
            }
        }
    }
}
