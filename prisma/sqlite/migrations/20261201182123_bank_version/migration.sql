-- CreateTable
CREATE TABLE "BankVersion" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL DEFAULT 0
);

-- The bank version (lib/server/bank-cache.ts): every insert, update and delete of a table a bank is made of gives
-- its owner's version a new random value (53 bits: it never returns to one a process may still hold, as a counter
-- would after a database is restored from a backup), in the writing transaction. A child row finds its owner
-- through its parent; when the parent is already gone (a cascade), the parent's own trigger has changed it. An
-- update changes the old and the new owner's. (The 14 tables are BANK_TABLES in lib/server/bank-cache.ts.)

CREATE TRIGGER "BankVersion_Project_insert" AFTER INSERT ON "Project" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Project_update" AFTER UPDATE ON "Project" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o" UNION SELECT OLD."userId") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Project_delete" AFTER DELETE ON "Project" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT OLD."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Story_insert" AFTER INSERT ON "Story" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Story_update" AFTER UPDATE ON "Story" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o" UNION SELECT OLD."userId") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Story_delete" AFTER DELETE ON "Story" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT OLD."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Question_insert" AFTER INSERT ON "Question" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Question_update" AFTER UPDATE ON "Question" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o" UNION SELECT OLD."userId") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Question_delete" AFTER DELETE ON "Question" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT OLD."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Loop_insert" AFTER INSERT ON "Loop" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Loop_update" AFTER UPDATE ON "Loop" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o" UNION SELECT OLD."userId") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Loop_delete" AFTER DELETE ON "Loop" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT OLD."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Rehearsal_insert" AFTER INSERT ON "Rehearsal" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Rehearsal_update" AFTER UPDATE ON "Rehearsal" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT NEW."userId" AS "o" UNION SELECT OLD."userId") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Rehearsal_delete" AFTER DELETE ON "Rehearsal" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT OLD."userId" AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_StoryPrinciple_insert" AFTER INSERT ON "StoryPrinciple" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_StoryPrinciple_update" AFTER UPDATE ON "StoryPrinciple" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o" UNION SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_StoryPrinciple_delete" AFTER DELETE ON "StoryPrinciple" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_StoryAngle_insert" AFTER INSERT ON "StoryAngle" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_StoryAngle_update" AFTER UPDATE ON "StoryAngle" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o" UNION SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_StoryAngle_delete" AFTER DELETE ON "StoryAngle" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Metric_insert" AFTER INSERT ON "Metric" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Metric_update" AFTER UPDATE ON "Metric" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o" UNION SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Metric_delete" AFTER DELETE ON "Metric" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_FollowUp_insert" AFTER INSERT ON "FollowUp" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_FollowUp_update" AFTER UPDATE ON "FollowUp" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o" UNION SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_FollowUp_delete" AFTER DELETE ON "FollowUp" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDive_insert" AFTER INSERT ON "DeepDive" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "Project" p WHERE p."id" = NEW."projectId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDive_update" AFTER UPDATE ON "DeepDive" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "Project" p WHERE p."id" = NEW."projectId") AS "o" UNION SELECT (SELECT p."userId" FROM "Project" p WHERE p."id" = OLD."projectId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDive_delete" AFTER DELETE ON "DeepDive" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "Project" p WHERE p."id" = OLD."projectId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDiveOption_insert" AFTER INSERT ON "DeepDiveOption" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = NEW."deepDiveId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDiveOption_update" AFTER UPDATE ON "DeepDiveOption" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = NEW."deepDiveId") AS "o" UNION SELECT (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = OLD."deepDiveId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDiveOption_delete" AFTER DELETE ON "DeepDiveOption" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = OLD."deepDiveId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDiveMetric_insert" AFTER INSERT ON "DeepDiveMetric" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = NEW."deepDiveId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDiveMetric_update" AFTER UPDATE ON "DeepDiveMetric" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = NEW."deepDiveId") AS "o" UNION SELECT (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = OLD."deepDiveId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_DeepDiveMetric_delete" AFTER DELETE ON "DeepDiveMetric" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = OLD."deepDiveId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Round_insert" AFTER INSERT ON "Round" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT l."userId" FROM "Loop" l WHERE l."id" = NEW."loopId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Round_update" AFTER UPDATE ON "Round" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT l."userId" FROM "Loop" l WHERE l."id" = NEW."loopId") AS "o" UNION SELECT (SELECT l."userId" FROM "Loop" l WHERE l."id" = OLD."loopId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Round_delete" AFTER DELETE ON "Round" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT l."userId" FROM "Loop" l WHERE l."id" = OLD."loopId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Assignment_insert" AFTER INSERT ON "Assignment" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT l."userId" FROM "Round" r JOIN "Loop" l ON l."id" = r."loopId" WHERE r."id" = NEW."roundId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Assignment_update" AFTER UPDATE ON "Assignment" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT l."userId" FROM "Round" r JOIN "Loop" l ON l."id" = r."loopId" WHERE r."id" = NEW."roundId") AS "o" UNION SELECT (SELECT l."userId" FROM "Round" r JOIN "Loop" l ON l."id" = r."loopId" WHERE r."id" = OLD."roundId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Assignment_delete" AFTER DELETE ON "Assignment" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT l."userId" FROM "Round" r JOIN "Loop" l ON l."id" = r."loopId" WHERE r."id" = OLD."roundId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;
