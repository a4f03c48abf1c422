//! One rendering pass over a [`Scope`]: each edition any format in it needs
//! is translated once ([`Editions::prepare`]), then the download formats
//! make their files (or jobs, for slow formats), and then the pages, which
//! give every download's size. `build` does the jobs at once, so that the
//! pages can give their sizes; `serve` makes the pages first and hands the
//! slow formats' jobs to its background worker.

use super::edition::{Edition, Editions};
use super::formats::{Context, Format, Formats, Job, Size, Work, PAGES};
use crate::diagnostic::Diagnostics;
use crate::output::Files;
use crate::scope::Scope;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Download sizes (and running times) by output path, for the links.
pub type Sizes = BTreeMap<String, Size>;

pub struct Pass<'s> {
    site: &'s Site,
    scope: &'s Scope,
    editions: &'s Editions<'s>,
    formats: &'s Formats,
    prepared: Vec<Edition>,
}

/// The editions of `site`: made once, and shared by every pass over it
/// (they hold each language's theme strings, ready).
pub fn editions(site: &Site) -> Editions<'_> {
    Editions::new(&site.content, &site.catalog, &site.locales.ui_ids())
}

/// What [`Pass::downloads`] made: the inline formats' files (with their
/// sizes) and the slow formats' jobs.
#[derive(Default)]
pub struct Downloads {
    pub jobs: Vec<Job>,
    /// Editions made at once, by format.
    pub counts: BTreeMap<&'static str, usize>,
}

impl<'s> Pass<'s> {
    /// Translates the editions the scope needs, once each.
    pub fn new(
        site: &'s Site,
        editions: &'s Editions<'s>,
        formats: &'s Formats,
        scope: &'s Scope,
    ) -> Pass<'s> {
        let wanted = scope.editions_in_any();
        let prepared =
            editions.prepare(|slug, lang| wanted.contains(&(slug.to_string(), lang.to_string())));
        Pass {
            site,
            scope,
            editions,
            formats,
            prepared,
        }
    }

    fn context<'c>(&'c self, sizes: &'c Sizes) -> Context<'c> {
        Context {
            site: self.site,
            editions: self.editions,
            formats: self.formats,
            sizes,
        }
    }

    /// Runs `format` over the scope's editions of it, in parallel: its
    /// files into `files` (with their sizes into `sizes` for a download
    /// format), its jobs returned. Returns how many editions it made.
    fn run(
        &self,
        format: &dyn Format,
        sizes_so_far: &Sizes,
        files: &mut Files,
        sizes: Option<&mut Sizes>,
        jobs: &mut Vec<Job>,
    ) -> Result<usize, Diagnostics> {
        let cx = self.context(sizes_so_far);
        let work: Vec<(crate::scope::EditionId, Work)> = self
            .prepared
            .par_iter()
            .filter(|e| self.scope.makes(format.name(), &e.id()))
            // `formats:` may offer a format for some publications only.
            .filter(|e| self.site.content.config.makes(format.name(), &e.slug))
            .map(|e| format.edition(&cx, e).map(|w| (e.id(), w)))
            .collect::<Result<_, Diagnostics>>()?;
        let count = work.len();
        let mut made = Vec::new();
        for (edition, w) in work {
            match w {
                Work::Files(f) => made.extend(f),
                Work::Job(data) => jobs.push(Job {
                    format: format.name(),
                    edition,
                    data,
                    uses: None,
                }),
                Work::JobUsing(data, uses) => jobs.push(Job {
                    format: format.name(),
                    edition,
                    data,
                    uses: Some(Box::new(uses)),
                }),
            }
        }
        if let Some(sizes) = sizes {
            sizes.extend(format.sizes(&made));
        }
        files.extend(made.into_iter().map(|(p, b)| (PathBuf::from(p), b)));
        Ok(count)
    }

    /// The scope's downloads: the files of formats that make them at once
    /// (into `files`, their sizes into `sizes`), and the jobs of the
    /// others, to be done next (`build`) or in the background (`serve`).
    /// Only the formats `which` accepts are run.
    pub fn downloads(
        &self,
        which: impl Fn(&dyn Format) -> bool,
        files: &mut Files,
        sizes: &mut Sizes,
    ) -> Result<Downloads, Diagnostics> {
        let mut out = Downloads::default();
        // Downloads link to nothing, so need no sizes.
        let none = Sizes::new();
        for format in self.formats.downloads().filter(|f| which(*f)) {
            let n = self.run(format, &none, files, Some(sizes), &mut out.jobs)?;
            if n > 0 {
                *out.counts.entry(format.name()).or_default() += n;
            }
        }
        Ok(out)
    }

    /// The scope's pages, and the files every language shares (CSS,
    /// sitemap, `.htaccess`) if it names them, linking to the downloads in
    /// `sizes`. Counts pages per language code ("" for the root pages) in
    /// `pages`.
    pub fn pages(
        &self,
        sizes: &Sizes,
        files: &mut Files,
        pages: &mut BTreeMap<String, usize>,
    ) -> Result<(), Diagnostics> {
        let Some(format) = self.formats.get(PAGES) else {
            return Ok(());
        };
        let mut made = Files::new();
        self.run(format, sizes, &mut made, None, &mut Vec::new())?;
        let cx = self.context(sizes);
        for (path, bytes) in format.site_files(&cx, self.scope)? {
            made.insert(PathBuf::from(path), bytes);
        }
        for path in made.keys() {
            let Some(path) = path.to_str() else { continue };
            if !path.ends_with(".html") {
                continue;
            }
            let lang = path
                .split_once('/')
                .map(|(l, _)| l.to_string())
                .unwrap_or_default();
            *pages.entry(lang).or_default() += 1;
        }
        files.extend(made);
        Ok(())
    }
}
