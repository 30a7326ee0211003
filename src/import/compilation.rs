//! A compilation that carries a story among other items: an organisation's press review, a
//! weekly roundup mail, a daily brief. Its items stand under numbers ("1. Suara NTB, Senin, 8
//! Desember 2025", "2. MAIZE"); most are a line or two pointing elsewhere, one is printed in
//! full. That one is the story: the compilation's own head (its name, its date, its note to
//! readers), the other items and its footer are the carrier's and no line of the page.
//! Recognised by shape — items numbered one after another, one of them holding paragraphs and
//! the others a few short lines — never by whose compilation it is.

/// The item printed in full, its number cut from its head and the head (its outlet and date,
/// or the compilation's date when the head has none) set under the item's headline; None when the text is no compilation of this shape.
pub fn full_item(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    // Numbered lines in order, one to n: a list of the story's own breaks the count.
    let numbered: Vec<(usize, u32, &str)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| item_number(l).map(|(n, rest)| (i, n, rest)))
        .collect();
    if numbered.len() < 2 || numbered.iter().zip(1..).any(|((_, n, _), k)| *n != k) {
        return None;
    }
    let bounds: Vec<(usize, usize)> = numbered
        .iter()
        .enumerate()
        .map(|(k, (at, _, _))| {
            let end = numbered.get(k + 1).map_or(lines.len(), |next| next.0);
            (*at, end)
        })
        .collect();
    let words = |l: &&str| l.split_whitespace().count();
    let paragraphs = |(from, to): (usize, usize)| {
        lines[from + 1..to]
            .iter()
            .filter(|l| words(l) >= 12)
            .count()
    };
    let full = (0..bounds.len()).max_by_key(|&k| paragraphs(bounds[k]))?;
    let short = |(from, to): (usize, usize)| {
        let set: Vec<&&str> = lines[from..to].iter().filter(|l| !l.is_empty()).collect();
        set.len() <= 6 && set.iter().filter(|l| words(l) >= 12).count() <= 2
    };
    // The compilation's head over the first item is a few short lines too, and an item
    // follows the full one: a story's own numbered list under its opening paragraphs has the
    // story's closing paragraphs under its last item.
    // A head opening with a paragraph (twenty words or more, ending a sentence) is a story's
    // lead over its own numbered points, not a compilation's name, date and note.
    let lead = lines[..bounds[0].0]
        .iter()
        .any(|l| words(l) >= 20 && l.ends_with(['.', '!', '?', '"', '”']));
    if lead
        || paragraphs(bounds[full]) < 3
        || full + 1 == bounds.len()
        || words(&numbered[full].2) > 12
        || !short((0, bounds[0].0))
        || bounds
            .iter()
            .enumerate()
            .any(|(k, b)| k != full && !short(*b))
    {
        return None;
    }
    let (from, to) = bounds[full];
    // An item's head without a date ("2. MAIZE") takes the compilation's own date — the date
    // alone: the compilation's name beside it ("Daily Brief | …") is the carrier's.
    let date_of = |l: &str| {
        super::datefind::find_all(l, false)
            .first()
            .map(|f| l[f.start..f.end].to_string())
    };
    let head = Some(numbered[full].2.to_string())
        .filter(|h| date_of(h).is_some())
        .or_else(|| lines[..bounds[0].0].iter().find_map(|l| date_of(l)));
    let dated = head.is_some();
    let head = head.unwrap_or_default();
    let head = head.as_str();
    let mut body: Vec<&str> = lines[from + 1..to].to_vec();
    while body.first().is_some_and(|l| l.is_empty()) {
        body.remove(0);
    }
    let mut out: Vec<&str> = Vec::new();
    // "Banjir Rendam Ruang Kelas …" under "2. Lombok Insider, Selasa, 9 Desember 2025": the
    // headline comes first, the outlet and date under it, as a page prints them.
    let headline = body
        .first()
        .is_some_and(|l| !l.ends_with(['.', ':', '!', '?']) && (3..=25).contains(&words(l)));
    if headline && dated {
        out.extend([body.remove(0), "", head]);
    } else if dated {
        out.push(head);
    }
    out.extend(body);
    Some(out.join("\n"))
}

/// "2. Lombok Insider, Selasa, 9 Desember 2025": an item's number and the rest of its head.
fn item_number(line: &str) -> Option<(u32, &str)> {
    let digits = line.find(|c: char| !c.is_ascii_digit())?;
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = line[digits..].strip_prefix(['.', ')'])?;
    if !rest.starts_with(' ') {
        return None;
    }
    Some((line[..digits].parse().ok()?, rest.trim()))
}
