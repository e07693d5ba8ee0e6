import { generate } from 'otplib';
import { queryAsSuperuser, uniqueEmail } from '@nexora/kit';
import {
  PASSWORD,
  randomClientAddress,
  SESSION_FIELDS,
  startE2EPlatform,
  USER_ERRORS,
  type E2EPlatform,
  type SessionResult,
  type UserErrorResult,
} from './e2e-client';

/**
 * TOTP MFA and the security audit log through the real gateway (issue 9): enrolment with an
 * authenticator app's codes (computed here with otplib from the enrolment's secret), the second
 * sign-in step, replays and recovery codes refused the second time, nothing secret stored in plain
 * text, and every step in the tenant's audit log with the address and user agent the gateway saw,
 * readable by the owner only, invisible to another tenant.
 */
let e2e: E2EPlatform;

beforeAll(async () => {
  e2e = await startE2EPlatform();
});

afterAll(async () => {
  await e2e?.stop();
});

const PERIOD = 30;
const stepNow = () => Math.floor(Date.now() / 1000 / PERIOD);
const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * PERIOD });

async function wrongCode(secret: string): Promise<string> {
  const valid = new Set(
    await Promise.all([-2, -1, 0, 1, 2].map((offset) => codeAt(secret, stepNow() + offset))),
  );
  return ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code))!;
}

const CLIENT = { address: randomClientAddress(), userAgent: 'nexora-e2e-authenticator/1.0' };
const fromClient = { 'x-forwarded-for': CLIENT.address, 'user-agent': CLIENT.userAgent };

