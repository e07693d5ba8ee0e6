import { createHash } from 'node:crypto';
import {
  countRows,
  errorCodes,
  postGraphQL,
  queryAsSuperuser,
  uniqueEmail,
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
  type UserErrorResult,
} from './identity-harness';

let identity: RunningSubgraph;

beforeAll(async () => {
  identity = await startIdentity();
});

afterAll(async () => {
  await identity.stop();
});

const KEY_FIELDS = `id name prefix scopes status limits { requestsPerMinute costPerMinute }
  createdBy { id } createdAt lastUsedAt expiresAt revokedAt`;

interface ApiKeyResult {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  status: string;
  limits: { requestsPerMinute: number | null; costPerMinute: number | null };
  createdBy: { id: string } | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

interface CreatePayload {
  apiKey: ApiKeyResult | null;
  secret: string | null;
  userErrors: UserErrorResult[];
}

async function createKey(session: SessionResult, input: Record<string, unknown>) {
  const response = await postGraphQL<{ createApiKey: CreatePayload }>(
    identity.url,
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { ${KEY_FIELDS} } secret ${USER_ERRORS} } }`,
    { input },
    await headersFor(identity, session.accessToken),
  );
  return { ...response, payload: response.body.data?.createApiKey ?? null };
}

async function createdKey(
  session: SessionResult,
  input: Record<string, unknown> = {},
): Promise<{ apiKey: ApiKeyResult; secret: string }> {
  const { payload, body } = await createKey(session, {
    name: 'sync',
    scopes: ['crm.company:read'],
    ...input,
  });
  if (!payload?.apiKey || !payload.secret) throw new Error(`createApiKey failed: ${JSON.stringify(body)}`);
  return { apiKey: payload.apiKey, secret: payload.secret };
}

async function revokeKey(session: SessionResult, id: string) {
  return postGraphQL<{ revokeApiKey: { apiKey: ApiKeyResult | null; userErrors: UserErrorResult[] } }>(
    identity.url,
    `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { ${KEY_FIELDS} } ${USER_ERRORS} } }`,
    { input: { id } },
    await headersFor(identity, session.accessToken),
  );
}

interface KeyPage {
  apiKeys: {
    edges: Array<{ cursor: string; node: ApiKeyResult }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

async function listKeys(session: SessionResult, variables: Record<string, unknown> = {}) {
  return postGraphQL<KeyPage>(
    identity.url,
    `query ($first: Int, $after: String) {
      apiKeys(first: $first, after: $after) {
        edges { cursor node { ${KEY_FIELDS} } } pageInfo { hasNextPage hasPreviousPage endCursor } totalCount
      }
    }`,
    variables,
    await headersFor(identity, session.accessToken),
  );
}

interface Verification {
  outcome: string;
  keyId: string | null;
  tenantId: string | null;
  scopes: string[];
  requestsPerMinute: number | null;
  costPerMinute: number | null;
  expiresAt: string | null;
}

/** The gateway's check: anonymous (no tenant, no user), signed for identity. */
async function verify(key: string, headers = anonymous()) {
  const response = await postGraphQL<{ _verifyApiKey: Verification }>(
    identity.url,
    `query ($key: String!) { _verifyApiKey(key: $key) { outcome keyId tenantId scopes requestsPerMinute costPerMinute expiresAt } }`,
    { key },
    headers,
  );
  return { ...response, verification: response.body.data?._verifyApiKey ?? null };
}

/** A second account invited into `owner`'s tenant with `role`; its session in that tenant. */
async function memberOf(owner: SessionResult, role: string): Promise<SessionResult> {
  const invited = await postGraphQL<{ inviteMember: { invitationToken: string | null } }>(
    identity.url,
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken ${USER_ERRORS} } }`,
    { input: { email: uniqueEmail(role), role } },
    await headersFor(identity, owner.accessToken),
  );
  const token = invited.body.data?.inviteMember.invitationToken;
  if (!token) throw new Error(`inviteMember failed: ${JSON.stringify(invited.body)}`);
  const { payload } = await mutateSession(identity, 'acceptInvitation', 'AcceptInvitationInput', {
    token,
    password: PASSWORD,
    name: `${role} person`,
  });
  if (!payload?.session) throw new Error(`acceptInvitation failed: ${JSON.stringify(payload)}`);
  return payload.session;
}

