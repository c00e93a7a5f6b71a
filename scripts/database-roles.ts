import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { SUBGRAPHS } from '../platform/runtime/config';
import { EVENTS_SCHEMA } from '../platform/events/event-log.orm';
import {
  ownershipStatements,
  q,
  QUEUE_SCHEMA,
  queuePolicies,
  sharedParts,
  subgraphGrants,
  workerGrants,
  type DatabaseRoles,
} from './database-grants';

export type { DatabaseRoles } from './database-grants';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** `<prefix>migrator`, `<prefix>worker`, `<prefix><subgraph>` (default prefix `staygraph_`). */
export function roleNames(prefix = 'staygraph_', subgraphs = SUBGRAPHS.map((s) => s.name)): DatabaseRoles {
  const roles = {
    migrator: `${prefix}migrator`,
    worker: `${prefix}worker`,
    subgraphs: Object.fromEntries(subgraphs.map((name) => [name, `${prefix}${name}`])),
  };
  for (const role of allRoles(roles)) if (!IDENTIFIER.test(role)) throw new Error(`Refusing odd role name "${role}"`);
  return roles;
}

export function allRoles(roles: DatabaseRoles): string[] {
  return [roles.migrator, roles.worker, ...Object.values(roles.subgraphs)];
}

/**
 * A SCRAM-SHA-256 verifier, so the server (and its statement log) never sees the password itself.
 * Passwords are expected in ASCII (no SASLprep).
 */
export function scramVerifier(password: string, salt = randomBytes(16)): string {
  const salted = pbkdf2Sync(password, salt, 4096, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$4096:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

export interface ApplyRolesOptions {
  roles: DatabaseRoles;
  /** Passwords by role name; a role without one keeps its password (or has none: peer/trust/IAM login). */
  passwords?: Record<string, string>;
}

/**
 * Creates the roles unless they exist, makes the migrator own every StayGraph schema (and whatever a
 * superuser migrated into them) and grants each role what it needs, now and for what the migrator
 * creates later. Idempotent; run as an admin (superuser, or a member of the roles with CREATEROLE).
 * On a database not migrated yet the event log and job queue do not exist: returns them as pending,
 * and running it again after the first migration grants them.
 */
export async function applyDatabaseRoles(
  client: Client,
  { roles, passwords = {} }: ApplyRolesOptions,
): Promise<{ pending: string[] }> {
  const { rows } = await client.query<{ database: string; superuser: boolean }>(
    `select current_database() as database, rolsuper as superuser from pg_roles where rolname = current_user`,
  );
  const { database, superuser } = rows[0];
  await client.query('begin');
  try {
    // Two runs at once would race on CREATE ROLE; one waits for the other instead.
    await client.query(`select pg_advisory_xact_lock(hashtext('staygraph:database-roles'))`);
    for (const role of allRoles(roles)) {
      const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
      if (exists.rowCount === 0) await client.query(`create role ${q(role)} login`);
      await client.query(`alter role ${q(role)} login nosuperuser nocreatedb nocreaterole noreplication`);
      const password = passwords[role];
      if (password) await client.query(`alter role ${q(role)} password '${scramVerifier(password)}'`);
    }
    // A non-superuser admin (managed PostgreSQL) may only hand objects to roles it is a member of.
    if (!superuser) await client.query(`grant ${q(roles.migrator)} to current_user`);
    await client.query(`grant connect, create on database ${q(database)} to ${q(roles.migrator)}`);
    for (const role of [roles.worker, ...Object.values(roles.subgraphs)])
      await client.query(`grant connect on database ${q(database)} to ${q(role)}`);
    const schemas = [...Object.keys(roles.subgraphs), EVENTS_SCHEMA, QUEUE_SCHEMA];
    for (const schema of schemas) {
      await client.query(`create schema if not exists ${q(schema)} authorization ${q(roles.migrator)}`);
      await client.query(`alter schema ${q(schema)} owner to ${q(roles.migrator)}`);
      await client.query(`revoke all on schema ${q(schema)} from public`);
    }
    for (const statement of await ownershipStatements(client, schemas, roles.migrator)) await client.query(statement);
    const shared = await sharedParts(client);
    // Only the roles granted it below run the queue's functions, now and after graphile-worker upgrades.
    if (shared.queue) await client.query(`revoke execute on all functions in schema ${q(QUEUE_SCHEMA)} from public`);
    await client.query(
      `alter default privileges for role ${q(roles.migrator)} revoke execute on functions from public`,
    );
    for (const [subgraph, role] of Object.entries(roles.subgraphs))
      for (const statement of subgraphGrants(roles, subgraph, role, shared)) await client.query(statement);
    for (const statement of workerGrants(roles, shared)) await client.query(statement);
    if (shared.queue) for (const statement of await queuePolicies(client, roles)) await client.query(statement);
    await client.query('commit');
    return {
      pending: [...(shared.eventLog ? [] : [`${EVENTS_SCHEMA}.log`]), ...(shared.queue ? [] : [QUEUE_SCHEMA])],
    };
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/**
 * Drops the roles after taking away what they own or were granted in this database (tests, or
 * retiring a deployment). Objects owned elsewhere keep a role from being dropped, loudly.
 */
export async function dropDatabaseRoles(client: Client, roles: DatabaseRoles): Promise<void> {
  for (const role of allRoles(roles)) {
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (exists.rowCount === 0) continue;
    await client.query(`drop owned by ${q(role)}`);
    await client.query(`drop role ${q(role)}`);
  }
}
