//! Braille pages from translated blocks, in the manner of UKAAF's braille
//! presentation guidance (BANA's formats as the fallback reference): a title
//! page of centred lines, contents pages listing every heading with its
//! braille page number right-aligned after guide dots, main headings centred
//! and subheadings at cell 5 with a blank line before them, a blank line
//! between blocks, list items in runover style, and the braille page number
//! at the right of the first line of every page (that line holds nothing
//! else). Lines break between braille words (at blank cells); a word longer
//! than a line is broken where the line ends. No print page numbers.
//! Deterministic: the same input gives the same pages.

use super::BrailleError;

/// The blank cell.
pub const BLANK: char = '\u{2800}';
/// The guide dot of a contents line (dot 5).
const GUIDE: char = '\u{2810}';

/// Page size in cells per line and lines per page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageSize {
    pub cols: usize,
    pub rows: usize,
}

impl Default for PageSize {
    /// 40 cells × 25 lines, the common size of A4/11-inch braille paper.
    fn default() -> PageSize {
        PageSize { cols: 40, rows: 25 }
    }
}

/// One braille page: its number and its lines, each at most `cols` cells of
/// Unicode braille (blank cells as U+2800, none at the end of a line), at most
/// `rows` lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub number: usize,
    pub lines: Vec<String>,
}

/// A block already in braille.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Brl {
    Heading { level: u8, text: String },
    Paragraph { text: String },
    Item { depth: usize, text: String },
    Line { text: String },
    Blank,
}

/// A document already in braille, ready for pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub title_page: Vec<String>,
    pub contents_label: String,
    pub blocks: Vec<Brl>,
}

/// Lays `doc` out on pages of `size`; `number` gives a page number in braille.
pub fn layout(
    doc: &Prepared,
    size: PageSize,
    number: &dyn Fn(usize) -> Result<String, BrailleError>,
) -> Result<Vec<Page>, BrailleError> {
    if size.cols < 12 || size.rows < 4 {
        return Err(BrailleError::PageSize {
            cols: size.cols,
            rows: size.rows,
        });
    }
    // title page(s) first
    let mut title = Pager::new(size, 1, number);
    title.blank();
    for line in &doc.title_page {
        title.blank();
        title.centred(line)?;
    }
    let title_pages = title.finish()?;
    let has_contents = doc.blocks.iter().any(|b| matches!(b, Brl::Heading { .. }));
    // the contents' length depends on the body's page numbers and the body's
    // start on the contents' length: repeat until they agree (one or two
    // rounds, since a page number is at most a few cells longer)
    let mut contents_pages = usize::from(has_contents);
    for _ in 0..8 {
        let body_start = 1 + title_pages.len() + contents_pages;
        let (body, headings) = body(doc, size, body_start, number)?;
        let contents = if has_contents {
            contents(doc, &headings, size, 1 + title_pages.len(), number)?
        } else {
            Vec::new()
        };
        if contents.len() == contents_pages {
            let mut pages = title_pages;
            pages.extend(contents);
            pages.extend(body);
            return Ok(pages);
        }
        contents_pages = contents.len();
    }
    Err(BrailleError::Layout {
        message: "the contents pages did not settle on a length".into(),
    })
}

/// A heading and the page it starts on.
struct Entry {
    level: u8,
    text: String,
    page: usize,
}

