// What a person sees when a page fails: what happened, that saved work is safe, a reference that
// matches the server log's line (never the error's message or stack), and a way to retry.
import { errorReference } from "@/lib/domain/error-reference";
import { buttonClass } from "./ui";

export function ErrorScreen({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = errorReference(error);
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold text-bad">Error</p>
      <h1 className="mt-2 text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-muted">
        We could not show this page. Nothing you saved is lost; unsaved story text is kept in this browser.
      </p>
      {reference ? (
        <p className="mt-3 text-sm">
          Reference: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{reference}</code>
          <span className="block text-xs text-muted">Quote it if you report this: it finds the problem in the server log.</span>
        </p>
      ) : (
        <p className="mt-3 text-xs text-muted">This happened in your browser; trying again or reloading usually helps.</p>
      )}
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={retry} className={buttonClass("primary")}>Try again</button>
        <a href="/" className={buttonClass("secondary")}>Go to the home page</a>
      </div>
    </main>
  );
}
