import type { Resolvers } from '../../__generated__/resolvers-types';
import { employeeByIdLoader } from '../employee/employee.loaders';
import { departmentByIdLoader } from './department.loaders';
import {
  createDepartment,
  deleteDepartment,
  findDepartment,
  listDepartments,
  updateDepartment,
} from './department.service';

export const departmentResolvers: Resolvers = {
  Query: {
    departments: (_root, args, ctx) => listDepartments(ctx, args),
    department: (_root, { id }, ctx) => findDepartment(ctx, id),
  },
  Mutation: {
    createDepartment: (_root, { input }, ctx) => createDepartment(ctx, input),
    updateDepartment: (_root, { input }, ctx) => updateDepartment(ctx, input),
    deleteDepartment: (_root, { input }, ctx) => deleteDepartment(ctx, input),
  },
  Department: {
    parent: (department, _args, ctx) =>
      department.parentId ? departmentByIdLoader(ctx).load(department.parentId) : null,
    manager: (department, _args, ctx) =>
      department.managerId ? employeeByIdLoader(ctx).load(department.managerId) : null,
    createdAt: (department) => department.createdAt.toISOString(),
    updatedAt: (department) => department.updatedAt.toISOString(),
  },
};
