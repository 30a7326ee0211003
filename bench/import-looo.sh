#!/bin/sh
# The line classifier measured by leaving one outlet out (issue 8): for each outlet of the
# development texts (tests/import_corpus, tests/import_heldout2, tests/import_heldout3), a
# logistic model is fitted on the other outlets' labelled lines and the outlet's texts are
# scored with the rules, the model, and the two combined. Reads no other set.
# The table is printed and written to target/import-looo-report.txt.
set -eu
cd "$(dirname "$0")/.."
cargo test --test import_corpus line_classifier_leave_one_outlet_out -- --ignored --nocapture
