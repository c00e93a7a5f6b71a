import { z } from 'zod';
import { defineEvent } from '../../platform/events/event-definition';

export const UserRegistered = defineEvent({
  name: 'user.registered',
  version: 1,
  producer: 'accounts',
  description: 'A person created an account.',
  payload: z.object({ userId: z.uuid(), registeredAt: z.iso.datetime() }),
});

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

export const ACCOUNTS_EVENTS = [UserRegistered, UserSuspended, UserReinstated];
