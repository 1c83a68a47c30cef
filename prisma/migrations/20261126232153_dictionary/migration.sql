-- CreateTable
CREATE TABLE "TagEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "zh" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "category" TEXT NOT NULL,
    "sub" TEXT NOT NULL,
    "pop" INTEGER NOT NULL DEFAULT 3,
    "note" TEXT,
    "source" TEXT NOT NULL DEFAULT 'builtin',
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "favorite" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "UserPreset" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AppState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "TagEntry_key_key" ON "TagEntry"("key");

-- CreateIndex
CREATE INDEX "TagEntry_category_idx" ON "TagEntry"("category");
