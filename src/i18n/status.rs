//! `compact-press i18n status`, and the coverage a loaded site keeps: how
//! far every language has got with the theme's, the site's and every
//! publication's strings (see `coverage.rs`).

use super::coverage::{measure_file, Coverage};
use super::english::English;
use super::locales::{Locales, SITE_STEM, UI_STEM};
use super::translations::Translations;
use crate::diagnostic::{Diagnostic, Diagnostics};

/// Measures the theme's and the site's translations (`locales`, against
/// `english` and each language's record) of each language of `languages`
/// other than English, and the publications' (`publications`, measured
/// when they were read).
pub fn measure(
    english: &English,
    locales: &Locales,
    languages: &[String],
    publications: &Translations,
) -> Coverage {
    let mut files = Vec::new();
    for lang in languages.iter().filter(|l| *l != "en") {
        let record = locales.record(lang);
        for stem in [UI_STEM, SITE_STEM] {
            let en = english.file(stem);
            // The theme's English is the file translators are given.
            let given = en
                .filter(|e| e.extracted)
                .and_then(|_| locales.record("en"))
                .and_then(|r| r.file(stem));
            files.extend(measure_file(
                lang,
                stem,
                locales.get(lang, stem),
                en,
                record.and_then(|r| r.file(stem)),
                given,
            ));
        }
        files.extend(publications.coverage(lang).cloned());
    }
    Coverage { files }
}

/// Measures again, into `coverage`, the translations `touched` names
/// (language, file stem): a file read again, or a publication whose
/// English changed. The rest stays as it was measured.
pub fn remeasure(
    coverage: &mut Coverage,
    english: &English,
    locales: &Locales,
    publications: &Translations,
    touched: &std::collections::BTreeSet<(String, String)>,
) {
    for (lang, stem) in touched.iter().filter(|(l, _)| l != "en") {
        let now = if stem == UI_STEM || stem == SITE_STEM {
            let en = english.file(stem);
            let given = en
                .filter(|e| e.extracted)
                .and_then(|_| locales.record("en"))
                .and_then(|r| r.file(stem));
            measure_file(
                lang,
                stem,
                locales.get(lang, stem),
                en,
                locales.record(lang).and_then(|r| r.file(stem)),
                given,
            )
        } else {
            publications.coverage_of(lang, stem).cloned()
        };
        let at = coverage
            .files
            .iter()
            .position(|f| &f.lang == lang && &f.stem == stem);
        match (at, now) {
            (Some(i), Some(f)) => coverage.files[i] = f,
            (Some(i), None) => {
                coverage.files.remove(i);
            }
            (None, Some(f)) => coverage.files.push(f),
            (None, None) => {}
        }
    }
}

/// `compact-press i18n status`: the coverage of the site at `site`, of
/// every language or only `lang`.
pub fn run(site: &std::path::Path, lang: Option<&str>) -> Result<Coverage, Diagnostics> {
    let content = crate::content::load(site)?;
    let languages: Vec<String> = match lang {
        None => content.config.languages.clone(),
        Some(l) if content.config.languages.iter().any(|c| c == l) => {
            vec!["en".to_string(), l.to_string()]
        }
        Some(l) => {
            return Err(Diagnostic::error(
                "content/site.yaml",
                format!("`{l}` is not one of the site's languages"),
                format!("use one of {}", content.config.languages.join(", ")),
            )
            .into())
        }
    };
    let locales = super::locales::load(site, &languages)?;
    let english = English::new(&content, &locales);
    let (translations, problems) = Translations::load(site, &content, &languages, &locales);
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(measure(&english, &locales, &languages, &translations))
}
