//! Nocontract braille indication
//!
//! Sometimes a sequence of letters happens to be the same as a braille contraction. In that case an
//! indication is needed to clarify the meaning. The nocontract indicator signals that the following
//! braille cells are not a contraction.
//!
//! [`Indicator`] analyses the full input text in a single pass before translation begins. At each
//! position it checks whether the remaining input matches a known contraction and, if so, emits the
//! nocontractsign translation at that position.
//!
//! # FIXME:
//!
//! This indicator is basically the same as the [lettersign
//! indicator](crate::translator::indication::lettersign::Indicator). In liblouis they do not seem
//! to have exactly the same behaviour. Find a way to merge them.

use crate::parser::CharacterClass;
use crate::translator::TranslationStage;
use crate::translator::table::TableContext;
use crate::translator::trie::Transition;
use crate::{
    parser::{AnchoredRule, Direction, Precedence},
    translator::{ResolvedTranslation, trie::Trie},
};

use log::warn;

use std::collections::{HashMap, HashSet};

/// A builder for [`Indicator`]
#[derive(Debug)]
pub struct IndicatorBuilder {
    nocontractsign: Option<(String, AnchoredRule)>,
    contractions: HashMap<String, AnchoredRule>,
    uses_sequences: bool,
    sequence_after_patterns: Vec<Vec<char>>,
}

impl IndicatorBuilder {
    pub fn new() -> Self {
        Self {
            nocontractsign: None,
            contractions: HashMap::new(),
            uses_sequences: false,
            sequence_after_patterns: Vec::new(),
        }
    }

    /// Build an [`Indicator`]
    pub fn build(self, ctx: &TableContext) -> Option<Indicator> {
        let has_contractions = !self.contractions.is_empty();
        match self.nocontractsign {
            Some((nocontractsign, origin)) if has_contractions => {
                let start_translation = ResolvedTranslation::new(
                    "",
                    &nocontractsign,
                    1,
                    TranslationStage::Main,
                    origin.clone(),
                );
                let mut trie = Trie::new().with_context(ctx.character_classes().clone());
                let word_boundary = vec![CharacterClass::Space, CharacterClass::Punctuation];
                // with sequences the boundaries are checked by `Sequences::hold`
                let sequences = self.uses_sequences.then(|| {
                    let class = |class| ctx.character_classes().get(&class).unwrap_or_default();
                    let mut boundary = class(CharacterClass::Space);
                    boundary.extend(class(CharacterClass::Seqdelimiter));
                    Sequences {
                        before: class(CharacterClass::Seqbeforechars),
                        after: class(CharacterClass::Seqafterchars),
                        boundary,
                        after_patterns: self.sequence_after_patterns,
                    }
                });
                let (start, end) = match sequences {
                    Some(_) => (None, None),
                    None => (
                        Some(Transition::Start(word_boundary.clone())),
                        Some(Transition::End(word_boundary.clone())),
                    ),
                };
                for (contraction, _origin) in self.contractions {
                    trie.insert(
                        &contraction,
                        &nocontractsign,
                        start.clone(),
                        end.clone(),
                        Direction::Forward,
                        Precedence::Default,
                        vec![],
                        TranslationStage::Main,
                        &origin,
                    );
                }
                Some(Indicator {
                    contractions: trie,
                    start_translation,
                    sequences,
                })
            }
            Some(_) => {
                warn!("Table contains nocontractionsign but no contractions");
                None
            }
            None if has_contractions => {
                warn!("Table contains contractions but no nocontractionsign");
                None
            }
            None => None,
        }
    }

    pub fn nocontractsign(&mut self, s: &str, origin: &AnchoredRule) {
        self.nocontractsign = Some((s.to_string(), origin.clone()));
    }

    pub fn contraction(&mut self, s: &str, origin: &AnchoredRule) {
        self.contractions.insert(s.to_string(), origin.clone());
    }

    /// The table has `seqdelimiter`, `seqbeforechars`, `seqafterchars`,
    /// `seqafterpattern` or `seqafterexpression` rules.
    pub fn uses_sequences(&mut self) {
        self.uses_sequences = true;
    }

    pub fn sequence_after_pattern(&mut self, s: &str) {
        self.uses_sequences = true;
        self.sequence_after_patterns.push(s.chars().collect());
    }
}

/// Where a `contraction` stands alone in a table with sequences, as liblouis'
/// `inSequence` decides: back over `seqbeforechars`, then a space, a `seqdelimiter` or
/// the start; on over `seqafterchars` and `seqafterpattern`s, then a space, a
/// `seqdelimiter` or the end. UEB (en-ueb-g2.ctb) has sequences, so its grade 1
/// indicator is not written before the "e" and "g" of "e.g." or the "s" of "Council's"
/// (a letter next to a full stop or an apostrophe is no word of its own there).
#[derive(Debug, Clone)]
struct Sequences {
    before: HashSet<char>,
    after: HashSet<char>,
    /// space and `seqdelimiter` characters
    boundary: HashSet<char>,
    after_patterns: Vec<Vec<char>>,
}

