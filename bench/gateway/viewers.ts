import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../platform/runtime/paths';
import { graphql, manifestBody } from './operations';

const PASSWORD = `bench-${randomUUID()}`;

/**
 * Access tokens of `count` signed-in users: the demo guest (who has bookings) and newly registered
 * users, signed in through `gatewayUrl` as clients would.
 */
export async function signedInViewers(gatewayUrl: string, count: number): Promise<string[]> {
  const demo = JSON.parse(readFileSync(repoPath('demo', 'users.json'), 'utf8')) as {
    password: string;
    users: { email: string }[];
  };
  const tokens = [await signIn(gatewayUrl, 'guest@example.com', demo.password)];
  for (let i = 1; i < count; i += 1) {
    const email = `bench-${randomUUID()}@example.com`;
    await graphql(gatewayUrl, manifestBody('Register'), {
      input: { email, password: PASSWORD, displayName: `Bench viewer ${i}` },
    });
    tokens.push(await signIn(gatewayUrl, email, PASSWORD));
  }
  return tokens;
}

async function signIn(gatewayUrl: string, email: string, password: string): Promise<string> {
  const { login } = (await graphql(gatewayUrl, manifestBody('Login'), { input: { email, password } })) as {
    login: { __typename: string; accessToken?: string };
  };
  if (!login.accessToken) throw new Error(`sign-in of ${email}: ${login.__typename}`);
  return login.accessToken;
}
