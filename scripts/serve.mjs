#!/usr/bin/env node
// Serves the built app (npm start and the e2e server): Next.js's request handler behind Node's own HTTP
// server, for two things `next start` cannot do:
// - tell the app each request's socket address (the x-starloop-peer header, overwriting any a client sent;
//   Next.js itself fills in X-Forwarded-For only when the client sent none, so that header proves nothing);
// - listen on every loopback address for HOST=localhost (127.0.0.1 and ::1), or on every interface, IPv4
//   and IPv6, for HOST=0.0.0.0 or ::, and print each address served.
// Settings: PORT (3000), HOST (localhost). Prints "★ StarLoop is running at …" once every address listens.
import { createServer } from "node:http";
import { networkInterfaces } from "node:os";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "localhost";
const WILDCARD = new Set(["0.0.0.0", "::", "*"]);

/** Where to listen: [address, required]. An optional address the machine lacks (no IPv6) is skipped. */
function listenAddresses() {
  if (host === "localhost") return [["127.0.0.1", true], ["::1", false]];
  if (WILDCARD.has(host)) return [["::", false]]; // dual-stack: every IPv4 and IPv6 interface
  return [[host, true]];
}

const url = (address) => `http://${address.includes(":") ? `[${address}]` : address}:${port}`;

/** The addresses a browser can use to reach what is listening (never contacted here, only printed). */
function reachable(bound) {
  if (bound.some((a) => WILDCARD.has(a))) {
    const all = Object.values(networkInterfaces()).flat().filter((i) => i && !(i.family === "IPv6" && i.address.startsWith("fe80")));
    const ipv6 = bound.includes("::");
    return ["localhost", ...all.filter((i) => ipv6 || i.family === "IPv4").map((i) => i.address)];
  }
  return host === "localhost" ? ["localhost", ...bound] : bound;
}

function listen(server, address) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host: address, ipv6Only: address !== "::" }, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

const app = next({ dev: process.env.NODE_ENV === "development", hostname: host === "localhost" ? "localhost" : undefined, port });
await app.prepare();
const handle = app.getRequestHandler();
const onRequest = (req, res) => {
  req.headers["x-starloop-peer"] = req.socket.remoteAddress ?? "unknown";
  handle(req, res);
};

const servers = [];
const bound = [];
for (const [address, required] of listenAddresses()) {
  const server = createServer(onRequest);
  try {
    await listen(server, address);
  } catch (error) {
    if (address === "::" && WILDCARD.has(host)) {
      await listen(server, "0.0.0.0"); // no IPv6 on this machine: every IPv4 interface
      servers.push(server);
      bound.push("0.0.0.0");
      continue;
    }
    if (required || !["EADDRNOTAVAIL", "EAFNOSUPPORT"].includes(error.code)) throw error;
    continue;
  }
  servers.push(server);
  bound.push(address);
}

console.log(`\n★ StarLoop is running at ${reachable(bound).map(url).join("\n                         ")}`);
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    for (const server of servers) server.close();
    process.exit(0);
  });
}
