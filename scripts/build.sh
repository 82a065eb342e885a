#!/usr/bin/env bash
# Builds the SPA (into frontend/dist, which the backend jar serves) and the packaged backend.
#   scripts/build.sh            # frontend + backend, backend tests skipped
#   scripts/build.sh frontend   # only the SPA
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MVN=(mvn -B --no-transfer-progress)

ensure_build_tools() {
  have java || die "Java 17+ is needed (Debian: apt-get install openjdk-17-jdk)"
  have mvn || die "Maven is needed (Debian: apt-get install maven)"
  have npm || die "Node.js 20+ with npm is needed (https://nodejs.org or Debian: apt-get install nodejs npm)"
}

# npm ci only when the lock file changed since the last install
frontend_deps() {
  local stamp="$DUBAN_ROOT/frontend/node_modules/.duban-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$DUBAN_ROOT/frontend/package-lock.json" "$stamp"; then
    log "installing frontend dependencies (npm ci)"
    (cd "$DUBAN_ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$DUBAN_ROOT/frontend/package-lock.json" "$stamp"
  fi
}

build_frontend() {
  frontend_deps
  log "building the SPA"
  (cd "$DUBAN_ROOT/frontend" && npm run --silent build)
}

build_backend() {
  log "packaging the backend"
  (cd "$DUBAN_ROOT/backend" && "${MVN[@]}" -q package -DskipTests)
}

ensure_build_tools
case "${1:-all}" in
  frontend) build_frontend ;;
  backend) build_backend ;;
  all) build_frontend; build_backend ;;
  *) die "usage: build.sh [all|frontend|backend]" ;;
esac
