// The star-bank backup, version 2: everything a user owns (projects, stories, their own questions, loops with
// their template), as zod with the app's own limits plus the rules between objects that a JSON Schema cannot say
// (keys unique in the file and resolvable, ≤ 2 primary principles, assignments inside their round's focus).
// The published JSON Schema (docs/formats/star-bank.v2.schema.json) is generated from `backupShapeSchema`
// by `npm run schema:backup`. Version 1 files are read by lib/validation/backup-v1.ts and lifted to version 2.
import { z } from "zod";
import {
  BACKUP_FORMAT,
  backupDeepDivesSchema,
  backupLoopSchema,
  backupProjectsSchema,
  backupQuestionSchema,
  backupRehearsalsSchema,
  backupStoriesSchema,
  exportedAtSchema,
  MAX_BACKUP_LOOPS,
  MAX_BACKUP_QUESTIONS,
} from "./backup-parts";
import { backupV1ShapeSchema, upgradeV1 } from "./backup-v1";
import { BANK_LIMITS } from "@/lib/domain/limits";

export { BACKUP_FORMAT, KEY_PATTERN, keySchema, MAX_BACKUP_LOOPS, MAX_BACKUP_PROJECTS, MAX_BACKUP_QUESTIONS, MAX_BACKUP_REHEARSALS, MAX_BACKUP_STORIES } from "./backup-parts";

export const BACKUP_VERSION = 2;
export const READABLE_VERSIONS = [1, 2] as const;
/**
 * Largest backup import accepts, in bytes (checked on Content-Length, on the body read, and in the browser):
 * above the largest file the export can write — a bank at every BANK_LIMITS (rehearsals, follow-ups and deep-dives
 * included) with every field at its maximum length in 3-byte characters: exports as 335.3 MB
 * (measured by tests/unit/backup-limits.test.ts, which also keeps this limit within a quarter of that export).
 */
export const MAX_BACKUP_BYTES = 360 * 1024 * 1024;

/** The document's shape and field limits (what the JSON Schema says), before cross-references are checked. */
export const backupShapeSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT, { error: `This is not a StarLoop backup: "format" must be "${BACKUP_FORMAT}".` }),
    version: z.literal(BACKUP_VERSION, { error: `This backup's version is not supported: this app reads versions ${READABLE_VERSIONS.join(" and ")}.` }),
    exportedAt: exportedAtSchema,
    projects: backupProjectsSchema,
    stories: backupStoriesSchema,
    questions: z.array(backupQuestionSchema).max(MAX_BACKUP_QUESTIONS, `At most ${MAX_BACKUP_QUESTIONS} questions.`).default([]),
    loops: z.array(backupLoopSchema).max(MAX_BACKUP_LOOPS, `At most ${MAX_BACKUP_LOOPS} loops.`).default([]),
    rehearsals: backupRehearsalsSchema,
    // Optional and last: files written before the deep-dives still import.
    deepDives: backupDeepDivesSchema.default([]),
  })
  .meta({
    title: "StarLoop star-bank backup, version 2",
    description:
      "Everything one StarLoop user owns: projects, STAR stories, their own questions and planned loops. Objects refer to each other by `key` strings inside the file, never database ids.",
  });

type Shape = z.infer<typeof backupShapeSchema>;

