//! The Braille edition, as a reader who asks for Braille gets it: every
//! publication in every language as a PEF file (the master, for embossers)
//! and a BRF file made from the same pages (for braille displays and
//! embossers), linked from its page with the code named; valid PEF 1.0; no
//! line longer or page fuller than the page size says; no untranslated
//! character anywhere; each language in its own code; the phone number to
//! ask for help in every edition; and English UEB that reads back as the
//! source's words.

mod common;

use common::*;
use compact_press::render::formats::braille::Braille;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every edition of the built example site: (language, slug).
fn editions() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for lang in LANGS {
        for dir in std::fs::read_dir(built().join(lang)).unwrap().flatten() {
            let slug = dir.file_name().to_string_lossy().to_string();
            // A publication's folder; not the statement's or a list's.
            let publication = repo()
                .join("content")
                .join(format!("{slug}.yaml"))
                .is_file();
            if publication && dir.path().is_dir() {
                out.push((lang, slug));
            }
        }
    }
    out.sort();
    assert!(out.len() >= 30, "{out:?}");
    out
}

fn pef_path(lang: &str, slug: &str) -> PathBuf {
    built().join(format!("{lang}/{slug}/{slug}-{lang}.pef"))
}

fn brf_path(lang: &str, slug: &str) -> PathBuf {
    built().join(format!("{lang}/{slug}/{slug}-{lang}.brf"))
}

/// The page size a PEF declares, and its pages as rows of cells.
fn pef_pages(path: &Path) -> ((usize, usize), Vec<Vec<String>>) {
    let xml = std::fs::read_to_string(path).unwrap();
    let attr = |name: &str| -> usize {
        let start = xml.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        xml[start..].split('"').next().unwrap().parse().unwrap()
    };
    let size = (attr("cols"), attr("rows"));
    let mut pages = Vec::new();
    for page in xml.split("<page>").skip(1) {
        let page = page.split("</page>").next().unwrap();
        let rows = page
            .split("<row")
            .skip(1)
            .map(|r| {
                if r.starts_with("/>") {
                    String::new()
                } else {
                    r.trim_start_matches('>')
                        .split("</row>")
                        .next()
                        .unwrap()
                        .to_string()
                }
            })
            .collect();
        pages.push(rows);
    }
    (size, pages)
}

/// Unicode braille from North American ASCII braille.
fn from_ascii(line: &str) -> String {
    const ASCII: &str = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";
    line.chars()
        .map(|c| {
            let i = ASCII
                .find(c.to_ascii_uppercase())
                .expect("an ASCII braille character");
            char::from_u32(0x2800 + i as u32).unwrap()
        })
        .collect()
}

