//! Shared helpers for the integration tests: copies of the example site in
//! temporary folders, builds through the real binary, and parsed pages.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

pub const LANGS: [&str; 6] = ["en", "bn", "pa", "hi", "gu", "ur"];

/// The compact-press binary under test: cargo's, unless `COMPACT_PRESS_BIN`
/// names another (several worktrees sharing one target folder overwrite
/// each other's `target/debug/compact-press`).
pub fn bin() -> PathBuf {
    std::env::var_os("COMPACT_PRESS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_compact-press")))
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A temporary copy of the example site (content, locales, themes).
pub fn site_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for part in ["content", "locales", "themes"] {
        copy_dir(&repo().join(part), &dir.path().join(part));
    }
    dir
}

/// Runs `compact-press build --site SITE --out OUT`.
pub fn build(site: &Path, out: &Path) -> Output {
    Command::new(bin())
        .args(["build", "--site"])
        .arg(site)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

/// The example site, built once for all tests of a test binary.
pub fn built() -> &'static Path {
    static BUILT: OnceLock<tempfile::TempDir> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let out = build(&repo(), &dir.path().join("public"));
            assert!(
                out.status.success(),
                "example site failed to build:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            dir
        })
        .path()
        .join("public")
        .leak()
}

/// Runs `compact-press build --formats text`: the pages and plain text
/// only (no PDFs, no braille), which is quick.
pub fn build_quickly(site: &Path, out: &Path) -> Output {
    Command::new(bin())
        .args(["build", "--formats", "text", "--site"])
        .arg(site)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

/// Builds `site` quickly ([`build_quickly`]) into a new temporary folder,
/// which it returns; the build must succeed.
pub fn built_without_pdf(site: &Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let built = build_quickly(site, out.path());
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    out
}

/// Every file under `dir`, sorted.
pub fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every file under `dir` with its bytes, by path relative to `dir`.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    all_files(dir)
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p.strip_prefix(dir).unwrap().to_path_buf(), bytes)
        })
        .collect()
}

/// Every web page under `dir`, sorted: its HTML files but the talking
/// books' XHTML (`<lang>/<slug>/audio/ncc.html`, `content.html`), which
/// are DAISY 2.02 files that `tests/audio.rs` checks as such.
pub fn html_files(dir: &Path) -> Vec<PathBuf> {
    all_files(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .filter(|p| {
            let book = p.ends_with("audio/ncc.html") || p.ends_with("audio/content.html");
            !book
        })
        .collect()
}

pub fn parse(path: &Path) -> scraper::Html {
    scraper::Html::parse_document(&std::fs::read_to_string(path).unwrap())
}

pub fn sel(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).unwrap()
}

/// Text of an element, whitespace collapsed.
pub fn text(e: scraper::ElementRef) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Python the tests' checkers are installed in: `tests/.venv`, made by
/// `tests/setup-and-run`, or else the `python3` on the PATH.
pub fn python() -> PathBuf {
    let venv = repo().join("tests/.venv/bin/python3");
    if venv.is_file() {
        venv
    } else {
        PathBuf::from("python3")
    }
}

/// Runs `compact-press ARGS --site SITE`.
pub fn run(site: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .arg("--site")
        .arg(site)
        .output()
        .unwrap()
}

/// Replaces the first `from` in the file at `path` with `to`.
pub fn edit(path: &Path, from: &str, to: &str) {
    let s = std::fs::read_to_string(path).unwrap();
    assert!(s.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, s.replacen(from, to, 1)).unwrap();
}

