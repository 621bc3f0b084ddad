import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <header className="mb-6">
        <Link href="/" className="text-xl font-semibold tracking-tight text-brand-700">★ StarLoop</Link>
      </header>
      <main id="main" tabIndex={-1} className="w-full max-w-sm rounded-card border border-line bg-white p-6 shadow-sm">{children}</main>
    </div>
  );
}
