//! The sandbox served over the bridge protocol (stub).
