//! The audio edition, as a listener gets it: for each publication the site
//! chooses in `formats:`, every language has a DAISY 2.02 talking book
//! (ZIP) and its MP3s with a playlist, linked from the page with running
//! time and size. The NCC and SMIL files pass the DAISY Pipeline's
//! schemas; every link from the NCC to the SMIL to the text resolves; the
//! NCC lists every heading in order; each SMIL's clips tile its MP3; every
//! MP3 decodes, is tagged and is not silent, and lasts as long as its words
//! take to say; phone numbers are read digit by digit, and Urdu digits are
//! spoken.
//!
//! These tests need `espeak-ng` and `jing` (tests/setup-and-run installs
//! them).

mod common;

use common::*;
use compact_press::render::formats::audio::{speech, synth};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Markup, to take text out of the book's XHTML.
static TAG: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"<[^>]+>").unwrap());

/// The publication the example site makes audio for.
const SLUG: &str = "learning-compact-launch";

fn book(lang: &str) -> PathBuf {
    built().join(format!("{lang}/{SLUG}/audio"))
}

/// Every file of a language's talking book, from its ZIP: name → bytes.
fn zip_files(lang: &str) -> BTreeMap<String, Vec<u8>> {
    let path = built().join(format!("{lang}/{SLUG}/{SLUG}-{lang}-daisy.zip"));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut f, &mut bytes).unwrap();
        out.insert(f.name().to_string(), bytes);
    }
    out
}

fn smil_files(lang: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(book(lang))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "smil"))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no SMIL in {}", book(lang).display());
    out
}

/// The decoded samples of an MP3 file and its rate.
fn decode(path: &Path) -> (Vec<f32>, u32) {
    let bytes = std::fs::read(path).unwrap();
    let (samples, rate, channels) = decode_mp3(&bytes, &path.display().to_string());
    assert_eq!(channels, 1, "{} is not mono", path.display());
    (samples, rate)
}

/// What the tests read of an MP3: its decoded length, rate and loudness.
#[derive(Clone, Copy)]
struct Heard {
    seconds: f64,
    rate: u32,
    rms: f32,
}

/// Each MP3 decoded once for all the tests that listen to it.
fn heard(path: &Path) -> Heard {
    static HEARD: std::sync::Mutex<BTreeMap<PathBuf, Heard>> =
        std::sync::Mutex::new(BTreeMap::new());
    if let Some(h) = HEARD.lock().unwrap().get(path) {
        return *h;
    }
    let (samples, rate) = decode(path);
    let h = Heard {
        seconds: samples.len() as f64 / f64::from(rate),
        rate,
        rms: rms(&samples),
    };
    HEARD.lock().unwrap().insert(path.to_path_buf(), h);
    h
}

fn rms(samples: &[f32]) -> f32 {
    (samples.iter().map(|s| s * s).sum::<f32>() / samples.len().max(1) as f32).sqrt()
}

/// An XHTML or SMIL file of the book, parsed (their DOCTYPEs allowed).
fn xml(src: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(src, options).unwrap()
}

/// "npt=1.234s" → 1.234.
fn npt(v: &str) -> f64 {
    v.trim_start_matches("npt=")
        .trim_end_matches('s')
        .parse()
        .unwrap()
}

#[test]
fn each_chosen_edition_links_its_talking_book_and_mp3s_with_time_and_size() {
    for lang in LANGS {
        let page = parse(&built().join(format!("{lang}/{SLUG}/index.html")));
        let links: Vec<(String, String)> = page
            .select(&sel(".downloads a"))
            .map(|a| (a.value().attr("href").unwrap().to_string(), text(a)))
            .collect();
        let zip = format!("{SLUG}-{lang}-daisy.zip");
        let m3u = format!("audio/{SLUG}-{lang}.m3u8");
        for href in [&zip, &m3u] {
            let (_, label) = links
                .iter()
                .find(|(h, _)| h == href)
                .unwrap_or_else(|| panic!("{lang}: no link to {href} in {links:?}"));
            assert!(
                label.contains("DAISY") || label.contains("MP3"),
                "{lang}: {label}"
            );
            // A running time in minutes and a size in MB or KB.
            assert!(
                label.contains("MB") || label.contains("KB"),
                "{lang}: {label}"
            );
            assert!(
                label.chars().filter(|c| c.is_numeric()).count() >= 2,
                "{lang}: no running time in {label}"
            );
            assert!(built().join(format!("{lang}/{SLUG}")).join(href).is_file());
        }
        // Only the publications `formats:` names get audio.
        let other = parse(&built().join(format!("{lang}/compact-leicestershire/index.html")));
        assert!(
            other.select(&sel(".downloads a")).all(|a| !a
                .value()
                .attr("href")
                .unwrap()
                .contains("daisy")),
            "{lang}: compact-leicestershire links audio the site did not ask for"
        );
    }
    // The English label as a reader sees it.
    let page = parse(&built().join(format!("en/{SLUG}/index.html")));
    let label = page
        .select(&sel(".downloads a"))
        .map(text)
        .find(|t| t.contains("DAISY"))
        .unwrap();
    let re = regex::Regex::new(
        r"^Audio, DAISY talking book \(English\), (\d+ h )?\d+ min, [\d.]+ (MB|KB)$",
    )
    .unwrap();
    assert!(re.is_match(&label), "{label}");
}

