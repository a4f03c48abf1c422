//! The EPUB 3 e-book: every publication × language as one accessible
//! e-book, for readers who prefer an e-book app (Thorium Reader, Apple
//! Books, Google Play Books) or a DAISY player to a web page: it reflows,
//! keeps their place, works offline and carries its own fonts.
//!
//! Its text is the audio edition's [`Script`](super::audio::script): the
//! edition's reading order (as braille and audio have it) cut into one
//! XHTML document per main section ([`text`]), so that when the site makes
//! audio for the publication, the e-book carries the recording's MP3s and
//! media overlays that highlight each sentence as it is read, with the
//! recording's own timing: the EPUB's job uses the audio job, whose files
//! come from the cache, and nothing is spoken twice ([`package`]).
//!
//! Each e-book embeds the theme's Noto fonts for its language and English
//! (Nastaliq for Urdu) and a stylesheet (`themes/<theme>/epub/epub.css`)
//! that sets fonts and structure only, never text size, spacing or
//! colours, so that a reading app's settings apply. It carries EPUB
//! Accessibility 1.1 metadata, and is checked by EPUBCheck and Ace in the
//! tests.

pub mod package;
pub mod text;

use super::archive::Packed;
use super::audio::{self, daisy};
use super::{Context, Cost, Download, Format, Job, MadeFiles, Setup, Work};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::render::edition::Edition;
use crate::render::view::Text;
use crate::scope::EditionId;
use package::{Item, Label, Labels, Meta, ROOT};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The e-book beside the edition's page.
pub fn epub_path(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/{slug}-{lang}.epub")
}

/// The stylesheet in the theme.
const CSS: &str = "epub/epub.css";

/// The EPUB format.
#[derive(Default)]
pub struct Epub {
    /// The theme's stylesheet.
    css: String,
    /// The theme's fonts, by family: (file name, weight), and the files
    /// compressed once, to be copied into every e-book as they are.
    fonts: BTreeMap<String, (Vec<(String, u16)>, Packed)>,
    key: Option<Vec<u8>>,
}

/// A job's data.
#[derive(Serialize, Deserialize)]
struct Data {
    /// The text and metadata, as the audio edition has them.
    book: audio::Data,
    labels: Labels,
}

fn bug(path: &str, what: String) -> Diagnostics {
    Diagnostics::from(Diagnostic::error(
        path,
        what,
        "this is a bug in compact-press: please report it",
    ))
}

/// The font families an e-book in `lang` embeds: its script's and Latin
/// (English names and fallbacks are in every edition). Text in the other
/// languages (the requests for other formats) is shown in the reading
/// system's own fonts.
fn families(lang: &str) -> &'static [&'static str] {
    super::pdf::engine::families(lang)
}

/// A family's files in the theme: "Noto Sans Bengali" → NotoSansBengali-Regular.ttf.
fn font_files(family: &str) -> [(String, u16); 2] {
    let stem: String = family.split_whitespace().collect();
    [
        (format!("{stem}-Regular.ttf"), 400),
        (format!("{stem}-Bold.ttf"), 700),
    ]
}

