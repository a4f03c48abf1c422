//! The large-print PDF format: each edition as data for the theme's Typst
//! template (`typst/large-print.typ`), typeset by the [`engine`] into a
//! tagged A4 PDF/UA-1 with every font embedded. Slow, so cached and made in
//! `serve`'s background.

pub mod clusters;
pub mod engine;

use super::{Context, Cost, Download, Format, Setup, Work};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::render::edition::Edition;
use crate::render::view::{ContactView, PublicationView, Text};
use crate::scope::EditionId;
use engine::PdfEngine;
use serde::Serialize;
use std::collections::BTreeMap;

pub use engine::families;

/// Where a publication's large-print PDF goes, relative to the output.
pub fn pdf_path(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/{slug}-{lang}-large-print.pdf")
}

/// The large-print PDF format; its engine is loaded with [`Format::load`].
#[derive(Default)]
pub struct Pdf {
    engine: Option<PdfEngine>,
}

impl Pdf {
    fn engine(&self) -> Result<&PdfEngine, Diagnostics> {
        self.engine.as_ref().ok_or_else(|| {
            Diagnostics::from(Diagnostic::error(
                "themes",
                "the PDF engine was used before it was loaded",
                "this is a bug in compact-press: please report it",
            ))
        })
    }
}

/// The typeset data one large-print PDF is made from.
#[derive(Serialize)]
struct PdfData<'v> {
    lang: &'static str,
    rtl: bool,
    body_size: f64,
    /// Gap between lines, in em: wider for Indic scripts, widest for Nastaliq.
    leading: f64,
    /// How much larger headings are than in other scripts. 1 in every
    /// language: Urdu headings were a fifth larger while Nastaliq's bold
    /// was lost (its font said it was regular), and once bold worked they
    /// towered over the page.
    heading_scale: f64,
    fonts: &'static [&'static str],
    latin_fonts: &'static [&'static str],
    /// Font families by language code, for lines in other languages.
    script_fonts: BTreeMap<&'static str, &'static [&'static str]>,
    publisher_name: String,
    publisher: &'v ContactView,
    strings: &'v BTreeMap<String, Text>,
    requests: Vec<PdfRequest>,
    publication: &'v PublicationView,
    /// What the page says about its translation, said in the PDF too.
    notices: &'v [Text],
    /// The digits 0–9 of the language's numbering, for page numbers.
    digits: [char; 10],
}

#[derive(Serialize)]
struct PdfRequest {
    code: &'static str,
    dir: &'static str,
    fonts: &'static [&'static str],
    text: String,
}

/// The data of one edition's large-print PDF, as JSON for Typst.
pub fn data(cx: &Context, edition: &Edition) -> Result<Vec<u8>, Diagnostics> {
    let Edition {
        lang,
        view,
        shared,
        notices,
        ..
    } = edition;
    let lang = *lang;
    let config = &cx.site.content.config;
    let publisher = &config.publisher;
    let languages = &cx.editions.languages;
    let data = PdfData {
        lang: lang.code,
        rtl: lang.rtl,
        body_size: config.large_print.body_size,
        leading: match lang.code {
            "en" => 0.8,
            "ur" => 1.6,
            _ => 1.0,
        },
        heading_scale: 1.0,
        fonts: families(lang.code),
        latin_fonts: families("en"),
        script_fonts: languages
            .iter()
            .map(|l| (l.code, families(l.code)))
            .collect(),
        publisher_name: publisher
            .organisation
            .clone()
            .or_else(|| publisher.person.clone())
            .unwrap_or_default(),
        publisher: &shared.publisher,
        strings: &shared.ui,
        requests: languages
            .iter()
            .zip(cx.editions.requests())
            .map(|(l, r)| PdfRequest {
                code: l.code,
                dir: l.dir(),
                fonts: families(l.code),
                text: r.text.clone(),
            })
            .collect(),
        publication: view,
        notices,
        digits: config.numbering(lang).digits(),
    };
    serde_json::to_vec(&data).map_err(|e| {
        Diagnostics::from(Diagnostic::error(
            pdf_path(lang.code, &edition.slug),
            format!("the data of the large-print PDF could not be written: {e}"),
            "this is a bug in compact-press: please report it",
        ))
    })
}

impl Format for Pdf {
    fn name(&self) -> &'static str {
        "pdf"
    }

    fn noun(&self) -> &'static str {
        "large-print PDFs"
    }

    fn cost(&self) -> Cost {
        Cost::Background
    }

    fn theme_inputs(&self) -> &'static [&'static str] {
        &["typst", "fonts"]
    }

    fn load(&mut self, setup: &Setup) -> Result<(), Diagnostics> {
        self.engine = Some(PdfEngine::new(
            &setup.root,
            &setup.theme,
            &setup.languages,
            setup.threads,
        )?);
        Ok(())
    }

    fn cache_key(&self) -> Option<Vec<u8>> {
        self.engine.as_ref().map(|e| e.shared_key.clone())
    }

    fn threads(&self) -> usize {
        self.engine.as_ref().map_or(1, |e| e.threads())
    }

    fn statement_key(&self) -> Option<&'static str> {
        Some("large-print-pdf")
    }

    fn downloads(&self, lang: &str, slug: &str) -> Vec<Download> {
        vec![Download {
            path: pdf_path(lang, slug),
            label: "download-large-print-pdf",
            args: Vec::new(),
        }]
    }

    fn edition(&self, cx: &Context, edition: &Edition) -> Result<Work, Diagnostics> {
        Ok(Work::Job(data(cx, edition)?))
    }

    fn make(
        &self,
        edition: &EditionId,
        data: &[u8],
        _used: &[(String, Vec<u8>)],
    ) -> Result<crate::render::formats::MadeFiles, Diagnostics> {
        let engine = self.engine()?;
        let (slug, lang) = edition;
        let path = pdf_path(lang, slug);
        engine.typeset(data.to_vec()).map(|pdf| vec![(path, pdf)]).map_err(|e| {
            Diagnostics::from(Diagnostic::error(
                &engine.template_path,
                format!(
                    "the large-print PDF {} could not be made: {e}",
                    pdf_path(lang, slug)
                ),
                "this is a problem in the theme's typst/large-print.typ or in the text named; the PDF/UA rules are listed at https://typst.app/docs/reference/pdf/",
            ))
        })
    }
}
