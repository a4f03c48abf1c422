//! A track's samples as an MP3: mono, 22.05 kHz, 48 kbps constant bit rate
//! (MPEG-2 layer III, about 21.6 MB an hour), encoded by LAME 3.100
//! (`mp3lame-encoder`, LGPL), with an ID3v2.3 tag in front (title, album,
//! artist, track number, language) and LAME's Info frame first, which
//! tells players the encoder's delay and padding, so that the audio plays
//! for exactly the samples given (as the SMIL's clip times assume).

use super::synth::RATE;
use id3::TagLike;
use mp3lame_encoder::{
    max_required_buffer_size, Bitrate, Builder, FlushNoGap, Mode, MonoPcm, Quality,
};

/// What the tag says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tags {
    /// The track's title: its section's heading.
    pub title: String,
    /// The publication's title.
    pub album: String,
    /// The publisher.
    pub artist: String,
    pub track: u32,
    pub tracks: u32,
    /// ISO 639-2 code: "eng", "ben", "pan", "hin", "guj", "urd".
    pub language: String,
    /// The publication's year, if known.
    pub year: Option<i32>,
}

/// ISO 639-2 (ID3's TLAN) for a language code.
pub fn iso639_2(lang: &str) -> &'static str {
    match lang {
        "bn" => "ben",
        "pa" => "pan",
        "hi" => "hin",
        "gu" => "guj",
        "ur" => "urd",
        _ => "eng",
    }
}

/// The MP3 of `samples`, tagged.
pub fn encode(samples: &[i16], tags: &Tags) -> Result<Vec<u8>, String> {
    let mut builder = Builder::new().ok_or("LAME could not start")?;
    builder.set_num_channels(1).map_err(|e| e.to_string())?;
    builder.set_sample_rate(RATE).map_err(|e| e.to_string())?;
    builder
        .set_brate(Bitrate::Kbps48)
        .map_err(|e| e.to_string())?;
    builder.set_mode(Mode::Mono).map_err(|e| e.to_string())?;
    builder
        .set_quality(Quality::Ok)
        .map_err(|e| e.to_string())?;
    builder
        .set_to_write_vbr_tag(true)
        .map_err(|e| e.to_string())?;
    let mut encoder = builder.build().map_err(|e| e.to_string())?;
    let mut mp3 = Vec::new();
    // LAME takes a buffer size of 0 as "unlimited" and writes past the end
    // of an empty Vec: reserve what it may need first.
    for chunk in samples.chunks(RATE as usize * 10) {
        mp3.reserve(max_required_buffer_size(chunk.len()));
        encoder
            .encode_to_vec(MonoPcm(chunk), &mut mp3)
            .map_err(|e| e.to_string())?;
    }
    mp3.reserve(max_required_buffer_size(0));
    encoder
        .flush_to_vec::<FlushNoGap>(&mut mp3)
        .map_err(|e| e.to_string())?;
    // The Info frame LAME left room for at the start, now it knows the
    // length.
    let mut info = Vec::with_capacity(encoder.lame_tag_size());
    if encoder.lame_tag_encode_to_vec(&mut info).is_some() && info.len() <= mp3.len() {
        mp3[..info.len()].copy_from_slice(&info);
    }
    let mut out = id3_tag(tags)?;
    out.extend(mp3);
    Ok(out)
}

fn id3_tag(tags: &Tags) -> Result<Vec<u8>, String> {
    let mut tag = id3::Tag::new();
    tag.set_title(tags.title.clone());
    tag.set_album(tags.album.clone());
    tag.set_artist(tags.artist.clone());
    tag.set_track(tags.track);
    tag.set_total_tracks(tags.tracks);
    tag.set_text("TLAN", tags.language.clone());
    tag.set_genre("Speech");
    if let Some(year) = tags.year {
        tag.set_year(year);
    }
    let mut out = Vec::new();
    tag.write_to(&mut out, id3::Version::Id3v23)
        .map_err(|e| e.to_string())?;
    Ok(out)
}
