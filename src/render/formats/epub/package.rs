//! The e-book's package: the content documents around their text, the
//! navigation document (table of contents and landmarks), the media
//! overlays that pair each sentence with its clip of the recording, the
//! package document (OPF) with its Dublin Core and EPUB Accessibility 1.1
//! metadata, and the OCF container, as EPUB 3.3 lays them out.

use super::text::{lang_attrs, rtl, Page};
use crate::render::formats::audio::daisy::Meta as Book;
use crate::render::formats::audio::speech::escape;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// A string of the theme in the edition, and the language it is in (English
/// where it is not translated yet).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Label {
    pub text: String,
    pub lang: String,
}

/// The theme's strings the package shows, in the edition's language (or
/// English where they are not translated yet), and the title's language.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Labels {
    pub title: Label,
    /// "Contents", "Title page", "Guide to this e-book", "Start of the
    /// publication".
    pub contents: Label,
    pub title_page: Label,
    pub guide: Label,
    pub start: Label,
    /// The accessibility summary.
    pub summary: Label,
}

/// What the package says about the edition: the book's own metadata (as
/// the talking book has it) and the labels.
pub struct Meta<'a> {
    pub book: &'a Book,
    pub labels: &'a Labels,
}

/// The class a reading system gives the sentence being read aloud; the
/// stylesheet highlights it.
pub const ACTIVE_CLASS: &str = "-epub-media-overlay-active";

/// The folder in the container that holds the publication.
pub const ROOT: &str = "EPUB";

/// `META-INF/container.xml`, naming the package document.
pub fn container() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n\
         <rootfiles>\n<rootfile full-path=\"{ROOT}/package.opf\" media-type=\"application/oebps-package+xml\"/>\n</rootfiles>\n\
         </container>\n"
    )
}

/// The start of an XHTML document in the edition's language, whose
/// stylesheet is at `css`.
fn xhtml_open(meta: &Meta<'_>, title: &str, css: &str) -> String {
    let dir = if rtl(&meta.book.lang) { "rtl" } else { "ltr" };
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n\
         <html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"{l}\" xml:lang=\"{l}\" dir=\"{dir}\">\n\
         <head>\n<meta charset=\"utf-8\"/>\n<title>{title}</title>\n\
         <link rel=\"stylesheet\" type=\"text/css\" href=\"{css}\"/>\n</head>\n",
        l = meta.book.lang,
        title = escape(title),
    )
}

/// A label as XHTML inside text in the edition's language.
fn label(l: &Label, outer: &str) -> String {
    let attrs = lang_attrs(&l.lang, outer);
    if attrs.is_empty() {
        escape(&l.text)
    } else {
        format!("<span{attrs}>{}</span>", escape(&l.text))
    }
}

/// A content document, whole.
pub fn xhtml(meta: &Meta<'_>, page: &Page) -> String {
    format!(
        "{}<body>\n{}</body>\n</html>\n",
        xhtml_open(meta, &page.title, "../css/epub.css"),
        page.body
    )
}

/// The navigation document: the table of contents (each main section, and
/// the headings one level below) and the landmarks.
pub fn nav(meta: &Meta<'_>, pages: &[Page]) -> String {
    let lang = meta.book.lang.as_str();
    let mut toc = String::new();
    for (i, page) in pages.iter().enumerate() {
        let href = format!("text/{}.xhtml", page.name);
        let main = if i == 0 {
            label(&meta.labels.title_page, lang)
        } else {
            page.headings
                .first()
                .map(|(_, _, h)| h.clone())
                .unwrap_or_else(|| escape(&page.title))
        };
        let _ = write!(toc, "<li><a href=\"{href}\">{main}</a>");
        let subs: Vec<&(u8, String, String)> = if i == 0 {
            Vec::new()
        } else {
            page.headings.iter().skip(1).filter(|h| h.0 == 2).collect()
        };
        if !subs.is_empty() {
            toc.push_str("\n<ol>\n");
            for (_, id, h) in subs {
                let _ = writeln!(toc, "<li><a href=\"{href}#{id}\">{h}</a></li>");
            }
            toc.push_str("</ol>\n");
        }
        toc.push_str("</li>\n");
    }
    let mut landmarks = format!(
        "<li><a epub:type=\"titlepage\" href=\"text/{}.xhtml\">{}</a></li>\n\
         <li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">{}</a></li>\n",
        pages.first().map_or("01", |p| p.name.as_str()),
        label(&meta.labels.title_page, lang),
        label(&meta.labels.contents, lang)
    );
    if let Some(first) = pages.get(1) {
        let _ = writeln!(
            landmarks,
            "<li><a epub:type=\"bodymatter\" href=\"text/{}.xhtml\">{}</a></li>",
            first.name,
            label(&meta.labels.start, lang)
        );
    }
    format!(
        "{}<body>\n\
         <nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-h\">\n\
         <h1 id=\"toc-h\">{}</h1>\n<ol>\n{toc}</ol>\n</nav>\n\
         <nav epub:type=\"landmarks\" id=\"guide\" aria-labelledby=\"guide-h\" hidden=\"hidden\">\n\
         <h2 id=\"guide-h\">{}</h2>\n<ol>\n{landmarks}</ol>\n</nav>\n\
         </body>\n</html>\n",
        xhtml_open(meta, &meta.labels.contents.text, "css/epub.css"),
        label(&meta.labels.contents, lang),
        label(&meta.labels.guide, lang),
    )
}

