// Clear errors where a person can land: an unknown address says so and offers a way on; a server error
// shows a short reference, never the error or its stack, and the same reference is in the server log.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SERVER_LOG } from "./helpers";

test("an unknown address: 404, says what happened, links to the stories and the home page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(/This page does not exist, or it is not shared with you/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your stories" })).toHaveAttribute("href", "/stories");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a server error: the page shows a reference and a retry, and the server log has the same reference", async ({ page }) => {
  const response = await page.goto("/fault-injection");
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
  await expect(page.getByText(/Nothing you saved is lost/)).toBeVisible();
  const referenceLine = page.getByText(/^Reference:/);
  await expect(referenceLine).toBeVisible();
  const reference = (await referenceLine.locator("code").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^\w{4,}$/);

  const body = (await page.locator("body").innerText()) ?? "";
  expect(body).not.toContain("Injected fault"); // the error's message stays on the server
  expect(body).not.toMatch(/\bat \S+ \(/); // no stack frame

  await expect
    .poll(() => readFileSync(SERVER_LOG, "utf8").split("\n").find((line) => line.includes(`reference=${reference}`)) ?? "")
    .toMatch(/route=\/fault-injection type=render GET: Error: Injected fault/);

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible(); // still failing, still explained
});
