import Link from "next/link";
import { AccountMenu } from "@/components/account-menu";
import { AppNav } from "@/components/app-nav";
import { RouteFocus } from "@/components/route-focus";
import { unreadCommentCounts } from "@/lib/server/comments";
import { requireViewer } from "@/lib/server/viewer";

// Every page in this group is private: resolve the viewer once, redirect the signed-out.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const unread = [...(await unreadCommentCounts(viewer)).values()].reduce((n, c) => n + c, 0);
  return (
    <div className="min-h-screen">
      <header className="no-print sticky top-0 z-10 border-b border-line bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5">
          <Link href="/stories" className="text-lg font-semibold tracking-tight text-brand-700">★ StarLoop</Link>
          <div className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
            <AppNav unreadComments={unread} />
          </div>
          <div className="ml-auto sm:ml-0">
            <AccountMenu name={viewer.name} email={viewer.email} />
          </div>
        </div>
      </header>
      <RouteFocus />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
