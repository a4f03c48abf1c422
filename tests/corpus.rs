//! `compact-press dev corpus` makes a generated site for the benchmarks
//! from any folder, not only from the repository.

mod common;
use common::bin;
use std::process::Command;

#[test]
fn the_corpus_is_made_from_any_folder_and_builds() {
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("corpus");
    let made = Command::new(bin())
        .args(["dev", "corpus", "--publications", "3", "--out"])
        .arg(&out)
        .current_dir(elsewhere.path())
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    for file in [
        "content/site.yaml",
        "themes/default/templates/base.html",
        "locales/ur/ui.ftl",
    ] {
        assert!(out.join(file).is_file(), "{file}");
    }
    let built = Command::new(bin())
        .args(["build", "--formats", "text", "--site"])
        .arg(&out)
        .current_dir(elsewhere.path())
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    assert!(out.join("public/ur/index.html").is_file());
}
