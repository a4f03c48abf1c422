//! The audio edition: every publication × language read aloud by eSpeak NG
//! ("tape", the fourth format the compacts promise), for blind readers and
//! for readers who speak a community language but do not read it.
//!
//! From the same reading order as braille (`render/reading`), the edition
//! is cut into tracks (one per main heading) and sentences
//! ([`script`]); each sentence is given to its language's voice as SSML
//! ([`speech`]) by running the `espeak-ng` program ([`synth`]); each
//! track's samples become a tagged MP3 ([`mp3`]); and the text, the timing
//! of every sentence and the MP3s become a DAISY 2.02 talking book
//! ([`daisy`]).
//!
//! Each edition gives, in `<lang>/<slug>/`:
//! - `<slug>-<lang>-daisy.zip`: the talking book, for DAISY players;
//! - `audio/`: the same book unpacked (`ncc.html`, `content.html`, SMIL
//!   files, `01.mp3` …), and `<slug>-<lang>.m3u8`, a playlist of the MP3s
//!   in order, which the page links as "MP3 files".
//!
//! Opt-in (`formats:` in `site.yaml`), since it needs `espeak-ng` and is
//! large (about 22 MB an hour, twice: the folder and the ZIP); slow, so
//! cached and made in `serve`'s background.

pub mod daisy;
pub mod mp3;
pub mod script;
pub mod speech;
pub mod synth;

use super::{Context, Cost, Download, Format, Setup, Size, Work};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::translator::Translator;
use crate::render::edition::Edition;
use crate::render::reading::Run;
use crate::scope::EditionId;
use fluent_bundle::FluentValue;
use script::{Frame, Script};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The talking book's ZIP.
pub fn zip_path(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/{slug}-{lang}-daisy.zip")
}

/// The folder of the unpacked book and its MP3s.
pub fn folder(lang: &str, slug: &str) -> String {
    format!("{lang}/{slug}/audio")
}

/// The playlist of the MP3s, in the folder.
pub fn playlist_path(lang: &str, slug: &str) -> String {
    format!("{}/{slug}-{lang}.m3u8", folder(lang, slug))
}

/// Silence after a sentence, after the last sentence of a paragraph, and
/// after a heading, in samples: the pauses a reader makes.
const PAUSE_SENTENCE: u64 = synth::RATE as u64 / 5;
const PAUSE_BLOCK: u64 = synth::RATE as u64 * 2 / 5;
const PAUSE_HEADING: u64 = synth::RATE as u64 * 7 / 10;

/// The audio format.
#[derive(Default)]
pub struct Audio {
    /// Hash of eSpeak NG's version and this code, for the cache; `None`
    /// until loaded.
    key: Option<Vec<u8>>,
}

/// A job's data: the script and what the book and the tags say. The
/// EPUB is made from the same, so that its text and the recording match
/// sentence for sentence.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Data {
    pub script: Script,
    /// Title, publisher, date, identifier (the edition's page's address)
    /// and language.
    pub meta: daisy::Meta,
}

/// The audio job's data for an edition's [`Data`]: what [`Audio`]'s
/// `edition` gives, for a format that uses the recording (the EPUB) and
/// has made the data already. `path` names the edition in an error.
pub fn job_data(data: &Data, path: &str) -> Result<Vec<u8>, Diagnostics> {
    serde_json::to_vec(data)
        .map_err(|e| bug(path, format!("the audio data could not be written: {e}")))
}

/// What an edition says, in order, and what is said about it: the audio
/// edition's job data, and the EPUB's text.
pub fn prepare(cx: &Context, edition: &Edition) -> Data {
    let lang = edition.lang;
    let tr = cx.site.catalog.translator(lang, None);
    let doc = crate::render::reading::document(edition, &tr, cx.editions.requests());
    let view = &edition.view;
    let publisher = &edition.shared.publisher;
    let publisher = publisher
        .organisation
        .clone()
        .or_else(|| publisher.person.clone())
        .unwrap_or_default();
    let title_lang = if view.title.fallback { "en" } else { lang.code };
    let title = view.title.text.clone();
    let frame = frame(
        &tr,
        lang.code,
        title_lang,
        &title,
        &publisher,
        view.date.as_ref().map(|d| d.text.clone()),
    );
    let script = script::script(&doc, &frame);
    let config = &cx.site.content.config;
    let publication = cx
        .site
        .content
        .publications
        .iter()
        .find(|p| p.slug == edition.slug);
    Data {
        script,
        meta: daisy::Meta {
            title,
            publisher,
            date: publication
                .and_then(|p| p.date.as_ref())
                .map(|d| d.iso())
                .unwrap_or_default(),
            identifier: format!("{}{}/{}/", config.base_url, lang.code, edition.slug),
            lang: lang.code.to_string(),
            rtl: lang.rtl,
        },
    }
}

