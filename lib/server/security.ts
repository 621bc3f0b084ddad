// Security headers, set by proxy.ts on every response: pages get a Content-Security-Policy whose
// only inline scripts are those carrying this request's nonce (Next.js reads the nonce back from the
// request's CSP header and puts it on its own scripts); everything else gets a CSP that forbids framing.
// No "server-only" import: the proxy bundle does not resolve the react-server condition.
import { isHttps } from "./env";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
};

/** Sent only when the app is served over HTTPS (BETTER_AUTH_URL starts with https://). */
export const HSTS = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: unguessable and new for every request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for HTML pages. Scripts: only with the nonce (and what those scripts load, via
 * 'strict-dynamic'); React's development build needs eval, so 'unsafe-eval' is added in development
 * only. Styles allow inline attributes (server-rendered style="width: …%" bars); a style cannot run code.
 */
export function pagePolicy(nonce: string, opts: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "media-src 'self' blob:", // "Hear yourself" plays the browser's own recording back from a blob: URL
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** For API responses (JSON, PDF, Markdown): nothing runs in them; they may not be framed. */
export const API_POLICY = "frame-ancestors 'none'";

/** Sets the CSP and the other security headers on a response (the proxy's, and the routes it does not see). */
export function applySecurityHeaders<R extends { headers: Headers }>(response: R, csp: string, https: boolean): R {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export function securityContext(env: { NODE_ENV?: string } = process.env) {
  return { dev: env.NODE_ENV === "development", https: isHttps };
}
