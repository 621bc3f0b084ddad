#!/usr/bin/env node
// Writes the next migration from the difference between prisma/migrations and schema.prisma.
// `prisma migrate dev` does not work with the JavaScript schema engine (ENVIRONMENT.md), so:
//   npm run db:new-migration -- add_story_notes   → prisma/migrations/<timestamp>_add_story_notes/migration.sql
// then `npm run db:migrate` (prisma migrate deploy) applies it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(1);
}
const dir = "prisma/migrations";
const hasMigrations = existsSync(dir) && readdirSync(dir).some((d) => /^\d{14}_/.test(d));
const from = hasMigrations ? ["--from-migrations", dir] : ["--from-empty"];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
  console.log("schema.prisma matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
mkdirSync(target, { recursive: true });
writeFileSync(path.join(target, "migration.sql"), sql);
if (!existsSync(path.join(dir, "migration_lock.toml"))) {
  writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "sqlite"\n');
}
console.log(`wrote ${target}/migration.sql`);
