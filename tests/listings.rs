//! What a reader finds on a site with many publications: each language's
//! home page (the featured publications, then the newest, and a link to
//! each kind's list), each kind's list newest first in pages of twenty with
//! links between them that need no script, an Atom feed per language that a
//! real feed reader's parser reads without complaint, and a sitemap naming
//! every page. Checked in every language, on the example site and on a
//! generated site of 100 publications.

mod common;

use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const LANGS: [&str; 6] = ["en", "bn", "pa", "hi", "gu", "ur"];
const BASE: &str = "https://compacts.example.org/";
const KINDS: [(&str, &str); 3] = [
    ("compact", "compacts"),
    ("action_report", "action-reports"),
    ("news", "news"),
];

/// A generated site of 100 publications and its build (pages and text).
struct Corpus {
    site: tempfile::TempDir,
    out: tempfile::TempDir,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let site = tempfile::tempdir().unwrap();
        let made = Command::new(bin())
            .args(["dev", "corpus", "--publications", "100", "--out"])
            .arg(site.path().join("s"))
            .arg("--from")
            .arg(repo())
            .output()
            .unwrap();
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );
        let out = tempfile::tempdir().unwrap();
        let built = Command::new(bin())
            .args(["build", "--formats", "text", "--site"])
            .arg(site.path().join("s"))
            .arg("--out")
            .arg(out.path())
            .output()
            .unwrap();
        assert!(
            built.status.success(),
            "{}",
            String::from_utf8_lossy(&built.stderr)
        );
        Corpus { site, out }
    })
}

impl Corpus {
    fn site(&self) -> PathBuf {
        self.site.path().join("s")
    }

    /// Each publication's kind and date ("YYYY-MM-DD"), from its YAML.
    fn publications(&self) -> BTreeMap<String, (String, String)> {
        let mut out = BTreeMap::new();
        for p in all_files(&self.site().join("content")) {
            let name = p.file_name().unwrap().to_str().unwrap();
            if name == "site.yaml" {
                continue;
            }
            let yaml = std::fs::read_to_string(&p).unwrap();
            let field = |k: &str| {
                yaml.lines()
                    .find_map(|l| l.strip_prefix(&format!("{k}: ")))
                    .unwrap()
                    .to_string()
            };
            out.insert(
                name.trim_end_matches(".yaml").to_string(),
                (field("kind"), field("date")),
            );
        }
        out
    }
}

/// `href` on the page at `page`, as the file it names.
fn target(page: &Path, href: &str) -> PathBuf {
    let mut p = page.parent().unwrap().to_path_buf();
    for part in href.split('/') {
        match part {
            ".." => {
                p.pop();
            }
            "" | "." => {}
            part => p.push(part),
        }
    }
    p
}

/// The digits `n` is written with in `lang`.
fn digits(lang: &str, n: usize) -> String {
    let zero = match lang {
        "bn" => '০',
        "pa" => '੦',
        "hi" => '०',
        "gu" => '૦',
        "ur" => '۰',
        _ => '0',
    };
    n.to_string()
        .chars()
        .map(|c| char::from_u32(zero as u32 + c.to_digit(10).unwrap()).unwrap())
        .collect()
}

/// A listing page's cards: (href, date) each.
fn cards(page: &Path) -> Vec<(String, String)> {
    let html = parse(page);
    html.select(&sel("ul.cards li.card"))
        .map(|li| {
            let a = li
                .select(&sel("h2 a, h3 a"))
                .next()
                .expect("a card links its publication");
            let date = li
                .select(&sel("time"))
                .next()
                .and_then(|t| t.value().attr("datetime"))
                .unwrap_or_default()
                .to_string();
            (a.value().attr("href").unwrap().to_string(), date)
        })
        .collect()
}

