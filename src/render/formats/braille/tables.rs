//! Braille codes per language and the translation of plain text into Unicode
//! braille with the pure-Rust liblouis (`louis-rs`): which liblouis tables
//! each language uses (plus our small supplementary table), the
//! normalisation applied before translation (invisible marks removed, native
//! digits to ASCII, nukta letters composed, ₹ written out), the split of Latin
//! words out of community-language text (they take the English code), and the
//! guard that refuses any output liblouis could not translate.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use icu::normalizer::ComposingNormalizerBorrowed;
use louis::{Direction, Translator};

use super::BrailleError;

/// One language's braille code: the tables, in liblouis order (our
/// supplementary table first, so its definitions win: liblouis keeps the first
/// definition of a character), and its human name.
#[derive(Debug, Clone, Copy)]
pub struct Code {
    pub lang: &'static str,
    pub name: &'static str,
    pub tables: &'static [&'static str],
}

/// The six languages' codes. Urdu uses grade 1 (uncontracted): ur-pk-g2.ctb
/// adds some 400 contractions from one Pakistani producer that UK readers of
/// Urdu braille, few and mostly taught uncontracted, are less likely to know;
/// grade 1 is also what the four Bharati editions use.
pub const CODES: [Code; 6] = [
    Code {
        lang: "en",
        name: "Unified English Braille, grade 2",
        tables: &["compact-press-en.utb", "en-ueb-g2.ctb"],
    },
    Code {
        lang: "bn",
        name: "Bharati Braille, grade 1",
        tables: &["compact-press-bn.utb", "bn.tbl"],
    },
    Code {
        lang: "pa",
        name: "Bharati Braille, grade 1",
        tables: &["compact-press-pa.utb", "pa.tbl"],
    },
    Code {
        lang: "hi",
        name: "Bharati Braille, grade 1",
        tables: &["compact-press-hi.utb", "hi.tbl"],
    },
    Code {
        lang: "gu",
        name: "Bharati Braille, grade 1",
        tables: &["compact-press-gu.utb", "gu.tbl"],
    },
    Code {
        lang: "ur",
        name: "Urdu Braille, grade 1",
        tables: &["compact-press-ur.utb", "ur-pk-g1.utb"],
    },
];

/// The code of a language, if it is one of the six.
pub fn code(lang: &str) -> Option<&'static Code> {
    CODES.iter().find(|c| c.lang == lang)
}

/// The folders liblouis looks tables up in: the theme's `braille/` (our
/// supplementary tables) and `braille/tables/` (liblouis's own).
pub fn search_path(dir: &Path) -> Vec<PathBuf> {
    vec![dir.to_path_buf(), dir.join("tables")]
}

/// Characters that only steer print (bidi isolates and marks, joiners, soft
/// hyphen, byte order mark): nothing in braille, removed.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{2066}'..='\u{2069}'
            | '\u{202A}'..='\u{202E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// Spaces of every kind (no-break, thin, figure, line breaks) become one plain
/// space: braille has one blank cell.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

/// Native digits (Devanagari, Bengali, Gurmukhi, Gujarati, Arabic-Indic and
/// Extended Arabic-Indic) as ASCII digits: the Bharati tables give native
/// digits no number sign (২০২৪ came out as the letters ⠃⠚⠃⠙).
fn ascii_digit(c: char) -> Option<char> {
    let zero = match c {
        '\u{0966}'..='\u{096F}' => 0x0966,
        '\u{09E6}'..='\u{09EF}' => 0x09E6,
        '\u{0A66}'..='\u{0A6F}' => 0x0A66,
        '\u{0AE6}'..='\u{0AEF}' => 0x0AE6,
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        _ => return None,
    };
    char::from_u32('0' as u32 + (c as u32 - zero))
}

