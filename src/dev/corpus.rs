//! A generated site of N publications in six languages, to measure
//! compact-press (and Hugo, `hugo.rs`) at the scale of a national body or a
//! hosting co-operative. Each publication has the example site's mix of
//! blocks — numbered sections with paragraphs, bold and links, a
//! subsection, bulleted and lettered lists, definitions, the shared
//! principles, an undertakings matrix with shared cells, a table with
//! multi-paragraph cells, outcomes, a contact card, the other-formats
//! request in every community language, a sign-up form, sorted signatories
//! and related publications — and is translated into bn, pa, hi, gu and ur
//! in their own scripts (generated words; about one message in twenty is
//! left untranslated, as in real sites), with `# source:` records. The
//! theme and its strings are the example site's. The same N and seed give
//! the same bytes.

use super::words::{self, Rng};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::english::English;
use crate::i18n::layout::Writer;
use crate::i18n::record::{self, Entry, FileRecord};
use crate::i18n::source;
use crate::i18n::{extract, locales};
use std::fmt::Write as _;
use std::path::Path;

/// `(path, bytes)` of a file of the example site (the repository root).
macro_rules! embed {
    ($path:literal) => {
        (
            $path,
            include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path)),
        )
    };
}

const LANGUAGES: [&str; 5] = ["bn", "pa", "hi", "gu", "ur"];

/// The example site's theme and theme strings, and its `site.yaml`, built
/// into the program so that `dev corpus` works from any folder. The unit
/// test `embedded_files_are_the_example_sites` keeps the list whole; the
/// PDF fonts (`fonts/*.ttf`, 4 MB) are left out: a corpus made outside the
/// repository typesets its PDFs with the computer's fonts.
const EMBEDDED: &[(&str, &[u8])] = &[
    embed!("content/site.yaml"),
    embed!("themes/default/css/large-print.css"),
    embed!("themes/default/braille/compact-press-bn.utb"),
    embed!("themes/default/braille/compact-press-en.utb"),
    embed!("themes/default/braille/compact-press-gu.utb"),
    embed!("themes/default/braille/compact-press-hi.utb"),
    embed!("themes/default/braille/compact-press-pa.utb"),
    embed!("themes/default/braille/compact-press-ur.utb"),
    embed!("themes/default/braille/tables/NOTICE"),
    embed!("themes/default/braille/tables/be-in-g1.utb"),
    embed!("themes/default/braille/tables/bengali.cti"),
    embed!("themes/default/braille/tables/bn.tbl"),
    embed!("themes/default/braille/tables/braille-patterns.cti"),
    embed!("themes/default/braille/tables/devanagari.cti"),
    embed!("themes/default/braille/tables/digits6Dots.uti"),
    embed!("themes/default/braille/tables/en-chardefs.cti"),
    embed!("themes/default/braille/tables/en-in-g1.ctb"),
    embed!("themes/default/braille/tables/en-ueb-chardefs.uti"),
    embed!("themes/default/braille/tables/en-ueb-g1.ctb"),
    embed!("themes/default/braille/tables/en-ueb-g2.ctb"),
    embed!("themes/default/braille/tables/en-ueb-math.ctb"),
    embed!("themes/default/braille/tables/en-us-emphasis.uti"),
    embed!("themes/default/braille/tables/gu-in-g1.utb"),
    embed!("themes/default/braille/tables/gu.tbl"),
    embed!("themes/default/braille/tables/gujarati.cti"),
    embed!("themes/default/braille/tables/gurumuki.cti"),
    embed!("themes/default/braille/tables/hi-in-g1.utb"),
    embed!("themes/default/braille/tables/hi.tbl"),
    embed!("themes/default/braille/tables/latinLetterDef6Dots.uti"),
    embed!("themes/default/braille/tables/latinUppercaseComp6.uti"),
    embed!("themes/default/braille/tables/litdigits6Dots.uti"),
    embed!("themes/default/braille/tables/loweredDigits6Dots.uti"),
    embed!("themes/default/braille/tables/pa.tbl"),
    embed!("themes/default/braille/tables/pu-in-g1.utb"),
    embed!("themes/default/braille/tables/spaces.uti"),
    embed!("themes/default/braille/tables/unicode.dis"),
    embed!("themes/default/braille/tables/ur-pk-g1.utb"),
    embed!("themes/default/css/site.css"),
    embed!("themes/default/epub/epub.css"),
    embed!("themes/default/fonts/web/NotoNastaliqUrdu-Bold.woff2"),
    embed!("themes/default/fonts/web/NotoNastaliqUrdu-Regular.woff2"),
    embed!("themes/default/templates/404.html"),
    embed!("themes/default/templates/accessibility.html"),
    embed!("themes/default/templates/base.html"),
    embed!("themes/default/templates/blocks.html"),
    embed!("themes/default/templates/card.html"),
    embed!("themes/default/templates/chooser.html"),
    embed!("themes/default/templates/components.html"),
    embed!("themes/default/templates/contact.html"),
    embed!("themes/default/templates/home.html"),
    embed!("themes/default/templates/listing.html"),
    embed!("themes/default/templates/publication-body.html"),
    embed!("themes/default/templates/publication.html"),
    embed!("themes/default/typst/large-print.typ"),
    embed!("locales/en/ui.ftl"),
    embed!("locales/en/terms.ftl"),
    embed!("locales/bn/ui.ftl"),
    embed!("locales/bn/site.ftl"),
    embed!("locales/bn/terms.ftl"),
    embed!("locales/bn/translation-record.toml"),
    embed!("locales/pa/ui.ftl"),
    embed!("locales/pa/site.ftl"),
    embed!("locales/pa/terms.ftl"),
    embed!("locales/pa/translation-record.toml"),
    embed!("locales/hi/ui.ftl"),
    embed!("locales/hi/site.ftl"),
    embed!("locales/hi/terms.ftl"),
    embed!("locales/hi/translation-record.toml"),
    embed!("locales/gu/ui.ftl"),
    embed!("locales/gu/site.ftl"),
    embed!("locales/gu/terms.ftl"),
    embed!("locales/gu/translation-record.toml"),
    embed!("locales/ur/ui.ftl"),
    embed!("locales/ur/site.ftl"),
    embed!("locales/ur/terms.ftl"),
    embed!("locales/ur/translation-record.toml"),
];

