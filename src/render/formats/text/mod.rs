//! The plain-text renderer: every publication in every language as a UTF-8
//! text file that reads well in `cat`, Notepad, an e-mail and a screen
//! reader's simplest mode.
//!
//! Structure is shown the way plain text always has: underlined headings,
//! `-` and `(a)` list markers with hanging indents, `Term: meaning`, tables
//! as labelled records and links written out as `text <URL>`. Lines are
//! wrapped at 72 columns (`wrap.rs`). The file starts with a byte order
//! mark so that browsers read it as UTF-8 even from a server that names no
//! charset. The layout is the format's own, so it is code, not a template.

mod wrap;

use super::{Context, Download, Format, Work};
use crate::diagnostic::Diagnostics;
use crate::i18n::translator::{Catalog, Translator};
use crate::render::edition::Edition;
use crate::render::inline::{self, isolate_plain};
use crate::render::view::{
    BlockView, ContactView, ItemView, LanguageLine, ListView, Marks, PublicationView, SectionView,
    TableView, Text, UndertakingsView,
};
use fluent_bundle::FluentValue;
use std::collections::BTreeMap;
use wrap::{width, wrap};

/// Where a publication's text edition goes, relative to the output.
pub fn text_path(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/{slug}-{lang}.txt")
}

/// The plain-text format.
pub struct PlainText;

impl Format for PlainText {
    fn name(&self) -> &'static str {
        "text"
    }

    fn noun(&self) -> &'static str {
        "plain-text editions"
    }

    fn statement_key(&self) -> Option<&'static str> {
        Some("plain-text")
    }

    fn downloads(&self, lang: &str, slug: &str) -> Vec<Download> {
        vec![Download {
            path: text_path(lang, slug),
            label: "download-plain-text",
            args: Vec::new(),
        }]
    }

    fn edition(&self, cx: &Context, edition: &Edition) -> Result<Work, Diagnostics> {
        let renderer = TextRenderer::new(
            &cx.site.catalog,
            &cx.site.content.config.base_url,
            cx.editions.requests(),
        );
        let path = text_path(edition.lang.code, &edition.slug);
        Ok(Work::Files(vec![(path, renderer.render(edition))]))
    }
}

/// Makes text editions from prepared publications.
pub struct TextRenderer<'a> {
    catalog: &'a Catalog,
    /// The site's base URL, ending in `/`, for links written out in full.
    base_url: &'a str,
    /// The other-formats request in every site language, wrapped: the
    /// same at the end of every edition, so wrapped once.
    requests: Vec<Vec<String>>,
}

impl<'a> TextRenderer<'a> {
    pub fn new(catalog: &'a Catalog, base_url: &'a str, requests: &[LanguageLine]) -> Self {
        let requests = requests.iter().map(language_lines).collect();
        TextRenderer {
            catalog,
            base_url,
            requests,
        }
    }

    /// The text edition of one publication in one language, as bytes.
    pub fn render(&self, prep: &Edition) -> Vec<u8> {
        // For the theme's strings: the publication's own are in the view.
        let tr = self.catalog.translator(prep.lang, None);
        let mut doc = Doc {
            lines: Vec::new(),
            rtl: prep.lang.rtl,
            page_url: format!("{}{}/{}/", self.base_url, prep.lang.code, prep.slug),
            base_url: self.base_url,
            strings: &prep.shared.ui,
            tr: &tr,
        };
        let view = &prep.view;
        doc.title_block(view, prep);
        if let Some(line) = self.untranslated(&tr, view) {
            doc.gap();
            doc.para(&line, "", "");
        }
        if let Some(line) = self.stale(&tr, view) {
            doc.gap();
            doc.para(&line, "", "");
        }
        if prep.machine_assisted {
            doc.gap();
            let notice = doc.ui("machine-translation-notice");
            doc.para(&notice, "", "");
        }
        doc.gap();
        let summary = doc.inline(&view.summary);
        doc.para(&summary, "", "");
        doc.front_matter(view);
        for section in &view.sections {
            doc.section(section);
        }
        doc.gap();
        let heading = doc.ui("alt-formats-heading");
        doc.heading(&heading, '=');
        doc.contact(&prep.shared.publisher);
        for lines in &self.requests {
            doc.gap();
            doc.lines.extend(lines.iter().cloned());
        }
        doc.finish().into_bytes()
    }

