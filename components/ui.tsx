// Small shared UI pieces (Button, Field, Badge, Card, EmptyState) so class strings live in one place.
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

// The classes live in app/globals.css (@layer components).
const buttonStyles = {
  primary: "ui-btn-primary",
  secondary: "ui-btn-secondary",
  danger: "ui-btn-danger",
  ghost: "ui-btn-ghost",
} as const;
export type ButtonVariant = keyof typeof buttonStyles;

export function buttonClass(variant: ButtonVariant = "primary", extra = "") {
  return `ui-btn ${buttonStyles[variant]} ${extra}`;
}

export function Button({ variant = "primary", className = "", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button className={buttonClass(variant, className)} {...props} />;
}

export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}

export const inputClass = "ui-field";

export function Field({
  label,
  htmlFor,
  hint,
  errors,
  children,
  aside,
}: {
  label: string;
  htmlFor: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={htmlFor} className="text-sm font-medium text-ink">
          {label}
        </label>
        {aside ? <span className="text-xs text-muted">{aside}</span> : null}
      </div>
      {children}
      {hint ? (
        <p id={`${htmlFor}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${htmlFor}-error`} role="alert" className="text-sm text-bad">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const badgeStyles = {
  neutral: "bg-slate-100 text-slate-700",
  brand: "bg-brand-50 text-brand-700",
  ok: "bg-emerald-50 text-emerald-800",
  warn: "bg-amber-50 text-amber-800",
  bad: "bg-red-50 text-red-800",
} as const;

export function Badge({ tone = "neutral", children, title }: { tone?: keyof typeof badgeStyles; children: ReactNode; title?: string }) {
  return (
    <span title={title} className={`ui-badge ${badgeStyles[tone]}`}>
      {children}
    </span>
  );
}

export function Card({ className = "", ...props }: ComponentProps<"div">) {
  return <div className={`rounded-card border border-line bg-white p-5 shadow-sm ${className}`} {...props} />;
}

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="mt-1 max-w-2xl text-sm text-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-card border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children ? <div className="mx-auto mt-2 max-w-md text-sm text-muted">{children}</div> : null}
      {action ? <div className="mt-5 flex justify-center gap-2">{action}</div> : null}
    </div>
  );
}

export function FormMessage({ message, tone = "bad" }: { message?: string | null; tone?: "bad" | "ok" }) {
  if (!message) return null;
  return (
    <p role={tone === "bad" ? "alert" : "status"} className={`rounded-lg px-3 py-2 text-sm ${tone === "bad" ? "bg-red-50 text-bad" : "bg-emerald-50 text-ok"}`}>
      {message}
    </p>
  );
}
