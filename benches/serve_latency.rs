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

mod support;
use std::time::{Duration, Instant};
use support::{common, Serve};

const EDITS: usize = 30;

fn main() {
    let site = common::site_copy();
    let serve = Serve::start(site.path(), &[]);
    // The whole site at start.
    let _ = serve.rebuilt.recv_timeout(Duration::from_secs(60));
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
        times.push(serve.until_served(page, &format!("<h1>{title}</h1>"), start));
        // Let its PDFs go by before the next edit, as between real saves.
        std::thread::sleep(Duration::from_millis(1500));
    }
    let mut rebuilds: Vec<f64> = serve
        .rebuilt
        .try_iter()
        .map(|d| d.as_secs_f64() * 1000.0)
        .collect();
    let _ = serve.stop().wait();
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
