import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import type { Session } from '../session';

/** What the client keeps of a new session (see session.ts), for every mutation that signs in. */
export const SessionFields = graphql(`
  fragment SessionFields on AuthSession {
    accessToken
    refreshToken
    permissions
    user {
      email
    }
    tenant {
      id
      name
    }
  }
`);

/** The session a sign-in answered with, as the client keeps it. */
export function sessionOf(masked: FragmentType<typeof SessionFields>): Session {
  const auth = getFragmentData(SessionFields, masked);
  return {
    accessToken: auth.accessToken,
    refreshToken: auth.refreshToken,
    email: auth.user.email,
    tenantId: auth.tenant.id,
    tenantName: auth.tenant.name,
    permissions: auth.permissions,
  };
}
