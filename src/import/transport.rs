//! The envelope a transport puts around a story: a saved mail or an mbox (the header a mail
//! server writes, MIME parts and their transfer encodings), a mailing list's digest, a Usenet
//! post, a bulletin board's message, an IRC log. The envelope is the carrier's — its
//! timestamps are no story's date and whoever passed the story on is no writer — so it is read
//! first, before any line is classified, and what comes out is the story's text as the sender
//! pasted it. Each envelope is recognised by its shape (a header block holding a transport's own
//! fields, a log whose lines open with a time and a nick), never by whose it is.

use std::sync::LazyLock;

use regex::Regex;

/// The text a transport carried, without its envelope; None when the text shows none.
pub fn unwrap(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    irc_log(&lines)
        .or_else(|| messages(&lines))
        .or_else(|| fax_pages(&lines))
}

/// "JAN-27-2026 15:58  FROM: CITY OF X   306 975 0000   P.2/3", "12/03/2026 10:14 FAX 0361 …
/// PAGE 2 OF 3": the line a fax machine prints over each page it sends, closing on the page's
/// number and the count of pages.
static FAX_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d{1,2}:\d{2}.*\bP(?:AGE|G)?\.?\s?(\d{1,3})\s?(?:/|OF)\s?(\d{1,3})\s*$")
        .unwrap()
});

/// A fax a gateway mailed as text: each page under the machine's page head (a date, a time,
/// the sender's number, `P.2/3`), the gateway's frame over the first head (its mail header,
/// "FAX RECEIVED", the pages' count, an OCR notice, a rule) and under the last page (a rule,
/// "END OF FAX", a do-not-reply line), and a cover sheet as the first page. All of it is the
/// carrier's: the pages' heads go (a paragraph a head cut runs on over it), the frame goes, and
/// a first page that speaks of itself as a cover (a few short lines) goes. Recognised by two page
/// heads or more counting the same pages up, the frame over the first holding no paragraph.
fn fax_pages(lines: &[&str]) -> Option<String> {
    let heads: Vec<(usize, u32, u32)> = lines
        .iter()
        .enumerate()
        .filter_map(|(k, l)| {
            let c = FAX_HEAD.captures(l)?;
            Some((k, c[1].parse().ok()?, c[2].parse().ok()?))
        })
        .collect();
    let count = heads.first()?.2;
    if heads.len() < 2
        || heads.iter().any(|h| h.2 != count)
        || heads.windows(2).any(|w| w[1].1 <= w[0].1)
    {
        return None;
    }
    let words = |l: &&str| l.split_whitespace().count();
    let first = heads[0].0;
    if lines[..first].iter().any(|l| words(l) >= 20) {
        return None;
    }
    let mut keep = vec![true; lines.len()];
    keep[..first].iter_mut().for_each(|k| *k = false);
    for &(k, _, _) in &heads {
        keep[k] = false;
    }
    // A cover sheet: the first page, a few short lines that call themselves a cover.
    let second = heads[1].0;
    let cover = &lines[first + 1..second];
    if heads[0].1 == 1
        && cover.iter().map(words).sum::<usize>() <= 60
        && cover.iter().all(|l| words(l) < 20)
        && cover.iter().any(|l| {
            let l = l.to_lowercase();
            l.contains("cover") || l.contains("sampul")
        })
    {
        keep[first + 1..second].iter_mut().for_each(|k| *k = false);
    }
    // The gateway's closing frame: a rule under the last page with a few short lines after it.
    let last = heads[heads.len() - 1].0;
    if let Some(rule) = (last..lines.len()).rev().find(|&k| is_rule(lines[k])) {
        let after: Vec<&&str> = lines[rule + 1..]
            .iter()
            .filter(|l| !l.trim().is_empty())
            .collect();
        if after.len() <= 4 && after.iter().all(|l| words(l) <= 14) {
            keep[rule..].iter_mut().for_each(|k| *k = false);
        }
    }
    let mut out: Vec<&str> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        if keep[k] {
            out.push(line);
        } else if heads.iter().any(|h| h.0 == k) {
            // A page head cutting a paragraph: the blank lines around it part nothing.
            let open = out
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| !super::clean::ends_sentence(l));
            if open {
                while out.last().is_some_and(|l| l.trim().is_empty()) {
                    out.pop();
                }
                let mut n = k + 1;
                while n < lines.len() && lines[n].trim().is_empty() {
                    keep[n] = false;
                    n += 1;
                }
            }
        }
    }
    Some(out.join("\n"))
}

