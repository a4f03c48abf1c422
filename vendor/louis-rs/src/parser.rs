//! A parser for [liblouis](https://liblouis.io) braille tables

use std::{
    collections::{HashMap, HashSet},
    ffi::OsStr,
    fs::read_to_string,
    io,
    iter::Peekable,
    num::ParseIntError,
    path::{Path, PathBuf},
    str::{Chars, SplitAsciiWhitespace},
};

use enumset::enum_set;
use enumset::{EnumSet, EnumSetType};

use search_path::SearchPath;

use crate::hyphenation::{self, HyphenationTable};
use crate::parser::braille::BrailleChar;

pub use attribute::Attribute;
pub use braille::BrailleChars;
pub use braille::fallback;
pub use character_class::{CharacterClass, CharacterClasses};
pub use match_rule::{Pattern, PatternParser, Patterns, Side};
pub use multipass::action::ActionInstruction;
pub use multipass::test::{Quantifier, TestInstruction};
pub use multipass::{Action, Test};

mod attribute;
mod braille;
mod character_class;
mod match_rule;
pub mod multipass;

/// A restriction that applies to a [`Rule`].
///
/// Rules can have optional restrictions, for example they could only
/// apply in forward translation.
#[derive(EnumSetType, Debug)]
pub enum Constraint {
    /// Not applied when translating text to braille
    Nofor,
    /// Not applied when translating braille to text
    Noback,
    /// Not applied when the translation crosses a sylable boundary
    Nocross,
}

impl std::fmt::Display for Constraint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Constraint::Nofor => write!(f, "nofor"),
            Constraint::Noback => write!(f, "noback"),
            Constraint::Nocross => write!(f, "nocross"),
        }
    }
}

/// A set of [`Constraint`]s.
///
/// A tiny facade around an [`EnumSet`] of [`Constraint`].
#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Constraints(EnumSet<Constraint>);

impl Constraints {
    fn contains(&self, value: Constraint) -> bool {
        self.0.contains(value)
    }

    fn is_subset(&self, other: Self) -> bool {
        self.0.is_subset(other.0)
    }

    fn difference(&self, other: Self) -> Self {
        Constraints(self.0.difference(other.0))
    }

    fn empty() -> Self {
        Constraints(EnumSet::empty())
    }

    fn insert(&mut self, value: Constraint) -> bool {
        self.0.insert(value)
    }
}

/// Creates a [`Constraints`] facade wrapper around an [`EnumSet`].
///
/// This is a convenience macro that wraps the [`enum_set!`] macro
/// to create constraint sets more concisely.
macro_rules! constraint_set {
    ($($args:tt)*) => {
        Constraints(enum_set!($($args)*))
    };
}

impl std::fmt::Display for Constraints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            write!(f, "")
        } else {
            let constraints: Vec<String> = self.0.iter().map(|c| c.to_string()).collect();
            write!(f, "{}", constraints.join(" "))
        }
    }
}

/// A set of [`Constraints`](Constraint) that contains both directions
const ANY_DIRECTION: Constraints = constraint_set!(Constraint::Nofor | Constraint::Noback);

/// A direction for a `Rule`.
///
/// Rules always have at least one direction. They are used for
/// forward translation, for backward translation or for both
/// directions. The concept of direction is related to `Constraint`.
#[derive(EnumSetType, Debug, Default, clap::ValueEnum)]
pub enum Direction {
    #[default]
    Forward,
    Backward,
}

#[derive(PartialEq, Debug, Clone)]
pub enum WithClass {
    Before { class: String },
    After { class: String },
}

type WithClasses = Vec<WithClass>;

#[derive(Debug, Hash, PartialEq, Eq, Clone)]
pub enum WithMatch {
    Before,
    After,
}

type WithMatches = HashSet<WithMatch>;

