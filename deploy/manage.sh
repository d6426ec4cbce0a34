#!/usr/bin/env bash
# manage.py in the installed portal with its production environment: deploy/manage.sh update_index
set -euo pipefail
app="$(cd "$(dirname "$0")/.." && pwd)"
cd "$app"
exec "$app/deploy/with-env.sh" "$app/.venv/bin/python" manage.py "$@"
