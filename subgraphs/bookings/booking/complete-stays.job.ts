import type { JobDefinition } from '../../../platform/events/event-handler';
import { BookingLifecycle } from './booking-lifecycle';

const BATCH = 200;

/**
 * Scheduled: completes confirmed stays whose check-out time (kept as an instant, computed in the
 * listing's time zone when booked) has passed, one transaction each, a batch at a time.
 */
export const completeStays: JobDefinition = {
  name: 'bookings.complete_stays',
  async run(_payload, { em, clock, logger, signal }) {
    const lifecycle = new BookingLifecycle(clock);
    let completed = 0;
    for (;;) {
      const due = await em.execute<{ id: string }[]>(
        `select id from bookings.bookings where status = 'CONFIRMED' and check_out_at <= ? order by check_out_at limit ?`,
        [clock(), BATCH],
      );
      for (const { id } of due) if (await lifecycle.complete(em.fork(), id)) completed++;
      if (due.length < BATCH || signal.aborted) break;
    }
    if (completed > 0) logger.info({ completed }, 'completed stays');
  },
};
