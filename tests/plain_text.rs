//! The plain-text edition, as a reader sees it: `cat`, Notepad, e-mail, a
//! screen reader, a browser fetching it from a server that names no charset.

mod common;
use common::*;
use compact_press::content::{self, model};
use compact_press::render::inline;
use std::path::{Path, PathBuf};
use std::process::Command;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

const BOM: &str = "\u{FEFF}";

fn slugs() -> Vec<String> {
    content::load(&repo())
        .unwrap()
        .publications
        .into_iter()
        .map(|p| p.slug)
        .collect()
}

fn text_file(lang: &str, slug: &str) -> PathBuf {
    built().join(format!("{lang}/{slug}/{slug}-{lang}.txt"))
}

/// The text without its byte order mark.
fn read(lang: &str, slug: &str) -> String {
    let bytes = std::fs::read(text_file(lang, slug)).unwrap();
    let s = String::from_utf8(bytes).expect("text editions are UTF-8");
    s.strip_prefix(BOM)
        .expect("text editions start with a byte order mark")
        .to_string()
}

fn every_edition() -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    for lang in LANGS {
        for slug in slugs() {
            let text = read(lang, &slug);
            out.push((lang, slug, text));
        }
    }
    out
}

/// White space removed and written-out link targets (` <…>`) removed, so a
/// source string can be found however it was wrapped.
fn flat(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(" <") {
        match rest[i..].find('>') {
            Some(j) if !rest[i + 2..i + j].contains(char::is_whitespace) => {
                out.push_str(&rest[..i]);
                rest = &rest[i + j + 1..];
            }
            _ => {
                out.push_str(&rest[..i + 2]);
                rest = &rest[i + 2..];
            }
        }
    }
    out.push_str(rest);
    // Lines may break after a slash or a dash as well as at spaces, so
    // white space is dropped altogether rather than folded.
    out.split_whitespace().collect()
}

#[test]
fn every_publication_has_a_utf8_text_edition_in_every_language() {
    for (lang, slug, text) in every_edition() {
        let name = format!("{lang}/{slug}");
        assert!(!text.contains('\r'), "{name}: CR in line endings");
        assert!(text.ends_with('\n'), "{name}: no final newline");
        assert!(!text.ends_with("\n\n"), "{name}: blank lines at the end");
        assert!(!text.contains("\n\n\n"), "{name}: more than one blank line");
        for line in text.lines() {
            assert_eq!(line, line.trim_end(), "{name}: trailing space in {line:?}");
            assert!(!line.contains('\t'), "{name}: tab in {line:?}");
        }
    }
}

#[test]
fn lines_fit_in_72_columns_unless_a_word_is_longer() {
    let mut widest = 0;
    for (lang, slug, text) in every_edition() {
        for line in text.lines() {
            let w = line.width();
            if w > 72 {
                // Only one word (after any indent or list marker) may overflow.
                let words: Vec<&str> = line
                    .split(' ')
                    .filter(|t| !t.is_empty() && *t != "-" && !t.starts_with('('))
                    .collect();
                assert!(
                    words.len() == 1 || words.concat().chars().all(|c| c.is_ascii_digit()),
                    "{lang}/{slug}: {w} columns: {line}"
                );
            } else {
                widest = widest.max(w);
            }
        }
    }
    assert!(
        widest > 65,
        "lines are wrapped near 72, not short ({widest})"
    );
}

#[test]
fn no_grapheme_cluster_is_split_across_lines() {
    for (lang, slug, text) in every_edition() {
        let lines: Vec<&str> = text.lines().collect();
        for pair in lines.windows(2) {
            let (a, b) = (pair[0], pair[1].trim_start());
            let (Some(last), Some(first)) = (a.graphemes(true).next_back(), b.chars().next())
            else {
                continue;
            };
            let joined = format!("{last}{first}");
            assert_eq!(
                joined.graphemes(true).count(),
                2,
                "{lang}/{slug}: a cluster is split between {a:?} and {b:?}"
            );
        }
    }
}

