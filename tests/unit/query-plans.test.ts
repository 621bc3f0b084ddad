// Prisma's compiled query plans are remembered per query text (lib/server/query-plans.ts): the same query is compiled
// once, a query with other values is compiled anew, and every call still reads the database.
import { createUser } from "../fixtures/test-db";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { queryPlanStats } from "@/lib/server/query-plans";
import { createProject } from "@/lib/server/projects";

describe("query plans", () => {
  it("compiles a query once, reuses its plan, and still reads the current rows", async () => {
    const alice = await createUser("plans-alice");
    const bob = await createUser("plans-bob");
    const read = (userId: string) => db.project.findMany({ where: { userId }, select: { title: true }, orderBy: { title: "asc" } });
    expect(await read(alice.id)).toEqual([]);
    const before = queryPlanStats();
    await createProject(alice, { title: "Checkout", organization: "", period: "", context: "", role: "", scope: "" });
    const afterWrite = queryPlanStats();
    // The same query again: its plan is reused, and it sees the project written since.
    expect(await read(alice.id)).toEqual([{ title: "Checkout" }]);
    const again = queryPlanStats();
    expect(again.reused).toBe(afterWrite.reused + 1);
    expect(again.compiled).toBe(afterWrite.compiled);
    expect(afterWrite.compiled).toBeGreaterThan(before.compiled);
    // Other values are another query: compiled, and answered for that user only.
    expect(await read(bob.id)).toEqual([]);
    expect(queryPlanStats().compiled).toBe(again.compiled + 1);
  });
});
