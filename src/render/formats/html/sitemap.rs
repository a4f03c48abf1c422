//! The sitemap: every page in every language, with `hreflang` alternates,
//! so search engines offer each reader the page in their language.
//!
//! The sitemaps protocol allows 50,000 addresses and 50 MiB in one file.
//! A site within both gets one `sitemap.xml`; a larger one gets numbered
//! parts (`sitemap-1.xml`…), each within both, and `sitemap.xml` becomes
//! the sitemap index naming them. Parts are cut at the same places for the
//! same pages, so an edit that adds no page leaves every part as it was,
//! and the output's manifest (or `serve`) leaves unchanged parts alone.

use crate::render::inline::xml_escape as xml_text;

/// The protocol's limits for one sitemap file.
pub const MAX_URLS: usize = 50_000;
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";

/// Whether `name` is a file the sitemap is written as.
pub fn is_sitemap(name: &str) -> bool {
    name == "sitemap.xml"
        || name
            .strip_prefix("sitemap-")
            .and_then(|n| n.strip_suffix(".xml"))
            .is_some_and(|n| n.parse::<usize>().is_ok())
}

/// The sitemap's files (name and contents) for `pages`, paths relative to
/// a language's folder ("slug/"), each given once per language of
/// `languages`.
pub fn render(base_url: &str, pages: &[String], languages: &[String]) -> Vec<(String, String)> {
    render_within(base_url, pages, languages, MAX_URLS, MAX_BYTES)
}

/// [`render`] with the limits given, so that tests can reach them.
pub fn render_within(
    base_url: &str,
    pages: &[String],
    languages: &[String],
    max_urls: usize,
    max_bytes: usize,
) -> Vec<(String, String)> {
    let room = max_bytes.saturating_sub(URLSET_OPEN.len() + URLSET_CLOSE.len());
    let mut parts: Vec<String> = Vec::new();
    let (mut part, mut urls) = (String::new(), 0);
    for lang in languages {
        for page in pages {
            let mut url = format!(
                "  <url>\n    <loc>{}</loc>\n",
                xml_text(&format!("{base_url}{lang}/{page}"))
            );
            for alt in languages {
                url.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{}\"/>\n",
                    xml_text(&format!("{base_url}{alt}/{page}"))
                ));
            }
            url.push_str("  </url>\n");
            if urls > 0 && (urls == max_urls || part.len() + url.len() > room) {
                parts.push(std::mem::take(&mut part));
                urls = 0;
            }
            part.push_str(&url);
            urls += 1;
        }
    }
    parts.push(part);
    let urlset = |body: &str| format!("{URLSET_OPEN}{body}{URLSET_CLOSE}");
    if parts.len() == 1 {
        return vec![("sitemap.xml".to_string(), urlset(&parts[0]))];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::new();
    for (i, body) in parts.iter().enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            xml_text(&format!("{base_url}{name}"))
        ));
        files.push((name, urlset(body)));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("sitemap.xml".to_string(), index));
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("p{i}/")).collect()
    }

    #[test]
    fn a_small_site_has_one_sitemap() {
        let files = render("https://x.org/", &pages(3), &["en".into(), "ur".into()]);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "sitemap.xml");
        assert_eq!(files[0].1.matches("<url>").count(), 6);
        assert_eq!(files[0].1.matches("hreflang=\"ur\"").count(), 6);
    }

    #[test]
    fn past_the_limits_an_index_names_parts_within_them() {
        let langs = ["en".to_string(), "bn".to_string()];
        let files = render_within("https://x.org/", &pages(25), &langs, 10, MAX_BYTES);
        // 50 addresses, 10 a part.
        assert_eq!(files.len(), 6);
        assert!(files[0].1.contains("<sitemapindex"));
        for (i, (name, body)) in files.iter().enumerate().skip(1) {
            assert_eq!(name, &format!("sitemap-{i}.xml"));
            assert!(files[0]
                .1
                .contains(&format!("<loc>https://x.org/{name}</loc>")));
            assert_eq!(body.matches("<url>").count(), 10);
        }
        // By size: each part within the bytes allowed.
        let files = render_within("https://x.org/", &pages(25), &langs, MAX_URLS, 2000);
        assert!(files.len() > 2);
        for (_, body) in &files[1..] {
            assert!(body.len() <= 2000, "{}", body.len());
        }
        let urls: usize = files[1..]
            .iter()
            .map(|(_, b)| b.matches("<url>").count())
            .sum();
        assert_eq!(urls, 50);
    }

    #[test]
    fn sitemap_names_are_known() {
        assert!(is_sitemap("sitemap.xml") && is_sitemap("sitemap-12.xml"));
        assert!(!is_sitemap("sitemap-a.xml") && !is_sitemap("feed.xml"));
    }
}
