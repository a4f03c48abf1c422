//! Rejoins Indic clusters that Typst splits across text items, so that a
//! PDF's text reads back as it was written.
//!
//! Typst 0.15 lays a shaped run out as one text item per run of glyphs with
//! the same vertical offset (`typst-layout`, `inline/shaping.rs`,
//! `group_by_key(|g| (g.font, g.y_offset, g.size))`). A vowel sign that the
//! font nudges up or down (Gujarati ુ under ટ) lands in an item of its own,
//! although it belongs to the cluster its base ends the previous item with.
//! Both items then claim the cluster's text, and PDF/UA requires every
//! glyph to map to text, so `ટુ` is printed once but extracted twice.
//!
//! The fix happens between layout and export: an item that starts with the
//! cluster the previous item ends with, drawn exactly where that item ends,
//! is folded into it, its vertical offset kept per glyph. The PDF writer
//! then sees one cluster of several glyphs and tags it with one
//! `/ActualText`. Only left-to-right items are joined; the page looks the
//! same.

use typst::layout::{Abs, Em, Frame, FrameItem, GroupItem, Point};
use typst::text::TextItem;
use typst_layout::{Page, PagedDocument};

/// The document with split clusters rejoined, or `None` when no cluster
/// was split, so that the common case costs no copy of the layout.
pub fn rejoin(document: &PagedDocument) -> Option<PagedDocument> {
    let frames: Vec<Option<Frame>> = document
        .pages()
        .iter()
        .map(|page| rejoin_frame(&page.frame))
        .collect();
    if frames.iter().all(Option::is_none) {
        return None;
    }
    let pages = document
        .pages()
        .iter()
        .zip(frames)
        .map(|(page, frame)| match frame {
            Some(frame) => Page {
                frame,
                ..page.clone()
            },
            None => page.clone(),
        })
        .collect();
    Some(PagedDocument::new(
        pages,
        typst::model::Document::info(document).clone(),
    ))
}

/// The frame with split clusters rejoined, or `None` if it has none.
fn rejoin_frame(frame: &Frame) -> Option<Frame> {
    let mut changed = false;
    let mut items: Vec<(Point, FrameItem)> = Vec::with_capacity(frame.items().len());
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(group) => match rejoin_frame(&group.frame) {
                Some(inner) => {
                    changed = true;
                    items.push((
                        *pos,
                        FrameItem::Group(GroupItem {
                            frame: inner,
                            ..group.clone()
                        }),
                    ));
                }
                None => items.push((*pos, item.clone())),
            },
            FrameItem::Text(next) => {
                if let Some((prev_pos, FrameItem::Text(prev))) = items.last_mut() {
                    if let Some(joined) = join(prev, *prev_pos, next, *pos) {
                        *prev = joined;
                        changed = true;
                        continue;
                    }
                }
                items.push((*pos, item.clone()));
            }
            _ => items.push((*pos, item.clone())),
        }
    }
    if !changed {
        return None;
    }
    let mut out = Frame::new(frame.size(), frame.kind());
    if frame.has_baseline() {
        out.set_baseline(frame.baseline());
    }
    out.push_multiple(items);
    Some(out)
}

/// `prev` and `next` as one item, if `next` continues the cluster that
/// `prev` ends with.
fn join(prev: &TextItem, prev_pos: Point, next: &TextItem, next_pos: Point) -> Option<TextItem> {
    let same_style = prev.font == next.font
        && prev.size == next.size
        && prev.fill == next.fill
        && prev.stroke == next.stroke
        && prev.lang == next.lang
        && prev.region == next.region;
    let last = prev.glyphs.last()?;
    let first = next.glyphs.first()?;
    let cluster = prev.text.get(last.range())?;
    let continues = same_style
        && ltr(prev)
        && ltr(next)
        && last.range().end == prev.text.len()
        && first.range().start == 0
        && next.text.get(first.range())? == cluster
        // Drawn where the previous item ends, to a hundredth of a point.
        && (prev_pos.x + prev.width() - next_pos.x).abs() < Abs::pt(0.01);
    if !continues {
        return None;
    }
    // The cluster ends `prev`, so `next`'s text continues from its start.
    let cluster_start = last.range().start;
    // Typst's offsets are y-up, frame positions y-down.
    let rise = Em::from_abs(prev_pos.y - next_pos.y, prev.size);
    let mut joined = prev.clone();
    joined.text = format!("{}{}", prev.text, &next.text[cluster.len()..]).into();
    for g in &next.glyphs {
        let mut g = g.clone();
        let range = if g.range().end <= cluster.len() {
            cluster_start..cluster_start + cluster.len()
        } else {
            cluster_start + g.range().start..cluster_start + g.range().end
        };
        g.range = u16::try_from(range.start).ok()?..u16::try_from(range.end).ok()?;
        g.y_offset += rise;
        joined.glyphs.push(g);
    }
    Some(joined)
}

/// Glyphs in text order: a left-to-right item.
fn ltr(item: &TextItem) -> bool {
    item.glyphs
        .windows(2)
        .all(|w| w[0].range.start <= w[1].range.start)
}
