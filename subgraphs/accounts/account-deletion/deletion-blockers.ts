import type { EntityManager } from '@mikro-orm/postgresql';
import { StayStage } from './user-stay.entity';

/** What accounts knows, from other domains' events, that stands in the way of deleting a user. */
export interface DeletionFacts {
  /** Their listings that guests can find and book. */
  listingsOnMarket: number;
  /** Cancelled bookings of theirs whose refund has not fully reached them yet. */
  refundsInFlight: number;
  /** Their bookings as guest waiting for a payment that may be under way at a provider. */
  paymentsInFlight: number;
  /** Bookings, as guest or host, not yet cancelled, expired or completed. */
  staysAhead: number;
}

export type DeletionBlocker = 'LISTINGS_ON_MARKET' | 'REFUND_IN_FLIGHT' | 'PAYMENT_IN_FLIGHT' | 'UPCOMING_STAYS';

/**
 * The one reason to give when several apply: money first (the most specific: a booking awaiting
 * payment is also a stay ahead), listings before that (the host can act on them at once).
 */
export function firstBlocker(facts: DeletionFacts): { blocker: DeletionBlocker; count: number } | null {
  if (facts.listingsOnMarket > 0) return { blocker: 'LISTINGS_ON_MARKET', count: facts.listingsOnMarket };
  if (facts.refundsInFlight > 0) return { blocker: 'REFUND_IN_FLIGHT', count: facts.refundsInFlight };
  if (facts.paymentsInFlight > 0) return { blocker: 'PAYMENT_IN_FLIGHT', count: facts.paymentsInFlight };
  if (facts.staysAhead > 0) return { blocker: 'UPCOMING_STAYS', count: facts.staysAhead };
  return null;
}

interface FactsRow {
  listings_on_market: string;
  refunds_in_flight: string;
  payments_in_flight: string;
  stays_ahead: string;
}

/** Reads the user's facts from accounts' own projections in one statement. */
export async function deletionFacts(em: EntityManager, userId: string): Promise<DeletionFacts> {
  const [row] = await em.execute<FactsRow[]>(
    `select
       (select count(*) from accounts.hosted_listings where host_id = ? and on_market) as listings_on_market,
       (select count(*) from accounts.user_stays
         where guest_id = ? and refund_due_minor > refunded_minor and not refunded_in_full) as refunds_in_flight,
       (select count(*) from accounts.user_stays
         where guest_id = ? and stage = ${StayStage.AWAITING_PAYMENT}) as payments_in_flight,
       (select count(*) from accounts.user_stays
         where (guest_id = ? or host_id = ?)
           and stage in (${StayStage.AWAITING_HOST}, ${StayStage.AWAITING_PAYMENT}, ${StayStage.CONFIRMED})) as stays_ahead`,
    [userId, userId, userId, userId, userId],
  );
  return {
    listingsOnMarket: Number(row.listings_on_market),
    refundsInFlight: Number(row.refunds_in_flight),
    paymentsInFlight: Number(row.payments_in_flight),
    staysAhead: Number(row.stays_ahead),
  };
}
