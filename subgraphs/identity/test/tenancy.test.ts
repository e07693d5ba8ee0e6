import {
  countRows,
  postGraphQL,
  sqlStatementCount,
  uniqueEmail,
  type RunningSubgraph,
  type TestHeaders,
} from '@nexora/kit';
import {
  anonymous,
  headersFor,
  identityHarness,
  login,
  mutateSession,
  PASSWORD,
  signUpFresh,
  startIdentity,
  USER_ERRORS,
  verifyAccessToken,
  type SessionResult,
  type UserErrorResult,
} from './identity-harness';

let identity: RunningSubgraph;

beforeAll(async () => {
  identity = await startIdentity();
});

afterAll(async () => {
  await identity.stop();
});

interface InvitePayload {
  invitation: {
    id: string;
    email: string;
    role: string;
    invitedBy: { id: string } | null;
    expiresAt: string;
    acceptedAt: string | null;
  } | null;
  invitationToken: string | null;
  userErrors: UserErrorResult[];
}

async function invite(session: SessionResult, email: string, role: string) {
  const response = await postGraphQL<{ inviteMember: InvitePayload }>(
    identity.url,
    `mutation ($input: InviteMemberInput!) {
      inviteMember(input: $input) { invitation { id email role invitedBy { id } expiresAt acceptedAt } invitationToken ${USER_ERRORS} }
    }`,
    { input: { email, role } },
    await headersFor(identity, session.accessToken),
  );
  return { ...response, payload: response.body.data?.inviteMember ?? null };
}

async function inviteToken(session: SessionResult, email: string, role: string): Promise<string> {
  const { payload, body } = await invite(session, email, role);
  if (!payload?.invitationToken) throw new Error(`inviteMember failed: ${JSON.stringify(body)}`);
  return payload.invitationToken;
}

const accept = (input: Record<string, unknown>, headers: TestHeaders = anonymous()) =>
  mutateSession(identity, 'acceptInvitation', 'AcceptInvitationInput', input, headers);

const switchTenant = async (session: SessionResult, tenantId: string) =>
  mutateSession(
    identity,
    'switchTenant',
    'SwitchTenantInput',
    { tenantId },
    await headersFor(identity, session.accessToken),
  );

async function createRole(session: SessionResult, name: string, permissions: string[]) {
  const response = await postGraphQL<{
    createRole: {
      role: { id: string; name: string; permissions: string[]; builtIn: boolean } | null;
      userErrors: UserErrorResult[];
    };
  }>(
    identity.url,
    `mutation ($input: CreateRoleInput!) { createRole(input: $input) { role { id name permissions builtIn createdAt } ${USER_ERRORS} } }`,
    { input: { name, permissions } },
    await headersFor(identity, session.accessToken),
  );
  return { ...response, payload: response.body.data?.createRole ?? null };
}

async function assignRole(session: SessionResult, userId: string, role: string) {
  const response = await postGraphQL<{
    assignRole: { membership: { role: string; user: { id: string } } | null; userErrors: UserErrorResult[] };
  }>(
    identity.url,
    `mutation ($input: AssignRoleInput!) { assignRole(input: $input) { membership { role user { id } } ${USER_ERRORS} } }`,
    { input: { userId, role } },
    await headersFor(identity, session.accessToken),
  );
  return { ...response, payload: response.body.data?.assignRole ?? null };
}

/** A second account invited into `owner`'s tenant with `role`; returns its session in that tenant. */
async function memberOf(owner: SessionResult, role: string): Promise<SessionResult> {
  const email = uniqueEmail(role);
  const token = await inviteToken(owner, email, role);
  const { payload } = await accept({ token, password: PASSWORD, name: `${role} person` });
  if (!payload?.session) throw new Error(`acceptInvitation failed: ${JSON.stringify(payload)}`);
  return payload.session;
}

