import { PageHeader } from '../ui';
import { InviteMemberForm } from './InviteMemberForm';
import { MemberList } from './MemberList';
import { callerCan } from './permissions';

/** Settings → Members: who belongs to the organisation, their roles, and inviting someone new. */
export default function MembersScreen() {
  return (
    <>
      <PageHeader title="Members" />
      {callerCan('identity.member:invite') && <InviteMemberForm />}
      <MemberList />
    </>
  );
}
