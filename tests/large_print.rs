//! What a reader of the large-print editions gets: a tagged A4 PDF and a
//! large-print web page for every publication in every language, with the
//! text in reading order, every font embedded, and nothing in a compact able
//! to change the typesetting.

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool).args(args).arg(pdf).arg("-").output();
    let out = out.unwrap_or_else(|_| {
        panic!("{tool} is missing: apt-get install -y poppler-utils (or run tests/setup-and-run)")
    });
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn info(pdf: &Path) -> String {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo is missing: apt-get install -y poppler-utils");
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn pdf(lang: &str, slug: &str) -> std::path::PathBuf {
    built()
        .join(lang)
        .join(slug)
        .join(format!("{slug}-{lang}-large-print.pdf"))
}

/// The letters of a text in order. pdftotext inserts spaces inside some
/// Indic clusters (after a reph or a pre-base vowel), joins words hyphenated
/// at a line end ("well-" + "being") and prints page numbers where pages
/// break, so spaces, hyphens and ASCII digits are left out of comparisons.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !c.is_ascii_digit()
                && !matches!(c, '-' | '\u{00AD}' | '\u{2010}')
                && !('\u{2060}'..='\u{206F}').contains(c)
        })
        .collect()
}

const SLUGS: [&str; 5] = [
    "leicestershire-county-compact",
    "compact-leicestershire",
    "charnwood-nw-leicestershire-compact",
    "hcvs-compact-action-report-2005",
    "learning-compact-launch",
];

