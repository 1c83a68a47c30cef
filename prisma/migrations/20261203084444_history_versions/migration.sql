-- CreateTable
CREATE TABLE "HistoryRender" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "seed" BIGINT NOT NULL,
    "infotext" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HistoryRender_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "HistoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_HistoryEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prompt" TEXT NOT NULL,
    "negative" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "parentId" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'save',
    CONSTRAINT "HistoryEntry_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "HistoryEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_HistoryEntry" ("createdAt", "id", "negative", "prompt") SELECT "createdAt", "id", "negative", "prompt" FROM "HistoryEntry";
DROP TABLE "HistoryEntry";
ALTER TABLE "new_HistoryEntry" RENAME TO "HistoryEntry";
CREATE INDEX "HistoryEntry_createdAt_idx" ON "HistoryEntry"("createdAt");
CREATE INDEX "HistoryEntry_parentId_idx" ON "HistoryEntry"("parentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "HistoryRender_versionId_idx" ON "HistoryRender"("versionId");
