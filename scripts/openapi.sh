#!/usr/bin/env bash
# `make openapi`: regenerates openapi.yaml from the backend's annotations and the SPA's API types from it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(cd "$DUBAN_ROOT/backend" && mvn -B --no-transfer-progress -q package -DskipTests)
cp "$DUBAN_ROOT/backend/target/openapi/openapi.yaml" "$DUBAN_ROOT/openapi.yaml"
(cd "$DUBAN_ROOT/frontend" && npm run --silent gen:api)
log "openapi.yaml and frontend/src/api/schema.d.ts regenerated; review and commit them"
