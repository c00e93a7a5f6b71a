import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLClient } from '../graphql-client';
import { LOGIN, REGISTER, type LoginData, type RegisterData } from './operations';

export const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID()}@example.com`;
}

export async function registerUser(client: GraphQLClient, overrides: { email?: string; displayName?: string } = {}) {
  const email = overrides.email ?? uniqueEmail();
  const { register } = await client.data<RegisterData>(REGISTER, {
    variables: { input: { email, password: PASSWORD, displayName: overrides.displayName ?? 'Test User' } },
  });
  if (register.__typename !== 'RegisterSuccess') throw new Error(`register failed: ${JSON.stringify(register)}`);
  return { id: register.user.id, email };
}

/** Signs in with email and password; fails the test unless tokens come back. */
export async function signIn(client: GraphQLClient, email: string, password = PASSWORD) {
  const { login } = await client.data<LoginData>(LOGIN, { variables: { input: { email, password } } });
  if (login.__typename !== 'LoginSuccess') throw new Error(`login failed: ${JSON.stringify(login)}`);
  return { token: login.accessToken, refreshToken: login.refreshToken };
}

/** A registered user with a fresh access token. */
export async function signedInUser(client: GraphQLClient) {
  const user = await registerUser(client);
  return { ...user, ...(await signIn(client, user.email)) };
}

/** A signed-in user whose email counts as confirmed (as if they had followed the emailed link). */
export async function signedInVerifiedUser(client: GraphQLClient, em: EntityManager) {
  const user = await registerUser(client);
  await em.execute(`update accounts.users set email_verified_at = now() where id = ?`, [user.id]);
  return { ...user, ...(await signIn(client, user.email)) };
}

/**
 * A signed-in administrator. Admins are never created through the public API, so the test
 * promotes a fresh user directly in the accounts schema before signing in.
 */
export async function signedInAdmin(client: GraphQLClient, em: EntityManager) {
  const user = await registerUser(client, { displayName: 'Test Admin' });
  await em.execute(`update accounts.users set roles = array['GUEST', 'ADMIN'] where id = ?`, [user.id]);
  return { ...user, ...(await signIn(client, user.email)) };
}
