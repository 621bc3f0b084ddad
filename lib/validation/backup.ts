// The star-bank v1 backup (docs/formats/star-bank.v1.schema.json, a copy of the contract's shared/formats file) as zod: the same shape and limits, plus the
// product's rules the JSON Schema cannot say (keys unique in the file and resolvable, ≤ 2 primary principles,
// assignments inside their round's focus). Import parses with this before anything is written.
import { z } from "zod";
import { PRINCIPLE_CODES, ROUND_KINDS, STORY_STATUSES, WEIGHTS } from "@/lib/domain/types";
import { requiredText, SECTION_MAX, text } from "./common";
import { MAX_ANGLES, MAX_METRICS, MAX_PRIMARY, metricInputSchema, principleCodeSchema } from "./story";
import { projectInputSchema } from "./project";
import { focusSchema, MAX_FOCUS, MAX_MINUTES, MAX_ROUNDS, MIN_MINUTES } from "./loop";

export const BACKUP_FORMAT = "star-bank";
export const BACKUP_VERSION = 1;
/** Largest backup import accepts, in bytes (checked on Content-Length, on the body read, and in the browser). */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
export const MAX_BACKUP_PROJECTS = 500;
export const MAX_BACKUP_STORIES = 2000;
export const MAX_BACKUP_LOOPS = 100;
/** A round has one slot per focus principle, so at most that many assignments. */
export const MAX_ROUND_ASSIGNMENTS = MAX_FOCUS;
export const DEFAULT_ROUND_MINUTES = 60;

export const KEY_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
export const keySchema = z
  .string({ error: "A key must be a string." })
  .regex(KEY_PATTERN, "A key is 1–64 letters, digits, '.', '_' or '-'.");

const uniqueBy = <T>(items: readonly T[], by: (t: T) => string) => new Set(items.map(by)).size === items.length;

const backupProjectSchema = z.strictObject({ key: keySchema, ...projectInputSchema.shape });

const backupPrincipleSchema = z.strictObject({ code: principleCodeSchema, weight: z.enum(WEIGHTS) });
const backupMetricSchema = z.strictObject(metricInputSchema.shape);

const rawAngle = z.string().trim().min(1, "An angle cannot be empty.").max(40, "An angle must be at most 40 characters.");

const backupStorySchema = z.strictObject({
  key: keySchema,
  projectKey: keySchema,
  title: requiredText("Title", 200),
  situation: text("Situation", SECTION_MAX),
  task: text("Task", SECTION_MAX),
  action: text("Action", SECTION_MAX),
  result: text("Result", SECTION_MAX),
  learnings: text("Learnings", SECTION_MAX).default(""),
  status: z.enum(STORY_STATUSES).default("draft"),
  angles: z
    .array(rawAngle)
    .max(MAX_ANGLES, `At most ${MAX_ANGLES} angles.`)
    .refine((a) => uniqueBy(a, (x) => x), "Each angle can appear once.")
    .transform((a) => [...new Set(a.map((s) => s.replace(/\s+/g, " ").toLowerCase()))])
    .default([]),
  principles: z
    .array(backupPrincipleSchema)
    .max(PRINCIPLE_CODES.length, `At most ${PRINCIPLE_CODES.length} principles.`)
    .refine((p) => uniqueBy(p, (x) => x.code), "Each principle can be tagged once.")
    .refine(
      (p) => p.filter((x) => x.weight === "primary").length <= MAX_PRIMARY,
      `At most ${MAX_PRIMARY} principles can be primary; mark the others secondary.`,
    )
    .default([]),
  metrics: z.array(backupMetricSchema).max(MAX_METRICS, `At most ${MAX_METRICS} metrics.`).default([]),
});

const backupAssignmentSchema = z.strictObject({
  principle: principleCodeSchema,
  storyKey: keySchema,
  backupStoryKey: keySchema.optional(),
});

const backupRoundSchema = z.strictObject({
  key: keySchema,
  title: requiredText("Round title", 120),
  kind: z.enum(ROUND_KINDS),
  minutes: z
    .number({ error: "Minutes must be a number." })
    .int("Minutes must be a whole number.")
    .min(MIN_MINUTES, `Minutes must be between ${MIN_MINUTES} and ${MAX_MINUTES}.`)
    .max(MAX_MINUTES, `Minutes must be between ${MIN_MINUTES} and ${MAX_MINUTES}.`)
    .default(DEFAULT_ROUND_MINUTES),
  focus: focusSchema.default([]),
  assignments: z
    .array(backupAssignmentSchema)
    .max(MAX_ROUND_ASSIGNMENTS, `A round has at most ${MAX_ROUND_ASSIGNMENTS} assignments.`)
    .default([]),
});

const backupLoopSchema = z.strictObject({
  key: keySchema,
  company: requiredText("Company", 120),
  role: text("Role", 120).default(""),
  level: text("Level", 20).default(""),
  date: text("Date", 40).default(""),
  rounds: z.array(backupRoundSchema).max(MAX_ROUNDS, `A loop has at most ${MAX_ROUNDS} rounds.`),
});

/** The document's shape and field limits (what the JSON Schema says), before cross-references are checked. */
export const backupShapeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `This is not a StarLoop backup: "format" must be "${BACKUP_FORMAT}".` }),
  version: z.literal(BACKUP_VERSION, {
    error: `This backup's version is not supported: this app reads version ${BACKUP_VERSION}.`,
  }),
  exportedAt: z.iso.datetime({ offset: true, error: "exportedAt must be a date-time such as 2026-12-01T09:30:00Z." }).optional(),
  projects: z.array(backupProjectSchema).max(MAX_BACKUP_PROJECTS, `At most ${MAX_BACKUP_PROJECTS} projects.`),
  stories: z.array(backupStorySchema).max(MAX_BACKUP_STORIES, `At most ${MAX_BACKUP_STORIES} stories.`),
  loops: z.array(backupLoopSchema).max(MAX_BACKUP_LOOPS, `At most ${MAX_BACKUP_LOOPS} loops.`).default([]),
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
  doc.loops.forEach((loop, i) => {
    claim(loop.key, ["loops", i, "key"]);
    loop.rounds.forEach((round, j) => {
      const at = ["loops", i, "rounds", j];
      claim(round.key, [...at, "key"]);
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

/** Parses an already-decoded JSON value; `reportInput` lets missing fields read "This field is required.". */
export function parseBackup(value: unknown): { ok: true; backup: Backup } | { ok: false; errors: BackupIssue[] } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;
    return { ok: false, errors: [{ path: "$", message: `A backup is a JSON object with "format": "${BACKUP_FORMAT}"; this file holds ${got}.` }] };
  }
  const result = backupSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { ok: false, errors: backupIssues(result.error) };
  return { ok: true, backup: result.data };
}
