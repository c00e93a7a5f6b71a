import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { defineEvent } from '../../platform/events/event-definition';
import { defineHandler, type JobDefinition } from '../../platform/events/event-handler';
import { inboxTableSql } from '../../platform/events/inbox';
import { createOrmConfig } from '../../platform/database/orm-config';
import type { SubgraphModule } from '../../platform/subgraph-module';

/**
 * A stand-in subgraph for testing the event machinery itself: one event, a projection that tallies
 * it, a reaction that can be told to fail, and a job for the scheduler. It lives in its own
 * `fixture` schema.
 */
export const Happened = defineEvent({
  name: 'fixture.happened',
  version: 1,
  producer: 'fixture',
  description: 'Test-only event.',
  payload: z.object({
    key: z.string(),
    amount: z.number().int(),
    /** For the reaction: flaky fails on its first two attempts, doomed fails until healed. */
    mode: z.enum(['ok', 'flaky', 'doomed']),
  }),
});

export const tally = defineHandler({
  name: 'fixture.tally',
  event: Happened,
  kind: 'projection',
  async handle(event, { em }) {
    await em.execute(
      `insert into fixture.tallies (key, total, events) values (?, ?, 1)
       on conflict (key) do update set total = tallies.total + excluded.total, events = tallies.events + 1`,
      [event.payload.key, event.payload.amount],
    );
  },
});

export const fragileReaction = defineHandler({
  name: 'fixture.fragile_reaction',
  event: Happened,
  kind: 'reaction',
  async handle(event, { em, attempt }) {
    if (event.payload.mode === 'flaky' && attempt <= 2) throw new Error(`flaky failure on attempt ${attempt}`);
    if (event.payload.mode === 'doomed') {
      const [healed] = await em.execute(`select 1 from fixture.healed where key = ?`, [event.payload.key]);
      if (!healed) throw new Error(`doomed: ${event.payload.key} is not healed`);
    }
    await em.execute(`insert into fixture.effects (source, key, attempt) values ('reaction', ?, ?)`, [
      event.payload.key,
      attempt,
    ]);
  },
});

export const tick: JobDefinition = {
  name: 'fixture.tick',
  async run(payload, { em }) {
    await em.execute(`insert into fixture.effects (source, key) values ('tick', ?)`, [JSON.stringify(payload)]);
  },
};

export const fixtureModule: SubgraphModule = {
  name: 'fixture',
  buildSchema: () => Promise.reject(new Error('the fixture has no GraphQL schema')),
  ormConfig: (config) => createOrmConfig({ schema: 'fixture', entities: [], migrations: [], config }),
  start: () => Promise.reject(new Error('the fixture serves nothing')),
  events: [Happened],
  handlers: [tally, fragileReaction],
  jobs: [tick],
  schedules: [{ job: tick.name, cron: '* * * * *', backfillMs: 120_000 }],
  resetProjections: async (em: EntityManager) => {
    await em.execute('delete from fixture.tallies');
  },
};

/** Creates the fixture's tables once per run; safe to call from several test files at once. */
export async function ensureFixtureSchema(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('staygraph.fixture'))`);
    const [exists] = await tx.execute(`select 1 from information_schema.schemata where schema_name = 'fixture'`);
    if (exists) return;
    await tx.execute('create schema fixture');
    await tx.execute('create table fixture.tallies (key text primary key, total int not null, events int not null)');
    await tx.execute(
      'create table fixture.effects (id serial primary key, source text not null, key text not null, attempt int)',
    );
    await tx.execute('create table fixture.healed (key text primary key)');
    await tx.execute(inboxTableSql('fixture'));
  });
}
