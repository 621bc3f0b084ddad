// Prisma CLI configuration: JavaScript schema engine + better-sqlite3 adapter (see ENVIRONMENT.md).
import { defineConfig } from "prisma/config";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const url = process.env.DATABASE_URL ?? "file:./data/starloop.db";
mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url }),
  schema: "prisma/schema.prisma",
});
