// "Hear yourself" with Chromium's fake microphone: record while the timer runs, play it back, delete it (IndexedDB
// only, never uploaded); with the microphone denied one sentence says so and the drill still saves.
import { expect, test, type Page } from "@playwright/test";
import config from "../../playwright.config";
import { signUp } from "./helpers";
import { practiceBank } from "./practice-bank";

// The project's launch options (Debian's Chromium and its flags), plus the fake-media flags.
const base = config.use?.launchOptions ?? {};
const baseArgs = base.args ?? [];

async function startDrill(page: Page) {
  await signUp(page);
  expect((await page.request.post("/api/import", { data: practiceBank() })).status()).toBe(200);
  await page.goto("/practice?scope=next-loop");
  await page.getByRole("radio", { name: /Orphaned payout job/ }).check();
}

async function rateAllAndSave(page: Page) {
  for (const key of ["3", "3", "4", "4"]) await page.keyboard.press(key);
  await page.getByRole("button", { name: "Save rehearsal" }).click();
  await expect(page.getByText("Rehearsal saved. Next question:")).toBeVisible();
}

async function storedRecordings(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open("starloop-recordings", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("recordings", { keyPath: "id" });
        req.onsuccess = () => {
          const count = req.result.transaction("recordings").objectStore("recordings").count();
          count.onsuccess = () => { resolve(count.result); req.result.close(); };
          count.onerror = () => reject(count.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

// The file's browser has a fake microphone and answers its prompt with yes (launch options are per worker).
test.use({
  launchOptions: { ...base, args: [...baseArgs, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"] },
  permissions: ["microphone"],
});

test.describe("with a fake microphone", () => {
  test("records while the timer runs, plays back, deletes; nothing is uploaded", async ({ page }) => {
    const uploads: string[] = [];
    page.on("request", (r) => { if (r.method() === "POST" && (r.postDataBuffer()?.length ?? 0) > 5_000) uploads.push(r.url()); });
    await startDrill(page);
    await page.getByLabel(/Record my answer while the timer runs/).check();
    await expect(page.getByText("Microphone ready: recording starts with the timer.")).toBeVisible();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByText("Recording…")).toBeVisible();
    await page.waitForTimeout(1_500);
    await page.getByRole("button", { name: "Stop" }).click();

    const audio = page.getByLabel("Your recorded answer");
    await expect(audio).toBeVisible();
    expect(await storedRecordings(page)).toBe(1);
    // Play it back: the element has a real duration and advances.
    await audio.evaluate(async (el: HTMLAudioElement) => { el.muted = true; await el.play(); });
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime > 0 || el.ended)).toBe(true);

    await page.getByRole("button", { name: "Delete recording" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await expect(audio).toHaveCount(0);
    expect(await storedRecordings(page)).toBe(0);

    await rateAllAndSave(page);
    expect(uploads).toEqual([]);
  });
});

test.describe("with the microphone denied", () => {
  test("one sentence says so and the drill still saves", async ({ playwright, baseURL }) => {
    // Headless Chromium grants the fake device whatever the permission settings say (checked: a CDP "denied"
    // permission and --deny-permission-prompts both still gave a stream), so the refusal is the browser's answer
    // to getUserMedia, as Chromium gives it when a person blocks the microphone: NotAllowedError.
    const browser = await playwright.chromium.launch({ ...base, args: baseArgs });
    const context = await browser.newContext({ baseURL });
    await context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
    });
    const page = await context.newPage();
    await startDrill(page);
    await page.getByLabel(/Record my answer while the timer runs/).click(); // it unticks itself: nothing to record with
    await expect(page.getByText("The microphone is not available (permission denied or no device), so this drill goes on without a recording.")).toBeVisible();
    await page.getByRole("button", { name: "Start" }).click();
    await page.waitForTimeout(1_100);
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByLabel(/Record my answer while the timer runs/)).not.toBeChecked();
    await rateAllAndSave(page);
    await browser.close();
  });

  test("a browser without MediaRecorder gets one sentence and the drill goes on", async ({ page }) => {
    await page.addInitScript(() => { delete (window as { MediaRecorder?: unknown }).MediaRecorder; });
    await startDrill(page);
    await page.getByLabel(/Record my answer while the timer runs/).click(); // it unticks itself: nothing to record with
    await expect(page.getByText("This browser cannot record audio, so this drill goes on without a recording.")).toBeVisible();
    await page.getByRole("button", { name: "Start" }).click();
    await page.waitForTimeout(1_100);
    await page.getByRole("button", { name: "Stop" }).click();
    await rateAllAndSave(page);
  });
});
