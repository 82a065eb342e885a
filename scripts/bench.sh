#!/usr/bin/env bash
# `make bench`: the benchmark of ../shared BENCHMARK.md as far as it is built (see README).
#   BENCH_SCALE=national (default: 3,007 units) or province (100 units)
#   BENCH_DURATION=30 (seconds per workload), BENCH_WARMUP=10, BENCH_PORT=18095, BENCH_DB=duban_bench
# Generates the dataset deterministically (units through the import API, the rest directly in SQL),
# starts the packaged backend on its own database, runs each workload with wrk and the SQL it needs
# with pgbench at the same concurrency (the floor), times the first dashboard render in headless
# Chromium (scripts/bench/render.mjs), and writes bench/results/latest.json and a dated copy. Stops by
# itself; the database (BENCH_DB) is recreated on every run. Exits 1 when the render is over its budget.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

scale="${BENCH_SCALE:-national}"
duration="${BENCH_DURATION:-30}"
warmup="${BENCH_WARMUP:-10}"
port="${BENCH_PORT:-18095}"
db="${BENCH_DB:-duban_bench}"
case "$scale" in
  national) provinces=31 counties=58 departments=30 ;;
  province) provinces=1 counties=61 departments=30 ;;
  *) die "BENCH_SCALE must be national or province" ;;
esac

have wrk || apt_install wrk || die "the benchmark needs wrk (apt-get install wrk)"
have pgbench || die "the benchmark needs pgbench (apt-get install postgresql-client)"
"$DUBAN_ROOT/scripts/ensure-browser.sh"
"$DUBAN_ROOT/scripts/build.sh"
eval "$("$DUBAN_ROOT/scripts/ensure-postgres.sh" "$db")"
jar="$DUBAN_ROOT/backend/target/quarkus-app/quarkus-run.jar"
work="$(mktemp -d)"
backend=""
trap '[ -z "$backend" ] || kill "$backend" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

export PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE="$db"
db_url="${QUARKUS_DATASOURCE_JDBC_URL}"
PGHOST=$(sed -E 's|jdbc:postgresql://([^:/]+).*|\1|' <<<"$db_url")
PGPORT=$(sed -E 's|jdbc:postgresql://[^:/]+:?([0-9]*)/.*|\1|' <<<"$db_url"); PGPORT=${PGPORT:-5432}
PGUSER="$QUARKUS_DATASOURCE_USERNAME" PGPASSWORD="$QUARKUS_DATASOURCE_PASSWORD"
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

admin_password="Bq7-root-secret-2026"
start_backend() { # clean-at-start (true|false) → sets ready_ms, quarkus_start
  local started
  [ -z "$backend" ] || { kill "$backend"; wait "$backend" 2>/dev/null || true; }
  started=$(date +%s%N)
  QUARKUS_HTTP_PORT="$port" DUBAN_DEMO_DATA_ENABLED=false DUBAN_AUTH_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
    QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START="$1" QUARKUS_SCHEDULER_ENABLED=false \
    DUBAN_RATE_LIMIT_ENABLED=false DUBAN_AUTH_ACCESS_TOKEN_LIFETIME=PT2H DUBAN_JWT_KEY_DIR="$work/jwt" \
    java $bench_jvm -jar "$jar" >"$work/backend.log" 2>&1 &
  backend=$!
  for _ in $(seq 1 900); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 0.05; done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  quarkus_start=$(grep -o 'started in [0-9.]*s' "$work/backend.log" | head -1 | grep -o '[0-9.]*')
  log "ready after ${ready_ms} ms (Quarkus: started in ${quarkus_start}s)"
}
# the heap and metaspace bounds that keep the process under 512 MB resident
bench_jvm="${BENCH_JVM:--Xmx256m -XX:+UseParallelGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k}"
log "==> starting the backend on :$port (empty database $db)"
start_backend true
base="http://127.0.0.1:$port"
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(eval("JSON.parse(s)"+process.argv[1])))' "$1"; }
admin=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" | json .accessToken)
curl -fsS -X POST "$base/api/v1/users" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"username":"bench-supervisor","displayName":"基准督察","password":"Zk4-watch-secret-2026","roles":["SUPERVISOR"]}' >/dev/null
supervisor=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"bench-supervisor","password":"Zk4-watch-secret-2026"}' | json .accessToken)
token_for() { curl -fsS -X POST "$base/api/v1/api-tokens" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench-$1\",\"scopes\":[\"$1\"]}" | json .token; }
writer=$(token_for write:progress-reports)
importer=$(token_for import)

