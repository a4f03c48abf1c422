//! The large-print PDF renderer: Typst embedded as a library.
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

/// A face of one of the `needed` families that its style bits call bold
/// (the bold bit of OS/2 `fsSelection`) is given the weight of bold, 700,
/// whatever weight class it states.
///
/// Typst tells faces apart by weight class alone, and Noto Nastaliq Urdu
/// Bold states 400, as its regular does: the two faces looked the same, so
/// `weight: "bold"` always found the regular one first and Urdu headings
/// and bold text were set in the regular face. Only faces of the needed
/// families stating less than semibold are read again, a handful of files.
fn bold_by_its_style(
    (path, mut info): (typst_kit::fonts::FontPath, typst::text::FontInfo),
    needed: &[&str],
) -> (typst_kit::fonts::FontPath, typst::text::FontInfo) {
    use typst::text::FontWeight;
    let wanted = needed.iter().any(|f| f.eq_ignore_ascii_case(&info.family));
    if wanted && info.variant.weight < FontWeight::SEMIBOLD {
        let data = std::fs::read(&path.path).unwrap_or_default();
        if style_says_bold(&data, path.index) == Some(true) {
            info.variant.weight = FontWeight::BOLD;
        }
    }
    (path, info)
}

/// Whether face `index` of an OpenType file or collection sets the bold
/// bit (5) of its OS/2 table's `fsSelection`; `None` when it has no such
/// table or the file is not OpenType.
fn style_says_bold(data: &[u8], index: u32) -> Option<bool> {
    let u16_at = |at: usize| Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?));
    // A collection lists where each face's table directory starts.
    let start = if data.get(0..4)? == b"ttcf" {
        u32_at(12 + 4 * index as usize)? as usize
    } else {
        0
    };
    let tables = u16_at(start + 4)? as usize;
    (0..tables)
        .map(|i| start + 12 + 16 * i)
        .find(|&record| data.get(record..record + 4) == Some(b"OS/2"))
        .and_then(|record| u32_at(record + 8))
        .and_then(|os2| u16_at(os2 as usize + 62))
        .map(|fs_selection| fs_selection & (1 << 5) != 0)
}

/// Fonts and template, loaded once and shared by every PDF of a build.
pub struct PdfEngine {
    library: LazyHash<Library>,
    fonts: Arc<FontStore>,
    template: Source,
    main: FileId,
    data: FileId,
    /// Where finished PDFs are kept, by a hash of everything that makes them.
    cache: PathBuf,
    /// Hash of the Typst version, this exporter, the template and the installed fonts: the
    /// inputs every PDF shares.
    shared_key: Vec<u8>,
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

/// What [`PdfEngine::typeset`] made.
#[derive(Default)]
pub struct Typeset {
    pub files: crate::output::Files,
    pub sizes: std::collections::BTreeMap<String, u64>,
    /// How many were unchanged and taken from the cache.
    pub cached: usize,
    /// Time spent typesetting, added up over the documents.
    pub time: std::time::Duration,
    pub problems: Diagnostics,
}

/// Whether a PDF was compiled or taken from the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Typeset, taking this long.
    Compiled(std::time::Duration),
    Cached,
}

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

        let mut store = FontStore::new();
        let own = dir.join("fonts");
        if own.is_dir() {
            store.extend(typst_kit::fonts::scan(&own).map(|f| bold_by_its_style(f, &needed)));
        }
        store.extend(typst_kit::fonts::system().map(|f| bold_by_its_style(f, &needed)));

        let mut problems = Diagnostics::default();
        let book = store.book();
        for family in needed {
            if book.select_family(&family.to_lowercase()).next().is_none() {
                problems.push(Diagnostic::error(
                    &shown,
                    format!("the font family \"{family}\" is not installed, so large-print PDFs cannot be made"),
                    format!("install it (Debian: apt-get install fonts-noto-core) or put its .ttf files in themes/{theme}/fonts/"),
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
        key.update(include_str!("pdf.rs"));
        key.update(include_str!("pdf_clusters.rs"));
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
            cache: site.join(".compact-press/cache/pdf"),
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

    /// The PDF for `data`: from the cache when nothing that makes it has
    /// changed, otherwise compiled and kept. A cache that cannot be written
    /// only costs time.
    pub fn render_cached(&self, data: Vec<u8>) -> Result<(Vec<u8>, Origin), String> {
        let mut key = Sha256::new();
        key.update(&self.shared_key);
        key.update(&data);
        let name: String = key.finalize().iter().map(|b| format!("{b:02x}")).collect();
        let path = self.cache.join(format!("{name}.pdf"));
        if let Ok(bytes) = std::fs::read(&path) {
            return Ok((bytes, Origin::Cached));
        }
        let (bytes, took) = {
            let _slot = self.slot();
            let start = std::time::Instant::now();
            let bytes = self.pool.install(|| self.render(data))?;
            (bytes, start.elapsed())
        };
        if std::fs::create_dir_all(&self.cache).is_ok() {
            // Write then rename, so a reader never sees half a PDF.
            let tmp = path.with_extension(format!("tmp{}", std::process::id()));
            if std::fs::write(&tmp, &bytes).is_ok() {
                let _ = std::fs::rename(&tmp, &path);
            }
        }
        Ok((bytes, Origin::Compiled(took)))
    }

    /// Typesets every job (output path, data) in parallel, one document per
    /// core since Typst is single-threaded per document. Finished PDFs are
    /// in `files`, their sizes in `sizes`; a PDF that cannot be made is a
    /// problem naming it.
    ///
    /// May be called from many threads at once (a build typesets each
    /// publication's PDFs as it comes to it): the documents share the PDF
    /// threads. The caller's thread only waits.
    pub fn typeset(&self, jobs: Vec<(String, Vec<u8>)>) -> Typeset {
        type Made = (String, Result<(Vec<u8>, Origin), String>);
        let waiting = jobs.len().min(self.threads);
        let queue = Mutex::new(jobs.into_iter());
        let made: Mutex<Vec<Made>> = Mutex::new(Vec::new());
        // Plain threads hand the documents to the pool: a pool thread
        // would take on other work while it waits (see `busy`).
        std::thread::scope(|s| {
            for _ in 0..waiting {
                s.spawn(|| loop {
                    let job = queue.lock().unwrap_or_else(|e| e.into_inner()).next();
                    let Some((path, data)) = job else { break };
                    let result = self.render_cached(data);
                    made.lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push((path, result));
                });
            }
        });
        let mut made = made.into_inner().unwrap_or_else(|e| e.into_inner());
        made.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out = Typeset::default();
        for (path, result) in made {
            match result {
                Ok((bytes, origin)) => {
                    match origin {
                        Origin::Cached => out.cached += 1,
                        Origin::Compiled(took) => out.time += took,
                    }
                    out.sizes.insert(path.clone(), bytes.len() as u64);
                    out.files.insert(PathBuf::from(path), bytes);
                }
                Err(e) => out.problems.push(Diagnostic::error(
                    PathBuf::from(&path),
                    format!("the large-print PDF could not be made: {e}"),
                    "this is a problem in the theme's typst/large-print.typ or in the text named; the PDF/UA rules are listed at https://typst.app/docs/reference/pdf/",
                )),
            }
        }
        out
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
        let rejoined = super::pdf_clusters::rejoin(&document);
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
