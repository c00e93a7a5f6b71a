import type { Client } from 'pg';
import { EVENTS_SCHEMA } from '../platform/events/event-log.orm';

export const QUEUE_SCHEMA = 'graphile_worker';

/** Subgraphs that administer the job queue (ops: failed jobs and their retry), beyond queueing jobs. */
const QUEUE_ADMINS = new Set(['ops']);
/** The queue tables `add_job`/`add_jobs` write (they run with the caller's rights). */
const QUEUE_TABLES = ['_private_jobs', '_private_tasks', '_private_job_queues'];

export interface DatabaseRoles {
  /** Owns every schema: runs migrations and backups. */
  migrator: string;
  /** Runs the job queue (its own connection); handlers and jobs use each subgraph's role. */
  worker: string;
  /** One per subgraph: DML on its own schema, appending to the event log, queueing jobs. */
  subgraphs: Record<string, string>;
}

/** A quoted SQL identifier. */
export const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Statements that hand every object in the schemas to their owner, whoever migrated them (run as an admin). */
export async function ownershipStatements(client: Client, schemas: string[], owner: string): Promise<string[]> {
  const { rows } = await client.query<{ statement: string }>(
    `select format('alter %s %I.%I owner to %I',
       case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view'
         when 'f' then 'foreign table' else 'table' end, n.nspname, c.relname, $2::text) as statement
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
       and c.relowner <> (select oid from pg_roles where rolname = $2)
       -- identity and serial sequences follow their table
       and not (c.relkind = 'S' and exists (
         select 1 from pg_depend d where d.objid = c.oid and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')))
     union all
     select format('alter routine %I.%I(%s) owner to %I', n.nspname, p.proname,
       pg_get_function_identity_arguments(p.oid), $2::text)
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = any($1) and p.proowner <> (select oid from pg_roles where rolname = $2)
     union all
     select format('alter type %I.%I owner to %I', n.nspname, t.typname, $2::text)
     from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where n.nspname = any($1) and t.typowner <> (select oid from pg_roles where rolname = $2)
       and (t.typtype in ('e', 'd', 'r')
         or (t.typtype = 'c' and exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'c')))`,
    [schemas, owner],
  );
  return rows.map((r) => r.statement);
}

/** What exists yet of the shared parts, which the platform's first migration creates. */
export interface SharedParts {
  eventLog: boolean;
  queue: boolean;
}

export function subgraphGrants(roles: DatabaseRoles, subgraph: string, role: string, shared: SharedParts): string[] {
  const schema = q(subgraph);
  const r = q(role);
  const owner = q(roles.migrator);
  const queue = QUEUE_TABLES.map((t) => `${q(QUEUE_SCHEMA)}.${q(t)}`).join(', ');
  const queueFunctions = ['add_job', 'add_jobs', ...(QUEUE_ADMINS.has(subgraph) ? ['reschedule_jobs'] : [])];
  return [
    `grant usage on schema ${schema} to ${r}`,
    `grant select, insert, update, delete on all tables in schema ${schema} to ${r}`,
    `grant usage, select on all sequences in schema ${schema} to ${r}`,
    `grant execute on all functions in schema ${schema} to ${r}`,
    `alter default privileges for role ${owner} in schema ${schema} grant select, insert, update, delete on tables to ${r}`,
    `alter default privileges for role ${owner} in schema ${schema} grant usage, select on sequences to ${r}`,
    `alter default privileges for role ${owner} in schema ${schema} grant execute on functions to ${r}`,
    // Events are everyone's to read (handlers fetch theirs from the log) and to append; never to change.
    `grant usage on schema ${q(EVENTS_SCHEMA)} to ${r}`,
    ...(shared.eventLog ? [`grant select, insert on ${q(EVENTS_SCHEMA)}."log" to ${r}`] : []),
    `grant usage on schema ${q(QUEUE_SCHEMA)} to ${r}`,
    // add_job and add_jobs run with the caller's rights, so they need these tables.
    ...(shared.queue
      ? [
          `grant select, insert, update on ${queue} to ${r}`,
          `grant execute on function ${queueFunctions.map((f) => `${q(QUEUE_SCHEMA)}.${f}`).join(', ')} to ${r}`,
        ]
      : []),
  ];
}

export function workerGrants(roles: DatabaseRoles, shared: SharedParts): string[] {
  const schema = q(QUEUE_SCHEMA);
  const r = q(roles.worker);
  const owner = q(roles.migrator);
  return [
    `grant usage on schema ${schema} to ${r}`,
    `grant select, insert, update, delete on all tables in schema ${schema} to ${r}`,
    `grant usage, select on all sequences in schema ${schema} to ${r}`,
    `grant execute on all functions in schema ${schema} to ${r}`,
    `alter default privileges for role ${owner} in schema ${schema} grant select, insert, update, delete on tables to ${r}`,
    `alter default privileges for role ${owner} in schema ${schema} grant usage, select on sequences to ${r}`,
    `alter default privileges for role ${owner} in schema ${schema} grant execute on functions to ${r}`,
    // The dispatcher reads an event's name to fan it out.
    `grant usage on schema ${q(EVENTS_SCHEMA)} to ${r}`,
    ...(shared.eventLog ? [`grant select on ${q(EVENTS_SCHEMA)}."log" to ${r}`] : []),
  ];
}

export async function sharedParts(client: Client): Promise<SharedParts> {
  const { rows } = await client.query<SharedParts>(
    `select to_regclass($1) is not null as "eventLog", to_regclass($2) is not null as queue`,
    [`${EVENTS_SCHEMA}.log`, `${QUEUE_SCHEMA}._private_jobs`],
  );
  return rows[0];
}

/**
 * graphile-worker turns on row-level security on its tables, so only their owner sees rows: the worker
 * and the subgraphs (through add_job) each need a policy. Their table privileges still bound what they
 * may do (no DELETE for subgraphs).
 */
export async function queuePolicies(client: Client, roles: DatabaseRoles): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind = 'r' and c.relrowsecurity order by 1`,
    [QUEUE_SCHEMA],
  );
  const policy = q(`${roles.migrator.replace(/migrator$/, '')}access`);
  const to = [roles.worker, ...Object.values(roles.subgraphs)].map(q).join(', ');
  return rows.flatMap(({ name }) => [
    `drop policy if exists ${policy} on ${q(QUEUE_SCHEMA)}.${q(name)}`,
    `create policy ${policy} on ${q(QUEUE_SCHEMA)}.${q(name)} for all to ${to} using (true) with check (true)`,
  ]);
}
