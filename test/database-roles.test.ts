import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { z } from 'zod';
import { defineEvent } from '../platform/events/event-definition';
import { publish } from '../platform/events/publish';
import { loadConfig, type Config } from '../platform/runtime/config';
import { createLogger } from '../platform/runtime/logger';
import { dropDatabase, ensureDatabase } from '../scripts/database';
import { applyDatabaseRoles, dropDatabaseRoles, roleNames, scramVerifier } from '../scripts/database-roles';
import { migrateAll, startStack, type Stack } from '../scripts/stack';
import { accountsOrmConfig } from '../subgraphs/accounts/mikro-orm.config';
import { registerUser } from './support/accounts/factories';
import { GraphQLClient } from './support/graphql-client';
import { waitFor } from './support/wait-for';

// Roles are the server's, not the database's: this file makes its own database and run-unique roles.
const runDatabase = new URL(process.env.DATABASE_URL as string);
const databaseName = `${runDatabase.pathname.slice(1)}_roles`;
const adminUrl = Object.assign(new URL(runDatabase), { pathname: '/postgres' }).toString();
const roles = roleNames(`sgt${process.pid}_${Date.now().toString(36)}_`);
const clients: Client[] = [];
let databaseUrl: string;
let admin: Client;

const urlAs = (role: string) => Object.assign(new URL(databaseUrl), { username: role, password: '' }).toString();

async function connectAs(role: string): Promise<Client> {
  const client = new Client({ connectionString: urlAs(role) });
  await client.connect();
  clients.push(client);
  return client;
}

const RolesChecked = defineEvent({
  name: 'roles.checked',
  version: 1,
  producer: 'accounts',
  description: 'Published by the database roles test only.',
  payload: z.object({ check: z.string().describe('Which check published it') }),
});

beforeAll(async () => {
  databaseUrl = await ensureDatabase(adminUrl, databaseName);
  admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  // The order of a new deployment: roles first (the queue and event log are pending), migrations as
  // the migrator, then roles again to grant what the first migration created.
  expect((await applyDatabaseRoles(admin, { roles })).pending).toEqual(['events.log', 'graphile_worker']);
  const config = loadConfig({ ...process.env, DATABASE_URL: urlAs(roles.migrator) });
  await migrateAll(config, createLogger({ level: 'silent', name: 'migrate' }), { seed: false });
  expect((await applyDatabaseRoles(admin, { roles })).pending).toEqual([]);
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await admin?.end();
  await dropDatabase(adminUrl, databaseName);
  const cluster = new Client({ connectionString: adminUrl });
  await cluster.connect();
  try {
    await dropDatabaseRoles(cluster, roles);
  } finally {
    await cluster.end();
  }
});

