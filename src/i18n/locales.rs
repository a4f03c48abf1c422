//! Reading `locales/<lang>/*.ftl`: the theme's strings (`ui.ftl`), the
//! site's (`site.ftl`), the glossary (`terms.ftl`) and each publication's
//! translations (`<slug>.ftl`).
//! Syntax errors and duplicate message ids are reported with file, line and
//! column. Each language's translation record (`record.rs`) is read with
//! its files.

use super::record::{self, Entry, Record};
use super::source::{self, Notes};
use crate::diagnostic::{offset_in, relative, Diagnostic, Diagnostics};
use fluent_bundle::FluentResource;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

/// `locales/<lang>/site.ftl` translates `content/site.yaml`.
pub const SITE_STEM: &str = "site";

/// `locales/<lang>/ui.ftl` holds the theme's strings.
pub const UI_STEM: &str = "ui";

/// `locales/<lang>/terms.ftl` is the language's glossary.
pub const TERMS_STEM: &str = "terms";

/// One parsed `.ftl` file.
#[derive(Debug)]
pub struct FtlFile {
    pub resource: Arc<FluentResource>,
    /// The file's header says its translation was machine-assisted and not
    /// yet reviewed (`### review-status: machine-assisted`), as sites said
    /// before the record kept it.
    pub legacy_machine_assisted: bool,
    /// Each message's translation, by id.
    pub messages: HashMap<String, Translated>,
}

/// One message of a file, as the record sees it.
#[derive(Debug, Clone)]
pub struct Translated {
    /// The hash of its text (`source::translation_hash`).
    pub hash: String,
    /// What its comment recorded, on a site from before the record.
    pub legacy: Option<Entry>,
}

impl FtlFile {
    /// Byte offset of message `id`'s definition in the file's source.
    pub fn offset_of(&self, id: &str) -> Option<usize> {
        let source = self.resource.source();
        self.resource.entries().find_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) if m.id.name == id => {
                offset_in(source, m.id.name)
            }
            _ => None,
        })
    }
}

/// The theme's and the site's `.ftl` files of every language: lang → file
/// stem → file.
#[derive(Debug, Default)]
pub struct Locales {
    pub files: BTreeMap<String, BTreeMap<String, FtlFile>>,
    /// Each language's translation record, as read.
    pub records: BTreeMap<String, Record>,
}

impl Locales {
    pub fn get(&self, lang: &str, stem: &str) -> Option<&FtlFile> {
        self.files.get(lang).and_then(|f| f.get(stem))
    }

    /// Language `lang`'s record, as read (empty if it has none).
    pub fn record(&self, lang: &str) -> Option<&Record> {
        self.records.get(lang)
    }

    /// Each language's glossary (`terms.ftl`), for the bundles to load.
    pub fn terms(&self) -> BTreeMap<String, Arc<FluentResource>> {
        self.files
            .iter()
            .filter_map(|(lang, files)| {
                let f = files.get(TERMS_STEM)?;
                Some((lang.clone(), Arc::clone(&f.resource)))
            })
            .collect()
    }

    /// The ids of the theme's strings: the messages of `locales/en/ui.ftl`.
    pub fn ui_ids(&self) -> Vec<String> {
        let Some(file) = self.get("en", UI_STEM) else {
            return Vec::new();
        };
        file.resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }
}

/// Reads the theme's and the site's `.ftl` files (`ui.ftl`, `site.ftl`)
/// of `languages` under `site/locales/`.
pub fn load(site: &Path, languages: &[String]) -> Result<Locales, Diagnostics> {
    let mut problems = Diagnostics::default();
    let mut locales = Locales::default();
    for lang in languages {
        let dir = site.join("locales").join(lang);
        let mut paths: Vec<_> = match std::fs::read_dir(&dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                // The theme's and the site's strings; publications' files
                // are read by `translations.rs`, a publication at a time.
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n == "ui.ftl" || n == "site.ftl" || n == "terms.ftl")
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        paths.sort();
        let files = locales.files.entry(lang.clone()).or_default();
        for path in paths {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            match read(site, &path) {
                Ok(file) => {
                    files.insert(stem, file);
                }
                Err(d) => problems.extend(d),
            }
        }
        if !files.contains_key(UI_STEM) {
            problems.push(missing_ui(site, lang));
        }
    }
    // The records are the largest files (a line per message of every
    // file): read side by side.
    use rayon::prelude::*;
    let records: Vec<_> = languages
        .par_iter()
        .map(|lang| (lang, record::load(site, lang)))
        .collect();
    for (lang, record) in records {
        match record {
            Ok(r) => {
                locales.records.insert(lang.clone(), r);
            }
            Err(d) => problems.extend(d),
        }
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(locales)
    }
}

