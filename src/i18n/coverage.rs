//! How far each language's translation has got, file by file: which
//! messages are translated, stale (made from English that has changed
//! since), missing or obsolete (translating English that is gone), and
//! whether the file is reviewed. It is measured against the translation
//! record (`record.rs`), and says what to record now. `i18n status` prints
//! it; the build takes the stale ones and the unreviewed files from it,
//! and `check` warns about obsolete messages and unknown files.

use super::english::{EnglishFile, EnglishMessage};
use super::locales::{FtlFile, Locales};
use super::record::{judge, Entry, FileRecord, Record, Review, Status};
use crate::diagnostic::{Diagnostic, Diagnostics};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};

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
    /// The translation was machine-assisted and is not yet reviewed by a
    /// native speaker, as the record (or an older file's header) says.
    pub machine_assisted: bool,
    /// What the record should say of the file now, if that is not what it
    /// says: translations recorded for the first time or changed, entries
    /// of messages no longer in the file dropped.
    #[serde(skip)]
    pub record: Option<FileRecord>,
}

/// Every language's translation of every file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    pub files: Vec<FileCoverage>,
}

/// Measures one language's translation `file` (if there is one) of the
/// English `en` (if the English has such a file), against what the
/// language's record says of it (`record`) and the English translators
/// were last given (`given`, the English's record of the file, when it is
/// extracted); `None` if neither file is.
pub fn measure_file(
    lang: &str,
    stem: &str,
    file: Option<&FtlFile>,
    en: Option<&EnglishFile>,
    record: Option<&FileRecord>,
    given: Option<&FileRecord>,
) -> Option<FileCoverage> {
    if en.is_none() && file.is_none() {
        return None;
    }
    let empty = FileRecord::default();
    let old = record.unwrap_or(&empty);
    let review = old.review.or(file
        .is_some_and(|f| f.legacy_machine_assisted)
        .then_some(Review::MachineAssisted));
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
        machine_assisted: review == Some(Review::MachineAssisted),
        record: None,
    };
    // What the record should say: its entries that stand (by id), and the
    // new or changed ones. Most builds change nothing, and a large site's
    // record is not copied to find that out.
    let mut kept: Vec<&str> = Vec::new();
    let mut changes: Vec<(Box<str>, Entry)> = Vec::new();
    for m in en.iter().flat_map(|e| &e.messages) {
        let Some(t) = file.and_then(|f| f.messages.get(&m.id)) else {
            c.missing.push(m.id.clone());
            continue;
        };
        let in_record = old.messages.get(m.id.as_str());
        let status = match in_record {
            Some(e) if e.translation() == t.hash => {
                kept.push(&m.id);
                if e.english() == m.hash {
                    Status::Current
                } else {
                    Status::Stale
                }
            }
            _ => {
                let recorded = in_record.or(t.legacy.as_ref());
                let (status, entry) = judge(recorded, &m.hash, &t.hash, given_hash(given, m));
                changes.push((m.id.as_str().into(), entry));
                status
            }
        };
        match status {
            Status::Current => c.translated += 1,
            Status::Stale => c.stale.push(m.id.clone()),
        }
    }
    if let Some(f) = file {
        for entry in f.resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let id = m.id.name;
                if en.is_none_or(|e| e.get(id).is_none()) {
                    c.obsolete.push(id.to_string());
                    // Kept, for `i18n update` to follow its English by it.
                    if let Some((key, _)) = old.messages.get_key_value(id) {
                        kept.push(key);
                    } else if let Some(e) = f.messages.get(id).and_then(|t| t.legacy.as_ref()) {
                        changes.push((Box::from(id), e.clone()));
                    }
                }
            }
        }
    } else {
        kept.clear();
        changes.clear();
    }
    let unchanged = changes.is_empty()
        && kept.len() == old.messages.len()
        && review == old.review
        && (record.is_some() || review.is_none());
    if !unchanged {
        let mut messages: BTreeMap<Box<str>, Entry> = kept
            .iter()
            .filter_map(|id| Some(((*id).into(), old.messages.get(*id)?.clone())))
            .collect();
        messages.extend(changes);
        let review = if file.is_some() { review } else { None };
        let now = FileRecord { review, messages };
        if record.is_none_or(|r| *r != now) {
            c.record = Some(now);
        }
    }
    c.percent = percent(c.translated, c.total);
    Some(c)
}

/// The hash of the English translators were last given for `m`: as the
/// English's record `given` has it, or else its English now.
pub fn given_hash<'a>(given: Option<&'a FileRecord>, m: &'a EnglishMessage) -> &'a str {
    given
        .and_then(|g| g.messages.get(m.id.as_str()))
        .map_or(m.hash.as_str(), |e| e.english())
}

/// `record` of translation `file` with the edits made since it was written
/// recorded as made from the English translators were given (`given`, the
/// English's record): what `i18n extract` records before it replaces that
/// English, so that an edit made against it is not taken for one made
/// against the new English.
pub fn edits_confirmed(file: &FtlFile, record: &FileRecord, given: &FileRecord) -> FileRecord {
    let mut out = record.clone();
    for (id, t) in &file.messages {
        let Some(g) = given.messages.get(id.as_str()) else {
            continue;
        };
        let recorded = record.messages.get(id.as_str()).or(t.legacy.as_ref());
        let (_, entry) = judge(recorded, g.english(), &t.hash, g.english());
        out.messages.insert(id.as_str().into(), entry);
    }
    if out.review.is_none() && file.legacy_machine_assisted {
        out.review = Some(Review::MachineAssisted);
    }
    out
}

/// Warnings about one file's coverage: obsolete messages, or a whole file
/// with no English.
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
    out
}

impl Coverage {
    /// The files whose translation is not yet reviewed: (language, stem).
    pub fn machine_assisted(&self) -> BTreeSet<(String, String)> {
        self.files
            .iter()
            .filter(|f| f.machine_assisted)
            .map(|f| (f.lang.clone(), f.stem.clone()))
            .collect()
    }

    /// Each language's record as it should now be, for the languages whose
    /// record (as `records` has them) changed: every file measured takes
    /// what it says it should record, and files no longer measured (their
    /// translation and English both gone) are dropped.
    pub fn records(&self, records: &BTreeMap<String, Record>) -> BTreeMap<String, Record> {
        let mut out = BTreeMap::new();
        let langs: BTreeSet<&str> = self.files.iter().map(|f| f.lang.as_str()).collect();
        let empty = Record::default();
        for lang in langs {
            let before = records.get(lang).unwrap_or(&empty);
            let files: Vec<&FileCoverage> = self.files.iter().filter(|f| f.lang == lang).collect();
            let measured: HashSet<&str> = files.iter().map(|f| f.stem.as_str()).collect();
            let gone = before
                .files
                .keys()
                .any(|stem| !measured.contains(stem.as_str()));
            if !gone && files.iter().all(|f| f.record.is_none()) {
                continue;
            }
            let mut record = before.clone();
            record
                .files
                .retain(|stem, _| measured.contains(stem.as_str()));
            for f in files {
                if let Some(now) = &f.record {
                    record.set(&f.stem, now.clone());
                }
            }
            if record != *before {
                out.insert(lang.to_string(), record);
            }
        }
        out
    }

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
