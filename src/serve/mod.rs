//! `compact-press serve`: a live preview. It builds the site, serves it on
//! this computer, watches the sources, and after each save rebuilds only
//! what the change touches (a [`crate::scope::Scope`]) and reloads the open
//! pages; the slow formats (large-print PDFs) follow in the background. A mistake never stops
//! it: the last site that built stays up, with the problem shown at the top
//! of every page and in the terminal until it is fixed.
//!
//! The same pipeline as `build` ([`Site`], [`Pass`]) with a watcher in
//! front. The preview is written to `.compact-press/serve/` in the site
//! folder, never to `public/`, and serve's additions to each page (the
//! reload script, the error notice) are made as pages are sent, so they
//! are never in a file.

mod background;
mod events;
mod http;
mod inject;
pub mod paths;
mod watch;

use crate::build;
use crate::content::listing::IndexPage;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::{self, Files, Staging};
use crate::render::formats::{Cost, Format, Formats, Setup};
use crate::render::jobs::Made;
use crate::render::pass::{self, Pass, Sizes};
use crate::scope::Scope;
use crate::site::Site;
use background::Worker;
use events::Reloader;
use http::{Http, State};
use std::collections::{BTreeMap, BTreeSet};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{channel, Sender};
use std::sync::Arc;
use std::time::Instant;

/// How `serve` was asked to run.
pub struct Options {
    pub site: PathBuf,
    /// 0 lets the system choose a free port.
    pub port: u16,
    /// Listen on another address than 127.0.0.1 (this computer only).
    pub bind: Option<IpAddr>,
    /// Open the site in the default browser once it is up.
    pub open: bool,
    /// Only these download formats (`--formats`), of those the site
    /// offers; the slow ones are made in the background, after the pages.
    pub only: Option<Vec<String>>,
}

enum Event {
    Changed(Vec<PathBuf>),
    Background(Result<Made, Diagnostics>),
    WatchFailed(String),
    Stop,
}

/// Runs the preview until Ctrl-C. Errors are only those that keep it from
/// starting: no site folder, a port already in use.
pub fn run(options: Options) -> Result<(), Diagnostics> {
    let cannot =
        |what: String, help: &str| Diagnostics::from(Diagnostic::error(&options.site, what, help));
    let root = options.site.canonicalize().map_err(|e| {
        cannot(
            format!("cannot open the site folder: {e}"),
            "give the folder that holds content/, locales/ and themes/ with --site DIR",
        )
    })?;
    let out = root.join(".compact-press").join("serve");
    std::fs::create_dir_all(&out)
        .and_then(|_| out.canonicalize())
        .map_err(|e| {
            cannot(
                format!("cannot make the preview folder {}: {e}", out.display()),
                "check that the site folder is writable",
            )
        })?;
    let out = out.canonicalize().unwrap_or(out);

    let (tx, rx) = channel::<Event>();
    let stop = tx.clone();
    // A second handler cannot be set; the first one still stops the loop.
    let _ = ctrlc::set_handler(move || {
        let _ = stop.send(Event::Stop);
    });

    let ip = options.bind.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    if !ip.is_loopback() {
        eprintln!("warning: serving on {ip}: anyone who can reach this computer over the network can see the preview");
    }
    let state = Arc::new(State::default());
    let reloader = Reloader::default();
    let server = Http::start(
        SocketAddr::new(ip, options.port),
        out.clone(),
        Arc::clone(&state),
        reloader.clone(),
    )
    .map_err(|e| {
        cannot(
            format!("cannot listen on {ip}:{}: {e}", options.port),
            "another program may be using the port: choose another with --port N (0 lets the system choose)",
        )
    })?;
    let watching = {
        let (changed, failed) = (tx.clone(), tx.clone());
        watch::start(
            &root,
            move |paths| {
                let _ = changed.send(Event::Changed(paths));
            },
            move |e| {
                let _ = failed.send(Event::WatchFailed(e));
            },
        )
        .map_err(|e| {
            cannot(
                format!("cannot watch the sources: {e}"),
                "on Linux, raise fs.inotify.max_user_watches if many folders are watched",
            )
        })?
    };

    let mut preview = Preview::new(root.clone(), out, state, reloader, tx, options.only);
    preview.first_build();
    let url = format!("http://{}/", server.addr);
    eprintln!(
        "Serving {} at {url}\n  watching content/, locales/ and themes/; press Ctrl-C to stop",
        root.display()
    );
    if options.open {
        if let Err(e) = open::that(&url) {
            eprintln!("warning: cannot open a browser ({e}); open {url} yourself");
        }
    }
    // Events taken from the queue while gathering changes, in order.
    let mut held: std::collections::VecDeque<Event> = std::collections::VecDeque::new();
    while let Some(event) = held.pop_front().or_else(|| rx.recv().ok()) {
        match event {
            Event::Changed(mut paths) => {
                // Saves that arrived while the last rebuild ran: one
                // rebuild. Anything else waits its turn.
                while let Ok(next) = rx.try_recv() {
                    match next {
                        Event::Changed(more) => paths.extend(more),
                        other => held.push_back(other),
                    }
                }
                preview.changed(paths);
            }
            Event::Background(result) => preview.background_done(result),
            Event::WatchFailed(e) => eprintln!("warning: watching the sources: {e}"),
            Event::Stop => break,
        }
    }
    server.stop();
    drop(watching);
    eprintln!("stopped");
    Ok(())
}

