//! What only a person can say about a translation, written into the
//! translation record (`record.rs`): `i18n reviewed` (a native speaker has
//! checked a language's files, so readers are no longer told they are
//! machine-assisted) and `i18n confirm` (a stale translation is still right
//! for the new English, so it need not change).

use super::coverage::given_hash;
use super::english::English;
use super::locales;
use super::record::{self, Entry, Review};
use crate::diagnostic::{Diagnostic, Diagnostics};
use std::path::{Path, PathBuf};

/// The language's files that exist, by stem: every `.ftl` but the glossary.
fn stems(site: &Path, lang: &str) -> Vec<String> {
    let mut out = locales::stems(site, lang);
    out.retain(|s| s != locales::TERMS_STEM);
    out
}

fn translated_language(site: &Path, lang: &str) -> Result<(), Diagnostics> {
    let content = crate::content::load(site)?;
    if lang == "en" || !content.config.languages.iter().any(|l| l == lang) {
        return Err(Diagnostic::error(
            "content/site.yaml",
            format!("`{lang}` is not one of the site's translated languages"),
            format!("use one of {}", content.config.languages[1..].join(", ")),
        )
        .into());
    }
    Ok(())
}

/// `compact-press i18n reviewed <lang> [<file>…]`: records `review` for
/// the named files of `lang` (stems, as `ui` or a publication's slug), or
/// all its files. Returns the files whose status changed.
pub fn set_review(
    site: &Path,
    lang: &str,
    files: &[String],
    review: Review,
) -> Result<Vec<String>, Diagnostics> {
    translated_language(site, lang)?;
    let have = stems(site, lang);
    let mut problems = Diagnostics::default();
    for f in files.iter().filter(|f| !have.contains(f)) {
        problems.push(Diagnostic::error(
            PathBuf::from("locales").join(lang).join(format!("{f}.ftl")),
            format!("there is no such file to review in {lang}"),
            format!("name a file by its name without .ftl: {}", have.join(", ")),
        ));
    }
    if problems.has_errors() {
        return Err(problems);
    }
    let chosen = if files.is_empty() {
        have
    } else {
        files.to_vec()
    };
    let mut now = record::load(site, lang)?;
    let mut changed = Vec::new();
    for stem in chosen {
        let mut file = now.file(&stem).cloned().unwrap_or_default();
        if file.review != Some(review) {
            file.review = Some(review);
            now.set(&stem, file);
            changed.push(stem);
        }
    }
    record::save(site, lang, &now)?;
    Ok(changed)
}

/// `compact-press i18n confirm <lang> <id>…`: records the translations of
/// messages `ids` in `lang` as made from their current English, so a stale
/// translation that is still right stops being stale without changing it.
/// Returns how many were stale before.
pub fn confirm(site: &Path, lang: &str, ids: &[String]) -> Result<usize, Diagnostics> {
    translated_language(site, lang)?;
    let (_, english) = English::load(site)?;
    let mut now = record::load(site, lang)?;
    let given = record::load(site, "en")?;
    let mut problems = Diagnostics::default();
    let mut was_stale = 0;
    for id in ids {
        let Some(en) = english.files.values().find(|f| f.get(id).is_some()) else {
            problems.push(Diagnostic::error(
                PathBuf::from("locales/en"),
                format!("no English message is called `{id}`"),
                "copy the id from `compact-press i18n status --lang` or from the translation file",
            ));
            continue;
        };
        let shown = PathBuf::from("locales")
            .join(lang)
            .join(format!("{}.ftl", en.stem));
        let file = match locales::read(site, &site.join(&shown)) {
            Ok(f) => f,
            Err(d) => {
                problems.extend(d);
                continue;
            }
        };
        let Some(t) = file.messages.get(id) else {
            problems.push(Diagnostic::error(
                &shown,
                format!("`{id}` is not translated in this file, so there is nothing to confirm"),
                "translate it first",
            ));
            continue;
        };
        let Some(m) = en.get(id) else { continue };
        let english_hash = m.hash.clone();
        let given = given.file(&en.stem).filter(|_| en.extracted);
        let mut record = now.file(&en.stem).cloned().unwrap_or_default();
        let recorded = record.messages.get(id.as_str()).or(t.legacy.as_ref());
        let judged = record::judge(recorded, &english_hash, &t.hash, given_hash(given, m));
        if judged.0 == record::Status::Stale {
            was_stale += 1;
        }
        record
            .messages
            .insert(id.as_str().into(), Entry::new(&english_hash, &t.hash));
        now.set(&en.stem, record);
    }
    if problems.has_errors() {
        return Err(problems);
    }
    record::save(site, lang, &now)?;
    Ok(was_stale)
}
