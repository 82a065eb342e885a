#!/usr/bin/env bash
# `make fuzz`: the fuzzing suite, bounded to FUZZ_BUDGET seconds (default 600, ten minutes).
#   1. API fuzzing (backend/…/reliability/ApiFuzzTest, mvn -Pfuzz) on the database duban_fuzz: FUZZ_REQUESTS
#      (default 10,000) requests generated from openapi.yaml through every operation, valid ones and seeded
#      mutations, as ADMIN, SUPERVISOR, VIEWER, REPORTER, API tokens and anonymous; every answer must be < 500,
#      declared and valid in the contract, problem+json when 4xx, and free of stack traces and SQL.
#      FUZZ_SEED repeats a run (the seed is printed either way).
#   2. Jazzer, in fuzzing mode, on the CSV, JSON and XLSX import readers and the plan-document parser (text and
#      DOCX), each for the maxDuration of its @FuzzTest, at the same time as step 1 (two cores: one each).
#      A finding is written to src/test/resources/…/<Test>Inputs/<method>/ and stays a regression test.
# Prints the figures of both; exits 1 on any finding or when the budget runs out.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BUDGET="${FUZZ_BUDGET:-600}"
REQUESTS="${FUZZ_REQUESTS:-10000}"
SEED="${FUZZ_SEED:-$RANDOM$RANDOM}"
TARGETS=(
  org.duban.importing.bulk.ImportParsersFuzzTest#csv
  org.duban.importing.bulk.ImportParsersFuzzTest#json
  org.duban.importing.bulk.ImportParsersFuzzTest#xlsx
  org.duban.importing.PlanDocumentFuzzTest#text
  org.duban.importing.PlanDocumentFuzzTest#docx
)
START=$SECONDS
left() { local l=$(( BUDGET - (SECONDS - START) )); [ "$l" -gt 0 ] && echo "$l" || echo 1; }

LOGS="$DUBAN_ROOT/backend/target/fuzz"
eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh" duban_fuzz)"
cd "$DUBAN_ROOT/backend"
mkdir -p "$LOGS"
MVN=(mvn -B --no-transfer-progress)

log "==> fuzz: compiling (budget ${BUDGET}s)"
"${MVN[@]}" -q test-compile

log "==> fuzz: API, $REQUESTS requests, seed $SEED, database duban_fuzz (log: $LOGS/api.log)"
# no request starts later than 20 s before the budget ends, so that the run still reports its figures
timeout "$(left)" "${MVN[@]}" surefire:test -Pfuzz -Dtest=ApiFuzzTest -Dfuzz.requests="$REQUESTS" -Dfuzz.seed="$SEED" \
  -Dfuzz.deadline=$(( $(date +%s) + $(left) - 20 )) \
  "-D%test.quarkus.datasource.jdbc.url=$QUARKUS_DATASOURCE_JDBC_URL" -Dquarkus.http.test-port=0 >"$LOGS/api.log" 2>&1 &
API_PID=$!

failed=0
declare -A EXECUTIONS
for target in "${TARGETS[@]}"; do
  name="${target##*.}"
  if [ "$(left)" -lt 90 ]; then
    failed=1
    warn "no time left for Jazzer $name"
    continue
  fi
  log "==> fuzz: Jazzer $name ($(left)s of the budget left)"
  if ! JAZZER_FUZZ=1 timeout "$(left)" "${MVN[@]}" surefire:test@parser-fuzz-regression -Dtest="$target" \
      >"$LOGS/jazzer-$name.log" 2>&1; then
    failed=1
    warn "Jazzer $name failed or ran out of time; its log: $LOGS/jazzer-$name.log"
    grep -E "^(== Java Exception|Caused by|\s+at org\.duban)|crash-|timeout-" "$LOGS/jazzer-$name.log" | head -20 >&2 || true
  fi
  # libFuzzer's last status line: "#12345 DONE cov: … exec/s: …", or "Done 12345 runs in 40 second(s)"
  EXECUTIONS[$name]="$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$LOGS/jazzer-$name.log" | tail -1 \
    || grep -aoE '#[0-9]+ +DONE.*exec/s: [0-9]+' "$LOGS/jazzer-$name.log" | tail -1 || true)"
done

api_status=0
wait "$API_PID" || api_status=$?
sed -n '/==== API fuzz figures ====/,/^failures/p' "$LOGS/api.log" >&2 || true
if [ "$api_status" -ne 0 ]; then
  failed=1
  warn "API fuzzing failed (exit $api_status); log: $LOGS/api.log"
  sed -n '/API fuzzing found problems/,/^\[/p' "$LOGS/api.log" | head -80 >&2 || true
fi

log ""
log "==== Jazzer executions ===="
for target in "${TARGETS[@]}"; do
  name="${target##*.}"
  log "$(printf '%-40s %s' "$name" "${EXECUTIONS[$name]:-(no figure)}")"
done
log "fuzz: $(( SECONDS - START ))s in all (budget ${BUDGET}s)"
[ "$failed" -eq 0 ] || die "fuzzing found problems (API seed $SEED)"
[ $(( SECONDS - START )) -le "$BUDGET" ] || die "fuzzing took longer than its budget of ${BUDGET}s"
log "fuzz: no findings"
