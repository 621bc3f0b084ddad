// Owns how a loop is named and dated in words: "Amazon — Data Scientist (L5)" everywhere (list, page, print,
// PDF, Markdown), and "in 7 days" / "today" / "3 days ago" beside a date (Intl.RelativeTimeFormat, built in).

/** "Company — Role (Level)", leaving out what is empty. */
export function loopTitle(loop: { company: string; role: string; level: string }): string {
  const name = [loop.company.trim(), loop.role.trim()].filter(Boolean).join(" — ");
  return loop.level.trim() ? `${name} (${loop.level.trim()})` : name;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from `today` to `date` (both YYYY-MM-DD), or null when `date` is not a calendar day (free text, empty). */
export function daysUntil(date: string, today: string): number | null {
  const parse = (s: string) => {
    const m = ISO_DAY.exec(s.trim());
    if (!m) return null;
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const d = new Date(t);
    // Refuse impossible days such as 2026-02-31 (Date.UTC would roll them over).
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? t : null;
  };
  const [a, b] = [parse(date), parse(today)];
  return a === null || b === null ? null : Math.round((a - b) / 86_400_000);
}

const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "today", "tomorrow", "in 7 days", "3 days ago"; null when the date is not a calendar day. */
export function relativeDay(date: string, today: string): string | null {
  const days = daysUntil(date, today);
  return days === null ? null : RELATIVE.format(days, "day");
}