fn body(
    doc: &Prepared,
    size: PageSize,
    start: usize,
    number: &dyn Fn(usize) -> Result<String, BrailleError>,
) -> Result<(Vec<Page>, Vec<Entry>), BrailleError> {
    let mut pager = Pager::new(size, start, number);
    let mut headings = Vec::new();
    let mut previous: Option<&Brl> = None;
    for block in &doc.blocks {
        // a blank line between blocks, except between items of one list and
        // between consecutive lines
        let together = matches!(
            (previous, block),
            (Some(Brl::Item { .. }), Brl::Item { .. }) | (Some(Brl::Line { .. }), Brl::Line { .. })
        );
        if !together && previous.is_some() {
            pager.blank();
        }
        match block {
            Brl::Heading { level, text } => {
                // keep the heading with the first line that follows it
                let (indent, width) = if *level <= 1 {
                    (0, centred_width(size.cols))
                } else {
                    (4, size.cols - 4)
                };
                let needed = wrap(text, width, width).len() + 2;
                if pager.remaining() < needed {
                    pager.new_page()?;
                }
                headings.push(Entry {
                    level: *level,
                    text: text.clone(),
                    page: pager.number,
                });
                if *level <= 1 {
                    pager.centred(text)?;
                } else {
                    pager.text(text, indent, indent)?;
                }
            }
            Brl::Paragraph { text } | Brl::Line { text } => pager.text(text, 0, 0)?,
            Brl::Item { depth, text } => {
                let indent = (2 * depth).min(size.cols / 2);
                pager.text(text, indent, indent + 2)?;
            }
            Brl::Blank => pager.blank_always()?,
        }
        previous = Some(block);
    }
    Ok((pager.finish()?, headings))
}

fn contents(
    doc: &Prepared,
    headings: &[Entry],
    size: PageSize,
    start: usize,
    number: &dyn Fn(usize) -> Result<String, BrailleError>,
) -> Result<Vec<Page>, BrailleError> {
    let mut pager = Pager::new(size, start, number);
    pager.centred(&doc.contents_label)?;
    pager.blank();
    for entry in headings {
        let page = number(entry.page)?;
        let page_len = page.chars().count();
        let indent = (2 * usize::from(entry.level.saturating_sub(1))).min(size.cols / 4);
        let runover = indent + 2;
        // room for " ⠐⠐ " and the number on every line of the entry
        let reserve = page_len + 4;
        if size.cols <= runover + reserve + 1 {
            return Err(BrailleError::PageSize {
                cols: size.cols,
                rows: size.rows,
            });
        }
        let lines = wrap(
            &entry.text,
            size.cols - indent - reserve,
            size.cols - runover - reserve,
        );
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            let lead = if i == 0 { indent } else { runover };
            let mut out: String = std::iter::repeat_n(BLANK, lead).collect();
            out.push_str(&line);
            if i + 1 == count {
                let used = out.chars().count();
                let dots = size.cols - used - page_len - 2;
                out.push(BLANK);
                out.extend(std::iter::repeat_n(GUIDE, dots));
                out.push(BLANK);
                out.push_str(&page);
            }
            pager.line(out)?;
        }
    }
    pager.finish()
}

/// The width centred text is wrapped to: at least three blank cells each side
/// on a line of 40.
fn centred_width(cols: usize) -> usize {
    cols.saturating_sub(6).max(cols / 2)
}

/// Words of braille text (split at blank cells) filled into lines of
/// `first` cells, then `rest` cells; a word longer than a line is cut.
pub fn wrap(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    let width = |lines: &Vec<String>| if lines.is_empty() { first } else { rest }.max(1);
    for word in text.split(BLANK).filter(|w| !w.is_empty()) {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let w = width(&lines);
            let need = if len == 0 {
                word.len()
            } else {
                len + 1 + word.len()
            };
            if need <= w {
                if len > 0 {
                    line.push(BLANK);
                    len += 1;
                }
                line.extend(word.iter());
                len += word.len();
                break;
            }
            if len > 0 {
                lines.push(std::mem::take(&mut line));
                len = 0;
                continue;
            }
            // a word longer than a whole line: fill this line with its start
            let rest_of_word = word.split_off(w);
            line.extend(word.iter());
            lines.push(std::mem::take(&mut line));
            word = rest_of_word;
            if word.is_empty() {
                break;
            }
        }
    }
    if len > 0 {
        lines.push(line);
    }
    lines
}

/// Fills pages line by line.
struct Pager<'a> {
    size: PageSize,
    number: usize,
    format: &'a dyn Fn(usize) -> Result<String, BrailleError>,
    pages: Vec<Page>,
    /// the current page's lines below the page-number line
    lines: Vec<String>,
}

