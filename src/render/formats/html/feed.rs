//! Each language's Atom feed (RFC 4287), `<lang>/feed.xml`: the newest
//! publications, with their titles and summaries in that language, for
//! news readers and the services that watch a council's publications.
//!
//! The feed and every entry say their language with `xml:lang`; a title or
//! summary that stands in in English says so on its own element. Ids are
//! the pages' addresses on the published site, which never change; links
//! go to the pages where the site is being read (the published site, or
//! `serve`'s preview). Publications without a date are not in the feed:
//! Atom requires each entry's time, and none is invented.

use crate::content::date::PubDate;
use crate::i18n::language::Language;
use crate::render::inline::xml_escape as xml_text;
use crate::render::view::Text;

/// One publication in the feed.
pub struct Entry<'a> {
    pub slug: &'a str,
    pub date: PubDate,
    pub title: Text,
    pub summary: Text,
    /// What it is, as a category: its term ("news") and label ("News").
    pub kind_key: &'static str,
    pub kind: Text,
}

/// A language's feed.
pub struct Feed<'a> {
    pub lang: &'static Language,
    /// The published site's address, for ids.
    pub base_url: &'a str,
    /// Where links start: the base URL, or `/` in a preview.
    pub links_root: &'a str,
    pub title: &'a Text,
    pub subtitle: &'a Text,
    /// The publisher's name.
    pub author: &'a str,
    /// Newest first.
    pub entries: &'a [Entry<'a>],
}

/// An RFC 3339 time for `date`: the day it names (the first of the month
/// when it names only a month), at midnight UTC.
fn time(date: &PubDate) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        date.year,
        date.month,
        date.day.unwrap_or(1)
    )
}

/// An element holding `text`, marked English where English stands in
/// on a feed in another language.
fn text_element(name: &str, text: &Text, feed_lang: &str) -> String {
    let lang = if text.lang != feed_lang {
        format!(" xml:lang=\"{}\"", text.lang)
    } else {
        String::new()
    };
    format!("<{name}{lang}>{}</{name}>", xml_text(&text.text))
}

/// The feed as XML.
pub fn render(feed: &Feed) -> String {
    let code = feed.lang.code;
    let id_root = format!("{}{code}/", feed.base_url);
    let link_root = format!("{}{code}/", feed.links_root);
    // The feed changed when its newest entry did; a feed with no dated
    // publication has nothing to date it by but the epoch.
    let updated = feed
        .entries
        .iter()
        .map(|e| e.date)
        .max()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |d| time(&d));
    let mut out = String::with_capacity(1024 + feed.entries.len() * 1024);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n"
    ));
    out.push_str(&format!("  <id>{}</id>\n", xml_text(&id_root)));
    out.push_str(&format!("  {}\n", text_element("title", feed.title, code)));
    out.push_str(&format!(
        "  {}\n",
        text_element("subtitle", feed.subtitle, code)
    ));
    out.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_text(&format!("{link_root}feed.xml"))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" hreflang=\"{code}\" href=\"{}\"/>\n",
        xml_text(&link_root)
    ));
    out.push_str(&format!("  <updated>{updated}</updated>\n"));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml_text(feed.author)
    ));
    out.push_str("  <generator>compact-press</generator>\n");
    for e in feed.entries {
        let when = time(&e.date);
        out.push_str("  <entry>\n");
        out.push_str(&format!(
            "    <id>{}</id>\n",
            xml_text(&format!("{id_root}{}/", e.slug))
        ));
        out.push_str(&format!("    {}\n", text_element("title", &e.title, code)));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" hreflang=\"{code}\" href=\"{}\"/>\n",
            xml_text(&format!("{link_root}{}/index.html", e.slug))
        ));
        out.push_str(&format!("    <published>{when}</published>\n"));
        out.push_str(&format!("    <updated>{when}</updated>\n"));
        out.push_str(&format!(
            "    <category term=\"{}\" label=\"{}\"/>\n",
            xml_text(e.kind_key),
            xml_text(&e.kind.text)
        ));
        out.push_str(&format!(
            "    {}\n",
            text_element("summary", &e.summary, code)
        ));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}
