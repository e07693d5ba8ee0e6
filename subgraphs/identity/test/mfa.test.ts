import { createHash } from 'node:crypto';
import {
  postGraphQL,
  queryAsSuperuser,
  randomClientAddress,
  type ConfigError,
  type RunningSubgraph,
} from '@nexora/kit';
import {
  anonymous,
  headersFor,
  mutateSession,
  PASSWORD,
  signUpFresh,
  startIdentity,
  USER_ERRORS,
  type SessionResult,
} from './identity-harness';
import {
  challengeFor,
  codeAt,
  completeLogin,
  confirmEnrolment,
  currentStep,
  enrolled,
  loginStep,
  mfaStatusOf,
  outcomeCodes,
  proveAndChange,
  startEnrolment,
  wrongCode,
} from './mfa-harness';
import { loadIdentityConfig } from '../src/identity-config';
import { DEV_MFA_ENCRYPTION_KEY } from '../src/modules/mfa/mfa.config';
import { mfaKeys } from '../src/modules/mfa/mfa-keys';
import { openSecret, sealSecret } from '../src/modules/mfa/mfa-secret-box';

let identity: RunningSubgraph;

beforeAll(async () => {
  identity = await startIdentity();
});

afterAll(async () => {
  await identity.stop();
});

const credentials = (session: SessionResult) => ({ email: session.user.email, password: PASSWORD });

describe('enrolment', () => {
  it('gives a base32 secret and an otpauth URI for NEXORA and the e-mail; the first right code turns MFA on', async () => {
    const owner = await signUpFresh(identity, 'mfa-enrol');
    const started = await startEnrolment(identity, owner);
    expect(started.userErrors).toEqual([]);
    const secret = started.secret!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const uri = new URL(started.otpauthUri!);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe(`/NEXORA:${owner.user.email}`);
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('NEXORA');
    expect(started.otpauthUri).toBe(
      `otpauth://totp/NEXORA:${encodeURIComponent(owner.user.email)}?secret=${secret}&issuer=NEXORA`,
    );

    // Pending: sign-in is unchanged until a code confirms the app holds the secret.
    expect(await mfaStatusOf(identity, owner)).toEqual({
      enabled: false,
      enabledAt: null,
      enrolmentPending: true,
      recoveryCodesRemaining: 0,
    });
    expect((await loginStep(identity, credentials(owner))).payload?.session).not.toBeNull();

    const wrong = await confirmEnrolment(identity, owner, await wrongCode(secret));
    expect(outcomeCodes(wrong)).toEqual(['MFA_CODE_INVALID']);
    expect((await mfaStatusOf(identity, owner)).enabled).toBe(false);

    const { payload } = await confirmEnrolment(identity, owner, await codeAt(secret, currentStep()));
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.recoveryCodes).toHaveLength(10);
    expect(new Set(payload?.recoveryCodes).size).toBe(10);
    for (const code of payload!.recoveryCodes!) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    expect(payload?.mfa).toEqual({
      enabled: true,
      enabledAt: expect.any(String),
      enrolmentPending: false,
      recoveryCodesRemaining: 10,
    });

    // A second enrolment cannot replace an enabled factor.
    expect((await startEnrolment(identity, owner)).userErrors.map((error) => error.code)).toEqual([
      'MFA_ALREADY_ENABLED',
    ]);
  });

  it('stores the secret sealed and the recovery codes as HMACs, never in plain text', async () => {
    const owner = await signUpFresh(identity, 'mfa-storage');
    const { secret, recoveryCodes } = await enrolled(identity, owner);
    const challengeToken = await challengeFor(identity, credentials(owner));

    const [factor] = await queryAsSuperuser<{ secret_ciphertext: string }>(
      `select * from identity.mfa_factors where user_id = $1`,
      [owner.user.id],
    );
    expect(factor.secret_ciphertext).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const codes = await queryAsSuperuser<{ code_hash: string }>(
      `select * from identity.mfa_recovery_codes where user_id = $1`,
      [owner.user.id],
    );
    expect(codes).toHaveLength(10);
    const challenges = await queryAsSuperuser<{ token_hash: string }>(
      `select * from identity.mfa_challenges where user_id = $1`,
      [owner.user.id],
    );
    expect(challenges.map((row) => row.token_hash)).toEqual([
      createHash('sha256').update(challengeToken).digest('hex'),
    ]);

    const stored = JSON.stringify([factor, codes, challenges]).toLowerCase();
    const plain = [
      secret,
      challengeToken,
      ...recoveryCodes,
      ...recoveryCodes.map((code) => code.replace(/-/g, '')),
      // An unkeyed hash of a code would be a plain text in disguise: refused too.
      ...recoveryCodes.map((code) => createHash('sha256').update(code.replace(/-/g, '')).digest('hex')),
    ];
    for (const value of plain) expect(stored).not.toContain(value.toLowerCase());
    for (const row of codes) expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);

    // The database itself refuses a plain secret or code.
    await expect(
      queryAsSuperuser(`update identity.mfa_factors set secret_ciphertext = $2 where user_id = $1`, [
        owner.user.id,
        secret,
      ]),
    ).rejects.toThrow(/mfa_factors_secret_sealed/);
    await expect(
      queryAsSuperuser(`insert into identity.mfa_recovery_codes (user_id, code_hash) values ($1, $2)`, [
        owner.user.id,
        recoveryCodes[0],
      ]),
    ).rejects.toThrow(/mfa_recovery_codes_hash_shape/);
  });
});

