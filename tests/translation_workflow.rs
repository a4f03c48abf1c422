//! What translators and the web officer see of the translation workflow:
//! `i18n extract` gives them the English to copy, `i18n status` says what
//! is left, `i18n update` brings a language's files up to date without
//! ever losing a translation, a changed English marks its translations
//! stale, and `check` refuses text in the wrong script.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn ok(out: &std::process::Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{stderr}");
    stderr
}

fn status(site: &Path) -> Value {
    let out = run(site, &["i18n", "status", "--format", "json"]);
    ok(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The status of one language's file.
fn file_status<'v>(status: &'v Value, lang: &str, stem: &str) -> &'v Value {
    status["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["lang"] == lang && f["stem"] == stem)
        .unwrap_or_else(|| panic!("no status for {lang}/{stem}"))
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// Every message of an .ftl file: id → value as Fluent source.
fn messages(path: &Path) -> Vec<(String, String)> {
    let source = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => {
                let value = m.value.as_ref().map(|v| {
                    v.elements
                        .iter()
                        .map(|e| match e {
                            fluent_syntax::ast::PatternElement::TextElement { value } => {
                                value.to_string()
                            }
                            _ => "{…}".to_string(),
                        })
                        .collect::<String>()
                });
                Some((m.id.name.to_string(), value.unwrap_or_default()))
            }
            _ => None,
        })
        .collect()
}

/// The comment lines directly above message `id`.
fn comment_above(path: &Path, id: &str) -> Vec<String> {
    let source = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = source.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with(&format!("{id} =")))
        .unwrap_or_else(|| panic!("{id} not in {}", path.display()));
    lines[..at]
        .iter()
        .rev()
        .take_while(|l| l.starts_with('#') && !l.starts_with("##"))
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect()
}

#[test]
fn extract_writes_the_english_of_every_publication_with_context_and_source() {
    let site = site_copy();
    // The committed English files are what extract writes: nothing to do.
    let out = run(site.path(), &["i18n", "extract"]);
    let said = ok(&out);
    assert!(said.contains("0 written, 6 unchanged"), "{said}");

    let en = site
        .path()
        .join("locales/en/leicestershire-county-compact.ftl");
    std::fs::remove_file(&en).unwrap();
    ok(&run(site.path(), &["i18n", "extract"]));
    let written = messages(&en);
    // Every string of the YAML is there, in document order, as its English.
    let yaml = std::fs::read_to_string(
        site.path()
            .join("content/leicestershire-county-compact.yaml"),
    )
    .unwrap();
    assert_eq!(written[0].0, "leicestershire-county-compact--label");
    assert_eq!(written[1].1, "The Leicestershire County Compact");
    assert!(written.len() > 100, "{}", written.len());
    assert!(yaml.contains("Voluntary and community action"));
    let principle = comment_above(&en, "leicestershire-county-compact--principles--b2-i1");
    assert_eq!(
        principle[0],
        "# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (a)"
    );
    // Only the context: which English it is lives in the record.
    assert_eq!(principle.len(), 1, "{principle:?}");
    let record =
        std::fs::read_to_string(site.path().join("locales/en/translation-record.toml")).unwrap();
    assert!(record.contains("\nleicestershire-county-compact--principles--b2-i1 = [\""));
    let text = std::fs::read_to_string(&en).unwrap();
    assert!(text.contains("\n## 6. The 8 Shared Principles in the Leicestershire County Compact\n"));
    // Writing it again changes nothing: builds are deterministic.
    let said = ok(&run(site.path(), &["i18n", "extract"]));
    assert!(said.contains("0 written"), "{said}");
}

#[test]
fn extract_keeps_notes_and_never_overwrites_english_edited_by_hand() {
    let site = site_copy();
    let en = site.path().join("locales/en/compact-leicestershire.ftl");
    let id = "compact-leicestershire--principles--b2-i1";
    edit(
        &en,
        &format!("{id} ="),
        &format!("# Note: \"action\" means volunteering here.\n{id} ="),
    );
    ok(&run(site.path(), &["i18n", "extract"]));
    assert!(
        comment_above(&en, id).contains(&"# Note: \"action\" means volunteering here.".to_string())
    );

    // The English is edited in the .ftl instead of the YAML: refused.
    edit(&en, "essential to a democratic", "vital to a democratic");
    let before = std::fs::read_to_string(&en).unwrap();
    let out = run(site.path(), &["i18n", "extract"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    let line = before
        .lines()
        .position(|l| l.starts_with(&format!("{id} =")))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("locales/en/compact-leicestershire.ftl:{line}:1: error: the English of `{id}` was changed in this file")),
        "{err}"
    );
    assert!(err.contains("content/compact-leicestershire.yaml"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&en).unwrap(),
        before,
        "nothing written"
    );
    // `check` warns about it too.
    let check = run(site.path(), &["check"]);
    assert!(String::from_utf8_lossy(&check.stderr).contains("was changed in this file"));
    // --force puts the YAML's English back.
    ok(&run(site.path(), &["i18n", "extract", "--force"]));
    assert!(std::fs::read_to_string(&en)
        .unwrap()
        .contains("essential to a democratic"));
}

