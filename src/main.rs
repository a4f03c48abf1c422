//! The `compact-press` command line.

use clap::{Parser, Subcommand, ValueEnum};
use compact_press::diagnostic::Diagnostics;
use compact_press::{build, i18n};
use std::path::PathBuf;
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "compact-press",
    version,
    about = "Publish compacts as an accessible multilingual static site",
    after_help = "Examples:\n  compact-press build                      build ./ into ./public\n  compact-press build --site my-site --out /var/www/compacts\n  compact-press check                      validate everything, write nothing\n  compact-press check --format json        problems as JSON, for editors and CI\n  compact-press i18n status                how far each translation has got\n  compact-press i18n update bn             bring the Bengali files up to date"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Which formats to make, of those the site offers.
#[derive(clap::Args)]
struct FormatChoice {
    /// Make only these download formats, of those content/site.yaml offers
    /// (comma-separated: pdf, text, …); the web pages are always made, and
    /// link only to what was made
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    formats: Option<Vec<String>>,
    /// Leave out the large-print PDFs (the same as --formats with every
    /// other format)
    #[arg(long, conflicts_with = "formats")]
    no_pdf: bool,
}

impl FormatChoice {
    /// The formats asked for, or why they cannot be.
    fn only(&self) -> Result<Option<Vec<String>>, String> {
        let known = compact_press::render::formats::names();
        if self.no_pdf {
            return Ok(Some(
                known
                    .iter()
                    .filter(|n| **n != "pdf")
                    .map(|n| n.to_string())
                    .collect(),
            ));
        }
        if let Some(names) = &self.formats {
            for n in names {
                if !known.contains(&n.as_str()) {
                    return Err(format!(
                        "unknown format `{n}` in --formats; use some of: {}",
                        known.join(", ")
                    ));
                }
            }
        }
        Ok(self.formats.clone())
    }
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (replaced only if the build succeeds)
    #[command(after_help = "Example:\n  compact-press build --site . --out public")]
    Build {
        /// The site folder (holds content/, locales/ and themes/)
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Where to write the site; defaults to public/ inside the site folder
        #[arg(long)]
        out: Option<PathBuf>,
        #[command(flatten)]
        formats: FormatChoice,
    },
    /// Check content, translations and theme; write nothing
    #[command(after_help = "Example:\n  compact-press check --site . --format json")]
    Check {
        #[arg(long, default_value = ".")]
        site: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Preview the site: build it, serve it on this computer, rebuild what
    /// changes as files are saved and reload the browser
    #[command(
        after_help = "Examples:\n  compact-press serve --open\n  compact-press serve --site my-site --port 8080"
    )]
    Serve {
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// The port to listen on; 0 lets the system choose a free one
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Listen on another address than 127.0.0.1, e.g. 0.0.0.0 to let
        /// other computers on the network see the preview
        #[arg(long)]
        bind: Option<std::net::IpAddr>,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
        #[command(flatten)]
        formats: FormatChoice,
    },
    /// Print the JSON Schema of a publication's YAML (or of site.yaml), for
    /// editors: completion, hover help and red underlines as you type
    #[command(
        after_help = "Examples:\n  compact-press schema                 the schema of content/<slug>.yaml\n  compact-press schema site            the schema of content/site.yaml\n  compact-press schema --write         write schema/publication.json and schema/site.json\n\nThen start each YAML file with a line naming its schema:\n  # yaml-language-server: $schema=../schema/publication.json"
    )]
    Schema {
        /// Which file's schema to print
        #[arg(value_enum, default_value_t = SchemaOf::Publication)]
        which: SchemaOf,
        /// Write both schemas into the site folder's schema/ instead
        #[arg(long)]
        write: bool,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// Tools for developers: generated corpora for benchmarks
    #[command(hide = true)]
    Dev {
        #[command(subcommand)]
        command: DevCommand,
    },
    /// The translators' workflow: extract the English, see what is left to
    /// translate, update a language's files
    I18n {
        #[command(subcommand)]
        command: I18nCommand,
    },
}

