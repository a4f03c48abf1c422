//! The accessibility statement of one language, as data for the theme's
//! `accessibility.html`: the model statement's parts (GOV.UK's sample for
//! the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
//! Accessibility Regulations 2018), filled from `content/site.yaml`'s
//! `accessibility:` and from what the build made.
//!
//! Nothing here claims more than is known: the compliance sentence is the
//! publisher's choice (or says that no assessment has been made), and the
//! formats listed are those whose files this build wrote, read from the
//! download sizes it recorded.

use super::markup::{attrs, Markup};
use crate::content::accessibility::Compliance;
use crate::content::date::PubDate;
use crate::content::model::Publication;
use crate::content::site::SiteConfig;
use crate::i18n::dates;
use crate::i18n::language::Language;
use crate::i18n::translator::Translator;
use crate::render::formats::Formats;
use crate::render::inline::escape;
use crate::render::view::{names_lang, Text};
use fluent_bundle::FluentValue;
use serde::Serialize;

/// What the theme's `accessibility.html` is given as `statement`.
#[derive(Serialize)]
pub struct Statement {
    /// "This accessibility statement applies to https://…/."
    pub applies: Markup,
    /// "This website is run by …", when the publisher has a name.
    pub run_by: Option<Markup>,
    /// The regulations, and that the publisher is committed to them.
    pub committed: Markup,
    /// `full`, `partial` or `not` as `site.yaml` says, or `unassessed`.
    pub compliance: &'static str,
    /// The model statement's sentence for it.
    pub compliance_text: Markup,
    /// What is not accessible, and why, in the publisher's words.
    pub non_accessible: Vec<Markup>,
    /// Every format a publication was made in by this build.
    pub formats: Vec<Format>,
    /// The site's languages, each named in its own script.
    pub languages: Vec<LanguageName>,
    /// How soon a request for another format is answered, if promised.
    pub reply: Option<Markup>,
    /// When the statement was prepared and last reviewed, with `<time>`.
    pub prepared: Option<Markup>,
    pub reviewed: Option<Markup>,
    /// When and by whom the site was last tested, with `<time>`.
    pub tested: Option<Markup>,
    /// How it was tested, in the publisher's words.
    pub tested_how: Option<Markup>,
}

/// One format the site's publications come in.
#[derive(Serialize)]
pub struct Format {
    /// `web-page`, `large-print-page`, `large-print-pdf` or `plain-text`.
    pub key: &'static str,
    pub label: Markup,
}

#[derive(Serialize)]
pub struct LanguageName {
    pub code: &'static str,
    pub dir: &'static str,
    pub autonym: &'static str,
}

/// The formats this build made for the publications in `lang`: web pages
/// and large-print pages with every edition, and the PDFs and text
/// editions whose sizes the build recorded as it wrote them (`sizes`, by
/// output path), so that a build without PDFs lists none.
fn formats(
    tr: &Translator,
    publications: &[Publication],
    made_by: &Formats,
    sizes: &crate::render::pass::Sizes,
) -> Vec<Format> {
    let code = tr.lang.code;
    // How many publications the build made it for.
    let made = |format: &dyn crate::render::formats::Format| {
        publications
            .iter()
            .filter(|p| {
                format
                    .downloads(code, &p.slug)
                    .iter()
                    .any(|d| sizes.contains_key(&d.path))
            })
            .count()
    };
    let mut out = Vec::new();
    let mut offer = |key, r| {
        out.push(Format {
            key,
            label: Markup::of(&Text::new(r, tr.lang), tr.lang.rtl),
        })
    };
    if !publications.is_empty() {
        offer("web-page", tr.ui("a11y-format-web-page"));
        offer("large-print-page", tr.ui("a11y-format-large-print-page"));
    }
    for format in made_by.downloads() {
        if let Some(key) = format.statement_key() {
            let n = made(format);
            let label = tr.ui(&format!("a11y-format-{key}"));
            if n == publications.len() {
                offer(key, label);
            } else if n > 0 {
                // Offered for some publications only (`audio: [slug]`).
                let some = tr.ui_args(
                    "a11y-format-some",
                    &[
                        ("format", FluentValue::from(label.text)),
                        ("count", FluentValue::from(n)),
                        ("total", FluentValue::from(publications.len())),
                    ],
                );
                offer(key, some);
            }
        }
    }
    out
}

