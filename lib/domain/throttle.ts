// How failed sign-ins slow a client down: a few free tries, then every further failure doubles the wait
// before the next try, up to a cap; the count is forgotten after a quiet spell. Counted per (email,
// client) and per client, never per email alone, so someone failing on purpose slows only their own
// client and the account's owner, signing in from anywhere else, is never shut out.

export interface ThrottlePolicy {
  /** Failures allowed before any wait. */
  free: number;
  /** The wait after the first failure past the free ones; each further failure doubles it. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A count this long after its last failure starts again from zero. */
  forgetAfterSeconds: number;
}

export const THROTTLE_FIRST_DELAY_SECONDS = 30;
export const THROTTLE_MAX_DELAY_SECONDS = 15 * 60;
export const THROTTLE_FORGET_AFTER_SECONDS = 60 * 60;

export function throttlePolicy(free: number): ThrottlePolicy {
  return {
    free,
    firstDelaySeconds: THROTTLE_FIRST_DELAY_SECONDS,
    maxDelaySeconds: THROTTLE_MAX_DELAY_SECONDS,
    forgetAfterSeconds: THROTTLE_FORGET_AFTER_SECONDS,
  };
}

/** Seconds to wait after the last of `failures` failures before the next try (0: try now). */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.free) return 0;
  const doublings = Math.min(failures - policy.free, 30);
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** doublings);
}

/** "Too many attempts…" in words a person can act on. */
export function tooManyAttemptsMessage(waitSeconds: number): string {
  const wait = waitSeconds < 60 ? `${waitSeconds} second${waitSeconds === 1 ? "" : "s"}` : `${Math.ceil(waitSeconds / 60)} minute${Math.ceil(waitSeconds / 60) === 1 ? "" : "s"}`;
  return `Too many attempts. Try again in ${wait}.`;
}
