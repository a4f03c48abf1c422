//! Rendering: every format renders the same format-neutral edition.
//!
//! - `edition.rs`: a publication translated into one language, once;
//!   `view.rs`: its document structure and inline runs (`inline.rs`).
//! - `formats/`: one folder per format behind the [`formats::Format`]
//!   trait, listed in [`formats::registry`]: the pages (`html`), the
//!   large-print PDFs (`pdf`), the plain-text editions (`text`), braille
//!   (`braille`) and the audio editions (`audio`).
//! - `reading/`: an edition in reading order, as blocks of language-tagged
//!   runs, for the formats that read it from start to end (braille, audio).
//! - `pass.rs`: one pass over a [`crate::scope::Scope`]: downloads first,
//!   then the pages, which give their sizes; `jobs.rs` and `cache.rs`: the
//!   slow formats' work, cached by a hash of what makes it.

pub mod cache;
pub mod edition;
pub mod formats;
pub mod inline;
pub mod jobs;
pub mod pass;
pub mod reading;
pub mod view;
