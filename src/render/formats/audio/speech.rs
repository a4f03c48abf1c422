//! What the voice is given to say: a sentence's text as SSML, with the
//! things a synthesiser reads wrongly rewritten so that it reads them as a
//! person would.
//!
//! - Extended Arabic-Indic and Arabic-Indic digits (۰–۹, ٠–٩) become
//!   ASCII digits: eSpeak NG's Urdu voice says nothing for them, and reads
//!   ASCII digits in Urdu.
//! - Phone numbers are read digit by digit, in their groups ("0116 229
//!   3103": "zero one one six, two two nine, …"), never as one large
//!   number; postcodes character by character ("LE4 1HB").
//! - Abbreviations in capitals (VCS, CVS, PCT, NHS, LSP) are spelled out,
//!   letter by letter, unless the whole sentence is in capitals.
//! - Section numbers ("9.1") are left as written: every voice reads them
//!   as written, "nine point one".
//! - A stretch in another language than the sentence's (an English name in
//!   a Bengali sentence) is given to that language's voice.
//!
//! Everything else is escaped for XML: the text never becomes markup.

use regex::Regex;
use std::sync::LazyLock;

/// The eSpeak NG voice for a language code.
pub fn voice(lang: &str) -> &'static str {
    match lang {
        "bn" => "bn",
        "pa" => "pa",
        "hi" => "hi",
        "gu" => "gu",
        "ur" => "ur",
        _ => "en-gb",
    }
}

/// A stretch of a sentence in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    pub lang: &'a str,
    pub text: &'a str,
}

/// The SSML document for one sentence spoken in `lang`'s voice, whose parts
/// may be in other languages.
pub fn ssml(lang: &str, parts: &[Part]) -> String {
    let all_caps = is_all_caps(parts.iter().map(|p| p.text));
    let mut out = format!(
        "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{}\">",
        voice(lang)
    );
    for part in parts {
        let said = say(part.text, all_caps);
        // Digits and punctuation alone stay with the sentence's voice.
        let letters = part.text.chars().any(char::is_alphabetic);
        if !letters || part.lang == lang || voice(part.lang) == voice(lang) {
            out.push_str(&said);
        } else {
            out.push_str(&format!(
                "<voice xml:lang=\"{}\">{said}</voice>",
                voice(part.lang)
            ));
        }
    }
    out.push_str("</speak>");
    out
}

/// Whether the letters of a sentence are all capitals (a heading written
/// in capitals): its words are then read as words.
fn is_all_caps<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    let mut letters = 0;
    for t in texts {
        for c in t.chars().filter(|c| c.is_alphabetic()) {
            if c.is_lowercase() {
                return false;
            }
            if c.is_uppercase() {
                letters += 1;
            }
        }
    }
    letters > 5
}

/// UK phone numbers: 0 or +44, then groups of digits separated by single
/// spaces or hyphens, 9 digits or more in all (checked in [`say`]).
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+44\s?(?:\(0\)\s?)?|\b0)\d+(?:[ \-]\d+)*").expect("a valid pattern")
});

/// UK postcodes: "LE4 1HB", "LE11 3QB", "SW1A 1AA".
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b").expect("a valid pattern")
});

/// Abbreviations: two to five capitals, perhaps with a plural "s".
static ABBREVIATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Z]{2,5}(s?)\b").expect("a valid pattern"));

/// One part's text as SSML content: rewritten where needed, escaped.
fn say(text: &str, all_caps: bool) -> String {
    let text = ascii_digits(text);
    // The spans to read character by character, with what to say instead.
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    for m in PHONE.find_iter(&text) {
        let digits = m.as_str().chars().filter(|c| c.is_numeric()).count();
        if digits >= 9 {
            spans.push((m.start(), m.end(), by_character(m.as_str())));
        }
    }
    for m in POSTCODE.find_iter(&text) {
        if !overlaps(&spans, m.start(), m.end()) {
            spans.push((m.start(), m.end(), by_character(m.as_str())));
        }
    }
    if !all_caps {
        for c in ABBREVIATION.captures_iter(&text) {
            let Some(m) = c.get(0) else { continue };
            if overlaps(&spans, m.start(), m.end()) {
                continue;
            }
            let plural = c.get(1).is_some_and(|p| !p.is_empty());
            let letters = &m.as_str()[..m.len() - usize::from(plural)];
            let mut said = by_character(letters);
            if plural {
                said.push('s');
            }
            spans.push((m.start(), m.end(), said));
        }
    }
    spans.sort();
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for (start, end, said) in spans {
        out.push_str(&escape(&text[at..start]));
        out.push_str(&escape(&said));
        at = end;
    }
    out.push_str(&escape(&text[at..]));
    out
}

