//! A story seen through a developer's tool: the frame the tool sets around the text — a code
//! editor's line-number gutter, a pager's prompts, a Vim buffer's `~` lines and file line, a
//! shell's prompt, a program's log records, a notebook's cell prompts, a source file's string
//! literals, a commit and its patch, another site generator's front matter — is recognised by
//! its shape and taken away, and the lines a reader of the story would see are given back.
//! Each frame needs several lines of its own shape: one number, one `$` or one `+` at a line's
//! start in a news text makes no frame. Body text stays word for word.

/// The text inside the frames a developer's tool set around it, when some frame is found; None
/// when the text is read as it is.
pub fn unframe(text: &str) -> Option<String> {
    let mut lines: Vec<String> = text.lines().map(|l| l.trim_end().to_string()).collect();
    let mut found = false;
    for step in [gutter, notebook, literals, git, screen, front_matter] {
        if let Some(read) = step(&lines) {
            lines = read;
            found = true;
        }
    }
    if !found {
        return None;
    }
    // "Title: Bang Sue canal residents ask …": a record the tool carried (an archiving bot's
    // commit message) may label its headline; the label is the record's.
    if let Some(first) = lines.iter_mut().find(|l| !l.trim().is_empty())
        && let Some((label, headline)) = first.split_once(':')
        && ["title", "headline", "judul"].contains(&label.trim().to_lowercase().as_str())
        && !headline.trim().is_empty()
    {
        *first = headline.trim().to_string();
    }
    Some(lines.join("\n"))
}

/// `  12 │ text`, `    12\ttext`, `12| text`: a line under an editor's or a viewer's gutter,
/// its number and its text (the text may be empty: a blank line has its number too).
fn numbered(line: &str) -> Option<(u64, &str)> {
    let rest = line.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 6 || line.len() - rest.len() > 8 {
        return None;
    }
    let number = rest[..digits].parse().ok()?;
    let after = &rest[digits..];
    if after.is_empty() {
        return Some((number, ""));
    }
    let spaced = after.trim_start_matches([' ', '\t']);
    let text = match spaced.chars().next() {
        Some(bar @ ('│' | '|' | '┃' | '▏' | '¦' | ':')) => {
            let text = &spaced[bar.len_utf8()..];
            text.strip_prefix(' ').unwrap_or(text)
        }
        // Without a bar the number stands apart from the text (`cat -n`, `less -N`).
        _ if spaced.len() < after.len() => spaced,
        _ => return None,
    };
    Some((number, text))
}

/// A gutter of line numbers before every line (a code editor, `cat -n`, `less -N`, `nl`):
/// five numbered lines or more, most of the text's lines, counting up one by one. The numbers
/// and their bar go; a line without a number (the editor's status bar, a wrapped line's
/// continuation) stays as it is.
fn gutter(lines: &[String]) -> Option<Vec<String>> {
    let filled = lines.iter().filter(|l| !l.trim().is_empty()).count();
    let numbers: Vec<Option<u64>> = lines.iter().map(|l| numbered(l).map(|n| n.0)).collect();
    let counted: Vec<u64> = numbers.iter().flatten().copied().collect();
    let in_order = counted.windows(2).filter(|w| w[1] == w[0] + 1).count();
    if counted.len() < 5
        || counted.len() * 5 < filled * 4
        || in_order * 10 < (counted.len() - 1) * 9
    {
        return None;
    }
    Some(
        lines
            .iter()
            .map(|l| match numbered(l) {
                Some((_, text)) => text.to_string(),
                None if is_status_line(l) => String::new(),
                None => l.trim().to_string(),
            })
            .collect(),
    )
}

/// An editor's status bar or a viewer's file line: `Ln 14, Col 1  Spaces: 4  UTF-8`, Vim's
/// `"name.txt" [dos] 28L, 3187B   1,1   All`, its mode line `-- INSERT --`.
fn is_status_line(line: &str) -> bool {
    let t = line.trim();
    let position = t.strip_prefix("Ln ").is_some_and(|rest| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with(", Col ")
    });
    position
        || is_vim_file_line(t)
        || matches!(t, "-- INSERT --" | "-- VISUAL --" | "-- REPLACE --")
}