/// A sentence's clip of its track's MP3, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clip {
    pub begin_ms: u64,
    pub end_ms: u64,
}

/// A page's media overlay: a SMIL 3.0 document with a `par` per sentence
/// the page shows, pairing its element with its clip of `audio` (the
/// track's MP3). `clip(n)` gives sentence `n`'s clip. Returns the SMIL
/// and its duration in milliseconds (the sum of its clips), or `None` if
/// no sentence of the page has a clip.
pub fn overlay(
    page: &Page,
    audio: &str,
    clip: impl Fn(usize) -> Option<Clip>,
) -> Option<(String, u64)> {
    let mut pars = String::new();
    let mut total = 0;
    for &n in &page.sentences {
        let Some(c) = clip(n) else { continue };
        total += c.end_ms.saturating_sub(c.begin_ms);
        let _ = writeln!(
            pars,
            "<par id=\"p{n}\"><text src=\"../text/{page}.xhtml#s{n}\"/><audio src=\"../audio/{audio}\" clipBegin=\"{}\" clipEnd=\"{}\"/></par>",
            timecount(c.begin_ms),
            timecount(c.end_ms),
            page = page.name,
        );
    }
    if pars.is_empty() {
        return None;
    }
    let smil = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n\
         <body>\n<seq id=\"seq-{page}\" epub:textref=\"../text/{page}.xhtml\">\n{pars}</seq>\n</body>\n</smil>\n",
        page = page.name
    );
    Some((smil, total))
}

/// "12.345s": a SMIL timecount in seconds.
fn timecount(ms: u64) -> String {
    format!("{}.{:03}s", ms / 1000, ms % 1000)
}

/// "0:01:02.345": a SMIL clock value, as `media:duration` takes it.
pub fn clock(ms: u64) -> String {
    let s = ms / 1000;
    format!(
        "{}:{:02}:{:02}.{:03}",
        s / 3600,
        s / 60 % 60,
        s % 60,
        ms % 1000
    )
}

/// A file in the package besides the pages: its path from the package
/// document, and its media type.
pub struct Item {
    pub id: String,
    pub href: String,
    pub media_type: &'static str,
}

