//! Fluent bundles: one language's messages, with its glossary's terms,
//! its digits and Fluent's built-in functions, ready to format.

use super::numbers::{self, Numbering};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::Arc;

pub type Bundle = FluentBundle<Arc<FluentResource>>;

pub fn bundle(
    lang: &str,
    resource: &Arc<FluentResource>,
    numbering: Numbering,
    terms: Option<&Arc<FluentResource>>,
) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = Bundle::new_concurrent(vec![id]);
    // Pages isolate left-to-right runs with <bdi>; Fluent's invisible
    // U+2068/U+2069 marks would otherwise leak into attributes and file names.
    b.set_use_isolating(false);
    // Numbers in the language's own digits, by ICU4X, for plain placeables
    // and NUMBER() alike.
    b.set_formatter(Some(numbers::fluent_formatter(numbering)));
    // NUMBER(); adding it fails only if the bundle had it already.
    let _ = b.add_builtins();
    // The language's glossary first: its terms (`-compact`) cannot clash
    // with messages, whose ids have no leading hyphen.
    if let Some(terms) = terms {
        let _ = b.add_resource(Arc::clone(terms));
    }
    // Duplicates were refused when the file was parsed.
    let _ = b.add_resource(Arc::clone(resource));
    b
}

/// A bundle with only a resource: for strings with no variables, whose
/// digits do not matter (a publication's title, read for other pages).
pub fn plain_bundle(
    lang: &str,
    resource: &Arc<FluentResource>,
    terms: Option<&Arc<FluentResource>>,
) -> Bundle {
    bundle(lang, resource, Numbering::Latn, terms)
}

/// Message `id` of `bundle`, formatted without arguments.
pub fn format_message(bundle: &Bundle, id: &str) -> Option<String> {
    format(bundle, id, None)
}

pub fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, args, &mut errors);
    // A message whose variable is missing would show "{$name}": treat it as
    // untranslated rather than show readers the braces.
    errors.is_empty().then(|| out.into_owned())
}
