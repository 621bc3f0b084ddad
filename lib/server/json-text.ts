// The one home of JSON-in-text columns: Question.principles and Round.focus hold a JSON array of principle
// codes in a TEXT column, the same on SQLite and PostgreSQL (one data model, so no jsonb on one engine only).
// Every read and write of those columns goes through here; nothing else calls JSON.parse/JSON.stringify on a column.
import type { PrincipleCode } from "@/lib/domain/types";
import { isPrincipleCode } from "@/lib/domain/principles";

/** A list of principle codes as the column stores it. */
export function encodePrinciples(codes: readonly PrincipleCode[]): string {
  return JSON.stringify(codes);
}

/** What a column holds, read defensively: unreadable text or unknown codes count as absent rather than breaking a page. */
export function decodePrinciples(text: string, max = Infinity): PrincipleCode[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter(isPrincipleCode))].slice(0, max);
}