/// A consonant + nukta that NFC leaves decomposed (Unicode composition
/// exclusions) but the liblouis tables define only precomposed: the
/// precomposed letter. Hindi: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़; Bengali: ড় ঢ় য়; Gurmukhi:
/// ਖ਼ ਗ਼ ਜ਼ ਫ਼ ਲ਼ ਸ਼.
fn nukta_letter(base: char, nukta: char) -> Option<char> {
    let composed = match (base, nukta) {
        ('\u{0915}', '\u{093C}') => '\u{0958}',
        ('\u{0916}', '\u{093C}') => '\u{0959}',
        ('\u{0917}', '\u{093C}') => '\u{095A}',
        ('\u{091C}', '\u{093C}') => '\u{095B}',
        ('\u{0921}', '\u{093C}') => '\u{095C}',
        ('\u{0922}', '\u{093C}') => '\u{095D}',
        ('\u{092B}', '\u{093C}') => '\u{095E}',
        ('\u{092F}', '\u{093C}') => '\u{095F}',
        ('\u{09A1}', '\u{09BC}') => '\u{09DC}',
        ('\u{09A2}', '\u{09BC}') => '\u{09DD}',
        ('\u{09AF}', '\u{09BC}') => '\u{09DF}',
        ('\u{0A16}', '\u{0A3C}') => '\u{0A59}',
        ('\u{0A17}', '\u{0A3C}') => '\u{0A5A}',
        ('\u{0A1C}', '\u{0A3C}') => '\u{0A5B}',
        ('\u{0A2B}', '\u{0A3C}') => '\u{0A5E}',
        ('\u{0A32}', '\u{0A3C}') => '\u{0A33}',
        ('\u{0A38}', '\u{0A3C}') => '\u{0A36}',
        _ => return None,
    };
    Some(composed)
}

/// The text as the tables can take it: invisible marks removed, every space
/// one ASCII space (runs of them collapsed), NFC, native digits as ASCII,
/// nukta letters composed, and ₹ (undefined in every table) written "Rs", the
/// abbreviation print uses too.
pub fn normalise(text: &str) -> String {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars() {
        if is_invisible(c) {
            continue;
        }
        if is_space(c) {
            if !cleaned.ends_with(' ') {
                cleaned.push(' ');
            }
            continue;
        }
        if c == '\u{20B9}' {
            cleaned.push_str("Rs");
            continue;
        }
        cleaned.push(ascii_digit(c).unwrap_or(c));
    }
    let nfc = ComposingNormalizerBorrowed::new_nfc().normalize(&cleaned);
    let mut out = String::with_capacity(nfc.len());
    let mut chars = nfc.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(&next) = chars.peek() {
            if let Some(composed) = nukta_letter(c, next) {
                out.push(composed);
                chars.next();
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// A Latin letter (ASCII or accented): such words take the English code.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{00C0}'..'\u{0250}').contains(&c))
}

/// A letter or mark of another script than Latin (Bengali, Arabic …).
fn is_native_letter(c: char) -> bool {
    !c.is_ascii() && !is_latin_letter(c) && (c.is_alphabetic() || is_mark(c))
}

/// Combining marks of the five community-language scripts (vowel signs,
/// viramas, nuktas, harakat), which `char::is_alphabetic` does not all cover.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0AFF}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// A piece of one run in one braille code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub lang: &'static str,
    pub text: String,
    /// Whether a blank cell separates it from the segment before.
    pub space_before: bool,
}

/// Normalises `text` (in language `lang`) and splits it into segments: in a
/// language other than English, each stretch of words written in Latin
/// letters (English names, e-mail addresses, web addresses) is a segment of
/// its own in English; the rest stays in `lang`. Leading and trailing
/// punctuation that is not ASCII (the Urdu comma after a name) stays with the
/// language. Segments never begin or end with a space.
pub fn segments(lang: &'static str, text: &str) -> Vec<Segment> {
    let text = normalise(text);
    let mut out: Vec<Segment> = Vec::new();
    let mut push = |seg_lang: &'static str, piece: &str, space_before: bool| {
        if piece.is_empty() {
            return;
        }
        if let Some(last) = out.last_mut() {
            if last.lang == seg_lang {
                if space_before {
                    last.text.push(' ');
                }
                last.text.push_str(piece);
                return;
            }
        }
        out.push(Segment {
            lang: seg_lang,
            text: piece.to_string(),
            space_before: space_before && !out.is_empty(),
        });
    };
    for (index, word) in text.split(' ').enumerate() {
        if word.is_empty() {
            continue;
        }
        let space = index > 0;
        if lang == "en" {
            push("en", word, space);
            continue;
        }
        // the word in pieces of one script: Latin letters (with the ASCII
        // characters around them) and everything else
        let mut pieces: Vec<(&'static str, String)> = Vec::new();
        let chars: Vec<char> = word.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let is_en = is_latin_letter(c)
                || (c.is_ascii() && !c.is_ascii_whitespace() && {
                    // ASCII digits and punctuation join the Latin letters
                    // they touch, else they stay in the language
                    let mut j = i;
                    while j < chars.len() && chars[j].is_ascii() && !is_latin_letter(chars[j]) {
                        j += 1;
                    }
                    let after = j < chars.len() && is_latin_letter(chars[j]);
                    let mut k = i;
                    while k > 0 && chars[k - 1].is_ascii() && !is_latin_letter(chars[k - 1]) {
                        k -= 1;
                    }
                    let before = k > 0 && is_latin_letter(chars[k - 1]);
                    let word_is_latin = !chars.iter().any(|&c| is_native_letter(c))
                        && chars.iter().any(|&c| is_latin_letter(c));
                    after || before || (word_is_latin && (j == chars.len() || k == 0))
                });
            let seg_lang = if is_en { "en" } else { lang };
            match pieces.last_mut() {
                Some((l, s)) if *l == seg_lang => s.push(c),
                _ => pieces.push((seg_lang, c.to_string())),
            }
            i += 1;
        }
        for (n, (seg_lang, piece)) in pieces.into_iter().enumerate() {
            push(seg_lang, &piece, space && n == 0);
        }
    }
    out
}

