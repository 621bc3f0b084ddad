"use client";
// The account menu: who is signed in, backup, and sign out, as a menu button (components/use-menu.ts).
import Link from "next/link";
import { useId } from "react";
import { signOutAction } from "@/lib/actions/auth";
import { useMenu } from "./use-menu";

const itemClass = "block w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus:bg-slate-100";

export function AccountMenu({ name, email }: { name: string; email: string }) {
  const { open, setOpen, close, buttonRef, menuRef, onButtonKeyDown, onMenuKeyDown } = useMenu();
  const menuId = useId();
  const shown = name || email;
  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        // Starts with the visible text (WCAG 2.5.3) and says what the button is.
        aria-label={`${shown}: account menu`}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKeyDown}
        className="flex cursor-pointer items-center gap-2 rounded-lg px-2 py-1.5 text-sm hover:bg-slate-100"
      >
        {/* The initial is drawn by CSS, so the visible text is exactly the name (WCAG 2.5.3 Label in Name). */}
        <span
          aria-hidden
          data-initial={shown.slice(0, 1).toUpperCase()}
          className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white before:content-[attr(data-initial)]"
        />
        <span className="hidden max-w-40 truncate sm:inline">{shown}</span>
      </button>
      {open ? (
        <div ref={menuRef} onKeyDown={onMenuKeyDown} className="absolute right-0 z-20 mt-2 w-60 rounded-lg border border-line bg-white p-2 shadow-lg">
          <p className="truncate px-2 py-1 text-xs text-muted">Signed in as {email}</p>
          <div id={menuId} role="menu" aria-label="Account">
            <Link role="menuitem" href="/backup" className={itemClass} onClick={() => close(false)}>Backup &amp; export</Link>
            <form action={signOutAction} role="none">
              <button role="menuitem" type="submit" className={itemClass}>Sign out</button>
            </form>
          </div>
        </div>
      ) : null}
    </div>
  );
}
