// The editor's save payload used by every concurrent-write run (`npm run bench`, tests/unit/write-concurrency.test.ts,
// tests/e2e/crash-safety.spec.ts). A module of its own, free of import.meta and child processes, so Playwright's
// transform can load it.

/** The story as saved by writer `n` of a run: unique text, so a read-back proves which save landed. */
export function storyPayload({ storyId, version, projectId, title }) {
  return {
    id: storyId,
    version,
    story: {
      projectId,
      title,
      situation: `Situation written by ${title}.`,
      task: "I owned the outcome.",
      action: "I measured, decided and shipped.",
      result: "Latency fell from 900 ms to 120 ms.",
      learnings: "",
      status: "draft",
      angles: ["bench"],
      principles: [{ code: "ownership", weight: "primary" }],
      metrics: [{ label: "p95 latency", unit: "ms", before: 900, after: 120, direction: "lower-is-better" }],
    },
  };
}
