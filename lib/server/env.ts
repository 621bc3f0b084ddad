// The one place that reads process.env: validated once, with the embedded defaults.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./data/starloop.db"),
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
