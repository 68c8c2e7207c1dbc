#!/usr/bin/env bash
# Renders the overview of both example folders (`peerlog report overview`) in headless Chromium,
# checks that each page opens without a console error and without any network request and prints
# on A4 with nothing wider than the page (in English and in Latvian), and saves PNG screenshots and
# PDF prints; with --docs it also copies the top of each English page to docs/ and records the
# pages' SHA-256 in docs/overview-screenshots.sha256 (a test checks that they are current).
#
#   scripts/overview-screenshots.sh [--docs] [OUT_DIR]     (default OUT_DIR: target/overview-screenshots)
#
# Installs what it needs when missing: Chromium from the system's packages (apt-get), and
# playwright-core (pinned, from npm) into OUT_DIR/node to drive it. Exits non-zero on any problem.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=0
if [ "${1:-}" = --docs ]; then docs=1; shift; fi
out=${1:-${CARGO_TARGET_DIR:-target}/overview-screenshots}
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm
fi
playwright=1.65.1
if [ ! -f "$out/node/node_modules/playwright-core/package.json" ] ||
  ! grep -q "\"version\": \"$playwright\"" "$out/node/node_modules/playwright-core/package.json"; then
  npm install --silent --no-save --no-audit --no-fund --prefix "$out/node" "playwright-core@$playwright"
fi

cargo build --quiet --bin peerlog
pl=${CARGO_TARGET_DIR:-target}/debug/peerlog
# The agenda looks from a fixed day, so the pictures do not change with the calendar.
# In English (the pictures in docs/) and in Latvian, whose longer words must fit A4 too.
for lang in en lv; do
  suffix=$([ "$lang" = en ] || echo "-$lang")
  "$pl" --quiet --lang "$lang" --dir data-example report overview --as-of 2025-06-30 --force \
    -o "$out/overview-thematic$suffix.html"
  "$pl" --quiet --lang "$lang" --dir data-example-colleague report overview --force \
    -o "$out/overview-colleague$suffix.html"
done

cp scripts/overview-screenshots.mjs "$out/node/"
CHROMIUM=$(command -v chromium) node "$out/node/overview-screenshots.mjs" "$out" \
  "$out/overview-thematic.html=overview-thematic" "$out/overview-colleague.html=overview-colleague" \
  "$out/overview-thematic-lv.html=overview-thematic-lv" "$out/overview-colleague-lv.html=overview-colleague-lv"

if [ "$docs" = 1 ]; then
  cp "$out/overview-thematic-top.png" docs/overview-thematic.png
  cp "$out/overview-colleague-top.png" docs/overview-colleague.png
  # The pages the pictures are of: a test fails when the overview no longer gives these.
  (cd "$out" && sha256sum overview-thematic.html overview-colleague.html) >docs/overview-screenshots.sha256
  echo "docs/overview-thematic.png and docs/overview-colleague.png updated" >&2
fi
echo "screenshots in $out" >&2
