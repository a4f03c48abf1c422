//! Loading a theme: its Tera templates and its CSS, minified by lightningcss
//! for the browsers of the last two years and named by a hash of its bytes so
//! that a changed stylesheet is never served stale from a cache.

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

    let css = stylesheet(site, &dir.join("css/site.css"), &mut problems);
    let large_print_css = stylesheet(site, &dir.join("css/large-print.css"), &mut problems);
    if problems.has_errors() {
        return Err(problems);
    }
    let shared_body = sources.iter().any(|(n, _)| n == "publication-body.html");
    Ok(Theme {
        tera,
        shared_body,
        css_name: hashed_name("site", &css),
        css,
        large_print_css_name: hashed_name("large-print", &large_print_css),
        large_print_css,
    })
}

/// `site.3f9a1c2b7d.css`: the name changes whenever the bytes do.
fn hashed_name(stem: &str, css: &str) -> String {
    let hash = Sha256::digest(css.as_bytes());
    let hex: String = hash.iter().take(5).map(|b| format!("{b:02x}")).collect();
    format!("{stem}.{hex}.css")
}

/// Reads and minifies one stylesheet of the theme.
fn stylesheet(site: &Path, css_path: &Path, problems: &mut Diagnostics) -> String {
    match std::fs::read_to_string(css_path) {
        Ok(src) => match minify(&src) {
            Ok(css) => css,
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

fn minify(src: &str) -> Result<String, String> {
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
            ..PrinterOptions::default()
        })
        .map_err(|e| e.to_string())?;
    Ok(out.code)
}
