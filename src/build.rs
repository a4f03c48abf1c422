//! The pipeline: load the site → typed model → translate → render each
//! format → write atomically. `build` runs all of it; `check` stops before
//! writing. Each stage reports its problems as [`Diagnostics`].

use crate::content;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{self, coverage, english::English, extract, locales, translator::Catalog};
use crate::output::{self, Files};
use crate::render::{htaccess, html, pdf, sitemap, text};
use crate::theme;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
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

/// Loads, checks and renders the site in memory.
pub fn render_site(site: &Path, progress: Progress) -> Result<(Files, Report), Diagnostics> {
    let start = Instant::now();
    progress("loading content");
    let content = content::load(site)?;
    progress("loading translations");
    let locales = locales::load(site, &content.config.languages)?;
    let english = English::new(&content, &locales);
    let mut warnings = i18n::check(&locales, &english);
    if warnings.has_errors() {
        return Err(warnings);
    }
    let coverage = coverage::measure(&english, &locales, &content.config.languages);
    warnings.extend(coverage.warnings(&locales));
    warnings.extend(extract::freshness(site, &english));
    let catalog = Catalog::new(&locales, &content.config, coverage.stale());
    let ui_ids = locales.ui_ids();
    warnings.extend(catalog.check_ui_complete(&ui_ids));
    progress("loading theme");
    let theme = theme::load(site, &content.config.theme)?;

    let renderer = html::HtmlRenderer::new(&content, &catalog, &theme);
    let template_error = |e: String| {
        Diagnostics::from(Diagnostic::error(
            PathBuf::from("themes")
                .join(&content.config.theme)
                .join("templates"),
            format!("template failed to render: {e}"),
            "fix the template named above; a variable it uses may be misspelt",
        ))
    };

    progress("typesetting large-print PDFs");
    let pdf_start = Instant::now();
    let engine = pdf::PdfEngine::new(site, &content.config.theme, &content.config.languages)?;
    // Each publication is translated once, for its PDF and both its pages.
    let prepared = renderer.prepare(&ui_ids);
    let jobs = renderer.pdf_jobs(&prepared).map_err(template_error)?;
    // Typst is single-threaded per document: one document per core.
    type Made = Result<(Vec<u8>, pdf::Origin), String>;
    let pdfs: Vec<(String, Made)> = jobs
        .into_par_iter()
        .map(|(path, data)| {
            let result = engine.render_cached(data);
            (path, result)
        })
        .collect();
    let mut files = Files::new();
    let mut problems = Diagnostics::default();
    let mut sizes = BTreeMap::new();
    let mut pdfs_cached = 0;
    for (path, result) in pdfs {
        match result {
            Ok((bytes, origin)) => {
                if origin == pdf::Origin::Cached {
                    pdfs_cached += 1;
                }
                sizes.insert(path.clone(), bytes.len() as u64);
                files.insert(PathBuf::from(path), bytes);
            }
            Err(e) => problems.push(Diagnostic::error(
                PathBuf::from(&path),
                format!("the large-print PDF could not be made: {e}"),
                "this is a problem in the theme's typst/large-print.typ or in the text named; the PDF/UA rules are listed at https://typst.app/docs/reference/pdf/",
            )),
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let pdf_time = pdf_start.elapsed();

    let pdfs = sizes.len();

    progress("writing plain text");
    let texts = text::TextRenderer {
        catalog: &catalog,
        base_url: &content.config.base_url,
        requests: renderer.requests(),
    };
    let editions: Vec<(String, Vec<u8>)> = prepared
        .par_iter()
        .map(|p| (text::text_path(p.lang.code, &p.slug), texts.render(p)))
        .collect();
    let text_count = editions.len();
    for (path, bytes) in editions {
        sizes.insert(path.clone(), bytes.len() as u64);
        files.insert(PathBuf::from(path), bytes);
    }

    progress("rendering HTML");
    let pages = renderer
        .render_all(&ui_ids, &prepared, &sizes)
        .map_err(template_error)?;

    let mut report = Report {
        warnings,
        pdfs,
        pdfs_cached,
        pdf_time,
        texts: text_count,
        ..Report::default()
    };
    for page in pages {
        let lang = page
            .path
            .split_once('/')
            .map(|(l, _)| l.to_string())
            .unwrap_or_default();
        *report.pages.entry(lang).or_default() += 1;
        files.insert(PathBuf::from(page.path), page.html.into_bytes());
    }
    files.insert(
        PathBuf::from("assets").join(&theme.css_name),
        theme.css.clone().into_bytes(),
    );
    files.insert(
        PathBuf::from("assets").join(&theme.large_print_css_name),
        theme.large_print_css.clone().into_bytes(),
    );
    files.insert(
        PathBuf::from(".htaccess"),
        htaccess::HTACCESS.as_bytes().to_vec(),
    );
    let mut paths = vec![String::new(), "accessibility/".to_string()];
    paths.extend(content.publications.iter().map(|p| format!("{}/", p.slug)));
    files.insert(
        PathBuf::from("sitemap.xml"),
        sitemap::render(&content.config.base_url, &paths, &content.config.languages).into_bytes(),
    );
    report.files = files.len();
    report.elapsed = start.elapsed();
    Ok((files, report))
}

/// Builds `site` into `out`. Nothing under `out` changes unless it succeeds.
pub fn build(site: &Path, out: &Path, progress: Progress) -> Result<Report, Diagnostics> {
    let start = Instant::now();
    output::check_target(site, out)?;
    let (files, mut report) = render_site(site, progress)?;
    progress("writing output");
    output::commit(out, &files)?;
    report.elapsed = start.elapsed();
    Ok(report)
}
