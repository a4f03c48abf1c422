//! The layout of the `.ftl` files compact-press writes for translators, and
//! reading back what people wrote in them.
//!
//! A file is a `###` header, then the messages in the English order, under
//! `##` headings for the parts of the publication. Above each message are
//! its context and any notes of the translator's own:
//!
//! ```ftl
//! ## 6. The 8 Shared Principles in the Leicestershire County Compact
//!
//! # context: 6. The 8 Shared Principles in the… › shared principles, item (a)
//! leicestershire-county-compact--s6--b2-i1 = **Voluntary and community action** …
//! # context: 6. The 8 Shared Principles in the… › shared principles, item (b)
//! leicestershire-county-compact--s6--b2-i2 = …
//! ```
//!
//! The file is laid out exactly as `fluent.syntax`'s serializer lays it
//! out (the Python one that Pontoon and Weblate write with, and the Rust
//! one here): no blank line between messages, one around each heading and
//! free comment. So a save through a translation platform changes only the
//! lines it means to change.
//!
//! A message not yet translated is written commented out, in English, for
//! the translator to uncomment and translate. Reading keeps everything a
//! person may have written: messages, their notes (including free comments,
//! which go with the message after them) and the header.

use super::source::{self, Notes, CONTEXT, SOURCE, STALE};
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_syntax::ast::{Comment, Entry, Message, Resource};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Writes a file in the layout above.
#[derive(Default)]
pub struct Writer {
    body: Vec<Entry<String>>,
    group: Option<String>,
}

fn comment(lines: &[String]) -> Comment<String> {
    Comment {
        content: lines
            .iter()
            .flat_map(|l| l.lines())
            .map(str::to_string)
            .collect(),
    }
}

impl Writer {
    /// Starts a file with `header` as its `###` comment.
    pub fn new(header: &[String]) -> Writer {
        let mut w = Writer::default();
        if !header.is_empty() {
            w.body.push(Entry::ResourceComment(comment(header)));
        }
        w
    }

    /// Starts a part headed `heading`, unless the file is already in it.
    pub fn group(&mut self, heading: Option<&str>) {
        if let Some(h) = heading.filter(|h| Some(*h) != self.group.as_deref()) {
            self.body
                .push(Entry::GroupComment(comment(&[h.to_string()])));
        }
        self.group = heading.map(str::to_string);
    }

    /// A message (`fluent`: `id = …`, as `source::serialize` writes it)
    /// with `notes` as its comment.
    pub fn message(&mut self, notes: &[String], fluent: &str) {
        let parsed = match fluent_syntax::parser::parse(fluent.to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in parsed.body {
            if let Entry::Message(m) = entry {
                self.body.push(Entry::Message(Message {
                    comment: (!notes.is_empty()).then(|| comment(notes)),
                    ..m
                }));
            }
        }
    }

    /// A message to translate, written commented out after `notes`.
    pub fn placeholder(&mut self, notes: &[String], fluent: &str) {
        let mut lines = notes.to_vec();
        lines.extend(fluent.lines().map(str::to_string));
        self.body.push(Entry::Comment(comment(&lines)));
    }

    pub fn finish(self) -> String {
        fluent_syntax::serializer::serialize(&Resource { body: self.body })
    }
}

/// The note above a stale translation: what its English says now.
pub fn stale_lines(english: &str) -> Vec<String> {
    let mut lines = vec![format!(
        "{STALE} the English has changed since this was translated. It now reads:"
    )];
    for line in english.lines() {
        lines.push(format!("{STALE}     {line}"));
    }
    lines.push(format!(
        "{STALE} bring the translation up to date (or, if it is still right, run `compact-press i18n confirm`)."
    ));
    lines
}

/// A file compact-press would write in `locales/`: where, and what.
pub struct Rewrite {
    pub path: PathBuf,
    /// Relative to the site, as shown to people.
    pub shown: PathBuf,
    pub text: String,
    /// Whether the file already holds exactly this.
    pub unchanged: bool,
}

/// Writes the files whose text changed, each atomically: a file is
/// replaced whole or not at all. Returns how many were written.
pub fn write_all<'a>(files: impl IntoIterator<Item = &'a Rewrite>) -> Result<usize, Diagnostics> {
    let mut written = 0;
    for f in files.into_iter().filter(|f| !f.unchanged) {
        crate::output::write_atomic(&f.path, f.text.as_bytes()).map_err(|e| {
            Diagnostics::from(Diagnostic::error(
                &f.shown,
                format!("cannot write: {e}"),
                "check that locales/ is writable",
            ))
        })?;
        written += 1;
    }
    Ok(written)
}

/// A message as found in an existing file.
#[derive(Debug, Clone)]
pub struct Found {
    /// The message without its comment.
    pub message: Message<String>,
    /// Its comment: notes, and what sites before the record recorded.
    pub notes: Notes,
    /// The hash of the message as it is now written, as an English
    /// message's (`source::hash`).
    pub hash: String,
    /// Byte offset of its id, for messages about it.
    pub offset: usize,
}

