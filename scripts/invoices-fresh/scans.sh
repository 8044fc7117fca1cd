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
