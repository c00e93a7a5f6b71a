import { validateNewListing, type ListingValues } from '../listing/listing.validation';
import { demoListingInput, type DemoPlace } from './demo-place';
import { AFRICA_PLACES } from './demo-places.africa';
import { AMERICAS_PLACES } from './demo-places.americas';
import { ASIA_PACIFIC_PLACES } from './demo-places.asia-pacific';
import { EUROPE_PLACES } from './demo-places.europe';

export const DEMO_PLACES: readonly DemoPlace[] = [...AFRICA_PLACES, ...EUROPE_PLACES, ...ASIA_PACIFIC_PLACES, ...AMERICAS_PLACES];

/**
 * The demo places through the same validation as `createListing`, so they are stored as the API
 * would store them (minor units, canonical time zones); a bad entry stops the seed by name.
 */
export function demoListings(): { values: ListingValues; publishedDaysAgo: number }[] {
  return DEMO_PLACES.map((place) => {
    const parsed = validateNewListing(demoListingInput(place));
    if (!parsed.ok) throw new Error(`demo listing "${place.title}" is invalid: ${JSON.stringify(parsed.error.fieldErrors)}`);
    return { values: parsed.value, publishedDaysAgo: place.publishedDaysAgo };
  });
}