#[test]
fn status_gives_coverage_per_language_and_publication() {
    // The example site is translated in full.
    let s = status(&repo());
    for f in s["files"].as_array().unwrap() {
        assert_eq!(f["percent"], 100.0, "{f}");
        assert_eq!(f["stale"], serde_json::json!([]), "{f}");
    }
    // A translator has yet to do section 8 of the Charnwood compact in Urdu.
    let site = site_copy();
    let taken = untranslate(
        &site
            .path()
            .join("locales/ur/charnwood-nw-leicestershire-compact.ftl"),
        "--s8--",
    );
    let s = status(site.path());
    let full = file_status(&s, "bn", "compact-leicestershire");
    assert_eq!(full["percent"], 100.0);
    assert_eq!(full["missing"].as_array().unwrap().len(), 0);
    let partial = file_status(&s, "ur", "charnwood-nw-leicestershire-compact");
    let total = partial["total"].as_u64().unwrap();
    let translated = partial["translated"].as_u64().unwrap();
    assert!(translated > 0 && translated < total);
    assert_eq!(
        partial["missing"].as_array().unwrap().len() as u64,
        total - translated
    );
    assert_eq!(total - translated, taken as u64);
    // Every language, and the theme and site files as well as publications.
    for lang in &LANGS[1..] {
        for stem in ["ui", "site", "leicestershire-county-compact"] {
            file_status(&s, lang, stem);
        }
    }
    // The table, for people, and one language only.
    let out = run(&repo(), &["i18n", "status", "--lang", "gu"]);
    ok(&out);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.starts_with("gu Gujarati (ગુજરાતી)\n"), "{table}");
    assert!(table.contains("compact-leicestershire") && table.contains("100.0%"));
    assert!(!table.contains("bn Bengali"));
}

#[test]
fn a_changed_english_marks_its_translations_stale() {
    let site = site_copy();
    let id = "compact-leicestershire--principles--b2-i1";
    edit(
        &site.path().join("content/compact-leicestershire.yaml"),
        "- Voluntary and community action is essential to a democratic society",
        "- Voluntary and community action is essential to a fair and democratic society",
    );
    let s = status(site.path());
    for lang in &LANGS[1..] {
        let f = file_status(&s, lang, "compact-leicestershire");
        assert_eq!(ids(&f["stale"]), [id], "{lang}");
        assert!(f["percent"].as_f64().unwrap() < 100.0, "{lang}");
    }
    let table =
        String::from_utf8_lossy(&run(site.path(), &["i18n", "status", "--lang", "bn"]).stdout)
            .to_string();
    assert!(
        table.contains(&format!("locales/bn/compact-leicestershire.ftl: {id}")),
        "{table}"
    );

    // The page still shows the translation, and says it may be out of date.
    let out = site.path().join("public");
    ok(&build(site.path(), &out));
    let page = parse(&out.join("bn/compact-leicestershire/index.html"));
    let notices: Vec<String> = page.select(&sel("main .notice")).map(text).collect();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("ইংরেজির একটি আগের সংস্করণ") && n.contains('১')),
        "a stale notice in Bengali, counting in Bengali digits: {notices:?}"
    );
    let first = page.select(&sel(".principles li")).next().unwrap();
    assert!(text(first).contains("গণতান্ত্রিক"), "{}", text(first));
    let plain = std::fs::read_to_string(
        out.join("bn/compact-leicestershire/compact-leicestershire-bn.txt"),
    )
    .unwrap();
    let unwrapped = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        unwrapped.contains("হালনাগাদ না-ও হতে পারে: অভিন্ন নীতিমালা।"),
        "the text edition names the part: {plain}"
    );
    let en = parse(&out.join("en/compact-leicestershire/index.html"));
    assert!(en.select(&sel("main .notice")).next().is_none());

    // A site can show the current English instead.
    edit(
        &site.path().join("content/site.yaml"),
        "theme: default",
        "theme: default\nstale_translations: english",
    );
    ok(&build(site.path(), &out));
    let page = parse(&out.join("bn/compact-leicestershire/index.html"));
    // Marked English on its text, so the item's number stays on the page's side.
    let first = page.select(&sel(".principles li > span")).next().unwrap();
    assert_eq!(first.attr("lang"), Some("en"));
    assert!(text(first).contains("fair and democratic"));

    // update keeps the translation, marks it and quotes the new English.
    let bn = site.path().join("locales/bn/compact-leicestershire.ftl");
    let said = ok(&run(site.path(), &["i18n", "update", "bn"]));
    assert!(said.contains("1 newly stale"), "{said}");
    let comment = comment_above(&bn, id);
    assert!(
        comment.iter().any(|l| l.contains("fair and democratic")),
        "{comment:?}"
    );
    assert!(messages(&bn)
        .iter()
        .any(|(i, v)| i == id && v.contains("গণতান্ত্রিক")));
    assert_eq!(
        ids(&file_status(&status(site.path()), "bn", "compact-leicestershire")["stale"]),
        [id]
    );
    // The quoted English is a note: deleting it changes nothing.
    let source = std::fs::read_to_string(&bn).unwrap();
    let kept: Vec<&str> = source
        .lines()
        .filter(|l| !l.starts_with("# stale:"))
        .collect();
    std::fs::write(&bn, kept.join("\n") + "\n").unwrap();
    let f = status(site.path());
    assert_eq!(
        ids(&file_status(&f, "bn", "compact-leicestershire")["stale"]),
        [id]
    );
    // The translator finds the translation still right, and says so.
    let said = ok(&run(site.path(), &["i18n", "confirm", "bn", id]));
    assert!(said.contains("(1 of them were stale)"), "{said}");
    let f = status(site.path());
    let f = file_status(&f, "bn", "compact-leicestershire");
    assert_eq!(f["stale"].as_array().unwrap().len(), 0);
    assert_eq!(f["percent"], 100.0);
    // The same for a stale one the translator changes: translated.
    let other = "compact-leicestershire--principles--b2-i2";
    edit(
        &site.path().join("content/compact-leicestershire.yaml"),
        "An independent and diverse voluntary",
        "A strong, independent and diverse voluntary",
    );
    // (The web officer gives translators the new English.)
    ok(&run(site.path(), &["i18n", "extract"]));
    let f = status(site.path());
    assert_eq!(
        ids(&file_status(&f, "bn", "compact-leicestershire")["stale"]),
        [other]
    );
    edit(
        &bn,
        "একটি স্বাধীন ও বৈচিত্র্যময়",
        "একটি শক্তিশালী, স্বাধীন ও বৈচিত্র্যময়",
    );
    let f = status(site.path());
    assert_eq!(
        file_status(&f, "bn", "compact-leicestershire")["percent"],
        100.0
    );
    // An unknown id is an error, and nothing is recorded.
    let out = run(site.path(), &["i18n", "confirm", "bn", "no-such-message"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("`no-such-message`"));
}

