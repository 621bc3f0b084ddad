// Owns the Markdown export of a whole bank: projects → stories (every section, principles, angles, metrics), then
// the loops' plans. Works on the backup document, so Markdown and JSON always cover the same data. Pure: no I/O.
import { describeMetricChange, formatQuantity } from "@/lib/domain/metrics";
import { loopTitle } from "@/lib/domain/loop-names";
import { principleName } from "@/lib/domain/principles";
import { SECTIONS } from "@/lib/domain/types";
import { DEEP_DIVE_SECTION_LABELS, DEEP_DIVE_SECTIONS } from "@/lib/domain/deep-dive";
import type { Backup } from "@/lib/validation/backup";

const SECTION_TITLES = { situation: "Situation", task: "Task", action: "Action", result: "Result", learnings: "Learnings" } as const;

/** Escapes what would change the structure of a one-line Markdown text (titles, list items, table cells). */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/([\\`*_[\]<>|#~])/g, "\\$1")
    .replace(/^([-+]|\d+\.)(?=\s)/, "\\$1");
}

/** A multi-line section as paragraphs; a line that would read as a heading or rule is escaped. */
function block(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split("\n")
    .map((line) => line.replace(/^(\s*)(#|={3,}|-{3,}|<)/, "$1\\$2"))
    .join("\n");
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Story = Backup["stories"][number];

function metricLine(m: Story["metrics"][number]): string {
  const change = describeMetricChange(m).text;
  const values = m.before === null ? formatQuantity(m.after, m.unit) : `${formatQuantity(m.before, m.unit)} → ${formatQuantity(m.after, m.unit)}`;
  const direction = m.direction === "higher-is-better" ? "higher is better" : "lower is better";
  return `  - ${escapeInline(change)} (${escapeInline(values)}, ${direction})`;
}

function storyMarkdown(story: Story): string[] {
  const out = [`### ${escapeInline(story.title)}`, ""];
  if (story.headline.trim()) out.push(`> **${escapeInline(story.headline)}**`, "");
  const principles = story.principles.map((p) => `${principleName(p.code)} (${p.weight})`).join(", ");
  out.push(`- **Status:** ${story.status}`);
  out.push(`- **Principles:** ${principles || "none yet"}`);
  out.push(`- **Angles:** ${story.angles.map(escapeInline).join(", ") || "none yet"}`);
  if (story.metrics.length) {
    out.push("- **Metrics:**");
    for (const m of story.metrics) out.push(metricLine(m));
  } else out.push("- **Metrics:** none yet");
  out.push("");
  for (const section of SECTIONS) {
    out.push(`#### ${SECTION_TITLES[section]}`, "", story[section].trim() ? block(story[section]) : "_(empty)_", "");
  }
  if (story.shortVersion.trim()) out.push("#### 30-second version", "", block(story.shortVersion), "");
  if (story.followUps.length) {
    out.push("#### Follow-ups", "");
    story.followUps.forEach((f, i) => {
      out.push(`${i + 1}. **${escapeInline(f.question)}**`);
      out.push(`   ${f.answer.trim() ? escapeInline(f.answer) : "_(no answer yet)_"}`);
    });
    out.push("");
  }
  return out;
}

type DeepDive = Backup["deepDives"][number];

/** A project's deep-dive worksheet: its sections in order, the options weighed after the timeline, metrics with the impact. */
function deepDiveMarkdown(dd: DeepDive): string[] {
  const out = ["### Deep-dive", ""];
  for (const section of DEEP_DIVE_SECTIONS) {
    out.push(`#### ${DEEP_DIVE_SECTION_LABELS[section]}`, "", dd[section].trim() ? block(dd[section]) : "_(empty)_", "");
    if (section === "timeline") {
      out.push("#### Options weighed", "");
      if (dd.options.length === 0) out.push("_None yet._");
      dd.options.forEach((o, i) => {
        const tradeoffs = o.tradeoffs.trim() ? ` — ${escapeInline(o.tradeoffs)}` : "";
        out.push(`${i + 1}. **${escapeInline(o.title)}**${o.chosen ? " (chosen)" : ""}${tradeoffs}`);
      });
      out.push("");
    }
    if (section === "impact" && dd.metrics.length) {
      out.push("- **Metrics:**");
      for (const m of dd.metrics) out.push(metricLine(m));
      out.push("");
    }
  }
  return out;
}

export interface MarkdownOptions {
  ownerName?: string;
  /** YYYY-MM-DD shown under the title. */
  date?: string;
}

export function bankToMarkdown(bank: Backup, opts: MarkdownOptions = {}): string {
  const loops = bank.loops ?? [];
  const out: string[] = [`# StarLoop bank${opts.ownerName ? ` — ${escapeInline(opts.ownerName)}` : ""}`, ""];
  out.push(
    [opts.date ? `Exported ${opts.date}` : "", count(bank.projects.length, "project"), count(bank.stories.length, "story", "stories"), count(loops.length, "loop")]
      .filter(Boolean)
      .join(" · "),
    "",
  );
  if (bank.projects.length === 0) out.push("_No projects yet._", "");

  const storiesByProject = new Map<string, Story[]>();
  for (const s of bank.stories) storiesByProject.set(s.projectKey, [...(storiesByProject.get(s.projectKey) ?? []), s]);
  const storyTitle = new Map(bank.stories.map((s) => [s.key, s.title]));
  const deepDives = new Map((bank.deepDives ?? []).map((d) => [d.projectKey, d]));
  const projectTitle = new Map(bank.projects.map((p) => [p.key, p.title]));

  for (const project of bank.projects) {
    out.push(`## ${escapeInline(project.title)}`, "");
    const meta = [project.organization, project.period].filter((x) => x.trim()).map(escapeInline).join(" · ");
    if (meta) out.push(`_${meta}_`, "");
    if (project.role.trim()) out.push(`**Role:** ${escapeInline(project.role)}`, "");
    if (project.scope.trim()) out.push(`**Scope:** ${escapeInline(project.scope)}`, "");
    if (project.context.trim()) out.push(block(project.context), "");
    const stories = storiesByProject.get(project.key) ?? [];
    if (stories.length === 0) out.push("_No stories from this project yet._", "");
    for (const story of stories) out.push(...storyMarkdown(story));
    const deepDive = deepDives.get(project.key);
    if (deepDive) out.push(...deepDiveMarkdown(deepDive));
  }

  if (loops.length) {
    out.push("## Loops", "");
    for (const loop of loops) {
      out.push(`### ${escapeInline(loopTitle(loop))}${loop.date ? `, ${escapeInline(loop.date)}` : ""}`, "");
      if (loop.rounds.length === 0) out.push("_No rounds yet._", "");
      loop.rounds.forEach((round, i) => {
        if (round.kind === "deep-dive") {
          const project = round.projectKey === undefined ? "no project chosen yet" : `_${escapeInline(projectTitle.get(round.projectKey) ?? round.projectKey)}_ end to end`;
          out.push(`${i + 1}. **${escapeInline(round.title)}** (${round.minutes} min) — deep-dive: ${project}`);
          return;
        }
        const focus = round.focus.map(principleName).join(", ") || "no focus principles";
        out.push(`${i + 1}. **${escapeInline(round.title)}** (${round.minutes} min) — ${focus}`);
        for (const principle of round.focus) {
          const a = round.assignments.find((x) => x.principle === principle);
          const planned = a ? `_${escapeInline(storyTitle.get(a.storyKey) ?? a.storyKey)}_` : "no story planned";
          const backup = a?.backupStoryKey ? ` (backup: _${escapeInline(storyTitle.get(a.backupStoryKey) ?? a.backupStoryKey)}_)` : "";
          out.push(`   - ${principleName(principle)}: ${planned}${backup}`);
        }
      });
      out.push("");
    }
  }
  const questions = bank.questions ?? [];
  if (questions.length) {
    out.push("## My questions", "");
    for (const q of questions) out.push(`- ${escapeInline(q.text)} — ${q.principles.map(principleName).join(", ")}`);
    out.push("");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