#[derive(Subcommand)]
enum I18nCommand {
    /// Write the English .ftl of the site and of every publication
    /// (locales/en/), for translators to copy
    #[command(after_help = "Example:\n  compact-press i18n extract")]
    Extract {
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Overwrite English that was edited by hand in locales/en/
        #[arg(long)]
        force: bool,
    },
    /// How far each language has got: translated, stale, missing and
    /// obsolete messages per file
    #[command(
        after_help = "Examples:\n  compact-press i18n status\n  compact-press i18n status --lang ur --format json"
    )]
    Status {
        #[arg(long, default_value = ".")]
        site: PathBuf,
        /// Only this language
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Bring a language's files up to date with the English: keep every
    /// translation, add what is missing (commented out, in English), mark
    /// what is stale and move what is obsolete to the end
    #[command(after_help = "Example:\n  compact-press i18n update gu")]
    Update {
        /// The language code, as in content/site.yaml (bn, pa, hi, gu, ur)
        lang: String,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// Record that a native speaker has reviewed a language's files, so
    /// pages no longer say the translation is machine-assisted (or, with
    /// --machine-assisted, that they are not yet reviewed)
    #[command(
        after_help = "Examples:\n  compact-press i18n reviewed bn                  every Bengali file\n  compact-press i18n reviewed ur ui learning-compact-launch\n  compact-press i18n reviewed gu --machine-assisted new-compact"
    )]
    Reviewed {
        /// The language code, as in content/site.yaml
        lang: String,
        /// The files, by name without .ftl (ui, site or a publication's
        /// slug); all of the language's files if none is named
        files: Vec<String>,
        /// Record the files as machine-assisted and not yet reviewed
        #[arg(long)]
        machine_assisted: bool,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
    /// Record that stale translations are still right for their new
    /// English, so they are no longer stale (a translation changed since
    /// its English did needs no confirming)
    #[command(
        after_help = "Example:\n  compact-press i18n confirm bn compact-leicestershire--principles--b2-i1"
    )]
    Confirm {
        /// The language code, as in content/site.yaml
        lang: String,
        /// The message ids, as `i18n status` lists them
        #[arg(required = true)]
        ids: Vec<String>,
        #[arg(long, default_value = ".")]
        site: PathBuf,
    },
}

#[derive(Subcommand)]
enum DevCommand {
    /// Write a generated site of N publications in six languages, for
    /// benchmarks (the same N and seed give the same files)
    #[command(
        after_help = "Example:\n  compact-press dev corpus --publications 1000 --out /tmp/corpus"
    )]
    Corpus {
        #[arg(long)]
        publications: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// A new or empty folder
        #[arg(long)]
        out: PathBuf,
        /// The site whose theme and theme strings the corpus uses (by
        /// default the example site's, built into the program)
        #[arg(long)]
        from: Option<PathBuf>,
    },
    /// Write a site as a Hugo site with the same pages, to time Hugo on it
    #[command(
        after_help = "Example:\n  compact-press dev hugo --site /tmp/corpus --out /tmp/corpus-hugo"
    )]
    Hugo {
        #[arg(long, default_value = ".")]
        site: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum SchemaOf {
    /// content/<slug>.yaml
    Publication,
    /// content/site.yaml
    Site,
}

/// Prints a schema, or writes both into `site`/schema/.
fn schema(which: SchemaOf, write: bool, site: &std::path::Path) -> ExitCode {
    use compact_press::content::schema::{to_file, Which};
    if !write {
        print!(
            "{}",
            to_file(match which {
                SchemaOf::Publication => Which::Publication,
                SchemaOf::Site => Which::Site,
            })
        );
        return ExitCode::SUCCESS;
    }
    for w in Which::ALL {
        let path = site.join(w.path());
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, to_file(w)));
        if let Err(e) = written {
            eprintln!("{}: error: cannot write: {e}", path.display());
            eprintln!("  help: check that the site folder can be written to");
            return ExitCode::FAILURE;
        }
        eprintln!("  wrote {}", path.display());
    }
    ExitCode::SUCCESS
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn print_problems(d: &Diagnostics) {
    for p in &d.0 {
        eprintln!("{p}");
    }
}

/// Prints problems and says how the command failed.
fn failed(problems: &Diagnostics, what: &str) -> ExitCode {
    print_problems(problems);
    eprintln!("{what}: {} error(s)", problems.errors().count());
    ExitCode::FAILURE
}