/// "[21:14:07] <dayat_pkp> …", "21:14 <@ops> …", "[2025-12-02 21:14] < nick> …": a chat line
/// of an IRC client's log: a clock time (with a date or not, in brackets or not) and a nick in
/// angle brackets. The text after them.
static IRC_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:\[(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]|(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?)\s+<\s?[@+%&~]?([^<>\s]{1,32})>\s?(.*)$",
    )
    .unwrap()
});

/// "*** Now talking in #x", "-!- nick has quit", "[21:16] * nick waves", "21:16 -!- …": a
/// client's own line (joins, quits, topics, actions), a time before it or not.
static IRC_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\[?[\d:\- T]{4,20}\]?\s+)?(?:\*\*\*|-!-|\*|--[<>-]?|<--|-->)\s").unwrap()
});

/// An IRC log: most of its lines are chat lines or the client's own, and one member pasted the
/// story as a run of messages, one after another, no one else's between them. That run, each
/// message a paragraph without its time and nick, is the story; the chat around it (the
/// members' talk, topics, joins and quits) is the channel's. A message that stops mid-sentence
/// runs on into the next (a client splits a long message).
fn irc_log(lines: &[&str]) -> Option<String> {
    let set: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let chat: Vec<Option<(&str, &str)>> = lines
        .iter()
        .map(|l| {
            IRC_LINE.captures(l).map(|c| {
                let nick = c.get(1).map_or("", |m| m.as_str());
                let said = c.get(2).map_or("", |m| m.as_str()).trim();
                (nick, said)
            })
        })
        .collect();
    let said = chat.iter().flatten().count();
    let events = set.iter().filter(|l| IRC_EVENT.is_match(l)).count();
    if said < 4 || (said + events) * 5 < set.len() * 4 {
        return None;
    }
    // The longest run, in words, of one nick's messages.
    let words = |s: &str| s.split_whitespace().count();
    let mut best: Option<(usize, usize, usize)> = None;
    let mut k = 0;
    while k < lines.len() {
        let Some((nick, _)) = chat[k] else {
            k += 1;
            continue;
        };
        let mut end = k;
        let mut total = 0;
        while let Some(Some((n, s))) = chat.get(end)
            && *n == nick
        {
            total += words(s);
            end += 1;
        }
        if best.is_none_or(|(_, _, w)| total > w) {
            best = Some((k, end, total));
        }
        k = end;
    }
    let (from, to, total) = best?;
    // A story is paragraphs: some of them long.
    if to - from < 2 || total < 60 {
        return None;
    }
    let mut out = String::new();
    for (_, said) in chat[from..to].iter().flatten() {
        if said.is_empty() {
            continue;
        }
        if !out.is_empty() {
            let open = !super::clean::ends_sentence(&out);
            out.push_str(if open { "\n" } else { "\n\n" });
        }
        out.push_str(said);
    }
    Some(out)
}

/// "Received: …", "Content-Type: …", "Msg #: …": a header field's name and the text after its
/// colon.
static FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Za-z][A-Za-z0-9-]{0,40}(?: #)?):(?:[ \t]+(.*)|$)").unwrap());

/// "From redaksi@x.com  Tue Dec  9 18:02:11 2025": the line an mbox sets before each message.
static MBOX_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^From \S+\s+[A-Z][a-z]{2} [A-Z][a-z]{2}\s+\d{1,2} \d{1,2}:\d{2}(?::\d{2})?(?: [A-Z]{3,4}| [+-]\d{4})? \d{4}\s*$",
    )
    .unwrap()
});

/// "Message: 1": the head of a message in a mailing list's digest.
static DIGEST_MESSAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^Message: \d{1,4}\s*$").unwrap());

