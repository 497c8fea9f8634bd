//! Operational metrics, exposed at `/metrics` in the Prometheus text format:
//! tool calls by tool and outcome, call latency, consent outcomes, bridge errors,
//! active sessions. Labels never carry user ids or argument values.

use std::sync::Arc;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CallLabels {
    tool: String,
    outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ConsentLabels {
    outcome: String,
}

/// Cheap-Clone handle; all recording is lock-free or short.
#[derive(Clone)]
pub struct Metrics {
    inner: Arc<Inner>,
}

struct Inner {
    registry: Registry,
    calls: Family<CallLabels, Counter>,
    latency: Histogram,
    consent: Family<ConsentLabels, Counter>,
    bridge_errors: Counter,
    replayed: Family<ToolLabels, Counter>,
    sessions: Gauge,
    db_round_trips: Gauge,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ToolLabels {
    tool: String,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("miniprogram_mcp");
        let calls = Family::<CallLabels, Counter>::default();
        let latency = Histogram::new(exponential_buckets(0.0001, 2.0, 18));
        let consent = Family::<ConsentLabels, Counter>::default();
        let bridge_errors = Counter::default();
        let sessions = Gauge::default();
        let db_round_trips = Gauge::default();
        let replayed = Family::<ToolLabels, Counter>::default();
        registry.register(
            "tool_calls",
            "Tool calls by tool and outcome",
            calls.clone(),
        );
        registry.register(
            "tool_call_seconds",
            "Tool call latency in seconds (including consent waits)",
            latency.clone(),
        );
        registry.register("consent", "Consent outcomes (confirmed, declined, cancelled, unavailable, invalid, approval_required)", consent.clone());
        registry.register(
            "bridge_errors",
            "Bridge calls that failed (transport, status or decoding)",
            bridge_errors.clone(),
        );
        registry.register(
            "replayed_calls",
            "Calls answered with the result of an earlier identical call (a repeated payment returns its first receipt; nothing is executed again). Also counted in tool_calls as ok",
            replayed.clone(),
        );
        registry.register(
            "active_sessions",
            "Active 2025-11-25 HTTP sessions",
            sessions.clone(),
        );
        registry.register(
            "database_round_trips",
            "Statements and transaction commands sent to the store since start (PostgreSQL: network round trips; a public lookup makes none)",
            db_round_trips.clone(),
        );
        Metrics {
            inner: Arc::new(Inner {
                db_round_trips,
                registry,
                calls,
                latency,
                consent,
                bridge_errors,
                replayed,
                sessions,
            }),
        }
    }

    pub fn call(&self, tool: &str, outcome: &str, elapsed: Duration) {
        self.inner
            .calls
            .get_or_create(&CallLabels {
                tool: tool.to_string(),
                outcome: outcome.to_string(),
            })
            .inc();
        self.inner.latency.observe(elapsed.as_secs_f64());
    }

    pub fn consent(&self, outcome: &str) {
        self.inner
            .consent
            .get_or_create(&ConsentLabels {
                outcome: outcome.to_string(),
            })
            .inc();
    }

    pub fn bridge_error(&self) {
        self.inner.bridge_errors.inc();
    }

    /// A call answered by replaying an earlier execution (same idempotency key).
    pub fn replayed(&self, tool: &str) {
        self.inner
            .replayed
            .get_or_create(&ToolLabels {
                tool: tool.to_string(),
            })
            .inc();
    }

    /// The store's running count of round trips, read at each scrape.
    pub fn set_db_round_trips(&self, n: u64) {
        self.inner.db_round_trips.set(n.min(i64::MAX as u64) as i64);
    }

    pub fn set_sessions(&self, n: i64) {
        self.inner.sessions.set(n);
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.inner.registry)
            .expect("writing to a String cannot fail");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_prometheus_text() {
        let m = Metrics::new();
        m.call("loans__check_loan_rate", "ok", Duration::from_millis(2));
        m.consent("confirmed");
        m.bridge_error();
        m.set_sessions(3);
        m.replayed("utility_bills__pay_bill");
        let text = m.render();
        assert!(
            text.contains(
                "miniprogram_mcp_replayed_calls_total{tool=\"utility_bills__pay_bill\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "miniprogram_mcp_tool_calls_total{tool=\"loans__check_loan_rate\",outcome=\"ok\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains("miniprogram_mcp_tool_call_seconds_count 1"),
            "{text}"
        );
        assert!(text.contains("miniprogram_mcp_active_sessions 3"), "{text}");
        assert!(text.ends_with("# EOF\n"));
    }
}
