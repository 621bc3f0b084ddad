"use client";
// The loop page's report panel, rendered in the browser too: the page then carries the report's data (a few kB)
// instead of the panel's whole element tree a second time beside its HTML.
import type { ComponentProps } from "react";
import { LoopReportPanel } from "./loop-report";

export function LoopReportPanelClient(props: ComponentProps<typeof LoopReportPanel>) {
  return <LoopReportPanel {...props} />;
}
