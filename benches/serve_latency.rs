//! How long a web officer waits between saving a publication's YAML and
//! `compact-press serve` serving the changed page: the time from writing
//! the file to the first response with the new text, over many edits of
//! the example site. Run with `cargo bench --bench serve_latency`.
//!
//! The server is the release binary, started on a free port against a
//! temporary copy of the example site. Each edit changes the title of one
//! publication; the page is asked for every millisecond until it shows it.
//! The figure includes the watcher's 50 ms wait for the editor to finish
//! saving, which a real edit has too.

#[path = "../tests/common/mod.rs"]
mod common;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const EDITS: usize = 30;

fn main() {
    let site = common::site_copy();
    let mut child = Command::new(env!("CARGO_BIN_EXE_compact-press"))
        .args(["serve", "--port", "0", "--site"])
        .arg(site.path())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let url = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| l.split(" at http://").nth(1).map(|u| u.trim().to_string()))
        .expect("serve started");
    let url = format!("http://{url}");
    // The server's own account of each rebuild ("rebuilt 36 files (…) in
    // 21ms"), read all along so that it never blocks on writing it.
    let (rebuilt_tx, rebuilt_rx) = std::sync::mpsc::channel::<f64>();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let took = line
                .trim()
                .strip_prefix("rebuilt ")
                .and_then(|l| l.rsplit(" in ").next())
                .and_then(|t| t.split(';').next())
                .and_then(|t| match t.strip_suffix("ms") {
                    Some(ms) => ms.parse::<f64>().ok(),
                    None => t.strip_suffix('s')?.parse::<f64>().ok().map(|s| s * 1000.0),
                });
            if let Some(ms) = took {
                let _ = rebuilt_tx.send(ms);
            }
        }
    });
    // Let the first PDFs finish, so that the edits are measured alone.
    std::thread::sleep(Duration::from_secs(5));

    let yaml = site.path().join("content/compact-leicestershire.yaml");
    let source = std::fs::read_to_string(&yaml).unwrap();
    let page = "/en/compact-leicestershire/";
    let mut times = Vec::new();
    for i in 0..EDITS {
        let title = format!("Compact Leicestershire {i}");
        let edited = source.replacen(
            "title: Compact Leicestershire",
            &format!("title: {title}"),
            1,
        );
        let start = Instant::now();
        std::fs::write(&yaml, edited).unwrap();
        let wanted = format!("<h1>{title}</h1>");
        while !common::get(&url, page).2.contains(&wanted) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "edit {i} not served"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        times.push(start.elapsed());
        // Let its PDFs go by before the next edit, as between real saves.
        std::thread::sleep(Duration::from_millis(1500));
    }
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let _ = child.wait();
    // The first is the whole site at start.
    let mut rebuilds: Vec<f64> = rebuilt_rx.try_iter().skip(1).collect();
    rebuilds.sort_by(f64::total_cmp);

    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = times[times.len() / 2];
    let p90 = times[times.len() * 9 / 10];
    println!(
        "serve: edit one publication's YAML → updated page served: median {:.0} ms, 90th percentile {:.0} ms, fastest {:.0} ms, slowest {:.0} ms ({EDITS} edits; includes the 50 ms wait for the save to settle)",
        ms(median),
        ms(p90),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
    if !rebuilds.is_empty() {
        println!(
            "serve: of which the rebuild (one publication in 6 languages, its index pages and sitemap; PDFs after): median {:.0} ms over {} rebuilds",
            rebuilds[rebuilds.len() / 2],
            rebuilds.len()
        );
    }
}
