//! `accessibility:` in `content/site.yaml`: what the publisher says about
//! the site in its accessibility statement, as the Public Sector Bodies
//! (Websites and Mobile Applications) (No. 2) Accessibility Regulations
//! 2018 and GOV.UK's model statement ask — how far it complies with WCAG
//! 2.2 AA, what is not accessible and why, when the statement was prepared
//! and reviewed, and when, by whom and how the site was tested.
//!
//! Only the publisher can know these things, so compact-press never
//! invents them: without this section the statement says that compliance
//! has not been assessed, and `check` and `build` warn.

use super::at;
use super::date::PubDate;
use super::model::{Located, Text};
use crate::diagnostic::{Diagnostic, Diagnostics};
use serde::Deserialize;
use std::path::Path;

/// The publisher's account of the site's accessibility.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// How far the site meets the Web Content Accessibility Guidelines
    /// (WCAG) version 2.2 AA, as the publisher has assessed it: `full`,
    /// `partial` or `not`. The statement says so in the model statement's
    /// legal words.
    pub compliance: Located<Compliance>,
    /// What is not accessible, and why: one sentence or short paragraph
    /// each, in English, translated in `locales/<lang>/site.ftl`
    /// (`site--non-accessible-1`, `-2`, …). Needed when `compliance` is
    /// `partial` or `not`; a fully compliant site has none.
    #[serde(default)]
    pub non_accessible: Vec<Text>,
    /// The day the statement was first prepared (YYYY-MM-DD).
    pub prepared: Located<PubDate>,
    /// The day the statement was last reviewed (YYYY-MM-DD); not before
    /// `prepared`. Optional until it is first reviewed.
    pub reviewed: Option<Located<PubDate>>,
    /// When, by whom and how the site was last tested.
    pub tested: Tested,
    /// Within how many working days the publisher answers a request for
    /// information in another format. Optional: left out, the statement
    /// promises no time.
    pub reply_within_days: Option<Located<u32>>,
}

/// How far the site meets WCAG 2.2 AA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Compliance {
    /// Fully compliant: nothing to list as not accessible.
    Full,
    /// Partially compliant, due to the non-compliances listed.
    Partial,
    /// Not compliant; the non-compliances are listed.
    Not,
}

/// The last accessibility test of the site.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tested {
    /// The day of the test (YYYY-MM-DD).
    pub date: Located<PubDate>,
    /// Who carried it out: an organisation's or person's name, shown as
    /// written in every language (not translated).
    pub by: String,
    /// How it was tested (what was tested, with what), in English;
    /// translated as `site--tested-how`. Optional.
    pub how: Option<Text>,
}

impl Accessibility {
    /// Gives the translatable strings their message ids in
    /// `locales/<lang>/site.ftl`. The items are numbered in order; when
    /// one is removed, `i18n update` moves the translations of the others
    /// to their new numbers by their English.
    pub fn assign_ids(&mut self) {
        for (i, t) in self.non_accessible.iter_mut().enumerate() {
            t.id = format!("site--non-accessible-{}", i + 1);
        }
        if let Some(how) = &mut self.tested.how {
            how.id = "site--tested-how".into();
        }
    }

    /// The translatable strings, in the order the statement shows them,
    /// each with what it is for translators (their context line).
    pub fn texts(&self) -> Vec<(&Text, String)> {
        let mut out: Vec<(&Text, String)> = self
            .non_accessible
            .iter()
            .enumerate()
            .map(|(i, t)| {
                (
                    t,
                    format!(
                        "the accessibility statement: content that is not accessible, and why, item {}",
                        i + 1
                    ),
                )
            })
            .collect();
        if let Some(how) = &self.tested.how {
            out.push((
                how,
                "the accessibility statement: how the website was tested".into(),
            ));
        }
        out
    }
}

/// What the statement needs that YAML types cannot say: items to list
/// when the site is not fully compliant (and none when it is), dates to
/// the day, and a review no earlier than the statement.
pub fn check(a: &Accessibility, shown: &Path, problems: &mut Diagnostics) {
    let listed = !a.non_accessible.is_empty();
    match *a.compliance {
        Compliance::Partial | Compliance::Not if !listed => problems.push(at(
            Diagnostic::error(
                shown,
                format!(
                    "`compliance: {}` says that parts of the site are not accessible, but `non_accessible:` lists none",
                    if *a.compliance == Compliance::Partial { "partial" } else { "not" }
                ),
                "list under `accessibility:` → `non_accessible:` each part that is not accessible, and why (the statement must explain them), or write `compliance: full` if nothing is",
            ),
            a.compliance.at,
        )),
        Compliance::Full if listed => problems.push(at(
            Diagnostic::error(
                shown,
                "`compliance: full` says that everything is accessible, but `non_accessible:` lists content that is not",
                "write `compliance: partial` (or `not`), or remove the `non_accessible:` list if everything is now accessible",
            ),
            a.compliance.at,
        )),
        _ => {}
    }
    let mut days = vec![("prepared", &a.prepared), ("tested: date", &a.tested.date)];
    if let Some(r) = &a.reviewed {
        days.push(("reviewed", r));
    }
    for (key, date) in days {
        if date.day.is_none() {
            problems.push(at(
                Diagnostic::error(
                    shown,
                    format!("`{key}: {}` has no day", date.iso()),
                    "the accessibility statement gives the day: write it as YYYY-MM-DD, for example 2026-11-20",
                ),
                date.at,
            ));
        }
    }
    if let Some(reviewed) = &a.reviewed {
        if reviewed.value < a.prepared.value {
            problems.push(at(
                Diagnostic::error(
                    shown,
                    format!(
                        "the statement was reviewed on {}, before it was prepared on {}",
                        reviewed.iso(),
                        a.prepared.iso()
                    ),
                    "check `prepared:` and `reviewed:` under `accessibility:`; `reviewed:` is the later day",
                ),
                reviewed.at,
            ));
        }
    }
    if let Some(days) = &a.reply_within_days {
        if days.value == 0 {
            problems.push(at(
                Diagnostic::error(
                    shown,
                    "`reply_within_days: 0` promises an answer within no days",
                    "give the number of working days you take to answer a request for another format, for example 10, or leave the key out",
                ),
                days.at,
            ));
        }
    }
}

/// The warning for a site without `accessibility:`: its statement claims
/// nothing, but a public body must publish one that does.
pub fn missing(shown: &Path) -> Diagnostic {
    Diagnostic::warning(
        shown,
        "there is no `accessibility:` section, so the accessibility statement says only that the publisher has not yet assessed how accessible the site is",
        "add `accessibility:` with `compliance:` (full, partial or not), `non_accessible:` (what is not accessible, and why), `prepared:` (YYYY-MM-DD) and `tested:` (`date:`, `by:`, `how:`); README.md, \"The accessibility statement\", shows an example",
    )
}
