//! Is a text in its language's own script? Catches the failure the seeds
//! show: a Gujarati notice printed in Devanagari glyphs. Letters are told
//! apart by the Unicode Script property (ICU4X's table); digits,
//! punctuation and other characters shared between scripts (Common and
//! Inherited, such as the danda and ZWJ) say nothing, and Latin letters are
//! always allowed, since proper names, e-mail and web addresses stay in
//! Latin in every language.

use super::language::Language;
use super::locales::{FtlFile, Locales};
use crate::diagnostic::{offset_in, Diagnostic, Diagnostics};
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use icu::properties::props::Script;
use icu::properties::{CodePointMapData, PropertyNamesLong, PropertyParser};

/// What a text's letters are, compared with the script it should be in.
#[derive(Debug, PartialEq)]
struct Letters {
    /// Letters in the expected script.
    own: usize,
    /// The first other non-Latin script found, how many of its letters
    /// there are, and the byte offset of the first.
    foreign: Option<(Script, usize, usize)>,
}

fn letters(expected: &Language, text: &str) -> Letters {
    let scripts = CodePointMapData::<Script>::new();
    let own_script = PropertyParser::<Script>::new().get_strict(expected.script);
    let mut own = 0;
    let mut foreign: Option<(Script, usize, usize)> = None;
    for (i, c) in text.char_indices() {
        // Latin, digits and punctuation never count either way.
        if c.is_ascii() {
            continue;
        }
        let script = scripts.get(c);
        if Some(script) == own_script {
            own += 1;
        } else if ![
            Script::Common,
            Script::Inherited,
            Script::Latin,
            Script::Unknown,
        ]
        .contains(&script)
        {
            match &mut foreign {
                Some((s, n, _)) if *s == script => *n += 1,
                Some(_) => {}
                None => foreign = Some((script, 1, i)),
            }
        }
    }
    Letters { own, foreign }
}

fn explain(expected: &Language, found: Script, n: usize, own: usize) -> String {
    format!(
        "{} text is written in {} script ({n} letters), not {} ({own} letters)",
        expected.english,
        PropertyNamesLong::<Script>::new()
            .get(found)
            .unwrap_or("another"),
        script_name(expected.script)
    )
}

/// Explains what is wrong when `text`, a line that must be in language
/// `lang` (a community-language request in the YAML), is written in another
/// non-Latin script or has no letters of its own script.
pub fn wrong_script(lang: &str, text: &str) -> Option<String> {
    let expected = Language::find(lang)?;
    if expected.script == "Latn" {
        return None;
    }
    let l = letters(expected, text);
    match l.foreign {
        Some((found, n, _)) => Some(explain(expected, found, n, l.own)),
        None if l.own == 0 && text.chars().any(char::is_alphabetic) => Some(format!(
            "{} text has no letters in {} script",
            expected.english,
            script_name(expected.script)
        )),
        None => None,
    }
}

/// Checks that every translated message is in its language's script. A
/// translation in Latin letters only is allowed: it may be a proper name.
/// Each message in another script is an error at its first foreign letter.
pub fn check(locales: &Locales) -> Diagnostics {
    let mut out = Diagnostics::default();
    for (lang, files) in &locales.files {
        for (stem, file) in files {
            out.extend(check_file(
                lang,
                &format!("locales/{lang}/{stem}.ftl"),
                file,
            ));
        }
    }
    out
}

/// [`check`] for one file of language `lang`, shown as `path`.
pub fn check_file(lang: &str, path: &str, file: &FtlFile) -> Diagnostics {
    let mut out = Diagnostics::default();
    let Some(expected) = Language::find(lang).filter(|l| l.script != "Latn") else {
        return out;
    };
    let source = file.resource.source();
    for entry in file.resource.entries() {
        let Entry::Message(m) = entry else { continue };
        let mut texts = Vec::new();
        if let Some(v) = &m.value {
            pattern_texts(v, &mut texts);
        }
        for a in &m.attributes {
            pattern_texts(&a.value, &mut texts);
        }
        let mut own = 0;
        let mut first: Option<(Script, usize)> = None;
        let mut count = 0;
        for t in texts {
            let l = letters(expected, t);
            own += l.own;
            if let Some((script, n, at)) = l.foreign {
                if first.is_none_or(|(s, _)| s == script) {
                    count += n;
                }
                if first.is_none() {
                    first = offset_in(source, t).map(|o| (script, o + at));
                }
            }
        }
        if let Some((script, offset)) = first {
            out.push(
                Diagnostic::error(
                    path,
                    format!(
                        "message `{}`: {}",
                        m.id.name,
                        explain(expected, script, count, own)
                    ),
                    format!(
                        "retype it in {} script (with a {} keyboard layout or input tool); proper names, numbers, e-mail and web addresses may stay in Latin letters",
                        script_name(expected.script),
                        expected.english
                    ),
                )
                .at_offset(source, offset),
            );
        }
    }
    out
}

