#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into the database DATABASE_URL names, replacing what is there.
#
#   systemctl stop frivilligportal frivilligportal-mailer      # nothing may write meanwhile
#   DATABASE_URL=postgres://frivilligportal:…@127.0.0.1:5432/frivilligportal \
#       deploy/restore.sh /var/backups/frivilligportal/frivilligportal-20260101T013000Z.dump
#   .venv/bin/python manage.py migrate && .venv/bin/python manage.py update_index
#   systemctl start frivilligportal frivilligportal-mailer
#
# All or nothing: the restore runs in one transaction, so a failure leaves the database as it was.
# The database must exist (createdb -O frivilligportal frivilligportal for a new server).
set -euo pipefail

dump="${1:?usage: deploy/restore.sh BACKUP.dump}"
: "${DATABASE_URL:?DATABASE_URL must name the database to restore into}"
[ -r "$dump" ] || { echo "Cannot read $dump" >&2; exit 1; }

pg_restore --list "$dump" >/dev/null
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$DATABASE_URL" "$dump"
echo "Restored $dump"
