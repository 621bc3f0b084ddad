// Version 1 of the star-bank format (docs/formats/star-bank.v1.schema.json, the contract's original file), kept
// so that every v1 file still imports: read with its own strict shape, then lifted to version 2.
import { z } from "zod";
import {
  BACKUP_FORMAT,
  backupLoopV1Schema,
  backupProjectsSchema,
  backupStoriesV1Schema,
  exportedAtSchema,
  MAX_BACKUP_LOOPS,
} from "./backup-parts";

export const backupV1ShapeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: exportedAtSchema,
  projects: backupProjectsSchema,
  stories: backupStoriesV1Schema,
  loops: z.array(backupLoopV1Schema).max(MAX_BACKUP_LOOPS, `At most ${MAX_BACKUP_LOOPS} loops.`).default([]),
});
export type BackupV1 = z.infer<typeof backupV1ShapeSchema>;

/** A v1 document as a v2 one: loops were made from no known template, and there were no own questions. */
export function upgradeV1(doc: BackupV1) {
  return {
    ...doc,
    version: 2 as const,
    stories: doc.stories.map((s) => ({ ...s, headline: "", shortVersion: "", followUps: [] })),
    loops: doc.loops.map((l) => ({ ...l, templateId: "blank" as const })),
    questions: [],
    rehearsals: [],
    deepDives: [],
  };
}
