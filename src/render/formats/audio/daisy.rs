//! The DAISY 2.02 talking book ("full text, full audio"): `ncc.html`, the
//! navigation control centre listing every heading in order; `content.html`,
//! the whole text, each sentence an element of its own; one SMIL 1.0 file
//! per track, pairing each sentence of the text with its clip of the
//! track's MP3. Thorium Reader, Dolphin EasyReader and Victor Reader Stream
//! navigate it by heading and highlight each sentence as it is read.
//!
//! The layout follows the DAISY 2.02 specification and what the DAISY
//! Pipeline writes; the tests check it with the Pipeline's RelaxNG schemas.

use super::script::{Kind, Script};
use super::speech::escape;
use super::synth::RATE;
use std::fmt::Write;

/// What the book says about itself (and the EPUB made from it).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub title: String,
    pub publisher: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty if unknown.
    pub date: String,
    pub identifier: String,
    /// The edition's language code.
    pub lang: String,
    pub rtl: bool,
}

/// Where each sentence's audio lies in its track, in samples: per track,
/// per sentence in order, (start, end); and each track's length.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    pub clips: Vec<Vec<(u64, u64)>>,
    pub lengths: Vec<u64>,
}

/// A track's files' names in the book: "01".
pub fn track_name(i: usize) -> String {
    format!("{:02}", i + 1)
}

/// Seconds with three decimals, as SMIL clock values and `dur` take them.
fn seconds(samples: u64) -> String {
    let ms = (samples * 1000 + u64::from(RATE) / 2) / u64::from(RATE);
    format!("{}.{:03}", ms / 1000, ms % 1000)
}

