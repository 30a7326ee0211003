#!/usr/bin/env python3
"""Check that a digest build did (at least) the work the Hugo peer does (stdlib only).

    check_digest.py --corpus CORPUS_DIR --site DIGEST_OUTPUT [--hugo-site HUGO_OUTPUT]

verify_site.py expects the peers' URL layout (/<slug>/index.html); digest writes
  /articles/<slug>/index.html, /page/<n>/index.html, /tags/index.html,
  /tags/<tag>/index.html and /tags/<tag>/page/<n>/index.html, /tags/<tag>/atom.xml,
  /atom.xml, /sitemap.xml, /404.html, /archive/index.html
so this script checks digest's output against the corpus with markup-independent
checks (it looks for "/articles/<slug>/" hrefs, not for a particular template):
article and tag page counts, index pages, feeds (latest 20, per tag), sitemap, 404,
highlighted code. With --hugo-site it also prints the file counts of both outputs.
Prints one line per check and exits 1 if any failed.
"""
import argparse
import math
import os
import re
import sys
from collections import defaultdict
from datetime import datetime

PER_PAGE = 10
FEED_LIMIT = 20


def read_corpus(root):
    arts = []
    for dirpath, _, files in os.walk(os.path.join(root, "content")):
        for fn in files:
            if not fn.endswith(".md") or fn.startswith("_"):
                continue
            with open(os.path.join(dirpath, fn), encoding="utf-8") as f:
                text = f.read()
            m = re.search(r'^date\s*[:=]\s*(\S+)', text, re.M)
            t = re.search(r'^tags\s*[:=]\s*\[(.*)\]', text, re.M)
            arts.append({"slug": fn[:-3], "date": datetime.fromisoformat(m.group(1)),
                         "tags": re.findall(r'"([^"]+)"', t.group(1)),
                         "code": "\n```" in text})
    return arts


