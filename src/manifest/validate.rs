//! Validation (stub).
pub struct ManifestError;
pub fn validate_all() {}
