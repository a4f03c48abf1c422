//! The languages compact-press publishes in, with what a page needs to know
//! about each: its name in its own script, its script, its direction and
//! the digits its readers expect.

use super::numbers::Numbering;

/// One supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, used in `lang`, `hreflang`, folder and file names.
    pub code: &'static str,
    /// The language's name in its own script (an autonym), as readers look for it.
    pub autonym: &'static str,
    /// English name, for messages to authors.
    pub english: &'static str,
    /// ISO 15924 code of the script its text must be in.
    pub script: &'static str,
    pub rtl: bool,
    /// The digits numbers are written in unless `content/site.yaml` says
    /// otherwise: CLDR's default for the language.
    pub numbering: Numbering,
}

const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        autonym: "English",
        english: "English",
        script: "Latn",
        rtl: false,
        numbering: Numbering::Latn,
    },
    Language {
        code: "bn",
        autonym: "বাংলা",
        english: "Bengali",
        script: "Beng",
        rtl: false,
        // CLDR's default, and what Bengali readers expect in running text.
        numbering: Numbering::Beng,
    },
    // Punjabi in Gurmukhi. Typst (issue 8192) and some tools guess `pa` is
    // right-to-left (Shahmukhi); it is not here.
    Language {
        code: "pa",
        autonym: "ਪੰਜਾਬੀ",
        english: "Punjabi",
        script: "Guru",
        rtl: false,
        numbering: Numbering::Latn,
    },
    Language {
        code: "hi",
        autonym: "हिन्दी",
        english: "Hindi",
        script: "Deva",
        rtl: false,
        numbering: Numbering::Latn,
    },
    Language {
        code: "gu",
        autonym: "ગુજરાતી",
        english: "Gujarati",
        script: "Gujr",
        rtl: false,
        numbering: Numbering::Latn,
    },
    Language {
        code: "ur",
        autonym: "اردو",
        english: "Urdu",
        script: "Arab",
        rtl: true,
        // CLDR's default for Urdu (ur-PK); Indian Urdu would use `arabext`.
        numbering: Numbering::Latn,
    },
];

impl Language {
    pub fn find(code: &str) -> Option<&'static Language> {
        LANGUAGES.iter().find(|l| l.code == code)
    }

    /// Every supported code, for error messages.
    pub fn codes() -> Vec<&'static str> {
        LANGUAGES.iter().map(|l| l.code).collect()
    }

    pub fn dir(&self) -> &'static str {
        if self.rtl {
            "rtl"
        } else {
            "ltr"
        }
    }
}
