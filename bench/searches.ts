/** A search as the bench sends it: the variables of the persisted SearchListings operation. */
export interface BenchSearch {
  name: string;
  /** Its name in the `ratios:` line. */
  key: string;
  variables: Record<string, unknown>;
  /** Measure the page after the first one, through its endCursor. */
  secondPage?: boolean;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * What guests do most, over the places the seed clusters listings around (see
 * demo/synthetic-anchors.ts): one search per filter and sort path.
 */
export function benchSearches(): BenchSearch[] {
  const page = { first: 20 };
  return [
    { name: 'newest, no filter', key: 'newest', variables: { ...page, sort: 'NEWEST' } },
    { name: 'text "sea view"', key: 'text', variables: { ...page, filter: { query: 'sea view' } } },
    { name: 'city Lisbon', key: 'city', variables: { ...page, filter: { city: 'lisbon' } } },
    {
      name: 'map box over Paris',
      key: 'box',
      variables: { ...page, filter: { boundingBox: { south: 48.7, west: 2.1, north: 49.0, east: 2.6 } } },
    },
    {
      name: 'near Barcelona 25 km, by distance',
      key: 'distance',
      variables: { ...page, filter: { near: { latitude: 41.39, longitude: 2.17, radiusKm: 25 } }, sort: 'DISTANCE' },
    },
    {
      name: 'EUR 80–150, cheapest first',
      key: 'price',
      variables: { ...page, filter: { price: { currency: 'EUR', min: '80', max: '150' } }, sort: 'PRICE_ASC' },
    },
    {
      name: 'pool + hot tub, 4 guests',
      key: 'amenities',
      variables: { ...page, filter: { amenities: ['POOL', 'HOT_TUB'], guests: 4 } },
    },
    {
      name: 'Tokyo, free for 5 nights',
      key: 'stay',
      variables: { ...page, filter: { city: 'Tokyo', stay: { checkIn: inDays(30), checkOut: inDays(35) } } },
    },
    {
      name: 'Japan, best rated first',
      key: 'country_rating',
      variables: { ...page, filter: { country: 'JP' }, sort: 'RATING' },
    },
    {
      name: 'rated 4.8+, best first',
      key: 'min_rating',
      variables: { ...page, filter: { minRating: 4.8 }, sort: 'RATING' },
    },
    {
      name: 'city Lisbon, page 2',
      key: 'city_page2',
      variables: { ...page, filter: { city: 'lisbon' } },
      secondPage: true,
    },
  ];
}
