#!/usr/bin/env bash
# Page images of the held-out office invoices, for the OCR path of bench/agents/invoices.ts:
# page 1 of each one-page invoice at 150 dpi, 8-bit gray (as a flatbed scanner or a phone
# scan app saves it), with the invoice's expected fields. Needs pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/../.."
src=test/fixtures/invoices-holdout-office
out=test/fixtures/invoices-scans
mkdir -p "$out"
for pdf in "$src"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  [ "$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')" = 1 ] || continue
  pdftoppm -r 150 -gray -png -singlefile "$pdf" "$out/$name"
  sed 's/"source": "text"/"source": "ocr"/' "$pdf.expected.json" > "$out/$name.png.expected.json"
done
