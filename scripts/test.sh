#!/usr/bin/env bash
# `npm test`: every check, fastest first, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
# The class server's test of several processes starts its own redis-server.
REDIS_SERVER="$(bash scripts/ensure-redis.sh)"
export REDIS_SERVER
log="$(mktemp -d)"
trap 'rm -rf "$log"' EXIT
step() { printf '\n== %s ==\n' "$1"; }
# The count of passed tests a runner printed on its summary line ("Tests  69 passed").
passed() { sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -E "$2" | grep -oE '[0-9]+ passed' | tail -1 | grep -oE '[0-9]+'; }

step "types (tsc)";  npx tsc -p tsconfig.json --noEmit
step "lint (eslint)"; npx eslint . --max-warnings 0
step "unit and component tests (vitest)"
npx vitest run 2>&1 | tee "$log/vitest"
step "build (vite: the hosted app and the offline file)"; npx vite build --logLevel warn && npx vite build --mode offline --logLevel warn
step "first-page budget"; npx tsx scripts/size-report.ts --check
step "browser tests (playwright, $CHROMIUM_PATH)"
npx playwright test 2>&1 | tee "$log/playwright"

unit=$(passed "$log/vitest" '^ *Tests ')
browser=$(passed "$log/playwright" '^ *[0-9]+ passed')
printf '\nvitest: %s passed; playwright: %s passed\n' "$unit" "$browser"
echo "$((unit + browser)) passed, 0 failed"