/// "1:02:03": hours, minutes and seconds, as the NCC and SMIL metadata
/// give times.
fn clock(samples: u64) -> String {
    let s = (samples + u64::from(RATE) / 2) / u64::from(RATE);
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// The book's text files: `ncc.html`, `content.html` and the SMIL files,
/// as (name, text). The MP3s are the caller's: `<track>.mp3`.
pub fn files(script: &Script, timings: &Timings, meta: &Meta) -> Vec<(String, String)> {
    let mut content = String::new();
    let mut ncc_body = String::new();
    let mut smils = Vec::new();
    let mut n = 0usize; // every synchronised sentence, across the book
    let mut headings = 0usize;
    let mut depth = 0u8;
    let mut last_level = 0u8;
    let mut elapsed = 0u64;
    let lang_attrs = |lang: &str| {
        if lang == meta.lang {
            String::new()
        } else {
            let dir = if meta.rtl { " dir=\"ltr\"" } else { "" };
            format!(" lang=\"{lang}\" xml:lang=\"{lang}\"{dir}")
        }
    };
    for (t, track) in script.tracks.iter().enumerate() {
        let name = track_name(t);
        let clips = timings.clips.get(t).map(Vec::as_slice).unwrap_or_default();
        let length = timings.lengths.get(t).copied().unwrap_or_default();
        let mut pars = String::new();
        let mut k = 0usize; // sentence in this track
        for block in &track.blocks {
            let open_block = match block.kind {
                Kind::Title => "<h1 class=\"title\"".to_string(),
                Kind::Heading(l) => format!("<h{}", (l + 1).min(6)),
                Kind::Paragraph => "<p".to_string(),
                Kind::Item(d) => format!("<p class=\"item\" style=\"margin-left: {}em\"", 2 * d),
                Kind::Line => "<p class=\"line\"".to_string(),
            };
            let close_block = match block.kind {
                Kind::Title => "</h1>".to_string(),
                Kind::Heading(l) => format!("</h{}>", (l + 1).min(6)),
                _ => "</p>".to_string(),
            };
            let heading = matches!(block.kind, Kind::Title | Kind::Heading(_));
            for (i, sentence) in block.sentences.iter().enumerate() {
                n += 1;
                let (start, end) = clips.get(k).copied().unwrap_or((length, length));
                k += 1;
                let text = escape(&sentence.text);
                let attrs = lang_attrs(&sentence.lang);
                let link = format!("<a href=\"{name}.smil#p{n}\">{text}</a>");
                if heading {
                    // A heading is one sentence: the element is the unit.
                    let _ = writeln!(
                        content,
                        "{open_block} id=\"t{n}\"{attrs}>{link}{close_block}"
                    );
                    headings += 1;
                    let level = match block.kind {
                        Kind::Heading(l) => l.clamp(1, last_level.max(1) + 1).min(6),
                        _ => 1,
                    };
                    last_level = level;
                    depth = depth.max(level);
                    let class = if block.kind == Kind::Title {
                        " class=\"title\""
                    } else {
                        ""
                    };
                    let _ = writeln!(
                        ncc_body,
                        "<h{level}{class} id=\"n{headings}\"><a href=\"{name}.smil#p{n}\">{text}</a></h{level}>"
                    );
                } else {
                    if i == 0 {
                        let _ = write!(content, "{open_block}>");
                    } else if !sentence.glued {
                        content.push(' ');
                    }
                    let _ = write!(content, "<span id=\"t{n}\"{attrs}>{link}</span>");
                    if i + 1 == block.sentences.len() {
                        let _ = writeln!(content, "{close_block}");
                    }
                }
                let _ = writeln!(
                    pars,
                    "<par endsync=\"last\" id=\"p{n}\"><text src=\"content.html#t{n}\" id=\"x{n}\"/><audio src=\"{name}.mp3\" clip-begin=\"npt={}s\" clip-end=\"npt={}s\" id=\"a{n}\"/></par>",
                    seconds(start),
                    seconds(end)
                );
            }
        }
        let smil = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n\
             <!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 1.0//EN\" \"http://www.w3.org/TR/REC-smil/SMIL10.dtd\">\n\
             <smil>\n<head>\n\
             <meta name=\"dc:format\" content=\"Daisy 2.02\"/>\n\
             <meta name=\"dc:identifier\" content=\"{id}\"/>\n\
             <meta name=\"dc:title\" content=\"{book}\"/>\n\
             <meta name=\"title\" content=\"{title}\"/>\n\
             <meta name=\"ncc:generator\" content=\"compact-press {version}\"/>\n\
             <meta name=\"ncc:totalElapsedTime\" content=\"{elapsed}\"/>\n\
             <meta name=\"ncc:timeInThisSmil\" content=\"{this}\"/>\n\
             <layout><region id=\"txtView\"/></layout>\n\
             </head>\n<body>\n<seq dur=\"{dur}s\">\n{pars}</seq>\n</body>\n</smil>\n",
            id = escape(&meta.identifier),
            book = escape(&meta.title),
            title = escape(&track.title),
            version = env!("CARGO_PKG_VERSION"),
            elapsed = clock(elapsed),
            this = clock(length),
            dur = seconds(length),
        );
        elapsed += length;
        smils.push((format!("{name}.smil"), smil));
    }
    let total: u64 = timings.lengths.iter().sum();
    // The metadata the NCC and the text share, then `more`.
    let head = |more: &str| {
        let mut h = String::new();
        let meta_line = |h: &mut String, name: &str, content: &str| {
            let _ = writeln!(h, "<meta name=\"{name}\" content=\"{}\"/>", escape(content));
        };
        meta_line(&mut h, "dc:title", &meta.title);
        meta_line(&mut h, "dc:creator", &meta.publisher);
        meta_line(&mut h, "dc:publisher", &meta.publisher);
        if !meta.date.is_empty() {
            meta_line(&mut h, "dc:date", &meta.date);
        }
        meta_line(&mut h, "dc:format", "Daisy 2.02");
        meta_line(&mut h, "dc:identifier", &meta.identifier);
        meta_line(&mut h, "dc:language", &meta.lang);
        meta_line(&mut h, "ncc:charset", "utf-8");
        meta_line(
            &mut h,
            "ncc:generator",
            &format!("compact-press {}", env!("CARGO_PKG_VERSION")),
        );
        h.push_str(more);
        h
    };
    // DAISY 2.02 allows `dir` in the text, not in the NCC.
    let html_open = |doctype: &str, rtl: bool| {
        let dir = if rtl { " dir=\"rtl\"" } else { "" };
        format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n{doctype}\n\
             <html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{l}\" xml:lang=\"{l}\"{dir}>\n<head>\n\
             <meta http-equiv=\"Content-type\" content=\"text/html; charset=utf-8\"/>\n\
             <title>{t}</title>\n",
            l = meta.lang,
            t = escape(&meta.title),
        )
    };
    let transitional = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">";
    let mut ncc_extra = String::new();
    for (name, value) in [
        ("ncc:depth", depth.max(1).to_string()),
        ("ncc:files", (2 + 2 * script.tracks.len()).to_string()),
        ("ncc:footnotes", "0".into()),
        ("ncc:maxPageNormal", "0".into()),
        ("ncc:multimediaType", "audioFullText".into()),
        ("ncc:narrator", "eSpeak NG (synthetic speech)".into()),
        ("ncc:pageFront", "0".into()),
        ("ncc:pageNormal", "0".into()),
        ("ncc:pageSpecial", "0".into()),
        ("ncc:prodNotes", "0".into()),
        ("ncc:setInfo", "1 of 1".into()),
        ("ncc:sidebars", "0".into()),
        ("ncc:tocItems", headings.to_string()),
        ("ncc:totalTime", clock(total)),
    ] {
        let _ = writeln!(
            ncc_extra,
            "<meta name=\"{name}\" content=\"{}\"/>",
            escape(&value)
        );
    }
    let ncc = format!(
        "{}{}</head>\n<body>\n{ncc_body}</body>\n</html>\n",
        html_open(transitional, false),
        head(&ncc_extra)
    );
    let content = format!(
        "{}{}<style type=\"text/css\">body {{ max-width: 40em; margin: 1em auto; padding: 0 1em; line-height: 1.5; }} a {{ color: inherit; text-decoration: none; }}</style>\n</head>\n<body>\n{content}</body>\n</html>\n",
        html_open(transitional, meta.rtl),
        head("")
    );
    let mut out = vec![
        ("ncc.html".to_string(), ncc),
        ("content.html".to_string(), content),
    ];
    out.extend(smils);
    out
}

