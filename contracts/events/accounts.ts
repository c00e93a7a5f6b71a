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

export const UserDeleted = defineEvent({
  name: 'user.deleted',
  version: 1,
  producer: 'accounts',
  description:
    'A user deleted their account: accounts has erased their personal data. Erase what you hold about them, keep what accounting needs (ids, amounts), and remove what they left unpublished.',
  payload: z.object({
    userId: z.uuid().describe('the deleted user, as guest or host; the id stays valid as a reference to a former user'),
    deletedAt: z.iso.datetime().describe('when the account was deleted'),
  }),
});

export const UserPhoneVerified = defineEvent({
  name: 'user.phone_verified',
  version: 1,
  producer: 'accounts',
  description:
    'A user proved they receive texts at a phone number (a one-time code). The number stays in accounts: ask it there.',
  payload: z.object({
    userId: z.uuid().describe('the user whose number is now verified'),
    verifiedAt: z.iso.datetime().describe('when the code was confirmed'),
  }),
});

export const UserExportRequested = defineEvent({
  name: 'user.export_requested',
  version: 1,
  producer: 'accounts',
  description:
    'A user asked for a copy of their data. Every domain holding some answers with its own `<domain>.export_part_ready`; accounts assembles the archive.',
  payload: z.object({
    exportId: z.uuid().describe('the export: echo it in the part'),
    userId: z.uuid().describe('whose data to export, as guest or host'),
    requestedAt: z.iso.datetime().describe('when the user asked'),
    publicKey: z
      .string()
      .min(1)
      .describe(
        "this export's X25519 public key (SPKI DER, base64url): seal the part to it (platform/events/sealed-box.ts); accounts deletes the private key once the archive is assembled",
      ),
  }),
});

export const ACCOUNTS_EVENTS = [
  UserRegistered,
  UserSuspended,
  UserReinstated,
  UserDeleted,
  UserExportRequested,
  UserPhoneVerified,
];
