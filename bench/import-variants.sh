#!/bin/sh
# The development texts (the corpus and the sets in DEVELOPMENT_SETS, tests/import_corpus.rs)
# imported again with their layout changed and every word kept — Windows line ends, paragraphs
# hard-wrapped at 76 columns, every line hard-wrapped (headline and captions too), indented
# lines, no blank lines between blocks, a blank line after every line — and scored against the
# same expected pages (issue 8). The paste modes (PASTE_VARIANTS, round 19) add what another way
# of copying brings: an app's share as text, a site menu, an e-paper page, a reader view, an email. An importer that recognises an article's parts, not one
# paste's layout, loses nothing. Reads no validation or test set.
# DIGEST_VARIANTS=wrapped,crlf measures only those layouts (share,menu,epaper,reader,email: the
# paste modes).
# The table and each lost text's failures go to target/import-variants-report.txt.
set -eu
cd "$(dirname "$0")/.."
cargo test --test import_corpus training_texts_keep_their_pages_under_other_layouts -- --ignored --exact --nocapture
