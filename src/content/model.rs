//! The typed content model: what a publication YAML file may say.
//!
//! Every struct denies unknown fields so that a misspelt key is an error that
//! names the allowed keys. Blocks are written as one-key maps (`- paragraph:
//! …`), which lets serde name the allowed block types when one is unknown.
//! Translatable strings are [`Text`]: they start with only their English, and
//! get their message id from [`super::ids`] after loading.

use super::date::PubDate;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

/// Where a value starts in its YAML file, as the parser saw it (1-based
/// line and column, in characters); `0:0` when it was not read from YAML.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Pos {
    pub line: u64,
    pub column: u64,
}

impl Pos {
    fn of(loc: &serde_saphyr::Location) -> Pos {
        Pos {
            line: loc.line(),
            column: loc.column(),
        }
    }

    /// Whether the parser gave a position.
    pub fn known(&self) -> bool {
        self.line > 0
    }
}

/// A value with the place in the YAML it was read from, for problems
/// found after parsing (an unknown party key, a duplicate `id:`). Compared,
/// ordered and hashed by its value alone; reads as its value.
#[derive(Debug, Clone, Default)]
pub struct Located<T> {
    pub value: T,
    pub at: Pos,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        Ok(Located {
            at: Pos::of(&s.referenced),
            value: s.value,
        })
    }
}

impl<T> std::ops::Deref for Located<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: PartialEq> PartialEq for Located<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}
impl<T: Eq> Eq for Located<T> {}
impl<T: Ord> PartialOrd for Located<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T: Ord> Ord for Located<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}
impl<T: std::hash::Hash> std::hash::Hash for Located<T> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.value.hash(h)
    }
}
impl std::borrow::Borrow<str> for Located<String> {
    fn borrow(&self) -> &str {
        &self.value
    }
}
impl PartialEq<str> for Located<String> {
    fn eq(&self, other: &str) -> bool {
        self.value == other
    }
}
impl PartialEq<Located<String>> for String {
    fn eq(&self, other: &Located<String>) -> bool {
        *self == other.value
    }
}
impl<T: std::fmt::Display> std::fmt::Display for Located<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.value.fmt(f)
    }
}

/// A translatable string: English source and its stable message id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text {
    pub en: String,
    /// Assigned after loading; see [`super::ids`].
    pub id: String,
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let en = String::deserialize(d)?;
        Ok(Text {
            en: normalise_space(&en),
            id: String::new(),
        })
    }
}

/// YAML folded scalars keep a trailing newline and authors indent freely;
/// messages are compared and hashed, so keep one canonical spacing.
fn normalise_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Compact,
    ActionReport,
    News,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Adopted,
}

/// One publication: a compact, an action report or a news item.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    #[serde(skip)]
    pub slug: String,
    pub kind: Kind,
    /// A short label shown above the title ("Compact", "Appendix 2").
    pub label: Option<Text>,
    pub title: Text,
    pub subtitle: Option<Text>,
    pub strapline: Option<Text>,
    pub summary: Text,
    pub date: Option<PubDate>,
    pub status: Option<Status>,
    pub area: Option<Text>,
    #[serde(default)]
    pub parties: Vec<Text>,
    pub partners: Option<Partners>,
    pub sections: Vec<Section>,
}

/// Who drafted the compact, grouped by sector. Organisation names are proper
/// names and are not translated.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partners {
    pub title: Text,
    pub groups: Vec<PartnerGroup>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerGroup {
    pub title: Text,
    pub members: Vec<String>,
    /// List the members in each language's alphabetical order (ICU4X
    /// collation) rather than as written.
    #[serde(default)]
    pub sort: bool,
}

/// A section, numbered as in the source ("1.", "1.2.") or not, with blocks
/// and sub-sections. A section may have no title (the source's section 11).
#[derive(Debug, Clone)]
pub struct Section {
    pub id: Option<Located<String>>,
    pub number: Option<String>,
    pub title: Option<Text>,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    /// Where the section starts in the YAML, to place problems with the
    /// message ids made from its place.
    pub at: Pos,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionFields {
    id: Option<Located<String>>,
    number: Option<String>,
    title: Option<Text>,
    #[serde(default)]
    blocks: Vec<Block>,
    #[serde(default)]
    sections: Vec<Section>,
}

impl<'de> Deserialize<'de> for Section {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let Located { value: s, at } = Located::<SectionFields>::deserialize(d)?;
        Ok(Section {
            id: s.id,
            number: s.number,
            title: s.title,
            blocks: s.blocks,
            sections: s.sections,
            at,
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Paragraph(Paragraph),
    List(List),
    Principles(List),
    Outcomes(Vec<Item>),
    Definitions(Vec<Definition>),
    Undertakings(Undertakings),
    Contact(Contact),
    AlternativeFormats(AlternativeFormats),
    SignupForm(SignupForm),
    Signatories(Signatories),
    Table(Table),
    Related(Vec<Located<String>>),
}

impl Block {
    /// The YAML key of this block type, as authors write it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Block::Paragraph(_) => "paragraph",
            Block::List(_) => "list",
            Block::Principles(_) => "principles",
            Block::Outcomes(_) => "outcomes",
            Block::Definitions(_) => "definitions",
            Block::Undertakings(_) => "undertakings",
            Block::Contact(_) => "contact",
            Block::AlternativeFormats(_) => "alternative_formats",
            Block::SignupForm(_) => "signup_form",
            Block::Signatories(_) => "signatories",
            Block::Table(_) => "table",
            Block::Related(_) => "related",
        }
    }
}

/// Lets a block or item be written as a bare string when it has nothing but
/// text, or as a map when it also has a number or an explicit id.
macro_rules! string_or_map {
    ($ty:ident, $helper:ident { $($field:ident : $fty:ty),* $(,)? }) => {
        #[derive(Debug, Clone, Default)]
        pub struct $ty { pub text: Text, $(pub $field: $fty),* }

        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct $helper { text: Text, $(#[serde(default)] $field: $fty),* }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("a string, or a map with `text`")
                    }
                    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<$ty, E> {
                        Ok($ty { text: Text { en: normalise_space(s), id: String::new() }, ..Default::default() })
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<$ty, A::Error> {
                        let h = $helper::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                        Ok($ty { text: h.text, $($field: h.$field),* })
                    }
                }
                d.deserialize_any(V)
            }
        }
    };
}

