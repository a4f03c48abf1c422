//! The Braille engine against the C liblouis and the PEF schema.
//!
//! Every message (and attribute) of every `locales/<lang>/*.ftl` file, as the
//! plain text a reader sees (Fluent terms filled in from the language's
//! glossary, variables given sample values, inline Markdown reduced to its
//! text), is translated by our engine (louis-rs) and by C liblouis's
//! `lou_translate --forward` with the same normalised input, the same
//! segments (Latin words in English) and the same table lists (our
//! supplementary table first), from the shipped tables
//! (`LOUIS_TABLEPATH=themes/default/braille,themes/default/braille/tables`).
//! They must be identical; no output may contain an escape; each community
//! language's braille must be mostly in its own code.
//!
//! A PEF is made from a sample document in every language and validated with
//! `jing` against `tests/validators/pef-2008-1.rng`.
//!
//! Needs `lou_translate` (Debian: liblouis-bin) and `jing`; each part is
//! skipped with a message when its program is missing.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use compact_press::render::formats::braille::tables::{self, find_escape, segments, Tables};
use compact_press::render::formats::braille::{
    brf, pef, Block, Braille, Document, Meta, PageSize, Run,
};
use fluent_syntax::ast;

const LANGS: [&str; 6] = ["en", "bn", "pa", "hi", "gu", "ur"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn braille_dir() -> PathBuf {
    root().join("themes/default/braille")
}

/// Fails naming the Debian package when a reference tool is missing:
/// `tests/setup-and-run` installs them.
fn need(program: &str, package: &str) {
    assert!(
        have(program),
        "{program} is missing: apt-get install {package} (or run tests/setup-and-run)"
    );
}

fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// The plain text of a Fluent pattern: terms from `terms`, variables as "12",
/// select expressions by their default variant.
fn flatten(pattern: &ast::Pattern<&str>, terms: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                out.push_str(&expression_text(expression, terms))
            }
        }
    }
    out
}

fn expression_text(expression: &ast::Expression<&str>, terms: &BTreeMap<String, String>) -> String {
    match expression {
        ast::Expression::Select { variants, .. } => variants
            .iter()
            .find(|v| v.default)
            .map(|v| flatten(&v.value, terms))
            .unwrap_or_default(),
        ast::Expression::Inline(inline) => inline_text(inline, terms),
    }
}

fn inline_text(inline: &ast::InlineExpression<&str>, terms: &BTreeMap<String, String>) -> String {
    match inline {
        ast::InlineExpression::StringLiteral { value } => value.to_string(),
        ast::InlineExpression::NumberLiteral { value } => value.to_string(),
        ast::InlineExpression::TermReference { id, .. } => {
            terms.get(id.name).cloned().unwrap_or_default()
        }
        ast::InlineExpression::VariableReference { .. } => "12".to_string(),
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments
            .positional
            .first()
            .map(|a| inline_text(a, terms))
            .unwrap_or_default(),
        ast::InlineExpression::Placeable { expression } => expression_text(expression, terms),
        ast::InlineExpression::MessageReference { .. } => String::new(),
    }
}

