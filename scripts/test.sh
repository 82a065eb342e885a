#!/usr/bin/env bash
# `make test`: every test on real parts — backend against PostgreSQL, contract drift and lint, frontend
# unit tests, browser tests in Chromium, and the compose file's validity.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

step() { log ""; log "==> $*"; }

step "frontend: dependencies, contract types, type check and build"
"$DUBAN_ROOT/scripts/build.sh" frontend

step "backend: tests on PostgreSQL (database duban_test), then package"
# the PDF export tests need a Chinese font, the browser tests Chromium: install both up front
"$DUBAN_ROOT/scripts/ensure-browser.sh"
(
  eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh" duban_test)"
  cd "$DUBAN_ROOT/backend" && mvn -B --no-transfer-progress verify
)

step "audit: every successful write of the test run left an audit row"
(
  eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh" duban_test)"
  "$DUBAN_ROOT/scripts/audit-check.sh" "$DUBAN_ROOT/backend/target/write-ledger.tsv"
)

step "deployment: the generated Kubernetes manifests (probes, resources, Secrets, Service, PodDisruptionBudget)"
"$DUBAN_ROOT/scripts/k8s-check.sh"

step "logs: the test run's log holds no token or password, and refusals are on record"
# every test JVM (the Quarkus tests, the parser seeds' own JVM) rotates the file when it starts: scan them all
"$DUBAN_ROOT/scripts/log-scan.sh" "$DUBAN_ROOT"/backend/target/test-run.log*

step "contract: openapi.yaml equals what the build generates"
diff -u "$DUBAN_ROOT/openapi.yaml" "$DUBAN_ROOT/backend/target/openapi/openapi.yaml" \
  || die "openapi.yaml is stale: run 'make openapi' and commit it"

step "contract: openapi.yaml passes the lint rules (Redocly, redocly.yaml)"
"$DUBAN_ROOT/scripts/lint-api.sh"

step "frontend: initial JavaScript within its budget (300 KB gzip)"
(cd "$DUBAN_ROOT/frontend" && node scripts/check-bundle.mjs)

step "frontend: unit tests (Vitest)"
(cd "$DUBAN_ROOT/frontend" && npx vitest run)

step "browser: end-to-end tests (Playwright + Chromium) through nginx in front of two backends"
"$DUBAN_ROOT/scripts/e2e.sh"

step "deployment: docker-compose.yml is valid"
"$DUBAN_ROOT/scripts/ensure-compose.sh"
(cd "$DUBAN_ROOT" && docker-compose -f docker-compose.yml config -q)

log ""
log "all tests passed"
