//! ZIP archives as the downloads that are one (the DAISY talking book, the
//! EPUB): files in the order given, every date the same and no extra
//! fields, so that the same files give the same bytes.

use std::io::Cursor;

/// Files compressed once and copied, still compressed, into every archive
/// that carries them: the EPUB's fonts, which would otherwise be most of
/// each e-book's time.
pub struct Packed(Vec<u8>);

impl Packed {
    pub fn new(files: &[(String, &[u8])]) -> Result<Packed, String> {
        zip(files, |_| false, &[]).map(Packed)
    }
}

/// `files` as a ZIP: those `stored` names kept as they are (MP3s, which
/// do not compress, and an EPUB's `mimetype`), the rest deflated; then the
/// files of each of `packed`, their names after its prefix.
pub fn zip(
    files: &[(String, &[u8])],
    stored: impl Fn(&str) -> bool,
    packed: &[(&Packed, &str)],
) -> Result<Vec<u8>, String> {
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let base = SimpleFileOptions::default()
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in files {
        let method = if stored(name) {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        w.start_file(name.as_str(), base.compression_method(method))
            .map_err(|e| e.to_string())?;
        std::io::Write::write_all(&mut w, bytes).map_err(|e| e.to_string())?;
    }
    for (Packed(bytes), prefix) in packed {
        let mut from = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
        for i in 0..from.len() {
            let file = from.by_index_raw(i).map_err(|e| e.to_string())?;
            let name = format!("{prefix}{}", file.name());
            w.raw_copy_file_rename(file, name)
                .map_err(|e| e.to_string())?;
        }
    }
    let cursor = w.finish().map_err(|e| e.to_string())?;
    Ok(cursor.into_inner())
}
