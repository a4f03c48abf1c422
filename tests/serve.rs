//! What a web officer or translator sees of `compact-press serve`: the site
//! served on this computer, a saved edit shown at once, a mistake explained
//! on the page while the last good site stays up, nothing outside the site
//! reachable, and Ctrl-C stopping it cleanly.

mod common;
use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One preview at a time: each typesets its PDFs in the background, and
/// several at once on a small machine would measure the machine, not serve.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// A running `compact-press serve` on a copy of the example site.
struct Preview {
    _turn: std::sync::MutexGuard<'static, ()>,
    child: Child,
    url: String,
    log: Arc<Mutex<String>>,
    site: tempfile::TempDir,
}

impl Preview {
    fn start(extra: &[&str]) -> Preview {
        Preview::on(site_copy(), extra)
    }

    /// Starts on `site`, which may be broken.
    fn on(site: tempfile::TempDir, extra: &[&str]) -> Preview {
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let mut child = Command::new(bin())
            .args(["serve", "--port", "0", "--site"])
            .arg(site.path())
            .args(extra)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().unwrap();
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let start = Instant::now();
        let url = loop {
            let found = log
                .lock()
                .unwrap()
                .lines()
                .find_map(|l| l.split(" at ").nth(1).map(|u| u.trim().to_string()));
            if let Some(url) = found {
                break url;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "serve did not start:\n{}",
                log.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        Preview {
            _turn: turn,
            child,
            url,
            log,
            site,
        }
    }

    fn path(&self, rel: &str) -> std::path::PathBuf {
        self.site.path().join(rel)
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Waits up to `seconds` for the page at `path` to satisfy `ok`;
    /// returns its last body.
    fn until(&self, path: &str, seconds: u64, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let (_, _, body) = get(&self.url, path);
            if ok(&body) {
                return body;
            }
            assert!(
                start.elapsed() < Duration::from_secs(seconds),
                "{path} did not change within {seconds} s; the server said:\n{}\nlast page:\n{body}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn header<'h>(head: &'h str, name: &str) -> Option<&'h str> {
    head.lines().find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then_some(v.trim())
    })
}

#[test]
fn the_preview_serves_the_site_with_the_right_types_and_folders() {
    let p = Preview::start(&[]);
    let (status, head, body) = get(&p.url, "/en/compact-leicestershire/");
    assert_eq!(status, 200);
    assert_eq!(
        header(&head, "Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert!(body.contains("<h1>Compact Leicestershire</h1>"));
    assert!(
        body.contains("EventSource(\"/.compact-press/events\")"),
        "the reload script"
    );

    let (status, head, _) = get(&p.url, "/bn");
    assert_eq!(status, 301, "a folder without its slash");
    assert_eq!(header(&head, "Location"), Some("/bn/"));
    let (status, _, body) = get(&p.url, "/bn/");
    assert_eq!(status, 200);
    assert!(body.contains("<html lang=\"bn\""));

    for (target, kind) in [
        (
            "/bn/compact-leicestershire/compact-leicestershire-bn.txt",
            "text/plain; charset=utf-8",
        ),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        (
            "/ur/compact-leicestershire/large-print.html",
            "text/html; charset=utf-8",
        ),
    ] {
        let (status, head, _) = get(&p.url, target);
        assert_eq!(status, 200, "{target}");
        assert_eq!(header(&head, "Content-Type"), Some(kind), "{target}");
    }
    // The PDFs follow the pages: typeset in the background.
    let pdf = "/en/compact-leicestershire/compact-leicestershire-en-large-print.pdf";
    let start = Instant::now();
    loop {
        let (status, head, _) = get(&p.url, pdf);
        if status == 200 {
            assert_eq!(header(&head, "Content-Type"), Some("application/pdf"));
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(120), "{}", p.log());
        std::thread::sleep(Duration::from_millis(50));
    }
    // So does the braille, and then the page links to it with its size.
    let pef = "/bn/compact-leicestershire/compact-leicestershire-bn.pef";
    loop {
        let (status, head, body) = get(&p.url, pef);
        if status == 200 {
            assert_eq!(
                header(&head, "Content-Type"),
                Some("application/x-pef+xml; charset=utf-8")
            );
            assert!(body.contains("http://www.daisy.org/ns/2008/pef"));
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(180), "{}", p.log());
        std::thread::sleep(Duration::from_millis(50));
    }
    loop {
        let (_, _, page) = get(&p.url, "/bn/compact-leicestershire/");
        if page.contains("href=\"compact-leicestershire-bn.brf\"") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(180), "{}", p.log());
        std::thread::sleep(Duration::from_millis(50));
    }

    let (status, _, body) = get(&p.url, "/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"), "the site's own 404 page");
    // It links to this preview's language homes, not to the published site.
    assert!(
        body.contains("href=\"/en/\"") && body.contains("href=\"/ur/\""),
        "the preview's 404 page links from its own root"
    );
    assert!(
        !body.contains("compacts.example.org"),
        "the preview's 404 page names the production base URL"
    );
    let (status, _, _) = raw(&p.url, "POST", "/en/");
    assert_eq!(status, 405);
    let (status, _, _) = raw(&p.url, "HEAD", "/en/");
    assert_eq!(status, 200);
}

#[test]
fn a_saved_edit_is_served_at_once_and_a_mistake_never_stops_the_preview() {
    let p = Preview::start(&[]);
    let page = "/en/compact-leicestershire/";
    // An open page listens for reloads.
    let host = p
        .url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let events = Arc::new(Mutex::new(String::new()));
    {
        let events = Arc::clone(&events);
        let mut stream = TcpStream::connect(&host).unwrap();
        write!(
            stream,
            "GET /.compact-press/events HTTP/1.1\r\nHost: {host}\r\n\r\n"
        )
        .unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 256];
            while let Ok(n) = stream.read(&mut buf) {
                if n == 0 {
                    break;
                }
                events
                    .lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
    }
    std::thread::sleep(Duration::from_millis(200));

    let yaml = p.path("content/compact-leicestershire.yaml");
    edit(
        &yaml,
        "title: Compact Leicestershire",
        "title: Compact Leicestershire, as agreed",
    );
    let body = p.until(page, 2, |b| b.contains("Compact Leicestershire, as agreed"));
    assert!(!body.contains("compact-press-error"));
    let start = Instant::now();
    while !events.lock().unwrap().contains("data: reload") {
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "the open page is told to reload"
        );
        std::thread::sleep(Duration::from_millis(10));
    }

    // A mistake: the page says where and what, over the last good page.
    edit(
        &yaml,
        "title: Compact Leicestershire, as agreed",
        "title: [Compact Leicestershire",
    );
    let line = std::fs::read_to_string(&yaml)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("title: ["))
        .unwrap()
        + 1;
    let body = p.until(page, 2, |b| b.contains("compact-press-error"));
    assert!(
        body.contains(&format!("content/compact-leicestershire.yaml:{line}:")),
        "{body}"
    );
    assert!(body.contains("role=\"alert\""));
    assert!(
        body.contains("Compact Leicestershire, as agreed"),
        "the last good page is still served"
    );
    assert!(p
        .log()
        .contains(&format!("content/compact-leicestershire.yaml:{line}:")));
    // Every page shows it, the other languages' too.
    let (_, _, bn) = get(&p.url, "/bn/");
    assert!(bn.contains("compact-press-error"));

    // Fixed: the notice goes and the new text comes.
    edit(
        &yaml,
        "title: [Compact Leicestershire",
        "title: Compact Leicestershire, fixed",
    );
    let body = p.until(page, 2, |b| b.contains("Compact Leicestershire, fixed"));
    assert!(!body.contains("compact-press-error"), "{body}");

    // A translator's save: that language's pages.
    edit(
        &p.path("locales/bn/ui.ftl"),
        "\nnav-home = ",
        "\nnav-home = প্রথম পাতা, ",
    );
    p.until("/bn/compact-leicestershire/", 2, |b| b.contains("প্রথম পাতা"));
    // A theme change: every page.
    let css = p.path("themes/default/css/site.css");
    let mut source = std::fs::read_to_string(&css).unwrap();
    source.push_str("\n.kicker { letter-spacing: 0.01em; }\n");
    std::fs::write(&css, source).unwrap();
    let (_, _, before) = get(&p.url, "/ur/");
    let old_css = before
        .split("assets/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    p.until("/ur/", 2, |b| !b.contains(&old_css));
}

#[test]
fn an_editor_that_saves_by_renaming_and_a_burst_of_saves_give_one_rebuild() {
    let p = Preview::start(&[]);
    let yaml = p.path("content/learning-compact-launch.yaml");
    let source = std::fs::read_to_string(&yaml).unwrap();
    let rebuilds = |log: &str| log.matches("rebuilt").count();
    let before = rebuilds(&p.log());
    // Write a temporary file beside it and rename it over, as many editors do.
    let tmp = p.path("content/.learning-compact-launch.yaml.swp");
    std::fs::write(
        &tmp,
        source.replace("Learning and skills Compact", "Learning Compact"),
    )
    .unwrap();
    std::fs::rename(&tmp, &yaml).unwrap();
    p.until("/en/learning-compact-launch/", 2, |b| {
        b.contains("<h1>Learning Compact</h1>")
    });
    // The page is served before the rest of the rebuild (its lists and
    // related publications) is done: wait for its end.
    let start = Instant::now();
    while rebuilds(&p.log()) == before && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(rebuilds(&p.log()), before + 1, "{}", p.log());
    // Five saves in quick succession.
    for i in 0..5 {
        std::fs::write(
            &yaml,
            source.replace(
                "Learning and skills Compact",
                &format!("Learning Compact {i}"),
            ),
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(5));
    }
    p.until("/en/learning-compact-launch/", 2, |b| {
        b.contains("Learning Compact 4")
    });
    std::thread::sleep(Duration::from_millis(300));
    let after = rebuilds(&p.log());
    assert!(
        after - before <= 3,
        "a burst is one or two rebuilds, not five: {}",
        p.log()
    );
}

#[test]
fn nothing_outside_the_site_is_served() {
    let p = Preview::start(&[]);
    std::fs::write(p.path("secret.txt"), "not for the web").unwrap();
    for target in [
        "/../secret.txt",
        "/../../secret.txt",
        "/../../content/site.yaml",
        "/en/../../../content/site.yaml",
        "/%2e%2e/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/content/site.yaml",
        "/en/..%2f..%2f..%2fsecret.txt",
        "/..%5c..%5csecret.txt",
        "//etc/passwd",
        "/etc/passwd",
        "http://localhost/../secret.txt",
        "/.htaccess",
        "/en/%00.html",
    ] {
        let (status, _, body) = get(&p.url, target);
        assert!(status == 400 || status == 404, "{target} gave {status}");
        assert!(
            !body.contains("not for the web") && !body.contains("base_url"),
            "{target}"
        );
        assert!(!body.contains("root:"), "{target}");
    }
}

#[test]
fn the_reload_script_is_never_in_a_build_or_a_file() {
    let p = Preview::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    assert!(build(p.site.path(), &out).status.success());
    for root in [out.as_path(), &p.path(".compact-press/serve")] {
        let files = all_files(root);
        assert!(files.len() > 50, "{}", root.display());
        for f in files {
            // The preview may still be writing (PDFs arrive, pages get
            // their sizes): a file replaced since it was listed is skipped.
            let Ok(bytes) = std::fs::read(&f) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains(".compact-press/events") && !text.contains("EventSource"),
                "{}",
                f.display()
            );
        }
    }
    // The served page has it: the test above can fail.
    let (_, _, page) = get(&p.url, "/en/");
    assert!(page.contains("EventSource"));
}

#[test]
fn ctrl_c_stops_it_cleanly() {
    let mut p = Preview::start(&[]);
    let pid = p.child.id().to_string();
    assert!(Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap()
        .success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = p.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "still running");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    std::thread::sleep(Duration::from_millis(100));
    assert!(p.log().contains("stopped"), "{}", p.log());
}

#[test]
fn another_address_than_this_computer_comes_with_a_warning() {
    let p = Preview::start(&["--bind", "0.0.0.0"]);
    assert!(
        p.log().contains("warning: serving on 0.0.0.0"),
        "{}",
        p.log()
    );
    let port = p.url.rsplit(':').next().unwrap().trim_end_matches('/');
    let (status, _, _) = get(&format!("http://127.0.0.1:{port}/"), "/en/");
    assert_eq!(status, 200);
}

#[test]
fn a_site_that_does_not_build_is_explained_until_it_does() {
    let site = site_copy();
    edit(
        &site.path().join("content/site.yaml"),
        "languages: [en, bn, pa, hi, gu, ur]",
        "languages: [en, bn, xx]",
    );
    let p = Preview::on(site, &[]);
    let (status, _, body) = get(&p.url, "/en/");
    assert_eq!(status, 500);
    assert!(
        body.contains("content/site.yaml:") && body.contains("unknown language `xx`"),
        "{body}"
    );
    edit(
        &p.path("content/site.yaml"),
        "languages: [en, bn, xx]",
        "languages: [en, bn, pa, hi, gu, ur]",
    );
    p.until("/en/", 3, |b| {
        b.contains("<html lang=\"en\"") && !b.contains("compact-press-error")
    });
}

#[test]
fn an_edit_changes_the_lists_and_feeds_that_show_it_as_a_build_would() {
    let p = Preview::start(&["--formats", "text"]);
    let yaml = p.path("content/learning-compact-launch.yaml");
    // A new title reaches its list, the home page and the feed.
    edit(
        &yaml,
        "title: Learning and skills Compact",
        "title: Learning Compact renamed",
    );
    p.until("/bn/news/", 5, |b| {
        b.contains("learning-compact-launch/index.html")
    });
    p.until("/en/news/", 5, |b| b.contains("Learning Compact renamed"));
    p.until("/en/", 5, |b| b.contains("Learning Compact renamed"));
    p.until("/en/feed.xml", 5, |b| {
        b.contains("<title>Learning Compact renamed</title>")
    });
    // A new kind: it leaves the news, which has nothing left and goes, and
    // joins the compacts; the home pages stop linking the news.
    edit(&yaml, "kind: news", "kind: compact");
    p.until("/ur/compacts/", 5, |b| {
        b.contains("learning-compact-launch/index.html")
    });
    p.until("/ur/", 5, |b| !b.contains("news/index.html"));
    let (status, _, _) = get(&p.url, "/ur/news/");
    assert_eq!(status, 404, "a list with nothing in it is gone");
    // What serve wrote is what a build makes (as sent, pages also carry
    // the reload script).
    std::thread::sleep(Duration::from_millis(500));
    let out = tempfile::tempdir().unwrap();
    let built = build_quickly(p.site.path(), out.path());
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let preview = p.path(".compact-press/serve");
    for page in [
        "en/index.html",
        "gu/compacts/index.html",
        "pa/action-reports/index.html",
        "sitemap.xml",
    ] {
        let served = std::fs::read_to_string(preview.join(page)).unwrap();
        let made = std::fs::read_to_string(out.path().join(page)).unwrap();
        assert_eq!(served, made, "{page}");
    }
    assert!(
        !preview.join("en/news").exists(),
        "the empty list's folder went"
    );
    // A publication removed leaves its list and the feed.
    std::fs::remove_file(p.path("content/hcvs-compact-action-report-2005.yaml")).unwrap();
    p.until("/en/", 5, |b| !b.contains("action-reports/index.html"));
    p.until("/hi/feed.xml", 5, |b| {
        !b.contains("hcvs-compact-action-report-2005")
    });
    let (status, _, _) = get(&p.url, "/en/action-reports/");
    assert_eq!(status, 404);
}
