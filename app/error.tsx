"use client";
// The error screen for any page under the root layout; `retry` fetches and renders the segment again.
import { useEffect } from "react";
import { ErrorScreen } from "@/components/error-screen";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return <ErrorScreen error={error} retry={retry} />;
}
