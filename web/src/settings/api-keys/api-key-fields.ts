import { graphql } from '../../__generated__';

/** What the list shows of a key; the create and revoke payloads select it too, so the row updates. */
export const ApiKeyFields = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    status
    limits {
      requestsPerMinute
      costPerMinute
    }
    createdBy {
      id
      name
    }
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
  }
`);
