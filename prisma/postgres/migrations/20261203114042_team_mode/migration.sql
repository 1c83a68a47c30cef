-- AlterTable
ALTER TABLE "HistoryEntry" ADD COLUMN     "userId" TEXT;

-- AlterTable
ALTER TABLE "TagEntry" ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "UserPreset" ADD COLUMN     "userId" TEXT;

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "visibility" TEXT NOT NULL DEFAULT 'link';

-- AlterTable
ALTER TABLE "Style" ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "visibility" TEXT NOT NULL DEFAULT 'team';

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "maxWaitingJobs" INTEGER,
    "imagesPerHour" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Favorite" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Favorite_pkey" PRIMARY KEY ("userId","key")
);

-- CreateTable
CREATE TABLE "RenderJob" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "request" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "worker" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "step" INTEGER NOT NULL DEFAULT 0,
    "steps" INTEGER NOT NULL DEFAULT 0,
    "image" INTEGER NOT NULL DEFAULT 0,
    "images" INTEGER NOT NULL DEFAULT 0,
    "etaSeconds" DOUBLE PRECISION,
    "preview" BYTEA,
    "error" TEXT,
    "seed" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RenderJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenderJobImage" (
    "id" SERIAL NOT NULL,
    "jobId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "seed" BIGINT NOT NULL,
    "infotext" TEXT NOT NULL,
    "png" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RenderJobImage_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "RenderJobImage" ADD CONSTRAINT "RenderJobImage_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "RenderJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