describe('database roles', () => {
  it('give the migrator every schema, and the job queue', async () => {
    const { rows } = await admin.query<{ nspname: string; owner: string }>(
      `select nspname, pg_get_userbyid(nspowner) as owner from pg_namespace
       where nspname = any($1) order by 1`,
      [[...Object.keys(roles.subgraphs), 'events', 'graphile_worker']],
    );
    expect(rows).toHaveLength(Object.keys(roles.subgraphs).length + 2);
    expect(new Set(rows.map((r) => r.owner))).toEqual(new Set([roles.migrator]));
  });

  it("keep a subgraph's role out of every other subgraph's schema", async () => {
    const accounts = await connectAs(roles.subgraphs.accounts);
    await expect(accounts.query('select count(*) from bookings.bookings')).rejects.toThrow(
      'permission denied for schema bookings',
    );
    await expect(accounts.query('select count(*) from payments.payments')).rejects.toThrow(
      'permission denied for schema payments',
    );
    const bookings = await connectAs(roles.subgraphs.bookings);
    await expect(bookings.query('select email from accounts.users')).rejects.toThrow(
      'permission denied for schema accounts',
    );
  });

  it('let a subgraph work in its own schema, publish an event and queue its dispatch, through the ORM', async () => {
    const base = loadConfig();
    const orm = await MikroORM.init({
      ...accountsOrmConfig({ ...base, databaseUrl: urlAs(roles.subgraphs.accounts) }),
      pool: { min: 0, max: 1 },
    });
    try {
      const em = orm.em.fork();
      await expect(em.execute('select count(*) from accounts.users')).resolves.toHaveLength(1);
      const eventId = await em.transactional((tx) => publish(tx, RolesChecked, { check: 'own work' }));
      const [job] = await admin
        .query(
          `select t.identifier from graphile_worker._private_jobs j
         join graphile_worker._private_tasks t on t.id = j.task_id where j.key = $1`,
          [`dispatch:${eventId}`],
        )
        .then((r) => r.rows);
      expect(job).toEqual({ identifier: 'events.dispatch' });
    } finally {
      await orm.close(true);
    }
  });

  it("refuse a subgraph's role to change the event log, the queue's other jobs or any table's shape", async () => {
    const accounts = await connectAs(roles.subgraphs.accounts);
    await expect(accounts.query(`update events.log set name = 'forged'`)).rejects.toThrow(
      'permission denied for table log',
    );
    await expect(accounts.query('delete from events.log')).rejects.toThrow('permission denied for table log');
    await expect(accounts.query('delete from graphile_worker._private_jobs')).rejects.toThrow(
      'permission denied for table _private_jobs',
    );
    await expect(accounts.query('drop table accounts.users')).rejects.toThrow('must be owner of table users');
    await expect(accounts.query('alter table accounts.users add column forged int')).rejects.toThrow(
      'must be owner of table users',
    );
    await expect(accounts.query('select graphile_worker.reschedule_jobs(array[]::bigint[])')).rejects.toThrow(
      'permission denied for function reschedule_jobs',
    );
  });

  it('set passwords as SCRAM verifiers, so the server never sees them', async () => {
    const password = `pw-${randomUUID()}`;
    await applyDatabaseRoles(admin, { roles, passwords: { [roles.subgraphs.reviews]: password } });
    const { rows } = await admin.query<{ rolpassword: string }>(
      'select rolpassword from pg_authid where rolname = $1',
      [roles.subgraphs.reviews],
    );
    expect(rows[0].rolpassword).toMatch(/^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(rows[0].rolpassword).not.toContain(password);
    // The server's own verifier of the same password and salt is the same.
    await admin.query(`set password_encryption = 'scram-sha-256'`);
    await admin.query(`alter role "${roles.subgraphs.reviews}" password '${password}'`);
    const server = await admin.query<{ rolpassword: string }>('select rolpassword from pg_authid where rolname = $1', [
      roles.subgraphs.reviews,
    ]);
    const salt = Buffer.from(/^SCRAM-SHA-256\$4096:([^$]+)\$/.exec(server.rows[0].rolpassword)?.[1] ?? '', 'base64');
    expect(scramVerifier(password, salt)).toBe(server.rows[0].rolpassword);
  });

  it('grant what the migrator creates later, and survive being applied again', async () => {
    const migrator = await connectAs(roles.migrator);
    const table = `later_${randomUUID().slice(0, 8)}`;
    await migrator.query(`create table accounts.${table} (id int primary key)`);
    const accounts = await connectAs(roles.subgraphs.accounts);
    await accounts.query(`insert into accounts.${table} values (1)`);
    await expect(applyDatabaseRoles(admin, { roles })).resolves.toEqual({ pending: [] });
    const listings = await connectAs(roles.subgraphs.listings);
    await expect(listings.query(`select * from accounts.${table}`)).rejects.toThrow('permission denied');
  });

  it('serve a mutation with each subgraph on its own role, and the worker run its handlers with it', async () => {
    const config: Config = loadConfig({
      ...process.env,
      DATABASE_URL: urlAs(roles.worker),
      ...Object.fromEntries(
        Object.entries(roles.subgraphs).map(([name, role]) => [`DATABASE_URL_${name.toUpperCase()}`, urlAs(role)]),
      ),
      REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
    });
    let stack: Stack | undefined;
    try {
      stack = await startStack({ config, freePorts: true, withWorker: true });
      const user = await registerUser(new GraphQLClient(stack.gateway.url));
      // accounts.send_welcome_email, run by the worker as the accounts role, records the event in accounts' inbox.
      const handled = await waitFor(
        async () => {
          const { rows } = await admin.query(
            `select i.handler from accounts.inbox i join events.log e on e.id = i.event_id
             where e.name = 'user.registered' and e.payload->>'userId' = $1`,
            [user.id],
          );
          return rows.length > 0 && rows.map((r: { handler: string }) => r.handler);
        },
        { what: 'the welcome email handler', timeoutMs: 30_000 },
      );
      expect(handled).toContain('accounts.send_welcome_email');
    } finally {
      await stack?.stop();
    }
  }, 120_000);
});

describe('migrations', () => {
  it('give up on a lock the application holds instead of queueing every request behind them', async () => {
    const holder = await connectAs(roles.migrator);
    await holder.query('begin');
    await holder.query('lock table events.mikro_orm_migrations in access exclusive mode');
    try {
      const config = loadConfig({
        ...process.env,
        DATABASE_URL: urlAs(roles.migrator),
        MIGRATION_LOCK_TIMEOUT_MS: '200',
      });
      await expect(
        migrateAll(config, createLogger({ level: 'silent', name: 'migrate' }), { seed: false }),
      ).rejects.toMatchObject({ code: '55P03' });
    } finally {
      await holder.query('rollback');
    }
  }, 60_000);
});
