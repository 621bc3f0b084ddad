// `npm run db:migrate` (and the first step of `npm start`): applies the migrations of whichever engine
// DATABASE_URL names (lib/server/migrate.ts). A quick no-op when the schema is current; waits for another
// instance's migration instead of failing. Any problem ends it with exit 1 and one sentence naming it.
import { DatabaseUrlError } from "../lib/server/engine";
import { migrate, MigrationError } from "../lib/server/migrate";

async function main() {
  const t0 = Date.now();
  const result = await migrate(process.env.DATABASE_URL, { log: (line) => console.log(`  ${line}`) });
  for (const name of result.modified) console.warn(`  warning: ${name} was changed after it was applied (not re-run).`);
  const ms = Date.now() - t0;
  console.log(
    result.applied.length === 0
      ? `${result.target}: schema current (${result.total} migration(s)), ${ms} ms.`
      : `${result.target}: applied ${result.applied.length} migration(s) (${result.applied.join(", ")}), ${ms} ms.`,
  );
}

main().catch((error) => {
  if (error instanceof MigrationError || error instanceof DatabaseUrlError) console.error(`✗ ${error.message}`);
  else console.error("✗ Migrating the database failed:", error);
  process.exit(1);
});
