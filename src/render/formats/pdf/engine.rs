//! The Typst engine of the large-print PDFs: Typst embedded as a library.
//!
//! A [`PdfEngine`] is made once per build: it finds fonts (the theme's
//! `fonts/` folder first, then the system's), checks that every script has
//! its family, and parses the template. Each PDF is then compiled from the
//! template and one virtual file, `data.json`, holding the publication as
//! data, and exported as PDF/UA-1 (tagged, with every font embedded).

use crate::diagnostic::{Diagnostic, Diagnostics};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Part of every cache key: a new Typst may typeset differently.
const TYPST_VERSION: &str = "typst-0.15";
use std::sync::{Arc, Condvar, Mutex};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;

/// Font families a large-print PDF may need, by language.
pub fn families(lang: &str) -> &'static [&'static str] {
    match lang {
        "bn" => &["Noto Sans Bengali", "Noto Sans"],
        "pa" => &["Noto Sans Gurmukhi", "Noto Sans"],
        "hi" => &["Noto Sans Devanagari", "Noto Sans"],
        "gu" => &["Noto Sans Gujarati", "Noto Sans"],
        // Nastaliq is how Urdu readers expect to see Urdu; Naskh is only a
        // fallback for letters the Nastaliq font lacks.
        "ur" => &["Noto Nastaliq Urdu", "Noto Naskh Arabic", "Noto Sans"],
        _ => &["Noto Sans"],
    }
}

/// The fonts PDFs are typeset with: the theme's own `fonts/` folder, and
/// the computer's fonts only when the theme lacks a family in `needed`.
///
/// A theme that ships every family it needs (the default theme does) makes
/// the same PDFs on every machine, whatever is installed, and skips
/// scanning the system's fonts, which was most of a cold build's memory.
pub fn font_store(own: &Path, needed: &[&str]) -> FontStore {
    let mut store = FontStore::new();
    if own.is_dir() {
        store.extend(typst_kit::fonts::scan(own));
    }
    let book = store.book();
    let complete = needed
        .iter()
        .all(|f| book.select_family(&f.to_lowercase()).next().is_some());
    if !complete {
        store.extend(typst_kit::fonts::system());
    }
    store
}

/// Fonts and template, loaded once and shared by every PDF of a build.
pub struct PdfEngine {
    library: LazyHash<Library>,
    fonts: Arc<FontStore>,
    template: Source,
    main: FileId,
    data: FileId,
    /// Hash of the Typst version, this exporter, the template and the
    /// installed fonts: the inputs every PDF shares, for the cache.
    pub shared_key: Vec<u8>,
    /// The template, as the author knows it (for errors).
    pub template_path: PathBuf,
    /// The threads PDFs are typeset on, with Typst's and the PDF writer's
    /// own parallel work. Their stacks are large: Typst lays out long
    /// documents by deep recursion, which overflows the usual 2 MB. (Only
    /// the stack a document uses is ever touched, so this costs address
    /// space, not memory.)
    pool: rayon::ThreadPool,
    /// How many documents are being typeset, at most one per thread.
    ///
    /// A pool thread that waits inside the PDF writer for its parallel work
    /// takes on any job queued in the pool meanwhile — another whole
    /// document, laid out on top of the first on the same stack, then
    /// another. Each holds its document in memory until the one below it
    /// resumes: 1.2 GB after 120 PDFs. So a document enters the pool only
    /// when a thread is free for it, and a thread never holds more than
    /// its own and perhaps one other.
    busy: (Mutex<usize>, Condvar),
    threads: usize,
}

/// Stack size of a PDF thread.
const PDF_STACK: usize = 256 << 20;

/// How many documents ago Typst's memoised work may last have been used and
/// still be kept (see [`PdfEngine::render`]).
const EVICT_AFTER: usize = 2;

fn file_id(path: &str) -> FileId {
    FileId::new(RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("a fixed, valid path"),
    ))
}