#[test]
fn every_pdf_is_tagged_titled_and_embeds_every_font() {
    for lang in LANGS {
        for slug in SLUGS {
            let file = pdf(lang, slug);
            assert!(file.is_file(), "missing {}", file.display());
            let info = info(&file);
            assert!(
                info.contains("Tagged:          yes"),
                "{}: {info}",
                file.display()
            );
            assert!(
                info.lines()
                    .any(|l| l.starts_with("Title:") && l.len() > 20),
                "{}: no title",
                file.display()
            );
            assert!(
                info.lines()
                    .any(|l| l.starts_with("Page size:") && l.ends_with("(A4)")),
                "{}: not A4",
                file.display()
            );
            let fonts = Command::new("pdffonts").arg(&file).output().unwrap();
            let fonts = String::from_utf8_lossy(&fonts.stdout);
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty());
            for row in rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                assert_eq!(
                    cols[cols.len() - 5],
                    "yes",
                    "{}: font not embedded: {row}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn pdf_text_gives_back_title_and_principles_in_reading_order() {
    // Gujarati includes ટુ, whose vowel sign Typst puts in a text item of
    // its own; render/pdf_clusters.rs rejoins it so it is read once.
    for lang in ["en", "bn", "pa", "hi", "gu"] {
        let html = parse(&built().join(lang).join("compact-leicestershire/index.html"));
        let title = text(html.select(&sel("h1")).next().unwrap());
        let principles: Vec<String> = html.select(&sel("ul.principles li")).map(text).collect();
        let pdf_text = squeeze(&poppler(
            "pdftotext",
            &[],
            &pdf(lang, "compact-leicestershire"),
        ));
        let mut from = pdf_text
            .find(&squeeze(&title))
            .unwrap_or_else(|| panic!("{lang}: title {title} not in the PDF text"));
        for p in &principles {
            let at = pdf_text[from..].find(&squeeze(p)).unwrap_or_else(|| {
                panic!("{lang}: principle not found after the previous one: {p}")
            });
            from += at;
        }
    }
    // Nastaliq's extraction is imperfect (see ARCHITECTURE.md): check that
    // Urdu comes back as Urdu letters, with the phone number intact.
    let ur = poppler(
        "pdftotext",
        &[],
        &pdf("ur", "leicestershire-county-compact"),
    );
    assert!(
        ur.chars()
            .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
            .count()
            > 500
    );
    assert!(
        ur.split_whitespace()
            .collect::<String>()
            .contains("01162658015"),
        "the phone number keeps its digits in order"
    );
}

#[test]
fn large_print_web_pages_exist_and_are_linked_with_format_and_size() {
    for lang in LANGS {
        for slug in SLUGS {
            let page = parse(&built().join(lang).join(slug).join("index.html"));
            let links: Vec<_> = page.select(&sel(".downloads a")).collect();
            // The example site reads one publication aloud (two links more).
            let audio = if slug == "learning-compact-launch" {
                2
            } else {
                0
            };
            assert_eq!(
                links.len(),
                6 + audio,
                "{lang}/{slug}: large-print page, PDF, text, braille PEF and BRF, (audio,) EPUB"
            );
            assert_eq!(links[0].attr("href"), Some("large-print.html"));
            let pdf_link = links[1];
            assert_eq!(
                pdf_link.attr("href"),
                Some(format!("{slug}-{lang}-large-print.pdf").as_str())
            );
            let label = text(pdf_link);
            assert!(
                label.contains("PDF") && (label.contains("KB") || label.contains("MB")),
                "{lang}/{slug}: {label}"
            );
            let lp = parse(&built().join(lang).join(slug).join("large-print.html"));
            let sheets: Vec<&str> = lp
                .select(&sel("link[rel=stylesheet]"))
                .filter_map(|l| l.attr("href"))
                .collect();
            assert!(
                sheets.iter().any(|h| h.contains("large-print.")),
                "{lang}/{slug}: {sheets:?}"
            );
            assert!(lp.select(&sel(".downloads")).next().is_some());
        }
    }
}

#[test]
fn typst_markup_in_a_compact_is_printed_not_obeyed() {
    let site = site_copy();
    let hostile =
        r#"Hostile #set page(fill: red) *star* _under_ $x^2$ [bracket] <label> @ref `code` \back"#;
    let path = site.path().join("content/learning-compact-launch.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap();
    let yaml = yaml.replacen("- widening participation", &format!("- '{hostile}'"), 1);
    std::fs::write(&path, yaml).unwrap();
    let out = site.path().join("public");
    let r = build(site.path(), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let text = poppler(
        "pdftotext",
        &["-raw"],
        &out.join("en/learning-compact-launch/learning-compact-launch-en-large-print.pdf"),
    );
    // Markdown's own markup (**, _ and `) is the only markup; Typst's is text.
    for piece in [
        "#set page(fill: red)",
        "$x^2$",
        "[bracket]",
        "<label>",
        "@ref",
        "\\back",
    ] {
        assert!(
            squeeze(&text).contains(&squeeze(piece)),
            "{piece} was not printed as text:\n{text}"
        );
    }
}

#[test]
fn a_body_size_below_16_points_is_refused() {
    let site = site_copy();
    let path = site.path().join("content/site.yaml");
    let mut yaml = std::fs::read_to_string(&path).unwrap();
    yaml.push_str("large_print:\n  body_size: 14\n");
    std::fs::write(&path, yaml).unwrap();
    let r = build(site.path(), &site.path().join("public"));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success());
    assert!(
        err.contains("content/site.yaml:")
            && err.contains("14 pt")
            && err.contains("at least 16 pt"),
        "{err}"
    );
}

#[test]
fn every_pdf_passes_a_pdf_ua_1_checker() {
    let mut pdfs = Vec::new();
    for lang in LANGS {
        for slug in SLUGS {
            pdfs.push(pdf(lang, slug));
        }
    }
    let out = pdfua(&pdfs);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        report.lines().count(),
        30,
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "PDF/UA-1 failures:\n{report}");
}

#[test]
fn the_pdf_ua_checker_is_really_checking() {
    // An untagged one-page PDF without title or language must fail.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("untagged.pdf");
    let body = "%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n";
    let xref_at = body.len();
    let pdf = format!("{body}xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n{xref_at}\n%%EOF\n");
    std::fs::write(&bad, pdf).unwrap();
    let out = pdfua(&[bad]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        !out.status.success()
            && report.contains("\"compliant\": false")
            && report.contains("PDFUA1"),
        "{report}"
    );
}

#[test]
fn only_changed_publications_are_typeset_again() {
    let site = site_copy();
    let out = site.path().join("public");
    let summary = |r: std::process::Output| {
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        String::from_utf8_lossy(&r.stderr)
            .lines()
            .last()
            .unwrap_or_default()
            .to_string()
    };
    assert!(summary(build(site.path(), &out)).contains("30 large-print PDFs (0 unchanged"));
    let first = std::fs::read(
        out.join("bn/learning-compact-launch/learning-compact-launch-bn-large-print.pdf"),
    )
    .unwrap();
    assert!(summary(build(site.path(), &out)).contains("30 large-print PDFs (30 unchanged"));
    let path = site.path().join("content/learning-compact-launch.yaml");
    let yaml = std::fs::read_to_string(&path).unwrap().replacen(
        "widening participation",
        "widening participation further",
        1,
    );
    std::fs::write(&path, yaml).unwrap();
    assert!(
        summary(build(site.path(), &out)).contains("30 large-print PDFs (24 unchanged"),
        "one publication in six languages is typeset again"
    );
    let second = std::fs::read(
        out.join("bn/learning-compact-launch/learning-compact-launch-bn-large-print.pdf"),
    )
    .unwrap();
    assert_ne!(first, second, "the edited publication's PDF changed");
}

#[test]
fn a_broken_pdf_template_is_reported_at_its_line_and_column() {
    let site = site_copy();
    let path = site.path().join("themes/default/typst/large-print.typ");
    let typ = std::fs::read_to_string(&path).unwrap().replacen(
        "#let p = d.publication",
        "#let p = d.publicatoin",
        1,
    );
    std::fs::write(&path, typ).unwrap();
    let r = build(site.path(), &site.path().join("public"));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(!r.status.success());
    assert!(
        err.contains("large-print.typ:12:12: dictionary does not contain key \"publicatoin\""),
        "{err}"
    );
}

#[test]
fn signatories_are_printed_with_their_names_and_organisations() {
    // The statement no longer repeats who signed, so the name and the
    // organisation can only come from the signatory's own fields.
    let site = site_copy();
    let path = site
        .path()
        .join("content/charnwood-nw-leicestershire-compact.yaml");
    edit(&path, "name: Andrew Clarke", "name: Zebedee Quartermain");
    edit(
        &path,
        "organisation: CNWL PCT",
        "organisation: Quillfeather Trust",
    );
    edit(
        &path,
        "I Andrew Clarke of CNWL PCT hereby agree to the Charnwood & North\n              West Leicestershire Compact.",
        "I hereby agree to this Compact.",
    );
    let out = site.path().join("public");
    let r = build(site.path(), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let slug = "charnwood-nw-leicestershire-compact";
    for lang in ["en", "ur"] {
        let file = out
            .join(lang)
            .join(slug)
            .join(format!("{slug}-{lang}-large-print.pdf"));
        let text = poppler("pdftotext", &[], &file);
        for wanted in ["Zebedee Quartermain", "Quillfeather Trust"] {
            assert!(
                text.contains(wanted),
                "{lang}: the signatory's {wanted:?} is not in the PDF"
            );
        }
    }
}

#[test]
fn urdu_headings_and_bold_text_use_the_bold_nastaliq() {
    // Noto Nastaliq Urdu Bold declares itself bold (OS/2 fsSelection, head
    // macStyle) but with a weight class of 400, like the regular face.
    for slug in ["compact-leicestershire", "leicestershire-county-compact"] {
        let file = pdf("ur", slug);
        let fonts = Command::new("pdffonts").arg(&file).output().unwrap();
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        for face in ["NotoNastaliqUrdu-Regular", "NotoNastaliqUrdu-Bold"] {
            assert!(fonts.contains(face), "ur/{slug}: no {face}:\n{fonts}");
        }
    }
}

/// Every line of a PDF as pdftotext -bbox-layout sees it: page (from 1),
/// left and right edges in points, and its words joined by spaces.
fn lines(pdf: &Path) -> Vec<(usize, f64, f64, String)> {
    let xhtml = poppler("pdftotext", &["-bbox-layout"], pdf);
    let doc = scraper::Html::parse_document(&xhtml);
    let at = |e: scraper::ElementRef, name: &str| -> f64 {
        e.attr(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    };
    let mut out = Vec::new();
    for (i, page) in doc.select(&sel("page")).enumerate() {
        for line in page.select(&sel("line")) {
            let words: Vec<String> = line.select(&sel("word")).map(text).collect();
            out.push((i + 1, at(line, "xmin"), at(line, "xmax"), words.join(" ")));
        }
    }
    out
}

/// The left margin of the large-print pages: 2 cm.
const LEFT_MARGIN: f64 = 2.0 / 2.54 * 72.0;

/// The line of `all` holding `needle` starts at the left margin.
fn starts_at_left_margin(all: &[(usize, f64, f64, String)], needle: &str) {
    let line = all
        .iter()
        .find(|l| l.3.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} is not in the PDF"));
    assert!(
        (line.1 - LEFT_MARGIN).abs() < 2.0,
        "{needle:?} starts at x = {} (left margin {LEFT_MARGIN}): {line:?}",
        line.1
    );
}

/// The PDF of `slug` in Urdu, built from a copy of the example site in
/// which a short paragraph of the county compact and the Charnwood
/// signatories' statements are not translated yet (the example itself is
/// translated in full), so that English stands in for them.
fn urdu_pdf_with_english(slug: &str) -> std::path::PathBuf {
    static SITE: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let site = SITE.get_or_init(|| {
        let site = site_copy();
        let ur = site.path().join("locales/ur");
        untranslate(
            &ur.join("leicestershire-county-compact.ftl"),
            "leicestershire-county-compact--s8--b5",
        );
        untranslate(
            &ur.join("charnwood-nw-leicestershire-compact.ftl"),
            "--signatories--b1-",
        );
        let out = build(site.path(), &site.path().join("public"));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        site
    });
    site.path()
        .join("public/ur")
        .join(slug)
        .join(format!("{slug}-ur-large-print.pdf"))
}

#[test]
fn english_standing_in_for_urdu_is_a_left_to_right_paragraph() {
    // "The Action Plan will be subject to annual review." not translated
    // into Urdu: a short English paragraph that must start at the left
    // margin, as English does, not at the right as the Urdu around it.
    let file = urdu_pdf_with_english("leicestershire-county-compact");
    let all = lines(&file);
    starts_at_left_margin(&all, "subject to annual review.");
    // Urdu text around it still ends at the right margin.
    let right = all
        .iter()
        .filter(|l| l.3.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
        .map(|l| l.2)
        .fold(0.0, f64::max);
    assert!(right > 595.0 - LEFT_MARGIN - 2.0, "Urdu ends at {right}");
}

#[test]
fn english_standing_in_for_urdu_starts_at_the_left_margin_inside_blocks_too() {
    // A signatory's statement is in an unbreakable block, which is only as
    // wide as its widest line: the block, placed at the right as Urdu is,
    // carried the English paragraph away from the left margin.
    let file = urdu_pdf_with_english("charnwood-nw-leicestershire-compact");
    starts_at_left_margin(&lines(&file), "I Andrew Clarke of CNWL PCT");
}

#[test]
fn each_line_of_the_request_for_other_formats_reads_in_its_own_direction() {
    // The request is printed in every language, each in its own script: in
    // Urdu the English line starts at the left margin, and in English the
    // Urdu line ends at the right one (its last line, with the phone number).
    let slug = "leicestershire-county-compact";
    starts_at_left_margin(&lines(&pdf("ur", slug)), "or another language, please call");
    // Nastaliq comes back from pdftotext in fragments of lines, so a line
    // is every Urdu word whose middle is within a few points of the phone
    // number's.
    let urdu = |w: &Word| {
        w.text
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    };
    let middle = |w: &Word| (w.top + w.bottom) / 2.0;
    let right_margin = 595.276 - LEFT_MARGIN;
    let mut found = 0;
    for (page, ws) in words(&pdf("en", slug)).iter().enumerate() {
        for phone in ws.iter().filter(|w| w.text == "0116") {
            let line: Vec<&Word> = ws
                .iter()
                .filter(|w| urdu(w) && (middle(w) - middle(phone)).abs() < 10.0)
                .collect();
            if line.is_empty() {
                continue;
            }
            found += 1;
            let end = line.iter().map(|w| w.right).fold(0.0, f64::max);
            assert!(
                (end - right_margin).abs() < 2.0,
                "page {}: in English the Urdu request ends at x = {end} (right margin {right_margin})",
                page + 1
            );
        }
    }
    assert!(found > 0, "no Urdu request in the English PDF");
}

/// A word as pdftotext -bbox sees it: its box in points (left, top,
/// right, bottom) and its text.
#[derive(PartialEq)]
struct Word {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    text: String,
}

impl Word {
    /// Whether `other` sits on the same baseline (same font, same line).
    fn level_with(&self, other: &Word) -> bool {
        (other.top - self.top).abs() < 1.0
    }
}

/// Every word of each page.
fn words(pdf: &Path) -> Vec<Vec<Word>> {
    let xhtml = poppler("pdftotext", &["-bbox"], pdf);
    let doc = scraper::Html::parse_document(&xhtml);
    let at = |e: scraper::ElementRef, name: &str| -> f64 {
        e.attr(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(f64::NAN)
    };
    doc.select(&sel("page"))
        .map(|page| {
            page.select(&sel("word"))
                .map(|w| Word {
                    left: at(w, "xmin"),
                    top: at(w, "ymin"),
                    right: at(w, "xmax"),
                    bottom: at(w, "ymax"),
                    text: w.text().collect(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn section_and_paragraph_numbers_stand_apart_from_their_text() {
    // Nastaliq's word space is an eighth of an em, and the letter after it
    // reaches back over it: "8. یہ" was printed as "8.یہ". Each number at
    // the start of a line (the left margin, or the right one in Urdu) must
    // be followed by a gap of at least a third of an em, the em judged from
    // the number's own width (digits about 0.57 em, points about 0.27 em).
    let slug = "charnwood-nw-leicestershire-compact";
    let yaml = std::fs::read_to_string(repo().join(format!("content/{slug}.yaml"))).unwrap();
    let numbers: Vec<&str> = yaml
        .lines()
        .filter_map(|l| l.split_once("number: \"")?.1.split_once('"'))
        .map(|(n, _)| n)
        .collect();
    assert!(numbers.contains(&"1.2.1.") && numbers.contains(&"9."));
    let third_of_em = |n: &str, width: f64| {
        let digits = n.chars().filter(char::is_ascii_digit).count() as f64;
        let points = n.chars().filter(|&c| c == '.').count() as f64;
        width / (0.572 * digits + 0.268 * points) / 3.0
    };
    let right_margin = 595.276 - LEFT_MARGIN;
    for lang in LANGS {
        let (mut ltr, mut rtl) = (0, 0);
        for (page, ws) in words(&pdf(lang, slug)).iter().enumerate() {
            for w in ws {
                let width = w.right - w.left;
                if (w.left - LEFT_MARGIN).abs() < 1.0 && numbers.contains(&w.text.as_str()) {
                    // Left to right: the gap to the next word on the line.
                    let next = ws
                        .iter()
                        .filter(|v| w.level_with(v) && v.left > w.right - 0.5 && *v != w)
                        .map(|v| v.left)
                        .fold(f64::INFINITY, f64::min);
                    if next.is_finite() {
                        ltr += 1;
                        let gap = next - w.right;
                        assert!(
                            gap >= third_of_em(&w.text, width),
                            "{lang} page {}: {} is {gap:.1} pt from its text",
                            page + 1,
                            w.text
                        );
                    }
                } else if (w.right - right_margin).abs() < 1.0
                    && w.text.chars().all(|c| c.is_ascii_digit() || c == '.')
                {
                    // Right to left: pdftotext gives the point after the
                    // digits (to their left) as a word of its own.
                    let point = ws.iter().find(|v| {
                        v.text == "." && (v.right - w.left).abs() < 0.5 && w.level_with(v)
                    });
                    let (start, number) = match point {
                        Some(p) => (p.left, format!("{}.", w.text)),
                        None => (w.left, w.text.clone()),
                    };
                    if !numbers.contains(&number.as_str()) {
                        continue;
                    }
                    // On the number's own line: Nastaliq's boxes are so
                    // tall that the next line's overlap them.
                    let text_end = ws
                        .iter()
                        .filter(|v| v.right <= start + 0.5 && w.level_with(v) && *v != w)
                        .filter(|v| point.is_none_or(|p| *v != p))
                        .map(|v| v.right)
                        .fold(f64::NEG_INFINITY, f64::max);
                    if text_end.is_finite() {
                        rtl += 1;
                        let gap = start - text_end;
                        assert!(
                            gap >= third_of_em(&w.text, width),
                            "{lang} page {}: {number} is {gap:.1} pt from its text",
                            page + 1
                        );
                    }
                }
            }
        }
        assert!(ltr + rtl > 10, "{lang}: only {ltr} + {rtl} numbers found");
        if lang == "ur" {
            assert!(rtl > 0, "ur: no right-to-left number found");
        }
    }
}

#[test]
fn a_long_title_keeps_the_cover_on_one_page() {
    let site = site_copy();
    let path = site
        .path()
        .join("content/leicestershire-county-compact.yaml");
    let title = "The Leicestershire County Compact between Leicestershire County \
        Council, the Primary Care Trusts, the District Councils and the Voluntary and \
        Community Sector in Leicestershire, Leicester and Rutland, on Working Together \
        for Better Services, Fairer Funding, Open Consultation and Lasting Partnership \
        in Every Community of the County and Beyond its Borders Quuxberry Finale";
    edit(
        &path,
        "title: The Leicestershire County Compact",
        &format!("title: {title}"),
    );
    edit(
        &path,
        "strapline: \"It's all about better relations\"",
        "strapline: \"It's all about better relations between the Council, the \
         health service and the voluntary and community sector, for everyone\"",
    );
    let out = site.path().join("public");
    let r = build(site.path(), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let slug = "leicestershire-county-compact";
    let file = out
        .join("en")
        .join(slug)
        .join(format!("{slug}-en-large-print.pdf"));
    let first = squeeze(&poppler("pdftotext", &["-f", "1", "-l", "1"], &file));
    for wanted in [
        "Compact",
        title,
        "A guide on the relationship",
        "Large print",
    ] {
        assert!(
            first.contains(&squeeze(wanted)),
            "page 1 lacks {wanted:?}:\n{first}"
        );
    }
    let second = squeeze(&poppler("pdftotext", &["-f", "2", "-l", "2"], &file));
    for cover in ["QuuxberryFinale", "Largeprint", "BetterServices"] {
        assert!(
            !second.contains(cover),
            "the cover goes on to page 2 ({cover}):\n{second}"
        );
    }
}

#[test]
fn phone_numbers_and_sums_read_in_order_inside_urdu() {
    // In right-to-left text the digit groups of "0116 229 3103" would come
    // out reversed (3103 229 0116): the Urdu request at the end of every
    // PDF, and the Urdu PDFs' own text, keep each number left to right.
    for (lang, slug) in [
        ("en", "compact-leicestershire"),
        ("ur", "compact-leicestershire"),
        ("ur", "leicestershire-county-compact"),
    ] {
        let pages = words(&pdf(lang, slug));
        let mut found = 0;
        for page in &pages {
            for (i, w) in page.iter().enumerate() {
                if w.text != "0116" {
                    continue;
                }
                // The groups after it on its line, in reading order of the
                // page: further right.
                let rest: Vec<&Word> = page[i + 1..]
                    .iter()
                    .chain(page[..i].iter())
                    .filter(|o| o.level_with(w) && o.text.chars().all(|c| c.is_ascii_digit()))
                    .collect();
                // (Some are written without spaces, "0116 2293103".)
                let Some(next) = rest.iter().filter(|o| o.text.len() == 3).min_by(|a, b| {
                    (a.left - w.right)
                        .abs()
                        .total_cmp(&(b.left - w.right).abs())
                }) else {
                    continue;
                };
                assert!(
                    next.left > w.right,
                    "{lang}/{slug}: `{}` is left of `0116`: the number reads backwards",
                    next.text
                );
                found += 1;
            }
        }
        assert!(found > 0, "{lang}/{slug}: no phone number found");
    }
    // A sum of money keeps its pound sign in front, in Urdu.
    let text = poppler(
        "pdftotext",
        &[],
        &pdf("ur", "charnwood-nw-leicestershire-compact"),
    );
    assert!(text.contains("£21m"), "£21m is not read as written");
    assert!(!text.contains("21m£"));
}
