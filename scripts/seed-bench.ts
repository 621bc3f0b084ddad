// Seeds the benchmark fixture into the (migrated) database at DATABASE_URL and prints it as one JSON line:
// - the bench account: 200 stories (the demo bank's 8 stories varied 25 times) over 10 projects, and one loop
//   from the generic onsite template, planned with "Plan for me";
// - `--writers N` (default 50) more accounts, each with one project and one story, for the concurrent-save runs.
// Run: DATABASE_URL=file:/tmp/x.db npx tsx --conditions=react-server scripts/seed-bench.ts [--stories 200] [--writers 50]
import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { createLoopFromTemplate, planForMe } from "@/lib/server/loops";
import { DEMO_BANK } from "../prisma/demo-bank";

export const BENCH_PASSWORD = "bench-password-1";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function createAccount(email: string, name: string, passwordHash: string) {
  const id = randomUUID();
  await db.user.create({ data: { id, email, name, emailVerified: true } });
  await db.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash } });
  return { id, email, name };
}

async function main() {
  const storyCount = arg("stories", 200);
  const writerCount = arg("writers", 50);
  const hash = await hashPassword(BENCH_PASSWORD);

  const bench = await createAccount(`bench-${Date.now().toString(36)}@starloop.test`, "Bench Candidate", hash);
  const projectIds: string[] = [];
  for (let p = 0; p < 10; p++) {
    const source = DEMO_BANK.projects[p % DEMO_BANK.projects.length];
    const { key: _key, ...fields } = source;
    const project = await db.project.create({ data: { ...fields, title: `${source.title} (${p + 1})`, userId: bench.id } });
    projectIds.push(project.id);
  }
  const storyIds: string[] = [];
  await db.$transaction(async (tx) => {
    for (let i = 0; i < storyCount; i++) {
      const { key: _k, projectKey: _p, principles, angles, metrics, followUps = [], ...scalars } = DEMO_BANK.stories[i % DEMO_BANK.stories.length];
      const story = await tx.story.create({
        data: {
          ...scalars,
          title: `${scalars.title} #${i + 1}`,
          userId: bench.id,
          projectId: projectIds[i % projectIds.length],
          principles: { create: principles },
          angles: { create: angles.map((angle) => ({ angle })) },
          metrics: { create: metrics.map((m, position) => ({ ...m, position })) },
          followUps: { create: followUps.map((f, position) => ({ ...f, position })) },
        },
        select: { id: true },
      });
      storyIds.push(story.id);
    }
  });
  const loop = await createLoopFromTemplate(bench, { company: "Amazon", role: "Data Scientist", level: "L6", date: "", templateId: "amazon-generic-onsite" });
  const plan = await planForMe(bench, loop.id);

  const writers: { userId: string; email: string; storyId: string; projectId: string }[] = [];
  const sample = DEMO_BANK.stories[0];
  for (let w = 0; w < writerCount; w++) {
    const user = await createAccount(`writer-${w}-${Date.now().toString(36)}@starloop.test`, `Writer ${w}`, hash);
    const project = await db.project.create({ data: { title: `Writer ${w} project`, userId: user.id } });
    const story = await db.story.create({
      data: { title: `Writer ${w} story`, situation: sample.situation, userId: user.id, projectId: project.id },
      select: { id: true },
    });
    writers.push({ userId: user.id, email: user.email, storyId: story.id, projectId: project.id });
  }

  const fixture = {
    password: BENCH_PASSWORD,
    bench: { email: bench.email, userId: bench.id, projectIds, storyIds, loopId: loop.id, loopSlotsPlanned: plan.added.length },
    writers,
  };
  process.stdout.write(`${JSON.stringify(fixture)}\n`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