fn bug(path: &str, what: String) -> Diagnostics {
    Diagnostics::from(Diagnostic::error(
        path,
        what,
        "this is a bug in compact-press: please report it",
    ))
}

impl Format for Audio {
    fn name(&self) -> &'static str {
        "audio"
    }

    fn noun(&self) -> &'static str {
        "audio editions"
    }

    fn cost(&self) -> Cost {
        Cost::Background
    }

    fn default_on(&self) -> bool {
        // It needs a program compact-press does not ship.
        false
    }

    fn statement_key(&self) -> Option<&'static str> {
        Some("audio")
    }

    fn load(&mut self, _setup: &Setup) -> Result<(), Diagnostics> {
        let version = synth::version().map_err(|e| {
            Diagnostics::from(Diagnostic::error(
                "content/site.yaml",
                e.to_string(),
                format!(
                    "install the Debian package `{}` (sudo apt-get install {}), or take `audio` out of `formats:` in content/site.yaml",
                    synth::PACKAGE,
                    synth::PACKAGE
                ),
            ))
        })?;
        let mut key = Sha256::new();
        key.update(env!("CARGO_PKG_VERSION"));
        key.update(version.as_bytes());
        for source in [
            include_str!("mod.rs"),
            include_str!("speech.rs"),
            include_str!("synth.rs"),
            include_str!("mp3.rs"),
            include_str!("daisy.rs"),
        ] {
            key.update(source.as_bytes());
        }
        self.key = Some(key.finalize().to_vec());
        Ok(())
    }

    fn cache_key(&self) -> Option<Vec<u8>> {
        self.key.clone()
    }

    fn threads(&self) -> usize {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }

    fn downloads(&self, lang: &str, slug: &str) -> Vec<Download> {
        vec![
            Download {
                path: zip_path(lang, slug),
                label: "download-audio-daisy",
                args: Vec::new(),
            },
            Download {
                path: playlist_path(lang, slug),
                label: "download-audio-mp3",
                args: Vec::new(),
            },
        ]
    }

    fn edition(&self, cx: &Context, edition: &Edition) -> Result<Work, Diagnostics> {
        let path = zip_path(edition.lang.code, &edition.slug);
        job_data(&prepare(cx, edition), &path).map(Work::Job)
    }

    fn make(
        &self,
        edition: &EditionId,
        data: &[u8],
        _used: &[(String, Vec<u8>)],
    ) -> Result<super::MadeFiles, Diagnostics> {
        let (slug, lang) = edition;
        let zip_at = zip_path(lang, slug);
        let data: Data = serde_json::from_slice(data)
            .map_err(|e| bug(&zip_at, format!("the audio data could not be read: {e}")))?;
        let voice_error = |e: synth::VoiceError| {
            let help = match e {
                synth::VoiceError::Missing(_) => format!(
                    "install the Debian package `{}`, or take `audio` out of `formats:` in content/site.yaml",
                    synth::PACKAGE
                ),
                synth::VoiceError::Failed { .. } => format!(
                    "check that `{} --voices` lists the voice; the Debian package `{}` has every language compact-press speaks",
                    synth::PROGRAM,
                    synth::PACKAGE
                ),
            };
            Diagnostics::from(Diagnostic::error(
                zip_at.as_str(),
                format!("the audio edition could not be made: {e}"),
                help,
            ))
        };

        let tracks = data.script.tracks.len();
        let year = data.meta.date.get(..4).and_then(|y| y.parse().ok());
        let mut timings = daisy::Timings::default();
        let mut mp3s = Vec::new();
        for (t, track) in data.script.tracks.iter().enumerate() {
            let mut samples: Vec<i16> = Vec::new();
            let mut clips = Vec::new();
            for block in &track.blocks {
                let heading = matches!(block.kind, script::Kind::Title | script::Kind::Heading(_));
                for (i, sentence) in block.sentences.iter().enumerate() {
                    let start = samples.len() as u64;
                    let said = synth::speak(speech::voice(&sentence.lang), &sentence.ssml)
                        .map_err(voice_error)?;
                    samples.extend(said);
                    let pause = if heading {
                        PAUSE_HEADING
                    } else if i + 1 == block.sentences.len() {
                        PAUSE_BLOCK
                    } else {
                        PAUSE_SENTENCE
                    };
                    samples.resize(samples.len() + pause as usize, 0);
                    clips.push((start, samples.len() as u64));
                }
            }
            let tags = mp3::Tags {
                title: track.title.clone(),
                album: data.meta.title.clone(),
                artist: data.meta.publisher.clone(),
                track: t as u32 + 1,
                tracks: tracks as u32,
                language: mp3::iso639_2(lang).to_string(),
                year,
            };
            let mp3 = mp3::encode(&samples, &tags)
                .map_err(|e| bug(&zip_at, format!("the MP3 could not be encoded: {e}")))?;
            timings.lengths.push(samples.len() as u64);
            timings.clips.push(clips);
            mp3s.push((format!("{}.mp3", daisy::track_name(t)), mp3));
        }

        let meta = &data.meta;
        let text_files = daisy::files(&data.script, &timings, meta);
        let playlist = daisy::playlist(
            &meta.title,
            &data
                .script
                .tracks
                .iter()
                .zip(&mp3s)
                .zip(&timings.lengths)
                .map(|((track, (file, _)), len)| (file.clone(), *len, track.title.clone()))
                .collect::<Vec<_>>(),
        );
        let mut book: Vec<(String, &[u8])> = text_files
            .iter()
            .map(|(n, t)| (n.clone(), t.as_bytes()))
            .collect();
        book.extend(mp3s.iter().map(|(n, b)| (n.clone(), b.as_slice())));
        let zip = daisy::zip(&book).map_err(|e| {
            bug(
                &zip_at,
                format!("the talking book's ZIP could not be written: {e}"),
            )
        })?;

        let dir = folder(lang, slug);
        let mut out = vec![
            (zip_at.clone(), zip),
            (playlist_path(lang, slug), playlist.into_bytes()),
        ];
        out.extend(
            text_files
                .into_iter()
                .map(|(n, t)| (format!("{dir}/{n}"), t.into_bytes())),
        );
        out.extend(mp3s.into_iter().map(|(n, b)| (format!("{dir}/{n}"), b)));
        Ok(out)
    }

    /// The ZIP and the playlist link with the running time; the playlist
    /// with the MP3s' size, which is what listening to them downloads.
    fn sizes(&self, files: &[(String, Vec<u8>)]) -> Vec<(String, Size)> {
        let mut sizes = super::lengths(files);
        let playlist = files
            .iter()
            .find(|(p, _)| p.ends_with(".m3u8"))
            .map(|(p, b)| (p.clone(), String::from_utf8_lossy(b).into_owned()));
        let Some((path, m3u)) = playlist else {
            return sizes;
        };
        let seconds = daisy::playlist_seconds(&m3u);
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        let mp3_bytes: u64 = daisy::playlist_files(&m3u)
            .iter()
            .filter_map(|f| files.iter().find(|(p, _)| *p == format!("{dir}/{f}")))
            .map(|(_, b)| b.len() as u64)
            .sum();
        for (p, size) in &mut sizes {
            if p.ends_with("-daisy.zip") {
                size.seconds = Some(seconds);
            } else if *p == path {
                *size = Size {
                    bytes: mp3_bytes,
                    seconds: Some(seconds),
                };
            }
        }
        sizes
    }
}

/// What the edition says before and after the publication.
fn frame(
    tr: &Translator,
    lang: &'static str,
    title_lang: &'static str,
    title: &str,
    publisher: &str,
    date: Option<String>,
) -> Frame {
    let said = |id: &str, args: &[(&str, FluentValue<'static>)]| {
        let r = tr.ui_args(id, args);
        let l = if r.fallback { "en" } else { lang };
        vec![Run::new(l, crate::render::inline::to_plain(&r.text))]
    };
    let mut args = vec![
        ("title", FluentValue::from(title.to_string())),
        ("publisher", FluentValue::from(publisher.to_string())),
    ];
    let reads = match date {
        Some(d) => {
            args.push(("date", FluentValue::from(d)));
            said("audio-reads", &args)
        }
        None => said("audio-reads-undated", &args),
    };
    Frame {
        title: vec![Run::new(title_lang, title)],
        opening: vec![said("audio-computer-voice", &[]), reads],
        opening_track: tr.ui("audio-opening").text,
        end: said("audio-end", &args[..1]),
    }
}
