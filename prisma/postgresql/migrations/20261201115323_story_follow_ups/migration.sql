-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "headline" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "shortVersion" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'own',
    "suggestionKey" TEXT,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUp_storyId_idx" ON "FollowUp"("storyId");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

