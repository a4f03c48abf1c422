//! What an author sees when they make a mistake: a message naming the file,
//! line and column and what to do, a non-zero exit, and the previous output
//! left exactly as it was.

mod common;
use common::*;
use std::path::Path;

/// Builds a good site into `out` (its pages and plain text: quick), breaks
/// it with `mutate`, builds again and returns the second build's messages
/// after checking nothing was lost.
fn break_and_build(mutate: impl FnOnce(&Path)) -> String {
    let site = site_copy();
    let out = site.path().join("public");
    assert!(build_quickly(site.path(), &out).status.success());
    let before = std::fs::read(out.join("en/index.html")).unwrap();
    std::fs::write(out.join("keep-me.txt"), "uploaded by hand").unwrap();

    mutate(site.path());
    let result = build_quickly(site.path(), &out);
    let stderr = String::from_utf8_lossy(&result.stderr).to_string();
    assert!(
        !result.status.success(),
        "a broken site must not build:\n{stderr}"
    );
    assert_eq!(
        std::fs::read(out.join("en/index.html")).unwrap(),
        before,
        "the old output must be untouched"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("keep-me.txt")).unwrap(),
        "uploaded by hand"
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "no staging folder is left behind");
    stderr
}

#[test]
fn broken_yaml_names_file_line_and_column() {
    let err = break_and_build(|site| {
        edit(
            &site.join("content/compact-leicestershire.yaml"),
            "title: Compact Leicestershire",
            "title: [Compact Leicestershire",
        )
    });
    assert!(
        err.contains("content/compact-leicestershire.yaml:6:"),
        "{err}"
    );
    assert!(err.contains("help:"), "{err}");
}

#[test]
fn a_misspelt_key_lists_the_allowed_keys() {
    let err = break_and_build(|site| {
        edit(
            &site.join("content/compact-leicestershire.yaml"),
            "subtitle:",
            "subtitel:",
        )
    });
    assert!(
        err.contains("content/compact-leicestershire.yaml:7:1: error: unknown field `subtitel`"),
        "{err}"
    );
    assert!(
        err.contains("subtitle") && err.contains("strapline"),
        "the allowed keys are listed: {err}"
    );
}

#[test]
fn an_unknown_block_type_lists_the_block_types() {
    let err = break_and_build(|site| {
        edit(
            &site.join("content/learning-compact-launch.yaml"),
            "- paragraph:",
            "- paragrpah:",
        )
    });
    assert!(
        err.contains("content/learning-compact-launch.yaml:"),
        "{err}"
    );
    assert!(
        err.contains("unknown variant `paragrpah`") && err.contains("undertakings"),
        "{err}"
    );
}

/// The 1-based line and column where `needle` starts in the file `path`
/// of the example site, counted in characters: where the test expects
/// a problem to be reported.
fn place_in(path: &str, nth_line_with: &str, needle: &str) -> (usize, usize) {
    let source = std::fs::read_to_string(repo().join(path)).unwrap();
    place_in_text(&source, nth_line_with, needle)
}

/// Every `error:` line of a build's messages.
fn errors(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains(": error: ")).collect()
}

#[test]
fn a_duplicate_section_id_is_one_error_at_the_second_id() {
    let file = "content/charnwood-nw-leicestershire-compact.yaml";
    let (first_line, first_column) = place_in(file, "id: harborough", "harborough");
    let (line, column) = place_in(file, "id: hinckley-bosworth", "hinckley-bosworth");
    let err =
        break_and_build(|site| edit(&site.join(file), "id: hinckley-bosworth", "id: harborough"));
    assert_eq!(
        errors(&err),
        [format!(
            "{file}:{line}:{column}: error: `id: harborough` is used twice; the first is at line {first_line}, column {first_column}"
        )],
        "one error, at the second `id:`, naming the first:\n{err}"
    );
    assert!(
        err.contains("help: give each `id:` a different value"),
        "{err}"
    );
}

