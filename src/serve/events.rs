//! Live reload: each open page keeps a server-sent-events connection
//! (`EventSource`), and after every rebuild each one is told to reload.
//! One thread per open page, which is plenty on the author's own computer.

use std::io::Write;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The open pages, by the channel that tells each to reload.
#[derive(Clone, Default)]
pub struct Reloader {
    pages: Arc<Mutex<Vec<Sender<()>>>>,
}

impl Reloader {
    /// Tells every open page to reload; forgets pages that have closed.
    pub fn reload_all(&self) {
        if let Ok(mut pages) = self.pages.lock() {
            pages.retain(|p| p.send(()).is_ok());
        }
    }

    fn subscribe(&self) -> Receiver<()> {
        let (tx, rx) = channel();
        if let Ok(mut pages) = self.pages.lock() {
            pages.push(tx);
        }
        rx
    }

    /// Serves one page's event stream on `out` until the page closes or
    /// the server stops. A comment every 15 seconds keeps the connection
    /// open through proxies and finds closed pages.
    pub fn stream(&self, mut out: Box<dyn Write + Send>) {
        let rx = self.subscribe();
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: connected\n\n";
        if out
            .write_all(head.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            return;
        }
        loop {
            let message = match rx.recv_timeout(Duration::from_secs(15)) {
                Ok(()) => "data: reload\n\n",
                Err(RecvTimeoutError::Timeout) => ": still here\n\n",
                Err(RecvTimeoutError::Disconnected) => return,
            };
            if out
                .write_all(message.as_bytes())
                .and_then(|_| out.flush())
                .is_err()
            {
                return;
            }
        }
    }
}
