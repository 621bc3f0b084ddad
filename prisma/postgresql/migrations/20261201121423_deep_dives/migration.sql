-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "projectId" TEXT;

-- CreateTable
CREATE TABLE "DeepDive" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "role" TEXT NOT NULL DEFAULT '',
    "timeline" TEXT NOT NULL DEFAULT '',
    "tradeoffs" TEXT NOT NULL DEFAULT '',
    "communication" TEXT NOT NULL DEFAULT '',
    "impact" TEXT NOT NULL DEFAULT '',
    "mechanisms" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeepDive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeepDiveOption" (
    "id" TEXT NOT NULL,
    "deepDiveId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "tradeoffs" TEXT NOT NULL DEFAULT '',
    "chosen" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DeepDiveOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeepDiveMetric" (
    "id" TEXT NOT NULL,
    "deepDiveId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "before" DOUBLE PRECISION,
    "after" DOUBLE PRECISION NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'higher-is-better',

    CONSTRAINT "DeepDiveMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeepDiveComment" (
    "id" TEXT NOT NULL,
    "deepDiveId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "section" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeepDiveComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeepDive_projectId_key" ON "DeepDive"("projectId");

-- CreateIndex
CREATE INDEX "DeepDiveOption_deepDiveId_idx" ON "DeepDiveOption"("deepDiveId");

-- CreateIndex
CREATE INDEX "DeepDiveMetric_deepDiveId_idx" ON "DeepDiveMetric"("deepDiveId");

-- CreateIndex
CREATE INDEX "DeepDiveComment_deepDiveId_idx" ON "DeepDiveComment"("deepDiveId");

-- CreateIndex
CREATE INDEX "Round_projectId_idx" ON "Round"("projectId");

-- AddForeignKey
ALTER TABLE "DeepDive" ADD CONSTRAINT "DeepDive_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeepDiveOption" ADD CONSTRAINT "DeepDiveOption_deepDiveId_fkey" FOREIGN KEY ("deepDiveId") REFERENCES "DeepDive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeepDiveMetric" ADD CONSTRAINT "DeepDiveMetric_deepDiveId_fkey" FOREIGN KEY ("deepDiveId") REFERENCES "DeepDive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeepDiveComment" ADD CONSTRAINT "DeepDiveComment_deepDiveId_fkey" FOREIGN KEY ("deepDiveId") REFERENCES "DeepDive"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeepDiveComment" ADD CONSTRAINT "DeepDiveComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeepDiveComment" ADD CONSTRAINT "DeepDiveComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DeepDiveComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

