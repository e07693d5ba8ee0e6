import type { Resolvers } from '../../__generated__/resolvers-types';
import { departmentByIdLoader } from '../department/department.loaders';
import { employeeByIdLoader } from './employee.loaders';
import {
  createEmployee,
  employeeOfUser,
  findEmployee,
  listEmployees,
  updateEmployee,
} from './employee.service';

export const employeeResolvers: Resolvers = {
  Query: {
    employees: (_root, args, ctx) => listEmployees(ctx, args),
    employee: (_root, { id }, ctx) => findEmployee(ctx, id),
  },
  Mutation: {
    createEmployee: (_root, { input }, ctx) => createEmployee(ctx, input),
    updateEmployee: (_root, { input }, ctx) => updateEmployee(ctx, input),
  },
  Employee: {
    department: (employee, _args, ctx) =>
      employee.departmentId ? departmentByIdLoader(ctx).load(employee.departmentId) : null,
    manager: (employee, _args, ctx) =>
      employee.managerId ? employeeByIdLoader(ctx).load(employee.managerId) : null,
    user: (employee) => (employee.userId ? { id: employee.userId } : null),
    createdAt: (employee) => employee.createdAt.toISOString(),
    updatedAt: (employee) => employee.updatedAt.toISOString(),
  },
  User: {
    // erp cannot see identity's users; any referenced id is answered, with its employee if any.
    __resolveReference: (reference) => ({ id: reference.id }),
    employee: (user, _args, ctx) => employeeOfUser(ctx, user),
  },
};
