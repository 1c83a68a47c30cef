-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" SERIAL NOT NULL,
    "prompt" TEXT NOT NULL,
    "negative" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "parentId" INTEGER,
    "source" TEXT NOT NULL DEFAULT 'save',

    CONSTRAINT "HistoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoryRender" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "seed" BIGINT NOT NULL,
    "infotext" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HistoryRender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagEntry" (
    "id" SERIAL NOT NULL,
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TagEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserPreset" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserPreset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AppState_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Card" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "negative" TEXT NOT NULL DEFAULT '',
    "params" TEXT NOT NULL DEFAULT '{}',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "image" BYTEA,
    "unlisted" BOOLEAN NOT NULL DEFAULT false,
    "ownerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Card_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Style" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "prompt" TEXT NOT NULL DEFAULT '',
    "negative" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Style_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LlmSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "baseUrl" TEXT NOT NULL DEFAULT '',
    "model" TEXT NOT NULL DEFAULT '',
    "apiKey" TEXT NOT NULL DEFAULT '',
    "apiKeyBaseUrl" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LlmSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenderSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "backend" TEXT NOT NULL DEFAULT 'onnx',
    "a1111Url" TEXT NOT NULL DEFAULT 'http://127.0.0.1:7860',
    "comfyUrl" TEXT NOT NULL DEFAULT 'http://127.0.0.1:8188',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RenderSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "sha256" TEXT,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenderOutput" (
    "id" SERIAL NOT NULL,
    "path" TEXT NOT NULL,
    "seed" BIGINT NOT NULL,
    "infotext" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenderOutput_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HistoryEntry_createdAt_idx" ON "HistoryEntry"("createdAt");

-- CreateIndex
CREATE INDEX "HistoryEntry_parentId_idx" ON "HistoryEntry"("parentId");

-- CreateIndex
CREATE INDEX "HistoryRender_versionId_idx" ON "HistoryRender"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "TagEntry_key_key" ON "TagEntry"("key");

-- CreateIndex
CREATE INDEX "TagEntry_category_idx" ON "TagEntry"("category");

-- CreateIndex
CREATE UNIQUE INDEX "Card_slug_key" ON "Card"("slug");

-- CreateIndex
CREATE INDEX "Card_createdAt_idx" ON "Card"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Style_name_key" ON "Style"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Model_path_key" ON "Model"("path");

-- CreateIndex
CREATE INDEX "RenderOutput_createdAt_idx" ON "RenderOutput"("createdAt");

-- AddForeignKey
ALTER TABLE "HistoryEntry" ADD CONSTRAINT "HistoryEntry_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "HistoryEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryRender" ADD CONSTRAINT "HistoryRender_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "HistoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
