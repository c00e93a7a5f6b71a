import { applyChange, averageOf, displayedAverage, EMPTY_TOTALS, type Scored } from './rating-math';

const review = (rating: number, sub = rating): Scored => ({
  rating,
  subRatings: { cleanliness: sub, accuracy: sub, checkIn: sub, communication: sub, location: sub, value: sub },
});

describe('rating totals', () => {
  it('adds, replaces and removes exactly', () => {
    let totals = applyChange(EMPTY_TOTALS, null, review(5));
    totals = applyChange(totals, null, review(4, 3));
    expect(totals).toMatchObject({ count: 2, ratingSum: 9, stars: [0, 0, 0, 1, 1] });
    expect(totals.subRatingSums.cleanliness).toBe(8);
    // A new revision replaces the old one: the count stays.
    totals = applyChange(totals, review(4, 3), review(2));
    expect(totals).toMatchObject({ count: 2, ratingSum: 7, stars: [0, 1, 0, 0, 1] });
    totals = applyChange(applyChange(totals, review(5), null), review(2), null);
    expect(totals).toEqual(EMPTY_TOTALS);
  });

  it('refuses to remove what was never counted', () => {
    expect(() => applyChange(EMPTY_TOTALS, review(3), null)).toThrow('negative');
  });

  it.each([
    [0, 0, null, null],
    [9, 2, 4.5, 4.5],
    [13, 3, 13 / 3, 4.3],
    [89, 20, 4.45, 4.5],
    [149, 30, 149 / 30, 5],
  ])('sum %i over %i: average %p, shown %p', (sum, count, exact, shown) => {
    expect(averageOf(sum, count)).toBe(exact);
    expect(displayedAverage(sum, count)).toBe(shown);
  });
});
