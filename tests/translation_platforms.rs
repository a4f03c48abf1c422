//! Translators work in Pontoon or Weblate, which read and write the `.ftl`
//! files with their own code: Pontoon's sync rewrites a language's files
//! from the English (moz.l10n 0.13), Weblate saves them with
//! translate-toolkit's FluentFile (3.20), English as the base file. The
//! scripts in tests/platforms/ run those write paths with those libraries.
//!
//! Whatever wrote the files, a translator sees the same: the same counts in
//! `i18n status`, the same not-yet-reviewed notices, a `check` that passes;
//! a stale translation edited on the platform is no longer stale, and one
//! added there counts and is recorded. The same holds when the files are
//! edited by hand.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// A translation whose English changes, so that it is stale.
const STALE: &str = "compact-leicestershire--principles--b2-i1";
/// The English of it, before and after.
const ENGLISH_BEFORE: &str =
    "- Voluntary and community action is essential to a democratic society";
const ENGLISH_AFTER: &str =
    "- Voluntary and community action is essential to a fair and democratic society";
/// Its translation brought up to date ("a fair and democratic society").
const STALE_UPDATED: &str = "স্বেচ্ছাসেবী ও কমিউনিটি কার্যক্রম একটি ন্যায্য ও গণতান্ত্রিক সমাজের জন্য অপরিহার্য";
/// A message left untranslated, whose English starts with bold:
/// "**Melton Borough Compact**".
const MISSING: &str = "leicestershire-county-compact--s10--b3-i3";
const MISSING_BN: &str = "**মেল্টন বরো { -compact }**";

fn ok(out: &std::process::Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{stderr}");
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// The web officer changes the English of [`STALE`] in its YAML.
fn change_the_english(root: &Path) {
    edit(
        &root.join("content/compact-leicestershire.yaml"),
        ENGLISH_BEFORE,
        ENGLISH_AFTER,
    );
}

/// The example site with one stale Bengali translation and one missing,
/// after `i18n extract` and `i18n update bn`, as a translator finds it.
fn prepared() -> tempfile::TempDir {
    let site = site_copy();
    let root = site.path();
    change_the_english(root);
    let bn = root.join("locales/bn/leicestershire-county-compact.ftl");
    let text = std::fs::read_to_string(&bn).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with(&format!("{MISSING} =")))
        .collect();
    std::fs::write(&bn, kept.join("\n") + "\n").unwrap();
    ok(&run(root, &["i18n", "extract"]));
    ok(&run(root, &["i18n", "update", "bn"]));
    site
}

/// What one Bengali file's status says.
#[derive(Debug, Clone, PartialEq)]
struct FileState {
    translated: u64,
    stale: Vec<String>,
    missing: Vec<String>,
    obsolete: Vec<String>,
    machine_assisted: bool,
}

