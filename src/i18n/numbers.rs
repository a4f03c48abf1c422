//! Numbers in each language's own digits, by ICU4X: "৩টি অংশ", "৪১২ KB".
//!
//! Which digits a language uses is a site setting (`numbering:` in
//! `content/site.yaml`), defaulting to what local readers expect: CLDR's
//! default for the language, which is Bengali digits for Bengali and Latin
//! digits for the others as UK community publications print them. The same
//! ICU4X formatter serves Fluent placeables (installed in every bundle with
//! `FluentBundle::set_formatter`), file sizes, dates and PDF page numbers, so
//! a page never mixes two kinds of digits for numbers it formats itself.

use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;
use icu::decimal::input::Decimal;
use icu::decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu::decimal::DecimalFormatter;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

/// A set of digits (a Unicode numbering system, as in CLDR's `-u-nu-`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Numbering {
    /// 0123456789
    Latn,
    /// ০১২৩৪৫৬৭৮৯
    Beng,
    /// ੦੧੨੩੪੫੬੭੮੯
    Guru,
    /// ०१२३४५६७८९
    Deva,
    /// ૦૧૨૩૪૫૬૭૮૯
    Gujr,
    /// ٠١٢٣٤٥٦٧٨٩ (Arabic-Indic)
    Arab,
    /// ۰۱۲۳۴۵۶۷۸۹ (extended Arabic-Indic, as Urdu writes them)
    Arabext,
}

/// Every numbering system, in the order of [`FORMATTERS`].
const ALL: [Numbering; 7] = [
    Numbering::Latn,
    Numbering::Beng,
    Numbering::Guru,
    Numbering::Deva,
    Numbering::Gujr,
    Numbering::Arab,
    Numbering::Arabext,
];

impl Numbering {
    /// The CLDR code, as in `content/site.yaml` and `-u-nu-`.
    pub fn code(self) -> &'static str {
        match self {
            Numbering::Latn => "latn",
            Numbering::Beng => "beng",
            Numbering::Guru => "guru",
            Numbering::Deva => "deva",
            Numbering::Gujr => "gujr",
            Numbering::Arab => "arab",
            Numbering::Arabext => "arabext",
        }
    }

    fn index(self) -> usize {
        ALL.iter().position(|n| *n == self).unwrap_or(0)
    }

    /// The ten digits, 0 to 9.
    pub fn digits(self) -> [char; 10] {
        let zero = match self {
            Numbering::Latn => '0',
            Numbering::Beng => '\u{09E6}',
            Numbering::Guru => '\u{0A66}',
            Numbering::Deva => '\u{0966}',
            Numbering::Gujr => '\u{0AE6}',
            Numbering::Arab => '\u{0660}',
            Numbering::Arabext => '\u{06F0}',
        };
        std::array::from_fn(|i| char::from_u32(zero as u32 + i as u32).unwrap_or('0'))
    }
}

/// An ICU4X locale for `lang` written with `numbering`'s digits.
fn locale(lang: &str, numbering: Numbering) -> Option<icu::locale::Locale> {
    // British readers: CLDR's plain `en` is American.
    let lang = if lang == "en" { "en-GB" } else { lang };
    format!("{lang}-u-nu-{}", numbering.code()).parse().ok()
}

/// Formats numbers for one language and numbering system.
pub struct NumberFormat {
    formatter: Option<DecimalFormatter>,
    numbering: Numbering,
}

impl NumberFormat {
    pub fn new(lang: &str, numbering: Numbering) -> NumberFormat {
        let formatter = locale(lang, numbering)
            .and_then(|l| DecimalFormatter::try_new((&l).into(), Default::default()).ok());
        NumberFormat {
            formatter,
            numbering,
        }
    }

    /// A whole number with the language's grouping: "1,234", "১,২৩৪".
    pub fn integer(&self, n: u64) -> String {
        self.decimal(&Decimal::from(n))
    }

    /// `value` with exactly `fraction_digits` decimals: "1.2", "১.২".
    pub fn fixed(&self, value: f64, fraction_digits: i16) -> String {
        let mut d = to_decimal(value);
        d.round(-fraction_digits);
        d.absolute.pad_end(-fraction_digits);
        self.decimal(&d)
    }

    fn decimal(&self, d: &Decimal) -> String {
        match &self.formatter {
            Some(f) => f.format_to_string(d),
            // No CLDR data: still the right digits, without grouping.
            None => transliterate(&d.to_string(), self.numbering),
        }
    }
}

/// Rewrites the ASCII digits of `s` in `numbering`'s digits.
pub fn transliterate(s: &str, numbering: Numbering) -> String {
    let digits = numbering.digits();
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => digits[d as usize],
            _ => c,
        })
        .collect()
}

