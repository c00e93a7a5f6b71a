import { firstBlocker, type DeletionFacts } from './deletion-blockers';

const none: DeletionFacts = { listingsOnMarket: 0, refundsInFlight: 0, paymentsInFlight: 0, staysAhead: 0 };

describe('firstBlocker', () => {
  it.each([
    ['nothing in the way', none, null],
    ['a listing on the market', { ...none, listingsOnMarket: 2 }, { blocker: 'LISTINGS_ON_MARKET', count: 2 }],
    ['a refund owed', { ...none, refundsInFlight: 1 }, { blocker: 'REFUND_IN_FLIGHT', count: 1 }],
    [
      'a booking awaiting payment (also a stay ahead)',
      { ...none, paymentsInFlight: 1, staysAhead: 1 },
      { blocker: 'PAYMENT_IN_FLIGHT', count: 1 },
    ],
    ['a confirmed stay ahead', { ...none, staysAhead: 3 }, { blocker: 'UPCOMING_STAYS', count: 3 }],
    [
      'listings before money before stays',
      { listingsOnMarket: 1, refundsInFlight: 1, paymentsInFlight: 1, staysAhead: 1 },
      { blocker: 'LISTINGS_ON_MARKET', count: 1 },
    ],
    [
      'a refund before a payment',
      { ...none, refundsInFlight: 1, paymentsInFlight: 2, staysAhead: 2 },
      { blocker: 'REFUND_IN_FLIGHT', count: 1 },
    ],
  ])('%s', (_case, facts, expected) => {
    expect(firstBlocker(facts)).toEqual(expected);
  });
});
