// The account menu: who is signed in, and sign out. A <details> keeps it keyboard-usable without JS.
import { signOutAction } from "@/lib/actions/auth";

export function AccountMenu({ name, email }: { name: string; email: string }) {
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-2 py-1.5 text-sm hover:bg-slate-100" aria-label="Account menu">
        <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">
          {(name || email).slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{name || email}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-60 rounded-lg border border-line bg-white p-2 shadow-lg">
        <p className="truncate px-2 py-1 text-xs text-muted">Signed in as {email}</p>
        <a href="/backup" className="block rounded-md px-2 py-1.5 text-sm hover:bg-slate-100">Backup &amp; export</a>
        <form action={signOutAction}>
          <button type="submit" className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100">Sign out</button>
        </form>
      </div>
    </details>
  );
}