fn to_decimal(value: f64) -> Decimal {
    // Rust prints the shortest string that reads back as the same f64,
    // never in exponent form, which is what a Decimal parses.
    Decimal::try_from_str(&format!("{value}")).unwrap_or_default()
}

/// A Fluent number as ICU4X should see it: rounded and padded as the
/// message's `NUMBER()` options ask.
fn fluent_decimal(n: &FluentNumber) -> Decimal {
    let mut d = to_decimal(n.value);
    if let Some(max) = n.options.maximum_fraction_digits {
        d.round(-(max as i16));
    }
    if let Some(min) = n.options.minimum_fraction_digits {
        d.absolute.pad_end(-(min as i16));
    }
    if let Some(min) = n.options.minimum_integer_digits {
        d.absolute.pad_start(min as i16);
    }
    d
}

/// The ICU4X formatter a Fluent bundle keeps for its language, one per
/// numbering system (the const parameter indexes [`ALL`]) and grouping.
struct FluentDecimal<const N: usize>(DecimalFormatter);

impl<const N: usize> Memoizable for FluentDecimal<N> {
    /// Whether to group thousands (`NUMBER($n, useGrouping: "false")`).
    type Args = (bool,);
    type Error = ();

    fn construct(lang: LanguageIdentifier, (grouping,): (bool,)) -> Result<Self, ()> {
        let locale = locale(&lang.to_string(), ALL[N]).ok_or(())?;
        let mut options = DecimalFormatterOptions::default();
        if !grouping {
            options.grouping_strategy = Some(GroupingStrategy::Never);
        }
        DecimalFormatter::try_new((&locale).into(), options)
            .map(FluentDecimal)
            .map_err(|_| ())
    }
}

/// Fluent's number formatter hook: plain decimals go through ICU4X in the
/// bundle's language and `ALL[N]`'s digits. Currencies and percentages,
/// which no theme or content uses, keep Fluent's own formatting.
fn format_fluent<const N: usize>(value: &FluentValue, memo: &IntlLangMemoizer) -> Option<String> {
    use fluent_bundle::types::FluentNumberStyle;
    let FluentValue::Number(n) = value else {
        return None;
    };
    if n.options.style != FluentNumberStyle::Decimal {
        return None;
    }
    let d = fluent_decimal(n);
    memo.with_try_get::<FluentDecimal<N>, _, _>((n.options.use_grouping,), |f| {
        f.0.format_to_string(&d)
    })
    .ok()
}

type Formatter = fn(&FluentValue, &IntlLangMemoizer) -> Option<String>;

/// Fluent takes a plain function, so the numbering system is part of the
/// function's type: one instance per system.
const FORMATTERS: [Formatter; 7] = [
    format_fluent::<0>,
    format_fluent::<1>,
    format_fluent::<2>,
    format_fluent::<3>,
    format_fluent::<4>,
    format_fluent::<5>,
    format_fluent::<6>,
];

/// The formatter to install in a bundle whose numbers use `numbering`.
pub fn fluent_formatter(numbering: Numbering) -> Formatter {
    FORMATTERS[numbering.index()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bengali_digits_and_grouping() {
        let f = NumberFormat::new("bn", Numbering::Beng);
        assert_eq!(f.integer(412), "৪১২");
        assert_eq!(f.fixed(1.26, 1), "১.৩");
        assert_eq!(f.fixed(2.0, 1), "২.০");
        let en = NumberFormat::new("en", Numbering::Latn);
        assert_eq!(en.integer(1234), "1,234");
    }

    #[test]
    fn every_system_has_its_digits() {
        for n in ALL {
            let twelve: String = [n.digits()[1], n.digits()[2]].iter().collect();
            assert_eq!(NumberFormat::new("en", n).integer(12), twelve, "{n:?}");
        }
        assert_eq!(transliterate("0116", Numbering::Gujr), "૦૧૧૬");
    }

    #[test]
    fn fluent_placeables_and_number_go_through_icu4x() {
        use fluent_bundle::concurrent::FluentBundle;
        use fluent_bundle::{FluentArgs, FluentResource};
        let ftl = "plain = { $n } অংশ\nfixed = { NUMBER($n, minimumFractionDigits: 2) }\n";
        let mut bundle = FluentBundle::new_concurrent(vec!["bn".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(fluent_formatter(Numbering::Beng)));
        bundle.add_builtins().unwrap();
        bundle
            .add_resource(FluentResource::try_new(ftl.to_string()).unwrap())
            .unwrap();
        let mut args = FluentArgs::new();
        args.set("n", 1234.5);
        let format = |id: &str| {
            let pattern = bundle.get_message(id).unwrap().value().unwrap();
            bundle
                .format_pattern(pattern, Some(&args), &mut vec![])
                .into_owned()
        };
        assert_eq!(format("plain"), "১,২৩৪.৫ অংশ");
        assert_eq!(format("fixed"), "১,২৩৪.৫০");
    }
}
