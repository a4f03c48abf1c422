//! Placeable check: a translation must use exactly the variables its
//! English message uses. A misspelt `{ $phon }` would print nothing where
//! the phone number belongs, and a dropped `{ $phone }` loses it silently;
//! both are errors naming the file, line, column and message. (Mozilla's
//! compare-locales only warns about the first.)

use super::english::Pair;
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_syntax::ast::{Expression, InlineExpression, Message, Pattern, PatternElement};
use fluent_syntax::parser::Slice;
use std::collections::BTreeSet;

/// Compares every translated message's variables with its English.
/// Messages the English lacks are obsolete, reported by coverage.
pub fn check<'a>(pairs: impl Iterator<Item = Pair<'a>>) -> Diagnostics {
    let mut out = Diagnostics::default();
    for Pair {
        path,
        source,
        message: m,
        english: en,
    } in pairs
    {
        let want = &en.variables;
        let id = m.id.name;
        let at = |d: Diagnostic, slice: &str| d.at_slice(source, slice);
        let found = uses(m);
        let have: BTreeSet<String> = found.iter().map(|v| v.to_string()).collect();
        for extra in have.difference(want) {
            let help = if want.is_empty() {
                "the English has no variables here: remove it and write the text itself".to_string()
            } else {
                format!(
                    "the English uses {}: use the same names, letter for letter",
                    list(want)
                )
            };
            let d = Diagnostic::error(
                &path,
                format!("message `{id}` uses {{ ${extra} }}, which the English does not have"),
                help,
            );
            // The misspelt name itself, where the file first uses it.
            let name = found.get(extra.as_str()).copied().unwrap_or(id);
            out.push(at(d, name));
        }
        for missing in want.difference(&have) {
            let d = Diagnostic::error(
                &path,
                format!("message `{id}` leaves out {{ ${missing} }}, which the English has"),
                format!("put {{ ${missing} }} where it belongs in the sentence; without it readers lose that part"),
            );
            out.push(at(d, id));
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

/// The variables a message's value and attributes use.
pub fn variables<'s, S: Slice<'s>>(m: &Message<S>) -> BTreeSet<String> {
    uses(m).into_iter().map(str::to_string).collect()
}

/// The variables a message uses, each as the text where it is first named
/// (a slice of the file's source, when the message was parsed from one).
fn uses<'m, 's, S: Slice<'s>>(m: &'m Message<S>) -> Found<'m> {
    let mut out = BTreeSet::new();
    if let Some(value) = &m.value {
        pattern(value, &mut out);
    }
    for attribute in &m.attributes {
        pattern(&attribute.value, &mut out);
    }
    out
}

type Found<'m> = BTreeSet<&'m str>;

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
