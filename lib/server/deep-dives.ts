// Deep-dives: a project's depth-round worksheet. The owner reads and writes; a mentor with an active share reads.
import "server-only";
import { db } from "./db";
import { assertCanRead, assertCanWrite, type Access } from "./access";
import { ConflictError, NotFoundError } from "./errors";
import { assertRoomFor } from "./limits";
import { parseInput } from "./parse-input";
import type { Viewer } from "./viewer";
import { checkDeepDive, DEEP_DIVE_SECTIONS, emptyDeepDive, type DeepDive, type DeepDiveFinding, type DeepDiveText } from "@/lib/domain/deep-dive";
import type { Direction } from "@/lib/domain/types";
import { saveDeepDiveSchema, type DeepDiveInput } from "@/lib/validation/deep-dive";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A project's worksheet as pages and the editor hold it (dates as strings); version 0 = not written yet. */
export interface DeepDiveRecord extends DeepDive {
  projectId: string;
  projectTitle: string;
  ownerId: string;
  access: Access;
  /** The deep-dive row's id, null while nothing has been saved (comments need a row). */
  id: string | null;
  version: number;
  updatedAt: string | null;
}

export const deepDiveInclude = {
  options: { orderBy: { position: "asc" } },
  metrics: { orderBy: { position: "asc" } },
} as const satisfies Prisma.DeepDiveInclude;

type DeepDiveRow = Prisma.DeepDiveGetPayload<{ include: typeof deepDiveInclude }>;

export function toDomainDeepDive(row: DeepDiveRow | null): DeepDive {
  if (row === null) return emptyDeepDive();
  const out = emptyDeepDive();
  for (const s of DEEP_DIVE_SECTIONS) out[s] = row[s];
  out.options = row.options.map((o) => ({ title: o.title, tradeoffs: o.tradeoffs, chosen: o.chosen }));
  out.metrics = row.metrics.map((m) => ({
    label: m.label,
    unit: m.unit,
    before: m.before,
    after: m.after,
    direction: m.direction as Direction,
  }));
  return out;
}

/** The child rows of a deep-dive, for create (the writes and import share them). */
export function deepDiveChildRows(input: Pick<DeepDiveInput, "options" | "metrics">) {
  return {
    options: { create: input.options.map((o, position) => ({ ...o, position })) },
    metrics: { create: input.metrics.map((m, position) => ({ ...m, position })) },
  };
}

export function deepDiveScalars(input: DeepDiveText): DeepDiveText {
  return Object.fromEntries(DEEP_DIVE_SECTIONS.map((s) => [s, input[s]])) as DeepDiveText;
}

export async function getDeepDive(viewer: Viewer, projectId: string): Promise<DeepDiveRecord> {
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { id: true, title: true, userId: true, deepDive: { include: deepDiveInclude } },
  });
  if (!project) throw new NotFoundError();
  const access = await assertCanRead(viewer, project.userId);
  const row = project.deepDive;
  return {
    ...toDomainDeepDive(row),
    projectId: project.id,
    projectTitle: project.title,
    ownerId: project.userId,
    access,
    id: row?.id ?? null,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** The checks of a project's worksheet, for a loop of `level` (leave it out for the worksheet alone). */
export function assessDeepDive(dd: DeepDive, level?: string): DeepDiveFinding[] {
  return checkDeepDive(dd, { level });
}

export interface SavedDeepDive {
  version: number;
  updatedAt: string;
}

/**
 * Saves a project's worksheet if nobody saved it since `version` (0: it did not exist); otherwise ConflictError
 * carrying the worksheet as it now is, nothing written. One transaction for the version check and the child rows.
 */
export async function saveDeepDive(viewer: Viewer, payload: unknown): Promise<SavedDeepDive> {
  const { projectId, version, deepDive } = parseInput(saveDeepDiveSchema, payload);
  const project = await db.project.findUnique({ where: { id: projectId }, select: { userId: true } });
  if (!project) throw new NotFoundError();
  await assertCanWrite(viewer, project.userId);
  const conflict = () =>
    new ConflictError(
      "Someone saved this deep-dive after you opened it (perhaps in another tab). Your text is still here: compare and keep yours, or load theirs.",
    );
  try {
    return await db.$transaction(async (tx) => {
      let row;
      if (version === 0) {
        const exists = await tx.deepDive.findUnique({ where: { projectId }, select: { id: true } });
        if (exists) throw conflict();
        await assertRoomFor(project.userId, "deepDives", tx);
        row = await tx.deepDive.create({
          data: { projectId, ...deepDiveScalars(deepDive), ...deepDiveChildRows(deepDive) },
          select: { version: true, updatedAt: true },
        });
      } else {
        const bumped = await tx.deepDive.updateMany({
          where: { projectId, version },
          data: { ...deepDiveScalars(deepDive), version: { increment: 1 } },
        });
        if (bumped.count !== 1) throw conflict();
        const current = await tx.deepDive.findUniqueOrThrow({ where: { projectId }, select: { id: true } });
        await tx.deepDiveOption.deleteMany({ where: { deepDiveId: current.id } });
        await tx.deepDiveMetric.deleteMany({ where: { deepDiveId: current.id } });
        row = await tx.deepDive.update({
          where: { id: current.id },
          data: deepDiveChildRows(deepDive),
          select: { version: true, updatedAt: true },
        });
      }
      return { version: row.version, updatedAt: row.updatedAt.toISOString() };
    });
  } catch (error) {
    if (error instanceof ConflictError) throw new ConflictError(error.message, await getDeepDive(viewer, projectId));
    // Two first saves racing on the unique projectId: the loser is a conflict too.
    if (version === 0 && (error as { code?: string }).code === "P2002") throw new ConflictError(conflict().message, await getDeepDive(viewer, projectId));
    throw error;
  }
}

/** The loops whose deep-dive round walks through this project (the worksheet checks for their level). */
export async function listDeepDiveLoops(viewer: Viewer, projectId: string): Promise<{ loopId: string; company: string; level: string; roundTitle: string }[]> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { userId: true } });
  if (!project) throw new NotFoundError();
  await assertCanRead(viewer, project.userId);
  const rounds = await db.round.findMany({
    where: { projectId, kind: "deep-dive", loop: { userId: project.userId } },
    select: { title: true, loop: { select: { id: true, company: true, level: true } } },
    orderBy: [{ loop: { updatedAt: "desc" } }],
  });
  return rounds.map((r) => ({ loopId: r.loop.id, company: r.loop.company, level: r.loop.level, roundTitle: r.title }));
}
