import { useQuery } from 'urql';
import { Loading, PageHeader, Problems } from '../ui';
import { CreateRoleForm } from './CreateRoleForm';
import { useCan } from '../permissions';
import { permissionCatalogue } from './permissions';
import { RoleCard } from './RoleCard';
import { TenantRolesQuery } from './roles-query';

/**
 * Settings → Roles: the built-in and custom roles with their permissions, and (with
 * `identity.role:write`) a form for a new custom role.
 */
export default function RolesScreen() {
  const canWrite = useCan('identity.role:write');
  const [{ data, fetching, error }] = useQuery({
    query: TenantRolesQuery,
    requestPolicy: 'cache-and-network',
  });
  const roles = data?.roles;
  return (
    <>
      <PageHeader title="Roles" />
      {!roles ? (
        fetching ? (
          <Loading what="roles" />
        ) : (
          <Problems error={error} />
        )
      ) : (
        <div className="flex flex-col gap-4">
          <ul aria-label="Roles" className="grid gap-4 lg:grid-cols-2">
            {roles.map((role) => (
              <RoleCard key={role.name} role={role} />
            ))}
          </ul>
          {canWrite && <CreateRoleForm catalogue={permissionCatalogue(roles)} />}
          <Problems error={error} />
        </div>
      )}
    </>
  );
}
