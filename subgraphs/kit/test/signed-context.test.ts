import { createHmac, randomUUID } from 'node:crypto';
import {
  bodyBinding,
  CONTEXT_HEADER,
  contextKeyVariable,
  deriveContextKey,
  formatContextKey,
  parseContextKey,
  REQUEST_BINDING_HEADER,
  RequestRejectedError,
  SIGNATURE_HEADER,
  signCallerContext,
  streamBinding,
  verifyCallerContext,
  type CallerContext,
} from '../src';

const master = 'a-test-secret-that-is-long-enough-123456';
const crmKey = deriveContextKey(master, 'crm');
const atCrm = { key: crmKey, audience: 'crm' };
const BODY = JSON.stringify({ query: '{ companies { totalCount } }', variables: {} });
const bound = bodyBinding(BODY);

function caller(overrides: Partial<CallerContext> = {}): CallerContext {
  return {
    requestId: 'req-1',
    audience: 'crm',
    tenantId: randomUUID(),
    userId: randomUUID(),
    permissions: ['crm.company:read'],
    issuedAt: Date.now(),
    ...overrides,
  };
}

function rejection(run: () => unknown): RequestRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestRejectedError) return error;
    throw error;
  }
  throw new Error('expected the context to be rejected');
}

/** Signs `payload` and `binding` as a holder of `key` would, bypassing `signCallerContext`'s encoding. */
function signRaw(payload: string, binding: string, key = crmKey): Record<string, string> {
  return {
    [CONTEXT_HEADER]: payload,
    [REQUEST_BINDING_HEADER]: binding,
    [SIGNATURE_HEADER]: createHmac('sha256', key).update(`${payload}.${binding}`).digest('base64url'),
  };
}

describe('signed caller context', () => {
  it('round-trips a signed context', () => {
    const original = caller();
    expect(verifyCallerContext(signCallerContext(original, bound, crmKey), bound, atCrm)).toEqual(original);
  });

  it('rejects a request without a signature, or without its binding, with 401', () => {
    const error = rejection(() => verifyCallerContext({}, bound, atCrm));
    expect(error.status).toBe(401);
    expect(error.code).toBe('UNAUTHENTICATED');
    const { [REQUEST_BINDING_HEADER]: _binding, ...unbound } = signCallerContext(caller(), bound, crmKey);
    expect(rejection(() => verifyCallerContext(unbound, bound, atCrm)).code).toBe('UNAUTHENTICATED');
  });

  it('rejects a context whose tenant was swapped after signing', () => {
    const headers = signCallerContext(caller(), bound, crmKey);
    const forged = Buffer.from(JSON.stringify({ ...caller(), tenantId: randomUUID() })).toString('base64url');
    const error = rejection(() =>
      verifyCallerContext({ ...headers, [CONTEXT_HEADER]: forged }, bound, atCrm),
    );
    expect(error.message).toMatch(/signature/);
  });

  it('rejects a context signed with a key derived from another master secret', () => {
    const headers = signCallerContext(caller(), bound, deriveContextKey(`${master}-other`, 'crm'));
    const error = rejection(() => verifyCallerContext(headers, bound, atCrm));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/signature is not valid/);
  });

  it('rejects a stale context and one from the future', () => {
    const stale = signCallerContext(caller({ issuedAt: Date.now() - 31_000 }), bound, crmKey);
    expect(rejection(() => verifyCallerContext(stale, bound, atCrm)).message).toMatch(/expired/);
    const future = signCallerContext(caller({ issuedAt: Date.now() + 60_000 }), bound, crmKey);
    expect(rejection(() => verifyCallerContext(future, bound, atCrm)).message).toMatch(/expired/);
  });

  it('accepts a context only at the subgraph it was signed for', () => {
    const forCrm = signCallerContext(caller({ audience: 'crm' }), bound, crmKey);
    expect(verifyCallerContext(forCrm, bound, atCrm).audience).toBe('crm');
    const replayed = rejection(() =>
      verifyCallerContext(forCrm, bound, { key: deriveContextKey(master, 'identity'), audience: 'identity' }),
    );
    expect(replayed.status).toBe(401);
    expect(replayed.code).toBe('UNAUTHENTICATED');
    expect(replayed.message).toMatch(/another service/);
    // Even with the right key (one handed to two subgraphs by mistake), the audience still decides.
    const sameKey = rejection(() =>
      verifyCallerContext(forCrm, bound, { key: crmKey, audience: 'identity' }),
    );
    expect(sameKey.message).toMatch(/another service/);
  });

  it('rejects a well-signed context without an audience', () => {
    const { audience: _audience, ...withoutAudience } = caller();
    const payload = Buffer.from(JSON.stringify(withoutAudience)).toString('base64url');
    expect(rejection(() => verifyCallerContext(signRaw(payload, bound), bound, atCrm)).message).toMatch(
      /malformed/,
    );
  });

  it('rejects a well-signed payload that is not a context', () => {
    // Signed properly, to prove shape validation, not the HMAC, refuses it.
    const payload = Buffer.from(JSON.stringify({ tenantId: 'not-a-uuid' })).toString('base64url');
    expect(rejection(() => verifyCallerContext(signRaw(payload, bound), bound, atCrm)).message).toMatch(
      /malformed/,
    );
  });
});