impl Format for Epub {
    fn name(&self) -> &'static str {
        "epub"
    }

    fn noun(&self) -> &'static str {
        "EPUB e-books"
    }

    fn statement_key(&self) -> Option<&'static str> {
        Some("epub")
    }

    fn cost(&self) -> Cost {
        Cost::Background
    }

    fn theme_inputs(&self) -> &'static [&'static str] {
        &["epub", "fonts"]
    }

    fn load(&mut self, setup: &Setup) -> Result<(), Diagnostics> {
        let dir = setup.theme_dir();
        let mut problems = Diagnostics::default();
        let css_path = dir.join(CSS);
        match std::fs::read_to_string(&css_path) {
            Ok(css) => self.css = css,
            Err(e) => problems.push(Diagnostic::error(
                &css_path,
                format!("the e-books' stylesheet could not be read: {e}"),
                "the theme needs epub/epub.css for EPUB e-books; copy it from the default theme, or take `epub` out of `formats:` in content/site.yaml",
            )),
        }
        let mut key = Sha256::new();
        key.update(env!("CARGO_PKG_VERSION"));
        for source in [
            include_str!("mod.rs"),
            include_str!("text.rs"),
            include_str!("package.rs"),
        ] {
            key.update(source.as_bytes());
        }
        key.update(self.css.as_bytes());
        let mut families: Vec<&str> = setup
            .languages
            .iter()
            .flat_map(|l| self::families(l).iter().copied())
            .collect();
        families.sort_unstable();
        families.dedup();
        for family in families {
            let mut files = Vec::new();
            let mut contents = Vec::new();
            for (file, weight) in font_files(family) {
                let path = dir.join("fonts").join(&file);
                match std::fs::read(&path) {
                    Ok(bytes) => {
                        key.update(file.as_bytes());
                        key.update(Sha256::digest(&bytes));
                        files.push((file.clone(), weight));
                        contents.push((file, bytes));
                    }
                    Err(e) => problems.push(Diagnostic::error(
                        &path,
                        format!("the e-books' font {family} could not be read: {e}"),
                        "the theme's fonts/ folder needs the Noto fonts of every language of the site; the default theme has them",
                    )),
                }
            }
            let entries: Vec<(String, &[u8])> = contents
                .iter()
                .map(|(f, b)| (f.clone(), b.as_slice()))
                .collect();
            match Packed::new(&entries) {
                Ok(packed) => {
                    self.fonts.insert(family.to_string(), (files, packed));
                }
                Err(e) => problems.push(Diagnostic::error(
                    dir.join("fonts"),
                    format!("the e-books' font {family} could not be compressed: {e}"),
                    "this is a bug in compact-press: please report it",
                )),
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        self.key = Some(key.finalize().to_vec());
        Ok(())
    }

    fn cache_key(&self) -> Option<Vec<u8>> {
        self.key.clone()
    }

    fn threads(&self) -> usize {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }

    fn downloads(&self, lang: &str, slug: &str) -> Vec<Download> {
        vec![Download {
            path: epub_path(lang, slug),
            label: "download-epub",
            args: Vec::new(),
        }]
    }

    fn edition(&self, cx: &Context, edition: &Edition) -> Result<Work, Diagnostics> {
        let lang = edition.lang;
        let tr = cx.site.catalog.translator(lang, None);
        let book = audio::prepare(cx, edition);
        let label = |id: &str| {
            let t = Text::new(tr.ui(id), lang);
            Label {
                text: t.text,
                lang: t.lang.to_string(),
            }
        };
        let path = epub_path(lang.code, &edition.slug);
        // The recording, when the site makes one of this publication: the
        // audio job of the same data, which the audio format makes too.
        let recording = match cx.formats.get("audio") {
            Some(a) if cx.site.content.config.makes(a.name(), &edition.slug) => Some(Job {
                format: a.name(),
                edition: edition.id(),
                data: audio::job_data(&book, &path)?,
                uses: None,
            }),
            _ => None,
        };
        let mut summary = label("epub-summary");
        if recording.is_some() {
            let more = label("epub-summary-audio");
            if more.lang == summary.lang {
                summary.text = format!("{} {}", summary.text, more.text);
            }
        }
        let title = &edition.view.title;
        let labels = Labels {
            title: Label {
                text: title.text.clone(),
                lang: title.lang.to_string(),
            },
            contents: label("nav-contents"),
            title_page: label("epub-title-page"),
            guide: label("epub-guide"),
            start: label("epub-start"),
            summary,
        };
        let data = serde_json::to_vec(&Data { book, labels }).map_err(|e| {
            bug(
                &path,
                format!("the e-book's data could not be written: {e}"),
            )
        })?;
        Ok(match recording {
            Some(job) => Work::JobUsing(data, job),
            None => Work::Job(data),
        })
    }

    fn make(
        &self,
        edition: &EditionId,
        data: &[u8],
        used: &[(String, Vec<u8>)],
    ) -> Result<MadeFiles, Diagnostics> {
        let (slug, lang) = edition;
        let path = epub_path(lang, slug);
        let data: Data = serde_json::from_slice(data)
            .map_err(|e| bug(&path, format!("the e-book's data could not be read: {e}")))?;
        let meta = &Meta {
            book: &data.book.meta,
            labels: &data.labels,
        };
        let pages = text::pages(&data.book.script, lang, &meta.book.title);

        // The recording's clips, by sentence, and its MP3s, by name.
        let mut clips: BTreeMap<usize, daisy::Clip> = BTreeMap::new();
        let mut mp3s: BTreeMap<&str, &[u8]> = BTreeMap::new();
        for (p, bytes) in used {
            let Some(name) = p.rsplit('/').next() else {
                continue;
            };
            if name.ends_with(".smil") {
                for c in daisy::clips(&String::from_utf8_lossy(bytes)) {
                    clips.insert(c.n, c);
                }
            } else if name.ends_with(".mp3") {
                mp3s.insert(name, bytes);
            }
        }
        if !used.is_empty() {
            let sentences: usize = data
                .book
                .script
                .tracks
                .iter()
                .flat_map(|t| &t.blocks)
                .map(|b| b.sentences.len())
                .sum();
            if clips.len() != sentences {
                return Err(bug(
                    &path,
                    format!(
                        "the recording has {} clips for the text's {sentences} sentences",
                        clips.len()
                    ),
                ));
            }
        }

        // Made here, or borrowed from the recording (its MP3s).
        let mut files: Vec<(String, Cow<[u8]>)> = Vec::new();
        let mut others = Vec::new();
        let mut overlays = Vec::new();
        for page in &pages {
            let audio = format!("{}.mp3", page.name);
            let Some(mp3) = mp3s.get(audio.as_str()) else {
                continue;
            };
            let clip = |n| {
                clips
                    .get(&n)
                    .filter(|c| c.audio == audio)
                    .map(|c| package::Clip {
                        begin_ms: c.begin_ms,
                        end_ms: c.end_ms,
                    })
            };
            if let Some((smil, ms)) = package::overlay(page, &audio, clip) {
                files.push((
                    format!("overlays/{}.smil", page.name),
                    smil.into_bytes().into(),
                ));
                files.push((format!("audio/{audio}"), Cow::Borrowed(*mp3)));
                others.push(Item {
                    id: format!("a{}", page.name),
                    href: format!("audio/{audio}"),
                    media_type: "audio/mpeg",
                });
                overlays.push((page.name.clone(), ms));
            }
        }

        let css = self.stylesheet(lang);
        others.push(Item {
            id: "css".into(),
            href: "css/epub.css".into(),
            media_type: "text/css",
        });
        files.push(("css/epub.css".into(), css.into_bytes().into()));
        let fonts: Vec<&(Vec<(String, u16)>, Packed)> = families(lang)
            .iter()
            .filter_map(|f| self.fonts.get(*f))
            .collect();
        for (file, _) in fonts.iter().flat_map(|f| &f.0) {
            others.push(Item {
                id: format!("font-{}", file.trim_end_matches(".ttf")),
                href: format!("fonts/{file}"),
                media_type: "font/ttf",
            });
        }
        for page in &pages {
            files.push((
                format!("text/{}.xhtml", page.name),
                package::xhtml(meta, page).into_bytes().into(),
            ));
        }
        files.push((
            "nav.xhtml".into(),
            package::nav(meta, &pages).into_bytes().into(),
        ));
        files.push((
            "package.opf".into(),
            package::opf(meta, &pages, &overlays, &others)
                .into_bytes()
                .into(),
        ));
        files.sort_by(|a, b| a.0.cmp(&b.0));

        // The OCF container: `mimetype` first and stored, then the rest.
        let container = package::container();
        let mut entries: Vec<(String, &[u8])> = vec![
            ("mimetype".into(), b"application/epub+zip"),
            ("META-INF/container.xml".into(), container.as_bytes()),
        ];
        entries.extend(
            files
                .iter()
                .map(|(p, b)| (format!("{ROOT}/{p}"), b.as_ref())),
        );
        let font_dir = format!("{ROOT}/fonts/");
        let packed: Vec<(&Packed, &str)> =
            fonts.iter().map(|f| (&f.1, font_dir.as_str())).collect();
        let zip = super::archive::zip(
            &entries,
            |name| name == "mimetype" || name.ends_with(".mp3"),
            &packed,
        )
        .map_err(|e| bug(&path, format!("the e-book's ZIP could not be written: {e}")))?;
        Ok(vec![(path, zip)])
    }
}

impl Epub {
    /// The theme's stylesheet after the `@font-face` rules of the fonts an
    /// e-book in `lang` embeds.
    fn stylesheet(&self, lang: &str) -> String {
        let mut css =
            String::from("/* The fonts this e-book carries (SIL Open Font License 1.1). */\n");
        for family in families(lang) {
            let files = self.fonts.get(*family).map(|f| f.0.as_slice());
            for (file, weight) in files.into_iter().flatten() {
                css.push_str(&format!(
                    "@font-face {{\n  font-family: \"{family}\";\n  src: url(\"../fonts/{file}\") format(\"truetype\");\n  font-weight: {weight};\n  font-style: normal;\n}}\n"
                ));
            }
        }
        css.push('\n');
        css.push_str(&self.css);
        css
    }
}
