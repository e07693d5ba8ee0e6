/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query Memberships {\n    me {\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MembershipsDocument,
    "\n  mutation SwitchTenant($input: SwitchTenantInput!) {\n    switchTenant(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SwitchTenantDocument,
    "\n  fragment SessionFields on AuthSession {\n    accessToken\n    refreshToken\n    permissions\n    user {\n      email\n    }\n    tenant {\n      id\n      name\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      session {\n        accessToken\n        refreshToken\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query Companies($first: Int!, $search: String) {\n    companies(first: $first, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          domain\n        }\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query Memberships {\n    me {\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MembershipsDocument,
    "\n  mutation SwitchTenant($input: SwitchTenantInput!) {\n    switchTenant(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.SwitchTenantDocument,
    "\n  fragment SessionFields on AuthSession {\n    accessToken\n    refreshToken\n    permissions\n    user {\n      email\n    }\n    tenant {\n      id\n      name\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      session {\n        accessToken\n        refreshToken\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query Companies($first: Int!, $search: String) {\n    companies(first: $first, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          domain\n        }\n      }\n    }\n  }\n": types.CompaniesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Memberships {\n    me {\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Memberships {\n    me {\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTenant($input: SwitchTenantInput!) {\n    switchTenant(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchTenant($input: SwitchTenantInput!) {\n    switchTenant(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthSession {\n    accessToken\n    refreshToken\n    permissions\n    user {\n      email\n    }\n    tenant {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthSession {\n    accessToken\n    refreshToken\n    permissions\n    user {\n      email\n    }\n    tenant {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      session {\n        accessToken\n        refreshToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      session {\n        accessToken\n        refreshToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($first: Int!, $search: String) {\n    companies(first: $first, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          domain\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Companies($first: Int!, $search: String) {\n    companies(first: $first, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          domain\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;