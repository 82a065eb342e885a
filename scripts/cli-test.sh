#!/usr/bin/env bash
# The import CLI against a running backend with the demo data (called by e2e.sh):
#   scripts/cli-test.sh http://127.0.0.1:18080 <admin password>
# A file with an error exits 1 and names the row; a clean dry run and a commit exit 0; the same
# commit again leaves everything unchanged; a reporter-bound token cannot import another unit's rows.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

url="$1"
password="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

json_field() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s)[process.argv[1]];console.log(v)})' "$1"; }
access=$(curl -fsS -X POST "$url/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$password\"}" | json_field accessToken)
token_for() { # scopes unitId
  curl -fsS -X POST "$url/api/v1/api-tokens" -H "Authorization: Bearer $access" -H 'Content-Type: application/json' \
    -d "{\"name\":\"cli-test-$RANDOM$RANDOM\",\"scopes\":[\"import\",\"read\"],\"unitId\":$1}" | json_field token
}
export DUBAN_URL="$url"
DUBAN_TOKEN="$(token_for null)"
export DUBAN_TOKEN
cli="$DUBAN_ROOT/scripts/duban"

expect() { # exit-code command... ; output in $work/out
  local want="$1"; shift
  local rc=0
  "$@" >"$work/out" 2>&1 || rc=$?
  [ "$rc" -eq "$want" ] || { cat "$work/out" >&2; die "expected exit $want from: $*"; }
}

printf '指标代码,单位代码,统计期,数值,分子,分母\nQ21-COURT-APPEARANCE,630100,2024-Q1,,21,20\n' >"$work/bad.csv"
expect 1 "$cli" import metric-values "$work/bad.csv" --plan QH-FZZF-2024 --dry-run
grep -q 'row 2, 分子 "21": must not exceed the denominator' "$work/out" || { cat "$work/out" >&2; die "the row error is not printed"; }

printf '指标代码,单位代码,统计期,数值,分子,分母\nQ21-COURT-APPEARANCE,630100,2024-Q1,,19,20\nQ21-COURT-APPEARANCE,630200,2024-Q1,,18,20\n' \
  | iconv -f UTF-8 -t GB18030 >"$work/good.csv"
expect 0 "$cli" import metric-values "$work/good.csv" --plan QH-FZZF-2024 --dry-run
grep -q 'SUCCEEDED: 2 rows' "$work/out" && grep -q '(GB18030)' "$work/out" || { cat "$work/out" >&2; die "the dry run summary is wrong"; }
expect 0 "$cli" import metric-values "$work/good.csv" --plan QH-FZZF-2024
expect 0 "$cli" import metric-values "$work/good.csv" --plan QH-FZZF-2024
grep -q '0 created, 0 updated, 2 unchanged' "$work/out" || { cat "$work/out" >&2; die "a second import changed something"; }

unit=$(curl -fsS "$url/api/v1/responsibility-units?q=630100" -H "Authorization: Bearer $access" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items.find(u=>u.code==="630100").id))')
DUBAN_TOKEN="$(token_for "$unit")" expect 1 "$cli" import metric-values "$work/good.csv" --plan QH-FZZF-2024 --dry-run
grep -q "you may only import your own unit's rows" "$work/out" || { cat "$work/out" >&2; die "a unit-bound token imported another unit"; }

expect 2 "$cli" import metric-values "$work/good.csv" --plan NO-SUCH-PLAN
expect 0 "$cli" template metric-values csv
log "import CLI: row errors exit 1, dry run and commit exit 0, a repeat changes nothing, unit-bound tokens stay in their unit"