interface LoginPayload {
  session: SessionResult | null;
  mfaChallenge: { token: string; expiresAt: string } | null;
  userErrors: UserErrorResult[];
}

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { session { ${SESSION_FIELDS} } mfaChallenge { token expiresAt } ${USER_ERRORS} }
}`;
const COMPLETE = `mutation Complete($input: CompleteMfaLoginInput!) {
  completeMfaLogin(input: $input) { session { ${SESSION_FIELDS} } mfaChallenge { token } ${USER_ERRORS} }
}`;

const login = (email: string) =>
  e2e.gql<{ login: LoginPayload }>(LOGIN, { input: { email, password: PASSWORD } }, undefined, fromClient);
const complete = (input: Record<string, unknown>) =>
  e2e.gql<{ completeMfaLogin: LoginPayload }>(COMPLETE, { input }, undefined, fromClient);
const userErrorCodes = (payload: { userErrors: UserErrorResult[] } | null | undefined) =>
  payload?.userErrors.map((error) => error.code);

interface AuditEvent {
  type: string;
  actorId: string | null;
  target: { type: string; id: string } | null;
  clientAddress: string | null;
  userAgent: string | null;
  details: string;
}

const AUDIT = `query Audit($types: [AuditEventType!]) {
  auditEvents(first: 100, types: $types) {
    totalCount edges { node { type actorId target { type id } clientAddress userAgent details } }
  }
}`;

describe('MFA through the gateway', () => {
  it('enrols, requires the second step, refuses wrong and replayed codes, spends a recovery code once, and turns off', async () => {
    const owner = await e2e.signUpTenant('mfa-e2e');

    const started = await e2e.gql<{
      startMfaEnrolment: { secret: string; otpauthUri: string; userErrors: UserErrorResult[] };
    }>(`mutation { startMfaEnrolment { secret otpauthUri ${USER_ERRORS} } }`, {}, owner.token, fromClient);
    expect(started.status).toBe(200);
    const { secret, otpauthUri } = started.body.data!.startMfaEnrolment;
    expect(otpauthUri).toBe(
      `otpauth://totp/NEXORA:${encodeURIComponent(owner.email)}?secret=${secret}&issuer=NEXORA`,
    );

    const confirmStep = stepNow();
    const confirmed = await e2e.gql<{
      confirmMfaEnrolment: { recoveryCodes: string[]; userErrors: UserErrorResult[] };
    }>(
      `mutation ($input: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes ${USER_ERRORS} } }`,
      { input: { code: await codeAt(secret, confirmStep) } },
      owner.token,
      fromClient,
    );
    const recoveryCodes = confirmed.body.data!.confirmMfaEnrolment.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);

    // Never stored in plain text: the sealed secret and the HMACs of the codes, checked in Postgres.
    const rows = await queryAsSuperuser(
      `select f.secret_ciphertext, array_agg(c.code_hash) as hashes
       from identity.mfa_factors f join identity.mfa_recovery_codes c on c.user_id = f.user_id
       where f.user_id = $1 group by f.secret_ciphertext`,
      [owner.userId],
    );
    const stored = JSON.stringify(rows).toLowerCase();
    expect(rows).toHaveLength(1);
    for (const value of [secret, ...recoveryCodes, ...recoveryCodes.map((code) => code.replace(/-/g, ''))]) {
      expect(stored).not.toContain(value.toLowerCase());
    }

    // The password alone gives a challenge, not a session.
    const first = await login(owner.email);
    expect(first.status).toBe(200);
    expect(first.body.data?.login).toEqual({
      session: null,
      mfaChallenge: { token: expect.any(String), expiresAt: expect.any(String) },
      userErrors: [],
    });
    const challenge = first.body.data!.login.mfaChallenge!.token;

    const wrong = await complete({ challengeToken: challenge, code: await wrongCode(secret) });
    expect(wrong.status).toBe(200);
    expect(userErrorCodes(wrong.body.data?.completeMfaLogin)).toEqual(['MFA_CODE_INVALID']);

    const code = await codeAt(secret, confirmStep + 1);
    const signedIn = await complete({ challengeToken: challenge, code });
    const session = signedIn.body.data?.completeMfaLogin.session;
    expect(session).toMatchObject({
      user: { id: owner.userId },
      tenant: { id: owner.tenantId },
      role: 'owner',
    });
    // The new session works through the gateway.
    const me = await e2e.gql<{ me: { user: { id: string }; mfa: { enabled: boolean } } }>(
      `{ me { user { id } mfa { enabled } } }`,
      {},
      session!.accessToken,
    );
    expect(me.body.data?.me).toEqual({ user: { id: owner.userId }, mfa: { enabled: true } });

    // Replays: the same code with a new challenge, the same challenge again.
    const second = (await login(owner.email)).body.data!.login.mfaChallenge!.token;
    expect(
      userErrorCodes((await complete({ challengeToken: second, code })).body.data?.completeMfaLogin),
    ).toEqual(['MFA_CODE_REUSED']);
    expect(
      userErrorCodes((await complete({ challengeToken: challenge, code })).body.data?.completeMfaLogin),
    ).toEqual(['MFA_CHALLENGE_USED']);

    // A recovery code signs in once.
    const byRecovery = await complete({ challengeToken: second, recoveryCode: recoveryCodes[0] });
    expect(byRecovery.body.data?.completeMfaLogin.session?.user.id).toBe(owner.userId);
    const third = (await login(owner.email)).body.data!.login.mfaChallenge!.token;
    expect(
      userErrorCodes(
        (await complete({ challengeToken: third, recoveryCode: recoveryCodes[0] })).body.data
          ?.completeMfaLogin,
      ),
    ).toEqual(['MFA_RECOVERY_CODE_USED']);

    // Turned off with another recovery code: the password signs in directly again.
    const off = await e2e.gql<{ disableMfa: { mfa: { enabled: boolean }; userErrors: UserErrorResult[] } }>(
      `mutation ($input: MfaProofInput!) { disableMfa(input: $input) { mfa { enabled } ${USER_ERRORS} } }`,
      { input: { recoveryCode: recoveryCodes[1] } },
      session!.accessToken,
      fromClient,
    );
    expect(off.body.data?.disableMfa).toEqual({ mfa: { enabled: false }, userErrors: [] });
    const direct = await login(owner.email);
    expect(direct.body.data?.login.mfaChallenge).toBeNull();
    expect(direct.body.data?.login.session?.user.id).toBe(owner.userId);

    // Each step is in the tenant's log, with the client's address and user agent as the gateway saw them.
    const audit = await e2e.gql<{ auditEvents: { edges: Array<{ node: AuditEvent }> } }>(
      AUDIT,
      {
        types: ['MFA_ENABLED', 'MFA_DISABLED', 'MFA_RECOVERY_CODE_USED', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED'],
      },
      direct.body.data!.login.session!.accessToken,
    );
    const events = audit.body.data!.auditEvents.edges.map((edge) => edge.node);
    expect(events.map((event) => event.type)).toEqual([
      'LOGIN_SUCCEEDED',
      'MFA_DISABLED',
      'MFA_RECOVERY_CODE_USED',
      'LOGIN_FAILED',
      'LOGIN_SUCCEEDED',
      'MFA_RECOVERY_CODE_USED',
      'LOGIN_FAILED',
      'LOGIN_SUCCEEDED',
      'LOGIN_FAILED',
      'MFA_ENABLED',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        target: { type: 'USER', id: owner.userId },
        clientAddress: CLIENT.address,
        userAgent: CLIENT.userAgent,
      });
    }
    const failures = events.filter((event) => event.type === 'LOGIN_FAILED');
    expect(failures.map((event) => JSON.parse(event.details).reason)).toEqual([
      'MFA_RECOVERY_CODE_USED',
      'MFA_CODE_REUSED',
      'MFA_CODE_INVALID',
    ]);
    for (const event of failures) expect(event.actorId).toBeNull();
    expect(events.filter((event) => event.type === 'MFA_ENABLED').map((event) => event.actorId)).toEqual([
      owner.userId,
    ]);
  });
});

