//! `sitemap.xml`: every page in every language, with `hreflang` alternates,
//! so search engines offer each reader the page in their language.

use crate::render::inline::escape;

/// `pages` are paths relative to the site root ("en/slug/"), each given once
/// per language; `languages` are the site's languages.
pub fn render(base_url: &str, pages: &[String], languages: &[String]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for lang in languages {
        for page in pages {
            out.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                escape(&format!("{base_url}{lang}/{page}"))
            ));
            for alt in languages {
                out.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{}\"/>\n",
                    escape(&format!("{base_url}{alt}/{page}"))
                ));
            }
            out.push_str("  </url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}