/// What a translator and a reader see of the Bengali translation.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    status: BTreeMap<String, FileState>,
    /// Bengali pages, and plain-text editions, saying the translation is
    /// machine-assisted and not yet reviewed.
    pages_with_notice: usize,
    texts_with_notice: usize,
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// The Bengali notice that a translation is machine-assisted.
fn notice(site: &Path) -> String {
    let ui = std::fs::read_to_string(site.join("locales/bn/ui.ftl")).unwrap();
    let line = ui
        .lines()
        .find(|l| l.starts_with("machine-translation-notice = "))
        .unwrap();
    line["machine-translation-notice = ".len()..].to_string()
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Measures the status, builds (pages and text editions) and counts the
/// notices; `check` must pass.
fn seen(site: &Path) -> Seen {
    let status: Value =
        serde_json::from_str(&ok(&run(site, &["i18n", "status", "--format", "json"]))).unwrap();
    let status = status["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["lang"] == "bn")
        .map(|f| {
            (
                f["stem"].as_str().unwrap().to_string(),
                FileState {
                    translated: f["translated"].as_u64().unwrap(),
                    stale: strings(&f["stale"]),
                    missing: strings(&f["missing"]),
                    obsolete: strings(&f["obsolete"]),
                    machine_assisted: f["machine_assisted"].as_bool().unwrap(),
                },
            )
        })
        .collect();
    let check = run(site, &["check"]);
    let said = String::from_utf8_lossy(&check.stderr).to_string();
    assert!(check.status.success(), "check fails: {said}");
    assert!(said.contains("0 error(s)"), "{said}");
    ok(&run(site, &["build", "--formats", "text"]));
    let notice = squeeze(&notice(site));
    let bn = site.join("public/bn");
    let pages_with_notice = html_files(&bn)
        .iter()
        .filter(|p| {
            parse(p)
                .select(&sel("main .notice"))
                .any(|n| squeeze(&text(n)) == notice)
        })
        .count();
    let texts_with_notice = walk(&bn)
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| squeeze(&std::fs::read_to_string(p).unwrap()).contains(&notice))
        .count();
    Seen {
        status,
        pages_with_notice,
        texts_with_notice,
    }
}

/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Runs a platform's write path (a script in tests/platforms/) on `site`.
fn platform(script: &str, site: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new(python())
        .arg(repo().join("tests/platforms").join(script))
        .arg(site)
        .arg("bn")
        .args(args)
        .output()
        .unwrap();
    ok(&out)
}

/// The English hash and translation hash the Bengali record holds for
/// message `id` of file `stem`, and the hash the English record holds.
fn recorded(site: &Path, stem: &str, id: &str) -> (Option<Vec<String>>, String) {
    let read = |lang: &str| -> toml::Table {
        toml::from_str(
            &std::fs::read_to_string(site.join(format!("locales/{lang}/translation-record.toml")))
                .unwrap(),
        )
        .unwrap()
    };
    let entry = |t: &toml::Table| {
        t.get(stem)
            .and_then(|f| f.get("messages"))
            .and_then(|m| m.get(id))
            .and_then(|e| e.as_array())
            .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
    };
    let english: Vec<String> = entry(&read("en")).expect("the English record has it");
    (entry(&read("bn")), english[0].clone())
}

/// The whole story on one write path: `write` is the platform saving the
/// files with nothing changed; `change` is a translator updating the stale
/// translation and translating the missing message there.
fn through(write: &dyn Fn(&Path), change: &dyn Fn(&Path)) {
    let site = prepared();
    let root = site.path();
    let before = seen(root);
    let county = &before.status["leicestershire-county-compact"];
    assert_eq!(before.status["compact-leicestershire"].stale, [STALE]);
    assert_eq!(county.missing, [MISSING]);
    assert!(before.status.values().all(|f| f.machine_assisted));
    // Every Bengali page (five publications, large print, the home page,
    // the statement, three lists) and text edition.
    assert_eq!(
        (before.pages_with_notice, before.texts_with_notice),
        (15, 5)
    );

    let records = || {
        LANGS
            .iter()
            .map(|l| {
                std::fs::read(root.join(format!("locales/{l}/translation-record.toml"))).unwrap()
            })
            .collect::<Vec<_>>()
    };
    let recorded_before = records();
    write(root);
    let after = seen(root);
    assert_eq!(after, before, "the platform's save changed what is seen");
    // Not taken for an edit: the build found nothing new to record.
    assert!(
        records() == recorded_before,
        "the platform's rewriting of a translation changed its record"
    );

    change(root);
    let now = seen(root);
    let leicestershire = &now.status["compact-leicestershire"];
    assert!(leicestershire.stale.is_empty(), "{leicestershire:?}");
    assert_eq!(
        leicestershire.translated,
        before.status["compact-leicestershire"].translated + 1
    );
    let county_now = &now.status["leicestershire-county-compact"];
    assert!(county_now.missing.is_empty(), "{county_now:?}");
    assert_eq!(county_now.translated, county.translated + 1);
    assert_eq!(
        (now.pages_with_notice, now.texts_with_notice),
        (15, 5),
        "still not reviewed"
    );
    // The build recorded both as made from the current English.
    for (stem, id) in [
        ("compact-leicestershire", STALE),
        ("leicestershire-county-compact", MISSING),
    ] {
        let (bn, english) = recorded(root, stem, id);
        let bn = bn.unwrap_or_else(|| panic!("{id} is not recorded"));
        assert_eq!(bn[0], english, "{id}");
    }
    // The bold the translator typed, whichever way, is bold on the page.
    let page = parse(&root.join("public/bn/leicestershire-county-compact/index.html"));
    assert!(
        page.select(&sel("main strong"))
            .any(|s| text(s) == "মেল্টন বরো কমপ্যাক্ট"),
        "no bold Melton Borough Compact"
    );
}

#[test]
fn pontoon_sync_keeps_stale_and_review_status() {
    through(
        &|site| {
            platform("pontoon_sync.py", site, &[]);
            // Pontoon wrote the files from the English: no comments of the
            // translation's own, no untranslated messages left in.
            let bn = std::fs::read_to_string(site.join("locales/bn/ui.ftl")).unwrap();
            assert!(!bn.contains("machine-assisted"), "{}", &bn[..300]);
        },
        &|site| {
            platform(
                "pontoon_sync.py",
                site,
                &[
                    "--edit",
                    &format!("{STALE}={STALE_UPDATED}"),
                    "--add",
                    &format!("{MISSING}={MISSING_BN}"),
                ],
            );
        },
    );
}

#[test]
fn weblate_saves_keep_stale_and_review_status() {
    through(
        &|site| {
            platform("weblate_save.py", site, &["--all"]);
            // translate-toolkit escapes a leading `*`, and the files say so.
            let bn =
                std::fs::read_to_string(site.join("locales/bn/leicestershire-county-compact.ftl"))
                    .unwrap();
            assert!(bn.contains("= { \"*\" }*"), "no escaped bold");
        },
        &|site| {
            // Weblate shows the English's leading bold escaped; the
            // translator types it as shown.
            let typed = MISSING_BN.replacen("**", "{ \"*\" }*", 1);
            let shown = platform(
                "weblate_save.py",
                site,
                &[
                    "--edit",
                    &format!("{STALE}={STALE_UPDATED}"),
                    "--add",
                    &format!("{MISSING}={typed}"),
                ],
            );
            assert!(
                shown.contains(&format!("{MISSING}\t{{ \"*\" }}*Melton Borough Compact**")),
                "{shown}"
            );
            // New translations go at the end of the file, with no record.
            let bn =
                std::fs::read_to_string(site.join("locales/bn/leicestershire-county-compact.ftl"))
                    .unwrap();
            assert!(bn.trim_end().ends_with(&format!("{MISSING} = {typed}")));
        },
    );
}

#[test]
fn editing_by_hand_gives_the_same() {
    through(
        &|site| {
            // A translator's editor that saves without changing anything.
            ok(&run(site, &["i18n", "update", "bn"]));
        },
        &|site| {
            let cl = site.join("locales/bn/compact-leicestershire.ftl");
            let text = std::fs::read_to_string(&cl).unwrap();
            let old = text
                .lines()
                .find(|l| l.starts_with(&format!("{STALE} = ")))
                .unwrap()
                .to_string();
            edit(&cl, &old, &format!("{STALE} = {STALE_UPDATED}"));
            let county = site.join("locales/bn/leicestershire-county-compact.ftl");
            let mut text = std::fs::read_to_string(&county).unwrap();
            text.push_str(&format!("{MISSING} = {MISSING_BN}\n"));
            std::fs::write(&county, text).unwrap();
        },
    );
}

#[test]
fn a_platform_edit_made_before_the_english_changed_stays_stale() {
    // A translator improves a translation in Pontoon; nobody builds. Then
    // the web officer changes its English. The edit was made against the
    // old English, so the translation is stale, before and after the new
    // English is extracted and the language updated.
    let site = site_copy();
    let root = site.path();
    platform(
        "pontoon_sync.py",
        root,
        &[
            "--edit",
            &format!("{STALE}=স্বেচ্ছাসেবী ও কমিউনিটি কার্যক্রম গণতান্ত্রিক সমাজের জন্য অপরিহার্য"),
        ],
    );
    change_the_english(root);
    let stale = |root: &Path| seen(root).status["compact-leicestershire"].stale.clone();
    assert_eq!(stale(root), [STALE]);
    ok(&run(root, &["i18n", "extract"]));
    assert_eq!(stale(root), [STALE]);
    ok(&run(root, &["i18n", "update", "bn"]));
    assert_eq!(stale(root), [STALE]);
    // Brought up to date in Pontoon, against the English it now shows.
    platform(
        "pontoon_sync.py",
        root,
        &["--edit", &format!("{STALE}={STALE_UPDATED}")],
    );
    assert!(stale(root).is_empty());
}

#[test]
fn files_are_laid_out_as_the_platforms_write_them() {
    // Every .ftl that compact-press writes (and the glossaries, written by
    // translators) is what fluent.syntax's serializer, which Pontoon and
    // Weblate write with, would write for it: a save on a platform changes
    // no line it did not mean to. (locales/en/ui.ftl is the theme author's,
    // read by platforms, never written.)
    let site = site_copy();
    let root = site.path();
    // Including files `update` and `extract` write anew.
    change_the_english(root);
    ok(&run(root, &["i18n", "extract"]));
    for lang in &LANGS[1..] {
        ok(&run(root, &["i18n", "update", lang]));
    }
    let script = r#"
import glob, sys
from fluent.syntax import FluentParser, FluentSerializer
bad = []
for p in sorted(glob.glob(sys.argv[1] + "/locales/*/*.ftl")):
    if p.endswith("/en/ui.ftl"):
        continue
    text = open(p, encoding="utf-8").read()
    if FluentSerializer().serialize(FluentParser().parse(text)) != text:
        bad.append(p)
print(len(glob.glob(sys.argv[1] + "/locales/*/*.ftl")), bad)
"#;
    let out = std::process::Command::new(python())
        .args(["-c", script])
        .arg(root)
        .output()
        .unwrap();
    let said = ok(&out);
    assert_eq!(said.trim(), "48 []", "{said}");
}

#[test]
fn review_status_moves_out_of_the_files_and_is_changed_by_command() {
    let site = site_copy();
    let root = site.path();
    let before = seen(root);
    // Every Bengali page (five publications, large print, the home page,
    // the statement, three lists) and text edition.
    assert_eq!(
        (before.pages_with_notice, before.texts_with_notice),
        (15, 5)
    );
    // Reviewed: the notices go, from every page and edition.
    let said = run(root, &["i18n", "reviewed", "bn"]);
    assert!(String::from_utf8_lossy(&said.stderr).contains("recorded 7 file(s) as reviewed"));
    let now = seen(root);
    assert_eq!((now.pages_with_notice, now.texts_with_notice), (0, 0));
    assert!(now.status.values().all(|f| !f.machine_assisted));
    // One publication back to machine-assisted: its pages only (the page
    // and its large-print page) and its text edition.
    ok(&run(
        root,
        &[
            "i18n",
            "reviewed",
            "bn",
            "learning-compact-launch",
            "--machine-assisted",
        ],
    ));
    let now = seen(root);
    assert_eq!((now.pages_with_notice, now.texts_with_notice), (2, 1));
    // A file that is not there is an error naming it.
    let out = run(root, &["i18n", "reviewed", "bn", "no-such-compact"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("locales/bn/no-such-compact.ftl"));
}
