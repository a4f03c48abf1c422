//! The e-book's content documents: one XHTML document per track of the
//! edition's [`Script`] (the title page and introduction, then one per main
//! section, the last being the request for other formats in every
//! language), so that the text and the audio edition's recording are cut
//! and numbered the same way.
//!
//! Every sentence is an element with an id (`s<n>`, `n` counting every
//! sentence of the script, as the talking book does), so that a media
//! overlay can highlight it; a heading is one sentence and carries the id
//! itself. Text in another language than the edition's is marked with
//! `lang` and `xml:lang`, and with `dir` where its direction differs (an
//! English fallback in Urdu, an Urdu request in English). What the
//! recording says about itself is not shown.

use crate::render::formats::audio::script::{Kind, Said, Script, Sentence};
use crate::render::formats::audio::speech::escape;
use std::fmt::Write;

/// A content document.
#[derive(Debug, Clone)]
pub struct Page {
    /// Its file's name without extension: "01", as its track's MP3.
    pub name: String,
    /// What its `<title>` says.
    pub title: String,
    /// Its body, without `<body>`.
    pub body: String,
    /// Its headings: (level, id, inner XHTML), for the table of contents.
    pub headings: Vec<(u8, String, String)>,
    /// The numbers of the sentences it shows, in order (their ids are
    /// `s<n>`), for its media overlay.
    pub sentences: Vec<usize>,
}

/// Whether text in `lang` is written right to left.
pub fn rtl(lang: &str) -> bool {
    crate::i18n::language::Language::find(lang).is_some_and(|l| l.rtl)
}

/// ` lang="…" xml:lang="…"` (and `dir`) for text in `lang` inside text in
/// `outer`, or nothing if they are the same.
pub fn lang_attrs(lang: &str, outer: &str) -> String {
    if lang == outer {
        return String::new();
    }
    let dir = match (rtl(lang), rtl(outer)) {
        (true, false) => " dir=\"rtl\"",
        (false, true) => " dir=\"ltr\"",
        _ => "",
    };
    format!(" lang=\"{lang}\" xml:lang=\"{lang}\"{dir}")
}

/// The documents of an edition in `lang` from its script. The first
/// track's title is `title`: the publication's.
pub fn pages(script: &Script, lang: &str, title: &str) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut n = 0usize;
    for (t, track) in script.tracks.iter().enumerate() {
        let mut page = Page {
            name: format!("{:02}", t + 1),
            title: if t == 0 {
                title.to_string()
            } else {
                track.title.clone()
            },
            body: String::new(),
            headings: Vec::new(),
            sentences: Vec::new(),
        };
        let mut w = Writer {
            page: &mut page,
            lang,
            lists: 0,
            last_level: 0,
        };
        for block in &track.blocks {
            if block.spoken {
                n += block.sentences.len();
                continue;
            }
            w.block(block, &mut n);
        }
        w.close_lists();
        let kind = if t == 0 {
            "<section epub:type=\"titlepage\" class=\"title-page\""
        } else {
            "<section epub:type=\"chapter\" role=\"doc-chapter\""
        };
        let labelled = page
            .headings
            .first()
            .map(|(_, id, _)| format!(" aria-labelledby=\"{id}\""))
            .unwrap_or_default();
        page.body = format!("{kind}{labelled}>\n{}</section>\n", page.body);
        pages.push(page);
    }
    pages
}

struct Writer<'a> {
    page: &'a mut Page,
    lang: &'a str,
    /// How many lists are open (each with an item open in it).
    lists: usize,
    last_level: u8,
}