describe('signing in with MFA', () => {
  it('asks for the second step, refuses a wrong code, accepts a right one once', async () => {
    const owner = await signUpFresh(identity, 'mfa-login');
    const { secret, usedStep } = await enrolled(identity, owner);

    const first = await loginStep(identity, credentials(owner));
    expect(first.payload?.session).toBeNull();
    expect(first.payload?.userErrors).toEqual([]);
    const challenge = first.payload!.mfaChallenge!;
    expect(challenge.token).toMatch(new RegExp(`^${owner.user.id}\\.[\\w-]{43}$`));
    const expiresIn = Date.parse(challenge.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(200_000);
    expect(expiresIn).toBeLessThanOrEqual(300_000);

    const wrong = await completeLogin(identity, {
      challengeToken: challenge.token,
      code: await wrongCode(secret),
    });
    expect(outcomeCodes(wrong)).toEqual(['MFA_CODE_INVALID']);
    expect(wrong.payload?.session).toBeNull();

    // The code that confirmed the enrolment was used at its step: refused as a replay.
    const confirming = await codeAt(secret, usedStep);
    const replayOfConfirmation = await completeLogin(identity, {
      challengeToken: challenge.token,
      code: confirming,
    });
    expect(outcomeCodes(replayOfConfirmation)).toEqual(['MFA_CODE_REUSED']);

    // The next step's code is accepted (one step of drift is tolerated) and gives the session.
    const next = await codeAt(secret, usedStep + 1);
    const signedIn = await completeLogin(identity, {
      challengeToken: challenge.token,
      code: `${next.slice(0, 3)} ${next.slice(3)}`,
    });
    expect(signedIn.payload?.userErrors).toEqual([]);
    expect(signedIn.payload?.session).toMatchObject({
      user: { id: owner.user.id },
      tenant: { id: owner.tenant.id },
      role: 'owner',
    });
    expect(signedIn.payload?.mfaChallenge).toBeNull();

    // The same code again, with a fresh challenge: a replay.
    const again = await challengeFor(identity, credentials(owner));
    expect(outcomeCodes(await completeLogin(identity, { challengeToken: again, code: next }))).toEqual([
      'MFA_CODE_REUSED',
    ]);
    // The spent challenge cannot sign in a second time, whatever the code.
    expect(
      outcomeCodes(await completeLogin(identity, { challengeToken: challenge.token, code: next })),
    ).toEqual(['MFA_CHALLENGE_USED']);
  });

  it('accepts each recovery code once, even when its request fails and rolls back', async () => {
    const owner = await signUpFresh(identity, 'mfa-recovery');
    const { recoveryCodes } = await enrolled(identity, owner);
    // Each step from an address of its own: this test is about spending codes, not about throttling.
    const from = () => anonymous(randomClientAddress());

    const token = await challengeFor(identity, credentials(owner), from());
    const signedIn = await completeLogin(
      identity,
      { challengeToken: token, recoveryCode: recoveryCodes[0].toUpperCase() },
      from(),
    );
    expect(signedIn.payload?.session?.user.id).toBe(owner.user.id);
    expect((await mfaStatusOf(identity, owner)).recoveryCodesRemaining).toBe(9);

    const again = await challengeFor(identity, credentials(owner), from());
    expect(
      outcomeCodes(
        await completeLogin(identity, { challengeToken: again, recoveryCode: recoveryCodes[0] }, from()),
      ),
    ).toEqual(['MFA_RECOVERY_CODE_USED']);
    expect(
      outcomeCodes(
        await completeLogin(identity, { challengeToken: again, recoveryCode: 'aaaa-bbbb-cccc-dddd' }, from()),
      ),
    ).toEqual(['MFA_RECOVERY_CODE_INVALID']);

    // A document whose other field fails rolls its transaction back; the code is spent regardless.
    const failing = await postGraphQL<{
      completeMfaLogin: { session: { accessToken: string } | null } | null;
    }>(
      identity.url,
      `mutation ($input: CompleteMfaLoginInput!) {
        completeMfaLogin(input: $input) { session { accessToken } ${USER_ERRORS} }
        assignRole(input: { userId: "${owner.user.id}", role: "viewer" }) { ${USER_ERRORS} }
      }`,
      { input: { challengeToken: again, recoveryCode: recoveryCodes[1] } },
      from(),
    );
    expect(failing.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const third = await challengeFor(identity, credentials(owner), from());
    expect(
      outcomeCodes(
        await completeLogin(identity, { challengeToken: third, recoveryCode: recoveryCodes[1] }, from()),
      ),
    ).toEqual(['MFA_RECOVERY_CODE_USED']);
    expect((await mfaStatusOf(identity, owner)).recoveryCodesRemaining).toBe(8);
  });

  it('counts wrong codes towards the login throttle, without locking out another address', async () => {
    const owner = await signUpFresh(identity, 'mfa-throttle');
    const { secret, usedStep } = await enrolled(identity, owner);
    const guesser = anonymous(randomClientAddress());
    const token = await challengeFor(identity, credentials(owner), guesser);
    const wrong = await wrongCode(secret);

    // The password step stays a pending failure until the code is right: 1 + 4 wrong codes = 5.
    const guesses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      guesses.push(
        outcomeCodes(await completeLogin(identity, { challengeToken: token, code: wrong }, guesser)),
      );
    }
    expect(guesses).toEqual(Array(4).fill(['MFA_CODE_INVALID']));
    const right = await codeAt(secret, usedStep + 1);
    const refused = await completeLogin(identity, { challengeToken: token, code: right }, guesser);
    expect(outcomeCodes(refused)).toEqual(['TOO_MANY_REQUESTS']);
    expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);

    // The owner, elsewhere, completes the same sign-in.
    const owners = await completeLogin(
      identity,
      { challengeToken: token, code: right },
      anonymous(randomClientAddress()),
    );
    expect(owners.payload?.session?.user.id).toBe(owner.user.id);
  });

  it('refuses malformed, foreign and expired challenges', async () => {
    const owner = await signUpFresh(identity, 'mfa-challenge');
    const other = await signUpFresh(identity, 'mfa-challenge-other');
    const { secret, usedStep } = await enrolled(identity, owner);
    const code = await codeAt(secret, usedStep + 1);
    const token = await challengeFor(identity, credentials(owner));

    expect(outcomeCodes(await completeLogin(identity, { challengeToken: 'not-a-token', code }))).toEqual([
      'MFA_CHALLENGE_INVALID',
    ]);
    // The same secret part under another account's id finds nothing (the hash covers the whole token).
    const foreign = `${other.user.id}.${token.split('.')[1]}`;
    expect(outcomeCodes(await completeLogin(identity, { challengeToken: foreign, code }))).toEqual([
      'MFA_CHALLENGE_INVALID',
    ]);
    expect(outcomeCodes(await completeLogin(identity, { challengeToken: token }))).toEqual([
      'MFA_CODE_REQUIRED',
    ]);
    expect(
      outcomeCodes(
        await completeLogin(identity, { challengeToken: token, code, recoveryCode: 'aaaa-bbbb-cccc-dddd' }),
      ),
    ).toEqual(['MFA_CODE_REQUIRED']);

    await queryAsSuperuser(
      `update identity.mfa_challenges set expires_at = now() - interval '1 second' where user_id = $1`,
      [owner.user.id],
    );
    expect(outcomeCodes(await completeLogin(identity, { challengeToken: token, code }))).toEqual([
      'MFA_CHALLENGE_EXPIRED',
    ]);
  });

  it('an invitation for an account with MFA cannot be accepted with the password alone', async () => {
    const invitee = await signUpFresh(identity, 'mfa-invitee');
    await enrolled(identity, invitee);
    const inviter = await signUpFresh(identity, 'mfa-inviter');
    const invited = await postGraphQL<{ inviteMember: { invitationToken: string } }>(
      identity.url,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken ${USER_ERRORS} } }`,
      { input: { email: invitee.user.email, role: 'member' } },
      await headersFor(identity, inviter.accessToken),
    );
    const token = invited.body.data!.inviteMember.invitationToken;
    const withPassword = await mutateSession(identity, 'acceptInvitation', 'AcceptInvitationInput', {
      token,
      password: PASSWORD,
    });
    expect(withPassword.payload?.userErrors.map((error) => error.code)).toEqual(['MFA_REQUIRED']);
    // Signed in (after the second step), the same invitation is accepted.
    const signedIn = await mutateSession(
      identity,
      'acceptInvitation',
      'AcceptInvitationInput',
      { token },
      await headersFor(identity, invitee.accessToken),
    );
    expect(signedIn.payload?.session?.tenant.id).toBe(inviter.tenant.id);
  });
});

describe('turning MFA off and replacing recovery codes', () => {
  it('needs a right code; once off, login gives a session directly', async () => {
    const owner = await signUpFresh(identity, 'mfa-disable');
    const { secret, recoveryCodes, usedStep } = await enrolled(identity, owner);

    const wrong = await proveAndChange(identity, owner, 'disableMfa', { code: await wrongCode(secret) });
    expect(outcomeCodes(wrong)).toEqual(['MFA_CODE_INVALID']);
    const reused = await proveAndChange(identity, owner, 'disableMfa', {
      code: await codeAt(secret, usedStep),
    });
    expect(outcomeCodes(reused)).toEqual(['MFA_CODE_REUSED']);
    expect((await mfaStatusOf(identity, owner)).enabled).toBe(true);

    const regenerated = await proveAndChange(identity, owner, 'regenerateRecoveryCodes', {
      recoveryCode: recoveryCodes[0],
    });
    expect(regenerated.payload?.userErrors).toEqual([]);
    const fresh = regenerated.payload!.recoveryCodes!;
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => recoveryCodes.includes(code))).toEqual([]);
    // The old codes are gone with the regeneration.
    expect(
      outcomeCodes(await proveAndChange(identity, owner, 'disableMfa', { recoveryCode: recoveryCodes[1] })),
    ).toEqual(['MFA_RECOVERY_CODE_INVALID']);

    const off = await proveAndChange(identity, owner, 'disableMfa', {
      code: await codeAt(secret, usedStep + 1),
    });
    expect(off.payload?.userErrors).toEqual([]);
    expect(off.payload?.mfa).toEqual({
      enabled: false,
      enabledAt: null,
      enrolmentPending: false,
      recoveryCodesRemaining: 0,
    });
    const direct = await loginStep(identity, credentials(owner));
    expect(direct.payload?.mfaChallenge).toBeNull();
    expect(direct.payload?.session?.user.id).toBe(owner.user.id);
    expect(
      await queryAsSuperuser(`select 1 from identity.mfa_recovery_codes where user_id = $1`, [owner.user.id]),
    ).toEqual([]);
    expect(outcomeCodes(await proveAndChange(identity, owner, 'disableMfa', { code: '123456' }))).toEqual([
      'MFA_NOT_ENABLED',
    ]);
  });

  it('refuses callers without a signed-in user', async () => {
    const response = await postGraphQL(
      identity.url,
      `mutation { startMfaEnrolment { secret ${USER_ERRORS} } }`,
      {},
      anonymous(),
    );
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the encryption key', () => {
  it('seals a secret for one account under one key: another account or another key cannot open it', () => {
    const keys = mfaKeys('a'.repeat(32));
    const sealed = sealSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'user-a', keys);
    expect(openSecret(sealed, 'user-a', keys)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(sealSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'user-a', keys)).not.toBe(sealed);
    expect(() => openSecret(sealed, 'user-b', keys)).toThrow();
    expect(() => openSecret(sealed, 'user-a', mfaKeys('b'.repeat(32)))).toThrow(/another MFA_ENCRYPTION_KEY/);
  });

  it('is required in production, at least 32 characters, and not the development default', () => {
    expect(loadIdentityConfig({}).MFA_ENCRYPTION_KEY).toBe(DEV_MFA_ENCRYPTION_KEY);
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadIdentityConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^MFA_ENCRYPTION_KEY: /)]);
    expect(problems({ NODE_ENV: 'production', MFA_ENCRYPTION_KEY: 'short' })).toEqual([
      expect.stringMatching(/^MFA_ENCRYPTION_KEY: must be at least 32 characters/),
    ]);
    expect(problems({ NODE_ENV: 'production', MFA_ENCRYPTION_KEY: DEV_MFA_ENCRYPTION_KEY })).toEqual([
      expect.stringMatching(/development default/),
    ]);
    expect(problems({ NODE_ENV: 'production', MFA_ENCRYPTION_KEY: 'x'.repeat(44) })).toEqual([]);
    expect(problems({ MFA_ISSUER: 'Acme:Corp' })).toEqual([expect.stringMatching(/^MFA_ISSUER: /)]);
  });
});