/// Writes a corpus of `n` publications into `out` (which must not exist
/// or be empty), taking the theme and its strings from the site `from`, or
/// from the example site built into the program when `from` is `None`.
pub fn write(from: Option<&Path>, out: &Path, n: usize, seed: u64) -> Result<(), Diagnostics> {
    let fail = |what: String| {
        Diagnostics::from(Diagnostic::error(
            out,
            what,
            "choose an empty or new folder with --out",
        ))
    };
    if out.exists() && std::fs::read_dir(out).map_or(true, |mut d| d.next().is_some()) {
        return Err(fail("the folder exists and is not empty".into()));
    }
    let io = |e: std::io::Error| fail(format!("cannot write the corpus: {e}"));
    std::fs::create_dir_all(out.join("content")).map_err(io)?;
    let site_yaml = match from {
        Some(from) => {
            let read = |e: std::io::Error| {
                Diagnostics::from(Diagnostic::error(
                    from,
                    format!("cannot read the site to take the theme from: {e}"),
                    "give --from a site folder (with content/site.yaml, locales/ and themes/), or leave --from out to use the example site's theme",
                ))
            };
            let site_yaml =
                std::fs::read_to_string(from.join("content/site.yaml")).map_err(read)?;
            copy_dir(&from.join("themes"), &out.join("themes")).map_err(read)?;
            for lang in std::iter::once("en").chain(LANGUAGES) {
                let dir = out.join("locales").join(lang);
                std::fs::create_dir_all(&dir).map_err(io)?;
                // The glossary too: the theme's and site's strings use its terms.
                let names = ["ui.ftl", "site.ftl", "terms.ftl", record::FILE];
                // (The English of site.yaml is extract's to write, from the
                // corpus's own site.yaml.)
                for name in names
                    .into_iter()
                    .filter(|n| lang != "en" || *n != "site.ftl")
                {
                    let file = from.join("locales").join(lang).join(name);
                    if file.exists() {
                        std::fs::copy(&file, dir.join(name)).map_err(io)?;
                    }
                }
            }
            site_yaml
        }
        None => {
            for (path, text) in EMBEDDED.iter().filter(|(p, _)| *p != "content/site.yaml") {
                let target = out.join(path);
                if let Some(dir) = target.parent() {
                    std::fs::create_dir_all(dir).map_err(io)?;
                }
                std::fs::write(target, text).map_err(io)?;
            }
            String::from_utf8_lossy(EMBEDDED[0].1).into_owned()
        }
    };
    // The example's featured publications are its own.
    let site_yaml = match site_yaml.find("\n# The publications each language's home page features")
    {
        Some(i) => &site_yaml[..i + 1],
        None => site_yaml.as_str(),
    };
    // So do the publications its `formats:` may name: the corpus gets the
    // default formats.
    let site_yaml = without_formats(site_yaml);
    std::fs::write(out.join("content/site.yaml"), site_yaml).map_err(io)?;
    for i in 1..=n {
        let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
        let yaml = publication(&mut rng, i, n);
        std::fs::write(out.join("content").join(format!("{}.yaml", slug(i))), yaml).map_err(io)?;
    }

    // The English for translators, then each language's translation of it.
    extract::run(out, false)?;
    let content = crate::content::load(out)?;
    let english_locales = locales::load(out, &["en".to_string()])?;
    let english = English::new(&content, &english_locales);
    // Each language's record, as a site whose translators are up to date
    // has it: the theme's and site's strings as the example records them.
    let mut records = Vec::new();
    for lang in LANGUAGES {
        let mut r = record::load(out, lang)?;
        r.files.retain(|stem, _| stem == "ui" || stem == "site");
        records.push(r);
    }
    for (i, p) in content.publications.iter().enumerate() {
        let Some(file) = english.file(&p.slug) else {
            continue;
        };
        for (l, lang) in LANGUAGES.iter().enumerate() {
            let mut rng = Rng::new(seed ^ ((i * 8 + l) as u64 + 1).wrapping_mul(0x9E37_79B9));
            let mut w = Writer::new(&[format!("Generated {lang} translation of {}.", file.title)]);
            let mut recorded = FileRecord::default();
            for m in &file.messages {
                w.group(m.group.as_deref());
                let comment = m.context.clone();
                let english_text = content_text(&m.fluent);
                if rng.chance(5) {
                    w.placeholder(&comment, &m.fluent);
                } else {
                    let translated = translate(&mut rng, lang, &english_text);
                    let message = source::text_message(&m.id, &translated);
                    recorded.messages.insert(
                        m.id.as_str().into(),
                        Entry::new(&m.hash, &source::translation_hash(&message)),
                    );
                    w.message(&comment, &source::serialize(&message));
                }
            }
            records[l].set(&p.slug, recorded);
            let path = out
                .join("locales")
                .join(lang)
                .join(format!("{}.ftl", p.slug));
            std::fs::write(path, w.finish()).map_err(io)?;
        }
    }
    for (lang, r) in LANGUAGES.iter().zip(&records) {
        record::save(out, lang, r)?;
    }
    Ok(())
}

