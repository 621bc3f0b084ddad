"use client";
// The mentor's tabs inside one candidate's bank, with the current one marked.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function CandidateNav({ base }: { base: string }) {
  const pathname = usePathname();
  const links = [
    { href: base, label: "Stories", current: pathname === base || pathname.startsWith(`${base}/stories`) },
    { href: `${base}/matrix`, label: "Matrix", current: pathname.startsWith(`${base}/matrix`) },
    { href: `${base}/loops`, label: "Loops", current: pathname.startsWith(`${base}/loops`) },
    { href: `${base}/practice`, label: "Mock interview", current: pathname.startsWith(`${base}/practice`) },
  ];
  return (
    <nav aria-label="Candidate's bank" className="flex flex-wrap gap-1 border-b border-line">
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.current ? "page" : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${l.current ? "border-brand-600 text-brand-700" : "border-transparent text-muted hover:text-ink"}`}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
