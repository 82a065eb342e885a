#!/usr/bin/env bash
# Browser tests: starts the packaged backend (which serves the built SPA) on its own fresh database,
# loads the demo data, and drives Debian's Chromium through Playwright against it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

jar="$DUBAN_ROOT/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] && [ -f "$DUBAN_ROOT/frontend/dist/index.html" ] || die "build first (scripts/build.sh)"
"$DUBAN_ROOT/scripts/ensure-browser.sh"
eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh" duban_e2e)"

port="${E2E_PORT:-18080}"
mkdir -p "$DUBAN_DATA"
backend_log="$DUBAN_DATA/e2e-backend.log"
# a clean schema every run, so the tests see exactly the demo data plus what they create
# the demo accounts (admin, supervisor, viewer, reporter-<division code>) share this password
export E2E_PASSWORD="${E2E_PASSWORD:-e2e-demo-password}"
# the status job every 2 s, so that a second instance can show it runs once per slot (below)
export DUBAN_STATUS_INTERVAL=PT2S DUBAN_STATUS_FIRST_DELAY=1s
# webhooks to a receiver on loopback (the integration guide's example) are allowed here only
export DUBAN_WEBHOOKS_ALLOW_PRIVATE_HOSTS=127.0.0.1
QUARKUS_HTTP_PORT="$port" DUBAN_DEMO_DATA_ENABLED=true DUBAN_DEMO_PASSWORD="$E2E_PASSWORD" \
  QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true \
  java -jar "$jar" >"$backend_log" 2>&1 &
backend=$!
second=""
trap 'kill "$backend" $second 2>/dev/null || true; wait 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$backend" 2>/dev/null || { tail -n 40 "$backend_log" >&2; die "the backend did not start"; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { tail -n 40 "$backend_log" >&2; die "the backend is not ready"; }

log "browser tests against http://127.0.0.1:$port"
(cd "$DUBAN_ROOT/frontend" && E2E_BASE_URL="http://127.0.0.1:$port" npx playwright test)
if grep -q " ERROR " "$backend_log"; then
  grep -A5 " ERROR " "$backend_log" >&2
  die "the backend logged errors during the browser tests"
fi

# Two instances on one database: a second backend joins; every 2-second slot of the status job must
# run on exactly one of them.
log "import CLI against http://127.0.0.1:$port"
"$DUBAN_ROOT/scripts/cli-test.sh" "http://127.0.0.1:$port" "$E2E_PASSWORD"
"$DUBAN_ROOT/scripts/guide-test.sh" "http://127.0.0.1:$port" "$E2E_PASSWORD"

second_port=$((port + 1))
second_log="$DUBAN_DATA/e2e-backend-2.log"
QUARKUS_HTTP_PORT="$second_port" java -jar "$jar" >"$second_log" 2>&1 &
second=$!
for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$second_port/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
sleep 12
# an instance may lose every race and run no slot: no match is not an error
slots() { { grep -o 'status job ran slot [0-9]*' "$1" || true; } | awk '{print $5}' | sort -u; }
both=$(comm -12 <(slots "$backend_log") <(slots "$second_log") | wc -l)
first_count=$(slots "$backend_log" | wc -l)
second_count=$(slots "$second_log" | wc -l)
second_tries=$((second_count + $(grep -c 'taken by another instance' "$second_log" || true)))
log "status job with two instances: $first_count slots ran on the first, $second_count on the second ($second_tries tried), $both on both"
[ "$both" -eq 0 ] || die "a status-job slot ran on both instances"
[ "$second_tries" -ge 3 ] || die "the second instance did not take part"
[ $((first_count + second_count)) -ge 6 ] || die "the status job did not run as often as expected"
