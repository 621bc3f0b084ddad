-- CreateTable
CREATE TABLE "BankVersion" (
    "userId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "BankVersion_pkey" PRIMARY KEY ("userId")
);

-- The bank version (lib/server/bank-cache.ts): every insert, update and delete of a table a bank is made of gives
-- its owner's version a new random value (53 bits: it never returns to one a process may still hold, as a counter
-- would after a database is restored from a backup), in the writing transaction. The triggers are deferred to the
-- commit, so the version's row lock is always the last one a transaction takes (no lock-order deadlock with the rows
-- it wrote), and a child row whose parent the same transaction deleted finds no owner (the parent's own trigger
-- changes it). An update changes the old and the new owner's. Each owner gets one new value per transaction (the
-- owners done so far, as md5 digests, are kept in a transaction-local setting): updating one row again and again in
-- one transaction is quadratic in PostgreSQL, and an import writes tens of thousands of rows. (The 14 tables are
-- BANK_TABLES in lib/server/bank-cache.ts.)

CREATE FUNCTION "BankVersion_Project"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, NEW."userId"); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, OLD."userId"); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_Project" AFTER INSERT OR UPDATE OR DELETE ON "Project"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_Project"();

CREATE FUNCTION "BankVersion_Story"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, NEW."userId"); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, OLD."userId"); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_Story" AFTER INSERT OR UPDATE OR DELETE ON "Story"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_Story"();

CREATE FUNCTION "BankVersion_Question"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, NEW."userId"); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, OLD."userId"); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_Question" AFTER INSERT OR UPDATE OR DELETE ON "Question"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_Question"();

CREATE FUNCTION "BankVersion_Loop"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, NEW."userId"); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, OLD."userId"); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_Loop" AFTER INSERT OR UPDATE OR DELETE ON "Loop"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_Loop"();

CREATE FUNCTION "BankVersion_Rehearsal"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, NEW."userId"); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, OLD."userId"); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_Rehearsal" AFTER INSERT OR UPDATE OR DELETE ON "Rehearsal"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_Rehearsal"();

CREATE FUNCTION "BankVersion_StoryPrinciple"() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE CONSTRAINT TRIGGER "BankVersion_StoryPrinciple" AFTER INSERT OR UPDATE OR DELETE ON "StoryPrinciple"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_StoryPrinciple"();

CREATE FUNCTION "BankVersion_StoryAngle"() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE CONSTRAINT TRIGGER "BankVersion_StoryAngle" AFTER INSERT OR UPDATE OR DELETE ON "StoryAngle"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_StoryAngle"();

CREATE FUNCTION "BankVersion_Metric"() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE CONSTRAINT TRIGGER "BankVersion_Metric" AFTER INSERT OR UPDATE OR DELETE ON "Metric"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_Metric"();

CREATE FUNCTION "BankVersion_FollowUp"() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE CONSTRAINT TRIGGER "BankVersion_FollowUp" AFTER INSERT OR UPDATE OR DELETE ON "FollowUp"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_FollowUp"();

CREATE FUNCTION "BankVersion_DeepDive"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, (SELECT p."userId" FROM "Project" p WHERE p."id" = NEW."projectId")); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, (SELECT p."userId" FROM "Project" p WHERE p."id" = OLD."projectId")); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_DeepDive" AFTER INSERT OR UPDATE OR DELETE ON "DeepDive"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_DeepDive"();

CREATE FUNCTION "BankVersion_DeepDiveOption"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = NEW."deepDiveId")); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = OLD."deepDiveId")); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_DeepDiveOption" AFTER INSERT OR UPDATE OR DELETE ON "DeepDiveOption"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_DeepDiveOption"();

CREATE FUNCTION "BankVersion_DeepDiveMetric"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = NEW."deepDiveId")); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, (SELECT p."userId" FROM "DeepDive" d JOIN "Project" p ON p."id" = d."projectId" WHERE d."id" = OLD."deepDiveId")); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_DeepDiveMetric" AFTER INSERT OR UPDATE OR DELETE ON "DeepDiveMetric"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_DeepDiveMetric"();

CREATE FUNCTION "BankVersion_Round"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, (SELECT l."userId" FROM "Loop" l WHERE l."id" = NEW."loopId")); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, (SELECT l."userId" FROM "Loop" l WHERE l."id" = OLD."loopId")); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_Round" AFTER INSERT OR UPDATE OR DELETE ON "Round"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_Round"();

CREATE FUNCTION "BankVersion_Assignment"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    owners text[];
    owner text;
    bumped text := coalesce(current_setting('starloop.bank_versions_bumped', true), '');
BEGIN
    IF TG_OP <> 'DELETE' THEN owners := array_append(owners, (SELECT l."userId" FROM "Round" r JOIN "Loop" l ON l."id" = r."loopId" WHERE r."id" = NEW."roundId")); END IF;
    IF TG_OP <> 'INSERT' THEN owners := array_append(owners, (SELECT l."userId" FROM "Round" r JOIN "Loop" l ON l."id" = r."loopId" WHERE r."id" = OLD."roundId")); END IF;
    FOREACH owner IN ARRAY owners LOOP
        CONTINUE WHEN owner IS NULL OR strpos(bumped, '|' || md5(owner) || '|') > 0;
        INSERT INTO "BankVersion" ("userId", "version") VALUES (owner, floor(random() * 9007199254740991)::bigint)
        ON CONFLICT ("userId") DO UPDATE SET "version" = excluded."version";
        bumped := bumped || '|' || md5(owner) || '|';
        PERFORM set_config('starloop.bank_versions_bumped', bumped, true);
    END LOOP;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "BankVersion_Assignment" AFTER INSERT OR UPDATE OR DELETE ON "Assignment"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "BankVersion_Assignment"();
