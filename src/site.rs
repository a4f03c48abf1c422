//! A site folder loaded and checked, ready to render: its content, its
//! translations with their English and coverage, the Fluent catalog and the
//! theme. `build` loads one and renders everything; `serve` keeps one and
//! [`Site::apply`]s each batch of changed files to it, reading only those
//! files again and learning what to render again (a [`Scope`]).

use crate::content::listing::Listings;
use crate::content::{self, Content};
use crate::diagnostic::{relative, Diagnostics};
use crate::i18n::coverage::Coverage;
use crate::i18n::english::English;
use crate::i18n::locales::TERMS_STEM;
use crate::i18n::locales::{self, FtlFile, Locales};
use crate::i18n::locales::{SITE_STEM, UI_STEM};
use crate::i18n::record;
use crate::i18n::status;
use crate::i18n::translations::Translations;
use crate::i18n::translator::Catalog;
use crate::i18n::{self, extract};
use crate::scope::Scope;
use crate::theme::{self, Theme};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

pub struct Site {
    /// The site folder.
    pub root: PathBuf,
    pub content: Content,
    /// The theme's and the site's strings in every language.
    pub locales: Locales,
    /// Their English.
    pub english: English,
    pub coverage: Coverage,
    /// The bundles, and the publications' translation files summed up.
    pub catalog: Catalog,
    pub theme: Theme,
    /// What each language's index pages (home, listings, feed) show.
    pub listings: Listings,
    /// Served by `serve` at the root of a local server, not published at
    /// the base URL: pages that cannot link relatively (the 404 page) link
    /// from the server's root instead of to the published site.
    pub preview: bool,
    /// The formats it makes, in the registry's order: `site.yaml`'s
    /// `formats:` (or the defaults), narrowed by `--formats`.
    pub formats: Vec<&'static str>,
    /// What `--formats` asked for, if it was given.
    only: Option<Vec<String>>,
}

/// What a changed file is to the site.
#[derive(Debug, PartialEq)]
enum Change {
    /// `content/site.yaml`, or the English theme strings: every page.
    Everything,
    Publication(PathBuf),
    /// `locales/<lang>/<stem>.ftl`, in a language other than English.
    Translation {
        lang: String,
        stem: String,
    },
    /// A file `i18n extract` writes: nothing on the site shows it.
    ExtractedEnglish(String),
    /// A language's translation record.
    Record(String),
    /// A folder of the site's theme (`templates`, `typst`, `fonts`…).
    Theme(String),
    /// Not a source of this site (an editor's backup file, another theme).
    None,
}

impl Site {
    /// Loads and checks the site at `root`. Returns it with its warnings.
    pub fn load(root: &Path) -> Result<(Site, Diagnostics), Diagnostics> {
        let content = content::load(root)?;
        let languages = content.config.languages.clone();
        let locales = locales::load(root, &languages)?;
        let english = English::theme_and_site(&content, &locales);
        let mut warnings = i18n::checks::check(&locales, &english);
        if warnings.has_errors() {
            return Err(warnings);
        }
        let (translations, problems) = Translations::load(root, &content, &languages, &locales);
        if problems.has_errors() {
            return Err(problems);
        }
        warnings.extend(problems);
        if content.config.accessibility.is_none() {
            let shown = relative(root, &root.join("content/site.yaml"));
            warnings.push(content::accessibility::missing(&shown));
        }
        let featured = content.config.publications.len();
        if featured > content::listing::HOME_CARDS {
            let shown = relative(root, &root.join("content/site.yaml"));
            warnings.push(crate::diagnostic::Diagnostic::warning(
                shown,
                format!(
                    "`publications:` features {featured} publications, but each home page shows only the first {}",
                    content::listing::HOME_CARDS
                ),
                "keep the publications readers should see first at the top of the list; every publication is in its kind's list whatever you feature",
            ));
        }
        let coverage = status::measure(&english, &locales, &languages, &translations);
        warnings.extend(coverage.warnings(&locales));
        warnings.extend(extract::freshness(
            root,
            &english,
            locales.record("en"),
            |_| true,
        ));
        let catalog = Catalog::new(
            &locales,
            &content.config,
            coverage.stale(),
            coverage.machine_assisted(),
            translations,
        );
        warnings.extend(catalog.check_ui_complete(&locales.ui_ids()));
        let theme = theme::load(root, &content.config.theme)?;
        let problems = theme::check_messages(&theme, english.file(UI_STEM));
        if problems.has_errors() {
            return Err(problems);
        }
        let site = Site {
            root: root.to_path_buf(),
            listings: Listings::new(&content),
            content,
            locales,
            english,
            coverage,
            catalog,
            theme,
            preview: false,
            formats: Vec::new(),
            only: None,
        };
        let mut site = site;
        site.choose_formats(None);
        Ok((site, warnings))
    }

