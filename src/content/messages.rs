//! The English messages of a publication: every [`Text`] with its id, in
//! document order, and where it sits ([`Place`]), which `i18n extract`
//! writes above each message so that translators know what they translate.

use super::model::*;
use std::fmt;

/// Where a string sits in its publication.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    /// The innermost section, or `None` on the title page.
    pub section: Option<&'a Section>,
    pub role: Role<'a>,
}

/// What a string is, where it is: "shared principles, item (c)".
#[derive(Debug, Clone, Copy)]
pub enum Role<'a> {
    /// A title-page field, by its YAML key.
    Field(&'static str),
    Party(usize),
    PartnersTitle,
    PartnerGroup(usize),
    SectionTitle,
    Paragraph(Option<&'a str>),
    /// An item of a list, the principles or the outcomes (`block`).
    Item {
        block: &'static str,
        style: Option<ListStyle>,
        index: usize,
        number: Option<&'a str>,
    },
    /// An item of a list nested `depth` levels under a block's items.
    SubItem {
        depth: usize,
        index: usize,
        number: Option<&'a str>,
    },
    Term(usize),
    Meaning(usize),
    PartyName(&'a str),
    ThemeTitle(usize),
    Undertaking {
        theme: usize,
        parties: &'a [Located<String>],
        item: usize,
    },
    /// A contact card's label or role, in the block named.
    /// A party's own undertakings: their lead-in, a theme's heading, an item.
    LeadIn(&'a str),
    PartyTheme(&'a str, usize),
    PartyUndertaking {
        party: &'a str,
        theme: usize,
        item: usize,
    },
    /// A signed message: a paragraph, the author's role.
    MessageParagraph(usize),
    MessageRole,
    ContactLabel(&'static str),
    ContactRole(&'static str),
    FormatsText,
    Pledge,
    FieldLabel(usize),
    ReturnText,
    ReturnEmail,
    Statement(&'a str),
    Caption,
    Header(usize),
    Cell {
        row: usize,
        column: usize,
        paragraph: usize,
    },
}

impl fmt::Display for Role<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Role::Field("label") => write!(f, "title page, the label above the title"),
            Role::Field("summary") => write!(f, "summary, also shown on the home page"),
            Role::Field(name) => write!(f, "title page, {name}"),
            Role::Party(n) => write!(f, "title page, party {n}"),
            Role::PartnersTitle => write!(f, "partners, heading"),
            Role::PartnerGroup(n) => write!(f, "partners, heading of group {n}"),
            Role::SectionTitle => write!(f, "section heading"),
            Role::Paragraph(None) => write!(f, "paragraph"),
            Role::Paragraph(Some(n)) => write!(f, "paragraph {n}"),
            Role::Item {
                block,
                style,
                index,
                number,
            } => {
                let kind = match (block, style) {
                    ("principles", _) => "shared principles",
                    ("outcomes", _) => "outcomes",
                    (_, Some(ListStyle::Lettered)) => "lettered list",
                    (_, Some(ListStyle::Numbered)) => "numbered list",
                    _ => "bulleted list",
                };
                match (number, style) {
                    (Some(n), _) => write!(f, "{kind}, item {n}"),
                    (None, Some(ListStyle::Lettered)) => {
                        write!(f, "{kind}, item ({})", letter(index - 1))
                    }
                    _ => write!(f, "{kind}, item {index}"),
                }
            }
            Role::SubItem {
                depth,
                index,
                number,
            } => match number {
                Some(n) => write!(f, "sub-item {n} (level {})", depth + 1),
                None => write!(f, "sub-item {index} (level {})", depth + 1),
            },
            Role::LeadIn(key) => write!(f, "undertakings of `{key}`, the sentence before them"),
            Role::PartyTheme(key, n) => write!(f, "undertakings of `{key}`, heading of theme {n}"),
            Role::PartyUndertaking { party, theme, item } => {
                write!(f, "undertakings of `{party}`, theme {theme}, item {item}")
            }
            Role::MessageParagraph(n) => write!(f, "signed message, paragraph {n}"),
            Role::MessageRole => write!(f, "signed message, the author's role"),
            Role::Term(n) => write!(f, "definition {n}, the term"),
            Role::Meaning(n) => write!(f, "definition {n}, its meaning"),
            Role::PartyName(key) => write!(f, "undertakings, name of the party `{key}`"),
            Role::ThemeTitle(n) => write!(f, "undertakings, heading of theme {n}"),
            Role::Undertaking {
                theme,
                parties,
                item,
            } => write!(
                f,
                "undertakings, theme {theme}, by {}, item {item}",
                parties
                    .iter()
                    .map(|p| p.as_str())
                    .collect::<Vec<_>>()
                    .join(" and ")
            ),
            Role::ContactLabel(block) => write!(f, "{block}, label"),
            Role::ContactRole(block) => write!(f, "{block}, the contact's role"),
            Role::FormatsText => write!(f, "how to ask for other formats"),
            Role::Pledge => write!(f, "sign-up form, the pledge"),
            Role::FieldLabel(n) => write!(f, "sign-up form, label of box {n}"),
            Role::ReturnText => write!(f, "sign-up form, where to send it"),
            Role::ReturnEmail => write!(f, "sign-up form, before the e-mail address"),
            Role::Statement(name) => write!(f, "signatories, the statement {name} signed"),
            Role::Caption => write!(f, "table caption"),
            Role::Header(n) => write!(f, "table header, column {n}"),
            Role::Cell {
                row,
                column,
                paragraph,
            } => write!(f, "table row {row}, column {column}, paragraph {paragraph}"),
        }
    }
}

/// A section as translators see it in a group comment: "6. The 8 Shared
/// Principles", or its id when it has no title.
pub fn section_label(s: &Section) -> String {
    let title = s.title.as_ref().map(|t| t.en.as_str());
    match (&s.number, title) {
        (Some(n), Some(t)) => format!("{n} {t}"),
        (None, Some(t)) => t.to_string(),
        (Some(n), None) => n.clone(),
        (None, None) => match &s.id {
            Some(id) => format!("A part without a heading ({id})"),
            None => "A part without a heading".into(),
        },
    }
}

/// Calls `f` on every translatable string of the publication, in document order.
pub fn for_each_text<'a>(p: &'a Publication, f: &mut dyn FnMut(&'a Text)) {
    for_each_text_at(p, &mut |t, _| f(t));
}

type Visit<'v, 'a> = &'v mut dyn FnMut(&'a Text, Place<'a>);

/// Calls `f` on every translatable string of the publication and its
/// place, in document order.
pub fn for_each_text_at<'a>(p: &'a Publication, f: Visit<'_, 'a>) {
    let front = |role| Place {
        section: None,
        role,
    };
    let fields = [
        ("label", p.label.as_ref()),
        ("title", Some(&p.title)),
        ("subtitle", p.subtitle.as_ref()),
        ("strapline", p.strapline.as_ref()),
        ("summary", Some(&p.summary)),
        ("presented", p.presented.as_ref()),
        ("area", p.area.as_ref()),
    ];
    for (name, text) in fields {
        if let Some(t) = text {
            f(t, front(Role::Field(name)));
        }
    }
    for (i, t) in p.parties.iter().enumerate() {
        f(t, front(Role::Party(i + 1)));
    }
    if let Some(partners) = &p.partners {
        f(&partners.title, front(Role::PartnersTitle));
        for (i, g) in partners.groups.iter().enumerate() {
            f(&g.title, front(Role::PartnerGroup(i + 1)));
        }
    }
    for s in &p.sections {
        section_texts(s, f);
    }
}

fn section_texts<'a>(s: &'a Section, f: Visit<'_, 'a>) {
    let at = |role| Place {
        section: Some(s),
        role,
    };
    if let Some(t) = &s.title {
        f(t, at(Role::SectionTitle));
    }
    for b in &s.blocks {
        block_texts(b, &mut |t, role| f(t, at(role)));
    }
    for sub in &s.sections {
        section_texts(sub, f);
    }
}

fn contact_texts<'a>(c: &'a Contact, block: &'static str, f: &mut dyn FnMut(&'a Text, Role<'a>)) {
    if let Some(t) = &c.label {
        f(t, Role::ContactLabel(block));
    }
    if let Some(t) = &c.role {
        f(t, Role::ContactRole(block));
    }
}

fn items<'a>(
    items: &'a [Item],
    block: &'static str,
    style: Option<ListStyle>,
    f: &mut dyn FnMut(&'a Text, Role<'a>),
) {
    for (i, item) in items.iter().enumerate() {
        f(
            &item.text,
            Role::Item {
                block,
                style,
                index: i + 1,
                number: item.number.as_deref(),
            },
        );
        sub_items(&item.items, 1, f);
    }
}

