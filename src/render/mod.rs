//! Rendering: one renderer per output format, all reading the same view
//! model (`view.rs`): the HTML site and its large-print pages (`html.rs`),
//! the large-print PDFs (`pdf.rs`) and the plain-text editions (`text.rs`);
//! the accessibility statement's contents (`statement.rs`).
//! A [`pass::Pass`] runs them over a [`crate::scope::Scope`].

#[path = "formats/braille/mod.rs"]
pub mod braille;
pub mod htaccess;
pub mod html;
pub mod inline;
pub mod pass;
pub mod pdf;
pub mod pdf_clusters;
pub mod sitemap;
pub mod statement;
pub mod text;
pub mod view;
pub mod wrap;