#[test]
fn a_site_from_before_the_record_keeps_its_state() {
    // Bengali files as sites wrote them before: which English each message
    // was made from in `# source:` comments, one message marked `# stale:`,
    // one made from English that has changed since, and the review status
    // in the header. No record yet.
    let site = site_copy();
    let bn = site.path().join("locales/bn/compact-leicestershire.ftl");
    std::fs::copy(
        repo().join("tests/fixtures/legacy/bn-compact-leicestershire.ftl"),
        &bn,
    )
    .unwrap();
    std::fs::remove_file(site.path().join("locales/bn/translation-record.toml")).unwrap();
    let stale = [
        "compact-leicestershire--principles--b2-i1",
        "compact-leicestershire--principles--b2-i2",
    ];
    let before = status(site.path());
    let f = file_status(&before, "bn", "compact-leicestershire");
    assert_eq!(ids(&f["stale"]), stale);
    assert_eq!(f["machine_assisted"], true);
    // `i18n update` moves it all into the record, once.
    ok(&run(site.path(), &["i18n", "update", "bn"]));
    let text = std::fs::read_to_string(&bn).unwrap();
    assert!(!text.contains("# source:"), "{text}");
    assert!(!text.contains("review-status"), "{text}");
    let record =
        std::fs::read_to_string(site.path().join("locales/bn/translation-record.toml")).unwrap();
    assert!(
        record.contains("[compact-leicestershire]\nreview = \"machine-assisted\"\n"),
        "{record}"
    );
    let after = status(site.path());
    let f = file_status(&after, "bn", "compact-leicestershire");
    assert_eq!(ids(&f["stale"]), stale);
    assert_eq!(f["machine_assisted"], true);
    // The stale ones carry the new English as a note.
    assert!(comment_above(&bn, stale[0])
        .iter()
        .any(|l| l.contains("essential to a democratic society")));
    // Once the translation changes, it is up to date.
    edit(&bn, "একটি স্বাধীন ও বৈচিত্র্যময়", "একটি স্বাধীন এবং বৈচিত্র্যময়");
    let f = status(site.path());
    assert_eq!(
        ids(&file_status(&f, "bn", "compact-leicestershire")["stale"]),
        [stale[0]]
    );
    // A second update changes nothing.
    let said = ok(&run(site.path(), &["i18n", "update", "bn"]));
    let said2 = ok(&run(site.path(), &["i18n", "update", "bn"]));
    assert!(said2.contains("0 file(s) written"), "{said}\n{said2}");
}

