#!/bin/sh
# The line classifier measured by leaving one outlet out (issue 8): for each outlet of the
# development texts (tests/import_corpus and the held-out sets listed in DEVELOPMENT_SETS in
# tests/import_corpus.rs), a logistic model is fitted on the other outlets' labelled lines and
# the outlet's texts are scored with the rules, the model, and the two combined. Reads no other
# set. The table is printed and written to target/import-looo-report.txt.
#
# `bench/import-looo.sh heldout N` instead fits the model on all development texts and scores
# held-out set N (not a development set) under every mode, into
# target/import-heldoutN-modes-report.txt: a measurement to take once per set, never to tune on.
# Its per-text rows name the set's failures: for a validation or test set, read only the
# summary tables.
#
# `bench/import-looo.sh weights` fits the model on all development texts and writes it, with a
# header saying how, to src/import/data/lines.txt: the weights `digest import` ships. Run it
# after any change to the line features, classes, labels or DEVELOPMENT_SETS.
set -eu
cd "$(dirname "$0")/.."
test=line_classifier_leave_one_outlet_out
if [ "${1:-}" = weights ]; then
    cargo test --test import_corpus line_model_weights_are_written -- --ignored --exact
    target=${CARGO_TARGET_DIR:-target}
    cp "$target/import-line-weights.txt" src/import/data/lines.txt
    echo "wrote src/import/data/lines.txt"
    exit 0
fi
if [ "${1:-}" = heldout ]; then
    [ -n "${2:-}" ] || { echo "usage: $0 [weights | heldout N]" >&2; exit 2; }
    test=line_classifier_on_an_unseen_set
    DIGEST_MODES_SET=$2
    export DIGEST_MODES_SET
elif [ -n "${1:-}" ]; then
    echo "usage: $0 [weights | heldout N]" >&2
    exit 2
fi
cargo test --test import_corpus "$test" -- --ignored --exact --nocapture
