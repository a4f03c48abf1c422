//! Stable message ids for every translatable string of a publication.
//!
//! An id is the author's explicit `id:` where one is given, otherwise it is
//! derived from the publication slug and the string's place: the section
//! (its `id`, else its number, else its position), the block's position and
//! the item's position. Translators' `.ftl` files are keyed by these ids, so
//! the derivation must never depend on anything but the YAML.

use super::model::*;

/// Assigns ids to the strings of `content/site.yaml` (`site--…`), which
/// translators translate in `locales/<lang>/site.ftl`.
pub fn assign_site(config: &mut super::site::SiteConfig) {
    config.title.id = "site--title".into();
    if let Some(t) = &mut config.tagline {
        t.id = "site--tagline".into();
    }
    assign_contact("site--publisher", &mut config.publisher);
}

/// Assigns ids to every [`Text`] in `publication`, in document order.
pub fn assign(publication: &mut Publication) {
    let root = publication.slug.clone();
    let p = publication;
    for (field, text) in [
        ("label", p.label.as_mut()),
        ("title", Some(&mut p.title)),
        ("subtitle", p.subtitle.as_mut()),
        ("strapline", p.strapline.as_mut()),
        ("summary", Some(&mut p.summary)),
        ("presented", p.presented.as_mut()),
        ("area", p.area.as_mut()),
    ] {
        if let Some(t) = text {
            t.id = format!("{root}--{field}");
        }
    }
    for (i, party) in p.parties.iter_mut().enumerate() {
        party.id = format!("{root}--party-{}", i + 1);
    }
    if let Some(partners) = &mut p.partners {
        partners.title.id = format!("{root}--partners");
        for (i, g) in partners.groups.iter_mut().enumerate() {
            g.title.id = format!("{root}--partners-{}", i + 1);
        }
    }
    for (i, section) in p.sections.iter_mut().enumerate() {
        assign_section(&root, section, i);
    }
}

/// The part of an id that names a section.
pub fn section_key(section: &Section, position: usize) -> String {
    if let Some(id) = &section.id {
        return id.value.clone();
    }
    match &section.number {
        Some(n) => {
            let n: Vec<&str> = n
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|s| !s.is_empty())
                .collect();
            format!("s{}", n.join("-"))
        }
        None => format!("part{}", position + 1),
    }
}

fn assign_section(parent: &str, section: &mut Section, position: usize) {
    let base = format!("{parent}--{}", section_key(section, position));
    if let Some(title) = &mut section.title {
        title.id = format!("{base}--title");
    }
    for (i, block) in section.blocks.iter_mut().enumerate() {
        assign_block(&format!("{base}--b{}", i + 1), block);
    }
    for (i, sub) in section.sections.iter_mut().enumerate() {
        assign_section(&base, sub, i);
    }
}

fn item_id(base: &str, explicit: &Option<Located<String>>, n: usize) -> String {
    match explicit {
        Some(id) => id.value.clone(),
        None => format!("{base}-i{n}"),
    }
}

/// Items are `{base}-i1`, `{base}-i2` …; an item's sub-items are named
/// after it (`{base}-i2-i1`), or after its own `id:`.
fn assign_items(base: &str, items: &mut [Item]) {
    for (i, item) in items.iter_mut().enumerate() {
        item.text.id = item_id(base, &item.id, i + 1);
        let child_base = item.text.id.clone();
        assign_items(&child_base, &mut item.items);
    }
}

fn assign_contact(base: &str, c: &mut Contact) {
    if let Some(l) = &mut c.label {
        l.id = format!("{base}-label");
    }
    if let Some(r) = &mut c.role {
        r.id = format!("{base}-role");
    }
}

fn assign_block(base: &str, block: &mut Block) {
    match block {
        Block::Paragraph(p) => {
            p.text.id = match &p.id {
                Some(id) => id.value.clone(),
                None => base.to_string(),
            }
        }
        Block::List(l) | Block::Principles(l) => assign_items(base, &mut l.items),
        Block::Outcomes(items) => assign_items(base, items),
        Block::Definitions(defs) => {
            for (i, d) in defs.iter_mut().enumerate() {
                let id = item_id(base, &d.id, i + 1);
                d.term.id = format!("{id}-term");
                d.meaning.id = format!("{id}-meaning");
            }
        }
        Block::Undertakings(u) => {
            for party in &mut u.parties {
                let pb = format!("{base}-party-{}", party.key);
                party.name.id = pb.clone();
                if let Some(lead) = &mut party.lead_in {
                    lead.id = format!("{pb}-lead");
                }
                for (t, theme) in party.themes.iter_mut().enumerate() {
                    let tb = format!("{pb}-t{}", t + 1);
                    theme.title.id = format!("{tb}-title");
                    assign_items(&tb, &mut theme.items);
                }
            }
            for (t, theme) in u.themes.iter_mut().enumerate() {
                let tb = format!("{base}-t{}", t + 1);
                theme.title.id = format!("{tb}-title");
                for (c, cell) in theme.cells.iter_mut().enumerate() {
                    assign_items(&format!("{tb}-c{}", c + 1), &mut cell.items);
                }
            }
        }
        Block::Message(m) => {
            for (i, p) in m.paragraphs.iter_mut().enumerate() {
                p.id = format!("{base}-p{}", i + 1);
            }
            if let Some(role) = &mut m.role {
                role.id = format!("{base}-role");
            }
        }
        Block::Contact(c) => assign_contact(base, c),
        Block::AlternativeFormats(a) => {
            a.text.id = format!("{base}-text");
            assign_contact(&format!("{base}-contact"), &mut a.contact);
        }
        Block::SignupForm(f) => {
            f.pledge.id = format!("{base}-pledge");
            for (i, field) in f.fields.iter_mut().enumerate() {
                field.label.id = format!("{base}-field{}", i + 1);
            }
            f.return_to.text.id = format!("{base}-return");
            if let Some(t) = &mut f.return_to.email_text {
                t.id = format!("{base}-return-email");
            }
            assign_contact(&format!("{base}-return-contact"), &mut f.return_to.contact);
        }
        Block::Signatories(list) => {
            for (i, s) in list.people.iter_mut().enumerate() {
                s.statement.id = format!("{base}-i{}", i + 1);
            }
        }
        Block::Table(t) => {
            t.caption.id = format!("{base}-caption");
            for (i, h) in t.header.iter_mut().enumerate() {
                h.id = format!("{base}-h{}", i + 1);
            }
            for (r, row) in t.rows.iter_mut().enumerate() {
                for (c, cell) in row.iter_mut().enumerate() {
                    for (p, para) in cell.0.iter_mut().enumerate() {
                        para.id = format!("{base}-r{}c{}p{}", r + 1, c + 1, p + 1);
                    }
                }
            }
        }
        Block::Related(_) => {}
    }
}