const keyRows = (tenantId: string) =>
  countRows(`select 1 from identity.api_keys where tenant_id = $1`, [tenantId]);

describe('createApiKey', () => {
  it('shows the key once, in a recognisable form, and stores only its SHA-256', async () => {
    const owner = await signUpFresh(identity, 'keyowner');
    const { apiKey, secret } = await createdKey(owner, {
      name: '  ERP sync  ',
      scopes: ['crm.company:read', 'erp.invoice:read', 'crm.company:read'],
      requestsPerMinute: 600,
      costPerMinute: 50_000,
    });
    expect(secret).toMatch(/^nxk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey).toMatchObject({
      name: 'ERP sync',
      scopes: ['crm.company:read', 'erp.invoice:read'],
      status: 'ACTIVE',
      limits: { requestsPerMinute: 600, costPerMinute: 50_000 },
      createdBy: { id: owner.user.id },
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
    });

    // Never again: the list shows the key without any way to read its secret.
    const listed = await listKeys(owner);
    expect(listed.body.data?.apiKeys.edges.map((edge) => edge.node)).toEqual([apiKey]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    // In the database: the hash of the key, and no column holding the key or its secret part.
    const secretPart = secret.slice(apiKey.prefix.length + 1);
    const [row] = await queryAsSuperuser<Record<string, unknown>>(
      `select * from identity.api_keys where id = $1`,
      [apiKey.id],
    );
    expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    for (const [column, value] of Object.entries(row)) {
      const text = JSON.stringify(value) ?? '';
      expect({ column, holdsKey: text.includes(secretPart) }).toEqual({ column, holdsKey: false });
    }
    // Nor in the events it announced.
    const events = await queryAsSuperuser<{ type: string; payload: unknown }>(
      `select type, payload from identity.outbox where tenant_id = $1 and type like 'identity.apikey.%'`,
      [owner.tenant.id],
    );
    expect(events.map((event) => event.type)).toEqual(['identity.apikey.created']);
    expect(JSON.stringify(events)).not.toContain(secretPart);
    // Nor in the audit log, which records the creation.
    const audit = await queryAsSuperuser<{ type: string; target_id: string }>(
      `select * from identity.audit_events where tenant_id = $1 and type like 'API_KEY_%'`,
      [owner.tenant.id],
    );
    expect(audit.map((event) => [event.type, event.target_id])).toEqual([['API_KEY_CREATED', apiKey.id]]);
    expect(JSON.stringify(audit)).not.toContain(secretPart);
  });

  it('refuses scopes the creator does not hold, unknown ones and malformed input, writing nothing', async () => {
    const owner = await signUpFresh(identity, 'scopeowner');
    const admin = await memberOf(owner, 'admin');

    // An admin holds identity.apikey:manage but not identity.tenant:manage (owners only).
    const escalation = await createKey(admin, {
      name: 'too much',
      scopes: ['crm.company:read', 'identity.tenant:manage'],
    });
    expect(escalation.payload).toEqual({
      apiKey: null,
      secret: null,
      userErrors: [expect.objectContaining({ code: 'SCOPE_NOT_HELD', field: ['input', 'scopes', '1'] })],
    });

    const malformed = await createKey(admin, {
      name: ' ',
      scopes: ['crm.company:read', 'crm.everything:write'],
      expiresAt: '2020-01-01T00:00:00Z',
      requestsPerMinute: 0,
    });
    expect(malformed.payload?.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['NAME_REQUIRED', ['input', 'name']],
      ['UNKNOWN_PERMISSION', ['input', 'scopes', '1']],
      ['EXPIRES_AT_PAST', ['input', 'expiresAt']],
      ['LIMIT_INVALID', ['input', 'requestsPerMinute']],
    ]);
    const noScopes = await createKey(admin, { name: 'empty', scopes: [], expiresAt: 'tomorrow' });
    expect(noScopes.payload?.userErrors.map((error) => error.code)).toEqual([
      'SCOPES_REQUIRED',
      'EXPIRES_AT_INVALID',
    ]);
    expect(await keyRows(owner.tenant.id)).toBe(0);

    // What the admin holds is fine; a member (no identity.apikey:manage) is refused outright.
    const allowed = await createdKey(admin, { scopes: ['crm.company:read', 'erp.invoice:read'] });
    expect(allowed.apiKey.createdBy).toEqual({ id: admin.user.id });
    const member = await memberOf(owner, 'member');
    const refused = await createKey(member, { name: 'mine', scopes: ['crm.company:read'] });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(await keyRows(owner.tenant.id)).toBe(1);
  });
});

