// Health check: database reachable and migrations current (compared with prisma/migrations on disk).
import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "./db";

export interface Health {
  ok: boolean;
  database: "up" | "down";
  migrations: { applied: number; onDisk: number; pending: string[] };
}

function migrationsOnDisk(): string[] {
  try {
    return readdirSync(path.join(process.cwd(), "prisma", "migrations")).filter((d) => /^\d{14}_/.test(d)).sort();
  } catch {
    return [];
  }
}

export async function checkHealth(): Promise<Health> {
  const onDisk = migrationsOnDisk();
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, database: "down", migrations: { applied: 0, onDisk: onDisk.length, pending: onDisk } };
  }
  let applied = new Set<string>();
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    // No migrations table: the database answers but was never migrated; every migration is pending.
  }
  const pending = onDisk.filter((m) => !applied.has(m));
  return { ok: pending.length === 0, database: "up", migrations: { applied: applied.size, onDisk: onDisk.length, pending } };
}
