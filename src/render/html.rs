//! The HTML renderer: every page of the site in every language, through the
//! theme's Tera templates.
//!
//! Pages link to each other and to assets by relative URLs ending in
//! `index.html`, so `public/` works from any folder of any server and from
//! disk. Only canonical and `hreflang` links use the absolute base URL.

use super::inline;
use super::text::text_path;
use super::view::{ContactView, Html, LanguageLine, PublicationView, ViewBuilder};
use crate::content::Content;
use crate::i18n::language::Language;
use crate::i18n::numbers::NumberFormat;
use crate::i18n::translator::{Catalog, Translator};
use crate::scope::Scope;
use crate::theme::Theme;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A rendered page: where it goes (relative to the output) and its HTML.
pub struct Page {
    pub path: String,
    pub html: Vec<u8>,
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

#[derive(Clone, Serialize)]
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

/// One publication in one language, prepared once and used for its
/// large-print PDF, its page and its large-print page.
pub struct Prepared {
    pub lang: &'static Language,
    pub slug: String,
    pub view: PublicationView,
    pub shared: Arc<LanguageShared>,
    /// What the page says about its translation (parts in English,
    /// machine-assisted), counted while the view was made.
    notices: Vec<Html>,
    /// The translation says it was made with a machine's help.
    pub machine_assisted: bool,
}

/// The parts of a page that do not depend on which page it is.
pub struct LanguageShared {
    pub ui: BTreeMap<String, Html>,
    site_title: Html,
    site_tagline: Option<Html>,
    pub publisher: ContactView,
}

pub struct HtmlRenderer<'a> {
    pub content: &'a Content,
    pub catalog: &'a Catalog,
    pub theme: &'a Theme,
    languages: Vec<&'static Language>,
    /// The other-formats request in every site language, each in its own
    /// script: the same on every page, so made once.
    requests: Vec<LanguageLine>,
    /// Each language's theme and site strings, made once, with how many of
    /// them are English stand-ins and stale translations, for each page's
    /// count.
    shared: BTreeMap<&'static str, (Arc<LanguageShared>, (usize, usize))>,
    /// What the 404 page's links start with, since it is served at any
    /// address and cannot link relatively: the site's base URL, or `/` in
    /// `serve`'s preview, which is served from the root of this computer.
    pub absolute_root: String,
}

/// The file a page path names: folders are served by their `index.html`,
/// which is linked explicitly so that the site works from disk.
fn file_of(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// "412 KB", "1.2 MB", "৪১২ KB": how big a download is, as readers expect
/// to see it, in the page's digits. The units stay Latin: they are what
/// phones and computers show for file sizes in every language.
pub fn human_size(bytes: u64, numbers: &NumberFormat) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", numbers.fixed(bytes as f64 / 1_000_000.0, 1))
    } else {
        format!("{} KB", numbers.integer(bytes.div_ceil(1000)))
    }
}

/// Where a publication's large-print PDF goes, relative to the output.
pub fn pdf_path(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/{slug}-{lang}-large-print.pdf")
}

#[derive(Clone, Serialize)]
struct Download {
    href: String,
    label: Html,
}

/// The typeset data one large-print PDF is made from.
#[derive(Serialize)]
struct PdfData<'v> {
    lang: &'static str,
    rtl: bool,
    body_size: f64,
    /// Gap between lines, in em: wider for Indic scripts, widest for Nastaliq.
    leading: f64,
    /// How much larger headings are than in other scripts. 1 in every
    /// language: Urdu headings were a fifth larger while Nastaliq's bold
    /// was lost (its font said it was regular), and once bold worked they
    /// towered over the page.
    heading_scale: f64,
    fonts: &'static [&'static str],
    latin_fonts: &'static [&'static str],
    /// Font families by language code, for lines in other languages.
    script_fonts: BTreeMap<&'static str, &'static [&'static str]>,
    publisher_name: String,
    publisher: &'v ContactView,
    strings: &'v BTreeMap<String, Html>,
    requests: Vec<PdfRequest>,
    publication: &'v PublicationView,
    /// What the page says about its translation, said in the PDF too.
    notices: &'v [Html],
    /// The digits 0–9 of the language's numbering, for page numbers.
    digits: [char; 10],
}

#[derive(Serialize)]
struct PdfRequest {
    code: &'static str,
    dir: &'static str,
    fonts: &'static [&'static str],
    text: String,
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
            let runs = inline::parse(&r.text);
            LanguageLine {
                code: l.code,
                dir: l.dir(),
                autonym: l.autonym,
                html: inline::html(&runs, l.rtl),
                text: inline::plain(&runs),
            }
        })
        .collect()
}

