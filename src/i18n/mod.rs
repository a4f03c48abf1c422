//! Languages, scripts, Fluent translations and the translators' workflow,
//! locale-aware numbers, dates and sorting.
//!
//! The English every translation is made from is in [`english`]; the
//! translators' files are read by [`locales`] and checked by [`check`];
//! [`coverage`] says how far each language has got; [`extract`] and
//! [`update`] write the files translators work in ([`layout`]), recording
//! which English each translation was made from ([`source`]).

pub mod attributes;
pub mod collation;
pub mod coverage;
pub mod dates;
pub mod english;
pub mod extract;
pub mod language;
pub mod layout;
pub mod locales;
pub mod memory;
pub mod numbers;
pub mod placeables;
pub mod script;
pub mod source;
pub mod terms;
pub mod translations;
pub mod translator;
pub mod update;

use crate::diagnostic::Diagnostics;

/// Every check of the translations that fails a build: variables and
/// attributes that differ from the English, and text in the wrong script.
/// (Syntax errors and duplicate ids are refused when the files are read.)
pub fn check(locales: &locales::Locales, english: &english::English) -> Diagnostics {
    let mut out = check_messages(locales, english);
    out.extend(check_terms(locales, |lang| locales.glossary(lang)));
    out
}

/// [`check`] without the glossary's terms: variables, attributes, scripts.
pub fn check_messages(locales: &locales::Locales, english: &english::English) -> Diagnostics {
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
    locales: &locales::Locales,
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
    file: &locales::FtlFile,
    en: Option<&english::EnglishFile>,
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