/// `"koridor5.txt" [dos] 28L, 3187B` (then the cursor's place and `All`, `Top`, `Bot`): the
/// file line Vim shows under a buffer.
fn is_vim_file_line(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('"') else {
        return false;
    };
    let Some(close) = rest.find('"') else {
        return false;
    };
    let name = &rest[..close];
    let words: Vec<&str> = rest[close + 1..].split_whitespace().collect();
    let counts = |w: &&str, unit: char| {
        w.trim_end_matches(',')
            .strip_suffix(unit)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    !name.contains(' ')
        && name.contains('.')
        && words
            .windows(2)
            .any(|w| counts(&w[0], 'L') && (counts(&w[1], 'B') || counts(&w[1], 'C')))
}

/// `In [3]: art.title`, `In [ ]:`: a notebook's input prompt, and the code after it.
fn cell_input(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("In [")?;
    let close = rest.find("]:")?;
    rest[..close]
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b' ')
        .then(|| rest[close + 2..].trim())
}

/// `Out[3]: 'Hong Kong …'`: a notebook's output prompt, and the value after it.
fn cell_output(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("Out[")?;
    let close = rest.find("]:")?;
    (close > 0 && rest[..close].bytes().all(|b| b.is_ascii_digit()))
        .then(|| rest[close + 2..].trim())
}

/// A notebook's or an interactive shell's cells (two input prompts or more, `In [1]:`): the
/// code the user typed goes (with its continuation prompts, `   ...:`); what a cell printed
/// stays as it is; a value it showed stays when it is a string, or strings in a tuple or a
/// list (`Out[4]: ('By Chloe Tsang', 'Hong Kong')` gives both strings, each a line), and goes
/// otherwise (a count, a list of file names beside numbers).
fn notebook(lines: &[String]) -> Option<Vec<String>> {
    if lines.iter().filter(|l| cell_input(l).is_some()).count() < 2 {
        return None;
    }
    let mut out = Vec::new();
    for line in lines {
        let continued = line.trim_start().starts_with("...:");
        if cell_input(line).is_some() || continued {
            out.push(String::new());
        } else if let Some(value) = cell_output(line) {
            out.push(String::new());
            if let Some(strings) = shown_strings(value) {
                for s in strings {
                    out.extend([s, String::new()]);
                }
            }
        } else {
            out.push(line.clone());
        }
    }
    Some(out)
}

/// The strings a shown value holds, when it holds nothing else: `'text'`, `("a", 'b')`,
/// `['a', 'b']`.
fn shown_strings(value: &str) -> Option<Vec<String>> {
    let inner = value
        .strip_prefix(['(', '['])
        .and_then(|v| v.strip_suffix([')', ']']))
        .unwrap_or(value)
        .trim();
    let mut strings = Vec::new();
    let mut rest = inner;
    while !rest.is_empty() {
        let (s, used) = literal(rest)?;
        strings.push(s);
        rest = rest[used..].trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
    (!strings.is_empty()).then_some(strings)
}

/// A string literal opening `s` (Python's or a C-like language's, with an optional prefix
/// `r`, `u`, `b` or `f`): its value with its escapes read, and how many bytes it took. None
/// when `s` opens with no literal or the literal does not close on its line.
fn literal(s: &str) -> Option<(String, usize)> {
    let prefix = s
        .bytes()
        .take_while(|b| matches!(b, b'r' | b'R' | b'u' | b'U' | b'b' | b'B' | b'f' | b'F'))
        .count();
    if prefix > 2 {
        return None;
    }
    let raw = s[..prefix].contains(['r', 'R']);
    let quote = s[prefix..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\''))?;
    let mut value = String::new();
    let mut chars = s[prefix + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            _ if c == quote => return Some((value, prefix + 1 + i + 1)),
            '\\' if raw => {
                value.push(c);
                if let Some((_, next)) = chars.next() {
                    value.push(next);
                }
            }
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => value.push('\n'),
                    't' => value.push('\t'),
                    'r' => {}
                    'x' | 'u' | 'U' => {
                        let width = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let start = prefix + 1 + i + 2;
                        let hex = s.get(start..start + width)?;
                        let code = u32::from_str_radix(hex, 16).ok()?;
                        value.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        for _ in 0..width {
                            chars.next();
                        }
                    }
                    // A line continuation, or an escaped quote, backslash or other sign.
                    '\n' => {}
                    other => value.push(other),
                }
            }
            _ => value.push(c),
        }
    }
    None
}

