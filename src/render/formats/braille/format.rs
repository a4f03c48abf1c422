//! The Braille format: each edition's [`Document`] (made from the view, in
//! `edition.rs`) as the job's data; the job puts it into braille pages of
//! the site's size (`braille:` in `site.yaml`, 40 × 25 by default) and
//! writes the PEF master and the BRF made from the same pages. Slow, so
//! cached and made in `serve`'s background.

use super::{brf, pef, Braille, BrailleError, Meta, PageSize};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::language::Language;
use crate::render::edition::Edition;
use crate::render::formats::{Context, Cost, Download, Format, Setup, Work};
use crate::render::reading::{Block, Document, Run};
use crate::scope::EditionId;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::PathBuf;

/// Where an edition's braille files go, relative to the output.
pub fn pef_path(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/{slug}-{lang}.pef")
}

pub fn brf_path(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/{slug}-{lang}.brf")
}

/// The key of a language's braille code in the download labels' `$code`.
pub fn code_key(lang: &str) -> &'static str {
    match lang {
        "en" => "ueb",
        "ur" => "urdu",
        _ => "bharati",
    }
}

/// The Braille format; its tables are compiled by [`Format::load`].
#[derive(Default)]
pub struct BrailleFormat {
    braille: Option<Braille>,
    /// The theme's braille folder, as the author knows it (for errors).
    dir: PathBuf,
    /// Hash of the tables and this code, for the cache.
    key: Vec<u8>,
}

/// A job's data: the document, its page size and its metadata.
#[derive(Serialize, Deserialize)]
struct Data {
    cells: usize,
    lines: usize,
    identifier: String,
    title: String,
    date: String,
    lang: String,
    title_page: Vec<Vec<RunData>>,
    contents_label: Vec<RunData>,
    blocks: Vec<BlockData>,
}

#[derive(Serialize, Deserialize)]
struct RunData(String, String);

#[derive(Serialize, Deserialize)]
enum BlockData {
    Heading(u8, Vec<RunData>),
    Paragraph(Option<String>, Vec<RunData>),
    Item(usize, String, Vec<RunData>),
    Line(Vec<RunData>),
    Blank,
}

fn runs_data(runs: &[Run]) -> Vec<RunData> {
    runs.iter()
        .map(|r| RunData(r.lang.to_string(), r.text.clone()))
        .collect()
}

fn runs_of(data: Vec<RunData>) -> Vec<Run> {
    data.into_iter()
        .map(|RunData(lang, text)| Run::new(Language::find(&lang).map_or("en", |l| l.code), text))
        .collect()
}

impl Data {
    fn document(self) -> Document {
        Document {
            lang: Language::find(&self.lang).map_or("en", |l| l.code),
            title_page: self.title_page.into_iter().map(runs_of).collect(),
            contents_label: runs_of(self.contents_label),
            blocks: self
                .blocks
                .into_iter()
                .map(|b| match b {
                    BlockData::Heading(level, runs) => Block::Heading {
                        level,
                        runs: runs_of(runs),
                    },
                    BlockData::Paragraph(number, runs) => Block::Paragraph {
                        number,
                        runs: runs_of(runs),
                    },
                    BlockData::Item(depth, marker, runs) => Block::Item {
                        depth,
                        marker,
                        runs: runs_of(runs),
                    },
                    BlockData::Line(runs) => Block::Line {
                        runs: runs_of(runs),
                    },
                    BlockData::Blank => Block::Blank,
                })
                .collect(),
        }
    }
}

impl BrailleFormat {
    fn problem(&self, message: String, help: &str) -> Diagnostics {
        Diagnostics::from(Diagnostic::error(&self.dir, message, help))
    }
}

