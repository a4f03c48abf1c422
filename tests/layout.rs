//! What readers see when a browser lays the pages out (headless Chromium,
//! via `tests/validators/layout.mjs`): every page, normal and large print,
//! reflows to 320 CSS px without scrolling sideways (WCAG 1.4.10); in
//! right-to-left pages list markers stay on the right and inside their
//! table cells, English stand-ins included; and Urdu is set in the theme's
//! own Nastaliq web font, loaded by a relative URL from disk.

mod common;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn need_browser() {
    assert!(
        repo().join("tests/node_modules/playwright-core").is_dir()
            && Path::new("/usr/bin/chromium").exists(),
        "Chromium and playwright-core are missing: run tests/setup-and-run (or apt-get install chromium && (cd tests && npm ci))"
    );
}

/// One JSON line per page and width, as layout.mjs measured it.
fn measure(widths: &str, pages: &[PathBuf]) -> Vec<Value> {
    need_browser();
    let out = Command::new("node")
        .arg(repo().join("tests/validators/layout.mjs"))
        .arg(widths)
        .args(pages)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "layout.mjs failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        pages.len() * widths.split(',').count(),
        "not every page was measured"
    );
    lines
}

/// A page made for a control, measured at `width`.
fn measure_page(html: &str, width: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("control.html");
    std::fs::write(&page, html).unwrap();
    measure(width, &[page]).remove(0)
}

/// The example site's every page at 320 and 1280 px, measured once.
fn example() -> &'static [Value] {
    static MEASURED: OnceLock<Vec<Value>> = OnceLock::new();
    MEASURED.get_or_init(|| measure("320,1280", &html_files(built())))
}

fn problems(line: &Value) -> Vec<String> {
    line["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_page_fits_320_css_px_without_scrolling_sideways() {
    let pages = html_files(built());
    assert!(
        pages.iter().any(|p| p.ends_with("large-print.html")),
        "large-print pages are measured too"
    );
    let wide: Vec<String> = example()
        .iter()
        .filter(|l| l["width"] == 320 && l["scrollWidth"].as_u64().unwrap() > 320)
        .map(|l| format!("{} is {} px wide", l["file"], l["scrollWidth"]))
        .collect();
    assert!(
        wide.is_empty(),
        "{} page(s) scroll sideways at 320 px:\n{}",
        wide.len(),
        wide.join("\n")
    );
}

#[test]
fn the_reflow_check_can_fail() {
    // A page with a long unbreakable address in a flex row, as the contact
    // details were before they could wrap.
    let line = measure_page(
        "<!DOCTYPE html><html lang=en><title>x</title><div style=\"display:flex\"><span>Email</span><span>a.very.long.address.for.the.voluntary.sector@leicestershire.gov.uk</span></div>",
        "320",
    );
    assert!(line["scrollWidth"].as_u64().unwrap() > 320, "{line}");
}

#[test]
fn right_to_left_pages_keep_list_markers_on_the_right_and_inside_table_cells() {
    let urdu: Vec<&Value> = example()
        .iter()
        .filter(|l| l["file"].as_str().unwrap().contains("/ur/"))
        .collect();
    assert!(urdu.len() >= 24, "every Urdu page at both widths");
    let found: Vec<String> = urdu
        .iter()
        .flat_map(|l| {
            problems(l)
                .into_iter()
                .map(move |p| format!("{} at {} px: {p}", l["file"], l["width"]))
        })
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
    // The county compact's Urdu undertakings hold English stand-ins: the
    // check looks at them.
    let county = built().join("ur/leicestershire-county-compact/index.html");
    let html = std::fs::read_to_string(&county).unwrap();
    assert!(
        html.contains("<td") && html.contains("<li><span lang=\"en\" dir=\"ltr\">"),
        "the Urdu undertakings have English items, marked on their text"
    );
}

#[test]
fn the_marker_check_can_fail() {
    // An English stand-in marked on the item itself, as before: its bullet
    // moves to the left and out of the cell.
    let line = measure_page(
        "<!DOCTYPE html><html lang=ur dir=rtl><title>x</title><main><table><tr><td style=\"width:10em\"><ul style=\"padding:0\"><li lang=en dir=ltr>Funding and accountability</li></ul></td></tr></table>",
        "1280",
    );
    let found = problems(&line);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("marker on the wrong side")),
        "{found:?}"
    );
}

#[test]
fn urdu_is_set_in_the_themes_nastaliq_loaded_from_disk() {
    let ur: Vec<&Value> = example()
        .iter()
        .filter(|l| {
            l["width"] == 1280
                && l["file"]
                    .as_str()
                    .unwrap()
                    .ends_with("ur/compact-leicestershire/index.html")
        })
        .collect();
    let line = ur[0];
    let fonts: Vec<&str> = line["fonts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(
        fonts.contains(&"Noto Nastaliq Urdu 400") && fonts.contains(&"Noto Nastaliq Urdu 700"),
        "regular and bold Nastaliq loaded: {fonts:?}"
    );
    let downloads = line["downloads"].as_array().unwrap();
    assert!(
        downloads.iter().all(|d| {
            let url = d["url"].as_str().unwrap();
            url.starts_with("file://")
                && url.contains("/assets/NotoNastaliqUrdu-")
                && url.ends_with(".woff2")
        }) && downloads.len() == 2,
        "the fonts come from the site's own assets, relative to the page: {downloads:?}"
    );
    let bytes: u64 = downloads.iter().map(|d| d["bytes"].as_u64().unwrap()).sum();
    assert!(
        bytes > 100_000 && bytes < 400_000,
        "an Urdu page view adds {bytes} bytes of fonts"
    );
}

#[test]
fn pages_without_urdu_download_no_nastaliq() {
    // A site in English and Bengali only: nothing on its pages is in the
    // Arabic script, so the font is never fetched.
    let site = site_copy();
    let yaml = site.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let languages = text
        .lines()
        .find(|l| l.starts_with("languages:"))
        .expect("site.yaml lists its languages on one line");
    edit(&yaml, languages, "languages: [en, bn]");
    // The other-formats sections keep only their Bengali line.
    for file in all_files(&site.path().join("content")) {
        drop_keys(&file, &["pa", "hi", "gu", "ur"]);
    }
    let out = site.path().join("public");
    let built = build(site.path(), &out);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let pages = [
        out.join("en/index.html"),
        out.join("bn/compact-leicestershire/index.html"),
    ];
    for line in measure("1280", &pages) {
        assert_eq!(line["downloads"], Value::Array(vec![]), "{line}");
    }
}

/// Removes every YAML entry `key: …` (with the lines indented under it)
/// for the given keys from the file at `path`.
fn drop_keys(path: &Path, keys: &[&str]) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut kept = Vec::new();
    let mut skipping: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        if let Some(depth) = skipping {
            if line.trim().is_empty() || indent > depth {
                continue;
            }
            skipping = None;
        }
        if keys
            .iter()
            .any(|k| line.trim_start().starts_with(&format!("{k}: ")))
        {
            skipping = Some(indent);
            continue;
        }
        kept.push(line);
    }
    std::fs::write(path, kept.join("\n") + "\n").unwrap();
}
