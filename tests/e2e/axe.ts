// axe-core on a page at WCAG 2.1 A/AA plus axe's best practices; a failure names every violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
/** WCAG 2.5.3 (Label in Name) is still "experimental" in axe, so off unless asked for: asked for. */
const EXTRA_RULES = { "label-content-name-mismatch": { enabled: true } };

/** Scans the page as it is now (open dialogs and menus included) and expects no violation. */
export async function expectNoViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ rules: EXTRA_RULES }).analyze();
  const lines = violations.flatMap((v) =>
    v.nodes.map((n) => `  ${v.id} (${v.impact ?? "?"}) at ${n.target.join(" ")}: ${v.help}\n    ${v.helpUrl}`),
  );
  if (lines.length) console.log(`axe: ${label}: ${lines.length} violation(s)\n${lines.join("\n")}`);
  expect(lines, `axe violations on ${label}`).toEqual([]);
}
