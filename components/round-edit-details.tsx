"use client";
// "Edit round" under each round of the loop page. The form is put into the page the first time it is opened and
// then kept (typed text survives closing it again): seven closed forms with their menus were a fifth of the page.
import { useState, type ComponentProps } from "react";
import { RoundForm } from "./loop-round-form";

export function RoundEditDetails({ roundTitle, ...form }: { roundTitle: string } & ComponentProps<typeof RoundForm>) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">
        Edit round<span className="sr-only"> {roundTitle}</span>
      </summary>
      {opened ? (
        <div className="mt-3">
          <RoundForm {...form} />
        </div>
      ) : null}
    </details>
  );
}
