// First-start seed: the demo account and its bank (idempotent: does nothing if the account exists).
// Run with `tsx --conditions=react-server prisma/seed.ts`; scripts/start.mjs does it for you.
import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { SHIPPED_QUESTIONS } from "@/lib/domain/questions";
import { DEMO_ACCOUNT, DEMO_BANK, DEMO_DEEP_DIVES, DEMO_LOOP, DEMO_MENTOR_NAME, DEMO_REHEARSALS, planDemoLoop } from "./demo-bank";

async function main() {
  const existing = await db.user.findUnique({ where: { email: DEMO_ACCOUNT.email } });
  if (existing) {
    console.log(`Demo account already present: ${DEMO_ACCOUNT.email}`);
    return;
  }
  const userId = randomUUID();
  const password = await hashPassword(DEMO_ACCOUNT.password);
  try {
    await seedDemo(userId, password);
  } catch (error) {
    // Two instances starting at once both found no demo account; the second one's insert loses (unique email).
    if ((error as { code?: string }).code === "P2002") {
      console.log(`Demo account already present: ${DEMO_ACCOUNT.email} (seeded by another instance just now)`);
      return;
    }
    throw error;
  }
  console.log(`Seeded demo account ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password} with ${DEMO_BANK.stories.length} stories.`);
}

async function seedDemo(userId: string, password: string) {
  await db.$transaction(async (tx) => {
    await tx.user.create({ data: { id: userId, name: DEMO_ACCOUNT.name, email: DEMO_ACCOUNT.email, emailVerified: true } });
    await tx.account.create({ data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password } });
    const projectIds = new Map<string, string>();
    for (const project of DEMO_BANK.projects) {
      const { key, ...fields } = project;
      const created = await tx.project.create({ data: { ...fields, userId } });
      projectIds.set(key, created.id);
    }
    for (const { projectKey, options, metrics, ...sections } of DEMO_DEEP_DIVES) {
      const projectId = projectIds.get(projectKey);
      if (projectId === undefined) throw new Error(`Demo deep-dive names an unknown project ${projectKey}.`);
      await tx.deepDive.create({
        data: {
          ...sections,
          projectId,
          options: { create: options.map((o, position) => ({ ...o, position })) },
          metrics: { create: metrics.map((m, position) => ({ ...m, position })) },
        },
      });
    }
    // The stories list opens on the most recently updated, so stamp them a second apart in file order:
    // the first story of DEMO_BANK is the newest and the eight original stories fill the top of the first page.
    const now = Date.now();
    const storyIds = new Map<string, string>();
    for (const [i, story] of DEMO_BANK.stories.entries()) {
      const { key: _k, projectKey, principles, angles, metrics, followUps = [], ...scalars } = story;
      const projectId = projectIds.get(projectKey);
      if (projectId === undefined) throw new Error(`Demo story ${story.key} names an unknown project ${projectKey}.`);
      const stamp = new Date(now - i * 1000);
      const created = await tx.story.create({
        select: { id: true },
        data: {
          ...scalars,
          userId,
          projectId,
          createdAt: stamp,
          updatedAt: stamp,
          principles: { create: principles },
          angles: { create: angles.map((angle) => ({ angle })) },
          metrics: { create: metrics.map((m, position) => ({ ...m, position })) },
          followUps: { create: followUps.map((f, position) => ({ ...f, position })) },
        },
      });
      storyIds.set(story.key, created.id);
    }
    await seedDemoLoop(tx, userId, projectIds, storyIds);
    await tx.rehearsal.createMany({
      data: DEMO_REHEARSALS.map((r, i) => ({
        userId,
        storyId: r.storyKey ? storyIds.get(r.storyKey)! : null,
        questionId: r.questionId,
        questionText: SHIPPED_TEXT.get(r.questionId) ?? r.questionId,
        principle: r.principle,
        durationSeconds: r.durationSeconds,
        ratingSituation: r.ratings[0],
        ratingAction: r.ratings[1],
        ratingResult: r.ratings[2],
        ratingLearnings: r.ratings[3],
        note: r.note,
        ratedBy: r.mentor ? "mentor" : "self",
        ratedById: r.mentor ? null : userId,
        raterName: r.mentor ? DEMO_MENTOR_NAME : "",
        // Evenings, a minute apart within a day, so the history reads in the file's order.
        createdAt: new Date(now - r.daysAgo * DAY - 3 * 3600_000 + i * 60_000),
      })),
    });
  });
}

/** The planned Data Scientist loop, dated ahead of today, so a newcomer sees the whole prep sheet at once. */
async function seedDemoLoop(tx: Tx, userId: string, projectIds: ReadonlyMap<string, string>, storyIds: ReadonlyMap<string, string>) {
  const plan = planDemoLoop(new Date().toISOString().slice(0, 10));
  const id = (key: string) => {
    const found = storyIds.get(key);
    if (found === undefined) throw new Error(`The demo loop names an unknown story ${key}.`);
    return found;
  };
  await tx.loop.create({
    data: {
      userId,
      company: DEMO_LOOP.company,
      role: DEMO_LOOP.role,
      level: DEMO_LOOP.level,
      date: plan.date,
      templateId: DEMO_LOOP.templateId,
      rounds: {
        create: plan.rounds.map((r, position) => ({
          position,
          title: r.title,
          kind: r.kind,
          minutes: r.minutes,
          focus: JSON.stringify(r.focus),
          projectId: r.projectKey ? (projectIds.get(r.projectKey) ?? null) : null,
          assignments: {
            create: plan.assignments
              .filter((a) => a.round === position)
              .map((a) => ({ principle: a.principle, storyId: id(a.storyKey), backupStoryId: a.backupStoryKey ? id(a.backupStoryKey) : null })),
          },
        })),
      },
    },
  });
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const DAY = 24 * 3600_000;
const SHIPPED_TEXT = new Map(SHIPPED_QUESTIONS.map((q) => [q.id, q.text]));

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
