export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-16 text-sm text-muted">
      <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-brand-500 border-t-transparent" />
      Loading…
    </div>
  );
}
