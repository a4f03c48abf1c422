//! Every check of the translations that fails a build, together: the
//! variables and attributes of each translation against its English, the
//! glossary's terms, and the script text is written in.

use super::english::{self, English, EnglishFile};
use super::locales::{FtlFile, Locales};
use super::{attributes, placeables, script, terms};
use crate::diagnostic::Diagnostics;

/// Every check of the translations that fails a build: variables and
/// attributes that differ from the English, and text in the wrong script.
/// (Syntax errors and duplicate ids are refused when the files are read.)
pub fn check(locales: &Locales, english: &English) -> Diagnostics {
    let mut out = check_messages(locales, english);
    out.extend(check_terms(locales, |lang| terms::glossary(locales, lang)));
    out
}

/// [`check`] without the glossary's terms: variables, attributes, scripts.
pub fn check_messages(locales: &Locales, english: &English) -> Diagnostics {
    let mut out = placeables::check(english.translations(locales));
    out.extend(attributes::check(english.translations(locales)));
    out.extend(script::check(locales));
    out.extend(script::latin_only(english.translations(locales)));
    out
}

/// Every term the theme's, the site's and the glossary's own strings in
/// `locales` use is defined in the language's glossary, as `glossary`
/// gives it (the files' own, or the site's when only some files changed).
pub fn check_terms(
    locales: &Locales,
    glossary: impl Fn(&str) -> std::collections::BTreeSet<String>,
) -> Diagnostics {
    let mut out = Diagnostics::default();
    for (lang, files) in &locales.files {
        let glossary = glossary(lang);
        for (stem, file) in files {
            let path = format!("locales/{lang}/{stem}.ftl");
            out.extend(terms::check_file(&path, file, &glossary));
        }
    }
    out
}

/// [`check`] for one translation file of `lang`, shown as `path`, against
/// its English `en` if there is one, with the terms of the language's
/// `glossary`.
pub fn check_file(
    lang: &str,
    path: &str,
    file: &FtlFile,
    en: Option<&EnglishFile>,
    glossary: &std::collections::BTreeSet<String>,
) -> Diagnostics {
    let mut out = terms::check_file(path, file, glossary);
    if let Some(en) = en {
        out.extend(placeables::check(english::pairs(
            path.to_string(),
            file,
            en,
        )));
        out.extend(attributes::check(english::pairs(
            path.to_string(),
            file,
            en,
        )));
        out.extend(script::latin_only(english::pairs(
            path.to_string(),
            file,
            en,
        )));
    }
    out.extend(script::check_file(lang, path, file));
    out
}