/// Where the braille is not plain six-dot Unicode braille. Our supplementary
/// tables make liblouis write an undefined character as the eight-dot cell ⣀
/// (`undefined 78`); without them liblouis writes an escape (`⠄⡳⠭…⠄`,
/// dots-3 + `\x` + hex + dots-3, eight-dot cells in the default tables, but
/// six-dot cells where a table defines the backslash: so the `undefined` rule
/// is what makes this check reliable). The position (in chars) of the first
/// cell that is not six-dot braille.
pub fn find_escape(braille: &str) -> Option<usize> {
    braille
        .chars()
        .position(|c| !('\u{2800}'..='\u{283F}').contains(&c))
}

/// The compiled translator of every language, made once and shared between
/// threads (`louis::Translator` is `Send + Sync`).
pub struct Tables {
    translators: BTreeMap<&'static str, Translator>,
    /// Short segments already translated (headings, labels, names, the
    /// other-formats request every edition ends with), by code: a build
    /// meets them again and again, and translation is most of its time.
    memo: std::sync::Mutex<std::collections::HashMap<(&'static str, String), String>>,
}

/// Segments up to this many bytes are remembered; longer ones rarely
/// repeat, and remembering every paragraph of a large site would hold it
/// all in memory.
const MEMO_BYTES: usize = 160;

const fn assert_send_sync<T: Send + Sync>() {}
const _: () = assert_send_sync::<Translator>();

impl Tables {
    /// Compiles every language's tables from `dir` (the theme's `braille/`).
    pub fn load(dir: &Path) -> Result<Tables, BrailleError> {
        let compiled: Vec<Result<(&'static str, Translator), BrailleError>> =
            std::thread::scope(|scope| {
                let handles: Vec<_> = CODES
                    .iter()
                    .map(|code| scope.spawn(move || compile(dir, code).map(|t| (code.lang, t))))
                    .collect();
                handles
                    .into_iter()
                    .zip(CODES.iter())
                    .map(|(handle, code)| {
                        handle.join().unwrap_or_else(|_| {
                            Err(BrailleError::Tables {
                                lang: code.lang,
                                tables: code.tables.join(","),
                                dir: dir.to_path_buf(),
                                message: "the table compiler stopped unexpectedly".into(),
                            })
                        })
                    })
                    .collect()
            });
        let mut translators = BTreeMap::new();
        for result in compiled {
            let (lang, translator) = result?;
            translators.insert(lang, translator);
        }
        Ok(Tables {
            translators,
            memo: Default::default(),
        })
    }

    /// One segment into braille, refusing escapes: the error names the
    /// character, the language and the tables.
    pub fn translate_segment(
        &self,
        lang: &'static str,
        text: &str,
    ) -> Result<String, BrailleError> {
        let (code, translator) = self.translator(lang)?;
        let remember = text.len() <= MEMO_BYTES;
        if remember {
            let memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(braille) = memo.get(&(code.lang, text.to_string())) {
                return Ok(braille.clone());
            }
        }
        let braille = run(code, translator, text)?;
        if find_escape(&braille).is_none() {
            if remember {
                self.memo
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert((code.lang, text.to_string()), braille.clone());
            }
            return Ok(braille);
        }
        // name the culprit: the first character that alone does not translate
        let culprit = text.chars().find(|c| {
            run(code, translator, &c.to_string())
                .map(|b| find_escape(&b).is_some())
                .unwrap_or(true)
        });
        Err(match culprit {
            Some(character) => BrailleError::Untranslatable {
                lang,
                tables: code.tables.join(","),
                character,
                text: text.to_string(),
            },
            None => BrailleError::BadOutput {
                lang,
                tables: code.tables.join(","),
                text: text.to_string(),
                braille,
            },
        })
    }

    fn translator(&self, lang: &str) -> Result<(&'static Code, &Translator), BrailleError> {
        let code = code(lang).ok_or_else(|| BrailleError::UnknownLanguage {
            lang: lang.to_string(),
        })?;
        let translator =
            self.translators
                .get(code.lang)
                .ok_or_else(|| BrailleError::UnknownLanguage {
                    lang: lang.to_string(),
                })?;
        Ok((code, translator))
    }
}

fn compile(dir: &Path, code: &Code) -> Result<Translator, BrailleError> {
    for table in code.tables {
        let found = search_path(dir).iter().any(|d| d.join(table).is_file());
        if !found {
            return Err(BrailleError::Tables {
                lang: code.lang,
                tables: code.tables.join(","),
                dir: dir.to_path_buf(),
                message: format!("{table} is missing"),
            });
        }
    }
    Translator::with_search_path(code.tables, Direction::Forward, search_path(dir)).map_err(|e| {
        let detail = match &e {
            louis::TranslationError::ParseFailed(errors) => errors
                .iter()
                .map(|err| format!("{err:?}"))
                .collect::<Vec<_>>()
                .join("; "),
            other => other.to_string(),
        };
        BrailleError::Tables {
            lang: code.lang,
            tables: code.tables.join(","),
            dir: dir.to_path_buf(),
            message: detail,
        }
    })
}

fn run(code: &Code, translator: &Translator, text: &str) -> Result<String, BrailleError> {
    translator
        .translate(text)
        .map_err(|e| BrailleError::Tables {
            lang: code.lang,
            tables: code.tables.join(","),
            dir: PathBuf::new(),
            message: e.to_string(),
        })
        // liblouis writes a space as the blank cell, but be sure
        .map(|b| b.replace(' ', "\u{2800}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_strips_isolates_and_unifies_spaces() {
        assert_eq!(
            normalise("a\u{2068}b\u{2069}\u{00A0}\u{00A0}c\u{200D}d"),
            "ab cd"
        );
        assert_eq!(normalise("x\n\t y"), "x y");
    }

    #[test]
    fn native_digits_become_ascii() {
        assert_eq!(normalise("২০২৪ १२ ૩ ੪ ۱۲ ٣"), "2024 12 3 4 12 3");
    }

    #[test]
    fn nukta_letters_are_composed() {
        // NFC decomposes the precomposed letters; normalise composes them again
        assert_eq!(normalise("\u{0958}"), "\u{0958}");
        assert_eq!(normalise("স\u{09AF}\u{09BC}"), "স\u{09DF}");
        assert_eq!(normalise("\u{0A38}\u{0A3C}"), "\u{0A36}");
    }

    #[test]
    fn rupee_is_written_out() {
        assert_eq!(normalise("₹500"), "Rs500");
    }

    #[test]
    fn latin_words_are_english_segments() {
        let segs = segments("ur", "کونسل (North West Leicestershire)، اور");
        let langs: Vec<_> = segs.iter().map(|s| (s.lang, s.text.as_str())).collect();
        assert_eq!(
            langs,
            vec![
                ("ur", "کونسل"),
                ("en", "(North West Leicestershire)"),
                ("ur", "، اور")
            ]
        );
        assert!(segs[1].space_before);
        assert!(!segs[2].space_before);
        let segs = segments("bn", "ফোন 0116 305 6538, email@x.org");
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].text, "ফোন 0116 305 6538,");
        assert_eq!(segs[1].text, "email@x.org");
    }

    #[test]
    fn escapes_are_found() {
        assert_eq!(find_escape("⠁⠃"), None);
        assert_eq!(find_escape("⠁⠄⡳⠭⠴⠔⠃⠉⠄"), Some(2));
        assert_eq!(find_escape("⠁x"), Some(1));
    }
}
