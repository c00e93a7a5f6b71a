import { z } from 'zod';
import { defineEvent } from '../../../platform/events/event-definition';

/*
 * The accounts events this subgraph consumes, declared again here because subgraphs never import
 * each other: name, version, producer and payload must stay identical to accounts' own definition
 * (schema/events.md is the contract).
 */

export const UserSuspended = defineEvent({
  name: 'user.suspended',
  version: 1,
  producer: 'accounts',
  description: 'An administrator suspended a user: their sessions are revoked and they cannot sign in. Hide what they offer.',
  payload: z.object({ userId: z.uuid(), suspendedAt: z.iso.datetime() }),
});

export const UserReinstated = defineEvent({
  name: 'user.reinstated',
  version: 1,
  producer: 'accounts',
  description: 'An administrator lifted a suspension: what the user offers may be shown again.',
  payload: z.object({ userId: z.uuid(), reinstatedAt: z.iso.datetime() }),
});
