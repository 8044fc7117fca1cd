#!/usr/bin/env bash
# Print the unseen invoice set: HTML + CSS -> PDF with headless Chromium.
#   scripts/invoices-unseen/build.sh [--generate] [NAME...]
# Needs: node, chromium (apt-get install -y chromium). Fonts: Liberation and DejaVu only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/test/fixtures/invoices-unseen"
if [[ "${1:-}" == "--generate" ]]; then shift; node "$here/generate.mjs" "$@"; fi
mkdir -p "$out"
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
  for f in "$here"/html/*.html; do names+=("$(basename "$f" .html)"); done
fi
chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
for name in "${names[@]}"; do
  profile="$(mktemp -d)"
  "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "file://$here/html/$name.html" >/dev/null 2>&1
  rm -rf "$profile"
  [[ -s "$out/$name.pdf" ]] || { echo "failed: $name" >&2; exit 1; }
  echo "printed $name.pdf"
done
