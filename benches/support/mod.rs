//! What the benchmarks share: `compact-press serve` started as a user
//! starts it, its own account of each rebuild, and waiting for an edit to
//! be served.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

#[path = "../../tests/common/mod.rs"]
pub mod common;

/// A running `serve` on a free port.
pub struct Serve {
    pub url: String,
    /// How long each rebuild took, by serve's own account ("rebuilt 36
    /// files (…) in 21ms"); the first is the whole site at start.
    pub rebuilt: Receiver<Duration>,
    child: Child,
}

impl Serve {
    /// Starts the release binary's `serve` on `site` with `args` added,
    /// and waits until it serves.
    pub fn start(site: &Path, args: &[&str]) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_compact-press"))
            .args(["serve", "--port", "0", "--site"])
            .arg(site)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve starts");
        let lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let (rebuilt_tx, rebuilt) = channel();
        let (url_tx, url) = channel();
        // Read all along, so that serve never blocks on writing.
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                if let Some(url) = line.split(" at http://").nth(1) {
                    let _ = url_tx.send(format!("http://{}", url.trim()));
                }
                if let Some(took) = line
                    .trim()
                    .strip_prefix("rebuilt ")
                    .and_then(|l| l.rsplit(" in ").next())
                    .and_then(parse_duration)
                {
                    let _ = rebuilt_tx.send(took);
                }
            }
        });
        let url = url
            .recv_timeout(Duration::from_secs(600))
            .expect("serve started");
        Serve {
            url,
            rebuilt,
            child,
        }
    }

    /// Waits from `start` until `page` shows `wanted`, asking every
    /// millisecond; the time it took.
    pub fn until_served(&self, page: &str, wanted: &str, start: Instant) -> Duration {
        while !common::get(&self.url, page).2.contains(wanted) {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "{wanted} not served at {page}"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        start.elapsed()
    }

    /// Stops serve as Ctrl-C does; the process, for the caller to wait for.
    pub fn stop(self) -> Child {
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        self.child
    }
}

/// "21ms", "1.2s", "850µs" as Rust's `Debug` of a duration writes them.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.split(';').next()?.trim();
    let (number, unit) = text.split_at(text.find(|c: char| c.is_alphabetic() || c == 'µ')?);
    let n: f64 = number.parse().ok()?;
    let secs = match unit {
        "s" => n,
        "ms" => n / 1e3,
        "µs" => n / 1e6,
        "ns" => n / 1e9,
        _ => return None,
    };
    Some(Duration::from_secs_f64(secs))
}