impl Format for BrailleFormat {
    fn name(&self) -> &'static str {
        "braille"
    }

    fn noun(&self) -> &'static str {
        "braille editions"
    }

    fn cost(&self) -> Cost {
        Cost::Background
    }

    fn theme_inputs(&self) -> &'static [&'static str] {
        &["braille"]
    }

    fn statement_key(&self) -> Option<&'static str> {
        Some("braille")
    }

    fn load(&mut self, setup: &Setup) -> Result<(), Diagnostics> {
        let dir = setup.theme_dir().join("braille");
        self.dir = crate::diagnostic::relative(&setup.root, &dir);
        let braille = Braille::load(&dir).map_err(|e| {
            self.problem(
                e.to_string(),
                "the default theme's braille/ folder has every table; copy it into your theme",
            )
        })?;
        let mut key = Sha256::new();
        key.update(env!("CARGO_PKG_VERSION"));
        for source in [
            include_str!("mod.rs"),
            include_str!("format.rs"),
            include_str!("layout.rs"),
            include_str!("tables.rs"),
            include_str!("pef.rs"),
            include_str!("brf.rs"),
        ] {
            key.update(source.as_bytes());
        }
        let mut files: Vec<PathBuf> = walk(&dir);
        files.sort();
        for f in files {
            key.update(f.to_string_lossy().as_bytes());
            key.update(std::fs::read(&f).unwrap_or_default());
        }
        self.key = key.finalize().to_vec();
        self.braille = Some(braille);
        Ok(())
    }

    fn cache_key(&self) -> Option<Vec<u8>> {
        self.braille.as_ref().map(|_| self.key.clone())
    }

    fn threads(&self) -> usize {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }

    fn downloads(&self, lang: &str, slug: &str) -> Vec<Download> {
        let code = vec![("code", code_key(lang).to_string())];
        vec![
            Download {
                path: pef_path(lang, slug),
                label: "download-braille-pef",
                args: code.clone(),
            },
            Download {
                path: brf_path(lang, slug),
                label: "download-braille-brf",
                args: code,
            },
        ]
    }

    fn edition(&self, cx: &Context, edition: &Edition) -> Result<Work, Diagnostics> {
        let lang = edition.lang;
        let tr = cx.site.catalog.translator(lang, None);
        let doc = crate::render::reading::document(edition, &tr, cx.editions.requests());
        let config = &cx.site.content.config;
        let publication = cx
            .site
            .content
            .publications
            .iter()
            .find(|p| p.slug == edition.slug);
        let data = Data {
            cells: config.braille.cells,
            lines: config.braille.lines,
            identifier: format!("{}{}/{}/", config.base_url, lang.code, edition.slug),
            title: edition.view.title.text.clone(),
            // PEF's dc:date is a whole date: one known only to the month
            // is left out rather than made up.
            date: publication
                .and_then(|p| p.date.as_ref())
                .map(|d| d.iso())
                .filter(|iso| iso.len() == 10)
                .unwrap_or_default(),
            lang: lang.code.to_string(),
            title_page: doc.title_page.iter().map(|r| runs_data(r)).collect(),
            contents_label: runs_data(&doc.contents_label),
            blocks: doc
                .blocks
                .iter()
                .map(|b| match b {
                    // Braille centres the main headings and puts every other
                    // at cell 5.
                    Block::Heading { level, runs } => {
                        BlockData::Heading((*level).min(2), runs_data(runs))
                    }
                    Block::Paragraph { number, runs } => {
                        BlockData::Paragraph(number.clone(), runs_data(runs))
                    }
                    Block::Item {
                        depth,
                        marker,
                        runs,
                    } => BlockData::Item(*depth, marker.clone(), runs_data(runs)),
                    Block::Line { runs } => BlockData::Line(runs_data(runs)),
                    Block::Blank => BlockData::Blank,
                })
                .collect(),
        };
        serde_json::to_vec(&data).map(Work::Job).map_err(|e| {
            self.problem(
                format!("the braille data could not be written: {e}"),
                "this is a bug in compact-press: please report it",
            )
        })
    }

    fn make(
        &self,
        edition: &EditionId,
        data: &[u8],
        _used: &[(String, Vec<u8>)],
    ) -> Result<crate::render::formats::MadeFiles, Diagnostics> {
        let (slug, lang) = edition;
        let Some(braille) = &self.braille else {
            return Err(self.problem(
                "the braille tables were used before they were loaded".into(),
                "this is a bug in compact-press: please report it",
            ));
        };
        let data: Data = serde_json::from_slice(data).map_err(|e| {
            self.problem(
                format!("the braille data could not be read: {e}"),
                "this is a bug in compact-press: please report it",
            )
        })?;
        let size = PageSize {
            cols: data.cells,
            rows: data.lines,
        };
        let meta = Meta {
            identifier: data.identifier.clone(),
            title: data.title.clone(),
            language: data.lang.clone(),
            date: data.date.clone(),
            size,
        };
        let pages = braille.pages(&data.document(), size).map_err(|e| {
            let help = match e {
                BrailleError::PageSize { .. } => "set braille: cells: and lines: in content/site.yaml (40 and 25 are usual)",
                _ => "the text named cannot be put into braille: see the message; the tables are in the theme's braille/ folder",
            };
            self.problem(
                format!("the braille edition {} could not be made: {e}", pef_path(lang, slug)),
                help,
            )
        })?;
        Ok(vec![
            (pef_path(lang, slug), pef(&pages, &meta)),
            (brf_path(lang, slug), brf(&pages)),
        ])
    }
}

/// Every file under `dir`.
fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}
