//! Inline text → safe HTML. Authors and translators may write `**bold**`,
//! `*emphasis*` and `[links](https://…)`; everything else, raw HTML included,
//! is escaped. In right-to-left pages, left-to-right runs (phone numbers,
//! e-mail addresses, URLs, sums of money) are isolated in `<bdi dir="ltr">`
//! so that "0116 265 8015" is not displayed as "8015 265 0116", nor "£500"
//! as "500£".

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

/// A run of inline text with one formatting: what every output format is
/// made from, so that a string is parsed once however many formats need it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Run {
    pub text: String,
    /// Strong (`**…**`).
    pub bold: bool,
    /// Emphasis (`*…*`): italic on screen; large print shows it in bold,
    /// never italics.
    pub em: bool,
    pub link: Option<String>,
}

/// Text escaped for XML content and attribute values, without the
/// characters XML 1.0 cannot hold (which a YAML escape can put into a
/// string): for the PEF, the Atom feeds and the sitemap.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // characters XML 1.0 does not allow
            c if (c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// Parses an inline string into runs. Markup is removed here and never
/// interpreted again downstream; raw HTML is kept as text.
pub fn parse(text: &str) -> Vec<Run> {
    let source = neutralise_block_syntax(text);
    // Most strings have no markup at all: Markdown would give them back as
    // they are, so it is not asked (a build parses hundreds of thousands).
    let inert = |c: char| {
        !matches!(
            c,
            '\\' | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '&'
                | '`'
                | '!'
                | '~'
                | '|'
                | '\n'
                | '\r'
                | '\t'
        )
    };
    if source.len() == text.len() && source.chars().all(inert) && !source.ends_with(' ') {
        if source.is_empty() {
            return Vec::new();
        }
        return vec![Run {
            text: source,
            bold: false,
            em: false,
            link: None,
        }];
    }
    markdown(&source)
}

/// Runs from Markdown that block syntax cannot reach.
fn markdown(source: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let (mut bold, mut em) = (0usize, 0usize);
    // Links whose URL was refused keep their text but not their target.
    let mut links: Vec<Option<String>> = Vec::new();
    for event in Parser::new_ext(source, Options::empty()) {
        let piece = match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                t.to_string()
            }
            // Authors' line breaks are spacing, not structure.
            Event::SoftBreak | Event::HardBreak => " ".to_string(),
            Event::Start(Tag::Strong) => {
                bold += 1;
                continue;
            }
            Event::End(TagEnd::Strong) => {
                bold = bold.saturating_sub(1);
                continue;
            }
            Event::Start(Tag::Emphasis) => {
                em += 1;
                continue;
            }
            Event::End(TagEnd::Emphasis) => {
                em = em.saturating_sub(1);
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
            // Block structure cannot appear after neutralising; anything
            // else (images, footnotes) is dropped but its text is kept.
            _ => continue,
        };
        let (b, e, link) = (bold > 0, em > 0, links.last().cloned().flatten());
        match runs.last_mut() {
            Some(last) if last.bold == b && last.em == e && last.link == link => {
                last.text.push_str(&piece)
            }
            _ => runs.push(Run {
                text: piece,
                bold: b,
                em: e,
                link,
            }),
        }
    }
    runs
}

/// Runs as HTML (no enclosing element). Consecutive runs with the same
/// target share one `<a>`, so a partly bold link is still one link.
pub fn html(runs: &[Run], rtl: bool) -> String {
    let mut out = String::new();
    let mut open_link: Option<&str> = None;
    for run in runs {
        if open_link != run.link.as_deref() {
            if open_link.is_some() {
                out.push_str("</a>");
            }
            if let Some(href) = &run.link {
                out.push_str(&format!("<a href=\"{}\">", escape(href)));
            }
            open_link = run.link.as_deref();
        }
        let (open, close) = match (run.bold, run.em) {
            (true, true) => ("<strong><em>", "</em></strong>"),
            (true, false) => ("<strong>", "</strong>"),
            (false, true) => ("<em>", "</em>"),
            (false, false) => ("", ""),
        };
        out.push_str(open);
        if rtl {
            out.push_str(&isolate_ltr_runs(&run.text));
        } else {
            out.push_str(&escape(&run.text));
        }
        out.push_str(close);
    }
    if open_link.is_some() {
        out.push_str("</a>");
    }
    out
}

