-- The stories' comments and read markers join the bank version (lib/server/bank-cache.ts, migration
-- 20261201182123_bank_version): a comment posted, edited, resolved, reopened or deleted, and a story's comments
-- marked read, give the story's owner a new version, so the unread and open comment counts can be remembered beside
-- the stories they count. The owner is found through the story; when the story is already gone (a cascade), the
-- story's own trigger has changed it. Same shape as the bank tables' triggers.

CREATE TRIGGER "BankVersion_Comment_insert" AFTER INSERT ON "Comment" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Comment_update" AFTER UPDATE ON "Comment" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o" UNION SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_Comment_delete" AFTER DELETE ON "Comment" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_CommentRead_insert" AFTER INSERT ON "CommentRead" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_CommentRead_update" AFTER UPDATE ON "CommentRead" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId") AS "o" UNION SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId")) WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;

CREATE TRIGGER "BankVersion_CommentRead_delete" AFTER DELETE ON "CommentRead" FOR EACH ROW BEGIN
    INSERT INTO "BankVersion" ("userId", "version") SELECT "o", random() & 9007199254740991 FROM (SELECT (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId") AS "o") WHERE "o" IS NOT NULL
    ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
END;
