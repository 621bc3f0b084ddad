// Principle tags as badges: primary in brand colour, secondary neutral.
import { principleName } from "@/lib/domain/principles";
import type { StoryPrinciple } from "@/lib/domain/types";
import { Badge } from "./ui";

export function PrincipleBadges({ principles }: { principles: readonly StoryPrinciple[] }) {
  if (principles.length === 0) return <span className="text-xs text-muted">No principles tagged</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Principles">
      {principles.map((p) => (
        <li key={p.code}>
          <Badge tone={p.weight === "primary" ? "brand" : "neutral"} title={p.weight === "primary" ? "Primary" : "Secondary"}>
            {p.weight === "primary" ? "★ " : ""}
            {principleName(p.code)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

export function ReadinessBadge({ readiness }: { readiness: number }) {
  const tone = readiness >= 80 ? "ok" : readiness >= 50 ? "warn" : "bad";
  return <Badge tone={tone} title="Readiness from the quality checks">Readiness {readiness}</Badge>;
}
