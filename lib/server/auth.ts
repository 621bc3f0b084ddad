// Accounts: better-auth (email + password, scrypt hashes, httpOnly SameSite=Lax session cookie) on the
// Prisma adapter. Every way in (the forms' server actions and the HTTP API alike) passes the same zod
// schemas as the forms and the sign-in limits of sign-in-limits.ts, in the hooks below.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { authProvider, db } from "./db";
import { env, isHttps } from "./env";
import { CLIENT_HEADER, clientAddress } from "./client-address";
import { admitAuthRequest, admitSignIn, signInSucceeded, type Refusal } from "./sign-in-limits";
import { fieldErrors } from "@/lib/validation/common";
import { PASSWORD_MAX, PASSWORD_MIN, signInSchema, signUpSchema } from "@/lib/validation/auth";

const SCHEMAS = { "/sign-up/email": signUpSchema, "/sign-in/email": signInSchema } as const;
const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];

/**
 * When the app's URL is a loopback one (npm start prints http://localhost:3000), the same port under the
 * other loopback names is the same app: a browser opened at http://127.0.0.1:3000 may sign in too.
 */
export function loopbackOrigins(baseURL: string): string[] {
  const url = new URL(baseURL);
  if (!LOOPBACK.includes(url.hostname)) return [];
  return LOOPBACK.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
}

function refuse(refusal: NonNullable<Refusal>): never {
  throw new APIError("TOO_MANY_REQUESTS", { code: "TOO_MANY_ATTEMPTS", message: refusal.message }, { "Retry-After": String(refusal.waitSeconds) });
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
    // The client's address as proxy.ts worked it out (never X-Forwarded-For as the client wrote it).
    ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
  },
  trustedOrigins: loopbackOrigins(env.BETTER_AUTH_URL),
  // better-auth's own per-IP limiter (process memory) guards its other HTTP endpoints; sign-in and sign-up
  // are limited in the database by the hooks below instead (its 3 per 10 s would ignore who failed).
  rateLimit: {
    enabled: env.NODE_ENV === "production",
    window: 60,
    max: 100,
    customRules: { "/sign-in/email": false, "/sign-up/email": false },
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      const schema = ctx.path === "/sign-up/email" || ctx.path === "/sign-in/email" ? SCHEMAS[ctx.path] : null;
      if (!schema) return;
      const parsed = schema.safeParse(ctx.body ?? {});
      if (!parsed.success) {
        throw new APIError("BAD_REQUEST", {
          code: "VALIDATION_ERROR",
          message: parsed.error.issues[0]?.message ?? "Please fix the highlighted fields.",
          errors: fieldErrors(parsed.error),
        });
      }
      const client = clientAddress(ctx.headers);
      const busy = await admitAuthRequest(client);
      if (busy) refuse(busy);
      if (ctx.path === "/sign-in/email") {
        const wait = await admitSignIn(parsed.data.email, client);
        if (wait) refuse(wait);
      }
      // The endpoint goes on with what the schema made of the input (trimmed name, lower-cased email).
      return { context: { body: { ...(ctx.body as object), ...parsed.data } } };
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email" || isAPIError(ctx.context.returned)) return;
      const email = (ctx.body as { email: string }).email;
      await signInSucceeded(email, clientAddress(ctx.headers));
    }),
  },
  plugins: [nextCookies()],
});