fn overlaps(spans: &[(usize, usize, String)], start: usize, end: usize) -> bool {
    spans.iter().any(|(s, e, _)| start < *e && *s < end)
}

/// "0116 229" → "0 1 1 6, 2 2 9": each character alone, each group a
/// pause apart.
fn by_character(s: &str) -> String {
    s.split([' ', '-'])
        .filter(|g| !g.is_empty())
        .map(|group| {
            let mut chars = String::new();
            for c in group.chars().filter(|c| c.is_alphanumeric() || *c == '+') {
                if !chars.is_empty() {
                    chars.push(' ');
                }
                chars.push(c);
            }
            chars
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The digits of the site's scripts as ASCII digits, which every voice
/// reads in its own language: Extended Arabic-Indic (Urdu) and
/// Arabic-Indic digits, which the Urdu voice skips, and Bengali, Gurmukhi,
/// Devanagari and Gujarati digits, so that one pattern finds phone numbers
/// in any of them.
pub fn ascii_digits(s: &str) -> String {
    const ZEROS: [u32; 6] = [0x06F0, 0x0660, 0x09E6, 0x0A66, 0x0966, 0x0AE6];
    s.chars()
        .map(|c| {
            let code = c as u32;
            ZEROS
                .iter()
                .find(|&&zero| (zero..zero + 10).contains(&code))
                .map_or(c, |zero| char::from(b'0' + (code - zero) as u8))
        })
        .collect()
}

/// Bidi marks, embeddings and isolates (Fluent puts isolates around the
/// values it places).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text as XML character data: escaped, with white space as spaces and
/// without the characters XML forbids (controls) or that say nothing
/// (bidi controls).
pub fn escape(s: &str) -> String {
    let plain: String = s
        .chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .filter(|&c| !c.is_control() && !is_bidi_control(c))
        .collect();
    crate::render::inline::escape(&plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(text: &str) -> String {
        ssml("en", &[Part { lang: "en", text }])
    }

    #[test]
    fn phone_numbers_are_read_digit_by_digit_in_their_groups() {
        let s = en("Please call 0116 229 3103 today.");
        assert!(s.contains("call 0 1 1 6, 2 2 9, 3 1 0 3 today"), "{s}");
        let s = en("Tel: 01509 634500");
        assert!(s.contains("0 1 5 0 9, 6 3 4 5 0 0"), "{s}");
    }

    #[test]
    fn years_and_sums_are_not_phone_numbers() {
        let s = en("In 2003 the Compact gave £21m to 120 groups.");
        assert!(
            s.contains("In 2003 the Compact gave £21m to 120 groups."),
            "{s}"
        );
    }

    #[test]
    fn urdu_digits_become_digits_the_urdu_voice_reads() {
        let s = ssml(
            "ur",
            &[Part {
                lang: "ur",
                text: "فون ۰۱۱۶ ۲۲۹ ۳۱۰۳",
            }],
        );
        assert!(s.contains("فون 0 1 1 6, 2 2 9, 3 1 0 3"), "{s}");
        assert!(!s.contains('۰'));
        let s = ssml(
            "bn",
            &[Part {
                lang: "bn",
                text: "ফোন ০১১৬ ২২৯ ৩১০৩",
            }],
        );
        assert!(s.contains("ফোন 0 1 1 6, 2 2 9, 3 1 0 3"), "{s}");
    }

    #[test]
    fn postcodes_and_abbreviations_are_spelled() {
        let s = en("Write to Leicester LE4 1HB about the VCS and CVSs.");
        assert!(s.contains("L E 4, 1 H B"), "{s}");
        assert!(s.contains("the V C S and C V Ss."), "{s}");
    }

    #[test]
    fn a_heading_in_capitals_is_read_as_words() {
        let s = en("THE SHARED PRINCIPLES");
        assert!(s.contains("THE SHARED PRINCIPLES"), "{s}");
    }

    #[test]
    fn section_numbers_stay_as_written() {
        assert!(en("9.1 Funding").contains("9.1 Funding"));
    }

    #[test]
    fn another_language_goes_to_its_voice_and_text_never_becomes_markup() {
        let s = ssml(
            "bn",
            &[
                Part {
                    lang: "bn",
                    text: "এটি ",
                },
                Part {
                    lang: "en",
                    text: "Charnwood <Borough> & Co",
                },
            ],
        );
        assert!(
            s.contains("এটি <voice xml:lang=\"en-gb\">Charnwood &lt;Borough&gt; &amp; Co</voice>"),
            "{s}"
        );
        assert!(s.starts_with("<speak") && s.contains("xml:lang=\"bn\""));
    }
}
