//! `compact-press i18n extract`: writes the English `.ftl` of the site
//! (`locales/en/site.ftl`) and of every publication
//! (`locales/en/<slug>.ftl`) from the YAML, for translators to copy.
//!
//! The YAML is the source of the English; these files are its copy in
//! Fluent. A message someone edited or added by hand in such a file would
//! be lost when it is written again, so extract refuses (naming the file,
//! line and what to do) unless told `--force`. Notes written above a
//! message, and `###` lines of the header, are kept.

use super::english::{English, EnglishFile};
use super::layout::{self, Existing, Rewrite, Writer};
use super::source::SOURCE;
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
            "Translators: copy this file to locales/<language>/{}.ftl and translate the text after each \"=\".",
            file.stem
        ),
        "Keep the \"# source:\" lines: they tell compact-press which English you translated,".into(),
        "so that it can tell you when the English changes.".into(),
    ]
}

/// Renders the English files for `english` as they should be, given what
/// the site's `locales/en/` holds now. Errors name English edited or added
/// by hand there, unless `force`.
pub fn render(site: &Path, english: &English, force: bool) -> Result<Vec<Rewrite>, Diagnostics> {
    render_files(site, english.files.values(), force)
}

/// [`render`], for the English `files` (those made from YAML).
fn render_files<'e>(
    site: &Path,
    files: impl IntoIterator<Item = &'e EnglishFile>,
    force: bool,
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
            problems.extend(hand_edits(file, &existing, &shown));
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

/// Messages that were not written by extract: edited or added by hand.
fn hand_edits(file: &EnglishFile, existing: &Existing, shown: &Path) -> Diagnostics {
    let mut out = Diagnostics::default();
    for found in &existing.messages {
        let id = &found.message.id.name;
        let as_written = found.record.source.as_deref() == Some(found.hash.as_str());
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
            .filter(|l| !l.starts_with(TITLE_LINE) && !fixed.contains(l))
            .cloned(),
    );
    let mut w = Writer::new(&head);
    for m in &file.messages {
        w.group(m.group.as_deref());
        let mut comment = m.context.clone();
        comment.push(format!("{SOURCE} {}", m.hash));
        if let Some(found) = existing.get(&m.id) {
            comment.extend(found.record.notes.iter().cloned());
        }
        w.message(&comment, &m.fluent);
    }
    w.finish()
}

/// `compact-press i18n extract`: renders and writes the English files of
/// the site at `site`. Nothing is written if any file is refused.
pub fn run(site: &Path, force: bool) -> Result<Vec<Rewrite>, Diagnostics> {
    let (_, english) = English::load(site)?;
    let files = render(site, &english, force)?;
    // Keep the English being replaced, so that `update` can still tell how
    // much a message changed when its id changed too.
    for f in files.iter().filter(|f| !f.unchanged) {
        if let Some(stem) = f.path.file_stem().and_then(|s| s.to_str()) {
            super::memory::remember(site, stem, []);
        }
    }
    layout::write_all(&files)?;
    Ok(files)
}

/// Warnings for `check`, `build` and `serve`: English files that are
/// missing, out of date with the YAML, or edited by hand; only for the
/// files whose stem `which` accepts.
pub fn freshness(site: &Path, english: &English, which: impl Fn(&str) -> bool) -> Diagnostics {
    freshness_files(site, english.files.values().filter(|f| which(&f.stem)))
}

/// [`freshness`] of one English file.
pub fn freshness_of(site: &Path, file: &EnglishFile) -> Diagnostics {
    freshness_files(site, [file])
}

fn freshness_files<'e>(
    site: &Path,
    files: impl IntoIterator<Item = &'e EnglishFile>,
) -> Diagnostics {
    let mut out = Diagnostics::default();
    match render_files(site, files, false) {
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
