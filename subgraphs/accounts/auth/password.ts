import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** argon2id at OWASP's minimum profile (19 MiB, 2 passes, 1 lane). Raise these to strengthen new hashes. */
const ARGON2ID: Options = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const CURRENT_PARAMS = `$argon2id$v=19$m=${ARGON2ID.memoryCost},t=${ARGON2ID.timeCost},p=${ARGON2ID.parallelism}$`;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

let dummyHash: Promise<string> | undefined;

/** Burns the same time as a real check, so an unknown email cannot be told apart from a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('staygraph-dummy-password');
  await verify(await dummyHash, password);
  return false;
}

/** A hash made with other parameters than today's is replaced at the next successful login. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith(CURRENT_PARAMS);
}
