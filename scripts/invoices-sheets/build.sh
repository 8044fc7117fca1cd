#!/usr/bin/env bash
# Turns the generated sources (scripts/invoices-sheets/sources) into PDFs in
# test/fixtures/invoices-sheets with LibreOffice (headless), the way a small business
# exports its Calc/Excel or Writer invoice to PDF.
#   apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(cd "$HERE/../../test/fixtures/invoices-sheets" && pwd)"
SRC="$HERE/sources"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui" >&2; exit 1; }
# a throw-away LibreOffice profile, so the user's settings play no part
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
LO=(soffice "-env:UserInstallation=file://$PROFILE" --headless --norestore)
export LC_ALL=C.UTF-8

shopt -s nullglob
sheets=("$SRC"/*.fods "$SRC"/*.xlsx)
docs=("$SRC"/*.fodt)
html=("$SRC"/*.html)
if ((${#sheets[@]})); then "${LO[@]}" --convert-to pdf:calc_pdf_Export --outdir "$OUT" "${sheets[@]}"; fi
if ((${#docs[@]})); then "${LO[@]}" --convert-to pdf:writer_pdf_Export --outdir "$OUT" "${docs[@]}"; fi
if ((${#html[@]})); then "${LO[@]}" --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$OUT" "${html[@]}"; fi
for f in "${sheets[@]}" "${docs[@]}" "${html[@]}"; do
  b="$(basename "${f%.*}")"
  [[ -s "$OUT/$b.pdf" ]] || { echo "missing PDF for $b" >&2; exit 1; }
done
echo "built $(( ${#sheets[@]} + ${#docs[@]} + ${#html[@]} )) PDFs into $OUT"
