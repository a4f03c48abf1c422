//! Turning message ids into text in a language, falling back to English.
//!
//! A [`Catalog`] holds one Fluent bundle per language for the theme's
//! strings and one per language and publication for content, built once per
//! build. A [`Translator`] answers for one page and counts the strings it
//! had to give in English, and the translations it gave whose English has
//! changed since (stale), so the page can say so.

use super::bundle::{bundle, format, Bundle};
use super::coverage::Stale;
use super::language::Language;
use super::locales::{FtlFile, Locales, SITE_STEM, TERMS_STEM, UI_STEM};
use super::numbers::Numbering;
use super::translations::Translations;
use crate::content::model::Text;
use crate::content::site::{SiteConfig, StalePolicy};
use crate::diagnostic::{Diagnostic, Diagnostics};
use fluent_bundle::{FluentArgs, FluentValue};
use std::cell::Cell;
use std::collections::HashMap;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;
use std::sync::{Mutex, Weak};

/// A string ready for a page, and whether it is an English stand-in.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub text: String,
    pub fallback: bool,
    /// A translation of English that has changed since it was made.
    pub stale: bool,
}

impl Resolved {
    fn translated(text: String) -> Resolved {
        Resolved {
            text,
            fallback: false,
            stale: false,
        }
    }

    fn english(text: String, fallback: bool) -> Resolved {
        Resolved {
            text,
            fallback,
            stale: false,
        }
    }
}

/// Every bundle of a build: the theme's and the site's strings of each
/// language, kept; each publication's translations, read when a page of it
/// is made and let go when no page needs them any more.
pub struct Catalog {
    ui: BTreeMap<String, Bundle>,
    site: BTreeMap<String, Bundle>,
    machine_assisted: BTreeSet<(String, String)>,
    /// Translations made from English that has changed since.
    stale: Stale,
    policy: StalePolicy,
    /// The digits of each language, by code.
    numbering: BTreeMap<String, Numbering>,
    /// The publications' translation files, summed up.
    translations: Translations,
    /// Publication bundles in use, by (language, slug).
    bundles: Mutex<HashMap<(String, String), Weak<Bundle>>>,
    /// Files that could not be read again (changed since the site loaded).
    problems: Mutex<Vec<Diagnostic>>,
}

impl Catalog {
    /// Bundles for the theme's and site's files of `locales` and, as pages
    /// need them, for `translations`; numbers in the digits `config` sets
    /// for each language; `stale` lists translations whose English has
    /// changed, shown as `config.stale_translations` says, and
    /// `machine_assisted` the (language, file stem)s not yet reviewed.
    pub fn new(
        locales: &Locales,
        config: &SiteConfig,
        stale: Stale,
        machine_assisted: BTreeSet<(String, String)>,
        translations: Translations,
    ) -> Catalog {
        let numbering: BTreeMap<String, Numbering> = locales
            .files
            .keys()
            .filter_map(|code| Language::find(code))
            .map(|l| (l.code.to_string(), config.numbering(l)))
            .collect();
        let mut catalog = Catalog {
            ui: BTreeMap::new(),
            site: BTreeMap::new(),
            machine_assisted,
            stale,
            policy: config.stale_translations,
            numbering,
            translations,
            bundles: Mutex::new(HashMap::new()),
            problems: Mutex::new(Vec::new()),
        };
        for (lang, files) in &locales.files {
            for (stem, file) in files.iter().filter(|(s, _)| *s != TERMS_STEM) {
                catalog.replace(lang, stem, Some(file));
            }
        }
        catalog
    }

    /// Takes the theme's or site's file `locales/<lang>/<stem>.ftl` again
    /// after it changed: `None` when it was removed.
    /// (The glossary, `terms.ftl`, is the translations' own: a change to it
    /// reloads the whole site.)
    pub fn replace(&mut self, lang: &str, stem: &str, file: Option<&FtlFile>) {
        if stem == TERMS_STEM {
            return;
        }
        let bundles = if stem == UI_STEM {
            &mut self.ui
        } else {
            &mut self.site
        };
        bundles.remove(lang);
        let Some(file) = file else { return };
        let digits = self.numbering.get(lang).copied().unwrap_or(Numbering::Latn);
        // English content comes from the YAML, the source of truth.
        if stem == UI_STEM || lang != "en" {
            let b = bundle(lang, &file.resource, digits, self.translations.terms(lang));
            let bundles = if stem == UI_STEM {
                &mut self.ui
            } else {
                &mut self.site
            };
            bundles.insert(lang.to_string(), b);
        }
    }

