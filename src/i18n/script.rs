//! Is a text in its language's own script? Catches the failure the seeds show:
//! a Gujarati notice printed in Devanagari glyphs.

use super::language::Language;

/// The script a letter belongs to, for the scripts compact-press publishes.
/// Digits, punctuation, spaces and symbols belong to none.
fn script_of(c: char) -> Option<&'static str> {
    let script = match c as u32 {
        0x0041..=0x005A | 0x0061..=0x007A | 0x00C0..=0x024F => "Latn",
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            "Arab"
        }
        0x0900..=0x097F | 0xA8E0..=0xA8FF => "Deva",
        0x0980..=0x09FF => "Beng",
        0x0A00..=0x0A7F => "Guru",
        0x0A80..=0x0AFF => "Gujr",
        _ => return None,
    };
    // Common punctuation and digits inside script blocks (danda, Arabic
    // comma and digits) are shared and say nothing about the script.
    match c as u32 {
        0x0964 | 0x0965 | 0x060C | 0x061B | 0x061F | 0x06D4 | 0x0660..=0x0669 | 0x06F0..=0x06F9 => {
            None
        }
        _ => Some(script),
    }
}

/// Explains what is wrong when `text`, meant to be in language `lang`, is
/// written in another non-Latin script. Latin letters are allowed: proper
/// names, e-mail addresses and URLs stay in Latin in every language.
pub fn wrong_script(lang: &str, text: &str) -> Option<String> {
    let expected = Language::find(lang)?;
    if expected.script == "Latn" {
        return None;
    }
    let mut own = 0usize;
    let mut foreign: Option<(&str, usize)> = None;
    for c in text.chars() {
        match script_of(c) {
            Some(s) if s == expected.script => own += 1,
            Some("Latn") | None => {}
            Some(s) => {
                let n = foreign.map_or(0, |(_, n)| n) + 1;
                foreign = Some((s, n));
            }
        }
    }
    match foreign {
        Some((found, n)) if n > 0 => Some(format!(
            "{} text is written in {} script ({n} letters), not {} ({} letters)",
            expected.english,
            script_name(found),
            script_name(expected.script),
            own
        )),
        _ if own == 0 && text.chars().any(char::is_alphabetic) => Some(format!(
            "{} text has no letters in {} script",
            expected.english,
            script_name(expected.script)
        )),
        _ => None,
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
    }
}
