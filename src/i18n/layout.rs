//! The layout of the `.ftl` files compact-press writes for translators, and
//! reading back what people wrote in them.
//!
//! A file is a `###` header, then the messages in the English order, under
//! `##` headings for the parts of the publication. Above each message are
//! its context, its source record and any notes of the translator's own:
//!
//! ```ftl
//! ## 6. The 8 Shared Principles in the Leicestershire County Compact
//!
//! # context: 6. The 8 Shared Principles in the… › shared principles, item (a)
//! # source: 1a2b3c4d
//! leicestershire-county-compact--s6--b2-i1 = **Voluntary and community action** …
//! ```
//!
//! A message not yet translated is written commented out, in English, for
//! the translator to uncomment and translate. Reading keeps everything a
//! person may have written: messages, their notes (including free comments,
//! which go with the message after them) and the header.

use super::source::{self, Record, CONTEXT, SOURCE, STALE};
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_syntax::ast::{Entry, Message};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Writes a file in the layout above.
#[derive(Default)]
pub struct Writer {
    out: String,
    group: Option<String>,
}

impl Writer {
    /// Starts a file with `header` as its `###` comment.
    pub fn new(header: &[String]) -> Writer {
        let mut w = Writer::default();
        for line in header {
            w.line("###", line);
        }
        if !header.is_empty() {
            w.out.push('\n');
        }
        w
    }

    fn line(&mut self, prefix: &str, text: &str) {
        self.out.push_str(prefix);
        if !text.is_empty() {
            self.out.push(' ');
            self.out.push_str(text);
        }
        self.out.push('\n');
    }

    /// Starts a part headed `heading`, unless the file is already in it.
    pub fn group(&mut self, heading: Option<&str>) {
        if heading.is_some() && heading != self.group.as_deref() {
            for line in heading.unwrap_or_default().lines() {
                self.line("##", line);
            }
            self.out.push('\n');
        }
        self.group = heading.map(str::to_string);
    }

    /// A message (`fluent`: `id = …`, as `source::serialize` writes it)
    /// with `comment` directly above it, so Fluent attaches the two.
    pub fn message(&mut self, comment: &[String], fluent: &str) {
        for line in comment {
            self.line("#", line);
        }
        self.out.push_str(fluent);
        self.out.push('\n');
    }

    /// A message to translate, written commented out after `comment`.
    pub fn placeholder(&mut self, comment: &[String], fluent: &str) {
        for line in comment {
            self.line("#", line);
        }
        for line in fluent.lines() {
            self.line("#", line);
        }
        self.out.push('\n');
    }

    pub fn finish(mut self) -> String {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

/// The comment lines that record a message's source, and, for a stale
/// translation, quote the English it should now say.
pub fn record_lines(hash: &str, stale_english: Option<&str>) -> Vec<String> {
    let mut lines = vec![format!("{SOURCE} {hash}")];
    if let Some(english) = stale_english {
        lines.push(format!(
            "{STALE} the English has changed since this was translated. It now reads:"
        ));
        for line in english.lines() {
            lines.push(format!("{STALE}     {line}"));
        }
        lines.push(format!(
            "{STALE} bring the translation up to date, then delete these \"stale\" lines."
        ));
    }
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
    pub record: Record,
    /// The hash of the message as it is now written.
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
                let mut record = Record::read(m.comment.as_ref());
                if !pending.is_empty() {
                    let mut notes = std::mem::take(&mut pending);
                    notes.append(&mut record.notes);
                    record.notes = notes;
                }
                let message = owned(m);
                existing.messages.push(Found {
                    hash: source::hash(&source::canonical(&message)),
                    offset: crate::diagnostic::offset_in(&source, m.id.name).unwrap_or(0),
                    message,
                    record,
                });
            }
            // Part headings are written anew from the English.
            _ => {}
        }
    }
    existing.source = source.clone();
    Ok(existing)
}

/// A message as owned strings, without its comment.
fn owned(m: &Message<&str>) -> Message<String> {
    // The serializer's own output parsed again gives an owned copy without
    // having to map every node of the tree by hand.
    let text = source::serialize(&Message {
        comment: None,
        ..m.clone()
    });
    match fluent_syntax::parser::parse(text) {
        Ok(r) | Err((r, _)) => r
            .body
            .into_iter()
            .find_map(|e| match e {
                Entry::Message(m) => Some(m),
                _ => None,
            })
            .unwrap_or_else(|| source::text_message(m.id.name, "")),
    }
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
        w.message(
            &[
                "context: a".into(),
                "source: 00000000".into(),
                "Keep it short.".into(),
            ],
            "a = Ay\n",
        );
        w.placeholder(
            &[
                "context: b".into(),
                "source: 11111111".into(),
                "Ask Rita.".into(),
            ],
            "b =\n    { $n ->\n        [one] One\n       *[other] Many\n    }\n",
        );
        let text = w.finish();
        assert!(text.ends_with("}\n") && !text.ends_with("\n\n"), "{text}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.ftl");
        std::fs::write(&path, &text).unwrap();
        let back = read(&path, Path::new("x.ftl")).unwrap();
        assert_eq!(back.header, ["Header"]);
        assert_eq!(back.messages.len(), 1, "{text}");
        let a = back.get("a").unwrap();
        assert_eq!(a.record.source.as_deref(), Some("00000000"));
        assert_eq!(a.record.notes, ["Keep it short."]);
        assert_eq!(back.placeholders["b"], ["Ask Rita."]);
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
