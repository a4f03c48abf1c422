//! Languages, scripts, Fluent translations and the translators' workflow,
//! locale-aware numbers, dates and sorting.
//!
//! The modules depend one way, from the files up to the commands:
//! - Fluent text and the files: [`source`] (canonical forms, hashes,
//!   notes), [`record`] (the translation record), [`locales`] (reading
//!   `.ftl`), [`layout`] (writing it), [`memory`] (English seen before);
//!   and languages, [`numbers`], [`dates`], [`collation`];
//! - the English every translation is made from, [`english`], and the
//!   bundles that format messages, [`bundle`];
//! - the checks, [`checks`] ([`placeables`], [`attributes`], [`script`],
//!   [`terms`]), and how far each language has got, [`coverage`];
//! - the publications' translation files, [`translations`], and the
//!   catalog pages translate with, [`translator`];
//! - the translators' commands: [`extract`], [`update`], [`status`] and
//!   [`review`].

pub mod attributes;
pub mod bundle;
pub mod checks;
pub mod collation;
pub mod coverage;
pub mod dates;
pub mod english;
pub mod extract;
pub mod language;
pub mod layout;
pub mod locales;
pub mod memory;
pub mod numbers;
pub mod placeables;
pub mod record;
pub mod review;
pub mod script;
pub mod source;
pub mod status;
pub mod terms;
pub mod translations;
pub mod translator;
pub mod update;

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    /// The modules of this folder each uses, read from their source (code
    /// before the tests): `super::name` paths and `use super::{…}` lists.
    fn uses() -> BTreeMap<String, BTreeSet<String>> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
        let mut sources = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap().to_string();
            sources.insert(name, code);
        }
        let names: BTreeSet<String> = sources.keys().cloned().collect();
        let mut out = BTreeMap::new();
        for (name, code) in &sources {
            let mut used = BTreeSet::new();
            for (i, _) in code.match_indices("super::") {
                let rest = &code[i + "super::".len()..];
                // `super::{a, b::c}` names several; `super::a::…` one.
                let listed = match rest.strip_prefix('{') {
                    Some(group) => &group[..group.find('}').unwrap_or(0)],
                    None => rest,
                };
                let listed = if rest.starts_with('{') {
                    listed.to_string()
                } else {
                    listed.split(',').next().unwrap_or_default().to_string()
                };
                for part in listed.split(',') {
                    let word: String = part
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if names.contains(&word) && &word != name {
                        used.insert(word);
                    }
                }
            }
            out.insert(name.clone(), used);
        }
        out
    }

    #[test]
    fn the_modules_depend_one_way() {
        let uses = uses();
        assert!(uses["coverage"].contains("record"), "{uses:?}");
        // Depth-first: a module met again while still being visited is a
        // cycle.
        fn visit(
            m: &str,
            uses: &BTreeMap<String, BTreeSet<String>>,
            path: &mut Vec<String>,
            done: &mut BTreeSet<String>,
        ) {
            if done.contains(m) {
                return;
            }
            if let Some(at) = path.iter().position(|p| p == m) {
                panic!("a cycle: {} → {m}", path[at..].join(" → "));
            }
            path.push(m.to_string());
            for u in uses.get(m).into_iter().flatten() {
                visit(u, uses, path, done);
            }
            path.pop();
            done.insert(m.to_string());
        }
        let mut done = BTreeSet::new();
        for m in uses.keys() {
            visit(m, &uses, &mut Vec::new(), &mut done);
        }
    }
}
