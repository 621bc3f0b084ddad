#!/usr/bin/env node
// Serves the built app (npm start and the e2e server): Next.js's request handler behind Node's own HTTP
// server, for two things `next start` cannot do:
// - tell the app each request's socket address (the x-starloop-peer header, overwriting any a client sent;
//   Next.js itself fills in X-Forwarded-For only when the client sent none, so that header proves nothing);
// - listen on every loopback address for HOST=localhost (127.0.0.1 and ::1), or on every interface, IPv4
//   and IPv6, for HOST=0.0.0.0 or ::, and print each address served.
// - run WEB_CONCURRENCY server processes (default 1) sharing the port (node:cluster): one Node.js process uses one
//   core, so a 2-core machine serves about twice the requests with two (npm start sets one per core, at most 4).
//   Nothing is shared in memory between them: each remembers pages' data keyed by the bank version, which every
//   request reads from the database first, so a save through one is seen by the next request to any (README
//   "Performance", lib/server/bank-cache.ts).
// Settings: PORT (3000), HOST (localhost), WEB_CONCURRENCY (1). Prints "★ StarLoop is running at …" once every
// address listens in every process.
import cluster from "node:cluster";
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

const workers = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY ?? 1)) || 1);
const announce = (bound) => console.log(`\n★ StarLoop is running at ${reachable(bound).map(url).join("\n                         ")}`);

if (workers > 1 && cluster.isPrimary) {
  // The primary only forks, announces once every worker listens, replaces a worker that dies and stops them all.
  let ready = 0;
  let stopping = false;
  const deaths = [];
  const fork = () =>
    cluster.fork().on("message", (m) => {
      if (m?.type === "listening" && ++ready === workers) announce(m.bound);
    });
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (code === 0 && !signal) stopping = true; // a worker that stopped cleanly was told to (Ctrl+C reaches them all)
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0] < now - 60_000) deaths.shift();
    console.error(`› server process ${worker.process.pid} exited (${signal ?? code}); ${deaths.length >= 5 ? "too many in a minute, stopping" : "starting another"}`);
    if (deaths.length >= 5) process.exit(1);
    fork();
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(sig);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
} else {
  await serve();
}

async function serve() {
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

  if (cluster.isWorker) process.send({ type: "listening", bound });
  else announce(bound);
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      for (const server of servers) server.close();
      process.exit(0);
    });
  }
}
