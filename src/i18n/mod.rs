//! Languages, scripts, Fluent translations and locale-aware dates.

pub mod dates;
pub mod language;
pub mod locales;
pub mod placeables;
pub mod script;
pub mod translator;
