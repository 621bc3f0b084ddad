// The export benchmark's database: a fresh SQLite file, named in DATABASE_URL before lib/server/db is first imported
// (import this module first), migrated by prepareBenchDb(). tests/fixtures/test-db does the same for Vitest, but it
// needs Vitest and top-level await, which tsx's CommonJS output cannot run.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "@/lib/server/migrate";

const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "starloop-bench-")), "bench.db")}`;
process.env.DATABASE_URL = url;

export async function prepareBenchDb(): Promise<void> {
  await migrate(url, { dir: path.resolve("prisma/sqlite/migrations") });
}

/** A user row, as the data-access functions take it. */
export async function createBenchUser(label: string): Promise<{ id: string; email: string; name: string }> {
  const { db } = await import("@/lib/server/db");
  const id = randomUUID();
  const email = `${label}-${id.slice(0, 8)}@example.com`;
  await db.user.create({ data: { id, email, name: label, emailVerified: true } });
  return { id, email, name: label };
}