describe('a context bound to its request', () => {
  it('is refused with CONTEXT_BODY_MISMATCH for any other body, even one byte apart', () => {
    const headers = signCallerContext(caller(), bound, crmKey);
    const other = BODY.replace('totalCount', 'totalCounT');
    const error = rejection(() => verifyCallerContext(headers, bodyBinding(other), atCrm));
    expect(error.status).toBe(401);
    expect(error.code).toBe('CONTEXT_BODY_MISMATCH');
    expect(error.message).toMatch(/another request/);
    // The same body as bytes or as text is the same binding.
    expect(bodyBinding(Buffer.from(BODY))).toBe(bound);
    expect(verifyCallerContext(headers, bodyBinding(Buffer.from(BODY)), atCrm).audience).toBe('crm');
  });

  it('cannot be re-pointed at another body by swapping its binding header', () => {
    const headers = signCallerContext(caller(), bound, crmKey);
    const other = bodyBinding('{"query":"mutation { deleteEverything }"}');
    const error = rejection(() =>
      verifyCallerContext({ ...headers, [REQUEST_BINDING_HEADER]: other }, other, atCrm),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/signature is not valid/);
  });

  it('binds a streamed request to its method, target, length and type', () => {
    const request = {
      method: 'POST',
      target: '/files/companies/import',
      contentLength: '120',
      contentType: 'text/csv',
    };
    const headers = signCallerContext(caller(), streamBinding(request), crmKey);
    expect(
      verifyCallerContext(headers, streamBinding({ ...request, contentLength: 120 }), atCrm).audience,
    ).toBe('crm');
    const changes = [
      { method: 'PUT' },
      { target: '/files/companies/import?skipBadRows=true' },
      { contentLength: '121' },
      { contentLength: null },
      { contentType: 'text/plain' },
    ];
    for (const change of changes) {
      expect(
        rejection(() => verifyCallerContext(headers, streamBinding({ ...request, ...change }), atCrm)).code,
      ).toBe('CONTEXT_BODY_MISMATCH');
    }
    // A body binding and a stream binding never stand in for each other.
    expect(rejection(() => verifyCallerContext(headers, bodyBinding(''), atCrm)).code).toBe(
      'CONTEXT_BODY_MISMATCH',
    );
  });
});

describe('per-subgraph context keys', () => {
  it('derives a different key for every subgraph, and the same one from the same master', () => {
    const keys = ['identity', 'crm', 'erp', 'analytics'].map((name) =>
      formatContextKey(deriveContextKey(master, name)),
    );
    expect(new Set(keys).size).toBe(4);
    expect(formatContextKey(deriveContextKey(master, 'crm'))).toBe(keys[1]);
    expect(formatContextKey(deriveContextKey(`${master}!`, 'crm'))).not.toBe(keys[1]);
    expect(Buffer.from(keys[1], 'base64url')).toHaveLength(32);
  });

  it('refuses a context signed with another subgraph’s key, even one naming this subgraph', () => {
    // What erp could mint if it held only its own key: a context claiming audience crm.
    const mintedByErp = signCallerContext(
      caller({ audience: 'crm' }),
      bound,
      deriveContextKey(master, 'erp'),
    );
    const error = rejection(() => verifyCallerContext(mintedByErp, bound, atCrm));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/signature is not valid/);
  });

  it('reads a key given directly as base64url, and names its variable', () => {
    const given = parseContextKey(formatContextKey(crmKey));
    expect(given.equals(crmKey)).toBe(true);
    const headers = signCallerContext(caller(), bound, crmKey);
    expect(verifyCallerContext(headers, bound, { key: given, audience: 'crm' }).audience).toBe('crm');
    expect(contextKeyVariable('crm')).toBe('CONTEXT_SIGNING_KEY_CRM');
    expect(contextKeyVariable('kit_files')).toBe('CONTEXT_SIGNING_KEY_KIT_FILES');
    expect(() => parseContextKey('c2hvcnQ')).toThrow(/at least 32 bytes/);
    expect(() => parseContextKey('not base64!')).toThrow(/base64url/);
  });
});
