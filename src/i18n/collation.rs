//! Alphabetical order as readers of each language expect it, by ICU4X
//! collation (CLDR data), for lists the YAML asks to sort: partner
//! organisations and signatories. A byte-wise sort would put "CLASP" before
//! "Charnwood" and every accented name after "Z".

use icu::collator::options::CollatorOptions;
use icu::collator::Collator;
use icu::locale::Locale;

/// Sorts `items` by `key` in the alphabetical order of language `lang`.
/// Items that compare equal keep their order, so the result is the same on
/// every build.
pub fn sort_by_key<T>(items: &mut [T], lang: &str, key: impl Fn(&T) -> &str) {
    // British English; other languages by their own CLDR tailoring.
    let tag = if lang == "en" { "en-GB" } else { lang };
    let tailored = tag
        .parse::<Locale>()
        .ok()
        .and_then(|l| Collator::try_new((&l).into(), CollatorOptions::default()).ok());
    match tailored {
        Some(collator) => items.sort_by(|a, b| collator.compare(key(a), key(b))),
        // No collation data for the language: the root order is still
        // better than bytes, and every language has it.
        None => match Collator::try_new(Default::default(), CollatorOptions::default()) {
            Ok(root) => items.sort_by(|a, b| root.compare(key(a), key(b))),
            Err(_) => items.sort_by(|a, b| key(a).cmp(key(b))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_do_not_decide_the_order() {
        let mut names = vec![
            "CVS Community Partnership",
            "Ödön Trust",
            "CLASP",
            "Charnwood CVS",
            "Oadby",
        ];
        sort_by_key(&mut names, "en", |s| s);
        assert_eq!(
            names,
            [
                "Charnwood CVS",
                "CLASP",
                "CVS Community Partnership",
                "Oadby",
                "Ödön Trust"
            ]
        );
    }

    #[test]
    fn each_language_orders_its_own_script() {
        // Bengali consonants in alphabetical order: ক (ka), খ (kha), গ (ga).
        let mut bn = vec!["গণেশ", "কমল", "খালেদ"];
        sort_by_key(&mut bn, "bn", |s| s);
        assert_eq!(bn, ["কমল", "খালেদ", "গণেশ"]);
        // Urdu: ب (be) before پ (pe) before ت (te), which Unicode code points
        // do not give (پ is U+067E, after ت U+062A).
        let mut ur = vec!["تارا", "پروین", "بشیر"];
        sort_by_key(&mut ur, "ur", |s| s);
        assert_eq!(ur, ["بشیر", "پروین", "تارا"]);
    }
}
