// Request proxy (Next.js 16's middleware), on every request:
// - security headers on every response; pages get a per-request CSP nonce (see lib/server/security.ts);
// - every route learns the client's address in x-starloop-client (lib/server/client-address.ts);
// - signed-out visitors of private pages go to sign-in with a way back. A convenience only: every
//   page and action checks the session itself;
// - while the database is down (lib/server/db-availability.ts), page loads and API reads get a 503 at once.
import { NextResponse, type NextRequest } from "next/server";
import { CLIENT_HEADER, clientAddress } from "@/lib/server/client-address";
import { databaseIsDown, unavailableResponse } from "@/lib/server/db-availability";
import { API_POLICY, applySecurityHeaders, createNonce, pagePolicy, securityContext } from "@/lib/server/security";
import { safeNext } from "@/lib/validation/redirect";

const PRIVATE = ["/stories", "/projects", "/loops", "/matrix", "/questions", "/mentors", "/backup"];
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const context = securityContext();

  // A path with broken percent-encoding (e.g. /stories/%E0%A4%A) cannot be decoded into route params;
  // answer 400 here rather than let the router fail with a server error.
  if (!isDecodable(pathname)) {
    const response = new NextResponse("Bad request: this address is not valid. Check the link and try again.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
    return applySecurityHeaders(response, API_POLICY, context.https);
  }

  // Reads answer 503 while the database is down; writes (server actions, API posts) reach their handlers,
  // which answer the same in their own shape. /api/health always runs: it reports the outage and probes.
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (isRead && databaseIsDown() && !pathname.startsWith("/_next/") && pathname !== "/api/health") {
    const isApi = pathname.startsWith("/api/");
    return applySecurityHeaders(unavailableResponse(isApi ? "api" : "page"), API_POLICY, context.https);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(CLIENT_HEADER, clientAddress(request.headers));

  // Route handlers and build assets: no scripts to allow, so no nonce (static files stay cacheable).
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/")) {
    return applySecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), API_POLICY, context.https);
  }

  const nonce = createNonce();
  const csp = pagePolicy(nonce, context);

  const isPrivate = PRIVATE.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  // Only page loads are redirected: a server action (POST) must reach its own session check,
  // which answers with a message the page can show instead of a redirect it cannot follow.
  const isPageLoad = request.method === "GET" || request.method === "HEAD";
  if (isPrivate && isPageLoad && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(safeNext(pathname + search) ?? "/stories")}`;
    return applySecurityHeaders(NextResponse.redirect(url), csp, context.https);
  }

  // Next.js takes the nonce from the request's CSP header and puts it on the scripts it renders.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return applySecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, context.https);
}

export const config = {
  // Every request, build assets included (they get nosniff too), except POST /api/import: Next.js buffers the
  // body of every request the proxy sees and cuts it at 10 MB, while a backup may be up to MAX_BACKUP_BYTES.
  // That route sets the same headers itself (app/api/import/route.ts).
  matcher: ["/((?!api/import(?:/|$)).*)"],
};
