-- The stories' comments and read markers join the bank version (lib/server/bank-cache.ts, migration
-- 20261201182123_bank_version): a comment posted, edited, resolved, reopened or deleted, and a story's comments
-- marked read, give the story's owner a new version, so the unread and open comment counts can be remembered beside
-- the stories they count. Deferred to the commit and once per owner per transaction, like the bank tables' triggers
-- (the same transaction-local list of owners done). Both tables find their owner through "storyId", so one function
-- serves both.

CREATE FUNCTION "BankVersion_via_story"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, (SELECT s."userId" FROM "Story" s WHERE s."id" = NEW."storyId")); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, (SELECT s."userId" FROM "Story" s WHERE s."id" = OLD."storyId")); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "BankVersion_Comment" AFTER INSERT OR UPDATE OR DELETE ON "Comment"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_via_story"();

CREATE CONSTRAINT TRIGGER "BankVersion_CommentRead" AFTER INSERT OR UPDATE OR DELETE ON "CommentRead"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_via_story"();
