//! Placeable check: a translation must use exactly the variables its
//! English message uses. A misspelt `{ $phon }` would print nothing where
//! the phone number belongs, and a dropped `{ $phone }` loses it silently;
//! both are errors naming the file, line, column and message.

use super::locales::Locales;
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// Compares every translated message's variables with its English.
pub fn check(locales: &Locales) -> Diagnostics {
    let mut out = Diagnostics::default();
    let english: BTreeMap<&str, BTreeMap<String, BTreeSet<String>>> = locales
        .files
        .get("en")
        .map(|files| {
            files
                .iter()
                .map(|(stem, f)| (stem.as_str(), variables_by_message(f.resource.entries())))
                .collect()
        })
        .unwrap_or_default();
    for (lang, files) in &locales.files {
        if lang == "en" {
            continue;
        }
        for (stem, file) in files {
            let source = file.resource.source();
            let path = format!("locales/{lang}/{stem}.ftl");
            let theirs = variables_by_message(file.resource.entries());
            for (id, vars) in &theirs {
                // Publications' English comes from YAML, which has no
                // variables; a message English lacks is reported elsewhere.
                let empty = BTreeSet::new();
                let want = match english.get(stem.as_str()) {
                    Some(messages) => match messages.get(id) {
                        Some(v) => v,
                        None if stem == "ui" => continue,
                        None => &empty,
                    },
                    None => &empty,
                };
                let at = |d: Diagnostic| match message_offset(source, id) {
                    Some(o) => d.at_offset(source, o),
                    None => d,
                };
                for extra in vars.difference(want) {
                    let help = if want.is_empty() {
                        "the English has no variables here: remove it and write the text itself"
                            .to_string()
                    } else {
                        format!(
                            "the English uses {}: use the same names, letter for letter",
                            list(want)
                        )
                    };
                    out.push(at(Diagnostic::error(
                        &path,
                        format!(
                            "message `{id}` uses {{ ${extra} }}, which the English does not have"
                        ),
                        help,
                    )));
                }
                for missing in want.difference(vars) {
                    out.push(at(Diagnostic::error(
                        &path,
                        format!("message `{id}` leaves out {{ ${missing} }}, which the English has"),
                        format!("put {{ ${missing} }} where it belongs in the sentence; without it readers lose that part"),
                    )));
                }
            }
        }
    }
    out
}

fn list(vars: &BTreeSet<String>) -> String {
    vars.iter()
        .map(|v| format!("{{ ${v} }}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where `id = …` starts in a `.ftl` source.
fn message_offset(source: &str, id: &str) -> Option<usize> {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                return Some(offset);
            }
        }
        offset += line.len();
    }
    None
}

/// Message id → the variables its value and attributes use.
fn variables_by_message<'s>(
    entries: impl Iterator<Item = &'s Entry<&'s str>>,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in entries {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern(value, &mut vars);
            }
            for attribute in &m.attributes {
                pattern(&attribute.value, &mut vars);
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expr(expression, out);
        }
    }
}

fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                pattern(&v.value, out);
            }
        }
        Expression::Inline(i) => inline(i, out),
    }
}

fn inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, out);
            }
            for a in &arguments.named {
                inline(&a.value, out);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline(a, out);
            }
            for a in &arguments.named {
                inline(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr(expression, out),
        _ => {}
    }
}