impl Writer<'_> {
    fn close_lists(&mut self) {
        while self.lists > 0 {
            self.page.body.push_str("</li>\n</ul>\n");
            self.lists -= 1;
        }
    }

    fn block(&mut self, block: &Said, n: &mut usize) {
        let first = *n + 1;
        *n += block.sentences.len();
        let sentences = block.sentences.iter().zip(first..);
        let lang = self.lang;
        match block.kind {
            Kind::Title | Kind::Heading(_) => {
                self.close_lists();
                let level = match block.kind {
                    Kind::Heading(l) => l.clamp(1, self.last_level + 1).min(6),
                    _ => 1,
                };
                self.last_level = level;
                let class = if block.kind == Kind::Title {
                    " class=\"title\""
                } else {
                    ""
                };
                // A heading is one sentence: the heading is the element
                // the overlay highlights.
                let id = format!("s{first}");
                let sentence_lang = block.sentences.first().map_or(lang, |s| s.lang.as_str());
                let inner: Vec<String> = block
                    .sentences
                    .iter()
                    .map(|s| inline(s, sentence_lang))
                    .collect();
                let inner = inner.join(" ");
                let _ = writeln!(
                    self.page.body,
                    "<h{level}{class} id=\"{id}\"{}>{inner}</h{level}>",
                    lang_attrs(sentence_lang, lang)
                );
                let attrs = lang_attrs(sentence_lang, lang);
                let toc = if attrs.is_empty() {
                    inner.clone()
                } else {
                    format!("<span{attrs}>{inner}</span>")
                };
                self.page.headings.push((level, id, toc));
                self.page.sentences.push(first);
            }
            Kind::Item(depth) => {
                let depth = depth.min(self.lists);
                // Close deeper lists, then the previous item of this one.
                while self.lists > depth + 1 {
                    self.page.body.push_str("</li>\n</ul>\n");
                    self.lists -= 1;
                }
                if self.lists == depth + 1 {
                    self.page.body.push_str("</li>\n");
                } else {
                    self.page.body.push_str("<ul>\n");
                    self.lists += 1;
                }
                let class = if block.bullet {
                    ""
                } else {
                    " class=\"marked\""
                };
                let _ = write!(self.page.body, "<li{class}>");
                self.sentences(sentences);
            }
            Kind::Paragraph | Kind::Line => {
                self.close_lists();
                let class = if block.kind == Kind::Line {
                    " class=\"line\""
                } else {
                    ""
                };
                let _ = write!(self.page.body, "<p{class}>");
                self.sentences(sentences);
                self.page.body.push_str("</p>\n");
            }
        }
    }

    fn sentences<'s>(&mut self, sentences: impl Iterator<Item = (&'s Sentence, usize)>) {
        for (i, (s, n)) in sentences.enumerate() {
            if i > 0 && !s.glued {
                self.page.body.push(' ');
            }
            let _ = write!(
                self.page.body,
                "<span id=\"s{n}\"{}>{}</span>",
                lang_attrs(&s.lang, self.lang),
                inline(s, &s.lang)
            );
            self.page.sentences.push(n);
        }
    }
}

/// A sentence's text, its parts in other languages than `outer` marked,
/// web and email addresses made links.
fn inline(s: &Sentence, outer: &str) -> String {
    let mut out = String::new();
    for (lang, text) in &s.parts {
        let attrs = lang_attrs(lang, outer);
        if attrs.is_empty() {
            out.push_str(&linked(text, rtl(lang)));
        } else {
            let _ = write!(out, "<span{attrs}>{}</span>", linked(text, rtl(lang)));
        }
    }
    out
}

