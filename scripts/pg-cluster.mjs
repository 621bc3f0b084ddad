#!/usr/bin/env node
// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp folder, pg_ctl start on a free
// loopback port, trust authentication, removed by stop(). No system service is touched. PostgreSQL refuses to
// run as root, so as root its tools run as the `postgres` user (created by Debian's postgresql package).
//   const cluster = await startCluster();  cluster.url → postgresql://starloop@127.0.0.1:<port>/postgres
//   cluster.stop();
// Also a CLI for trying things by hand: `node scripts/pg-cluster.mjs` starts one, prints its URL, and stops
// it on Ctrl-C.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** The folder with initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/<major>/bin, else PATH. */
export function findPgBin(env = process.env) {
  if (env.PG_BIN) return existsSync(path.join(env.PG_BIN, "initdb")) ? env.PG_BIN : null;
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const majors = readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a));
    for (const major of majors) if (existsSync(path.join(root, major, "bin", "initdb"))) return path.join(root, major, "bin");
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter)) if (dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) return dir;
  return null;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The first free port from PG_PORT_BASE (55400) on, trying 100. */
export async function freePort(base = Number(process.env.PG_PORT_BASE ?? 55400)) {
  for (let port = base; port < base + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port in ${base}-${base + 99} for a PostgreSQL test cluster (set PG_PORT_BASE)`);
}

export async function startCluster({ bin = findPgBin(), port, quiet = false } = {}) {
  if (!bin) throw new Error("PostgreSQL's server binaries (initdb, pg_ctl) are not installed");
  port ??= await freePort();
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "starloop-pg-"));
  chmodSync(dir, 0o755);
  const asPostgres = (tool, args) => {
    const argv = isRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    return execFileSync(argv[0], argv[1], { stdio: quiet ? "ignore" : ["ignore", "ignore", "inherit"] });
  };
  if (isRoot) {
    const postgresUser = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    if (postgresUser.status !== 0) throw new Error("running as root but there is no `postgres` user to run PostgreSQL as (install Debian's postgresql package)");
    chownSync(dir, Number(postgresUser.stdout.trim()), Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim()));
  }
  const data = path.join(dir, "data");
  // fsync off: a test cluster need not survive a power cut, and it makes CREATE DATABASE cheap.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  try {
    asPostgres("initdb", ["-D", data, "-U", "starloop", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    asPostgres("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a PostgreSQL test cluster: ${error.message}`);
  }
  let stopped = false;
  /** Stops the server but keeps the cluster (to test an outage); `up()` starts it again on the same port. */
  const down = () => asPostgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  const up = () => asPostgres("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgresql://starloop@127.0.0.1:${port}/postgres`, port, dir, bin, stop, down, up };
}

// No top-level await nor import.meta: Playwright loads this file with require().
if (/pg-cluster\.mjs$/.test(process.argv[1] ?? "")) {
  startCluster().then((cluster) => {
    console.log(cluster.url);
    const stop = () => {
      cluster.stop();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    setInterval(() => {}, 1 << 30);
  });
}
