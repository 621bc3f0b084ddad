"use server";
// Project actions: thin boundaries over lib/server/projects.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import { parseInput } from "@/lib/server/parse-input";
import { createProject, deleteProject, updateProject } from "@/lib/server/projects";
import { viewerOrThrow } from "@/lib/server/viewer";
import { id as idSchema } from "@/lib/validation/common";

export interface ProjectFormState {
  result?: ActionResult<unknown>;
  values?: Record<string, string>;
}

function formValues(formData: FormData) {
  const keys = ["title", "organization", "period", "context", "role", "scope"] as const;
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")]));
}

export async function saveProjectAction(_prev: ProjectFormState, formData: FormData): Promise<ProjectFormState> {
  const values = formValues(formData);
  const projectId = formData.get("id");
  const result = await attempt(async () => {
    const viewer = await viewerOrThrow();
    if (projectId) {
      const pid = parseInput(idSchema, projectId);
      await updateProject(viewer, pid, values);
      return { id: pid };
    }
    return createProject(viewer, values);
  });
  if (!result.ok) return { result, values };
  revalidatePath("/projects");
  revalidatePath("/stories");
  if (!projectId) redirect(`/projects/${result.data.id}?created=1`);
  return { result: { ok: true, data: null, message: "Project saved." }, values };
}

export async function deleteProjectAction(projectId: string): Promise<ActionResult<{ storiesDeleted: number }>> {
  const result = await attempt(async () => deleteProject(await viewerOrThrow(), parseInput(idSchema, projectId)));
  if (result.ok) {
    revalidatePath("/projects");
    revalidatePath("/stories");
  }
  return result;
}
