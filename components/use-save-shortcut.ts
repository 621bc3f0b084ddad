"use client";
// Ctrl/Cmd+S saves from anywhere on the page (the story editor and the deep-dive worksheet), never while a save runs.
import { useEffect, useRef } from "react";

export function useSaveShortcut(save: () => Promise<unknown>, saving: boolean): void {
  const savingRef = useRef(saving);
  savingRef.current = saving;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        if (!savingRef.current) void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);
}
