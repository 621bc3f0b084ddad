// The published JSON Schema of the current backup format, generated from the zod schema that import uses,
// so the two cannot drift: `npm run schema:backup` writes it to docs/formats/, a unit test fails when stale.
import { z } from "zod";
import { BACKUP_VERSION, backupShapeSchema } from "./backup";

export const BACKUP_SCHEMA_FILE = `docs/formats/star-bank.v${BACKUP_VERSION}.schema.json`;

export function backupJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(backupShapeSchema, { io: "input", target: "draft-2020-12", unrepresentable: "throw" });
  const { $schema, ...rest } = generated;
  return { $schema, $id: `https://starloop.app/formats/star-bank.v${BACKUP_VERSION}.schema.json`, ...rest };
}

export function backupJsonSchemaText(): string {
  return JSON.stringify(backupJsonSchema(), null, 2) + "\n";
}
