import type { LeadSource, LeadStatus } from '../../__generated__/graphql';

export const LEAD_STATUSES: Record<LeadStatus, string> = {
  NEW: 'New',
  CONTACTED: 'Contacted',
  QUALIFIED: 'Qualified',
  DISQUALIFIED: 'Disqualified',
  CONVERTED: 'Converted',
};

export const LEAD_SOURCES: Record<LeadSource, string> = {
  WEBSITE: 'Website',
  REFERRAL: 'Referral',
  EVENT: 'Event',
  OUTBOUND: 'Outbound',
  PARTNER: 'Partner',
  OTHER: 'Other',
};
