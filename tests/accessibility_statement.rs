//! The accessibility statement (`public/<lang>/accessibility/index.html`)
//! is a legal document: the Public Sector Bodies (Websites and Mobile
//! Applications) (No. 2) Accessibility Regulations 2018 require it, in the
//! shape of GOV.UK's model statement. It may say only what the publisher
//! wrote in `content/site.yaml` and what the build really made:
//!
//! - the compliance sentence is the model statement's, for the level the
//!   publisher chose, and none at all until they have chosen one;
//! - the content that is not accessible is the publisher's list, translated;
//! - the formats listed are exactly those whose files the build wrote;
//! - the languages are the site's, each named in its own script;
//! - the dates are the publisher's, as `<time datetime>`, in each
//!   language's own words;
//! - the enforcement procedure names the EHRC and links to the EASS;
//! - no sentence claims a check (the Nu Html Checker, axe) the build did
//!   not run;
//! - mistakes in `accessibility:` are errors at their line and column.

mod common;
use common::*;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

/// The statement in `lang` of the site built into `out`.
fn statement(out: &Path, lang: &str) -> scraper::Html {
    parse(&out.join(lang).join("accessibility/index.html"))
}

/// The text of the first element `css` selects, or "" if there is none.
fn first(doc: &scraper::Html, css: &str) -> String {
    doc.select(&sel(css)).next().map(text).unwrap_or_default()
}

