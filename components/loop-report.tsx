// The loop report beside the plan: coverage score, round × principle heatmap, bank depth and every finding with its links.
import { describeScoreGaps } from "@/lib/domain/coverage";
import Link from "next/link";
import { Heatmap, type HeatCell, type HeatColumn, type HeatRow } from "./heatmap";
import { Badge } from "./ui";
import { principleName } from "@/lib/domain/principles";
import { sortFindings } from "@/lib/domain/report";
import type { LoopReport, PrincipleCode, Severity, StoryStatus } from "@/lib/domain/types";

export interface ReportRound {
  id: string;
  title: string;
  focus: PrincipleCode[];
}

export interface ReportStory {
  id: string;
  title: string;
  status: StoryStatus;
}

const SMALL_WORDS = new Set(["and", "to", "be", "a", "the", "of"]);

function principleInitials(code: PrincipleCode): string {
  return principleName(code)
    .split(/[^A-Za-z']+/)
    .filter((w) => w !== "" && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join("");
}

const SEVERITY_TONE: Record<Severity, "bad" | "warn" | "neutral"> = { error: "bad", warning: "warn", tip: "neutral" };

interface Item {
  key: string;
  severity: Severity;
  code: string;
  message: string;
  roundIds: string[];
  storyIds: string[];
}

export function LoopReportPanel({
  report,
  rounds,
  stories,
}: {
  report: LoopReport;
  rounds: ReportRound[];
  stories: ReportStory[];
}) {
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const roundTitle = new Map(rounds.map((r) => [r.id, r.title]));
  const { coverage, reuse } = report;
  const slots = coverage.slots;
  const heldDown = describeScoreGaps(slots);
  const planned = slots.length - coverage.uncovered.length;
  const percent = Math.round(coverage.score * 100);

  // Heatmap: one row per principle in focus anywhere in the loop (first-appearance order), one column per round.
  const principles: PrincipleCode[] = [];
  for (const r of rounds) for (const p of r.focus) if (!principles.includes(p)) principles.push(p);
  const columns: HeatColumn[] = rounds.map((r, i) => ({ key: r.id, short: `R${i + 1}`, label: `Round ${i + 1}: ${r.title}`, href: `#round-${r.id}` }));
  const slotBy = new Map(slots.map((s) => [`${s.roundId}|${s.principle}`, s]));
  const cellFor = (round: ReportRound, p: PrincipleCode): HeatCell => {
    const where = `${principleName(p)} in ${round.title}`;
    const slot = slotBy.get(`${round.id}|${p}`);
    if (!round.focus.includes(p) || slot === undefined) return { tone: "none", text: "·", description: `${where}: not in focus` };
    if (slot.storyId === null) return { tone: "empty", text: "Gap", description: `${where}: gap, no story planned` };
    const story = storyById.get(slot.storyId);
    const title = story ? `“${story.title}”` : "a story";
    const storyId = slot.storyId;
    const touching = reuse.findings.filter((f) => f.storyIds.includes(storyId) && f.roundIds.includes(round.id));
    if (touching.some((f) => f.severity === "error")) return { tone: "bad", text: "2×", description: `${where}: ${title}, told in another round too` };
    if (touching.some((f) => f.code === "same-angle")) return { tone: "warn", text: "≈", description: `${where}: ${title}, alike another story of the same project` };
    if (story?.status === "ready") return { tone: "ok", text: "✓", description: `${where}: ${title} (ready)` };
    return { tone: "warn", text: "D", description: `${where}: ${title} (draft)` };
  };
  const rows: HeatRow[] = principles.map((p) => ({
    key: p,
    label: principleName(p),
    cells: rounds.map((round) => cellFor(round, p)),
  }));

  const roundsOfStory = new Map<string, string[]>();
  for (const s of slots) {
    for (const id of [s.storyId, s.backupStoryId]) {
      if (id === null) continue;
      const list = roundsOfStory.get(id) ?? [];
      if (!list.includes(s.roundId)) list.push(s.roundId);
      roundsOfStory.set(id, list);
    }
  }
  const items: Item[] = sortFindings([
    ...reuse.findings.map((f, i) => ({ key: `r${i}`, ...f })),
    ...report.storyFindings.map((f, i) => ({
      key: `s${i}`,
      severity: f.severity,
      code: f.code,
      message: `“${storyById.get(f.storyId)?.title ?? "A story"}”: ${f.message}`,
      roundIds: roundsOfStory.get(f.storyId) ?? [],
      storyIds: [f.storyId],
    })),
    // Rehearsal (DESIGN §6): the message already names the story.
    ...(report.rehearsalFindings ?? []).map((f, i) => ({
      key: `h${i}`,
      severity: f.severity,
      code: f.code,
      message: f.message,
      roundIds: roundsOfStory.get(f.storyId) ?? [],
      storyIds: [f.storyId],
    })),
  ]);
  const counts = { error: 0, warning: 0, tip: 0 };
  for (const item of items) counts[item.severity]++;

  return (
    <div className="space-y-5">
      <section aria-labelledby="coverage-heading" className="space-y-2">
        <h3 id="coverage-heading" className="text-sm font-semibold">Coverage</h3>
        <p className="text-sm">
          Coverage score <strong className="text-2xl font-semibold">{percent}%</strong>
        </p>
        <p className="text-xs text-muted">
          {slots.length === 0
            ? "No round has focus principles yet, so there is nothing to plan."
            : `${planned} of ${slots.length} ${slots.length === 1 ? "slot" : "slots"} planned · ${reuse.distinctProjects} distinct project${reuse.distinctProjects === 1 ? "" : "s"}`}
        </p>
        {heldDown ? <p className="text-xs text-warn">Held down by: {heldDown}.</p> : null}
        <div className="h-2 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          <div className="h-full rounded-full bg-brand-500" style={{ width: `${percent}%` }} />
        </div>
      </section>

      {report.rehearsal && report.rehearsal.planned > 0 ? (
        <section aria-labelledby="rehearsal-heading" className="space-y-1">
          <h3 id="rehearsal-heading" className="text-sm font-semibold">Rehearsal</h3>
          <p className="text-sm">
            <strong className="font-semibold">
              {report.rehearsal.rehearsedTwice} of {report.rehearsal.planned}
            </strong>{" "}
            planned {report.rehearsal.planned === 1 ? "story" : "stories"} rehearsed at least twice in the last 14 days ({Math.round(report.rehearsal.share * 100)}%).
          </p>
          <p className="text-xs text-muted">
            <Link href="/practice" className="text-brand-700 underline">Practise</Link> each planned story aloud before the loop.
          </p>
        </section>
      ) : null}

      {rows.length > 0 && columns.length > 0 ? (
        <Heatmap
          caption="Round × principle"
          cornerLabel="Principle"
          columns={columns}
          rows={rows}
          legend={[
            { tone: "ok", label: "✓ ready story" },
            { tone: "warn", label: "D draft · ≈ alike another" },
            { tone: "bad", label: "2× told in two rounds" },
            { tone: "empty", label: "Gap" },
          ]}
        />
      ) : null}

      {coverage.depth.length > 0 ? (
        <section aria-labelledby="depth-heading">
          <h3 id="depth-heading" className="text-sm font-semibold">Bank depth</h3>
          <p className="text-xs text-muted">Ready stories per principle in focus (aim for {coverage.depth[0].target}, so each has a backup).</p>
          <ul className="mt-2 space-y-1 text-sm">
            {coverage.depth.map((d) => (
              <li key={d.principle} className="flex items-center justify-between gap-2">
                <span>{principleName(d.principle)}</span>
                <Badge tone={d.readyStories >= d.target ? "ok" : d.readyStories === 0 ? "bad" : "warn"}>
                  {d.readyStories} of {d.target} ready
                </Badge>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="findings-heading">
        <h3 id="findings-heading" className="text-sm font-semibold">Findings</h3>
        {items.length === 0 ? (
          <p className="mt-1 text-sm text-muted">
            {planned === 0 ? "Plan a story in a slot to see reuse and story checks here." : "No findings: no reuse across rounds and the planned stories pass every check."}
          </p>
        ) : (
          <>
            <p className="mt-1 text-xs text-muted">
              {counts.error} error{counts.error === 1 ? "" : "s"} · {counts.warning} warning{counts.warning === 1 ? "" : "s"} · {counts.tip} tip
              {counts.tip === 1 ? "" : "s"}
            </p>
            <ul className="mt-2 space-y-2" aria-label="Findings, errors first">
              {items.map((item) => (
                <li key={item.key} className="rounded-lg border border-line p-2.5 text-sm">
                  <div className="flex flex-wrap items-center gap-1.5">
                    <Badge tone={SEVERITY_TONE[item.severity]}>{item.severity}</Badge>
                    <code className="text-xs text-muted">{item.code}</code>
                  </div>
                  <p className="mt-1">{item.message}</p>
                  {item.roundIds.length + item.storyIds.length > 0 ? (
                    <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs">
                      {item.roundIds.map((id) => (
                        <a key={id} href={`#round-${id}`} className="text-brand-700 underline">
                          Round: {roundTitle.get(id) ?? "round"}
                        </a>
                      ))}
                      {item.storyIds.map((id) => (
                        <Link key={id} href={`/stories/${id}`} className="text-brand-700 underline">
                          Story: {storyById.get(id)?.title ?? "story"}
                        </Link>
                      ))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