#[test]
fn the_ncc_and_smil_files_pass_the_daisy_pipeline_schemas() {
    need("jing", Command::new("jing").arg("-h").output().is_ok());
    let schemas = repo().join("tests/validators/daisy202");
    for lang in LANGS {
        let mut checks = vec![
            ("d202/d202ncc.rng", vec![book(lang).join("ncc.html")]),
            ("d202/d202ncc.sch", vec![book(lang).join("ncc.html")]),
        ];
        checks.push(("d202/d202smil.rng", smil_files(lang)));
        checks.push(("d202/d202smil.sch", smil_files(lang)));
        for (schema, files) in checks {
            let out = Command::new("jing")
                .arg("-C")
                .arg(schemas.join("catalog.xml"))
                .arg(schemas.join(schema))
                .args(&files)
                .output()
                .unwrap();
            let report = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success() && report.trim().is_empty(),
                "{lang}: {schema}:\n{report}{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

#[test]
fn the_zip_holds_the_same_book_as_the_folder() {
    for lang in LANGS {
        let zip = zip_files(lang);
        assert!(zip.contains_key("ncc.html"), "{lang}: {:?}", zip.keys());
        for (name, bytes) in &zip {
            let on_site = std::fs::read(book(lang).join(name)).unwrap();
            assert!(
                on_site == *bytes,
                "{lang}: {name} differs between the ZIP and the folder"
            );
        }
    }
}

#[test]
fn every_link_resolves_and_the_ncc_lists_every_heading_in_order() {
    for lang in LANGS {
        let dir = book(lang);
        let ncc_src = std::fs::read_to_string(dir.join("ncc.html")).unwrap();
        let ncc = xml(&ncc_src);
        let content_src = std::fs::read_to_string(dir.join("content.html")).unwrap();
        let content = xml(&content_src);
        let content_ids: BTreeMap<&str, roxmltree::Node> = content
            .descendants()
            .filter_map(|n| n.attribute("id").map(|id| (id, n)))
            .collect();
        let mut smils: BTreeMap<String, String> = BTreeMap::new();
        for s in smil_files(lang) {
            smils.insert(
                s.file_name().unwrap().to_string_lossy().to_string(),
                std::fs::read_to_string(&s).unwrap(),
            );
        }
        let is_heading = |n: &roxmltree::Node| {
            n.is_element() && matches!(n.tag_name().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        };
        // The NCC's headings, their text and where they lead.
        let mut listed = Vec::new();
        for h in ncc.descendants().filter(is_heading) {
            let a = h.children().find(|c| c.has_tag_name("a")).unwrap();
            let href = a.attribute("href").unwrap();
            let (file, id) = href.split_once('#').unwrap();
            let smil_src = smils
                .get(file)
                .unwrap_or_else(|| panic!("{lang}: the NCC links {file}, which is not there"));
            let smil = xml(smil_src);
            let par = smil
                .descendants()
                .find(|n| n.attribute("id") == Some(id))
                .unwrap_or_else(|| panic!("{lang}: {href} names no element"));
            assert!(par.has_tag_name("par"), "{lang}: {href} is not a par");
            let text_src = par
                .children()
                .find(|c| c.has_tag_name("text"))
                .unwrap()
                .attribute("src")
                .unwrap();
            let target = content_ids[text_src.split_once('#').unwrap().1];
            let heading_text: String = a.text().unwrap_or_default().to_string();
            let target_text: String = target
                .descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect::<String>();
            assert_eq!(heading_text, target_text, "{lang}: {href}");
            listed.push(heading_text);
        }
        // Every heading of the text, in order, and the title first.
        let in_text: Vec<String> = content
            .descendants()
            .filter(is_heading)
            .map(|h| {
                h.descendants()
                    .filter(|n| n.is_text())
                    .filter_map(|n| n.text())
                    .collect()
            })
            .collect();
        assert_eq!(listed, in_text, "{lang}");
        assert!(ncc_src.contains("<h1 class=\"title\""), "{lang}");
        // The publication page's section headings are all in it, in order.
        let page = parse(&built().join(format!("{lang}/{SLUG}/index.html")));
        let sections: Vec<String> = page
            .select(&sel(
                "section.level-2 > h2, section.level-3 > h3, section.level-4 > h4, section.level-5 > h5",
            ))
            .map(text)
            .filter(|t| !t.is_empty())
            .collect();
        assert!(
            !sections.is_empty(),
            "{lang}: no section headings on the page"
        );
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        let mut at = 0;
        for s in &sections {
            let found = listed[at..]
                .iter()
                .position(|l| squash(l).ends_with(&squash(s)));
            let i = found.unwrap_or_else(|| {
                panic!("{lang}: the section {s:?} is not in the NCC after {at}: {listed:?}")
            });
            at += i + 1;
        }
        // Every par's text is an element of the text, and every audio a
        // file of the book.
        for (name, src) in &smils {
            let smil = xml(src);
            for t in smil.descendants().filter(|n| n.has_tag_name("text")) {
                let id = t.attribute("src").unwrap().split_once('#').unwrap().1;
                assert!(content_ids.contains_key(id), "{lang}: {name} names #{id}");
            }
            for a in smil.descendants().filter(|n| n.has_tag_name("audio")) {
                assert!(
                    dir.join(a.attribute("src").unwrap()).is_file(),
                    "{lang}: {name}"
                );
            }
        }
    }
}

#[test]
fn each_smil_tiles_its_mp3_to_within_50_ms_and_every_mp3_is_speech() {
    for lang in LANGS {
        for smil_path in smil_files(lang) {
            let src = std::fs::read_to_string(&smil_path).unwrap();
            let smil = xml(&src);
            let clips: Vec<(String, f64, f64)> = smil
                .descendants()
                .filter(|n| n.has_tag_name("audio"))
                .map(|a| {
                    (
                        a.attribute("src").unwrap().to_string(),
                        npt(a.attribute("clip-begin").unwrap()),
                        npt(a.attribute("clip-end").unwrap()),
                    )
                })
                .collect();
            assert!(!clips.is_empty());
            let mp3 = book(lang).join(&clips[0].0);
            assert!(clips.iter().all(|c| c.0 == clips[0].0), "one MP3 per SMIL");
            let Heard {
                seconds: duration,
                rate,
                rms: level,
            } = heard(&mp3);
            assert_eq!(rate, 22_050, "{}", mp3.display());
            let name = smil_path.display();
            // Clips follow each other from the start, each inside the MP3.
            let mut at = 0.0;
            for (_, begin, end) in &clips {
                assert!((begin - at).abs() < 0.0015, "{name}: a gap at {at}");
                assert!(end > begin, "{name}: an empty clip at {begin}");
                assert!(
                    *end <= duration + 0.05,
                    "{name}: a clip ends at {end}, after the MP3's {duration}"
                );
                at = *end;
            }
            let sum: f64 = clips.iter().map(|(_, b, e)| e - b).sum();
            assert!(
                (sum - duration).abs() <= 0.05,
                "{name}: the clips add up to {sum} s, the MP3 lasts {duration} s"
            );
            // Speech, not silence, in every language.
            assert!(level > 0.02, "{}: too quiet (RMS {level})", mp3.display());
            // Tagged.
            let tag = id3::Tag::read_from_path(&mp3).unwrap();
            use id3::TagLike;
            assert!(
                tag.title().is_some_and(|t| !t.is_empty()),
                "{}",
                mp3.display()
            );
            assert!(tag.album().is_some_and(|t| !t.is_empty()));
            assert!(tag.track().is_some());
            let tlan = tag.get("TLAN").and_then(|f| f.content().text()).unwrap();
            let expected = match lang {
                "en" => "eng",
                "bn" => "ben",
                "pa" => "pan",
                "hi" => "hin",
                "gu" => "guj",
                _ => "urd",
            };
            assert_eq!(tlan, expected);
        }
    }
}

#[test]
fn the_running_time_is_plausible_for_the_words() {
    for lang in LANGS {
        let content = std::fs::read_to_string(book(lang).join("content.html")).unwrap();
        let text = TAG.replace_all(content.split("<body>").nth(1).unwrap(), " ");
        let words = text.split_whitespace().count() as f64;
        let mut seconds = 0.0;
        for smil in smil_files(lang) {
            let mp3 = smil.with_extension("mp3");
            seconds += heard(&mp3).seconds;
        }
        let per_minute = words / (seconds / 60.0);
        // eSpeak reads at 160 words a minute; pauses bring it down, and
        // Indic words are longer or shorter than English ones.
        assert!(
            (60.0..=260.0).contains(&per_minute),
            "{lang}: {words} words in {seconds:.0} s is {per_minute:.0} a minute"
        );
    }
}

#[test]
fn every_mp3_is_48_to_64_kbps() {
    for lang in LANGS {
        for smil in smil_files(lang) {
            let mp3 = smil.with_extension("mp3");
            let bytes = std::fs::metadata(&mp3).unwrap().len() as f64;
            let kbps = bytes * 8.0 / heard(&mp3).seconds / 1000.0;
            // 48 kbps, and a short track's tag and Info frame on top.
            assert!(
                (47.0..=64.0).contains(&kbps),
                "{}: {kbps:.1} kbps",
                mp3.display()
            );
        }
    }
}

#[test]
fn the_book_starts_by_saying_it_is_a_computer_voice_and_what_it_reads() {
    for lang in LANGS {
        let content = std::fs::read_to_string(book(lang).join("content.html")).unwrap();
        let spans: Vec<&str> = content.split("<span id=\"t").skip(1).take(2).collect();
        assert_eq!(spans.len(), 2);
        // The computer-voice sentence and the one naming the publication
        // and its date, in the edition's language.
        let page = parse(&built().join(format!("{lang}/{SLUG}/index.html")));
        let title = text(page.select(&sel("h1")).next().unwrap());
        assert!(
            spans[1].contains(&title),
            "{lang}: {} does not name {title}",
            spans[1]
        );
        if lang != "en" {
            assert!(in_own_script(lang, spans[0]), "{lang}: {}", spans[0]);
        }
    }
}

#[test]
fn phone_numbers_are_read_digit_by_digit_in_every_language() {
    let spaced = regex::Regex::new(r"(\d ){3}\d, (\d ){2}\d, (\d ){3}\d").unwrap();
    for lang in LANGS {
        let content = std::fs::read_to_string(book(lang).join("content.html")).unwrap();
        // The sentence asking for other formats names the phone number.
        let sentence = content
            .split("<span")
            .find(|s| {
                s.contains("229")
                    || s.contains("২২৯")
                    || s.contains("੨੨੯")
                    || s.contains("२२९")
                    || s.contains("૨૨૯")
                    || s.contains("۲۲۹")
            })
            .unwrap_or_else(|| panic!("{lang}: no sentence gives the phone number"));
        let sentence = TAG.replace_all(sentence, "");
        let sentence = sentence.split_once('>').map_or(&*sentence, |s| s.1);
        let ssml = speech::ssml(
            lang,
            &[speech::Part {
                lang,
                text: sentence,
            }],
        );
        let digits: String = ssml
            .chars()
            .filter(|c| c.is_numeric() || *c == ' ' || *c == ',')
            .collect();
        // Each digit alone: "0 1 1 6, 2 2 9, 3 1 0 3".
        assert!(spaced.is_match(&digits), "{lang}: {ssml}");
    }
}

#[test]
fn urdu_digits_are_spoken_not_skipped() {
    need("espeak-ng", synth::version().is_ok());
    let say = |text: &str| {
        let ssml = speech::ssml("ur", &[speech::Part { lang: "ur", text }]);
        synth::speak(speech::voice("ur"), &ssml).unwrap()
    };
    let word = say("فون");
    let with_digits = say("فون ۰۱۱۶ ۲۲۹ ۳۱۰۳");
    let seconds = |s: &[i16]| s.len() as f64 / f64::from(synth::RATE);
    assert!(
        seconds(&with_digits) > seconds(&word) + 3.0,
        "the digits took {:.2} s more",
        seconds(&with_digits) - seconds(&word)
    );
    let digits_only = &with_digits[word.len()..];
    let level = (digits_only
        .iter()
        .map(|&s| f64::from(s) * f64::from(s))
        .sum::<f64>()
        / digits_only.len() as f64)
        .sqrt();
    assert!(level > 500.0, "the digits are silent (RMS {level})");
}

#[test]
fn a_site_asking_for_audio_without_espeak_ng_is_told_which_package_to_install() {
    let site = site_copy();
    let out = tempfile::tempdir().unwrap();
    // A PATH with every program but espeak-ng.
    let empty = tempfile::tempdir().unwrap();
    let status = Command::new(bin())
        .args(["build", "--formats", "audio", "--site"])
        .arg(site.path())
        .arg("--out")
        .arg(out.path().join("public"))
        .env("PATH", empty.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&status.stderr);
    assert!(!status.status.success(), "{err}");
    assert!(err.contains("espeak-ng"), "{err}");
    assert!(err.contains("apt-get install espeak-ng"), "{err}");
    assert!(err.contains("content/site.yaml"), "{err}");
    assert!(
        !out.path().join("public").exists(),
        "a half-written public/"
    );
}

#[test]
fn formats_naming_no_publication_is_an_error_at_its_place() {
    let site = site_copy();
    edit(
        &site.path().join("content/site.yaml"),
        "  - audio: [learning-compact-launch]",
        "  - audio: [learning-compact-lunch]",
    );
    let out = build_quickly(site.path(), &site.path().join("public"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("learning-compact-lunch"), "{err}");
    assert!(err.contains("content/site.yaml:"), "{err}");
    assert!(err.contains("which is no publication"), "{err}");
}
