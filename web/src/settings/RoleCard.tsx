import type { TenantRolesQuery } from '../__generated__/graphql';
import { formatDate } from '../ui';
import { groupBySubgraph } from './permissions';

/** One role: its name, whether it is built in, and its permissions grouped by subgraph. */
export function RoleCard({ role }: { role: TenantRolesQuery['roles'][number] }) {
  const headingId = `role-${role.name}`;
  return (
    <li aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          {role.name}
        </h2>
        <span className="text-xs text-slate-500">
          {role.builtIn ? 'Built-in' : `Custom, created ${formatDate(role.createdAt)}`}
        </span>
      </div>
      {role.permissions.length === 0 ? (
        <p className="text-sm text-slate-500">No permissions.</p>
      ) : (
        <dl className="flex flex-col gap-2 text-sm">
          {groupBySubgraph(role.permissions).map(([subgraph, permissions]) => (
            <div key={subgraph} className="grid grid-cols-[6rem_minmax(0,1fr)] gap-2">
              <dt className="font-medium text-slate-600">{subgraph}</dt>
              <dd className="flex flex-wrap gap-1">
                {permissions.map((permission) => (
                  <span
                    key={permission}
                    title={permission}
                    className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                  >
                    {permission.slice(subgraph.length + 1)}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
