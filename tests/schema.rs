//! The JSON Schemas editors use (`schema/publication.json`,
//! `schema/site.json`) are what `compact-press schema` prints from the
//! model's own types; every example file, the test fixtures, a generated
//! corpus and every example in docs/schema.md validate against them with a
//! real JSON Schema validator (crate `jsonschema`); a broken file is
//! rejected by both the schema and `check`, and `check` says where and
//! what belongs there.

mod common;
use common::*;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn shipped(name: &str) -> Value {
    let path = repo().join("schema").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::validator_for(&shipped(name)).expect("the shipped schema is a valid JSON Schema")
}

/// A YAML file as JSON, as an editor's YAML language server sees it.
fn yaml(text: &str) -> Value {
    serde_saphyr::from_str::<Value>(text).expect("the YAML parses")
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn publication_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("content"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml") && !p.ends_with("site.yaml"))
        .collect();
    files.push(repo().join("tests/fixtures/national-compact.yaml"));
    files.sort();
    files
}

#[test]
fn the_shipped_schemas_are_what_the_program_prints() {
    for (which, file) in [("publication", "publication.json"), ("site", "site.json")] {
        let out = Command::new(bin())
            .args(["schema", which])
            .output()
            .unwrap();
        assert!(out.status.success());
        let printed = String::from_utf8(out.stdout).unwrap();
        let on_disk = std::fs::read_to_string(repo().join("schema").join(file)).unwrap();
        assert!(
            printed == on_disk,
            "schema/{file} is out of date: run `cargo run -- schema --write`"
        );
    }
}

#[test]
fn schema_write_puts_both_files_in_a_sites_schema_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["schema", "--write"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for file in ["publication.json", "site.json"] {
        let written = std::fs::read_to_string(dir.path().join("schema").join(file)).unwrap();
        assert_eq!(
            written,
            std::fs::read_to_string(repo().join("schema").join(file)).unwrap()
        );
    }
}

#[test]
fn every_example_file_validates_and_names_its_schema() {
    let publication = validator("publication.json");
    for file in publication_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let errs = errors(&publication, &yaml(&text));
        assert!(errs.is_empty(), "{}: {errs:#?}", file.display());
        assert!(
            text.starts_with("# yaml-language-server: $schema=../")
                && text
                    .lines()
                    .next()
                    .unwrap()
                    .ends_with("schema/publication.json"),
            "{} does not start by naming its schema",
            file.display()
        );
    }
    let site = validator("site.json");
    let text = std::fs::read_to_string(repo().join("content/site.yaml")).unwrap();
    let errs = errors(&site, &yaml(&text));
    assert!(errs.is_empty(), "content/site.yaml: {errs:#?}");
    assert!(text.starts_with("# yaml-language-server: $schema=../schema/site.json\n"));
}

