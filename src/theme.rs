//! Loading a theme: its Tera templates and its CSS, minified by lightningcss
//! for the browsers of the last two years and named by a hash of its bytes so
//! that a changed stylesheet is never served stale from a cache. Files the
//! CSS names with `url()` (web fonts) are read from the theme and published
//! beside the stylesheet under hashed names too.

use crate::diagnostic::{relative, Diagnostic, Diagnostics};
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use lightningcss::targets::{Browsers, Targets};
use sha2::{Digest, Sha256};
use std::path::Path;

pub struct Theme {
    pub tera: tera::Tera,
    /// File name under `assets/`, e.g. `site.3f9a1c2b7d.css`.
    pub css_name: String,
    pub css: String,
    /// The large-print stylesheet, loaded after the main one on large-print pages.
    pub large_print_css_name: String,
    pub large_print_css: String,
    /// The theme renders a publication's content once for its page and its
    /// large-print page (`publication-body.html`, given to `publication.html`
    /// as `body`); a theme without it renders the content in each page.
    pub shared_body: bool,
    /// Files the stylesheets refer to (`url(…)` in the theme's CSS), by
    /// their hashed name under `assets/`, e.g.
    /// `NotoNastaliqUrdu-Regular.1a2b3c4d5e.woff2`.
    pub assets: std::collections::BTreeMap<String, Vec<u8>>,
    /// Every theme string its templates (`t.xxx`) and its Typst template
    /// (`s.xxx`) show, where each is first used.
    pub messages: Vec<MessageUse>,
}

/// A theme string a template shows: its message id in `locales/en/ui.ftl`
/// and the place (file relative to the site, line, column) of its first use.
#[derive(Debug, Clone)]
pub struct MessageUse {
    pub id: String,
    pub file: std::path::PathBuf,
    pub line: u64,
    pub column: u64,
}

/// The theme strings the program itself shows by id (`Translator::ui`),
/// whatever the templates say.
pub const CODE_MESSAGES: &[&str] = &[
    "skip-link",
    "choose-language",
    "choose-language-prompt",
    "untranslated-notice",
    "machine-translation-notice",
    "stale-notice",
    "publication-count",
    "listing-compacts",
    "listing-action-reports",
    "listing-news",
    "listing-page-of",
    "pagination-page",
    "feed-subtitle",
    "status-draft",
    "status-adopted",
    "status-label",
    "date-label",
    "area-label",
    "reference-label",
    "parties-heading",
    "undertakings-theme",
    "related-heading",
    "signup-email-subject",
    "signup-date-hint",
    "signatory-dated",
    "signatory-not-signed",
    "contact-phone",
    "contact-fax",
    "contact-email",
    "contact-web",
    "download-large-print-html",
    "download-large-print-pdf",
    "download-plain-text",
    "download-braille-pef",
    "download-braille-brf",
    "download-audio-daisy",
    "download-audio-mp3",
    "audio-duration",
    "audio-computer-voice",
    "audio-reads",
    "audio-reads-undated",
    "audio-opening",
    "audio-end",
    "download-epub",
    "epub-title-page",
    "epub-guide",
    "epub-start",
    "epub-summary",
    "epub-summary-audio",
    "nav-contents",
    "text-untranslated",
    "text-untranslated-front",
    "text-untranslated-other",
    "text-stale",
    "alt-formats-heading",
    "alt-formats-request",
    "footer-published-by",
    "not-found-title",
    "not-found-text",
    "not-found-link",
    "a11y-applies",
    "a11y-run-by",
    "a11y-committed",
    "a11y-compliance-full",
    "a11y-compliance-partial",
    "a11y-compliance-not",
    "a11y-compliance-unassessed",
    "a11y-format-web-page",
    "a11y-format-large-print-page",
    "a11y-format-large-print-pdf",
    "a11y-format-plain-text",
    "a11y-format-braille",
    "a11y-format-audio",
    "a11y-format-some",
    "a11y-reply-days",
    "a11y-prepared",
    "a11y-reviewed",
    "a11y-tested",
];