/// How many words an English message has: runs of text with a letter in
/// them, placeables left out.
fn english_words(fluent: &str) -> usize {
    let mut text = String::new();
    let mut depth = 0usize;
    for c in fluent.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => text.push(c),
            _ => text.push(' '),
        }
    }
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// Warns about translations typed in Latin letters ("Amalikaran ane
/// samiksha" for Gujarati): every letter Latin, where the English has three
/// words or more. Shorter English may well be a name, an acronym or a
/// number kept as it is, so it is left alone; and a Latin translation may
/// be meant, so this is a warning, not an error.
pub fn latin_only<'a>(pairs: impl Iterator<Item = super::english::Pair<'a>>) -> Diagnostics {
    let mut out = Diagnostics::default();
    let scripts = CodePointMapData::<Script>::new();
    for pair in pairs {
        // `locales/<lang>/<stem>.ftl`
        let Some(lang) = pair
            .path
            .split('/')
            .nth(1)
            .and_then(Language::find)
            .filter(|l| l.script != "Latn")
        else {
            continue;
        };
        let m = pair.message;
        let mut texts = Vec::new();
        if let Some(v) = &m.value {
            pattern_texts(v, &mut texts);
        }
        for a in &m.attributes {
            pattern_texts(&a.value, &mut texts);
        }
        let mut first = None;
        let mut all_latin = true;
        'texts: for t in &texts {
            for (i, c) in t.char_indices().filter(|(_, c)| c.is_alphabetic()) {
                if scripts.get(c) != Script::Latin {
                    all_latin = false;
                    break 'texts;
                }
                first = first.or(Some((*t, i)));
            }
        }
        let Some((t, i)) = first.filter(|_| all_latin) else {
            continue;
        };
        if english_words(&pair.english.fluent) < 3 {
            continue;
        }
        let d = Diagnostic::warning(
            &pair.path,
            format!(
                "message `{}`: the {} translation is written in Latin letters only",
                m.id.name, lang.english
            ),
            format!(
                "type it in {} script (with a {} keyboard layout or input tool); if it is meant to stay in Latin letters (a name), nothing needs doing",
                script_name(lang.script),
                lang.english
            ),
        );
        out.push(match offset_in(pair.source, t) {
            Some(o) => d.at_offset(pair.source, o + i),
            None => d,
        });
    }
    out
}

/// The literal text of a pattern, variants included, as slices of its source.
fn pattern_texts<'s>(p: &Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &p.elements {
        match element {
            PatternElement::TextElement { value } => out.push(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for v in variants {
                    pattern_texts(&v.value, out);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

pub fn script_name(code: &str) -> &'static str {
    match code {
        "Latn" => "Latin",
        "Arab" => "Arabic",
        "Deva" => "Devanagari",
        "Beng" => "Bengali",
        "Guru" => "Gurmukhi",
        "Gujr" => "Gujarati",
        _ => "an unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_gujarati_in_devanagari_is_caught() {
        let seed = "अगर तमने आमांथी कोष पझा ज़ाज़कारी जोषती होय तो 0116 265 8015 टेलिफोन करो.";
        let msg = wrong_script("gu", seed).unwrap();
        assert!(
            msg.contains("Devanagari") && msg.contains("Gujarati"),
            "{msg}"
        );
    }

    #[test]
    fn own_script_with_digits_and_latin_names_is_fine() {
        assert_eq!(
            wrong_script("gu", "જો તમને 0116 265 8015 ટેલિફોન CVS કરો."),
            None
        );
        assert_eq!(
            wrong_script("ur", "براہ کرم 0116 265 8015 پر ٹیلی فون کریں۔"),
            None
        );
        assert_eq!(
            wrong_script("pa", "ਕ੍ਰਿਪਾ ਕਰਕੇ 0116 265 8015 ਉੱਪਰ ਫੋਨ ਕਰੋ।"),
            None
        );
        // The danda is shared by the Indic scripts; Bengali digits are Bengali.
        assert_eq!(wrong_script("bn", "০১১৬ নম্বরে ফোন করুন।"), None);
    }

    #[test]
    fn the_first_foreign_letter_is_found() {
        let gu = Language::find("gu").unwrap();
        let l = letters(gu, "CVS: ટેલિફોન टेलिफोन");
        let (script, n, at) = l.foreign.unwrap();
        assert_eq!(script, Script::Devanagari);
        assert_eq!(n, 7);
        assert_eq!(&"CVS: ટેલિફોન टेलिफोन"[at..], "टेलिफोन");
    }
}
