#!/usr/bin/env bash
# Lints the contract with Redocly CLI against the committed ruleset (redocly.yaml at the repository root);
# exits non-zero on any error. Runs offline: Redocly is a devDependency in frontend/node_modules.
#   scripts/lint-api.sh                 # openapi.yaml
#   scripts/lint-api.sh other.yaml      # another document, e.g. backend/target/openapi/openapi.yaml
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$DUBAN_ROOT"
spec="${1:-openapi.yaml}"
[ -f "$spec" ] || die "no such file: $spec"
if [ ! -x frontend/node_modules/.bin/redocly ]; then
  log "installing frontend dependencies (npm ci) for Redocly CLI"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
fi
# the frontend's pinned Redocly, never a download; no telemetry and no update check
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  npx --prefix frontend --no-install redocly lint --config redocly.yaml "$spec"
