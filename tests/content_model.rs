//! The content model fits any compact, not only the five examples. A sample
//! national compact (`tests/fixtures/national-compact.yaml`), laid out as
//! the 1998 national Compact is — a command paper's reference and
//! "Presented to Parliament" line, a signed foreword, lists nested three
//! deep with the source's numbers, and undertakings where each party has
//! its own numbered themes after a lead-in and one theme is shared — is
//! built with the example site in every format and language, and each new
//! structure is read back from the pages, the text editions and the PDFs,
//! and checked by the Nu Html Checker, axe and the PDF/UA-1 checker.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const SLUG: &str = "national-compact";

/// The example site with the sample national compact added, built once
/// with every format.
fn built_site() -> &'static Path {
    static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();
    SITE.get_or_init(|| {
        let site = site_copy();
        std::fs::copy(
            repo().join("tests/fixtures/national-compact.yaml"),
            site.path().join("content/national-compact.yaml"),
        )
        .unwrap();
        let out = build(site.path(), &site.path().join("public"));
        assert!(
            out.status.success(),
            "the sample national compact failed to build:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        site
    })
    .path()
}

fn public() -> PathBuf {
    built_site().join("public")
}

fn page(lang: &str) -> scraper::Html {
    parse(&public().join(lang).join(SLUG).join("index.html"))
}

fn text_edition(lang: &str) -> String {
    std::fs::read_to_string(public().join(format!("{lang}/{SLUG}/{SLUG}-{lang}.txt"))).unwrap()
}

fn pdf(lang: &str) -> PathBuf {
    public().join(format!("{lang}/{SLUG}/{SLUG}-{lang}-large-print.pdf"))
}

fn pages() -> Vec<PathBuf> {
    LANGS
        .iter()
        .flat_map(|l| {
            let dir = public().join(l).join(SLUG);
            [dir.join("index.html"), dir.join("large-print.html")]
        })
        .collect()
}

#[test]
fn it_builds_in_every_format_and_language() {
    for lang in LANGS {
        let dir = public().join(lang).join(SLUG);
        for file in [
            "index.html".to_string(),
            "large-print.html".to_string(),
            format!("{SLUG}-{lang}-large-print.pdf"),
            format!("{SLUG}-{lang}.txt"),
        ] {
            assert!(dir.join(&file).is_file(), "{lang}: no {file}");
        }
    }
}

#[test]
fn the_command_papers_reference_and_presentation_are_on_the_page() {
    let doc = page("en");
    let meta: Vec<(String, String)> = doc
        .select(&sel("dl.meta div"))
        .map(|d| {
            let dt = text(d.select(&sel("dt")).next().unwrap());
            let dd = text(d.select(&sel("dd")).next().unwrap());
            (dt, dd)
        })
        .collect();
    assert_eq!(meta[0], ("Reference".into(), "Cm 9999".into()), "{meta:?}");
    let presented = doc.select(&sel("header .presented")).next().unwrap();
    assert!(text(presented).starts_with("Presented to Parliament by"));
    // In Urdu the reference is an English code: said in English, left to right.
    let doc = page("ur");
    let dd = doc
        .select(&sel("dl.meta dd"))
        .find(|d| text(*d) == "Cm 9999")
        .expect("the reference on the Urdu page");
    assert_eq!(dd.attr("lang"), Some("en"));
    assert_eq!(dd.attr("dir"), Some("ltr"));
    let row = scraper::ElementRef::wrap(dd.parent().unwrap()).unwrap();
    assert_eq!(text(row.select(&sel("dt")).next().unwrap()), "حوالہ نمبر");
}

#[test]
fn lists_nest_three_deep_with_the_sources_numbers() {
    let doc = page("en");
    let deepest: Vec<String> = doc
        .select(&sel(
            "#principles ol.explicit > li > ol.sub.lettered > li > ol.sub.roman > li",
        ))
        .map(text)
        .collect();
    assert_eq!(
        deepest,
        [
            "gives people a voice;",
            "meets needs that others do not meet;"
        ]
    );
    let numbers: Vec<String> = doc
        .select(&sel("#principles ol.explicit > li > .number"))
        .map(text)
        .collect();
    assert_eq!(numbers, ["5.1", "5.2"]);
}

