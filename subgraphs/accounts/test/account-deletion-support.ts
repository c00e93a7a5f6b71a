import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DeleteMyAccountDocument } from '../../../test/support/generated/graphql';
import type { TestStack } from '../../../test/support/test-stack';
import { registeredHandler } from '../../../test/support/jobs';
import { waitFor } from '../../../test/support/wait-for';
import { createLogger } from '../../../platform/runtime/logger';
import type { StayStage } from '../account-deletion/user-stay.entity';

export const accountsEm = (stack: TestStack): EntityManager => stack.subgraph('accounts').orm.em.fork();

export async function deleteAccount(stack: TestStack, token: string, password: string, mfaCode?: string) {
  const { deleteMyAccount } = await stack.client.data(DeleteMyAccountDocument, {
    token,
    variables: { password, mfaCode },
  });
  return deleteMyAccount;
}

/**
 * Applies another domain's event to one accounts handler only, as the worker would: for facts (a paid
 * stay, a refund owed) that other domains must not act on in a test (there is no real payment).
 */
export async function feed(stack: TestStack, handlerName: string, payload: Record<string, unknown>): Promise<void> {
  const handler = registeredHandler(handlerName);
  const em = accountsEm(stack);
  await em.transactional((tx) =>
    handler.handle(
      {
        id: randomUUID(),
        name: handler.event.name,
        version: handler.event.version,
        producer: handler.event.producer,
        payload: handler.event.payload.parse(payload),
        occurredAt: new Date(),
        requestId: null,
      },
      {
        em: tx,
        clock: () => new Date(),
        config: stack.config,
        logger: createLogger({ level: 'silent', name: 'test-handler' }),
        mailer: { send: async () => undefined, close: () => undefined },
        attempt: 1,
        signal: new AbortController().signal,
      },
    ),
  );
}

/** The booking subject every booking event carries. */
export function bookingSubject(guestId: string, hostId: string) {
  return {
    bookingId: randomUUID(),
    listingId: randomUUID(),
    guestId,
    hostId,
    listingTitle: 'A place by the sea',
    checkIn: '2027-03-01',
    checkOut: '2027-03-05',
  };
}

/** Waits until accounts' projections know a host's listing is (or is no longer) on the market. */
export function waitForListingOnMarket(stack: TestStack, listingId: string, onMarket: boolean) {
  return waitFor(
    async () =>
      (
        await accountsEm(stack).execute(
          'select 1 from accounts.hosted_listings where listing_id = ? and on_market = ?',
          [listingId, onMarket],
        )
      ).length > 0,
    { what: `accounts to see listing ${listingId} ${onMarket ? 'on' : 'off'} the market` },
  );
}

/** Waits until accounts' projections have a booking at least at `stage`. */
export function waitForStayStage(stack: TestStack, bookingId: string, stage: StayStage) {
  return waitFor(
    async () =>
      (
        await accountsEm(stack).execute('select 1 from accounts.user_stays where booking_id = ? and stage >= ?', [
          bookingId,
          stage,
        ])
      ).length > 0,
    { what: `accounts to see booking ${bookingId} at stage ${stage}` },
  );
}

/** A check-in date well ahead, so the booking is upcoming in any time zone. */
export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
