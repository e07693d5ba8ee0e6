import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Button, Problems } from '../ui';

/** A form of the signed-out screens: its fields, the server's refusals, and one wide submit button. */
export function AuthForm({
  label,
  submitLabel,
  busyLabel,
  result: { fetching, error },
  userErrors,
  onSubmit,
  children,
}: {
  label: string;
  submitLabel: string;
  busyLabel: string;
  /** The sign-in mutation's state. */
  result: { fetching: boolean; error?: CombinedError };
  userErrors?: ReadonlyArray<{ message: string; code?: string | null }>;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      aria-label={label}
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <Problems error={error} userErrors={userErrors} />
      <Button type="submit" disabled={fetching}>
        {fetching ? busyLabel : submitLabel}
      </Button>
    </form>
  );
}
