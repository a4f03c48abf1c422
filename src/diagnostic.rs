//! Problems found in a site, as values: where (file, line, column), what, and
//! what to do about it. Every stage reports through these so that `build` and
//! `check` explain bad input the same way and never panic on it.

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is: errors stop a build, warnings are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site folder where possible.
    pub file: PathBuf,
    /// 1-based line, when the problem has a position.
    pub line: Option<u64>,
    /// 1-based column (in characters), when the problem has a position.
    pub column: Option<u64>,
    pub message: String,
    /// What the author should do.
    pub help: String,
}

impl Diagnostic {
    pub fn error(
        file: impl Into<PathBuf>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            help: help.into(),
        }
    }

    pub fn warning(
        file: impl Into<PathBuf>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Self::error(file, message, help)
        }
    }

    pub fn at(mut self, line: u64, column: u64) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Places the diagnostic at a byte offset of `source`.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        let (line, column) = line_column(source, offset);
        self.at(line, column)
    }

    /// Places the diagnostic where `part` starts, if it is a slice of
    /// `source` (as the Fluent parsers' `&str` trees hold).
    pub fn at_slice(self, source: &str, part: &str) -> Self {
        match offset_in(source, part) {
            Some(o) => self.at_offset(source, o),
            None => self,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {kind}: {}", self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", self.help)?;
        }
        Ok(())
    }
}

/// 1-based line and column (counted in characters) of a byte offset.
pub fn line_column(source: &str, offset: usize) -> (u64, u64) {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() as u64 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() as u64 + 1;
    (line, column)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where `part`, a slice of `source` (as the parsers' `&str` ASTs hold),
/// starts in it; `None` if it is not a slice of `source`.
pub fn offset_in(source: &str, part: &str) -> Option<usize> {
    let start = source.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + source.len()).then(|| at - start)
}

/// Why a file of the site could not be read as text.
pub enum ReadError {
    /// It is not there.
    Missing,
    /// Any other problem, as a diagnostic (invalid UTF-8 at its place).
    Other(Diagnostic),
}

/// Reads the file at `path` (shown as `shown`) as UTF-8 text. Bytes that
/// are not UTF-8 are reported at the line and column where they start.
pub fn read_text(path: &Path, shown: &Path) -> Result<String, ReadError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ReadError::Missing),
        Err(e) => {
            return Err(ReadError::Other(Diagnostic::error(
                shown,
                format!("cannot read: {e}"),
                "check that the file can be read",
            )))
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let text = String::from_utf8_lossy(&bytes[..good]);
        let (line, column) = line_column(&text, text.len());
        ReadError::Other(
            Diagnostic::error(
                shown,
                format!("the file is not UTF-8 text (byte 0x{:02x})", bytes[good]),
                "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8), and retype the character at this place",
            )
            .at(line, column),
        )
    })
}

/// Shows a path relative to the site folder, as authors think of it.
pub fn relative(site: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(site)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// The problems of a stage. A stage fails when any of them is an error.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }
    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.is_error())
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| !d.is_error())
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}
