import type { ReactNode } from 'react';
import { formatDate } from '../ui';
import { daysOf, STATUS_LABEL } from './leave-types';

export interface LeaveRequestView {
  id: string;
  startDate: string;
  endDate: string;
  halfDay: boolean;
  days: string;
  status: string;
  reason?: string | null;
  leaveType: { id: string; name: string };
  employee?: { id: string; name: string };
}

/** "Mar 7, 2031 – Mar 10, 2031", or one day (half of it). */
function periodOf(request: LeaveRequestView): string {
  if (request.startDate === request.endDate)
    return `${formatDate(request.startDate)}${request.halfDay ? ' (half day)' : ''}`;
  return `${formatDate(request.startDate)} – ${formatDate(request.endDate)}`;
}

/** One leave request as a list shows it: who, what, when, how many days, its status; then `actions`. */
export function LeaveRequestRow({ request, children }: { request: LeaveRequestView; children?: ReactNode }) {
  const label = `${request.employee ? `${request.employee.name}: ` : ''}${request.leaveType.name}, ${periodOf(request)}`;
  return (
    <li aria-label={label} className="flex flex-col gap-2 px-4 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span>
          {request.employee && <span className="font-medium">{request.employee.name} · </span>}
          {request.leaveType.name} <span className="text-slate-600">{periodOf(request)}</span>
        </span>
        <span className="text-sm">
          <span className="tabular-nums">{daysOf(request.days)}</span> ·{' '}
          <span className="font-medium">{STATUS_LABEL[request.status] ?? request.status}</span>
        </span>
      </div>
      {request.reason && <p className="text-sm text-slate-500">{request.reason}</p>}
      {children}
    </li>
  );
}
