#!/usr/bin/env bash
# Checks that the machine has what `make run` and `make test` need, and says what is missing.
set -u
missing=0
PYTHON="${PYTHON:-python3}"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "✗ Python 3.11 or newer is needed (no '$PYTHON' found). On Debian: apt-get install python3 python3-venv" >&2
  missing=1
elif ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "✗ Python 3.11 or newer is needed; '$PYTHON' is $("$PYTHON" --version 2>&1). Set PYTHON=/path/to/python3.11" >&2
  missing=1
elif ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  echo "✗ Python's venv module is missing. On Debian: apt-get install python3-venv" >&2
  missing=1
fi

if ! command -v node >/dev/null 2>&1; then
  echo "✗ Node.js 20 or newer is needed to build the design system's files. On Debian: apt-get install nodejs npm" >&2
  missing=1
elif ! node -e 'process.exit(parseInt(process.versions.node) >= 20 ? 0 : 1)'; then
  echo "✗ Node.js 20 or newer is needed; this is $(node --version)." >&2
  missing=1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "✗ npm is needed. On Debian: apt-get install npm" >&2
  missing=1
fi

exit $missing
