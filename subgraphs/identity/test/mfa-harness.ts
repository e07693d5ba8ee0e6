import { generate } from 'otplib';
import {
  deriveContextKey,
  postGraphQL,
  SignedHeaders,
  TEST_SIGNING_SECRET,
  type RunningSubgraph,
  type TestHeaders,
} from '@nexora/kit';
import {
  anonymous,
  SESSION_FIELDS,
  USER_ERRORS,
  verifyAccessToken,
  type SessionResult,
  type UserErrorResult,
} from './identity-harness';

/**
 * MFA as its identity tests drive it: codes are computed here with otplib, exactly as an
 * authenticator app would from the enrolment's secret, for chosen 30-second steps.
 */
export const PERIOD_SECONDS = 30;

export const currentStep = () => Math.floor(Date.now() / 1000 / PERIOD_SECONDS);

/** The code an authenticator app shows during time step `step`. */
export const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * PERIOD_SECONDS });

/** Six digits that are no valid code now (none of the steps identity accepts around now). */
export async function wrongCode(secret: string): Promise<string> {
  const now = currentStep();
  const valid = new Set(await Promise.all([-2, -1, 0, 1, 2].map((offset) => codeAt(secret, now + offset))));
  return ['000000', '111111', '222222', '333333', '444444', '555555'].find((code) => !valid.has(code))!;
}

/** Signed headers for the caller a session stands for, from a chosen client address and user agent. */
export async function callerHeaders(
  identity: RunningSubgraph,
  session: SessionResult,
  from: { clientAddress?: string | null; userAgent?: string | null } = {},
): Promise<SignedHeaders> {
  const claims = await verifyAccessToken(identity, session.accessToken);
  return new SignedHeaders(
    {
      requestId: `test-${claims.jti ?? 'request'}-${Math.random().toString(36).slice(2)}`,
      audience: 'identity',
      tenantId: claims.tid,
      userId: claims.sub,
      permissions: claims.perms,
      operationName: null,
      clientAddress: from.clientAddress ?? null,
      userAgent: from.userAgent ?? null,
    },
    deriveContextKey(TEST_SIGNING_SECRET, 'identity'),
  );
}

export interface MfaStatusResult {
  enabled: boolean;
  enabledAt: string | null;
  enrolmentPending: boolean;
  recoveryCodesRemaining: number;
}

const MFA_STATUS = 'mfa { enabled enabledAt enrolmentPending recoveryCodesRemaining }';

export async function mfaStatusOf(
  identity: RunningSubgraph,
  session: SessionResult,
): Promise<MfaStatusResult> {
  const response = await postGraphQL<{ me: { mfa: MfaStatusResult } }>(
    identity.url,
    `{ me { ${MFA_STATUS} } }`,
    {},
    await callerHeaders(identity, session),
  );
  return response.body.data!.me.mfa;
}

export async function startEnrolment(identity: RunningSubgraph, session: SessionResult) {
  const response = await postGraphQL<{
    startMfaEnrolment: { secret: string | null; otpauthUri: string | null; userErrors: UserErrorResult[] };
  }>(
    identity.url,
    `mutation { startMfaEnrolment { secret otpauthUri ${USER_ERRORS} } }`,
    {},
    await callerHeaders(identity, session),
  );
  return response.body.data!.startMfaEnrolment;
}

export interface RecoveryCodesPayload {
  recoveryCodes: string[] | null;
  mfa: MfaStatusResult | null;
  userErrors: UserErrorResult[];
}

export async function confirmEnrolment(
  identity: RunningSubgraph,
  session: SessionResult,
  code: string,
  headers?: TestHeaders,
) {
  const response = await postGraphQL<{ confirmMfaEnrolment: RecoveryCodesPayload }>(
    identity.url,
    `mutation ($input: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes ${MFA_STATUS} ${USER_ERRORS} } }`,
    { input: { code } },
    headers ?? (await callerHeaders(identity, session)),
  );
  return { ...response, payload: response.body.data?.confirmMfaEnrolment ?? null };
}

