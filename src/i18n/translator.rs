//! Turning message ids into text in a language, falling back to English.
//!
//! A [`Catalog`] holds one Fluent bundle per language for the theme's
//! strings and one per language and publication for content, built once per
//! build. A [`Translator`] answers for one page and counts the strings it
//! had to give in English, so the page can say so and mark them `lang="en"`.

use super::language::Language;
use super::locales::Locales;
use crate::content::model::Text;
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// `locales/<lang>/site.ftl` translates `content/site.yaml`.
pub const SITE_STEM: &str = "site";

/// A string ready for a page, and whether it is an English stand-in.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub text: String,
    pub fallback: bool,
}

fn bundle(lang: &str, resource: &Arc<FluentResource>) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = Bundle::new_concurrent(vec![id]);
    // Pages isolate left-to-right runs with <bdi>; Fluent's invisible
    // U+2068/U+2069 marks would otherwise leak into attributes and file names.
    b.set_use_isolating(false);
    // Duplicates were refused when the file was parsed.
    let _ = b.add_resource(Arc::clone(resource));
    b
}

/// Every bundle of a build.
pub struct Catalog {
    ui: BTreeMap<String, Bundle>,
    content: BTreeMap<(String, String), Bundle>,
    machine_assisted: BTreeSet<(String, String)>,
}

impl Catalog {
    pub fn new(locales: &Locales) -> Catalog {
        let mut ui = BTreeMap::new();
        let mut content = BTreeMap::new();
        let mut machine_assisted = BTreeSet::new();
        for (lang, files) in &locales.files {
            for (stem, file) in files {
                if file.machine_assisted {
                    machine_assisted.insert((lang.clone(), stem.clone()));
                }
                let b = bundle(lang, &file.resource);
                if stem == "ui" {
                    ui.insert(lang.clone(), b);
                } else if lang != "en" {
                    // English content comes from the YAML, the source of truth.
                    content.insert((lang.clone(), stem.clone()), b);
                }
            }
        }
        Catalog {
            ui,
            content,
            machine_assisted,
        }
    }

    /// A translator for one page in `lang`, about publication `slug` if any.
    pub fn translator<'c>(&'c self, lang: &'static Language, slug: Option<&str>) -> Translator<'c> {
        let content = slug.and_then(|s| self.content.get(&(lang.code.to_string(), s.to_string())));
        let machine_assisted = lang.code != "en"
            && (self
                .machine_assisted
                .contains(&(lang.code.to_string(), "ui".to_string()))
                || slug.is_some_and(|s| {
                    self.machine_assisted
                        .contains(&(lang.code.to_string(), s.to_string()))
                }));
        let site = self
            .content
            .get(&(lang.code.to_string(), SITE_STEM.to_string()));
        Translator {
            lang,
            site,
            ui: self.ui.get(lang.code),
            ui_en: self.ui.get("en"),
            content,
            machine_assisted,
            fallbacks: Cell::new(0),
        }
    }

    /// Whether the English theme message `id` has placeables, and so must be
    /// formatted where it is used, with its arguments.
    pub fn takes_arguments(&self, id: &str) -> bool {
        use fluent_syntax::ast::PatternElement;
        self.ui
            .get("en")
            .and_then(|b| b.get_message(id))
            .and_then(|m| m.value())
            .is_some_and(|p| {
                p.elements
                    .iter()
                    .any(|e| matches!(e, PatternElement::Placeable { .. }))
            })
    }

    /// Checks that every language's `ui.ftl` has every English message.
    pub fn check_ui_complete(&self, english_ids: &[String]) -> Diagnostics {
        let mut out = Diagnostics::default();
        for (lang, b) in &self.ui {
            for id in english_ids {
                if !b.has_message(id) {
                    out.push(Diagnostic::warning(
                        format!("locales/{lang}/ui.ftl"),
                        format!("message `{id}` is missing; pages show it in English"),
                        format!("copy `{id}` from locales/en/ui.ftl and translate it"),
                    ));
                }
            }
        }
        out
    }
}

/// Translates for one page.
pub struct Translator<'c> {
    pub lang: &'static Language,
    /// Translations of `content/site.yaml`'s strings, on every page.
    site: Option<&'c Bundle>,
    ui: Option<&'c Bundle>,
    ui_en: Option<&'c Bundle>,
    content: Option<&'c Bundle>,
    /// The page's translation was machine-assisted and is not yet reviewed.
    pub machine_assisted: bool,
    fallbacks: Cell<usize>,
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, args, &mut errors);
    // A message whose variable is missing would show "{$name}": treat it as
    // untranslated rather than show readers the braces.
    errors.is_empty().then(|| out.into_owned())
}

impl Translator<'_> {
    /// A content string in this page's language, or its English.
    pub fn text(&self, t: &Text) -> Resolved {
        if self.lang.code != "en" {
            let found = self
                .content
                .and_then(|b| format(b, &t.id, None))
                .or_else(|| self.site.and_then(|b| format(b, &t.id, None)));
            if let Some(s) = found {
                return Resolved {
                    text: s,
                    fallback: false,
                };
            }
            self.fallbacks.set(self.fallbacks.get() + 1);
            return Resolved {
                text: t.en.clone(),
                fallback: true,
            };
        }
        Resolved {
            text: t.en.clone(),
            fallback: false,
        }
    }

    /// A theme string with variables, in this language or English.
    pub fn ui_args(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> Resolved {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let fargs = (!args.is_empty()).then_some(&fargs);
        if let Some(s) = self.ui.and_then(|b| format(b, id, fargs)) {
            return Resolved {
                text: s,
                fallback: false,
            };
        }
        if self.lang.code != "en" {
            self.fallbacks.set(self.fallbacks.get() + 1);
        }
        match self.ui_en.and_then(|b| format(b, id, fargs)) {
            Some(s) => Resolved {
                text: s,
                fallback: self.lang.code != "en",
            },
            // A theme asking for a message nobody wrote: show the id so the
            // gap is visible in review, never a blank.
            None => Resolved {
                text: id.to_string(),
                fallback: self.lang.code != "en",
            },
        }
    }

    pub fn ui(&self, id: &str) -> Resolved {
        self.ui_args(id, &[])
    }

    /// Counts a string shown in English that another translator resolved
    /// (a related publication's title, say).
    pub fn note_fallback(&self) {
        self.fallbacks.set(self.fallbacks.get() + 1);
    }

    /// How many strings this page has had to show in English so far.
    pub fn fallbacks(&self) -> usize {
        self.fallbacks.get()
    }
}
