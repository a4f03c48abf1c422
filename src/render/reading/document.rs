//! A format-neutral document of blocks made of language-tagged text runs,
//! filled from the translated view (`order.rs`): the braille engine's and
//! the audio edition's input.
//! Headings carry their section numbers and numbered paragraphs their source
//! number already in the text, so the engine never numbers anything itself.

/// A stretch of text in one language. Inside a community-language edition an
/// English name or an English fallback is a run with `lang: "en"`; it is
/// translated with the English braille code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub lang: &'static str,
}

impl Run {
    pub fn new(lang: &'static str, text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            lang,
        }
    }
}

/// One block of the body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `level` 1 is a main heading (a section of the publication, or the
    /// request for other formats); 2 is a subsection, and so on. Braille
    /// centres level 1 and puts the rest at cell 5; the audio edition starts
    /// a track at each level 1.
    Heading { level: u8, runs: Vec<Run> },
    /// A paragraph; a numbered paragraph keeps its source number, written
    /// before the text.
    Paragraph {
        number: Option<String>,
        runs: Vec<Run>,
    },
    /// A list item in runover style: the first line at cell 1 + 2 × depth,
    /// the runovers two cells further in. `marker` is "1.", "(a)", "(i)" …, or
    /// "-" for a bullet (written as the braille bullet).
    Item {
        depth: usize,
        marker: String,
        runs: Vec<Run>,
    },
    /// A line that starts on its own line, e.g. "Telephone: 0116 …" or a
    /// field of a table record; consecutive lines are not separated by blank
    /// lines.
    Line { runs: Vec<Run> },
    /// An explicit blank line.
    Blank,
}

/// One edition (publication × language) in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The edition's language: "en", "bn", "pa", "hi", "gu" or "ur".
    pub lang: &'static str,
    /// Centred lines of the title page: title, subtitle, publisher, date …
    pub title_page: Vec<Vec<Run>>,
    /// "Contents" in the edition's language: the contents page's heading.
    pub contents_label: Vec<Run>,
    pub blocks: Vec<Block>,
}
