//! compact-press: publishes compacts — agreements between UK councils, the
//! NHS and the voluntary and community sector — as an accessible static site
//! in English and the community languages, from YAML and Fluent sources.
//!
//! The crate reads like its pipeline:
//! [`content`] (YAML → typed model) → [`i18n`] (Fluent, dates, scripts) →
//! [`render`] (view model → HTML via the [`theme`]) → [`output`] (atomic
//! write). [`build`] runs the pipeline; [`diagnostic`] is how every stage
//! reports bad input.

pub mod build;
pub mod content;
pub mod dev;
pub mod diagnostic;
pub mod i18n;
pub mod output;
pub mod render;
pub mod scope;
pub mod serve;
pub mod site;
pub mod theme;