#[test]
fn update_never_loses_a_translation() {
    let site = site_copy();
    let bn = site
        .path()
        .join("locales/bn/leicestershire-county-compact.ftl");
    let before: BTreeSet<String> = messages(&bn).into_iter().map(|(_, v)| v).collect();
    // A paragraph is inserted at the top of section 6, which renumbers the
    // blocks after it, so their derived ids change.
    let yaml = site
        .path()
        .join("content/leicestershire-county-compact.yaml");
    edit(
        &yaml,
        "    blocks:\n      - paragraph: \"All partners in the County Compact agree",
        "    blocks:\n      - paragraph: A new opening paragraph.\n      - paragraph: \"All partners in the County Compact agree",
    );
    let to_move: Vec<(String, String)> = messages(&bn)
        .into_iter()
        .filter(|(id, _)| id.contains("--principles--b"))
        .collect();
    assert_eq!(to_move.len(), 9, "the paragraph and the eight principles");

    let said = ok(&run(site.path(), &["i18n", "update", "bn"]));
    assert!(said.contains("9 moved to a new id"), "{said}");
    let after: BTreeSet<String> = messages(&bn).into_iter().map(|(_, v)| v).collect();
    assert!(
        before.is_subset(&after),
        "every translation is still in the file"
    );
    // Each moved translation sits under the id its English has now.
    let now = messages(&bn);
    for (id, value) in &to_move {
        let moved = id
            .replace("--b2-", "--b3-")
            .replace("--principles--b1", "--principles--b2");
        assert!(
            now.contains(&(moved.clone(), value.clone())),
            "{id} → {moved}"
        );
    }
    assert_eq!(
        file_status(&status(site.path()), "bn", "leicestershire-county-compact")["stale"],
        Value::Array(vec![])
    );
    // The new paragraph is there to translate, in English, commented out.
    let text = std::fs::read_to_string(&bn).unwrap();
    assert!(
        text.contains("# leicestershire-county-compact--principles--b1 = A new opening paragraph.")
    );
    // A second run changes nothing.
    let said = ok(&run(site.path(), &["i18n", "update", "bn"]));
    assert!(said.contains("0 file(s) written"), "{said}");

    // English removed: its translation goes to the Obsolete part, kept.
    let last = "leicestershire-county-compact--principles--b3-i8";
    let kept = std::fs::read_to_string(&bn)
        .unwrap()
        .lines()
        .find(|l| l.starts_with(&format!("{last} = ")))
        .unwrap()
        .to_string();
    let source = std::fs::read_to_string(&yaml).unwrap();
    let start = source
        .find("            - >-\n              The Council and the VCS recognise")
        .unwrap();
    let end = start + source[start..].find("relationship.\n").unwrap() + "relationship.\n".len();
    std::fs::write(&yaml, format!("{}{}", &source[..start], &source[end..])).unwrap();
    let said = ok(&run(site.path(), &["i18n", "update", "bn"]));
    assert!(said.contains("1 obsolete"), "{said}");
    let text = std::fs::read_to_string(&bn).unwrap();
    let obsolete = text.find("\n## Obsolete").expect("an Obsolete part");
    assert!(text[obsolete..].contains(&kept), "{kept}");
    assert_eq!(
        ids(&file_status(&status(site.path()), "bn", "leicestershire-county-compact")["obsolete"]),
        [last]
    );
    ok(&build(site.path(), &site.path().join("public")));
}

