//! The preview's web server: serves the built site from its output folder
//! with the right content types (text always UTF-8), folders by their
//! `index.html`, the site's own `404.html` for misses, nothing outside the
//! output, and every page with `serve`'s additions (`inject.rs`). Nothing
//! is cached by the browser, so a reload always shows the latest build.

use super::events::Reloader;
use super::inject;
use super::paths::{self, Route};
use crate::diagnostic::Diagnostics;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use tiny_http::{Header, Method, Request, Response, Server};

/// What the server needs to know about the builds.
#[derive(Default)]
pub struct State {
    /// The last rebuild's errors, shown on every page until fixed.
    pub problems: RwLock<Option<Diagnostics>>,
    /// Whether any build has succeeded, so there is a site to show.
    pub built: AtomicBool,
}

impl State {
    fn problems(&self) -> Option<Diagnostics> {
        self.problems.read().ok().and_then(|p| p.clone())
    }
}

/// A running server.
pub struct Http {
    server: Arc<Server>,
    workers: usize,
    /// Where it listens, with the port the system chose if asked for 0.
    pub addr: SocketAddr,
}

impl Http {
    /// Listens on `addr` and serves `root` (the output folder) from a few
    /// worker threads.
    pub fn start(
        addr: SocketAddr,
        root: PathBuf,
        state: Arc<State>,
        reloader: Reloader,
    ) -> Result<Http, String> {
        let server = Arc::new(Server::http(addr).map_err(|e| e.to_string())?);
        let addr = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| "not an IP address".to_string())?;
        let workers = 4;
        for _ in 0..workers {
            let (server, root, state, reloader) = (
                Arc::clone(&server),
                root.clone(),
                Arc::clone(&state),
                reloader.clone(),
            );
            std::thread::spawn(move || {
                while let Ok(request) = server.recv() {
                    handle(request, &root, &state, &reloader);
                }
            });
        }
        Ok(Http {
            server,
            workers,
            addr,
        })
    }

    /// Stops taking requests.
    pub fn stop(&self) {
        for _ in 0..self.workers {
            self.server.unblock();
        }
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("header names and values are ASCII")
}

fn respond(request: Request, status: u16, content_type: &str, body: Vec<u8>) {
    let response = Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    // The browser may have gone; nothing to do about it.
    let _ = request.respond(response);
}

fn handle(request: Request, root: &Path, state: &State, reloader: &Reloader) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let response = Response::from_string("Only GET and HEAD are served.\n")
            .with_status_code(405)
            .with_header(header("Allow", "GET, HEAD"));
        let _ = request.respond(response);
        return;
    }
    let problems = state.problems();
    if !state.built.load(Ordering::SeqCst) {
        if let Some(p) = &problems {
            let page = inject::error_page(p);
            return respond(request, 500, "text/html; charset=utf-8", page.into_bytes());
        }
    }
    match paths::route(root, request.url()) {
        Route::Events => {
            let reloader = reloader.clone();
            let out = request.into_writer();
            std::thread::spawn(move || reloader.stream(out));
        }
        Route::Redirect(to) => {
            let response = Response::empty(301)
                .with_header(header("Location", &to))
                .with_header(header("Cache-Control", "no-store"));
            let _ = request.respond(response);
        }
        Route::Refused => respond(
            request,
            400,
            "text/plain; charset=utf-8",
            b"That address is not a page of this site.\n".to_vec(),
        ),
        Route::NotFound => match std::fs::read_to_string(root.join("404.html")) {
            Ok(page) => {
                let page = inject::inject(&page, problems.as_ref());
                respond(request, 404, "text/html; charset=utf-8", page.into_bytes())
            }
            Err(_) => respond(
                request,
                404,
                "text/plain; charset=utf-8",
                b"Not found.\n".to_vec(),
            ),
        },
        Route::File(path) => {
            let content_type = paths::content_type(&path);
            let Ok(bytes) = std::fs::read(&path) else {
                return respond(
                    request,
                    404,
                    "text/plain; charset=utf-8",
                    b"Not found.\n".to_vec(),
                );
            };
            let body = if content_type.starts_with("text/html") {
                let page = String::from_utf8_lossy(&bytes);
                inject::inject(&page, problems.as_ref()).into_bytes()
            } else {
                bytes
            };
            respond(request, 200, content_type, body)
        }
    }
}