impl Sequences {
    fn hold(&self, chars: &[char], pos: usize, length: usize) -> bool {
        for &c in chars[..pos].iter().rev() {
            if self.before.contains(&c) {
                continue;
            }
            if !self.boundary.contains(&c) {
                return false;
            }
            break;
        }
        let mut i = pos + length;
        while i < chars.len() {
            if let Some(pattern) = self
                .after_patterns
                .iter()
                .find(|p| !p.is_empty() && chars[i..].starts_with(p))
            {
                i += pattern.len();
                if i >= chars.len() {
                    return true;
                }
            }
            if self.after.contains(&chars[i]) {
                i += 1;
                continue;
            }
            return self.boundary.contains(&chars[i]);
        }
        true
    }
}

#[derive(Debug, Clone)]
pub struct Indicator {
    contractions: Trie,
    start_translation: ResolvedTranslation,
    sequences: Option<Sequences>,
}

impl Indicator {
    /// Returns sparse `(position, translation)` pairs.
    pub fn precompute(&self, input: &str) -> Vec<(usize, ResolvedTranslation)> {
        let mut translations: Vec<(usize, ResolvedTranslation)> = Vec::new();
        let mut prev: Option<char> = None;
        let mut char_pos = 0;

        let chars: Vec<char> = match self.sequences {
            Some(_) => input.chars().collect(),
            None => Vec::new(),
        };
        for (byte_pos, c) in input.char_indices() {
            let found = match &self.sequences {
                Some(sequences) => self
                    .contractions
                    .find_translations(&input[byte_pos..], prev)
                    .iter()
                    .any(|t| sequences.hold(&chars, char_pos, t.length())),
                None => self.next(&input[byte_pos..], prev).is_some(),
            };
            if found {
                translations.push((char_pos, self.start_translation.clone()));
            }
            prev = Some(c);
            char_pos += 1;
        }

        translations
    }

    pub fn next(&self, s: &str, prev: Option<char>) -> Option<ResolvedTranslation> {
        let translations = self.contractions.find_translations(s, prev);
        if !translations.is_empty() {
            let translation = translations.first().unwrap();
            Some(translation.clone().with_input("").with_weight(1))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        parser::{CharacterClass, CharacterClasses, RuleParser},
        translator::{TranslationStage, table::TableContext},
    };

    fn rule(rule: &str) -> AnchoredRule {
        let rule = RuleParser::new(rule).rule().unwrap();
        AnchoredRule::new(rule, None, 0)
    }

    fn pairs(t: &[(usize, ResolvedTranslation)]) -> Vec<(usize, String)> {
        t.iter()
            .map(|(pos, r)| (*pos, r.output().to_string()))
            .collect()
    }

    fn make_ctx(letter_chars: &[char]) -> TableContext {
        let cc = CharacterClasses::new(&[(CharacterClass::Letter, letter_chars)]);
        TableContext::new(cc, CharacterClasses::default(), Default::default())
    }

    #[test]
    fn indicator() {
        let mut builder = IndicatorBuilder::new();
        builder.nocontractsign("⡀", &rule("nocontractsign 7"));
        builder.contraction("ab", &rule("contraction ab"));
        builder.contraction("cd", &rule("contraction cd"));
        let ctx = make_ctx(&['a', 'b', 'c', 'd']);
        let indicator = builder.build(&ctx).unwrap();
        assert_eq!(indicator.next("aa", None), None);
        assert_eq!(
            indicator.next("ab", None),
            Some(ResolvedTranslation::new(
                "",
                "⡀",
                1,
                TranslationStage::Main,
                rule("nocontractsign 7")
            ))
        );
        assert_eq!(
            indicator.next("cd", None),
            Some(ResolvedTranslation::new(
                "",
                "⡀",
                1,
                TranslationStage::Main,
                rule("nocontractsign 7")
            ))
        );
    }

    #[test]
    fn precompute_indicator() {
        let mut builder = IndicatorBuilder::new();
        builder.nocontractsign("⡀", &rule("nocontractsign 7"));
        builder.contraction("ab", &rule("contraction ab"));
        builder.contraction("cd", &rule("contraction cd"));
        let ctx = make_ctx(&['a', 'b', 'c', 'd']);
        let indicator = builder.build(&ctx).unwrap();

        assert_eq!(pairs(&indicator.precompute("aa")), vec![]);
        assert_eq!(
            pairs(&indicator.precompute("ab")),
            vec![(0, "⡀".to_string())]
        );
    }
}