#[test]
fn a_duplicate_id_is_refused_with_its_place() {
    // The first of the two is renamed to the second's name.
    let file = "content/charnwood-nw-leicestershire-compact.yaml";
    let (first_line, _) = place_in(file, "id: harborough", "harborough");
    let (line, column) = place_in(file, "id: county-compact", "county-compact");
    let err =
        break_and_build(|site| edit(&site.join(file), "id: harborough", "id: county-compact"));
    assert_eq!(
        errors(&err),
        [format!(
            "{file}:{line}:{column}: error: `id: county-compact` is used twice; the first is at line {first_line}, column 13"
        )],
        "{err}"
    );
}

#[test]
fn an_unknown_party_is_reported_where_it_is_written() {
    // "sector" is also a word of the text above; the error is at the key.
    let file = "content/charnwood-nw-leicestershire-compact.yaml";
    let (line, column) = place_in(file, "- parties: [councils, pct, vcs]", "vcs");
    let err = break_and_build(|site| {
        edit(
            &site.join(file),
            "- parties: [councils, pct, vcs]",
            "- parties: [councils, pct, sector]",
        )
    });
    assert_eq!(
        errors(&err),
        [format!(
            "{file}:{line}:{column}: error: unknown party `sector` in the undertakings"
        )],
        "{err}"
    );
    assert!(
        err.contains("help: use one of the keys under `parties:`: councils, pct, vcs"),
        "{err}"
    );
}

#[test]
fn a_missing_related_publication_is_reported_where_it_is_named() {
    let file = "content/leicestershire-county-compact.yaml";
    let (line, column) = place_in(file, "- learning-compact-launch", "learning");
    let err = break_and_build(|site| {
        edit(
            &site.join(file),
            "- learning-compact-launch",
            "- learning-compact-lunch",
        )
    });
    assert_eq!(
        errors(&err),
        [format!(
            "{file}:{line}:{column}: error: related publication `learning-compact-lunch` does not exist"
        )],
        "{err}"
    );
}

#[test]
fn a_yaml_error_in_one_publication_is_not_also_reported_in_another() {
    // leicestershire-county-compact names learning-compact-launch as related.
    let err = break_and_build(|site| {
        edit(
            &site.join("content/learning-compact-launch.yaml"),
            "title: Learning and skills Compact",
            "title: [Learning and skills Compact",
        )
    });
    let errors = errors(&err);
    assert_eq!(errors.len(), 1, "only the YAML error:\n{err}");
    assert!(
        errors[0].starts_with("content/learning-compact-launch.yaml:7:"),
        "{err}"
    );
    assert!(!err.contains("does not exist"), "{err}");
}

#[test]
fn a_wrong_kind_lists_the_publication_kinds() {
    let err = break_and_build(|site| {
        edit(
            &site.join("content/learning-compact-launch.yaml"),
            "kind: news",
            "kind: newz",
        )
    });
    assert!(err.contains("unknown variant `newz`"), "{err}");
    assert!(
        err.contains(
            "help: use one of the publication kinds (`kind:`): compact, action_report, news"
        ),
        "{err}"
    );
    assert!(!err.contains("block"), "{err}");
}

#[test]
fn a_wrong_list_style_lists_the_list_styles() {
    let err = break_and_build(|site| {
        edit(
            &site.join("content/learning-compact-launch.yaml"),
            "style: bullet",
            "style: bullets",
        )
    });
    assert!(
        err.contains("help: use one of the list styles (`style:`): bullet, lettered, numbered"),
        "{err}"
    );
    assert!(!err.contains("block"), "{err}");
}

#[test]
fn a_theme_message_missing_from_the_english_is_named_not_a_panic() {
    let err = break_and_build(|site| {
        edit(
            &site.join("locales/en/ui.ftl"),
            "large-print = Large print\n",
            "",
        );
    });
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("locales/en/ui.ftl: error: the theme's message `large-print` is missing"),
        "{err}"
    );
    assert!(
        err.contains("help: add `large-print = …` (the English) to locales/en/ui.ftl"),
        "{err}"
    );
}

