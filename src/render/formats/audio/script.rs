//! What an audio edition says, in order: the edition's reading-order
//! [`Document`] cut into tracks (a track at each main heading) and
//! sentences, each sentence with the text it shows in the talking book, the
//! language whose voice reads it, and the SSML that voice is given.
//!
//! The first track, "Title and introduction", starts by saying that a
//! computer voice reads the recording, which publication it is and its
//! date; the last ends by saying where the publication ends.

use super::speech::{self, Part};
use crate::render::reading::{Block, Document, Run};
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

/// A whole edition's speech.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Script {
    pub tracks: Vec<Track>,
}

/// One section of the publication: one MP3, one SMIL file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Track {
    /// What players show for it: its heading, or "Title and introduction".
    pub title: String,
    pub blocks: Vec<Said>,
}

/// What kind of text a block is, in the talking book's text.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum Kind {
    /// The publication's title: the book's first heading.
    Title,
    /// A heading of the publication; 1 is a main heading.
    Heading(u8),
    Paragraph,
    /// A list item, `depth` deep.
    Item(usize),
    /// A line of its own (an address, a field).
    Line,
}

/// A block, as sentences.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Said {
    pub kind: Kind,
    pub sentences: Vec<Sentence>,
    /// Said by the recording about itself ("This recording is read by a
    /// computer voice…", "End of …"), not a part of the publication: the
    /// e-book does not show it.
    pub spoken: bool,
    /// A list item marked by a bullet, not by a number or letter of its
    /// own (which the text starts with).
    pub bullet: bool,
}

/// The unit text and audio are synchronised by.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Sentence {
    /// What the book's text shows.
    pub text: String,
    /// The same text by language, for the e-book's markup: (language,
    /// text), in order.
    pub parts: Vec<(String, String)>,
    /// Written straight after the sentence before, with no space between:
    /// the segmenter cuts "(ਵੀ.ਸੀ.ਐਸ.)" after each full stop.
    pub glued: bool,
    /// The language it is in, whose voice reads it.
    pub lang: String,
    /// What that voice is given.
    pub ssml: String,
}

/// What the edition says before and after the publication, in its
/// language (from the theme's strings).
pub struct Frame {
    /// The title, as the book's first heading.
    pub title: Vec<Run>,
    /// "This recording is read by a computer voice…", "It reads …".
    pub opening: Vec<Vec<Run>>,
    /// "Title and introduction": the first track's name.
    pub opening_track: String,
    /// "End of …".
    pub end: Vec<Run>,
}

/// The script of an edition: `doc` framed by `frame`.
pub fn script(doc: &Document, frame: &Frame) -> Script {
    let lang = doc.lang;
    let mut tracks = vec![Track {
        title: frame.opening_track.clone(),
        blocks: Vec::new(),
    }];
    let push = |tracks: &mut Vec<Track>, said: Option<Said>| {
        if let (Some(said), Some(track)) = (said, tracks.last_mut()) {
            track.blocks.push(said);
        }
    };
    push(&mut tracks, said(lang, Kind::Title, None, &frame.title));
    for runs in &frame.opening {
        push(&mut tracks, spoken(said(lang, Kind::Paragraph, None, runs)));
    }
    // The title page but its title, which was said first.
    let title_text = plain(&frame.title);
    for line in &doc.title_page {
        if plain(line) != title_text {
            push(&mut tracks, said(lang, Kind::Line, None, line));
        }
    }
    for block in &doc.blocks {
        match block {
            Block::Heading { level, runs } => {
                if *level <= 1 {
                    tracks.push(Track {
                        title: plain(runs),
                        blocks: Vec::new(),
                    });
                }
                push(&mut tracks, said(lang, Kind::Heading(*level), None, runs));
            }
            Block::Paragraph { number, runs } => {
                push(
                    &mut tracks,
                    said(lang, Kind::Paragraph, number.as_deref(), runs),
                );
            }
            Block::Item {
                depth,
                marker,
                runs,
            } => {
                // A bullet is not read; "1.", "(a)" are.
                let own = (!marker.is_empty() && marker != "-").then_some(marker.as_str());
                let item = said(lang, Kind::Item(*depth), own, runs).map(|s| Said {
                    bullet: marker == "-",
                    ..s
                });
                push(&mut tracks, item);
            }
            Block::Line { runs } => push(&mut tracks, said(lang, Kind::Line, None, runs)),
            Block::Blank => {}
        }
    }
    push(
        &mut tracks,
        spoken(said(lang, Kind::Paragraph, None, &frame.end)),
    );
    tracks.retain(|t| !t.blocks.is_empty());
    Script { tracks }
}

