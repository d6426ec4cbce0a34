#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; install it when we may, else say how.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
"$(dirname "$0")/apt-install.sh" "for the browser tests" chromium && exit 0
echo "✗ The browser tests need Chromium at $CHROMIUM. Install it with: sudo apt-get install chromium" >&2
echo "  (or set CHROMIUM_PATH to a Chromium binary)" >&2
exit 1
