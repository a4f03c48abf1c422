//! Rendering: one renderer per output format, all reading the same view model.
//! Today: the HTML site. Large print and plain text follow the same shape.

pub mod html;
pub mod inline;
pub mod pdf;
pub mod sitemap;
pub mod view;
