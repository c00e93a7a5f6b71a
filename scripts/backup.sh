#!/usr/bin/env bash
# npm run db:backup: one pg_dump custom-format backup of the database (docker compose, a VM, a laptop).
# Managed PostgreSQL: rely on its point-in-time recovery instead (README: Operations, Back up and restore).
#   BACKUP_URL    connection to back up (default MIGRATION_DATABASE_URL, then DATABASE_URL); its user must
#                 read every schema: the migrator owns them all. Keep its password in PGPASSWORD or
#                 ~/.pgpass rather than in the URL: command lines are visible to the machine's other users
#   BACKUP_DIR    where dumps go (default var/backups); BACKUP_KEEP newest dumps are kept (default 14)
set -euo pipefail

url="${BACKUP_URL:-${MIGRATION_DATABASE_URL:-${DATABASE_URL:-}}}"
if [[ -z "$url" ]]; then
  echo "BACKUP_URL, MIGRATION_DATABASE_URL or DATABASE_URL: required" >&2
  exit 2
fi
dir="${BACKUP_DIR:-var/backups}"
keep="${BACKUP_KEEP:-14}"
mkdir -p "$dir"
chmod 700 "$dir"
file="$dir/staygraph-$(date -u +%Y%m%dT%H%M%SZ).dump"

# Written under a temporary name, so a failed dump never looks like a backup.
umask 077
pg_dump --format=custom --compress=6 --file="$file.partial" --dbname="$url"
mv "$file.partial" "$file"
echo "backup: $file ($(stat -c %s "$file") bytes)"

# Oldest first beyond the newest $keep.
ls -1t "$dir"/staygraph-*.dump | tail -n +"$((keep + 1))" | xargs -r rm --
