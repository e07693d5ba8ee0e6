import type { SubgraphContext } from '@nexora/kit';

export const LEAVE_APPROVE = 'erp.leave:approve';
export const LEAVE_ADMIN = 'erp.leave:admin';

/** Whether the caller holds `permission` (checked again in services, beyond the field directives). */
export function holds(ctx: SubgraphContext, permission: string): boolean {
  return ctx.caller.permissions.includes(permission);
}

/** Whether the employee record (its linked user) is the caller themself. */
export function isCallerEmployee(ctx: SubgraphContext, employee: { userId: string | null }): boolean {
  return employee.userId !== null && ctx.caller.userId?.toLowerCase() === employee.userId;
}
