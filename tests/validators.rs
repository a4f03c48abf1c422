//! The real validators over every generated page: the Nu Html Checker must
//! report no errors, and axe-core in headless Chromium no WCAG 2.2 A/AA
//! violations, at desktop width and at 320 CSS px. Both tools are pinned in
//! tests/package.json; `tests/setup-and-run` installs them. A missing tool fails the test
//! with the command that installs it.

mod common;
use common::*;
use std::process::Command;

#[test]
fn nu_html_checker_finds_no_errors_on_any_page() {
    let pages = html_files(built());
    assert!(
        pages.len() >= 44,
        "expected every page of six languages, got {}",
        pages.len()
    );
    let report = nu_errors(&pages);
    assert!(report.is_empty(), "Nu Html Checker errors:\n{report}");
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
    let failures = axe_violations(&html_files(built()));
    assert!(
        failures.is_empty(),
        "axe violations:\n{}",
        failures.join("\n")
    );
}
