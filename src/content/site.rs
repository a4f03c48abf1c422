//! `content/site.yaml`: the site's title, base URL, languages, theme and the
//! publishing organisation's contacts.

use super::model::{Contact, Text};
use crate::i18n::language::Language;
use crate::i18n::numbers::Numbering;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// `content/site.yaml`: the site's title, address, languages and publisher.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "compact-press site")]
pub struct SiteConfig {
    /// English site title; translated as `site--title` in `locales/<lang>/site.ftl`.
    pub title: Text,
    /// English tagline under the title on each home page (`site--tagline`).
    pub tagline: Option<Text>,
    /// Absolute URL the site is published at; used only for the sitemap,
    /// canonical and hreflang links. Everything else is relative.
    pub base_url: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Language codes; the first is the source language (English).
    pub languages: Vec<String>,
    /// Who publishes the site and answers requests for other formats.
    pub publisher: Contact,
    /// Featured publications: their slugs, in the order each language's
    /// home page shows them (the first six). The home page's other places
    /// go to the newest of the rest. Every publication is also in its
    /// kind's listing (compacts, action reports, news), newest first.
    #[serde(default)]
    pub publications: Vec<String>,
    /// The formats each publication is offered in besides its web pages:
    /// `pdf` (large print), `text` (plain text), `braille` (PEF and BRF),
    /// `audio` (a DAISY talking book and MP3s, read by eSpeak NG, which
    /// must be installed). A format named alone is made for every
    /// publication; `audio: [slug, …]` makes it for those publications only.
    /// Leave it out for every format that needs nothing beyond
    /// compact-press and its theme (all but audio).
    #[schemars(example = &["pdf", "text", "braille"])]
    pub formats: Option<Vec<FormatEntry>>,
    /// Braille page size.
    #[serde(default)]
    pub braille: BrailleSettings,
    #[serde(default)]
    pub large_print: LargePrint,
    /// Digits per language code (`bn: beng`, `hi: deva`) where readers
    /// expect other digits than the language's default (see `Language`).
    #[serde(default)]
    pub numbering: BTreeMap<String, Numbering>,
    /// What pages show where the English has changed since a translation was
    /// made: the translation with a notice, or the English.
    #[serde(default)]
    pub stale_translations: StalePolicy,
    /// What the accessibility statement says: compliance, what is not accessible, dates, testing.
    pub accessibility: Option<super::accessibility::Accessibility>,
}

/// One entry of `formats:`: a format's name, for every publication, or
/// `name: [slug, …]` for some.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum FormatEntry {
    /// Every publication, e.g. `pdf`.
    All(String),
    /// Only the publications listed, e.g. `audio: [compact-leicestershire]`.
    Some(BTreeMap<String, Vec<String>>),
}

impl FormatEntry {
    /// The formats it names (one, unless written as a map of several).
    pub fn names(&self) -> Vec<&str> {
        match self {
            FormatEntry::All(n) => vec![n.as_str()],
            FormatEntry::Some(m) => m.keys().map(String::as_str).collect(),
        }
    }
}

impl SiteConfig {
    /// The formats the site makes: those `formats:` names, or every format
    /// that is on by default. The pages are always made.
    pub fn formats(&self) -> Vec<String> {
        let mut names = match &self.formats {
            Some(entries) => entries
                .iter()
                .flat_map(|e| e.names())
                .map(str::to_string)
                .collect(),
            None => crate::render::formats::defaults(),
        };
        if !names.iter().any(|n| n == crate::render::formats::PAGES) {
            names.push(crate::render::formats::PAGES.to_string());
        }
        names
    }

    /// Whether `format` is made for the publication `slug`: every format
    /// the site makes is, unless `formats:` lists the publications it is
    /// made for.
    pub fn makes(&self, format: &str, slug: &str) -> bool {
        let Some(entries) = &self.formats else {
            return true;
        };
        let mut listed = false;
        for e in entries {
            match e {
                FormatEntry::All(n) if n == format => return true,
                FormatEntry::Some(m) => {
                    if let Some(slugs) = m.get(format) {
                        listed = true;
                        if slugs.iter().any(|s| s == slug) {
                            return true;
                        }
                    }
                }
                FormatEntry::All(_) => {}
            }
        }
        // A format no entry lists publications for (the pages) is made
        // for all.
        !listed
    }

    /// The digits numbers and dates are written in, in language `lang`.
    pub fn numbering(&self, lang: &Language) -> Numbering {
        self.numbering
            .get(lang.code)
            .copied()
            .unwrap_or(lang.numbering)
    }
}

/// What to do with a translation made from English that has since changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StalePolicy {
    /// Show the translation, and say on the page that parts may be out of date.
    #[default]
    Notice,
    /// Show the current English instead, marked as English.
    English,
}

/// Braille settings: the page the braille edition is laid out on.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BrailleSettings {
    /// Cells per line: 40 by default (A4 braille paper), 12–100.
    #[serde(default = "default_braille_cells")]
    pub cells: usize,
    /// Lines per page: 25 by default, 4–50.
    #[serde(default = "default_braille_lines")]
    pub lines: usize,
}

fn default_braille_cells() -> usize {
    40
}

fn default_braille_lines() -> usize {
    25
}

impl Default for BrailleSettings {
    fn default() -> Self {
        BrailleSettings {
            cells: default_braille_cells(),
            lines: default_braille_lines(),
        }
    }
}

/// Large-print settings (UKAAF guidance: body text 16 pt or more).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LargePrint {
    /// Body text size in points; 18 by default, never below 16.
    #[serde(default = "default_body_size")]
    pub body_size: f64,
}

impl Default for LargePrint {
    fn default() -> Self {
        LargePrint {
            body_size: default_body_size(),
        }
    }
}

fn default_body_size() -> f64 {
    18.0
}

fn default_theme() -> String {
    "default".to_string()
}
