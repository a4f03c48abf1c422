//! Inline text → safe HTML. Authors and translators may write `**bold**`,
//! `*emphasis*` and `[links](https://…)`; everything else, raw HTML included,
//! is escaped. In right-to-left pages, left-to-right runs (phone numbers,
//! e-mail addresses, URLs) are isolated in `<bdi dir="ltr">` so that
//! "0116 265 8015" is not displayed as "8015 265 0116".

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Renders one inline string as HTML (no enclosing element).
pub fn to_html(text: &str, rtl: bool) -> String {
    let source = neutralise_block_syntax(text);
    let mut out = String::with_capacity(text.len() + 16);
    // Open links whose URL was refused: their text is kept, the tag is not.
    let mut link_open: Vec<bool> = Vec::new();
    for event in Parser::new_ext(&source, Options::empty()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                if rtl {
                    out.push_str(&isolate_ltr_runs(&t));
                } else {
                    out.push_str(&escape(&t));
                }
            }
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("<br>"),
            Event::Start(Tag::Strong) => out.push_str("<strong>"),
            Event::End(TagEnd::Strong) => out.push_str("</strong>"),
            Event::Start(Tag::Emphasis) => out.push_str("<em>"),
            Event::End(TagEnd::Emphasis) => out.push_str("</em>"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let ok = safe_url(&dest_url);
                if ok {
                    out.push_str(&format!("<a href=\"{}\">", escape(&dest_url)));
                }
                link_open.push(ok);
            }
            // The guard pops the link either way; only kept links close a tag.
            Event::End(TagEnd::Link) if link_open.pop().unwrap_or(false) => out.push_str("</a>"),
            // Block structure cannot appear after neutralising; anything
            // else (images, footnotes) is dropped but its text is kept.
            _ => {}
        }
    }
    out
}

/// A run of inline text for renderers that are not HTML (Typst): plain text,
/// whether it is emphasised, and where it links to.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Run {
    pub text: String,
    /// Bold. Large print shows all emphasis in bold, never italics.
    pub bold: bool,
    pub link: Option<String>,
}

/// Splits an inline string into runs; markup is removed, never interpreted
/// again downstream.
pub fn to_runs(text: &str) -> Vec<Run> {
    let source = neutralise_block_syntax(text);
    let mut runs: Vec<Run> = Vec::new();
    let mut bold = 0usize;
    let mut links: Vec<Option<String>> = Vec::new();
    for event in Parser::new_ext(&source, Options::empty()) {
        let piece = match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                t.to_string()
            }
            Event::SoftBreak | Event::HardBreak => " ".to_string(),
            Event::Start(Tag::Strong | Tag::Emphasis) => {
                bold += 1;
                continue;
            }
            Event::End(TagEnd::Strong | TagEnd::Emphasis) => {
                bold = bold.saturating_sub(1);
                continue;
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push(safe_url(&dest_url).then(|| dest_url.to_string()));
                continue;
            }
            Event::End(TagEnd::Link) => {
                links.pop();
                continue;
            }
            _ => continue,
        };
        let link = links.last().cloned().flatten();
        match runs.last_mut() {
            Some(last) if last.bold == (bold > 0) && last.link == link => {
                last.text.push_str(&piece)
            }
            _ => runs.push(Run {
                text: piece,
                bold: bold > 0,
                link,
            }),
        }
    }
    runs
}

