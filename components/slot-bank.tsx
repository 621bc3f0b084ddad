"use client";
// The loop page's one copy of the bank for its slot pickers: each picker ranks its slot's candidates here, on the
// client, with the planner's own ranking (lib/domain/rank-candidates.ts), instead of the server sending every slot
// its own ranked list of the whole bank (a 200-story bank made the page 0.6 MB).
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { rankCandidates } from "@/lib/domain/rank-candidates";
import type { PrincipleCode } from "@/lib/domain/types";
import { unpackBank, type BankStory, type PackedBank } from "./slot-bank-data";

export interface SlotOption {
  id: string;
  title: string;
  project: string;
  /** Empty for stories off this principle. */
  strengths: string[];
  concerns: string[];
}

interface Prepared {
  loop: PackedBank["loop"];
  stories: BankStory[];
  byId: Map<string, BankStory>;
  readinessById: Map<string, number>;
  errorStoryIds: Set<string>;
  all: SlotOption[];
}

const BankContext = createContext<Prepared | null>(null);

export function SlotBankProvider({ bank, children }: { bank: PackedBank; children: ReactNode }) {
  const prepared = useMemo<Prepared>(() => {
    const stories = unpackBank(bank);
    return {
      loop: bank.loop,
      stories,
      byId: new Map(stories.map((s) => [s.id, s])),
      readinessById: new Map(stories.map((s) => [s.id, s.readiness])),
      errorStoryIds: new Set(stories.filter((s) => s.hasErrors).map((s) => s.id)),
      all: stories.map((s) => ({ id: s.id, title: s.title, project: s.projectTitle, strengths: [], concerns: [] })),
    };
  }, [bank]);
  return <BankContext.Provider value={prepared}>{children}</BankContext.Provider>;
}

/** The slot's candidates, best fit first (stories tagged with its principle), and every story of the bank. */
export function useSlotOptions(roundId: string, principle: PrincipleCode): { ranked: SlotOption[]; all: SlotOption[] } {
  const prepared = useContext(BankContext);
  if (!prepared) throw new Error("useSlotOptions needs a SlotBankProvider");
  const ranked = useMemo(() => {
    const { loop, stories, byId, readinessById, errorStoryIds } = prepared;
    return rankCandidates(loop, stories, roundId, principle, readinessById, errorStoryIds).map((c): SlotOption => {
      const s = byId.get(c.storyId)!;
      return { id: s.id, title: s.title, project: s.projectTitle, strengths: c.strengths, concerns: c.concerns };
    });
  }, [prepared, roundId, principle]);
  return { ranked, all: prepared.all };
}

const subscribeNever = () => () => {};
/**
 * False while the server renders and the page hydrates, true after: the pickers put their long menus into the
 * page only once it runs in the browser (a menu is of no use before, as a choice is saved by script).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