/// The preview's state between rebuilds.
struct Preview {
    root: PathBuf,
    out: PathBuf,
    state: Arc<State>,
    reloader: Reloader,
    /// The last site that loaded, if any has.
    site: Option<Site>,
    /// Download sizes of the files written, for the pages' links.
    sizes: Sizes,
    /// Files changed since the last good rebuild: a failed rebuild's files
    /// are read again with the next change, so nothing is missed.
    pending: BTreeSet<PathBuf>,
    /// The worker that makes the slow formats.
    background: Worker,
    /// What the worker's formats were loaded for.
    background_setup: Option<(Setup, Vec<String>)>,
    /// The download formats asked for (`--formats`), if any.
    only: Option<Vec<String>>,
    /// The download formats some of whose files have been written, so the
    /// accessibility statements list them.
    made_formats: BTreeSet<&'static str>,
    /// How many jobs of each slow format the last rebuild queued.
    queued: BTreeMap<&'static str, usize>,
}

impl Preview {
    fn new(
        root: PathBuf,
        out: PathBuf,
        state: Arc<State>,
        reloader: Reloader,
        tx: Sender<Event>,
        only: Option<Vec<String>>,
    ) -> Preview {
        let background = Worker::start(move |r| {
            let _ = tx.send(Event::Background(r));
        });
        Preview {
            root,
            out,
            state,
            reloader,
            site: None,
            sizes: Sizes::new(),
            pending: BTreeSet::new(),
            background,
            background_setup: None,
            only,
            made_formats: BTreeSet::new(),
            queued: BTreeMap::new(),
        }
    }

    /// The formats `site` makes, loaded for making pages and inline
    /// downloads here; the slow ones only make their jobs' data here.
    fn formats(site: &Site) -> Result<Formats, Diagnostics> {
        let names: Vec<String> = site.formats.iter().map(|f| f.to_string()).collect();
        let setup = Setup::of(site, 1);
        Formats::load_only(&names, &setup, |f| f.cost() == Cost::Inline)
    }

    /// Loads the whole site and writes all of it, replacing what was
    /// there: each file as it is made, as `build` does, so that a large
    /// site is never all in memory.
    fn first_build(&mut self) {
        let start = Instant::now();
        match Site::load(&self.root) {
            Ok((mut site, warnings)) => {
                site.preview = true;
                site.choose_formats(self.only.clone());
                print(&warnings);
                let scope = Scope::everything(&site);
                match self.render_whole(&site, &scope) {
                    Ok(count) => {
                        self.site = Some(site);
                        self.keep_records();
                        self.succeeded(&scope, count, start);
                    }
                    Err(p) => self.failed(p),
                }
            }
            Err(p) => self.failed(p),
        }
    }