/** Enrols an account; the secret and its recovery codes, and the step its confirming code used. */
export async function enrolled(
  identity: RunningSubgraph,
  session: SessionResult,
): Promise<{ secret: string; recoveryCodes: string[]; usedStep: number }> {
  const started = await startEnrolment(identity, session);
  if (!started.secret) throw new Error(`startMfaEnrolment failed: ${JSON.stringify(started)}`);
  const usedStep = currentStep();
  const { payload, body } = await confirmEnrolment(identity, session, await codeAt(started.secret, usedStep));
  if (!payload?.recoveryCodes) throw new Error(`confirmMfaEnrolment failed: ${JSON.stringify(body)}`);
  return { secret: started.secret, recoveryCodes: payload.recoveryCodes, usedStep };
}

export interface LoginWithMfaPayload {
  session: SessionResult | null;
  mfaChallenge: { token: string; expiresAt: string } | null;
  userErrors: UserErrorResult[];
}

const LOGIN_FIELDS = `session { ${SESSION_FIELDS} } mfaChallenge { token expiresAt } ${USER_ERRORS}`;

export async function loginStep(
  identity: RunningSubgraph,
  input: { email: string; password: string },
  headers: TestHeaders = anonymous(),
) {
  const response = await postGraphQL<{ login: LoginWithMfaPayload }>(
    identity.url,
    `mutation ($input: LoginInput!) { login(input: $input) { ${LOGIN_FIELDS} } }`,
    { input },
    headers,
  );
  return { ...response, payload: response.body.data?.login ?? null };
}

/** The challenge of a login that needs the second step; fails the test otherwise. */
export async function challengeFor(
  identity: RunningSubgraph,
  input: { email: string; password: string },
  headers?: TestHeaders,
): Promise<string> {
  const { payload, body } = await loginStep(identity, input, headers);
  if (!payload?.mfaChallenge) throw new Error(`login gave no MFA challenge: ${JSON.stringify(body)}`);
  return payload.mfaChallenge.token;
}

export async function completeLogin(
  identity: RunningSubgraph,
  input: { challengeToken: string; code?: string; recoveryCode?: string },
  headers: TestHeaders = anonymous(),
) {
  const response = await postGraphQL<{ completeMfaLogin: LoginWithMfaPayload }>(
    identity.url,
    `mutation ($input: CompleteMfaLoginInput!) { completeMfaLogin(input: $input) { ${LOGIN_FIELDS} } }`,
    { input },
    headers,
  );
  return { ...response, payload: response.body.data?.completeMfaLogin ?? null };
}

export async function proveAndChange(
  identity: RunningSubgraph,
  session: SessionResult,
  field: 'disableMfa' | 'regenerateRecoveryCodes',
  proof: { code?: string; recoveryCode?: string },
) {
  const selection =
    field === 'disableMfa' ? `${MFA_STATUS} ${USER_ERRORS}` : `recoveryCodes ${MFA_STATUS} ${USER_ERRORS}`;
  const response = await postGraphQL<Record<string, RecoveryCodesPayload>>(
    identity.url,
    `mutation ($input: MfaProofInput!) { ${field}(input: $input) { ${selection} } }`,
    { input: proof },
    await callerHeaders(identity, session),
  );
  return { ...response, payload: response.body.data?.[field] ?? null };
}

/** The userError codes of a payload, or the error codes of a refused request. */
export function outcomeCodes(response: {
  body: { errors?: Array<{ extensions?: Record<string, unknown> }> };
  payload: { userErrors: UserErrorResult[] } | null;
}): unknown[] {
  if (response.body.errors?.length) return response.body.errors.map((error) => error.extensions?.code);
  return response.payload?.userErrors.map((error) => error.code) ?? [];
}
