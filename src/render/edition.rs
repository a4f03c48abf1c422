//! The edition: one publication in one language, translated once into the
//! format-neutral view (`view.rs`), which every format renders.
//!
//! [`Editions`] is made once per site and shared by every pass over it: it
//! holds each language's theme and site strings and the request for other
//! formats in every language, which every edition shows.

use super::view::{ContactView, LanguageLine, PublicationView, Text, ViewBuilder};
use crate::content::Content;
use crate::i18n::language::Language;
use crate::i18n::translator::{Catalog, Translator};
use fluent_bundle::FluentValue;
use std::collections::BTreeMap;
use std::sync::Arc;

/// One publication in one language, translated once and used by every
/// format: its pages, its PDF, its text edition and its braille.
pub struct Edition {
    pub lang: &'static Language,
    pub slug: String,
    pub view: PublicationView,
    pub shared: Arc<LanguageShared>,
    /// What the page says about its translation (parts in English,
    /// machine-assisted), counted while the view was made.
    pub notices: Vec<Text>,
    /// The translation says it was made with a machine's help.
    pub machine_assisted: bool,
}

impl Edition {
    /// (slug, language code): how scopes and artifacts name it.
    pub fn id(&self) -> crate::scope::EditionId {
        (self.slug.clone(), self.lang.code.to_string())
    }
}

/// The strings of a language that do not depend on the edition.
pub struct LanguageShared {
    /// The theme's strings without variables, by id with `_` for `-`.
    pub ui: BTreeMap<String, Text>,
    pub site_title: Text,
    pub site_tagline: Option<Text>,
    pub publisher: ContactView,
}

/// Makes editions: each language's shared strings made once.
pub struct Editions<'a> {
    pub content: &'a Content,
    pub catalog: &'a Catalog,
    /// The site's languages, in its order.
    pub languages: Vec<&'static Language>,
    /// The other-formats request in every site language, each in its own
    /// script: the same in every edition, so made once.
    requests: Vec<LanguageLine>,
    /// Each language's theme and site strings, made once, with how many of
    /// them are English stand-ins and stale translations, for each page's
    /// count.
    shared: BTreeMap<&'static str, (Arc<LanguageShared>, (usize, usize))>,
}

/// The request for other formats (large print, Braille, audio, another
/// language) in every site language, each in its own script: the same on
/// every page and in every text edition and PDF.
pub fn requests(content: &Content, catalog: &Catalog) -> Vec<LanguageLine> {
    let phone = content.config.publisher.phone.clone().unwrap_or_default();
    content
        .config
        .languages
        .iter()
        .filter_map(|c| Language::find(c))
        .map(|l| {
            let tr = catalog.translator(l, None);
            let r = tr.ui_args(
                "alt-formats-request",
                &[("phone", FluentValue::from(phone.clone()))],
            );
            LanguageLine::new(l, &r.text)
        })
        .collect()
}

impl<'a> Editions<'a> {
    /// The editions of `content`; `ui_ids` are the theme's message ids.
    pub fn new(content: &'a Content, catalog: &'a Catalog, ui_ids: &[String]) -> Self {
        let languages: Vec<&'static Language> = content
            .config
            .languages
            .iter()
            .filter_map(|c| Language::find(c))
            .collect();
        let mut editions = Editions {
            content,
            catalog,
            languages,
            requests: requests(content, catalog),
            shared: BTreeMap::new(),
        };
        editions.shared = editions
            .languages
            .iter()
            .map(|&lang| {
                let tr = catalog.translator(lang, None);
                let shared = editions.make_shared(&tr, ui_ids);
                (lang.code, (Arc::new(shared), (tr.fallbacks(), tr.stale())))
            })
            .collect();
        editions
    }

    /// The other-formats request in every site language.
    pub fn requests(&self) -> &[LanguageLine] {
        &self.requests
    }

    /// The strings every page in `tr`'s language shows, made once; their
    /// English stand-ins and stale translations are counted into `tr`.
    pub fn shared(&self, tr: &Translator) -> Arc<LanguageShared> {
        let (shared, (fallbacks, stale)) = &self.shared[tr.lang.code];
        tr.add_counts(*fallbacks, *stale);
        Arc::clone(shared)
    }

    fn make_shared(&self, tr: &Translator, ids: &[String]) -> LanguageShared {
        let lang = tr.lang;
        // Messages with variables are formatted where they are used.
        let ui = ids
            .iter()
            .filter(|id| !self.catalog.takes_arguments(id))
            .map(|id| (id.replace('-', "_"), Text::new(tr.ui(id), lang)))
            .collect();
        let config = &self.content.config;
        let site_title = Text::new(tr.text(&config.title), lang);
        let site_tagline = config.tagline.as_ref().map(|t| Text::new(tr.text(t), lang));
        let vb = ViewBuilder {
            tr,
            catalog: self.catalog,
            all: &self.content.publications,
            languages: &self.content.config.languages,
        };
        let publisher = vb.contact(&self.content.config.publisher);
        LanguageShared {
            ui,
            site_title,
            site_tagline,
            publisher,
        }
    }

    /// The publications in the languages `wanted` accepts (slug, code),
    /// each translated once, for every format.
    pub fn prepare(&self, wanted: impl Fn(&str, &str) -> bool) -> Vec<Edition> {
        let mut out = Vec::new();
        for &lang in &self.languages {
            for p in &self.content.publications {
                if !wanted(&p.slug, lang.code) {
                    continue;
                }
                let tr = self.catalog.translator(lang, Some(&p.slug));
                let shared = self.shared(&tr);
                let vb = ViewBuilder {
                    tr: &tr,
                    catalog: self.catalog,
                    all: &self.content.publications,
                    languages: &self.content.config.languages,
                };
                let view = vb.publication(p);
                let notices = notices(&tr);
                out.push(Edition {
                    lang,
                    slug: p.slug.clone(),
                    view,
                    shared,
                    notices,
                    machine_assisted: tr.machine_assisted,
                });
            }
        }
        out
    }
}

/// Notices about the translation itself, once the text is known: parts in
/// English, parts translated from older English, machine assistance.
pub fn notices(tr: &Translator) -> Vec<Text> {
    let mut out = Vec::new();
    let n = tr.fallbacks();
    if n > 0 {
        let r = tr.ui_args(
            "untranslated-notice",
            &[
                ("count", FluentValue::from(n)),
                ("language", FluentValue::from(tr.lang.autonym)),
            ],
        );
        out.push(Text::new(r, tr.lang));
    }
    let stale = tr.stale();
    if stale > 0 {
        let r = tr.ui_args("stale-notice", &[("count", FluentValue::from(stale))]);
        out.push(Text::new(r, tr.lang));
    }
    if tr.machine_assisted {
        out.push(Text::new(tr.ui("machine-translation-notice"), tr.lang));
    }
    out
}