/// The playlist of the MP3s, for players that play a folder in order:
/// (file, seconds, title) per track.
pub fn playlist(title: &str, tracks: &[(String, u64, String)]) -> String {
    let mut out = format!("#EXTM3U\n#PLAYLIST:{}\n", one_line(title));
    for (file, samples, name) in tracks {
        let secs = (samples + u64::from(RATE) / 2) / u64::from(RATE);
        let _ = write!(out, "#EXTINF:{secs},{}\n{file}\n", one_line(name));
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The running time a playlist gives, in seconds.
pub fn playlist_seconds(m3u: &str) -> u64 {
    m3u.lines()
        .filter_map(|l| l.strip_prefix("#EXTINF:"))
        .filter_map(|l| l.split(',').next()?.trim().parse::<u64>().ok())
        .sum()
}

/// The MP3 files a playlist names.
pub fn playlist_files(m3u: &str) -> Vec<&str> {
    m3u.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A sentence's clip, as a SMIL file of the book gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clip {
    /// The sentence's number in the book, from 1, across every track.
    pub n: usize,
    /// The MP3 it is in: "01.mp3".
    pub audio: String,
    /// Where it starts and ends in the MP3, in milliseconds.
    pub begin_ms: u64,
    pub end_ms: u64,
}

/// The clips of one of this module's SMIL files, in order: how the EPUB
/// uses the recording's timing without making it again.
pub fn clips(smil: &str) -> Vec<Clip> {
    static PAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"<par endsync="last" id="p(\d+)"><text [^>]*/><audio src="([^"]+)" clip-begin="npt=(\d+)\.(\d{3})s" clip-end="npt=(\d+)\.(\d{3})s""#,
        )
        .expect("a valid pattern")
    });
    let ms = |s: &str, f: &str| -> u64 {
        s.parse::<u64>().unwrap_or(0) * 1000 + f.parse::<u64>().unwrap_or(0)
    };
    PAR.captures_iter(smil)
        .map(|c| Clip {
            n: c[1].parse().unwrap_or(0),
            audio: c[2].to_string(),
            begin_ms: ms(&c[3], &c[4]),
            end_ms: ms(&c[5], &c[6]),
        })
        .collect()
}

/// The book as one ZIP, its files at the top (as Thorium Reader imports
/// it): text compressed, MP3s stored, every date the same, so that the
/// same book gives the same bytes.
pub fn zip(files: &[(String, &[u8])]) -> Result<Vec<u8>, String> {
    crate::render::formats::archive::zip(files, |name| name.ends_with(".mp3"), &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clips_read_back_from_the_smil_files() {
        use super::super::script::{Kind, Said, Sentence, Track};
        let sentence = |t: &str| Sentence {
            text: t.into(),
            parts: vec![("en".into(), t.into())],
            lang: "en".into(),
            ssml: String::new(),
            glued: false,
        };
        let said = |kind, s: Vec<Sentence>| Said {
            kind,
            sentences: s,
            spoken: false,
            bullet: false,
        };
        let script = Script {
            tracks: vec![
                Track {
                    title: "Title".into(),
                    blocks: vec![said(Kind::Title, vec![sentence("Compact")])],
                },
                Track {
                    title: "1 Aims".into(),
                    blocks: vec![
                        said(Kind::Heading(1), vec![sentence("1 Aims")]),
                        said(Kind::Paragraph, vec![sentence("One."), sentence("Two.")]),
                    ],
                },
            ],
        };
        let timings = Timings {
            clips: vec![
                vec![(0, 22_050)],
                vec![(0, 11_025), (11_025, 33_075), (33_075, 44_100)],
            ],
            lengths: vec![22_050, 44_100],
        };
        let meta = Meta {
            title: "Compact".into(),
            publisher: "CVS".into(),
            date: String::new(),
            identifier: "x".into(),
            lang: "en".into(),
            rtl: false,
        };
        let files = files(&script, &timings, &meta);
        let smil = &files.iter().find(|(n, _)| n == "02.smil").unwrap().1;
        let got = clips(smil);
        assert_eq!(
            got,
            [
                Clip {
                    n: 2,
                    audio: "02.mp3".into(),
                    begin_ms: 0,
                    end_ms: 500
                },
                Clip {
                    n: 3,
                    audio: "02.mp3".into(),
                    begin_ms: 500,
                    end_ms: 1500
                },
                Clip {
                    n: 4,
                    audio: "02.mp3".into(),
                    begin_ms: 1500,
                    end_ms: 2000
                },
            ]
        );
    }

    #[test]
    fn times_are_seconds_and_clocks() {
        assert_eq!(seconds(22_050), "1.000");
        assert_eq!(seconds(33_075), "1.500");
        assert_eq!(clock(22_050 * 3725), "1:02:05");
    }

    #[test]
    fn a_playlist_gives_its_running_time_and_files() {
        let p = playlist(
            "Compact",
            &[
                (
                    "01.mp3".into(),
                    22_050 * 61,
                    "Title\nand introduction".into(),
                ),
                ("02.mp3".into(), 22_050 * 30, "1 Purpose".into()),
            ],
        );
        assert!(p.starts_with("#EXTM3U\n"));
        assert!(p.contains("#EXTINF:61,Title and introduction\n01.mp3\n"));
        assert_eq!(playlist_seconds(&p), 91);
        assert_eq!(playlist_files(&p), ["01.mp3", "02.mp3"]);
    }
}
