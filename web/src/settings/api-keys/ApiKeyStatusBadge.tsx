import type { ApiKeyStatus } from '../../__generated__/graphql';

const LOOK: Record<ApiKeyStatus, { label: string; className: string }> = {
  ACTIVE: { label: 'Active', className: 'bg-emerald-100 text-emerald-900' },
  REVOKED: { label: 'Revoked', className: 'bg-red-100 text-red-900' },
  EXPIRED: { label: 'Expired', className: 'bg-slate-200 text-slate-800' },
};

/** A key's status as a word (never colour alone). */
export function ApiKeyStatusBadge({ status }: { status: ApiKeyStatus }) {
  const look = LOOK[status];
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${look.className}`}>
      {look.label}
    </span>
  );
}
