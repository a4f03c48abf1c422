//! Watching the site's sources: `content/`, `locales/` and `themes/`. Events
//! are debounced, so that an editor that saves by writing a temporary file
//! and renaming it, or a burst of saves, gives one batch of changed paths.
//! Only changes count: reading a file (as every rebuild does) is an event
//! too on Linux, and would rebuild for ever.

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long the sources must be quiet before a batch is sent. Short enough
/// that the page follows the save at once; long enough for a rename-save.
const QUIET: Duration = Duration::from_millis(50);

/// Keeps watching while it lives.
pub struct Watch {
    _debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
}

/// Watches the sources of the site at `root`; each batch of changed paths
/// goes to `changed`, each failure to watch to `failed`.
pub fn start(
    root: &Path,
    changed: impl Fn(Vec<PathBuf>) + Send + 'static,
    failed: impl Fn(String) + Send + 'static,
) -> Result<Watch, String> {
    let handler = move |result: DebounceEventResult| match result {
        Ok(events) => {
            let mut paths: Vec<PathBuf> = events
                .into_iter()
                .filter(|e| {
                    matches!(
                        e.kind,
                        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
                    )
                })
                .flat_map(|e| e.event.paths)
                .collect();
            paths.sort();
            paths.dedup();
            if !paths.is_empty() {
                changed(paths);
            }
        }
        Err(errors) => {
            for e in errors {
                failed(e.to_string());
            }
        }
    };
    let mut debouncer = new_debouncer(QUIET, None, handler).map_err(|e| e.to_string())?;
    for dir in ["content", "locales", "themes"] {
        let path = root.join(dir);
        if path.is_dir() {
            debouncer
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
        }
    }
    Ok(Watch {
        _debouncer: debouncer,
    })
}
