import { createHmac, randomUUID } from 'node:crypto';
import {
  CONTEXT_HEADER,
  RequestRejectedError,
  SIGNATURE_HEADER,
  signCallerContext,
  verifyCallerContext,
  type CallerContext,
} from '../src';

const secret = 'a-test-secret-that-is-long-enough-123456';

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

describe('signed caller context', () => {
  it('round-trips a signed context', () => {
    const original = caller();
    expect(verifyCallerContext(signCallerContext(original, secret), { secret, audience: 'crm' })).toEqual(
      original,
    );
  });

  it('rejects a request without a signature with 401', () => {
    const error = rejection(() => verifyCallerContext({}, { secret, audience: 'crm' }));
    expect(error.status).toBe(401);
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a context whose tenant was swapped after signing', () => {
    const headers = signCallerContext(caller(), secret);
    const forged = Buffer.from(JSON.stringify({ ...caller(), tenantId: randomUUID() })).toString('base64url');
    const error = rejection(() =>
      verifyCallerContext({ ...headers, [CONTEXT_HEADER]: forged }, { secret, audience: 'crm' }),
    );
    expect(error.message).toMatch(/signature/);
  });

  it('rejects a context signed with another secret', () => {
    const headers = signCallerContext(caller(), 'another-secret-that-is-also-long-enough');
    expect(rejection(() => verifyCallerContext(headers, { secret, audience: 'crm' })).status).toBe(401);
  });

  it('rejects a stale context and one from the future', () => {
    const stale = signCallerContext(caller({ issuedAt: Date.now() - 31_000 }), secret);
    expect(rejection(() => verifyCallerContext(stale, { secret, audience: 'crm' })).message).toMatch(
      /expired/,
    );
    const future = signCallerContext(caller({ issuedAt: Date.now() + 60_000 }), secret);
    expect(rejection(() => verifyCallerContext(future, { secret, audience: 'crm' })).message).toMatch(
      /expired/,
    );
  });

  it('accepts a context only at the subgraph it was signed for', () => {
    const forCrm = signCallerContext(caller({ audience: 'crm' }), secret);
    expect(verifyCallerContext(forCrm, { secret, audience: 'crm' }).audience).toBe('crm');
    const replayed = rejection(() => verifyCallerContext(forCrm, { secret, audience: 'identity' }));
    expect(replayed.status).toBe(401);
    expect(replayed.code).toBe('UNAUTHENTICATED');
    expect(replayed.message).toMatch(/another service/);
  });

  it('rejects a well-signed context without an audience', () => {
    const { audience: _audience, ...withoutAudience } = caller();
    const payload = Buffer.from(JSON.stringify(withoutAudience)).toString('base64url');
    const headers = {
      [CONTEXT_HEADER]: payload,
      [SIGNATURE_HEADER]: createHmac('sha256', secret).update(payload).digest('base64url'),
    };
    expect(rejection(() => verifyCallerContext(headers, { secret, audience: 'crm' })).message).toMatch(
      /malformed/,
    );
  });

  it('rejects a well-signed payload that is not a context', () => {
    const payload = Buffer.from(JSON.stringify({ tenantId: 'not-a-uuid' })).toString('base64url');
    const headers = signCallerContext(caller(), secret);
    const resigned: Record<string, string> = { ...headers, [CONTEXT_HEADER]: payload };
    // Sign the bogus payload properly to prove shape validation, not the HMAC, refuses it.
    resigned[SIGNATURE_HEADER] = createHmac('sha256', secret).update(payload).digest('base64url');
    expect(rejection(() => verifyCallerContext(resigned, { secret, audience: 'crm' })).message).toMatch(
      /malformed/,
    );
  });
});
