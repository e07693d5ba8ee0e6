import { defineModule } from '@nexora/kit';
import { leaveResolvers } from './leave.resolvers';

/**
 * Leave: types (Paid time off, Sick leave), allocations of days per employee and period, and
 * requests with approval. A request never exceeds what remains (allocated − approved − pending),
 * and approvals re-check under the employee's lock, so the allocation is never overdrawn.
 */
export default defineModule({
  name: 'leave',
  resolvers: leaveResolvers,
  mappers: {
    LeaveType: './leave.types#LeaveTypeRow',
    LeaveAllocation: './leave.types#LeaveAllocationRow',
    LeaveRequest: './leave.types#LeaveRequestRow',
    LeaveBalance: './leave.types#LeaveBalanceFigures',
  },
  permissions: [
    {
      name: 'erp.leave:read',
      description: 'See leave types, allocations, requests and balances',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.leave:request',
      description: 'Request leave for yourself and withdraw your own requests',
      grantedTo: ['admin', 'member'],
    },
    {
      name: 'erp.leave:approve',
      description: "Approve, refuse and cancel employees' leave requests, and request leave on their behalf",
      grantedTo: ['admin'],
    },
    {
      name: 'erp.leave:admin',
      description: 'Approve your own leave requests',
      grantedTo: ['admin'],
    },
  ],
});