/// The stems of every `.ftl` file in `locales/<lang>/` of the site at
/// `site`, sorted: `ui`, `site`, `terms` and publications' slugs alike.
pub fn stems(site: &Path, lang: &str) -> Vec<String> {
    let Ok(dir) = std::fs::read_dir(site.join("locales").join(lang)) else {
        return Vec::new();
    };
    let mut out: Vec<String> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .filter_map(|p| p.file_stem().and_then(|s| s.to_str()).map(str::to_string))
        .collect();
    out.sort();
    out
}

/// The error for a language without its theme's strings.
pub fn missing_ui(site: &Path, lang: &str) -> Diagnostic {
    Diagnostic::error(
        relative(site, &site.join("locales").join(lang).join("ui.ftl")),
        format!("the theme's strings for `{lang}` are missing"),
        "copy locales/en/ui.ftl to this path and translate it, or run `compact-press i18n update` for the language",
    )
}

/// Reads and parses the `.ftl` file at `path`.
pub fn read(site: &Path, path: &Path) -> Result<FtlFile, Diagnostics> {
    let shown = relative(site, path);
    let source = crate::diagnostic::read_text(path, &shown).map_err(|e| match e {
        crate::diagnostic::ReadError::Missing => Diagnostic::error(
            &shown,
            "cannot read: the file was removed while being read",
            "build again",
        ),
        crate::diagnostic::ReadError::Other(d) => d,
    })?;
    parse(&source, &shown)
}

/// Parses one `.ftl` source, refusing syntax errors and duplicate ids.
pub fn parse(source: &str, shown: &Path) -> Result<FtlFile, Diagnostics> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(syntax_errors(
                source,
                shown,
                errors,
                "each message is `id = text`; continuation lines are indented; write a literal { as {\"{\"}",
            ))
        }
    };
    let mut problems = Diagnostics::default();
    let mut seen = std::collections::HashSet::new();
    // fluent-bundle's runtime parser drops comments, so the file-level
    // marker is found by reading the lines themselves.
    let legacy_machine_assisted = source.lines().any(|l| l.trim() == LEGACY_REVIEW);
    for entry in resource.entries() {
        use fluent_syntax::ast::Entry;
        match entry {
            Entry::Message(m) if !seen.insert(m.id.name) => {
                let d = Diagnostic::error(
                    shown,
                    format!("message `{}` is defined twice", m.id.name),
                    "delete or rename one of them",
                );
                // The parser's own slice of the second definition's id.
                problems.push(d.at_slice(resource.source(), m.id.name));
            }
            _ => {}
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(FtlFile {
        messages: translated(source),
        resource: Arc::new(resource),
        legacy_machine_assisted,
    })
}

/// The header line that said a file was machine-assisted, before the record.
pub const LEGACY_REVIEW: &str = "### review-status: machine-assisted";

/// Fluent syntax errors in the file `shown`, each at its line and column.
pub fn syntax_errors(
    source: &str,
    shown: &Path,
    errors: Vec<fluent_syntax::parser::ParserError>,
    help: &str,
) -> Diagnostics {
    Diagnostics(
        errors
            .into_iter()
            .map(|e| {
                Diagnostic::error(shown, format!("Fluent syntax error: {e}"), help)
                    .at_offset(source, error_offset(source, &e))
            })
            .collect(),
    )
}

/// Where to point at a Fluent syntax error: where the parser stopped,
/// unless that is the end of the file (an unclosed `{`), where the entry
/// it could not read starts instead.
fn error_offset(source: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    if e.pos.start >= source.trim_end().len() {
        e.slice.as_ref().map_or(e.pos.start, |s| s.start)
    } else {
        e.pos.start
    }
}

/// Each message's hash, and what its comment recorded before the record.
/// fluent-bundle's runtime parser drops comments, so the source is parsed
/// again, in full.
fn translated(source: &str) -> HashMap<String, Translated> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => {
                let hash = source::translation_hash(m);
                let legacy = Notes::read(m.comment.as_ref()).legacy_entry(&hash);
                Some((m.id.name.to_string(), Translated { hash, legacy }))
            }
            _ => None,
        })
        .collect()
}