describe('switchTenant', () => {
  it('issues a session for another tenant of the user and refuses tenants they do not belong to', async () => {
    const alice = await signUpFresh(identity, 'alice');
    const bob = await signUpFresh(identity, 'bob');
    const stranger = await signUpFresh(identity, 'stranger');

    // Alice, signed in to her own tenant, accepts Bob's invitation without re-entering her password.
    const token = await inviteToken(bob, alice.user.email, 'member');
    const accepted = await accept({ token }, await headersFor(identity, alice.accessToken));
    expect(accepted.payload?.userErrors).toEqual([]);
    expect(accepted.payload?.session).toMatchObject({
      tenant: { id: bob.tenant.id },
      role: 'member',
      user: { id: alice.user.id },
    });

    // Login still defaults to her oldest membership.
    const relogin = await login(identity, { email: alice.user.email, password: PASSWORD });
    expect(relogin.payload?.session?.tenant.id).toBe(alice.tenant.id);
    const explicit = await login(identity, {
      email: alice.user.email,
      password: PASSWORD,
      tenantId: bob.tenant.id,
    });
    expect(explicit.payload?.session?.tenant.id).toBe(bob.tenant.id);

    const switched = await switchTenant(alice, bob.tenant.id);
    expect(switched.payload?.userErrors).toEqual([]);
    const claims = await verifyAccessToken(identity, switched.payload!.session!.accessToken);
    expect(claims).toMatchObject({ sub: alice.user.id, tid: bob.tenant.id, role: 'member' });
    expect(claims.perms).not.toContain('identity.member:invite');

    const me = await postGraphQL<{
      me: {
        tenant: { id: string };
        role: string;
        memberships: Array<{ tenant: { id: string }; role: string }>;
      };
    }>(
      identity.url,
      `{ me { tenant { id } role memberships { role tenant { id } } } }`,
      {},
      await headersFor(identity, switched.payload!.session!.accessToken),
    );
    expect(me.body.data?.me.tenant.id).toBe(bob.tenant.id);
    expect(me.body.data?.me.memberships).toEqual([
      { role: 'owner', tenant: { id: alice.tenant.id } },
      { role: 'member', tenant: { id: bob.tenant.id } },
    ]);

    const refused = await switchTenant(alice, stranger.tenant.id);
    expect(refused.payload?.session).toBeNull();
    expect(refused.payload?.userErrors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'tenantId'] }),
    ]);
    const notMember = await login(identity, {
      email: alice.user.email,
      password: PASSWORD,
      tenantId: stranger.tenant.id,
    });
    expect(notMember.payload?.userErrors[0]?.code).toBe('NOT_A_MEMBER');
  });

  it('does not let later mutations of the same document act in the tenant switched to', async () => {
    const alice = await signUpFresh(identity, 'doc');
    const bob = await signUpFresh(identity, 'docbob');
    await accept(
      { token: await inviteToken(bob, alice.user.email, 'admin') },
      await headersFor(identity, alice.accessToken),
    );

    const response = await postGraphQL<{ b: { role: { id: string } | null } }>(
      identity.url,
      `mutation {
        a: switchTenant(input: { tenantId: "${bob.tenant.id}" }) { session { tenant { id } } }
        b: createRole(input: { name: "auditor", permissions: ["crm.company:read"] }) { role { id } ${USER_ERRORS} }
      }`,
      {},
      await headersFor(identity, alice.accessToken),
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.b.role?.id).toBeDefined();
    expect(
      await countRows(`select 1 from identity.roles where tenant_id = $1 and name = 'auditor'`, [
        alice.tenant.id,
      ]),
    ).toBe(1);
    expect(await countRows(`select 1 from identity.roles where tenant_id = $1`, [bob.tenant.id])).toBe(0);
  });
});

