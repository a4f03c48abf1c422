//! The record a build keeps of the files it wrote (hash, size and
//! modification time of each), so that the next build can tell which files
//! already hold the bytes it is about to write and leave them be.
//!
//! One line per file: `hash size seconds nanoseconds path`, sorted by path.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What the manifest says of one file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry {
    pub hash: u64,
    pub size: u64,
    pub modified: (u64, u32),
}

/// Files relative to the folder the manifest describes → what was written.
pub type Manifest = HashMap<PathBuf, Entry>;

impl Entry {
    /// The entry of `bytes` written to a file whose metadata is `meta`.
    pub fn new(bytes: &[u8], meta: &std::fs::Metadata) -> Entry {
        Entry {
            hash: hash(bytes),
            size: bytes.len() as u64,
            modified: modified(meta),
        }
    }

    /// Whether the file at `path` is still what this entry records, and
    /// holds the bytes whose hash and length are given: a file changed by
    /// hand since has another time or size.
    pub fn holds(&self, path: &Path, hash: u64, size: u64) -> bool {
        self.hash == hash
            && self.size == size
            && std::fs::symlink_metadata(path)
                .is_ok_and(|m| m.is_file() && m.len() == size && modified(&m) == self.modified)
    }
}

pub fn hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

fn modified(meta: &std::fs::Metadata) -> (u64, u32) {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((0, 0), |d| (d.as_secs(), d.subsec_nanos()))
}

/// The manifest at `path`, or `None` if there is none or it cannot be read.
pub fn read(path: &Path) -> Option<Manifest> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut files = Manifest::new();
    for line in text.lines() {
        let mut parts = line.splitn(5, ' ');
        let mut entry = || -> Option<(PathBuf, Entry)> {
            let hash = u64::from_str_radix(parts.next()?, 16).ok()?;
            let size = parts.next()?.parse().ok()?;
            let secs = parts.next()?.parse().ok()?;
            let nanos = parts.next()?.parse().ok()?;
            let file = PathBuf::from(parts.next()?);
            Some((
                file,
                Entry {
                    hash,
                    size,
                    modified: (secs, nanos),
                },
            ))
        };
        // A damaged manifest is no manifest: trusting part of it could
        // leave a file unrecorded.
        let (file, e) = entry()?;
        files.insert(file, e);
    }
    Some(files)
}

/// Writes `files` as the manifest at `path`, whole or not at all. Paths
/// that cannot be written on one line are left out, so their files are
/// written anew by the next build.
pub fn write<'a>(
    path: &Path,
    files: impl IntoIterator<Item = (&'a PathBuf, &'a Entry)>,
) -> std::io::Result<()> {
    // Sorted by path, so the manifest of the same output is the same file.
    let mut files: Vec<(&PathBuf, &Entry)> = files.into_iter().collect();
    files.sort_by_key(|(file, _)| *file);
    let lines: Vec<String> = files
        .into_iter()
        .filter_map(|(file, e)| {
            let p = file.to_str().filter(|p| !p.contains('\n'))?;
            Some(format!(
                "{:016x} {} {} {} {p}\n",
                e.hash, e.size, e.modified.0, e.modified.1
            ))
        })
        .collect();
    super::write_atomic(path, lines.concat().as_bytes())
}