/// A line that is one string literal and nothing more, maybe with the comma, plus sign,
/// backslash or bracket that joins it to the next (`    "Tai Po residents …\n"`): its value.
fn literal_line(line: &str) -> Option<String> {
    let t = line.trim();
    let (value, used) = literal(t)?;
    t[used..]
        .trim()
        .chars()
        .all(|c| matches!(c, ',' | '+' | '\\' | ')' | ']' | ';'))
        .then_some(value)
}

/// A source file holding the story as string literals (a test's fixture, a scraper's sample):
/// three lines or more that are each one literal, with three line-break escapes (`\n`) or
/// more among them. The literals' values, one run of lines after another, are the text; the
/// code around them (comments, assignments, brackets) goes.
fn literals(lines: &[String]) -> Option<Vec<String>> {
    let values: Vec<Option<String>> = lines.iter().map(|l| literal_line(l)).collect();
    let count = values.iter().flatten().count();
    let breaks: usize = lines
        .iter()
        .zip(&values)
        .filter(|(_, v)| v.is_some())
        .map(|(l, _)| l.matches("\\n").count())
        .sum();
    if count < 3 || breaks < 3 {
        return None;
    }
    let mut text = String::new();
    let mut in_run = false;
    for value in &values {
        match value {
            Some(v) => {
                text.push_str(v);
                in_run = true;
            }
            None if in_run => {
                text.push_str("\n\n");
                in_run = false;
            }
            None => {}
        }
    }
    Some(text.lines().map(|l| l.trim_end().to_string()).collect())
}

