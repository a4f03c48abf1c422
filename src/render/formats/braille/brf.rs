//! BRF: North American ASCII braille (the standard 64-character mapping of
//! six-dot cells to ASCII: ⠁ = A, ⠼ = #, blank = space), lines ended by CRLF
//! and a form feed between pages; made from the same pages as the PEF.

use super::layout::Page;

/// ASCII braille, indexed by the dot pattern (dot 1 = bit 0 … dot 6 = bit 5),
/// which is also the offset of the cell from U+2800.
const ASCII_BRAILLE: &[u8; 64] =
    b" A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

/// The ASCII braille character of a six-dot Unicode braille cell.
pub fn ascii(cell: char) -> Option<u8> {
    let offset = (cell as u32).checked_sub(0x2800)?;
    ASCII_BRAILLE.get(usize::try_from(offset).ok()?).copied()
}

/// The BRF file of `pages`. Pages hold only six-dot cells (the translation
/// refuses anything else); any other character would be written as a blank.
pub fn brf(pages: &[Page]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            out.push(0x0c);
        }
        for line in &page.lines {
            out.extend(line.chars().map(|c| ascii(c).unwrap_or(b' ')));
            out.extend_from_slice(b"\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_mapping() {
        assert_eq!(ascii('⠀'), Some(b' '));
        assert_eq!(ascii('⠁'), Some(b'A'));
        assert_eq!(ascii('⠃'), Some(b'B'));
        assert_eq!(ascii('⠼'), Some(b'#'));
        assert_eq!(ascii('⠠'), Some(b','));
        assert_eq!(ascii('⠿'), Some(b'='));
        assert_eq!(ascii('⠚'), Some(b'J'));
        assert_eq!(ascii('⠸'), Some(b'_'));
        assert_eq!(ascii('⠈'), Some(b'@'));
        assert_eq!(ascii('⠲'), Some(b'4'));
        assert_eq!(ascii('⡀'), None);
        assert_eq!(ascii('a'), None);
    }

    #[test]
    fn pages_lines_and_form_feeds() {
        let pages = vec![
            Page {
                number: 1,
                lines: vec!["⠀⠀⠼⠁".into(), "⠓⠑⠇⠇⠕".into()],
            },
            Page {
                number: 2,
                lines: vec!["⠀⠀⠼⠃".into()],
            },
        ];
        assert_eq!(brf(&pages), b"  #A\r\nHELLO\r\n\x0c  #B\r\n".to_vec());
    }
}
