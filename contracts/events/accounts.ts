import { z } from 'zod';
import { defineEvent } from './event';

export const UserRegistered = defineEvent({
  name: 'user.registered',
  version: 1,
  producer: 'accounts',
  description: 'A person created an account.',
  payload: z.object({
    userId: z.uuid().describe('the new user'),
    registeredAt: z.iso.datetime().describe('when the account was created'),
  }),
});

export const UserSuspended = defineEvent({
  name: 'user.suspended',
  version: 1,
  producer: 'accounts',
  description:
    'An administrator suspended a user: their sessions are revoked and they cannot sign in. Hide what they offer.',
  payload: z.object({
    userId: z.uuid().describe('the suspended user, as guest or host'),
    suspendedAt: z.iso.datetime().describe('when the suspension took effect'),
  }),
});

export const UserReinstated = defineEvent({
  name: 'user.reinstated',
  version: 1,
  producer: 'accounts',
  description: 'An administrator lifted a suspension: what the user offers may be shown again.',
  payload: z.object({
    userId: z.uuid().describe('the reinstated user'),
    reinstatedAt: z.iso.datetime().describe('when the suspension was lifted'),
  }),
});

export const ACCOUNTS_EVENTS = [UserRegistered, UserSuspended, UserReinstated];
