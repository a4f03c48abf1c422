//! The HTML renderer: every page of the site in every language, through the
//! theme's Tera templates.
//!
//! Pages link to each other and to assets by relative URLs ending in
//! `index.html`, so `public/` works from any folder of any server and from
//! disk. Only canonical and `hreflang` links use the absolute base URL.

use super::inline;
use super::view::{ContactView, Html, LanguageLine, PublicationView, ViewBuilder};
use crate::content::Content;
use crate::i18n::language::Language;
use crate::i18n::translator::{Catalog, Translator};
use crate::theme::Theme;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;

/// A rendered page: where it goes (relative to the output) and its HTML.
pub struct Page {
    pub path: String,
    pub html: String,
}

#[derive(Serialize)]
struct LangLink {
    code: &'static str,
    autonym: &'static str,
    dir: &'static str,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: &'static str,
    href: String,
}

#[derive(Serialize)]
struct Crumb {
    label: String,
    href: Option<String>,
}

#[derive(Serialize)]
struct PublicationCard {
    href: String,
    label: Option<Html>,
    title: Html,
    summary: Html,
    date: Option<super::view::DateView>,
}

/// The parts of a page that do not depend on which page it is.
struct LanguageShared {
    ui: BTreeMap<String, Html>,
    site_title: Html,
    publisher: ContactView,
}

pub struct HtmlRenderer<'a> {
    pub content: &'a Content,
    pub catalog: &'a Catalog,
    pub theme: &'a Theme,
    languages: Vec<&'static Language>,
    /// The other-formats request in every site language, each in its own
    /// script: the same on every page, so made once.
    requests: Vec<LanguageLine>,
}

impl<'a> HtmlRenderer<'a> {
    pub fn new(content: &'a Content, catalog: &'a Catalog, theme: &'a Theme) -> Self {
        let languages: Vec<&'static Language> = content
            .config
            .languages
            .iter()
            .filter_map(|c| Language::find(c))
            .collect();
        let phone = content.config.publisher.phone.clone().unwrap_or_default();
        let requests = languages
            .iter()
            .map(|l| {
                let tr = catalog.translator(l, None);
                let r = tr.ui_args(
                    "alt-formats-request",
                    &[("phone", FluentValue::from(phone.clone()))],
                );
                LanguageLine {
                    code: l.code,
                    dir: l.dir(),
                    autonym: l.autonym,
                    html: inline::to_html(&r.text, l.rtl),
                }
            })
            .collect();
        HtmlRenderer {
            content,
            catalog,
            theme,
            languages,
            requests,
        }
    }

    fn shared(&self, tr: &Translator, ids: &[String]) -> LanguageShared {
        let lang = tr.lang;
        // Messages with variables are formatted where they are used.
        let ui = ids
            .iter()
            .filter(|id| !self.catalog.takes_arguments(id))
            .map(|id| (id.replace('-', "_"), Html::new(tr.ui(id), lang)))
            .collect();
        let site_title = Html::new(tr.ui("site-title"), lang);
        let vb = ViewBuilder {
            tr,
            catalog: self.catalog,
            all: &self.content.publications,
        };
        let publisher = vb.contact(&self.content.config.publisher);
        LanguageShared {
            ui,
            site_title,
            publisher,
        }
    }

    /// Renders every page. `ui_ids` are the theme's message ids.
    pub fn render_all(&self, ui_ids: &[String]) -> Result<Vec<Page>, String> {
        let mut pages = Vec::new();
        pages.push(self.chooser()?);
        pages.push(self.not_found()?);
        for &lang in &self.languages {
            pages.push(self.home(lang, ui_ids)?);
            pages.push(self.accessibility(lang, ui_ids)?);
            for p in &self.content.publications {
                pages.push(self.publication(lang, p, ui_ids)?);
            }
        }
        Ok(pages)
    }

