//! What to render again after a change: for each format, the publications
//! × languages whose files change; the index pages (home, listings, feed,
//! accessibility statement) that change, all of a language's or one by
//! one; the files every language shares; and the formats whose theme
//! inputs changed. `build` renders everything; `serve`
//! renders only the scope of each change, which is what keeps a rebuild
//! fast.

use crate::content::listing::{IndexPage, Listings};
use crate::render::formats::{self, PAGES};
use crate::site::Site;
use std::collections::{BTreeMap, BTreeSet};

/// A publication in a language: (slug, language code).
pub type EditionId = (String, String);

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Scope {
    /// The editions to make again, by format name (`html` for the page
    /// and large-print page).
    pub formats: BTreeMap<&'static str, BTreeSet<EditionId>>,
    /// Languages all of whose index pages are made again: home, every
    /// listing page, feed and accessibility statement.
    pub indexes: BTreeSet<String>,
    /// Index pages made again one by one: (language, page).
    pub pages: BTreeSet<(String, IndexPage)>,
    /// Index pages there are no more (a listing grew shorter): their
    /// files go.
    pub gone: BTreeSet<(String, IndexPage)>,
    /// The language chooser, 404 page, `.htaccess` and CSS.
    pub shared: bool,
    /// The sitemap: the pages there are changed.
    pub sitemap: bool,
    /// Publications removed: their folders go, in every language.
    pub removed: BTreeSet<String>,
    /// Formats whose theme inputs changed: they are loaded again (fonts
    /// found, templates read) before they make anything.
    pub reload: BTreeSet<&'static str>,
    /// Editions in `formats` only because they name a changed publication
    /// as related: `serve` makes them after the rest, so that the page
    /// being edited is served first.
    pub related: BTreeSet<EditionId>,
}

impl Scope {
    fn editions(site: &Site, slugs: &[&str], langs: &[&str]) -> BTreeSet<EditionId> {
        let mut out = BTreeSet::new();
        for p in site.content.publications.iter() {
            if !slugs.contains(&p.slug.as_str()) {
                continue;
            }
            for lang in langs {
                out.insert((p.slug.clone(), lang.to_string()));
            }
        }
        out
    }

    fn languages(site: &Site) -> Vec<&str> {
        site.content
            .config
            .languages
            .iter()
            .map(String::as_str)
            .collect()
    }

    fn slugs(site: &Site) -> Vec<&str> {
        site.content
            .publications
            .iter()
            .map(|p| p.slug.as_str())
            .collect()
    }

    /// `editions` in every format the site makes.
    fn in_every_format(site: &Site, editions: BTreeSet<EditionId>) -> Scope {
        Scope {
            formats: site
                .formats
                .iter()
                .map(|&f| (f, editions.clone()))
                .collect(),
            ..Scope::default()
        }
    }

    /// Everything: a build, or a change to `site.yaml` or the English theme
    /// strings, which every page shows.
    pub fn everything(site: &Site) -> Scope {
        let langs = Scope::languages(site);
        let editions = Scope::editions(site, &Scope::slugs(site), &langs);
        Scope {
            indexes: langs.iter().map(|l| l.to_string()).collect(),
            shared: true,
            sitemap: true,
            ..Scope::in_every_format(site, editions)
        }
    }

    /// The index pages of every language `langs` that `changed` names.
    fn index_pages(langs: &[&str], changed: &BTreeSet<IndexPage>) -> BTreeSet<(String, IndexPage)> {
        langs
            .iter()
            .flat_map(|l| changed.iter().map(|p| (l.to_string(), *p)))
            .collect()
    }

    /// A publication changed, came or went: its own files in every
    /// language, and, if its title changed (`retitled`) or it came or went,
    /// those of publications that name it as related (they show its
    /// title); the index pages that show it or whose list changed since
    /// the listings were `before`; the sitemap if it came or went.
    pub fn publication(site: &Site, slug: &str, before: &Listings, retitled: bool) -> Scope {
        let langs = Scope::languages(site);
        let mut slugs = vec![slug];
        for p in &site.content.publications {
            let names_it = crate::content::related(p).any(|r| r == slug);
            if names_it && retitled {
                slugs.push(&p.slug);
            }
        }
        let editions = Scope::editions(site, &slugs, &langs);
        let related = Scope::editions(site, &slugs[1..], &langs);
        let removed = if site.content.publications.iter().any(|p| p.slug == slug) {
            BTreeSet::new()
        } else {
            BTreeSet::from([slug.to_string()])
        };
        let (changed, gone) = site.listings.changed(before, &[slug.to_string()]);
        Scope {
            pages: Scope::index_pages(&langs, &changed),
            gone: Scope::index_pages(&langs, &gone),
            // A page came or went: a list page, or the publication's own.
            sitemap: site.listings.all() != before.all()
                || before.has(slug) != site.listings.has(slug),
            removed,
            related,
            ..Scope::in_every_format(site, editions)
        }
    }

