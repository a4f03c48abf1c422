//! Line wrapping for the plain-text edition: 72 display columns by the
//! Unicode line-breaking rules (UAX #14, through textwrap), so lines break
//! only where a line may break in that script — never inside a word or a
//! grapheme cluster, so Indic conjuncts and Urdu words stay whole.
//!
//! Phone numbers, e-mail addresses and URLs are kept whole on one line, so
//! that searching a file for "0116 265 8015" finds it, and a bidi isolate
//! (LRI … PDI) is never split across lines.

use crate::render::inline::{is_address, is_number_group, LRI, PDI, SENTENCE_PUNCTUATION};
use textwrap::core::Word;
use textwrap::{Options, WordSeparator, WordSplitter};

/// The width of a line, in display columns.
pub const WIDTH: usize = 72;

/// Wraps one paragraph. `first` starts its first line and `rest` every
/// other, so list markers can hang. A word wider than a line stays whole.
pub fn wrap(text: &str, first: &str, rest: &str) -> Vec<String> {
    let text = text.trim();
    // Most paragraphs of a compact's text edition — list items, terms,
    // table cells, contacts — fit on their first line, where the line
    // breaker has nothing to decide: textwrap would give the same line.
    // (Control characters are left to it: it reads line feeds as breaks,
    // and does not count escape sequences.)
    if !text.is_empty()
        && !text.contains(|c: char| c.is_control())
        && width(first) + width(text) <= WIDTH
    {
        return vec![format!("{first}{text}").trim_end().to_string()];
    }
    let options = Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_separator(WordSeparator::Custom(words))
        // Breaking at a hyphen would split a word ("long-term") across lines.
        .word_splitter(WordSplitter::NoHyphenation);
    textwrap::wrap(text, &options)
        .into_iter()
        .map(|line| line.trim_end().to_string())
        .collect()
}

/// Display width, as a terminal or a monospaced editor counts it.
pub fn width(s: &str) -> usize {
    textwrap::core::display_width(s)
}

/// Words for textwrap: the Unicode break opportunities, except inside a
/// phone number, an address or a bidi isolate, which are one word each.
fn words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let tokens = tokens(line);
    let text = |t: (usize, usize, usize)| &line[t.0..t.1];
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut j = i;
        let first = text(tokens[i]);
        if first.contains(LRI) {
            while !text(tokens[j]).contains(PDI) && j + 1 < tokens.len() {
                j += 1;
            }
        } else if is_number_group(core(first)) {
            while j + 1 < tokens.len() && is_number_group(core(text(tokens[j + 1]))) {
                j += 1;
            }
        }
        let span = &line[tokens[i].0..tokens[j].2];
        if j > i || is_address(first) || unbreakable(first) {
            out.push(Word::from(span));
        } else {
            out.extend(WordSeparator::UnicodeBreakProperties.find_words(span));
        }
        i = j + 1;
    }
    Box::new(out.into_iter())
}

/// Whether the Unicode line-breaking rules allow no break inside `token`:
/// letters, combining marks and digits (any script), perhaps opened by a
/// bracket or quotation mark and closed by punctuation, which may never
/// start a line. Most words are such, and asking the line breaker about
/// them, a character at a time, was a sixth of a large build.
fn unbreakable(token: &str) -> bool {
    let opening = |c: char| matches!(c, '(' | '[' | '"' | '\'' | '‘' | '“' | '«');
    let closing = |c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '"'
                | '\''
                | '’'
                | '”'
                | '»'
                | '।'
                | '॥'
                | '۔'
                | '،'
                | '؛'
                | '؟'
        )
    };
    let core = token.trim_start_matches(opening).trim_end_matches(closing);
    !core.is_empty() && core.chars().all(word_character)
}

/// A letter, combining mark (vowel signs, viramas, nuktas), decimal digit
/// or joiner, by ICU4X's general category table (Rust's own `is_alphabetic`
/// searches a table for each character beyond ASCII, and was slower than
/// the rest of wrapping).
fn word_character(c: char) -> bool {
    use icu::properties::props::{GeneralCategory, GeneralCategoryGroup};
    use icu::properties::CodePointMapData;
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if c == '\u{200C}' || c == '\u{200D}' {
        return true;
    }
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    GeneralCategoryGroup::Letter.contains(category)
        || GeneralCategoryGroup::Mark.contains(category)
        || category == GeneralCategory::DecimalNumber
}

/// Space-separated tokens as (start, end of text, end with trailing spaces).
fn tokens(line: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i] != b' ' {
            i += 1;
        }
        let end = i;
        while i < bytes.len() && bytes[i] == b' ' {
            i += 1;
        }
        out.push((start, end, i));
    }
    out
}

