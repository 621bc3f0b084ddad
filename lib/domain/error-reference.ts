// The reference a person quotes for a failed page: the digest Next.js stamps on a server error, shown
// on the error screen and written to the server log. Errors thrown in the browser carry none.
export function errorReference(error: unknown): string | null {
  const digest = typeof error === "object" && error !== null && "digest" in error ? (error as { digest: unknown }).digest : null;
  return typeof digest === "string" && digest.length > 0 ? digest : null;
}
