#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build, run and test Lightbench:
# Debian's Chromium (for the end-to-end tests and screenshots) and the npm dependencies.
# Electron's binary is skipped: it downloads from outside the npm registry. `npm start` falls back
# to web mode without it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