    fn classify(&self, path: &Path) -> Change {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        let parts: Vec<&str> = rel
            .components()
            .filter_map(|c| match c {
                Component::Normal(s) => s.to_str(),
                _ => None,
            })
            .collect();
        let hidden = parts.iter().any(|p| p.starts_with('.') || p.ends_with('~'));
        let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("");
        if hidden {
            return Change::None;
        }
        let config = &self.content.config;
        match parts.as_slice() {
            ["content", "site.yaml"] => Change::Everything,
            ["content", _] if content::is_publication_file(rel) => {
                Change::Publication(self.root.join(rel))
            }
            ["locales", lang, record::FILE] if config.languages.iter().any(|l| l == lang) => {
                Change::Record(lang.to_string())
            }
            ["locales", lang, file]
                if ext == "ftl" && config.languages.iter().any(|l| l == lang) =>
            {
                let stem = file.trim_end_matches(".ftl").to_string();
                match (*lang, stem.as_str()) {
                    // The glossary is in every message that uses a term.
                    ("en", UI_STEM) | (_, TERMS_STEM) => Change::Everything,
                    ("en", _) => Change::ExtractedEnglish(stem),
                    _ => Change::Translation {
                        lang: lang.to_string(),
                        stem,
                    },
                }
            }
            ["themes", theme, folder, ..] if *theme == config.theme => {
                if crate::render::formats::reading(folder).is_empty() {
                    Change::None
                } else {
                    Change::Theme(folder.to_string())
                }
            }
            _ => Change::None,
        }
    }

