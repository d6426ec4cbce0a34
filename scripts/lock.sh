#!/usr/bin/env bash
# Regenerates requirements.lock from pyproject.toml's ranges in a throwaway venv.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
rm -rf .lock-venv
"$PYTHON" -m venv .lock-venv
.lock-venv/bin/pip install --quiet --upgrade pip
mapfile -t deps < <("$PYTHON" - <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for dep in project["dependencies"] + project["optional-dependencies"]["dev"]:
    print(dep)
PY
)
.lock-venv/bin/pip install --quiet "${deps[@]}"
.lock-venv/bin/pip freeze --exclude-editable > requirements.lock
rm -rf .lock-venv
echo "requirements.lock: $(wc -l < requirements.lock) pinned packages"