fn slug(i: usize) -> String {
    format!("compact-{i:04}")
}

/// The text of a one-line Fluent message `id = text`.
fn content_text(fluent: &str) -> String {
    fluent
        .split_once(" = ")
        .map_or("", |(_, t)| t)
        .trim_end()
        .to_string()
}

/// A translation of `english` in `lang`: about as many words, in the
/// script, keeping its bold and its links' addresses.
fn translate(rng: &mut Rng, lang: &str, english: &str) -> String {
    let n = english.split_whitespace().count().max(1);
    let mut out = if english.ends_with('.') || english.ends_with(':') {
        words::sentence(rng, lang, n)
    } else {
        words::phrase(rng, lang, n)
    };
    if english.contains("**") {
        out = format!("**{}** {out}", words::phrase(rng, lang, 2));
    }
    if let Some(start) = english.find("](") {
        if let Some(end) = english[start..].find(')') {
            let url = &english[start + 2..start + end];
            out.push_str(&format!(" [{}]({url})", words::phrase(rng, lang, 2)));
        }
    }
    out
}

/// A YAML double-quoted string.
fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A paragraph of English with, sometimes, bold words and a link.
fn paragraph(rng: &mut Rng) -> String {
    let mut s = String::new();
    for i in 0..rng.range(2, 4) {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&words::english_sentence(rng, 8, 22));
    }
    if rng.chance(40) {
        s = format!("**{}** {s}", words::english_phrase(rng, 2, 4));
    }
    if rng.chance(30) {
        s.push_str(" See [the partners' website](https://www.example.org/compact).");
    }
    s
}

