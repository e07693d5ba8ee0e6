import { Client } from 'pg';
import {
  postGraphQL,
  randomClientAddress,
  testDatabaseUrl,
  uniqueEmail,
  type RunningSubgraph,
} from '@nexora/kit';
import {
  anonymous,
  headersFor,
  mutateSession,
  PASSWORD,
  refresh,
  signUpFresh,
  startIdentity,
  USER_ERRORS,
  type SessionResult,
} from './identity-harness';
import {
  callerHeaders,
  challengeFor,
  codeAt,
  completeLogin,
  enrolled,
  loginStep,
  proveAndChange,
  wrongCode,
} from './mfa-harness';
import { checkAuditDetails } from '../src/modules/audit/audit.recorder';

let identity: RunningSubgraph;

beforeAll(async () => {
  identity = await startIdentity();
});

afterAll(async () => {
  await identity.stop();
});

interface AuditEventResult {
  id: string;
  type: string;
  occurredAt: string;
  actorId: string | null;
  actor: { id: string } | null;
  target: { type: string; id: string } | null;
  clientAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: string;
}

interface AuditPage {
  auditEvents: {
    edges: Array<{ cursor: string; node: AuditEventResult }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  } | null;
}

const AUDIT_QUERY = `query ($first: Int, $after: String, $types: [AuditEventType!], $userId: ID) {
  auditEvents(first: $first, after: $after, types: $types, userId: $userId) {
    edges { cursor node { id type occurredAt actorId actor { id } target { type id } clientAddress userAgent requestId details } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

async function auditEvents(session: SessionResult, variables: Record<string, unknown> = {}) {
  return postGraphQL<AuditPage>(
    identity.url,
    AUDIT_QUERY,
    { first: 100, ...variables },
    await headersFor(identity, session.accessToken),
  );
}

async function eventsOf(
  session: SessionResult,
  variables: Record<string, unknown> = {},
): Promise<AuditEventResult[]> {
  const response = await auditEvents(session, variables);
  if (!response.body.data?.auditEvents)
    throw new Error(`auditEvents failed: ${JSON.stringify(response.body)}`);
  return response.body.data.auditEvents.edges.map((edge) => edge.node);
}

const detailsOf = (event: AuditEventResult) => JSON.parse(event.details) as Record<string, unknown>;

async function inviteAndJoin(owner: SessionResult, role: string) {
  const email = uniqueEmail('audit-member');
  const invited = await postGraphQL<{
    inviteMember: { invitation: { id: string }; invitationToken: string };
  }>(
    identity.url,
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } invitationToken ${USER_ERRORS} } }`,
    { input: { email, role } },
    await callerHeaders(identity, owner, { clientAddress: '198.51.100.20', userAgent: 'audit-test/invite' }),
  );
  const { invitation, invitationToken } = invited.body.data!.inviteMember;
  const joined = await mutateSession(identity, 'acceptInvitation', 'AcceptInvitationInput', {
    token: invitationToken,
    password: PASSWORD,
    name: 'Audited Member',
  });
  return { email, invitationId: invitation.id, member: joined.payload!.session! };
}