    /// The context every page shares. `path` is the page's folder relative
    /// to its language folder ("" for home, "slug/" for a publication).
    fn base_context(
        &self,
        tr: &Translator,
        shared: &LanguageShared,
        path: &str,
        depth: usize,
    ) -> tera::Context {
        let lang = tr.lang;
        let root = "../".repeat(depth);
        let base = &self.content.config.base_url;
        let mut ctx = tera::Context::new();
        ctx.insert(
            "lang",
            &LangLink {
                code: lang.code,
                autonym: lang.autonym,
                dir: lang.dir(),
                href: String::new(),
                current: true,
            },
        );
        ctx.insert("root", &root);
        ctx.insert("css", &format!("{root}assets/{}", self.theme.css_name));
        ctx.insert("t", &shared.ui);
        ctx.insert("site_title", &shared.site_title);
        ctx.insert("home_href", &format!("{root}{}/index.html", lang.code));
        ctx.insert(
            "accessibility_href",
            &format!("{root}{}/accessibility/index.html", lang.code),
        );
        ctx.insert("canonical", &format!("{base}{}/{path}", lang.code));
        let alternates: Vec<Alternate> = self
            .languages
            .iter()
            .map(|l| Alternate {
                hreflang: l.code,
                href: format!("{base}{}/{path}", l.code),
            })
            .collect();
        ctx.insert("alternates", &alternates);
        ctx.insert("x_default", &format!("{base}en/{path}"));
        let switcher: Vec<LangLink> = self
            .languages
            .iter()
            .map(|l| LangLink {
                code: l.code,
                autonym: l.autonym,
                dir: l.dir(),
                href: format!("{root}{}/{path}index.html", l.code),
                current: l.code == lang.code,
            })
            .collect();
        ctx.insert("switcher", &switcher);
        ctx.insert("requests", &self.requests);
        ctx.insert("publisher", &shared.publisher);
        ctx
    }

