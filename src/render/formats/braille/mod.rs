//! The Braille engine: a [`Document`] of language-tagged runs into braille
//! pages ([`Braille::pages`]), written as a PEF 1.0 master ([`pef()`]) and a
//! BRF file ([`brf()`]). English is Unified English Braille grade 2; Bengali,
//! Punjabi, Hindi and Gujarati are Bharati braille grade 1; Urdu is Urdu
//! braille grade 1 — translated by `louis-rs`, the pure-Rust liblouis, with
//! the liblouis tables shipped in the theme's `braille/tables/` and our
//! corrections in `braille/compact-press-<lang>.utb` (see `tables.rs`).
//!
//! English words inside a community-language edition (runs tagged "en", and
//! words in Latin letters) are translated with the English code. No liblouis
//! table defines UEB's code-switch indicators, so none are written: the
//! English stands between blank cells as in print (see ARCHITECTURE notes in
//! the report; a transcriber's note on the title page is the UEB 13.7.3 way).
//!
//! Any character a table cannot translate is an error naming the character,
//! the language and the tables, never an escape in the output.

pub mod brf;
pub mod format;
pub mod layout;
pub mod pef;
pub mod tables;

use std::fmt;
use std::path::{Path, PathBuf};

pub use crate::render::reading::{Block, Document, Run};
pub use brf::brf;
pub use format::BrailleFormat;
pub use layout::{Page, PageSize};
pub use pef::{pef, Meta};

use layout::{Brl, Prepared, BLANK};

/// What went wrong, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrailleError {
    /// A language's tables could not be read or compiled.
    Tables {
        lang: &'static str,
        tables: String,
        dir: PathBuf,
        message: String,
    },
    /// A language without a braille code here.
    UnknownLanguage {
        lang: String,
    },
    /// A character the language's tables do not define.
    Untranslatable {
        lang: &'static str,
        tables: String,
        character: char,
        text: String,
    },
    /// The translator wrote a cell that is not six-dot braille although every
    /// character alone translates: a fault of the tables or of louis-rs in
    /// that context.
    BadOutput {
        lang: &'static str,
        tables: String,
        text: String,
        braille: String,
    },
    /// A page too small for braille pages (a page number, a contents line).
    PageSize {
        cols: usize,
        rows: usize,
    },
    Layout {
        message: String,
    },
}

impl fmt::Display for BrailleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BrailleError::Tables {
                lang,
                tables,
                dir,
                message,
            } => write!(
                f,
                "the braille tables for {lang} ({tables}) in {} could not be loaded: {message}; \
                 the theme's braille/ folder needs compact-press-<lang>.utb and tables/ the \
                 liblouis tables they include (see tables/NOTICE)",
                dir.display()
            ),
            BrailleError::UnknownLanguage { lang } => write!(
                f,
                "no braille code for language \"{lang}\"; the codes are for en, bn, pa, hi, gu and ur"
            ),
            BrailleError::Untranslatable {
                lang,
                tables,
                character,
                text,
            } => write!(
                f,
                "the {lang} braille tables ({tables}) cannot translate {character:?} (U+{:04X}) in \
                 \"{text}\"; define it in themes/default/braille/compact-press-{lang}.utb (with the \
                 source of its cells) or normalise it in braille/tables.rs",
                u32::from(*character)
            ),
            BrailleError::BadOutput {
                lang,
                tables,
                text,
                braille,
            } => write!(
                f,
                "the {lang} braille translation ({tables}) of \"{text}\" holds a cell that is not \
                 six-dot braille ({braille}) although each character alone translates: a fault of \
                 the tables or of louis-rs in this context; rephrase the text or report it"
            ),
            BrailleError::PageSize { cols, rows } => write!(
                f,
                "a braille page of {cols} cells × {rows} lines is too small; use at least 12 × 4 \
                 (40 × 25 is usual)"
            ),
            BrailleError::Layout { message } => write!(f, "braille layout: {message}"),
        }
    }
}

impl std::error::Error for BrailleError {}

/// The human name of a language's braille code, for the download link.
pub fn code_name(lang: &str) -> &'static str {
    tables::code(lang).map_or("Braille", |c| c.name)
}

