//! An edition in reading order, for the formats that read it from start to
//! end: the braille edition puts it into pages, the audio edition speaks it.
//! [`document`] makes a [`Document`] of blocks (headings with their depth,
//! paragraphs, list items, lines) made of language-tagged runs from the
//! translated view, so that every such format reads the same things in the
//! same order, and each run keeps the language it is written in.

pub mod document;
pub mod order;

pub use document::{Block, Document, Run};
pub use order::document;
