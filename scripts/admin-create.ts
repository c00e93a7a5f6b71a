import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { createAdmin } from '../subgraphs/accounts/admin/create-admin';
import { accountsOrmConfig } from '../subgraphs/accounts/mikro-orm.config';
import { loadConfig } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { canConnect } from './database';
import { LAUNCHER_DATABASE_URL } from './embedded-postgres';
import { safeMessage } from '../platform/runtime/error-serializer';

const USAGE = `Usage: npm run admin:create -- --email <email> --name <display name>
The password is read from ADMIN_PASSWORD, or from standard input (one line), or asked for.
An existing account is made an admin; its password is left as it is.
Without DATABASE_URL it uses the database of a running \`npm start\`.`;

/** Reads one line without echoing it when a person is typing. */
async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write('Password (not shown): ');
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return line;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.name) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const databaseUrl = config.databaseUrl ?? LAUNCHER_DATABASE_URL;
  if (!(await canConnect(databaseUrl))) {
    console.error(`Cannot reach PostgreSQL. Set DATABASE_URL, or start the system with \`npm start\` first.`);
    return 1;
  }
  const logger = createLogger({ level: 'warn', name: 'admin-create' });
  const orm = await MikroORM.init({ ...accountsOrmConfig({ ...config, databaseUrl }), pool: { min: 0, max: 1 } });
  try {
    const outcome = await createAdmin(
      orm.em.fork(),
      { email: values.email, displayName: values.name, password: await readPassword() },
      logger,
    );
    if (!outcome.ok) {
      console.error(outcome.problems.join('\n'));
      return 1;
    }
    console.log(
      outcome.created
        ? `Created admin ${values.email} (${outcome.userId}).`
        : `${values.email} (${outcome.userId}) is an admin.`,
    );
    return 0;
  } finally {
    await orm.close(true);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(safeMessage(error));
    process.exit(1);
  },
);
