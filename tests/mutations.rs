//! Whatever an author's editor does to a file, a build explains the problem
//! and never panics. Each round makes one mutation in one YAML or FTL file
//! of a copy of the site — a line deleted, duplicated or re-indented, or a
//! few random bytes written over it — and builds (`--formats text`); half the
//! rounds pick an English source (YAML, `locales/en/`), half any file. A build may
//! succeed; if it fails it must exit non-zero (never 101, never "panicked")
//! with `file[:line:column]: error: …` and a `help:` line, and leave the
//! previous `public/` exactly as it was, with no staging folder left.
//!
//! The rounds come from a fixed seed, so a failure can be replayed. CI runs
//! 50 rounds; `MUTATIONS=1000 cargo test --test mutations` runs more, and
//! `MUTATION_SEED=n` takes another seed.

mod common;
use common::*;
use std::path::{Path, PathBuf};

/// SplitMix64: a tiny, seeded generator, so no dependency is needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// What was done to a file, to name in a failure.
fn mutate(rng: &mut Rng, bytes: &[u8]) -> (Vec<u8>, String) {
    let text = String::from_utf8_lossy(bytes);
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let n = rng.below(lines.len().max(1));
    match rng.below(4) {
        0 => {
            let gone = lines.remove(n.min(lines.len() - 1));
            (
                lines.join("\n").into_bytes(),
                format!("deleted line {}: {gone:?}", n + 1),
            )
        }
        1 => {
            let copy = lines[n].clone();
            lines.insert(n, copy.clone());
            (
                lines.join("\n").into_bytes(),
                format!("duplicated line {}: {copy:?}", n + 1),
            )
        }
        2 => {
            let line = &lines[n];
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let new_indent = match rng.below(3) {
                0 => 0,
                1 => indent + 1 + rng.below(4),
                _ => indent.saturating_sub(1 + rng.below(4)),
            };
            lines[n] = format!("{}{trimmed}", " ".repeat(new_indent));
            (
                lines.join("\n").into_bytes(),
                format!("re-indented line {} from {indent} to {new_indent}", n + 1),
            )
        }
        _ => {
            let mut out = bytes.to_vec();
            let count = 1 + rng.below(4);
            let mut said = Vec::new();
            for _ in 0..count {
                let at = rng.below(out.len().max(1)).min(out.len().saturating_sub(1));
                let byte = (rng.next() & 0xff) as u8;
                if !out.is_empty() {
                    out[at] = byte;
                }
                said.push(format!("0x{byte:02x} at byte {at}"));
            }
            (out, format!("random bytes: {}", said.join(", ")))
        }
    }
}

/// Every YAML and FTL file of the site.
fn inputs(site: &Path) -> Vec<PathBuf> {
    all_files(site)
        .into_iter()
        .filter(|p| {
            let rel = p.strip_prefix(site).unwrap();
            (rel.starts_with("content") || rel.starts_with("locales"))
                && p.extension().is_some_and(|e| e == "yaml" || e == "ftl")
        })
        .collect()
}

/// A line `path[:line:column]: error: …` naming a file of the site.
fn is_diagnostic(line: &str) -> Option<bool> {
    let (place, _) = line.split_once(": error: ")?;
    let mut parts = place.rsplitn(3, ':');
    let (column, line_no, file) = (parts.next()?, parts.next(), parts.next());
    let positioned = column.parse::<u64>().is_ok()
        && line_no.is_some_and(|l| l.parse::<u64>().is_ok())
        && file.is_some();
    let file = if positioned { file.unwrap() } else { place };
    let site_file = ["content/", "locales/", "themes/"]
        .iter()
        .any(|p| file.starts_with(p));
    site_file.then_some(positioned)
}

#[test]
fn no_mutation_of_a_yaml_or_ftl_file_makes_a_build_panic() {
    let rounds: usize = std::env::var("MUTATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(50);
    let seed: u64 = std::env::var("MUTATION_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(13);
    let site = site_copy();
    let out = site.path().join("public");
    let first = build_quickly(site.path(), &out);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let mut good = snapshot(&out);
    let files = inputs(site.path());
    // Half the rounds break an English source (a publication's YAML,
    // site.yaml, the theme's strings in locales/en/), which every page of
    // every language reads; the others any file, translations included.
    let english: Vec<&PathBuf> = files
        .iter()
        .filter(|p| {
            let rel = p.strip_prefix(site.path()).unwrap();
            rel.starts_with("content") || rel.starts_with("locales/en")
        })
        .collect();
    let mut rng = Rng(seed);
    let (mut failed, mut positioned, mut built) = (0, 0, 0);
    let mut problems = Vec::new();
    let mut unplaced = Vec::new();
    for round in 0..rounds {
        let file = if rng.below(2) == 0 {
            english[rng.below(english.len())]
        } else {
            &files[rng.below(files.len())]
        };
        let original = std::fs::read(file).unwrap();
        let (mutated, what) = mutate(&mut rng, &original);
        std::fs::write(file, &mutated).unwrap();
        let result = build_quickly(site.path(), &out);
        let stderr = String::from_utf8_lossy(&result.stderr).to_string();
        let name = format!(
            "round {round} (seed {seed}), {}: {what}",
            file.strip_prefix(site.path()).unwrap().display()
        );
        if result.status.code() == Some(101) || stderr.contains("panicked") {
            problems.push(format!("{name}: PANIC\n{stderr}"));
        } else if result.status.success() {
            built += 1;
            good = snapshot(&out);
        } else {
            failed += 1;
            let diagnostics: Vec<bool> = stderr.lines().filter_map(is_diagnostic).collect();
            if diagnostics.is_empty() || !stderr.contains("\n  help: ") {
                problems.push(format!(
                    "{name}: no `file:line:column: error:` with help\n{stderr}"
                ));
            }
            if diagnostics.iter().any(|p| *p) {
                positioned += 1;
            } else if let Some(first) = stderr.lines().find(|l| l.contains(": error: ")) {
                unplaced.push(format!("{name}\n    {first}"));
            }
            if snapshot(&out) != good {
                problems.push(format!("{name}: the previous public/ changed"));
            }
            let leftovers: Vec<_> = std::fs::read_dir(site.path())
                .unwrap()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().contains("staging"))
                .collect();
            if !leftovers.is_empty() {
                problems.push(format!("{name}: a staging folder is left behind"));
            }
        }
        std::fs::write(file, &original).unwrap();
    }
    eprintln!(
        "{rounds} mutated builds: {failed} refused ({positioned} with a line and column), {built} built, {} problems",
        problems.len()
    );
    if !unplaced.is_empty() {
        eprintln!("refused with no line and column:\n{}", unplaced.join("\n"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
