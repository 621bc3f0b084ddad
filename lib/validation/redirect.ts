// Where sign-in and sign-up go afterwards: only ever a path on this site (no open redirect through ?next=).
// Decided on the URL as a browser would parse it, never by string prefixes, and re-serialised from that
// parse, so what goes into the Location header is percent-encoded ASCII with no control characters.

const BASE = "http://base.invalid";
const NEXT_MAX = 500;

/** A same-origin path (with its query and fragment, percent-encoded), or null for anything else. */
export function safeNext(value: unknown): string | null {
  if (typeof value !== "string" || value.length > NEXT_MAX || !value.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" parses to the pathname "//evil.example", which a browser reads as another host.
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  return path;
}

/** The sign-in address that comes back to `next` (a same-site path) afterwards. */
export function signInPath(next: string): string {
  return `/sign-in?${new URLSearchParams({ next })}`;
}
