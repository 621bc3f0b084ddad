// A second app server for a flow that needs other settings (TRUSTED_PROXY_HOPS, HOST): the same
// scripts/e2e-server.mjs as playwright.config.ts, on one of ports 3401–3409, stopped by its own pid.
import { spawn, type ChildProcess } from "node:child_process";

export interface ExtraServer {
  port: number;
  stop: () => Promise<void>;
}

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
}

export async function startServer(port: number, env: Record<string, string>): Promise<ExtraServer> {
  const child: ChildProcess = spawn("node", ["scripts/e2e-server.mjs", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 120_000;
  while (!(await healthy(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server on port ${port} did not start`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    port,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
