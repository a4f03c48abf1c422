//! Doing slow formats' jobs ([`Job`]): through the cache, several at once,
//! each giving an [`Artifact`] tagged with its format and edition. `build`
//! does a publication's jobs as it comes to it; `serve`'s background worker
//! does them after the pages are up.

use super::cache::{Cache, Origin};
use super::formats::{self, Format, Job, Size};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::scope::EditionId;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

/// An edition's downloads in one format.
#[derive(Debug, Clone)]
pub struct Artifact {
    pub format: &'static str,
    pub edition: EditionId,
    /// (output path, bytes): the downloads, and the files they refer to.
    pub files: Vec<(String, Vec<u8>)>,
    /// The sizes their links give ([`Format::sizes`]).
    pub sizes: Vec<(String, Size)>,
}

/// What a batch of jobs made.
#[derive(Debug, Default)]
pub struct Made {
    pub artifacts: Vec<Artifact>,
    /// Jobs made, and of those found unchanged in the cache, by format.
    pub counts: BTreeMap<&'static str, (usize, usize)>,
    /// Time spent making them, added up, by format.
    pub time: BTreeMap<&'static str, Duration>,
    pub problems: Diagnostics,
}

impl Made {
    /// Every file made: (output path, bytes).
    pub fn files(&self) -> impl Iterator<Item = &(String, Vec<u8>)> {
        self.artifacts.iter().flat_map(|a| &a.files)
    }

    pub fn add(&mut self, other: Made) {
        self.artifacts.extend(other.artifacts);
        for (f, (n, c)) in other.counts {
            let e = self.counts.entry(f).or_default();
            e.0 += n;
            e.1 += c;
        }
        for (f, t) in other.time {
            *self.time.entry(f).or_default() += t;
        }
        self.problems.extend(other.problems);
    }
}

/// Does `jobs` of `format` (one of `formats`, which make the jobs they
/// use), at most `format.threads()` at once, on plain
/// threads (the format may use its own pool inside). Artifacts come back
/// in the order of their paths, so the result does not depend on timing.
pub fn run(formats: &formats::Formats, format: &dyn Format, cache: &Cache, jobs: Vec<Job>) -> Made {
    type Done = (Job, Result<(formats::MadeFiles, Origin), Diagnostics>);
    let waiting = jobs.len().min(format.threads().max(1));
    let queue = Mutex::new(jobs.into_iter());
    let done: Mutex<Vec<Done>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..waiting {
            s.spawn(|| loop {
                let job = queue.lock().unwrap_or_else(|e| e.into_inner()).next();
                let Some(job) = job else { break };
                let result = cache.make(formats, format, &job);
                done.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((job, result));
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_by(|a, b| a.0.edition.cmp(&b.0.edition));
    let mut made = Made::default();
    for (job, result) in done {
        let (slug, lang) = &job.edition;
        let paths: Vec<String> = format
            .downloads(lang, slug)
            .into_iter()
            .map(|d| d.path)
            .collect();
        match result {
            Ok((files, origin)) if paths.iter().all(|p| files.iter().any(|f| &f.0 == p)) => {
                let count = made.counts.entry(format.name()).or_default();
                count.0 += 1;
                match origin {
                    Origin::Cached => count.1 += 1,
                    Origin::Made(took) => *made.time.entry(format.name()).or_default() += took,
                }
                made.artifacts.push(Artifact {
                    format: format.name(),
                    edition: job.edition.clone(),
                    sizes: format.sizes(&files),
                    files,
                });
            }
            Ok((files, _)) => made.problems.push(Diagnostic::error(
                PathBuf::from(paths.first().cloned().unwrap_or_default()),
                format!(
                    "the {} format made {} files, not every one it links ({})",
                    format.name(),
                    files.len(),
                    paths.join(", ")
                ),
                "this is a bug in compact-press: please report it",
            )),
            Err(p) => made.problems.extend(p),
        }
    }
    made
}
