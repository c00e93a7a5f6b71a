import { createHmac } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { loadConfig } from '../platform/runtime/config';
import { signRequest } from '../platform/graphql/request-signing';
import { signedInUser } from './support/accounts/factories';
import { MeDocument } from './support/generated/graphql';
import { callSubgraph } from './support/subgraph-client';
import { startTestStack, type TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const config = () => loadConfig();

/** A token like accounts issues, with parts overridden. */
async function token(
  options: { sub?: string; audience?: string; issuer?: string; expiresIn?: string; key?: JWK } = {},
): Promise<string> {
  const jwk = options.key ?? (JSON.parse(config().jwt.privateKey as string) as JWK);
  return new SignJWT({ roles: ['GUEST'] })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
    .setSubject(options.sub ?? '01a21fea-8746-74bb-aae6-a4a06018448c')
    .setIssuer(options.issuer ?? config().jwt.issuer)
    .setAudience(options.audience ?? config().jwt.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(await importJWK(jwk, 'ES256'));
}

function unsigned(header: object, payload: object, signature = ''): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part(header)}.${part(payload)}.${signature}`;
}

describe('access tokens', () => {
  const claims = () => ({
    sub: 'x',
    iss: config().jwt.issuer,
    aud: config().jwt.audience,
    exp: Math.floor(Date.now() / 1000) + 600,
  });

  it('are accepted when well-formed (the control for the cases below)', async () => {
    const result = await stack.client.request(MeDocument, { token: await token() });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it.each<[string, () => Promise<string>]>([
    ['expired', () => token({ expiresIn: '-1m' })],
    ['for another audience', () => token({ audience: 'someone-else' })],
    ['from another issuer', () => token({ issuer: 'https://evil.example' })],
    [
      'signed with an unknown key',
      async () => {
        const { privateKey } = await generateKeyPair('ES256', { extractable: true });
        return token({
          key: { ...(await exportJWK(privateKey)), kid: JSON.parse(config().jwt.privateKey as string).kid },
        });
      },
    ],
    ['with alg none', async () => unsigned({ alg: 'none', typ: 'JWT' }, claims())],
    [
      'HS256-signed with the public key',
      async () => {
        const publicJwk = JSON.parse(config().jwt.publicKeys as string).keys[0];
        const body = unsigned({ alg: 'HS256', typ: 'JWT', kid: publicJwk.kid }, claims()).slice(0, -1);
        const mac = createHmac('sha256', JSON.stringify(publicJwk)).update(body).digest('base64url');
        return `${body}.${mac}`;
      },
    ],
  ])('are refused at the gateway with 401 when %s', async (_case, make) => {
    const result = await stack.client.request(MeDocument, { token: await make() });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are verified again by the subgraph itself', async () => {
    const result = await callSubgraph(
      stack.subgraph('accounts').url,
      { query: '{ me { id } }' },
      {
        headers: { authorization: `Bearer ${await token({ expiresIn: '-1m' })}` },
      },
    );
    expect(result.status).toBe(401);
  });
});

describe('subgraphs called directly', () => {
  const query = { query: '{ me { id } }' };

  it('refuse an unsigned request', async () => {
    const response = await callSubgraph(stack.subgraph('accounts').url, query, { sign: false });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('refuse a stale signature', async () => {
    const response = await callSubgraph(stack.subgraph('accounts').url, query, {
      at: new Date(Date.now() - 5 * 60_000),
    });
    expect(response.status).toBe(401);
  });

  it('refuse a signed request replayed with another Authorization header', async () => {
    const { token: mine } = await signedInUser(stack.client);
    const { token: theirs } = await signedInUser(stack.client);
    const url = stack.subgraph('accounts').url;
    const signed = await callSubgraph(url, query, { headers: { authorization: `Bearer ${mine}` } });
    expect(signed.status).toBe(200);

    const body = JSON.stringify(query);
    const headers = { 'content-type': 'application/json', 'x-request-id': 'replay-1', authorization: `Bearer ${mine}` };
    const signature = signRequest(
      config().signing.secret as string,
      { method: 'POST', path: '/graphql', body, headers },
      new Date(),
    );
    const replayed = await fetch(url, {
      method: 'POST',
      headers: { ...headers, ...signature, authorization: `Bearer ${theirs}` },
      body,
    });
    expect(replayed.status).toBe(401);
  });

  it('refuse a signed request whose body was changed', async () => {
    const url = stack.subgraph('accounts').url;
    const headers = { 'content-type': 'application/json', 'x-request-id': 'tamper-1' };
    const signature = signRequest(
      config().signing.secret as string,
      { method: 'POST', path: '/graphql', body: JSON.stringify(query), headers },
      new Date(),
    );
    const tampered = await fetch(url, {
      method: 'POST',
      headers: { ...headers, ...signature },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(tampered.status).toBe(401);
  });

  it('still answer health and readiness probes unsigned', async () => {
    const base = stack.subgraph('accounts').url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
