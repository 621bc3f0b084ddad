// Text that cannot be stored — an unpaired surrogate ("\ud800", half an emoji) or a control character — is
// refused at the zod boundary with its path, never passed on to the database (where it became a 500).
import { createUser } from "../fixtures/test-db";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importBank } from "@/lib/server/import-bank";
import { unstorableCharacter } from "@/lib/domain/text";
import { signUpSchema } from "@/lib/validation/auth";
import { addCommentSchema } from "@/lib/validation/comment";
import { createLoopSchema, roundInputSchema } from "@/lib/validation/loop";
import { projectInputSchema } from "@/lib/validation/project";
import { questionInputSchema } from "@/lib/validation/question";
import { storyInputSchema } from "@/lib/validation/story";
import type { z } from "zod";
import { baseV2 } from "../fixtures/backup-docs";

describe("unstorableCharacter", () => {
  it("accepts any well-formed text, emoji, tabs and line breaks included", () => {
    for (const ok of ["", "plain", "中文 · émigré", "🚀 launch 👩🏽‍💻", "tab\tnew\nline\r\n"]) expect(unstorableCharacter(ok)).toBeNull();
  });
  it("names an unpaired surrogate, high or low, anywhere", () => {
    expect(unstorableCharacter("\ud800")).toBe("U+D800, an unpaired surrogate");
    expect(unstorableCharacter("ok \udc00 then")).toBe("U+DC00, an unpaired surrogate");
    expect(unstorableCharacter("🚀\ud83d")).toBe("U+D83D, an unpaired surrogate");
    expect(unstorableCharacter("\ude80🚀")).toBe("U+DE80, an unpaired surrogate");
  });
  it("names control characters other than tab and line breaks", () => {
    expect(unstorableCharacter("a\u0000b")).toBe("U+0000, a control character");
    expect(unstorableCharacter("\u001b[31m")).toBe("U+001B, a control character");
    expect(unstorableCharacter("\u007f")).toBe("U+007F, a control character");
  });
});

const BAD = "\ud800";

const forms: [string, z.ZodType, Record<string, unknown>, string[]][] = [
  ["story", storyInputSchema, { projectId: "p", title: "T", situation: "S", angles: ["scale"], metrics: [{ label: "m", unit: "%", after: 1 }] }, ["title", "situation", "task", "action", "result", "learnings", "projectId"]],
  ["project", projectInputSchema, { title: "T" }, ["title", "organization", "period", "context", "role", "scope"]],
  ["question", questionInputSchema, { text: "Q", principles: ["ownership"] }, ["text"]],
  ["loop", createLoopSchema, { company: "C", templateId: "blank" }, ["company", "role", "level", "date"]],
  ["round", roundInputSchema, { title: "R", kind: "phone", minutes: 30 }, ["title"]],
  ["comment", addCommentSchema, { storyId: "s", section: "general", body: "B" }, ["body", "storyId"]],
  ["sign-up", signUpSchema, { name: "N", email: "n@example.com", password: "long-enough-1" }, ["name", "password"]],
];

describe.each(forms)("the %s form", (_name, schema, valid, fields) => {
  it("takes the valid input", () => expect(schema.safeParse(valid).success).toBe(true));
  it.each(fields)("refuses an unpaired surrogate in %s, naming the field", (field) => {
    const result = schema.safeParse({ ...valid, [field]: `${String(valid[field] ?? "x")}${BAD}` });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join(".") === field);
    expect(issue?.message).toMatch(/cannot be stored \(U\+D800, an unpaired surrogate\)/);
  });
  it("refuses one inside a nested list too (angles, metric labels)", () => {
    if (schema !== storyInputSchema) return;
    const angle = schema.safeParse({ ...valid, angles: [`a${BAD}`] });
    expect(angle.error?.issues.map((i) => i.path.join("."))).toContain("angles.0");
    const label = schema.safeParse({ ...valid, metrics: [{ label: `m${BAD}`, after: 1 }] });
    expect(label.error?.issues.map((i) => i.path.join("."))).toContain("metrics.0.label");
  });
});

/** Every string in the document, with its JSON path as the API reports it and a setter. */
function stringLeaves(value: unknown, path = ""): { path: string; set: (doc: unknown, v: string) => void }[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const here = Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
    if (typeof v === "string") {
      const steps = here.match(/[^.[\]]+/g) ?? [];
      const set = (doc: unknown, next: string) => {
        let at = doc as Record<string, unknown>;
        for (const step of steps.slice(0, -1)) at = at[step] as Record<string, unknown>;
        at[steps[steps.length - 1]] = next;
      };
      return [{ path: here, set }];
    }
    return stringLeaves(v, here);
  });
}

describe("import", () => {
  const leaves = stringLeaves(baseV2()).filter((l) => l.path !== "format");

  it("covers every text field of every object", () => {
    expect(leaves.length).toBeGreaterThan(35);
    expect(leaves.map((l) => l.path)).toEqual(expect.arrayContaining(["questions[0].text", "loops[0].templateId", "stories[0].metrics[0].unit", "stories[0].angles[0]"]));
  });

  it("accepts the document as it is", async () => {
    expect(await importBank(await createUser("fine"), JSON.stringify(baseV2()), { dryRun: true })).toMatchObject({ ok: true });
  });

  it.each(leaves.map((l) => [l.path, l] as const))("refuses an unpaired surrogate in %s with 400 and that path, writing nothing", async (path, leaf) => {
    const doc = baseV2();
    leaf.set(doc, `x${BAD}`);
    const viewer = await createUser("odd");
    const body = JSON.stringify(doc);
    expect(body).toContain("\\ud800");
    const result = await importBank(viewer, body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.errors.map((e) => e.path)).toContain(path);
    expect(await db.project.count({ where: { userId: viewer.id } })).toBe(0);
  });
});
