//! A new machine: the example site builds, large-print PDFs included, with
//! no fonts installed on the computer at all, because the default theme
//! ships the fonts it needs; and the PDFs are the same bytes as on a
//! machine full of fonts. `check` validates without filling a cache.

mod common;
use common::*;
use std::path::Path;
use std::process::{Command, Output};

/// Every folder fontconfig and fontdb look in for the computer's fonts.
fn font_dirs() -> Vec<String> {
    let mut dirs = vec![
        "/usr/share/fonts".to_string(),
        "/usr/local/share/fonts".to_string(),
    ];
    if let Some(home) = std::env::var_os("HOME") {
        let home = home.to_string_lossy();
        dirs.push(format!("{home}/.fonts"));
        dirs.push(format!("{home}/.local/share/fonts"));
    }
    dirs
}

/// Runs the build with every system font folder hidden behind an empty
/// one, in a mount namespace of its own (`unshare`, util-linux).
fn build_without_system_fonts(site: &Path, out: &Path) -> Output {
    let mut script = String::new();
    for dir in font_dirs() {
        script.push_str(&format!(
            "if [ -d {dir} ]; then mount -t tmpfs none {dir} || exit 90; fi; "
        ));
    }
    script.push_str("[ -z \"$(fc-list 2>/dev/null)\" ] || exit 91; exec \"$@\"");
    let out = Command::new("unshare")
        .args(["--map-root-user", "--mount", "sh", "-c", &script, "sh"])
        .arg(env!("CARGO_BIN_EXE_compact-press"))
        .args(["build", "--site"])
        .arg(site)
        .arg("--out")
        .arg(out)
        .output()
        .expect("unshare (util-linux) runs the build in a namespace without fonts");
    assert!(
        !matches!(out.status.code(), Some(90 | 91)),
        "could not hide the system's fonts (unshare needs root or user namespaces): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn the_example_site_builds_with_no_fonts_installed() {
    let site = site_copy();
    let out = site.path().join("public");
    let made = build_without_system_fonts(site.path(), &out);
    assert!(
        made.status.success(),
        "build without system fonts failed:\n{}",
        String::from_utf8_lossy(&made.stderr)
    );
    // The same PDFs as a build on this machine, with its fonts.
    for lang in LANGS {
        let rel =
            format!("{lang}/compact-leicestershire/compact-leicestershire-{lang}-large-print.pdf");
        let bare = std::fs::read(out.join(&rel)).unwrap();
        let here = std::fs::read(built().join(&rel)).unwrap();
        assert!(
            bare == here,
            "{rel} differs from the build with system fonts"
        );
    }
}

#[test]
fn a_theme_without_its_fonts_names_the_missing_family() {
    // The control: without the theme's fonts and the system's, the build
    // stops and says which family to add, and where.
    let site = site_copy();
    for file in all_files(&site.path().join("themes/default/fonts")) {
        if file.extension().is_some_and(|e| e == "ttf") {
            std::fs::remove_file(file).unwrap();
        }
    }
    let out = site.path().join("public");
    let made = build_without_system_fonts(site.path(), &out);
    let stderr = String::from_utf8_lossy(&made.stderr);
    assert!(!made.status.success());
    assert!(
        stderr.contains("\"Noto Nastaliq Urdu\" is not installed")
            && stderr.contains("themes/default/fonts/"),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing is published by a failed build");
}

#[test]
fn every_font_the_theme_ships_has_its_licence_beside_it() {
    let fonts = repo().join("themes/default/fonts");
    let licence = std::fs::read_to_string(fonts.join("OFL.txt")).unwrap();
    assert!(licence.contains("SIL OPEN FONT LICENSE Version 1.1"));
    let readme = std::fs::read_to_string(fonts.join("README.md")).unwrap();
    for file in all_files(&fonts) {
        let name = file.file_name().unwrap().to_str().unwrap();
        if name.ends_with(".ttf") || name.ends_with(".woff2") {
            assert!(
                readme.contains(name),
                "fonts/README.md says where {name} came from"
            );
        }
    }
}

#[test]
fn check_validates_and_writes_nothing() {
    let site = site_copy();
    let made = run(site.path(), &["check"]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let written: Vec<String> = all_files(site.path())
        .into_iter()
        .map(|p| p.strip_prefix(site.path()).unwrap().display().to_string())
        .filter(|p| {
            !["content/", "locales/", "themes/"]
                .iter()
                .any(|d| p.starts_with(d))
        })
        .collect();
    assert!(written.is_empty(), "check wrote {written:?}");
}

#[test]
fn check_still_finds_an_error_in_the_large_print_template() {
    let site = site_copy();
    let template = site.path().join("themes/default/typst/large-print.typ");
    let source = std::fs::read_to_string(&template).unwrap();
    std::fs::write(&template, format!("{source}\n#undefined-thing()\n")).unwrap();
    let made = run(site.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&made.stderr);
    assert!(!made.status.success(), "{stderr}");
    assert!(stderr.contains("large-print.typ"), "{stderr}");
    assert!(!site.path().join(".compact-press").exists());
}
