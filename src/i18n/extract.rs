//! `compact-press i18n extract`: writes the English `.ftl` of the site
//! (`locales/en/site.ftl`) and of every publication
//! (`locales/en/<slug>.ftl`) from the YAML, for translators to copy.
//!
//! The YAML is the source of the English; these files are its copy in
//! Fluent. A message someone edited or added by hand in such a file would
//! be lost when it is written again, so extract refuses (naming the file,
//! line and what to do) unless told `--force`. Notes written above a
//! message, and `###` lines of the header, are kept. Which English it
//! wrote is kept in `locales/en/translation-record.toml`, so that English
//! out of date with the YAML is told apart from English edited by hand.

use super::coverage::edits_confirmed;
use super::english::{English, EnglishFile};
use super::layout::{self, Existing, Rewrite, Writer};
use super::record::{self, Entry, FileRecord, Record};
use crate::diagnostic::{Diagnostic, Diagnostics};
use std::path::{Path, PathBuf};

/// First words of the one header line that names the publication; it is
/// written anew each time, so an old one is not kept as somebody's note.
const TITLE_LINE: &str = "English of ";

/// The fixed lines of the header.
fn header(file: &EnglishFile) -> Vec<String> {
    vec![
        format!("{TITLE_LINE}{}, from {}.", file.title, file.origin),
        "Written by `compact-press i18n extract`: change the English in that file, not here.".into(),
        format!(
            "Translators: translate it in Pontoon or Weblate, or copy this file to locales/<language>/{}.ftl",
            file.stem
        ),
        "and translate the text after each \"=\".".into(),
    ]
}

/// Header lines extract wrote before, no longer written nor kept (with
/// any line starting [`OLD_COPY_LINE`]).
const OLD_COPY_LINE: &str = "Translators: copy this file to locales/<language>/";
const OLD_HEADER: [&str; 2] = [
    "Keep the \"# source:\" lines: they tell compact-press which English you translated,",
    "so that it can tell you when the English changes.",
];

/// Renders the English files for `english` as they should be, given what
/// the site's `locales/en/` holds now. Errors name English edited or added
/// by hand there, unless `force`.
pub fn render(site: &Path, english: &English, force: bool) -> Result<Vec<Rewrite>, Diagnostics> {
    let written = record::load(site, "en")?;
    render_files(site, english.files.values(), force, &written)
}

/// [`render`], for the English `files` (those made from YAML), `written`
/// being the record of what extract wrote before.
fn render_files<'e>(
    site: &Path,
    files: impl IntoIterator<Item = &'e EnglishFile>,
    force: bool,
    written: &Record,
) -> Result<Vec<Rewrite>, Diagnostics> {
    let mut out = Vec::new();
    let mut problems = Diagnostics::default();
    for file in files.into_iter().filter(|f| f.extracted) {
        let shown = PathBuf::from("locales/en").join(format!("{}.ftl", file.stem));
        let path = site.join(&shown);
        let existing = match layout::read(&path, &shown) {
            Ok(e) => e,
            Err(_) if force => Existing::default(),
            Err(d) => {
                problems.extend(d);
                continue;
            }
        };
        if !force {
            problems.extend(hand_edits(
                file,
                &existing,
                &shown,
                written.file(&file.stem),
            ));
        }
        let text = write(file, &existing);
        out.push(Rewrite {
            unchanged: existing.source == text,
            path,
            shown,
            text,
        });
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(out)
    }
}

/// Messages that were not written by extract (as its record `written`,
/// or on older sites the `# source:` line, says): edited or added by hand.
fn hand_edits(
    file: &EnglishFile,
    existing: &Existing,
    shown: &Path,
    written: Option<&FileRecord>,
) -> Diagnostics {
    let mut out = Diagnostics::default();
    for found in &existing.messages {
        let id = &found.message.id.name;
        let recorded = written
            .and_then(|r| r.messages.get(id.as_str()))
            .map(|e| e.english())
            .or(found.notes.legacy_source.as_deref());
        let as_written = recorded == Some(found.hash.as_str());
        let as_yaml = file.get(id).is_some_and(|e| e.hash == found.hash);
        if as_written || as_yaml {
            continue;
        }
        let d = match file.get(id) {
            Some(_) => Diagnostic::error(
                shown,
                format!("the English of `{id}` was changed in this file, where it would be overwritten"),
                format!("make the change in {} (this file is made from it), then run `compact-press i18n extract` again; `--force` discards the change", file.origin),
            ),
            None => Diagnostic::error(
                shown,
                format!("message `{id}` was added to this file by hand; {} has no such message", file.origin),
                format!("add the text to {} instead, then run `compact-press i18n extract` again; `--force` discards it", file.origin),
            ),
        };
        out.push(d.at_offset(&existing.source, found.offset));
    }
    out
}

