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

/** What every labelled control takes besides its element's own props. */
interface LabelProps {
  label: string;
  /** The server's message for this input: shown under it, marking it invalid and describing it. */
  error?: string | null;
  className?: string;
  id?: string;
  'aria-describedby'?: string;
}

/**
 * A labelled control: the label names it by `for`, so its name is the label alone (not its value).
 * `children` renders the control from the props left for it (with its id and, given an error, the
 * aria-invalid and aria-describedby that point at the message).
 */
function Labelled<Props extends LabelProps>({
  props: { label, error, className = '', id, 'aria-describedby': describedBy, ...control },
  children,
}: {
  props: Props;
  children: (control: Omit<Props, keyof LabelProps> & { id: string }) => ReactNode;
}) {
  const generated = useId();
  const controlId = id ?? generated;
  const errorId = `${controlId}-error`;
  const describers = [describedBy, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`flex flex-col gap-1 text-sm ${className}`}>
      <label htmlFor={controlId}>{label}</label>
      {children({
        ...control,
        id: controlId,
        ...(error ? { 'aria-invalid': true } : {}),
        ...(describers ? { 'aria-describedby': describers } : {}),
      })}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(props: ComponentProps<'input'> & LabelProps) {
  return <Labelled props={props}>{(control) => <input className={CONTROL} {...control} />}</Labelled>;
}

export function TextArea(props: ComponentProps<'textarea'> & LabelProps) {
  return (
    <Labelled props={props}>{(control) => <textarea className={CONTROL} rows={3} {...control} />}</Labelled>
  );
}

export function SelectField({ children, ...props }: ComponentProps<'select'> & LabelProps) {
  return (
    <Labelled props={props}>
      {(control) => (
        <select className={CONTROL} {...control}>
          {children}
        </select>
      )}
    </Labelled>
  );
}

/** A form's submit button (saying so while busy) and, with `onCancel`, a Cancel button beside it. */
export function FormActions({
  submit,
  busy,
  busyLabel = 'Saving…',
  onCancel,
}: {
  submit: string;
  busy: boolean;
  busyLabel?: string;
  onCancel?: () => void;
}) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="submit" disabled={busy}>
        {busy ? busyLabel : submit}
      </Button>
      {onCancel && (
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      )}
    </div>
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

/** What just happened (a record created, records merged), announced to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="mb-4 rounded bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200"
    >
      {children}
    </p>
  );
}

/** One of a few views to choose, as a group of pressed and unpressed buttons named `label`. */
export function ToggleGroup<Value extends string | boolean>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: ReadonlyArray<{ value: Value; label: string }>;
  value: Value;
  onChange: (value: Value) => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex rounded ring-1 ring-slate-300">
      {options.map((option) => (
        <button
          key={String(option.value)}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={`px-3 py-1.5 text-sm first:rounded-l last:rounded-r ${value === option.value ? 'bg-slate-800 text-white' : 'bg-white hover:bg-slate-50'}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
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
    case 'RATE_LIMITED':
    case 'BUDGET_EXCEEDED': {
      // Identity's throttle says `retryAfterSeconds`, the gateway's limits `retryAfter` (seconds).
      const wait = Number(first.extensions?.retryAfter ?? first.extensions?.retryAfterSeconds);
      return Number.isFinite(wait) && wait > 0
        ? `Too many requests. Try again in ${Math.ceil(wait)} s.`
        : 'Too many requests. Wait a moment and try again.';
    }
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
