-- CreateIndex
CREATE INDEX "Round_projectId_idx" ON "Round"("projectId");

