#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man pages list exactly the options the programs print in --help (the pages are
# generated from --help, so this catches a broken generator or a stale page), and they
# are well-formed roff.
set -euo pipefail
gui=$1 cli=$2 mandir=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

options_of_help() { "$@" --help | grep -oE '(^|[ ,])--?[a-zA-Z][a-zA-Z0-9-]*' | sed 's/^[ ,]//' | sort -u; }
# In roff the dashes are escaped: \-\-help
options_of_page() { sed -n "/^\.SH $2\$/,/^\.SH/p" "$1" | grep -oE '\\fB(\\-)+[a-zA-Z]([a-zA-Z0-9]|\\-)*' \
                      | sed 's/\\fB//; s/\\-/-/g' | sort -u; }

compare() { # page section help-command...
  local page=$1 section=$2; shift 2
  local want got
  want=$(options_of_help "$@"); got=$(options_of_page "$page" "$section")
  [ -n "$want" ] || fail "no options in '$* --help'"
  if [ "$want" != "$got" ]; then
    diff <(echo "$want") <(echo "$got") >&2 || true
    fail "$(basename "$page") section '$section' and '$* --help' list different options (< help, > page)"
  fi
  echo "$(basename "$page") $section: $(echo "$want" | tr '\n' ' ')"
}

compare "$mandir/proofdesk.1" OPTIONS "$gui"
compare "$mandir/proofdesk-cli.1" OPTIONS "$cli"
compare "$mandir/proofdesk-cli.1" "OPTIONS OF CHECK" "$cli" check

for page in "$mandir"/*.1; do
  head -n 5 "$page" | grep -q '^\.TH ' || fail "$page has no .TH header"
  grep -q '@[A-Z_]*@' "$page" && fail "$page has an unreplaced placeholder"
  # every line that is not a request starts with something other than a control character
  if command -v groff >/dev/null; then
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1) ; [ -z "$warnings" ] || fail "groff: $warnings"
  fi
done
echo "man pages agree with --help"
