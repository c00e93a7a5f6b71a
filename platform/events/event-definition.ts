import type { z } from 'zod';

/** A versioned domain event contract: the payload schema is checked when published and when handled. */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  /** `<aggregate>.<past-tense verb>`, e.g. `user.registered`. */
  name: string;
  version: number;
  /** The subgraph that publishes it; the only one allowed to. */
  producer: string;
  description: string;
  payload: S;
}

export type PayloadOf<E extends EventDefinition> = z.output<E['payload']>;

/** An event as read back from the log. */
export interface DomainEvent<P = unknown> {
  id: string;
  name: string;
  version: number;
  producer: string;
  payload: P;
  occurredAt: Date;
  requestId: string | null;
}

export function defineEvent<S extends z.ZodType>(definition: EventDefinition<S>): EventDefinition<S> {
  return definition;
}
