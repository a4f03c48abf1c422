//! The pipeline: load the site ([`Site`]: typed model, translations,
//! theme) → render each publication in every language ([`Pass`]: its
//! large-print PDFs, then its text editions, then its pages, which give
//! both sizes), publications in parallel → the home pages and shared
//! files → write atomically. Each file is written as soon as it is made,
//! so a site of thousands of pages is never all in memory. `build` writes
//! into a staging folder swapped in at the end; `check` writes nothing.
//! Each stage reports its problems as [`Diagnostics`].

use crate::content::model::Publication;
use crate::diagnostic::Diagnostics;
use crate::output::{self, Files, Staging};
use crate::render::html::HtmlRenderer;
use crate::render::pass::{self, Pass, Sizes};
use crate::render::pdf::PdfEngine;
use crate::scope::Scope;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What a successful build did, for the summary line.
#[derive(Debug, Default)]
pub struct Report {
    /// Pages per language code ("" for the language-neutral root pages).
    pub pages: BTreeMap<String, usize>,
    pub files: usize,
    /// Large-print PDFs made.
    pub pdfs: usize,
    /// Of those, how many were unchanged and taken from the cache.
    pub pdfs_cached: usize,
    /// Time spent typesetting, added up over the documents.
    pub pdf_time: Duration,
    /// Plain-text editions made.
    pub texts: usize,
    /// The size of each download made (text editions, PDFs) by output
    /// path, for pages made later to give (`serve` keeps them).
    pub sizes: Sizes,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
}

impl Report {
    fn add(&mut self, other: Report) {
        for (lang, n) in other.pages {
            *self.pages.entry(lang).or_default() += n;
        }
        self.pdfs += other.pdfs;
        self.pdfs_cached += other.pdfs_cached;
        self.pdf_time += other.pdf_time;
        self.texts += other.texts;
        self.sizes.extend(other.sizes);
    }
}

/// Called once per stage with a short description, for progress lines.
pub type Progress<'a> = &'a mut dyn FnMut(&str);

/// Which formats to make: everything, or the web pages and text editions
/// without the large-print PDFs (for a quick look, or to time the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formats {
    All,
    WithoutPdf,
    /// What `check` makes: every page and text edition, and the PDFs of
    /// one small publication (in every language, so that right-to-left and
    /// each script's settings are tried) to check the large-print template.
    /// Nothing is read from or written to the PDF cache.
    Check,
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
    formats: Formats,
    sink: &dyn Sink,
    progress: Progress,
) -> Result<Report, Diagnostics> {
    let start = Instant::now();
    progress("loading content, translations and theme");
    let (site, warnings) = Site::load(root)?;
    let config = &site.content.config;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let engine = || PdfEngine::new(root, &config.theme, &config.languages, threads);
    let mut report = match formats {
        Formats::All => render_loaded(&site, Some(&engine()?), sink, progress)?,
        Formats::WithoutPdf => render_loaded(&site, None, sink, progress)?,
        Formats::Check => {
            let engine = engine()?.without_cache();
            let report = render_loaded(&site, None, sink, progress)?;
            progress("typesetting one small publication's PDFs");
            check_pdfs(&site, &engine)?;
            report
        }
    };
    report.warnings = warnings;
    report.elapsed = start.elapsed();
    Ok(report)
}

/// Renders a loaded site, giving each file to `sink` as it is made: each
/// publication in every language (with its PDFs if there is an `engine`),
/// publications in parallel, then the home pages and shared files. `serve`
/// makes its first build so too.
pub fn render_loaded(
    site: &Site,
    engine: Option<&PdfEngine>,
    sink: &dyn Sink,
    progress: Progress,
) -> Result<Report, Diagnostics> {
    let config = &site.content.config;
    let sink = Counted {
        sink,
        files: AtomicUsize::new(0),
    };
    progress("rendering each publication in every language");
    let html = pass::renderer(site);
    let made: Vec<Result<Report, Diagnostics>> = site
        .content
        .publications
        .par_iter()
        .map(|p| publication(site, &html, p, engine, &sink))
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
        ..Scope::default()
    };
    let mut files = Files::new();
    // Every download's size: the accessibility statements list the
    // formats that were made.
    Pass::new(site, &html, &scope).pages(&report.sizes, &mut files, &mut report.pages)?;
    for (rel, bytes) in &files {
        sink.put(rel, bytes)?;
    }
    report.files = sink.files.load(Ordering::Relaxed);
    Ok(report)
}

/// Typesets the large-print PDFs of the site's smallest publication in
/// every language, keeping nothing: a template error shows in any of them,
/// and typesetting every PDF (minutes on a large site) would only repeat it.
fn check_pdfs(site: &Site, engine: &PdfEngine) -> Result<(), Diagnostics> {
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
    let html = pass::renderer(site);
    let mut scope = Scope::default();
    for lang in &site.content.config.languages {
        scope.pdfs.insert((p.slug.clone(), lang.clone()));
    }
    let typeset = engine.typeset(Pass::new(site, &html, &scope).pdf_jobs()?);
    if typeset.problems.has_errors() {
        return Err(typeset.problems);
    }
    Ok(())
}

/// One publication in every language: its PDFs first, then its text
/// editions, then its pages, which give both sizes.
fn publication(
    site: &Site,
    html: &HtmlRenderer,
    p: &Publication,
    engine: Option<&PdfEngine>,
    sink: &dyn Sink,
) -> Result<Report, Diagnostics> {
    let mut scope = Scope::default();
    for lang in &site.content.config.languages {
        scope.editions.insert((p.slug.clone(), lang.clone()));
    }
    if engine.is_some() {
        scope.pdfs = scope.editions.clone();
    }
    let pass = Pass::new(site, html, &scope);
    let mut files = Files::new();
    let mut sizes = Sizes::new();
    let mut report = Report::default();
    if let Some(engine) = engine {
        let typeset = engine.typeset(pass.pdf_jobs()?);
        report.pdf_time = typeset.time;
        if typeset.problems.has_errors() {
            return Err(typeset.problems);
        }
        report.pdfs = typeset.sizes.len();
        report.pdfs_cached = typeset.cached;
        sizes.extend(typeset.sizes);
        files.extend(typeset.files);
    }
    report.texts = pass.texts(&mut files, &mut sizes);
    pass.pages(&sizes, &mut files, &mut report.pages)?;
    for (rel, bytes) in &files {
        sink.put(rel, bytes)?;
    }
    report.sizes = sizes;
    Ok(report)
}

/// Builds `site` into `out`. Nothing under `out` changes unless it succeeds.
pub fn build(
    site: &Path,
    out: &Path,
    formats: Formats,
    progress: Progress,
) -> Result<Report, Diagnostics> {
    let start = Instant::now();
    output::check_target(site, out)?;
    let staging = Staging::new(out)?;
    let mut report = render_site(site, formats, &staging, progress)?;
    progress("putting the new site in place");
    staging.commit()?;
    report.elapsed = start.elapsed();
    Ok(report)
}
