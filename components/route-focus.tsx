"use client";
// After an in-app navigation the link that had focus is gone and focus falls to the page body:
// move it to <main id="main"> (the skip link's target), unless the new page focused a field itself.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export function RouteFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false; // a full page load starts at the top, as browsers do
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
