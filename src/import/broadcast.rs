//! A story seen through a broadcaster's tool: a player's read-along view, a graphics system's
//! crawl log, a two-column audio-visual script, a text service's sub-pages, a screen loop's
//! slides, a prompter's cues, an audio edition's navigation marks. What the listener hears or
//! the viewer reads is the story; the tool's marks around it — time marks, stamps and item
//! marks, the shot column, repeated page headers, slide records, studio cues, level marks — are
//! recognised by their shape on several lines, never by a product's name, and taken away. Body
//! text stays word for word.

use std::collections::HashMap;

use super::parts;

/// The text inside the frame a broadcast tool set around it, when some frame is found; None
/// when the text is read as it is.
pub fn unframe(text: &str) -> Option<String> {
    let mut lines: Vec<String> = text.lines().map(|l| l.trim_end().to_string()).collect();
    let mut found = false;
    for step in [
        time_marks,
        stamped_items,
        two_columns,
        sub_page_frames,
        slide_records,
        studio_cues,
        level_marks,
        shot_lists,
        code_tables,
    ] {
        if let Some(read) = step(&lines) {
            lines = read;
            found = true;
        }
    }
    if !found {
        return None;
    }
    dates_apart(&mut lines);
    Some(lines.join("\n"))
}

/// `0:18`, `02:41`, `00:01:30`: a position in a recording, in seconds.
pub(super) fn time_mark(text: &str) -> Option<u32> {
    let parts: Vec<&str> = text.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        || parts[0].len() > 2
        || parts[1..].iter().any(|p| p.len() != 2)
    {
        return None;
    }
    let mut seconds = 0u32;
    for p in &parts {
        seconds = seconds * 60 + p.parse::<u32>().ok()?;
    }
    Some(seconds)
}

