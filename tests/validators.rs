//! The real validators over every generated page: the Nu Html Checker must
//! report no errors, and axe-core in headless Chromium no WCAG 2.2 A/AA
//! violations, at desktop width and at 320 CSS px. Both tools are pinned in
//! tests/package.json; `tests/setup-and-run` installs them. A missing tool fails the test
//! with the command that installs it.

mod common;
use common::*;
use std::process::Command;

fn need(what: &str, ok: bool) {
    assert!(
        ok,
        "{what} is missing. Install the validators with:\n  apt-get install -y chromium default-jre-headless fonts-noto-core && (cd tests && npm ci)\n(or run tests/setup-and-run, which does this and then runs the tests)"
    );
}

fn node_modules() -> std::path::PathBuf {
    repo().join("tests/node_modules")
}

#[test]
fn nu_html_checker_finds_no_errors_on_any_page() {
    let jar = node_modules().join("vnu-jar/build/dist/vnu.jar");
    need("vnu-jar (npm)", jar.is_file());
    need(
        "java",
        Command::new("java").arg("-version").output().is_ok(),
    );
    let pages = html_files(built());
    assert!(
        pages.len() >= 44,
        "expected every page of six languages, got {}",
        pages.len()
    );
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .args(&pages)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && report.trim().is_empty(),
        "Nu Html Checker errors:\n{report}"
    );
}

#[test]
fn nu_html_checker_is_really_checking() {
    // A validator that cannot fail proves nothing: feed it a broken page.
    let jar = node_modules().join("vnu-jar/build/dist/vnu.jar");
    need("vnu-jar (npm)", jar.is_file());
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.html");
    std::fs::write(
        &bad,
        "<!DOCTYPE html><html lang=en><title>x</title><p><div></p>",
    )
    .unwrap();
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn axe_finds_no_wcag_violations_on_any_page() {
    need(
        "axe-core and playwright-core (npm)",
        node_modules().join("axe-core").is_dir() && node_modules().join("playwright-core").is_dir(),
    );
    need(
        "Debian chromium at /usr/bin/chromium",
        std::path::Path::new("/usr/bin/chromium").exists(),
    );
    let pages = html_files(built());
    let out = Command::new("node")
        .arg(repo().join("tests/validators/axe.mjs"))
        .args(&pages)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let checked = stdout.lines().count();
    assert_eq!(
        checked,
        pages.len(),
        "axe did not check every page:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let failures: Vec<&str> = stdout
        .lines()
        .filter(|l| !l.contains("\"violations\":[]"))
        .collect();
    assert!(
        out.status.success() && failures.is_empty(),
        "axe violations:\n{}",
        failures.join("\n")
    );
}