/// Every string of the source, and every contact detail, is in the English
/// edition: headings, list items, definitions, table cells, undertakings.
#[test]
fn every_string_and_contact_of_the_source_is_in_the_english_text() {
    let content = content::load(&repo()).unwrap();
    for p in &content.publications {
        let text = flat(&read("en", &p.slug));
        for (id, english) in content::messages::english(p) {
            let want = flat(&inline::to_plain(english));
            assert!(text.contains(&want), "{}: {id} missing: {want}", p.slug);
        }
        let mut contacts = Vec::new();
        fn walk<'a>(sections: &'a [model::Section], out: &mut Vec<&'a model::Contact>) {
            for s in sections {
                for b in &s.blocks {
                    match b {
                        model::Block::Contact(c) => out.push(c),
                        model::Block::AlternativeFormats(a) => out.push(&a.contact),
                        model::Block::SignupForm(f) => out.push(&f.return_to.contact),
                        _ => {}
                    }
                }
                walk(&s.sections, out);
            }
        }
        walk(&p.sections, &mut contacts);
        for c in contacts {
            let details = [
                &c.person,
                &c.organisation,
                &c.phone,
                &c.fax,
                &c.email,
                &c.web,
            ];
            for d in details.into_iter().flatten().chain(&c.address) {
                assert!(text.contains(&flat(d)), "{}: contact {d} missing", p.slug);
            }
        }
    }
}

#[test]
fn the_phone_number_can_be_found_in_every_language() {
    for lang in LANGS {
        let text = read(lang, "leicestershire-county-compact");
        assert!(
            text.contains("0116 265 8015"),
            "{lang}: 0116 265 8015 is not findable"
        );
    }
}

/// Bidi isolates appear only in Urdu lines, balanced on one line and only
/// around left-to-right runs; no other invisible characters at all.
#[test]
fn only_urdu_lines_keep_bidi_isolates_around_left_to_right_runs() {
    let invisible = ['\u{2068}', '\u{200B}', '\u{2060}', '\u{00AD}', '\u{FEFF}'];
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    for (lang, slug, text) in every_edition() {
        for c in invisible {
            assert!(!text.contains(c), "{lang}/{slug}: U+{:04X}", c as u32);
        }
        for line in text.lines() {
            if !line.contains(['\u{2066}', '\u{2069}']) {
                continue;
            }
            assert!(
                line.chars().any(arabic),
                "{lang}/{slug}: isolates in {line}"
            );
            let mut inside = false;
            let mut run = String::new();
            for c in line.chars() {
                match c {
                    '\u{2066}' => {
                        assert!(!inside, "{lang}/{slug}: nested isolate in {line}");
                        inside = true;
                        run.clear();
                    }
                    '\u{2069}' => {
                        assert!(inside, "{lang}/{slug}: unopened isolate in {line}");
                        assert!(
                            run.chars().all(|c| c.is_ascii() || c == '£' || c == '€'),
                            "{lang}/{slug}: isolate around {run:?}"
                        );
                        inside = false;
                    }
                    c if inside => run.push(c),
                    _ => {}
                }
            }
            assert!(!inside, "{lang}/{slug}: isolate not closed: {line}");
        }
    }
    for lang in LANGS {
        let text = read(lang, "leicestershire-county-compact");
        assert!(text.contains("\u{2066}0116 265 8015\u{2069}"), "{lang}");
    }
}

#[test]
fn untranslated_parts_are_named_at_the_top() {
    // The example is translated in full: take back two sections of the
    // Urdu Charnwood compact in a copy.
    let site = site_copy();
    let file = site
        .path()
        .join("locales/ur/charnwood-nw-leicestershire-compact.ftl");
    untranslate(&file, "--s7--");
    untranslate(&file, "--s8--");
    let out = built_without_pdf(site.path());
    let ur =
        std::fs::read_to_string(out.path().join(
            "ur/charnwood-nw-leicestershire-compact/charnwood-nw-leicestershire-compact-ur.txt",
        ))
        .unwrap();
    let top: Vec<&str> = ur.lines().take(20).collect();
    assert!(
        top.iter().any(|l| l.contains("انگریزی")),
        "Urdu edition does not say what is in English:\n{}",
        top.join("\n")
    );
    // Urdu lists the parts with its own semicolon, never the Latin one.
    let line = top.iter().find(|l| l.contains("انگریزی")).unwrap();
    let listed: String = top
        .iter()
        .skip_while(|l| !l.contains("انگریزی"))
        .take_while(|l| !l.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        listed.contains('؛') && !listed.contains(';'),
        "{line}\n{listed}"
    );
    // Fully translated: no such line.
    let bn = read("bn", "compact-leicestershire");
    assert!(!bn.contains("ইংরেজিতে"), "{bn}");
}