/// A block the recording says about itself.
fn spoken(said: Option<Said>) -> Option<Said> {
    said.map(|s| Said { spoken: true, ..s })
}

/// A block's text as plain text, its runs joined.
fn plain(runs: &[Run]) -> String {
    runs.iter()
        .map(|r| r.text.as_str())
        .collect::<String>()
        .trim()
        .to_string()
}

/// A block as sentences: `None` if it has nothing to say.
fn said(lang: &'static str, kind: Kind, number: Option<&str>, runs: &[Run]) -> Option<Said> {
    let mut runs: Vec<Run> = runs.to_vec();
    if let Some(n) = number {
        runs.insert(0, Run::new(lang, format!("{n} ")));
    }
    let sentences = match kind {
        // A heading or a line is read as one.
        Kind::Title | Kind::Heading(_) | Kind::Line => sentence(lang, &runs).into_iter().collect(),
        _ => sentences(lang, &runs),
    };
    (!sentences.is_empty()).then_some(Said {
        kind,
        sentences,
        spoken: false,
        bullet: false,
    })
}

/// The sentences of a block's runs (Unicode's sentence boundaries, which
/// know the danda and the Urdu full stop).
fn sentences(lang: &'static str, runs: &[Run]) -> Vec<Sentence> {
    let text: String = runs.iter().map(|r| r.text.as_str()).collect();
    let mut out: Vec<Sentence> = Vec::new();
    let mut at = 0;
    let mut spaced = true;
    for piece in text.split_sentence_bounds() {
        let (start, end) = (at, at + piece.len());
        at = end;
        let parts = slice(runs, start, end);
        if let Some(s) = sentence(lang, &parts) {
            let glued = !spaced && !out.is_empty();
            out.push(Sentence { glued, ..s });
        }
        spaced = piece.ends_with(char::is_whitespace);
    }
    out
}

/// The runs' text between byte offsets `start` and `end` of their joined
/// text.
fn slice(runs: &[Run], start: usize, end: usize) -> Vec<Run> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in runs {
        let (s, e) = (at, at + r.text.len());
        at = e;
        let (from, to) = (start.max(s), end.min(e));
        if from < to {
            out.push(Run::new(r.lang, &r.text[from - s..to - s]));
        }
    }
    out
}

/// One sentence of `runs`, or `None` if it has nothing to say (no letter
/// or digit). Its language is the one most of its letters are in (the
/// edition's, if none has more).
fn sentence(edition: &'static str, runs: &[Run]) -> Option<Sentence> {
    let text = runs
        .iter()
        .map(|r| r.text.as_str())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(speech::is_bidi_control, "");
    if !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for r in runs {
        // Letters decide: digits and punctuation are said in any voice.
        let n = r.text.chars().filter(|c| c.is_alphabetic()).count();
        match counts.iter_mut().find(|(l, _)| *l == r.lang) {
            Some(c) => c.1 += n,
            None => counts.push((r.lang, n)),
        }
    }
    let mut lang = edition;
    let mut most = counts
        .iter()
        .find(|(l, _)| *l == edition)
        .map_or(0, |c| c.1);
    for (l, n) in &counts {
        if *n > most {
            (lang, most) = (l, *n);
        }
    }
    let parts: Vec<Part> = runs
        .iter()
        .map(|r| Part {
            lang: r.lang,
            text: &r.text,
        })
        .collect();
    Some(Sentence {
        ssml: speech::ssml(lang, &parts),
        parts: shown(runs),
        glued: false,
        text,
        lang: lang.to_string(),
    })
}

