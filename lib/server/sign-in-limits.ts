// The sign-in and sign-up throttling policy, over the counters of rate-limit.ts (hooked into better-auth
// in auth.ts, so the forms and the HTTP API are limited alike):
// - every sign-in or sign-up request counts against a per-client cap (AUTH_MAX_ATTEMPTS_PER_IP per window);
// - a failed sign-in counts against (email, client) and against the client; past their free tries each
//   further failure doubles the wait (lib/domain/throttle.ts). Nothing counts against an email alone, so
//   failures on purpose from one client never keep the owner out from another.
// A successful sign-in forgets its (email, client) failures.
import "server-only";
import { throttlePolicy, tooManyAttemptsMessage } from "@/lib/domain/throttle";
import { env } from "./env";
import { forgiveFailure, takeAttempt, takeTry, type Throttle } from "./rate-limit";

function signInThrottles(email: string, client: string): Throttle[] {
  return [
    { key: `sign-in:${email}|${client}`, policy: throttlePolicy(env.AUTH_MAX_ATTEMPTS) },
    { key: `sign-in-client:${client}`, policy: throttlePolicy(env.AUTH_MAX_FAILURES_PER_CLIENT) },
  ];
}

/** Why a request must wait, or null when it may go ahead. */
export type Refusal = { waitSeconds: number; message: string } | null;

const refusal = (wait: number | null): Refusal => (wait === null ? null : { waitSeconds: wait, message: tooManyAttemptsMessage(wait) });

/** Counts one sign-in or sign-up request from `client` against its cap. */
export async function admitAuthRequest(client: string, now = new Date()): Promise<Refusal> {
  return refusal(await takeAttempt([{ key: `ip:${client}`, max: env.AUTH_MAX_ATTEMPTS_PER_IP, windowSeconds: env.AUTH_WINDOW_SECONDS }], now));
}

/** Before the password is checked: refuses while this client must wait, else counts the try as a failure. */
export async function admitSignIn(email: string, client: string, now = new Date()): Promise<Refusal> {
  return refusal(await takeTry(signInThrottles(email, client), now));
}

/** After the password matched: the try was no failure. */
export async function signInSucceeded(email: string, client: string): Promise<void> {
  const [pair, perClient] = signInThrottles(email, client);
  await forgiveFailure([pair.key], [perClient.key]);
}
