//! Telling connected clients that the tool list changed: 2025-11-25 sessions get
//! `notifications/tools/list_changed` on their session; 2026-07-28 clients get it on
//! the `subscriptions/listen` streams that asked for tool-list changes.

use std::sync::{Arc, Mutex};

use rmcp::service::{Peer, RoleServer, SubscriptionSink};

/// Cheap-Clone registry of the peers and listen streams to notify.
#[derive(Clone, Default)]
pub struct ListChanged {
    peers: Arc<Mutex<Vec<Peer<RoleServer>>>>,
    sinks: Arc<Mutex<Vec<SubscriptionSink>>>,
}

impl ListChanged {
    pub fn add_peer(&self, peer: Peer<RoleServer>) {
        self.peers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(peer);
    }

    pub fn add_sink(&self, sink: SubscriptionSink) {
        self.sinks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(sink);
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
        let mut dead = Vec::new();
        for (i, s) in sinks.iter().enumerate() {
            if s.notify_tool_list_changed().await.is_err() {
                dead.push(i);
            }
        }
        if !dead.is_empty() {
            let mut g = self.sinks.lock().unwrap_or_else(|p| p.into_inner());
            // Remove by identity of position in the snapshot; new sinks were appended after it.
            let mut idx = 0;
            g.retain(|_| {
                let keep = !dead.contains(&idx);
                idx += 1;
                keep
            });
        }
    }
}
