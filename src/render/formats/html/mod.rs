//! The HTML renderer: every page of the site in every language, through the
//! theme's Tera templates.
//!
//! Pages link to each other and to assets by relative URLs ending in
//! `index.html`, so `public/` works from any folder of any server and from
//! disk. Only canonical and `hreflang` links use the absolute base URL.

pub mod feed;
pub mod htaccess;
pub mod markup;
pub mod sitemap;
pub mod statement;

use super::{Context, Format, Formats, Work};
use crate::content::listing::{IndexPage, Listings};
use crate::content::model::{Kind, Publication};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::language::Language;
use crate::i18n::numbers::NumberFormat;
use crate::i18n::translator::{Catalog, Translator};
use crate::render::edition::{notices, Edition, Editions, LanguageShared};
use crate::render::view::Text;
use crate::scope::Scope;
use crate::site::Site;
use crate::theme::Theme;
use fluent_bundle::FluentValue;
use markup::Markup;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

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

/// A language's feed, as a page in no one language links it.
#[derive(Serialize)]
struct FeedLink {
    code: &'static str,
    href: String,
    title: String,
}

/// A kind's listing, as the home page links it.
#[derive(Serialize)]
struct KindLink {
    href: String,
    label: Markup,
    count: Markup,
}

/// A link of a listing's page navigation: a page number, or a gap.
#[derive(Serialize)]
struct PageLink {
    /// The page's number in the language's digits; none for a gap.
    number: Option<String>,
    href: String,
    current: bool,
    /// "Page 2", for the link's accessible name.
    label: String,
}

/// A listing's page navigation.
#[derive(Serialize)]
struct Pagination {
    /// "Page 2 of 20".
    position: Markup,
    previous: Option<String>,
    next: Option<String>,
    links: Vec<PageLink>,
}

#[derive(Serialize)]
struct PublicationCard {
    href: String,
    label: Option<Markup>,
    title: Markup,
    summary: Markup,
    date: Option<crate::render::view::DateView>,
}

/// Renders pages through the theme's templates.
pub struct HtmlRenderer<'a> {
    pub catalog: &'a Catalog,
    pub theme: &'a Theme,
    pub editions: &'a Editions<'a>,
    /// The download formats, for each page's links and the accessibility
    /// statement's list.
    formats: &'a Formats,
    languages: &'a [&'static Language],
    /// What the index pages show.
    listings: &'a Listings,
    base_url: &'a str,
    /// Each language's theme strings as template values, made once.
    ui: &'a UiValues,
    /// What the 404 page's links start with, since it is served at any
    /// address and cannot link relatively: the site's base URL, or `/` in
    /// `serve`'s preview, which is served from the root of this computer.
    pub absolute_root: String,
}

/// Each language's theme strings as template values, by language code.
pub type UiValues = Mutex<BTreeMap<&'static str, tera::Value>>;