/// The translators of every language, compiled once; share one per build
/// (it is `Send + Sync`).
pub struct Braille {
    tables: tables::Tables,
}

impl Braille {
    /// Loads and compiles the tables in `tables_dir`, the theme's `braille/`
    /// folder (our `compact-press-<lang>.utb` and, in `tables/`, liblouis's).
    pub fn load(tables_dir: &Path) -> Result<Braille, BrailleError> {
        Ok(Braille {
            tables: tables::Tables::load(tables_dir)?,
        })
    }

    /// Runs of an edition in language `lang` as one line of braille (blank
    /// cells between words). Each run is translated in its own language's
    /// code; Latin words in a community-language run in English.
    pub fn translate(&self, lang: &str, runs: &[Run]) -> Result<String, BrailleError> {
        if tables::code(lang).is_none() {
            return Err(BrailleError::UnknownLanguage {
                lang: lang.to_string(),
            });
        }
        let mut out = String::new();
        let mut pending_space = false;
        for run in runs {
            let starts_with_space = run
                .text
                .starts_with(|c: char| c.is_whitespace() || c == '\u{A0}');
            for (i, segment) in tables::segments(run.lang, &run.text)
                .into_iter()
                .enumerate()
            {
                let braille = self.tables.translate_segment(segment.lang, &segment.text)?;
                let space = if i == 0 {
                    pending_space || starts_with_space
                } else {
                    segment.space_before
                };
                if space && !out.is_empty() && !out.ends_with(BLANK) {
                    out.push(BLANK);
                }
                out.push_str(&braille);
                pending_space = false;
            }
            if run
                .text
                .ends_with(|c: char| c.is_whitespace() || c == '\u{A0}')
            {
                pending_space = true;
            }
        }
        Ok(out.trim_matches(BLANK).to_string())
    }

    /// Plain text in one language (a page number, a list marker).
    pub fn translate_text(&self, lang: &'static str, text: &str) -> Result<String, BrailleError> {
        self.translate(lang, &[Run::new(lang, text)])
    }

