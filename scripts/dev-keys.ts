import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { JWT_ALGORITHM } from '../subgraphs/kernel/viewer';

export interface DevSecrets {
  /** JWK with `kid`, for JWT_PRIVATE_KEY. */
  privateKey: string;
  /** JWKS, for JWT_PUBLIC_KEYS. */
  publicKeys: string;
  /** For SUBGRAPH_SIGNING_SECRET. */
  signingSecret: string;
}

export async function generateSecrets(): Promise<DevSecrets> {
  const { privateKey, publicKey } = await generateKeyPair(JWT_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const meta = { kid, alg: JWT_ALGORITHM, use: 'sig' };
  return {
    privateKey: JSON.stringify({ ...(await exportJWK(privateKey)), ...meta }),
    publicKeys: JSON.stringify({ keys: [{ ...publicJwk, ...meta }] }),
    signingSecret: randomBytes(32).toString('base64url'),
  };
}

/** Development secrets, generated once and kept (git-ignored) so tokens survive restarts. */
export async function loadOrCreateDevSecrets(file: string): Promise<DevSecrets> {
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>;
    if (kept.privateKey && kept.publicKeys && kept.signingSecret) return kept as DevSecrets;
  }
  const keys = await generateSecrets();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
