import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { JWT_ALGORITHM } from '../subgraphs/kernel/viewer';

export interface SigningKeys {
  /** JWK with `kid`, for JWT_PRIVATE_KEY. */
  privateKey: string;
  /** JWKS, for JWT_PUBLIC_KEYS. */
  publicKeys: string;
}

export async function generateSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair(JWT_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const meta = { kid, alg: JWT_ALGORITHM, use: 'sig' };
  return {
    privateKey: JSON.stringify({ ...(await exportJWK(privateKey)), ...meta }),
    publicKeys: JSON.stringify({ keys: [{ ...publicJwk, ...meta }] }),
  };
}

/** A development key pair, generated once and kept (git-ignored) so tokens survive restarts. */
export async function loadOrCreateDevKeys(file: string): Promise<SigningKeys> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as SigningKeys;
  const keys = await generateSigningKeys();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
