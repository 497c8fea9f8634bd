//! The live registry: `serve --registry DIR` watches the directory and, when a
//! manifest is added, changed or removed, validates the whole set again and swaps the
//! registry whole. An invalid change keeps the previous registry serving and logs
//! exactly what was wrong. Approvals made under a definition that changed are
//! invalidated. Connected clients are told through the callback (the MCP layer).

use std::sync::Arc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::app::App;
use crate::manifest::{LoadedManifest, ManifestSource, Sources};
use crate::registry::Registry;

/// Called after every successful swap.
pub type OnSwap = Arc<dyn Fn() + Send + Sync>;

/// Manifests registered by the bridge's catalog (programs that ship a manifest).
pub async fn catalog_manifests(app: &App) -> Vec<LoadedManifest> {
    match app.bridge.catalog().await {
        Ok(c) => c
            .programs
            .into_iter()
            .filter_map(|p| {
                p.manifest.map(|m| LoadedManifest {
                    source: ManifestSource::Bridge(p.app_id),
                    text: m.to_string(),
                })
            })
            .collect(),
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the bridge's catalog; keeping the programs registered so far");
            Vec::new()
        }
    }
}

/// Loads the sources (the embedded catalog without a directory) plus, if asked, the bridge catalog's
/// manifests, and swaps the registry if everything is valid. Returns whether it changed.
pub async fn reload(app: &App, sources: &Sources, from_catalog: bool) -> bool {
    let loaded = sources.load();
    let mut manifests = match loaded {
        Ok(m) => m,
        Err(e) => {
            tracing::warn!(error = %e, "registry reload failed; the previous registry keeps serving");
            return false;
        }
    };
    if from_catalog {
        manifests.extend(catalog_manifests(app).await);
    }
    let registry = match Registry::build(&manifests, false) {
        Ok((r, _)) => r,
        Err(errs) => {
            for e in &errs.errors {
                tracing::warn!(error = %e, "invalid manifest");
            }
            tracing::warn!(
                problems = errs.errors.len(),
                "registry change rejected; the previous registry keeps serving"
            );
            return false;
        }
    };
    let old = app.registry.snapshot();
    let same = old.len() == registry.len()
        && old
            .iter()
            .zip(registry.iter())
            .all(|(a, b)| a.tool == b.tool && a.def_hash == b.def_hash);
    if same {
        return false;
    }
    let tools = registry.len();
    let current: std::collections::HashSet<(String, String)> = registry
        .iter()
        .map(|s| (s.tool.clone(), s.def_hash.clone()))
        .collect();
    app.registry.swap(registry);
    match app
        .approvals
        .invalidate_outdated(&|tool, def| current.contains(&(tool.to_string(), def.to_string())))
    {
        Ok(ids) => {
            for id in ids {
                let data = serde_json::json!({"approval_ref": crate::approval::page::approval_ref(&id), "reason": "definition changed"});
                let _ = app.audit.append(
                    "invalidated",
                    "-",
                    "-",
                    data.as_object().cloned().unwrap_or_default(),
                );
            }
        }
        Err(e) => tracing::error!(error = %e, "could not invalidate approvals of changed actions"),
    }
    tracing::info!(tools, "registry reloaded");
    true
}

/// Watches `dir` until the process ends. Changes are debounced (editors write files
/// in several steps).
pub async fn watch(
    app: App,
    sources: Sources,
    from_catalog: bool,
    on_swap: OnSwap,
) -> notify::Result<()> {
    let Some(dir) = sources.dir.clone() else {
        return Ok(());
    };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        // Reading the manifests ourselves produces access events: ignore those.
        if res.is_ok_and(|ev| !matches!(ev.kind, notify::EventKind::Access(_))) {
            let _ = tx.send(());
        }
    })?;
    watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    tracing::info!(dir = %dir.display(), "watching the registry directory");
    while rx.recv().await.is_some() {
        // Let a burst of events settle, then reload once.
        tokio::time::sleep(Duration::from_millis(150)).await;
        while rx.try_recv().is_ok() {}
        if reload(&app, &sources, from_catalog).await {
            on_swap();
        }
    }
    drop(watcher);
    Ok(())
}
