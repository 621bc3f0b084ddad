// Backups over HTTP, as a candidate restoring a big bank would send them: a file past the proxy's 10 MB body
// buffer imports whole; a body over the import limit is refused with 413 before it is read (declared by
// Content-Length, or streamed without one); an unpaired surrogate gets 400 with its JSON path; nothing is written.
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { MAX_BACKUP_BYTES } from "../../lib/validation/backup";
import { signUp } from "./helpers";

const MB = 1024 * 1024;

function bigBackup(stories: number) {
  const section = "中".repeat(5000);
  return {
    format: "star-bank",
    version: 2,
    projects: [{ key: "p", title: "Warehouse robotics" }],
    stories: Array.from({ length: stories }, (_, i) => ({
      key: `s${i}`,
      projectKey: "p",
      title: `Story ${i}`,
      situation: section,
      task: section,
      action: section,
      result: section,
      learnings: section,
    })),
  };
}

interface RawAnswer {
  status: number;
  body: string;
  sent: number;
}

/** POSTs to /api/import with Node's http client: `declared` sets Content-Length, then `chunks` are written until the server answers. */
function rawImport(baseURL: string, cookie: string, opts: { declared?: number; chunk: Buffer; chunks: number }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "content-type": "application/json", cookie, origin: baseURL };
    if (opts.declared !== undefined) headers["content-length"] = String(opts.declared);
    const req = http.request(new URL("/api/import", baseURL), { method: "POST", headers });
    let sent = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, sent });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < opts.chunks) {
        sent++;
        if (!req.write(opts.chunk)) return void req.once("drain", pump);
      }
      if (!answered && opts.declared === undefined) req.end();
    };
    pump();
  });
}

async function storyCount(page: Page): Promise<number> {
  const exported = await page.request.get("/api/export");
  expect(exported.status()).toBe(200);
  return ((await exported.json()) as { stories: unknown[] }).stories.length;
}

test("a backup past 10 MB imports whole, one over the limit gets 413 unread, odd text gets 400 with its path", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signUp(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const origin = String(baseURL);

  const big = JSON.stringify(bigBackup(160));
  expect(Buffer.byteLength(big)).toBeGreaterThan(11 * MB);
  const imported = await page.request.post("/api/import", { data: big, headers: { "content-type": "application/json" } });
  expect(imported.status(), await imported.text()).toBe(200);
  expect(await imported.json()).toMatchObject({ created: { projects: 1, stories: 160 } });
  expect(await storyCount(page)).toBe(160);

  // Declared over the limit: answered at once, after a single 64 kB chunk of the body.
  const declared = await rawImport(origin, cookie, { declared: MAX_BACKUP_BYTES + 1, chunk: Buffer.alloc(64 * 1024, 0x20), chunks: 1 });
  expect(declared.status).toBe(413);
  expect(JSON.parse(declared.body).errors[0].message).toMatch(`at most ${MAX_BACKUP_BYTES / MB} MB`);

  // Streamed without a length: the server stops reading just past the limit and answers 413.
  const chunk = Buffer.alloc(MB, 0x20);
  const streamed = await rawImport(origin, cookie, { chunk, chunks: MAX_BACKUP_BYTES / MB + 64 });
  expect(streamed.status).toBe(413);
  expect(JSON.parse(streamed.body).errors[0].message).toMatch(`too large: a backup can be at most ${MAX_BACKUP_BYTES / MB} MB`);
  expect(streamed.sent).toBeLessThan(MAX_BACKUP_BYTES / MB + 64);

  // An unpaired surrogate (escaped in the JSON text, as JSON.stringify writes one).
  const odd = JSON.stringify({ ...bigBackup(1), stories: [{ ...bigBackup(1).stories[0], title: "Half an emoji \ud83d" }] });
  expect(odd).toContain("\\ud83d");
  const refused = await page.request.post("/api/import", { data: odd, headers: { "content-type": "application/json" } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).errors).toContainEqual({
    path: "stories[0].title",
    message: "Title contains a character that cannot be stored (U+D83D, an unpaired surrogate). Remove it and try again.",
  });

  expect(await storyCount(page)).toBe(160);
  // The route sets the security headers itself (the proxy does not run there).
  expect(refused.headers()["x-content-type-options"]).toBe("nosniff");
  expect(refused.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});