    fn render_whole(&mut self, site: &Site, scope: &Scope) -> Result<usize, Diagnostics> {
        let formats = Preview::formats(site)?;
        let staging = Staging::new(&self.out)?;
        let report = build::render_loaded(site, &formats, None, &staging, &mut |_| {})?;
        staging.commit()?;
        self.sizes = report.sizes;
        self.made_formats = report.made.keys().copied().collect();
        // It built: the new pages go out without the old notice.
        if let Ok(mut p) = self.state.problems.write() {
            *p = None;
        }
        // The slow formats' jobs for the background, a few publications'
        // editions translated at a time: all of a large site's at once
        // took gigabytes.
        let slow = |f: &dyn Format| f.cost() == Cost::Background;
        let slow_names: Vec<&'static str> = formats
            .iter()
            .filter(|f| slow(*f))
            .map(|f| f.name())
            .collect();
        let mut jobs = Vec::new();
        if !slow_names.is_empty() {
            let editions = pass::editions(site);
            let all: Vec<&crate::scope::EditionId> = scope.editions_in_any().into_iter().collect();
            for chunk in all.chunks(64) {
                let part = Scope {
                    formats: slow_names
                        .iter()
                        .map(|&f| {
                            let mine = chunk
                                .iter()
                                .filter(|e| scope.makes(f, e))
                                .map(|e| (*e).clone())
                                .collect();
                            (f, mine)
                        })
                        .collect(),
                    ..Scope::default()
                };
                let pass = Pass::new(site, &editions, &formats, &part);
                jobs.extend(
                    pass.downloads(slow, &mut Files::new(), &mut Sizes::new())?
                        .jobs,
                );
            }
        }
        self.queue(site, scope, jobs);
        Ok(report.files)
    }

    fn changed(&mut self, paths: Vec<PathBuf>) {
        self.pending.extend(paths);
        let start = Instant::now();
        let Some(site) = self.site.as_mut() else {
            // Nothing has built yet: try the whole site again.
            self.pending.clear();
            return self.first_build();
        };
        let paths: Vec<PathBuf> = self.pending.iter().cloned().collect();
        let result = site.apply(&paths);
        match result {
            Ok((scope, warnings)) if scope.is_empty() => {
                // Nothing shown changed: an editor's swap file, or the
                // English files `i18n extract` writes.
                print(&warnings);
                self.pending.clear();
                self.keep_records();
            }
            Ok((scope, warnings)) => {
                print(&warnings);
                let site = self.site.take().expect("checked above");
                // The edited publication's files first; then the pages
                // that list it and the publications that name it as
                // related.
                let (now, then) = scope.clone().split_first();
                let rendered = self.render(&site, &now).and_then(|n| {
                    if then.is_empty() {
                        return Ok(n);
                    }
                    self.reloader.reload_all();
                    Ok(n + self.render(&site, &then)?)
                });
                self.site = Some(site);
                match rendered {
                    Ok(count) => {
                        self.pending.clear();
                        self.keep_records();
                        self.succeeded(&scope, count, start);
                    }
                    Err(p) => self.failed(p),
                }
            }
            Err(p) => self.failed(p),
        }
    }

    /// Writes the translation records the site's coverage says changed, as
    /// `build` does (the watcher then sees them unchanged from the site's).
    fn keep_records(&mut self) {
        let Some(site) = self.site.as_mut() else {
            return;
        };
        match site.save_records() {
            Ok(written) => {
                for r in written {
                    eprintln!("  recorded the translations' state in {}", r.display());
                }
            }
            Err(p) => print(&p),
        }
    }

    /// Renders `scope`'s pages and inline downloads, writes them, and
    /// queues its slow formats' jobs. Returns how many files were written.
    fn render(&mut self, site: &Site, scope: &Scope) -> Result<usize, Diagnostics> {
        // Forget a removed publication's downloads first: the pages made
        // now (the accessibility statements among them) no longer have them.
        for slug in &scope.removed {
            for lang in &site.content.config.languages {
                self.sizes
                    .retain(|path, _| !path.starts_with(&format!("{lang}/{slug}/")));
            }
        }
        let formats = Preview::formats(site)?;
        let editions = pass::editions(site);
        let pass = Pass::new(site, &editions, &formats, scope);
        let mut files = Files::new();
        let downloads = pass.downloads(|_| true, &mut files, &mut self.sizes)?;
        pass.pages(&self.sizes, &mut files, &mut BTreeMap::new())?;
        let changed = site.catalog.problems();
        if changed.has_errors() {
            return Err(changed);
        }
        // It built: the new pages go out without the old notice.
        if let Ok(mut p) = self.state.problems.write() {
            *p = None;
        }
        // Pages there are no more of go before the pages that stop
        // linking them arrive.
        for (lang, page) in &scope.gone {
            let _ = std::fs::remove_dir_all(self.out.join(lang).join(page.path()));
        }
        write(&self.out, &files)?;
        for slug in &scope.removed {
            for lang in &site.content.config.languages {
                let _ = std::fs::remove_dir_all(self.out.join(lang).join(slug));
            }
        }
        // Parts of a sitemap that needs fewer now.
        if scope.sitemap {
            let made = |name: &str| files.contains_key(Path::new(name));
            for entry in std::fs::read_dir(&self.out).into_iter().flatten().flatten() {
                let name = entry.file_name().to_string_lossy().to_string();
                if crate::render::formats::html::sitemap::is_sitemap(&name) && !made(&name) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        self.queue(site, scope, downloads.jobs);
        Ok(files.len())
    }

    /// Sends jobs to the background worker, having it load its formats
    /// again first if their theme inputs or the site's setup changed.
    fn queue(&mut self, site: &Site, scope: &Scope, jobs: Vec<crate::render::formats::Job>) {
        self.queued.clear();
        for job in &jobs {
            *self.queued.entry(job.format).or_default() += 1;
        }
        let threads =
            std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1).max(1));
        let setup = (
            Setup::of(site, threads),
            site.formats
                .iter()
                .map(|f| f.to_string())
                .collect::<Vec<_>>(),
        );
        let theme_changed = !scope.reload.is_empty();
        if theme_changed || self.background_setup.as_ref() != Some(&setup) {
            self.background.reload(setup.0.clone(), setup.1.clone());
            self.background_setup = Some(setup);
        }
        self.background.queue(jobs);
    }

