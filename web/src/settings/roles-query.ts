import { graphql } from '../__generated__';

/** The roles of the tenant (built-in first, then custom ones by name), for the roles screen and role pickers. */
export const TenantRolesQuery = graphql(`
  query TenantRoles {
    roles {
      id
      name
      builtIn
      permissions
      createdAt
    }
  }
`);