/// Replaces the example's `accessibility:` section (the end of
/// `content/site.yaml`, with its comment) by `section`, or removes it.
fn set_accessibility(site: &Path, section: Option<&str>) {
    let path = site.join("content/site.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap();
    let start = yaml
        .find("# What the accessibility statement")
        .expect("the example site.yaml ends with its accessibility section");
    let mut new = yaml[..start].to_string();
    if let Some(section) = section {
        new.push_str(section);
    }
    std::fs::write(&path, new).unwrap();
}

/// A site with `section` as its `accessibility:`, built with its pages and
/// plain text only (quick).
fn build_with(section: Option<&str>) -> (tempfile::TempDir, Output) {
    let site = site_copy();
    set_accessibility(site.path(), section);
    let out = build_formats(site.path(), &["--formats", "text"]);
    (site, out)
}

fn build_formats(site: &Path, formats: &[&str]) -> Output {
    std::process::Command::new(bin())
        .arg("build")
        .args(formats)
        .arg("--site")
        .arg(site)
        .arg("--out")
        .arg(site.join("public"))
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

fn built_ok(out: &Output) {
    assert!(out.status.success(), "build failed:\n{}", stderr(out));
}

const PARTIAL: &str = "\
accessibility:
  compliance: partial
  non_accessible:
    - The first thing that is not accessible.
    - The second thing that is not accessible.
  prepared: 2026-11-20
  reviewed: 2026-12-01
  tested:
    date: 2026-11-18
    by: Example Testing Ltd
    how: We tested it.
";

/// The model statement's sentence for each level, as English pages show it.
const SENTENCES: [(&str, &str); 3] = [
    (
        "full",
        "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.",
    ),
    (
        "partial",
        "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.",
    ),
    (
        "not",
        "This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-compliances are listed below.",
    ),
];

#[test]
fn the_compliance_sentence_is_the_model_statements_for_the_level_chosen() {
    for (level, sentence) in SENTENCES {
        let section = match level {
            // A fully compliant site has nothing to list.
            "full" => PARTIAL
                .replace("compliance: partial", "compliance: full")
                .replace(
                    "  non_accessible:\n    - The first thing that is not accessible.\n    - The second thing that is not accessible.\n",
                    "",
                ),
            _ => PARTIAL.replace("compliance: partial", &format!("compliance: {level}")),
        };
        let (site, out) = build_with(Some(&section));
        built_ok(&out);
        let public = site.path().join("public");
        let en = statement(&public, "en");
        let compliance = en.select(&sel("p.compliance")).next().unwrap();
        assert_eq!(compliance.attr("data-compliance"), Some(level));
        assert_eq!(text(compliance), sentence, "{level}");
        // The guidelines are linked, as in the model statement.
        assert!(compliance
            .select(&sel("a[href='https://www.w3.org/TR/WCAG22/']"))
            .next()
            .is_some());
        // Only one level is ever claimed.
        let main = first(&en, "main");
        for (other, other_sentence) in SENTENCES {
            if other != level {
                assert!(!main.contains(other_sentence), "{level} page says {other}");
            }
        }
        let listed = en.select(&sel("ul.non-accessible li")).count();
        assert_eq!(listed, if level == "full" { 0 } else { 2 }, "{level}");
        // Every other language says it in its own words, not in English.
        for lang in &LANGS[1..] {
            let doc = statement(&public, lang);
            let p = doc.select(&sel("p.compliance")).next().unwrap();
            assert_eq!(p.attr("data-compliance"), Some(level));
            assert_eq!(p.attr("lang"), None, "{lang}: {level} is translated");
            assert!(in_own_script(lang, &text(p)), "{lang}: {}", text(p));
        }
    }
}

#[test]
fn the_content_the_publisher_lists_is_shown_translated_and_escaped() {
    // The example site: each item translated in every language.
    let yaml = std::fs::read_to_string(repo().join("content/site.yaml")).unwrap();
    for lang in LANGS {
        let doc = statement(built(), lang);
        let items: Vec<scraper::ElementRef> = doc.select(&sel("ul.non-accessible li")).collect();
        assert_eq!(items.len(), 3, "{lang}");
        for item in items {
            if lang == "en" {
                assert!(
                    yaml.contains(&text(item)),
                    "{} is from site.yaml",
                    text(item)
                );
            } else {
                assert!(
                    item.select(&sel("[lang]")).next().is_none(),
                    "{lang} is translated"
                );
                assert!(in_own_script(lang, &text(item)), "{lang}: {}", text(item));
            }
        }
    }
    // Whatever the publisher writes is text, never markup.
    let (site, out) = build_with(Some(&PARTIAL.replace(
        "The first thing that is not accessible.",
        "Our <script>alert(1)</script> form & \"map\".",
    )));
    built_ok(&out);
    let doc = statement(&site.path().join("public"), "en");
    assert_eq!(
        first(&doc, "ul.non-accessible li"),
        "Our <script>alert(1)</script> form & \"map\"."
    );
    assert!(doc.select(&sel("script")).next().is_none());
}

/// The formats whose files exist for the publications in `lang` under `out`.
fn formats_on_disk(out: &Path, lang: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for file in all_files(&out.join(lang)) {
        let rel = file.strip_prefix(out.join(lang)).unwrap();
        if rel.starts_with("accessibility") || rel.components().count() != 2 {
            continue;
        }
        let name = rel.file_name().unwrap().to_string_lossy().to_string();
        let format = if name == "index.html" {
            "web-page"
        } else if name == "large-print.html" {
            "large-print-page"
        } else if name.ends_with("-large-print.pdf") {
            "large-print-pdf"
        } else if name.ends_with(".txt") {
            "plain-text"
        } else if name.ends_with(".pef") || name.ends_with(".brf") {
            "braille"
        } else if name.ends_with("-daisy.zip") {
            "audio"
        } else if name.ends_with(".epub") {
            "epub"
        } else {
            panic!("a download the statement does not know: {}", rel.display())
        };
        found.insert(format.to_string());
    }
    found
}

fn formats_listed(out: &Path, lang: &str) -> BTreeSet<String> {
    statement(out, lang)
        .select(&sel("ul.statement-formats li"))
        .map(|li| li.attr("data-format").unwrap().to_string())
        .collect()
}

#[test]
fn the_formats_listed_are_exactly_the_files_the_build_made() {
    // Everything: all seven, in every language (audio for one publication).
    for lang in LANGS {
        let on_disk = formats_on_disk(built(), lang);
        assert_eq!(on_disk.len(), 7, "{lang}: {on_disk:?}");
        assert_eq!(formats_listed(built(), lang), on_disk, "{lang}");
    }
    let en = statement(built(), "en");
    let labels: Vec<String> = en
        .select(&sel("ul.statement-formats li"))
        .map(text)
        .collect();
    assert_eq!(
        labels,
        [
            "a web page",
            "a large-print web page",
            "a large-print PDF document (A4)",
            "a plain-text file",
            "Braille files (PEF for embossers, BRF for braille displays)",
            "audio read by a computer voice (a DAISY talking book, and MP3 files), so far for 1 of the 5 publications",
            "an accessible EPUB e-book, for e-book apps and reading devices"
        ]
    );

    // Without PDFs: none is made, and none is listed.
    let site = site_copy();
    built_ok(&build_formats(site.path(), &["--no-pdf"]));
    let public = site.path().join("public");
    assert!(
        !all_files(&public)
            .iter()
            .any(|f| f.extension().is_some_and(|x| x == "pdf")),
        "--no-pdf makes no PDF"
    );
    for lang in LANGS {
        let listed = formats_listed(&public, lang);
        assert_eq!(listed, formats_on_disk(&public, lang), "{lang}");
        assert!(!listed.contains("large-print-pdf"), "{lang}");
        let list = first(&statement(&public, lang), "ul.statement-formats");
        assert!(!list.contains("PDF"), "{lang}: {list}");
    }
}

#[test]
fn each_language_is_named_in_its_own_script_with_its_lang() {
    let autonyms = [
        ("en", "English", "ltr"),
        ("bn", "বাংলা", "ltr"),
        ("pa", "ਪੰਜਾਬੀ", "ltr"),
        ("hi", "हिन्दी", "ltr"),
        ("gu", "ગુજરાતી", "ltr"),
        ("ur", "اردو", "rtl"),
    ];
    for lang in LANGS {
        let doc = statement(built(), lang);
        let listed: Vec<(String, String, String)> = doc
            .select(&sel("ul.statement-languages li > span"))
            .map(|name| {
                (
                    name.attr("lang").unwrap_or_default().to_string(),
                    text(name),
                    name.attr("dir").unwrap_or_default().to_string(),
                )
            })
            .collect();
        let expected: Vec<(String, String, String)> = autonyms
            .iter()
            .map(|(c, a, d)| (c.to_string(), a.to_string(), d.to_string()))
            .collect();
        assert_eq!(listed, expected, "{lang}");
    }
}

#[test]
fn the_dates_are_time_elements_in_each_languages_words() {
    let dates = [
        ("p.prepared", "2026-11-20"),
        ("p.reviewed", "2026-12-01"),
        ("p.tested", "2026-11-18"),
    ];
    let en = statement(built(), "en");
    assert_eq!(
        first(&en, "p.prepared"),
        "This statement was prepared on 20 November 2026."
    );
    assert_eq!(
        first(&en, "p.reviewed"),
        "It was last reviewed on 1 December 2026."
    );
    assert_eq!(
        first(&en, "p.tested"),
        "This website was last tested on 18 November 2026. The test was carried out by CVS Community Partnership."
    );
    for lang in LANGS {
        let doc = statement(built(), lang);
        for (css, iso) in dates {
            let time = doc
                .select(&sel(&format!("{css} time")))
                .next()
                .unwrap_or_else(|| panic!("{lang}: {css} has no <time>"));
            assert_eq!(time.attr("datetime"), Some(iso), "{lang} {css}");
            assert_ne!(text(time), iso, "{lang}: written in words, not ISO");
            assert!(in_own_script(lang, &text(time)), "{lang}: {}", text(time));
        }
    }
    // Bengali in its own digits, as the site's other dates.
    let bn = statement(built(), "bn");
    assert_eq!(first(&bn, "p.prepared time"), "২০ নভেম্বর, ২০২৬");
    // The tester's name is English, marked so on other languages' pages.
    let by = bn.select(&sel("p.tested span[lang='en']")).next().unwrap();
    assert_eq!(text(by), "CVS Community Partnership");
    // The promise to reply, in the page's digits.
    assert!(first(&bn, "main").contains("১০ কার্যদিবসের"));
}

#[test]
fn the_enforcement_procedure_names_the_ehrc_and_links_to_the_eass() {
    for lang in LANGS {
        let doc = statement(built(), lang);
        let paragraphs: Vec<scraper::ElementRef> = doc.select(&sel("p.enforcement")).collect();
        assert_eq!(paragraphs.len(), 2, "{lang}");
        let ehrc = paragraphs[0];
        assert!(text(ehrc).contains("(EHRC)"), "{lang}: {}", text(ehrc));
        let eass = ehrc
            .select(&sel("a[href='https://www.equalityadvisoryservice.com/']"))
            .next()
            .unwrap_or_else(|| panic!("{lang}: no link to the EASS"));
        assert!(text(eass).contains("EASS"), "{lang}");
        assert!(
            paragraphs[1]
                .select(&sel("a[href='https://www.equalityni.org/']"))
                .next()
                .is_some(),
            "{lang}: Northern Ireland's commission"
        );
        if lang != "en" {
            assert!(in_own_script(lang, &text(ehrc)), "{lang} is translated");
        }
    }
    let en = statement(built(), "en");
    assert!(first(&en, "p.enforcement").starts_with(
        "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018"
    ));
}

#[test]
fn no_sentence_claims_a_check_the_build_did_not_run() {
    for lang in LANGS {
        let main = first(&statement(built(), lang), "main").to_lowercase();
        assert!(!main.contains("nu html checker"), "{lang}");
        let words: Vec<&str> = main
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        assert!(!words.contains(&"axe"), "{lang}");
    }
}

#[test]
fn a_site_without_an_accessibility_section_builds_warns_and_claims_nothing() {
    let (site, out) = build_with(None);
    built_ok(&out);
    let err = stderr(&out);
    assert!(
        err.contains("content/site.yaml: warning: there is no `accessibility:` section")
            && err.contains("help: add `accessibility:` with `compliance:`"),
        "{err}"
    );
    let check = run(site.path(), &["check"]);
    assert!(check.status.success());
    assert!(
        stderr(&check).contains("content/site.yaml: warning: there is no `accessibility:`"),
        "{}",
        stderr(&check)
    );
    let public = site.path().join("public");
    for lang in LANGS {
        let doc = statement(&public, lang);
        let p = doc.select(&sel("p.compliance")).next().unwrap();
        assert_eq!(p.attr("data-compliance"), Some("unassessed"), "{lang}");
        assert!(doc.select(&sel("ul.non-accessible")).next().is_none());
        assert!(
            doc.select(&sel("time")).next().is_none(),
            "no dates to give"
        );
        if lang != "en" {
            assert_eq!(p.attr("lang"), None, "{lang} is translated");
        }
    }
    let en = statement(&public, "en");
    assert_eq!(
        first(&en, "p.compliance"),
        "The publisher of this website has not yet assessed it against the Web Content Accessibility Guidelines version 2.2 AA standard, so this statement does not say that it complies."
    );
    let main = first(&en, "main");
    for claim in ["fully compliant", "partially compliant", "is not compliant"] {
        assert!(!main.contains(claim), "{claim}");
    }
}

/// The build's error lines for a site whose `accessibility:` is `section`,
/// with the line and column in `site.yaml` where `needle` starts on the
/// first line containing it.
fn errors_for(section: &str, needle: &str) -> (String, String) {
    let (site, out) = build_with(Some(section));
    let err = stderr(&out);
    assert!(!out.status.success(), "must not build:\n{err}");
    let yaml = std::fs::read_to_string(site.path().join("content/site.yaml")).unwrap();
    let (line, column) = place_in_text(&yaml, needle, needle);
    (err, format!("content/site.yaml:{line}:{column}: error:"))
}

#[test]
fn an_unknown_compliance_level_is_an_error_at_its_line_and_column() {
    let (err, place) = errors_for(
        &PARTIAL.replace("compliance: partial", "compliance: mostly"),
        "mostly",
    );
    assert!(err.contains(&place), "{place} in:\n{err}");
    assert!(err.contains("unknown variant `mostly`"), "{err}");
    assert!(
        err.contains(
            "help: use one of the compliance levels (`compliance:` under `accessibility:`): full, partial, not"
        ),
        "{err}"
    );
}

#[test]
fn bad_dates_are_errors_at_their_line_and_column() {
    let (err, place) = errors_for(
        &PARTIAL.replace("prepared: 2026-11-20", "prepared: 2026-11-31"),
        "2026-11-31",
    );
    assert!(
        err.contains(&place) && err.contains("has no day 31"),
        "{place} in:\n{err}"
    );
    assert!(err.contains("help: write dates as YYYY-MM-DD"), "{err}");

    // The statement gives days, not months.
    let (err, place) = errors_for(
        &PARTIAL.replace("date: 2026-11-18", "date: 2026-09"),
        "2026-09",
    );
    assert!(
        err.contains(&place) && err.contains("`tested: date: 2026-09` has no day"),
        "{place} in:\n{err}"
    );

    // A review before the statement was prepared.
    let (err, place) = errors_for(
        &PARTIAL.replace("reviewed: 2026-12-01", "reviewed: 2026-10-01"),
        "2026-10-01",
    );
    assert!(
        err.contains(&place) && err.contains("reviewed on 2026-10-01, before it was prepared"),
        "{place} in:\n{err}"
    );
}

#[test]
fn the_level_and_the_list_must_agree() {
    let none_listed = PARTIAL.replace(
        "  non_accessible:\n    - The first thing that is not accessible.\n    - The second thing that is not accessible.\n",
        "",
    );
    let (err, place) = errors_for(&none_listed, "partial");
    assert!(
        err.contains(&place) && err.contains("`non_accessible:` lists none"),
        "{place} in:\n{err}"
    );
    let (err, place) = errors_for(
        &PARTIAL.replace("compliance: partial", "compliance: full"),
        "full",
    );
    assert!(
        err.contains(&place)
            && err.contains("`compliance: full` says that everything is accessible"),
        "{place} in:\n{err}"
    );
}

#[test]
fn a_new_item_goes_to_translators_through_extract_and_update() {
    let site = site_copy();
    let yaml = site.path().join("content/site.yaml");
    edit(
        &yaml,
        "  prepared: 2026-11-20",
        "    - A fourth thing that is not accessible.\n  prepared: 2026-11-20",
    );
    let extract = run(site.path(), &["i18n", "extract"]);
    assert!(extract.status.success(), "{}", stderr(&extract));
    let en = std::fs::read_to_string(site.path().join("locales/en/site.ftl")).unwrap();
    assert!(
        en.contains("site--non-accessible-4 = A fourth thing that is not accessible."),
        "{en}"
    );
    let update = std::process::Command::new(bin())
        .args(["i18n", "update", "bn", "--site"])
        .arg(site.path())
        .output()
        .unwrap();
    assert!(update.status.success(), "{}", stderr(&update));
    let bn = std::fs::read_to_string(site.path().join("locales/bn/site.ftl")).unwrap();
    assert!(
        bn.contains("# site--non-accessible-4 = A fourth thing that is not accessible."),
        "added for the translator, commented out:\n{bn}"
    );
    let status = run(site.path(), &["i18n", "status", "--lang", "bn"]);
    let status = String::from_utf8_lossy(&status.stdout).to_string();
    let site_line = status
        .lines()
        .find(|l| l.trim_start().starts_with("site "))
        .unwrap();
    assert!(
        site_line.split_whitespace().collect::<Vec<_>>()[4] == "1",
        "one message missing: {site_line}"
    );
    // Until it is translated, Bengali pages show it in English, marked so.
    built_ok(&build_formats(site.path(), &["--formats", "text"]));
    let doc = statement(&site.path().join("public"), "bn");
    let items: Vec<scraper::ElementRef> = doc.select(&sel("ul.non-accessible li")).collect();
    assert_eq!(items.len(), 4);
    let marked = |li: &scraper::ElementRef| {
        li.select(&sel("span[lang='en']"))
            .next()
            .is_some_and(|s| text(s) == text(*li))
    };
    assert!(marked(&items[3]), "the new item is marked as English");
    assert!(!marked(&items[0]), "the others are Bengali");
}