impl PdfEngine {
    /// Loads fonts and the template of `theme`, checking that every family
    /// the site's `languages` need is installed.
    /// Finds the fonts for `languages` and reads `theme`'s template, to
    /// typeset on `threads` threads.
    pub fn new(
        site: &Path,
        theme: &str,
        languages: &[String],
        threads: usize,
    ) -> Result<PdfEngine, Diagnostics> {
        let dir = site.join("themes").join(theme);
        let template_path = dir.join("typst/large-print.typ");
        let shown = crate::diagnostic::relative(site, &template_path);
        let template = std::fs::read_to_string(&template_path).map_err(|e| {
            Diagnostic::error(
                &shown,
                format!("cannot read the large-print template: {e}"),
                "the theme needs typst/large-print.typ",
            )
        })?;

        let mut needed: Vec<&str> = languages
            .iter()
            .flat_map(|l| families(l).iter().copied())
            .collect();
        needed.sort_unstable();
        needed.dedup();
        let store = font_store(&dir.join("fonts"), &needed);
        let mut problems = Diagnostics::default();
        let book = store.book();
        for family in needed {
            if book.select_family(&family.to_lowercase()).next().is_none() {
                problems.push(Diagnostic::error(
                    &shown,
                    format!("the font family \"{family}\" is not installed, so large-print PDFs cannot be made"),
                    format!("put its .ttf files (Regular and Bold) in themes/{theme}/fonts/, or install it on this computer (Debian: apt-get install fonts-noto-core)"),
                ));
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        let main = file_id("/large-print.typ");
        let mut key = Sha256::new();
        key.update(env!("CARGO_PKG_VERSION"));
        key.update(TYPST_VERSION);
        // The code between layout and export is part of what makes a PDF:
        // a change to it must remake cached PDFs without a version bump.
        key.update(include_str!("engine.rs"));
        key.update(include_str!("clusters.rs"));
        key.update(template.as_bytes());
        for (family, faces) in book.families() {
            key.update(family.as_bytes());
            for face in faces.filter_map(|i| book.info(i)) {
                key.update(format!("{:?}{:?}", face.variant, face.flags));
            }
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .stack_size(PDF_STACK)
            .thread_name(|i| format!("pdf-{i}"))
            .build()
            .map_err(|e| {
                Diagnostic::error(
                    &shown,
                    format!("cannot start the threads that typeset PDFs: {e}"),
                    "the computer may be short of memory or allowed threads",
                )
            })?;
        Ok(PdfEngine {
            template_path: shown.clone(),
            shared_key: key.finalize().to_vec(),
            library: LazyHash::new(Library::builder().build()),
            fonts: Arc::new(store),
            template: Source::new(main, template),
            main,
            data: file_id("/data.json"),
            pool,
            busy: (Mutex::new(0), Condvar::new()),
            threads: threads.max(1),
        })
    }

    /// How many documents it typesets at once.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Waits for a free thread, which is the caller's until the guard goes.
    fn slot(&self) -> Slot<'_> {
        let (count, freed) = &self.busy;
        let mut busy = count.lock().unwrap_or_else(|e| e.into_inner());
        while *busy >= self.threads {
            busy = freed.wait(busy).unwrap_or_else(|e| e.into_inner());
        }
        *busy += 1;
        Slot(self)
    }

    /// Typesets one PDF from its data on the engine's threads, waiting for
    /// one to be free. May be called from many threads at once.
    pub fn typeset(&self, data: Vec<u8>) -> Result<Vec<u8>, String> {
        let _slot = self.slot();
        self.pool.install(|| self.render(data))
    }

    /// Compiles one PDF from its data. Errors name what Typst refused.
    pub fn render(&self, data: Vec<u8>) -> Result<Vec<u8>, String> {
        let world = PdfWorld {
            engine: self,
            data: Bytes::new(data),
        };
        let made = self.compile(&world);
        // Typst memoises its work in one cache for the whole process, which
        // otherwise keeps something of every document it ever made. What
        // the next documents reuse (the template, fonts) was used within
        // the last few, so stays; keeping more gained no speed and cost
        // 270 MB over 120 PDFs.
        typst::comemo::evict(EVICT_AFTER);
        made
    }

    fn compile(&self, world: &PdfWorld) -> Result<Vec<u8>, String> {
        let document: PagedDocument = typst::compile(world)
            .output
            .map_err(|errors| self.describe(world, &errors))?;
        let rejoined = super::clusters::rejoin(&document);
        let document = rejoined.as_ref().unwrap_or(&document);
        let options = typst_pdf::PdfOptions {
            // A stable identifier keeps the PDF byte-identical between builds.
            ident: typst::foundations::Smart::Custom("compact-press".into()),
            standards: typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
                .map_err(|e| e.message().to_string())?,
            ..typst_pdf::PdfOptions::default()
        };
        typst_pdf::pdf(document, &options).map_err(|errors| self.describe(world, &errors))
    }

    /// Typst's errors in words, with the template's line and column where
    /// the error is in the template.
    fn describe(&self, world: &PdfWorld, errors: &[typst::diag::SourceDiagnostic]) -> String {
        use typst::WorldExt;
        errors
            .iter()
            .map(|e| {
                let mut out = String::new();
                if e.span.id() == Some(self.main) {
                    if let Some(range) = world.range(e.span) {
                        let (line, column) =
                            crate::diagnostic::line_column(self.template.text(), range.start);
                        out.push_str(&format!("large-print.typ:{line}:{column}: "));
                    }
                }
                out.push_str(&e.message);
                let hints: Vec<&str> = e.hints.iter().map(|h| h.v.as_str()).collect();
                if !hints.is_empty() {
                    out.push_str(&format!(" ({})", hints.join("; ")));
                }
                out
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A thread of the [`PdfEngine`] taken for one document.
struct Slot<'a>(&'a PdfEngine);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let (count, freed) = &self.0.busy;
        *count.lock().unwrap_or_else(|e| e.into_inner()) -= 1;
        freed.notify_one();
    }
}

/// What one compilation sees: the template and its data, nothing else. No
/// file system, no packages, no clock: same data, same bytes.
struct PdfWorld<'a> {
    engine: &'a PdfEngine,
    data: Bytes,
}

impl World for PdfWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.engine.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.engine.fonts.book()
    }

    fn main(&self) -> FileId {
        self.engine.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.engine.main {
            Ok(self.engine.template.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.engine.data {
            Ok(self.data.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.engine.fonts.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}
