// First-start seed: the demo account and its bank (idempotent: does nothing if the account exists).
// Run with `tsx --conditions=react-server prisma/seed.ts`; scripts/start.mjs does it for you.
import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { DEMO_ACCOUNT, DEMO_BANK } from "./demo-bank";

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
    for (const project of DEMO_BANK.projects) {
      const { key, ...fields } = project;
      const created = await tx.project.create({ data: { ...fields, userId } });
      for (const story of DEMO_BANK.stories.filter((s) => s.projectKey === key)) {
        const { key: _k, projectKey: _p, principles, angles, metrics, ...scalars } = story;
        await tx.story.create({
          data: {
            ...scalars,
            userId,
            projectId: created.id,
            principles: { create: principles },
            angles: { create: angles.map((angle) => ({ angle })) },
            metrics: { create: metrics.map((m, position) => ({ ...m, position })) },
          },
        });
      }
    }
  });
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