describe('invitations', () => {
  it('create a new account with password and name, once', async () => {
    const owner = await signUpFresh(identity, 'inviter');
    const email = uniqueEmail('newbie');
    const { payload } = await invite(owner, email.toUpperCase(), 'viewer');
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.invitation).toMatchObject({
      email,
      role: 'viewer',
      invitedBy: { id: owner.user.id },
      acceptedAt: null,
    });
    const token = payload!.invitationToken!;
    // Only the hash is stored.
    expect(await countRows(`select 1 from identity.invitations where token_hash = $1`, [token])).toBe(0);
    expect(
      await countRows(`select 1 from identity.invitations where id = $1 and token_hash ~ '^[0-9a-f]{64}$'`, [
        payload!.invitation!.id,
      ]),
    ).toBe(1);

    const missing = await accept({ token });
    expect(missing.payload?.userErrors.map((error) => error.code).sort()).toEqual(['REQUIRED', 'REQUIRED']);
    expect(await countRows(`select 1 from identity.users where email = $1`, [email])).toBe(0);
    const weak = await accept({ token, password: 'short', name: 'New Bie' });
    expect(weak.payload?.userErrors[0]?.code).toBe('WEAK_PASSWORD');

    const accepted = await accept({ token, password: PASSWORD, name: 'New Bie' });
    expect(accepted.payload?.userErrors).toEqual([]);
    expect(accepted.payload?.session).toMatchObject({
      user: { email, name: 'New Bie' },
      tenant: { id: owner.tenant.id },
      role: 'viewer',
    });

    const again = await accept({ token, password: PASSWORD, name: 'New Bie' });
    expect(again.payload?.userErrors[0]?.code).toBe('INVITATION_USED');
    expect(
      (await accept({ token: `${owner.tenant.id}.${'A'.repeat(43)}` })).payload?.userErrors[0]?.code,
    ).toBe('INVALID_INVITATION');
    expect((await accept({ token: 'garbage' })).payload?.userErrors[0]?.code).toBe('INVALID_INVITATION');
  });

  it('need the existing account to be signed in or its password', async () => {
    const owner = await signUpFresh(identity, 'inv2');
    const existing = await signUpFresh(identity, 'existing');
    const token = await inviteToken(owner, existing.user.email, 'member');

    const noProof = await accept({ token });
    expect(noProof.payload?.userErrors[0]?.code).toBe('AUTHENTICATION_REQUIRED');
    const someoneElse = await signUpFresh(identity, 'someone');
    const wrongAccount = await accept({ token }, await headersFor(identity, someoneElse.accessToken));
    expect(wrongAccount.payload?.userErrors[0]?.code).toBe('AUTHENTICATION_REQUIRED');
    const wrongPassword = await accept({ token, password: 'not the password' });
    expect(wrongPassword.payload?.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    expect(await countRows(`select 1 from identity.memberships where user_id = $1`, [existing.user.id])).toBe(
      1,
    );

    const accepted = await accept({ token, password: PASSWORD });
    expect(accepted.payload?.session).toMatchObject({
      user: { id: existing.user.id },
      tenant: { id: owner.tenant.id },
      role: 'member',
    });
    expect(await countRows(`select 1 from identity.memberships where user_id = $1`, [existing.user.id])).toBe(
      2,
    );
  });

  it('refuse existing members and unknown roles', async () => {
    const owner = await signUpFresh(identity, 'inv3');
    const member = await memberOf(owner, 'member');
    expect((await invite(owner, member.user.email, 'viewer')).payload?.userErrors[0]?.code).toBe(
      'ALREADY_MEMBER',
    );
    expect((await invite(owner, uniqueEmail('x'), 'wizard')).payload?.userErrors[0]?.code).toBe(
      'UNKNOWN_ROLE',
    );
    expect((await invite(owner, 'bad email', 'viewer')).payload?.userErrors[0]?.code).toBe('INVALID_EMAIL');
  });

  it('cannot be sent by a viewer (FORBIDDEN), and an admin cannot invite an owner', async () => {
    const owner = await signUpFresh(identity, 'inv4');
    const viewer = await memberOf(owner, 'viewer');
    const refused = await invite(viewer, uniqueEmail('nope'), 'viewer');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data?.inviteMember ?? null).toBeNull();
    expect(
      await countRows(`select 1 from identity.invitations where tenant_id = $1`, [owner.tenant.id]),
    ).toBe(1);

    const admin = await memberOf(owner, 'admin');
    const escalation = await invite(admin, uniqueEmail('boss'), 'owner');
    expect(escalation.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await invite(admin, uniqueEmail('helper'), 'member')).payload?.userErrors).toEqual([]);
  });
});