/** Keys unique in the whole file and every reference resolvable; assignments inside their round's focus. */
function checkReferences(doc: Shape, ctx: z.RefinementCtx) {
  const firstUse = new Map<string, string>();
  const claim = (key: string, path: (string | number)[]) => {
    const where = formatIssuePath(path.slice(0, -1));
    const earlier = firstUse.get(key);
    if (earlier !== undefined) {
      ctx.addIssue({ code: "custom", path, message: `Duplicate key "${key}": ${earlier} already uses it.` });
    } else firstUse.set(key, where);
  };
  const projectKeys = new Set<string>();
  doc.projects.forEach((p, i) => {
    claim(p.key, ["projects", i, "key"]);
    projectKeys.add(p.key);
  });
  const storyKeys = new Set<string>();
  doc.stories.forEach((s, i) => {
    claim(s.key, ["stories", i, "key"]);
    storyKeys.add(s.key);
    if (!projectKeys.has(s.projectKey)) {
      ctx.addIssue({ code: "custom", path: ["stories", i, "projectKey"], message: `No project has the key "${s.projectKey}".` });
    }
  });
  const questionKeys = new Set<string>();
  doc.questions.forEach((q, i) => {
    claim(q.key, ["questions", i, "key"]);
    questionKeys.add(q.key);
  });
  const withDeepDive = new Set<string>();
  doc.deepDives.forEach((d, i) => {
    if (!projectKeys.has(d.projectKey)) {
      ctx.addIssue({ code: "custom", path: ["deepDives", i, "projectKey"], message: `No project has the key "${d.projectKey}".` });
    } else if (withDeepDive.has(d.projectKey)) {
      ctx.addIssue({ code: "custom", path: ["deepDives", i, "projectKey"], message: `The project "${d.projectKey}" has two deep-dives; a project has one.` });
    }
    withDeepDive.add(d.projectKey);
  });
  const roundKeys = new Set<string>();
  doc.loops.forEach((loop, i) => {
    claim(loop.key, ["loops", i, "key"]);
    loop.rounds.forEach((round, j) => {
      const at = ["loops", i, "rounds", j];
      claim(round.key, [...at, "key"]);
      roundKeys.add(round.key);
      if (round.kind === "deep-dive" && round.focus.length > 0) {
        ctx.addIssue({ code: "custom", path: [...at, "focus"], message: "A deep-dive round is planned with one project, not principle slots: its focus must be empty." });
      }
      if (round.projectKey !== undefined && round.kind !== "deep-dive") {
        ctx.addIssue({ code: "custom", path: [...at, "projectKey"], message: "Only a deep-dive round is planned with a project." });
      } else if (round.projectKey !== undefined && !projectKeys.has(round.projectKey)) {
        ctx.addIssue({ code: "custom", path: [...at, "projectKey"], message: `No project has the key "${round.projectKey}".` });
      }
      const assigned = new Set<string>();
      round.assignments.forEach((a, k) => {
        const here = [...at, "assignments", k];
        if (!round.focus.includes(a.principle)) {
          ctx.addIssue({ code: "custom", path: [...here, "principle"], message: `"${a.principle}" is not in this round's focus.` });
        }
        if (assigned.has(a.principle)) {
          ctx.addIssue({ code: "custom", path: [...here, "principle"], message: `"${a.principle}" is assigned twice in this round.` });
        }
        assigned.add(a.principle);
        if (!storyKeys.has(a.storyKey)) {
          ctx.addIssue({ code: "custom", path: [...here, "storyKey"], message: `No story has the key "${a.storyKey}".` });
        }
        if (a.backupStoryKey !== undefined && !storyKeys.has(a.backupStoryKey)) {
          ctx.addIssue({ code: "custom", path: [...here, "backupStoryKey"], message: `No story has the key "${a.backupStoryKey}".` });
        }
        if (a.backupStoryKey !== undefined && a.backupStoryKey === a.storyKey) {
          ctx.addIssue({ code: "custom", path: [...here, "backupStoryKey"], message: "The backup story must differ from the planned story." });
        }
      });
    });
  });
  const followUps = doc.stories.reduce((n, s) => n + s.followUps.length, 0);
  if (followUps > BANK_LIMITS.followUps) {
    ctx.addIssue({ code: "custom", path: ["stories"], message: `At most ${BANK_LIMITS.followUps.toLocaleString("en-US")} follow-up questions in all stories; this file has ${followUps.toLocaleString("en-US")}.` });
  }
  doc.rehearsals.forEach((r, i) => {
    const at = ["rehearsals", i];
    if (r.storyKey !== undefined && !storyKeys.has(r.storyKey)) ctx.addIssue({ code: "custom", path: [...at, "storyKey"], message: `No story has the key "${r.storyKey}".` });
    if (r.roundKey !== undefined && !roundKeys.has(r.roundKey)) ctx.addIssue({ code: "custom", path: [...at, "roundKey"], message: `No round has the key "${r.roundKey}".` });
    if ((r.questionKey === undefined) === (r.questionId === undefined)) {
      ctx.addIssue({ code: "custom", path: [...at, "questionKey"], message: "A rehearsal names its question once: questionKey (one of this file's questions) or questionId (a shipped question)." });
    } else if (r.questionKey !== undefined && !questionKeys.has(r.questionKey)) {
      ctx.addIssue({ code: "custom", path: [...at, "questionKey"], message: `No question has the key "${r.questionKey}".` });
    }
  });
}

/** The whole backup: shape, limits and the rules between objects. */
export const backupSchema = backupShapeSchema.superRefine(checkReferences);
export type Backup = z.infer<typeof backupSchema>;
/** What export writes (and what a file may contain): optional fields may be left out. */
export type BackupInput = z.input<typeof backupSchema>;

export interface BackupIssue {
  /** JSON path of the bad field, e.g. `stories[3].principles[0].code`; "$" for the whole file. */
  path: string;
  message: string;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else {
      const name = String(part);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out || "$";
}

export const MAX_REPORTED_ISSUES = 100;

/** zod issues as { path, message }, one per unknown field, "required" spelled out, capped at MAX_REPORTED_ISSUES. */
export function backupIssues(error: z.ZodError): BackupIssue[] {
  const out: BackupIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ path: formatIssuePath([...issue.path, key]), message: `Unknown field "${key}".` });
    } else if (issue.code === "invalid_type" && "input" in issue && issue.input === undefined) {
      out.push({ path: formatIssuePath(issue.path), message: "This field is required." });
    } else {
      out.push({ path: formatIssuePath(issue.path), message: issue.message });
    }
  }
  if (out.length > MAX_REPORTED_ISSUES) {
    const more = out.length - MAX_REPORTED_ISSUES;
    return [...out.slice(0, MAX_REPORTED_ISSUES), { path: "$", message: `…and ${more} more problem${more === 1 ? "" : "s"}.` }];
  }
  return out;
}

/** Parses an already-decoded JSON value of any readable version into a version 2 backup. */
export function parseBackup(value: unknown): { ok: true; backup: Backup } | { ok: false; errors: BackupIssue[] } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;
    return { ok: false, errors: [{ path: "$", message: `A backup is a JSON object with "format": "${BACKUP_FORMAT}"; this file holds ${got}.` }] };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format === BACKUP_FORMAT && typeof version === "number" && version > BACKUP_VERSION) {
    return {
      ok: false,
      errors: [{ path: "version", message: `This backup was written by a newer StarLoop (version ${version}); this app reads versions ${READABLE_VERSIONS.join(" and ")}.` }],
    };
  }
  let doc: unknown = value;
  if (format === BACKUP_FORMAT && version === 1) {
    const v1 = backupV1ShapeSchema.safeParse(value, { reportInput: true });
    if (!v1.success) return { ok: false, errors: backupIssues(v1.error) };
    doc = upgradeV1(v1.data);
  }
  const result = backupSchema.safeParse(doc, { reportInput: true });
  if (!result.success) return { ok: false, errors: backupIssues(result.error) };
  return { ok: true, backup: result.data };
}
