#!/usr/bin/env bash
# `make run`: PostgreSQL, build, migrate, demo data, then API + SPA on http://localhost:${DUBAN_PORT:-8080}.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh")"
# PDF exports embed a Chinese font; without one they answer 503 and everything else works
"$DUBAN_ROOT/scripts/ensure-browser.sh" --fonts-only || log "warning: no Chinese font, PDF exports will be unavailable"
"$DUBAN_ROOT/scripts/build.sh"

port="${DUBAN_PORT:-8080}"
log ""
log "Duban starts on http://localhost:$port  (API docs: http://localhost:$port/q/swagger-ui, contract: /q/openapi)"
log "Migrations run and the Qinghai 2024 demo plan loads at start; stop with Ctrl-C."
log "Sign in as admin, supervisor, viewer or reporter-630100 (西宁市; reporter-<division code> for each prefecture)"
if [ -n "${DUBAN_DEMO_PASSWORD:-}" ]; then
  log "with the password in DUBAN_DEMO_PASSWORD."
else
  log "with the random password the backend prints below on its first start (set DUBAN_DEMO_PASSWORD to choose one)."
fi
export QUARKUS_HTTP_PORT="$port"
export DUBAN_DEMO_DATA_ENABLED="${DUBAN_DEMO_DATA_ENABLED:-true}"
exec java ${JAVA_OPTS:-} -jar "$DUBAN_ROOT/backend/target/quarkus-app/quarkus-run.jar"
