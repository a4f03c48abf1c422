//! The view model: a publication translated into one language, as the
//! format-neutral document every format renders: its structure, and each
//! translated string as inline runs ([`Text`]) with the language it is
//! written in, its direction, and whether it is English standing in for a
//! translation (fallback) or a translation of older English (stale). There
//! is no markup here: the HTML format makes its elements and attributes
//! (`formats/html/markup.rs`), the PDF its Typst, the text edition its
//! lines.

use super::inline;
use crate::content::date::PubDate;
use crate::content::ids::section_key;
use crate::content::model::{self, Block, ListStyle, Publication, Section};
use crate::i18n::language::Language;
use crate::i18n::numbers::Numbering;
use crate::i18n::translator::{Resolved, Translator};
use crate::i18n::{collation, dates, translator::Catalog};
use serde::Serialize;

/// A translated inline string: its runs, the language it is written in
/// and its marks.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    /// Plain text (markup removed), for titles, attributes and search.
    pub text: String,
    /// The same text as runs (bold, emphasis, links).
    pub runs: Vec<inline::Run>,
    /// The language it is written in: the edition's, or `en` where English
    /// stands in for a missing translation.
    pub lang: &'static str,
    /// Whether it is written right to left.
    pub rtl: bool,
    /// English standing in for a missing translation.
    pub fallback: bool,
    /// A translation made from English that has changed since.
    pub stale: bool,
}

impl Text {
    pub fn new(r: Resolved, lang: &Language) -> Text {
        let runs = inline::parse(&r.text);
        Text {
            text: inline::plain(&runs),
            runs,
            lang: if r.fallback { "en" } else { lang.code },
            rtl: lang.rtl && !r.fallback,
            fallback: r.fallback,
            stale: r.stale,
        }
    }
}

/// The language English proper names (people, organisations, addresses)
/// are marked as in an edition in `lang`: `en`, or none in English.
pub fn names_lang(lang: &Language) -> Option<&'static str> {
    (lang.code != "en").then_some("en")
}

#[derive(Debug, Serialize)]
pub struct PublicationView {
    pub slug: String,
    pub label: Option<Text>,
    pub title: Text,
    pub subtitle: Option<Text>,
    pub strapline: Option<Text>,
    pub summary: Text,
    /// The official paper's reference ("Cm 4100"), not translated.
    pub reference: Option<String>,
    pub presented: Option<Text>,
    /// The language of the reference and other English names, when it is
    /// not the edition's.
    pub names_lang: Option<&'static str>,
    pub date: Option<DateView>,
    pub status: Option<Text>,
    pub area: Option<Text>,
    pub parties: Vec<Text>,
    pub partners: Option<PartnersView>,
    pub toc: Vec<TocEntry>,
    pub sections: Vec<SectionView>,
}

