//! The English that every translation is made from, file by file: the
//! theme's strings (`locales/en/ui.ftl`, written by hand), the site's
//! (`content/site.yaml`) and each publication's (its YAML). Each message
//! comes as Fluent, with the hash its translations record and the context
//! translators see above it. Checks, coverage, `i18n extract` and
//! `i18n update` all read the English from here.

use super::locales::{FtlFile, Locales};

use super::locales::{SITE_STEM, UI_STEM};
use super::source::{self, CONTEXT};
use crate::content::messages::{self, section_label};
use crate::content::model::Text;
use crate::content::Content;
use fluent_syntax::ast::{Entry, Message};
use fluent_syntax::parser::Slice;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One English message.
#[derive(Debug, Clone)]
pub struct EnglishMessage {
    pub id: String,
    /// The message as Fluent source, `id = …`, without comment.
    pub fluent: String,
    /// The hash translations of it record (`# source:`).
    pub hash: String,
    /// The heading of the part of the file it sits in ("6. The 8 Shared
    /// Principles…"), written as a group comment.
    pub group: Option<String>,
    /// Comment lines above it, for translators ("context: …").
    pub context: Vec<String>,
    /// The variables its value and attributes use.
    pub variables: BTreeSet<String>,
    /// Its attributes' names, in order.
    pub attributes: Vec<String>,
    pub has_value: bool,
}

impl EnglishMessage {
    fn new<'s, S: Slice<'s> + Clone>(
        m: &Message<S>,
        group: Option<String>,
        context: Vec<String>,
    ) -> EnglishMessage {
        let bare = Message {
            comment: None,
            ..m.clone()
        };
        EnglishMessage {
            id: m.id.name.as_ref().to_string(),
            fluent: source::serialize(&bare),
            hash: source::hash(&source::canonical(m)),
            group,
            context,
            variables: source::variables(m),
            attributes: m
                .attributes
                .iter()
                .map(|a| a.id.name.as_ref().to_string())
                .collect(),
            has_value: m.value.is_some(),
        }
    }

    fn from_text(t: &Text, group: Option<String>, context: String) -> EnglishMessage {
        let m = source::text_message(&t.id, &t.en);
        EnglishMessage::new(&m, group, vec![format!("{CONTEXT} {context}")])
    }
}

/// A translated message and the English message it translates.
pub struct Pair<'a> {
    /// The translation's file, relative to the site.
    pub path: String,
    /// That file's source, which the message's text is a slice of.
    pub source: &'a str,
    pub message: &'a Message<&'a str>,
    pub english: &'a EnglishMessage,
}

/// The messages of one translation `file` (shown as `path`) that its
/// English `en` has, each with its English.
pub fn pairs<'a>(
    path: String,
    file: &'a FtlFile,
    en: &'a EnglishFile,
) -> impl Iterator<Item = Pair<'a>> {
    let source = file.resource.source();
    file.resource
        .entries()
        .filter_map(move |entry| match entry {
            Entry::Message(m) => Some(Pair {
                path: path.clone(),
                source,
                message: m,
                english: en.get(m.id.name)?,
            }),
            _ => None,
        })
}

/// The English of one translatable file.
#[derive(Debug, Clone)]
pub struct EnglishFile {
    /// The file stem translators use: `ui`, `site` or a publication's slug.
    pub stem: String,
    /// Where the English is written, relative to the site: what to edit.
    pub origin: String,
    /// What the file translates, for its header: a publication's title in
    /// quotation marks, or what the file holds.
    pub title: String,
    /// Generated from YAML (so `i18n extract` writes it), not written by hand.
    pub extracted: bool,
    pub messages: Vec<EnglishMessage>,
    index: HashMap<String, usize>,
}

impl EnglishFile {
    fn new(
        stem: &str,
        origin: String,
        title: String,
        extracted: bool,
        messages: Vec<EnglishMessage>,
    ) -> EnglishFile {
        let index = messages
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), i))
            .collect();
        EnglishFile {
            stem: stem.to_string(),
            origin,
            title,
            extracted,
            messages,
            index,
        }
    }

    pub fn get(&self, id: &str) -> Option<&EnglishMessage> {
        self.index.get(id).map(|&i| &self.messages[i])
    }
}

/// The English of every translatable file, by stem.
#[derive(Debug, Clone, Default)]
pub struct English {
    pub files: BTreeMap<String, EnglishFile>,
}

impl English {
    /// Collects the English of the theme (from `locales`), the site and
    /// every publication (from `content`).
    pub fn new(content: &Content, locales: &Locales) -> English {
        let mut english = English::theme_and_site(content, locales);
        for p in &content.publications {
            english.files.insert(p.slug.clone(), publication_file(p));
        }
        english
    }

