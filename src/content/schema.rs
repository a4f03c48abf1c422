//! The JSON Schemas of a site's YAML, derived from the model types
//! themselves (schemars), so that they cannot drift from what `build`
//! accepts. Editors use them through a first line such as
//! `# yaml-language-server: $schema=../schema/publication.json`: completion,
//! hover help and red underlines as the file is typed. `yaml.rs` uses them
//! too, to say what a misplaced value should have been.

use super::model::Publication;
use super::site::SiteConfig;
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

/// Which file a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// `content/<slug>.yaml`
    Publication,
    /// `content/site.yaml`
    Site,
}

impl Which {
    pub const ALL: [Which; 2] = [Which::Publication, Which::Site];

    /// Where the schema is shipped, relative to the site folder.
    pub fn path(self) -> &'static str {
        match self {
            Which::Publication => "schema/publication.json",
            Which::Site => "schema/site.json",
        }
    }
}

/// The schema of `which`, as JSON.
pub fn schema(which: Which) -> Value {
    match which {
        Which::Publication => of::<Publication>(),
        Which::Site => of::<SiteConfig>(),
    }
}

/// The schema of `T` (JSON Schema draft 2020-12).
pub fn of<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    serde_json::to_value(generator.into_root_schema_for::<T>()).expect("a schema is always JSON")
}

/// The schema as the shipped file holds it: pretty, ending in a newline.
pub fn to_file(which: Which) -> String {
    let mut s = serde_json::to_string_pretty(&schema(which)).expect("a schema is always JSON");
    s.push('\n');
    s
}

/// One step into a YAML document: a key of a map or an index of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The part of `root` that describes the value at `path`, following
/// `$ref`s and trying each alternative of `anyOf`/`oneOf`; `None` when
/// the schema says nothing about that place.
pub fn at<'a>(root: &'a Value, path: &[Step]) -> Option<&'a Value> {
    let mut node = resolve(root, root);
    for step in path {
        node = candidates(root, node)
            .into_iter()
            .find_map(|n| child(root, n, step))?;
    }
    Some(node)
}

fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    // A chain of references is short; stop at ten in case of a cycle.
    for _ in 0..10 {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix('#').and_then(|p| root.pointer(p)) {
                Some(n) => node = n,
                None => return node,
            },
            None => return node,
        }
    }
    node
}

/// `node` and its alternatives, references followed.
pub fn candidates<'a>(root: &'a Value, node: &'a Value) -> Vec<&'a Value> {
    let node = resolve(root, node);
    let mut out = vec![node];
    for key in ["anyOf", "oneOf"] {
        if let Some(alts) = node.get(key).and_then(Value::as_array) {
            for alt in alts {
                out.extend(candidates(root, alt));
            }
        }
    }
    out
}

fn child<'a>(root: &'a Value, node: &'a Value, step: &Step) -> Option<&'a Value> {
    let found = match step {
        Step::Key(k) => node
            .get("properties")
            .and_then(|p| p.get(k))
            .or_else(|| node.get("additionalProperties").filter(|a| a.is_object())),
        Step::Index(_) => node.get("items").filter(|i| i.is_object()),
    }?;
    Some(resolve(root, found))
}

