import { availableParallelism } from 'node:os';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { serviceBusy } from '../../../platform/graphql/unavailable-errors';
import { BoundedQueue, QueueBusyError } from '../../../platform/runtime/bounded-queue';

/** argon2id at OWASP's minimum profile (19 MiB, 2 passes, 1 lane). Raise these to strengthen new hashes. */
const ARGON2ID: Options = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const CURRENT_PARAMS = `$argon2id$v=19$m=${ARGON2ID.memoryCost},t=${ARGON2ID.timeCost},p=${ARGON2ID.parallelism}$`;

/**
 * Each hash takes ~19 MiB and a core for tens of milliseconds: one per core at a time, the rest
 * queued. The wait is bounded well inside the gateway's mutation timeout (SUBGRAPH_MUTATION_TIMEOUT_MS),
 * so a burst of sign-ups queues and succeeds, and past the bounds a caller hears "busy" (nothing done).
 */
const CORES = availableParallelism();
const hashing = new BoundedQueue({ concurrency: CORES, maxQueued: 100 * CORES, maxWaitMs: 15_000 });

async function bounded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await hashing.run(work);
  } catch (error) {
    if (error instanceof QueueBusyError) throw serviceBusy();
    throw error;
  }
}

export function hashPassword(password: string): Promise<string> {
  return bounded(() => hash(password, ARGON2ID));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return bounded(() => verify(passwordHash, password));
}

let dummyHash: Promise<string> | undefined;

/** Burns the same time as a real check, so an unknown email cannot be told apart from a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('staygraph-dummy-password').catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  const known = await dummyHash;
  await bounded(() => verify(known, password));
  return false;
}

/** A hash made with other parameters than today's is replaced at the next successful login. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith(CURRENT_PARAMS);
}
