#!/usr/bin/env bash
# `make chaos`: the database-fault drills (issue 10), against a PostgreSQL cluster of their own.
#  1. restart: a steady write load (reporters file and submit reports, enter figures; the supervisor
#     approves and urges), PostgreSQL restarted in immediate mode (a crash), the load kept running.
#     Every request during the outage must be answered 503 problem+json within the acquisition
#     timeout + 1 s, the first write must succeed within 10 s of the database being ready, and the
#     client's ledger must be found in the database, with no half-written report.
#  2. pool exhaustion: a pool of 5, a row lock held from psql, 4 × pool-size requests at once: the
#     excess get 503 within the acquisition timeout + 1 s; after the lock is gone, no errors.
# Needs Java 17, Node.js 20 and PostgreSQL server binaries; never touches the server on 5432: the
# cluster lives in .data/chaos-pg on CHAOS_PG_PORT (5439) and is stopped at the end
# (CHAOS_KEEP_PG=1 keeps it). The backend runs on CHAOS_PORT (18190), logs in .data/chaos/.
# CHAOS_DRILLS ("restart pool") picks drills; CHAOS_BASELINE (10) and CHAOS_AFTER (20) are the
# seconds of load before the restart and after the database is ready again; the whole run is stopped
# after CHAOS_TIMEOUT (900) seconds. CHAOS_SYNCHRONOUS_COMMIT=off runs the drills with the local
# cluster's fast, non-durable commits (acknowledged writes may then be lost in the crash: drill 1 shows it).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port="${CHAOS_PORT:-18190}"
baseline="${CHAOS_BASELINE:-10}"
after="${CHAOS_AFTER:-20}"
password="chaos-demo-password"
run="chaos-$(date +%Y%m%d%H%M%S)"
work="$DUBAN_DATA/chaos"
jar="$DUBAN_ROOT/backend/target/quarkus-app/quarkus-run.jar"
here="$DUBAN_ROOT/scripts/chaos"
started_at=$(date +%s)

have node || die "the drills need Node.js 20+"
have java || die "the drills need Java 17+"
if [ ! -f "$jar" ] || [ -n "$(find "$DUBAN_ROOT/backend/src/main" "$DUBAN_ROOT/backend/pom.xml" -newer "$jar" -print -quit)" ]; then
  "$DUBAN_ROOT/scripts/build.sh" backend
fi
mkdir -p "$work"
rm -f "$work"/*.jsonl "$work"/backend-*.log

export DUBAN_PG_MODE=local DUBAN_PG_DIR="$DUBAN_DATA/chaos-pg" DUBAN_PG_PORT="${CHAOS_PG_PORT:-5439}"
eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh" duban_chaos)"
pg_tool() { # psql / pg_isready from PATH or from the newest server binaries
  if have "$1"; then command -v "$1"; else ls /usr/lib/postgresql/*/bin/"$1" /usr/pgsql-*/bin/"$1" 2>/dev/null | sort -V | tail -n1; fi
}
PSQL="$(pg_tool psql)"; PG_ISREADY="$(pg_tool pg_isready)"
[ -n "$PSQL" ] && [ -n "$PG_ISREADY" ] || die "psql and pg_isready are needed (apt-get install postgresql-client)"
export PSQL PGHOST="$DB_HOST" PGPORT="$DB_PORT" PGUSER="$DB_USER" PGPASSWORD="$DB_PASSWORD" PGDATABASE="$DB_NAME"
q() { "$PSQL" -X -q -At -v ON_ERROR_STOP=1 "$@"; }
# The local cluster commits asynchronously for speed; a crash then loses the last acknowledged commits.
# A production server commits synchronously, and so does the drill unless told otherwise.
q -c "alter database $DB_NAME set synchronous_commit = ${CHAOS_SYNCHRONOUS_COMMIT:-on}"

backend="" load=""
( sleep "${CHAOS_TIMEOUT:-900}"; log "error: the drills took longer than ${CHAOS_TIMEOUT:-900} s"; kill -TERM $$ ) &
watchdog=$!
cleanup() {
  kill "$watchdog" 2>/dev/null || true
  [ -z "$load" ] || kill "$load" 2>/dev/null || true
  [ -z "$backend" ] || kill "$backend" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ "${CHAOS_KEEP_PG:-0}" != 1 ]; then "$DUBAN_ROOT/scripts/ensure-postgres.sh" --stop 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 1' TERM INT

