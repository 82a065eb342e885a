#!/usr/bin/env bash
# Scans a log for secrets that must never be written: access tokens (JWT), API tokens, refresh tokens,
# password fields and the test suite's own passwords. Prints what it read and how many refusals
# (401/403) are on record. Usage: log-scan.sh LOG...
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ "$#" -gt 0 ] || die "usage: log-scan.sh LOG..."
for file in "$@"; do [ -f "$file" ] || die "no log at $file"; done
# the passwords the tests use, read from their sources so a new one is covered too
passwords=$(grep -rhoE '"[A-Za-z0-9-]*(secret|password)[A-Za-z0-9-]*"' "$DUBAN_ROOT/backend/src/test/java" \
  | tr -d '"' | { grep -E -- '-' || true; } | sort -u)
patterns=(
  'eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.'   # a signed JWT
  'dbn_[A-Za-z0-9_-]{20,}'                            # an API token
  '"(password|newPassword|currentPassword|refreshToken|token)"[[:space:]]*:[[:space:]]*"[^"*]'
)
found=0
count() { # grep flags, pattern, files → matching lines in all files (0 when none)
  local flags="$1" pattern="$2"; shift 2
  cat "$@" | { grep "$flags" -c -- "$pattern" || true; }
}
for pattern in "${patterns[@]}"; do
  hits=$(count -E "$pattern" "$@")
  [ "$hits" -eq 0 ] || { log "secret-looking text /$pattern/ in $hits line(s):"; grep -hE -- "$pattern" "$@" | head -3 >&2; found=$((found + hits)); }
done
while read -r password; do
  [ -n "$password" ] || continue
  hits=$(count -F "$password" "$@")
  [ "$hits" -eq 0 ] || { log "a test password appears in $hits line(s)"; found=$((found + hits)); }
done <<<"$passwords"
lines=$(cat "$@" | wc -l)
refused401=$(count -E '\] \(.*\) 401 [A-Z]+ ' "$@")
refused403=$(count -E '\] \(.*\) 403 [A-Z]+ ' "$@")
log "log scan: $lines lines, $(wc -l <<<"$passwords") test passwords and ${#patterns[@]} token patterns looked for, $found found; refusals on record: $refused401 × 401, $refused403 × 403"
[ "$found" -eq 0 ] || die "secrets in the log"
# the tests are refused on purpose hundreds of times: no refusal on record means the wrong log was scanned
[ "$refused401" -gt 0 ] && [ "$refused403" -gt 0 ] || die "no 401 or 403 on record: is this the test run's log?"
