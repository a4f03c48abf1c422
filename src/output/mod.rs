//! Writing the built site without ever leaving a half-written output folder:
//! everything goes to a staging folder beside it, which replaces the old
//! output only once complete ([`Staging`]), and writing only the files
//! whose bytes changed ([`manifest`]).

mod manifest;
mod staging;

pub use staging::Staging;

use crate::diagnostic::{Diagnostic, Diagnostics};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The files of a built site: path relative to the output folder → bytes.
/// Ordered, so that every build writes and lists files in the same order.
pub type Files = BTreeMap<PathBuf, Vec<u8>>;

/// Refuses output folders whose replacement would destroy the sources.
pub fn check_target(site: &Path, out: &Path) -> Result<(), Diagnostic> {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (site, out_abs) = (abs(site), abs(out));
    let refuse = |why: &str| {
        Err(Diagnostic::error(
            out,
            why.to_string(),
            "choose a separate output folder, e.g. --out public",
        ))
    };
    if out_abs == site || site.starts_with(&out_abs) {
        return refuse("the output folder is the site folder or contains it, and would be replaced by the build");
    }
    if out_abs.join("content").is_dir() || out_abs.join("locales").is_dir() {
        return refuse(
            "the output folder holds content/ or locales/, so it looks like a site, not a build",
        );
    }
    Ok(())
}

/// Writes `files` to `out`, replacing what was there only on success.
pub fn commit(out: &Path, files: &Files) -> Result<(), Diagnostics> {
    let staging = Staging::new(out)?;
    for (rel, bytes) in files {
        staging.put(rel, bytes)?;
    }
    staging.commit()
}

/// Replaces the file at `path` with `bytes` whole or not at all: written
/// beside it under a temporary name, then renamed over it. For the source
/// files compact-press writes for translators (`locales/`).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    replace(path, bytes, true)
}

/// Replaces the file at `path` with `bytes` as [`write_atomic`] does, but
/// without waiting for the disk: for the preview's pages, which a reader
/// must never see half-written but which are made again if lost.
pub fn write_preview(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    replace(path, bytes, false)
}

fn replace(path: &Path, bytes: &[u8], durable: bool) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".compact-press-")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    // A temporary file is private to its owner; the file it replaces keeps
    // its permissions, and a new one gets the usual ones.
    match std::fs::metadata(path) {
        Ok(m) => tmp.as_file().set_permissions(m.permissions())?,
        #[cfg(unix)]
        Err(_) => {
            use std::os::unix::fs::PermissionsExt;
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))?
        }
        #[cfg(not(unix))]
        Err(_) => {}
    }
    if durable {
        tmp.as_file().sync_all()?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