/// The file's text: header, then every message under its part's heading.
fn write(file: &EnglishFile, existing: &Existing) -> String {
    let mut head = header(file);
    let fixed = header(file);
    head.extend(
        existing
            .header
            .iter()
            .filter(|l| {
                !l.starts_with(TITLE_LINE)
                    && !l.starts_with(OLD_COPY_LINE)
                    && !fixed.contains(l)
                    && !OLD_HEADER.contains(&l.as_str())
            })
            .cloned(),
    );
    let mut w = Writer::new(&head);
    for m in &file.messages {
        w.group(m.group.as_deref());
        let mut comment = m.context.clone();
        if let Some(found) = existing.get(&m.id) {
            comment.extend(found.notes.notes.iter().cloned());
        }
        w.message(&comment, &m.fluent);
    }
    w.finish()
}

/// `compact-press i18n extract`: renders and writes the English files of
/// the site at `site`. Nothing is written if any file is refused.
pub fn run(site: &Path, force: bool) -> Result<Vec<Rewrite>, Diagnostics> {
    let (content, english) = English::load(site)?;
    let files = render(site, &english, force)?;
    // Edits made to translations since their records were written were
    // made against the English about to be replaced: record them so.
    let given = record::load(site, "en")?;
    for lang in content.config.languages.iter().filter(|l| *l != "en") {
        confirm_edits(site, lang, &english, &given)?;
    }
    // What was written, for the next extract to tell hand edits by.
    let mut written = given;
    for file in english.files.values().filter(|f| f.extracted) {
        let messages = file
            .messages
            .iter()
            .map(|m| (m.id.as_str().into(), Entry::new(&m.hash, &m.hash)))
            .collect();
        written.set(
            &file.stem,
            FileRecord {
                review: None,
                messages,
            },
        );
    }
    written
        .files
        .retain(|stem, _| english.files.contains_key(stem));
    // Keep the English being replaced, so that `update` can still tell how
    // much a message changed when its id changed too.
    for f in files.iter().filter(|f| !f.unchanged) {
        if let Some(stem) = f.path.file_stem().and_then(|s| s.to_str()) {
            super::memory::remember(site, stem, []);
        }
    }
    layout::write_all(&files)?;
    record::save(site, "en", &written)?;
    Ok(files)
}

/// Records in `lang`'s record the edits made to its translations of the
/// extracted files since they were recorded, as made from the English
/// translators were given (`given`, the English's record).
fn confirm_edits(
    site: &Path,
    lang: &str,
    english: &English,
    given: &Record,
) -> Result<(), Diagnostics> {
    let mut now = record::load(site, lang)?;
    let before = now.clone();
    for file in english.files.values().filter(|f| f.extracted) {
        let Some(g) = given.file(&file.stem) else {
            continue;
        };
        let path = site
            .join("locales")
            .join(lang)
            .join(format!("{}.ftl", file.stem));
        // A file that is missing, or that Fluent cannot read, has no edits
        // to record; `check` says what is wrong with it.
        let Ok(ftl) = super::locales::read(site, &path) else {
            continue;
        };
        let old = now.file(&file.stem).cloned().unwrap_or_default();
        now.set(&file.stem, edits_confirmed(&ftl, &old, g));
    }
    if now != before {
        record::save(site, lang, &now)?;
    }
    Ok(())
}

/// Warnings for `check`, `build` and `serve`: English files that are
/// missing, out of date with the YAML, or edited by hand (as `written`,
/// the English's record, tells); only for the files whose stem `which`
/// accepts.
pub fn freshness(
    site: &Path,
    english: &English,
    written: Option<&Record>,
    which: impl Fn(&str) -> bool,
) -> Diagnostics {
    freshness_files(
        site,
        english.files.values().filter(|f| which(&f.stem)),
        written,
    )
}

/// [`freshness`] of one English file.
pub fn freshness_of(site: &Path, file: &EnglishFile, written: Option<&Record>) -> Diagnostics {
    freshness_files(site, [file], written)
}

fn freshness_files<'e>(
    site: &Path,
    files: impl IntoIterator<Item = &'e EnglishFile>,
    written: Option<&Record>,
) -> Diagnostics {
    let mut out = Diagnostics::default();
    let none = Record::default();
    match render_files(site, files, false, written.unwrap_or(&none)) {
        Ok(files) => {
            for f in files.iter().filter(|f| !f.unchanged) {
                let what = if f.path.exists() {
                    "is out of date with the English in content/"
                } else {
                    "is missing"
                };
                out.push(Diagnostic::warning(
                    &f.shown,
                    format!("the English for translators {what}"),
                    "run `compact-press i18n extract` to write it, so that translators start from the current English",
                ));
            }
        }
        Err(problems) => {
            for mut d in problems.0 {
                d.severity = crate::diagnostic::Severity::Warning;
                out.push(d);
            }
        }
    }
    out
}