#[test]
fn a_template_asking_for_an_unknown_message_is_named() {
    let template = "themes/default/templates/contact.html";
    let err = break_and_build(|site| {
        let path = site.join(template);
        let s = std::fs::read_to_string(&path).unwrap();
        std::fs::write(path, format!("{{{{ t.welcom_back }}}}\n{s}")).unwrap();
    });
    assert!(
        err.contains("locales/en/ui.ftl: error: the theme's message `welcom-back` is missing"),
        "{err}"
    );
    assert!(
        err.contains(&format!("it is used by {template}:1:4")),
        "{err}"
    );
}

#[test]
fn an_impossible_date_is_refused() {
    let err = break_and_build(|site| {
        edit(
            &site.join("content/learning-compact-launch.yaml"),
            "date: 2005-07-27",
            "date: 2005-02-30",
        )
    });
    assert!(
        err.contains("content/learning-compact-launch.yaml:") && err.contains("has no day 30"),
        "{err}"
    );
}

#[test]
fn broken_fluent_names_file_line_and_column() {
    let err = break_and_build(|site| {
        let path = site.join("locales/bn/ui.ftl");
        let mut s = std::fs::read_to_string(&path).unwrap();
        s.push_str("\nbroken-message = { $unclosed\n");
        std::fs::write(path, s).unwrap();
    });
    assert!(err.contains("locales/bn/ui.ftl:"), "{err}");
    assert!(err.contains("Fluent syntax error"), "{err}");
}

#[test]
fn a_gujarati_request_in_devanagari_is_refused() {
    let err = break_and_build(|site| {
        edit(
            &site.join("content/leicestershire-county-compact.yaml"),
            "જો તમને આમાંથી કોઈ પણ માહિતી",
            "अगर तमने आमांथी कोष पझा ज़ाज़कारी",
        )
    });
    assert!(
        err.contains("content/leicestershire-county-compact.yaml:") && err.contains("Devanagari"),
        "{err}"
    );
}

#[test]
fn raw_html_in_yaml_is_escaped_not_run() {
    let site = site_copy();
    edit(
        &site.path().join("content/learning-compact-launch.yaml"),
        "widening participation",
        "widening <script>alert(1)</script> participation",
    );
    let out = site.path().join("public");
    let r = build(site.path(), &out);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let doc = parse(&out.join("en/learning-compact-launch/index.html"));
    assert!(
        doc.select(&sel("script")).next().is_none(),
        "no script element may be created"
    );
    let items: Vec<String> = doc.select(&sel("main li")).map(text).collect();
    assert!(
        items
            .iter()
            .any(|t| t == "widening <script>alert(1)</script> participation"),
        "{items:?}"
    );
}

#[test]
fn the_site_folder_is_never_the_output() {
    let site = site_copy();
    let r = build(site.path(), site.path());
    assert!(!r.status.success());
    assert!(
        site.path().join("content/site.yaml").is_file(),
        "the site survives"
    );
    assert!(String::from_utf8_lossy(&r.stderr).contains("choose a separate output folder"));
}

#[test]
fn check_reports_problems_as_json() {
    let site = site_copy();
    edit(
        &site.path().join("content/compact-leicestershire.yaml"),
        "subtitle:",
        "subtitel:",
    );
    let out = std::process::Command::new(bin())
        .args(["check", "--format", "json", "--site"])
        .arg(site.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let problems: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &problems[0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["file"], "content/compact-leicestershire.yaml");
    assert_eq!(first["line"], 7);
    assert_eq!(first["column"], 1);
}

#[test]
fn a_misspelt_or_dropped_variable_in_a_translation_is_caught() {
    let err = break_and_build(|site| {
        edit(
            &site.join("locales/bn/ui.ftl"),
            "{ $phone } নম্বরে",
            "{ $phon } নম্বরে",
        );
        edit(&site.join("locales/ur/ui.ftl"), "{ $size }", "");
    });
    let source = std::fs::read_to_string(repo().join("locales/bn/ui.ftl")).unwrap();
    let (line, text) = source
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("alt-formats-request"))
        .unwrap();
    // The column of the misspelt name itself, counted in characters.
    let column = text[..text.find("$phone").unwrap()].chars().count() + 2;
    assert!(
        err.contains(&format!("locales/bn/ui.ftl:{}:{column}: error: message `alt-formats-request` uses {{ $phon }}, which the English does not have", line + 1)),
        "{err}"
    );
    assert!(err.contains("the English uses { $phone }"), "{err}");
    assert!(
        err.contains("message `download-large-print-pdf` leaves out { $size }"),
        "{err}"
    );
}