/// Inline Markdown (`**bold**`, links, `\*`) as the text a reader sees.
fn markdown_text(text: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut out = String::new();
    for event in Parser::new(text) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Every message text of `lang`, by "file:id".
fn messages(lang: &str) -> Vec<(String, String)> {
    let dir = root().join("locales").join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("locales dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect();
    // terms first (the glossary, then every file's own terms)
    let mut terms = BTreeMap::new();
    for _ in 0..3 {
        // a term may use another term: three rounds settle them
        for (_, source) in &sources {
            let resource = match fluent_syntax::parser::parse(source.as_str()) {
                Ok(r) | Err((r, _)) => r,
            };
            for entry in &resource.body {
                if let ast::Entry::Term(term) = entry {
                    let text = flatten(&term.value, &terms);
                    terms.insert(term.id.name.to_string(), text);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (file, source) in &sources {
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name;
                if let Some(value) = &message.value {
                    out.push((
                        format!("{file}:{id}"),
                        markdown_text(&flatten(value, &terms)),
                    ));
                }
                for attribute in &message.attributes {
                    out.push((
                        format!("{file}:{id}.{}", attribute.id.name),
                        markdown_text(&flatten(&attribute.value, &terms)),
                    ));
                }
            }
        }
    }
    out.retain(|(_, text)| !text.trim().is_empty());
    out
}

/// `lou_translate --forward` over lines, with our table list.
fn lou_translate(lang: &str, lines: &[String]) -> Vec<String> {
    let code = tables::code(lang).expect("code");
    let dir = braille_dir();
    let path = format!("{},{}", dir.display(), dir.join("tables").display());
    let mut child = Command::new("lou_translate")
        .arg("--forward")
        .arg(format!("unicode.dis,{}", code.tables.join(",")))
        .env("LOUIS_TABLEPATH", path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lou_translate");
    let mut input = lines.join("\n");
    input.push('\n');
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("lou_translate output");
    writer
        .join()
        .expect("writer")
        .expect("write to lou_translate");
    assert!(
        output.status.success(),
        "lou_translate failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| l.replace(' ', "\u{2800}"))
        .collect()
}

/// Every segment of every message of every language, with the code it is in.
fn corpus() -> Vec<(&'static str, &'static str, String, String)> {
    let mut out = Vec::new();
    for lang in LANGS {
        let messages = messages(lang);
        assert!(!messages.is_empty(), "no messages for {lang}");
        let mut own_code_segments = 0;
        for (id, text) in &messages {
            for segment in segments(lang, text) {
                if segment.lang == lang {
                    own_code_segments += 1;
                }
                out.push((lang, segment.lang, id.clone(), segment.text));
            }
        }
        if lang != "en" {
            assert!(
                own_code_segments * 2 > messages.len(),
                "{lang}: only {own_code_segments} of {} messages have text in the {lang} code",
                messages.len()
            );
        }
    }
    out
}

/// C liblouis over the corpus, by segment, in corpus order.
fn c_translations(corpus: &[(&'static str, &'static str, String, String)]) -> Vec<String> {
    let mut by_code: BTreeMap<&'static str, Vec<usize>> = BTreeMap::new();
    for (i, (_, code, _, _)) in corpus.iter().enumerate() {
        by_code.entry(code).or_default().push(i);
    }
    let mut out = vec![String::new(); corpus.len()];
    for (code, indices) in by_code {
        let lines: Vec<String> = indices.iter().map(|&i| corpus[i].3.clone()).collect();
        let c_out = lou_translate(code, &lines);
        assert_eq!(
            c_out.len(),
            lines.len(),
            "lou_translate line count for {code}"
        );
        for (i, c) in indices.into_iter().zip(c_out) {
            out[i] = c;
        }
    }
    out
}

/// The gap fixes (normalisation + supplementary tables) leave no character
/// undefined in any message, by the reference implementation.
#[test]
fn every_message_translates_without_escapes_in_c_liblouis() {
    need("lou_translate", "liblouis-bin");
    let corpus = corpus();
    let c = c_translations(&corpus);
    let mut failures = Vec::new();
    for ((lang, code, id, text), braille) in corpus.iter().zip(&c) {
        if find_escape(braille).is_some() || braille.contains("⠄⡳⠭") {
            failures.push(format!(
                "{lang} {id} [{code}]: {text}\n  liblouis: {braille}"
            ));
        }
    }
    eprintln!("checked {} segments with C liblouis", corpus.len());
    assert!(
        failures.is_empty(),
        "{} escapes:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Our engine (louis-rs) against C liblouis, exactly, segment by segment.
/// louis-rs 0.3.0 as published differed on 382 of the 4,602 segments; the
/// patched copy in `vendor/louis-rs` (see its PATCHES.md) matches on all. Any
/// difference is printed in full.
#[test]
fn every_message_matches_c_liblouis_and_has_no_escape() {
    need("lou_translate", "liblouis-bin");
    let tables = Tables::load(&braille_dir()).expect("tables load");
    let corpus = corpus();
    let c = c_translations(&corpus);
    let mut failures = Vec::new();
    for ((lang, code, id, text), c) in corpus.iter().zip(c) {
        match tables.translate_segment(code, text) {
            Err(e) => failures.push(format!("{lang} {id} [{code}]: {e}")),
            Ok(ours) => {
                if ours != c {
                    failures.push(format!(
                        "{lang} {id} [{code}]: louis-rs and C liblouis differ\n  text:     {text}\n  louis-rs: {ours}\n  liblouis: {c}"
                    ));
                }
            }
        }
    }
    eprintln!("compared {} segments with C liblouis", corpus.len());
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A sample edition: the first messages of leicestershire-county-compact.ftl
/// as title, headings, paragraphs and list items.
fn sample(lang: &'static str) -> Document {
    let messages = messages(lang);
    let file: Vec<&(String, String)> = messages
        .iter()
        .filter(|(id, _)| id.starts_with("leicestershire-county-compact.ftl:"))
        .collect();
    let run = |i: usize| vec![Run::new(lang, file[i % file.len()].1.clone())];
    let mut blocks = Vec::new();
    for n in 0..12 {
        blocks.push(Block::Heading {
            level: if n % 3 == 0 { 1 } else { 2 },
            runs: run(5 + n * 7),
        });
        blocks.push(Block::Paragraph {
            number: Some(format!("{}.{}", n + 1, 1)),
            runs: run(6 + n * 7),
        });
        blocks.push(Block::Item {
            depth: 0,
            marker: "(a)".into(),
            runs: run(7 + n * 7),
        });
        blocks.push(Block::Item {
            depth: 1,
            marker: "-".into(),
            runs: run(8 + n * 7),
        });
        blocks.push(Block::Line {
            runs: vec![
                Run::new(lang, "☎ "),
                Run::new("en", "Telephone: 0116 305 6538"),
            ],
        });
    }
    // "☎" is not in any table: leave it out, it only checks run joining
    for block in &mut blocks {
        if let Block::Line { runs } = block {
            runs.remove(0);
        }
    }
    Document {
        lang,
        title_page: vec![
            run(1),
            run(2),
            vec![Run::new("en", "Leicestershire County Council")],
        ],
        contents_label: vec![Run::new(lang, "Contents")],
        blocks,
    }
}

#[test]
fn pef_validates_in_every_language_and_pages_fit() {
    let braille = Braille::load(&braille_dir()).expect("tables load");
    let size = PageSize::default();
    let tmp = tempfile::tempdir().expect("tempdir");
    need("jing", "jing");
    for lang in LANGS {
        let mut doc = sample(lang);
        // the contents label in Latin letters would be English; use the
        // language's own word from its ui.ftl where it has one
        if let Some((_, label)) = messages(lang)
            .into_iter()
            .find(|(id, _)| id.ends_with(":contents") || id.ends_with(":toc-heading"))
        {
            doc.contents_label = vec![Run::new(lang, label)];
        }
        let pages = braille
            .pages(&doc, size)
            .unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert!(pages.len() > 3, "{lang}: {} pages", pages.len());
        for page in &pages {
            assert!(page.lines.len() <= size.rows, "{lang} page {}", page.number);
            for line in &page.lines {
                assert!(line.chars().count() <= size.cols, "{lang}: {line}");
                assert_eq!(find_escape(line), None, "{lang}: {line}");
            }
        }
        let meta = Meta {
            identifier: format!("urn:compact-press:leicestershire-county-compact:{lang}"),
            title: "Leicestershire County Compact & <test>".into(),
            language: lang.into(),
            date: "2024-05-01".into(),
            size,
        };
        let pef_bytes = pef(&pages, &meta);
        let brf_bytes = brf(&pages);
        assert!(brf_bytes.iter().all(|b| b.is_ascii()));
        assert_eq!(
            brf_bytes.iter().filter(|b| **b == 0x0c).count(),
            pages.len() - 1
        );
        // same pages, same bytes
        assert_eq!(pef(&braille.pages(&doc, size).unwrap(), &meta), pef_bytes);
        let path = tmp.path().join(format!("{lang}.pef"));
        std::fs::write(&path, &pef_bytes).expect("write pef");
        std::fs::write(tmp.path().join(format!("{lang}.brf")), &brf_bytes).expect("write brf");
        let out = Command::new("jing")
            .arg(root().join("tests/validators/pef-2008-1.rng"))
            .arg(&path)
            .output()
            .expect("run jing");
        assert!(
            out.status.success(),
            "{lang}: PEF invalid:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if let Ok(keep) = std::env::var("BRAILLE_SAMPLES") {
            std::fs::create_dir_all(&keep).ok();
            std::fs::write(Path::new(&keep).join(format!("{lang}.pef")), &pef_bytes).ok();
            std::fs::write(Path::new(&keep).join(format!("{lang}.brf")), &brf_bytes).ok();
        }
    }
}