    /// "Not yet translated into বাংলা, so shown in English: 9. Monitoring":
    /// which top-level parts fall back to English, by their headings.
    fn untranslated(&self, tr: &Translator, view: &PublicationView) -> Option<String> {
        let parts = parts_marked(tr, view, |m| m.fallback)?;
        let line = tr.ui_args(
            "text-untranslated",
            &[
                ("language", FluentValue::from(tr.lang.autonym)),
                ("parts", FluentValue::from(parts)),
            ],
        );
        Some(clean(&line.text))
    }

    /// "May be out of date…: 6. The 8 Shared Principles": which top-level
    /// parts hold translations of English that has changed since.
    fn stale(&self, tr: &Translator, view: &PublicationView) -> Option<String> {
        let parts = parts_marked(tr, view, |m| m.stale)?;
        let line = tr.ui_args("text-stale", &[("parts", FluentValue::from(parts))]);
        Some(clean(&line.text))
    }
}

/// The top-level parts of `view` (the title page, then each section with
/// its subsections) holding a translated string with the mark `flag`
/// picks (English standing in, or a translation of older English), named
/// by their headings and joined.
fn parts_marked(
    tr: &Translator,
    view: &PublicationView,
    flag: fn(&Marks) -> bool,
) -> Option<String> {
    if tr.lang.code == "en" {
        return None;
    }
    let mut parts = Vec::new();
    if flag(&view.front_marks()) {
        parts.push(tr.ui("text-untranslated-front").text);
    }
    let mut i = 0;
    while i < view.sections.len() {
        // A top-level section and the subsections under it.
        let top = &view.sections[i];
        let mut j = i + 1;
        while j < view.sections.len() && view.sections[j].level > top.level {
            j += 1;
        }
        if view.sections[i..j].iter().any(|s| flag(&s.marks)) {
            let name = match (&top.number, &top.title) {
                (Some(n), Some(t)) => format!("{n} {}", t.text),
                (None, Some(t)) => t.text.clone(),
                (Some(n), None) => n.clone(),
                (None, None) => tr.ui("text-untranslated-other").text,
            };
            if !parts.contains(&name) {
                parts.push(name);
            }
        }
        i = j;
    }
    // Urdu separates with the Arabic semicolon; the Indic languages and
    // English with the Latin one.
    let separator = if tr.lang.rtl { "؛ " } else { "; " };
    (!parts.is_empty()).then(|| parts.join(separator))
}

/// Removes characters that get in the way in a text file: bidi isolates and
/// embeddings from translations (our own isolates are added afterwards),
/// byte order marks, word joiners, soft hyphens and control characters; and
/// folds runs of white space to one space. ZWJ and ZWNJ stay: Indic
/// spelling needs them.
fn clean(s: &str) -> String {
    let plain = |c: char| {
        !c.is_control()
            && !matches!(
                c,
                '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}' | '\u{2060}' | '\u{00AD}'
            )
            && (c == ' ' || !c.is_whitespace())
    };
    // Nearly always nothing to do: no such characters, single spaces.
    if s.chars().all(plain) && !s.contains("  ") && !s.starts_with(' ') && !s.ends_with(' ') {
        return s.to_string();
    }
    let kept: String = s
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}' | '\u{2060}' | '\u{00AD}'
            )
        })
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line written in one language, whatever the edition's: cleaned,
/// its left-to-right runs isolated if the language is right-to-left, and
/// wrapped.
fn language_lines(line: &LanguageLine) -> Vec<String> {
    let text = clean(&line.text);
    let text = if line.dir == "rtl" {
        isolate_plain(&text)
    } else {
        text
    };
    if text.is_empty() {
        return Vec::new();
    }
    wrap(&text, "", "")
}

