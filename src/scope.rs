//! What to render again after a change: the publications × languages whose
//! pages and text editions change, the languages whose home and
//! accessibility pages change, the files every language shares, and the
//! PDFs to typeset. `build` renders everything; `serve` renders only the
//! scope of each change, which is what keeps a rebuild fast.

use crate::site::Site;
use std::collections::BTreeSet;

/// A publication in a language: (slug, language code).
pub type Edition = (String, String);

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Scope {
    /// Publication pages, large-print pages and text editions.
    pub editions: BTreeSet<Edition>,
    /// Languages whose home and accessibility pages are made again.
    pub indexes: BTreeSet<String>,
    /// The language chooser, 404 page, sitemap, `.htaccess` and CSS.
    pub shared: bool,
    /// Large-print PDFs to typeset again.
    pub pdfs: BTreeSet<Edition>,
    /// Publications removed: their folders go, in every language.
    pub removed: BTreeSet<String>,
    /// The theme's fonts changed: PDFs need them found again.
    pub fonts: bool,
}

impl Scope {
    fn editions(site: &Site, slugs: &[&str], langs: &[&str]) -> BTreeSet<Edition> {
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

    /// Everything: a build, or a change to `site.yaml` or the English theme
    /// strings, which every page shows.
    pub fn everything(site: &Site) -> Scope {
        let langs = Scope::languages(site);
        let editions = Scope::editions(site, &Scope::slugs(site), &langs);
        Scope {
            pdfs: editions.clone(),
            editions,
            indexes: langs.iter().map(|l| l.to_string()).collect(),
            shared: true,
            removed: BTreeSet::new(),
            fonts: false,
        }
    }

    /// A publication changed, came or went: its own pages and PDFs in every
    /// language, and those of publications that name it as related (they
    /// show its title); every home page lists it, the sitemap names it.
    pub fn publication(site: &Site, slug: &str) -> Scope {
        let langs = Scope::languages(site);
        let mut slugs = vec![slug];
        for p in &site.content.publications {
            let names_it = crate::content::related(p).any(|r| r == slug);
            if names_it {
                slugs.push(&p.slug);
            }
        }
        let editions = Scope::editions(site, &slugs, &langs);
        let removed = if site.content.publications.iter().any(|p| p.slug == slug) {
            BTreeSet::new()
        } else {
            BTreeSet::from([slug.to_string()])
        };
        Scope {
            pdfs: editions.clone(),
            editions,
            indexes: langs.iter().map(|l| l.to_string()).collect(),
            shared: true,
            removed,
            fonts: false,
        }
    }

    /// A publication's translation into `lang` changed: its pages and PDF
    /// in that language, those of publications that name it as related,
    /// and the language's home page, which lists its title.
    pub fn translation(site: &Site, lang: &str, slug: &str) -> Scope {
        let mut slugs = vec![slug];
        for p in &site.content.publications {
            if crate::content::related(p).any(|r| r == slug) {
                slugs.push(&p.slug);
            }
        }
        let editions = Scope::editions(site, &slugs, &[lang]);
        Scope {
            pdfs: editions.clone(),
            editions,
            indexes: BTreeSet::from([lang.to_string()]),
            ..Scope::default()
        }
    }

    /// A language's translations changed: all its pages, text editions and
    /// PDFs. The chooser and 404 page, which speak every language, too.
    pub fn language(site: &Site, lang: &str) -> Scope {
        let editions = Scope::editions(site, &Scope::slugs(site), &[lang]);
        Scope {
            pdfs: editions.clone(),
            editions,
            indexes: BTreeSet::from([lang.to_string()]),
            shared: true,
            removed: BTreeSet::new(),
            fonts: false,
        }
    }

    /// The theme's templates or CSS changed: every HTML page, no PDF.
    pub fn html(site: &Site) -> Scope {
        Scope {
            pdfs: BTreeSet::new(),
            ..Scope::everything(site)
        }
    }

    /// The PDF template or fonts changed: every PDF, and then the pages
    /// that give their sizes.
    pub fn pdfs(site: &Site) -> Scope {
        let all = Scope::everything(site);
        Scope {
            pdfs: all.pdfs,
            ..Scope::default()
        }
    }

    /// Adds what `other` renders to what this renders.
    pub fn merge(&mut self, other: Scope) {
        self.editions.extend(other.editions);
        self.indexes.extend(other.indexes);
        self.shared |= other.shared;
        self.pdfs.extend(other.pdfs);
        self.removed.extend(other.removed);
        self.fonts |= other.fonts;
    }

    /// Nothing to render.
    pub fn is_empty(&self) -> bool {
        self.editions.is_empty()
            && self.indexes.is_empty()
            && !self.shared
            && self.pdfs.is_empty()
            && self.removed.is_empty()
    }
}
