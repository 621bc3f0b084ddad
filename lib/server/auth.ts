// Accounts: better-auth (email + password, scrypt hashes, httpOnly SameSite=Lax session cookie)
// on the Prisma adapter, with sign-in attempts limited per email and per IP.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { authProvider, db } from "./db";
import { env, isHttps } from "./env";
import { takeAttempt } from "./rate-limit";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth";

export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || "local";
}

export const auth = betterAuth({
  appName: "StarLoop",
  baseURL: env.BETTER_AUTH_URL,
  secret: env.BETTER_AUTH_SECRET,
  database: prismaAdapter(db, { provider: authProvider }),
  emailAndPassword: {
    enabled: true,
    autoSignIn: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
  },
  session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  advanced: {
    useSecureCookies: isHttps,
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: isHttps },
  },
  // better-auth's own per-IP limiter guards its HTTP endpoints; our per-email+IP counter is below.
  rateLimit: { enabled: env.NODE_ENV === "production", window: 60, max: 100 },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email" && ctx.path !== "/sign-up/email") return;
      const body = (ctx.body ?? {}) as { email?: unknown };
      const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
      const ip = clientIp(ctx.headers);
      const limits = [{ key: `ip:${ip}`, max: env.AUTH_MAX_ATTEMPTS_PER_IP, windowSeconds: env.AUTH_WINDOW_SECONDS }];
      if (ctx.path === "/sign-in/email" && email) {
        limits.push({ key: `email:${email}`, max: env.AUTH_MAX_ATTEMPTS, windowSeconds: env.AUTH_WINDOW_SECONDS });
      }
      const wait = await takeAttempt(limits);
      if (wait !== null) {
        throw new APIError("TOO_MANY_REQUESTS", {
          code: "TOO_MANY_ATTEMPTS",
          message: `Too many attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        });
      }
    }),
  },
  plugins: [nextCookies()],
});
