import { signRequest, verifyRequestSignature, type SignableRequest } from './request-signing';

const secret = 's'.repeat(32);
const now = new Date('2026-11-28T12:00:00Z');
const request: SignableRequest = {
  method: 'POST',
  path: '/graphql',
  body: '{"query":"{ me { id } }"}',
  headers: {
    authorization: 'Bearer abc',
    'x-request-id': 'r1',
    'x-staygraph-client-ip': '203.0.113.9',
    'x-staygraph-user-agent': 'curl/8',
  },
};

function check(changes: Partial<SignableRequest> = {}, at = now, signedWith = secret) {
  const headers = signRequest(signedWith, request, now);
  return verifyRequestSignature(
    [secret],
    {
      ...request,
      ...changes,
      signature: headers['x-staygraph-signature'],
      timestamp: headers['x-staygraph-timestamp'],
    },
    at,
    30,
  );
}

describe('request signatures', () => {
  it('accept an unchanged request within the tolerance', () => {
    expect(check()).toEqual({ ok: true });
    expect(check({}, new Date(now.getTime() + 29_000))).toEqual({ ok: true });
  });

  it.each([
    ['body', { body: '{"query":"{ me { id email } }"}' }],
    ['path', { path: '/graphql?x=1' }],
    ['method', { method: 'GET' }],
    ['authorization', { headers: { ...request.headers, authorization: 'Bearer someone-else' } }],
    ['client ip', { headers: { ...request.headers, 'x-staygraph-client-ip': '198.51.100.1' } }],
  ])('reject a changed %s', (_what, changes) => {
    expect(check(changes as Partial<SignableRequest>)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reject a stale or future timestamp', () => {
    expect(check({}, new Date(now.getTime() + 31_000))).toEqual({ ok: false, reason: 'stale' });
    expect(check({}, new Date(now.getTime() - 31_000))).toEqual({ ok: false, reason: 'stale' });
  });

  it('reject another secret and a missing signature', () => {
    expect(check({}, now, 'x'.repeat(32))).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyRequestSignature([secret], request, now, 30)).toEqual({ ok: false, reason: 'missing' });
  });
});

describe('request signatures during a secret rotation', () => {
  const previous = 'p'.repeat(32);
  const verifyWith = (secrets: string[], signedWith: string) => {
    const headers = signRequest(signedWith, request, now);
    return verifyRequestSignature(
      secrets,
      { ...request, signature: headers['x-staygraph-signature'], timestamp: headers['x-staygraph-timestamp'] },
      now,
      30,
    );
  };

  it('accept the new and the previous secret while both are configured', () => {
    expect(verifyWith([secret, previous], secret)).toEqual({ ok: true });
    expect(verifyWith([secret, previous], previous)).toEqual({ ok: true });
  });

  it('refuse the previous secret once it is removed', () => {
    expect(verifyWith([secret], previous)).toEqual({ ok: false, reason: 'invalid' });
  });
});
