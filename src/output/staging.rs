//! A build being written: into a staging folder beside the output, which
//! replaces the output only once complete, so that a reader never sees a
//! half-written site and a failed build leaves the old one untouched.
//!
//! Most files of a rebuild hold the same bytes as before, and on a large
//! site creating tens of thousands of files and folders (and removing the
//! old ones) is most of the build's time in the kernel. So the output the
//! build replaces is not removed but kept aside, in
//! `<parent>/.compact-press/<name>.spare`, with the manifest of what it
//! holds; the next build stages into it, and writes only the files whose
//! bytes differ. Files unchanged since the output being replaced are hard
//! links to it, so the spare costs little disk. A staged file is never
//! written in place — it may be the same file as one being served — but
//! removed and written anew.

use super::manifest::{self, Entry, Manifest};
use crate::diagnostic::{Diagnostic, Diagnostics};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub struct Staging {
    out: PathBuf,
    /// The folder being staged into; `None` once committed.
    dir: Option<PathBuf>,
    /// The manifest of the output, `<parent>/.compact-press/<name>.manifest`.
    manifest: PathBuf,
    /// Where the replaced output is kept for the next build to stage into.
    spare: PathBuf,
    /// What the output holds now, if known.
    live: Option<Manifest>,
    /// What the staging folder held when this build began (the spare of an
    /// earlier build), if anything.
    staged: Manifest,
    written: Mutex<Vec<(PathBuf, Entry)>>,
    /// Folders that exist in the staging folder.
    folders: Mutex<HashSet<PathBuf>>,
}

fn failure(out: &Path, what: String, e: std::io::Error) -> Diagnostics {
    Diagnostics::from(Diagnostic::error(
        out,
        format!("{what}: {e}"),
        "check that the folder is writable and the disk is not full; the previous output is untouched",
    ))
}

