//! The publications' translation files, `locales/<lang>/<slug>.ftl`: one
//! per publication and language, thousands on a large site. They are read
//! in parallel when the site loads, checked against their English and
//! summed up — coverage, stale messages, the title-page strings other pages
//! show (home-page cards, related publications) — and then let go: a
//! publication's files are read again only to render it (`Catalog`), so a
//! site's memory does not grow with every translation it has.

use super::bundle::{format_message, plain_bundle};
use super::checks::check_file;
use super::coverage::{self, FileCoverage};
use super::english::{self, EnglishFile};
use super::extract;
use super::locales::{self, FtlFile, Locales, SITE_STEM, TERMS_STEM, UI_STEM};
use super::record::{FileRecord, Record};
use crate::content::model::Publication;
use crate::content::Content;
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_bundle::FluentResource;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What reading one translation file found.
#[derive(Debug, Clone)]
pub struct Summary {
    /// A hash of the file as read (none if there is no file), so that a
    /// file changed since is noticed when it is read again.
    pub hash: Option<u64>,
    pub coverage: FileCoverage,
    /// The title-page strings (label, title, summary), translated, by
    /// message id, and whether each translates older English.
    pub front: HashMap<String, (String, bool)>,
}

/// Every publication's translation files, summed up.
#[derive(Debug, Default)]
pub struct Translations {
    root: PathBuf,
    /// Each language's glossary, which the files' messages may use.
    terms: BTreeMap<String, Arc<FluentResource>>,
    /// By (language, file stem); a stem with no publication is an orphan,
    /// all of whose messages are obsolete.
    files: BTreeMap<(String, String), Summary>,
}

/// The ids of the strings other pages show of a publication.
fn front_ids(p: &Publication) -> Vec<&str> {
    [p.label.as_ref(), Some(&p.title), Some(&p.summary)]
        .into_iter()
        .flatten()
        .map(|t| t.id.as_str())
        .collect()
}

impl Translations {
    /// Reads, checks and sums up every publication translation file of
    /// `languages` (other than English) in the site at `root`, against the
    /// glossaries and records of `locales`. Problems are errors and
    /// warnings together, in a stable order.
    pub fn load(
        root: &Path,
        content: &Content,
        languages: &[String],
        locales: &Locales,
    ) -> (Translations, Diagnostics) {
        let terms = locales.terms();
        let records = &locales.records;
        let langs: Vec<&str> = languages
            .iter()
            .map(String::as_str)
            .filter(|l| *l != "en")
            .collect();
        type Read = (Vec<((String, String), Summary)>, Diagnostics);
        let per_publication: Vec<Read> = content
            .publications
            .par_iter()
            .map(|p| {
                let english = english::publication_file(p);
                let mut summaries = Vec::new();
                let mut problems = extract::freshness_of(root, &english, records.get("en"));
                for lang in &langs {
                    let (summary, d) = summarize(
                        root,
                        lang,
                        &p.slug,
                        Some(p),
                        Some(&english),
                        &terms,
                        records,
                    );
                    problems.extend(d);
                    summaries.extend(summary.map(|s| ((lang.to_string(), p.slug.clone()), s)));
                }
                (summaries, problems)
            })
            .collect();
        let mut out = Translations {
            root: root.to_path_buf(),
            files: BTreeMap::new(),
            terms: BTreeMap::new(),
        };
        let mut problems = Diagnostics::default();
        for (summaries, d) in per_publication {
            out.files.extend(summaries);
            problems.extend(d);
        }
        // Files that translate no publication.
        for lang in &langs {
            for stem in orphans(root, lang, content) {
                let (summary, d) = summarize(root, lang, &stem, None, None, &terms, records);
                problems.extend(d);
                if let Some(s) = summary {
                    out.files.insert((lang.to_string(), stem), s);
                }
            }
        }
        out.terms = terms;
        (out, problems)
    }

    /// Each language's glossary, as the bundles load it.
    pub fn terms(&self, lang: &str) -> Option<&Arc<FluentResource>> {
        self.terms.get(lang)
    }

    /// Reads the files of publication `slug` again after it or one of
    /// them changed (in `langs`), against `records`. On an error nothing
    /// changes. Returns the warnings.
    pub fn reload(
        &mut self,
        content: &Content,
        slug: &str,
        langs: &[String],
        records: &BTreeMap<String, Record>,
    ) -> Result<Diagnostics, Diagnostics> {
        let p = content.publications.iter().find(|p| p.slug == slug);
        let english = p.map(english::publication_file);
        let mut problems = english
            .as_ref()
            .map(|e| extract::freshness_of(&self.root, e, records.get("en")))
            .unwrap_or_default();
        // The languages at once: each is a file to read, parse and check.
        use rayon::prelude::*;
        let summaries: Vec<_> = langs
            .par_iter()
            .filter(|l| *l != "en")
            .map(|lang| {
                let (summary, d) = summarize(
                    &self.root,
                    lang,
                    slug,
                    p,
                    english.as_ref(),
                    &self.terms,
                    records,
                );
                ((lang.clone(), slug.to_string()), summary, d)
            })
            .collect();
        let mut read = Vec::new();
        for (key, summary, d) in summaries {
            problems.extend(d);
            read.push((key, summary));
        }
        if problems.has_errors() {
            return Err(problems);
        }
        for (key, summary) in read {
            match summary {
                Some(s) => self.files.insert(key, s),
                None => self.files.remove(&key),
            };
        }
        Ok(problems)
    }

