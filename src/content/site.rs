//! `content/site.yaml`: the site's title, base URL, languages, theme and the
//! publishing organisation's contacts.

use super::model::{Contact, Text};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// English site title; translated through `site-title` in each `ui.ftl`.
    pub title: Text,
    pub tagline: Option<Text>,
    /// Absolute URL the site is published at; used only for the sitemap,
    /// canonical and hreflang links. Everything else is relative.
    pub base_url: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Language codes; the first is the source language (English).
    pub languages: Vec<String>,
    /// Who publishes the site and answers requests for other formats.
    pub publisher: Contact,
    /// Publication slugs in the order the home page lists them. Publications
    /// not named here follow in alphabetical order.
    #[serde(default)]
    pub publications: Vec<String>,
}

fn default_theme() -> String {
    "default".to_string()
}
