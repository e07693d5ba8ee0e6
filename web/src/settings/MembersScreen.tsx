import { PageHeader } from '../ui';
import { InviteMemberForm } from './InviteMemberForm';
import { MemberList } from './MemberList';
import { useCan } from '../permissions';

/** Settings → Members: who belongs to the organisation, their roles, and inviting someone new. */
export default function MembersScreen() {
  const canInvite = useCan('identity.member:invite');
  return (
    <>
      <PageHeader title="Members" />
      {canInvite && <InviteMemberForm />}
      <MemberList />
    </>
  );
}
