//! Telling connected clients that the tool list changed: 2025-11-25 sessions get
//! `notifications/tools/list_changed` on their session; 2026-07-28 clients get it on
//! the `subscriptions/listen` streams that asked for tool-list changes.

use std::sync::{Arc, Mutex};

use rmcp::service::{Peer, RoleServer, SubscriptionSink};

/// Cheap-Clone registry of the peers and listen streams to notify. Ended sessions and
/// streams are forgotten (a long-running server sees many come and go).
#[derive(Clone, Default)]
pub struct ListChanged {
    peers: Arc<Mutex<Vec<Peer<RoleServer>>>>,
    sinks: Arc<Mutex<Vec<(u64, SubscriptionSink)>>>,
    next_sink: Arc<std::sync::atomic::AtomicU64>,
}

impl ListChanged {
    /// Adds a 2025-11-25 session's peer, dropping those whose session has ended.
    pub fn add_peer(&self, peer: Peer<RoleServer>) {
        let mut g = self.peers.lock().unwrap_or_else(|p| p.into_inner());
        g.retain(|p| !p.is_transport_closed());
        g.push(peer);
    }

    /// Adds a listen stream; pass the returned key to [`ListChanged::remove_sink`] when
    /// the stream ends.
    pub fn add_sink(&self, sink: SubscriptionSink) -> u64 {
        let key = self
            .next_sink
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.sinks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((key, sink));
        key
    }

    pub fn remove_sink(&self, key: u64) {
        self.sinks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .retain(|(k, _)| *k != key);
    }

    /// Sends `notifications/tools/list_changed` everywhere; forgets closed peers and streams.
    pub async fn tools_changed(&self) {
        let peers: Vec<_> = {
            let mut g = self.peers.lock().unwrap_or_else(|p| p.into_inner());
            g.retain(|p| !p.is_transport_closed());
            g.clone()
        };
        for p in peers {
            let _ = p.notify_tool_list_changed().await;
        }
        let sinks: Vec<_> = self.sinks.lock().unwrap_or_else(|p| p.into_inner()).clone();
        for (key, s) in sinks {
            if s.notify_tool_list_changed().await.is_err() {
                self.remove_sink(key);
            }
        }
    }
}
