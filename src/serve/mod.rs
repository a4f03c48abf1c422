//! `compact-press serve`: a live preview. It builds the site, serves it on
//! this computer, watches the sources, and after each save rebuilds only
//! what the change touches (a [`crate::scope::Scope`]) and reloads the open
//! pages; large-print PDFs follow in the background. A mistake never stops
//! it: the last site that built stays up, with the problem shown at the top
//! of every page and in the terminal until it is fixed.
//!
//! The same pipeline as `build` ([`Site`], [`Pass`]) with a watcher in
//! front. The preview is written to `.compact-press/serve/` in the site
//! folder, never to `public/`, and serve's additions to each page (the
//! reload script, the error notice) are made as pages are sent, so they
//! are never in a file.

mod events;
mod http;
mod inject;
pub mod paths;
mod pdfs;
mod watch;

use crate::build;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::{self, Files, Staging};
use crate::render::pass::{self, Pass, Sizes};
use crate::render::pdf::Typeset;
use crate::scope::Scope;
use crate::site::Site;
use events::Reloader;
use http::{Http, State};
use pdfs::PdfWorker;
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
    /// Make the large-print PDFs too (in the background, after the pages).
    pub pdfs: bool,
}

enum Event {
    Changed(Vec<PathBuf>),
    Pdfs(Result<Typeset, Diagnostics>),
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

    let mut preview = Preview::new(root.clone(), out, state, reloader, tx, options.pdfs);
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
    while let Ok(event) = rx.recv() {
        match event {
            Event::Changed(mut paths) => {
                // Saves that arrived while the last rebuild ran: one rebuild.
                while let Ok(Event::Changed(more)) = rx.try_recv() {
                    paths.extend(more);
                }
                preview.changed(paths);
            }
            Event::Pdfs(result) => preview.pdfs_done(result),
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
    pdfs: PdfWorker,
    /// The theme and languages the PDF worker was started for.
    pdf_setup: (String, Vec<String>),
    /// Whether to make PDFs at all.
    make_pdfs: bool,
}

impl Preview {
    fn new(
        root: PathBuf,
        out: PathBuf,
        state: Arc<State>,
        reloader: Reloader,
        tx: Sender<Event>,
        make_pdfs: bool,
    ) -> Preview {
        let pdf_setup = (String::new(), Vec::new());
        let pdfs = PdfWorker::start(
            root.clone(),
            pdf_setup.0.clone(),
            pdf_setup.1.clone(),
            move |r| {
                let _ = tx.send(Event::Pdfs(r));
            },
        );
        Preview {
            root,
            out,
            state,
            reloader,
            site: None,
            sizes: Sizes::new(),
            pending: BTreeSet::new(),
            pdfs,
            pdf_setup,
            make_pdfs,
        }
    }

    /// Loads the whole site and writes all of it, replacing what was
    /// there: each file as it is made, as `build` does, so that a large
    /// site is never all in memory.
    fn first_build(&mut self) {
        let start = Instant::now();
        match Site::load(&self.root) {
            Ok((mut site, warnings)) => {
                site.preview = true;
                print(&warnings);
                let scope = Scope::everything(&site);
                match self.render_whole(&site, &scope) {
                    Ok(count) => {
                        self.site = Some(site);
                        self.succeeded(&scope, count, start);
                    }
                    Err(p) => self.failed(p),
                }
            }
            Err(p) => self.failed(p),
        }
    }

    fn render_whole(&mut self, site: &Site, scope: &Scope) -> Result<usize, Diagnostics> {
        let staging = Staging::new(&self.out)?;
        let report = build::render_loaded(site, None, &staging, &mut |_| {})?;
        staging.commit()?;
        self.sizes = report.sizes;
        // It built: the new pages go out without the old notice.
        if let Ok(mut p) = self.state.problems.write() {
            *p = None;
        }
        if self.make_pdfs {
            let html = pass::renderer(site);
            let jobs = Pass::new(site, &html, scope).pdf_jobs()?;
            self.queue_pdfs(site, scope, jobs);
        }
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
            }
            Ok((scope, warnings)) => {
                print(&warnings);
                let site = self.site.take().expect("checked above");
                let rendered = self.render(&site, &scope);
                self.site = Some(site);
                match rendered {
                    Ok(count) => {
                        self.pending.clear();
                        self.succeeded(&scope, count, start);
                    }
                    Err(p) => self.failed(p),
                }
            }
            Err(p) => self.failed(p),
        }
    }