#[test]
fn each_home_page_shows_the_featured_publications_and_links_every_kinds_list() {
    let out = built();
    let featured = [
        "leicestershire-county-compact",
        "compact-leicestershire",
        "charnwood-nw-leicestershire-compact",
        "hcvs-compact-action-report-2005",
        "learning-compact-launch",
    ];
    for lang in LANGS {
        let home = out.join(lang).join("index.html");
        let html = parse(&home);
        let shown: Vec<String> = cards(&home).into_iter().map(|(h, _)| h).collect();
        let wanted: Vec<String> = featured.iter().map(|s| format!("{s}/index.html")).collect();
        assert_eq!(
            shown, wanted,
            "{lang}: site.yaml's order decides what is featured"
        );
        let lists: Vec<String> = html
            .select(&sel("ul.listings a"))
            .map(|a| a.value().attr("href").unwrap().to_string())
            .collect();
        assert_eq!(
            lists,
            [
                "compacts/index.html",
                "action-reports/index.html",
                "news/index.html"
            ],
            "{lang}: a link to each kind's list"
        );
        for href in &lists {
            assert!(target(&home, href).is_file(), "{lang}: {href} is built");
        }
        let feed = html
            .select(&sel("p.feed a[type=\"application/atom+xml\"]"))
            .next()
            .unwrap_or_else(|| panic!("{lang}: the home page links its feed"));
        assert!(target(&home, feed.value().attr("href").unwrap()).is_file());
        if lang != "en" {
            let heading = text(html.select(&sel("main h2")).next().unwrap());
            assert!(in_own_script(lang, &heading), "{lang}: {heading}");
        }
    }
}

#[test]
fn every_kinds_list_is_newest_first_in_pages_of_twenty_linked_without_script() {
    let c = corpus();
    let publications = c.publications();
    for lang in LANGS {
        for (kind, folder) in KINDS {
            let mut wanted: Vec<(&String, &String)> = publications
                .iter()
                .filter(|(_, (k, _))| k == kind)
                .map(|(slug, (_, date))| (slug, date))
                .collect();
            // Newest first; the same day by address.
            wanted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let pages = wanted.len().div_ceil(20);
            assert!(pages >= 2 || kind == "compact", "the corpus pages {kind}");
            let mut seen = Vec::new();
            let mut page = c.out.path().join(lang).join(folder).join("index.html");
            for n in 1..=pages {
                let html = parse(&page);
                let on_page = cards(&page);
                assert!(
                    on_page.len() == 20 || (n == pages && !on_page.is_empty()),
                    "{lang} {folder} page {n}: {} cards",
                    on_page.len()
                );
                for (href, _) in &on_page {
                    assert!(
                        target(&page, href).is_file(),
                        "{lang}: {href} from {}",
                        page.display()
                    );
                    seen.push(href.rsplit('/').nth(1).unwrap().to_string());
                }
                assert_eq!(html.select(&sel("script")).count(), 0, "no script");
                let nav = html.select(&sel("nav.pagination")).next();
                if pages == 1 {
                    assert!(
                        nav.is_none(),
                        "{lang} {folder}: one page needs no page links"
                    );
                    break;
                }
                let nav = nav.unwrap_or_else(|| panic!("{lang} {folder} page {n} links its pages"));
                assert!(nav
                    .value()
                    .attr("aria-label")
                    .is_some_and(|l| !l.is_empty()));
                let current: Vec<_> = nav.select(&sel("a[aria-current=\"page\"]")).collect();
                assert_eq!(
                    current.len(),
                    1,
                    "{lang} {folder} page {n}: one current page"
                );
                // In the digits the site writes the language's numbers in:
                // its own (Bengali) or Latin (CLDR's choice for Punjabi).
                let own = text(current[0]) == digits(lang, n);
                let digits = |lang, n: usize| if own { digits(lang, n) } else { n.to_string() };
                assert_eq!(text(current[0]), digits(lang, n), "{lang}: page {n}");
                let label = current[0].value().attr("aria-label").unwrap();
                assert!(label.contains(&digits(lang, n)), "{label}");
                // "Page 2 of 3", in the language's words and digits.
                let position = text(html.select(&sel("main > h1 + p")).next().unwrap());
                assert!(
                    position.contains(&digits(lang, n)) && position.contains(&digits(lang, pages)),
                    "{lang} {folder} page {n}: {position}"
                );
                let title = text(html.select(&sel("title")).next().unwrap());
                assert!(
                    title.contains(&digits(lang, pages)),
                    "each page's title is its own: {title}"
                );
                let rel = |r: &str| {
                    nav.select(&sel(&format!("a[rel=\"{r}\"]")))
                        .next()
                        .map(|a| target(&page, a.value().attr("href").unwrap()))
                };
                assert_eq!(
                    rel("prev").is_some(),
                    n > 1,
                    "{lang} {folder} page {n}: rel=prev"
                );
                assert_eq!(
                    rel("next").is_some(),
                    n < pages,
                    "{lang} {folder} page {n}: rel=next"
                );
                for a in nav.select(&sel("a")) {
                    let to = target(&page, a.value().attr("href").unwrap());
                    assert!(to.is_file(), "{lang}: a page link to {}", to.display());
                }
                if let Some(next) = rel("next") {
                    page = next;
                }
            }
            let wanted: Vec<String> = wanted.iter().map(|(s, _)| s.to_string()).collect();
            assert_eq!(
                seen, wanted,
                "{lang} {folder}: every {kind}, once, newest first"
            );
        }
        // The home page: the newest six (the corpus features none).
        let mut newest: Vec<(&String, &String)> =
            publications.iter().map(|(s, (_, d))| (s, d)).collect();
        newest.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let home = c.out.path().join(lang).join("index.html");
        let shown: Vec<String> = cards(&home)
            .into_iter()
            .map(|(h, _)| h.trim_end_matches("/index.html").to_string())
            .collect();
        let wanted: Vec<String> = newest.iter().take(6).map(|(s, _)| s.to_string()).collect();
        assert_eq!(shown, wanted, "{lang}: the home page shows the newest six");
    }
}