await_import() { # job id; polls without starting a JSON parser each time, so the W6 figure is the job's time
  local id="$1" state
  while :; do
    state=$(curl -fsS "$base/api/v1/imports/$id" -H "Authorization: Bearer $admin" | grep -o '"state" *: *"[A-Z]*"' | grep -o '[A-Z]*"$' | tr -d '"')
    case "$state" in SUCCEEDED) return 0 ;; FAILED|CANCELLED) curl -fsS "$base/api/v1/imports/$id" -H "Authorization: Bearer $admin" >&2; die "import $id $state" ;; esac
    sleep 0.02
  done
}

log "==> dataset ($scale): units through the import API"
{
  echo "code,name,type,parentCode,parentName"
  for p in $(seq 1 "$provinces"); do
    pc=$((100000 + p * 10000)); pn="基准省$p"
    echo "$pc,$pn人民政府,PROVINCE,,"
    for d in $(seq 1 "$departments"); do echo ",$pn第${d}厅,PROVINCIAL_DEPARTMENT,$pc,"; done
    for f in $(seq 1 8); do
      fc=$((pc + f * 100)); echo "$fc,$pn第${f}市,PREFECTURE,$pc,"
      for c in $(seq 1 "$counties"); do
        [ $(( (c - 1) % 8 + 1 )) -eq "$f" ] && echo "$((fc + (c - 1) / 8 + 1)),$pn第${f}市第${c}县,COUNTY,$fc,"
      done
    done
  done
} >"$work/units.csv"
t0=$(date +%s%N)
job=$(curl -fsS -X POST "$base/api/v1/imports?kind=responsibility-units&dryRun=false" -H "Authorization: Bearer $admin" \
  -H 'Content-Type: text/csv' --data-binary @"$work/units.csv" | json .id)
await_import "$job"
units=$(q -c "select count(*) from responsibility_unit")
log "$units units imported in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
log "==> dataset: plan, assignments, reports and metric values in SQL"
t0=$(date +%s%N)
q -f "$DUBAN_ROOT/bench/dataset.sql" >/dev/null
read -r plan task_first task_last unit_first unit_last assignments reports values <<<"$(q -F' ' -c "
  select p.id, min(t.id), max(t.id), (select min(id) from responsibility_unit), (select max(id) from responsibility_unit),
         (select count(*) from assignment), (select count(*) from progress_report), (select count(*) from metric_value)
  from plan p join task t on t.plan_id = p.id where p.code = 'BENCH-2026' group by p.id")"
log "$assignments assignments, $reports reports, $values metric values in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
# W5 files December's report for open assignments: the warm-up takes its own share, so no report is filed twice
q -c "select id from assignment a where status <> 'COMPLETED' and task_id in (select id from task where plan_id = $plan) order by md5(id::text)" >"$work/open-ids.txt"
warm_share=$(( $(wc -l <"$work/open-ids.txt") / 8 ))
head -n "$warm_share" "$work/open-ids.txt" >"$work/w5-warm-ids.txt"
tail -n +"$((warm_share + 1))" "$work/open-ids.txt" >"$work/w5-ids.txt"
log "==> restarting the backend on the loaded database (the start-up figure)"
start_backend false
t0=$(date +%s%N)
curl -fsS -o /dev/null "$base/api/v1/reports/dashboard?planId=$plan" -H "Authorization: Bearer $supervisor"
rollup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
log "first dashboard (builds the statistics roll-ups of $assignments assignments): $rollup_ms ms"
q -c "create table bench_report_copy (like progress_report including defaults including identity)" >/dev/null

