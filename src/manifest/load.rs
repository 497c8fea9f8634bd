//! Reading manifests: a directory of `*.json` files, or the demo catalog compiled
//! into the binary. The only filesystem I/O for manifests; errors carry the path.

use std::path::Path;

use super::validate::ManifestError;

/// One manifest file's text and where it came from (a path, or `embedded:NAME`).
#[derive(Debug, Clone)]
pub struct LoadedManifest {
    pub source: ManifestSource,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestSource {
    File(std::path::PathBuf),
    Embedded(&'static str),
    /// Registered by the bridge's catalog (the program's app id).
    Bridge(String),
}

impl std::fmt::Display for ManifestSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ManifestSource::File(p) => write!(f, "{}", p.display()),
            ManifestSource::Embedded(name) => write!(f, "embedded:{name}"),
            ManifestSource::Bridge(app_id) => write!(f, "bridge-catalog:{app_id}"),
        }
    }
}

/// The file name of the published format schema, skipped when loading a directory.
pub const SCHEMA_FILE: &str = "manifest.schema.json";

/// The demo catalog, compiled in so that `serve` works from any working directory: the
/// manifests of the embedded sandbox's programs (each program's module includes its
/// `tool-schemas/<id>.json`), named `<id>.json`. `tests` check that this covers every
/// manifest in `tool-schemas/`.
static EMBEDDED: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| {
        let mut out: Vec<(&'static str, &'static str)> = crate::sandbox::demo_manifests()
            .map(|text| {
                let id = serde_json::from_str::<serde_json::Value>(text)
                    .ok()
                    .and_then(|m| m.get("id")?.as_str().map(String::from))
                    .unwrap_or_else(|| "unnamed".into());
                // Once per process, a few dozen bytes: names live as long as the catalog.
                let name: &'static str = Box::leak(format!("{id}.json").into_boxed_str());
                (name, text)
            })
            .collect();
        out.sort();
        out
    });

pub fn embedded_catalog() -> Vec<LoadedManifest> {
    EMBEDDED
        .iter()
        .map(|(name, text)| LoadedManifest {
            source: ManifestSource::Embedded(name),
            text: (*text).to_string(),
        })
        .collect()
}

/// Names of the embedded manifests (for the drift test).
pub fn embedded_names() -> Vec<&'static str> {
    EMBEDDED.iter().map(|(n, _)| *n).collect()
}

/// Where a registry's manifests come from: a directory (`--registry`), the embedded
/// demo catalog, or both (`--with-demo`). With neither, the demo catalog.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    pub dir: Option<std::path::PathBuf>,
    /// Serve the demo catalog beside `dir` (without `dir` it is served anyway).
    pub with_demo: bool,
}

impl Sources {
    pub fn dir(dir: Option<std::path::PathBuf>) -> Sources {
        Sources {
            dir,
            with_demo: false,
        }
    }

    /// The demo catalog (first, when asked for or when there is no directory), then
    /// the directory's files.
    pub fn load(&self) -> Result<Vec<LoadedManifest>, ManifestError> {
        let mut out = Vec::new();
        if self.with_demo || self.dir.is_none() {
            out = embedded_catalog();
        }
        if let Some(d) = &self.dir {
            out.extend(load_dir(d)?);
        }
        Ok(out)
    }
}

/// Reads every `*.json` file of `dir` (not recursive; the format schema skipped),
/// sorted by file name so that the tool order is deterministic.
pub fn load_dir(dir: &Path) -> Result<Vec<LoadedManifest>, ManifestError> {
    let dir_err = |e: std::io::Error| ManifestError {
        file: dir.display().to_string(),
        pointer: String::new(),
        message: format!("cannot read the manifest directory: {e}"),
        fix: "pass an existing directory of mini-program manifests (*.json)".into(),
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(dir_err)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && p.file_name().is_some_and(|n| n != SCHEMA_FILE)
                && p.is_file()
        })
        .collect();
    paths.sort();
    let mut out = Vec::with_capacity(paths.len());
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|e| ManifestError {
            file: path.display().to_string(),
            pointer: String::new(),
            message: format!("cannot read the file: {e}"),
            fix: "make the file readable UTF-8 JSON".into(),
        })?;
        out.push(LoadedManifest {
            source: ManifestSource::File(path),
            text,
        });
    }
    Ok(out)
}
