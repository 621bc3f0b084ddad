// The loop's coverage in one glance, for narrow screens where the full report sits below every round:
// score, slots planned, gaps and open findings, with the heatmap and findings one tap away.
import Link from "next/link";
import { describeScoreGaps } from "@/lib/domain/coverage";
import type { LoopReport } from "@/lib/domain/types";
import { Card } from "./ui";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function LoopSummaryCard({ report, className = "" }: { report: LoopReport; className?: string }) {
  const { slots, uncovered, score } = report.coverage;
  const planned = slots.filter((s) => s.storyId).length;
  const heldDown = describeScoreGaps(slots);
  const severities = [...report.reuse.findings, ...report.storyFindings].map((f) => f.severity);
  const errors = severities.filter((s) => s === "error").length;
  const warnings = severities.filter((s) => s === "warning").length;
  const findings = [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""].filter(Boolean).join(", ") || "no errors or warnings";
  return (
    <Card className={`space-y-1 ${className}`}>
      <h2 className="text-base font-semibold">
        Coverage score <span className="text-2xl">{Math.round(score * 100)}%</span>
      </h2>
      <p className="text-sm">
        {planned} of {plural(slots.length, "slot")} planned · {uncovered.length ? plural(uncovered.length, "gap") : "no gaps"} · {findings}
      </p>
      {heldDown ? <p className="text-xs text-warn">Held down by: {heldDown}.</p> : null}
      <p className="text-sm">
        <Link href="#loop-report" className="text-brand-700 underline">
          Heatmap and findings
        </Link>
      </p>
    </Card>
  );
}
