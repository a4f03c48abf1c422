//! The translation record: which English each translation was made from,
//! and whether a file's translation is reviewed, kept outside the `.ftl`
//! files that translators and translation platforms write.
//!
//! Pontoon rewrites a language's files from the English and drops their
//! comments; Weblate lets translators edit values only. So the state
//! compact-press needs lives in a file of its own per language,
//! `locales/<lang>/translation-record.toml`, which no platform reads or
//! writes (none of them takes `.toml` for translations):
//!
//! ```toml
//! [leicestershire-county-compact]
//! review = "machine-assisted"
//!
//! [leicestershire-county-compact.messages]
//! leicestershire-county-compact--title = ["2930375f", "8c1d0e2a"]
//! ```
//!
//! Each message is recorded with the hash of the English it was translated
//! from and the hash of the translation as it was then ([`Entry`]). When
//! the English changes and the translation does not, the translation is
//! *stale*; once anybody changes the translation, by hand or on a
//! platform, it is taken as made from the English translators were given
//! (`locales/en/`, as `i18n extract` last wrote it), so a translation
//! brought up to date counts as such ([`judge`]). `build`, `i18n update`
//! and `i18n extract` keep the record (extract first records edits made
//! against the English it is about to replace); it is sorted, one line a
//! message, so that its diffs are small.
//!
//! Sites from before the record kept this in comments (`# source:`,
//! `# stale:` and a `### review-status: machine-assisted` header); those
//! are read, once, for messages and files the record does not have yet.

use crate::diagnostic::{Diagnostic, Diagnostics};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The record's file name in each language's folder.
pub const FILE: &str = "translation-record.toml";

/// The lines at the top of every record.
const HEADER: &str = "\
# The translation record, kept by compact-press (`build` and `i18n update`
# write it): for each message, the hash of the English it was translated
# from and of the translation as it was then, so that a change to the
# English is noticed, whoever edits the translation and wherever.
# Commit it with the translations; there is no need to edit it, except
# `review`: \"machine-assisted\" shows readers a notice that the translation
# is not yet reviewed by a native speaker; change it to \"reviewed\" once
# one has checked the file (or run `compact-press i18n reviewed`).
";

/// Whether a file's translation has been reviewed by a native speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Review {
    /// Written with machine assistance and not yet reviewed: pages and
    /// editions made from it say so.
    MachineAssisted,
    Reviewed,
}

impl Review {
    pub fn name(self) -> &'static str {
        match self {
            Review::MachineAssisted => "machine-assisted",
            Review::Reviewed => "reviewed",
        }
    }
}

/// One message: the hashes of its English and of its translation (see
/// `source::hash` and `source::translation_hash`) when it was last
/// confirmed. An empty English hash means "some older English": a stale
/// mark carried over from before the record.
///
/// A site's records hold an entry for every message of every language (half
/// a million at 1,000 publications), so the two hashes compact-press writes,
/// eight hex digits each, are kept inline, without an allocation; anything
/// else a person may have written is kept as it is, boxed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry(Hashes);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Hashes {
    Short {
        english: [u8; SHORT],
        english_len: u8,
        translation: [u8; SHORT],
        translation_len: u8,
    },
    Long(Box<(String, String)>),
}

/// The longest hash kept inline, in bytes.
const SHORT: usize = 8;

/// An inline hash as text: ASCII, as [`Entry::new`] checked.
fn short(bytes: &[u8; SHORT], len: u8) -> &str {
    std::str::from_utf8(&bytes[..len as usize]).unwrap_or_default()
}

impl Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.english(), self.translation()).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
        let (english, translation) = <(String, String)>::deserialize(d)?;
        Ok(Entry::new(&english, &translation))
    }
}

/// Where a translation stands against its English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Made from the current English, or changed since the English did.
    Current,
    /// The English changed since it was made, and it has not.
    Stale,
}

impl Entry {
    pub fn new(english: &str, translation: &str) -> Entry {
        fn inline(s: &str) -> Option<([u8; SHORT], u8)> {
            let mut bytes = [0; SHORT];
            (s.len() <= SHORT && s.is_ascii()).then(|| {
                bytes[..s.len()].copy_from_slice(s.as_bytes());
                (bytes, s.len() as u8)
            })
        }
        Entry(match (inline(english), inline(translation)) {
            (Some((english, english_len)), Some((translation, translation_len))) => Hashes::Short {
                english,
                english_len,
                translation,
                translation_len,
            },
            _ => Hashes::Long(Box::new((english.to_string(), translation.to_string()))),
        })
    }

    pub fn english(&self) -> &str {
        match &self.0 {
            Hashes::Short {
                english,
                english_len,
                ..
            } => short(english, *english_len),
            Hashes::Long(pair) => &pair.0,
        }
    }

    pub fn translation(&self) -> &str {
        match &self.0 {
            Hashes::Short {
                translation,
                translation_len,
                ..
            } => short(translation, *translation_len),
            Hashes::Long(pair) => &pair.1,
        }
    }
}