/// A request with exactly this target, as a browser or an attacker would
/// send it: (status, headers, body).
pub fn raw(url: &str, method: &str, target: &str) -> (u16, String, String) {
    let host = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = TcpStream::connect(host).unwrap();
    write!(
        stream,
        "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let response = String::from_utf8_lossy(&response).to_string();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

pub fn get(url: &str, target: &str) -> (u16, String, String) {
    raw(url, "GET", target)
}

/// Fails with the command that installs the validators when one is missing.
pub fn need(what: &str, ok: bool) {
    assert!(
        ok,
        "{what} is missing. Install the validators with:\n  apt-get install -y chromium default-jre-headless fonts-noto-core liblouis-bin jing && (cd tests && npm ci)\n(or run tests/setup-and-run, which does this and then runs the tests)"
    );
}

pub fn node_modules() -> PathBuf {
    repo().join("tests/node_modules")
}

/// The Nu Html Checker's errors on `pages` (empty when there are none).
pub fn nu_errors(pages: &[PathBuf]) -> String {
    let jar = node_modules().join("vnu-jar/build/dist/vnu.jar");
    need("vnu-jar (npm)", jar.is_file());
    need(
        "java",
        Command::new("java").arg("-version").output().is_ok(),
    );
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .args(pages)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if out.status.success() || !report.is_empty() {
        report
    } else {
        "the Nu Html Checker failed without a report".into()
    }
}

/// axe-core's report on each of `pages` (one JSON line per page, at
/// desktop width and at 320 CSS px), and whether the run succeeded.
pub fn axe(pages: &[PathBuf]) -> (Vec<String>, Output) {
    need(
        "axe-core and playwright-core (npm)",
        node_modules().join("axe-core").is_dir() && node_modules().join("playwright-core").is_dir(),
    );
    need(
        "Debian chromium at /usr/bin/chromium",
        Path::new("/usr/bin/chromium").exists(),
    );
    let out = Command::new("node")
        .arg(repo().join("tests/validators/axe.mjs"))
        .args(pages)
        .output()
        .unwrap();
    let lines = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    (lines, out)
}

/// axe-core's reports that list violations, after checking that it
/// checked every one of `pages`.
pub fn axe_violations(pages: &[PathBuf]) -> Vec<String> {
    let (lines, out) = axe(pages);
    assert_eq!(
        lines.len(),
        pages.len(),
        "axe did not check every page:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let failures: Vec<String> = lines
        .into_iter()
        .filter(|l| !l.contains("\"violations\":[]"))
        .collect();
    assert!(
        out.status.success() || !failures.is_empty(),
        "axe failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    failures
}

/// Runs the PDF/UA-1 checker (PyPI page-validation) on `files`.
pub fn pdfua(files: &[PathBuf]) -> Output {
    let out = Command::new(python())
        .arg(repo().join("tests/validators/pdfua.py"))
        .args(files)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'page'"),
        "the PDF/UA checker is missing: run tests/setup-and-run (it installs page-validation==0.11.0 in tests/.venv)"
    );
    out
}

/// Does `s` contain letters of the script of language `lang`?
pub fn in_own_script(lang: &str, s: &str) -> bool {
    let range = match lang {
        "bn" => '\u{0980}'..='\u{09FF}',
        "pa" => '\u{0A00}'..='\u{0A7F}',
        "hi" => '\u{0900}'..='\u{097F}',
        "gu" => '\u{0A80}'..='\u{0AFF}',
        "ur" => '\u{0600}'..='\u{06FF}',
        _ => return true,
    };
    s.chars().any(|c| range.contains(&c))
}

/// The 1-based line and column (in characters) of `needle` on the first
/// line of `source` that contains `line_with`: where a test expects a
/// problem to be reported.
pub fn place_in_text(source: &str, line_with: &str, needle: &str) -> (usize, usize) {
    let (i, line) = source
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(line_with))
        .unwrap_or_else(|| panic!("no line with {line_with:?}"));
    let column = line[..line.find(needle).unwrap()].chars().count() + 1;
    (i + 1, column)
}

/// Takes back the translation of every message of the `.ftl` file at `path`
/// whose id contains `part` (as if not yet translated: commented out), for
/// tests that need English standing in, now that the example site is
/// translated in full. Returns how many.
pub fn untranslate(path: &Path, part: &str) -> usize {
    let source = std::fs::read_to_string(path).unwrap();
    let mut n = 0;
    let out: Vec<String> = source
        .lines()
        .map(|l| match l.split_once(" = ") {
            Some((id, _)) if !l.starts_with('#') && id.contains(part) => {
                n += 1;
                format!("# {l}")
            }
            _ => l.to_string(),
        })
        .collect();
    std::fs::write(path, out.join("\n") + "\n").unwrap();
    assert!(n > 0, "no message with {part} in {}", path.display());
    n
}

/// The decoded samples of an MP3 (as a player plays it, the encoder's
/// delay and padding trimmed as its Info frame says, by symphonia), its
/// rate and its number of channels. `what` names it in a failure.
pub fn decode_mp3(bytes: &[u8], what: &str) -> (Vec<f32>, u32, usize) {
    use symphonia::core::codecs::audio::AudioDecoderOptions;
    use symphonia::core::formats::probe::Hint;
    use symphonia::core::formats::{FormatOptions, TrackType};
    use symphonia::core::io::MediaSourceStream;
    use symphonia::core::meta::MetadataOptions;
    let source = Box::new(std::io::Cursor::new(bytes.to_vec()));
    let mss = MediaSourceStream::new(source, Default::default());
    let mut hint = Hint::new();
    hint.with_extension("mp3");
    let mut format = symphonia::default::get_probe()
        .probe(
            &hint,
            mss,
            FormatOptions::default(),
            MetadataOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{what} does not open as MP3: {e}"));
    let track = format.default_track(TrackType::Audio).unwrap();
    let params = track
        .codec_params
        .as_ref()
        .unwrap()
        .audio()
        .unwrap()
        .clone();
    let rate = params.sample_rate.unwrap();
    let channels = params.channels.as_ref().map_or(0, |c| c.count());
    let id = track.id;
    let mut decoder = symphonia::default::get_codecs()
        .make_audio_decoder(&params, &AudioDecoderOptions::default())
        .unwrap();
    let mut samples = Vec::new();
    while let Some(packet) = format.next_packet().unwrap() {
        if packet.track_id != id {
            continue;
        }
        let buf = decoder
            .decode(&packet)
            .unwrap_or_else(|e| panic!("{what} does not decode: {e}"));
        let mut part = vec![0f32; buf.samples_interleaved()];
        buf.copy_to_slice_interleaved(&mut part);
        samples.extend(part);
    }
    (samples, rate, channels)
}
