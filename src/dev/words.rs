//! Words for generated corpora: English from a vocabulary of the compacts'
//! own words, and pronounceable words in each community language's script
//! (consonant + vowel sign syllables), so that generated translations are
//! real Unicode in the right script and shape like the real thing.
//!
//! The random numbers are SplitMix64: a corpus must be the same for the
//! same seed on every machine and every version, which a seeded
//! general-purpose generator from a crate does not promise.

/// A small deterministic random number generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len() - 1)]
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.range(1, 100) <= percent
    }
}

const ENGLISH: &[&str] = &[
    "voluntary",
    "community",
    "sector",
    "council",
    "partners",
    "compact",
    "agreement",
    "funding",
    "consultation",
    "services",
    "groups",
    "organisations",
    "local",
    "people",
    "support",
    "recognise",
    "develop",
    "principles",
    "shared",
    "working",
    "together",
    "policy",
    "delivery",
    "equality",
    "opportunity",
    "resources",
    "advice",
    "volunteering",
    "trust",
    "health",
    "primary",
    "care",
    "district",
    "borough",
    "county",
    "review",
    "annual",
    "plan",
    "action",
    "codes",
    "practice",
    "independent",
    "diverse",
    "democratic",
    "society",
    "accountability",
    "openness",
    "honesty",
    "leadership",
    "value",
    "relationships",
    "information",
    "access",
    "communities",
    "interest",
    "needs",
    "strategy",
    "commissioning",
    "grants",
    "contracts",
    "agreed",
    "standards",
    "mediation",
    "monitoring",
    "impact",
    "consulted",
    "adopted",
    "framework",
    "commitment",
    "undertakings",
    "outcomes",
    "better",
    "understanding",
    "communication",
    "planning",
    "initiatives",
    "arrangements",
    "procedures",
    "efficient",
    "flow",
    "service",
    "users",
    "the",
    "and",
    "of",
    "to",
    "in",
    "for",
    "with",
    "on",
    "by",
    "all",
    "their",
    "its",
    "will",
    "can",
    "should",
    "between",
    "within",
    "through",
];

const ACRONYMS: &[&str] = &["VCS", "NHS", "PCT", "CVS", "LSP", "LTPS"];

/// An English sentence of `min..=max` words, capitalised, with a full stop.
pub fn english_sentence(rng: &mut Rng, min: usize, max: usize) -> String {
    let n = rng.range(min, max);
    let mut words: Vec<String> = (0..n)
        .map(|_| {
            if rng.chance(4) {
                rng.pick(ACRONYMS).to_string()
            } else {
                rng.pick(ENGLISH).to_string()
            }
        })
        .collect();
    if let Some(first) = words.first_mut() {
        let mut chars = first.chars();
        if let Some(c) = chars.next() {
            *first = c.to_uppercase().collect::<String>() + chars.as_str();
        }
    }
    format!("{}.", words.join(" "))
}

/// English words without a full stop: a heading or a name.
pub fn english_phrase(rng: &mut Rng, min: usize, max: usize) -> String {
    let s = english_sentence(rng, min, max);
    s.trim_end_matches('.').to_string()
}

/// Consonants and vowel signs of a script, and how its sentences end.
struct Script {
    consonants: &'static [char],
    signs: &'static [char],
    stop: &'static str,
}