/// What the schema at `node` expects, in words: "a string", "a list", "a
/// map with the keys text, number, id, style, items" or the choices.
pub fn expected(root: &Value, node: &Value) -> String {
    let mut kinds: Vec<String> = Vec::new();
    for n in candidates(root, node) {
        // `"type": ["string", "null"]` is an optional string: null is never
        // worth suggesting.
        let ty = match n.get("type") {
            Some(Value::Array(types)) => types
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null"),
            Some(t) => t.as_str(),
            None => None,
        };
        let kind = match ty {
            Some("string") if n.get("enum").is_some() => {
                let values: Vec<&str> = n["enum"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                Some(format!("one of: {}", values.join(", ")))
            }
            // A string with a title of its own ("a date (YYYY-MM-DD …)").
            Some("string") => Some(
                n.get("title")
                    .and_then(Value::as_str)
                    .unwrap_or("a string")
                    .to_string(),
            ),
            Some("boolean") => Some("true or false".to_string()),
            Some("number") | Some("integer") => Some("a number".to_string()),
            Some("array") => Some("a list".to_string()),
            Some("object") => match n.get("properties").and_then(Value::as_object) {
                // A block: a map with one key, its type.
                Some(p) if p.len() == 1 && n.get("required").is_some() => {
                    Some(format!("`{}: …`", p.keys().next().unwrap()))
                }
                Some(p) => Some(format!(
                    "a map with the keys {}",
                    p.keys().map(String::as_str).collect::<Vec<_>>().join(", ")
                )),
                None => Some("a map".to_string()),
            },
            _ => n
                .get("const")
                .and_then(Value::as_str)
                .map(|c| format!("`{c}`")),
        };
        if let Some(k) = kind {
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    match kinds.len() {
        0 => String::new(),
        1 => kinds.remove(0),
        _ => {
            let last = kinds.pop().unwrap();
            format!("{}, or {last}", kinds.join(", "))
        }
    }
}

/// The schema's description of `node`, or of its first alternative that
/// has one: a map's first when `map` (for a problem with a map's keys).
pub fn description<'a>(root: &'a Value, node: &'a Value, map: bool) -> Option<&'a str> {
    let mut all = candidates(root, node);
    if map {
        all.sort_by_key(|n| n.get("type").and_then(Value::as_str) != Some("object"));
    }
    node.get("description").and_then(Value::as_str).or_else(|| {
        all.into_iter()
            .find_map(|n| n.get("description").and_then(Value::as_str))
    })
}

/// The schema's first example for `node` (or its alternatives), as YAML:
/// the first that is a map when `map`.
pub fn example(root: &Value, node: &Value, map: bool) -> Option<String> {
    let examples: Vec<&Value> = std::iter::once(node)
        .chain(candidates(root, node))
        .filter_map(|n| n.get("examples").and_then(Value::as_array))
        .flatten()
        .collect();
    let value = examples
        .iter()
        .find(|e| !map || e.is_object())
        .or(examples.first());
    match value {
        Some(v) => {
            let yaml = serde_saphyr::to_string(v).ok()?;
            Some(yaml.trim_end().to_string())
        }
        None => sketch(root, node),
    }
}

/// An outline of a value where the schema gives no example: a list's
/// item, or a map's required keys.
fn sketch(root: &Value, node: &Value) -> Option<String> {
    let n = resolve(root, node);
    match n.get("type").and_then(Value::as_str)? {
        "array" => {
            let item = n.get("items")?;
            let inner = example(root, item, false).unwrap_or_else(|| "…".into());
            let mut out = String::new();
            for (i, line) in inner.lines().enumerate() {
                out.push_str(if i == 0 { "- " } else { "\n  " });
                out.push_str(line);
            }
            Some(out)
        }
        "object" => {
            let required: Vec<&str> = n
                .get("required")?
                .as_array()?
                .iter()
                .filter_map(Value::as_str)
                .collect();
            (!required.is_empty()).then(|| {
                required
                    .iter()
                    .map(|k| format!("{k}: …"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &[&str]) -> Vec<Step> {
        p.iter()
            .map(|s| match s.parse::<usize>() {
                Ok(i) => Step::Index(i),
                Err(_) => Step::Key(s.to_string()),
            })
            .collect()
    }

    #[test]
    fn an_undertaking_is_a_string_or_a_numbered_item() {
        let root = schema(Which::Publication);
        let p = path(&[
            "sections",
            "0",
            "blocks",
            "0",
            "undertakings",
            "themes",
            "0",
            "cells",
            "0",
            "items",
            "0",
        ]);
        let node = at(&root, &p).expect("the schema describes undertakings items");
        let what = expected(&root, node);
        assert!(what.contains("a string"), "{what}");
        assert!(what.contains("number"), "{what}");
    }

    #[test]
    fn a_place_the_schema_does_not_know_is_none() {
        let root = schema(Which::Publication);
        assert!(at(&root, &path(&["sections", "0", "nonsense"])).is_none());
    }

    #[test]
    fn the_site_schema_names_its_keys() {
        let root = schema(Which::Site);
        let what = expected(&root, &root);
        for key in ["title", "base_url", "languages", "publisher"] {
            assert!(what.contains(key), "{what}");
        }
    }
}