fn parent_of(out: &Path) -> &Path {
    out.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn name_of(out: &Path) -> &str {
    out.file_name().and_then(|n| n.to_str()).unwrap_or("public")
}

fn manifest_of(folder: &Path) -> PathBuf {
    let mut name = folder.as_os_str().to_owned();
    name.push(".manifest");
    PathBuf::from(name)
}

impl Staging {
    /// Starts a build of `out`, in a staging folder beside it.
    pub fn new(out: &Path) -> Result<Staging, Diagnostics> {
        let parent = parent_of(out);
        let name = name_of(out);
        std::fs::create_dir_all(parent)
            .map_err(|e| failure(out, "cannot create the output's parent folder".into(), e))?;
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.staging-"))
            .tempdir_in(parent)
            .map_err(|e| failure(out, "cannot create a staging folder".into(), e))?
            .keep();
        let state = parent.join(".compact-press");
        let spare = state.join(format!("{name}.spare"));
        // Without the output it describes, an old manifest is no use.
        let manifest = state.join(format!("{name}.manifest"));
        let live = out.is_dir().then(|| manifest::read(&manifest)).flatten();
        let staged = take_spare(&spare, &dir).unwrap_or_default();
        let folders = prune(&dir, &staged);
        Ok(Staging {
            out: out.to_path_buf(),
            dir: Some(dir),
            manifest,
            spare,
            live,
            staged,
            written: Mutex::new(Vec::new()),
            folders: Mutex::new(folders),
        })
    }

    fn dir(&self) -> &Path {
        self.dir
            .as_deref()
            .expect("a staging folder until committed")
    }

    /// Writes one file of the build; `rel` is relative to the output.
    /// Safe to call from many threads at once.
    pub fn put(&self, rel: &Path, bytes: &[u8]) -> Result<(), Diagnostics> {
        let path = self.dir().join(rel);
        let hash = manifest::hash(bytes);
        let size = bytes.len() as u64;
        let record = |entry: Entry| {
            if let Ok(mut w) = self.written.lock() {
                w.push((rel.to_path_buf(), entry));
            }
        };
        if let Some(e) = self.staged.get(rel).filter(|e| e.holds(&path, hash, size)) {
            record(*e);
            return Ok(());
        }
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
        if self.staged.contains_key(rel) {
            // Perhaps a link to a file of the output: never write through it.
            let _ = std::fs::remove_file(&path);
        }
        let old = self.out.join(rel);
        let unchanged = self
            .live
            .as_ref()
            .and_then(|live| live.get(rel))
            .filter(|e| e.holds(&old, hash, size));
        match unchanged {
            Some(e) if std::fs::hard_link(&old, &path).is_ok() => record(*e),
            _ => {
                std::fs::write(&path, bytes).map_err(|e| {
                    failure(&self.out, format!("cannot write {}", rel.display()), e)
                })?;
                let meta = std::fs::metadata(&path).map_err(|e| {
                    failure(&self.out, format!("cannot read back {}", rel.display()), e)
                })?;
                record(Entry::new(bytes, &meta));
            }
        }
        Ok(())
    }

    /// Puts the finished build in place of the output, keeps the replaced
    /// output as the next build's spare, and records what each holds.
    pub fn commit(mut self) -> Result<(), Diagnostics> {
        let out = self.out.clone();
        let fail = |what: &str, e| failure(&out, what.to_string(), e);
        let staged = self.dir.take().expect("committed once");
        let written: Manifest = std::mem::take(&mut self.written)
            .into_inner()
            .unwrap_or_default()
            .into_iter()
            .collect();
        // What the spare held and this build did not write.
        for rel in self.staged.keys().filter(|rel| !written.contains_key(*rel)) {
            remove_with_empty_folders(&staged, rel);
        }
        // The old manifest goes first: if anything below fails, the next
        // build writes every file, which is slow but never wrong.
        let _ = std::fs::remove_file(&self.manifest);
        // A spare that could not be staged into is of no more use.
        if self.spare.exists() {
            let _ = std::fs::remove_file(manifest_of(&self.spare));
            remove_in_parallel(&self.spare);
        }
        let mut kept = false;
        if out.exists() {
            let parent = parent_of(&out);
            kept = std::fs::create_dir_all(parent_of(&self.spare)).is_ok()
                && std::fs::rename(&out, &self.spare).is_ok();
            let aside = if kept {
                self.spare.clone()
            } else {
                let old = parent.join(format!(".{}.old-{}", name_of(&out), std::process::id()));
                if let Err(e) = std::fs::rename(&out, &old) {
                    let _ = std::fs::remove_dir_all(&staged);
                    return Err(fail("cannot move the previous output aside", e));
                }
                old
            };
            if let Err(e) = std::fs::rename(&staged, &out) {
                // Put the previous output back: the reader never sees a gap.
                let _ = std::fs::rename(&aside, &out);
                let _ = std::fs::remove_dir_all(&staged);
                return Err(fail("cannot move the new output into place", e));
            }
            if !kept {
                remove_in_parallel(&aside);
            }
        } else {
            std::fs::rename(&staged, &out).map_err(|e| {
                let _ = std::fs::remove_dir_all(&staged);
                fail("cannot move the new output into place", e)
            })?;
        }
        // Only a cost if they cannot be written: the next build writes all.
        let _ = manifest::write(&self.manifest, &written);
        match (&self.live, kept) {
            (Some(live), true) => {
                let _ = manifest::write(&manifest_of(&self.spare), live);
            }
            // An output of unknown content is no spare.
            (None, true) => remove_in_parallel(&self.spare),
            _ => {}
        }
        Ok(())
    }
}

/// A build that did not finish leaves its staging folder as the spare, with
/// what it holds, rather than removing thousands of files.
impl Drop for Staging {
    fn drop(&mut self) {
        let Some(dir) = self.dir.take() else { return };
        let mut holds = std::mem::take(&mut self.staged);
        if let Ok(written) = self.written.get_mut() {
            holds.extend(written.drain(..));
        }
        let kept = !self.spare.exists()
            && std::fs::create_dir_all(parent_of(&self.spare)).is_ok()
            && std::fs::rename(&dir, &self.spare).is_ok();
        if !kept || manifest::write(&manifest_of(&self.spare), &holds).is_err() {
            remove_in_parallel(if kept { &self.spare } else { &dir });
        }
    }
}

/// Moves the spare at `spare`, with its manifest, into the (empty) staging
/// folder `dir`, returning what it holds; `None` if there is no usable one.
fn take_spare(spare: &Path, dir: &Path) -> Option<Manifest> {
    let recorded = manifest_of(spare);
    let holds = manifest::read(&recorded)?;
    // Once staged into, the spare no longer matches its manifest: the
    // manifest goes first, so that a spare without one is never trusted.
    std::fs::remove_file(&recorded).ok()?;
    std::fs::rename(spare, dir).ok()?;
    Some(holds)
}

/// Removes from the staging folder `dir` anything its manifest `holds`
/// does not list (put there by hand, or left by a build that stopped), and
/// the folders left empty; returns the folders that remain.
fn prune(dir: &Path, holds: &Manifest) -> HashSet<PathBuf> {
    use rayon::prelude::*;
    fn walk(dir: &Path, root: &Path, holds: &Manifest, folders: &Mutex<HashSet<PathBuf>>) -> bool {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return false;
        };
        let mut kept = false;
        for entry in entries.flatten() {
            let path = entry.path();
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            kept |= if is_dir {
                walk(&path, root, holds, folders)
            } else {
                let listed = path
                    .strip_prefix(root)
                    .is_ok_and(|rel| holds.contains_key(rel));
                listed || std::fs::remove_file(&path).is_err()
            };
        }
        if kept {
            if let Ok(mut f) = folders.lock() {
                f.insert(dir.to_path_buf());
            }
        } else if dir != root {
            kept = std::fs::remove_dir(dir).is_err();
        }
        kept
    }
    let folders = Mutex::new(HashSet::new());
    // One task per top-level entry (a folder per language).
    let top: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    top.par_iter().for_each(|path| {
        if path.is_dir() {
            walk(path, dir, holds, &folders);
        } else if !path
            .strip_prefix(dir)
            .is_ok_and(|rel| holds.contains_key(rel))
        {
            let _ = std::fs::remove_file(path);
        }
    });
    let mut folders = folders.into_inner().unwrap_or_default();
    folders.insert(dir.to_path_buf());
    folders
}

/// Removes the file `rel` under `root`, and the folders it leaves empty.
fn remove_with_empty_folders(root: &Path, rel: &Path) {
    let _ = std::fs::remove_file(root.join(rel));
    let mut folder = rel.parent();
    while let Some(f) = folder.filter(|f| !f.as_os_str().is_empty()) {
        if std::fs::remove_dir(root.join(f)).is_err() {
            break;
        }
        folder = f.parent();
    }
}

/// Removes the folder `dir` and everything in it, its top-level folders
/// (one per language) in parallel: a large site's thousands of files take
/// a noticeable part of a build to remove one by one.
pub(super) fn remove_in_parallel(dir: &Path) {
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
