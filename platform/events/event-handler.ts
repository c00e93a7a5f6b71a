import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../runtime/clock';
import type { Config } from '../runtime/config';
import type { Logger } from '../runtime/logger';
import type { Mailer } from '../runtime/mail/mailer';
import type { DomainEvent, EventDefinition, PayloadOf } from './event-definition';

/** What a job or event handler gets: its own subgraph's EntityManager and the platform services. */
export interface JobContext {
  em: EntityManager;
  mailer: Mailer;
  logger: Logger;
  clock: Clock;
  config: Config;
  /** 1 on the first try, 2 on the first retry, ... */
  attempt: number;
  /** Aborts when the worker is shutting down: a long job should stop and let a later run redo it. */
  signal: AbortSignal;
}

/**
 * Reacts to one event in one subgraph. Runs at least once per event; the worker records the event
 * id in the subgraph's inbox in the same transaction, so the effect happens once.
 */
export interface EventHandler<E extends EventDefinition = EventDefinition> {
  /** Unique, `<subgraph>.<what it does>`, e.g. `accounts.send_welcome_email`. */
  name: string;
  event: E;
  /**
   * `projection`: maintains a read model, rebuilt by replaying the log. `reaction`: a side effect
   * (an email), never replayed.
   */
  kind: 'projection' | 'reaction';
  /** What it does, for the consumers column of schema/events.md, e.g. `hides the host's listings`. */
  description?: string;
  handle(event: DomainEvent<PayloadOf<E>>, ctx: JobContext): Promise<void>;
}

export function defineHandler<E extends EventDefinition>(handler: EventHandler<E>): EventHandler<E> {
  return handler;
}

/** A background job a subgraph runs on demand (enqueued) or on a schedule. */
export interface JobDefinition {
  /** Task name, `<subgraph>.<what it does>`. */
  name: string;
  run(payload: unknown, ctx: JobContext): Promise<void>;
}

/** A job started by the clock, in crontab syntax (UTC). */
export interface Schedule {
  job: string;
  cron: string;
  /** After downtime, also run the occurrences missed within this window (ms). Default: none. */
  backfillMs?: number;
}