describe('apiKeys', () => {
  it('lists the tenant’s keys newest first, page by page, and never another tenant’s', async () => {
    const owner = await signUpFresh(identity, 'pager');
    const other = await signUpFresh(identity, 'otherpager');
    const created: ApiKeyResult[] = [];
    for (const name of ['first', 'second', 'third']) created.push((await createdKey(owner, { name })).apiKey);
    const othersKey = await createdKey(other, { name: 'theirs' });

    const firstPage = await listKeys(owner, { first: 2 });
    expect(firstPage.body.data?.apiKeys).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    expect(firstPage.body.data?.apiKeys.edges.map((edge) => edge.node.name)).toEqual(['third', 'second']);
    const secondPage = await listKeys(owner, {
      first: 2,
      after: firstPage.body.data?.apiKeys.pageInfo.endCursor,
    });
    expect(secondPage.body.data?.apiKeys.edges.map((edge) => edge.node.name)).toEqual(['first']);
    expect(secondPage.body.data?.apiKeys.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });

    const theirs = await listKeys(other);
    expect(theirs.body.data?.apiKeys.edges.map((edge) => edge.node.id)).toEqual([othersKey.apiKey.id]);

    // Another tenant cannot revoke the key either: it does not exist for them.
    const foreign = await revokeKey(other, created[0].id);
    expect(errorCodes(foreign)).toEqual(['NOT_FOUND']);
    expect((await listKeys(owner)).body.data?.apiKeys.edges.map((edge) => edge.node.status)).toEqual([
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
    ]);
    // Bad cursors and page sizes are the client's mistake.
    expect(errorCodes(await listKeys(owner, { after: 'nonsense' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await listKeys(owner, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('revokeApiKey and the gateway’s check', () => {
  it('verifies a valid key once, records its use, and refuses it once revoked', async () => {
    const owner = await signUpFresh(identity, 'revoker');
    const { apiKey, secret } = await createdKey(owner, {
      scopes: ['crm.company:read', 'crm.person:read'],
      costPerMinute: 1_000,
      expiresAt: '2099-12-31T23:59:59Z',
    });

    const valid = await verify(secret);
    expect(valid.verification).toEqual({
      outcome: 'VALID',
      keyId: apiKey.id,
      tenantId: owner.tenant.id,
      scopes: ['crm.company:read', 'crm.person:read'],
      requestsPerMinute: null,
      costPerMinute: 1_000,
      expiresAt: '2099-12-31T23:59:59.000Z',
    });
    const used = (await listKeys(owner)).body.data?.apiKeys.edges[0].node;
    expect(used?.lastUsedAt).not.toBeNull();
    // Recorded at most once a minute: a second check in the same minute writes nothing.
    await verify(secret);
    expect((await listKeys(owner)).body.data?.apiKeys.edges[0].node.lastUsedAt).toBe(used?.lastUsedAt);

    // A wrong secret for a real public id, a malformed key and an unknown one look the same.
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const presented of [tampered, 'nxk_nonsense', `nxk_${'a'.repeat(12)}_${'b'.repeat(43)}`]) {
      expect((await verify(presented)).verification?.outcome).toBe('INVALID');
    }
    // Only the gateway's tenant-less check may ask.
    const asMember = await verify(secret, await headersFor(identity, owner.accessToken));
    expect(errorCodes(asMember)).toEqual(['FORBIDDEN']);

    const revoked = await revokeKey(owner, apiKey.id);
    expect(revoked.body.data?.revokeApiKey.apiKey).toMatchObject({ id: apiKey.id, status: 'REVOKED' });
    const revokedAt = revoked.body.data?.revokeApiKey.apiKey?.revokedAt;
    expect(revokedAt).not.toBeNull();
    expect((await verify(secret)).verification?.outcome).toBe('REVOKED');

    // Revoking again changes nothing; an id that is no key is NOT_FOUND, a malformed one BAD_USER_INPUT.
    const again = await revokeKey(owner, apiKey.id);
    expect(again.body.data?.revokeApiKey.apiKey?.revokedAt).toBe(revokedAt);
    expect(errorCodes(await revokeKey(owner, '00000000-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await revokeKey(owner, 'nope'))).toEqual(['BAD_USER_INPUT']);
    const events = await queryAsSuperuser<{ type: string; payload: { id: string } }>(
      `select type, payload from identity.outbox where tenant_id = $1 and type = 'identity.apikey.revoked'`,
      [owner.tenant.id],
    );
    expect(events.map((event) => event.payload.id)).toEqual([apiKey.id]);
    const audit = await queryAsSuperuser<{ type: string; actor_user_id: string }>(
      `select type, actor_user_id from identity.audit_events where tenant_id = $1 and type = 'API_KEY_REVOKED'`,
      [owner.tenant.id],
    );
    expect(audit).toEqual([{ type: 'API_KEY_REVOKED', actor_user_id: owner.user.id }]);
  });

  it('refuses a key past its expiry', async () => {
    const owner = await signUpFresh(identity, 'expiring');
    const { apiKey, secret } = await createdKey(owner, { expiresAt: '2099-01-01T00:00:00+02:00' });
    expect(apiKey.expiresAt).toBe('2098-12-31T22:00:00.000Z');
    await queryAsSuperuser(
      `update identity.api_keys set expires_at = now() - interval '1 second' where id = $1`,
      [apiKey.id],
    );
    expect((await verify(secret)).verification?.outcome).toBe('EXPIRED');
    expect((await listKeys(owner)).body.data?.apiKeys.edges[0].node.status).toBe('EXPIRED');
  });

  it('is fenced by row-level security: the subgraph role sees a key only bound to its tenant or presented', async () => {
    const owner = await signUpFresh(identity, 'rls');
    const stranger = await signUpFresh(identity, 'rlsstranger');
    const { apiKey } = await createdKey(owner);
    const publicId = apiKey.prefix.slice('nxk_'.length);
    // The subgraph's own role (not superuser, not BYPASSRLS), as its request transactions run.
    const asIdentity = (settings: Record<string, string>, sql: string) =>
      identity.dataSource.transaction(async (manager) => {
        for (const [name, value] of Object.entries(settings))
          await manager.query(`select set_config($1, $2, true)`, [name, value]);
        return (await manager.query(sql, [apiKey.id])) as unknown[];
      });
    const select = `select id from identity.api_keys where id = $1`;
    expect(await asIdentity({}, select)).toHaveLength(0);
    expect(await asIdentity({ 'app.tenant_id': stranger.tenant.id }, select)).toHaveLength(0);
    expect(await asIdentity({ 'app.tenant_id': owner.tenant.id }, select)).toHaveLength(1);
    expect(await asIdentity({ 'app.api_key_public_id': publicId }, select)).toHaveLength(1);
    expect(await asIdentity({ 'app.api_key_public_id': 'aaaaaaaaaaaa' }, select)).toHaveLength(0);
    // Presenting the key lets the check read its row, never change it.
    const [, updated] = (await asIdentity(
      { 'app.api_key_public_id': publicId },
      `update identity.api_keys set revoked_at = now() where id = $1`,
    )) as [unknown, number];
    expect(updated).toBe(0);
    const [table] = await queryAsSuperuser<{ forced: boolean; enabled: boolean }>(
      `select relforcerowsecurity as forced, relrowsecurity as enabled from pg_class where oid = 'identity.api_keys'::regclass`,
    );
    expect(table).toEqual({ forced: true, enabled: true });
  });
});
