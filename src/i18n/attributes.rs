//! Shape check: a translation must have what its English has, a value and
//! the same attributes (`.title = …`). A template asking for an attribute a
//! translation lacks would get nothing, and an attribute the English lacks
//! is never shown. Each difference is an error at the message or attribute.

use super::english::Pair;
use crate::diagnostic::{Diagnostic, Diagnostics};

pub fn check<'a>(pairs: impl Iterator<Item = Pair<'a>>) -> Diagnostics {
    let mut out = Diagnostics::default();
    for Pair {
        path,
        source,
        message: m,
        english: want,
    } in pairs
    {
        let at = |d: Diagnostic, slice: &str| d.at_slice(source, slice);
        let id = m.id.name;
        if want.has_value && m.value.is_none() {
            out.push(at(
                Diagnostic::error(
                    &path,
                    format!("message `{id}` has no text, but the English has"),
                    format!("write the translation after `{id} =`"),
                ),
                id,
            ));
        } else if !want.has_value && m.value.is_some() {
            out.push(at(
                Diagnostic::error(
                    &path,
                    format!(
                        "message `{id}` has text after `=`, but the English has only attributes"
                    ),
                    "move the text into the attributes the English has",
                ),
                id,
            ));
        }
        for a in &m.attributes {
            if !want.attributes.iter().any(|w| w == a.id.name) {
                out.push(at(
                    Diagnostic::error(
                        &path,
                        format!(
                            "message `{id}` has an attribute `.{}` that the English does not have",
                            a.id.name
                        ),
                        attribute_help(&want.attributes),
                    ),
                    a.id.name,
                ));
            }
        }
        for w in &want.attributes {
            if !m.attributes.iter().any(|a| a.id.name == w) {
                out.push(at(
                    Diagnostic::error(
                        &path,
                        format!(
                            "message `{id}` leaves out the attribute `.{w}`, which the English has"
                        ),
                        format!("add `.{w} = …` under `{id}`, indented, and translate it"),
                    ),
                    id,
                ));
            }
        }
    }
    out
}

fn attribute_help(english: &[String]) -> String {
    if english.is_empty() {
        "the English has no attributes: remove this line".to_string()
    } else {
        let names: Vec<String> = english.iter().map(|a| format!("`.{a}`")).collect();
        format!(
            "the English has {}: use those names, letter for letter",
            names.join(", ")
        )
    }
}