    /// The English of the theme and the site only: what a loaded site
    /// keeps (each publication's is made when its files are read).
    pub fn theme_and_site(content: &Content, locales: &Locales) -> English {
        let mut files = BTreeMap::new();
        if let Some(ui) = locales.get("en", UI_STEM) {
            files.insert(UI_STEM.to_string(), ui_file(ui.resource.source()));
        }
        files.insert(SITE_STEM.to_string(), site_file(content));
        English { files }
    }

    pub fn file(&self, stem: &str) -> Option<&EnglishFile> {
        self.files.get(stem)
    }

    /// Every translated message (in languages other than English) that has
    /// an English message, with the file it is in, for the checks that
    /// compare the two.
    pub fn translations<'a>(&'a self, locales: &'a Locales) -> impl Iterator<Item = Pair<'a>> {
        locales
            .files
            .iter()
            .filter(|(lang, _)| *lang != "en")
            .flat_map(move |(lang, files)| {
                files.iter().filter_map(move |(stem, file)| {
                    let en = self.file(stem)?;
                    Some(pairs(format!("locales/{lang}/{stem}.ftl"), file, en))
                })
            })
            .flatten()
    }

    /// Reads the site at `site` for the English alone: its content and
    /// `locales/en/`, not the translations, so that a broken translation
    /// does not stop the English being written.
    pub fn load(
        site: &std::path::Path,
    ) -> Result<(Content, English), crate::diagnostic::Diagnostics> {
        let content = crate::content::load(site)?;
        let locales = super::locales::load(site, &["en".to_string()])?;
        let english = English::new(&content, &locales);
        Ok((content, english))
    }
}

/// A publication's English, from its YAML: each string under its section's
/// heading, with where it sits as its context.
pub fn publication_file(p: &crate::content::model::Publication) -> EnglishFile {
    let mut list = Vec::new();
    messages::for_each_text_at(p, &mut |t, place| {
        let group = match place.section {
            Some(s) => section_label(s),
            None => "Title page".to_string(),
        };
        let context = match place.section {
            Some(_) => format!("{} › {}", shorten(&group, 48), place.role),
            None => place.role.to_string(),
        };
        list.push(EnglishMessage::from_text(t, Some(group), context));
    });
    EnglishFile::new(
        &p.slug,
        format!("content/{}.yaml", p.slug),
        format!("“{}”", p.title.en),
        true,
        list,
    )
}

/// The theme's English, as its author wrote `locales/en/ui.ftl`: group
/// comments become the groups and each message's comment its context.
fn ui_file(source: &str) -> EnglishFile {
    let mut messages = Vec::new();
    let mut group = None;
    // The runtime parse that loaded the file drops comments.
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &resource.body {
        match entry {
            Entry::GroupComment(c) => {
                let text = c.content.join(" ");
                // (`Slice`, in scope, has a `trim` of its own.)
                group = (!str::trim(&text).is_empty()).then_some(text);
            }
            Entry::Message(m) => {
                let context = m
                    .comment
                    .iter()
                    .flat_map(|c| &c.content)
                    .map(|l| l.to_string())
                    .collect();
                messages.push(EnglishMessage::new(m, group.clone(), context));
            }
            _ => {}
        }
    }
    EnglishFile::new(
        UI_STEM,
        "locales/en/ui.ftl".into(),
        "the theme's own strings".into(),
        false,
        messages,
    )
}

/// `content/site.yaml`'s strings: its title, tagline, publisher's contact
/// and what its accessibility statement says in the publisher's words.
fn site_file(content: &Content) -> EnglishFile {
    let config = &content.config;
    let group = Some("The site".to_string());
    let mut list = vec![EnglishMessage::from_text(
        &config.title,
        group.clone(),
        "the site's title, at the top of every page".into(),
    )];
    let optional = [
        (
            config.tagline.as_ref(),
            "the tagline under the title on each home page",
        ),
        (
            config.publisher.label.as_ref(),
            "the publisher's contact, label",
        ),
        (
            config.publisher.role.as_ref(),
            "the publisher's contact, their role (in every page's footer)",
        ),
    ];
    for (text, context) in optional {
        if let Some(t) = text {
            list.push(EnglishMessage::from_text(t, group.clone(), context.into()));
        }
    }
    if let Some(a) = &config.accessibility {
        let group = Some("The accessibility statement".to_string());
        for (t, context) in a.texts() {
            list.push(EnglishMessage::from_text(t, group.clone(), context));
        }
    }
    EnglishFile::new(
        SITE_STEM,
        "content/site.yaml".into(),
        "the site's title, tagline, contact and accessibility statement".into(),
        true,
        list,
    )
}

/// `s` cut to at most `max` characters at a word, with "…" if cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_headings_are_cut_at_a_word() {
        assert_eq!(
            shorten("6. The 8 Shared Principles", 48),
            "6. The 8 Shared Principles"
        );
        assert_eq!(shorten("one two three four", 10), "one two…");
    }
}
