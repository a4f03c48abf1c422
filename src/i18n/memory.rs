//! The English that translations were made from, kept by its hash so that
//! `i18n update` can tell how much an English message changed when its id
//! changed too (a paragraph inserted above it, and a word of it edited).
//!
//! A translation records only the hash of its English (`# source:`). The
//! English text behind a hash is found in `locales/en/<stem>.ftl` as it is
//! on disk (written by the last `extract`), and in
//! `.compact-press/english/<stem>.json`, where `extract` keeps each English
//! message it replaces and `update` each one it merges against. That folder
//! is the site's working cache: losing it only means a translation whose
//! English changed id and wording at once goes to the Obsolete part, as it
//! would without this memory.

use super::layout;
use super::source;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn memory_path(site: &Path, stem: &str) -> PathBuf {
    site.join(".compact-press")
        .join("english")
        .join(format!("{stem}.json"))
}

fn read_memory(site: &Path, stem: &str) -> BTreeMap<String, String> {
    std::fs::read(memory_path(site, stem))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

/// English text by hash: what the site's memory and the English file on
/// disk know for `stem`.
pub fn recall(site: &Path, stem: &str) -> BTreeMap<String, String> {
    let mut known = read_memory(site, stem);
    known.extend(on_disk(site, stem));
    known
}

/// The English messages of `locales/en/<stem>.ftl` as it is now, by hash.
fn on_disk(site: &Path, stem: &str) -> BTreeMap<String, String> {
    let shown = PathBuf::from("locales/en").join(format!("{stem}.ftl"));
    match layout::read(&site.join(&shown), &shown) {
        Ok(existing) => existing
            .messages
            .iter()
            .map(|f| (f.hash.clone(), source::canonical(&f.message)))
            .collect(),
        Err(_) => BTreeMap::new(),
    }
}

/// Adds `messages` (hash → English) to the memory of `stem`, and the
/// English file on disk, which is about to be replaced. Best effort: the
/// memory is a cache, so a failure to write it is not an error.
pub fn remember(site: &Path, stem: &str, messages: impl IntoIterator<Item = (String, String)>) {
    let mut known = read_memory(site, stem);
    let before = known.len();
    known.extend(on_disk(site, stem));
    known.extend(messages);
    if known.len() == before {
        return;
    }
    let path = memory_path(site, stem);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Ok(json) = serde_json::to_vec(&known) {
        let _ = crate::output::write_atomic(&path, &json);
    }
}
