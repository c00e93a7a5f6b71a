import { defineHandler } from '../../../platform/events/event-handler';
import { publish } from '../../../platform/events/publish';
import { seal } from '../../../platform/events/sealed-box';
import { UserExportRequested } from '../../../contracts/events/accounts';
import { ListingsExportPartReady } from '../../../contracts/events/listings';

/** The user's listings as host, drafts included, with their photos' descriptions (the files stay in media). */
export const exportListingsPart = defineHandler({
  name: 'listings.export_user_part',
  event: UserExportRequested,
  kind: 'reaction',
  description: "answers with the user's listings as host (listings.export_part_ready)",
  async handle({ payload }, { em, clock }) {
    // jsonb in SQL: bigint amounts stay JSON numbers, timestamps ISO strings.
    const [{ listings }] = await em.execute<{ listings: unknown[] }[]>(
      `select coalesce(jsonb_agg(to_jsonb(l) order by l.created_at), '[]'::jsonb) as listings from (
         select id, status, title, description, property_type, room_type, address_street, address_city,
                address_region, address_postal_code, address_country, latitude, longitude, time_zone,
                capacity_guests, capacity_bedrooms, capacity_beds, capacity_bathrooms, amenities, house_rules,
                check_in_time, check_out_time, currency, nightly_price_minor, cleaning_fee_minor, min_nights,
                max_nights, instant_book, cancellation_policy, created_at, updated_at, published_at,
                (select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'altText', p.alt_text, 'position', p.position)
                                           order by p.position), '[]'::jsonb)
                   from listings.listing_photos p where p.listing_id = listings.id and p.status = 'READY') as photos
           from listings.listings where host_id = ?) l`,
      [payload.userId],
    );
    await publish(
      em,
      ListingsExportPartReady,
      {
        exportId: payload.exportId,
        userId: payload.userId,
        sealedPart: seal(payload.publicKey, JSON.stringify({ listings })),
      },
      { clock },
    );
  },
});
