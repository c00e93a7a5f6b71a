import type { z } from 'zod';

/**
 * A versioned domain event as subgraphs agree on it. platform/events keeps its own
 * `EventDefinition` (it imports no contract); this shape must stay assignable to it.
 */
export interface EventContract<S extends z.ZodType = z.ZodType> {
  /** `<aggregate>.<past-tense verb>`, e.g. `user.registered`. */
  name: string;
  /** A breaking payload change is a new version. */
  version: number;
  /** The subgraph that publishes it; the only one allowed to. */
  producer: string;
  description: string;
  /** Every field carries `.describe()`: schema/events.md is generated from these texts. */
  payload: S;
}

export function defineEvent<S extends z.ZodType>(definition: EventContract<S>): EventContract<S> {
  return definition;
}
