import type { Resolvers } from '../../__generated__/resolvers-types';
import { employeeByIdLoader } from '../employee/employee.loaders';
import { required } from './required-row';
import { leaveBalance } from './leave-balance.service';
import { remainingHalves } from './leave-balance';
import { approveLeaveRequest, cancelLeaveRequest, refuseLeaveRequest } from './leave-decision.service';
import {
  createLeaveAllocation,
  listLeaveAllocations,
  updateLeaveAllocation,
} from './leave-allocation.service';
import { findLeaveRequest, listLeaveRequests, requestLeave } from './leave-request.service';
import { createLeaveType, findLeaveType, listLeaveTypes, updateLeaveType } from './leave-type.service';
import { formatHalfDays, halvesOfStored } from './leave-days';
import { leaveTypeByIdLoader } from './leave.loaders';

export const leaveResolvers: Resolvers = {
  Query: {
    leaveTypes: (_root, args, ctx) => listLeaveTypes(ctx, args),
    leaveType: (_root, { id }, ctx) => findLeaveType(ctx, id),
    leaveAllocations: (_root, args, ctx) => listLeaveAllocations(ctx, args),
    leaveRequests: (_root, args, ctx) => listLeaveRequests(ctx, args),
    leaveRequest: (_root, { id }, ctx) => findLeaveRequest(ctx, id),
    leaveBalance: (_root, args, ctx) => leaveBalance(ctx, args),
  },
  Mutation: {
    createLeaveType: (_root, { input }, ctx) => createLeaveType(ctx, input),
    updateLeaveType: (_root, { input }, ctx) => updateLeaveType(ctx, input),
    createLeaveAllocation: (_root, { input }, ctx) => createLeaveAllocation(ctx, input),
    updateLeaveAllocation: (_root, { input }, ctx) => updateLeaveAllocation(ctx, input),
    requestLeave: (_root, { input }, ctx) => requestLeave(ctx, input),
    approveLeaveRequest: (_root, { input }, ctx) => approveLeaveRequest(ctx, input),
    refuseLeaveRequest: (_root, { input }, ctx) => refuseLeaveRequest(ctx, input),
    cancelLeaveRequest: (_root, { input }, ctx) => cancelLeaveRequest(ctx, input),
  },
  LeaveType: {
    createdAt: (leaveType) => leaveType.createdAt.toISOString(),
  },
  LeaveAllocation: {
    employee: (allocation, _args, ctx) =>
      required(employeeByIdLoader(ctx).load(allocation.employeeId), 'Employee'),
    leaveType: (allocation, _args, ctx) =>
      required(leaveTypeByIdLoader(ctx).load(allocation.leaveTypeId), 'LeaveType'),
    days: (allocation) => formatHalfDays(halvesOfStored(allocation.days)),
    createdAt: (allocation) => allocation.createdAt.toISOString(),
  },
  LeaveRequest: {
    employee: (request, _args, ctx) => required(employeeByIdLoader(ctx).load(request.employeeId), 'Employee'),
    leaveType: (request, _args, ctx) =>
      required(leaveTypeByIdLoader(ctx).load(request.leaveTypeId), 'LeaveType'),
    days: (request) => formatHalfDays(halvesOfStored(request.days)),
    requestedBy: (request) => (request.requestedBy ? { id: request.requestedBy } : null),
    decidedBy: (request) => (request.decidedBy ? { id: request.decidedBy } : null),
    decidedAt: (request) => request.decidedAt?.toISOString() ?? null,
    createdAt: (request) => request.createdAt.toISOString(),
  },
  LeaveBalance: {
    employee: (balance, _args, ctx) => required(employeeByIdLoader(ctx).load(balance.employeeId), 'Employee'),
    leaveType: (balance, _args, ctx) =>
      required(leaveTypeByIdLoader(ctx).load(balance.leaveTypeId), 'LeaveType'),
    allocated: (balance) => formatHalfDays(balance.allocated),
    approved: (balance) => formatHalfDays(balance.approved),
    pending: (balance) => formatHalfDays(balance.pending),
    remaining: (balance) => formatHalfDays(remainingHalves(balance)),
  },
};
