//! How far each language's translation has got, file by file: which
//! messages are translated, stale (made from English that has changed
//! since), missing or obsolete (translating English that is gone).
//! `i18n status` prints it; the build takes the stale ones from it, and
//! `check` warns about obsolete messages and unknown files.

use super::english::{English, EnglishFile};
use super::locales::{FtlFile, Locales};
use super::translations::Translations;
use super::translator::{SITE_STEM, UI_STEM};
use crate::diagnostic::{Diagnostic, Diagnostics};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// Translations made from English that has changed since:
/// (language, file stem) → message ids.
pub type Stale = BTreeMap<(String, String), HashSet<String>>;

/// One language's translation of one file.
#[derive(Debug, Clone, Serialize)]
pub struct FileCoverage {
    pub lang: String,
    /// `ui`, `site` or a publication's slug.
    pub stem: String,
    /// The translation file, relative to the site.
    pub file: String,
    /// Whether that file exists.
    pub exists: bool,
    /// How many messages the English has.
    pub total: usize,
    pub translated: usize,
    /// Percentage of the English that is translated and up to date.
    pub percent: f64,
    pub stale: Vec<String>,
    pub missing: Vec<String>,
    pub obsolete: Vec<String>,
    /// Translations whose comment does not say which English they were made
    /// from; counted as translated, but they can never be found stale.
    pub unrecorded: Vec<String>,
}

/// Every language's translation of every file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    pub files: Vec<FileCoverage>,
}

/// Measures one language's translation `file` (if there is one) of the
/// English `en` (if the English has such a file); `None` if neither is.
pub fn measure_file(
    lang: &str,
    stem: &str,
    file: Option<&FtlFile>,
    en: Option<&EnglishFile>,
) -> Option<FileCoverage> {
    if en.is_none() && file.is_none() {
        return None;
    }
    let mut c = FileCoverage {
        lang: lang.to_string(),
        stem: stem.to_string(),
        file: format!("locales/{lang}/{stem}.ftl"),
        exists: file.is_some(),
        total: en.map_or(0, |e| e.messages.len()),
        translated: 0,
        percent: 0.0,
        stale: Vec::new(),
        missing: Vec::new(),
        obsolete: Vec::new(),
        unrecorded: Vec::new(),
    };
    for m in en.iter().flat_map(|e| &e.messages) {
        // Every message of a loaded file has a record, if only an empty one.
        match file.and_then(|f| f.records.get(&m.id)) {
            None => c.missing.push(m.id.clone()),
            Some(r) if r.stale || r.source.as_ref().is_some_and(|h| *h != m.hash) => {
                c.stale.push(m.id.clone())
            }
            Some(r) => {
                c.translated += 1;
                if r.source.is_none() {
                    c.unrecorded.push(m.id.clone());
                }
            }
        }
    }
    if let Some(f) = file {
        for entry in f.resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                if en.is_none_or(|e| e.get(m.id.name).is_none()) {
                    c.obsolete.push(m.id.name.to_string());
                }
            }
        }
    }
    c.percent = percent(c.translated, c.total);
    Some(c)
}

/// Measures the theme's and the site's translations (`locales`, against
/// `english`) of each language of `languages` other than English, and the
/// publications' (`publications`, measured when they were read).
pub fn measure(
    english: &English,
    locales: &Locales,
    languages: &[String],
    publications: &Translations,
) -> Coverage {
    let mut files = Vec::new();
    for lang in languages.iter().filter(|l| *l != "en") {
        for stem in [UI_STEM, SITE_STEM] {
            let file = locales.get(lang, stem);
            files.extend(measure_file(lang, stem, file, english.file(stem)));
        }
        files.extend(publications.coverage(lang).cloned());
    }
    Coverage { files }
}

/// Warnings about one file's coverage: obsolete messages or a whole file
/// with no English, and translations that do not record their English.
pub fn file_warnings(c: &FileCoverage, file: &FtlFile) -> Diagnostics {
    let mut out = Diagnostics::default();
    let source = file.resource.source();
    let at = |d: Diagnostic, id: &str| match file.offset_of(id) {
        Some(o) => d.at_offset(source, o),
        None => d,
    };
    if c.total == 0 {
        out.push(Diagnostic::warning(
            &c.file,
            format!("there is no publication `{}`", c.stem),
            "rename the file to match a file in content/, or delete it",
        ));
        return out;
    }
    for id in &c.obsolete {
        out.push(at(
            Diagnostic::warning(
                &c.file,
                format!("message `{id}` has no English source any more"),
                format!("the English was removed or its id changed: `compact-press i18n update {}` moves a translation whose English moved to its new id, and keeps the rest in an Obsolete section for you to reuse or delete", c.lang),
            ),
            id,
        ));
    }
    if let Some(first) = c.unrecorded.first() {
        out.push(at(
            Diagnostic::warning(
                &c.file,
                format!(
                    "{} translation(s), from `{first}` on, do not say which English they were made from, so a change to the English cannot be noticed",
                    c.unrecorded.len()
                ),
                format!("run `compact-press i18n update {}`: it records the current English as their source (`# source:` lines)", c.lang),
            ),
            first,
        ));
    }
    out
}

