-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RenderJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "request" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "worker" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "step" INTEGER NOT NULL DEFAULT 0,
    "steps" INTEGER NOT NULL DEFAULT 0,
    "image" INTEGER NOT NULL DEFAULT 0,
    "images" INTEGER NOT NULL DEFAULT 0,
    "imageCount" INTEGER NOT NULL DEFAULT 0,
    "backend" TEXT NOT NULL DEFAULT '',
    "etaSeconds" REAL,
    "preview" BLOB,
    "error" TEXT,
    "seed" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_RenderJob" ("attempts", "createdAt", "error", "etaSeconds", "finishedAt", "id", "image", "images", "preview", "request", "seed", "startedAt", "status", "step", "steps", "updatedAt", "userId", "worker") SELECT "attempts", "createdAt", "error", "etaSeconds", "finishedAt", "id", "image", "images", "preview", "request", "seed", "startedAt", "status", "step", "steps", "updatedAt", "userId", "worker" FROM "RenderJob";
DROP TABLE "RenderJob";
ALTER TABLE "new_RenderJob" RENAME TO "RenderJob";
CREATE INDEX "RenderJob_status_createdAt_idx" ON "RenderJob"("status", "createdAt");
CREATE INDEX "RenderJob_userId_createdAt_idx" ON "RenderJob"("userId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