fn i18n(command: I18nCommand) -> ExitCode {
    match command {
        I18nCommand::Extract { site, force } => match i18n::extract::run(&site, force) {
            Ok(files) => {
                let written = files.iter().filter(|f| !f.unchanged).count();
                for f in files.iter().filter(|f| !f.unchanged) {
                    eprintln!("  wrote {}", f.shown.display());
                }
                eprintln!(
                    "extracted the English of {} file(s): {written} written, {} unchanged",
                    files.len(),
                    files.len() - written
                );
                ExitCode::SUCCESS
            }
            Err(p) => failed(&p, "nothing was written"),
        },
        I18nCommand::Status { site, lang, format } => {
            match i18n::status::run(&site, lang.as_deref()) {
                Ok(coverage) => {
                    match format {
                        Format::Json => println!(
                            "{}",
                            serde_json::to_string_pretty(&coverage).unwrap_or_default()
                        ),
                        Format::Text => print!("{}", coverage.table()),
                    }
                    ExitCode::SUCCESS
                }
                Err(p) => failed(&p, "cannot measure the translations"),
            }
        }
        I18nCommand::Update { lang, site } => match i18n::update::run(&site, &lang) {
            Ok(files) => {
                for u in files.files.iter().filter(|u| !u.file.unchanged) {
                    let c = &u.changes;
                    eprintln!(
                        "  wrote {}: {} to translate added, {} newly stale, {} moved to a new id, {} obsolete",
                        u.file.shown.display(),
                        c.added,
                        c.newly_stale,
                        c.moved,
                        c.obsolete,
                    );
                }
                if files.record_written {
                    eprintln!("  wrote {}", i18n::record::path(&lang).display());
                }
                let written = files.files.iter().filter(|u| !u.file.unchanged).count();
                eprintln!(
                    "updated {lang}: {written} file(s) written, {} unchanged; see `compact-press i18n status --lang {lang}`",
                    files.files.len() - written
                );
                ExitCode::SUCCESS
            }
            Err(p) => failed(&p, "nothing was written"),
        },
        I18nCommand::Reviewed {
            lang,
            files,
            machine_assisted,
            site,
        } => {
            let review = if machine_assisted {
                i18n::record::Review::MachineAssisted
            } else {
                i18n::record::Review::Reviewed
            };
            match i18n::review::set_review(&site, &lang, &files, review) {
                Ok(changed) => {
                    for stem in &changed {
                        eprintln!("  locales/{lang}/{stem}.ftl: {}", review.name());
                    }
                    eprintln!(
                        "recorded {} file(s) as {} in {}",
                        changed.len(),
                        review.name(),
                        i18n::record::path(&lang).display()
                    );
                    ExitCode::SUCCESS
                }
                Err(p) => failed(&p, "nothing was recorded"),
            }
        }
        I18nCommand::Confirm { lang, ids, site } => {
            match i18n::review::confirm(&site, &lang, &ids) {
                Ok(stale) => {
                    eprintln!(
                        "confirmed {} translation(s) as made from the current English ({stale} of them were stale) in {}",
                        ids.len(),
                        i18n::record::path(&lang).display()
                    );
                    ExitCode::SUCCESS
                }
                Err(p) => failed(&p, "nothing was recorded"),
            }
        }
    }
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::I18n { command } => i18n(command),
        Command::Schema { which, write, site } => schema(which, write, &site),
        Command::Dev {
            command: DevCommand::Hugo { site, out },
        } => match compact_press::dev::hugo::write(&site, &out) {
            Ok(()) => {
                eprintln!("wrote the Hugo site to {}", out.display());
                ExitCode::SUCCESS
            }
            Err(p) => failed(&p, "cannot write the Hugo site"),
        },
        Command::Dev {
            command:
                DevCommand::Corpus {
                    publications,
                    seed,
                    out,
                    from,
                },
        } => match compact_press::dev::corpus::write(from.as_deref(), &out, publications, seed) {
            Ok(()) => {
                eprintln!(
                    "wrote {publications} publications in six languages to {}",
                    out.display()
                );
                ExitCode::SUCCESS
            }
            Err(p) => failed(&p, "cannot write the corpus"),
        },
        Command::Serve {
            site,
            port,
            bind,
            open,
            formats,
        } => match formats.only().map(|only| {
            compact_press::serve::run(compact_press::serve::Options {
                site,
                port,
                bind,
                open,
                only,
            })
        }) {
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
            Ok(Ok(())) => ExitCode::SUCCESS,
            Ok(Err(p)) => failed(&p, "cannot serve"),
        },
        Command::Build { site, out, formats } => {
            let options = match formats.only() {
                Ok(only) => build::Options { only, check: false },
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            let out = out.unwrap_or_else(|| site.join("public"));
            let mut progress = |stage: &str| eprintln!("  {stage}…");
            match build::build(&site, &out, &options, &mut progress) {
                Ok(report) => {
                    print_problems(&report.warnings);
                    let per_lang: Vec<String> = report
                        .pages
                        .iter()
                        .filter(|(l, _)| !l.is_empty())
                        .map(|(l, n)| format!("{l} {n}"))
                        .collect();
                    for r in &report.records_written {
                        eprintln!("  recorded the translations' state in {}", r.display());
                    }
                    eprintln!(
                        "built {} files into {} in {:.2?}: pages per language: {}; {}; {} warning(s)",
                        report.files,
                        out.display(),
                        report.elapsed,
                        per_lang.join(", "),
                        report.made_line(),
                        report.warnings.0.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    print_problems(&problems);
                    eprintln!(
                        "build failed: {} error(s); {} is unchanged",
                        problems.errors().count(),
                        out.display()
                    );
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check { site, format } => {
            let mut quiet = |_: &str| {};
            let discard = build::Discard::default();
            let problems = match build::render_site(
                &site,
                &build::Options {
                    only: None,
                    check: true,
                },
                &discard,
                &mut quiet,
            ) {
                Ok(report) => report.warnings,
                Err(p) => p,
            };
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&problems.0).unwrap_or_default()
                ),
                Format::Text => {
                    print_problems(&problems);
                    eprintln!(
                        "{} error(s), {} warning(s)",
                        problems.errors().count(),
                        problems.warnings().count()
                    );
                }
            }
            if problems.has_errors() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}