describe('roles', () => {
  it('custom roles grant exactly their catalogue permissions', async () => {
    const owner = await signUpFresh(identity, 'roles');
    const created = await createRole(owner, 'sales', [
      'crm.company:read',
      'crm.company:write',
      'crm.company:read',
    ]);
    expect(created.payload?.userErrors).toEqual([]);
    expect(created.payload?.role).toMatchObject({
      name: 'sales',
      permissions: ['crm.company:read', 'crm.company:write'],
      builtIn: false,
    });

    expect((await createRole(owner, 'sales', ['crm.company:read'])).payload?.userErrors[0]?.code).toBe(
      'ROLE_NAME_TAKEN',
    );
    expect((await createRole(owner, 'admin', [])).payload?.userErrors[0]?.code).toBe('ROLE_NAME_TAKEN');
    expect((await createRole(owner, 'Bad Name', [])).payload?.userErrors[0]?.code).toBe('INVALID_ROLE_NAME');
    const unknown = await createRole(owner, 'weird', ['crm.company:read', 'crm.company:delete']);
    expect(unknown.payload?.userErrors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_PERMISSION', field: ['input', 'permissions', '1'] }),
    ]);
    expect(await countRows(`select 1 from identity.roles where tenant_id = $1`, [owner.tenant.id])).toBe(1);

    const seller = await memberOf(owner, 'sales');
    expect(seller.role).toBe('sales');
    const claims = await verifyAccessToken(identity, seller.accessToken);
    expect(claims).toMatchObject({ role: 'sales', perms: ['crm.company:read', 'crm.company:write'] });

    const roles = await postGraphQL<{ roles: Array<{ name: string; builtIn: boolean }> }>(
      identity.url,
      `{ roles { name builtIn } }`,
      {},
      await headersFor(identity, owner.accessToken),
    );
    expect(roles.body.data?.roles.map((role) => role.name)).toEqual([
      'owner',
      'admin',
      'member',
      'viewer',
      'sales',
    ]);
  });

  it('a member without identity.role:write cannot create roles; nobody grants what they lack', async () => {
    const owner = await signUpFresh(identity, 'roles2');
    const member = await memberOf(owner, 'member');
    expect((await createRole(member, 'x1', ['crm.company:read'])).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const admin = await memberOf(owner, 'admin');
    const escalation = await createRole(admin, 'superuser', ['identity.tenant:manage']);
    expect(escalation.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('checks the role held now, not the one copied into a still-valid access token', async () => {
    const owner = await signUpFresh(identity, 'demote');
    const admin = await memberOf(owner, 'admin');
    expect((await assignRole(owner, admin.user.id, 'viewer')).payload?.membership?.role).toBe('viewer');

    // The demoted admin's token still says admin for up to 15 minutes; identity must not believe it.
    const selfPromotion = await assignRole(admin, admin.user.id, 'admin');
    expect(selfPromotion.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await createRole(admin, 'backdoor', ['crm.company:write'])).body.errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await invite(admin, uniqueEmail('accomplice'), 'admin')).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      await countRows(`select 1 from identity.memberships where user_id = $1 and role = 'viewer'`, [
        admin.user.id,
      ]),
    ).toBe(1);
    expect(
      await countRows(`select 1 from identity.invitations where tenant_id = $1`, [owner.tenant.id]),
    ).toBe(1);
  });

  it('assignRole changes a role but never removes the last owner', async () => {
    const owner = await signUpFresh(identity, 'assign');
    const member = await memberOf(owner, 'member');

    const lastOwner = await assignRole(owner, owner.user.id, 'admin');
    expect(lastOwner.payload?.userErrors).toEqual([expect.objectContaining({ code: 'LAST_OWNER' })]);

    const promoted = await assignRole(owner, member.user.id, 'owner');
    expect(promoted.payload).toEqual({
      membership: { role: 'owner', user: { id: member.user.id } },
      userErrors: [],
    });
    const admin = await memberOf(owner, 'admin');
    const demoted = await assignRole(owner, owner.user.id, 'viewer');
    expect(demoted.payload?.membership?.role).toBe('viewer');

    // An admin may not touch an owner (they lack identity.tenant:manage).
    expect((await assignRole(admin, member.user.id, 'member')).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await assignRole(admin, owner.user.id, 'wizard')).payload?.userErrors[0]?.code).toBe(
      'UNKNOWN_ROLE',
    );

    // The promoted member signs in again to get a token carrying the owner permissions.
    const newOwner = (
      await login(identity, { email: member.user.email, password: PASSWORD, tenantId: owner.tenant.id })
    ).payload!.session!;
    expect(newOwner.role).toBe('owner');
    const stranger = await signUpFresh(identity, 'assign-stranger');
    expect((await assignRole(newOwner, stranger.user.id, 'viewer')).body.errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await assignRole(newOwner, 'not-a-uuid', 'viewer')).body.errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await countRows(`select 1 from identity.memberships where user_id = $1`, [stranger.user.id])).toBe(
      1,
    );
  });
});