/// A YAML list of `lo..=hi` English sentences.
fn items(rng: &mut Rng, indent: &str, lo: usize, hi: usize) -> String {
    let mut out = String::new();
    for _ in 0..rng.range(lo, hi) {
        let _ = writeln!(out, "{indent}- {}", q(&words::english_sentence(rng, 6, 18)));
    }
    out
}

fn contact(rng: &mut Rng, indent: &str, i: usize) -> String {
    format!(
        "{indent}role: {}\n{indent}organisation: {}\n{indent}address: [{}, {}, Leicester, LE{} {}HB]\n{indent}phone: \"0116 229 {:04}\"\n{indent}email: info{i}@example.org\n",
        q(&words::english_phrase(rng, 2, 3)),
        q(&format!("{} CVS", words::english_phrase(rng, 1, 2))),
        q(&format!("{} Enterprise Centre", words::english_phrase(rng, 1, 1))),
        q(&format!("{} Road", words::english_phrase(rng, 1, 1))),
        i % 9 + 1,
        i % 7 + 1,
        i % 10_000
    )
}

/// Publication `i` of `n`, as YAML.
fn publication(rng: &mut Rng, i: usize, n: usize) -> String {
    let mut y = String::new();
    let w = &mut y;
    // A CVS's mix over the years: a compact in ten, three action reports
    // and six news items.
    let kind = match i % 10 {
        0 => "compact\nlabel: Compact",
        1 | 4 | 7 => "action_report\nlabel: Action report",
        _ => "news\nlabel: News",
    };
    let _ = writeln!(w, "kind: {kind}");
    let _ = writeln!(
        w,
        "title: {}",
        q(&format!(
            "The {} Compact {i}",
            words::english_phrase(rng, 2, 4)
        ))
    );
    let _ = writeln!(w, "subtitle: {}", q(&words::english_sentence(rng, 10, 18)));
    let _ = writeln!(w, "summary: {}", q(&words::english_sentence(rng, 14, 26)));
    let _ = writeln!(
        w,
        "date: {}-{:02}-{:02}",
        2000 + i % 20,
        i % 12 + 1,
        i % 28 + 1
    );
    let _ = writeln!(
        w,
        "status: adopted\narea: {}",
        q(&words::english_phrase(rng, 2, 3))
    );
    let _ = writeln!(w, "parties:");
    w.push_str(&items(rng, "  ", 3, 3));
    let _ = writeln!(
        w,
        "partners:\n  title: {}\n  groups:",
        q(&words::english_phrase(rng, 4, 8))
    );
    for g in 0..2 {
        let _ = writeln!(w, "    - title: {}", q(&words::english_phrase(rng, 3, 6)));
        if g == 0 {
            let _ = writeln!(w, "      sort: true");
        }
        let _ = writeln!(w, "      members:");
        for _ in 0..rng.range(5, 10) {
            let _ = writeln!(
                w,
                "        - {}",
                q(&format!("{} CVS", words::english_phrase(rng, 1, 3)))
            );
        }
    }
    let _ = writeln!(w, "sections:");
    let section = |w: &mut String, rng: &mut Rng, number: usize| {
        let _ = writeln!(
            w,
            "  - number: \"{number}.\"\n    title: {}\n    blocks:",
            q(&words::english_phrase(rng, 3, 8))
        );
    };
    // 1: paragraphs, with a subsection.
    section(w, rng, 1);
    for _ in 0..rng.range(2, 3) {
        let _ = writeln!(w, "      - paragraph: {}", q(&paragraph(rng)));
    }
    let _ = writeln!(
        w,
        "    sections:\n      - number: \"1.1.\"\n        title: {}\n        blocks:",
        q(&words::english_phrase(rng, 2, 5))
    );
    let _ = writeln!(w, "          - paragraph: {}", q(&paragraph(rng)));
    // 2: lists.
    section(w, rng, 2);
    let _ = writeln!(
        w,
        "      - paragraph: {}",
        q(&words::english_sentence(rng, 6, 12))
    );
    let _ = writeln!(
        w,
        "      - list:\n          style: bullet\n          items:"
    );
    w.push_str(&items(rng, "            ", 4, 7));
    let _ = writeln!(
        w,
        "      - list:\n          style: lettered\n          items:"
    );
    w.push_str(&items(rng, "            ", 3, 5));
    // 3: definitions.
    section(w, rng, 3);
    let _ = writeln!(w, "      - definitions:");
    for _ in 0..rng.range(3, 5) {
        let _ = writeln!(
            w,
            "          - term: {}\n            meaning: {}",
            q(&words::english_phrase(rng, 1, 3)),
            q(&paragraph(rng))
        );
    }
    // 4: the shared principles.
    section(w, rng, 4);
    let _ = writeln!(
        w,
        "      - paragraph: {}",
        q(&words::english_sentence(rng, 6, 12))
    );
    let _ = writeln!(
        w,
        "      - principles:\n          style: lettered\n          items:"
    );
    w.push_str(&items(rng, "            ", 8, 8));
    // 5: the undertakings, three parties, some cells shared.
    section(w, rng, 5);
    let _ = writeln!(w, "      - undertakings:\n          parties:");
    let keys = ["council", "pct", "vcs"];
    for key in keys {
        let _ = writeln!(
            w,
            "            - {{ key: {key}, name: {} }}",
            q(&words::english_phrase(rng, 2, 4))
        );
    }
    let _ = writeln!(w, "          themes:");
    for _ in 0..5 {
        let _ = writeln!(
            w,
            "            - title: {}\n              cells:",
            q(&words::english_phrase(rng, 2, 5))
        );
        if rng.chance(40) {
            let _ = writeln!(
                w,
                "                - parties: [council, pct]\n                  items:"
            );
            w.push_str(&items(rng, "                    ", 1, 3));
            let _ = writeln!(
                w,
                "                - parties: [vcs]\n                  items:"
            );
            w.push_str(&items(rng, "                    ", 2, 4));
        } else {
            for key in keys {
                let _ = writeln!(
                    w,
                    "                - parties: [{key}]\n                  items:"
                );
                w.push_str(&items(rng, "                    ", 1, 4));
            }
        }
    }
    // 6: a table like the action report's.
    section(w, rng, 6);
    let _ = writeln!(w, "      - table:\n          caption: {}\n          header: [Aim, Action, How, Action to date]\n          rows:", q(&words::english_phrase(rng, 3, 6)));
    for _ in 0..rng.range(3, 5) {
        let _ = writeln!(
            w,
            "            - [{}, {}, {}, [{}, {}]]",
            q(&words::english_phrase(rng, 3, 8)),
            q(&words::english_sentence(rng, 5, 10)),
            q(&words::english_sentence(rng, 5, 12)),
            q(&paragraph(rng)),
            q(&paragraph(rng))
        );
    }
    // 7: outcomes and a contact.
    section(w, rng, 7);
    let _ = writeln!(w, "      - outcomes:");
    w.push_str(&items(rng, "          ", 5, 7));
    let _ = writeln!(w, "      - contact:");
    w.push_str(&contact(rng, "          ", i));
    // 8: other formats, in every community language's script.
    section(w, rng, 8);
    let _ = writeln!(w, "      - alternative_formats:\n          text: {}\n          contact:\n            phone: \"0116 265 8015\"\n            email: access@example.org\n          languages:", q(&words::english_sentence(rng, 14, 22)));
    for lang in LANGUAGES {
        let _ = writeln!(
            w,
            "            {lang}: {}",
            q(&format!(
                "{} 0116 265 8015 {}",
                words::phrase(rng, lang, 8),
                words::sentence(rng, lang, 3)
            ))
        );
    }
    // 9: the sign-up form and who signed.
    section(w, rng, 9);
    let _ = writeln!(
        w,
        "      - signup_form:\n          pledge: {}\n          fields:",
        q(&words::english_sentence(rng, 10, 18))
    );
    for (label, input) in [
        ("Name:", "text"),
        ("Date:", "date"),
        ("On behalf of organisation", "text"),
        ("Address:", "address"),
        ("Tel:", "tel"),
        ("Email:", "email"),
    ] {
        let _ = writeln!(w, "            - {{ label: {}, input: {input} }}", q(label));
    }
    let _ = writeln!(
        w,
        "          return_to:\n            text: \"Please return to:\"\n            contact:"
    );
    w.push_str(&contact(rng, "              ", i + 1));
    let _ = writeln!(
        w,
        "            email_text: \"or email to\"\n            email: signup{i}@example.org"
    );
    let _ = writeln!(
        w,
        "      - signatories:\n          sort: name\n          people:"
    );
    for s in 0..4 {
        let first = *rng.pick(&NAMES);
        let name = format!("{} {}", first, capital(&words::english_phrase(rng, 1, 1)));
        let _ = writeln!(
            w,
            "            - name: {}\n              organisation: {}\n              statement: {}\n              signed: 2005-0{}-1{s}",
            q(&name),
            q(&format!("{} CVS", words::english_phrase(rng, 1, 2))),
            q(&format!("I {name} hereby agree to the Compact.")),
            s + 1
        );
    }
    // 10: related publications.
    if n > 1 {
        let _ = writeln!(
            w,
            "  - title: Related publications\n    blocks:\n      - related: [{}, {}]",
            slug(i % n + 1),
            slug((i + 1) % n + 1)
        );
    }
    y
}

