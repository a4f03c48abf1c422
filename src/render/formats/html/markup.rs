//! The HTML a page's templates are given, made from the format-neutral view.
//!
//! The view holds runs and languages, no markup. Before a value goes into a
//! template's context, [`value`] adds what the templates use:
//! - to each translated string (an object with `runs`): `html`, its runs as
//!   escaped HTML (left-to-right runs isolated in right-to-left text), and
//!   `attrs`, ` lang="en"` (and ` dir="ltr"` on a right-to-left page) where
//!   English stands in for a translation;
//! - beside `names_lang` and `parties_lang`: `name_attrs` and
//!   `parties_attrs`, the same attributes for English proper names;
//! - beside a form field's `field_kind`: its `input` type and `autocomplete`
//!   token.
//!
//! [`Markup`] is the same shape made directly, for the HTML format's own
//! strings that carry elements (`<time>`) within them.

use crate::render::inline::{self, Run};
use crate::render::view::Text;
use serde::Serialize;
use tera::value::{Key, Map};
use tera::Value;

/// A string as the templates use it: markup, plain text, attributes, marks.
#[derive(Debug, Clone, Serialize)]
pub struct Markup {
    pub html: String,
    pub text: String,
    pub attrs: String,
    pub fallback: bool,
    pub stale: bool,
}

impl Markup {
    /// `text` on a page whose direction is `page_rtl`.
    pub fn of(text: &Text, page_rtl: bool) -> Markup {
        Markup {
            html: inline::html(&text.runs, text.rtl),
            text: text.text.clone(),
            attrs: attrs(text.fallback.then_some("en"), page_rtl),
            fallback: text.fallback,
            stale: text.stale,
        }
    }
}

/// ` lang="en"` (with ` dir="ltr"` on a right-to-left page) for text in
/// `lang` on a page in another language; nothing for `None`.
pub fn attrs(lang: Option<&str>, page_rtl: bool) -> String {
    match (lang, page_rtl) {
        (None, _) => String::new(),
        (Some(l), false) => format!(" lang=\"{l}\""),
        (Some(l), true) => format!(" lang=\"{l}\" dir=\"ltr\""),
    }
}

/// `v` as a template value, with the markup described above added, for a
/// page whose direction is `page_rtl`.
pub fn value<T: Serialize + ?Sized>(v: &T, page_rtl: bool) -> Value {
    add_markup(Value::from_serializable(v), page_rtl)
}

fn add_markup(v: Value, page_rtl: bool) -> Value {
    if let Some(items) = v.as_array() {
        let items: Vec<Value> = items
            .iter()
            .map(|i| add_markup(i.clone(), page_rtl))
            .collect();
        return Value::from(items);
    }
    let Some(map) = v.as_map() else {
        return v;
    };
    let get = |k: &'static str| map.get(&Key::from(k));
    let mut out = Map::default();
    for (k, x) in map.iter() {
        out.insert(k.clone(), add_markup(x.clone(), page_rtl));
    }
    if let Some(runs) = get("runs").and_then(Value::as_array) {
        let runs: Vec<Run> = runs.iter().filter_map(run).collect();
        let rtl = get("rtl").and_then(Value::as_bool).unwrap_or(false);
        let fallback = get("fallback").and_then(Value::as_bool).unwrap_or(false);
        out.insert(Key::from("html"), Value::from(inline::html(&runs, rtl)));
        out.insert(
            Key::from("attrs"),
            Value::from(attrs(fallback.then_some("en"), page_rtl)),
        );
    }
    for (neutral, attribute) in [
        ("names_lang", "name_attrs"),
        ("parties_lang", "parties_attrs"),
    ] {
        if let Some(lang) = get(neutral) {
            out.insert(
                Key::from(attribute),
                Value::from(attrs(lang.as_str(), page_rtl)),
            );
        }
    }
    if let Some(kind) = get("field_kind").and_then(Value::as_str) {
        let (input, autocomplete) = match kind {
            "address" => ("text", "street-address"),
            "tel" => ("tel", "tel"),
            "email" => ("email", "email"),
            // A text box for dates too, not `type="date"`: its placeholder
            // is the browser's (mm/dd/yyyy in a US-set browser), printed
            // into every language's form.
            _ => ("text", "off"),
        };
        out.insert(Key::from("input"), Value::from(input));
        out.insert(Key::from("autocomplete"), Value::from(autocomplete));
    }
    Value::from(out)
}

/// A run back from its value.
fn run(v: &Value) -> Option<Run> {
    let m = v.as_map()?;
    let get = |k: &'static str| m.get(&Key::from(k));
    Some(Run {
        text: get("text")?.as_str()?.to_string(),
        bold: get("bold").and_then(Value::as_bool).unwrap_or(false),
        em: get("em").and_then(Value::as_bool).unwrap_or(false),
        link: get("link").and_then(Value::as_str).map(str::to_string),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::translator::Resolved;

    fn text(s: &str, fallback: bool) -> Text {
        let lang = crate::i18n::language::Language::find("ur").unwrap();
        Text::new(
            Resolved {
                text: s.to_string(),
                fallback,
                stale: false,
            },
            lang,
        )
    }

    #[test]
    fn a_string_gets_its_markup_and_english_its_attributes() {
        let v = value(&text("**Call** 0116 265 8015", false), true);
        let html = v.get_from_path("html").and_then(Value::as_str).unwrap();
        assert_eq!(
            html,
            "<strong>Call</strong> <bdi dir=\"ltr\">0116 265 8015</bdi>"
        );
        let v = value(&text("Contents", true), true);
        let attrs = v.get_from_path("attrs").and_then(Value::as_str).unwrap();
        assert_eq!(attrs, " lang=\"en\" dir=\"ltr\"");
    }

    #[test]
    fn markup_made_directly_is_the_same() {
        let t = text("[the site](https://example.org/) *now*", true);
        let v = value(&t, false);
        let m = Markup::of(&t, false);
        assert_eq!(
            v.get_from_path("html").and_then(Value::as_str),
            Some(m.html.as_str())
        );
        assert_eq!(
            v.get_from_path("attrs").and_then(Value::as_str),
            Some(" lang=\"en\"")
        );
    }
}
