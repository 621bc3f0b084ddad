"use client";
// When the root layout itself fails: the same error screen in a document of its own (it replaces the
// root layout, so it brings the html, body and styles).
import "./globals.css";
import { ErrorScreen } from "@/components/error-screen";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <title>Something went wrong · StarLoop</title>
        <ErrorScreen error={error} retry={retry} />
      </body>
    </html>
  );
}
