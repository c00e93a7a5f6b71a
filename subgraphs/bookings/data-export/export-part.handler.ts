import { defineHandler } from '../../../platform/events/event-handler';
import { publish } from '../../../platform/events/publish';
import { seal } from '../../../platform/events/sealed-box';
import { UserExportRequested } from '../../../contracts/events/accounts';
import { BookingsExportPartReady } from '../../../contracts/events/bookings';

/** The user's bookings as guest and as host, and the notes they wrote on them. */
export const exportBookingsPart = defineHandler({
  name: 'bookings.export_user_part',
  event: UserExportRequested,
  kind: 'reaction',
  description: "answers with the user's bookings as guest and host (bookings.export_part_ready)",
  async handle({ payload }, { em, clock }) {
    // jsonb in SQL: bigint amounts stay JSON numbers, dates ISO strings.
    const [{ bookings, notes }] = await em.execute<{ bookings: unknown[]; notes: unknown[] }[]>(
      `select
         (select coalesce(jsonb_agg(to_jsonb(b) order by b.created_at), '[]'::jsonb) from (
            select id, listing_id, listing_title, case when guest_id = ? then 'GUEST' else 'HOST' end as role,
                   status, awaiting, end_reason, check_in, check_out, nights, guests, currency, accommodation_minor,
                   cleaning_fee_minor, service_fee_minor, taxes_minor, total_minor, refund_minor,
                   cancellation_policy, time_zone, created_at, updated_at
              from bookings.bookings where guest_id = ? or host_id = ?) b) as bookings,
         (select coalesce(jsonb_agg(to_jsonb(t) order by t.at), '[]'::jsonb) from (
            select booking_id, to_status, end_reason, note, at
              from bookings.booking_transitions where actor_id = ? and note is not null) t) as notes`,
      [payload.userId, payload.userId, payload.userId, payload.userId],
    );
    await publish(
      em,
      BookingsExportPartReady,
      {
        exportId: payload.exportId,
        userId: payload.userId,
        sealedPart: seal(payload.publicKey, JSON.stringify({ bookings, notes })),
      },
      { clock },
    );
  },
});
