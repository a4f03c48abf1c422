//! Dates in each language's own words and digits, by ICU4X (CLDR data):
//! "27 July 2005", "২৭ জুলাই, ২০০৫", "27 جولائی، 2005".

use super::numbers::Numbering;
use crate::content::date::PubDate;
use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets::{YM, YMD};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::locale::Locale;
use std::cell::RefCell;
use std::collections::HashMap;

/// Formats a date for readers of `lang` in `numbering`'s digits, to the day
/// or to the month as the source gives it. Falls back to ISO 8601 if CLDR
/// has no pattern.
pub fn format(date: &PubDate, lang: &str, numbering: Numbering) -> String {
    // British readers write the day first; CLDR's plain `en` is American.
    let tag = if lang == "en" { "en-GB" } else { lang };
    let Ok(locale) = format!("{tag}-u-nu-{}", numbering.code()).parse::<Locale>() else {
        return date.iso();
    };
    let Ok(d) = Date::try_new_gregorian(date.year, date.month, date.day.unwrap_or(1)) else {
        return date.iso();
    };
    // Making a formatter is most of the cost of a date, and a home page
    // dates every publication: one formatter per thread and locale.
    thread_local! {
        static DAYS: RefCell<HashMap<String, Option<Days>>> = RefCell::default();
        static MONTHS: RefCell<HashMap<String, Option<Months>>> = RefCell::default();
    }
    let key = locale.to_string();
    let prefs = (&locale).into();
    let out = match date.day {
        Some(_) => DAYS.with_borrow_mut(|cache| {
            let f = cache
                .entry(key)
                .or_insert_with(|| Days::try_new(prefs, YMD::long()).ok());
            f.as_ref().map(|f| f.format(&d).to_string())
        }),
        None => MONTHS.with_borrow_mut(|cache| {
            let f = cache
                .entry(key)
                .or_insert_with(|| Months::try_new(prefs, YM::long()).ok());
            f.as_ref().map(|f| f.format(&d).to_string())
        }),
    };
    out.unwrap_or_else(|| date.iso())
}

type Days = FixedCalendarDateTimeFormatter<Gregorian, YMD>;
type Months = FixedCalendarDateTimeFormatter<Gregorian, YM>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_bengali() {
        let d = PubDate::parse("2005-07-27").unwrap();
        assert_eq!(format(&d, "en", Numbering::Latn), "27 July 2005");
        assert_eq!(format(&d, "bn", Numbering::Beng), "২৭ জুলাই, ২০০৫");
        let m = PubDate::parse("2003-06").unwrap();
        assert_eq!(format(&m, "en", Numbering::Latn), "June 2003");
    }

    #[test]
    fn the_site_chooses_the_digits() {
        let d = PubDate::parse("2005-07-27").unwrap();
        assert_eq!(format(&d, "bn", Numbering::Latn), "27 জুলাই, 2005");
        let hi = format(&d, "hi", Numbering::Deva);
        assert!(hi.contains("२७") && hi.contains("२००५"), "{hi}");
    }
}