/// A text edition being written, line by line.
struct Doc<'a> {
    lines: Vec<String>,
    /// The page's language is right-to-left: left-to-right runs in its
    /// lines get bidi isolates.
    rtl: bool,
    /// The publication page's URL, for relative links.
    page_url: String,
    base_url: &'a str,
    /// The theme's strings, already resolved when the publication was
    /// prepared (keys with `_` for `-`).
    strings: &'a BTreeMap<String, Text>,
    tr: &'a Translator<'a>,
}

impl Doc<'_> {
    /// A theme string, as resolved for the page; a string the theme's
    /// English lacks is looked up, so the reader sees what the page would.
    fn ui(&self, id: &str) -> String {
        match self.strings.get(&id.replace('-', "_")) {
            Some(h) => self.inline(h),
            None => self.inline(&Text::new(self.tr.ui(id), self.tr.lang)),
        }
    }

    /// A translated string as one line of text: links written out after
    /// their text, left-to-right runs isolated in right-to-left lines.
    fn inline(&self, h: &Text) -> String {
        let mut s = String::new();
        let runs = &h.runs;
        let mut i = 0;
        while i < runs.len() {
            // Consecutive runs with one target are one link.
            let link = &runs[i].link;
            let mut text = String::new();
            while i < runs.len() && &runs[i].link == link {
                text.push_str(&runs[i].text);
                i += 1;
            }
            s.push_str(&text);
            if let Some(url) = link {
                let full = self.absolute(url);
                if !same_address(&text, &full) {
                    s.push_str(&format!(" <{full}>"));
                }
            }
        }
        let s = clean(&s);
        if self.rtl && !h.fallback {
            isolate_plain(&s)
        } else {
            s
        }
    }

    /// A value that is left to right whatever the page (a phone number).
    fn ltr(&self, s: &str) -> String {
        let s = clean(s);
        if self.rtl {
            format!("{}{s}{}", inline::LRI, inline::PDI)
        } else {
            s
        }
    }

    /// A link target as a reader can type it: e-mail and phone without
    /// their scheme, relative links made absolute.
    fn absolute(&self, url: &str) -> String {
        if let Some(rest) = url.strip_prefix("mailto:").or(url.strip_prefix("tel:")) {
            return rest.to_string();
        }
        if url.contains("://") {
            return url.to_string();
        }
        if let Some(path) = url.strip_prefix('/') {
            return format!("{}{path}", origin(self.base_url));
        }
        if url.starts_with('#') {
            return format!("{}{url}", self.page_url);
        }
        let mut parts: Vec<&str> = self.page_url.trim_end_matches('/').split('/').collect();
        let base_len = self.base_url.trim_end_matches('/').split('/').count();
        for seg in url.split('/') {
            match seg {
                "." => {}
                ".." if parts.len() > base_len => {
                    parts.pop();
                }
                ".." => {}
                s => parts.push(s),
            }
        }
        parts.join("/")
    }

    /// Exactly one blank line before what follows (none at the top).
    fn gap(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    fn para(&mut self, text: &str, first: &str, rest: &str) {
        if text.is_empty() {
            return;
        }
        self.lines.extend(wrap(text, first, rest));
    }

    /// A heading underlined with `rule` to its display width.
    fn heading(&mut self, text: &str, rule: char) {
        let lines = wrap(text, "", "");
        let w = lines.iter().map(|l| width(l)).max().unwrap_or(0);
        self.lines.extend(lines);
        self.lines.push(rule.to_string().repeat(w));
        self.gap();
    }

    fn title_block(&mut self, view: &PublicationView, prep: &Edition) {
        if let Some(label) = &view.label {
            let label = self.inline(label);
            self.para(&label, "", "");
            self.gap();
        }
        let title = self.inline(&view.title);
        let lines = wrap(&title, "", "");
        let w = lines.iter().map(|l| width(l)).max().unwrap_or(0);
        let rule = "=".repeat(w);
        self.lines.push(rule.clone());
        self.lines.extend(lines);
        self.lines.push(rule);
        for extra in [&view.subtitle, &view.strapline].into_iter().flatten() {
            let extra = self.inline(extra);
            self.para(&extra, "", "");
        }
        if let Some(presented) = &view.presented {
            self.gap();
            let presented = self.inline(presented);
            self.para(&presented, "", "");
        }
        self.gap();
        if let Some(reference) = &view.reference {
            let line = format!("{}: {}", self.ui("reference-label"), self.ltr(reference));
            self.para(&line, "", "  ");
        }
        if let Some(date) = &view.date {
            let line = format!("{}: {}", self.ui("date-label"), clean(&date.text));
            self.para(&line, "", "  ");
        }
        if let Some(status) = &view.status {
            let line = format!("{}: {}", self.ui("status-label"), self.inline(status));
            self.para(&line, "", "  ");
        }
        if let Some(area) = &view.area {
            let line = format!("{}: {}", self.ui("area-label"), self.inline(area));
            self.para(&line, "", "  ");
        }
        let publisher = &prep.shared.publisher;
        if let Some(name) = publisher
            .organisation
            .as_ref()
            .or(publisher.person.as_ref())
        {
            let line = format!("{} {}", self.ui("footer-published-by"), clean(name));
            self.para(&line, "", "  ");
        }
    }

    fn front_matter(&mut self, view: &PublicationView) {
        if !view.parties.is_empty() {
            self.gap();
            let heading = self.ui("parties-heading");
            self.heading(&heading, '=');
            for party in &view.parties {
                let party = self.inline(party);
                self.para(&party, "  - ", "    ");
            }
        }
        if let Some(partners) = &view.partners {
            self.gap();
            let heading = self.inline(&partners.title);
            self.heading(&heading, '=');
            for group in &partners.groups {
                self.gap();
                let title = self.inline(&group.title);
                self.heading(&title, '-');
                for member in &group.members {
                    self.para(&clean(member), "  - ", "    ");
                }
            }
        }
    }

    fn section(&mut self, s: &SectionView) {
        if let Some(title) = &s.title {
            self.gap();
            let title = self.inline(title);
            let text = match &s.number {
                Some(n) => format!("{n} {title}"),
                None => title,
            };
            self.heading(&text, if s.level <= 2 { '=' } else { '-' });
        } else if let Some(n) = &s.number {
            // Numbered but untitled, as in the source: the number alone.
            self.gap();
            self.para(&clean(n), "", "");
        }
        for block in &s.blocks {
            self.gap();
            self.block(block);
        }
    }

    fn block(&mut self, b: &BlockView) {
        match b {
            BlockView::Paragraph { number, text } => {
                let text = self.inline(text);
                match number {
                    Some(n) => {
                        let hang = " ".repeat(width(n) + 1);
                        self.para(&text, &format!("{n} "), &hang);
                    }
                    None => self.para(&text, "", ""),
                }
            }
            BlockView::List { style, items, .. } => self.list(style, items, 2),
            BlockView::Message {
                paragraphs,
                author,
                role,
                organisation,
                date,
                ..
            } => {
                // The message indented, as a quotation, then who signed it.
                for (i, p) in paragraphs.iter().enumerate() {
                    if i > 0 {
                        self.gap();
                    }
                    let p = self.inline(p);
                    self.para(&p, "    ", "    ");
                }
                self.gap();
                let mut who = vec![clean(author)];
                who.extend(role.iter().map(|r| self.inline(r)));
                who.extend(organisation.iter().map(|o| clean(o)));
                who.extend(date.iter().map(|d| clean(&d.text)));
                self.para(&format!("— {}", who.join(", ")), "    ", "      ");
            }
            BlockView::Definitions { items } => {
                for (i, d) in items.iter().enumerate() {
                    if i > 0 {
                        self.gap();
                    }
                    let term = self.inline(&d.term);
                    let sep = if term.ends_with([':', '：']) {
                        " "
                    } else {
                        ": "
                    };
                    let line = format!("{term}{sep}{}", self.inline(&d.meaning));
                    self.para(&line, "", "  ");
                }
            }
            BlockView::Undertakings(u) => self.undertakings(u),
            BlockView::Contact(c) => self.contact(c),
            BlockView::AlternativeFormats {
                text,
                contact,
                languages,
            } => {
                let text = self.inline(text);
                self.para(&text, "", "");
                self.contact(contact);
                for line in languages {
                    self.gap();
                    self.language_line(line);
                }
            }
            BlockView::SignupForm(f) => {
                let pledge = self.inline(&f.pledge);
                self.para(&pledge, "", "");
                self.gap();
                for field in &f.fields {
                    let label = self.inline(&field.label);
                    let label = label.trim_end_matches(':');
                    match &field.hint {
                        Some(hint) => {
                            let hint = self.inline(hint);
                            self.para(&format!("{label}: ({hint})"), "", "  ");
                        }
                        None => self.para(&format!("{label}:"), "", "  "),
                    }
                }
                self.gap();
                let back = self.inline(&f.return_text);
                self.para(&back, "", "");
                self.contact(&f.contact);
                if let (Some(text), Some(email)) = (&f.email_text, &f.email) {
                    self.gap();
                    let line = format!("{} {}", self.inline(text), self.ltr(&email.text));
                    self.para(&line, "", "");
                }
            }
            BlockView::Signatories { items, .. } => {
                for (i, s) in items.iter().enumerate() {
                    if i > 0 {
                        self.gap();
                    }
                    let statement = self.inline(&s.statement);
                    self.para(&statement, "", "");
                    for name in [&s.name, &s.organisation] {
                        if !name.is_empty() {
                            self.para(&clean(name), "  ", "  ");
                        }
                    }
                    let signed = match &s.signed {
                        Some(d) => format!("{}: {}", self.ui("signatory-dated"), clean(&d.text)),
                        None => self.ui("signatory-not-signed"),
                    };
                    self.para(&signed, "  ", "  ");
                }
            }
            BlockView::Table(t) => self.table(t),
            BlockView::Related { items } => {
                let heading = self.ui("related-heading");
                self.para(&heading, "", "");
                for item in items {
                    let line = format!(
                        "{} <{}>",
                        self.inline(&item.title),
                        self.absolute(&item.href)
                    );
                    self.para(&line, "  - ", "    ");
                }
            }
        }
    }

    /// A list's items, `indent` columns in, each marked as its style says
    /// and followed by its sub-items, indented under its text.
    fn list(&mut self, style: &str, items: &[ItemView], indent: usize) {
        let pad = " ".repeat(indent);
        for (i, item) in items.iter().enumerate() {
            let marker = item.marker(i, style);
            let text = self.inline(&item.text);
            let hang = indent + width(&marker) + 1;
            self.para(&text, &format!("{pad}{marker} "), &" ".repeat(hang));
            if let Some(sub) = &item.sub {
                self.list(sub.style, &sub.items, hang);
            }
        }
    }

    fn list_view(&mut self, list: &ListView, indent: usize) {
        self.list(list.style, &list.items, indent);
    }

    /// The matrix as theme → party → items: a grid cannot be read in 72
    /// columns or by a screen reader line by line. Then each party's own
    /// undertakings, after their lead-in.
    fn undertakings(&mut self, u: &UndertakingsView) {
        let theme_label = self.ui("undertakings-theme");
        for (i, theme) in u.themes.iter().enumerate() {
            if i > 0 {
                self.gap();
            }
            let line = format!("{theme_label}: {}", self.inline(&theme.title));
            self.para(&line, "", "  ");
            for party in &theme.by_party {
                if party.list.items.is_empty() {
                    continue;
                }
                let name = self.inline(&party.party);
                self.para(&format!("{name}:"), "  ", "    ");
                self.list_view(&party.list, 4);
            }
        }
        for own in &u.own {
            self.gap();
            let heading = self.inline(&own.heading);
            let heading = match &own.number {
                Some(n) => format!("{n} {heading}"),
                None => heading,
            };
            self.heading(&heading, '-');
            for (i, theme) in own.themes.iter().enumerate() {
                if i > 0 {
                    self.gap();
                }
                let title = self.inline(&theme.title);
                self.para(&title, "", "  ");
                self.list_view(&theme.list, 2);
            }
        }
    }

    /// A table as one labelled record per row (`Aim: …`).
    fn table(&mut self, t: &TableView) {
        let caption = self.inline(&t.caption);
        self.para(&caption, "", "");
        let labels: Vec<String> = t.header.iter().map(|h| self.inline(h)).collect();
        for row in &t.rows {
            self.gap();
            for (c, cell) in row.iter().enumerate() {
                let paras: Vec<String> = cell.iter().map(|p| self.inline(p)).collect();
                let label = labels.get(c).filter(|l| !l.is_empty());
                for (k, p) in paras.iter().enumerate() {
                    match (k, label) {
                        (0, Some(l)) => self.para(&format!("{l}: {p}"), "", "  "),
                        _ => self.para(p, "  ", "  "),
                    }
                }
                if paras.is_empty() {
                    if let Some(l) = label {
                        self.para(&format!("{l}:"), "", "  ");
                    }
                }
            }
        }
    }

    fn contact(&mut self, c: &ContactView) {
        self.gap();
        if let Some(label) = &c.label {
            let label = self.inline(label);
            self.para(&label, "", "  ");
        }
        if let Some(role) = &c.role {
            let role = self.inline(role);
            self.para(&role, "", "  ");
        }
        for line in c
            .person
            .iter()
            .chain(c.organisation.iter())
            .chain(c.address.iter())
        {
            self.para(&clean(line), "", "  ");
        }
        let ways = [
            ("contact-phone", c.phone.as_ref().map(|p| p.text.clone())),
            ("contact-fax", c.fax.clone()),
            ("contact-email", c.email.as_ref().map(|e| e.text.clone())),
            ("contact-web", c.web.as_ref().map(|w| w.text.clone())),
        ];
        for (id, value) in ways {
            if let Some(value) = value {
                let line = format!("{}: {}", self.ui(id), self.ltr(&value));
                self.para(&line, "", "  ");
            }
        }
    }

    /// A line in another language, in its own script and direction.
    fn language_line(&mut self, line: &LanguageLine) {
        self.lines.extend(language_lines(line));
    }

    /// BOM, LF line endings, one final newline, no trailing blank lines.
    fn finish(mut self) -> String {
        while self.lines.last().is_some_and(|l| l.is_empty()) {
            self.lines.pop();
        }
        let mut out = String::from("\u{FEFF}");
        for line in &self.lines {
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

/// Does a link's text already say where it goes ("www.x.org" for
/// `http://www.x.org/`)? Then writing the URL out again adds nothing.
fn same_address(text: &str, url: &str) -> bool {
    let bare = |s: &str| {
        let s = s.trim();
        let s = s
            .strip_prefix("https://")
            .or(s.strip_prefix("http://"))
            .unwrap_or(s);
        s.trim_end_matches('/').to_ascii_lowercase()
    };
    bare(text) == bare(url)
}

/// `https://example.org/` from `https://example.org/compacts/`.
fn origin(base: &str) -> String {
    match base.find("://") {
        Some(i) => match base[i + 3..].find('/') {
            Some(j) => base[..i + 3 + j + 1].to_string(),
            None => format!("{base}/"),
        },
        None => base.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_removed_but_joiners_kept() {
        assert_eq!(
            clean("\u{2068}a\u{2069}\u{00AD}b  c\u{200D}"),
            "ab c\u{200D}"
        );
    }

    #[test]
    fn a_link_that_names_its_address_is_not_repeated() {
        assert!(same_address("www.x.org", "http://www.x.org/"));
        assert!(!same_address("our website", "http://www.x.org/"));
    }

    #[test]
    fn origins() {
        assert_eq!(origin("https://x.org/compacts/"), "https://x.org/");
        assert_eq!(origin("https://x.org"), "https://x.org/");
    }
}