# ---- workloads ----
results="$work/results.txt"
: >"$results"
ms() { # wrk latency like 1.23ms, 456.00us, 1.02s → ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
rss_max=0
sample_rss() { local r; r=$(ps -o rss= -p "$backend" | tr -d ' '); [ "${r:-0}" -gt "$rss_max" ] && rss_max=$r; return 0; }
run_wrk() { # id concurrency lua path → "rps p50 p99 errors"
  local id="$1" c="$2" script="$3" path="$4" out
  BENCH_IDS="${BENCH_WARMUP_IDS:-}" BENCH_PATH="$path" wrk -t2 -c"$c" -d"${warmup}s" -s "$DUBAN_ROOT/bench/$script" "$base" >/dev/null 2>&1 || true
  ( for _ in $(seq 1 "$duration"); do sample_rss; sleep 1; done ) &
  out=$(BENCH_PATH="$path" wrk -t2 -c"$c" -d"${duration}s" --latency -s "$DUBAN_ROOT/bench/$script" "$base")
  sample_rss
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  errors=$(awk '/Non-2xx/ {print $NF} /Socket errors/ {s += $4 + $6 + $8 + $10} END {print s + 0}' <<<"$out" | paste -sd+ | bc)
  echo "$rps $p50 $p99 $errors"
}
run_floor() { # concurrency sqlfile → "tps p50 p99"
  local c="$1" file="$2" dir
  dir=$(mktemp -d "$work/pgb.XXXX")
  (cd "$dir" && pgbench -n -c "$c" -j 2 -T "$duration" -l -f "$file" -D ufirst="$unit_first" -D ulast="$unit_last" \
     -D tfirst="$task_first" -D tlast="$task_last" -D plan="$plan" >"$dir/out.txt" 2>&1)
  local tps
  tps=$(awk '/^tps/ {print $3; exit}' "$dir/out.txt")
  cat "$dir"/pgbench_log.* | awk '{print $3 / 1000}' | sort -n >"$dir/lat.txt"
  local n p50 p99
  n=$(wc -l <"$dir/lat.txt")
  p50=$(awk -v n="$n" 'NR == int(n * 0.50) + 1 {printf "%.2f", $1; exit}' "$dir/lat.txt")
  p99=$(awk -v n="$n" 'NR == int(n * 0.99) + 1 {printf "%.2f", $1; exit}' "$dir/lat.txt")
  echo "$tps $p50 $p99"
}
extract() { java -cp "$DUBAN_ROOT/backend/target/quarkus-app/app/*" "$DUBAN_ROOT/bench/ExtractSql.java" "$1"; }
root=$(q -c "select case when count(*) = 1 then min(id) end from responsibility_unit where parent_id is null")
stats_floor() { # the statistics SQL with the dashboard's parameters bound textually
  sed -e "s/CAST(:unitId AS bigint)/CAST(NULL AS bigint)/g; s/CAST(:sectionId AS bigint)/CAST(NULL AS bigint)/g" \
      -e "s/CAST(:onlyUnitId AS bigint)/CAST(NULL AS bigint)/g; s/CAST(:rootId AS bigint)/CAST(${root:-NULL} AS bigint)/g" \
      -e "s/CAST(:exactUnit AS boolean)/false/g; s/:planId/:plan/g; s/:tz/'Asia\/Shanghai'/g; s/:today/DATE '$(date +%F)'/g" \
      -e "s/:from/DATE '2026-01-01'/g; s/:to\b/DATE '2026-12-31'/g; s/:granularities/'YEAR QUARTER MONTH'/g" \
      -e "s/:type/'PREFECTURE'/g; s/:wc/40/g; s/:wr/30/g; s/:wa/30/g; s/:pr/2/g; s/:pu/1/g"
}
cat >"$work/w1.sql" <<SQL
\set u random(:ufirst, :ulast)
select a.id, a.role, a.due_date, a.status, a.progress, a.colour, t.number, t.title, u.name from assignment a
  join task t on t.id = a.task_id join responsibility_unit u on u.id = a.unit_id
  where a.unit_id = :u order by a.due_date, a.id limit 50;
select count(*) from assignment a where a.unit_id = :u;
SQL
cat >"$work/w2.sql" <<SQL
\set t random(:tfirst, :tlast)
select t.*, (select count(*) from assignment where task_id = t.id) from task t where t.id = :t;
SQL
: >"$work/w3.sql"
for statement in DASHBOARD_ASSIGNMENTS DASHBOARD_TASKS DASHBOARD_SECTIONS DASHBOARD_UNITS DASHBOARD_TREND METRIC_COUNTS; do
  extract "$statement" | stats_floor >>"$work/w3.sql"
done
extract SCORECARD | stats_floor >"$work/w4.sql"
cat >"$work/w5.sql" <<SQL
\set a random(:tfirst, :tlast)
insert into bench_report_copy (assignment_id, period, period_start, text, progress, progress_reason, state, submitted_at, first_submitted_at, author)
  values (:a, '2026-12', date '2026-12-01', '本月推进情况：召开专题会议，细化措施，压实责任。', 96, '基准测试', 'DRAFT', null, null, 'bench');
SQL

declare -A label=([W1]="list assignments of a unit (page of 50)" [W2]="one task with its assignment summary"
  [W3]="dashboard summary of the plan" [W4]="unit ranking (prefectures)" [W5]="file a progress report (token)"
  [W6]="import 100,000 metric values")
workload() { # id concurrency script path floor-sql
  local id="$1" c="$2" script="$3" path="$4" sql="$5"
  log "==> $id ${label[$id]} (concurrency $c, ${duration}s)"
  read -r rps p50 p99 errors <<<"$(BENCH_TOKEN="${BENCH_TOKEN:-$supervisor}" run_wrk "$id" "$c" "$script" "$path")"
  read -r frps fp50 fp99 <<<"$(run_floor "$c" "$sql")"
  echo "$id $rps $p50 $p99 $errors $frps $fp50 $fp99" >>"$results"
  log "$id: $rps req/s p50 $p50 ms p99 $p99 ms errors $errors | floor $frps tps p50 $fp50 ms p99 $fp99 ms"
}
export UNIT_FIRST="$unit_first" UNIT_LAST="$unit_last" TASK_FIRST="$task_first" TASK_LAST="$task_last"
# a freshly started JVM compiles its hot paths for the first tens of thousands of requests, with one of the
# two cores: warm every read path up once before any workload is measured (each also warms up on its own)
log "==> warming up the read paths (${warmup}s each)"
for path in "/api/v1/assignments?unitId={unit}&size=50&sort=dueDate" "/api/v1/tasks/{task}" \
    "/api/v1/reports/dashboard?planId=$plan" "/api/v1/reports/scorecard?planId=$plan&type=PREFECTURE"; do
  BENCH_TOKEN="$supervisor" BENCH_PATH="$path" wrk -t2 -c16 -d"${warmup}s" -s "$DUBAN_ROOT/bench/w-get.lua" "$base" >/dev/null 2>&1 || true
done
workload W1 32 w-get.lua "/api/v1/assignments?unitId={unit}&size=50&sort=dueDate" "$work/w1.sql"
workload W2 32 w-get.lua "/api/v1/tasks/{task}" "$work/w2.sql"
workload W3 8 w-get.lua "/api/v1/reports/dashboard?planId=$plan" "$work/w3.sql"
workload W4 8 w-get.lua "/api/v1/reports/scorecard?planId=$plan&type=PREFECTURE" "$work/w4.sql"
BENCH_TOKEN="$writer" BENCH_IDS="$work/w5-ids.txt" BENCH_WARMUP_IDS="$work/w5-warm-ids.txt" BENCH_THREADS=2 workload W5 16 w-submit.lua "/" "$work/w5.sql"

# R1: the SPA's first dashboard render, before W6 adds its import metrics to the plan
log "==> R1 first dashboard render in headless Chromium ($scale scale)"
render_status=0
node "$DUBAN_ROOT/scripts/bench/render.mjs" --url "$base" --username bench-supervisor --password Zk4-watch-secret-2026 \
  --label "$scale" --out "$work/render.json" || render_status=$?
[ -s "$work/render.json" ] || { warn "the render benchmark produced no figures"; echo null >"$work/render.json"; }

# W6: 100,000 metric values through the import API, against COPY of the same rows into an empty copy
log "==> W6 ${label[W6]}"
per_metric=$(( units * 12 ))
metrics_needed=$(( (100000 + per_metric - 1) / per_metric ))
q -c "insert into metric (plan_id, code, name_zh, name_en, kind, comparator, target_value, display_unit, granularity, applies_to, unit_aggregation)
      select $plan, 'BI-' || k, '导入指标' || k, 'Import metric ' || k, 'COUNT', 'GE', 1, '次', 'MONTH',
             'PROVINCE PREFECTURE COUNTY PROVINCIAL_DEPARTMENT', 'SUM' from generate_series(1, $metrics_needed) k" >/dev/null
q -c "copy (select 'BI-' || k, u.code, u.name, to_char(m, 'YYYY-MM'), (k + u.id + extract(month from m)::int) % 13
            from generate_series(1, $metrics_needed) k cross join responsibility_unit u
            cross join generate_series(timestamp '2026-01-01', timestamp '2026-12-01', interval '1 month') m
            order by k, u.id, m limit 100000) to stdout with (format csv)" \
  | awk -F, 'BEGIN {print "metricCode,unitCode,unitName,period,value"} {if ($2 != "") $3 = ""; print $1 "," $2 "," $3 "," $4 "," $5}' >"$work/w6.csv"
