import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { JWT_ALGORITHM } from '../platform/graphql/viewer';

export interface DevSecrets {
  /** JWK with `kid`, for JWT_PRIVATE_KEY. */
  privateKey: string;
  /** JWKS, for JWT_PUBLIC_KEYS. */
  publicKeys: string;
  /** For SUBGRAPH_SIGNING_SECRET. */
  signingSecret: string;
  /** For MFA_ENCRYPTION_KEY. */
  mfaKey: string;
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
    mfaKey: randomBytes(32).toString('base64url'),
  };
}

/** Secrets generated once into a git-ignored file and kept, so tokens survive restarts (npm start, npm run start:prod). */
export async function loadOrCreateSecrets(file: string): Promise<DevSecrets> {
  const kept: Partial<DevSecrets> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>)
    : {};
  if (kept.privateKey && kept.publicKeys && kept.signingSecret && kept.mfaKey) return kept as DevSecrets;
  // Secrets added by a later version join the kept ones; existing keys stay, so tokens stay valid.
  const keys = { ...(await generateSecrets()), ...kept };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
