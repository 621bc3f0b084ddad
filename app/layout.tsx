import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "StarLoop", template: "%s · StarLoop" },
  description: "Prepare the behavioral half of your interview loop: STAR stories, Leadership Principles, and a plan that never tells the same story twice.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="skip-link">Skip to main content</a>
        {children}
      </body>
    </html>
  );
}