describe('the audit log through the gateway', () => {
  it('a member is refused (FORBIDDEN, identity never asked) and another tenant sees none of it', async () => {
    const owner = await e2e.signUpTenant('audit-e2e');
    const email = uniqueEmail('audit-e2e-member');
    const invited = await e2e.gql<{ inviteMember: { invitationToken: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken ${USER_ERRORS} } }`,
      { input: { email, role: 'member' } },
      owner.token,
      fromClient,
    );
    const joined = await e2e.gql<{ acceptInvitation: { session: SessionResult } }>(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} } }`,
      {
        input: { token: invited.body.data!.inviteMember.invitationToken, password: PASSWORD, name: 'Member' },
      },
    );
    const member = joined.body.data!.acceptInvitation.session;

    const ownerView = await e2e.gql<{
      auditEvents: { totalCount: number; edges: Array<{ node: AuditEvent }> };
    }>(AUDIT, {}, owner.token);
    expect(ownerView.status).toBe(200);
    expect(ownerView.body.data!.auditEvents.edges.map((edge) => edge.node.type)).toEqual([
      'MEMBER_JOINED',
      'MEMBER_INVITED',
      'MEMBER_JOINED',
    ]);
    const invitedEvent = ownerView.body.data!.auditEvents.edges[1].node;
    expect(invitedEvent).toMatchObject({
      actorId: owner.userId,
      clientAddress: CLIENT.address,
      userAgent: CLIENT.userAgent,
    });
    expect(JSON.parse(invitedEvent.details)).toEqual({ email, role: 'member' });

    const before = e2e.sqlStatements().identity;
    const refused = await e2e.gql(AUDIT, {}, member.accessToken);
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(e2e.sqlStatements().identity).toBe(before);

    const other = await e2e.signUpTenant('audit-e2e-other');
    const otherView = await e2e.gql<{
      auditEvents: { totalCount: number; edges: Array<{ node: AuditEvent }> };
    }>(AUDIT, {}, other.token);
    expect(otherView.body.data!.auditEvents.totalCount).toBe(1);
    expect(otherView.body.data!.auditEvents.edges[0].node).toMatchObject({
      type: 'MEMBER_JOINED',
      actorId: other.userId,
    });
  });
});