/// `commit 8b41d07e…`: the first line of a commit in `git log` or `git show`.
fn is_commit_line(line: &str) -> bool {
    line.strip_prefix("commit ").is_some_and(|rest| {
        let hash = rest.split_whitespace().next().unwrap_or("");
        (7..=64).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// `@@ -1,27 +1,29 @@`: a hunk's header, and how many of the old and the new file's lines
/// the hunk covers.
fn hunk_header(line: &str) -> Option<(usize, usize)> {
    let rest = line.strip_prefix("@@ -")?;
    let (ranges, _) = rest.split_once(" @@")?;
    let (old, new) = ranges.split_once(" +")?;
    let length = |range: &str| -> Option<usize> {
        match range.split_once(',') {
            Some((start, n)) => {
                start.parse::<usize>().ok()?;
                n.parse().ok()
            }
            None => range.parse::<usize>().ok().map(|_| 1),
        }
    };
    Some((length(old)?, length(new)?))
}

/// A patch's file header: `diff --git a/… b/…`, `index 3f2a1c4..8be90d2 100644`, `--- a/…`,
/// `+++ b/…`, a mode, a rename or a binary file's line.
fn is_patch_header(line: &str) -> bool {
    let index = line.strip_prefix("index ").is_some_and(|rest| {
        rest.split_whitespace()
            .next()
            .and_then(|r| r.split_once(".."))
            .is_some_and(|(a, b)| {
                [a, b]
                    .iter()
                    .all(|h| !h.is_empty() && h.bytes().all(|c| c.is_ascii_hexdigit()))
            })
    });
    index
        || line.starts_with("diff --git ")
        || line.starts_with("--- a/")
        || line.starts_with("+++ b/")
        || line == "--- /dev/null"
        || line == "+++ /dev/null"
        || [
            "new file mode ",
            "deleted file mode ",
            "old mode ",
            "new mode ",
            "similarity index ",
            "rename from ",
            "rename to ",
            "Binary files ",
        ]
        .iter()
        .any(|p| line.starts_with(p))
}

/// A commit's header field: `Author:`, `Date:`, `Merge:`, `AuthorDate:`, `Commit:`,
/// `CommitDate:`.
fn is_commit_field(line: &str) -> bool {
    [
        "Author:",
        "Date:",
        "Merge:",
        "AuthorDate:",
        "Commit:",
        "CommitDate:",
    ]
    .iter()
    .any(|f| line.starts_with(f))
}

/// One commit's message, its lines without the indent git sets before them.
#[derive(Default)]
struct Message {
    lines: Vec<String>,
    patched: bool,
}

/// Commits and their patches (`git log`, `git show`, a patch file): a commit's line with its
/// header fields under it, or a patch's file header with a hunk. The story is the file the
/// patch gives: a hunk's context lines (opening with a space) and added lines (`+`) without
/// their mark, its removed lines (`-`) no line at all. A commit's message is the commit's
/// note on its change, no line of the page — unless the commit carries no patch, when the
/// message is what the commit holds: its lines under the first (the change's subject) are the
/// text. A commit whose message is a subject alone holds nothing.
fn git(lines: &[String]) -> Option<Vec<String>> {
    let commits = lines
        .iter()
        .enumerate()
        .filter(|(k, l)| {
            is_commit_line(l) && lines[k + 1..].iter().take(3).any(|n| is_commit_field(n))
        })
        .count();
    let hunks = lines.iter().filter(|l| hunk_header(l).is_some()).count();
    let patched = hunks > 0 && lines.iter().any(|l| is_patch_header(l));
    if commits == 0 && !patched {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut message: Option<Message> = None;
    // The old and the new file's lines the open hunk has yet to show.
    let mut hunk: Option<(usize, usize)> = None;
    let flush = |message: &mut Option<Message>, out: &mut Vec<String>| {
        let Some(m) = message.take() else {
            return;
        };
        if m.patched {
            return;
        }
        let first = m.lines.iter().position(|l| !l.is_empty());
        if let Some(first) = first {
            let body = &m.lines[first + 1..];
            if body.iter().any(|l| !l.is_empty()) {
                out.extend(body.iter().cloned());
                out.push(String::new());
            }
        }
    };
    let mut in_header = false;
    for line in lines {
        if let Some((old, new)) = &mut hunk {
            let (mark, rest) = line.split_at(line.chars().next().map_or(0, char::len_utf8));
            let taken = match mark {
                " " | "" => {
                    out.push(rest.to_string());
                    *old = old.saturating_sub(1);
                    *new = new.saturating_sub(1);
                    true
                }
                "+" => {
                    out.push(rest.to_string());
                    *new = new.saturating_sub(1);
                    true
                }
                "-" => {
                    *old = old.saturating_sub(1);
                    true
                }
                "\\" => true,
                _ => false,
            };
            if *old == 0 && *new == 0 || !taken {
                hunk = None;
            }
            if taken {
                continue;
            }
        }
        if is_commit_line(line) {
            flush(&mut message, &mut out);
            message = Some(Message::default());
            in_header = true;
            continue;
        }
        if in_header && is_commit_field(line) {
            continue;
        }
        in_header = false;
        if let Some(counts) = hunk_header(line) {
            hunk = Some(counts);
            if let Some(m) = &mut message {
                m.patched = true;
            }
            continue;
        }
        if is_patch_header(line) {
            if let Some(m) = &mut message {
                m.patched = true;
            }
            continue;
        }
        match &mut message {
            Some(m) if !m.patched && (line.is_empty() || line.starts_with("    ")) => {
                m.lines.push(line.get(4..).unwrap_or("").to_string());
            }
            Some(m) if m.patched && line.starts_with("    ") => {}
            _ => out.push(line.clone()),
        }
    }
    flush(&mut message, &mut out);
    Some(out)
}

/// `$ more story.txt`, `user@host:~$ cat a.md b.md`, a bare `$`: a shell's prompt, with the
/// command typed after it.
fn is_prompt(line: &str) -> bool {
    let t = line.trim();
    let after = t
        .find(['$', '%'])
        .filter(|&i| i == 0 || (t[..i].contains('@') && !t[..i].contains(' ')))
        .map(|i| &t[i + 1..]);
    let Some(after) = after else {
        return false;
    };
    if after.is_empty() {
        return true;
    }
    let Some(command) = after.strip_prefix(' ') else {
        return false;
    };
    let word = command.split_whitespace().next().unwrap_or("");
    !word.is_empty()
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && command.split_whitespace().count() <= 12
        && !command.ends_with(['.', '!', '?'])
}

/// A pager's prompt between screenfuls: `--More--(41%)`, `(END)`, `less`'s `:` and its
/// `lines 1-42/120 35%`.
fn is_pager_prompt(line: &str) -> bool {
    let t = line.trim();
    let more = t.strip_prefix("--More--").is_some_and(|rest| {
        rest.is_empty()
            || rest
                .strip_prefix('(')
                .and_then(|r| r.strip_suffix("%)"))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    let lines_of = t.split_once("lines ").is_some_and(|(_, rest)| {
        rest.ends_with('%')
            && rest.contains('/')
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ' ' | '%'))
    });
    more || lines_of || t == "(END)" || t == ":"
}

/// A program's log record: a date and a time (`2026-02-04 06:12:01,208`, `[2026-02-04
/// 06:12:01]`, `2026-02-04T06:12:01Z`), then a level among its first words (`INFO`, `WARNING`,
/// `[DEBUG]`).
fn is_log_record(line: &str) -> bool {
    let t = line.trim_start().trim_start_matches('[');
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let date = b.len() > 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && matches!(b[10], b' ' | b'T')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    date && t[19..].split_whitespace().take(3).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        [
            "TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "CRITICAL", "FATAL",
        ]
        .contains(&w)
    })
}

/// A terminal's screen around the story: a shell's prompts, a pager's prompts between
/// screenfuls, a program's log records (two or more), a Vim buffer's `~` lines under its last
/// line (two or more) with its file line. They go, and a prompt that fell inside a paragraph
/// leaves its lines to run on. None when the text shows none of them.
fn screen(lines: &[String]) -> Option<Vec<String>> {
    let logs = lines.iter().filter(|l| is_log_record(l)).count() >= 2;
    let last_text = lines
        .iter()
        .rposition(|l| !l.trim().is_empty() && l.trim() != "~" && !is_status_line(l));
    let tildes = lines
        .iter()
        .skip(last_text.map_or(0, |k| k + 1))
        .filter(|l| l.trim() == "~")
        .count()
        >= 2;
    let mut found = false;
    let out = lines
        .iter()
        .enumerate()
        .filter(|(k, l)| {
            let frame = is_prompt(l)
                || is_pager_prompt(l)
                || logs && is_log_record(l)
                || tildes && last_text.is_none_or(|last| *k > last) && {
                    let t = l.trim();
                    t == "~" || is_status_line(t)
                };
            found |= frame;
            !frame
        })
        .map(|(_, l)| l.clone())
        .collect();
    found.then_some(out)
}

/// Another site generator's front matter over the story (`---` … `---` of `key: value`
/// lines, or `+++` … `+++` of `key = value`): its title stands as the headline, its date as
/// the date line under it and its author as a credit (`By …`); its other keys (categories,
/// tags, an image, a draft flag) are the generator's, no line of the page. A second file's
/// front matter further on (two files printed one after the other) ends the story.
fn front_matter(lines: &[String]) -> Option<Vec<String>> {
    let open = lines.iter().position(|l| !l.trim().is_empty())?;
    let fence = lines[open].trim();
    let sep = match fence {
        "---" => ':',
        "+++" => '=',
        _ => return None,
    };
    let close = open + 1 + lines[open + 1..].iter().position(|l| l.trim() == fence)?;
    let fields: Vec<(String, String)> = lines[open + 1..close]
        .iter()
        .filter_map(|l| {
            let (key, value) = l.split_once(sep)?;
            let key = key.trim();
            key.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                .then(|| (key.to_ascii_lowercase(), unquoted(value.trim())))
        })
        .collect();
    let keyed = lines[open + 1..close]
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.starts_with([' ', '-']))
        .count();
    if fields.len() < 2 || fields.len() < keyed || !fields.iter().any(|(k, _)| k == "title") {
        return None;
    }
    let field = |names: &[&str]| {
        fields
            .iter()
            .find(|(k, v)| names.contains(&k.as_str()) && !v.is_empty())
            .map(|(_, v)| v.clone())
    };
    let mut out: Vec<String> = lines[..open].to_vec();
    out.extend(field(&["title"]));
    out.push(String::new());
    if let Some(date) = field(&["date", "publishdate", "published", "pubdate"]) {
        // `2026-01-14T10:25:00+07:00`: the day is the page's date.
        out.extend(date.split('T').next().map(str::to_string));
    }
    if let Some(author) = field(&["author", "authors", "penulis", "byline"]) {
        let names: Vec<String> = author
            .trim_matches(|c| c == '[' || c == ']')
            .split(',')
            .map(|a| unquoted(a.trim()))
            .filter(|a| !a.is_empty())
            .collect();
        out.push(format!("By {}", names.join(" and ")));
    }
    out.push(String::new());
    let rest = &lines[close + 1..];
    // A second file's front matter: its fence over a `key: value` line.
    let end = rest
        .windows(2)
        .position(|w| {
            w[0].trim() == fence
                && w[1]
                    .split_once(sep)
                    .is_some_and(|(k, _)| fields.iter().any(|(f, _)| f == k.trim()))
        })
        .unwrap_or(rest.len());
    out.extend(rest[..end].iter().map(|l| markdown_inline(l)));
    Some(out)
}

/// A Markdown line as it shows: a link shows its label (`[label](/path/)`), a picture
/// (`![alt](src)`) nothing, bold marks (`**`, `__`) go where they pair, and a whole line in
/// emphasis (`*…*`, `_…_`) loses its marks.
fn markdown_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let picture = rest[..open].ends_with('!');
        // A label and a target are short: the search for their ends stops within reach.
        fn near(s: &str) -> &str {
            &s[..s.floor_char_boundary(s.len().min(600))]
        }
        let link = near(&rest[open + 1..]).find(']').and_then(|close| {
            let label = &rest[open + 1..open + 1 + close];
            let after = &rest[open + 1 + close + 1..];
            let target = after.strip_prefix('(')?;
            let end = near(target).find(')')?;
            (!label.contains('[') && !target[..end].contains(char::is_whitespace))
                .then(|| (label, open + 1 + close + 1 + 1 + end + 1))
        });
        match link {
            Some((label, used)) => {
                out.push_str(&rest[..open - usize::from(picture)]);
                if !picture {
                    out.push_str(label);
                }
                rest = &rest[used..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    for bold in ["**", "__"] {
        let n = out.matches(bold).count();
        if n > 0 && n % 2 == 0 {
            out = out.replace(bold, "");
        }
    }
    super::dialects::without_emphasis(&out).to_string()
}

/// A value without the quote marks around it.
fn unquoted(value: &str) -> String {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner.replace("\\\"", "\"");
        }
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<String> {
        unframe(text)
    }

    #[test]
    fn a_gutter_of_numbers_counting_up_goes() {
        let text = "  1 │ Judul\n  2 │\n  3 │ Satu dua tiga.\n  4 │\n  5 │ Empat lima.\n  6 │ Enam.\n\nLn 4, Col 1   UTF-8";
        assert_eq!(
            read(text).unwrap(),
            "Judul\n\nSatu dua tiga.\n\nEmpat lima.\nEnam.\n\n"
        );
        let cat_n = "     1\tJudul\n     2\t\n     3\tSatu.\n     4\tDua.\n     5\tTiga.\n";
        assert_eq!(read(cat_n).unwrap(), "Judul\n\nSatu.\nDua.\nTiga.");
        // Numbers that do not count up are the story's own.
        let story = "1 orang tewas.\n3 orang hilang.\n2 rumah rusak.\n10 warga mengungsi.\n5 desa terdampak.\n";
        assert_eq!(read(story), None);
    }

    #[test]
    fn a_patch_gives_the_new_file() {
        let text = "commit 8b41d07e2c9a55f31a0c6d8e4b7f2a19c3e6d450\nAuthor: A <a@b.c>\nDate:   Tue Dec 9 15:02:44 2025 +0700\n\n    koreksi: judul\n\ndiff --git a/x.md b/x.md\nindex 3f2a1c4..8be90d2 100644\n--- a/x.md\n+++ b/x.md\n@@ -1,4 +1,5 @@\n-Judul lama\n+Judul baru\n \n Satu.\n+Dua.\n-Tiga.\n";
        assert_eq!(read(text).unwrap(), "Judul baru\n\nSatu.\nDua.");
    }

    #[test]
    fn a_commit_without_a_patch_gives_its_message_under_the_subject() {
        let text = "commit 5e0c9a7f18b2d64e3a91c0f7b2d8e4a6c1f3b590\nAuthor: bot <b@c.d>\nDate:   Thu Nov 27 02:00:13 2025 +0700\n\n    archive: one article\n\n    Title: A headline\n\n    First paragraph.\n\ncommit 0d7f3b2a9c4e1f56b8a0d3c7e9f21b4a6c8e0d13\nAuthor: bot <b@c.d>\nDate:   Wed Nov 26 02:00:09 2025 +0700\n\n    archive: none\n\n:\n";
        assert_eq!(read(text).unwrap(), "\nA headline\n\nFirst paragraph.\n\n");
    }

    #[test]
    fn string_literals_give_their_text() {
        let text = "# fixture\n\nPAGE = (\n    \"Site \\u00bb News\\n\"\n    \"A headline\\n\"\n    \"\\n\"\n    \"He said \\\"no\\\".\\n\"\n)\n\nTITLE = PAGE.splitlines()[1]\n";
        assert_eq!(
            read(text).unwrap(),
            "Site » News\nA headline\n\nHe said \"no\".\n\n"
        );
        // Quoted paragraphs of a story are no source file.
        let story = "\"Kami menolak.\"\n\n\"Kami bertahan.\"\n\n\"Kami pulang.\"\n";
        assert_eq!(read(story), None);
    }

    #[test]
    fn notebook_cells_give_what_they_printed_and_the_strings_they_showed() {
        let text = "In [1]: from x import fetch\n\nIn [3]: art.title\nOut[3]: 'A headline'\n\nIn [4]: art.byline\nOut[4]: ('By Ana Cruz', 'World')\n\nIn [5]: print(art.text)\nFirst paragraph.\n\nIn [6]: len(art.text)\nOut[6]: 431\n";
        assert_eq!(
            read(text).unwrap(),
            "\n\n\n\nA headline\n\n\n\n\nBy Ana Cruz\n\nWorld\n\n\n\nFirst paragraph.\n\n\n"
        );
    }

    #[test]
    fn a_terminal_s_prompts_logs_and_buffer_lines_go() {
        let text = "$ more story.txt\nJudul\n\nSatu dua\n--More--(41%)\ntiga.\n$ ";
        assert_eq!(read(text).unwrap(), "Judul\n\nSatu dua\ntiga.");
        let log = "2026-02-04 06:12:01,208 INFO     crawler  fetch url=x\nSatu.\n2026-02-04 06:12:03,017 INFO     crawler  done\n";
        assert_eq!(read(log).unwrap(), "Satu.");
        let vim = "Judul\n\nSatu.\n~\n~\n\"a.txt\" [dos] 28L, 3187B     1,1   All\n";
        assert_eq!(read(vim).unwrap(), "Judul\n\nSatu.");
        // A date followed by letters of more than one byte is no log record, and no panic.
        assert!(!is_log_record("2026-ééé 06:12:01,208 INFO x"));
        // A price in dollars, a lone tilde, a time in a story: no frame.
        let story = "$5 juta untuk desa.\n\n~\n\n2026-02-04 06:12:01 warga mengungsi.\n";
        assert_eq!(read(story), None);
    }

    #[test]
    fn front_matter_gives_the_title_date_and_writer() {
        let text = "---\ntitle: \"A headline\"\ndate: 2026-01-14T10:25:00+07:00\nauthor: \"Ana Cruz\"\ntags: [\"x\"]\n---\n\nFirst.\n**Baca Juga:** [Other](/x/) ![p](a.jpg)\n---\ntitle: \"Other\"\n---\n\nSecond.\n";
        assert_eq!(
            read(text).unwrap(),
            "A headline\n\n2026-01-14\nBy Ana Cruz\n\n\nFirst.\nBaca Juga: Other "
        );
    }
}
