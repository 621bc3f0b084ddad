-- CreateTable
CREATE TABLE "DeepDive" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DeepDive_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeepDiveOption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deepDiveId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "tradeoffs" TEXT NOT NULL DEFAULT '',
    "chosen" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "DeepDiveOption_deepDiveId_fkey" FOREIGN KEY ("deepDiveId") REFERENCES "DeepDive" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeepDiveMetric" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deepDiveId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "before" REAL,
    "after" REAL NOT NULL,
    "direction" TEXT NOT NULL DEFAULT 'higher-is-better',
    CONSTRAINT "DeepDiveMetric_deepDiveId_fkey" FOREIGN KEY ("deepDiveId") REFERENCES "DeepDive" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeepDiveComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deepDiveId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "section" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DeepDiveComment_deepDiveId_fkey" FOREIGN KEY ("deepDiveId") REFERENCES "DeepDive" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeepDiveComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeepDiveComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DeepDiveComment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Round" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "loopId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL DEFAULT 60,
    "focus" TEXT NOT NULL DEFAULT '[]',
    "projectId" TEXT,
    CONSTRAINT "Round_loopId_fkey" FOREIGN KEY ("loopId") REFERENCES "Loop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Round_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Round" ("focus", "id", "kind", "loopId", "minutes", "position", "title") SELECT "focus", "id", "kind", "loopId", "minutes", "position", "title" FROM "Round";
DROP TABLE "Round";
ALTER TABLE "new_Round" RENAME TO "Round";
CREATE INDEX "Round_loopId_position_idx" ON "Round"("loopId", "position");
CREATE INDEX "Round_projectId_idx" ON "Round"("projectId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "DeepDive_projectId_key" ON "DeepDive"("projectId");

-- CreateIndex
CREATE INDEX "DeepDiveOption_deepDiveId_idx" ON "DeepDiveOption"("deepDiveId");

-- CreateIndex
CREATE INDEX "DeepDiveMetric_deepDiveId_idx" ON "DeepDiveMetric"("deepDiveId");

-- CreateIndex
CREATE INDEX "DeepDiveComment_deepDiveId_idx" ON "DeepDiveComment"("deepDiveId");

