//! compact-press at scale, as a national body or a hosting co-operative
//! uses it: hundreds of publications, each in six languages. Run with
//! `cargo bench --bench scale`; it prints one line per figure.
//!
//! - whole builds (HTML and plain text) of 100 and 1,000 generated
//!   publications: the first into an empty output folder, then rebuilds
//!   of the unchanged site, as hyperfine times them against Hugo in
//!   `benches/compare-hugo.sh`;
//! - large-print PDFs on their own: a site of 10 publications built with
//!   and without them, from an empty PDF cache, the difference being the
//!   PDFs' time;
//! - braille: the first size's corpus built with and without the braille
//!   editions, none cached and then all cached, the difference being what
//!   braille adds to a build;
//! - EPUB: the first size's corpus built with and without the e-books,
//!   none cached and then all cached, and their total size;
//! - audio: the first size's corpus (with `audio` in its `formats:`)
//!   built with and without the audio editions, none cached and then all
//!   cached: the time to read every publication aloud in six languages,
//!   as editions and as hours of audio per hour of work, and the size;
//! - a one-publication rebuild at 1,000 publications: `serve` running on
//!   the corpus, one publication's YAML edited again and again, timed by
//!   serve's own account of each rebuild and from the save to the page
//!   served;
//! - peak memory (resident set) of each process.
//!
//! Every command is the release binary, run as a user runs it; the figures
//! are wall-clock times on this computer. `SCALE_SIZES=100` (a
//! comma-separated list) and `SCALE_RUNS=n` shorten a run, and naming
//! sections runs only those: `cargo bench --bench scale -- build pdf
//! braille epub audio rebuild`. Audio runs only when named (it takes minutes
//! for every ten publications) and needs `espeak-ng`.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::Serve;

const BIN: &str = env!("CARGO_BIN_EXE_compact-press");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TARGETS: &str = "targets: build ≤ 0.30 × Hugo's time (benches/compare-hugo.sh), one-publication rebuild ≤ 50 ms at 1,000 publications, peak RSS ≤ 300 MB, PDFs ≥ 20 per second";

/// What one run of a command cost.
struct Run {
    wall: Duration,
    /// Peak resident set, in bytes.
    peak: u64,
}

/// Runs the compact-press binary with `args` to the end, quietly.
fn run(args: &[&str]) -> Run {
    let start = Instant::now();
    let child = Command::new(BIN)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("compact-press starts");
    let (status, peak, stderr) = wait(child);
    let wall = start.elapsed();
    assert!(status == 0, "compact-press {args:?} failed:\n{stderr}");
    Run { wall, peak }
}

/// Waits for `child` by `wait4`, which reports the peak resident set of
/// that one process (the standard library's wait does not).
fn wait(mut child: std::process::Child) -> (i32, u64, String) {
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    let mut status = 0;
    // SAFETY: rusage is plain data, filled in by the kernel.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our child's, not yet waited for; both pointers
    // are to live locals.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert!(pid > 0, "wait4 failed");
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    // ru_maxrss is in kilobytes on Linux.
    (code, usage.ru_maxrss as u64 * 1024, stderr)
}

fn mb(bytes: u64) -> String {
    format!("{:.0} MB", bytes as f64 / 1e6)
}

