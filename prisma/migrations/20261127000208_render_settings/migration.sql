-- CreateTable
CREATE TABLE "RenderSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "backend" TEXT NOT NULL DEFAULT 'onnx',
    "a1111Url" TEXT NOT NULL DEFAULT 'http://127.0.0.1:7860',
    "comfyUrl" TEXT NOT NULL DEFAULT 'http://127.0.0.1:8188',
    "updatedAt" DATETIME NOT NULL
);