#[test]
fn headings_are_underlined_to_their_width() {
    let is_rule =
        |l: &str| !l.is_empty() && (l.chars().all(|c| c == '=') || l.chars().all(|c| c == '-'));
    for (lang, slug, text) in every_edition() {
        let lines: Vec<&str> = text.lines().collect();
        let mut headings = 0;
        for (i, line) in lines.iter().enumerate() {
            // A rule with nothing above it is the title's overline.
            if !is_rule(line) || i == 0 || lines[i - 1].is_empty() {
                continue;
            }
            // The heading is every line up to the blank line or rule above.
            let mut start = i;
            while start > 0 && !lines[start - 1].is_empty() && !is_rule(lines[start - 1]) {
                start -= 1;
            }
            let widest = lines[start..i].iter().map(|l| l.width()).max().unwrap();
            assert_eq!(
                line.width(),
                widest,
                "{lang}/{slug}: {}",
                lines[start..i].join(" / ")
            );
            headings += 1;
        }
        assert!(headings > 1, "{lang}/{slug} has no headings");
    }
    let en = read("en", "leicestershire-county-compact");
    assert!(
        en.contains("\n1. The Status of the Compact\n============================\n"),
        "{en}"
    );
}

#[test]
fn the_publication_page_links_its_text_edition_with_language_and_size() {
    for lang in LANGS {
        let page = parse(&built().join(format!("{lang}/compact-leicestershire/index.html")));
        let link = page
            .select(&sel("a[href$='.txt']"))
            .next()
            .unwrap_or_else(|| panic!("{lang}: no link to the text edition"));
        assert_eq!(
            link.value().attr("href"),
            Some(format!("compact-leicestershire-{lang}.txt").as_str())
        );
        let label = text(link);
        assert!(label.contains("KB"), "{lang}: {label}");
        let autonym = compact_press::i18n::language::Language::find(lang)
            .unwrap()
            .autonym;
        assert!(label.contains(autonym), "{lang}: {label}");
    }
}

#[test]
fn apache_is_told_the_charset() {
    let htaccess = std::fs::read_to_string(built().join(".htaccess")).unwrap();
    assert!(htaccess.contains("AddDefaultCharset utf-8"), "{htaccess}");
    assert!(
        htaccess
            .lines()
            .any(|l| l.starts_with("AddCharset utf-8") && l.contains(" .txt")),
        "{htaccess}"
    );
}

/// Golden files, reviewed by eye. To update after an intended change:
/// `UPDATE_GOLDEN=1 cargo test --test plain_text golden`, then read the diff.
#[test]
fn golden_english_and_bengali_editions() {
    for lang in ["en", "bn"] {
        let name = format!("compact-leicestershire-{lang}.txt");
        let golden = repo().join("tests/golden").join(&name);
        let built = std::fs::read(text_file(lang, "compact-leicestershire")).unwrap();
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&golden, &built).unwrap();
        }
        let want = std::fs::read(&golden).unwrap();
        assert!(
            built == want,
            "{name} differs from tests/golden/{name}:\n{}",
            String::from_utf8_lossy(&built)
        );
    }
}

/// Runs tests/validators/charset.mjs over `root`: what Chromium shows for
/// each file when the server sends `text/plain` with no charset.
fn shown_in_chromium(root: &Path, paths: &[String]) -> Vec<(String, String)> {
    let out = Command::new("node")
        .current_dir(repo().join("tests"))
        .arg("validators/charset.mjs")
        .arg(root)
        .args(paths)
        .output()
        .expect("node runs (tests/setup-and-run installs it)");
    assert!(
        out.status.success(),
        "charset.mjs failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            assert_eq!(v["contentType"], "text/plain", "the server named a charset");
            (
                v["path"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn bengali_and_urdu_text_shows_correctly_from_a_server_without_charset() {
    let slug = "leicestershire-county-compact";
    let paths: Vec<String> = ["bn", "ur"]
        .iter()
        .map(|l| format!("{l}/{slug}/{slug}-{l}.txt"))
        .collect();
    for (path, shown) in shown_in_chromium(built(), &paths) {
        let lang = &path[..2];
        let want = read(lang, slug);
        assert_eq!(
            shown.trim_end(),
            want.trim_end(),
            "{path} is garbled in Chromium"
        );
    }
    // Control: the same Bengali file without its byte order mark is shown
    // as mojibake, so the check above can fail.
    let dir = tempfile::tempdir().unwrap();
    let bare = dir.path().join("bare.txt");
    std::fs::write(&bare, read("bn", slug)).unwrap();
    let shown = shown_in_chromium(dir.path(), &["bare.txt".to_string()]);
    assert_ne!(shown[0].1.trim_end(), read("bn", slug).trim_end());
}
