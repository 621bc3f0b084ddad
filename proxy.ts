// Request proxy (Next.js 16's middleware): sends signed-out visitors of private pages to sign-in
// with a way back. A convenience only: every page and action checks the session itself.
import { NextResponse, type NextRequest } from "next/server";

const PRIVATE = ["/stories", "/projects", "/loops", "/matrix", "/questions", "/mentors", "/backup"];
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPrivate = PRIVATE.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isPrivate && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