fn script(lang: &str) -> Option<Script> {
    Some(match lang {
        "bn" => Script {
            consonants: &[
                'ক', 'খ', 'গ', 'ঘ', 'চ', 'ছ', 'জ', 'ট', 'ড', 'ত', 'থ', 'দ', 'ধ', 'ন', 'প', 'ফ',
                'ব', 'ভ', 'ম', 'য', 'র', 'ল', 'শ', 'স', 'হ',
            ],
            signs: &['া', 'ি', 'ী', 'ু', 'ূ', 'ে', 'ো'],
            stop: "।",
        },
        "pa" => Script {
            consonants: &[
                'ਕ', 'ਖ', 'ਗ', 'ਘ', 'ਚ', 'ਛ', 'ਜ', 'ਟ', 'ਡ', 'ਤ', 'ਥ', 'ਦ', 'ਧ', 'ਨ', 'ਪ', 'ਫ',
                'ਬ', 'ਭ', 'ਮ', 'ਯ', 'ਰ', 'ਲ', 'ਵ', 'ਸ', 'ਹ',
            ],
            signs: &['ਾ', 'ਿ', 'ੀ', 'ੁ', 'ੂ', 'ੇ', 'ੈ', 'ੋ', 'ੌ'],
            stop: "।",
        },
        "hi" => Script {
            consonants: &[
                'क', 'ख', 'ग', 'घ', 'च', 'छ', 'ज', 'ट', 'ड', 'त', 'थ', 'द', 'ध', 'न', 'प', 'फ',
                'ब', 'भ', 'म', 'य', 'र', 'ल', 'व', 'श', 'स', 'ह',
            ],
            signs: &['ा', 'ि', 'ी', 'ु', 'ू', 'े', 'ै', 'ो', 'ौ'],
            stop: "।",
        },
        "gu" => Script {
            consonants: &[
                'ક', 'ખ', 'ગ', 'ઘ', 'ચ', 'છ', 'જ', 'ટ', 'ડ', 'ત', 'થ', 'દ', 'ધ', 'ન', 'પ', 'ફ',
                'બ', 'ભ', 'મ', 'ય', 'ર', 'લ', 'વ', 'શ', 'સ', 'હ',
            ],
            signs: &['ા', 'િ', 'ી', 'ુ', 'ૂ', 'ે', 'ૈ', 'ો', 'ૌ'],
            stop: ".",
        },
        // Urdu has no vowel signs in everyday writing: letters only.
        "ur" => Script {
            consonants: &[
                'ا', 'ب', 'پ', 'ت', 'ٹ', 'ج', 'چ', 'ح', 'خ', 'د', 'ڈ', 'ر', 'ڑ', 'ز', 'س', 'ش',
                'ع', 'ف', 'ق', 'ک', 'گ', 'ل', 'م', 'ن', 'و', 'ہ', 'ی', 'ے',
            ],
            signs: &[],
            stop: "۔",
        },
        _ => return None,
    })
}

fn word(rng: &mut Rng, s: &Script) -> String {
    let syllables = rng.range(1, 3);
    let mut w = String::new();
    for _ in 0..syllables {
        w.push(*rng.pick(s.consonants));
        if !s.signs.is_empty() && rng.chance(70) {
            w.push(*rng.pick(s.signs));
        }
    }
    if s.signs.is_empty() {
        // Arabic-script words of one letter read oddly: at least two.
        w.push(*rng.pick(s.consonants));
    }
    w
}

/// `n` words in `lang`'s script, as a phrase.
pub fn phrase(rng: &mut Rng, lang: &str, n: usize) -> String {
    let Some(s) = script(lang) else {
        return english_phrase(rng, n, n);
    };
    (0..n.max(1))
        .map(|_| word(rng, &s))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A sentence in `lang`'s script of about `n` words, with its full stop.
pub fn sentence(rng: &mut Rng, lang: &str, n: usize) -> String {
    let stop = script(lang).map_or(".", |s| s.stop);
    format!("{}{stop}", phrase(rng, lang, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::script::wrong_script;

    #[test]
    fn the_same_seed_gives_the_same_words() {
        let a: Vec<String> = (0..5)
            .map(|_| english_sentence(&mut Rng::new(7), 3, 9))
            .collect();
        let b: Vec<String> = (0..5)
            .map(|_| english_sentence(&mut Rng::new(7), 3, 9))
            .collect();
        assert_eq!(a, b);
    }

    #[test]
    fn each_language_is_in_its_own_script() {
        let mut rng = Rng::new(1);
        for lang in ["bn", "pa", "hi", "gu", "ur"] {
            let s = sentence(&mut rng, lang, 12);
            assert_eq!(wrong_script(lang, &s), None, "{lang}: {s}");
        }
    }
}
