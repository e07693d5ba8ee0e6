import { postGraphQL, randomClientAddress, uniqueEmail, type RunningSubgraph } from '@nexora/kit';
import { anonymous, mutateSession, PASSWORD, signUpFresh, startIdentity } from './identity-harness';

let identity: RunningSubgraph;

beforeAll(async () => {
  // Far fewer connections than concurrent requests: the shape that deadlocked (issue 5, defect 4).
  identity = await startIdentity({ poolSize: 3 });
});

afterAll(async () => {
  await identity.stop();
});

const TWO_LOGINS = `mutation ($a: LoginInput!, $b: LoginInput!) {
  a: login(input: $a) { userErrors { code } }
  b: login(input: $b) { userErrors { code } }
}`;

describe('one pooled connection per request', () => {
  it('serves 20 concurrent two-login documents on a pool of 3 without an internal error, and a real login meanwhile', async () => {
    const owner = await signUpFresh(identity, 'pool');
    const victim = await signUpFresh(identity, 'pool-victim');
    // Sent straight to the subgraph, signed as the gateway would for anonymous callers (the gateway's
    // own limits would refuse documents with several logins before they got here).
    const attacks = Array.from({ length: 20 }, (_, index) =>
      postGraphQL(
        identity.url,
        TWO_LOGINS,
        {
          a: { email: victim.user.email, password: `wrong password ${index}` },
          b: { email: uniqueEmail('nobody'), password: PASSWORD },
        },
        anonymous(randomClientAddress()),
      ),
    );
    const real = mutateSession(
      identity,
      'login',
      'LoginInput',
      { email: owner.user.email, password: PASSWORD },
      anonymous(randomClientAddress()),
    );
    const [results, session] = await Promise.all([Promise.all(attacks), real]);

    const codes = results.flatMap((result) => [
      ...(result.body.errors ?? []).map((error) => error.extensions?.code),
      ...Object.values(
        (result.body.data ?? {}) as Record<string, { userErrors: Array<{ code: string }> } | null>,
      )
        .flatMap((field) => field?.userErrors ?? [])
        .map((error) => error.code),
    ]);
    expect(codes.filter((code) => code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    expect(results.map((result) => result.status).filter((status) => status >= 500)).toEqual([]);
    // Every field was answered, each with what a user is meant to see: a wrong password or a throttle.
    expect(codes).toHaveLength(40);
    expect(codes.filter((code) => code !== 'INVALID_CREDENTIALS' && code !== 'TOO_MANY_REQUESTS')).toEqual(
      [],
    );
    expect(codes).toContain('INVALID_CREDENTIALS');
    expect(session.payload?.session?.user.id).toBe(owner.user.id);
  });
});
