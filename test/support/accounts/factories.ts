import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LoginDocument, RegisterDocument } from '../generated/graphql';
import { ofType, type GraphQLClient } from '../graphql-client';

export const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID()}@example.com`;
}

export async function registerUser(client: GraphQLClient, overrides: { email?: string; displayName?: string } = {}) {
  const email = overrides.email ?? uniqueEmail();
  const { register } = await client.data(RegisterDocument, {
    variables: { input: { email, password: PASSWORD, displayName: overrides.displayName ?? 'Test User' } },
  });
  return { id: ofType(register, 'RegisterSuccess').user.id, email };
}

/** Signs in with email and password; fails the test unless tokens come back. */
export async function signIn(client: GraphQLClient, email: string, password = PASSWORD) {
  const { login } = await client.data(LoginDocument, { variables: { input: { email, password } } });
  const { accessToken, refreshToken } = ofType(login, 'LoginSuccess');
  return { token: accessToken, refreshToken };
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
