import { type ComponentProps, type ReactNode, useId } from 'react';
import type { CombinedError } from 'urql';

/**
 * The client's few building blocks, so every screen shows loading, empty and error states the same
 * way and every form control has a visible label (keyboard and screen-reader users find it by name).
 */

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="mb-4 flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-xl font-semibold">{title}</h1>
      {children && <div className="flex flex-wrap items-center gap-2">{children}</div>}
    </header>
  );
}

export function Card({
  title,
  children,
  className = '',
}: {
  title?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 ${className}`}>
      {title && <h2 className="mb-3 text-sm font-semibold text-slate-600">{title}</h2>}
      {children}
    </section>
  );
}

type ButtonProps = ComponentProps<'button'> & { variant?: 'primary' | 'secondary' | 'danger' };

export function Button({ variant = 'primary', className = '', type = 'button', ...props }: ButtonProps) {
  const look = {
    primary: 'bg-indigo-600 text-white hover:bg-indigo-700',
    secondary: 'bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50',
    danger: 'bg-red-600 text-white hover:bg-red-700',
  }[variant];
  return (
    <button
      type={type}
      className={`rounded px-3 py-2 text-sm font-medium focus:outline-2 focus:outline-offset-2 focus:outline-indigo-600 disabled:opacity-50 ${look} ${className}`}
      {...props}
    />
  );
}

const CONTROL =
  'rounded border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-indigo-600';

/** A labelled control: the label names it by `for`, so its name is the label alone (not its value). */
function Labelled({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`flex flex-col gap-1 text-sm ${className}`}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

export function TextField({
  label,
  className = '',
  id,
  ...props
}: ComponentProps<'input'> & { label: string }) {
  return (
    <Labelled label={label} className={className}>
      {(generated) => <input id={id ?? generated} className={CONTROL} {...props} />}
    </Labelled>
  );
}

export function TextArea({
  label,
  className = '',
  id,
  ...props
}: ComponentProps<'textarea'> & { label: string }) {
  return (
    <Labelled label={label} className={className}>
      {(generated) => <textarea id={id ?? generated} className={CONTROL} rows={3} {...props} />}
    </Labelled>
  );
}

export function SelectField({
  label,
  className = '',
  children,
  id,
  ...props
}: ComponentProps<'select'> & { label: string }) {
  return (
    <Labelled label={label} className={className}>
      {(generated) => (
        <select id={id ?? generated} className={CONTROL} {...props}>
          {children}
        </select>
      )}
    </Labelled>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="py-6 text-center text-slate-500">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="py-6 text-center text-slate-500">{children}</p>;
}

/** What went wrong, where it happened: a request's error (by its code) and a payload's userErrors. */
export function Problems({
  error,
  userErrors = [],
}: {
  error?: CombinedError | null;
  userErrors?: ReadonlyArray<{ message: string; code?: string | null }>;
}) {
  const messages = [
    ...userErrors.map((userError) => userError.message),
    ...(error ? [describeError(error)] : []),
  ];
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

/** A person's reading of a request error: the platform's codes get a sentence, the rest its message. */
export function describeError(error: CombinedError): string {
  if (error.networkError) return 'The server cannot be reached. Check your connection and try again.';
  const first = error.graphQLErrors[0];
  switch (first?.extensions?.code) {
    case 'FORBIDDEN':
      return 'Your role does not allow this.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again.';
    case 'TOO_MANY_REQUESTS':
      return 'Too many attempts. Wait a moment and try again.';
    default:
      return first?.message ?? error.message;
  }
}

export function formatMoney(money: { amount: string; currency: string } | null | undefined): string {
  if (!money) return '—';
  const value = Number(money.amount);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency }).format(value);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  // A date without a time ("2026-12-04") is that calendar day everywhere, not UTC midnight moved
  // into the viewer's zone (the day before, west of UTC).
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Date(iso).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  });
}
