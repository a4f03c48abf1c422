//! The pipeline: load the site ([`Site`]: typed model, translations,
//! theme) → load its formats ([`Formats`]) → render each publication in
//! every language ([`Pass`]: its downloads in every format, slow ones
//! through the cache, then its pages, which give their sizes),
//! publications in parallel → the home pages and shared files → write
//! atomically. Each file is written as soon as it is made, so a site of
//! thousands of pages is never all in memory. `build` writes into a staging
//! folder swapped in at the end; `check` writes nothing. Each stage reports
//! its problems as [`Diagnostics`].

use crate::content::model::Publication;
use crate::diagnostic::Diagnostics;
use crate::output::{self, Files, Staging};
use crate::render::cache::Cache;
use crate::render::edition::Editions;
use crate::render::formats::{Cost, Format, Formats, Job, Setup};
use crate::render::jobs;
use crate::render::pass::{self, Pass, Sizes};
use crate::scope::Scope;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What a successful build did, for the summary line.
#[derive(Debug, Default)]
pub struct Report {
    /// Pages per language code ("" for the language-neutral root pages).
    pub pages: BTreeMap<String, usize>,
    pub files: usize,
    /// Editions made in each download format, and of those how many were
    /// unchanged and taken from the cache.
    pub made: BTreeMap<&'static str, (usize, usize)>,
    /// Time spent on each slow format, added up over its editions.
    pub time: BTreeMap<&'static str, Duration>,
    /// The size of each download made by output path, for pages made
    /// later to give (`serve` keeps them).
    pub sizes: Sizes,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    /// Each language's translation record as the build found it should
    /// now be, where that changed; `build` writes them once the site is
    /// in place (`check` writes nothing).
    pub records: BTreeMap<String, crate::i18n::record::Record>,
    /// The records `build` wrote, relative to the site.
    pub records_written: Vec<PathBuf>,
}

impl Report {
    fn add(&mut self, other: Report) {
        for (lang, n) in other.pages {
            *self.pages.entry(lang).or_default() += n;
        }
        for (f, (n, c)) in other.made {
            let e = self.made.entry(f).or_default();
            e.0 += n;
            e.1 += c;
        }
        for (f, t) in other.time {
            *self.time.entry(f).or_default() += t;
        }
        self.sizes.extend(other.sizes);
    }

