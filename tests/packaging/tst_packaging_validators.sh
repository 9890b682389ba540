#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop entry, the AppStream metainfo and the file types pass the validators that
# distributions and software centres run.
set -euo pipefail
desktop=$1 metainfo=$2 mime=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== desktop-file-validate $desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate reports: $out"

echo "== appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"

# The metainfo must name the desktop entry it describes, and every file type the desktop
# entry claims must be one we define or a known one.
id=$(basename "$desktop")
grep -q "<launchable type=\"desktop-id\">$id</launchable>" "$metainfo" || fail "metainfo does not launch $id"

echo "== shared-mime-info: $mime"
xmllint --noout "$mime" || fail "mime XML is not well formed"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/"
update-mime-database "$tmp/mime" || fail "update-mime-database rejects $mime"
for pair in 'text/x-proofdesk:\*.pds' 'text/x-smtlib2:\*.smt2' 'text/x-dimacs-cnf:\*.cnf'; do
  grep -q ":$pair\$" "$tmp/mime/globs2" || fail "globs2 lacks $pair"
done
grep -q '^text/x-proofdesk text/plain$' "$tmp/mime/subclasses" || fail "text/x-proofdesk is not text/plain"
types=$(sed -n 's/^MimeType=//p' "$desktop" | tr ';' '\n' | sed '/^$/d')
for t in $types; do
  grep -q "^$t\$" "$tmp/mime/types" || fail "the desktop entry opens $t, which is not defined"
done
echo "all validators pass"
