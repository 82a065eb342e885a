# shellcheck shell=bash
# Shared helpers for the scripts in scripts/. Source it, don't run it:
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Messages go to stderr so that stdout stays free for machine-readable output
# (e.g. the `export` lines of ensure-postgres.sh).

DUBAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DUBAN_DATA="${DUBAN_DATA_DIR:-$DUBAN_ROOT/.data}"

log()  { printf '%s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

have() { command -v "$1" >/dev/null 2>&1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as root: directly when we are root, else through passwordless sudo.
# Returns 127 when neither is possible.
as_root() {
  if is_root; then
    "$@"
  elif have sudo && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 127
  fi
}

can_be_root() { is_root || { have sudo && sudo -n true 2>/dev/null; }; }

# Installs Debian packages with apt-get when we can be root. Waits for a running
# apt/dpkg (lock timeout) instead of failing, runs `apt-get update` only when the
# first install attempt fails. Output goes to $DUBAN_DATA/apt.log; on failure its
# tail is shown. Returns non-zero if the packages could not be installed.
apt_install() {
  [ "$#" -gt 0 ] || return 0
  have apt-get || return 127
  can_be_root || return 127
  mkdir -p "$DUBAN_DATA"
  local logf="$DUBAN_DATA/apt.log"
  local opts=(-o DPkg::Lock::Timeout=600 -y)
  log "installing with apt-get: $* (log: $logf)"
  if as_root env DEBIAN_FRONTEND=noninteractive apt-get "${opts[@]}" install "$@" >>"$logf" 2>&1; then
    return 0
  fi
  log "apt-get install failed; running apt-get update and retrying"
  if as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update >>"$logf" 2>&1 \
     && as_root env DEBIAN_FRONTEND=noninteractive apt-get "${opts[@]}" install "$@" >>"$logf" 2>&1; then
    return 0
  fi
  tail -n 20 "$logf" >&2 || true
  return 1
}

# Waits until URL/q/health/ready answers, while process PID lives; on failure shows the tail of LOG and
# exits. Usage: wait_ready URL PID LOG [SECONDS (default 120)]
wait_ready() {
  local tries="${4:-120}"
  for _ in $(seq 1 "$tries"); do
    curl -fs "$1/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { tail -n 40 "$3" >&2; die "$1 did not start"; }
    sleep 1
  done
  tail -n 40 "$3" >&2; die "$1 is not ready after $tries s"
}
