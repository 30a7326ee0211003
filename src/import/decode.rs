//! Turning a raw file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, or
//! Windows-1252/Latin-1 (Windows-1254 for Turkish) — and repairing text that was already mis-decoded once (mojibake).

/// Why a file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("this looks like a binary file, not text (it contains NUL bytes)")]
    Binary,
    #[error("invalid UTF-16 text")]
    BadUtf16,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
    /// Turkish text saved as Windows-1254 (ı ğ ş İ Ğ Ş where Windows-1252 has ý ð þ Ý Ð Þ).
    Windows1254,
    /// Some lines UTF-8, the lines listed (1-based) Windows-1252.
    Mixed {
        legacy: Vec<usize>,
    },
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

pub(crate) fn cp1252_char(b: u8) -> Option<char> {
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

/// What the user should be told about how a text was decoded, if anything.
pub fn warning(encoding: &Encoding) -> Option<String> {
    match encoding {
        Encoding::Utf8 | Encoding::Utf16 => None,
        Encoding::Windows1252 => Some("not UTF-8: read as Windows-1252".into()),
        Encoding::Windows1254 => Some("not UTF-8: read as Windows-1254 (Turkish)".into()),
        Encoding::Mixed { legacy } => {
            let mut lines: Vec<String> = legacy.iter().take(5).map(|l| l.to_string()).collect();
            if legacy.len() > 5 {
                lines.push(format!("and {} more", legacy.len() - 5));
            }
            let (noun, verb) = if legacy.len() == 1 {
                ("line", "is")
            } else {
                ("lines", "are")
            };
            Some(format!(
                "{noun} {} {verb} not UTF-8: read as Windows-1252 (the rest is UTF-8)",
                lines.join(", ")
            ))
        }
        Encoding::RepairedMojibake => {
            Some("repaired text that had been mis-decoded before (mojibake)".into())
        }
    }
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

/// Removes what is not text from decoded text: control characters other than tab and newline,
/// and the Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …). U+FFFE and most controls
/// are not allowed in XML and would break the feeds, and none of them means anything in a news
/// text. NEL (U+0085), a line break from mainframe encodings, becomes a newline. Returns the
/// text and how many characters were removed.
pub fn strip_non_text(text: &str) -> (String, usize) {
    let is_non_text = |c: char| {
        let code = c as u32;
        (c.is_control() && !matches!(c, '\t' | '\n' | '\u{85}'))
            || (0xFDD0..=0xFDEF).contains(&code)
            || code & 0xFFFE == 0xFFFE
    };
    if !text.chars().any(|c| is_non_text(c) || c == '\u{85}') {
        return (text.to_string(), 0);
    }
    let mut removed = 0;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{85}' => out.push('\n'),
            c if is_non_text(c) => removed += 1,
            c => out.push(c),
        }
    }
    (out, removed)
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
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok((t.to_string(), Encoding::Utf8)),
        Err(_) => line_by_line(bytes),
    }
}

/// Text pasted together from several sources can mix encodings: each line that is valid UTF-8
/// stays UTF-8, and only the others are read as Windows-1252.
fn line_by_line(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut legacy = Vec::new();
    let mut utf8_beyond_ascii = false;
    for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        if let Ok(t) = std::str::from_utf8(line) {
            utf8_beyond_ascii |= !t.is_ascii();
            out.push_str(t);
            continue;
        }
        legacy.push(i + 1);
        for (column, &b) in line.iter().enumerate() {
            let c = cp1252_char(b).ok_or(DecodeError::Unknown {
                byte: b,
                line: i + 1,
                column: column + 1,
            })?;
            out.push(c);
        }
    }
    if utf8_beyond_ascii {
        return Ok((out, Encoding::Mixed { legacy }));
    }
    if reads_as_turkish(&out) {
        return Ok((
            out.chars().map(cp1254_letter).collect(),
            Encoding::Windows1254,
        ));
    }
    Ok((out, Encoding::Windows1252))
}

