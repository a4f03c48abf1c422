//! Loading the site folder's `content/`: the site configuration and every
//! publication, typed, with message ids assigned and cross-checked.

pub mod accessibility;
pub mod date;
pub mod ids;
pub mod listing;
pub mod messages;
pub mod model;
pub mod schema;
pub mod site;
pub mod yaml;

use crate::diagnostic::{read_text, relative, Diagnostic, Diagnostics, ReadError};
use model::{Block, Item, Located, Pos, Publication, Section};
use serde::de::IgnoredAny;
use site::SiteConfig;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The loaded content of a site.
#[derive(Debug, Clone)]
pub struct Content {
    pub config: SiteConfig,
    /// The featured ones first, in `publications:` order; then newest
    /// first (see [`listing::newest_first`]).
    pub publications: Vec<Publication>,
    /// Each publication's YAML file, by slug, to name in problems found
    /// later (the positions are in the model, from the parser).
    sources: BTreeMap<String, Source>,
}

/// A publication's YAML file: where it is shown as.
#[derive(Debug, Clone)]
struct Source {
    shown: PathBuf,
}

/// Whether `path` is a publication's YAML (not `site.yaml`).
pub fn is_publication_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml" || e == "yml")
        && path.file_name() != Some("site.yaml".as_ref())
}

/// The slug a publication file gives its publication.
pub fn slug_of(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string()
}

/// Reads `content/` of `site`. Every problem found is reported, not just the first.
pub fn load(site: &Path) -> Result<Content, Diagnostics> {
    let dir = site.join("content");
    let mut problems = Diagnostics::default();
    let config = read_config(site).map_err(|d| problems.extend(d)).ok();
    let (config, places) = config.unzip();

    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    files.retain(|p| is_publication_file(p));
    files.sort();

    // Publications are read in parallel: YAML parsing is most of loading
    // a large site's content.
    use rayon::prelude::*;
    let read: Vec<_> = files
        .par_iter()
        .map(|path| read_publication(site, path))
        .collect();
    let mut publications = Vec::new();
    let mut sources = BTreeMap::new();
    for result in read {
        match result {
            Ok((p, source)) => {
                sources.insert(p.slug.clone(), source);
                publications.push(p);
            }
            Err(d) => problems.extend(d),
        }
    }

    let Some(config) = config else {
        return Err(problems);
    };
    let mut content = Content {
        config,
        publications,
        sources,
    };
    // `related:` may name any publication file, including one that could
    // not be read: that file's own error is the one to fix, and naming it
    // is not a second mistake.
    let parsed: Vec<&str> = content
        .publications
        .iter()
        .map(|p| p.slug.as_str())
        .collect();
    let present: Vec<String> = files.iter().map(|p| slug_of(p)).collect();
    let present: Vec<&str> = present.iter().map(String::as_str).collect();
    validate_format_slugs(
        site,
        &content.config,
        &places.unwrap_or_default(),
        &present,
        &mut problems,
    );
    problems.extend(content.validate(&parsed, &present));
    if problems.has_errors() {
        return Err(problems);
    }
    order(&mut content.publications, &content.config);
    Ok(content)
}

/// Checks that `formats:` names publications there are (`present`: the
/// slugs of the publication files).
fn validate_format_slugs(
    site: &Path,
    config: &SiteConfig,
    places: &ConfigPlaces,
    present: &[&str],
    problems: &mut Diagnostics,
) {
    let shown = relative(site, &site.join("content/site.yaml"));
    for (i, entry) in config.formats.iter().flatten().enumerate() {
        let here = places.format_at(i);
        if let site::FormatEntry::Some(map) = entry {
            for (name, listed) in map {
                for slug in listed.iter().filter(|s| !present.contains(&s.as_str())) {
                    problems.push(at(
                        Diagnostic::error(
                            &shown,
                            format!("`formats:` makes `{name}` for `{slug}`, which is no publication"),
                            format!(
                                "use a publication's slug (its file name in content/publications/ without .yaml): {}",
                                present.join(", ")
                            ),
                        ),
                        here,
                    ));
                }
            }
        }
    }
}

