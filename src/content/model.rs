//! The typed content model: what a publication YAML file may say.
//!
//! Every struct denies unknown fields so that a misspelt key is an error that
//! names the allowed keys. Blocks are written as one-key maps (`- paragraph:
//! …`), which lets serde name the allowed block types when one is unknown.
//! Translatable strings are [`Text`]: they start with only their English, and
//! get their message id from [`super::ids`] after loading.

use super::date::PubDate;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer};
use std::borrow::Cow;
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

impl<T: JsonSchema> JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
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

impl JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "English text, translated in locales/<lang>/<publication>.ftl. Inline `**bold**`, `*emphasis*` and `[links](https://…)` are allowed."
        })
    }
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

/// What a publication is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A compact: an agreement between the parties.
    Compact,
    /// A report on what was done under a compact.
    ActionReport,
    /// A news item.
    News,
}

/// Whether a compact is still a draft or has been adopted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Adopted,
}

/// One publication: a compact, an action report or a news item, in
/// `content/<slug>.yaml`. The file name (without `.yaml`) is its web address.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "compact-press publication")]
pub struct Publication {
    #[serde(skip)]
    pub slug: String,
    /// What the publication is: `compact`, `action_report` or `news`.
    pub kind: Kind,
    /// A short label shown above the title ("Compact", "Appendix 2").
    #[schemars(example = &"Appendix 2")]
    pub label: Option<Text>,
    /// The title, as the source gives it.
    #[schemars(example = &"The Leicestershire County Compact")]
    pub title: Text,
    /// A line under the title.
    pub subtitle: Option<Text>,
    /// A slogan or motto shown in bold under the title.
    pub strapline: Option<Text>,
    /// One or two sentences about the publication, shown on the home page
    /// and in search results.
    pub summary: Text,
    /// The official paper's reference, as printed on its cover ("Cm 4100").
    /// Not translated.
    #[schemars(example = &"Cm 4100")]
    pub reference: Option<String>,
    /// How the paper was presented or laid, as printed on its cover
    /// ("Presented to Parliament by the Secretary of State for the Home
    /// Department by Command of Her Majesty, November 1998").
    pub presented: Option<Text>,
    /// When it was published or agreed: `YYYY-MM-DD`, or `YYYY-MM` when the
    /// source gives no day.
    #[schemars(example = &"2003-06")]
    pub date: Option<PubDate>,
    /// `draft` or `adopted`.
    pub status: Option<Status>,
    /// The area the compact covers.
    #[schemars(example = &"Leicestershire")]
    pub area: Option<Text>,
    /// The parties to the compact, listed on the title page.
    #[serde(default)]
    pub parties: Vec<Text>,
    /// Who drafted it, grouped by sector.
    pub partners: Option<Partners>,
    /// The numbered sections of the body, in order.
    pub sections: Vec<Section>,
}

/// Who drafted the compact, grouped by sector. Organisation names are proper
/// names and are not translated.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partners {
    /// The heading ("Partners involved in the development of the Compact").
    pub title: Text,
    /// The groups, each with a heading and its members.
    pub groups: Vec<PartnerGroup>,
}

/// One sector's members among the partners.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerGroup {
    /// The group's heading ("On behalf of the Voluntary and Community Sector").
    pub title: Text,
    /// Organisation names, not translated.
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

/// A section of the body: a heading (optional), its blocks, and its
/// sub-sections.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Section")]
struct SectionFields {
    /// A stable name for the section, used in its web address (`#intro`)
    /// and its messages' ids, so that renumbering keeps translations.
    #[schemars(example = &"undertakings")]
    id: Option<Located<String>>,
    /// The source's number, as printed ("7.", "1.2.").
    #[schemars(example = &"7.")]
    number: Option<String>,
    /// The heading.
    title: Option<Text>,
    /// The content, in order.
    #[serde(default)]
    blocks: Vec<Block>,
    /// Sub-sections, after the blocks.
    #[serde(default)]
    sections: Vec<Section>,
}

impl JsonSchema for Section {
    fn schema_name() -> Cow<'static, str> {
        "Section".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        SectionFields::json_schema(generator)
    }
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

