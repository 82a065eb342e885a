#!/usr/bin/env bash
# Browser tests, scaled out: two backend instances (each serves the API and the built SPA) on one fresh
# database behind a project-local nginx (scripts/proxy.sh); the demo data is loaded once, by the first.
# Playwright drives Debian's Chromium through the proxy, then the import CLI and the integration guide
# run through it, and the scale-out checks: a session moves between instances, webhook deliveries and
# status-job slots happen once, and killing an instance under write load loses no acknowledged write.
#   E2E_DB (duban_e2e), E2E_PORT (18080, the first instance), E2E_PORT_B (E2E_PORT + 1, the second),
#   E2E_PROXY_PORT (E2E_PORT + 8): set them to run beside another run of this script.
#   E2E_SKIP_BROWSER=1 runs only the scale-out checks (while working on them).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

jar="$DUBAN_ROOT/backend/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] && [ -f "$DUBAN_ROOT/frontend/dist/index.html" ] || die "build first (scripts/build.sh)"
started_at=$(date +%s)
"$DUBAN_ROOT/scripts/ensure-browser.sh"
"$DUBAN_ROOT/scripts/ensure-nginx.sh" >/dev/null
eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh" "${E2E_DB:-duban_e2e}")"

port="${E2E_PORT:-18080}"
port_b="${E2E_PORT_B:-$((port + 1))}"
proxy_port="${E2E_PROXY_PORT:-$((port + 8))}"
for p in "$port" "$port_b" "$proxy_port"; do
  if timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$p" 2>/dev/null; then
    die "port $p on 127.0.0.1 is taken (another run?): set E2E_PORT, E2E_PORT_B, E2E_PROXY_PORT and E2E_DB"
  fi
done
a_url="http://127.0.0.1:$port" b_url="http://127.0.0.1:$port_b" url="http://127.0.0.1:$proxy_port"
mkdir -p "$DUBAN_DATA"
backend_log="$DUBAN_DATA/e2e-backend.log"
second_log="$DUBAN_DATA/e2e-backend-2.log"
proxy_log="$DUBAN_DATA/e2e-proxy.log"
# the demo accounts (admin, supervisor, viewer, reporter-<division code>) share this password
export E2E_PASSWORD="${E2E_PASSWORD:-e2e-demo-password}"
# the status job every 2 s, so that the two instances show it runs once per slot (below)
export DUBAN_STATUS_INTERVAL=PT2S DUBAN_STATUS_FIRST_DELAY=1s
# webhooks to a receiver on loopback (the integration guide's example, the scale-out check) are allowed here only
export DUBAN_WEBHOOKS_ALLOW_PRIVATE_HOSTS=127.0.0.1
# behind the proxy: the client's address and scheme come from its X-Forwarded-* headers
export QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true
# one signing key pair for both, as pods share a mounted Secret
export DUBAN_JWT_KEY_DIR="${DUBAN_JWT_KEY_DIR:-$DUBAN_DATA/jwt}"

backend="" second="" proxy=""
trap 'kill $backend $second $proxy 2>/dev/null || true; wait 2>/dev/null || true' EXIT

# the first instance: a clean schema, so the tests see exactly the demo data plus what they create
QUARKUS_HTTP_PORT="$port" DUBAN_DEMO_DATA_ENABLED=true DUBAN_DEMO_PASSWORD="$E2E_PASSWORD" \
  QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true \
  java -jar "$jar" >"$backend_log" 2>&1 &
backend=$!
wait_ready "$a_url" "$backend" "$backend_log"
# the second joins the same database as it is: no clean, no demo data
QUARKUS_HTTP_PORT="$port_b" java -jar "$jar" >"$second_log" 2>&1 &
second=$!
"$DUBAN_ROOT/scripts/proxy.sh" --port "$proxy_port" --upstream "127.0.0.1:$port" --upstream "127.0.0.1:$port_b" \
  >"$proxy_log" 2>&1 &
proxy=$!
wait_ready "$b_url" "$second" "$second_log"
wait_ready "$url" "$proxy" "$proxy_log"