    /// The publications' translation files, summed up.
    pub fn translations(&self) -> &Translations {
        &self.translations
    }

    /// For reading a publication's files again after a change: the
    /// bundles of the files it reads are forgotten.
    pub fn translations_mut(&mut self) -> &mut Translations {
        if let Ok(mut b) = self.bundles.lock() {
            b.clear();
        }
        &mut self.translations
    }

    /// Replaces the set of stale translations and of files not yet
    /// reviewed, after a change.
    pub fn set_state(&mut self, stale: Stale, machine_assisted: BTreeSet<(String, String)>) {
        self.stale = stale;
        self.machine_assisted = machine_assisted;
    }

    /// Problems met reading publication files while rendering; a build
    /// that had any must not be kept.
    pub fn problems(&self) -> Diagnostics {
        Diagnostics(self.problems.lock().map(|p| p.clone()).unwrap_or_default())
    }

    fn stale_ids(&self, lang: &str, stem: &str) -> Option<&HashSet<String>> {
        self.stale.get(&(lang.to_string(), stem.to_string()))
    }

    /// The bundle of publication `slug` in `lang`, read if no page in
    /// hand has it already.
    fn publication(&self, lang: &str, slug: &str) -> Option<Arc<Bundle>> {
        let key = (lang.to_string(), slug.to_string());
        if let Some(b) = self
            .bundles
            .lock()
            .ok()
            .and_then(|b| b.get(&key).and_then(Weak::upgrade))
        {
            return Some(b);
        }
        let resource = match self.translations.read(lang, slug) {
            Ok(r) => r?,
            Err(d) => {
                if let Ok(mut p) = self.problems.lock() {
                    p.push(d);
                }
                return None;
            }
        };
        let digits = self.numbering.get(lang).copied().unwrap_or(Numbering::Latn);
        let b = Arc::new(bundle(
            lang,
            &Arc::new(resource),
            digits,
            self.translations.terms(lang),
        ));
        if let Ok(mut bundles) = self.bundles.lock() {
            bundles.retain(|_, w| w.strong_count() > 0);
            bundles.insert(key, Arc::downgrade(&b));
        }
        Some(b)
    }

    /// A translator for one page in `lang`, about publication `slug` if any.
    pub fn translator<'c>(&'c self, lang: &'static Language, slug: Option<&str>) -> Translator<'c> {
        let en = lang.code == "en";
        let content = slug
            .filter(|_| !en)
            .and_then(|s| self.publication(lang.code, s));
        let unreviewed = |stem: &str| {
            self.machine_assisted
                .contains(&(lang.code.to_string(), stem.to_string()))
        };
        let machine_assisted = !en && (unreviewed(UI_STEM) || slug.is_some_and(unreviewed));
        Translator {
            lang,
            site: self.site.get(lang.code),
            ui: self.ui.get(lang.code),
            ui_en: self.ui.get("en"),
            content,
            machine_assisted,
            numbering: self
                .numbering
                .get(lang.code)
                .copied()
                .unwrap_or(lang.numbering),
            stale_content: slug.and_then(|s| self.stale_ids(lang.code, s)),
            stale_site: self.stale_ids(lang.code, SITE_STEM),
            stale_ui: self.stale_ids(lang.code, UI_STEM),
            policy: self.policy,
            fallbacks: Cell::new(0),
            stale: Cell::new(0),
        }
    }

