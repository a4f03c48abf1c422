//! Slow formats in the background: large-print PDFs (and any format whose
//! cost is [`Cost::Background`]) take far longer than the pages, so `serve`
//! sends the jobs of each rebuild to this worker and reloads the page
//! without waiting. Jobs that queue up while it works are merged, the
//! newest data for each edition and format winning. The formats are
//! loaded once (fonts found, templates read), and again only when their
//! theme inputs or the site's formats or languages change. What it makes
//! comes back as artifacts tagged with their format and edition.

use crate::diagnostic::Diagnostics;
use crate::render::cache::Cache;
use crate::render::formats::{Cost, Formats, Job, Setup};
use crate::render::jobs::{self, Made};
use crate::scope::EditionId;
use std::collections::BTreeMap;
use std::sync::mpsc::{channel, Sender};

enum Message {
    Jobs(Vec<Job>),
    /// Load the formats again, for this setup.
    Reload {
        setup: Setup,
        names: Vec<String>,
    },
}

pub struct Worker {
    messages: Sender<Message>,
}

impl Worker {
    /// Starts the worker; `done` gets each batch's artifacts, or why the
    /// formats could not be loaded.
    pub fn start(done: impl Fn(Result<Made, Diagnostics>) + Send + 'static) -> Worker {
        let (tx, rx) = channel::<Message>();
        std::thread::spawn(move || {
            let mut wanted: Option<(Setup, Vec<String>)> = None;
            let mut formats: Option<Formats> = None;
            while let Ok(first) = rx.recv() {
                let mut batch: BTreeMap<(&'static str, EditionId), Job> = BTreeMap::new();
                for message in std::iter::once(first).chain(rx.try_iter()) {
                    match message {
                        Message::Jobs(jobs) => {
                            for job in jobs {
                                batch.insert((job.format, job.edition.clone()), job);
                            }
                        }
                        Message::Reload { setup, names } => {
                            formats = None;
                            wanted = Some((setup, names));
                        }
                    }
                }
                let Some((setup, names)) = &wanted else {
                    continue;
                };
                if batch.is_empty() {
                    continue;
                }
                if formats.is_none() {
                    let slow =
                        |f: &dyn crate::render::formats::Format| f.cost() == Cost::Background;
                    match Formats::load_only(names, setup, slow) {
                        Ok(f) => formats = Some(f),
                        Err(problems) => {
                            done(Err(problems));
                            continue;
                        }
                    }
                }
                let Some(formats) = &formats else { continue };
                let cache = Cache::new(&setup.root);
                let mut by_format: BTreeMap<&'static str, Vec<Job>> = BTreeMap::new();
                for ((format, _), job) in batch {
                    by_format.entry(format).or_default().push(job);
                }
                let mut made = Made::default();
                // In the registry's order, so that a format another uses
                // (audio, for the EPUB) is in the cache first.
                for format in formats.iter() {
                    if let Some(jobs) = by_format.remove(format.name()) {
                        made.add(jobs::run(formats, format, &cache, jobs));
                    }
                }
                done(Ok(made));
            }
        });
        Worker { messages: tx }
    }

    /// Queues jobs.
    pub fn queue(&self, jobs: Vec<Job>) {
        if !jobs.is_empty() {
            let _ = self.messages.send(Message::Jobs(jobs));
        }
    }

    /// Has the formats loaded again, for `setup`, before the next jobs.
    pub fn reload(&self, setup: Setup, names: Vec<String>) {
        let _ = self.messages.send(Message::Reload { setup, names });
    }
}
