//! Turning a request's target into a file of the built site, refusing
//! anything that could reach outside it: `..` and `.` segments, written
//! plainly or percent-encoded (`%2e%2e`), encoded slashes and backslashes
//! (`%2f`, `%5c`), NUL bytes, absolute-form targets (`http://…`), paths
//! that start with `//`, and Windows drive letters. Hidden files
//! (`.htaccess`) are not served.

use std::path::{Path, PathBuf};

/// Where a request goes.
#[derive(Debug, PartialEq)]
pub enum Route {
    /// A file under the output folder.
    File(PathBuf),
    /// A folder asked for without its final `/`: relative links inside it
    /// only work from `folder/`, so the browser is sent there.
    Redirect(String),
    /// The live-reload event stream.
    Events,
    /// Nothing there.
    NotFound,
    /// A target that tries to leave the site, or is not a path at all.
    Refused,
}

/// The path that carries live-reload events; nothing in a site can be
/// named like it, since hidden names are not served.
pub const EVENTS: &str = "/.compact-press/events";

/// Routes `target` (the request line's target, as sent) to a file under
/// `root`, which must be canonical.
pub fn route(root: &Path, target: &str) -> Route {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    if path == EVENTS {
        return Route::Events;
    }
    if !path.starts_with('/') || path.starts_with("//") {
        return Route::Refused;
    }
    let lower = path.to_ascii_lowercase();
    if path.contains('\\') || ["%2f", "%5c", "%00"].iter().any(|e| lower.contains(e)) {
        return Route::Refused;
    }
    let Some(decoded) = percent_decode(path) else {
        return Route::Refused;
    };
    let mut file = root.to_path_buf();
    for segment in decoded.split('/').filter(|s| !s.is_empty()) {
        if segment == "." || segment == ".." || segment.contains(':') || segment.contains('\0') {
            return Route::Refused;
        }
        if segment.starts_with('.') {
            return Route::NotFound;
        }
        file.push(segment);
    }
    if file.is_dir() {
        if !path.ends_with('/') {
            return Route::Redirect(format!("{path}/"));
        }
        file.push("index.html");
    }
    // A symbolic link inside the output could still point outside it.
    match file.canonicalize() {
        Ok(real) if real.starts_with(root) && real.is_file() => Route::File(real),
        Ok(_) => Route::Refused,
        Err(_) => Route::NotFound,
    }
}

/// Decodes `%XX` escapes; `None` if one is malformed or the result is not
/// UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `Content-Type` of a file, by its extension; text is always UTF-8,
/// which servers too often leave unsaid (Bengali then shows as mojibake).
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "svg" => "image/svg+xml; charset=utf-8",
        "pdf" => "application/pdf",
        // Braille: PEF is XML; BRF is ASCII braille for embossers and
        // braille displays, downloaded rather than shown.
        "pef" => "application/x-pef+xml; charset=utf-8",
        "brf" => "application/x-brf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("out");
        std::fs::create_dir_all(root.join("bn")).unwrap();
        std::fs::write(root.join("bn/index.html"), "bn").unwrap();
        std::fs::write(root.join(".htaccess"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        let root = root.canonicalize().unwrap();
        (dir, root)
    }

    #[test]
    fn folders_serve_their_index_and_get_their_slash() {
        let (_dir, root) = site();
        assert_eq!(
            route(&root, "/bn/"),
            Route::File(root.join("bn/index.html"))
        );
        assert_eq!(
            route(&root, "/bn/?q=1"),
            Route::File(root.join("bn/index.html"))
        );
        assert_eq!(route(&root, "/bn"), Route::Redirect("/bn/".into()));
        assert_eq!(route(&root, "/nothing"), Route::NotFound);
        assert_eq!(route(&root, "/.htaccess"), Route::NotFound);
    }

    #[test]
    fn nothing_outside_the_output_is_reachable() {
        let (_dir, root) = site();
        for target in [
            "/../secret.txt",
            "/bn/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/bn/..%2fsecret.txt",
            "/bn/..%2F..%2Fsecret.txt",
            "/..%5csecret.txt",
            "/..\\secret.txt",
            "//etc/passwd",
            "http://example.org/secret.txt",
            "secret.txt",
            "/C:/secret.txt",
            "/bn/%00",
            "/%zz",
        ] {
            assert_eq!(route(&root, target), Route::Refused, "{target}");
        }
    }

    #[test]
    fn a_link_out_of_the_output_is_refused() {
        let (dir, root) = site();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("link.txt"))
                .unwrap();
            assert_eq!(route(&root, "/link.txt"), Route::Refused);
        }
        let _ = dir;
    }
}