#[test]
fn every_page_names_its_languages_feed_in_its_head() {
    let out = built();
    for page in html_files(out) {
        let rel = page.strip_prefix(out).unwrap();
        let html = parse(&page);
        let feeds: Vec<String> = html
            .select(&sel(
                "head link[rel=\"alternate\"][type=\"application/atom+xml\"]",
            ))
            .map(|l| l.value().attr("href").unwrap().to_string())
            .collect();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_str()
            .unwrap();
        if LANGS.contains(&first) {
            assert_eq!(feeds.len(), 1, "{}", rel.display());
            let feed = target(&page, &feeds[0]);
            assert_eq!(feed, out.join(first).join("feed.xml"), "{}", rel.display());
        } else {
            // The chooser and the 404 page speak every language.
            assert_eq!(feeds.len(), LANGS.len(), "{}", rel.display());
        }
    }
}

/// Each feed as feedparser reads it.
fn read_feeds(feeds: &[PathBuf]) -> Vec<Value> {
    let out = Command::new(python())
        .arg(repo().join("tests/validators/feed.py"))
        .args(feeds)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn each_language_has_an_atom_feed_a_feed_reader_reads_cleanly() {
    let c = corpus();
    let feeds: Vec<PathBuf> = LANGS
        .iter()
        .map(|l| c.out.path().join(l).join("feed.xml"))
        .collect();
    let publications = c.publications();
    let mut newest: Vec<(&String, &String)> =
        publications.iter().map(|(s, (_, d))| (s, d)).collect();
    newest.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (lang, feed) in LANGS.iter().zip(read_feeds(&feeds)) {
        assert_eq!(feed["bozo"], 0, "{lang}: {}", feed["bozo_exception"]);
        assert_eq!(feed["version"], "atom10");
        assert_eq!(feed["language"], *lang);
        assert_eq!(feed["self"], format!("{BASE}{lang}/feed.xml"));
        let entries = feed["entries"].as_array().unwrap();
        let slugs: Vec<String> = entries
            .iter()
            .map(|e| {
                let link = e["link"].as_str().unwrap();
                let file = c
                    .out
                    .path()
                    .join(link.strip_prefix(BASE).expect("an address on the site"));
                assert!(
                    file.is_file(),
                    "{lang}: the entry's link {link} is a built page"
                );
                assert_eq!(
                    e["id"].as_str().unwrap(),
                    link.trim_end_matches("index.html")
                );
                file.parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        let wanted: Vec<String> = newest.iter().take(20).map(|(s, _)| s.to_string()).collect();
        assert_eq!(slugs, wanted, "{lang}: the newest twenty, newest first");
        for e in entries {
            let title = e["title"].as_str().unwrap();
            assert!(!title.is_empty() && !e["summary"].as_str().unwrap().is_empty());
            assert!(e["published"].as_str().unwrap().ends_with("T00:00:00Z"));
            if *lang != "en" && e["title_lang"] != "en" {
                assert!(in_own_script(lang, title), "{lang}: {title}");
            }
        }
    }
    // The parser is not lenient by default: a feed cut short is bozo.
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("feed.xml");
    let whole = std::fs::read_to_string(&feeds[1]).unwrap();
    std::fs::write(&cut, &whole.as_bytes()[..whole.len() / 2]).unwrap();
    assert_eq!(read_feeds(&[cut])[0]["bozo"], 1, "a broken feed is noticed");
}

#[test]
fn the_example_sites_feeds_are_valid_and_mark_english_standing_in() {
    let out = built();
    let feeds: Vec<PathBuf> = LANGS.iter().map(|l| out.join(l).join("feed.xml")).collect();
    // The example's dated publications: a feed entry needs a date.
    let dated = all_files(&repo().join("content"))
        .iter()
        .filter(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .any(|l| l.starts_with("date: "))
        })
        .count();
    assert!(dated >= 2);
    for (lang, feed) in LANGS.iter().zip(read_feeds(&feeds)) {
        assert_eq!(feed["bozo"], 0, "{lang}: {}", feed["bozo_exception"]);
        assert_eq!(feed["language"], *lang);
        assert_eq!(feed["entries"].as_array().unwrap().len(), dated, "{lang}");
    }
    // An untranslated title is marked English on its own element.
    let site = site_copy();
    let untranslated = untranslate(
        &site.path().join("locales/bn/learning-compact-launch.ftl"),
        "title",
    );
    assert!(untranslated > 0);
    let built = tempfile::tempdir().unwrap();
    let done = build_quickly(site.path(), built.path());
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let bn = read_feeds(&[built.path().join("bn/feed.xml")]).remove(0);
    let entry = bn["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["link"]
                .as_str()
                .unwrap()
                .contains("learning-compact-launch")
        })
        .unwrap()
        .clone();
    assert_eq!(entry["title_lang"], "en", "{entry}");
    assert_eq!(bn["language"], "bn");
}

#[test]
fn the_sitemap_names_every_page_in_every_language() {
    let c = corpus();
    let xml = std::fs::read_to_string(c.out.path().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(
        doc.root_element().tag_name().name(),
        "urlset",
        "100 publications fit one sitemap"
    );
    let locs: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "loc")
        .map(|n| n.text().unwrap().to_string())
        .collect();
    // Every page a reader can reach: home, statement, lists, publications.
    let mut pages = BTreeSet::new();
    for f in html_files(c.out.path()) {
        let rel = f
            .strip_prefix(c.out.path())
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        if rel.matches('/').count() == 0 || rel.ends_with("large-print.html") {
            continue; // the chooser, the 404 page; large print is linked from each page
        }
        pages.insert(format!("{BASE}{}", rel.trim_end_matches("index.html")));
    }
    assert_eq!(locs, pages);
    for url in doc.descendants().filter(|n| n.tag_name().name() == "url") {
        let alternates = url
            .children()
            .filter(|n| n.tag_name().name() == "link")
            .count();
        assert_eq!(alternates, LANGS.len());
    }
}

#[test]
fn a_publication_cannot_take_the_address_of_a_list() {
    let site = site_copy();
    std::fs::copy(
        site.path().join("content/learning-compact-launch.yaml"),
        site.path().join("content/news.yaml"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let done = build_quickly(site.path(), out.path());
    let err = String::from_utf8_lossy(&done.stderr);
    assert!(!done.status.success());
    assert!(
        err.contains("content/news.yaml") && err.contains("rename the file"),
        "{err}"
    );
}

/// The corpus's pages with page links: each language's home page and the
/// first, a middle and the last page of its news.
fn paginated_pages() -> Vec<PathBuf> {
    let out = corpus().out.path();
    let mut pages = Vec::new();
    for lang in LANGS {
        pages.push(out.join(lang).join("index.html"));
        pages.push(out.join(lang).join("news/index.html"));
        pages.push(out.join(lang).join("news/page/2/index.html"));
        pages.push(out.join(lang).join("news/page/3/index.html"));
    }
    for p in &pages {
        assert!(p.is_file(), "{}", p.display());
    }
    pages
}

#[test]
fn the_lists_pass_the_nu_html_checker_and_axe_in_every_language() {
    let pages = paginated_pages();
    let errors = nu_errors(&pages);
    assert!(errors.is_empty(), "{errors}");
    let violations = axe_violations(&pages);
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn the_lists_reflow_to_320_css_px_in_every_language() {
    assert!(
        repo().join("tests/node_modules/playwright-core").is_dir()
            && Path::new("/usr/bin/chromium").exists(),
        "Chromium and playwright-core are missing: run tests/setup-and-run"
    );
    let pages = paginated_pages();
    let out = Command::new("node")
        .arg(repo().join("tests/validators/layout.mjs"))
        .arg("320")
        .args(&pages)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), pages.len());
    for l in &lines {
        assert!(l["scrollWidth"].as_u64().unwrap() <= 320, "{l}");
        assert!(l["problems"].as_array().unwrap().is_empty(), "{l}");
    }
}
