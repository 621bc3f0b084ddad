// "A week out": the countdown to the loop and what is left to do, each item a link to where it is fixed.
import Link from "next/link";
import type { LoopCountdown } from "@/lib/domain/checklist";
import { Card } from "./ui";

function daysText(days: number): string {
  if (days === 0) return "Your loop is today";
  if (days === 1) return "Your loop is tomorrow";
  return `${days} days to your loop`;
}

export function LoopCountdownCard({ countdown }: { countdown: LoopCountdown }) {
  const { daysLeft, items } = countdown;
  return (
    <Card className="space-y-2 border-brand-500 bg-brand-50">
      <h2 id="countdown-title" className="text-base font-semibold">
        {daysText(daysLeft)}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm">Nothing left to plan: every slot has a ready story and a backup, and no finding is open.</p>
      ) : (
        <>
          <p className="text-sm">Left to do before then:</p>
          <ul className="list-disc space-y-1 pl-5 text-sm" aria-labelledby="countdown-title">
            {items.map((item) => (
              <li key={item.key}>
                <Link href={item.href} className="text-brand-700 underline">
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
