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
        unknown_value(message)
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

/// The hint for a value that is not one of an enum's: what those values
/// are (serde names only the allowed values, so they tell which list it
/// is), and the values themselves.
fn unknown_value(message: &str) -> String {
    // "unknown variant `newz`, expected one of compact, action_report, news"
    let allowed: Vec<&str> = message
        .split_once(", expected ")
        .map(|(_, list)| {
            let list = list.strip_prefix("one of ").unwrap_or(list);
            list.split([','])
                .flat_map(|w| w.split(" or "))
                .map(|w| w.trim().trim_matches('`'))
                .filter(|w| !w.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let what = match allowed.first().copied() {
        Some("paragraph") => "block types (a block is written `- paragraph: …`)",
        Some("compact") => "publication kinds (`kind:`)",
        Some("bullet") => "list styles (`style:`)",
        Some("draft") => "statuses (`status:`)",
        Some("text") => "form field inputs (`input:`)",
        Some("name") => "ways to sort signatories (`sort:`)",
        Some("notice") => "choices for `stale_translations:`",
        Some("latn") => "digit systems (`numbering:`)",
        Some("full") => "compliance levels (`compliance:` under `accessibility:`)",
        _ => "allowed values",
    };
    if allowed.is_empty() {
        format!("use one of the {what} listed above")
    } else {
        format!("use one of the {what}: {}", allowed.join(", "))
    }
}
