//! Placeable check: a translation must use exactly the variables its
//! English message uses. A misspelt `{ $phon }` would print nothing where
//! the phone number belongs, and a dropped `{ $phone }` loses it silently;
//! both are errors naming the file, line, column and message. (Mozilla's
//! compare-locales only warns about the first.)

use super::english::Pair;
use super::source::variable_uses;
use crate::diagnostic::{Diagnostic, Diagnostics};
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
        let found = variable_uses(m);
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
