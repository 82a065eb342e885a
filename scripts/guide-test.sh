#!/usr/bin/env bash
# Runs the bash blocks of docs/integration.md, in order, in one shell, against a running backend
# with the demo data (called by e2e.sh):  scripts/guide-test.sh http://127.0.0.1:18080 <admin password>
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export DUBAN_URL="$1" ADMIN_PASSWORD="$2"
# no public DNS in CI: the receiver is on loopback, which the backend under test allows
export HOOK_URL="${HOOK_URL:-http://127.0.0.1:9/duban-hooks}"
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo 'set -euo pipefail'
  awk '/^```bash$/ {inside=1; next} /^```$/ {inside=0; next} inside {print}' "$DUBAN_ROOT/docs/integration.md"
} >"$script"
blocks=$(grep -c '^```bash$' "$DUBAN_ROOT/docs/integration.md")
output=$(bash "$script" 2>&1) || { echo "$output" >&2; die "a docs/integration.md example failed"; }
for expected in 'token dbn_' '"created"' 'metric-value.upserted' 'signature ok' 'fresh delivery accepted' 'replayed delivery refused'; do
  grep -q -- "$expected" <<<"$output" || { echo "$output" >&2; die "docs/integration.md: expected '$expected' in the output"; }
done
log "integration guide: $blocks examples ran against $DUBAN_URL"
