import type { Viewer } from '../platform/graphql/viewer';
import { cachedTokenVerifier } from './verified-token-cache';

const EXP_SECONDS = 2_000_000_000;

/** A JWT-shaped header; the fake verifier below stands for the signature check. */
function bearer(sub: string, exp = EXP_SECONDS): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `Bearer ${part({ alg: 'ES256' })}.${part({ sub, exp })}.signature`;
}

function fakeVerifier() {
  const calls: string[] = [];
  const verify = async (authorization: string | undefined): Promise<Viewer | null> => {
    if (!authorization) return null;
    calls.push(authorization);
    const sub = JSON.parse(Buffer.from(authorization.split('.')[1], 'base64url').toString()).sub as string;
    if (sub === 'bad') throw new Error('signature does not verify');
    return { id: sub, roles: [], sessionId: `session-${sub}`, emailVerified: true };
  };
  return { calls, verify };
}

describe('cachedTokenVerifier', () => {
  let now = (EXP_SECONDS - 60) * 1000;
  const clock = () => new Date(now);
  beforeEach(() => {
    now = (EXP_SECONDS - 60) * 1000;
  });

  it('verifies a token once and answers its repeats from memory, per token', async () => {
    const { calls, verify } = fakeVerifier();
    const cached = cachedTokenVerifier(verify, clock, 10);
    expect((await cached(bearer('ann')))?.id).toBe('ann');
    expect((await cached(bearer('ann')))?.id).toBe('ann');
    expect((await cached(bearer('bob')))?.id).toBe('bob');
    expect(calls).toEqual([bearer('ann'), bearer('bob')]);
  });

  it('never answers from memory at or after the token’s exp', async () => {
    const { calls, verify } = fakeVerifier();
    const cached = cachedTokenVerifier(verify, clock, 10);
    await cached(bearer('ann'));
    now = EXP_SECONDS * 1000 - 1;
    await cached(bearer('ann'));
    expect(calls).toHaveLength(1);
    now = EXP_SECONDS * 1000;
    await cached(bearer('ann'));
    expect(calls).toHaveLength(2);
  });

  it('remembers no failure and no anonymous request', async () => {
    const { calls, verify } = fakeVerifier();
    const cached = cachedTokenVerifier(verify, clock, 10);
    await expect(cached(bearer('bad'))).rejects.toThrow('signature');
    await expect(cached(bearer('bad'))).rejects.toThrow('signature');
    expect(await cached(undefined)).toBeNull();
    expect(calls).toEqual([bearer('bad'), bearer('bad')]);
  });

  it('holds at most its bound, dropping the least recently used', async () => {
    const { calls, verify } = fakeVerifier();
    const cached = cachedTokenVerifier(verify, clock, 2);
    await cached(bearer('ann'));
    await cached(bearer('bob'));
    await cached(bearer('ann'));
    await cached(bearer('cy'));
    await cached(bearer('ann'));
    await cached(bearer('bob'));
    expect(calls).toEqual([bearer('ann'), bearer('bob'), bearer('cy'), bearer('bob')]);
  });
});