    /// A publication's translation into `lang` changed: its files in that
    /// language, those of publications that name it as related, and the
    /// language's index pages that show its title.
    pub fn translation(site: &Site, lang: &str, slug: &str) -> Scope {
        let mut slugs = vec![slug];
        for p in &site.content.publications {
            if crate::content::related(p).any(|r| r == slug) {
                slugs.push(&p.slug);
            }
        }
        let editions = Scope::editions(site, &slugs, &[lang]);
        let (changed, _) = site.listings.changed(&site.listings, &[slug.to_string()]);
        Scope {
            pages: Scope::index_pages(&[lang], &changed),
            ..Scope::in_every_format(site, editions)
        }
    }

    /// A language's translations changed: all its files. The chooser and
    /// 404 page, which speak every language, too.
    pub fn language(site: &Site, lang: &str) -> Scope {
        let editions = Scope::editions(site, &Scope::slugs(site), &[lang]);
        Scope {
            indexes: BTreeSet::from([lang.to_string()]),
            shared: true,
            ..Scope::in_every_format(site, editions)
        }
    }

    /// The theme's folder `folder` changed: every file of the formats that
    /// read it, which are loaded again. The pages after a download format's
    /// change follow when its files are made, since they give their sizes.
    pub fn theme(site: &Site, folder: &str) -> Scope {
        let langs = Scope::languages(site);
        let editions = Scope::editions(site, &Scope::slugs(site), &langs);
        let reading: Vec<&'static str> = formats::reading(folder)
            .into_iter()
            .filter(|f| site.formats.contains(f))
            .collect();
        let pages = reading.contains(&PAGES);
        Scope {
            formats: reading.iter().map(|&f| (f, editions.clone())).collect(),
            indexes: if pages {
                langs.iter().map(|l| l.to_string()).collect()
            } else {
                BTreeSet::new()
            },
            shared: pages,
            sitemap: false,
            reload: reading.into_iter().collect(),
            ..Scope::default()
        }
    }

    /// The editions of `format` in the scope.
    pub fn of(&self, format: &str) -> impl Iterator<Item = &EditionId> {
        self.formats.get(format).into_iter().flatten()
    }

    /// Whether the scope makes `edition` in `format`.
    pub fn makes(&self, format: &str, edition: &EditionId) -> bool {
        self.formats
            .get(format)
            .is_some_and(|e| e.contains(edition))
    }

    /// Every edition some format makes again.
    pub fn editions_in_any(&self) -> BTreeSet<&EditionId> {
        self.formats.values().flatten().collect()
    }

    /// Adds what `other` renders to what this renders.
    pub fn merge(&mut self, other: Scope) {
        for (format, editions) in other.formats {
            self.formats.entry(format).or_default().extend(editions);
        }
        self.indexes.extend(other.indexes);
        self.pages.extend(other.pages);
        self.gone.extend(other.gone);
        // A page made again in one change and gone in another: the
        // listings as they are now decide, and they have it.
        self.gone.retain(|g| !self.pages.contains(g));
        self.shared |= other.shared;
        self.sitemap |= other.sitemap;
        self.related.extend(other.related);
        self.removed.extend(other.removed);
        self.reload.extend(other.reload);
    }

    /// This scope split in two, so that `serve` shows the page being
    /// edited first: the changed editions' own files (and anything else
    /// but what follows), then the index pages made again one by one, the
    /// sitemap and the editions made only for naming a changed publication
    /// as related (an empty scope if none).
    pub fn split_first(mut self) -> (Scope, Scope) {
        let mut needed: BTreeSet<EditionId> = BTreeSet::new();
        std::mem::swap(&mut needed, &mut self.related);
        let mut later = Scope {
            pages: std::mem::take(&mut self.pages),
            gone: std::mem::take(&mut self.gone),
            sitemap: std::mem::take(&mut self.sitemap),
            ..Scope::default()
        };
        for (format, editions) in self.formats.iter_mut() {
            let (then, now): (BTreeSet<EditionId>, BTreeSet<EditionId>) = std::mem::take(editions)
                .into_iter()
                .partition(|e| needed.contains(e));
            *editions = now;
            if !then.is_empty() {
                later.formats.insert(format, then);
            }
        }
        (self, later)
    }

    /// Nothing to render.
    pub fn is_empty(&self) -> bool {
        self.formats.values().all(BTreeSet::is_empty)
            && self.indexes.is_empty()
            && self.pages.is_empty()
            && self.gone.is_empty()
            && !self.shared
            && !self.sitemap
            && self.removed.is_empty()
    }
}
