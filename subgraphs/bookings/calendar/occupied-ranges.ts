/** A half-open range of local dates, [from, to): `to` is the check-out day, free for the next check-in. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The occupied ranges from `today` on, clipped to it, sorted, with overlapping and back-to-back
 * ranges merged: the snapshot `listing.availability_changed` carries. ISO dates compare as strings.
 */
export function occupiedFrom(today: string, ranges: DateRange[]): DateRange[] {
  const upcoming = ranges
    .filter((r) => r.to > today)
    .map((r) => ({ from: r.from < today ? today : r.from, to: r.to }))
    .sort((a, b) => a.from.localeCompare(b.from));
  const merged: DateRange[] = [];
  for (const range of upcoming) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = range.to > last.to ? range.to : last.to;
    else merged.push({ ...range });
  }
  return merged;
}
