//! The content-hash cache of slow formats' files (PDFs, braille): kept in
//! `.compact-press/cache/<format>/` in the site folder, each entry named by
//! a hash of the format's name, its cache key (its version and theme
//! inputs, [`Format::cache_key`]) and the job's data, so an entry is used
//! again only when nothing that makes it has changed. Entries are written
//! whole and renamed into place; a cache that cannot be read or written
//! only costs time.

use super::formats::{self, Format, Formats, Job};
use crate::diagnostic::{Diagnostic, Diagnostics};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Whether a job's files were made or found in the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Made, taking this long.
    Made(Duration),
    Cached,
}

/// Where a site's cache is, or none.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: Option<PathBuf>,
    /// The folder of a [`Cache::temporary`], removed with its last copy.
    _temporary: Option<Arc<tempfile::TempDir>>,
}

impl Cache {
    /// The cache in the site folder `root`.
    pub fn new(root: &std::path::Path) -> Cache {
        Cache {
            dir: Some(root.join(".compact-press").join("cache")),
            _temporary: None,
        }
    }

    /// No cache: every job is done afresh and nothing kept.
    pub fn none() -> Cache {
        Cache {
            dir: None,
            _temporary: None,
        }
    }

    /// A cache that lasts as long as this value (`check` keeps nothing,
    /// but a job another job uses is still done once): in a temporary
    /// folder, or none if no folder can be made.
    pub fn temporary() -> Cache {
        match tempfile::Builder::new().prefix("compact-press-").tempdir() {
            Ok(dir) => Cache {
                dir: Some(dir.path().to_path_buf()),
                _temporary: Some(Arc::new(dir)),
            },
            Err(_) => Cache::none(),
        }
    }

    /// The entry's name: a hash of everything that makes the job's files,
    /// including the job it uses; `None` if they cannot be cached.
    fn key(&self, formats: &Formats, format: &dyn Format, job: &Job) -> Option<String> {
        let shared = format.cache_key()?;
        let mut key = Sha256::new();
        key.update(format.name());
        // The entries' layout: each file's path, then its bytes.
        key.update(b"entry: path, bytes");
        key.update((shared.len() as u64).to_le_bytes());
        key.update(&shared);
        key.update((job.data.len() as u64).to_le_bytes());
        key.update(&job.data);
        if let Some(uses) = &job.uses {
            let used = formats.get(uses.format)?;
            key.update(b"uses");
            key.update(self.key(formats, used, uses)?);
        }
        Some(key.finalize().iter().map(|b| format!("{b:02x}")).collect())
    }

    fn entry(&self, formats: &Formats, format: &dyn Format, job: &Job) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        let name = self.key(formats, format, job)?;
        Some(dir.join(format.name()).join(name))
    }

    /// The files of `job`: from the cache when nothing that makes them has
    /// changed, otherwise made by `format` (from the files of the job it
    /// uses, made the same way) and kept. `formats` are the site's, which
    /// make the jobs a job uses.
    pub fn make(
        &self,
        formats: &Formats,
        format: &dyn Format,
        job: &Job,
    ) -> Result<(formats::MadeFiles, Origin), Diagnostics> {
        let entry = self.entry(formats, format, job);
        if let Some(files) = entry.as_ref().and_then(|p| read(p)) {
            return Ok((files, Origin::Cached));
        }
        let start = Instant::now();
        let used = match &job.uses {
            None => Vec::new(),
            Some(uses) => {
                let Some(used) = formats.get(uses.format) else {
                    return Err(Diagnostics::from(Diagnostic::error(
                        "content/site.yaml",
                        format!(
                            "the {} format needs the {} format, which is not loaded",
                            format.name(),
                            uses.format
                        ),
                        "this is a bug in compact-press: please report it",
                    )));
                };
                self.make(formats, used, uses)?.0
            }
        };
        let files = format.make(&job.edition, &job.data, &used)?;
        let took = start.elapsed();
        if let Some(path) = &entry {
            write(path, &files);
        }
        Ok((files, Origin::Made(took)))
    }
}

/// An entry: each file's output path and then its bytes, each as its
/// length (8 bytes, little-endian) and bytes.
fn read(path: &std::path::Path) -> Option<Vec<(String, Vec<u8>)>> {
    use std::io::Read;
    let file = std::fs::File::open(path).ok()?;
    let total = file.metadata().ok()?.len();
    let mut r = std::io::BufReader::new(file);
    let mut chunk = |left: &mut u64| -> Option<Option<Vec<u8>>> {
        if *left == 0 {
            return Some(None);
        }
        let mut len = [0u8; 8];
        r.read_exact(&mut len).ok()?;
        let len = u64::from_le_bytes(len);
        // A length past the end is a truncated entry, not an allocation.
        *left = left.checked_sub(8)?.checked_sub(len)?;
        let mut bytes = vec![0u8; usize::try_from(len).ok()?];
        r.read_exact(&mut bytes).ok()?;
        Some(Some(bytes))
    };
    let mut left = total;
    let mut files = Vec::new();
    while let Some(name) = chunk(&mut left)? {
        let bytes = chunk(&mut left)??;
        files.push((String::from_utf8(name).ok()?, bytes));
    }
    Some(files)
}

fn write(path: &std::path::Path, files: &[(String, Vec<u8>)]) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    // Written as it goes (an audio edition is megabytes: no second copy
    // in memory), then renamed, so a reader never sees half an entry.
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let written = (|| -> std::io::Result<()> {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        for (name, f) in files {
            for chunk in [name.as_bytes(), f.as_slice()] {
                w.write_all(&(chunk.len() as u64).to_le_bytes())?;
                w.write_all(chunk)?;
            }
        }
        w.flush()
    })();
    if written.is_ok() {
        let _ = std::fs::rename(&tmp, path);
    } else {
        let _ = std::fs::remove_file(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_reads_back_as_its_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        let files = vec![
            ("en/a/a-en.pdf".to_string(), b"%PDF".to_vec()),
            ("en/a/empty".to_string(), Vec::new()),
            ("en/a/a-en.brf".to_string(), b"\x0c\r\n".to_vec()),
        ];
        write(&path, &files);
        assert_eq!(read(&path), Some(files));
    }

    #[test]
    fn a_truncated_entry_is_no_entry() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        write(&path, &[("a".to_string(), b"abcdef".to_vec())]);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 1]).unwrap();
        assert_eq!(read(&path), None);
    }
}
