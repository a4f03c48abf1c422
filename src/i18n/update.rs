//! `compact-press i18n update <lang>`: brings a language's `.ftl` files up
//! to date with the English, the way gettext's `msgmerge` does.
//!
//! Each file is written anew in the English order, with the English's part
//! headings and each message's context, and:
//! - a translation of current English is kept as it is;
//! - a translation of English that has changed is kept, marked stale, with
//!   the new English quoted beside it (see `source.rs`);
//! - a translation that does not record its English gets the current
//!   English recorded, since nothing says otherwise;
//! - a message not yet translated is added in English, commented out;
//! - a translation whose English moved to another id (a renumbered
//!   section) follows it there, found by the hash of its English;
//! - any other translation of English that is gone is moved to an
//!   "Obsolete" part at the end. No translation is ever deleted.

use super::english::{English, EnglishFile};
use super::language::Language;
use super::layout::{self, record_lines, Existing, Found, Rewrite, Writer};
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_syntax::ast::{Identifier, Message};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// What an update did to one file.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Changes {
    /// Translations now marked stale that were not before.
    pub newly_stale: usize,
    /// Messages added, commented out, for translation.
    pub added: usize,
    /// Translations moved to the new id of their English.
    pub moved: usize,
    /// Translations moved to the Obsolete part.
    pub obsolete: usize,
    /// Translations whose source was recorded for the first time.
    pub recorded: usize,
}

/// One file `update` would write, and what it changes.
pub struct Updated {
    pub file: Rewrite,
    pub changes: Changes,
}

/// `compact-press i18n update <lang>`: renders and writes every file of
/// `lang` in the site at `site`. Nothing is written if any file cannot be
/// read.
pub fn run(site: &Path, lang: &str) -> Result<Vec<Updated>, Diagnostics> {
    let (content, english) = English::load(site)?;
    if lang == "en" {
        return Err(Diagnostic::error(
            "locales/en",
            "English is the source language: it is not updated, it is extracted",
            "run `compact-press i18n extract` to write the English from content/",
        )
        .into());
    }
    if !content.config.languages.iter().any(|l| l == lang) {
        return Err(Diagnostic::error(
            "content/site.yaml",
            format!("`{lang}` is not one of the site's languages"),
            format!(
                "use one of {}, or add `{lang}` under `languages:`",
                content.config.languages[1..].join(", ")
            ),
        )
        .into());
    }
    let files = render(site, &english, lang)?;
    layout::write_all(files.iter().map(|u| &u.file))?;
    Ok(files)
}

/// Renders every file of `lang` as `update` would write it. Nothing is
/// written if any file cannot be read.
pub fn render(site: &Path, english: &English, lang: &str) -> Result<Vec<Updated>, Diagnostics> {
    let language = Language::find(lang).ok_or_else(|| {
        Diagnostics::from(Diagnostic::error(
            "content/site.yaml",
            format!("unknown language `{lang}`"),
            format!("use one of: {}", Language::codes().join(", ")),
        ))
    })?;
    let mut out = Vec::new();
    let mut problems = Diagnostics::default();
    for file in english.files.values() {
        let shown = PathBuf::from("locales")
            .join(lang)
            .join(format!("{}.ftl", file.stem));
        let path = site.join(&shown);
        match layout::read(&path, &shown) {
            Ok(existing) => {
                let (text, changes) = merge(file, &existing, language);
                out.push(Updated {
                    file: Rewrite {
                        unchanged: existing.source == text,
                        path,
                        shown,
                        text,
                    },
                    changes,
                });
            }
            Err(d) => problems.extend(d),
        }
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(out)
    }
}

fn default_header(file: &EnglishFile, lang: &Language) -> Vec<String> {
    vec![
        format!(
            "{} ({}) translation of {}: the English is in {}.",
            lang.english, lang.autonym, file.title, file.origin
        ),
        "Translate the text after each \"=\". A message still to translate is written".into(),
        "in English after \"# \": delete the \"# \" at the start of its lines, then translate it."
            .into(),
        "Keep the \"# source:\" lines: they record which English you translated.".into(),
    ]
}