rows=$(($(wc -l <"$work/w6.csv") - 1))
t0=$(date +%s%N)
job=$(curl -fsS -X POST "$base/api/v1/imports?kind=metric-values&planId=$plan&dryRun=false" -H "Authorization: Bearer $importer" \
  -H 'Content-Type: text/csv' --data-binary @"$work/w6.csv" | grep -o '"id" *: *[0-9]*' | head -1 | grep -o '[0-9]*$')
( while kill -0 "$backend" 2>/dev/null; do sample_rss; sleep 0.5; done ) & sampler=$!
await_import "$job"
import_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
kill "$sampler" 2>/dev/null || true
sample_rss
# the floor's table is metric_value's twin: same columns, defaults, indexes, checks and foreign keys
q -c "create table bench_mv_copy (like metric_value including all)" >/dev/null
q -c "select 'alter table bench_mv_copy add ' || pg_get_constraintdef(oid) from pg_constraint
      where conrelid = 'metric_value'::regclass and contype = 'f'" | while read -r statement; do q -c "$statement" >/dev/null; done
q -c "copy (select m.id, u.id, to_char(mo, 'YYYY-MM'), mo::date, (k + u.id + extract(month from mo)::int) % 13, 'IMPORT', 'bench'
            from generate_series(1, $metrics_needed) k join metric m on m.code = 'BI-' || k and m.plan_id = $plan
            cross join responsibility_unit u cross join generate_series(timestamp '2026-01-01', timestamp '2026-12-01', interval '1 month') mo
            order by k, u.id, mo limit 100000) to stdout" >"$work/w6.copy"
