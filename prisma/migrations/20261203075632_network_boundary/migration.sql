-- AlterTable
ALTER TABLE "Card" ADD COLUMN "ownerId" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LlmSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "baseUrl" TEXT NOT NULL DEFAULT '',
    "model" TEXT NOT NULL DEFAULT '',
    "apiKey" TEXT NOT NULL DEFAULT '',
    "apiKeyBaseUrl" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_LlmSettings" ("apiKey", "baseUrl", "id", "model", "updatedAt") SELECT "apiKey", "baseUrl", "id", "model", "updatedAt" FROM "LlmSettings";
DROP TABLE "LlmSettings";
ALTER TABLE "new_LlmSettings" RENAME TO "LlmSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