    /// A title-page string (label, title or summary) of publication `slug`
    /// in `lang`, as other pages show it (home-page cards, related
    /// publications), without reading its translations again.
    pub fn front(&self, lang: &Language, slug: &str, t: &Text) -> Resolved {
        if lang.code == "en" {
            return Resolved::english(t.en.clone(), false);
        }
        let found = self
            .translations
            .summary(lang.code, slug)
            .and_then(|s| s.front.get(&t.id));
        match found {
            None => Resolved::english(t.en.clone(), true),
            Some((_, true)) if self.policy == StalePolicy::English => {
                Resolved::english(t.en.clone(), true)
            }
            Some((text, stale)) => Resolved {
                text: text.clone(),
                fallback: false,
                stale: *stale,
            },
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
    content: Option<Arc<Bundle>>,
    /// The page's translation was machine-assisted and is not yet reviewed.
    pub machine_assisted: bool,
    /// The digits the page's numbers and dates are written in.
    pub numbering: Numbering,
    /// Ids of this page's translations whose English has changed.
    stale_content: Option<&'c HashSet<String>>,
    stale_site: Option<&'c HashSet<String>>,
    stale_ui: Option<&'c HashSet<String>>,
    policy: StalePolicy,
    fallbacks: Cell<usize>,
    stale: Cell<usize>,
}

impl Translator<'_> {
    /// A translation found for `id`, unless it is stale and the site shows
    /// the current English instead (`english`).
    fn found(
        &self,
        text: String,
        id: &str,
        stale: Option<&HashSet<String>>,
        english: impl FnOnce() -> Option<String>,
    ) -> Resolved {
        if !stale.is_some_and(|ids| ids.contains(id)) {
            return Resolved::translated(text);
        }
        if self.policy == StalePolicy::English {
            if let Some(en) = english() {
                self.fallbacks.set(self.fallbacks.get() + 1);
                return Resolved::english(en, true);
            }
        }
        self.stale.set(self.stale.get() + 1);
        Resolved {
            text,
            fallback: false,
            stale: true,
        }
    }

    /// A content string in this page's language, or its English.
    pub fn text(&self, t: &Text) -> Resolved {
        if self.lang.code == "en" {
            return Resolved::english(t.en.clone(), false);
        }
        let sources = [
            (self.content.as_deref(), self.stale_content),
            (self.site, self.stale_site),
        ];
        for (bundle, stale) in sources {
            if let Some(s) = bundle.and_then(|b| format(b, &t.id, None)) {
                return self.found(s, &t.id, stale, || Some(t.en.clone()));
            }
        }
        self.fallbacks.set(self.fallbacks.get() + 1);
        Resolved::english(t.en.clone(), true)
    }

    /// A theme string with variables, in this language or English.
    pub fn ui_args(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> Resolved {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let fargs = (!args.is_empty()).then_some(&fargs);
        let english = || self.ui_en.and_then(|b| format(b, id, fargs));
        if let Some(s) = self.ui.and_then(|b| format(b, id, fargs)) {
            return self.found(s, id, self.stale_ui, english);
        }
        let en = self.lang.code == "en";
        if !en {
            self.fallbacks.set(self.fallbacks.get() + 1);
        }
        // A theme asking for a message nobody wrote: show the id so the gap
        // is visible in review, never a blank.
        Resolved::english(english().unwrap_or_else(|| id.to_string()), !en)
    }

    pub fn ui(&self, id: &str) -> Resolved {
        self.ui_args(id, &[])
    }

    /// Counts a string resolved elsewhere (a title-page string of another
    /// publication, say) into this page's notices.
    pub fn count(&self, r: &Resolved) {
        self.add_counts(usize::from(r.fallback), usize::from(r.stale));
    }

    /// Counts strings resolved once for every page of the language (the
    /// theme's): `fallbacks` English stand-ins, `stale` older translations.
    pub fn add_counts(&self, fallbacks: usize, stale: usize) {
        self.fallbacks.set(self.fallbacks.get() + fallbacks);
        self.stale.set(self.stale.get() + stale);
    }

    /// How many strings this page has had to show in English so far.
    pub fn fallbacks(&self) -> usize {
        self.fallbacks.get()
    }

    /// How many translations shown so far were made from older English.
    pub fn stale(&self) -> usize {
        self.stale.get()
    }
}
