#!/usr/bin/env bash
# `npm test`: every check, fastest first, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
step() { printf '\n== %s ==\n' "$1"; }
step "types (tsc)";            npx tsc -p tsconfig.json --noEmit
step "lint (eslint)";          npx eslint . --max-warnings 0
step "unit and component tests (vitest)"; npx vitest run
step "build (vite)";           npx vite build --logLevel warn
step "browser tests (playwright, $CHROMIUM_PATH)"; npx playwright test