t0=$(date +%s%N)
q -c "\\copy bench_mv_copy (metric_id, unit_id, period, period_start, value, source, entered_by) from '$work/w6.copy'" >/dev/null
copy_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
awk -v r="$rows" -v i="$import_ms" -v c="$copy_ms" 'BEGIN {printf "W6 %.1f %.1f %.1f 0 %.1f %.1f %.1f\n", r * 1000 / i, i, i, r * 1000 / c, c, c}' >>"$results"
log "W6: $rows rows through the import API in $import_ms ms; COPY of the same rows $copy_ms ms"

# ---- report ----
rss_mb=$(( rss_max / 1024 ))
date_iso=$(date -u +%Y-%m-%dT%H:%M:%SZ)
loadavg=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$DUBAN_ROOT/bench/results"
node - "$results" "$date_iso" "$scale" "$(nproc)" "$loadavg" "$rss_mb" "$ready_ms" "$quarkus_start" "$units" \
  "$assignments" "$reports" "$values" "$rollup_ms" "$work/render.json" >"$DUBAN_ROOT/bench/results/latest.json" <<'NODE'
const fs = require('fs')
const [file, date, scale, nproc, loadavg, rss, readyMs, quarkusStart, units, assignments, reports, values, rollupMs, render] = process.argv.slice(2)
const workloads = fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => {
  const [id, rps, p50, p99, errors, frps, fp50, fp99] = line.split(' ')
  const n = (v) => Number(Number(v).toFixed(2))
  return { id, rps: n(rps), p50_ms: n(p50), p99_ms: n(p99), errors: Number(errors), floor_rps: n(frps),
    floor_p50_ms: n(fp50), floor_p99_ms: n(fp99), ratio: n(Number(rps) / Number(frps)) }
})
console.log(JSON.stringify({ date, scale, nproc: Number(nproc), loadavg, rss_mb: Number(rss),
  startup_ms: Number(readyMs), quarkus_started_s: Number(quarkusStart), rollup_build_ms: Number(rollupMs),
  dataset: { units: Number(units), assignments: Number(assignments), progress_reports: Number(reports), metric_values: Number(values) },
  workloads, render: JSON.parse(fs.readFileSync(render, 'utf8')) }, null, 2))
