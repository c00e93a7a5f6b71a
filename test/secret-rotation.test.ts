import { decodeProtectedHeader } from 'jose';
import { loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { dropDatabase, ensureDatabase } from '../scripts/database';
import { generateSecrets, type DevSecrets } from '../scripts/dev-keys';
import { migrateAll } from '../scripts/stack';
import { reencryptMfaSecrets } from '../subgraphs/accounts/mfa/reencrypt';
import { SecretBox } from '../subgraphs/accounts/mfa/secret-box';
import { totpCodeAt } from '../subgraphs/accounts/mfa/totp';
import { PASSWORD, registerUser, signIn } from './support/accounts/factories';
import {
  CompleteMfaLoginDocument,
  ConfirmMfaDocument,
  EnrolMfaDocument,
  LoginDocument,
  MeDocument,
} from './support/generated/graphql';
import { ofType } from './support/graphql-client';
import { callSubgraph } from './support/subgraph-client';
import { startTestStack, type TestStack } from './support/test-stack';

// Re-encryption rewrites every MFA secret of a database: this file has its own, so other files' keys stay valid.
const runDatabase = new URL(process.env.DATABASE_URL as string);
const databaseName = `${runDatabase.pathname.slice(1)}_rotation`;
const adminUrl = Object.assign(new URL(runDatabase), { pathname: '/postgres' }).toString();
let databaseUrl: string;
let fresh: DevSecrets;
// One clock for every stack, moved a TOTP step on between phases so each sign-in uses a new code.
let now = Date.now();
const clock = () => new Date(now);
const nextStep = () => (now += 30_000);

/** The run's keys are the old ones; `fresh` are the new ones rolled out. */
const oldKeys = () => ({
  privateKey: process.env.JWT_PRIVATE_KEY as string,
  publicJwk: JSON.parse(process.env.JWT_PUBLIC_KEYS as string).keys[0] as object,
  signingSecret: process.env.SUBGRAPH_SIGNING_SECRET as string,
});
const newPublicJwk = () => JSON.parse(fresh.publicKeys).keys[0] as { kid: string };

function startPhase(env: NodeJS.ProcessEnv): Promise<TestStack> {
  return startTestStack({ env: { DATABASE_URL: databaseUrl, ...env }, clock });
}

async function loginWithMfa(stack: TestStack, email: string, secret: string) {
  const { login } = await stack.client.data(LoginDocument, { variables: { input: { email, password: PASSWORD } } });
  const { challengeToken } = ofType(login, 'MfaRequired');
  const { completeMfaLogin } = await stack.client.data(CompleteMfaLoginDocument, {
    variables: { challengeToken, code: totpCodeAt(secret, clock()) },
  });
  return ofType(completeMfaLogin, 'LoginSuccess').accessToken;
}

const meId = async (stack: TestStack, token: string) =>
  (await stack.client.request(MeDocument, { token })).data?.me?.id;
const subgraphStatus = async (stack: TestStack) =>
  (await callSubgraph(stack.subgraph('accounts').url, { query: '{ __typename }' }, { at: clock() })).status;

beforeAll(async () => {
  fresh = await generateSecrets();
  databaseUrl = await ensureDatabase(adminUrl, databaseName);
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl });
  await migrateAll(config, createLogger({ level: 'silent', name: 'migrate' }), { seed: false });
}, 120_000);

afterAll(() => dropDatabase(adminUrl, databaseName));

describe('rotating secrets without downtime', () => {
  const user = { id: '', email: '', oldToken: '', totpSecret: '', newToken: '' };

  it('starts from a user with MFA on and a token signed with the old key', async () => {
    const stack = await startPhase({});
    try {
      Object.assign(user, await registerUser(stack.client));
      const { token } = await signIn(stack.client, user.email);
      const { enrolMfa } = await stack.client.data(EnrolMfaDocument, {
        token,
        variables: { currentPassword: PASSWORD },
      });
      user.totpSecret = ofType(enrolMfa, 'MfaEnrolment').secret;
      const { confirmMfa } = await stack.client.data(ConfirmMfaDocument, {
        token,
        variables: { code: totpCodeAt(user.totpSecret, clock()) },
      });
      ofType(confirmMfa, 'MfaEnabled');
      user.oldToken = token;
      expect(decodeProtectedHeader(token).kid).toBe(JSON.parse(oldKeys().privateKey).kid);
    } finally {
      await stack.stop();
    }
  }, 60_000);

  it('during the rotation: new keys sign, old tokens, secrets and signatures still work', async () => {
    nextStep();
    const old = oldKeys();
    const stack = await startPhase({
      JWT_PRIVATE_KEY: fresh.privateKey,
      JWT_PUBLIC_KEYS: JSON.stringify({ keys: [newPublicJwk(), old.publicJwk] }),
      SUBGRAPH_SIGNING_SECRET: fresh.signingSecret,
      SUBGRAPH_SIGNING_SECRET_PREVIOUS: old.signingSecret,
      MFA_ENCRYPTION_KEYS: `next:${fresh.mfaKey}`,
      MFA_ENCRYPTION_KEY_ID: 'next',
    });
    try {
      expect(await meId(stack, user.oldToken)).toBe(user.id);
      user.newToken = await loginWithMfa(stack, user.email, user.totpSecret);
      expect(decodeProtectedHeader(user.newToken).kid).toBe(newPublicJwk().kid);
      expect(await meId(stack, user.newToken)).toBe(user.id);
      // callSubgraph signs with the run's (old) secret, as a gateway not yet restarted would.
      expect(await subgraphStatus(stack)).toBe(200);

      const outcome = await reencryptMfaSecrets(
        stack.subgraph('accounts').orm.em.fork(),
        new SecretBox(stack.config.mfa),
      );
      expect(outcome).toEqual({ reencrypted: 1, byKey: { next: 1 } });
      await expect(
        reencryptMfaSecrets(stack.subgraph('accounts').orm.em.fork(), new SecretBox(stack.config.mfa)),
      ).resolves.toEqual({ reencrypted: 0, byKey: { next: 1 } });
    } finally {
      await stack.stop();
    }
  }, 60_000);

  it('after the rotation: the old key, secret and MFA key are gone, and only what they signed is refused', async () => {
    nextStep();
    const stack = await startPhase({
      JWT_PRIVATE_KEY: fresh.privateKey,
      JWT_PUBLIC_KEYS: JSON.stringify({ keys: [newPublicJwk()] }),
      SUBGRAPH_SIGNING_SECRET: fresh.signingSecret,
      MFA_ENCRYPTION_KEY: undefined,
      MFA_ENCRYPTION_KEYS: `next:${fresh.mfaKey}`,
    });
    try {
      const refused = await stack.client.request(MeDocument, { token: user.oldToken });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await meId(stack, user.newToken)).toBe(user.id);
      expect(await loginWithMfa(stack, user.email, user.totpSecret)).toBeTruthy();
      expect(await subgraphStatus(stack)).toBe(401);
    } finally {
      await stack.stop();
    }
  }, 60_000);
});
