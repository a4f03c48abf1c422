//! Large-print PDFs in the background: typesetting takes far longer than
//! the pages, so `serve` sends the PDF jobs of each rebuild to this worker
//! and reloads the page without waiting. Jobs that queue up while it works
//! are merged, the newest data for each PDF winning. Fonts are found once,
//! and again only when the theme's fonts, its Typst template or the site's
//! languages change.

use crate::diagnostic::Diagnostics;
use crate::render::pdf::{PdfEngine, Typeset};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc::{channel, Sender};

enum Job {
    Typeset(Vec<(String, Vec<u8>)>),
    /// Find fonts and read the template again, for this theme and these
    /// languages.
    Reload {
        theme: String,
        languages: Vec<String>,
    },
}

pub struct PdfWorker {
    jobs: Sender<Job>,
}

impl PdfWorker {
    /// Starts the worker for the site at `root`; `done` gets each batch's
    /// PDFs, or why they could not be made.
    pub fn start(
        root: PathBuf,
        theme: String,
        languages: Vec<String>,
        done: impl Fn(Result<Typeset, Diagnostics>) + Send + 'static,
    ) -> PdfWorker {
        let (tx, rx) = channel::<Job>();
        // A pool of its own, a core smaller than the machine: the pages of
        // the next rebuild must not wait behind PDFs in the shared one.
        let threads =
            std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1).max(1));

        std::thread::spawn(move || {
            let (mut theme, mut languages) = (theme, languages);
            let mut engine: Option<PdfEngine> = None;
            while let Ok(first) = rx.recv() {
                let mut batch: BTreeMap<String, Vec<u8>> = BTreeMap::new();
                for job in std::iter::once(first).chain(rx.try_iter()) {
                    match job {
                        Job::Typeset(jobs) => batch.extend(jobs),
                        Job::Reload {
                            theme: t,
                            languages: l,
                        } => {
                            engine = None;
                            (theme, languages) = (t, l);
                        }
                    }
                }
                if batch.is_empty() {
                    continue;
                }
                if engine.is_none() {
                    match PdfEngine::new(&root, &theme, &languages, threads) {
                        Ok(e) => engine = Some(e),
                        Err(problems) => {
                            done(Err(problems));
                            continue;
                        }
                    }
                }
                if let Some(engine) = &engine {
                    done(Ok(engine.typeset(batch.into_iter().collect())));
                }
            }
        });
        PdfWorker { jobs: tx }
    }

    /// Queues PDFs to typeset: (output path, data).
    pub fn typeset(&self, jobs: Vec<(String, Vec<u8>)>) {
        if !jobs.is_empty() {
            let _ = self.jobs.send(Job::Typeset(jobs));
        }
    }

    /// Has fonts and the template found again before the next PDFs.
    pub fn reload(&self, theme: String, languages: Vec<String>) {
        let _ = self.jobs.send(Job::Reload { theme, languages });
    }
}