NODE
cp "$DUBAN_ROOT/bench/results/latest.json" "$DUBAN_ROOT/bench/results/$(date -u +%Y-%m-%d)-$scale.json"
printf '\n%-4s %-38s %9s %8s %8s %6s %10s %8s %8s %6s\n' id workload req/s p50ms p99ms errors floor/s fp50ms fp99ms ratio
node -e 'const r=require(process.argv[1]);const L={W1:"list assignments of a unit (page of 50)",W2:"one task with its assignment summary",W3:"dashboard summary of the plan",W4:"unit ranking (prefectures)",W5:"file a progress report (token)",W6:"import 100,000 metric values"};for(const w of r.workloads)console.log([w.id.padEnd(4),L[w.id].padEnd(38),String(w.rps).padStart(9),String(w.p50_ms).padStart(8),String(w.p99_ms).padStart(8),String(w.errors).padStart(6),String(w.floor_rps).padStart(10),String(w.floor_p50_ms).padStart(8),String(w.floor_p99_ms).padStart(8),String(w.ratio).padStart(6)].join(" "));console.log(`\nscale ${r.scale}: ${r.dataset.units} units, ${r.dataset.assignments} assignments, ${r.dataset.progress_reports} reports, ${r.dataset.metric_values} metric values; backend RSS max ${r.rss_mb} MB; ready ${r.startup_ms} ms after launch on the loaded database; statistics roll-ups built in ${r.rollup_build_ms} ms; nproc ${r.nproc}; load ${r.loadavg}`);const x=r.render;if(x)console.log(`R1 first dashboard render (${r.scale} scale, headless Chromium, ${x.runs} cold loads after a warm-up): median ${x.median_ms} ms, p95 ${x.p95_ms} ms, max ${x.max_ms} ms; budget ${x.budget_ms} ms ${x.within_budget ? "✓" : "✗"}`)' "$DUBAN_ROOT/bench/results/latest.json"
[ "$render_status" -eq 0 ] || die "the first dashboard render failed or is over its budget (R1 above)"
