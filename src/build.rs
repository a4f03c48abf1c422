//! The pipeline: load the site ([`Site`]: typed model, translations,
//! theme) → render each format over everything ([`Pass`]) → write
//! atomically. `build` runs all of it; `check` stops before writing.
//! Each stage reports its problems as [`Diagnostics`].

use crate::diagnostic::Diagnostics;
use crate::output::{self, Files};
use crate::render::pass::Pass;
use crate::render::pdf;
use crate::scope::Scope;
use crate::site::Site;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

/// What a successful build did, for the summary line.
#[derive(Debug, Default)]
pub struct Report {
    /// Pages per language code ("" for the language-neutral root pages).
    pub pages: BTreeMap<String, usize>,
    pub files: usize,
    /// Large-print PDFs made, and the time they took.
    pub pdfs: usize,
    /// Of those, how many were unchanged and taken from the cache.
    pub pdfs_cached: usize,
    pub pdf_time: Duration,
    /// Plain-text editions made.
    pub texts: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
}

/// Called once per stage with a short description, for progress lines.
pub type Progress<'a> = &'a mut dyn FnMut(&str);

/// Which formats to make: everything, or the web pages and text editions
/// without the large-print PDFs (for a quick look, or to time the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formats {
    All,
    WithoutPdf,
}

/// Loads, checks and renders the site in memory.
pub fn render_site(
    root: &Path,
    formats: Formats,
    progress: Progress,
) -> Result<(Files, Report), Diagnostics> {
    let start = Instant::now();
    progress("loading content, translations and theme");
    let (site, warnings) = Site::load(root)?;
    let scope = Scope::everything(&site);

    let pdf_start = Instant::now();
    let config = &site.content.config;
    // Each publication is translated once, for its PDF, pages and text.
    let pass = Pass::new(&site, &scope);
    let typeset = if formats == Formats::All {
        progress("typesetting large-print PDFs");
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let engine = pdf::PdfEngine::new(root, &config.theme, &config.languages, threads)?;
        engine.typeset(pass.pdf_jobs()?)
    } else {
        pdf::Typeset::default()
    };
    if typeset.problems.has_errors() {
        return Err(typeset.problems);
    }
    let mut files = typeset.files;
    let mut sizes = typeset.sizes;
    let mut report = Report {
        warnings,
        pdfs: sizes.len(),
        pdfs_cached: typeset.cached,
        pdf_time: pdf_start.elapsed(),
        ..Report::default()
    };

    // Text editions before pages, so that pages can give their sizes.
    progress("writing plain text");
    report.texts = pass.texts(&mut files, &mut sizes);
    progress("rendering HTML");
    pass.pages(&sizes, &mut files, &mut report.pages)?;
    report.files = files.len();
    report.elapsed = start.elapsed();
    Ok((files, report))
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
    let (files, mut report) = render_site(site, formats, progress)?;
    progress("writing output");
    output::commit(out, &files)?;
    report.elapsed = start.elapsed();
    Ok(report)
}
