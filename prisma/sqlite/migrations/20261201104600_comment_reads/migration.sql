-- CreateTable
CREATE TABLE "CommentRead" (
    "userId" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "storyId"),
    CONSTRAINT "CommentRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommentRead_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CommentRead_storyId_idx" ON "CommentRead"("storyId");

