import { STATUS_CHANGES } from './listing-status';

describe('the listing status machine', () => {
  it('goes DRAFT → PUBLISHED ↔ DEACTIVATED and nowhere else', () => {
    const edges = Object.values(STATUS_CHANGES).map(({ from, to }) => `${from} → ${to}`);
    expect(edges.sort()).toEqual(['DEACTIVATED → PUBLISHED', 'DRAFT → PUBLISHED', 'PUBLISHED → DEACTIVATED']);
  });

  it('announces each step with its own event', () => {
    expect(
      Object.fromEntries(Object.entries(STATUS_CHANGES).map(([change, { event }]) => [change, event.name])),
    ).toEqual({
      publish: 'listing.published',
      deactivate: 'listing.deactivated',
      reactivate: 'listing.reactivated',
    });
  });
});