#[test]
fn translations_follow_items_that_are_nested_under_another() {
    // A writer re-encodes principles (c) and (d) as sub-items of (b), with
    // the source's numbers: their derived ids change from b2-i3, b2-i4 to
    // b2-i2-i1, b2-i2-i2, and (e) becomes b2-i3. `i18n update` carries each
    // translation to the new id of its English, unchanged and not stale.
    let site = site_copy();
    let bn = site
        .path()
        .join("locales/bn/leicestershire-county-compact.ftl");
    let before: std::collections::BTreeMap<String, String> = messages(&bn).into_iter().collect();
    let id = |n: &str| format!("leicestershire-county-compact--principles--b2-{n}");
    let yaml = site
        .path()
        .join("content/leicestershire-county-compact.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let from = text
        .find("            - >-\n              An **independent")
        .unwrap();
    let to = text
        .find("            - >-\n              There is **added value")
        .unwrap();
    let nested = "            - number: (b)
              text: >-
                An **independent and diverse voluntary and community sector** is
                fundamental to the well-being of society.
              items:
                - >-
                  Both the Council and the VCS acknowledge the importance of
                  promoting **equality of opportunity** for all people, regardless
                  of race, age, disability, gender, sexuality, religion, ethnic or
                  national origin, marital status or medical condition.
                - >-
                  In the development and delivery of public policy and services,
                  the Council and the VCS have distinct but **complementary
                  roles**.
";
    std::fs::write(&yaml, format!("{}{nested}{}", &text[..from], &text[to..])).unwrap();
    let check = run(site.path(), &["check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );

    let said = ok(&run(site.path(), &["i18n", "update", "bn"]));
    assert!(said.contains("moved to a new id"), "{said}");
    let now: std::collections::BTreeMap<String, String> = messages(&bn).into_iter().collect();
    for (old, new) in [("i3", "i2-i1"), ("i4", "i2-i2"), ("i5", "i3"), ("i8", "i6")] {
        assert_eq!(
            now.get(&id(new)),
            before.get(&id(old)),
            "{} → {}",
            id(old),
            id(new)
        );
    }
    // (b) itself kept its id, and nothing was marked stale.
    assert_eq!(now.get(&id("i2")), before.get(&id("i2")));
    let status = status(site.path());
    let file = file_status(&status, "bn", "leicestershire-county-compact");
    assert_eq!(file["stale"], serde_json::json!([]), "{file}");
    assert_eq!(file["obsolete"], serde_json::json!([]), "{file}");
}

#[test]
fn a_glossary_term_is_one_word_everywhere_and_changed_in_one_place() {
    let site = site_copy();
    let bn = site.path().join("locales/bn");
    let glossary = std::fs::read_to_string(bn.join("terms.ftl")).unwrap();
    assert!(glossary.contains("\n-compact = কমপ্যাক্ট\n"), "{glossary}");
    let file = bn.join("leicestershire-county-compact.ftl");
    let source = std::fs::read_to_string(&file).unwrap();
    let label = source
        .lines()
        .find(|l| l.starts_with("leicestershire-county-compact--label = "))
        .unwrap()
        .to_string();
    std::fs::write(
        &file,
        source.replace(
            &label,
            "leicestershire-county-compact--label = { -compact }",
        ),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let built = build(site.path(), &public);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let kicker = |public: &Path| {
        let doc = parse(&public.join("bn/leicestershire-county-compact/index.html"));
        text(doc.select(&sel("header .kicker")).next().unwrap())
    };
    assert_eq!(kicker(&public), "কমপ্যাক্ট");
    // The glossary changes: every use follows.
    edit(
        &bn.join("terms.ftl"),
        "-compact = কমপ্যাক্ট",
        "-compact = চুক্তিপত্র",
    );
    let built = build(site.path(), &public);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    assert_eq!(kicker(&public), "চুক্তিপত্র");
    // The glossary is not a publication: nothing to translate, nothing obsolete.
    let status = status(site.path());
    assert!(
        !status["files"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["stem"] == "terms"),
        "{status}"
    );
}

#[test]
fn a_term_the_glossary_does_not_define_is_an_error_at_its_place() {
    let site = site_copy();
    let file = site
        .path()
        .join("locales/bn/leicestershire-county-compact.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let label = text
        .lines()
        .find(|l| l.starts_with("leicestershire-county-compact--label = "))
        .unwrap()
        .to_string();
    std::fs::write(
        &file,
        text.replace(
            &label,
            "leicestershire-county-compact--label = { -compcat }",
        ),
    )
    .unwrap();
    let out = run(site.path(), &["check"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    let (line, column) = place_in_text(
        &std::fs::read_to_string(&file).unwrap(),
        "--label = { -compcat }",
        "compcat",
    );
    assert!(
        err.contains(&format!(
            "locales/bn/leicestershire-county-compact.ftl:{line}:{column}: error: `leicestershire-county-compact--label` uses {{ -compcat }}, which locales/bn/terms.ftl does not define"
        )),
        "{err}"
    );
}

#[test]
fn update_starts_a_new_language_with_everything_to_translate() {
    let site = site_copy();
    let hi = site.path().join("locales/hi");
    std::fs::remove_dir_all(&hi).unwrap();
    ok(&run(site.path(), &["i18n", "update", "hi"]));
    let ui = std::fs::read_to_string(hi.join("ui.ftl")).unwrap();
    assert!(
        ui.starts_with("### Hindi (हिन्दी) translation of the theme's own strings"),
        "{ui}"
    );
    assert!(ui.contains("# skip-link = Skip to main content"));
    // A commented-out message with variables stays valid Fluent once the
    // translator removes the "# ".
    let f = file_status(&status(site.path()), "hi", "ui").clone();
    assert_eq!(f["translated"], 0);
    assert_eq!(
        f["missing"].as_array().unwrap().len() as u64,
        f["total"].as_u64().unwrap()
    );
    // A message line (`# id = …`) or one of its continuation lines
    // (`#     …`); the other comments are notes for the translator.
    let message_line = |rest: &str| {
        rest.starts_with(' ')
            || rest.split_once(" =").is_some_and(|(id, _)| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
    };
    let uncommented: String = ui
        .lines()
        .filter(|l| !l.starts_with('#') || l.strip_prefix("# ").is_some_and(message_line))
        .map(|l| l.strip_prefix("# ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(hi.join("ui.ftl"), uncommented).unwrap();
    let f = status(site.path());
    assert_eq!(
        file_status(&f, "hi", "ui")["missing"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // English is not updated, it is extracted; unknown languages are refused.
    let out = run(site.path(), &["i18n", "update", "en"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("i18n extract"));
    let out = run(site.path(), &["i18n", "update", "fr"]);
    assert!(!out.status.success());
}

#[test]
fn the_seeds_gujarati_in_devanagari_is_caught_in_a_translation() {
    let site = site_copy();
    let gu = site
        .path()
        .join("locales/gu/leicestershire-county-compact.ftl");
    let id = "leicestershire-county-compact--title";
    let source = std::fs::read_to_string(&gu).unwrap();
    let line = source
        .lines()
        .find(|l| l.starts_with(&format!("{id} =")))
        .unwrap();
    // Seed 001's Gujarati notice, as printed: Gujarati words in Devanagari.
    let seed = "अगर तमने आमांथी कोष पझा ज़ाज़कारी जोषती होय तो";
    std::fs::write(&gu, source.replacen(line, &format!("{id} = CVS {seed}"), 1)).unwrap();
    let out = run(site.path(), &["check", "--format", "json"]);
    assert!(!out.status.success());
    let problems: Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = problems
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"] == "locales/gu/leicestershire-county-compact.ftl")
        .expect("the wrong script is reported");
    assert_eq!(p["severity"], "error");
    let n = source.lines().position(|l| l == line).unwrap() + 1;
    assert_eq!(p["line"], n as u64);
    // The column of the first Devanagari letter, after the Latin name.
    assert_eq!(
        p["column"],
        (format!("{id} = CVS ").chars().count() + 1) as u64
    );
    let message = p["message"].as_str().unwrap();
    assert!(message.contains(id), "{message}");
    assert!(
        message.contains("written in Devanagari script") && message.contains("not Gujarati"),
        "{message}"
    );
    assert!(p["help"].as_str().unwrap().contains("Gujarati keyboard"));
}

#[test]
fn a_translation_must_have_the_attributes_its_english_has() {
    let site = site_copy();
    edit(
        &site.path().join("locales/pa/ui.ftl"),
        "\nnav-home = ",
        "\nnav-home =\n    .title = ਹੋਮ\n    .aria = x\nnav-home-x = ",
    );
    let out = run(site.path(), &["check"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("message `nav-home` has no text, but the English has"),
        "{err}"
    );
    assert!(
        err.contains("message `nav-home` has an attribute `.title` that the English does not have"),
        "{err}"
    );
}

#[test]
fn dates_numbers_and_page_numbers_use_each_languages_digits() {
    let site = built();
    let bn = parse(&site.join("bn/learning-compact-launch/index.html"));
    let date = bn.select(&sel(".meta time")).next().unwrap();
    assert_eq!(text(date), "২৭ জুলাই, ২০০৫");
    let county = parse(&site.join("bn/leicestershire-county-compact/index.html"));
    // The count of parts still in English, with section 8 not yet translated.
    let copy = site_copy();
    untranslate(
        &copy
            .path()
            .join("locales/bn/leicestershire-county-compact.ftl"),
        "--s8--",
    );
    let out = built_without_pdf(copy.path());
    let partial = parse(
        &out.path()
            .join("bn/leicestershire-county-compact/index.html"),
    );
    let notice = partial
        .select(&sel("main .notice"))
        .map(text)
        .find(|n| n.chars().any(|c| ('০'..='৯').contains(&c)))
        .unwrap_or_default();
    assert!(
        !notice.is_empty() && !notice.chars().any(|c| c.is_ascii_digit()),
        "the count in Bengali digits: {notice}"
    );
    for link in county.select(&sel(".downloads a")).skip(1) {
        let label = text(link);
        assert!(label.contains(" KB") || label.contains(" MB"));
        assert!(!label.chars().any(|c| c.is_ascii_digit()), "{label}");
    }
    // Urdu keeps Latin digits, as CLDR and Urdu print in Pakistan and the UK.
    let ur = parse(&site.join("ur/learning-compact-launch/index.html"));
    assert!(text(ur.select(&sel(".meta time")).next().unwrap()).contains("2005"));
    // Page numbers in the large-print PDF, and its contents, too.
    let pdf = site
        .join("bn/leicestershire-county-compact/leicestershire-county-compact-bn-large-print.pdf");
    let out = std::process::Command::new("pdftotext")
        .args(["-f", "2", "-l", "2"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let page2 = String::from_utf8_lossy(&out.stdout);
    assert!(page2.contains('২'), "page 2 is numbered ২: {page2}");
}

#[test]
fn the_site_chooses_the_digits_and_lists_can_be_sorted_per_language() {
    let site = site_copy();
    edit(
        &site.path().join("content/site.yaml"),
        "theme: default",
        "theme: default\nnumbering:\n  bn: latn\n  hi: deva",
    );
    // Signatories sorted by organisation: "Charnwood…" before "CNWL PCT",
    // which a byte-wise sort would put first.
    edit(
        &site
            .path()
            .join("content/charnwood-nw-leicestershire-compact.yaml"),
        "      - signatories:\n",
        "      - signatories:\n          sort: organisation\n          people:\n",
    );
    let out = site.path().join("public");
    ok(&build(site.path(), &out));
    let bn = parse(&out.join("bn/learning-compact-launch/index.html"));
    assert_eq!(
        text(bn.select(&sel(".meta time")).next().unwrap()),
        "27 জুলাই, 2005"
    );
    let hi = parse(&out.join("hi/learning-compact-launch/index.html"));
    assert!(text(hi.select(&sel(".meta time")).next().unwrap()).contains("२००५"));
    for lang in ["en", "ur"] {
        let page = parse(
            &out.join(lang)
                .join("charnwood-nw-leicestershire-compact/index.html"),
        );
        let order: Vec<String> = page.select(&sel(".signatories li > p")).map(text).collect();
        let position = |who: &str| order.iter().position(|s| s.contains(who)).unwrap();
        assert!(
            position("Brian Hayes") < position("Neil Lambert"),
            "{lang}: {order:?}"
        );
        assert!(
            position("Neil Lambert") < position("Andrew Clarke"),
            "{lang}: {order:?}"
        );
        assert!(
            position("Martin Gage") < position("Malcolm Diaper"),
            "{lang}: {order:?}"
        );
    }
    // A language the site does not publish cannot be given digits.
    edit(
        &site.path().join("content/site.yaml"),
        "  hi: deva",
        "  fr: latn",
    );
    let out = run(site.path(), &["check"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("`numbering:` names `fr`"));
}

/// Mozilla's compare-locales, with the l10n.toml committed in the
/// repository, finds no errors or warnings in the translations; and it
/// does find one in a broken copy, so the check can fail.
#[test]
fn compare_locales_passes() {
    let run_it = |dir: &Path| {
        // Its console script, called through Python so that it is found
        // wherever pip put the script.
        let out = std::process::Command::new(python())
            .args([
                "-c",
                "import sys; from compare_locales.commands import CompareLocales; sys.exit(CompareLocales.call())",
                "--json",
                "-",
                "l10n.toml",
                "locales",
            ])
            .current_dir(dir)
            .output()
            .unwrap();
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("ModuleNotFoundError"),
            "compare-locales is installed (tests/setup-and-run installs it in tests/.venv)"
        );
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        (out.status.success(), report)
    };
    let (passed, report) = run_it(&repo());
    let summary = &report[0]["summary"];
    // compare-locales warns wherever a translation uses a term its English
    // message does not: every use of the glossary (the English comes from
    // the YAML and uses none). Those, for terms the English glossary
    // defines, are the design; any other warning is a fault.
    let glossary = std::fs::read_to_string(repo().join("locales/en/terms.ftl")).unwrap();
    let is_glossary_use = |w: &str| {
        w.strip_prefix("Obsolete term reference: ")
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|term| {
                glossary
                    .lines()
                    .any(|l| l.starts_with(&format!("{term} =")))
            })
    };
    for lang in &LANGS[1..] {
        assert_eq!(summary[lang]["errors"], 0, "{lang}: {summary}");
        let mut other = Vec::new();
        for (file, entries) in report[0]["details"][lang].as_object().into_iter().flatten() {
            for e in entries.as_array().into_iter().flatten() {
                if let Some(w) = e["warning"].as_str() {
                    if !is_glossary_use(w) {
                        other.push(format!("{file}: {w}"));
                    }
                }
            }
        }
        assert!(other.is_empty(), "{lang}: {other:#?}");
        assert!(
            summary[lang]["changed"].as_u64().unwrap() > 100,
            "{summary}"
        );
    }
    assert!(passed);

    let site = site_copy();
    std::fs::copy(repo().join("l10n.toml"), site.path().join("l10n.toml")).unwrap();
    edit(
        &site.path().join("locales/bn/ui.ftl"),
        "\nnav-home = হোম",
        "\nnav-home = হোম\n    .title = হোম",
    );
    let (passed, report) = run_it(site.path());
    assert!(!passed);
    assert_eq!(report[0]["summary"]["bn"]["errors"], 1, "{report}");
}

/// The Urdu file of the Charnwood compact, with paragraph 8.1 translated.
fn urdu_with_8_1_translated(site: &Path) -> std::path::PathBuf {
    let ur = site.join("locales/ur/charnwood-nw-leicestershire-compact.ftl");
    let id = "charnwood-nw-leicestershire-compact--s8--b1";
    let source = std::fs::read_to_string(&ur).unwrap();
    let line = source
        .lines()
        .find(|l| l.starts_with(&format!("{id} = ")))
        .unwrap()
        .to_string();
    edit(
        &ur,
        &line,
        &format!("{id} = رضاکار اور کمیونٹی تنظیمیں اس معاہدے کے شراکت داروں سے درج ذیل طریقوں سے براہ راست تعلق رکھ سکتی ہیں:"),
    );
    ur
}

/// Inserts a paragraph above 8.1 and rewrites 8.1 as `new_8_1`.
fn insert_above_8_1(site: &Path, new_8_1: &str) {
    edit(
        &site.join("content/charnwood-nw-leicestershire-compact.yaml"),
        "    blocks:\n      - paragraph:\n          number: \"8.1.\"\n          text: >-\n            Voluntary and community organisations can have a direct\n            relationship with its partners in this compact in the following\n            ways:",
        &format!("    blocks:\n      - paragraph: This part explains the relationships.\n      - paragraph:\n          number: \"8.1.\"\n          text: \"{new_8_1}\""),
    );
}

const URDU_8_1: &str = "رضاکار اور کمیونٹی تنظیمیں";
const S8: &str = "charnwood-nw-leicestershire-compact--s8";

#[test]
fn a_translation_follows_its_english_when_it_moves_and_changes_a_little() {
    let site = site_copy();
    let ur = urdu_with_8_1_translated(site.path());
    // One word of 8.1's 19 changed ("direct" → "close"), and a paragraph
    // above it: its id goes from --b1 to --b2. The web officer extracts the
    // English first, then updates Urdu.
    insert_above_8_1(
        site.path(),
        "Voluntary and community organisations can have a close relationship with its partners in this compact in the following ways:",
    );
    ok(&run(site.path(), &["i18n", "extract"]));
    ok(&run(site.path(), &["i18n", "update", "ur"]));
    let now = messages(&ur);
    assert!(
        now.iter()
            .any(|(id, v)| *id == format!("{S8}--b2") && v.contains(URDU_8_1)),
        "the Urdu 8.1 is at 8.1's new id"
    );
    assert!(
        !now.iter().any(|(id, _)| *id == format!("{S8}--b1")),
        "the new paragraph is left to translate"
    );
    let comment = comment_above(&ur, &format!("{S8}--b2"));
    assert!(
        comment
            .iter()
            .any(|l| l.starts_with("# stale:") && l.contains("close relationship")),
        "marked stale with the new English: {comment:?}"
    );
    let text = std::fs::read_to_string(&ur).unwrap();
    assert!(!text.contains("\n## Obsolete"), "nothing is obsolete");
    assert_eq!(
        ids(&file_status(
            &status(site.path()),
            "ur",
            "charnwood-nw-leicestershire-compact"
        )["stale"]),
        [format!("{S8}--b2")]
    );
}

#[test]
fn a_translation_does_not_follow_english_that_was_rewritten() {
    let site = site_copy();
    let ur = urdu_with_8_1_translated(site.path());
    // Most of 8.1 rewritten (similarity under 0.7): the Urdu of the old
    // text is not put at the new one. This time update runs before extract.
    insert_above_8_1(
        site.path(),
        "Organisations may work with the Councils and the Trust in several ways, for example:",
    );
    ok(&run(site.path(), &["i18n", "update", "ur"]));
    let now = messages(&ur);
    assert!(
        !now.iter().any(|(id, _)| *id == format!("{S8}--b2")),
        "8.1's new English is left to translate"
    );
    assert!(
        now.iter().any(|(_, v)| v.contains(URDU_8_1)),
        "the translation is kept in the file"
    );
}

#[test]
fn a_translation_typed_in_latin_letters_is_a_warning() {
    let site = site_copy();
    let gu = site.path().join("locales/gu/ui.ftl");
    edit(
        &gu,
        "skip-link = મુખ્ય સામગ્રી પર જાઓ",
        "skip-link = Mukhya samagri par jao",
    );
    // One English word: a Latin translation may be a name. Not warned.
    edit(&gu, "nav-home = મુખપૃષ્ઠ", "nav-home = Home");
    let out = run(site.path(), &["check"]);
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "a warning, not an error: {said}");
    let line = std::fs::read_to_string(&gu)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("skip-link"))
        .unwrap()
        + 1;
    assert!(
        said.contains(&format!(
            "locales/gu/ui.ftl:{line}:13: warning: message `skip-link`: the Gujarati translation is written in Latin letters only"
        )),
        "{said}"
    );
    assert!(said.contains("help: type it in Gujarati script"), "{said}");
    assert!(!said.contains("`nav-home`"), "{said}");
}
