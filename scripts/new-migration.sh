#!/usr/bin/env bash
# Creates a migration offline from the schema diff, for both engines (prisma migrate dev needs a download here):
# each from its own migrations, so a rerun after `npm run db:schema` still writes both (PostgreSQL's diff replays its
# migrations in a shadow database on the server TEST_POSTGRES_URL names, default postgresql://localhost/postgres).
# Edit prisma/schema.prisma, then: scripts/new-migration.sh <name>
set -euo pipefail
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
prisma() { node node_modules/prisma/build/index.js "$@"; }
stamp="$(date -u +%Y%m%d%H%M%S)_$1"
mkdir -p data
node scripts/db-schema.mjs

write() { # <dir> <sql file>
  if grep -q "This is an empty migration" "$2"; then rm -f "$2"; echo "$1: no changes"; return; fi
  mkdir -p "$1/$stamp"; mv "$2" "$1/$stamp/migration.sql"; echo "wrote $1/$stamp/migration.sql"
}
tmp=$(mktemp)
DATABASE_URL="file:./data/app.db" prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --script -o "$tmp"
write prisma/migrations "$tmp"
tmp=$(mktemp)
DATABASE_URL="${TEST_POSTGRES_URL:-postgresql://localhost/postgres}" prisma migrate diff --from-migrations prisma/postgres/migrations --to-schema-datamodel prisma/postgres/schema.prisma --script -o "$tmp"
write prisma/postgres/migrations "$tmp"
DATABASE_URL="file:./data/app.db" prisma migrate deploy
