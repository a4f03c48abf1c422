//! One rendering pass over a [`Scope`]: each publication × language it
//! names is translated once (`HtmlRenderer::prepare`), then made into its
//! PDF data, its text edition and its pages. `build` runs a pass over
//! everything, PDFs first so that pages can give their sizes; `serve` runs
//! one per change, pages first and PDFs in the background.

use super::html::{HtmlRenderer, Prepared};
use super::{htaccess, sitemap, text};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::Files;
use crate::scope::Scope;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Download sizes by output path (PDFs and text editions), for the links.
pub type Sizes = BTreeMap<String, u64>;

pub struct Pass<'s> {
    site: &'s Site,
    scope: &'s Scope,
    html: &'s HtmlRenderer<'s>,
    prepared: Vec<Prepared>,
}

/// The HTML renderer for `site`: made once, and shared by every pass over
/// it (it holds each language's theme strings, ready).
pub fn renderer(site: &Site) -> HtmlRenderer<'_> {
    let mut html = HtmlRenderer::new(
        &site.content,
        &site.catalog,
        &site.theme,
        &site.locales.ui_ids(),
    );
    if site.preview {
        html.absolute_root = "/".to_string();
    }
    html
}

impl<'s> Pass<'s> {
    /// Translates the publications the scope needs, once each.
    pub fn new(site: &'s Site, html: &'s HtmlRenderer<'s>, scope: &'s Scope) -> Pass<'s> {
        let prepared = html.prepare(|slug, lang| {
            let edition = (slug.to_string(), lang.to_string());
            scope.editions.contains(&edition) || scope.pdfs.contains(&edition)
        });
        Pass {
            site,
            scope,
            html,
            prepared,
        }
    }

    fn template_error(&self, e: String) -> Diagnostics {
        Diagnostics::from(Diagnostic::error(
            PathBuf::from("themes")
                .join(&self.site.content.config.theme)
                .join("templates"),
            format!("template failed to render: {e}"),
            "fix the template named above; a variable it uses may be misspelt",
        ))
    }

    /// The data of the scope's PDFs: (output path, JSON for Typst).
    pub fn pdf_jobs(&self) -> Result<Vec<(String, Vec<u8>)>, Diagnostics> {
        let wanted = self.prepared.iter().filter(|p| {
            self.scope
                .pdfs
                .contains(&(p.slug.clone(), p.lang.code.to_string()))
        });
        self.html
            .pdf_jobs(wanted)
            .map_err(|e| self.template_error(e))
    }

    /// The scope's text editions, with their sizes added to `sizes`.
    pub fn texts(&self, files: &mut Files, sizes: &mut Sizes) -> usize {
        let renderer = text::TextRenderer::new(
            &self.site.catalog,
            &self.site.content.config.base_url,
            self.html.requests(),
        );
        let editions: Vec<(String, Vec<u8>)> = self
            .prepared
            .par_iter()
            .filter(|p| {
                self.scope
                    .editions
                    .contains(&(p.slug.clone(), p.lang.code.to_string()))
            })
            .map(|p| (text::text_path(p.lang.code, &p.slug), renderer.render(p)))
            .collect();
        let count = editions.len();
        for (path, bytes) in editions {
            sizes.insert(path.clone(), bytes.len() as u64);
            files.insert(PathBuf::from(path), bytes);
        }
        count
    }

    /// The scope's pages, and the files every language shares (CSS,
    /// sitemap, `.htaccess`) if it names them. Counts pages per language
    /// code ("" for the root pages) in `pages`.
    pub fn pages(
        &self,
        sizes: &Sizes,
        files: &mut Files,
        pages: &mut BTreeMap<String, usize>,
    ) -> Result<(), Diagnostics> {
        let rendered = self
            .html
            .render_pages(self.scope, &self.prepared, sizes)
            .map_err(|e| self.template_error(e))?;
        for page in rendered {
            let lang = page
                .path
                .split_once('/')
                .map(|(l, _)| l.to_string())
                .unwrap_or_default();
            *pages.entry(lang).or_default() += 1;
            files.insert(PathBuf::from(page.path), page.html);
        }
        if self.scope.shared {
            let site = self.site;
            let theme = &site.theme;
            files.insert(
                PathBuf::from("assets").join(&theme.css_name),
                theme.css.clone().into_bytes(),
            );
            files.insert(
                PathBuf::from("assets").join(&theme.large_print_css_name),
                theme.large_print_css.clone().into_bytes(),
            );
            for (name, bytes) in &theme.assets {
                files.insert(PathBuf::from("assets").join(name), bytes.clone());
            }
            files.insert(
                PathBuf::from(".htaccess"),
                htaccess::HTACCESS.as_bytes().to_vec(),
            );
            let mut paths = vec![String::new(), "accessibility/".to_string()];
            paths.extend(
                site.content
                    .publications
                    .iter()
                    .map(|p| format!("{}/", p.slug)),
            );
            let config = &site.content.config;
            files.insert(
                PathBuf::from("sitemap.xml"),
                sitemap::render(&config.base_url, &paths, &config.languages).into_bytes(),
            );
        }
        Ok(())
    }
}