/// A player's time marks, each alone on its line over the words spoken from it (a read-along
/// view, a transcript under a video): three or more, never going back. They are the player's,
/// no line of the page; each parts the words as a blank line does.
fn time_marks(lines: &[String]) -> Option<Vec<String>> {
    let marks: Vec<(usize, u32)> = lines
        .iter()
        .enumerate()
        .filter_map(|(k, l)| time_mark(l.trim()).map(|s| (k, s)))
        .collect();
    // A transcript's marks over its speakers' labels (`00:00:21` over `REPORTER – NAME:`) are
    // read with the labels, by the transcript's rules.
    let over_label = marks.iter().any(|&(k, _)| {
        lines
            .get(k + 1)
            .is_some_and(|l| l.trim_end().ends_with(':') && l.split_whitespace().count() <= 8)
    });
    if marks.len() < 3 || over_label || marks.windows(2).any(|w| w[1].1 < w[0].1) {
        return None;
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut at = marks.iter().map(|(k, _)| *k).peekable();
    for (k, line) in lines.iter().enumerate() {
        if at.peek() == Some(&k) {
            at.next();
            let after_blank = out.last().is_none_or(|l: &String| l.trim().is_empty());
            let before_blank = lines.get(k + 1).is_none_or(|l| l.trim().is_empty());
            if !after_blank && !before_blank {
                out.push(String::new());
            }
            continue;
        }
        out.push(line.clone());
    }
    Some(out)
}

/// `06:30:19 [LOOP 1] [ITEM 1/2] [SEG 01/09] text`: a line a tool stamped with its clock and
/// its marks in square brackets. The marks and the text after them.
fn stamped(line: &str) -> Option<(Vec<&str>, &str)> {
    let t = line.trim_start();
    let (clock, mut rest) = t.split_once(' ')?;
    time_mark(clock)?;
    let mut marks = Vec::new();
    while let Some(inner) = rest.trim_start().strip_prefix('[') {
        let close = inner.find(']')?;
        marks.push(inner[..close].trim());
        rest = &inner[close + 1..];
    }
    (!marks.is_empty()).then(|| (marks, rest.trim()))
}

/// A graphics system's log of a crawl or ticker: three lines or more, each a clock stamp and
/// marks in brackets before the words shown. The marks the first two stamped lines share name
/// the item (`[ITEM 1/2]`); the item's lines, in their first run, are the story, one paragraph
/// each, their stamps and marks gone; every other stamped line (the next item, a loop's
/// repeat, the log's end) is the log's.
fn stamped_items(lines: &[String]) -> Option<Vec<String>> {
    let stamps: Vec<Option<(Vec<&str>, &str)>> = lines.iter().map(|l| stamped(l)).collect();
    let mut first = stamps.iter().flatten();
    let (a, b) = (first.next()?, first.next()?);
    if stamps.iter().flatten().count() < 3 {
        return None;
    }
    let key: Vec<&str> = a.0.iter().filter(|m| b.0.contains(m)).copied().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut in_item = true;
    for (line, stamp) in lines.iter().zip(&stamps) {
        match stamp {
            Some((marks, words)) => {
                in_item &= key.iter().all(|k| marks.contains(k));
                if in_item && !words.is_empty() {
                    if out.last().is_some_and(|l| !l.trim().is_empty()) {
                        out.push(String::new());
                    }
                    out.push((*words).to_string());
                }
            }
            None => out.push(line.clone()),
        }
    }
    Some(out)
}

/// A line with words enough to be read out: six words or more.
fn read_out(text: &str) -> bool {
    text.split_whitespace().count() >= 6
}

/// A list item's mark opening a cell: a dash or a bullet and a space.
fn is_item(text: &str) -> bool {
    ["- ", "– ", "— ", "• ", "* "]
        .iter()
        .any(|m| text.starts_with(m))
}

/// A two-column script pasted from a word processor's table (the shot or cue on the left, the
/// words the viewer hears on the right, a tab between): three rows or more whose left cell is
/// a cue (at most fourteen words, no sentence's end) and whose right cell is read out. The
/// right cells are the text, one paragraph each, a row with an empty left cell a list's item
/// when it opens with a dash or a bullet; the head row (two short cells) and the cues go.
fn two_columns(lines: &[String]) -> Option<Vec<String>> {
    let cells = |l: &str| -> Option<(String, String)> {
        let (left, right) = l.split_once('\t')?;
        (!right.contains('\t')).then(|| (left.trim().to_string(), right.trim().to_string()))
    };
    let cue = |left: &str| {
        !left.is_empty()
            && left.split_whitespace().count() <= 14
            && !left.ends_with(['.', '!', '?'])
    };
    let rows: Vec<Option<(String, String)>> = lines.iter().map(|l| cells(l)).collect();
    let scripted: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.as_ref().is_some_and(|(l, r)| cue(l) && read_out(r)))
        .map(|(k, _)| k)
        .collect();
    if scripted.len() < 3 {
        return None;
    }
    let (start, end) = (scripted[0], scripted[scripted.len() - 1]);
    // The head row right over the first scripted one: two short cells.
    let head = (0..start)
        .rev()
        .find(|&k| !lines[k].trim().is_empty())
        .filter(|&k| {
            rows[k].as_ref().is_some_and(|(l, r)| {
                l.split_whitespace().count() <= 3 && r.split_whitespace().count() <= 3
            })
        });
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut last_item = false;
    for (k, (line, row)) in lines.iter().zip(&rows).enumerate() {
        if Some(k) == head {
            continue;
        }
        match row {
            Some((left, right)) if (start..=end).contains(&k) => {
                if right.is_empty() {
                    continue;
                }
                let item = left.is_empty() && is_item(right);
                if !(item && last_item) && out.last().is_some_and(|l| !l.trim().is_empty()) {
                    out.push(String::new());
                }
                out.push(right.clone());
                last_item = item;
            }
            _ => {
                out.push(line.clone());
                last_item = false;
            }
        }
    }
    Some(out)
}

