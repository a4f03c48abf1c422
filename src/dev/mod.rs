//! Tools for developers, not publishers: a generated corpus to measure
//! compact-press at scale, and the same corpus as a Hugo site to compare
//! with (`benches/`).

pub mod corpus;
pub mod hugo;
pub mod words;