def tally(site):
    nfiles = nbytes = nhtml = 0
    for dirpath, _, files in os.walk(site):
        for fn in files:
            nfiles += 1
            nbytes += os.path.getsize(os.path.join(dirpath, fn))
            nhtml += fn.endswith(".html")
    return nfiles, nbytes, nhtml


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--hugo-site")
    ap.add_argument("--max-list-pages", type=int, default=10,
                    help="the site's max_list_pages (digest's default 10; 0: lists run to the end)")
    a = ap.parse_args()
    arts = read_corpus(a.corpus)
    n = len(arts)
    by_tag = defaultdict(list)
    for x in arts:
        for t in x["tags"]:
            by_tag[t].append(x)
    ntags = len(by_tag)
    npages = math.ceil(n / PER_PAGE)
    cap = a.max_list_pages or npages
    # Lists stop after `cap` pages; the archive then lists the older articles.
    shown = min(npages, cap)
    newest = sorted(arts, key=lambda x: x["date"], reverse=True)
    ok = True

    def check(name, cond, detail=""):
        nonlocal ok
        ok &= bool(cond)
        print(f"{'ok  ' if cond else 'FAIL'} {name} {detail}".rstrip())

    def path(rel):
        return os.path.join(a.site, rel)

    def read(rel):
        try:
            with open(path(rel), encoding="utf-8") as f:
                return f.read()
        except OSError:
            return ""

    def order(text, items):
        """slugs of items in the order their /articles/<slug>/ link first appears in text"""
        pos = {x["slug"]: text.find(f"/articles/{x['slug']}/") for x in items}
        found = sorted((p, s) for s, p in pos.items() if p >= 0)
        return [s for _, s in found]

    # articles
    adir = path("articles")
    pages = [d for d in os.listdir(adir) if os.path.isfile(os.path.join(adir, d, "index.html"))] \
        if os.path.isdir(adir) else []
    check("article page count", len(pages) == n, f"got {len(pages)} want {n}")
    missing = [x["slug"] for x in arts if not os.path.isfile(path(f"articles/{x['slug']}/index.html"))]
    check("every article page exists at /articles/<file stem>/", not missing,
          f"missing {len(missing)}" + (f", e.g. {missing[0]}" if missing else ""))

    # paginated index
    check("index page 1 lists newest 10 in order",
          order(read("index.html"), newest[:2 * PER_PAGE]) == [x["slug"] for x in newest[:PER_PAGE]])
    want_last = newest[(shown - 1) * PER_PAGE:shown * PER_PAGE]
    check(f"index page {shown} lists the {'oldest' if shown == npages else 'last shown'}",
          order(read(f"page/{shown}/index.html"), want_last)
          == [x["slug"] for x in want_last], f"want {len(want_last)}")
    idx = sum(os.path.isfile(path(f"page/{i}/index.html")) for i in range(2, npages + 2))
    check("index pages /page/2..N/", idx == shown - 1, f"got {idx} want {shown - 1}")
    if shown < npages:
        check(f"index page {shown} links the archive", 'href="/archive/"' in read(f"page/{shown}/index.html"))
    # Every article on the archive's month pages, whatever the lists show.
    in_archive = set()
    for d, _, files in os.walk(path("archive")):
        if "index.html" in files and d != path("archive"):
            in_archive.update(re.findall(r'href="/articles/([^/"]+)/"', read(os.path.join(d, "index.html"))))
    lost = [x["slug"] for x in arts if x["slug"] not in in_archive]
    check("archive month pages list every article", not lost, f"missing {len(lost)}")

    # tags
    tdir = path("tags")
    tag_pages = [d for d in os.listdir(tdir) if os.path.isfile(os.path.join(tdir, d, "index.html"))] \
        if os.path.isdir(tdir) else []
    check("tag page count", len(tag_pages) == ntags, f"got {len(tag_pages)} want {ntags}")
    tl = read("tags/index.html")
    listed = sum(f"/tags/{t}/" in tl for t in by_tag)
    check("tags index links every tag", listed == ntags, f"got {listed} want {ntags}")
    counts_ok = sum(bool(re.search(rf'/tags/{re.escape(t)}/"[^\n]*?\b{len(v)}\b', tl))
                    for t, v in by_tag.items())
    check("tags index shows counts (same line as the link)", counts_ok == ntags,
          f"got {counts_ok} want {ntags}")
    ranked = sorted(by_tag, key=lambda t: (-len(by_tag[t]), t))
    for tag in dict.fromkeys((ranked[0], ranked[len(ranked) // 2], ranked[-1])):
        want = [x["slug"] for x in sorted(by_tag[tag], key=lambda x: x["date"], reverse=True)]
        want = want[:cap * PER_PAGE]
        # digest paginates tag pages like the index: /tags/<tag>/, then /tags/<tag>/page/2/, ...
        # Read them in order; on each page keep only articles not listed on an earlier page
        # (the sidebar repeats the site's latest articles).
        got, npg = [], 0
        rels = [f"tags/{tag}/index.html"] + [f"tags/{tag}/page/{i}/index.html"
                                             for i in range(2, n + 2)]
        for rel in rels:
            if not os.path.isfile(path(rel)):
                break
            npg += 1
            seen = set(got)
            got += order(read(rel), [x for x in by_tag[tag] if x["slug"] not in seen])
        check(f"tag page '{tag}' lists its newest {len(want)} articles newest first", got == want,
              f"got {len(got)} on {npg} page(s)")

    # feeds
    feed = read("atom.xml")
    check("site atom.xml has 20 entries", feed.count("<entry") == min(FEED_LIMIT, n),
          f"got {feed.count('<entry')}")
    check("site atom.xml is the latest 20 (newest first)",
          order(feed, newest[:2 * FEED_LIMIT]) == [x["slug"] for x in newest[:FEED_LIMIT]])
    check("site atom.xml has full content", "<content" in feed)
    tag_feeds = sum(os.path.isfile(path(f"tags/{t}/atom.xml")) for t in by_tag)
    check("per-tag atom feeds", tag_feeds == ntags, f"got {tag_feeds} want {ntags}")
    for tag in dict.fromkeys((ranked[0], ranked[-1])):
        tf = read(f"tags/{tag}/atom.xml")
        latest = sorted(by_tag[tag], key=lambda x: x["date"], reverse=True)
        check(f"tag feed '{tag}' is its latest {min(FEED_LIMIT, len(latest))}",
              tf.count("<entry") == min(FEED_LIMIT, len(latest))
              and order(tf, latest) == [x["slug"] for x in latest[:FEED_LIMIT]],
              f"got {tf.count('<entry')} entries")

    # sitemap, 404, archive
    locs = read("sitemap.xml").count("<loc>")
    check("sitemap.xml has >= articles + tags + tags index + home", locs >= n + ntags + 2,
          f"got {locs} (Hugo: {n + ntags + 2})")
    check("404.html exists", os.path.isfile(path("404.html")))
    check("archive/index.html exists", os.path.isfile(path("archive/index.html")))

    # code highlighting: the first article with a fenced block
    coded = [x for x in arts if x["code"]]
    if coded:
        page = read(f"articles/{coded[0]['slug']}/index.html")
        pre = page[page.find("<pre"):]
        check(f"code highlighted ({len(coded)} articles have fenced blocks)",
              "<pre" in page and "<span" in pre[:pre.find("</pre>")] and "```" not in page)

    nf, nb, nh = tally(a.site)
    print(f"digest output: {nf} files, {nb / 1e6:.1f} MB, {nh} html")
    if a.hugo_site:
        nf, nb, nh = tally(a.hugo_site)
        print(f"hugo output:   {nf} files, {nb / 1e6:.1f} MB, {nh} html")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