    /// Notices about the translation itself, once the page's text is known.
    fn notices(&self, tr: &Translator) -> Vec<Html> {
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
            out.push(Html::new(r, tr.lang));
        }
        if tr.machine_assisted {
            out.push(Html::new(tr.ui("machine-translation-notice"), tr.lang));
        }
        out
    }

    fn render(&self, template: &str, ctx: &tera::Context, path: String) -> Result<Page, String> {
        let html = self
            .theme
            .tera
            .render(template, ctx)
            .map_err(|e| format!("{template}: {e}"))?;
        Ok(Page { path, html })
    }

    fn home(&self, lang: &'static Language, ids: &[String]) -> Result<Page, String> {
        let tr = self.catalog.translator(lang, None);
        let shared = self.shared(&tr, ids);
        let cards: Vec<PublicationCard> = self
            .content
            .publications
            .iter()
            .map(|p| {
                let ptr = self.catalog.translator(lang, Some(&p.slug));
                let vb = ViewBuilder {
                    tr: &ptr,
                    catalog: self.catalog,
                    all: &self.content.publications,
                };
                let card = PublicationCard {
                    href: format!("{}/index.html", p.slug),
                    label: p.label.as_ref().map(|t| vb.t(t)),
                    title: vb.t(&p.title),
                    summary: vb.t(&p.summary),
                    date: p.date.as_ref().map(|d| super::view::DateView::new(d, lang)),
                };
                (0..ptr.fallbacks()).for_each(|_| tr.note_fallback());
                card
            })
            .collect();
        let count = Html::new(
            tr.ui_args(
                "publication-count",
                &[("count", FluentValue::from(cards.len()))],
            ),
            lang,
        );
        let mut ctx = self.base_context(&tr, &shared, "", 1);
        ctx.insert("page_title", &shared.site_title.text);
        ctx.insert(
            "description",
            &shared
                .ui
                .get("site_tagline")
                .map(|h| h.text.clone())
                .unwrap_or_default(),
        );
        ctx.insert(
            "breadcrumb",
            &vec![Crumb {
                label: shared.ui["nav_home"].text.clone(),
                href: None,
            }],
        );
        ctx.insert("publications", &cards);
        ctx.insert("publication_count", &count);
        ctx.insert("notices", &self.notices(&tr));
        self.render("home.html", &ctx, format!("{}/index.html", lang.code))
    }

    fn accessibility(&self, lang: &'static Language, ids: &[String]) -> Result<Page, String> {
        let tr = self.catalog.translator(lang, None);
        let shared = self.shared(&tr, ids);
        let mut ctx = self.base_context(&tr, &shared, "accessibility/", 2);
        let title = shared.ui["a11y_title"].clone();
        ctx.insert(
            "page_title",
            &format!("{} – {}", title.text, shared.site_title.text),
        );
        ctx.insert("description", &shared.ui["a11y_intro"].text);
        ctx.insert(
            "breadcrumb",
            &vec![
                Crumb {
                    label: shared.ui["nav_home"].text.clone(),
                    href: Some("../index.html".into()),
                },
                Crumb {
                    label: title.text.clone(),
                    href: None,
                },
            ],
        );
        ctx.insert("notices", &self.notices(&tr));
        self.render(
            "accessibility.html",
            &ctx,
            format!("{}/accessibility/index.html", lang.code),
        )
    }

    fn publication(
        &self,
        lang: &'static Language,
        p: &crate::content::model::Publication,
        ids: &[String],
    ) -> Result<Page, String> {
        let tr = self.catalog.translator(lang, Some(&p.slug));
        let shared = self.shared(&tr, ids);
        let vb = ViewBuilder {
            tr: &tr,
            catalog: self.catalog,
            all: &self.content.publications,
        };
        let view: PublicationView = vb.publication(p);
        let mut ctx = self.base_context(&tr, &shared, &format!("{}/", p.slug), 2);
        ctx.insert(
            "page_title",
            &format!("{} – {}", view.title.text, shared.site_title.text),
        );
        ctx.insert("description", &view.summary.text);
        ctx.insert(
            "breadcrumb",
            &vec![
                Crumb {
                    label: shared.ui["nav_home"].text.clone(),
                    href: Some("../index.html".into()),
                },
                Crumb {
                    label: view.title.text.clone(),
                    href: None,
                },
            ],
        );
        ctx.insert("publication", &view);
        ctx.insert("notices", &self.notices(&tr));
        self.render(
            "publication.html",
            &ctx,
            format!("{}/{}/index.html", lang.code, p.slug),
        )
    }

    /// `index.html` at the root: each language named in its own script.
    fn chooser(&self) -> Result<Page, String> {
        #[derive(Serialize)]
        struct Choice {
            code: &'static str,
            dir: &'static str,
            autonym: String,
            prompt: String,
            href: String,
        }
        let choices: Vec<Choice> = self
            .languages
            .iter()
            .map(|l| {
                let tr = self.catalog.translator(l, None);
                Choice {
                    code: l.code,
                    dir: l.dir(),
                    autonym: l.autonym.to_string(),
                    prompt: tr.ui("choose-language-prompt").text,
                    href: format!("{}/index.html", l.code),
                }
            })
            .collect();
        let en = Language::find("en").expect("English is always supported");
        let tr = self.catalog.translator(en, None);
        let mut ctx = tera::Context::new();
        ctx.insert("choices", &choices);
        ctx.insert("css", &format!("assets/{}", self.theme.css_name));
        ctx.insert("site_title", &tr.ui("site-title").text);
        ctx.insert("heading", &tr.ui("choose-language").text);
        ctx.insert("skip_link", &tr.ui("skip-link").text);
        ctx.insert("requests", &self.requests);
        let base = &self.content.config.base_url;
        let alternates: Vec<Alternate> = self
            .languages
            .iter()
            .map(|l| Alternate {
                hreflang: l.code,
                href: format!("{base}{}/", l.code),
            })
            .collect();
        ctx.insert("alternates", &alternates);
        ctx.insert("canonical", base);
        self.render("chooser.html", &ctx, "index.html".into())
    }

    /// `404.html`: served for any missing path, so it cannot use relative
    /// URLs; its CSS is inline and its links use the base URL.
    fn not_found(&self) -> Result<Page, String> {
        #[derive(Serialize)]
        struct Line {
            code: &'static str,
            dir: &'static str,
            heading: String,
            text: String,
            link: String,
            href: String,
        }
        let base = &self.content.config.base_url;
        let lines: Vec<Line> = self
            .languages
            .iter()
            .map(|l| {
                let tr = self.catalog.translator(l, None);
                Line {
                    code: l.code,
                    dir: l.dir(),
                    heading: tr.ui("not-found-title").text,
                    text: tr.ui("not-found-text").text,
                    link: tr.ui("not-found-link").text,
                    href: format!("{base}{}/", l.code),
                }
            })
            .collect();
        let mut ctx = tera::Context::new();
        ctx.insert("lines", &lines);
        ctx.insert("inline_css", &self.theme.css);
        self.render("404.html", &ctx, "404.html".into())
    }
}
