//! `compact-press i18n update <lang>`: brings a language's `.ftl` files up
//! to date with the English, the way gettext's `msgmerge` does.
//!
//! Each file is written anew in the English order, with the English's part
//! headings and each message's context, and the language's translation
//! record (`record.rs`) with it:
//! - a translation of current English is kept as it is;
//! - a translation of English that has changed is kept, and stays stale
//!   until it changes too; the new English is quoted beside it, as a note;
//! - a translation the record does not know yet is recorded as made from
//!   the English translators were last given (`record::judge`); on a site from
//!   before the record, what its comment said (`# source:`, `# stale:`)
//!   is recorded instead, and the file's `### review-status:` line moves
//!   into the record too;
//! - a message not yet translated is added in English, commented out;
//! - a translation whose English moved to another id (a renumbered
//!   section) follows it there, found by the hash of its English;
//! - a translation whose English moved and changed a little at once (a
//!   paragraph inserted above it, a word of it edited) follows it to the
//!   new id whose English is nearly the same (see [`FOLLOW`]), marked stale;
//!   the English it was made from is found by its hash in [`super::memory`];
//! - any other translation of English that is gone is moved to an
//!   "Obsolete" part at the end. No translation is ever deleted.

use super::coverage::given_hash;
use super::english::{English, EnglishFile};
use super::language::Language;
use super::layout::{self, stale_lines, Existing, Found, Rewrite, Writer};
use super::locales::LEGACY_REVIEW;
use super::record::{self, Entry, FileRecord, Record, Review, Status};
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
}

/// One file `update` would write, and what it changes.
pub struct Updated {
    pub file: Rewrite,
    pub changes: Changes,
}

/// Everything `update` would write for a language.
pub struct Update {
    pub files: Vec<Updated>,
    /// The language's record as it should now be.
    pub record: Record,
    /// Whether the record on disk said otherwise (and was written).
    pub record_written: bool,
}

/// `compact-press i18n update <lang>`: renders and writes every file of
/// `lang` in the site at `site`. Nothing is written if any file cannot be
/// read.
pub fn run(site: &Path, lang: &str) -> Result<Update, Diagnostics> {
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
    let mut update = render(site, &english, lang)?;
    layout::write_all(update.files.iter().map(|u| &u.file))?;
    update.record_written = record::save(site, lang, &update.record)?;
    Ok(update)
}