string_or_map!(Paragraph, ParagraphMap { number: Option<String>, id: Option<Located<String>> });
string_or_map!(Item, ItemMap { number: Option<String>, id: Option<Located<String>> });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListStyle {
    /// Bullets.
    Bullet,
    /// (a), (b), (c) …
    Lettered,
    /// Numbers as the items give them ("2.1."), or 1, 2, 3 when they do not.
    Numbered,
}

/// `a`…`z`, then `aa`, `ab`…, as list letters run on: the letter of the
/// `i`th item (from 0) of a lettered list.
pub fn letter(i: usize) -> String {
    let letters = b"abcdefghijklmnopqrstuvwxyz";
    if i < 26 {
        (letters[i] as char).to_string()
    } else {
        format!("{}{}", letter(i / 26 - 1), letters[i % 26] as char)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct List {
    pub style: ListStyle,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: Option<Located<String>>,
    pub term: Text,
    pub meaning: Text,
}

/// The undertakings matrix: themes × parties. A cell may be shared by several
/// parties (the source's merged columns).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Undertakings {
    pub parties: Vec<Party>,
    pub themes: Vec<Theme>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub key: String,
    pub name: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub title: Text,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    pub parties: Vec<Located<String>>,
    pub items: Vec<Text>,
}

/// A contact card. Names and addresses are proper names, not translated; the
/// role ("Partnership Officer") and the label ("Write to:") are.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub label: Option<Text>,
    pub role: Option<Text>,
    pub person: Option<String>,
    pub organisation: Option<String>,
    #[serde(default)]
    pub address: Vec<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub web: Option<String>,
}

/// How to ask for large print, Braille, audio or another language, with the
/// request written in each community language in its own script.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlternativeFormats {
    pub text: Text,
    pub contact: Contact,
    /// Language code → the request in that language. Not translated: each
    /// line is shown as written, marked with its language.
    #[serde(default)]
    pub languages: BTreeMap<Located<String>, String>,
}

/// A sign-up pro-forma: the pledge, the fields to fill in, and where to send it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignupForm {
    pub pledge: Text,
    pub fields: Vec<FormField>,
    pub return_to: ReturnTo,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    pub label: Text,
    pub input: InputKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    Text,
    Date,
    Address,
    Tel,
    Email,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnTo {
    pub text: Text,
    pub contact: Contact,
    pub email_text: Option<Text>,
    pub email: Option<String>,
}

/// Who signed. Written as a list, in the order to show; or as a map with
/// `sort: name` (or `organisation`) and `people:`, to list them in each
/// language's alphabetical order (ICU4X collation).
#[derive(Debug, Clone)]
pub struct Signatories {
    pub sort: Option<SortBy>,
    pub people: Vec<Signatory>,
}

/// What signatories are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    Name,
    Organisation,
}

impl<'de> Deserialize<'de> for Signatories {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Sorted {
            sort: Option<SortBy>,
            people: Vec<Signatory>,
        }
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Signatories;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of signatories, or a map with `sort` and `people`")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<Signatories, A::Error> {
                let people = Vec::<Signatory>::deserialize(
                    serde::de::value::SeqAccessDeserializer::new(seq),
                )?;
                Ok(Signatories { sort: None, people })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Signatories, A::Error> {
                let s = Sorted::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Signatories {
                    sort: s.sort,
                    people: s.people,
                })
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    pub organisation: String,
    pub statement: Text,
    /// When they signed; absent while the space for a signature is blank.
    pub signed: Option<PubDate>,
}

/// A table with a header row. Each cell is a string or a list of paragraphs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub caption: Text,
    pub header: Vec<Text>,
    pub rows: Vec<Vec<TableCell>>,
}

#[derive(Debug, Clone)]
pub struct TableCell(pub Vec<Text>);

impl<'de> Deserialize<'de> for TableCell {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = TableCell;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string, or a list of paragraphs")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<TableCell, E> {
                Ok(TableCell(vec![Text {
                    en: normalise_space(s),
                    id: String::new(),
                }]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<TableCell, A::Error> {
                let paras =
                    Vec::<Text>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
                Ok(TableCell(paras))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_run_on() {
        assert_eq!(letter(0), "a");
        assert_eq!(letter(25), "z");
        assert_eq!(letter(26), "aa");
    }
}
