//! Watching the site's sources: `content/`, `locales/` and `themes/`.
//!
//! A change goes out as soon as the file is known to be whole: when the
//! program that wrote it closes it (inotify's `IN_CLOSE_WRITE`), or when it
//! is renamed into place (how many editors save). Any other change (a file
//! created or removed, a write not yet closed, or a platform that reports
//! no closes) goes out once the sources have been quiet for [`QUIET`], so
//! that an editor that removes and writes again, or a burst of saves, gives
//! one batch of changed paths. Only changes count: reading a file (as every
//! rebuild does) is an event too on Linux, and would rebuild for ever.

use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
use notify::{EventKind, RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the sources must be quiet before a change that is not known
/// to be whole is sent.
const QUIET: Duration = Duration::from_millis(50);

/// Keeps watching while it lives.
pub struct Watch {
    _watcher: notify::RecommendedWatcher,
}

/// What an event says of the paths it names.
enum Seen {
    /// Changed, and whole: written and closed, or renamed into place.
    Whole,
    /// Changed, perhaps not yet whole.
    Changed,
    /// Not a change.
    Nothing,
}

fn seen(kind: &EventKind) -> Seen {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write))
        | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => Seen::Whole,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => Seen::Changed,
        _ => Seen::Nothing,
    }
}

/// Watches the sources of the site at `root`; each batch of changed paths
/// goes to `changed`, each failure to watch to `failed`.
pub fn start(
    root: &Path,
    changed: impl Fn(Vec<PathBuf>) + Send + 'static,
    failed: impl Fn(String) + Send + 'static,
) -> Result<Watch, String> {
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx).map_err(|e| e.to_string())?;
    for dir in ["content", "locales", "themes"] {
        let path = root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| format!("cannot watch {}: {e}", path.display()))?;
        }
    }
    std::thread::spawn(move || {
        let mut pending: BTreeSet<PathBuf> = BTreeSet::new();
        let mut last = Instant::now();
        loop {
            let event = if pending.is_empty() {
                rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected)
            } else {
                rx.recv_timeout(QUIET.saturating_sub(last.elapsed()))
            };
            let whole = match event {
                Ok(Ok(event)) => match seen(&event.kind) {
                    Seen::Nothing => false,
                    s => {
                        pending.extend(event.paths);
                        last = Instant::now();
                        matches!(s, Seen::Whole)
                    }
                },
                Ok(Err(e)) => {
                    failed(e.to_string());
                    false
                }
                Err(mpsc::RecvTimeoutError::Timeout) => true,
                // The watcher is gone: serve is stopping.
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            };
            if whole && !pending.is_empty() {
                changed(std::mem::take(&mut pending).into_iter().collect());
            }
        }
    });
    Ok(Watch { _watcher: watcher })
}