/// `text` escaped, with its web and email addresses as links; in
/// right-to-left text, they and the other left-to-right runs (phone
/// numbers, sums, English words together) isolated as on the web, so that
/// "0116 265 8015" keeps its order across a line break.
fn linked(text: &str, rtl: bool) -> String {
    let plain = |s: &str| {
        if rtl {
            crate::render::inline::isolate_ltr_runs(s)
        } else {
            escape(s)
        }
    };
    static ADDRESS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"https?://[^\s<>()\x22]+|www\.[A-Za-z0-9-]+\.[^\s<>()\x22]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
        )
        .expect("a valid pattern")
    });
    let mut out = String::new();
    let mut at = 0;
    for m in ADDRESS.find_iter(text) {
        // A full stop or comma after an address ends the sentence.
        let address = m.as_str().trim_end_matches(['.', ',', ';', ':']);
        let end = m.start() + address.len();
        out.push_str(&plain(&text[at..m.start()]));
        let href = if address.contains('@') && !address.contains('/') {
            format!("mailto:{address}")
        } else if address.starts_with("www.") {
            format!("https://{address}")
        } else {
            address.to_string()
        };
        let link = format!("<a href=\"{}\">{}</a>", escape(&href), escape(address));
        if rtl {
            let _ = write!(out, "<bdi dir=\"ltr\">{link}</bdi>");
        } else {
            out.push_str(&link);
        }
        at = end;
    }
    out.push_str(&plain(&text[at..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::formats::audio::script::Track;

    fn sentence(lang: &str, parts: &[(&str, &str)]) -> Sentence {
        Sentence {
            text: parts.iter().map(|p| p.1).collect(),
            parts: parts
                .iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
            lang: lang.into(),
            ssml: String::new(),
            glued: false,
        }
    }

    fn said(kind: Kind, sentences: Vec<Sentence>) -> Said {
        Said {
            kind,
            sentences,
            spoken: false,
            bullet: false,
        }
    }

    #[test]
    fn sentences_are_numbered_across_the_book_and_spoken_words_are_not_shown() {
        let script = Script {
            tracks: vec![
                Track {
                    title: "Title and introduction".into(),
                    blocks: vec![
                        said(Kind::Title, vec![sentence("ur", &[("ur", "معاہدہ")])]),
                        Said {
                            spoken: true,
                            ..said(Kind::Paragraph, vec![sentence("ur", &[("ur", "کمپیوٹر")])])
                        },
                        said(
                            Kind::Paragraph,
                            vec![
                                sentence("ur", &[("ur", "پہلا۔")]),
                                sentence("en", &[("en", "Not translated.")]),
                            ],
                        ),
                    ],
                },
                Track {
                    title: "1 Aims".into(),
                    blocks: vec![
                        said(Kind::Heading(1), vec![sentence("ur", &[("ur", "1 مقاصد")])]),
                        Said {
                            bullet: true,
                            ..said(Kind::Item(0), vec![sentence("ur", &[("ur", "ایک")])])
                        },
                        said(Kind::Item(1), vec![sentence("ur", &[("ur", "(a) دو")])]),
                        said(
                            Kind::Line,
                            vec![sentence(
                                "ur",
                                &[("ur", "ای میل: "), ("en", "info@ccp.org.uk")],
                            )],
                        ),
                    ],
                },
            ],
        };
        let pages = pages(&script, "ur", "معاہدہ");
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].sentences, [1, 3, 4]);
        assert!(!pages[0].body.contains("کمپیوٹر"));
        assert!(pages[0].body.contains(
            "<span id=\"s4\" lang=\"en\" xml:lang=\"en\" dir=\"ltr\">Not translated.</span>"
        ));
        assert_eq!(pages[1].sentences, [5, 6, 7, 8]);
        assert!(pages[1].body.contains("<h1 id=\"s5\">1 مقاصد</h1>"));
        assert!(pages[1].body.contains(
            "<ul>\n<li><span id=\"s6\">ایک</span><ul>\n<li class=\"marked\"><span id=\"s7\"><bdi dir=\"ltr\">(a)</bdi> دو</span></li>\n</ul>\n</li>\n</ul>\n"
        ));
        assert!(pages[1].body.contains(
            "<span lang=\"en\" xml:lang=\"en\" dir=\"ltr\"><a href=\"mailto:info@ccp.org.uk\">info@ccp.org.uk</a></span>"
        ));
    }

    #[test]
    fn addresses_become_links_without_their_full_stop() {
        assert_eq!(
            linked("فون 0116 265 8015 یا info@ccp.org.uk پر", true),
            "فون <bdi dir=\"ltr\">0116 265 8015</bdi> یا <bdi dir=\"ltr\"><a href=\"mailto:info@ccp.org.uk\">info@ccp.org.uk</a></bdi> پر"
        );
        assert_eq!(
            linked("See https://example.org/a?b=1&c=2. Or www.ccp.org.uk, or x.", false),
            "See <a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>. Or <a href=\"https://www.ccp.org.uk\">www.ccp.org.uk</a>, or x."
        );
    }
}
