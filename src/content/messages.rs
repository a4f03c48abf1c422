//! The English messages of a publication: every [`Text`] with its id, in
//! document order. This is what translators translate and what fallback uses.

use super::model::*;

/// Calls `f` on every translatable string of the publication, in document order.
pub fn for_each_text<'a>(p: &'a Publication, f: &mut dyn FnMut(&'a Text)) {
    let fields = [
        p.label.as_ref(),
        Some(&p.title),
        p.subtitle.as_ref(),
        p.strapline.as_ref(),
        Some(&p.summary),
        p.area.as_ref(),
    ];
    fields.into_iter().flatten().for_each(&mut *f);
    p.parties.iter().for_each(&mut *f);
    if let Some(partners) = &p.partners {
        f(&partners.title);
        partners.groups.iter().for_each(|g| f(&g.title));
    }
    for s in &p.sections {
        section_texts(s, f);
    }
}

fn section_texts<'a>(s: &'a Section, f: &mut dyn FnMut(&'a Text)) {
    if let Some(t) = &s.title {
        f(t);
    }
    for b in &s.blocks {
        block_texts(b, f);
    }
    for sub in &s.sections {
        section_texts(sub, f);
    }
}

fn contact_texts<'a>(c: &'a Contact, f: &mut dyn FnMut(&'a Text)) {
    c.label.iter().chain(c.role.iter()).for_each(f);
}

fn block_texts<'a>(b: &'a Block, f: &mut dyn FnMut(&'a Text)) {
    match b {
        Block::Paragraph(p) => f(&p.text),
        Block::List(l) | Block::Principles(l) => l.items.iter().for_each(|i| f(&i.text)),
        Block::Outcomes(items) => items.iter().for_each(|i| f(&i.text)),
        Block::Definitions(defs) => defs.iter().for_each(|d| {
            f(&d.term);
            f(&d.meaning);
        }),
        Block::Undertakings(u) => {
            u.parties.iter().for_each(|p| f(&p.name));
            for theme in &u.themes {
                f(&theme.title);
                theme.cells.iter().flat_map(|c| &c.items).for_each(&mut *f);
            }
        }
        Block::Contact(c) => contact_texts(c, f),
        Block::AlternativeFormats(a) => {
            f(&a.text);
            contact_texts(&a.contact, f);
        }
        Block::SignupForm(form) => {
            f(&form.pledge);
            form.fields.iter().for_each(|x| f(&x.label));
            f(&form.return_to.text);
            form.return_to.email_text.iter().for_each(&mut *f);
            contact_texts(&form.return_to.contact, f);
        }
        Block::Signatories(list) => list.iter().for_each(|s| f(&s.statement)),
        Block::Table(t) => {
            f(&t.caption);
            t.header.iter().for_each(&mut *f);
            t.rows.iter().flatten().flat_map(|c| &c.0).for_each(f);
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