fn sub_items<'a>(items: &'a [Item], depth: usize, f: &mut dyn FnMut(&'a Text, Role<'a>)) {
    for (i, item) in items.iter().enumerate() {
        let role = Role::SubItem {
            depth,
            index: i + 1,
            number: item.number.as_deref(),
        };
        f(&item.text, role);
        sub_items(&item.items, depth + 1, f);
    }
}

fn block_texts<'a>(b: &'a Block, f: &mut dyn FnMut(&'a Text, Role<'a>)) {
    match b {
        Block::Paragraph(p) => f(&p.text, Role::Paragraph(p.number.as_deref())),
        Block::List(l) | Block::Principles(l) => items(&l.items, b.type_name(), Some(l.style), f),
        Block::Outcomes(list) => items(list, "outcomes", None, f),
        Block::Definitions(defs) => {
            for (i, d) in defs.iter().enumerate() {
                f(&d.term, Role::Term(i + 1));
                f(&d.meaning, Role::Meaning(i + 1));
            }
        }
        Block::Undertakings(u) => {
            for p in &u.parties {
                f(&p.name, Role::PartyName(&p.key));
                if let Some(lead) = &p.lead_in {
                    f(lead, Role::LeadIn(&p.key));
                }
                for (t, theme) in p.themes.iter().enumerate() {
                    f(&theme.title, Role::PartyTheme(&p.key, t + 1));
                    for (i, item) in theme.items.iter().enumerate() {
                        let role = Role::PartyUndertaking {
                            party: &p.key,
                            theme: t + 1,
                            item: i + 1,
                        };
                        f(&item.text, role);
                        sub_items(&item.items, 1, f);
                    }
                }
            }
            for (t, theme) in u.themes.iter().enumerate() {
                f(&theme.title, Role::ThemeTitle(t + 1));
                for cell in &theme.cells {
                    for (i, item) in cell.items.iter().enumerate() {
                        let role = Role::Undertaking {
                            theme: t + 1,
                            parties: &cell.parties,
                            item: i + 1,
                        };
                        f(&item.text, role);
                        sub_items(&item.items, 1, f);
                    }
                }
            }
        }
        Block::Message(m) => {
            for (i, p) in m.paragraphs.iter().enumerate() {
                f(p, Role::MessageParagraph(i + 1));
            }
            if let Some(role) = &m.role {
                f(role, Role::MessageRole);
            }
        }
        Block::Contact(c) => contact_texts(c, "contact card", f),
        Block::AlternativeFormats(a) => {
            f(&a.text, Role::FormatsText);
            contact_texts(&a.contact, "other-formats contact", f);
        }
        Block::SignupForm(form) => {
            f(&form.pledge, Role::Pledge);
            for (i, field) in form.fields.iter().enumerate() {
                f(&field.label, Role::FieldLabel(i + 1));
            }
            f(&form.return_to.text, Role::ReturnText);
            if let Some(t) = &form.return_to.email_text {
                f(t, Role::ReturnEmail);
            }
            contact_texts(&form.return_to.contact, "sign-up form, return address", f);
        }
        Block::Signatories(list) => {
            for s in &list.people {
                f(&s.statement, Role::Statement(&s.name));
            }
        }
        Block::Table(t) => {
            f(&t.caption, Role::Caption);
            for (i, h) in t.header.iter().enumerate() {
                f(h, Role::Header(i + 1));
            }
            for (r, row) in t.rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    for (p, para) in cell.0.iter().enumerate() {
                        let role = Role::Cell {
                            row: r + 1,
                            column: c + 1,
                            paragraph: p + 1,
                        };
                        f(para, role);
                    }
                }
            }
        }
        Block::Related(_) => {}
    }
}

/// All messages of a publication as (id, English) pairs, in document order.
pub fn english(p: &Publication) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for_each_text(p, &mut |t| out.push((t.id.as_str(), t.en.as_str())));
    out
}