#[test]
fn each_party_has_its_own_numbered_undertakings_after_its_lead_in() {
    let doc = page("en");
    let own: Vec<scraper::ElementRef> = doc.select(&sel("section.undertakings-own")).collect();
    assert_eq!(own.len(), 2);
    let heading = own[0].select(&sel("h3")).next().unwrap();
    assert_eq!(text(heading), "9. Government undertakes:");
    // The section is named by its heading.
    assert_eq!(own[0].attr("aria-labelledby"), heading.attr("id"));
    let themes: Vec<String> = own[0].select(&sel("h4")).map(text).collect();
    assert_eq!(themes, ["Independence", "Funding"]);
    let numbers: Vec<String> = own[0]
        .select(&sel("ol.explicit > li > .number"))
        .map(text)
        .collect();
    assert_eq!(numbers, ["9.1", "9.2", "9.3"]);
    // 9.3's sub-items, and theirs.
    let sub: Vec<String> = own[0]
        .select(&sel("ol.explicit > li > ol.lettered > li > ol.roman > li"))
        .map(text)
        .collect();
    assert_eq!(sub, ["longer-term funding;", "clear timetables."]);
    let second = text(own[1].select(&sel("h3")).next().unwrap());
    assert_eq!(second, "10. The voluntary and community sector undertakes:");
    // The one shared theme, side by side.
    let rows: Vec<String> = doc
        .select(&sel("table.matrix tbody th[scope=rowgroup]"))
        .map(text)
        .collect();
    assert_eq!(rows, ["Policy development and consultation"]);
    let cells: Vec<String> = doc
        .select(&sel("table.matrix td ol.explicit .number"))
        .map(text)
        .collect();
    assert_eq!(cells, ["9.4", "10.3"]);
}

#[test]
fn the_foreword_is_a_signed_statement() {
    let doc = page("en");
    let figure = doc.select(&sel("#foreword figure.message")).next().unwrap();
    assert_eq!(figure.select(&sel("blockquote > p")).count(), 2);
    let caption = figure.select(&sel("figcaption")).next().unwrap();
    let caption_text = text(caption);
    assert!(caption_text.contains("Alex Morgan"), "{caption_text}");
    assert!(
        caption_text.contains("Minister for Civil Society"),
        "{caption_text}"
    );
    let time = caption.select(&sel("time")).next().unwrap();
    assert_eq!(time.attr("datetime"), Some("2026-11-04"));
    // The name is English on a Bengali page, the date is Bengali.
    let doc = page("bn");
    let author = doc
        .select(&sel("figcaption .message-author"))
        .next()
        .unwrap();
    assert_eq!(author.attr("lang"), Some("en"));
    let date = text(doc.select(&sel("figcaption time")).next().unwrap());
    assert!(date.contains("নভেম্বর"), "{date}");
}

#[test]
fn the_plain_text_shows_each_structure_readably() {
    let txt = text_edition("en");
    let expect = [
        "Reference: Cm 9999",
        "Presented to Parliament by the Minister for Civil Society by Command of\nHis Majesty, November 2026",
        "    This compact sets out how Government and the voluntary and community\n    sector will work together.",
        "    — Alex Morgan, Minister for Civil Society, 4 November 2026",
        "  5.1 Both parties agree that:\n      (a) voluntary action is an essential part of society, because it:\n          (i) gives people a voice;\n          (ii) meets needs that others do not meet;\n      (b) an independent sector is fundamental to its well-being.\n  5.2 ",
        "9. Government undertakes:\n-------------------------\n\nIndependence\n  9.1 To recognise and support the independence of the sector.",
        "  9.3 To develop principles of good practice on:\n      (a) core and project funding;\n      (b) funding across departments, including:\n          (i) longer-term funding;",
        "Theme: Policy development and consultation\n  Government:\n    9.4 To consult the sector on matters that affect it.",
    ];
    for e in expect {
        assert!(txt.contains(e), "the text edition lacks\n{e}\n---\n{txt}");
    }
}

