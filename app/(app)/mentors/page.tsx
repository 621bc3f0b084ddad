import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { listUnreadComments, type UnreadComments } from "@/lib/server/comments";
import { listEndedMentorships, listMentees, listMentors, listPendingInvites } from "@/lib/server/shares";
import { requireViewer } from "@/lib/server/viewer";
import { formatDay } from "./format";
import { InvitePanel } from "./invite-panel";
import { RevokeInviteButton, RevokeShareButton } from "./revoke-buttons";

export const metadata: Metadata = { title: "Mentors" };

export default async function MentorsPage() {
  const viewer = await requireViewer("/mentors");
  const [invites, mentors, mentees, ended, unread] = await Promise.all([
    listPendingInvites(viewer),
    listMentors(viewer),
    listMentees(viewer),
    listEndedMentorships(viewer),
    listUnreadComments(viewer),
  ]);
  return (
    <>
      <PageHeader
        title="Mentors"
        description="Invite someone you trust to read your bank and comment on your stories, section by section. Mentors can read and comment; they cannot change anything."
      />
      {unread.length ? <UnreadCommentsList unread={unread} /> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="your-mentors" className="space-y-4">
          <h2 id="your-mentors" className="text-lg font-semibold">Your mentors</h2>
          <Card className="space-y-3">
            <p className="text-sm text-muted">
              There is no email: the link is the invitation. Create one, copy it, and send it to your mentor however you like. Each link works once and
              expires after 7 days.
            </p>
            <InvitePanel />
          </Card>

          <div>
            <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Active mentors</h3>
            {mentors.length ? (
              <ul aria-label="Active mentors" className="divide-y divide-line rounded-card border border-line bg-white">
                {mentors.map((m) => (
                  <li key={m.shareId} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <div className="min-w-0">
                      <p className="font-medium">{m.name}</p>
                      <p className="text-xs text-muted">
                        {m.email} · since {formatDay(m.since)}
                      </p>
                    </div>
                    <RevokeShareButton shareId={m.shareId} name={m.name} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="rounded-card border border-dashed border-slate-300 bg-white p-4 text-sm text-muted">
                No mentor has access yet. When someone accepts your link, they appear here.
              </p>
            )}
          </div>

          <div>
            <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Pending invite links</h3>
            {invites.length ? (
              <ul aria-label="Pending invite links" className="divide-y divide-line rounded-card border border-line bg-white">
                {invites.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                    <p>
                      Created {formatDay(i.createdAt)} · <span className="text-muted">expires {formatDay(i.expiresAt)}</span>
                    </p>
                    <RevokeInviteButton inviteId={i.id} created={formatDay(i.createdAt)} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="rounded-card border border-dashed border-slate-300 bg-white p-4 text-sm text-muted">No unused links.</p>
            )}
          </div>
        </section>

        <section aria-labelledby="people-you-mentor" className="space-y-4">
          <h2 id="people-you-mentor" className="text-lg font-semibold">People you mentor</h2>
          {mentees.length ? (
            <ul aria-label="People you mentor" className="divide-y divide-line rounded-card border border-line bg-white">
              {mentees.map((m) => (
                <li key={m.candidateId} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <div className="min-w-0">
                    <Link href={`/mentors/candidates/${m.candidateId}`} className="font-medium text-brand-700 hover:underline">
                      {m.name}
                    </Link>
                    <p className="text-xs text-muted">
                      {m.email} · since {formatDay(m.since)}
                    </p>
                  </div>
                  <Link href={`/mentors/candidates/${m.candidateId}`} className="text-sm text-brand-700 hover:underline">
                    Open bank<span className="sr-only"> of {m.name}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="Nobody shares a bank with you yet">
              <p>When a candidate sends you an invite link, open it while signed in and accept: their stories, matrix and loops then appear here.</p>
            </EmptyState>
          )}
          {ended.length ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Access ended</h3>
              <ul aria-label="Access ended" className="divide-y divide-line rounded-card border border-line bg-white">
                {ended.map((m) => (
                  <li key={m.candidateId} className="p-3 text-sm">
                    <p className="font-medium">{m.name}</p>
                    <p className="text-xs text-muted">Stopped sharing their bank with you on {formatDay(m.endedAt)}.</p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}

function UnreadCommentsList({ unread }: { unread: UnreadComments[] }) {
  const total = unread.reduce((n, u) => n + u.count, 0);
  return (
    <section aria-labelledby="unread-comments" className="mb-6 rounded-card border border-amber-300 bg-amber-50 p-4">
      <h2 id="unread-comments" className="font-semibold">
        {total} new {total === 1 ? "comment" : "comments"} from your mentors
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {unread.map((u) => (
          <li key={u.storyId}>
            <Link href={`/stories/${u.storyId}`} className="font-medium text-brand-700 underline">{u.storyTitle}</Link>{" "}
            <span className="text-muted">· {u.count} new · latest {formatDay(u.latestAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
