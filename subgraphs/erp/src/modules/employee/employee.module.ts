import { defineModule } from '@nexora/kit';
import { employeeResolvers } from './employee.resolvers';

/**
 * Employees of each tenant: department, manager, employment dates, and an optional link to a NEXORA
 * user, which erp adds to identity's `User` as `User.employee`.
 */
export default defineModule({
  name: 'employee',
  resolvers: employeeResolvers,
  mappers: { Employee: './employee.types#EmployeeRow', User: './employee.types#UserReference' },
  permissions: [
    {
      name: 'erp.employee:read',
      description: 'See departments and employees',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.employee:write',
      description: 'Add employees and change their records',
      grantedTo: ['admin'],
    },
  ],
});
