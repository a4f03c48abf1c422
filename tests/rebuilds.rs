//! What a web officer sees after building again and again: the output is
//! exactly what a first build of the site as it now is makes into an empty
//! folder — whatever was built before, edited by hand in the output, or
//! removed from the content. (A rebuild writes only the files whose bytes
//! changed, into the output it replaced two builds before; this is what
//! keeps that honest.)

mod common;
use common::*;
use std::path::{Path, PathBuf};

fn build_pages(site: &Path, out: &Path) {
    let o = run(
        site,
        &["build", "--formats", "text", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Rebuilds `out`, then checks it against a first build into a new folder.
fn rebuild_matches_first_build(site: &Path, out: &Path, step: &str) {
    build_pages(site, out);
    let fresh = tempfile::tempdir().unwrap();
    let first = fresh.path().join("public");
    build_pages(site, &first);
    let (got, want) = (snapshot(out), snapshot(&first));
    let extra: Vec<_> = got.keys().filter(|k| !want.contains_key(*k)).collect();
    let missing: Vec<_> = want.keys().filter(|k| !got.contains_key(*k)).collect();
    let differ: Vec<_> = want
        .iter()
        .filter(|(k, v)| got.get(*k).is_some_and(|g| g != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        extra.is_empty() && missing.is_empty() && differ.is_empty(),
        "after {step}: files that should not be there {extra:?}, missing {missing:?}, different {differ:?}"
    );
}

#[test]
fn every_rebuild_is_what_a_first_build_makes() {
    let site = site_copy();
    let out = site.path().join("public");
    let yaml = site.path().join("content/compact-leicestershire.yaml");
    let page = out.join("en/compact-leicestershire/index.html");

    rebuild_matches_first_build(site.path(), &out, "the first build");
    rebuild_matches_first_build(site.path(), &out, "a build with nothing changed");

    edit(
        &yaml,
        "title: Compact Leicestershire",
        "title: Compact Leicestershire (revised)",
    );
    rebuild_matches_first_build(site.path(), &out, "a title edited");
    assert!(std::fs::read_to_string(&page)
        .unwrap()
        .contains("Compact Leicestershire (revised)"));

    // Changed in place (as some editors and upload tools do) and a file
    // added by hand: the build puts back the site as it is.
    use std::io::Write;
    std::fs::OpenOptions::new()
        .append(true)
        .open(out.join("en/index.html"))
        .unwrap()
        .write_all(b"<!-- edited by hand -->")
        .unwrap();
    std::fs::write(out.join("en/stray.html"), "not part of the site").unwrap();
    rebuild_matches_first_build(site.path(), &out, "files edited and added by hand");
    rebuild_matches_first_build(site.path(), &out, "a second build after that");

    edit(
        &yaml,
        "title: Compact Leicestershire (revised)",
        "title: Compact Leicestershire",
    );
    rebuild_matches_first_build(site.path(), &out, "the title put back");
    assert!(!std::fs::read_to_string(&page)
        .unwrap()
        .contains("(revised)"));

    std::fs::remove_file(
        site.path()
            .join("content/hcvs-compact-action-report-2005.yaml"),
    )
    .unwrap();
    rebuild_matches_first_build(site.path(), &out, "a publication removed");
    assert!(!out.join("en/hcvs-compact-action-report-2005").exists());
    rebuild_matches_first_build(site.path(), &out, "a build after the removal");
}

#[test]
fn a_rebuild_never_changes_the_files_of_the_output_it_replaces() {
    // The output being replaced may be on a web server's disk, or open in
    // a browser: it stays as it was until the new one takes its place, and
    // a file kept from it is never written through.
    let site = site_copy();
    let out = site.path().join("public");
    build_pages(site.path(), &out);
    build_pages(site.path(), &out);
    let yaml = site.path().join("content/compact-leicestershire.yaml");
    let before = snapshot(&out);
    let held: Vec<(PathBuf, std::fs::File)> = before
        .keys()
        .map(|k| (k.clone(), std::fs::File::open(out.join(k)).unwrap()))
        .collect();
    edit(&yaml, "title: Compact Leicestershire", "title: Compact One");
    build_pages(site.path(), &out);
    edit(&yaml, "title: Compact One", "title: Compact Two");
    build_pages(site.path(), &out);
    // The files as a reader who opened them before the rebuilds has them:
    // the second rebuild stages into the output the first replaced.
    use std::io::{Read, Seek};
    for (rel, mut file) in held {
        let mut bytes = Vec::new();
        file.rewind().unwrap();
        file.read_to_end(&mut bytes).unwrap();
        assert_eq!(
            bytes,
            before[&rel],
            "{} changed under a reader",
            rel.display()
        );
    }
    assert!(
        std::fs::read_to_string(out.join("en/compact-leicestershire/index.html"))
            .unwrap()
            .contains("Compact Two")
    );
}
