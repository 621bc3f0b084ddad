// Prisma CLI configuration for PostgreSQL: the GENERATED schema (prisma/postgresql/schema.prisma, from
// prisma/schema.prisma) with the JavaScript schema engine and the pg adapter. Used with `--config` for
// `prisma generate` and `prisma migrate diff`; migrations are applied by lib/server/migrate.ts
// (`prisma migrate deploy` through the pg adapter fails upstream, ENVIRONMENT.md).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://localhost:5432/starloop";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: url }),
  schema: "prisma/postgresql/schema.prisma",
  migrations: { path: "prisma/postgresql/migrations" },
});
