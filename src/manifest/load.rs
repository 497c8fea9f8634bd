//! Reading manifests (stub).
pub struct LoadedManifest;
pub struct ManifestSource;
pub fn embedded_catalog() {}
pub fn load_dir() {}
