//! An edition as a [`Document`]: the translated view read in order, as a
//! UK transcriber lays out a born-digital document. The title page
//! gives the title, subtitle, reference, date and publisher; then what the
//! page says about its translation, the summary, the parties to the
//! agreement and the partners, every section (headings
//! numbered as in print), lists and numbered paragraphs with their source
//! numbers, tables and the undertakings matrix as linear records (as the
//! text edition has them), contacts in full; and last the request for
//! other formats in every language, each in its own braille code.
//!
//! Every run keeps its language: English standing in for a translation and
//! English names in a community-language edition are translated in UEB,
//! and spoken by the English voice.

use super::document::{Block, Document, Run};
use crate::i18n::language::Language;
use crate::i18n::translator::Translator;
use crate::render::edition::Edition;
use crate::render::inline;
use crate::render::view::{
    BlockView, ContactView, ItemView, LanguageLine, ListView, SectionView, TableView, Text,
    UndertakingsView,
};

/// Makes the document of one edition.
pub fn document(edition: &Edition, tr: &Translator, requests: &[LanguageLine]) -> Document {
    let lang = edition.lang.code;
    let mut d = Doc {
        lang,
        names: if lang == "en" { lang } else { "en" },
        blocks: Vec::new(),
        tr,
    };
    let view = &edition.view;
    let mut title_page = Vec::new();
    for t in [&view.label, &Some(view.title.clone()), &view.subtitle]
        .into_iter()
        .flatten()
    {
        title_page.push(d.runs(t));
    }
    if let Some(r) = &view.reference {
        title_page.push(vec![Run::new(d.names, r.clone())]);
    }
    if let Some(p) = &view.presented {
        title_page.push(d.runs(p));
    }
    if let Some(date) = &view.date {
        title_page.push(vec![Run::new(lang, date.text.clone())]);
    }
    let publisher = &edition.shared.publisher;
    if let Some(org) = publisher
        .organisation
        .as_ref()
        .or(publisher.person.as_ref())
    {
        title_page.push(vec![Run::new(d.names, org.clone())]);
    }

    for notice in &edition.notices {
        d.para(None, notice);
    }
    d.para(None, &view.summary);
    if let Some(strapline) = &view.strapline {
        d.para(None, strapline);
    }
    if let Some(area) = &view.area {
        d.para(None, area);
    }
    if !view.parties.is_empty() {
        let heading = d.ui("parties-heading");
        d.heading(1, None, &heading);
        for party in &view.parties {
            let runs = d.runs(party);
            d.item(0, "-", runs);
        }
    }
    if let Some(partners) = &view.partners {
        d.heading(1, None, &partners.title);
        for g in &partners.groups {
            d.line(vec![d.text_run(&g.title)]);
            for m in &g.members {
                d.item(0, "-", vec![Run::new(d.names, m.clone())]);
            }
        }
    }
    for section in &view.sections {
        d.section(section);
    }
    // A publication with a section of its own named as the request (the
    // county compact's) has it once, as the page does.
    let heading = d.ui("alt-formats-heading");
    let own = view
        .sections
        .iter()
        .any(|s| s.title.as_ref().is_some_and(|t| t.text == heading.text));
    if !own {
        d.heading(1, None, &heading);
    }
    d.contact(publisher);
    for r in requests {
        d.blocks.push(Block::Paragraph {
            number: None,
            runs: vec![Run::new(
                Language::find(r.code).map_or("en", |l| l.code),
                r.text.clone(),
            )],
        });
    }
    let contents = d.ui("nav-contents");
    Document {
        lang,
        title_page,
        contents_label: d.runs(&contents),
        blocks: d.blocks,
    }
}

struct Doc<'a> {
    lang: &'static str,
    /// The language English names are in: `en`.
    names: &'static str,
    blocks: Vec<Block>,
    tr: &'a Translator<'a>,
}