/// `compact-press i18n status`: the coverage of the site at `site`, of
/// every language or only `lang`.
pub fn run(site: &std::path::Path, lang: Option<&str>) -> Result<Coverage, Diagnostics> {
    let content = crate::content::load(site)?;
    let languages: Vec<String> = match lang {
        None => content.config.languages.clone(),
        Some(l) if content.config.languages.iter().any(|c| c == l) => {
            vec!["en".to_string(), l.to_string()]
        }
        Some(l) => {
            return Err(Diagnostic::error(
                "content/site.yaml",
                format!("`{l}` is not one of the site's languages"),
                format!("use one of {}", content.config.languages.join(", ")),
            )
            .into())
        }
    };
    let locales = super::locales::load(site, &languages)?;
    let english = English::new(&content, &locales);
    let (translations, problems) = Translations::load(site, &content, &languages, locales.terms());
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(measure(&english, &locales, &languages, &translations))
}

impl Coverage {
    /// The stale translations, for the pages to mark or replace.
    pub fn stale(&self) -> Stale {
        self.files
            .iter()
            .filter(|f| !f.stale.is_empty())
            .map(|f| {
                (
                    (f.lang.clone(), f.stem.clone()),
                    f.stale.iter().cloned().collect(),
                )
            })
            .collect()
    }

    /// What `check` says about the theme's and the site's translations in
    /// `locales`: see [`file_warnings`] (the publications' were said when
    /// they were read).
    pub fn warnings(&self, locales: &Locales) -> Diagnostics {
        let mut out = Diagnostics::default();
        for c in &self.files {
            if let Some(file) = locales.get(&c.lang, &c.stem) {
                out.extend(file_warnings(c, file));
            }
        }
        out
    }

    /// The coverage as a table, one block per language, with the stale
    /// messages listed under it.
    pub fn table(&self) -> String {
        let width = self
            .files
            .iter()
            .map(|f| f.stem.chars().count())
            .max()
            .unwrap_or(0)
            .max(4);
        let mut langs: Vec<&str> = self.files.iter().map(|f| f.lang.as_str()).collect();
        langs.dedup();
        let blocks: Vec<String> = langs
            .into_iter()
            .map(|lang| {
                let files: Vec<&FileCoverage> =
                    self.files.iter().filter(|f| f.lang == lang).collect();
                language_table(lang, &files, width)
            })
            .collect();
        blocks.join("\n")
    }
}

fn percent(done: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        (done as f64 * 1000.0 / total as f64).round() / 10.0
    }
}

fn language_table(lang: &str, files: &[&FileCoverage], width: usize) -> String {
    let name = super::language::Language::find(lang)
        .map(|l| format!("{} ({})", l.english, l.autonym))
        .unwrap_or_default();
    let row = |name: &str, done: usize, pc: f64, stale: usize, missing: usize, obsolete: usize| {
        format!(
            "  {name:<width$}  {done:>10} {pc:>6.1}%  {stale:>5}  {missing:>7}  {obsolete:>8}\n"
        )
    };
    let mut out = format!(
        "{lang} {name}\n  {:<width$}  {:>10} {:>7}  {:>5}  {:>7}  {:>8}\n",
        "file", "translated", "%", "stale", "missing", "obsolete"
    );
    for f in files {
        out.push_str(&row(
            &f.stem,
            f.translated,
            f.percent,
            f.stale.len(),
            f.missing.len(),
            f.obsolete.len(),
        ));
    }
    let sum = |count: fn(&FileCoverage) -> usize| files.iter().map(|f| count(f)).sum::<usize>();
    let done = sum(|f| f.translated);
    out.push_str(&row(
        "all",
        done,
        percent(done, sum(|f| f.total)),
        sum(|f| f.stale.len()),
        sum(|f| f.missing.len()),
        sum(|f| f.obsolete.len()),
    ));
    let stale: Vec<String> = files
        .iter()
        .flat_map(|f| {
            f.stale
                .iter()
                .map(move |id| format!("    {}: {id}\n", f.file))
        })
        .collect();
    if !stale.is_empty() {
        out.push_str("  stale, because the English changed after they were translated:\n");
        out.push_str(&stale.concat());
    }
    out
}
