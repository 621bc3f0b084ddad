// Round kinds in words, and the badge that shows one (shared by the planning view, the forms and the list).
import { Badge } from "./ui";
import type { RoundKind } from "@/lib/domain/types";

export const ROUND_KIND_LABELS: Readonly<Record<RoundKind, string>> = {
  recruiter: "Recruiter screen",
  phone: "Phone screen",
  assessment: "Assessment",
  onsite: "Onsite",
  "hiring-manager": "Hiring manager",
  "bar-raiser": "Bar Raiser",
  other: "Other",
  "deep-dive": "Deep-dive (one project)",
};

export function RoundKindBadge({ kind }: { kind: RoundKind }) {
  return <Badge tone={kind === "bar-raiser" || kind === "deep-dive" ? "brand" : "neutral"}>{ROUND_KIND_LABELS[kind]}</Badge>;
}
