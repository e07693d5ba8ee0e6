import { useState } from 'react';
import type { AuditEventType } from '../../__generated__/graphql';
import { PageHeader, SelectField } from '../../ui';
import { useAuditMembers } from './audit-members';
import { AuditEventList } from './AuditEventList';
import { EVENT_LABELS } from './event-words';

const EVENT_TYPES = Object.keys(EVENT_LABELS) as AuditEventType[];

/**
 * Settings → Audit log: the organisation's security events (sign-ins, two-factor changes, roles,
 * invitations, API keys), newest first, filtered by type and by member. Needs `identity.audit:read`.
 */
export default function AuditLogScreen() {
  const [type, setType] = useState<AuditEventType | ''>('');
  const [userId, setUserId] = useState('');
  const { members, names } = useAuditMembers();
  return (
    <>
      <PageHeader title="Audit log" />
      <div className="mb-4 grid grid-cols-[minmax(0,1fr)] gap-3 sm:grid-cols-[repeat(2,minmax(0,1fr))] lg:max-w-2xl">
        <SelectField
          label="Event type"
          className="min-w-0"
          value={type}
          onChange={(event) => setType(event.target.value as AuditEventType | '')}
        >
          <option value="">All events</option>
          {EVENT_TYPES.map((value) => (
            <option key={value} value={value}>
              {EVENT_LABELS[value]}
            </option>
          ))}
        </SelectField>
        {members.length > 0 && (
          <SelectField
            label="Member"
            className="min-w-0"
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
          >
            <option value="">Anyone</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name} ({member.email})
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <AuditEventList
        key={`${type}|${userId}`}
        type={type || null}
        userId={userId || null}
        userNames={names}
      />
    </>
  );
}