/// Where a translation whose text now hashes to `translation` stands, its
/// English now hashing to `english`, and what to record for it; `recorded`
/// is what the record says of it, if anything, and `given` the hash of the
/// English translators were last given for the message.
///
/// A translation the record does not know, or whose text changed since it
/// was recorded, was made from the English translators were given: it is
/// current if that is still the English. One unchanged since it was
/// recorded is current if its English is.
pub fn judge(
    recorded: Option<&Entry>,
    english: &str,
    translation: &str,
    given: &str,
) -> (Status, Entry) {
    let entry = match recorded {
        Some(e) if e.translation() == translation => e.clone(),
        _ => Entry::new(given, translation),
    };
    let status = if entry.english() == english {
        Status::Current
    } else {
        Status::Stale
    };
    (status, entry)
}

/// One file's record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    #[serde(default)]
    pub messages: BTreeMap<Box<str>, Entry>,
}

impl FileRecord {
    fn is_empty(&self) -> bool {
        self.review.is_none() && self.messages.is_empty()
    }
}

/// One language's record: file stem → its record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    pub files: BTreeMap<String, FileRecord>,
}

impl Record {
    pub fn file(&self, stem: &str) -> Option<&FileRecord> {
        self.files.get(stem)
    }

    /// Sets `stem`'s record, dropping it if it is empty.
    pub fn set(&mut self, stem: &str, file: FileRecord) {
        if file.is_empty() {
            self.files.remove(stem);
        } else {
            self.files.insert(stem.to_string(), file);
        }
    }

    /// The record as written: the header, then a table per file, sorted.
    pub fn to_toml(&self) -> String {
        let mut out = String::from(HEADER);
        let files: BTreeMap<&String, &FileRecord> =
            self.files.iter().filter(|(_, f)| !f.is_empty()).collect();
        match toml::to_string(&files) {
            Ok(body) if !body.is_empty() => {
                out.push('\n');
                out.push_str(&body);
            }
            // Only strings, enums and maps: it cannot fail to serialise.
            _ => {}
        }
        out
    }

    /// Reads a record's text, shown as `shown` in errors.
    pub fn parse(text: &str, shown: &Path) -> Result<Record, Diagnostics> {
        // A large site's records run to megabytes: the layout compact-press
        // writes is read directly; anything else (a hand edit that moved
        // things about, or a mistake) goes to the TOML parser, which also
        // says where a mistake is.
        if let Some(record) = Record::parse_written(text) {
            return Ok(record);
        }
        match toml::from_str::<BTreeMap<String, FileRecord>>(text) {
            Ok(files) => Ok(Record { files }),
            Err(e) => {
                let d = Diagnostic::error(
                    shown,
                    format!("the translation record cannot be read: {}", e.message()),
                    "it is written by compact-press: undo the change made to it by hand (only `review = \"machine-assisted\"` or `\"reviewed\"` is yours to change), or delete it and run `compact-press i18n update` for the language to start it again",
                );
                Err(match e.span() {
                    Some(span) => d.at_offset(text, span.start),
                    None => d,
                }
                .into())
            }
        }
    }
}

impl Record {
    /// Reads the record as [`Record::to_toml`] writes it: comments, blank
    /// lines, `[stem]` with `review = "…"`, `[stem.messages]` with
    /// `id = ["english", "translation"]`. `None` for anything else.
    fn parse_written(text: &str) -> Option<Record> {
        let bare = |k: &str| {
            !k.is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        };
        fn quoted(v: &str) -> Option<&str> {
            let v = v.strip_prefix('"')?.strip_suffix('"')?;
            (!v.contains(['"', '\\'])).then_some(v)
        }
        let mut files: BTreeMap<String, FileRecord> = BTreeMap::new();
        // The file being read, and whether in its messages table.
        let mut at: Option<(String, bool)> = None;
        let mut headers = std::collections::HashSet::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('[') {
                let header = header.strip_suffix(']')?;
                if !headers.insert(header.to_string()) {
                    return None;
                }
                let (stem, messages) = match header.strip_suffix(".messages") {
                    Some(stem) => (stem, true),
                    None => (header, false),
                };
                if !bare(stem) {
                    return None;
                }
                files.entry(stem.to_string()).or_default();
                at = Some((stem.to_string(), messages));
                continue;
            }
            let (key, value) = line.split_once(" = ")?;
            let (stem, messages) = at.as_ref()?;
            let file = files.get_mut(stem)?;
            if *messages {
                let pair = value.strip_prefix('[')?.strip_suffix(']')?;
                let (english, translation) = pair.split_once(", ")?;
                if !bare(key) {
                    return None;
                }
                let entry = Entry::new(quoted(english)?, quoted(translation)?);
                if file.messages.insert(key.into(), entry).is_some() {
                    return None;
                }
            } else {
                if key != "review" || file.review.is_some() {
                    return None;
                }
                file.review = Some(match quoted(value)? {
                    "machine-assisted" => Review::MachineAssisted,
                    "reviewed" => Review::Reviewed,
                    _ => return None,
                });
            }
        }
        Some(Record { files })
    }
}