/// A block of a section, written as a one-key map: `- paragraph: …`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// A paragraph: a string, or `{ number, text, id }`.
    Paragraph(Paragraph),
    /// A bulleted, lettered or numbered list, which may nest.
    List(List),
    /// The shared principles, as a list.
    Principles(List),
    /// The outcomes the partners want, as a bulleted list.
    Outcomes(Vec<Item>),
    /// Terms and their meanings.
    Definitions(Vec<Definition>),
    /// What each party undertakes, by theme.
    Undertakings(Undertakings),
    /// A signed message or foreword: its text, who wrote it, their role and when.
    Message(Message),
    /// A contact card.
    Contact(Contact),
    /// How to ask for large print, Braille, audio or another language.
    AlternativeFormats(AlternativeFormats),
    /// A sign-up pro-forma to print or e-mail.
    SignupForm(SignupForm),
    /// Who signed, and when.
    Signatories(Signatories),
    /// A table with a header row.
    Table(Table),
    /// Links to other publications of the site, by file name without `.yaml`.
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
            Block::Message(_) => "message",
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
    ($(#[$doc:meta])* $ty:ident, $helper:ident { $($(#[$fdoc:meta])* $field:ident : $fty:ty),* $(,)? }, examples: $examples:tt) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default)]
        pub struct $ty { pub text: Text, $(pub $field: $fty),* }

        $(#[$doc])*
        #[derive(Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        struct $helper {
            /// The text.
            text: Text,
            $($(#[$fdoc])* #[serde(default)] $field: $fty),*
        }

        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                let map = generator.subschema_for::<$helper>();
                json_schema!({
                    "anyOf": [
                        { "type": "string", "description": "The text alone." },
                        map
                    ],
                    "examples": $examples
                })
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str(concat!("a string, or a map with `text`", $(", `", stringify!($field), "`"),*))
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

string_or_map!(
    /// A paragraph, with the source's number ("8.1") if it has one.
    Paragraph,
    ParagraphMap {
        /// The source's number, as printed ("8.1").
        number: Option<String>,
        /// A stable message id, kept when the paragraph moves.
        id: Option<Located<String>>,
    },
    examples: [
        "The Compact is a voluntary commitment.",
        { "number": "8.1", "text": "The Compact is a voluntary commitment." }
    ]
);
string_or_map!(
    /// An item of a list: a string, or a map with its number and sub-items.
    Item,
    ItemMap {
        /// The source's number or letter, as printed ("9.1", "(a)", "ii.").
        number: Option<String>,
        /// A stable message id, kept when the item moves.
        id: Option<Located<String>>,
        /// How the sub-items are marked; by default lettered under a
        /// numbered item, roman under a lettered one, bullets under a bullet.
        style: Option<ListStyle>,
        /// Sub-items, to any depth.
        items: Vec<Item>,
    },
    examples: [
        "To recognise the added value brought by volunteers.",
        { "number": "9.1", "text": "To recognise and support the independence of the sector." },
        { "number": "9.3", "text": "In funding the sector, to:", "style": "lettered", "items": ["meet core costs", "fund projects"] }
    ]
);

/// How a list's items are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ListStyle {
    /// Bullets.
    Bullet,
    /// (a), (b), (c) …
    Lettered,
    /// Numbers as the items give them ("2.1."), or 1, 2, 3 when they do not.
    Numbered,
    /// (i), (ii), (iii) …
    Roman,
}

impl ListStyle {
    /// The style of sub-items when their item does not say.
    pub fn child(self) -> ListStyle {
        match self {
            ListStyle::Bullet => ListStyle::Bullet,
            ListStyle::Numbered => ListStyle::Lettered,
            ListStyle::Lettered | ListStyle::Roman => ListStyle::Roman,
        }
    }
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

/// Lower-case roman numeral of `n` (from 1): i, ii, iii, iv …
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// A list: its style and its items.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct List {
    /// `bullet`, `lettered` ((a), (b)…), `numbered` (1, 2… or the items'
    /// own numbers) or `roman` ((i), (ii)…).
    pub style: ListStyle,
    /// The items: strings, or `{ text, number, id, style, items }`.
    pub items: Vec<Item>,
}

/// A term and its meaning.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    /// A stable message id, kept when the definition moves.
    pub id: Option<Located<String>>,
    /// The term.
    pub term: Text,
    /// What it means.
    pub meaning: Text,
}

/// What each party undertakes. Themes every party shares are written once
/// under `themes:`, with a cell per party (or per group of parties), and
/// are shown side by side. A party's own themes, which no other party has,
/// are written under that party's `themes:` and shown as its own section,
/// after its `lead_in` ("Government undertakes:").
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Undertakings {
    /// The parties, in column order.
    pub parties: Vec<Party>,
    /// Themes shared by the parties, shown side by side.
    #[serde(default)]
    pub themes: Vec<Theme>,
}

/// A party to the undertakings.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// A short name that cells use to say whose undertakings they are.
    #[schemars(example = &"council")]
    pub key: String,
    /// The party's name, as a column heading.
    pub name: Text,
    /// The source's number for this party's undertakings ("9.").
    pub number: Option<String>,
    /// The sentence that introduces the party's undertakings
    /// ("Government undertakes:").
    pub lead_in: Option<Text>,
    /// Themes only this party has, in order.
    #[serde(default)]
    pub themes: Vec<PartyTheme>,
}

/// A theme of one party's own undertakings.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyTheme {
    /// The theme's heading ("Independence").
    pub title: Text,
    /// The undertakings: strings, or `{ number, text, id }`, which may nest.
    pub items: Vec<Item>,
}

/// A theme shared by the parties: a heading and a cell per party.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// The theme's heading ("Recognition").
    pub title: Text,
    /// Each party's undertakings under this theme.
    pub cells: Vec<Cell>,
}

