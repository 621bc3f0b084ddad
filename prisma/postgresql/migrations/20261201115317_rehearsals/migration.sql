-- CreateTable
CREATE TABLE "Rehearsal" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "storyId" TEXT,
    "questionId" TEXT NOT NULL,
    "questionText" TEXT NOT NULL,
    "principle" TEXT NOT NULL,
    "roundId" TEXT,
    "durationSeconds" INTEGER NOT NULL,
    "ratingSituation" INTEGER NOT NULL,
    "ratingAction" INTEGER NOT NULL,
    "ratingResult" INTEGER NOT NULL,
    "ratingLearnings" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "ratedBy" TEXT NOT NULL DEFAULT 'self',
    "ratedById" TEXT,
    "raterName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rehearsal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Rehearsal_userId_createdAt_idx" ON "Rehearsal"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Rehearsal_storyId_idx" ON "Rehearsal"("storyId");

-- AddForeignKey
ALTER TABLE "Rehearsal" ADD CONSTRAINT "Rehearsal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rehearsal" ADD CONSTRAINT "Rehearsal_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rehearsal" ADD CONSTRAINT "Rehearsal_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rehearsal" ADD CONSTRAINT "Rehearsal_ratedById_fkey" FOREIGN KEY ("ratedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

