// Who is on the other end of a request, for throttling: the socket address, or — when TRUSTED_PROXY_HOPS
// says proxies are in front — the address the outermost trusted proxy saw, read from X-Forwarded-For.
// No "server-only" import: proxy.ts hands the result on to every route in CLIENT_HEADER.
import { isIP } from "node:net";
import { env } from "./env";

/** Set by scripts/serve.mjs from the socket, overwriting whatever the client sent. */
export const PEER_HEADER = "x-starloop-peer";
/** Set by proxy.ts to clientAddress(), overwriting whatever the client sent; better-auth reads it. */
export const CLIENT_HEADER = "x-starloop-client";

function normalise(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/**
 * The client's address. Each trusted proxy appends the address it was reached from to X-Forwarded-For,
 * and the last one is the socket's peer, so with N proxies the client is the Nth entry from the right of
 * [...X-Forwarded-For, peer]; entries further left were written by the client and are never read.
 */
export function clientAddress(headers: Headers | undefined, hops = env.TRUSTED_PROXY_HOPS): string {
  const forwarded = (headers?.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Without scripts/serve.mjs in front (plain `next dev`), Next.js fills X-Forwarded-For from the socket
  // only when the client sent none; its last entry is the best there is.
  const peer = headers?.get(PEER_HEADER) ?? forwarded.at(-1) ?? "unknown";
  if (hops === 0) return normalise(peer);
  const chain = [...forwarded, peer];
  const candidate = chain[Math.max(0, chain.length - 1 - hops)];
  return isIP(normalise(candidate)) ? normalise(candidate) : normalise(peer);
}