/// The theme strings the program shows as they are, formatted once per
/// language (`LanguageShared::ui`): they must take no variables.
pub const CODE_PLAIN_MESSAGES: &[&str] = &[
    "nav-home",
    "a11y-title",
    "a11y-intro",
    "large-print",
    "alt-formats-heading",
];

/// The names after `prefix` (`t.` in Tera, `s.` in Typst) where it starts
/// an expression (not `text.html`), as message ids (`nav_home` → `nav-home`)
/// with the byte offset of the prefix: a lexical scan of the template's
/// own words (the templates are the theme's, not parsed by compact-press).
fn references(source: &str, prefix: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(i) = source[from..].find(prefix).map(|i| i + from) {
        from = i + prefix.len();
        let before = i.checked_sub(1).map(|b| bytes[b]);
        if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-')
        {
            continue;
        }
        let name: String = source[from..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.push((name.replace('_', "-"), i));
        }
    }
    out
}

/// The theme strings used in `source` (the file `shown`), first use of each.
fn message_uses(source: &str, prefix: &str, shown: &Path, out: &mut Vec<MessageUse>) {
    for (id, offset) in references(source, prefix) {
        if out.iter().any(|u| u.id == id) {
            continue;
        }
        let (line, column) = crate::diagnostic::line_column(source, offset);
        out.push(MessageUse {
            id,
            file: shown.to_path_buf(),
            line,
            column,
        });
    }
}

/// Checks, when the site is loaded, that `locales/en/ui.ftl` (`ui`, its
/// English) has every message the theme and the program show, and that
/// those shown as they are take no variables: a missing one would
/// otherwise stop a build half-way.
pub fn check_messages(
    theme: &Theme,
    ui: Option<&crate::i18n::english::EnglishFile>,
) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let file = "locales/en/ui.ftl";
    let Some(ui) = ui else {
        // A missing ui.ftl is reported when the locales are read.
        return problems;
    };
    let uses = theme
        .messages
        .iter()
        .map(|u| (u.id.as_str(), Some(u), true))
        .chain(CODE_PLAIN_MESSAGES.iter().map(|id| (*id, None, true)))
        .chain(CODE_MESSAGES.iter().map(|id| (*id, None, false)));
    let mut seen = std::collections::HashSet::new();
    for (id, used, plain) in uses {
        if !seen.insert(id) {
            continue;
        }
        let where_used = match used {
            Some(u) => format!("{}:{}:{}", u.file.display(), u.line, u.column),
            None => "compact-press itself".to_string(),
        };
        match ui.get(id) {
            None => problems.push(Diagnostic::error(
                file,
                format!("the theme's message `{id}` is missing"),
                format!("add `{id} = …` (the English) to {file}; it is used by {where_used}"),
            )),
            Some(m) if plain && !m.variables.is_empty() => {
                let vars: Vec<String> = m.variables.iter().map(|v| format!("{{ ${v} }}")).collect();
                problems.push(Diagnostic::error(
                    file,
                    format!(
                        "the theme's message `{id}` uses {}, but the theme shows it with no variables",
                        vars.join(", ")
                    ),
                    format!("write `{id}` without variables; it is used by {where_used}"),
                ))
            }
            Some(_) => {}
        }
    }
    problems
}

/// Browsers released in the last two years (late 2024 onwards).
fn targets() -> Targets {
    let v = |major: u32| Some(major << 16);
    Targets::from(Browsers {
        chrome: v(130),
        edge: v(130),
        firefox: v(132),
        safari: v(18),
        ios_saf: v(18),
        android: v(130),
        samsung: v(27),
        ..Browsers::default()
    })
}

