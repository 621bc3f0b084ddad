"use client";
// Creating an invite link and copying it: the link is shown once (only its hash is stored).
import { useId, useRef, useState, useTransition } from "react";
import { Button, FormMessage, inputClass } from "@/components/ui";
import { createInviteAction } from "@/lib/actions/shares";

export function InvitePanel() {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  function create() {
    setError(null);
    setCopied(null);
    startTransition(async () => {
      const result = await createInviteAction();
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setLink({ url: `${window.location.origin}/invite/${result.data.token}`, expiresAt: result.data.expiresAt });
    });
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied("Link copied. Paste it into a message to your mentor.");
    } catch {
      inputRef.current?.select();
      setCopied("Your browser did not let us copy: the link is selected, press Ctrl+C (or ⌘C) to copy it.");
    }
  }

  return (
    <div className="space-y-3">
      <Button type="button" onClick={create} disabled={pending}>
        {pending ? "Creating link…" : link ? "Create another invite link" : "Create invite link"}
      </Button>
      <FormMessage message={error} />
      {link ? (
        <div className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-3">
          <label htmlFor={inputId} className="text-sm font-medium">
            Invite link
          </label>
          <div className="flex flex-wrap gap-2 sm:flex-nowrap">
            <input
              id={inputId}
              ref={inputRef}
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
              className={`${inputClass} font-mono text-xs`}
              aria-describedby={`${inputId}-hint`}
            />
            <Button type="button" variant="secondary" onClick={copy}>
              Copy link
            </Button>
          </div>
          <p id={`${inputId}-hint`} className="text-xs text-muted">
            Send it to one mentor. It works once and expires on {new Date(link.expiresAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}.
            Copy it now: we keep only a fingerprint of it, so it cannot be shown again.
          </p>
          <p role="status" className="text-xs text-ok">
            {copied}
          </p>
        </div>
      ) : null}
    </div>
  );
}
