#!/usr/bin/env bash
# Run a command with the portal's production environment (/etc/frivilligportal/env, or FRIVILLIGPORTAL_ENV),
# as the systemd units have it: for cron (deploy/cron) and for an operator's shell.
#   deploy/with-env.sh deploy/backup.sh /var/backups/frivilligportal
set -euo pipefail
env_file="${FRIVILLIGPORTAL_ENV:-/etc/frivilligportal/env}"
[ -r "$env_file" ] || { echo "Cannot read $env_file (the production environment)" >&2; exit 1; }
set -a
# shellcheck source=/dev/null
. "$env_file"
set +a
exec "$@"