    pub fn summary(&self, lang: &str, slug: &str) -> Option<&Summary> {
        self.files.get(&(lang.to_string(), slug.to_string()))
    }

    /// The coverage of each publication file of `lang`, in slug order.
    pub fn coverage<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a FileCoverage> {
        self.files
            .iter()
            .filter(move |((l, _), _)| l == lang)
            .map(|(_, s)| &s.coverage)
    }

    /// The coverage of the publication `slug`'s file in `lang`.
    pub fn coverage_of(&self, lang: &str, slug: &str) -> Option<&FileCoverage> {
        self.files
            .get(&(lang.to_string(), slug.to_string()))
            .map(|s| &s.coverage)
    }

    /// Reads `locales/<lang>/<slug>.ftl` again, to render its publication.
    /// `None` if there is no such file; an error if it changed since the
    /// site was loaded (its checks and summary no longer hold).
    pub fn read(&self, lang: &str, slug: &str) -> Result<Option<FluentResource>, Diagnostic> {
        let Some(hash) = self.summary(lang, slug).and_then(|s| s.hash) else {
            return Ok(None);
        };
        let shown = PathBuf::from(format!("locales/{lang}/{slug}.ftl"));
        let changed = || {
            Diagnostic::error(
                &shown,
                "the file changed while the site was being built",
                "build again once it is saved",
            )
        };
        let source = std::fs::read_to_string(self.root.join(&shown)).map_err(|_| changed())?;
        if xxhash_rust::xxh3::xxh3_64(source.as_bytes()) != hash {
            return Err(changed());
        }
        FluentResource::try_new(source)
            .map(Some)
            .map_err(|_| changed())
    }
}

/// Translation files of `lang` whose stem is neither the theme's, the
/// site's nor a publication's.
fn orphans(root: &Path, lang: &str, content: &Content) -> Vec<String> {
    locales::stems(root, lang)
        .into_iter()
        .filter(|stem| {
            stem != UI_STEM
                && stem != SITE_STEM
                && stem != TERMS_STEM
                && !content.publications.iter().any(|p| &p.slug == stem)
        })
        .collect()
}

/// What language `lang`'s record in `records` says of file `stem`.
fn file_record<'r>(
    records: &'r BTreeMap<String, Record>,
    lang: &str,
    stem: &str,
) -> Option<&'r FileRecord> {
    records.get(lang).and_then(|r| r.file(stem))
}

/// Reads and sums up one translation file, if it or its English exists,
/// against what the language's record says of it.
fn summarize(
    root: &Path,
    lang: &str,
    stem: &str,
    p: Option<&Publication>,
    english: Option<&EnglishFile>,
    terms: &BTreeMap<String, Arc<FluentResource>>,
    records: &BTreeMap<String, Record>,
) -> (Option<Summary>, Diagnostics) {
    let record = file_record(records, lang, stem);
    let glossary_file = terms.get(lang);
    let shown = PathBuf::from(format!("locales/{lang}/{stem}.ftl"));
    let path = root.join(&shown);
    let mut problems = Diagnostics::default();
    let (file, hash) = match crate::diagnostic::read_text(&path, &shown) {
        Ok(source) => {
            let hash = xxhash_rust::xxh3::xxh3_64(source.as_bytes());
            match locales::parse(&source, &shown) {
                Ok(file) => (Some(file), Some(hash)),
                Err(d) => return (None, d),
            }
        }
        Err(crate::diagnostic::ReadError::Missing) => (None, None),
        Err(crate::diagnostic::ReadError::Other(d)) => {
            problems.push(d);
            return (None, problems);
        }
    };
    let path = shown.to_string_lossy().to_string();
    if let Some(f) = &file {
        let glossary = super::terms::defined(glossary_file.map(|t| &**t));
        problems.extend(check_file(lang, &path, f, english, &glossary));
    }
    let given = records.get("en").and_then(|r| r.file(stem));
    let Some(coverage) = coverage::measure_file(lang, stem, file.as_ref(), english, record, given)
    else {
        return (None, problems);
    };
    if let Some(f) = &file {
        problems.extend(coverage::file_warnings(&coverage, f));
    }
    let front = match (&file, p) {
        (Some(f), Some(p)) => front(lang, f, p, &coverage, glossary_file),
        _ => HashMap::new(),
    };
    let summary = Summary {
        hash,
        coverage,
        front,
    };
    (Some(summary), problems)
}

/// The title-page strings of `p` that `f` translates, formatted.
fn front(
    lang: &str,
    f: &FtlFile,
    p: &Publication,
    coverage: &FileCoverage,
    terms: Option<&Arc<FluentResource>>,
) -> HashMap<String, (String, bool)> {
    let stale: HashSet<&str> = coverage.stale.iter().map(String::as_str).collect();
    let bundle = plain_bundle(lang, &f.resource, terms);
    front_ids(p)
        .into_iter()
        .filter_map(|id| {
            let text = format_message(&bundle, id)?;
            Some((id.to_string(), (text, stale.contains(id))))
        })
        .collect()
}