impl Doc<'_> {
    fn ui(&self, id: &str) -> Text {
        Text::new(self.tr.ui(id), self.tr.lang)
    }

    /// A string's runs as braille runs: its text in its own language, and
    /// web addresses written out after their link text.
    fn runs(&self, t: &Text) -> Vec<Run> {
        vec![self.text_run(t)]
    }

    fn text_run(&self, t: &Text) -> Run {
        let mut text = String::new();
        for run in &t.runs {
            text.push_str(&run.text);
            if let Some(url) = run.link.as_deref().filter(|u| u.starts_with("http")) {
                if !run.text.contains(
                    url.trim_start_matches("https://")
                        .trim_start_matches("http://"),
                ) {
                    text.push_str(&format!(" ({url})"));
                }
            }
        }
        Run::new(lang_of(t, self.lang), clean(&text))
    }

    fn heading(&mut self, level: u8, number: Option<&str>, t: &Text) {
        let mut runs = Vec::new();
        if let Some(n) = number {
            runs.push(Run::new(self.lang, format!("{n} ")));
        }
        runs.push(self.text_run(t));
        self.blocks.push(Block::Heading { level, runs });
    }

    fn para(&mut self, number: Option<&str>, t: &Text) {
        let runs = self.runs(t);
        self.blocks.push(Block::Paragraph {
            number: number.map(str::to_string),
            runs,
        });
    }

    fn line(&mut self, runs: Vec<Run>) {
        self.blocks.push(Block::Line { runs });
    }

    fn item(&mut self, depth: usize, marker: &str, runs: Vec<Run>) {
        self.blocks.push(Block::Item {
            depth,
            marker: marker.to_string(),
            runs,
        });
    }

    fn section(&mut self, s: &SectionView) {
        if let Some(title) = &s.title {
            // Top-level sections (the page's h2) are level 1.
            let level = u8::try_from(s.level.saturating_sub(1).max(1)).unwrap_or(u8::MAX);
            self.heading(level, s.number.as_deref(), title);
        } else if let Some(n) = &s.number {
            self.line(vec![Run::new(self.lang, n.clone())]);
        }
        for block in &s.blocks {
            self.block(block);
        }
    }

    fn list(&mut self, list: &ListView, depth: usize) {
        self.items(list.style, &list.items, depth);
    }

    fn items(&mut self, style: &str, items: &[ItemView], depth: usize) {
        for (i, item) in items.iter().enumerate() {
            let marker = item.marker(i, style);
            let runs = self.runs(&item.text);
            self.item(depth, &marker, runs);
            if let Some(sub) = &item.sub {
                self.list(sub, depth + 1);
            }
        }
    }

    fn block(&mut self, b: &BlockView) {
        match b {
            BlockView::Paragraph { number, text } => self.para(number.as_deref(), text),
            BlockView::List { style, items, .. } => self.items(style, items, 0),
            BlockView::Message {
                paragraphs,
                author,
                role,
                organisation,
                date,
                ..
            } => {
                for p in paragraphs {
                    self.para(None, p);
                }
                let mut runs = vec![Run::new(self.names, author.clone())];
                if let Some(role) = role {
                    runs.push(Run::new(self.lang, ", "));
                    runs.push(self.text_run(role));
                }
                if let Some(org) = organisation {
                    runs.push(Run::new(self.lang, ", "));
                    runs.push(Run::new(self.names, org.clone()));
                }
                if let Some(date) = date {
                    runs.push(Run::new(self.lang, format!(", {}", date.text)));
                }
                self.line(runs);
            }
            BlockView::Definitions { items } => {
                for d in items {
                    let mut runs = vec![self.text_run(&d.term)];
                    runs.push(Run::new(self.lang, ": "));
                    runs.push(self.text_run(&d.meaning));
                    self.blocks.push(Block::Paragraph { number: None, runs });
                }
            }
            BlockView::Undertakings(u) => self.undertakings(u),
            BlockView::Contact(c) => self.contact(c),
            BlockView::AlternativeFormats {
                text,
                contact,
                languages,
            } => {
                self.para(None, text);
                self.contact(contact);
                for l in languages {
                    let lang = Language::find(l.code).map_or(self.lang, |l| l.code);
                    self.blocks.push(Block::Paragraph {
                        number: None,
                        runs: vec![Run::new(lang, clean(&l.text))],
                    });
                }
            }
            BlockView::SignupForm(f) => {
                self.para(None, &f.pledge);
                for field in &f.fields {
                    let runs = self.runs(&field.label);
                    self.item(0, "-", runs);
                }
                self.para(None, &f.return_text);
                self.contact(&f.contact);
                if let (Some(text), Some(email)) = (&f.email_text, &f.email) {
                    // As the page has it: "or email to dave@…".
                    let mut runs = vec![self.text_run(text)];
                    runs.push(Run::new(self.lang, " "));
                    runs.push(Run::new("en", email.text.clone()));
                    self.line(runs);
                }
            }
            BlockView::Signatories { items, .. } => {
                for s in items {
                    self.para(None, &s.statement);
                    for name in [&s.name, &s.organisation] {
                        if !name.is_empty() {
                            self.line(vec![Run::new(self.names, name.clone())]);
                        }
                    }
                    if let Some(date) = &s.signed {
                        self.line(vec![Run::new(self.lang, date.text.clone())]);
                    }
                }
            }
            BlockView::Table(t) => self.table(t),
            BlockView::Related { items } => {
                let heading = self.ui("related-heading");
                self.line(vec![self.text_run(&heading)]);
                for r in items {
                    let runs = self.runs(&r.title);
                    self.item(0, "-", runs);
                }
            }
        }
    }

    /// The matrix as theme → party → items, then each party's own themes.
    fn undertakings(&mut self, u: &UndertakingsView) {
        for theme in &u.themes {
            self.line(vec![self.text_run(&theme.title)]);
            for p in &theme.by_party {
                if p.list.items.is_empty() {
                    continue;
                }
                let mut runs = vec![self.text_run(&p.party)];
                runs.push(Run::new(self.lang, ":"));
                self.line(runs);
                self.list(&p.list, 0);
            }
        }
        for own in &u.own {
            self.heading(2, own.number.as_deref(), &own.heading);
            for theme in &own.themes {
                self.line(vec![self.text_run(&theme.title)]);
                self.list(&theme.list, 0);
            }
        }
    }

    /// A table as records: each row's cells after their column headings.
    fn table(&mut self, t: &TableView) {
        self.line(vec![self.text_run(&t.caption)]);
        for row in &t.rows {
            let mut first = true;
            for (i, cell) in row.iter().enumerate() {
                let mut runs = Vec::new();
                if let Some(h) = t.header.get(i) {
                    runs.push(self.text_run(h));
                    runs.push(Run::new(self.lang, ": "));
                }
                for (j, part) in cell.iter().enumerate() {
                    if j > 0 {
                        runs.push(Run::new(self.lang, "; "));
                    }
                    runs.push(self.text_run(part));
                }
                if first {
                    self.item(0, "-", runs);
                    first = false;
                } else {
                    self.item(1, "", runs);
                }
            }
        }
    }

    /// A contact in full: every line of it.
    fn contact(&mut self, c: &ContactView) {
        if let Some(label) = &c.label {
            self.line(vec![self.text_run(label)]);
        }
        if let Some(role) = &c.role {
            self.line(vec![self.text_run(role)]);
        }
        for line in c.person.iter().chain(&c.organisation).chain(&c.address) {
            self.line(vec![Run::new(self.names, clean(line))]);
        }
        let ways = [
            ("contact-phone", c.phone.as_ref().map(|p| p.text.clone())),
            ("contact-fax", c.fax.clone()),
            ("contact-email", c.email.as_ref().map(|e| e.text.clone())),
            ("contact-web", c.web.as_ref().map(|w| w.text.clone())),
        ];
        for (id, value) in ways {
            if let Some(value) = value {
                let label = self.ui(id);
                let mut runs = vec![self.text_run(&label)];
                runs.push(Run::new(self.lang, ": "));
                runs.push(Run::new("en", value));
                self.line(runs);
            }
        }
    }
}

/// The language a string is written in, as a braille code's language.
fn lang_of(t: &Text, edition: &'static str) -> &'static str {
    if t.fallback {
        "en"
    } else {
        Language::find(t.lang).map_or(edition, |l| l.code)
    }
}

/// Plain text for braille: markup already gone; bidi controls and other
/// invisible characters are removed by the engine's normalisation.
fn clean(s: &str) -> String {
    inline::to_plain(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