/// Windows-1254 is Windows-1252 with six letters changed: the bytes that Windows-1252 reads as
/// Ð Ý Þ ð ý þ are Turkish Ğ İ Ş ğ ı ş.
fn cp1254_letter(c: char) -> char {
    match c {
        'Ð' => 'Ğ',
        'Ý' => 'İ',
        'Þ' => 'Ş',
        'ð' => 'ğ',
        'ý' => 'ı',
        'þ' => 'ş',
        c => c,
    }
}

/// Whether a legacy text read as Windows-1252 is Turkish saved as Windows-1254: it has the
/// letters ð ý þ (Ð Ý Þ), which only Icelandic and Faroese write, and none of the acute vowels
/// and æ those languages always write beside them. (Dotless ı alone is Turkish's most common
/// letter, so a Turkish text shows many.)
fn reads_as_turkish(text: &str) -> bool {
    let turkish = text
        .chars()
        .filter(|c| matches!(c, 'Ð' | 'Ý' | 'Þ' | 'ð' | 'ý' | 'þ'))
        .count();
    let nordic = text
        .chars()
        .any(|c| matches!(c, 'á' | 'í' | 'ó' | 'ú' | 'Á' | 'Í' | 'Ó' | 'Ú' | 'æ' | 'Æ'));
    turkish > 0 && !nordic
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
    fn turkish_windows_1254_is_read_as_turkish_and_icelandic_stays_windows_1252() {
        // "Muğla'da zeytin üreticisi Hüseyin Yılmazer konuştu." saved as Windows-1254.
        let turkish =
            b"Mu\xF0la'da zeytin \xFCreticisi H\xFCseyin Y\xFDlmazer konu\xFEtu. \xDDzmir.";
        let (text, encoding) = decode(turkish).unwrap();
        assert_eq!(
            text,
            "Muğla'da zeytin üreticisi Hüseyin Yılmazer konuştu. İzmir."
        );
        assert_eq!(encoding, Encoding::Windows1254);
        // "Þórshöfn og Reykjavík" in Windows-1252: Icelandic keeps its own letters.
        let icelandic = b"\xDE\xF3rsh\xF6fn og Reykjav\xEDk, fj\xF6r\xF0ur.";
        let (text, encoding) = decode(icelandic).unwrap();
        assert!(text.starts_with("Þórshöfn og Reykjavík, fjörður"), "{text}");
        assert_eq!(encoding, Encoding::Windows1252);
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
        assert!(matches!(
            decode(b"Caf\xc3\xa9 ok\nline two \x81"),
            Err(DecodeError::Unknown {
                line: 2,
                column: 10,
                ..
            })
        ));
    }

    #[test]
    fn controls_and_non_characters_are_removed() {
        let (t, n) = strip_non_text(
            "a\u{1}b\u{fffe}c\u{ffff}d\u{fdd0}e\u{10ffff}f\u{9f}g\th\u{85}i\u{7f}\u{2028}",
        );
        assert_eq!(t, "abcdefg\th\ni\u{2028}");
        assert_eq!(n, 7);
        assert_eq!(
            strip_non_text("Café “ok”\n"),
            ("Café “ok”\n".to_string(), 0)
        );
    }

    #[test]
    fn utf8_and_windows_1252_lines_are_each_decoded_as_themselves() {
        let mut bytes = "\u{feff}Kafe “Olé” di Bandung\r\n".as_bytes().to_vec();
        bytes.extend_from_slice(b"Kata \x93Ol\xe9\x94 \x96 enak.\r\nSelesai caf\xc3\xa9.\n");
        let (t, e) = decode(&bytes).unwrap();
        assert_eq!(
            t,
            "Kafe “Olé” di Bandung\nKata “Olé” – enak.\nSelesai café.\n"
        );
        assert_eq!(e, Encoding::Mixed { legacy: vec![2] });
        assert_eq!(
            warning(&e).unwrap(),
            "line 2 is not UTF-8: read as Windows-1252 (the rest is UTF-8)"
        );
    }
}