#[test]
fn every_generated_corpus_file_validates() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("corpus");
    let made = Command::new(bin())
        .args(["dev", "corpus", "--publications", "4", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let mut checked = 0;
    for entry in std::fs::read_dir(out.join("content")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let v = if path.ends_with("site.yaml") {
            validator("site.json")
        } else {
            checked += 1;
            validator("publication.json")
        };
        let errs = errors(&v, &yaml(&text));
        assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
    }
    assert_eq!(checked, 4);
}

/// A site with one publication file holding `yaml`.
fn site_with(yaml_text: &str) -> tempfile::TempDir {
    let site = site_copy();
    std::fs::write(site.path().join("content/broken.yaml"), yaml_text).unwrap();
    site
}

const MINIMAL: &str = "kind: compact\ntitle: A compact\nsummary: What it is.\nsections:\n  - title: One\n    blocks:\n";

#[test]
fn a_broken_file_is_rejected_by_the_schema_and_by_check_alike() {
    let publication = validator("publication.json");
    // (the YAML, what `check` must say, what its help must say)
    let cases: [(&str, &str, &[&str]); 5] = [
        (
            "      - list:\n          style: numbered\n          items:\n            - number: \"1\"\n              text: One\n              item: [Two]\n",
            "unknown field `item`, expected one of text, number, id, style, items (in `sections[0].blocks[0].list.items[0].item`)",
            &["the keys allowed here", "An item of a list", "number: \"9.1\""],
        ),
        (
            "      - undertakings:\n          parties:\n            - { key: council, name: The Council }\n          themes:\n            - title: Recognition\n              cells:\n                - parties: council\n                  items: [To recognise volunteers.]\n",
            "(in `sections[0].blocks[0].undertakings.themes[0].cells[0].parties`)",
            &["here write a list", "The keys of the parties", "- council"],
        ),
        (
            "      - message:\n          paragraphs: [Welcome.]\n          author: A. Person\n          date: 1998\n",
            "`1998` is not a date",
            &["write dates as YYYY-MM-DD", "When it was signed", "2003-06"],
        ),
        (
            "      - paragraf: Hello.\n",
            "unknown variant `paragraf`",
            &["block types"],
        ),
        (
            "      - message:\n          text: Welcome.\n          author: A. Person\n",
            "unknown field `text`",
            &["paragraphs", "author"],
        ),
    ];
    for (blocks, message, help) in cases {
        let text = format!("{MINIMAL}{blocks}");
        let errs = errors(&publication, &yaml(&text));
        assert!(!errs.is_empty(), "the schema accepts:\n{text}");
        let site = site_with(&text);
        let out = run(site.path(), &["check"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "check accepts:\n{text}");
        assert!(
            stderr.contains("content/broken.yaml:") && stderr.contains(message),
            "expected `{message}` in\n{stderr}"
        );
        for h in help {
            assert!(stderr.contains(h), "expected `{h}` in\n{stderr}");
        }
    }
}

#[test]
fn a_valid_file_with_every_new_structure_is_accepted_by_both() {
    let text =
        std::fs::read_to_string(repo().join("tests/fixtures/national-compact.yaml")).unwrap();
    assert!(errors(&validator("publication.json"), &yaml(&text)).is_empty());
    let site = site_with(&text);
    let out = run(site.path(), &["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The examples of docs/schema.md: (kind, YAML, line of the fence).
fn doc_examples() -> Vec<(String, String, usize)> {
    let doc = std::fs::read_to_string(repo().join("docs/schema.md")).unwrap();
    let mut out = Vec::new();
    let mut current: Option<(String, String, usize)> = None;
    for (n, line) in doc.lines().enumerate() {
        match current.as_mut() {
            Some(_) if line.trim_start() == "```" => out.push(current.take().unwrap()),
            Some((_, body, _)) => {
                body.push_str(line);
                body.push('\n');
            }
            None => {
                if let Some(kind) = line.trim_start().strip_prefix("```yaml ") {
                    current = Some((kind.trim().to_string(), String::new(), n + 1));
                }
            }
        }
    }
    out
}

/// An example as a whole file of its kind: publication or site.
fn as_file(kind: &str, body: &str) -> (&'static str, Value) {
    let base = yaml(&format!("{MINIMAL}      - paragraph: Text.\n"));
    let site_base = yaml(&std::fs::read_to_string(repo().join("content/site.yaml")).unwrap());
    let merge = |mut base: Value, part: Value| {
        for (k, v) in part.as_object().expect("a map of keys") {
            base[k] = v.clone();
        }
        base
    };
    match kind {
        "publication" => ("publication.json", yaml(body)),
        "site" => ("site.json", yaml(body)),
        "publication-part" => ("publication.json", merge(base, yaml(body))),
        "site-part" => ("site.json", merge(site_base, yaml(body))),
        "section" => {
            let mut p = base;
            p["sections"] = yaml(body);
            ("publication.json", p)
        }
        "block" => {
            let mut p = base;
            p["sections"][0]["blocks"] = yaml(body);
            ("publication.json", p)
        }
        other => panic!("docs/schema.md: unknown example kind `yaml {other}`"),
    }
}

#[test]
fn every_example_in_the_schema_reference_is_valid() {
    let examples = doc_examples();
    assert!(examples.len() >= 25, "only {} examples", examples.len());
    for (kind, body, line) in examples {
        let (schema, file) = as_file(&kind, &body);
        let errs = errors(&validator(schema), &file);
        assert!(
            errs.is_empty(),
            "docs/schema.md:{line}: the `yaml {kind}` example is invalid: {errs:#?}\n{body}"
        );
        // And compact-press reads it the same way.
        let text = serde_json::to_string(&file).unwrap();
        let read = if schema == "site.json" {
            serde_saphyr::from_str::<compact_press::content::site::SiteConfig>(&text).map(|_| ())
        } else {
            serde_saphyr::from_str::<compact_press::content::model::Publication>(&text).map(|_| ())
        };
        assert!(
            read.is_ok(),
            "docs/schema.md:{line}: compact-press cannot read the `yaml {kind}` example: {read:?}"
        );
    }
}

/// Every key either schema has, anywhere in it.
fn keys(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Object(props)) = m.get("properties") {
                out.extend(props.keys().cloned());
            }
            m.values().for_each(|x| keys(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

#[test]
fn the_schema_reference_describes_every_key() {
    let doc = std::fs::read_to_string(repo().join("docs/schema.md")).unwrap();
    let mut all = std::collections::BTreeSet::new();
    keys(&shipped("publication.json"), &mut all);
    keys(&shipped("site.json"), &mut all);
    let missing: Vec<&String> = all
        .iter()
        .filter(|k| !doc.contains(&format!("`{k}`")) && !doc.contains(&format!("### {k}")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/schema.md does not describe {missing:?}"
    );
}
