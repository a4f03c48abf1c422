//! Fluent messages as text: their canonical form and hashes, the variables
//! they use, and the notes in the comment above them.
//!
//! The record (`record.rs`) keeps, for each translation, a short hash of
//! the English it was made from ([`hash`] of [`canonical`]) and of the
//! translation itself ([`translation_hash`]). The English's hash covers the
//! message's canonical Fluent (value and attributes, as `fluent_syntax`'s
//! serializer writes them) and not its id, so that a translation can follow
//! its English to a new id when sections are renumbered.
//!
//! Comments above messages are notes for translators only. Sites from
//! before the record kept it in them (`# source: 1a2b3c4d`, and `# stale:`
//! lines once the English changed); [`Notes`] reads those, for the record
//! to take them over once.

use super::record::Entry as RecordEntry;
use fluent_syntax::ast::{
    Comment, Entry, Expression, Identifier, InlineExpression, Message, Pattern, PatternElement,
    Resource,
};
use fluent_syntax::parser::Slice;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// Comment line prefixes that compact-press writes and reads itself:
/// `context:` above every message; `stale:` above a stale translation,
/// quoting the new English (notes, read back only from sites from before
/// the record); `source:`, only on such sites.
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

/// What the comment above a message says: notes for translators, and,
/// on sites from before the translation record (`record.rs`), the record
/// kept in comments, read once to start the record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notes {
    /// `# source:`: the hash of the English it was translated from.
    pub legacy_source: Option<String>,
    /// `# stale:` lines: the English changed since it was translated.
    pub legacy_stale: bool,
    /// Everything else but the context compact-press writes: the
    /// translator's own notes, kept as written.
    pub notes: Vec<String>,
}

impl Notes {
    /// Reads the lines of a message's comment.
    pub fn read<'s, S: Slice<'s>>(comment: Option<&Comment<S>>) -> Notes {
        let mut notes = Notes::default();
        for line in comment.into_iter().flat_map(|c| &c.content) {
            let line = line.as_ref();
            if let Some(h) = line.strip_prefix(SOURCE) {
                notes.legacy_source = Some(h.trim().to_string());
            } else if line.starts_with(STALE) {
                notes.legacy_stale = true;
            } else if !line.starts_with(CONTEXT) {
                notes.notes.push(line.to_string());
            }
        }
        notes
    }

    /// What the comment recorded before the translation record, as the
    /// record's entry for a translation whose text hashes to `translation`.
    pub fn legacy_entry(&self, translation: &str) -> Option<RecordEntry> {
        let source = self.legacy_source.as_deref()?;
        // A stale translation recorded the new English beside its mark;
        // the English it was made from is unknown, only older.
        let english = if self.legacy_stale { "" } else { source };
        Some(RecordEntry::new(english, translation))
    }
}

/// The hash of a translation as the record keeps it: of its meaning, not
/// its spelling, so that a platform's rewriting of a translation is not
/// taken for an edit.
/// - Fluent's string literals count as the text they stand for: the same
///   translation written `**Bold**` by hand and `{ "*" }*Bold**` by
///   translate-toolkit (which must escape a leading `*`, `[` or `.`).
/// - A selection counts as the text of each of its ways: moz.l10n (so
///   Pontoon) writes `PEF ({ $code -> [ueb] UEB *[other] Bharati })` as
///   `{ $code -> [ueb] PEF (UEB) *[other] PEF (Bharati) }`.
pub fn translation_hash<'s, S: Slice<'s> + Clone>(m: &Message<S>) -> String {
    // Most messages have neither: their canonical Fluent is their meaning.
    let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
    let literal_or_selection = patterns.flat_map(|p| &p.elements).any(|e| {
        matches!(
            e,
            PatternElement::Placeable {
                expression: Expression::Select { .. }
                    | Expression::Inline(InlineExpression::StringLiteral { .. })
            }
        )
    });
    if !literal_or_selection {
        return hash(&canonical(m));
    }
    let mut owned = owned(m);
    let patterns = || {
        owned
            .value
            .iter()
            .chain(owned.attributes.iter().map(|a| &a.value))
    };
    if !patterns().any(has_selection) {
        // Most messages: their canonical Fluent, literals read as text.
        if let Some(value) = &mut owned.value {
            plain(value);
        }
        for a in &mut owned.attributes {
            plain(&mut a.value);
        }
        return hash(&canonical(&owned));
    }
    let mut parts = Vec::new();
    if let Some(value) = &owned.value {
        parts.push(meaning("", value));
    }
    for a in &owned.attributes {
        parts.push(meaning(&format!(".{}", a.id.name), &a.value));
    }
    hash(&parts.join("\n"))
}