/// Runs as plain text: formatting and link targets dropped.
pub fn plain(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

/// Renders one inline string as HTML (no enclosing element).
pub fn to_html(text: &str, rtl: bool) -> String {
    html(&parse(text), rtl)
}

/// Plain text of an inline string: markup removed, link URLs dropped.
pub fn to_plain(text: &str) -> String {
    plain(&parse(text))
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

/// Left-to-right isolate and pop directional isolate: plain text's `<bdi>`.
pub const LRI: char = '\u{2066}';
pub const PDI: char = '\u{2069}';

/// Escapes `text` and wraps its left-to-right runs in `<bdi dir="ltr">`:
/// for right-to-left text in HTML and in the e-book's XHTML.
pub fn isolate_ltr_runs(text: &str) -> String {
    isolate(text, "<bdi dir=\"ltr\">", "</bdi>", escape, true)
}

/// `text` with its left-to-right runs between LRI and PDI, for right-to-left
/// lines of plain text: the isolates keep "0116 265 8015" in its order
/// without changing the characters a search finds.
pub fn isolate_plain(text: &str) -> String {
    // English words are not grouped here: an isolate is never broken
    // across lines, and a long English phrase must wrap at 72 columns.
    isolate(
        text,
        &LRI.to_string(),
        &PDI.to_string(),
        |s: &str| s.to_string(),
        false,
    )
}

/// Wraps phone numbers, e-mail addresses, URLs, sums of money and (when
/// `words`) English words that belong together in `open`…`close`; `esc` is
/// applied to every piece of text.
fn isolate(text: &str, open: &str, close: &str, esc: fn(&str) -> String, words: bool) -> String {
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
                out.push_str(open);
                out.push_str(&esc(&tokens[i..j].join(" ")));
                out.push_str(close);
                i = j;
                continue;
            }
        }
        if words && latin(tok) {
            // English words in right-to-left text, "(Primary Care Trust)":
            // several, or bracketed, are kept together left to right, so
            // that a line break inside them does not turn the brackets
            // round ("Trust)" … "(Primary").
            // Up to the end of the English, or of its clause: a comma or
            // full stop after a word ends the run there.
            let mut j = i + 1;
            let ends_clause = |t: &str| t.ends_with(SENTENCE_PUNCTUATION);
            if !ends_clause(tok) {
                while j < tokens.len() && (latin(tokens[j]) || is_joiner(tokens[j])) {
                    j += 1;
                    if ends_clause(tokens[j - 1]) {
                        break;
                    }
                }
            }
            while j > i + 1 && is_joiner(tokens[j - 1]) {
                j -= 1;
            }
            let run = tokens[i..j].join(" ");
            if j - i > 1 || run.contains(['(', ')']) {
                let core = run.trim_end_matches(SENTENCE_PUNCTUATION);
                let tail = &run[core.len()..];
                out.push_str(open);
                out.push_str(&esc(core));
                out.push_str(close);
                out.push_str(&esc(tail));
                i = j;
                continue;
            }
        }
        if is_address(tok) || is_amount(tok) {
            let core = tok.trim_end_matches(SENTENCE_PUNCTUATION);
            let tail = &tok[core.len()..];
            out.push_str(open);
            out.push_str(&esc(core));
            out.push_str(close);
            out.push_str(&esc(tail));
        } else {
            out.push_str(&esc(tok));
        }
        i += 1;
    }
    out
}

