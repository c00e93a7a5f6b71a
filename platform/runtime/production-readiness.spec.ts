import { exportJWK, generateKeyPair } from 'jose';
import { loadConfig } from './config';
import { rotationProblems } from './production-readiness';

async function jwk(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    privateKey: JSON.stringify({ ...(await exportJWK(privateKey)), kid }),
    publicKey: { ...(await exportJWK(publicKey)), kid },
  };
}

const secret = 'x'.repeat(32);

describe('production readiness during key rotations', () => {
  it('accepts a new signing key whose public key is published beside the old one', async () => {
    const [old, current] = await Promise.all([jwk('old'), jwk('new')]);
    const config = loadConfig({
      JWT_PRIVATE_KEY: current.privateKey,
      JWT_PUBLIC_KEYS: JSON.stringify({ keys: [current.publicKey, old.publicKey] }),
      SUBGRAPH_SIGNING_SECRET: secret,
      SUBGRAPH_SIGNING_SECRET_PREVIOUS: 'p'.repeat(32),
    });
    expect(rotationProblems(config)).toEqual([]);
  });

  it('refuses a signing key whose tokens nobody could verify, and a previous secret that is the current one', async () => {
    const [old, current] = await Promise.all([jwk('old'), jwk('new')]);
    const config = loadConfig({
      JWT_PRIVATE_KEY: current.privateKey,
      JWT_PUBLIC_KEYS: JSON.stringify({ keys: [old.publicKey] }),
      SUBGRAPH_SIGNING_SECRET: secret,
      SUBGRAPH_SIGNING_SECRET_PREVIOUS: secret,
    });
    expect(rotationProblems(config).map((p) => p.split(':')[0])).toEqual([
      'JWT_PUBLIC_KEYS',
      'SUBGRAPH_SIGNING_SECRET_PREVIOUS',
    ]);
  });
});
