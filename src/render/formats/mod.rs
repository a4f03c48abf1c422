//! The formats: one folder each, behind one [`Format`] trait, listed once in
//! [`registry`]. Every format renders the same [`Edition`] (a publication
//! translated into one language); `pass.rs` runs the download formats
//! first (each inline, or in `serve`'s background worker, through the
//! content-hash [`cache`](super::cache)) and then the pages, which link to
//! every download with its size.
//!
//! To add a format: a folder here with a type implementing [`Format`], and
//! one line in [`registry`]. Its name is then accepted by `site.yaml`'s
//! `formats:` and by `--formats`, its theme folder is watched by `serve`,
//! its downloads are linked from each page and listed by the accessibility
//! statement, and the build report counts what it made.

pub mod archive;
pub mod audio;
pub mod braille;
pub mod epub;
pub mod html;
pub mod pdf;
pub mod text;

use super::edition::{Edition, Editions};
use super::pass::Sizes;
use crate::diagnostic::Diagnostics;
use crate::scope::{EditionId, Scope};
use crate::site::Site;
use std::path::PathBuf;

/// Every format compact-press can make, in the order their downloads are
/// linked. The pages (`html`) come last: they give the others' sizes.
pub fn registry() -> Vec<Box<dyn Format>> {
    vec![
        Box::new(pdf::Pdf::default()),
        Box::new(text::PlainText),
        Box::new(braille::BrailleFormat::default()),
        Box::new(audio::Audio::default()),
        Box::new(epub::Epub::default()),
        Box::new(html::Pages::default()),
    ]
}

/// The name of the format that makes the pages, which every site has.
pub const PAGES: &str = "html";

/// How long a format takes to make an edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    /// Made with the pages, even in `serve`.
    Inline,
    /// Slow (seconds): made through the cache, and in `serve` by the
    /// background worker after the pages are up.
    Background,
}

/// A file a format offers for each edition, linked from its pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    /// Where it goes, relative to the output.
    pub path: String,
    /// The theme message that labels its link; it is given `$size` and
    /// `$language`, and `args`.
    pub label: &'static str,
    /// Other variables of the label.
    pub args: Vec<(&'static str, String)>,
}

/// Files a format made: (output path, bytes).
pub type MadeFiles = Vec<(String, Vec<u8>)>;

/// How big a made download is, as its link gives it, and how long it
/// plays for (audio).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Size {
    pub bytes: u64,
    pub seconds: Option<u64>,
}

/// Each file's [`Size`]: its length.
pub fn lengths(files: &[(String, Vec<u8>)]) -> Vec<(String, Size)> {
    files
        .iter()
        .map(|(path, bytes)| {
            let size = Size {
                bytes: bytes.len() as u64,
                seconds: None,
            };
            (path.clone(), size)
        })
        .collect()
}

/// What a format's work on one edition gives.
pub enum Work {
    /// The files, made at once: (output path, bytes).
    Files(Vec<(String, Vec<u8>)>),
    /// Data to make the files from later, by [`Format::make`]: slow work,
    /// cached by a hash of this data and done in the background in `serve`.
    /// The data holds everything the files depend on.
    Job(Vec<u8>),
    /// A job whose files are made from another format's files for the same
    /// edition as well as from this data (the EPUB reads the audio
    /// edition's recordings): `uses` is that format's job, done (or found
    /// in the cache) first, and its files are given to [`Format::make`].
    JobUsing(Vec<u8>, Job),
}

/// A job: data to make an edition's downloads from.
#[derive(Debug, Clone)]
pub struct Job {
    pub format: &'static str,
    pub edition: EditionId,
    pub data: Vec<u8>,
    /// Another format's job whose files this one is made from.
    pub uses: Option<Box<Job>>,
}

/// What a format needs to load: owned, so that `serve`'s background worker
/// can load its own copy of a format on its own thread.
#[derive(Debug, Clone, PartialEq)]
pub struct Setup {
    /// The site folder.
    pub root: PathBuf,
    pub theme: String,
    pub languages: Vec<String>,
    /// How many threads a format's slow work may use.
    pub threads: usize,
}

impl Setup {
    pub fn of(site: &Site, threads: usize) -> Setup {
        let config = &site.content.config;
        Setup {
            root: site.root.clone(),
            theme: config.theme.clone(),
            languages: config.languages.clone(),
            threads,
        }
    }

    /// The theme's folder.
    pub fn theme_dir(&self) -> PathBuf {
        self.root.join("themes").join(&self.theme)
    }
}

/// What a format renders with: the site, its editions' shared strings, and
/// the sizes of the downloads made so far (for the pages' links).
pub struct Context<'a> {
    pub site: &'a Site,
    pub editions: &'a Editions<'a>,
    /// The formats made, for the pages' download links.
    pub formats: &'a Formats,
    pub sizes: &'a Sizes,
}

/// One output format.
pub trait Format: Send + Sync {
    /// Its name in `site.yaml`'s `formats:`, in `--formats` and in the cache.
    fn name(&self) -> &'static str;