    /// "; 30 large-print PDFs to follow": the slow formats' files this
    /// rebuild queued.
    fn to_follow(&self) -> String {
        crate::render::formats::registry()
            .iter()
            .filter_map(|f| Some((*self.queued.get(f.name())?, f.noun())))
            .map(|(n, noun)| format!("; {n} {noun} to follow"))
            .collect()
    }

    fn succeeded(&mut self, scope: &Scope, count: usize, start: Instant) {
        self.state.built.store(true, Ordering::SeqCst);
        self.reloader.reload_all();
        eprintln!(
            "  rebuilt {count} files ({} publications × languages) in {:.0?}{}",
            scope.of(crate::render::formats::PAGES).count(),
            start.elapsed(),
            self.to_follow()
        );
    }

    fn failed(&mut self, problems: Diagnostics) {
        print(&problems);
        eprintln!(
            "  {} error(s): still serving the last site that built; fix the file and save",
            problems.errors().count()
        );
        if let Ok(mut p) = self.state.problems.write() {
            *p = Some(problems);
        }
        self.reloader.reload_all();
    }

    /// The slow formats' files arrived: write them, and give the pages
    /// their new sizes.
    fn background_done(&mut self, result: Result<Made, Diagnostics>) {
        let made = match result {
            Ok(m) => m,
            Err(p) => return self.failed(p),
        };
        if made.problems.has_errors() {
            self.failed(made.problems.clone());
        }
        let files: Files = made
            .files()
            .map(|(p, b)| (PathBuf::from(p), b.clone()))
            .collect();
        if let Err(p) = write(&self.out, &files) {
            return self.failed(p);
        }
        let Some(site) = self.site.as_ref() else {
            return;
        };
        // Pages whose download links must give a new size.
        let mut scope = Scope::default();
        let mut first = false;
        for artifact in &made.artifacts {
            first |= self.made_formats.insert(artifact.format);
            for (path, size) in &artifact.sizes {
                if self.sizes.insert(path.clone(), *size) != Some(*size) {
                    scope
                        .formats
                        .entry(crate::render::formats::PAGES)
                        .or_default()
                        .insert(artifact.edition.clone());
                }
            }
        }
        // A format's first files: the accessibility statements now list it.
        if first {
            scope.pages = site
                .content
                .config
                .languages
                .iter()
                .map(|l| (l.clone(), IndexPage::Statement))
                .collect();
        }
        if scope.is_empty() {
            return;
        }
        let written = Preview::formats(site).and_then(|formats| {
            let editions = pass::editions(site);
            let pass = Pass::new(site, &editions, &formats, &scope);
            let mut files = Files::new();
            pass.pages(&self.sizes, &mut files, &mut BTreeMap::new())?;
            write(&self.out, &files)
        });
        if let Err(p) = written {
            self.failed(p);
        }
    }
}

/// Writes `files` under `out`, each replaced whole.
fn write(out: &Path, files: &Files) -> Result<(), Diagnostics> {
    use rayon::prelude::*;
    files.par_iter().try_for_each(|(rel, bytes)| {
        output::write_preview(&out.join(rel), bytes).map_err(|e| {
            Diagnostics::from(Diagnostic::error(
                out.join(rel),
                format!("cannot write the preview: {e}"),
                "check that the site folder is writable and the disk is not full",
            ))
        })
    })
}

fn print(problems: &Diagnostics) {
    for p in &problems.0 {
        eprintln!("{p}");
    }
}
