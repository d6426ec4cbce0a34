#!/usr/bin/env bash
# Back up the portal's PostgreSQL database: one pg_dump file, checked readable, old ones pruned.
#
#   DATABASE_URL=postgres://frivilligportal:…@127.0.0.1:5432/frivilligportal deploy/backup.sh /var/backups/frivilligportal
#
# Run nightly from cron (docs/deploying.md); prints the file it wrote. The dump is pg_dump's custom
# format (compressed, restorable table by table) without owners or grants, so deploy/restore.sh can
# put it into any database the restoring user owns. Keeps BACKUP_KEEP_DAYS days (14 by default).
# The uploads (MEDIA_ROOT, or the S3 bucket) are backed up separately: see docs/deploying.md.
set -euo pipefail

: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database of the portal (as in /etc/frivilligportal/env)}"
backup_dir="${1:-${BACKUP_DIR:-/var/backups/frivilligportal}}"
keep_days="${BACKUP_KEEP_DAYS:-14}"

mkdir -p "$backup_dir"
umask 077  # a dump holds personal data (messages, enquiries): readable by its owner only
target="$backup_dir/frivilligportal-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$target.partial"
# A dump pg_restore cannot read is no backup: check before it replaces anything.
pg_restore --list "$target.partial" >/dev/null
mv "$target.partial" "$target"
find "$backup_dir" -maxdepth 1 -name 'frivilligportal-*.dump' -mtime +"$keep_days" -delete
echo "$target"