/// Where language `lang`'s record is, relative to the site.
pub fn path(lang: &str) -> PathBuf {
    PathBuf::from("locales").join(lang).join(FILE)
}

/// Reads language `lang`'s record in the site at `site`; none is empty.
pub fn load(site: &Path, lang: &str) -> Result<Record, Diagnostics> {
    let shown = path(lang);
    match crate::diagnostic::read_text(&site.join(&shown), &shown) {
        Ok(text) => Record::parse(&text, &shown),
        Err(crate::diagnostic::ReadError::Missing) => Ok(Record::default()),
        Err(crate::diagnostic::ReadError::Other(d)) => Err(d.into()),
    }
}

/// Writes `record` as language `lang`'s, atomically, unless the file
/// already says exactly that (or there is nothing to record and no file).
/// Returns whether it wrote.
pub fn save(site: &Path, lang: &str, record: &Record) -> Result<bool, Diagnostics> {
    let shown = path(lang);
    let file = site.join(&shown);
    let text = record.to_toml();
    let before = std::fs::read_to_string(&file).ok();
    if before.as_deref() == Some(text.as_str()) || (before.is_none() && record.files.is_empty()) {
        return Ok(false);
    }
    crate::output::write_atomic(&file, text.as_bytes()).map_err(|e| {
        Diagnostics::from(Diagnostic::error(
            &shown,
            format!("cannot write the translation record: {e}"),
            "check that locales/ is writable",
        ))
    })?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_as_written_one_line_a_message() {
        let mut record = Record::default();
        let mut file = FileRecord {
            review: Some(Review::MachineAssisted),
            ..FileRecord::default()
        };
        file.messages
            .insert("b-title".into(), Entry::new("00112233", "44556677"));
        file.messages
            .insert("a-title".into(), Entry::new("8899aabb", "ccddeeff"));
        record.set("learning-compact-launch", file);
        record.set("ui", FileRecord::default());
        let text = record.to_toml();
        assert!(text.contains(
            "[learning-compact-launch]\nreview = \"machine-assisted\"\n\n[learning-compact-launch.messages]\na-title = [\"8899aabb\", \"ccddeeff\"]\nb-title = [\"00112233\", \"44556677\"]\n"
        ), "{text}");
        assert!(!text.contains("[ui"), "empty files are left out: {text}");
        assert_eq!(Record::parse(&text, Path::new("r.toml")).unwrap(), record);
    }

    #[test]
    fn a_record_edited_by_hand_is_read_as_toml() {
        let written = "[ui]\nreview = \"reviewed\"\n\n[ui.messages]\na = [\"00\", \"11\"]\n";
        let fast = Record::parse_written(written).unwrap();
        assert_eq!(fast, Record::parse(written, Path::new("r")).unwrap());
        // Inline tables, other spacing, keys quoted: TOML all the same.
        let by_hand = "ui = { review = \"reviewed\", messages = { \"a\" = [ \"00\",\"11\" ] } }\n";
        assert!(Record::parse_written(by_hand).is_none());
        assert_eq!(Record::parse(by_hand, Path::new("r")).unwrap(), fast);
        // A key twice is TOML's error, at its line.
        let twice = "[ui.messages]\na = [\"0\", \"1\"]\na = [\"0\", \"1\"]\n";
        assert_eq!(
            Record::parse(twice, Path::new("r")).unwrap_err().0[0].line,
            Some(3)
        );
    }

    #[test]
    fn a_misspelt_review_is_an_error_at_its_line() {
        let err = Record::parse(
            "[ui]\nreview = \"reviewd\"\n",
            Path::new("locales/bn/translation-record.toml"),
        )
        .unwrap_err();
        assert_eq!(err.0[0].line, Some(2));
        assert!(
            err.0[0].message.contains("reviewed"),
            "{}",
            err.0[0].message
        );
    }

    #[test]
    fn stale_is_english_changed_and_translation_not() {
        let e = Entry::new("e1", "t1");
        let judged = |english, translation, given| judge(Some(&e), english, translation, given);
        assert_eq!(judged("e1", "t1", "e1"), (Status::Current, e.clone()));
        // Edited while current: the new text is recorded.
        assert_eq!(
            judged("e1", "t2", "e1"),
            (Status::Current, Entry::new("e1", "t2"))
        );
        // The English changed: stale, and the record keeps the old English.
        assert_eq!(judged("e2", "t1", "e2"), (Status::Stale, e.clone()));
        // Then the translation changed: brought up to date.
        assert_eq!(
            judged("e2", "t3", "e2"),
            (Status::Current, Entry::new("e2", "t3"))
        );
        // Changed before translators were given the new English (the YAML
        // changed, `i18n extract` not yet run): made from the old, stale.
        assert_eq!(
            judged("e2", "t3", "e1"),
            (Status::Stale, Entry::new("e1", "t3"))
        );
        // Not recorded yet: made from the English translators were given.
        assert_eq!(
            judge(None, "e2", "t9", "e2"),
            (Status::Current, Entry::new("e2", "t9"))
        );
    }
}
