//! The one place YAML is read. Uses serde-saphyr, whose errors carry the line
//! and column, and whose input budget bounds what a hostile file can cost.

use crate::diagnostic::Diagnostic;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses `source` (read from `file`, shown as `shown`) into `T`, turning a
/// parse or type error into a diagnostic that says where and what to do.
pub fn parse<T: DeserializeOwned>(source: &str, shown: &Path) -> Result<T, Diagnostic> {
    serde_saphyr::from_str::<T>(source).map_err(|e| {
        let plain = e.without_snippet().to_string();
        // serde-saphyr appends " at line L, column C"; we print the position
        // in the file:line:column prefix instead.
        let message = match plain.rfind(" at line ") {
            Some(i) => plain[..i].to_string(),
            None => plain,
        };
        let help = help_for(&message);
        let d = Diagnostic::error(shown, message, help);
        match e.location() {
            Some(loc) => d.at(loc.line(), loc.column()),
            None => d,
        }
    })
}

/// A hint for the usual mistakes, in words a web officer uses.
fn help_for(message: &str) -> String {
    if message.starts_with("unknown field") {
        "check the spelling of the key; the allowed keys are listed above".into()
    } else if message.starts_with("unknown variant") {
        "use one of the names listed above (block types are written `- paragraph: …`)".into()
    } else if message.starts_with("missing field") {
        "add the missing key".into()
    } else if message.contains("not a date")
        || message.contains("has no day")
        || message.contains("no month")
    {
        "write dates as YYYY-MM-DD, or YYYY-MM when the source gives no day".into()
    } else {
        "check the YAML at this position: indentation, a missing `:` or an unclosed quote or bracket".into()
    }
}