/// The undertakings of one or more parties under one theme. A cell for
/// several parties spans their columns (the source's merged cells).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    /// The keys of the parties that undertake these.
    #[schemars(example = ["council"])]
    pub parties: Vec<Located<String>>,
    /// The undertakings: strings, or `{ number, text, id }`, which may nest.
    pub items: Vec<Item>,
}

/// A signed message or foreword: the Prime Minister's message, a leader's
/// foreword. Shown as a signed statement.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// The message, one string per paragraph.
    #[serde(deserialize_with = "non_empty")]
    #[schemars(length(min = 1))]
    pub paragraphs: Vec<Text>,
    /// Who wrote and signed it. A proper name, not translated.
    #[schemars(example = &"Tony Blair")]
    pub author: String,
    /// The author's role ("Prime Minister").
    pub role: Option<Text>,
    /// The author's organisation, not translated.
    pub organisation: Option<String>,
    /// When it was signed: `YYYY-MM-DD` or `YYYY-MM`.
    pub date: Option<PubDate>,
}

/// A list that must have something in it.
fn non_empty<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    let v = Vec::<T>::deserialize(d)?;
    if v.is_empty() {
        return Err(serde::de::Error::custom(
            "this list is empty: write at least one item",
        ));
    }
    Ok(v)
}

/// A contact card. Names and addresses are proper names, not translated; the
/// role ("Partnership Officer") and the label ("Write to:") are.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// A line above the card ("Write to:").
    pub label: Option<Text>,
    /// The person's role ("Partnership Officer").
    pub role: Option<Text>,
    /// A person's name, not translated.
    pub person: Option<String>,
    /// An organisation's name, not translated.
    pub organisation: Option<String>,
    /// The address, one line per item.
    #[serde(default)]
    pub address: Vec<String>,
    /// A phone number as printed ("0116 229 3103").
    pub phone: Option<String>,
    /// A fax number as printed.
    pub fax: Option<String>,
    /// An e-mail address.
    pub email: Option<String>,
    /// A web address.
    pub web: Option<String>,
}

/// How to ask for large print, Braille, audio or another language, with the
/// request written in each community language in its own script.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlternativeFormats {
    /// The request, in English ("If you require this in another version…").
    pub text: Text,
    /// Whom to ask.
    pub contact: Contact,
    /// Language code → the request in that language. Not translated: each
    /// line is shown as written, marked with its language.
    #[serde(default)]
    pub languages: BTreeMap<Located<String>, String>,
}

/// A sign-up pro-forma: the pledge, the fields to fill in, and where to send it.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignupForm {
    /// What the signer commits to.
    pub pledge: Text,
    /// The boxes to fill in.
    pub fields: Vec<FormField>,
    /// Where to send the form.
    pub return_to: ReturnTo,
}

/// One box of a sign-up form.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    /// The box's label ("Name of organisation:").
    pub label: Text,
    /// What goes in it: `text`, `date`, `address`, `tel` or `email`.
    pub input: InputKind,
}

/// What a form box holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    Text,
    Date,
    Address,
    Tel,
    Email,
}

/// Where a sign-up form goes back to.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReturnTo {
    /// "Please return this form to:".
    pub text: Text,
    /// The address.
    pub contact: Contact,
    /// The words before the e-mail address ("or e-mail it to").
    pub email_text: Option<Text>,
    /// The e-mail address forms may be sent to.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    Name,
    Organisation,
}

/// Signatories sorted in each language's alphabetical order.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct SortedSignatories {
    /// `name` or `organisation`.
    sort: Option<SortBy>,
    /// The signatories.
    people: Vec<Signatory>,
}

impl JsonSchema for Signatories {
    fn schema_name() -> Cow<'static, str> {
        "Signatories".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let list = generator.subschema_for::<Vec<Signatory>>();
        let sorted = generator.subschema_for::<SortedSignatories>();
        json_schema!({
            "description": "Who signed: a list in the order to show, or `{ sort, people }`.",
            "anyOf": [list, sorted]
        })
    }
}

impl<'de> Deserialize<'de> for Signatories {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
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
                let s = SortedSignatories::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(Signatories {
                    sort: s.sort,
                    people: s.people,
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// One signatory.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Their name, not translated.
    pub name: String,
    /// Their organisation, not translated.
    pub organisation: String,
    /// What they signed ("I … hereby agree to the Compact").
    pub statement: Text,
    /// When they signed; absent while the space for a signature is blank.
    pub signed: Option<PubDate>,
}

/// A table with a header row. Each cell is a string or a list of paragraphs.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// What the table shows.
    pub caption: Text,
    /// The column headings.
    pub header: Vec<Text>,
    /// The rows; each cell a string or a list of paragraphs. The first cell
    /// of a row heads it.
    pub rows: Vec<Vec<TableCell>>,
}

#[derive(Debug, Clone)]
pub struct TableCell(pub Vec<Text>);

impl JsonSchema for TableCell {
    fn schema_name() -> Cow<'static, str> {
        "TableCell".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A cell: a string, or a list of paragraphs.",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}

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
