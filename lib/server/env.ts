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
  /** Failed sign-ins one client may make for one email before each further try waits (lib/domain/throttle.ts). */
  AUTH_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  /** Failed sign-ins one client may make across every email before each further try waits. */
  AUTH_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().positive().default(20),
  /** Sign-in and sign-up requests allowed per client in one window, failed or not (many people can share an IP). */
  AUTH_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(100),
  AUTH_WINDOW_SECONDS: z.coerce.number().int().positive().default(15 * 60),
  /**
   * How many reverse proxies stand in front of the app, each appending to X-Forwarded-For. 0 (the default):
   * the client is the socket address and X-Forwarded-For is ignored, since any client can write it.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** "1" serves /fault-injection, a page that always fails, so tests can watch a server error end to end. */
  STARLOOP_FAULT_INJECTION: z.stringbool().default(false),
  /** "1" prints one "[query] <ms>" line to stderr per database query: `npm run bench` counts queries per request. */
  STARLOOP_QUERY_LOG: z.stringbool().default(false),
  /** With STARLOOP_QUERY_LOG: also print each query's SQL on a "[sql] …" line (finding what a page reads). */
  STARLOOP_QUERY_SQL: z.stringbool().default(false),
});

export const env = schema.parse(process.env);
export const isHttps = env.BETTER_AUTH_URL.startsWith("https://");
