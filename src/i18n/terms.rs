//! The glossary: `locales/<lang>/terms.ftl` defines Fluent terms
//! (`-compact = কমপ্যাক্ট`) that every bundle of the language loads, so a
//! translation writes `{ -compact }` and "Compact" is one word everywhere
//! in the language, changed in one place. `locales/en/terms.ftl` names the
//! terms and their meaning for translators (and for compare-locales, which
//! then checks that each language defines them all); English messages come
//! from the YAML and do not use it.
//!
//! A translation that uses a term its language does not define would print
//! the term's name; `check` refuses it, naming the file, line and column.

use super::locales::{FtlFile, Locales, TERMS_STEM};
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, InlineExpression, Pattern};
use std::collections::BTreeSet;

/// The terms language `lang`'s glossary (`terms.ftl`) in `locales` defines.
pub fn glossary(locales: &Locales, lang: &str) -> BTreeSet<String> {
    defined(locales.get(lang, TERMS_STEM).map(|f| &*f.resource))
}

/// The terms a glossary defines, with their leading `-`.
pub fn defined(glossary: Option<&FluentResource>) -> BTreeSet<String> {
    let Some(glossary) = glossary else {
        return BTreeSet::new();
    };
    glossary
        .entries()
        .filter_map(|e| match e {
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// Errors for every term the messages and terms of `file` (shown as
/// `path`) use that neither `glossary` nor the file itself defines.
pub fn check_file(path: &str, file: &FtlFile, glossary: &BTreeSet<String>) -> Diagnostics {
    let own = defined(Some(&file.resource));
    let source = file.resource.source();
    let mut out = Diagnostics::default();
    for entry in file.resource.entries() {
        let (name, patterns): (String, Vec<&Pattern<&str>>) = match entry {
            Entry::Message(m) => (
                m.id.name.to_string(),
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let mut used = Vec::new();
        for p in patterns {
            pattern(p, &mut used);
        }
        for term in used {
            let full = format!("-{term}");
            if glossary.contains(&full) || own.contains(&full) {
                continue;
            }
            let lang = path.split('/').nth(1).unwrap_or("<lang>");
            out.push(
                Diagnostic::error(
                    path,
                    format!("`{name}` uses {{ {full} }}, which locales/{lang}/terms.ftl does not define"),
                    format!(
                        "define `{full} = …` in locales/{lang}/terms.ftl (the terms are listed in locales/en/terms.ftl), or check the spelling"
                    ),
                )
                .at_slice(source, term),
            );
        }
    }
    out
}

/// The names of the terms `p` refers to, in order, as slices of the source.
fn pattern<'s>(p: &Pattern<&'s str>, out: &mut Vec<&'s str>) {
    super::source::inline_expressions(p, &mut |i| {
        if let InlineExpression::TermReference { id, .. } = i {
            out.push(id.name);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::locales::parse;
    use std::path::Path;

    fn file(src: &str) -> FtlFile {
        parse(src, Path::new("locales/bn/x.ftl")).unwrap()
    }

    #[test]
    fn a_term_the_glossary_defines_is_accepted() {
        let glossary = defined(Some(&file("-compact = কমপ্যাক্ট\n").resource));
        let f =
            file("a = এই { -compact }ের কথা\nb = { $n ->\n *[one] { -compact }\n [other] x\n}\n");
        assert!(check_file("locales/bn/x.ftl", &f, &glossary).0.is_empty());
    }

    #[test]
    fn an_unknown_term_is_an_error_at_its_place() {
        let glossary = defined(Some(&file("-compact = কমপ্যাক্ট\n").resource));
        let f = file("a = এই\nb = { -compcat }ের\n");
        let d = check_file("locales/bn/x.ftl", &f, &glossary);
        assert_eq!(d.0.len(), 1);
        assert_eq!((d.0[0].line, d.0[0].column), (Some(2), Some(8)));
        assert!(d.0[0].message.contains("{ -compcat }"), "{}", d.0[0]);
    }
}
