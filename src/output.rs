//! Writing the built site without ever leaving a half-written output folder:
//! everything goes to a staging folder beside it, which replaces the old
//! output only once complete.

use crate::diagnostic::{Diagnostic, Diagnostics};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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

/// A build being written: files go into a staging folder beside the
/// output as they are made (so a large site is never all in memory), and
/// the staging folder replaces the output only once complete. Dropped
/// without [`Staging::commit`], it is removed and the output is untouched.
///
/// A file whose bytes are what the previous build wrote is not written
/// again: the staging folder gets a hard link to the old file, which is
/// much cheaper than a new file. What the previous build wrote is known
/// from its manifest (hash, size and modification time of each file),
/// kept beside the output in `.compact-press/`; a file changed by hand
/// since then has another time or size and is written anew.
pub struct Staging {
    out: PathBuf,
    dir: tempfile::TempDir,
    manifest: PathBuf,
    previous: HashMap<PathBuf, Entry>,
    written: Mutex<Vec<(PathBuf, Entry)>>,
    /// Folders already made in the staging folder.
    folders: Mutex<HashSet<PathBuf>>,
}

/// What the manifest says of one file.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Entry {
    hash: u64,
    size: u64,
    modified: (u64, u32),
}

fn modified(meta: &std::fs::Metadata) -> (u64, u32) {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((0, 0), |d| (d.as_secs(), d.subsec_nanos()))
}

fn read_manifest(path: &Path) -> HashMap<PathBuf, Entry> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return HashMap::new();
    };
    text.lines()
        .filter_map(|line| {
            let mut parts = line.splitn(5, ' ');
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
        })
        .collect()
}

fn failure(out: &Path, what: String, e: std::io::Error) -> Diagnostics {
    Diagnostics::from(Diagnostic::error(
        out,
        format!("{what}: {e}"),
        "check that the folder is writable and the disk is not full; the previous output is untouched",
    ))
}

impl Staging {
    /// Starts a build of `out`, in a staging folder beside it.
    pub fn new(out: &Path) -> Result<Staging, Diagnostics> {
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent)
            .map_err(|e| failure(out, "cannot create the output's parent folder".into(), e))?;
        let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("public");
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.staging-"))
            .tempdir_in(parent)
            .map_err(|e| failure(out, "cannot create a staging folder".into(), e))?;
        let manifest = parent
            .join(".compact-press")
            .join(format!("{name}.manifest"));
        // Without the output it describes, an old manifest is no use.
        let previous = if out.is_dir() {
            read_manifest(&manifest)
        } else {
            HashMap::new()
        };
        Ok(Staging {
            out: out.to_path_buf(),
            dir,
            manifest,
            previous,
            written: Mutex::new(Vec::new()),
            folders: Mutex::new(HashSet::new()),
        })
    }

    /// Writes one file of the build; `rel` is relative to the output.
    /// Safe to call from many threads at once.
    pub fn put(&self, rel: &Path, bytes: &[u8]) -> Result<(), Diagnostics> {
        let path = self.dir.path().join(rel);
        if let Some(dir) = path.parent() {
            let made = self.folders.lock().is_ok_and(|f| f.contains(dir));
            if !made {
                std::fs::create_dir_all(dir).map_err(|e| {
                    failure(&self.out, format!("cannot create {}", dir.display()), e)
                })?;
                if let Ok(mut f) = self.folders.lock() {
                    f.insert(dir.to_path_buf());
                }
            }
        }
        let hash = xxhash_rust::xxh3::xxh3_64(bytes);
        let size = bytes.len() as u64;
        let old = self.out.join(rel);
        let unchanged = self.previous.get(rel).copied().filter(|e| {
            e.hash == hash
                && e.size == size
                && std::fs::metadata(&old)
                    .is_ok_and(|m| m.len() == size && modified(&m) == e.modified)
        });
        let entry = match unchanged {
            Some(entry) if std::fs::hard_link(&old, &path).is_ok() => entry,
            _ => {
                std::fs::write(&path, bytes).map_err(|e| {
                    failure(&self.out, format!("cannot write {}", rel.display()), e)
                })?;
                let meta = std::fs::metadata(&path).map_err(|e| {
                    failure(&self.out, format!("cannot read back {}", rel.display()), e)
                })?;
                Entry {
                    hash,
                    size,
                    modified: modified(&meta),
                }
            }
        };
        if let Ok(mut w) = self.written.lock() {
            w.push((rel.to_path_buf(), entry));
        }
        Ok(())
    }

    /// Puts the finished build in place of the output, and records what
    /// it wrote for the next build.
    pub fn commit(self) -> Result<(), Diagnostics> {
        let out = &self.out;
        let fail = |what: &str, e| failure(out, what.to_string(), e);
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("public");
        let mut written = self.written.into_inner().unwrap_or_default();
        written.sort_by(|a, b| a.0.cmp(&b.0));
        // The old manifest goes first: if anything below fails, the next
        // build writes every file, which is slow but never wrong.
        let _ = std::fs::remove_file(&self.manifest);
        let staged = self.dir.keep();
        if out.exists() {
            let old = parent.join(format!(".{name}.old-{}", std::process::id()));
            std::fs::rename(out, &old).map_err(|e| {
                let _ = std::fs::remove_dir_all(&staged);
                fail("cannot move the previous output aside", e)
            })?;
            if let Err(e) = std::fs::rename(&staged, out) {
                // Put the previous output back: the reader never sees a gap.
                let _ = std::fs::rename(&old, out);
                let _ = std::fs::remove_dir_all(&staged);
                return Err(fail("cannot move the new output into place", e));
            }
            remove_in_parallel(&old);
        } else {
            std::fs::rename(&staged, out).map_err(|e| {
                let _ = std::fs::remove_dir_all(&staged);
                fail("cannot move the new output into place", e)
            })?;
        }
        let mut text = String::new();
        for (file, e) in written {
            if let Some(path) = file.to_str().filter(|p| !p.contains('\n')) {
                text.push_str(&format!(
                    "{:016x} {} {} {} {path}\n",
                    e.hash, e.size, e.modified.0, e.modified.1
                ));
            }
        }
        // Only a cost if it cannot be written: the next build writes all.
        let _ = write_atomic(&self.manifest, text.as_bytes());
        Ok(())
    }
}

/// Removes the folder `dir` and everything in it, its top-level folders
/// (one per language) in parallel: a large site's thousands of files take
/// a noticeable part of a build to remove one by one.
fn remove_in_parallel(dir: &Path) {
    use rayon::prelude::*;
    let entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.par_iter().for_each(|p| {
        let _ = if p.is_dir() {
            std::fs::remove_dir_all(p)
        } else {
            std::fs::remove_file(p)
        };
    });
    let _ = std::fs::remove_dir_all(dir);
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
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
