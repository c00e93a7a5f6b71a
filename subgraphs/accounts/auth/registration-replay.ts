import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../user/user.entity';
import { normalizeEmail } from '../user/user.repository';
import { RegistrationKeyReusedError } from './auth.errors';
import { RegisterSuccess } from './auth.results';
import { verifyPassword } from './password';
import { RegistrationKey } from './registration-key.entity';

export interface RegistrationRequest {
  email: string;
  password: string;
  displayName: string;
  idempotencyKey: string;
}

/**
 * What a sign-up already made with this key answers a retry: the same account when the retry
 * carries the same email, display name and password (checked against the stored hash, so the key
 * alone reveals nothing), a typed conflict for anything else; null when the key is new.
 */
export async function replayRegistration(
  em: EntityManager,
  request: RegistrationRequest,
): Promise<RegisterSuccess | RegistrationKeyReusedError | null> {
  const made = await em.findOne(RegistrationKey, { key: request.idempotencyKey });
  if (!made) return null;
  const user = await em.findOne(User, { id: made.userId }, { populate: ['passwordHash'] });
  const same =
    user !== null &&
    user.email === normalizeEmail(request.email) &&
    user.displayName === request.displayName &&
    (await verifyPassword(user.passwordHash, request.password));
  return same ? new RegisterSuccess(user) : new RegistrationKeyReusedError();
}