impl PublicationView {
    /// The marks of the title page: label, title, subtitle, strapline,
    /// summary, area, parties and partners' headings.
    pub fn front_marks(&self) -> Marks {
        let mut texts: Vec<&Text> = vec![&self.title, &self.summary];
        texts.extend(
            [
                &self.label,
                &self.subtitle,
                &self.strapline,
                &self.presented,
                &self.area,
            ]
            .into_iter()
            .flatten(),
        );
        texts.extend(&self.parties);
        if let Some(p) = &self.partners {
            texts.push(&p.title);
            texts.extend(p.groups.iter().map(|g| &g.title));
        }
        Marks {
            fallback: texts.iter().any(|h| h.fallback),
            stale: texts.iter().any(|h| h.stale),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DateView {
    pub iso: String,
    pub text: String,
}

impl DateView {
    pub fn new(d: &PubDate, lang: &Language, numbering: Numbering) -> DateView {
        DateView {
            iso: d.iso(),
            text: dates::format(d, lang.code, numbering),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct PartnersView {
    pub title: Text,
    pub groups: Vec<PartnerGroupView>,
    pub names_lang: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct PartnerGroupView {
    pub title: Text,
    pub members: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TocEntry {
    pub anchor: String,
    pub number: Option<String>,
    pub title: Text,
}

/// A section, flattened: `level` is its heading level (2 for top-level).
#[derive(Debug, Serialize)]
pub struct SectionView {
    pub anchor: String,
    pub level: usize,
    pub number: Option<String>,
    pub title: Option<Text>,
    pub blocks: Vec<BlockView>,
    /// Whether the section's title and blocks show English or older
    /// translations anywhere, for the text edition's notes.
    #[serde(skip)]
    pub marks: Marks,
}

/// Whether a part of a page shows English standing in for a translation,
/// or translations of English that has changed since.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Marks {
    pub fallback: bool,
    pub stale: bool,
}

impl Marks {
    /// The marks of the strings `tr` resolved since `before`.
    fn since(tr: &Translator, before: (usize, usize)) -> Marks {
        Marks {
            fallback: tr.fallbacks() > before.0,
            stale: tr.stale() > before.1,
        }
    }
}

/// Built once per block and serialised straight away, so the size of the
/// larger variants costs nothing worth boxing for.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BlockView {
    Paragraph {
        number: Option<String>,
        text: Text,
    },
    List {
        /// What kind of list: `list`, `principles` or `outcomes`.
        kind: &'static str,
        ordered: bool,
        style: &'static str,
        items: Vec<ItemView>,
    },
    /// A signed message or foreword.
    Message {
        paragraphs: Vec<Text>,
        author: String,
        role: Option<Text>,
        organisation: Option<String>,
        date: Option<DateView>,
        names_lang: Option<&'static str>,
    },
    Definitions {
        items: Vec<DefinitionView>,
    },
    Undertakings(UndertakingsView),
    Contact(ContactView),
    AlternativeFormats {
        text: Text,
        contact: ContactView,
        languages: Vec<LanguageLine>,
    },
    SignupForm(FormView),
    Signatories {
        items: Vec<SignatoryView>,
        names_lang: Option<&'static str>,
    },
    Table(TableView),
    Related {
        items: Vec<RelatedView>,
    },
}

#[derive(Debug, Serialize)]
pub struct ItemView {
    pub number: Option<String>,
    pub text: Text,
    /// The item's sub-items, if it has any.
    pub sub: Option<ListView>,
}

impl ItemView {
    /// The marker the `i`th item (from 0) of a list of `style` is written
    /// with where a format writes markers itself: its own number, `(a)`,
    /// `(i)`, `1.` or `-` for a bullet.
    pub fn marker(&self, i: usize, style: &str) -> String {
        match (self.number.as_deref(), style) {
            (Some(n), _) => n.to_string(),
            (None, "lettered") => format!("({})", model::letter(i)),
            (None, "roman") => format!("({})", model::roman(i + 1)),
            (None, "numbered") => format!("{}.", i + 1),
            _ => "-".to_string(),
        }
    }
}

/// A list of items, which may nest: how it is marked, and its items.
#[derive(Debug, Serialize)]
pub struct ListView {
    pub ordered: bool,
    /// `bullet`, `lettered`, `roman`, `numbered` (1, 2, 3) or `explicit`
    /// (the items' own numbers).
    pub style: &'static str,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Serialize)]
pub struct UndertakingsView {
    pub parties: Vec<Text>,
    /// Themes the parties share, side by side.
    pub themes: Vec<ThemeView>,
    /// Each party's own themes, after its lead-in, for parties that have any.
    pub own: Vec<OwnUndertakings>,
}

/// One party's own undertakings: a heading (its lead-in, or its name) and
/// its themes.
#[derive(Debug, Serialize)]
pub struct OwnUndertakings {
    pub anchor: String,
    pub number: Option<String>,
    pub heading: Text,
    pub themes: Vec<OwnTheme>,
}

#[derive(Debug, Serialize)]
pub struct OwnTheme {
    pub title: Text,
    pub list: ListView,
}

/// One theme of the matrix: one or more table rows, so that a cell shared
/// by several parties can span their columns.
#[derive(Debug, Serialize)]
pub struct ThemeView {
    pub title: Text,
    pub rows: Vec<Vec<MatrixCell>>,
    /// Party by party, for the stacked layout on narrow screens and in print.
    pub by_party: Vec<PartyItems>,
}

#[derive(Debug, Serialize)]
pub struct PartyItems {
    pub party: Text,
    pub list: ListView,
}

#[derive(Debug, Serialize)]
pub struct DefinitionView {
    pub term: Text,
    pub meaning: Text,
}

#[derive(Debug, Serialize)]
pub struct MatrixCell {
    /// How many parties' columns it spans.
    pub span: usize,
    /// The parties this cell is for, named (shown when the table is stacked).
    pub parties: String,
    /// `en` when every name in `parties` is English standing in.
    pub parties_lang: Option<&'static str>,
    pub list: ListView,
}

#[derive(Debug, Default, Serialize)]
pub struct ContactView {
    pub label: Option<Text>,
    pub role: Option<Text>,
    pub person: Option<String>,
    pub organisation: Option<String>,
    pub address: Vec<String>,
    pub phone: Option<LinkView>,
    pub fax: Option<String>,
    pub email: Option<LinkView>,
    pub web: Option<LinkView>,
    pub names_lang: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct LinkView {
    pub text: String,
    pub href: String,
}

#[derive(Debug, Serialize)]
pub struct LanguageLine {
    pub code: &'static str,
    pub dir: &'static str,
    pub autonym: &'static str,
    /// Plain text.
    pub text: String,
    /// The same as runs.
    pub runs: Vec<inline::Run>,
    /// Whether it is written right to left.
    pub rtl: bool,
}

impl LanguageLine {
    /// `text` (inline markup allowed) as a line in `lang`.
    pub fn new(lang: &'static Language, text: &str) -> LanguageLine {
        let runs = inline::parse(text);
        LanguageLine {
            code: lang.code,
            dir: lang.dir(),
            autonym: lang.autonym,
            text: inline::plain(&runs),
            runs,
            rtl: lang.rtl,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct FormView {
    pub id: String,
    pub pledge: Text,
    pub fields: Vec<FieldView>,
    pub return_text: Text,
    pub contact: ContactView,
    pub email_text: Option<Text>,
    pub email: Option<LinkView>,
    /// `mailto:` link with the fields prefilled, for replies by e-mail.
    pub mailto: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    pub id: String,
    pub label: Text,
    /// What it asks for: `text`, `date`, `address`, `tel` or `email`.
    pub field_kind: &'static str,
    pub multiline: bool,
    /// How to fill it in, shown under the label: for a date, the order of
    /// day, month and year, since a printed form has no date picker and a
    /// browser's own placeholder follows its locale, not the page's.
    pub hint: Option<Text>,
}

#[derive(Debug, Serialize)]
pub struct SignatoryView {
    pub statement: Text,
    pub name: String,
    pub organisation: String,
    pub signed: Option<DateView>,
}

#[derive(Debug, Serialize)]
pub struct TableView {
    pub caption: Text,
    pub header: Vec<Text>,
    pub rows: Vec<Vec<Vec<Text>>>,
}

#[derive(Debug, Serialize)]
pub struct RelatedView {
    pub href: String,
    pub title: Text,
}

impl MatrixCell {
    /// A column this row of the theme has nothing for.
    fn empty() -> MatrixCell {
        MatrixCell {
            span: 1,
            parties: String::new(),
            parties_lang: None,
            list: ListView {
                ordered: false,
                style: "bullet",
                items: Vec::new(),
            },
        }
    }
}

/// Items for columns `.0..=.1` of the undertakings matrix.
type Run<'m> = (usize, usize, &'m [model::Item]);

/// Builds views of publications for one language.
pub struct ViewBuilder<'a> {
    pub tr: &'a Translator<'a>,
    pub catalog: &'a Catalog,
    pub all: &'a [Publication],
    /// The site's languages, in the order `site.yaml` lists them: lines in
    /// every language are shown in this order.
    pub languages: &'a [String],
}

impl ViewBuilder<'_> {
    fn lang(&self) -> &'static Language {
        self.tr.lang
    }

    pub fn t(&self, t: &model::Text) -> Text {
        Text::new(self.tr.text(t), self.lang())
    }

    pub fn ui(&self, id: &str) -> Text {
        Text::new(self.tr.ui(id), self.lang())
    }

    /// A date in the page's language and digits.
    pub fn date(&self, d: &PubDate) -> DateView {
        DateView::new(d, self.lang(), self.tr.numbering)
    }

    pub fn publication(&self, p: &Publication) -> PublicationView {
        let mut sections = Vec::new();
        for (i, s) in p.sections.iter().enumerate() {
            self.section(s, i, 2, None, &mut sections);
        }
        let toc = sections
            .iter()
            .filter(|s| s.level == 2 && s.title.is_some())
            .map(|s| TocEntry {
                anchor: s.anchor.clone(),
                number: s.number.clone(),
                title: s.title.clone().unwrap(),
            })
            .collect();
        PublicationView {
            slug: p.slug.clone(),
            label: p.label.as_ref().map(|t| self.t(t)),
            title: self.t(&p.title),
            subtitle: p.subtitle.as_ref().map(|t| self.t(t)),
            strapline: p.strapline.as_ref().map(|t| self.t(t)),
            summary: self.t(&p.summary),
            reference: p.reference.clone(),
            presented: p.presented.as_ref().map(|t| self.t(t)),
            names_lang: names_lang(self.lang()),
            date: p.date.as_ref().map(|d| self.date(d)),
            status: p.status.map(|s| {
                self.ui(match s {
                    model::Status::Draft => "status-draft",
                    model::Status::Adopted => "status-adopted",
                })
            }),
            area: p.area.as_ref().map(|t| self.t(t)),
            parties: p.parties.iter().map(|t| self.t(t)).collect(),
            partners: p.partners.as_ref().map(|pt| PartnersView {
                title: self.t(&pt.title),
                groups: pt
                    .groups
                    .iter()
                    .map(|g| {
                        let mut members = g.members.clone();
                        if g.sort {
                            collation::sort_by_key(&mut members, self.lang().code, |m| m);
                        }
                        PartnerGroupView {
                            title: self.t(&g.title),
                            members,
                        }
                    })
                    .collect(),
                names_lang: names_lang(self.lang()),
            }),
            toc,
            sections,
        }
    }

    fn section(
        &self,
        s: &Section,
        position: usize,
        level: usize,
        parent: Option<&str>,
        out: &mut Vec<SectionView>,
    ) {
        let key = section_key(s, position);
        let anchor = match parent {
            Some(p) => format!("{p}--{key}"),
            None => key,
        };
        // An untitled section adds no heading, so its children keep the level.
        let child_level = if s.title.is_some() {
            (level + 1).min(6)
        } else {
            level
        };
        let before = (self.tr.fallbacks(), self.tr.stale());
        let title = s.title.as_ref().map(|t| self.t(t));
        let blocks = s
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| self.block(b, &format!("{anchor}-b{}", i + 1)))
            .collect();
        out.push(SectionView {
            anchor: anchor.clone(),
            level,
            number: s.number.clone(),
            title,
            blocks,
            marks: Marks::since(self.tr, before),
        });
        for (i, sub) in s.sections.iter().enumerate() {
            self.section(sub, i, child_level, Some(&anchor), out);
        }
    }

    /// A list of `items` marked in `style`, with their sub-items, each
    /// marked in its item's `style:` or the style's default for sub-items.
    pub fn list_view(&self, style: ListStyle, items: &[model::Item]) -> ListView {
        let explicit = items.iter().any(|i| i.number.is_some());
        let (ordered, name) = match style {
            ListStyle::Bullet => (false, "bullet"),
            // Items with their own numbers ("9.1", "(a)") show those, as
            // the source prints them.
            _ if explicit => (true, "explicit"),
            ListStyle::Lettered => (true, "lettered"),
            ListStyle::Roman => (true, "roman"),
            ListStyle::Numbered => (true, "numbered"),
        };
        ListView {
            ordered,
            style: name,
            items: items
                .iter()
                .map(|i| ItemView {
                    number: i.number.clone(),
                    text: self.t(&i.text),
                    sub: (!i.items.is_empty())
                        .then(|| self.list_view(i.style.unwrap_or(style.child()), &i.items)),
                })
                .collect(),
        }
    }

    fn list(&self, kind: &'static str, style: ListStyle, items: &[model::Item]) -> BlockView {
        let l = self.list_view(style, items);
        BlockView::List {
            kind,
            ordered: l.ordered,
            style: l.style,
            items: l.items,
        }
    }

    fn block(&self, b: &Block, id: &str) -> BlockView {
        match b {
            Block::Paragraph(p) => BlockView::Paragraph {
                number: p.number.clone(),
                text: self.t(&p.text),
            },
            Block::List(l) => self.list("list", l.style, &l.items),
            Block::Principles(l) => self.list("principles", l.style, &l.items),
            Block::Outcomes(items) => self.list("outcomes", ListStyle::Bullet, items),
            Block::Message(m) => BlockView::Message {
                paragraphs: m.paragraphs.iter().map(|p| self.t(p)).collect(),
                author: m.author.clone(),
                role: m.role.as_ref().map(|t| self.t(t)),
                organisation: m.organisation.clone(),
                date: m.date.as_ref().map(|d| self.date(d)),
                names_lang: names_lang(self.lang()),
            },
            Block::Definitions(defs) => BlockView::Definitions {
                items: defs
                    .iter()
                    .map(|d| DefinitionView {
                        term: self.t(&d.term),
                        meaning: self.t(&d.meaning),
                    })
                    .collect(),
            },
            Block::Undertakings(u) => BlockView::Undertakings(self.undertakings(u, id)),
            Block::Contact(c) => BlockView::Contact(self.contact(c)),
            Block::AlternativeFormats(a) => BlockView::AlternativeFormats {
                text: self.t(&a.text),
                contact: self.contact(&a.contact),
                languages: self
                    .languages
                    .iter()
                    .filter_map(|code| a.languages.get_key_value(code.as_str()))
                    // Lines for languages the site does not list, after.
                    .chain(
                        a.languages
                            .iter()
                            .filter(|(code, _)| !self.languages.iter().any(|l| *l == **code)),
                    )
                    .filter_map(|(code, text)| {
                        let l = Language::find(code.value.as_str())?;
                        Some(LanguageLine::new(l, text))
                    })
                    .collect(),
            },
            Block::SignupForm(f) => BlockView::SignupForm(self.form(f, id)),
            Block::Signatories(list) => {
                let mut items: Vec<SignatoryView> = list
                    .people
                    .iter()
                    .map(|s| SignatoryView {
                        statement: self.t(&s.statement),
                        name: s.name.clone(),
                        organisation: s.organisation.clone(),
                        signed: s.signed.as_ref().map(|d| self.date(d)),
                    })
                    .collect();
                match list.sort {
                    Some(model::SortBy::Name) => {
                        collation::sort_by_key(&mut items, self.lang().code, |s| &s.name)
                    }
                    Some(model::SortBy::Organisation) => {
                        collation::sort_by_key(&mut items, self.lang().code, |s| &s.organisation)
                    }
                    None => {}
                }
                BlockView::Signatories {
                    items,
                    names_lang: names_lang(self.lang()),
                }
            }
            Block::Table(t) => BlockView::Table(TableView {
                caption: self.t(&t.caption),
                header: t.header.iter().map(|h| self.t(h)).collect(),
                rows: t
                    .rows
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|c| c.0.iter().map(|p| self.t(p)).collect())
                            .collect()
                    })
                    .collect(),
            }),
            Block::Related(slugs) => BlockView::Related {
                items: slugs
                    .iter()
                    .filter_map(|s| self.all.iter().find(|p| &p.slug == s))
                    .map(|p| {
                        let r = self.catalog.front(self.lang(), &p.slug, &p.title);
                        self.tr.count(&r);
                        let title = Text::new(r, self.lang());
                        RelatedView {
                            href: format!("../{}/", p.slug),
                            title,
                        }
                    })
                    .collect(),
            },
        }
    }

    pub fn contact(&self, c: &model::Contact) -> ContactView {
        ContactView {
            label: c.label.as_ref().map(|t| self.t(t)),
            role: c.role.as_ref().map(|t| self.t(t)),
            person: c.person.clone(),
            organisation: c.organisation.clone(),
            address: c.address.clone(),
            phone: c.phone.as_ref().map(|p| LinkView {
                text: p.clone(),
                href: tel_href(p),
            }),
            fax: c.fax.clone(),
            email: c.email.as_ref().map(|e| LinkView {
                text: e.clone(),
                href: format!("mailto:{e}"),
            }),
            web: c.web.as_ref().map(|w| LinkView {
                text: w.clone(),
                href: if w.contains("://") {
                    w.clone()
                } else {
                    format!("https://{w}")
                },
            }),
            names_lang: names_lang(self.lang()),
        }
    }

    fn undertakings(&self, u: &model::Undertakings, id: &str) -> UndertakingsView {
        // Numbered as the source numbers them, else bulleted.
        let undertaken = |items: &[model::Item]| {
            let numbered = items.iter().any(|i| i.number.is_some());
            let style = if numbered {
                ListStyle::Numbered
            } else {
                ListStyle::Bullet
            };
            self.list_view(style, items)
        };
        let names: Vec<Text> = u.parties.iter().map(|p| self.t(&p.name)).collect();
        let column = |key: &str| u.parties.iter().position(|p| p.key == key);
        let themes = u
            .themes
            .iter()
            .map(|theme| {
                // Each cell becomes one or more runs of adjacent columns.
                let mut runs: Vec<Run> = Vec::new();
                for cell in &theme.cells {
                    let mut cols: Vec<usize> =
                        cell.parties.iter().filter_map(|k| column(k)).collect();
                    cols.sort_unstable();
                    cols.dedup();
                    let mut start = 0;
                    while start < cols.len() {
                        let mut end = start;
                        while end + 1 < cols.len() && cols[end + 1] == cols[end] + 1 {
                            end += 1;
                        }
                        runs.push((cols[start], cols[end], &cell.items));
                        start = end + 1;
                    }
                }
                // Lay the runs out in as few rows as possible without overlap.
                let mut rows: Vec<Vec<Option<Run>>> = Vec::new();
                for run in runs {
                    let free = rows.iter().position(|row| {
                        row.iter()
                            .flatten()
                            .all(|(a, b, _)| run.1 < *a || run.0 > *b)
                    });
                    match free {
                        Some(r) => rows[r].push(Some(run)),
                        None => rows.push(vec![Some(run)]),
                    }
                }
                let rows = rows
                    .into_iter()
                    .map(|mut row| {
                        row.sort_by_key(|r| r.as_ref().map(|r| r.0));
                        let mut cells = Vec::new();
                        let mut next = 0;
                        for (a, b, items) in row.into_iter().flatten() {
                            for _ in next..a {
                                cells.push(MatrixCell::empty());
                            }
                            let parties = names[a..=b]
                                .iter()
                                .map(|n| n.text.clone())
                                .collect::<Vec<_>>()
                                .join(", ");
                            // One attribute set for the joined names: English only if
                            // every name is an English stand-in.
                            let all_english = names[a..=b].iter().all(|n| n.fallback);
                            let parties_lang = all_english.then_some("en");
                            cells.push(MatrixCell {
                                span: b - a + 1,
                                parties,
                                parties_lang,
                                list: undertaken(items),
                            });
                            next = b + 1;
                        }
                        for _ in next..names.len() {
                            cells.push(MatrixCell::empty());
                        }
                        cells
                    })
                    .collect();
                let by_party = u
                    .parties
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let items: Vec<model::Item> = theme
                            .cells
                            .iter()
                            .filter(|c| c.parties.iter().any(|k| k.value == p.key))
                            .flat_map(|c| c.items.iter().cloned())
                            .collect();
                        PartyItems {
                            party: names[i].clone(),
                            list: undertaken(&items),
                        }
                    })
                    .collect();
                ThemeView {
                    title: self.t(&theme.title),
                    rows,
                    by_party,
                }
            })
            .collect();
        let own = u
            .parties
            .iter()
            .zip(&names)
            .filter(|(p, _)| !p.themes.is_empty())
            .map(|(p, name)| OwnUndertakings {
                anchor: format!("{id}-{}", p.key),
                number: p.number.clone(),
                heading: p
                    .lead_in
                    .as_ref()
                    .map_or_else(|| name.clone(), |t| self.t(t)),
                themes: p
                    .themes
                    .iter()
                    .map(|t| OwnTheme {
                        title: self.t(&t.title),
                        list: undertaken(&t.items),
                    })
                    .collect(),
            })
            .collect();
        UndertakingsView {
            parties: names,
            themes,
            own,
        }
    }

    fn form(&self, f: &model::SignupForm, id: &str) -> FormView {
        let fields: Vec<FieldView> = f
            .fields
            .iter()
            .enumerate()
            .map(|(i, field)| {
                let field_kind = match field.input {
                    model::InputKind::Text => "text",
                    model::InputKind::Date => "date",
                    model::InputKind::Address => "address",
                    model::InputKind::Tel => "tel",
                    model::InputKind::Email => "email",
                };
                FieldView {
                    id: format!("{id}-f{}", i + 1),
                    label: self.t(&field.label),
                    field_kind,
                    multiline: field.input == model::InputKind::Address,
                    hint: (field.input == model::InputKind::Date)
                        .then(|| self.ui("signup-date-hint")),
                }
            })
            .collect();
        let mailto = f.return_to.email.as_ref().map(|email| {
            let title = self.t(&f.pledge).text;
            let mut body = format!("{title}\n\n");
            for field in &fields {
                body.push_str(&format!("{} \n", field.label.text.trim_end_matches(':')));
            }
            format!(
                "mailto:{email}?subject={}&body={}",
                percent_encode(&self.ui("signup-email-subject").text),
                percent_encode(&body)
            )
        });
        FormView {
            id: id.to_string(),
            pledge: self.t(&f.pledge),
            fields,
            return_text: self.t(&f.return_to.text),
            contact: self.contact(&f.return_to.contact),
            email_text: f.return_to.email_text.as_ref().map(|t| self.t(t)),
            email: f.return_to.email.as_ref().map(|e| LinkView {
                text: e.clone(),
                href: format!("mailto:{e}"),
            }),
            mailto,
        }
    }
}

/// `tel:` URI of a UK number as printed ("0116 229 3104" → "tel:+441162293104").
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    match digits.strip_prefix('0') {
        Some(rest) => format!("tel:+44{rest}"),
        None => format!("tel:{digits}"),
    }
}

/// Percent-encodes for a `mailto:` query (RFC 6068): everything but
/// unreserved characters, so the prefilled body survives any mail client.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.replace('\n', "\r\n").bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
