#!/usr/bin/env bash
# Creates a migration offline from the schema diff (prisma migrate dev needs a download here). Usage: scripts/new-migration.sh <name>
set -euo pipefail
export DATABASE_URL="${DATABASE_URL:-file:./data/app.db}" CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
mkdir -p data prisma/migrations
tmp=$(mktemp)
if [ -z "$(ls -A prisma/migrations 2>/dev/null | grep -v lock)" ]; then
  npx prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script -o "$tmp"
else
  npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --script -o "$tmp"
fi
grep -q "This is an empty migration" "$tmp" && { echo "no changes"; rm -f "$tmp"; exit 0; }
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$1"; mkdir -p "$dir"; mv "$tmp" "$dir/migration.sql"
[ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "sqlite"\n' > prisma/migrations/migration_lock.toml
npx prisma migrate deploy