/// `text` as the templates use it, on a page in `lang`.
fn markup(text: &Text, lang: &Language) -> Markup {
    Markup::of(text, lang.rtl)
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

/// "1 h 12 min", "35 min": an audio edition's running time, to the
/// nearest minute (at least one), in the page's language and digits.
/// The numbers go to Fluent as numbers, so that `[0]` and plural forms
/// select, and the language's bundle writes them in its digits.
pub fn duration(tr: &Translator, seconds: u64) -> String {
    let minutes = seconds.div_ceil(60).max(1);
    let (hours, minutes) = (minutes / 60, minutes % 60);
    tr.ui_args(
        "audio-duration",
        &[
            ("hours", FluentValue::from(hours)),
            ("minutes", FluentValue::from(minutes)),
        ],
    )
    .text
}

#[derive(Clone, Serialize)]
struct Download {
    href: String,
    label: Markup,
}

impl<'a> HtmlRenderer<'a> {
    /// A renderer for `site`'s pages, linking to the downloads `formats` make.
    pub fn new(
        site: &'a Site,
        editions: &'a Editions<'a>,
        formats: &'a Formats,
        ui: &'a UiValues,
    ) -> Self {
        HtmlRenderer {
            ui,
            catalog: &site.catalog,
            theme: &site.theme,
            editions,
            formats,
            languages: &editions.languages,
            listings: &site.listings,
            base_url: &site.content.config.base_url,
            absolute_root: if site.preview {
                "/".to_string()
            } else {
                site.content.config.base_url.clone()
            },
        }
    }

    fn shared(&self, tr: &Translator) -> std::sync::Arc<LanguageShared> {
        self.editions.shared(tr)
    }

    /// The pages of the scope that belong to no edition: the index pages
    /// of `scope.indexes` and `scope.pages` (home, listings, feed,
    /// accessibility statement), and the chooser and 404 page if
    /// `scope.shared`. `sizes` maps each download's path to its size, for
    /// the formats the accessibility statement lists: give it every
    /// download made, or it lists fewer.
    fn site_pages(
        &self,
        scope: &Scope,
        sizes: &crate::render::pass::Sizes,
    ) -> Result<Vec<Page>, Diagnostics> {
        use rayon::prelude::*;
        let mut pages = Vec::new();
        if scope.shared {
            pages.push(self.chooser()?);
            pages.push(self.not_found()?);
        }
        let all = self.listings.all();
        let mut wanted: Vec<(&'static Language, IndexPage)> = Vec::new();
        for &lang in self.languages {
            if scope.indexes.contains(lang.code) {
                wanted.extend(all.iter().map(|&p| (lang, p)));
            } else {
                wanted.extend(
                    scope
                        .pages
                        .iter()
                        .filter(|(l, p)| l == lang.code && all.contains(p))
                        .map(|(_, p)| (lang, *p)),
                );
            }
        }
        let made: Vec<Page> = wanted
            .par_iter()
            .map(|&(lang, page)| match page {
                IndexPage::Home => self.home(lang),
                IndexPage::Statement => self.accessibility(lang, sizes),
                IndexPage::Listing(kind, n) => self.listing(lang, kind, n),
                IndexPage::Feed => self.feed(lang),
            })
            .collect::<Result<_, Diagnostics>>()?;
        pages.extend(made);
        Ok(pages)
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
        let ui = {
            let mut cache = self.ui.lock().unwrap_or_else(|e| e.into_inner());
            cache
                .entry(lang.code)
                .or_insert_with(|| markup::value(&shared.ui, lang.rtl))
                .clone()
        };
        ctx.insert_value("t", ui);
        ctx.insert_value("site_title", markup::value(&shared.site_title, lang.rtl));
        ctx.insert("home_href", &format!("{root}{}/index.html", lang.code));
        ctx.insert("feed_href", &format!("{root}{}/feed.xml", lang.code));
        ctx.insert(
            "accessibility_href",
            &format!("{root}{}/accessibility/index.html", lang.code),
        );
        ctx.insert_value(
            "requests",
            markup::value(self.editions.requests(), lang.rtl),
        );
        ctx.insert("own_requests", &false);
        ctx.insert_value("publisher", markup::value(&shared.publisher, lang.rtl));
        self.set_path(&mut ctx, lang, path, depth);
        ctx
    }

    /// The parts of the context that depend on the page's own address:
    /// canonical and `hreflang` links, and the language switcher. `path` is
    /// the page relative to its language folder.
    fn set_path(&self, ctx: &mut tera::Context, lang: &Language, path: &str, depth: usize) {
        let root = "../".repeat(depth);
        let base = &self.base_url;
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

    fn render(
        &self,
        template: &str,
        ctx: &tera::Context,
        path: String,
    ) -> Result<Page, Diagnostics> {
        // Straight to bytes: the page is written, never read as text, and
        // checking a String's UTF-8 was a thirtieth of a large build.
        let mut html = Vec::with_capacity(32 * 1024);
        self.theme
            .tera
            .render_to(template, ctx, &mut html)
            .map_err(|e| self.template_error(template, &e))?;
        Ok(Page { path, html })
    }

    /// A template's error, naming the template and every cause Tera gives.
    fn template_error(&self, template: &str, e: &tera::Error) -> Diagnostics {
        let mut message = format!("the template could not render: {e}");
        let mut cause = std::error::Error::source(e);
        while let Some(c) = cause {
            message.push_str(&format!(": {c}"));
            cause = c.source();
        }
        Diagnostics::from(Diagnostic::error(
            PathBuf::from("themes")
                .join(&self.editions.content.config.theme)
                .join("templates")
                .join(template),
            message,
            "fix the template named above; a variable it uses may be misspelt",
        ))
    }

    /// A publication's card on an index page, linking to it by `href`.
    fn card(&self, tr: &Translator, p: &Publication, href: String) -> PublicationCard {
        let lang = tr.lang;
        // Title-page strings as loading found them: reading every
        // publication's translations again for one page would not do.
        let front = |t| {
            let r = self.catalog.front(lang, &p.slug, t);
            tr.count(&r);
            markup(&Text::new(r, lang), lang)
        };
        PublicationCard {
            href,
            label: p.label.as_ref().map(front),
            title: front(&p.title),
            summary: front(&p.summary),
            date: p
                .date
                .as_ref()
                .map(|d| crate::render::view::DateView::new(d, lang, tr.numbering)),
        }
    }

    /// The publication called `slug`.
    fn publication(&self, slug: &str) -> Option<&Publication> {
        self.editions
            .content
            .publications
            .iter()
            .find(|p| p.slug == slug)
    }

    /// "Compacts", "News": a kind's listing's name.
    fn kind_name(tr: &Translator, kind: Kind) -> Text {
        Text::new(tr.ui(&format!("listing-{}", kind.key())), tr.lang)
    }

    /// "12 publications", in the language's words and digits.
    fn count(tr: &Translator, n: usize) -> Text {
        Text::new(
            tr.ui_args("publication-count", &[("count", FluentValue::from(n))]),
            tr.lang,
        )
    }

    fn home(&self, lang: &'static Language) -> Result<Page, Diagnostics> {
        let tr = self.catalog.translator(lang, None);
        let shared = self.shared(&tr);
        let cards: Vec<PublicationCard> = self
            .listings
            .home
            .iter()
            .filter_map(|slug| self.publication(slug))
            .map(|p| self.card(&tr, p, format!("{}/index.html", p.slug)))
            .collect();
        let kinds: Vec<KindLink> = self
            .listings
            .kinds
            .iter()
            .map(|(kind, pages)| KindLink {
                href: format!("{}/index.html", kind.folder()),
                label: markup(&Self::kind_name(&tr, *kind), lang),
                count: markup(&Self::count(&tr, pages.iter().map(Vec::len).sum()), lang),
            })
            .collect();
        let count = Self::count(&tr, self.listings.count);
        let mut ctx = self.base_context(&tr, &shared, "", 1);
        ctx.insert("page_title", &shared.site_title.text);
        ctx.insert_value(
            "site_tagline",
            markup::value(&shared.site_tagline, lang.rtl),
        );
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
        // Under the home page's h2.
        ctx.insert("card_level", &3);
        ctx.insert("kinds", &kinds);
        ctx.insert_value("publication_count", markup::value(&count, lang.rtl));
        ctx.insert_value("notices", markup::value(&notices(&tr), lang.rtl));
        self.render("home.html", &ctx, format!("{}/index.html", lang.code))
    }

    /// Page `n` (from 1) of `kind`'s listing in `lang`: its publications,
    /// newest first, and links to the other pages.
    fn listing(&self, lang: &'static Language, kind: Kind, n: usize) -> Result<Page, Diagnostics> {
        let tr = self.catalog.translator(lang, None);
        let shared = self.shared(&tr);
        let pages = self.listings.pages(kind).unwrap_or_default();
        let this = IndexPage::Listing(kind, n);
        let depth = this.depth() + 1;
        // From this page to the language's folder, and to page `m`.
        let up = "../".repeat(this.depth());
        let href = |m: usize| format!("{up}{}index.html", IndexPage::Listing(kind, m).path());
        let slugs = pages.get(n - 1).map(Vec::as_slice).unwrap_or_default();
        let cards: Vec<PublicationCard> = slugs
            .iter()
            .filter_map(|slug| self.publication(slug))
            .map(|p| self.card(&tr, p, format!("{up}{}/index.html", p.slug)))
            .collect();
        let numbers = NumberFormat::new(lang.code, tr.numbering);
        let name = Self::kind_name(&tr, kind);
        let position = Text::new(
            tr.ui_args(
                "listing-page-of",
                &[
                    ("page", FluentValue::from(n)),
                    ("pages", FluentValue::from(pages.len())),
                ],
            ),
            lang,
        );
        let total = pages.len();
        let mut links = Vec::new();
        for m in 1..=total {
            // The first and last pages and those either side of this one;
            // a gap for the rest, so that fifty pages are a short list.
            if m == 1 || m == total || m.abs_diff(n) <= 1 {
                links.push(PageLink {
                    number: Some(numbers.integer(m as u64)),
                    href: href(m),
                    current: m == n,
                    label: tr
                        .ui_args("pagination-page", &[("page", FluentValue::from(m))])
                        .text,
                });
            } else if links.last().is_some_and(|l: &PageLink| l.number.is_some()) {
                links.push(PageLink {
                    number: None,
                    href: String::new(),
                    current: false,
                    label: String::new(),
                });
            }
        }
        let pagination = Pagination {
            position: markup(&position, lang),
            previous: (n > 1).then(|| href(n - 1)),
            next: (n < total).then(|| href(n + 1)),
            links,
        };
        let path = this.path();
        let mut ctx = self.base_context(&tr, &shared, &path, depth);
        let title = if total > 1 {
            format!(
                "{} ({}) – {}",
                name.text, position.text, shared.site_title.text
            )
        } else {
            format!("{} – {}", name.text, shared.site_title.text)
        };
        ctx.insert("page_title", &title);
        ctx.insert("description", &name.text);
        let mut breadcrumb = vec![Crumb {
            label: shared.ui["nav_home"].text.clone(),
            href: Some(format!("{}index.html", "../".repeat(this.depth()))),
        }];
        if n == 1 {
            breadcrumb.push(Crumb {
                label: name.text.clone(),
                href: None,
            });
        } else {
            breadcrumb.push(Crumb {
                label: name.text.clone(),
                href: Some(href(1)),
            });
            breadcrumb.push(Crumb {
                label: position.text.clone(),
                href: None,
            });
        }
        ctx.insert("breadcrumb", &breadcrumb);
        ctx.insert_value("heading", markup::value(&name, lang.rtl));
        ctx.insert_value(
            "publication_count",
            markup::value(
                &Self::count(&tr, pages.iter().map(Vec::len).sum()),
                lang.rtl,
            ),
        );
        ctx.insert("publications", &cards);
        // Under the list's h1.
        ctx.insert("card_level", &2);
        ctx.insert("pagination", &(total > 1).then_some(pagination));
        ctx.insert_value("notices", markup::value(&notices(&tr), lang.rtl));
        self.render(
            "listing.html",
            &ctx,
            format!("{}/{}index.html", lang.code, path),
        )
    }

    /// The Atom feed of `lang`: its newest publications.
    fn feed(&self, lang: &'static Language) -> Result<Page, Diagnostics> {
        let tr = self.catalog.translator(lang, None);
        let shared = self.shared(&tr);
        let entries: Vec<feed::Entry> = self
            .listings
            .feed
            .iter()
            .filter_map(|slug| self.publication(slug))
            .filter_map(|p| {
                let front = |t| {
                    let r = self.catalog.front(lang, &p.slug, t);
                    tr.count(&r);
                    Text::new(r, lang)
                };
                Some(feed::Entry {
                    slug: &p.slug,
                    date: p.date?,
                    title: front(&p.title),
                    summary: front(&p.summary),
                    kind_key: p.kind.key(),
                    kind: Self::kind_name(&tr, p.kind),
                })
            })
            .collect();
        let config = &self.editions.content.config;
        let xml = feed::render(&feed::Feed {
            lang,
            base_url: self.base_url,
            links_root: &self.absolute_root,
            title: &shared.site_title,
            subtitle: &Text::new(tr.ui("feed-subtitle"), lang),
            author: config
                .publisher
                .organisation
                .as_deref()
                .unwrap_or(&shared.site_title.text),
            entries: &entries,
        });
        Ok(Page {
            path: format!("{}/feed.xml", lang.code),
            html: xml.into_bytes(),
        })
    }

    /// The accessibility statement in `lang`. `sizes` are the downloads
    /// this build made: the statement lists only formats that were made.
    fn accessibility(
        &self,
        lang: &'static Language,
        sizes: &crate::render::pass::Sizes,
    ) -> Result<Page, Diagnostics> {
        let tr = self.catalog.translator(lang, None);
        let shared = self.shared(&tr);
        let statement = statement::statement(
            &tr,
            &self.editions.content.config,
            &shared.site_title,
            &self.editions.content.publications,
            self.languages,
            self.formats,
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
        ctx.insert_value("notices", markup::value(&notices(&tr), lang.rtl));
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
        prep: &Edition,
        sizes: &crate::render::pass::Sizes,
    ) -> Result<[Page; 2], Diagnostics> {
        let Edition {
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
        ctx.insert_value("publication", markup::value(view, lang.rtl));
        // A section of its own named as the footer's request for other
        // formats (as the county compact's is): the footer's request then
        // has no heading, so that the page has one heading of that name.
        let footer_heading = &shared.ui["alt_formats_heading"].text;
        let own_requests = view
            .sections
            .iter()
            .any(|s| s.title.as_ref().is_some_and(|t| &t.text == footer_heading));
        ctx.insert("own_requests", &own_requests);
        ctx.insert_value("notices", markup::value(notices, lang.rtl));
        // The content after the title block is the same on both pages.
        if self.theme.shared_body {
            let body = self
                .theme
                .tera
                .render("publication-body.html", &ctx)
                .map_err(|e| self.template_error("publication-body.html", &e))?;
            ctx.insert("body", &body);
        }
        let numbers = NumberFormat::new(lang.code, tr.numbering);
        let mut downloads = Vec::new();
        let offered = self
            .formats
            .downloads()
            .flat_map(|f| f.downloads(lang.code, slug));
        for download in offered {
            if let Some(size) = sizes.get(&download.path) {
                let mut args = vec![
                    ("size", FluentValue::from(human_size(size.bytes, &numbers))),
                    ("language", FluentValue::from(lang.autonym)),
                ];
                if let Some(seconds) = size.seconds {
                    args.push(("duration", FluentValue::from(duration(&tr, seconds))));
                }
                args.extend(
                    download
                        .args
                        .iter()
                        .map(|(k, v)| (*k, FluentValue::from(v.clone()))),
                );
                let label = tr.ui_args(download.label, &args);
                // Relative to the publication's folder, which holds them
                // (some in a folder of their own: the audio's MP3s).
                let folder = format!("{}/{slug}/", lang.code);
                let path = download.path;
                downloads.push(Download {
                    href: path.strip_prefix(&folder).unwrap_or(&path).to_string(),
                    label: markup(&Text::new(label, lang), lang),
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
            label: markup(&Text::new(tr.ui("download-large-print-html"), lang), lang),
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
    fn chooser(&self) -> Result<Page, Diagnostics> {
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
        ctx.insert(
            "site_title",
            &tr.text(&self.editions.content.config.title).text,
        );
        ctx.insert("heading", &tr.ui("choose-language").text);
        ctx.insert("skip_link", &tr.ui("skip-link").text);
        ctx.insert_value("requests", markup::value(self.editions.requests(), false));
        let base = &self.base_url;
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
        ctx.insert("feeds", &self.feeds(""));
        self.render("chooser.html", &ctx, "index.html".into())
    }

    /// Each language's feed, for the head of a page in no one language:
    /// links start with `root`.
    fn feeds(&self, root: &str) -> Vec<FeedLink> {
        self.languages
            .iter()
            .map(|l| {
                let tr = self.catalog.translator(l, None);
                FeedLink {
                    code: l.code,
                    href: format!("{root}{}/feed.xml", l.code),
                    title: format!(
                        "{}: {}",
                        tr.text(&self.editions.content.config.title).text,
                        tr.ui("feed-subtitle").text
                    ),
                }
            })
            .collect()
    }

    /// `404.html`: served for any missing path, so it cannot use relative
    /// URLs; its CSS is inline and its links use the base URL.
    fn not_found(&self) -> Result<Page, Diagnostics> {
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
        ctx.insert("feeds", &self.feeds(base));
        self.render("404.html", &ctx, "404.html".into())
    }
}

/// The pages format: every page of the site in every language.
#[derive(Default)]
pub struct Pages {
    ui: UiValues,
}

impl Format for Pages {
    fn name(&self) -> &'static str {
        super::PAGES
    }

    fn noun(&self) -> &'static str {
        "pages"
    }

    fn theme_inputs(&self) -> &'static [&'static str] {
        // The fonts: the web fonts the CSS names.
        &["templates", "css", "fonts"]
    }

    fn edition(&self, cx: &Context, edition: &Edition) -> Result<Work, Diagnostics> {
        let html = HtmlRenderer::new(cx.site, cx.editions, cx.formats, &self.ui);
        let pages = html.publication_pages(edition, cx.sizes)?;
        Ok(Work::Files(
            pages.into_iter().map(|p| (p.path, p.html)).collect(),
        ))
    }

    fn site_files(
        &self,
        cx: &Context,
        scope: &Scope,
    ) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
        let html = HtmlRenderer::new(cx.site, cx.editions, cx.formats, &self.ui);
        let mut files: Vec<(String, Vec<u8>)> = html
            .site_pages(scope, cx.sizes)?
            .into_iter()
            .map(|p| (p.path, p.html))
            .collect();
        if scope.shared {
            let site = cx.site;
            let theme = &site.theme;
            files.push((
                format!("assets/{}", theme.css_name),
                theme.css.clone().into_bytes(),
            ));
            files.push((
                format!("assets/{}", theme.large_print_css_name),
                theme.large_print_css.clone().into_bytes(),
            ));
            for (name, bytes) in &theme.assets {
                files.push((format!("assets/{name}"), bytes.clone()));
            }
            files.push((
                ".htaccess".to_string(),
                htaccess::HTACCESS.as_bytes().to_vec(),
            ));
        }
        if scope.sitemap {
            let site = cx.site;
            let mut paths: Vec<String> = site
                .listings
                .all()
                .into_iter()
                .filter(|p| *p != IndexPage::Feed)
                .map(IndexPage::path)
                .collect();
            paths.extend(
                site.content
                    .publications
                    .iter()
                    .map(|p| format!("{}/", p.slug)),
            );
            let config = &site.content.config;
            for (name, xml) in sitemap::render(&config.base_url, &paths, &config.languages) {
                files.push((name, xml.into_bytes()));
            }
        }
        Ok(files)
    }
}