/// The fields only a transport writes — a mail server's, a news server's, a MIME part's, a
/// bulletin board's — never a person reading the message: a header holding one is the
/// transport's, not a mail client's view of it ("From: …", "Date: …", "Subject: …" alone).
fn transport_field(name: &str) -> bool {
    const FIELDS: &[&str] = &[
        "received",
        "return-path",
        "delivered-to",
        "message-id",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "in-reply-to",
        "references",
        "path",
        "newsgroups",
        "followup-to",
        "lines",
        "xref",
        "organization",
        "user-agent",
        "status",
        "list-id",
        "list-unsubscribe",
        "precedence",
        "dkim-signature",
        "authentication-results",
        "msg #",
        "area",
        "attr",
    ];
    let name = name.to_lowercase();
    FIELDS.contains(&name.as_str()) || name.starts_with("x-") || name.starts_with("nntp-")
}

/// A line of dashes, equals signs or underscores: a header's or a digest's rule.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 20 && t.chars().all(|c| matches!(c, '-' | '=' | '_' | '*'))
}

/// A message's header block read from `lines[at..]`: its fields (names in lower case, folded
/// values unfolded) and the index of the first line after it (the blank line or rule closing
/// it is skipped). None when the lines there are no header.
fn header(lines: &[&str], at: usize) -> Option<(Vec<(String, String)>, usize)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut k = at;
    while k < lines.len() {
        let line = lines[k];
        if line.trim().is_empty() || is_rule(line) {
            k += 1;
            break;
        }
        if line.starts_with([' ', '\t']) && !fields.is_empty() {
            let last = &mut fields.last_mut()?.1;
            last.push(' ');
            last.push_str(line.trim());
        } else if let Some(c) = FIELD.captures(line) {
            let value = c.get(2).map_or("", |m| m.as_str()).trim().to_string();
            fields.push((c[1].to_lowercase(), value));
        } else {
            return None;
        }
        k += 1;
    }
    Some((fields, k))
}

/// One message the text holds: its header's fields and its body's lines.
struct Message {
    fields: Vec<(String, String)>,
    from: usize,
    to: usize,
}

