#!/usr/bin/env bash
# `make dev`: Quarkus dev mode (live reload, demo data) on :8080 and the Vite dev server on :5173,
# which proxies /api and /q to it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh")"
"$DUBAN_ROOT/scripts/build.sh" frontend >/dev/null
(cd "$DUBAN_ROOT/backend" && mvn -B --no-transfer-progress quarkus:dev) &
backend=$!
trap 'kill "$backend" 2>/dev/null || true' EXIT
log "SPA with hot reload: http://localhost:5173  (API: http://localhost:8080/api/v1)"
cd "$DUBAN_ROOT/frontend" && npx vite
