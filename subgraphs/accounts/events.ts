import { z } from 'zod';
import { defineEvent } from '../kernel/events/event-definition';

export const UserRegistered = defineEvent({
  name: 'user.registered',
  version: 1,
  producer: 'accounts',
  description: 'A person created an account.',
  payload: z.object({ userId: z.uuid(), registeredAt: z.iso.datetime() }),
});

export const ACCOUNTS_EVENTS = [UserRegistered];