/// Back-translates braille lines with liblouis's `lou_translate` (Debian
/// liblouis-bin) and the language's shipped tables.
fn back_translate(lang: &str, lines: &[String]) -> String {
    need(
        "lou_translate (Debian liblouis-bin)",
        Command::new("lou_translate")
            .arg("--version")
            .output()
            .is_ok(),
    );
    let code = compact_press::render::formats::braille::tables::code(lang).unwrap();
    let dir = repo().join("themes/default/braille");
    let mut child = Command::new("lou_translate")
        .arg("--backward")
        .arg(format!("unicode.dis,{}", code.tables.join(",")))
        .env(
            "LOUIS_TABLEPATH",
            format!("{},{}", dir.display(), dir.join("tables").display()),
        )
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    let mut stdin = child.stdin.take().unwrap();
    let input = lines.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_edition_has_a_pef_and_a_brf_linked_from_its_page_naming_the_code() {
    for (lang, slug) in editions() {
        for path in [pef_path(lang, &slug), brf_path(lang, &slug)] {
            assert!(path.is_file(), "{} is missing", path.display());
        }
        let page = parse(&built().join(format!("{lang}/{slug}/index.html")));
        for ext in ["pef", "brf"] {
            let href = format!("{slug}-{lang}.{ext}");
            let link = page
                .select(&sel(&format!("a[href=\"{href}\"]")))
                .next()
                .unwrap_or_else(|| panic!("{lang}/{slug}: no link to {href}"));
            let label = text(link);
            assert!(
                label.contains(&ext.to_uppercase()),
                "{lang}/{slug}: {label}"
            );
            assert!(label.contains("KB"), "{lang}/{slug}: no size in {label}");
            if lang == "en" {
                assert!(label.contains("Unified English Braille grade 2"), "{label}");
            } else {
                assert!(in_own_script(lang, &label), "{lang}: {label}");
            }
        }
    }
}

#[test]
fn every_pef_is_valid_pef_1_0() {
    need("jing (Debian jing)", Command::new("jing").output().is_ok());
    let schema = repo().join("tests/validators/pef-2008-1.rng");
    let files: Vec<PathBuf> = editions()
        .iter()
        .map(|(lang, slug)| pef_path(lang, slug))
        .collect();
    let out = Command::new("jing")
        .arg(&schema)
        .args(&files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "jing: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn pages_keep_to_the_page_size_and_hold_only_six_dot_braille() {
    for (lang, slug) in editions() {
        let ((cols, rows), pages) = pef_pages(&pef_path(lang, &slug));
        assert_eq!((cols, rows), (40, 25), "the default page");
        assert!(pages.len() > 2, "{lang}/{slug}: title, contents and text");
        for (n, page) in pages.iter().enumerate() {
            assert!(
                page.len() <= rows,
                "{lang}/{slug} page {}: {} rows",
                n + 1,
                page.len()
            );
            for row in page {
                assert!(
                    row.chars().count() <= cols,
                    "{lang}/{slug} page {}: {} cells: {row}",
                    n + 1,
                    row.chars().count()
                );
                // Six-dot cells only: liblouis's escapes for undefined
                // characters (`⠄⡳⠭…`) use dots 7 and 8.
                assert!(
                    row.chars().all(|c| ('\u{2800}'..='\u{283F}').contains(&c)),
                    "{lang}/{slug} page {}: not six-dot braille: {row}",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn the_brf_is_the_pef_in_ascii_braille_page_by_page() {
    for (lang, slug) in editions() {
        let (_, pages) = pef_pages(&pef_path(lang, &slug));
        let brf = std::fs::read(brf_path(lang, &slug)).unwrap();
        assert!(brf.is_ascii(), "{lang}/{slug}");
        let brf = String::from_utf8(brf).unwrap();
        assert!(
            !brf.replace("\r\n", "").contains('\n'),
            "CRLF line ends only"
        );
        let brf_pages: Vec<&str> = brf.split('\u{c}').collect();
        assert_eq!(
            brf_pages.len(),
            pages.len(),
            "{lang}/{slug}: a form feed between pages"
        );
        for (b, p) in brf_pages.iter().zip(&pages) {
            let lines: Vec<String> = b
                .strip_suffix("\r\n")
                .unwrap_or(b)
                .split("\r\n")
                .map(|l| from_ascii(l).trim_end_matches('\u{2800}').to_string())
                .collect();
            let rows: Vec<String> = p
                .iter()
                .map(|r| r.trim_end_matches('\u{2800}').to_string())
                .collect();
            assert_eq!(lines, rows, "{lang}/{slug}");
        }
    }
}

#[test]
fn the_phone_number_for_help_is_in_every_edition() {
    let braille = Braille::load(&repo().join("themes/default/braille")).unwrap();
    let phone = braille.translate_text("en", "0116 229 3103").unwrap();
    let wanted: String = phone.chars().filter(|c| *c != '\u{2800}').collect();
    for (lang, slug) in editions() {
        let (_, pages) = pef_pages(&pef_path(lang, &slug));
        // Lines may break between the number's groups.
        let all: String = pages
            .iter()
            .flatten()
            .flat_map(|r| r.chars())
            .filter(|c| *c != '\u{2800}')
            .collect();
        assert!(all.contains(&wanted), "{lang}/{slug}: no {phone}");
    }
}

#[test]
fn each_language_is_in_its_own_braille_code() {
    for lang in LANGS.iter().filter(|l| **l != "en") {
        let (_, pages) = pef_pages(&pef_path(lang, "leicestershire-county-compact"));
        // The body, after the title and contents pages.
        let body: Vec<String> = pages[pages.len() / 2..]
            .iter()
            .flatten()
            .filter(|r| !r.is_empty())
            .take(40)
            .cloned()
            .collect();
        let back = back_translate(lang, &body);
        let own = back
            .chars()
            .filter(|c| in_own_script(lang, &c.to_string()))
            .count();
        assert!(
            own * 3 > back.chars().filter(|c| c.is_alphabetic()).count(),
            "{lang}: the braille reads back mostly not as {lang}:\n{back}"
        );
    }
}

#[test]
fn english_ueb_reads_back_as_the_source_words() {
    let (_, pages) = pef_pages(&pef_path("en", "leicestershire-county-compact"));
    let rows: Vec<String> = pages
        .iter()
        .flatten()
        .filter(|r| !r.is_empty())
        .cloned()
        .collect();
    let back = back_translate("en", &rows).to_lowercase();
    let words = |s: &str| -> BTreeSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(str::to_string)
            .collect()
    };
    let read = words(&back.replace("-\n", ""));
    let ftl = std::fs::read_to_string(repo().join("locales/en/leicestershire-county-compact.ftl"))
        .unwrap();
    let mut checked = 0;
    for line in ftl
        .lines()
        .filter(|l| l.contains("--b") && l.contains(" = "))
    {
        let text = line.split_once(" = ").unwrap().1;
        let source = words(&text.to_lowercase());
        if source.len() < 8 {
            continue;
        }
        let missing: Vec<&String> = source.iter().filter(|w| !read.contains(*w)).collect();
        assert!(
            missing.len() * 10 <= source.len(),
            "{} of {} words do not read back: {missing:?}\nfrom: {text}",
            missing.len(),
            source.len()
        );
        checked += 1;
        if checked == 12 {
            break;
        }
    }
    assert_eq!(checked, 12, "a sample of paragraphs");
}
