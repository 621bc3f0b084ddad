// Health check: which engine, the database reachable, and its migrations current (compared with
// prisma/<engine>/migrations on disk; both engines record them in _prisma_migrations, lib/server/migrate.ts).
import "server-only";
import { db, engine } from "./db";
import { migrationsOnDisk } from "./migrate";
import type { Engine } from "./engine";

export interface Health {
  ok: boolean;
  engine: Engine;
  database: "up" | "down";
  migrations: { current: boolean; applied: number; onDisk: number; pending: string[] };
}

export async function checkHealth(): Promise<Health> {
  const onDisk = migrationsOnDisk(engine).map((m) => m.name);
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, engine, database: "down", migrations: { current: false, applied: 0, onDisk: onDisk.length, pending: onDisk } };
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
  const current = pending.length === 0;
  return { ok: current, engine, database: "up", migrations: { current, applied: applied.size, onDisk: onDisk.length, pending } };
}