describe('members', () => {
  it('pages through the current tenant only', async () => {
    const owner = await signUpFresh(identity, 'members');
    const first = await memberOf(owner, 'viewer');
    const second = await memberOf(owner, 'member');
    await signUpFresh(identity, 'members-other');
    const headers = await headersFor(identity, first.accessToken);
    const query = `query ($after: String) {
      members(first: 2, after: $after) {
        totalCount edges { cursor node { role user { id email } tenant { id } } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`;
    type Page = {
      members: {
        totalCount: number;
        edges: Array<{ node: { role: string; user: { id: string }; tenant: { id: string } } }>;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
    const page1 = await postGraphQL<Page>(identity.url, query, {}, headers);
    expect(page1.body.errors).toBeUndefined();
    expect(page1.body.data?.members.totalCount).toBe(3);
    expect(page1.body.data?.members.edges.map((edge) => edge.node.user.id)).toEqual([
      owner.user.id,
      first.user.id,
    ]);
    expect(page1.body.data?.members.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const page2 = await postGraphQL<Page>(
      identity.url,
      query,
      { after: page1.body.data?.members.pageInfo.endCursor },
      headers,
    );
    expect(page2.body.data?.members.edges.map((edge) => edge.node.user.id)).toEqual([second.user.id]);
    expect(page2.body.data?.members.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page2.body.data?.members.edges[0].node.tenant.id).toBe(owner.tenant.id);

    const badCursor = await postGraphQL(identity.url, query, { after: 'bm9wZQ' }, headers);
    expect(badCursor.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A date JavaScript parses but Postgres cannot cast must not reach Postgres (it was a 500).
    const sneaky = Buffer.from(JSON.stringify(['Tue Jan 01 2030 (x)', owner.user.id])).toString('base64url');
    const sneakyCursor = await postGraphQL(identity.url, query, { after: sneaky }, headers);
    expect(sneakyCursor.status).toBe(200);
    expect(sneakyCursor.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs identity.member:read', async () => {
    const owner = await signUpFresh(identity, 'members2');
    const headers = identityHarness.headers({
      tenantId: owner.tenant.id,
      userId: owner.user.id,
      permissions: ['crm.company:read'],
    });
    const response = await postGraphQL(identity.url, `{ members { totalCount } }`, {}, headers);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('User entity references', () => {
  const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id email name } } }`;

  it('resolve only members of the caller tenant, in one statement per batch', async () => {
    const owner = await signUpFresh(identity, 'entity');
    const member = await memberOf(owner, 'member');
    const other = await signUpFresh(identity, 'entity-other');
    const asOwner = identityHarness.headers({
      tenantId: owner.tenant.id,
      userId: owner.user.id,
      permissions: [],
    });
    const representation = (id: string) => ({ __typename: 'User', id });

    const mine = await postGraphQL<{ _entities: Array<{ id: string; email: string } | null> }>(
      identity.url,
      ENTITIES,
      {
        representations: [
          representation(owner.user.id),
          representation(member.user.id),
          representation(other.user.id),
          representation('nope'),
        ],
      },
      asOwner,
    );
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data?._entities).toEqual([
      expect.objectContaining({ id: owner.user.id, email: owner.user.email }),
      expect.objectContaining({ id: member.user.id }),
      null,
      null,
    ]);

    // Another tenant's signed context cannot see this tenant's users.
    const asOther = identityHarness.headers({
      tenantId: other.tenant.id,
      userId: other.user.id,
      permissions: [],
    });
    const foreign = await postGraphQL<{ _entities: unknown[] }>(
      identity.url,
      ENTITIES,
      { representations: [representation(owner.user.id)] },
      asOther,
    );
    expect(foreign.body.errors).toBeUndefined();
    expect(foreign.body.data?._entities).toEqual([null]);

    // No caller at all: refused outright; a user without a current tenant: forbidden.
    const none = await postGraphQL(
      identity.url,
      ENTITIES,
      { representations: [representation(owner.user.id)] },
      anonymous(),
    );
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const noTenant = identityHarness.headers({ tenantId: null, userId: owner.user.id, permissions: [] });
    const tenantless = await postGraphQL(
      identity.url,
      ENTITIES,
      { representations: [representation(owner.user.id)] },
      noTenant,
    );
    expect(tenantless.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // One SQL per batch: three references cost as many statements as one.
    const statementsFor = async (ids: string[]) => {
      const before = sqlStatementCount(identity.dataSource);
      await postGraphQL(identity.url, ENTITIES, { representations: ids.map(representation) }, asOwner);
      return sqlStatementCount(identity.dataSource) - before;
    };
    expect(await statementsFor([owner.user.id, member.user.id, other.user.id])).toBe(
      await statementsFor([owner.user.id]),
    );
  });
});

describe('row-level security', () => {
  it('binds the identity role itself: without a tenant it sees no memberships, roles or invitations', async () => {
    const owner = await signUpFresh(identity, 'rls');
    await createRole(owner, 'rls-role', ['crm.company:read']);
    await invite(owner, uniqueEmail('rls'), 'viewer');
    for (const table of ['memberships', 'roles', 'invitations']) {
      const rows: Array<{ count: number }> = await identity.dataSource.query(
        `select count(*)::int as count from identity.${table} where tenant_id = $1`,
        [owner.tenant.id],
      );
      expect(rows[0].count).toBe(0);
    }
  });
});
