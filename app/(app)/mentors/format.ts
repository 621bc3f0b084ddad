// Dates on the mentor pages, formatted the same on the server and in the browser (UTC).
const dateOnly = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDay(d: Date | string): string {
  return dateOnly.format(typeof d === "string" ? new Date(d) : d);
}
