// `npm run schema:backup`: writes the backup format's JSON Schema, generated from lib/validation/backup.ts.
import { writeFileSync } from "node:fs";
import { BACKUP_SCHEMA_FILE, backupJsonSchemaText } from "@/lib/validation/backup-json-schema";

writeFileSync(BACKUP_SCHEMA_FILE, backupJsonSchemaText());
console.log(`Wrote ${BACKUP_SCHEMA_FILE}`);
