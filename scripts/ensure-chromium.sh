#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; install it when we may, else say how.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium from Debian for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "✗ The browser tests need Chromium at $CHROMIUM. Install it with: sudo apt-get install chromium" >&2
echo "  (or set CHROMIUM_PATH to a Chromium binary)" >&2
exit 1