const NAMES: [&str; 10] = [
    "Andrew", "Brian", "Neil", "Malcolm", "Martin", "Ruth", "Asha", "Gurpreet", "Farida", "Dev",
];

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| {
        f.to_uppercase().collect::<String>() + c.as_str()
    })
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// `site.yaml` without its `formats:` entry (a key at the start of a line,
/// with whatever is indented under it).
fn without_formats(yaml: &str) -> String {
    let mut out = String::with_capacity(yaml.len());
    let mut skipping = false;
    for line in yaml.split_inclusive('\n') {
        if line.starts_with("formats:") {
            skipping = true;
            continue;
        }
        if skipping && (line.starts_with(' ') || line.starts_with('-') || line.trim().is_empty()) {
            continue;
        }
        skipping = false;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn files(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                files(&p, out);
            } else {
                out.push(p);
            }
        }
    }

    #[test]
    fn the_corpus_takes_no_formats_naming_the_examples_publications() {
        let yaml = "title: T\nformats:\n  - pdf\n  - audio: [a]\nlanguages: [en]\n";
        assert_eq!(without_formats(yaml), "title: T\nlanguages: [en]\n");
        let yaml = "title: T\nformats: [pdf, text]\n# next\nbase_url: x\n";
        assert_eq!(without_formats(yaml), "title: T\n# next\nbase_url: x\n");
    }

    /// A theme file or theme string added to the example site and not to
    /// `EMBEDDED` would be missing from a corpus made outside the repository.
    #[test]
    fn embedded_files_are_the_example_sites() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut on_disk = Vec::new();
        files(&root.join("themes/default"), &mut on_disk);
        // The PDF fonts are optional: the system's are the fallback. Web
        // fonts the CSS names (`fonts/web/`) are not.
        on_disk.retain(|p| {
            let rel = p.strip_prefix(root.join("themes/default")).unwrap();
            !rel.starts_with("fonts") || rel.starts_with("fonts/web")
        });
        for lang in std::iter::once("en").chain(LANGUAGES) {
            for stem in ["ui", "site", "terms"] {
                let path = root.join(format!("locales/{lang}/{stem}.ftl"));
                // The glossary, where a language has one: its ui.ftl may use
                // it. Extract writes the English of site.yaml.
                if (stem != "terms" || path.exists()) && (lang, stem) != ("en", "site") {
                    on_disk.push(path);
                }
            }
            // The record of each translation: its files' review status.
            if lang != "en" {
                on_disk.push(root.join("locales").join(lang).join(record::FILE));
            }
        }
        on_disk.push(root.join("content/site.yaml"));
        for p in &on_disk {
            let rel = p.strip_prefix(root).unwrap().to_str().unwrap();
            let embedded = EMBEDDED.iter().find(|(e, _)| *e == rel);
            assert!(embedded.is_some(), "{rel} is not in EMBEDDED");
            assert_eq!(embedded.unwrap().1, std::fs::read(p).unwrap().as_slice());
        }
        assert_eq!(
            EMBEDDED.len(),
            on_disk.len(),
            "EMBEDDED names a file that is gone"
        );
    }
}