    /// "30 large-print PDFs (24 unchanged, from cache; the others took
    /// 3.1s to make, added up); 30 plain-text editions": what each
    /// download format made, in the registry's order.
    pub fn made_line(&self) -> String {
        crate::render::formats::registry()
            .iter()
            .filter(|f| f.name() != crate::render::formats::PAGES)
            .filter_map(|f| {
                let (n, cached) = self.made.get(f.name()).copied().unwrap_or_default();
                let noun = f.noun();
                match f.cost() {
                    Cost::Background => {
                        let took = self.time.get(f.name()).copied().unwrap_or_default();
                        Some(format!(
                            "{n} {noun} ({cached} unchanged, from cache; the others took {took:.2?} to make, added up)"
                        ))
                    }
                    Cost::Inline if n > 0 => Some(format!("{n} {noun}")),
                    Cost::Inline => None,
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Called once per stage with a short description, for progress lines.
pub type Progress<'a> = &'a mut dyn FnMut(&str);

/// What to make.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Only these formats (`--formats`), of those the site offers; the
    /// pages are always made.
    pub only: Option<Vec<String>>,
    /// What `check` makes: every page and inline download, and the slow
    /// formats (PDFs, braille) of one small publication only (in every
    /// language, so that right-to-left and each script's settings are
    /// tried). Nothing is read from or written to the cache.
    pub check: bool,
}

/// Where the files of a build go as they are made.
pub trait Sink: Sync {
    fn put(&self, rel: &Path, bytes: &[u8]) -> Result<(), Diagnostics>;
}

impl Sink for Staging {
    fn put(&self, rel: &Path, bytes: &[u8]) -> Result<(), Diagnostics> {
        Staging::put(self, rel, bytes)
    }
}

/// Counts the files and keeps none: `check` renders everything (a
/// template error is still an error) and writes nothing.
#[derive(Default)]
pub struct Discard(AtomicUsize);

impl Sink for Discard {
    fn put(&self, _: &Path, _: &[u8]) -> Result<(), Diagnostics> {
        self.0.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

/// A counting wrapper, for the report's file count.
struct Counted<'s> {
    sink: &'s dyn Sink,
    files: AtomicUsize,
}

impl Sink for Counted<'_> {
    fn put(&self, rel: &Path, bytes: &[u8]) -> Result<(), Diagnostics> {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.sink.put(rel, bytes)
    }
}

/// Loads, checks and renders the site, giving each file to `sink`.
pub fn render_site(
    root: &Path,
    options: &Options,
    sink: &dyn Sink,
    progress: Progress,
) -> Result<Report, Diagnostics> {
    let start = Instant::now();
    progress("loading content, translations and theme");
    let (mut site, warnings) = Site::load(root)?;
    site.choose_formats(options.only.clone());
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let formats = load_formats(&site, threads)?;
    let mut report = if options.check {
        let report = render_loaded(&site, &formats, None, sink, progress)?;
        progress("making one small publication's slow formats");
        check_slow(&site, &formats)?;
        report
    } else {
        render_loaded(&site, &formats, Some(&Cache::new(root)), sink, progress)?
    };
    report.warnings = warnings;
    report.records = site.coverage.records(&site.locales.records);
    report.elapsed = start.elapsed();
    Ok(report)
}

/// Loads the formats `site` makes, each reading its theme inputs.
pub fn load_formats(site: &Site, threads: usize) -> Result<Formats, Diagnostics> {
    let names: Vec<String> = site.formats.iter().map(|f| f.to_string()).collect();
    Formats::load(&names, &Setup::of(site, threads))
}

/// Renders a loaded site, giving each file to `sink` as it is made: each
/// publication in every language and format, publications in parallel,
/// then the home pages and shared files. With no `cache`, the slow formats
/// are left out (`serve` makes them in the background, `check` for one
/// publication). `serve` makes its first build so too.
pub fn render_loaded(
    site: &Site,
    formats: &Formats,
    cache: Option<&Cache>,
    sink: &dyn Sink,
    progress: Progress,
) -> Result<Report, Diagnostics> {
    let config = &site.content.config;
    let sink = Counted {
        sink,
        files: AtomicUsize::new(0),
    };
    progress("rendering each publication in every language");
    let editions = pass::editions(site);
    let made: Vec<Result<Report, Diagnostics>> = site
        .content
        .publications
        .par_iter()
        .map(|p| publication(site, &editions, formats, cache, p, &sink))
        .collect();
    let mut report = Report::default();
    let mut problems = Diagnostics::default();
    for result in made {
        match result {
            Ok(r) => report.add(r),
            // A template error is met by every publication: say it once.
            Err(p) => {
                for d in p.0 {
                    if !problems.0.iter().any(|q| q.to_string() == d.to_string()) {
                        problems.push(d);
                    }
                }
            }
        }
    }
    // A translation file that changed after it was checked was not used.
    problems.extend(site.catalog.problems());
    if problems.has_errors() {
        return Err(problems);
    }

    progress("rendering the home pages and shared files");
    let scope = Scope {
        indexes: config.languages.iter().cloned().collect(),
        shared: true,
        sitemap: true,
        ..Scope::default()
    };
    let mut files = Files::new();
    // Every download's size: the accessibility statements list the
    // formats that were made.
    Pass::new(site, &editions, formats, &scope).pages(
        &report.sizes,
        &mut files,
        &mut report.pages,
    )?;
    for (rel, bytes) in &files {
        sink.put(rel, bytes)?;
    }
    report.files = sink.files.load(Ordering::Relaxed);
    Ok(report)
}

/// Does `jobs` through `cache`, each format's together. Returns what they
/// made, as files with their sizes, into `report`.
pub fn do_jobs(
    formats: &Formats,
    cache: &Cache,
    jobs: Vec<Job>,
    files: &mut Files,
    report: &mut Report,
) -> Result<(), Diagnostics> {
    let mut by_format: BTreeMap<&'static str, Vec<Job>> = BTreeMap::new();
    for job in jobs {
        by_format.entry(job.format).or_default().push(job);
    }
    let mut problems = Diagnostics::default();
    // In the registry's order: a format another uses (audio, for the
    // EPUB) is done first, so its files are in the cache when they are
    // wanted.
    for format in formats.iter() {
        let Some(jobs) = by_format.remove(format.name()) else {
            continue;
        };
        let made = jobs::run(formats, format, cache, jobs);
        problems.extend(made.problems);
        for (f, (n, c)) in &made.counts {
            let e = report.made.entry(f).or_default();
            e.0 += n;
            e.1 += c;
        }
        for (f, t) in &made.time {
            *report.time.entry(f).or_default() += *t;
        }
        // Moved, not copied: an audio edition's files are megabytes.
        for artifact in made.artifacts {
            report.sizes.extend(artifact.sizes);
            for (path, bytes) in artifact.files {
                files.insert(PathBuf::from(path), bytes);
            }
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(())
}

/// Makes the slow formats of the site's smallest publication in every
/// language, keeping nothing: a template error shows in any of them, and
/// typesetting every PDF (minutes on a large site) would only repeat it.
fn check_slow(site: &Site, formats: &Formats) -> Result<(), Diagnostics> {
    fn weight(sections: &[crate::content::model::Section]) -> usize {
        sections
            .iter()
            .map(|s| 1 + s.blocks.len() + weight(&s.sections))
            .sum()
    }
    let Some(p) = site
        .content
        .publications
        .iter()
        .min_by_key(|p| (weight(&p.sections), &p.slug))
    else {
        return Ok(());
    };
    let editions = pass::editions(site);
    let mut scope = Scope::default();
    for format in formats.downloads().filter(|f| f.cost() == Cost::Background) {
        let set = scope.formats.entry(format.name()).or_default();
        for lang in &site.content.config.languages {
            set.insert((p.slug.clone(), lang.clone()));
        }
    }
    let pass = Pass::new(site, &editions, formats, &scope);
    let (mut files, mut sizes) = (Files::new(), Sizes::new());
    let slow = |f: &dyn Format| f.cost() == Cost::Background;
    let downloads = pass.downloads(slow, &mut files, &mut sizes)?;
    do_jobs(
        formats,
        &Cache::temporary(),
        downloads.jobs,
        &mut files,
        &mut Report::default(),
    )
}

/// One publication in every language: its downloads first (the slow
/// formats' through `cache`, or none without one), then its pages, which
/// give their sizes.
fn publication(
    site: &Site,
    editions: &Editions,
    formats: &Formats,
    cache: Option<&Cache>,
    p: &Publication,
    sink: &dyn Sink,
) -> Result<Report, Diagnostics> {
    let mut scope = Scope::default();
    for format in formats.iter() {
        if cache.is_none() && format.cost() == Cost::Background {
            continue;
        }
        let set = scope.formats.entry(format.name()).or_default();
        for lang in &site.content.config.languages {
            set.insert((p.slug.clone(), lang.clone()));
        }
    }
    let pass = Pass::new(site, editions, formats, &scope);
    let mut files = Files::new();
    let mut report = Report::default();
    let downloads = pass.downloads(|_| true, &mut files, &mut report.sizes)?;
    for (f, n) in downloads.counts {
        if !downloads.jobs.iter().any(|j| j.format == f) {
            report.made.entry(f).or_default().0 += n;
        }
    }
    if let Some(cache) = cache {
        do_jobs(formats, cache, downloads.jobs, &mut files, &mut report)?;
    }
    pass.pages(&report.sizes, &mut files, &mut report.pages)?;
    for (rel, bytes) in &files {
        sink.put(rel, bytes)?;
    }
    Ok(report)
}

/// Builds `site` into `out`. Nothing under `out` changes unless it succeeds.
pub fn build(
    site: &Path,
    out: &Path,
    options: &Options,
    progress: Progress,
) -> Result<Report, Diagnostics> {
    let start = Instant::now();
    output::check_target(site, out)?;
    let staging = Staging::new(out)?;
    let mut report = render_site(site, options, &staging, progress)?;
    progress("putting the new site in place");
    staging.commit()?;
    // The site is in place: a record that cannot be written is a warning
    // (the next build tries again), not a failed build.
    for (lang, record) in &report.records {
        match crate::i18n::record::save(site, lang, record) {
            Ok(true) => report.records_written.push(crate::i18n::record::path(lang)),
            Ok(false) => {}
            Err(d) => {
                for mut problem in d.0 {
                    problem.severity = crate::diagnostic::Severity::Warning;
                    report.warnings.push(problem);
                }
            }
        }
    }
    report.elapsed = start.elapsed();
    Ok(report)
}
