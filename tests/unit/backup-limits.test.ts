// The largest bank the limits allow (tests/fixtures/largest-bank.ts) imports, exports and imports again, also as
// a dry run, so every export can be restored; the byte limit of an import sits above that export's size.
import { createUser } from "../fixtures/test-db";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { backupText, exportBank } from "@/lib/server/backup";
import { importBank } from "@/lib/server/import-bank";
import { MAX_BACKUP_BYTES } from "@/lib/validation/backup";
import { largestBackup } from "../fixtures/largest-bank";
import { BANK_LIMITS } from "@/lib/domain/limits";
import { countBank } from "@/lib/server/limits";

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const withoutExportedAt = <T extends { exportedAt?: string }>(doc: T) => ({ ...doc, exportedAt: undefined });

describe("the largest bank the limits allow", () => {
  it("exports within the import limit and re-imports, dry run and for real, into a fresh account", { timeout: 600_000 }, async () => {
    const file = backupText(largestBackup() as Parameters<typeof backupText>[0]);
    const owner = await createUser("largest");
    const created = { projects: 500, stories: 2000, questions: 1000, loops: 100 };
    const full = { ...BANK_LIMITS };
    expect(await importBank(owner, file, { dryRun: true })).toMatchObject({ ok: true, created });
    expect(await importBank(owner, file)).toMatchObject({ ok: true, created });

    const exported = await exportBank(owner);
    const text = backupText(exported);
    const bytes = Buffer.byteLength(text);
    console.log(`largest bank: hand-written file ${mb(Buffer.byteLength(file))}, its export ${mb(bytes)}, import limit ${mb(MAX_BACKUP_BYTES)}`);
    expect(bytes).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    // The limit is measured, not guessed: no more than a quarter above the largest export.
    expect(MAX_BACKUP_BYTES).toBeLessThan(bytes * 1.25);

    const fresh = await createUser("restored");
    expect(await importBank(fresh, text, { dryRun: true })).toMatchObject({ ok: true, dryRun: true, created });
    expect(await importBank(fresh, text)).toMatchObject({ ok: true, dryRun: false, created });
    expect(withoutExportedAt(await exportBank(fresh))).toEqual(withoutExportedAt(exported));
    expect(await countBank(fresh.id)).toEqual(full);

    // A full bank takes nothing more: the same file again is refused, naming each list, and nothing is written.
    const stories = await db.story.count({ where: { userId: fresh.id } });
    const again = await importBank(fresh, text);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.map((e) => e.path)).toEqual(["projects", "stories", "loops", "questions", "rehearsals", "stories", "deepDives"]);
    expect(await db.story.count({ where: { userId: fresh.id } })).toBe(stories);
  });
});
