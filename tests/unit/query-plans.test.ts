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

  // Values the database client makes up (ids, @default(now()), @updatedAt) must be new on every call, not kept in a plan.
  it("gives identical creates their own ids and times, and identical updates a new updatedAt", async () => {
    const carol = await createUser("plans-carol");
    const pause = () => new Promise((r) => setTimeout(r, 15));
    const make = () => db.project.create({ data: { userId: carol.id, title: "Same" } });
    const a = await make();
    await pause();
    const reusedBefore = queryPlanStats().reused;
    const b = await make();
    expect(queryPlanStats().reused).toBeGreaterThan(reusedBefore); // the second create ran from the first one's plan
    expect(b.id).not.toBe(a.id);
    expect(b.createdAt.getTime()).toBeGreaterThan(a.createdAt.getTime());
    const rename = () => db.project.update({ where: { id: a.id }, data: { title: "Other" } });
    const first = await rename();
    await pause();
    const before = queryPlanStats().reused;
    const second = await rename();
    expect(queryPlanStats().reused).toBe(before + 1);
    expect(second.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
  });
});
