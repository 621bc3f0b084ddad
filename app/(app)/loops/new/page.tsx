// Create a loop from one of the four templates.
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui";
import { LoopCreateForm } from "@/components/loop-form";
import { requireViewer } from "@/lib/server/viewer";
import { createLoopAction } from "@/lib/actions/loops";

export const metadata = { title: "New loop · StarLoop" };

export default async function NewLoopPage() {
  await requireViewer("/loops/new");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/loops" className="text-brand-700 hover:underline">← Loops</Link>
      </p>
      <PageHeader
        title="New loop"
        description="Pick a template: it pre-fills the rounds and spreads the most-asked principles across them. You can change every round afterwards."
      />
      <Card>
        <LoopCreateForm action={createLoopAction} />
      </Card>
    </>
  );
}
