export const SUB_RATING_KEYS = ['cleanliness', 'accuracy', 'checkIn', 'communication', 'location', 'value'] as const;
export type SubRatingKey = (typeof SUB_RATING_KEYS)[number];
export type SubRatings = Record<SubRatingKey, number>;

/** What a shown guest review adds to its listing's aggregate. */
export interface Scored {
  rating: number;
  subRatings: SubRatings;
}

/** A listing's aggregate as integers: sums and counts stay exact however many changes it sees. */
export interface RatingTotals {
  count: number;
  ratingSum: number;
  subRatingSums: SubRatings;
  /** stars[0] counts 1-star reviews, ..., stars[4] 5-star ones. */
  stars: [number, number, number, number, number];
}

export const EMPTY_TOTALS: RatingTotals = {
  count: 0,
  ratingSum: 0,
  subRatingSums: { cleanliness: 0, accuracy: 0, checkIn: 0, communication: 0, location: 0, value: 0 },
  stars: [0, 0, 0, 0, 0],
};

/** The totals after `removed` stopped counting and `added` started (either may be absent). */
export function applyChange(totals: RatingTotals, removed: Scored | null, added: Scored | null): RatingTotals {
  const next: RatingTotals = {
    count: totals.count,
    ratingSum: totals.ratingSum,
    subRatingSums: { ...totals.subRatingSums },
    stars: [...totals.stars],
  };
  for (const [review, sign] of [
    [removed, -1],
    [added, 1],
  ] as const) {
    if (!review) continue;
    next.count += sign;
    next.ratingSum += sign * review.rating;
    next.stars[review.rating - 1] += sign;
    for (const key of SUB_RATING_KEYS) next.subRatingSums[key] += sign * review.subRatings[key];
  }
  if (next.count < 0 || next.stars.some((s) => s < 0)) throw new Error('rating totals would go negative');
  return next;
}

/** The exact average, or null without reviews. */
export function averageOf(sum: number, count: number): number | null {
  return count === 0 ? null : sum / count;
}

/** The figure people see: one decimal, half up (4.45 shows as 4.5). */
export function displayedAverage(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum * 10) / count) / 10;
}
