// Projects: the owner's CRUD, and read access for mentors with an active share.
import "server-only";
import { cache } from "react";
import { assertRoomFor } from "./limits";
import { db } from "./db";
import { assertCanRead, assertCanWrite } from "./access";
import { NotFoundError } from "./errors";
import { parseInput } from "./parse-input";
import type { Viewer } from "./viewer";
import { projectInputSchema } from "@/lib/validation/project";

export interface ProjectSummary {
  id: string;
  title: string;
  organization: string;
  period: string;
  context: string;
  role: string;
  scope: string;
  storyCount: number;
  readyCount: number;
  updatedAt: Date;
}

export async function listProjects(viewer: Viewer, candidateId = viewer.id): Promise<ProjectSummary[]> {
  await assertCanRead(viewer, candidateId);
  const rows = await db.project.findMany({
    where: { userId: candidateId },
    orderBy: [{ title: "asc" }],
    include: { stories: { select: { status: true } } },
  });
  return rows.map(({ stories, userId: _u, createdAt: _c, ...p }) => ({
    ...p,
    storyCount: stories.length,
    readyCount: stories.filter((s) => s.status === "ready").length,
  }));
}

/** Id and title of every project of a candidate, by title: what pickers and filters show (one query). */
// Once per request (React's cache, keyed by the request's viewer and the candidate): the stories list reads it for
// its filter and for the rows' project titles (listStoryHeads). Nothing outlives the request.
export function listProjectTitles(viewer: Viewer, candidateId = viewer.id): Promise<{ id: string; title: string }[]> {
  return readProjectTitles(viewer, candidateId);
}

const readProjectTitles = cache(async (viewer: Viewer, candidateId: string) => {
  await assertCanRead(viewer, candidateId);
  return db.$queryRaw<{ id: string; title: string }[]>`SELECT "id", "title" FROM "Project" WHERE "userId" = ${candidateId} ORDER BY "title", "id"`;
});

export async function getProject(viewer: Viewer, id: string): Promise<ProjectSummary & { ownerId: string }> {
  const row = await db.project.findUnique({ where: { id }, include: { stories: { select: { status: true } } } });
  if (!row) throw new NotFoundError();
  await assertCanRead(viewer, row.userId);
  const { stories, userId, createdAt: _c, ...p } = row;
  return {
    ...p,
    ownerId: userId,
    storyCount: stories.length,
    readyCount: stories.filter((s) => s.status === "ready").length,
  };
}

export async function createProject(viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  const data = parseInput(projectInputSchema, raw);
  await assertRoomFor(viewer.id, "projects");
  const row = await db.project.create({ data: { ...data, userId: viewer.id }, select: { id: true } });
  return row;
}

async function ownedProject(viewer: Viewer, id: string) {
  const row = await db.project.findUnique({ where: { id }, select: { id: true, userId: true } });
  if (!row) throw new NotFoundError();
  await assertCanWrite(viewer, row.userId);
  return row;
}

export async function updateProject(viewer: Viewer, id: string, raw: unknown): Promise<void> {
  const data = parseInput(projectInputSchema, raw);
  await ownedProject(viewer, id);
  await db.project.update({ where: { id }, data });
}

/** Deletes a project and, with it, its stories; returns how many stories went. */
export async function deleteProject(viewer: Viewer, id: string): Promise<{ storiesDeleted: number }> {
  await ownedProject(viewer, id);
  const storiesDeleted = await db.story.count({ where: { projectId: id } });
  await db.project.delete({ where: { id } });
  return { storiesDeleted };
}
