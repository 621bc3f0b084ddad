// The SQLite settings every connection runs with (DESIGN.md §5).
import { TEST_ENGINE } from "../fixtures/test-db";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";

describe("database settings", () => {
  it("can start a transaction as the very first query", async () => {
    const n = await db.$transaction(async (tx) => tx.user.count());
    expect(n).toBeGreaterThanOrEqual(0);
  });

  it("enforces foreign keys", async () => {
    await expect(db.story.create({ data: { userId: "nobody", projectId: "nothing", title: "orphan" } })).rejects.toThrow();
  });
});

describe.skipIf(TEST_ENGINE !== "sqlite")("SQLite settings", () => {
  it("uses WAL, a busy timeout of at least 5 s and enforces foreign keys", async () => {
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode.journal_mode).toBe("wal");
    const [timeout] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(Number(timeout.timeout)).toBeGreaterThanOrEqual(5000);
    const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    expect(Number(fk.foreign_keys)).toBe(1);
    await expect(db.story.create({ data: { userId: "nobody", projectId: "nothing", title: "orphan" } })).rejects.toThrow();
  });
});
