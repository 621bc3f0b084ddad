// Prisma CLI configuration for SQLite (the default engine): JavaScript schema engine + better-sqlite3 adapter
// (see ENVIRONMENT.md). PostgreSQL has its own: prisma.postgresql.config.ts. Migrations are applied by
// lib/server/migrate.ts (`npm run db:migrate`), not `prisma migrate deploy`; this config serves
// `prisma generate` and `prisma migrate diff` (scripts/new-migration.mjs).
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const url = process.env.DATABASE_URL?.startsWith("file:") ? process.env.DATABASE_URL : "file::memory:";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url }),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/sqlite/migrations" },
});