/// What an existing file holds.
#[derive(Debug, Default)]
pub struct Existing {
    pub source: String,
    /// Its `###` header lines.
    pub header: Vec<String>,
    /// Live messages, in the order of the file.
    pub messages: Vec<Found>,
    /// Untranslated (commented-out) messages, by id, with the notes in
    /// their comments, so notes survive until the message is translated.
    pub placeholders: HashMap<String, Vec<String>>,
}

impl Existing {
    pub fn get(&self, id: &str) -> Option<&Found> {
        self.messages.iter().find(|f| f.message.id.name == id)
    }
}

/// Reads the file at `path`; an absent file is empty. A file Fluent cannot
/// read is refused with every syntax error's position, so that nothing in
/// it is overwritten.
pub fn read(path: &Path, shown: &Path) -> Result<Existing, Diagnostics> {
    let source = match crate::diagnostic::read_text(path, shown) {
        Ok(s) => s,
        Err(crate::diagnostic::ReadError::Missing) => return Ok(Existing::default()),
        Err(crate::diagnostic::ReadError::Other(d)) => return Err(d.into()),
    };
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(super::locales::syntax_errors(
                &source,
                shown,
                errors,
                "fix this first: compact-press does not rewrite a file it cannot read, so that nothing in it is lost",
            ))
        }
    };
    let mut existing = Existing::default();
    let mut pending: Vec<String> = Vec::new();
    for entry in &resource.body {
        match entry {
            Entry::ResourceComment(c) => {
                existing
                    .header
                    .extend(c.content.iter().map(|l| l.to_string()));
            }
            Entry::Comment(c) => match placeholder(&c.content) {
                Some((id, notes)) => {
                    let mut all = std::mem::take(&mut pending);
                    all.extend(notes);
                    existing.placeholders.insert(id, all);
                }
                None => pending.extend(c.content.iter().map(|l| l.to_string())),
            },
            Entry::Message(m) => {
                let mut notes = Notes::read(m.comment.as_ref());
                if !pending.is_empty() {
                    let mut before = std::mem::take(&mut pending);
                    before.append(&mut notes.notes);
                    notes.notes = before;
                }
                let message = source::owned(m);
                existing.messages.push(Found {
                    hash: source::hash(&source::canonical(&message)),
                    offset: crate::diagnostic::offset_in(&source, m.id.name).unwrap_or(0),
                    message,
                    notes,
                });
            }
            // Part headings are written anew from the English.
            _ => {}
        }
    }
    existing.source = source.clone();
    Ok(existing)
}

/// A commented-out message that compact-press wrote for translation: its
/// id and the lines of the comment that are somebody's notes.
fn placeholder(lines: &[&str]) -> Option<(String, Vec<String>)> {
    let mut id = None;
    let mut notes = Vec::new();
    let mut in_body = false;
    for line in lines {
        if in_body && line.starts_with(char::is_whitespace) {
            continue;
        }
        in_body = false;
        if let Some(name) = commented_id(line) {
            id = Some(name.to_string());
            in_body = true;
        } else if !(line.starts_with(SOURCE)
            || line.starts_with(CONTEXT)
            || line.starts_with(STALE))
        {
            notes.push(line.to_string());
        }
    }
    id.map(|id| (id, notes))
}

/// The id of a line `id = …` (or `id =`), as a commented-out message starts.
fn commented_id(line: &str) -> Option<&str> {
    let (id, rest) = line.split_once(" =")?;
    let valid = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (valid && (rest.is_empty() || rest.starts_with(' '))).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_file_reads_back() {
        let mut w = Writer::new(&["Header".into()]);
        w.group(Some("Part one"));
        w.message(&["context: a".into(), "Keep it short.".into()], "a = Ay\n");
        w.placeholder(
            &["context: b".into(), "Ask Rita.".into()],
            "b =\n    { $n ->\n        [one] One\n       *[other] Many\n    }\n",
        );
        w.message(&["context: c".into()], "c = Cee\n");
        let text = w.finish();
        assert_eq!(
            text,
            "### Header\n\n\n## Part one\n\n# context: a\n# Keep it short.\na = Ay\n\n# context: b\n# Ask Rita.\n# b =\n#     { $n ->\n#         [one] One\n#        *[other] Many\n#     }\n\n# context: c\nc = Cee\n",
            "the layout of fluent.syntax's serializer"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.ftl");
        std::fs::write(&path, &text).unwrap();
        let back = read(&path, Path::new("x.ftl")).unwrap();
        assert_eq!(back.header, ["Header"]);
        assert_eq!(back.messages.len(), 2, "{text}");
        let a = back.get("a").unwrap();
        assert_eq!(a.notes.notes, ["Keep it short."]);
        assert_eq!(back.placeholders["b"], ["Ask Rita."]);
        // Written again, it is the same: the serializer's fixed point.
        let again = fluent_syntax::parser::parse(text.as_str()).unwrap();
        assert_eq!(fluent_syntax::serializer::serialize(&again), text);
    }

    #[test]
    fn a_file_with_junk_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.ftl");
        std::fs::write(&path, "a = fine\nb = { broken\n").unwrap();
        let err = read(&path, Path::new("x.ftl")).unwrap_err();
        assert_eq!(err.0[0].line, Some(2));
    }
}
