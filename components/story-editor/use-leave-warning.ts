"use client";
// Asks before leaving a page with unsaved changes: the browser's own prompt on reload, close or a
// typed address (beforeunload), and a confirm on in-app links (Next's <Link> navigates without
// unloading, so beforeunload never fires for it).
import { useEffect } from "react";

export const LEAVE_WARNING = "You have unsaved changes to this story. Leave without saving? (A copy stays in this browser only.)";

export function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ""; // older Chromium needs it set to show the prompt
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin) return; // leaving the site unloads: beforeunload asks
      if (to.pathname === window.location.pathname && to.search === window.location.search) return; // same page (#main)
      if (!window.confirm(LEAVE_WARNING)) {
        e.preventDefault();
        e.stopPropagation(); // captured on the document: Next's router never sees the click
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [active]);
}
