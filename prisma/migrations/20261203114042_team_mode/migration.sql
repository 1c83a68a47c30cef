-- AlterTable
ALTER TABLE "HistoryEntry" ADD COLUMN "userId" TEXT;

-- AlterTable
ALTER TABLE "TagEntry" ADD COLUMN "ownerId" TEXT;

-- AlterTable
ALTER TABLE "UserPreset" ADD COLUMN "userId" TEXT;

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "maxWaitingJobs" INTEGER,
    "imagesPerHour" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Favorite" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "key")
);

-- CreateTable
CREATE TABLE "RenderJob" (
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
    "etaSeconds" REAL,
    "preview" BLOB,
    "error" TEXT,
    "seed" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RenderJobImage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "jobId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "seed" BIGINT NOT NULL,
    "infotext" TEXT NOT NULL,
    "png" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RenderJobImage_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "RenderJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Card" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "negative" TEXT NOT NULL DEFAULT '',
    "params" TEXT NOT NULL DEFAULT '{}',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "image" BLOB,
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "ownerId" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'link',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Card" ("createdAt", "id", "image", "negative", "ownerId", "params", "prompt", "slug", "tags", "title", "unlisted", "updatedAt") SELECT "createdAt", "id", "image", "negative", "ownerId", "params", "prompt", "slug", "tags", "title", "unlisted", "updatedAt" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE UNIQUE INDEX "Card_slug_key" ON "Card"("slug");
CREATE INDEX "Card_createdAt_idx" ON "Card"("createdAt");
CREATE TABLE "new_Style" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "prompt" TEXT NOT NULL DEFAULT '',
    "negative" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ownerId" TEXT,
    "visibility" TEXT NOT NULL DEFAULT 'team'
);
INSERT INTO "new_Style" ("createdAt", "id", "name", "negative", "prompt") SELECT "createdAt", "id", "name", "negative", "prompt" FROM "Style";
DROP TABLE "Style";
ALTER TABLE "new_Style" RENAME TO "Style";
CREATE UNIQUE INDEX "Style_name_key" ON "Style"("name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RenderJob_status_createdAt_idx" ON "RenderJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "RenderJob_userId_createdAt_idx" ON "RenderJob"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "RenderJobImage_createdAt_idx" ON "RenderJobImage"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RenderJobImage_jobId_index_key" ON "RenderJobImage"("jobId", "index");

-- CreateIndex
CREATE INDEX "HistoryEntry_userId_id_idx" ON "HistoryEntry"("userId", "id");

-- CreateIndex
CREATE INDEX "UserPreset_userId_idx" ON "UserPreset"("userId");