fn has_selection(p: &Pattern<String>) -> bool {
    p.elements.iter().any(|e| {
        matches!(
            e,
            PatternElement::Placeable {
                expression: Expression::Select { .. }
            }
        )
    })
}

/// One way a pattern's selections can go: the keys chosen, and the
/// pattern's elements then.
type Way = (Vec<String>, Vec<PatternElement<String>>);

/// Each way `p` can go, one per line, sorted: `name[selector=key,…]text`.
fn meaning(name: &str, p: &Pattern<String>) -> String {
    let mut ways: Vec<Way> = vec![(Vec::new(), Vec::new())];
    expand(p, &mut ways);
    let mut lines: Vec<String> = ways
        .into_iter()
        .map(|(mut keys, elements)| {
            keys.sort();
            let mut pattern = Pattern { elements };
            plain(&mut pattern);
            format!("{name}[{}]{}", keys.join(","), pattern_text(pattern))
        })
        .collect();
    lines.sort();
    lines.join("\n")
}

/// `pattern` as Fluent writes it after `id =`.
fn pattern_text(pattern: Pattern<String>) -> String {
    canonical(&Message {
        id: Identifier {
            name: "x".to_string(),
        },
        value: Some(pattern),
        attributes: Vec::new(),
        comment: None,
    })
}

/// Extends each of `ways` by `p`: its elements, and for a selection, one
/// way per variant (with the variant's own selections, recursively).
fn expand(p: &Pattern<String>, ways: &mut Vec<Way>) {
    for e in &p.elements {
        let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = e
        else {
            for (_, elements) in ways.iter_mut() {
                elements.push(e.clone());
            }
            continue;
        };
        let selector = pattern_text(Pattern {
            elements: vec![PatternElement::Placeable {
                expression: Expression::Inline(selector.clone()),
            }],
        });
        let mut next = Vec::new();
        for (keys, elements) in ways.drain(..) {
            for v in variants {
                let key = match &v.key {
                    fluent_syntax::ast::VariantKey::Identifier { name } => name,
                    fluent_syntax::ast::VariantKey::NumberLiteral { value } => value,
                };
                let mut chosen = keys.clone();
                chosen.push(format!(
                    "{}={key}{}",
                    str::trim(&selector),
                    if v.default { "*" } else { "" }
                ));
                let mut sub = vec![(chosen, elements.clone())];
                expand(&v.value, &mut sub);
                next.extend(sub);
            }
        }
        *ways = next;
    }
}

/// A message as owned strings, without its comment: written and read
/// again, which is exact (the serializer writes what the parser reads).
pub fn owned<'s, S: Slice<'s> + Clone>(m: &Message<S>) -> Message<String> {
    let text = serialize(&Message {
        comment: None,
        ..m.clone()
    });
    let parsed = match fluent_syntax::parser::parse(text) {
        Ok(r) | Err((r, _)) => r,
    };
    parsed
        .body
        .into_iter()
        .find_map(|e| match e {
            Entry::Message(m) => Some(m),
            _ => None,
        })
        .unwrap_or_else(|| text_message(m.id.name.as_ref(), ""))
}

/// Turns the string literals of `p` (and of its selections' variants) into
/// the text they stand for, joined to the text around them.
fn plain(p: &mut Pattern<String>) {
    let mut elements: Vec<PatternElement<String>> = Vec::new();
    for e in std::mem::take(&mut p.elements) {
        let text = match e {
            PatternElement::TextElement { value } => value,
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => fluent_syntax::unicode::unescape_unicode_to_string(&value).into_owned(),
            PatternElement::Placeable { mut expression } => {
                if let Expression::Select { variants, .. } = &mut expression {
                    for v in variants {
                        plain(&mut v.value);
                    }
                }
                elements.push(PatternElement::Placeable { expression });
                continue;
            }
        };
        match elements.last_mut() {
            Some(PatternElement::TextElement { value }) => value.push_str(&text),
            _ => elements.push(PatternElement::TextElement { value: text }),
        }
    }
    p.elements = elements;
}