/// Reads and checks `content/site.yaml`: the configuration, and where its
/// settings are (for the checks that need the publications too).
fn read_config(site: &Path) -> Result<(SiteConfig, ConfigPlaces), Diagnostics> {
    let config_path = site.join("content/site.yaml");
    let shown = relative(site, &config_path);
    let src = read_text(&config_path, &shown).map_err(|e| match e {
        ReadError::Missing => Diagnostic::error(
            &shown,
            "cannot read the site configuration: there is no such file",
            "run compact-press in the site folder, or give it with --site DIR; the folder needs content/site.yaml",
        ),
        ReadError::Other(d) => d,
    })?;
    let mut config: SiteConfig = yaml::parse(&src, &shown)?;
    ids::assign_site(&mut config);
    if let Some(a) = &mut config.accessibility {
        a.assign_ids();
    }
    let mut problems = Diagnostics::default();
    let places: ConfigPlaces = serde_saphyr::from_str(&src).unwrap_or_default();
    validate_config(site, &config, &places, &mut problems);
    if let Some(a) = &config.accessibility {
        accessibility::check(a, &shown, &mut problems);
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok((config, places))
    }
}

/// Reads one publication's YAML and gives its strings their ids.
fn read_publication(site: &Path, path: &Path) -> Result<(Publication, Source), Diagnostics> {
    let shown = relative(site, path);
    let slug = slug_of(path);
    if !is_slug(&slug) {
        return Err(Diagnostic::error(
            &shown,
            format!("`{slug}` cannot be a publication's web address"),
            "name the file with lower-case letters a-z, digits and hyphens, starting with a letter (e.g. my-compact.yaml)",
        )
        .into());
    }
    if listing::RESERVED.contains(&slug.as_str()) {
        return Err(Diagnostic::error(
            &shown,
            format!("`{slug}` is the web address of a page every language has, so a publication cannot have it"),
            format!(
                "rename the file: these names are taken: {}",
                listing::RESERVED.join(", ")
            ),
        )
        .into());
    }
    let text = read_text(path, &shown).map_err(|e| match e {
        ReadError::Missing => Diagnostic::error(
            &shown,
            "cannot read: the file was removed while being read",
            "build again",
        ),
        ReadError::Other(d) => d,
    })?;
    let mut p: Publication = yaml::parse(&text, &shown)?;
    p.slug = slug;
    ids::assign(&mut p);
    Ok((p, Source { shown }))
}

impl Content {
    /// Checks the publications named in `which` against each other and
    /// the configuration; `slugs` are all the publications there are.
    fn validate(&self, which: &[&str], slugs: &[&str]) -> Diagnostics {
        let mut problems = Diagnostics::default();
        for p in self
            .publications
            .iter()
            .filter(|p| which.contains(&p.slug.as_str()))
        {
            let source = &self.sources[&p.slug];
            validate_publication(p, &source.shown, &self.config, slugs, &mut problems);
        }
        problems
    }

