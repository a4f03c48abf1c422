//! The `compact-press` command line.

use clap::{Parser, Subcommand, ValueEnum};
use compact_press::build;
use compact_press::diagnostic::Diagnostics;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "compact-press",
    version,
    about = "Publish compacts as an accessible multilingual static site",
    after_help = "Examples:\n  compact-press build                      build ./ into ./public\n  compact-press build --site my-site --out /var/www/compacts\n  compact-press check                      validate everything, write nothing\n  compact-press check --format json        problems as JSON, for editors and CI"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
    },
    /// Check content, translations and theme; write nothing
    #[command(after_help = "Example:\n  compact-press check --site . --format json")]
    Check {
        #[arg(long, default_value = ".")]
        site: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
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

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Build { site, out } => {
            let out = out.unwrap_or_else(|| site.join("public"));
            let mut progress = |stage: &str| eprintln!("  {stage}…");
            match build::build(&site, &out, &mut progress) {
                Ok(report) => {
                    print_problems(&report.warnings);
                    let per_lang: Vec<String> = report
                        .pages
                        .iter()
                        .filter(|(l, _)| !l.is_empty())
                        .map(|(l, n)| format!("{l} {n}"))
                        .collect();
                    eprintln!(
                        "built {} files into {} in {:.2?}: pages per language: {}; {} large-print PDFs ({} unchanged, from cache) in {:.2?}; {} plain-text editions; {} warning(s)",
                        report.files,
                        out.display(),
                        report.elapsed,
                        per_lang.join(", "),
                        report.pdfs,
                        report.pdfs_cached,
                        report.pdf_time,
                        report.texts,
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
            let problems = match build::render_site(&site, &mut quiet) {
                Ok((_, report)) => report.warnings,
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
