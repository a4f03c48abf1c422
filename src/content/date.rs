//! Publication dates: a real calendar date, to the day or to the month
//! ("June 2003" in the source has no day, and none is invented).

use serde::{Deserialize, Deserializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PubDate {
    pub year: i32,
    pub month: u8,
    pub day: Option<u8>,
}

impl PubDate {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`, checking that the day exists.
    pub fn parse(s: &str) -> Result<PubDate, String> {
        let bad =
            || format!("`{s}` is not a date: write YYYY-MM-DD (2005-07-27) or YYYY-MM (2003-06)");
        let parts: Vec<&str> = s.trim().split('-').collect();
        if !(2..=3).contains(&parts.len()) || parts[0].len() != 4 || parts[1].len() != 2 {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        let month: u8 = parts[1].parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(format!(
                "`{s}`: there is no month {month}; months run from 01 to 12"
            ));
        }
        let day = match parts.get(2) {
            None => None,
            Some(d) if d.len() == 2 => {
                let day: u8 = d.parse().map_err(|_| bad())?;
                if day == 0 || day > days_in_month(year, month) {
                    return Err(format!("`{s}`: month {month} of {year} has no day {day}"));
                }
                Some(day)
            }
            Some(_) => return Err(bad()),
        };
        Ok(PubDate { year, month, day })
    }

    /// ISO 8601 form, for `<time datetime>` and the sitemap.
    pub fn iso(&self) -> String {
        match self.day {
            Some(d) => format!("{:04}-{:02}-{:02}", self.year, self.month, d),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl schemars::JsonSchema for PubDate {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "title": "a date, YYYY-MM-DD or YYYY-MM",
            "description": "A date: YYYY-MM-DD, or YYYY-MM when the source gives no day.",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$",
            "examples": ["2003-06", "2005-07-27"]
        })
    }
}

impl<'de> Deserialize<'de> for PubDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PubDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_and_month_precision() {
        assert_eq!(PubDate::parse("2005-07-27").unwrap().iso(), "2005-07-27");
        assert_eq!(PubDate::parse("2003-06").unwrap().day, None);
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(PubDate::parse("2005-02-29").is_err());
        assert!(PubDate::parse("2004-02-29").is_ok());
        assert!(PubDate::parse("2005-13-01").is_err());
        assert!(PubDate::parse("27/07/2005").is_err());
    }
}