    /// Reads the publication files at `paths` again, changed, added or
    /// removed, and checks them with the rest. On a problem nothing
    /// changes. Returns the slugs whose publication changed, came or went.
    pub fn reload(&mut self, site: &Path, paths: &[PathBuf]) -> Result<Vec<String>, Diagnostics> {
        let mut read = Vec::new();
        let mut gone = Vec::new();
        let mut problems = Diagnostics::default();
        for path in paths {
            if path.exists() {
                match read_publication(site, path) {
                    Ok(found) => read.push(found),
                    Err(d) => problems.extend(d),
                }
            } else {
                gone.push(slug_of(path));
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        // The publications there will be, to check `related:` against.
        let mut slugs: Vec<String> = self
            .publications
            .iter()
            .map(|p| p.slug.clone())
            .filter(|s| !gone.contains(s))
            .chain(read.iter().map(|(p, _)| p.slug.clone()))
            .collect();
        slugs.sort();
        slugs.dedup();
        let slugs: Vec<&str> = slugs.iter().map(String::as_str).collect();
        for (p, source) in &read {
            validate_publication(p, &source.shown, &self.config, &slugs, &mut problems);
        }
        if !gone.is_empty() {
            // Any other publication may name a removed one as related.
            let unchanged: Vec<&str> = slugs
                .iter()
                .copied()
                .filter(|s| !read.iter().any(|(p, _)| p.slug == *s))
                .collect();
            problems.extend(self.validate(&unchanged, &slugs));
        }
        if problems.has_errors() {
            return Err(problems);
        }
        let changed: Vec<String> = read
            .iter()
            .map(|(p, _)| p.slug.clone())
            .chain(gone.iter().cloned())
            .collect();
        self.publications.retain(|p| !gone.contains(&p.slug));
        for slug in &gone {
            self.sources.remove(slug);
        }
        for (p, source) in read {
            self.sources.insert(p.slug.clone(), source);
            match self.publications.iter_mut().find(|q| q.slug == p.slug) {
                Some(q) => *q = p,
                None => self.publications.push(p),
            }
        }
        order(&mut self.publications, &self.config);
        Ok(changed)
    }
}

fn order(publications: &mut [Publication], config: &SiteConfig) {
    let rank = |slug: &str| {
        config
            .publications
            .iter()
            .position(|s| s == slug)
            .unwrap_or(usize::MAX)
    };
    // Those `publications:` lists first, in its order; then the newest.
    publications.sort_by(|a, b| {
        rank(&a.slug)
            .cmp(&rank(&b.slug))
            .then_with(|| listing::newest_first(a, b))
    });
}

/// Lower-case ASCII letters, digits and single hyphens: safe in every URL,
/// file system and Fluent message id.
pub fn is_slug(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
}

/// Where the settings `validate_config` checks are in `content/site.yaml`,
/// as the parser saw them (read a second time; the file is small).
#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct ConfigPlaces {
    base_url: Option<Located<IgnoredAny>>,
    languages: Option<Located<Vec<Located<String>>>>,
    numbering: BTreeMap<Located<String>, IgnoredAny>,
    formats: Option<Located<Vec<Located<IgnoredAny>>>>,
    braille: Option<BraillePlaces>,
    large_print: Option<LargePrintPlaces>,
}

impl ConfigPlaces {
    /// Where the `i`th entry of `formats:` is.
    fn format_at(&self, i: usize) -> Pos {
        self.formats
            .as_ref()
            .and_then(|l| l.value.get(i).map(|f| f.at))
            .unwrap_or_default()
    }
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct BraillePlaces {
    cells: Option<Located<IgnoredAny>>,
    lines: Option<Located<IgnoredAny>>,
}

#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct LargePrintPlaces {
    body_size: Option<Located<IgnoredAny>>,
}

/// Places `d` at `pos`, when the parser gave one.
fn at(d: Diagnostic, pos: Pos) -> Diagnostic {
    if pos.known() {
        d.at(pos.line, pos.column)
    } else {
        d
    }
}

fn validate_config(
    site: &Path,
    config: &SiteConfig,
    places: &ConfigPlaces,
    problems: &mut Diagnostics,
) {
    let shown = relative(site, &site.join("content/site.yaml"));
    let pos_of = |v: &Option<Located<IgnoredAny>>| v.as_ref().map(|l| l.at).unwrap_or_default();
    let languages = places.languages.as_ref();
    if config.languages.first().map(String::as_str) != Some("en") {
        problems.push(at(
            Diagnostic::error(
                &shown,
                "the first language must be `en`, the source language",
                "list `en` first under `languages:`",
            ),
            languages
                .and_then(|l| l.value.first().map(|f| f.at))
                .or(languages.map(|l| l.at))
                .unwrap_or_default(),
        ));
    }
    for (i, lang) in config.languages.iter().enumerate() {
        if crate::i18n::language::Language::find(lang).is_none() {
            problems.push(at(
                Diagnostic::error(
                    &shown,
                    format!("unknown language `{lang}`"),
                    format!(
                        "use one of: {}",
                        crate::i18n::language::Language::codes().join(", ")
                    ),
                ),
                languages
                    .and_then(|l| l.value.get(i).map(|f| f.at))
                    .unwrap_or_default(),
            ));
        }
    }
    let known = crate::render::formats::names();
    for (i, entry) in config.formats.iter().flatten().enumerate() {
        let here = places.format_at(i);
        for name in entry.names() {
            if !known.contains(&name) {
                problems.push(at(
                    Diagnostic::error(
                        &shown,
                        format!("unknown format `{name}` under `formats:`"),
                        format!("use some of: {}", known.join(", ")),
                    ),
                    here,
                ));
            }
        }
    }
    let braille = places.braille.as_ref();
    let b = &config.braille;
    if !(12..=100).contains(&b.cells) {
        problems.push(at(
            Diagnostic::error(
                &shown,
                format!("a braille line of {} cells is outside 12–100", b.cells),
                "A4 braille paper takes 40 cells a line (the default); leave `cells:` out for it",
            ),
            pos_of(&braille.and_then(|b| b.cells.clone())),
        ));
    }
    if !(4..=50).contains(&b.lines) {
        problems.push(at(
            Diagnostic::error(
                &shown,
                format!("a braille page of {} lines is outside 4–50", b.lines),
                "A4 braille paper takes 25 lines a page (the default); leave `lines:` out for it",
            ),
            pos_of(&braille.and_then(|b| b.lines.clone())),
        ));
    }
    for lang in config.numbering.keys() {
        if !config.languages.contains(lang) {
            let pos = places
                .numbering
                .keys()
                .find(|k| k.value == *lang)
                .map(|k| k.at)
                .unwrap_or_default();
            problems.push(at(
                Diagnostic::error(
                    &shown,
                    format!(
                        "`numbering:` names `{lang}`, which is not one of the site's languages"
                    ),
                    format!(
                        "use a code listed under `languages:`: {}",
                        config.languages.join(", ")
                    ),
                ),
                pos,
            ));
        }
    }
    if !(16.0..=40.0).contains(&config.large_print.body_size) {
        problems.push(at(
            Diagnostic::error(
                &shown,
                format!("large-print body size {} pt is outside 16–40 pt", config.large_print.body_size),
                "UK large-print guidance (UKAAF) needs body text of at least 16 pt; 18 pt is the usual choice",
            ),
            places
                .large_print
                .as_ref()
                .map(|l| pos_of(&l.body_size))
                .unwrap_or_default(),
        ));
    }
    if !(config.base_url.starts_with("https://") || config.base_url.starts_with("http://"))
        || !config.base_url.ends_with('/')
    {
        problems.push(at(
            Diagnostic::error(
                &shown,
                format!(
                    "base_url `{}` is not an absolute URL ending in /",
                    config.base_url
                ),
                "write it like https://compacts.example.org/",
            ),
            pos_of(&places.base_url),
        ));
    }
}

/// Whether message id `id` was made from the name `name` an `id:` gives:
/// the name itself, or an id built on it (`name--title`, `name-term`).
fn made_from(id: &str, name: &str) -> bool {
    id.strip_prefix(name)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
}

fn validate_publication(
    p: &Publication,
    shown: &Path,
    config: &SiteConfig,
    slugs: &[&str],
    problems: &mut Diagnostics,
) {
    // `slugs`: every publication of the site, for `related:` to name.
    // Every position comes from the parser (`Located`, `Text::at`).

    // Each `id:` first: two the same are one mistake, reported once at the
    // second, however many message ids are built on it.
    let mut first: HashMap<String, &Located<String>> = HashMap::new();
    let mut clashes: Vec<String> = Vec::new();
    for (name, id) in explicit_ids(p) {
        if !is_message_id(id) {
            problems.push(at(
                Diagnostic::error(
                    shown,
                    format!("`{id}` cannot be a message id"),
                    "use letters, digits and hyphens, starting with a letter",
                ),
                id.at,
            ));
        } else if let Some(earlier) = first.get(&name) {
            problems.push(at(
                Diagnostic::error(
                    shown,
                    format!(
                        "`id: {id}` is used twice; the first is at line {}, column {}",
                        earlier.at.line, earlier.at.column
                    ),
                    "give each `id:` a different value: ids name translations, so two strings cannot share one",
                ),
                id.at,
            ));
            clashes.push(name);
        } else {
            first.insert(name, id);
        }
    }
    // Message ids that still clash: sibling sections numbered alike ("8."
    // and "8"), or an `id:` equal to an id made from a place. Each is placed
    // at the `id:` it comes from, or else at its section; once per place,
    // since all of a section's strings clash together.
    let origin = |id: &str, section: Option<&Section>| -> Pos {
        first
            .iter()
            .filter(|(name, _)| made_from(id, name))
            .max_by_key(|(name, _)| name.len())
            .map(|(_, l)| l.at)
            .or(section.map(|s| s.at))
            .unwrap_or_default()
    };
    let mut seen: HashMap<&str, Option<&Section>> = HashMap::new();
    let mut reported: Vec<Pos> = Vec::new();
    messages::for_each_text_at(p, &mut |t, place| {
        let Some(&first_section) = seen.get(t.id.as_str()) else {
            seen.insert(&t.id, place.section);
            return;
        };
        let here = origin(&t.id, place.section);
        if clashes.iter().any(|c| made_from(&t.id, c)) || reported.contains(&here) {
            return;
        }
        let earlier = origin(&t.id, first_section);
        reported.push(here);
        problems.push(at(
            Diagnostic::error(
                shown,
                format!(
                    "the message id `{}` is made twice; the first comes from line {}, column {}",
                    t.id, earlier.line, earlier.column
                ),
                "number the sections differently or give one of them an `id:` of its own; ids name translations, so two strings cannot share one",
            ),
            here,
        ));
    });
    walk_blocks(&p.sections, &mut |b| match b {
        Block::Related(related) => {
            for s in related {
                if !slugs.contains(&s.as_str()) {
                    problems.push(at(
                        Diagnostic::error(
                            shown,
                            format!("related publication `{s}` does not exist"),
                            "name a file in content/ without its .yaml ending",
                        ),
                        s.at,
                    ));
                }
            }
        }
        Block::Undertakings(u) => {
            for cell in u.themes.iter().flat_map(|t| &t.cells) {
                for key in &cell.parties {
                    if !u.parties.iter().any(|party| party.key == key.value) {
                        let keys: Vec<&str> = u.parties.iter().map(|p| p.key.as_str()).collect();
                        problems.push(at(
                            Diagnostic::error(
                                shown,
                                format!("unknown party `{key}` in the undertakings"),
                                format!(
                                    "use one of the keys under `parties:`: {}",
                                    keys.join(", ")
                                ),
                            ),
                            key.at,
                        ));
                    }
                }
            }
        }
        Block::AlternativeFormats(a) => {
            for (lang, text) in &a.languages {
                if !config.languages.contains(&lang.value) {
                    problems.push(at(
                        Diagnostic::error(
                            shown,
                            format!("`{lang}` is not one of the site's languages"),
                            "use a code listed under `languages:` in content/site.yaml",
                        ),
                        lang.at,
                    ));
                } else if let Some(problem) = crate::i18n::script::wrong_script(lang, text) {
                    problems.push(at(
                        Diagnostic::error(
                            shown,
                            problem,
                            "rewrite the line in its language's own script",
                        ),
                        lang.at,
                    ));
                }
            }
        }
        _ => {}
    });
}

/// Every `id:` of a publication with the name it gives: a section's id
/// names the section within its parent (`slug--intro`, as its messages are
/// `slug--intro--title`…), any other id names its string(s) directly.
fn explicit_ids(p: &Publication) -> Vec<(String, &Located<String>)> {
    /// The `id:`s of items and their sub-items, depth first.
    fn items<'a>(list: &'a [Item], out: &mut Vec<(String, &'a Located<String>)>) {
        for i in list {
            if let Some(id) = &i.id {
                out.push((id.value.clone(), id));
            }
            items(&i.items, out);
        }
    }
    fn walk<'a>(
        parent: &str,
        sections: &'a [Section],
        out: &mut Vec<(String, &'a Located<String>)>,
    ) {
        for (i, s) in sections.iter().enumerate() {
            let base = format!("{parent}--{}", ids::section_key(s, i));
            if let Some(id) = &s.id {
                out.push((base.clone(), id));
            }
            for b in &s.blocks {
                let own =
                    |id: &'a Option<Located<String>>| id.as_ref().map(|id| (id.value.clone(), id));
                match b {
                    Block::Paragraph(p) => out.extend(own(&p.id)),
                    Block::List(l) | Block::Principles(l) => items(&l.items, out),
                    Block::Outcomes(list) => items(list, out),
                    Block::Definitions(d) => out.extend(d.iter().filter_map(|i| own(&i.id))),
                    Block::Undertakings(u) => {
                        for p in &u.parties {
                            p.themes.iter().for_each(|t| items(&t.items, out));
                        }
                        for t in &u.themes {
                            t.cells.iter().for_each(|c| items(&c.items, out));
                        }
                    }
                    _ => {}
                }
            }
            walk(&base, &s.sections, out);
        }
    }
    let mut out = Vec::new();
    walk(&p.slug, &p.sections, &mut out);
    out
}

/// The slugs of the publications `p` names as related.
pub fn related(p: &Publication) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    walk_blocks(&p.sections, &mut |b| {
        if let Block::Related(slugs) = b {
            out.extend(slugs.iter().map(|s| s.as_str()));
        }
    });
    out.into_iter()
}

/// Calls `f` on every block of every section, depth first.
pub fn walk_blocks<'a>(sections: &'a [Section], f: &mut dyn FnMut(&'a Block)) {
    for s in sections {
        s.blocks.iter().for_each(&mut *f);
        walk_blocks(&s.sections, f);
    }
}

fn is_message_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