impl<'a> Pager<'a> {
    fn new(
        size: PageSize,
        number: usize,
        format: &'a dyn Fn(usize) -> Result<String, BrailleError>,
    ) -> Pager<'a> {
        Pager {
            size,
            number,
            format,
            pages: Vec::new(),
            lines: Vec::new(),
        }
    }

    /// Lines left on the current page.
    fn remaining(&self) -> usize {
        (self.size.rows - 1).saturating_sub(self.lines.len())
    }

    fn new_page(&mut self) -> Result<(), BrailleError> {
        let number = (self.format)(self.number)?;
        let len = number.chars().count();
        if len > self.size.cols {
            return Err(BrailleError::PageSize {
                cols: self.size.cols,
                rows: self.size.rows,
            });
        }
        let mut head: String = std::iter::repeat_n(BLANK, self.size.cols - len).collect();
        head.push_str(&number);
        let mut lines = vec![head];
        let mut body = std::mem::take(&mut self.lines);
        while body.last().is_some_and(|l| l.is_empty()) {
            body.pop();
        }
        lines.extend(body);
        self.pages.push(Page {
            number: self.number,
            lines,
        });
        self.number += 1;
        Ok(())
    }

    fn line(&mut self, line: String) -> Result<(), BrailleError> {
        if self.remaining() == 0 {
            self.new_page()?;
        }
        let line = line.trim_end_matches(BLANK).to_string();
        self.lines.push(line);
        Ok(())
    }

    /// A blank line, unless at the top of a page or after another.
    fn blank(&mut self) {
        if self.remaining() == 0 {
            return;
        }
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    /// An explicit blank line (still none at the top of a page).
    fn blank_always(&mut self) -> Result<(), BrailleError> {
        if self.lines.is_empty() || self.remaining() == 0 {
            return Ok(());
        }
        self.lines.push(String::new());
        Ok(())
    }

    fn text(&mut self, text: &str, indent: usize, runover: usize) -> Result<(), BrailleError> {
        let cols = self.size.cols;
        let lines = wrap(
            text,
            cols.saturating_sub(indent),
            cols.saturating_sub(runover),
        );
        for (i, line) in lines.into_iter().enumerate() {
            let lead = if i == 0 { indent } else { runover };
            let mut out: String = std::iter::repeat_n(BLANK, lead).collect();
            out.push_str(&line);
            self.line(out)?;
        }
        Ok(())
    }

    fn centred(&mut self, text: &str) -> Result<(), BrailleError> {
        let cols = self.size.cols;
        for line in wrap(text, centred_width(cols), centred_width(cols)) {
            let len = line.chars().count();
            let lead = (cols - len.min(cols)) / 2;
            let mut out: String = std::iter::repeat_n(BLANK, lead).collect();
            out.push_str(&line);
            self.line(out)?;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Vec<Page>, BrailleError> {
        if !self.lines.is_empty() || self.pages.is_empty() {
            self.new_page()?;
        }
        Ok(self.pages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(n: usize) -> Result<String, BrailleError> {
        // ⠼ + digits a–j, as UEB writes numbers
        let digits: String = n
            .to_string()
            .chars()
            .map(|d| ['⠚', '⠁', '⠃', '⠉', '⠙', '⠑', '⠋', '⠛', '⠓', '⠊'][(d as u8 - b'0') as usize])
            .collect();
        Ok(format!("⠼{digits}"))
    }

    fn words(n: usize, word: &str) -> String {
        vec![word; n].join("⠀")
    }

    fn doc(blocks: Vec<Brl>) -> Prepared {
        Prepared {
            title_page: vec!["⠞⠊⠞⠇⠑".into()],
            contents_label: "⠉⠕⠝⠞⠑⠝⠞⠎".into(),
            blocks,
        }
    }

    fn check_limits(pages: &[Page], size: PageSize) {
        for page in pages {
            assert!(
                page.lines.len() <= size.rows,
                "page {} too long",
                page.number
            );
            for line in &page.lines {
                assert!(line.chars().count() <= size.cols, "line too wide: {line}");
                assert!(!line.ends_with(BLANK));
            }
        }
    }

    #[test]
    fn wrap_breaks_at_blank_cells_and_cuts_long_words() {
        assert_eq!(wrap("⠁⠁⠀⠃⠃⠀⠉⠉", 5, 5), vec!["⠁⠁⠀⠃⠃", "⠉⠉"]);
        assert_eq!(wrap("⠁⠁⠁⠁⠁⠁⠁", 3, 3), vec!["⠁⠁⠁", "⠁⠁⠁", "⠁"]);
        assert_eq!(wrap("⠁⠀⠃⠃⠃⠃", 4, 4), vec!["⠁", "⠃⠃⠃⠃"]);
    }

    #[test]
    fn pages_never_exceed_the_size() {
        let mut blocks = vec![Brl::Heading {
            level: 1,
            text: "⠓⠑⠁⠙".into(),
        }];
        for i in 0..40 {
            blocks.push(Brl::Paragraph {
                text: words(30 + i, "⠺⠕⠗⠙⠎"),
            });
            blocks.push(Brl::Item {
                depth: i % 3,
                text: words(12, "⠊⠞⠑⠍"),
            });
            blocks.push(Brl::Paragraph {
                text: "⠁".repeat(100),
            });
        }
        for size in [
            PageSize::default(),
            PageSize { cols: 32, rows: 27 },
            PageSize { cols: 20, rows: 6 },
        ] {
            let pages = layout(&doc(blocks.clone()), size, &num).unwrap();
            check_limits(&pages, size);
            for (i, page) in pages.iter().enumerate() {
                assert_eq!(page.number, i + 1);
                assert!(page.lines[0].ends_with(&num(i + 1).unwrap()));
            }
        }
    }

    #[test]
    fn runover_style_for_items() {
        let d = doc(vec![Brl::Item {
            depth: 1,
            text: words(20, "⠊⠞⠑⠍"),
        }]);
        let pages = layout(&d, PageSize::default(), &num).unwrap();
        let body = &pages.last().unwrap().lines;
        assert!(body[1].starts_with("⠀⠀⠊"));
        assert!(!body[1].starts_with("⠀⠀⠀"));
        assert!(body[2].starts_with("⠀⠀⠀⠀⠊"));
        assert!(!body[2].starts_with("⠀⠀⠀⠀⠀"));
    }

    #[test]
    fn contents_numbers_point_at_the_headings() {
        let mut blocks = Vec::new();
        for h in 0..30 {
            blocks.push(Brl::Heading {
                level: 1 + (h % 2) as u8,
                text: format!("⠓⠀{}", "⠁".repeat(h % 20 + 1)),
            });
            for _ in 0..3 {
                blocks.push(Brl::Paragraph {
                    text: words(40, "⠺⠕⠗⠙"),
                });
            }
        }
        let size = PageSize::default();
        let pages = layout(&doc(blocks), size, &num).unwrap();
        check_limits(&pages, size);
        // every contents entry ends with the number of the page whose lines
        // hold that heading
        let mut entries = 0;
        for page in &pages[1..] {
            for line in &page.lines[1..] {
                if let Some(pos) = line.find("⠐⠐⠀") {
                    let number = &line[pos + "⠐⠐⠀".len()..];
                    let heading = line.trim_start_matches(BLANK).split("⠀⠐").next().unwrap();
                    let target = pages
                        .iter()
                        .find(|p| num(p.number).unwrap() == number)
                        .expect("page exists");
                    assert!(
                        target
                            .lines
                            .iter()
                            .any(|l| l.trim_start_matches(BLANK) == heading),
                        "{heading} not on page {number}"
                    );
                    assert_eq!(line.chars().count(), size.cols, "number right-aligned");
                    entries += 1;
                }
            }
        }
        assert_eq!(entries, 30);
    }

    #[test]
    fn subheadings_at_cell_5_and_main_headings_centred() {
        let d = doc(vec![
            Brl::Heading {
                level: 1,
                text: "⠍⠁⠊⠝".into(),
            },
            Brl::Paragraph { text: "⠁".into() },
            Brl::Heading {
                level: 2,
                text: "⠎⠥⠃".into(),
            },
        ]);
        let pages = layout(&d, PageSize::default(), &num).unwrap();
        let body = &pages.last().unwrap().lines;
        assert_eq!(body[1], format!("{}⠍⠁⠊⠝", "⠀".repeat(18)));
        assert_eq!(body[2], "");
        assert_eq!(body[4], "");
        assert_eq!(body[5], "⠀⠀⠀⠀⠎⠥⠃");
    }
}