/// The merged file's text, and what changed.
fn merge(file: &EnglishFile, existing: &Existing, lang: &Language) -> (String, Changes) {
    let mut changes = Changes::default();
    let placed = place(file, existing);
    let header = if existing.header.is_empty() {
        default_header(file, lang)
    } else {
        existing.header.clone()
    };
    let mut w = Writer::new(&header);
    for m in &file.messages {
        w.group(m.group.as_deref());
        let mut comment = m.context.clone();
        match placed.get(m.id.as_str()).map(|&i| &existing.messages[i]) {
            Some(found) => {
                if found.message.id.name != m.id {
                    changes.moved += 1;
                }
                let current = found.record.source.as_deref() == Some(m.hash.as_str());
                let stale = found.record.stale || (!current && found.record.source.is_some());
                if found.record.source.is_none() && !found.record.stale {
                    changes.recorded += 1;
                }
                if stale && !found.record.stale {
                    changes.newly_stale += 1;
                }
                comment.extend(record_lines(&m.hash, stale.then_some(m.fluent.as_str())));
                comment.extend(found.record.notes.iter().cloned());
                let message = Message {
                    id: Identifier { name: m.id.clone() },
                    ..found.message.clone()
                };
                w.message(&comment, &super::source::serialize(&message));
            }
            None => {
                comment.extend(record_lines(&m.hash, None));
                match existing.placeholders.get(&m.id) {
                    Some(notes) => comment.extend(notes.iter().cloned()),
                    None => changes.added += 1,
                }
                w.placeholder(&comment, &m.fluent);
            }
        }
    }
    let used: HashSet<usize> = placed.values().copied().collect();
    let obsolete: Vec<(usize, &Found)> = existing
        .messages
        .iter()
        .enumerate()
        .filter(|(i, _)| !used.contains(i))
        .collect();
    if !obsolete.is_empty() {
        w.group(Some(OBSOLETE));
        for (_, f) in obsolete {
            if !was_obsolete(existing, f) {
                changes.obsolete += 1;
            }
            let mut comment = Vec::new();
            if let Some(h) = &f.record.source {
                comment.extend(record_lines(h, None));
            }
            comment.extend(f.record.notes.iter().cloned());
            w.message(&comment, &super::source::serialize(&f.message));
        }
    }
    (w.finish(), changes)
}

/// The heading of the part that keeps translations of English that is gone.
const OBSOLETE: &str = "Obsolete: the English no longer has these messages. They are kept so that\nno translation is lost: reuse what you need, then delete them.";

/// Whether `f` was already in the Obsolete part, so is not news.
fn was_obsolete(existing: &Existing, f: &Found) -> bool {
    existing
        .source
        .find(&format!(
            "## {}",
            OBSOLETE.lines().next().unwrap_or_default()
        ))
        .is_some_and(|at| f.offset > at)
}

/// Where each translation goes: English id → index of the translation in
/// `existing.messages`. Ids derived from positions change when a block is
/// inserted above, so a translation is placed by the English it records,
/// not only by its id:
/// 1. a translation of its id's current English stays there; so does one
///    that records no English, or is already marked stale;
/// 2. any other that records its English moves to the first message not
///    yet taken whose English is that one (a renumbered block);
/// 3. one that found nowhere to move stays at its id, if the English still
///    has it and nothing moved there: it is stale;
/// 4. the rest are obsolete.
fn place(file: &EnglishFile, existing: &Existing) -> BTreeMap<String, usize> {
    let mut placed: BTreeMap<String, usize> = BTreeMap::new();
    let mut movers = Vec::new();
    for (i, f) in existing.messages.iter().enumerate() {
        let id = &f.message.id.name;
        let stays = file.get(id).is_some_and(|m| {
            f.record.stale || f.record.source.as_deref().is_none_or(|h| h == m.hash)
        });
        if stays {
            placed.insert(id.clone(), i);
        } else if f.record.source.is_some() {
            movers.push(i);
        }
    }
    let mut stuck = Vec::new();
    for i in movers {
        let h = existing.messages[i].record.source.as_deref();
        let target = file
            .messages
            .iter()
            .find(|m| Some(m.hash.as_str()) == h && !placed.contains_key(&m.id));
        match target {
            Some(m) => {
                placed.insert(m.id.clone(), i);
            }
            None => stuck.push(i),
        }
    }
    for i in stuck {
        let id = &existing.messages[i].message.id.name;
        if file.get(id).is_some() && !placed.contains_key(id) {
            placed.insert(id.clone(), i);
        }
    }
    placed
}
