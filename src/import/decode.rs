//! Turning a raw file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, or
//! Windows-1252/Latin-1 — and repairing text that was already mis-decoded once (mojibake).

/// Why a file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("this looks like a binary file, not text (it contains NUL bytes)")]
    Binary,
    #[error("invalid UTF-16 text")]
    BadUtf16,
    #[error("the file starts with a UTF-8 byte-order mark but byte {offset} is not valid UTF-8")]
    BadUtf8 { offset: usize },
    #[error(
        "line {line}, column {column}: byte 0x{byte:02X} is neither UTF-8 nor Windows-1252 text; save the file as UTF-8"
    )]
    Unknown {
        byte: u8,
        line: usize,
        column: usize,
    },
}

/// How the text was decoded, so the importer can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
    /// UTF-8 text that had been decoded as Windows-1252 once before; repaired.
    RepairedMojibake,
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those bytes are undefined.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
        _ => Some(b as char),
    }
}

fn cp1252_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if code < 0x80 || (0xA0..=0xFF).contains(&code) {
        return Some(code as u8);
    }
    // Latin-1 decoders turn the five undefined bytes into C1 controls: take those back too.
    if (0x80..0xA0).contains(&code) && CP1252_HIGH[(code - 0x80) as usize].is_none() {
        return Some(code as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == Some(c))
        .map(|i| 0x80 + i as u8)
}

/// Decodes `bytes`; line endings are normalised to `\n`.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    let (text, encoding) = decode_raw(bytes)?;
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if let Some(repaired) = repair_mojibake(&text) {
        return Ok((repaired, Encoding::RepairedMojibake));
    }
    Ok((text, encoding))
}

fn decode_raw(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).map(|t| (t, Encoding::Utf16));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).map(|t| (t, Encoding::Utf16));
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return std::str::from_utf8(rest)
            .map(|t| (t.to_string(), Encoding::Utf8))
            .map_err(|e| DecodeError::BadUtf8 {
                offset: e.valid_up_to() + 3,
            });
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok((t.to_string(), Encoding::Utf8)),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
            for (offset, &b) in bytes.iter().enumerate() {
                match cp1252_char(b) {
                    Some(c) => out.push(c),
                    None => {
                        let before = &bytes[..offset];
                        let line_start = before
                            .iter()
                            .rposition(|&c| c == b'\n')
                            .map_or(0, |i| i + 1);
                        return Err(DecodeError::Unknown {
                            byte: b,
                            line: before.iter().filter(|&&c| c == b'\n').count() + 1,
                            column: offset - line_start + 1,
                        });
                    }
                }
            }
            Ok((out, Encoding::Windows1252))
        }
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::BadUtf16);
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| word([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| DecodeError::BadUtf16)
}

/// Text such as "Menteri â€œAâ€\u{9d}" is UTF-8 that was read as Windows-1252; undo that when
/// the whole text converts back cleanly and the result has no such sequences left.
fn repair_mojibake(text: &str) -> Option<String> {
    let suspicious = |t: &str| t.contains("â€") || t.contains("Ã") || t.contains("Â");
    if !suspicious(text) {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        bytes.push(cp1252_byte(c)?);
    }
    let repaired = String::from_utf8(bytes).ok()?;
    (!suspicious(&repaired) && repaired.chars().count() < text.chars().count()).then_some(repaired)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_crlf() {
        let (t, e) = decode(b"\xEF\xBB\xBFJakarta -\r\nDua\r\n").unwrap();
        assert_eq!((t.as_str(), e), ("Jakarta -\nDua\n", Encoding::Utf8));
    }

    #[test]
    fn windows_1252_quotes_and_accents() {
        let (t, e) = decode(b"\x93Caf\xe9\x94 \x96 Rp 5\x80").unwrap();
        assert_eq!((t.as_str(), e), ("“Café” – Rp 5€", Encoding::Windows1252));
    }

    #[test]
    fn utf16_le_with_bom() {
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Tokyo é".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&bytes).unwrap().0, "Tokyo é");
    }

    #[test]
    fn mojibake_is_repaired() {
        let (t, e) = decode("kata â€œAliansiâ€\u{9d} di Kyoto â€“ CafÃ©".as_bytes()).unwrap();
        assert_eq!(e, Encoding::RepairedMojibake);
        assert_eq!(t, "kata “Aliansi” di Kyoto – Café");
    }

    #[test]
    fn undefined_byte_and_binary_fail() {
        assert!(matches!(
            decode(b"ab\x81cd\xff"),
            Err(DecodeError::Unknown {
                byte: 0x81,
                line: 1,
                column: 3
            })
        ));
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(DecodeError::Binary));
    }
}
