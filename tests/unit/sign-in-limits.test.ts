// Sign-in throttling against a real SQLite file: an attacker failing on purpose from one client is slowed
// and then blocked, while the account's owner signs in from another client; the waits grow; the client is
// the socket address unless TRUSTED_PROXY_HOPS says proxies are in front.
import "../fixtures/test-db";
import { describe, expect, it } from "vitest";
import { delayAfter, throttlePolicy, tooManyAttemptsMessage } from "@/lib/domain/throttle";
import { clientAddress } from "@/lib/server/client-address";
import { db } from "@/lib/server/db";
import { admitAuthRequest, admitSignIn, signInSucceeded } from "@/lib/server/sign-in-limits";

const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
let n = 0;
const email = () => `owner-${++n}@example.com`;

describe("delayAfter", () => {
  const policy = throttlePolicy(5);
  it("lets the free failures through, then doubles the wait up to the cap", () => {
    expect([0, 1, 4].map((f) => delayAfter(f, policy))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 50].map((f) => delayAfter(f, policy))).toEqual([30, 60, 120, 240, 480, 900, 900]);
  });
  it("says how long to wait in words", () => {
    expect(tooManyAttemptsMessage(30)).toBe("Too many attempts. Try again in 30 seconds.");
    expect(tooManyAttemptsMessage(61)).toBe("Too many attempts. Try again in 2 minutes.");
  });
});

describe("an attacker failing on purpose", () => {
  it("slows only their own client; the owner signs in from another", async () => {
    const owner = email();
    const t0 = new Date();
    // Five free tries (each counted as a failure up front: none succeeds), then the sixth waits.
    for (let i = 0; i < 5; i++) expect(await admitSignIn(owner, "203.0.113.9", at(t0, i))).toBeNull();
    const refused = await admitSignIn(owner, "203.0.113.9", at(t0, 5));
    expect(refused?.message).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
    // Eleven and more wrong passwords, each as soon as the last wait ends: the waits grow.
    let now = at(t0, 5);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const wait = (await admitSignIn(owner, "203.0.113.9", now))?.waitSeconds ?? 0;
      waits.push(wait);
      now = at(now, wait);
      expect(await admitSignIn(owner, "203.0.113.9", now)).toBeNull();
    }
    // (the first is measured one second after the fifth failure)
    expect(waits.slice(0, 5)).toEqual([29, 60, 120, 240, 480]);
    expect(await admitSignIn(owner, "203.0.113.9", now)).not.toBeNull();

    // Meanwhile the owner, from home: admitted at once, and a success forgets their own count.
    expect(await admitSignIn(owner, "198.51.100.7", now)).toBeNull();
    await signInSucceeded(owner, "198.51.100.7");
    expect(await db.authAttempt.findUnique({ where: { key: `sign-in:${owner}|198.51.100.7` } })).toBeNull();
    // The attacker is still waiting.
    expect(await admitSignIn(owner, "203.0.113.9", at(now, 1))).not.toBeNull();
  });

  it("spraying many emails from one client trips the per-client throttle, for that client only", async () => {
    const t0 = new Date();
    for (let i = 0; i < 20; i++) expect(await admitSignIn(email(), "203.0.113.50", at(t0, i))).toBeNull();
    expect(await admitSignIn(email(), "203.0.113.50", at(t0, 20))).not.toBeNull();
    expect(await admitSignIn(email(), "203.0.113.51", at(t0, 20))).toBeNull();
  });

  it("successful sign-ins do not add up against a shared client", async () => {
    const t0 = new Date();
    for (let i = 0; i < 40; i++) {
      const person = email();
      expect(await admitSignIn(person, "192.0.2.1", at(t0, i))).toBeNull();
      await signInSucceeded(person, "192.0.2.1");
    }
  });

  it("is forgotten after an hour without failures", async () => {
    const owner = email();
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await admitSignIn(owner, "203.0.113.77", t0);
    expect(await admitSignIn(owner, "203.0.113.77", at(t0, 10))).not.toBeNull();
    for (let i = 0; i < 5; i++) expect(await admitSignIn(owner, "203.0.113.77", at(t0, 3601 + i))).toBeNull();
  });

  it("caps every sign-in and sign-up request per client in a window", async () => {
    const t0 = new Date();
    for (let i = 0; i < 100; i++) expect(await admitAuthRequest("203.0.113.200", t0)).toBeNull();
    expect((await admitAuthRequest("203.0.113.200", t0))?.message).toMatch(/Try again in 15 minutes/);
    expect(await admitAuthRequest("203.0.113.201", t0)).toBeNull();
  });
});

describe("clientAddress", () => {
  const h = (entries: Record<string, string>) => new Headers(entries);
  it("is the socket address when no proxy is trusted; a forged X-Forwarded-For is ignored", () => {
    expect(clientAddress(h({ "x-starloop-peer": "203.0.113.9", "x-forwarded-for": "198.51.100.7" }), 0)).toBe("203.0.113.9");
    expect(clientAddress(h({ "x-starloop-peer": "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
  });
  it("with N trusted proxies, is the Nth address from the right of X-Forwarded-For + socket", () => {
    const headers = h({ "x-starloop-peer": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1" });
    expect(clientAddress(headers, 1)).toBe("10.0.0.1");
    expect(clientAddress(headers, 2)).toBe("198.51.100.7");
    expect(clientAddress(h({ "x-starloop-peer": "10.0.0.2", "x-forwarded-for": "198.51.100.7" }), 1)).toBe("198.51.100.7");
    // Fewer entries than hops: the leftmost there is; not an address: the socket's.
    expect(clientAddress(h({ "x-starloop-peer": "10.0.0.2" }), 3)).toBe("10.0.0.2");
    expect(clientAddress(h({ "x-starloop-peer": "10.0.0.2", "x-forwarded-for": "evil" }), 1)).toBe("10.0.0.2");
  });
});