/// Punctuation that may follow an address or a number in a sentence, in
/// the Latin and the Urdu (Arabic-script) forms; it is not part of the run.
pub(crate) const SENTENCE_PUNCTUATION: [char; 6] = ['.', ',', ';', ':', '۔', '،'];

/// An e-mail address or a URL, with or without its `<…>`.
pub(crate) fn is_address(tok: &str) -> bool {
    tok.contains('@') || tok.contains("://") || tok.starts_with("www.") || tok.starts_with("<www.")
}

/// A word of Latin letters (perhaps bracketed or followed by punctuation),
/// not an address, with no letters of another script.
fn latin(tok: &str) -> bool {
    !is_address(tok)
        && tok.chars().any(|c| c.is_ascii_alphabetic())
        && tok
            .chars()
            .all(|c| c.is_ascii() || SENTENCE_PUNCTUATION.contains(&c) || c == '’')
}

/// A token that may stand between English words: "&", "-", a number.
fn is_joiner(tok: &str) -> bool {
    matches!(tok, "&" | "-" | "–" | "/") || is_number_group(tok)
}

/// A sum of money, "£21m", "£5.11m", "£500": in right-to-left text the
/// pound sign would otherwise be placed after the number ("500£").
pub(crate) fn is_amount(tok: &str) -> bool {
    let mut chars = tok.chars();
    matches!(chars.next(), Some('£' | '$' | '€'))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// A group of a phone number: digits, perhaps with `+`, brackets or `-`.
pub(crate) fn is_number_group(tok: &str) -> bool {
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
    fn english_words_in_right_to_left_text_are_kept_together() {
        let html = to_html(
            "یہ (Charnwood & North West Leicestershire PCT) ہے، اور HCVS۔",
            true,
        );
        assert!(
            html.contains(
                "<bdi dir=\"ltr\">(Charnwood &amp; North West Leicestershire PCT)</bdi> ہے"
            ),
            "{html}"
        );
        // A single unbracketed word is left as it is.
        assert!(html.contains(" HCVS۔"), "{html}");
        // A list of names: one isolate each, the Urdu commas between them.
        let html = to_html("(CVS)، Rural Community Council (RCC)، اور", true);
        assert!(
            html.contains("<bdi dir=\"ltr\">(CVS)</bdi>، <bdi dir=\"ltr\">Rural Community Council (RCC)</bdi>، اور"),
            "{html}"
        );
        assert!(!to_html("(Charnwood PCT)", false).contains("bdi"));
    }

    #[test]
    fn a_sum_of_money_is_isolated_in_right_to_left_text() {
        let html = to_html("کا بجٹ £21m ہے، اور £5.11m۔", true);
        assert!(html.contains("<bdi dir=\"ltr\">£21m</bdi>"), "{html}");
        assert!(html.contains("<bdi dir=\"ltr\">£5.11m</bdi>۔"), "{html}");
        assert!(!to_html("£21m", false).contains("bdi"));
    }

    #[test]
    fn text_without_markup_is_what_markdown_would_make_of_it() {
        for text in [
            "Tel: 0116 265 8015 (office hours).",
            "A well-known, long-term plan; see www.example.org/compact.",
            "\"It's all about better relations\"",
            "লেস্টারশায়ার কাউন্টি কমপ্যাক্ট।",
            "براہ کرم 0116 265 8015 پر ٹیلی فون کریں۔",
            "2.1. Improve communication",
            "- a dash first",
            "",
        ] {
            let source = neutralise_block_syntax(text);
            assert_eq!(parse(text), markdown(&source), "{text:?}");
        }
    }

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
        let runs = parse("a **b** [c](https://x.org) #d");
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
    fn plain_text_isolates_use_lri_and_pdi() {
        assert_eq!(
            isolate_plain("فون 0116 265 8015 پر"),
            "فون \u{2066}0116 265 8015\u{2069} پر"
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
