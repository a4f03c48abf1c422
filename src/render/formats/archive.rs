//! ZIP archives as the downloads that are one (the DAISY talking book, the
//! EPUB): files in the order given, every date the same and no extra
//! fields, so that the same files give the same bytes.

/// `files` as a ZIP: those `stored` names kept as they are (MP3s, which
/// do not compress, and an EPUB's `mimetype`), the rest deflated.
pub fn zip(files: &[(String, &[u8])], stored: impl Fn(&str) -> bool) -> Result<Vec<u8>, String> {
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
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
    let cursor = w.finish().map_err(|e| e.to_string())?;
    Ok(cursor.into_inner())
}
