import { countRows } from '@nexora/kit';
import { startSmtpInbox, tokenIn, type SmtpInbox } from '../../../identity/test/smtp-inbox';
import {
  PASSWORD,
  SESSION_FIELDS,
  startE2EPlatform,
  USER_ERRORS,
  type E2EPlatform,
  type SessionPayload,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';

let e2e: E2EPlatform;
let inbox: SmtpInbox;
let owner: SignedUpTenant;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  process.env.SMTP_URL = inbox.url;
  e2e = await startE2EPlatform();
  owner = await e2e.signUpTenant('reset');
});

afterAll(async () => {
  await e2e?.stop();
  await inbox?.stop();
});

const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted ${USER_ERRORS} } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { ok ${USER_ERRORS} } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} } }`;
const REFRESH = `mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} } }`;

type ResetData = { resetPassword: { ok: boolean; userErrors: UserErrorResult[] } };
const codes = (errors: UserErrorResult[] | undefined) => errors?.map((error) => error.code);

it('resets a password through the gateway: mailed token, single use, sessions ended', async () => {
  const unknown = await e2e.gql<{ requestPasswordReset: unknown }>(REQUEST_RESET, {
    input: { email: `nobody-${owner.userId}@example.test` },
  });
  const known = await e2e.gql<{ requestPasswordReset: unknown }>(REQUEST_RESET, {
    input: { email: owner.email },
  });
  expect(known.status).toBe(200);
  expect(known.body).toEqual(unknown.body);
  expect(known.body.data?.requestPasswordReset).toEqual({ accepted: true, userErrors: [] });

  const token = tokenIn(await inbox.next(owner.email));
  expect(await countRows(`select 1 from identity.password_resets where token_hash = $1`, [token])).toBe(0);

  const newPassword = 'e2e fresh reset passphrase';
  const reset = await e2e.gql<ResetData>(RESET, { input: { token, newPassword } });
  expect(reset.status).toBe(200);
  expect(reset.body.data?.resetPassword).toEqual({ ok: true, userErrors: [] });

  const reused = await e2e.gql<ResetData>(RESET, { input: { token, newPassword: 'e2e third passphrase!' } });
  expect(codes(reused.body.data?.resetPassword.userErrors)).toEqual(['INVALID_RESET_TOKEN']);

  const oldLogin = await e2e.gql<{ login: SessionPayload }>(LOGIN, {
    input: { email: owner.email, password: PASSWORD },
  });
  expect(codes(oldLogin.body.data?.login.userErrors)).toEqual(['INVALID_CREDENTIALS']);
  const newLogin = await e2e.gql<{ login: SessionPayload }>(LOGIN, {
    input: { email: owner.email, password: newPassword },
  });
  expect(newLogin.body.data?.login.session?.user.id).toBe(owner.userId);

  const refreshed = await e2e.gql<{ refreshSession: SessionPayload }>(REFRESH, {
    input: { refreshToken: owner.refreshToken },
  });
  expect(refreshed.body.data?.refreshSession.session).toBeNull();
  expect(refreshed.body.data?.refreshSession.userErrors).toHaveLength(1);

  const audit = await e2e.gql<{ auditEvents: { edges: Array<{ node: { type: string } }> } }>(
    `{ auditEvents(first: 50) { edges { node { type } } } }`,
    {},
    newLogin.body.data!.login.session!.accessToken,
  );
  expect(audit.body.data?.auditEvents.edges.map((edge) => edge.node.type)).toContain('PASSWORD_RESET');
});
