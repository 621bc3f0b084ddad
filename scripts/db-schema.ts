// The PostgreSQL schema is GENERATED from prisma/schema.prisma (the one data model, the one you edit):
// the datasource's provider is swapped and the generator writes its own client (lib/generated/prisma-pg).
//   npx tsx scripts/db-schema.ts          → writes prisma/postgresql/schema.prisma
//   npx tsx scripts/db-schema.ts --check  → exits 1 when that file is stale (tests/unit/db-schema.test.ts does the same)
// `npm run db:generate` runs this and then `prisma generate` for both engines.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:generate\` (scripts/db-schema.ts): do not edit.
// Edit prisma/schema.prisma, then \`npm run db:new-migration -- <name>\` (writes the migration for both engines
// and regenerates this file).
`;

/** prisma/schema.prisma's text → the PostgreSQL schema's text. Fails loudly if the expected lines moved. */
export function postgresSchema(sqlite: string): string {
  const replace = (text: string, pattern: RegExp, by: string, what: string) => {
    if (!pattern.test(text)) throw new Error(`${SQLITE_SCHEMA}: cannot find ${what} to generate the PostgreSQL schema`);
    return text.replace(pattern, by);
  };
  let out = sqlite.replace(/^(\/\/[^\n]*\n)+/, ""); // the leading comment block is the SQLite file's own
  out = replace(out, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'the datasource\'s provider = "sqlite"');
  out = replace(out, /(datasource db \{[^}]*url\s*=\s*)"[^"]*"/, '$1"postgresql://localhost:5432/starloop"', "the datasource's url");
  out = replace(out, /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-pg"', 'the generator\'s output = "../lib/generated/prisma"');
  return HEADER + out;
}

/** The reverse, for a generated PostgreSQL schema: the SQLite data model it was generated from (header aside). */
export function sqliteSchema(postgres: string): string {
  return postgres
    .replace(/^(\/\/[^\n]*\n)+/, "")
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"postgresql"/, '$1"sqlite"')
    .replace(/(datasource db \{[^}]*url\s*=\s*)"[^"]*"/, '$1"file:./data/starloop.db"')
    .replace(/(generator client \{[^}]*output\s*=\s*)"\.\.\/\.\.\/lib\/generated\/prisma-pg"/, '$1"../lib/generated/prisma"');
}

export function expectedPostgresSchema(root = process.cwd()): string {
  return postgresSchema(readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const expected = expectedPostgresSchema();
  if (process.argv.includes("--check")) {
    const current = readFileSync(POSTGRES_SCHEMA, "utf8");
    if (current !== expected) {
      console.error(`✗ ${POSTGRES_SCHEMA} is stale: run \`npm run db:generate\` (or \`npm run db:new-migration -- <name>\`).`);
      process.exit(1);
    }
    console.log(`${POSTGRES_SCHEMA} is current.`);
  } else {
    writeFileSync(POSTGRES_SCHEMA, expected);
    console.log(`wrote ${POSTGRES_SCHEMA}`);
  }
}
