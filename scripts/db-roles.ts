import { Client } from 'pg';
import { ConfigError } from '../platform/runtime/config';
import { safeMessage } from '../platform/runtime/error-serializer';
import { withSecretFiles } from '../platform/runtime/secret-files';
import { allRoles, applyDatabaseRoles, roleNames } from './database-roles';

const USAGE = `npm run db:roles: creates or updates StayGraph's database roles (idempotent).
  DATABASE_ADMIN_URL   an admin connection to the application database (default DATABASE_URL)
  DB_ROLE_PREFIX       role names are <prefix>migrator, <prefix>worker, <prefix><subgraph> (default staygraph_)
  DB_PASSWORD_<ROLE>   e.g. DB_PASSWORD_MIGRATOR, DB_PASSWORD_WORKER, DB_PASSWORD_ACCOUNTS (or *_FILE);
                       a role without one keeps its password`;

/** The env name of a role's password: `staygraph_accounts` -> DB_PASSWORD_ACCOUNTS. */
const passwordSetting = (role: string, prefix: string) => `DB_PASSWORD_${role.slice(prefix.length).toUpperCase()}`;

async function main(): Promise<void> {
  const prefix = process.env.DB_ROLE_PREFIX ?? 'staygraph_';
  const roles = roleNames(prefix);
  const settings = new Set([
    'DATABASE_ADMIN_URL',
    'DATABASE_URL',
    ...allRoles(roles).map((r) => passwordSetting(r, prefix)),
  ]);
  const env = withSecretFiles(process.env, settings);
  const adminUrl = env.DATABASE_ADMIN_URL ?? env.DATABASE_URL;
  if (!adminUrl) throw new ConfigError(['DATABASE_ADMIN_URL or DATABASE_URL: required', USAGE]);
  const passwords = Object.fromEntries(
    allRoles(roles).flatMap((role) => {
      const password = env[passwordSetting(role, prefix)];
      return password ? [[role, password]] : [];
    }),
  );
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { pending } = await applyDatabaseRoles(client, { roles, passwords });
    console.log(`Roles ready: ${allRoles(roles).join(', ')} (passwords set: ${Object.keys(passwords).length}).`);
    if (pending.length > 0)
      console.log(`Not migrated yet: ${pending.join(', ')}. Run npm run migrate, then npm run db:roles again.`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(safeMessage(error));
  process.exit(1);
});
