//! PEF 1.0 (Portable Embosser Format, `http://www.daisy.org/ns/2008/pef`):
//! the braille master, one volume of one section holding every page, rows in
//! Unicode braille, with Dublin Core metadata. Validated in the tests against
//! the PEF 1.0 RELAX NG schema (`tests/validators/pef-2008-1.rng`).

use super::layout::{Page, PageSize};
use crate::render::inline::xml_escape;

/// The PEF's metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// A unique identifier of this braille edition (e.g. a URN or the URL of
    /// the file).
    pub identifier: String,
    pub title: String,
    /// The edition's language (BCP 47, e.g. "bn").
    pub language: String,
    /// YYYY-MM-DD.
    pub date: String,
    /// The page size the pages were laid out for.
    pub size: PageSize,
}

/// The PEF document of `pages`.
pub fn pef(pages: &[Page], meta: &Meta) -> Vec<u8> {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<pef xmlns=\"http://www.daisy.org/ns/2008/pef\" version=\"2008-1\">\n");
    out.push_str("  <head>\n    <meta xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    out.push_str("      <dc:format>application/x-pef+xml</dc:format>\n");
    for (name, value) in [
        ("identifier", &meta.identifier),
        ("title", &meta.title),
        ("language", &meta.language),
        ("date", &meta.date),
    ] {
        // An unknown date is left out rather than written empty.
        if !value.is_empty() {
            out.push_str(&format!(
                "      <dc:{name}>{}</dc:{name}>\n",
                xml_escape(value)
            ));
        }
    }
    out.push_str("    </meta>\n  </head>\n  <body>\n");
    out.push_str(&format!(
        "    <volume cols=\"{}\" rows=\"{}\" rowgap=\"0\" duplex=\"false\">\n      <section>\n",
        meta.size.cols, meta.size.rows
    ));
    for page in pages {
        out.push_str("        <page>\n");
        for line in &page.lines {
            if line.is_empty() {
                out.push_str("          <row/>\n");
            } else {
                out.push_str("          <row>");
                out.push_str(&xml_escape(line));
                out.push_str("</row>\n");
            }
        }
        out.push_str("        </page>\n");
    }
    out.push_str("      </section>\n    </volume>\n  </body>\n</pef>\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_is_escaped() {
        let meta = Meta {
            identifier: "urn:x".into(),
            title: "A & B <C>".into(),
            language: "en".into(),
            date: "2024-01-02".into(),
            size: PageSize::default(),
        };
        let page = Page {
            number: 1,
            lines: vec!["⠀⠼⠁".into(), String::new(), "⠁".into()],
        };
        let xml = String::from_utf8(pef(&[page], &meta)).unwrap();
        assert!(xml.contains("<dc:title>A &amp; B &lt;C&gt;</dc:title>"));
        assert!(xml.contains("<row>⠀⠼⠁</row>\n          <row/>\n          <row>⠁</row>"));
        assert!(xml.contains("cols=\"40\" rows=\"25\" rowgap=\"0\" duplex=\"false\""));
    }
}
