#!/usr/bin/env bash
# `npm test`: WASM kernels build, lint, typecheck, unit tests, production build, API contract suite on PGlite and on a
# real PostgreSQL server, and Playwright journeys in Debian Chromium. Ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
failed_stage=""

stage() {
  local name="$1"; shift
  echo "── $name"
  if ! "$@"; then failed_stage="${failed_stage:+$failed_stage, }$name"; return 1; fi
}

stage wasm node scripts/build-wasm.mjs
stage lint npx eslint . --max-warnings 0
stage typecheck npx tsc --noEmit
stage unit npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json
if stage build npx next build; then
  stage integration npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=test-results/integration.json
  stage e2e npx playwright test
else
  failed_stage="${failed_stage}, integration (no build), e2e (no build)"
fi

node scripts/test-summary.mjs "${failed_stage}"