/// The runs as the text shows them: runs of one language merged, spaces
/// collapsed, bidi controls gone (the e-book marks direction itself).
fn shown(runs: &[Run]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for r in runs {
        let text: String = r
            .text
            .chars()
            .filter(|c| !speech::is_bidi_control(*c))
            .collect();
        match out.last_mut() {
            Some((l, t)) if l == r.lang => t.push_str(&text),
            _ => out.push((r.lang.to_string(), text)),
        }
    }
    let mut at_space = true;
    for (_, t) in &mut out {
        let mut collapsed = String::with_capacity(t.len());
        for c in t.chars() {
            if c.is_whitespace() {
                if !at_space {
                    collapsed.push(' ');
                }
                at_space = true;
            } else {
                collapsed.push(c);
                at_space = false;
            }
        }
        *t = collapsed;
    }
    if let Some((_, t)) = out.last_mut() {
        t.truncate(t.trim_end().len());
    }
    out.retain(|(_, t)| !t.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            lang: "bn",
            title_page: vec![vec![Run::new("bn", "চুক্তি")], vec![Run::new("en", "CVS")]],
            contents_label: vec![],
            blocks,
        }
    }

    fn frame() -> Frame {
        Frame {
            title: vec![Run::new("bn", "চুক্তি")],
            opening: vec![vec![Run::new("bn", "কম্পিউটারের কণ্ঠ।")]],
            opening_track: "শিরোনাম".into(),
            end: vec![Run::new("bn", "শেষ।")],
        }
    }

    #[test]
    fn tracks_start_at_main_headings_and_sentences_keep_their_language() {
        let d = doc(vec![
            Block::Paragraph {
                number: None,
                runs: vec![Run::new("bn", "প্রথম বাক্য। দ্বিতীয় বাক্য।")],
            },
            Block::Heading {
                level: 1,
                runs: vec![Run::new("bn", "1 ভূমিকা")],
            },
            Block::Heading {
                level: 2,
                runs: vec![Run::new("bn", "1.1 উদ্দেশ্য")],
            },
            Block::Paragraph {
                number: Some("1.2".into()),
                runs: vec![Run::new("en", "Not yet translated. Still English.")],
            },
            Block::Item {
                depth: 0,
                marker: "-".into(),
                runs: vec![Run::new("bn", "একটি")],
            },
        ]);
        let s = script(&d, &frame());
        assert_eq!(s.tracks.len(), 2);
        assert_eq!(s.tracks[0].title, "শিরোনাম");
        assert_eq!(s.tracks[1].title, "1 ভূমিকা");
        let first: Vec<&str> = s.tracks[0]
            .blocks
            .iter()
            .flat_map(|b| b.sentences.iter().map(|s| s.text.as_str()))
            .collect();
        assert_eq!(
            first,
            ["চুক্তি", "কম্পিউটারের কণ্ঠ।", "CVS", "প্রথম বাক্য।", "দ্বিতীয় বাক্য।"]
        );
        let english = &s.tracks[1].blocks[2].sentences;
        assert_eq!(english[0].text, "1.2 Not yet translated.");
        assert_eq!(english[0].lang, "en");
        assert!(english[0].ssml.contains("xml:lang=\"en-gb\""));
        let last = s.tracks[1].blocks.last().unwrap();
        assert_eq!(last.sentences[0].text, "শেষ।");
        assert_eq!(s.tracks[1].blocks[3].kind, Kind::Item(0));
        assert_eq!(s.tracks[1].blocks[3].sentences[0].text, "একটি");
    }
}
