// Export/import benchmark (run: npx tsx --conditions=react-server scripts/bench-export.ts). Against a fresh temp
// SQLite file: medians of the prep-sheet PDF for a 10-round loop with a deep-dive round (its worksheet written in full),
// and of export and import of a 500-story bank. Prints JSON.
import { createBenchUser as createUser, prepareBenchDb } from "./bench-db";
import { performance } from "node:perf_hooks";
import { exportBank, getLoopSheet } from "@/lib/server/backup";
import { importBank } from "@/lib/server/import-bank";
import { renderLoopSheetPdf } from "@/lib/export/pdf";
import { db } from "@/lib/server/db";
import { PRINCIPLE_CODES } from "@/lib/domain/types";
import type { BackupInput } from "@/lib/validation/backup";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const STORIES = 500;
const PROJECTS = 25;

const VOCAB = "customer latency pipeline model team launch migration budget review metric threshold outage incident design data warehouse stream cost fraud partner deadline quality test rollout dashboard query".split(" ");
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const sentence = (n: number) => Array.from({ length: n }, () => VOCAB[Math.floor(rand() * VOCAB.length)]).join(" ");
const section = (words: number) => `I ${sentence(Math.floor(words / 2))}. We ${sentence(Math.ceil(words / 2))} by 38%.`;

function bank(): BackupInput {
  const projects = Array.from({ length: PROJECTS }, (_, i) => ({
    key: `p${i}`,
    title: `Project ${i} ${sentence(3)}`,
    organization: `Org ${i}`,
    period: "2022 – 2024",
    context: section(80),
    role: "Lead engineer",
    scope: "6 people, 2M users",
  }));
  const stories = Array.from({ length: STORIES }, (_, i) => ({
    key: `s${i}`,
    projectKey: `p${i % PROJECTS}`,
    title: `Story ${i} ${sentence(4)}`,
    situation: section(60),
    task: section(40),
    action: section(150),
    result: section(50),
    learnings: section(30),
    status: i % 3 === 0 ? ("draft" as const) : ("ready" as const),
    angles: ["technical depth", "scale", i % 2 ? "failure" : "speed"],
    principles: [
      { code: PRINCIPLE_CODES[i % 16], weight: "primary" as const },
      { code: PRINCIPLE_CODES[(i + 5) % 16], weight: "secondary" as const },
    ],
    metrics: [
      { label: "p95 latency", unit: "ms", before: 120 + i, after: 74, direction: "lower-is-better" as const },
      { label: "throughput", unit: "x", before: 1, after: 3.2, direction: "higher-is-better" as const },
    ],
  }));
  const rounds = Array.from({ length: 10 }, (_, r) => {
    const focus = [0, 1, 2].map((k) => PRINCIPLE_CODES[(r * 3 + k) % 16]);
    return {
      key: `r${r}`,
      title: `Round ${r + 1} ${sentence(2)}`,
      kind: "onsite" as const,
      minutes: 60,
      focus,
      assignments: focus.map((principle, k) => ({ principle, storyKey: `s${r * 3 + k}`, backupStoryKey: `s${100 + r * 3 + k}` })),
    };
  });
  return { format: "star-bank", version: 2, projects, stories, loops: [{ key: "loop", company: "Acme Corp", role: "Data Engineer", level: "L6", date: "2026-12-01", templateId: "blank", rounds }] };
}

/** Round 5 becomes the depth round: a deep-dive of the first project, every worksheet section near its limit. */
async function addDeepDiveRound(loopId: string, userId: string) {
  const project = await db.project.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "asc" } });
  const round = await db.round.findFirstOrThrow({ where: { loopId, position: 4 } });
  await db.assignment.deleteMany({ where: { roundId: round.id } });
  await db.round.update({ where: { id: round.id }, data: { kind: "deep-dive", focus: "[]", projectId: project.id } });
  const text = () => section(700);
  await db.deepDive.create({
    data: {
      projectId: project.id,
      scope: text(), role: text(), timeline: text(), tradeoffs: text(), communication: text(), impact: text(), mechanisms: text(), nextSteps: text(),
      options: { create: [0, 1, 2].map((position) => ({ position, title: `Option ${position + 1} ${sentence(5)}`, tradeoffs: section(80), chosen: position === 1 })) },
      metrics: { create: [{ position: 0, label: "cost per month", unit: "$", before: 38000, after: 19000, direction: "lower-is-better" }] },
    },
  });
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function summary(runs: number[], targetMs: number) {
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const round = (x: number) => Math.round(x * 10) / 10;
  return { medianMs: round(median), minMs: round(sorted[0]), maxMs: round(sorted[sorted.length - 1]), runs: runs.length, targetMs, ok: median < targetMs };
}

async function main() {
  await prepareBenchDb();
  const body = JSON.stringify(bank());
  const owner = await createUser("bench-owner");
  const first = await importBank(owner, body);
  if (!first.ok || first.dryRun) throw new Error(`seed import failed: ${JSON.stringify(first)}`);
  const loopId = first.loops[0].id;
  await addDeepDiveRound(loopId, owner.id);

  // Warm up each path once (module init, prepared statements).
  await exportBank(owner);
  await renderLoopSheetPdf(await getLoopSheet(owner, loopId));

  const pdf: number[] = [];
  const pdfCpu: number[] = [];
  let pdfBytes = 0;
  let pdfPages = 0;
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    pdf.push(await time(async () => {
      const bytes = await renderLoopSheetPdf(await getLoopSheet(owner, loopId));
      pdfBytes = bytes.length;
      pdfPages = (bytes.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    }));
    const used = process.cpuUsage(cpu);
    pdfCpu.push((used.user + used.system) / 1000);
  }
  const exp: number[] = [];
  let exportBytes = 0;
  for (let i = 0; i < RUNS; i++) exp.push(await time(async () => (exportBytes = JSON.stringify(await exportBank(owner)).length)));
  const imp: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const viewer = await createUser(`bench-import-${i}`);
    imp.push(await time(async () => {
      const r = await importBank(viewer, body);
      if (!r.ok) throw new Error("import failed");
    }));
  }
  console.log(
    JSON.stringify(
      {
        benchmark: "export-import",
        // CPU time beside the wall clock: on a shared, loaded machine the wall clock mostly measures waiting for a core.
        pdf10RoundsWithDeepDive: { ...summary(pdf, 1500), cpuMedianMs: summary(pdfCpu, 1500).medianMs, bytes: pdfBytes, pages: pdfPages },
        export500Stories: { ...summary(exp, 2000), bytes: exportBytes },
        import500Stories: { ...summary(imp, 2000), bytes: Buffer.byteLength(body) },
      },
      null,
      2,
    ),
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
