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
  { href: "/mentors", label: "Mentors" },
] as const;

export function AppNav() {
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
          </Link>
        );
      })}
    </nav>
  );
}
