#!/usr/bin/env bash
# Regenerates the office-style held-out invoice PDFs from the HTML sources,
# the way a small business would: the HTML is opened in LibreOffice Writer,
# saved as an ODF text document and exported with writer_pdf_Export.
# (Writer's HTML import puts <div title="header|footer"> only on the first
# page when exporting straight to PDF; going through .odt repeats them on
# every page, like a real Word/Writer template.)
#
# Usage: scripts/holdout-office/build.sh [--generate] [NAME ...]
#   --generate   first rewrite html/, checks/ and the *.expected.json files
#                from generate.mjs (the single source of all numbers)
#   NAME         only build these invoices (file names without .html)
# Needs: soffice (apt-get install libreoffice-writer-nogui)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$ROOT/test/fixtures/invoices-holdout-office"

if [[ "${1:-}" == "--generate" ]]; then
  shift
  node "$HERE/generate.mjs"
fi

command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A private profile so a running LibreOffice or a stale lock cannot interfere.
PROFILE="file://$WORK/profile"

if [[ $# -gt 0 ]]; then
  files=(); for n in "$@"; do files+=("$HERE/html/$n.html"); done
else
  files=("$HERE"/html/*.html)
fi

mkdir -p "$OUT" "$WORK/odt" "$WORK/pdf"
for f in "${files[@]}"; do
  name="$(basename "$f" .html)"
  soffice -env:UserInstallation="$PROFILE" --headless --infilter="HTML (StarWriter)" \
    --convert-to odt:writer8 --outdir "$WORK/odt" "$f" >/dev/null 2>&1
  soffice -env:UserInstallation="$PROFILE" --headless \
    --convert-to pdf:writer_pdf_Export --outdir "$WORK/pdf" "$WORK/odt/$name.odt" >/dev/null 2>&1
  [[ -s "$WORK/pdf/$name.pdf" ]] || { echo "conversion failed: $name" >&2; exit 1; }
  cp "$WORK/pdf/$name.pdf" "$OUT/$name.pdf"
  echo "built $OUT/$name.pdf"
done
