"use client";
// Filters for the stories list as a plain GET form (shareable URLs); selects apply on change.
import { useRef } from "react";
import { PRINCIPLES } from "@/lib/domain/principles";
import { Button, inputClass } from "./ui";

export interface FilterValues {
  q?: string;
  principle?: string;
  project?: string;
  status?: string;
  angle?: string;
  sort?: string;
}

export function StoryFilters({ values, projects, angles }: { values: FilterValues; projects: readonly { id: string; title: string }[]; angles: string[] }) {
  const form = useRef<HTMLFormElement>(null);
  const submit = () => form.current?.requestSubmit();
  const select = "rounded-lg border border-line bg-white px-2 py-2 text-sm";
  return (
    <form ref={form} key={JSON.stringify(values)} method="get" role="search" aria-label="Filter stories" className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,2fr)_repeat(4,minmax(0,1fr))_auto]">
      <div>
        <label htmlFor="q" className="sr-only">Search stories</label>
        <input id="q" name="q" type="search" placeholder="Search all sections…" defaultValue={values.q} className={inputClass} maxLength={200} />
      </div>
      <label className="sr-only" htmlFor="f-principle">Principle</label>
      <select id="f-principle" name="principle" defaultValue={values.principle ?? ""} onChange={submit} className={select}>
        <option value="">All principles</option>
        {PRINCIPLES.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
      </select>
      <label className="sr-only" htmlFor="f-project">Project</label>
      <select id="f-project" name="project" defaultValue={values.project ?? ""} onChange={submit} className={select}>
        <option value="">All projects</option>
        {projects.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
      </select>
      <label className="sr-only" htmlFor="f-status">Status</label>
      <select id="f-status" name="status" defaultValue={values.status ?? ""} onChange={submit} className={select}>
        <option value="">Any status</option>
        <option value="ready">Ready</option>
        <option value="draft">Draft</option>
      </select>
      <label className="sr-only" htmlFor="f-angle">Angle</label>
      <select id="f-angle" name="angle" defaultValue={values.angle ?? ""} onChange={submit} className={select}>
        <option value="">Any angle</option>
        {angles.map((a) => <option key={a} value={a}>{a}</option>)}
      </select>
      <div className="flex gap-2">
        <label className="sr-only" htmlFor="f-sort">Sort by</label>
        <select id="f-sort" name="sort" defaultValue={values.sort ?? "updated"} onChange={submit} className={`${select} min-w-0 flex-1`}>
          <option value="updated">Recently updated</option>
          <option value="readiness">Readiness</option>
          <option value="least-rehearsed">Least rehearsed</option>
        </select>
        <Button type="submit" variant="secondary">Apply</Button>
      </div>
    </form>
  );
}
