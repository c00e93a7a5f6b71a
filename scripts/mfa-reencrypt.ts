import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../platform/runtime/config';
import { safeMessage } from '../platform/runtime/error-serializer';
import { SecretBox } from '../subgraphs/accounts/mfa/secret-box';
import { reencryptMfaSecrets } from '../subgraphs/accounts/mfa/reencrypt';
import { accountsOrmConfig } from '../subgraphs/accounts/mikro-orm.config';

/**
 * `npm run mfa:reencrypt`: moves every TOTP secret to the current MFA key (MFA_ENCRYPTION_KEY_ID), with
 * the accounts subgraph's settings. Prints counts per key id, never a key.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const databaseUrl = config.subgraphDatabaseUrls.accounts ?? config.databaseUrl;
  if (!databaseUrl) throw new ConfigError(['DATABASE_URL: required to re-encrypt MFA secrets']);
  const box = new SecretBox(config.mfa);
  const orm = await MikroORM.init({ ...accountsOrmConfig({ ...config, databaseUrl }), pool: { min: 0, max: 1 } });
  try {
    const { reencrypted, byKey } = await reencryptMfaSecrets(orm.em.fork(), box);
    console.log(`Re-encrypted ${reencrypted} MFA secrets with key "${box.currentKeyId}".`);
    console.log(`Secrets per key: ${JSON.stringify(byKey)}`);
    const others = Object.keys(byKey).filter((id) => id !== box.currentKeyId);
    console.log(
      others.length === 0
        ? 'No secret needs another key: the older keys can be removed.'
        : `Still under ${others.join(', ')}: keep those keys configured.`,
    );
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(safeMessage(error));
  process.exit(1);
});