fn secs(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{:.0} ms", d.as_secs_f64() * 1000.0)
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

/// The median, fastest and slowest of `times`.
fn spread(times: &mut [Duration]) -> String {
    times.sort();
    format!(
        "median {}, fastest {}, slowest {} ({} runs)",
        secs(times[times.len() / 2]),
        secs(times[0]),
        secs(times[times.len() - 1]),
        times.len()
    )
}

fn corpus(dir: &Path, publications: usize) -> PathBuf {
    corpus_in(dir, &format!("site-{publications}"), publications)
}

/// A corpus of `publications` in `dir/name`.
fn corpus_in(dir: &Path, name: &str, publications: usize) -> PathBuf {
    let site = dir.join(name);
    // Made once per size: the same seed makes the same files.
    if site.is_dir() {
        return site;
    }
    let n = publications.to_string();
    let out = site.to_str().expect("a UTF-8 temporary path");
    run(&[
        "dev",
        "corpus",
        "--publications",
        &n,
        "--out",
        out,
        "--from",
        ROOT,
    ]);
    site
}

fn runs(default: usize) -> usize {
    std::env::var("SCALE_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(default)
        .max(1)
}

/// Whole builds of `publications` × 6 languages, HTML and plain text.
fn builds(dir: &Path, publications: usize) -> u64 {
    let site = corpus(dir, publications);
    let out = dir.join(format!("public-{publications}"));
    let (site, out) = (site.to_str().unwrap(), out.to_str().unwrap());
    let args = ["build", "--site", site, "--out", out, "--formats", "text"];
    let first = run(&args);
    let mut peak = first.peak;
    let mut times = Vec::new();
    for _ in 0..runs(if publications > 500 { 3 } else { 5 }) {
        let r = run(&args);
        peak = peak.max(r.peak);
        times.push(r.wall);
    }
    let pages = publications * 6;
    println!(
        "build, {publications} publications × 6 languages ({pages} pages, {pages} large-print pages, {pages} text editions): first build {}; rebuild {}; peak RSS {}",
        secs(first.wall),
        spread(&mut times),
        mb(peak)
    );
    peak
}

/// Large-print PDFs alone: builds with and without them, from an empty
/// PDF cache, on a corpus small enough to build many times.
fn pdfs(dir: &Path) -> u64 {
    const PUBLICATIONS: usize = 10;
    let site = corpus(dir, PUBLICATIONS);
    let cache = site.join(".compact-press");
    let out = dir.join("public-pdfs");
    let (site, out) = (site.to_str().unwrap(), out.to_str().unwrap());
    let mut rates = Vec::new();
    let mut peak = 0;
    for _ in 0..runs(3) {
        let without = run(&["build", "--site", site, "--out", out, "--formats", "text"]);
        let _ = std::fs::remove_dir_all(&cache);
        let with = run(&[
            "build",
            "--site",
            site,
            "--out",
            out,
            "--formats",
            "text,pdf",
        ]);
        peak = peak.max(with.peak);
        let pdfs = (PUBLICATIONS * 6) as f64;
        rates.push(pdfs / (with.wall.saturating_sub(without.wall)).as_secs_f64());
    }
    rates.sort_by(f64::total_cmp);
    let median = rates[rates.len() / 2];
    println!(
        "large-print PDFs ({} publications × 6 languages, none cached): median {median:.1} per second, slowest run {:.1}, fastest {:.1} ({} runs); peak RSS {}",
        PUBLICATIONS,
        rates[0],
        rates[rates.len() - 1],
        rates.len(),
        mb(peak)
    );
    peak
}

/// Braille editions: whole builds of `publications` × 6 languages with and
/// without them, from an empty cache, and then again with every edition
/// cached: what braille adds to a build, first and repeated.
fn braille(dir: &Path, publications: usize) -> u64 {
    let site = corpus(dir, publications);
    let out = dir.join(format!("public-braille-{publications}"));
    let t = with_and_without(&site, &out, "braille", runs(3));
    let editions = publications * 6;
    println!(
        "braille, {publications} publications × 6 languages ({editions} PEF + BRF editions): build without braille {}; with braille, none cached {} (braille {}, {:.1} editions per second, {:.0}% of the build); with every edition cached {}; peak RSS {}",
        secs(t.without),
        secs(t.first),
        secs(t.added()),
        editions as f64 / t.added().as_secs_f64().max(0.001),
        100.0 * t.added().as_secs_f64() / t.first.as_secs_f64(),
        secs(t.cached),
        mb(t.peak)
    );
    t.peak
}

/// EPUB e-books: whole builds of `publications` × 6 languages with and
/// without them, from an empty cache, and again with every e-book cached;
/// their number and size.
fn epub(dir: &Path, publications: usize) -> u64 {
    let site = corpus(dir, publications);
    let out = dir.join(format!("public-epub-{publications}"));
    let t = with_and_without(&site, &out, "epub", runs(3));
    let books: Vec<u64> = files_under(&out)
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "epub"))
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .collect();
    let total: u64 = books.iter().sum();
    println!(
        "EPUB, {publications} publications × 6 languages ({} e-books, {:.0} MB, {:.0} KB each on average): build without them {}; with them, none cached {} (the e-books {}, {:.1} per second, {:.0}% of the build); with every e-book cached {}; peak RSS {}",
        books.len(),
        total as f64 / 1e6,
        total as f64 / 1e3 / books.len().max(1) as f64,
        secs(t.without),
        secs(t.first),
        secs(t.added()),
        books.len() as f64 / t.added().as_secs_f64().max(0.001),
        100.0 * t.added().as_secs_f64() / t.first.as_secs_f64(),
        secs(t.cached),
        mb(t.peak)
    );
    t.peak
}

/// Median times of builds without a slow format, with it and nothing
/// cached, and with it all cached.
struct WithAndWithout {
    without: Duration,
    first: Duration,
    cached: Duration,
    peak: u64,
}

impl WithAndWithout {
    /// What the format added to a build made from an empty cache.
    fn added(&self) -> Duration {
        self.first.saturating_sub(self.without)
    }
}

