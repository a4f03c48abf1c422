//! Which English a translation was made from.
//!
//! Every message in a `.ftl` file may carry, in the comment above it, a line
//! `# source: 1a2b3c4d`: a short hash of the English message it translates.
//! The English files that `i18n extract` writes carry the hash of their own
//! text, so a translator who copies one keeps the record without thinking
//! about it. When the English changes, its hash no longer matches and the
//! translation is *stale*. `i18n update` then records the new hash and
//! marks the message with `# stale:` lines that quote the new English,
//! which the translator deletes once the translation is brought up to date
//! (the same way gettext's "fuzzy" flag works).
//!
//! The hash covers the message's canonical Fluent (value and attributes,
//! as `fluent_syntax`'s serializer writes them) and not its id, so that a
//! translation can follow its English to a new id when sections are
//! renumbered.

use fluent_syntax::ast::{
    Comment, Entry, Expression, Identifier, InlineExpression, Message, Pattern, PatternElement,
    Resource,
};
use fluent_syntax::parser::Slice;
use sha2::{Digest, Sha256};

/// Comment line prefixes that compact-press writes and reads itself.
pub const SOURCE: &str = "source:";
pub const STALE: &str = "stale:";
pub const CONTEXT: &str = "context:";

/// A message's canonical Fluent: how it is written without comment, after
/// `id =`. Two messages with the same value and attributes have the same
/// canonical form whatever their ids and layout.
pub fn canonical<'s, S: Slice<'s> + Clone>(m: &Message<S>) -> String {
    let written = serialize(&Message {
        id: Identifier {
            name: m.id.name.clone(),
        },
        value: m.value.clone(),
        attributes: m.attributes.clone(),
        comment: None,
    });
    let id_len = m.id.name.as_ref().len();
    written[id_len..]
        .strip_prefix(" =")
        .unwrap_or(&written[id_len..])
        .to_string()
}

/// The short hash recorded in `# source:` lines.
pub fn hash(canonical: &str) -> String {
    let digest = Sha256::digest(canonical.as_bytes());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// One message as Fluent source (`id = value`, attributes indented), with
/// its comment if it has one, ending in a newline.
pub fn serialize<'s, S: Slice<'s> + Clone>(m: &Message<S>) -> String {
    fluent_syntax::serializer::serialize(&Resource {
        body: vec![Entry::Message(m.clone())],
    })
}

/// A message whose value is `text`, taken literally: braces, which Fluent
/// reads as placeables, are written as string literals.
pub fn text_message(id: &str, text: &str) -> Message<String> {
    let mut elements = Vec::new();
    let mut run = String::new();
    for c in text.chars() {
        if c == '{' || c == '}' {
            if !run.is_empty() {
                elements.push(PatternElement::TextElement {
                    value: std::mem::take(&mut run),
                });
            }
            elements.push(literal(c.to_string()));
        } else {
            run.push(c);
        }
    }
    if !run.is_empty() {
        elements.push(PatternElement::TextElement { value: run });
    }
    if elements.is_empty() {
        // A message must have a value; an empty one is written `{ "" }`.
        elements.push(literal(String::new()));
    }
    Message {
        id: Identifier {
            name: id.to_string(),
        },
        value: Some(Pattern { elements }),
        attributes: Vec::new(),
        comment: None,
    }
}

fn literal(value: String) -> PatternElement<String> {
    PatternElement::Placeable {
        expression: Expression::Inline(InlineExpression::StringLiteral { value }),
    }
}

/// What the comment above a message says about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// The hash of the English it was translated from, if recorded.
    pub source: Option<String>,
    /// `update` found the English changed and the translator has not yet
    /// deleted the `# stale:` lines.
    pub stale: bool,
    /// Everything else: the translator's own notes, kept as written.
    pub notes: Vec<String>,
}

impl Record {
    /// Reads the lines of a message's comment.
    pub fn read<'s, S: Slice<'s>>(comment: Option<&Comment<S>>) -> Record {
        let mut record = Record::default();
        for line in comment.into_iter().flat_map(|c| &c.content) {
            let line = line.as_ref();
            if let Some(h) = line.strip_prefix(SOURCE) {
                record.source = Some(h.trim().to_string());
            } else if line.starts_with(STALE) {
                record.stale = true;
            } else if !line.starts_with(CONTEXT) {
                record.notes.push(line.to_string());
            }
        }
        record
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_text_round_trips_through_fluent() {
        let m = text_message("x", "Use {braces} and **bold** [link](https://a.b/)");
        let src = serialize(&m);
        let parsed = fluent_syntax::parser::parse(src.as_str()).unwrap();
        let bundle_src = fluent_bundle::FluentResource::try_new(src.clone()).unwrap();
        let mut bundle = fluent_bundle::FluentBundle::default();
        bundle.set_use_isolating(false);
        bundle.add_resource(bundle_src).unwrap();
        let value = bundle.get_message("x").unwrap().value().unwrap();
        let mut errors = vec![];
        assert_eq!(
            bundle.format_pattern(value, None, &mut errors),
            "Use {braces} and **bold** [link](https://a.b/)"
        );
        let Entry::Message(back) = &parsed.body[0] else {
            panic!("{src}")
        };
        assert_eq!(canonical(back), canonical(&m));
    }

    #[test]
    fn the_hash_ignores_id_and_layout_but_not_text() {
        let a = fluent_syntax::parser::parse("a = Hello\n").unwrap();
        let b = fluent_syntax::parser::parse("# note\nb =\n    Hello\n").unwrap();
        let c = fluent_syntax::parser::parse("c = Hello!\n").unwrap();
        let h = |r: &Resource<&str>| match &r.body[0] {
            Entry::Message(m) => hash(&canonical(m)),
            _ => panic!(),
        };
        assert_eq!(h(&a), h(&b));
        assert_ne!(h(&a), h(&c));
        assert_eq!(h(&a).len(), 8);
    }

    #[test]
    fn records_are_read_from_comments() {
        let r = fluent_syntax::parser::parse(
            "# context: title page\n# source: 0a1b2c3d\n# stale: it now reads\n# Keep it short.\nx = y\n",
        )
        .unwrap();
        let Entry::Message(m) = &r.body[0] else {
            panic!()
        };
        let record = Record::read(m.comment.as_ref());
        assert_eq!(record.source.as_deref(), Some("0a1b2c3d"));
        assert!(record.stale);
        assert_eq!(record.notes, vec!["Keep it short."]);
    }
}
