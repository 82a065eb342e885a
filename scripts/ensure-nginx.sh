#!/usr/bin/env bash
# Makes sure an nginx binary is there for the local reverse proxy (scripts/proxy.sh), installing
# Debian's `nginx` with apt-get when we can be root. Only the binary is used: scripts/proxy.sh runs
# its own nginx with a generated configuration under .data/, no system service is needed or used.
# (Debian's package may start its own service on port 80 where the host allows services to start.)
# Prints the binary's path on stdout; one status line on stderr.
#   NGINX=$(scripts/ensure-nginx.sh)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

find_nginx() {
  if [ -n "${NGINX:-}" ]; then [ -x "$NGINX" ] && printf '%s\n' "$NGINX"; return; fi
  local candidate
  for candidate in "$(command -v nginx 2>/dev/null || true)" /usr/sbin/nginx /usr/local/sbin/nginx /usr/local/nginx/sbin/nginx; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { printf '%s\n' "$candidate"; return 0; }
  done
  return 1
}

if ! nginx_bin="$(find_nginx)"; then
  [ -z "${NGINX:-}" ] || die "NGINX=$NGINX is not an executable; unset it to find or install nginx"
  rc=0
  apt_install nginx || rc=$?
  if ! nginx_bin="$(find_nginx)"; then
    {
      echo "error: nginx is missing (the scale-out browser tests put it in front of two backends)."
      if [ "$rc" -eq 127 ]; then
        echo "Installing needs root (or passwordless sudo) and apt-get. Install it yourself:"
      else
        echo "apt-get could not install it (log: $DUBAN_DATA/apt.log). Install it yourself:"
      fi
      echo "  Debian/Ubuntu: sudo apt-get install nginx"
      echo "  Fedora/RHEL:   sudo dnf install nginx;  macOS: brew install nginx"
      echo "  or point NGINX at an nginx executable (1.18 or newer)."
    } >&2
    exit 1
  fi
fi
log "tools: $("$nginx_bin" -v 2>&1 | head -n1) at $nginx_bin"
printf '%s\n' "$nginx_bin"