/// Builds `site` into `out` `runs` times each: with the text editions
/// only; with `format` too, from an empty cache; and again, all cached.
fn with_and_without(site: &Path, out: &Path, format: &str, runs: usize) -> WithAndWithout {
    let cache = site.join(".compact-press");
    let (site, out) = (site.to_str().unwrap(), out.to_str().unwrap());
    let both = format!("text,{format}");
    let text = ["build", "--site", site, "--out", out, "--formats", "text"];
    let with = ["build", "--site", site, "--out", out, "--formats", &both];
    let (mut without, mut first, mut cached) = (Vec::new(), Vec::new(), Vec::new());
    let mut peak = 0;
    for _ in 0..runs {
        without.push(run(&text).wall);
        let _ = std::fs::remove_dir_all(&cache);
        let made = run(&with);
        peak = peak.max(made.peak);
        first.push(made.wall);
        let again = run(&with);
        peak = peak.max(again.peak);
        cached.push(again.wall);
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    WithAndWithout {
        without: median(&mut without),
        first: median(&mut first),
        cached: median(&mut cached),
        peak,
    }
}

/// Every file under `dir`.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Audio editions: whole builds of `publications` × 6 languages with and
/// without them, from an empty cache, then with every edition cached; the
/// hours of audio made and the output's size.
fn audio(dir: &Path, publications: usize) -> u64 {
    let site = corpus_in(dir, &format!("site-audio-{publications}"), publications);
    let yaml = site.join("content/site.yaml");
    let config = std::fs::read_to_string(&yaml).unwrap();
    if !config.contains("\nformats:") {
        std::fs::write(&yaml, format!("{config}formats: [text, audio]\n")).unwrap();
    }
    let out = dir.join(format!("public-audio-{publications}"));
    let t = with_and_without(&site, &out, "audio", runs(1));
    // What was made: the playlists' running times, the files' bytes.
    let (mut seconds, mut bytes, mut editions) = (0u64, 0u64, 0usize);
    for f in files_under(&out) {
        let name = f.to_string_lossy();
        if name.ends_with(".m3u8") {
            editions += 1;
            let m3u = std::fs::read_to_string(&f).unwrap();
            seconds += compact_press::render::formats::audio::daisy::playlist_seconds(&m3u);
        }
        if name.contains("/audio/") || name.ends_with("-daisy.zip") {
            bytes += std::fs::metadata(&f).map(|m| m.len()).unwrap_or(0);
        }
    }
    let work = t.added().as_secs_f64().max(0.001);
    println!(
        "audio, {publications} publications × 6 languages ({editions} talking books, {:.1} hours of audio, {:.0} MB with the ZIPs): build without audio {}; with audio, none cached {} (audio {}, {:.2} editions per second, {:.0} × real time); with every edition cached {}; peak RSS {}",
        seconds as f64 / 3600.0,
        bytes as f64 / 1e6,
        secs(t.without),
        secs(t.first),
        secs(t.added()),
        editions as f64 / work,
        seconds as f64 / work,
        secs(t.cached),
        mb(t.peak)
    );
    t.peak
}

/// One publication edited while `serve` previews 1,000: how long serve
/// takes to rebuild, and how long from the save to the page served.
fn rebuild(dir: &Path) -> u64 {
    const EDITS: usize = 20;
    let site = corpus(dir, 1000);
    let serve = Serve::start(&site, &["--formats", "text"]);
    let first = serve
        .rebuilt
        .recv_timeout(Duration::from_secs(600))
        .expect("the first build finished");

    let yaml = site.join("content/compact-0500.yaml");
    let source = std::fs::read_to_string(&yaml).unwrap();
    let old_title = source
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .expect("a title line")
        .to_string();
    let page = "/en/compact-0500/";
    let mut served = Vec::new();
    let mut rebuilt = Vec::new();
    for i in 0..EDITS {
        let title = format!("Edited compact {i}");
        let edited = source.replacen(
            &format!("title: {old_title}"),
            &format!("title: {title}"),
            1,
        );
        let start = Instant::now();
        std::fs::write(&yaml, edited).unwrap();
        served.push(serve.until_served(page, &format!("<h1>{title}</h1>"), start));
        if let Ok(took) = serve.rebuilt.recv_timeout(Duration::from_secs(30)) {
            rebuilt.push(took);
        }
        // As between a web officer's saves.
        std::thread::sleep(Duration::from_millis(300));
    }
    std::fs::write(&yaml, source).unwrap();
    let (_, peak, _) = wait(serve.stop());
    println!(
        "one-publication rebuild at 1,000 publications × 6 languages (serve --formats text; first build {}): rebuild {}; save to page served {}; peak RSS {}",
        secs(first),
        spread(&mut rebuilt),
        spread(&mut served),
        mb(peak)
    );
    peak
}

fn main() {
    // `cargo bench` passes --bench; a filter, if any, picks sections.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| f == name);
    let sizes: Vec<usize> = std::env::var("SCALE_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1000]);
    let dir = tempfile::tempdir().expect("a temporary folder");
    println!("{TARGETS}");
    let mut peak = 0;
    if wanted("build") {
        for &n in &sizes {
            peak = peak.max(builds(dir.path(), n));
        }
    }
    if wanted("pdf") {
        peak = peak.max(pdfs(dir.path()));
    }
    if wanted("braille") {
        peak = peak.max(braille(dir.path(), sizes[0]));
    }
    if wanted("epub") {
        peak = peak.max(epub(dir.path(), sizes[0]));
    }
    // Audio takes long (minutes per 10 publications) and needs espeak-ng:
    // only when named.
    if filter.iter().any(|f| f == "audio") {
        peak = peak.max(audio(dir.path(), sizes[0]));
    }
    if wanted("rebuild") {
        peak = peak.max(rebuild(dir.path()));
    }
    println!("peak RSS of any process above: {}", mb(peak));
}
