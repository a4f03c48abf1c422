//! The one place YAML is read. Uses serde-saphyr, whose errors carry the line
//! and column, and whose input budget bounds what a hostile file can cost.

use super::schema::{self, Step};
use crate::diagnostic::Diagnostic;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses `source` (read from `file`, shown as `shown`) into `T`, turning a
/// parse or type error into a diagnostic that says where and what to do:
/// the place in the document's structure (`sections[2].blocks[0]…`), and
/// what the schema expects there, with an example when it has one.
pub fn parse<T: DeserializeOwned + JsonSchema>(
    source: &str,
    shown: &Path,
) -> Result<T, Diagnostic> {
    serde_saphyr::from_str::<T>(source).map_err(|e| {
        // Read again, tracking the path, only when reading failed: a build
        // reads every file and pays nothing for the tracking.
        let mut path: Option<serde_path_to_error::Path> = None;
        let _ = serde_saphyr::with_deserializer_from_str(source, |de| {
            let mut track = serde_path_to_error::Track::new();
            let tracked = serde_path_to_error::Deserializer::new(de, &mut track);
            T::deserialize(tracked).inspect_err(|_| path = Some(track.path()))
        });
        let plain = e.without_snippet().to_string();
        // serde-saphyr appends " at line L, column C"; we print the position
        // in the file:line:column prefix instead.
        let message = match plain.rfind(" at line ") {
            Some(i) => plain[..i].to_string(),
            None => plain,
        };
        let steps = path.as_ref().map(steps).unwrap_or_default();
        let (message, help) = match explain::<T>(&message, &steps) {
            Some((place, help)) => (format!("{message} (in `{place}`)"), help),
            None => (message.clone(), help_for(&message)),
        };
        let d = Diagnostic::error(shown, message, help);
        match e.location() {
            Some(loc) => d.at(loc.line(), loc.column()),
            None => d,
        }
    })
}

/// The steps of a path as serde_path_to_error records them. A value read
/// with its position (`Located`) adds a step `value` of its own, which no
/// key of the model is called: it is left out.
fn steps(path: &serde_path_to_error::Path) -> Vec<Step> {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|s| match s {
            Segment::Map { key } if key == "value" => None,
            Segment::Map { key } => Some(Step::Key(key.clone())),
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Enum { variant } => Some(Step::Key(variant.clone())),
            Segment::Unknown => None,
        })
        .collect()
}

/// The place of a type error in the document's structure, and what the
/// schema says belongs there, for errors inside the document (not at its
/// top, where the general hints say more).
fn explain<T: JsonSchema>(message: &str, steps: &[Step]) -> Option<(String, String)> {
    if steps.is_empty() || message.starts_with("unknown variant") {
        return None;
    }
    let root = schema::of::<T>();
    // An unknown or missing key is a problem of the map it is in.
    let map_problem = message.starts_with("unknown field") || message.starts_with("missing field");
    let at = if map_problem && matches!(steps.last(), Some(Step::Key(_))) {
        &steps[..steps.len() - 1]
    } else {
        steps
    };
    // A misspelt key at the top of the file: the general hint says it.
    if at.is_empty() {
        return None;
    }
    let place = place(steps);
    let node = schema::at(&root, at)?;
    let mut help = String::new();
    if map_problem {
        help.push_str("check the spelling of the key; the keys allowed here are listed above");
    } else {
        // A date's own hint says more than "a date" does.
        let expected = schema::expected(&root, node);
        help.push_str(&if is_date_problem(message) {
            help_for(message)
        } else if expected.is_empty() {
            "check the value at this position".to_string()
        } else {
            format!("here write {expected}")
        });
    }
    if let Some(d) = schema::description(&root, node, map_problem) {
        let d = d.split_whitespace().collect::<Vec<_>>().join(" ");
        help.push_str(&format!("\n  here: {d}"));
    }
    if let Some(e) = schema::example(&root, node, map_problem) {
        help.push_str("\n  for example:");
        for line in e.lines() {
            help.push_str(&format!("\n    {line}"));
        }
    }
    (!help.is_empty()).then_some((place, help))
}

/// `sections[2].blocks[0].undertakings`, as YAML paths are written.
fn place(steps: &[Step]) -> String {
    let mut out = String::new();
    for s in steps {
        match s {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// A hint for the usual mistakes, in words a web officer uses.
fn help_for(message: &str) -> String {
    if message.starts_with("unknown field") {
        "check the spelling of the key; the allowed keys are listed above".into()
    } else if message.starts_with("unknown variant") {
        unknown_value(message)
    } else if message.starts_with("missing field") {
        "add the missing key".into()
    } else if is_date_problem(message) {
        "write dates as YYYY-MM-DD, or YYYY-MM when the source gives no day".into()
    } else {
        "check the YAML at this position: indentation, a missing `:` or an unclosed quote or bracket".into()
    }
}

fn is_date_problem(message: &str) -> bool {
    message.contains("not a date") || message.contains("has no day") || message.contains("no month")
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
