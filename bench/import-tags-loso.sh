#!/bin/sh
# Tag choice measured by leaving one set out (issue 8): the candidates `entities` finds in the
# corpus and in the sets of DEVELOPMENT_SETS (tests/import_corpus.rs: every training set) are
# labelled from the expected tags; for each fold a logistic model is fitted on the other folds and
# the fold is scored with the rules and with the model at thresholds chosen on the training folds.
# Never reads set 8 (validation) nor the test sets (27 and after).
# The table is printed and written to target/import-tags-loso-report.txt.
#
# `bench/import-tags-loso.sh weights` instead fits the model on all the folds and writes its
# weights and veto threshold to target/import-tags-weights.txt (to read, or to ship as
# src/import/data/salience.txt should a later model beat the rules; this one does not).
#
# `bench/import-tags-loso.sh cut` instead writes every development text's candidates to
# target/import-tag-candidates.tsv and measures a ranking cut on the rules' tags (a cap per
# text, a least score relative to the text's best) by leaving one set out
# (bench/import-tags-cut.py; target/import-tags-cut-report.txt).
set -eu
cd "$(dirname "$0")/.."
test=tag_model_leave_one_set_out
[ "${1:-}" = weights ] && test=tag_model_weights_from_all_sets
if [ "${1:-}" = cut ]; then
    cargo test --test import_corpus tag_candidates_are_dumped -- --ignored --exact
    exec python3 bench/import-tags-cut.py "${CARGO_TARGET_DIR:-target}/import-tag-candidates.tsv"
fi
cargo test --test import_corpus "$test" -- --ignored --exact --nocapture
