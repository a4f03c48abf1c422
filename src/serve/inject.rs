//! What `serve` adds to each page as it sends it, never to the files of a
//! build: a script that reloads the page when the site is rebuilt, and,
//! while the last rebuild failed, a notice at the top of the page that says
//! what is wrong (file, line, column, message, what to do). The page under
//! it is the last one that built.

use crate::diagnostic::{Diagnostic, Diagnostics};
// Messages quote YAML and Fluent, which may hold markup.
use crate::render::inline::escape;

/// Reloads the page when the server says the site changed. Browsers
/// reconnect on their own if the server restarts.
fn reload_script() -> String {
    format!(
        "<script>new EventSource(\"{}\").onmessage = function () {{ location.reload(); }};</script>",
        super::paths::EVENTS
    )
}

/// `html` with the error notice (if `problems`) at the start of its body
/// and the reload script at the end.
pub fn inject(html: &str, problems: Option<&Diagnostics>) -> String {
    let mut out = String::with_capacity(html.len() + 2048);
    let body_start = html
        .find("<body")
        .and_then(|i| html[i..].find('>').map(|j| i + j + 1));
    let body_end = html.rfind("</body>").unwrap_or(html.len());
    match (problems, body_start) {
        (Some(p), Some(start)) if start <= body_end => {
            out.push_str(&html[..start]);
            out.push_str(&notice(p));
            out.push_str(&html[start..body_end]);
        }
        _ => out.push_str(&html[..body_end]),
    }
    out.push_str(&reload_script());
    out.push_str(&html[body_end..]);
    out
}

/// A whole page saying what is wrong, for when nothing has built yet.
pub fn error_page(problems: &Diagnostics) -> String {
    inject(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>The site could not be built</title>\n</head>\n<body>\n</body>\n</html>\n",
        Some(problems),
    )
}

/// The notice: a live region, so screen readers announce it when the page
/// reloads with it, in English, styled inline so that it shows whatever the
/// theme's CSS does. It is part of the page, not over it, so it reflows
/// at any zoom and hides nothing.
fn notice(problems: &Diagnostics) -> String {
    let mut items = String::new();
    for d in problems.0.iter().filter(|d| d.is_error()).take(20) {
        items.push_str(&item(d));
    }
    let more = problems.errors().count().saturating_sub(20);
    if more > 0 {
        items.push_str(&format!("<li>… and {more} more: see the terminal.</li>"));
    }
    format!(
        concat!(
            "<div id=\"compact-press-error\" role=\"alert\" lang=\"en\" dir=\"ltr\" style=\"",
            "all: initial; display: block; box-sizing: border-box; margin: 0; padding: 1rem 1.25rem; ",
            "background: #fff; color: #111; border: 4px solid #b00020; ",
            "font: 1.125rem/1.5 system-ui, 'Noto Sans', sans-serif; text-align: left\">",
            "<p style=\"margin: 0 0 .5rem; font-weight: bold; font-size: 1.25rem\">",
            "The site could not be rebuilt. You are seeing the last version that built.</p>",
            "<p style=\"margin: 0 0 .5rem\">Fix the problem below and save the file: this page reloads by itself.</p>",
            "<ul style=\"margin: 0; padding-left: 1.5rem\">{}</ul></div>"
        ),
        items
    )
}

fn item(d: &Diagnostic) -> String {
    let place = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}", d.file.display()),
        _ => d.file.display().to_string(),
    };
    let help = if d.help.is_empty() {
        String::new()
    } else {
        format!("<br>What to do: {}", escape(&d.help))
    };
    format!(
        "<li style=\"margin: .25rem 0\"><code style=\"font-family: monospace; font-weight: bold\">{}</code>: {}{help}</li>",
        escape(&place),
        escape(&d.message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = inject("<html><body class=\"x\"><p>Hi</p></body></html>", None);
        assert!(page.starts_with("<html><body class=\"x\"><p>Hi</p><script>"));
        assert!(page.ends_with("</script></body></html>"));
    }

    #[test]
    fn the_notice_names_the_place_and_escapes_the_message() {
        let problems = Diagnostics::from(
            Diagnostic::error("content/x.yaml", "unknown field `<b>`", "remove it").at(3, 7),
        );
        let page = inject("<html><body><p>Old</p></body></html>", Some(&problems));
        let start = page.find("<div id=\"compact-press-error\"").unwrap();
        assert!(page[..start].ends_with("<body>"));
        assert!(page.contains("content/x.yaml:3:7"));
        assert!(page.contains("unknown field `&lt;b&gt;`"));
        assert!(
            page.contains("<p>Old</p>"),
            "the last good page is still there"
        );
    }
}