    /// Reads the files at `changed` again (changed, added or removed) and
    /// checks them. Returns what to render again and the warnings about
    /// them; on an error, the caller keeps what it has and, once the error
    /// is fixed, applies the same files again (parts that read well may
    /// already have been taken).
    pub fn apply(&mut self, changed: &[PathBuf]) -> Result<(Scope, Diagnostics), Diagnostics> {
        let mut publications = Vec::new();
        let mut translations: BTreeSet<(String, String)> = BTreeSet::new();
        let mut extracted = BTreeSet::new();
        let mut folders: BTreeSet<String> = BTreeSet::new();
        for path in changed {
            let mut change = self.classify(path);
            if let Change::Record(lang) = &change {
                // The site writes its records itself: only a change made by
                // somebody else (a review status) is news.
                let now = record::load(&self.root, lang)?;
                change = if self.locales.record(lang) == Some(&now) {
                    Change::None
                } else {
                    Change::Everything
                };
            }
            match change {
                Change::Record(_) => {}
                Change::Everything => {
                    let (site, warnings) = Site::load(&self.root)?;
                    let (preview, only) = (self.preview, self.only.take());
                    *self = site;
                    self.preview = preview;
                    // What `--formats` left out stays out.
                    self.choose_formats(only);
                    return Ok((Scope::everything(self), warnings));
                }
                Change::Publication(p) => publications.push(p),
                Change::Translation { lang, stem } => {
                    translations.insert((lang, stem));
                }
                Change::ExtractedEnglish(stem) => {
                    extracted.insert(stem);
                }
                Change::Theme(folder) => {
                    folders.insert(folder);
                }
                Change::None => {}
            }
        }

        // The theme's and site's strings are kept parsed; a publication's
        // translation files are read again through `Translations`.
        let resident = |stem: &str| stem == UI_STEM || stem == SITE_STEM;
        let mut by_publication: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (lang, stem) in translations.iter().filter(|(_, s)| !resident(s)) {
            by_publication
                .entry(stem.clone())
                .or_default()
                .push(lang.clone());
        }

        // Read everything that changed before taking any of it.
        // The Typst template's strings are checked with the templates'.
        let theme = if !folders.is_empty() {
            let theme = theme::load(&self.root, &self.content.config.theme)?;
            let problems = theme::check_messages(&theme, self.english.file(UI_STEM));
            if problems.has_errors() {
                return Err(problems);
            }
            Some(theme)
        } else {
            None
        };
        let mut read: Vec<(String, String, Option<FtlFile>)> = Vec::new();
        let mut problems = Diagnostics::default();
        for (lang, stem) in translations.iter().filter(|(_, s)| resident(s)) {
            let path = self
                .root
                .join("locales")
                .join(lang)
                .join(format!("{stem}.ftl"));
            if path.exists() {
                match locales::read(&self.root, &path) {
                    Ok(file) => read.push((lang.clone(), stem.clone(), Some(file))),
                    Err(d) => problems.extend(d),
                }
            } else if stem == UI_STEM {
                problems.push(locales::missing_ui(&self.root, lang));
            } else {
                read.push((lang.clone(), stem.clone(), None));
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        // The changed theme and site strings, checked against their English.
        let mut fresh = Locales::default();
        for (lang, stem, file) in read.iter_mut() {
            if let Some(file) = file.take() {
                fresh
                    .files
                    .entry(lang.clone())
                    .or_default()
                    .insert(stem.clone(), file);
            }
        }
        // Their terms, against each language's glossary as the site has it
        // (a change to a glossary reloads everything).
        let mut warnings = i18n::checks::check_messages(&fresh, &self.english);
        warnings.extend(i18n::checks::check_terms(&fresh, |lang| {
            i18n::terms::glossary(&self.locales, lang)
        }));
        if warnings.has_errors() {
            return Err(warnings);
        }
        let languages = self.content.config.languages.clone();
        let listed = self.listings.clone();
        // The titles publications show of those they name as related.
        let title = |content: &Content, slug: &str| {
            content
                .publications
                .iter()
                .find(|p| p.slug == slug)
                .map(|p| p.title.en.clone())
        };
        let titles: BTreeMap<String, Option<String>> = publications
            .iter()
            .map(|p| {
                let slug = content::slug_of(p);
                let t = title(&self.content, &slug);
                (slug, t)
            })
            .collect();
        let slugs = if publications.is_empty() {
            Vec::new()
        } else {
            let slugs = self.content.reload(&self.root, &publications)?;
            self.listings = Listings::new(&self.content);
            slugs
        };
        // A publication's English changed: all its translations are read
        // against it again. A translation changed: that file.
        for slug in &slugs {
            let translations = self.catalog.translations_mut();
            warnings.extend(translations.reload(
                &self.content,
                slug,
                &languages,
                &self.locales.records,
            )?);
            by_publication.remove(slug);
        }
        for (slug, langs) in &by_publication {
            let translations = self.catalog.translations_mut();
            warnings.extend(translations.reload(
                &self.content,
                slug,
                langs,
                &self.locales.records,
            )?);
        }

        // Take it all.
        // The request for other formats is in the theme's and the site's
        // strings: only a change to those can change it.
        let requests_before = (!read.is_empty()).then(|| self.requests());
        for (lang, stem, _) in &read {
            let file = fresh.files.get_mut(lang).and_then(|f| f.remove(stem));
            self.catalog.replace(lang, stem, file.as_ref());
            let files = self.locales.files.entry(lang.clone()).or_default();
            match file {
                Some(file) => files.insert(stem.clone(), file),
                None => files.remove(stem),
            };
        }
        // Measured again: the files read again, and every language's
        // translation of a publication whose English changed.
        let mut touched: BTreeSet<(String, String)> = translations.clone();
        for slug in &slugs {
            for lang in languages.iter().filter(|l| *l != "en") {
                touched.insert((lang.clone(), slug.clone()));
            }
        }
        status::remeasure(
            &mut self.coverage,
            &self.english,
            &self.locales,
            self.catalog.translations(),
            &touched,
        );
        self.catalog
            .set_state(self.coverage.stale(), self.coverage.machine_assisted());
        if let Some(theme) = theme {
            self.theme = theme;
        }

        // What to render again.
        let mut scope = Scope::default();
        for slug in &slugs {
            let retitled = titles.get(slug).cloned().flatten() != title(&self.content, slug);
            scope.merge(Scope::publication(self, slug, &listed, retitled));
        }
        if requests_before.is_some_and(|before| self.requests() != before) {
            // Every page ends with the request for other formats in every
            // language: one language's new wording changes them all.
            scope.merge(Scope::everything(self));
        }
        for (lang, stem) in &translations {
            if resident(stem) {
                scope.merge(Scope::language(self, lang));
            } else {
                // Its pages, and every page that shows its title.
                scope.merge(Scope::translation(self, lang, stem));
            }
        }
        for folder in &folders {
            scope.merge(Scope::theme(self, folder));
        }

        // Warnings about the theme's and site's files that changed; those
        // about publications' came with their reading.
        let touched: BTreeSet<PathBuf> = read
            .iter()
            .map(|(l, s, _)| PathBuf::from(format!("locales/{l}/{s}.ftl")))
            .collect();
        warnings.extend(Diagnostics(
            self.coverage
                .warnings(&self.locales)
                .0
                .into_iter()
                .filter(|d| touched.contains(&d.file))
                .collect(),
        ));
        for stem in extracted.iter().filter(|s| !slugs.contains(s)) {
            match self.content.publications.iter().find(|p| &p.slug == stem) {
                Some(p) => warnings.extend(extract::freshness_of(
                    &self.root,
                    &crate::i18n::english::publication_file(p),
                    self.locales.record("en"),
                )),
                None => warnings.extend(extract::freshness(
                    &self.root,
                    &self.english,
                    self.locales.record("en"),
                    |s| s == stem,
                )),
            }
        }
        Ok((scope, warnings))
    }

    /// The request for other formats in every language, as every page
    /// ends with it.
    fn requests(&self) -> Vec<String> {
        crate::render::edition::requests(&self.content, &self.catalog)
            .into_iter()
            .map(|r| r.text)
            .collect()
    }

    /// Makes the formats `site.yaml` offers that `only` names (all of them
    /// if `None`), and the pages always.
    /// Writes each language's translation record that the coverage says
    /// should change (translations recorded for the first time or brought
    /// up to date, entries of messages gone), and keeps it as the site's.
    /// Returns the records written, relative to the site.
    pub fn save_records(&mut self) -> Result<Vec<PathBuf>, Diagnostics> {
        let mut written = Vec::new();
        for (lang, now) in self.coverage.records(&self.locales.records) {
            if record::save(&self.root, &lang, &now)? {
                written.push(record::path(&lang));
            }
            self.locales.records.insert(lang, now);
        }
        Ok(written)
    }

    pub fn choose_formats(&mut self, only: Option<Vec<String>>) {
        let offered = self.content.config.formats();
        let pages = crate::render::formats::PAGES;
        self.formats = crate::render::formats::names()
            .into_iter()
            .filter(|f| offered.iter().any(|o| o == f))
            .filter(|f| *f == pages || only.as_ref().is_none_or(|o| o.iter().any(|n| n == f)))
            .collect();
        self.only = only;
    }

    /// `path` as the author knows it, relative to the site folder.
    pub fn shown(&self, path: &Path) -> PathBuf {
        relative(&self.root, path)
    }
}
