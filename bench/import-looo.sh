#!/bin/sh
# The line classifier measured by leaving one outlet out (issue 8): for each outlet of the
# development texts (tests/import_corpus, tests/import_heldout2, tests/import_heldout3), a
# logistic model is fitted on the other outlets' labelled lines and the outlet's texts are
# scored with the rules, the model, and the two combined. Reads no other set.
# The table is printed and written to target/import-looo-report.txt.
#
# `bench/import-looo.sh heldout4` instead fits the model on all development texts and scores
# the fourth (unseen) set under every mode, into target/import-heldout4-modes-report.txt: a
# measurement to take once, never to tune on.
set -eu
cd "$(dirname "$0")/.."
test=line_classifier_leave_one_outlet_out
[ "${1:-}" = heldout4 ] && test=line_classifier_on_the_fourth_set
cargo test --test import_corpus "$test" -- --ignored --exact --nocapture
