import { defineModule } from '@nexora/kit';
import { departmentResolvers } from './department.resolvers';

/**
 * Departments: the tenant's organisation tree (name unique per tenant, a parent, a manager). Read
 * with `erp.employee:read` (declared by the employee module); `erp.hr:write` changes the structure.
 */
export default defineModule({
  name: 'department',
  resolvers: departmentResolvers,
  mappers: { Department: './department.types#DepartmentRow' },
  permissions: [
    {
      name: 'erp.hr:write',
      description: 'Create, change and delete departments, leave types and leave allocations',
      grantedTo: ['admin'],
    },
  ],
});