/// A token without the brackets and punctuation around a number.
fn core(token: &str) -> &str {
    token
        .trim_start_matches('(')
        .trim_end_matches(|c| c == ')' || SENTENCE_PUNCTUATION.contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each token asked of the line breaker, as words were found before
    /// tokens without break opportunities were taken whole: the two must
    /// agree (on lines without phone numbers, addresses or isolates, which
    /// are whole words either way).
    fn words_token_by_token(line: &str) -> Vec<String> {
        tokens(line)
            .into_iter()
            .flat_map(|t| {
                WordSeparator::UnicodeBreakProperties
                    .find_words(&line[t.0..t.2])
                    .map(|w| format!("{}{}", w.word, w.whitespace))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn words_taken_whole_are_what_the_line_breaker_would_find() {
        for line in [
            "The Council and the VCS (see section 2.1) agree: long-term/short-term plans.",
            "লেস্টারশায়ার কাউন্টি কাউন্সিল এবং স্বেচ্ছাসেবী ও কমিউনিটি সেক্টর (VCS)।",
            "ਜੇ ਤੁਸੀਂ ਇਸ ਵਿਚੋਂ ਕਿਸੇ ਵੀ ਜਾਣਕਾਰੀ ਨੂੰ ਪੰਜਾਬੀ ਵਿਚ ਚਾਹੁੰਦੇ ਹੋ",
            "यदि आपको इसमें से कोई भी जानकारी की आवश्यकता हो तो ( कृपया ) फ़ोन करें।",
            "જો તમને આમાંથી કોઈ પણ માહિતી જોઈતી હોય તો કૃપા કરીને ફોન કરો.",
            "اگر آپ ان میں سے کوئی معلومات اردو میں حاصل کرنا چاہتے ہیں تو",
            "\"Quoted\" — and — dashes… and/or, e-mail: (1998) [a] 'b' 3.5%",
        ] {
            let whole: Vec<String> = words(line)
                .map(|w| format!("{}{}", w.word, w.whitespace))
                .collect();
            assert_eq!(whole, words_token_by_token(line), "{line}");
        }
        // And generated sentences in every script, as in the benchmark corpus.
        let mut rng = crate::dev::words::Rng::new(7);
        for _ in 0..200 {
            for lang in ["en", "bn", "pa", "hi", "gu", "ur"] {
                let line = if lang == "en" {
                    crate::dev::words::english_sentence(&mut rng, 5, 30)
                } else {
                    crate::dev::words::sentence(&mut rng, lang, 20)
                };
                let whole: Vec<String> = words(&line)
                    .map(|w| format!("{}{}", w.word, w.whitespace))
                    .collect();
                assert_eq!(whole, words_token_by_token(&line), "{line}");
            }
        }
    }

    #[test]
    fn a_line_that_fits_is_what_textwrap_makes_of_it() {
        let options = |first, rest| {
            Options::new(WIDTH)
                .initial_indent(first)
                .subsequent_indent(rest)
                .break_words(false)
                .word_separator(WordSeparator::Custom(words))
                .word_splitter(WordSplitter::NoHyphenation)
        };
        for (text, first) in [
            ("A short line.", ""),
            ("  spaces  inside   kept  ", "  - "),
            ("লেস্টারশায়ার কাউন্টি কাউন্সিল", "(a) "),
            ("اگر آپ ان میں سے کوئی معلومات", ""),
            (&"x".repeat(72) as &str, ""),
            (&"word ".repeat(14), "  - "),
        ] {
            let textwrap: Vec<String> = textwrap::wrap(text.trim(), options(first, "    "))
                .into_iter()
                .map(|l| l.trim_end().to_string())
                .collect();
            assert_eq!(wrap(text, first, "    "), textwrap, "{text:?}");
        }
    }

    #[test]
    fn phone_numbers_stay_on_one_line() {
        let text = format!("{} call 0116 265 8015 today.", "word ".repeat(12));
        let lines = wrap(&text, "", "");
        assert!(
            lines.iter().any(|l| l.contains("0116 265 8015")),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| width(l) <= WIDTH), "{lines:?}");
    }

    #[test]
    fn long_words_and_urls_stay_whole() {
        let url = format!("<https://example.org/{}>", "a-b/".repeat(30));
        let lines = wrap(&format!("See {url} now"), "", "");
        assert!(lines.iter().any(|l| l == &url), "{lines:?}");
    }

    #[test]
    fn hanging_indents() {
        let lines = wrap(&"item ".repeat(30), "  - ", "    ");
        assert!(lines[0].starts_with("  - item"));
        assert!(lines[1..].iter().all(|l| l.starts_with("    item")));
    }

    #[test]
    fn isolates_are_never_split() {
        let text = format!("{}{LRI}0116 265 8015{PDI} پر", "لفظ ".repeat(16));
        let lines = wrap(&text, "", "");
        assert!(lines
            .iter()
            .any(|l| l.contains(&format!("{LRI}0116 265 8015{PDI}"))));
    }
}
