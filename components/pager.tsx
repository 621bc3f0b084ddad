// Previous / next links for a paged list, keeping the rest of the query (filters, sort) intact.
import Link from "next/link";
import { buttonClass } from "./ui";

export function Pager({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  const disabled = `${buttonClass("secondary")} pointer-events-none opacity-50`;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={buttonClass("secondary")} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">← Previous</span>
      )}
      <span className="text-muted" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={buttonClass("secondary")} rel="next">
          Next →
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">Next →</span>
      )}
    </nav>
  );
}