pub fn load(site: &Path, name: &str) -> Result<Theme, Diagnostics> {
    let dir = site.join("themes").join(name);
    let mut problems = Diagnostics::default();
    let mut tera = tera::Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    let tdir = dir.join("templates");
    let mut names: Vec<_> = std::fs::read_dir(&tdir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    names.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "html" || e == "xml"));
    names.sort();
    if names.is_empty() {
        problems.push(Diagnostic::error(
            relative(site, &tdir),
            format!("theme `{name}` has no templates"),
            "set `theme:` in content/site.yaml to a folder under themes/ that has templates/",
        ));
        return Err(problems);
    }
    let mut sources = Vec::new();
    for p in &names {
        let file = p
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        match std::fs::read_to_string(p) {
            Ok(s) => sources.push((file, s)),
            Err(e) => problems.push(Diagnostic::error(
                relative(site, p),
                format!("cannot read: {e}"),
                "save the template as UTF-8",
            )),
        }
    }
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str()))) {
        problems.push(Diagnostic::error(
            relative(site, &tdir),
            format!("template error: {e}"),
            "fix the Tera syntax at the place shown",
        ));
    }

    let mut assets = std::collections::BTreeMap::new();
    let css = stylesheet(site, &dir, "css/site.css", &mut assets, &mut problems);
    let large_print_css = stylesheet(
        site,
        &dir,
        "css/large-print.css",
        &mut assets,
        &mut problems,
    );
    if problems.has_errors() {
        return Err(problems);
    }
    let shared_body = sources.iter().any(|(n, _)| n == "publication-body.html");
    let mut messages = Vec::new();
    for (name, source) in &sources {
        message_uses(
            source,
            "t.",
            &relative(site, &tdir.join(name)),
            &mut messages,
        );
    }
    let typst = dir.join("typst/large-print.typ");
    if let Ok(source) = std::fs::read_to_string(&typst) {
        message_uses(&source, "s.", &relative(site, &typst), &mut messages);
    }
    Ok(Theme {
        tera,
        shared_body,
        messages,
        css_name: hashed_name("site", &css),
        css,
        large_print_css_name: hashed_name("large-print", &large_print_css),
        large_print_css,
        assets,
    })
}

/// `site.3f9a1c2b7d.css`: the name changes whenever the bytes do.
fn hashed_name(stem: &str, css: &str) -> String {
    hashed(stem, "css", css.as_bytes())
}

/// `STEM.HASH.EXT`, the hash being of `bytes`.
fn hashed(stem: &str, ext: &str, bytes: &[u8]) -> String {
    let hash = Sha256::digest(bytes);
    let hex: String = hash.iter().take(5).map(|b| format!("{b:02x}")).collect();
    format!("{stem}.{hex}.{ext}")
}

/// Reads and minifies one stylesheet of the theme (`file`, relative to the
/// theme folder `dir`), publishing the theme files it names with `url()`
/// into `assets` and pointing the stylesheet at them.
fn stylesheet(
    site: &Path,
    dir: &Path,
    file: &str,
    assets: &mut std::collections::BTreeMap<String, Vec<u8>>,
    problems: &mut Diagnostics,
) -> String {
    let css_path = dir.join(file);
    let css_path = css_path.as_path();
    match std::fs::read_to_string(css_path) {
        Ok(src) => match minify(&src) {
            Ok((mut css, urls)) => {
                let from = css_path.parent().unwrap_or(dir);
                for (url, placeholder) in urls {
                    match asset(dir, from, &url) {
                        Ok(Some((name, bytes))) => {
                            css = css.replace(&placeholder, &name);
                            assets.insert(name, bytes);
                        }
                        Ok(None) => css = css.replace(&placeholder, &url),
                        Err(why) => problems.push(Diagnostic::error(
                            relative(site, css_path),
                            format!("the stylesheet names `url({url})`, which {why}"),
                            "put the file in the theme folder and name it relative to the stylesheet, e.g. url(\"../fonts/web/MyFont-Regular.woff2\")",
                        )),
                    }
                }
                css
            }
            Err(e) => {
                problems.push(Diagnostic::error(
                    relative(site, css_path),
                    format!("CSS error: {e}"),
                    "fix the stylesheet at the place shown",
                ));
                String::new()
            }
        },
        Err(e) => {
            problems.push(Diagnostic::error(
                relative(site, css_path),
                format!("cannot read the theme's stylesheet: {e}"),
                "the theme needs css/site.css and css/large-print.css",
            ));
            String::new()
        }
    }
}