    /// Renders `scope`'s pages and text editions, writes them, and queues
    /// its PDFs. Returns how many files were written.
    fn render(&mut self, site: &Site, scope: &Scope) -> Result<usize, Diagnostics> {
        // Forget a removed publication's downloads first: the pages made
        // now (the accessibility statements among them) no longer have them.
        for slug in &scope.removed {
            for lang in &site.content.config.languages {
                self.sizes
                    .retain(|path, _| !path.starts_with(&format!("{lang}/{slug}/")));
            }
        }
        let html = pass::renderer(site);
        let pass = Pass::new(site, &html, scope);
        let mut files = Files::new();
        pass.texts(&mut files, &mut self.sizes);
        pass.pages(&self.sizes, &mut files, &mut BTreeMap::new())?;
        let jobs = if self.make_pdfs {
            pass.pdf_jobs()?
        } else {
            Vec::new()
        };
        let changed = site.catalog.problems();
        if changed.has_errors() {
            return Err(changed);
        }
        // It built: the new pages go out without the old notice.
        if let Ok(mut p) = self.state.problems.write() {
            *p = None;
        }
        write(&self.out, &files)?;
        for slug in &scope.removed {
            for lang in &site.content.config.languages {
                let _ = std::fs::remove_dir_all(self.out.join(lang).join(slug));
            }
        }
        if self.make_pdfs {
            self.queue_pdfs(site, scope, jobs);
        }
        Ok(files.len())
    }

    fn queue_pdfs(&mut self, site: &Site, scope: &Scope, jobs: Vec<(String, Vec<u8>)>) {
        let setup = (
            site.content.config.theme.clone(),
            site.content.config.languages.clone(),
        );
        if scope.fonts || setup != self.pdf_setup {
            self.pdfs.reload(setup.0.clone(), setup.1.clone());
            self.pdf_setup = setup;
        }
        self.pdfs.typeset(jobs);
    }

    fn succeeded(&mut self, scope: &Scope, count: usize, start: Instant) {
        self.state.built.store(true, Ordering::SeqCst);
        self.reloader.reload_all();
        eprintln!(
            "  rebuilt {count} files ({} publications × languages) in {:.0?}{}",
            scope.editions.len(),
            start.elapsed(),
            if scope.pdfs.is_empty() || !self.make_pdfs {
                String::new()
            } else {
                format!("; {} large-print PDFs to follow", scope.pdfs.len())
            }
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

    /// PDFs arrived: write them, and give the pages their new sizes.
    fn pdfs_done(&mut self, result: Result<Typeset, Diagnostics>) {
        let typeset = match result {
            Ok(t) => t,
            Err(p) => return self.failed(p),
        };
        if typeset.problems.has_errors() {
            self.failed(typeset.problems.clone());
        }
        if let Err(p) = write(&self.out, &typeset.files) {
            return self.failed(p);
        }
        let Some(site) = self.site.as_ref() else {
            return;
        };
        // Pages whose download links must give a new size.
        let mut scope = Scope::default();
        let had_pdfs = self.sizes.keys().any(|p| p.ends_with(".pdf"));
        for (path, size) in &typeset.sizes {
            if self.sizes.insert(path.clone(), *size) != Some(*size) {
                let mut parts = path.split('/');
                if let (Some(lang), Some(slug)) = (parts.next(), parts.next()) {
                    scope.editions.insert((slug.to_string(), lang.to_string()));
                }
            }
        }
        // The first PDFs: the accessibility statements now list them.
        if !had_pdfs && self.sizes.keys().any(|p| p.ends_with(".pdf")) {
            scope.indexes = site.content.config.languages.iter().cloned().collect();
        }
        if scope.editions.is_empty() && scope.indexes.is_empty() {
            return;
        }
        let html = pass::renderer(site);
        let pass = Pass::new(site, &html, &scope);
        let mut files = Files::new();
        let written = pass
            .pages(&self.sizes, &mut files, &mut BTreeMap::new())
            .and_then(|_| write(&self.out, &files));
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
