import { graphql } from '../__generated__';

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