/// An error that occurred during parsing of a [liblouis](https://liblouis.io) braille table
#[derive(thiserror::Error, Debug, PartialEq)]
pub enum ParseError {
    #[error("Expected {expected:?}, got {found:?}")]
    TokenExpected {
        expected: String,
        found: Option<String>,
    },
    #[error("Invalid braille")]
    InvalidBraille(#[from] braille::ParseError),
    #[error("Braille expected")]
    DotsExpected,
    #[error("Comma separated tuple of Braille expected")]
    DotsTupleExpected,
    #[error("Same number of replacements in swap opcode expected ({0} vs {1})")]
    SameNumberOfSwapReplacementsExpected(usize, usize),
    #[error("{found:?} is a multi-cell dot pattern, but only single cells are allowed here")]
    SingleCellDotsExpected { found: String },
    #[error("invalid unicode literal {found:?}")]
    InvalidUnicodeLiteral { found: Option<String> },
    #[error("invalid number")]
    InvalidNumber(#[from] ParseIntError),
    #[error("invalid escape sequence {0:?}")]
    InvalidEscape(Option<char>),
    #[error("Names can only contain a-z and A-Z, got {name:?}")]
    InvalidName { name: String },
    #[error("Constraints '{constraints:?}' not allowed for opcode {opcode:?}.")]
    InvalidConstraints {
        constraints: Constraints,
        opcode: Opcode,
    },
    #[error("Expected classname, got {found:?}")]
    ClassNameExpected { found: Option<String> },
    #[error("Opcode expected, got {found:?}")]
    OpcodeExpected { found: Option<String> },
    #[error("Name expected")]
    NameExpected,
    #[error("Characters expected")]
    CharsExpected,
    #[error("Filename expected")]
    FilenameExpected,
    #[error("Number expected, got {found:?}")]
    NumberExpected { found: Option<String> },
    #[error("Multipass test expected")]
    MultipassTestExpected,
    #[error("Multipass action expected")]
    MultipassActionExpected,
    #[error("Invalid multipass operand: {0}")]
    InvalidMultipassOperand(#[from] multipass::ParseError),
    #[error("Invalid match pattern: {0}")]
    InvalidMatchPattern(#[from] match_rule::ParseError),
    #[error("Match pre-pattern expected")]
    MatchPreExpected,
    #[error("Match post-pattern expected")]
    MatchPostExpected,
    #[error("Expected a single char, got {found:?}")]
    SingleCharExpected { found: Option<String> },
}

/// A translation command
#[derive(PartialEq, Debug)]
pub enum Opcode {
    Include,
    Undefined,
    Display,
    Multind,

    // Character-Definition Opcodes
    Space,
    Punctuation,
    Digit,
    Grouping,
    Letter,
    Base,
    Lowercase,
    Uppercase,
    Litdigit,
    Sign,
    Math,

    // Braille Indicator Opcodes
    Modeletter,
    Capsletter,
    Begmodeword,
    Endmodeword,
    Begcapsword,
    Endcapsword,
    Capsmodechars,
    Begmode,
    Endmode,
    Begcaps,
    Endcaps,
    Begcapsphrase,
    Endcapsphrase,
    Lencapsphrase,
    Letsign,
    Noletsign,
    Noletsignbefore,
    Noletsignafter,
    Nocontractsign,
    Numsign,
    Nonumsign,
    Numericnocontchars,
    Numericmodechars,
    Midendnumericmodechars,

    Begmodephrase,
    Endmodephrase,
    Lenmodephrase,

    // Opcodes for Standing Alone Sequences
    Seqdelimiter,
    Seqbeforechars,
    Seqafterchars,
    Seqafterpattern,
    Seqafterexpression,

    // Emphasis Opcodes
    Class,
    Emphclass,
    Begemph,
    Endemph,
    Noemphchars,
    Emphletter,
    Begemphword,
    Endemphword,
    Emphmodechars,
    Begemphphrase,
    Endemphphrase,
    Lenemphphrase,

    // Special Symbol Opcodes
    Decpoint,
    Hyphen,

    // Special Processing Opcodes
    Capsnocont,

    // Translation Opcodes
    Compbrl,
    Comp6,
    Nocont,
    Replace,
    Always,
    Repeated,
    Repword,
    Rependword,
    Largesign,
    Word,
    Syllable,
    Joinword,
    Lowword,
    Contraction,
    Sufword,
    Prfword,
    Begword,
    Begmidword,
    Midword,
    Midendword,
    Endword,
    Partword,
    Exactdots,
    Prepunc,
    Postpunc,
    Begnum,
    Midnum,
    Endnum,
    Joinnum,

    // Computer braille
    Begcomp,
    Endcomp,

    // Character-Class Opcodes
    Attribute,

    // Swap Opcodes
    Swapcd,
    Swapdd,
    Swapcc,

    // Context and Multipass Opcodes
    Context,
    Pass2,
    Pass3,
    Pass4,

    // The correct Opcode
    Correct,

    // The match Opcode
    Match,
    Literal,
}

/// A translation rule
///
/// A translation rule is often composed of three parts: the translation command ([`Opcode`]), the
/// character(s) and the corresponding braille dots ([`BrailleChars`]).
#[derive(PartialEq, Debug, Clone)]
pub enum Rule {
    Include {
        file: String,
    },
    /// A rule carrying an included hyphenation table.
    ///
    /// There is no specific opcode for this but we make this an extra rule to separate the
    /// inclusion of braille tables vs hyphenation pattern. Like every other `include`, the
    /// included content is embedded here during expansion rather than left as a path to be
    /// read later, so an expanded rule list does not depend on the filesystem it was parsed
    /// on.
    // FIXME: The `.dic` is parsed here, during expansion, rather than each pattern line
    // becoming a rule of its own for the compiler to assemble. That split would be the tidier
    // one, but for some tables this would blow up the rule count enormously. The pipeline
    // clones and re-filters the whole rule list per direction. If we ever get table bundling
    // (#10) this might have to be reconsidered, as this couples the bundle format to
    // `HyphenationTable`'s field layout.
    IncludeHyphenation {
        table: HyphenationTable,
    },
    Undefined {
        dots: BrailleChars,
    },
    Display {
        character: char,
        dots: BrailleChar,
        constraints: Constraints,
    },
    Multind {
        dots: BrailleChars,
        names: Vec<String>,
        constraints: Constraints,
    },

    Space {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Punctuation {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Digit {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Grouping {
        name: String,
        chars: String,
        left: BrailleChar,
        right: BrailleChar,
    },
    Letter {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Base {
        name: String,
        derived: char,
        base: char,
    },
    Lowercase {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Uppercase {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Litdigit {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Sign {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Math {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },

    Modeletter {
        name: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Capsletter {
        dots: BrailleChars,
        constraints: Constraints,
    },
    Begmodeword {
        name: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Endmodeword {
        name: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Begcapsword {
        dots: BrailleChars,
        constraints: Constraints,
    },
    Endcapsword {
        dots: BrailleChars,
        constraints: Constraints,
    },
    Capsmodechars {
        chars: String,
    },
    Begmode {
        name: String,
        dots: BrailleChars,
    },
    Endmode {
        name: String,
        dots: BrailleChars,
    },
    Begcaps {
        dots: BrailleChars,
    },
    Endcaps {
        dots: BrailleChars,
    },
    Begcapsphrase {
        dots: BrailleChars,
    },
    Endcapsphrase {
        dots: BrailleChars,
        position: Position,
    },
    Lencapsphrase {
        number: i32,
    },
    Letsign {
        dots: BrailleChars,
    },
    Noletsign {
        chars: String,
    },
    Noletsignbefore {
        chars: String,
    },
    Noletsignafter {
        chars: String,
    },
    Nocontractsign {
        dots: BrailleChars,
        constraints: Constraints,
    },
    Numsign {
        dots: BrailleChars,
    },
    Nonumsign {
        dots: BrailleChars,
        constraints: Constraints,
    },
    Numericnocontchars {
        chars: String,
    },
    Numericmodechars {
        chars: String,
    },
    Midendnumericmodechars {
        chars: String,
    },

    Begmodephrase {
        name: String,
        dots: BrailleChars,
    },
    Endmodephrase {
        name: String,
        dots: BrailleChars,
        position: Position,
    },
    Lenmodephrase {
        name: String,
        number: i32,
    },

    Seqdelimiter {
        chars: String,
    },
    Seqbeforechars {
        chars: String,
    },
    Seqafterchars {
        chars: String,
    },
    Seqafterpattern {
        chars: String,
    },
    Seqafterexpression {
        chars: String,
    },

    Class {
        name: String,
        chars: String,
    },
    Emphclass {
        name: String,
    },
    Begemph {
        name: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Endemph {
        name: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Noemphchars {
        name: String,
        chars: String,
    },
    Emphletter {
        name: String,
        dots: BrailleChars,
    },
    Begemphword {
        name: String,
        dots: BrailleChars,
    },
    Endemphword {
        name: String,
        dots: BrailleChars,
    },
    Emphmodechars {
        name: String,
        chars: String,
    },
    Begemphphrase {
        name: String,
        dots: BrailleChars,
    },
    Endemphphrase {
        name: String,
        dots: BrailleChars,
        position: Position,
    },
    Lenemphphrase {
        name: String,
        number: i32,
    },

    Begcomp {
        dots: BrailleChars,
        constraints: Constraints,
    },
    Endcomp {
        dots: BrailleChars,
        constraints: Constraints,
    },

    Decpoint {
        character: char,
        dots: BrailleChars,
    },
    Hyphen {
        character: char,
        dots: BrailleChars,
        constraints: Constraints,
    },

    Capsnocont {},

    Compbrl {
        chars: String,
        constraints: Constraints,
    },
    Comp6 {
        character: char,
        dots: Braille,
    },
    Nocont {
        chars: String,
    },
    Replace {
        chars: String,
        replacement: Option<String>,
    },
    Always {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Repeated {
        chars: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Repword {
        chars: String,
        dots: BrailleChars,
    },
    Rependword {
        chars: String,
        dots: BrailleChars,
        other: BrailleChars,
    },
    Largesign {
        chars: String,
        dots: BrailleChars,
    },
    Word {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Syllable {
        chars: String,
        dots: Braille,
    },
    Joinword {
        chars: String,
        dots: BrailleChars,
    },
    Lowword {
        chars: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Contraction {
        chars: String,
    },
    Sufword {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Prfword {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Begword {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Begmidword {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Midword {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Midendword {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Endword {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Partword {
        chars: String,
        dots: Braille,
        constraints: Constraints,
        with_classes: Vec<WithClass>,
    },
    Exactdots {
        chars: String,
    },
    Prepunc {
        chars: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Postpunc {
        chars: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Begnum {
        chars: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Midnum {
        chars: String,
        dots: BrailleChars,
        constraints: Constraints,
    },
    Endnum {
        chars: String,
        dots: Braille,
        constraints: Constraints,
    },
    Joinnum {
        chars: String,
        dots: BrailleChars,
        constraints: Constraints,
    },

    Swapcd {
        name: String,
        chars: String,
        dots: Vec<BrailleChars>,
    },
    Swapdd {
        name: String,
        dots: BrailleChars,
        replacement: Vec<BrailleChars>,
    },
    Swapcc {
        name: String,
        chars: String,
        replacement: String,
    },

    Attribute {
        name: String,
        chars: String,
    },
    Context {
        test: multipass::Test,
        action: Action,
        constraints: Constraints,
    },
    Pass2 {
        test: multipass::Test,
        action: Action,
        constraints: Constraints,
    },
    Pass3 {
        test: multipass::Test,
        action: Action,
        constraints: Constraints,
    },
    Pass4 {
        test: multipass::Test,
        action: Action,
        constraints: Constraints,
    },
    Correct {
        test: multipass::Test,
        action: Action,
        constraints: Constraints,
    },

    Match {
        pre: Patterns,
        chars: String,
        post: Patterns,
        dots: Braille,
        constraints: Constraints,
        matches: Option<WithMatches>,
    },
    Literal {
        chars: String,
    },
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rule::Undefined { dots } => write!(f, "undefined {}", dots),
            Rule::Space {
                character, dots, ..
            } => {
                write!(f, "space {} {}", character, dots)
            }
            Rule::Punctuation {
                character, dots, ..
            } => {
                write!(f, "punctuation {} {}", character, dots)
            }
            Rule::Digit {
                character, dots, ..
            } => {
                write!(f, "digit {} {}", character, dots)
            }
            Rule::Letter {
                character, dots, ..
            } => {
                write!(f, "letter {} {}", character, dots)
            }
            Rule::Base {
                name,
                derived,
                base,
            } => {
                write!(f, "base {} {} {}", name, derived, base)
            }
            Rule::Lowercase {
                character, dots, ..
            } => {
                write!(f, "lowercase {} {}", character, dots)
            }
            Rule::Uppercase {
                character, dots, ..
            } => {
                write!(f, "uppercase {} {}", character, dots)
            }
            Rule::Litdigit {
                character, dots, ..
            } => {
                write!(f, "litdigit {} {}", character, dots)
            }
            Rule::Sign {
                character, dots, ..
            } => {
                write!(f, "sign {} {}", character, dots)
            }
            Rule::Math {
                character, dots, ..
            } => {
                write!(f, "math {} {}", character, dots)
            }
            Rule::Letsign { dots } => write!(f, "letsign {}", dots),
            Rule::Noletsign { chars } => write!(f, "noletsign {}", chars),
            Rule::Nocontractsign { dots, .. } => write!(f, "nocontractsign {}", dots),
            Rule::Numsign { dots } => write!(f, "numsign {}", dots),
            Rule::Nonumsign { dots, .. } => write!(f, "nonumsign {}", dots),
            Rule::Compbrl { chars, .. } => write!(f, "compbrl {}", chars),
            Rule::Comp6 { character, dots } => write!(f, "comp6 {} {}", character, dots),
            Rule::Always { chars, dots, .. } => write!(f, "always {} {}", chars, dots),
            Rule::Largesign { chars, dots } => {
                write!(f, "largesign {} {}", chars, dots)
            }
            Rule::Word { chars, dots, .. } => write!(f, "word {} {}", chars, dots),
            Rule::Contraction { chars } => write!(f, "contraction {}", chars),
            Rule::Begword { chars, dots, .. } => write!(f, "begword {} {}", chars, dots),
            Rule::Begmidword { chars, dots, .. } => write!(f, "begmidword {} {}", chars, dots),
            Rule::Midword { chars, dots, .. } => write!(f, "midword {} {}", chars, dots),
            Rule::Midendword { chars, dots, .. } => write!(f, "midendword {} {}", chars, dots),
            Rule::Endword { chars, dots, .. } => write!(f, "endword {} {}", chars, dots),
            Rule::Partword { chars, dots, .. } => write!(f, "partword {} {}", chars, dots),
            Rule::Begnum { chars, dots, .. } => {
                write!(f, "begnum {} {}", chars, dots)
            }
            Rule::Midnum { chars, dots, .. } => {
                write!(f, "midnum {} {}", chars, dots)
            }
            Rule::Endnum { chars, dots, .. } => write!(f, "endnum {} {}", chars, dots),
            Rule::Modeletter { name, dots, .. } => write!(f, "modeletter {} {}", name, dots),
            Rule::Capsletter { dots, .. } => write!(f, "capsletter {}", dots),
            Rule::Begmodeword { name, dots, .. } => write!(f, "begmodeword {} {}", name, dots),
            Rule::Endmodeword { name, dots, .. } => write!(f, "endmodeword {} {}", name, dots),
            Rule::Begcapsword { dots, .. } => write!(f, "begcapsword {}", dots),
            Rule::Endcapsword { dots, .. } => write!(f, "endcapsword {}", dots),
            Rule::Begmode { name, dots } => write!(f, "begmode {} {}", name, dots),
            Rule::Endmode { name, dots } => write!(f, "endmode {} {}", name, dots),
            Rule::Begcaps { dots } => write!(f, "begcaps {}", dots),
            Rule::Endcaps { dots } => write!(f, "endcaps {}", dots),
            Rule::Begmodephrase { name, dots } => write!(f, "begmodephrase {} {}", name, dots),
            Rule::Endmodephrase { name, dots, .. } => {
                write!(f, "endmodephrase {} {}", name, dots)
            }
            Rule::Lenmodephrase { name, number } => {
                write!(f, "lenmodephrase {} {}", name, number)
            }
            Rule::Correct { test, action, .. } => write!(f, "correct {} {}", test, action),
            Rule::Sufword { chars, dots, .. } => write!(f, "sufword {} {}", chars, dots),
            Rule::Prfword { chars, dots, .. } => write!(f, "prfword {} {}", chars, dots),
            Rule::Context { test, action, .. } => write!(f, "context {} {}", test, action),
            Rule::Pass2 { test, action, .. } => write!(f, "pass2 {} {}", test, action),
            Rule::Pass3 { test, action, .. } => write!(f, "pass3 {} {}", test, action),
            Rule::Pass4 { test, action, .. } => write!(f, "pass4 {} {}", test, action),
            Rule::Attribute { name, chars } => write!(f, "attribute {} {}", name, chars),
            Rule::Literal { chars } => write!(f, "literal {}", chars),
            Rule::Prepunc { chars, dots, .. } => write!(f, "prepunc {} {}", chars, dots),
            Rule::Postpunc { chars, dots, .. } => write!(f, "postpunc {} {}", chars, dots),
            Rule::Decpoint {
                character, dots, ..
            } => write!(f, "decpoint {} {}", character, dots),
            Rule::Hyphen {
                character, dots, ..
            } => write!(f, "hyphen {} {}", character, dots),
            Rule::Match {
                pre,
                chars,
                post,
                dots,
                ..
            } => write!(f, "match {} {} {} {}", pre, chars, post, dots),
            Rule::Display {
                character, dots, ..
            } => write!(f, "display {} {}", character, dots),
            _ => todo!(),
        }
    }
}

/// A trait to query the direction of a [`Rule`].
pub trait HasDirection {
    /// Returns the set of directions associated with this Rule.
    fn directions(&self) -> EnumSet<Direction>;

    /// Checks if this Rule has the specified direction.
    fn is_direction(&self, direction: Direction) -> bool {
        self.directions().contains(direction)
    }
}

impl HasDirection for Rule {
    fn directions(&self) -> EnumSet<Direction> {
        match self {
            Rule::Display { constraints, .. }
            | Rule::Multind { constraints, .. }
            | Rule::Space { constraints, .. }
            | Rule::Punctuation { constraints, .. }
            | Rule::Digit { constraints, .. }
            | Rule::Letter { constraints, .. }
            | Rule::Lowercase { constraints, .. }
            | Rule::Uppercase { constraints, .. }
            | Rule::Litdigit { constraints, .. }
            | Rule::Sign { constraints, .. }
            | Rule::Math { constraints, .. }
            | Rule::Modeletter { constraints, .. }
            | Rule::Capsletter { constraints, .. }
            | Rule::Begmodeword { constraints, .. }
            | Rule::Endmodeword { constraints, .. }
            | Rule::Begcapsword { constraints, .. }
            | Rule::Endcapsword { constraints, .. }
            | Rule::Begemph { constraints, .. }
            | Rule::Endemph { constraints, .. }
            | Rule::Begcomp { constraints, .. }
            | Rule::Endcomp { constraints, .. }
            | Rule::Hyphen { constraints, .. }
            | Rule::Compbrl { constraints, .. }
            | Rule::Always { constraints, .. }
            | Rule::Repeated { constraints, .. }
            | Rule::Word { constraints, .. }
            | Rule::Lowword { constraints, .. }
            | Rule::Sufword { constraints, .. }
            | Rule::Prfword { constraints, .. }
            | Rule::Begword { constraints, .. }
            | Rule::Begmidword { constraints, .. }
            | Rule::Midword { constraints, .. }
            | Rule::Midendword { constraints, .. }
            | Rule::Endword { constraints, .. }
            | Rule::Partword { constraints, .. }
            | Rule::Prepunc { constraints, .. }
            | Rule::Postpunc { constraints, .. }
            | Rule::Begnum { constraints, .. }
            | Rule::Midnum { constraints, .. }
            | Rule::Endnum { constraints, .. }
            | Rule::Joinnum { constraints, .. }
            | Rule::Context { constraints, .. }
            | Rule::Pass2 { constraints, .. }
            | Rule::Pass3 { constraints, .. }
            | Rule::Pass4 { constraints, .. }
            | Rule::Correct { constraints, .. }
            | Rule::Match { constraints, .. }
            | Rule::Nocontractsign { constraints, .. }
            | Rule::Nonumsign { constraints, .. } => {
                if constraints.contains(Constraint::Nofor) {
                    enum_set!(Direction::Backward)
                } else if constraints.contains(Constraint::Noback) {
                    enum_set!(Direction::Forward)
                } else {
                    enum_set!(Direction::Forward | Direction::Backward)
                }
            }
            _ => enum_set!(Direction::Forward | Direction::Backward),
        }
    }
}

/// A trait to query whether a [`Rule`] has a nocross contraint.
pub trait HasNocross {
    /// Returns the set of contraints associated with this Rule.
    fn constraints(&self) -> Constraints;

    /// Checks if this Rule has the nocross contraint.
    fn is_nocross(&self) -> bool {
        self.constraints().contains(Constraint::Nocross)
    }
}

impl HasNocross for Rule {
    fn constraints(&self) -> Constraints {
        match self {
            Rule::Always { constraints, .. }
            | Rule::Word { constraints, .. }
            | Rule::Lowword { constraints, .. }
            | Rule::Sufword { constraints, .. }
            | Rule::Prfword { constraints, .. }
            | Rule::Begword { constraints, .. }
            | Rule::Begmidword { constraints, .. }
            | Rule::Midword { constraints, .. }
            | Rule::Midendword { constraints, .. }
            | Rule::Endword { constraints, .. }
            | Rule::Partword { constraints, .. }
            | Rule::Prepunc { constraints, .. }
            | Rule::Postpunc { constraints, .. }
            | Rule::Begnum { constraints, .. }
            | Rule::Midnum { constraints, .. }
            | Rule::Endnum { constraints, .. }
            | Rule::Joinnum { constraints, .. } => *constraints,
            _ => constraint_set!(),
        }
    }
}

/// Defines precedence levels for [`Rules`](Rule).
#[derive(Debug, Default, Clone, PartialEq, PartialOrd)]
pub enum Precedence {
    #[default]
    Default,
    /// Backward-only indicator opcodes (`capsletter`, `numsign`, ...). Ranked above plain
    /// character-definition opcodes (`letter`, `punctuation`, `sign`, ...), whose dots
    /// they can coincide with in some tables (e.g. `capsletter 46` vs `punctuation $ 46`
    /// in hu-hu-g1.ctb) — but *below* [`Precedence::Translation`], since a same-dots
    /// `always`/word-family rule (e.g. `always ഃ 6` colliding with `capsletter 6` via a
    /// shared included subtable in Malayalam) reflects a more specific, legitimate
    /// language rule that must still win.
    Indicator,
    Translation,
}

/// A trait to query the precedence of a [`Rule`].
pub trait HasPrecedence {
    /// Returns the precedence level of this Rule.
    fn precedence(&self) -> Precedence;
}

impl HasPrecedence for Rule {
    fn precedence(&self) -> Precedence {
        match self {
            // comp6 apparently has lower precedence than the other translation rules
            // Rule::Comp6 { .. }
            Rule::Word { .. }
            | Rule::Begword { .. }
            | Rule::Sufword { .. }
            | Rule::Midword { .. }
            | Rule::Midendword { .. }
            | Rule::Endword { .. }
            | Rule::Begmidword { .. }
            | Rule::Joinword { .. }
            | Rule::Begnum { .. }
            | Rule::Midnum { .. }
            | Rule::Endnum { .. }
            | Rule::Always { .. } => Precedence::Translation,
            Rule::Capsletter { .. }
            | Rule::Begcapsword { .. }
            | Rule::Endcapsword { .. }
            | Rule::Numsign { .. }
            | Rule::Nonumsign { .. } => Precedence::Indicator,
            _ => Precedence::Default,
        }
    }
}

#[derive(PartialEq, Debug, Clone)]
pub enum Braille {
    Implicit,
    Explicit(BrailleChars),
}

impl std::fmt::Display for Braille {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Braille::Implicit => write!(f, "="),
            Braille::Explicit(dots) => write!(f, "{}", dots),
        }
    }
}

#[derive(PartialEq, Debug, Clone)]
pub enum Position {
    Before,
    After,
}

#[derive(PartialEq, Debug)]
pub enum EscapingContext {
    Default,
    MatchPattern,
}

fn unescape_unicode(chars: &mut Chars, len: u8) -> Result<char, ParseError> {
    let mut s = String::new();

    for _ in 0..len {
        match chars.next() {
            Some(c) => s.push(c),
            _ => return Err(ParseError::InvalidUnicodeLiteral { found: None }),
        }
    }

    let Ok(value) = u32::from_str_radix(&s, 16) else {
        return Err(ParseError::InvalidUnicodeLiteral { found: Some(s) });
    };

    if let Some(c) = char::from_u32(value) {
        return Ok(c);
    }

    // A hex literal that fits a UTF-16 code unit (`\x`, always 4 digits) can
    // only fail to be a scalar value by being a surrogate half -- that's the
    // one gap in `char::from_u32`'s range for u16-sized input. Anything wider
    // (only reachable via `\y`/`\z`) is a genuine out-of-range literal.
    let Ok(unit) = u16::try_from(value) else {
        return Err(ParseError::InvalidUnicodeLiteral { found: Some(s) });
    };

    // liblouis tables written for 16-bit widechar builds spell a character
    // above U+FFFF as a `\x`-escaped high/low surrogate pair. Look ahead for
    // a second `\x` escape and hand both units to `char::decode_utf16`, which
    // already knows the surrogate-pairing rules -- it accepts a valid pair
    // and rejects everything else (a lone half, two highs, a high with a
    // non-surrogate after it, ...).
    let mut lookahead = chars.clone();
    if len == 4 && lookahead.next() == Some('\\') && lookahead.next() == Some('x') {
        let low: String = (0..4).map_while(|_| lookahead.next()).collect();
        if let Ok(low) = u16::from_str_radix(&low, 16)
            && let Some(Ok(c)) = char::decode_utf16([unit, low]).next()
        {
            *chars = lookahead;
            return Ok(c);
        }
    }

    // An unpaired surrogate half isn't a real character. A couple of tables
    // use one as a sentinel to strip stray remnants of bad UTF-16 splitting --
    // input a Rust `char` can never actually hold, by construction. Map it to
    // the standard "invalid code unit" placeholder instead of failing the
    // whole table over a rule that can never match anything.
    Ok('\u{FFFD}')
}

pub fn unescape(s: &str, context: EscapingContext) -> Result<String, ParseError> {
    let mut iter = s.chars();
    let mut new = String::new();

    while let Some(c) = iter.next() {
        if c != '\\' {
            new.push(c);
            continue;
        }

        match iter.next() {
            Some('f') => new.push('\u{000C}'),
            Some('n') => new.push('\n'),
            Some('r') => new.push('\r'),
            Some('t') => new.push('\t'),
            Some('s') => new.push(' '),
            Some('v') => new.push('\u{000B}'),
            Some('e') => new.push('\u{001B}'),
            Some('\\') => new.push('\\'),
            // when unescaping a match pattern leave \(, \) and \] alone as they are needed later
            Some(c @ ('(' | ')' | ']')) if context == EscapingContext::MatchPattern => {
                new.push('\\');
                new.push(c);
            }
            Some('x') => new.push(unescape_unicode(&mut iter, 4)?),
            Some('y') => new.push(unescape_unicode(&mut iter, 5)?),
            Some(c) => return Err(ParseError::InvalidEscape(Some(c))),
            _ => return Err(ParseError::InvalidEscape(None)),
        };
    }
    Ok(new)
}

/// Return an error if `actual` contains more constraints than `expected`
fn fail_if_invalid_constraints(
    expected: Constraints,
    actual: Constraints,
    opcode: Opcode,
) -> Result<(), ParseError> {
    if !actual.is_subset(expected) {
        Err(ParseError::InvalidConstraints {
            constraints: actual.difference(expected),
            opcode,
        })
    } else {
        Ok(())
    }
}

/// Return an error if `actual` contains more constraints than `expected`
fn fail_if_differing_number_of_replacements(
    length1: usize,
    length2: usize,
) -> Result<(), ParseError> {
    if length1 != length2 {
        Err(ParseError::SameNumberOfSwapReplacementsExpected(
            length1, length2,
        ))
    } else {
        Ok(())
    }
}

pub struct RuleParser<'a> {
    tokens: Peekable<SplitAsciiWhitespace<'a>>,
}

impl<'a> RuleParser<'a> {
    pub fn new(source: &'a str) -> Self {
        Self {
            tokens: source.split_ascii_whitespace().peekable(),
        }
    }

    fn nofor(&mut self) -> bool {
        self.tokens.next_if_eq(&"nofor").is_some()
    }

    fn noback(&mut self) -> bool {
        self.tokens.next_if_eq(&"noback").is_some()
    }

    fn nocross(&mut self) -> bool {
        self.tokens.next_if_eq(&"nocross").is_some()
    }

    fn constraints(&mut self) -> Constraints {
        let mut constraints = Constraints::empty();
        if self.nofor() {
            constraints.insert(Constraint::Nofor);
        } else if self.noback() {
            constraints.insert(Constraint::Noback);
        }
        if self.nocross() {
            constraints.insert(Constraint::Nocross);
        }
        constraints
    }

    fn with_class(&mut self) -> Result<Option<WithClass>, ParseError> {
        if self.tokens.next_if_eq(&"before").is_some() {
            match self.tokens.next() {
                Some(class) => {
                    return Ok(Some(WithClass::Before {
                        class: class.into(),
                    }));
                }
                None => return Err(ParseError::ClassNameExpected { found: None }),
            }
        }
        if self.tokens.next_if_eq(&"after").is_some() {
            match self.tokens.next() {
                Some(class) => {
                    return Ok(Some(WithClass::After {
                        class: class.into(),
                    }));
                }
                None => return Err(ParseError::ClassNameExpected { found: None }),
            }
        }
        Ok(None)
    }

    fn with_classes(&mut self) -> Result<Option<WithClasses>, ParseError> {
        let mut classes = WithClasses::new();
        while self.tokens.peek() == Some(&"before") || self.tokens.peek() == Some(&"after") {
            if let Some(class) = self.with_class()? {
                classes.push(class);
            }
        }
        Ok(Some(classes))
    }

    fn with_matches(&mut self) -> Option<WithMatches> {
        let mut matches = WithMatches::new();
        // TODO: make sure "empmatchbefore empmatchbefore" is not allowed
        while self.tokens.peek() == Some(&"empmatchbefore")
            || self.tokens.peek() == Some(&"empmatchafter")
        {
            if self.tokens.next_if_eq(&"empmatchbefore").is_some() {
                matches.insert(WithMatch::Before);
            }
            if self.tokens.next_if_eq(&"empmatchafter").is_some() {
                matches.insert(WithMatch::After);
            }
        }
        if !matches.is_empty() {
            Some(matches)
        } else {
            None
        }
    }

    fn opcode(&mut self) -> Result<Opcode, ParseError> {
        if let Some(token) = self.tokens.next() {
            match token {
                "include" => Ok(Opcode::Include),
                "undefined" => Ok(Opcode::Undefined),
                "display" => Ok(Opcode::Display),
                "multind" => Ok(Opcode::Multind),
                "space" => Ok(Opcode::Space),
                "punctuation" => Ok(Opcode::Punctuation),
                "digit" => Ok(Opcode::Digit),
                "grouping" => Ok(Opcode::Grouping),
                "letter" => Ok(Opcode::Letter),
                "base" => Ok(Opcode::Base),
                "lowercase" => Ok(Opcode::Lowercase),
                "uppercase" => Ok(Opcode::Uppercase),
                "litdigit" => Ok(Opcode::Litdigit),
                "sign" => Ok(Opcode::Sign),
                "math" => Ok(Opcode::Math),

                // Braille Indicator Opcodes
                "modeletter" => Ok(Opcode::Modeletter),
                "capsletter" => Ok(Opcode::Capsletter),
                "begmodeword" => Ok(Opcode::Begmodeword),
                "endmodeword" => Ok(Opcode::Endmodeword),
                "begcapsword" => Ok(Opcode::Begcapsword),
                "endcapsword" => Ok(Opcode::Endcapsword),
                "capsmodechars" => Ok(Opcode::Capsmodechars),
                "begmode" => Ok(Opcode::Begmode),
                "endmode" => Ok(Opcode::Endmode),
                "begcaps" => Ok(Opcode::Begcaps),
                "endcaps" => Ok(Opcode::Endcaps),
                "begcapsphrase" => Ok(Opcode::Begcapsphrase),
                "endcapsphrase" => Ok(Opcode::Endcapsphrase),
                "lencapsphrase" => Ok(Opcode::Lencapsphrase),
                "letsign" => Ok(Opcode::Letsign),
                "noletsign" => Ok(Opcode::Noletsign),
                "noletsignbefore" => Ok(Opcode::Noletsignbefore),
                "noletsignafter" => Ok(Opcode::Noletsignafter),
                "nocontractsign" => Ok(Opcode::Nocontractsign),
                "numsign" => Ok(Opcode::Numsign),
                "nonumsign" => Ok(Opcode::Nonumsign),
                "numericnocontchars" => Ok(Opcode::Numericnocontchars),
                "numericmodechars" => Ok(Opcode::Numericmodechars),
                "midendnumericmodechars" => Ok(Opcode::Midendnumericmodechars),

                "begmodephrase" => Ok(Opcode::Begmodephrase),
                "endmodephrase" => Ok(Opcode::Endmodephrase),
                "lenmodephrase" => Ok(Opcode::Lenmodephrase),

                // Opcodes for Standing Alone Sequences
                "seqdelimiter" => Ok(Opcode::Seqdelimiter),
                "seqbeforechars" => Ok(Opcode::Seqbeforechars),
                "seqafterchars" => Ok(Opcode::Seqafterchars),
                "seqafterpattern" => Ok(Opcode::Seqafterpattern),
                "seqafterexpression" => Ok(Opcode::Seqafterexpression),

                // Emphasis Opcodes
                "class" => Ok(Opcode::Class),
                "emphclass" => Ok(Opcode::Emphclass),
                "begemph" => Ok(Opcode::Begemph),
                "endemph" => Ok(Opcode::Endemph),
                "noemphchars" => Ok(Opcode::Noemphchars),
                "emphletter" => Ok(Opcode::Emphletter),
                "begemphword" => Ok(Opcode::Begemphword),
                "endemphword" => Ok(Opcode::Endemphword),
                "emphmodechars" => Ok(Opcode::Emphmodechars),
                "begemphphrase" => Ok(Opcode::Begemphphrase),
                "endemphphrase" => Ok(Opcode::Endemphphrase),
                "lenemphphrase" => Ok(Opcode::Lenemphphrase),

                // Special Symbol Opcodes
                "decpoint" => Ok(Opcode::Decpoint),
                "hyphen" => Ok(Opcode::Hyphen),

                // Special Processing Opcodes
                "capsnocont" => Ok(Opcode::Capsnocont),

                // Translation Opcodes
                "compbrl" => Ok(Opcode::Compbrl),
                "comp6" => Ok(Opcode::Comp6),
                "nocont" => Ok(Opcode::Nocont),
                "replace" => Ok(Opcode::Replace),
                "always" => Ok(Opcode::Always),
                "repeated" => Ok(Opcode::Repeated),
                "repword" => Ok(Opcode::Repword),
                "rependword" => Ok(Opcode::Rependword),
                "largesign" => Ok(Opcode::Largesign),
                "word" => Ok(Opcode::Word),
                "syllable" => Ok(Opcode::Syllable),
                "joinword" => Ok(Opcode::Joinword),
                "lowword" => Ok(Opcode::Lowword),
                "contraction" => Ok(Opcode::Contraction),
                "sufword" => Ok(Opcode::Sufword),
                "prfword" => Ok(Opcode::Prfword),
                "begword" => Ok(Opcode::Begword),
                "begmidword" => Ok(Opcode::Begmidword),
                "midword" => Ok(Opcode::Midword),
                "midendword" => Ok(Opcode::Midendword),
                "endword" => Ok(Opcode::Endword),
                "partword" => Ok(Opcode::Partword),
                "exactdots" => Ok(Opcode::Exactdots),
                "prepunc" => Ok(Opcode::Prepunc),
                "postpunc" => Ok(Opcode::Postpunc),
                "begnum" => Ok(Opcode::Begnum),
                "midnum" => Ok(Opcode::Midnum),
                "endnum" => Ok(Opcode::Endnum),
                "joinnum" => Ok(Opcode::Joinnum),

                // Computer braille
                "begcomp" => Ok(Opcode::Begcomp),
                "endcomp" => Ok(Opcode::Endcomp),

                // Character-Class Opcodes
                "attribute" => Ok(Opcode::Attribute),

                // Swap Opcodes
                "swapcd" => Ok(Opcode::Swapcd),
                "swapdd" => Ok(Opcode::Swapdd),
                "swapcc" => Ok(Opcode::Swapcc),

                // Context and Multipass Opcodes
                "context" => Ok(Opcode::Context),
                "pass2" => Ok(Opcode::Pass2),
                "pass3" => Ok(Opcode::Pass3),
                "pass4" => Ok(Opcode::Pass4),

                // The correct Opcode
                "correct" => Ok(Opcode::Correct),

                // The match Opcode
                "match" => Ok(Opcode::Match),
                "literal" => Ok(Opcode::Literal),
                unknown => Err(ParseError::OpcodeExpected {
                    found: Some(unknown.into()),
                }),
            }
        } else {
            Err(ParseError::OpcodeExpected { found: None })
        }
    }

    fn name(&mut self) -> Result<String, ParseError> {
        let name = self
            .tokens
            .next()
            .ok_or(ParseError::NameExpected)
            .map(|s| s.to_string())?;
        if name.chars().all(|c| c.is_ascii_alphanumeric()) {
            Ok(name)
        } else {
            Err(ParseError::InvalidName { name })
        }
    }

    fn many_names(&mut self) -> Result<Vec<String>, ParseError> {
        let mut names: Vec<String> = Vec::new();
        for name in self.tokens.by_ref() {
            names.push(name.into());
        }
        if names.len() > 1 {
            Ok(names)
        } else {
            Err(ParseError::TokenExpected {
                expected: "At least one name expected".into(),
                found: None,
            })
        }
    }

    fn one_char(&mut self) -> Result<char, ParseError> {
        let s = self
            .tokens
            .next()
            .ok_or(ParseError::SingleCharExpected { found: None })?;
        let s = unescape(s, EscapingContext::Default)?;
        if s.chars().count() == 1 {
            Ok(s.chars().next().unwrap())
        } else {
            Err(ParseError::SingleCharExpected { found: Some(s) })
        }
    }

    fn number(&mut self) -> Result<i32, ParseError> {
        let s = self
            .tokens
            .next()
            .ok_or(ParseError::NumberExpected { found: None })?;
        let number = s.parse::<i32>()?;
        Ok(number)
    }

    fn chars(&mut self) -> Result<String, ParseError> {
        let s = self.tokens.next().ok_or(ParseError::CharsExpected)?;
        unescape(s, EscapingContext::Default)
    }

    fn maybe_chars(&mut self) -> Option<String> {
        self.tokens.next().map(|s| s.to_string())
    }

    fn filename(&mut self) -> Result<String, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::FilenameExpected)
            .map(|s| s.to_string())
    }

    fn position(&mut self) -> Result<Position, ParseError> {
        if self.tokens.next_if_eq(&"before").is_some() {
            return Ok(Position::Before);
        }
        if self.tokens.next_if_eq(&"after").is_some() {
            return Ok(Position::After);
        }
        Err(ParseError::TokenExpected {
            expected: "Before/After".into(),
            found: self.tokens.peek().map(|&s| s.into()),
        })
    }

    fn dots(&mut self) -> Result<Braille, ParseError> {
        let token = self.tokens.next().ok_or(ParseError::DotsExpected)?;
        if token == "=" {
            Ok(Braille::Implicit)
        } else {
            Ok(Braille::Explicit(BrailleChars::try_from(token)?))
        }
    }

    fn explicit_dots(&mut self) -> Result<BrailleChars, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::DotsExpected)?
            .split('-')
            .map(BrailleChar::try_from)
            // FIXME: it feels really weird that we manually have to
            // map braille::ParseError to ParseError. I thought the
            // thisError crate implements the from trait between the
            // two?
            .map(|r| r.map_err(ParseError::InvalidBraille))
            .collect()
    }

    fn many_braillechars(&mut self) -> Result<Vec<BrailleChars>, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::DotsExpected)?
            .split(',')
            .map(|chars| {
                chars
                    .split('-')
                    .map(BrailleChar::try_from)
                    // FIXME: it feels really weird that we manually have to
                    // map braille::ParseError to ParseError.
                    .map(|r| r.map_err(ParseError::InvalidBraille))
                    .collect()
            })
            .collect()
    }

    /// Parse a single cell braille dot pattern.
    fn single_braillechar(&mut self) -> Result<BrailleChar, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::DotsExpected)?
            .try_into()
            .map_err(ParseError::InvalidBraille)
    }

    /// Parse many single cell braille chars separated by ','
    fn many_braillechar(&mut self) -> Result<BrailleChars, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::DotsExpected)?
            .split(',')
            .map(|chars| {
                if chars.contains('-') {
                    return Err(ParseError::SingleCellDotsExpected {
                        found: chars.to_string(),
                    });
                }
                BrailleChar::try_from(chars).map_err(ParseError::InvalidBraille)
            })
            .collect()
    }

    fn multipass_test(&mut self) -> Result<Test, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::MultipassTestExpected)
            .map(|s| {
                multipass::test::Parser::new(s)
                    .tests()
                    .map_err(ParseError::InvalidMultipassOperand)
            })?
    }

    fn multipass_action(&mut self) -> Result<Action, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::MultipassActionExpected)
            .map(|s| {
                multipass::action::Parser::new(s)
                    .actions()
                    .map_err(ParseError::InvalidMultipassOperand)
            })?
    }

    fn match_pre(&mut self) -> Result<Patterns, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::MatchPreExpected)
            .map(|s| {
                match_rule::PatternParser::new(
                    &unescape(s, EscapingContext::MatchPattern)?,
                    Side::Pre,
                )
                .pattern()
                .map_err(ParseError::InvalidMatchPattern)
            })?
    }

    fn match_post(&mut self) -> Result<Patterns, ParseError> {
        self.tokens
            .next()
            .ok_or(ParseError::MatchPostExpected)
            .map(|s| {
                match_rule::PatternParser::new(
                    &unescape(s, EscapingContext::MatchPattern)?,
                    Side::Post,
                )
                .pattern()
                .map_err(ParseError::InvalidMatchPattern)
            })?
    }

    pub fn rule(&mut self) -> Result<Rule, ParseError> {
        let constraints = self.constraints();
        let classes = self.with_classes().unwrap_or_default().unwrap_or_default();
        let matches = self.with_matches();
        let opcode = self.opcode()?;
        let rule = match opcode {
            Opcode::Include => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Include {
                    file: self.filename()?,
                }
            }
            Opcode::Undefined => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Undefined {
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Display => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Display {
                    character: self.one_char()?,
                    dots: self.single_braillechar()?,
                    constraints,
                }
            }
            Opcode::Multind => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Multind {
                    dots: self.explicit_dots()?,
                    names: self.many_names()?,
                    constraints,
                }
            }
            Opcode::Space => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Space {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Punctuation => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Punctuation {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Digit => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Digit {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Grouping => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                let name = self.name()?;
                let chars = self.chars()?;
                let dots = self.many_braillechar()?;
                if dots.len() != 2 {
                    return Err(ParseError::DotsTupleExpected);
                }
                let left = dots.iter().next().unwrap().clone();
                let right = dots.iter().last().unwrap().clone();
                Rule::Grouping {
                    name,
                    chars,
                    left,
                    right,
                }
            }
            Opcode::Letter => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Letter {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Base => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Base {
                    name: self.name()?,
                    derived: self.one_char()?,
                    base: self.one_char()?,
                }
            }
            Opcode::Lowercase => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Lowercase {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Uppercase => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Uppercase {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Litdigit => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Litdigit {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Sign => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Sign {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Math => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Math {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }

            Opcode::Modeletter => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Modeletter {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Capsletter => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Capsletter {
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Begmodeword => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Begmodeword {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Endmodeword => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Endmodeword {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Begcapsword => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Begcapsword {
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Endcapsword => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Endcapsword {
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Capsmodechars => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Capsmodechars {
                    chars: self.chars()?,
                }
            }
            Opcode::Begmode => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Begmode {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Endmode => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Endmode {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Begcaps => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Begcaps {
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Endcaps => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Endcaps {
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Begcapsphrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Begcapsphrase {
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Endcapsphrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Endcapsphrase {
                    position: self.position()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Lencapsphrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Lencapsphrase {
                    number: self.number()?,
                }
            }
            Opcode::Letsign => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Letsign {
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Noletsign => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Noletsign {
                    chars: self.chars()?,
                }
            }
            Opcode::Noletsignbefore => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Noletsignbefore {
                    chars: self.chars()?,
                }
            }
            Opcode::Noletsignafter => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Noletsignafter {
                    chars: self.chars()?,
                }
            }
            Opcode::Nocontractsign => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Nocontractsign {
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Numsign => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Numsign {
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Nonumsign => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Nonumsign {
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Numericnocontchars => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Numericnocontchars {
                    chars: self.chars()?,
                }
            }
            Opcode::Numericmodechars => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Numericmodechars {
                    chars: self.chars()?,
                }
            }
            Opcode::Midendnumericmodechars => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Midendnumericmodechars {
                    chars: self.chars()?,
                }
            }

            Opcode::Begmodephrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Begmodephrase {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Endmodephrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Endmodephrase {
                    name: self.name()?,
                    position: self.position()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Lenmodephrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Lenmodephrase {
                    name: self.name()?,
                    number: self.number()?,
                }
            }

            Opcode::Seqdelimiter => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Seqdelimiter {
                    chars: self.chars()?,
                }
            }
            Opcode::Seqbeforechars => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Seqbeforechars {
                    chars: self.chars()?,
                }
            }
            Opcode::Seqafterchars => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Seqafterchars {
                    chars: self.chars()?,
                }
            }
            Opcode::Seqafterpattern => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Seqafterpattern {
                    chars: self.chars()?,
                }
            }
            Opcode::Seqafterexpression => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Seqafterexpression {
                    chars: self.chars()?,
                }
            }

            Opcode::Class => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Class {
                    name: self.name()?,
                    chars: self.chars()?,
                }
            }
            Opcode::Emphclass => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Emphclass { name: self.name()? }
            }
            Opcode::Begemph => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Begemph {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Endemph => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Endemph {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Noemphchars => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Noemphchars {
                    name: self.name()?,
                    chars: self.chars()?,
                }
            }
            Opcode::Emphletter => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Emphletter {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Begemphword => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Begemphword {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Endemphword => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Endemphword {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Emphmodechars => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Emphmodechars {
                    name: self.name()?,
                    chars: self.chars()?,
                }
            }
            Opcode::Begemphphrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Begemphphrase {
                    name: self.name()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Endemphphrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Endemphphrase {
                    name: self.name()?,
                    position: self.position()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Lenemphphrase => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Lenemphphrase {
                    name: self.name()?,
                    number: self.number()?,
                }
            }

            Opcode::Begcomp => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Begcomp {
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Endcomp => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Endcomp {
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }

            Opcode::Decpoint => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Decpoint {
                    character: self.one_char()?,

                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Hyphen => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Hyphen {
                    character: self.one_char()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }

            Opcode::Capsnocont => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Capsnocont {}
            }

            Opcode::Compbrl => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Compbrl {
                    chars: self.chars()?,
                    constraints,
                }
            }
            Opcode::Comp6 => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Comp6 {
                    character: self.one_char()?,
                    dots: self.dots()?,
                }
            }
            Opcode::Nocont => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Nocont {
                    chars: self.chars()?,
                }
            }
            Opcode::Replace => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Replace {
                    chars: self.chars()?,
                    replacement: self.maybe_chars(),
                }
            }
            Opcode::Always => Rule::Always {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Repeated => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Repeated {
                    chars: self.chars()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Repword => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Repword {
                    chars: self.chars()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Rependword => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                let chars = self.chars()?;
                let many_dots = self.many_braillechars()?;
                if many_dots.len() != 2 {
                    return Err(ParseError::DotsTupleExpected);
                }
                let mut iterator = many_dots.into_iter();
                let dots = iterator.next().unwrap();
                let other = iterator.next().unwrap();
                Rule::Rependword { chars, dots, other }
            }
            Opcode::Largesign => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Largesign {
                    chars: self.chars()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Word => {
                // FIXME: in theory nocross would be allowed for this opcode, so no need to check
                // for invalid contraints
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Word {
                    chars: self.chars()?,
                    dots: self.dots()?,
                    constraints,
                    with_classes: classes,
                }
            }
            Opcode::Syllable => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Syllable {
                    chars: self.chars()?,
                    dots: self.dots()?,
                }
            }
            Opcode::Joinword => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Joinword {
                    chars: self.chars()?,
                    dots: self.explicit_dots()?,
                }
            }
            Opcode::Lowword => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Lowword {
                    chars: self.chars()?,
                    dots: self.explicit_dots()?,
                    constraints,
                }
            }
            Opcode::Contraction => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Contraction {
                    chars: self.chars()?,
                }
            }
            Opcode::Sufword => Rule::Sufword {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Prfword => Rule::Prfword {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Begword => Rule::Begword {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Begmidword => Rule::Begmidword {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Midword => Rule::Midword {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Midendword => Rule::Midendword {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Endword => Rule::Endword {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Partword => Rule::Partword {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
                with_classes: classes,
            },
            Opcode::Exactdots => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Exactdots {
                    chars: self.chars()?,
                }
            }
            Opcode::Prepunc => Rule::Prepunc {
                chars: self.chars()?,
                dots: self.explicit_dots()?,
                constraints,
            },
            Opcode::Postpunc => Rule::Postpunc {
                chars: self.chars()?,
                dots: self.explicit_dots()?,
                constraints,
            },
            Opcode::Begnum => Rule::Begnum {
                chars: self.chars()?,
                dots: self.explicit_dots()?,
                constraints,
            },
            Opcode::Midnum => Rule::Midnum {
                chars: self.chars()?,
                dots: self.explicit_dots()?,
                constraints,
            },
            Opcode::Endnum => Rule::Endnum {
                chars: self.chars()?,
                dots: self.dots()?,
                constraints,
            },
            Opcode::Joinnum => Rule::Joinnum {
                chars: self.chars()?,
                dots: self.explicit_dots()?,
                constraints,
            },

            Opcode::Attribute => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Attribute {
                    name: self.name()?,
                    chars: self.chars()?,
                }
            }

            Opcode::Swapcd => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                let name = self.name()?;
                let chars = self.chars()?;
                let dots = self.many_braillechars()?;
                fail_if_differing_number_of_replacements(chars.chars().count(), dots.len())?;
                Rule::Swapcd { name, chars, dots }
            }
            Opcode::Swapdd => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                let name = self.name()?;
                let dots = self.many_braillechar()?;
                let replacement = self.many_braillechars()?;
                fail_if_differing_number_of_replacements(dots.len(), replacement.len())?;
                Rule::Swapdd {
                    name,
                    dots,
                    replacement,
                }
            }
            Opcode::Swapcc => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                let name = self.name()?;
                let chars = self.chars()?;
                let replacement = self.chars()?;
                fail_if_differing_number_of_replacements(
                    chars.chars().count(),
                    replacement.chars().count(),
                )?;
                Rule::Swapcc {
                    name,
                    chars,
                    replacement,
                }
            }

            Opcode::Context => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Context {
                    test: self.multipass_test()?,
                    action: self.multipass_action()?,
                    constraints,
                }
            }
            Opcode::Pass2 => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Pass2 {
                    test: self.multipass_test()?,
                    action: self.multipass_action()?,
                    constraints,
                }
            }
            Opcode::Pass3 => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Pass3 {
                    test: self.multipass_test()?,
                    action: self.multipass_action()?,
                    constraints,
                }
            }
            Opcode::Pass4 => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Pass4 {
                    test: self.multipass_test()?,
                    action: self.multipass_action()?,
                    constraints,
                }
            }
            Opcode::Correct => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Correct {
                    test: self.multipass_test()?,
                    action: self.multipass_action()?,
                    constraints,
                }
            }

            Opcode::Match => {
                fail_if_invalid_constraints(ANY_DIRECTION, constraints, opcode)?;
                Rule::Match {
                    pre: self.match_pre()?,
                    chars: self.chars()?,
                    post: self.match_post()?,
                    dots: self.dots()?,
                    matches,
                    constraints,
                }
            }
            Opcode::Literal => {
                fail_if_invalid_constraints(Constraints::empty(), constraints, opcode)?;
                Rule::Literal {
                    chars: self.chars()?,
                }
            }
        };
        Ok(rule)
    }
}

/// An error that occurred during reading of a [liblouis](https://liblouis.io) braille table
#[derive(thiserror::Error, Debug)]
pub enum TableError {
    #[error("Parse error {error:?} on line {line:?}")]
    ParseError {
        path: Option<PathBuf>,
        line: usize,
        error: ParseError,
    },
    #[error("Include directives are not supported when parsing table source in memory")]
    IncludesNotSupportedInMemory,
    #[error("Cannot read table {path}: {error}")]
    TableNotReadable { path: PathBuf, error: io::Error },
    #[error("Cannot find table {0:?}")]
    TableNotFound(PathBuf),
    #[error("Hyphenation table {0} not found")]
    HyphenationTableNotFound(PathBuf),
    #[error("Cannot read hyphenation table {path}: {error}")]
    HyphenationTableNotReadable { path: PathBuf, error: io::Error },
    #[error("Cannot parse hyphenation table {path}: {error}")]
    HyphenationTableNotParseable {
        path: PathBuf,
        error: hyphenation::ParseError,
    },
    #[error("circular table inclusion detected: {0:?}")]
    CircularInclude(Vec<PathBuf>),
    #[error("table inclusion chain exceeds the maximum depth of {0}")]
    IncludeTooDeep(usize),
    #[error("endmodephrase {0:?} may only be defined as before or after, not both")]
    ConflictingEndmodephrasePosition(String),
    #[error("endcapsphrase may only be defined as before or after, not both")]
    ConflictingEndcapsphrasePosition,
}

/// Maximum length of an `include` chain, guarding against stack overflow from a very deep
/// (but acyclic) chain of includes -- cyclic ones are caught earlier, by [`TableError::CircularInclude`].
const MAX_INCLUDE_DEPTH: usize = 64;

/// A [`Rule`] combined with information about which table file it originated from.
#[derive(PartialEq, Debug, Clone)]
pub struct AnchoredRule {
    pub rule: Rule,
    path: Option<PathBuf>,
    line: usize,
}

impl std::fmt::Display for AnchoredRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{:?}:{} ", path.as_os_str(), self.line)?;
        }
        write!(f, "{}", self.rule)
    }
}

impl AnchoredRule {
    pub fn new(rule: Rule, path: Option<PathBuf>, line: usize) -> Self {
        Self { rule, path, line }
    }

    /// The table file and line the rule was defined at.
    pub fn location(&self) -> (Option<&std::path::Path>, usize) {
        (self.path.as_deref(), self.line)
    }
}

impl HasDirection for AnchoredRule {
    fn directions(&self) -> EnumSet<Direction> {
        self.rule.directions()
    }
}

impl HasPrecedence for AnchoredRule {
    fn precedence(&self) -> Precedence {
        self.rule.precedence()
    }
}

impl HasNocross for AnchoredRule {
    fn constraints(&self) -> Constraints {
        self.rule.constraints()
    }
}

impl From<Rule> for AnchoredRule {
    fn from(rule: Rule) -> Self {
        Self {
            rule,
            path: None,
            line: 0,
        }
    }
}

pub fn table(table: &str, path: Option<PathBuf>) -> Result<Vec<AnchoredRule>, Vec<TableError>> {
    let (rules, errors): (Vec<_>, Vec<_>) = table
        .lines()
        .enumerate()
        // drop comments and empty lines
        .filter(|(_, line)| !line.trim().starts_with('#') && !line.trim().is_empty())
        .map(|(line_no, line)| {
            // parse the line
            RuleParser::new(line)
                .rule()
                .map(|rule| AnchoredRule {
                    rule,
                    path: path.clone(),
                    line: line_no + 1,
                })
                .map_err(|e| TableError::ParseError {
                    path: path.clone(),
                    line: line_no + 1,
                    error: e,
                })
        })
        .partition(Result::is_ok);
    let rules: Vec<_> = rules.into_iter().map(Result::unwrap).collect();
    let errors: Vec<_> = errors.into_iter().map(Result::unwrap_err).collect();
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

pub fn table_file(path: &Path) -> Result<Vec<AnchoredRule>, Vec<TableError>> {
    let text = read_to_string(path).map_err(|error| {
        vec![TableError::TableNotReadable {
            path: path.into(),
            error,
        }]
    })?;
    table(&text, Some(path.into()))
}

/// Expands `file` and every table it includes, looking names up in `search_path`. Where that
/// search path comes from is the caller's business: the parser neither reads the environment nor
/// adds directories of its own.
pub fn table_expanded_in(
    file: &Path,
    search_path: &SearchPath,
) -> Result<Vec<AnchoredRule>, Vec<TableError>> {
    table_expanded_with(file, search_path, &[])
}

/// `chain` holds the canonicalized path of every table currently being expanded, from the root
/// down to (but not including) `file` -- i.e. the ancestor chain, not a global "already seen"
/// set. This lets the same table be legitimately included multiple times from different
/// branches (a diamond dependency, common for shared base tables) while still catching a table
/// that includes itself, directly or transitively: each recursive call extends its own copy of
/// the chain, so a sibling include never sees paths pushed by another branch's descendants.
fn table_expanded_with(
    file: &Path,
    search_path: &SearchPath,
    chain: &[PathBuf],
) -> Result<Vec<AnchoredRule>, Vec<TableError>> {
    match search_path.find_file(file) {
        Some(path) => {
            let canonical = path.canonicalize().map_err(|error| {
                vec![TableError::TableNotReadable {
                    path: path.clone(),
                    error,
                }]
            })?;
            if chain.len() >= MAX_INCLUDE_DEPTH {
                return Err(vec![TableError::IncludeTooDeep(MAX_INCLUDE_DEPTH)]);
            }
            if chain.contains(&canonical) {
                let mut cycle = chain.to_vec();
                cycle.push(canonical);
                return Err(vec![TableError::CircularInclude(cycle)]);
            }
            let mut chain = chain.to_vec();
            chain.push(canonical);
            table_file(path.as_path()).and_then(|rules| expand_includes(rules, search_path, &chain))
        }
        None => Err(vec![TableError::TableNotFound(file.into())]),
    }
}

fn expand_include(
    rule: AnchoredRule,
    search_path: &SearchPath,
    chain: &[PathBuf],
) -> Result<Vec<AnchoredRule>, Vec<TableError>> {
    match rule.rule {
        Rule::Include { ref file } => {
            let path = Path::new(file);
            if path.extension().and_then(OsStr::to_str) == Some("dic") {
                // Hyphenation dictionaries are liblouis's own pattern-dictionary
                // format (see the `hyphenation` module), not a translation table --
                // parse them with their own parser and embed the result.
                let resolved = search_path
                    .find_file(path)
                    .ok_or(vec![TableError::HyphenationTableNotFound(path.into())])?;
                let source = read_to_string(&resolved).map_err(|error| {
                    vec![TableError::HyphenationTableNotReadable {
                        path: resolved.clone(),
                        error,
                    }]
                })?;
                let table = HyphenationTable::parse(&source).map_err(|error| {
                    vec![TableError::HyphenationTableNotParseable {
                        path: resolved,
                        error,
                    }]
                })?;
                return Ok(vec![AnchoredRule::new(
                    Rule::IncludeHyphenation { table },
                    rule.path,
                    rule.line,
                )]);
            }
            table_expanded_with(path, search_path, chain)
        }
        _ => Ok(vec![rule]),
    }
}

/// Some rules contradict with each other. Check that not both are defined within the same
/// table.
fn check_conflicting_rules(rules: &[AnchoredRule]) -> Result<(), Vec<TableError>> {
    let mut endmodephrase: HashMap<&str, &Position> = HashMap::new();
    let mut endcapsphrase: Option<&Position> = None;

    for rule in rules {
        match &rule.rule {
            // make sure all endmodephrase for the same class define the same position
            Rule::Endmodephrase { name, position, .. } => {
                let seen = endmodephrase.entry(name).or_insert(position);
                if *seen != position {
                    return Err(vec![TableError::ConflictingEndmodephrasePosition(
                        name.clone(),
                    )]);
                }
            }
            // make sure all endcapsphrase define the same position
            Rule::Endcapsphrase { position, .. } => {
                let seen = endcapsphrase.get_or_insert(position);
                if *seen != position {
                    return Err(vec![TableError::ConflictingEndcapsphrasePosition]);
                }
            }
            _ => {}
        }
    }

    Ok(())
}

/// See [`table_expanded_with`] for what `chain` tracks. Callers expanding a rule set that isn't
/// itself nested inside another include expansion (e.g. an inline/in-memory table) should pass
/// `&[]`.
pub fn expand_includes(
    rules: Vec<AnchoredRule>,
    search_path: &SearchPath,
    chain: &[PathBuf],
) -> Result<Vec<AnchoredRule>, Vec<TableError>> {
    let (rules, errors): (Vec<_>, Vec<_>) = rules
        .into_iter()
        .map(|r| expand_include(r, search_path, chain))
        .partition(Result::is_ok);
    let rules: Vec<_> = rules.into_iter().flat_map(Result::unwrap).collect();
    let errors: Vec<_> = errors.into_iter().flat_map(Result::unwrap_err).collect();
    if errors.is_empty() {
        check_conflicting_rules(&rules)?;
        Ok(rules)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use crate::parser::braille::{BrailleChar, BrailleDot};

    use super::*;
    use enumset::enum_set;

    #[test]
    fn nocross() {
        assert!(RuleParser::new("nocross").nocross());
        assert!(RuleParser::new("nocross nofor").nocross());
        assert!(!RuleParser::new("nofor nocross").nocross());
        assert!(!RuleParser::new("nofor").nocross());
    }

    #[test]
    fn nofor() {
        assert!(RuleParser::new(" nofor ").nofor());
        assert!(RuleParser::new("nofor nocross").nofor());
        assert!(!RuleParser::new("nocross nofor").nofor());
        assert!(!RuleParser::new("").nofor());
    }

    #[test]
    fn unicode_surrogate_pairs() {
        // A plain BMP escape is unaffected.
        assert_eq!(
            Ok('A'.to_string()),
            unescape("\\x0041", EscapingContext::Default)
        );
        // A high/low surrogate pair combines into the astral character it encodes.
        assert_eq!(
            Ok("🌑".to_string()),
            unescape("\\xD83C\\xDF11", EscapingContext::Default)
        );
        // An unpaired surrogate half can't be a real character; some tables use one
        // to strip stray remnants of bad UTF-16 splitting, so it maps to the
        // standard placeholder rather than failing the whole table.
        assert_eq!(
            Ok('\u{FFFD}'.to_string()),
            unescape("\\xD83D", EscapingContext::Default)
        );
    }

    #[test]
    fn nocontractsign_and_nonumsign_honor_direction() {
        assert_eq!(
            enum_set!(Direction::Forward),
            RuleParser::new("noback nonumsign 156")
                .rule()
                .unwrap()
                .directions()
        );
        assert_eq!(
            enum_set!(Direction::Backward),
            RuleParser::new("nofor nocontractsign 56")
                .rule()
                .unwrap()
                .directions()
        );
        assert_eq!(
            enum_set!(Direction::Forward | Direction::Backward),
            RuleParser::new("nonumsign 156")
                .rule()
                .unwrap()
                .directions()
        );
    }

    #[test]
    fn constraints() {
        assert_eq!(
            constraint_set!(Constraint::Nofor),
            RuleParser::new(" nofor ").constraints()
        );
        assert_eq!(
            constraint_set!(Constraint::Nofor | Constraint::Nocross),
            RuleParser::new("nofor nocross").constraints()
        );
    }

    #[test]
    fn test_fail_if_invalid_constraints() {
        assert_eq!(
            Ok(()),
            fail_if_invalid_constraints(Constraints::empty(), Constraints::empty(), Opcode::Space)
        );
        assert_eq!(
            Err(ParseError::InvalidConstraints {
                constraints: constraint_set!(Constraint::Nofor),
                opcode: Opcode::Space
            }),
            fail_if_invalid_constraints(
                Constraints::empty(),
                constraint_set!(Constraint::Nofor),
                Opcode::Space
            )
        );
        assert_eq!(
            Err(ParseError::InvalidConstraints {
                constraints: constraint_set!(Constraint::Nofor | Constraint::Nocross),
                opcode: Opcode::Space
            }),
            fail_if_invalid_constraints(
                Constraints::empty(),
                constraint_set!(Constraint::Nofor | Constraint::Nocross),
                Opcode::Space
            )
        );
        assert_eq!(
            Err(ParseError::InvalidConstraints {
                constraints: constraint_set!(Constraint::Nocross),
                opcode: Opcode::Space
            }),
            fail_if_invalid_constraints(
                constraint_set!(Constraint::Nofor | Constraint::Noback),
                constraint_set!(Constraint::Nofor | Constraint::Nocross),
                Opcode::Space
            )
        );
    }

    #[test]
    fn withclass() {
        assert_eq!(
            Ok(Some(WithClass::Before {
                class: "foo".into()
            })),
            RuleParser::new("before foo ").with_class()
        );
        assert_eq!(
            Ok(Some(WithClass::After {
                class: "foo".into()
            })),
            RuleParser::new(" after foo ").with_class()
        );
        assert_eq!(
            Err(ParseError::ClassNameExpected { found: None }),
            RuleParser::new(" after ").with_class()
        );
    }

    #[test]
    fn withclasses() {
        assert_eq!(
            Ok(Some(vec![
                WithClass::Before {
                    class: "foo".into()
                },
                WithClass::After {
                    class: "bar".into()
                },
            ])),
            RuleParser::new("before foo after bar").with_classes()
        );

        assert_eq!(
            Err(ParseError::ClassNameExpected { found: None }),
            RuleParser::new("before foo after").with_classes()
        );
    }

    #[test]
    fn opcode() {
        assert_eq!(Ok(Opcode::Include), RuleParser::new("include").opcode());
        assert_eq!(
            Ok(Opcode::Always),
            RuleParser::new("always foo after").opcode()
        );

        assert_eq!(
            Err(ParseError::OpcodeExpected {
                found: Some("h".into())
            }),
            RuleParser::new("h").opcode()
        );
        assert_eq!(
            Err(ParseError::OpcodeExpected {
                found: Some("hello".into())
            }),
            RuleParser::new("hello world").opcode()
        );
    }

    #[test]
    fn with_matches() {
        assert_eq!(
            Some(HashSet::from([WithMatch::After])),
            RuleParser::new("empmatchafter match").with_matches()
        );
        assert_eq!(
            Some(HashSet::from([WithMatch::Before])),
            RuleParser::new("empmatchbefore match").with_matches()
        );
        assert_eq!(None, RuleParser::new("match").with_matches());
        assert_eq!(
            Some(HashSet::from([WithMatch::After, WithMatch::Before])),
            RuleParser::new("empmatchbefore empmatchafter match").with_matches()
        );
    }

    #[test]
    fn rule() {
        assert_eq!(
            Ok(Rule::Include {
                file: "foo.ctb".into()
            }),
            RuleParser::new("include foo.ctb").rule()
        );
        assert_eq!(
            Err(ParseError::FilenameExpected),
            RuleParser::new("include").rule()
        );
        assert_eq!(
            Err(ParseError::OpcodeExpected {
                found: Some("Include".into())
            }),
            RuleParser::new("Include foo.ctb").rule()
        );
    }

    #[test]
    fn display() {
        use self::braille::BrailleDot;
        assert_eq!(
            Ok(Rule::Display {
                character: 'a',
                dots: BrailleChar::from(enum_set!(BrailleDot::Dot1)),
                constraints: Constraints::empty()
            }),
            RuleParser::new("display a 1").rule()
        );
    }

    #[test]
    fn correct() {
        assert_eq!(
            Ok(Rule::Correct {
                test: Test::new(vec![TestInstruction::String { s: "a".into() }]),
                action: Action::new(vec![ActionInstruction::String { s: "b".into() }]),
                constraints: constraint_set!(Constraint::Noback)
            }),
            RuleParser::new("noback correct \"a\" \"b\"").rule()
        );
    }

    #[test]
    fn swapdd() {
        assert_eq!(
            Ok(Rule::Swapdd { name: "cancelcontraction".to_string(), dots: BrailleChars::from(vec![
		BrailleChar::from(enum_set!(BrailleDot::Dot2|BrailleDot::DotA)),
		BrailleChar::from(enum_set!(BrailleDot::Dot2|BrailleDot::Dot3|BrailleDot::DotA)),
		BrailleChar::from(enum_set!(BrailleDot::Dot2|BrailleDot::Dot5|BrailleDot::DotA)),
		BrailleChar::from(enum_set!(BrailleDot::Dot2|BrailleDot::Dot5|BrailleDot::Dot6|BrailleDot::DotA)),
		BrailleChar::from(enum_set!(BrailleDot::Dot2|BrailleDot::Dot6|BrailleDot::DotA)),
		BrailleChar::from(enum_set!(BrailleDot::Dot3|BrailleDot::Dot5|BrailleDot::DotA)),
		BrailleChar::from(enum_set!(BrailleDot::Dot2|BrailleDot::Dot3|BrailleDot::Dot6|BrailleDot::DotA)),
	    ]), replacement: vec![
		BrailleChars::from(vec![
		    BrailleChar::from(enum_set!(BrailleDot::Dot1)),
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot2))]),
		BrailleChars::from(vec![
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot2)),
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot2|BrailleDot::Dot3|BrailleDot::Dot5))]),
		BrailleChars::from(vec![
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot4)),
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot2|BrailleDot::Dot3|BrailleDot::Dot5))]),
		BrailleChars::from(vec![
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot4|BrailleDot::Dot5)),
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot2|BrailleDot::Dot3|BrailleDot::Dot5))]),
		BrailleChars::from(vec![
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot5)),
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot3|BrailleDot::Dot4|BrailleDot::Dot5))]),
		BrailleChars::from(vec![
		    BrailleChar::from(enum_set!(BrailleDot::Dot2|BrailleDot::Dot4)),
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot3|BrailleDot::Dot4|BrailleDot::Dot5))]),
		BrailleChars::from(vec![
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot5)),
		    BrailleChar::from(enum_set!(BrailleDot::Dot1|BrailleDot::Dot2|BrailleDot::Dot3|BrailleDot::Dot5))]),
	    ]}),
            RuleParser::new("swapdd cancelcontraction 2a,23a,25a,256a,26a,35a,236a 1-12,12-1235,14-1235,145-1235,15-1345,24-1345,15-1235").rule()
        );
    }

    #[test]
    fn swapdd_rejects_multi_cell_in_search_operand() {
        // Per the manual (doc/liblouis.texi): the search operand of `swapdd` must be
        // single cells; multi-cell patterns there would be ambiguous. Only the
        // replacement operand may use them.
        assert_eq!(
            Err(ParseError::SingleCellDotsExpected {
                found: "156-2".to_string()
            }),
            RuleParser::new("swapdd Aheadbrl 156,156-2,24,124 156,156-2,24,124").rule()
        );
    }

    #[test]
    fn grouping() {
        assert_eq!(
            Ok(Rule::Grouping {
                name: "brackets".to_string(),
                chars: "()".to_string(),
                left: BrailleChar::from(enum_set!(
                    BrailleDot::Dot1 | BrailleDot::Dot2 | BrailleDot::Dot3
                )),
                right: BrailleChar::from(enum_set!(
                    BrailleDot::Dot1 | BrailleDot::Dot4 | BrailleDot::Dot5
                ))
            }),
            RuleParser::new("grouping brackets () 123,145").rule()
        );
        assert_eq!(
            Err(ParseError::DotsTupleExpected),
            RuleParser::new("grouping brackets () 123").rule()
        );
    }

    /// Sets up a scratch directory (removing any leftovers from a previous run) for a
    /// table-inclusion test and returns a [`SearchPath`] rooted at it -- built directly from the
    /// directory rather than via [`SearchPath::new_or`], so tests don't need to touch the
    /// process-wide `LOUIS_TABLE_PATH` env var (which would race with other tests).
    fn include_test_dir(name: &str) -> (PathBuf, SearchPath) {
        let dir = std::env::temp_dir().join(format!("louis-rs-include-test-{name}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let search_path = SearchPath::from(dir.clone());
        (dir, search_path)
    }

    #[test]
    fn table_expanded_rejects_self_include() {
        let (dir, search_path) = include_test_dir("self");
        std::fs::write(dir.join("a.utb"), "include a.utb\n").unwrap();
        let result = table_expanded_with(Path::new("a.utb"), &search_path, &[]);
        assert!(matches!(
            result,
            Err(errors) if matches!(errors.as_slice(), [TableError::CircularInclude(_)])
        ));
    }

    #[test]
    fn table_expanded_rejects_indirect_cycle() {
        let (dir, search_path) = include_test_dir("indirect-cycle");
        std::fs::write(dir.join("a.utb"), "include b.utb\n").unwrap();
        std::fs::write(dir.join("b.utb"), "include a.utb\n").unwrap();
        let result = table_expanded_with(Path::new("a.utb"), &search_path, &[]);
        assert!(matches!(
            result,
            Err(errors) if matches!(errors.as_slice(), [TableError::CircularInclude(_)])
        ));
    }

    #[test]
    fn table_expanded_rejects_deep_include_chain() {
        let (dir, search_path) = include_test_dir("deep-chain");
        std::fs::write(dir.join("chain0.utb"), "space \\s 0\n").unwrap();
        for i in 1..=MAX_INCLUDE_DEPTH {
            std::fs::write(
                dir.join(format!("chain{i}.utb")),
                format!("include chain{}.utb\n", i - 1),
            )
            .unwrap();
        }
        let result = table_expanded_with(
            Path::new(&format!("chain{MAX_INCLUDE_DEPTH}.utb")),
            &search_path,
            &[],
        );
        assert!(matches!(
            result,
            Err(errors) if matches!(errors.as_slice(), [TableError::IncludeTooDeep(_)])
        ));
    }

    #[test]
    fn table_expanded_allows_diamond_include() {
        // The same table included from two different branches (a shared base table, common in
        // liblouis) is not a cycle and must succeed.
        let (dir, search_path) = include_test_dir("diamond");
        std::fs::write(dir.join("base.utb"), "space \\s 0\n").unwrap();
        std::fs::write(dir.join("left.utb"), "include base.utb\n").unwrap();
        std::fs::write(dir.join("right.utb"), "include base.utb\n").unwrap();
        std::fs::write(dir.join("top.utb"), "include left.utb\ninclude right.utb\n").unwrap();
        let result = table_expanded_with(Path::new("top.utb"), &search_path, &[]);
        assert!(result.is_ok());
    }

    #[test]
    fn table_expanded_rejects_endmodephrase_conflicting_across_includes() {
        // Neither included table conflicts with itself; the conflict only exists once both
        // are merged into one table, which is exactly the case a per-direction compile-time
        // check would miss if this table were never compiled backward.
        let (dir, search_path) = include_test_dir("endmodephrase-conflict");
        std::fs::write(dir.join("before.utb"), "endmodephrase foo before 2\n").unwrap();
        std::fs::write(dir.join("after.utb"), "endmodephrase foo after 2\n").unwrap();
        std::fs::write(
            dir.join("top.utb"),
            "include before.utb\ninclude after.utb\n",
        )
        .unwrap();
        let result = table_expanded_with(Path::new("top.utb"), &search_path, &[]);
        assert!(matches!(
            result,
            Err(errors) if matches!(
                errors.as_slice(),
                [TableError::ConflictingEndmodephrasePosition(name)] if name == "foo"
            )
        ));
    }

    #[test]
    fn table_expanded_allows_endmodephrase_repeated_same_position() {
        let (dir, search_path) = include_test_dir("endmodephrase-repeat");
        std::fs::write(dir.join("a.utb"), "endmodephrase foo before 2\n").unwrap();
        std::fs::write(dir.join("b.utb"), "endmodephrase foo before 2\n").unwrap();
        std::fs::write(dir.join("top.utb"), "include a.utb\ninclude b.utb\n").unwrap();
        let result = table_expanded_with(Path::new("top.utb"), &search_path, &[]);
        assert!(result.is_ok());
    }

    #[test]
    fn table_expanded_rejects_endcapsphrase_conflicting_across_includes() {
        let (dir, search_path) = include_test_dir("endcapsphrase-conflict");
        std::fs::write(dir.join("before.utb"), "endcapsphrase before 2\n").unwrap();
        std::fs::write(dir.join("after.utb"), "endcapsphrase after 2\n").unwrap();
        std::fs::write(
            dir.join("top.utb"),
            "include before.utb\ninclude after.utb\n",
        )
        .unwrap();
        let result = table_expanded_with(Path::new("top.utb"), &search_path, &[]);
        assert!(matches!(
            result,
            Err(errors) if matches!(errors.as_slice(), [TableError::ConflictingEndcapsphrasePosition])
        ));
    }
}
