import type { Metadata } from "next";
import Link from "next/link";
import { StoryFilters } from "@/components/story-filters";
import { StoryList } from "@/components/story-list";
import { ButtonLink, EmptyState, PageHeader } from "@/components/ui";
import { Pager } from "@/components/pager";
import { matchStories, paginate, sortByReadiness } from "@/lib/domain/bank";
import { unresolvedCounts } from "@/lib/server/comments";
import { storiesList } from "@/lib/server/stories-list";
import { rehearsalCounts } from "@/lib/server/rehearsals";
import { sortByLeastRehearsed } from "@/lib/domain/rehearsal";
import { parseInput } from "@/lib/server/parse-input";
import { requireViewer } from "@/lib/server/viewer";
import { storyFilterSchema } from "@/lib/validation/story";

export const metadata: Metadata = { title: "Stories" };

export default async function StoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/stories");
  const filter = parseInput(storyFilterSchema, await searchParams);
  // Every story's head (sections only when searching), and `rate` for the rows shown (lib/server/stories-list.ts).
  const [{ rows, projects, rate }, open] = await Promise.all([storiesList(viewer, { search: !!filter.q }), unresolvedCounts(viewer)]);

  if (projects.length === 0) {
    return (
      <>
        <PageHeader title="Stories" />
        <EmptyState
          title="Your story bank is empty"
          action={<ButtonLink href="/projects/new">Add your first project</ButtonLink>}
        >
          <p>Stories come from real projects. Start by adding one project you could talk about for an hour — then write your first STAR story about it.</p>
        </EmptyState>
      </>
    );
  }

  const shown = matchStories(rows, { q: filter.q, principle: filter.principle, projectId: filter.project, status: filter.status, angle: filter.angle });
  // Readiness comes from the quality checks: rate every match only when sorting by it, else only the page shown.
  // Least rehearsed: one grouped count per story (lib/server/rehearsals), only when sorting by it.
  const counts = filter.sort === "least-rehearsed" ? await rehearsalCounts(viewer) : null;
  const shownPage = paginate(counts ? sortByLeastRehearsed(shown, counts) : shown, filter.page);
  const page =
    filter.sort === "readiness"
      ? paginate(sortByReadiness(await rate(shown)), filter.page)
      : { ...shownPage, items: await rate(shownPage.items) };
  const query = (n: number) => {
    const params = new URLSearchParams();
    for (const key of ["q", "principle", "project", "status", "angle"] as const) if (filter[key]) params.set(key, filter[key]!);
    if (filter.sort !== "updated") params.set("sort", filter.sort);
    if (n > 1) params.set("page", String(n));
    const qs = params.toString();
    return qs ? `/stories?${qs}` : "/stories";
  };
  const angles = [...new Set(rows.flatMap((s) => s.angles))].sort();
  const filtered = !!(filter.q || filter.principle || filter.project || filter.status || filter.angle);
  return (
    <>
      <PageHeader
        title="Stories"
        description={`${rows.length} ${rows.length === 1 ? "story" : "stories"}, ${rows.filter((s) => s.status === "ready").length} ready.`}
        actions={<ButtonLink href="/stories/new">New story</ButtonLink>}
      />
      {rows.length === 0 ? (
        <EmptyState title="No stories yet" action={<ButtonLink href="/stories/new">Write your first story</ButtonLink>}>
          <p>Pick a moment from one of your projects where you made a difference, and tell it as Situation, Task, Action and Result.</p>
        </EmptyState>
      ) : (
        <>
          <StoryFilters values={{ ...filter, principle: filter.principle }} projects={projects} angles={angles} />
          <p className="mb-2 text-sm text-muted" role="status">
            {filtered ? `${shown.length} of ${rows.length} stories match.` : null}{" "}
            {page.pageCount > 1 ? `Showing ${page.from}–${page.to} of ${page.total}.` : null}{" "}
            {filtered ? <Link href="/stories" className="text-brand-700 underline">Clear filters</Link> : null}
          </p>
          {shown.length ? (
            <>
              <StoryList rows={page.items} hrefFor={(id) => `/stories/${id}`} openComments={open} />
              <Pager page={page.page} pageCount={page.pageCount} hrefFor={query} label="Stories pages" />
            </>
          ) : (
            <EmptyState title="No stories match these filters" action={<ButtonLink href="/stories" variant="secondary">Clear filters</ButtonLink>} />
          )}
        </>
      )}
    </>
  );
}
