import type { EntityManager } from '@mikro-orm/postgresql';

/** A completed stay as reviews keeps it (from booking.completed): who may review whom, and until when. */
export interface Stay {
  bookingId: string;
  listingId: string;
  listingTitle: string;
  guestId: string;
  hostId: string;
  checkOut: string;
  completedAt: Date;
  deadline: Date;
  /** Set when its reviews were published: both sides wrote, or the window closed. */
  closedAt: Date | null;
}

interface StayRow {
  booking_id: string;
  listing_id: string;
  listing_title: string;
  guest_id: string;
  host_id: string;
  check_out: string;
  completed_at: Date;
  deadline: Date;
  closed_at: Date | null;
}

const COLUMNS = `booking_id, listing_id, listing_title, guest_id, host_id, to_char(check_out, 'YYYY-MM-DD') as check_out,
  completed_at, deadline, closed_at`;

function toStay(row: StayRow): Stay {
  return {
    bookingId: row.booking_id,
    listingId: row.listing_id,
    listingTitle: row.listing_title,
    guestId: row.guest_id,
    hostId: row.host_id,
    checkOut: row.check_out,
    completedAt: new Date(row.completed_at),
    deadline: new Date(row.deadline),
    closedAt: row.closed_at ? new Date(row.closed_at) : null,
  };
}

export class StayRepository {
  /** Records a stay once; a redelivered or replayed completion changes nothing. Returns whether it was new. */
  async record(em: EntityManager, stay: Omit<Stay, 'closedAt'>): Promise<boolean> {
    const inserted = await em.execute(
      `insert into reviews.stays (booking_id, listing_id, listing_title, guest_id, host_id, check_out, completed_at, deadline)
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (booking_id) do nothing returning booking_id`,
      [
        stay.bookingId,
        stay.listingId,
        stay.listingTitle,
        stay.guestId,
        stay.hostId,
        stay.checkOut,
        stay.completedAt,
        stay.deadline,
      ],
    );
    return inserted.length > 0;
  }

  /** The stay, locked until the transaction ends: every write about one stay's reviews queues here. */
  async lock(em: EntityManager, bookingId: string): Promise<Stay | null> {
    const rows = await em.execute<StayRow[]>(`select ${COLUMNS} from reviews.stays where booking_id = ? for update`, [
      bookingId,
    ]);
    return rows[0] ? toStay(rows[0]) : null;
  }

  async close(em: EntityManager, bookingId: string, at: Date): Promise<void> {
    await em.execute(`update reviews.stays set closed_at = ? where booking_id = ?`, [at, bookingId]);
  }

  /** Stays the user was guest or host of whose window is open now, and which they have not reviewed yet. */
  async pendingFor(em: EntityManager, userId: string, now: Date, limit: number): Promise<Stay[]> {
    const rows = await em.execute<StayRow[]>(
      `select ${COLUMNS} from reviews.stays s
       where (s.guest_id = ? or s.host_id = ?) and s.completed_at <= ? and s.deadline > ? and s.closed_at is null
         and not exists (
           select 1 from reviews.revisions v where v.booking_id = s.booking_id
             and v.direction = case when s.guest_id = ? then 'GUEST_TO_LISTING' else 'HOST_TO_GUEST' end)
       order by s.deadline, s.booking_id limit ?`,
      [userId, userId, now, now, userId, limit],
    );
    return rows.map(toStay);
  }
}