/// Plain text of an inline string: markup removed, link URLs dropped.
pub fn to_plain(text: &str) -> String {
    let source = neutralise_block_syntax(text);
    let mut out = String::new();
    for event in Parser::new_ext(&source, Options::empty()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Links may go to the web, to e-mail, to a phone or stay inside the site.
fn safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.find(':') {
        Some(i) => {
            let scheme = &lower[..i];
            // A colon after a slash, ? or # is not a scheme.
            scheme.contains(['/', '?', '#'])
                || matches!(scheme, "http" | "https" | "mailto" | "tel")
        }
        None => true,
    }
}

/// Source text is always inline: a string that starts with "1." or "- " or
/// "#" must not become a list or a heading, so its marker is escaped.
fn neutralise_block_syntax(text: &str) -> String {
    let t = text.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(t[digits..].chars().next(), Some('.') | Some(')')) {
        return format!("{}\\{}", &t[..digits], &t[digits..]);
    }
    match t.chars().next() {
        Some('#' | '>' | '-' | '+' | '*' | '=' | '|' | '~' | '`') => {
            // `**bold**` at the start is inline and must stay so.
            if t.starts_with("**") || (t.starts_with('*') && !t.starts_with("* ")) {
                t.to_string()
            } else {
                format!("\\{t}")
            }
        }
        _ => t.to_string(),
    }
}

/// Escapes `text` and wraps its left-to-right runs in `<bdi dir="ltr">`.
fn isolate_ltr_runs(text: &str) -> String {
    let tokens: Vec<&str> = text.split(' ').collect();
    let mut out = String::new();
    let mut i = 0;
    while i < tokens.len() {
        if i > 0 {
            out.push(' ');
        }
        let tok = tokens[i];
        if is_number_group(tok) {
            // A phone number is several digit groups separated by spaces.
            let mut j = i + 1;
            while j < tokens.len() && is_number_group(tokens[j]) {
                j += 1;
            }
            if j - i > 1 {
                out.push_str(&format!(
                    "<bdi dir=\"ltr\">{}</bdi>",
                    escape(&tokens[i..j].join(" "))
                ));
                i = j;
                continue;
            }
        }
        if tok.contains('@') || tok.contains("://") || tok.starts_with("www.") {
            let core = tok.trim_end_matches(['.', ',', ';', ':', '۔', '،']);
            let tail = &tok[core.len()..];
            out.push_str(&format!(
                "<bdi dir=\"ltr\">{}</bdi>{}",
                escape(core),
                escape(tail)
            ));
        } else {
            out.push_str(&escape(tok));
        }
        i += 1;
    }
    out
}

fn is_number_group(tok: &str) -> bool {
    !tok.is_empty()
        && tok
            .chars()
            .all(|c| c.is_ascii_digit() || c == '+' || c == '(' || c == ')' || c == '-')
        && tok.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_and_links_but_no_raw_html() {
        assert_eq!(
            to_html("a **b** <script>x</script>", false),
            "a <strong>b</strong> &lt;script&gt;x&lt;/script&gt;"
        );
        assert_eq!(
            to_html("[site](https://x.org/?a=1&b=2)", false),
            "<a href=\"https://x.org/?a=1&amp;b=2\">site</a>"
        );
        assert_eq!(to_html("[bad](javascript:alert(1))", false), "bad");
    }

    #[test]
    fn runs_carry_bold_and_links_as_data() {
        let runs = to_runs("a **b** [c](https://x.org) #d");
        let texts: Vec<&str> = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["a ", "b", " ", "c", " #d"]);
        assert!(runs[1].bold && !runs[0].bold && !runs[4].bold);
        assert_eq!(runs[3].link.as_deref(), Some("https://x.org"));
    }

    #[test]
    fn numbers_and_dashes_at_the_start_stay_text() {
        assert_eq!(to_html("2003. A year", false), "2003. A year");
        assert_eq!(to_html("- not a list", false), "- not a list");
        assert_eq!(
            to_html("**bold** start", false),
            "<strong>bold</strong> start"
        );
    }

    #[test]
    fn phone_numbers_are_isolated_in_rtl() {
        let html = to_html("براہ کرم 0116 265 8015 پر فون کریں", true);
        assert!(
            html.contains("<bdi dir=\"ltr\">0116 265 8015</bdi>"),
            "{html}"
        );
        assert!(to_html("ای میل access@leics.gov.uk۔", true)
            .contains("<bdi dir=\"ltr\">access@leics.gov.uk</bdi>۔"));
    }
}