/// A line as a page frame repeats it: its digits masked and its spacing collapsed.
fn masked(line: &str) -> String {
    line.split_whitespace()
        .map(|w| {
            w.chars()
                .map(|c| if c.is_ascii_digit() { '#' } else { c })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A text service's sub-pages (a teletext page, a receiver's text view): the page's header,
/// its section row with the sub-page's counter (`1/3`, `2/3`, …) and its key row stand on every
/// sub-page, only their numbers changed. A short line that is no sentence and recurs three times or more so,
/// and a line recurring twice right beside such a line (`Continued next page >>>`), are the
/// service's, no line of the page; each parts the words as a blank line does.
fn sub_page_frames(lines: &[String]) -> Option<Vec<String>> {
    let keys: Vec<Option<String>> = lines
        .iter()
        .map(|l| {
            let t = l.trim();
            // A header names its service in words: a subtitle file's cue numbers and timings
            // hold none.
            (t.chars().any(char::is_alphabetic)
                && t.split_whitespace().count() <= 12
                && !t.ends_with(['.', '!', '?', ':', ',', '"', '”']))
            .then(|| masked(t))
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for k in keys.iter().flatten() {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let count = |k: usize| keys[k].as_deref().map_or(0, |key| counts[key]);
    let mut frame: Vec<bool> = (0..lines.len()).map(|k| count(k) >= 3).collect();
    // Three repeats of one block are a page's frame only where the text holds two kinds of it
    // (a header and a key row): a story's own refrain recurs alone.
    let kinds = counts.values().filter(|&&n| n >= 3).count();
    // The sub-pages count themselves: a repeated line holds `1/3`, `2/3`, … — its counter.
    let counter = |line: &str| {
        line.split_whitespace().find_map(|w| {
            let (n, of) = w.split_once('/')?;
            Some((n.parse::<u32>().ok()?, of.parse::<u32>().ok()?))
        })
    };
    let mut counted: HashMap<&str, Vec<(u32, u32)>> = HashMap::new();
    for (line, key) in lines.iter().zip(&keys) {
        if let (Some(key), Some(c)) = (key.as_deref(), counter(line))
            && counts[key] >= 3
        {
            counted.entry(key).or_default().push(c);
        }
    }
    let paged = counted.values().any(|cs| {
        cs.iter()
            .any(|a| cs.iter().any(|b| a.1 == b.1 && a.0 != b.0))
    });
    if kinds < 2 || !paged {
        return None;
    }
    let near = |frame: &[bool], k: usize| {
        let up = (0..k).rev().find(|&j| !lines[j].trim().is_empty());
        let down = (k + 1..lines.len()).find(|&j| !lines[j].trim().is_empty());
        up.is_some_and(|j| frame[j]) || down.is_some_and(|j| frame[j])
    };
    let beside: Vec<usize> = (0..lines.len())
        .filter(|&k| !frame[k] && count(k) == 2 && near(&frame, k))
        .collect();
    for k in beside {
        frame[k] = true;
    }
    // Over the story's first sentence the frame's first copy (the first sub-page's header,
    // which dates the page) is read as any header line is.
    let lead = (0..lines.len())
        .find(|&k| !frame[k] && read_out(&lines[k]))
        .unwrap_or(lines.len());
    let mut seen: Vec<&str> = Vec::new();
    for k in 0..lead {
        if let Some(key) = keys[k].as_deref()
            && frame[k]
            && !seen.contains(&key)
        {
            seen.push(key);
            frame[k] = false;
        }
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for (line, framed) in lines.iter().zip(&frame) {
        if *framed {
            if out.last().is_some_and(|l| !l.trim().is_empty()) {
                out.push(String::new());
            }
        } else {
            out.push(line.clone());
        }
    }
    Some(out)
}

/// `Slide 3/10 · 0:25 · Template: TEXT`: a record's head, a word and the item's number out of
/// all. The word and the count.
fn record_head(line: &str) -> Option<(String, u32)> {
    let mut words = line.split_whitespace();
    let word = words.next()?;
    let (n, of) = words.next()?.split_once('/')?;
    let (n, of) = (n.parse::<u32>().ok()?, of.parse::<u32>().ok()?);
    (word.chars().all(char::is_alphabetic) && n >= 1 && n <= of).then(|| (word.to_string(), of))
}

/// `  Text: Commuters …`: a field's label (one or two words with a capital) and its value.
fn field(line: &str) -> Option<(&str, &str)> {
    let (label, value) = line.trim().split_once(':')?;
    let words = label.split_whitespace().count();
    ((1..=2).contains(&words) && label.starts_with(char::is_uppercase))
        .then(|| (label.trim(), value.trim()))
}

/// A content system's export of a loop of slides or cards (a screen network's playlist): three
/// records or more, each under its head (`Slide 3/10 · …`, one word and the same count), their
/// fields behind labels. The label that stands before words read out on three records or more
/// (`Text:`) carries the story: its values are the paragraphs. A headline's field gives the
/// headline and a byline's field its credit; the heads and every other field (a kicker, an
/// image, a caption) are the system's.
fn slide_records(lines: &[String]) -> Option<Vec<String>> {
    let heads: Vec<Option<(String, u32)>> = lines.iter().map(|l| record_head(l)).collect();
    let mut tally: HashMap<&(String, u32), usize> = HashMap::new();
    for h in heads.iter().flatten() {
        *tally.entry(h).or_default() += 1;
    }
    let (head, _) = tally.into_iter().find(|(_, n)| *n >= 3)?;
    let head = head.clone();
    let first = heads.iter().position(|h| h.as_ref() == Some(&head))?;
    let mut told: HashMap<&str, usize> = HashMap::new();
    for line in &lines[first..] {
        if let Some((label, value)) = field(line)
            && read_out(value)
        {
            *told.entry(label).or_default() += 1;
        }
    }
    let story: Vec<&str> = told
        .into_iter()
        .filter(|(_, n)| *n >= 3)
        .map(|(l, _)| l)
        .collect();
    if story.is_empty() {
        return None;
    }
    let mut out: Vec<String> = lines[..first].to_vec();
    let mut headline = false;
    for (line, h) in lines[first..].iter().zip(&heads[first..]) {
        if h.as_ref() == Some(&head) {
            continue;
        }
        let Some((label, value)) = field(line) else {
            out.push(line.trim().to_string());
            continue;
        };
        let lower = label.to_lowercase();
        let words = if story.contains(&label) {
            Some(value.to_string())
        } else if ["headline", "title", "judul"].contains(&lower.as_str()) && !headline {
            headline = true;
            Some(value.to_string())
        } else if ["byline", "author", "penulis"].contains(&lower.as_str()) {
            Some(value.to_string())
        } else {
            None
        };
        if let Some(words) = words.filter(|w| !w.is_empty()) {
            if out.last().is_some_and(|l| !l.trim().is_empty()) {
                out.push(String::new());
            }
            out.push(words);
        }
    }
    Some(out)
}

/// A studio cue alone on its line, as a prompter or a script sets it: an arrow of three marks
/// or more before a cue (`>>> ROLL VT — VO`), a turn's name in capitals in round brackets
/// (`(PRESENTER)`, `(VO)`), a cue in capitals in square brackets (`[CAM 2 — MCU PRESENTER]`,
/// `[END VT]`), or the script's end mark (`///`).
fn is_studio_cue(line: &str) -> bool {
    let t = line.trim();
    let capitals =
        |s: &str| s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase);
    let arrow = t.starts_with(">>>") || t.starts_with("»»");
    let wrapped = |open: char, close: char| {
        t.strip_prefix(open)
            .and_then(|r| r.strip_suffix(close))
            .is_some_and(|inner| capitals(inner) && inner.split_whitespace().count() <= 12)
    };
    arrow && capitals(t) || wrapped('(', ')') || wrapped('[', ']') || t == "///"
}

/// A prompter's or a script's copy: two arrows before a cue or more, and three cues in all.
/// The cues are the studio's, no line of the page; what is read out between them is the story.
fn studio_cues(lines: &[String]) -> Option<Vec<String>> {
    let arrows = lines
        .iter()
        .filter(|l| l.trim_start().starts_with(">>>"))
        .count();
    let cues = lines.iter().filter(|l| is_studio_cue(l)).count();
    if arrows < 2 || cues < 3 {
        return None;
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines {
        if is_studio_cue(line) {
            if out.last().is_some_and(|l| !l.trim().is_empty()) {
                out.push(String::new());
            }
        } else {
            out.push(line.clone());
        }
    }
    Some(out)
}

/// `[Level 2] Ambazari lake …`: a navigation mark in square brackets (a word and a level's
/// number) opening a line, and the words after it.
fn level_mark(line: &str) -> Option<(&str, u32, &str)> {
    let inner = line.trim().strip_prefix('[')?;
    let (mark, rest) = inner.split_once(']')?;
    let (word, n) = mark.trim().rsplit_once(' ')?;
    let n = n.parse::<u32>().ok()?;
    (!word.is_empty() && word.chars().all(char::is_alphabetic) && !rest.trim().is_empty())
        .then(|| (word, n, rest.trim()))
}

/// An audio edition's navigation marks (a talking book's or a talking newspaper's levels):
/// three lines or more opening with the same word's mark and two levels or more. The marks go
/// and the words after them stand as lines of their own (a section's name, the headline, a
/// subheading), and its other marks, wholly in brackets (a print page's, a track's), go; the
/// first mark of the headline's level after the story's text names the next article: it and
/// every line under it are the edition's.
fn level_marks(lines: &[String]) -> Option<Vec<String>> {
    let marks: Vec<Option<(&str, u32, &str)>> = lines.iter().map(|l| level_mark(l)).collect();
    let word = marks.iter().flatten().next()?.0;
    let same: Vec<u32> = marks
        .iter()
        .flatten()
        .filter(|m| m.0 == word)
        .map(|m| m.1)
        .collect();
    let mut levels = same.clone();
    levels.sort_unstable();
    levels.dedup();
    if same.len() < 3 || levels.len() < 2 {
        return None;
    }
    // The headline's level: the level of the last mark over the story's first prose.
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut headline: Option<u32> = None;
    let mut prose = false;
    for (line, mark) in lines.iter().zip(&marks) {
        match mark {
            Some((w, n, words)) if *w == word => {
                if prose && headline == Some(*n) {
                    break;
                }
                if out.last().is_some_and(|l| !l.trim().is_empty()) {
                    out.push(String::new());
                }
                out.push((*words).to_string());
                if !prose {
                    headline = Some(*n);
                }
            }
            // `[Page 4]`, `[Track 05 · 01:21]`: the edition's other marks, wholly in brackets.
            _ if line.trim().starts_with('[') && line.trim().ends_with(']') => {
                if out.last().is_some_and(|l| !l.trim().is_empty()) {
                    out.push(String::new());
                }
            }
            _ => {
                prose |= parts::is_prose(line);
                out.push(line.clone());
            }
        }
    }
    Some(out)
}

/// `SHOTLIST:`, `STORYLINE:`: a block's label in capitals alone on its line, closed by a colon.
fn is_block_label(line: &str) -> bool {
    let t = line.trim();
    t.strip_suffix(':').is_some_and(|label| {
        (1..=3).contains(&label.split_whitespace().count())
            && label.chars().any(char::is_alphabetic)
            && !label.chars().any(char::is_lowercase)
    })
}

/// `3. Mid shot of ticket counter`: a line opening with an item's number and a stop.
fn is_numbered(line: &str) -> bool {
    line.trim().split_once(". ").is_some_and(|(n, _)| {
        !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
    })
}

/// A video agency's dope sheet: blocks under labels in capitals (`SHOTLIST:`, `STORYLINE:`),
/// one of them three numbered lines or more and no other line (the pictures, shot by shot) and
/// a later one holding the story's paragraphs. The numbered block is the editor's guide to the
/// pictures, its label and every label the sheet's: what clients publish is the story.
fn shot_lists(lines: &[String]) -> Option<Vec<String>> {
    let labels: Vec<usize> = (0..lines.len())
        .filter(|&k| is_block_label(&lines[k]))
        .collect();
    if labels.len() < 2 {
        return None;
    }
    let block = |i: usize| {
        let end = labels.get(i + 1).copied().unwrap_or(lines.len());
        &lines[labels[i] + 1..end]
    };
    let shots = |b: &[String]| {
        let filled: Vec<&String> = b.iter().filter(|l| !l.trim().is_empty()).collect();
        filled.len() >= 3 && filled.iter().all(|l| is_numbered(l))
    };
    let story = |b: &[String]| b.iter().filter(|l| parts::is_prose(l)).count() >= 2;
    let shot = (0..labels.len()).find(|&i| shots(block(i)))?;
    (shot + 1..labels.len()).find(|&i| story(block(i)))?;
    let end = labels.get(shot + 1).copied().unwrap_or(lines.len());
    let out = lines
        .iter()
        .enumerate()
        .filter(|(k, _)| !labels.contains(k) && !(labels[shot]..end).contains(k))
        .map(|(_, l)| l.clone())
        .collect();
    Some(out)
}

/// A table's row as a tool prints it in a fixed font: its cells parted by runs of two spaces or
/// more.
fn cells(line: &str) -> Vec<&str> {
    line.trim()
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// `A01  OPENING / HEADLINE  CG  PRES  0:45  18:00:00`, `01  07:00:00  0:08  Jingle  …`: a row of
/// a schedule's table — four cells or more, the first a code of at most four letters or digits,
/// one a clock time or a duration (a table of figures, `1  Abdul Rahman  412  38,6%`, is the
/// story's).
fn is_code_row(line: &str) -> bool {
    let cells = cells(line);
    !line.starts_with([' ', '\t'])
        && cells.len() >= 4
        && cells.iter().any(|c| time_mark(c).is_some())
        && cells[0].chars().count() <= 4
        && cells[0].chars().all(char::is_alphanumeric)
        && cells[0].chars().any(|c| c.is_ascii_digit())
}

/// A broadcaster's schedule printed as a table (a rundown, a playout log): three rows or more
/// opening with a column of codes, under a head row of as many short cells. The rows are other
/// items' slots and the schedule's, no line of the page — save the row over an indented block
/// (the item's script in its notes field): its last cell is the item's headline (a programme's
/// label in capitals before a colon dropped), and the block, its indent and its own label line
/// gone, is the story.
fn code_tables(lines: &[String]) -> Option<Vec<String>> {
    let rows: Vec<usize> = (0..lines.len())
        .filter(|&k| is_code_row(&lines[k]))
        .collect();
    if rows.len() < 3 {
        return None;
    }
    let first = rows[0];
    let head = first.checked_sub(1).filter(|&h| {
        let c = cells(&lines[h]);
        c.len() >= 4 && c.iter().all(|c| c.split_whitespace().count() <= 3)
    });
    let indented = |k: usize| {
        lines
            .get(k)
            .is_some_and(|l| l.starts_with("  ") && !l.trim().is_empty())
    };
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut k = 0;
    while k < lines.len() {
        if Some(k) == head {
            k += 1;
            continue;
        }
        if !rows.contains(&k) {
            out.push(lines[k].clone());
            // The export's header over the table: each field row a line of its own, never run
            // on into the next as a wrapped script's lines are.
            if k < first && !lines[k].trim().is_empty() {
                out.push(String::new());
            }
            k += 1;
            continue;
        }
        let block = k + 1;
        let mut end = block;
        while end < lines.len()
            && (indented(end) || lines[end].trim().is_empty() && indented(end + 1))
        {
            end += 1;
        }
        if end - block >= 2 {
            let last = cells(&lines[k]).last().copied().unwrap_or("");
            let headline = last
                .split_once(": ")
                .filter(|(label, _)| !label.chars().any(char::is_lowercase))
                .map_or(last, |(_, h)| h.trim());
            if out.last().is_some_and(|l| !l.trim().is_empty()) {
                out.push(String::new());
            }
            out.push(headline.to_string());
            out.push(String::new());
            let mut script = &lines[block..end];
            if script.first().is_some_and(|l| l.trim().ends_with(':')) {
                script = &script[1..];
            }
            out.extend(script.iter().map(|l| l.trim().to_string()));
            out.push(String::new());
        }
        k = end;
    }
    Some(out)
}

/// Over the story, a frame's row of fields parted by bars or middle dots that holds a date
/// (`Program: … | Tayang: Kamis, 4 Desember 2025 | Durasi: 2'30"`): the date's field stands
/// on a line of its own, the rest of the row on another, so the date is read as a date line.
fn dates_apart(lines: &mut Vec<String>) {
    let Some(lead) = lines.iter().position(|l| parts::is_prose(l)) else {
        return;
    };
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 4);
    for (k, line) in lines.iter().enumerate() {
        let sep = [" | ", " · "]
            .into_iter()
            .find(|s| line.matches(s).count() >= 1);
        let fields: Vec<&str> = sep.map_or_else(Vec::new, |s| line.split(s).collect());
        // "Tanggal siar: Jumat, 12 Desember": a date without its year is read from its weekday.
        let dated = fields.iter().position(|f| {
            !super::datefind::find_all(f, false).is_empty()
                || f.rsplit([',', ':'])
                    .next()
                    .is_some_and(|tail| super::datefind::month_day(tail.trim()).is_some())
        });
        match dated {
            Some(at) if k < lead && fields.len() >= 2 => {
                out.push(fields[at].trim().to_string());
                let rest: Vec<&str> = fields
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != at)
                    .map(|(_, f)| f.trim())
                    .collect();
                out.push(rest.join(sep.unwrap_or(" | ")));
            }
            _ => out.push(line.clone()),
        }
    }
    *lines = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn time_marks_rising_go_and_two_stay() {
        let text = "0:00\nOne line of words.\n\n0:18\nTwo.\n\n1:02\nThree.";
        let out = time_marks(&lines(text)).expect("marks");
        assert!(!out.iter().any(|l| time_mark(l).is_some()));
        assert!(time_marks(&lines("0:00\nA.\n0:18\nB.")).is_none());
        assert!(time_marks(&lines("1:00\nA.\n0:18\nB.\n2:00\nC.")).is_none());
    }

    #[test]
    fn a_stamp_needs_a_clock_and_a_mark() {
        assert!(stamped("06:30:19 [ITEM 1/2] Words").is_some());
        assert!(stamped("06:30 Words").is_none());
        assert!(stamped("Pukul 06:30 [a] b").is_none());
        assert!(stamped("06:30:19 [unclosed words").is_none());
    }

    #[test]
    fn a_level_mark_holds_a_word_and_a_number() {
        assert_eq!(level_mark("[Level 2] Title"), Some(("Level", 2, "Title")));
        assert_eq!(level_mark("[Page 3]"), None);
        assert_eq!(level_mark("[Level two] Title"), None);
    }
}
