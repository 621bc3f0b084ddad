"use client";
// A destructive action behind a confirmation dialog: a native modal <dialog> (the page behind is
// inert, Escape closes it), Tab and Shift+Tab cycle inside it, and focus goes back to the button.
import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import { Button, type ButtonVariant } from "./ui";

export function ConfirmButton({
  label,
  title,
  body,
  confirmLabel = "Delete",
  onConfirm,
  variant = "secondary",
  className,
}: {
  label: ReactNode;
  title: string;
  body: ReactNode;
  confirmLabel?: string;
  /** Returns an error message to show, or nothing when it went well. */
  onConfirm: () => Promise<string | void | null | undefined>;
  variant?: ButtonVariant;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId(); // several confirm buttons can share a page
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // The dialog's content enters the page only while it is open (a page of many rounds need not carry each one's);
  // showModal runs once it is rendered, so the Cancel button's autofocus applies.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
  }, [open]);
  return (
    <>
      <Button ref={opener} type="button" variant={variant} className={className} onClick={() => { setError(null); setOpen(true); }}>
        {label}
      </Button>
      <dialog ref={ref} aria-labelledby={open ? titleId : undefined} onClose={() => { setOpen(false); opener.current?.focus(); }} onKeyDown={trapTab} className="m-auto w-full max-w-md rounded-card border border-line p-0 shadow-xl backdrop:bg-black/40">
        {open ? <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
          <div className="mt-2 text-sm text-muted">{body}</div>
          {error ? <p role="alert" className="mt-3 text-sm text-bad">{error}</p> : null}
          <div className="mt-5 flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => ref.current?.close()} autoFocus>Cancel</Button>
            <Button
              type="button"
              variant="danger"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const message = await onConfirm();
                  if (message) setError(message);
                  else ref.current?.close();
                })
              }
            >
              {pending ? "Working…" : confirmLabel}
            </Button>
          </div>
        </div> : null}
      </dialog>
    </>
  );
}

/** Keeps Tab and Shift+Tab among the dialog's own controls (a modal dialog otherwise lets focus leave to the browser). */
function trapTab(e: KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== "Tab") return;
  const controls = Array.from(e.currentTarget.querySelectorAll<HTMLElement>("button:not([disabled]), a[href], input, select, textarea, [tabindex]:not([tabindex='-1'])"));
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