impl<'a> HtmlRenderer<'a> {
    /// A renderer for the site; `ui_ids` are the theme's message ids.
    pub fn new(
        content: &'a Content,
        catalog: &'a Catalog,
        theme: &'a Theme,
        ui_ids: &[String],
    ) -> Self {
        let languages: Vec<&'static Language> = content
            .config
            .languages
            .iter()
            .filter_map(|c| Language::find(c))
            .collect();
        let requests = requests(content, catalog);
        let mut renderer = HtmlRenderer {
            content,
            catalog,
            theme,
            languages,
            requests,
            shared: BTreeMap::new(),
            absolute_root: content.config.base_url.clone(),
        };
        renderer.shared = renderer
            .languages
            .iter()
            .map(|&lang| {
                let tr = catalog.translator(lang, None);
                let shared = renderer.make_shared(&tr, ui_ids);
                (lang.code, (Arc::new(shared), (tr.fallbacks(), tr.stale())))
            })
            .collect();
        renderer
    }

    /// The other-formats request in every site language.
    pub fn requests(&self) -> &[LanguageLine] {
        &self.requests
    }

    /// The strings every page in `tr`'s language shows, made once; their
    /// English stand-ins and stale translations are counted into `tr`.
    fn shared(&self, tr: &Translator) -> Arc<LanguageShared> {
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
            .map(|id| (id.replace('-', "_"), Html::new(tr.ui(id), lang)))
            .collect();
        let config = &self.content.config;
        let site_title = Html::new(tr.text(&config.title), lang);
        let site_tagline = config.tagline.as_ref().map(|t| Html::new(tr.text(t), lang));
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

    /// Renders the pages `scope` names: each prepared publication's page
    /// and large-print page, the home and accessibility pages of
    /// `scope.indexes`, and the chooser and 404 page if `scope.shared`.
    /// `sizes` maps each download's path (PDF, text) to its size, for the
    /// download links and for the formats the accessibility statement
    /// lists: give it every download made, or the statement lists fewer.
    pub fn render_pages(
        &self,
        scope: &Scope,
        prepared: &[Prepared],
        sizes: &BTreeMap<String, u64>,
    ) -> Result<Vec<Page>, String> {
        super::view::for_templates(|| self.render_pages_now(scope, prepared, sizes))
    }

    fn render_pages_now(
        &self,
        scope: &Scope,
        prepared: &[Prepared],
        sizes: &BTreeMap<String, u64>,
    ) -> Result<Vec<Page>, String> {
        use rayon::prelude::*;
        let mut pages = Vec::new();
        if scope.shared {
            pages.push(self.chooser()?);
            pages.push(self.not_found()?);
        }
        // Each language's pages on a thread of their own: a home page lists
        // every publication, and `serve` remakes all of them after an edit.
        let languages: Vec<Vec<Page>> = self
            .languages
            .par_iter()
            .map(|&lang| {
                super::view::for_templates(|| {
                    let mut pages = Vec::new();
                    if scope.indexes.contains(lang.code) {
                        pages.push(self.home(lang)?);
                        pages.push(self.accessibility(lang, sizes)?);
                    }
                    let editions = prepared.iter().filter(|p| {
                        p.lang.code == lang.code
                            && scope
                                .editions
                                .contains(&(p.slug.clone(), lang.code.to_string()))
                    });
                    for prep in editions {
                        pages.extend(self.publication_pages(prep, sizes)?);
                    }
                    Ok(pages)
                })
            })
            .collect::<Result<_, String>>()?;
        pages.extend(languages.into_iter().flatten());
        Ok(pages)
    }

    /// The publications in the languages `wanted` accepts (slug, code),
    /// each translated once, for its PDF, its pages and its text edition.
    pub fn prepare(&self, wanted: impl Fn(&str, &str) -> bool) -> Vec<Prepared> {
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
                let notices = self.notices(&tr);
                out.push(Prepared {
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

    /// The data of every large-print PDF: (output path, JSON for Typst).
    pub fn pdf_jobs<'p>(
        &self,
        prepared: impl IntoIterator<Item = &'p Prepared>,
    ) -> Result<Vec<(String, Vec<u8>)>, String> {
        let mut jobs = Vec::new();
        for Prepared {
            lang,
            slug,
            view,
            shared,
            notices,
            ..
        } in prepared
        {
            let lang = *lang;
            let publisher = &self.content.config.publisher;
            let data = PdfData {
                lang: lang.code,
                rtl: lang.rtl,
                body_size: self.content.config.large_print.body_size,
                leading: match lang.code {
                    "en" => 0.8,
                    "ur" => 1.6,
                    _ => 1.0,
                },
                heading_scale: 1.0,
                fonts: super::pdf::families(lang.code),
                latin_fonts: super::pdf::families("en"),
                script_fonts: self
                    .languages
                    .iter()
                    .map(|l| (l.code, super::pdf::families(l.code)))
                    .collect(),
                publisher_name: publisher
                    .organisation
                    .clone()
                    .or_else(|| publisher.person.clone())
                    .unwrap_or_default(),
                publisher: &shared.publisher,
                strings: &shared.ui,
                requests: self
                    .languages
                    .iter()
                    .zip(&self.requests)
                    .map(|(l, r)| PdfRequest {
                        code: l.code,
                        dir: l.dir(),
                        fonts: super::pdf::families(l.code),
                        text: r.text.clone(),
                    })
                    .collect(),
                publication: view,
                notices,
                digits: self.content.config.numbering(lang).digits(),
            };
            let json = serde_json::to_vec(&data).map_err(|e| e.to_string())?;
            jobs.push((pdf_path(lang.code, slug), json));
        }
        Ok(jobs)
    }

    /// The context every page shares. `path` is the page relative to its
    /// language folder: a folder ("" for home, "slug/") or a file
    /// ("slug/large-print.html").
    fn base_context(
        &self,
        tr: &Translator,
        shared: &LanguageShared,
        path: &str,
        depth: usize,
    ) -> tera::Context {
        let lang = tr.lang;
        let root = "../".repeat(depth);
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
        ctx.insert("requests", &self.requests);
        ctx.insert("own_requests", &false);
        ctx.insert("publisher", &shared.publisher);
        self.set_path(&mut ctx, lang, path, depth);
        ctx
    }

    /// The parts of the context that depend on the page's own address:
    /// canonical and `hreflang` links, and the language switcher. `path` is
    /// the page relative to its language folder.
    fn set_path(&self, ctx: &mut tera::Context, lang: &Language, path: &str, depth: usize) {
        let root = "../".repeat(depth);
        let base = &self.content.config.base_url;
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
                href: format!("{root}{}/{}", l.code, file_of(path)),
                current: l.code == lang.code,
            })
            .collect();
        ctx.insert("switcher", &switcher);
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
        let stale = tr.stale();
        if stale > 0 {
            let r = tr.ui_args("stale-notice", &[("count", FluentValue::from(stale))]);
            out.push(Html::new(r, tr.lang));
        }
        if tr.machine_assisted {
            out.push(Html::new(tr.ui("machine-translation-notice"), tr.lang));
        }
        out
    }

    fn render(&self, template: &str, ctx: &tera::Context, path: String) -> Result<Page, String> {
        // Straight to bytes: the page is written, never read as text, and
        // checking a String's UTF-8 was a thirtieth of a large build.
        let mut html = Vec::with_capacity(32 * 1024);
        self.theme
            .tera
            .render_to(template, ctx, &mut html)
            .map_err(|e| format!("{template}: {e}"))?;
        Ok(Page { path, html })
    }

    fn home(&self, lang: &'static Language) -> Result<Page, String> {
        let tr = self.catalog.translator(lang, None);
        let shared = self.shared(&tr);
        let cards: Vec<PublicationCard> = self
            .content
            .publications
            .iter()
            .map(|p| {
                // Title-page strings as loading found them: reading every
                // publication's translations again for one page would not do.
                let front = |t| {
                    let r = self.catalog.front(lang, &p.slug, t);
                    tr.count(&r);
                    Html::new(r, lang)
                };
                PublicationCard {
                    href: format!("{}/index.html", p.slug),
                    label: p.label.as_ref().map(front),
                    title: front(&p.title),
                    summary: front(&p.summary),
                    date: p
                        .date
                        .as_ref()
                        .map(|d| super::view::DateView::new(d, lang, tr.numbering)),
                }
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
        ctx.insert("site_tagline", &shared.site_tagline);
        ctx.insert(
            "description",
            &shared
                .site_tagline
                .as_ref()
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

    /// The accessibility statement in `lang`. `sizes` are the downloads
    /// this build made: the statement lists only formats that were made.
    fn accessibility(
        &self,
        lang: &'static Language,
        sizes: &BTreeMap<String, u64>,
    ) -> Result<Page, String> {
        let tr = self.catalog.translator(lang, None);
        let shared = self.shared(&tr);
        let statement = super::statement::statement(
            &tr,
            &self.content.config,
            &shared.site_title,
            &self.content.publications,
            &self.languages,
            sizes,
        );
        let mut ctx = self.base_context(&tr, &shared, "accessibility/", 2);
        ctx.insert("statement", &statement);
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

    /// A publication's page and its large-print page, from one context:
    /// the publication is put into it once, and only what differs between
    /// the two (address, title, breadcrumb, downloads, stylesheet) twice.
    fn publication_pages(
        &self,
        prep: &Prepared,
        sizes: &BTreeMap<String, u64>,
    ) -> Result<[Page; 2], String> {
        let Prepared {
            lang,
            slug,
            view,
            shared,
            notices,
            ..
        } = prep;
        let lang = *lang;
        // Only for the download links' labels: the page's own strings were
        // translated (and their fallbacks counted) when it was prepared.
        let tr = self.catalog.translator(lang, None);
        let mut ctx = self.base_context(&tr, shared, &format!("{slug}/"), 2);
        ctx.insert("description", &view.summary.text);
        ctx.insert("publication", view);
        // A section of its own named as the footer's request for other
        // formats (as the county compact's is): the footer's request then
        // has no heading, so that the page has one heading of that name.
        let footer_heading = &shared.ui["alt_formats_heading"].text;
        let own_requests = view
            .sections
            .iter()
            .any(|s| s.title.as_ref().is_some_and(|t| &t.text == footer_heading));
        ctx.insert("own_requests", &own_requests);
        ctx.insert("notices", notices);
        // The content after the title block is the same on both pages.
        if self.theme.shared_body {
            let body = self
                .theme
                .tera
                .render("publication-body.html", &ctx)
                .map_err(|e| format!("publication-body.html: {e}"))?;
            ctx.insert("body", &body);
        }
        let numbers = NumberFormat::new(lang.code, tr.numbering);
        let files = [
            (pdf_path(lang.code, slug), "download-large-print-pdf"),
            (text_path(lang.code, slug), "download-plain-text"),
        ];
        let mut downloads = Vec::new();
        for (path, message) in files {
            if let Some(size) = sizes.get(&path) {
                let label = tr.ui_args(
                    message,
                    &[
                        ("size", FluentValue::from(human_size(*size, &numbers))),
                        ("language", FluentValue::from(lang.autonym)),
                    ],
                );
                downloads.push(Download {
                    href: path.rsplit('/').next().unwrap_or_default().to_string(),
                    label: Html::new(label, lang),
                });
            }
        }
        let home = Crumb {
            label: shared.ui["nav_home"].text.clone(),
            href: Some("../index.html".into()),
        };

        // The page.
        let mut page_downloads = vec![Download {
            href: "large-print.html".into(),
            label: Html::new(tr.ui("download-large-print-html"), lang),
        }];
        page_downloads.extend(downloads.iter().cloned());
        ctx.insert(
            "page_title",
            &format!("{} – {}", view.title.text, shared.site_title.text),
        );
        let crumbs = [
            home.clone(),
            Crumb {
                label: view.title.text.clone(),
                href: None,
            },
        ];
        ctx.insert("breadcrumb", &crumbs);
        ctx.insert("downloads", &page_downloads);
        let page = self.render(
            "publication.html",
            &ctx,
            format!("{}/{slug}/index.html", lang.code),
        )?;

        // The large-print page.
        self.set_path(&mut ctx, lang, &format!("{slug}/large-print.html"), 2);
        ctx.insert(
            "large_print_css",
            &format!("../../assets/{}", self.theme.large_print_css_name),
        );
        ctx.insert(
            "page_title",
            &format!(
                "{} ({}) – {}",
                view.title.text, shared.ui["large_print"].text, shared.site_title.text
            ),
        );
        let crumbs = [
            home,
            Crumb {
                label: view.title.text.clone(),
                href: Some("index.html".into()),
            },
            Crumb {
                label: shared.ui["large_print"].text.clone(),
                href: None,
            },
        ];
        ctx.insert("breadcrumb", &crumbs);
        ctx.insert("downloads", &downloads);
        let large = self.render(
            "publication.html",
            &ctx,
            format!("{}/{slug}/large-print.html", lang.code),
        )?;
        Ok([page, large])
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
        ctx.insert("site_title", &tr.text(&self.content.config.title).text);
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
        let base = &self.absolute_root;
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
        // Its web fonts, by absolute URL like its links.
        let mut css = self.theme.css.clone();
        for name in self.theme.assets.keys() {
            css = css.replace(name.as_str(), &format!("{base}assets/{name}"));
        }
        ctx.insert("inline_css", &css);
        self.render("404.html", &ctx, "404.html".into())
    }
}