/// The package document. `overlays` are the pages' media overlays:
/// (page name, duration in ms); `others` are the stylesheet, fonts and
/// MP3s.
pub fn opf(meta: &Meta<'_>, pages: &[Page], overlays: &[(String, u64)], others: &[Item]) -> String {
    let lang = meta.book.lang.as_str();
    let audio = !overlays.is_empty();
    let mut m = String::new();
    let _ = writeln!(
        m,
        "<dc:identifier id=\"uid\">{}</dc:identifier>",
        escape(&meta.book.identifier)
    );
    let title_lang = if meta.labels.title.lang == lang {
        String::new()
    } else {
        format!(" xml:lang=\"{}\"", meta.labels.title.lang)
    };
    let _ = writeln!(
        m,
        "<dc:title id=\"title\"{title_lang}>{}</dc:title>",
        escape(&meta.labels.title.text)
    );
    let _ = writeln!(m, "<dc:language>{lang}</dc:language>");
    if !meta.book.publisher.is_empty() {
        let _ = writeln!(
            m,
            "<dc:creator id=\"creator\" xml:lang=\"en\">{p}</dc:creator>\n<dc:publisher xml:lang=\"en\">{p}</dc:publisher>",
            p = escape(&meta.book.publisher)
        );
    }
    if !meta.book.date.is_empty() {
        let _ = writeln!(m, "<dc:date>{}</dc:date>", escape(&meta.book.date));
    }
    let _ = writeln!(
        m,
        "<meta property=\"dcterms:modified\">{}</meta>",
        modified(&meta.book.date)
    );
    let mut modes = vec!["textual"];
    if audio {
        modes.push("auditory");
    }
    for mode in &modes {
        let _ = writeln!(m, "<meta property=\"schema:accessMode\">{mode}</meta>");
    }
    for mode in &modes {
        let _ = writeln!(
            m,
            "<meta property=\"schema:accessModeSufficient\">{mode}</meta>"
        );
    }
    let mut features = vec![
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "displayTransformability",
    ];
    if audio {
        features.push("synchronizedAudioText");
    }
    for f in features {
        let _ = writeln!(
            m,
            "<meta property=\"schema:accessibilityFeature\">{f}</meta>"
        );
    }
    let summary_lang = if meta.labels.summary.lang == lang {
        String::new()
    } else {
        format!(" xml:lang=\"{}\"", meta.labels.summary.lang)
    };
    let _ = writeln!(
        m,
        "<meta property=\"schema:accessibilityHazard\">none</meta>\n\
         <meta property=\"schema:accessibilitySummary\"{summary_lang}>{}</meta>\n\
         <meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>",
        escape(&meta.labels.summary.text)
    );
    if !meta.book.publisher.is_empty() {
        let _ = writeln!(
            m,
            "<meta property=\"a11y:certifiedBy\" xml:lang=\"en\">{}</meta>",
            escape(&meta.book.publisher)
        );
    }
    if audio {
        let total: u64 = overlays.iter().map(|(_, d)| d).sum();
        let _ = writeln!(
            m,
            "<meta property=\"media:active-class\">{ACTIVE_CLASS}</meta>\n\
             <meta property=\"media:duration\">{}</meta>",
            clock(total)
        );
        for (name, d) in overlays {
            let _ = writeln!(
                m,
                "<meta property=\"media:duration\" refines=\"#mo{name}\">{}</meta>",
                clock(*d)
            );
        }
    }

    let mut manifest = String::from(
        "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n",
    );
    for page in pages {
        let overlay = if overlays.iter().any(|(n, _)| *n == page.name) {
            format!(" media-overlay=\"mo{}\"", page.name)
        } else {
            String::new()
        };
        let _ = writeln!(
            manifest,
            "<item id=\"t{n}\" href=\"text/{n}.xhtml\" media-type=\"application/xhtml+xml\"{overlay}/>",
            n = page.name
        );
    }
    for (name, _) in overlays {
        let _ = writeln!(
            manifest,
            "<item id=\"mo{name}\" href=\"overlays/{name}.smil\" media-type=\"application/smil+xml\"/>"
        );
    }
    for item in others {
        let _ = writeln!(
            manifest,
            "<item id=\"{}\" href=\"{}\" media-type=\"{}\"/>",
            item.id,
            escape(&item.href),
            item.media_type
        );
    }

    // The title page, the contents, then the sections: as a printed
    // book is read.
    let mut spine = String::new();
    for (i, page) in pages.iter().enumerate() {
        let _ = writeln!(spine, "<itemref idref=\"t{}\"/>", page.name);
        if i == 0 {
            spine.push_str("<itemref idref=\"nav\"/>\n");
        }
    }
    let (dir, progression) = if rtl(lang) {
        (" dir=\"rtl\"", "rtl")
    } else {
        ("", "ltr")
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
         <package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"{lang}\"{dir}>\n\
         <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n{m}</metadata>\n\
         <manifest>\n{manifest}</manifest>\n\
         <spine page-progression-direction=\"{progression}\">\n{spine}</spine>\n\
         </package>\n"
    )
}

/// `dcterms:modified` from the publication's date: its first day, at
/// midnight UTC, so that the same source gives the same e-book. An undated
/// publication gives 1970-01-01, the date that means "not known".
fn modified(date: &str) -> String {
    let mut parts = date.split('-');
    let year = parts
        .next()
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let Some(year) = year else {
        return "1970-01-01T00:00:00Z".to_string();
    };
    let two = |p: Option<&str>| {
        p.filter(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or("01")
            .to_string()
    };
    let month = two(parts.next());
    let day = two(parts.next());
    format!("{year}-{month}-{day}T00:00:00Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_is_the_first_day_of_the_date() {
        assert_eq!(modified("2005-03"), "2005-03-01T00:00:00Z");
        assert_eq!(modified("2005-03-14"), "2005-03-14T00:00:00Z");
        assert_eq!(modified("2005"), "2005-01-01T00:00:00Z");
        assert_eq!(modified(""), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn clocks_and_timecounts() {
        assert_eq!(clock(3_723_045), "1:02:03.045");
        assert_eq!(timecount(12_345), "12.345s");
    }
}
