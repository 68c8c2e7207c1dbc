#!/usr/bin/env bash
# Renders the overview of both example folders (`peerlog report overview`) in headless Chromium,
# checks that each page opens without a console error and without any network request, and saves
# PNG screenshots; with --docs it also copies the top of each page to docs/.
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
"$pl" --quiet --dir data-example report overview --as-of 2025-06-30 --force -o "$out/overview-thematic.html"
"$pl" --quiet --dir data-example-colleague report overview --force -o "$out/overview-colleague.html"

cp scripts/overview-screenshots.mjs "$out/node/"
CHROMIUM=$(command -v chromium) node "$out/node/overview-screenshots.mjs" "$out" \
  "$out/overview-thematic.html=overview-thematic" "$out/overview-colleague.html=overview-colleague"

if [ "$docs" = 1 ]; then
  cp "$out/overview-thematic-top.png" docs/overview-thematic.png
  cp "$out/overview-colleague-top.png" docs/overview-colleague.png
  echo "docs/overview-thematic.png and docs/overview-colleague.png updated" >&2
fi
echo "screenshots in $out" >&2