impl Message {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The messages a saved mail, an mbox, a digest, a news post or a board's message holds, and
/// the story from the one that carries it: its sender's address line (the mail's one line the
/// page's reading may use: a newsletter's sender names its outlet) over the body, decoded.
fn messages(lines: &[&str]) -> Option<String> {
    // Where messages start: an mbox's separator line, a digest's "Message: N" line, or the
    // text's first line.
    let first = lines.iter().position(|l| !l.trim().is_empty())?;
    let mut starts: Vec<(usize, bool)> = Vec::new();
    let mut digest = false;
    for k in first..lines.len() {
        let opens = k == first || lines[k - 1].trim().is_empty();
        let next_is_field = lines.get(k + 1).is_some_and(|l| FIELD.is_match(l));
        if opens && next_is_field && MBOX_FROM.is_match(lines[k]) {
            starts.push((k + 1, true));
        } else if next_is_field && DIGEST_MESSAGE.is_match(lines[k]) {
            starts.push((k + 1, true));
            digest = true;
        } else if k == first && FIELD.is_match(lines[k]) {
            starts.push((k, false));
        }
    }
    let mut found: Vec<Message> = Vec::new();
    for (n, &(at, marked)) in starts.iter().enumerate() {
        let Some((fields, body)) = header(lines, at) else {
            continue;
        };
        let transport = fields.iter().any(|(name, _)| transport_field(name));
        if fields.len() < 2 || !marked && (fields.len() < 3 || !transport) {
            continue;
        }
        let mut end = starts.get(n + 1).map_or(lines.len(), |&(next, _)| next - 1);
        if digest {
            // A digest's message ends at its rule; the list's footer follows the last.
            if let Some(rule) = (body..end).find(|&k| is_rule(lines[k])) {
                end = rule;
            }
        }
        found.push(Message {
            fields,
            from: body,
            to: end.max(body),
        });
    }
    let words = |m: &Message| {
        lines[m.from..m.to]
            .iter()
            .map(|l| l.split_whitespace().count())
            .sum::<usize>()
    };
    // A digest carries the story among members' short messages: the longest is the story's.
    // An mbox holding several stories gives the first, as a page gives its first story.
    let message = if digest {
        found.iter().max_by_key(|m| words(m))?
    } else {
        found.iter().find(|m| words(m) >= 60).or(found.first())?
    };
    let body = decoded_body(message, lines);
    let mut out = String::new();
    if let Some(sender) = message.field("from").map(encoded_words)
        && sender.contains('@')
    {
        out.push_str("From: ");
        out.push_str(&sender);
        out.push_str("\n\n");
    }
    out.push_str(&without_sender_note(&without_tear_lines(&body)));
    Some(out)
}

/// The body of `message`, its transfer encoding undone and, when it has MIME parts, the part
/// a reader sees as text.
fn decoded_body(message: &Message, lines: &[&str]) -> String {
    let raw = lines[message.from..message.to].join("\n");
    let kind = message.field("content-type").unwrap_or("text/plain");
    let encoding = message.field("content-transfer-encoding").unwrap_or("");
    part_text(kind, encoding, &raw, 0)
}

/// The text of one MIME part: a multipart's text part (plain text first, else its HTML, which
/// the page-source reader reads next), or the part's own body decoded.
fn part_text(kind: &str, encoding: &str, raw: &str, depth: usize) -> String {
    let lower = kind.to_lowercase();
    if lower.starts_with("multipart/")
        && depth < 4
        && let Some(boundary) = parameter(kind, "boundary")
    {
        let parts = mime_parts(raw, &boundary);
        let pick = |want: &str| {
            parts.iter().find(|(fields, _)| {
                let k = field_of(fields, "content-type").unwrap_or("text/plain");
                let attached = field_of(fields, "content-disposition")
                    .is_some_and(|d| d.to_lowercase().starts_with("attachment"));
                !attached && k.to_lowercase().starts_with(want)
            })
        };
        if let Some((fields, body)) = pick("text/plain")
            .or_else(|| pick("multipart/"))
            .or_else(|| pick("text/html"))
        {
            let k = field_of(fields, "content-type").unwrap_or("text/plain");
            let e = field_of(fields, "content-transfer-encoding").unwrap_or("");
            return part_text(k, e, body, depth + 1);
        }
        return raw.to_string();
    }
    let bytes = match encoding.trim().to_lowercase().as_str() {
        "quoted-printable" => {
            quoted_printable::decode(raw.as_bytes(), quoted_printable::ParseMode::Robust).ok()
        }
        "base64" => {
            let compact: Vec<u8> = raw.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
            let unpadded: &[u8] = compact
                .strip_suffix(b"==")
                .or(compact.strip_suffix(b"="))
                .unwrap_or(&compact);
            data_encoding::BASE64_NOPAD.decode(unpadded).ok()
        }
        _ => None,
    };
    match bytes.and_then(|b| super::decode::decode(&b).ok()) {
        Some((text, _)) => text,
        None => raw.to_string(),
    }
}

fn field_of<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// `boundary="abc"` in a Content-Type's parameters.
fn parameter(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (key, v) = p.split_once('=')?;
        (key.trim().eq_ignore_ascii_case(name))
            .then(|| v.trim().trim_matches('"').to_string())
            .filter(|v| !v.is_empty())
    })
}

/// The parts of a multipart body between its `--boundary` lines, each with its own header.
fn mime_parts(raw: &str, boundary: &str) -> Vec<(Vec<(String, String)>, String)> {
    let open = format!("--{boundary}");
    let close = format!("--{boundary}--");
    let lines: Vec<&str> = raw.lines().collect();
    let mut cuts: Vec<usize> = Vec::new();
    let mut end = lines.len();
    for (k, l) in lines.iter().enumerate() {
        let t = l.trim_end();
        if t == close {
            end = k;
            break;
        }
        if t == open {
            cuts.push(k);
        }
    }
    let mut parts = Vec::new();
    for (n, &at) in cuts.iter().enumerate() {
        let stop = cuts.get(n + 1).copied().unwrap_or(end).max(at + 1);
        let (fields, body) = header(&lines[..stop], at + 1).unwrap_or((Vec::new(), at + 1));
        let body = lines[body.min(stop)..stop].join("\n");
        parts.push((fields, body));
    }
    parts
}