/// Writes `bytes` in place of the first `from` in the file at `path`.
fn edit_bytes(path: &Path, from: &str, bytes: &[u8]) {
    let s = std::fs::read(path).unwrap();
    let at = s
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .unwrap();
    let mut out = s[..at].to_vec();
    out.extend_from_slice(bytes);
    out.extend_from_slice(&s[at + from.len()..]);
    std::fs::write(path, out).unwrap();
}

#[test]
fn a_file_saved_in_another_encoding_is_refused_where_it_stops_being_utf8() {
    // "Café" saved as Latin-1: é is the one byte 0xe9.
    let err = break_and_build(|site| {
        edit_bytes(
            &site.join("content/compact-leicestershire.yaml"),
            "title: Compact Leicestershire",
            b"title: Caf\xe9 Compact Leicestershire",
        )
    });
    assert!(
        err.contains("content/compact-leicestershire.yaml:6:11: error: the file is not UTF-8 text (byte 0xe9)"),
        "{err}"
    );
    assert!(err.contains("help: save it as UTF-8"), "{err}");
    let err = break_and_build(|site| {
        edit_bytes(
            &site.join("locales/bn/ui.ftl"),
            "nav-home = ",
            b"nav-home = \xe9",
        )
    });
    let ui = std::fs::read_to_string(repo().join("locales/bn/ui.ftl")).unwrap();
    let line = ui
        .lines()
        .position(|l| l.starts_with("nav-home = "))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!(
            "locales/bn/ui.ftl:{line}:12: error: the file is not UTF-8 text (byte 0xe9)"
        )),
        "{err}"
    );
}

#[test]
fn two_sections_numbered_alike_are_one_error_at_the_second() {
    // "7." and "7" make the same message ids (`…--s7--title`, `--b1`…).
    let file = "content/charnwood-nw-leicestershire-compact.yaml";
    let (first_line, first_column) = place_in(file, "  - number: \"7.\"", "number");
    let (line, column) = place_in(file, "  - number: \"8.\"", "number");
    let err =
        break_and_build(|site| edit(&site.join(file), "  - number: \"8.\"", "  - number: \"7\""));
    assert_eq!(
        errors(&err),
        [format!(
            "{file}:{line}:{column}: error: the message id `charnwood-nw-leicestershire-compact--s7--title` is made twice; the first comes from line {first_line}, column {first_column}"
        )],
        "{err}"
    );
}

#[test]
fn a_translation_record_edited_wrongly_is_an_error_at_its_line() {
    // The web officer marks Urdu's theme strings reviewed, with a typo.
    let record = "locales/ur/translation-record.toml";
    let err = break_and_build(|site| {
        edit(
            &site.join(record),
            "[ui]\nreview = \"machine-assisted\"",
            "[ui]\nreview = \"reviewd\"",
        )
    });
    let text = std::fs::read_to_string(repo().join(record)).unwrap();
    let line = text
        .lines()
        .position(|l| l == "[ui]")
        .expect("the record has the theme's strings")
        + 2;
    assert!(
        err.contains(&format!(
            "{record}:{line}:10: error: the translation record cannot be read"
        )),
        "{err}"
    );
    assert!(err.contains("`reviewed`"), "{err}");
}