/// The theme file a stylesheet's `url()` names: its hashed name (flat, beside
/// the published stylesheet) and bytes; `None` for a URL that is not a
/// file of the theme (`data:`, `https://…`, `#id`), which is kept as it is.
fn asset(theme: &Path, from: &Path, url: &str) -> Result<Option<(String, Vec<u8>)>, String> {
    if url.starts_with("data:") || url.starts_with('#') || url.contains("://") {
        return Ok(None);
    }
    let plain = url.split(['?', '#']).next().unwrap_or_default();
    if plain.starts_with('/') {
        return Err("is absolute: the site must work from any folder".into());
    }
    let path = from.join(plain);
    let (Ok(real), Ok(root)) = (path.canonicalize(), theme.canonicalize()) else {
        return Err("is not a file in the theme".into());
    };
    if !real.starts_with(&root) || !real.is_file() {
        return Err("is not a file in the theme".into());
    }
    let bytes = std::fs::read(&real).map_err(|e| format!("cannot be read: {e}"))?;
    let stem = real
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("asset")
        .to_string();
    let ext = real.extension().and_then(|s| s.to_str()).unwrap_or("bin");
    Ok(Some((hashed(&stem, ext, &bytes), bytes)))
}

/// Minified CSS with each `url()` replaced by a placeholder, and the
/// (URL, placeholder) pairs.
type Minified = (String, Vec<(String, String)>);

fn minify(src: &str) -> Result<Minified, String> {
    let mut sheet = StyleSheet::parse(src, ParserOptions::default()).map_err(|e| e.to_string())?;
    sheet
        .minify(MinifyOptions {
            targets: targets(),
            ..MinifyOptions::default()
        })
        .map_err(|e| e.to_string())?;
    let out = sheet
        .to_css(PrinterOptions {
            minify: true,
            targets: targets(),
            analyze_dependencies: Some(Default::default()),
            ..PrinterOptions::default()
        })
        .map_err(|e| e.to_string())?;
    let urls = out
        .dependencies
        .unwrap_or_default()
        .into_iter()
        .filter_map(|d| match d {
            lightningcss::dependencies::Dependency::Url(u) => Some((u.url, u.placeholder)),
            lightningcss::dependencies::Dependency::Import(_) => None,
        })
        .collect();
    Ok((out.code, urls))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quoted ids after `call` (`ui(`, `ui_args(`, `ui[`) in `source`.
    fn quoted_after(source: &str, call: &str) -> Vec<String> {
        let mut out = Vec::new();
        for (i, _) in source.match_indices(call) {
            let rest = source[i + call.len()..].trim_start();
            if let Some(rest) = rest.strip_prefix('"') {
                if let Some(end) = rest.find('"') {
                    out.push(rest[..end].replace('_', "-"));
                }
            }
        }
        out
    }

    /// Every id the program asks `Translator::ui` or `LanguageShared::ui`
    /// for is in the lists `check_messages` checks, so that a theme
    /// string the code needs can never be missing at render time.
    #[test]
    fn every_message_the_code_shows_is_checked() {
        let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        let mut found = Vec::new();
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("theme.rs") {
                    let source = std::fs::read_to_string(&p).unwrap();
                    for call in ["ui(", "ui_args(", "ui["] {
                        for id in quoted_after(&source, call) {
                            found.push((id, p.clone()));
                        }
                    }
                }
            }
        }
        assert!(
            found.len() > 20,
            "the scan finds the program's ids: {found:?}"
        );
        for (id, file) in found {
            assert!(
                CODE_MESSAGES.contains(&id.as_str()) || CODE_PLAIN_MESSAGES.contains(&id.as_str()),
                "{} shows `{id}`: add it to CODE_MESSAGES",
                file.display()
            );
        }
    }

    #[test]
    fn references_are_whole_names_after_the_prefix() {
        let found = references("{{ t.nav_home.html }} {{ block.text.html }} at.x", "t.");
        assert_eq!(found, [("nav-home".to_string(), 3)]);
        let found: Vec<String> = references("#t(s.large_print) lines.push(x)", "s.")
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(found, ["large-print"]);
    }
}