/// "=?UTF-8?Q?Kabar_Riau?= <x@y>": a header's encoded words read as text.
fn encoded_words(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find("=?") {
        let word = &rest[at + 2..];
        let decoded = (|| {
            let (_charset, word) = word.split_once('?')?;
            let (kind, word) = word.split_once('?')?;
            let end = word.find("?=")?;
            let data = &word[..end];
            let bytes = match kind {
                "Q" | "q" => quoted_printable::decode(
                    data.replace('_', " ").as_bytes(),
                    quoted_printable::ParseMode::Robust,
                )
                .ok()?,
                "B" | "b" => data_encoding::BASE64_NOPAD
                    .decode(data.trim_end_matches('=').as_bytes())
                    .ok()?,
                _ => return None,
            };
            let (text, _) = super::decode::decode(&bytes).ok()?;
            let used = rest.len() - word.len() + end + 2;
            Some((text, used))
        })();
        match decoded {
            Some((text, used)) => {
                out.push_str(&rest[..at]);
                out.push_str(&text);
                rest = &rest[used..];
            }
            None => {
                out.push_str(&rest[..at + 2]);
                rest = word;
            }
        }
    }
    out.push_str(rest);
    out
}

/// " * Origin: Lancang Kuning BBS - Pekanbaru (2:4546/12)": a FidoNet message's origin line,
/// closing on the board's network address.
static ORIGIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s?\*\s+Origin:.*\(\d{1,5}:\d{1,5}/\d{1,5}(?:\.\d{1,5})?\)\s*$").unwrap()
});

/// A board's message closes on its tear line ("--- Mystic BBS v1.12", the program that wrote
/// it) and origin line, and a news or mail post on its signature under "-- " (two dashes and
/// a space, the separator mail programs set): the carrier's lines, not the story's.
fn without_tear_lines(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut end = lines.len();
    if let Some(origin) = lines.iter().rposition(|l| ORIGIN.is_match(l)) {
        end = origin;
        if origin > 0 && (lines[origin - 1] == "---" || lines[origin - 1].starts_with("--- ")) {
            end = origin - 1;
        }
    }
    // The signature: a few short lines under the separator, ending the message.
    if let Some(sig) = lines[..end].iter().rposition(|l| *l == "-- ")
        && end - sig <= 8
        && lines[sig + 1..end]
            .iter()
            .all(|l| l.split_whitespace().count() <= 14)
    {
        end = sig;
    }
    lines[..end].join("\n")
}