log "browser tests through the proxy $url (instances $a_url and $b_url; both ready after $(( $(date +%s) - started_at )) s)"
browser_at=$(date +%s)
if [ "${E2E_SKIP_BROWSER:-}" = 1 ]; then
  log "E2E_SKIP_BROWSER=1: no browser tests, import CLI or guide (only the scale-out checks)"
else
  (cd "$DUBAN_ROOT/frontend" && E2E_BASE_URL="$url" npx playwright test)
fi
log "browser tests took $(( $(date +%s) - browser_at )) s; the proxy passed $(wc -l <"$DUBAN_DATA/proxy-$proxy_port/logs/access.log") requests"
for f in "$backend_log" "$second_log"; do
  if grep -q " ERROR " "$f"; then
    grep -A5 " ERROR " "$f" >&2
    die "a backend logged errors during the browser tests ($f)"
  fi
done

if [ "${E2E_SKIP_BROWSER:-}" != 1 ]; then
  log "import CLI and integration guide through $url"
  "$DUBAN_ROOT/scripts/cli-test.sh" "$url" "$E2E_PASSWORD"
  "$DUBAN_ROOT/scripts/guide-test.sh" "$url" "$E2E_PASSWORD"
fi

# Scale-out: what one instance does the other honours, and what must happen once happens once.
scale_at=$(date +%s)
node "$DUBAN_ROOT/scripts/scale/login-across.mjs" --a "$a_url" --b "$b_url" --password "$E2E_PASSWORD"
node "$DUBAN_ROOT/scripts/scale/webhooks-once.mjs" --url "$url" --password "$E2E_PASSWORD" --count 30 \
  --pids "A=$backend,B=$second"

# every 2-second slot of the status job ran on exactly one instance; an instance may lose every race
slots() { { grep -o 'status job ran slot [0-9]*' "$1" || true; } | awk '{print $5}' | sort -u; }
both=$(comm -12 <(slots "$backend_log") <(slots "$second_log") | wc -l)
first_count=$(slots "$backend_log" | wc -l)
second_count=$(slots "$second_log" | wc -l)
second_tries=$((second_count + $(grep -c 'taken by another instance' "$second_log" || true)))
log "status job with two instances: $first_count slots ran on the first, $second_count on the second ($second_tries tried), $both on both"
[ "$both" -eq 0 ] || die "a status-job slot ran on both instances"
[ "$second_tries" -ge 3 ] || die "the second instance did not take part"
[ $((first_count + second_count)) -ge 6 ] || die "the status job did not run as often as expected"

# Kill the first instance with SIGKILL under write load through the proxy: every acknowledged write must be
# in the database; only the requests in flight on it may fail, as 502/503/504 or a broken connection.
ledger="$DUBAN_DATA/e2e-write-ledger.jsonl"
node "$DUBAN_ROOT/scripts/scale/write-load.mjs" --url "$url" --password "$E2E_PASSWORD" --seconds 9 --ledger "$ledger" &
loader=$!
sleep 3.5
kill -9 "$backend"
wait "$backend" 2>/dev/null || true
log "killed the first instance (pid $backend, kill -9) under write load"
backend=""
wait "$loader" || die "the write load failed"
psql_bin="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n1)"
sql() { PGPASSWORD="$DB_PASSWORD" "$psql_bin" -X -q -At -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -c "$1"; }
acked_ids=$(node -e 'const ids=require("fs").readFileSync(process.argv[1],"utf8").split("\n").filter(Boolean).map(l=>JSON.parse(l).urgeId);console.log(ids.join(","))' "$ledger")
acked=$(awk 'NF' "$ledger" | wc -l)
found=$(sql "select count(*) from urge_notice where id = any('{$acked_ids}'::bigint[])")
applied=$(sql "select count(*) from urge_notice where message like '扩容测试：写入负载 scale-load-%'")
in_flight=$(sql "select count(*) from idempotency_record where key like 'scale-load-%' and state = 'IN_FLIGHT'")
log "kill mid-load: $acked writes acknowledged, $found of them in the database; $applied applied in all ($((applied - acked)) whose answer was lost with the instance; $in_flight keys left in flight)"
[ "$found" -eq "$acked" ] || die "$((acked - found)) acknowledged writes are missing from the database"
log "e2e: done in $(( $(date +%s) - started_at )) s (scale-out checks $(( $(date +%s) - scale_at )) s)"
