#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a scratch prefix; the installed programs then work without the
# build tree: the CLI finds its worker in libexec and checks the installed examples, and
# everything the desktop needs is where XDG looks for it.
set -euo pipefail
build=$1 source=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/usr"

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install"; }
find "$prefix" -type f -o -type l | sed "s|^$prefix/||" | sort >"$tmp/files"
cat "$tmp/files"

for f in bin/proofdesk bin/proofdesk-cli libexec/proofdesk/proofdesk-worker \
         share/applications/org.proofdesk.ProofDesk.desktop \
         share/metainfo/org.proofdesk.ProofDesk.metainfo.xml \
         share/mime/packages/org.proofdesk.ProofDesk.xml \
         share/icons/hicolor/scalable/apps/org.proofdesk.ProofDesk.svg \
         share/man/man1/proofdesk.1 share/man/man1/proofdesk-cli.1 \
         share/bash-completion/completions/proofdesk-cli; do
  grep -qx "$f" "$tmp/files" || fail "not installed: $f"
done
[ ! -e "$prefix/bin/proofdesk-worker" ] || fail "the worker is on PATH (bin/)"

# Icons: every size, rendered at that size.
for size in 16 22 24 32 48 64 128 256 512; do
  png="$prefix/share/icons/hicolor/${size}x${size}/apps/org.proofdesk.ProofDesk.png"
  file "$png" | grep -q "PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
done

# Examples: the same set as the source tree.
diff <(cd "$source/resources/examples" && ls ./*.pds) <(cd "$prefix/share/proofdesk/examples" && ls ./*.pds) \
  || fail "installed examples differ from resources/examples"

# The installed CLI, run from outside the build tree, finds the installed worker.
cd "$tmp"
# basics.pds holds a lemma that is meant to fail, hence exit code 1, not 0.
code=0
out=$("$prefix/bin/proofdesk-cli" check --no-cache --jobs 2 --solver cvc5 --format json \
        "$prefix/share/proofdesk/examples/basics.pds" 2>"$tmp/err") || code=$?
[ "$code" -le 1 ] || { cat "$tmp/err" >&2; fail "installed proofdesk-cli check basics.pds exited $code"; }
grep -q '"verdict": *"proved"' <<<"$out" || { echo "$out"; cat "$tmp/err"; fail "no proved obligation"; }
if grep -q 'solver worker' <<<"$out$(cat "$tmp/err")"; then echo "$out"; cat "$tmp/err"; fail "the worker was not found or failed"; fi
echo "installed proofdesk-cli check basics.pds: $(grep -c '"verdict": *"proved"' <<<"$out") proved, exit $code"
"$prefix/libexec/proofdesk/proofdesk-worker" --version
"$prefix/bin/proofdesk" --version
echo "installed tree works"
