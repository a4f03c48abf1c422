//! Which publications each index page shows: the home page (the featured
//! publications, then the newest), each kind's listing, newest first, in
//! pages of [`PAGE_SIZE`], and the Atom feed (the newest
//! [`FEED_ENTRIES`]). The same for every language, since every language
//! has every publication (untranslated parts stand in in English).
//!
//! `serve` keeps the listings of the site it shows and compares them with
//! the listings after a change, so that an edit renders only the index
//! pages that show the publication or whose list changed
//! ([`Listings::changed`]).

use super::model::{Kind, Publication};
use super::Content;
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// Publications on a listing page. GOV.UK's finders and search show 20
/// results a page: few enough that a screen-reader user moving by heading
/// or link reaches the page links quickly and a page is about 15 KB of
/// HTML on a cheap phone's connection, many enough that a year of a busy
/// CVS's news is a handful of pages.
pub const PAGE_SIZE: usize = 20;
/// Cards on each language's home page: the featured publications
/// (`site.yaml`'s `publications:`), then the newest of the rest.
pub const HOME_CARDS: usize = 6;
/// Entries in each language's Atom feed: the newest dated publications.
pub const FEED_ENTRIES: usize = 20;

/// Names a publication cannot have: the folders of the pages every
/// language has beside its publications.
pub const RESERVED: &[&str] = &[
    "accessibility",
    "assets",
    "compacts",
    "action-reports",
    "news",
];

/// The kinds, in the order the home page links their listings.
pub const KINDS: [Kind; 3] = [Kind::Compact, Kind::ActionReport, Kind::News];

impl Kind {
    /// The folder of its listing in each language ("compacts").
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Compact => "compacts",
            Kind::ActionReport => "action-reports",
            Kind::News => "news",
        }
    }

    /// Its part in the theme strings' ids ("compacts" in
    /// `listing-compacts`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Compact => "compacts",
            Kind::ActionReport => "action-reports",
            Kind::News => "news",
        }
    }
}

/// Newest first; undated publications after every dated one; then by
/// slug, so the order is total and every build the same.
pub fn newest_first(a: &Publication, b: &Publication) -> Ordering {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => y.cmp(x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
    .then_with(|| a.slug.cmp(&b.slug))
}

/// One of a language's pages that lists publications, or that changes
/// with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IndexPage {
    Home,
    /// Page `n` (from 1) of a kind's listing.
    Listing(Kind, usize),
    Feed,
    /// The accessibility statement, which counts the publications.
    Statement,
}

impl IndexPage {
    /// The page's folder, relative to its language's ("news/page/2/"), or
    /// the feed's file name.
    pub fn path(self) -> String {
        match self {
            IndexPage::Home => String::new(),
            IndexPage::Listing(kind, 1) => format!("{}/", kind.folder()),
            IndexPage::Listing(kind, n) => format!("{}/page/{n}/", kind.folder()),
            IndexPage::Feed => "feed.xml".to_string(),
            IndexPage::Statement => "accessibility/".to_string(),
        }
    }

    /// How many folders below its language's folder the page is.
    pub fn depth(self) -> usize {
        match self {
            IndexPage::Home | IndexPage::Feed => 0,
            IndexPage::Listing(_, 1) | IndexPage::Statement => 1,
            IndexPage::Listing(_, _) => 3,
        }
    }
}

/// What every language's index pages show, as slugs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listings {
    /// The home page's cards.
    pub home: Vec<String>,
    /// Each kind that has publications, with its listing's pages.
    pub kinds: Vec<(Kind, Vec<Vec<String>>)>,
    /// The feed's entries: the newest dated publications.
    pub feed: Vec<String>,
    /// How many publications there are.
    pub count: usize,
}

impl Listings {
    /// The listings of `content`, whose publications are in the site's
    /// order (featured first, then newest).
    pub fn new(content: &Content) -> Listings {
        let home = content
            .publications
            .iter()
            .take(HOME_CARDS)
            .map(|p| p.slug.clone())
            .collect();
        let mut newest: Vec<&Publication> = content.publications.iter().collect();
        newest.sort_by(|a, b| newest_first(a, b));
        let kinds = KINDS
            .iter()
            .filter_map(|&kind| {
                let of_kind: Vec<String> = newest
                    .iter()
                    .filter(|p| p.kind == kind)
                    .map(|p| p.slug.clone())
                    .collect();
                (!of_kind.is_empty()).then(|| {
                    (
                        kind,
                        of_kind.chunks(PAGE_SIZE).map(<[String]>::to_vec).collect(),
                    )
                })
            })
            .collect();
        let feed = newest
            .iter()
            .filter(|p| p.date.is_some())
            .take(FEED_ENTRIES)
            .map(|p| p.slug.clone())
            .collect();
        Listings {
            home,
            kinds,
            feed,
            count: content.publications.len(),
        }
    }

    /// Whether a list shows the publication `slug`: whether it is there.
    pub fn has(&self, slug: &str) -> bool {
        self.kinds
            .iter()
            .flat_map(|(_, pages)| pages)
            .flatten()
            .any(|s| s == slug)
    }

    /// The pages of a kind's listing, if it has publications.
    pub fn pages(&self, kind: Kind) -> Option<&[Vec<String>]> {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, pages)| pages.as_slice())
    }

    /// Every index page a language has.
    pub fn all(&self) -> Vec<IndexPage> {
        let mut all = vec![IndexPage::Home, IndexPage::Feed, IndexPage::Statement];
        for (kind, pages) in &self.kinds {
            all.extend((1..=pages.len()).map(|n| IndexPage::Listing(*kind, n)));
        }
        all
    }

    /// The index pages to make again when the publications `slugs` changed
    /// (edited, added or removed) and the listings went from `old` to
    /// these: those that show one of them, before or after, and those
    /// whose list changed. The second set is the pages `old` had that
    /// these do not: their files go.
    pub fn changed(
        &self,
        old: &Listings,
        slugs: &[String],
    ) -> (BTreeSet<IndexPage>, BTreeSet<IndexPage>) {
        let shows = |list: &[String]| list.iter().any(|s| slugs.contains(s));
        let mut pages = BTreeSet::new();
        if self.home != old.home || shows(&self.home) {
            pages.insert(IndexPage::Home);
        }
        if self.feed != old.feed || shows(&self.feed) {
            pages.insert(IndexPage::Feed);
        }
        if self.count != old.count {
            // The home page and the statement count the publications.
            pages.insert(IndexPage::Home);
            pages.insert(IndexPage::Statement);
        }
        let kinds_before: Vec<Kind> = old.kinds.iter().map(|(k, _)| *k).collect();
        let kinds_now: Vec<Kind> = self.kinds.iter().map(|(k, _)| *k).collect();
        if kinds_before != kinds_now {
            // The home page links each kind's listing.
            pages.insert(IndexPage::Home);
        }
        let none: &[Vec<String>] = &[];
        let mut gone = BTreeSet::new();
        for kind in KINDS {
            let before = old.pages(kind).unwrap_or(none);
            let now = self.pages(kind).unwrap_or(none);
            for (i, page) in now.iter().enumerate() {
                let n = i + 1;
                // Every page of a listing says how many it has.
                if before.len() != now.len() || before.get(i) != Some(page) || shows(page) {
                    pages.insert(IndexPage::Listing(kind, n));
                }
            }
            for n in now.len() + 1..=before.len() {
                gone.insert(IndexPage::Listing(kind, n));
            }
        }
        (pages, gone)
    }
}
