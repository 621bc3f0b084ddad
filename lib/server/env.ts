// The one place that reads process.env: validated once, with the embedded defaults.
import { z } from "zod";
import { DatabaseUrlError, DEFAULT_DATABASE_URL, parseDatabaseUrl } from "./engine";

const schema = z.object({
  /** file:… (SQLite, the default) or postgresql://… (PostgreSQL): lib/server/engine.ts reads which. */
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .superRefine((url, ctx) => {
      try {
        parseDatabaseUrl(url);
      } catch (error) {
        if (error instanceof DatabaseUrlError) ctx.addIssue({ code: "custom", message: error.message });
        else throw error;
      }
    }),
  /** PostgreSQL connections per app instance (instances × this must stay under the server's max_connections). */
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  BETTER_AUTH_SECRET: z.string().min(16).default("starloop-development-secret-change-me"),
  BETTER_AUTH_URL: z.url().default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Sign-in attempts allowed per email in one window. */
  AUTH_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  /** Sign-in and sign-up attempts allowed per IP in one window (many people can share an IP). */
  AUTH_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(100),
  AUTH_WINDOW_SECONDS: z.coerce.number().int().positive().default(15 * 60),
  /** "1" serves /fault-injection, a page that always fails, so tests can watch a server error end to end. */
  STARLOOP_FAULT_INJECTION: z.stringbool().default(false),
});

export const env = schema.parse(process.env);
export const isHttps = env.BETTER_AUTH_URL.startsWith("https://");