describe('the audit log records security events', () => {
  it('sign-ins, failures, invitations, role changes, MFA and revoked sessions, with actor and address', async () => {
    const owner = await signUpFresh(identity, 'audit-owner');
    const stranger = randomClientAddress();

    // A wrong password from the stranger, then the owner's own sign-in from a known address.
    const failed = await loginStep(
      identity,
      { email: owner.user.email, password: 'not the password at all' },
      anonymous(stranger),
    );
    expect(failed.payload?.userErrors.map((error) => error.code)).toEqual(['INVALID_CREDENTIALS']);
    const ownerAddress = '203.0.113.9';
    const signedIn = await loginStep(
      identity,
      { email: owner.user.email, password: PASSWORD },
      anonymous(ownerAddress),
    );
    const session = signedIn.payload!.session!;

    const { invitationId, member, email } = await inviteAndJoin(session, 'member');
    await postGraphQL(
      identity.url,
      `mutation ($input: AssignRoleInput!) { assignRole(input: $input) { ${USER_ERRORS} } }`,
      { input: { userId: member.user.id, role: 'viewer' } },
      await callerHeaders(identity, session, { clientAddress: '198.51.100.21' }),
    );
    const role = await postGraphQL<{ createRole: { role: { id: string } } }>(
      identity.url,
      `mutation ($input: CreateRoleInput!) { createRole(input: $input) { role { id } ${USER_ERRORS} } }`,
      { input: { name: 'auditors', permissions: ['identity.member:read'] } },
      await headersFor(identity, session.accessToken),
    );
    const roleId = role.body.data!.createRole.role.id;

    // A refresh token presented twice: the family is revoked and the reuse is on record.
    const rotated = await refresh(identity, member.refreshToken);
    expect(rotated.payload?.session).not.toBeNull();
    const reused = await refresh(identity, member.refreshToken);
    expect(reused.payload?.userErrors.map((error) => error.code)).toEqual(['REFRESH_TOKEN_REUSED']);

    // MFA: enabled, a wrong code at sign-in, a recovery code spent, codes regenerated.
    const { secret, recoveryCodes, usedStep } = await enrolled(identity, session);
    const mfaAddress = randomClientAddress();
    const challenge = await challengeFor(
      identity,
      { email: owner.user.email, password: PASSWORD },
      anonymous(mfaAddress),
    );
    await completeLogin(
      identity,
      { challengeToken: challenge, code: await wrongCode(secret) },
      anonymous(mfaAddress),
    );
    const mfaSession = (
      await completeLogin(
        identity,
        { challengeToken: challenge, recoveryCode: recoveryCodes[0] },
        anonymous(mfaAddress),
      )
    ).payload!.session!;
    await proveAndChange(identity, mfaSession, 'regenerateRecoveryCodes', {
      code: await codeAt(secret, usedStep + 1),
    });

    const events = await eventsOf(session);
    // Newest first: the order in which things happened, reversed.
    expect(events.map((event) => event.type)).toEqual([
      'MFA_RECOVERY_CODES_REGENERATED',
      'LOGIN_SUCCEEDED',
      'MFA_RECOVERY_CODE_USED',
      'LOGIN_FAILED',
      'MFA_ENABLED',
      'SESSION_REVOKED',
      'ROLE_CREATED',
      'ROLE_CHANGED',
      'MEMBER_JOINED',
      'MEMBER_INVITED',
      'LOGIN_SUCCEEDED',
      'LOGIN_FAILED',
      'MEMBER_JOINED',
    ]);
    const times = events.map((event) => Date.parse(event.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const byType = (type: string, index = 0) => events.filter((event) => event.type === type)[index];
    const ownerId = owner.user.id;
    const asUser = (id: string) => ({ type: 'USER', id });
    expect(byType('LOGIN_FAILED', 1)).toMatchObject({
      actorId: null,
      actor: null,
      target: asUser(ownerId),
      clientAddress: stranger,
    });
    expect(detailsOf(byType('LOGIN_FAILED', 1))).toEqual({
      reason: 'INVALID_CREDENTIALS',
      stage: 'password',
    });
    expect(byType('LOGIN_SUCCEEDED', 1)).toMatchObject({
      actorId: ownerId,
      actor: { id: ownerId },
      clientAddress: ownerAddress,
    });
    expect(detailsOf(byType('LOGIN_SUCCEEDED', 1))).toEqual({ method: 'password' });
    expect(byType('MEMBER_INVITED')).toMatchObject({
      actorId: ownerId,
      target: { type: 'INVITATION', id: invitationId },
      clientAddress: '198.51.100.20',
      userAgent: 'audit-test/invite',
    });
    expect(detailsOf(byType('MEMBER_INVITED'))).toEqual({ email, role: 'member' });
    expect(byType('MEMBER_JOINED')).toMatchObject({
      actorId: member.user.id,
      target: asUser(member.user.id),
    });
    expect(detailsOf(byType('MEMBER_JOINED'))).toEqual({ role: 'member', via: 'invitation', invitationId });
    expect(detailsOf(byType('MEMBER_JOINED', 1))).toEqual({ role: 'owner', via: 'sign-up' });
    expect(byType('ROLE_CHANGED')).toMatchObject({
      actorId: ownerId,
      target: asUser(member.user.id),
      clientAddress: '198.51.100.21',
    });
    expect(detailsOf(byType('ROLE_CHANGED'))).toEqual({ from: 'member', to: 'viewer' });
    expect(byType('ROLE_CREATED')).toMatchObject({ actorId: ownerId, target: { type: 'ROLE', id: roleId } });
    expect(byType('SESSION_REVOKED')).toMatchObject({ actorId: null, target: asUser(member.user.id) });
    expect(detailsOf(byType('SESSION_REVOKED'))).toMatchObject({ reason: 'REFRESH_TOKEN_REUSED' });
    expect(byType('MFA_ENABLED')).toMatchObject({ actorId: ownerId, target: asUser(ownerId) });
    expect(byType('LOGIN_FAILED')).toMatchObject({ actorId: null, clientAddress: mfaAddress });
    expect(detailsOf(byType('LOGIN_FAILED'))).toEqual({ reason: 'MFA_CODE_INVALID', stage: 'mfa' });
    expect(byType('MFA_RECOVERY_CODE_USED')).toMatchObject({ actorId: ownerId, clientAddress: mfaAddress });
    expect(detailsOf(byType('MFA_RECOVERY_CODE_USED'))).toEqual({ purpose: 'login', remaining: 9 });
    expect(detailsOf(byType('LOGIN_SUCCEEDED'))).toEqual({ method: 'password+recovery_code' });
    expect(detailsOf(byType('MFA_RECOVERY_CODES_REGENERATED'))).toEqual({ with: 'TOTP' });
    for (const event of events) expect(event.requestId).toEqual(expect.any(String));

    // No secret ever reaches the log: no recovery code, no TOTP secret, no password.
    const everything = JSON.stringify(events).toLowerCase();
    for (const value of [secret, PASSWORD, ...recoveryCodes])
      expect(everything).not.toContain(value.toLowerCase());
  });

  it('disabling MFA with a recovery code and refused codes for MFA changes are recorded', async () => {
    const owner = await signUpFresh(identity, 'audit-mfa-off');
    const { secret, recoveryCodes } = await enrolled(identity, owner);
    await proveAndChange(identity, owner, 'disableMfa', { code: await wrongCode(secret) });
    await proveAndChange(identity, owner, 'disableMfa', { recoveryCode: recoveryCodes[3] });
    const events = await eventsOf(owner, {
      types: ['MFA_DISABLED', 'MFA_CODE_REJECTED', 'MFA_RECOVERY_CODE_USED'],
    });
    expect(events.map((event) => [event.type, detailsOf(event)])).toEqual([
      ['MFA_DISABLED', { with: 'RECOVERY_CODE' }],
      ['MFA_RECOVERY_CODE_USED', { purpose: 'disable', remaining: 9 }],
      ['MFA_CODE_REJECTED', { reason: 'MFA_CODE_INVALID', purpose: 'disable' }],
    ]);
    for (const event of events) expect(event.actorId).toBe(owner.user.id);
  });
});

describe('reading the audit log', () => {
  it('pages newest first by keyset and filters by type and by user', async () => {
    const owner = await signUpFresh(identity, 'audit-pages');
    const { member } = await inviteAndJoin(owner, 'member');
    for (const role of ['viewer', 'member', 'viewer']) {
      await postGraphQL(
        identity.url,
        `mutation ($input: AssignRoleInput!) { assignRole(input: $input) { ${USER_ERRORS} } }`,
        { input: { userId: member.user.id, role } },
        await headersFor(identity, owner.accessToken),
      );
    }
    const all = await eventsOf(owner);
    expect(all).toHaveLength(6);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response = await auditEvents(owner, { first: 4, after });
      const page = response.body.data!.auditEvents!;
      expect(page.totalCount).toBe(6);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toEqual(all.map((event) => event.id));

    const changes = await eventsOf(owner, { types: ['ROLE_CHANGED'] });
    expect(changes.map((event) => detailsOf(event).to)).toEqual(['viewer', 'member', 'viewer']);
    // By the member: their joining (as actor) and the three changes to their role (as target).
    const aboutMember = await eventsOf(owner, { userId: member.user.id });
    expect(aboutMember.map((event) => event.type)).toEqual([
      'ROLE_CHANGED',
      'ROLE_CHANGED',
      'ROLE_CHANGED',
      'MEMBER_JOINED',
    ]);

    const badCursor = await auditEvents(owner, { after: 'not-a-cursor' });
    expect(badCursor.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('is refused to a member (FORBIDDEN) and shows another tenant nothing', async () => {
    const owner = await signUpFresh(identity, 'audit-fenced');
    const { member } = await inviteAndJoin(owner, 'member');
    const refused = await auditEvents(member);
    expect(refused.body.data?.auditEvents ?? null).toBeNull();
    expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);

    const ownEvents = await eventsOf(owner);
    const other = await signUpFresh(identity, 'audit-other');
    const theirs = await eventsOf(other);
    expect(theirs.map((event) => event.type)).toEqual(['MEMBER_JOINED']);
    expect(theirs.filter((event) => ownEvents.some((own) => own.id === event.id))).toEqual([]);
    // Even asking about this tenant's user, the other tenant finds nothing.
    expect(await eventsOf(other, { userId: owner.user.id })).toEqual([]);
  });

  it('is append-only: the service role itself can neither change nor delete an event', async () => {
    const owner = await signUpFresh(identity, 'audit-append');
    const client = new Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('set local role nexora_identity');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [owner.tenant.id]);
      const visible = await client.query(`select id from identity.audit_events`);
      expect(visible.rowCount).toBe(1);
      expect((await client.query(`update identity.audit_events set type = 'LOGIN_SUCCEEDED'`)).rowCount).toBe(
        0,
      );
      expect((await client.query(`delete from identity.audit_events`)).rowCount).toBe(0);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});

describe('what an event may carry', () => {
  it('refuses details naming a credential, whatever their case', () => {
    for (const key of [
      'secret',
      'recoveryCodes',
      'recovery_code',
      'code',
      'sessionToken',
      'otp',
      'newPassword',
    ]) {
      expect(() => checkAuditDetails('MFA_ENABLED', { [key]: 'x' })).toThrow(/must not carry credentials/);
    }
    for (const key of ['reason', 'footprint', 'familyId', 'prefix', 'scopes', 'with', 'purpose']) {
      expect(checkAuditDetails('MFA_ENABLED', { [key]: 'x' })).toBe(JSON.stringify({ [key]: 'x' }));
    }
    expect(() => checkAuditDetails('ROLE_CREATED', { name: 'x'.repeat(5_000) })).toThrow(/over 4096 bytes/);
  });
});