/// Renders every file of `lang`, and its record, as `update` would write
/// them. Nothing is written if any file cannot be read.
pub fn render(site: &Path, english: &English, lang: &str) -> Result<Update, Diagnostics> {
    let language = Language::find(lang).ok_or_else(|| {
        Diagnostics::from(Diagnostic::error(
            "content/site.yaml",
            format!("unknown language `{lang}`"),
            format!("use one of: {}", Language::codes().join(", ")),
        ))
    })?;
    let mut out = Vec::new();
    let mut problems = Diagnostics::default();
    let mut record = record::load(site, lang)?;
    let given = record::load(site, "en")?;
    for file in english.files.values() {
        let shown = PathBuf::from("locales")
            .join(lang)
            .join(format!("{}.ftl", file.stem));
        let path = site.join(&shown);
        match layout::read(&path, &shown) {
            Ok(existing) => {
                let known = super::memory::recall(site, &file.stem);
                super::memory::remember(
                    site,
                    &file.stem,
                    file.messages
                        .iter()
                        .map(|m| (m.hash.clone(), m.fluent.clone())),
                );
                let given = file.extracted.then(|| given.file(&file.stem)).flatten();
                let (text, changes, now) = merge(
                    file,
                    &existing,
                    language,
                    &known,
                    record.file(&file.stem),
                    given,
                );
                record.set(&file.stem, now);
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
        Ok(Update {
            files: out,
            record,
            record_written: false,
        })
    }
}

/// Header lines compact-press wrote before the record, which no longer
/// hold (the record keeps what they were about).
const OLD_HEADER: [&str; 2] = [
    "Keep the \"# source:\" lines: they record which English you translated.",
    "review-status: machine-assisted",
];

fn default_header(file: &EnglishFile, lang: &Language) -> Vec<String> {
    vec![
        format!(
            "{} ({}) translation of {}: the English is in {}.",
            lang.english, lang.autonym, file.title, file.origin
        ),
        "Translate the text after each \"=\". A message still to translate is written".into(),
        "in English after \"# \": delete the \"# \" at the start of its lines, then translate it."
            .into(),
    ]
}

/// What the record says (or, on a site from before it, the comment said)
/// a translation in `existing`, whose text hashes to `hash`, was made from.
fn made_from(found: &Found, hash: &str, old: Option<&FileRecord>) -> Option<Entry> {
    old.and_then(|r| r.messages.get(found.message.id.name.as_str()))
        .cloned()
        .or_else(|| found.notes.legacy_entry(hash))
}

/// The merged file's text, what changed, and the file's record now.
fn merge(
    file: &EnglishFile,
    existing: &Existing,
    lang: &Language,
    known: &BTreeMap<String, String>,
    old: Option<&FileRecord>,
    given: Option<&FileRecord>,
) -> (String, Changes, FileRecord) {
    let mut changes = Changes::default();
    let hashes: Vec<String> = existing
        .messages
        .iter()
        .map(|f| super::source::translation_hash(&f.message))
        .collect();
    let sources: Vec<Option<Entry>> = existing
        .messages
        .iter()
        .zip(&hashes)
        .map(|(f, h)| made_from(f, h, old))
        .collect();
    let placed = place(file, existing, &sources, known);
    let legacy_review = existing
        .header
        .iter()
        .any(|l| format!("### {l}") == LEGACY_REVIEW);
    let mut now = FileRecord {
        review: old
            .and_then(|r| r.review)
            .or(legacy_review.then_some(Review::MachineAssisted)),
        messages: BTreeMap::new(),
    };
    let header = if existing.header.is_empty() {
        default_header(file, lang)
    } else {
        existing
            .header
            .iter()
            .filter(|l| !OLD_HEADER.contains(&l.as_str()))
            .cloned()
            .collect()
    };
    let mut w = Writer::new(&header);
    for m in &file.messages {
        w.group(m.group.as_deref());
        let mut comment = m.context.clone();
        match placed.get(m.id.as_str()).copied() {
            Some(i) => {
                let found = &existing.messages[i];
                if found.message.id.name != m.id {
                    changes.moved += 1;
                }
                let t = &hashes[i];
                let (status, entry) =
                    record::judge(sources[i].as_ref(), &m.hash, t, given_hash(given, m));
                let stale = status == Status::Stale;
                if stale && !found.notes.legacy_stale {
                    changes.newly_stale += 1;
                }
                if stale {
                    comment.extend(stale_lines(&m.fluent));
                }
                now.messages.insert(m.id.as_str().into(), entry);
                // The translator's own notes; a copy of the English's
                // context (as a file written before it had one keeps) is
                // the context, written once.
                let own = found.notes.notes.iter().filter(|n| !m.context.contains(n));
                comment.extend(own.cloned());
                let message = Message {
                    id: Identifier { name: m.id.clone() },
                    ..found.message.clone()
                };
                w.message(&comment, &super::source::serialize(&message));
            }
            None => {
                match existing.placeholders.get(&m.id) {
                    Some(notes) => {
                        comment.extend(notes.iter().filter(|n| !m.context.contains(n)).cloned())
                    }
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
        for (i, f) in obsolete {
            if !was_obsolete(existing, f) {
                changes.obsolete += 1;
            }
            if let Some(entry) = &sources[i] {
                now.messages
                    .insert(f.message.id.name.as_str().into(), entry.clone());
            }
            w.message(&f.notes.notes, &super::source::serialize(&f.message));
        }
    }
    (w.finish(), changes, now)
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
/// 1. a translation recorded against its id's current English stays
///    there; so does one the record does not know (or knows only as made
///    from some older English, a stale mark from before the record);
/// 2. any other that records its English moves to the first message not
///    yet taken whose English is that one (a renumbered block);
/// 3. any other whose English is known (`known`: English by hash) moves to
///    the message with the most similar English, if that is at least
///    [`FOLLOW`] alike and is its own id or a new one (an id no translation
///    has): its English was edited as it moved. It is stale;
/// 4. one that found nowhere to move stays at its id, if the English still
///    has it and nothing moved there: it is stale;
/// 5. the rest are obsolete.
fn place(
    file: &EnglishFile,
    existing: &Existing,
    sources: &[Option<Entry>],
    known: &BTreeMap<String, String>,
) -> BTreeMap<String, usize> {
    let mut placed: BTreeMap<String, usize> = BTreeMap::new();
    let mut movers = Vec::new();
    // The English each translation was last recorded against, where the
    // record knows it.
    let source = |i: usize| {
        sources[i]
            .as_ref()
            .map(|e| e.english())
            .filter(|h| !h.is_empty())
    };
    for (i, f) in existing.messages.iter().enumerate() {
        let id = &f.message.id.name;
        let stays = file
            .get(id)
            .is_some_and(|m| source(i).is_none_or(|h| h == m.hash));
        if stays {
            placed.insert(id.clone(), i);
        } else if source(i).is_some() {
            movers.push(i);
        }
    }
    let mut stuck = Vec::new();
    for i in movers {
        let h = source(i);
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
    let had: HashSet<&str> = existing
        .messages
        .iter()
        .map(|f| f.message.id.name.as_str())
        .collect();
    let mut unmoved = Vec::new();
    for i in stuck {
        let f = &existing.messages[i];
        let Some(before) = source(i).and_then(|h| known.get(h)) else {
            unmoved.push(i);
            continue;
        };
        let own = f.message.id.name.as_str();
        let best = file
            .messages
            .iter()
            .filter(|m| {
                !placed.contains_key(&m.id) && (m.id == own || !had.contains(m.id.as_str()))
            })
            .map(|m| (similarity(before, &m.fluent), m.id == own, m))
            .filter(|(alike, _, _)| *alike >= FOLLOW)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        match best {
            Some((_, _, m)) => {
                placed.insert(m.id.clone(), i);
            }
            None => unmoved.push(i),
        }
    }
    for i in unmoved {
        let id = &existing.messages[i].message.id.name;
        if file.get(id).is_some() && !placed.contains_key(id) {
            placed.insert(id.clone(), i);
        }
    }
    placed
}

/// How alike two English messages must be for a translation to follow its
/// English to a new id: 0.7 of [`similarity`], i.e. at most three words in
/// ten changed, added or removed. A word or two corrected in a sentence
/// (one in the 8.1 paragraph's 19 words: 0.95; two in eight: 0.75) follows,
/// and the translator is shown the new English to bring it up to date;
/// a rewrite, or a short heading with one of its three words changed
/// (0.67), does not, since a translation of other text shown as if it were
/// this one's, even marked stale, misleads more than one to do afresh.
pub const FOLLOW: f64 = 0.7;

/// Word-level likeness of two texts, from 0 (nothing in common) to 1 (the
/// same words in the same order): one minus the edit distance over words
/// (case and surrounding punctuation ignored) divided by the longer
/// text's number of words.
pub fn similarity(a: &str, b: &str) -> f64 {
    fn words(s: &str) -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect()
    }
    let (a, b) = (words(a), words(b));
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    // Levenshtein distance over words, one row at a time.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, wa) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, wb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if wa == wb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    1.0 - row[b.len()] as f64 / longest as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_counts_words_changed() {
        assert_eq!(
            similarity("The Council will fund", "the council will fund."),
            1.0
        );
        let one_in_ten = similarity(
            "one two three four five six seven eight nine ten",
            "one two three four five six seven eight nine eleven",
        );
        assert!((one_in_ten - 0.9).abs() < 1e-9, "{one_in_ten}");
        assert!(similarity("Funding and accountability", "Funding and recognition") < FOLLOW);
        assert!(similarity("a b c d e f g h i j", "a b c d e f g x y z") >= FOLLOW);
        assert!(similarity("a b c d e f g h i j", "a b c d e f w x y z") < FOLLOW);
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("a", ""), 0.0);
    }
}
