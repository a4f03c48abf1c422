//! The voice: the `espeak-ng` program, run once per sentence with SSML on
//! its standard input and a WAV on its standard output (as DAISY Pipeline 2
//! runs it). eSpeak NG is GPL-3, so it is run as a separate program and
//! never linked. Counting the samples it returns times each sentence.

use std::io::Write;
use std::process::{Command, Stdio};

/// The program, and the Debian package that has it.
pub const PROGRAM: &str = "espeak-ng";
pub const PACKAGE: &str = "espeak-ng";

/// eSpeak NG's output: 16-bit mono at 22,050 samples a second.
pub const RATE: u32 = 22_050;

/// Words a minute: a little slower than eSpeak's 175, for listeners
/// hearing a computer voice in a second language or for the first time.
pub const WORDS_PER_MINUTE: u32 = 160;

/// What went wrong with the voice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoiceError {
    /// `espeak-ng` is not installed (or cannot be run).
    Missing(String),
    /// It ran but failed, or gave no audio.
    Failed { voice: String, message: String },
}

impl std::fmt::Display for VoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VoiceError::Missing(why) => write!(
                f,
                "the audio editions need the program `{PROGRAM}`, which could not be run ({why})"
            ),
            VoiceError::Failed { voice, message } => {
                write!(f, "`{PROGRAM} -v {voice}` failed: {message}")
            }
        }
    }
}

/// The installed eSpeak NG's version line ("eSpeak NG text-to-speech:
/// 1.51 …"), which the cache key includes: another version speaks
/// differently.
pub fn version() -> Result<String, VoiceError> {
    let out = Command::new(PROGRAM)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| VoiceError::Missing(e.to_string()))?;
    if !out.status.success() {
        return Err(VoiceError::Missing(format!(
            "it exited with {}",
            out.status
        )));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    // The line names the data folder too, which differs between machines.
    Ok(text
        .lines()
        .next()
        .unwrap_or_default()
        .split("Data at:")
        .next()
        .unwrap_or_default()
        .trim()
        .to_string())
}

/// Speaks one SSML document in `voice`: its samples.
pub fn speak(voice: &str, ssml: &str) -> Result<Vec<i16>, VoiceError> {
    let failed = |message: String| VoiceError::Failed {
        voice: voice.to_string(),
        message,
    };
    let mut child = Command::new(PROGRAM)
        .args(["-v", voice, "-s", &WORDS_PER_MINUTE.to_string()])
        .args(["-m", "--stdout", "--stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| VoiceError::Missing(e.to_string()))?;
    {
        let Some(mut stdin) = child.stdin.take() else {
            return Err(failed("its input could not be opened".into()));
        };
        stdin
            .write_all(ssml.as_bytes())
            .map_err(|e| failed(format!("its input could not be written: {e}")))?;
        // Closing stdin tells it the text is complete.
    }
    let out = child
        .wait_with_output()
        .map_err(|e| failed(e.to_string()))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(failed(format!(
            "it exited with {}: {}",
            out.status,
            err.trim()
        )));
    }
    samples(&out.stdout).ok_or_else(|| failed("it gave no WAV audio".into()))
}

/// The samples of a 16-bit mono WAV as eSpeak NG writes it to a pipe:
/// its header cannot know the length, so the data chunk runs to the end.
pub fn samples(wav: &[u8]) -> Option<Vec<i16>> {
    if wav.get(0..4)? != b"RIFF" || wav.get(8..12)? != b"WAVE" {
        return None;
    }
    let mut at = 12;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let len = u32::from_le_bytes(wav[at + 4..at + 8].try_into().ok()?) as usize;
        let body = at + 8;
        if id == b"fmt " {
            let fmt = wav.get(body..body + 16)?;
            let channels = u16::from_le_bytes([fmt[2], fmt[3]]);
            let rate = u32::from_le_bytes(fmt[4..8].try_into().ok()?);
            let bits = u16::from_le_bytes([fmt[14], fmt[15]]);
            if channels != 1 || rate != RATE || bits != 16 {
                return None;
            }
        } else if id == b"data" {
            let data = &wav[body..];
            return Some(
                data.chunks_exact(2)
                    .map(|b| i16::from_le_bytes([b[0], b[1]]))
                    .collect(),
            );
        }
        at = body.checked_add(len)?.checked_add(len % 2)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piped_wav_is_read_to_its_end() {
        let mut wav = b"RIFF\xff\xff\xff\x7fWAVEfmt \x10\x00\x00\x00".to_vec();
        wav.extend([1, 0, 1, 0]);
        wav.extend(RATE.to_le_bytes());
        wav.extend((RATE * 2).to_le_bytes());
        wav.extend([2, 0, 16, 0]);
        wav.extend(b"data\xff\xff\xff\x7f");
        wav.extend([1, 0, 0xff, 0xff, 0, 0x80]);
        assert_eq!(samples(&wav), Some(vec![1, -1, i16::MIN]));
        assert_eq!(samples(b"RIFF"), None);
    }
}
