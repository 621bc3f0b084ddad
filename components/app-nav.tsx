"use client";
// Main navigation with the current section marked (aria-current) for sighted and screen-reader users.
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/stories", label: "Stories" },
  { href: "/projects", label: "Projects" },
  { href: "/loops", label: "Loops" },
  { href: "/matrix", label: "Matrix" },
  { href: "/questions", label: "Questions" },
  { href: "/practice", label: "Practice" },
  { href: "/mentors", label: "Mentors" },
  { href: "/backup", label: "Backup" },
] as const;

/** `unreadComments`: mentors' comments on the viewer's stories since they last opened them (badge on Mentors). */
export function AppNav({ unreadComments = 0 }: { unreadComments?: number }) {
  const pathname = usePathname();
  return (
    // Wraps onto a second line on a phone rather than hiding links past the edge.
    <nav aria-label="Main" className="-mx-1 flex flex-wrap gap-1">
      {LINKS.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`whitespace-nowrap rounded-lg px-2.5 py-1.5 text-sm font-medium sm:px-3 ${current ? "bg-brand-50 text-brand-700" : "text-muted hover:bg-slate-100 hover:text-ink"}`}
          >
            {link.label}
            {link.href === "/mentors" && unreadComments > 0 ? " " : null}
            {link.href === "/mentors" && unreadComments > 0 ? (
              <span className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
                {unreadComments}
                <span className="sr-only"> new {unreadComments === 1 ? "comment" : "comments"}</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
