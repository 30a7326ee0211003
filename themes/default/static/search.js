// digest's search page. The index (see src/render/search/mod.rs) is a folder of small JSON
// files; this script fetches only those a query needs, when the reader searches, never on
// page load. It builds the results with DOM nodes and text nodes only, so nothing from the
// index is ever parsed as HTML. A result's snippet comes from its article page, read as text
// from an inert parsed copy (no script runs and nothing loads in a DOMParser document).
(function () {
  "use strict";
  const form = document.getElementById("search");
  if (!form || !window.fetch) return;
  const input = document.getElementById("search-q");
  const tagSelect = document.getElementById("search-tag");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const t = form.dataset;
  const base = t.index || "";
  const version = t.version ? "?v=" + encodeURIComponent(t.version) : "";
  const perFile = Number(t.docsPerFile) || 16; // documents per d/<n>.json

  const PAGE = 10; // results shown at a time
  const MIN_PREFIX = 3; // shorter query words match whole words only
  const MAX_EXPAND = 6; // stems one prefix may stand for, the nearest words first
  const SNIPPET_WORDS = 30;
  const MAX_WORDS = 8; // query words looked up; each costs a fetch or two
  // The same word rule as the index: runs of letters and digits, 2 to 40 of them, lower case.
  const WORD = /[\p{Alphabetic}\p{N}]+/gu;
  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const VALUE = {};
  for (let i = 0; i < 64; i++) VALUE[ALPHABET[i]] = i;

  function words(text) {
    const out = [];
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      const n = [...w].length;
      if (n >= 2 && n <= 40 && !out.includes(w)) out.push(w);
    }
    return out.slice(0, MAX_WORDS);
  }

  // The word-list file of a word: its first three characters, others than a-z 0-9 as _hex.
  function shardName(word) {
    let name = "";
    for (const c of [...word].slice(0, 3)) {
      name += /^[a-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16);
    }
    return name;
  }

  // Gap-coded document numbers (5 bits a character, 32 = more follows), each optionally
  // followed by a one-character weight: 32 title, 16 tag, low 4 bits body count.
  function decode(s, withWeights) {
    const docs = [];
    const weights = [];
    let doc = -1;
    let acc = 0;
    for (let i = 0; i < s.length; ) {
      const c = VALUE[s[i++]];
      acc = acc * 32 + (c & 31);
      if (c < 32) {
        doc += acc + 1;
        acc = 0;
        docs.push(doc);
        if (withWeights) weights.push(VALUE[s[i++]]);
      }
    }
    return { docs, weights };
  }

  const files = new Map();
  // A JSON file of the index, parsed.
  function load(path) {
    let p = files.get(path);
    if (!p) {
      p = fetch(base + path + version).then((r) => {
        if (r.status === 404) return null; // e.g. no word starts with these letters
        if (!r.ok) throw new Error(path + ": HTTP " + r.status);
        return r.json();
      });
      files.set(path, p);
      p.catch(() => files.delete(path)); // a failed fetch is tried again next time
    }
    return p;
  }

  // Document `d`: its URL (u), title (t), date shown (d) and as YYYY-MM-DD (m), tags (g).
  async function docMeta(d) {
    const block = await load("d/" + Math.floor(d / perFile) + ".json");
    return (block && block[d % perFile]) || null;
  }

  // The text of the article at `url` (a site path from the index), for its snippet: the
  // theme's `.content`, else the page's <main>. A page that fails to load has no snippet.
  const texts = new Map();
  function articleText(url) {
    let p = texts.get(url);
    if (!p) {
      p = (/^\//.test(url) ? fetch(url) : Promise.reject(new Error(url)))
        .then((r) => (r.ok ? r.text() : ""))
        .then((html) => {
          const page = new DOMParser().parseFromString(html, "text/html");
          const main = page.querySelector("main .content") || page.querySelector("main");
          return main ? main.textContent : "";
        })
        .catch(() => "");
      texts.set(url, p);
    }
    return p;
  }

  // The stems a query word stands for: its own (exact) and, for 3+ letters, those of the
  // nearest longer words it begins ("pertahan" → "pertahanan" → stem "tahan").
  async function stemsOf(word) {
    const shard = await load("w/" + shardName(word) + ".json");
    if (!shard) return { n: 0, stems: [] };
    const found = new Map();
    for (const s of shard.w[word] || []) found.set(s, true);
    if ([...word].length >= MIN_PREFIX) {
      const longer = Object.keys(shard.w).filter((k) => k !== word && k.startsWith(word));
      const df = (k) => Math.max(...shard.w[k].map((s) => shard.s[s][2]));
      longer.sort((a, b) => a.length - b.length || df(b) - df(a) || (a < b ? -1 : 1));
      let added = 0;
      for (const k of longer) {
        for (const s of shard.w[k]) {
          if (added < MAX_EXPAND && !found.has(s)) {
            found.set(s, false);
            added++;
          }
        }
        if (added >= MAX_EXPAND) break;
      }
    }
    const stems = [];
    for (const [s, exact] of found) {
      const [stem, file, df] = shard.s[s];
      stems.push({ stem, file, df, exact });
    }
    return { n: shard.n, stems };
  }

  // Document → score for one query word, and the surface forms it matched.
  async function score(word) {
    const { n, stems } = await stemsOf(word);
    const postings = await Promise.all(stems.map((s) => load("p/" + s.file + ".json")));
    const scores = new Map();
    const forms = [];
    stems.forEach((s, k) => {
      const entry = postings[k] && postings[k][s.stem];
      if (!entry) return;
      forms.push(...entry.f);
      const idf = Math.log(1 + n / s.df);
      const factor = s.exact ? 1 : 0.6;
      const { docs, weights } = decode(entry.p, true);
      for (let i = 0; i < docs.length; i++) {
        const w = weights[i];
        const tf = w & 15;
        // Title and tag matches outweigh any body count, so they rank first.
        const sc = factor * ((w & 32 ? 100 : 0) + (w & 16 ? 60 : 0) + (tf ? idf * (1 + Math.log(tf)) : 0));
        const prev = scores.get(docs[i]);
        if (prev === undefined || sc > prev) scores.set(docs[i], sc);
      }
    });
    return { scores, forms };
  }

  let generation = 0;
  let results = [];
  let shownCount = 0;
  let isHit = () => false;
  const more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.textContent = t.tMore || "More";
  more.hidden = true;
  list.after(more);

  function count(n) {
    if (n === 0) return t.tNone || "0";
    return n === 1 ? t.tOne || "1" : (t.tMany || "{n}").replace("{n}", n.toLocaleString());
  }

  function currentTag() {
    if (!tagSelect) return "";
    const v = tagSelect.value;
    // Only tags the page lists: the value becomes part of a URL.
    return [...tagSelect.options].some((o) => o.value === v) ? v : "";
  }

  async function run() {
    const query = input.value;
    const tag = currentTag();
    const gen = ++generation;
    const params = new URLSearchParams();
    if (query.trim()) params.set("q", query);
    if (tag) params.set("tag", tag);
    const qs = params.toString();
    history.replaceState(null, "", qs ? "?" + qs : location.pathname);
    const terms = words(query);
    if (!terms.length && !tag) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    status.textContent = t.tLoading || "…";
    try {
      const tagDocs = tag ? load("t/" + tag + ".json").then((s) => (s ? decode(s, false).docs : [])) : null;
      let ranked;
      let forms = new Set(terms);
      if (terms.length) {
        const per = await Promise.all(terms.map(score));
        per.sort((a, b) => a.scores.size - b.scores.size);
        // Every query word must match (each through any of its stems).
        const total = new Map(per[0].scores);
        for (let k = 1; k < per.length; k++) {
          for (const [d, s] of total) {
            const o = per[k].scores.get(d);
            if (o === undefined) total.delete(d);
            else total.set(d, s + o);
          }
        }
        if (tagDocs) {
          const keep = new Set(await tagDocs);
          for (const d of total.keys()) if (!keep.has(d)) total.delete(d);
        }
        // Best first; equal scores newest first (documents are numbered newest first).
        ranked = [...total].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map((e) => e[0]);
        for (const p of per) for (const f of p.forms) forms.add(f);
      } else {
        ranked = await tagDocs;
      }
      if (gen !== generation) return;
      const prefixes = terms.filter((w) => [...w].length >= MIN_PREFIX);
      isHit = (word) => {
        const w = word.toLowerCase();
        return forms.has(w) || prefixes.some((p) => w.startsWith(p));
      };
      results = ranked;
      shownCount = 0;
      list.replaceChildren();
      await showMore();
    } catch (e) {
      if (gen === generation) status.textContent = t.tError || String(e);
    }
  }

  async function showMore() {
    const gen = generation;
    const next = results.slice(shownCount, shownCount + PAGE);
    const docs = await Promise.all(next.map(docMeta));
    const bodies = await Promise.all(docs.map((doc) => (doc ? articleText(String(doc.u)) : "")));
    if (gen !== generation) return null;
    let first = null;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      if (!doc) continue;
      const item = result(doc, bodies[i]);
      first = first || item;
      list.append(item);
    }
    shownCount += next.length;
    status.textContent = count(results.length);
    more.hidden = shownCount >= results.length;
    return first;
  }

  // Appends `text` to `parent`, with matched words in <mark>.
  function marked(parent, text) {
    let last = 0;
    for (const m of text.matchAll(WORD)) {
      if (!isHit(m[0])) continue;
      if (m.index > last) parent.append(text.slice(last, m.index));
      const mark = document.createElement("mark");
      mark.textContent = m[0];
      parent.append(mark);
      last = m.index + m[0].length;
    }
    if (last < text.length) parent.append(text.slice(last));
  }

  // The stretch of `text` with the most matched words, started just before the first of them.
  function snippet(text) {
    const ws = [...text.matchAll(WORD)];
    if (!ws.length) return "";
    const hit = ws.map((m) => (isHit(m[0]) ? 1 : 0));
    let best = 0;
    let bestHits = -1;
    let hits = 0;
    for (let i = 0; i < ws.length; i++) {
      hits += hit[i];
      if (i >= SNIPPET_WORDS) hits -= hit[i - SNIPPET_WORDS];
      if (hits > bestHits) {
        bestHits = hits;
        best = Math.max(0, i - SNIPPET_WORDS + 1);
      }
    }
    let first = best;
    while (first < ws.length - 1 && !hit[first]) first++;
    const start = hit[first] ? Math.max(0, first - 5) : 0;
    const end = Math.min(ws.length, start + SNIPPET_WORDS) - 1;
    const from = ws[start].index;
    const to = ws[end].index + ws[end][0].length;
    return (start > 0 ? "… " : "") + text.slice(from, to).replace(/\s+/g, " ") + (end < ws.length - 1 ? " …" : "");
  }

  function link(href, text) {
    const a = document.createElement("a");
    // Index URLs are site paths; anything else is not followed.
    if (/^(\/|https?:)/.test(href)) a.href = href;
    a.textContent = text;
    return a;
  }

  function result(doc, body) {
    const li = document.createElement("li");
    li.className = "card search-result";
    const article = document.createElement("article");
    const h2 = document.createElement("h2");
    h2.className = "card-title";
    const a = link(String(doc.u), "");
    marked(a, String(doc.t));
    h2.append(a);
    const meta = document.createElement("p");
    meta.className = "meta";
    const time = document.createElement("time");
    time.dateTime = String(doc.m);
    time.textContent = String(doc.d);
    meta.append(time);
    const p = document.createElement("p");
    p.className = "snippet";
    marked(p, snippet(body));
    article.append(h2, meta, p);
    if (Array.isArray(doc.g) && doc.g.length) {
      const tags = document.createElement("ul");
      tags.className = "tag-list";
      for (const [name, url] of doc.g) {
        const item = document.createElement("li");
        item.append(link(String(url), String(name)));
        tags.append(item);
      }
      article.append(tags);
    }
    li.append(article);
    return li;
  }

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  if (tagSelect) tagSelect.addEventListener("change", run);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  more.addEventListener("click", async () => {
    const first = await showMore();
    const a = first && first.querySelector("a");
    if (a) a.focus();
  });
  // Arrow keys move between the search box and the result titles.
  form.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && e.target === input) {
      const a = list.querySelector(".card-title a");
      if (a) {
        e.preventDefault();
        a.focus();
      }
    }
  });
  list.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const links = [...list.querySelectorAll(".card-title a")];
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === "ArrowDown" && i + 1 < links.length) links[i + 1].focus();
    else if (e.key === "ArrowUp") (i > 0 ? links[i - 1] : input).focus();
  });

  // A link such as /search/?q=banjir (or the search box on every other page) starts a search.
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  if (tagSelect) {
    tagSelect.value = params.get("tag") || "";
    if (tagSelect.selectedIndex < 0) tagSelect.value = "";
  }
  if (input.value.trim() || currentTag()) run();
})();