    /// How the build report counts what it made: "large-print PDFs".
    fn noun(&self) -> &'static str;

    /// Its key in the accessibility statement's list of formats, whose
    /// label is the theme message `a11y-format-<key>`; `None` for a format
    /// the statement does not list.
    fn statement_key(&self) -> Option<&'static str> {
        None
    }

    /// Whether it is made inline or in the background.
    fn cost(&self) -> Cost {
        Cost::Inline
    }

    /// Whether a site that names no `formats:` gets it: true for formats
    /// that need nothing beyond compact-press and its theme.
    fn default_on(&self) -> bool {
        true
    }

    /// The theme folders it reads: a change to one of them makes its files
    /// again (in `serve`), and a change to its code or these invalidates
    /// its cache.
    fn theme_inputs(&self) -> &'static [&'static str] {
        &[]
    }

    /// Reads what it needs before its first edition (fonts, templates,
    /// tables), reporting problems in them as diagnostics naming the file.
    fn load(&mut self, _setup: &Setup) -> Result<(), Diagnostics> {
        Ok(())
    }

    /// A key for the cache: changes whenever the same job data would give
    /// other files (a new version of the format's code or its theme
    /// inputs). `None`: nothing is cached.
    fn cache_key(&self) -> Option<Vec<u8>> {
        None
    }

    /// How many of its jobs may run at once.
    fn threads(&self) -> usize {
        1
    }

    /// Its downloads for an edition, in the order they are linked.
    fn downloads(&self, _lang: &str, _slug: &str) -> Vec<Download> {
        Vec::new()
    }

    /// Its work for one edition.
    fn edition(&self, cx: &Context, edition: &Edition) -> Result<Work, Diagnostics>;

    /// Makes an edition's files from a job's data: (output path, bytes),
    /// every one of [`Format::downloads`] among them, and any files they
    /// refer to (an audio edition's MP3s). `used` are the files of the job
    /// a [`Work::JobUsing`] named, or none. Called on any thread, perhaps
    /// in another process's time than the job was made (`serve`).
    fn make(
        &self,
        _edition: &EditionId,
        _data: &[u8],
        _used: &[(String, Vec<u8>)],
    ) -> Result<MadeFiles, Diagnostics> {
        Ok(Vec::new())
    }

    /// The sizes the links to an edition's files give: by default each
    /// file's length. A format whose download stands for several files
    /// (a playlist for its MP3s) or plays for a time says so here.
    fn sizes(&self, files: &[(String, Vec<u8>)]) -> Vec<(String, Size)> {
        lengths(files)
    }

    /// The files the scope names that belong to no edition (the pages'
    /// home pages, sitemap and CSS).
    fn site_files(&self, _cx: &Context, _scope: &Scope) -> Result<MadeFiles, Diagnostics> {
        Ok(Vec::new())
    }
}

/// The formats a site makes: the registry's, loaded, in its order.
pub struct Formats {
    list: Vec<Box<dyn Format>>,
}

impl Formats {
    /// Loads the formats named in `names` (the pages always).
    pub fn load(names: &[String], setup: &Setup) -> Result<Formats, Diagnostics> {
        Formats::load_only(names, setup, |_| true)
    }

    /// The formats named in `names` (the pages always), loading those
    /// `load` accepts. A format not loaded can still make its jobs' data
    /// ([`Format::edition`]) but not their files ([`Format::make`]).
    pub fn load_only(
        names: &[String],
        setup: &Setup,
        load: impl Fn(&dyn Format) -> bool,
    ) -> Result<Formats, Diagnostics> {
        let mut list = Vec::new();
        let mut problems = Diagnostics::default();
        for mut format in registry() {
            if format.name() != PAGES && !names.iter().any(|n| n == format.name()) {
                continue;
            }
            if !load(format.as_ref()) {
                list.push(format);
                continue;
            }
            match format.load(setup) {
                Ok(()) => list.push(format),
                Err(p) => problems.extend(p),
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Formats { list })
    }

    /// The formats, in the registry's order.
    pub fn iter(&self) -> impl Iterator<Item = &dyn Format> {
        self.list.iter().map(|f| f.as_ref())
    }

    /// The download formats (everything but the pages).
    pub fn downloads(&self) -> impl Iterator<Item = &dyn Format> {
        self.iter().filter(|f| f.name() != PAGES)
    }

    pub fn get(&self, name: &str) -> Option<&dyn Format> {
        self.iter().find(|f| f.name() == name)
    }
}

/// Every format's name, in the registry's order.
pub fn names() -> Vec<&'static str> {
    registry().iter().map(|f| f.name()).collect()
}

/// The names of the formats a site gets when it names none.
pub fn defaults() -> Vec<String> {
    registry()
        .iter()
        .filter(|f| f.default_on())
        .map(|f| f.name().to_string())
        .collect()
}

/// The formats whose theme inputs include `folder` (a folder of the theme).
pub fn reading(folder: &str) -> Vec<&'static str> {
    registry()
        .iter()
        .filter(|f| f.theme_inputs().contains(&folder))
        .map(|f| f.name())
        .collect()
}
