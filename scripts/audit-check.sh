#!/usr/bin/env bash
# Audit completeness: every successful write of the backend test run (recorded by the tests in
# backend/target/write-ledger.tsv with the request id the server answered with) must have left at least
# one audit row with that request id. Operations that write nothing worth auditing are listed, with the
# reason, in backend/src/test/resources/audit-exempt.csv. Prints the figures per operation.
# Usage: audit-check.sh LEDGER (the database settings come from ensure-postgres.sh's exports)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ledger="${1:?usage: audit-check.sh LEDGER}"
exempt="$DUBAN_ROOT/backend/src/test/resources/audit-exempt.csv"
[ -s "$ledger" ] || die "no writes recorded in $ledger: did the backend tests run?"
: "${DB_HOST:?run with the exports of ensure-postgres.sh}"
export PGPASSWORD="${DB_PASSWORD:-}"

report=$(psql -X -q -At -v ON_ERROR_STOP=1 -F $'\t' -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" <<SQL
create temp table ledger (method text, path text, status int, request_id text);
\copy ledger from '$ledger'
create temp table exempt (method text, path text, reason text);
\copy exempt from program 'grep -v "^#" "$exempt"' with (format csv, header true)
select l.method, l.path, count(*) as writes,
       count(*) filter (where exists (select 1 from audit_event a where a.request_id = l.request_id)) as audited,
       (e.method is not null) as exempt
from ledger l left join exempt e on e.method = l.method and e.path = l.path
group by l.method, l.path, e.method
order by l.path, l.method;
SQL
)
total=0; audited_total=0; exempt_total=0; missing=0; operations=0
while IFS=$'\t' read -r method path writes audited is_exempt; do
  operations=$((operations + 1))
  if [ "$is_exempt" = "t" ]; then
    exempt_total=$((exempt_total + writes))
    continue
  fi
  total=$((total + writes)); audited_total=$((audited_total + audited))
  if [ "$audited" -lt "$writes" ]; then
    log "  $method $path: $audited of $writes successful writes audited"
    missing=$((missing + writes - audited))
  fi
done <<<"$report"
log "audit completeness: $audited_total of $total successful writes over $operations operations have an audit row" \
    "($exempt_total more by exempt operations, see audit-exempt.csv)"
[ "$missing" -eq 0 ] || die "$missing successful writes left no audit row"
