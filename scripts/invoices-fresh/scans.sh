#!/usr/bin/env bash
# Page images of the one-page invoices of invoices-fresh and invoices-lib, for the OCR path of
# bench/agents/invoices.ts: page 1 at 150 dpi, 8-bit gray (as scripts/holdout-office/scans.sh
# makes them for the office invoices), with each invoice's expected fields. Needs pdftoppm and
# pdfinfo (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=test/fixtures/invoices-scans-fresh
mkdir -p "$out"
for src in test/fixtures/invoices-fresh test/fixtures/invoices-lib; do
  for pdf in "$src"/*.pdf; do
    name=$(basename "$pdf" .pdf)
    [ "$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')" = 1 ] || continue
    pdftoppm -r 150 -gray -png -singlefile "$pdf" "$out/$name"
    sed 's/"source": "text"/"source": "ocr"/' "$pdf.expected.json" > "$out/$name.png.expected.json"
  done
done

# The same pages as a phone or a sheet-fed scanner delivers them: turned by up to 1.5 degrees,
# grainy, slightly soft, saved as JPEG (test/fixtures/invoices-photos). Needs ImageMagick.
photos=test/fixtures/invoices-photos
mkdir -p "$photos"
angles=(-1.5 -0.8 0.7 1.4)
i=0
for png in "$out"/*.png; do
  name=$(basename "$png" .png)
  i=$((i + 1))
  convert "$png" -background white -rotate "${angles[$((i % 4))]}" -attenuate 0.4 +noise Gaussian -blur 0x0.6 -quality 70 "$photos/$name.jpg"
  cp "$png.expected.json" "$photos/$name.jpg.expected.json"
done
