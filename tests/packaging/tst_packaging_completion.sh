#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sources the bash completion of proofdesk-cli in bash and asks it what a user pressing TAB
# would get: subcommands, the options of `check` (which must be those of `check --help`),
# option values, and sketch files.
set -euo pipefail
completion=$1 cli=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bindir="$tmp/bin"; mkdir -p "$bindir" "$tmp/work/proofs"
ln -s "$cli" "$bindir/proofdesk-cli"
export PATH="$bindir:$PATH"
cd "$tmp/work"
touch a.pds b.pds d.smt2 e.cnf notes.txt proofs/c.pds

# shellcheck source=/dev/null
source "$completion"
complete -p proofdesk-cli | grep -q _proofdesk_cli || fail "no completion registered for proofdesk-cli"

# complete "WORD WORD ... CUR": prints the candidates, one per line, sorted
complete_line() {
  read -r -a COMP_WORDS <<<"$1"
  [[ $1 == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
  COMP_LINE=$1; COMP_POINT=${#1}
  COMPREPLY=()
  _proofdesk_cli
  printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort
}
expect() { # line expected-words...
  local line=$1; shift
  local got want
  got=$(complete_line "$line" | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
  [ "$got" = "$want" ] || fail "completing '$line': got '$got', expected '$want'"
  echo "ok: '$line' -> $got"
}

expect "proofdesk-cli " check export graph obligations verify
expect "proofdesk-cli ch" check
expect "proofdesk-cli --v" --version
expect "proofdesk-cli check --format " text json sarif junit
expect "proofdesk-cli check --format j" json junit
expect "proofdesk-cli check --solver cvc5-" cvc5-mbqi cvc5-fmf-fun cvc5-binary
expect "proofdesk-cli check --no" --no-cache
expect "proofdesk-cli obligations --j" --json
expect "proofdesk-cli check " a.pds b.pds d.smt2 e.cnf proofs
expect "proofdesk-cli check a.pds pro" proofs
expect "proofdesk-cli check proofs/" proofs/c.pds
expect "proofdesk-cli verify " proofs
expect "proofdesk-cli graph e.cnf --kind " vig incidence deps proof

# Every option `check --help` prints completes, and nothing else does.
want=$(proofdesk-cli check --help | grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' | sed 's/^[ ,]//' | sort -u | tr '\n' ' ')
got=$(complete_line "proofdesk-cli check --" | tr '\n' ' ')
[ "$got" = "$want" ] || fail "check options: completion '$got', --help '$want'"
echo "ok: check options = $got"
echo "completion works"
