// A page that always fails on the server, so a test can follow a 500 from the error screen's reference
// to the server log. It exists only when STARLOOP_FAULT_INJECTION=1 (the e2e server); otherwise a 404.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { env } from "@/lib/server/env";

export default async function FaultInjectionPage(): Promise<never> {
  await connection(); // decided per request: the build runs without the flag and must not bake in a 404
  if (!env.STARLOOP_FAULT_INJECTION) notFound();
  throw new Error("Injected fault: /fault-injection always fails (STARLOOP_FAULT_INJECTION=1)");
}