/// A variable of a statement sentence.
enum Arg<'a> {
    /// Shown as `<time datetime>`, in the sentence's language.
    Date(&'a PubDate),
    /// An English proper name (the publisher, the tester), marked as
    /// English on other languages' pages, as contact cards mark them.
    Name(&'a str),
    /// Anything else, formatted by Fluent.
    Value(FluentValue<'static>),
}

/// Private-use characters stand in for dates and names while a message is
/// formatted and made into HTML, and are then replaced by their elements:
/// a translator may put them anywhere in the sentence.
const MARK: u32 = 0xE000;

/// Theme message `id` with `args`. Dates are written in the sentence's
/// language: the page's, or English where the sentence is English
/// standing in for a translation.
fn sentence(
    tr: &Translator,
    config: &SiteConfig,
    id: &str,
    args: &[(&'static str, Arg)],
) -> Markup {
    let mut marked = Vec::new();
    let fluent: Vec<(&str, FluentValue<'static>)> = args
        .iter()
        .map(|(name, arg)| match arg {
            Arg::Value(v) => (*name, v.clone()),
            Arg::Date(_) | Arg::Name(_) => {
                let mark = char::from_u32(MARK + marked.len() as u32)
                    .map(String::from)
                    .unwrap_or_default();
                marked.push((mark.clone(), arg));
                (*name, FluentValue::from(mark))
            }
        })
        .collect();
    let r = tr.ui_args(id, &fluent);
    let english = r.fallback || tr.lang.code == "en";
    let written_in = match r.fallback {
        true => Language::find("en").unwrap_or(tr.lang),
        false => tr.lang,
    };
    let mut h = Markup::of(&Text::new(r, tr.lang), tr.lang.rtl);
    for (mark, arg) in marked {
        let (text, html) = match arg {
            Arg::Date(d) => {
                let text = dates::format(d, written_in.code, config.numbering(written_in));
                let html = format!("<time datetime=\"{}\">{}</time>", d.iso(), escape(&text));
                (text, html)
            }
            Arg::Name(n) if english => (n.to_string(), escape(n)),
            Arg::Name(n) => (
                n.to_string(),
                format!(
                    "<span{}>{}</span>",
                    attrs(names_lang(tr.lang), tr.lang.rtl),
                    escape(n)
                ),
            ),
            Arg::Value(_) => continue,
        };
        h.html = h.html.replace(&mark, &html);
        h.text = h.text.replace(&mark, &text);
    }
    h
}

/// The statement in `tr`'s language. `site_title` names the publisher when
/// `site.yaml` gives no organisation or person.
pub fn statement(
    tr: &Translator,
    config: &SiteConfig,
    site_title: &Text,
    publications: &[Publication],
    languages: &[&'static Language],
    made_by: &Formats,
    sizes: &crate::render::pass::Sizes,
) -> Statement {
    let lang = tr.lang;
    let html = |r| Markup::of(&Text::new(r, lang), lang.rtl);
    let publisher = &config.publisher;
    let name = publisher
        .organisation
        .as_deref()
        .or(publisher.person.as_deref());
    let a11y = config.accessibility.as_ref();
    let (compliance, compliance_text) = match a11y.map(|a| *a.compliance) {
        Some(Compliance::Full) => ("full", tr.ui("a11y-compliance-full")),
        Some(Compliance::Partial) => ("partial", tr.ui("a11y-compliance-partial")),
        Some(Compliance::Not) => ("not", tr.ui("a11y-compliance-not")),
        None => ("unassessed", tr.ui("a11y-compliance-unassessed")),
    };
    Statement {
        applies: html(tr.ui_args(
            "a11y-applies",
            &[("website", FluentValue::from(config.base_url.clone()))],
        )),
        run_by: name.map(|n| sentence(tr, config, "a11y-run-by", &[("publisher", Arg::Name(n))])),
        committed: match name {
            Some(n) => sentence(tr, config, "a11y-committed", &[("publisher", Arg::Name(n))]),
            // No name in site.yaml: the site's title, in the page's language.
            None => sentence(
                tr,
                config,
                "a11y-committed",
                &[(
                    "publisher",
                    Arg::Value(FluentValue::from(site_title.text.clone())),
                )],
            ),
        },
        compliance,
        compliance_text: html(compliance_text),
        non_accessible: a11y
            .map(|a| a.non_accessible.iter().map(|t| html(tr.text(t))).collect())
            .unwrap_or_default(),
        formats: formats(tr, publications, made_by, sizes),
        languages: languages
            .iter()
            .map(|l| LanguageName {
                code: l.code,
                dir: l.dir(),
                autonym: l.autonym,
            })
            .collect(),
        reply: a11y
            .and_then(|a| a.reply_within_days.as_ref())
            .map(|d| html(tr.ui_args("a11y-reply-days", &[("days", FluentValue::from(d.value))]))),
        prepared: a11y.map(|a| {
            sentence(
                tr,
                config,
                "a11y-prepared",
                &[("date", Arg::Date(&a.prepared))],
            )
        }),
        reviewed: a11y
            .and_then(|a| a.reviewed.as_ref())
            .map(|d| sentence(tr, config, "a11y-reviewed", &[("date", Arg::Date(d))])),
        tested: a11y.map(|a| {
            sentence(
                tr,
                config,
                "a11y-tested",
                &[
                    ("date", Arg::Date(&a.tested.date)),
                    ("by", Arg::Name(&a.tested.by)),
                ],
            )
        }),
        tested_how: a11y
            .and_then(|a| a.tested.how.as_ref())
            .map(|t| html(tr.text(t))),
    }
}
