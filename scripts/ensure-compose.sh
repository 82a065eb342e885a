#!/usr/bin/env bash
# Makes sure `docker-compose` is there (used only to validate docker-compose.yml:
# `docker-compose -f docker-compose.yml config -q`); installs Debian's package when it can.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/ensure-browser.sh" --compose-only "$@"
