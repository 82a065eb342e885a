#!/usr/bin/env bash
# Makes sure the end-to-end tests can drive a real Chromium that renders Chinese:
#   - Chromium at $CHROMIUM_PATH (default /usr/bin/chromium)
#   - a CJK font (Debian package fonts-noto-cjk)
# and, with --with-compose, `docker-compose` (only used to validate docker-compose.yml).
#
#   scripts/ensure-browser.sh                 # browser + fonts
#   scripts/ensure-browser.sh --with-compose  # browser + fonts + docker-compose
#   scripts/ensure-browser.sh --compose-only  # docker-compose only (= scripts/ensure-compose.sh)
#   scripts/ensure-browser.sh --fonts-only    # the CJK font only (PDF exports embed it)
#
# Missing pieces are installed with apt-get when running as root (or with passwordless sudo);
# a running apt/dpkg is waited for (up to 10 minutes), `apt-get update` only runs when the
# install fails. Otherwise the script says what to install and exits 1.
# Prints one line on success (stderr); stdout carries nothing.
set -euo pipefail

# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WANT_BROWSER=1
WANT_COMPOSE=0
WANT_CHROMIUM=1
for arg in "$@"; do
  case "$arg" in
    --with-compose) WANT_COMPOSE=1 ;;
    --compose-only) WANT_COMPOSE=1; WANT_BROWSER=0 ;;
    --fonts-only) WANT_CHROMIUM=0 ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 0 ;;
    *) die "unknown argument: $arg (try --help)" ;;
  esac
done

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

has_chromium() { [ -x "$CHROMIUM" ]; }
has_cjk_font() {
  if have fc-list; then
    [ -n "$(fc-list :lang=zh family 2>/dev/null | head -n1)" ]
  else
    dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed'
  fi
}
has_compose() { have docker-compose; }

check_all() {
  MISSING_PKGS=() MISSING_WHAT=()
  if [ "$WANT_BROWSER" = 1 ]; then
    [ "$WANT_CHROMIUM" = 0 ] || has_chromium || { MISSING_PKGS+=(chromium); MISSING_WHAT+=("Chromium at $CHROMIUM"); }
    has_cjk_font || { MISSING_PKGS+=(fonts-noto-cjk); MISSING_WHAT+=("a Chinese (CJK) font"); }
  fi
  if [ "$WANT_COMPOSE" = 1 ]; then
    has_compose || { MISSING_PKGS+=(docker-compose); MISSING_WHAT+=("docker-compose"); }
  fi
}

summary() {
  local parts=() font
  if [ "$WANT_BROWSER" = 1 ]; then
    [ "$WANT_CHROMIUM" = 0 ] || parts+=("$("$CHROMIUM" --version 2>/dev/null | head -n1 || true) at $CHROMIUM")
    font="$(fc-match 'sans-serif:lang=zh-cn' family 2>/dev/null | cut -d, -f1 || true)"
    parts+=("CJK font ${font:-fonts-noto-cjk}")
  fi
  [ "$WANT_COMPOSE" = 0 ] || parts+=("docker-compose $(docker-compose version --short 2>/dev/null || true)")
  local line="" p
  for p in "${parts[@]}"; do line="${line:+$line; }$p"; done
  log "tools: $line"
}

check_all
if [ "${#MISSING_PKGS[@]}" -gt 0 ]; then
  # A CHROMIUM_PATH elsewhere cannot be fixed by installing Debian's chromium.
  if [ -n "${CHROMIUM_PATH:-}" ] && [ "$CHROMIUM_PATH" != /usr/bin/chromium ] && ! has_chromium; then
    die "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable; unset it to use Debian's /usr/bin/chromium"
  fi
  rc=0
  apt_install "${MISSING_PKGS[@]}" || rc=$?
  check_all
  if [ "${#MISSING_PKGS[@]}" -gt 0 ]; then
    {
      printf 'error: missing %s.\n' "$(IFS=','; echo "${MISSING_WHAT[*]}" | sed 's/,/, /g')"
      if [ "$rc" -eq 127 ]; then
        echo "Installing needs root (or passwordless sudo) and apt-get. Install it yourself:"
      else
        echo "apt-get could not install it (log: $DUBAN_DATA/apt.log). Install it yourself:"
      fi
      echo "  Debian/Ubuntu: sudo apt-get install ${MISSING_PKGS[*]}"
      echo "  elsewhere: a Chromium or Chrome (set CHROMIUM_PATH to its executable), Noto Sans CJK fonts,"
      echo "             and docker-compose 1.29+ or the Docker Compose plugin (for --with-compose)."
    } >&2
    exit 1
  fi
fi
summary
