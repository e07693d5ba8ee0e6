import { graphql } from '../../__generated__';

/** A page of activities as ActivityItem shows them: a record's timeline, or the caller's tasks. */
export const ActivityPage = graphql(`
  fragment ActivityPage on ActivityConnection {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        id
        ...TimelineActivity
      }
    }
  }
`);