/// The variables a message's value and attributes use.
pub fn variables<'s, S: Slice<'s>>(m: &Message<S>) -> BTreeSet<String> {
    variable_uses(m).into_iter().map(str::to_string).collect()
}

/// The variables a message uses, each as the text where it is first named
/// (a slice of the file's source, when the message was parsed from one).
pub fn variable_uses<'m, 's, S: Slice<'s>>(m: &'m Message<S>) -> Found<'m> {
    let mut out = BTreeSet::new();
    if let Some(value) = &m.value {
        pattern(value, &mut out);
    }
    for attribute in &m.attributes {
        pattern(&attribute.value, &mut out);
    }
    out
}

pub type Found<'m> = BTreeSet<&'m str>;

fn pattern<'m, 's, S: Slice<'s>>(p: &'m Pattern<S>, out: &mut Found<'m>) {
    inline_expressions(p, &mut |i| {
        if let InlineExpression::VariableReference { id } = i {
            // A set keeps the first of equal names: the first use.
            out.insert(id.name.as_ref());
        }
    });
}

/// Calls `f` on every inline expression of `p`, depth first: placeables,
/// the selectors and variants of selections, and the arguments of
/// functions and terms. The variable check here and the glossary check
/// (`terms.rs`) both look through messages with it.
pub fn inline_expressions<'m, 's, S: Slice<'s>>(
    p: &'m Pattern<S>,
    f: &mut dyn FnMut(&'m InlineExpression<S>),
) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expr(expression, f);
        }
    }
}

fn expr<'m, 's, S: Slice<'s>>(e: &'m Expression<S>, f: &mut dyn FnMut(&'m InlineExpression<S>)) {
    match e {
        Expression::Select { selector, variants } => {
            inline(selector, f);
            for v in variants {
                inline_expressions(&v.value, f);
            }
        }
        Expression::Inline(i) => inline(i, f),
    }
}

fn inline<'m, 's, S: Slice<'s>>(
    i: &'m InlineExpression<S>,
    f: &mut dyn FnMut(&'m InlineExpression<S>),
) {
    f(i);
    match i {
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline(a, f);
            }
            for a in &arguments.named {
                inline(&a.value, f);
            }
        }
        InlineExpression::Placeable { expression } => expr(expression, f),
        _ => {}
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
    fn a_platforms_escaped_leading_markup_is_the_same_translation() {
        let h = |src: &str| match &fluent_syntax::parser::parse(src).unwrap().body[0] {
            Entry::Message(m) => translation_hash(m),
            _ => panic!(),
        };
        assert_eq!(h("x = **Bold** text\n"), h("x = { \"*\" }*Bold** text\n"));
        assert_eq!(h("x = [a](b)\n"), h("x =\n    { \"[\" }a](b)\n"));
        assert_ne!(h("x = **Bold** text\n"), h("x = **Bold** texts\n"));
        assert_eq!(
            h("x = { $n ->\n    [one] { \".\" }one\n   *[other] many\n}\n"),
            h("x = { $n ->\n    [one] .one\n   *[other] many\n}\n")
        );
        // moz.l10n's way of writing a selection inside text.
        let inside =
            h("x = PEF ({ $code ->\n    [ueb] UEB\n   *[other] Bharati\n}, { $l }) { $s }\n");
        let outside = h("x = { $code ->\n    [ueb] PEF (UEB, { $l }) { $s }\n   *[other] PEF (Bharati, { $l }) { $s }\n}\n");
        assert_eq!(inside, outside);
        // But not another default, nor other text.
        assert_ne!(
            inside,
            h("x = { $code ->\n   *[ueb] PEF (UEB, { $l }) { $s }\n    [other] PEF (Bharati, { $l }) { $s }\n}\n")
        );
        assert_ne!(
            inside,
            h("x = { $code ->\n    [ueb] PEF (UEB, { $l }) { $s }\n   *[other] PEF (Bharat, { $l }) { $s }\n}\n")
        );
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
        let notes = Notes::read(m.comment.as_ref());
        assert_eq!(notes.legacy_source.as_deref(), Some("0a1b2c3d"));
        assert!(notes.legacy_stale);
        assert_eq!(notes.notes, vec!["Keep it short."]);
        // A stale mark becomes "made from some older English".
        assert_eq!(notes.legacy_entry("t").unwrap(), RecordEntry::new("", "t"));
    }
}