clean=true # the first start empties the database and loads the demo data
start_backend() { # log-file, then extra VAR=value settings
  local logf="$1"; shift
  [ -z "$backend" ] || { kill "$backend"; wait "$backend" 2>/dev/null || true; }
  env QUARKUS_HTTP_PORT="$port" DUBAN_DEMO_DATA_ENABLED=true DUBAN_DEMO_PASSWORD="$password" \
    DUBAN_JWT_KEY_DIR="$work/jwt" QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START="$clean" "$@" \
    java -jar "$jar" >"$logf" 2>&1 &
  backend=$!
  clean=false
  wait_ready "http://127.0.0.1:$port" "$backend" "$logf" 240
}
failed=0
fail() { log "  FAIL $*"; failed=1; }
no_errors_in() { # log-file, lines to skip: the backend must not have logged ERROR since
  local errors
  errors=$(tail -n +"$(( $2 + 1 ))" "$1" | { grep -E '^[0-9:]{8} ERROR' || true; } | wc -l)
  if [ "$errors" -ne 0 ]; then
    tail -n +"$(( $2 + 1 ))" "$1" | grep -E '^[0-9:]{8} ERROR' | tail -n 5 | cut -c1-240 >&2
    fail "the backend logged $errors ERROR lines ($1)"
  else
    log "  ok   no ERROR in the backend log; $(tail -n +"$(( $2 + 1 ))" "$1" | { grep -cE '^[0-9:]{8} WARN' || true; }) WARN lines ($1)"
  fi
}

drill_restart() {
  log "==> drill 1: backend on :$port (pool 20, acquisition timeout 5 s), demo data in $DB_NAME"
  start_backend "$work/backend-restart.log"
  node "$here/write-load.mjs" --base "http://127.0.0.1:$port" --password "$password" --ledger "$work/restart.jsonl" \
    --run "$run" --seconds $((baseline + after + 120)) >"$work/load.out" 2>&1 &
  load=$!
  for _ in $(seq 1 240); do grep -q 'running' "$work/load.out" && break; kill -0 "$load" 2>/dev/null || break; sleep 0.5; done
  grep -q 'running' "$work/load.out" || { cat "$work/load.out" >&2; die "the write load did not start"; }
  log "$(cat "$work/load.out"); restart in ${baseline} s"
  local lines stopped_ms ready_ms times
  lines=$(wc -l <"$work/backend-restart.log")
  sleep "$baseline"
  times="$("$DUBAN_ROOT/scripts/ensure-postgres.sh" --restart-immediate)"
  stopped_ms=$(sed -n 's/^stopping_ms=//p' <<<"$times")
  for _ in $(seq 1 600); do "$PG_ISREADY" -q -t 1 && break; sleep 0.05; done
  "$PG_ISREADY" -q -t 1 || die "PostgreSQL is not ready after its restart"
  ready_ms=$(date +%s%3N)
  log "PostgreSQL down for $(( (ready_ms - stopped_ms) / 1000 )) s; the load goes on for ${after} s"
  sleep "$after"
  kill -TERM "$load"; wait "$load" || die "the write load failed: $(tail -n 5 "$work/load.out")"
  load=""
  sleep 3 # Idempotency-Keys the backend could not record while the database was away are recorded by now
  node "$here/check.mjs" restart --ledger "$work/restart.jsonl" --run "$run" --stopped "$stopped_ms" --ready "$ready_ms" \
    --acquisition 5000 || failed=1
  no_errors_in "$work/backend-restart.log" "$lines"
}

drill_pool() {
  log "==> drill 2: backend with a pool of 5 (acquisition timeout 5 s)"
  start_backend "$work/backend-pool.log" QUARKUS_DATASOURCE_JDBC_MAX_SIZE=5
  node "$here/pool-burst.mjs" --base "http://127.0.0.1:$port" --password "$password" --ledger "$work/pool.jsonl" \
    --run "$run-pool" --pool 5 --hold 12 >&2 || die "the pool drill could not run"
  sleep 3
  node "$here/check.mjs" pool --ledger "$work/pool.jsonl" --run "$run-pool" --pool 5 --acquisition 5000 || failed=1
  no_errors_in "$work/backend-pool.log" 0
}

for drill in ${CHAOS_DRILLS:-restart pool}; do
  case "$drill" in
    restart) drill_restart ;;
    pool) drill_pool ;;
    *) die "CHAOS_DRILLS: restart and/or pool, not '$drill'" ;;
  esac
done
log "chaos drills took $(( $(date +%s) - started_at )) s"
[ "$failed" -eq 0 ] || die "a chaos check failed (ledgers and backend logs in $work)"
log "all chaos checks passed"