fn pdf_text(lang: &str) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf(lang))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed: run tests/setup-and-run");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn structure(lang: &str) -> String {
    let out = Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(pdf(lang))
        .output()
        .expect("pdfinfo (poppler-utils) is needed: run tests/setup-and-run");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_pdf_reads_in_order_and_tags_the_foreword_as_a_quotation() {
    let text = pdf_text("en");
    let order = [
        "Cm 9999",
        "This compact sets out",
        "Alex Morgan",
        "5.1",
        "gives people a voice",
        "9. Government undertakes:",
        "9.1",
        "9.3",
        "clear timetables",
        "10. The voluntary",
        "10.2",
    ];
    let mut from = 0;
    for o in order {
        let at = text[from..]
            .find(o)
            .unwrap_or_else(|| panic!("`{o}` missing or out of order in\n{text}"));
        from += at + o.len();
    }
    let tree = structure("en");
    let quote = tree
        .find("BlockQuote")
        .expect("the foreword is tagged BlockQuote");
    assert!(
        tree[quote..].find("Alex Morgan").is_some(),
        "the signature is inside or after the quotation"
    );
    // "gives people a voice" is in a list in a list in a list: its
    // ancestors in the tag tree (lines indented less, above it) include
    // three L elements.
    let lines: Vec<&str> = tree.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let at = lines
        .iter()
        .position(|l| l.contains("gives people a voice"))
        .expect("the deepest item is tagged");
    let mut level = indent(lines[at]);
    let mut ancestors = Vec::new();
    for l in lines[..at].iter().rev() {
        if !l.trim().is_empty() && indent(l) < level {
            level = indent(l);
            ancestors.push(l.split_whitespace().next().unwrap_or_default());
        }
    }
    let lists = ancestors.iter().filter(|t| **t == "L").count();
    assert_eq!(lists, 3, "ancestors of the deepest item: {ancestors:?}");
}

#[test]
fn urdu_and_punjabi_pdfs_keep_the_numbers_with_their_items() {
    for lang in ["ur", "pa"] {
        let text = pdf_text(lang);
        for n in ["5.1", "9.1", "9.3", "10.1"] {
            assert!(text.contains(n), "{lang}: {n} missing from\n{text}");
        }
    }
}

#[test]
fn its_pages_pass_the_nu_html_checker() {
    let report = nu_errors(&pages());
    assert!(report.is_empty(), "Nu Html Checker errors:\n{report}");
}

#[test]
fn its_pages_have_no_axe_violations() {
    let failures = axe_violations(&pages());
    assert!(
        failures.is_empty(),
        "axe violations:\n{}",
        failures.join("\n")
    );
}

#[test]
fn its_pdfs_pass_a_pdf_ua_1_checker() {
    let pdfs: Vec<PathBuf> = LANGS.iter().map(|l| pdf(l)).collect();
    let out = pdfua(&pdfs);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(report.lines().count(), pdfs.len(), "{report}");
    assert!(out.status.success(), "PDF/UA-1 failures:\n{report}");
}

#[test]
fn translators_see_where_each_new_string_sits() {
    let site = built_site();
    let out = run(site, &["i18n", "extract"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ftl = std::fs::read_to_string(site.join("locales/en/national-compact.ftl")).unwrap();
    for (id, context) in [
        ("national-compact--presented", "title page, presented"),
        (
            "national-compact--foreword--b1-p1",
            "signed message, paragraph 1",
        ),
        (
            "national-compact--foreword--b1-role",
            "signed message, the author's role",
        ),
        (
            "national-compact--undertakings--b1-party-government-lead",
            "undertakings of `government`, the sentence before them",
        ),
        (
            "national-compact--undertakings--b1-party-government-t2-i1-i2-i1",
            "sub-item 1 (level 3)",
        ),
        (
            "national-compact--principles--b1-i1-i1-i2",
            "sub-item 2 (level 3)",
        ),
    ] {
        let at = ftl
            .find(&format!("\n{id} = "))
            .unwrap_or_else(|| panic!("no message {id} in\n{ftl}"));
        // The comments right above the message.
        let comments: Vec<&str> = ftl[..at]
            .lines()
            .rev()
            .take_while(|l| l.starts_with('#'))
            .collect();
        assert!(
            comments
                .iter()
                .any(|c| c.starts_with("# context:") && c.contains(context)),
            "{id}: expected a context comment with `{context}`, got {comments:?}"
        );
    }
}