    /// The document on braille pages of `size`: title page, contents, body.
    pub fn pages(&self, doc: &Document, size: PageSize) -> Result<Vec<Page>, BrailleError> {
        let lang = doc.lang;
        let mut blocks = Vec::with_capacity(doc.blocks.len());
        for block in &doc.blocks {
            blocks.push(match block {
                Block::Heading { level, runs } => Brl::Heading {
                    level: *level,
                    text: self.translate(lang, runs)?,
                },
                Block::Paragraph { number, runs } => {
                    let text = self.translate(lang, runs)?;
                    let text = match number {
                        Some(n) if !n.trim().is_empty() => {
                            format!("{}{BLANK}{text}", self.translate_text(lang, n)?)
                        }
                        _ => text,
                    };
                    Brl::Paragraph { text }
                }
                Block::Item {
                    depth,
                    marker,
                    runs,
                } => {
                    let marker = match marker.trim() {
                        // the bullet (UEB ⠸⠲, dots 456-256)
                        "-" | "•" | "*" | "" => "⠸⠲".to_string(),
                        other => self.translate_text(lang, other)?,
                    };
                    Brl::Item {
                        depth: *depth,
                        text: format!("{marker}{BLANK}{}", self.translate(lang, runs)?),
                    }
                }
                Block::Line { runs } => Brl::Line {
                    text: self.translate(lang, runs)?,
                },
                Block::Blank => Brl::Blank,
            });
        }
        let prepared = Prepared {
            title_page: doc
                .title_page
                .iter()
                .map(|runs| self.translate(lang, runs))
                .collect::<Result<_, _>>()?,
            contents_label: self.translate(lang, &doc.contents_label)?,
            blocks,
        };
        let number = |n: usize| self.translate_text(lang, &n.to_string());
        layout::layout(&prepared, size, &number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn braille() -> Braille {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/braille");
        Braille::load(&dir).unwrap()
    }

    fn tr(b: &Braille, lang: &'static str, text: &str) -> String {
        b.translate_text(lang, text).unwrap()
    }

    #[test]
    fn gap_fixes() {
        let b = braille();
        // English: UEB grade 2
        assert_eq!(tr(&b, "en", "Hello world"), "⠠⠓⠑⠇⠇⠕⠀⠸⠺");
        assert_eq!(tr(&b, "en", "“quoted” – £5"), "⠦⠟⠥⠕⠞⠫⠴⠀⠠⠤⠀⠈⠇⠼⠑");
        // Bengali: সময় (য় as য + nukta after NFC) and the danda
        assert_eq!(tr(&b, "bn", "সময়।"), "⠎⠍⠢⠲");
        assert_eq!(tr(&b, "bn", "ড\u{09BC}"), "⠻");
        // native digits get the number sign
        assert_eq!(tr(&b, "bn", "২০২৪"), "⠼⠃⠚⠃⠙");
        assert_eq!(tr(&b, "hi", "१२"), "⠼⠁⠃");
        assert_eq!(tr(&b, "gu", "૩"), "⠼⠉");
        // Gujarati candra O and danda
        assert_eq!(tr(&b, "gu", "કૉલ।"), "⠅⠭⠇⠲");
        // Urdu ۓ, ASCII punctuation
        assert_eq!(tr(&b, "ur", "ۓ"), "⠄⠌");
        assert_eq!(tr(&b, "ur", "(کمپیکٹ):"), "⠶⠅⠍⠏⠊⠅⠪⠶⠒");
        // Hindi nukta letters are not flattened
        assert_eq!(tr(&b, "hi", "क़ ज़रा फ़ल"), "⠐⠅⠀⠵⠗⠜⠀⠋⠇");
        assert_ne!(tr(&b, "hi", "ख़"), tr(&b, "hi", "ख"));
        // Punjabi nukta letters
        assert_eq!(tr(&b, "pa", "ਸ\u{0A3C}"), tr(&b, "pa", "\u{0A36}"));
        // ₹ and £
        assert_eq!(tr(&b, "en", "₹5"), tr(&b, "en", "Rs5"));
        assert!(tr(&b, "hi", "£5").starts_with("⠈⠇"));
        assert!(tr(&b, "ur", "₹5").contains("⠠⠗⠎"));
    }

    #[test]
    fn english_inside_other_languages_takes_the_english_code() {
        let b = braille();
        let runs = [
            Run::new("bn", "কাউন্সিল "),
            Run::new("en", "Leicestershire County Council"),
            Run::new("bn", "।"),
        ];
        let out = b.translate("bn", &runs).unwrap();
        let english = tr(&b, "en", "Leicestershire County Council");
        assert!(out.contains(&english), "{out}");
        assert!(out.ends_with(&format!("{english}⠲")));
        // Latin words inside an Urdu run, too
        let out = tr(&b, "ur", "کونسل (North West)");
        assert!(out.contains(&tr(&b, "en", "(North West)")), "{out}");
    }

    #[test]
    fn an_undefined_character_is_an_error_naming_it() {
        let b = braille();
        let err = b.translate_text("ur", "ok ☃").unwrap_err();
        match &err {
            BrailleError::Untranslatable {
                character, lang, ..
            } => {
                assert_eq!(*character, '☃');
                assert_eq!(*lang, "ur");
            }
            other => panic!("{other:?}"),
        }
        assert!(err.to_string().contains("U+2603"));
        for lang in ["en", "bn", "pa", "hi", "gu"] {
            assert!(matches!(
                b.translate_text(lang, "x ☃"),
                Err(BrailleError::Untranslatable {
                    character: '☃', ..
                })
            ));
        }
        assert!(matches!(
            b.translate_text("bn", "ক ☃"),
            Err(BrailleError::Untranslatable { lang: "bn", .. })
        ));
    }

    #[test]
    fn code_names() {
        assert_eq!(code_name("en"), "Unified English Braille, grade 2");
        assert_eq!(code_name("gu"), "Bharati Braille, grade 1");
        assert_eq!(code_name("ur"), "Urdu Braille, grade 1");
    }

    #[test]
    fn missing_tables_are_an_error() {
        let err = Braille::load(Path::new("/nonexistent")).err().unwrap();
        assert!(matches!(err, BrailleError::Tables { .. }));
    }
}