/// The sender's note over the story they pass on ("Teman-teman, berita dari X sore ini.",
/// "Salam. Dari X tadi sore:"): the body's first block, a few lines that speak as a sentence
/// (a stop, a colon, or more than one line), when the block under it opens with a headline —
/// a short line with no closing stop — and a paragraph of the story follows within a few lines.
/// A body opening with the story itself (its headline, or its lead) keeps every line.
fn without_sender_note(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let Some(start) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return body.to_string();
    };
    let end = (start..lines.len())
        .find(|&k| lines[k].trim().is_empty())
        .unwrap_or(lines.len());
    let block = &lines[start..end];
    let words: usize = block.iter().map(|l| l.split_whitespace().count()).sum();
    let speaks = block.len() >= 2 || super::clean::ends_sentence(block[0]);
    if block.len() > 4 || words > 60 || !speaks {
        return body.to_string();
    }
    let Some(next) = (end..lines.len()).find(|&k| !lines[k].trim().is_empty()) else {
        return body.to_string();
    };
    let headline = lines[next].trim();
    let head_words = headline.split_whitespace().count();
    let headline_shaped = (3..=25).contains(&head_words)
        && !super::clean::ends_sentence(headline)
        && !FIELD.is_match(headline)
        && super::parts::date_residue(headline).is_none();
    let story_follows = lines[next + 1..]
        .iter()
        .filter(|l| !l.trim().is_empty())
        .take(5)
        .any(|l| l.split_whitespace().count() >= 20);
    if !headline_shaped || !story_follows {
        return body.to_string();
    }
    lines[end..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_printable_body_is_decoded_and_its_soft_breaks_joined() {
        let text = "Return-Path: <a@b.example>\nMessage-ID: <1@b.example>\nFrom: Kabar <a@b.example>\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nJudul Berita Hari Ini\n\nWarga mengatakan =E2=80=9Cair=\n surut=E2=80=9D kemarin.\n";
        let out = unwrap(text).unwrap();
        assert!(
            out.contains("Warga mengatakan “air surut” kemarin."),
            "{out}"
        );
        assert!(!out.contains("Message-ID"), "{out}");
        assert!(out.starts_with("From: Kabar <a@b.example>"), "{out}");
    }

    #[test]
    fn a_multipart_mail_gives_its_plain_text_part() {
        let text = "From: a@b.example\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"XYZ\"\n\n--XYZ\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nQmVyaXRhIGluaS4=\n--XYZ\nContent-Type: text/html\n\n<p>Berita ini.</p>\n--XYZ--\n";
        let out = unwrap(text).unwrap();
        assert!(out.ends_with("Berita ini."), "{out}");
        assert!(!out.contains("<p>"), "{out}");
    }

    #[test]
    fn a_mail_client_header_without_transport_fields_is_left_to_the_page_reader() {
        let text = "From: X <a@b.example>\nDate: Tue, 9 Dec 2025\nSubject: y\n\nBody.\n";
        assert_eq!(unwrap(text), None);
    }

    #[test]
    fn an_irc_log_gives_the_run_one_member_pasted() {
        let mut text = String::from("*** Now talking in #x\n[21:09:41] <a> ada yang tau?\n");
        for k in 0..4 {
            text.push_str(&format!(
                "[21:14:0{k}] <b> Kalimat ke-{k} dari berita itu panjang sekali dan menyebut banyak hal tentang air keruh di kota yang tidak kunjung jernih.\n"
            ));
        }
        text.push_str("[21:15:30] <a> makasih\n");
        let out = unwrap(&text).unwrap();
        assert!(out.starts_with("Kalimat ke-0"), "{out}");
        assert!(!out.contains("makasih") && !out.contains("<b>"), "{out}");
        assert_eq!(out.matches("\n\n").count(), 3, "{out}");
    }

    #[test]
    fn a_faxs_page_heads_frame_and_cover_go() {
        let head =
            |p: u32| format!("JAN-27-2026 15:58  FROM: WARD OFFICE   306 975 0000   P.{p}/3");
        let text = format!(
            "From: Fax <fax@gw.example>\nSubject: FAX RECEIVED\n\nFAX RECEIVED\n=====================================\n{}\n\nCOVER SHEET -- For: files. 2 pages follow.\n\n{}\n\nCold Snap Cracks Mains\n\nCrews have repaired 41 broken water mains since the cold snap began, and a dozen\n\n{}\n\nhouseholds were still without water on Monday.\n\n=====================================\nEND OF FAX -- 3 page(s) received\n",
            head(1),
            head(2),
            head(3)
        );
        let out = unwrap(&text).unwrap();
        assert!(
            out.trim_start().starts_with("Cold Snap Cracks Mains"),
            "{out}"
        );
        assert!(out.contains("and a dozen\nhouseholds were"), "{out}");
        for gone in ["FAX RECEIVED", "COVER", "P.2/3", "END OF FAX", "====="] {
            assert!(!out.contains(gone), "{gone}: {out}");
        }
    }

    #[test]
    fn a_sheets_header_row_is_no_mail_header() {
        let text = "title\tdate\turl\nJembatan Putus\t2026-02-17\thttps://example.com/x\n";
        assert_eq!(unwrap(text), None);
    }

    #[test]
    fn encoded_words_are_read() {
        assert_eq!(
            encoded_words("=?UTF-8?Q?Kabar_Riau?= <a@b>"),
            "Kabar Riau <a@b>"
        );
        assert_eq!(encoded_words("=?utf-8?B?S2FiYXI=?="), "Kabar");
        assert_eq!(encoded_words("=?broken"), "=?broken");
    }
}
